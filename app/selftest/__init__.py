"""`tatulyq --self-test`: does this installation work? Checked in a temporary folder, in a few seconds.

It makes an encrypted database with demo cases (the migrations build it), opens it with the user's
password, makes a Kazakh PDF report and reads it back, sends a month from the demo unit to its region
through the monthly exchange, and checks SQLCipher, the fonts, the translations and Qt. It runs the
same from the source tree and from the bundle, where it catches what freezing can lose (a data file, a
Qt plugin, a module imported by name). Nothing outside the temporary folder is read or written, and
the folder is removed at the end.

Each check is timed and named; the report is one line when all passed, or a line per failed check.
"""

from __future__ import annotations

from pathlib import Path

from app.selftest import checks_exchange, checks_report, checks_storage, checks_texts
from app.selftest.runner import Check, CheckResult, SelfTestReport, run_checks
from app.selftest.workspace import CheckError, Workspace

CHECKS: tuple[Check, ...] = (
    Check("sqlcipher", checks_storage.check_sqlcipher),
    Check("migrations", checks_storage.check_migration_scripts),
    Check("database", checks_storage.check_database, needs=("sqlcipher", "migrations")),
    Check("encryption", checks_storage.check_encryption, needs=("database",)),
    Check("report", checks_report.check_report, needs=("encryption",)),
    Check("fonts", checks_report.check_fonts, needs=("report",)),
    Check("exchange", checks_exchange.check_exchange, needs=("encryption",)),
    Check("translations", checks_texts.check_translation_files),
    Check("qt", checks_texts.check_qt),
)


def run_self_test(folder: Path | None = None) -> SelfTestReport:
    """Run every check in a temporary folder (made inside ``folder`` if given)."""
    return run_checks(CHECKS, folder)


__all__ = ["CHECKS", "Check", "CheckError", "CheckResult", "SelfTestReport", "Workspace", "run_self_test"]
