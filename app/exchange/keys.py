"""This installation's own keys for the monthly exchange: an Ed25519 key to sign, an X25519 key to receive.

Made once at set-up and kept in a file of their own (not in the database: a package must still be
opened after the database was restored from an older backup). What is in the file, and why:

- Both private keys (32 raw bytes each) sealed together with AES-256-GCM under a key derived from the
  passphrase with argon2id (the same KDF as app/storage/keyfile.py, with heavier costs, since a key
  that signs a unit's figures for years is worth more guessing than one login). AES-GCM, not
  PKCS#8 with ``BestAvailableEncryption``: it authenticates, so a wrong passphrase is told apart
  for sure from a damaged file, and one sealed record holds both keys with one set of costs.
- The unit code and both public keys stay in the clear, so the fingerprint can be shown and the
  public part sent up without the passphrase; they are the associated data of the seal, so changing
  any of them breaks the seal, and after opening the public keys are derived again and compared.

``key_id`` (16 hex of SHA-256 of both public keys) names a key pair in packages and in the directory;
the fingerprint (6 groups of 4 digits from a separate hash) is what two people read to each other
over the phone before the council puts a key into the directory.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import StorageError, ValidationError
from app.storage.files import replace_text

FORMAT = "tatulyq-installation-keys"
VERSION = 1
PUBLIC_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
# argon2id costs for new files (about a quarter of a second); each file records its own, so a later
# change still opens old files. Costs read from a file are bounded so that a doctored file cannot
# make the program ask for gigabytes of memory.
ARGON2_TIME_COST = 3
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_LANES = 1
_MAX_TIME_COST = 20
_MAX_MEMORY_KIB = 256 * 1024
_MAX_FILE_BYTES = 64 * 1024
# Separate hash inputs for the id and the fingerprint: the fingerprint's digits never repeat the id.
_FINGERPRINT_DOMAIN = b"tatulyq fingerprint v1\x00"
FINGERPRINT_GROUPS = 6
FINGERPRINT_GROUP_DIGITS = 4


def key_id_of(sign_public: bytes, box_public: bytes) -> str:
    """The short, stable name of a key pair: the first 16 hex digits of SHA-256 of both public keys."""
    return hashlib.sha256(sign_public + box_public).hexdigest()[:16]


def fingerprint_of(sign_public: bytes, box_public: bytes) -> str:
    """Six groups of four digits, e.g. ``0412 9936 ...``, to compare aloud: digits read the same in
    Kazakh and Russian, unlike hex letters. 24 digits carry about 80 bits of the hash."""
    digest = hashlib.sha256(_FINGERPRINT_DOMAIN + sign_public + box_public).digest()
    width = FINGERPRINT_GROUPS * FINGERPRINT_GROUP_DIGITS
    # 256 bits modulo 10**24: the bias is far below anything a person comparing digits could use.
    digits = str(int.from_bytes(digest, "big") % 10**width).zfill(width)
    return " ".join(
        digits[i : i + FINGERPRINT_GROUP_DIGITS] for i in range(0, width, FINGERPRINT_GROUP_DIGITS)
    )


@dataclass(frozen=True)
class PublicKeys:
    """The part of an installation's keys that others may know: sent up to the council."""

    unit_code: str
    key_id: str
    sign_public: bytes
    box_public: bytes

    @classmethod
    def of(cls, unit_code: str, sign_public: bytes, box_public: bytes) -> PublicKeys:
        return cls(unit_code, key_id_of(sign_public, box_public), sign_public, box_public)

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.sign_public, self.box_public)

    def verify(self, signature: bytes, data: bytes) -> bool:
        """Whether ``signature`` is this installation's Ed25519 signature of ``data``."""
        try:
            Ed25519PublicKey.from_public_bytes(self.sign_public).verify(signature, data)
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True)
class InstallationKeys:
    """Both private keys of this installation, open in memory after the passphrase was given."""

    unit_code: str
    signing_key: Ed25519PrivateKey
    box_key: X25519PrivateKey

    @classmethod
    def generate(cls, unit_code: str) -> InstallationKeys:
        return cls(unit_code, Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @property
    def public(self) -> PublicKeys:
        return PublicKeys.of(
            self.unit_code,
            self.signing_key.public_key().public_bytes_raw(),
            self.box_key.public_key().public_bytes_raw(),
        )

    def sign(self, data: bytes) -> bytes:
        return self.signing_key.sign(data)

    def save(self, path: Path, passphrase: str) -> None:
        """Write the file whole: beside, flushed to the disk, renamed over any old one."""
        if not passphrase:
            raise ValidationError("exchange_keys.passphrase_required", "A passphrase is required.")
        public = self.public
        salt, nonce = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES)
        header = _header(public, salt, nonce, ARGON2_TIME_COST, ARGON2_MEMORY_KIB, ARGON2_LANES)
        secret = self.signing_key.private_bytes_raw() + self.box_key.private_bytes_raw()
        wrapping = _passphrase_key(passphrase, salt, ARGON2_TIME_COST, ARGON2_MEMORY_KIB, ARGON2_LANES)
        sealed = AESGCM(wrapping).encrypt(nonce, secret, _associated_data(header))
        text = json.dumps({**header, "sealed": _b64(sealed)}, indent=2, ensure_ascii=True) + "\n"
        _write_atomically(path, text)

    @classmethod
    def load(cls, path: Path, passphrase: str) -> InstallationKeys:
        header, sealed = _read(path)
        kdf = header["kdf"]
        wrapping = _passphrase_key(
            passphrase, _unb64(kdf["salt"]), kdf["time_cost"], kdf["memory_kib"], kdf["lanes"]
        )
        try:
            secret = AESGCM(wrapping).decrypt(_unb64(header["nonce"]), sealed, _associated_data(header))
        except InvalidTag:
            # The header was checked for shape, so a failed seal is, nearly always, the passphrase.
            raise ValidationError(
                "exchange_keys.wrong_passphrase",
                "The passphrase of the exchange keys is wrong.",
            ) from None
        keys = cls(
            header["unit_code"],
            Ed25519PrivateKey.from_private_bytes(secret[:32]),
            X25519PrivateKey.from_private_bytes(secret[32:]),
        )
        public = keys.public
        if (_b64(public.sign_public), _b64(public.box_public)) != (
            header["sign_public"],
            header["box_public"],
        ):
            raise _damaged(path)
        return keys


def read_public(path: Path) -> PublicKeys:
    """The public part of a key file, without the passphrase (to show the fingerprint)."""
    header, _ = _read(path)
    return PublicKeys.of(header["unit_code"], _unb64(header["sign_public"]), _unb64(header["box_public"]))


# --- The file -----------------------------------------------------------------------------------


def _header(
    public: PublicKeys, salt: bytes, nonce: bytes, time_cost: int, memory_kib: int, lanes: int
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "unit_code": public.unit_code,
        "key_id": public.key_id,
        "sign_public": _b64(public.sign_public),
        "box_public": _b64(public.box_public),
        "kdf": {
            "name": "argon2id",
            "time_cost": time_cost,
            "memory_kib": memory_kib,
            "lanes": lanes,
            "salt": _b64(salt),
        },
        "cipher": "aes-256-gcm",
        "nonce": _b64(nonce),
    }


def _associated_data(header: dict[str, Any]) -> bytes:
    """Everything but the seal, in one canonical form: none of it can change without breaking the seal."""
    return json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _read(path: Path) -> tuple[dict[str, Any], bytes]:
    try:
        with path.open("rb") as handle:
            raw = handle.read(_MAX_FILE_BYTES + 1)
    except OSError as error:
        raise StorageError(
            "exchange_keys.cannot_read",
            f"The key file {path} cannot be read: {error.strerror}",
            path=str(path),
        ) from error
    try:
        if len(raw) > _MAX_FILE_BYTES:
            raise ValueError("too big")
        document = json.loads(raw.decode("utf-8"))
        header, sealed = _checked(document)
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise _damaged(path) from None
    return header, sealed


def _checked(document: Any) -> tuple[dict[str, Any], bytes]:
    """The header (exactly the fields ``_header`` writes) and the seal, or ValueError."""
    if (
        not isinstance(document, dict)
        or document.get("format") != FORMAT
        or document.get("version") != VERSION
    ):
        raise ValueError("not a key file of this version")
    header = {key: value for key, value in document.items() if key != "sealed"}
    kdf = header["kdf"]
    if not isinstance(kdf, dict) or kdf.get("name") != "argon2id" or header["cipher"] != "aes-256-gcm":
        raise ValueError("unknown kdf or cipher")
    costs = (kdf["time_cost"], kdf["memory_kib"], kdf["lanes"])
    if not all(type(cost) is int for cost in costs):
        raise ValueError("costs")
    if not (1 <= costs[0] <= _MAX_TIME_COST and 8 <= costs[1] <= _MAX_MEMORY_KIB and 1 <= costs[2] <= 16):
        raise ValueError("costs out of bounds")
    sign_public, box_public = _unb64(header["sign_public"]), _unb64(header["box_public"])
    if len(sign_public) != PUBLIC_BYTES or len(box_public) != PUBLIC_BYTES:
        raise ValueError("public key length")
    if not isinstance(header["unit_code"], str) or header["key_id"] != key_id_of(sign_public, box_public):
        raise ValueError("unit code or key id")
    if len(_unb64(kdf["salt"])) != SALT_BYTES or len(_unb64(header["nonce"])) != NONCE_BYTES:
        raise ValueError("salt or nonce")
    expected = set(_header(PublicKeys("", "", b"", b""), b"", b"", 1, 1, 1))
    if set(header) != expected or set(kdf) != {"name", "time_cost", "memory_kib", "lanes", "salt"}:
        raise ValueError("unexpected fields")
    return header, _unb64(document["sealed"])


def _damaged(path: Path) -> StorageError:
    return StorageError(
        "exchange_keys.damaged",
        f"The exchange key file {path} is damaged or not a key file. Restore it from a copy, "
        "or make new keys and send their fingerprint to the council again.",
        path=str(path),
    )


def _passphrase_key(passphrase: str, salt: bytes, time_cost: int, memory_kib: int, lanes: int) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=time_cost,
        memory_cost=memory_kib,
        parallelism=lanes,
        hash_len=32,
        type=Type.ID,
    )


def _write_atomically(path: Path, text: str) -> None:
    try:
        # Readable by this account only: the seal could be attacked by guessing passphrases.
        replace_text(path, text, private=True)
    except OSError as error:
        raise StorageError(
            "exchange_keys.cannot_write",
            f"The key file {path} cannot be written: {error.strerror}",
            path=str(path),
        ) from error


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)
