"""The mediation agreement: what it needs, the day it was signed, the deadline and its extensions."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import CaseStatus, ParticipantRole
from app.services import cases
from app.ui.case_editor.common import (
    GREEN,
    RED,
    CaseHost,
    Form,
    FormDialog,
    coloured,
    date_edit,
    fmt_date,
    hint_label,
    to_date,
    to_qdate,
)
from app.ui.case_editor.date_dialog import DateDialog
from app.ui.case_editor.listing import Listing, header_label
from app.ui.case_editor.snapshot import CaseSnapshot
from app.ui.context import UiContext

AMBER = "#8a5a00"


def days_left_text(days: int) -> tuple[str, str | None]:
    """'12 days left', 'due today' or 'overdue by 3 days' with its colour (red when overdue).

    The translations are worded to fit any number ("осталось дней: 3"), so no plural argument is
    passed: lupdate does not mark QCoreApplication.translate calls as plural, and a plural lookup
    would then miss the translation.
    """
    if days > 0:
        return QCoreApplication.translate("Deadline", "{count} days left").format(count=days), None
    if days == 0:
        return QCoreApplication.translate("Deadline", "Due today"), AMBER
    overdue = QCoreApplication.translate("Deadline", "Overdue by {count} days")
    return overdue.format(count=-days), RED


class SignDialog(FormDialog):
    def __init__(self, ctx: UiContext, parent: QWidget, intake_date: date, term_days: int) -> None:
        super().__init__(ctx, parent, "SignDialog")
        self.term_days = term_days
        self.signed_on = date_edit(self, "signed_on")
        self.signed_on.setMinimumDate(to_qdate(intake_date))
        self.deadline = hint_label(self, "sign_deadline")
        self.form = Form(self)
        self.form.row("signed_on", self.signed_on)
        self.body.addLayout(self.form.layout)
        self.body.addWidget(self.deadline)
        self.signed_on.dateChanged.connect(self.retranslate)
        self.finish_layout()
        self.resize(460, 170)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign the mediation agreement"))
        self.form.set("signed_on", self.tr("&Signed on"))
        end = to_date(self.signed_on.date()) + timedelta(days=self.term_days)
        self.deadline.setText(
            self.tr("Mediation starts on this day and should end by {date} ({days} days).").format(
                date=fmt_date(end), days=self.term_days
            )
        )


class ExtensionDialog(FormDialog):
    def __init__(
        self, ctx: UiContext, parent: QWidget, deadline: date, signed_on: date | None, max_days: int
    ) -> None:
        super().__init__(ctx, parent, "ExtensionDialog")
        self.current_deadline = deadline
        self.days = QSpinBox(self)
        self.days.setObjectName("extension_days")
        self.days.setRange(1, max(1, max_days))
        self.days.setMaximumWidth(120)
        self.days.setValue(min(max_days, 15) or 1)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("extension_reason")
        self.consented = QCheckBox(self)
        self.consented.setObjectName("extension_consent")
        self.granted_on = date_edit(self, "extension_granted_on")
        if signed_on is not None:
            self.granted_on.setMinimumDate(to_qdate(signed_on))
        self.new_deadline = hint_label(self, "new_deadline")
        self.form = Form(self)
        self.form.row("days", self.days)
        self.form.row("reason", self.reason)
        self.form.row("consent", self.consented)
        self.form.row("granted_on", self.granted_on)
        self.body.addLayout(self.form.layout)
        self.body.addWidget(self.new_deadline)
        self.days.valueChanged.connect(self.retranslate)
        self.finish_layout()
        self.resize(520, 230)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Extend the term"))
        self.form.set("days", self.tr("&Days"))
        self.form.set("reason", self.tr("&Reason"))
        self.form.set("consent", "")
        self.form.set("granted_on", self.tr("&Granted on"))
        self.consented.setText(self.tr("The parties &consented to the extension"))
        self.reason.setPlaceholderText(self.tr("Why more time is needed"))
        self.new_deadline.setText(
            self.tr("The new deadline: {date}.").format(
                date=fmt_date(self.current_deadline + timedelta(days=self.days.value()))
            )
        )


class AgreementTab(QWidget):
    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreement_tab")
        self.host = host
        self.snapshot: CaseSnapshot | None = None

        self.ready_box = QGroupBox(self)
        self.checks: dict[str, QLabel] = {}
        ready = QVBoxLayout(self.ready_box)
        for key in ("applicant", "respondent", "mediator"):
            check = QLabel(self.ready_box)
            check.setObjectName(f"ready_{key}")
            self.checks[key] = check
            ready.addWidget(check)
        self.proposal = QLabel(self)
        self.proposal.setObjectName("proposal")
        self.proposal.setWordWrap(True)
        self.proposal_button = QPushButton(self)
        self.proposal_button.setObjectName("record_proposal")
        self.proposal_button.clicked.connect(self.record_proposal)
        proposal_row = QHBoxLayout()
        proposal_row.addWidget(self.proposal, 1)
        proposal_row.addWidget(self.proposal_button)
        ready.addLayout(proposal_row)

        self.term_box = QGroupBox(self)
        grid = QGridLayout(self.term_box)
        self.captions = [QLabel(self.term_box) for _ in range(3)]
        self.signed_on = QLabel(self.term_box)
        self.signed_on.setObjectName("agreement_signed_on")
        self.deadline = QLabel(self.term_box)
        self.deadline.setObjectName("deadline")
        self.days_left = QLabel(self.term_box)
        self.days_left.setObjectName("days_left")
        font = self.days_left.font()
        font.setBold(True)
        self.days_left.setFont(font)
        for row, widget in enumerate((self.signed_on, self.deadline, self.days_left)):
            grid.addWidget(self.captions[row], row, 0)
            grid.addWidget(widget, row, 1)
        grid.setColumnStretch(1, 1)

        self.sign_button = QPushButton(self)
        self.sign_button.setObjectName("sign_agreement")
        self.sign_button.clicked.connect(self.sign)
        self.extend_button = QPushButton(self)
        self.extend_button.setObjectName("extend_term")
        self.extend_button.clicked.connect(self.extend)
        self.extend_note = hint_label(self, "extend_note")
        actions = QHBoxLayout()
        actions.addWidget(self.sign_button)
        actions.addWidget(self.extend_button)
        actions.addWidget(self.extend_note, 1)
        actions.addStretch(0)

        self.extensions_heading = header_label(self, "extensions_heading")
        self.extensions = Listing(self, "extensions", 3)
        self.extensions.stretch(2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.ready_box)
        layout.addWidget(self.term_box)
        layout.addLayout(actions)
        layout.addWidget(self.extensions_heading)
        layout.addWidget(self.extensions, 1)
        layout.addStretch(0)  # takes the room while the extensions are hidden (before signing)
        self.retranslate()

    def retranslate(self) -> None:
        self.ready_box.setTitle(self.tr("Before signing"))
        self.term_box.setTitle(self.tr("Mediation agreement and term"))
        for caption, text in zip(
            self.captions, (self.tr("Signed on:"), self.tr("Deadline:"), self.tr("Time left:")), strict=True
        ):
            caption.setText(text)
        self.sign_button.setText(self.tr("&Sign the mediation agreement…"))
        self.extend_button.setText(self.tr("E&xtend the term…"))
        self.proposal_button.setText(self.tr("Record the &proposal…"))
        self.proposal_button.setToolTip(
            self.tr("A written proposal to mediate that gets no answer in time counts as refused.")
        )
        self.extensions_heading.setText(self.tr("Extensions"))
        self.extensions.set_headers([self.tr("Granted on"), self.tr("Days"), self.tr("Reason")])
        if self.snapshot is not None:
            self.show_case(self.snapshot)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _tick(self, key: str, done: bool, text: str) -> None:
        mark = "✓" if done else "✗"
        self.checks[key].setText(f"{mark}  {text}")
        coloured(self.checks[key], GREEN if done else RED)

    def show_case(self, snap: CaseSnapshot) -> None:
        self.snapshot = snap
        view = snap.view
        roles = {row.role for row in snap.parties}
        has_mediator = any(a.released_on is None for a in snap.assignments)
        intake = snap.status is CaseStatus.INTAKE
        self.ready_box.setVisible(intake)
        self._tick("applicant", ParticipantRole.APPLICANT in roles, self.tr("An applicant is on the case"))
        self._tick("respondent", ParticipantRole.RESPONDENT in roles, self.tr("A respondent is on the case"))
        self._tick("mediator", has_mediator, self.tr("A mediator is assigned (no conflict declared)"))
        if snap.proposal_sent_on is None:
            self.proposal.setText(self.tr("No written proposal to mediate recorded."))
        else:
            answer_by = snap.proposal_sent_on + timedelta(days=snap.proposal_answer_days)
            self.proposal.setText(
                self.tr(
                    "Proposal to mediate sent on {sent}; with no answer by {date} it counts as refused."
                ).format(sent=fmt_date(snap.proposal_sent_on), date=fmt_date(answer_by))
            )

        self.signed_on.setText(fmt_date(view.agreement_signed_on) or self.tr("not signed yet"))
        self.deadline.setText(fmt_date(view.deadline_on) or "—")
        if view.days_left is not None:
            text, colour = days_left_text(view.days_left)
        elif view.ended_on is not None:
            text, colour = self.tr("The mediation ended on {date}").format(date=fmt_date(view.ended_on)), None
        else:
            text, colour = "—", None
        self.days_left.setText(text)
        coloured(self.days_left, colour)

        self.sign_button.setVisible(intake)
        # The list above says what is missing; the button waits for it rather than being refused.
        self.sign_button.setEnabled(
            {ParticipantRole.APPLICANT, ParticipantRole.RESPONDENT} <= roles and has_mediator
        )
        self.extensions_heading.setVisible(not intake)
        self.extensions.setVisible(not intake)
        self.proposal_button.setVisible(intake)
        in_mediation = snap.status is CaseStatus.IN_MEDIATION
        can_extend = in_mediation and len(view.extensions) < snap.max_extensions
        self.extend_button.setVisible(in_mediation)
        self.extend_button.setEnabled(can_extend)
        # Said next to the button, not only in a tooltip that few people find.
        self.extend_note.setText(
            self.tr("The term can be extended {count} time(s) only; no more extensions are possible.").format(
                count=snap.max_extensions
            )
        )
        self.extend_note.setVisible(in_mediation and not can_extend)
        self.extensions.set_rows(
            [
                (index, [fmt_date(day), str(days), reason])
                for index, (day, days, reason) in enumerate(view.extensions)
            ],
            self.tr("No extensions."),
        )

    def sign(self) -> SignDialog | None:
        if self.snapshot is None:
            return None
        dialog = SignDialog(self.host.ctx, self, self.snapshot.view.intake_date, self.snapshot.term_days)
        dialog.on_submit = lambda: self.host.run_case_action(
            lambda s, case: cases.sign_agreement(s, case, to_date(dialog.signed_on.date())), dialog
        )
        self.host.open_dialog(dialog)
        return dialog

    def extend(self) -> ExtensionDialog | None:
        snap = self.snapshot
        if snap is None or snap.view.deadline_on is None:
            return None
        dialog = ExtensionDialog(
            self.host.ctx, self, snap.view.deadline_on, snap.view.agreement_signed_on, snap.extension_max_days
        )

        def save() -> bool:
            days, reason = dialog.days.value(), dialog.reason.text()
            consent, on = dialog.consented.isChecked(), to_date(dialog.granted_on.date())
            return self.host.run_case_action(
                lambda s, case: cases.extend_term(s, case, days, reason, consent, on), dialog
            )

        dialog.on_submit = save
        self.host.open_dialog(dialog)
        return dialog

    def record_proposal(self) -> DateDialog | None:
        if self.snapshot is None:
            return None

        def texts() -> tuple[str, str, str]:
            return (
                self.tr("Proposal to mediate"),
                self.tr("&Sent on"),
                self.tr("The day the written proposal to mediate was sent to the other side."),
            )

        dialog = DateDialog(
            self.host.ctx, self, "ProposalDialog", texts, earliest=self.snapshot.view.intake_date
        )
        dialog.on_submit = lambda: self.host.run_case_action(
            lambda s, case: cases.record_proposal(s, case, dialog.value()), dialog
        )
        self.host.open_dialog(dialog)
        return dialog
