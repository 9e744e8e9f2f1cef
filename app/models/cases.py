"""A dispute from intake to closing: the case, its parties and participants, mediators, extensions."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamps, UuidPk, Versioned, str_enum
from app.models.enums import (
    AgeGroup,
    CaseStatus,
    Category,
    Channel,
    Exclusion,
    Language,
    LegalArea,
    Outcome,
    ParticipantRole,
    PartyKind,
    RiskLevel,
    Sex,
    TerminationReason,
)
from app.models.organisation import District, Unit
from app.models.people import Mediator


class Case(UuidPk, Timestamps, Versioned, Base):
    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("unit_id", "year", "seq", name="uq_cases_unit_year_seq"),
        Index("ix_cases_status_intake", "status", "intake_date"),
        Index("ix_cases_unit_intake", "unit_id", "intake_date"),
        # Reports join the cases of a unit tree to their sessions, obligations...: with the id in the
        # index those joins never read the case rows themselves (a quarter off the republic's year).
        Index("ix_cases_unit_id", "unit_id", "id"),
    )

    number: Mapped[str] = mapped_column(String(40), unique=True)  # e.g. KZ-31-KRD-2026-0042
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.id"))
    year: Mapped[int]
    seq: Mapped[int]
    district_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("districts.id"), index=True)

    intake_date: Mapped[date] = mapped_column(index=True)
    channel: Mapped[Channel] = mapped_column(str_enum(Channel))
    category: Mapped[Category] = mapped_column(str_enum(Category), index=True)
    legal_area: Mapped[LegalArea | None] = mapped_column(str_enum(LegalArea))
    description: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[Language | None] = mapped_column(str_enum(Language))  # language of the mediation

    inter_ethnic: Mapped[bool] = mapped_column(default=False)
    group_dispute: Mapped[bool] = mapped_column(default=False)
    minors_involved: Mapped[bool] = mapped_column(default=False)
    recurrence: Mapped[bool] = mapped_column(default=False)
    recurrence_of_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), index=True)
    risk_level: Mapped[RiskLevel] = mapped_column(str_enum(RiskLevel), default=RiskLevel.LOW)

    status: Mapped[CaseStatus] = mapped_column(str_enum(CaseStatus), default=CaseStatus.INTAKE)
    exclusion: Mapped[Exclusion | None] = mapped_column(str_enum(Exclusion))
    exclusion_note: Mapped[str | None] = mapped_column(Text)

    proposal_sent_on: Mapped[date | None]  # written proposal to mediate; unanswered in 10 days = refused
    agreement_signed_on: Mapped[date | None]  # the mediation agreement: starts the statutory clock
    deadline_on: Mapped[date | None] = mapped_column(index=True)  # agreement + term + extensions

    outcome: Mapped[Outcome | None] = mapped_column(str_enum(Outcome), index=True)
    termination_reason: Mapped[TerminationReason | None] = mapped_column(str_enum(TerminationReason))
    termination_note: Mapped[str | None] = mapped_column(Text)
    ended_at: Mapped[datetime | None]  # when the mediation procedure ended (outcome recorded), UTC
    ended_on: Mapped[date | None] = mapped_column(index=True)  # the same in Kazakhstan's local calendar
    closed_on: Mapped[date | None] = mapped_column(index=True)  # the file closed (after any follow-up)
    import_batch_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("import_batches.id"), index=True)
    # Set on rows another unit sent up in a monthly package: read-only here, replaced by its next package.
    received_package_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("received_packages.id"), index=True
    )

    unit: Mapped[Unit] = relationship()
    district: Mapped[District | None] = relationship()
    participants: Mapped[list[CaseParticipant]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseParticipant.created_at"
    )
    assignments: Mapped[list[MediatorAssignment]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="MediatorAssignment.assigned_on"
    )
    extensions: Mapped[list[Extension]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Extension.granted_on"
    )


class CaseCounter(Base):
    """The last sequence number given per unit and year (the human case number's last part)."""

    __tablename__ = "case_counters"

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.id"), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True)
    last_seq: Mapped[int] = mapped_column(default=0)


class Party(UuidPk, Timestamps, Versioned, Base):
    """A person, organisation, group or state body; may take part in several cases."""

    __tablename__ = "parties"

    kind: Mapped[PartyKind] = mapped_column(str_enum(PartyKind))
    last_name: Mapped[str | None] = mapped_column(String(100))
    first_name: Mapped[str | None] = mapped_column(String(100))
    middle_name: Mapped[str | None] = mapped_column(String(100))
    org_name: Mapped[str | None] = mapped_column(String(300))  # organisation, group or state body
    id_number: Mapped[str | None] = mapped_column(String(12), index=True)  # IIN or BIN
    sex: Mapped[Sex | None] = mapped_column(str_enum(Sex))
    birth_date: Mapped[date | None]
    age_group: Mapped[AgeGroup | None] = mapped_column(str_enum(AgeGroup))
    ethnicity: Mapped[str | None] = mapped_column(String(60))  # only with consent; may stay blank
    language: Mapped[Language | None] = mapped_column(str_enum(Language))
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(Text)
    consent_given: Mapped[bool] = mapped_column(default=False)
    consent_on: Mapped[date | None]
    group_size: Mapped[int | None]
    received_package_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("received_packages.id"), index=True
    )

    @property
    def display_name(self) -> str:
        if self.kind is PartyKind.PERSON:
            name = " ".join(p for p in (self.last_name, self.first_name, self.middle_name) if p)
        else:
            name = self.org_name or ""
        return name


class CaseParticipant(UuidPk, Timestamps, Base):
    __tablename__ = "case_participants"
    __table_args__ = (UniqueConstraint("case_id", "party_id", "role", name="uq_case_participants_role"),)

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    party_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("parties.id"), index=True)
    role: Mapped[ParticipantRole] = mapped_column(str_enum(ParticipantRole))
    represents_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_participants.id"), index=True)

    case: Mapped[Case] = relationship(back_populates="participants")
    party: Mapped[Party] = relationship()


class ConflictDeclaration(UuidPk, Base):
    """A mediator's statement, per case, that nothing (or something) prevents impartiality."""

    __tablename__ = "conflict_declarations"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    mediator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("mediators.id"), index=True)
    has_conflict: Mapped[bool]
    note: Mapped[str | None] = mapped_column(Text)
    declared_at: Mapped[datetime]


class MediatorAssignment(UuidPk, Timestamps, Base):
    __tablename__ = "mediator_assignments"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    mediator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("mediators.id"), index=True)
    lead: Mapped[bool] = mapped_column(default=True)
    assigned_on: Mapped[date]
    released_on: Mapped[date | None]
    declaration_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("conflict_declarations.id"))

    case: Mapped[Case] = relationship(back_populates="assignments")
    mediator: Mapped[Mediator] = relationship()


class Extension(UuidPk, Timestamps, Base):
    """An extension of the statutory term, with the parties' consent and its reason."""

    __tablename__ = "extensions"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    granted_on: Mapped[date]
    days: Mapped[int]
    reason: Mapped[str] = mapped_column(Text)
    parties_consented: Mapped[bool]

    case: Mapped[Case] = relationship(back_populates="extensions")
