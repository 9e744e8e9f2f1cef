"""The "needs attention" lists for a fixed today (20.11.2026), against a register built by hand.

With the default settings (term 30 days, due soon 7 days, 10 days to answer a proposal):

| case | unit | what                                                          | expected                       |
|------|------|---------------------------------------------------------------|--------------------------------|
| A    | KRD  | proposal 20.09, agreement 01.10 -> deadline 31.10             | overdue 20 days                |
| B    | KRD  | agreement 20.10 -> deadline 19.11                             | overdue 1 day                  |
| C    | KRD  | agreement 21.10 -> deadline 20.11 (today)                     | due soon, 0 days left          |
| D    | KRD  | agreement 28.10 -> deadline 27.11; settlement, due 25.11      | due soon, 7 left; obligation 5 |
| E    | KRD  | agreement 29.10 -> deadline 28.11                             | nothing (8 days left)          |
| F    | KRD  | agreement 01.10, extended 30 days -> deadline 30.11           | nothing                        |
| G    | CTR  | agreement 05.10 -> deadline 04.11                             | overdue 16 days                |
| H    | KRD  | settlement due 01.11, then terminated (closed)                | nothing                        |
| S    | KRD  | settled, follow-up; due 05.11 (kept), 10.11, 27.11, 28.11     | obligations -10 and +7         |
| P1   | KRD  | at intake, proposal 05.11 (answer due 15.11)                  | unanswered, 5 days over        |
| P2   | KRD  | at intake, proposal 10.11 (answer due 20.11)                  | nothing (still today)          |
| P3   | KRD  | at intake, proposal 09.11 (answer due 19.11)                  | unanswered, 1 day over         |
| P4   | KRD  | at intake, no proposal                                        | nothing                        |
| P5   | CTR  | at intake, proposal 02.11 (answer due 12.11)                  | unanswered, 8 days over        |
| R    | KRD  | proposal 01.11, then rejected                                 | nothing                        |
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.models import Case
from app.models.enums import Exclusion, ObligationStatus, Outcome, TerminationReason
from app.models.reference import unit_id
from app.services import cases, deadlines, settings, settlements
from app.services.settlements import ObligationInput
from app.storage.database import Database
from tests.helpers_services import (
    TODAY,
    add_parties,
    assign,
    ended_at,
    mediating_case,
    new_case,
    settled_case,
    write,
)

KRD = [unit_id("KZ-31-KRD")]
CTR = [unit_id("KZ-31-CTR")]


@dataclass
class World:
    numbers: dict[str, str]
    obligations: dict[str, uuid.UUID]


def _proposed(s: Session, sent_on: date, *, unit: str = "KZ-31-KRD") -> Case:
    case = new_case(s, unit=unit, intake=date(2026, 11, 1))
    cases.record_proposal(s, case, sent_on, today=TODAY)
    return case


@pytest.fixture
def world(db: Database) -> World:
    numbers: dict[str, str] = {}
    obligations: dict[str, uuid.UUID] = {}
    with write(db) as s:
        a = new_case(s, intake=date(2026, 9, 15))
        cases.record_proposal(s, a, date(2026, 9, 20), today=TODAY)
        add_parties(s, a)
        assign(s, a)
        cases.sign_agreement(s, a, date(2026, 10, 1), today=TODAY)
        numbers["A"] = a.number

        numbers["B"] = mediating_case(s, signed=date(2026, 10, 20)).number
        numbers["C"] = mediating_case(s, signed=date(2026, 10, 21)).number
        d = mediating_case(s, signed=date(2026, 10, 28))
        agreement = settlements.record_settlement(
            s,
            d,
            date(2026, 11, 1),
            "Қарыз",
            None,
            [ObligationInput(None, "Қарызды қайтару", date(2026, 11, 25))],
            today=TODAY,
        )
        numbers["D"] = d.number
        obligations["D"] = agreement.obligations[0].id
        numbers["E"] = mediating_case(s, signed=date(2026, 10, 29)).number
        f = mediating_case(s, intake=date(2026, 9, 25), signed=date(2026, 10, 1))
        cases.extend_term(s, f, 30, "Тараптар уақыт сұрады", True, date(2026, 10, 25), today=TODAY)
        numbers["F"] = f.number
        numbers["G"] = mediating_case(
            s, unit="KZ-31-CTR", intake=date(2026, 10, 1), signed=date(2026, 10, 5)
        ).number

        h = mediating_case(s, intake=date(2026, 9, 25), signed=date(2026, 10, 1))
        settlements.record_settlement(
            s,
            h,
            date(2026, 10, 10),
            "Шекара",
            None,
            [ObligationInput(None, "Қоршау", date(2026, 11, 1))],
            today=TODAY,
        )
        cases.record_outcome(
            s,
            h,
            Outcome.TERMINATED,
            TerminationReason.PARTY_WITHDREW,
            ended_at=ended_at(date(2026, 10, 15)),
            today=TODAY,
        )
        numbers["H"] = h.number

        settled = settled_case(
            s,
            settled_on=date(2026, 10, 15),
            ended_on=date(2026, 10, 16),
            dues=(date(2026, 11, 5), date(2026, 11, 10), date(2026, 11, 27), date(2026, 11, 28)),
        )
        numbers["S"] = settled.number
        agreement_s = settlements.agreement_of(s, settled)
        assert agreement_s is not None
        for label, obligation in zip(("S1", "S2", "S3", "S4"), agreement_s.obligations, strict=True):
            obligations[label] = obligation.id
        settlements.check_obligation(
            s, agreement_s.obligations[0], ObligationStatus.KEPT, date(2026, 11, 6), today=TODAY
        )

        numbers["P1"] = _proposed(s, date(2026, 11, 5)).number
        numbers["P2"] = _proposed(s, date(2026, 11, 10)).number
        numbers["P3"] = _proposed(s, date(2026, 11, 9)).number
        numbers["P4"] = new_case(s, intake=date(2026, 11, 1)).number
        numbers["P5"] = _proposed(s, date(2026, 11, 2), unit="KZ-31-CTR").number
        r = _proposed(s, date(2026, 11, 1))
        cases.reject_case(s, r, Exclusion.THIRD_PARTY_RIGHTS, today=TODAY)
        numbers["R"] = r.number
    return World(numbers, obligations)


def _labels(world: World, numbers: list[str]) -> list[str]:
    by_number = {n: label for label, n in world.numbers.items()}
    return [by_number[n] for n in numbers]


def test_overdue_cases(db: Database, world: World) -> None:
    with db.session() as s:
        overdue = deadlines.overdue_cases(s, TODAY)
        assert [(r.number, r.deadline_on, r.days_left, r.days_overdue) for r in overdue] == [
            (world.numbers["A"], date(2026, 10, 31), -20, 20),
            (world.numbers["G"], date(2026, 11, 4), -16, 16),
            (world.numbers["B"], date(2026, 11, 19), -1, 1),
        ]
        assert [r.unit_code for r in overdue] == ["KZ-31-KRD", "KZ-31-CTR", "KZ-31-KRD"]
        assert overdue[0].agreement_signed_on == date(2026, 10, 1)
        assert _labels(world, [r.number for r in deadlines.overdue_cases(s, TODAY, KRD)]) == ["A", "B"]
        assert _labels(world, [r.number for r in deadlines.overdue_cases(s, TODAY, CTR)]) == ["G"]
        assert deadlines.overdue_cases(s, TODAY, []) == []


def test_due_soon(db: Database, world: World) -> None:
    with db.session() as s:
        soon = deadlines.due_soon(s, TODAY)
        assert [(r.number, r.deadline_on, r.days_left, r.days_overdue) for r in soon] == [
            (world.numbers["C"], date(2026, 11, 20), 0, 0),
            (world.numbers["D"], date(2026, 11, 27), 7, 0),
        ]
        assert deadlines.due_soon(s, TODAY, CTR) == []


def test_unanswered_proposals_count_as_refused(db: Database, world: World) -> None:
    with db.session() as s:
        unanswered = deadlines.unanswered_proposals(s, TODAY)
        assert [(r.number, r.proposal_sent_on, r.answer_due_on, r.days_overdue) for r in unanswered] == [
            (world.numbers["P5"], date(2026, 11, 2), date(2026, 11, 12), 8),
            (world.numbers["P1"], date(2026, 11, 5), date(2026, 11, 15), 5),
            (world.numbers["P3"], date(2026, 11, 9), date(2026, 11, 19), 1),
        ]
        assert unanswered[0].intake_date == date(2026, 11, 1)
        krd = deadlines.unanswered_proposals(s, TODAY, KRD)
        assert _labels(world, [r.number for r in krd]) == ["P1", "P3"]


def test_obligations_due_or_overdue(db: Database, world: World) -> None:
    with db.session() as s:
        due = deadlines.obligations_due(s, TODAY)
        assert [(r.obligation_id, r.number, r.due_on, r.days_left, r.days_overdue) for r in due] == [
            (world.obligations["S2"], world.numbers["S"], date(2026, 11, 10), -10, 10),
            (world.obligations["D"], world.numbers["D"], date(2026, 11, 25), 5, 0),
            (world.obligations["S3"], world.numbers["S"], date(2026, 11, 27), 7, 0),
        ]
        assert due[1].description == "Қарызды қайтару"
        assert deadlines.obligations_due(s, TODAY, CTR) == []


def test_the_windows_come_from_the_settings(db: Database, world: World) -> None:
    with write(db) as s:
        settings.set_value(s, "deadlines.due_soon_days", 8)
        settings.set_value(s, "mediation.proposal_answer_days", 9)
    with db.session() as s:
        assert _labels(world, [r.number for r in deadlines.due_soon(s, TODAY)]) == ["C", "D", "E"]
        assert [r.obligation_id for r in deadlines.obligations_due(s, TODAY)] == [
            world.obligations["S2"],
            world.obligations["D"],
            world.obligations["S3"],
            world.obligations["S4"],
        ]
        unanswered = deadlines.unanswered_proposals(s, TODAY)
        assert [(r.number, r.days_overdue) for r in unanswered] == [
            (world.numbers["P5"], 9),
            (world.numbers["P1"], 6),
            (world.numbers["P3"], 2),
            (world.numbers["P2"], 1),
        ]


def test_summary_holds_the_four_lists(db: Database, world: World) -> None:
    with db.session() as s:
        everything = deadlines.summary(s, TODAY)
        assert everything.today == TODAY
        assert everything.overdue == deadlines.overdue_cases(s, TODAY)
        assert everything.due_soon == deadlines.due_soon(s, TODAY)
        assert everything.unanswered_proposals == deadlines.unanswered_proposals(s, TODAY)
        assert everything.obligations == deadlines.obligations_due(s, TODAY)
        assert everything.total == 3 + 2 + 3 + 3

        centre = deadlines.summary(s, TODAY, CTR)
        assert _labels(world, [r.number for r in centre.overdue]) == ["G"]
        assert _labels(world, [r.number for r in centre.unanswered_proposals]) == ["P5"]
        assert (centre.due_soon, centre.obligations, centre.total) == ([], [], 2)


def test_a_day_later_the_lists_move(db: Database, world: World) -> None:
    tomorrow = date(2026, 11, 21)
    with db.session() as s:
        later = deadlines.summary(s, tomorrow, KRD)
        assert _labels(world, [r.number for r in later.overdue]) == ["A", "B", "C"]
        assert _labels(world, [r.number for r in later.due_soon]) == ["D", "E"]
        assert _labels(world, [r.number for r in later.unanswered_proposals]) == ["P1", "P3", "P2"]


def test_an_empty_register_needs_no_attention(db: Database) -> None:
    with db.session() as s:
        nothing = deadlines.summary(s, TODAY)
    assert (nothing.overdue, nothing.due_soon, nothing.unanswered_proposals, nothing.obligations) == (
        [],
        [],
        [],
        [],
    )
