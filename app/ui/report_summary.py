"""What an XLSX report holds, in a few lines: its key figures and its sheets (a workbook has no pages).

The figures are those the report was made from (make_report returns them), written the way the
report writes numbers in the program's language (12 345; 72,4 %); the sheet names are the workbook's
own, in the report's language, as the person will find them in Excel or LibreOffice Calc.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.reports.figures import ReportFigures
from app.reports.labels import labels
from app.ui.i18n import Languages

DASH = "—"


class WorkbookSummary(QWidget):
    def __init__(self, languages: Languages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workbook_summary")
        self.languages = languages
        self.figures: ReportFigures | None = None
        self.sheets: list[str] = []

        self.heading = QLabel(self)
        self.heading.setObjectName("workbook_heading")
        self.heading.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("workbook_hint")
        self.hint.setWordWrap(True)
        self.figures_box = QGroupBox(self)
        self.figures_box.setObjectName("workbook_figures")
        # Words on the left taking the room, numbers right-aligned beside them: a short table to read across.
        grid = QGridLayout(self.figures_box)
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(24)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for row, key in enumerate(self._keys()):
            caption, value = QLabel(self.figures_box), QLabel(self.figures_box)
            caption.setWordWrap(True)
            value.setObjectName(f"figure_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(caption, row, 0)
            grid.addWidget(value, row, 1)
            self.captions[key], self.values[key] = caption, value
        self.sheets_box = QGroupBox(self)
        self.sheets_box.setObjectName("workbook_sheets")
        self.sheet_list = QLabel(self.sheets_box)
        self.sheet_list.setObjectName("sheet_list")
        self.sheet_list.setWordWrap(True)
        self.sheet_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.sheets_box).addWidget(self.sheet_list)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.figures_box)
        layout.addWidget(self.sheets_box)
        layout.addStretch(1)
        self._bold_heading()
        self._fit()
        self.retranslate()

    @staticmethod
    def _keys() -> tuple[str, ...]:
        return ("consultations", "received", "carried_over", "ended", "settled", "rate", "open", "overdue")

    def show_workbook(self, figures: ReportFigures, sheets: Sequence[str]) -> None:
        self.figures = figures
        self.sheets = list(sheets)
        self.retranslate()

    def retranslate(self) -> None:
        captions = {
            "consultations": self.tr("Consultations"),
            "received": self.tr("Cases received"),
            "carried_over": self.tr("Carried over from before"),
            "ended": self.tr("Mediations ended"),
            "settled": self.tr("Settled in full or in part"),
            "rate": self.tr("Settlement rate (settled of ended)"),
            "open": self.tr("Open at the end of the period"),
            "overdue": self.tr("Past the term at the end of the period"),
        }
        for key, caption in captions.items():
            self.captions[key].setText(caption)
        self.figures_box.setTitle(self.tr("Key figures"))
        self.sheets_box.setTitle(self.tr("Sheets of the workbook: {count}").format(count=len(self.sheets)))
        self.hint.setText(
            self.tr(
                "The workbook has the report's tables, one sheet each. Press Save as… to keep it and open "
                "it in Excel or LibreOffice Calc."
            )
        )
        self.sheet_list.setText("\n".join(self.sheets))
        figures = self.figures
        if figures is None:
            self.heading.setText("")
            for value in self.values.values():
                value.setText(DASH)
            return
        lb = labels(self.languages.current)
        self.heading.setText(
            self.tr("{unit}, {period}").format(
                unit=figures.unit_names.get(self.languages.current) or figures.unit_code,
                period=lb.period_title(figures.period),
            )
        )
        now = figures.current
        numbers = {
            "consultations": now.consultations,
            "received": now.received,
            "carried_over": now.carried_over,
            "ended": now.ended,
            "settled": now.settled,
            "open": now.open_at_end,
            "overdue": now.overdue_at_end,
        }
        for key, number in numbers.items():
            self.values[key].setText(lb.integer(number))
        rate = now.settlement_rate
        self.values["rate"].setText(
            DASH
            if rate is None
            else f"{lb.percent(rate)} ({lb.integer(now.settled)}/{lb.integer(now.ended)})"
        )

    def _fit(self) -> None:
        """Boxes no wider than a page of text: a number far from its words is read against the wrong line."""
        width = 44 * self.fontMetrics().horizontalAdvance("m")
        self.figures_box.setMaximumWidth(width)
        self.sheets_box.setMaximumWidth(width)

    def _bold_heading(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:  # the text-size setting changed
            self._bold_heading()
            self._fit()
        super().changeEvent(event)
