"""Kazakhstan's local calendar (UTC+5 across the country since 2024) and the current day.

Business dates are local dates; ``TATULYQ_TODAY`` (YYYY-MM-DD) pins "today" for tests and for
reproducing a report as it looked on a given day.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta, timezone

KZ_TZ = timezone(timedelta(hours=5), "UTC+05")


def now() -> datetime:
    return datetime.now(UTC)


def today() -> date:
    pinned = os.environ.get("TATULYQ_TODAY")
    if pinned:
        return date.fromisoformat(pinned)
    return now().astimezone(KZ_TZ).date()


def local_date(moment: datetime) -> date:
    """The day in Kazakhstan on which an aware UTC moment falls (00:30 local on the 1st is the 1st)."""
    return moment.astimezone(KZ_TZ).date()
