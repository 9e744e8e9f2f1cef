"""A register as read from its file: the header found above the data, and the data rows below it.

Registers kept by hand rarely start at A1 with one header row. Above the header there is often a title
("2025 жылғы медиация істерінің тізілімі" merged across the sheet); the header itself may take two rows
with merged cells ("Тараптар" over "Өтініш беруші" and "Жауапкер"); under it some put a row of column
numbers 1, 2, 3 ...; the data has empty rows between months. The header is therefore looked for, not
assumed: the first row where several cells read like known column names, else the first row of text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from openpyxl.utils.cell import get_column_letter

Cell = object  # str, int, float, bool, date, datetime or None: what openpyxl or csv gives
Merge = tuple[int, int, int, int]  # min_row, min_col, max_row, max_col (1-based, as in Excel)

HEADER_SEARCH_ROWS = 30


@dataclass(frozen=True)
class SourceRow:
    number: int  # the row's number as the user sees it: Excel's row number, or the CSV record
    values: tuple[Cell, ...]


@dataclass
class SourceTable:
    name: str  # the file's name, without its folder
    sha256: str
    sheet: str | None  # None for a CSV file
    sheets: list[str]
    headers: list[str]  # one per column; "" where the column has no header
    header_rows: list[int]
    rows: list[SourceRow] = field(default_factory=list)
    epoch: datetime = datetime(1899, 12, 30)  # day 0 of the workbook's serial dates

    @property
    def width(self) -> int:
        return len(self.headers)

    def column_name(self, index: int) -> str:
        """The header, or the column's letter when it has none."""
        return self.headers[index] or get_column_letter(index + 1)

    def column_values(self, index: int) -> list[Cell]:
        return [row.values[index] if index < len(row.values) else None for row in self.rows]


def text_of(value: Cell) -> str:
    """A cell as text, with the spaces people type by accident (and Excel's line breaks) made single."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def is_empty(values: Sequence[Cell]) -> bool:
    return all(text_of(v) == "" for v in values)


def _fill_merges(rows: dict[int, list[Cell]], merges: Sequence[Merge]) -> None:
    """Give every cell of a merged range the value of its top-left cell (the only one Excel stores)."""
    for min_row, min_col, max_row, max_col in merges:
        top = rows.get(min_row)
        if top is None or min_col - 1 >= len(top):
            continue
        value = top[min_col - 1]
        for r in range(min_row, max_row + 1):
            target = rows.get(r)
            if target is None:
                continue
            while len(target) < max_col:
                target.append(None)
            for c in range(min_col - 1, max_col):
                if target[c] is None:
                    target[c] = value


def _is_numbering(values: Sequence[Cell]) -> bool:
    """The row of column numbers (1, 2, 3 ...) some put under the header."""
    texts = [text_of(v) for v in values if text_of(v)]
    return len(texts) >= 3 and texts == [str(i) for i in range(1, len(texts) + 1)]


def _is_text_row(values: Sequence[Cell]) -> bool:
    cells = [v for v in values if text_of(v)]
    return len(cells) >= 2 and all(isinstance(v, str) for v in cells)


def build_table(
    raw: Sequence[tuple[int, list[Cell]]],
    merges: Sequence[Merge],
    looks_like_header: Callable[[str], bool],
    *,
    name: str,
    sha256: str,
    sheet: str | None,
    sheets: list[str],
    epoch: datetime,
) -> SourceTable:
    """The table from the raw rows (row number, cells), header found and data rows kept in order."""
    by_number = dict(raw)
    _fill_merges(by_number, merges)
    candidates = [(n, v) for n, v in raw[: HEADER_SEARCH_ROWS * 3] if not is_empty(v)][:HEADER_SEARCH_ROWS]
    header_at = _header_row(candidates, looks_like_header)
    header_rows = [header_at] if header_at is not None else []
    if header_at is not None:
        header_rows.extend(_more_header_rows(header_at, by_number, merges))
    last_header = header_rows[-1] if header_rows else 0
    width = max((len(v) for _, v in raw), default=0)
    headers = [_header_text([by_number[r] for r in header_rows], col) for col in range(width)]

    rows: list[SourceRow] = []
    numbering_checked = False
    for number, values in raw:
        if number <= last_header or is_empty(values):
            continue
        if not numbering_checked:
            numbering_checked = True
            if header_rows and _is_numbering(values):
                continue
        rows.append(SourceRow(number, tuple(values)))
    used = max(_last_filled(headers), max((_last_filled(r.values) for r in rows), default=0))
    return SourceTable(
        name=name,
        sha256=sha256,
        sheet=sheet,
        sheets=sheets,
        headers=(headers + [""] * used)[:used],
        header_rows=header_rows,
        rows=[SourceRow(r.number, _padded(r.values, used)) for r in rows],
        epoch=epoch,
    )


def _last_filled(values: Sequence[Cell]) -> int:
    for index in range(len(values), 0, -1):
        if text_of(values[index - 1]):
            return index
    return 0


def _padded(values: Sequence[Cell], width: int) -> tuple[Cell, ...]:
    return tuple(values[:width]) + (None,) * (width - len(values[:width]))


def _header_row(
    candidates: Sequence[tuple[int, list[Cell]]], looks_like_header: Callable[[str], bool]
) -> int | None:
    for number, values in candidates:
        known = sum(1 for v in values if isinstance(v, str) and looks_like_header(v))
        if known >= 2:
            return number
    for number, values in candidates:
        if _is_text_row(values):
            return number
    return None


def _more_header_rows(first: int, rows: dict[int, list[Cell]], merges: Sequence[Merge]) -> list[int]:
    """Rows under the first header row that belong to it: reached by a merge that starts in the header,
    or under a group header merged across columns (its sub-headers)."""
    extra: list[int] = []
    last = first
    while True:
        below = last + 1
        spans_down = any(m[0] <= last and m[2] >= below for m in merges)
        groups_across = any(m[0] == last and m[2] == last and m[3] > m[1] for m in merges)
        if (spans_down or groups_across) and below in rows and _is_text_row(rows[below]):
            extra.append(below)
            last = below
        else:
            return extra


def _header_text(header_rows: Sequence[list[Cell]], column: int) -> str:
    parts: list[str] = []
    for values in header_rows:
        text = text_of(values[column]) if column < len(values) else ""
        if text and text not in parts:  # a cell merged down repeats its text: say it once
            parts.append(text)
    return " / ".join(parts)
