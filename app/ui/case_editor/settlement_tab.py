"""The settlement agreement, its obligations and their follow-ups; closing the file once all are checked."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models.enums import CaseStatus, ObligationStatus
from app.services import cases, settlements
from app.services.workflow import SETTLED
from app.ui.case_editor.common import RED, CaseHost, fmt_date, hint_label, to_date
from app.ui.case_editor.date_dialog import DateDialog
from app.ui.case_editor.listing import Listing, header_label
from app.ui.case_editor.settlement_dialogs import FollowUpDialog, SettlementDialog
from app.ui.case_editor.snapshot import CaseSnapshot
from app.ui.labels import label


class SettlementTab(QWidget):
    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settlement_tab")
        self.host = host
        self.snapshot: CaseSnapshot | None = None
        self.hint = hint_label(self, "settlement_hint")

        self.agreement_box = QGroupBox(self)
        grid = QGridLayout(self.agreement_box)
        self.captions = [QLabel(self.agreement_box) for _ in range(3)]
        self.signed_on = QLabel(self.agreement_box)
        self.signed_on.setObjectName("settlement_signed_on")
        self.subject = QLabel(self.agreement_box)
        self.subject.setObjectName("settlement_subject_shown")
        self.subject.setWordWrap(True)
        self.terms = QLabel(self.agreement_box)
        self.terms.setObjectName("settlement_terms_shown")
        self.terms.setWordWrap(True)
        for row, widget in enumerate((self.signed_on, self.subject, self.terms)):
            grid.addWidget(self.captions[row], row, 0)
            grid.addWidget(widget, row, 1)
        grid.setColumnStretch(1, 1)

        self.record_button = QPushButton(self)
        self.record_button.setObjectName("record_settlement")
        self.record_button.clicked.connect(self.record_settlement)

        self.obligations_heading = header_label(self, "obligations_heading")
        self.obligations = Listing(self, "obligations", 5)
        self.obligations.stretch(0)
        self.obligations.stretch(1)
        self.follow_ups_heading = header_label(self, "follow_ups_heading")
        self.follow_ups = Listing(self, "follow_ups", 4)
        self.follow_ups.stretch(2)
        self.follow_up_button = self.follow_ups.add_button("record_follow_up", self.record_follow_up)
        self.close_button = self.follow_ups.add_button("close_case", self.close_case)

        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.agreement_box)
        layout.addWidget(self.obligations_heading)
        layout.addWidget(self.obligations, 2)
        layout.addWidget(self.follow_ups_heading)
        layout.addWidget(self.follow_ups, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.agreement_box.setTitle(self.tr("Settlement agreement"))
        for caption, text in zip(
            self.captions, (self.tr("Signed on:"), self.tr("Subject:"), self.tr("Terms:")), strict=True
        ):
            caption.setText(text)
        self.record_button.setText(self.tr("&Record the settlement agreement…"))
        self.obligations_heading.setText(self.tr("Obligations"))
        self.obligations.set_headers(
            [self.tr("What"), self.tr("Who"), self.tr("By"), self.tr("Result"), self.tr("Checked on")]
        )
        self.follow_ups_heading.setText(self.tr("Follow-ups"))
        self.follow_ups.set_headers([self.tr("Date"), self.tr("How"), self.tr("Note"), self.tr("Next")])
        self.follow_up_button.setText(self.tr("Record a &follow-up…"))
        self.close_button.setText(self.tr("&Close after follow-up…"))
        if self.snapshot is not None:
            self.show_case(self.snapshot)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_case(self, snap: CaseSnapshot) -> None:
        self.snapshot = snap
        agreement = snap.settlement
        self.agreement_box.setVisible(agreement is not None)
        if agreement is not None:
            signed = fmt_date(agreement.signed_on)
            if agreement.signed_by_email:
                signed = self.tr("{date} (signed copies exchanged by e-mail)").format(date=signed)
            self.signed_on.setText(signed)
            self.subject.setText(agreement.subject)
            self.terms.setText(agreement.terms or "—")
        can_record = snap.status is CaseStatus.IN_MEDIATION and agreement is None
        self.record_button.setVisible(can_record)
        if can_record:
            self.hint.setText(
                self.tr("When the parties settle, record their signed agreement and its obligations.")
            )
        elif agreement is None:
            self.hint.setText(self.tr("A settlement agreement is recorded while the case is in mediation."))
        else:
            self.hint.setText(self.tr("Check each obligation at a follow-up until it is kept."))
        pending = sum(1 for ob in snap.obligations if ob.status is ObligationStatus.PENDING)
        if snap.status is CaseStatus.FOLLOW_UP:
            if pending:
                self.hint.setText(
                    self.tr(
                        "{count} obligation(s) not checked yet: record a follow-up for them, then close the case.",
                        "",
                        pending,
                    ).format(count=pending)
                )
            else:
                self.hint.setText(self.tr("Every obligation has been checked: the case can be closed."))

        self.obligations.set_rows(
            [
                (ob.id, [ob.description, ob.obligor_name or "—", fmt_date(ob.due_on), label(ob.status),
                         fmt_date(ob.checked_on)])
                for ob in snap.obligations
            ],
            self.tr("No obligations recorded."),
        )  # fmt: skip
        for index, ob in enumerate(snap.obligations):
            if ob.status is ObligationStatus.NOT_KEPT:
                self.obligations.row_colour(index, RED)
        self.follow_ups.set_rows(
            [
                (index, [fmt_date(fu.done_on), label(fu.method), fu.note or "", fmt_date(fu.next_due_on)])
                for index, fu in enumerate(snap.follow_ups)
            ],
            self.tr("No follow-ups yet."),
        )
        followable = snap.status is CaseStatus.FOLLOW_UP or (
            snap.status is CaseStatus.CLOSED and snap.view.outcome is not None and _settled(snap)
        )
        self.follow_up_button.setVisible(followable)
        in_follow_up = snap.status is CaseStatus.FOLLOW_UP
        self.close_button.setVisible(in_follow_up)
        self.close_button.setEnabled(in_follow_up and pending == 0)
        self.close_button.setToolTip(
            self.tr("{count} obligation(s) not checked yet.", "", pending).format(count=pending)
            if pending
            else ""
        )

    def record_settlement(self) -> SettlementDialog | None:
        if self.snapshot is None:
            return None
        dialog = SettlementDialog(self.host.ctx, self, self.snapshot)

        def save() -> bool:
            signed_on = to_date(dialog.signed_on.date())
            subject, terms = dialog.subject.text(), dialog.terms.toPlainText()
            obligations, by_email = dialog.obligation_inputs(), dialog.by_email.isChecked()
            return self.host.run_case_action(
                lambda s, case: settlements.record_settlement(
                    s, case, signed_on, subject, terms, obligations, by_email
                ),
                dialog,
            )

        dialog.on_submit = save
        self.host.open_dialog(dialog)
        return dialog

    def reopen(self, _context: dict[str, object]) -> SettlementDialog | None:
        return self.record_settlement()

    def record_follow_up(self) -> FollowUpDialog | None:
        if self.snapshot is None:
            return None
        dialog = FollowUpDialog(self.host.ctx, self, self.snapshot)

        def save() -> bool:
            done_on = to_date(dialog.done_on.date())
            method, note = dialog.method_value(), dialog.note.text()
            checks, next_due = dialog.checked(), dialog.next_due_on()
            return self.host.run_case_action(
                lambda s, case: settlements.record_follow_up(
                    s, case, done_on, method, note, checks, next_due
                ),
                dialog,
            )

        dialog.on_submit = save
        self.host.open_dialog(dialog)
        return dialog

    def close_case(self) -> DateDialog | None:
        snap = self.snapshot
        if snap is None:
            return None

        def texts() -> tuple[str, str, str]:
            return (
                self.tr("Close the case"),
                self.tr("&Closed on"),
                self.tr("Every obligation has been checked. After closing, the case can no longer change."),
            )

        dialog = DateDialog(self.host.ctx, self, "CloseDialog", texts, earliest=snap.view.ended_on)
        dialog.on_submit = lambda: self.host.run_case_action(
            lambda s, case: cases.close_after_follow_up(s, case, dialog.value()), dialog
        )
        self.host.open_dialog(dialog)
        return dialog


def _settled(snap: CaseSnapshot) -> bool:
    return any(snap.view.outcome == outcome.value for outcome in SETTLED)
