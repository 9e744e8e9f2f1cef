"""The import wizard driven like a user: file, columns, values, options, check, import, result, undo."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.models import Case
from app.ui.context import UiContext
from app.ui.import_wizard import ImportWizard
from tests.import_books import Row, kazakh_book
from tests.ui_support import drive_modal, make_ctx, type_text

Button = QWizard.WizardButton
ROWS = [
    Row(
        date(2025, 3, 5),
        applicant="ӨМІРБЕКОВ ҒАЛЫМЖАН",
        respondent="иванова ольга",
        agreement="06.03.2025",
        outcome="Толық реттелді",
        ended="20.03.2025",
    ),
    Row(
        "12.04.2025", category="Ауа райы", channel="Сот", applicant="Ахметов Бақыт", respondent="Петров Иван"
    ),
    Row(
        "31.02.2025", category="Еңбек", channel="Полиция", applicant="Сейтова Айгүл", respondent="Ким Алексей"
    ),
]


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[UiContext]:
    context = make_ctx(tmp_path / "data")
    yield context
    context.database.close()


def _cases(ctx: UiContext) -> int:
    with ctx.database.session() as s:
        return int(s.scalar(select(func.count()).select_from(Case)) or 0)


def _wizard(qtbot: QtBot, ctx: UiContext) -> ImportWizard:
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.isVisible)
    return wizard


def _read(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    type_text(wizard.file_page.path, str(path))
    qtbot.mouseClick(wizard.file_page.read, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.button(Button.NextButton).isEnabled(), timeout=10000)


def _next(qtbot: QtBot, wizard: ImportWizard) -> None:
    button = wizard.button(Button.NextButton)
    assert button.isEnabled(), wizard.currentPage().title()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _tick(qtbot: QtBot, box: QAbstractButton) -> None:
    """Click a check box or radio button on its box, as a person aims (its widget spans the page)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _combo_text(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


def test_a_register_imported_through_the_wizard_and_undone(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, ctx)
    assert not wizard.button(Button.NextButton).isEnabled()  # nothing read yet
    _read(qtbot, wizard, kazakh_book(tmp_path / "тізілім.xlsx", ROWS, gaps=[2]))
    page = wizard.file_page
    assert page.sheet.currentText() == "Тізілім" and page.sheet.count() == 2
    assert page.summary.text() == "The header is on rows 2–3. Rows of data: 3. The first of them:"
    preview = page.preview
    assert preview.horizontalHeaderItem(4).text() == "Тараптар / Өтініш беруші"
    assert [preview.verticalHeaderItem(r).text() for r in range(preview.rowCount())] == ["5", "6", "8"]

    _next(qtbot, wizard)  # the columns, as guessed
    columns = wizard.columns_page
    assert [c.currentText() for c in columns.combos] == [
        "— not imported —",
        "Intake date",
        "Category of the dispute",
        "How the dispute came",
        "Applicant",
        "Respondent",
        "Applicant's IIN or BIN",
        "Date of the mediation agreement",
        "Outcome",
        "Date the mediation ended",
    ]
    _combo_text(columns.combos[0], "Intake date")  # a slip: the field moves, the other column lets go
    assert columns.combos[1].currentText() == "— not imported —"
    assert not wizard.button(Button.NextButton).isEnabled() or columns.isComplete()
    _combo_text(columns.combos[1], "Intake date")
    assert columns.combos[0].currentText() == "— not imported —"
    assert not columns.missing.isVisible()

    _next(qtbot, wizard)  # the values: «Ауа райы» is no category the program knows
    values = wizard.values_page
    unknown = next(i for i, (_f, key, _c) in enumerate(values.entries) if key == "ауа райы")
    assert values.entries[unknown][2].currentText() == "— not matched —"
    assert values.summary.text() == "Not matched: 1. The rows that use them will be listed as problems."
    _combo_text(values.entries[unknown][2], "Other dispute")
    assert values.summary.text() == "Every value is matched."

    _next(qtbot, wizard)  # options
    options = wizard.options_page
    assert options.unit.currentData() == "KZ-31-KRD" and options.all_or_nothing.isChecked()
    _tick(qtbot, options.consent)
    assert wizard.state.consent_on_file

    _next(qtbot, wizard)  # the check: a dry run
    check = wizard.check_page
    qtbot.waitUntil(lambda: wizard.state.plan is not None, timeout=10000)
    assert check.summary.text() == (
        "Rows read: 3. New cases: 2. Already in the register: 0. Rows with problems: 1."
    )
    model = check.problems_view.model()
    assert [model.index(0, c).data() for c in range(4)] == [
        "8",
        "Түскен күні",
        "31.02.2025",
        "“31.02.2025” is not a date. Write dates as dd.mm.yyyy.",
    ]
    assert check.verdict.text().startswith("Nothing can be imported while rows have problems.")
    assert (
        wizard.button(Button.NextButton).text() == "&Import"
        and not wizard.button(Button.NextButton).isEnabled()
    )
    assert _cases(ctx) == 0

    qtbot.mouseClick(wizard.button(Button.BackButton), Qt.MouseButton.LeftButton)
    _tick(qtbot, options.only_valid)
    assert options.only_valid.isChecked() and wizard.state.only_valid, wizard.currentPage().title()
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.state.plan is not None, timeout=10000)
    assert check.verdict.text() == "Press Import to add 2 cases; the rows with problems will be left out."

    _next(qtbot, wizard)  # import
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=20000)
    result = wizard.result_page
    assert result.summary.text() == (
        "Cases added: 2, numbered KZ-31-KRD-2025-0001 to KZ-31-KRD-2025-0002.\n"
        "Rows with problems, left out: 1."
    )
    assert result.left_out_view.model().rowCount() == 1
    assert _cases(ctx) == 2
    assert wizard.imported()

    def yes(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        assert "Remove the 2 cases this import added?" in dialog.text()
        dialog.button(QMessageBox.StandardButton.Yes).click()

    drive_modal(qtbot, result.undo.click, yes)
    qtbot.waitUntil(lambda: result.undone is not None, timeout=10000)
    assert result.summary.text().startswith("The import was undone: 2 cases removed.")
    assert not result.undo.isVisible()
    assert _cases(ctx) == 0


def test_stop_during_the_import_writes_nothing(qtbot: QtBot, ctx: UiContext, tmp_path: Path) -> None:
    rows = [replace(ROWS[0], applicant=f"Ахметов{i} Бақыт") for i in range(3000)]
    wizard = _wizard(qtbot, ctx)
    _read(qtbot, wizard, kazakh_book(tmp_path / "big.xlsx", rows))
    for _ in range(3):
        _next(qtbot, wizard)
    _tick(qtbot, wizard.options_page.consent)
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.state.plan is not None, timeout=20000)
    assert wizard.check_page.verdict.text() == "Every row is correct. Press Import to add 3,000 cases."
    _next(qtbot, wizard)
    run = wizard.run_page
    assert run.running
    qtbot.mouseClick(run.stop, Qt.MouseButton.LeftButton)  # at once: the first progress report stops it
    qtbot.waitUntil(lambda: not run.running, timeout=20000)
    assert run.status.text() == "The import was stopped. Nothing was written."
    assert wizard.currentPage() is run and not wizard.button(Button.NextButton).isEnabled()
    assert _cases(ctx) == 0


def test_the_last_import_can_be_undone_from_the_first_page_and_a_bad_file_is_told(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path
) -> None:
    first = _wizard(qtbot, ctx)
    _read(qtbot, first, kazakh_book(tmp_path / "reg.xlsx", ROWS[:1]))
    for _ in range(3):
        _next(qtbot, first)
    _tick(qtbot, first.options_page.consent)
    _next(qtbot, first)
    qtbot.waitUntil(lambda: first.state.plan is not None, timeout=10000)
    _next(qtbot, first)
    qtbot.waitUntil(lambda: first.currentPage() is first.result_page, timeout=20000)
    first.close()
    assert _cases(ctx) == 1

    wizard = _wizard(qtbot, ctx)
    page = wizard.file_page
    assert page.undo.isVisible() and page.last.text().startswith("The last import: reg.xlsx, ")
    assert page.last.text().endswith("cases added: 1.")
    drive_modal(qtbot, page.undo.click, lambda d: d.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.last.text() == "The import was undone: 1 cases removed.", timeout=10000)
    assert _cases(ctx) == 0 and not page.undo.isVisible()

    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    type_text(page.path, str(tmp_path / "old.xls"))
    qtbot.mouseClick(page.read, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.error.text()), timeout=10000)
    assert page.error.text().startswith("old.xls cannot be imported: choose an Excel workbook (.xlsx)")
    assert not wizard.button(Button.NextButton).isEnabled()


def test_the_cases_page_opens_the_wizard(qtbot: QtBot, ctx: UiContext) -> None:
    from app.ui.pages.cases import CasesPage

    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.import_button.isVisible() and page.import_button.text() == "Import from E&xcel…"
    seen: list[str] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportWizard)
        seen.append(dialog.windowTitle())
        dialog.reject()

    drive_modal(qtbot, page.import_button.click, look)
    assert seen == ["Import a register from Excel"]


def test_an_analyst_is_not_offered_the_import(qtbot: QtBot, tmp_path: Path) -> None:
    from app.models.enums import Role
    from app.ui.pages.cases import CasesPage

    analyst = make_ctx(tmp_path / "analyst", role=Role.ANALYST)
    try:
        page = CasesPage(analyst)
        qtbot.addWidget(page)
        page.show()
        assert not page.import_button.isVisible()
    finally:
        analyst.database.close()
