"""Where the service works: regions, districts and the units of the Assembly's mediation network."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamps, UuidPk, str_enum
from app.models.enums import UnitKind


class Region(Base):
    """One of the 20 first-level regions (ISO 3166-2:KZ), built in by the first migration."""

    __tablename__ = "regions"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)  # e.g. "KZ-31"
    name_kk: Mapped[str] = mapped_column(String(120))
    name_ru: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    capital_kk: Mapped[str] = mapped_column(String(80))
    capital_ru: Mapped[str] = mapped_column(String(80))

    def name(self, lang: str) -> str:
        return {"kk": self.name_kk, "ru": self.name_ru}.get(lang, self.name_en)


class District(UuidPk, Base):
    __tablename__ = "districts"

    region_code: Mapped[str] = mapped_column(ForeignKey("regions.code"), index=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)  # e.g. "KZ-31-KRD"
    name_kk: Mapped[str] = mapped_column(String(120))
    name_ru: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))

    region: Mapped[Region] = relationship()

    def name(self, lang: str) -> str:
        return {"kk": self.name_kk, "ru": self.name_ru}.get(lang, self.name_en)


class Unit(UuidPk, Timestamps, Base):
    """A council, centre, House of Friendship or district assembly; the tree of reporting."""

    __tablename__ = "units"

    code: Mapped[str] = mapped_column(String(16), unique=True)  # prefix of its case numbers
    kind: Mapped[UnitKind] = mapped_column(str_enum(UnitKind))
    name_kk: Mapped[str] = mapped_column(String(200))
    name_ru: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    region_code: Mapped[str | None] = mapped_column(ForeignKey("regions.code"), index=True)
    district_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("districts.id"))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("units.id"), index=True)
    opened_on: Mapped[date]
    closed_on: Mapped[date | None]

    parent: Mapped[Unit | None] = relationship(remote_side="Unit.id")
    region: Mapped[Region | None] = relationship()
    district: Mapped[District | None] = relationship()

    def name(self, lang: str) -> str:
        return {"kk": self.name_kk, "ru": self.name_ru}.get(lang, self.name_en)

    def is_open_on(self, day: date) -> bool:
        return self.opened_on <= day and (self.closed_on is None or day <= self.closed_on)
