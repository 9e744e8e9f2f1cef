"""Who may do what: one table of actions by role, and the checks the services make against it.

The table below is the only place the rules live. The desktop program hides what a role may not do,
but the services are where a refusal is made: a unit of work carries its Actor (app/services/context.py)
and

- ``require(role, action)`` refuses an action outright (the CLI's and the services' own checks);
- ``require_case(session, case, action)`` also keeps a user to the cases of their unit and the units
  below it (a mediator sees and edits the cases of their unit, a regional council those of its centres);
- ``install(factory)`` adds a check to every flush, so a write the role may not make is refused
  whichever service makes it (a service that forgets to ask cannot let an analyst change a case).

An Actor with no role and no user (the command line run by the computer's own account, the program's
own jobs, tests) is not a signed-in person and is not limited here: whoever can run the command line on
the office PC can open the database file anyway. The command line's ``--user`` (encryption, a later
revision) gives its Actor that user's role.

The README's "Who may do what" is generated from this table (scripts/permissions_table.py), and a
test keeps the two in step.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import WorkflowError
from app.models import (
    Case,
    CaseParticipant,
    ConflictDeclaration,
    Consultation,
    DirectoryKey,
    Extension,
    FollowUp,
    InstalledDirectory,
    MediationSession,
    Mediator,
    MediatorAssignment,
    MediatorTraining,
    MonthClosure,
    Obligation,
    Party,
    ReceivedPackage,
    Satisfaction,
    SentPackage,
    SessionAttendee,
    Setting,
    SettlementAgreement,
    User,
)
from app.models.base import Base
from app.models.enums import Role
from app.services import units
from app.services.context import Actor, actor_of


class Action(StrEnum):
    VIEW_CASE_LIST = "view_case_list"
    OPEN_CASE = "open_case"
    VIEW_PERSONAL_DATA = "view_personal_data"
    EDIT_CASE = "edit_case"
    ASSIGN_MEDIATOR = "assign_mediator"
    LOG_CONSULTATION = "log_consultation"
    MANAGE_MEDIATORS = "manage_mediators"
    MANAGE_USERS = "manage_users"
    CHANGE_SETTINGS = "change_settings"
    MAKE_REPORTS = "make_reports"
    VIEW_SIGNALS = "view_signals"
    EXCHANGE = "exchange"
    VIEW_AUDIT = "view_audit"
    EXPORT_AUDIT = "export_audit"
    DEIDENTIFY = "deidentify"
    BACKUP_RESTORE = "backup_restore"


ADMIN, HEAD, MEDIATOR, ANALYST = Role.ADMINISTRATOR, Role.CENTRE_HEAD, Role.MEDIATOR, Role.ANALYST

# The table: each action, what it means in words (for the README), and the roles allowed it.
# An analyst works with figures only: no case editor, no names, no notes.
TABLE: dict[Action, tuple[str, frozenset[Role]]] = {
    Action.VIEW_CASE_LIST: (
        "see the case list (numbers, dates, status, category, flags; no names)",
        frozenset({ADMIN, HEAD, MEDIATOR, ANALYST}),
    ),
    Action.OPEN_CASE: ("open a case in the case editor", frozenset({ADMIN, HEAD, MEDIATOR})),
    Action.VIEW_PERSONAL_DATA: (
        "see parties' names, IINs, contacts, and the free text of cases, sessions and consultations",
        frozenset({ADMIN, HEAD, MEDIATOR}),
    ),
    Action.EDIT_CASE: (
        "register cases and record parties, sessions, agreements, outcomes, follow-ups",
        frozenset({ADMIN, HEAD, MEDIATOR}),
    ),
    Action.ASSIGN_MEDIATOR: ("assign mediators to cases and release them", frozenset({ADMIN, HEAD})),
    Action.LOG_CONSULTATION: ("log consultations", frozenset({ADMIN, HEAD, MEDIATOR})),
    Action.MANAGE_MEDIATORS: ("add and change mediators in the register", frozenset({ADMIN, HEAD})),
    Action.MANAGE_USERS: (
        "create users, set roles, reset passwords, switch accounts off",
        frozenset({ADMIN}),
    ),
    Action.CHANGE_SETTINGS: ("change the terms of the law and the program's settings", frozenset({ADMIN})),
    Action.MAKE_REPORTS: ("make the monthly reports and see the figures", frozenset({ADMIN, HEAD, ANALYST})),
    # A council watches its districts; a centre head sees the signals of their own district.
    Action.VIEW_SIGNALS: (
        "see the early-warning signals and the de-identified cases behind them",
        frozenset({ADMIN, HEAD, ANALYST}),
    ),
    Action.EXCHANGE: ("send and import the monthly packages", frozenset({ADMIN, HEAD})),
    Action.VIEW_AUDIT: ("see the audit trail of every case and user", frozenset({ADMIN, HEAD})),
    Action.EXPORT_AUDIT: ("export the audit trail to a file", frozenset({ADMIN, HEAD})),
    Action.DEIDENTIFY: ("de-identify old closed cases (retention)", frozenset({ADMIN})),
    Action.BACKUP_RESTORE: ("back up and restore the database", frozenset({ADMIN})),
}

# What a change to a table needs; tables not named here (units, reference data, the program's own
# rows) are written by jobs that check their own action.
_WRITE_NEEDS: dict[type[Base], Action] = {
    Case: Action.EDIT_CASE,
    Party: Action.EDIT_CASE,
    CaseParticipant: Action.EDIT_CASE,
    ConflictDeclaration: Action.EDIT_CASE,
    Extension: Action.EDIT_CASE,
    MediationSession: Action.EDIT_CASE,
    SessionAttendee: Action.EDIT_CASE,
    SettlementAgreement: Action.EDIT_CASE,
    Obligation: Action.EDIT_CASE,
    FollowUp: Action.EDIT_CASE,
    Satisfaction: Action.EDIT_CASE,
    MediatorAssignment: Action.ASSIGN_MEDIATOR,
    Consultation: Action.LOG_CONSULTATION,
    Mediator: Action.MANAGE_MEDIATORS,
    MediatorTraining: Action.MANAGE_MEDIATORS,
    User: Action.MANAGE_USERS,
    Setting: Action.CHANGE_SETTINGS,
    # The monthly exchange: marking a month complete, packages sent and received, the directory of units.
    MonthClosure: Action.EXCHANGE,
    SentPackage: Action.EXCHANGE,
    ReceivedPackage: Action.EXCHANGE,
    InstalledDirectory: Action.EXCHANGE,
    DirectoryKey: Action.EXCHANGE,
}
# Changes a person makes to their own account without managing users (the password, the sign-in count).
_OWN_ACCOUNT_FIELDS = frozenset(
    {"password_hash", "failed_logins", "locked_until", "last_login_at", "language", "updated_at", "version"}
)
_SCOPE_KEY = "tatulyq_scope"


def allowed(role: Role | None, action: Action) -> bool:
    """None is not a signed-in person (see the module docstring): allowed everything."""
    return role is None or role in TABLE[action][1]


def roles_allowed(action: Action) -> frozenset[Role]:
    return TABLE[action][1]


def denied(action: Action, role: Role | None) -> WorkflowError:
    who = role.value if role is not None else "nobody"
    return WorkflowError(
        "permission.denied",
        f"The role '{who}' may not {TABLE[action][0]}.",
        action=action.value,
        role=who,
    )


def require(role: Role | None, action: Action) -> None:
    if not allowed(role, action):
        raise denied(action, role)


@dataclass(frozen=True)
class Scope:
    """What the person behind a unit of work may reach: their role, and their units (None: every unit)."""

    role: Role | None
    unit_ids: frozenset[uuid.UUID] | None

    def reaches(self, unit_id: uuid.UUID | None) -> bool:
        return self.unit_ids is None or unit_id in self.unit_ids


UNLIMITED = Scope(None, None)


def scope_of(session: Session) -> Scope:
    """The scope of the session's Actor, worked out once per session.

    An Actor that names a user but not a role (most of the desktop program's calls) is looked up:
    every call made for a signed-in person is held to that person's role, whoever built the Actor.
    """
    cached = session.info.get(_SCOPE_KEY)
    if isinstance(cached, Scope):
        return cached
    scope = _scope_for(session, actor_of(session))
    session.info[_SCOPE_KEY] = scope
    return scope


def _scope_for(session: Session, actor: Actor) -> Scope:
    role, unit_ids = actor.role, actor.unit_ids
    if actor.user_id is not None and (role is None or unit_ids is None):
        with session.no_autoflush:
            row = session.execute(select(User.role, User.unit_id).where(User.id == actor.user_id)).first()
        if row is not None:
            role = role or row.role
            if unit_ids is None:
                unit_ids = tuple(units.subtree_ids(session, row.unit_id))
    if role is None:
        return UNLIMITED
    # An administrator looks after the whole installation; everybody else stays within their units.
    units_reached = None if role is Role.ADMINISTRATOR or unit_ids is None else frozenset(unit_ids)
    return Scope(role, units_reached)


def require_in(session: Session, action: Action) -> Scope:
    """Refuse the action to the session's Actor; the scope, for the checks that follow."""
    scope = scope_of(session)
    require(scope.role, action)
    return scope


def require_case(session: Session, case: Case, action: Action = Action.OPEN_CASE) -> None:
    """Refuse the action on this case: by role, and for a case of a unit outside the person's units."""
    scope = require_in(session, action)
    if not scope.reaches(case.unit_id):
        raise WorkflowError(
            "permission.other_unit",
            f"Case {case.number} belongs to another unit; it is not in your units' list.",
            case=case.number,
        )


# -- every flush ---------------------------------------------------------------------------------


def _case_unit(session: Session, obj: Base, cache: dict[uuid.UUID, uuid.UUID | None]) -> uuid.UUID | None:
    """The unit of the case a row belongs to (None when it belongs to no case)."""
    if isinstance(obj, Case):
        return obj.unit_id
    case_id = getattr(obj, "case_id", None)
    if case_id is None and isinstance(obj, SessionAttendee):
        meeting = session.get(MediationSession, obj.session_id)
        case_id = meeting.case_id if meeting is not None else None
    if case_id is None and isinstance(obj, Obligation):
        agreement = session.get(SettlementAgreement, obj.agreement_id)
        case_id = agreement.case_id if agreement is not None else None
    if not isinstance(case_id, uuid.UUID):
        return None
    if case_id not in cache:
        case = session.get(Case, case_id)
        cache[case_id] = case.unit_id if case is not None else None
    return cache[case_id]


def _own_account_change(session: Session, obj: Base, actor: Actor) -> bool:
    if not isinstance(obj, User) or actor.user_id is None or obj.id != actor.user_id or obj in session.new:
        return False
    state = inspect(obj)
    changed = {a.key for a in state.mapper.column_attrs if state.attrs[a.key].history.has_changes()}
    return changed <= _OWN_ACCOUNT_FIELDS


def check_writes(session: Session, objects: Iterable[object]) -> None:
    """Refuse the flush when the session's Actor may not write one of these rows."""
    scope = scope_of(session)
    if scope is UNLIMITED or scope.role is None:
        return
    actor = actor_of(session)
    case_units: dict[uuid.UUID, uuid.UUID | None] = {}
    with session.no_autoflush:
        for obj in objects:
            if not isinstance(obj, Base):
                continue
            action = _WRITE_NEEDS.get(type(obj))
            if action is None:
                continue
            if _own_account_change(session, obj, actor):
                continue
            require(scope.role, action)
            if action is Action.EDIT_CASE or action is Action.ASSIGN_MEDIATOR:
                unit_id = _case_unit(session, obj, case_units)
                if unit_id is not None and not scope.reaches(unit_id):
                    raise WorkflowError(
                        "permission.other_unit_write",
                        "This case belongs to another unit; only its own unit's users may change it.",
                    )
            elif isinstance(obj, Consultation | Mediator) and not scope.reaches(obj.unit_id):
                raise WorkflowError(
                    "permission.other_unit_write",
                    "This record belongs to another unit; only its own unit's users may change it.",
                )


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    changed = [
        *session.new,
        *(obj for obj in session.dirty if session.is_modified(obj)),
        *session.deleted,
    ]
    if changed:
        check_writes(session, changed)


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)


# -- the README ----------------------------------------------------------------------------------

ROLE_ORDER = (ADMIN, HEAD, MEDIATOR, ANALYST)
ROLE_TITLES = {ADMIN: "administrator", HEAD: "centre head", MEDIATOR: "mediator", ANALYST: "analyst"}


def markdown_table() -> str:
    """The table as Markdown, for the README's "Who may do what"."""
    header = "| may … | " + " | ".join(ROLE_TITLES[r] for r in ROLE_ORDER) + " |"
    rule = "|---|" + "|".join(":-:" for _ in ROLE_ORDER) + "|"
    lines = [header, rule]
    for action, (words, roles) in TABLE.items():
        marks = " | ".join("yes" if role in roles else "—" for role in ROLE_ORDER)
        lines.append(f"| {words} (`{action.value}`) | {marks} |")
    return "\n".join(lines)
