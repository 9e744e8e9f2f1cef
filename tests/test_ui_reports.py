"""The Reports page and the case documents' preview, driven like a centre head and a mediator would.

A register built through the real services (today pinned to Friday 20.11.2026): three disputes
received in October 2026, one of them in mediation. The page starts on October (the last complete
month); a report is prepared on the worker thread and its preview, saved copy and printed copy are
read back with pypdf and openpyxl, never trusted from the page's own numbers.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QThreadPool
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from shiboken6 import delete, isValid

from app.models.enums import Category
from app.reports.documents import DocumentKind
from app.reports.periods import PeriodKind
from app.services import cases, settlements, units
from app.services.context import Actor
from app.services.settlements import ObligationInput
from app.ui import report_memory
from app.ui.case_editor import CaseEditor, open_case_editor
from app.ui.case_editor.document_dialog import DocumentDialog
from app.ui.context import UiContext
from app.ui.main_window import MainWindow
from app.ui.pages.reports import ReportsPage, unit_tree
from app.ui.pdf_preview import draw_pdf
from tests.factories import TODAY, add_two_parties, assign_mediator, new_case
from tests.ui_support import drive_modal, make_ctx, type_text

ACTOR = Actor("test")
WAIT_MS = 60_000  # a shared, busy machine: generous, and never a timing assert
APPROVER = "Қасымов Ерлан Сәкенұлы"


@pytest.fixture
def ctx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[UiContext]:
    monkeypatch.setenv("TATULYQ_TODAY", TODAY.isoformat())
    context = make_ctx(tmp_path / "data")
    yield context
    QThreadPool.globalInstance().waitForDone()  # nothing of ours may still read the database
    context.database.close()


@pytest.fixture
def mediating(ctx: UiContext) -> uuid.UUID:
    """Three disputes received in October 2026; the first is in mediation (no settlement yet)."""
    with ctx.database.session(write=True, actor=ACTOR) as s:
        case = new_case(s, intake=date(2026, 10, 5))
        add_two_parties(s, case)
        assign_mediator(s, case)
        cases.sign_agreement(s, case, date(2026, 10, 6), today=TODAY)
        new_case(s, intake=date(2026, 10, 12), category=Category.FAMILY)
        new_case(s, intake=date(2026, 10, 30), category=Category.LABOUR)
        return case.id


def _page(qtbot: QtBot, ctx: UiContext) -> ReportsPage:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.refresh()
    return page


def _prepared(qtbot: QtBot, page: ReportsPage) -> None:
    qtbot.waitUntil(lambda: not page.preparing, timeout=WAIT_MS)


def _activate(qtbot: QtBot, page: ReportsPage) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # window shortcuts (Ctrl+S, Ctrl+P) need the active window


def test_a_month_is_prepared_shown_page_by_page_and_saved_as_is(
    qtbot: QtBot, ctx: UiContext, mediating: uuid.UUID, tmp_path: Path
) -> None:
    page = _page(qtbot, ctx)
    _activate(qtbot, page)
    # What a centre head finds: the unit, October (the month she reports on in November), her own name.
    assert page.unit.currentText().startswith("KZ-31-KRD — ")
    assert page.period.current_kind() is PeriodKind.MONTH
    assert page.period.month.currentText() == "October" and page.period.month_year.value() == 2026
    assert page.period.note.text() == "From 01.10.2026 to 31.10.2026, both included."
    assert page.prepared_by.text() == "Әлия Сәрсенова"
    assert page.stack.currentWidget() is page.empty and "press Prepare" in page.empty.text()
    assert not page.save_button.isEnabled() and not page.print_button.isEnabled()

    page.approved_by.setFocus()
    type_text(page.approved_by, APPROVER)
    qtbot.keyClick(page.approved_by, Qt.Key.Key_Return)  # Enter prepares
    assert page.preparing and not page.form_box.isEnabled()
    _prepared(qtbot, page)

    assert page.progress.value() == page.progress.maximum()
    assert page.made is not None and page.made.path.name == "KZ-31-KRD_2026-10_en.pdf"
    made = page.made.path
    reader = PdfReader(made)
    assert page.stack.currentWidget() is page.preview
    assert len(page.preview.pages) == len(reader.pages) >= 2
    assert page.preview.count_label.text() == f"Pages: {len(reader.pages)}"
    assert all(view.isVisible() and view.width() > 300 for view in page.preview.pages)
    first = reader.pages[0].extract_text()
    assert "October 2026" in first and APPROVER in first and "Әлия Сәрсенова" in first
    assert report_memory.load(ctx.data_dir).approved_by == APPROVER  # next month it is filled in

    target = tmp_path / "out" / "октябрь.pdf"
    target.parent.mkdir()

    def save(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        assert dialog.selectedFiles()[0].endswith("KZ-31-KRD_2026-10_en.pdf")  # the name offered
        dialog.selectFile(str(target))
        dialog.accept()

    drive_modal(qtbot, lambda: qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier), save)
    assert target.read_bytes() == made.read_bytes()
    assert report_memory.load(ctx.data_dir).folder == str(target.parent)
    assert ctx.errors.shown == []


def test_an_xlsx_shows_its_figures_and_sheets_and_saves_a_workbook(
    qtbot: QtBot, ctx: UiContext, mediating: uuid.UUID, tmp_path: Path
) -> None:
    page = _page(qtbot, ctx)
    page.language.setCurrentIndex(page.language.findData("ru"))
    qtbot.mouseClick(page.xlsx_choice, Qt.MouseButton.LeftButton, pos=page.xlsx_choice.rect().center())
    assert page.xlsx_choice.isChecked()
    qtbot.mouseClick(page.prepare_button, Qt.MouseButton.LeftButton)
    _prepared(qtbot, page)

    assert page.made is not None and page.made.path.name == "KZ-31-KRD_2026-10_ru.xlsx"
    assert page.stack.currentWidget() is page.summary_area and page.summary.isVisible()
    assert page.summary.values["received"].text() == "3"  # the three disputes received in October
    assert page.save_button.isEnabled() and not page.print_button.isEnabled()  # a workbook is not printed

    target = tmp_path / "october.xlsx"
    assert page.save_to(target)
    book = load_workbook(target, read_only=True)
    try:
        sheets = list(book.sheetnames)
    finally:
        book.close()
    assert len(sheets) > 3 and page.summary.sheet_list.text().splitlines() == sheets
    assert page.summary.sheets_box.title() == f"Sheets of the workbook: {len(sheets)}"


def test_a_range_ending_before_it_starts_is_refused_on_screen(
    qtbot: QtBot, ctx: UiContext, mediating: uuid.UUID
) -> None:
    page = _page(qtbot, ctx)
    page.period.set_kind(PeriodKind.RANGE)
    page.period.start.setDate(QDate(2026, 10, 20))
    page.period.end.setDate(QDate(2026, 10, 5))
    assert page.period.note.text() == (
        "The last day (05.10.2026) is before the first day (20.10.2026). "
        "Choose a last day on or after the first day."
    )
    assert "#b3261e" in page.period.note.styleSheet()  # red, and in words

    qtbot.mouseClick(page.prepare_button, Qt.MouseButton.LeftButton)
    assert not page.preparing and page.made is None
    assert page.stack.currentWidget() is page.empty
    assert page.period.note.isVisible() and "before the first day" in page.period.note.text()
    assert page._folder is None  # nothing was even started: no temporary file

    page.period.end.setDate(QDate(2026, 10, 25))
    assert page.period.note.text() == "From 20.10.2026 to 25.10.2026, both included."
    qtbot.mouseClick(page.prepare_button, Qt.MouseButton.LeftButton)
    _prepared(qtbot, page)
    assert page.made is not None and page.made.path.name == "KZ-31-KRD_2026-10-20_2026-10-25_en.pdf"


def test_printing_draws_every_page_at_the_printers_resolution(
    qtbot: QtBot, ctx: UiContext, mediating: uuid.UUID, tmp_path: Path
) -> None:
    page = _page(qtbot, ctx)
    page.prepare()
    _prepared(qtbot, page)
    assert page.made is not None
    pages = len(PdfReader(page.made.path).pages)

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)  # keeps the test's file small; a real printer gets up to 300 dpi
    assert draw_pdf(page.made.path, printer) == pages
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == pages
    for sheet in printed.pages:  # every page on portrait A4 paper, a landscape table turned onto it
        width, height = float(sheet.mediabox.width), float(sheet.mediabox.height)
        assert abs(width - 595) < 3 and abs(height - 842) < 3

    # Pages 2 to 3 only, as chosen in the print dialog.
    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    assert draw_pdf(page.made.path, printer, first=2, last=3) == 2
    assert len(PdfReader(tmp_path / "two.pdf").pages) == 2


def test_cancel_and_closing_mid_way_leave_nothing_behind(
    qtbot: QtBot, ctx: UiContext, mediating: uuid.UUID
) -> None:
    page = _page(qtbot, ctx)
    _activate(qtbot, page)
    page.prepare()
    assert page.stack.currentWidget() is page.working
    qtbot.keyClick(page.cancel_button, Qt.Key.Key_Escape)  # Esc stops it
    assert not page.preparing and page.made is None
    assert page.stack.currentWidget() is page.empty and page.form_box.isEnabled()

    page.prepare()
    assert page.preparing
    page.close()
    delete(page)  # the window goes while the report is still being made
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)  # let whatever the worker sent arrive at nobody
    assert ctx.errors.shown == []


def test_the_page_follows_the_language(qtbot: QtBot, ctx: UiContext, mediating: uuid.UUID) -> None:
    page = _page(qtbot, ctx)
    assert page.prepare_button.text() == "&Prepare"
    try:
        assert ctx.languages.install("ru")
        assert page.title() == "Отчёты"
        qtbot.waitUntil(lambda: page.prepare_button.text() == "&Подготовить")  # LanguageChange is posted
        assert page.pdf_choice.text() == "PDF — распечатать и подписать"
        assert page.period.kind.itemText(0) == "Месяц"
        assert page.period.month.currentText() == "Октябрь"
        assert page.period.note.text() == "С 01.10.2026 по 31.10.2026 включительно."
        assert "Подготовить" in page.empty.text()
        assert ctx.languages.install("kk")
        qtbot.waitUntil(lambda: page.prepare_button.text() == "&Дайындау")
        assert page.period.month.currentText() == "Қазан"
    finally:
        ctx.languages.install("en")
    qtbot.waitUntil(lambda: page.prepare_button.text() == "&Prepare")


def test_the_main_window_opens_the_reports_page(qtbot: QtBot, ctx: UiContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("reports")
    assert isinstance(page, ReportsPage) and page.unit.count() == 1
    assert window.nav.currentItem().text() == "Reports"


def test_a_council_reports_on_itself_or_on_any_unit_below_it(qtbot: QtBot, tmp_path: Path) -> None:
    council = make_ctx(tmp_path / "council", unit_code="KZ-31-MC")
    try:
        with council.database.session() as s:
            below = {u.code for u in units.list_units(s) if u.id in set(council.user.unit_ids)}
        page = _page(qtbot, council)
        offered = [str(page.unit.itemData(i)) for i in range(page.unit.count())]
        assert offered[0] == "KZ-31-MC" and set(offered) == below and len(offered) > 2
        texts = [page.unit.itemText(i) for i in range(page.unit.count())]
        assert texts[0].startswith("KZ-31-MC — ")
        assert all(text.startswith("    KZ-31-") for text in texts[1:])  # indented under the council

        page.unit.setCurrentIndex(offered.index("KZ-31-KRD"))
        page.prepare()
        _prepared(qtbot, page)
        assert page.made is not None and page.made.path.name == "KZ-31-KRD_2026-10_en.pdf"
        assert page.made.figures.unit_code == "KZ-31-KRD"
    finally:
        QThreadPool.globalInstance().waitForDone()
        council.database.close()


def test_unit_tree_puts_each_unit_under_its_parent() -> None:
    ids = {name: uuid.uuid4() for name in ("council", "centre", "house", "assembly", "elsewhere")}
    rows = [
        (ids["house"], ids["council"], "KZ-1-HF", {"en": "House"}),
        (ids["assembly"], ids["centre"], "KZ-1-ASM", {"en": "Assembly"}),
        (ids["council"], None, "KZ-1-MC", {"en": "Council"}),
        (ids["centre"], ids["council"], "KZ-1-CTR", {"en": "Centre"}),
        (ids["elsewhere"], None, "KZ-2-MC", {"en": "Another council"}),
    ]
    tree = unit_tree(rows, ids["council"], {ids["council"], ids["centre"], ids["house"], ids["assembly"]})
    assert [(choice.code, choice.depth) for choice in tree] == [
        ("KZ-1-MC", 0), ("KZ-1-CTR", 1), ("KZ-1-ASM", 2), ("KZ-1-HF", 1),
    ]  # fmt: skip


# --- documents from the case editor ---------------------------------------------------------------


@pytest.fixture
def editors() -> Iterator[list[CaseEditor]]:
    opened: list[CaseEditor] = []
    yield opened
    for editor in opened:
        if isValid(editor):
            editor.hide()
            delete(editor)


def test_documents_from_the_case_editor(
    qtbot: QtBot, ctx: UiContext, mediating: uuid.UUID, editors: list[CaseEditor], tmp_path: Path
) -> None:
    editor = open_case_editor(ctx, mediating, None)
    editors.append(editor)
    documents = editor.documents
    assert documents.isEnabled()
    assert documents.agreement_action.isEnabled() and documents.consent_action.isEnabled()
    assert not documents.settlement_action.isEnabled()  # no settlement agreement yet
    assert "Settlement tab" in documents.settlement_action.toolTip()

    with ctx.database.session(write=True, actor=ACTOR) as s:
        case = cases.get(s, mediating)
        settlements.record_settlement(
            s, case, date(2026, 10, 20), "Жер учаскесінің шекарасы", None,
            [ObligationInput(None, "Қоршауды жылжыту", date(2026, 11, 10))], today=TODAY,
        )  # fmt: skip
    editor.refresh()
    assert documents.settlement_action.isEnabled()

    documents.settlement_action.trigger()
    dialog = documents.dialogs[-1]
    assert isinstance(dialog, DocumentDialog) and dialog.kind is DocumentKind.SETTLEMENT
    assert dialog.chosen_language() == "kk"  # an English screen: the state language
    qtbot.waitUntil(lambda: dialog.ready, timeout=WAIT_MS)
    assert dialog.made is not None
    made = dialog.made.path
    assert made.name.endswith("_settlement_kk.pdf")
    reader = PdfReader(made)
    assert "ДАУДЫ РЕТТЕУ ТУРАЛЫ КЕЛІСІМ" in reader.pages[0].extract_text()
    assert len(dialog.preview.pages) == len(reader.pages)
    target = tmp_path / "келісім.pdf"
    assert dialog.save_to(target) and target.read_bytes() == made.read_bytes()

    dialog.language.setCurrentIndex(dialog.language.findData("ru"))  # made again, in Russian
    qtbot.waitUntil(
        lambda: dialog.ready and dialog.made is not None and dialog.made.lang == "ru", timeout=WAIT_MS
    )
    assert dialog.made is not None
    assert "СОГЛАШЕНИЕ ОБ УРЕГУЛИРОВАНИИ СПОРА" in PdfReader(dialog.made.path).pages[0].extract_text()
    folder = dialog.made.path.parents[1]
    dialog.close()
    assert not folder.exists()  # the temporary copies go with the window

    consent = documents.open_document(DocumentKind.CONSENT)
    assert consent is not None
    consent.close()  # closed before the document is made: nobody is told anything
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)
    assert ctx.errors.shown == []


def test_a_new_case_has_no_documents_yet(qtbot: QtBot, ctx: UiContext, editors: list[CaseEditor]) -> None:
    editor = open_case_editor(ctx, None, None)
    editors.append(editor)
    assert not editor.documents.isEnabled()
    assert editor.documents.toolTip() == "Save the dispute first."
    assert editor.documents.text() == "P&rint documents"
