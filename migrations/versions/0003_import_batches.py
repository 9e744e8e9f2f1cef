"""Imports of old registers: one row per import (its batch), and the batch on every case it added.

On SQLite the new foreign key on ``cases`` needs batch mode (the table is copied once); on PostgreSQL
it is a plain ALTER TABLE. Existing cases get no batch: they were entered by hand.

Revision ID: 0003_import_batches
Revises: 0002_case_search
Create Date: 2026-11-21 08:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_import_batches"
down_revision: str | None = "0002_case_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_batches",
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("source_name", sa.String(length=260), nullable=False),
        sa.Column("sheet", sa.String(length=100), nullable=True),
        sa.Column("source_sha256", sa.String(length=64), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("only_valid", sa.Boolean(), nullable=False),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("cases_added", sa.Integer(), nullable=False),
        sa.Column("rows_matched", sa.Integer(), nullable=False),
        sa.Column("rows_refused", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("undone_by", sa.String(length=120), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_import_batches_unit_id_units")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_batches_unit_id"), ["unit_id"], unique=False)

    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("import_batch_id", sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f("ix_cases_import_batch_id"), ["import_batch_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_cases_import_batch_id_import_batches"),
            "import_batches",
            ["import_batch_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_cases_import_batch_id_import_batches"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_cases_import_batch_id"))
        batch_op.drop_column("import_batch_id")
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_batches_unit_id"))
    op.drop_table("import_batches")
