"""Small checks shared by the services; each raises a ValidationError with a message key."""

from __future__ import annotations

import re
from datetime import date

from app.errors import ValidationError

_PHONE = re.compile(r"^\+7\s?7\d{2}\s?\d{3}\s?\d{2}\s?\d{2}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def text_required(value: str | None, field: str, label: str) -> str:
    cleaned = (value or "").strip()
    if not cleaned:
        raise ValidationError(f"{field}.required", f"{label} must not be empty.", field=field)
    return cleaned


def optional_text(value: str | None) -> str | None:
    cleaned = (value or "").strip()
    return cleaned or None


def not_in_future(day: date, today: date, field: str, label: str) -> None:
    if day > today:
        raise ValidationError(
            f"{field}.in_future",
            f"{label} ({day:%d.%m.%Y}) cannot be later than today ({today:%d.%m.%Y}).",
            field=field,
            value=day.isoformat(),
        )


def not_before(day: date, earliest: date, field: str, label: str, earliest_label: str) -> None:
    if day < earliest:
        raise ValidationError(
            f"{field}.too_early",
            f"{label} ({day:%d.%m.%Y}) cannot be earlier than {earliest_label} ({earliest:%d.%m.%Y}).",
            field=field,
            value=day.isoformat(),
            earliest=earliest.isoformat(),
        )


def phone(value: str | None) -> str | None:
    cleaned = optional_text(value)
    if cleaned is None:
        return None
    if not _PHONE.match(cleaned):
        raise ValidationError(
            "party.phone_format", f"The phone number {cleaned!r} should look like +7 7xx xxx xx xx."
        )
    digits = re.sub(r"\D", "", cleaned)
    return f"+7 {digits[1:4]} {digits[4:7]} {digits[7:9]} {digits[9:11]}"


def email(value: str | None) -> str | None:
    cleaned = optional_text(value)
    if cleaned is not None and not _EMAIL.match(cleaned):
        raise ValidationError("party.email_format", f"The e-mail address {cleaned!r} is not valid.")
    return cleaned


def in_range(value: int, low: int, high: int, field: str, label: str) -> int:
    if not low <= value <= high:
        raise ValidationError(
            f"{field}.out_of_range", f"{label} must be between {low} and {high}.", field=field, low=low, high=high
        )
    return value
