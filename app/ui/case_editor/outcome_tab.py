"""How the mediation ended (only the outcomes and reasons that fit are offered), or why intake refused it."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import CaseStatus, Exclusion, Outcome, TerminationReason
from app.services import cases, clock
from app.services.workflow import SETTLED, allowed_moves
from app.ui.case_editor.common import (
    CaseHost,
    Form,
    FormDialog,
    combo_enum,
    date_edit,
    enum_combo,
    fill_enum_combo,
    fmt_date,
    hint_label,
    relabel_enum_combo,
    to_date,
    to_qdate,
)
from app.ui.case_editor.outcome_rules import can_record_outcome, offered_outcomes, offered_reasons
from app.ui.case_editor.snapshot import CaseSnapshot
from app.ui.context import UiContext
from app.ui.labels import label


class OutcomeDialog(FormDialog):
    def __init__(self, ctx: UiContext, parent: QWidget, snap: CaseSnapshot) -> None:
        super().__init__(ctx, parent, "OutcomeDialog")
        self.status = snap.status
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("outcome")
        fill_enum_combo(self.outcome, offered_outcomes(snap.status, snap.settlement is not None))
        self.reason = QComboBox(self)
        self.reason.setObjectName("termination_reason")
        self.note = QLineEdit(self)
        self.note.setObjectName("termination_note")
        self.ended_on = date_edit(self, "ended_on")
        self.ended_on.setMinimumDate(to_qdate(snap.view.agreement_signed_on or snap.view.intake_date))
        self.pending_obligations = any(ob.status.value == "pending" for ob in snap.obligations)
        self.explanation = hint_label(self, "outcome_explanation")
        self.form = Form(self)
        self.form.row("outcome", self.outcome)
        self.form.row("reason", self.reason)
        self.form.row("note", self.note)
        self.form.row("ended_on", self.ended_on)
        self.body.addLayout(self.form.layout)
        self.body.addWidget(self.explanation)
        self.outcome.currentIndexChanged.connect(self._follow_outcome)
        self.finish_layout()
        self._follow_outcome()
        self.resize(560, 240)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record the outcome"))
        self.form.set("outcome", self.tr("&Outcome"))
        self.form.set("reason", self.tr("&Why it ended"))
        self.form.set("note", self.tr("&Note"))
        self.form.set("ended_on", self.tr("&Ended on"))
        self.note.setPlaceholderText(self.tr("Required for “Other grounds”"))
        relabel_enum_combo(self.outcome, Outcome)
        relabel_enum_combo(self.reason, TerminationReason)
        self._explain()

    def _follow_outcome(self) -> None:
        outcome = self.chosen_outcome()
        chosen = self.reason.currentData()
        self.reason.blockSignals(True)
        if outcome is None:
            self.reason.clear()
        else:
            fill_enum_combo(self.reason, offered_reasons(outcome, self.status))
            index = self.reason.findData(chosen)
            self.reason.setCurrentIndex(max(index, 0))
        self.reason.blockSignals(False)
        self._explain()

    def _explain(self) -> None:
        outcome = self.chosen_outcome()
        if outcome in SETTLED and self.pending_obligations:
            text = self.tr("The case goes to follow-up: its obligations are checked before it is closed.")
        else:
            text = self.tr("The case is closed with this outcome.")
        self.explanation.setText(text)

    def chosen_outcome(self) -> Outcome | None:
        return combo_enum(self.outcome, Outcome)

    def chosen_reason(self) -> TerminationReason | None:
        return combo_enum(self.reason, TerminationReason)


class RefuseDialog(FormDialog):
    """Screening found that the Law on Mediation excludes the dispute: the reason is recorded."""

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(ctx, parent, "RefuseDialog")
        self.exclusion = enum_combo(self, "exclusion", Exclusion)
        self.note = QLineEdit(self)
        self.note.setObjectName("exclusion_note")
        self.explanation = hint_label(self, "refuse_explanation")
        self.form = Form(self)
        self.form.row("exclusion", self.exclusion)
        self.form.row("note", self.note)
        self.body.addWidget(self.explanation)
        self.body.addLayout(self.form.layout)
        self.finish_layout()
        self.resize(560, 200)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Refuse at intake"))
        self.explanation.setText(
            self.tr("The law does not allow this dispute to be mediated. The case is closed.")
        )
        self.form.set("exclusion", self.tr("&Reason"))
        self.form.set("note", self.tr("&Note"))
        relabel_enum_combo(self.exclusion, Exclusion)


class OutcomeTab(QWidget):
    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcome_tab")
        self.host = host
        self.snapshot: CaseSnapshot | None = None
        self.hint = hint_label(self, "outcome_hint")
        self.box = QGroupBox(self)
        grid = QGridLayout(self.box)
        self.captions = [QLabel(self.box) for _ in range(5)]
        self.values = [QLabel(self.box) for _ in range(5)]
        names = ("status", "outcome", "reason", "ended_on", "closed_on")
        for row, (caption, value, name) in enumerate(zip(self.captions, self.values, names, strict=True)):
            value.setObjectName(f"shown_{name}")
            value.setWordWrap(True)
            grid.addWidget(caption, row, 0)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)
        self.outcome_button = QPushButton(self)
        self.outcome_button.setObjectName("record_outcome")
        self.outcome_button.clicked.connect(self.record_outcome)
        self.refuse_button = QPushButton(self)
        self.refuse_button.setObjectName("refuse_case")
        self.refuse_button.clicked.connect(self.refuse)
        actions = QHBoxLayout()
        actions.addWidget(self.outcome_button)
        actions.addWidget(self.refuse_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.box)
        layout.addLayout(actions)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Outcome"))
        for caption, text in zip(
            self.captions,
            (self.tr("Status:"), self.tr("Outcome:"), self.tr("Why it ended:"), self.tr("Ended on:"),
             self.tr("Closed on:")),
            strict=True,
        ):  # fmt: skip
            caption.setText(text)
        self.outcome_button.setText(self.tr("Record the &outcome…"))
        self.refuse_button.setText(self.tr("Re&fuse at intake…"))
        self.refuse_button.setToolTip(
            self.tr(
                "For disputes the law excludes: third persons' rights, a party declared incapable, corruption."
            )
        )
        if self.snapshot is not None:
            self.show_case(self.snapshot)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_case(self, snap: CaseSnapshot) -> None:
        self.snapshot = snap
        view = snap.view
        status_text = label(snap.status)
        if view.exclusion:
            status_text = self.tr("{status}: {reason}").format(
                status=status_text, reason=label(Exclusion(view.exclusion))
            )
        reason = label(TerminationReason(view.termination_reason)) if view.termination_reason else "—"
        if snap.termination_note:
            reason = self.tr("{reason} ({note})").format(reason=reason, note=snap.termination_note)
        shown = (
            status_text,
            label(Outcome(view.outcome)) if view.outcome else self.tr("not recorded yet"),
            reason,
            fmt_date(view.ended_on) or "—",
            fmt_date(view.closed_on) or "—",
        )
        for widget, text in zip(self.values, shown, strict=True):
            widget.setText(text)
        recordable = can_record_outcome(snap.status)
        self.outcome_button.setVisible(recordable)
        self.refuse_button.setVisible(CaseStatus.REJECTED in allowed_moves(snap.status))
        if snap.status is CaseStatus.INTAKE:
            self.hint.setText(
                self.tr(
                    "Before a mediation agreement a case can only end as terminated (e.g. the other side refused) "
                    "or referred elsewhere."
                )
            )
        elif snap.status is CaseStatus.IN_MEDIATION:
            self.hint.setText(
                self.tr("A settled outcome needs the settlement agreement recorded first (Settlement tab).")
            )
        elif snap.status is CaseStatus.FOLLOW_UP:
            self.hint.setText(
                self.tr("Settled. Check the obligations on the Settlement tab, then close the case.")
            )
        else:
            self.hint.setText(self.tr("The case is closed; its record can no longer change."))

    def record_outcome(self) -> OutcomeDialog | None:
        if self.snapshot is None:
            return None
        dialog = OutcomeDialog(self.host.ctx, self, self.snapshot)

        def save() -> bool:
            outcome, reason = dialog.chosen_outcome(), dialog.chosen_reason()
            if outcome is None or reason is None:
                return False
            note, ended_on = dialog.note.text(), to_date(dialog.ended_on.date())
            # Today's outcome keeps the real moment; a back-dated one is pinned to noon of that day.
            ended_at = (
                None if ended_on == clock.today() else datetime.combine(ended_on, time(12), clock.KZ_TZ)
            )
            return self.host.run_case_action(
                lambda s, case: cases.record_outcome(s, case, outcome, reason, note, ended_at=ended_at),
                dialog,
            )

        dialog.on_submit = save
        self.host.open_dialog(dialog)
        return dialog

    def refuse(self) -> RefuseDialog | None:
        dialog = RefuseDialog(self.host.ctx, self)

        def save() -> bool:
            exclusion, note = combo_enum(dialog.exclusion, Exclusion), dialog.note.text()
            if exclusion is None:
                return False
            return self.host.run_case_action(
                lambda s, case: cases.reject_case(s, case, exclusion, note), dialog
            )

        dialog.on_submit = save
        self.host.open_dialog(dialog)
        return dialog
