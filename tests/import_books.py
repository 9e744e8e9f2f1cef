"""Registers as centres keep them, built with openpyxl for the import tests (tests/test_import_*.py).

The Kazakh register has what hand-kept workbooks have: a title merged across the sheet, a two-row header
with «Тараптар» merged over «Өтініш беруші» and «Жауапкер», the other headers merged down, a row of
column numbers under the header, and empty rows between months. The Russian one is a plain table.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from app.models.enums import Sex
from app.services import iin

KK_HEADERS = (
    "№ р/с",
    "Түскен күні",
    "Дау санаты",
    "Түсу арнасы",
    "Тараптар",  # merged over the next column; its two sub-headers are on the row below
    None,
    "Өтініш берушінің ЖСН",
    "Медиация туралы шарт жасалған күні",
    "Нәтижесі",
    "Аяқталған күні",
)
RU_HEADERS = (
    "Рег. №",
    "Дата поступления",
    "Вид спора",
    "Источник обращения",
    "Заявитель (Ф.И.О.)",
    "ИИН заявителя",
    "Ответчик",
    "Дата договора о медиации",
    "Результат медиации",
    "Дата окончания",
    "Статус",
)

VALID_IIN = iin.make_iin(date(1985, 3, 14), Sex.MALE, 1234)
VALID_IIN_2000S = iin.make_iin(date(2003, 7, 9), Sex.FEMALE, 77)  # starts with 0: Excel drops it
BAD_IIN = VALID_IIN[:11] + str((int(VALID_IIN[11]) + 1) % 10)  # one digit mistyped


@dataclass
class Row:
    intake: object  # a date, an Excel serial number or text, as the register has it
    category: str = "Отбасылық"
    channel: str = "Әкімдік"
    applicant: str | None = "Өмірбеков Ғалымжан"
    respondent: str | None = "Иванова Ольга"
    applicant_iin: object = None
    agreement: object = None
    outcome: str | None = None
    ended: object = None
    number: str | None = None
    status: str | None = None


def kazakh_book(path: Path, rows: Sequence[Row], *, gaps: Iterable[int] = (), sheet: str = "Тізілім") -> Path:
    """The hand-kept Kazakh register; an empty row is left before each row index in ``gaps``."""
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet
    ws["A1"] = "2025 жылғы медиация істерінің тізілімі"
    ws.merge_cells("A1:J1")
    for column, header in enumerate(KK_HEADERS, start=1):
        if header is not None:
            ws.cell(2, column, header)
    ws.merge_cells("E2:F2")
    ws.cell(3, 5, "Өтініш беруші")
    ws.cell(3, 6, "Жауапкер")
    for letter in "ABCDGHIJ":
        ws.merge_cells(f"{letter}2:{letter}3")
    ws.append(list(range(1, 11)))  # the row of column numbers under the header
    gap_before = set(gaps)
    for index, row in enumerate(rows):
        if index in gap_before:
            ws.append([])
        ws.append(
            [
                index + 1,
                row.intake,
                row.category,
                row.channel,
                row.applicant,
                row.respondent,
                row.applicant_iin,
                row.agreement,
                row.outcome,
                row.ended,
            ]
        )
    book.create_sheet("Ескертпелер").append(["Бұл парақта істер жоқ"])
    book.save(path)
    return path


def russian_book(path: Path, rows: Sequence[Row]) -> Path:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Реестр"
    ws.append(list(RU_HEADERS))
    for row in rows:
        ws.append(
            [
                row.number,
                row.intake,
                row.category,
                row.channel,
                row.applicant,
                row.applicant_iin,
                row.respondent,
                row.agreement,
                row.outcome,
                row.ended,
                row.status,
            ]
        )
    book.save(path)
    return path


def russian_csv(path: Path, rows: Sequence[Row], *, encoding: str, delimiter: str = ";") -> Path:
    """The same register saved by Excel as CSV (cp1251 on older Windows, UTF-8 with its BOM on newer)."""

    def cell(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, date):
            return f"{value:%d.%m.%Y}"
        text = str(value)
        return f'"{text}"' if delimiter in text or '"' in text else text

    lines = [delimiter.join(RU_HEADERS)]
    for row in rows:
        values = [
            row.number,
            row.intake,
            row.category,
            row.channel,
            row.applicant,
            row.applicant_iin,
            row.respondent,
            row.agreement,
            row.outcome,
            row.ended,
            row.status,
        ]
        lines.append(delimiter.join(cell(v) for v in values))
    path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")
    return path
