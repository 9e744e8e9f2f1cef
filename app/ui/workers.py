"""Database work off the GUI thread, with the result or the error delivered back on it.

A view calls ``run_in_background(parent, job, on_done, on_error)``; the job gets no Qt objects and
returns plain data. Signals cross back to the GUI thread, so callbacks may touch widgets.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, job: Callable[[Callable[[int, int], None]], Any], relay: _Relay) -> None:
        super().__init__()
        self.job = job
        self.relay = relay
        self.cancelled = False

    def run(self) -> None:
        def report(done: int, total: int) -> None:
            if self.cancelled:
                raise _Cancelled
            self.relay.progress.emit(done, total)

        try:
            result = self.job(report)
        except _Cancelled:
            self._deliver(self.relay.failed, _Cancelled())
        except BaseException as error:  # delivered to the GUI thread, which decides how to tell it
            self._deliver(self.relay.failed, error)
        else:
            self._deliver(self.relay.done, result)

    @staticmethod
    def _deliver(signal: SignalInstance, value: object) -> None:
        # The view that asked may have been closed (or the program is quitting): nobody to tell then.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


class _Cancelled(Exception):  # noqa: N818 - it is not an error, it is the user's choice
    """The user pressed Cancel; the job stopped at its next progress report."""


Cancelled = _Cancelled


class Task:
    """A running job: cancel() asks it to stop at its next progress report."""

    def __init__(self, job: _Job, relay: _Relay) -> None:
        self._job = job
        self.relay = relay

    def cancel(self) -> None:
        self._job.cancelled = True


def run_in_background(
    parent: QObject,
    job: Callable[[Callable[[int, int], None]], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Task:
    relay = _Relay(parent)
    relay.done.connect(on_done)
    relay.failed.connect(on_error)
    if on_progress is not None:
        relay.progress.connect(on_progress)
    runnable = _Job(job, relay)
    QThreadPool.globalInstance().start(runnable)
    return Task(runnable, relay)
