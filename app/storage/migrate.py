"""Bring a database to the schema this program knows, or refuse it clearly.

- a new (empty) database is built to head;
- an older one is first backed up (SQLite online backup, which also copies what is still in the WAL),
  then upgraded in one transaction, so a failure leaves it as it was;
- a database written by a newer program (a revision we do not know) is refused and left untouched.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy import exc as sa_exc

from app.errors import StorageError
from app.storage.backup import backup_sqlite
from app.storage.location import DatabaseLocation

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# The newest revision in migrations/versions. Kept here so that a start on an up-to-date database
# needs no Alembic at all (importing it costs a tenth of a second); a test checks it against Alembic.
SCHEMA_HEAD = "0006_exchange"


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def migrations_dir() -> Path:
    return Path(str(resources.files("app.migrations")))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    if head is None:  # pragma: no cover - the package always ships revisions
        raise RuntimeError("no migrations are installed")
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        except sa_exc.OperationalError as error:
            if "no such table" in str(error) or "does not exist" in str(error):
                return None
            raise
        except sa_exc.ProgrammingError:  # PostgreSQL: relation "alembic_version" does not exist
            return None
        return str(row[0]) if row is not None else None


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def _has_tables(conn: Connection) -> bool:
    return bool(inspect(conn).get_table_names())


def check_not_newer(revision: str | None) -> None:
    if revision is not None and revision != SCHEMA_HEAD and revision not in known_revisions():
        raise StorageError(
            "db.newer_than_program",
            f"This database was made by a newer version of Tatulyq (schema {revision}). "
            "Install the newer version; the database was not changed.",
            revision=revision,
        )


def upgrade(engine: Engine, location: DatabaseLocation) -> MigrationResult:
    before = current_revision(engine)
    if before == SCHEMA_HEAD:
        return MigrationResult(before, before, None)
    check_not_newer(before)
    head = head_revision()
    if before == head:
        return MigrationResult(before, head, None)

    backup_path: Path | None = None
    if before is not None or _engine_has_tables(engine):
        if before is None:
            raise StorageError(
                "db.not_tatulyq",
                "This database holds tables but is not a Tatulyq database; it was not changed.",
            )
        if location.sqlite_path is not None:
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            backup_path = location.backup_dir / f"before-upgrade-{before}-{stamp}.db"
            backup_sqlite(engine, backup_path)

    _run_upgrade(engine, head)
    return MigrationResult(before, head, backup_path)


def _engine_has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return _has_tables(conn)


def _run_upgrade(engine: Engine, target: str) -> None:
    from alembic import command

    config = alembic_config()
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # Batch migrations copy and drop tables; with foreign keys enforced a DROP would cascade.
            # The pragma only takes effect outside a transaction, so set it on the raw connection now
            # and check every foreign key before the single commit instead.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, target)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StorageError(
                            "db.migration_broke_keys",
                            f"The upgrade would leave {len(broken)} broken references; nothing was changed.",
                        )
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]
