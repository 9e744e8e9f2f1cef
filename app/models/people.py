"""Mediators, their trainings, and the users who sign in."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamps, UuidPk, Versioned, str_enum
from app.models.enums import MediatorKind, Role
from app.models.organisation import Unit


class Mediator(UuidPk, Timestamps, Versioned, Base):
    __tablename__ = "mediators"

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.id"), index=True)
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    middle_name: Mapped[str | None] = mapped_column(String(100))
    kind: Mapped[MediatorKind] = mapped_column(str_enum(MediatorKind))
    register_number: Mapped[str | None] = mapped_column(String(40))
    registered_on: Mapped[date | None]  # election date (public) or certificate date (professional)
    languages: Mapped[list[str]] = mapped_column(default=list)
    specialisations: Mapped[list[str]] = mapped_column(default=list)  # Category values
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[str | None] = mapped_column(Text)
    received_package_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("received_packages.id"), index=True
    )

    unit: Mapped[Unit] = relationship()
    trainings: Mapped[list[MediatorTraining]] = relationship(
        back_populates="mediator", cascade="all, delete-orphan", order_by="MediatorTraining.completed_on"
    )

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.middle_name) if p)


class MediatorTraining(UuidPk, Base):
    __tablename__ = "mediator_trainings"

    mediator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("mediators.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    provider: Mapped[str | None] = mapped_column(String(200))
    completed_on: Mapped[date]
    hours: Mapped[int | None]

    mediator: Mapped[Mediator] = relationship(back_populates="trainings")


class User(UuidPk, Timestamps, Versioned, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))  # argon2id, never the password
    role: Mapped[Role] = mapped_column(str_enum(Role))
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.id"), index=True)
    mediator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("mediators.id"))
    language: Mapped[str | None] = mapped_column(String(8))
    active: Mapped[bool] = mapped_column(default=True)
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    last_login_at: Mapped[datetime | None]

    unit: Mapped[Unit] = relationship()
