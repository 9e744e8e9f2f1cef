"""The audit trail's hash chain: how an entry is sealed, and how the whole trail is checked.

Every entry of ``audit_log`` carries ``hash = SHA-256(prev_hash + canonical JSON of its fields)``,
where ``prev_hash`` is the hash of the entry before it in ``seq`` order (GENESIS for the first). A row
removed, edited or moved out of its place breaks the chain there, and ``tatulyq db check`` names it.

The chain covers a digest of the entry's ``changes`` rather than the changes themselves. Retention
(app/services/retention.py) must remove the personal values of old entries without breaking the chain:
it keeps the original digest in ``redacted_digest``, and the check accepts a redacted entry only when
a chained retention record names its case or party. So a redaction is visible and accounted for, and
an entry edited by any other means still breaks the chain.

What this detects: changes made around the program (a database browser, sqlite3, psql) to entries
already written. What it cannot: somebody rewriting the whole chain with this very algorithm, or
removing the newest entries; ``tatulyq audit verify`` prints the chain's head (seq and hash) so an
administrator can note it and compare later.

Storage sits below the models, so this module names the table and reads rows with plain SQL; the
same rule is frozen in migrations/versions/0004_audit_chain.py for the entries that existed before.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, text

GENESIS = "0" * 64
RETENTION_ENTITY = "retention"  # a retention record: entity_id is the case id, changes name the parties
COLUMNS = (
    "seq, at, user_id, actor, action, entity, entity_id, case_id, changes, summary, prev_hash, hash, "
    "redacted_digest"
)
_BATCH = 2000


def canonical(value: Any) -> str:
    """One text for one value, whatever the database and the order of keys."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def changes_digest(changes: Mapping[str, Any] | None) -> str:
    return hashlib.sha256(canonical(dict(changes or {})).encode("utf-8")).hexdigest()


def moment_text(at: datetime | str) -> str:
    """A UTC moment, as stored by either database (SQLite keeps naive UTC text)."""
    moment = datetime.fromisoformat(at) if isinstance(at, str) else at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def uuid_text(value: uuid.UUID | str | None) -> str | None:
    """A UUID as text with dashes (SQLite stores 32 hex digits, PostgreSQL a uuid)."""
    if value is None or value == "":
        return None
    return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))


@dataclass(frozen=True)
class Entry:
    """The sealed fields of one entry, normalised."""

    at: str
    user_id: str | None
    actor: str
    action: str
    entity: str
    entity_id: str
    case_id: str | None
    summary: str | None
    digest: str

    @classmethod
    def of(
        cls,
        *,
        at: datetime | str,
        user_id: uuid.UUID | str | None,
        actor: str,
        action: str,
        entity: str,
        entity_id: str,
        case_id: uuid.UUID | str | None,
        summary: str | None,
        digest: str,
    ) -> Entry:
        return cls(
            moment_text(at), uuid_text(user_id), actor, str(action), entity, entity_id,
            uuid_text(case_id), summary, digest,
        )  # fmt: skip

    def seal(self, prev_hash: str) -> str:
        content = canonical(
            {
                "at": self.at,
                "user_id": self.user_id,
                "actor": self.actor,
                "action": self.action,
                "entity": self.entity,
                "entity_id": self.entity_id,
                "case_id": self.case_id,
                "summary": self.summary,
                "changes": self.digest,
            }
        )
        return hashlib.sha256((prev_hash + content).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StoredRow:
    seq: int
    entry: Entry
    changes: dict[str, Any]
    prev_hash: str | None
    hash: str | None
    redacted_digest: str | None


def _plain_changes(raw: Any) -> dict[str, Any]:
    value = json.loads(raw) if isinstance(raw, str | bytes) else raw
    return value if isinstance(value, dict) else {}


def stored_row(row: Any) -> StoredRow:
    """A row of ``SELECT {COLUMNS}`` as the chain sees it."""
    changes = _plain_changes(row.changes)
    digest = row.redacted_digest or changes_digest(changes)
    entry = Entry.of(
        at=row.at, user_id=row.user_id, actor=row.actor, action=row.action, entity=row.entity,
        entity_id=row.entity_id, case_id=row.case_id, summary=row.summary, digest=digest,
    )  # fmt: skip
    return StoredRow(int(row.seq), entry, changes, row.prev_hash, row.hash, row.redacted_digest)


def rows_from(conn: Connection, after_seq: int | None = None) -> Iterator[StoredRow]:
    """Every entry in seq order, read in batches (a trail of millions never sits in memory at once)."""
    last = after_seq if after_seq is not None else -1
    while True:
        batch = conn.execute(
            text(f"SELECT {COLUMNS} FROM audit_log WHERE seq > :last ORDER BY seq LIMIT :n"),
            {"last": last, "n": _BATCH},
        ).all()
        if not batch:
            return
        for row in batch:
            yield stored_row(row)
        last = int(batch[-1].seq)


@dataclass
class ChainReport:
    entries: int = 0
    head_seq: int | None = None
    head_hash: str | None = None
    first_broken_seq: int | None = None
    problems: list[str] = field(default_factory=list)
    broken: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def _retention_records(conn: Connection) -> tuple[dict[str, int], dict[str, int]]:
    """The cases and parties a chained retention record de-identified, with that record's seq."""
    cases: dict[str, int] = {}
    parties: dict[str, int] = {}
    rows = conn.execute(
        text("SELECT seq, entity_id, changes FROM audit_log WHERE entity = :entity"),
        {"entity": RETENTION_ENTITY},
    )
    for seq, entity_id, raw in rows:
        cases[str(uuid_text(entity_id))] = int(seq)
        for party in _plain_changes(raw).get("parties", []):
            parties[str(uuid_text(party))] = int(seq)
    return cases, parties


def _redaction_accounted(row: StoredRow, cases: dict[str, int], parties: dict[str, int]) -> bool:
    by_case = row.entry.case_id is not None and cases.get(row.entry.case_id, -1) > row.seq
    by_party = (
        row.entry.entity == "parties" and parties.get(str(uuid_text(row.entry.entity_id)), -1) > row.seq
    )
    return by_case or by_party


def verify(conn: Connection) -> ChainReport:
    """Check every link and seal; the first break is named, later ones are counted."""
    report = ChainReport()
    cases, parties = _retention_records(conn)
    expected_prev = GENESIS
    for row in rows_from(conn):
        report.entries += 1
        problem = _problem(row, expected_prev, cases, parties)
        if problem is not None:
            report.broken += 1
            if report.first_broken_seq is None:
                report.first_broken_seq = row.seq
                report.problems.append(f"audit trail: {problem}")
        # Go on from what is stored, so one break is reported once, not at every entry after it.
        expected_prev = row.hash or row.entry.seal(row.prev_hash or expected_prev)
        report.head_seq, report.head_hash = row.seq, row.hash
    if report.broken > 1:
        report.problems.append(f"audit trail: {report.broken - 1} more entries after it do not check out")
    return report


def _problem(
    row: StoredRow, expected_prev: str, cases: dict[str, int], parties: dict[str, int]
) -> str | None:
    if row.hash is None:
        return f"entry {row.seq} is not sealed (it was written around the program)"
    if row.prev_hash != expected_prev:
        return (
            f"the chain breaks at entry {row.seq}: an entry before it was removed, "
            "or entries were moved out of their order"
        )
    if row.entry.seal(row.prev_hash) != row.hash:
        return f"entry {row.seq} was changed after it was written"
    if row.redacted_digest is not None and not _redaction_accounted(row, cases, parties):
        return f"entry {row.seq} was redacted without a retention record"
    return None


def head(conn: Connection) -> tuple[int, str | None] | None:
    """The newest entry's seq and hash, or None for an empty trail."""
    row = conn.execute(text("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")).first()
    return None if row is None else (int(row[0]), row[1])


def unsealed_tail(conn: Connection) -> tuple[str, list[StoredRow]]:
    """The rows at the end of the trail not sealed yet (oldest first), and the hash they follow.

    Rows written in bulk with plain INSERTs (an import) get their seals this way before the commit.
    Usually the newest row is sealed and this costs one indexed read.
    """
    newest = head(conn)
    if newest is None:
        return GENESIS, []
    if newest[1] is not None:
        return newest[1], []
    tail: list[StoredRow] = []
    before: int | None = None
    while True:
        where = "" if before is None else "WHERE seq < :before "
        rows = conn.execute(
            text(f"SELECT {COLUMNS} FROM audit_log {where}ORDER BY seq DESC LIMIT 200"),
            {} if before is None else {"before": before},
        ).all()
        if not rows:
            tail.reverse()
            return GENESIS, tail
        for raw in rows:
            row = stored_row(raw)
            if row.hash is not None:
                tail.reverse()
                return row.hash, tail
            tail.append(row)
        before = int(rows[-1].seq)


def seal_rows(conn: Connection, prev: str, rows: list[StoredRow]) -> str:
    """Seal rows in order after ``prev``; returns the new head hash."""
    updates = []
    for row in rows:
        sealed = row.entry.seal(prev)
        updates.append({"seq": row.seq, "prev_hash": prev, "hash": sealed})
        prev = sealed
    if updates:
        conn.execute(
            text("UPDATE audit_log SET prev_hash = :prev_hash, hash = :hash WHERE seq = :seq"), updates
        )
    return prev
