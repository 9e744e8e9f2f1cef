"""Tables of the program itself: the audit trail, settings and the search index."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, str_enum
from app.models.enums import AuditAction


class AuditEntry(Base):
    """Who changed what, when, old -> new. Written by the session hook, never by hand.

    Each entry is sealed into a hash chain (app/storage/audit_chain.py) in the flush that writes it.
    """

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    # An integer key keeps the order of writing, which the hash chain follows.
    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    at: Mapped[datetime] = mapped_column(index=True)
    user_id: Mapped[uuid.UUID | None]
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[AuditAction] = mapped_column(str_enum(AuditAction))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(100))  # composite keys join two UUIDs
    case_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    summary: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str | None] = mapped_column(String(64))  # the hash of the entry before it
    hash: Mapped[str | None] = mapped_column(String(64))  # SHA-256 over prev_hash and this entry
    # Set when retention removed the personal values from ``changes``: the digest they had, which the
    # chain still covers (app/storage/audit_chain.py).
    redacted_digest: Mapped[str | None] = mapped_column(String(64))


class Setting(Base):
    """Values the law leaves configurable (term, extension, ...) and program preferences."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column()  # {"v": value}: JSON keeps ints, strings, lists


class CaseSearchDoc(Base):
    """One row per case with the folded text that search looks in.

    An integer rowid lets SQLite's FTS5 index this table as external content (kept in step by
    triggers made in the migration); PostgreSQL indexes the same column with a GIN tsvector index.
    """

    __tablename__ = "case_search_docs"

    rowid: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    case_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    document: Mapped[str] = mapped_column(Text)
