"""Who may do what: the table, its copy in the README, and the refusals the services make.

The refusals are made by real users of a real database, the way the desktop program makes them: each
unit of work carries the signed-in user, and the services (not the windows) say no.
"""

from __future__ import annotations

import importlib.util
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.errors import WorkflowError
from app.models import Case, MediatorAssignment
from app.models.enums import Role
from app.services import case_view, cases, mediators, permissions, settings, users
from app.services.context import Actor
from app.services.permissions import Action
from app.storage.database import Database
from tests.conftest import ACTOR
from tests.factories import TODAY, add_two_parties, new_case
from tests.helpers_services import assign, new_mediator

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "secret-123"
OTHER_UNIT = "KZ-19-ENB"


def _script() -> object:
    spec = importlib.util.spec_from_file_location(
        "permissions_table", ROOT / "scripts" / "permissions_table.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_readme_shows_the_table_of_the_code() -> None:
    script = _script()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert script.readme_with_table(readme) == readme, "run scripts/permissions_table.py --write"  # type: ignore[attr-defined]
    assert "| open a case in the case editor (`open_case`) | yes | yes | yes | — |" in readme


def test_the_table_gives_an_analyst_figures_only() -> None:
    analyst = {a for a in Action if permissions.allowed(Role.ANALYST, a)}
    assert analyst == {Action.VIEW_CASE_LIST, Action.MAKE_REPORTS, Action.VIEW_SIGNALS}
    assert all(permissions.allowed(Role.ADMINISTRATOR, a) for a in Action)
    assert not permissions.allowed(Role.MEDIATOR, Action.ASSIGN_MEDIATOR)
    assert permissions.allowed(Role.CENTRE_HEAD, Action.VIEW_AUDIT)
    assert not permissions.allowed(Role.CENTRE_HEAD, Action.DEIDENTIFY)
    with pytest.raises(WorkflowError) as refused:
        permissions.require(Role.ANALYST, Action.OPEN_CASE)
    assert refused.value.key == "permission.denied"
    assert refused.value.params == {"action": "open_case", "role": "analyst"}


def _user(db: Database, username: str, role: Role, unit: str = "KZ-31-KRD") -> Actor:
    """A real account; the Actor names only its id, as the desktop program's calls mostly do."""
    with db.session(write=True, actor=Actor("set-up")) as s:
        user = users.create_user(s, username, f"Test {username}", PASSWORD, role, unit)
        return Actor(user.display_name, user.id)


def _case(db: Database, unit: str = "KZ-31-KRD") -> uuid.UUID:
    with db.session(write=True, actor=ACTOR) as s:
        case = new_case(s, unit=unit)
        add_two_parties(s, case)
        return case.id


def _count_cases(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Case)) or 0)


def test_an_analyst_cannot_open_a_case_nor_change_one(db: Database) -> None:
    analyst = _user(db, "analyst", Role.ANALYST)
    case_id = _case(db)
    with pytest.raises(WorkflowError) as refused, db.session(actor=analyst) as s:
        case_view.load(s, cases.get(s, case_id))
    assert (refused.value.key, refused.value.params["action"]) == ("permission.denied", "open_case")
    before = _count_cases(db)
    with pytest.raises(WorkflowError) as refused, db.session(write=True, actor=analyst) as s:
        new_case(s)
    assert refused.value.params["action"] == "edit_case"
    with pytest.raises(WorkflowError), db.session(write=True, actor=analyst) as s:
        cases.update_details(s, cases.get(s, case_id), cases.CaseDetails(description="changed"))
    assert _count_cases(db) == before
    with db.session() as s:
        assert cases.get(s, case_id).description == "Жер дауы"


def test_a_mediator_works_on_the_cases_of_their_unit_only(db: Database) -> None:
    mediator = _user(db, "mediator", Role.MEDIATOR)
    ours, theirs = _case(db), _case(db, unit=OTHER_UNIT)
    with db.session(write=True, actor=mediator) as s:
        view = case_view.load(s, cases.get(s, ours))
        assert [p.name for p in view.participants] == ["Өмірбеков Ғалымжан", "Иванова Ольга"]
        cases.update_details(s, cases.get(s, ours), cases.CaseDetails(description="Шекара дауы"))
        new_case(s)  # registering in their own unit is their daily work
    with pytest.raises(WorkflowError) as refused, db.session(actor=mediator) as s:
        case_view.load(s, cases.get(s, theirs))
    assert refused.value.key == "permission.other_unit"
    with pytest.raises(WorkflowError) as refused, db.session(write=True, actor=mediator) as s:
        cases.update_details(s, cases.get(s, theirs), cases.CaseDetails(description="не моё"))
    assert refused.value.key == "permission.other_unit_write"
    with db.session() as s:
        assert cases.get(s, ours).description == "Шекара дауы"
        assert cases.get(s, theirs).description == "Жер дауы"


def test_the_head_assigns_mediators_and_a_mediator_may_not(db: Database) -> None:
    mediator, head = _user(db, "mediator", Role.MEDIATOR), _user(db, "head", Role.CENTRE_HEAD)
    case_id = _case(db)
    with db.session(write=True, actor=ACTOR) as s:
        mediator_id = new_mediator(s).id
    with pytest.raises(WorkflowError) as refused, db.session(write=True, actor=mediator) as s:
        assign(s, cases.get(s, case_id), mediators.get(s, mediator_id))
    assert refused.value.params["action"] == "assign_mediator"
    with db.session(write=True, actor=head) as s:
        assign(s, cases.get(s, case_id), mediators.get(s, mediator_id))
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(MediatorAssignment)) == 1


def test_only_an_administrator_changes_the_settings(db: Database) -> None:
    head = _user(db, "head", Role.CENTRE_HEAD)
    with pytest.raises(WorkflowError) as refused, db.session(write=True, actor=head) as s:
        settings.set_value(s, "mediation.term_days", 45)
    assert refused.value.params["action"] == "change_settings"
    with db.session() as s:
        assert settings.get_int(s, "mediation.term_days") == 30


def test_everybody_changes_their_own_password_and_nobody_elses(db: Database) -> None:
    mediator = _user(db, "mediator", Role.MEDIATOR)
    _user(db, "colleague", Role.MEDIATOR)
    with db.session(write=True, actor=mediator) as s:
        users.change_password(s, users.get(s, mediator.user_id), PASSWORD, "new-secret-456")  # type: ignore[arg-type]
    assert users.sign_in(db, "mediator", "new-secret-456").username == "mediator"
    with pytest.raises(WorkflowError) as refused, db.session(write=True, actor=mediator) as s:
        colleague = users.find_active(s, "colleague")
        assert colleague is not None
        users.reset_password(s, colleague, "taken-over-789")
    assert refused.value.params["action"] == "manage_users"
    assert users.sign_in(db, "colleague", PASSWORD).username == "colleague"


def test_a_role_given_with_the_actor_is_used_as_given(db: Database) -> None:
    """The desktop program's Actor carries the role and units it signed in with."""
    case_id = _case(db)
    with db.session(write=True, actor=ACTOR) as s:
        unit_id = cases.get(s, case_id).unit_id
    analyst = Actor("someone", None, Role.ANALYST, (unit_id,))
    with pytest.raises(WorkflowError), db.session(actor=analyst) as s:
        case_view.load(s, cases.get(s, case_id))
    # The program itself and the command line are not a signed-in person: not limited.
    with db.session(write=True, actor=Actor.command_line()) as s:
        assert case_view.load(s, cases.get(s, case_id), today=TODAY).number.startswith("KZ-31-KRD-")


def test_the_audit_trail_is_for_heads_and_administrators(db: Database) -> None:
    from app.services import audit, audit_query

    mediator, head = _user(db, "mediator", Role.MEDIATOR), _user(db, "head", Role.CENTRE_HEAD)
    _case(db)
    with pytest.raises(WorkflowError) as refused, db.session(actor=mediator) as s:
        audit_query.list_entries(s, audit_query.AuditFilter())
    assert refused.value.params["action"] == "view_audit"
    with db.session(actor=head) as s:
        rows = audit_query.list_entries(s, audit_query.AuditFilter())
    assert any(r.changes.get("last_name") == [None, "Өмірбеков"] for r in rows)  # a head may see names
    # A role without personal data would read the same entries with the values taken out.
    hidden = audit.redact_personal("parties", {"last_name": [None, "Өмірбеков"], "sex": [None, "male"]})
    assert hidden == {"last_name": [None, audit.REMOVED], "sex": [None, "male"]}
