"""Report periods in Kazakhstan's local calendar: parsing, the periods compared with, UTC bounds."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.errors import ValidationError
from app.reports.builder import short_name, trend_months
from app.reports.periods import Period, PeriodKind


@pytest.mark.parametrize(
    ("text", "start", "end", "kind", "code"),
    [
        ("2026-10", date(2026, 10, 1), date(2026, 10, 31), PeriodKind.MONTH, "2026-10"),
        (" 2024-02 ", date(2024, 2, 1), date(2024, 2, 29), PeriodKind.MONTH, "2024-02"),
        ("2026-02", date(2026, 2, 1), date(2026, 2, 28), PeriodKind.MONTH, "2026-02"),
        ("2026-Q3", date(2026, 7, 1), date(2026, 9, 30), PeriodKind.QUARTER, "2026-Q3"),
        ("2026-q1", date(2026, 1, 1), date(2026, 3, 31), PeriodKind.QUARTER, "2026-Q1"),
        ("2026-Q4", date(2026, 10, 1), date(2026, 12, 31), PeriodKind.QUARTER, "2026-Q4"),
        ("2026", date(2026, 1, 1), date(2026, 12, 31), PeriodKind.YEAR, "2026"),
    ],
)
def test_parse(text: str, start: date, end: date, kind: PeriodKind, code: str) -> None:
    period = Period.parse(text)
    assert (period.start, period.end, period.kind, period.code()) == (start, end, kind, code)
    assert period.to_dict() == {
        "kind": kind.value,
        "code": code,
        "start": start.isoformat(),
        "end": end.isoformat(),
    }


@pytest.mark.parametrize(
    "text", ["2026-13", "2026-00", "2026-Q5", "2026-Q0", "26-10", "October", "", "2026-10-01"]
)
def test_parse_refuses_what_is_not_a_period(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Period.parse(text)
    assert caught.value.key == "period.invalid"
    assert caught.value.params == {"text": text}


def test_a_range_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValidationError) as caught:
        Period(date(2026, 10, 31), date(2026, 10, 1))
    assert caught.value.key == "period.reversed"
    # ISO text like every error's dates, so that the desktop program can show them as dd.mm.yyyy
    assert caught.value.params == {"start": "2026-10-31", "end": "2026-10-01"}
    one_day = Period(date(2026, 10, 1), date(2026, 10, 1))
    assert one_day.days == 1 and one_day.code() == "2026-10-01..2026-10-01"


@pytest.mark.parametrize(
    ("period", "previous", "year_earlier"),
    [
        (Period.month(2026, 10), Period.month(2026, 9), Period.month(2025, 10)),
        (Period.month(2026, 1), Period.month(2025, 12), Period.month(2025, 1)),
        (Period.month(2024, 3), Period.month(2024, 2), Period.month(2023, 3)),
        (Period.quarter(2026, 1), Period.quarter(2025, 4), Period.quarter(2025, 1)),
        (Period.quarter(2026, 3), Period.quarter(2026, 2), Period.quarter(2025, 3)),
        (Period.year(2026), Period.year(2025), Period.year(2025)),
        (
            Period(date(2026, 9, 15), date(2026, 10, 14)),
            Period(date(2026, 8, 16), date(2026, 9, 14)),
            Period(date(2025, 9, 15), date(2025, 10, 14)),
        ),
        (
            Period(date(2024, 2, 29), date(2024, 3, 10)),
            Period(date(2024, 2, 18), date(2024, 2, 28)),
            Period(date(2023, 2, 28), date(2023, 3, 10)),
        ),
    ],
)
def test_the_periods_compared_with(period: Period, previous: Period, year_earlier: Period) -> None:
    assert period.previous() == previous
    assert period.year_earlier() == year_earlier
    if period.kind is PeriodKind.RANGE:
        assert period.previous().days == period.days


def test_months_touched() -> None:
    assert Period.quarter(2026, 4).months() == [(2026, 10), (2026, 11), (2026, 12)]
    assert Period(date(2025, 12, 20), date(2026, 2, 3)).months() == [(2025, 12), (2026, 1), (2026, 2)]
    assert len(Period.year(2026).months()) == 12


def test_utc_bounds_follow_local_midnight() -> None:
    # 00:00 on 1 November in Kazakhstan (UTC+5) is 19:00 UTC on 31 October.
    start, end = Period.month(2026, 11).utc_bounds()
    assert start == datetime(2026, 10, 31, 19, 0, tzinfo=UTC)
    assert end == datetime(2026, 11, 30, 19, 0, tzinfo=UTC)
    assert Period.month(2026, 11).contains(date(2026, 11, 30))
    assert not Period.month(2026, 11).contains(date(2026, 12, 1))


@pytest.mark.parametrize(
    ("period", "first", "last"),
    [
        (Period.month(2026, 10), date(2025, 11, 1), date(2026, 10, 31)),
        (Period.month(2026, 2), date(2025, 3, 1), date(2026, 2, 28)),
        (Period.month(2026, 12), date(2026, 1, 1), date(2026, 12, 31)),
        (Period.year(2026), date(2026, 1, 1), date(2026, 12, 31)),
        (Period.quarter(2026, 1), date(2025, 4, 1), date(2026, 3, 31)),
        (Period(date(2026, 9, 15), date(2026, 10, 14)), date(2025, 11, 1), date(2026, 10, 31)),
    ],
)
def test_the_trend_covers_twelve_months_ending_with_the_last_one(
    period: Period, first: date, last: date
) -> None:
    months = trend_months(period)
    assert (months.start, months.end) == (first, last)
    assert len(months.months()) == 12


def test_mediators_are_named_with_initials() -> None:
    assert short_name("Сәрсенбаев", "Нұрлан", "Ержанұлы") == "Сәрсенбаев Н. Е."
    assert short_name("Ахметова", "Гүлнар", None) == "Ахметова Г."
    assert short_name(" Ким ", " Ольга ", " ") == "Ким О."
