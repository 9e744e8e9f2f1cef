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

# A check looks at one value parsed from JSON and raises RowError when it is not acceptable. It
# returns nothing: the record keeps the parsed values, and rows_in.py turns them into the stored form
# once per column when it writes them (building a checked copy of every record cost as much again).
Check = Callable[[Any], None]


class RowError(Exception):
    """What is wrong with one field of a row (the line number is added by the reader)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --- checks of single values -------------------------------------------------------------------
# Each check is made once, when this module is loaded, with what it needs bound in the closure: the
# per-value work is a type test and a comparison or two. They run about 150 times per case line.


_CANONICAL_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").fullmatch


def identifier(value: Any) -> None:
    # Only the canonical spelling: the same id must never arrive as two different strings.
    if type(value) is not str or _CANONICAL_ID(value) is None:
        raise RowError("not an id in canonical form")


def day(value: Any) -> None:
    if type(value) is not str or len(value) != 10:
        raise RowError("not a date (YYYY-MM-DD)")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise RowError("not a date (YYYY-MM-DD)") from None


def moment(value: Any) -> None:
    """An instant with its offset (UTC is written); stored as UTC (rows_in.utc_moment)."""
    if type(value) is not str or not 19 <= len(value) <= 32:
        raise RowError("not a date and time")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise RowError("not a date and time") from None
    if parsed.tzinfo is None:
        raise RowError("a date and time without its offset from UTC")
    try:
        parsed.astimezone(UTC)
    except OverflowError:  # 0001-01-01T00:00:00+05:00 is before the first instant a datetime holds
        raise RowError("not a date and time") from None


def flag(value: Any) -> None:
    if type(value) is not bool:
        raise RowError("not true or false")


def count(low: int, high: int) -> Check:
    def check(value: Any) -> None:
        if type(value) is not int or not low <= value <= high:
            raise RowError(f"not a whole number from {low} to {high}")

    return check


def text(longest: int) -> Check:
    """Short codes only (a case number, a unit code): free text never travels."""

    def check(value: Any) -> None:
        if type(value) is not str or not 0 < len(value) <= longest or not value.isprintable():
            raise RowError(f"not a code of at most {longest} characters")

    return check


def choice(enum_cls: type[enum.StrEnum]) -> Check:
    values = frozenset(member.value for member in enum_cls)
    reason = f"not one of the known values of {enum_cls.__name__}"

    def check(value: Any) -> None:
        if type(value) is not str or value not in values:
            raise RowError(reason)

    return check


def choices(enum_cls: type[enum.StrEnum]) -> Check:
    values = frozenset(member.value for member in enum_cls)
    most = len(values)
    reason = f"not a list of values of {enum_cls.__name__}"
    item_reason = f"not one of the known values of {enum_cls.__name__}"

    def check(value: Any) -> None:
        if type(value) is not list or len(value) > most:
            raise RowError(reason)
        for item in value:
            if type(item) is not str or item not in values:
                raise RowError(item_reason)

    return check


def optional(inner: Check) -> Check:
    def check(value: Any) -> None:
        if value is not None:
            inner(value)

    return check


def optional_choice(enum_cls: type[enum.StrEnum]) -> Check:
    """``optional_choice(enum_cls)`` in one step: the most common check of all."""
    values = frozenset(member.value for member in enum_cls)
    reason = f"not one of the known values of {enum_cls.__name__}"

    def check(value: Any) -> None:
        if value is not None and (type(value) is not str or value not in values):
            raise RowError(reason)

    return check


def record(fields: Mapping[str, Check]) -> Check:
    """An object with exactly these fields, each checked."""
    names = frozenset(fields)
    items = tuple(fields.items())

    def check(value: Any) -> None:
        if type(value) is not dict:
            raise RowError("not an object")
        if value.keys() != names:
            unknown = sorted(set(value) - names)
            missing = sorted(names - set(value))
            raise RowError(
                "unknown fields " + ", ".join(unknown) if unknown else "missing fields " + ", ".join(missing)
            )
        name = ""
        try:  # one try around the loop: entering it costs nothing, and the name says which field
            for name, inner in items:
                inner(value[name])
        except RowError as error:
            raise RowError(f"{name}: {error.reason}") from None

    return check


def records(inner: Check, most: int) -> Check:
    reason = f"not a list of at most {most} items"

    def check(value: Any) -> None:
        if type(value) is not list or len(value) > most:
            raise RowError(reason)
        for i, item in enumerate(value):
            try:
                inner(item)
            except RowError as error:
                raise RowError(f"[{i}] {error.reason}") from None

    return check


# --- the records ---------------------------------------------------------------------------------

UNIT_CODE = text(16)
# A case number as app/services/cases.py makes it (format_number, _NUMBER): the unit's code, the intake
# year, the sequence with at least four digits. rows_in.py checks the parts against the row's own.
CASE_NUMBER = re.compile(r"(?P<unit>[A-Z0-9-]+)-(?P<year>\d{4})-(?P<seq>\d{4,9})").fullmatch
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
        "sex": optional_choice(Sex),
        "age_group": optional_choice(AgeGroup),
        "language": optional_choice(Language),
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
        "language": optional_choice(Language),
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
        "legal_area": optional_choice(LegalArea),
        "language": optional_choice(Language),
        "inter_ethnic": flag,
        "group_dispute": flag,
        "minors_involved": flag,
        "recurrence": flag,
        "risk_level": choice(RiskLevel),
        "status": choice(CaseStatus),
        "exclusion": optional_choice(Exclusion),
        "proposal_sent_on": optional(day),
        "agreement_signed_on": optional(day),
        "deadline_on": optional(day),
        "outcome": optional_choice(Outcome),
        "termination_reason": optional_choice(TerminationReason),
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
        "language": optional_choice(Language),
        "result": choice(ConsultationResult),
        "inter_ethnic": flag,
        "sex": optional_choice(Sex),
        "age_group": optional_choice(AgeGroup),
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
