"""Reading the audit trail: entries by period, user, case and action, for the audit view and its export.

Only roles allowed ``view_audit`` read it (``export_audit`` to write it to a file), and the personal
values in ``changes`` are shown only to a role that may see personal data; to others they read as
REMOVED. An export is itself recorded in the trail, since the file carries those values out.

The CSV is UTF-8 with a byte-order mark: Excel on a Kazakh or Russian Windows opens it with the
letters intact (without the mark it guesses the ANSI code page, which has no Ә or Қ).
"""

from __future__ import annotations

import csv
import os
import tempfile
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from app.errors import StorageError, ValidationError
from app.models import AuditEntry, Case, CaseParticipant, User
from app.models.enums import AuditAction
from app.services import audit, cases, clock, permissions
from app.services.permissions import Action
from app.storage import audit_chain
from app.storage.audit_chain import canonical

MAX_ROWS = 5000  # on screen; an export takes every matching entry


@dataclass(frozen=True)
class AuditFilter:
    date_from: date | None = None  # local dates, both days included
    date_to: date | None = None
    user_id: uuid.UUID | None = None
    case_number: str | None = None
    action: AuditAction | None = None


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    actor: str
    user_id: uuid.UUID | None
    action: AuditAction
    entity: str
    entity_id: str
    case_id: uuid.UUID | None
    case_number: str | None
    changes: dict[str, Any]
    summary: str | None
    redacted: bool  # retention removed its personal values


@dataclass(frozen=True)
class UserChoice:
    id: uuid.UUID
    username: str
    display_name: str


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), clock.KZ_TZ)


def _conditions(session: Session, f: AuditFilter) -> list[ColumnElement[bool]]:
    if f.date_from is not None and f.date_to is not None and f.date_to < f.date_from:
        raise ValidationError(
            "audit.period_reversed", "The end of the period is earlier than its start.", start=f.date_from
        )
    where: list[ColumnElement[bool]] = []
    if f.date_from is not None:
        where.append(AuditEntry.at >= _day_start(f.date_from))
    if f.date_to is not None:
        where.append(AuditEntry.at < _day_start(f.date_to + timedelta(days=1)))
    if f.user_id is not None:
        where.append(AuditEntry.user_id == f.user_id)
    if f.action is not None:
        where.append(AuditEntry.action == f.action)
    if f.case_number and f.case_number.strip():
        case = cases.by_number(session, f.case_number)
        # A party's own rows carry no case (a party may be in several): its changes belong here too.
        party_ids = select(CaseParticipant.party_id).where(CaseParticipant.case_id == case.id)
        keys = [str(p) for p in session.scalars(party_ids)]
        about_case = AuditEntry.case_id == case.id
        if keys:
            about_parties = and_(AuditEntry.entity == "parties", AuditEntry.entity_id.in_(keys))
            where.append(or_(about_case, about_parties))
        else:
            where.append(about_case)
    return where


def _statement(session: Session, f: AuditFilter) -> Select[AuditEntry, str]:
    return (
        select(AuditEntry, Case.number)
        .outerjoin(Case, Case.id == AuditEntry.case_id)
        .where(*_conditions(session, f))
        .order_by(AuditEntry.seq.desc())
    )


def _row(entry: AuditEntry, number: str | None, personal: bool) -> AuditRow:
    changes = dict(entry.changes or {})
    if not personal:
        changes = audit.redact_personal(entry.entity, changes)
    return AuditRow(
        seq=entry.seq,
        at=entry.at,
        actor=entry.actor,
        user_id=entry.user_id,
        action=entry.action,
        entity=entry.entity,
        entity_id=entry.entity_id,
        case_id=entry.case_id,
        case_number=number,
        changes=changes,
        summary=entry.summary,
        redacted=entry.redacted_digest is not None,
    )


def list_entries(session: Session, f: AuditFilter, *, limit: int = MAX_ROWS) -> list[AuditRow]:
    """The newest matching entries first."""
    scope = permissions.require_in(session, Action.VIEW_AUDIT)
    personal = permissions.allowed(scope.role, Action.VIEW_PERSONAL_DATA)
    rows = session.execute(_statement(session, f).limit(limit)).all()
    return [_row(entry, number, personal) for entry, number in rows]


def count_entries(session: Session, f: AuditFilter) -> int:
    permissions.require_in(session, Action.VIEW_AUDIT)
    stmt = select(func.count()).select_from(AuditEntry).where(*_conditions(session, f))
    return int(session.scalar(stmt) or 0)


def user_choices(session: Session) -> list[UserChoice]:
    permissions.require_in(session, Action.VIEW_AUDIT)
    return [
        UserChoice(u.id, u.username, u.display_name)
        for u in session.scalars(select(User).order_by(User.username))
    ]


def user_by_name(session: Session, username: str) -> uuid.UUID:
    user_id = session.scalar(select(User.id).where(User.username == username.strip().lower()))
    if user_id is None:
        raise ValidationError("audit.unknown_user", f"There is no user {username!r}.", username=username)
    return user_id


# -- export --------------------------------------------------------------------------------------

Describe = Callable[[AuditRow], str]
EN_HEADERS = ("No.", "When", "Who", "Action", "Case", "Record", "What happened", "Changes")


def plain_description(row: AuditRow) -> str:
    """The entry in plain English for the command line's export (the desktop program uses its own words)."""
    if row.summary:
        return row.summary
    fields = ", ".join(sorted(k for k in row.changes if k not in ("id", "case_id")))
    verbs = {AuditAction.CREATE: "added", AuditAction.UPDATE: "changed", AuditAction.DELETE: "deleted"}
    verb = verbs.get(row.action, row.action.value)
    record = row.entity.replace("_", " ")
    return f"{verb} {record}: {fields}" if fields and row.action is AuditAction.UPDATE else f"{verb} {record}"


def csv_lines(
    rows: Iterable[AuditRow],
    *,
    headers: Sequence[str] = EN_HEADERS,
    describe: Describe = plain_description,
    action_names: Callable[[AuditAction], str] | None = None,
) -> Iterable[list[str]]:
    yield list(headers)
    for row in rows:
        yield [
            str(row.seq),
            row.at.astimezone(clock.KZ_TZ).strftime("%d.%m.%Y %H:%M:%S"),
            row.actor,
            action_names(row.action) if action_names else row.action.value,
            row.case_number or "",
            f"{row.entity} {row.entity_id}",
            describe(row),
            canonical(row.changes) if row.changes else "",
        ]


def export_csv(
    session: Session,
    f: AuditFilter,
    target: Path,
    *,
    headers: Sequence[str] = EN_HEADERS,
    describe: Describe = plain_description,
    action_names: Callable[[AuditAction], str] | None = None,
) -> int:
    """Write every matching entry (oldest first) to ``target``; the number written. Recorded in the trail."""
    scope = permissions.require_in(session, Action.EXPORT_AUDIT)
    personal = permissions.allowed(scope.role, Action.VIEW_PERSONAL_DATA)
    target = Path(target)
    if not target.parent.is_dir():
        raise ValidationError(
            "audit.export_folder_missing",
            f"The folder {target.parent} does not exist.",
            path=str(target.parent),
        )
    stmt = _statement(session, f).order_by(None).order_by(AuditEntry.seq)
    # Entries are read in batches and written as they come: a long trail never sits in memory whole.
    result = session.execute(stmt.execution_options(yield_per=1000))
    rows = (_row(entry, number, personal) for entry, number in result)
    lines = csv_lines(rows, headers=headers, describe=describe, action_names=action_names)
    written = _write_atomically(target, lines) - 1  # the header line is not an entry
    audit.record_access(
        session,
        audit.AccessKind.AUDIT_EXPORT,
        case_id=None,
        details={
            "entries": written,
            "file": target.name,
            "from": f.date_from,
            "to": f.date_to,
            "case": f.case_number,
            "personal_data": personal,
        },
    )
    return written


def _write_atomically(target: Path, lines: Iterable[list[str]]) -> int:
    """Written beside the target and renamed over it: a failure never leaves half a file there.

    The number of lines written."""
    partial: Path | None = None
    count = 0
    try:
        handle, name = tempfile.mkstemp(prefix=".tatulyq-", suffix=".partial", dir=target.parent)
        partial = Path(name)
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            for line in lines:
                writer.writerow(line)
                count += 1
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, target)
    except OSError as error:
        if partial is not None:
            partial.unlink(missing_ok=True)
        raise StorageError(
            "audit.export_failed", f"The file {target} could not be written: {error}", path=str(target)
        ) from error
    return count


def verify_chain(session: Session) -> audit_chain.ChainReport:
    """The hash chain checked, as `tatulyq audit verify` does (for the audit view's Check button)."""
    permissions.require_in(session, Action.VIEW_AUDIT)
    return audit_chain.verify(session.connection())
