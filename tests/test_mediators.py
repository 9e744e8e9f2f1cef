"""The mediator register, conflict-of-interest declarations, assignments and the workload list."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from app.errors import ConflictError, NotFoundError, ValidationError, WorkflowError
from app.models import ConflictDeclaration, Mediator, MediatorAssignment, MediatorTraining
from app.models.enums import AuditAction, Exclusion, MediatorKind, Outcome, TerminationReason
from app.models.reference import unit_id
from app.services import cases, mediators
from app.storage.database import Database
from tests.helpers_services import (
    TODAY,
    assign,
    audit_rows,
    dump,
    ended_at,
    mediator_input,
    new_case,
    new_mediator,
    refused,
    write,
)


def _mediator(db: Database, **overrides: Any) -> uuid.UUID:
    with write(db) as s:
        return new_mediator(s, **overrides).id


def _case(db: Database, *, intake: date = date(2026, 10, 5), unit: str = "KZ-31-KRD") -> uuid.UUID:
    with write(db) as s:
        return new_case(s, intake=intake, unit=unit).id


def _declare(
    db: Database, case_id: uuid.UUID, mediator_id: uuid.UUID, conflict: bool, note: str | None = None
) -> None:
    with write(db) as s:
        mediators.declare_conflict(
            s, cases.get(s, case_id), mediators.get(s, mediator_id), conflict, note, today=TODAY
        )


def _assign(
    db: Database,
    case_id: uuid.UUID,
    mediator_id: uuid.UUID,
    *,
    on: date = date(2026, 10, 6),
    lead: bool = True,
) -> uuid.UUID:
    with write(db) as s:
        return mediators.assign_mediator(
            s, cases.get(s, case_id), mediators.get(s, mediator_id), lead=lead, assigned_on=on, today=TODAY
        ).id


def _assignments(db: Database, case_id: uuid.UUID) -> list[tuple[uuid.UUID, bool, date, date | None]]:
    with db.session() as s:
        return [
            (a.mediator_id, a.lead, a.assigned_on, a.released_on)
            for a in s.scalars(select(MediatorAssignment).where(MediatorAssignment.case_id == case_id))
        ]


# --- the register -------------------------------------------------------------------------------


def test_create_mediator_stores_cleaned_values_and_audits_them(db: Database) -> None:
    with write(db) as s:
        mediator = mediators.create_mediator(
            s,
            mediator_input(
                last_name="  Әбдірахманова ",
                first_name="Гүлнар",
                middle_name=" ",
                kind=MediatorKind.PROFESSIONAL,
                register_number=" ПМ-0042 ",
                languages=["kk", "ru", "kk", "ug"],
                specialisations=["family"],
                phone="+7 701 234 56 78",
                email="gulnar@example.kz",
            ),
            today=TODAY,
        )
        mediator_id = mediator.id

    with db.session() as s:
        saved = mediators.get(s, mediator_id)
        assert saved.full_name == "Әбдірахманова Гүлнар"
        assert saved.middle_name is None
        assert saved.register_number == "ПМ-0042"
        assert saved.languages == ["kk", "ru", "ug"]
        assert saved.specialisations == ["family"]
        assert saved.phone == "+7 701 234 56 78"
        assert saved.active is True
        assert saved.unit_id == unit_id("KZ-31-KRD")

    (created,) = audit_rows(db, "mediators", mediator_id)
    assert created.action is AuditAction.CREATE
    assert created.actor == "test"
    assert created.changes["last_name"] == [None, "Әбдірахманова"]
    assert created.changes["register_number"] == [None, "ПМ-0042"]


@pytest.mark.parametrize(
    ("overrides", "key"),
    [
        ({"last_name": "   "}, "mediator.last_name.required"),
        ({"first_name": ""}, "mediator.first_name.required"),
        ({"registered_on": date(2026, 11, 21)}, "mediator.registered_on.in_future"),
        ({"kind": MediatorKind.PROFESSIONAL, "register_number": None}, "mediator.register_number.required"),
        ({"kind": MediatorKind.PROFESSIONAL, "register_number": "  "}, "mediator.register_number.required"),
        ({"languages": ["kk", "klingon"]}, "mediator.language_unknown"),
        ({"specialisations": ["family", "cooking"]}, "mediator.specialisation_unknown"),
        ({"phone": "8 701 234"}, "mediator.phone_format"),
        ({"email": "not an address"}, "mediator.email_format"),
    ],
)
def test_create_mediator_refuses_bad_input(db: Database, overrides: dict[str, Any], key: str) -> None:
    refused(
        db,
        ValidationError,
        key,
        lambda s: mediators.create_mediator(s, mediator_input(**overrides), today=TODAY),
    )


def test_public_mediator_needs_no_register_number(db: Database) -> None:
    mediator_id = _mediator(db, kind=MediatorKind.PUBLIC, register_number=None)
    with db.session() as s:
        assert mediators.get(s, mediator_id).register_number is None


def test_create_mediator_needs_a_known_unit_open_today(db: Database) -> None:
    refused(
        db,
        NotFoundError,
        "unit.not_found",
        lambda s: mediators.create_mediator(s, mediator_input(unit_code="KZ-99-XXX"), today=TODAY),
    )
    # District assemblies opened in 2025.
    refused(
        db,
        ValidationError,
        "unit.closed_on_date",
        lambda s: mediators.create_mediator(s, mediator_input(registered_on=None), today=date(2024, 6, 1)),
    )


def test_update_mediator_audits_old_and_new_values(db: Database) -> None:
    mediator_id = _mediator(db, phone="+7 701 111 22 33")
    with write(db) as s:
        mediator = mediators.get(s, mediator_id)
        version = mediator.version
        mediators.update_mediator(
            s,
            mediator,
            mediator_input(phone="+77019998877", unit_code="KZ-31-CTR", languages=["ru"]),
            expected_version=version,
            today=TODAY,
        )

    with db.session() as s:
        saved = mediators.get(s, mediator_id)
        assert saved.phone == "+7 701 999 88 77"
        assert saved.unit_id == unit_id("KZ-31-CTR")
        assert saved.languages == ["ru"]
        assert saved.version == version + 1

    updated = [row for row in audit_rows(db, "mediators", mediator_id) if row.action is AuditAction.UPDATE]
    assert len(updated) == 1
    assert updated[0].changes["phone"] == ["+7 701 111 22 33", "+7 701 999 88 77"]
    assert updated[0].changes["unit_id"] == [str(unit_id("KZ-31-KRD")), str(unit_id("KZ-31-CTR"))]
    assert updated[0].changes["languages"] == [["kk", "ru"], ["ru"]]


def test_refused_update_leaves_the_mediator_as_it_was(db: Database) -> None:
    mediator_id = _mediator(db)

    def update(**overrides: Any) -> Any:
        return lambda s: mediators.update_mediator(
            s, mediators.get(s, mediator_id), mediator_input(**overrides), today=TODAY
        )

    refused(db, ValidationError, "mediator.register_number.required", update(kind=MediatorKind.PROFESSIONAL))
    refused(db, ValidationError, "mediator.first_name.required", update(first_name=" "))
    refused(
        db,
        ConflictError,
        "record.changed_elsewhere",
        lambda s: mediators.update_mediator(
            s, mediators.get(s, mediator_id), mediator_input(), expected_version=99, today=TODAY
        ),
    )
    with db.session() as s:
        assert mediators.get(s, mediator_id).kind is MediatorKind.PUBLIC


def test_get_unknown_mediator(db: Database) -> None:
    with pytest.raises(NotFoundError) as caught, db.session() as s:
        mediators.get(s, uuid.uuid4())
    assert caught.value.key == "mediator.not_found"


def test_trainings(db: Database) -> None:
    mediator_id = _mediator(db)
    with write(db) as s:
        mediators.add_training(
            s, mediators.get(s, mediator_id), "Этномедиация", "ҚХА", date(2025, 5, 20), 72, today=TODAY
        )
        mediators.add_training(
            s, mediators.get(s, mediator_id), "Негіздер", None, date(2024, 2, 1), today=TODAY
        )

    def add(title: str, completed: date, hours: int | None) -> Any:
        return lambda s: mediators.add_training(
            s, mediators.get(s, mediator_id), title, None, completed, hours, today=TODAY
        )

    refused(db, ValidationError, "training.title.required", add(" ", date(2025, 1, 1), 8))
    refused(db, ValidationError, "training.completed_on.in_future", add("Курс", date(2026, 11, 21), 8))
    refused(db, ValidationError, "training.hours.out_of_range", add("Курс", date(2025, 1, 1), 0))

    with db.session() as s:
        trainings = mediators.get(s, mediator_id).trainings
        assert [(t.title, t.provider, t.hours) for t in trainings] == [
            ("Негіздер", None, None),
            ("Этномедиация", "ҚХА", 72),
        ]


def test_list_mediators_filters_by_unit_and_activity(db: Database) -> None:
    with write(db) as s:
        a = new_mediator(s, last_name="Ахметов")
        b = new_mediator(s, last_name="Бекова", unit_code="KZ-31-CTR")
        c = new_mediator(s, last_name="Васильев")
        mediators.deactivate_mediator(s, c)
        ids = {m.last_name: m.id for m in (a, b, c)}

    with db.session() as s:
        assert [m.last_name for m in mediators.list_mediators(s)] == ["Ахметов", "Бекова", "Васильев"]
        assert [m.last_name for m in mediators.list_mediators(s, active_only=True)] == ["Ахметов", "Бекова"]
        krd = [unit_id("KZ-31-KRD")]
        assert [m.id for m in mediators.list_mediators(s, krd)] == [ids["Ахметов"], ids["Васильев"]]
        assert [m.id for m in mediators.list_mediators(s, krd, active_only=True)] == [ids["Ахметов"]]
        assert mediators.list_mediators(s, []) == []


def test_deactivate_needs_open_cases_handed_over(db: Database) -> None:
    case_id = _case(db)
    mediator_id = _mediator(db)
    _declare(db, case_id, mediator_id, False)
    _assign(db, case_id, mediator_id)

    error = refused(
        db,
        WorkflowError,
        "mediator.has_open_cases",
        lambda s: mediators.deactivate_mediator(s, mediators.get(s, mediator_id)),
    )
    assert error.params["open_cases"] == 1

    with write(db) as s:
        mediators.release_mediator(
            s, cases.get(s, case_id), mediators.get(s, mediator_id), date(2026, 10, 7), today=TODAY
        )
        mediators.deactivate_mediator(s, mediators.get(s, mediator_id))
    with db.session() as s:
        assert mediators.get(s, mediator_id).active is False
    with write(db) as s:
        mediators.reactivate_mediator(s, mediators.get(s, mediator_id))
    with db.session() as s:
        assert mediators.get(s, mediator_id).active is True


def test_a_closed_case_does_not_block_deactivation(db: Database) -> None:
    case_id = _case(db)
    mediator_id = _mediator(db)
    _declare(db, case_id, mediator_id, False)
    _assign(db, case_id, mediator_id)
    with write(db) as s:
        cases.record_outcome(
            s,
            cases.get(s, case_id),
            Outcome.TERMINATED,
            TerminationReason.PARTY_REFUSED,
            ended_at=ended_at(date(2026, 10, 20)),
            today=TODAY,
        )
        mediators.deactivate_mediator(s, mediators.get(s, mediator_id))
    with db.session() as s:
        assert mediators.get(s, mediator_id).active is False


# --- workload -----------------------------------------------------------------------------------


def test_mediator_load_counts_open_cases_of_active_mediators(db: Database) -> None:
    with write(db) as s:
        busy = new_mediator(s, last_name="Ахметов")
        helper = new_mediator(s, last_name="Бекова")
        idle = new_mediator(s, last_name="Досов")
        away = new_mediator(s, last_name="Жанова")
        elsewhere = new_mediator(s, last_name="Ғаббасов", unit_code="KZ-31-CTR")
        mediators.deactivate_mediator(s, away)

        first = new_case(s)
        second = new_case(s)
        finished = new_case(s)
        released_from = new_case(s)
        other_unit = new_case(s, unit="KZ-31-CTR")
        assign(s, first, busy)
        assign(s, second, busy)
        assign(s, second, helper, lead=False)
        assign(s, finished, busy)
        assign(s, released_from, helper)
        assign(s, other_unit, elsewhere)
        mediators.release_mediator(s, released_from, helper, date(2026, 10, 8), today=TODAY)
        cases.record_outcome(
            s,
            finished,
            Outcome.REFERRED,
            TerminationReason.REFERRED,
            ended_at=ended_at(date(2026, 10, 9)),
            today=TODAY,
        )
        expected_krd = [(busy.id, 2), (helper.id, 1), (idle.id, 0)]
        elsewhere_id = elsewhere.id

    with db.session() as s:
        load = mediators.mediator_load(s, [unit_id("KZ-31-KRD")])
        assert [(row.mediator_id, row.open_cases) for row in load] == expected_krd
        assert load[0].name == "Ахметов Нұрлан"
        everywhere = mediators.mediator_load(s)
        assert {row.mediator_id: row.open_cases for row in everywhere} == {
            **dict(expected_krd),
            elsewhere_id: 1,
        }


# --- conflict of interest and assignment ------------------------------------------------------------


def test_a_declared_conflict_needs_a_note(db: Database) -> None:
    case_id = _case(db)
    mediator_id = _mediator(db)
    refused(
        db,
        ValidationError,
        "conflict.note.required",
        lambda s: mediators.declare_conflict(
            s, cases.get(s, case_id), mediators.get(s, mediator_id), True, "  ", today=TODAY
        ),
    )
    _declare(db, case_id, mediator_id, True, "Тараптардың бірі — туысым")
    with db.session() as s:
        declaration = mediators.latest_declaration(s, cases.get(s, case_id), mediators.get(s, mediator_id))
        assert declaration is not None
        assert declaration.has_conflict is True
        assert declaration.note == "Тараптардың бірі — туысым"


def test_assignment_needs_a_declaration(db: Database) -> None:
    case_id = _case(db)
    mediator_id = _mediator(db)
    refused(
        db,
        ValidationError,
        "assignment.declaration_required",
        lambda s: mediators.assign_mediator(
            s,
            cases.get(s, case_id),
            mediators.get(s, mediator_id),
            assigned_on=date(2026, 10, 6),
            today=TODAY,
        ),
    )
    assert _assignments(db, case_id) == []


def test_a_declaration_for_another_case_does_not_count(db: Database) -> None:
    case_id = _case(db)
    other_id = _case(db)
    mediator_id = _mediator(db)
    _declare(db, other_id, mediator_id, False)
    refused(
        db,
        ValidationError,
        "assignment.declaration_required",
        lambda s: mediators.assign_mediator(
            s,
            cases.get(s, case_id),
            mediators.get(s, mediator_id),
            assigned_on=date(2026, 10, 6),
            today=TODAY,
        ),
    )


def test_assignment_refused_for_a_declared_conflict_keeps_the_declaration(db: Database) -> None:
    case_id = _case(db)
    mediator_id = _mediator(db)
    _declare(db, case_id, mediator_id, True, "Жауапкер — көршім")

    refused(
        db,
        ValidationError,
        "assignment.conflict_declared",
        lambda s: mediators.assign_mediator(
            s,
            cases.get(s, case_id),
            mediators.get(s, mediator_id),
            assigned_on=date(2026, 10, 6),
            today=TODAY,
        ),
    )
    with db.session() as s:
        declarations = list(
            s.scalars(select(ConflictDeclaration).where(ConflictDeclaration.case_id == case_id))
        )
        assert [(d.mediator_id, d.has_conflict, d.note) for d in declarations] == [
            (mediator_id, True, "Жауапкер — көршім")
        ]
    assert _assignments(db, case_id) == []


def test_declaring_and_assigning_in_one_unit_of_work_keeps_the_declaration(db: Database) -> None:
    """A dialog may declare and assign in one go; the refused assignment must not undo the declaration."""
    case_id = _case(db)
    mediator_id = _mediator(db)
    with write(db) as s:
        case, mediator = cases.get(s, case_id), mediators.get(s, mediator_id)
        mediators.declare_conflict(s, case, mediator, True, "Өтініш берушінің ағасы", today=TODAY)
        with pytest.raises(ValidationError) as caught:
            mediators.assign_mediator(s, case, mediator, assigned_on=date(2026, 10, 6), today=TODAY)
        assert caught.value.key == "assignment.conflict_declared"

    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(ConflictDeclaration)) == 1
    assert _assignments(db, case_id) == []


def test_the_latest_declaration_decides(db: Database) -> None:
    case_id = _case(db)
    mediator_id = _mediator(db)
    _declare(db, case_id, mediator_id, False)
    _declare(db, case_id, mediator_id, True, "Тарап кейін танылды")
    refused(
        db,
        ValidationError,
        "assignment.conflict_declared",
        lambda s: mediators.assign_mediator(
            s,
            cases.get(s, case_id),
            mediators.get(s, mediator_id),
            assigned_on=date(2026, 10, 6),
            today=TODAY,
        ),
    )
    _declare(db, case_id, mediator_id, False, "Туыстық расталмады")
    assignment_id = _assign(db, case_id, mediator_id)

    with db.session() as s:
        assignment = s.get(MediatorAssignment, assignment_id)
        assert assignment is not None
        declaration = s.get(ConflictDeclaration, assignment.declaration_id)
        assert declaration is not None
        assert (declaration.has_conflict, declaration.note) == (False, "Туыстық расталмады")


def test_assignment_rules(db: Database) -> None:
    case_id = _case(db, intake=date(2026, 10, 5))
    lead_id = _mediator(db, last_name="Ахметов")
    second_id = _mediator(db, last_name="Бекова")
    inactive_id = _mediator(db, last_name="Досов")
    for mediator_id in (lead_id, second_id, inactive_id):
        _declare(db, case_id, mediator_id, False)
    with write(db) as s:
        mediators.deactivate_mediator(s, mediators.get(s, inactive_id))

    def attempt(mediator_id: uuid.UUID, on: date, lead: bool = True) -> Any:
        return lambda s: mediators.assign_mediator(
            s, cases.get(s, case_id), mediators.get(s, mediator_id), lead=lead, assigned_on=on, today=TODAY
        )

    refused(db, ValidationError, "assignment.mediator_inactive", attempt(inactive_id, date(2026, 10, 6)))
    refused(db, ValidationError, "assignment.date.in_future", attempt(lead_id, date(2026, 11, 21)))
    refused(db, ValidationError, "assignment.date.too_early", attempt(lead_id, date(2026, 10, 4)))

    _assign(db, case_id, lead_id, on=date(2026, 10, 5))
    refused(
        db, ValidationError, "assignment.already_assigned", attempt(lead_id, date(2026, 10, 7), lead=False)
    )
    refused(db, ValidationError, "assignment.lead_taken", attempt(second_id, date(2026, 10, 7)))

    _assign(db, case_id, second_id, on=date(2026, 10, 7), lead=False)
    assert sorted(_assignments(db, case_id), key=lambda a: a[2]) == [
        (lead_id, True, date(2026, 10, 5), None),
        (second_id, False, date(2026, 10, 7), None),
    ]


def test_closed_and_rejected_cases_take_no_assignment(db: Database) -> None:
    mediator_id = _mediator(db)
    with write(db) as s:
        rejected = new_case(s)
        closed = new_case(s)
        for case in (rejected, closed):
            mediators.declare_conflict(s, case, mediators.get(s, mediator_id), False, today=TODAY)
        cases.reject_case(s, rejected, Exclusion.CORRUPTION_CRIME, today=TODAY)
        cases.record_outcome(
            s,
            closed,
            Outcome.TERMINATED,
            TerminationReason.PARTY_REFUSED,
            ended_at=ended_at(TODAY),
            today=TODAY,
        )
        ids = (rejected.id, closed.id)
    for case_id in ids:
        refused(
            db,
            WorkflowError,
            "assignment.case_closed",
            lambda s, case_id=case_id: mediators.assign_mediator(
                s,
                cases.get(s, case_id),
                mediators.get(s, mediator_id),
                assigned_on=date(2026, 10, 6),
                today=TODAY,
            ),
        )


def test_a_new_lead_after_the_old_one_is_released(db: Database) -> None:
    case_id = _case(db)
    first_id = _mediator(db, last_name="Ахметов")
    second_id = _mediator(db, last_name="Бекова")
    _declare(db, case_id, first_id, False)
    _declare(db, case_id, second_id, False)
    _assign(db, case_id, first_id, on=date(2026, 10, 5))

    def release(mediator_id: uuid.UUID, on: date) -> Any:
        return lambda s: mediators.release_mediator(
            s, cases.get(s, case_id), mediators.get(s, mediator_id), on, today=TODAY
        )

    refused(db, NotFoundError, "assignment.not_found", release(second_id, date(2026, 10, 8)))
    refused(db, ValidationError, "assignment.release_date.too_early", release(first_id, date(2026, 10, 4)))
    refused(db, ValidationError, "assignment.release_date.in_future", release(first_id, date(2026, 11, 21)))

    with write(db) as s:
        release(first_id, date(2026, 10, 8))(s)
    _assign(db, case_id, second_id, on=date(2026, 10, 8))
    assert sorted(_assignments(db, case_id), key=lambda a: a[2]) == [
        (first_id, True, date(2026, 10, 5), date(2026, 10, 8)),
        (second_id, True, date(2026, 10, 8), None),
    ]
    with db.session() as s:
        rows = list(
            s.scalars(
                select(MediatorAssignment).where(
                    MediatorAssignment.case_id == case_id, MediatorAssignment.mediator_id == first_id
                )
            )
        )
    updates = [
        r for r in audit_rows(db, "mediator_assignments", rows[0].id) if r.action is AuditAction.UPDATE
    ]
    assert [u.changes for u in updates] == [{"released_on": [None, "2026-10-08"]}]


def test_declaring_a_conflict_while_assigned_releases_the_mediator(db: Database) -> None:
    case_id = _case(db)
    mediator_id = _mediator(db)
    _declare(db, case_id, mediator_id, False)
    _assign(db, case_id, mediator_id, on=date(2026, 10, 6))
    with write(db) as s:
        mediators.declare_conflict(
            s, cases.get(s, case_id), mediators.get(s, mediator_id), True, "Жауапкердің жиені", today=TODAY
        )
    assert _assignments(db, case_id) == [(mediator_id, True, date(2026, 10, 6), TODAY)]


def test_declarations_are_kept_as_a_history(db: Database) -> None:
    case_id = _case(db)
    mediator_id = _mediator(db)
    _declare(db, case_id, mediator_id, False)
    _declare(db, case_id, mediator_id, True, "Кейін белгілі болды")
    with db.session() as s:
        rows = list(
            s.scalars(
                select(ConflictDeclaration)
                .where(ConflictDeclaration.case_id == case_id)
                .order_by(ConflictDeclaration.declared_at)
            )
        )
    assert [r.has_conflict for r in rows] == [False, True]
    assert rows[0].declared_at < rows[1].declared_at


def test_nothing_is_written_for_a_mediator_refused_at_creation(db: Database) -> None:
    before = dump(db)
    with pytest.raises(ValidationError), write(db) as s:
        new_mediator(s, last_name="Ахметов")  # this one is fine ...
        new_mediator(s, first_name="")  # ... but the unit of work fails as a whole
    assert dump(db) == before
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Mediator)) == 0
        assert s.scalar(select(func.count()).select_from(MediatorTraining)) == 0
