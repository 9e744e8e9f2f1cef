"""The register as the desktop program reads it: rows with their load, one mediator's details, one save."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from app.errors import ConflictError, ValidationError, WorkflowError
from app.models.enums import CaseStatus, Exclusion, MediatorKind
from app.models.reference import unit_id
from app.services import cases, mediator_registry, mediators, units
from app.services.mediator_registry import TrainingInput
from app.storage.database import Database
from tests.helpers_services import (
    TODAY,
    assign,
    dump,
    mediating_case,
    mediator_input,
    new_case,
    new_mediator,
    write,
)


def _unit_ids(db: Database, code: str = "KZ-31-KRD") -> list[uuid.UUID]:
    with db.session() as s:
        return units.subtree_ids(s, units.by_code(s, code).id)


def test_rows_carry_the_open_case_load_that_mediator_load_counts(db: Database) -> None:
    with write(db) as s:
        busy = new_mediator(s, last_name="Әбенова", first_name="Гүлнар")
        idle = new_mediator(s, last_name="Ахметов", first_name="Серік")
        mediating_case(s, mediator=busy)  # in mediation: open
        assign(s, new_case(s), busy)  # at intake: open
        rejected = new_case(s)
        assign(s, rejected, busy)
        cases.reject_case(s, rejected, Exclusion.CORRUPTION_CRIME, today=TODAY)  # final: not counted
        released = new_case(s)
        assign(s, released, idle)
        mediators.release_mediator(s, released, idle, date(2026, 10, 7), today=TODAY)  # released: not counted
        busy_id, idle_id = busy.id, idle.id
    ids = _unit_ids(db)
    with db.session() as s:
        rows = {r.id: r for r in mediator_registry.registry(s, ids)}
        load = {m.mediator_id: m.open_cases for m in mediators.mediator_load(s, ids)}
    assert rows[busy_id].open_cases == 2
    assert rows[idle_id].open_cases == 0
    assert {i: r.open_cases for i, r in rows.items()} == load
    assert rows[busy_id].unit_code == "KZ-31-KRD"
    assert rows[busy_id].languages == ("kk", "ru")


def test_inactive_mediators_only_when_asked_and_other_units_never(db: Database) -> None:
    with write(db) as s:
        gone = new_mediator(s, last_name="Петров", first_name="Иван")
        mediators.deactivate_mediator(s, gone)
        new_mediator(s, last_name="Байжанов", first_name="Ерлан")
        new_mediator(s, last_name="Другой", first_name="Регион", unit_code="KZ-75-CTR")
    ids = _unit_ids(db)
    with db.session() as s:
        active = [r.last_name for r in mediator_registry.registry(s, ids)]
        every = [(r.last_name, r.active) for r in mediator_registry.registry(s, ids, include_inactive=True)]
    assert active == ["Байжанов"]
    assert every == [("Байжанов", True), ("Петров", False)]


def test_names_sort_in_kazakh_alphabetical_order(db: Database) -> None:
    with write(db) as s:
        for last in ("Сушанло", "Өмірбекова", "Абаев", "Әлиев", "Қасымов", "Кенжеев"):
            new_mediator(s, last_name=last)
    with db.session() as s:
        names = [r.last_name for r in mediator_registry.registry(s, None)]
    # SQL's code-point order would put Ә, Қ and Ө after С.
    assert names == ["Абаев", "Әлиев", "Кенжеев", "Қасымов", "Өмірбекова", "Сушанло"]
    assert mediator_registry.collation_key("ә") < mediator_registry.collation_key("б")
    assert mediator_registry.collation_key("Я") < mediator_registry.collation_key("A")


def test_detail_lists_trainings_and_the_open_cases_only(db: Database) -> None:
    with write(db) as s:
        mediator = new_mediator(s)
        mediators.add_training(
            s, mediator, "Этномедиация негіздері", "ҚХА", date(2025, 5, 2), 72, today=TODAY
        )
        mediators.add_training(s, mediator, "Basic course", None, date(2024, 2, 1), today=TODAY)
        open_case = mediating_case(s, mediator=mediator)
        closed = new_case(s)
        assign(s, closed, mediator)
        cases.reject_case(s, closed, Exclusion.CORRUPTION_CRIME, today=TODAY)
        mediator_id, number, case_id = mediator.id, open_case.number, open_case.id
    with db.session() as s:
        found = mediator_registry.detail(s, mediator_id)
    assert [t.title for t in found.trainings] == ["Basic course", "Этномедиация негіздері"]
    assert found.trainings[1].hours == 72
    assert [(c.case_id, c.number, c.status, c.lead) for c in found.open_cases] == [
        (case_id, number, CaseStatus.IN_MEDIATION, True)
    ]
    assert found.mediator.open_cases == 1


def test_save_creates_with_trainings_and_input_of_round_trips(db: Database) -> None:
    data = mediator_input(kind=MediatorKind.PROFESSIONAL, register_number="ПМ-001", phone="+77011234567")
    with write(db) as s:
        mediator_id = mediator_registry.save_mediator(
            s,
            data,
            new_trainings=[TrainingInput("Курс медиатора", "АНК", date(2025, 1, 10), 120)],
            today=TODAY,
        )
    with db.session() as s:
        found = mediator_registry.detail(s, mediator_id)
    assert found.mediator.register_number == "ПМ-001"
    assert found.mediator.phone == "+7 701 123 45 67"
    assert [(t.title, t.hours) for t in found.trainings] == [("Курс медиатора", 120)]
    again = mediator_registry.input_of(found.mediator)
    assert again.languages == ["kk", "ru"] and again.kind is MediatorKind.PROFESSIONAL


def test_a_refused_training_leaves_the_new_mediator_unsaved(db: Database) -> None:
    before = dump(db)
    bad = TrainingInput("Курс", None, date(2027, 1, 1))  # in the future
    with pytest.raises(ValidationError) as caught, write(db) as s:
        mediator_registry.save_mediator(s, mediator_input(), new_trainings=[bad], today=TODAY)
    assert caught.value.key == "training.completed_on.in_future"
    assert dump(db) == before


def test_update_based_on_an_old_version_is_refused(db: Database) -> None:
    with write(db) as s:
        mediator = new_mediator(s)
        mediator_id, version = mediator.id, mediator.version
    with write(db) as s:
        mediator_registry.save_mediator(
            s,
            mediator_input(first_name="Бірінші"),
            mediator_id=mediator_id,
            expected_version=version,
            today=TODAY,
        )
    with pytest.raises(ConflictError) as caught, write(db) as s:
        mediator_registry.save_mediator(
            s,
            mediator_input(first_name="Екінші"),
            mediator_id=mediator_id,
            expected_version=version,
            today=TODAY,
        )
    assert caught.value.key == "record.changed_elsewhere"
    with db.session() as s:
        assert mediator_registry.detail(s, mediator_id).mediator.first_name == "Бірінші"


def test_set_active_refuses_while_open_cases_are_held(db: Database) -> None:
    with write(db) as s:
        mediator = new_mediator(s)
        mediating_case(s, mediator=mediator)
        free = new_mediator(s, last_name="Бос")
        mediator_id, free_id = mediator.id, free.id
    with pytest.raises(WorkflowError) as caught, write(db) as s:
        mediator_registry.set_active(s, mediator_id, False)
    assert caught.value.key == "mediator.has_open_cases"
    with write(db) as s:
        assert mediator_registry.set_active(s, free_id, False).active is False
    with write(db) as s:
        assert mediator_registry.set_active(s, free_id, True).active is True


def test_check_training_uses_the_services_rules() -> None:
    mediator_registry.check_training(TrainingInput("Курс", None, TODAY, 8), today=TODAY)
    for training, key in (
        (TrainingInput("  ", None, TODAY), "training.title.required"),
        (TrainingInput("Курс", None, date(2026, 11, 21)), "training.completed_on.in_future"),
        (TrainingInput("Курс", None, TODAY, 0), "training.hours.out_of_range"),
    ):
        with pytest.raises(ValidationError) as caught:
            mediator_registry.check_training(training, today=TODAY)
        assert caught.value.key == key


def test_unit_options_are_the_open_units_of_the_subtree(db: Database) -> None:
    with db.session() as s:
        region = units.by_code(s, "KZ-31-MC")
        ids = units.subtree_ids(s, region.id)
        options = mediator_registry.unit_options(s, ids, "ru")
    codes = [o.code for o in options]
    assert "KZ-31-MC" in codes and "KZ-31-KRD" in codes
    assert all(code.startswith("KZ-31") for code in codes)
    assert unit_id("KZ-31-KRD") in {o.id for o in options}
