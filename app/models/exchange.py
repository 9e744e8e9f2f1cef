"""The monthly exchange: the directory of units, months marked complete, packages sent and received.

Rows other units sent up (de-identified cases, consultations, and the placeholder parties and mediators
they refer to) live in the ordinary tables with ``received_package_id`` set, so every report reads them
exactly as it reads local rows. A unit's newest package replaces all rows of its previous one.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import BigInteger, ForeignKey, Index, LargeBinary, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UuidPk, utc_now


class InstalledDirectory(Base):
    """Every directory of units installed here, as signed by the republican council; the highest
    version is the one in force. Kept whole so the signature can be checked again at any time."""

    __tablename__ = "exchange_directories"

    version: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    document: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    installed_at: Mapped[datetime] = mapped_column(default=utc_now)
    installed_by: Mapped[str] = mapped_column(String(120))


class DirectoryKey(UuidPk, Base):
    """At the republican council: a unit's public keys, read out and checked by fingerprint, waiting to be
    published in the next version of the directory."""

    __tablename__ = "exchange_unit_keys"
    __table_args__ = (UniqueConstraint("unit_code", "key_id"),)

    unit_code: Mapped[str] = mapped_column(String(16), index=True)
    key_id: Mapped[str] = mapped_column(String(16))
    sign_public: Mapped[bytes] = mapped_column(LargeBinary)
    box_public: Mapped[bytes] = mapped_column(LargeBinary)
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]
    added_at: Mapped[datetime] = mapped_column(default=utc_now)
    added_by: Mapped[str] = mapped_column(String(120))


class MonthClosure(UuidPk, Base):
    """A unit's month marked complete ("prepare this month"); a correction is the next revision."""

    __tablename__ = "month_closures"
    __table_args__ = (UniqueConstraint("unit_id", "period", "revision"),)

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.id"), index=True)
    period: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    revision: Mapped[int]
    completed_at: Mapped[datetime] = mapped_column(default=utc_now)
    completed_by: Mapped[str] = mapped_column(String(120))
    problems: Mapped[int] = mapped_column(default=0)  # check findings the person chose to send anyway


class SentPackage(UuidPk, Base):
    """A package this installation wrote; its sequence number only grows."""

    __tablename__ = "sent_packages"

    package_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.id"), index=True)
    period: Mapped[str] = mapped_column(String(7))
    revision: Mapped[int]
    sequence: Mapped[int] = mapped_column(BigInteger)
    file_name: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    created_by: Mapped[str] = mapped_column(String(120))
    case_rows: Mapped[int] = mapped_column(default=0)
    consultation_rows: Mapped[int] = mapped_column(default=0)
    forwarded: Mapped[int] = mapped_column(default=0)  # children's packages carried along
    receipt_status: Mapped[str | None] = mapped_column(String(20))  # what the council's receipt said
    receipt_at: Mapped[datetime | None]


class ReceivedPackage(UuidPk, Base):
    """A package accepted here (directly, or forwarded inside a council's package).

    ``state``: ``current`` - its rows are in the tables (the newest package of its unit);
    ``superseded`` - a newer revision or month of the same unit replaced its rows;
    ``older`` - it arrived after a newer one of its unit, so it only counts for completeness.
    The data files are kept for the current package only, to forward it unchanged up the hierarchy.
    """

    __tablename__ = "received_packages"
    __table_args__ = (
        Index("ix_received_packages_unit_period", "unit_code", "period"),
        # At most one current package per unit (the importer decides under the write lock; this is
        # the guard if two imports ever raced past it).
        Index(
            "uq_received_packages_current_unit",
            "unit_code",
            unique=True,
            sqlite_where=text("state = 'current'"),
            postgresql_where=text("state = 'current'"),
        ),
    )

    package_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    sender_unit: Mapped[str] = mapped_column(String(16))
    sender_key_id: Mapped[str] = mapped_column(String(16))
    unit_code: Mapped[str] = mapped_column(String(16))
    period: Mapped[str] = mapped_column(String(7))
    revision: Mapped[int]
    sequence: Mapped[int] = mapped_column(BigInteger)
    completed_at: Mapped[datetime]
    received_at: Mapped[datetime] = mapped_column(default=utc_now)
    received_by: Mapped[str] = mapped_column(String(120))
    via_unit: Mapped[str | None] = mapped_column(String(16))  # the council that forwarded it, if any
    file_sha256: Mapped[str | None] = mapped_column(String(64))  # of the file it came in
    state: Mapped[str] = mapped_column(String(12), index=True)
    case_rows: Mapped[int] = mapped_column(default=0)
    consultation_rows: Mapped[int] = mapped_column(default=0)
    manifest: Mapped[bytes] = mapped_column(LargeBinary)  # exact signed bytes
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    aggregates: Mapped[bytes] = mapped_column(LargeBinary)  # the figures the sender signed
    cases: Mapped[bytes | None] = mapped_column(LargeBinary)
    consultations: Mapped[bytes | None] = mapped_column(LargeBinary)
    forwarded: Mapped[bytes | None] = mapped_column(LargeBinary)
