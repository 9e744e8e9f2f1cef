"""The first-start wizard on real database files: the language turning it at once, the unit searched,
the administrator's rules told on their page, the set-up written only at "Set up", the recovery key
printed, saved and confirmed before Finish, and the practice database made beside the real one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.models import Case
from app.models.enums import Role
from app.services import database_keys, installation, preferences, users
from app.services.context import Actor
from app.services.runtime import open_database
from app.storage.database import Database
from app.storage.location import resolve_location
from app.ui.app import Startup
from app.ui.errors import ErrorReporter
from app.ui.i18n import Languages
from app.ui.practice_notice import PRACTICE_NOTICE
from app.ui.setup_dialog import ADMIN, EXCHANGE, LANGUAGE, PRACTICE, UNIT, SetupDialog
from app.ui.setup_pages import PracticePage
from tests.setup_wizard_support import fill_up_to_practice, finish, set_up
from tests.ui_support import drive_modal, type_text

PASSWORD = "Kordai-2026"
SHOTS = Path(os.environ.get("TATULYQ_SHOTS", "/tmp/shots"))


@pytest.fixture
def languages() -> Iterator[Languages]:
    """The program's language, put back to English afterwards (translators are process-wide)."""
    chosen = Languages()
    chosen.install("en")
    yield chosen
    chosen.install("en")


def _wizard(
    qtbot: QtBot, database: Database, languages: Languages, recovery_key: str | None = None
) -> SetupDialog:
    errors = ErrorReporter(database.location.data_dir / "logs", dialogs=False)
    wizard = SetupDialog(database, languages, errors, recovery_key=recovery_key)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _cancel_visible(wizard: SetupDialog) -> bool:
    return not wizard.testOption(QWizard.WizardOption.NoCancelButton)


def test_the_administrators_rules_are_told_on_their_page_and_nothing_is_saved_before_set_up(
    qtbot: QtBot, tmp_path: Path, languages: Languages
) -> None:
    db = open_database(data_dir=tmp_path)
    wizard = _wizard(qtbot, db, languages)
    assert wizard.currentId() == LANGUAGE
    fill_up_to_practice(wizard, repeat="Kordai-2027")
    assert wizard.currentId() == ADMIN and "differ" in wizard.errors.shown[-1]
    wizard.admin.password.setText("kordai")
    wizard.admin.repeat.setText("kordai")
    wizard.next()
    assert wizard.currentId() == ADMIN and "at least 8 characters" in wizard.errors.shown[-1]
    wizard.admin.username.setText("Әлия")  # the user name is typed in Latin letters
    wizard.admin.password.setText(PASSWORD)
    wizard.admin.repeat.setText(PASSWORD)
    wizard.next()
    assert wizard.currentId() == ADMIN and "Latin letters" in wizard.errors.shown[-1]
    wizard.admin.username.setText("aliya")
    wizard.next()
    assert wizard.currentId() == EXCHANGE
    wizard.next()
    assert wizard.currentId() == PRACTICE
    wizard.back()  # up to "Set up", every page can be gone back to
    wizard.back()
    assert wizard.currentId() == ADMIN
    with db.session() as s:
        assert not installation.is_set_up(s)  # nothing written yet
    wizard.next()
    wizard.next()
    assert _cancel_visible(wizard)
    set_up(wizard)
    assert not _cancel_visible(wizard)  # saved: the wizard now ends with Finish only
    assert wizard.finish.title() == "Ready" and wizard.finish.isComplete()
    finish(wizard)
    assert wizard.result() == QDialog.DialogCode.Accepted
    with db.session() as s:
        unit = installation.installation_unit(s)
        assert installation.is_set_up(s) and unit is not None and unit.code == "KZ-31-KRD"
        assert not installation.holds_demo_data(s)
    assert users.sign_in(db, "aliya", PASSWORD).display_name == "Сәрсенова Әлия"
    assert wizard.admin_username == "aliya"
    db.close()


def test_a_set_up_refused_at_the_end_brings_back_the_page_to_mend(
    qtbot: QtBot, tmp_path: Path, languages: Languages
) -> None:
    db = open_database(data_dir=tmp_path)
    with db.session(write=True, actor=Actor("earlier")) as s:  # a name already taken (a half-done set-up)
        users.create_user(s, "aliya", "Әлия", PASSWORD, Role.MEDIATOR, "KZ-31-KRD")
    wizard = _wizard(qtbot, db, languages)
    fill_up_to_practice(wizard)
    wizard.next()
    assert wizard.currentId() == ADMIN and "already taken" in wizard.errors.shown[-1]
    assert _cancel_visible(wizard)
    wizard.admin.username.setText("aliya.s")
    wizard.next()
    wizard.next()
    wizard.unit.units.clearSelection()  # no unit by the time of "Set up": told, and its page comes back
    wizard.next()
    assert wizard.currentId() == UNIT and "unit" in wizard.errors.shown[-1]
    assert wizard.unit.select("KZ-31-KRD")
    for _ in range(3):
        wizard.next()
    set_up(wizard)
    with db.session() as s:
        assert installation.is_set_up(s)
    db.close()


def test_the_unit_list_is_searched_by_name_region_or_code(
    qtbot: QtBot, tmp_path: Path, languages: Languages
) -> None:
    db = open_database(data_dir=tmp_path)
    wizard = _wizard(qtbot, db, languages)
    wizard.next()
    page = wizard.unit
    assert wizard.currentId() == UNIT and not page.isComplete()

    def shown() -> list[str]:
        return [item.text(2) for item in page._items() if not item.isHidden()]

    everything = shown()
    assert len(everything) == 66
    type_text(page.search, "zhambyl")  # the region: its units all stay
    by_region = shown()
    assert "KZ-31-KRD" in by_region and 1 < len(by_region) < 66
    page.search.clear()
    type_text(page.search, "krd")  # the code, in any case
    assert shown() == ["KZ-31-KRD"] and page.unit_code() == "KZ-31-KRD"  # one left: chosen
    assert page.isComplete()
    page.search.clear()
    assert len(shown()) == 66 and page.unit_code() == "KZ-31-KRD"  # the choice stays
    db.close()


def test_choosing_russian_turns_the_wizard_at_once(
    qtbot: QtBot, tmp_path: Path, languages: Languages
) -> None:
    db = open_database(data_dir=tmp_path)
    wizard = _wizard(qtbot, db, languages)
    assert wizard.language.buttons["en"].isChecked()
    assert wizard.language.title() == "Language"
    wizard.language.buttons["ru"].click()
    qtbot.waitUntil(lambda: wizard.language.title() != "Language")
    assert languages.current == "ru"
    assert wizard.language.title() == "Язык"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "Далее >"
    assert wizard.windowTitle() == "Tatulyq: первый запуск"
    korday = next(item for item in wizard.unit._items() if item.text(2) == "KZ-31-KRD")
    assert "Кордай" in korday.text(0) and "Жамбылская" in korday.text(1)  # the units' names too
    wizard.language.buttons["kk"].click()
    qtbot.waitUntil(lambda: wizard.language.title() != "Язык")
    assert wizard.language.title() == "Тіл" and languages.current == "kk"
    db.close()


def test_the_recovery_key_is_printed_saved_and_confirmed_before_finish(
    qtbot: QtBot, tmp_path: Path, languages: Languages
) -> None:
    created = installation.create_encrypted(resolve_location(tmp_path / "data"))
    wizard = _wizard(qtbot, created.database, languages, created.recovery_key)
    fill_up_to_practice(wizard)
    set_up(wizard)
    page = wizard.finish
    assert page.title() == "The recovery key" and page.panel.key.text() == created.recovery_key
    finish_button = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish_button.isEnabled()
    wizard.reject()  # Esc: the key would be lost unseen; the wizard stays
    assert wizard.isVisible() and wizard.result() != QDialog.DialogCode.Accepted
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "key.pdf"))
    page.panel.print_on(printer)
    printed = "".join(PdfReader(tmp_path / "key.pdf").pages[0].extract_text().split())
    assert created.recovery_key in printed and "tatulyq.db" in printed
    target = tmp_path / "stick" / "recovery.txt"
    target.parent.mkdir()

    def save(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(target))
        dialog.accept()

    drive_modal(qtbot, page.panel.save_button.click, save)
    assert created.recovery_key in target.read_text(encoding="utf-8")
    assert [p.name for p in target.parent.iterdir()] == ["recovery.txt"]  # no temporary file left
    page.panel.confirm.setChecked(True)
    assert finish_button.isEnabled()
    finish(wizard)
    assert wizard.result() == QDialog.DialogCode.Accepted
    created.database.close()
    # The key shown is the one that opens the database.
    location = resolve_location(tmp_path / "data")
    assert database_keys.recover(location, created.recovery_key, "aliya", "Recovered-1").username == "aliya"


def test_a_practice_database_is_made_beside_the_real_one_and_says_so(
    qtbot: QtBot, tmp_path: Path, languages: Languages
) -> None:
    data = tmp_path / "data"
    created = installation.create_encrypted(resolve_location(data))
    wizard = _wizard(qtbot, created.database, languages, created.recovery_key)
    fill_up_to_practice(wizard)
    assert str(data / "practice") in wizard.practice.note.text() and wizard.practice.make.isEnabled()
    wizard.practice.make.setChecked(True)
    set_up(wizard)
    wizard.finish.panel.confirm.setChecked(True)
    finish_button = wizard.button(QWizard.WizardButton.FinishButton)
    assert wizard.finish.practice_state == "making" and not finish_button.isEnabled()  # Finish waits for it
    qtbot.waitUntil(lambda: wizard.finish.practice_state != "making", timeout=60_000)
    assert wizard.finish.practice_state == "ready", wizard.errors.shown
    assert str(data / "practice") in wizard.finish.practice.text()
    assert finish_button.isEnabled()
    finish(wizard)
    with created.database.session() as s:  # the real database holds no made-up case
        assert not installation.holds_demo_data(s)
    created.database.close()
    assert preferences.load(data / "practice").last_username == "aliya"
    # The practice database opens with the same name and password, and its window says PRACTICE.
    start = Startup(resolve_location(data / "practice"), no_dialogs=True)
    try:
        user = start.sign_in("aliya", PASSWORD)
        window = start.main_window(user)
        qtbot.addWidget(window)
        notice = window.findChild(QLabel, PRACTICE_NOTICE)
        assert notice is not None and "PRACTICE" in notice.text()
        with start.opening.database().session() as s:
            assert installation.holds_demo_data(s)
            assert s.scalar(select(func.count()).select_from(Case)) == installation.PRACTICE_CASES
    finally:
        start.close()
    # Asked again on a later first start (the real database replaced), the practice one is kept.
    kept = PracticePage(data)
    qtbot.addWidget(kept)
    assert not kept.make.isEnabled() and "already there" in kept.note.text()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_screenshots_of_every_page(qtbot: QtBot, tmp_path: Path, languages: Languages, lang: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    created = installation.create_encrypted(resolve_location(tmp_path))
    wizard = _wizard(qtbot, created.database, languages, created.recovery_key)
    wizard.language.buttons[lang].click()
    qtbot.waitUntil(lambda: wizard.language.title() not in ("Language", ""))
    names = {LANGUAGE: "1-language", UNIT: "2-unit", ADMIN: "3-admin", EXCHANGE: "4-exchange"}

    def shot(name: str) -> None:
        QApplication.processEvents()
        wizard.grab().save(str(SHOTS / f"wizard-{name}-{lang}.png"))

    shot(names[LANGUAGE])
    wizard.next()
    type_text(wizard.unit.search, "Жамбыл")
    wizard.unit.select("KZ-31-KRD")
    shot(names[UNIT])
    wizard.unit.search.clear()
    wizard.next()
    type_text(wizard.admin.name, "Сәрсенова Әлия")
    wizard.admin.username.setText("aliya")
    wizard.admin.password.setText(PASSWORD)
    wizard.admin.repeat.setText(PASSWORD)
    shot(names[ADMIN])
    wizard.next()
    wizard.exchange.make_keys.setChecked(True)
    shot(names[EXCHANGE])
    wizard.exchange.make_keys.setChecked(False)
    wizard.next()
    wizard.practice.make.setChecked(True)
    shot("5-practice")
    set_up(wizard)
    shot("6-making")
    qtbot.waitUntil(lambda: wizard.finish.practice_state != "making", timeout=60_000)
    wizard.finish.panel.confirm.setChecked(True)
    shot("6-recovery-key")
    assert wizard.errors.shown == []
    finish(wizard)
    created.database.close()
