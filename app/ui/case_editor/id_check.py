"""The live IIN/BIN check: what the number says (birth date and sex, registration) or what is wrong with it.

A wrong number is told with the same words a refused save uses (app/ui/messages.py, keys iin.* and bin.*).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from app.errors import ValidationError
from app.models.enums import Sex
from app.services import iin
from app.ui.messages import message_for


@dataclass(frozen=True)
class IdCheck:
    text: str
    ok: bool | None  # True: valid; False: wrong; None: nothing to say yet (empty or still typing)
    sex: Sex | None = None
    birth_date: date | None = None


translate = QCoreApplication.translate  # the name lupdate looks for


def error_text(error: iin.IdNumberError) -> str:
    return message_for(ValidationError(error.key, error.message, **error.params))


def _still_typing(number: str) -> bool:
    return number.isascii() and number.isdigit() and len(number) < 12


def check_iin(value: str, today: date) -> IdCheck:
    number = value.strip()
    if not number:
        return IdCheck("", None)
    if _still_typing(number):
        return IdCheck(translate("IdCheck", "{count} of 12 digits").format(count=len(number)), None)
    try:
        info = iin.parse_iin(number, today)
    except iin.IdNumberError as error:
        return IdCheck(error_text(error), False)
    born = info.birth_date.strftime("%d.%m.%Y")
    if info.sex is Sex.FEMALE:
        text = translate("IdCheck", "Born {date}, female").format(date=born)
    else:
        text = translate("IdCheck", "Born {date}, male").format(date=born)
    return IdCheck(text, True, info.sex, info.birth_date)


def check_bin(value: str) -> IdCheck:
    number = value.strip()
    if not number:
        return IdCheck("", None)
    if _still_typing(number):
        return IdCheck(translate("IdCheck", "{count} of 12 digits").format(count=len(number)), None)
    try:
        info = iin.parse_bin(number)
    except iin.IdNumberError as error:
        return IdCheck(error_text(error), False)
    return IdCheck(
        translate("IdCheck", "Registered in {month}.{year}").format(
            month=f"{info.registered_month:02d}", year=info.registered_year
        ),
        True,
    )
