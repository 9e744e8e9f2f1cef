"""The Home page's summary for Friday 20.11.2026, against a register built by hand.

| case | unit | what                                                            | on the Home page                 |
|------|------|-----------------------------------------------------------------|----------------------------------|
| late | KRD  | agreement 15.10 -> term ended 14.11                             | past the term, 6 days            |
| busy | KRD  | agreement 05.11; sessions today 15:00 and 09:30, one on 19.11   | today's two sessions, by time    |
| kept | KRD  | agreement 25.10, settled (ended) 10.11; due 17.11, 25.11, 15.12 | obligations -3 and +5            |
| new1 | KRD  | received 02.11                                                  | received this month              |
| new2 | KRD  | received 20.11                                                  | received this month              |
| away | CTR  | agreement 01.10 -> overdue; a session today                     | only for the council (CTR's own) |
A consultation on 12.11 in KRD and one on 30.10 (last month).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from app.models import Case
from app.models.enums import Category, ConsultationResult, SessionKind
from app.models.reference import unit_id
from app.services import consultations, home, sessions
from app.services.consultations import ConsultationInput
from app.services.sessions import SessionInput
from app.storage.database import Database
from tests.helpers_services import TODAY, mediating_case, new_case, settled_case, write

KRD = [unit_id("KZ-31-KRD")]


def _session(s: Session, case: Case, day: date, start: str, place: str) -> None:
    sessions.add_session(
        s,
        case,
        SessionInput(held_on=day, kind=SessionKind.JOINT, start_time=start, duration_minutes=60, place=place),
        today=TODAY,
    )


def _build(db: Database) -> dict[str, str]:
    numbers: dict[str, str] = {}
    with write(db) as s:
        numbers["late"] = mediating_case(s, signed=date(2026, 10, 15)).number
        busy = mediating_case(s, intake=date(2026, 11, 1), signed=date(2026, 11, 5))
        _session(s, busy, TODAY, "15:00", "Достық үйі, 2-кабинет")
        _session(s, busy, TODAY, "09:30", "Әкімдік, 104")
        _session(s, busy, date(2026, 11, 19), "11:00", "Достық үйі")
        numbers["busy"] = busy.number
        kept = settled_case(
            s,
            signed=date(2026, 10, 25),
            settled_on=date(2026, 11, 10),
            dues=(date(2026, 11, 17), date(2026, 11, 25), date(2026, 12, 15)),
        )
        numbers["kept"] = kept.number
        numbers["new1"] = new_case(s, intake=date(2026, 11, 2)).number
        numbers["new2"] = new_case(s, intake=TODAY).number
        away = mediating_case(s, unit="KZ-31-CTR", intake=date(2026, 9, 25), signed=date(2026, 10, 1))
        _session(s, away, TODAY, "10:00", "Орталық")
        numbers["away"] = away.number
        for held_on in (date(2026, 11, 12), date(2026, 10, 30)):
            consultations.log_consultation(
                s,
                ConsultationInput(
                    "KZ-31-KRD", held_on, Category.FAMILY, ConsultationResult.INFORMATION_GIVEN
                ),
                today=TODAY,
            )
    return numbers


def test_the_day_of_a_centre(db: Database) -> None:
    n = _build(db)
    with db.session() as s:
        summary = home.summary(s, KRD, TODAY)
    assert summary.today == TODAY and not summary.nothing_today
    # Today's sessions in the order of the day, the CTR one left out; yesterday's is not today's.
    assert [(e.start_time, e.case_number, e.place) for e in summary.sessions] == [
        ("09:30", n["busy"], "Әкімдік, 104"),
        ("15:00", n["busy"], "Достық үйі, 2-кабинет"),
    ]
    assert [(c.number, c.deadline_on, c.days_overdue) for c in summary.overdue] == [
        (n["late"], date(2026, 11, 14), 6)
    ]
    assert summary.obligation_days == 7
    assert [(o.number, o.due_on, o.days_left) for o in summary.obligations] == [
        (n["kept"], date(2026, 11, 17), -3),
        (n["kept"], date(2026, 11, 25), 5),
    ]


def test_this_months_figures_count_as_the_report_does(db: Database) -> None:
    _build(db)
    with db.session() as s:
        month = home.summary(s, KRD, TODAY).month
    assert (month.start, month.end) == (date(2026, 11, 1), TODAY)
    assert month.received == 3  # busy (01.11), new1, new2; late and kept came in October
    assert month.ended == month.settled == 1  # kept, settled on 10.11
    assert month.consultations == 1  # the one of 30.10 is last month's
    assert month.sessions == 3  # held by today: 19.11 and the two of today; none planned later
    assert month.open_now == 5  # every KRD case: none is closed (kept is in follow-up)


def test_a_council_sees_its_centres_day_and_an_empty_day_is_empty(db: Database) -> None:
    n = _build(db)
    council = [unit_id("KZ-31-KRD"), unit_id("KZ-31-CTR")]
    with db.session() as s:
        summary = home.summary(s, council, TODAY)
        quiet = home.summary(s, KRD, date(2026, 8, 3))
    assert [e.case_number for e in summary.sessions] == [n["busy"], n["away"], n["busy"]]
    assert {c.number for c in summary.overdue} == {n["late"], n["away"]}
    assert quiet.nothing_today
    assert quiet.month.received == quiet.month.sessions == quiet.month.open_now == 0
