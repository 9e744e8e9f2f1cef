"""Demo generation speed: N cases with everything around them, against a raw baseline of writing the
same number of minimal rows into a plain table with sqlite3 executemany (same folder, same journal
mode and sync setting, one transaction).

    python -m benchmarks.bench_demo --cases 250000
    python -m benchmarks.bench_demo --cases 250000 --in-process   # without the worker process

Goal: 250 000 cases in under 2 minutes. Prints, never asserts.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from app.services import demo
from app.services.runtime import open_database
from benchmarks.common import fmt_int, parser, sqlite_file

GOAL_CASES = 250_000
GOAL_SECONDS = 120.0


def baseline_seconds(folder: Path, rows: int, batch: int) -> float:
    """Plain executemany of ``rows`` (id, value) rows: what writing that many rows costs at all."""
    path = folder / "baseline.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")
        con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER NOT NULL)")
        data = [(i, i % 97) for i in range(rows)]
        start = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        for i in range(0, rows, batch):
            con.executemany("INSERT INTO t (id, v) VALUES (?, ?)", data[i : i + batch])
        con.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        con.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def main() -> None:
    p = parser("Demo generation speed vs plain executemany", repeat=1)
    p.add_argument("--in-process", action="store_true", help="make the rows in this process only")
    args = p.parse_args()
    if args.db is not None:
        raise SystemExit("bench_demo always generates a new database; use --data-dir to choose where")
    folder: Path = args.data_dir / f"demo-{args.cases}"
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        (folder / f"tatulyq.db{suffix}").unlink(missing_ok=True)
    db = open_database(data_dir=folder)
    parallel = False if args.in_process else None
    print(f"generating {fmt_int(args.cases)} demo cases into {sqlite_file(db)} ...", flush=True)
    summary = demo.generate_demo(db, cases=args.cases, seed=args.seed, parallel=parallel)
    db.close()

    rows = summary.total_rows
    seconds = summary.seconds
    print()
    for table, count in summary.rows.items():
        print(f"  {table:<24}{fmt_int(count):>12}")
    print(f"  {'total rows':<24}{fmt_int(rows):>12}")
    print()
    print(
        f"demo: {fmt_int(args.cases)} cases in {seconds:.1f} s = {fmt_int(summary.cases_per_second)} cases/s, "
        f"{fmt_int(rows / seconds)} rows/s ({'in process' if args.in_process else 'worker process when large'})"
    )
    projected = GOAL_CASES / summary.cases_per_second if summary.cases else 0.0
    print(
        f"goal: {fmt_int(GOAL_CASES)} cases in < {GOAL_SECONDS:.0f} s; at this rate {projected:.1f} s "
        f"({'within' if projected < GOAL_SECONDS else 'ABOVE'} the goal)"
    )
    base = baseline_seconds(args.data_dir, rows, demo.BATCH_CASES * 10)
    print(
        f"raw baseline: {fmt_int(rows)} minimal rows with sqlite3 executemany in {base:.1f} s "
        f"({fmt_int(rows / base)} rows/s): demo/baseline ratio {seconds / base:.1f}x"
    )
    print(f"database kept at {sqlite_file(db)}: measure it with --db in bench_search / bench_case_list")


if __name__ == "__main__":
    main()
