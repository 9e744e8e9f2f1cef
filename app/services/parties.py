"""Parties and their part in a case. Personal data is saved only with the party's consent.

A person's name, IIN, birth date, ethnicity and contacts are personal data: the law asks for the
subject's consent before they are stored. Without consent a party may still be recorded as a
placeholder with only what reports count (kind, sex, age group, language).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError, WorkflowError
from app.models import Case, CaseParticipant, Party
from app.models.enums import AgeGroup, CaseStatus, Language, ParticipantRole, PartyKind, Sex
from app.services import clock, iin, rules


@dataclass
class PartyInput:
    kind: PartyKind
    last_name: str | None = None
    first_name: str | None = None
    middle_name: str | None = None
    org_name: str | None = None
    id_number: str | None = None  # IIN for a person, BIN for an organisation or state body
    sex: Sex | None = None
    birth_date: date | None = None
    age_group: AgeGroup | None = None
    ethnicity: str | None = None
    language: Language | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    consent_given: bool = False
    consent_on: date | None = None
    group_size: int | None = None


_PERSONAL_FIELDS = (
    "last_name",
    "first_name",
    "middle_name",
    "id_number",
    "birth_date",
    "ethnicity",
    "phone",
    "email",
    "address",
)


def age_group_on(birth_date: date, day: date) -> AgeGroup:
    years = day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))
    if years < 18:
        return AgeGroup.UNDER_18
    if years < 30:
        return AgeGroup.AGE_18_29
    if years < 45:
        return AgeGroup.AGE_30_44
    if years < 60:
        return AgeGroup.AGE_45_59
    return AgeGroup.AGE_60_PLUS


def _validated(data: PartyInput, today: date) -> dict[str, object]:
    """The column values for a party, or a ValidationError naming the first problem."""
    values: dict[str, object] = {
        "kind": data.kind,
        "language": data.language,
        "sex": data.sex,
        "age_group": data.age_group,
        "consent_given": data.consent_given,
        "consent_on": data.consent_on,
        "group_size": data.group_size,
    }
    personal = [name for name in _PERSONAL_FIELDS if getattr(data, name) not in (None, "")]
    if data.kind is PartyKind.PERSON:
        if not data.consent_given and personal:
            raise ValidationError(
                "party.consent_required",
                "Record the party's consent to personal-data processing before saving their personal data.",
                fields=personal,
            )
        if data.consent_given:
            if data.consent_on is None:
                raise ValidationError("party.consent_date_required", "Record the date the consent was given.")
            rules.not_in_future(data.consent_on, today, "party.consent_on", "The date of consent")
            values["last_name"] = rules.text_required(data.last_name, "party.last_name", "The last name")
            values["first_name"] = rules.text_required(data.first_name, "party.first_name", "The first name")
            values["middle_name"] = rules.optional_text(data.middle_name)
        if data.id_number and data.id_number.strip():
            try:
                info = iin.parse_iin(data.id_number, today)
            except iin.IdNumberError as error:
                raise ValidationError(error.key, error.message, **error.params) from error
            if data.sex is not None and data.sex is not info.sex:
                raise ValidationError(
                    "party.sex_contradicts_iin",
                    f"The IIN {info.number} belongs to a {info.sex.value} person.",
                )
            if data.birth_date is not None and data.birth_date != info.birth_date:
                raise ValidationError(
                    "party.birth_date_contradicts_iin",
                    f"The IIN {info.number} gives the birth date {info.birth_date:%d.%m.%Y}.",
                )
            values.update(id_number=info.number, sex=info.sex, birth_date=info.birth_date)
        elif data.birth_date is not None:
            rules.not_in_future(data.birth_date, today, "party.birth_date", "The birth date")
            values["birth_date"] = data.birth_date
        birth = values.get("birth_date")
        if isinstance(birth, date):
            values["age_group"] = age_group_on(birth, today)
    else:
        values["org_name"] = rules.text_required(data.org_name, "party.org_name", "The name")
        if data.id_number and data.id_number.strip():
            if data.kind is PartyKind.GROUP:
                raise ValidationError("party.group_has_no_bin", "A group of people has no BIN.")
            try:
                values["id_number"] = iin.parse_bin(data.id_number).number
            except iin.IdNumberError as error:
                raise ValidationError(error.key, error.message, **error.params) from error
        if data.consent_on is not None:
            rules.not_in_future(data.consent_on, today, "party.consent_on", "The date of consent")
    if data.group_size is not None:
        rules.in_range(data.group_size, 2, 100000, "party.group_size", "The number of people in the group")
    values["ethnicity"] = rules.optional_text(data.ethnicity)
    values["phone"] = rules.phone(data.phone)
    values["email"] = rules.email(data.email)
    values["address"] = rules.optional_text(data.address)
    return values


def create_party(session: Session, data: PartyInput, *, today: date | None = None) -> Party:
    party = Party(id=uuid.uuid4(), **_validated(data, today or clock.today()))
    session.add(party)
    session.flush()
    return party


def update_party(session: Session, party: Party, data: PartyInput, *, today: date | None = None) -> Party:
    values = _validated(data, today or clock.today())
    for name in (
        *_PERSONAL_FIELDS,
        "org_name",
        "sex",
        "age_group",
        "language",
        "consent_given",
        "consent_on",
        "group_size",
        "kind",
    ):
        setattr(party, name, values.get(name))
    session.flush()
    return party


def get(session: Session, party_id: uuid.UUID) -> Party:
    party = session.get(Party, party_id)
    if party is None:
        raise NotFoundError("party.not_found", f"There is no party with the id {party_id}.")
    return party


def _ensure_case_open(case: Case) -> None:
    if case.status in (CaseStatus.CLOSED, CaseStatus.REJECTED):
        raise WorkflowError(
            "case.closed_read_only", f"Case {case.number} is closed; its parties can no longer change."
        )


def add_participant(
    session: Session,
    case: Case,
    party: Party,
    role: ParticipantRole,
    *,
    represents: CaseParticipant | None = None,
) -> CaseParticipant:
    _ensure_case_open(case)
    exists = session.scalar(
        select(CaseParticipant.id).where(
            CaseParticipant.case_id == case.id,
            CaseParticipant.party_id == party.id,
            CaseParticipant.role == role,
        )
    )
    if exists is not None:
        raise ValidationError(
            "participant.duplicate", f"{party.display_name or 'This party'} already has that role."
        )
    if role is ParticipantRole.REPRESENTATIVE and represents is None:
        raise ValidationError(
            "participant.represents_required", "Say which party the representative represents."
        )
    participant = CaseParticipant(
        id=uuid.uuid4(),
        case_id=case.id,
        party_id=party.id,
        role=role,
        represents_id=represents.id if represents else None,
    )
    session.add(participant)
    session.flush()
    return participant


def add_party_to_case(
    session: Session, case: Case, data: PartyInput, role: ParticipantRole, *, today: date | None = None
) -> CaseParticipant:
    """The usual path at intake: a new party and their role in one step."""
    _ensure_case_open(case)
    party = create_party(session, data, today=today)
    return add_participant(session, case, party, role)


def remove_participant(session: Session, case: Case, participant_id: uuid.UUID) -> None:
    _ensure_case_open(case)
    participant = session.get(CaseParticipant, participant_id)
    if participant is None or participant.case_id != case.id:
        raise NotFoundError("participant.not_found", "That participant is not on this case.")
    session.delete(participant)
    session.flush()


def participants(session: Session, case: Case) -> list[CaseParticipant]:
    return list(
        session.scalars(
            select(CaseParticipant)
            .where(CaseParticipant.case_id == case.id)
            .order_by(CaseParticipant.created_at)
        )
    )
