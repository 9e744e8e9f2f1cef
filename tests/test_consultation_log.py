"""What the consultation screens read: a period's rows, counts by result, the quick log's defaults."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.errors import ValidationError
from app.models.enums import AgeGroup, Category, ConsultationResult, Language, Role, Sex
from app.models.reference import unit_id
from app.services import consultation_log, consultations, mediators, units, users
from app.services.consultations import ConsultationInput
from app.storage.database import Database
from tests.helpers_services import TODAY, new_mediator, write

KRD = unit_id("KZ-31-KRD")
CTR = unit_id("KZ-31-CTR")


def _log(db: Database, held_on: date, topic: Category, result: ConsultationResult, **extra: Any) -> None:
    with write(db) as s:
        data = ConsultationInput(extra.pop("unit_code", "KZ-31-KRD"), held_on, topic, result, **extra)
        consultations.log_consultation(s, data, today=TODAY)


def test_period_rows_are_plain_newest_first_and_of_the_units_asked(db: Database) -> None:
    with write(db) as s:
        mediator_id = new_mediator(s, last_name="Сәрсенбаев", middle_name="Қайратұлы").id
    _log(db, date(2026, 10, 31), Category.FAMILY, ConsultationResult.RESOLVED)
    _log(
        db,
        date(2026, 11, 2),
        Category.LABOUR,
        ConsultationResult.INFORMATION_GIVEN,
        mediator_id=mediator_id,
        language=Language.KAZAKH,
        sex=Sex.MALE,
        age_group=AgeGroup.AGE_60_PLUS,
        inter_ethnic=True,
        note=" Жалақы ",
    )
    _log(db, date(2026, 11, 18), Category.RELIGIOUS, ConsultationResult.REFERRED_ELSEWHERE)
    _log(db, date(2026, 11, 10), Category.FAMILY, ConsultationResult.RESOLVED, unit_code="KZ-31-CTR")

    with db.session() as s:
        rows = consultation_log.period_rows(s, [KRD], date(2026, 11, 1), date(2026, 11, 30))
        everywhere = consultation_log.period_rows(s, None, date(2026, 11, 1), date(2026, 11, 30))
    assert [(r.held_on, r.topic) for r in rows] == [
        (date(2026, 11, 18), Category.RELIGIOUS),
        (date(2026, 11, 2), Category.LABOUR),
    ]
    labour = rows[1]
    assert (labour.unit_code, labour.mediator_name, labour.note) == (
        "KZ-31-KRD",
        "Сәрсенбаев Нұрлан Қайратұлы",
        "Жалақы",
    )
    assert (labour.language, labour.sex, labour.age_group, labour.inter_ethnic) == (
        Language.KAZAKH,
        Sex.MALE,
        AgeGroup.AGE_60_PLUS,
        True,
    )
    assert rows[0].mediator_name is None and rows[0].inter_ethnic is False
    assert sorted(r.unit_code for r in everywhere) == ["KZ-31-CTR", "KZ-31-KRD", "KZ-31-KRD"]


def test_a_reversed_period_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as caught, db.session() as s:
        consultation_log.period_rows(s, [KRD], date(2026, 11, 30), date(2026, 11, 1))
    assert caught.value.key == "consultation.range_reversed"


def test_counts_by_result_name_every_result(db: Database) -> None:
    for result in (
        ConsultationResult.RESOLVED,
        ConsultationResult.RESOLVED,
        ConsultationResult.REFERRED_ELSEWHERE,
    ):
        _log(db, date(2026, 11, 3), Category.NEIGHBOUR, result)
    with db.session() as s:
        rows = consultation_log.period_rows(s, [KRD], date(2026, 11, 1), date(2026, 11, 30))
    assert consultation_log.counts_by_result(rows) == {
        ConsultationResult.RESOLVED: 2,
        ConsultationResult.INFORMATION_GIVEN: 0,
        ConsultationResult.REFERRED_TO_MEDIATION: 0,
        ConsultationResult.REFERRED_ELSEWHERE: 1,
    }
    assert consultation_log.counts_by_result([]) == dict.fromkeys(ConsultationResult, 0)


@pytest.mark.parametrize(
    ("day", "first", "last"),
    [
        (date(2026, 11, 20), date(2026, 11, 1), date(2026, 11, 30)),
        (date(2026, 12, 31), date(2026, 12, 1), date(2026, 12, 31)),
        (date(2028, 2, 1), date(2028, 2, 1), date(2028, 2, 29)),
    ],
)
def test_month_of(day: date, first: date, last: date) -> None:
    assert consultation_log.month_of(day) == (first, last)


def test_unit_choices_put_the_own_unit_first_and_leave_out_units_not_open(db: Database) -> None:
    with db.session() as s:
        council = units.by_code(s, "KZ-31-MC")
        subtree = units.subtree_ids(s, council.id)
        now = consultation_log.unit_choices(s, subtree, council.id, TODAY)
        # District assemblies opened on 01.01.2025: in 2024 the council could not log for Korday.
        before = consultation_log.unit_choices(s, subtree, council.id, date(2024, 6, 1))
    assert now[0].code == "KZ-31-MC" and now[0].name("ru") == "Совет медиации (Жамбылская область)"
    rest = [c.code for c in now[1:]]
    assert rest == sorted(rest) and {"KZ-31-CTR", "KZ-31-KRD"} <= set(rest)
    assert "KZ-31-KRD" not in {c.code for c in before} and "KZ-31-CTR" in {c.code for c in before}


def test_mediator_choices_are_the_active_ones_of_exactly_that_unit(db: Database) -> None:
    with write(db) as s:
        active = new_mediator(s, last_name="Әбдірахманова").id
        gone = new_mediator(s, last_name="Бекмұхамбетов")
        mediators.deactivate_mediator(s, gone)
        new_mediator(s, last_name="Орталықов", unit_code="KZ-31-CTR")
    with db.session() as s:
        choices = consultation_log.mediator_choices(s, KRD)
    assert [(c.mediator_id, c.name) for c in choices] == [(active, "Әбдірахманова Нұрлан")]


def test_the_users_mediator_and_the_last_one_named(db: Database) -> None:
    with write(db) as s:
        first = new_mediator(s, last_name="Алдабергенов").id
        second = new_mediator(s, last_name="Тоқтарова").id
        linked = users.create_user(
            s, "toktarova", "Тоқтарова Ә.", "Kordai-2026", Role.MEDIATOR, "KZ-31-KRD", second
        )
        plain = users.create_user(s, "clerk", "Іс жүргізуші", "Kordai-2026", Role.MEDIATOR, "KZ-31-KRD")
    with db.session() as s:
        assert consultation_log.last_mediator_id(s, KRD) is None
        assert consultation_log.user_mediator_id(s, linked.id) == second
        assert consultation_log.user_mediator_id(s, plain.id) is None
        assert consultation_log.user_mediator_id(s, None) is None
    _log(db, date(2026, 11, 5), Category.FAMILY, ConsultationResult.RESOLVED, mediator_id=second)
    _log(
        db, date(2026, 11, 3), Category.FAMILY, ConsultationResult.RESOLVED, mediator_id=first
    )  # logged later
    _log(db, date(2026, 11, 6), Category.FAMILY, ConsultationResult.RESOLVED)  # names nobody
    with db.session() as s:
        assert consultation_log.last_mediator_id(s, KRD) == first  # the last logged, not the last held
        assert consultation_log.last_mediator_id(s, CTR) is None
