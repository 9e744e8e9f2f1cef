"""Users of this database (administrators only): add a user, set a new password, switch an account off or on.

Passwords are never shown or kept here; the service stores only their argon2 hashes. Every refusal
(a weak password, a taken user name, the last administrator) is told through the error reporter.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import TatulyqError, ValidationError
from app.models.enums import Role
from app.services import clock, mediator_registry, units, users
from app.services.context import Actor
from app.ui.context import UiContext
from app.ui.labels import label


@dataclass(frozen=True)
class UserLine:
    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    unit_code: str
    active: bool
    locked_until: datetime | None
    mediator_id: uuid.UUID | None


def _passwords(first: QLineEdit, second: QLineEdit) -> str:
    if first.text() != second.text():
        # The same key as the first-start dialog: one message for one mistake.
        raise ValidationError("setup.passwords_differ", "The two passwords differ.")
    return first.text()


def _password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class NewUserDialog(QDialog):
    """A new account in the administrator's unit or a unit below it."""

    def __init__(
        self, ctx: UiContext, taken_mediators: set[uuid.UUID], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("NewUserDialog")
        self.ctx = ctx
        self.taken_mediators = taken_mediators
        self.created_id: uuid.UUID | None = None
        with ctx.database.session() as s:
            self.units = mediator_registry.unit_options(
                s, ctx.user.unit_ids or [ctx.user.unit_id], ctx.languages.current
            )
            self.mediators = mediator_registry.registry(s, ctx.user.unit_ids or [ctx.user.unit_id])
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("display_name")
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem("", role.value)
        self.role.setCurrentIndex(list(Role).index(Role.MEDIATOR))  # the most common new account
        self.unit = QComboBox(self)
        self.unit.setObjectName("unit")
        for option in self.units:
            self.unit.addItem(f"{option.code} — {option.name}", option.code)
        index = self.unit.findData(ctx.user.unit_code)
        self.unit.setCurrentIndex(max(index, 0))
        self.mediator = QComboBox(self)
        self.mediator.setObjectName("mediator")
        self.password = _password_edit(self, "password")
        self.repeat = _password_edit(self, "password_repeat")
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(7)]
        fields: list[QWidget] = [
            self.username,
            self.display_name,
            self.role,
            self.unit,
            self.mediator,
            self.password,
            self.repeat,
        ]
        for text_label, field in zip(self.labels, fields, strict=True):
            text_label.setBuddy(field)
            self.form.addRow(text_label, field)
        self.form.setRowVisible(3, len(self.units) > 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.role.currentIndexChanged.connect(self._fill_mediators)
        self.unit.currentIndexChanged.connect(self._fill_mediators)
        self.retranslate()
        self.resize(560, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New user"))
        texts = (
            self.tr("&User name"),
            self.tr("Full &name"),
            self.tr("&Role"),
            self.tr("Uni&t"),
            self.tr("&Mediator record"),
            self.tr("&Password"),
            self.tr("Password &again"),
        )
        for text_label, text in zip(self.labels, texts, strict=True):
            text_label.setText(text)
        self.username.setPlaceholderText(self.tr("Latin letters and digits, e.g. a.sarsenova"))
        self.password.setPlaceholderText(self.tr("At least 8 characters, letters and digits"))
        for row, role in enumerate(Role):
            self.role.setItemText(row, label(role))
        self.mediator.setToolTip(self.tr("Links a mediator's account to their record in the register"))
        self._fill_mediators()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_mediators(self) -> None:
        chosen = self.mediator.currentData()
        self.mediator.clear()
        self.mediator.addItem(self.tr("(none)"), None)
        unit_code = self.unit.currentData()
        for row in self.mediators:
            if row.unit_code == unit_code and row.id not in self.taken_mediators:
                self.mediator.addItem(row.full_name, row.id)
        self.mediator.setCurrentIndex(max(self.mediator.findData(chosen), 0))
        self.form.setRowVisible(4, str(self.role.currentData()) == Role.MEDIATOR.value)

    def _save(self) -> None:
        mediator_id = (
            self.mediator.currentData() if str(self.role.currentData()) == Role.MEDIATOR.value else None
        )
        actor = Actor(self.ctx.user.display_name, self.ctx.user.user_id)
        try:
            password = _passwords(self.password, self.repeat)
            with self.ctx.database.session(write=True, actor=actor) as s:
                user = users.create_user(
                    s,
                    self.username.text(),
                    self.display_name.text(),
                    password,
                    Role(str(self.role.currentData())),
                    str(self.unit.currentData() or self.ctx.user.unit_code),
                    mediator_id if isinstance(mediator_id, uuid.UUID) else None,
                )
                self.created_id = user.id
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
            return
        self.accept()


class PasswordDialog(QDialog):
    """A new password set by the administrator for a user who forgot theirs; it also lifts a lock."""

    def __init__(self, ctx: UiContext, user: UserLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PasswordDialog")
        self.ctx = ctx
        self.user = user
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.password = _password_edit(self, "new_password")
        self.repeat = _password_edit(self, "new_password_repeat")
        self.password_label = QLabel(self)
        self.password_label.setBuddy(self.password)
        self.repeat_label = QLabel(self)
        self.repeat_label.setBuddy(self.repeat)
        form = QFormLayout()
        form.addRow(self.password_label, self.password)
        form.addRow(self.repeat_label, self.repeat)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(480, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New password"))
        self.intro.setText(
            self.tr("A new password for {name} ({username}). Tell it to them in person.").format(
                name=self.user.display_name, username=self.user.username
            )
        )
        self.password_label.setText(self.tr("New &password"))
        self.repeat_label.setText(self.tr("Password &again"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _save(self) -> None:
        actor = Actor(self.ctx.user.display_name, self.ctx.user.user_id)
        try:
            password = _passwords(self.password, self.repeat)
            with self.ctx.database.session(write=True, actor=actor) as s:
                users.reset_password(s, users.get(s, self.user.id), password)
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
            return
        self.accept()


class UsersDialog(QDialog):
    COLUMNS = 5

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UsersDialog")
        self.ctx = ctx
        self.lines: list[UserLine] = []
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("users")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_user")
        self.add_button.setAutoDefault(False)
        self.password_button = QPushButton(self)
        self.password_button.setObjectName("reset_password")
        self.password_button.setAutoDefault(False)
        self.active_button = QPushButton(self)
        self.active_button.setObjectName("toggle_user")
        self.active_button.setAutoDefault(False)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_buttons.rejected.connect(self.reject)
        self.status = QLabel(self)
        self.status.setObjectName("users_status")
        self.status.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(self.add_button)
        side.addWidget(self.password_button)
        side.addWidget(self.active_button)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.close_buttons)
        self.add_button.clicked.connect(self.add_user)
        self.password_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        shortcut.activated.connect(self.add_user)
        self.retranslate()
        self.refresh()
        self.resize(860, 480)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Users"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("Unit"), self.tr("Account")]
        )
        self.add_button.setText(self.tr("&Add user…"))
        self.add_button.setToolTip(self.tr("Create an account (Ctrl+N)"))
        self.password_button.setText(self.tr("New &password…"))
        self.password_button.setToolTip(
            self.tr("Set a new password for the chosen user; this also lifts a lock")
        )
        self._show_lines()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        with self.ctx.database.session() as s:
            codes = {u.id: u.code for u in units.list_units(s)}
            self.lines = [
                UserLine(
                    u.id,
                    u.username,
                    u.display_name,
                    u.role,
                    codes.get(u.unit_id, ""),
                    u.active,
                    u.locked_until,
                    u.mediator_id,
                )
                for u in users.list_users(s, self.ctx.user.unit_ids or [self.ctx.user.unit_id])
            ]
        self._show_lines()

    def _account(self, line: UserLine) -> str:
        if not line.active:
            return self.tr("Switched off")
        if line.locked_until is not None and line.locked_until > clock.now():
            local = line.locked_until.astimezone(clock.KZ_TZ)
            return self.tr("Locked until {time}").format(time=local.strftime("%H:%M"))
        return self.tr("Active")

    def _show_lines(self) -> None:
        keep = self.current()
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            values = (line.username, line.display_name, label(line.role), line.unit_code, self._account(line))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                self.table.setItem(row, column, item)
        if keep is not None:
            self.select(keep.id)
        self._update_buttons()

    def select(self, user_id: uuid.UUID) -> None:
        for row, line in enumerate(self.lines):
            if line.id == user_id:
                self.table.selectRow(row)
                return

    def current(self) -> UserLine | None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return None
        wanted = selected[0].data(Qt.ItemDataRole.UserRole)
        return next((line for line in self.lines if line.id == wanted), None)

    def _update_buttons(self) -> None:
        line = self.current()
        self.password_button.setEnabled(line is not None)
        self.active_button.setEnabled(line is not None and line.id != self.ctx.user.user_id)
        if line is not None and not line.active:
            self.active_button.setText(self.tr("Switch &on"))
            self.active_button.setToolTip(self.tr("Let the chosen user sign in again"))
        else:
            self.active_button.setText(self.tr("Switch &off"))
            self.active_button.setToolTip(
                self.tr("The chosen user can no longer sign in; their work stays in the records")
            )

    def new_user_dialog(self) -> NewUserDialog:
        taken = {line.mediator_id for line in self.lines if line.mediator_id is not None}
        return NewUserDialog(self.ctx, taken, self)

    def add_user(self) -> None:
        dialog = self.new_user_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created_id is not None:
            self.refresh()
            self.select(dialog.created_id)
            self.status.setText(self.tr("The user is added."))

    def reset_password(self) -> None:
        line = self.current()
        if line is None:
            return
        if PasswordDialog(self.ctx, line, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.status.setText(self.tr("The new password is set for {name}.").format(name=line.display_name))

    def toggle_active(self) -> None:
        line = self.current()
        if line is None or line.id == self.ctx.user.user_id:
            return  # switching oneself off would end the session's authority midway
        actor = Actor(self.ctx.user.display_name, self.ctx.user.user_id)
        try:
            with self.ctx.database.session(write=True, actor=actor) as s:
                users.set_active(s, users.get(s, line.id), not line.active)
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
            return
        self.refresh()
        if line.active:
            self.status.setText(self.tr("{name} can no longer sign in.").format(name=line.display_name))
        else:
            self.status.setText(self.tr("{name} can sign in again.").format(name=line.display_name))
