"""Writing the checked rows of one import: cases, parties, their roles, search documents, audit rows.

Fifty thousand rows through the ORM's unit of work (a flush per case, the audit and search hooks per
object) would take minutes; here each table gets one executemany INSERT per thousand cases, inside the
caller's single write transaction. The hooks are not bypassed silently: every case gets a "created"
audit row (who, when, its number and the batch it came in), so its history starts with the import,
and the same search document the search hook builds. Its parties and their roles come with the case.
"""

from __future__ import annotations

import os
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Case, CaseCounter, CaseParticipant, CaseSearchDoc, Party, Unit
from app.models.base import Base
from app.models.enums import AuditAction
from app.services import clock
from app.services.cases import format_number
from app.services.context import Actor, actor_of
from app.services.importing.drafts import CaseDraft
from app.services.importing.names import PartyName
from app.services.search_index import build_document

CHUNK = 1000
_PARTY_COLUMNS = [
    c.name for c in Party.__table__.columns if c.name not in ("id", "created_at", "updated_at", "version")
]


def _seq_of(number: str) -> int:
    return int(number.rsplit("-", 1)[1])


def assign_numbers(session: Session, unit: Unit, drafts: Sequence[CaseDraft]) -> dict[int, str]:
    """Row -> case number. Numbers the register gave are kept; the others follow the highest number
    of their year (the unit's counter, its cases, the file's own numbers), in intake order."""
    years = sorted({d.intake_date.year for d in drafts})
    highest: dict[int, int] = defaultdict(int)
    for year, seq in session.execute(
        select(Case.year, Case.seq).where(Case.unit_id == unit.id, Case.year.in_(years))
    ):
        highest[year] = max(highest[year], seq)
    for counter in session.scalars(
        select(CaseCounter).where(CaseCounter.unit_id == unit.id, CaseCounter.year.in_(years))
    ):
        highest[counter.year] = max(highest[counter.year], counter.last_seq)
    numbers: dict[int, str] = {}
    for draft in drafts:
        if draft.number is not None:
            numbers[draft.row] = draft.number
            year = draft.intake_date.year
            highest[year] = max(highest[year], _seq_of(draft.number))
    for draft in sorted((d for d in drafts if d.number is None), key=lambda d: (d.intake_date, d.row)):
        year = draft.intake_date.year
        highest[year] += 1
        numbers[draft.row] = format_number(unit.code, year, highest[year])
    for year in years:  # the next case registered by hand continues after the imported ones
        stored = session.get(CaseCounter, (unit.id, year))
        if stored is None:
            session.add(CaseCounter(unit_id=unit.id, year=year, last_seq=highest[year]))
        elif stored.last_seq < highest[year]:
            stored.last_seq = highest[year]
    return numbers


def _case_values(
    draft: CaseDraft, case_id: uuid.UUID, number: str, unit: Unit, batch_id: uuid.UUID, term_days: int
) -> dict[str, Any]:
    ended_at = None if draft.ended_on is None else datetime.combine(draft.ended_on, time(12), clock.KZ_TZ)
    deadline = (
        None if draft.agreement_signed_on is None else draft.agreement_signed_on + timedelta(days=term_days)
    )
    return {
        "id": case_id,
        "number": number,
        "unit_id": unit.id,
        "year": draft.intake_date.year,
        "seq": _seq_of(number),
        "district_id": unit.district_id,
        "intake_date": draft.intake_date,
        "channel": draft.channel,
        "category": draft.category,
        "legal_area": None,
        "description": draft.description,
        "language": draft.language,
        "inter_ethnic": draft.inter_ethnic,
        "group_dispute": draft.group_dispute,
        "minors_involved": draft.minors_involved,
        "recurrence": False,
        "recurrence_of_id": None,
        "risk_level": draft.risk_level,
        "status": draft.status,
        "exclusion": draft.exclusion,
        "exclusion_note": None,
        "proposal_sent_on": None,
        "agreement_signed_on": draft.agreement_signed_on,
        "deadline_on": deadline,
        "outcome": draft.outcome,
        "termination_reason": draft.termination_reason,
        "termination_note": draft.termination_note,
        "ended_at": ended_at,
        "ended_on": draft.ended_on,
        "closed_on": draft.closed_on,
        "import_batch_id": batch_id,
    }


def _new_ids(count: int) -> Iterator[uuid.UUID]:
    """Random (version 4) UUIDs from one read of the system's randomness, not one read per id."""
    data = os.urandom(16 * count)
    for start in range(0, len(data), 16):
        yield uuid.UUID(bytes=data[start : start + 16], version=4)


def _party_display(name: PartyName) -> str:
    return name.org_name or " ".join(p for p in (name.last_name, name.first_name, name.middle_name) if p)


class _Rows:
    """The rows of one chunk of cases, table by table, in the order they must be inserted."""

    def __init__(self, batch_id: uuid.UUID, actor: Actor, now: datetime) -> None:
        self.batch_id = batch_id
        self.actor = actor
        self.stamps = {"created_at": now, "updated_at": now}
        self.now = now
        self.tables: dict[type[Base], list[dict[str, Any]]] = {
            Case: [],
            Party: [],
            CaseParticipant: [],
            CaseSearchDoc: [],
            AuditEntry: [],
        }

    def add(self, values: dict[str, Any], draft: CaseDraft, ids: Iterator[uuid.UUID]) -> None:
        case_id, number = values["id"], values["number"]
        self.tables[Case].append({**values, **self.stamps, "version": 1})
        names: list[str] = []
        for party in draft.parties:
            party_id = next(ids)
            row = dict.fromkeys(_PARTY_COLUMNS)
            row.update(party.values)
            self.tables[Party].append({**row, "id": party_id, **self.stamps, "version": 1})
            self.tables[CaseParticipant].append(
                {
                    "id": next(ids),
                    "case_id": case_id,
                    "party_id": party_id,
                    "role": party.role,
                    "represents_id": None,
                    **self.stamps,
                }
            )
            names.append(_party_display(party.name))
        self.tables[CaseSearchDoc].append(
            {"case_id": case_id, "document": build_document(number, draft.description, names)}
        )
        # The case's own history begins with its registration by this import ("registered the case ...");
        # its values are in the case row, the batch says where they came from.
        changes = {
            "number": [None, number],
            "status": [None, draft.status.value],
            "import_batch_id": [None, str(self.batch_id)],
        }
        self.tables[AuditEntry].append(
            {
                "at": self.now,
                "user_id": self.actor.user_id,
                "actor": self.actor.name,
                "action": AuditAction.CREATE,
                "entity": "cases",
                "entity_id": str(case_id),
                "case_id": case_id,
                "changes": changes,
                "summary": None,
            }
        )


def write_drafts(
    session: Session,
    unit: Unit,
    batch_id: uuid.UUID,
    drafts: Sequence[CaseDraft],
    *,
    term_days: int,
    progress: Callable[[int], None] | None = None,
) -> list[tuple[int, str]]:
    """Insert the drafts; (row, case number) of each case added, in the file's order."""
    numbers = assign_numbers(session, unit, drafts)
    session.flush()  # the batch and the counters before the rows that refer to them
    actor, now = actor_of(session), clock.now()
    connection = session.connection()
    added: list[tuple[int, str]] = []
    for start in range(0, len(drafts), CHUNK):
        chunk = drafts[start : start + CHUNK]
        ids = _new_ids(sum(1 + 2 * len(d.parties) for d in chunk))
        rows = _Rows(batch_id, actor, now)
        for draft in chunk:
            number = numbers[draft.row]
            rows.add(_case_values(draft, next(ids), number, unit, batch_id, term_days), draft, ids)
            added.append((draft.row, number))
        for table, values in rows.tables.items():
            if values:
                connection.execute(insert(table), values)
        if progress is not None:
            progress(start + len(chunk))
    return added
