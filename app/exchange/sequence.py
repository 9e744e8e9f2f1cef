"""The sequence number of a package this installation writes: it only ever grows.

``max(last sequence sent + 1, unix seconds now)``: the stored part makes two packages written in the
same second differ; the clock part keeps it growing after the database was restored from an older
backup (which forgot the packages sent since), so a council never takes a new package for a replay.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import SentPackage


def next_sequence(session: Session, now: datetime) -> int:
    last = session.scalar(select(func.max(SentPackage.sequence)))
    return max(int(last or 0) + 1, int(now.timestamp()))
