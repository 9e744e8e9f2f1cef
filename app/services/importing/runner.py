"""One import from start to end: check every row, find the matches, then write the good rows or nothing.

Everything happens in one unit of work: the checks read the database in the same transaction the
rows are written in, so what is written is exactly what was checked. A dry run opens no write
transaction at all. ``progress(done, total)`` is called as rows are checked and written; it may raise
to cancel (the desktop program's Cancel button does), and then the transaction is rolled back whole:
a cancelled import writes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.errors import ValidationError, WorkflowError
from app.models import ImportBatch, Unit
from app.services import clock, permissions, settings, units
from app.services.context import Actor, actor_of
from app.services.importing.drafts import CaseDraft, Match, Problem
from app.services.importing.duplicates import find_matches
from app.services.importing.fields import Field
from app.services.importing.mapping import Mapping
from app.services.importing.rows import RowChecker
from app.services.importing.table import SourceTable
from app.services.importing.writer import write_drafts
from app.storage.database import Database

Progress = Callable[[int, int], None]
_REPORT_EVERY = 500


@dataclass(frozen=True)
class ImportOptions:
    unit_code: str
    only_valid: bool = False  # import the good rows and leave out the rows with problems
    consent_on_file: bool = False  # the centre holds every person's consent on paper (dated at intake)
    dry_run: bool = False
    today: date | None = None


@dataclass
class ImportPlan:
    """What checking found: the rows to add, the matches, the problems."""

    rows_read: int
    new: list[CaseDraft] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def problem_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems})


@dataclass
class ImportResult:
    plan: ImportPlan
    written: bool
    dry_run: bool = False
    batch_id: uuid.UUID | None = None
    added: list[tuple[int, str]] = field(default_factory=list)  # (row, case number)

    @property
    def refused(self) -> bool:
        """Nothing was written because some rows have problems and all or nothing was asked."""
        return not self.written and not self.dry_run and bool(self.plan.problems)


def require_columns(mapping: Mapping) -> None:
    """The file must have a column for the intake date and for the category, or no row can be read."""
    mapped = set(mapping.columns.values())
    if Field.INTAKE_DATE not in mapped:
        raise ValidationError(
            "import.intake_date_column_missing", "No column is matched to the intake date; match one."
        )
    if Field.CATEGORY not in mapped:
        raise ValidationError(
            "import.category_column_missing",
            "No column is matched to the category of the dispute; match one.",
        )


def require_unit(session: Session, unit: Unit) -> None:
    """Importing is registering cases: the roles that may do it, into their own units only. (The rows
    are written past the ORM, where the permission check of every flush would not see them.)"""
    scope = permissions.require_in(session, permissions.Action.EDIT_CASE)
    if not scope.reaches(unit.id):
        raise WorkflowError(
            "import.other_unit",
            f"The unit {unit.code} is not among your units; its cases cannot be imported by you.",
            unit=unit.code,
        )


def check(
    session: Session,
    table: SourceTable,
    mapping: Mapping,
    options: ImportOptions,
    progress: Progress | None = None,
    *,
    total: int | None = None,
) -> ImportPlan:
    """Check every row by the editor's rules and find the matches; writes nothing."""
    require_columns(mapping)
    if not table.rows:
        raise ValidationError(
            "import.no_rows", f"{table.name} has no rows of data under its header.", name=table.name
        )
    unit: Unit = units.by_code(session, options.unit_code)
    require_unit(session, unit)
    today = options.today or clock.today()
    checker = RowChecker(table, mapping, unit, today, consent_on_file=options.consent_on_file)
    plan = ImportPlan(rows_read=len(table.rows))
    drafts: list[CaseDraft] = []
    steps = total or len(table.rows)
    for done, row in enumerate(table.rows, start=1):
        draft, problems = checker.check(row)
        plan.problems.extend(problems)
        if draft is not None:
            drafts.append(draft)
        if progress is not None and done % _REPORT_EVERY == 0:
            progress(done, steps)
    matches = find_matches(session, unit.id, drafts)
    plan.matches = [matches[d.row] for d in drafts if d.row in matches]
    plan.new = [d for d in drafts if d.row not in matches]
    if progress is not None:
        progress(len(table.rows), steps)
    return plan


def run_import(
    database: Database,
    table: SourceTable,
    mapping: Mapping,
    options: ImportOptions,
    *,
    actor: Actor,
    progress: Progress | None = None,
) -> ImportResult:
    """Check, then (unless a dry run, or problems with all or nothing asked) write one batch."""
    rows = len(table.rows)
    total = rows if options.dry_run else rows * 2
    with database.session(write=not options.dry_run, actor=actor) as session:
        plan = check(session, table, mapping, options, progress, total=total)
        if options.dry_run or not plan.new or (plan.problems and not options.only_valid):
            return ImportResult(plan, written=False, dry_run=options.dry_run)
        unit = units.by_code(session, options.unit_code)
        batch = ImportBatch(
            unit_id=unit.id,
            source_name=table.name[:260],
            sheet=table.sheet,
            source_sha256=table.sha256,
            actor=actor_of(session).name,
            user_id=actor_of(session).user_id,
            only_valid=options.only_valid,
            rows_read=rows,
            cases_added=len(plan.new),
            rows_matched=len(plan.matches),
            rows_refused=len(plan.problem_rows),
        )
        session.add(batch)
        session.flush()

        def written(done: int) -> None:
            if progress is not None:
                progress(rows + done, total)

        added = write_drafts(
            session,
            unit,
            batch.id,
            plan.new,
            term_days=settings.get_int(session, "mediation.term_days"),
            progress=written,
        )
        result = ImportResult(plan, written=True, batch_id=batch.id, added=added)
    _refresh_statistics(database, len(added))
    return result


# Tables a bulk import grows; PostgreSQL's planner must see their new size.
_GROWN_TABLES = ("cases", "case_search_docs", "parties", "case_participants", "audit_log")


def _refresh_statistics(database: Database, added: int) -> None:
    """After a big import on PostgreSQL, ANALYZE the tables it grew.

    Autovacuum may sample them during the import's one long transaction and record them as nearly
    empty; the search then picks nested loops over tens of thousands of rows and seems to hang.
    SQLite's planner does not keep such statistics unless asked (and we never ask), so only PostgreSQL.
    """
    if added < 1000 or database.engine.dialect.name != "postgresql":
        return
    with database.engine.connect() as connection:
        for table in _GROWN_TABLES:
            connection.execute(text(f"ANALYZE {table}"))
        connection.commit()
