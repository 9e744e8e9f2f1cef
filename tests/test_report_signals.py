"""The early-warning section of a council's report: built from a real database, printed in the PDF (read
back with pypdf, in Kazakh and Russian) and held in the XLSX (read back with openpyxl)."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta, timezone

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.reports.builder import build_report
from app.reports.figures import ReportFigures
from app.reports.periods import Period
from app.reports.report_pdf import render_pdf
from app.reports.report_tables import report_tables
from app.reports.report_xlsx import render_xlsx
from app.storage.database import Database
from tests.signals_world import BAYZAK, CENTRE, HOUSE, KORDAY, REGION, REPUBLIC, add, baseline_months

KZ = timezone(timedelta(hours=5))
MADE_AT = datetime(2026, 11, 21, 10, 0, tzinfo=KZ)
OCTOBER = [date(2026, 10, 2) + timedelta(days=i) for i in range(7)]
KORDAY_NAMES = {"kk": "Қордай ауданы", "ru": "Кордайский район", "en": "Korday District"}


@pytest.fixture
def region(db: Database) -> Database:
    """Zhambyl: Korday's inter-ethnic cases from one a month to seven in October (alert), Bayzak's group
    disputes from one to four (watch), the House of Friendship's steady five recurrences (normal)."""
    add(db, "inter_ethnic", baseline_months(), unit=CENTRE, district=KORDAY)
    add(db, "inter_ethnic", OCTOBER, unit=CENTRE, district=KORDAY)
    add(db, "group_dispute", baseline_months(), unit=CENTRE, district=BAYZAK)
    add(db, "group_dispute", OCTOBER[:4], unit=CENTRE, district=BAYZAK)
    add(db, "recurrence", [d for d in baseline_months() for _ in range(5)], unit=HOUSE, district=None)
    add(db, "recurrence", [OCTOBER[0]] * 5, unit=HOUSE, district=None)
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


def test_a_regional_report_lists_the_raised_signals_of_its_month(region: Database) -> None:
    warning = _figures(region, REGION, Period.month(2026, 10)).early_warning
    assert warning is not None and warning.period == "2026-10"
    assert (warning.baseline_months, warning.min_count, warning.watch_one_in, warning.alert_one_in) == (
        12, 3, 20, 1000,
    )  # fmt: skip
    raised = [(r.place_code, r.indicator, r.count, r.level) for r in warning.raised]
    # Alerts first: Korday's seven as the district, the centre's own row and the council's whole region
    # (equally unlikely by chance: in the order of place kind and code); then Bayzak's watch.
    assert raised[:3] == [
        (KORDAY, "inter_ethnic", 7, "alert"),
        (CENTRE, "inter_ethnic", 7, "alert"),
        (REGION, "inter_ethnic", 7, "alert"),
    ]
    assert (BAYZAK, "group_dispute", 4, "watch") in raised[3:]
    assert not any(r[1] == "recurrence" for r in raised)  # a steady five is normal
    assert warning.raised[0].names == KORDAY_NAMES
    # The twelve months of the top raised, each drawn once: the centre's and the council's inter-ethnic
    # months are Korday's, their group disputes Bayzak's.
    assert [(t.place_code, t.indicator) for t in warning.trends] == [
        (KORDAY, "inter_ethnic"),
        (BAYZAK, "group_dispute"),
    ]
    korday = next(t for t in warning.trends if (t.place_code, t.indicator) == (KORDAY, "inter_ethnic"))
    assert (korday.months[0].year, korday.months[0].month) == (2025, 11)
    assert [m.count for m in korday.months] == [1] * 11 + [7]
    assert korday.months[-1].level == "alert" and korday.months[-1].expected == pytest.approx(1.0)


def test_a_centres_report_has_no_early_warning(region: Database) -> None:
    figures = _figures(region, CENTRE, Period.month(2026, 10))
    assert figures.early_warning is None
    assert not {"early_warning", "early_warning_trends"} & {t.key for t in report_tables(figures, "kk")}


def test_a_years_report_looks_at_the_last_month_begun(region: Database) -> None:
    # Made on 21 November: December has not begun; November, a third over, has nothing yet.
    warning = _figures(region, REPUBLIC, Period.year(2026)).early_warning
    assert warning is not None and warning.period == "2026-11"
    assert warning.raised == [] and warning.trends == []
    tables = {t.key: t for t in report_tables(_figures(region, REPUBLIC, Period.year(2026)), "ru")}
    assert tables["early_warning"].rows == ()
    assert "ноябрь 2026" in tables["early_warning"].empty_text
    assert "early_warning_trends" not in tables


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_pdf_prints_the_signals_and_their_trend(region: Database, lang: str) -> None:
    figures = _figures(region, REPUBLIC, Period.month(2026, 10))
    tables = {t.key: t for t in report_tables(figures, lang)}
    text = _pdf_text(figures, lang)
    signals = tables["early_warning"]
    assert signals.title in text
    assert {
        "kk": "Ерте ескерту белгілері, 2026 жылғы қазан",
        "ru": "Сигналы раннего предупреждения, октябрь 2026 г.",
    }[lang] in text
    alert, watch = {"kk": ("Дабыл", "Бақылау"), "ru": ("Тревога", "Наблюдение")}[lang]
    # The row of Korday: its name, code, what is counted, 7 against 1.0, alert.
    indicator = signals.rows[0].cells[2].value
    assert f"{KORDAY_NAMES[lang]} {KORDAY} {indicator} 7 1,0 {alert}" in text
    assert watch in text
    # The chart: its title and legend (the trend's table of numbers is for the XLSX).
    chart_title, legend = {
        "kk": ("Ерте ескерту белгілері: соңғы он екі ай", "Сол жердің алдыңғы айларына қарай күтілетіні"),
        "ru": ("Сигналы раннего предупреждения: последние двенадцать месяцев", "Ожидаемое по предыдущим"),
    }[lang]
    assert chart_title in text and legend in text
    assert {"kk": "Пуассон", "ru": "Пуассона"}[lang] in text


def test_the_xlsx_has_the_signals_and_the_months(region: Database) -> None:
    figures = _figures(region, REGION, Period.month(2026, 10))
    tables = report_tables(figures, "ru")
    buffer = io.BytesIO()
    names = render_xlsx(figures, "ru", buffer, tables)
    buffer.seek(0)
    book = load_workbook(buffer)
    keys = [t.key for t in tables]
    signals = book[names[keys.index("early_warning") + 1]]
    rows = [[c.value for c in row][:6] for row in signals.iter_rows(min_row=2, max_row=6)]
    korday = next(row for row in rows if row[1] == KORDAY)
    assert korday == [
        KORDAY_NAMES["ru"],
        KORDAY,
        "Дела с межэтническим аспектом",
        7,
        pytest.approx(1.0),
        "Тревога",
    ]
    assert any(row[1] == BAYZAK and row[5] == "Наблюдение" for row in rows)
    months = book[names[keys.index("early_warning_trends") + 1]]
    assert months["A2"].value == "ноябрь 2025 г." and months["A13"].value == "октябрь 2026 г."
    column = next(c.column for c in months[1] if c.value and KORDAY_NAMES["ru"] in str(c.value))
    assert [months.cell(r, column).value for r in range(2, 14)] == [1] * 11 + [7]
