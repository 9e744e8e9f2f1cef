"""A register of cases made through the real services, and the report figures counted from it by hand.

`build_world` makes cases in several units (a seeded random mix of every path the Law on Mediation
allows: left at intake, rejected, refused, mediated and ended in every way, settled with obligations
followed up and closed, late, extended, with sessions planned ahead) plus consultations and feedback.

`Expected` then reads the rows back with plain ORM queries and counts every figure in Python, from
the definitions printed in the report (app/reports/figures.py), without any code of app/reports: the
tests compare the builder's SQL with this independent count.
"""

from __future__ import annotations

import random
import statistics
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Case,
    CaseParticipant,
    Consultation,
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
from app.models.enums import (
    AgeGroup,
    CaseStatus,
    Category,
    Channel,
    ConsultationResult,
    Exclusion,
    FollowUpMethod,
    Language,
    MediatorKind,
    ObligationStatus,
    Outcome,
    ParticipantRole,
    PartyKind,
    RiskLevel,
    SessionKind,
    Sex,
    TerminationReason,
)
from app.models.reference import UNITS
from app.reports.figures import Headline, MediatorLoad, MonthPoint, UnitRow
from app.reports.periods import Period
from app.services import cases, consultations, mediators, parties, sessions, settlements
from app.services.clock import KZ_TZ
from app.storage.database import Database
from tests.helpers_services import TODAY, write

SETTLED = (Outcome.SETTLED_FULL, Outcome.SETTLED_PARTIAL)
FIRST_DAY = date(2025, 8, 1)
# Local clock times at which mediations end: just after midnight (the previous day in UTC), noon,
# and just before midnight, so that month boundaries in local time are crossed both ways.
END_TIMES = (time(0, 30), time(12, 0), time(23, 30))


def local_moment(day: date, at: time) -> datetime:
    """That local (UTC+5) time of that day, as the aware UTC moment the services take."""
    return datetime.combine(day, at, KZ_TZ).astimezone(UTC)


# --- the register -----------------------------------------------------------------------------


class _Maker:
    def __init__(self, s: Session, rng: random.Random) -> None:
        self.s = s
        self.rng = rng
        self.mediators: dict[str, list[Mediator]] = {}

    def day_after(self, day: date, low: int, high: int) -> date:
        return day + timedelta(days=self.rng.randint(low, high))

    def pool(self, unit: str) -> list[Mediator]:
        """Three mediators of the unit, made on first use."""
        if unit not in self.mediators:
            self.mediators[unit] = [
                mediators.create_mediator(
                    self.s,
                    mediators.MediatorInput(
                        unit_code=unit,
                        last_name=last,
                        first_name=first,
                        middle_name=middle,
                        kind=kind,
                        registered_on=date(2024, 3, 1),
                        register_number="МР-0042" if kind is MediatorKind.PROFESSIONAL else None,
                    ),
                    today=TODAY,
                )
                for last, first, middle, kind in (
                    ("Сәрсенбаев", "Нұрлан", "Ержанұлы", MediatorKind.PUBLIC),
                    ("Ахметова", "Гүлнар", None, MediatorKind.PROFESSIONAL),
                    ("Ким", "Ольга", "Викторовна", MediatorKind.ETHNOMEDIATOR),
                )
            ]
        return self.mediators[unit]

    def assign(self, case: Case, mediator: Mediator, on: date) -> None:
        mediators.declare_conflict(self.s, case, mediator, False, today=TODAY)
        mediators.assign_mediator(self.s, case, mediator, lead=True, assigned_on=on, today=TODAY)

    def party(self, case: Case, role: ParticipantRole, kind: PartyKind = PartyKind.PERSON) -> CaseParticipant:
        rng = self.rng
        if kind is PartyKind.PERSON:
            data = parties.PartyInput(
                kind=kind,
                sex=rng.choice([Sex.MALE, Sex.FEMALE, None]),
                age_group=rng.choice([*AgeGroup, None]),
            )
        else:
            data = parties.PartyInput(kind=kind, org_name="«Береке» ЖШС")
        return parties.add_party_to_case(self.s, case, data, role, today=TODAY)

    def case(self, unit: str) -> None:
        rng, s = self.rng, self.s
        intake = self.day_after(FIRST_DAY, 0, (date(2026, 11, 15) - FIRST_DAY).days)
        data = cases.CaseIntake(
            unit_code=unit,
            intake_date=intake,
            channel=rng.choice(list(Channel)),
            category=rng.choice(list(Category)),
            language=rng.choice([*Language, None]),
            inter_ethnic=rng.random() < 0.3,
            group_dispute=rng.random() < 0.2,
            minors_involved=rng.random() < 0.2,
            recurrence=rng.random() < 0.1,
            risk_level=rng.choice(list(RiskLevel)),
        )
        case = cases.register_case(s, data, today=TODAY)
        applicant = self.party(case, ParticipantRole.APPLICANT)
        self.party(case, ParticipantRole.RESPONDENT, rng.choice([PartyKind.PERSON, PartyKind.ORGANISATION]))
        if rng.random() < 0.3:  # not a party: never counted among the parties
            self.party(case, ParticipantRole.INTERPRETER)
        path = rng.random()
        if path < 0.08:
            return  # left at intake
        if path < 0.16:
            cases.reject_case(
                s, case, rng.choice(list(Exclusion)), today=min(self.day_after(intake, 0, 6), TODAY)
            )
            return
        if path < 0.26:
            ended = min(self.day_after(intake, 0, 15), TODAY)
            outcome, reason = rng.choice(
                [
                    (Outcome.TERMINATED, TerminationReason.PARTY_REFUSED),
                    (Outcome.REFERRED, TerminationReason.REFERRED),
                ]
            )
            cases.record_outcome(
                s, case, outcome, reason, ended_at=local_moment(ended, rng.choice(END_TIMES)), today=TODAY
            )
            self.feedback(case, applicant, ended)
            return
        self.mediate(case, applicant, intake)

    def mediate(self, case: Case, applicant: CaseParticipant, intake: date) -> None:
        rng, s = self.rng, self.s
        unit = case.unit.code
        assigned = min(self.day_after(intake, 0, 3), TODAY)
        first = self.rng.choice(self.pool(unit))
        self.assign(case, first, assigned)
        if rng.random() < 0.2 and assigned < TODAY:  # the first mediator steps down, another takes over
            released = min(self.day_after(assigned, 1, 4), TODAY)
            mediators.release_mediator(s, case, first, released, today=TODAY)
            self.assign(case, rng.choice([m for m in self.pool(unit) if m.id != first.id]), released)
            assigned = released
        signed = self.day_after(assigned, 0, 5)
        if signed > TODAY:
            return  # still preparing the mediation agreement
        cases.sign_agreement(s, case, signed, today=TODAY)
        end = self.day_after(signed, 1, 60)
        if rng.random() < 0.15:
            end = date.max  # stuck in mediation: overdue once its deadline passes
        if rng.random() < 0.3 and signed < TODAY:
            granted = min(self.day_after(signed, 3, 29), TODAY)
            if granted < end:
                cases.extend_term(s, case, rng.randint(5, 30), "Тараптар келісті", True, granted, today=TODAY)
        for _ in range(rng.randint(0, 3)):
            held = self.day_after(signed, 0, 40)
            if end <= TODAY:
                held = min(held, end)
            sessions.add_session(
                s, case, sessions.SessionInput(held_on=held, kind=rng.choice(list(SessionKind))), today=TODAY
            )
        if end > TODAY:
            return  # still in mediation (perhaps overdue)
        ended_at = local_moment(end, rng.choice(END_TIMES))
        end_day = ended_at.astimezone(KZ_TZ).date()
        choice = rng.random()
        if choice < 0.55:
            self.settle(
                case, end_day, ended_at, Outcome.SETTLED_FULL if choice < 0.4 else Outcome.SETTLED_PARTIAL
            )
        else:
            outcome, reason = rng.choice(
                [
                    (Outcome.NOT_SETTLED, TerminationReason.MEDIATOR_REFUSED),
                    (Outcome.NOT_SETTLED, TerminationReason.TERM_EXPIRED),
                    (Outcome.TERMINATED, TerminationReason.PARTY_WITHDREW),
                    (Outcome.TERMINATED, TerminationReason.PARTY_ABSENT),
                    (Outcome.REFERRED, TerminationReason.REFERRED),
                ]
            )
            cases.record_outcome(s, case, outcome, reason, ended_at=ended_at, today=TODAY)
        self.feedback(case, applicant, end_day)

    def settle(self, case: Case, end_day: date, ended_at: datetime, outcome: Outcome) -> None:
        rng, s = self.rng, self.s
        dues = [self.day_after(end_day, 0, 60) for _ in range(rng.randint(1, 3))]
        agreement = settlements.record_settlement(
            s,
            case,
            end_day,
            "Дауды реттеу",
            None,
            [settlements.ObligationInput(None, f"Міндет {i}", due) for i, due in enumerate(dues, 1)],
            today=TODAY,
        )
        cases.record_outcome(
            s, case, outcome, TerminationReason.AGREEMENT_SIGNED, ended_at=ended_at, today=TODAY
        )
        checked: list[date] = []
        for obligation in agreement.obligations:
            if obligation.due_on <= TODAY and rng.random() < 0.75:
                on = min(self.day_after(obligation.due_on, 0, 5), TODAY)
                status = rng.choice(
                    [
                        ObligationStatus.KEPT,
                        ObligationStatus.KEPT,
                        ObligationStatus.PARTLY_KEPT,
                        ObligationStatus.NOT_KEPT,
                    ]
                )
                settlements.check_obligation(s, obligation, status, on, today=TODAY)
                checked.append(on)
        for _ in range(rng.randint(0, 2)):
            settlements.record_follow_up(
                s, case, min(self.day_after(end_day, 0, 40), TODAY), FollowUpMethod.PHONE, today=TODAY
            )
        if (
            case.status is CaseStatus.FOLLOW_UP
            and len(checked) == len(agreement.obligations)
            and rng.random() < 0.7
        ):
            cases.close_after_follow_up(s, case, min(self.day_after(max(checked), 0, 10), TODAY), today=TODAY)

    def feedback(self, case: Case, applicant: CaseParticipant, ended: date) -> None:
        rng = self.rng
        for who in (applicant.id, None):
            if rng.random() < 0.45:
                score = rng.choice([1, 2, 3, 4, 5, 5, None])
                recorded = local_moment(min(self.day_after(ended, 0, 20), TODAY), rng.choice(END_TIMES))
                settlements.record_satisfaction(
                    self.s, case, who, score, True if score is None else None, recorded_at=recorded
                )

    def consultation(self, unit: str) -> None:
        rng = self.rng
        consultations.log_consultation(
            self.s,
            consultations.ConsultationInput(
                unit_code=unit,
                held_on=self.day_after(FIRST_DAY, 0, (TODAY - FIRST_DAY).days),
                topic=rng.choice(list(Category)),
                result=rng.choice(
                    [r for r in ConsultationResult if r is not ConsultationResult.REFERRED_TO_MEDIATION]
                ),
                sex=rng.choice([Sex.MALE, Sex.FEMALE, None]),
            ),
            today=TODAY,
        )


# Where the random register's cases are: the Zhambyl council's units (and the council itself), and
# a few units of other regions that a republic-wide report must include and a regional one must not.
WORLD_UNITS = {
    "KZ-31-CTR": 40,
    "KZ-31-HF": 20,
    "KZ-31-KRD": 20,
    "KZ-31-MC": 4,
    "KZ-19-CTR": 12,
    "KZ-19-ENB": 6,
    "KZ-71-HF": 6,
}


def build_world(db: Database, seed: int = 20261020) -> None:
    rng = random.Random(seed)
    with write(db) as s:
        maker = _Maker(s, rng)
        for unit, count in WORLD_UNITS.items():
            for _ in range(count):
                maker.case(unit)
            for _ in range(count):
                maker.consultation(unit)


# --- the figures, counted by hand ------------------------------------------------------------


@dataclass
class Register:
    """Every row the reports count, read back with plain ORM queries."""

    cases: list[Case]
    unit_code: dict[uuid.UUID, str]
    extensions: list[Extension]
    sessions: list[MediationSession]
    assignments: list[MediatorAssignment]
    mediators: dict[uuid.UUID, Mediator]
    follow_ups: list[FollowUp]
    obligations: list[tuple[Obligation, uuid.UUID]]  # with the id of the case
    answers: list[Satisfaction]
    consultations: list[Consultation]
    parties: list[tuple[CaseParticipant, Party]]


def read_register(db: Database) -> Register:
    with db.session() as s:
        return Register(
            cases=list(s.scalars(select(Case))),
            unit_code={unit.id: unit.code for unit in s.scalars(select(Unit))},
            extensions=list(s.scalars(select(Extension))),
            sessions=list(s.scalars(select(MediationSession))),
            assignments=list(s.scalars(select(MediatorAssignment))),
            mediators={m.id: m for m in s.scalars(select(Mediator))},
            follow_ups=list(s.scalars(select(FollowUp))),
            obligations=[
                (obligation, case_id)
                for obligation, case_id in s.execute(
                    select(Obligation, SettlementAgreement.case_id).join(
                        SettlementAgreement, SettlementAgreement.id == Obligation.agreement_id
                    )
                )
            ],
            answers=list(s.scalars(select(Satisfaction))),
            consultations=list(s.scalars(select(Consultation))),
            parties=[
                (participant, party)
                for participant, party in s.execute(
                    select(CaseParticipant, Party).join(Party, Party.id == CaseParticipant.party_id)
                )
            ],
        )


def _in(day: date | None, p: Period) -> bool:
    return day is not None and p.start <= day <= p.end


def _all(members: object, unknown: bool = False) -> dict[str, int]:
    table = {m.value: 0 for m in members}  # type: ignore[attr-defined]
    if unknown:
        table["unknown"] = 0
    return table


def _count(table: dict[str, int], keys: list[str]) -> dict[str, int]:
    for key in keys:
        table[key] += 1
    return table


@dataclass
class Expected:
    """The figures of the units `codes` (a unit and everything below it, listed by the test)."""

    reg: Register
    codes: set[str]
    today: date = TODAY
    cases: list[Case] = field(init=False)

    def __post_init__(self) -> None:
        self.cases = [c for c in self.reg.cases if self.reg.unit_code[c.unit_id] in self.codes]
        self.case_ids = {c.id for c in self.cases}
        self.by_id = {c.id: c for c in self.reg.cases}

    # the headline

    def ended(self, p: Period) -> list[Case]:
        return [c for c in self.cases if _in(c.ended_on, p)]

    def received(self, p: Period) -> list[Case]:
        return [c for c in self.cases if _in(c.intake_date, p)]

    def deadline_on(self, c: Case, day: date) -> date:
        """The case's deadline as it stood on `day`: extensions granted later not yet added."""
        later = sum(x.days for x in self.reg.extensions if x.case_id == c.id and x.granted_on > day)
        assert c.deadline_on is not None
        return c.deadline_on - timedelta(days=later)

    def active(self, p: Period) -> dict[uuid.UUID, set[uuid.UUID]]:
        """Mediators of these units -> the cases they mediated on some day of the period."""
        far = date.max
        found: dict[uuid.UUID, set[uuid.UUID]] = {}
        for a in self.reg.assignments:
            mediator = self.reg.mediators[a.mediator_id]
            c = self.by_id[a.case_id]
            if self.reg.unit_code[mediator.unit_id] not in self.codes or c.agreement_signed_on is None:
                continue
            first = max(a.assigned_on, c.agreement_signed_on, p.start)
            last = min(a.released_on or far, c.ended_on or far, p.end)
            if first <= last:
                found.setdefault(mediator.id, set()).add(c.id)
        return found

    def answers(self, p: Period) -> list[Satisfaction]:
        return [
            a
            for a in self.reg.answers
            if a.case_id in self.case_ids and p.contains(a.recorded_at.astimezone(KZ_TZ).date())
        ]

    def headline(self, p: Period) -> Headline:
        as_of = min(p.end, self.today)
        ended = self.ended(p)
        under_agreement = [c for c in ended if c.agreement_signed_on is not None]
        scores = [a.score for a in self.answers(p) if a.score is not None]
        due = [o for o, case_id in self.reg.obligations if case_id in self.case_ids and _in(o.due_on, p)]
        return Headline(
            consultations=len(
                [
                    x
                    for x in self.reg.consultations
                    if self.reg.unit_code[x.unit_id] in self.codes and _in(x.held_on, p)
                ]
            ),
            received=len(self.received(p)),
            carried_over=len(
                [
                    c
                    for c in self.cases
                    if c.intake_date < p.start and (c.closed_on is None or c.closed_on >= p.start)
                ]
            ),
            ended=len(ended),
            settled=len([c for c in ended if c.outcome in SETTLED]),
            closed=len([c for c in self.cases if c.status is CaseStatus.CLOSED and _in(c.closed_on, p)]),
            rejected=len([c for c in self.cases if c.status is CaseStatus.REJECTED and _in(c.closed_on, p)]),
            open_at_end=len(
                [
                    c
                    for c in self.cases
                    if c.intake_date <= p.end and (c.closed_on is None or c.closed_on > p.end)
                ]
            ),
            overdue_at_end=len(
                [
                    c
                    for c in self.cases
                    if c.agreement_signed_on is not None
                    and c.agreement_signed_on <= as_of
                    and (c.ended_on is None or c.ended_on > as_of)
                    and self.deadline_on(c, as_of) < as_of
                ]
            ),
            within_term=len(
                [c for c in under_agreement if c.deadline_on is not None and c.ended_on <= c.deadline_on]  # type: ignore[operator]
            ),
            ended_under_agreement=len(under_agreement),
            median_days_to_end=(
                float(statistics.median((c.ended_on - c.intake_date).days for c in ended))  # type: ignore[operator]
                if ended
                else None
            ),
            extensions=len(
                [x for x in self.reg.extensions if x.case_id in self.case_ids and _in(x.granted_on, p)]
            ),
            sessions=len(
                [
                    x
                    for x in self.reg.sessions
                    if x.case_id in self.case_ids and p.start <= x.held_on <= min(p.end, self.today)
                ]
            ),
            active_mediators=len(self.active(p)),
            follow_ups=len(
                [f for f in self.reg.follow_ups if f.case_id in self.case_ids and _in(f.done_on, p)]
            ),
            obligations_due=len(due),
            obligations_kept=len([o for o in due if o.status is ObligationStatus.KEPT]),
            satisfaction_answers=len(self.answers(p)),
            satisfaction_mean=sum(scores) / len(scores) if scores else None,
            cases_in_mediation=len(
                [
                    c
                    for c in self.cases
                    if c.agreement_signed_on is not None
                    and c.agreement_signed_on <= p.end
                    and (c.ended_on is None or c.ended_on >= p.start)
                ]
            ),
        )

    # the tables

    def tables(self, p: Period) -> dict[str, object]:
        ended, received = self.ended(p), self.received(p)
        received_ids = {c.id for c in received}
        persons = [
            party
            for participant, party in self.reg.parties
            if participant.case_id in received_ids
            and participant.role in (ParticipantRole.APPLICANT, ParticipantRole.RESPONDENT)
            and party.kind is PartyKind.PERSON
        ]
        held = [
            x
            for x in self.reg.consultations
            if self.reg.unit_code[x.unit_id] in self.codes and _in(x.held_on, p)
        ]
        due = [o for o, case_id in self.reg.obligations if case_id in self.case_ids and _in(o.due_on, p)]
        return {
            "outcomes": _count(_all(Outcome), [c.outcome.value for c in ended if c.outcome]),
            "termination_reasons": _count(
                _all(TerminationReason, unknown=True),
                [c.termination_reason.value if c.termination_reason else "unknown" for c in ended],
            ),
            "categories": _count(_all(Category), [c.category.value for c in received]),
            "category_outcomes": {
                category.value: _count(
                    _all(Outcome), [c.outcome.value for c in ended if c.category is category and c.outcome]
                )
                for category in Category
            },
            "channels": _count(_all(Channel), [c.channel.value for c in received]),
            "flags": {
                "inter_ethnic": len([c for c in received if c.inter_ethnic]),
                "group_dispute": len([c for c in received if c.group_dispute]),
                "minors_involved": len([c for c in received if c.minors_involved]),
                "high_risk": len([c for c in received if c.risk_level is RiskLevel.HIGH]),
                "recurrence": len([c for c in received if c.recurrence]),
            },
            "parties_by_sex": _count(
                _all(Sex, unknown=True), [x.sex.value if x.sex else "unknown" for x in persons]
            ),
            "parties_by_age": _count(
                _all(AgeGroup, unknown=True),
                [x.age_group.value if x.age_group else "unknown" for x in persons],
            ),
            "languages": _count(
                _all(Language, unknown=True),
                [c.language.value if c.language else "unknown" for c in received],
            ),
            "consultation_results": _count(_all(ConsultationResult), [x.result.value for x in held]),
            "consultation_topics": _count(_all(Category), [x.topic.value for x in held]),
            "obligations": _count(_all(ObligationStatus), [o.status.value for o in due]),
            "satisfaction": _count(
                {**{str(n): 0 for n in range(1, 6)}, "unknown": 0},
                [str(a.score) if a.score is not None else "unknown" for a in self.answers(p)],
            ),
        }

    def mediators(self, p: Period) -> list[MediatorLoad]:
        loads = []
        for mediator_id, case_ids in self.active(p).items():
            m = self.reg.mediators[mediator_id]
            mine = [self.by_id[i] for i in case_ids]
            ended = [c for c in mine if _in(c.ended_on, p)]
            initials = f"{m.first_name[0]}." + (f" {m.middle_name[0]}." if m.middle_name else "")
            loads.append(
                MediatorLoad(
                    name=f"{m.last_name} {initials}",
                    kind=m.kind.value,
                    unit_code=self.reg.unit_code[m.unit_id],
                    cases=len(mine),
                    ended=len(ended),
                    settled=len([c for c in ended if c.outcome in SETTLED]),
                )
            )
        return loads

    def trend(self, months: list[tuple[int, int]]) -> list[MonthPoint]:
        points = []
        for year, month in months:
            p = Period.month(year, month)
            ended = self.ended(p)
            points.append(
                MonthPoint(
                    year=year,
                    month=month,
                    received=len(self.received(p)),
                    ended=len(ended),
                    settled=len([c for c in ended if c.outcome in SETTLED]),
                    consultations=len(
                        [
                            x
                            for x in self.reg.consultations
                            if self.reg.unit_code[x.unit_id] in self.codes and _in(x.held_on, p)
                        ]
                    ),
                )
            )
        return points


def subtree(code: str) -> set[str]:
    """The unit and every unit below it, from the built-in reference list of the network."""
    found, frontier = {code}, {code}
    while frontier:
        frontier = {u.code for u in UNITS if u.parent_code in frontier}
        found |= frontier
    return found


def children(code: str) -> list[str]:
    return sorted(u.code for u in UNITS if u.parent_code == code)


def unit_rows(reg: Register, code: str, p: Period, today: date = TODAY) -> list[UnitRow]:
    refs = {u.code: u for u in UNITS}
    return [
        UnitRow(
            unit_code=child,
            names={"kk": refs[child].name_kk, "ru": refs[child].name_ru, "en": refs[child].name_en},
            kind=refs[child].kind.value,
            figures=Expected(reg, subtree(child), today).headline(p),
        )
        for child in children(code)
    ]
