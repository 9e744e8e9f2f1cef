"""Two sections of the Settings page: the audit trail (administrators, heads of centre) and the retention
of closed cases (administrators), each a group box of its own so the page only places them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from app.errors import TatulyqError
from app.services import retention, settings
from app.ui.audit_view import AuditDialog, open_audit_dialog
from app.ui.context import UiContext
from app.ui.retention_dialog import RetentionDialog, load_preview


class AuditBox(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_box")
        self.ctx = ctx
        self.dialog: AuditDialog | None = None
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("open_audit")
        self.open_button.clicked.connect(self.open_trail)
        row = QHBoxLayout(self)
        row.addWidget(self.note, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Audit trail"))
        self.note.setText(
            self.tr(
                "Every change and every opening of a party's personal data, with who and when. The entries "
                "are chained so that an entry removed or changed outside the program is detected."
            )
        )
        self.open_button.setText(self.tr("Open the audit &trail…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_trail(self) -> AuditDialog:
        self.dialog = open_audit_dialog(self.ctx, self.window())
        return self.dialog


class RetentionBox(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retention_box")
        self.ctx = ctx
        self.dialog: RetentionDialog | None = None
        spec = settings.SPECS[retention.SETTING]
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.years_label = QLabel(self)
        self.years = QSpinBox(self)
        self.years.setObjectName("retention_years")
        self.years.setRange(spec.minimum or 1, spec.maximum or 75)
        self.years_label.setBuddy(self.years)
        try:
            with ctx.database.session() as s:
                self.years.setValue(retention.years_setting(s))
        except TatulyqError as error:
            ctx.errors.known(self, error)
        self.preview_button = QPushButton(self)
        self.preview_button.setObjectName("retention_preview")
        self.preview_button.clicked.connect(self.preview)
        row = QHBoxLayout()
        row.addWidget(self.years_label)
        row.addWidget(self.years)
        row.addStretch(1)
        row.addWidget(self.preview_button)
        box = QVBoxLayout(self)
        box.addWidget(self.note)
        box.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Retention of closed cases"))
        self.note.setText(
            self.tr(
                "Closed cases older than the period below can be de-identified: names, IINs, contacts and "
                "notes are removed; dates, categories and outcomes stay for the reports. The preview shows "
                "what would change before anything is done."
            )
        )
        self.years_label.setText(self.tr("Closed more than this many &years ago"))
        self.preview_button.setText(self.tr("&Preview de-identification…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def preview(self) -> RetentionDialog | None:
        try:
            plan = load_preview(self.ctx, self.years.value())
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
            return None
        self.dialog = RetentionDialog(self.ctx, plan, self.window())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        return self.dialog
