"""The packed case ids of the desktop list agree with case_list's own query, filters and order."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from app.models import Case
from app.models.enums import Category, RiskLevel
from app.services import case_list, case_list_extra
from app.services.case_list import CaseFilter, SortKey
from app.services.case_list_extra import IdBlock
from app.storage.database import Database
from tests.conftest import ACTOR
from tests.factories import add_two_parties, assign_mediator, new_case


def test_an_id_block_reads_like_a_list() -> None:
    ids = [uuid.uuid4() for _ in range(5)]
    block = IdBlock.of(ids)
    assert len(block) == 5
    assert list(block) == ids
    assert block[0] == ids[0] and block[-1] == ids[-1]
    assert block.between(1, 3) == ids[1:3]
    assert block.between(3, 99) == ids[3:]
    assert block.index_of(ids[3]) == 3
    assert block.index_of(uuid.uuid4()) is None
    with pytest.raises(IndexError):
        block[5]
    assert len(IdBlock()) == 0


def test_index_of_counts_only_whole_ids() -> None:
    # An id whose bytes straddle two neighbours must not be "found" at an odd offset.
    first = uuid.UUID(bytes=bytes(range(16)))
    second = uuid.UUID(bytes=bytes(range(16, 32)))
    straddling = uuid.UUID(bytes=bytes(range(8, 24)))
    block = IdBlock.of([first, second, straddling])
    assert block.index_of(straddling) == 2


def _fill(db: Database) -> list[uuid.UUID]:
    with db.session(write=True, actor=ACTOR) as s:
        made = []
        for day, category, risk in (
            (date(2026, 9, 1), Category.FAMILY, RiskLevel.HIGH),
            (date(2026, 9, 15), Category.LABOUR, RiskLevel.LOW),
            (date(2026, 10, 1), Category.FAMILY, RiskLevel.LOW),
            (date(2026, 10, 2), Category.NEIGHBOUR, RiskLevel.MEDIUM),
        ):
            case = new_case(s, intake=day, category=category, risk_level=risk)
            made.append(case)
        add_two_parties(s, made[1])
        assign_mediator(s, made[2])
        return [c.id for c in made]


@pytest.mark.parametrize(
    "f",
    [
        CaseFilter(),
        CaseFilter(descending=False),
        CaseFilter(categories=[Category.FAMILY]),
        CaseFilter(high_risk=True),
        CaseFilter(sort=SortKey.NUMBER, descending=False),
        CaseFilter(sort=SortKey.CATEGORY),
        CaseFilter(text="ӨМІРБЕКОВ"),
        CaseFilter(text="-"),  # no words: nothing, like case_list
        CaseFilter(intake_from=date(2026, 9, 10), intake_to=date(2026, 10, 1)),
    ],
    ids=repr,
)
def test_the_block_holds_what_list_ids_gives(db: Database, f: CaseFilter) -> None:
    _fill(db)
    with db.session() as s:
        assert list(case_list_extra.list_id_block(s, f)) == case_list.list_ids(s, f)


def test_the_mediator_filter_agrees_with_case_list(db: Database) -> None:
    made = _fill(db)
    with db.session() as s:
        mediator = case_list_extra.mediator_choices(s, None)[0]
        f = CaseFilter(mediator_id=mediator.id)
        assert list(case_list_extra.list_id_block(s, f)) == case_list.list_ids(s, f) == [made[2]]
    assert mediator.name == "Сәрсенбаев Нұрлан" and mediator.active


def test_cases_without_a_deadline_come_last_both_ways(db: Database) -> None:
    made = _fill(db)
    with db.session(write=True, actor=ACTOR) as s:
        for case_id, deadline in ((made[0], date(2026, 10, 20)), (made[3], date(2026, 10, 5))):
            case = s.get(Case, case_id)
            assert case is not None
            case.deadline_on = deadline
    with db.session() as s:
        up = list(case_list_extra.list_id_block(s, CaseFilter(sort=SortKey.DEADLINE, descending=False)))
        down = list(case_list_extra.list_id_block(s, CaseFilter(sort=SortKey.DEADLINE, descending=True)))
    assert up[:2] == [made[3], made[0]]
    assert down[:2] == [made[0], made[3]]
    assert set(up[2:]) == set(down[2:]) == {made[1], made[2]}


def test_unit_ids_restrict_the_block(db: Database) -> None:
    _fill(db)
    with db.session() as s:
        assert len(case_list_extra.list_id_block(s, CaseFilter(unit_ids=[uuid.uuid4()]))) == 0
