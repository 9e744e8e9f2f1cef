"""The preview of de-identification (retention), and the one button that does it.

Opened from the Settings page by an administrator: the preview counts the cases, parties and values
that would go, and nothing changes until "De-identify now" is pressed.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import TatulyqError
from app.services import retention, settings
from app.services.retention import RetentionPlan
from app.ui.case_editor.common import fmt_date
from app.ui.case_editor.history_words import FIELDS
from app.ui.context import UiContext
from app.ui.i18n import QT_TRANSLATE_NOOP

SHOWN_NUMBERS = 30

_TABLES = {
    "parties": QT_TRANSLATE_NOOP("RetentionDialog", "parties"),
    "cases": QT_TRANSLATE_NOOP("RetentionDialog", "cases"),
    "sessions": QT_TRANSLATE_NOOP("RetentionDialog", "sessions"),
    "settlement_agreements": QT_TRANSLATE_NOOP("RetentionDialog", "settlement agreements"),
    "obligations": QT_TRANSLATE_NOOP("RetentionDialog", "obligations"),
    "follow_ups": QT_TRANSLATE_NOOP("RetentionDialog", "follow-ups"),
    "extensions": QT_TRANSLATE_NOOP("RetentionDialog", "extensions"),
    "conflict_declarations": QT_TRANSLATE_NOOP("RetentionDialog", "conflict-of-interest declarations"),
}


def load_preview(ctx: UiContext, years: int) -> RetentionPlan:
    with ctx.database.session(actor=ctx.user.actor()) as s:
        return retention.preview(s, years=years)


class RetentionDialog(QDialog):
    applied = Signal(object)  # the RetentionPlan that was carried out

    def __init__(self, ctx: UiContext, plan: RetentionPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RetentionDialog")
        self.ctx = ctx
        self.plan = plan
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("retention_details")
        self.details.setReadOnly(True)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("retention_apply")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("retention_cancel")
        self.close_button.setDefault(True)  # Enter must never de-identify by accident
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(640, 480)

    def _field(self, key: str) -> str:
        table, _, name = key.partition(".")
        field = FIELDS.get(name)
        table_name = _TABLES.get(table)
        shown_field = self.translate_history(field) if field else name
        shown_table = self.tr(table_name) if table_name else table
        return self.tr("{table}: {field}").format(table=shown_table, field=shown_field)

    @staticmethod
    def translate_history(text: str) -> str:
        return QCoreApplication.translate("History", text)  # the History tab's names of the fields

    def lines(self) -> list[str]:
        plan = self.plan
        if plan.empty:
            return []
        shown = ", ".join(plan.case_numbers[:SHOWN_NUMBERS])
        more = plan.cases - SHOWN_NUMBERS
        lines = [self.tr("Cases: {numbers}").format(numbers=shown)]
        if more > 0:
            lines[0] += " " + self.tr("and {count} more").format(count=more)
        lines.append(self.tr("Parties whose names, IINs and contacts go: {count}").format(count=plan.parties))
        if plan.parties_detached:
            lines.append(
                self.tr(
                    "Parties also in a case not due yet: their data stays for that case, and the old cases "
                    "keep only an anonymous copy: {count}"
                ).format(count=plan.parties_detached)
            )
        lines.append(self.tr("Values removed: {count}").format(count=plan.values))
        by_field: Counter[str] = plan.fields
        lines.extend(f"    {self._field(key)}: {n}" for key, n in sorted(by_field.items()))
        lines.append(
            self.tr("Audit entries whose personal values are replaced by “removed”: {count}").format(
                count=plan.audit_entries
            )
        )
        lines.append(
            self.tr("Dates, categories, outcomes, flags, sex and age groups stay: the reports do not change.")
        )
        return lines

    def retranslate(self) -> None:
        plan = self.plan
        self.setWindowTitle(self.tr("De-identify old closed cases"))
        if plan.applied:
            heading = self.tr("Done. Cases de-identified: {count} (closed before {date}).")
        elif plan.empty:
            heading = self.tr("No case closed before {date} holds personal data any more: nothing to do.")
        else:
            heading = self.tr(
                "Cases closed before {date} (more than {years} years ago) that still hold personal data: "
                "{count}. This is what de-identification would remove; nothing has changed yet."
            )
        self.heading.setText(heading.format(count=plan.cases, date=fmt_date(plan.cutoff), years=plan.years))
        self.details.setPlainText("\n".join(self.lines()))
        self.apply_button.setText(self.tr("&De-identify now"))
        self.apply_button.setVisible(not plan.empty and not plan.applied)
        self.close_button.setText(self.tr("Close") if plan.applied or plan.empty else self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def apply(self) -> bool:
        """De-identify what the preview listed (recounted in the same unit of work) and keep the years."""
        try:
            with self.ctx.database.session(write=True, actor=self.ctx.user.actor()) as s:
                settings.set_value(s, retention.SETTING, self.plan.years)
                done = retention.apply(s, years=self.plan.years)
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
            return False
        self.plan = done
        self.retranslate()
        self.applied.emit(done)
        return True
