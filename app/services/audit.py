"""The audit trail: every insert, change and deletion, and every opening of personal data, recorded in
the same flush that makes it and sealed into a hash chain.

A hook on the session factory (not calls sprinkled through the services) means no service can forget
to audit, and a change and its audit row commit or roll back together.

The chain (app/storage/audit_chain.py): each new entry's hash covers the hash of the entry before it.
Two writers must never both follow the same entry (the chain would fork). On SQLite a writing unit of
work holds the database's only write lock from its first statement (BEGIN IMMEDIATE, engine.py), and
a reading one that starts to write after another writer committed fails as busy instead of going on
from a stale head; on PostgreSQL a writing unit of work takes a transaction-level advisory lock as it
begins (and any other before it reads the head), held until commit. Entries are sealed in the order
they were added to the session, which is the order SQLAlchemy inserts them (and so the order of
``seq``); a check after the flush makes sure. Entries written in bulk with plain INSERTs (an import)
are sealed before their transaction commits.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, event, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import History

from app.models import (
    AuditEntry,
    CaseCounter,
    CaseSearchDoc,
    MediationSession,
    Obligation,
    SessionAttendee,
    SettlementAgreement,
)
from app.models.base import Base
from app.models.enums import AuditAction
from app.services.clock import now
from app.services.context import actor_of
from app.storage import audit_chain
from app.storage.engine import WRITE_OPTION

# Not audited: the audit trail itself and rows the program derives from others.
_NOT_AUDITED: tuple[type[Base], ...] = (AuditEntry, CaseSearchDoc, CaseCounter)
_REDACTED = {"password_hash"}
_SKIPPED = {"created_at", "updated_at", "version"}
REMOVED = "[removed]"  # what stands in the trail where retention removed a personal value

# Personal data and free text, by table: what retention removes, what the trail redacts with it, and
# what an audit view hides from a role that may not see personal data.
PERSONAL_FIELDS: dict[str, frozenset[str]] = {
    "parties": frozenset({"last_name", "first_name", "middle_name", "org_name", "id_number"})
    | frozenset({"birth_date", "ethnicity", "phone", "email", "address"}),
    "cases": frozenset({"description", "exclusion_note", "termination_note"}),
    "sessions": frozenset({"notes", "place"}),
    "settlement_agreements": frozenset({"subject", "terms"}),
    "obligations": frozenset({"description", "note"}),
    "follow_ups": frozenset({"note"}),
    "extensions": frozenset({"reason"}),
    "conflict_declarations": frozenset({"note"}),
    "consultations": frozenset({"note"}),
}
# A unit of work that de-identifies (retention) records the fields it empties, never their old values.
DEIDENTIFYING = "tatulyq_deidentifying"
# PostgreSQL advisory lock key for the chain: any fixed 64-bit number, the same in every process.
_CHAIN_LOCK_KEY = 0x7A7475_6C7971  # "tatulyq" in spirit; only its constancy matters
_CHAINED = "tatulyq_chained"  # entries sealed in this flush, in order, checked after the flush


class AccessKind(enum.StrEnum):
    """How personal data was opened (the ``access`` of an ACCESS entry's changes)."""

    CASE_EDITOR = "case_editor"  # the case editor loaded the case with its parties
    PARTY = "party"  # a party's own details were opened (the party dialog)
    COMMAND_LINE = "command_line"  # `tatulyq cases show`
    DOCUMENT = "document"  # a document with the parties' data was printed (app/reports/documents.py)
    AUDIT_EXPORT = "audit_export"  # the trail itself, with personal values, was exported


_ACCESS_SUMMARY = {
    AccessKind.CASE_EDITOR: "opened the case with its parties' personal data",
    AccessKind.PARTY: "opened a party's personal data",
    AccessKind.COMMAND_LINE: "showed the case with its parties' personal data on the command line",
    AccessKind.DOCUMENT: "printed a document with the parties' personal data",
    AccessKind.AUDIT_EXPORT: "exported the audit trail",
}


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)  # a Path or anything else a caller passed: its text, never a failed insert


def redact_personal(entity: str, changes: Mapping[str, Any]) -> dict[str, Any]:
    """``changes`` with every personal value replaced by REMOVED (empty values stay empty)."""
    fields = PERSONAL_FIELDS.get(entity, frozenset())

    def hidden(value: Any) -> Any:
        return value if value in (None, "") else REMOVED

    result: dict[str, Any] = {}
    for name, value in changes.items():
        if name in fields and isinstance(value, list):
            result[name] = [hidden(v) for v in value]
        elif name in fields:
            result[name] = hidden(value)
        else:
            result[name] = value
    return result


def _key_of(obj: Base) -> str:
    identity = inspect(obj).mapper.primary_key_from_instance(obj)
    return "/".join(str(part) for part in identity)


def _case_id_of(session: Session, obj: Base) -> uuid.UUID | None:
    if obj.__tablename__ == "cases":
        return getattr(obj, "id", None)
    case_id = getattr(obj, "case_id", None)
    if isinstance(case_id, uuid.UUID):
        return case_id
    if isinstance(obj, SessionAttendee):
        with session.no_autoflush:
            return session.scalar(
                select(MediationSession.case_id).where(MediationSession.id == obj.session_id)
            )
    if isinstance(obj, Obligation) and obj.agreement_id is not None:
        with session.no_autoflush:
            return session.scalar(
                select(SettlementAgreement.case_id).where(SettlementAgreement.id == obj.agreement_id)
            )
    return None


def _column_values(obj: Base) -> dict[str, Any]:
    state = inspect(obj)
    values: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIPPED:
            continue
        value = getattr(obj, attr.key)
        values[attr.key] = "***" if attr.key in _REDACTED else _plain(value)
    return values


def _changes(obj: Base) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIPPED:
            continue
        history: History = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old == new:
            continue
        if attr.key in _REDACTED:
            changes[attr.key] = ["***", "***"]
        else:
            changes[attr.key] = [_plain(old), _plain(new)]
    return changes


def _entry(session: Session, obj: Base, action: AuditAction, changes: dict[str, Any]) -> AuditEntry:
    actor = actor_of(session)
    if session.info.get(DEIDENTIFYING):
        changes = redact_personal(obj.__tablename__, changes)
    return AuditEntry(
        at=now(),
        user_id=actor.user_id,
        actor=actor.name,
        action=action,
        entity=obj.__tablename__,
        entity_id=_key_of(obj),
        case_id=_case_id_of(session, obj),
        changes=changes,
    )


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    entries: list[AuditEntry] = []
    for obj in list(session.new):
        if isinstance(obj, Base) and not isinstance(obj, _NOT_AUDITED):
            _ensure_id(obj)
            values = _column_values(obj)
            entries.append(
                _entry(session, obj, AuditAction.CREATE, {k: [None, v] for k, v in values.items()})
            )
    for obj in list(session.dirty):
        if isinstance(obj, Base) and not isinstance(obj, _NOT_AUDITED) and session.is_modified(obj):
            changes = _changes(obj)
            if changes:
                entries.append(_entry(session, obj, AuditAction.UPDATE, changes))
    for obj in list(session.deleted):
        if isinstance(obj, Base) and not isinstance(obj, _NOT_AUDITED):
            values = _column_values(obj)
            entries.append(
                _entry(session, obj, AuditAction.DELETE, {k: [v, None] for k, v in values.items()})
            )
    session.add_all(entries)
    _seal_pending(session)


def _ensure_id(obj: Base) -> None:
    # Column defaults run at INSERT time; the audit row needs the new record's id now.
    if hasattr(obj, "id") and getattr(obj, "id", None) is None:
        obj.id = uuid.uuid4()


# -- the chain -----------------------------------------------------------------------------------


def _lock_chain(session: Session) -> None:
    _take_chain_lock(session.connection())


def _take_chain_lock(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        # Held to the end of the transaction: nobody else reads the head or inserts entries meanwhile.
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _CHAIN_LOCK_KEY})


def _after_begin(_session: Session, _transaction: object, connection: Connection) -> None:
    """A writing unit of work on PostgreSQL takes the chain's lock as it begins, as SQLite's BEGIN
    IMMEDIATE takes the write lock. Were it taken only at the first audit entry, after a row lock (a
    case counter's), two writers could each wait for what the other holds."""
    if connection.get_execution_options().get(WRITE_OPTION):
        _take_chain_lock(connection)


def _head_hash(session: Session) -> str:
    """The hash the next entry follows, sealing first any entries written in bulk without a seal."""
    connection = session.connection()
    prev, tail = audit_chain.unsealed_tail(connection)
    return audit_chain.seal_rows(connection, prev, tail) if tail else prev


def _sealed_fields(entry: AuditEntry) -> audit_chain.Entry:
    return audit_chain.Entry.of(
        at=entry.at,
        user_id=entry.user_id,
        actor=entry.actor,
        action=entry.action.value,
        entity=entry.entity,
        entity_id=entry.entity_id,
        case_id=entry.case_id,
        summary=entry.summary,
        digest=audit_chain.changes_digest(entry.changes),
    )


def _seal_pending(session: Session) -> None:
    pending = [o for o in session.new if isinstance(o, AuditEntry) and o.hash is None]
    if not pending:
        return
    # The order SQLAlchemy will insert them in (and so the order of seq): the order they were added.
    pending.sort(key=lambda entry: inspect(entry).insert_order or 0)
    with session.no_autoflush:
        _lock_chain(session)
        prev = _head_hash(session)
        for entry in pending:
            entry.changes = _plain(entry.changes or {})
            entry.prev_hash = prev
            entry.hash = prev = _sealed_fields(entry).seal(prev)
    session.info.setdefault(_CHAINED, []).extend(pending)


def _after_flush(session: Session, _context: object) -> None:
    chained: list[AuditEntry] = session.info.pop(_CHAINED, [])
    seqs = [entry.seq for entry in chained]
    if seqs != sorted(seqs):
        # Never expected: it would mean the inserts ran in another order than they were sealed in.
        raise RuntimeError(f"audit entries were inserted out of their sealed order: {seqs}")


def _before_commit(session: Session) -> None:
    """Seal what was written in bulk with plain INSERTs in this transaction (an import's entries)."""
    if not session.in_transaction():
        return
    connection = session.connection()
    if not connection.get_execution_options().get(WRITE_OPTION):
        return
    last = audit_chain.head(connection)
    if last is not None and last[1] is None:
        _lock_chain(session)
        _head_hash(session)


def seal_bulk(session: Session, rows: list[dict[str, Any]]) -> None:
    """Seal audit rows about to be inserted with one plain INSERT (an import's thousands), in their order.

    Call it right before the INSERT, in the same unit of work, with nothing else written in between.
    Rows inserted without it are sealed at the commit anyway, but that reads them back one by one.
    """
    if not rows:
        return
    with session.no_autoflush:
        _lock_chain(session)
        prev = _head_hash(session)
        for row in rows:
            row["changes"] = _plain(row.get("changes") or {})
            sealed = audit_chain.Entry.of(
                at=row["at"],
                user_id=row.get("user_id"),
                actor=row["actor"],
                action=AuditAction(row["action"]).value,
                entity=row["entity"],
                entity_id=row["entity_id"],
                case_id=row.get("case_id"),
                summary=row.get("summary"),
                digest=audit_chain.changes_digest(row["changes"]),
            )
            row["prev_hash"] = prev
            row["hash"] = prev = sealed.seal(prev)


# -- entries that are not row changes ----------------------------------------------------------


def record_event(
    session: Session,
    entity: str,
    entity_id: str,
    summary: str,
    case_id: uuid.UUID | None = None,
    details: dict[str, Any] | None = None,
    action: AuditAction = AuditAction.EVENT,
) -> AuditEntry:
    """An audit row for work that is not a row change (a bulk demo load, a backup, a restore)."""
    actor = actor_of(session)
    entry = AuditEntry(
        at=now(),
        user_id=actor.user_id,
        actor=actor.name,
        action=action,
        entity=entity,
        entity_id=entity_id,
        case_id=case_id,
        changes=_plain(details or {}),
        summary=summary,
    )
    session.add(entry)
    return entry


def record_access(
    session: Session,
    kind: AccessKind,
    *,
    case_id: uuid.UUID | None,
    party_ids: Iterable[uuid.UUID] = (),
    details: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """An ACCESS row: who opened whose personal data, when, and how (the personal-data law's access log).

    About one party the entry names that party (entity ``parties``); otherwise the case.
    """
    parties = [str(p) for p in party_ids]
    one_party = kind is AccessKind.PARTY and len(parties) == 1
    return record_event(
        session,
        "parties" if one_party else "cases",
        parties[0] if one_party else str(case_id or ""),
        _ACCESS_SUMMARY[kind],
        case_id=case_id,
        details={"access": kind.value, "parties": parties, **dict(details or {})},
        action=AuditAction.ACCESS,
    )


def access_kind(changes: Mapping[str, Any]) -> AccessKind | None:
    """The kind of an ACCESS entry (entries written before record_access existed: a document)."""
    raw = changes.get("access")
    if raw is None:
        return AccessKind.DOCUMENT if "document" in changes else None
    try:
        return AccessKind(str(raw))
    except ValueError:
        return None


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "before_commit", _before_commit)
    event.listen(factory, "after_begin", _after_begin)
