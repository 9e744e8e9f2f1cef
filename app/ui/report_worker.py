"""One piece of long work at a time for a view (a report, a document), off the GUI thread.

A thin layer over workers.run_in_background for views that make one file at a time: starting again
drops the older job's answer, Cancel stops the job at its next progress report, and a view closed
while its job runs is simply not told (the job's relay goes with the view; workers.py then has
nobody to tell and says nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject

from app.ui.workers import Cancelled, Task, run_in_background

Job = Callable[[Callable[[int, int], None]], Any]


class OneJob(QObject):
    """Runs `job(progress)` in the background; only the newest job's progress and answer arrive."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._generation = 0
        self._task: Task | None = None
        self._spent: list[Task] = []

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(
        self,
        job: Job,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self.cancel()
        for spent in self._spent:
            spent.relay.deleteLater()
        self._spent.clear()
        self._generation += 1
        generation = self._generation
        # Bound methods in partials, not closures: PySide6 mishandles the reference it keeps to a plain
        # function connected to a signal, and freeing the relay then crashes (see pages/deadlines.py).
        self._task = run_in_background(
            self,
            job,
            partial(self._done, generation, on_done),
            partial(self._failed, generation, on_error),
            partial(self._progress, generation, on_progress),
        )

    def cancel(self) -> None:
        """Ask the running job to stop at its next progress report; its answer will not be delivered."""
        if self._task is not None:
            self._task.cancel()
            self._retire()

    def _retire(self) -> None:
        if self._task is not None:
            # Deleted at the next start, not now: freeing a relay right after its job ends crashed
            # PySide6 in QObject::~QObject; by then its worker is long gone.
            self._spent.append(self._task)
            self._task = None
        self._generation += 1

    def _current(self, generation: int) -> bool:
        return generation == self._generation and self._task is not None

    def _progress(
        self, generation: int, slot: Callable[[int, int], None] | None, done: int, total: int
    ) -> None:
        if slot is not None and self._current(generation):
            slot(done, total)

    def _done(self, generation: int, slot: Callable[[Any], None], result: object) -> None:
        if self._current(generation):
            self._retire()
            slot(result)

    def _failed(self, generation: int, slot: Callable[[BaseException], None], error: BaseException) -> None:
        if self._current(generation) and not isinstance(error, Cancelled):
            self._retire()
            slot(error)
