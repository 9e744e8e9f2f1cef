"""`db check` and the verification a backup must pass before it may replace anything."""

from __future__ import annotations

from dataclasses import dataclass, field

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
