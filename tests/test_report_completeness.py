"""Reporting completeness in a council's report: built from the received packages of a real database,
printed in the PDF (read back with pypdf) and held in the XLSX (read back with openpyxl)."""

from __future__ import annotations

import io
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import update

from app.models import Unit
from app.models.exchange import ReceivedPackage
from app.reports.builder import build_report
from app.reports.figures import CompletenessMonth, ReportFigures
from app.reports.make import ReportFormat, ReportRequest, make_report
from app.reports.periods import Period
from app.reports.report_pdf import render_pdf
from app.reports.report_tables import report_tables
from app.reports.report_xlsx import render_xlsx
from app.storage.database import Database
from tests.conftest import ACTOR

KZ = timezone(timedelta(hours=5))
MADE_AT = datetime(2026, 11, 21, 10, 0, tzinfo=KZ)
REGION = "KZ-31-MC"
CENTRE, HOUSE, DISTRICT = "KZ-31-CTR", "KZ-31-HF", "KZ-31-KRD"
NAMES = {
    HOUSE: {"ru": "Дом дружбы (Тараз)", "kk": "Достық үйі (Тараз)"},
    DISTRICT: {"ru": "Ассамблея (Кордайский район)", "kk": "Қордай ауданы ассамблеясы"},
}


def _received(db: Database, unit: str, period: str, completed_at: datetime, state: str = "current") -> None:
    with db.session(write=True, actor=ACTOR) as s:
        s.add(
            ReceivedPackage(
                package_id=uuid.uuid4(),
                sender_unit=unit,
                sender_key_id="0123456789abcdef",
                unit_code=unit,
                period=period,
                revision=1,
                sequence=int(completed_at.timestamp()),
                completed_at=completed_at,
                received_by="region head",
                state=state,
                manifest=b"{}",
                signature=b"s" * 64,
                aggregates=b"{}",
            )
        )


@pytest.fixture
def region(db: Database) -> Database:
    """Zhambyl's October: the centre on time, the House of Friendship late, the district assembly
    (opened on 1 October) nothing; in September only the centre sent, and the assembly was not open."""
    with db.session(write=True, actor=ACTOR) as s:
        s.execute(update(Unit).where(Unit.code == DISTRICT).values(opened_on=date(2026, 10, 1)))
    _received(db, CENTRE, "2026-10", datetime(2026, 11, 4, 17, 0, tzinfo=KZ))
    _received(db, HOUSE, "2026-10", datetime(2026, 11, 9, 11, 0, tzinfo=KZ))
    # October's snapshot replaced September's rows (one current package per unit).
    _received(db, CENTRE, "2026-09", datetime(2026, 10, 2, 11, 0, tzinfo=KZ), state="superseded")
    return db


def _figures(db: Database, unit: str, period: Period) -> ReportFigures:
    with db.session() as s:
        return build_report(s, unit, period, made_at=MADE_AT)


def _pdf_text(figures: ReportFigures, lang: str) -> str:
    buffer = io.BytesIO()
    render_pdf(figures, lang, buffer)
    buffer.seek(0)
    return " ".join(
        " ".join(p.extract_text().replace("\u00a0", " ").split()) for p in PdfReader(buffer).pages
    )


def test_a_regional_months_report_counts_who_sent_on_time_late_or_not_at_all(region: Database) -> None:
    figures = _figures(region, REGION, Period.month(2026, 10))
    assert figures.completeness == [CompletenessMonth("2026-10", date(2026, 11, 5), 3, 1, 1, 1, 0)]
    assert [(g.unit_code, g.late, g.missing) for g in figures.reporting_gaps] == [
        (HOUSE, ["2026-10"], []),
        (DISTRICT, [], ["2026-10"]),
    ]
    assert figures.to_dict()["completeness"][0] == {
        "period": "2026-10",
        "deadline": "2026-11-05",
        "expected": 3,
        "on_time": 1,
        "late": 1,
        "missing": 1,
        "pending": 0,
    }


def test_a_quarter_has_a_column_for_each_month_begun(region: Database) -> None:
    figures = _figures(region, REGION, Period.quarter(2026, 4))
    # Made on 21 November: December has not begun; November is not due before 5 December.
    assert [
        (m.period, m.expected, m.on_time, m.late, m.missing, m.pending) for m in figures.completeness
    ] == [
        ("2026-10", 3, 1, 1, 1, 0),
        ("2026-11", 3, 0, 0, 0, 3),
    ]
    table = next(t for t in report_tables(figures, "ru") if t.key == "completeness")
    assert [c.heading for c in table.columns[1:]] == ["10.2026", "11.2026"]
    # On time 1 of the 3 due by the 5th.
    assert [row.cells[1].value for row in table.rows] == ["05.11.2026", 3, 1, 1, 1, 0, pytest.approx(1 / 3)]
    assert [row.cells[2].value for row in table.rows] == ["05.12.2026", 3, 0, 0, 0, 3, None]
    q3 = _figures(region, REGION, Period.quarter(2026, 3))
    # The assembly opened in October: for September only the centre and the House were due.
    assert [(m.period, m.expected, m.on_time, m.missing) for m in q3.completeness][-1] == ("2026-09", 2, 1, 1)
    # Nothing came for July and August from anyone; the assembly was not due in the third quarter.
    assert [(g.unit_code, g.late, g.missing) for g in q3.reporting_gaps] == [
        (CENTRE, [], ["2026-07", "2026-08"]),
        (HOUSE, [], ["2026-07", "2026-08", "2026-09"]),
    ]


def test_a_centres_report_has_no_completeness(region: Database) -> None:
    figures = _figures(region, CENTRE, Period.month(2026, 10))
    assert figures.completeness == [] and figures.reporting_gaps == []
    assert not {"completeness", "reporting_gaps"} & {t.key for t in report_tables(figures, "kk")}


def test_the_republic_sees_the_regions_centres_too(region: Database) -> None:
    figures = _figures(region, "KZ-RMC", Period.month(2026, 10))
    month = figures.completeness[0]
    assert (month.on_time, month.late) == (1, 1)
    assert month.missing == month.expected - 2
    missing = {g.unit_code for g in figures.reporting_gaps if g.missing}
    assert {REGION, DISTRICT, "KZ-10-MC", "KZ-10-CTR"} <= missing and CENTRE not in missing


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_pdf_prints_the_section_with_the_units_late_or_missing(region: Database, lang: str) -> None:
    figures = _figures(region, REGION, Period.month(2026, 10))
    tables = {t.key: t for t in report_tables(figures, lang)}
    text = _pdf_text(figures, lang)
    assert tables["completeness"].title in text
    assert tables["reporting_gaps"].title in text
    expected = tables["completeness"].rows[1].cells[0].value
    assert f"{expected} 3" in text  # units expected to report: 3
    for code in (HOUSE, DISTRICT):
        assert NAMES[code][lang] in text and code in text
    assert f"{NAMES[HOUSE][lang]} {HOUSE}" in text


def test_the_xlsx_has_the_completeness_sheets(region: Database) -> None:
    figures = _figures(region, REGION, Period.month(2026, 10))
    tables = report_tables(figures, "ru")
    buffer = io.BytesIO()
    names = render_xlsx(figures, "ru", buffer, tables)
    buffer.seek(0)
    book = load_workbook(buffer)
    index = [t.key for t in tables].index("completeness")
    counts = book[names[index + 1]]
    assert [c.value for c in counts["B"]][1:8] == ["05.11.2026", 3, 1, 1, 1, 0, pytest.approx(1 / 3)]
    assert counts["B8"].number_format == "0.0%"
    gaps = book[names[index + 2]]
    rows = [[c.value for c in row][:4] for row in gaps.iter_rows(min_row=2, max_row=3)]
    assert rows == [
        [NAMES[HOUSE]["ru"], HOUSE, None, "октябрь 2026 г."],
        [NAMES[DISTRICT]["ru"], DISTRICT, "октябрь 2026 г.", None],
    ]


def test_a_years_report_made_from_the_database_has_the_section(region: Database, tmp_path: Path) -> None:
    target = tmp_path / "zhambyl-2026.pdf"
    request = ReportRequest(REGION, Period.year(2026), "kk", ReportFormat.PDF)
    figures = make_report(region, request, target)
    assert figures.completeness[0].period == "2026-01"
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    for table in report_tables(figures, "kk"):
        if table.key in ("completeness", "reporting_gaps"):
            assert table.title in text
