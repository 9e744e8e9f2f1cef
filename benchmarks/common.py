"""What the benchmarks share: arguments, a generated demo database, timing, and raw-SQL replay.

Each benchmark compares a service with the raw SQL it runs (captured from the service's own
connection and replayed with the stdlib sqlite3 module), so a ratio shows what the layers above
SQLite cost, independent of how fast the machine is. They print and never assert.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, event, func, select
from sqlalchemy.orm import Session

from app.models import Case
from app.services.demo import generate_demo
from app.services.runtime import open_database
from app.storage.database import Database

DEFAULT_CASES = 250_000
DEFAULT_DATA_DIR = Path(tempfile.gettempdir()) / "tatulyq-bench"
DEFAULT_SEED = 2026


def parser(description: str, *, repeat: int = 7) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--cases", type=int, default=DEFAULT_CASES, help="demo cases to generate (default 250000)")
    p.add_argument("--db", type=Path, help="reuse this generated database file (or its folder)")
    p.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR, help="where a new database is made")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--repeat", type=int, default=repeat, help="runs per measurement (the median is shown)")
    return p


def fmt_int(n: float) -> str:
    return f"{n:,.0f}".replace(",", " ")


def sqlite_file(db: Database) -> Path:
    path = db.location.sqlite_path
    if path is None:
        raise SystemExit("the benchmarks need a local SQLite database")
    return path


def open_existing(path: Path) -> Database:
    file = path / "tatulyq.db" if path.is_dir() else path
    if not file.exists():
        raise SystemExit(f"no database at {file}")
    return open_database(data_dir=file.parent, database_url=f"sqlite:///{file}")


def fresh_demo(folder: Path, cases: int, seed: int) -> tuple[Database, float]:
    """A new database in ``folder`` (an older one there is replaced) with ``cases`` demo cases."""
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        (folder / f"tatulyq.db{suffix}").unlink(missing_ok=True)
    db = open_database(data_dir=folder)
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] > 5 or done == total:
            last[0] = now
            print(f"  ... {fmt_int(done)} / {fmt_int(total)} cases", flush=True)

    summary = generate_demo(db, cases=cases, seed=seed, progress=progress)
    return db, summary.seconds


def database_for(args: argparse.Namespace) -> Database:
    """The database to measure: --db as it is, or a newly generated one under --data-dir."""
    if args.db is not None:
        db = open_existing(args.db)
        print(f"database: {sqlite_file(db)} (reused)")
    else:
        folder = args.data_dir / f"demo-{args.cases}"
        print(f"generating {fmt_int(args.cases)} demo cases into {folder} ...", flush=True)
        db, seconds = fresh_demo(folder, args.cases, args.seed)
        print(f"database: {sqlite_file(db)} (generated in {seconds:.1f} s; reuse it with --db)")
    with db.session() as s:
        count = int(s.scalar(select(func.count()).select_from(Case)) or 0)
    print(f"cases in the database: {fmt_int(count)}")
    return db


def median_seconds(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm the caches: both sides are measured warm
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


@dataclass
class Captured:
    statements: list[tuple[str, Any]] = field(default_factory=list)


@contextmanager
def capture(connection: Connection) -> Iterator[Captured]:
    """The SQL (with its driver-level parameters) that runs on ``connection`` inside the block."""
    captured = Captured()

    def before(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, many: bool) -> None:
        if not many and statement.lstrip().upper().startswith(("SELECT", "WITH")):
            captured.statements.append((statement, parameters))

    event.listen(connection, "before_cursor_execute", before)
    try:
        yield captured
    finally:
        event.remove(connection, "before_cursor_execute", before)


def statements_of(session: Session, call: Callable[[], object]) -> list[tuple[str, Any]]:
    with capture(session.connection()) as captured:
        call()
    return captured.statements


def raw_runner(raw: sqlite3.Connection, statements: Sequence[tuple[str, Any]]) -> Callable[[], object]:
    def run() -> object:
        return [raw.execute(sql, params or ()).fetchall() for sql, params in statements]

    return run


def raw_connection(db: Database) -> sqlite3.Connection:
    return sqlite3.connect(sqlite_file(db))


def verdict(ratio: float, goal: float) -> str:
    return "within the goal" if ratio <= goal else "ABOVE the goal"


def print_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print(
            "  ".join(
                str(cell).ljust(widths[i]) if i == 0 else str(cell).rjust(widths[i])
                for i, cell in enumerate(row)
            )
        )
