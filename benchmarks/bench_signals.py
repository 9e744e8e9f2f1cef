"""Early warning: every signal of the republic (compute_signals) against the raw SQL counts alone.

    python -m benchmarks.bench_signals --db /tmp/h1-demo/tatulyq.db
    python -m benchmarks.bench_signals --cases 20000 --unit KZ-31-MC --period 2026-10 --grain week

Baselines, run with the stdlib sqlite3 module on the same file in the same run:
- raw counts: one plain GROUP BY per table (cases by unit, district and month with a SUM per flag;
  inter-ethnic consultations likewise) over the period and its baseline: what any computation of
  these signals must at least ask the database;
- the engine's SQL: the statements compute_signals runs, captured from its connection and replayed.
Goal: all signals in at most 2 times the raw counts. Prints absolute seconds; never asserts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import Any

from app.signals import grain as grains
from app.signals.engine import SignalSet, compute_signals
from app.signals.rule import SignalRule
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

GOAL = 2.0
Rows = list[list[tuple[Any, ...]]]
RAW_CASES = """
SELECT unit_id, district_id, strftime('%Y-%m', intake_date) AS month,
       SUM(inter_ethnic), SUM(group_dispute), SUM(risk_level = 'high'), SUM(recurrence)
FROM cases WHERE intake_date BETWEEN :first AND :last
GROUP BY unit_id, district_id, month
"""
RAW_CONSULTATIONS = """
SELECT unit_id, district_id, strftime('%Y-%m', held_on) AS month, count(*)
FROM consultations WHERE held_on BETWEEN :first AND :last AND inter_ethnic
GROUP BY unit_id, district_id, month
"""
RAW_CASES_WEEK = """
SELECT unit_id, district_id, CAST(julianday(intake_date) - julianday(:monday) AS INTEGER) / 7 AS week,
       SUM(inter_ethnic), SUM(group_dispute), SUM(risk_level = 'high'), SUM(recurrence)
FROM cases WHERE intake_date BETWEEN :first AND :last
GROUP BY unit_id, district_id, week
"""
RAW_CONSULTATIONS_WEEK = """
SELECT unit_id, district_id, CAST(julianday(held_on) - julianday(:monday) AS INTEGER) / 7 AS week, count(*)
FROM consultations WHERE held_on BETWEEN :first AND :last AND inter_ethnic
GROUP BY unit_id, district_id, week
"""


def _raw_counts(raw: sqlite3.Connection, rule: SignalRule, start: date) -> Callable[[], Rows]:
    period = grains.index_of(start, rule.grain)
    first = grains.first_day(period - rule.baseline_periods, rule.grain)
    last = grains.last_day(period, rule.grain)
    # Named parameters for both grains (the month queries ignore :monday).
    params = {"monday": first.isoformat(), "first": first.isoformat(), "last": last.isoformat()}
    by_week = (RAW_CASES_WEEK, RAW_CONSULTATIONS_WEEK)
    queries = (RAW_CASES, RAW_CONSULTATIONS) if rule.grain == "month" else by_week

    def run() -> Rows:
        return [raw.execute(sql, params).fetchall() for sql in queries]

    return run


def _period_totals(rows: Rows, rule: SignalRule, start: date) -> list[int]:
    """The whole database's count of each indicator in the period, from the raw rows."""
    key = grains.label(grains.index_of(start, rule.grain), rule.grain)
    cases, consultations = rows
    if rule.grain == "week":
        weeks = rule.baseline_periods  # the period is the last week of the range
        totals = [sum(int(r[3 + i] or 0) for r in cases if r[2] == weeks) for i in range(4)]
        return [*totals, sum(int(r[3]) for r in consultations if r[2] == weeks)]
    totals = [sum(int(r[3 + i] or 0) for r in cases if r[2] == key) for i in range(4)]
    return [*totals, sum(int(r[3]) for r in consultations if r[2] == key)]


def main() -> None:
    p = parser(__doc__ or "", repeat=5)
    p.add_argument("--unit", default="KZ-RMC")
    p.add_argument("--period", default="2026-10", help="a month YYYY-MM (its first day) or a day YYYY-MM-DD")
    p.add_argument("--grain", choices=("month", "week"), default="month")
    args = p.parse_args()
    start = date.fromisoformat(args.period + "-01" if len(args.period) == 7 else args.period)
    rule = SignalRule(grain=args.grain)
    db: Database = database_for(args)
    raw = raw_connection(db)

    def signals() -> SignalSet:
        with db.session() as s:
            return compute_signals(s, args.unit, start, rule=rule)

    found = signals()
    with db.session() as s:
        captured = statements_of(s, lambda: compute_signals(s, args.unit, start, rule=rule))
    raw_counts = _raw_counts(raw, rule, start)
    engine_sql = raw_runner(raw, captured)
    t_signals = median_seconds(signals, args.repeat)
    t_raw = median_seconds(raw_counts, args.repeat)
    t_engine_sql = median_seconds(engine_sql, args.repeat)

    print(f"\n{args.unit}, {found.period_label} by {rule.grain}: {len(found.signals)} signals, "
          f"{len(found.raised())} raised; {len(captured)} statements")  # fmt: skip
    if args.unit.upper() == "KZ-RMC":
        top = [
            next((s.count for s in found.signals if (s.place_code, s.indicator) == ("KZ-RMC", name)), 0)
            for name in (
                "inter_ethnic",
                "group_dispute",
                "high_risk",
                "recurrence",
                "consultations_inter_ethnic",
            )
        ]
        plain = _period_totals(raw_counts(), rule, start)
        print(
            f"the republic's counts: engine {top}, raw SQL {plain}: {'agree' if top == plain else 'DIFFER'}"
        )
    print()
    print_table(
        ("measurement", "seconds", "x raw counts"),
        [
            ("raw counts (2 GROUP BY, sqlite3)", f"{t_raw:.3f}", "1.00"),
            ("the engine's SQL replayed (sqlite3)", f"{t_engine_sql:.3f}", f"{t_engine_sql / t_raw:.2f}"),
            ("compute_signals (all signals)", f"{t_signals:.3f}", f"{t_signals / t_raw:.2f}"),
        ],
    )
    ratio = t_signals / t_raw
    print(f"\nall signals / raw counts = {ratio:.2f} (goal <= {GOAL:.0f}x): {verdict(ratio, GOAL)}")
    raw.close()
    db.close()


if __name__ == "__main__":
    main()
