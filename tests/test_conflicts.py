"""Two people editing the same record: the later save is refused with a clear message, never a silent
overwrite. On SQLite and, with TATULYQ_TEST_POSTGRES_URL set, on PostgreSQL (the `db` fixture).

The guard is the `version` column (SQLAlchemy's version_id_col): every UPDATE says "where the version
is still the one I read", and an UPDATE that finds none becomes ConflictError('record.changed_elsewhere').
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from shiboken6 import delete, isValid
from sqlalchemy import select

from app.errors import ConflictError
from app.models import AuditEntry, Case, Party
from app.services import case_view, cases
from app.services.runtime import SESSION_HOOKS
from app.storage.database import Database
from app.storage.engine import make_engine
from app.ui.case_editor import CaseEditor, open_case_editor
from app.ui.context import UiContext
from app.ui.messages import message_for
from tests.conftest import ACTOR
from tests.factories import add_two_parties, new_case
from tests.ui_support import make_ctx, type_text


def _case(db: Database, number: str) -> Case:
    with db.session() as s:
        return cases.by_number(s, number)


def test_a_save_from_a_stale_copy_is_refused_by_the_version_column(db: Database) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        number = new_case(s, description="Бастапқы").number
    mine = _case(db, number)  # opened by me (a copy outside any session, as a form holds it)
    with db.session(write=True, actor=ACTOR) as s:
        cases.by_number(s, number).description = "Әріптестің түзетуі"  # somebody else saves first

    with pytest.raises(ConflictError) as caught, db.session(write=True, actor=ACTOR) as s:
        s.add(mine)
        mine.description = "Менің түзетуім"
    assert caught.value.key == "record.changed_elsewhere"
    assert "reopen it" in caught.value.message
    assert message_for(caught.value).startswith("Someone else saved this record")

    stored = _case(db, number)
    assert (stored.description, stored.version) == ("Әріптестің түзетуі", 2)
    with db.session() as s:
        changes = s.scalars(
            select(AuditEntry.changes).where(AuditEntry.case_id == stored.id, AuditEntry.entity == "cases")
        ).all()
    assert [c.get("description") for c in changes][1:] == [["Бастапқы", "Әріптестің түзетуі"]]


def test_a_party_changed_by_two_people_keeps_the_first_change(db: Database) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        applicant, _ = add_two_parties(s, new_case(s))
        party_id = applicant.party_id
    with db.session() as s:
        mine = s.get(Party, party_id)
    assert mine is not None
    with db.session(write=True, actor=ACTOR) as s:
        theirs = s.get(Party, party_id)
        assert theirs is not None
        theirs.phone = "+7 701 111 22 33"
    with pytest.raises(ConflictError), db.session(write=True, actor=ACTOR) as s:
        s.add(mine)
        mine.phone = "+7 777 000 00 00"
    with db.session() as s:
        stored = s.get(Party, party_id)
        assert stored is not None and stored.phone == "+7 701 111 22 33"


def test_two_users_saving_the_same_case_at_once(db: Database) -> None:
    """Both opened version 1 and press Save at the same moment: one save goes in, the other is refused.

    Writers take turns (SQLite's write lock, PostgreSQL's audit-chain lock), so the second finds the
    version moved on and is refused rather than written over the first."""
    with db.session(write=True, actor=ACTOR) as s:
        number = new_case(s, description="Бастапқы").number
    copies = {"Бірінші": _case(db, number), "Екінші": _case(db, number)}  # each user's open copy
    start = threading.Barrier(len(copies))
    outcome: dict[str, str] = {}

    def save(text: str) -> None:
        start.wait()
        try:
            with db.session(write=True, actor=ACTOR) as s:
                s.add(copies[text])
                copies[text].description = text
            outcome[text] = "saved"
        except ConflictError as error:
            outcome[text] = error.key

    users = [threading.Thread(target=save, args=(text,)) for text in copies]
    for user in users:
        user.start()
    for user in users:
        user.join(timeout=60)
    assert sorted(outcome.values()) == ["record.changed_elsewhere", "saved"]
    winner = next(text for text, result in outcome.items() if result == "saved")
    stored = _case(db, number)
    assert (stored.description, stored.version) == (winner, 2)


def db_with_timeout(db: Database, busy_timeout_ms: int) -> Database:
    """The same database opened once more, as another program would (its own engine and timeout)."""
    engine = make_engine(db.location, busy_timeout_ms=busy_timeout_ms)
    return Database(db.location, engine=engine, session_hooks=SESSION_HOOKS)


# -- two desktop programs on one database, each with the case open in its editor ----------------------


@pytest.fixture
def two_desks(tmp_path: Path) -> Iterator[tuple[UiContext, UiContext]]:
    first = make_ctx(tmp_path)
    # The same database opened a second time, as a second PC (or a second program) would.
    second = make_ctx(tmp_path, database=db_with_timeout(first.database, 5000))
    yield first, second
    first.database.close()
    second.database.close()


def _editor(qtbot: QtBot, ctx: UiContext, case_id: uuid.UUID, opened: list[CaseEditor]) -> CaseEditor:
    editor = open_case_editor(ctx, case_id, None)
    opened.append(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def test_two_editors_on_one_case_the_second_save_is_refused(
    qtbot: QtBot, two_desks: tuple[UiContext, UiContext]
) -> None:
    first, second = two_desks
    with first.database.session(write=True, actor=ACTOR) as s:
        case_id = new_case(s, description="Бастапқы").id
    opened: list[CaseEditor] = []
    try:
        mine = _editor(qtbot, first, case_id, opened)
        theirs = _editor(qtbot, second, case_id, opened)
        assert mine is not theirs
        for editor, addition in ((mine, " — бірінші"), (theirs, " — екінші")):
            editor.dispute.description.setFocus()
            editor.dispute.description.moveCursor(editor.dispute.description.textCursor().MoveOperation.End)
            type_text(editor.dispute.description, addition)

        assert mine.save()
        assert not theirs.save()  # refused: the case changed since this editor opened it
        expected = message_for(ConflictError("record.changed_elsewhere", "changed elsewhere"))
        assert second.errors.shown[-1] == expected
        assert theirs.conflict_bar.isVisible()
        assert theirs.dispute.description.toPlainText() == "Бастапқы — екінші"  # what they typed stays
        assert theirs.isWindowModified()
        with first.database.session() as s:
            assert case_view.load(s, cases.get(s, case_id)).description == "Бастапқы — бірінші"
        assert first.errors.shown == []
    finally:
        for editor in opened:
            if isValid(editor):
                editor.hide()
                delete(editor)
