"""One search box: case number, party names and description, any letter case, prefix matches.

Each word typed must match the beginning of a word in the case (AND); "KRD-2026-004" becomes a
phrase, so a case number can be typed in part. SQLite uses FTS5 over the folded documents,
PostgreSQL a GIN-indexed tsvector of the same documents.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Integer, Select, column, func, literal_column, select, text
from sqlalchemy.orm import Session

from app.models import Case, CaseSearchDoc
from app.models.enums import CaseStatus, Category
from app.services.text import fold, words


@dataclass(frozen=True)
class CaseHit:
    id: uuid.UUID
    number: str
    intake_date: date
    status: CaseStatus
    category: Category


def _chunks(query: str) -> list[list[str]]:
    """Whitespace-separated chunks, each split into the words the index holds."""
    return [w for w in (words(chunk) for chunk in fold(query).split()) if w]


def fts5_query(query: str) -> str | None:
    parts = []
    for chunk in _chunks(query):
        phrase = " ".join(chunk).replace('"', "")
        parts.append(f'"{phrase}"*')
    return " AND ".join(parts) if parts else None


def tsquery(query: str) -> str | None:
    parts = []
    for chunk in _chunks(query):
        parts.append(" <-> ".join(f"{w}:*" if i == len(chunk) - 1 else w for i, w in enumerate(chunk)))
    return " & ".join(f"({p})" for p in parts) if parts else None


def matching_ids(session: Session, query: str) -> Select[uuid.UUID] | None:
    """The SELECT of matching case ids, or None when the query has no words."""
    if session.get_bind().dialect.name == "sqlite":
        match = fts5_query(query)
        if match is None:
            return None
        fts = (
            text("SELECT rowid FROM case_search WHERE case_search MATCH :match")
            .bindparams(match=match)
            .columns(column("rowid", Integer))
        )
        return select(CaseSearchDoc.case_id).where(CaseSearchDoc.rowid.in_(fts))
    ts = tsquery(query)
    if ts is None:
        return None
    return select(CaseSearchDoc.case_id).where(
        func.to_tsvector(literal_column("'simple'"), CaseSearchDoc.document).op("@@")(
            func.to_tsquery(literal_column("'simple'"), ts)
        )
    )


def search_cases(
    session: Session,
    query: str,
    *,
    limit: int = 50,
    offset: int = 0,
    unit_ids: Sequence[uuid.UUID] | None = None,
) -> list[CaseHit]:
    """Matching cases, newest intake first."""
    ids = matching_ids(session, query)
    if ids is None:
        return []
    stmt = (
        select(Case.id, Case.number, Case.intake_date, Case.status, Case.category)
        .where(Case.id.in_(ids.scalar_subquery()))
        .order_by(Case.intake_date.desc(), Case.number.desc())
        .limit(limit)
        .offset(offset)
    )
    if unit_ids is not None:
        stmt = stmt.where(Case.unit_id.in_(unit_ids))
    return [CaseHit(*row) for row in session.execute(stmt)]


def count_matches(session: Session, query: str, *, unit_ids: Sequence[uuid.UUID] | None = None) -> int:
    ids = matching_ids(session, query)
    if ids is None:
        return 0
    stmt = select(func.count()).select_from(Case).where(Case.id.in_(ids.scalar_subquery()))
    if unit_ids is not None:
        stmt = stmt.where(Case.unit_id.in_(unit_ids))
    return int(session.scalar(stmt) or 0)
