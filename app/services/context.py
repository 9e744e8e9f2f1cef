"""Who is doing the work: carried on the SQLAlchemy session so the audit trail can name them."""

from __future__ import annotations

import getpass
import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Actor:
    name: str
    user_id: uuid.UUID | None = None

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
