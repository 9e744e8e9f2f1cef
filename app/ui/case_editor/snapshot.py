"""One case as plain objects for the editor, read through the services in one read-only unit of work.

The editor keeps this snapshot and redraws from it (also when the language changes), so nothing on
screen holds a live database object.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from app.models.enums import (
    AgeGroup,
    CaseStatus,
    FollowUpMethod,
    Language,
    ObligationStatus,
    ParticipantRole,
    PartyKind,
    SessionKind,
    Sex,
)
from app.services import audit, case_view, cases, mediators, parties, sessions, settings, settlements
from app.services.case_view import CaseView
from app.ui.context import UiContext


@dataclass(frozen=True)
class PartyRow:
    participant_id: uuid.UUID
    party_id: uuid.UUID
    role: ParticipantRole
    kind: PartyKind
    name: str
    last_name: str | None
    first_name: str | None
    middle_name: str | None
    org_name: str | None
    id_number: str | None
    sex: Sex | None
    birth_date: date | None
    age_group: AgeGroup | None
    ethnicity: str | None
    language: Language | None
    phone: str | None
    email: str | None
    address: str | None
    consent_given: bool
    consent_on: date | None
    group_size: int | None


@dataclass(frozen=True)
class AssignmentRow:
    mediator_id: uuid.UUID
    name: str
    lead: bool
    assigned_on: date
    released_on: date | None
    declared_at: datetime | None
    has_conflict: bool | None


@dataclass(frozen=True)
class SessionRow:
    id: uuid.UUID
    version: int
    held_on: date
    start_time: str | None
    duration_minutes: int | None
    kind: SessionKind
    place: str | None
    language: Language | None
    mediator_id: uuid.UUID | None
    mediator_name: str | None
    notes: str | None
    attendee_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True)
class SettlementRow:
    signed_on: date
    subject: str
    terms: str | None
    signed_by_email: bool


@dataclass(frozen=True)
class ObligationRow:
    id: uuid.UUID
    obligor_id: uuid.UUID | None
    obligor_name: str | None
    description: str
    due_on: date
    status: ObligationStatus
    checked_on: date | None
    note: str | None


@dataclass(frozen=True)
class FollowUpRow:
    done_on: date
    method: FollowUpMethod
    note: str | None
    next_due_on: date | None


@dataclass
class CaseSnapshot:
    view: CaseView
    status: CaseStatus
    proposal_sent_on: date | None
    termination_note: str | None
    term_days: int
    extension_max_days: int
    max_extensions: int
    proposal_answer_days: int
    parties: list[PartyRow] = field(default_factory=list)
    assignments: list[AssignmentRow] = field(default_factory=list)
    sessions: list[SessionRow] = field(default_factory=list)
    settlement: SettlementRow | None = None
    obligations: list[ObligationRow] = field(default_factory=list)
    follow_ups: list[FollowUpRow] = field(default_factory=list)

    @property
    def final(self) -> bool:
        return self.status in (CaseStatus.CLOSED, CaseStatus.REJECTED)

    def party_name(self, participant_id: uuid.UUID | None) -> str | None:
        for row in self.parties:
            if row.participant_id == participant_id:
                return row.name
        return None


def load_snapshot(ctx: UiContext, case_id: uuid.UUID, *, record_access: bool = False) -> CaseSnapshot:
    """The case as the signed-in person may see it (the services refuse a role or unit that may not);
    ``record_access`` writes the opening of its parties' personal data to the access log."""
    with ctx.database.session(write=record_access, actor=ctx.user.actor()) as s:
        case = cases.get(s, case_id)
        snap = CaseSnapshot(
            view=case_view.load(s, case, lang=ctx.languages.current),
            status=case.status,
            proposal_sent_on=case.proposal_sent_on,
            termination_note=case.termination_note,
            term_days=settings.get_int(s, "mediation.term_days"),
            extension_max_days=settings.get_int(s, "mediation.extension_max_days"),
            max_extensions=settings.get_int(s, "mediation.max_extensions"),
            proposal_answer_days=settings.get_int(s, "mediation.proposal_answer_days"),
        )
        for participant in parties.participants(s, case):
            party = participant.party
            snap.parties.append(
                PartyRow(
                    participant.id,
                    party.id,
                    participant.role,
                    party.kind,
                    party.display_name,
                    party.last_name,
                    party.first_name,
                    party.middle_name,
                    party.org_name,
                    party.id_number,
                    party.sex,
                    party.birth_date,
                    party.age_group,
                    party.ethnicity,
                    party.language,
                    party.phone,
                    party.email,
                    party.address,
                    party.consent_given,
                    party.consent_on,
                    party.group_size,
                )
            )
        for assignment in mediators.assignments(s, case):
            declaration = mediators.latest_declaration(s, case, assignment.mediator)
            snap.assignments.append(
                AssignmentRow(
                    assignment.mediator_id,
                    assignment.mediator.full_name,
                    assignment.lead,
                    assignment.assigned_on,
                    assignment.released_on,
                    declaration.declared_at if declaration else None,
                    declaration.has_conflict if declaration else None,
                )
            )
        names = {a.mediator_id: a.name for a in snap.assignments}
        for meeting in sessions.list_sessions(s, case):
            snap.sessions.append(
                SessionRow(
                    meeting.id,
                    meeting.version,
                    meeting.held_on,
                    meeting.start_time,
                    meeting.duration_minutes,
                    meeting.kind,
                    meeting.place,
                    meeting.language,
                    meeting.mediator_id,
                    names.get(meeting.mediator_id) if meeting.mediator_id else None,
                    meeting.notes,
                    tuple(a.participant_id for a in meeting.attendees),
                )
            )
        agreement = settlements.agreement_of(s, case)
        if agreement is not None:
            snap.settlement = SettlementRow(
                agreement.signed_on, agreement.subject, agreement.terms, agreement.signed_by_email
            )
            for ob in agreement.obligations:
                snap.obligations.append(
                    ObligationRow(
                        ob.id,
                        ob.obligor_id,
                        snap.party_name(ob.obligor_id),
                        ob.description,
                        ob.due_on,
                        ob.status,
                        ob.checked_on,
                        ob.note,
                    )
                )
        for fu in settlements.follow_ups(s, case):
            snap.follow_ups.append(FollowUpRow(fu.done_on, fu.method, fu.note, fu.next_due_on))
        if record_access and snap.parties:
            party_ids = [row.party_id for row in snap.parties]
            audit.record_access(s, audit.AccessKind.CASE_EDITOR, case_id=case.id, party_ids=party_ids)
        return snap


def record_party_access(ctx: UiContext, case_id: uuid.UUID, party_id: uuid.UUID) -> None:
    """A party's full details (contacts, address) are about to be shown: the access log says so first."""
    with ctx.database.session(write=True, actor=ctx.user.actor()) as s:
        audit.record_access(s, audit.AccessKind.PARTY, case_id=case_id, party_ids=[party_id])


def active_mediators(ctx: UiContext) -> list[tuple[uuid.UUID, str]]:
    """The mediators of the user's units who can take a case, as (id, full name)."""
    with ctx.database.session() as s:
        return [
            (m.id, m.full_name)
            for m in mediators.list_mediators(s, ctx.user.unit_ids or None, active_only=True)
        ]
