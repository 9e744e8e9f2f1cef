"""The manifest of a package: what it claims, written canonically and read against a strict schema.

The signature covers the manifest's exact bytes, and the manifest names each data file's size and SHA-256,
so one signature vouches for everything in the package. Reading refuses missing fields, extra fields,
wrong types (a bool is not an int), duplicate keys and NaN, so a manifest means one thing only.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.errors import ValidationError
from app.exchange.package_zip import DATA_FILES

_MAX_INT = 2**53 - 1  # exact in every JSON reader
_PERIOD = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_HEX_ID = re.compile(r"[0-9a-f]{16}")  # PublicKeys.key_id: names a key pair everywhere
_SHA256 = re.compile(r"[0-9a-f]{64}")
_TEXT = re.compile(r"[^\x00-\x1f\x7f]{1,64}")


@dataclass(frozen=True)
class ManifestFields:
    """What the sender states; the writer adds the package id, key ids and the files' sizes and hashes."""

    sender_unit: str
    unit: str
    period: str  # YYYY-MM
    revision: int
    sequence: int
    completed_at: str  # ISO 8601 with a UTC offset
    app_version: str
    schema_revision: str


@dataclass(frozen=True)
class FileEntry:
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    format: int
    package_id: str
    sender_unit: str
    sender_key_id: str
    recipients: tuple[str, ...]
    sequence: int
    unit: str
    period: str
    revision: int
    completed_at: str
    app_version: str
    schema_revision: str
    files: dict[str, FileEntry]


_TOP_FIELDS = {
    "format": int,
    "package_id": str,
    "sender_unit": str,
    "sender_key_id": str,
    "recipients": list,
    "sequence": int,
    "unit": str,
    "period": str,
    "revision": int,
    "completed_at": str,
    "app_version": str,
    "schema_revision": str,
    "files": dict,
}


def manifest_bytes(manifest: Manifest) -> bytes:
    document = {
        "format": manifest.format,
        "package_id": manifest.package_id,
        "sender_unit": manifest.sender_unit,
        "sender_key_id": manifest.sender_key_id,
        "recipients": list(manifest.recipients),
        "sequence": manifest.sequence,
        "unit": manifest.unit,
        "period": manifest.period,
        "revision": manifest.revision,
        "completed_at": manifest.completed_at,
        "app_version": manifest.app_version,
        "schema_revision": manifest.schema_revision,
        "files": {name: {"size": f.size, "sha256": f.sha256} for name, f in manifest.files.items()},
    }
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _bad(detail: str) -> ValidationError:
    return ValidationError("package.bad_manifest", f"The package's manifest is not valid: {detail}.")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _bad("a key appears twice")
    return result


def _no_constants(name: str) -> Any:
    raise _bad(f"{name} is not a number")


def _exact_keys(document: dict[str, Any], expected: dict[str, type], where: str) -> None:
    if set(document) != set(expected):
        raise _bad(f"{where} has fields {sorted(document)}, expected {sorted(expected)}")
    for key, kind in expected.items():
        value = document[key]
        if not isinstance(value, kind) or isinstance(value, bool):
            raise _bad(f"{where}.{key} is not of type {kind.__name__}")


def _count(value: int, name: str, low: int) -> int:
    if not low <= value <= _MAX_INT:
        raise _bad(f"{name} is out of range")
    return value


def _matches(pattern: re.Pattern[str], value: str, name: str) -> str:
    if not pattern.fullmatch(value):
        raise _bad(f"{name} is malformed")
    return value


def _file_entries(files: dict[str, Any]) -> dict[str, FileEntry]:
    _exact_keys(files, dict.fromkeys(DATA_FILES, dict), "files")
    result = {}
    for name in DATA_FILES:
        _exact_keys(files[name], {"size": int, "sha256": str}, name)
        result[name] = FileEntry(
            size=_count(files[name]["size"], f"{name}.size", 0),
            sha256=_matches(_SHA256, files[name]["sha256"], f"{name}.sha256"),
        )
    return result


def _completed_at(value: str) -> str:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise _bad("completed_at is not a date and time") from None
    if moment.tzinfo is None:
        raise _bad("completed_at has no UTC offset")
    return value


def parse_manifest(data: bytes) -> Manifest:
    try:
        document = json.loads(
            data.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_no_constants
        )
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise _bad("it is not UTF-8 JSON") from None
    if not isinstance(document, dict):
        raise _bad("it is not a JSON object")
    _exact_keys(document, _TOP_FIELDS, "manifest")
    recipients = document["recipients"]
    if not 1 <= len(recipients) <= 255 or not all(
        isinstance(r, str) and _HEX_ID.fullmatch(r) for r in recipients
    ):
        raise _bad("recipients is malformed")
    try:
        package_id = str(uuid.UUID(document["package_id"]))
    except ValueError:
        raise _bad("package_id is not a UUID") from None
    if package_id != document["package_id"]:
        raise _bad("package_id is not written in the canonical form")
    return Manifest(
        format=_count(document["format"], "format", 1),
        package_id=package_id,
        sender_unit=_matches(_TEXT, document["sender_unit"], "sender_unit"),
        sender_key_id=_matches(_HEX_ID, document["sender_key_id"], "sender_key_id"),
        recipients=tuple(recipients),
        sequence=_count(document["sequence"], "sequence", 1),
        unit=_matches(_TEXT, document["unit"], "unit"),
        period=_matches(_PERIOD, document["period"], "period"),
        revision=_count(document["revision"], "revision", 1),
        completed_at=_completed_at(_matches(_TEXT, document["completed_at"], "completed_at")),
        app_version=_matches(_TEXT, document["app_version"], "app_version"),
        schema_revision=_matches(_TEXT, document["schema_revision"], "schema_revision"),
        files=_file_entries(document["files"]),
    )
