"""Rows another unit sent up in a monthly package are read-only here.

Its next package replaces them whole, so a change made at the council would be lost next month and
would make the council's figures disagree with the unit's own: every change through the services is
refused with ``exchange.read_only``, naming the unit where the case can be changed.

The guard is a ``before_flush`` hook (installed like the audit trail's, app/services/runtime.py):
it sees every ORM change whatever service makes it. The importer itself writes with Core statements,
which no flush sees, and marks its session with ``session.info["exchange_import"] = True`` for any
ORM write it makes on received rows.

The same hook refuses a new link from a local row to a received one (``exchange.refers_to_imported``):
a case recorded as the recurrence of a unit's case, a consultation that led to it, a user or a session
with a placeholder mediator, a participant who is a placeholder party. The unit's next package deletes
the rows it linked to, and the link would either stop that package (a foreign key) or vanish.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import ConflictError
from app.models import (
    Case,
    CaseParticipant,
    ConflictDeclaration,
    Consultation,
    Extension,
    FollowUp,
    MediationSession,
    Mediator,
    MediatorAssignment,
    MediatorTraining,
    Obligation,
    Party,
    ReceivedPackage,
    Satisfaction,
    SessionAttendee,
    SettlementAgreement,
    User,
)

IMPORT_FLAG = "exchange_import"  # session.info key: the importer's own unit of work
# Rows that carry received_package_id themselves.
_MARKED = (Case, Party, Consultation, Mediator)
# Rows of a case that carry its id.
_OF_CASE = (
    CaseParticipant,
    ConflictDeclaration,
    MediatorAssignment,
    Extension,
    MediationSession,
    SettlementAgreement,
    FollowUp,
    Satisfaction,
)


# The links a local row may make to a row that can be a received one: (row, its column, what it names).
# A participant is received when its case is.
_LINKS: tuple[tuple[type[Any], str, type[Any]], ...] = (
    (Case, "recurrence_of_id", Case),
    (Consultation, "case_id", Case),
    (Consultation, "mediator_id", Mediator),
    (User, "mediator_id", Mediator),
    (CaseParticipant, "party_id", Party),
    (CaseParticipant, "represents_id", CaseParticipant),
    (ConflictDeclaration, "mediator_id", Mediator),
    (MediatorAssignment, "mediator_id", Mediator),
    (MediationSession, "mediator_id", Mediator),
    (Obligation, "obligor_id", CaseParticipant),
    (Satisfaction, "participant_id", CaseParticipant),
    (SessionAttendee, "participant_id", CaseParticipant),
)


def _values(obj: Any, attribute: str) -> set[Any] | None:
    """The attribute's values before and after the pending change; None when it is not loaded."""
    state = inspect(obj)
    history = state.attrs[attribute].history
    values = {*history.added, *history.unchanged, *history.deleted}
    if not values and state.persistent:
        return None
    return values - {None}


def _refuse(session: Session, package_id: uuid.UUID) -> ConflictError:
    unit = session.scalar(select(ReceivedPackage.unit_code).where(ReceivedPackage.id == package_id)) or "?"
    return ConflictError(
        "exchange.read_only",
        f"This case came from unit {unit} in a monthly package; it can be changed only there.",
        unit=unit,
    )


def _marked_packages(session: Session, objects: Iterable[Any]) -> set[uuid.UUID]:
    """received_package_id of the marked rows among `objects` (as loaded, or from the database)."""
    found: set[uuid.UUID] = set()
    unloaded: dict[type[Any], list[uuid.UUID]] = {}
    for obj in objects:
        if not isinstance(obj, _MARKED):
            continue
        values = _values(obj, "received_package_id")
        if values is None:
            unloaded.setdefault(type(obj), []).append(obj.id)
        else:
            found |= values
    for model, ids in unloaded.items():
        found.update(
            session.scalars(
                select(model.received_package_id).where(
                    model.id.in_(ids), model.received_package_id.is_not(None)
                )
            )
        )
    return found


def _parent_ids(objects: Iterable[Any], model: type[Any], attribute: str) -> set[uuid.UUID]:
    """The parent ids a child row had or will have; a new row may name its parent by relationship
    only (``CaseParticipant(case=...)``) until the flush fills in the column."""
    relation = attribute.removesuffix("_id")
    ids: set[uuid.UUID] = set()
    for obj in objects:
        if isinstance(obj, model):
            ids |= _values(obj, attribute) or {getattr(obj, attribute)} - {None}
            parent = inspect(obj).dict.get(relation)
            if parent is not None and parent.id is not None:
                ids.add(parent.id)
    return ids


def _child_packages(session: Session, objects: list[Any]) -> set[uuid.UUID]:
    """received_package_id of the cases (and mediators) that the changed child rows belong to."""
    case_ids: set[uuid.UUID] = set()
    for model in _OF_CASE:
        case_ids |= _parent_ids(objects, model, "case_id")
    agreements = _parent_ids(objects, Obligation, "agreement_id")
    if agreements:
        case_ids.update(
            session.scalars(select(SettlementAgreement.case_id).where(SettlementAgreement.id.in_(agreements)))
        )
    meetings = _parent_ids(objects, SessionAttendee, "session_id")
    if meetings:
        case_ids.update(
            session.scalars(select(MediationSession.case_id).where(MediationSession.id.in_(meetings)))
        )
    found: set[uuid.UUID] = set()
    if case_ids:
        found.update(
            session.scalars(
                select(Case.received_package_id).where(
                    Case.id.in_(case_ids), Case.received_package_id.is_not(None)
                )
            )
        )
    mediator_ids = _parent_ids(objects, MediatorTraining, "mediator_id")
    if mediator_ids:
        found.update(
            session.scalars(
                select(Mediator.received_package_id).where(
                    Mediator.id.in_(mediator_ids), Mediator.received_package_id.is_not(None)
                )
            )
        )
    return found


def _new_links(objects: Iterable[Any]) -> dict[type[Any], set[uuid.UUID]]:
    """The ids each changed row now names in its link columns (by column or by relationship); links
    it already had are not looked at, so older data never stops an unrelated change."""
    found: dict[type[Any], set[uuid.UUID]] = {}
    for obj in objects:
        for model, attribute, target in _LINKS:
            if not isinstance(obj, model):
                continue
            state = inspect(obj)
            ids = {value for value in state.attrs[attribute].history.added if value is not None}
            relation = attribute.removesuffix("_id")
            if relation in state.mapper.relationships:
                ids |= {
                    parent.id
                    for parent in state.attrs[relation].history.added
                    if parent is not None and parent.id is not None
                }
            if ids:
                found.setdefault(target, set()).update(ids)
    return found


def _linked_packages(session: Session, links: dict[type[Any], set[uuid.UUID]]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    for target, ids in links.items():
        if target is CaseParticipant:
            query = (
                select(Case.received_package_id)
                .join(CaseParticipant, CaseParticipant.case_id == Case.id)
                .where(CaseParticipant.id.in_(ids))
            )
        else:
            query = select(target.received_package_id).where(target.id.in_(ids))
        found.update(package for package in session.scalars(query) if package is not None)
    return found


def _refuse_link(session: Session, package_id: uuid.UUID) -> ConflictError:
    unit = session.scalar(select(ReceivedPackage.unit_code).where(ReceivedPackage.id == package_id)) or "?"
    return ConflictError(
        "exchange.refers_to_imported",
        f"This cannot be linked to a case, party or mediator that came from unit {unit} in a monthly "
        "package: the unit's next package replaces it.",
        unit=unit,
    )


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    if session.info.get(IMPORT_FLAG):
        return
    changed = [
        *session.new,
        *(obj for obj in session.dirty if session.is_modified(obj)),
        *session.deleted,
    ]
    if not changed:
        return
    with session.no_autoflush:
        packages = _marked_packages(session, changed) | _child_packages(session, changed)
        if packages:
            raise _refuse(session, min(packages))
        links = _new_links(obj for obj in changed if obj not in session.deleted)
        if links:
            linked = _linked_packages(session, links)
            if linked:
                raise _refuse_link(session, min(linked))


def install_read_only_guard(factory: sessionmaker[Session]) -> None:
    """Attach the guard to every session the factory makes (one of runtime.SESSION_HOOKS)."""
    event.listen(factory, "before_flush", _before_flush)
