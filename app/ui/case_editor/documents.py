"""The case editor's "Print documents" button: the papers a mediator hands the parties to sign.

A menu of three: the mediation agreement, the settlement agreement (only once the case has one) and
the consent forms to personal data processing (only when a person is among the parties). Each opens
the document's preview (document_dialog.py), made in Kazakh or Russian, with Save and Print there.
The editor calls show_case() whenever it reloads the case.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from app.models.enums import PartyKind
from app.reports.documents import DocumentKind
from app.ui.case_editor.snapshot import CaseSnapshot
from app.ui.context import UiContext


class DocumentsButton(QPushButton):
    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("print_documents")
        self.ctx = ctx
        self.snapshot: CaseSnapshot | None = None
        self.menu_ = QMenu(self)
        self.menu_.setObjectName("documents_menu")
        self.menu_.setToolTipsVisible(True)  # a greyed entry says why it is greyed
        self.agreement_action = self._action("document_agreement", DocumentKind.AGREEMENT)
        self.settlement_action = self._action("document_settlement", DocumentKind.SETTLEMENT)
        self.consent_action = self._action("document_consent", DocumentKind.CONSENT)
        self.setMenu(self.menu_)
        self.dialogs: list[QWidget] = []  # open previews, newest last (tests and screenshots read it)
        self.retranslate()
        self.show_case(None)

    def _action(self, name: str, kind: DocumentKind) -> QAction:
        action = QAction(self.menu_)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False, kind=kind: self.open_document(kind))
        self.menu_.addAction(action)
        return action

    def show_case(self, snapshot: CaseSnapshot | None) -> None:
        """What can be printed for the case as now loaded (None: not registered or not readable)."""
        self.snapshot = snapshot
        self.setEnabled(snapshot is not None)
        has_settlement = snapshot is not None and snapshot.settlement is not None
        has_person = snapshot is not None and any(row.kind is PartyKind.PERSON for row in snapshot.parties)
        self.agreement_action.setEnabled(snapshot is not None)
        self.settlement_action.setEnabled(has_settlement)
        self.consent_action.setEnabled(has_person)
        self.retranslate()

    def open_document(self, kind: DocumentKind) -> QWidget | None:
        """Open the preview of the case's document (made in the background); None when nothing to print."""
        snapshot = self.snapshot
        if snapshot is None:
            return None
        from app.ui.case_editor.document_dialog import DocumentDialog  # printing support loads on first use

        dialog = DocumentDialog(self.ctx, self.window(), snapshot.view.number, kind)
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        dialog.show()
        dialog.make()
        return dialog

    def retranslate(self) -> None:
        self.setText(self.tr("P&rint documents"))
        self.setToolTip(
            self.tr("Documents of this case to print and sign")
            if self.snapshot is not None
            else self.tr("Save the dispute first.")
        )
        self.agreement_action.setText(self.tr("Mediation agreement"))
        self.settlement_action.setText(self.tr("Settlement agreement"))
        self.settlement_action.setToolTip(
            ""
            if self.settlement_action.isEnabled()
            else self.tr("Record the settlement agreement on the Settlement tab first.")
        )
        self.consent_action.setText(self.tr("Consent to personal data processing"))
        self.consent_action.setToolTip(
            self.tr("One form for each person among the parties")
            if self.consent_action.isEnabled()
            else self.tr("Only a person gives this consent; add the parties first.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
