"""The report as an XLSX workbook for those who work on the numbers: the PDF's tables, one sheet each.

A first "About" sheet says whose figures these are (unit, period, time made, fingerprint) and lists
the definitions; each table's sheet has its heading row bold and frozen, numbers stored as numbers
(a rate as a fraction with a percent format, so a formula can use it) and its notes below the rows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import IO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.reports.figures import ReportFigures
from app.reports.labels import labels
from app.reports.pdf_page import local_stamp
from app.reports.report_tables import CellKind, ReportTable, heading, report_tables

MAX_SHEET_NAME = 31  # Excel's limit
_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")  # characters Excel refuses in a sheet name
NUMBER_FORMATS = {
    CellKind.COUNT: "#,##0",
    CellKind.PERCENT: "0.0%",
    CellKind.DECIMAL: "0.0",
    CellKind.COUNT_CHANGE: "+#,##0;-#,##0;0",
    CellKind.POINTS_CHANGE: "+0.0;-0.0;0.0",
    CellKind.DECIMAL_CHANGE: "+0.0;-0.0;0.0",
}
HEADER_FILL = PatternFill("solid", fgColor="E4EAF0")
BOLD = Font(bold=True)
NOTE_FONT = Font(italic=True, color="5B6670")
TOTAL_BORDER = Border(top=Side(style="thin", color="1F2A36"))
MIN_WIDTH, MAX_WIDTH = 8, 60


def sheet_names(tables: Sequence[ReportTable], reserved: Sequence[str] = ()) -> list[str]:
    """A valid, unique sheet name for each table: forbidden characters out, at most 31, numbered if twice."""
    taken = {name.casefold() for name in reserved}  # Excel compares sheet names without case
    names = []
    for table in tables:
        base = clean_sheet_name(table.sheet, table.key)
        name, n = base, 1
        while name.casefold() in taken:
            n += 1
            suffix = f" ({n})"
            name = base[: MAX_SHEET_NAME - len(suffix)].rstrip() + suffix
        taken.add(name.casefold())
        names.append(name)
    return names


def clean_sheet_name(text: str, fallback: str) -> str:
    """Forbidden characters replaced, no quote at either end, at most 31 characters."""
    name = re.sub(r"\s+", " ", _FORBIDDEN.sub(" ", text)).strip().strip("'").strip()
    return (name or fallback)[:MAX_SHEET_NAME].rstrip()


def render_xlsx(
    figures: ReportFigures,
    lang: str,
    target: str | IO[bytes],
    tables: Sequence[ReportTable] | None = None,
) -> list[str]:
    """Write the workbook to `target`; returns the sheet names in order (the About sheet first)."""
    tables = list(tables) if tables is not None else report_tables(figures, lang)
    lb = labels(lang)
    about_name = clean_sheet_name(lb.tr.translate("ReportXlsx", "About"), "About")
    names = sheet_names(tables, reserved=[about_name])
    book = Workbook()
    about = book.active
    assert about is not None  # a new workbook always has its first sheet
    about.title = about_name
    _write_about(about, figures, lang, tables, names)
    for table, name in zip(tables, names, strict=True):
        _write_table(book.create_sheet(name), table)
    book.properties.title = f"{heading(figures, lang).title}: {heading(figures, lang).unit_name}"
    book.properties.creator = "Tatulyq"
    book.save(target)
    return [about_name, *names]


def _write_about(
    sheet: Worksheet, figures: ReportFigures, lang: str, tables: Sequence[ReportTable], names: Sequence[str]
) -> None:
    lb = labels(lang)
    tr = lb.tr
    head = heading(figures, lang)
    sheet.append([f"{head.assembly} · {head.service}"])
    sheet.append([f"{head.title}: {head.period}"])
    sheet["A2"].font = Font(bold=True, size=14)
    sheet.append([])
    facts = [
        (tr.translate("ReportXlsx", "Unit"), head.unit_name),
        (tr.translate("ReportXlsx", "Unit code"), figures.unit_code),
        (tr.translate("ReportXlsx", "Kind of unit"), head.unit_kind),
        (tr.translate("ReportXlsx", "Period"), head.period),
        (tr.translate("ReportXlsx", "First day"), lb.date(figures.period.start)),
        (tr.translate("ReportXlsx", "Last day"), lb.date(figures.period.end)),
        (tr.translate("ReportXlsx", "Language of the report"), lb.report_language()),
        (tr.translate("ReportXlsx", "Made (local time)"), local_stamp(figures.made_at)),
        (tr.translate("ReportXlsx", "Data fingerprint"), figures.fingerprint()),
    ]
    for label, value in facts:
        sheet.append([label, value])
        sheet.cell(sheet.max_row, 1).font = BOLD
    sheet.append([])
    sheet.append([tr.translate("ReportXlsx", "Sheets")])
    sheet.cell(sheet.max_row, 1).font = BOLD
    for table, name in zip(tables, names, strict=True):
        sheet.append([name, table.title])
    sheet.append([])
    sheet.append([tr.translate("ReportXlsx", "Definitions")])
    sheet.cell(sheet.max_row, 1).font = BOLD
    for table in tables:
        for note in (*table.notes, *table.definitions):
            sheet.append([table.title, note])
            sheet.cell(sheet.max_row, 2).alignment = Alignment(wrap_text=True, vertical="top")
            sheet.cell(sheet.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 100


def _write_table(sheet: Worksheet, table: ReportTable) -> None:
    sheet.append([column.heading for column in table.columns])
    for index, column in enumerate(table.columns, start=1):
        head = sheet.cell(1, index)
        head.font = BOLD
        head.fill = HEADER_FILL
        head.alignment = Alignment(
            wrap_text=True, vertical="bottom", horizontal="right" if column.numeric else "left"
        )
    for row in table.rows:
        sheet.append([cell.value for cell in row.cells])
        r = sheet.max_row
        for index, value in enumerate(row.cells, start=1):
            target = sheet.cell(r, index)
            if value.kind in NUMBER_FORMATS and isinstance(value.value, int | float):
                target.number_format = NUMBER_FORMATS[value.kind]
            if row.total:
                target.font = BOLD
                target.border = TOTAL_BORDER
            if row.indent and index == 1:
                target.alignment = Alignment(indent=1)
    if not table.rows and table.empty_text:
        sheet.append([table.empty_text])
    if table.notes or table.definitions:
        sheet.append([])
        for note in (*table.notes, *table.definitions):
            sheet.append([note])
            sheet.cell(sheet.max_row, 1).font = NOTE_FONT
    # The heading row stays in view while scrolling, and the names column while scrolling sideways.
    sheet.freeze_panes = "B2"
    _fit_columns(sheet, table)


def _fit_columns(sheet: Worksheet, table: ReportTable) -> None:
    """Column widths from the longest heading word and the longest value (notes are left to overflow)."""
    for index, column in enumerate(table.columns, start=1):
        words = max((len(word) for word in column.heading.split()), default=0)
        values = [len(_shown(row.cells[index - 1].value, row.cells[index - 1].kind)) for row in table.rows]
        widest = max([words, min(len(column.heading), 24), *values])
        sheet.column_dimensions[get_column_letter(index)].width = max(MIN_WIDTH, min(MAX_WIDTH, widest + 3))


def _shown(value: object, kind: CellKind) -> str:
    if value is None:
        return ""
    if kind is CellKind.PERCENT and isinstance(value, float):
        return f"{value * 100:.1f}%"
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)
