"""Reading a register from an Excel workbook (.xlsx) or a CSV file into a SourceTable.

Workbooks are read with openpyxl in read-only mode, row by row, so a 50 000-row register never builds a
whole workbook in memory. Read-only mode does not report merged cells; they are read from the sheet's
own XML (the <mergeCells> list after the data), so a header merged across or down is still understood.
CSV files come from Excel in UTF-8 (with or without its BOM) or, on older Windows, in cp1251, with ";"
(the Russian and Kazakh Excel default) or "," between the fields.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries
from openpyxl.utils.exceptions import InvalidFileException

from app.errors import ValidationError
from app.services.importing.headers import looks_like_header
from app.services.importing.table import Cell, Merge, SourceTable, build_table

Progress = Callable[[int, int], None]

EXCEL_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt")
_REPORT_EVERY = 2000
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)"')
_DATA_END = re.compile(rb"</(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\s*/>")
_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _unreadable(path: Path) -> ValidationError:
    return ValidationError(
        "import.file_unreadable",
        f"The file {path.name} cannot be read: it is damaged, or not a workbook or CSV file.",
        name=path.name,
    )


def _check_kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in EXCEL_SUFFIXES or suffix in CSV_SUFFIXES:
        return suffix
    raise ValidationError(
        "import.file_type",
        f"{path.name}: only Excel workbooks (.xlsx) and CSV files can be imported; "
        "save an older .xls workbook as .xlsx first.",
        name=path.name,
    )


def _digest(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError as error:
        raise _unreadable(path) from error


def sheet_names(path: Path) -> list[str]:
    """The workbook's sheets, in order; a CSV file has none."""
    if _check_kind(path) in CSV_SUFFIXES:
        return []
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise _unreadable(path) from error
    try:
        return list(book.sheetnames)
    finally:
        book.close()


def read_source(path: Path, sheet: str | None = None, progress: Progress | None = None) -> SourceTable:
    """The register in ``path`` (the given sheet, else the workbook's active one)."""
    path = Path(path)
    kind = _check_kind(path)
    digest = _digest(path)
    if kind in CSV_SUFFIXES:
        raw = _read_csv(path, progress)
        return build_table(
            raw,
            [],
            looks_like_header,
            name=path.name,
            sha256=digest,
            sheet=None,
            sheets=[],
            epoch=datetime(1899, 12, 30),
        )
    raw, merges, chosen, sheets, epoch = _read_xlsx(path, sheet, progress)
    return build_table(
        raw,
        merges,
        looks_like_header,
        name=path.name,
        sha256=digest,
        sheet=chosen,
        sheets=sheets,
        epoch=epoch,
    )


def _read_xlsx(
    path: Path, sheet: str | None, progress: Progress | None
) -> tuple[list[tuple[int, list[Cell]]], list[Merge], str, list[str], datetime]:
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise _unreadable(path) from error
    try:
        sheets = list(book.sheetnames)
        chosen = sheet if sheet is not None else book.active.title if book.active is not None else sheets[0]
        if chosen not in sheets:
            raise ValidationError(
                "import.sheet_not_found", f"The workbook has no sheet called {chosen!r}.", sheet=chosen
            )
        worksheet = book[chosen]
        estimate = worksheet.max_row or 0  # from the sheet's own dimension record: a hint only
        # Some programs write a wrong dimension (just "A1"); without it every row is read whole.
        worksheet.reset_dimensions()
        raw: list[tuple[int, list[Cell]]] = []
        for number, values in enumerate(worksheet.iter_rows(min_row=1, values_only=True), start=1):
            raw.append((number, list(values)))
            if progress is not None and number % _REPORT_EVERY == 0:
                progress(number, max(estimate, number))
        epoch = book.epoch
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, ElementTree.ParseError) as error:
        raise _unreadable(path) from error  # a sheet's XML broken half-way
    finally:
        book.close()
    if progress is not None:
        progress(len(raw), len(raw))
    return raw, _merged_ranges(path, chosen), chosen, sheets, epoch


def _sheet_part(archive: zipfile.ZipFile, sheet: str) -> str | None:
    """The archive path of the named sheet's XML, through workbook.xml and its relationships."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rel_id = next(
        (s.get(f"{_NS_REL}id") for s in workbook.iter(f"{_NS_MAIN}sheet") if s.get("name") == sheet), None
    )
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    target = next(
        (r.get("Target") for r in rels.iter(f"{_NS_PKG}Relationship") if r.get("Id") == rel_id), None
    )
    if target is None:
        return None
    if target.startswith("/"):
        return target.lstrip("/")
    return str(PurePosixPath("xl") / target)


def _merged_ranges(path: Path, sheet: str) -> list[Merge]:
    """Merged ranges of the sheet; none when they cannot be found (the data is still read)."""
    after: bytes | None = None
    try:
        with zipfile.ZipFile(path) as archive:
            part = _sheet_part(archive, sheet)
            if part is None:
                return []
            with archive.open(part) as stream:
                # <mergeCells> follows the data: stream the data past, keep only what comes after it.
                carry = b""
                while chunk := stream.read(1 << 20):
                    if after is not None:
                        after += chunk
                        continue
                    window = carry + chunk
                    found = _DATA_END.search(window)
                    if found:
                        after = window[found.end() :]
                    else:
                        carry = window[-32:]  # an end tag may straddle two chunks
    except (zipfile.BadZipFile, KeyError, OSError, ElementTree.ParseError):
        return []
    merges: list[Merge] = []
    for ref in _MERGE.findall(after or b""):
        min_col, min_row, max_col, max_row = range_boundaries(ref.decode("ascii"))
        if min_col and min_row and max_col and max_row:
            merges.append((min_row, min_col, max_row, max_col))
    return merges


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Not UTF-8: the Cyrillic code page of older Windows (Excel's "CSV (разделители - запятые)").
        return data.decode("cp1251", errors="replace")


def _delimiter(text: str) -> str:
    sample = "\n".join(line for line in text.splitlines()[:50] if line.strip())
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        return max(";,\t", key=first.count)


def _read_csv(path: Path, progress: Progress | None) -> list[tuple[int, list[Cell]]]:
    try:
        text = _decode(path.read_bytes())
    except OSError as error:
        raise _unreadable(path) from error
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    raw: list[tuple[int, list[Cell]]] = []
    try:
        for number, record in enumerate(reader, start=1):
            raw.append((number, [cell if cell.strip() else None for cell in record]))
            if progress is not None and number % _REPORT_EVERY == 0:
                progress(number, number)
    except csv.Error as error:
        raise _unreadable(path) from error
    if progress is not None:
        progress(len(raw), len(raw))
    return raw
