"""The names of the import's fields on screen, and the small widgets its pages share."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QLabel, QTableWidget, QWidget, QWizardPage

from app.services.importing import Field
from app.ui.context import UiContext
from app.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ImportFields"

_NAMES: dict[Field, str] = {
    Field.NUMBER: QT_TRANSLATE_NOOP("ImportFields", "Case number"),
    Field.INTAKE_DATE: QT_TRANSLATE_NOOP("ImportFields", "Intake date"),
    Field.CHANNEL: QT_TRANSLATE_NOOP("ImportFields", "How the dispute came"),
    Field.CATEGORY: QT_TRANSLATE_NOOP("ImportFields", "Category of the dispute"),
    Field.DESCRIPTION: QT_TRANSLATE_NOOP("ImportFields", "What the dispute is about"),
    Field.LANGUAGE: QT_TRANSLATE_NOOP("ImportFields", "Language of the mediation"),
    Field.INTER_ETHNIC: QT_TRANSLATE_NOOP("ImportFields", "Inter-ethnic dimension"),
    Field.GROUP_DISPUTE: QT_TRANSLATE_NOOP("ImportFields", "Group dispute"),
    Field.MINORS_INVOLVED: QT_TRANSLATE_NOOP("ImportFields", "Minors involved"),
    Field.RISK_LEVEL: QT_TRANSLATE_NOOP("ImportFields", "Risk of escalation"),
    Field.APPLICANT: QT_TRANSLATE_NOOP("ImportFields", "Applicant"),
    Field.APPLICANT_ID: QT_TRANSLATE_NOOP("ImportFields", "Applicant's IIN or BIN"),
    Field.RESPONDENT: QT_TRANSLATE_NOOP("ImportFields", "Respondent"),
    Field.RESPONDENT_ID: QT_TRANSLATE_NOOP("ImportFields", "Respondent's IIN or BIN"),
    Field.CONSENT: QT_TRANSLATE_NOOP("ImportFields", "Consent to personal data processing"),
    Field.STATUS: QT_TRANSLATE_NOOP("ImportFields", "Stage of the case"),
    Field.EXCLUSION: QT_TRANSLATE_NOOP("ImportFields", "Ground for refusal at intake"),
    Field.AGREEMENT_DATE: QT_TRANSLATE_NOOP("ImportFields", "Date of the mediation agreement"),
    Field.OUTCOME: QT_TRANSLATE_NOOP("ImportFields", "Outcome"),
    Field.TERMINATION_REASON: QT_TRANSLATE_NOOP("ImportFields", "Ground for ending the mediation"),
    Field.END_DATE: QT_TRANSLATE_NOOP("ImportFields", "Date the mediation ended"),
    Field.CLOSED_DATE: QT_TRANSLATE_NOOP("ImportFields", "Date the case was closed"),
}


def field_name(field: Field) -> str:
    return QCoreApplication.translate(CONTEXT, _NAMES[field])


def fit_combo_column(table: QTableWidget, column: int, combos: Sequence[QComboBox]) -> None:
    """Make a column of combo boxes as wide as the longest choice in them (a table measures its cells'
    text, not the widgets put in them)."""
    widest = 0
    for combo in combos:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        widest = max(widest, combo.sizeHint().width())
    item = table.horizontalHeaderItem(column)
    title = table.horizontalHeader().fontMetrics().horizontalAdvance(item.text() if item is not None else "")
    table.setColumnWidth(column, max(widest, title + 24))


def note_label(parent: QWidget, name: str) -> QLabel:
    """A label for a sentence of explanation: wraps, and can be selected to copy into a letter."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class ImportPage(QWizardPage):
    """A page of the import wizard: sets every text in retranslate(), again when the language changes."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def retranslate(self) -> None:
        """Set every visible text."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
