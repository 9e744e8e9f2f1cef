"""The audit trail's hash chain: each entry sealed with SHA-256 over the one before it.

Adds ``prev_hash`` and ``hash`` (the chain) and ``redacted_digest`` (the digest of changes that
retention later redacted) to ``audit_log``, then seals the entries that already exist, oldest first.
The sealing rule is the program's (app/storage/audit_chain.py), frozen here with this revision so a
later change there cannot alter what this upgrade writes; a test checks the two agree.

Revision ID: 0004_audit_chain
Revises: 0003_import_batches
Create Date: 2026-11-21 09:00:00
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0004_audit_chain"
down_revision: str | None = "0003_import_batches"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64
_BATCH = 2000


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _moment(at: datetime | str) -> str:
    moment = datetime.fromisoformat(at) if isinstance(at, str) else at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _uuid(value: object) -> str | None:
    if value is None or value == "":
        return None
    return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))


def _seal(prev: str, row: Any) -> str:
    raw = row.changes
    changes = json.loads(raw) if isinstance(raw, str | bytes) else raw
    digest = hashlib.sha256(
        _canonical(changes if isinstance(changes, dict) else {}).encode("utf-8")
    ).hexdigest()
    content = _canonical(
        {
            "at": _moment(row.at),
            "user_id": _uuid(row.user_id),
            "actor": row.actor,
            "action": str(row.action),
            "entity": row.entity,
            "entity_id": row.entity_id,
            "case_id": _uuid(row.case_id),
            "summary": row.summary,
            "changes": digest,
        }
    )
    return hashlib.sha256((prev + content).encode("utf-8")).hexdigest()


def seal_existing() -> None:
    conn = op.get_bind()
    prev, last = GENESIS, -1
    while True:
        rows = conn.execute(
            sa.text(
                "SELECT seq, at, user_id, actor, action, entity, entity_id, case_id, changes, summary "
                "FROM audit_log WHERE seq > :last ORDER BY seq LIMIT :n"
            ),
            {"last": last, "n": _BATCH},
        ).all()
        if not rows:
            return
        updates = []
        for row in rows:
            sealed = _seal(prev, row)
            updates.append({"seq": row.seq, "prev_hash": prev, "hash": sealed})
            prev = sealed
        conn.execute(
            sa.text("UPDATE audit_log SET prev_hash = :prev_hash, hash = :hash WHERE seq = :seq"), updates
        )
        last = int(rows[-1].seq)


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("redacted_digest", sa.String(length=64), nullable=True))
    seal_existing()


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("redacted_digest")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
