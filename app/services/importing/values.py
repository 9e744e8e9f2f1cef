"""Reading one cell as a date, a yes/no, an IIN or a value of the program's lists.

Dates come three ways: a real Excel date, an Excel serial number (45 658 is 01.01.2025) in a cell
nobody formatted, or text typed as dd.MM.yyyy (also d.M.yyyy, dd.MM.yy, dd/MM/yyyy) or ISO yyyy-MM-dd.
Each reader returns None for an empty cell and raises Unreadable for a value it cannot read, which the
row check turns into a problem for that cell.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import Enum

from openpyxl.utils.datetime import from_excel

from app.services.importing.fields import Field, choices_of
from app.services.importing.matching import matches, normalise
from app.services.importing.table import Cell, text_of
from app.services.importing.wordings import NO, VALUES, YES

_DAY_FIRST = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_ISO = re.compile(r"^(\d{4})[-.](\d{1,2})[-.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_SERIAL = re.compile(r"^\d{4,5}(?:[.,]\d+)?$")
# Serial dates outside these years are more likely a number typed in the wrong column than a date.
_FIRST_YEAR, _LAST_YEAR = 1950, 2100


class Unreadable(ValueError):  # noqa: N818 - a reading outcome, told to the user as a problem
    """The cell holds something, but not a value of the kind its column needs."""


def _plausible(day: date) -> date:
    if not _FIRST_YEAR <= day.year <= _LAST_YEAR:
        raise Unreadable(str(day))
    return day


def _from_serial(number: float, epoch: datetime) -> date:
    if number <= 0:
        raise Unreadable(str(number))
    try:
        moment = from_excel(number, epoch)
    except (OverflowError, ValueError) as error:
        raise Unreadable(str(number)) from error
    if not isinstance(moment, datetime):
        raise Unreadable(str(number))
    return _plausible(moment.date())


def read_date(value: Cell, epoch: datetime) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return _plausible(value.date())
    if isinstance(value, date):
        return _plausible(value)
    if isinstance(value, bool):
        raise Unreadable(str(value))
    if isinstance(value, int | float):
        return _from_serial(float(value), epoch)
    text = text_of(value)
    try:
        if found := _DAY_FIRST.match(text):
            day, month, year = (int(part) for part in found.groups())
            if year < 100:
                year += 2000  # «05.03.25»: registers of this century
            return _plausible(date(year, month, day))
        if found := _ISO.match(text):
            year, month, day = (int(part) for part in found.groups())
            return _plausible(date(year, month, day))
    except ValueError as error:  # 31.02.2025
        raise Unreadable(text) from error
    if _SERIAL.match(text):
        return _from_serial(float(text.replace(",", ".")), epoch)
    raise Unreadable(text)


def read_flag(value: Cell) -> bool | None:
    if isinstance(value, bool):
        return value
    text = text_of(value).casefold()
    if not text:
        return None
    for candidate in (text, normalise(text)):
        if candidate in YES:
            return True
        if candidate in NO:
            return False
    raise Unreadable(text)


def read_consent(value: Cell, epoch: datetime) -> tuple[bool, date | None] | None:
    """Consent to personal-data processing as a yes/no or as the date it was given."""
    try:
        flag = read_flag(value)
    except Unreadable:
        day = read_date(value, epoch)
        return None if day is None else (True, day)
    return None if flag is None else (flag, None)


def read_id_number(value: Cell) -> str | None:
    """An IIN or BIN as typed. A number cell lost its leading zero (IINs of people born in 2000-2009
    start with 0): eleven digits get it back."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        digits = str(int(value))
        return digits.zfill(12) if len(digits) == 11 else digits
    text = str(value).strip()
    return text or None


def guess_value(field: Field, raw: str) -> Enum | None:
    """The item of the field's list a register's wording most likely means, or None."""
    text = normalise(raw)
    if not text:
        return None
    enum_cls = choices_of(field)
    for member in enum_cls:
        if text == normalise(str(member.value)):
            return member
    for value, words in VALUES.get(field, ()):
        if any(matches((word,), text) for word in words):
            return enum_cls(value)
    return None
