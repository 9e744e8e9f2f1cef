"""The directory of units the republican council signs and sends down: who exists, under whom, with which keys.

An installation trusts a package only as far as this directory says: the sender must be a unit in it,
open on the day, and the package signed by a key of that unit valid on that day. So the directory is
itself signed (Ed25519, the republican council's key, which every installation knows from set-up) and
numbered: a version lower than, or equal to, the one installed is refused, so an old copy cannot be
replayed to bring back a key that was withdrawn or a unit that was closed.

The signed bytes are canonical JSON (sorted keys, no spaces, UTF-8): the same directory always gives
the same bytes, and the reader checks the signature over the exact bytes it received before it
parses anything. No Qt and no database here.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.errors import ConflictError, ValidationError
from app.exchange.keys import PUBLIC_BYTES, PublicKeys, key_id_of

FORMAT = "tatulyq-unit-directory"
FORMAT_VERSION = 1
SIGNATURE_BYTES = 64
# Kazakhstan has a few hundred units; a directory far larger than this is not one we wrote.
MAX_DOCUMENT_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class UnitKey:
    """One key pair of a unit, with the days it may sign on (both ends included; no end = still valid)."""

    key_id: str
    sign_public: bytes
    box_public: bytes
    valid_from: date
    valid_to: date | None = None

    @classmethod
    def of(cls, public: PublicKeys, valid_from: date, valid_to: date | None = None) -> UnitKey:
        return cls(public.key_id, public.sign_public, public.box_public, valid_from, valid_to)

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class UnitEntry:
    """A unit: a centre or a council, the unit above it (none for the republican council), its keys."""

    code: str
    parent_code: str | None
    opened_on: date
    closed_on: date | None
    keys: tuple[UnitKey, ...] = ()

    def open_on(self, day: date) -> bool:
        return self.opened_on <= day and (self.closed_on is None or day <= self.closed_on)


@dataclass(frozen=True)
class Directory:
    version: int
    units: tuple[UnitEntry, ...]

    def __post_init__(self) -> None:
        _check_consistent(self)

    def unit(self, code: str) -> UnitEntry | None:
        return next((entry for entry in self.units if entry.code == code), None)

    def active_key(self, unit_code: str, key_id: str, day: date) -> UnitKey | None:
        """The key ``key_id`` if it may sign for ``unit_code`` on ``day``: the unit is open that day
        (a closed unit's keys sign nothing after its close date) and the key is within its validity."""
        entry = self.unit(unit_code)
        if entry is None or not entry.open_on(day):
            return None
        key = next((k for k in entry.keys if k.key_id == key_id), None)
        if key is None or not key.valid_on(day):
            return None
        return key

    def key_active(self, unit_code: str, key_id: str, day: date) -> bool:
        return self.active_key(unit_code, key_id, day) is not None

    def is_below(self, lower: str, upper: str) -> bool:
        """Whether unit ``lower`` is under ``upper`` at any depth (a centre is below its region and
        the republic); a unit is not below itself."""
        entry = self.unit(lower)
        while entry is not None and entry.parent_code is not None:
            if entry.parent_code == upper:
                return True
            entry = self.unit(entry.parent_code)
        return False

    def to_bytes(self) -> bytes:
        """The canonical bytes that are signed: the same directory always gives the same bytes."""
        document = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "version": self.version,
            "units": [_unit_json(entry) for entry in sorted(self.units, key=lambda e: e.code)],
        }
        return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class SignedDirectory:
    document: bytes
    signature: bytes


def sign_directory(directory: Directory, council_key: Ed25519PrivateKey) -> SignedDirectory:
    document = directory.to_bytes()
    return SignedDirectory(document, council_key.sign(document))


def verify_directory(
    document: bytes,
    signature: bytes,
    trusted_key: Ed25519PublicKey | bytes,
    installed_version: int | None = None,
) -> Directory:
    """The directory in ``document`` if the republican council signed exactly these bytes, they make a
    well-formed directory, and it is newer than the one installed; otherwise an error saying which."""
    if isinstance(trusted_key, bytes):
        trusted_key = Ed25519PublicKey.from_public_bytes(trusted_key)
    if len(document) > MAX_DOCUMENT_BYTES or len(signature) != SIGNATURE_BYTES:
        raise _bad_signature()
    try:
        trusted_key.verify(signature, document)
    except InvalidSignature:
        raise _bad_signature() from None
    # Signed, yet it is still parsed with care: a council's program of another version could have
    # written something this one does not understand, and that is refused, never half read.
    try:
        directory = _parse(json.loads(document.decode("utf-8")))
    except (ValueError, KeyError, TypeError, binascii.Error) as error:
        raise ValidationError(
            "directory.malformed", f"The directory of units cannot be read: {error}"
        ) from None
    if installed_version is not None and directory.version <= installed_version:
        raise ConflictError(
            "directory.not_newer",
            f"This directory of units is version {directory.version}, not newer than the installed "
            f"version {installed_version}; it was not installed.",
            version=directory.version,
            installed=installed_version,
        )
    return directory


def _bad_signature() -> ValidationError:
    return ValidationError(
        "directory.bad_signature",
        "The directory of units is not signed by the republican council's key, or was changed "
        "after signing; it was not installed.",
    )


# --- Canonical JSON, both ways ------------------------------------------------------------------


def _unit_json(entry: UnitEntry) -> dict[str, Any]:
    return {
        "code": entry.code,
        "parent_code": entry.parent_code,
        "opened_on": entry.opened_on.isoformat(),
        "closed_on": None if entry.closed_on is None else entry.closed_on.isoformat(),
        "keys": [
            {
                "key_id": key.key_id,
                "sign_public": base64.b64encode(key.sign_public).decode("ascii"),
                "box_public": base64.b64encode(key.box_public).decode("ascii"),
                "valid_from": key.valid_from.isoformat(),
                "valid_to": None if key.valid_to is None else key.valid_to.isoformat(),
            }
            for key in sorted(entry.keys, key=lambda k: (k.valid_from, k.key_id))
        ],
    }


def _parse(document: Any) -> Directory:
    top = _object(document, {"format", "format_version", "version", "units"})
    if top["format"] != FORMAT:
        raise ValueError("not a directory of units")
    if top["format_version"] != FORMAT_VERSION:
        raise ValueError(f"format version {top['format_version']!r} is not known to this program")
    version = top["version"]
    if type(version) is not int or version < 1:
        raise ValueError("version must be a positive whole number")
    if not isinstance(top["units"], list):
        raise ValueError("units must be a list")
    return Directory(version, tuple(_parse_unit(raw) for raw in top["units"]))


def _parse_unit(raw: Any) -> UnitEntry:
    unit = _object(raw, {"code", "parent_code", "opened_on", "closed_on", "keys"})
    if not isinstance(unit["keys"], list):
        raise ValueError("keys must be a list")
    return UnitEntry(
        code=_text(unit["code"]),
        parent_code=None if unit["parent_code"] is None else _text(unit["parent_code"]),
        opened_on=_date(unit["opened_on"]),
        closed_on=None if unit["closed_on"] is None else _date(unit["closed_on"]),
        keys=tuple(_parse_key(key) for key in unit["keys"]),
    )


def _parse_key(raw: Any) -> UnitKey:
    key = _object(raw, {"key_id", "sign_public", "box_public", "valid_from", "valid_to"})
    return UnitKey(
        key_id=_text(key["key_id"]),
        sign_public=_public(key["sign_public"]),
        box_public=_public(key["box_public"]),
        valid_from=_date(key["valid_from"]),
        valid_to=None if key["valid_to"] is None else _date(key["valid_to"]),
    )


def _object(raw: Any, fields: set[str]) -> dict[str, Any]:
    """A JSON object with exactly ``fields``: an unknown field means a format this program cannot read."""
    if not isinstance(raw, dict) or set(raw) != fields:
        raise ValueError(f"expected an object with the fields {sorted(fields)}")
    return raw


def _text(raw: Any) -> str:
    if not isinstance(raw, str) or not raw.strip() or len(raw) > 64:
        raise ValueError("a code must be non-empty text of at most 64 characters")
    return raw


def _date(raw: Any) -> date:
    # fromisoformat also takes week dates and compact forms; only the one form we write is accepted.
    parsed = date.fromisoformat(raw) if isinstance(raw, str) and len(raw) == 10 else None
    if parsed is None or parsed.isoformat() != raw:
        raise ValueError("a date must be written YYYY-MM-DD")
    return parsed


def _public(raw: Any) -> bytes:
    if not isinstance(raw, str):
        raise ValueError("a public key must be base64 text")
    data = base64.b64decode(raw.encode("ascii"), validate=True)
    if len(data) != PUBLIC_BYTES:
        raise ValueError("a public key must be 32 bytes")
    return data


def _check_consistent(directory: Directory) -> None:
    """The rules every directory keeps, whether built by the council's program or read from bytes."""
    codes = [entry.code for entry in directory.units]
    if len(set(codes)) != len(codes):
        raise ValueError("a unit code appears twice")
    known = set(codes)
    for entry in directory.units:
        if entry.parent_code is not None and entry.parent_code not in known:
            raise ValueError(f"unit {entry.code}: its parent {entry.parent_code} is not in the directory")
        if entry.closed_on is not None and entry.closed_on < entry.opened_on:
            raise ValueError(f"unit {entry.code}: closed before it opened")
        for key in entry.keys:
            if key.key_id != key_id_of(key.sign_public, key.box_public):
                raise ValueError(f"unit {entry.code}: key id {key.key_id} does not match its public keys")
            if key.valid_to is not None and key.valid_to < key.valid_from:
                raise ValueError(f"unit {entry.code}: key {key.key_id} ends before it starts")
        if len({key.key_id for key in entry.keys}) != len(entry.keys):
            raise ValueError(f"unit {entry.code}: a key appears twice")
    # Every chain of parents ends at a root: a loop would make "is below" run for ever.
    parents = {entry.code: entry.parent_code for entry in directory.units}
    for code in codes:
        seen = {code}
        parent = parents[code]
        while parent is not None:
            if parent in seen:
                raise ValueError(f"unit {code}: its parents make a loop")
            seen.add(parent)
            parent = parents[parent]
