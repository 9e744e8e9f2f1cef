"""Everything about one case in plain objects: what `cases show` prints and the case editor shows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.models import (
    AuditEntry,
    Case,
    CaseParticipant,
    Extension,
    FollowUp,
    MediationSession,
    Mediator,
    MediatorAssignment,
    Obligation,
    Party,
    SettlementAgreement,
    Unit,
)
from app.services import clock, permissions
from app.services.permissions import Action


@dataclass(frozen=True)
class ParticipantView:
    id: uuid.UUID
    role: str
    kind: str
    name: str
    id_number: str | None
    sex: str | None
    age_group: str | None
    consent_given: bool


@dataclass(frozen=True)
class MediatorView:
    id: uuid.UUID
    name: str
    lead: bool
    assigned_on: date
    released_on: date | None


@dataclass(frozen=True)
class SessionView:
    id: uuid.UUID
    held_on: date
    kind: str
    duration_minutes: int | None
    place: str | None


@dataclass(frozen=True)
class ObligationView:
    id: uuid.UUID
    description: str
    due_on: date
    status: str
    checked_on: date | None


@dataclass(frozen=True)
class HistoryView:
    at: datetime
    actor: str
    action: str
    entity: str
    changes: dict[str, Any]
    summary: str | None


@dataclass
class CaseView:
    id: uuid.UUID
    number: str
    unit_code: str
    unit_name: str
    status: str
    intake_date: date
    channel: str
    category: str
    legal_area: str | None
    language: str | None
    description: str
    flags: list[str]
    risk_level: str
    exclusion: str | None
    agreement_signed_on: date | None
    deadline_on: date | None
    days_left: int | None
    outcome: str | None
    termination_reason: str | None
    ended_on: date | None
    closed_on: date | None
    version: int
    participants: list[ParticipantView] = field(default_factory=list)
    mediators: list[MediatorView] = field(default_factory=list)
    extensions: list[tuple[date, int, str]] = field(default_factory=list)
    sessions: list[SessionView] = field(default_factory=list)
    settlement_signed_on: date | None = None
    obligations: list[ObligationView] = field(default_factory=list)
    follow_ups: list[tuple[date, str, str | None]] = field(default_factory=list)
    history: list[HistoryView] = field(default_factory=list)


def _flags(case: Case) -> list[str]:
    names = ("inter_ethnic", "group_dispute", "minors_involved", "recurrence")
    return [name for name in names if getattr(case, name)]


def load(session: Session, case: Case, *, lang: str = "en", today: date | None = None) -> CaseView:
    """The whole case, parties' personal data included: refused to a role that may not open cases, and
    for a case outside the person's units (app/services/permissions.py)."""
    permissions.require_case(session, case, Action.OPEN_CASE)
    today = today or clock.today()
    unit = session.get(Unit, case.unit_id)
    days_left = (case.deadline_on - today).days if case.deadline_on and case.ended_on is None else None
    view = CaseView(
        id=case.id,
        number=case.number,
        unit_code=unit.code if unit else "",
        unit_name=unit.name(lang) if unit else "",
        status=case.status.value,
        intake_date=case.intake_date,
        channel=case.channel.value,
        category=case.category.value,
        legal_area=case.legal_area.value if case.legal_area else None,
        language=case.language.value if case.language else None,
        description=case.description,
        flags=_flags(case),
        risk_level=case.risk_level.value,
        exclusion=case.exclusion.value if case.exclusion else None,
        agreement_signed_on=case.agreement_signed_on,
        deadline_on=case.deadline_on,
        days_left=days_left,
        outcome=case.outcome.value if case.outcome else None,
        termination_reason=case.termination_reason.value if case.termination_reason else None,
        ended_on=case.ended_on,
        closed_on=case.closed_on,
        version=case.version,
    )
    for participant, party in session.execute(
        select(CaseParticipant, Party)
        .join(Party, Party.id == CaseParticipant.party_id)
        .where(CaseParticipant.case_id == case.id)
        .order_by(CaseParticipant.created_at)
    ):
        view.participants.append(
            ParticipantView(
                participant.id,
                participant.role.value,
                party.kind.value,
                party.display_name,
                party.id_number,
                party.sex.value if party.sex else None,
                party.age_group.value if party.age_group else None,
                party.consent_given,
            )
        )
    for assignment, mediator in session.execute(
        select(MediatorAssignment, Mediator)
        .join(Mediator, Mediator.id == MediatorAssignment.mediator_id)
        .where(MediatorAssignment.case_id == case.id)
        .order_by(MediatorAssignment.assigned_on)
    ):
        view.mediators.append(
            MediatorView(
                mediator.id,
                mediator.full_name,
                assignment.lead,
                assignment.assigned_on,
                assignment.released_on,
            )
        )
    for ext in session.scalars(
        select(Extension).where(Extension.case_id == case.id).order_by(Extension.granted_on)
    ):
        view.extensions.append((ext.granted_on, ext.days, ext.reason))
    for s in session.scalars(
        select(MediationSession).where(MediationSession.case_id == case.id).order_by(MediationSession.held_on)
    ):
        view.sessions.append(SessionView(s.id, s.held_on, s.kind.value, s.duration_minutes, s.place))
    agreement = session.scalar(select(SettlementAgreement).where(SettlementAgreement.case_id == case.id))
    if agreement is not None:
        view.settlement_signed_on = agreement.signed_on
        for ob in session.scalars(
            select(Obligation).where(Obligation.agreement_id == agreement.id).order_by(Obligation.due_on)
        ):
            view.obligations.append(
                ObligationView(ob.id, ob.description, ob.due_on, ob.status.value, ob.checked_on)
            )
    for fu in session.scalars(select(FollowUp).where(FollowUp.case_id == case.id).order_by(FollowUp.done_on)):
        view.follow_ups.append((fu.done_on, fu.method.value, fu.note))
    # A party's own rows carry no case id (a party may be in several cases): include their changes too.
    party_keys = [
        str(p.id)
        for p in session.scalars(
            select(Party)
            .join(CaseParticipant, CaseParticipant.party_id == Party.id)
            .where(CaseParticipant.case_id == case.id)
        )
    ]
    about_case = AuditEntry.case_id == case.id
    about_parties = and_(AuditEntry.entity == Party.__tablename__, AuditEntry.entity_id.in_(party_keys))
    for entry in session.scalars(
        select(AuditEntry)
        .where(or_(about_case, about_parties) if party_keys else about_case)
        .order_by(AuditEntry.seq)
    ):
        view.history.append(
            HistoryView(entry.at, entry.actor, entry.action.value, entry.entity, entry.changes, entry.summary)
        )
    return view
