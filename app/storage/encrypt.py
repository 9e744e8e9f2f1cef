"""Convert a plain local database into an encrypted one, in place, with a backup first.

The steps, each needed before the next may run:

1. nobody else has the file open (another program's writes would go to the old file after the swap);
2. the write lock is taken and held to the end: no change can slip in between the copy and the swap;
3. a plain backup is made with the usual backup code (the way back if anything below fails);
4. that backup (never the live file: two SQLite libraries in one process must not share a file,
   their POSIX locks would drop each other's) is exported with ``sqlcipher_export`` into a new file
   encrypted with the new key, beside the database;
5. the new file is verified: integrity, the search index, the schema revision, the same counts;
6. the key file is written under a staged name, the write lock released, the encrypted file renamed
   over the plain one, and the staged key file renamed into place. A program stopped between those
   renames is finished by ``keyfile.settle`` at the next start; one stopped earlier left the plain
   database as it was (the leftovers are removed).

The backup from step 3 and any older backups in the backups folder are not encrypted: the caller
says so, so that an administrator can remove them once the encrypted database has been checked.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text

from app.errors import StorageError
from app.storage import keyfile
from app.storage.backup import backup_sqlite
from app.storage.checks import COUNTED
from app.storage.database import Database
from app.storage.engine import WRITE_OPTION, connect_file, file_is_plain, sqlite_errors
from app.storage.keyfile import KeyFile

BEFORE_ENCRYPT = "before-encrypt"
WORK_SUFFIX = ".encrypting"


@dataclass(frozen=True)
class Encrypted:
    backup: Path  # the plain copy made first
    counts: dict[str, int]
    plain_backups: list[Path] = field(default_factory=list)  # unencrypted copies left in the backups folder


def encrypt_in_place(database: Database, key: bytes, keys: KeyFile) -> Encrypted:
    """Encrypt ``database``'s file with ``key``; ``keys`` (with its first wrap) becomes its key file.

    ``database`` goes on working afterwards, now on the encrypted file (Database.use_location).
    """
    location = database.location
    path, key_path = location.sqlite_path, location.key_file
    if path is None or key_path is None:
        raise StorageError("db.not_a_file", "Only a local database file can be encrypted.")
    keyfile.settle(path, key_path)
    if location.key is not None or key_path.exists() or file_is_plain(path) is not True:
        raise StorageError("encrypt.already", f"The database at {path} is already encrypted.")
    if keys.key_id != keyfile.key_id(key):
        raise ValueError("the key file was made for another key")
    work = path.with_name(path.name + WORK_SUFFIX)
    staged = keyfile.staged(key_path)
    _refuse_if_in_use(database, path)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    backup = location.backup_dir / f"{BEFORE_ENCRYPT}-{stamp}.db"
    try:
        with database.engine.connect().execution_options(**{WRITE_OPTION: True}) as guard:
            guard.begin()  # BEGIN IMMEDIATE: held until the encrypted file is ready
            counts = _counts(guard)
            revision = guard.scalar(text("SELECT version_num FROM alembic_version"))
            backup_sqlite(database.engine, backup)
            _export(backup, work, key)
            _verify(work, key, counts, str(revision))
            keyfile.write(staged, keys)
            guard.rollback()
        _refuse_if_in_use(database, path)
        os.replace(work, path)
        os.replace(staged, key_path)
    except BaseException:
        work.unlink(missing_ok=True)
        staged.unlink(missing_ok=True)
        raise
    database.use_location(location.with_key(key))
    return Encrypted(backup, counts, plain_backups(location.backup_dir))


def plain_backups(folder: Path) -> list[Path]:
    """Backups in ``folder`` anyone could read (made before the database was encrypted)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.db") if file_is_plain(p))


def _refuse_if_in_use(database: Database, path: Path) -> None:
    """With none of our connections open, SQLite removes the -wal file; if it stays, someone else has it."""
    database.engine.dispose()
    raw = database.engine.raw_connection()  # opening folds a WAL left by a crash back into the file
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
    finally:
        raw.close()
    database.engine.dispose()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        raise StorageError(
            "encrypt.in_use",
            "Another program (or another window of Tatulyq) has the database open; close it and try again.",
        )
    path.with_name(path.name + "-shm").unlink(missing_ok=True)


def _counts(conn: Any) -> dict[str, int]:
    return {name: int(conn.scalar(text(f"SELECT count(*) FROM {name}")) or 0) for name in COUNTED}


def _export(source: Path, target: Path, key: bytes) -> None:
    import sqlcipher3

    target.unlink(missing_ok=True)
    conn = sqlcipher3.connect(str(source))  # a plain file: sqlcipher3 reads it without a key
    try:
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute(f"PRAGMA encrypted.user_version = {version}")
        conn.execute("DETACH DATABASE encrypted")
    except sqlite_errors() as error:
        raise StorageError("encrypt.failed", f"The database could not be encrypted: {error}") from error
    finally:
        conn.close()
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())


def _verify(path: Path, key: bytes, counts: dict[str, int], revision: str) -> None:
    conn = connect_file(path, key)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise StorageError("encrypt.failed", "The encrypted copy failed its check: " + "; ".join(problems[:5]))
        conn.execute("INSERT INTO case_search(case_search) VALUES ('integrity-check')")
        copied = {name: int(conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0]) for name in COUNTED}
        if copied != counts:
            raise StorageError("encrypt.failed", f"The encrypted copy holds {copied}, not {counts}.")
        stored = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if stored is None or str(stored[0]) != revision:
            raise StorageError("encrypt.failed", "The encrypted copy lost the schema revision.")
        conn.rollback()
    except sqlite_errors() as error:
        raise StorageError("encrypt.failed", f"The encrypted copy cannot be read: {error}") from error
    finally:
        conn.close()
