"""The key file beside an encrypted database (tatulyq.db -> tatulyq.keys): its key, wrapped per user.

What is in it, and why:

- The database key K (32 random bytes, SQLCipher's raw key: no key stretching at every connection)
  is never written in the clear. For each user it is sealed with AES-256-GCM under a key derived
  from that user's password with argon2id (the costs of app/services/users.py, a fresh random salt
  for every wrap); the user name is the associated data, so a wrap cannot be moved to another name.
- K is derived from the recovery key (HKDF-SHA256 of its 160 random bits), so the recovery key is
  not stored at all: it alone opens the database, and every backup of it, even when this file is
  lost with the computer. A wrap for it would be lost with this file.
- ``key_id`` (a hash of K, which tells nothing of K) says whether a recovery key, or a backup, belongs
  to this database before anything is opened.
- The count of wrong passwords in a row per name: a wrong password cannot open an encrypted
  database, so the lock-out cannot be kept inside it.

Written atomically (a file beside, flushed to disk, renamed over) under a lock file, so that a power
cut never leaves half a file and two programs on one computer never lose each other's change.
No SQLAlchemy and no Qt here: the desktop program reads this before SQLAlchemy is loaded.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import secrets
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.errors import StorageError, ValidationError
from app.storage.files import replace_text
from app.storage.location import file_looks_encrypted

FORMAT = "tatulyq-keys"
VERSION = 1
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
# argon2id as app/services/users.py hashes passwords (OWASP's interactive costs: 2 passes, 19 MiB,
# 1 lane; about 20 ms). Each wrap records its costs, so a later change of these still opens old wraps.
ARGON2_TIME_COST = 2
ARGON2_MEMORY_KIB = 19 * 1024
ARGON2_LANES = 1

RECOVERY_BYTES = 20  # 160 bits: 32 base32 characters, shown as 8 groups of 4
RECOVERY_GROUP = 4
_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
# What a person may type instead, reading the key off paper on a Kazakh or Russian keyboard layout:
# Cyrillic letters that look like Latin ones, and digits that look like letters base32 has.
_LOOKALIKES = str.maketrans(
    {
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
        "Т": "T", "Х": "X", "У": "Y", "Ү": "Y", "І": "I", "З": "3", "0": "O", "1": "I", "8": "B",
    }
)  # fmt: skip

LOCK_WAIT_SECONDS = 5.0
STALE_LOCK_SECONDS = 30.0  # a lock older than this was left by a program that died holding it


# -- the keys --------------------------------------------------------------------------------------


def new_recovery_key() -> str:
    """A fresh recovery key for a new database key, as it is shown: 8 groups of 4 letters and digits."""
    text = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[i : i + RECOVERY_GROUP] for i in range(0, len(text), RECOVERY_GROUP))


def recovery_secret(text: str) -> bytes:
    """The 20 bytes a recovery key stands for, however it was typed (case, spaces, look-alikes)."""
    cleaned = "".join(ch for ch in (text or "").upper().translate(_LOOKALIKES) if ch.isalnum())
    if len(cleaned) != len(_BASE32) or any(ch not in _BASE32 for ch in cleaned):
        raise ValidationError(
            "keys.recovery_format",
            "A recovery key is 32 letters and digits in 8 groups of 4, like ABCD-EFGH-JKLM-...; "
            "check what was typed.",
        )
    try:
        return base64.b32decode(cleaned)
    except binascii.Error as error:  # pragma: no cover - every 32 characters of the alphabet decode
        raise ValidationError("keys.recovery_format", "The recovery key cannot be read.") from error


def key_from_recovery(text: str) -> bytes:
    """The database key the recovery key stands for."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=b"tatulyq database key v1")
    return hkdf.derive(recovery_secret(text))


def key_id(key: bytes) -> str:
    """Names a database key without giving it away: the same key, the same id."""
    return hashlib.sha256(b"tatulyq key id v1\x00" + key).hexdigest()[:32]


def sqlcipher_key_pragma(key: bytes) -> str:
    """The PRAGMA that hands SQLCipher a raw 256-bit key (used as it is: no PBKDF2 at each connect)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


# -- wraps -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Wrap:
    """The database key sealed for one user (AES-256-GCM under argon2id(password, salt))."""

    salt: bytes
    nonce: bytes
    sealed: bytes
    made_at: str
    time_cost: int = ARGON2_TIME_COST
    memory_kib: int = ARGON2_MEMORY_KIB
    lanes: int = ARGON2_LANES

    def as_json(self) -> dict[str, Any]:
        return {
            "kdf": "argon2id",
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "lanes": self.lanes,
            "salt": _b64(self.salt),
            "cipher": "aes-256-gcm",
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.sealed),
            "made_at": self.made_at,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Wrap:
        if raw.get("kdf") != "argon2id" or raw.get("cipher") != "aes-256-gcm":
            raise ValueError("unknown wrap")
        return cls(
            salt=_unb64(raw["salt"]),
            nonce=_unb64(raw["nonce"]),
            sealed=_unb64(raw["wrapped_key"]),
            made_at=str(raw.get("made_at", "")),
            time_cost=int(raw["time_cost"]),
            memory_kib=int(raw["memory_kib"]),
            lanes=int(raw["lanes"]),
        )


def _associated_data(username: str) -> bytes:
    return b"tatulyq-keys/v1/user/" + username.encode("utf-8")


def _password_key(password: str, salt: bytes, time_cost: int, memory_kib: int, lanes: int) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=time_cost,
        memory_cost=memory_kib,
        parallelism=lanes,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def seal(key: bytes, username: str, password: str) -> Wrap:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES)
    wrapping = _password_key(password, salt, ARGON2_TIME_COST, ARGON2_MEMORY_KIB, ARGON2_LANES)
    sealed = AESGCM(wrapping).encrypt(nonce, key, _associated_data(username))
    return Wrap(salt, nonce, sealed, _now_text())


def unseal(wrap: Wrap, username: str, password: str) -> bytes | None:
    """The database key, or None when the password (or the name) is not the one it was sealed with."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    wrapping = _password_key(password, wrap.salt, wrap.time_cost, wrap.memory_kib, wrap.lanes)
    try:
        return AESGCM(wrapping).decrypt(wrap.nonce, wrap.sealed, _associated_data(username))
    except InvalidTag:
        return None


def spend_like_unseal(password: str) -> None:
    """An unknown name takes as long to refuse as a wrong password: names cannot be probed by timing."""
    _password_key(password, b"\x00" * SALT_BYTES, ARGON2_TIME_COST, ARGON2_MEMORY_KIB, ARGON2_LANES)


# -- the file --------------------------------------------------------------------------------------


@dataclass
class Lockout:
    failed: int = 0
    locked_until: datetime | None = None


@dataclass
class KeyFile:
    key_id: str
    wraps: dict[str, Wrap] = field(default_factory=dict)
    lockouts: dict[str, Lockout] = field(default_factory=dict)
    created_at: str = field(default_factory=lambda: _now_text())

    def as_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "cipher": "sqlcipher4-raw-key",
            "key_id": self.key_id,
            "created_at": self.created_at,
            "users": {name: self.wraps[name].as_json() for name in sorted(self.wraps)},
            "lockout": {
                name: {
                    "failed": lock.failed,
                    "locked_until": lock.locked_until.isoformat() if lock.locked_until else None,
                }
                for name, lock in sorted(self.lockouts.items())
                if lock.failed or lock.locked_until
            },
        }

    @classmethod
    def from_json(cls, raw: Any) -> KeyFile:
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ValueError("not a Tatulyq key file")
        if raw.get("version") != VERSION:
            raise ValueError(f"key file version {raw.get('version')}")
        lockouts = {}
        for name, lock in dict(raw.get("lockout") or {}).items():
            until = lock.get("locked_until")
            lockouts[name] = Lockout(int(lock.get("failed", 0)), datetime.fromisoformat(until) if until else None)
        return cls(
            key_id=str(raw["key_id"]),
            wraps={name: Wrap.from_json(wrap) for name, wrap in dict(raw.get("users") or {}).items()},
            lockouts=lockouts,
            created_at=str(raw.get("created_at", "")),
        )


def read(path: Path) -> KeyFile:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise StorageError(
            "keys.missing",
            f"The key file {path} is missing, so the encrypted database cannot be opened. Put the file "
            "back (from where it was copied), or open the database with the recovery key.",
            path=str(path),
        ) from error
    except OSError as error:
        raise StorageError(
            "keys.unreadable", f"The key file {path} cannot be read: {error.strerror}", path=str(path)
        ) from error
    try:
        return KeyFile.from_json(json.loads(text))
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error) as error:
        raise StorageError(
            "keys.damaged",
            f"The key file {path} is damaged. Open the database with the recovery key "
            "(tatulyq db recover), which writes a new key file.",
            path=str(path),
        ) from error


def write(path: Path, keys: KeyFile) -> None:
    """Replace the file whole: written beside, flushed to the disk, renamed over the old one."""
    text = json.dumps(keys.as_json(), indent=2, ensure_ascii=True) + "\n"
    try:
        # Readable by this account only: each wrap could be attacked by guessing passwords.
        replace_text(path, text, private=True)
        _sync_folder(path.parent)
    except OSError as error:
        raise StorageError(
            "keys.cannot_write", f"The key file {path} cannot be written: {error.strerror}", path=str(path)
        ) from error


def update(path: Path, change: Callable[[KeyFile], KeyFile | None]) -> KeyFile:
    """Read, change and write back under the lock; ``change`` returns None when nothing changed."""
    with _locked(path):
        keys = read(path)
        changed = change(keys)
        if changed is not None:
            write(path, changed)
            return changed
        return keys


def create(path: Path, keys: KeyFile) -> None:
    """Write a new key file; refused when one is already there (it would orphan its database).

    A new database is half-made until its key file exists (set-up_marker); from now on it is whole.
    """
    with _locked(path):
        if path.exists():
            raise StorageError(
                "keys.exists", f"A key file is already at {path}; it was not replaced.", path=str(path)
            )
        write(path, keys)
    setup_marker(path).unlink(missing_ok=True)


def setup_marker(path: Path) -> Path:
    """Beside a database created encrypted and not yet given its key file (the first start's set-up).

    Its key is in memory only until the administrator exists; a program stopped in between leaves a
    file nobody can open, holding nothing yet: the next start removes it and begins the set-up anew.
    """
    return path.with_name(path.name + ".setup")


def staged(path: Path) -> Path:
    """The key file of a conversion to encryption, written before the encrypted file takes the place
    of the plain one and renamed into place right after (app/storage/encrypt.py)."""
    return path.with_name(path.name + ".new")


def settle(database: Path, path: Path) -> None:
    """Finish or undo what a set-up or a conversion left half-done when the program was stopped.

    - a set-up marker and no key file: the new database never got its key; remove it (it held no data);
    - a staged key file: if the encrypted file already took the plain one's place, the key file
      belongs to it (roll forward); if the database is still plain, the conversion did not happen.
    """
    marker = setup_marker(path)
    if marker.exists() and not path.exists():
        for suffix in ("", "-wal", "-shm", "-journal"):
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        marker.unlink(missing_ok=True)
    new = staged(path)
    if new.exists():
        if not path.exists() and file_looks_encrypted(database):
            os.replace(new, path)
        else:
            new.unlink(missing_ok=True)


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    lock = path.with_name(path.name + ".lock")
    lock.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            handle = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            break
        except FileExistsError:
            try:
                age = time.time() - lock.stat().st_mtime
            except FileNotFoundError:
                continue  # released between the two calls
            if age > STALE_LOCK_SECONDS:
                lock.unlink(missing_ok=True)
                continue
            if time.monotonic() > deadline:
                raise StorageError(
                    "keys.busy", "The key file is busy with another program; try again in a moment."
                ) from None
            time.sleep(0.02)
    try:
        yield
    finally:
        os.close(handle)
        lock.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
