"""Crash safety: the program killed (SIGKILL) while it writes, and two programs writing at once.

Real processes on a real file: a child runs the real services and prints what it has saved only after
the save returned; the test kills it at random moments and then reads the file the way a person would
after a power cut: the integrity check passes, `tatulyq db check` passes, every save that returned is
there, and nothing is half-written (every case has both its parties; an import is all or nothing).

SIGKILL gives the child no chance to clean up, as a power cut or a killed process would (the operating
system still writes what the child handed it; synchronous=FULL is about what reached the disk).
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
from datetime import date, timedelta
from pathlib import Path
from typing import IO

import pytest

from app.errors import StorageError
from app.services.runtime import SESSION_HOOKS, open_database
from app.storage.database import Database
from app.storage.engine import make_engine
from tests.conftest import ACTOR
from tests.factories import new_case
from tests.test_cli import tq

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX"),
]

REPO = Path(__file__).resolve().parents[1]
KILLS = 15

# Saves cases, each with its two parties in the same unit of work, and prints a case's number only
# after its save returned. `hold` instead keeps one write transaction open for a while.
CHILD = """
import sys, time
from app.services.context import Actor
from app.services.runtime import open_database
from tests.factories import add_two_parties, new_case

db = open_database(data_dir=sys.argv[1])
mode, count = sys.argv[2], int(sys.argv[3])
print("ready", flush=True)
if mode == "hold":
    with db.session(write=True, actor=Actor("holder")) as s:
        number = new_case(s, description="Ұзақ жазу").number
        print("holding", flush=True)
        time.sleep(count / 1000)
    print(number, flush=True)
else:
    for _ in range(count):
        with db.session(write=True, actor=Actor(mode)) as s:
            case = new_case(s, description="Қорғалған жазба")
            add_two_parties(s, case)
            number = case.number
        print(number, flush=True)
"""


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TATULYQ_DATA_DIR", "TATULYQ_DATABASE_URL")}
    env.update(PYTHONPATH=str(REPO), PYTHONIOENCODING="utf-8", TATULYQ_TODAY="2026-11-20")
    return env


def _child(data: Path, mode: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data), mode, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=_env(),
    )


def _expect_line(stream: IO[str] | None, expected: str, child: subprocess.Popen[str]) -> None:
    assert stream is not None
    line = stream.readline().strip()
    if line != expected:
        child.kill()
        _, err = child.communicate(timeout=30)
        raise AssertionError(f"the child said {line!r} instead of {expected!r}: {err}")


def _kill(child: subprocess.Popen[str]) -> list[str]:
    """SIGKILL the child; what it printed before (complete lines only: a number is printed whole)."""
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    return [line for line in out.splitlines() if line.strip()]


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)  # read-write: SQLite may have to recover the WAL first, as after a crash
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _sound(data: Path) -> None:
    """The file as found after the crash passes SQLite's own check and the program's `db check`."""
    assert _rows(data / "tatulyq.db", "PRAGMA integrity_check") == [("ok",)]
    run = tq(data, "db", "check")
    assert run.code == 0, (run.out, run.err)
    assert "is sound" in run.out


@pytest.fixture
def data(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "data"
    open_database(data_dir=folder).close()  # built once here, so each child starts at once
    yield folder


def test_killed_while_saving_cases_keeps_every_save_that_returned(data: Path) -> None:
    rng = random.Random(20261121)
    returned: list[str] = []
    for _ in range(KILLS):
        child = _child(data, "writer", 100_000)
        _expect_line(child.stdout, "ready", child)
        time.sleep(rng.uniform(0.05, 0.4))
        returned += _kill(child)
    assert len(returned) > KILLS  # the kills did land while cases were being saved

    _sound(data)
    path = data / "tatulyq.db"
    stored = {str(row[0]) for row in _rows(path, "SELECT number FROM cases")}
    lost = [number for number in returned if number not in stored]
    assert lost == [], f"saves that returned but are not in the database: {lost}"
    # At most one more case than printed per kill: saved, but killed before it could say so.
    assert len(returned) <= len(stored) <= len(returned) + KILLS
    half_written = _rows(
        path,
        "SELECT c.number, count(p.party_id) FROM cases c "
        "LEFT JOIN case_participants p ON p.case_id = c.id GROUP BY c.id HAVING count(p.party_id) != 2",
    )
    assert half_written == []  # every case has both its parties: a unit of work is all or nothing


def _register_csv(path: Path, rows: int) -> Path:
    categories = ("Отбасылық", "Көршілер арасындағы", "Еңбек", "Мүліктік", "Қарыз")
    channels = ("Әкімдік", "Өзі келді", "Полиция", "Сот")
    lines = [";".join(("Түскен күні", "Дау санаты", "Түсу арнасы", "Өтініш беруші", "Жауапкер"))]
    for i in range(rows):
        day = date(2025, 1, 1) + timedelta(i % 600)
        lines.append(f"{day:%d.%m.%Y};{categories[i % 5]};{channels[i % 4]};Ахметов{i} Бақыт;Петрова{i} Анна")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))
    return path


def _import(data: Path, register: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "app", "--data-dir", str(data), "import", "cases", str(register)]
    return subprocess.Popen(
        [*command, "--unit", "KZ-31-KRD", "--consent-on-file"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=_env(),
    )


def _wait_for_writing(child: subprocess.Popen[str]) -> None:
    """Until the import reports that it is past checking, into writing (the second half of its work)."""
    assert child.stderr is not None
    for line in child.stderr:
        if line.startswith("checking and writing:"):
            done, total = (int(n) for n in line.split(":")[1].split("rows")[0].split(" of "))
            if done * 2 > total:
                return  # the first chunk is written: more than half of "checking and writing"
    raise AssertionError("the import ended before it was writing")


def test_killed_while_importing_a_register_writes_all_or_nothing(data: Path, tmp_path: Path) -> None:
    # Six chunks of writing: the kill lands a few tenths of a second into them, well before the end
    # even on a fast machine (a kill after the commit would leave nothing to import the next time).
    rows = 6000
    register = _register_csv(tmp_path / "тізілім.csv", rows)
    rng = random.Random(7)
    killed_half_way = 0
    for _ in range(4):
        child = _import(data, register)
        _wait_for_writing(child)
        time.sleep(rng.uniform(0.0, 0.2))
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
        cases, batches = _rows(
            data / "tatulyq.db", "SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM import_batches)"
        )[0]
        assert (cases, batches) in ((0, 0), (rows, 1)), "an import killed half-way left part of itself"
        if cases:
            break  # it finished before the kill: nothing is left to interrupt
        killed_half_way += 1
    assert killed_half_way >= 1  # at least one kill did land in the middle of writing
    _sound(data)
    # The register still goes in whole after all those crashes (or was already in, whole).
    finished = _import(data, register)
    _, err = finished.communicate(timeout=300)
    assert finished.returncode == 0, err
    assert _rows(data / "tatulyq.db", "SELECT count(*) FROM cases") == [(rows,)]
    _sound(data)


def test_a_writer_holding_the_lock_longer_than_the_timeout_gives_busy(data: Path) -> None:
    holder = _child(data, "hold", 3000)  # one write transaction open for three seconds
    _expect_line(holder.stdout, "ready", holder)
    _expect_line(holder.stdout, "holding", holder)
    opened = open_database(data_dir=data)
    location = opened.location
    opened.close()
    impatient = Database(
        location, engine=make_engine(location, busy_timeout_ms=300), session_hooks=SESSION_HOOKS
    )
    try:
        started = time.monotonic()
        with pytest.raises(StorageError) as caught, impatient.session(write=True, actor=ACTOR) as s:
            new_case(s, description="Күткен жазба")
        waited = time.monotonic() - started
        assert caught.value.key == "db.busy"
        assert "try again" in caught.value.message
        assert 0.25 <= waited < 2.5  # it waited for the lock as long as it was told, then gave up
    finally:
        impatient.close()
    out, err = holder.communicate(timeout=60)
    assert holder.returncode == 0, err
    # The holder's save went through; trying again now works, as the message said.
    patient = open_database(data_dir=data)
    try:
        with patient.session(write=True, actor=ACTOR) as s:
            mine = new_case(s, description="Қайта жазылды").number
    finally:
        patient.close()
    numbers = {str(row[0]) for row in _rows(data / "tatulyq.db", "SELECT number FROM cases")}
    assert numbers == {out.strip(), mine}


def test_two_processes_writing_at_once_both_succeed(data: Path) -> None:
    writers = [_child(data, name, 40) for name in ("first", "second")]
    printed: list[str] = []
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err  # neither was refused: each waited for the other's commits
        lines = out.split()
        assert lines[0] == "ready" and len(lines) == 41
        printed += lines[1:]
    assert len(set(printed)) == 80  # no number given twice
    stored = {str(row[0]) for row in _rows(data / "tatulyq.db", "SELECT number FROM cases")}
    assert stored == set(printed)
    _sound(data)
