"""The desktop program's daily backup: one per local day, at the start and after midnight.

Started once the main window is shown (never before: the sign-in must not wait for a copy of the
database). The copy runs on a worker thread; every few minutes a timer looks whether the local day has
changed, which also covers a PC that slept through midnight (a single long timer would fire late after
a sleep, or not at all). A backup that fails is told once that day, then tried again the next day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from app.errors import TatulyqError
from app.services import backups, clock
from app.ui.context import UiContext
from app.ui.report_worker import OneJob

CHECK_EVERY_MS = 5 * 60 * 1000


class DailyBackups(QObject):
    made = Signal(object)  # backups.DailyBackup, after each day's attempt that worked

    def __init__(
        self, ctx: UiContext, parent: QObject | None = None, *, now: Callable[[], datetime] = clock.now
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.now = now
        self.job = OneJob(self)
        self.tried_day: date | None = None  # the local day whose backup was made or attempted
        self._running_day: date | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self.timer.start()

    def check(self) -> None:
        """Start today's backup on a worker thread unless it was made (or tried) today already."""
        moment = self.now()
        day = backups.local_now(moment).date()
        if day == self.tried_day or self.job.running or not backups.is_local_file(self.ctx.database):
            return
        database = self.ctx.database
        self._running_day = day
        self.job.start(
            lambda _progress: backups.make_daily_backup(database, moment=moment), self._done, self._failed
        )

    def _done(self, result: object) -> None:
        self.tried_day = self._running_day
        self.made.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.tried_day = self._running_day  # told once; tried again tomorrow
        if isinstance(error, TatulyqError):
            self.ctx.errors.known(None, error)
        else:
            self.ctx.errors.report(None, error)


def start_daily_backups(ctx: UiContext, parent: QObject) -> DailyBackups:
    """Call once the main window is shown: today's backup now (if not made yet), then one every day."""
    schedule = DailyBackups(ctx, parent)
    schedule.start()
    return schedule
