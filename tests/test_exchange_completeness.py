"""Reporting completeness at a council: on time, late, missing, pending and not expected, from the
received packages in a real database (rows written directly, as the importer would leave them)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import update

from app.errors import NotFoundError, ValidationError
from app.exchange.completeness import (
    DEADLINE_SETTING,
    LATE,
    MISSING,
    NOT_EXPECTED,
    ON_TIME,
    PENDING,
    Grid,
    completeness,
    deadline,
)
from app.models import Unit
from app.models.exchange import ReceivedPackage
from app.models.reference import UNITS
from app.services import settings
from app.services.context import Actor
from app.storage.database import Database

ACTOR = Actor("tester")
TODAY = date(2026, 11, 21)
KZ = timezone(timedelta(hours=5))
REGION = "KZ-31-MC"
CENTRE, HOUSE, DISTRICT = "KZ-31-CTR", "KZ-31-HF", "KZ-31-KRD"
MONTHS = ("2026-09", "2026-10", "2026-11")


def _received(
    db: Database,
    unit: str,
    period: str,
    completed_at: datetime,
    *,
    revision: int = 1,
    state: str = "current",
    via: str | None = None,
) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        s.add(
            ReceivedPackage(
                package_id=uuid.uuid4(),
                sender_unit=unit,
                sender_key_id="0123456789abcdef",
                unit_code=unit,
                period=period,
                revision=revision,
                sequence=int(completed_at.timestamp()),
                completed_at=completed_at,
                received_at=completed_at + timedelta(hours=3),
                received_by="region head",
                via_unit=via,
                state=state,
                manifest=b"{}",
                signature=b"s" * 64,
                aggregates=b"{}",
            )
        )


def _dates(db: Database, code: str, opened: date, closed: date | None) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        s.execute(update(Unit).where(Unit.code == code).values(opened_on=opened, closed_on=closed))


def _states(grid: Grid) -> dict[str, list[str]]:
    return {unit: [grid.cell(unit, p).state for p in grid.periods] for unit in grid.units}


@pytest.fixture
def region_month(db: Database) -> Database:
    """The Zhambyl region's three units with what each sent for September to November 2026."""
    _dates(db, DISTRICT, date(2026, 10, 15), None)  # opened in the middle of October
    _dates(db, HOUSE, date(2022, 1, 1), date(2026, 9, 30))  # closed at the end of September
    # The centre: September on time (3 October), October late (completed 7 November), November not yet.
    # (October's snapshot replaced September's rows: one current package per unit.)
    _received(db, CENTRE, "2026-09", datetime(2026, 10, 3, 16, 0, tzinfo=KZ), state="superseded")
    _received(db, CENTRE, "2026-10", datetime(2026, 11, 7, 10, 0, tzinfo=KZ))
    # The district assembly's October: 23:30 on 5 November in Kazakhstan (18:30 UTC) is still on time;
    # a correction (revision 2) a week later does not make the month late.
    _received(db, DISTRICT, "2026-10", datetime(2026, 11, 5, 18, 30, tzinfo=UTC), state="superseded")
    _received(db, DISTRICT, "2026-10", datetime(2026, 11, 12, 9, 0, tzinfo=KZ), revision=2)
    return db


def test_each_unit_and_month_has_its_state(region_month: Database) -> None:
    with region_month.session() as s:
        grid = completeness(s, REGION, MONTHS, today=TODAY)
    assert grid.units == (CENTRE, HOUSE, DISTRICT)
    assert _states(grid) == {
        CENTRE: [ON_TIME, LATE, PENDING],
        HOUSE: [MISSING, NOT_EXPECTED, NOT_EXPECTED],  # closed on 30 September: September still due
        DISTRICT: [NOT_EXPECTED, ON_TIME, PENDING],  # opened on 15 October: October is due
    }
    assert grid.expected == {"2026-09": 2, "2026-10": 2, "2026-11": 2}
    assert grid.on_time == {"2026-09": 1, "2026-10": 1, "2026-11": 0}
    assert grid.late == {"2026-09": 0, "2026-10": 1, "2026-11": 0}
    assert grid.missing == {"2026-09": 1, "2026-10": 0, "2026-11": 0}
    assert grid.pending == {"2026-09": 0, "2026-10": 0, "2026-11": 2}
    assert grid.deadlines == {
        "2026-09": date(2026, 10, 5),
        "2026-10": date(2026, 11, 5),
        "2026-11": date(2026, 12, 5),
    }
    district = grid.cell(DISTRICT, "2026-10")
    assert district.revision == 2
    assert district.completed_at == datetime(2026, 11, 5, 18, 30, tzinfo=UTC)  # the first revision's
    assert district.received_at == datetime(2026, 11, 5, 21, 30, tzinfo=UTC)
    assert grid.cell(HOUSE, "2026-09").completed_at is None


def test_one_minute_after_local_midnight_of_the_deadline_is_late(db: Database) -> None:
    # 00:01 on 6 October in Kazakhstan is still 5 October in UTC.
    _received(db, CENTRE, "2026-09", datetime(2026, 10, 5, 19, 1, tzinfo=UTC))
    with db.session() as s:
        grid = completeness(s, REGION, ["2026-09"], today=TODAY)
    assert grid.cell(CENTRE, "2026-09").state == LATE


def test_a_month_is_missing_only_once_its_deadline_has_passed(db: Database) -> None:
    with db.session() as s:
        on_the_day = completeness(s, REGION, ["2026-10"], today=date(2026, 11, 5))
        after = completeness(s, REGION, ["2026-10"], today=date(2026, 11, 6))
    assert on_the_day.cell(CENTRE, "2026-10").state == PENDING
    assert (on_the_day.pending["2026-10"], on_the_day.missing["2026-10"]) == (3, 0)
    assert after.cell(CENTRE, "2026-10").state == MISSING
    assert (after.pending["2026-10"], after.missing["2026-10"]) == (0, 3)


def test_an_older_package_that_arrived_after_a_newer_one_still_counts(db: Database) -> None:
    _received(db, CENTRE, "2026-10", datetime(2026, 11, 2, 10, 0, tzinfo=KZ))
    _received(db, CENTRE, "2026-09", datetime(2026, 10, 20, 10, 0, tzinfo=KZ), state="older")
    with db.session() as s:
        grid = completeness(s, REGION, ["2026-09", "2026-10"], today=TODAY)
    assert [grid.cell(CENTRE, p).state for p in grid.periods] == [LATE, ON_TIME]


def test_the_deadline_day_is_a_setting(region_month: Database) -> None:
    with region_month.session(write=True, actor=ACTOR) as s:
        settings.set_value(s, DEADLINE_SETTING, 10)
    with region_month.session() as s:
        grid = completeness(s, REGION, MONTHS, today=TODAY)
    # Completed on 7 November: late against the 5th, on time against the 10th.
    assert grid.cell(CENTRE, "2026-10").state == ON_TIME
    assert grid.on_time["2026-10"] == 2 and grid.late["2026-10"] == 0
    assert grid.deadlines["2026-10"] == date(2026, 11, 10)


def test_the_republic_sees_every_region_and_the_units_below_each(db: Database) -> None:
    # The region's own package and a centre's package it forwarded.
    _received(db, REGION, "2026-10", datetime(2026, 11, 6, 12, 0, tzinfo=KZ))
    _received(db, CENTRE, "2026-10", datetime(2026, 11, 4, 12, 0, tzinfo=KZ), via=REGION)
    with db.session() as s:
        grid = completeness(s, "KZ-RMC", ["2026-10"], today=TODAY)
    below = [u for u in UNITS if u.parent_code is not None]
    assert len(grid.units) == len(below)
    assert "KZ-RMC" not in grid.units
    start = grid.units.index(REGION)
    # Each regional council first, then the units below it, grouped under it.
    assert grid.units[start : start + 4] == (REGION, CENTRE, HOUSE, DISTRICT)
    assert {row.group for row in grid.rows[start : start + 4]} == {REGION}
    assert grid.cell(REGION, "2026-10").state == LATE
    assert grid.cell(CENTRE, "2026-10").state == ON_TIME
    # District assemblies opened in 2025, so every unit below the republic is due for October.
    assert grid.expected["2026-10"] == len(below)
    assert (grid.on_time["2026-10"], grid.late["2026-10"]) == (1, 1)
    assert grid.missing["2026-10"] == len(below) - 2


def test_a_centre_has_no_rows_and_bad_input_is_refused(db: Database) -> None:
    with db.session() as s:
        empty = completeness(s, CENTRE, ["2026-10"], today=TODAY)
        assert (empty.units, empty.expected) == ((), {"2026-10": 0})
        with pytest.raises(ValidationError) as bad:
            completeness(s, REGION, ["2026-13"], today=TODAY)
        assert bad.value.key == "period.invalid"
        with pytest.raises(NotFoundError) as unknown:
            completeness(s, "KZ-99-MC", ["2026-10"], today=TODAY)
        assert unknown.value.key == "unit.not_found"


def test_today_is_the_local_day_by_default(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TATULYQ_TODAY", "2026-10-05")
    with db.session() as s:
        assert completeness(s, REGION, ["2026-09"]).cell(CENTRE, "2026-09").state == PENDING
    monkeypatch.setenv("TATULYQ_TODAY", "2026-10-06")
    with db.session() as s:
        assert completeness(s, REGION, ["2026-09"]).cell(CENTRE, "2026-09").state == MISSING


def test_the_deadline_of_december_is_in_january_and_never_past_a_months_end() -> None:
    assert deadline("2026-12", 5) == date(2027, 1, 5)
    assert deadline("2027-01", 31) == date(2027, 2, 28)
