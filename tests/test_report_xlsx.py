"""The report as an XLSX workbook, read back with openpyxl as someone who works on the numbers would.

One sheet per table of the PDF, after an "About" sheet; the same numbers as report_tables (the one
source of both files), stored as numbers: counts as integers, rates as fractions in a percent format.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from app.models.enums import Category
from app.reports.make import ReportFormat, ReportRequest, make_report
from app.reports.periods import Period
from app.reports.report_tables import ReportTable, report_tables
from app.reports.report_xlsx import MAX_SHEET_NAME, render_xlsx, sheet_names
from app.storage.database import Database
from tests.conftest import ACTOR
from tests.factories import new_case
from tests.report_samples import CENTRE_NAMES, REGION_NAMES, centre_figures, council_figures, empty_figures

FORBIDDEN = set("[]:*?/\\")


def workbook(figures: object, lang: str) -> tuple[Workbook, list[str]]:
    buffer = io.BytesIO()
    names = render_xlsx(figures, lang, buffer)  # type: ignore[arg-type]
    buffer.seek(0)
    return load_workbook(buffer), names


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_one_sheet_per_table_after_the_about_sheet(lang: str) -> None:
    figures = centre_figures()
    book, names = workbook(figures, lang)
    tables = report_tables(figures, lang)
    assert book.sheetnames == names and len(names) == len(tables) + 1
    assert names[0] == {"kk": "Есеп туралы", "ru": "Об отчёте"}[lang]
    assert len({n.casefold() for n in names}) == len(names)
    for name in names:
        assert 0 < len(name) <= MAX_SHEET_NAME and not FORBIDDEN & set(name)
    for table, name in zip(tables, names[1:], strict=True):
        sheet = book[name]
        assert [c.value for c in sheet[1]][: len(table.columns)] == [c.heading for c in table.columns]


@pytest.mark.parametrize(
    "figures", [centre_figures(), council_figures(), empty_figures()], ids=["centre", "council", "empty"]
)
def test_every_sheet_holds_the_same_numbers_as_the_pdf_tables(figures: object) -> None:
    book, names = workbook(figures, "kk")
    for table, name in zip(report_tables(figures, "kk"), names[1:], strict=True):  # type: ignore[arg-type]
        sheet = book[name]
        for r, row in enumerate(table.rows, start=2):
            for c, cell in enumerate(row.cells, start=1):
                stored = sheet.cell(r, c).value
                if cell.value is None:
                    assert stored is None, (name, r, c)
                elif isinstance(cell.value, float):
                    assert stored == pytest.approx(cell.value), (name, r, c)
                else:
                    assert stored == cell.value, (name, r, c)


def test_numbers_are_numbers_with_formats_and_the_heading_row_stays() -> None:
    book, _ = workbook(centre_figures(), "ru")
    sheet = book["Основные показатели"]
    assert sheet.freeze_panes == "B2"
    assert all(cell.font.bold for cell in sheet[1] if cell.value)
    received = next(row for row in sheet.iter_rows(min_row=2) if row[0].value == "Поступило дел")
    assert [c.value for c in received[:6]] == ["Поступило дел", 40, 35, 5, 28, 12]
    assert received[1].number_format == "#,##0" and received[3].number_format == "+#,##0;-#,##0;0"
    rate = next(row for row in sheet.iter_rows(min_row=2) if row[0].value == "Доля урегулирования")
    assert rate[1].value == pytest.approx(21 / 32) and rate[1].number_format == "0.0%"
    assert rate[3].value == pytest.approx(5.6) and rate[3].number_format == "+0.0;-0.0;0.0"  # points
    notes = [row[0].value for row in sheet.iter_rows(min_row=len(list(sheet.rows)) - 6) if row[0].value]
    assert any("за этот период: 21 ÷ 32" in str(n) for n in notes)


def test_column_widths_fit_the_headings_and_names() -> None:
    book, _ = workbook(centre_figures(), "kk")
    sheet = book["Санаттар"]
    widest_name = max(len(str(c.value)) for c in sheet["A"][1:13] if c.value)
    assert sheet.column_dimensions["A"].width >= widest_name
    assert sheet.column_dimensions["B"].width >= len("Қабылданды")


def test_about_sheet_says_whose_figures_and_how_they_are_counted() -> None:
    figures = centre_figures()
    book, names = workbook(figures, "kk")
    values = {row[0]: row[1] for row in book[names[0]].iter_rows(values_only=True) if row and row[0]}
    assert values["Бөлімше"] == CENTRE_NAMES["kk"]
    assert values["Бөлімше коды"] == "KZ31-KRD"
    assert values["Кезең"] == "2026 жылғы қазан"
    assert values["Жасалған уақыты (жергілікті уақыт)"] == "03.11.2026 09:15"
    assert values["Деректердің бақылау коды"] == figures.fingerprint()
    cells = " ".join(str(v) for row in book[names[0]].iter_rows(values_only=True) for v in row if v)
    assert "Реттелу үлесі = толық немесе ішінара реттелген медиациялар" in cells
    assert "Күндер медианасы: қабылдаудан медиация аяқталғанға дейін" in cells  # a longer definition


def test_a_council_sheet_has_a_row_per_unit_and_the_total() -> None:
    figures = council_figures()
    book, _ = workbook(figures, "ru")
    sheet = book["Подразделения"]
    rows = list(sheet.iter_rows(min_row=2, max_row=22, values_only=True))
    assert [r[0] for r in rows[:20]] == [f"Совет медиации: {ru}" for _, ru in REGION_NAMES]
    assert rows[20][:5] == ("Итого", 1140, 2190, 1790, 1190)
    assert sum(r[2] for r in rows[:20]) == 2190  # received, summed by whoever works on the sheet


def test_sheet_names_are_cut_cleaned_and_unique() -> None:
    def table(sheet: str) -> ReportTable:
        return ReportTable(key="k", title=sheet, sheet=sheet, columns=(), rows=())

    names = sheet_names(
        [
            table("Дау санаттары: қабылданған істер / нәтижелер [толық]"),
            table("Units"),
            table("UNITS"),
            table("?*"),
            table("'Quoted'"),
        ],
        reserved=["About"],
    )
    assert names[0] == "Дау санаттары қабылданған істер"[:MAX_SHEET_NAME]
    assert names[1:3] == ["Units", "UNITS (2)"]  # Excel does not tell case apart
    assert names[3] == "k" and names[4] == "Quoted"
    assert all(len(n) <= MAX_SHEET_NAME and not FORBIDDEN & set(n) for n in names)


def test_make_report_writes_the_xlsx_of_the_database(db: Database, tmp_path: Path) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        for day in (3, 14, 30):
            new_case(s, intake=date(2026, 10, day), category=Category.FAMILY)
    target = tmp_path / "out" / "october.xlsx"
    target.parent.mkdir()
    request = ReportRequest("KZ-31-KRD", Period.month(2026, 10), "ru", ReportFormat.XLSX)
    figures = make_report(db, request, target)
    book = load_workbook(target)
    received = next(
        r
        for r in book["Основные показатели"].iter_rows(min_row=2, values_only=True)
        if r[0] == "Поступило дел"
    )
    assert received[1] == figures.current.received == 3
    family = next(r for r in book["Категории"].iter_rows(min_row=2, values_only=True) if r[0] == "Семейный")
    assert family[1] == 3
    assert [p.name for p in target.parent.iterdir()] == ["october.xlsx"]


def test_empty_tables_say_so_in_their_sheet() -> None:
    book, _ = workbook(replace(empty_figures(), mediators=[]), "kk")
    sheet = book["Медиаторлар"]
    assert sheet.cell(2, 1).value == "Бұл кезеңде бірде-бір медиаторда медиациядағы іс болған жоқ."


def test_the_trend_stops_at_the_month_the_report_was_made() -> None:
    """A year's report made on 3 November: no December row of zeros that would read as an empty month."""
    book, _ = workbook(council_figures(), "ru")
    months = [r[0] for r in book["Двенадцать месяцев"].iter_rows(min_row=2, values_only=True) if r[1] is not None]
    assert months[0] == "январь 2026 г." and months[-1] == "ноябрь 2026 г." and len(months) == 11
