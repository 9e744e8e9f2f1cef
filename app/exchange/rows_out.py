"""Write a unit's register as de-identified rows for its monthly package.

Only local rows go out (``received_package_id IS NULL``): what other units sent up is theirs to send.
The cases are read in chunks by id (keyset), and each kind of child row with one query per chunk,
so a region's 12 500 cases take a few dozen queries and never sit in memory as objects at once.
Every value is read with Core columns, never a name, IIN, contact, note, place or description column:
what is not selected cannot leak.
"""

from __future__ import annotations

import io
import json
import uuid
from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Row, and_, select
from sqlalchemy.orm import Session, aliased

from app.exchange.row_schema import day_text, enum_text, moment_text
from app.models import (
    Case,
    CaseParticipant,
    ConflictDeclaration,
    Consultation,
    District,
    Extension,
    FollowUp,
    MediationSession,
    Mediator,
    MediatorAssignment,
    Obligation,
    Party,
    Satisfaction,
    SettlementAgreement,
    Unit,
)
from app.models.enums import Category, Language

CHUNK = 500  # cases (or consultations) per query; the child queries take their ids as one IN list

_LANGUAGES = frozenset(member.value for member in Language)
_CATEGORIES = frozenset(member.value for member in Category)


@dataclass(frozen=True)
class RowsOut:
    cases: bytes  # data/cases.jsonl
    consultations: bytes  # data/consultations.jsonl
    case_rows: int
    consultation_rows: int


def line(value: dict[str, Any]) -> bytes:
    """One JSON line: UTF-8, no spaces, sorted keys, so the same rows always give the same bytes."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode() + b"\n"


def export_rows(session: Session, unit_ids: Collection[uuid.UUID], until: date) -> RowsOut:
    """The local cases of these units received by `until` and their consultations held by then."""
    writer = _Writer(session, list(unit_ids))
    cases, case_rows = writer.write(writer.case_lines(until))
    consultations, consultation_rows = writer.write(writer.consultation_lines(until))
    return RowsOut(cases, consultations, case_rows, consultation_rows)


class _Writer:
    def __init__(self, session: Session, unit_ids: list[uuid.UUID]) -> None:
        self.session = session
        self.unit_ids = unit_ids
        # The two small reference tables, read once: rows carry codes, which mean the same everywhere.
        self.unit_codes: dict[uuid.UUID, str] = {
            row.id: row.code for row in session.execute(select(Unit.id, Unit.code))
        }
        self.district_codes: dict[uuid.UUID, str] = {
            row.id: row.code for row in session.execute(select(District.id, District.code))
        }

    @staticmethod
    def write(lines: Iterator[bytes]) -> tuple[bytes, int]:
        out = io.BytesIO()
        rows = 0
        for one in lines:
            out.write(one)
            rows += 1
        return out.getvalue(), rows

    def _district(self, district_id: uuid.UUID | None) -> str | None:
        return None if district_id is None else self.district_codes[district_id]

    def _mediator(self, row: Row[Any], prefix: str = "m_") -> dict[str, Any] | None:
        values = row._mapping
        mediator_id = values[f"{prefix}id"]
        if mediator_id is None:
            return None
        # A value this program no longer knows must not make the package unreadable at the council.
        languages = [value for value in values[f"{prefix}languages"] or () if value in _LANGUAGES]
        specialisations = [
            value for value in values[f"{prefix}specialisations"] or () if value in _CATEGORIES
        ]
        return {
            "id": str(mediator_id),
            "kind": enum_text(values[f"{prefix}kind"]),
            "unit": self.unit_codes[values[f"{prefix}unit_id"]],
            "active": bool(values[f"{prefix}active"]),
            "languages": languages,
            "specialisations": specialisations,
        }

    # --- cases

    def _case_chunks(self, until: date) -> Iterator[Sequence[Any]]:
        columns = (
            Case.id,
            Case.number,
            Case.year,
            Case.seq,
            Case.unit_id,
            Case.district_id,
            Case.intake_date,
            Case.channel,
            Case.category,
            Case.legal_area,
            Case.language,
            Case.inter_ethnic,
            Case.group_dispute,
            Case.minors_involved,
            Case.recurrence,
            Case.risk_level,
            Case.status,
            Case.exclusion,
            Case.proposal_sent_on,
            Case.agreement_signed_on,
            Case.deadline_on,
            Case.outcome,
            Case.termination_reason,
            Case.ended_at,
            Case.ended_on,
            Case.closed_on,
            Case.created_at,
        )
        wanted = and_(
            Case.unit_id.in_(self.unit_ids), Case.intake_date <= until, Case.received_package_id.is_(None)
        )
        last: uuid.UUID | None = None
        while True:
            query = select(*columns).where(wanted).order_by(Case.id).limit(CHUNK)
            if last is not None:
                query = query.where(Case.id > last)
            chunk = self.session.execute(query).all()
            if not chunk:
                return
            yield chunk
            last = chunk[-1].id

    def case_lines(self, until: date) -> Iterator[bytes]:
        for chunk in self._case_chunks(until):
            ids = [row.id for row in chunk]
            children = _Children(self, ids)
            for row in chunk:
                yield line(self._case(row, children))

    def _case(self, row: Row[Any], children: _Children) -> dict[str, Any]:
        case_id = row.id
        return {
            "id": str(case_id),
            "number": row.number,
            "year": row.year,
            "seq": row.seq,
            "unit": self.unit_codes[row.unit_id],
            "district": self._district(row.district_id),
            "intake_date": day_text(row.intake_date),
            "channel": enum_text(row.channel),
            "category": enum_text(row.category),
            "legal_area": enum_text(row.legal_area),
            "language": enum_text(row.language),
            "inter_ethnic": bool(row.inter_ethnic),
            "group_dispute": bool(row.group_dispute),
            "minors_involved": bool(row.minors_involved),
            "recurrence": bool(row.recurrence),
            "risk_level": enum_text(row.risk_level),
            "status": enum_text(row.status),
            "exclusion": enum_text(row.exclusion),
            "proposal_sent_on": day_text(row.proposal_sent_on),
            "agreement_signed_on": day_text(row.agreement_signed_on),
            "deadline_on": day_text(row.deadline_on),
            "outcome": enum_text(row.outcome),
            "termination_reason": enum_text(row.termination_reason),
            "ended_at": moment_text(row.ended_at),
            "ended_on": day_text(row.ended_on),
            "closed_on": day_text(row.closed_on),
            "created_at": moment_text(row.created_at),
            "participants": children.participants.get(case_id, []),
            "assignments": children.assignments.get(case_id, []),
            "extensions": children.extensions.get(case_id, []),
            "sessions": children.sessions.get(case_id, []),
            "agreement": children.agreements.get(case_id),
            "follow_ups": children.follow_ups.get(case_id, []),
            "satisfaction": children.satisfaction.get(case_id, []),
        }

    # --- consultations

    def consultation_lines(self, until: date) -> Iterator[bytes]:
        linked = aliased(Case)
        # The case link travels only when that case is in the same package (local, of these units,
        # received by then); otherwise the council could not resolve it.
        in_package = and_(
            linked.id == Consultation.case_id,
            linked.unit_id.in_(self.unit_ids),
            linked.intake_date <= until,
            linked.received_package_id.is_(None),
        )
        wanted = and_(
            Consultation.unit_id.in_(self.unit_ids),
            Consultation.held_on <= until,
            Consultation.received_package_id.is_(None),
        )
        columns = (
            Consultation.id,
            Consultation.unit_id,
            Consultation.district_id,
            Consultation.held_on,
            Consultation.topic,
            Consultation.language,
            Consultation.result,
            Consultation.inter_ethnic,
            Consultation.sex,
            Consultation.age_group,
            linked.id.label("case_id"),
            *_mediator_columns(),
        )
        last: uuid.UUID | None = None
        while True:
            query = (
                select(*columns)
                .outerjoin(linked, in_package)
                .outerjoin(Mediator, Mediator.id == Consultation.mediator_id)
                .where(wanted)
                .order_by(Consultation.id)
                .limit(CHUNK)
            )
            if last is not None:
                query = query.where(Consultation.id > last)
            chunk = self.session.execute(query).all()
            if not chunk:
                return
            for row in chunk:
                yield line(
                    {
                        "id": str(row.id),
                        "unit": self.unit_codes[row.unit_id],
                        "district": self._district(row.district_id),
                        "held_on": day_text(row.held_on),
                        "topic": enum_text(row.topic),
                        "language": enum_text(row.language),
                        "result": enum_text(row.result),
                        "inter_ethnic": bool(row.inter_ethnic),
                        "sex": enum_text(row.sex),
                        "age_group": enum_text(row.age_group),
                        "mediator": self._mediator(row),
                        "case": None if row.case_id is None else str(row.case_id),
                    }
                )
            last = chunk[-1].id


def _mediator_columns() -> tuple[Any, ...]:
    return (
        Mediator.id.label("m_id"),
        Mediator.kind.label("m_kind"),
        Mediator.unit_id.label("m_unit_id"),
        Mediator.active.label("m_active"),
        Mediator.languages.label("m_languages"),
        Mediator.specialisations.label("m_specialisations"),
    )


class _Children:
    """Every child row of a chunk of cases, grouped by case id: one query per kind of row."""

    def __init__(self, writer: _Writer, case_ids: list[uuid.UUID]) -> None:
        self.writer = writer
        self.case_ids = case_ids
        self.participants = self._participants()
        self.assignments = self._assignments()
        self.extensions = self._extensions()
        self.sessions = self._sessions()
        self.agreements = self._agreements()
        self.follow_ups = self._follow_ups()
        self.satisfaction = self._satisfaction()

    def _rows(self, query: Any) -> Sequence[Row[Any]]:
        return self.writer.session.execute(query).all()

    def _participants(self) -> dict[uuid.UUID, list[dict[str, Any]]]:
        query = (
            select(
                CaseParticipant.id,
                CaseParticipant.case_id,
                CaseParticipant.role,
                Party.id.label("party_id"),
                Party.kind,
                Party.sex,
                Party.age_group,
                Party.language,
                Party.group_size,
            )
            .join(Party, Party.id == CaseParticipant.party_id)
            .where(CaseParticipant.case_id.in_(self.case_ids))
            .order_by(CaseParticipant.case_id, CaseParticipant.created_at, CaseParticipant.id)
        )
        grouped: dict[uuid.UUID, list[dict[str, Any]]] = defaultdict(list)
        for row in self._rows(query):
            grouped[row.case_id].append(
                {
                    "id": str(row.id),
                    "role": enum_text(row.role),
                    "party": str(row.party_id),
                    "kind": enum_text(row.kind),
                    "sex": enum_text(row.sex),
                    # The age group the reports count (set from the birth date when the party was saved);
                    # the birth date itself stays here.
                    "age_group": enum_text(row.age_group),
                    "language": enum_text(row.language),
                    "group_size": row.group_size,
                }
            )
        return grouped

    def _assignments(self) -> dict[uuid.UUID, list[dict[str, Any]]]:
        query = (
            select(
                MediatorAssignment.id,
                MediatorAssignment.case_id,
                MediatorAssignment.lead,
                MediatorAssignment.assigned_on,
                MediatorAssignment.released_on,
                ConflictDeclaration.id.label("d_id"),
                ConflictDeclaration.has_conflict,
                ConflictDeclaration.declared_at,
                *_mediator_columns(),
            )
            .join(ConflictDeclaration, ConflictDeclaration.id == MediatorAssignment.declaration_id)
            .join(Mediator, Mediator.id == MediatorAssignment.mediator_id)
            .where(MediatorAssignment.case_id.in_(self.case_ids))
            .order_by(MediatorAssignment.case_id, MediatorAssignment.assigned_on, MediatorAssignment.id)
        )
        grouped: dict[uuid.UUID, list[dict[str, Any]]] = defaultdict(list)
        for row in self._rows(query):
            grouped[row.case_id].append(
                {
                    "id": str(row.id),
                    "mediator": self.writer._mediator(row),
                    "lead": bool(row.lead),
                    "assigned_on": day_text(row.assigned_on),
                    "released_on": day_text(row.released_on),
                    "declaration": {
                        "id": str(row.d_id),
                        "has_conflict": bool(row.has_conflict),
                        "declared_at": moment_text(row.declared_at),
                    },
                }
            )
        return grouped

    def _extensions(self) -> dict[uuid.UUID, list[dict[str, Any]]]:
        query = (
            select(
                Extension.id,
                Extension.case_id,
                Extension.granted_on,
                Extension.days,
                Extension.parties_consented,
            )
            .where(Extension.case_id.in_(self.case_ids))
            .order_by(Extension.case_id, Extension.granted_on, Extension.id)
        )
        grouped: dict[uuid.UUID, list[dict[str, Any]]] = defaultdict(list)
        for row in self._rows(query):
            grouped[row.case_id].append(
                {
                    "id": str(row.id),
                    "granted_on": day_text(row.granted_on),
                    "days": row.days,
                    "parties_consented": bool(row.parties_consented),
                }
            )
        return grouped

    def _sessions(self) -> dict[uuid.UUID, list[dict[str, Any]]]:
        query = (
            select(
                MediationSession.id,
                MediationSession.case_id,
                MediationSession.held_on,
                MediationSession.kind,
                MediationSession.language,
                MediationSession.duration_minutes,
                *_mediator_columns(),
            )
            .outerjoin(Mediator, Mediator.id == MediationSession.mediator_id)
            .where(MediationSession.case_id.in_(self.case_ids))
            .order_by(MediationSession.case_id, MediationSession.held_on, MediationSession.id)
        )
        grouped: dict[uuid.UUID, list[dict[str, Any]]] = defaultdict(list)
        for row in self._rows(query):
            grouped[row.case_id].append(
                {
                    "id": str(row.id),
                    "held_on": day_text(row.held_on),
                    "kind": enum_text(row.kind),
                    "language": enum_text(row.language),
                    "duration_minutes": row.duration_minutes,
                    "mediator": self.writer._mediator(row),
                }
            )
        return grouped

    def _agreements(self) -> dict[uuid.UUID, dict[str, Any]]:
        query = (
            select(
                SettlementAgreement.id,
                SettlementAgreement.case_id,
                SettlementAgreement.signed_on,
                SettlementAgreement.signed_by_email,
                Obligation.id.label("o_id"),
                Obligation.due_on,
                Obligation.status,
                Obligation.checked_on,
            )
            .outerjoin(Obligation, Obligation.agreement_id == SettlementAgreement.id)
            .where(SettlementAgreement.case_id.in_(self.case_ids))
            .order_by(SettlementAgreement.case_id, Obligation.due_on, Obligation.id)
        )
        agreements: dict[uuid.UUID, dict[str, Any]] = {}
        for row in self._rows(query):
            agreement = agreements.get(row.case_id)
            if agreement is None:
                agreement = agreements[row.case_id] = {
                    "id": str(row.id),
                    "signed_on": day_text(row.signed_on),
                    "signed_by_email": bool(row.signed_by_email),
                    "obligations": [],
                }
            if row.o_id is not None:
                agreement["obligations"].append(
                    {
                        "id": str(row.o_id),
                        "due_on": day_text(row.due_on),
                        "status": enum_text(row.status),
                        "checked_on": day_text(row.checked_on),
                    }
                )
        return agreements

    def _follow_ups(self) -> dict[uuid.UUID, list[dict[str, Any]]]:
        query = (
            select(FollowUp.id, FollowUp.case_id, FollowUp.done_on, FollowUp.method, FollowUp.next_due_on)
            .where(FollowUp.case_id.in_(self.case_ids))
            .order_by(FollowUp.case_id, FollowUp.done_on, FollowUp.id)
        )
        grouped: dict[uuid.UUID, list[dict[str, Any]]] = defaultdict(list)
        for row in self._rows(query):
            grouped[row.case_id].append(
                {
                    "id": str(row.id),
                    "done_on": day_text(row.done_on),
                    "method": enum_text(row.method),
                    "next_due_on": day_text(row.next_due_on),
                }
            )
        return grouped

    def _satisfaction(self) -> dict[uuid.UUID, list[dict[str, Any]]]:
        query = (
            select(
                Satisfaction.id,
                Satisfaction.case_id,
                Satisfaction.score,
                Satisfaction.would_recommend,
                Satisfaction.recorded_at,
            )
            .where(Satisfaction.case_id.in_(self.case_ids))
            .order_by(Satisfaction.case_id, Satisfaction.recorded_at, Satisfaction.id)
        )
        grouped: dict[uuid.UUID, list[dict[str, Any]]] = defaultdict(list)
        for row in self._rows(query):
            grouped[row.case_id].append(
                {
                    "id": str(row.id),
                    "score": row.score,
                    "would_recommend": row.would_recommend,
                    "recorded_at": moment_text(row.recorded_at),
                }
            )
        return grouped
