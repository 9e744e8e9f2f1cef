"""Checks of the storage: SQLCipher, the migration scripts, an encrypted database with demo cases."""

from __future__ import annotations

import secrets
import sqlite3

from sqlalchemy import func, select

from app.selftest.workspace import CheckError, Workspace

DEMO_CASES = 60  # enough that the demo unit has cases in every month of the report and the exchange
DEMO_SEED = 7


def check_sqlcipher(_: Workspace) -> None:
    """The SQLCipher library is there and is SQLCipher: a keyed in-memory database tells its version."""
    import sqlcipher3

    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute("PRAGMA key = 'self-test'")
        row = connection.execute("PRAGMA cipher_version").fetchone()
    finally:
        connection.close()
    if not row or not row[0]:
        raise CheckError("the sqlcipher3 module is plain SQLite: PRAGMA cipher_version gave nothing")
    if not str(row[0]).startswith("4."):
        raise CheckError(f"SQLCipher {row[0]} found; the databases are SQLCipher 4")


def check_migration_scripts(_: Workspace) -> None:
    """Alembic reads the migration scripts shipped with the program, and their head is the one it expects."""
    from app.storage import migrate

    head = migrate.head_revision()
    if head != migrate.SCHEMA_HEAD:
        raise CheckError(f"the migration scripts end at {head}, the program expects {migrate.SCHEMA_HEAD}")


def check_database(ws: Workspace) -> None:
    """A new encrypted database for the demo unit, built by the migrations, with demo cases and a user."""
    from app.services import clock, demo
    from app.services.context import Actor
    from app.storage.location import resolve_location

    location = resolve_location(ws.folder / "centre")
    password = f"Self-test-{secrets.token_hex(8)}-7"  # letters and a digit, as the password rule asks
    summary, _recovery_key = demo.generate_encrypted_demo(
        location,
        password,
        cases=DEMO_CASES,
        seed=DEMO_SEED,
        until=clock.today(),
        actor=Actor.system("self-test"),
    )
    if summary.cases != DEMO_CASES:
        raise CheckError(f"{summary.cases} demo cases were written instead of {DEMO_CASES}")
    ws.location, ws.password, ws.cases = location, password, summary.cases


def check_encryption(ws: Workspace) -> None:
    """The file is SQLCipher (no plain header; plain SQLite cannot read it) and the user's password opens it."""
    from app.models import Case
    from app.services import database_keys, demo
    from app.services.runtime import open_database
    from app.storage import migrate
    from app.storage.location import SQLITE_HEADER

    location = ws.require_location()
    path = location.file_path
    if path is None or not path.is_file():
        raise CheckError("the database file is missing")
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
            raise CheckError(f"{path.name} begins with the plain SQLite header: it is not encrypted")
    if _plain_sqlite_reads(path):
        raise CheckError(f"plain SQLite reads {path.name} without a key")
    unlocked = database_keys.unlock(location, demo.DEMO_ADMIN, ws.password)
    db = ws.keep(open_database(unlocked))
    with db.session() as session:
        cases = int(session.scalar(select(func.count()).select_from(Case)) or 0)
    if cases != ws.cases:
        raise CheckError(f"the opened database holds {cases} cases, {ws.cases} were written")
    revision = migrate.current_revision(db.engine)
    if revision != migrate.SCHEMA_HEAD:
        raise CheckError(f"the database is at revision {revision}, not {migrate.SCHEMA_HEAD}")
    ws.location = unlocked


def _plain_sqlite_reads(path: object) -> bool:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:  # "file is not a database": what an encrypted file must answer
        return False
    finally:
        connection.close()
    return True
