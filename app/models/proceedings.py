"""What happens inside a case: sessions, the settlement agreement, its obligations and follow-ups."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamps, UuidPk, Versioned, str_enum
from app.models.cases import Case, CaseParticipant
from app.models.enums import FollowUpMethod, Language, ObligationStatus, SessionKind


class MediationSession(UuidPk, Timestamps, Versioned, Base):
    __tablename__ = "sessions"
    __table_args__ = (
        Index("ix_sessions_case_held", "case_id", "held_on"),
    )  # sessions held per case in a period

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(index=True)
    start_time: Mapped[str | None] = mapped_column(String(5))  # "HH:MM" local time, for the calendar
    duration_minutes: Mapped[int | None]
    kind: Mapped[SessionKind] = mapped_column(str_enum(SessionKind))
    place: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[Language | None] = mapped_column(str_enum(Language))
    mediator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("mediators.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship()
    attendees: Mapped[list[SessionAttendee]] = relationship(cascade="all, delete-orphan")


class SessionAttendee(Base):
    __tablename__ = "session_attendees"

    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("case_participants.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class SettlementAgreement(UuidPk, Timestamps, Versioned, Base):
    __tablename__ = "settlement_agreements"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    signed_on: Mapped[date]
    subject: Mapped[str] = mapped_column(Text)
    terms: Mapped[str | None] = mapped_column(Text)
    signed_by_email: Mapped[bool] = mapped_column(default=False)  # signed copies exchanged by e-mail

    case: Mapped[Case] = relationship()
    obligations: Mapped[list[Obligation]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="Obligation.due_on"
    )


class Obligation(UuidPk, Timestamps, Versioned, Base):
    """One promise in the settlement agreement (who, what, by when), followed until it is kept."""

    __tablename__ = "obligations"

    agreement_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("settlement_agreements.id", ondelete="CASCADE"), index=True
    )
    obligor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_participants.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date] = mapped_column(index=True)
    status: Mapped[ObligationStatus] = mapped_column(
        str_enum(ObligationStatus), default=ObligationStatus.PENDING, index=True
    )
    checked_on: Mapped[date | None]
    note: Mapped[str | None] = mapped_column(Text)

    agreement: Mapped[SettlementAgreement] = relationship(back_populates="obligations")
    obligor: Mapped[CaseParticipant | None] = relationship()


class FollowUp(UuidPk, Timestamps, Base):
    __tablename__ = "follow_ups"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    done_on: Mapped[date] = mapped_column(index=True)
    method: Mapped[FollowUpMethod] = mapped_column(str_enum(FollowUpMethod))
    note: Mapped[str | None] = mapped_column(Text)
    next_due_on: Mapped[date | None]


class Satisfaction(UuidPk, Base):
    """A party's optional feedback at closing: a 1-5 score and whether they would recommend mediation."""

    __tablename__ = "satisfaction"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_participants.id"), index=True)
    score: Mapped[int | None]
    would_recommend: Mapped[bool | None]
    recorded_at: Mapped[datetime]
