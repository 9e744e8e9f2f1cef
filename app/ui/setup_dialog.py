"""The very first start: a wizard a person finishes in five minutes.

1. the language (switching turns the wizard at once), 2. the unit, 3. the administrator, 4. the keys
of the monthly exchange (optional), 5. a practice database (optional), 6. the recovery key of the
new encrypted database (app/ui/startup.py), printed or saved, with a box to tick before Finish.

Nothing is written before the practice page is left (its button says "Set up"): up to there Back
and Cancel are free, and a cancelled first start leaves no files (app.py removes the new database).
From then on the set-up is saved and the recovery key exists in memory only, so the wizard can no
longer be cancelled: it closes by Finish once the key is printed or saved.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget, QWizard

from app.errors import TatulyqError, ValidationError
from app.services import installation
from app.services.context import Actor
from app.storage.database import Database
from app.ui.errors import ErrorReporter
from app.ui.i18n import Languages
from app.ui.setup_pages import make_pages
from app.ui.workers import Task, run_in_background

# The pages' ids, in order.
LANGUAGE, UNIT, ADMIN, EXCHANGE, PRACTICE, FINISH = range(6)


class SetupDialog(QWizard):
    """The first-start wizard; ``admin_id`` and ``admin_username`` once the set-up is saved."""

    def __init__(
        self,
        database: Database,
        languages: Languages,
        errors: ErrorReporter,
        parent: QWidget | None = None,
        *,
        recovery_key: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SetupDialog")
        self.database = database
        self.languages = languages
        self.errors = errors
        self.recovery_key = recovery_key
        self.admin_id: uuid.UUID | None = None
        self.admin_username = ""
        self.committed = False
        self.practice_task: Task | None = None
        # The same look on every system (and in the screenshots): a header with each page's title.
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.language, self.unit, self.admin, self.exchange, self.practice, self.finish = make_pages(
            database, languages, errors, recovery_key
        )
        for page_id, page in enumerate(
            (self.language, self.unit, self.admin, self.exchange, self.practice, self.finish)
        ):
            self.setPage(page_id, page)
        self.retranslate()
        self.resize(720, 540)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tatulyq: first start"))
        # Set here rather than left to Qt's own translation, so that all three languages say the same.
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Set up"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def validateCurrentPage(self) -> bool:
        if not super().validateCurrentPage():
            return False
        if self.currentId() == PRACTICE and not self.committed:
            return self.commit()
        return True

    def commit(self) -> bool:
        """Save the unit and the administrator; then the exchange keys and the practice database.

        A refusal of the set-up itself (a user name taken, a unit gone) is told and brings back the
        page to mend; the keys and the practice database come after and cannot undo the set-up.
        """
        code = self.unit.unit_code()
        admin = self.admin
        try:
            if code is None:  # the unit page is not left without one; a choice cleared since is told
                raise ValidationError("setup.unit_required", "Choose the unit from the list.")
            with self.database.session(write=True, actor=Actor.system("set-up")) as s:
                self.admin_id = installation.set_up(
                    s, code, admin.username.text(), admin.name.text(), admin.password.text()
                )
        except TatulyqError as error:
            self.errors.known(self, error)
            self._back_to(ADMIN if error.key.startswith("user.") else UNIT)
            return False
        self.committed = True
        self.admin_username = admin.username.text().strip().lower()
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        passphrase = self.exchange.chosen_passphrase()
        if passphrase is not None:
            self._create_exchange_keys(code, passphrase)
        if self.practice.wanted():
            self._make_practice(admin.username.text(), admin.name.text(), admin.password.text())
        return True

    def _back_to(self, page_id: int) -> None:
        while self.currentId() > page_id:
            self.back()

    def _create_exchange_keys(self, unit_code: str, passphrase: str) -> None:
        """After the administrator exists: a failure here is told, and the Exchange page offers it again."""
        from app.exchange import key_store

        try:
            key_store.create_keys(self.database.location.data_dir, unit_code, passphrase)
        except TatulyqError as error:
            self.errors.known(self, error)
        finally:
            self.exchange.forget()

    def _make_practice(self, username: str, name: str, password: str) -> None:
        """On a worker while the recovery key is read: a few seconds (two key derivations, the cases)."""
        data_dir = self.database.location.data_dir
        lang = self.languages.current

        def job(progress: Callable[[int, int], None]) -> Path:
            return installation.make_practice_database(data_dir, username, name, password, lang, progress)

        def failed(error: BaseException) -> None:
            self.practice_task = None
            self.finish.practice_done(None)
            self.errors.report(self, error)

        def done(folder: object) -> None:
            self.practice_task = None
            self.finish.practice_done(folder if isinstance(folder, Path) else None)

        self.finish.practice_started()
        self.practice_task = run_in_background(self, job, done, failed, self.finish.practice_progress)

    def reject(self) -> None:
        # Once saved, the recovery key would be lost unseen: only Finish closes the wizard then.
        if not self.committed:
            super().reject()
        elif self.currentId() == FINISH and self.finish.isComplete():
            self.accept()
