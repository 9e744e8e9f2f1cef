"""At the council, the rows a unit sent up in its monthly package cannot be changed through the
services (its next package would replace them anyway): every attempt is refused with the unit to
turn to, and the database is left exactly as it was. The council's own rows stay fully editable, and
the nameless mediator placeholders never appear in the registry or in a picker.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.errors import ConflictError
from app.exchange.rows_in import remove_rows
from app.models import (
    Case,
    Consultation,
    MediationSession,
    Mediator,
    Obligation,
    Party,
    ReceivedPackage,
    SettlementAgreement,
    User,
)
from app.models.enums import (
    Category,
    Channel,
    ConsultationResult,
    FollowUpMethod,
    Language,
    ObligationStatus,
    Outcome,
    ParticipantRole,
    PartyKind,
    RiskLevel,
    Role,
    SessionKind,
    Sex,
    TerminationReason,
)
from app.models.reference import unit_id
from app.services import (
    case_list_extra,
    cases,
    consultation_log,
    consultations,
    mediator_registry,
    mediators,
    parties,
    sessions,
    settlements,
    users,
)
from app.storage.database import Database
from app.ui.messages import message_for
from tests.exchange_support import apply_unit, export_unit, second_database
from tests.helpers_services import (
    TODAY,
    ended_at,
    mediating_case,
    new_case,
    new_mediator,
    refused,
    settled_case,
    write,
)

KRD = "KZ-31-KRD"


@dataclass(frozen=True)
class Imported:
    """The council's database holding the district assembly's package, and the ids to reach its rows."""

    db: Database
    package: uuid.UUID
    in_mediation: uuid.UUID  # a case in mediation, with a session
    in_follow_up: uuid.UUID  # a settled case whose obligations are still followed
    meeting: uuid.UUID
    consultation: uuid.UUID
    party: uuid.UUID  # the placeholder of the first case's applicant
    mediator: uuid.UUID  # the placeholder of the first case's mediator


@pytest.fixture
def council(db: Database, tmp_path: Path) -> Iterator[Database]:
    yield from second_database(db, tmp_path)


@pytest.fixture
def imported(db: Database, council: Database) -> Imported:
    with write(db) as s:
        mediating = mediating_case(s, intake=date(2026, 10, 5), signed=date(2026, 10, 10))
        meeting = sessions.add_session(
            s,
            mediating,
            sessions.SessionInput(held_on=date(2026, 10, 14), kind=SessionKind.JOINT),
            today=TODAY,
        )
        settled = settled_case(s)
        consultation = consultations.log_consultation(
            s,
            consultations.ConsultationInput(
                unit_code=KRD,
                held_on=date(2026, 10, 1),
                topic=Category.FAMILY,
                result=ConsultationResult.RESOLVED,
            ),
            today=TODAY,
        )
        applicant = parties.participants(s, mediating)[0]
        mediator_id = mediators.assignments(s, mediating)[0].mediator_id
        ids = (mediating.id, settled.id, meeting.id, consultation.id, applicant.party_id, mediator_id)
    package, _ = apply_unit(council, KRD, export_unit(db, KRD))
    in_mediation, in_follow_up, meeting_id, consultation_id, party, mediator = ids
    return Imported(
        council,
        package,
        in_mediation,
        in_follow_up,
        meeting_id,
        consultation_id,
        uuid.uuid5(package, str(party)),
        uuid.uuid5(package, str(mediator)),
    )


def _case(s: Session, case_id: uuid.UUID) -> Case:
    case = s.get(Case, case_id)
    assert case is not None
    return case


def _change(
    attribute: str, value: object, model: type, which: Callable[[Imported], uuid.UUID]
) -> Callable[[Imported], Callable[[Session], object]]:
    def action(world: Imported) -> Callable[[Session], object]:
        def run(s: Session) -> None:
            setattr(s.get(model, which(world)), attribute, value)
            s.flush()

        return run

    return action


def _obligation(s: Session, case_id: uuid.UUID) -> Obligation:
    agreement = s.scalar(select(SettlementAgreement).where(SettlementAgreement.case_id == case_id))
    assert agreement is not None
    return agreement.obligations[0]


ATTEMPTS: dict[str, Callable[[Imported], Callable[[Session], object]]] = {
    "add a session": lambda w: (
        lambda s: sessions.add_session(
            s,
            _case(s, w.in_mediation),
            sessions.SessionInput(held_on=date(2026, 11, 2), kind=SessionKind.SEPARATE),
            today=TODAY,
        )
    ),
    "delete a session": lambda w: lambda s: sessions.delete_session(s, sessions.get(s, w.meeting)),
    "extend the term": lambda w: (
        lambda s: cases.extend_term(
            s, _case(s, w.in_mediation), 5, "Тараптар келісті", True, date(2026, 11, 1), today=TODAY
        )
    ),
    "record the outcome": lambda w: (
        lambda s: cases.record_outcome(
            s,
            _case(s, w.in_mediation),
            Outcome.NOT_SETTLED,
            TerminationReason.MEDIATOR_REFUSED,
            ended_at=ended_at(date(2026, 11, 3)),
            today=TODAY,
        )
    ),
    "add a participant": lambda w: (
        lambda s: parties.add_party_to_case(
            s,
            _case(s, w.in_mediation),
            parties.PartyInput(kind=PartyKind.PERSON, sex=Sex.FEMALE),
            ParticipantRole.INTERPRETER,
            today=TODAY,
        )
    ),
    "declare a conflict": lambda w: (
        lambda s: mediators.declare_conflict(
            s, _case(s, w.in_mediation), new_mediator(s, unit_code="KZ-31-MC"), False, today=TODAY
        )
    ),
    "check an obligation": lambda w: (
        lambda s: settlements.check_obligation(
            s, _obligation(s, w.in_follow_up), ObligationStatus.KEPT, date(2026, 11, 12), today=TODAY
        )
    ),
    "record a follow-up": lambda w: (
        lambda s: settlements.record_follow_up(
            s, _case(s, w.in_follow_up), date(2026, 11, 12), FollowUpMethod.VISIT, today=TODAY
        )
    ),
    "record feedback": lambda w: (
        lambda s: settlements.record_satisfaction(
            s, _case(s, w.in_follow_up), None, 4, True, recorded_at=datetime(2026, 11, 12, 6, 0, tzinfo=UTC)
        )
    ),
    "change the case": _change("risk_level", RiskLevel.HIGH, Case, lambda w: w.in_mediation),
    "unmark the case": _change("received_package_id", None, Case, lambda w: w.in_mediation),
    "change a party": _change("language", Language.RUSSIAN, Party, lambda w: w.party),
    "change a mediator": _change("active", False, Mediator, lambda w: w.mediator),
    "change a consultation": _change("inter_ethnic", True, Consultation, lambda w: w.consultation),
    "change a session": _change("duration_minutes", 60, MediationSession, lambda w: w.meeting),
    "delete the case": lambda w: lambda s: _delete(s, _case(s, w.in_mediation)),
    "mark a local case as received": lambda w: lambda s: _mark_local(s, w.package),
}


def _delete(s: Session, case: Case) -> None:
    s.delete(case)
    s.flush()


def _mark_local(s: Session, package: uuid.UUID) -> None:
    case = cases.register_case(
        s,
        cases.CaseIntake(
            unit_code="KZ-31-MC",
            intake_date=date(2026, 11, 2),
            channel=Channel.AKIMAT,
            category=Category.LABOUR,
        ),
        today=TODAY,
    )
    case.received_package_id = package
    s.flush()


@pytest.mark.parametrize("attempt", sorted(ATTEMPTS))
def test_received_rows_cannot_be_changed(imported: Imported, attempt: str) -> None:
    error = refused(imported.db, ConflictError, "exchange.read_only", ATTEMPTS[attempt](imported))
    assert error.params == {"unit": KRD}
    assert message_for(error) == (
        f"This case came from unit {KRD} in a monthly package; it can be changed only there."
    )


def test_the_importer_may_change_them(imported: Imported) -> None:
    with write(imported.db) as s:
        s.info["exchange_import"] = True
        _case(s, imported.in_mediation).risk_level = RiskLevel.HIGH
        sessions.delete_session(s, sessions.get(s, imported.meeting))
    with imported.db.session() as s:
        assert _case(s, imported.in_mediation).risk_level is RiskLevel.HIGH
        assert s.get(MediationSession, imported.meeting) is None


def test_the_councils_own_cases_stay_editable(imported: Imported) -> None:
    with write(imported.db) as s:
        case = mediating_case(s, unit="KZ-31-MC", intake=date(2026, 11, 2), signed=date(2026, 11, 4))
        sessions.add_session(
            s, case, sessions.SessionInput(held_on=date(2026, 11, 5), kind=SessionKind.JOINT), today=TODAY
        )
        cases.extend_term(s, case, 5, "Тараптар келісті", True, date(2026, 11, 6), today=TODAY)
        case_id = case.id
    with imported.db.session() as s:
        assert len(sessions.list_sessions(s, _case(s, case_id))) == 1
        assert _case(s, case_id).received_package_id is None


def test_mediator_lists_and_pickers_show_local_mediators_only(imported: Imported) -> None:
    units = [unit_id(KRD)]
    with write(imported.db) as s:
        local = new_mediator(s, unit_code=KRD)
        mediating_case(s, unit=KRD, intake=date(2026, 11, 2), signed=date(2026, 11, 4), mediator=local)
    with imported.db.session() as s:
        placeholder = s.get(Mediator, imported.mediator)
        assert placeholder is not None and placeholder.unit_id == unit_id(KRD) and placeholder.active
        assert [m.id for m in mediators.list_mediators(s, units)] == [local.id]
        assert [m.id for m in mediators.list_mediators(s, None, active_only=True)] == [local.id]
        assert [m.mediator_id for m in mediators.mediator_load(s, units)] == [local.id]
        assert [m.id for m in mediator_registry.registry(s, units, include_inactive=True)] == [local.id]
        assert [m.mediator_id for m in consultation_log.mediator_choices(s, unit_id(KRD))] == [local.id]
        assert [m.id for m in case_list_extra.mediator_choices(s, units)] == [local.id]


# --- links from the council's own rows to received ones ------------------------------------------


def _local_case(s: Session) -> Case:
    return mediating_case(s, unit="KZ-31-MC", intake=date(2026, 11, 2), signed=date(2026, 11, 4))


def _placeholder(s: Session, world: Imported) -> Mediator:
    mediator = s.get(Mediator, world.mediator)
    assert mediator is not None
    return mediator


LINKS: dict[str, Callable[[Imported], Callable[[Session], object]]] = {
    "a case recurring a received case": lambda w: (
        lambda s: new_case(
            s,
            unit="KZ-31-MC",
            intake=date(2026, 11, 2),
            recurrence=True,
            recurrence_of_number=_case(s, w.in_mediation).number,
        )
    ),
    "a referral linked to a received case": lambda w: (
        lambda s: consultations.log_consultation(
            s,
            consultations.ConsultationInput(
                unit_code=KRD,
                held_on=date(2026, 10, 1),
                topic=Category.NEIGHBOUR,
                result=ConsultationResult.REFERRED_TO_MEDIATION,
                case_id=w.in_mediation,
            ),
            today=TODAY,
        )
    ),
    "a consultation by a placeholder mediator": lambda w: (
        lambda s: consultations.log_consultation(
            s,
            consultations.ConsultationInput(
                unit_code=KRD,
                held_on=date(2026, 11, 2),
                topic=Category.FAMILY,
                result=ConsultationResult.RESOLVED,
                mediator_id=w.mediator,
            ),
            today=TODAY,
        )
    ),
    "a user for a placeholder mediator": lambda w: (
        lambda s: users.create_user(
            s, "bolat", "Болат", "Bolat-2026", Role.MEDIATOR, KRD, mediator_id=w.mediator
        )
    ),
    "a received party in a local case": lambda w: (
        lambda s: parties.add_participant(s, _local_case(s), _party(s, w), ParticipantRole.INTERPRETER)
    ),
    "a placeholder mediator on a local case": lambda w: (
        lambda s: mediators.declare_conflict(s, _local_case(s), _placeholder(s, w), False, today=TODAY)
    ),
}


def _party(s: Session, world: Imported) -> Party:
    party = s.get(Party, world.party)
    assert party is not None
    return party


@pytest.mark.parametrize("link", sorted(LINKS))
def test_local_rows_cannot_point_at_received_ones(imported: Imported, link: str) -> None:
    """The unit's next package deletes the rows the link would point at: refused, nothing written."""
    error = refused(imported.db, ConflictError, "exchange.refers_to_imported", LINKS[link](imported))
    assert error.params == {"unit": KRD}
    assert message_for(error) == (
        f"This cannot be linked to a case, party or mediator that came from unit {KRD} in a monthly "
        "package: the unit's next package replaces it."
    )


def test_local_links_to_local_rows_stay_allowed(imported: Imported) -> None:
    with write(imported.db) as s:
        first = new_case(s, unit="KZ-31-MC", intake=date(2026, 11, 2))
        again = new_case(
            s, unit="KZ-31-MC", intake=date(2026, 11, 3), recurrence=True, recurrence_of_number=first.number
        )
        assert again.recurrence_of_id == first.id


def test_a_newer_package_replaces_rows_that_older_local_data_points_at(
    db: Database, imported: Imported
) -> None:
    """Links made before the guard existed (written here past it) must not stop the unit's next
    package: the replacement clears them, and the local rows themselves stay."""
    with write(imported.db) as s:
        s.info["exchange_import"] = True  # older data: the guard did not see it being written
        recurring = new_case(s, unit="KZ-31-MC", intake=date(2026, 11, 2), recurrence=True)
        recurring.recurrence_of_id = imported.in_mediation
        referral = consultations.log_consultation(
            s,
            consultations.ConsultationInput(
                unit_code=KRD,
                held_on=date(2026, 10, 1),
                topic=Category.NEIGHBOUR,
                result=ConsultationResult.REFERRED_TO_MEDIATION,
                case_id=imported.in_mediation,
                mediator_id=imported.mediator,
            ),
            today=TODAY,
        )
        user = users.create_user(
            s, "bolat", "Болат", "Bolat-2026", Role.MEDIATOR, KRD, mediator_id=imported.mediator
        )
        local_ids = (recurring.id, referral.id, user.id)
    with write(imported.db) as s:  # what the importer does with the unit's newer package
        remove_rows(s, imported.package)
        s.execute(
            update(ReceivedPackage).where(ReceivedPackage.id == imported.package).values(state="superseded")
        )
    newer, result = apply_unit(imported.db, KRD, export_unit(db, KRD))
    assert result.cases == 2
    recurring_id, referral_id, user_id = local_ids
    with imported.db.session() as s:
        assert _case(s, recurring_id).recurrence_of_id is None and _case(s, recurring_id).recurrence
        kept = s.get(Consultation, referral_id)
        assert kept is not None and (kept.case_id, kept.mediator_id) == (None, None)
        account = s.get(User, user_id)
        assert account is not None and account.mediator_id is None and account.username == "bolat"
        assert _case(s, imported.in_mediation).received_package_id == newer
