"""The one-minute consultation log: appeals answered before (or instead of) a mediation."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, UuidPk, str_enum
from app.models.enums import AgeGroup, Category, ConsultationResult, Language, Sex


class Consultation(UuidPk, Timestamps, Base):
    __tablename__ = "consultations"
    __table_args__ = (Index("ix_consultations_unit_held", "unit_id", "held_on"),)

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.id"))
    mediator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("mediators.id"), index=True)
    district_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("districts.id"))
    held_on: Mapped[date]
    topic: Mapped[Category] = mapped_column(str_enum(Category))
    language: Mapped[Language | None] = mapped_column(str_enum(Language))
    result: Mapped[ConsultationResult] = mapped_column(str_enum(ConsultationResult))
    inter_ethnic: Mapped[bool] = mapped_column(default=False)
    sex: Mapped[Sex | None] = mapped_column(str_enum(Sex))
    age_group: Mapped[AgeGroup | None] = mapped_column(str_enum(AgeGroup))
    note: Mapped[str | None] = mapped_column(Text)
    case_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("cases.id"), index=True
    )  # when it led to a case
    received_package_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("received_packages.id"), index=True
    )
