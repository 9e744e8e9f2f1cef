"""Retention: closed cases older than a set number of years are de-identified on request.

What goes: parties' names, IINs and BINs, birth dates, ethnicity, phones, e-mails and addresses, and
the free text of the case (its description, notes, the settlement's subject and terms, obligations'
descriptions, reasons). What stays: every figure the reports count (dates, categories, outcomes,
flags, sex and age group, language, obligations' statuses, sessions held). A party who also takes part
in a case that is not due yet keeps their data for that case, but the old case no longer leads to
them: its participant is moved to an anonymous copy of the party (kind, sex, age group, language).

The audit trail keeps every event of those cases, but the old and new personal values in its entries
are replaced by "[removed]". The hash chain still checks out: each redacted entry keeps the digest its
changes had (``redacted_digest``), which the chain covers, and one chained retention record per case
names the case and its parties, so the check can tell an authorised redaction from tampering
(app/storage/audit_chain.py). Nothing is rewritten in the chain itself.

``preview`` counts what would change and writes nothing; ``apply`` does it in one unit of work.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from app.errors import StorageError
from app.models import (
    AuditEntry,
    Case,
    CaseParticipant,
    ConflictDeclaration,
    Extension,
    FollowUp,
    MediationSession,
    Obligation,
    Party,
    SettlementAgreement,
)
from app.models.base import Base
from app.models.enums import CaseStatus
from app.services import audit, clock, permissions, rules, search_index, settings
from app.services.permissions import Action
from app.storage import audit_chain

SETTING = "retention.years"
FINAL = (CaseStatus.CLOSED, CaseStatus.REJECTED)
_CHUNK = 500
# Text columns that may not be NULL: emptied to "" instead.
_NOT_NULL = {("cases", "description"), ("settlement_agreements", "subject"), ("obligations", "description")}
_NOT_NULL |= {("extensions", "reason")}
# Rows of a case that hold free text, each with the column naming its case (obligations: see _find).
_CASE_ROWS = (
    (MediationSession, MediationSession.case_id),
    (SettlementAgreement, SettlementAgreement.case_id),
    (FollowUp, FollowUp.case_id),
    (Extension, Extension.case_id),
    (ConflictDeclaration, ConflictDeclaration.case_id),
)


@dataclass
class RetentionPlan:
    """What de-identification would change (the preview), or did change (after apply)."""

    years: int
    cutoff: date  # cases closed before this day are due
    case_numbers: list[str] = field(default_factory=list)
    parties: int = 0
    parties_detached: int = 0  # also in a case not due: kept for it, the old cases get an anonymous copy
    fields: Counter[str] = field(default_factory=Counter)  # "parties.last_name" -> values removed
    audit_entries: int = 0
    applied: bool = False

    @property
    def cases(self) -> int:
        return len(self.case_numbers)

    @property
    def values(self) -> int:
        return sum(self.fields.values())

    @property
    def empty(self) -> bool:
        return not self.case_numbers


def years_setting(session: Session) -> int:
    return settings.get_int(session, SETTING)


def cutoff_for(today: date, years: int) -> date:
    """The same day ``years`` earlier (29 February falls back to the 28th)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def _filled(value: Any) -> bool:
    return value not in (None, "")


def _personal(obj: Base) -> list[str]:
    """The personal fields of this row that still hold a value."""
    names = audit.PERSONAL_FIELDS.get(obj.__tablename__, frozenset())
    return sorted(name for name in names if _filled(getattr(obj, name, None)))


def _entry_has_personal(entry: AuditEntry) -> bool:
    names = audit.PERSONAL_FIELDS.get(entry.entity, frozenset())
    for name, value in (entry.changes or {}).items():
        if name not in names:
            continue
        values = value if isinstance(value, list) else [value]
        if any(_filled(v) and v != audit.REMOVED for v in values):
            return True
    return False


@dataclass
class _Work:
    """Rows found for the due cases, loaded once for the preview and the apply alike."""

    cases: list[Case]
    rows: list[Base]  # every row with personal fields still filled (cases, their rows, parties)
    parties_by_case: dict[uuid.UUID, list[uuid.UUID]]
    entries: list[AuditEntry]
    shared: dict[uuid.UUID, list[CaseParticipant]]  # party in use elsewhere -> its places in due cases
    agreements: dict[uuid.UUID, uuid.UUID]  # settlement agreement -> its case (an obligation's case)


def _chunks(ids: Sequence[uuid.UUID]) -> Iterator[list[uuid.UUID]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def _due_cases(session: Session, cutoff: date) -> list[Case]:
    stmt = (
        select(Case)
        # Rows another unit sent up hold no personal data, and only their sender may change them.
        .where(Case.status.in_(FINAL), Case.closed_on < cutoff, Case.received_package_id.is_(None))
        .order_by(Case.closed_on, Case.number)
    )
    return list(session.scalars(stmt))


def _find(session: Session, cutoff: date) -> _Work:
    due = _due_cases(session, cutoff)
    due_ids = [c.id for c in due]
    due_set = set(due_ids)
    rows: list[Base] = [c for c in due if _personal(c)]
    participants: dict[uuid.UUID, list[uuid.UUID]] = {}
    agreements: dict[uuid.UUID, uuid.UUID] = {}
    for chunk in _chunks(due_ids):
        agreed = select(SettlementAgreement.id, SettlementAgreement.case_id)
        for agreement_id, case_id in session.execute(agreed.where(SettlementAgreement.case_id.in_(chunk))):
            agreements[agreement_id] = case_id
        for model, case_column in _CASE_ROWS:
            found = session.scalars(select(model).where(case_column.in_(chunk)))
            rows.extend(r for r in found if _personal(r))
        obligations = (
            select(Obligation).join(SettlementAgreement).where(SettlementAgreement.case_id.in_(chunk))
        )
        rows.extend(r for r in session.scalars(obligations) if _personal(r))
        for case_id, party_id in session.execute(
            select(CaseParticipant.case_id, CaseParticipant.party_id).where(
                CaseParticipant.case_id.in_(chunk)
            )
        ):
            participants.setdefault(case_id, []).append(party_id)
    party_ids = sorted({p for ids in participants.values() for p in ids})
    # A party in any case that is not due keeps their data: that case still needs it.
    in_use: set[uuid.UUID] = set()
    for chunk in _chunks(party_ids):
        for party_id, case_id in session.execute(
            select(CaseParticipant.party_id, CaseParticipant.case_id).where(
                CaseParticipant.party_id.in_(chunk)
            )
        ):
            if case_id not in due_set:
                in_use.add(party_id)
    free = [p for p in party_ids if p not in in_use]
    shared: dict[uuid.UUID, list[CaseParticipant]] = {}
    for chunk in _chunks(sorted(in_use)):
        places = select(CaseParticipant).where(CaseParticipant.party_id.in_(chunk))
        for place in session.scalars(places):
            if place.case_id in due_set:
                shared.setdefault(place.party_id, []).append(place)
    for chunk in _chunks(free):
        rows.extend(p for p in session.scalars(select(Party).where(Party.id.in_(chunk))) if _personal(p))
    free_set = set(free)
    parties_by_case = {cid: [p for p in ids if p in free_set] for cid, ids in participants.items()}
    entries: list[AuditEntry] = []
    free_keys = [str(p) for p in free]
    for case_chunk in _chunks(due_ids):
        stmt = select(AuditEntry).where(
            AuditEntry.case_id.in_(case_chunk), AuditEntry.redacted_digest.is_(None)
        )
        entries.extend(e for e in session.scalars(stmt) if _entry_has_personal(e))
    for start in range(0, len(free_keys), _CHUNK):
        keys = free_keys[start : start + _CHUNK]
        about = and_(AuditEntry.entity == "parties", AuditEntry.entity_id.in_(keys))
        stmt = select(AuditEntry).where(about, AuditEntry.redacted_digest.is_(None))
        entries.extend(e for e in session.scalars(stmt) if _entry_has_personal(e))
    return _Work(due, rows, parties_by_case, entries, shared, agreements)


def _case_of(row: Base, agreements: dict[uuid.UUID, uuid.UUID]) -> uuid.UUID | None:
    if isinstance(row, Case):
        return row.id
    if isinstance(row, Obligation):
        return agreements.get(row.agreement_id)
    case_id = getattr(row, "case_id", None)
    return case_id if isinstance(case_id, uuid.UUID) else None


def _plan(work: _Work, years: int, cutoff: date) -> RetentionPlan:
    """Count what would change; a due case with nothing left to remove is not listed."""
    agreements = work.agreements
    touched: set[uuid.UUID] = set()
    plan = RetentionPlan(years=years, cutoff=cutoff, parties_detached=len(work.shared))
    for places in work.shared.values():
        touched.update(place.case_id for place in places)
    party_cases: dict[uuid.UUID, list[uuid.UUID]] = {}
    for case_id, party_ids in work.parties_by_case.items():
        for party_id in party_ids:
            party_cases.setdefault(party_id, []).append(case_id)
    for row in work.rows:
        for name in _personal(row):
            plan.fields[f"{row.__tablename__}.{name}"] += 1
        if isinstance(row, Party):
            plan.parties += 1
            touched.update(party_cases.get(row.id, []))
        else:
            owner = _case_of(row, agreements)
            if owner is not None:
                touched.add(owner)
    for entry in work.entries:
        if entry.case_id is not None:
            touched.add(entry.case_id)
        elif entry.entity == "parties":
            touched.update(party_cases.get(uuid.UUID(entry.entity_id), []))
    plan.audit_entries = len(work.entries)
    plan.case_numbers = [c.number for c in work.cases if c.id in touched]
    return plan


def preview(session: Session, *, years: int | None = None, today: date | None = None) -> RetentionPlan:
    """What ``apply`` would change now; nothing is written."""
    permissions.require_in(session, Action.DEIDENTIFY)
    years = years if years is not None else years_setting(session)
    _check_years(years)
    cutoff = cutoff_for(today or clock.today(), years)
    return _plan(_find(session, cutoff), years, cutoff)


def _check_years(years: int) -> None:
    spec = settings.SPECS[SETTING]
    rules.in_range(years, spec.minimum or 1, spec.maximum or 100, "retention.years", "The number of years")


def _redact_entry(entry: AuditEntry) -> None:
    """Replace the entry's personal values, keeping the digest its sealed changes had."""
    sealed = audit_chain.Entry.of(
        at=entry.at,
        user_id=entry.user_id,
        actor=entry.actor,
        action=entry.action.value,
        entity=entry.entity,
        entity_id=entry.entity_id,
        case_id=entry.case_id,
        summary=entry.summary,
        digest=audit_chain.changes_digest(entry.changes),
    )
    if entry.hash is None or entry.prev_hash is None or sealed.seal(entry.prev_hash) != entry.hash:
        # Redacting would hide whatever was done to this entry: stop, and let the check tell it.
        raise StorageError(
            "retention.audit_entry_broken",
            f"Audit entry {entry.seq} does not check out; nothing was de-identified. "
            "Run `tatulyq db check` and restore a good backup.",
            seq=entry.seq,
        )
    entry.redacted_digest = sealed.digest
    entry.changes = audit.redact_personal(entry.entity, entry.changes or {})


def _empty(row: Base) -> None:
    for name in _personal(row):
        setattr(row, name, "" if (row.__tablename__, name) in _NOT_NULL else None)


def _detach(session: Session, party_id: uuid.UUID, places: list[CaseParticipant]) -> None:
    """The old cases' places of a party still in use elsewhere go to a copy without personal data."""
    party = session.get(Party, party_id)
    if party is None:
        return
    copy = Party(
        id=uuid.uuid4(),
        kind=party.kind,
        sex=party.sex,
        age_group=party.age_group,
        language=party.language,
        group_size=party.group_size,
        consent_given=party.consent_given,
        consent_on=party.consent_on,
    )
    session.add(copy)
    session.flush()
    for place in places:
        place.party_id = copy.id


def apply(session: Session, *, years: int | None = None, today: date | None = None) -> RetentionPlan:
    """De-identify every due case now, in this unit of work; what was changed."""
    permissions.require_in(session, Action.DEIDENTIFY)
    years = years if years is not None else years_setting(session)
    _check_years(years)
    cutoff = cutoff_for(today or clock.today(), years)
    work = _find(session, cutoff)
    plan = _plan(work, years, cutoff)
    if plan.empty:
        return plan
    for entry in work.entries:
        _redact_entry(entry)
    session.info[audit.DEIDENTIFYING] = True  # the trail records which fields emptied, not their values
    try:
        for row in work.rows:
            _empty(row)
        for party_id, places in work.shared.items():
            _detach(session, party_id, places)
        session.flush()
    finally:
        session.info.pop(audit.DEIDENTIFYING, None)
    numbers = set(plan.case_numbers)
    done = [c for c in work.cases if c.number in numbers]
    for case in done:
        audit.record_event(
            session,
            audit_chain.RETENTION_ENTITY,
            str(case.id),
            f"de-identified: closed more than {years} years ago (retention)",
            case_id=case.id,
            details={"parties": work.parties_by_case.get(case.id, []), "years": years},
        )
    session.flush()
    # The search documents held the names and the description: rebuilt from what is left.
    search_index.refresh(session.connection(), [c.id for c in done])
    plan.applied = True
    return plan
