"""Import package files (and receipts) at a council: each file all or nothing, in its own transaction.

For each file, in two phases:

1. Checks, reading only: the file is read once (at most the package size limit; only an ordinary
   file), and the bytes read are the ones checked and hashed; the package format and signature
   (app/exchange/package.py) with this installation's keys and the directory in force; what the
   package means (its unit is the sender, in the directory, open in the month, below this council;
   the month is over; it was completed after the month ended and not in the future; a plausible
   revision); every forwarded package inside, each signed by its own unit and below the council that
   forwarded it; then the replay and revision rules against the packages already here; and the case
   and consultation rows of each package to apply, parsed and checked (app/exchange/rows_in.py
   ``check_rows``): a bad row is refused here. A file
   refused here leaves the database exactly as it was: no write transaction is even begun. It is
   copied to the quarantine folder with the reason.
2. One write transaction for the package and its forwarded packages. It begins by taking the write
   lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: a transaction lock per unit) and deciding again what
   to do: another import may have landed between the two phases, and only the decision made under
   the lock counts. Then each package is recorded as a ``ReceivedPackage``; the newest package of a
   unit has its rows in the tables (the previous one's rows are removed first: a new month or
   revision replaces the whole register), an older one is recorded for completeness only. Rows that
   clash with rows already here (the same case id) are found only while inserting; that rolls the whole
   file back. One audit entry per file.

A signed receipt is written for every file, imported or refused, for the sender. Writing the receipt
or the quarantine copy may fail (a full or read-only stick): that is said in the file's result and
never undoes or hides what the import did.
"""

from __future__ import annotations

import hashlib
import os
import stat
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from app.errors import StorageError, TatulyqError, ValidationError
from app.exchange.directory import Directory
from app.exchange.directory_service import current_directory, known_sign_keys, recipients_for
from app.exchange.forwarding import CURRENT, check_meaning, checked_known, rows_units
from app.exchange.keys import InstallationKeys
from app.exchange.package import (
    AGGREGATES,
    CASES,
    CONSULTATIONS,
    FORWARDED,
    Package,
    PackageLimits,
    read_forwarded,
    read_package,
)
from app.exchange.quarantine import quarantine_file
from app.exchange.receipts import Receipt, is_receipt_file, read_receipt, write_receipt
from app.exchange.rows_in import CheckedRows, apply_checked, apply_rows, check_rows, remove_rows
from app.models import ReceivedPackage, SentPackage, Unit
from app.services import audit, clock, installation
from app.services.context import Actor
from app.storage.database import Database

_RECEIVED = cast(Table, ReceivedPackage.__table__)
SUPERSEDED = "superseded"
OLDER = "older"

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class FileResult:
    """What became of one file. ``status``: imported | replaced | duplicate | ignored_older | refused |
    receipt. ``key``/``message``/``params``: the sentence to show (app/ui/messages.py)."""

    path: Path
    status: str
    unit: str | None
    period: str | None
    revision: int | None
    key: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)
    case_rows: int = 0
    receipt: Path | None = None
    quarantined: Path | None = None


@dataclass(frozen=True)
class _Step:
    """What to do with one package (the file's own or a forwarded one)."""

    package: Package
    action: str  # "apply" (its rows go in) or "older" (recorded only)
    supersedes: uuid.UUID | None  # the unit's current package, whose rows go out first
    via: str | None  # the council that forwarded it


@dataclass(frozen=True)
class _Plan:
    outer: Package
    children: tuple[Package, ...]  # the forwarded packages it carries
    file_sha256: str  # of the bytes that were checked
    status: str  # imported | replaced | ignored_older
    key: str
    message: str
    params: dict[str, Any]
    steps: tuple[_Step, ...]
    skipped: int  # forwarded packages already here, or not newer
    # The rows of each package to apply, parsed and checked in phase 1 (by package id), so the write
    # lock is not held while a big file's rows are read, and a bad row is refused before any write.
    checked: dict[str, CheckedRows] = field(default_factory=dict)


@dataclass(frozen=True)
class _Context:
    db: Database
    keys: InstallationKeys
    actor: Actor
    my_unit: str
    directory: Directory
    today: date
    limits: PackageLimits
    data_dir: Path


def _context(db: Database, keys: InstallationKeys, actor: Actor) -> _Context:
    with db.session() as session:
        unit = installation.installation_unit(session)
        directory = current_directory(session)
    if unit is None:
        raise ValidationError(
            "exchange.no_unit", "This installation has no unit yet; finish the set-up first."
        )
    if directory is None:
        raise ValidationError(
            "exchange.no_directory",
            "No directory of units is installed yet. Install the directory file from the republican "
            "council first.",
        )
    if keys.unit_code != unit.code:
        raise ValidationError(
            "exchange.keys_other_unit",
            f"The exchange keys are of unit {keys.unit_code}, but this installation serves {unit.code}.",
            unit=unit.code,
            key_unit=keys.unit_code,
        )
    return _Context(
        db, keys, actor, unit.code, directory, clock.today(), PackageLimits(), db.location.data_dir
    )


# --- phase 1: checks, reading only ---------------------------------------------------------------


def _decide(
    session: Session, package: Package, via: str | None
) -> tuple[str, dict[str, Any], uuid.UUID | None]:
    """duplicate | not_newer | replay | apply | older, with the facts that go into the message."""
    m = package.manifest
    if session.scalar(
        select(ReceivedPackage.id).where(ReceivedPackage.package_id == uuid.UUID(m.package_id))
    ):
        return "duplicate", {}, None
    held = session.scalar(
        select(func.max(ReceivedPackage.revision)).where(
            ReceivedPackage.unit_code == m.unit, ReceivedPackage.period == m.period
        )
    )
    if held is not None and held >= m.revision:
        return "not_newer", {"held": int(held)}, None
    # Within one unit's month, a revision made before one already here (a lower sequence) is a copy
    # replayed or held back: its sequence number says it is not news. Across months the sequence says
    # nothing: a month forgotten and sent late is genuine, and counts (recorded as older, below).
    top = session.scalar(
        select(func.max(ReceivedPackage.sequence)).where(
            ReceivedPackage.unit_code == m.unit, ReceivedPackage.period == m.period
        )
    )
    if top is not None and m.sequence <= top:
        return "replay", {"seen": int(top)}, None
    current = session.execute(
        select(ReceivedPackage.id, ReceivedPackage.period, ReceivedPackage.revision).where(
            ReceivedPackage.unit_code == m.unit, ReceivedPackage.state == CURRENT
        )
    ).first()
    if current is None:
        return "apply", {}, None
    if (m.period, m.revision) > (current.period, current.revision):
        return "apply", {"replaced_period": current.period, "replaced_revision": current.revision}, current.id
    return "older", {"current_period": current.period, "current_revision": current.revision}, None


def _replay(package: Package, seen: int) -> ValidationError:
    m = package.manifest
    return ValidationError(
        "exchange.replay",
        f"The package of {m.unit} for {m.period} (sequence {m.sequence}) was made before a package of the "
        f"same unit already imported here (sequence {seen}); it is refused as a replay.",
        unit=m.unit,
        period=m.period,
        sequence=m.sequence,
        seen=seen,
    )


def _read_bytes(path: Path, limits: PackageLimits) -> bytes:
    """The file's bytes, at most one over the limit. Only an ordinary file: a FIFO or a device
    (/dev/zero) is refused before it is read, so nothing endless is read, copied or hashed."""
    try:
        # O_NONBLOCK: opening a FIFO with nobody writing to it would wait for ever.
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            info = os.fstat(handle)
            if not stat.S_ISREG(info.st_mode):
                raise ValidationError(
                    "package.cannot_read",
                    f"The file {path} cannot be read: it is not an ordinary file.",
                    path=str(path),
                )
            if info.st_size > limits.max_package_bytes:
                raise _too_large(info.st_size, limits)
            with os.fdopen(handle, "rb", closefd=False) as stream:
                data = stream.read(limits.max_package_bytes + 1)
        finally:
            os.close(handle)
    except OSError as error:
        raise ValidationError(
            "package.cannot_read", f"The file {path} cannot be read: {error.strerror}.", path=str(path)
        ) from None
    if len(data) > limits.max_package_bytes:
        raise _too_large(len(data), limits)
    return data


def _too_large(size: int, limits: PackageLimits) -> ValidationError:
    return ValidationError(
        "package.too_large",
        f"The file has {size} bytes; a package may have at most {limits.max_package_bytes}.",
        size=size,
        limit=limits.max_package_bytes,
    )


def _open(ctx: _Context, path: Path) -> tuple[Package, tuple[Package, ...], str]:
    """The package, its forwarded packages and the SHA-256 of the very bytes checked."""
    data = _read_bytes(path, ctx.limits)
    forwarded_known = checked_known(known_sign_keys(ctx.directory), ctx.directory, ctx.my_unit, ctx.today)
    # The sender's own key must still be in force today (or withdrawn only lately); a forwarded
    # package was checked that way by the council that forwards it (see known_sign_keys).
    own_known = checked_known(
        known_sign_keys(ctx.directory, received_on=ctx.today), ctx.directory, ctx.my_unit, ctx.today
    )
    outer = read_package(data, ctx.keys, own_known, ctx.limits)
    m = outer.manifest
    children = read_forwarded(outer, ctx.keys.public.key_id, forwarded_known, ctx.limits)
    seen: set[str] = set()
    for child in children:
        check_meaning(child.manifest, ctx.directory, ctx.my_unit, ctx.today, forwarded_by=m.sender_unit)
        if child.manifest.unit in seen:
            # A council forwards the one current package of each unit; two would both claim "newest".
            raise ValidationError(
                "exchange.forwarded_twice",
                f"The council {m.sender_unit} forwarded more than one package of unit {child.manifest.unit}.",
                unit=child.manifest.unit,
                council=m.sender_unit,
            )
        seen.add(child.manifest.unit)
    return outer, tuple(children), hashlib.sha256(data).hexdigest()


def _plan_for(
    session: Session, path: Path, outer: Package, children: tuple[Package, ...], file_sha256: str
) -> _Plan | FileResult:
    """What to do with the file, from the packages held now (raises the replay refusal)."""
    m = outer.manifest
    base = {"package_id": m.package_id, "unit": m.unit, "period": m.period, "revision": m.revision}
    decision, facts, supersedes = _decide(session, outer, None)
    if decision == "duplicate":
        return _result(
            path,
            "duplicate",
            m,
            "exchange.duplicate",
            f"Already imported: the package of {m.unit} for {m.period}, revision "
            f"{m.revision}, is here; nothing changed.",
            base,
        )
    if decision == "not_newer":
        params = {**base, **facts}
        return _result(
            path,
            "ignored_older",
            m,
            "exchange.older_revision",
            f"Ignored: revision {m.revision} of {m.unit} for {m.period} is not newer than "
            f"revision {facts['held']} already here; nothing changed.",
            params,
        )
    if decision == "replay":
        raise _replay(outer, facts["seen"])
    steps = [_Step(outer, decision, supersedes, None)]
    skipped = 0
    for child in children:
        child_decision, _, child_supersedes = _decide(session, child, m.sender_unit)
        if child_decision in ("duplicate", "not_newer"):
            skipped += 1
            continue
        # A centre's genuine package that came the long way round after a newer one of the same
        # month: recorded for completeness, its rows not applied (the council vouched for nothing).
        action = "older" if child_decision in ("older", "replay") else "apply"
        steps.append(_Step(child, action, child_supersedes if action == "apply" else None, m.sender_unit))
    params = {**base, **facts, "forwarded": len(children), "forwarded_skipped": skipped}

    def plan(status: str, key: str, message: str) -> _Plan:
        return _Plan(outer, children, file_sha256, status, key, message, params, tuple(steps), skipped)

    if decision == "older":
        return plan(
            "ignored_older",
            "exchange.older_period",
            f"Recorded: the month {m.period} of {m.unit} is older than the month "
            f"{facts['current_period']} already here; it counts for completeness, its rows were not applied.",
        )
    if supersedes is not None:
        return plan(
            "replaced",
            "exchange.replaced",
            f"Imported: the month {m.period} of {m.unit}, revision {m.revision}; it replaces the "
            f"package for {facts['replaced_period']}, revision {facts['replaced_revision']}.",
        )
    return plan(
        "imported", "exchange.imported", f"Imported: the month {m.period} of {m.unit}, revision {m.revision}."
    )


def _plan(ctx: _Context, path: Path) -> _Plan | FileResult:
    """Phase 1: every check that reads only. The decision is made again under the write lock."""
    outer, children, file_sha256 = _open(ctx, path)
    with ctx.db.session() as session:
        planned = _plan_for(session, path, outer, children, file_sha256)
        if isinstance(planned, FileResult):
            return planned
        checked = {
            step.package.manifest.package_id: check_rows(
                session,
                step.package.manifest.unit,
                step.package.files[CASES],
                step.package.files[CONSULTATIONS],
                row_units=rows_units(ctx.directory, step.package.manifest.unit),
            )
            for step in planned.steps
            if step.action == "apply"
        }
        return replace(planned, checked=checked)


# --- phase 2: one write transaction ---------------------------------------------------------------


def _lock_units(session: Session, plan: _Plan) -> None:
    """On PostgreSQL, hold each unit of the file for this transaction, in one order (no deadlock), so
    two imports of the same unit decide one after the other. SQLite's BEGIN IMMEDIATE already made
    the whole database this transaction's to write."""
    if session.get_bind().dialect.name != "postgresql":
        return
    units = sorted({plan.outer.manifest.unit, *(child.manifest.unit for child in plan.children)})
    for unit in units:
        digest = hashlib.sha256(b"tatulyq-exchange:" + unit.encode()).digest()
        key = int.from_bytes(digest[:8], "big", signed=True)
        session.execute(select(func.pg_advisory_xact_lock(key)))


def _store(
    session: Session,
    step: _Step,
    now: datetime,
    file_sha256: str,
    received_by: str,
    directory: Directory,
    checked: CheckedRows | None,
) -> int:
    """Record one package (and put its rows in when it is the newest); the case rows applied."""
    m = step.package.manifest
    files = step.package.files
    new_id = uuid.uuid4()
    current = step.action == "apply"
    if step.supersedes is not None:
        remove_rows(session, step.supersedes)
        session.execute(
            update(_RECEIVED)
            .where(_RECEIVED.c.id == step.supersedes)
            .values(state=SUPERSEDED, cases=None, consultations=None, forwarded=None)
        )
    # A plain insert: the audit entry of the file names the package; the blobs stay out of the trail.
    session.execute(
        insert(_RECEIVED),
        [
            {
                "id": new_id,
                "package_id": uuid.UUID(m.package_id),
                "sender_unit": m.sender_unit,
                "sender_key_id": m.sender_key_id,
                "unit_code": m.unit,
                "period": m.period,
                "revision": m.revision,
                "sequence": m.sequence,
                "completed_at": datetime.fromisoformat(m.completed_at),
                "received_at": now,
                "received_by": received_by,
                "via_unit": step.via,
                "file_sha256": file_sha256,
                "state": CURRENT if current else OLDER,
                "case_rows": 0,
                "consultation_rows": 0,
                "manifest": step.package.manifest_bytes,
                "signature": step.package.signature,
                "aggregates": files[AGGREGATES],
                "cases": files[CASES] if current else None,
                "consultations": files[CONSULTATIONS] if current else None,
                "forwarded": files[FORWARDED] if current else None,
            }
        ],
    )
    if not current:
        return 0
    if checked is not None:
        counts = apply_checked(session, new_id, checked)
    else:  # another import changed the decision under the lock: this package's rows were not read yet
        counts = apply_rows(
            session,
            new_id,
            m.unit,
            files[CASES],
            files[CONSULTATIONS],
            row_units=rows_units(directory, m.unit),
        )
    session.execute(
        update(_RECEIVED)
        .where(_RECEIVED.c.id == new_id)
        .values(case_rows=counts.cases, consultation_rows=counts.consultations)
    )
    return counts.cases


def _write(
    ctx: _Context, path: Path, plan: _Plan, file_sha256: str | None = None
) -> tuple[_Plan, int] | FileResult:
    """Phase 2. The plan of phase 1 is made again here, under the write lock: two imports that
    checked at the same moment must not both make their package the unit's current one. When the
    decision now is "nothing to do" (the other import brought the same package) nothing is written."""
    now = clock.now()
    applied = 0
    with ctx.db.session(write=True, actor=ctx.actor) as session:
        _lock_units(session, plan)
        decided = _plan_for(session, path, plan.outer, plan.children, plan.file_sha256)
        if isinstance(decided, FileResult):
            return decided
        session.info["exchange_import"] = True  # the read-only guard lets this unit of work change them
        for step in decided.steps:
            checked = plan.checked.get(step.package.manifest.package_id)
            applied += _store(session, step, now, decided.file_sha256, ctx.actor.name, ctx.directory, checked)
        m = decided.outer.manifest
        audit.record_event(
            session,
            entity="exchange",
            entity_id=m.package_id,
            summary=f"Package file {path.name} imported: {decided.message}",
            details={
                **decided.params,
                "file": path.name,
                "sha256": decided.file_sha256,
                "status": decided.status,
                "packages": [
                    {
                        "package_id": s.package.manifest.package_id,
                        "unit": s.package.manifest.unit,
                        "period": s.package.manifest.period,
                        "revision": s.package.manifest.revision,
                        "action": s.action,
                    }
                    for s in decided.steps
                ],
                "case_rows": applied,
            },
        )
    return decided, applied


# --- results, receipts, quarantine ---------------------------------------------------------------


def _result(
    path: Path, status: str, manifest: Any, key: str, message: str, params: dict[str, Any]
) -> FileResult:
    return FileResult(
        path=path,
        status=status,
        unit=manifest.unit if manifest else None,
        period=manifest.period if manifest else None,
        revision=manifest.revision if manifest else None,
        key=key,
        message=message,
        params=params,
    )


def _with_receipt(ctx: _Context, result: FileResult, package_id: str | None) -> FileResult:
    """The result with the receipt written for it; when the receipt cannot be written the result says
    so, and stays what it was (a file imported is imported)."""
    receipt = Receipt(
        package_id=package_id,
        unit=result.unit,
        period=result.period,
        revision=result.revision,
        status=result.status,
        reason=result.key,
        received_at=clock.now().isoformat(),
        receiver=ctx.my_unit,
        receiver_key_id=ctx.keys.public.key_id,
    )
    try:
        written = write_receipt(receipt, ctx.keys, result.path, ctx.data_dir)
    except StorageError as error:
        return replace(
            result,
            message=f"{result.message} The receipt could not be written: {error.message}",
            params={**result.params, "receipt_error": error.message},
        )
    return replace(result, receipt=written)


def _refused(ctx: _Context, path: Path, error: TatulyqError) -> FileResult:
    result = FileResult(
        path=path,
        status="refused",
        unit=None,
        period=None,
        revision=None,
        key=error.key,
        message=error.message,
        params=dict(error.params),
    )
    try:
        quarantined = quarantine_file(
            ctx.data_dir, path, error, clock.now(), copy_limit=ctx.limits.max_package_bytes
        )
    except StorageError as problem:
        return replace(
            result,
            message=f"{result.message} The file could not be put into quarantine: {problem.message}",
            params={**result.params, "quarantine_error": problem.message},
        )
    return replace(result, quarantined=quarantined)


def _sha256(path: Path) -> str:
    """Kept for callers that hash a file on disk; the importer hashes the bytes it checked."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _import_package(ctx: _Context, path: Path) -> FileResult:
    try:
        planned = _plan(ctx, path)
        if isinstance(planned, FileResult):
            return _with_receipt(ctx, planned, planned.params["package_id"])
        written = _write(ctx, path, planned)
        if isinstance(written, FileResult):
            return _with_receipt(ctx, written, written.params["package_id"])
    except StorageError:
        raise  # the database or the disk, not the file: nothing to quarantine, try again later
    except (TatulyqError, OSError) as error:
        failure = (
            error
            if isinstance(error, TatulyqError)
            else ValidationError(
                "package.cannot_read", f"The file {path} cannot be read: {error.strerror}.", path=str(path)
            )
        )
        return _with_receipt(ctx, _refused(ctx, path, failure), None)
    decided, applied = written
    m = decided.outer.manifest
    result = FileResult(
        path=path,
        status=decided.status,
        unit=m.unit,
        period=m.period,
        revision=m.revision,
        key=decided.key,
        message=decided.message,
        params={**decided.params, "cases": applied},
        case_rows=applied,
    )
    return _with_receipt(ctx, result, m.package_id)


def _check_receipt_matches(
    ctx: _Context, session: Session, path: Path, receipt: Receipt, sent: SentPackage
) -> None:
    """A receipt counts only from a council the package was encrypted to (the parent council or the
    republic, with a key in force the day it was made) and only for that very month and revision: a
    unit elsewhere, whose signature is otherwise good, must not mark our month as arrived."""
    unit = session.get(Unit, sent.unit_id)
    unit_code = unit.code if unit is not None else ""
    recipients = recipients_for(ctx.directory, unit_code, clock.local_date(sent.created_at))
    sent_to = any(
        key.unit_code == receipt.receiver and key.key_id == receipt.receiver_key_id for key in recipients
    )
    same = (receipt.unit, receipt.period, receipt.revision) == (unit_code, sent.period, sent.revision)
    if not (sent_to and same):
        raise ValidationError(
            "exchange.bad_receipt",
            f"The file {path.name} is not a valid receipt: it is not from a council the package of "
            f"{unit_code} for {sent.period}, revision {sent.revision}, was sent to, or it names another "
            "package.",
            name=path.name,
        )


def _import_receipt(ctx: _Context, path: Path) -> FileResult:
    try:
        receipt = read_receipt(path, ctx.directory)
        if receipt.package_id is None:
            raise ValidationError(
                "exchange.receipt_unknown_package",
                f"The receipt {path.name} does not name a package sent from here.",
                name=path.name,
            )
        with ctx.db.session(write=True, actor=ctx.actor) as session:
            sent = session.scalar(
                select(SentPackage).where(SentPackage.package_id == uuid.UUID(receipt.package_id))
            )
            if sent is None:
                raise ValidationError(
                    "exchange.receipt_unknown_package",
                    f"The receipt {path.name} names a package that was not sent from here.",
                    name=path.name,
                )
            _check_receipt_matches(ctx, session, path, receipt, sent)
            # A second copy of a file at the council says "duplicate": the first word stands.
            if not (receipt.status == "duplicate" and sent.receipt_status in ("imported", "replaced")):
                sent.receipt_status = receipt.status
                sent.receipt_at = datetime.fromisoformat(receipt.received_at)
    except StorageError:
        raise
    except TatulyqError as error:
        return _refused(ctx, path, error)
    return FileResult(
        path=path,
        status="receipt",
        unit=receipt.unit,
        period=receipt.period,
        revision=receipt.revision,
        key="exchange.receipt_read",
        message=(
            f"Receipt from {receipt.receiver}: the package of {receipt.unit} for {receipt.period}, "
            f"revision {receipt.revision}: {receipt.status}."
        ),
        params={
            "receiver": receipt.receiver,
            "unit": receipt.unit,
            "period": receipt.period,
            "revision": receipt.revision,
            "result": receipt.status,  # "status" would be read as a case status by the message labels
            "reason": receipt.reason,
        },
    )


def import_files(
    db: Database,
    keys: InstallationKeys,
    paths: Sequence[Path],
    *,
    actor: Actor,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[FileResult]:
    """Import each file on its own (packages ``.tqp`` and receipts ``.receipt.json``), in order.

    ``progress(done, total, file name)`` before each file and once at the end; ``cancelled()`` is asked
    between files (a file begun is finished). A database or disk fault (StorageError) stops the run.
    """
    ctx = _context(db, keys, actor)
    results: list[FileResult] = []
    total = len(paths)
    for index, path in enumerate(paths):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(index, total, path.name)
        path = Path(path)
        results.append(_import_receipt(ctx, path) if is_receipt_file(path) else _import_package(ctx, path))
    if progress is not None:
        progress(len(results), total, "")
    return results
