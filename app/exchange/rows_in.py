"""Put a package's de-identified rows into the ordinary tables, and take them out again.

Every line is checked before anything is written (the strict record shapes of row_schema.py, every
unit equal to or below the package's unit, every district known, every id once): a bad line refuses
the whole package with its line number. The rows then go in with Core ``insert`` executemany, a chunk
of cases at a time (no ORM objects, no per-row audit entry: the importer writes one per package), all
inside a savepoint, so a clash with a row already here leaves the caller's transaction usable and
nothing written.

Case and child ids keep the sender's UUIDs; parties and mediators become placeholders with no
personal data, ``uuid5(received_package_id, sender's id)``, so the same sender's party in two cases
is one party here, and two packages never share a placeholder.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.exchange.row_schema import CASE, CONSULTATION, RowError
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
)

CASES_FILE = "data/cases.jsonl"
CONSULTATIONS_FILE = "data/consultations.jsonl"
CHUNK = 1000  # case lines per round of inserts
ID_CHUNK = 500  # ids per IN list when looking for rows already here


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

    def unit(self, code: str, package_unit: str) -> uuid.UUID:
        unit_id = self.units.get(code)
        if unit_id is None:
            raise RowError(f"the unit {code} is not {package_unit} or a unit below it")
        return unit_id

    def district(self, code: str | None) -> uuid.UUID | None:
        if code is None:
            return None
        district_id = self.districts.get(code)
        if district_id is None:
            raise RowError(f"the district {code} is not known")
        return district_id


@dataclass
class _Plan:
    """What the first reading learnt: every id, and the parties and mediators to make placeholders of."""

    case_ids: list[uuid.UUID] = field(default_factory=list)
    numbers: dict[str, uuid.UUID] = field(default_factory=dict)
    consultation_ids: list[uuid.UUID] = field(default_factory=list)
    seen: set[uuid.UUID] = field(default_factory=set)
    parties: dict[uuid.UUID, tuple[Any, ...]] = field(default_factory=dict)
    mediators: dict[uuid.UUID, dict[str, Any]] = field(default_factory=dict)
    # The checked records themselves, kept for the inserts: a few times the JSON's size for a moment,
    # against parsing and checking every line twice (the slower half of an import).
    cases: list[dict[str, Any]] = field(default_factory=list)
    consultations: list[dict[str, Any]] = field(default_factory=list)

    def once(self, row_id: uuid.UUID) -> None:
        if row_id in self.seen:
            raise RowError(f"the id {row_id} appears twice in the package")
        self.seen.add(row_id)

    def party(self, participant: dict[str, Any]) -> None:
        facts = tuple(participant[name] for name in _PARTY_FACTS)
        known = self.parties.setdefault(participant["party"], facts)
        if known != facts:
            raise RowError(f"the party {participant['party']} is described differently on another line")

    def mediator(self, mediator: dict[str, Any] | None, scope: _Scope, package_unit: str) -> None:
        if mediator is None:
            return
        scope.unit(mediator["unit"], package_unit)
        known = self.mediators.setdefault(mediator["id"], mediator)
        if known != mediator:
            raise RowError(f"the mediator {mediator['id']} is described differently on another line")


_PARTY_FACTS = ("kind", "sex", "age_group", "language", "group_size")


def _check_case(case: dict[str, Any], plan: _Plan, scope: _Scope, package_unit: str) -> None:
    scope.unit(case["unit"], package_unit)
    scope.district(case["district"])
    plan.once(case["id"])
    if case["number"] in plan.numbers:
        raise RowError(f"the case number {case['number']} appears twice in the package")
    plan.numbers[case["number"]] = case["id"]
    plan.case_ids.append(case["id"])
    plan.cases.append(case)
    for participant in case["participants"]:
        plan.once(participant["id"])
        plan.party(participant)
    for assignment in case["assignments"]:
        plan.once(assignment["id"])
        plan.once(assignment["declaration"]["id"])
        plan.mediator(assignment["mediator"], scope, package_unit)
    for session in case["sessions"]:
        plan.once(session["id"])
        plan.mediator(session["mediator"], scope, package_unit)
    agreement = case["agreement"]
    if agreement is not None:
        plan.once(agreement["id"])
        for obligation in agreement["obligations"]:
            plan.once(obligation["id"])
    for kind in ("extensions", "follow_ups", "satisfaction"):
        for child in case[kind]:
            plan.once(child["id"])


def _check_consultation(
    row: dict[str, Any], plan: _Plan, scope: _Scope, package_unit: str, case_ids: set[uuid.UUID]
) -> None:
    scope.unit(row["unit"], package_unit)
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
            _check_case(CASE(value), plan, scope, package_unit)
        except RowError as error:
            raise _bad(CASES_FILE, number, error.reason) from None
    case_ids = set(plan.case_ids)
    for number, value in _lines(consultations, CONSULTATIONS_FILE):
        try:
            _check_consultation(CONSULTATION(value), plan, scope, package_unit, case_ids)
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
    found = _already_here(session, Case.id, plan.case_ids)
    if found is not None:
        number = next(n for n, case_id in plan.numbers.items() if case_id == found)
        raise _conflict(number)
    found = _already_here(session, Consultation.id, plan.consultation_ids)
    if found is not None:
        raise _conflict(str(found))


def apply_rows(
    session: Session, received_package_id: uuid.UUID, unit_code: str, cases: bytes, consultations: bytes
) -> RowsIn:
    """Check every line, then insert the rows marked with `received_package_id` (its row must exist).

    ValidationError ``package.bad_rows`` (file, line, reason) for a line that is not a valid row;
    ``package.rows_conflict`` (row) when a case, its number or another row id is already here.
    Either way nothing is written.
    """
    session.flush()  # the ReceivedPackage row the inserted rows point to
    scope = _Scope.read(session, unit_code)
    plan = _read_plan(cases, consultations, scope, unit_code)
    _refuse_clashes(session, plan)
    writer = _Inserter(session, received_package_id, scope, unit_code)
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


class _Inserter:
    def __init__(self, session: Session, package_id: uuid.UUID, scope: _Scope, package_unit: str) -> None:
        self.session = session
        self.package_id = package_id
        self.scope = scope
        self.package_unit = package_unit
        self.parties: dict[uuid.UUID, uuid.UUID] = {}
        self.mediators: dict[uuid.UUID, uuid.UUID] = {}

    def _insert(self, model: Any, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        table = _table(model)
        # The moment of the import, as one SQL expression instead of a parameter per row: binding
        # two timestamps on each of 100 000 rows is a good part of the whole import's time.
        now = {
            name: func.current_timestamp()
            for name in ("created_at", "updated_at")
            if name in table.c and name not in rows[0]
        }
        self.session.execute(insert(table).values(now), rows)

    def placeholders(self, plan: _Plan) -> None:
        """Parties and mediators with the facts the reports count and nothing personal."""
        parties = []
        for original, (kind, sex, age_group, language, group_size) in plan.parties.items():
            party_id = self.parties[original] = uuid.uuid5(self.package_id, str(original))
            parties.append(
                {
                    "id": party_id,
                    "kind": kind,
                    "sex": sex,
                    "age_group": age_group,
                    "language": language,
                    "group_size": group_size,
                    "consent_given": False,
                    "received_package_id": self.package_id,
                    "version": 1,
                }
            )
        for start in range(0, len(parties), CHUNK * 4):
            self._insert(Party, parties[start : start + CHUNK * 4])
        mediators = []
        for original, facts in plan.mediators.items():
            mediator_id = self.mediators[original] = uuid.uuid5(self.package_id, str(original))
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
        self._insert(Mediator, mediators)

    def _mediator(self, mediator: dict[str, Any] | None) -> uuid.UUID | None:
        return None if mediator is None else self.mediators[mediator["id"]]

    def cases(self, batch: list[dict[str, Any]]) -> None:
        tables: dict[Any, list[dict[str, Any]]] = {
            model: []
            for model in (
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
        }
        for case in batch:
            case_id = case["id"]
            tables[Case].append(self._case_row(case))
            for p in case["participants"]:
                tables[CaseParticipant].append(
                    {
                        "id": p["id"],
                        "case_id": case_id,
                        "party_id": self.parties[p["party"]],
                        "role": p["role"],
                    }
                )
            for a in case["assignments"]:
                declaration = a["declaration"]
                mediator_id = self._mediator(a["mediator"])
                tables[ConflictDeclaration].append(
                    {
                        "id": declaration["id"],
                        "case_id": case_id,
                        "mediator_id": mediator_id,
                        "has_conflict": declaration["has_conflict"],
                        "declared_at": declaration["declared_at"],
                    }
                )
                tables[MediatorAssignment].append(
                    {
                        "id": a["id"],
                        "case_id": case_id,
                        "mediator_id": mediator_id,
                        "lead": a["lead"],
                        "assigned_on": a["assigned_on"],
                        "released_on": a["released_on"],
                        "declaration_id": declaration["id"],
                    }
                )
            for e in case["extensions"]:
                tables[Extension].append(
                    {
                        "id": e["id"],
                        "case_id": case_id,
                        "granted_on": e["granted_on"],
                        "days": e["days"],
                        "reason": "",
                        "parties_consented": e["parties_consented"],
                    }
                )
            for s in case["sessions"]:
                tables[MediationSession].append(
                    {
                        "id": s["id"],
                        "case_id": case_id,
                        "held_on": s["held_on"],
                        "duration_minutes": s["duration_minutes"],
                        "kind": s["kind"],
                        "language": s["language"],
                        "mediator_id": self._mediator(s["mediator"]),
                        "version": 1,
                    }
                )
            agreement = case["agreement"]
            if agreement is not None:
                tables[SettlementAgreement].append(
                    {
                        "id": agreement["id"],
                        "case_id": case_id,
                        "signed_on": agreement["signed_on"],
                        "subject": "",
                        "signed_by_email": agreement["signed_by_email"],
                        "version": 1,
                    }
                )
                for o in agreement["obligations"]:
                    tables[Obligation].append(
                        {
                            "id": o["id"],
                            "agreement_id": agreement["id"],
                            "description": "",
                            "due_on": o["due_on"],
                            "status": o["status"],
                            "checked_on": o["checked_on"],
                            "version": 1,
                        }
                    )
            for f in case["follow_ups"]:
                tables[FollowUp].append(
                    {
                        "id": f["id"],
                        "case_id": case_id,
                        "done_on": f["done_on"],
                        "method": f["method"],
                        "next_due_on": f["next_due_on"],
                    }
                )
            for answer in case["satisfaction"]:
                tables[Satisfaction].append(
                    {
                        "id": answer["id"],
                        "case_id": case_id,
                        "score": answer["score"],
                        "would_recommend": answer["would_recommend"],
                        "recorded_at": answer["recorded_at"],
                    }
                )
        for model, rows in tables.items():  # parents before children (the dict keeps that order)
            self._insert(model, rows)

    def _case_row(self, case: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": case["id"],
            "number": case["number"],
            "unit_id": self.scope.units[case["unit"]],
            "year": case["year"],
            "seq": case["seq"],
            "district_id": self.scope.district(case["district"]),
            "intake_date": case["intake_date"],
            "channel": case["channel"],
            "category": case["category"],
            "legal_area": case["legal_area"],
            "description": "",
            "language": case["language"],
            "inter_ethnic": case["inter_ethnic"],
            "group_dispute": case["group_dispute"],
            "minors_involved": case["minors_involved"],
            "recurrence": case["recurrence"],
            "risk_level": case["risk_level"],
            "status": case["status"],
            "exclusion": case["exclusion"],
            "proposal_sent_on": case["proposal_sent_on"],
            "agreement_signed_on": case["agreement_signed_on"],
            "deadline_on": case["deadline_on"],
            "outcome": case["outcome"],
            "termination_reason": case["termination_reason"],
            "ended_at": case["ended_at"],
            "ended_on": case["ended_on"],
            "closed_on": case["closed_on"],
            "received_package_id": self.package_id,
            "created_at": case["created_at"],
            "version": 1,
        }

    def consultations(self, batch: list[dict[str, Any]]) -> None:
        self._insert(
            Consultation,
            [
                {
                    "id": row["id"],
                    "unit_id": self.scope.units[row["unit"]],
                    "mediator_id": self._mediator(row["mediator"]),
                    "district_id": self.scope.district(row["district"]),
                    "held_on": row["held_on"],
                    "topic": row["topic"],
                    "language": row["language"],
                    "result": row["result"],
                    "inter_ethnic": row["inter_ethnic"],
                    "sex": row["sex"],
                    "age_group": row["age_group"],
                    "case_id": row["case"],
                    "received_package_id": self.package_id,
                }
                for row in batch
            ],
        )


def remove_rows(session: Session, received_package_id: uuid.UUID) -> None:
    """Delete every row of that package: children before their parents, so no foreign key (with or
    without ON DELETE CASCADE, on SQLite or PostgreSQL) ever points at a row already gone."""
    session.flush()
    cases = select(Case.id).where(Case.received_package_id == received_package_id)
    agreements = select(SettlementAgreement.id).where(SettlementAgreement.case_id.in_(cases))
    sessions = select(MediationSession.id).where(MediationSession.case_id.in_(cases))
    statements = [
        delete(_table(Consultation)).where(_table(Consultation).c.received_package_id == received_package_id),
        delete(_table(Satisfaction)).where(_table(Satisfaction).c.case_id.in_(cases)),
        delete(_table(FollowUp)).where(_table(FollowUp).c.case_id.in_(cases)),
        delete(_table(Obligation)).where(_table(Obligation).c.agreement_id.in_(agreements)),
        delete(_table(SettlementAgreement)).where(_table(SettlementAgreement).c.case_id.in_(cases)),
        delete(_table(SessionAttendee)).where(_table(SessionAttendee).c.session_id.in_(sessions)),
        delete(_table(MediationSession)).where(_table(MediationSession).c.case_id.in_(cases)),
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
