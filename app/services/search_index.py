"""Keeps the search documents (case number, party names, description) in step with the cases.

The session hook collects the cases a flush touched (a case, a participant, a renamed party) and
rewrites their documents in the same transaction, so search never disagrees with what was saved.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import Connection, delete, event, insert, select
from sqlalchemy.orm import Session, sessionmaker

from app.models import Case, CaseParticipant, CaseSearchDoc, Party
from app.models.enums import PartyKind
from app.services.text import words


def party_name(kind: str, last: str | None, first: str | None, middle: str | None, org: str | None) -> str:
    if kind == PartyKind.PERSON.value:
        return " ".join(p for p in (last, first, middle) if p)
    return org or ""


def build_document(number: str, description: str | None, names: Iterable[str]) -> str:
    # Only folded words separated by spaces: both FTS5 and PostgreSQL's parser then see the same
    # sequence of words, so a phrase like "krd 2026 00*" matches a case number on either database.
    return " ".join(words(" ".join([number, *names, description or ""])))


def refresh(connection: Connection, case_ids: Iterable[uuid.UUID]) -> None:
    ids = list(set(case_ids))
    for start in range(0, len(ids), 500):
        _refresh_chunk(connection, ids[start : start + 500])


def _refresh_chunk(connection: Connection, ids: list[uuid.UUID]) -> None:
    cases = connection.execute(select(Case.id, Case.number, Case.description).where(Case.id.in_(ids))).all()
    names: dict[uuid.UUID, list[str]] = {}
    rows = connection.execute(
        select(
            CaseParticipant.case_id,
            Party.kind,
            Party.last_name,
            Party.first_name,
            Party.middle_name,
            Party.org_name,
        )
        .join(Party, Party.id == CaseParticipant.party_id)
        .where(CaseParticipant.case_id.in_(ids))
    ).all()
    for case_id, kind, last, first, middle, org in rows:
        names.setdefault(case_id, []).append(
            party_name(str(kind.value if kind else ""), last, first, middle, org)
        )
    connection.execute(delete(CaseSearchDoc).where(CaseSearchDoc.case_id.in_(ids)))
    docs = [
        {"case_id": cid, "document": build_document(number, description, names.get(cid, []))}
        for cid, number, description in cases
    ]
    if docs:
        connection.execute(insert(CaseSearchDoc), docs)


def _touched_cases(session: Session) -> set[uuid.UUID]:
    touched: set[uuid.UUID] = set()
    party_ids: set[uuid.UUID] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Case):
            touched.add(obj.id)
        elif isinstance(obj, CaseParticipant):
            touched.add(obj.case_id)
        elif isinstance(obj, Party) and obj not in session.new:
            party_ids.add(obj.id)
    if party_ids:
        with session.no_autoflush:
            touched.update(
                session.scalars(
                    select(CaseParticipant.case_id).where(CaseParticipant.party_id.in_(party_ids))
                ).all()
            )
    return {cid for cid in touched if cid is not None}


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    pending: set[uuid.UUID] = session.info.setdefault("search_pending", set())
    pending.update(_touched_cases(session))


def _after_flush(session: Session, _context: object) -> None:
    pending: set[uuid.UUID] = session.info.pop("search_pending", set())
    if pending:
        refresh(session.connection(), pending)


def rebuild_all(connection: Connection) -> int:
    """Rewrite every document (after a bulk load or a restore); returns the number of cases."""
    connection.execute(delete(CaseSearchDoc))
    ids = list(connection.scalars(select(Case.id)))
    refresh(connection, ids)
    return len(ids)


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
