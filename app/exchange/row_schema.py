"""The shape of a de-identified row in a monthly package, and the strict check of one read back.

A case is one JSON object per line of ``data/cases.jsonl`` (its participants, mediator assignments,
extensions, sessions, settlement agreement with obligations, follow-ups and feedback nested in it); a
consultation is one object per line of ``data/consultations.jsonl``. Only ids, codes, dates, enum
values, flags and counts travel: never a name, IIN, contact, birth date, place, note or description.

Parties and mediators are not rows of their own: each reference carries the few facts the reports
count (a party's kind, sex, age group...; a mediator's kind, unit...) with the sender's id, so that a
party in two cases, or a mediator of many, becomes one placeholder at the council.

Every record has exactly the fields listed here: an unknown field, a missing one, a wrong type, an
enum value this program does not know or a malformed date is refused (`RowError`), so a package from a
newer or a broken sender never half-fits the tables.
"""

from __future__ import annotations

import enum
import re
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from app.models.enums import (
    AgeGroup,
    CaseStatus,
    Category,
    Channel,
    ConsultationResult,
    Exclusion,
    FollowUpMethod,
    Language,
    LegalArea,
    MediatorKind,
    ObligationStatus,
    Outcome,
    ParticipantRole,
    PartyKind,
    RiskLevel,
    SessionKind,
    Sex,
    TerminationReason,
)

# A check takes a value parsed from JSON and returns it as the tables want it, or raises RowError.
Check = Callable[[Any], Any]


class RowError(Exception):
    """What is wrong with one field of a row (the line number is added by the reader)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --- checks of single values -------------------------------------------------------------------


_CANONICAL_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def identifier(value: Any) -> uuid.UUID:
    # Only the canonical spelling: the same id must never arrive as two different strings.
    if type(value) is not str or _CANONICAL_ID.fullmatch(value) is None:
        raise RowError("not an id in canonical form")
    return uuid.UUID(value)


def day(value: Any) -> date:
    if type(value) is not str or len(value) != 10:
        raise RowError("not a date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RowError("not a date (YYYY-MM-DD)") from None


def moment(value: Any) -> datetime:
    """An instant with its offset (UTC is written), returned as an aware UTC datetime."""
    if type(value) is not str or not 19 <= len(value) <= 32:
        raise RowError("not a date and time")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise RowError("not a date and time") from None
    if parsed.tzinfo is None:
        raise RowError("a date and time without its offset from UTC")
    return parsed.astimezone(UTC)


def flag(value: Any) -> bool:
    if type(value) is not bool:
        raise RowError("not true or false")
    return value


def count(low: int, high: int) -> Check:
    def check(value: Any) -> int:
        if type(value) is not int or not low <= value <= high:
            raise RowError(f"not a whole number from {low} to {high}")
        return value

    return check


def text(longest: int) -> Check:
    """Short codes only (a case number, a unit code): free text never travels."""

    def check(value: Any) -> str:
        if type(value) is not str or not 0 < len(value) <= longest or not value.isprintable():
            raise RowError(f"not a code of at most {longest} characters")
        return value

    return check


def choice(enum_cls: type[enum.StrEnum]) -> Check:
    values = frozenset(member.value for member in enum_cls)

    def check(value: Any) -> str:
        if type(value) is not str or value not in values:
            raise RowError(f"not one of the known values of {enum_cls.__name__}")
        return value

    return check


def choices(enum_cls: type[enum.StrEnum]) -> Check:
    one = choice(enum_cls)

    def check(value: Any) -> list[str]:
        if type(value) is not list or len(value) > len(enum_cls):
            raise RowError(f"not a list of values of {enum_cls.__name__}")
        return [one(item) for item in value]

    return check


def optional(inner: Check) -> Check:
    def check(value: Any) -> Any:
        return None if value is None else inner(value)

    return check


def record(fields: Mapping[str, Check]) -> Check:
    """An object with exactly these fields, each checked; the result is a dict of the checked values."""
    names = frozenset(fields)
    items = tuple(fields.items())

    def check(value: Any) -> dict[str, Any]:
        if type(value) is not dict:
            raise RowError("not an object")
        if value.keys() != names:
            unknown = sorted(set(value) - names)
            missing = sorted(names - set(value))
            raise RowError(
                "unknown fields " + ", ".join(unknown) if unknown else "missing fields " + ", ".join(missing)
            )
        checked: dict[str, Any] = {}
        for name, inner in items:
            try:
                checked[name] = inner(value[name])
            except RowError as error:
                raise RowError(f"{name}: {error.reason}") from None
        return checked

    return check


def records(inner: Check, most: int) -> Check:
    def check(value: Any) -> list[Any]:
        if type(value) is not list or len(value) > most:
            raise RowError(f"not a list of at most {most} items")
        checked = []
        for i, item in enumerate(value):
            try:
                checked.append(inner(item))
            except RowError as error:
                raise RowError(f"[{i}] {error.reason}") from None
        return checked

    return check


# --- the records ---------------------------------------------------------------------------------

UNIT_CODE = text(16)
MOST_CHILDREN = 500  # per case and kind: far above any real case, low enough to bound one line

MEDIATOR = record(
    {
        "id": identifier,
        "kind": choice(MediatorKind),
        "unit": UNIT_CODE,
        "active": flag,
        "languages": choices(Language),
        "specialisations": choices(Category),
    }
)
PARTICIPANT = record(
    {
        "id": identifier,
        "role": choice(ParticipantRole),
        "party": identifier,  # the sender's party id: the same party in two cases is one party here
        "kind": choice(PartyKind),
        "sex": optional(choice(Sex)),
        "age_group": optional(choice(AgeGroup)),
        "language": optional(choice(Language)),
        "group_size": optional(count(0, 10_000_000)),
    }
)
DECLARATION = record({"id": identifier, "has_conflict": flag, "declared_at": moment})
ASSIGNMENT = record(
    {
        "id": identifier,
        "mediator": MEDIATOR,
        "lead": flag,
        "assigned_on": day,
        "released_on": optional(day),
        "declaration": DECLARATION,  # an assignment cannot exist without the mediator's declaration
    }
)
EXTENSION = record({"id": identifier, "granted_on": day, "days": count(0, 10_000), "parties_consented": flag})
SESSION = record(
    {
        "id": identifier,
        "held_on": day,
        "kind": choice(SessionKind),
        "language": optional(choice(Language)),
        "duration_minutes": optional(count(0, 100_000)),
        "mediator": optional(MEDIATOR),
    }
)
OBLIGATION = record(
    {"id": identifier, "due_on": day, "status": choice(ObligationStatus), "checked_on": optional(day)}
)
AGREEMENT = record(
    {
        "id": identifier,
        "signed_on": day,
        "signed_by_email": flag,
        "obligations": records(OBLIGATION, MOST_CHILDREN),
    }
)
FOLLOW_UP = record(
    {"id": identifier, "done_on": day, "method": choice(FollowUpMethod), "next_due_on": optional(day)}
)
SATISFACTION = record(
    {
        "id": identifier,
        "score": optional(count(1, 5)),
        "would_recommend": optional(flag),
        "recorded_at": moment,
    }
)
CASE = record(
    {
        "id": identifier,
        "number": text(40),
        "year": count(1900, 2999),
        "seq": count(1, 999_999_999),
        "unit": UNIT_CODE,
        "district": optional(text(16)),
        "intake_date": day,
        "channel": choice(Channel),
        "category": choice(Category),
        "legal_area": optional(choice(LegalArea)),
        "language": optional(choice(Language)),
        "inter_ethnic": flag,
        "group_dispute": flag,
        "minors_involved": flag,
        "recurrence": flag,
        "risk_level": choice(RiskLevel),
        "status": choice(CaseStatus),
        "exclusion": optional(choice(Exclusion)),
        "proposal_sent_on": optional(day),
        "agreement_signed_on": optional(day),
        "deadline_on": optional(day),
        "outcome": optional(choice(Outcome)),
        "termination_reason": optional(choice(TerminationReason)),
        "ended_at": optional(moment),
        "ended_on": optional(day),
        "closed_on": optional(day),
        "created_at": moment,
        "participants": records(PARTICIPANT, MOST_CHILDREN),
        "assignments": records(ASSIGNMENT, MOST_CHILDREN),
        "extensions": records(EXTENSION, MOST_CHILDREN),
        "sessions": records(SESSION, MOST_CHILDREN),
        "agreement": optional(AGREEMENT),
        "follow_ups": records(FOLLOW_UP, MOST_CHILDREN),
        "satisfaction": records(SATISFACTION, MOST_CHILDREN),
    }
)
CONSULTATION = record(
    {
        "id": identifier,
        "unit": UNIT_CODE,
        "district": optional(text(16)),
        "held_on": day,
        "topic": choice(Category),
        "language": optional(choice(Language)),
        "result": choice(ConsultationResult),
        "inter_ethnic": flag,
        "sex": optional(choice(Sex)),
        "age_group": optional(choice(AgeGroup)),
        "mediator": optional(MEDIATOR),
        "case": optional(identifier),  # only a case that travels in the same package
    }
)


# --- writing -------------------------------------------------------------------------------------


def day_text(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def moment_text(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat()


def enum_text(value: enum.Enum | str | None) -> str | None:
    if value is None:
        return None
    return value.value if isinstance(value, enum.Enum) else str(value)
