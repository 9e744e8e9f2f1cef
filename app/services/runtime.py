"""Open the program's database: locate it, bring its schema to head, attach the services' hooks."""

from __future__ import annotations

from pathlib import Path

from app.exchange.read_only import install_read_only_guard
from app.services import audit, permissions, search_index
from app.storage import db_errors, migrate
from app.storage.database import Database
from app.storage.location import DatabaseLocation, resolve_location

# Permissions first: a write the role may not make is refused before anything is audited or indexed;
# then rows another unit sent up in a monthly package, which are read-only here.
SESSION_HOOKS = (permissions.install, install_read_only_guard, audit.install, search_index.install)


def open_database(
    location: DatabaseLocation | None = None,
    *,
    data_dir: str | Path | None = None,
    database_url: str | None = None,
    upgrade: bool = True,
) -> Database:
    """The database, migrated to the schema this program knows (backed up first when it was older).

    A database from a newer program raises StorageError('db.newer_than_program') and is not touched.
    """
    location = location or resolve_location(data_dir, database_url)
    database = Database(location, session_hooks=SESSION_HOOKS)
    try:
        if upgrade:
            result = migrate.upgrade(database.engine, location)
            database.migration = result
        else:
            migrate.check_not_newer(migrate.current_revision(database.engine))
    except BaseException as error:
        database.close()
        friendly = db_errors.translate(error)
        if friendly is not None and friendly is not error:
            raise friendly from error
        raise
    return database
