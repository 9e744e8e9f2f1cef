"""`tatulyq import cases | list | undo` end to end: `python -m app` in a subprocess on a real SQLite file.

What the commands wrote is read back with the standard library's sqlite3, not through the program.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from tests.import_books import BAD_IIN, Row, kazakh_book, russian_csv

REPO = Path(__file__).resolve().parents[1]
GOOD = Row(date(2025, 3, 5), applicant="ӨМІРБЕКОВ ҒАЛЫМЖАН", respondent="иванова ольга")
OTHER = Row(
    "12.04.2025", category="Еңбек", channel="Сот", applicant="Ахметов Бақыт", respondent="Петров Иван"
)


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    def json(self) -> dict[str, Any]:
        document = json.loads(self.out)
        assert isinstance(document, dict)
        return document


def tq(data_dir: Path, *args: str) -> Run:
    env = {k: v for k, v in os.environ.items() if k not in ("TATULYQ_DATA_DIR", "TATULYQ_DATABASE_URL")}
    env.update(TATULYQ_TODAY="2026-11-20", PYTHONIOENCODING="utf-8", PYTHONPATH=str(REPO))
    done = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def cases_in(data_dir: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(data_dir / "tatulyq.db") as db:
        return db.execute("SELECT number, status FROM cases ORDER BY number").fetchall()


def test_a_dry_run_lists_the_problems_and_writes_nothing(tmp_path: Path) -> None:
    book = kazakh_book(
        tmp_path / "тізілім.xlsx",
        [GOOD, replace(OTHER, intake="31.02.2025"), replace(GOOD, applicant_iin=BAD_IIN)],
    )
    run = tq(
        tmp_path / "data",
        "import",
        "cases",
        str(book),
        "--unit",
        "KZ-31-KRD",
        "--consent-on-file",
        "--dry-run",
    )
    assert run.code == 1, run.err
    assert "Read 3 row(s) from тізілім.xlsx, sheet 'Тізілім' (header: rows 2-3)." in run.out
    assert "  Түскен күні -> intake date" in run.out
    assert "Problems in 2 row(s):" in run.out
    assert "6    Түскен күні           31.02.2025" in run.out
    assert "'31.02.2025' is not a date; write dd.mm.yyyy." in run.out
    assert "one of its digits is probably mistyped" in run.out
    assert "Dry run: 1 case(s) would be added; nothing was written." in run.out
    assert cases_in(tmp_path / "data") == []


def test_import_the_good_rows_list_and_undo(tmp_path: Path) -> None:
    data = tmp_path / "data"
    book = kazakh_book(tmp_path / "reg.xlsx", [GOOD, OTHER, replace(OTHER, intake="31.02.2025")])
    refused = tq(data, "import", "cases", str(book), "--unit", "KZ-31-KRD", "--consent-on-file")
    assert refused.code == 1 and "Nothing was written: 1 row(s) have problems." in refused.out
    assert cases_in(data) == []

    run = tq(
        data,
        "--json",
        "import",
        "cases",
        str(book),
        "--unit",
        "KZ-31-KRD",
        "--consent-on-file",
        "--only-valid",
    )
    assert run.code == 0, run.err
    answer = run.json()
    assert answer["ok"] and answer["written"]
    assert [a["number"] for a in answer["added"]] == ["KZ-31-KRD-2025-0001", "KZ-31-KRD-2025-0002"]
    assert [(p["row"], p["key"]) for p in answer["problems"]] == [(7, "import.date_unreadable")]
    assert cases_in(data) == [("KZ-31-KRD-2025-0001", "intake"), ("KZ-31-KRD-2025-0002", "intake")]
    batch = answer["batch"]

    again = tq(data, "import", "cases", str(book), "--unit", "KZ-31-KRD", "--consent-on-file", "--only-valid")
    assert "Already in the register, not added again (2 row(s)):" in again.out
    assert "Nothing to add" not in again.out  # one row still has its problem
    assert len(cases_in(data)) == 2

    listing = tq(data, "import", "list")
    assert listing.code == 0 and batch[:8] in listing.out and "reg.xlsx" in listing.out
    undone = tq(data, "import", "undo", batch[:8])
    assert undone.code == 0 and f"Import {batch} undone: 2 case(s) removed." in undone.out
    assert cases_in(data) == []
    twice = tq(data, "--json", "import", "undo", batch)
    assert twice.code == 1 and twice.json()["error"]["key"] == "import.batch_already_undone"


def test_a_csv_in_cp1251_with_a_saved_mapping(tmp_path: Path) -> None:
    data = tmp_path / "data"
    rows = [
        Row(
            "06.05.2025",
            category="Семейный",
            channel="Акимат",
            applicant="Иванов Иван",
            respondent="Петрова Мария",
        )
    ]
    path = russian_csv(tmp_path / "реестр.csv", rows, encoding="cp1251")
    mapping = tmp_path / "m.json"
    first = tq(
        data, "import", "cases", str(path), "--unit", "KZ-31-KRD", "--dry-run", "--save-mapping", str(mapping)
    )
    assert first.code == 1 and "Record the party's consent" in first.out  # persons named, consent not said
    assert "checking: 1 of 1 rows" in first.err
    saved = json.loads(mapping.read_text(encoding="utf-8"))
    assert saved["columns"]["Вид спора"] == "category" and saved["values"]["category"] == {
        "семейный": "family"
    }
    saved["values"]["category"]["семейный"] = "other"  # the person corrects the mapping by hand
    mapping.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
    run = tq(
        data,
        "import",
        "cases",
        str(path),
        "--unit",
        "KZ-31-KRD",
        "--mapping",
        str(mapping),
        "--consent-on-file",
    )
    assert run.code == 0, run.err + run.out
    with sqlite3.connect(data / "tatulyq.db") as db:
        assert db.execute("SELECT category, intake_date FROM cases").fetchall() == [("other", "2025-05-06")]


def test_a_file_that_is_not_a_register_is_told_plainly(tmp_path: Path) -> None:
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    run = tq(tmp_path / "data", "--json", "import", "cases", str(old), "--unit", "KZ-31-KRD")
    assert run.code == 1
    assert run.json()["error"] == {
        "key": "import.file_type",
        "message": "old.xls: only Excel workbooks (.xlsx) and CSV files can be imported; "
        "save an older .xls workbook as .xlsx first.",
        "params": {"name": "old.xls"},
    }
