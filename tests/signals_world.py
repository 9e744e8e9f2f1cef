"""Rows for the early-warning tests: flagged cases and consultations written straight into the tables.

Hundreds of rows per test (a year of baseline in several places) would take long through the case
services, and the signals read only the columns set here. Written with Core inserts, as the exchange
importer writes received rows (the read-only guard watches ORM flushes only).
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime

from sqlalchemy import select

from app.models import Case, Consultation, District, Unit
from app.models.enums import CaseStatus, Category, Channel, ConsultationResult, RiskLevel
from app.models.exchange import ReceivedPackage
from app.storage.database import Database
from tests.conftest import ACTOR

PERIOD = date(2026, 10, 1)  # the month the tests look at
AS_OF = date(2026, 11, 20)  # October is over
CENTRE, HOUSE, REGION, REPUBLIC = "KZ-31-CTR", "KZ-31-HF", "KZ-31-MC", "KZ-RMC"
KORDAY, BAYZAK = "KZ-31-KRD", "KZ-31-BZK"
_numbers = itertools.count(1)


def baseline_months(first: date = date(2025, 10, 1), months: int = 12) -> list[date]:
    """The 10th of each of `months` months from `first`: by default October 2025 .. September 2026."""
    out = []
    year, month = first.year, first.month
    for _ in range(months):
        out.append(date(year, month, 10))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def received_package(db: Database, unit: str) -> uuid.UUID:
    """A received monthly package for the imported rows to point at."""
    package_id = uuid.uuid4()
    with db.session(write=True, actor=ACTOR) as s:
        s.add(
            ReceivedPackage(
                id=package_id,
                package_id=uuid.uuid4(),
                sender_unit=unit,
                sender_key_id="0123456789abcdef",
                unit_code=unit,
                period="2026-10",
                revision=1,
                sequence=1,
                completed_at=datetime(2026, 11, 3, tzinfo=UTC),
                received_by="council",
                state="current",
                manifest=b"{}",
                signature=b"s" * 64,
                aggregates=b"{}",
            )
        )
    return package_id


def add(
    db: Database,
    indicator: str,
    days: Iterable[date],
    *,
    unit: str = CENTRE,
    district: str | None = KORDAY,
    package: uuid.UUID | None = None,
    flagged: bool = True,
) -> list[uuid.UUID]:
    """One row per day carrying `indicator` (a case, or a consultation for consultations_inter_ethnic);
    `flagged=False` makes the same row without the flag (must never count). Returns the new ids."""
    ids: list[uuid.UUID] = []
    with db.session(write=True, actor=ACTOR) as s:
        unit_id = s.scalar(select(Unit.id).where(Unit.code == unit))
        district_id = s.scalar(select(District.id).where(District.code == district)) if district else None
        rows = []
        for day in days:
            row_id = uuid.uuid4()
            ids.append(row_id)
            if indicator == "consultations_inter_ethnic":
                rows.append(
                    {
                        "id": row_id, "unit_id": unit_id, "district_id": district_id, "held_on": day,
                        "topic": Category.COMMUNITY_GROUP, "result": ConsultationResult.INFORMATION_GIVEN,
                        "inter_ethnic": flagged, "received_package_id": package,
                    }
                )  # fmt: skip
                continue
            seq = next(_numbers)
            rows.append(
                {
                    "id": row_id, "number": f"{unit}-{day.year}-T{seq:05d}", "unit_id": unit_id,
                    "year": day.year, "seq": seq, "district_id": district_id, "intake_date": day,
                    "channel": Channel.AKIMAT, "category": Category.NEIGHBOUR, "description": "",
                    "inter_ethnic": flagged and indicator == "inter_ethnic",
                    "group_dispute": flagged and indicator == "group_dispute",
                    "recurrence": flagged and indicator == "recurrence",
                    "risk_level": RiskLevel.HIGH if flagged and indicator == "high_risk" else RiskLevel.MEDIUM,
                    "minors_involved": False, "status": CaseStatus.INTAKE, "received_package_id": package,
                }
            )  # fmt: skip
        if rows:
            table = Consultation.__table__ if indicator == "consultations_inter_ethnic" else Case.__table__
            s.execute(table.insert(), rows)
    return ids
