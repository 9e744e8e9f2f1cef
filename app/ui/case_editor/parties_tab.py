"""The parties and other participants of a case; each is added or corrected in a small dialog."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.errors import TatulyqError
from app.models.enums import ParticipantRole, PartyKind
from app.services import parties
from app.ui.case_editor.common import CaseHost, confirm, hint_label, set_combo_data
from app.ui.case_editor.listing import Listing
from app.ui.case_editor.party_dialog import PartyDialog
from app.ui.case_editor.snapshot import CaseSnapshot, PartyRow, record_party_access
from app.ui.labels import label


class PartiesTab(QWidget):
    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parties_tab")
        self.host = host
        self.snapshot: CaseSnapshot | None = None
        self.hint = hint_label(self, "parties_hint")
        self.listing = Listing(self, "parties", 6)
        self.listing.stretch(1)
        self.add_button = self.listing.add_button("add_party", self.add_party)
        self.edit_button = self.listing.add_button("edit_party", self.edit_party, needs_selection=True)
        self.remove_button = self.listing.add_button("remove_party", self.remove_party, needs_selection=True)
        self.listing.on_open = self.edit_party
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.listing, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "A mediation agreement needs an applicant and a respondent. Personal data is kept only with consent."
            )
        )
        self.add_button.setText(self.tr("&Add a party…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("Re&move"))
        self.listing.set_headers(
            [self.tr("Role"), self.tr("Name"), self.tr("Kind"), self.tr("IIN / BIN"), self.tr("Sex, age"),
             self.tr("Consent")]
        )  # fmt: skip
        if self.snapshot is not None:
            self.show_case(self.snapshot)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _name(self, row: PartyRow) -> str:
        if row.name:
            return row.name
        return self.tr("(name not kept: no consent)")

    def show_case(self, snapshot: CaseSnapshot) -> None:
        self.snapshot = snapshot
        rows = []
        for row in snapshot.parties:
            who = ", ".join(
                t
                for t in (label(row.sex) if row.sex else "", label(row.age_group) if row.age_group else "")
                if t
            )
            if row.kind is PartyKind.PERSON:
                consent = (
                    self.tr("Given {date}").format(date=row.consent_on.strftime("%d.%m.%Y"))
                    if (row.consent_given and row.consent_on)
                    else self.tr("Not given")
                )
            else:
                consent = ""
            cells = [label(row.role), self._name(row), label(row.kind), row.id_number or "", who, consent]
            rows.append((row.participant_id, cells))
        self.listing.set_rows(
            rows, self.tr("No parties yet. Press “Add a party…” to record the applicant first.")
        )
        open_case = not snapshot.final
        self.listing.allow(self.add_button, open_case)
        self.listing.allow(self.edit_button, open_case)
        self.listing.allow(self.remove_button, open_case)

    def _selected(self) -> PartyRow | None:
        chosen = self.listing.selected_id()
        if self.snapshot is None or chosen is None:
            return None
        return next((r for r in self.snapshot.parties if r.participant_id == chosen), None)

    def _next_role(self) -> ParticipantRole:
        roles = {row.role for row in self.snapshot.parties} if self.snapshot else set()
        if ParticipantRole.APPLICANT not in roles:
            return ParticipantRole.APPLICANT
        if ParticipantRole.RESPONDENT not in roles:
            return ParticipantRole.RESPONDENT
        return ParticipantRole.OTHER

    def add_party(self) -> PartyDialog:
        dialog = PartyDialog(self.host.ctx, self)
        set_combo_data(dialog.role, self._next_role().value)

        def save() -> bool:
            data, role = dialog.party_input(), dialog.chosen_role()
            return self.host.run_case_action(
                lambda s, case: parties.add_party_to_case(s, case, data, role), dialog
            )

        dialog.on_submit = save
        self.host.open_dialog(dialog)
        return dialog

    def edit_party(self, row: PartyRow | None = None) -> PartyDialog | None:
        row = row or self._selected()
        if row is None or self.snapshot is None or self.snapshot.final:
            return None
        try:
            record_party_access(self.host.ctx, self.snapshot.view.id, row.party_id)
        except TatulyqError as error:  # not shown unless its opening is in the access log
            self.host.ctx.errors.known(self, error)
            return None
        dialog = PartyDialog(self.host.ctx, self, row)
        dialog.draft_context = {"participant_id": str(row.participant_id)}
        party_id = row.party_id

        def save() -> bool:
            data = dialog.party_input()
            return self.host.run_case_action(
                lambda s, _case: parties.update_party(s, parties.get(s, party_id), data), dialog
            )

        dialog.on_submit = save
        self.host.open_dialog(dialog)
        return dialog

    def reopen(self, context: dict[str, object]) -> PartyDialog | None:
        """Bring back a party dialog from a draft (after a crash)."""
        participant = context.get("participant_id")
        if not participant:
            return self.add_party()
        row = next(
            (
                r
                for r in (self.snapshot.parties if self.snapshot else [])
                if str(r.participant_id) == participant
            ),
            None,
        )
        return self.edit_party(row) if row is not None else None

    def remove_party(self) -> None:
        row = self._selected()
        if row is None:
            return
        question = self.tr("Remove {name} ({role}) from this case?").format(
            name=self._name(row), role=label(row.role)
        )
        if not confirm(self.host.ctx, self, question):
            return
        participant_id: uuid.UUID = row.participant_id
        self.host.run_case_action(lambda s, case: parties.remove_participant(s, case, participant_id), self)
