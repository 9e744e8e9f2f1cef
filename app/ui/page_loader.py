"""Loads of a page off the GUI thread where only the newest load of each kind is shown.

A person who picks another month while the last one is still counting wants the new month: the
older result, when it comes back, is dropped. Errors go to the context's error reporter.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import QWidget

from app.errors import TatulyqError
from app.ui.context import UiContext
from app.ui.workers import Task, run_in_background


class PageLoader:
    def __init__(self, owner: QWidget, ctx: UiContext) -> None:
        self.owner = owner
        self.ctx = ctx
        self._generation = 0
        self._newest: dict[str, int] = {}  # kind of load -> its newest generation
        self._tasks: dict[int, Task] = {}
        self._spent: list[Task] = []

    @property
    def busy(self) -> bool:
        """Whether a load has not come back yet."""
        return bool(self._tasks)

    def busy_with(self, kind: str) -> bool:
        return self._newest.get(kind) in self._tasks

    def start(
        self,
        kind: str,
        job: Callable[[Any], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[], None] | None = None,
    ) -> None:
        for spent in self._spent:
            spent.relay.deleteLater()
        self._spent.clear()
        self._generation += 1
        generation = self._generation
        self._newest[kind] = generation
        # Bound methods in partials, not closures: PySide6 6.12 mishandles the reference it keeps to a
        # plain function connected to a signal, and freeing the relay then crashes.
        self._tasks[generation] = run_in_background(
            self.owner,
            job,
            partial(self._done, kind, generation, on_done),
            partial(self._failed, kind, generation, on_failed),
        )

    def _done(self, kind: str, generation: int, on_done: Callable[[Any], None], result: object) -> None:
        if self._finish(kind, generation):
            on_done(result)

    def _failed(
        self, kind: str, generation: int, on_failed: Callable[[], None] | None, error: BaseException
    ) -> None:
        if not self._finish(kind, generation):
            return
        if on_failed is not None:
            on_failed()
        if isinstance(error, TatulyqError):
            self.ctx.errors.known(self.owner, error)
        else:
            self.ctx.errors.report(self.owner, error)

    def _finish(self, kind: str, generation: int) -> bool:
        task = self._tasks.pop(generation, None)
        if task is not None:
            # Deleted at the next load, not now: freeing a relay right after its job ends crashes
            # PySide6 6.12 in QObject::~QObject; by then its worker is long gone.
            self._spent.append(task)
        return self._newest.get(kind) == generation
