"""Validation of Kazakhstan IIN (ЖСН/ИИН, a person) and BIN (БСН/БИН, an organisation) numbers.

Every party to a mediation agreement is named by one of these 12-digit numbers. A number typed wrong
when the case is opened would end up on the signed agreement, where fixing it is costly, so the number
is checked as it is entered, by its own structure alone (no lookup in a national register).

Both numbers share one check digit, the 12th: the first 11 digits are weighted 1..11 and summed
mod 11. A result of 10 cannot be a single digit, so the sum is taken again with the weights
3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2; if that is 10 too, no number can start with those 11 digits.

* IIN: digits 1-6 are the birth date YYMMDD and digit 7 gives the century and sex (1/2 1800s,
  3/4 1900s, 5/6 2000s; odd male, even female), so a date that does not exist, or lies in the future,
  is caught even when the check digit happens to fit.
* BIN: digits 1-4 are the registration year and month YYMM, digit 5 the kind of entity (4 resident
  legal entity, 5 non-resident legal entity, 6 joint individual entrepreneurship) and digit 6 its
  attribute (0 head office, 1 branch, 2 representative office, 3 peasant farm).

The check digit is weaker than it looks. The 11th digit's weight is 11, which is 0 mod 11, so a typo
there goes unnoticed unless the number needs the second set of weights. A typo in any other digit is
caught unless the right or the mistyped number needs the second set of weights and the two check
digits happen to agree: about 1 such typo in 100.

Structural rules are checked before the check digit, so the person is told the most specific problem
(the month 13 they typed rather than a bare "checksum").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from enum import StrEnum
from typing import Final

from app.models.enums import Sex  # the one Sex of the domain, re-exported here

__all__ = [
    "BinInfo",
    "IdKind",
    "IdNumberError",
    "IinInfo",
    "Sex",
    "check_digit",
    "is_valid_bin",
    "is_valid_iin",
    "make_bin",
    "make_iin",
    "parse_bin",
    "parse_iin",
]

_LENGTH: Final = 12
_ASCII_DIGITS: Final = frozenset("0123456789")
_FIRST_WEIGHTS: Final = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_SECOND_WEIGHTS: Final = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_NO_SINGLE_DIGIT: Final = 10

# Kazakhstan has had a single time zone, UTC+5, since 1 March 2024. A birth date is "in the future"
# by the calendar of the person at the desk, not of the machine, whose clock may be set to UTC.
_KAZAKHSTAN_TZ: Final = timezone(timedelta(hours=5))

_BIN_ENTITY_TYPES: Final = frozenset({4, 5, 6})
_BIN_MAX_ATTRIBUTE: Final = 3
# A BIN carries only the last two digits of its registration year. Organisations registered in the
# 1990s hold BINs dated by that registration (9x...), so 90-99 are read as the 1990s and 00-89 as the
# 2000s: an assumption, but one that holds until 2090.
_BIN_FIRST_YEAR: Final = 1990
_BIN_LAST_YEAR: Final = 2089

_MAX_MAKE_TRIES: Final = 100


class IdKind(StrEnum):
    """Which kind of number; the value is also the prefix of its message keys."""

    IIN = "iin"
    BIN = "bin"


@dataclass(frozen=True)
class IinInfo:
    number: str
    birth_date: date
    sex: Sex


@dataclass(frozen=True)
class BinInfo:
    number: str
    registered_year: int
    registered_month: int
    entity_type: int


class IdNumberError(ValueError):
    """An IIN or BIN breaks a rule.

    ``key`` is the message key the desktop program translates, ``message`` readable English for the
    command line and the logs, and ``params`` the values a translated message needs (the same
    convention as :class:`app.errors.TatulyqError`, so a caller can pass all three on).
    """

    def __init__(self, key: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.key = key
        self.message = message
        self.params: dict[str, object] = params

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[type[IdNumberError], tuple[str, str], dict[str, object]]:
        # The default rebuilds the error from ``args`` (the message alone), which does not fit this
        # constructor, and errors cross process boundaries pickled.
        return type(self), (self.key, self.message), self.__dict__


def check_digit(first11: str) -> int | None:
    """The check digit for the first 11 digits, or None when no valid number starts with them.

    Raises ValueError when ``first11`` is not exactly 11 ASCII digits: that is a bug in the caller,
    not a wrong number typed by a person.
    """
    if len(first11) != _LENGTH - 1 or not _ASCII_DIGITS.issuperset(first11):
        raise ValueError(f"check_digit needs exactly 11 ASCII digits, got {first11!r}")
    digits = [int(char) for char in first11]
    for weights in (_FIRST_WEIGHTS, _SECOND_WEIGHTS):
        remainder = sum(digit * weight for digit, weight in zip(digits, weights, strict=True)) % 11
        if remainder != _NO_SINGLE_DIGIT:
            return remainder
    return None


def parse_iin(value: str, today: date | None = None) -> IinInfo:
    """Check an IIN and read the birth date and sex from it; raises IdNumberError.

    ``today`` is the last birth date accepted; by default the current date in Kazakhstan.
    """
    number = _twelve_digits(value, IdKind.IIN)

    century_digit = int(number[6])
    if not 1 <= century_digit <= 6:
        raise IdNumberError(
            "iin.century_digit",
            f"The 7th digit of an IIN gives the century of birth and the sex and must be 1 to 6; "
            f"{century_digit} was given.",
            digit=century_digit,
        )
    century = 1800 + 100 * ((century_digit - 1) // 2)
    sex = Sex.MALE if century_digit % 2 == 1 else Sex.FEMALE

    year, month, day = century + int(number[0:2]), int(number[2:4]), int(number[4:6])
    try:
        birth_date = date(year, month, day)
    except ValueError:
        raise IdNumberError(
            "iin.birth_date",
            f"The first six digits of an IIN are the birth date (YYMMDD), but {number[:6]} "
            f"(day {day:02d}, month {month:02d}, year {year}) is not a real date.",
            digits=number[:6],
            year=year,
            month=month,
            day=day,
        ) from None

    if today is None:
        today = _today_in_kazakhstan()
    if birth_date > today:
        raise IdNumberError(
            "iin.future_birth_date",
            f"The IIN gives the birth date {birth_date.isoformat()}, which is in the future.",
            birth_date=birth_date.isoformat(),
            today=today.isoformat(),
        )

    _verify_check_digit(number, IdKind.IIN)
    return IinInfo(number=number, birth_date=birth_date, sex=sex)


def parse_bin(value: str) -> BinInfo:
    """Check a BIN and read the registration year, month and entity type from it; raises IdNumberError."""
    number = _twelve_digits(value, IdKind.BIN)

    month = int(number[2:4])
    if not 1 <= month <= 12:
        raise IdNumberError(
            "bin.month",
            f"The 3rd and 4th digits of a BIN are the month of registration and must be 01 to 12; "
            f"{number[2:4]} was given.",
            month=month,
        )

    # One key for both digits: together they say what kind of organisation this is, and a single
    # translated sentence can name both.
    entity_type, attribute = int(number[4]), int(number[5])
    if entity_type not in _BIN_ENTITY_TYPES or attribute > _BIN_MAX_ATTRIBUTE:
        raise IdNumberError(
            "bin.entity_type",
            f"The 5th and 6th digits of a BIN give the kind of organisation: the 5th must be 4, 5 or 6 "
            f"and the 6th 0 to 3; {entity_type} and {attribute} were given.",
            entity_type=entity_type,
            attribute=attribute,
        )

    _verify_check_digit(number, IdKind.BIN)
    short_year = int(number[0:2])
    century = 1900 if 1900 + short_year >= _BIN_FIRST_YEAR else 2000
    return BinInfo(
        number=number,
        registered_year=century + short_year,
        registered_month=month,
        entity_type=entity_type,
    )


def is_valid_iin(value: str, today: date | None = None) -> bool:
    try:
        parse_iin(value, today)
    except IdNumberError:
        return False
    return True


def is_valid_bin(value: str) -> bool:
    try:
        parse_bin(value)
    except IdNumberError:
        return False
    return True


def make_iin(birth_date: date, sex: Sex, serial: int) -> str:
    """Build a valid IIN, for demo data and tests.

    Digits 8-11 are ``serial`` (0..9999) or, when that serial has no valid check digit, the next one
    that has (wrapping past 9999 to 0). Raises ValueError for a date outside 1800-2099, a serial out
    of range, or if no serial works within 100 tries (which the arithmetic rules out, but the loop is
    bounded all the same).
    """
    if not 1800 <= birth_date.year <= 2099:
        raise ValueError(f"An IIN can only carry a birth year from 1800 to 2099, not {birth_date.year}")
    if not 0 <= serial <= 9999:
        raise ValueError(f"The IIN serial must be 0 to 9999, not {serial}")
    century_digit = 2 * (birth_date.year // 100 - 18) + (1 if Sex(sex) is Sex.MALE else 2)
    prefix = f"{birth_date.year % 100:02d}{birth_date.month:02d}{birth_date.day:02d}{century_digit}"
    return _complete(prefix, serial, 4)


def make_bin(year: int, month: int, serial: int, entity_type: int = 4) -> str:
    """Build a valid BIN of a head office (6th digit 0), for demo data and tests.

    ``year`` is the full registration year, 1990 to 2089 (the years parse_bin reads back the same).
    Digits 7-11 are ``serial`` (0..99999) or the next serial with a valid check digit, as in make_iin.
    """
    if not _BIN_FIRST_YEAR <= year <= _BIN_LAST_YEAR:
        raise ValueError(
            f"The BIN registration year must be {_BIN_FIRST_YEAR} to {_BIN_LAST_YEAR}, not {year}"
        )
    if not 1 <= month <= 12:
        raise ValueError(f"The BIN registration month must be 1 to 12, not {month}")
    if entity_type not in _BIN_ENTITY_TYPES:
        raise ValueError(f"The BIN entity type must be 4, 5 or 6, not {entity_type}")
    if not 0 <= serial <= 99999:
        raise ValueError(f"The BIN serial must be 0 to 99999, not {serial}")
    return _complete(f"{year % 100:02d}{month:02d}{entity_type}0", serial, 5)


def _complete(prefix: str, serial: int, width: int) -> str:
    modulus = 10**width
    for offset in range(_MAX_MAKE_TRIES):
        first11 = f"{prefix}{(serial + offset) % modulus:0{width}d}"
        digit = check_digit(first11)
        if digit is not None:
            return f"{first11}{digit}"
    raise ValueError(f"No serial from {serial} on gives a valid check digit after {prefix}")


def _twelve_digits(value: str, kind: IdKind) -> str:
    # Surrounding blanks come with copy and paste and are harmless; blanks inside mean the number was
    # grouped or split and are reported, since guessing what was meant could join the wrong digits.
    number = value.strip()
    label = kind.name
    for position, char in enumerate(number, start=1):
        if char not in _ASCII_DIGITS:
            raise IdNumberError(
                f"{kind}.not_digits",
                f"The {label} must consist of the digits 0-9 only, with no spaces or other characters "
                f"inside; character {position} is {char!r}.",
                position=position,
                character=char,
            )
    if len(number) != _LENGTH:
        given = len(number)
        raise IdNumberError(
            f"{kind}.length",
            f"The {label} must have 12 digits; {given} {'was' if given == 1 else 'were'} given.",
            given=given,
        )
    return number


def _verify_check_digit(number: str, kind: IdKind) -> None:
    expected = check_digit(number[:11])
    if expected is None:
        raise IdNumberError(
            f"{kind}.checksum",
            f"The {kind.name} fails the check-digit test: no valid number starts with its first 11 digits, "
            f"so one of them is probably mistyped.",
        )
    if expected != int(number[11]):
        raise IdNumberError(
            f"{kind}.checksum",
            f"The {kind.name} fails the check-digit test, so one of its digits is probably mistyped.",
        )


def _today_in_kazakhstan() -> date:
    return datetime.now(_KAZAKHSTAN_TZ).date()
