"""What the Exchange page lists: packages sent and their receipts, the directory in force, unit keys.

Read-only queries for the desktop program (which holds no SQL); the work itself (checking, preparing,
importing, installing) is in app/exchange. Plain dataclasses come back, so the page can load them
off the GUI thread and show them after the session is closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.exchange.keys import fingerprint_of
from app.models import Unit
from app.models.exchange import DirectoryKey, InstalledDirectory, SentPackage
from app.services import units


@dataclass(frozen=True)
class SentRow:
    period: str
    revision: int
    file_name: str
    created_at: datetime
    created_by: str
    case_rows: int
    consultation_rows: int
    forwarded: int
    receipt_status: str | None  # None until the council's receipt is imported
    receipt_at: datetime | None


def sent_packages(session: Session, unit_code: str, limit: int = 200) -> list[SentRow]:
    """The packages this unit prepared, newest first."""
    unit = units.by_code(session, unit_code)
    rows = session.scalars(
        select(SentPackage)
        .where(SentPackage.unit_id == unit.id)
        .order_by(SentPackage.created_at.desc(), SentPackage.sequence.desc())
        .limit(limit)
    )
    return [
        SentRow(
            period=row.period,
            revision=row.revision,
            file_name=row.file_name,
            created_at=row.created_at,
            created_by=row.created_by,
            case_rows=row.case_rows,
            consultation_rows=row.consultation_rows,
            forwarded=row.forwarded,
            receipt_status=row.receipt_status,
            receipt_at=row.receipt_at,
        )
        for row in rows
    ]


@dataclass(frozen=True)
class DirectoryInfo:
    version: int
    installed_at: datetime
    installed_by: str


def installed_directory(session: Session) -> DirectoryInfo | None:
    """The directory of units in force (the highest version installed); None before the first."""
    row = session.scalar(select(InstalledDirectory).order_by(InstalledDirectory.version.desc()).limit(1))
    if row is None:
        return None
    return DirectoryInfo(row.version, row.installed_at, row.installed_by)


def is_republic(session: Session, unit_code: str) -> bool:
    """Whether the unit has no council above it: only there are unit keys added and the directory published."""
    return units.by_code(session, unit_code).parent_id is None


@dataclass(frozen=True)
class UnitKeyRow:
    unit_code: str
    key_id: str
    fingerprint: str
    valid_from: date
    valid_to: date | None
    added_by: str


def directory_keys(session: Session) -> list[UnitKeyRow]:
    """At the republican council: the unit keys the next directory will carry, by unit, newest first."""
    rows = session.scalars(
        select(DirectoryKey).order_by(DirectoryKey.unit_code, DirectoryKey.valid_from.desc())
    )
    return [
        UnitKeyRow(
            unit_code=row.unit_code,
            key_id=row.key_id,
            fingerprint=fingerprint_of(row.sign_public, row.box_public),
            valid_from=row.valid_from,
            valid_to=row.valid_to,
            added_by=row.added_by,
        )
        for row in rows
    ]


def unit_names(session: Session) -> dict[str, dict[str, str]]:
    """Every unit's name by language (kk, ru, en), by code: the grid names units in the reader's language."""
    return {
        unit.code: {"kk": unit.name_kk, "ru": unit.name_ru, "en": unit.name_en}
        for unit in session.scalars(select(Unit))
    }
