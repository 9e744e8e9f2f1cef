"""The audit trail's hash chain: sealed as it is written, checked by `db check` and `audit verify`.

Tampering is done the way somebody would do it: with the standard library's sqlite3 on the closed file.
"""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import insert, text

from app.cli.main import main
from app.errors import StorageError
from app.models import AuditEntry
from app.models.enums import AuditAction, ParticipantRole
from app.services import audit, cases, parties
from app.services.context import Actor
from app.services.runtime import open_database
from app.storage import audit_chain
from app.storage.database import Database
from app.storage.location import DATABASE_FILENAME
from tests.conftest import ACTOR
from tests.factories import TODAY, add_two_parties, new_case, person

FIRST_RELEASE = Path(__file__).parent / "data" / "first-release-0001.db"


def _history(db: Database) -> str:
    """A case with parties and a correction: a dozen entries or so. Returns the case number."""
    with db.session(write=True, actor=ACTOR) as s:
        case = new_case(s)
        add_two_parties(s, case)
        number = case.number
    with db.session(write=True, actor=ACTOR) as s:
        case = cases.by_number(s, number)
        cases.update_details(s, case, cases.CaseDetails(description="Шекара дауы, екі көрші"))
        parties.add_party_to_case(s, case, person("Ахметов", "Серік"), ParticipantRole.OTHER, today=TODAY)
    return number


def _links(db: Database) -> list[tuple[int, str, str]]:
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq")).all()
    return [(int(seq), prev, sealed) for seq, prev, sealed in rows]


def test_every_entry_is_sealed_to_the_one_before_it(db: Database) -> None:
    _history(db)
    links = _links(db)
    assert len(links) >= 8
    assert links[0][1] == audit_chain.GENESIS
    for (_, _, before), (_, prev, sealed) in pairwise(links):
        assert prev == before
        assert len(sealed) == 64 and int(sealed, 16) >= 0
    assert len({sealed for _, _, sealed in links}) == len(links)
    with db.engine.connect() as conn:
        report = audit_chain.verify(conn)
    assert report.ok, report.problems
    assert (report.entries, report.head_seq, report.head_hash) == (len(links), links[-1][0], links[-1][2])


def test_entries_written_in_bulk_are_sealed_before_the_commit(db: Database) -> None:
    """An import writes its audit rows with plain INSERTs; they are sealed in the same transaction."""
    _history(db)
    now = datetime.now(UTC)
    rows = [
        {
            "at": now,
            "user_id": None,
            "actor": "import",
            "action": AuditAction.CREATE,
            "entity": "cases",
            "entity_id": f"bulk-{i}",
            "case_id": None,
            "changes": {"number": [None, f"KZ-31-KRD-2026-{900 + i:04d}"]},
            "summary": None,
        }
        for i in range(3)
    ]
    with db.session(write=True, actor=Actor("import")) as s:
        s.connection().execute(insert(AuditEntry), rows[:2])  # sealed as the transaction commits
    with db.session(write=True, actor=Actor("import")) as s:
        audit.seal_bulk(s, rows[2:])  # or sealed by the writer, before its INSERT
        s.connection().execute(insert(AuditEntry), rows[2:])
    links = _links(db)
    assert all(sealed is not None for _, _, sealed in links)
    with db.engine.connect() as conn:
        assert audit_chain.verify(conn).ok


@pytest.fixture
def closed_file(tmp_path: Path) -> Iterator[Path]:
    """A data folder whose database holds a sealed history, closed: ready to be tampered with."""
    data = tmp_path / "data"
    db = open_database(data_dir=data)
    _history(db)
    db.close()
    yield data


def _tamper(data: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    raw = sqlite3.connect(data / DATABASE_FILENAME)
    for sql, params in statements:
        raw.execute(sql, params)
    raw.commit()
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()


def _seqs(data: Path) -> list[int]:
    raw = sqlite3.connect(data / DATABASE_FILENAME)
    try:
        return [row[0] for row in raw.execute("SELECT seq FROM audit_log ORDER BY seq")]
    finally:
        raw.close()


def _check(data: Path, capsys: pytest.CaptureFixture[str], *command: str) -> tuple[int, dict[str, object]]:
    code = main(["--data-dir", str(data), *command, "--json"])
    document = json.loads(capsys.readouterr().out)
    assert isinstance(document, dict)
    return code, document


def test_a_sound_trail_passes_db_check_and_audit_verify(
    closed_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report = _check(closed_file, capsys, "db", "check")
    assert (code, report["problems"]) == (0, [])
    code, verified = _check(closed_file, capsys, "audit", "verify")
    assert code == 0
    assert verified["entries"] == len(_seqs(closed_file))
    assert verified["head_seq"] == _seqs(closed_file)[-1]
    assert verified["first_broken_seq"] is None


def test_an_edited_entry_fails_db_check_with_its_number(
    closed_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seq = _seqs(closed_file)[4]
    _tamper(closed_file, ("UPDATE audit_log SET actor = 'somebody else' WHERE seq = ?", (seq,)))
    code, report = _check(closed_file, capsys, "db", "check")
    assert code == 1
    assert f"audit trail: entry {seq} was changed after it was written" in report["problems"]


def test_edited_changes_are_caught_too(closed_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The chain covers a digest of the old -> new values, so rewriting a value breaks it."""
    raw = sqlite3.connect(closed_file / DATABASE_FILENAME)
    seq, changes = raw.execute(
        "SELECT seq, changes FROM audit_log WHERE entity = 'parties' ORDER BY seq LIMIT 1"
    ).fetchone()
    raw.close()
    altered = json.loads(changes)
    altered["last_name"] = [None, "Басқа"]
    _tamper(closed_file, ("UPDATE audit_log SET changes = ? WHERE seq = ?", (json.dumps(altered), seq)))
    code, report = _check(closed_file, capsys, "audit", "verify")
    assert code == 1
    assert report["first_broken_seq"] == seq


def test_a_removed_entry_fails_db_check_at_the_one_after_it(
    closed_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seqs = _seqs(closed_file)
    _tamper(closed_file, ("DELETE FROM audit_log WHERE seq = ?", (seqs[3],)))
    code, report = _check(closed_file, capsys, "db", "check")
    assert code == 1
    problems = report["problems"]
    assert isinstance(problems, list)
    assert any(f"the chain breaks at entry {seqs[4]}" in p and "removed" in p for p in problems)
    text_code = main(["--data-dir", str(closed_file), "db", "check"])
    out = capsys.readouterr().out
    assert text_code == 1 and f"entry {seqs[4]}" in out


def test_the_first_entry_removed_is_caught(closed_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seqs = _seqs(closed_file)
    _tamper(closed_file, ("DELETE FROM audit_log WHERE seq = ?", (seqs[0],)))
    code, verified = _check(closed_file, capsys, "audit", "verify")
    assert (code, verified["first_broken_seq"]) == (1, seqs[1])


def test_reordered_entries_are_caught(closed_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seqs = _seqs(closed_file)
    a, b = seqs[2], seqs[5]
    _tamper(
        closed_file,
        ("UPDATE audit_log SET seq = -1 WHERE seq = ?", (a,)),
        ("UPDATE audit_log SET seq = ? WHERE seq = ?", (a, b)),
        ("UPDATE audit_log SET seq = ? WHERE seq = -1", (b,)),
    )
    code, verified = _check(closed_file, capsys, "audit", "verify")
    assert (code, verified["first_broken_seq"]) == (1, a)
    assert any("moved out of their order" in p for p in verified["problems"])  # type: ignore[union-attr]


def test_an_entry_written_around_the_program_is_not_sealed(
    closed_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seqs = _seqs(closed_file)
    _tamper(
        closed_file,
        ("UPDATE audit_log SET hash = NULL WHERE seq = ?", (seqs[2],)),
    )
    code, verified = _check(closed_file, capsys, "audit", "verify")
    assert (code, verified["first_broken_seq"]) == (1, seqs[2])
    assert f"audit trail: entry {seqs[2]} is not sealed" in verified["problems"][0]  # type: ignore[index]


def test_verify_refuses_a_database_not_upgraded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIRST_RELEASE, data / DATABASE_FILENAME)
    code, document = _check(data, capsys, "audit", "verify")
    assert code == 2
    assert document["error"]["key"] == "audit.needs_upgrade"  # type: ignore[index]


def test_the_upgrade_seals_the_entries_of_an_older_database(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(FIRST_RELEASE, data / DATABASE_FILENAME)
    raw = sqlite3.connect(data / DATABASE_FILENAME)
    before = raw.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    raw.close()
    assert before > 0
    db = open_database(data_dir=data)
    try:
        with db.engine.connect() as conn:
            report = audit_chain.verify(conn)
        # The migration's frozen copy of the rule and the program's rule agree entry by entry.
        assert report.ok, report.problems
        assert report.entries == before
        _history(db)  # new entries follow the sealed old ones
        with db.engine.connect() as conn:
            assert audit_chain.verify(conn).ok
    finally:
        db.close()


def test_two_writers_at_once_keep_one_chain(db: Database) -> None:
    """Two programs on one database write cases at the same moment: the chain never forks."""
    second = open_database(db.location, upgrade=False)
    errors: list[BaseException] = []
    done: list[str] = []
    start = threading.Barrier(2)

    def write(database: Database) -> None:
        start.wait()
        for _ in range(6):
            try:
                with database.session(write=True, actor=ACTOR) as s:
                    case = new_case(s)
                    add_two_parties(s, case)
                    done.append(case.number)
            except StorageError as error:  # "busy, try again" is an allowed answer, a fork is not
                errors.append(error)

    threads = [threading.Thread(target=write, args=(database,)) for database in (db, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    try:
        assert all(getattr(e, "key", "") == "db.busy" for e in errors), errors
        assert len(done) + len(errors) == 12 and len(done) >= 6
        with db.engine.connect() as conn:
            report = audit_chain.verify(conn)
            cases_written = conn.execute(text("SELECT count(*) FROM cases")).scalar_one()
        assert report.ok, report.problems
        assert cases_written == len(done)
    finally:
        second.close()


def test_audit_export_writes_a_period_or_a_case_to_csv(
    closed_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = sqlite3.connect(closed_file / DATABASE_FILENAME)
    number = raw.execute("SELECT number FROM cases").fetchone()[0]
    total = raw.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    raw.close()
    today = datetime.now(UTC).date().isoformat()
    out = closed_file.parent / "audit.csv"
    code = main(
        ["--data-dir", str(closed_file), "audit", "export", "--from", today, "--to", today, "--out", str(out)]
    )
    assert code == 0
    assert f"wrote {total} audit entries to {out}" in capsys.readouterr().out
    content = out.read_bytes()
    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(content.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["No.", "When", "Who", "Action", "Case", "Record", "What happened", "Changes"]
    assert len(rows) == total + 1
    assert rows[1][2] == "tester" and rows[1][4] == number and rows[1][6] == "added cases"
    assert any("Өмірбеков" in row[7] for row in rows[1:])  # the command line's own account sees everything
    one_case = closed_file.parent / "case.csv"
    code = main(
        [
            "--data-dir",
            str(closed_file),
            "audit",
            "export",
            "--case",
            number,
            "--out",
            str(one_case),
            "--json",
        ]
    )
    document = json.loads(capsys.readouterr().out)
    assert code == 0 and document["entries"] == total  # every entry so far is about that case or its parties
    assert main(["audit", "export", "--out"]) == 2  # a wrong command line is a usage error
    capsys.readouterr()
    code = main(
        ["--data-dir", str(closed_file), "audit", "export", "--by", "nobody", "--out", str(out), "--json"]
    )
    assert code == 1
    assert json.loads(capsys.readouterr().out)["error"]["key"] == "audit.unknown_user"
