"""Mediation sessions: logging, planning ahead, the rules of a case's status and the week calendar."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from app.errors import ConflictError, ValidationError, WorkflowError
from app.models import MediationSession, SessionAttendee
from app.models.enums import AuditAction, Language, Outcome, ParticipantRole, SessionKind, TerminationReason
from app.models.reference import unit_id
from app.services import cases, mediators, sessions
from app.services.sessions import SessionInput
from app.storage.database import Database
from tests.helpers_services import (
    TODAY,
    add_parties,
    assign,
    audit_rows,
    ended_at,
    mediating_case,
    new_case,
    new_mediator,
    participant,
    refused,
    settled_case,
    write,
)


class World:
    """A case in mediation (intake 05.10.2026, agreement 10.10.2026) with its lead mediator and parties."""

    def __init__(self, db: Database) -> None:
        with write(db) as s:
            case = mediating_case(s, intake=date(2026, 10, 5), signed=date(2026, 10, 10))
            self.case_id = case.id
            self.mediator_id = mediators.assignments(s, case)[0].mediator_id
            self.applicant_id = participant(s, case, ParticipantRole.APPLICANT).id
            self.respondent_id = participant(s, case, ParticipantRole.RESPONDENT).id
            self.stranger_id = add_parties(s, new_case(s))[0].id  # a party of another case

    def data(self, **overrides: Any) -> SessionInput:
        base = SessionInput(
            held_on=date(2026, 10, 12),
            kind=SessionKind.JOINT,
            start_time="10:00",
            duration_minutes=90,
            place="Қордай, Достық үйі",
            language=Language.KAZAKH,
            mediator_id=self.mediator_id,
            notes="Тараптар ұстанымдарын айтты",
            attendee_ids=[self.applicant_id, self.respondent_id],
        )
        return replace(base, **overrides)


@pytest.fixture
def world(db: Database) -> World:
    return World(db)


def _add(db: Database, world: World, **overrides: Any) -> uuid.UUID:
    with write(db) as s:
        return sessions.add_session(s, cases.get(s, world.case_id), world.data(**overrides), today=TODAY).id


def _count(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(MediationSession)) or 0)


def test_add_session_saves_what_was_entered(db: Database, world: World) -> None:
    session_id = _add(db, world, start_time="9:05", place="  Қордай ", notes=" ")
    with db.session() as s:
        saved = sessions.get(s, session_id)
        assert saved.case_id == world.case_id
        assert saved.held_on == date(2026, 10, 12)
        assert saved.start_time == "09:05"
        assert saved.duration_minutes == 90
        assert saved.kind is SessionKind.JOINT
        assert saved.place == "Қордай"
        assert saved.notes is None
        assert saved.language is Language.KAZAKH
        assert saved.mediator_id == world.mediator_id
        assert {a.participant_id for a in saved.attendees} == {world.applicant_id, world.respondent_id}
    (created,) = audit_rows(db, "sessions", session_id)
    assert created.action is AuditAction.CREATE
    assert created.case_id == world.case_id


def test_a_session_may_be_logged_at_intake_without_optional_fields(db: Database) -> None:
    with write(db) as s:
        case = new_case(s, intake=date(2026, 11, 2))
        meeting = sessions.add_session(
            s, case, SessionInput(held_on=date(2026, 11, 2), kind=SessionKind.SEPARATE), today=TODAY
        )
        session_id = meeting.id
    with db.session() as s:
        saved = sessions.get(s, session_id)
        assert (saved.start_time, saved.duration_minutes, saved.mediator_id, saved.attendees) == (
            None,
            None,
            None,
            [],
        )


@pytest.mark.parametrize(
    ("overrides", "key"),
    [
        ({"held_on": date(2026, 10, 4)}, "session.date.too_early"),
        ({"held_on": TODAY + timedelta(days=367)}, "session.date.too_far"),
        ({"duration_minutes": 0}, "session.duration.out_of_range"),
        ({"duration_minutes": 601}, "session.duration.out_of_range"),
        ({"start_time": "24:00"}, "session.start_time_format"),
        ({"start_time": "10.30"}, "session.start_time_format"),
        ({"start_time": "10:60"}, "session.start_time_format"),
    ],
)
def test_add_session_refuses_bad_input(
    db: Database, world: World, overrides: dict[str, Any], key: str
) -> None:
    _add(db, world)  # an earlier session must survive the refusal unchanged
    refused(
        db,
        ValidationError,
        key,
        lambda s: sessions.add_session(s, cases.get(s, world.case_id), world.data(**overrides), today=TODAY),
    )
    assert _count(db) == 1


def test_limits_themselves_are_accepted(db: Database, world: World) -> None:
    _add(db, world, held_on=date(2026, 10, 5), duration_minutes=1)  # the intake day
    _add(db, world, held_on=TODAY + timedelta(days=366), duration_minutes=600, start_time="23:59")
    assert _count(db) == 2


def test_attendees_must_be_participants_of_this_case(db: Database, world: World) -> None:
    error = refused(
        db,
        ValidationError,
        "session.attendee_not_participant",
        lambda s: sessions.add_session(
            s,
            cases.get(s, world.case_id),
            world.data(attendee_ids=[world.applicant_id, world.stranger_id]),
            today=TODAY,
        ),
    )
    assert error.params["attendees"] == [str(world.stranger_id)]


def test_the_mediator_must_be_assigned_to_the_case_on_that_day(db: Database, world: World) -> None:
    with write(db) as s:
        outsider = new_mediator(s, last_name="Бөгде").id
    refused(
        db,
        ValidationError,
        "session.mediator_not_assigned",
        lambda s: sessions.add_session(
            s, cases.get(s, world.case_id), world.data(mediator_id=outsider), today=TODAY
        ),
    )
    # A co-mediator assigned on 15.10 and released on 20.10 mediated only between those days.
    with write(db) as s:
        case = cases.get(s, world.case_id)
        co = new_mediator(s, last_name="Көмекші")
        assign(s, case, co, on=date(2026, 10, 15), lead=False)
        mediators.release_mediator(s, case, co, date(2026, 10, 20), today=TODAY)
        co_id = co.id
    for day in (date(2026, 10, 14), date(2026, 10, 21)):
        refused(
            db,
            ValidationError,
            "session.mediator_not_assigned",
            lambda s, day=day: sessions.add_session(
                s, cases.get(s, world.case_id), world.data(mediator_id=co_id, held_on=day), today=TODAY
            ),
        )
    _add(db, world, mediator_id=co_id, held_on=date(2026, 10, 20))
    assert _count(db) == 1


def test_no_sessions_once_the_case_is_in_follow_up_or_closed(db: Database) -> None:
    with write(db) as s:
        follow_up = settled_case(s)
        closed = mediating_case(s)
        cases.record_outcome(
            s,
            closed,
            Outcome.NOT_SETTLED,
            TerminationReason.MEDIATOR_REFUSED,
            ended_at=ended_at(date(2026, 11, 1)),
            today=TODAY,
        )
        ids = [follow_up.id, closed.id]
    for case_id in ids:
        refused(
            db,
            WorkflowError,
            "session.case_closed",
            lambda s, case_id=case_id: sessions.add_session(
                s,
                cases.get(s, case_id),
                SessionInput(held_on=date(2026, 10, 15), kind=SessionKind.JOINT),
                today=TODAY,
            ),
        )


def test_a_session_cannot_come_after_the_end_of_the_mediation(db: Database, world: World) -> None:
    # The statuses that take sessions have no end date through the services; an imported register may.
    with write(db) as s:
        cases.get(s, world.case_id).ended_on = date(2026, 10, 30)
    refused(
        db,
        ValidationError,
        "session.date.after_end",
        lambda s: sessions.add_session(
            s, cases.get(s, world.case_id), world.data(held_on=date(2026, 10, 31)), today=TODAY
        ),
    )


def test_update_session_changes_fields_and_attendees_and_is_audited(db: Database, world: World) -> None:
    session_id = _add(db, world)
    with write(db) as s:
        meeting = sessions.get(s, session_id)
        version = meeting.version
        sessions.update_session(
            s,
            meeting,
            world.data(duration_minutes=120, kind=SessionKind.SEPARATE, attendee_ids=[world.respondent_id]),
            expected_version=version,
            today=TODAY,
        )
    with db.session() as s:
        saved = sessions.get(s, session_id)
        assert (saved.duration_minutes, saved.kind) == (120, SessionKind.SEPARATE)
        assert [a.participant_id for a in saved.attendees] == [world.respondent_id]
        assert s.scalar(select(func.count()).select_from(SessionAttendee)) == 1

    (update,) = [r for r in audit_rows(db, "sessions", session_id) if r.action is AuditAction.UPDATE]
    assert update.changes["duration_minutes"] == [90, 120]
    assert update.changes["kind"] == ["joint", "separate"]
    assert update.actor == "test"


def test_refused_update_leaves_the_session_as_it_was(db: Database, world: World) -> None:
    session_id = _add(db, world)

    def update(expected_version: int | None = None, **overrides: Any) -> Any:
        return lambda s: sessions.update_session(
            s,
            sessions.get(s, session_id),
            world.data(**overrides),
            expected_version=expected_version,
            today=TODAY,
        )

    refused(db, ValidationError, "session.duration.out_of_range", update(duration_minutes=0, notes="changed"))
    refused(db, ValidationError, "session.attendee_not_participant", update(attendee_ids=[world.stranger_id]))
    refused(db, ConflictError, "record.changed_elsewhere", update(expected_version=7, notes="stale"))
    with db.session() as s:
        assert sessions.get(s, session_id).notes == "Тараптар ұстанымдарын айтты"


def test_delete_session(db: Database, world: World) -> None:
    keep = _add(db, world, held_on=date(2026, 10, 12))
    drop = _add(db, world, held_on=date(2026, 10, 13))
    with write(db) as s:
        sessions.delete_session(s, sessions.get(s, drop))
    with db.session() as s:
        assert [m.id for m in sessions.list_sessions(s, cases.get(s, world.case_id))] == [keep]
        assert s.scalar(select(func.count()).select_from(SessionAttendee)) == 2
    assert [r.action for r in audit_rows(db, "sessions", drop)] == [AuditAction.CREATE, AuditAction.DELETE]


def test_sessions_of_a_finished_mediation_cannot_be_changed_or_deleted(db: Database, world: World) -> None:
    session_id = _add(db, world)
    with write(db) as s:
        cases.record_outcome(
            s,
            cases.get(s, world.case_id),
            Outcome.NOT_SETTLED,
            TerminationReason.PARTY_WITHDREW,
            ended_at=ended_at(date(2026, 10, 25)),
            today=TODAY,
        )
    refused(
        db,
        WorkflowError,
        "session.case_closed",
        lambda s: sessions.delete_session(s, sessions.get(s, session_id)),
    )
    refused(
        db,
        WorkflowError,
        "session.case_closed",
        lambda s: sessions.update_session(
            s, sessions.get(s, session_id), world.data(notes="late"), today=TODAY
        ),
    )


def test_list_sessions_in_calendar_order(db: Database, world: World) -> None:
    late = _add(db, world, held_on=date(2026, 10, 14), start_time="15:00")
    untimed = _add(db, world, held_on=date(2026, 10, 12), start_time=None)
    early = _add(db, world, held_on=date(2026, 10, 12), start_time="09:00")
    with db.session() as s:
        assert [m.id for m in sessions.list_sessions(s, cases.get(s, world.case_id))] == [
            early,
            untimed,
            late,
        ]


def test_sessions_between_for_the_week_calendar(db: Database, world: World) -> None:
    before = _add(db, world, held_on=date(2026, 11, 15))
    monday = _add(db, world, held_on=date(2026, 11, 16), start_time="14:00")
    monday_early = _add(db, world, held_on=date(2026, 11, 16), start_time="09:30")
    sunday = _add(db, world, held_on=date(2026, 11, 22))
    after = _add(db, world, held_on=date(2026, 11, 23))
    with write(db) as s:
        ctr = mediating_case(s, unit="KZ-31-CTR", intake=date(2026, 11, 1), signed=date(2026, 11, 2))
        other = sessions.add_session(
            s, ctr, SessionInput(held_on=date(2026, 11, 18), kind=SessionKind.JOINT), today=TODAY
        ).id
        ctr_number = ctr.number

    with db.session() as s:
        week = sessions.sessions_between(s, date(2026, 11, 16), date(2026, 11, 22))
        assert [e.session_id for e in week] == [monday_early, monday, other, sunday]
        assert week[2].case_number == ctr_number
        assert week[2].unit_code == "KZ-31-CTR"
        assert week[0].mediator_name == "Сәрсенбаев Нұрлан"
        assert week[0].start_time == "09:30"
        assert week[2].mediator_name is None

        krd = sessions.sessions_between(s, date(2026, 11, 16), date(2026, 11, 22), [unit_id("KZ-31-KRD")])
        assert [e.session_id for e in krd] == [monday_early, monday, sunday]
        assert before not in {e.session_id for e in week} and after not in {e.session_id for e in week}

    with pytest.raises(ValidationError) as caught, db.session() as s:
        sessions.sessions_between(s, date(2026, 11, 22), date(2026, 11, 16))
    assert caught.value.key == "session.range_reversed"
