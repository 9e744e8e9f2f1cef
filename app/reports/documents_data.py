"""What a case document prints, read from the database into plain values.

The layout modules (documents_agreement, documents_settlement, documents_consent) get only these
values, never a session: every rule about what may be printed is applied here, once.
The personal-data rule: a person's name, IIN, address and contacts appear only when the party's
consent is recorded. Without it the fields are None and the document prints blank lines to be filled
in by hand, so a paper never carries a placeholder in place of a name.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Case,
    CaseParticipant,
    Mediator,
    MediatorAssignment,
    Obligation,
    Party,
    SettlementAgreement,
    Unit,
)
from app.models.enums import Category, Language, MediatorKind, ParticipantRole, PartyKind
from app.reports.texts import texts
from app.services import settings

# Who signs an agreement as a party; representatives, interpreters and experts take part but do not.
PARTY_ROLES = (ParticipantRole.APPLICANT, ParticipantRole.RESPONDENT, ParticipantRole.OTHER)
# Regions that are cities themselves: their name already says "city".
_CITY_REGIONS = frozenset({"KZ-71", "KZ-75", "KZ-79"})
_CAPITAL_REGION = "KZ-71"  # the republican council sits in Astana


@dataclass(frozen=True)
class PartyLine:
    """One participant of the case as a document may show them."""

    party_id: uuid.UUID
    participant_id: uuid.UUID
    role: ParticipantRole
    kind: PartyKind
    name: str | None  # None: a person without recorded consent (blank line on paper)
    id_number: str | None  # IIN or BIN; None when not given or not consented
    address: str | None
    phone: str | None
    email: str | None
    consent_given: bool
    consent_on: date | None
    represents: uuid.UUID | None = None  # participant id of the party a representative acts for

    @property
    def is_person(self) -> bool:
        return self.kind is PartyKind.PERSON


@dataclass(frozen=True)
class MediatorLine:
    name: str
    kind: MediatorKind
    register_number: str | None
    lead: bool


@dataclass(frozen=True)
class ObligationLine:
    obligor: PartyLine | None  # None: the parties jointly
    description: str
    due_on: date


@dataclass(frozen=True)
class SettlementData:
    signed_on: date
    subject: str
    terms: str | None
    signed_by_email: bool
    obligations: list[ObligationLine]


@dataclass(frozen=True)
class CaseDocumentData:
    number: str
    intake_date: date
    category: Category
    description: str
    language: Language | None
    agreement_signed_on: date | None
    deadline_on: date | None
    term_days: int  # the statutory term (a setting), counted from the mediation agreement
    extension_days: int  # the extensions granted with the parties' consent, in total
    unit_name: str
    place: str
    participants: list[PartyLine] = field(default_factory=list)
    mediators: list[MediatorLine] = field(default_factory=list)
    settlement: SettlementData | None = None

    @property
    def parties(self) -> list[PartyLine]:
        """The sides of the dispute, applicants first, in the order they were recorded."""
        order = {role: i for i, role in enumerate(PARTY_ROLES)}
        sides = [p for p in self.participants if p.role in order]
        return sorted(sides, key=lambda p: order[p.role])  # sorted() is stable: recording order stays

    @property
    def others(self) -> list[PartyLine]:
        """Representatives, interpreters and experts."""
        return [p for p in self.participants if p.role not in PARTY_ROLES]

    @property
    def free_of_charge(self) -> bool:
        """Public mediators and ethnomediators work free of charge (Law on Mediation)."""
        return all(m.kind is not MediatorKind.PROFESSIONAL for m in self.mediators)


def place_of(unit: Unit, lang: str) -> str:
    """Where the documents are signed: the unit's district, or its region's city."""
    tr = texts(lang)
    region = unit.region
    if unit.district is not None:
        where = unit.district.name(lang)
        return f"{where}, {region.name(lang)}" if region is not None else where
    if region is not None and region.code in _CITY_REGIONS:
        return region.name(lang)
    if region is not None:
        capital = {"kk": region.capital_kk, "ru": region.capital_ru}.get(lang, region.name_en)
        city = tr.translate("Documents", "{city} city").format(city=capital)
        return f"{city}, {region.name(lang)}"
    capital = "Astana" if lang == "en" else "Астана"
    return tr.translate("Documents", "{city} city").format(city=capital)


def _party_line(participant: CaseParticipant, party: Party) -> PartyLine:
    # A person's data leave the database only with their consent; an organisation's name and BIN
    # are not personal data.
    shown = party.kind is not PartyKind.PERSON or party.consent_given
    return PartyLine(
        party_id=party.id,
        participant_id=participant.id,
        role=participant.role,
        kind=party.kind,
        name=(party.display_name or None) if shown else None,
        id_number=party.id_number if shown else None,
        address=party.address if shown else None,
        phone=party.phone if shown else None,
        email=party.email if shown else None,
        consent_given=party.consent_given,
        consent_on=party.consent_on,
        represents=participant.represents_id,
    )


def _mediators(session: Session, case: Case) -> list[MediatorLine]:
    rows = list(
        session.execute(
            select(MediatorAssignment, Mediator)
            .join(Mediator, Mediator.id == MediatorAssignment.mediator_id)
            .where(MediatorAssignment.case_id == case.id)
            .order_by(MediatorAssignment.assigned_on, MediatorAssignment.created_at)
        )
    )
    current = [(a, m) for a, m in rows if a.released_on is None]
    # A mediator released after the work was done still conducted it: print the last one then.
    chosen = current or rows[-1:]
    chosen.sort(key=lambda row: not row[0].lead)  # the lead mediator first
    return [MediatorLine(m.full_name, m.kind, m.register_number, a.lead) for a, m in chosen]


def _settlement(
    session: Session, case: Case, by_participant: dict[uuid.UUID, PartyLine]
) -> SettlementData | None:
    agreement = session.scalar(select(SettlementAgreement).where(SettlementAgreement.case_id == case.id))
    if agreement is None:
        return None
    obligations = [
        ObligationLine(
            by_participant.get(ob.obligor_id) if ob.obligor_id else None, ob.description, ob.due_on
        )
        for ob in session.scalars(
            select(Obligation)
            .where(Obligation.agreement_id == agreement.id)
            .order_by(Obligation.due_on, Obligation.created_at)
        )
    ]
    return SettlementData(
        agreement.signed_on, agreement.subject, agreement.terms, agreement.signed_by_email, obligations
    )


def load(session: Session, case: Case, lang: str) -> CaseDocumentData:
    unit = session.get(Unit, case.unit_id)
    assert unit is not None  # a foreign key
    participants = [
        _party_line(participant, party)
        for participant, party in session.execute(
            select(CaseParticipant, Party)
            .join(Party, Party.id == CaseParticipant.party_id)
            .where(CaseParticipant.case_id == case.id)
            .order_by(CaseParticipant.created_at)
        )
    ]
    by_participant = {p.participant_id: p for p in participants}
    return CaseDocumentData(
        number=case.number,
        intake_date=case.intake_date,
        category=case.category,
        description=case.description or "",
        language=case.language,
        agreement_signed_on=case.agreement_signed_on,
        deadline_on=case.deadline_on,
        term_days=settings.get_int(session, "mediation.term_days"),
        extension_days=sum(ext.days for ext in case.extensions),
        unit_name=unit.name(lang),
        place=place_of(unit, lang),
        participants=participants,
        mediators=_mediators(session, case),
        settlement=_settlement(session, case, by_participant),
    )
