"""An open database: the engine, the session factory and units of work with friendly errors."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.errors import StorageError
from app.storage import db_errors
from app.storage.engine import WRITE_OPTION, make_engine
from app.storage.location import DatabaseLocation

# A hook gets the session factory to attach listeners to (the services' audit trail and search index);
# storage itself knows nothing of the services.
SessionHook = Callable[["sessionmaker[Session]"], None]
LOCATION_INFO = "database_location"  # the key in Session.info


class Database:
    def __init__(
        self,
        location: DatabaseLocation,
        *,
        engine: Engine | None = None,
        session_hooks: tuple[SessionHook, ...] = (),
    ) -> None:
        self.location = location
        self.engine = engine or make_engine(location)
        # Every session can reach the location (and the key of an encrypted database): the users
        # service rewraps that key in the key file when a password changes (app/services/database_keys.py).
        self.session_factory: sessionmaker[Session] = sessionmaker(
            self.engine, expire_on_commit=False, info={LOCATION_INFO: location}
        )
        for hook in session_hooks:
            hook(self.session_factory)
        self.migration: object | None = None  # what opening did to the schema (MigrationResult)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self, *, write: bool = False, actor: object | None = None) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back whole when it raises.

        Driver errors that a person can act on (busy, full disk, corrupt file, stale version) come
        out as TatulyqError with a message key; anything else is a bug and propagates unchanged.
        """
        session = self.session_factory()
        if actor is not None:
            session.info["actor"] = actor
        try:
            if write:
                session.connection(execution_options={WRITE_OPTION: True})
            yield session
            session.commit()
        except BaseException as error:
            session.rollback()
            friendly = db_errors.translate(error)
            if friendly is not None and friendly is not error:
                raise friendly from error
            raise
        finally:
            session.close()

    def use_location(self, location: DatabaseLocation) -> None:
        """Go on with the same data at ``location`` (the file just encrypted in place, with its key):
        a new engine, the same session factory with its hooks, so every holder of this object follows."""
        previous = self.engine
        self.location = location
        self.engine = make_engine(location)
        self.session_factory.configure(bind=self.engine, info={LOCATION_INFO: location})
        previous.dispose()

    def close(self) -> None:
        self.engine.dispose()


def require_sqlite_file(location: DatabaseLocation) -> None:
    if location.sqlite_path is None:
        raise StorageError("db.not_a_file", "This operation works on a local SQLite database file only.")
