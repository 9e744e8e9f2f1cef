"""The Home page on Friday 20.11.2026: an empty register, then a day with work in it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models.enums import Role, SessionKind
from app.services import sessions
from app.services.context import Actor
from app.services.sessions import SessionInput
from app.ui.context import UiContext
from app.ui.main_window import MainWindow
from app.ui.pages.home import HomePage
from tests.helpers_services import TODAY, mediating_case, new_case, settled_case
from tests.ui_support import make_ctx


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[UiContext]:
    context = make_ctx(tmp_path)
    yield context
    context.database.close()


def _page(qtbot: QtBot, ctx: UiContext) -> HomePage:
    page = HomePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    page.today = TODAY
    qtbot.waitUntil(lambda: not page.loading and page.summary is not None)
    return page


def _day(ctx: UiContext) -> dict[str, tuple[uuid.UUID, str]]:
    with ctx.database.session(write=True, actor=Actor("test")) as s:
        late = mediating_case(s, signed=date(2026, 10, 15))
        busy = mediating_case(s, intake=date(2026, 11, 1), signed=date(2026, 11, 5))
        sessions.add_session(
            s,
            busy,
            SessionInput(
                held_on=TODAY,
                kind=SessionKind.JOINT,
                start_time="10:00",
                duration_minutes=60,
                place="Достық үйі, 2-кабинет",
            ),
            today=TODAY,
        )
        kept = settled_case(
            s, signed=date(2026, 10, 25), settled_on=date(2026, 11, 10), dues=(date(2026, 11, 23),)
        )
        new_case(s, intake=date(2026, 11, 12))
        return {name: (c.id, c.number) for name, c in (("late", late), ("busy", busy), ("kept", kept))}


def test_an_empty_day_is_said_in_plain_words(qtbot: QtBot, ctx: UiContext) -> None:
    page = _page(qtbot, ctx)
    assert page.heading.text() == "Today, 20.11.2026 — Әлия Сәрсенова"
    assert page.subheading.text() == "No sessions today, no case past its term and no obligation falling due."
    assert page.sessions.showing_empty() and page.sessions.empty.text() == "No session is planned for today."
    assert page.overdue.empty.text() == "No case in mediation is past its term."
    assert page.obligations.empty.text() == (
        "No obligation of a settlement agreement falls due in the next 7 days."
    )
    assert page.month.title() == "This month so far: 01.11.2026 – 20.11.2026"
    assert set(page.month.figures().values()) == {"0"}


def test_the_day_lists_its_work_and_each_row_opens_its_case(qtbot: QtBot, ctx: UiContext) -> None:
    made = _day(ctx)
    page = _page(qtbot, ctx)
    assert page.sessions.texts() == [["10:00", made["busy"][1], "Достық үйі, 2-кабинет"]]
    assert page.overdue.texts() == [[made["late"][1], "14.11.2026", "6"]]
    assert page.obligations.texts() == [[made["kept"][1], "23.11.2026", "3", "Міндет 1"]]
    assert page.obligations.title() == "Obligations due within 7 days or overdue (1)"
    figures = page.month.figures()
    assert (figures["received"], figures["ended"], figures["settled"]) == ("2", "1", "1")
    assert (figures["sessions"], figures["open_now"]) == ("1", "4")

    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    tree = page.overdue.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened.args == [made["late"][0]]
    tree = page.sessions.tree
    item = tree.topLevelItem(0)
    assert item is not None
    where = tree.visualItemRect(item).center()
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == [made["busy"][0]]


def test_an_analyst_sees_the_figures_but_not_what_parties_owe(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_ctx(tmp_path, role=Role.ANALYST)
    made = _day(context)
    page = _page(qtbot, context)
    assert page.obligations.texts() == [[made["kept"][1], "23.11.2026", "3", "—"]]
    context.database.close()


def test_the_main_window_opens_on_home(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_ctx(tmp_path, role=Role.MEDIATOR)
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.nav.currentRow() == 0 and window.nav.item(0).text() == "Home"
    assert isinstance(window.stack.currentWidget(), HomePage)
    context.database.close()
