"""The Mediators page and dialog, driven like a user on a real database."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from app.models import Mediator
from app.models.enums import Language, MediatorKind, Role
from app.services import mediators
from app.services.context import Actor
from app.ui.context import UiContext
from app.ui.mediator_dialog import MediatorDialog, TrainingDialog
from app.ui.pages.mediators import MediatorsPage, MediatorTableModel
from tests import factories
from tests.helpers_services import assign, mediator_input, new_mediator
from tests.ui_support import drive_modal, make_ctx, type_text

LONG_NAME = ("Сәрсенбаева-Нұрмұхамедова", "Гүлжаһан", "Әбдірахманқызы")


def _page(qtbot: QtBot, ctx: UiContext) -> MediatorsPage:
    page = MediatorsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(page.isVisible)
    return page


def _save(dialog: QDialog) -> None:
    assert isinstance(dialog, MediatorDialog)
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    button.click()


def _names_in_table(page: MediatorsPage) -> list[str]:
    return [
        str(page.table.model().index(row, MediatorTableModel.NAME).data())
        for row in range(page.table.model().rowCount())
    ]


def _cell(page: MediatorsPage, name: str, column: int) -> str:
    for row in range(page.table.model().rowCount()):
        if page.table.model().index(row, MediatorTableModel.NAME).data() == name:
            return str(page.table.model().index(row, column).data())
    raise AssertionError(f"{name} is not in the table: {_names_in_table(page)}")


def _registry(ctx: UiContext) -> list[Mediator]:
    with ctx.database.session() as s:
        return mediators.list_mediators(s, ctx.user.unit_ids)


def _tick(widget: QWidget, values: list[str]) -> None:
    from app.ui.mediator_dialog import set_checked

    assert hasattr(widget, "item")
    set_checked(widget, values)  # type: ignore[arg-type]


@pytest.fixture
def ctx(tmp_path: Path) -> UiContext:
    return make_ctx(tmp_path)


def test_empty_register_says_what_to_do(qtbot: QtBot, ctx: UiContext) -> None:
    page = _page(qtbot, ctx)
    assert page.list_stack.currentWidget() is page.empty
    assert "Ctrl+N" in page.empty.text()
    assert not page.edit_button.isEnabled()


def test_add_a_mediator_by_typing_into_the_dialog(qtbot: QtBot, ctx: UiContext) -> None:
    page = _page(qtbot, ctx)

    def add_training(dialog: QDialog) -> None:
        assert isinstance(dialog, TrainingDialog)
        type_text(dialog.title_edit, "Этномедиация негіздері")
        type_text(dialog.provider, "ҚХА")
        dialog.completed_on.setDate(QDate(2025, 4, 18))
        dialog.hours.setValue(72)
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)  # Enter accepts

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MediatorDialog)
        assert dialog.windowTitle() == "New mediator"
        type_text(dialog.last_name, LONG_NAME[0])
        qtbot.keyClick(dialog.last_name, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.first_name  # Tab leads to the first name
        type_text(dialog.first_name, LONG_NAME[1])
        type_text(dialog.middle_name, LONG_NAME[2])
        dialog.kind.setCurrentIndex(list(MediatorKind).index(MediatorKind.ETHNOMEDIATOR))
        type_text(dialog.register_number, "ЭМ-31-0042")
        dialog.date_known.setChecked(True)
        dialog.registered_on.setDate(QDate(2024, 3, 15))
        type_text(dialog.phone, "+7 701 555 12 34")
        type_text(dialog.email, "gulzhakhan@example.kz")
        _tick(dialog.languages, ["kk", "ru", "ug"])
        _tick(dialog.specialisations, ["family", "community_group"])
        drive_modal(qtbot, dialog.add_training.click, add_training)
        assert dialog.trainings.rowCount() == 1
        qtbot.keyClick(dialog.email, Qt.Key.Key_Return)  # Enter saves

    drive_modal(qtbot, page.add_button.click, fill)

    full = " ".join(LONG_NAME)
    assert full in _names_in_table(page)
    assert _cell(page, full, MediatorTableModel.KIND) == "Ethnomediator"
    assert _cell(page, full, MediatorTableModel.LANGUAGES) == "Kazakh, Russian, Uyghur"
    assert _cell(page, full, MediatorTableModel.OPEN) == "0"
    assert page.current_id() is not None
    assert page.panel.trainings.topLevelItem(0).text(0) == "Этномедиация негіздері"
    assert page.status.text() == f"Saved: {full}."
    [saved] = _registry(ctx)
    assert (saved.full_name, saved.kind, saved.register_number) == (
        full,
        MediatorKind.ETHNOMEDIATOR,
        "ЭМ-31-0042",
    )
    assert saved.registered_on == date(2024, 3, 15)
    assert saved.languages == ["kk", "ru", "ug"] and saved.specialisations == ["family", "community_group"]
    assert saved.phone == "+7 701 555 12 34"
    with ctx.database.session() as s:
        assert [t.title for t in mediators.get(s, saved.id).trainings] == ["Этномедиация негіздері"]


def test_ctrl_n_opens_the_new_mediator_dialog(qtbot: QtBot, ctx: UiContext) -> None:
    page = _page(qtbot, ctx)
    with qtbot.waitActive(page):
        page.activateWindow()
    page.search.setFocus()
    seen: list[str] = []

    def look(dialog: QDialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.reject()

    drive_modal(
        qtbot, lambda: qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier), look
    )
    assert seen == ["New mediator"]


def test_professional_without_register_number_is_refused_and_input_kept(qtbot: QtBot, ctx: UiContext) -> None:
    page = _page(qtbot, ctx)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MediatorDialog)
        type_text(dialog.last_name, "Жақсыбекова")
        type_text(dialog.first_name, "Айгерім")
        dialog.kind.setCurrentIndex(list(MediatorKind).index(MediatorKind.PROFESSIONAL))
        assert dialog.register_number.placeholderText() == "Required for a professional mediator"
        _tick(dialog.languages, ["kk"])
        _save(dialog)
        assert dialog.isVisible(), "the refused dialog must stay open"
        assert "register number" in ctx.errors.shown[-1]
        assert dialog.last_name.text() == "Жақсыбекова" and dialog.first_name.text() == "Айгерім"
        assert dialog.current_input().languages == ["kk"]
        assert dialog.focusWidget() is dialog.register_number
        type_text(dialog.register_number, "ПМ-2026-17")
        _save(dialog)

    drive_modal(qtbot, page.add_button.click, fill)
    [saved] = _registry(ctx)
    assert (saved.last_name, saved.register_number, saved.kind) == (
        "Жақсыбекова",
        "ПМ-2026-17",
        MediatorKind.PROFESSIONAL,
    )
    assert len(ctx.errors.shown) == 1


def test_edit_with_enter_then_deactivate_and_reactivate(qtbot: QtBot, ctx: UiContext) -> None:
    with ctx.database.session(write=True, actor=Actor("test")) as s:
        mediator_id = new_mediator(s, last_name="Байжанов", first_name="Ерлан").id
    page = _page(qtbot, ctx)
    assert page.select(mediator_id)

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, MediatorDialog)
        assert dialog.first_name.text() == "Ерлан"
        assert dialog.current_input().languages == ["kk", "ru"]
        dialog.first_name.selectAll()
        type_text(dialog.first_name, "Ерболат")
        _tick(dialog.languages, ["ru"])
        _save(dialog)

    page.table.setFocus()
    drive_modal(qtbot, lambda: qtbot.keyClick(page.table, Qt.Key.Key_Return), edit)
    with ctx.database.session() as s:
        changed = mediators.get(s, mediator_id)
        assert (changed.first_name, changed.languages, changed.version) == ("Ерболат", ["ru"], 2)
    assert _cell(page, "Байжанов Ерболат", MediatorTableModel.LANGUAGES) == "Russian"

    assert page.active_button.text() == "&Deactivate"
    page.active_button.click()
    assert not _registry(ctx)[0].active
    assert _names_in_table(page) == []
    assert "Show inactive" in page.status.text()
    assert page.list_stack.currentWidget() is page.empty

    page.show_inactive.click()
    assert _names_in_table(page) == ["Байжанов Ерболат"]
    assert _cell(page, "Байжанов Ерболат", MediatorTableModel.ACTIVE) == "Inactive"
    assert page.current_id() == mediator_id
    assert page.active_button.text() == "&Reactivate"
    page.active_button.click()
    assert _registry(ctx)[0].active
    assert _cell(page, "Байжанов Ерболат", MediatorTableModel.ACTIVE) == "Active"


def test_stale_edit_is_refused_and_keeps_the_input(qtbot: QtBot, ctx: UiContext) -> None:
    with ctx.database.session(write=True, actor=Actor("test")) as s:
        mediator_id = new_mediator(s).id
    page = _page(qtbot, ctx)
    dialog = page.open_dialog(mediator_id)
    qtbot.addWidget(dialog)
    with ctx.database.session(write=True, actor=Actor("elsewhere")) as s:
        mediators.update_mediator(s, mediators.get(s, mediator_id), mediator_input(first_name="Басқа"))
    dialog.first_name.clear()
    type_text(dialog.first_name, "Менің")
    _save(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Someone else saved this record" in ctx.errors.shown[-1]
    assert dialog.first_name.text() == "Менің"


def test_deactivating_a_mediator_with_an_open_case_is_refused(qtbot: QtBot, ctx: UiContext) -> None:
    with ctx.database.session(write=True, actor=Actor("test")) as s:
        case = factories.new_case(s)
        mediator = factories.assign_mediator(s, case)
        second = factories.new_case(s, description="Көршілер дауы")
        assign(s, second, mediator)
        factories.new_case(s, description="Тағайындалмаған")  # nobody's case: not in the load
        mediator_id, numbers = mediator.id, sorted([case.number, second.number])
    page = _page(qtbot, ctx)
    assert page.select(mediator_id)
    assert _cell(page, "Сәрсенбаев Нұрлан", MediatorTableModel.OPEN) == "2"
    shown = sorted(
        page.panel.cases.topLevelItem(i).text(0) for i in range(page.panel.cases.topLevelItemCount())
    )
    assert shown == numbers
    assert page.panel.cases_heading.text() == "Open cases: 2"

    page.active_button.click()
    assert "still works on open cases: 2" in ctx.errors.shown[-1]
    assert _registry(ctx)[0].active
    assert _cell(page, "Сәрсенбаев Нұрлан", MediatorTableModel.ACTIVE) == "Active"


def test_double_click_on_an_open_case_asks_to_open_it(qtbot: QtBot, ctx: UiContext) -> None:
    with ctx.database.session(write=True, actor=Actor("test")) as s:
        case = factories.new_case(s)
        mediator_id, case_id = factories.assign_mediator(s, case).id, case.id
    page = _page(qtbot, ctx)
    page.select(mediator_id)
    tree = page.panel.cases
    item = tree.topLevelItem(0)
    rect = tree.visualItemRect(item)
    with qtbot.waitSignal(page.open_requested) as opened:
        # A real double-click starts with a first click; QTest's double-click alone has no press before it.
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [case_id]
    assert isinstance(opened.args[0], uuid.UUID)


def test_search_narrows_the_list_and_says_when_nothing_matches(qtbot: QtBot, ctx: UiContext) -> None:
    with ctx.database.session(write=True, actor=Actor("test")) as s:
        new_mediator(s, last_name="Өмірбекова", first_name="Айым")
        new_mediator(s, last_name="Абаев", first_name="Марат", register_number="ҚМ-31-77")
        new_mediator(s, last_name="Иванова", first_name="Ольга")
    page = _page(qtbot, ctx)
    assert _names_in_table(page) == ["Абаев Марат", "Иванова Ольга", "Өмірбекова Айым"]
    type_text(page.search, "өмір")
    assert _names_in_table(page) == ["Өмірбекова Айым"]
    page.search.clear()
    type_text(page.search, "ҚМ-31")
    assert _names_in_table(page) == ["Абаев Марат"]
    page.search.clear()
    ivanova = next(r.id for r in page.model.rows if r.last_name == "Иванова")
    page.select(ivanova)
    type_text(page.search, "ова")  # the chosen one stays chosen while still in the list
    assert _names_in_table(page) == ["Иванова Ольга", "Өмірбекова Айым"]
    assert page.current_id() == ivanova
    page.search.clear()
    page.search.clear()
    type_text(page.search, "Жоқ")
    assert page.list_stack.currentWidget() is page.empty
    assert "Жоқ" in page.empty.text()
    assert page.count_label.text() == "Shown: 0 of 3"


@pytest.mark.parametrize("role", [Role.MEDIATOR, Role.ANALYST])
def test_readers_see_no_add_edit_or_deactivate(qtbot: QtBot, tmp_path: Path, role: Role) -> None:
    reader = make_ctx(tmp_path, role=role)
    with reader.database.session(write=True, actor=Actor("test")) as s:
        new_mediator(s)
    page = _page(qtbot, reader)
    assert page.table.model().rowCount() == 1
    for button in (page.add_button, page.edit_button, page.active_button):
        assert not button.isVisible()
    page.select(_registry(reader)[0].id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # opens nothing: no modal dialog to wait for
    assert QApplication.activeModalWidget() is None
    assert page.panel.name.text() == "Сәрсенбаев Нұрлан"


def test_language_change_relabels_the_table(qtbot: QtBot, ctx: UiContext) -> None:
    with ctx.database.session(write=True, actor=Actor("test")) as s:
        new_mediator(s)
    page = _page(qtbot, ctx)
    headers: list[int] = []
    page.model.headerDataChanged.connect(lambda _o, first, last: headers.append(last - first + 1))
    ctx.languages.install("ru")
    qtbot.waitUntil(lambda: bool(headers))
    assert headers[-1] == page.model.columnCount()
    ctx.languages.install("en")


def test_kinds_and_languages_use_the_shared_labels(qtbot: QtBot, ctx: UiContext) -> None:
    page = _page(qtbot, ctx)
    dialog = page.open_dialog(None)
    qtbot.addWidget(dialog)
    assert [dialog.kind.itemText(i) for i in range(dialog.kind.count())] == [
        "Professional mediator",
        "Public mediator",
        "Ethnomediator",
    ]
    assert dialog.languages.count() == len(Language)
    assert dialog.languages.item(0).text() == "Kazakh"


def test_clicking_the_open_cases_header_sorts_by_load(qtbot: QtBot, ctx: UiContext) -> None:
    with ctx.database.session(write=True, actor=Actor("test")) as s:
        busy = new_mediator(s, last_name="Жұмабаев", first_name="Арман")
        for _ in range(2):
            assign(s, factories.new_case(s), busy)
        assign(s, factories.new_case(s), new_mediator(s, last_name="Әлиева", first_name="Дана"))
        new_mediator(s, last_name="Абаев", first_name="Марат")
        busy_id = busy.id
    page = _page(qtbot, ctx)
    page.select(busy_id)
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(MediatorTableModel.OPEN) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))  # most first
    assert _names_in_table(page) == ["Жұмабаев Арман", "Әлиева Дана", "Абаев Марат"]
    assert page.current_id() == busy_id  # sorting keeps the chosen mediator chosen
