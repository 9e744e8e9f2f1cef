"""Report periods: a month, a quarter, a year or any range of days in Kazakhstan's local calendar.

Dates in the database that mark a day (intake_date, ended_on, closed_on, held_on...) are already local
dates (UTC+5), so a period is a pair of local dates, both included. `utc_bounds` gives the matching UTC
instants for the few timestamps (e.g. ended_at, recorded_at): a case closed at 00:30 local time on the
1st belongs to the new month although it is still the previous day in UTC.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from app.errors import ValidationError
from app.services.clock import KZ_TZ


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    RANGE = "range"


_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True)
class Period:
    start: date  # first day, included
    end: date  # last day, included
    kind: PeriodKind = PeriodKind.RANGE

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(
                "period.reversed", f"the period ends ({self.end}) before it starts ({self.start})",
                # ISO text, as every error passes dates: the desktop program shows them as dd.mm.yyyy.
                start=self.start.isoformat(), end=self.end.isoformat(),
            )

    # --- making periods

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), PeriodKind.MONTH)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = 3 * (quarter - 1) + 1
        last = calendar.monthrange(year, first + 2)[1]
        return cls(date(year, first, 1), date(year, first + 2, last), PeriodKind.QUARTER)

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), PeriodKind.YEAR)

    @classmethod
    def parse(cls, text: str) -> Period:
        """"2026-10" (a month), "2026-Q3" (a quarter) or "2026" (a year)."""
        value = text.strip()
        if match := _MONTH.match(value):
            year, month = int(match[1]), int(match[2])
            if 1 <= month <= 12:
                return cls.month(year, month)
        elif match := _QUARTER.match(value):
            return cls.quarter(int(match[1]), int(match[2]))
        elif match := _YEAR.match(value):
            return cls.year(int(match[1]))
        raise ValidationError(
            "period.invalid", f"not a period: {text!r} (expected 2026-10, 2026-Q3 or 2026)", text=text
        )

    # --- related periods

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period of the same kind just before (for a range: the same number of days before)."""
        if self.kind is PeriodKind.MONTH:
            before = self.start - timedelta(days=1)
            return Period.month(before.year, before.month)
        if self.kind is PeriodKind.QUARTER:
            before = self.start - timedelta(days=1)
            return Period.quarter(before.year, (before.month - 1) // 3 + 1)
        if self.kind is PeriodKind.YEAR:
            return Period.year(self.start.year - 1)
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))

    def year_earlier(self) -> Period:
        """The same period one year before (29 February becomes the 28th)."""
        if self.kind is PeriodKind.MONTH:
            return Period.month(self.start.year - 1, self.start.month)
        if self.kind is PeriodKind.QUARTER:
            return Period.quarter(self.start.year - 1, (self.start.month - 1) // 3 + 1)
        if self.kind is PeriodKind.YEAR:
            return Period.year(self.start.year - 1)
        return Period(_year_before(self.start), _year_before(self.end))

    def months(self) -> list[tuple[int, int]]:
        """(year, month) of every month the period touches, in order."""
        out, year, month = [], self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            out.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """[from, to) in UTC: local midnight of the first day to local midnight after the last day."""
        start = datetime.combine(self.start, time(), KZ_TZ).astimezone(UTC)
        end = datetime.combine(self.end + timedelta(days=1), time(), KZ_TZ).astimezone(UTC)
        return start, end

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def code(self) -> str:
        """"2026-10", "2026-Q3", "2026" or "2026-01-05..2026-02-04": for file names and JSON."""
        if self.kind is PeriodKind.MONTH:
            return f"{self.start:%Y-%m}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if self.kind is PeriodKind.YEAR:
            return str(self.start.year)
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind.value, "code": self.code(),
                "start": self.start.isoformat(), "end": self.end.isoformat()}


def _year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)
