"""Parties: consent before personal data, IIN/BIN checks, what a valid IIN tells, refusals change nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.errors import ValidationError
from app.models import Party
from app.models.enums import AgeGroup, ParticipantRole, PartyKind, Sex
from app.services import iin, parties
from app.storage.database import Database
from tests.conftest import ACTOR
from tests.factories import TODAY, new_case, person


def _party_count(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Party)) or 0)


def _refused(db: Database, data: parties.PartyInput, key: str) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        number = new_case(s).number
    before = _party_count(db)
    with pytest.raises(ValidationError) as caught, db.session(write=True, actor=ACTOR) as s:
        from app.services import cases

        parties.add_party_to_case(s, cases.by_number(s, number), data, ParticipantRole.APPLICANT, today=TODAY)
    assert caught.value.key == key, caught.value.message
    assert _party_count(db) == before


def test_valid_iin_gives_sex_birth_date_and_age_group(db: Database) -> None:
    number = iin.make_iin(date(1985, 3, 14), Sex.FEMALE, 1234)
    with db.session(write=True, actor=ACTOR) as s:
        case = new_case(s)
        p = parties.add_party_to_case(
            s,
            case,
            person("Үсенова", "Әйгерім", id_number=f" {number} "),
            ParticipantRole.APPLICANT,
            today=TODAY,
        )
        party_id = p.party_id
    with db.session() as s:
        party = s.get(Party, party_id)
        assert party is not None
        assert (party.id_number, party.sex, party.birth_date) == (number, Sex.FEMALE, date(1985, 3, 14))
        assert party.age_group is AgeGroup.AGE_30_44
        assert party.display_name == "Үсенова Әйгерім"


def test_personal_data_without_consent_is_refused(db: Database) -> None:
    data = parties.PartyInput(kind=PartyKind.PERSON, last_name="Иванов", first_name="Пётр")
    _refused(db, data, "party.consent_required")


def test_placeholder_without_consent_keeps_only_figures(db: Database) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        case = new_case(s)
        p = parties.add_party_to_case(
            s,
            case,
            parties.PartyInput(kind=PartyKind.PERSON, sex=Sex.MALE, age_group=AgeGroup.AGE_60_PLUS),
            ParticipantRole.RESPONDENT,
            today=TODAY,
        )
        party = s.get(Party, p.party_id)
        assert party is not None and party.last_name is None and party.consent_given is False


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"last_name": "  "}, "party.last_name.required"),
        ({"first_name": ""}, "party.first_name.required"),
        ({"id_number": "12345"}, "iin.length"),
        ({"id_number": "900515301235"}, "iin.checksum"),
        ({"consent_on": TODAY + timedelta(days=1)}, "party.consent_on.in_future"),
        ({"consent_on": None}, "party.consent_date_required"),
        ({"birth_date": TODAY + timedelta(days=3)}, "party.birth_date.in_future"),
        ({"phone": "8 701 123"}, "party.phone_format"),
        ({"email": "not-an-address"}, "party.email_format"),
    ],
)
def test_bad_person_data_is_refused(db: Database, changes: dict[str, object], key: str) -> None:
    data = person("Өмірбеков", "Ғалымжан")
    for name, value in changes.items():
        setattr(data, name, value)
    _refused(db, data, key)


def test_iin_that_contradicts_the_sex_or_birth_date_given(db: Database) -> None:
    number = iin.make_iin(date(1990, 5, 15), Sex.MALE, 7)
    _refused(db, person("Иванова", "Ольга", id_number=number, sex=Sex.FEMALE), "party.sex_contradicts_iin")
    _refused(
        db,
        person("Иванов", "Олег", id_number=number, birth_date=date(1990, 5, 16)),
        "party.birth_date_contradicts_iin",
    )


def test_organisation_needs_a_name_and_a_valid_bin(db: Database) -> None:
    _refused(db, parties.PartyInput(kind=PartyKind.ORGANISATION, org_name=" "), "party.org_name.required")
    good = iin.make_bin(2015, 4, 321)
    broken = good[:11] + str((int(good[11]) + 1) % 10)
    _refused(
        db,
        parties.PartyInput(kind=PartyKind.ORGANISATION, org_name="ТОО «Береке»", id_number=broken),
        "bin.checksum",
    )
    with db.session(write=True, actor=ACTOR) as s:
        case = new_case(s)
        p = parties.add_party_to_case(
            s,
            case,
            parties.PartyInput(kind=PartyKind.ORGANISATION, org_name="ТОО «Береке»", id_number=good),
            ParticipantRole.RESPONDENT,
            today=TODAY,
        )
        assert s.get(Party, p.party_id).id_number == good  # type: ignore[union-attr]


def test_phone_is_stored_in_one_format(db: Database) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        case = new_case(s)
        p = parties.add_party_to_case(
            s,
            case,
            person("Нұрланұлы", "Қуаныш", phone="+77011234567"),
            ParticipantRole.APPLICANT,
            today=TODAY,
        )
        assert s.get(Party, p.party_id).phone == "+7 701 123 45 67"  # type: ignore[union-attr]


def test_same_role_twice_is_refused(db: Database) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        case = new_case(s)
        p = parties.add_party_to_case(
            s, case, person("Иванов", "Пётр"), ParticipantRole.APPLICANT, today=TODAY
        )
        party = s.get(Party, p.party_id)
        assert party is not None
        with pytest.raises(ValidationError) as caught:
            parties.add_participant(s, case, party, ParticipantRole.APPLICANT)
        assert caught.value.key == "participant.duplicate"
