"""The idle lock with a short minute: it covers every window, asks the same password, keeps the typing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shiboken6 import delete, isValid

from app.models.enums import Category, Channel
from app.services import cases, clock, drafts, users
from app.services.context import Actor
from app.ui.case_editor import CaseEditor, open_case_editor
from app.ui.context import UiContext
from app.ui.idle_lock import LockDialog
from app.ui.main_window import MainWindow
from tests.ui_support import PASSWORD, make_ctx, type_text

MINUTE_MS = 100  # a test's minute: the lock comes after idle_lock_minutes of these


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[UiContext]:
    context = make_ctx(tmp_path)
    context.prefs.idle_lock_minutes = 2  # 200 ms here
    yield context
    context.database.close()


@pytest.fixture
def window(qtbot: QtBot, ctx: UiContext) -> Iterator[MainWindow]:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    signed_out: list[bool] = []
    main.idle_lock.on_sign_out = lambda: signed_out.append(True)
    main.idle_lock.minute_ms = MINUTE_MS
    main.signed_out = signed_out  # type: ignore[attr-defined]
    main.show()
    main.idle_lock.start()
    yield main
    main.idle_lock.stop()
    for widget in (main.idle_lock.dialog, *main.idle_lock.covers):
        if widget is not None and isValid(widget):
            widget.hide()


@pytest.fixture
def editor(ctx: UiContext, window: MainWindow) -> Iterator[CaseEditor]:
    with ctx.database.session(write=True, actor=Actor("clerk")) as s:
        case = cases.register_case(
            s, cases.CaseIntake("KZ-31-KRD", clock.today(), Channel.AKIMAT, Category.NEIGHBOUR, "Көршілер")
        )
        case_id = case.id
    opened = open_case_editor(ctx, case_id, None)
    window.idle_lock.start()  # the lock counts from here
    yield opened
    if isValid(opened):
        opened.hide()
        delete(opened)


def _lock_dialog(window: MainWindow) -> LockDialog:
    dialog = window.idle_lock.dialog
    assert isinstance(dialog, LockDialog) and dialog.isVisible()
    return dialog


def _failed_logins(ctx: UiContext) -> int:
    assert ctx.user.user_id is not None
    with ctx.database.session() as s:
        return users.get(s, ctx.user.user_id).failed_logins


def test_the_program_locks_after_the_idle_time_and_covers_every_window(
    qtbot: QtBot, ctx: UiContext, window: MainWindow, editor: CaseEditor
) -> None:
    type_text(editor.dispute.description, " — жаңа мәлімет")
    assert editor.is_dirty()
    qtbot.waitUntil(lambda: window.idle_lock.is_locked, timeout=3000)
    dialog = _lock_dialog(window)
    covered = {cover.parentWidget() for cover in window.idle_lock.covers}
    assert window in covered and editor in covered
    assert all(
        cover.isVisible() and cover.geometry() == cover.parentWidget().rect()
        for cover in window.idle_lock.covers
    )
    assert "Әлия Сәрсенова (admin)" in dialog.who.text()
    # What was being typed is on disk already, in case the power goes while the program is locked.
    assert ctx.user.user_id is not None and editor.case_id is not None
    draft = drafts.load_draft(ctx.data_dir, drafts.key_for(editor.case_id), ctx.user.user_id)
    assert draft is not None and "жаңа мәлімет" in draft.values["dispute"]["description"]


def test_input_keeps_it_open(qtbot: QtBot, window: MainWindow) -> None:
    for _ in range(8):  # 400 ms of typing, twice the lock time
        qtbot.keyClick(window.statusBar(), Qt.Key.Key_A)
        qtbot.wait(50)
    assert not window.idle_lock.is_locked
    qtbot.waitUntil(lambda: window.idle_lock.is_locked, timeout=3000)


def test_only_the_same_users_password_unlocks_and_wrong_ones_count(
    qtbot: QtBot, ctx: UiContext, window: MainWindow, editor: CaseEditor
) -> None:
    type_text(editor.dispute.description, " — сақталмаған")
    qtbot.waitUntil(lambda: window.idle_lock.is_locked, timeout=3000)
    dialog = _lock_dialog(window)
    before = _failed_logins(ctx)
    qtbot.keyClicks(dialog.password, "wrong-password-1")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert window.idle_lock.is_locked
    assert dialog.error.text() == "The user name or the password is wrong. Please try again."
    assert _failed_logins(ctx) == before + 1
    dialog.reject()  # Esc does not unlock
    assert window.idle_lock.is_locked and dialog.isVisible()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert not window.idle_lock.is_locked
    assert window.idle_lock.covers == []
    assert _failed_logins(ctx) == 0
    assert " — сақталмаған" in editor.dispute.description.toPlainText()  # still there, still unsaved
    assert editor.is_dirty()
    qtbot.waitUntil(lambda: window.idle_lock.is_locked, timeout=3000)  # and it locks again later


def test_five_wrong_passwords_lock_the_account_and_sign_out_keeps_the_drafts(
    qtbot: QtBot, ctx: UiContext, window: MainWindow, editor: CaseEditor
) -> None:
    type_text(editor.dispute.description, " — черновик")
    qtbot.waitUntil(lambda: window.idle_lock.is_locked, timeout=3000)
    dialog = _lock_dialog(window)
    for attempt in range(5):
        qtbot.keyClicks(dialog.password, f"guess-{attempt}-x")
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert "locked" in dialog.error.text()
    qtbot.keyClicks(dialog.password, PASSWORD)  # even the right one waits now
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert window.idle_lock.is_locked
    qtbot.mouseClick(dialog.sign_out_button, Qt.MouseButton.LeftButton)
    assert window.signed_out == [True]  # type: ignore[attr-defined]
    assert ctx.user.user_id is not None and editor.case_id is not None
    assert drafts.load_draft(ctx.data_dir, drafts.key_for(editor.case_id), ctx.user.user_id) is not None


def test_zero_minutes_never_locks(qtbot: QtBot, ctx: UiContext, window: MainWindow) -> None:
    ctx.prefs.idle_lock_minutes = 0
    qtbot.wait(500)
    assert not window.idle_lock.is_locked
    ctx.prefs.idle_lock_minutes = 1  # a change in Settings applies without a restart
    qtbot.waitUntil(lambda: window.idle_lock.is_locked, timeout=3000)
