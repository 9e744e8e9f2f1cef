"""What every view needs: the database, the signed-in user, languages, preferences, error reporting."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.services.context import Actor
from app.services.preferences import Preferences
from app.ui.errors import ErrorReporter
from app.ui.i18n import Languages

if TYPE_CHECKING:
    from app.models.enums import Role
    from app.services.permissions import Action
    from app.storage.database import Database  # SQLAlchemy: not loaded before the sign-in window


@dataclass
class SignedIn:
    user_id: uuid.UUID | None
    display_name: str
    role: Role
    unit_id: uuid.UUID
    unit_code: str
    unit_names: dict[str, str]  # by language: kk, ru, en
    unit_ids: list[uuid.UUID] = field(default_factory=list)  # the unit and everything below it

    def unit_name(self, lang: str) -> str:
        return self.unit_names.get(lang) or self.unit_names.get("en", self.unit_code)

    def actor(self) -> Actor:
        """This person for a unit of work: the audit trail names them, permissions hold them to their role."""
        return Actor(self.display_name, self.user_id, self.role, tuple(self.unit_ids) or None)

    def may(self, action: Action) -> bool:
        """Whether this person's role may take the action (app/services/permissions.py's table)."""
        from app.services import permissions  # SQLAlchemy: not loaded before the sign-in window

        return permissions.allowed(self.role, action)


@dataclass
class UiContext:
    database: Database
    data_dir: Path
    user: SignedIn
    languages: Languages
    prefs: Preferences
    errors: ErrorReporter
