"""A register of 50 000 rows: read and imported with progress, and a Stop half-way writes nothing."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.models import AuditEntry, Case, CaseSearchDoc, ImportBatch, Party
from app.services import importing, search
from app.services.importing import ImportOptions
from app.storage.database import Database
from tests.conftest import ACTOR
from tests.factories import TODAY

ROWS = 50_000
CATEGORIES = ("Отбасылық", "Көршілер арасындағы", "Еңбек", "Мүліктік", "Қарыз")
CHANNELS = ("Әкімдік", "Өзі келді", "Полиция", "Сот")
FIRST_DAY = 45658  # 01.01.2025 as an Excel serial


@pytest.fixture(scope="module")
def big_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built the way Excel stores text (shared strings), with serial dates in unformatted cells."""
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["Түскен күні", "Дау санаты", "Түсу арнасы", "Өтініш беруші", "Жауапкер"])
    for i in range(ROWS):
        ws.append(
            [FIRST_DAY + i % 680, CATEGORIES[i % 5], CHANNELS[i % 4], f"Ахметов{i} Бақыт", f"Петрова{i} Анна"]
        )
    path = tmp_path_factory.mktemp("big") / "тізілім-50000.xlsx"
    book.save(path)
    return path


def _counts(db: Database) -> tuple[int, ...]:
    with db.session() as s:
        return tuple(
            int(s.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Case, Party, CaseSearchDoc, AuditEntry, ImportBatch)
        )


class Stop(Exception):  # noqa: N818 - the person's choice, not an error
    """What the Cancel button's progress report raises (app/ui/workers.py)."""


@pytest.mark.slow
def test_fifty_thousand_rows_with_progress_and_a_stop_that_writes_nothing(
    db: Database, big_register: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    started = time.perf_counter()
    read_reports: list[tuple[int, int]] = []
    table = importing.read_source(
        big_register, progress=lambda done, total: read_reports.append((done, total))
    )
    read_seconds = time.perf_counter() - started
    assert len(table.rows) == ROWS and read_reports[-1] == (ROWS + 1, ROWS + 1)
    mapping = importing.guess_mapping(table)
    options = ImportOptions("KZ-31-KRD", consent_on_file=True, today=TODAY)
    before = _counts(db)

    def stop_once_writing(done: int, total: int) -> None:
        if done > ROWS:  # every row checked and the first thousand cases written: Stop
            raise Stop

    with pytest.raises(Stop):
        importing.run_import(db, table, mapping, options, actor=ACTOR, progress=stop_once_writing)
    assert _counts(db) == before  # the cases already inserted were rolled back with the rest

    reports: list[tuple[int, int]] = []
    started = time.perf_counter()
    result = importing.run_import(
        db, table, mapping, options, actor=ACTOR, progress=lambda done, total: reports.append((done, total))
    )
    import_seconds = time.perf_counter() - started
    assert result.written and len(result.added) == ROWS and result.plan.problems == []
    assert reports[-1] == (2 * ROWS, 2 * ROWS)
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)  # it only goes forward
    assert len(reports) >= 100  # often enough for a progress bar to move smoothly
    assert _counts(db)[:3] == (ROWS, 2 * ROWS, ROWS)
    with db.session() as s:
        assert [h.number for h in search.search_cases(s, "ахметов49999")] == [result.added[-1][1]]
        years = dict(s.execute(select(Case.year, func.count()).group_by(Case.year)).all())
    in_2025 = sum(1 for i in range(ROWS) if i % 680 < 365)  # 01.01.2025 + 365 days is 01.01.2026
    assert years == {2025: in_2025, 2026: ROWS - in_2025}
    with capsys.disabled():
        print(f"\n50 000 rows: read {read_seconds:.1f} s, checked and imported {import_seconds:.1f} s")
