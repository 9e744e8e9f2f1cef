"""The period a person asked for: a named one (2026-10, 2026-Q3, 2026) or a range of days, not both.

Shared by the commands that take `--period` or `--from` with `--to`, so that each refuses a half or
double answer with the same message key.
"""

from __future__ import annotations

from datetime import date

from app.errors import ValidationError
from app.reports.periods import Period


def chosen_period(text: str | None, start: date | None, end: date | None) -> Period:
    """`text` alone (Period.parse), or `start` with `end` (a range); anything else: period.choice."""
    if text is not None and start is None and end is None:
        return Period.parse(text)
    if text is None and start is not None and end is not None:
        return Period(start, end)
    raise ValidationError(
        "period.choice",
        "Give either a period (2026-10, 2026-Q3 or 2026) or a range of days with both its first and its last day.",
    )
