"""The audit trail: every insert, change and deletion is recorded in the same flush that makes it.

A hook on the session factory (not calls sprinkled through the services) means no service can forget
to audit, and a change and its audit row commit or roll back together.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, inspect, select
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

# Not audited: the audit trail itself and rows the program derives from others.
_NOT_AUDITED: tuple[type[Base], ...] = (AuditEntry, CaseSearchDoc, CaseCounter)
_REDACTED = {"password_hash"}
_SKIPPED = {"created_at", "updated_at", "version"}


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


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
            return session.scalar(select(MediationSession.case_id).where(MediationSession.id == obj.session_id))
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


def _ensure_id(obj: Base) -> None:
    # Column defaults run at INSERT time; the audit row needs the new record's id now.
    if hasattr(obj, "id") and getattr(obj, "id", None) is None:
        obj.id = uuid.uuid4()


def record_event(
    session: Session,
    entity: str,
    entity_id: str,
    summary: str,
    case_id: uuid.UUID | None = None,
    details: dict[str, Any] | None = None,
    action: AuditAction = AuditAction.EVENT,
) -> None:
    """An audit row for work that is not a row change (a bulk demo load, a backup, a restore)."""
    actor = actor_of(session)
    session.add(
        AuditEntry(
            at=now(),
            user_id=actor.user_id,
            actor=actor.name,
            action=action,
            entity=entity,
            entity_id=entity_id,
            case_id=case_id,
            changes=details or {},
            summary=summary,
        )
    )


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
