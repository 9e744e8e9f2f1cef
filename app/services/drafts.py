"""Drafts of unsaved editor input, kept as small JSON files so a crash or a power cut loses nothing.

A draft lives in ``<data_dir>/drafts/<user>/<key>.json``: ``key`` is the case id, or ``new`` for a
case not registered yet; the user folder keeps the drafts of people sharing one PC apart, so each is
offered only what they typed. A draft is written beside its final name and renamed over it, so a
crash in the middle of a write leaves the previous draft whole, never half a file.

Drafts hold what was typed (a dispute's description, a party's name), so they stay in the data folder
with the database and are removed as soon as the input is saved or discarded.
"""

from __future__ import annotations

import contextlib
import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.errors import ValidationError
from app.storage.files import replace_text

FOLDER = "drafts"
NEW = "new"
FORMAT = 1
_KEY = re.compile(r"^[a-z0-9-]{1,64}$")
_ANYONE = "anyone"  # drafts typed with no signed-in user id (the command line never writes any)


@dataclass(frozen=True)
class Draft:
    key: str
    case_id: uuid.UUID | None
    case_number: str | None
    user_id: uuid.UUID | None
    user_name: str | None
    saved_at: datetime
    values: dict[str, Any]
    path: Path


def key_for(case_id: uuid.UUID | None) -> str:
    return NEW if case_id is None else str(case_id)


def drafts_dir(data_dir: Path) -> Path:
    return data_dir / FOLDER


def _user_folder(user_id: uuid.UUID | None) -> str:
    return _ANYONE if user_id is None else user_id.hex


def _checked_key(key: str) -> str:
    # The key becomes a file name: anything but a case id or "new" could point outside the folder.
    if not _KEY.match(key):
        raise ValidationError("draft.key", f"{key!r} cannot name a draft.", name=key)
    return key


def draft_path(data_dir: Path, key: str, user_id: uuid.UUID | None = None) -> Path:
    return drafts_dir(data_dir) / _user_folder(user_id) / f"{_checked_key(key)}.json"


def save_draft(
    data_dir: Path,
    key: str,
    values: Mapping[str, Any],
    *,
    case_id: uuid.UUID | None = None,
    case_number: str | None = None,
    user_id: uuid.UUID | None = None,
    user_name: str | None = None,
    saved_at: datetime | None = None,
) -> Path:
    """Write (or replace) the draft; ``values`` must be plain JSON data (str, numbers, bools, lists, dicts)."""
    path = draft_path(data_dir, key, user_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "format": FORMAT,
        "key": key,
        "case_id": None if case_id is None else str(case_id),
        "case_number": case_number,
        "user_id": None if user_id is None else str(user_id),
        "user_name": user_name,
        "saved_at": (saved_at or datetime.now(UTC)).isoformat(),
        "values": dict(values),
    }
    text = json.dumps(document, ensure_ascii=False, indent=1)
    replace_text(path, text)  # on disk before the rename makes it the draft
    return path


def _read(path: Path) -> Draft | None:
    """The draft in ``path``, or None when it is unreadable or not a draft (it is then left alone)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if (
            not isinstance(raw, dict)
            or raw.get("format") != FORMAT
            or not isinstance(raw.get("values"), dict)
        ):
            return None
        case_id = uuid.UUID(raw["case_id"]) if raw.get("case_id") else None
        user_id = uuid.UUID(raw["user_id"]) if raw.get("user_id") else None
        saved_at = datetime.fromisoformat(str(raw["saved_at"]))
        if saved_at.tzinfo is None:
            saved_at = saved_at.replace(tzinfo=UTC)
        return Draft(
            key=str(raw["key"]),
            case_id=case_id,
            case_number=raw.get("case_number"),
            user_id=user_id,
            user_name=raw.get("user_name"),
            saved_at=saved_at,
            values=raw["values"],
            path=path,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def load_draft(data_dir: Path, key: str, user_id: uuid.UUID | None = None) -> Draft | None:
    path = draft_path(data_dir, key, user_id)
    return _read(path) if path.is_file() else None


def discard_draft(data_dir: Path, key: str, user_id: uuid.UUID | None = None) -> None:
    path = draft_path(data_dir, key, user_id)
    for leftover in (path, path.with_name(path.name + ".partial")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def pending_drafts(data_dir: Path, user_id: uuid.UUID | None = None) -> list[Draft]:
    """Drafts waiting to be restored, newest first: the given user's, or everybody's when user_id is None."""
    root = drafts_dir(data_dir)
    if not root.is_dir():
        return []
    folders = [root / _user_folder(user_id)] if user_id is not None else sorted(root.iterdir())
    found: list[Draft] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            draft = _read(path)
            if draft is not None:
                found.append(draft)
    found.sort(key=lambda d: d.saved_at, reverse=True)
    return found
