"""Crash safety of the import: the program killed (SIGKILL) while it writes a big package.

A child process imports a regional package of a few thousand demo cases into the republic's database
file; it says on stderr when its first case rows go to the database, and the test kills it a moment
later, several times. After each kill the file passes SQLite's integrity check and holds either none or
all of the package (its cases and its ReceivedPackage row together); at the end the import goes through.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.exchange.directory_service import add_unit_key, install_directory_file, publish_directory
from app.exchange.service import prepare_month
from app.services.demo import generate_demo
from tests.exchange_world import (
    ACTOR,
    OCTOBER,
    PASSPHRASE,
    REGION,
    REPUBLIC,
    fast_keys_and_today,
    make_site,
)


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_keys_and_today(monkeypatch)


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX"),
]

REPO = Path(__file__).resolve().parents[1]
KILLS = 4
DEMO_CASES = 16_000  # about a quarter are the region's: a package of some four thousand cases

# Imports one file; says "writing" on stderr as the first case rows are inserted, then "done" on stdout.
CHILD = f"""
import sys
from pathlib import Path
from sqlalchemy import event
from app.exchange.key_store import load_keys
from app.exchange.service import import_files
from app.services.context import Actor
from app.services.runtime import open_database

data = Path(sys.argv[1])
db = open_database(data_dir=data)
keys = load_keys(data, {PASSPHRASE!r})
said = []

def first_rows(conn, cursor, statement, parameters, context, executemany):
    if executemany and not said and statement.startswith("INSERT INTO cases"):
        said.append(True)
        print("writing", file=sys.stderr, flush=True)

event.listen(db.engine, "before_cursor_execute", first_rows)
[result] = import_files(db, keys, [Path(sys.argv[2])], actor=Actor("crash test"),
                        progress=lambda done, total, name: print("progress", done, total, file=sys.stderr, flush=True))
print(result.status, result.case_rows, flush=True)
"""


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TATULYQ_DATA_DIR", "TATULYQ_DATABASE_URL")}
    env.update(PYTHONPATH=str(REPO), PYTHONIOENCODING="utf-8", TATULYQ_TODAY="2026-11-20")
    return env


def _child(data: Path, package: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data), str(package)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=_env(),
    )


def _wait_for_writing(child: subprocess.Popen[str]) -> None:
    assert child.stderr is not None
    for line in child.stderr:
        if line.strip() == "writing":
            return
    raise AssertionError("the import ended before it was writing")


def _counts(db_file: Path) -> tuple[int, int, str]:
    conn = sqlite3.connect(db_file)  # read-write: SQLite may have to recover the WAL, as after a crash
    try:
        cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
        packages = conn.execute("SELECT count(*) FROM received_packages").fetchone()[0]
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        return int(cases), int(packages), str(check)
    finally:
        conn.close()


@pytest.fixture
def regional_package(tmp_path: Path) -> Iterator[tuple[Path, Path, int]]:
    """(the republic's data folder, the region's October package, its case rows)."""
    region = make_site(tmp_path / "region", REGION)
    # Demo rows of the whole network; the region's package carries those of its own units.
    generate_demo(region.db, cases=DEMO_CASES, seed=11, until=date(2026, 11, 20), parallel=False)
    republic = make_site(tmp_path / "republic", REPUBLIC)
    with republic.db.session(write=True, actor=ACTOR) as s:
        public = region.keys.public
        add_unit_key(s, REGION, public, fingerprint=public.fingerprint, valid_from=date(2026, 1, 1))
        published = publish_directory(s, republic.keys, tmp_path)
    with region.db.session(write=True, actor=ACTOR) as s:
        install_directory_file(
            s, published.read_bytes(), fingerprint=republic.keys.public.fingerprint, actor_name="tester"
        )
    prepared = prepare_month(region.db, region.keys, OCTOBER, tmp_path, actor=ACTOR, send_with_findings=True)
    region.db.close()
    republic.db.close()
    yield republic.data_dir, prepared.path, prepared.case_rows


def test_killed_while_importing_a_package_writes_all_or_nothing(
    regional_package: tuple[Path, Path, int],
) -> None:
    data, package, rows = regional_package
    assert rows > 2000
    db_file = data / "tatulyq.db"
    rng = random.Random(5)
    killed_half_way = 0
    for _ in range(KILLS):
        child = _child(data, package)
        _wait_for_writing(child)
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        cases, packages, check = _counts(db_file)
        assert check == "ok"
        assert (cases, packages) in ((0, 0), (rows, 1)), "an import killed half-way left part of itself"
        if packages:
            break  # it finished before the kill: nothing is left to interrupt
        killed_half_way += 1
    assert killed_half_way >= 1  # at least one kill landed in the middle of writing

    finished = _child(data, package)
    out, err = finished.communicate(timeout=300)
    assert finished.returncode == 0, err
    assert out.split() == ["imported", str(rows)]
    assert _counts(db_file) == (rows, 1, "ok")
