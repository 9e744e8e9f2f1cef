"""Receipts: what a council says back about a package file it was given, signed by the council.

After each file is imported, ``<file stem>.receipt.json`` is written next to it (or into
``<data_dir>/exchange/receipts`` when that folder cannot be written, a read-only stick say); the
courier carries it back, and the sender imports it to learn that its month arrived. A receipt is plain
JSON: it holds no personal data (ids, codes, a status), so it is signed but not encrypted. The
signature (Ed25519, the receiver's exchange key) covers the canonical JSON of every other field, so a
receipt cannot be written by anyone but the council it names.
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.errors import StorageError, ValidationError
from app.exchange.directory import Directory
from app.exchange.keys import InstallationKeys, PublicKeys
from app.exchange.quarantine import SAFE_STEM_CHARS, is_reserved, name_hash, safe_part
from app.services.clock import local_date
from app.storage.files import replace_atomically

FORMAT = "tatulyq-receipt"
SUFFIX = ".receipt.json"
FALLBACK_FOLDER = Path("exchange") / "receipts"
MAX_RECEIPT_BYTES = 16 * 1024
STATUSES = ("imported", "replaced", "duplicate", "ignored_older", "refused")
_FIELDS = (
    "format",
    "package_id",
    "unit",
    "period",
    "revision",
    "status",
    "reason",
    "received_at",
    "receiver",
    "receiver_key_id",
)


@dataclass(frozen=True)
class Receipt:
    package_id: str | None  # None: the file could not be read far enough to know
    unit: str | None
    period: str | None
    revision: int | None
    status: str  # one of STATUSES
    reason: str  # the message key of the result ("" when imported)
    received_at: str  # ISO 8601, UTC
    receiver: str  # the council's unit code
    receiver_key_id: str

    def document(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "package_id": self.package_id,
            "unit": self.unit,
            "period": self.period,
            "revision": self.revision,
            "status": self.status,
            "reason": self.reason,
            "received_at": self.received_at,
            "receiver": self.receiver,
            "receiver_key_id": self.receiver_key_id,
        }


def _canonical(document: dict[str, Any]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def is_receipt_file(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIX)


def receipt_bytes(receipt: Receipt, keys: InstallationKeys) -> bytes:
    document = receipt.document()
    signature = keys.sign(_canonical(document))
    signed = {**document, "signature": base64.b64encode(signature).decode("ascii")}
    return json.dumps(signed, sort_keys=True, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"


def receipt_name(package_file_name: str) -> str:
    """``<stem>.receipt.json`` for a package file with a short, safe stem; for any other name (too
    long for the file system with the suffix, or with characters Windows refuses) a short safe stem
    and a hash of the whole name, so the receipt can always be written and told apart."""
    stem = package_file_name.rpartition(".")[0] or package_file_name
    cleaned = safe_part(stem)
    if cleaned == stem and len(stem) <= SAFE_STEM_CHARS and not is_reserved(stem):
        return stem + SUFFIX
    return f"{cleaned}-{name_hash(package_file_name)}{SUFFIX}"


def write_receipt(receipt: Receipt, keys: InstallationKeys, package_file: Path, data_dir: Path) -> Path:
    """Beside the package file; in the fallback folder when that folder refuses the write.
    StorageError when neither can be written."""
    data = receipt_bytes(receipt, keys)
    name = receipt_name(package_file.name)
    try:
        target = package_file.with_name(name)
        replace_atomically(target, data)
        return target
    except OSError:
        pass
    folder = data_dir / FALLBACK_FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / name
        replace_atomically(target, data)
        return target
    except OSError as error:
        raise StorageError(
            "exchange.receipt_not_written",
            f"The receipt for {package_file.name} could not be written: {error.strerror}.",
            path=str(folder),
        ) from error


def _bad(path: Path, detail: str) -> ValidationError:
    return ValidationError(
        "exchange.bad_receipt", f"The file {path.name} is not a valid receipt: {detail}.", name=path.name
    )


def _optional(value: Any, kind: type, path: Path, name: str) -> Any:
    if value is not None and (not isinstance(value, kind) or isinstance(value, bool)):
        raise _bad(path, f"{name} has the wrong type")
    return value


def read_receipt(path: Path, directory: Directory) -> Receipt:
    """The receipt in ``path`` once its shape and its receiver's signature check out."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_RECEIPT_BYTES + 1)
    except OSError as error:
        raise ValidationError(
            "package.cannot_read", f"The file {path} cannot be read: {error.strerror}.", path=str(path)
        ) from None
    if len(raw) > MAX_RECEIPT_BYTES:
        raise _bad(path, "it is too large")
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise _bad(path, "it is not UTF-8 JSON") from None
    if not isinstance(document, dict) or set(document) != {*_FIELDS, "signature"}:
        raise _bad(path, "its fields differ")
    if document["format"] != FORMAT or document["status"] not in STATUSES:
        raise _bad(path, "its format or status is unknown")
    for name in ("reason", "received_at", "receiver", "receiver_key_id", "signature"):
        if not isinstance(document[name], str):
            raise _bad(path, f"{name} is not text")
    try:
        signature = base64.b64decode(document.pop("signature").encode("ascii"), validate=True)
        received_at = datetime.fromisoformat(document["received_at"])
        if received_at.tzinfo is None:
            raise ValueError("no offset")
        if document["package_id"] is not None:
            uuid.UUID(_optional(document["package_id"], str, path, "package_id"))
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise _bad(path, "a field is malformed") from None
    receipt = Receipt(
        package_id=document["package_id"],
        unit=_optional(document["unit"], str, path, "unit"),
        period=_optional(document["period"], str, path, "period"),
        revision=_optional(document["revision"], int, path, "revision"),
        status=document["status"],
        reason=document["reason"],
        received_at=document["received_at"],
        receiver=document["receiver"],
        receiver_key_id=document["receiver_key_id"],
    )
    key = directory.active_key(receipt.receiver, receipt.receiver_key_id, local_date(received_at))
    public = None if key is None else PublicKeys.of(receipt.receiver, key.sign_public, key.box_public)
    if public is None or not public.verify(signature, _canonical(receipt.document())):
        raise ValidationError(
            "exchange.receipt_bad_signature",
            f"The receipt {path.name} is not signed by a key of {receipt.receiver} in the directory.",
            name=path.name,
            unit=receipt.receiver,
        )
    return receipt
