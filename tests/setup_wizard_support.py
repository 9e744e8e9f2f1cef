"""Driving the first-start wizard (app/ui/setup_dialog.py) as a person would: page by page, with Next."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWizard

from app.ui.setup_dialog import ADMIN, EXCHANGE, FINISH, PRACTICE, UNIT, SetupDialog
from tests.ui_support import type_text


def fill_up_to_practice(
    wizard: SetupDialog,
    *,
    unit: str = "KZ-31-KRD",
    name: str = "Сәрсенова Әлия",
    username: str = "aliya",
    password: str = "Kordai-2026",
    repeat: str | None = None,
    passphrase: str | None = None,
) -> None:
    """From the language page to the practice page, each page's Next pressed (refusals stop it)."""
    if not wizard.isVisible():
        wizard.show()  # a wizard starts at its first page when shown
    wizard.next()
    assert wizard.currentId() == UNIT
    assert wizard.unit.select(unit)
    wizard.next()
    assert wizard.currentId() == ADMIN
    type_text(wizard.admin.name, name)
    wizard.admin.username.setText(username)
    wizard.admin.password.setText(password)
    wizard.admin.repeat.setText(password if repeat is None else repeat)
    wizard.next()
    if wizard.currentId() != EXCHANGE:
        return
    if passphrase is not None:
        wizard.exchange.make_keys.setChecked(True)
        type_text(wizard.exchange.passphrase, passphrase)
        type_text(wizard.exchange.repeat, passphrase)
    wizard.next()
    if wizard.currentId() == PRACTICE:
        QApplication.processEvents()


def set_up(wizard: SetupDialog) -> None:
    """The practice page's "Set up": the set-up is written and the last page comes."""
    assert wizard.currentId() == PRACTICE
    wizard.next()
    assert wizard.currentId() == FINISH, "the set-up was refused"


def finish(wizard: SetupDialog) -> None:
    wizard.button(QWizard.WizardButton.FinishButton).click()
