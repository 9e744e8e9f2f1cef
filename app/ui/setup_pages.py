"""The pages of the first-start wizard (app/ui/setup_dialog.py), in the order a person meets them.

Each page only collects and checks what is typed; nothing is written until the wizard commits on
leaving the practice page. Every page re-labels itself on LanguageChange, so choosing a language on
the first page turns the whole wizard at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.errors import TatulyqError, ValidationError
from app.exchange.key_store import PASSPHRASE_MIN
from app.models.enums import UnitKind
from app.services import installation, users
from app.storage.database import Database
from app.ui.errors import ErrorReporter
from app.ui.forms import label_rows
from app.ui.i18n import LANGUAGES, Languages
from app.ui.labels import label
from app.ui.recovery_key_dialog import RecoveryKeyPanel

# Each language named in itself: a person who cannot read the current one still finds their own.
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


def _paragraph(parent: QWidget) -> QLabel:
    text = QLabel(parent)
    text.setWordWrap(True)
    return text


class _Page(QWizardPage):
    """A page that re-labels itself when the language changes."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class LanguagePage(_Page):
    def __init__(self, languages: Languages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_language")
        self.languages = languages
        self.choices = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        self.intro = _paragraph(self)
        layout.addWidget(self.intro)
        for code in LANGUAGES:
            button = QRadioButton(LANGUAGE_NAMES[code], self)
            button.setObjectName(f"language_{code}")
            button.setChecked(code == languages.current)
            self.choices.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
            button.toggled.connect(lambda on, lang=code: self.choose(lang) if on else None)
        layout.addStretch(1)
        self.retranslate()

    def choose(self, lang: str) -> None:
        """Switch the program at once: Qt tells every window, and each re-labels itself."""
        if lang != self.languages.current:
            self.languages.install(lang)
        self.buttons[lang].setChecked(True)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Language"))
        self.setSubTitle(self.tr("The language of the program's windows on this computer."))
        self.intro.setText(
            self.tr(
                "Welcome to Tatulyq. Five short steps set it up on this computer: the language, the unit, "
                "the administrator, the exchange keys and a practice database; then the recovery key is "
                "shown, to print or save. The language can be changed later in Settings."
            )
        )


class UnitPage(_Page):
    """The unit this computer works for: the reference list, searched by name, region or code."""

    def __init__(self, database: Database, languages: Languages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_unit")
        self.database = database
        self.languages = languages
        self.search = QLineEdit(self)
        self.search.setObjectName("unit_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.units = QTreeWidget(self)
        self.units.setObjectName("units")
        self.units.setRootIsDecorated(False)
        self.units.setColumnCount(3)
        self.units.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.units.setAlternatingRowColors(True)
        header = self.units.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.units.itemSelectionChanged.connect(self.completeChanged)
        self.units.itemDoubleClicked.connect(lambda *_: self._next())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.units, 1)
        self.retranslate()  # fills the list too

    def _fill(self) -> None:
        chosen = self.unit_code()
        self.units.clear()
        with self.database.session() as s:
            choices = installation.unit_choices(s, self.languages.current)
        for choice in choices:
            # The kind (centre, house of friendship, ...) is in most names already: a tooltip, not a column.
            item = QTreeWidgetItem([choice.name, choice.region_name, choice.code])
            item.setToolTip(0, label(UnitKind(choice.kind)))
            item.setData(0, Qt.ItemDataRole.UserRole, choice.code)
            self.units.addTopLevelItem(item)
            if choice.code == chosen:
                item.setSelected(True)
        self._filter(self.search.text())

    def _items(self) -> list[QTreeWidgetItem]:
        found = (self.units.topLevelItem(i) for i in range(self.units.topLevelItemCount()))
        return [item for item in found if item is not None]

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for item in self._items():
            haystack = " ".join(item.text(column) for column in range(3)).casefold()
            item.setHidden(not all(word in haystack for word in words))
        visible = [item for item in self._items() if not item.isHidden()]
        if len(visible) == 1:  # one left: chosen, so Next (or Enter) goes on
            self.units.setCurrentItem(visible[0])

    def _next(self) -> None:
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def unit_code(self) -> str | None:
        selected = self.units.selectedItems()
        return str(selected[0].data(0, Qt.ItemDataRole.UserRole)) if selected else None

    def select(self, code: str) -> bool:
        for item in self._items():
            if item.data(0, Qt.ItemDataRole.UserRole) == code:
                self.units.setCurrentItem(item)
                self.units.scrollToItem(item)
                return True
        return False

    def isComplete(self) -> bool:
        return self.unit_code() is not None

    def retranslate(self) -> None:
        self.setTitle(self.tr("The unit"))
        self.setSubTitle(self.tr("Which unit of the mediation network this computer works for."))
        self.search.setPlaceholderText(self.tr("Search: part of the name, the region or the code"))
        self.units.setHeaderLabels([self.tr("Unit"), self.tr("Region"), self.tr("Code")])
        self._fill()  # the units' names in the new language


class AdminPage(_Page):
    """The administrator, who then adds the other users; the password rules are checked on Next."""

    def __init__(self, errors: ErrorReporter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_admin")
        self.errors = errors
        self.name = QLineEdit(self)
        self.name.setObjectName("admin_name")
        self.username = QLineEdit(self)
        self.username.setObjectName("admin_username")
        self.password = QLineEdit(self)
        self.password.setObjectName("admin_password")
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("admin_password_repeat")
        for secret in (self.password, self.repeat):
            secret.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.name, self.username, self.password, self.repeat):
            field.textChanged.connect(self.completeChanged)
        self.form = QFormLayout()
        for field in (self.name, self.username, self.password, self.repeat):
            self.form.addRow(QLabel(self), field)
        self.rules = _paragraph(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.rules)
        layout.addStretch(1)
        self.retranslate()

    def isComplete(self) -> bool:
        fields = (self.name, self.username, self.password, self.repeat)
        return all(field.text().strip() for field in fields)

    def validatePage(self) -> bool:
        try:
            if self.password.text() != self.repeat.text():
                raise ValidationError("setup.passwords_differ", "The two passwords differ.")
            users.check_new_account(self.username.text(), self.password.text())
        except TatulyqError as error:
            self.errors.known(self, error)
            return False
        return True

    def retranslate(self) -> None:
        self.setTitle(self.tr("The administrator"))
        self.setSubTitle(
            self.tr("The person who looks after the program here: they add the mediators and other users.")
        )
        label_rows(
            self.form,
            (self.tr("Full name"), self.tr("User name"), self.tr("Password"), self.tr("Password again")),
        )
        self.username.setPlaceholderText(self.tr("Latin letters and digits, e.g. aliya.s"))
        self.rules.setText(
            self.tr(
                "The password needs at least {count} characters, with at least one letter and one digit. "
                "It also opens the encrypted database: keep it to yourself."
            ).format(count=users.MIN_PASSWORD_LENGTH)
        )


class ExchangeKeysPage(_Page):
    """Optional: the keys that sign the monthly packages (the Exchange page offers them later too)."""

    def __init__(self, errors: ErrorReporter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_exchange_keys")
        self.errors = errors
        self.intro = _paragraph(self)
        self.make_keys = QCheckBox(self)
        self.make_keys.setObjectName("create_exchange_keys")
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("exchange_passphrase")
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("exchange_passphrase_repeat")
        for field in (self.passphrase, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setEnabled(False)
            self.make_keys.toggled.connect(field.setEnabled)
        self.form = QFormLayout()
        self.form.addRow(QLabel(self), self.passphrase)
        self.form.addRow(QLabel(self), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.make_keys)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.retranslate()

    def chosen_passphrase(self) -> str | None:
        """The passphrase when the box is ticked (checked on Next, before anything is saved)."""
        return self.passphrase.text() if self.make_keys.isChecked() else None

    def validatePage(self) -> bool:
        if not self.make_keys.isChecked():
            return True
        try:
            if len(self.passphrase.text()) < PASSPHRASE_MIN:
                raise ValidationError(
                    "exchange_keys.passphrase_too_short",
                    f"The passphrase of the exchange keys needs at least {PASSPHRASE_MIN} characters.",
                    minimum=PASSPHRASE_MIN,
                )
            if self.passphrase.text() != self.repeat.text():
                raise ValidationError("setup.exchange_passphrases_differ", "The two passphrases differ.")
        except TatulyqError as error:
            self.errors.known(self, error)
            return False
        return True

    def forget(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Keys for the monthly exchange"))
        self.setSubTitle(self.tr("Optional: this can also be done later on the Exchange page."))
        self.intro.setText(
            self.tr(
                "The keys sign this unit's monthly packages to the council; their passphrase (at least "
                "{count} characters) is asked each time a package is prepared. Choose one that the unit's "
                "staff who send the packages will remember, different from the password."
            ).format(count=PASSPHRASE_MIN)
        )
        self.make_keys.setText(self.tr("Create the keys for the monthly exchange with the council now"))
        label_rows(self.form, (self.tr("Passphrase"), self.tr("Passphrase again")))


class PracticePage(_Page):
    """A separate practice database with made-up cases (see installation.py for why separate)."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_practice")
        self.data_dir = data_dir
        self.exists = installation.practice_exists(data_dir)
        self.intro = _paragraph(self)
        self.make = QCheckBox(self)
        self.make.setObjectName("make_practice")
        self.make.setEnabled(not self.exists)
        self.note = _paragraph(self)
        self.note.setObjectName("practice_note")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.make)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.setCommitPage(True)  # leaving it writes the set-up; there is no going back after
        self.retranslate()

    def wanted(self) -> bool:
        return self.make.isChecked() and not self.exists

    def retranslate(self) -> None:
        self.setTitle(self.tr("Practice"))
        self.setSubTitle(self.tr("A place to try the program without touching real cases."))
        self.intro.setText(
            self.tr(
                "The practice database is separate from the real one and holds about {count} made-up "
                "cases of several units, with mediators, sessions and agreements. Nothing in it reaches "
                "the real register, its reports or the monthly exchange, and its window says PRACTICE. "
                "You sign in to it with the same user name and password."
            ).format(count=installation.PRACTICE_CASES)
        )
        self.make.setText(self.tr("Make a practice database with made-up cases"))
        folder = str(installation.practice_location(self.data_dir).data_dir)
        if self.exists:
            self.note.setText(
                self.tr("A practice database is already there: {folder}. It is kept.").format(folder=folder)
            )
        else:
            self.note.setText(self.tr("It will be in {folder}.").format(folder=folder))


class FinishPage(_Page):
    """The recovery key of a new encrypted database (or a plain "ready"), and the practice database's making."""

    def __init__(
        self,
        recovery_key: str | None,
        database_path: str,
        errors: ErrorReporter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_finish")
        self.has_key = recovery_key is not None
        self.intro = _paragraph(self)
        self.intro.setObjectName("finish_intro")
        self.panel = RecoveryKeyPanel(recovery_key or "", database_path, errors, self)
        self.panel.setVisible(self.has_key)
        self.panel.confirm.toggled.connect(self.completeChanged)
        self.practice = _paragraph(self)
        self.practice.setObjectName("practice_status")
        self.practice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("practice_progress")
        self.progress.hide()
        self.practice_state = "none"  # none | making | ready | failed
        self.practice_folder: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.panel)
        layout.addWidget(self.practice)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self.retranslate()

    def practice_started(self) -> None:
        self.practice_state = "making"
        self.progress.setRange(0, installation.PRACTICE_CASES)
        self.progress.setValue(0)
        self.progress.show()
        self.retranslate()
        self.completeChanged.emit()

    def practice_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def practice_done(self, folder: Path | None) -> None:
        self.practice_state = "ready" if folder is not None else "failed"
        self.practice_folder = folder
        self.progress.hide()
        self.retranslate()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.practice_state == "making":  # Finish waits: the program may not exit half-way through it
            return False
        return not self.has_key or self.panel.confirm.isChecked()

    def retranslate(self) -> None:
        if self.has_key:
            self.setTitle(self.tr("The recovery key"))
            self.setSubTitle(self.tr("Shown only now. Print it or save it, then keep it locked away."))
            self.intro.setText(
                self.tr(
                    "The database is encrypted. This recovery key opens it, and its backups, when the "
                    "password is forgotten or the key file is lost. Whoever holds it can read the "
                    "database: keep the paper or the USB stick locked away from the computer."
                )
            )
        else:
            self.setTitle(self.tr("Ready"))
            self.setSubTitle(self.tr("Tatulyq is set up."))
            self.intro.setText(
                self.tr("Press Finish, then sign in with the user name and password just chosen.")
            )
        self.practice.setText(self._practice_text())

    def _practice_text(self) -> str:
        if self.practice_state == "making":
            return self.tr("Making the practice database…")
        if self.practice_state == "failed":
            return self.tr("The practice database was not made; the real one is set up and ready.")
        if self.practice_state == "ready" and self.practice_folder is not None:
            return self.tr(
                "The practice database is ready: {folder}. To practise, start Tatulyq with the shortcut "
                '“Tatulyq (practice)”, or with --data-dir "{folder}".'
            ).format(folder=str(self.practice_folder))
        return ""


def make_pages(
    database: Database,
    languages: Languages,
    errors: ErrorReporter,
    recovery_key: str | None,
) -> tuple[LanguagePage, UnitPage, AdminPage, ExchangeKeysPage, PracticePage, FinishPage]:
    location = database.location
    return (
        LanguagePage(languages),
        UnitPage(database, languages),
        AdminPage(errors),
        ExchangeKeysPage(errors),
        PracticePage(location.data_dir),
        FinishPage(recovery_key, location.describe(), errors),
    )
