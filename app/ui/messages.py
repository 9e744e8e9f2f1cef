"""Errors from the services, told in the user's language.

Services raise errors with a message key and parameters (app/errors.py); here each key has an
English template that lupdate collects and translators translate. The generic checks of
app/services/rules.py (``<field>.required``, ``.in_future``, ``.too_early``, ``.out_of_range``) are
told with the field's own translated label. A key with no entry still says something useful: a
translated lead-in and the service's English text.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.errors import TatulyqError
from app.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Messages"

GENERIC: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Messages", "{label} must not be empty."),
    "in_future": QT_TRANSLATE_NOOP("Messages", "{label} ({value}) cannot be later than today."),
    "too_early": QT_TRANSLATE_NOOP("Messages", "{label} ({value}) cannot be earlier than {earliest}."),
    "out_of_range": QT_TRANSLATE_NOOP("Messages", "{label} must be between {low} and {high}."),
}

# The fields the generic checks name; the key is the error key without its last part.
FIELDS: dict[str, str] = {
    "case.intake_date": QT_TRANSLATE_NOOP("Messages", "The intake date"),
}

SPECIFIC: dict[str, str] = {
    "db.busy": QT_TRANSLATE_NOOP(
        "Messages", "The database is busy with another user's work; try again in a moment."
    ),
}

FALLBACK = QT_TRANSLATE_NOOP("Messages", "The program refused this: {detail}")


def _shown(value: Any) -> Any:
    """Dates as people write them here (dd.MM.yyyy); lists joined."""
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value).strftime("%d.%m.%Y")
        except ValueError:
            return value
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return value


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def message_for(error: TatulyqError) -> str:
    params = {k: _shown(v) for k, v in error.params.items()}
    template = SPECIFIC.get(error.key)
    if template is None:
        field, _, check = error.key.rpartition(".")
        if check in GENERIC and field in FIELDS:
            template = GENERIC[check]
            params["label"] = _t(FIELDS[field])
    if template is None:
        return _t(FALLBACK).format(detail=error.message)
    try:
        return _t(template).format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation that names a parameter the error lacks must not hide the error itself.
        return _t(FALLBACK).format(detail=error.message)
