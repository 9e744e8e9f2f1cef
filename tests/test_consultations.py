"""The one-minute consultation log."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from app.errors import NotFoundError, ValidationError
from app.models import Consultation
from app.models.enums import AgeGroup, AuditAction, Category, ConsultationResult, Language, Sex
from app.models.reference import district_id, unit_id
from app.services import cases, consultations, mediators
from app.services.consultations import ConsultationInput
from app.storage.database import Database
from tests.helpers_services import TODAY, audit_rows, new_case, new_mediator, refused, write


def _input(**overrides: Any) -> ConsultationInput:
    base = ConsultationInput(
        unit_code="KZ-31-KRD",
        held_on=date(2026, 11, 18),
        topic=Category.FAMILY,
        result=ConsultationResult.RESOLVED,
        language=Language.RUSSIAN,
        sex=Sex.FEMALE,
        age_group=AgeGroup.AGE_30_44,
    )
    return replace(base, **overrides)


def _log(db: Database, **overrides: Any) -> uuid.UUID:
    with write(db) as s:
        return consultations.log_consultation(s, _input(**overrides), today=TODAY).id


def _count(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Consultation)) or 0)


def test_log_consultation(db: Database) -> None:
    with write(db) as s:
        mediator_id = new_mediator(s).id
    consultation_id = _log(db, mediator_id=mediator_id, inter_ethnic=True, note="  Алимент туралы кеңес ")
    with db.session() as s:
        saved = consultations.get(s, consultation_id)
        assert saved.unit_id == unit_id("KZ-31-KRD")
        assert saved.district_id == district_id("KZ-31-KRD")  # the district assembly's own district
        assert saved.mediator_id == mediator_id
        assert (saved.held_on, saved.topic, saved.result) == (
            date(2026, 11, 18),
            Category.FAMILY,
            ConsultationResult.RESOLVED,
        )
        assert (saved.language, saved.sex, saved.age_group, saved.inter_ethnic) == (
            Language.RUSSIAN,
            Sex.FEMALE,
            AgeGroup.AGE_30_44,
            True,
        )
        assert saved.note == "Алимент туралы кеңес"
        assert saved.case_id is None
    (created,) = audit_rows(db, "consultations", consultation_id)
    assert created.action is AuditAction.CREATE
    assert created.changes["topic"] == [None, "family"]


def test_a_centre_consultation_may_name_a_district(db: Database) -> None:
    consultation_id = _log(db, unit_code="KZ-31-CTR", district_code="kz-31-shu")
    with db.session() as s:
        saved = consultations.get(s, consultation_id)
        assert (saved.unit_id, saved.district_id) == (unit_id("KZ-31-CTR"), district_id("KZ-31-SHU"))


@pytest.mark.parametrize(
    ("overrides", "error_type", "key"),
    [
        ({"held_on": date(2026, 11, 21)}, ValidationError, "consultation.held_on.in_future"),
        ({"unit_code": "KZ-99-XXX"}, NotFoundError, "unit.not_found"),
        # District assemblies opened on 01.01.2025.
        ({"held_on": date(2024, 12, 31)}, ValidationError, "unit.closed_on_date"),
        ({"district_code": "KZ-31-XXX"}, NotFoundError, "district.not_found"),
        ({"mediator_id": uuid.uuid4()}, NotFoundError, "mediator.not_found"),
    ],
)
def test_log_consultation_refuses_bad_input(
    db: Database, overrides: dict[str, Any], error_type: type[Exception], key: str
) -> None:
    _log(db)
    refused(
        db,
        error_type,  # type: ignore[arg-type]
        key,
        lambda s: consultations.log_consultation(s, _input(**overrides), today=TODAY),
    )
    assert _count(db) == 1


def test_five_years_back_is_the_limit(db: Database) -> None:
    later = date(2027, 3, 1)  # the centres opened on 01.01.2022
    with write(db) as s:
        consultations.log_consultation(
            s, _input(unit_code="KZ-31-CTR", held_on=date(2022, 3, 1)), today=later
        )
    refused(
        db,
        ValidationError,
        "consultation.held_on.too_old",
        lambda s: consultations.log_consultation(
            s, _input(unit_code="KZ-31-CTR", held_on=date(2022, 2, 28)), today=later
        ),
    )
    assert _count(db) == 1


def test_five_years_back_from_a_leap_day(db: Database) -> None:
    leap_day = date(2028, 2, 29)
    with write(db) as s:
        consultations.log_consultation(
            s, _input(unit_code="KZ-31-CTR", held_on=date(2023, 2, 28)), today=leap_day
        )
    refused(
        db,
        ValidationError,
        "consultation.held_on.too_old",
        lambda s: consultations.log_consultation(
            s, _input(unit_code="KZ-31-CTR", held_on=date(2023, 2, 27)), today=leap_day
        ),
    )


def test_the_mediator_must_be_active_and_of_that_unit(db: Database) -> None:
    with write(db) as s:
        inactive = new_mediator(s, last_name="Демалыста")
        mediators.deactivate_mediator(s, inactive)
        elsewhere = new_mediator(s, last_name="Орталықта", unit_code="KZ-31-CTR")
        ids = (inactive.id, elsewhere.id)
    refused(
        db,
        ValidationError,
        "consultation.mediator_inactive",
        lambda s: consultations.log_consultation(s, _input(mediator_id=ids[0]), today=TODAY),
    )
    refused(
        db,
        ValidationError,
        "consultation.mediator_other_unit",
        lambda s: consultations.log_consultation(s, _input(mediator_id=ids[1]), today=TODAY),
    )
    assert _count(db) == 0


def test_a_referral_links_to_the_case_it_led_to(db: Database) -> None:
    with write(db) as s:
        case_id = new_case(s, intake=date(2026, 11, 18)).id
    consultation_id = _log(db, result=ConsultationResult.REFERRED_TO_MEDIATION, case_id=case_id)
    with db.session() as s:
        assert consultations.get(s, consultation_id).case_id == case_id
    (created,) = audit_rows(db, "consultations", consultation_id)
    assert created.case_id == case_id


def test_case_link_rules(db: Database) -> None:
    with write(db) as s:
        earlier = new_case(s, intake=date(2026, 11, 17)).id
        other_unit = new_case(s, unit="KZ-31-CTR", intake=date(2026, 11, 18)).id
        fine = new_case(s, intake=date(2026, 11, 19)).id

    def log(**overrides: Any) -> Any:
        return lambda s: consultations.log_consultation(s, _input(**overrides), today=TODAY)

    refused(db, ValidationError, "consultation.case_needs_referral", log(case_id=fine))
    referred = ConsultationResult.REFERRED_TO_MEDIATION
    refused(db, ValidationError, "consultation.case_other_unit", log(result=referred, case_id=other_unit))
    refused(
        db, ValidationError, "consultation.case_before_consultation", log(result=referred, case_id=earlier)
    )
    refused(db, NotFoundError, "case.not_found", log(result=referred, case_id=uuid.uuid4()))
    assert _count(db) == 0


def test_link_case_later(db: Database) -> None:
    consultation_id = _log(db, result=ConsultationResult.REFERRED_TO_MEDIATION)
    resolved_id = _log(db)
    with write(db) as s:
        case_id = new_case(s, intake=date(2026, 11, 19)).id
    refused(
        db,
        ValidationError,
        "consultation.case_needs_referral",
        lambda s: consultations.link_case(s, consultations.get(s, resolved_id), cases.get(s, case_id)),
    )
    with write(db) as s:
        consultations.link_case(s, consultations.get(s, consultation_id), cases.get(s, case_id))
    with db.session() as s:
        assert consultations.get(s, consultation_id).case_id == case_id
        assert consultations.get(s, resolved_id).case_id is None
    (update,) = [
        r for r in audit_rows(db, "consultations", consultation_id) if r.action is AuditAction.UPDATE
    ]
    assert update.changes == {"case_id": [None, str(case_id)]}


def test_list_consultations(db: Database) -> None:
    first = _log(db, held_on=date(2026, 11, 2))
    last = _log(db, held_on=date(2026, 11, 18))
    centre = _log(db, unit_code="KZ-31-CTR", held_on=date(2026, 11, 10))
    _log(db, held_on=date(2026, 10, 31))
    _log(db, held_on=date(2026, 11, 19))
    with db.session() as s:
        november = consultations.list_consultations(s, None, date(2026, 11, 1), date(2026, 11, 18))
        assert [c.id for c in november] == [last, centre, first]
        krd = consultations.list_consultations(
            s, [unit_id("KZ-31-KRD")], date(2026, 11, 1), date(2026, 11, 18)
        )
        assert [c.id for c in krd] == [last, first]
        with pytest.raises(ValidationError) as caught:
            consultations.list_consultations(s, None, date(2026, 11, 18), date(2026, 11, 1))
        assert caught.value.key == "consultation.range_reversed"
