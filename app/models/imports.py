"""Imports of registers kept elsewhere (Excel workbooks, CSV files): one row per import, its batch.

Every case an import adds carries the batch's id (``cases.import_batch_id``), so the import can be
undone as a whole while nobody has touched its cases, and a report can tell imported months apart.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, UuidPk


class ImportBatch(UuidPk, Timestamps, Base):
    __tablename__ = "import_batches"

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.id"), index=True)
    source_name: Mapped[str] = mapped_column(String(260))  # the file's name, without its folder
    sheet: Mapped[str | None] = mapped_column(String(100))
    source_sha256: Mapped[str] = mapped_column(String(64))  # the same file imported again is recognised
    actor: Mapped[str] = mapped_column(String(120))
    user_id: Mapped[uuid.UUID | None]
    only_valid: Mapped[bool]  # the good rows were imported and the rows with problems left out
    rows_read: Mapped[int]
    cases_added: Mapped[int]
    rows_matched: Mapped[int]  # already in the register: shown as matches, not added again
    rows_refused: Mapped[int]  # rows with problems, left out
    undone_at: Mapped[datetime | None]
    undone_by: Mapped[str | None] = mapped_column(String(120))
