"""The first start: which unit this installation serves, and its first administrator."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Unit, User
from app.models.enums import Role
from app.services import settings, units, users


@dataclass(frozen=True)
class UnitChoice:
    code: str
    name: str
    kind: str
    region_code: str | None


def is_set_up(session: Session) -> bool:
    has_unit = bool(settings.get(session, "installation.unit_code"))
    has_user = int(session.scalar(select(func.count()).select_from(User)) or 0) > 0
    return has_unit and has_user


def unit_choices(session: Session, lang: str) -> list[UnitChoice]:
    """Open units, for the set-up list (the reference list of the mediation network)."""
    rows = session.scalars(select(Unit).where(Unit.closed_on.is_(None)).order_by(Unit.region_code, Unit.code))
    return [UnitChoice(u.code, u.name(lang), u.kind.value, u.region_code) for u in rows]


def set_up(
    session: Session, unit_code: str, admin_username: str, admin_name: str, admin_password: str
) -> uuid.UUID:
    """Record the installation's unit and create its administrator; returns the administrator's id."""
    unit = units.by_code(session, unit_code)
    settings.set_value(session, "installation.unit_code", unit.code)
    admin = users.create_user(session, admin_username, admin_name, admin_password, Role.ADMINISTRATOR, unit.code)
    return admin.id


def installation_unit(session: Session) -> Unit | None:
    code = settings.get(session, "installation.unit_code")
    return units.by_code(session, code) if code else None
