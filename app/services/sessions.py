"""Mediation sessions: logged after they are held, or planned ahead for the week's calendar.

Only a case being prepared (intake) or mediated takes sessions; once the procedure has ended (the
case closed or went to follow-up of the settlement) the record of its sessions is final.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.errors import ConflictError, NotFoundError, ValidationError, WorkflowError
from app.models import (
    Case,
    CaseParticipant,
    MediationSession,
    Mediator,
    MediatorAssignment,
    SessionAttendee,
    Unit,
)
from app.models.enums import CaseStatus, Language, SessionKind
from app.services import clock, rules

SESSION_STATUSES = (CaseStatus.INTAKE, CaseStatus.IN_MEDIATION)
PLAN_AHEAD_DAYS = 366
MAX_DURATION_MINUTES = 600

_TIME = re.compile(r"^(?P<h>\d{1,2}):(?P<m>\d{2})$")


@dataclass
class SessionInput:
    held_on: date
    kind: SessionKind
    start_time: str | None = None  # "HH:MM", local time
    duration_minutes: int | None = None
    place: str | None = None
    language: Language | None = None
    mediator_id: uuid.UUID | None = None
    notes: str | None = None
    attendee_ids: Sequence[uuid.UUID] = ()  # CaseParticipant ids of this case


@dataclass(frozen=True)
class CalendarEntry:
    session_id: uuid.UUID
    case_id: uuid.UUID
    case_number: str
    unit_code: str
    held_on: date
    start_time: str | None
    duration_minutes: int | None
    kind: SessionKind
    place: str | None
    mediator_id: uuid.UUID | None
    mediator_name: str | None


def _ensure_case_takes_sessions(case: Case) -> None:
    if case.status not in SESSION_STATUSES:
        raise WorkflowError(
            "session.case_closed",
            f"Case {case.number} is {case.status.value}; its sessions can no longer be added or changed.",
            status=case.status.value,
        )


def _start_time(value: str | None) -> str | None:
    cleaned = rules.optional_text(value)
    if cleaned is None:
        return None
    match = _TIME.match(cleaned)
    if match is None or int(match["h"]) > 23 or int(match["m"]) > 59:
        raise ValidationError(
            "session.start_time_format", f"The start time {cleaned!r} should look like 09:30 (hours:minutes)."
        )
    return f"{int(match['h']):02d}:{match['m']}"


def _validated(
    session: Session, case: Case, data: SessionInput, today: date
) -> tuple[dict[str, object], list[uuid.UUID]]:
    """The column values and the attendees' participant ids, or a ValidationError."""
    rules.not_before(
        data.held_on, case.intake_date, "session.date", "The date of the session", "the intake date"
    )
    latest = today + timedelta(days=PLAN_AHEAD_DAYS)
    if data.held_on > latest:
        raise ValidationError(
            "session.date.too_far",
            f"A session can be planned up to {PLAN_AHEAD_DAYS} days ahead "
            f"(until {latest:%d.%m.%Y}), not on {data.held_on:%d.%m.%Y}.",
            value=data.held_on.isoformat(),
            latest=latest.isoformat(),
        )
    if case.ended_on is not None and data.held_on > case.ended_on:
        raise ValidationError(
            "session.date.after_end",
            f"The session ({data.held_on:%d.%m.%Y}) cannot be later than the end of the mediation "
            f"({case.ended_on:%d.%m.%Y}).",
            value=data.held_on.isoformat(),
        )
    if data.duration_minutes is not None:
        rules.in_range(
            data.duration_minutes,
            1,
            MAX_DURATION_MINUTES,
            "session.duration",
            "The length of the session in minutes",
        )
    attendee_ids = list(dict.fromkeys(data.attendee_ids))
    if attendee_ids:
        known = set(
            session.scalars(
                select(CaseParticipant.id).where(
                    CaseParticipant.case_id == case.id, CaseParticipant.id.in_(attendee_ids)
                )
            )
        )
        strangers = [str(a) for a in attendee_ids if a not in known]
        if strangers:
            raise ValidationError(
                "session.attendee_not_participant",
                f"{len(strangers)} of the attendees are not participants of case {case.number}.",
                attendees=strangers,
            )
    if data.mediator_id is not None:
        _ensure_mediator_assigned(session, case, data.mediator_id, data.held_on)
    return {
        "held_on": data.held_on,
        "start_time": _start_time(data.start_time),
        "duration_minutes": data.duration_minutes,
        "kind": data.kind,
        "place": rules.optional_text(data.place),
        "language": data.language,
        "mediator_id": data.mediator_id,
        "notes": rules.optional_text(data.notes),
    }, attendee_ids


def _ensure_mediator_assigned(session: Session, case: Case, mediator_id: uuid.UUID, day: date) -> None:
    # Past sessions may be logged for a mediator released since; the assignment must cover that day.
    covering = session.scalar(
        select(MediatorAssignment.id).where(
            MediatorAssignment.case_id == case.id,
            MediatorAssignment.mediator_id == mediator_id,
            MediatorAssignment.assigned_on <= day,
            or_(MediatorAssignment.released_on.is_(None), MediatorAssignment.released_on >= day),
        )
    )
    if covering is None:
        raise ValidationError(
            "session.mediator_not_assigned",
            f"That mediator is not assigned to case {case.number} on {day:%d.%m.%Y}.",
            mediator=str(mediator_id),
        )


def _apply(meeting: MediationSession, values: dict[str, object], attendee_ids: list[uuid.UUID]) -> None:
    for name, value in values.items():
        setattr(meeting, name, value)
    # Rows of attendees who stay are kept: deleting and re-adding the same key would churn the audit trail.
    current = {a.participant_id: a for a in meeting.attendees}
    meeting.attendees = [
        current.get(pid) or SessionAttendee(session_id=meeting.id, participant_id=pid) for pid in attendee_ids
    ]


def add_session(
    session: Session, case: Case, data: SessionInput, *, today: date | None = None
) -> MediationSession:
    today = today or clock.today()
    _ensure_case_takes_sessions(case)
    values, attendee_ids = _validated(session, case, data, today)
    meeting = MediationSession(id=uuid.uuid4(), case_id=case.id)
    _apply(meeting, values, attendee_ids)
    session.add(meeting)
    session.flush()
    return meeting


def update_session(
    session: Session,
    meeting: MediationSession,
    data: SessionInput,
    *,
    expected_version: int | None = None,
    today: date | None = None,
) -> MediationSession:
    today = today or clock.today()
    case = meeting.case
    _ensure_case_takes_sessions(case)
    if expected_version is not None and meeting.version != expected_version:
        raise ConflictError(
            "record.changed_elsewhere",
            "Somebody else saved this session after you opened it; reopen it and make your change again.",
        )
    values, attendee_ids = _validated(session, case, data, today)
    _apply(meeting, values, attendee_ids)
    session.flush()
    return meeting


def delete_session(session: Session, meeting: MediationSession) -> None:
    _ensure_case_takes_sessions(meeting.case)
    session.delete(meeting)
    session.flush()


def get(session: Session, session_id: uuid.UUID) -> MediationSession:
    meeting = session.get(MediationSession, session_id)
    if meeting is None:
        raise NotFoundError("session.not_found", f"There is no session with the id {session_id}.")
    return meeting


def list_sessions(session: Session, case: Case) -> list[MediationSession]:
    return list(
        session.scalars(
            select(MediationSession)
            .where(MediationSession.case_id == case.id)
            .order_by(
                MediationSession.held_on, MediationSession.start_time.is_(None), MediationSession.start_time
            )
        )
    )


def sessions_between(
    session: Session, start: date, end: date, unit_ids: Sequence[uuid.UUID] | None = None
) -> list[CalendarEntry]:
    """Sessions held or planned from start to end (both included), in calendar order."""
    if end < start:
        raise ValidationError(
            "session.range_reversed",
            f"The end of the period ({end:%d.%m.%Y}) is earlier than its start ({start:%d.%m.%Y}).",
        )
    stmt = (
        select(
            MediationSession.id,
            Case.id,
            Case.number,
            Unit.code,
            MediationSession.held_on,
            MediationSession.start_time,
            MediationSession.duration_minutes,
            MediationSession.kind,
            MediationSession.place,
            MediationSession.mediator_id,
            Mediator.last_name,
            Mediator.first_name,
        )
        .join(Case, Case.id == MediationSession.case_id)
        .join(Unit, Unit.id == Case.unit_id)
        .outerjoin(Mediator, Mediator.id == MediationSession.mediator_id)
        .where(and_(MediationSession.held_on >= start, MediationSession.held_on <= end))
        .order_by(
            MediationSession.held_on,
            MediationSession.start_time.is_(None),
            MediationSession.start_time,
            Case.number,
        )
    )
    if unit_ids is not None:
        stmt = stmt.where(Case.unit_id.in_(unit_ids))
    return [
        CalendarEntry(
            session_id=sid,
            case_id=case_id,
            case_number=number,
            unit_code=unit_code,
            held_on=held_on,
            start_time=start_time,
            duration_minutes=duration,
            kind=kind,
            place=place,
            mediator_id=mediator_id,
            mediator_name=" ".join(p for p in (last, first) if p) or None,
        )
        for (
            sid,
            case_id,
            number,
            unit_code,
            held_on,
            start_time,
            duration,
            kind,
            place,
            mediator_id,
            last,
            first,
        ) in session.execute(stmt)
    ]
