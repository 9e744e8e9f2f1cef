"""Who mediates the case. Every assignment rests on the mediator's conflict-of-interest declaration."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.services import mediators
from app.services.permissions import Action
from app.ui.case_editor.common import (
    RED,
    CaseHost,
    Form,
    FormDialog,
    date_edit,
    fmt_date,
    fmt_moment,
    hint_label,
    to_date,
    to_qdate,
)
from app.ui.case_editor.date_dialog import DateDialog
from app.ui.case_editor.listing import Listing
from app.ui.case_editor.snapshot import AssignmentRow, CaseSnapshot, active_mediators
from app.ui.context import UiContext

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.models import Case


class AssignDialog(FormDialog):
    """Choose a mediator, record their declaration, and (with no conflict) assign them in one step."""

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget,
        choices: list[tuple[uuid.UUID, str]],
        intake_date: date,
        lead_free: bool,
    ) -> None:
        super().__init__(ctx, parent, "AssignDialog")
        self.mediator = QComboBox(self)
        self.mediator.setObjectName("mediator")
        for mediator_id, name in choices:
            self.mediator.addItem(name, str(mediator_id))
        self.no_conflict = QRadioButton(self)
        self.no_conflict.setObjectName("no_conflict")
        self.conflict = QRadioButton(self)
        self.conflict.setObjectName("has_conflict")
        self.declaration = QButtonGroup(self)
        self.declaration.addButton(self.no_conflict)
        self.declaration.addButton(self.conflict)
        self.note = QLineEdit(self)
        self.note.setObjectName("conflict_note")
        self.lead = QCheckBox(self)
        self.lead.setObjectName("lead")
        self.lead.setChecked(lead_free)
        self.assigned_on = date_edit(self, "assigned_on")
        self.assigned_on.setMinimumDate(to_qdate(intake_date))
        self.empty = hint_label(self, "no_mediators")
        self.empty.setStyleSheet(f"color: {RED};")
        self.empty.setVisible(not choices)
        self.form = Form(self)
        self.form.row("mediator", self.mediator)
        declaration = QVBoxLayout()
        declaration.addWidget(self.no_conflict)
        declaration.addWidget(self.conflict)
        declaration.addWidget(self.note)
        self.form.row("declaration", declaration)
        self.form.row("lead", self.lead)
        self.form.row("assigned_on", self.assigned_on)
        self.body.addWidget(self.empty)
        self.body.addLayout(self.form.layout)
        self.conflict.toggled.connect(self._follow_declaration)
        self.finish_layout()
        self.ok_button.setEnabled(bool(choices))
        self._follow_declaration()
        self.resize(600, 300)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assign a mediator"))
        self.form.set("mediator", self.tr("&Mediator"))
        self.form.set("declaration", self.tr("Declaration"))
        self.form.set("lead", "")
        self.form.set("assigned_on", self.tr("Assigned &on"))
        self.no_conflict.setText(self.tr("&Nothing prevents the mediator's impartiality in this case"))
        self.conflict.setText(self.tr("Something &prevents impartiality: the mediator must decline"))
        self.note.setPlaceholderText(self.tr("What prevents impartiality (required with a conflict)"))
        self.lead.setText(self.tr("&Lead mediator (otherwise a co-mediator)"))
        self.empty.setText(
            self.tr(
                "No mediator can be chosen: every active mediator of your unit is already on this case, "
                "or there is none yet. Add mediators on the Mediators page."
            )
        )

    def _follow_declaration(self) -> None:
        conflict = self.conflict.isChecked()
        self.note.setEnabled(conflict)
        self.lead.setEnabled(not conflict)
        self.assigned_on.setEnabled(not conflict)

    def mediator_id(self) -> uuid.UUID | None:
        value = self.mediator.currentData()
        return None if value is None else uuid.UUID(str(value))

    def declared(self) -> bool | None:
        """True: a conflict; False: none; None: not declared yet."""
        if self.conflict.isChecked():
            return True
        if self.no_conflict.isChecked():
            return False
        return None


class MediatorsTab(QWidget):
    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediators_tab")
        self.host = host
        self.snapshot: CaseSnapshot | None = None
        self.hint = hint_label(self, "mediators_hint")
        self.listing = Listing(self, "mediators", 5)
        self.listing.stretch(0)
        self.listing.stretch(4)
        self.assign_button = self.listing.add_button("assign_mediator", self.assign)
        self.release_button = self.listing.add_button("release_mediator", self.release, needs_selection=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.listing, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Before taking the case each mediator declares whether anything prevents their impartiality; "
                "a mediator with a conflict of interest must decline."
            )
        )
        self.assign_button.setText(self.tr("&Assign a mediator…"))
        self.release_button.setText(self.tr("&Release…"))
        self.listing.set_headers(
            [
                self.tr("Mediator"),
                self.tr("Part"),
                self.tr("Assigned"),
                self.tr("Released"),
                self.tr("Declaration"),
            ]
        )
        if self.snapshot is not None:
            self.show_case(self.snapshot)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _declaration_text(self, row: AssignmentRow) -> str:
        if row.declared_at is None:
            return ""
        when = fmt_moment(row.declared_at)
        if row.has_conflict:
            return self.tr("Conflict of interest declared {when}").format(when=when)
        return self.tr("No conflict, declared {when}").format(when=when)

    def show_case(self, snapshot: CaseSnapshot) -> None:
        self.snapshot = snapshot
        rows = [
            (
                row.mediator_id,
                [
                    row.name,
                    self.tr("Lead") if row.lead else self.tr("Co-mediator"),
                    fmt_date(row.assigned_on),
                    fmt_date(row.released_on),
                    self._declaration_text(row),
                ],
            )
            for row in snapshot.assignments
        ]
        self.listing.set_rows(rows, self.tr("No mediator yet. Press “Assign a mediator…”."))
        # Assigning is the head's decision (a mediator's own declaration comes with it).
        role_may = self.host.ctx.user.may(Action.ASSIGN_MEDIATOR)
        may_assign = not snapshot.final and role_may
        self.listing.allow(self.assign_button, may_assign)
        self.listing.allow(self.release_button, may_assign)
        refusal = "" if role_may else self.tr("The head of the centre assigns and releases mediators.")
        self.assign_button.setToolTip(refusal)
        self.release_button.setToolTip(refusal)

    def _active(self) -> list[AssignmentRow]:
        return [r for r in (self.snapshot.assignments if self.snapshot else []) if r.released_on is None]

    def assign(self) -> AssignDialog | None:
        if self.snapshot is None:
            return None
        taken = {r.mediator_id for r in self._active()}
        choices = [(mid, name) for mid, name in active_mediators(self.host.ctx) if mid not in taken]
        lead_free = not any(r.lead for r in self._active())
        dialog = AssignDialog(self.host.ctx, self, choices, self.snapshot.view.intake_date, lead_free)

        def save() -> bool:
            mediator_id, declared = dialog.mediator_id(), dialog.declared()
            note, lead, on = dialog.note.text(), dialog.lead.isChecked(), to_date(dialog.assigned_on.date())
            if mediator_id is None:
                return False
            if declared is None:
                error = ValidationError(
                    "assignment.declaration_required",
                    "The mediator must declare whether anything prevents impartiality before being assigned.",
                )
                self.host.ctx.errors.known(dialog, error)
                return False

            def act(s: Session, case: Case) -> None:
                mediator = mediators.get(s, mediator_id)
                mediators.declare_conflict(s, case, mediator, declared, note)
                if not declared:
                    mediators.assign_mediator(s, case, mediator, lead=lead, assigned_on=on)

            return self.host.run_case_action(act, dialog)

        dialog.on_submit = save
        self.host.open_dialog(dialog)
        return dialog

    def release(self) -> DateDialog | None:
        chosen = self.listing.selected_id()
        row = next((r for r in self._active() if r.mediator_id == chosen), None)
        if row is None:
            return None
        name = row.name

        def texts() -> tuple[str, str, str]:
            return (
                self.tr("Release a mediator"),
                self.tr("Released &on"),
                self.tr("{name} stops mediating this case. Sessions already logged stay theirs.").format(
                    name=name
                ),
            )

        dialog = DateDialog(self.host.ctx, self, "ReleaseDialog", texts, earliest=row.assigned_on)
        mediator_id = row.mediator_id
        dialog.on_submit = lambda: self.host.run_case_action(
            lambda s, case: mediators.release_mediator(
                s, case, mediators.get(s, mediator_id), dialog.value()
            ),
            dialog,
        )
        self.host.open_dialog(dialog)
        return dialog
