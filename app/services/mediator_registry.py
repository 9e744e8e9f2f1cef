"""The mediator register as the desktop program shows it: plain rows, one mediator's details, one save.

The views get frozen dataclasses, never ORM objects: a row must stay readable after its unit of work
has closed, and a lazy relationship (trainings, unit) would then fail. Validation stays in
app/services/mediators.py; this module only reads in bulk and bundles a save with its new trainings,
so a refused training leaves the mediator unsaved too (one unit of work, all or nothing).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from app.models import Case, Mediator, MediatorAssignment, MediatorTraining, Unit
from app.models.enums import CaseStatus, MediatorKind
from app.services import clock, mediators, rules, text

# Kazakh Cyrillic order (it holds the Russian alphabet too); SQL's ORDER BY puts Ә, Қ, Ө, Ұ, Ү, Һ, І
# after Я because it compares code points, so «Өмірбекова» would come after «Сушанло».
_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_ORDER = {letter: index for index, letter in enumerate(_ALPHABET)}


def _full_name(last: str, first: str, middle: str | None) -> str:
    return " ".join(p for p in (last, first, middle) if p)


def collation_key(name: str) -> str:
    """A string that sorts names in Kazakh alphabetical order (Latin and other signs after Cyrillic)."""
    keyed = []
    for char in text.fold(name):
        index = _ORDER.get(char)
        keyed.append(chr(0x100 + index) if index is not None else chr(0x200 + ord(char)))
    return "".join(keyed)


@dataclass(frozen=True)
class MediatorRow:
    id: uuid.UUID
    version: int
    unit_code: str
    last_name: str
    first_name: str
    middle_name: str | None
    kind: MediatorKind
    register_number: str | None
    registered_on: date | None
    languages: tuple[str, ...]  # Language values
    specialisations: tuple[str, ...]  # Category values
    phone: str | None
    email: str | None
    notes: str | None
    active: bool
    open_cases: int

    @property
    def full_name(self) -> str:
        return _full_name(self.last_name, self.first_name, self.middle_name)

    @cached_property
    def name_key(self) -> str:
        """Sorts by name in Kazakh alphabetical order."""
        return collation_key(self.full_name)


@dataclass(frozen=True)
class TrainingRow:
    id: uuid.UUID
    title: str
    provider: str | None
    completed_on: date
    hours: int | None


@dataclass(frozen=True)
class TrainingInput:
    title: str
    provider: str | None
    completed_on: date
    hours: int | None = None


@dataclass(frozen=True)
class OpenCaseRow:
    case_id: uuid.UUID
    number: str
    status: CaseStatus
    intake_date: date
    deadline_on: date | None
    lead: bool


@dataclass(frozen=True)
class MediatorDetail:
    mediator: MediatorRow
    trainings: tuple[TrainingRow, ...]
    open_cases: tuple[OpenCaseRow, ...]


@dataclass(frozen=True)
class UnitOption:
    id: uuid.UUID
    code: str
    name: str


def _open_counts(session: Session, mediator_ids: Sequence[uuid.UUID] | None) -> dict[uuid.UUID, int]:
    # The same rule as mediators.mediator_load: a current assignment to a case that is still open.
    stmt = (
        select(MediatorAssignment.mediator_id, func.count(distinct(Case.id)))
        .join(Case, Case.id == MediatorAssignment.case_id)
        .where(MediatorAssignment.released_on.is_(None), Case.status.in_(mediators.OPEN_STATUSES))
        .group_by(MediatorAssignment.mediator_id)
    )
    if mediator_ids is not None:
        stmt = stmt.where(MediatorAssignment.mediator_id.in_(list(mediator_ids)))
    return {mediator_id: int(count) for mediator_id, count in session.execute(stmt)}


# Plain columns, not ORM objects: a council's register holds some 1,300 mediators, and building an
# object per row (identity map, change tracking) costs several times the query itself.
_ROW_COLUMNS = (
    Mediator.id,
    Mediator.version,
    Unit.code,
    Mediator.last_name,
    Mediator.first_name,
    Mediator.middle_name,
    Mediator.kind,
    Mediator.register_number,
    Mediator.registered_on,
    Mediator.languages,
    Mediator.specialisations,
    Mediator.phone,
    Mediator.email,
    Mediator.notes,
    Mediator.active,
)


def _row(mediator: Mediator, unit_code: str, open_cases: int) -> MediatorRow:
    return MediatorRow(
        id=mediator.id,
        version=mediator.version,
        unit_code=unit_code,
        last_name=mediator.last_name,
        first_name=mediator.first_name,
        middle_name=mediator.middle_name,
        kind=mediator.kind,
        register_number=mediator.register_number,
        registered_on=mediator.registered_on,
        languages=tuple(mediator.languages or ()),
        specialisations=tuple(mediator.specialisations or ()),
        phone=mediator.phone,
        email=mediator.email,
        notes=mediator.notes,
        active=mediator.active,
        open_cases=open_cases,
    )


def registry(
    session: Session, unit_ids: Sequence[uuid.UUID] | None, *, include_inactive: bool = False
) -> list[MediatorRow]:
    """The mediators of these units with their open-case load, in Kazakh alphabetical order."""
    # Local mediators only: the nameless placeholders of other units' monthly packages are not a registry.
    stmt = (
        select(*_ROW_COLUMNS)
        .join(Unit, Unit.id == Mediator.unit_id)
        .where(Mediator.received_package_id.is_(None))
    )
    if unit_ids is not None:
        stmt = stmt.where(Mediator.unit_id.in_(list(unit_ids)))
    if not include_inactive:
        stmt = stmt.where(Mediator.active.is_(True))
    found = list(session.execute(stmt))
    counts = _open_counts(session, None if unit_ids is None else [r[0] for r in found])
    rows: list[MediatorRow] = []
    for values in found:
        (mediator_id, version, code, last, first, middle, kind, number, on, langs, specs, *rest) = values
        phone, email, notes, active = rest
        row = MediatorRow(
            mediator_id,
            version,
            code,
            last,
            first,
            middle,
            kind,
            number,
            on,
            tuple(langs or ()),
            tuple(specs or ()),
            phone,
            email,
            notes,
            active,
            counts.get(mediator_id, 0),
        )
        rows.append(row)
    rows.sort(key=lambda r: r.name_key)
    return rows


def detail(session: Session, mediator_id: uuid.UUID) -> MediatorDetail:
    mediator = mediators.get(session, mediator_id)
    unit_code = session.scalar(select(Unit.code).where(Unit.id == mediator.unit_id)) or ""
    trainings = tuple(
        TrainingRow(t.id, t.title, t.provider, t.completed_on, t.hours)
        for t in session.scalars(
            select(MediatorTraining)
            .where(MediatorTraining.mediator_id == mediator_id)
            .order_by(MediatorTraining.completed_on, MediatorTraining.title)
        )
    )
    cases = tuple(
        OpenCaseRow(case_id, number, status, intake, deadline, bool(lead))
        for case_id, number, status, intake, deadline, lead in session.execute(
            select(
                Case.id, Case.number, Case.status, Case.intake_date, Case.deadline_on, MediatorAssignment.lead
            )
            .join(MediatorAssignment, MediatorAssignment.case_id == Case.id)
            .where(
                MediatorAssignment.mediator_id == mediator_id,
                MediatorAssignment.released_on.is_(None),
                Case.status.in_(mediators.OPEN_STATUSES),
            )
            .order_by(Case.intake_date, Case.number)
        )
    )
    # Counted from the same rows the panel lists, so the load and the list never disagree.
    open_count = len({c.case_id for c in cases})
    return MediatorDetail(_row(mediator, unit_code, open_count), trainings, cases)


def input_of(row: MediatorRow) -> mediators.MediatorInput:
    """What an edit form starts from."""
    return mediators.MediatorInput(
        unit_code=row.unit_code,
        last_name=row.last_name,
        first_name=row.first_name,
        kind=row.kind,
        middle_name=row.middle_name,
        register_number=row.register_number,
        registered_on=row.registered_on,
        languages=list(row.languages),
        specialisations=list(row.specialisations),
        phone=row.phone,
        email=row.email,
        notes=row.notes,
    )


def check_training(training: TrainingInput, *, today: date | None = None) -> None:
    """The checks add_training makes, for a form that collects trainings before the mediator is saved."""
    today = today or clock.today()
    rules.text_required(training.title, "training.title", "The title of the training")
    rules.not_in_future(
        training.completed_on, today, "training.completed_on", "The date the training was completed"
    )
    if training.hours is not None:
        rules.in_range(training.hours, 1, 2000, "training.hours", "The length of the training in hours")


def save_mediator(
    session: Session,
    data: mediators.MediatorInput,
    *,
    mediator_id: uuid.UUID | None = None,
    expected_version: int | None = None,
    new_trainings: Sequence[TrainingInput] = (),
    today: date | None = None,
) -> uuid.UUID:
    """Create (no id) or update a mediator and add the trainings entered with it; returns the id."""
    if mediator_id is None:
        mediator = mediators.create_mediator(session, data, today=today)
    else:
        mediator = mediators.update_mediator(
            session, mediators.get(session, mediator_id), data, expected_version=expected_version, today=today
        )
    for training in new_trainings:
        mediators.add_training(
            session,
            mediator,
            training.title,
            training.provider,
            training.completed_on,
            training.hours,
            today=today,
        )
    return mediator.id


def set_active(session: Session, mediator_id: uuid.UUID, active: bool) -> MediatorRow:
    """Deactivate (refused while the mediator holds open cases) or reactivate; returns the new row."""
    mediator = mediators.get(session, mediator_id)
    if active:
        mediators.reactivate_mediator(session, mediator)
    else:
        mediators.deactivate_mediator(session, mediator)
    return detail(session, mediator_id).mediator


def unit_options(session: Session, unit_ids: Sequence[uuid.UUID], lang: str) -> list[UnitOption]:
    """Units a user may register a mediator in: their own unit and the open units below it."""
    today = clock.today()
    found = session.scalars(select(Unit).where(Unit.id.in_(list(unit_ids))).order_by(Unit.code))
    return [UnitOption(u.id, u.code, u.name(lang)) for u in found if u.is_open_on(today)]
