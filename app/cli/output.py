"""How the command line speaks: readable text for people, one JSON document for machines.

Results go to stdout; progress and notes go to stderr in text mode so that a pipe gets only the
result. In `--json` mode stdout carries exactly one JSON document, success or failure.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import sys
import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID | Path):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, set | frozenset):
        return sorted(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _utf8(stream: TextIO) -> bool:
    return (getattr(stream, "encoding", "") or "").lower().replace("-", "") == "utf8"


def to_json(payload: Mapping[str, Any], stream: TextIO) -> str:
    # A Windows console or pipe may use a code page without Kazakh letters (cp1251 has no Ә or Қ);
    # escaped JSON then still carries every letter exactly, and every JSON reader decodes it.
    return json.dumps(payload, default=_plain, ensure_ascii=not _utf8(stream), indent=2)


def day(value: date | None) -> str:
    """The local convention for dates, dd.mm.yyyy; an empty cell for no date."""
    return "" if value is None else f"{value:%d.%m.%Y}"


def label(value: str | enum.Enum | None) -> str:
    """A stored value as words: 'in_mediation' -> 'in mediation'."""
    if value is None:
        return ""
    text = value.value if isinstance(value, enum.Enum) else value
    return str(text).replace("_", " ")


def mask_id_number(number: str | None) -> str:
    """An IIN with all but its last four digits hidden: enough to tell two people apart on screen."""
    if not number:
        return ""
    return "*" * max(len(number) - 4, 0) + number[-4:]


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    materialised = [list(map(str, row)) for row in rows]
    widths = [len(h) for h in headers]
    for row in materialised:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(cell.ljust(w) for cell, w in zip(cells, widths, strict=True)).rstrip()

    return [line(headers), line(["-" * w for w in widths]), *(line(row) for row in materialised)]


class Output:
    def __init__(self, json_mode: bool, stdout: TextIO | None = None, stderr: TextIO | None = None) -> None:
        self.json_mode = json_mode
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        self.notes: list[str] = []

    def result(self, payload: Mapping[str, Any], text: str | Iterable[str], *, ok: bool = True) -> None:
        """The answer of a command: `payload` as JSON, or `text` for a person.

        `ok=False` is for a job that ran but failed (a check that found problems): the exit code is 1
        and a machine sees the same "ok" it would for an error.
        """
        if self.json_mode:
            document: dict[str, Any] = {"ok": ok, **payload}
            if self.notes:
                document["notes"] = self.notes
            self._write(self.stdout, to_json(document, self.stdout))
        else:
            lines = [text] if isinstance(text, str) else list(text)
            self._write(self.stdout, "\n".join(lines))

    def failure(self, key: str, message: str, params: Mapping[str, Any] | None = None) -> None:
        if self.json_mode:
            document = {"ok": False, "error": {"key": key, "message": message, "params": dict(params or {})}}
            self._write(self.stdout, to_json(document, self.stdout))
        else:
            self._write(self.stderr, f"error: {message}")

    def note(self, message: str) -> None:
        """Something a person should know besides the result (the database was upgraded, ...)."""
        if self.json_mode:
            self.notes.append(message)
        else:
            self._write(self.stderr, f"note: {message}")

    def progress(self, message: str) -> None:
        if not self.json_mode:
            self.stderr.write(message + "\n")
            self.stderr.flush()

    @staticmethod
    def _write(stream: TextIO, text: str) -> None:
        stream.write(text + "\n")
        stream.flush()
