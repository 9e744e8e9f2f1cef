"""The status bar's mark of a practice (demo) database, so that nobody types a real case into it.

Shown on every window of a database that demo data was loaded into (the set-up wizard's practice
database, or one made with `tatulyq demo`): bold, on a coloured ground, at the right of the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

PRACTICE_NOTICE = "practice_database_notice"


class PracticeNotice(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(PRACTICE_NOTICE)
        self.setStyleSheet(
            "QLabel#practice_database_notice { background: #fff3cd; color: #7a4b00; font-weight: bold;"
            " padding: 1px 8px; border: 1px solid #e0b050; }"
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("PRACTICE: made-up cases"))
        self.setToolTip(
            self.tr(
                "This is the practice database: its cases and people are made up, for learning the program. "
                "Real cases go into the real database (the ordinary Tatulyq shortcut)."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
