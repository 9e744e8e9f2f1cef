"""`tatulyq report monthly|period|range` end to end on a demo database, in this process.

The expected numbers are counted here with the standard library's sqlite3 straight from the file, not
through the program under test; the reports are read back with pypdf and openpyxl.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import main as cli
from app.storage.location import DATABASE_FILENAME

CENTRE = "KZ-31-HF"
REGION = "KZ-31-MC"
REPUBLIC = "KZ-RMC"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("report-demo")
    assert (
        cli.main(
            ["--data-dir", str(folder), "demo", "--cases", "1500", "--seed", "11", "--until", "2026-11-15"]
        )
        == 0
    )
    yield folder


def run(data_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["--data-dir", str(data_dir), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def received(data_dir: Path, root: str, first: str, last: str) -> int:
    """Cases received in [first, last] by the unit `root` and every unit below it."""
    conn = sqlite3.connect(f"file:{data_dir / DATABASE_FILENAME}?mode=ro", uri=True)
    try:
        units = {
            code: (uid, parent) for uid, code, parent in conn.execute("SELECT id, code, parent_id FROM units")
        }
        ids = {units[root][0]}
        grown = True
        while grown:
            below = {uid for uid, parent in units.values() if parent in ids} - ids
            grown = bool(below)
            ids |= below
        marks = ",".join("?" * len(ids))
        return int(
            conn.execute(
                f"SELECT count(*) FROM cases WHERE unit_id IN ({marks}) AND intake_date BETWEEN ? AND ?",
                (*ids, first, last),
            ).fetchone()[0]
        )
    finally:
        conn.close()


def children_names(data_dir: Path, parent: str) -> list[str]:
    """The Russian names of the units directly below `parent`."""
    conn = sqlite3.connect(f"file:{data_dir / DATABASE_FILENAME}?mode=ro", uri=True)
    try:
        return [
            name
            for (name,) in conn.execute(
                "SELECT u.name_ru FROM units u JOIN units p ON u.parent_id = p.id WHERE p.code = ?", (parent,)
            )
        ]
    finally:
        conn.close()


def pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def grouped(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def test_monthly_pdf_in_kazakh(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "қазан.pdf"
    code, stdout, err = run(
        data_dir,
        capsys,
        "--json",
        "report",
        "monthly",
        "--unit",
        CENTRE,
        "--period",
        "2026-10",
        "--lang",
        "kk",
        "--out",
        str(out),
        "--prepared-by",
        "Сейітқызы Ә.",
    )
    assert code == 0, err
    document = json.loads(stdout)
    expected = received(data_dir, CENTRE, "2026-10-01", "2026-10-31")
    assert expected > 0
    assert (document["received"], document["format"], document["period"]["code"]) == (
        expected,
        "pdf",
        "2026-10",
    )
    text = pdf_text(out)
    assert "Айлық есеп: 2026 жылғы қазан" in text and "Дайындаған Сейітқызы Ә." in text
    assert f"Қабылданған істер {grouped(expected)} " in text
    assert document["fingerprint"] in text
    assert [p.name for p in tmp_path.iterdir()] == ["қазан.pdf"]


def test_quarter_of_a_region_as_xlsx_from_the_extension(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "q3.xlsx"
    code, stdout, err = run(
        data_dir,
        capsys,
        "report",
        "period",
        "--unit",
        REGION,
        "--period",
        "2026-Q3",
        "--lang",
        "ru",
        "--out",
        str(out),
    )
    assert code == 0, err
    assert f"wrote {out}" in stdout
    book = load_workbook(out)
    row = next(
        r
        for r in book["Основные показатели"].iter_rows(min_row=2, values_only=True)
        if r[0] == "Поступило дел"
    )
    assert row[1] == received(data_dir, REGION, "2026-07-01", "2026-09-30")
    units = [r[0] for r in book["Подразделения"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert "Итого" in units and len(units) >= 4  # the region's centre, House, district assembly, total


def test_the_republics_year_lists_the_regions(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "2026.pdf"
    code, _, err = run(
        data_dir,
        capsys,
        "report",
        "period",
        "--unit",
        REPUBLIC,
        "--period",
        "2026",
        "--lang",
        "ru",
        "--out",
        str(out),
        "--approved-by",
        "Иванов И. И.",
    )
    assert code == 0, err
    reader = PdfReader(out)
    text = pdf_text(out)
    assert "Годовой отчёт: 2026 год" in text and "Утвердил(а) Иванов И. И." in text
    assert f"Поступило дел {grouped(received(data_dir, REPUBLIC, '2026-01-01', '2026-12-31'))} " in text
    landscape = [p for p in reader.pages if p.mediabox.width > p.mediabox.height]
    units_text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in landscape).replace("\u00a0", " "))
    regions = children_names(data_dir, REPUBLIC)
    assert len(regions) == 20 and all(name in units_text for name in regions)
    total = len(reader.pages)
    assert f"Страница {total} из {total}" in text


def test_a_range_of_days(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "half.pdf"
    code, stdout, err = run(
        data_dir,
        capsys,
        "--json",
        "report",
        "range",
        "--unit",
        CENTRE,
        "--from",
        "01.10.2026",
        "--to",
        "2026-10-15",
        "--lang",
        "ru",
        "--out",
        str(out),
    )
    assert code == 0, err
    assert json.loads(stdout)["received"] == received(data_dir, CENTRE, "2026-10-01", "2026-10-15")
    assert "Отчёт за период: 01.10.2026 – 15.10.2026" in pdf_text(out)


def test_help_explains_the_three_kinds(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["report", "--help"]) == 0
    text = capsys.readouterr().out
    for words in ("monthly", "period", "range", "2026-Q3"):
        assert words in text


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (["monthly", "--period", "2026-13"], 2, "not a period"),
        (["monthly", "--period", "2026-Q3"], 2, "use `report period`"),
        (["period", "--period", "Q3-2026"], 2, "not a period"),
        (["range", "--from", "2026-10-15", "--to", "2026-10-01"], 1, "before it starts"),
        (["monthly", "--period", "2026-10", "--lang", "de"], 2, "--lang"),
    ],
)
def test_a_bad_period_or_language_is_refused(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], code: int, says: str
) -> None:
    out = tmp_path / "r.pdf"
    got, _, err = run(data_dir, capsys, "report", *args, "--unit", CENTRE, "--out", str(out))
    assert got == code and says in err
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_unit_is_refused(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.pdf"
    code, stdout, _ = run(
        data_dir,
        capsys,
        "--json",
        "report",
        "monthly",
        "--unit",
        "KZ-99-XX",
        "--period",
        "2026-10",
        "--out",
        str(out),
    )
    document: dict[str, Any] = json.loads(stdout)
    assert (
        code == 1
        and document["error"]["key"] == "unit.not_found"
        and "KZ-99-XX" in document["error"]["message"]
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("я" * 200 + ".pdf", "report.cannot_write"),  # longer than the file system allows, even for root
        ("missing/r.pdf", "report.folder_missing"),
        ("report.doc", "report.format_unknown"),
    ],
)
def test_an_unwritable_out_is_refused_and_leaves_no_file(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, key: str
) -> None:
    code, stdout, _ = run(
        data_dir,
        capsys,
        "--json",
        "report",
        "monthly",
        "--unit",
        CENTRE,
        "--period",
        "2026-10",
        "--out",
        str(tmp_path / name),
    )
    assert json.loads(stdout)["error"]["key"] == key
    assert code == (1 if key == "report.format_unknown" else 2)  # storage errors: 2, like the database's
    assert list(tmp_path.iterdir()) == []
