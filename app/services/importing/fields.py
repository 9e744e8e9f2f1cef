"""The fields of a case that a column of an old register can fill, and what kind of value each holds."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum

from app.models.enums import (
    CaseStatus,
    Category,
    Channel,
    Exclusion,
    Language,
    Outcome,
    RiskLevel,
    TerminationReason,
)


class Field(StrEnum):
    NUMBER = "number"
    INTAKE_DATE = "intake_date"
    CHANNEL = "channel"
    CATEGORY = "category"
    DESCRIPTION = "description"
    LANGUAGE = "language"
    INTER_ETHNIC = "inter_ethnic"
    GROUP_DISPUTE = "group_dispute"
    MINORS_INVOLVED = "minors_involved"
    RISK_LEVEL = "risk_level"
    APPLICANT = "applicant"
    APPLICANT_ID = "applicant_id"  # IIN of a person, BIN of an organisation
    RESPONDENT = "respondent"
    RESPONDENT_ID = "respondent_id"
    CONSENT = "consent"  # the parties' consent to personal-data processing: yes/no or its date
    STATUS = "status"
    EXCLUSION = "exclusion"
    AGREEMENT_DATE = "agreement_date"
    OUTCOME = "outcome"
    TERMINATION_REASON = "termination_reason"
    END_DATE = "end_date"
    CLOSED_DATE = "closed_date"


class Kind(StrEnum):
    TEXT = "text"
    DATE = "date"
    CHOICE = "choice"  # one value of an enumeration, through the value mapping
    FLAG = "flag"  # yes or no
    NAME = "name"  # a party: a person's full name, or an organisation's or group's name
    ID_NUMBER = "id_number"
    CONSENT = "consent"  # yes/no, or the date the consent was given


@dataclass(frozen=True)
class FieldSpec:
    kind: Kind
    choices: type[Enum] | None = None
    required: bool = False  # the file cannot be imported without a column for it


SPECS: dict[Field, FieldSpec] = {
    Field.NUMBER: FieldSpec(Kind.TEXT),
    Field.INTAKE_DATE: FieldSpec(Kind.DATE, required=True),
    Field.CHANNEL: FieldSpec(Kind.CHOICE, Channel),
    Field.CATEGORY: FieldSpec(Kind.CHOICE, Category, required=True),
    Field.DESCRIPTION: FieldSpec(Kind.TEXT),
    Field.LANGUAGE: FieldSpec(Kind.CHOICE, Language),
    Field.INTER_ETHNIC: FieldSpec(Kind.FLAG),
    Field.GROUP_DISPUTE: FieldSpec(Kind.FLAG),
    Field.MINORS_INVOLVED: FieldSpec(Kind.FLAG),
    Field.RISK_LEVEL: FieldSpec(Kind.CHOICE, RiskLevel),
    Field.APPLICANT: FieldSpec(Kind.NAME),
    Field.APPLICANT_ID: FieldSpec(Kind.ID_NUMBER),
    Field.RESPONDENT: FieldSpec(Kind.NAME),
    Field.RESPONDENT_ID: FieldSpec(Kind.ID_NUMBER),
    Field.CONSENT: FieldSpec(Kind.CONSENT),
    Field.STATUS: FieldSpec(Kind.CHOICE, CaseStatus),
    Field.EXCLUSION: FieldSpec(Kind.CHOICE, Exclusion),
    Field.AGREEMENT_DATE: FieldSpec(Kind.DATE),
    Field.OUTCOME: FieldSpec(Kind.CHOICE, Outcome),
    Field.TERMINATION_REASON: FieldSpec(Kind.CHOICE, TerminationReason),
    Field.END_DATE: FieldSpec(Kind.DATE),
    Field.CLOSED_DATE: FieldSpec(Kind.DATE),
}

REQUIRED: tuple[Field, ...] = tuple(f for f, spec in SPECS.items() if spec.required)
CHOICE_FIELDS: tuple[Field, ...] = tuple(f for f, spec in SPECS.items() if spec.kind is Kind.CHOICE)


def choices_of(field: Field) -> type[Enum]:
    enum_cls = SPECS[field].choices
    if enum_cls is None:
        raise ValueError(f"{field.value} takes no value from a list")
    return enum_cls
