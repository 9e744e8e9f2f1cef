"""The Reports page: the report of a unit for a period, made, looked at, saved and printed.

On the left, what to prepare: the unit (the user's own and every unit below it), the period, the
report's language, PDF (to print and sign) or XLSX (to work on the numbers), who prepared it and who
approves it. Prepare (Enter) makes the report on a worker thread into a temporary folder, with a
progress bar; on the right the PDF's pages appear (or, for an XLSX, its key figures and sheets), to
check before Save as… (Ctrl+S) copies the file where the person wants it or Print… (Ctrl+P) sends
it to a printer. The temporary folder goes when the program ends.
"""

from __future__ import annotations

import itertools
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import TatulyqError
from app.reports.figures import ReportFigures
from app.reports.make import ReportFormat, ReportRequest, make_report, write_atomically
from app.reports.periods import Period
from app.reports.preview import PageImage, render_pages, workbook_sheets
from app.services import units
from app.ui import report_memory
from app.ui.context import UiContext
from app.ui.pages.base import Page
from app.ui.pdf_preview import (
    PdfPreview,
    ask_save_path,
    breakable,
    default_folder,
    preview_dpi,
    print_pdf,
)
from app.ui.report_period import ERROR_STYLE, PeriodPicker
from app.ui.report_summary import WorkbookSummary
from app.ui.report_worker import OneJob

if TYPE_CHECKING:
    from app.storage.database import Database

Progress = Callable[[int, int], None]

# Each language named in its own words (as in Settings): the report's language is not the screen's.
REPORT_LANGUAGES = (("kk", "Қазақша"), ("ru", "Русский"), ("en", "English"))
PROGRESS_MAX = 100
MAKING_SHARE = 80  # of the progress bar: the figures and the file; the rest draws the preview's pages


@dataclass(frozen=True)
class UnitChoice:
    code: str
    names: dict[str, str]
    depth: int  # 0 for the user's own unit, 1 for the units right below it, ...


@dataclass(frozen=True)
class Made:
    """One prepared report: its file in the temporary folder and what the preview shows of it."""

    request: ReportRequest
    path: Path
    figures: ReportFigures
    pages: list[PageImage] = field(default_factory=list)  # PDF: the preview; dropped once shown
    sheets: list[str] = field(default_factory=list)  # XLSX

    @property
    def fmt(self) -> ReportFormat:
        return self.request.fmt


def report_file_name(unit_code: str, period: Period, lang: str, fmt: ReportFormat) -> str:
    """KZ-31-KRD_2026-10_kk.pdf: sorts by unit and period in a folder, and says what it is."""
    return f"{unit_code}_{period.code().replace('..', '_')}_{lang}.{fmt.value}"


def unit_tree(
    rows: list[tuple[uuid.UUID, uuid.UUID | None, str, dict[str, str]]],
    root: uuid.UUID,
    allowed: set[uuid.UUID],
) -> list[UnitChoice]:
    """The units below `root` (itself first) in tree order, each under its parent, codes in order."""
    children: dict[uuid.UUID | None, list[tuple[uuid.UUID, str, dict[str, str]]]] = {}
    for unit_id, parent_id, code, names in rows:
        children.setdefault(parent_id, []).append((unit_id, code, names))
    by_id = {unit_id: (code, names) for unit_id, _, code, names in rows}
    if root not in by_id:
        return []
    out: list[UnitChoice] = []
    stack: list[tuple[uuid.UUID, int]] = [(root, 0)]
    while stack:
        unit_id, depth = stack.pop()
        if unit_id in allowed or unit_id == root:
            code, names = by_id[unit_id]
            out.append(UnitChoice(code, names, depth))
        below = sorted(children.get(unit_id, []), key=lambda child: child[1], reverse=True)
        stack.extend((child_id, depth + 1) for child_id, _, _ in below)
    return out


class ReportsPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.memory = report_memory.load(ctx.data_dir)
        self.units: list[UnitChoice] = []
        self.made: Made | None = None
        self.preparing = False
        self.job = OneJob(self)
        self._folder: tempfile.TemporaryDirectory[str] | None = None

        self._build_form()
        self._build_result()
        self._build_actions()
        left = QVBoxLayout()
        left.addWidget(self.form_box)
        left.addWidget(self.actions_box)
        left.addStretch(1)
        self.left = QWidget(self)
        self.left.setObjectName("report_choices")
        self.left.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        layout = QHBoxLayout(self)
        layout.addWidget(self.left)
        layout.addWidget(self.result_box, 1)

        for keys, slot in (
            (QKeySequence.StandardKey.Save, self.save_as),
            (QKeySequence.StandardKey.Print, self.print_report),
        ):
            QShortcut(keys, self, slot)
        # Enter anywhere in the choices prepares, as a dialog's default button would.
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.form_box,
                self.prepare,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self.working,
            self.cancel,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self._tab_order()
        self._fit_to_text_size()
        self.retranslate()
        self._show_state()

    # --- building ----------------------------------------------------------------------------------

    def _build_form(self) -> None:
        self.form_box = QGroupBox(self)
        self.form_box.setObjectName("report_form")
        self.unit = QComboBox(self.form_box)
        self.unit.setObjectName("report_unit")
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit.setMinimumContentsLength(18)  # long names are cut in the box, whole in the list
        self.period = PeriodPicker(self.ctx.languages, self.form_box)
        self.period.setObjectName("report_period")
        self.language = QComboBox(self.form_box)
        self.language.setObjectName("report_language")
        for lang, name in REPORT_LANGUAGES:
            self.language.addItem(name, lang)
        self.language.setCurrentIndex(max(self.language.findData(self.ctx.languages.current), 0))
        self.pdf_choice = QRadioButton(self.form_box)
        self.pdf_choice.setObjectName("format_pdf")
        self.xlsx_choice = QRadioButton(self.form_box)
        self.xlsx_choice.setObjectName("format_xlsx")
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.pdf_choice)
        self.format_group.addButton(self.xlsx_choice)
        self.pdf_choice.setChecked(True)
        kinds = QWidget(self.form_box)
        kinds_layout = QVBoxLayout(kinds)
        kinds_layout.setContentsMargins(0, 0, 0, 0)
        kinds_layout.addWidget(self.pdf_choice)
        kinds_layout.addWidget(self.xlsx_choice)
        self.prepared_by = QLineEdit(self.ctx.user.display_name, self.form_box)
        self.prepared_by.setObjectName("prepared_by")
        self.prepared_by.setMaxLength(200)
        self.approved_by = QLineEdit(self.memory.approved_by, self.form_box)
        self.approved_by.setObjectName("approved_by")
        self.approved_by.setMaxLength(200)
        self.prepare_button = QPushButton(self.form_box)
        self.prepare_button.setObjectName("prepare")
        self.prepare_button.setDefault(True)
        self.prepare_button.clicked.connect(self.prepare)
        self.refusal = QLabel(self.form_box)
        self.refusal.setObjectName("report_refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(ERROR_STYLE)
        self.refusal.hide()

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.captions: list[QLabel] = []
        for field_widget in (
            self.unit,
            self.period,
            self.language,
            kinds,
            self.prepared_by,
            self.approved_by,
        ):
            caption = QLabel(self.form_box)
            caption.setWordWrap(True)
            caption.setBuddy(self.pdf_choice if field_widget is kinds else field_widget)
            if field_widget is self.period:
                caption.setBuddy(self.period.kind)
            self.form.addRow(caption, field_widget)
            self.captions.append(caption)
        box = QVBoxLayout(self.form_box)
        box.addLayout(self.form)
        box.addWidget(self.refusal)
        box.addWidget(self.prepare_button)

    def _build_result(self) -> None:
        self.result_box = QGroupBox(self)
        self.result_box.setObjectName("report_result")
        self.empty = QLabel(self.result_box)
        self.empty.setObjectName("report_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)

        self.working = QWidget(self.result_box)
        self.working.setObjectName("report_working")
        self.working_text = QLabel(self.working)
        self.working_text.setObjectName("working_text")
        self.working_text.setWordWrap(True)
        self.working_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar(self.working)
        self.progress.setObjectName("report_progress")
        self.progress.setRange(0, PROGRESS_MAX)
        self.cancel_button = QPushButton(self.working)
        self.cancel_button.setObjectName("cancel_report")
        self.cancel_button.clicked.connect(self.cancel)
        column = QVBoxLayout(self.working)
        column.addStretch(1)
        column.addWidget(self.working_text)
        column.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)

        self.preview = PdfPreview(self.result_box)
        self.summary = WorkbookSummary(self.ctx.languages)
        # Seventeen sheet names at the larger text size are taller than a small screen: they scroll.
        self.summary_area = QScrollArea(self.result_box)
        self.summary_area.setObjectName("summary_area")
        self.summary_area.setWidgetResizable(True)
        self.summary_area.setFrameShape(QFrame.Shape.NoFrame)
        self.summary_area.setWidget(self.summary)
        self.stack = QStackedWidget(self.result_box)
        self.stack.setObjectName("report_stack")
        for widget in (self.empty, self.working, self.preview, self.summary_area):
            self.stack.addWidget(widget)
        QVBoxLayout(self.result_box).addWidget(self.stack)

    def _build_actions(self) -> None:
        self.actions_box = QGroupBox(self)
        self.actions_box.setObjectName("report_actions")
        self.made_label = QLabel(self.actions_box)
        self.made_label.setObjectName("made_label")
        self.made_label.setWordWrap(True)
        self.save_button = QPushButton(self.actions_box)
        self.save_button.setObjectName("save_report")
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(self.actions_box)
        self.print_button.setObjectName("print_report")
        self.print_button.clicked.connect(self.print_report)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        box = QVBoxLayout(self.actions_box)
        box.addWidget(self.made_label)
        box.addLayout(row)

    def _tab_order(self) -> None:
        chain: list[QWidget] = [
            self.unit, self.period.kind, self.period.month, self.period.month_year, self.period.quarter,
            self.period.quarter_year, self.period.year, self.period.start, self.period.end, self.language,
            self.pdf_choice, self.xlsx_choice, self.prepared_by, self.approved_by, self.prepare_button,
            self.save_button, self.print_button, self.cancel_button, self.preview.fit_button,
            self.preview.actual_button, self.preview.scroll_area, self.summary_area,
        ]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _fit_to_text_size(self) -> None:
        """Widths in letters, so the larger text sizes get room in proportion."""
        em = self.fontMetrics().horizontalAdvance("m")
        # A fixed width: the column must not jump when a longer sentence appears under the period.
        self.left.setFixedWidth(28 * em)
        self.progress.setFixedWidth(30 * em)
        bold = QFont(self.font())
        bold.setBold(True)
        self.working_text.setFont(bold)

    # --- texts -------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Reports")

    def retranslate(self) -> None:
        self.form_box.setTitle(self.tr("Report to prepare"))
        captions = (
            self.tr("&Unit:"),
            self.tr("P&eriod:"),
            self.tr("&Language:"),
            self.tr("&File:"),
            self.tr("Prepared &by:"),
            self.tr("Appro&ved by:"),
        )
        for caption, text in zip(self.captions, captions, strict=True):
            caption.setText(text)
        self.unit.setToolTip(self.tr("The report counts this unit and every unit below it"))
        self.language.setToolTip(self.tr("The language the report is written in"))
        self.pdf_choice.setText(self.tr("PDF, to print and sign"))
        self.xlsx_choice.setText(self.tr("XLSX, to work on the figures"))
        self.prepared_by.setToolTip(self.tr("Printed under the report with a line to sign"))
        self.approved_by.setPlaceholderText(self.tr("Name of the head who approves the report"))
        self.approved_by.setToolTip(
            self.tr("Printed under the report with a line to sign; remembered on this computer")
        )
        self.prepare_button.setText(self.tr("&Prepare"))
        self.prepare_button.setToolTip(self.tr("Make the report with these choices (Enter)"))
        self.result_box.setTitle(self.tr("Preview"))
        self.empty.setText(
            self.tr(
                "No report prepared yet.\n\nChoose the unit, the period and the language on the left, then "
                "press Prepare (Enter). The report appears here to check before you save or print it."
            )
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop preparing the report (Esc)"))
        self.actions_box.setTitle(self.tr("Prepared report"))
        self.save_button.setText(self.tr("&Save as…"))
        self.save_button.setToolTip(self.tr("Save a copy of the report where you choose (Ctrl+S)"))
        self.print_button.setText(self.tr("P&rint…"))
        self._relabel_units()
        self._show_state()

    def _relabel_units(self) -> None:
        lang = self.ctx.languages.current
        for index, choice in enumerate(self.units):
            name = choice.names.get(lang) or choice.names.get("en") or choice.code
            self.unit.setItemText(index, f"{'    ' * choice.depth}{choice.code} — {name}")
            self.unit.setItemData(index, name, Qt.ItemDataRole.ToolTipRole)

    def _show_state(self) -> None:
        """The right side, the labels that depend on what is prepared, and what can be pressed now."""
        made = self.made
        working = self.preparing
        self.form_box.setEnabled(not working)
        self.save_button.setEnabled(made is not None and not working)
        self.print_button.setEnabled(made is not None and made.fmt is ReportFormat.PDF and not working)
        self.print_button.setToolTip(
            self.tr("Print the report (Ctrl+P)")
            if made is None or made.fmt is ReportFormat.PDF
            else self.tr("A workbook is not printed from here: prepare the PDF to print it")
        )
        if made is None:
            self.made_label.setText(self.tr("Nothing prepared yet."))
        else:
            self.made_label.setText(made.path.name)
        if working:
            self.stack.setCurrentWidget(self.working)
        elif made is None:
            self.stack.setCurrentWidget(self.empty)
        elif made.fmt is ReportFormat.PDF:
            self.stack.setCurrentWidget(self.preview)
        else:
            self.stack.setCurrentWidget(self.summary_area)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # the text-size setting changed
            self._fit_to_text_size()
        super().changeEvent(event)

    # --- data --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.units:
            return  # the unit tree does not change while the program runs
        user = self.ctx.user
        try:
            with self.ctx.database.session() as s:
                rows = [
                    (u.id, u.parent_id, u.code, {lang: u.name(lang) for lang in ("kk", "ru", "en")})
                    for u in units.list_units(s)
                ]
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
            return
        except Exception as error:
            self.ctx.errors.report(self, error)
            return
        self.units = unit_tree(rows, user.unit_id, set(user.unit_ids) or {user.unit_id})
        self.unit.clear()
        for choice in self.units:
            self.unit.addItem("", choice.code)
        self._relabel_units()

    def chosen_request(self) -> ReportRequest | None:
        """The report the choices describe; None (and the reason shown) when they cannot be reported on."""
        if self.period.problem() is not None:
            return None  # the period says what is wrong, in red, right under its fields
        if self.unit.currentData() is None:
            self.refusal.setText(self.tr("Choose the unit to report on."))
            self.refusal.show()
            return None
        self.refusal.hide()
        fmt = ReportFormat.PDF if self.pdf_choice.isChecked() else ReportFormat.XLSX
        return ReportRequest(
            unit_code=str(self.unit.currentData()),
            period=self.period.period(),
            lang=str(self.language.currentData()),
            fmt=fmt,
            prepared_by=self.prepared_by.text().strip() or None,
            approved_by=self.approved_by.text().strip() or None,
        )

    def prepare(self) -> None:
        if self.preparing:
            return
        request = self.chosen_request()
        if request is None:
            if self.period.problem() is not None:
                self.period.end.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._remember_approver(request.approved_by or "")
        try:
            target = self._new_target(request)
        except OSError as error:
            self.ctx.errors.report(self, error)
            return
        database = self.ctx.database
        dpi = preview_dpi(self)

        def job(progress: Progress) -> Made:
            return _make(database, request, target, dpi, progress)

        self.preparing = True
        self.progress.setValue(0)
        self.working_text.setText(
            self.tr("Preparing the report of {unit} for {period}…").format(
                unit=request.unit_code, period=_period_words(self.ctx.languages.current, request.period)
            )
        )
        self._show_state()
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.job.start(job, self._made, self._failed, self._progress)

    def _new_target(self, request: ReportRequest) -> Path:
        """A file of its own in a new folder: the report on screen stays whole until the new one is made."""
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix="tatulyq-reports-", ignore_cleanup_errors=True)
        run = Path(tempfile.mkdtemp(dir=self._folder.name))
        return run / report_file_name(request.unit_code, request.period, request.lang, request.fmt)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(round(PROGRESS_MAX * done / total) if total else 0)

    def _made(self, made: Made) -> None:
        previous, self.made = self.made, made
        self.preparing = False
        if made.fmt is ReportFormat.PDF:
            self.preview.show_pages(made.pages)
            # The pictures now live in the preview's widgets; the copy in `made` is not needed again.
            self.made = Made(made.request, made.path, made.figures, [], [])
        else:
            self.preview.clear()  # an earlier PDF's pictures are not kept in memory behind the summary
            self.summary.show_workbook(made.figures, made.sheets)
        if previous is not None and previous.path != made.path:
            _remove(previous.path)
        self._show_state()
        (self.preview.scroll_area if made.fmt is ReportFormat.PDF else self.save_button).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def _failed(self, error: BaseException) -> None:
        self._stop_working()
        if isinstance(error, TatulyqError):
            self.ctx.errors.known(self, error)
        else:
            self.ctx.errors.report(self, error)

    def cancel(self) -> None:
        if self.preparing:
            self.job.cancel()
            self._stop_working()

    def _stop_working(self) -> None:
        """Back to what was shown before: the earlier report, if any, is still there and still whole."""
        self.preparing = False
        self._show_state()
        self.prepare_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remember_approver(self, name: str) -> None:
        if name != self.memory.approved_by:
            self.memory.approved_by = name
            report_memory.save(self.ctx.data_dir, self.memory)

    def can_close(self) -> bool:
        """The window is closing: a report being made is dropped (nothing of it is kept anyway)."""
        self.cancel()
        return True

    # --- save and print ----------------------------------------------------------------------------

    def save_as(self) -> Path | None:
        made = self.made
        if made is None or self.preparing:
            return None
        suggested = default_folder(self.memory.folder) / made.path.name
        if made.fmt is ReportFormat.PDF:
            name_filter = self.tr("PDF documents (*.pdf)")
        else:
            name_filter = self.tr("Excel workbooks (*.xlsx)")
        target = ask_save_path(self, self.tr("Save the report"), suggested, name_filter, made.fmt.value)
        if target is None:
            return None
        return target if self.save_to(target) else None

    def save_to(self, target: Path) -> bool:
        """Copy the prepared report to `target` (replacing a file of that name); False if it was refused."""
        made = self.made
        if made is None:
            return False
        try:
            write_atomically(target, made.path.read_bytes())
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
            return False
        except OSError as error:  # the temporary copy itself is gone: a bug or a cleaned-up folder
            self.ctx.errors.report(self, error)
            return False
        self.memory.folder = str(target.parent)
        report_memory.save(self.ctx.data_dir, self.memory)
        self.made_label.setText(self.tr("Saved as {path}").format(path=breakable(target)))
        return True

    def print_report(self) -> int | None:
        made = self.made
        if made is None or made.fmt is not ReportFormat.PDF or self.preparing:
            return None
        try:
            printed = print_pdf(self, made.path, made.path.stem)
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
            return None
        except Exception as error:
            self.ctx.errors.report(self, error)
            return None
        if printed:
            self.made_label.setText(self.tr("Sent to the printer: {name}").format(name=made.path.name))
        return printed


def _make(database: Database, request: ReportRequest, target: Path, dpi: float, report: Progress) -> Made:
    """On the worker: the report's file, then (for a PDF) its pages as pictures; no Qt here.

    `report(done, total)` moves the progress bar; it raises to stop when the person pressed Cancel.
    """

    def making(done: int, total: int) -> None:
        report(MAKING_SHARE * done // max(total, 1), PROGRESS_MAX)

    def drawing(done: int, total: int) -> None:
        report(MAKING_SHARE + (PROGRESS_MAX - MAKING_SHARE) * done // max(total, 1), PROGRESS_MAX)

    figures = make_report(database, request, target, making)
    if request.fmt is ReportFormat.PDF:
        return Made(request, target, figures, pages=render_pages(target, dpi, drawing))
    sheets = workbook_sheets(target)
    report(PROGRESS_MAX, PROGRESS_MAX)
    return Made(request, target, figures, sheets=sheets)


def _period_words(lang: str, period: Period) -> str:
    from app.reports.labels import labels

    return labels(lang).period_title(period)


def _remove(path: Path) -> None:
    """A report made before and now replaced; failing to remove it only leaves it to the program's exit."""
    try:
        path.unlink(missing_ok=True)
        path.parent.rmdir()
    except OSError:
        pass
