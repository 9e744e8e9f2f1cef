"""The command line end to end: `python -m app` in a subprocess on real SQLite files.

Every start of the program costs about half a second, so the tests that only read share one demo
database (module scope); those that write work on a copy of it. Expected numbers are computed here
by reading the file with the standard library's sqlite3, not through the program under test.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app import __version__
from app.storage.location import DATABASE_FILENAME

TODAY = "2026-11-20"
DEMO_CASES = 120
UNITS = 66
REPO = Path(__file__).resolve().parents[1]
OLD_RELEASE_DB = REPO / "tests" / "data" / "first-release-0001.db"


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    def json(self) -> dict[str, Any]:
        document = json.loads(self.out)
        assert isinstance(document, dict)
        return document


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TATULYQ_DATA_DIR", "TATULYQ_DATABASE_URL")}
    env.update(TATULYQ_TODAY=TODAY, PYTHONIOENCODING="utf-8", QT_QPA_PLATFORM="offscreen", **extra)
    # The subprocess must import this checkout's `app`, whatever folder it is started from.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    return env


def tq(data_dir: Path | None, *args: str, cwd: Path | None = None, timeout: float = 120) -> Run:
    command = [sys.executable, "-m", "app"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    done = subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(),
        cwd=cwd or REPO,
        timeout=timeout,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return Run(done.returncode, done.stdout, done.stderr)


def tq_json(data_dir: Path | None, *args: str, code: int = 0) -> dict[str, Any]:
    run = tq(data_dir, *args, "--json")
    assert run.code == code, (run.out, run.err)
    document = run.json()
    assert document["ok"] is (code == 0)
    return document


def db_file(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILENAME


def query(data_dir: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"file:{db_file(data_dir)}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def scalar(data_dir: Path, sql: str, *params: Any) -> Any:
    return query(data_dir, sql, *params)[0][0]


def copy_data_dir(source: Path, target: Path) -> Path:
    """A consistent copy of the demo database (SQLite's backup API, so nothing in a WAL is missed)."""
    target.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(db_file(source))
    dst = sqlite3.connect(db_file(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, Any]]]:
    """One demo database shared by the tests that only read, and the demo command's JSON summary."""
    data_dir = tmp_path_factory.mktemp("demo")
    document = tq_json(data_dir, "demo", "--cases", str(DEMO_CASES), "--seed", "7", "--until", "2026-11-15")
    yield data_dir, document


@pytest.fixture
def scratch(demo: tuple[Path, dict[str, Any]], tmp_path: Path) -> Path:
    """A private copy of the demo database for a test that writes."""
    return copy_data_dir(demo[0], tmp_path / "data")


# --- version, start-up -------------------------------------------------------------------------


def test_version_from_another_folder(tmp_path: Path) -> None:
    run = tq(None, "--version", cwd=tmp_path)
    assert (run.code, run.out) == (0, f"tatulyq {__version__}\n")
    assert tq_json(None, "--version")["version"] == __version__
    script = Path(sys.executable).with_name("tatulyq")  # the installed console script, if any
    if script.exists():
        env = {k: v for k, v in _env().items() if k != "PYTHONPATH"}
        done = subprocess.run([script, "--version"], capture_output=True, text=True, env=env, cwd=tmp_path)
        assert (done.returncode, done.stdout) == (0, f"tatulyq {__version__}\n")


def test_version_loads_neither_qt_nor_the_database() -> None:
    probe = (
        "import sys; from app.cli.main import main; code = main(['--version']); "
        "print(code, 'PySide6' in sys.modules, 'sqlalchemy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=_env(), cwd=REPO)
    assert done.stdout.splitlines()[-1] == "0 False False"


# --- demo, cases list ---------------------------------------------------------------------------


def test_demo_made_the_cases_it_reports(demo: tuple[Path, dict[str, Any]]) -> None:
    data_dir, document = demo
    made = scalar(data_dir, "SELECT count(*) FROM cases")
    assert made == DEMO_CASES
    assert document["summary"]["cases"] == DEMO_CASES
    listing = tq_json(data_dir, "cases", "list")
    assert listing["total"] == made
    assert len(listing["cases"]) == 50


def test_demo_text_mode_reports_progress_on_stderr(tmp_path: Path) -> None:
    run = tq(tmp_path, "demo", "--cases", "5", "--seed", "1", "--until", "2026-11-15")
    assert run.code == 0, run.err
    assert run.err.strip(), "progress goes to stderr"
    assert run.out.strip(), "a summary goes to stdout"
    assert scalar(tmp_path, "SELECT count(*) FROM cases") == 5


def test_cases_list_text_table_and_total(demo: tuple[Path, dict[str, Any]]) -> None:
    data_dir, _ = demo
    run = tq(data_dir, "cases", "list", "--limit", "10")
    assert run.code == 0
    lines = run.out.splitlines()
    assert lines[0].split() == ["Number", "Intake", "Status", "Category", "Unit"]
    assert lines[-1] == f"Showing 10 of {DEMO_CASES} cases."
    newest_number, newest_day = query(
        data_dir, "SELECT number, intake_date FROM cases ORDER BY intake_date DESC, number DESC LIMIT 1"
    )[0]
    year, month, day = newest_day.split("-")
    assert lines[2].split()[:2] == [newest_number, f"{day}.{month}.{year}"]


def _subtree_count(data_dir: Path, code: str) -> int:
    return int(
        scalar(
            data_dir,
            """WITH RECURSIVE tree(id) AS (
                   SELECT id FROM units WHERE code = ?
                   UNION ALL SELECT units.id FROM units JOIN tree ON units.parent_id = tree.id)
               SELECT count(*) FROM cases WHERE unit_id IN (SELECT id FROM tree)""",
            code,
        )
    )


def test_cases_list_filters_agree_with_the_file(demo: tuple[Path, dict[str, Any]]) -> None:
    data_dir, _ = demo
    statuses = [row[0] for row in query(data_dir, "SELECT DISTINCT status FROM cases ORDER BY 1")]
    wanted = statuses[:2]
    expected = scalar(data_dir, "SELECT count(*) FROM cases WHERE status IN (?, ?)", *wanted)
    found = tq_json(data_dir, "cases", "list", "--status", *wanted, "--limit", "500")
    assert found["total"] == expected == len(found["cases"])
    assert {c["status"] for c in found["cases"]} <= set(wanted)

    # A region's council: its own cases and those of every unit below it.
    region = query(
        data_dir,
        """SELECT parent.code FROM cases JOIN units u ON u.id = cases.unit_id
           JOIN units parent ON parent.id = u.parent_id GROUP BY parent.code ORDER BY count(*) DESC LIMIT 1""",
    )[0][0]
    expected = _subtree_count(data_dir, region)
    assert 0 < expected < DEMO_CASES
    assert tq_json(data_dir, "cases", "list", "--unit", region)["total"] == expected

    first, last = "2026-03-01", "2026-06-30"
    expected = scalar(data_dir, "SELECT count(*) FROM cases WHERE intake_date BETWEEN ? AND ?", first, last)
    found = tq_json(data_dir, "cases", "list", "--from", first, "--to", "30.06.2026", "--limit", "500")
    assert found["total"] == expected
    assert all(first <= c["intake_date"] <= last for c in found["cases"])


# --- show, search -------------------------------------------------------------------------------


def test_cases_show_masks_iins_in_text_only(demo: tuple[Path, dict[str, Any]]) -> None:
    data_dir, _ = demo
    rows = query(
        data_dir,
        """SELECT c.number, p.id_number FROM cases c
           JOIN case_participants cp ON cp.case_id = c.id JOIN parties p ON p.id = cp.party_id
           WHERE p.kind = 'person' AND p.id_number IS NOT NULL ORDER BY c.number LIMIT 1""",
    )
    assert rows, "the demo records some parties with an IIN"
    number, iin = rows[0]
    run = tq(data_dir, "cases", "show", number.lower())
    assert run.code == 0, run.err
    assert run.out.startswith(f"Case {number}\n")
    for section in ("Parties", "Mediators", "Sessions", "Outcome", "History"):
        assert f"\n{section}\n" in run.out
    assert iin not in run.out
    assert "********" + iin[-4:] in run.out

    document = tq_json(data_dir, "cases", "show", number)
    assert document["case"]["number"] == number
    assert iin in [p["id_number"] for p in document["case"]["participants"]]


def test_cases_search_folds_kazakh_letters(scratch: Path) -> None:
    run = tq(
        scratch,
        "cases",
        "new",
        "--unit",
        "kz-31-krd",
        "--date",
        "2026-11-02",
        "--channel",
        "akimat",
        "--category",
        "neighbour",
        "--description",
        "қордай ауылындағы көршілер арасындағы жер дауы",
        "--flags",
        "inter_ethnic,group",
    )
    assert run.code == 0, run.err
    number = run.out.split()[2]
    assert number.startswith("KZ-31-KRD-2026-")
    assert scalar(scratch, "SELECT inter_ethnic, group_dispute FROM cases WHERE number = ?", number) == 1

    found = tq_json(scratch, "cases", "search", "ҚОРДАЙ", "ЖЕР")
    assert found["total"] >= 1
    assert number in [c["number"] for c in found["cases"]]

    shown = tq(scratch, "cases", "show", number)
    assert "қордай ауылындағы" in shown.out
    assert "registered the case" in shown.out
    assert "inter ethnic, group dispute" in shown.out
    actor = scalar(scratch, "SELECT actor FROM audit_log WHERE entity = 'cases' AND summary IS NULL LIMIT 1")
    assert actor.startswith("cli:")


# --- units, deadlines ---------------------------------------------------------------------------


def test_units_list(demo: tuple[Path, dict[str, Any]]) -> None:
    data_dir, _ = demo
    document = tq_json(data_dir, "units", "list", "--lang", "kk")
    assert document["count"] == UNITS == len(document["units"])
    korday = next(u for u in document["units"] if u["code"] == "KZ-31-KRD")
    assert korday["name"] == scalar(data_dir, "SELECT name_kk FROM units WHERE code = 'KZ-31-KRD'")
    text = tq(data_dir, "units", "list")
    assert text.code == 0 and "KZ-31-KRD" in text.out and text.out.rstrip().endswith(f"{UNITS} units")


def test_deadlines_agree_with_the_file(demo: tuple[Path, dict[str, Any]]) -> None:
    data_dir, _ = demo
    document = tq_json(data_dir, "deadlines", "--today", TODAY)
    overdue = scalar(
        data_dir, "SELECT count(*) FROM cases WHERE status = 'in_mediation' AND deadline_on < ?", TODAY
    )
    assert len(document["overdue"]) == overdue
    assert document["due_soon_days"] == 7
    assert document["total"] == sum(
        len(document[key]) for key in ("overdue", "due_soon", "unanswered_proposals", "obligations")
    )
    text = tq(data_dir, "deadlines", "--today", TODAY, "--unit", "KZ-31-MC")
    assert text.code == 0 and text.out.startswith("Deadlines on 20.11.2026")


# --- db: check, backup, restore, upgrade, refusals ----------------------------------------------


def test_db_check_healthy(demo: tuple[Path, dict[str, Any]]) -> None:
    data_dir, _ = demo
    document = tq_json(data_dir, "db", "check")
    assert document["problems"] == []
    assert document["counts"]["cases"] == DEMO_CASES


def test_db_check_damaged_file(scratch: Path) -> None:
    path = db_file(scratch)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))
    run = tq(scratch, "db", "check")
    assert run.code in (1, 2)
    assert "damaged" in run.err or "problem" in run.out


def test_db_backup_then_restore(scratch: Path, tmp_path: Path) -> None:
    backup = tmp_path / "copies" / "before.db"
    document = tq_json(scratch, "db", "backup", "--out", str(backup))
    assert backup.is_file() and document["counts"]["cases"] == DEMO_CASES

    added = tq_json(
        scratch, "cases", "new", "--unit", "KZ-75-CTR", "--channel", "hotline", "--category", "labour"
    )
    number = added["case"]["number"]
    assert scalar(scratch, "SELECT count(*) FROM cases") == DEMO_CASES + 1

    run = tq(scratch, "db", "restore", str(backup))
    assert run.code == 0, run.err
    assert "saved at" in run.out
    assert scalar(scratch, "SELECT count(*) FROM cases WHERE number = ?", number) == 0
    assert scalar(scratch, "SELECT count(*) FROM cases") == DEMO_CASES
    saved = next((scratch / "backups").glob("before-restore-*.db"))
    conn = sqlite3.connect(saved)
    try:
        assert conn.execute("SELECT count(*) FROM cases WHERE number = ?", (number,)).fetchone()[0] == 1
    finally:
        conn.close()
    assert str(saved) in run.out


def test_db_backup_refuses_to_overwrite(scratch: Path, tmp_path: Path) -> None:
    target = tmp_path / "existing.db"
    target.write_bytes(b"keep me")
    run = tq(scratch, "db", "backup", "--out", str(target))
    assert run.code == 1 and "already exists" in run.err
    assert target.read_bytes() == b"keep me"
    assert tq(scratch, "db", "backup", "--out", str(target), "--force").code == 0
    assert target.read_bytes().startswith(b"SQLite format 3\x00")


def test_newer_database_refused_and_untouched(scratch: Path) -> None:
    conn = sqlite3.connect(db_file(scratch))
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = sha256(db_file(scratch))
    run = tq(scratch, "cases", "list")
    assert run.code == 2
    assert run.err.startswith("error: ") and "newer version of Tatulyq" in run.err
    document = tq_json(scratch, "db", "upgrade", code=2)
    assert document["error"]["key"] == "db.newer_than_program"
    assert sha256(db_file(scratch)) == before
    assert not (scratch / "backups").exists()


def test_db_upgrade_of_an_older_release(tmp_path: Path) -> None:
    upgraded, implicit = tmp_path / "upgraded", tmp_path / "implicit"
    for folder in (upgraded, implicit):
        folder.mkdir()
        shutil.copyfile(OLD_RELEASE_DB, db_file(folder))

    run = tq(upgraded, "db", "upgrade")
    assert run.code == 0, run.err
    assert "upgraded from schema 0001_case_register to" in run.out
    backup = next((upgraded / "backups").glob("before-upgrade-0001_case_register-*.db"))
    assert f"saved to {backup}" in run.out
    document = tq_json(upgraded, "db", "upgrade")
    assert document["changed"] is False and document["before"] == document["after"]

    # Any command upgrades an older database as it opens it, and says so beside its answer.
    listing = tq(implicit, "cases", "list")
    assert listing.code == 0 and listing.out.rstrip().endswith("cases.")
    assert listing.err.startswith("note: the database was upgraded from schema 0001_case_register")


# --- bad input and usage ------------------------------------------------------------------------


def test_bad_input_exits_1_with_the_message(demo: tuple[Path, dict[str, Any]]) -> None:
    data_dir, _ = demo
    future = tq(
        data_dir, "cases", "new", "--unit", "KZ-31-KRD", "--date", "2026-12-01",
        "--channel", "police", "--category", "family",
    )  # fmt: skip
    assert future.code == 1
    assert future.err == "error: The intake date (01.12.2026) cannot be later than today (20.11.2026).\n"
    unknown_unit = tq_json(
        data_dir, "cases", "new", "--unit", "KZ-99-XXX", "--channel", "police", "--category", "family", code=1
    )
    assert unknown_unit["error"]["key"] == "unit.not_found"
    missing = tq(data_dir, "cases", "show", "KZ-31-KRD-1999-0001")
    assert missing.code == 1 and "no case numbered" in missing.err
    assert scalar(data_dir, "SELECT count(*) FROM cases") == DEMO_CASES


def test_usage_errors_exit_2(demo: tuple[Path, dict[str, Any]]) -> None:
    data_dir, _ = demo
    run = tq(data_dir, "cases", "new", "--unit", "KZ-31-KRD", "--channel", "pigeon", "--category", "family")
    assert run.code == 2 and "invalid choice: 'pigeon'" in run.err
    document = tq_json(data_dir, "cases", "list", "--from", "yesterday", code=2)
    assert document["error"]["key"] == "usage"
    both = tq(None, "--data-dir", str(data_dir), "--database-url", "sqlite://", "units", "list")
    assert both.code == 2 and "not allowed with" in both.err


# --- in-process: the internal-error path and the window ----------------------------------------


def test_internal_error_is_short_and_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import cmd_units, main

    def broken(*_: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(cmd_units, "list_units", broken)
    code = main.main(["--data-dir", str(tmp_path), "units", "list"])
    err = capsys.readouterr().err
    assert code == 1
    assert "internal error" in err and "RuntimeError: boom" in err and "Traceback" not in err
    log = tmp_path / "logs" / main.LOG_NAME
    assert str(log) in err and "Traceback" in log.read_text(encoding="utf-8")
