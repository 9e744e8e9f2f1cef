"""The republic's annual report: the whole PDF (make_report) against the raw SQL aggregates alone.

    python -m benchmarks.bench_report --db /tmp/tatulyq-bench/demo-250000/tatulyq.db
    python -m benchmarks.bench_report --cases 20000 --unit KZ-RMC --period 2026 --format xlsx

Two baselines, both run with the stdlib sqlite3 module on the same file in the same run:
- the builder's SQL: every statement build_report runs, captured from its connection and replayed;
- the essentials: a handful of GROUP BY queries written by hand (received by unit and category,
  ended by unit and outcome, channels, open and overdue, consultations, sessions, the counts of the
  two periods compared with, the twelve-month trend), what any report of these figures must at least
  ask the database.
Goal: the whole report takes at most 3 times the builder's SQL. Prints both in absolute seconds and
the time of each stage (figures, tables, layout, file); never asserts.
"""

from __future__ import annotations

import io
import sqlite3
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.reports.builder import build_report, trend_months
from app.reports.make import ReportFormat, ReportRequest, make_report, write_atomically
from app.reports.periods import Period
from app.reports.report_pdf import render_pdf
from app.reports.report_tables import report_tables
from app.reports.report_xlsx import render_xlsx
from app.storage.database import Database
from benchmarks.common import (
    database_for,
    median_seconds,
    parser,
    print_table,
    raw_connection,
    raw_runner,
    statements_of,
    verdict,
)

GOAL = 3.0

# The unit's subtree, then the essential aggregates over it. :first/:last bound the period, :prev_* and
# :ago_* the two periods it is compared with, :trend_first the twelve months of the trend.
SUBTREE = """
WITH RECURSIVE tree(id) AS (
    SELECT id FROM units WHERE code = :unit
    UNION ALL SELECT u.id FROM units u JOIN tree t ON u.parent_id = t.id
)
"""
ESSENTIALS: tuple[tuple[str, str], ...] = (
    (
        "received by unit and category",
        SUBTREE
        + """
        SELECT c.unit_id, c.category, count(*) FROM cases c JOIN tree t ON t.id = c.unit_id
        WHERE c.intake_date BETWEEN :first AND :last GROUP BY c.unit_id, c.category""",
    ),
    (
        "ended by unit and outcome",
        SUBTREE
        + """
        SELECT c.unit_id, c.outcome, c.termination_reason, count(*) FROM cases c JOIN tree t ON t.id = c.unit_id
        WHERE c.ended_on BETWEEN :first AND :last GROUP BY c.unit_id, c.outcome, c.termination_reason""",
    ),
    (
        "received by channel, language and flags",
        SUBTREE
        + """
        SELECT c.channel, c.language, sum(c.inter_ethnic), sum(c.group_dispute), sum(c.minors_involved),
               count(*) FROM cases c JOIN tree t ON t.id = c.unit_id
        WHERE c.intake_date BETWEEN :first AND :last GROUP BY c.channel, c.language""",
    ),
    (
        "open and overdue at the end",
        SUBTREE
        + """
        SELECT c.unit_id, count(*), sum(c.deadline_on < :last AND c.ended_on IS NULL)
        FROM cases c JOIN tree t ON t.id = c.unit_id
        WHERE c.intake_date <= :last AND (c.closed_on IS NULL OR c.closed_on > :last) GROUP BY c.unit_id""",
    ),
    (
        "consultations by unit and result",
        SUBTREE
        + """
        SELECT k.unit_id, k.result, k.topic, count(*) FROM consultations k JOIN tree t ON t.id = k.unit_id
        WHERE k.held_on BETWEEN :first AND :last GROUP BY k.unit_id, k.result, k.topic""",
    ),
    (
        "sessions by unit",
        SUBTREE
        + """
        SELECT c.unit_id, count(*) FROM sessions s JOIN cases c ON c.id = s.case_id JOIN tree t ON t.id = c.unit_id
        WHERE s.held_on BETWEEN :first AND :last GROUP BY c.unit_id""",
    ),
    (
        "the key counts of the previous period",
        SUBTREE
        + """
        SELECT sum(c.intake_date BETWEEN :prev_first AND :prev_last),
               sum(c.ended_on BETWEEN :prev_first AND :prev_last) FROM cases c JOIN tree t ON t.id = c.unit_id
        WHERE c.intake_date <= :prev_last""",
    ),
    (
        "the key counts of the year before",
        SUBTREE
        + """
        SELECT sum(c.intake_date BETWEEN :ago_first AND :ago_last),
               sum(c.ended_on BETWEEN :ago_first AND :ago_last) FROM cases c JOIN tree t ON t.id = c.unit_id
        WHERE c.intake_date <= :ago_last""",
    ),
    (
        "twelve-month trend",
        SUBTREE
        + """
        SELECT substr(c.intake_date, 1, 7), count(*) FROM cases c JOIN tree t ON t.id = c.unit_id
        WHERE c.intake_date BETWEEN :trend_first AND :last GROUP BY 1""",
    ),
)


def essentials_runner(raw: sqlite3.Connection, params: dict[str, str]) -> Callable[[], object]:
    def run() -> object:
        return [raw.execute(sql, params).fetchall() for _, sql in ESSENTIALS]

    return run


def slowest_statements(
    raw: sqlite3.Connection, statements: Sequence[tuple[str, Any]], n: int
) -> list[tuple[float, str]]:
    """The n slowest statements, timed once each, with the first words of their SQL."""
    timed = []
    for sql, params in statements:
        start = time.perf_counter()
        raw.execute(sql, params or ()).fetchall()
        timed.append((time.perf_counter() - start, " ".join(sql.split())[:110]))
    return sorted(timed, reverse=True)[:n]


def _render(fmt: ReportFormat) -> Callable[..., object]:
    return render_pdf if fmt is ReportFormat.PDF else render_xlsx


def stages(db: Database, request: ReportRequest, folder: Path) -> list[tuple[str, float]]:
    """One run, stage by stage, to show where the time goes."""
    times: list[tuple[str, float]] = []
    start = time.perf_counter()
    with db.session() as session:
        figures = build_report(session, request.unit_code, request.period)
    times.append(("figures (build_report, SQL + folding)", time.perf_counter() - start))
    start = time.perf_counter()
    tables = report_tables(figures, request.lang)
    times.append(("tables (labels, numbers)", time.perf_counter() - start))
    start = time.perf_counter()
    buffer = io.BytesIO()
    _render(request.fmt)(figures, request.lang, buffer, tables=tables)
    times.append((f"layout ({request.fmt.value})", time.perf_counter() - start))
    start = time.perf_counter()
    write_atomically(folder / f"stage.{request.fmt.value}", buffer.getvalue())
    times.append(("file (temporary + replace)", time.perf_counter() - start))
    return times


def main() -> None:
    p = parser("The whole report vs the raw SQL aggregates", repeat=3)
    p.add_argument("--unit", default="KZ-RMC", help="the unit (default: the republican council)")
    p.add_argument("--period", default="2026", help="2026, 2026-Q3 or 2026-10 (default: the year 2026)")
    p.add_argument("--lang", default="kk", choices=("kk", "ru", "en"))
    p.add_argument("--format", dest="fmt", default="pdf", choices=("pdf", "xlsx"))
    p.add_argument("--slowest", type=int, default=5, help="show the N slowest statements of the builder")
    args = p.parse_args()
    db = database_for(args)
    period = Period.parse(args.period)
    request = ReportRequest(args.unit, period, args.lang, ReportFormat(args.fmt))
    previous, year_ago = period.previous(), period.year_earlier()
    params = {
        "unit": args.unit,
        "first": period.start.isoformat(),
        "last": period.end.isoformat(),
        "trend_first": trend_months(period).start.isoformat(),
        "prev_first": previous.start.isoformat(),
        "prev_last": previous.end.isoformat(),
        "ago_first": year_ago.start.isoformat(),
        "ago_last": year_ago.end.isoformat(),
    }
    raw = raw_connection(db)
    with tempfile.TemporaryDirectory(prefix="tatulyq-bench-report-") as tmp:
        folder = Path(tmp)
        target = folder / f"report.{args.fmt}"
        print(
            f"\nreport: {args.unit}, {period.code()}, {args.lang}, {args.fmt}; median of {args.repeat} runs"
        )
        whole = median_seconds(lambda: make_report(db, request, target), args.repeat)
        size = target.stat().st_size
        with db.session() as session:
            captured = statements_of(session, lambda: build_report(session, args.unit, period))
        builder_sql = median_seconds(raw_runner(raw, captured), args.repeat)
        essentials = median_seconds(essentials_runner(raw, params), args.repeat)
        slowest = slowest_statements(raw, captured, args.slowest)
        parts = stages(db, request, folder)
    raw.close()
    db.close()

    print()
    print_table(["stage (one run)", "seconds"], [[name, f"{seconds:.2f}"] for name, seconds in parts])
    print()
    rows = [
        ["the whole report (make_report)", f"{whole:.2f}", "1.00x"],
        [
            f"builder's SQL replayed ({len(captured)} statements)",
            f"{builder_sql:.2f}",
            f"{whole / builder_sql:.2f}x",
        ],
        [
            f"essential GROUP BY queries ({len(ESSENTIALS)}, by hand)",
            f"{essentials:.2f}",
            f"{whole / essentials:.2f}x",
        ],
    ]
    print_table(["measured", "seconds", "whole / this"], rows)
    if slowest:
        print(f"\nthe builder's {len(slowest)} slowest statements (one run each):")
        for seconds, sql in slowest:
            print(f"  {seconds:6.2f} s  {sql}")
    print(f"\nfile: {size / 1024:.0f} KiB")
    ratio = whole / builder_sql
    print(
        f"whole report {whole:.2f} s vs the raw SQL aggregates {builder_sql:.2f} s: ratio {ratio:.2f}x "
        f"(goal <= {GOAL}x: {verdict(ratio, GOAL)}); against the hand-written essentials "
        f"({essentials:.2f} s): {whole / essentials:.2f}x"
    )


if __name__ == "__main__":
    main()
