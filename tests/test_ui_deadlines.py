"""The Deadlines and calendar page on a register built by hand, with today pinned to Friday 20.11.2026.

With the default settings (term 30 days, due soon 7 days, 10 days to answer a proposal):

| case     | what                                                        | expected on the page            |
|----------|-------------------------------------------------------------|---------------------------------|
| overdue  | agreement 15.10 -> term ended 14.11                         | past the term, 6 days           |
| soon     | agreement 24.10 -> term ends 23.11; a session Wed 18.11 10:00 | term ends in 3 days; the week |
| calm     | agreement 10.11 -> term ends 10.12; settlement of 15.11     | not in the case lists           |
|          | obligations due 17.11, 25.11 and 15.12                      | 3 overdue, 5 days left, absent  |
| proposal | at intake, proposal 05.11 (answer due 15.11)                | unanswered, 5 days past         |
| fresh    | at intake, proposal 12.11 (answer due 22.11)                | nothing                         |
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from app.models import Case
from app.models.enums import SessionKind
from app.services import cases, sessions, settlements
from app.services.context import Actor
from app.services.sessions import SessionInput
from app.services.settlements import ObligationInput
from app.ui.context import UiContext
from app.ui.pages.deadlines import DeadlinesPage
from app.ui.week_view import day_name
from tests.factories import TODAY, add_two_parties, assign_mediator, new_case
from tests.ui_support import make_ctx


@dataclass
class World:
    ids: dict[str, uuid.UUID]
    numbers: dict[str, str]


def _mediating(s: Session, signed_on: date) -> Case:
    case = new_case(s, intake=date(2026, 10, 5))
    add_two_parties(s, case)
    assign_mediator(s, case)
    return cases.sign_agreement(s, case, signed_on, today=TODAY)


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[UiContext]:
    context = make_ctx(tmp_path)
    yield context
    context.database.close()


@pytest.fixture
def world(ctx: UiContext) -> World:
    made: dict[str, Case] = {}
    with ctx.database.session(write=True, actor=Actor("test")) as s:
        made["overdue"] = _mediating(s, date(2026, 10, 15))
        made["soon"] = _mediating(s, date(2026, 10, 24))
        sessions.add_session(
            s,
            made["soon"],
            SessionInput(
                held_on=date(2026, 11, 18),
                kind=SessionKind.JOINT,
                start_time="10:00",
                duration_minutes=90,
                place="Достық үйі, 2-кабинет",
            ),
            today=TODAY,
        )
        made["calm"] = _mediating(s, date(2026, 11, 10))
        settlements.record_settlement(
            s,
            made["calm"],
            date(2026, 11, 15),
            "Жер учаскесінің шекарасы",
            None,
            [
                ObligationInput(None, "Қоршауды жылжыту", date(2026, 11, 17)),
                ObligationInput(None, "Вернуть долг 150 000 тенге", date(2026, 11, 25)),
                ObligationInput(None, "Ағаштарды кесу", date(2026, 12, 15)),
            ],
            today=TODAY,
        )
        for name, sent_on in (("proposal", date(2026, 11, 5)), ("fresh", date(2026, 11, 12))):
            made[name] = new_case(s, intake=date(2026, 11, 1))
            cases.record_proposal(s, made[name], sent_on, today=TODAY)
        return World({k: c.id for k, c in made.items()}, {k: c.number for k, c in made.items()})


def _page(qtbot: QtBot, ctx: UiContext, today: date = TODAY) -> DeadlinesPage:
    page = DeadlinesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    page.today = today  # pins the day and shows its week
    _settled(qtbot, page)
    return page


def _settled(qtbot: QtBot, page: DeadlinesPage) -> None:
    """The page loads off the GUI thread: wait until the lists and the week have arrived."""
    qtbot.waitUntil(lambda: not page.loading, timeout=30_000)  # generous: CI machines can be busy


def test_each_list_holds_exactly_its_cases_with_the_days(qtbot: QtBot, ctx: UiContext, world: World) -> None:
    page = _page(qtbot, ctx)
    n = world.numbers
    assert page.overdue.texts() == [[n["overdue"], "14.11.2026", "6"]]
    assert page.due_soon.texts() == [[n["soon"], "23.11.2026", "3"]]
    assert page.proposals.texts() == [[n["proposal"], "05.11.2026", "15.11.2026", "5"]]
    assert page.obligations.texts() == [
        [n["calm"], "17.11.2026", "3 overdue", "Қоршауды жылжыту"],
        [n["calm"], "25.11.2026", "5", "Вернуть долг 150 000 тенге"],
    ]
    assert page.overdue.title() == "Past the term (1)"
    assert page.due_soon.title() == "Term ends within 7 days (1)"
    assert page.heading.text() == "Needs attention on 20.11.2026: 5"

    # The late figures are red (and bold); the days still left are not.
    late = page.overdue.tree.topLevelItem(0)
    calm = page.obligations.tree.topLevelItem(1)
    assert late is not None and calm is not None
    assert late.foreground(2).color() == QColor("#b00020") and late.font(2).bold()
    assert calm.foreground(2).color() != QColor("#b00020")


def test_a_day_later_the_counts_move(qtbot: QtBot, ctx: UiContext, world: World) -> None:
    page = _page(qtbot, ctx, date(2026, 11, 23))
    n = world.numbers
    assert page.overdue.texts() == [[n["overdue"], "14.11.2026", "9"]]
    assert page.due_soon.texts() == [[n["soon"], "23.11.2026", "today"]]
    # The fresh proposal's answer was due on 22.11: one day past it now.
    assert page.proposals.texts() == [
        [n["proposal"], "05.11.2026", "15.11.2026", "8"],
        [n["fresh"], "12.11.2026", "22.11.2026", "1"],
    ]


def test_enter_or_a_double_click_on_a_row_asks_to_open_its_case(
    qtbot: QtBot, ctx: UiContext, world: World
) -> None:
    page = _page(qtbot, ctx)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    tree = page.due_soon.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # the first row, as a person would reach it
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened.args == [world.ids["soon"]]

    tree = page.obligations.tree
    item = tree.topLevelItem(1)
    assert item is not None
    where = tree.visualItemRect(item).center()
    with qtbot.waitSignal(page.open_requested) as opened:
        # A real double-click: the first press picks the row, the second opens it.
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == [world.ids["calm"]]


def test_the_week_shows_the_session_on_its_day_and_opens_its_case(
    qtbot: QtBot, ctx: UiContext, world: World
) -> None:
    page = _page(qtbot, ctx)
    week = page.week
    assert week.monday == date(2026, 11, 16)
    assert week.range_label.text() == "16.11.2026 – 22.11.2026"
    (block,) = week.blocks()
    assert week.block_day(block) == 2  # Wednesday's column
    # One unit on screen: the number loses its unit prefix in the narrow block; the tooltip keeps it whole.
    number = world.numbers["soon"]
    assert number.startswith("KZ-31-KRD-")
    assert block.lines() == ["10:00–11:30", number.removeprefix("KZ-31-KRD-"), "Достық үйі, 2-кабинет"]
    assert f"Case {number}" in block.toolTip() and "Joint session" in block.toolTip()
    assert not week.empty.isVisible()

    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    block.setFocus()
    with (
        qtbot.waitSignal(week.open_requested) as from_week,
        qtbot.waitSignal(page.open_requested) as from_page,
    ):
        qtbot.keyClick(block, Qt.Key.Key_Return)
    assert from_week.args == from_page.args == [world.ids["soon"]]

    week.next_button.click()
    _settled(qtbot, page)
    assert week.monday == date(2026, 11, 23) and week.blocks() == []
    assert week.empty.isVisible() and "No sessions" in week.empty.text()
    week.this_week_button.click()
    _settled(qtbot, page)
    assert week.monday == date(2026, 11, 16) and len(week.blocks()) == 1
    week.setFocus()
    qtbot.keyClick(week, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    _settled(qtbot, page)
    assert week.monday == date(2026, 11, 9)


def test_a_language_switch_relabels_the_page_and_the_day_names(
    qtbot: QtBot, ctx: UiContext, world: World
) -> None:
    page = _page(qtbot, ctx)
    before = [attention_list.texts() for attention_list in page.lists()]
    monday = date(2026, 11, 16)
    assert day_name(monday) == "Monday"
    try:
        ctx.languages.install("ru")
        qtbot.waitUntil(lambda: day_name(monday) == "Понедельник")
        ctx.languages.install("kk")
        assert day_name(monday) == "Дүйсенбі"
        # The lists are rebuilt in the new language with the same rows.
        assert [attention_list.texts() for attention_list in page.lists()] == before
        assert len(page.week.blocks()) == 1 and ctx.errors.shown == []
    finally:
        ctx.languages.install("en")


def test_empty_lists_say_there_is_nothing_to_do(qtbot: QtBot, ctx: UiContext) -> None:
    page = _page(qtbot, ctx)
    assert page.heading.text() == "Nothing needs attention on 20.11.2026."
    for attention_list in page.lists():
        assert attention_list.texts() == []
        assert attention_list.empty.isVisible() and not attention_list.tree.isVisible()
    assert page.proposals.empty.text().startswith("No proposal to mediate has waited more than 10 days")
    assert page.week.empty.isVisible() and page.week.blocks() == []
