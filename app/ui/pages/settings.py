"""The Settings page: language and text size for this computer; for administrators, the law's numbers.

Language and text size apply the moment they are chosen and are kept in the per-computer preferences
(preferences.json in the data folder). The law's configurable numbers live in the shared database and
are saved with an explicit Save, because every user of the database works by them.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import TatulyqError
from app.models.enums import Role
from app.services import preferences, settings
from app.services.context import Actor
from app.services.permissions import Action
from app.ui.appearance import apply_text_size
from app.ui.audit_boxes import AuditBox, RetentionBox
from app.ui.backup_panel import BackupPanel
from app.ui.context import UiContext
from app.ui.encryption_box import EncryptionBox
from app.ui.pages.base import Page
from app.ui.users_dialog import UsersDialog

# Each language is named in its own words and never translated: somebody who cannot read the language
# now on screen must still recognise their own to switch to it.
LANGUAGE_NAMES = (("kk", "Қазақша"), ("ru", "Русский"), ("en", "English"))

LAW_KEYS = (
    "mediation.term_days",
    "mediation.extension_max_days",
    "mediation.max_extensions",
    "mediation.proposal_answer_days",
    "deadlines.due_soon_days",
    "reports.deadline_day",
    # Early warning (app/signals/rule.py): saved with the terms, as every user's signals follow them.
    "signals.baseline_months",
    "signals.min_count",
    "signals.watch_one_in",
    "signals.alert_one_in",
)
IDLE_LOCK_RANGE = (1, 120)  # minutes; no "never": shared PCs hold parties' personal data


class SettingsPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.is_admin = ctx.user.role is Role.ADMINISTRATOR
        self.law_saved: dict[str, int] = {}
        self.law_spins: dict[str, QSpinBox] = {}
        self.law_labels: dict[str, QLabel] = {}

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(self._build_language())
        column.addWidget(self._build_text_size())
        if self.is_admin:
            column.addWidget(self._build_computer())
            column.addWidget(self._build_law())
            column.addWidget(self._build_users())
            self.backup_panel = BackupPanel(ctx, content)  # its own module: app/ui/backup_panel.py
            column.addWidget(self.backup_panel)
            self.encryption_box = EncryptionBox(ctx, content)  # its own module: app/ui/encryption_box.py
            column.addWidget(self.encryption_box)
        if ctx.user.may(Action.VIEW_AUDIT):
            self.audit_box = AuditBox(ctx, content)  # its own module: app/ui/audit_boxes.py
            column.addWidget(self.audit_box)
        if ctx.user.may(Action.DEIDENTIFY):
            self.retention_box = RetentionBox(ctx, content)
            column.addWidget(self.retention_box)
        self.status = QLabel(content)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        column.addStretch(1)
        content.setMaximumWidth(820)  # long lines of form are hard to follow on a wide screen
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.retranslate()
        self.refresh()

    # -- building ---------------------------------------------------------------------------------

    def _build_language(self) -> QGroupBox:
        self.language_box = QGroupBox(self)
        self.language_box.setObjectName("language_box")
        self.language_group = QButtonGroup(self)
        row = QHBoxLayout()
        self.language_buttons: dict[str, QRadioButton] = {}
        for lang, name in LANGUAGE_NAMES:
            button = QRadioButton(name, self.language_box)
            button.setObjectName(f"language_{lang}")
            self.language_group.addButton(button)
            self.language_buttons[lang] = button
            row.addWidget(button)
            button.toggled.connect(partial(self._language_toggled, lang))
        row.addStretch(1)
        self.language_note = QLabel(self.language_box)
        self.language_note.setWordWrap(True)
        box = QVBoxLayout(self.language_box)
        box.addLayout(row)
        box.addWidget(self.language_note)
        return self.language_box

    def _build_text_size(self) -> QGroupBox:
        self.size_box = QGroupBox(self)
        self.size_box.setObjectName("text_size_box")
        self.size_group = QButtonGroup(self)
        row = QHBoxLayout()
        self.size_buttons: dict[str, QRadioButton] = {}
        for size in preferences.TEXT_SIZES:
            button = QRadioButton(self.size_box)
            button.setObjectName(f"text_size_{size}")
            self.size_group.addButton(button)
            self.size_buttons[size] = button
            row.addWidget(button)
            button.toggled.connect(partial(self._size_toggled, size))
        row.addStretch(1)
        self.size_note = QLabel(self.size_box)
        self.size_note.setWordWrap(True)
        box = QVBoxLayout(self.size_box)
        box.addLayout(row)
        box.addWidget(self.size_note)
        return self.size_box

    def _build_computer(self) -> QGroupBox:
        self.computer_box = QGroupBox(self)
        self.computer_box.setObjectName("computer_box")
        self.idle_lock = QSpinBox(self.computer_box)
        self.idle_lock.setObjectName("idle_lock")
        self.idle_lock.setRange(*IDLE_LOCK_RANGE)
        self.idle_lock.setKeyboardTracking(False)  # one save when the number is typed, not one per digit
        self.idle_lock.setValue(
            min(max(self.ctx.prefs.idle_lock_minutes, IDLE_LOCK_RANGE[0]), IDLE_LOCK_RANGE[1])
        )
        self.idle_lock.valueChanged.connect(self._idle_lock_changed)
        self.idle_label = QLabel(self.computer_box)
        self.idle_label.setBuddy(self.idle_lock)
        form = QFormLayout(self.computer_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.idle_label, self.idle_lock)
        return self.computer_box

    def _build_law(self) -> QGroupBox:
        self.law_box = QGroupBox(self)
        self.law_box.setObjectName("law_settings")
        self.law_note = QLabel(self.law_box)
        self.law_note.setWordWrap(True)
        form = QFormLayout()
        # Short numbers in short boxes, right after their labels: no hunting across a wide screen.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setRowWrapPolicy(
            QFormLayout.RowWrapPolicy.WrapLongRows
        )  # a long translation pushes the box below
        for key in LAW_KEYS:
            spec = settings.SPECS[key]
            spin = QSpinBox(self.law_box)
            spin.setObjectName(f"law_{key}")
            spin.setRange(spec.minimum or 0, spec.maximum or 9999)
            spin.valueChanged.connect(self._law_edited)
            text_label = QLabel(self.law_box)
            text_label.setWordWrap(True)  # Russian and Kazakh labels run long at the larger text sizes
            text_label.setBuddy(spin)
            form.addRow(text_label, spin)
            self.law_spins[key] = spin
            self.law_labels[key] = text_label
        widest = max(spin.sizeHint().width() for spin in self.law_spins.values())
        for spin in self.law_spins.values():
            spin.setMinimumWidth(widest)  # one column of equal boxes reads as one list
        self.save_law_button = QPushButton(self.law_box)
        self.save_law_button.setObjectName("save_law")
        self.save_law_button.clicked.connect(self.save_law)
        self.revert_law_button = QPushButton(self.law_box)
        self.revert_law_button.setObjectName("revert_law")
        self.revert_law_button.clicked.connect(self._revert_law)
        self.defaults_button = QPushButton(self.law_box)
        self.defaults_button.setObjectName("law_defaults")
        self.defaults_button.clicked.connect(self._law_defaults)
        buttons = QHBoxLayout()
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_law_button)
        buttons.addWidget(self.save_law_button)
        box = QVBoxLayout(self.law_box)
        box.addWidget(self.law_note)
        box.addLayout(form)
        box.addLayout(buttons)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save_law)
        return self.law_box

    def _build_users(self) -> QGroupBox:
        self.users_box = QGroupBox(self)
        self.users_box.setObjectName("users_box")
        self.users_note = QLabel(self.users_box)
        self.users_note.setWordWrap(True)
        self.users_button = QPushButton(self.users_box)
        self.users_button.setObjectName("manage_users")
        self.users_button.clicked.connect(self.open_users)
        row = QHBoxLayout(self.users_box)
        row.addWidget(self.users_note, 1)
        row.addWidget(self.users_button, 0, Qt.AlignmentFlag.AlignTop)
        return self.users_box

    # -- texts ------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        self.language_box.setTitle(self.tr("Language of the program"))
        self.language_note.setText(
            self.tr("Changes at once in every open window and is kept on this computer.")
        )
        self.size_box.setTitle(self.tr("Text size"))
        size_names = {"normal": self.tr("&Normal"), "large": self.tr("&Large"), "larger": self.tr("La&rger")}
        for size, button in self.size_buttons.items():
            button.setText(size_names[size])
        self.size_note.setText(self.tr("The whole window follows at once; kept on this computer."))
        if self.is_admin:
            self.computer_box.setTitle(self.tr("This computer"))
            self.idle_label.setText(self.tr("Lock the program after this many m&inutes without use"))
            self.law_box.setTitle(self.tr("Terms of the Law on Mediation"))
            self.law_note.setText(
                self.tr(
                    "These numbers apply to every user of this database. A case whose mediation "
                    "agreement is already signed keeps the term it got."
                )
            )
            texts = {
                "mediation.term_days": self.tr("&Term of mediation, days from the mediation agreement"),
                "mediation.extension_max_days": self.tr("Longest &extension, days"),
                "mediation.max_extensions": self.tr("E&xtensions allowed per case"),
                "mediation.proposal_answer_days": self.tr(
                    "Days to &answer a proposal to mediate (no answer counts as refusal)"
                ),
                "deadlines.due_soon_days": self.tr("&Warn about deadlines this many days ahead"),
                "reports.deadline_day": self.tr("&Monthly report due by this day of the next month"),
                "signals.baseline_months": self.tr(
                    "Early warning: compare each place with its own previous months, how many"
                ),
                "signals.min_count": self.tr(
                    "Early warning: fewer cases than this in a month are never a signal"
                ),
                "signals.watch_one_in": self.tr(
                    "Early warning: watch when a count this high would come by chance once in"
                ),
                "signals.alert_one_in": self.tr(
                    "Early warning: alert when a count this high would come by chance once in"
                ),
            }
            for key, text in texts.items():
                self.law_labels[key].setText(text)
            self.save_law_button.setText(self.tr("&Save"))
            self.save_law_button.setToolTip(
                self.tr("Save the terms for every user of this database (Ctrl+S)")
            )
            self.revert_law_button.setText(self.tr("&Undo changes"))
            self.revert_law_button.setToolTip(self.tr("Show the saved numbers again"))
            self.defaults_button.setText(self.tr("Law's &defaults"))
            self.defaults_button.setToolTip(
                self.tr("Fill in the numbers of the law as the program knows them; Save keeps them")
            )
            self.users_box.setTitle(self.tr("Users"))
            self.users_note.setText(
                self.tr(
                    "Add users, set a new password for somebody who forgot theirs, switch accounts off or on."
                )
            )
            self.users_button.setText(self.tr("Mana&ge users…"))

    # -- loading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._show_choices()
        if self.is_admin:
            self.backup_panel.refresh()
        if self.is_admin and (not self.law_saved or not self.law_changed()):
            # Unsaved numbers are the user's work: a refresh must not overwrite them.
            with self.ctx.database.session() as s:
                self.law_saved = {key: settings.get_int(s, key) for key in LAW_KEYS}
            self._show_law(self.law_saved)

    def _show_choices(self) -> None:
        for buttons, current in (
            (self.language_buttons, self.ctx.languages.current),
            (self.size_buttons, self.ctx.prefs.text_size),
        ):
            button = buttons.get(current)
            if button is not None and not button.isChecked():
                button.blockSignals(True)  # showing the current choice is not choosing it again
                button.setChecked(True)
                button.blockSignals(False)

    def _show_law(self, values: dict[str, int]) -> None:
        for key, spin in self.law_spins.items():
            spin.blockSignals(True)
            spin.setValue(values[key])
            spin.blockSignals(False)
        self._law_edited()

    # -- this computer ----------------------------------------------------------------------------

    def _save_prefs(self) -> bool:
        try:
            preferences.save(self.ctx.data_dir, self.ctx.prefs)
        except OSError as error:  # a full or read-only disk: the choice still applies until closing
            self.ctx.errors.report(self, error)
            return False
        return True

    def _language_toggled(self, lang: str, checked: bool) -> None:
        if checked:
            self.choose_language(lang)

    def _size_toggled(self, size: str, checked: bool) -> None:
        if checked:
            self.choose_text_size(size)

    def choose_language(self, lang: str) -> None:
        if lang == self.ctx.languages.current and self.ctx.prefs.language == lang:
            return
        complete = self.ctx.languages.install(lang)  # every open view re-labels itself
        self.ctx.prefs.language = lang
        if self._save_prefs():
            if complete:
                self.status.setText("")
            else:
                self.status.setText(
                    self.tr(
                        "Part of the program is not translated into this language yet and stays in English."
                    )
                )

    def choose_text_size(self, size: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_text_size(app, size)
        self.ctx.prefs.text_size = size
        self._save_prefs()

    def _idle_lock_changed(self, minutes: int) -> None:
        self.ctx.prefs.idle_lock_minutes = minutes
        if self._save_prefs():
            self.status.setText(
                self.tr("The program will lock after {minutes} min without use.").format(minutes=minutes)
            )

    # -- the law's numbers ------------------------------------------------------------------------

    def law_changed(self) -> bool:
        return any(spin.value() != self.law_saved.get(key) for key, spin in self.law_spins.items())

    def _law_edited(self) -> None:
        changed = self.law_changed()
        self.save_law_button.setEnabled(changed)
        self.revert_law_button.setEnabled(changed)

    def _revert_law(self) -> None:
        self._show_law(self.law_saved)

    def _law_defaults(self) -> None:
        self._show_law({key: int(settings.SPECS[key].default) for key in LAW_KEYS})

    def save_law(self) -> None:
        if not self.is_admin or not self.law_changed():
            return
        changed = {
            key: spin.value() for key, spin in self.law_spins.items() if spin.value() != self.law_saved[key]
        }
        actor = Actor(self.ctx.user.display_name, self.ctx.user.user_id)
        try:
            with self.ctx.database.session(write=True, actor=actor) as s:
                for key, value in changed.items():
                    settings.set_value(s, key, value)
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
            return
        self.law_saved.update(changed)
        self._law_edited()
        self.status.setText(self.tr("The terms are saved."))

    def can_close(self) -> bool:
        """Asked by the main window before closing: unsaved terms are offered for saving."""
        if not self.is_admin or not self.law_changed() or not self.ctx.errors.dialogs:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved terms"),
            self.tr("The terms of the law were changed but not saved. Save them now?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save_law()
            return not self.law_changed()
        return answer == QMessageBox.StandardButton.Discard

    # -- users ------------------------------------------------------------------------------------

    def open_users(self) -> None:
        if self.is_admin:
            UsersDialog(self.ctx, self).exec()
