"""Periods of a grain as whole numbers: months counted from year 0, ISO weeks counted from a Monday.

Numbering the periods lets the counts of a place be kept as {period number: count} and the baseline
be a plain range of numbers before the period, across a change of year.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

# A Monday long before any case: week numbers count whole weeks from it.
EPOCH_MONDAY = date(2000, 1, 3)


def index_of(day: date, grain: str) -> int:
    """The number of the period (month or ISO week) that holds `day`."""
    if grain == "month":
        return day.year * 12 + day.month - 1
    return (day - EPOCH_MONDAY).days // 7


def first_day(index: int, grain: str) -> date:
    if grain == "month":
        year, month0 = divmod(index, 12)
        return date(year, month0 + 1, 1)
    return EPOCH_MONDAY + timedelta(weeks=index)


def last_day(index: int, grain: str) -> date:
    if grain == "month":
        year, month0 = divmod(index, 12)
        return date(year, month0 + 1, calendar.monthrange(year, month0 + 1)[1])
    return first_day(index, grain) + timedelta(days=6)


def label(index: int, grain: str) -> str:
    """ "2026-10" for a month, "2026-W43" for an ISO week."""
    start = first_day(index, grain)
    if grain == "month":
        return f"{start:%Y-%m}"
    iso = start.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def span_label(first: int, last: int, grain: str) -> str:
    return label(first, grain) if first == last else f"{label(first, grain)}..{label(last, grain)}"
