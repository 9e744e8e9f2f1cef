"""The imports made so far, and undoing one as a whole.

An import can be undone while nothing else has touched its cases: no one has changed a case, added a
session, a mediator, a party or a consultation to it, edited one of its parties, or registered a case
as a recurrence of it. The audit trail tells: the import wrote one "created" row per case, so any other
row about those cases means someone worked on them; the version columns and the links from other
cases catch the rest. Undoing then removes the cases, their parties and search documents in one
transaction, and the batch stays listed as undone, with who undid it and when.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.orm import Session

from app.errors import ConflictError, NotFoundError, WorkflowError
from app.models import (
    AuditEntry,
    Case,
    CaseCounter,
    CaseParticipant,
    CaseSearchDoc,
    Consultation,
    ImportBatch,
    Party,
    Unit,
)
from app.models.enums import AuditAction
from app.services import audit, clock
from app.services.context import actor_of
from app.services.importing.runner import require_unit

_CHUNK = 500


@dataclass(frozen=True)
class BatchInfo:
    id: uuid.UUID
    created_at: datetime
    unit_code: str
    source_name: str
    sheet: str | None
    actor: str
    rows_read: int
    cases_added: int
    rows_matched: int
    rows_refused: int
    undone_at: datetime | None
    undone_by: str | None


def _info(batch: ImportBatch, unit_code: str) -> BatchInfo:
    return BatchInfo(
        batch.id,
        batch.created_at,
        unit_code,
        batch.source_name,
        batch.sheet,
        batch.actor,
        batch.rows_read,
        batch.cases_added,
        batch.rows_matched,
        batch.rows_refused,
        batch.undone_at,
        batch.undone_by,
    )


def list_batches(
    session: Session, unit_ids: Sequence[uuid.UUID] | None = None, limit: int = 50
) -> list[BatchInfo]:
    """The newest imports first (of these units, or of all)."""
    query = select(ImportBatch, Unit.code).join(Unit, Unit.id == ImportBatch.unit_id)
    if unit_ids is not None:
        query = query.where(ImportBatch.unit_id.in_(unit_ids))
    rows = session.execute(query.order_by(ImportBatch.created_at.desc()).limit(limit))
    return [_info(batch, code) for batch, code in rows]


def find_batch(session: Session, text: str) -> uuid.UUID:
    """A batch by its id, or by the first characters of it as `import list` shows them."""
    wanted = text.strip().lower()
    ids = [
        batch_id
        for batch_id in session.scalars(select(ImportBatch.id))
        if len(wanted) >= 4 and str(batch_id).startswith(wanted)
    ]
    if len(ids) != 1:
        raise NotFoundError("import.batch_not_found", f"There is no import {text!r}.")
    return ids[0]


def last_batch(session: Session, unit_ids: Sequence[uuid.UUID] | None = None) -> BatchInfo | None:
    """The newest import that added cases and has not been undone."""
    for info in list_batches(session, unit_ids, limit=20):
        if info.undone_at is None and info.cases_added:
            return info
    return None


def _chunks(ids: Sequence[uuid.UUID]) -> Iterable[Sequence[uuid.UUID]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _first_touched(session: Session, batch_id: uuid.UUID) -> uuid.UUID | None:
    """A case of the batch someone else has worked on, if any."""
    ours = select(Case.id).where(Case.import_batch_id == batch_id).scalar_subquery()
    created_by_import = and_(AuditEntry.entity == "cases", AuditEntry.action == AuditAction.CREATE)
    not_ours = or_(Case.import_batch_id.is_(None), Case.import_batch_id != batch_id)
    our_parties = select(CaseParticipant.party_id).where(CaseParticipant.case_id.in_(ours)).scalar_subquery()
    questions = (
        select(AuditEntry.case_id).where(AuditEntry.case_id.in_(ours), ~created_by_import),
        select(Case.id).where(Case.import_batch_id == batch_id, Case.version > 1),
        select(Case.recurrence_of_id).where(Case.recurrence_of_id.in_(ours), not_ours),
        select(Consultation.case_id).where(Consultation.case_id.in_(ours)),
        # A party of the import edited, or put on another case.
        select(CaseParticipant.case_id)
        .join(Party, Party.id == CaseParticipant.party_id)
        .where(CaseParticipant.party_id.in_(our_parties), Party.version > 1),
        select(CaseParticipant.party_id).where(
            CaseParticipant.party_id.in_(our_parties), CaseParticipant.case_id.not_in(ours)
        ),
    )
    for question in questions:
        found = session.scalar(question.limit(1))
        if found is not None:
            return found
    return None


def undo_batch(session: Session, batch_id: uuid.UUID) -> int:
    """Remove the cases the import added; the number removed. Refused when anyone has touched them."""
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFoundError("import.batch_not_found", f"There is no import {batch_id}.")
    unit = session.get(Unit, batch.unit_id)
    if unit is not None:
        require_unit(session, unit)
    if batch.undone_at is not None:
        raise WorkflowError(
            "import.batch_already_undone", f"The import of {batch.source_name} was already undone."
        )
    touched = _first_touched(session, batch.id)
    if touched is not None:
        number = session.scalar(
            select(Case.number)
            .where(
                or_(
                    Case.id == touched,
                    Case.id.in_(select(CaseParticipant.case_id).where(CaseParticipant.party_id == touched)),
                )
            )
            .limit(1)
        )
        raise ConflictError(
            "import.batch_touched",
            f"The import cannot be undone: case {number} has been worked on since. Change it by hand instead.",
            number=number or "",
        )
    ours = select(Case.id).where(Case.import_batch_id == batch.id).scalar_subquery()
    party_ids = list(
        session.scalars(select(CaseParticipant.party_id).where(CaseParticipant.case_id.in_(ours)))
    )
    years = list(session.scalars(select(Case.year).where(Case.import_batch_id == batch.id).distinct()))
    removed = (
        session.scalar(select(func.count()).select_from(Case).where(Case.import_batch_id == batch.id)) or 0
    )
    # Plain statements on the connection (no ORM bookkeeping of fifty thousand objects), children first.
    connection = session.connection()
    connection.execute(delete(CaseSearchDoc).where(CaseSearchDoc.case_id.in_(ours)))
    connection.execute(delete(CaseParticipant).where(CaseParticipant.case_id.in_(ours)))
    for chunk in _chunks(party_ids):
        connection.execute(delete(Party).where(Party.id.in_(chunk)))
    connection.execute(delete(Case).where(Case.import_batch_id == batch.id))
    _rewind_counters(session, batch.unit_id, years)
    batch.undone_at, batch.undone_by = clock.now(), actor_of(session).name
    audit.record_event(
        session,
        "import_batches",
        str(batch.id),
        f"Import of {batch.source_name} undone: {removed} case(s) removed",
        details={"cases_removed": removed},
    )
    session.flush()
    return int(removed)


def _rewind_counters(session: Session, unit_id: uuid.UUID, years: Iterable[int]) -> None:
    """The next case of a year gets the number after the highest one still there."""
    for year in years:
        counter = session.get(CaseCounter, (unit_id, year))
        if counter is not None:
            highest = session.scalar(
                select(func.max(Case.seq)).where(Case.unit_id == unit_id, Case.year == year)
            )
            counter.last_seq = int(highest or 0)
