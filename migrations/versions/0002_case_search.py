"""Search over cases: a folded document per case (number, party names, description) and its index.

Cases registered before this revision get their documents here, so search finds them at once.

Revision ID: 0002_case_search
Revises: 0001_case_register
Create Date: 2026-11-21 05:40:00
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_case_search"
down_revision: str | None = "0001_case_register"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def create_search_index() -> None:
    """Full-text search over case_search_docs: FTS5 on SQLite, a GIN tsvector index on PostgreSQL.

    The documents are stored already case-folded by the program, so search finds Kazakh and Russian
    words in any letter case on both databases (SQLite's own lower() and LIKE fold ASCII only).
    """
    if op.get_context().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE case_search USING fts5(document, content='case_search_docs', "
            "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
        )
        op.execute(
            "CREATE TRIGGER case_search_docs_ai AFTER INSERT ON case_search_docs BEGIN "
            "INSERT INTO case_search(rowid, document) VALUES (new.rowid, new.document); END"
        )
        op.execute(
            "CREATE TRIGGER case_search_docs_ad AFTER DELETE ON case_search_docs BEGIN "
            "INSERT INTO case_search(case_search, rowid, document) VALUES ('delete', old.rowid, old.document); END"
        )
        op.execute(
            "CREATE TRIGGER case_search_docs_au AFTER UPDATE ON case_search_docs BEGIN "
            "INSERT INTO case_search(case_search, rowid, document) VALUES ('delete', old.rowid, old.document); "
            "INSERT INTO case_search(rowid, document) VALUES (new.rowid, new.document); END"
        )
    else:
        op.execute(
            "CREATE INDEX ix_case_search_docs_tsv ON case_search_docs "
            "USING gin (to_tsvector('simple', document))"
        )


def drop_search_index() -> None:
    if op.get_context().dialect.name == "sqlite":
        for trigger in ("case_search_docs_ai", "case_search_docs_ad", "case_search_docs_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS case_search")
    else:
        op.execute("DROP INDEX IF EXISTS ix_case_search_docs_tsv")


def _document(text: str) -> str:
    # The program's document rule (app/services/search_index.py), frozen here with this revision:
    # folded words separated by single spaces.
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFC", text).casefold()))


def backfill_documents() -> None:
    """Documents for the cases that already exist, built the way the program builds them."""
    conn = op.get_bind()
    names: dict[object, list[str]] = {}
    rows = conn.execute(
        sa.text(
            "SELECT cp.case_id, p.kind, p.last_name, p.first_name, p.middle_name, p.org_name "
            "FROM case_participants cp JOIN parties p ON p.id = cp.party_id ORDER BY cp.created_at"
        )
    )
    for case_id, kind, last, first, middle, org in rows:
        name = " ".join(x for x in (last, first, middle) if x) if kind == "person" else (org or "")
        names.setdefault(case_id, []).append(name)
    docs = sa.table("case_search_docs", sa.column("case_id"), sa.column("document", sa.Text))
    batch: list[dict[str, object]] = []
    for case_id, number, description in conn.execute(sa.text("SELECT id, number, description FROM cases")):
        text = " ".join([number, *names.get(case_id, []), description or ""])
        batch.append({"case_id": case_id, "document": _document(text)})
        if len(batch) >= 1000:
            conn.execute(docs.insert(), batch)
            batch = []
    if batch:
        conn.execute(docs.insert(), batch)


def upgrade() -> None:
    op.create_table(
        "case_search_docs",
        sa.Column(
            "rowid", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("rowid", name=op.f("pk_case_search_docs")),
        sa.UniqueConstraint("case_id", name=op.f("uq_case_search_docs_case_id")),
    )
    create_search_index()
    backfill_documents()


def downgrade() -> None:
    drop_search_index()
    op.drop_table("case_search_docs")
