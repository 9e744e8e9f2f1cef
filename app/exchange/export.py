""" "Prepare this month": check the month, write the unit's signed package, record it as sent.

The file is written first (whole, beside and renamed, so a stick pulled out leaves no half package),
and only then are the month's closure and the sent package recorded, in one transaction; if that
fails the file is removed again. So a full or read-only folder records nothing, and a package on
the stick is always one the database knows it sent.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from app import __version__
from app.errors import StorageError, ValidationError
from app.exchange.directory import Directory
from app.exchange.directory_service import current_directory, recipients_for
from app.exchange.forwarding import forwarded_file
from app.exchange.keys import InstallationKeys, PublicKeys
from app.exchange.month_checks import (
    CheckFinding,
    ensure_month_over,
    find_problems,
    next_revision,
    parse_month,
)
from app.exchange.package import write_package
from app.exchange.package_manifest import ManifestFields
from app.exchange.package_zip import (
    AGGREGATES,
    CASES,
    CONSULTATIONS,
    FORWARDED,
)
from app.exchange.rows_out import export_rows
from app.exchange.sequence import next_sequence
from app.models import MonthClosure, SentPackage, Unit
from app.reports.builder import build_report
from app.reports.periods import Period
from app.services import audit, clock, installation, units
from app.services.context import Actor, actor_of
from app.storage.database import Database
from app.storage.files import replace_atomically
from app.storage.migrate import SCHEMA_HEAD

PACKAGE_SUFFIX = ".tqp"
STEPS = 5


@dataclass(frozen=True)
class MonthCheck:
    unit: str
    period: str
    findings: tuple[CheckFinding, ...]
    next_revision: int


@dataclass(frozen=True)
class Prepared:
    path: Path
    unit: str
    period: str
    revision: int
    sequence: int
    package_id: str
    case_rows: int
    consultation_rows: int
    forwarded: int
    findings: int = 0  # problems the person chose to send anyway


@dataclass(frozen=True)
class _Built:
    data: bytes
    package_id: str
    revision: int
    sequence: int
    case_rows: int
    consultation_rows: int
    forwarded: int
    findings: int


def package_file_name(unit_code: str, period: str, revision: int) -> str:
    return f"{unit_code}_{period}_r{revision}{PACKAGE_SUFFIX}"


def _my_unit(session: Session) -> Unit:
    unit = installation.installation_unit(session)
    if unit is None:
        raise ValidationError(
            "exchange.no_unit", "This installation has no unit yet; finish the set-up first."
        )
    return unit


def _directory(session: Session) -> Directory:
    directory = current_directory(session)
    if directory is None:
        raise ValidationError(
            "exchange.no_directory",
            "No directory of units is installed yet. Install the directory file from the republican "
            "council first.",
        )
    return directory


def check_month(db: Database, unit_code: str, period: str, *, today: date | None = None) -> MonthCheck:
    """The findings of the unit's month (its local rows and those of the units below it held here)."""
    month = parse_month(period)
    ensure_month_over(month, today or clock.today())
    with db.session() as session:
        unit = units.by_code(session, unit_code)
        findings = find_problems(session, units.subtree_ids(session, unit.id), month)
        return MonthCheck(unit.code, month.code(), findings, next_revision(session, unit.id, month.code()))


def _aggregates(session: Session, unit_code: str, month: Period, made_at: datetime) -> bytes:
    """The report's figures for the month, as the sender's program computed them (JSON)."""
    data: dict[str, Any] = build_report(session, unit_code, month, made_at=made_at).to_dict()
    for load in data.get("mediators", []):
        load["name"] = ""  # the figures go up de-identified too: a mediator is a count, not a name
    return json.dumps(data, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")


def _build(
    session: Session,
    keys: InstallationKeys,
    unit: Unit,
    month: Period,
    today: date,
    now: datetime,
    send_with_findings: bool,
    step: Callable[[int], None],
) -> _Built:
    if keys.unit_code != unit.code:
        raise ValidationError(
            "exchange.keys_other_unit",
            f"The exchange keys are of unit {keys.unit_code}, but this installation serves {unit.code}.",
            unit=unit.code,
            key_unit=keys.unit_code,
        )
    directory = _directory(session)
    recipients: list[PublicKeys] = recipients_for(directory, unit.code, today)
    unit_ids = units.subtree_ids(session, unit.id)
    findings = find_problems(session, unit_ids, month)
    if findings and not send_with_findings:
        count = sum(f.count or len(f.case_numbers) for f in findings)
        raise ValidationError(
            "exchange.month_has_findings",
            f"The month {month.code()} has {count} problems to look at; correct them, or choose to send "
            "the month as it is.",
            period=month.code(),
            count=count,
        )
    step(1)
    revision = next_revision(session, unit.id, month.code())
    sequence = next_sequence(session, now)
    rows = export_rows(session, unit_ids, until=month.end)
    step(2)
    aggregates = _aggregates(session, unit.code, month, now)
    forwarded, forwarded_count = forwarded_file(session, directory, unit.code)
    step(3)
    fields = ManifestFields(
        sender_unit=unit.code,
        unit=unit.code,
        period=month.code(),
        revision=revision,
        sequence=sequence,
        completed_at=now.isoformat(),
        app_version=__version__,
        schema_revision=SCHEMA_HEAD,
    )
    files = {
        AGGREGATES: aggregates,
        CASES: rows.cases,
        CONSULTATIONS: rows.consultations,
        FORWARDED: forwarded,
    }
    package_id = str(uuid.uuid4())
    data = write_package(fields, files, keys, recipients, package_id=uuid.UUID(package_id))
    return _Built(
        data=data,
        package_id=package_id,
        revision=revision,
        sequence=sequence,
        case_rows=rows.case_rows,
        consultation_rows=rows.consultation_rows,
        forwarded=forwarded_count,
        findings=sum(f.count or len(f.case_numbers) for f in findings),
    )


def _write_file(target: Path, data: bytes) -> None:
    try:
        if not target.parent.is_dir():
            raise FileNotFoundError(2, "the folder does not exist")
        replace_atomically(target, data)
    except OSError as error:
        raise StorageError(
            "exchange.cannot_write_package",
            f"The package could not be written to {target.parent}: {error.strerror or error}. Choose "
            "another folder or stick, or free some space.",
            path=str(target.parent),
        ) from error


def _record(
    session: Session, unit: Unit, month: Period, built: _Built, file_name: str, sha256: str, now: datetime
) -> None:
    actor = actor_of(session).name
    # Plain inserts: the one audit entry below says what happened, in words, without the blobs.
    session.execute(
        insert(cast(Table, MonthClosure.__table__)),
        [
            {
                "id": uuid.uuid4(),
                "unit_id": unit.id,
                "period": month.code(),
                "revision": built.revision,
                "completed_at": now,
                "completed_by": actor,
                "problems": built.findings,
            }
        ],
    )
    session.execute(
        insert(cast(Table, SentPackage.__table__)),
        [
            {
                "id": uuid.uuid4(),
                "package_id": uuid.UUID(built.package_id),
                "unit_id": unit.id,
                "period": month.code(),
                "revision": built.revision,
                "sequence": built.sequence,
                "file_name": file_name,
                "sha256": sha256,
                "created_at": now,
                "created_by": actor,
                "case_rows": built.case_rows,
                "consultation_rows": built.consultation_rows,
                "forwarded": built.forwarded,
                "receipt_status": None,
                "receipt_at": None,
            }
        ],
    )
    audit.record_event(
        session,
        entity="exchange",
        entity_id=built.package_id,
        summary=(
            f"Month {month.code()} of {unit.code} prepared: revision {built.revision}, "
            f"{built.case_rows} cases, {built.consultation_rows} consultations, "
            f"{built.forwarded} packages forwarded."
        ),
        details={
            "period": month.code(),
            "unit": unit.code,
            "revision": built.revision,
            "sequence": built.sequence,
            "file": file_name,
            "sha256": sha256,
            "case_rows": built.case_rows,
            "consultation_rows": built.consultation_rows,
            "forwarded": built.forwarded,
            "problems": built.findings,
        },
    )


def prepare_month(
    db: Database,
    keys: InstallationKeys,
    period: str,
    out_dir: Path,
    *,
    actor: Actor,
    send_with_findings: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> Prepared:
    """Check the month, write ``<UNIT>_<YYYY-MM>_r<rev>.tqp`` into ``out_dir``, record it as sent."""
    month = parse_month(period)
    today = clock.today()
    ensure_month_over(month, today)
    now = clock.now()

    def step(done: int) -> None:
        if progress is not None:
            progress(done, STEPS)

    step(0)
    with db.session(actor=actor) as session:
        unit = _my_unit(session)
        built = _build(session, keys, unit, month, today, now, send_with_findings, step)
        unit_id, unit_code = unit.id, unit.code
    file_name = package_file_name(unit_code, month.code(), built.revision)
    target = Path(out_dir) / file_name
    _write_file(target, built.data)
    step(4)
    sha256 = hashlib.sha256(built.data).hexdigest()
    try:
        with db.session(write=True, actor=actor) as session:
            _record(session, session.get_one(Unit, unit_id), month, built, file_name, sha256, now)
    except BaseException:
        # Nothing recorded: no package on the stick that the database does not know it sent.
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    step(STEPS)
    return Prepared(
        path=target,
        unit=unit_code,
        period=month.code(),
        revision=built.revision,
        sequence=built.sequence,
        package_id=built.package_id,
        case_rows=built.case_rows,
        consultation_rows=built.consultation_rows,
        forwarded=built.forwarded,
        findings=built.findings,
    )
