"""Registering a dispute and moving it through the Law on Mediation's steps.

Every function takes the unit of work's session, checks the rules, changes the rows and leaves the
commit to the caller (the Database.session block), so a refused step changes nothing.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ConflictError, NotFoundError, ValidationError, WorkflowError
from app.models import Case, CaseCounter, CaseParticipant, Extension, MediatorAssignment, SettlementAgreement
from app.models.enums import (
    CaseStatus,
    Category,
    Channel,
    Exclusion,
    Language,
    LegalArea,
    ObligationStatus,
    Outcome,
    ParticipantRole,
    RiskLevel,
    TerminationReason,
)
from app.services import clock, rules, settings, units
from app.services.workflow import NEEDS_MEDIATION, SETTLED, ensure_move

_NUMBER = re.compile(r"^(?P<unit>[A-Z0-9-]+)-(?P<year>\d{4})-(?P<seq>\d{4,6})$")


@dataclass
class CaseIntake:
    unit_code: str
    intake_date: date
    channel: Channel
    category: Category
    description: str = ""
    legal_area: LegalArea | None = None
    language: Language | None = None
    district_code: str | None = None
    inter_ethnic: bool = False
    group_dispute: bool = False
    minors_involved: bool = False
    recurrence: bool = False
    recurrence_of_number: str | None = None
    risk_level: RiskLevel = RiskLevel.LOW
    exclusion: Exclusion | None = None  # set when screening finds the law excludes the dispute
    exclusion_note: str | None = None
    number: str | None = None  # only when bringing in a register kept elsewhere


@dataclass
class CaseDetails:
    """Fields of the dispute that can be corrected while the case is open."""

    channel: Channel | None = None
    category: Category | None = None
    description: str | None = None
    legal_area: LegalArea | None = None
    language: Language | None = None
    inter_ethnic: bool | None = None
    group_dispute: bool | None = None
    minors_involved: bool | None = None
    recurrence: bool | None = None
    risk_level: RiskLevel | None = None
    extra: dict[str, object] = field(default_factory=dict)


def get(session: Session, case_id: uuid.UUID) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError("case.not_found", f"There is no case with the id {case_id}.", case=str(case_id))
    return case


def by_number(session: Session, number: str) -> Case:
    case = session.scalar(select(Case).where(Case.number == number.strip().upper()))
    if case is None:
        raise NotFoundError("case.not_found", f"There is no case numbered {number!r}.", case=number)
    return case


def _next_seq(session: Session, unit_id: uuid.UUID, year: int) -> int:
    # The write transaction (BEGIN IMMEDIATE on SQLite, a row lock on PostgreSQL) serialises numbering.
    counter = session.scalar(
        select(CaseCounter).where(CaseCounter.unit_id == unit_id, CaseCounter.year == year).with_for_update()
    )
    if counter is None:
        existing = session.scalar(
            select(func.max(Case.seq)).where(Case.unit_id == unit_id, Case.year == year)
        )
        counter = CaseCounter(unit_id=unit_id, year=year, last_seq=existing or 0)
        session.add(counter)
    counter.last_seq += 1
    return counter.last_seq


def format_number(unit_code: str, year: int, seq: int) -> str:
    return f"{unit_code}-{year}-{seq:04d}"


def register_case(session: Session, intake: CaseIntake, *, today: date | None = None) -> Case:
    """Record a new dispute. An excluded dispute is recorded as rejected with its reason."""
    today = today or clock.today()
    unit = units.by_code(session, intake.unit_code)
    rules.not_in_future(intake.intake_date, today, "case.intake_date", "The intake date")
    units.ensure_open(unit, intake.intake_date)
    description = (intake.description or "").strip()

    district_id = None
    if intake.district_code:
        from app.models import District  # local: only this path needs it

        district = session.scalar(select(District).where(District.code == intake.district_code.upper()))
        if district is None:
            raise NotFoundError("district.not_found", f"There is no district {intake.district_code!r}.")
        district_id = district.id
    elif unit.district_id is not None:
        district_id = unit.district_id

    recurrence_of_id = None
    if intake.recurrence_of_number:
        recurrence_of_id = by_number(session, intake.recurrence_of_number).id

    year = intake.intake_date.year
    if intake.number:
        number = intake.number.strip().upper()
        match = _NUMBER.match(number)
        if not match or match["unit"] != unit.code or int(match["year"]) != year:
            raise ValidationError(
                "case.number_format",
                f"The case number {number!r} must look like {format_number(unit.code, year, 42)}.",
            )
        if session.scalar(select(Case.id).where(Case.number == number)) is not None:
            raise ConflictError(
                "case.number_duplicate", f"A case numbered {number} already exists.", number=number
            )
        seq = int(match["seq"])
        counter = session.get(CaseCounter, (unit.id, year))
        if counter is None:
            session.add(CaseCounter(unit_id=unit.id, year=year, last_seq=seq))
        elif counter.last_seq < seq:
            counter.last_seq = seq
    else:
        seq = _next_seq(session, unit.id, year)
        number = format_number(unit.code, year, seq)

    case = Case(
        id=uuid.uuid4(),
        number=number,
        unit_id=unit.id,
        year=year,
        seq=seq,
        district_id=district_id,
        intake_date=intake.intake_date,
        channel=intake.channel,
        category=intake.category,
        legal_area=intake.legal_area,
        description=description,
        language=intake.language,
        inter_ethnic=intake.inter_ethnic,
        group_dispute=intake.group_dispute,
        minors_involved=intake.minors_involved,
        recurrence=intake.recurrence or recurrence_of_id is not None,
        recurrence_of_id=recurrence_of_id,
        risk_level=intake.risk_level,
        status=CaseStatus.INTAKE,
    )
    session.add(case)
    if intake.exclusion is not None:
        _reject(case, intake.exclusion, intake.exclusion_note, today)
    session.flush()
    return case


def _reject(case: Case, exclusion: Exclusion, note: str | None, today: date) -> None:
    ensure_move(case.status, CaseStatus.REJECTED)
    case.status = CaseStatus.REJECTED
    case.exclusion = exclusion
    case.exclusion_note = rules.optional_text(note)
    case.closed_on = today


def reject_case(
    session: Session, case: Case, exclusion: Exclusion, note: str | None = None, *, today: date | None = None
) -> Case:
    """Screening found that the law does not allow mediation of this dispute."""
    _reject(case, exclusion, note, today or clock.today())
    session.flush()
    return case


def update_details(
    session: Session, case: Case, details: CaseDetails, *, expected_version: int | None = None
) -> Case:
    if case.status in (CaseStatus.CLOSED, CaseStatus.REJECTED):
        raise WorkflowError(
            "case.closed_read_only", f"Case {case.number} is closed; its details can no longer change."
        )
    if expected_version is not None and case.version != expected_version:
        raise ConflictError(
            "record.changed_elsewhere",
            "Somebody else saved this case after you opened it; reopen it and make your change again.",
        )
    for name in (
        "channel",
        "category",
        "legal_area",
        "language",
        "inter_ethnic",
        "group_dispute",
        "minors_involved",
        "recurrence",
        "risk_level",
    ):
        value = getattr(details, name)
        if value is not None:
            setattr(case, name, value)
    if details.description is not None:
        case.description = details.description.strip()
    session.flush()
    return case


def record_proposal(session: Session, case: Case, sent_on: date, *, today: date | None = None) -> Case:
    today = today or clock.today()
    if case.status is not CaseStatus.INTAKE:
        raise WorkflowError("case.proposal_after_intake", "A proposal to mediate is recorded at intake only.")
    rules.not_in_future(sent_on, today, "case.proposal_date", "The date of the proposal")
    rules.not_before(
        sent_on, case.intake_date, "case.proposal_date", "The date of the proposal", "the intake date"
    )
    case.proposal_sent_on = sent_on
    session.flush()
    return case


def _roles(session: Session, case: Case) -> set[ParticipantRole]:
    return set(session.scalars(select(CaseParticipant.role).where(CaseParticipant.case_id == case.id)))


def sign_agreement(session: Session, case: Case, signed_on: date, *, today: date | None = None) -> Case:
    """The mediation agreement is signed: the statutory clock starts and sets the deadline."""
    today = today or clock.today()
    ensure_move(case.status, CaseStatus.IN_MEDIATION)
    rules.not_in_future(signed_on, today, "case.agreement_date", "The date of the mediation agreement")
    rules.not_before(
        signed_on,
        case.intake_date,
        "case.agreement_date",
        "The date of the mediation agreement",
        "the intake date",
    )
    roles = _roles(session, case)
    if not {ParticipantRole.APPLICANT, ParticipantRole.RESPONDENT} <= roles:
        raise ValidationError(
            "case.agreement_needs_parties",
            "A mediation agreement needs both an applicant and a respondent on the case.",
        )
    has_mediator = session.scalar(
        select(MediatorAssignment.id).where(
            MediatorAssignment.case_id == case.id, MediatorAssignment.released_on.is_(None)
        )
    )
    if has_mediator is None:
        raise ValidationError(
            "case.agreement_needs_mediator", "Assign a mediator before the mediation agreement."
        )
    case.agreement_signed_on = signed_on
    case.deadline_on = signed_on + timedelta(days=settings.get_int(session, "mediation.term_days"))
    case.status = CaseStatus.IN_MEDIATION
    session.flush()
    return case


def extend_term(
    session: Session,
    case: Case,
    days: int,
    reason: str,
    parties_consented: bool,
    granted_on: date,
    *,
    today: date | None = None,
) -> Extension:
    today = today or clock.today()
    if case.status is not CaseStatus.IN_MEDIATION or case.deadline_on is None:
        raise WorkflowError(
            "case.extension_not_in_mediation", "Only a case in mediation can have its term extended."
        )
    reason = rules.text_required(reason, "extension.reason", "The reason for the extension")
    if not parties_consented:
        raise ValidationError("extension.consent_required", "An extension needs the consent of the parties.")
    limit = settings.get_int(session, "mediation.extension_max_days")
    rules.in_range(days, 1, limit, "extension.days", "The length of the extension in days")
    allowed = settings.get_int(session, "mediation.max_extensions")
    if len(case.extensions) >= allowed:
        raise ValidationError(
            "extension.too_many", f"The term can be extended {allowed} time(s) only.", allowed=allowed
        )
    rules.not_in_future(granted_on, today, "extension.date", "The date of the extension")
    if case.agreement_signed_on is not None:
        rules.not_before(
            granted_on,
            case.agreement_signed_on,
            "extension.date",
            "The date of the extension",
            "the mediation agreement",
        )
    extension = Extension(
        case=case, granted_on=granted_on, days=days, reason=reason, parties_consented=parties_consented
    )
    session.add(extension)
    case.deadline_on = case.deadline_on + timedelta(days=days)
    session.flush()
    return extension


def _pending_obligations(session: Session, case: Case) -> int:
    from app.models import Obligation  # local: avoids a cycle in type checking order only

    return int(
        session.scalar(
            select(func.count())
            .select_from(Obligation)
            .join(SettlementAgreement, SettlementAgreement.id == Obligation.agreement_id)
            .where(SettlementAgreement.case_id == case.id, Obligation.status == ObligationStatus.PENDING)
        )
        or 0
    )


def record_outcome(
    session: Session,
    case: Case,
    outcome: Outcome,
    reason: TerminationReason,
    note: str | None = None,
    *,
    ended_at: datetime | None = None,
    today: date | None = None,
) -> Case:
    """End the mediation procedure. Settled cases with obligations to follow go to follow-up."""
    if ended_at is None:
        # Pinning "today" (tests, back-dated entry) pins the moment too: noon of that local day.
        ended_at = clock.now() if today is None else datetime.combine(today, time(12), clock.KZ_TZ)
    ended_on = clock.local_date(ended_at)
    today = today or clock.today()
    rules.not_in_future(ended_on, today, "case.end_date", "The date the mediation ended")
    if outcome in NEEDS_MEDIATION and case.status is not CaseStatus.IN_MEDIATION:
        raise WorkflowError(
            "case.outcome_needs_mediation",
            f"The outcome '{outcome.value}' needs a signed mediation agreement first.",
            outcome=outcome.value,
        )
    if case.agreement_signed_on is not None:
        rules.not_before(
            ended_on,
            case.agreement_signed_on,
            "case.end_date",
            "The date the mediation ended",
            "the mediation agreement",
        )
    rules.not_before(
        ended_on, case.intake_date, "case.end_date", "The date the mediation ended", "the intake date"
    )
    note = rules.optional_text(note)
    if outcome in SETTLED:
        if reason is not TerminationReason.AGREEMENT_SIGNED:
            raise ValidationError(
                "case.settled_needs_agreement_reason",
                "A settled case ends because the settlement agreement was signed.",
            )
        if (
            session.scalar(select(SettlementAgreement.id).where(SettlementAgreement.case_id == case.id))
            is None
        ):
            raise ValidationError(
                "case.settled_needs_settlement",
                "Record the settlement agreement before recording a settled outcome.",
            )
    elif reason is TerminationReason.AGREEMENT_SIGNED:
        raise ValidationError(
            "case.reason_contradicts_outcome",
            f"The outcome '{outcome.value}' cannot end with a signed settlement agreement.",
        )
    if reason is TerminationReason.OTHER and note is None:
        raise ValidationError(
            "case.termination_note_required", "Describe the other ground for ending the mediation."
        )

    follow_up = outcome in SETTLED and _pending_obligations(session, case) > 0
    target = CaseStatus.FOLLOW_UP if follow_up else CaseStatus.CLOSED
    ensure_move(case.status, target)
    case.outcome = outcome
    case.termination_reason = reason
    case.termination_note = note
    case.ended_at = ended_at
    case.ended_on = ended_on
    case.status = target
    if target is CaseStatus.CLOSED:
        case.closed_on = ended_on
    session.flush()
    return case


def close_after_follow_up(
    session: Session, case: Case, closed_on: date, *, today: date | None = None
) -> Case:
    """Close the file once every obligation of the settlement agreement has been checked."""
    today = today or clock.today()
    ensure_move(case.status, CaseStatus.CLOSED)
    if case.status is not CaseStatus.FOLLOW_UP:
        raise WorkflowError(
            "case.close_needs_outcome", "Record the outcome of the mediation to close the case."
        )
    pending = _pending_obligations(session, case)
    if pending:
        raise ValidationError(
            "case.obligations_pending",
            f"{pending} obligation(s) of the settlement agreement have not been checked yet.",
            pending=pending,
        )
    rules.not_in_future(closed_on, today, "case.close_date", "The closing date")
    if case.ended_on is not None:
        rules.not_before(
            closed_on, case.ended_on, "case.close_date", "The closing date", "the end of the mediation"
        )
    case.status = CaseStatus.CLOSED
    case.closed_on = closed_on
    session.flush()
    return case
