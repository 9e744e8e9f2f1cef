"""Where this installation keeps its exchange keys, and the public-key file it sends to its council.

The keys live in ``<data dir>/exchange.keys`` (``InstallationKeys.save``: private keys sealed under the
passphrase, public keys in the clear), beside the database and not in it, so that a package can still be
opened after the database was restored from an older backup. Made once: a second ``create_keys`` is
refused rather than overwriting keys the council already trusts.

The public part goes to the council as ``<CODE>.tqk``: small JSON with the unit code, the key id and both
public keys in base64. It is not secret, and it is not trusted for what it says either: the council puts
it into the directory only after the fingerprint read out over the phone matches.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.errors import ConflictError, StorageError, ValidationError
from app.exchange.keys import PUBLIC_BYTES, InstallationKeys, PublicKeys, key_id_of, read_public
from app.storage.files import replace_text

KEYS_FILE = "exchange.keys"
PUBLIC_SUFFIX = ".tqk"
PUBLIC_FORMAT = "tatulyq-public-keys"
PUBLIC_VERSION = 1
_PUBLIC_FIELDS = {"format", "version", "unit_code", "key_id", "sign_public", "box_public"}
_MAX_PUBLIC_BYTES = 4096
# A passphrase guards keys that sign a unit's figures for years: ten letters make a short sentence, not
# a word from a dictionary. Only new keys are held to it; keys made earlier still open.
PASSPHRASE_MIN = 10
# Unit codes name the public file, so only letters, digits, '-' and '_' (the reference codes: KZ-31-MC).
_UNIT_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")


def keys_path(data_dir: Path) -> Path:
    return data_dir / KEYS_FILE


def has_keys(data_dir: Path) -> bool:
    return keys_path(data_dir).is_file()


def create_keys(data_dir: Path, unit_code: str, passphrase: str) -> PublicKeys:
    """New keys for ``unit_code``, saved under ``passphrase``; never over keys that exist."""
    if not _UNIT_CODE.fullmatch(unit_code):
        raise ValueError(f"not a unit code: {unit_code!r}")
    if passphrase and len(passphrase) < PASSPHRASE_MIN:
        raise ValidationError(
            "exchange_keys.passphrase_too_short",
            f"The passphrase of the exchange keys needs at least {PASSPHRASE_MIN} characters.",
            minimum=PASSPHRASE_MIN,
        )
    path = keys_path(data_dir)
    if path.exists():
        raise ConflictError(
            "exchange.keys_exist",
            f"This installation already has exchange keys ({path}); they were not replaced.",
            path=str(path),
        )
    keys = InstallationKeys.generate(unit_code)
    keys.save(path, passphrase)
    return keys.public


def load_keys(data_dir: Path, passphrase: str) -> InstallationKeys:
    """The keys, opened with the passphrase (a wrong one: ValidationError exchange_keys.wrong_passphrase)."""
    return InstallationKeys.load(_existing(data_dir), passphrase)


def public_keys(data_dir: Path) -> PublicKeys:
    """The public part, read without the passphrase: to show the fingerprint and write the .tqk file."""
    return read_public(_existing(data_dir))


def _existing(data_dir: Path) -> Path:
    path = keys_path(data_dir)
    if not path.exists():
        raise StorageError(
            "exchange.keys_missing",
            f"This installation has no exchange keys yet ({path}). Make them first.",
            path=str(path),
        )
    return path


def public_file_name(unit_code: str) -> str:
    return f"{unit_code}{PUBLIC_SUFFIX}"


def write_public_file(public: PublicKeys, folder: Path) -> Path:
    """``<folder>/<CODE>.tqk``, written whole (a USB stick pulled out mid-way leaves no half file)."""
    if not _UNIT_CODE.fullmatch(public.unit_code):
        raise ValueError(f"not a unit code: {public.unit_code!r}")
    path = folder / public_file_name(public.unit_code)
    document = {
        "format": PUBLIC_FORMAT,
        "version": PUBLIC_VERSION,
        "unit_code": public.unit_code,
        "key_id": public.key_id,
        "sign_public": base64.b64encode(public.sign_public).decode("ascii"),
        "box_public": base64.b64encode(public.box_public).decode("ascii"),
    }
    try:
        replace_text(path, json.dumps(document, indent=2, sort_keys=True) + "\n")
    except OSError as error:
        raise StorageError(
            "exchange.cannot_write_public_file",
            f"The public key file {path} cannot be written: {error.strerror}",
            path=str(path),
        ) from error
    return path


def read_public_file(path: Path) -> PublicKeys:
    """The public keys in a .tqk file; anything but exactly what ``write_public_file`` writes is refused."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(_MAX_PUBLIC_BYTES + 1)
    except OSError as error:
        raise StorageError(
            "exchange.cannot_read_public_file",
            f"The public key file {path} cannot be read: {error.strerror}",
            path=str(path),
        ) from error
    try:
        if len(raw) > _MAX_PUBLIC_BYTES:
            raise ValueError("too large")
        return _public_of(json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates))
    except (ValueError, TypeError, binascii.Error):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise ValidationError(
            "exchange.bad_public_file",
            f"The file {path} is not a public key file of Tatulyq, or it was changed.",
            path=str(path),
        ) from None


def _public_of(document: Any) -> PublicKeys:
    if not isinstance(document, dict) or set(document) != _PUBLIC_FIELDS:
        raise ValueError("fields")
    if document["format"] != PUBLIC_FORMAT or type(document["version"]) is not int:
        raise ValueError("format")
    if document["version"] != PUBLIC_VERSION:
        raise ValueError("version")
    unit_code = document["unit_code"]
    if not isinstance(unit_code, str) or not _UNIT_CODE.fullmatch(unit_code):
        raise ValueError("unit code")
    sign_public, box_public = _public_bytes(document["sign_public"]), _public_bytes(document["box_public"])
    Ed25519PublicKey.from_public_bytes(sign_public)  # ValueError if these are not key bytes at all
    if document["key_id"] != key_id_of(sign_public, box_public):
        raise ValueError("key id does not match the keys")
    return PublicKeys.of(unit_code, sign_public, box_public)


def _public_bytes(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    data = base64.b64decode(text.encode("ascii"), validate=True)
    if len(data) != PUBLIC_BYTES or base64.b64encode(data).decode("ascii") != text:
        raise ValueError("not a 32-byte key in canonical base64")
    return data


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("a field appears twice")
    return result
