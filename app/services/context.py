"""Who is doing the work: carried on the SQLAlchemy session so the audit trail can name them."""

from __future__ import annotations

import getpass
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.models.enums import Role


@dataclass(frozen=True)
class Actor:
    """Who does the work. ``role`` and ``unit_ids`` (the user's unit and those below it) hold the work
    to what that role may do (app/services/permissions.py); with only ``user_id`` given they are
    looked up; with neither, it is the program itself or the command line, and nothing is limited."""

    name: str
    user_id: uuid.UUID | None = None
    role: Role | None = None
    unit_ids: tuple[uuid.UUID, ...] | None = None

    @classmethod
    def system(cls, what: str = "system") -> Actor:
        return cls(name=what)

    @classmethod
    def command_line(cls) -> Actor:
        try:
            who = getpass.getuser()
        except Exception:  # no login name (a service account, a container): still say it was the CLI
            who = "unknown"
        return cls(name=f"cli:{who}")


def actor_of(session: Session) -> Actor:
    actor = session.info.get("actor")
    return actor if isinstance(actor, Actor) else Actor.system()
