"""`db check` and the verification a backup must pass before it may replace anything."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy import exc as sa_exc

from app.storage import audit_chain, migrate

# Storage sits below the models, so it names tables rather than importing model classes.
COUNTED = ("units", "mediators", "cases", "parties", "consultations")
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class CheckReport:
    revision: str | None
    head: str
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    chain: audit_chain.ChainReport | None = None  # the audit trail's hash chain, once checked

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(engine: Engine) -> CheckReport:
    report = CheckReport(revision=None, head=migrate.head_revision())
    try:
        report.revision = migrate.current_revision(engine)
    except sa_exc.DatabaseError as error:
        report.problems.append(f"the database cannot be read: {getattr(error, 'orig', error)}")
        return report
    if report.revision != report.head:
        report.problems.append(f"schema revision is {report.revision}, this program expects {report.head}")
        return report
    try:
        _check_content(engine, report)
    except sa_exc.DatabaseError as error:
        # A badly damaged file fails the check itself; that is a finding, not a crash.
        report.problems.append(f"the database cannot be read: {getattr(error, 'orig', error)}")
    return report


def _check_content(engine: Engine, report: CheckReport) -> None:
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            integrity = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                report.problems.extend(f"integrity: {line}" for line in integrity[:20])
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                report.problems.append(f"{len(broken)} rows point to records that do not exist")
            try:
                conn.exec_driver_sql("INSERT INTO case_search(case_search) VALUES ('integrity-check')")
            except Exception as error:  # the driver's message is the useful part here
                report.problems.append(f"search index: {error}")
        for name in COUNTED:
            report.counts[name] = int(conn.scalar(text(f"SELECT count(*) FROM {name}")) or 0)
        docs = int(conn.scalar(text("SELECT count(*) FROM case_search_docs")) or 0)
        if docs != report.counts["cases"]:
            report.problems.append(f"search index holds {docs} cases of {report.counts['cases']}")
        # A removed, edited or reordered audit entry is a problem like a damaged page.
        report.chain = audit_chain.verify(conn)
        report.problems.extend(report.chain.problems)
        conn.rollback()


def verify_backup_file(path: Path) -> CheckReport:
    """Is this file a sound Tatulyq database this program can use? Opened read-only, never changed."""
    head = migrate.head_revision()
    report = CheckReport(revision=None, head=head)
    if not path.is_file():
        report.problems.append(f"{path} does not exist")
        return report
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            report.problems.append(f"{path.name} is not a SQLite database, or it is encrypted")
            return report
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            report.problems.extend(f"integrity: {line}" for line in integrity[:20])
            return report
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError:
            row = None
        if row is None:
            report.problems.append(f"{path.name} is not a Tatulyq database (no schema revision)")
            return report
        report.revision = str(row[0])
        if report.revision not in migrate.known_revisions():
            report.problems.append(f"{path.name} was made by a newer Tatulyq (schema {report.revision})")
            return report
        for name in COUNTED:
            report.counts[name] = int(conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0])
    except sqlite3.DatabaseError as error:
        report.problems.append(f"{path.name} cannot be read: {error}")
    finally:
        conn.close()
    return report
