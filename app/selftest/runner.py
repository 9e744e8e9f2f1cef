"""Run the checks of the self-test in order, each timed, and say what passed or what failed and why.

A check is a function of the workspace that returns normally when it passed and raises when it did not:
``CheckError`` with a sentence for a condition it tested, anything else for an error it met (reported
as the exception's type and first line). A check whose prerequisite failed is not run and says so, so
one broken piece gives one clear cause instead of a cascade.
"""

from __future__ import annotations

import shutil
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.selftest.workspace import CheckError, Workspace


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[Workspace], None]
    needs: tuple[str, ...] = ()  # checks that must have passed first


@dataclass(frozen=True)
class CheckResult:
    name: str
    seconds: float
    reason: str | None = None  # None: passed
    details: str | None = field(default=None, repr=False)  # the traceback of an unexpected error

    @property
    def passed(self) -> bool:
        return self.reason is None


@dataclass(frozen=True)
class SelfTestReport:
    results: list[CheckResult]
    seconds: float

    @property
    def passed(self) -> bool:
        return all(result.passed for result in self.results)

    @property
    def failed(self) -> list[CheckResult]:
        return [result for result in self.results if not result.passed]

    def lines(self) -> list[str]:
        """For a person: one line when all passed; otherwise one line per failed check and a summary."""
        if self.passed:
            return [f"self-test passed: {len(self.results)} checks in {self.seconds:.1f} s"]
        lines = [f"FAILED {result.name}: {result.reason}" for result in self.failed]
        lines.append(
            f"self-test failed: {len(self.failed)} of {len(self.results)} checks in {self.seconds:.1f} s"
        )
        return lines

    def to_dict(self) -> dict[str, object]:
        return {
            "passed": self.passed,
            "seconds": round(self.seconds, 3),
            "checks": [
                {"name": r.name, "passed": r.passed, "seconds": round(r.seconds, 3), "reason": r.reason}
                for r in self.results
            ],
        }


def run_checks(checks: Sequence[Check], folder: Path | None = None) -> SelfTestReport:
    """Run ``checks`` in a new temporary folder (inside ``folder`` if given), removed afterwards."""
    started = time.perf_counter()
    results: list[CheckResult] = []
    passed: set[str] = set()
    work = Path(tempfile.mkdtemp(prefix="tatulyq-self-test-", dir=folder))
    workspace = Workspace(work)
    try:
        for check in checks:
            missing = [name for name in check.needs if name not in passed]
            if missing:
                results.append(
                    CheckResult(check.name, 0.0, f"not run: the {', '.join(missing)} check failed")
                )
                continue
            result = _run_one(check, workspace)
            results.append(result)
            if result.passed:
                passed.add(check.name)
    finally:
        workspace.close()
        # Nothing of the test may stay behind: the databases in it hold made-up people, but still.
        shutil.rmtree(work, ignore_errors=True)
    return SelfTestReport(results, time.perf_counter() - started)


def _run_one(check: Check, workspace: Workspace) -> CheckResult:
    begun = time.perf_counter()
    try:
        check.run(workspace)
    except CheckError as failure:
        return CheckResult(check.name, time.perf_counter() - begun, str(failure))
    except Exception as error:
        first_line = (str(error).strip().splitlines() or [""])[0]
        reason = f"{type(error).__name__}: {first_line}" if first_line else type(error).__name__
        details = "".join(traceback.format_exception(error))
        return CheckResult(check.name, time.perf_counter() - begun, reason, details)
    return CheckResult(check.name, time.perf_counter() - begun)
