"""The Settings page and the users dialog, driven like a user on a real database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QGroupBox, QPushButton
from pytestqt.qtbot import QtBot

from app.errors import TatulyqError
from app.models.enums import Role
from app.services import preferences, settings, users
from app.ui.appearance import apply_text_size
from app.ui.context import UiContext
from app.ui.pages.mediators import MediatorsPage
from app.ui.pages.settings import SettingsPage
from app.ui.users_dialog import NewUserDialog, PasswordDialog, UsersDialog
from tests.ui_support import PASSWORD, drive_modal, make_ctx, type_text


class RussianWhenChosen(QTranslator):
    """One known string, translated only while the program's language is Russian."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if self.ctx.languages.current == "ru" and (context, source) == ("MediatorsPage", "&Add mediator"):
            return "&Добавить медиатора"
        return None  # not ours: Qt asks the next translator or keeps the source text

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[UiContext]:
    context = make_ctx(tmp_path)
    yield context
    # Language and text size are the whole application's: leave them as the next test expects.
    context.languages.install("en")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_text_size(app, "normal")


def _page(qtbot: QtBot, ctx: UiContext) -> SettingsPage:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 800)
    page.show()
    qtbot.waitUntil(page.isVisible)
    return page


def test_languages_are_named_in_their_own_words(qtbot: QtBot, ctx: UiContext) -> None:
    page = _page(qtbot, ctx)
    assert [b.text() for b in page.language_buttons.values()] == ["Қазақша", "Русский", "English"]
    assert page.language_buttons["en"].isChecked()
    assert page.size_buttons["normal"].isChecked()


def test_choosing_russian_relabels_another_open_page_and_is_kept(qtbot: QtBot, ctx: UiContext) -> None:
    app = QApplication.instance()
    assert app is not None
    translator = RussianWhenChosen(ctx)
    app.installTranslator(translator)
    try:
        other = MediatorsPage(ctx)
        qtbot.addWidget(other)
        other.show()
        page = _page(qtbot, ctx)
        qtbot.waitUntil(lambda: other.add_button.text() == "&Add mediator")

        page.language_buttons["ru"].click()

        assert ctx.languages.current == "ru"
        assert preferences.load(ctx.data_dir).language == "ru"
        qtbot.waitUntil(lambda: other.add_button.text() == "&Добавить медиатора")
        page.language_buttons["en"].click()
        qtbot.waitUntil(lambda: other.add_button.text() == "&Add mediator")
        assert preferences.load(ctx.data_dir).language == "en"
    finally:
        app.removeTranslator(translator)


def test_larger_text_makes_the_whole_program_half_as_large_again(qtbot: QtBot, ctx: UiContext) -> None:
    page = _page(qtbot, ctx)
    page.size_buttons["larger"].click()
    larger = QApplication.font().pointSizeF()
    assert preferences.load(ctx.data_dir).text_size == "larger"
    qtbot.waitUntil(lambda: page.status.font().pointSizeF() == larger)  # a widget follows, not only the app
    page.size_buttons["normal"].click()
    normal = QApplication.font().pointSizeF()
    assert larger == pytest.approx(1.5 * normal)
    assert preferences.load(ctx.data_dir).text_size == "normal"
    page.size_buttons["large"].click()
    assert QApplication.font().pointSizeF() == pytest.approx(1.25 * normal)


def test_idle_lock_minutes_are_kept_on_this_computer(qtbot: QtBot, ctx: UiContext) -> None:
    page = _page(qtbot, ctx)
    page.idle_lock.setValue(30)
    assert preferences.load(ctx.data_dir).idle_lock_minutes == 30
    assert ctx.prefs.idle_lock_minutes == 30


def test_term_of_mediation_changed_to_45_is_saved(qtbot: QtBot, ctx: UiContext) -> None:
    page = _page(qtbot, ctx)
    spin = page.law_spins["mediation.term_days"]
    assert spin.value() == 30
    assert not page.save_law_button.isEnabled()
    spin.lineEdit().selectAll()
    type_text(spin.lineEdit(), "45")
    assert spin.value() == 45
    assert page.save_law_button.isEnabled()
    page.save_law_button.click()
    with ctx.database.session() as s:
        assert settings.get(s, "mediation.term_days") == 45
        assert settings.get(s, "mediation.extension_max_days") == 30  # untouched
    assert not page.save_law_button.isEnabled()
    assert page.status.text() == "The terms are saved."


def test_undo_and_defaults_change_nothing_until_saved(qtbot: QtBot, ctx: UiContext) -> None:
    with ctx.database.session(write=True) as s:
        settings.set_value(s, "reports.deadline_day", 10)
    page = _page(qtbot, ctx)
    day = page.law_spins["reports.deadline_day"]
    assert day.value() == 10
    page.defaults_button.click()
    assert day.value() == 5 and page.law_changed()
    page.revert_law_button.click()
    assert day.value() == 10 and not page.law_changed()
    day.setValue(12)
    page.refresh()  # coming back to the page keeps unsaved numbers
    assert day.value() == 12
    with ctx.database.session() as s:
        assert settings.get(s, "reports.deadline_day") == 10


@pytest.mark.parametrize("role", [Role.CENTRE_HEAD, Role.MEDIATOR, Role.ANALYST])
def test_only_administrators_see_the_law_and_the_users(qtbot: QtBot, tmp_path: Path, role: Role) -> None:
    reader = make_ctx(tmp_path, role=role)
    page = _page(qtbot, reader)
    assert page.findChild(QGroupBox, "law_settings") is None
    assert page.findChild(QGroupBox, "users_box") is None
    assert page.findChild(QGroupBox, "computer_box") is None
    assert page.language_box.isVisible() and page.size_box.isVisible()


def test_add_a_user_with_a_weak_password_refused_first(qtbot: QtBot, ctx: UiContext) -> None:
    page = _page(qtbot, ctx)

    def new_user(dialog: QDialog) -> None:
        assert isinstance(dialog, NewUserDialog)
        type_text(dialog.username, "g.nurmukhamedova")
        type_text(dialog.display_name, "Нұрмұхамедова Гүлжаһан")
        type_text(dialog.password, "short")
        type_text(dialog.repeat, "short")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert dialog.isVisible()
        assert "8" in ctx.errors.shown[-1]
        assert dialog.display_name.text() == "Нұрмұхамедова Гүлжаһан"
        dialog.password.clear()
        dialog.repeat.clear()
        type_text(dialog.password, "Tatulyq-2026")
        type_text(dialog.repeat, "Tatulyq-2026")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    def manage(dialog: QDialog) -> None:
        assert isinstance(dialog, UsersDialog)
        assert [line.username for line in dialog.lines] == ["admin"]
        assert not dialog.active_button.isEnabled() or dialog.current() is None
        drive_modal(qtbot, dialog.add_button.click, new_user)
        assert dialog.current() is not None and dialog.current().username == "g.nurmukhamedova"
        assert dialog.table.item(1, 2).text() == "Mediator"
        dialog.reject()

    drive_modal(qtbot, page.users_button.click, manage)
    signed = users.sign_in(ctx.database, "g.nurmukhamedova", "Tatulyq-2026")
    assert (signed.display_name, signed.role) == ("Нұрмұхамедова Гүлжаһан", Role.MEDIATOR)


def test_new_password_and_switching_an_account_off_and_on(qtbot: QtBot, ctx: UiContext) -> None:
    with ctx.database.session(write=True) as s:
        users.create_user(s, "b.ospanov", "Оспанов Бауыржан", PASSWORD, Role.CENTRE_HEAD, "KZ-31-KRD")
    dialog = UsersDialog(ctx)
    qtbot.addWidget(dialog)
    [line] = [line for line in dialog.lines if line.username == "b.ospanov"]
    dialog.select(line.id)

    def new_password(inner: QDialog) -> None:
        assert isinstance(inner, PasswordDialog)
        type_text(inner.password, "Жаңа-пароль-7")
        type_text(inner.repeat, "Жаңа-пароль-8")
        inner.buttons.button(inner.buttons.StandardButton.Ok).click()
        assert inner.isVisible() and "differ" in ctx.errors.shown[-1]
        inner.repeat.clear()
        type_text(inner.repeat, "Жаңа-пароль-7")
        inner.buttons.button(inner.buttons.StandardButton.Ok).click()

    drive_modal(qtbot, dialog.password_button.click, new_password)
    assert users.sign_in(ctx.database, "b.ospanov", "Жаңа-пароль-7").username == "b.ospanov"

    assert dialog.active_button.text() == "Switch &off"
    dialog.active_button.click()
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "b.ospanov")
    assert dialog.table.item(row, 4).text() == "Switched off"
    with pytest.raises(TatulyqError) as refused:
        users.sign_in(ctx.database, "b.ospanov", "Жаңа-пароль-7")
    assert refused.value.key == "user.inactive"
    dialog.active_button.click()
    assert users.sign_in(ctx.database, "b.ospanov", "Жаңа-пароль-7").active


def test_an_administrator_cannot_switch_themselves_off(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = UsersDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.select(dialog.lines[0].id)
    button = dialog.findChild(QPushButton, "toggle_user")
    assert button is not None and not button.isEnabled()
