"""Put a package's de-identified rows into the ordinary tables, and take them out again.

Every line is checked before anything is written (the strict record shapes of row_schema.py, every
unit equal to or below the package's unit and among the units the importer says the package may
carry, every case number the one its unit's register gave it, every district known, every id once):
a bad line refuses the whole package with its line number. ``check_rows`` does only that, so the
importer can run it before its write transaction; ``apply_checked`` then puts the rows in, a chunk of
cases at a time, all inside a savepoint, so a clash with a row already here leaves the caller's
transaction usable and nothing written (``apply_rows`` is the two in one). No ORM objects and no
per-row audit entry: the importer writes one per package.

A region sends some 200 000 table rows a month, so the write is kept close to the driver: each
checked JSON value is turned into its stored form once (an id into the 32 hex digits SQLite keeps,
or a UUID for PostgreSQL; a date into its ISO text or a date), the rows of a table are plain tuples,
and each table's rows go to the driver's executemany through ``Connection.exec_driver_sql`` with the
insert written once per table. That stores exactly what a Core ``insert`` of the same values stores
(the columns' own types are what the conversions below reproduce; ``_statement`` refuses a column
with a default it would not fill), at a fraction of the cost of binding every value through the
column types. The placeholder mediators, a few dozen rows with JSON columns, go through Core.

Case and child ids keep the sender's UUIDs; parties and mediators become placeholders with no
personal data, ``uuid5(received_package_id, sender's id)``, so the same sender's party in two cases
is one party here, and two packages never share a placeholder.
"""

from __future__ import annotations

import gc
import json
import uuid
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Dialect, Table, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.exchange.row_schema import CASE, CASE_NUMBER, CONSULTATION, RowError
from app.models import (
    Case,
    CaseParticipant,
    ConflictDeclaration,
    Consultation,
    District,
    Extension,
    FollowUp,
    MediationSession,
    Mediator,
    MediatorAssignment,
    Obligation,
    Party,
    Satisfaction,
    SessionAttendee,
    SettlementAgreement,
    Unit,
    User,
)

CASES_FILE = "data/cases.jsonl"
CONSULTATIONS_FILE = "data/consultations.jsonl"
CHUNK = 2500  # case lines per round of inserts (consultations: four times as many)
ID_CHUNK = 2000  # ids per IN list when looking for rows already here (far below either database's limit)


@dataclass(frozen=True)
class RowsIn:
    cases: int
    consultations: int


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


def _bad(file: str, line: int, reason: str) -> ValidationError:
    return ValidationError(
        "package.bad_rows",
        f"Line {line} of {file} in the package is not valid: {reason}.",
        file=file,
        line=line,
        reason=reason,
    )


def _lines(data: bytes, file: str) -> Iterator[tuple[int, Any]]:
    """(line number, parsed JSON) of every line; a blank line (but the final newline) is an error."""
    parts = data.split(b"\n")
    if parts and parts[-1] == b"":
        parts.pop()
    for number, raw in enumerate(parts, 1):
        try:
            yield number, json.loads(raw)
        except ValueError:  # UnicodeDecodeError and JSONDecodeError both are
            raise _bad(file, number, "not a JSON object in UTF-8") from None


@dataclass
class _Scope:
    """The units rows may belong to (the package's unit and all below it) and the known districts."""

    units: dict[str, uuid.UUID]
    districts: dict[str, uuid.UUID]
    row_units: frozenset[str] | None = None  # the units a case or consultation may belong to

    @classmethod
    def read(cls, session: Session, unit_code: str) -> _Scope:
        rows = session.execute(select(Unit.id, Unit.code, Unit.parent_id)).all()
        below: dict[uuid.UUID | None, list[tuple[uuid.UUID, str]]] = {}
        root: uuid.UUID | None = None
        for unit_id, code, parent_id in rows:
            below.setdefault(parent_id, []).append((unit_id, code))
            if code == unit_code:
                root = unit_id
        units: dict[str, uuid.UUID] = {}
        if root is not None:
            units[unit_code] = root
            stack = [root]
            while stack:  # the parent chain of the units table, walked downwards
                for child_id, child_code in below.get(stack.pop(), []):
                    if child_code not in units:
                        units[child_code] = child_id
                        stack.append(child_id)
        districts = {row.code: row.id for row in session.execute(select(District.code, District.id))}
        return cls(units, districts)

    def unit(self, code: str, package_unit: str) -> None:
        if code not in self.units:
            raise RowError(f"the unit {code} is not {package_unit} or a unit below it")

    def row_unit(self, code: str, package_unit: str) -> None:
        """The unit of a case or consultation: below the package's unit, and (when the importer said
        which) one whose rows this package may carry. A council's package carries its own rows and
        those of units below it that have no key of their own; a unit with a key sends its own, so a
        council cannot add cases to its centres' figures under its own signature."""
        self.unit(code, package_unit)
        if self.row_units is not None and code not in self.row_units:
            raise RowError(f"the row's unit {code} is not one this package may carry")

    def district(self, code: str | None) -> None:
        if code is not None and code not in self.districts:
            raise RowError(f"the district {code} is not known")


_PARTY_FACTS = ("kind", "sex", "age_group", "language", "group_size")
_party_facts = itemgetter(*_PARTY_FACTS)


@dataclass
class _Plan:
    """What the first reading learnt: every id, and the parties and mediators to make placeholders of.

    Ids are kept as the canonical text they arrived in (row_schema.identifier allows no other
    spelling), which is one-to-one with the UUID and saves making a UUID object of each."""

    case_ids: list[str] = field(default_factory=list)
    numbers: dict[str, str] = field(default_factory=dict)
    consultation_ids: list[str] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    parties: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    mediators: dict[str, dict[str, Any]] = field(default_factory=dict)
    # The checked records themselves, kept for the inserts: a few times the JSON's size for a moment,
    # against parsing and checking every line twice (the slower half of an import).
    cases: list[dict[str, Any]] = field(default_factory=list)
    consultations: list[dict[str, Any]] = field(default_factory=list)

    def once(self, row_id: str) -> None:
        if row_id in self.seen:
            raise RowError(f"the id {row_id} appears twice in the package")
        self.seen.add(row_id)

    def party(self, participant: dict[str, Any]) -> None:
        facts = _party_facts(participant)
        known = self.parties.setdefault(participant["party"], facts)
        if known != facts:
            raise RowError(f"the party {participant['party']} is described differently on another line")

    def mediator(self, mediator: dict[str, Any] | None, scope: _Scope, package_unit: str) -> None:
        if mediator is None:
            return
        scope.unit(mediator["unit"], package_unit)
        # Both checked already, so == is exact here (no true == 1 between a flag and a number).
        known = self.mediators.setdefault(mediator["id"], mediator)
        if known != mediator:
            raise RowError(f"the mediator {mediator['id']} is described differently on another line")


def _check_number(case: dict[str, Any]) -> None:
    """The number is the one the unit's own register gave the case (app/services/cases.py: unit code,
    intake year, sequence): numbers are unique in every database, so a unit writing another unit's
    numbers into its rows would block that unit's packages (``package.rows_conflict``) for good."""
    number, unit, year, seq = case["number"], case["unit"], case["year"], case["seq"]
    parts = CASE_NUMBER(number)
    if (
        parts is None
        or parts["unit"] != unit
        or int(parts["year"]) != year
        or int(parts["seq"]) != seq
        or int(case["intake_date"][:4]) != year
    ):
        raise RowError(
            f"the case number {number} is not {unit}-{year}-{seq:04d} of a case taken in that year"
        )


def _check_case(case: dict[str, Any], plan: _Plan, scope: _Scope, package_unit: str) -> None:
    scope.row_unit(case["unit"], package_unit)
    scope.district(case["district"])
    _check_number(case)
    case_id = case["id"]
    plan.once(case_id)
    if case["number"] in plan.numbers:
        raise RowError(f"the case number {case['number']} appears twice in the package")
    plan.numbers[case["number"]] = case_id
    plan.case_ids.append(case_id)
    plan.cases.append(case)
    once = plan.once
    for participant in case["participants"]:
        once(participant["id"])
        plan.party(participant)
    for assignment in case["assignments"]:
        once(assignment["id"])
        once(assignment["declaration"]["id"])
        plan.mediator(assignment["mediator"], scope, package_unit)
    for session in case["sessions"]:
        once(session["id"])
        plan.mediator(session["mediator"], scope, package_unit)
    agreement = case["agreement"]
    if agreement is not None:
        once(agreement["id"])
        for obligation in agreement["obligations"]:
            once(obligation["id"])
    for kind in ("extensions", "follow_ups", "satisfaction"):
        for child in case[kind]:
            once(child["id"])


def _check_consultation(
    row: dict[str, Any], plan: _Plan, scope: _Scope, package_unit: str, case_ids: set[str]
) -> None:
    scope.row_unit(row["unit"], package_unit)
    scope.district(row["district"])
    plan.once(row["id"])
    plan.consultation_ids.append(row["id"])
    plan.consultations.append(row)
    plan.mediator(row["mediator"], scope, package_unit)
    if row["case"] is not None and row["case"] not in case_ids:
        raise RowError(f"the case {row['case']} it led to is not in the package")


def _read_plan(cases: bytes, consultations: bytes, scope: _Scope, package_unit: str) -> _Plan:
    plan = _Plan()
    for number, value in _lines(cases, CASES_FILE):
        try:
            CASE(value)
            _check_case(value, plan, scope, package_unit)
        except RowError as error:
            raise _bad(CASES_FILE, number, error.reason) from None
    case_ids = set(plan.case_ids)
    for number, value in _lines(consultations, CONSULTATIONS_FILE):
        try:
            CONSULTATION(value)
            _check_consultation(value, plan, scope, package_unit, case_ids)
        except RowError as error:
            raise _bad(CONSULTATIONS_FILE, number, error.reason) from None
    return plan


def _already_here(session: Session, column: Any, values: Sequence[Any]) -> Any | None:
    """The first of `values` found in `column`, or None."""
    for start in range(0, len(values), ID_CHUNK):
        found = session.scalar(select(column).where(column.in_(values[start : start + ID_CHUNK])).limit(1))
        if found is not None:
            return found
    return None


def _conflict(row: str) -> ValidationError:
    """`row`: the case number or the row id found here already (empty when only the database knows)."""
    return ValidationError(
        "package.rows_conflict",
        f"The package holds a row already in this database from elsewhere ({row or 'a row of a case'}). "
        "It was refused.",
        row=row,
    )


def _refuse_clashes(session: Session, plan: _Plan) -> None:
    found = _already_here(session, Case.number, list(plan.numbers))
    if found is not None:
        raise _conflict(str(found))
    found = _already_here(session, Case.id, [uuid.UUID(case_id) for case_id in plan.case_ids])
    if found is not None:
        number = next(n for n, case_id in plan.numbers.items() if case_id == str(found))
        raise _conflict(number)
    found = _already_here(session, Consultation.id, [uuid.UUID(row_id) for row_id in plan.consultation_ids])
    if found is not None:
        raise _conflict(str(found))


@dataclass(frozen=True)
class CheckedRows:
    """A package's rows with every line checked (check_rows), ready for apply_checked.

    Holds the parsed records (a few times the JSON's size) until they are written or dropped."""

    unit_code: str
    cases: int
    consultations: int
    plan: _Plan = field(repr=False)
    scope: _Scope = field(repr=False)


def check_rows(
    session: Session,
    unit_code: str,
    cases: bytes,
    consultations: bytes,
    *,
    row_units: Collection[str] | None = None,
) -> CheckedRows:
    """Check every line of a package's rows; nothing is written (`session` is only read: the units
    and districts, so a read-only session before the importer's write transaction will do).

    Every case and consultation must belong to `unit_code` or a unit below it and, when `row_units`
    is given, to one of those units. ValidationError ``package.bad_rows`` (file, line, reason) for
    the first line that is not a valid row. Clashes with rows already here are found by
    apply_checked, inside the write transaction.
    """
    scope = _Scope.read(session, unit_code)
    if row_units is not None:
        scope.row_units = frozenset(row_units)
    with _cycle_collector_paused():
        plan = _read_plan(cases, consultations, scope, unit_code)
    return CheckedRows(unit_code, len(plan.case_ids), len(plan.consultation_ids), plan, scope)


def apply_checked(session: Session, received_package_id: uuid.UUID, checked: CheckedRows) -> RowsIn:
    """Insert checked rows marked with `received_package_id` (its row must exist in `session`).

    ValidationError ``package.rows_conflict`` (row) when a case, its number or another row id is
    already here; then nothing of the rows is written and `session` stays usable.
    """
    session.flush()  # the ReceivedPackage row the inserted rows point to
    with _cycle_collector_paused():
        plan = checked.plan
        _refuse_clashes(session, plan)
        writer = _Writer(session, received_package_id, checked.scope)
        try:
            with session.begin_nested():
                writer.placeholders(plan)
                for start in range(0, len(plan.cases), CHUNK):
                    writer.cases(plan.cases[start : start + CHUNK])
                for start in range(0, len(plan.consultations), CHUNK * 4):
                    writer.consultations(plan.consultations[start : start + CHUNK * 4])
        except IntegrityError as error:
            # A child row id (or a case's unit, year and sequence) already used here: refused whole.
            raise _conflict("") from error
        return RowsIn(len(plan.case_ids), len(plan.consultation_ids))


def apply_rows(
    session: Session,
    received_package_id: uuid.UUID,
    unit_code: str,
    cases: bytes,
    consultations: bytes,
    *,
    row_units: Collection[str] | None = None,
) -> RowsIn:
    """check_rows then apply_checked in one step: ``package.bad_rows`` or ``package.rows_conflict``,
    and nothing written, when the rows are not valid or clash with rows already here."""
    with _cycle_collector_paused():
        # The parsed rows die with this frame, before the collector runs again: else its first
        # rounds would walk every one of them.
        checked = check_rows(session, unit_code, cases, consultations, row_units=row_units)
        return apply_checked(session, received_package_id, checked)


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """A package's parsed lines are a few million small dicts and lists that all stay alive until
    the inserts are done. The cyclic garbage collector walked them again and again as they grew
    (four fifths of the time spent parsing JSON) and could free none: JSON values and row tuples
    form no cycles. So it rests while one package goes in; reference counting frees everything as
    usual, and the collector runs again afterwards (unless someone else had switched it off)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# --- the stored form of the checked values -------------------------------------------------------
# What the column types (Uuid, Date, UtcDateTime in app/models/base.py) bind, value for value: on
# SQLite a UUID is its 32 lowercase hex digits, a date its ISO text, an instant the naive UTC text
# with microseconds; psycopg takes the Python objects. The checks (row_schema.py) have let through
# only canonical ids, real dates and instants with an offset, so nothing here can fail.


def _sqlite_id(text: str) -> str:
    return text.replace("-", "")  # the canonical lowercase spelling minus its dashes is UUID.hex


def _sqlite_uuid(value: uuid.UUID) -> str:
    return value.hex


def _sqlite_day(text: str) -> str:
    return date.fromisoformat(text).isoformat()  # '2026-W40-1' passes the check: stored as the day


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def _sqlite_moment(text: str) -> str:
    return _utc(text).replace(tzinfo=None).isoformat(" ", "microseconds")


def _same_uuid(value: uuid.UUID) -> uuid.UUID:
    return value


@dataclass(frozen=True)
class _Stored:
    """One function per kind of value, giving what the database driver is handed for it."""

    mark: str  # the driver's placeholder
    id: Callable[[str], Any]  # a checked id (canonical text)
    uuid: Callable[[uuid.UUID], Any]
    day: Callable[[str], Any]  # a checked date (text)
    moment: Callable[[str], Any]  # a checked instant with its offset (text)

    @classmethod
    def of(cls, dialect: Dialect) -> _Stored:
        if dialect.name == "sqlite":
            return cls("?", _sqlite_id, _sqlite_uuid, _sqlite_day, _sqlite_moment)
        if dialect.name == "postgresql" and dialect.paramstyle in ("format", "pyformat"):
            return cls("%s", uuid.UUID, _same_uuid, date.fromisoformat, _utc)
        raise NotImplementedError(
            f"rows of a package are written to SQLite or PostgreSQL, not {dialect.name}"
        )


_NOW = ("created_at", "updated_at")  # the moment of the import, in SQL: see _statement


def _statement(dialect: Dialect, table: Table, columns: Sequence[str], mark: str) -> str:
    """INSERT of `columns` (positional), with created_at/updated_at set to the moment of the import
    by the database (CURRENT_TIMESTAMP) when the row does not carry them: binding two timestamps on
    each of 200 000 rows was a good part of an import's time."""
    now = [name for name in _NOW if name in table.c and name not in columns]
    names = [*columns, *now]
    for column in table.c:
        # A column this insert leaves out gets NULL: it must not be one whose default Core fills in.
        if column.name not in names and (column.default is not None or column.server_default is not None):
            raise AssertionError(f"{table.name}.{column.name} has a default the package insert does not set")
    quote = dialect.identifier_preparer
    return (
        f"INSERT INTO {quote.format_table(table)} ({', '.join(quote.quote(name) for name in names)}) "
        f"VALUES ({', '.join([mark] * len(columns) + ['CURRENT_TIMESTAMP'] * len(now))})"
    )


_CASE_COLUMNS = (
    "id",
    "number",
    "unit_id",
    "year",
    "seq",
    "district_id",
    "intake_date",
    "channel",
    "category",
    "legal_area",
    "description",
    "language",
    "inter_ethnic",
    "group_dispute",
    "minors_involved",
    "recurrence",
    "risk_level",
    "status",
    "exclusion",
    "proposal_sent_on",
    "agreement_signed_on",
    "deadline_on",
    "outcome",
    "termination_reason",
    "ended_at",
    "ended_on",
    "closed_on",
    "received_package_id",
    "created_at",
    "version",
)
# Parents before children: the foreign keys are checked row by row.
_COLUMNS: dict[Any, tuple[str, ...]] = {
    Party: (
        "id",
        "kind",
        "sex",
        "age_group",
        "language",
        "group_size",
        "consent_given",
        "received_package_id",
        "version",
    ),
    Case: _CASE_COLUMNS,
    CaseParticipant: ("id", "case_id", "party_id", "role"),
    ConflictDeclaration: ("id", "case_id", "mediator_id", "has_conflict", "declared_at"),
    MediatorAssignment: (
        "id",
        "case_id",
        "mediator_id",
        "lead",
        "assigned_on",
        "released_on",
        "declaration_id",
    ),
    Extension: ("id", "case_id", "granted_on", "days", "reason", "parties_consented"),
    MediationSession: (
        "id",
        "case_id",
        "held_on",
        "duration_minutes",
        "kind",
        "language",
        "mediator_id",
        "version",
    ),
    SettlementAgreement: ("id", "case_id", "signed_on", "subject", "signed_by_email", "version"),
    Obligation: ("id", "agreement_id", "description", "due_on", "status", "checked_on", "version"),
    FollowUp: ("id", "case_id", "done_on", "method", "next_due_on"),
    Satisfaction: ("id", "case_id", "score", "would_recommend", "recorded_at"),
    Consultation: (
        "id",
        "unit_id",
        "mediator_id",
        "district_id",
        "held_on",
        "topic",
        "language",
        "result",
        "inter_ethnic",
        "sex",
        "age_group",
        "case_id",
        "received_package_id",
    ),
}
_CASE_TABLES = (
    Case,
    CaseParticipant,
    ConflictDeclaration,
    MediatorAssignment,
    Extension,
    MediationSession,
    SettlementAgreement,
    Obligation,
    FollowUp,
    Satisfaction,
)


class _Writer:
    def __init__(self, session: Session, package_id: uuid.UUID, scope: _Scope) -> None:
        self.session = session
        self.package_id = package_id
        dialect = session.get_bind().dialect
        self.stored = stored = _Stored.of(dialect)
        self.sql = {
            model: _statement(dialect, _table(model), columns, stored.mark)
            for model, columns in _COLUMNS.items()
        }
        self.package = stored.uuid(package_id)
        # Codes to stored ids, converted once per package rather than once per row.
        self.units = {code: stored.uuid(unit_id) for code, unit_id in scope.units.items()}
        self.districts: dict[str | None, Any] = {
            code: stored.uuid(district_id) for code, district_id in scope.districts.items()
        }
        self.districts[None] = None
        self.parties: dict[str, Any] = {}  # the sender's party id -> the placeholder's stored id
        self.mediators: dict[str, Any] = {}  # the same for mediators
        self.scope = scope

    def _insert(self, model: Any, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            self.session.connection().exec_driver_sql(self.sql[model], rows)

    def placeholders(self, plan: _Plan) -> None:
        """Parties and mediators with the facts the reports count and nothing personal."""
        stored = self.stored
        parties = []
        for original, (kind, sex, age_group, language, group_size) in plan.parties.items():
            party_id = self.parties[original] = stored.uuid(uuid.uuid5(self.package_id, original))
            parties.append((party_id, kind, sex, age_group, language, group_size, False, self.package, 1))
        for start in range(0, len(parties), CHUNK * 4):
            self._insert(Party, parties[start : start + CHUNK * 4])
        mediators = []
        for original, facts in plan.mediators.items():
            mediator_id = uuid.uuid5(self.package_id, original)
            self.mediators[original] = stored.uuid(mediator_id)
            mediators.append(
                {
                    "id": mediator_id,
                    "unit_id": self.scope.units[facts["unit"]],
                    "last_name": "",
                    "first_name": "",
                    "kind": facts["kind"],
                    "languages": facts["languages"],
                    "specialisations": facts["specialisations"],
                    "active": facts["active"],
                    "received_package_id": self.package_id,
                    "version": 1,
                }
            )
        if mediators:  # a few dozen rows with JSON columns: Core binds them through their types
            table = _table(Mediator)
            now = {name: func.current_timestamp() for name in _NOW}
            self.session.execute(insert(table).values(now), mediators)

    def cases(self, batch: Sequence[dict[str, Any]]) -> None:
        stored = self.stored
        uid, day, moment = stored.id, stored.day, stored.moment
        package, units, districts = self.package, self.units, self.districts
        parties, mediators = self.parties, self.mediators
        tables: dict[Any, list[tuple[Any, ...]]] = {model: [] for model in _CASE_TABLES}
        cases, participants = tables[Case], tables[CaseParticipant]
        declarations, assignments = tables[ConflictDeclaration], tables[MediatorAssignment]
        extensions, sessions = tables[Extension], tables[MediationSession]
        agreements, obligations = tables[SettlementAgreement], tables[Obligation]
        follow_ups, answers = tables[FollowUp], tables[Satisfaction]

        def maybe_day(text: str | None) -> Any:
            return None if text is None else day(text)

        for case in batch:
            case_id = uid(case["id"])
            ended_at = case["ended_at"]
            cases.append(
                (
                    case_id,
                    case["number"],
                    units[case["unit"]],
                    case["year"],
                    case["seq"],
                    districts[case["district"]],
                    day(case["intake_date"]),
                    case["channel"],
                    case["category"],
                    case["legal_area"],
                    "",
                    case["language"],
                    case["inter_ethnic"],
                    case["group_dispute"],
                    case["minors_involved"],
                    case["recurrence"],
                    case["risk_level"],
                    case["status"],
                    case["exclusion"],
                    maybe_day(case["proposal_sent_on"]),
                    maybe_day(case["agreement_signed_on"]),
                    maybe_day(case["deadline_on"]),
                    case["outcome"],
                    case["termination_reason"],
                    None if ended_at is None else moment(ended_at),
                    maybe_day(case["ended_on"]),
                    maybe_day(case["closed_on"]),
                    package,
                    moment(case["created_at"]),
                    1,
                )
            )
            for p in case["participants"]:
                participants.append((uid(p["id"]), case_id, parties[p["party"]], p["role"]))
            for a in case["assignments"]:
                declaration = a["declaration"]
                declaration_id = uid(declaration["id"])
                mediator_id = mediators[a["mediator"]["id"]]
                declarations.append(
                    (
                        declaration_id,
                        case_id,
                        mediator_id,
                        declaration["has_conflict"],
                        moment(declaration["declared_at"]),
                    )
                )
                assignments.append(
                    (
                        uid(a["id"]),
                        case_id,
                        mediator_id,
                        a["lead"],
                        day(a["assigned_on"]),
                        maybe_day(a["released_on"]),
                        declaration_id,
                    )
                )
            for e in case["extensions"]:
                extensions.append(
                    (uid(e["id"]), case_id, day(e["granted_on"]), e["days"], "", e["parties_consented"])
                )
            for s in case["sessions"]:
                mediator = s["mediator"]
                sessions.append(
                    (
                        uid(s["id"]),
                        case_id,
                        day(s["held_on"]),
                        s["duration_minutes"],
                        s["kind"],
                        s["language"],
                        None if mediator is None else mediators[mediator["id"]],
                        1,
                    )
                )
            agreement = case["agreement"]
            if agreement is not None:
                agreement_id = uid(agreement["id"])
                agreements.append(
                    (agreement_id, case_id, day(agreement["signed_on"]), "", agreement["signed_by_email"], 1)
                )
                for o in agreement["obligations"]:
                    obligations.append(
                        (
                            uid(o["id"]),
                            agreement_id,
                            "",
                            day(o["due_on"]),
                            o["status"],
                            maybe_day(o["checked_on"]),
                            1,
                        )
                    )
            for f in case["follow_ups"]:
                follow_ups.append(
                    (uid(f["id"]), case_id, day(f["done_on"]), f["method"], maybe_day(f["next_due_on"]))
                )
            for answer in case["satisfaction"]:
                answers.append(
                    (
                        uid(answer["id"]),
                        case_id,
                        answer["score"],
                        answer["would_recommend"],
                        moment(answer["recorded_at"]),
                    )
                )
        for model, rows in tables.items():  # parents before children (the dict keeps that order)
            self._insert(model, rows)

    def consultations(self, batch: Sequence[dict[str, Any]]) -> None:
        stored = self.stored
        uid, day = stored.id, stored.day
        package, units, districts, mediators = self.package, self.units, self.districts, self.mediators
        rows = []
        for row in batch:
            mediator, case_id = row["mediator"], row["case"]
            rows.append(
                (
                    uid(row["id"]),
                    units[row["unit"]],
                    None if mediator is None else mediators[mediator["id"]],
                    districts[row["district"]],
                    day(row["held_on"]),
                    row["topic"],
                    row["language"],
                    row["result"],
                    row["inter_ethnic"],
                    row["sex"],
                    row["age_group"],
                    None if case_id is None else uid(case_id),
                    package,
                )
            )
        self._insert(Consultation, rows)


def remove_rows(session: Session, received_package_id: uuid.UUID) -> None:
    """Delete every row of that package: children before their parents, so no foreign key (with or
    without ON DELETE CASCADE, on SQLite or PostgreSQL) ever points at a row already gone.

    A local row may point at one of them (a case recorded as the recurrence of an imported case, a
    consultation that led to one, a user linked to a placeholder mediator...): the read-only guard
    refuses new such links, but older data may hold some, and one of them would make every later
    package of that unit fail on the foreign key. Those links are cleared first (the nullable ones;
    the guard has always refused the others, such as a local case's participant being an imported
    party): the rows they pointed at are about to be replaced by the unit's newer ones anyway."""
    session.flush()
    cases = select(Case.id).where(Case.received_package_id == received_package_id)
    agreements = select(SettlementAgreement.id).where(SettlementAgreement.case_id.in_(cases))
    sessions = select(MediationSession.id).where(MediationSession.case_id.in_(cases))
    participants = select(CaseParticipant.id).where(CaseParticipant.case_id.in_(cases))
    mediators = select(Mediator.id).where(Mediator.received_package_id == received_package_id)
    statements = [
        delete(_table(Consultation)).where(_table(Consultation).c.received_package_id == received_package_id),
        # The package's own consultations and sessions are gone or going: what still points here is local.
        *(
            update(column.table).where(column.in_(targets)).values({column.name: None})
            for column, targets in (
                (_table(Case).c.recurrence_of_id, cases),
                (_table(Consultation).c.case_id, cases),
                (_table(Consultation).c.mediator_id, mediators),
                (_table(User).c.mediator_id, mediators),
                (_table(CaseParticipant).c.represents_id, participants),
                (_table(Obligation).c.obligor_id, participants),
                (_table(Satisfaction).c.participant_id, participants),
            )
        ),
        delete(_table(Satisfaction)).where(_table(Satisfaction).c.case_id.in_(cases)),
        delete(_table(FollowUp)).where(_table(FollowUp).c.case_id.in_(cases)),
        delete(_table(Obligation)).where(_table(Obligation).c.agreement_id.in_(agreements)),
        delete(_table(SettlementAgreement)).where(_table(SettlementAgreement).c.case_id.in_(cases)),
        delete(_table(SessionAttendee)).where(_table(SessionAttendee).c.session_id.in_(sessions)),
        delete(_table(SessionAttendee)).where(_table(SessionAttendee).c.participant_id.in_(participants)),
        delete(_table(MediationSession)).where(_table(MediationSession).c.case_id.in_(cases)),
        # A local session led by a placeholder mediator keeps the session, without the mediator.
        update(_table(MediationSession))
        .where(_table(MediationSession).c.mediator_id.in_(mediators))
        .values(mediator_id=None),
        delete(_table(Extension)).where(_table(Extension).c.case_id.in_(cases)),
        delete(_table(MediatorAssignment)).where(_table(MediatorAssignment).c.case_id.in_(cases)),
        delete(_table(ConflictDeclaration)).where(_table(ConflictDeclaration).c.case_id.in_(cases)),
        delete(_table(CaseParticipant)).where(_table(CaseParticipant).c.case_id.in_(cases)),
        delete(_table(Case)).where(_table(Case).c.received_package_id == received_package_id),
        delete(_table(Party)).where(_table(Party).c.received_package_id == received_package_id),
        delete(_table(Mediator)).where(_table(Mediator).c.received_package_id == received_package_id),
    ]
    for statement in statements:
        session.execute(statement)
