"""The case's audit trail, newest first, in plain words."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.case_editor.common import hint_label
from app.ui.case_editor.history_words import HistoryLine, history_lines
from app.ui.case_editor.listing import Listing
from app.ui.case_editor.snapshot import CaseSnapshot


class HistoryTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_tab")
        self.snapshot: CaseSnapshot | None = None
        self.lines: list[HistoryLine] = []
        self.hint = hint_label(self, "history_hint")
        self.listing = Listing(self, "history", 3)
        self.listing.stretch(2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.listing, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Every change to this case is kept: who, when, what was before and after."))
        self.listing.set_headers([self.tr("When"), self.tr("Who"), self.tr("What")])
        if self.snapshot is not None:
            self.show_case(self.snapshot)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_case(self, snap: CaseSnapshot) -> None:
        self.snapshot = snap
        self.lines = history_lines(snap.view)
        self.listing.set_rows(
            [(index, [line.when, line.actor, line.text]) for index, line in enumerate(self.lines)],
            self.tr("Nothing recorded yet."),
        )

    def sentences(self) -> list[str]:
        return [line.sentence() for line in self.lines]
