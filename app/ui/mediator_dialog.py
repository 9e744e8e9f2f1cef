"""Adding or editing a mediator of the register, with the trainings they completed.

The services validate; a refused save keeps everything typed and puts the cursor on the field the
refusal names. New trainings are kept in the form and saved with the mediator in one unit of work.
"""

from __future__ import annotations

import itertools
import uuid
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import TatulyqError
from app.models.enums import Category, Language, MediatorKind
from app.services import clock, mediator_registry
from app.services.context import Actor
from app.services.mediator_registry import TrainingInput, TrainingRow, UnitOption
from app.services.mediators import MediatorInput
from app.ui.context import UiContext
from app.ui.labels import label

DATE_FORMAT = "dd.MM.yyyy"
# Far enough back for any date already recorded: a QDateEdit silently moves an earlier date up to its
# minimum, and saving the form would then change the record without anybody noticing.
EARLIEST = QDate(1950, 1, 1)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def shown_date(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day is not None else ""


def date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(EARLIEST)
    edit.setMaximumDate(to_qdate(clock.today()))  # the law's dates here are never in the future
    edit.setDate(to_qdate(clock.today()))
    return edit


def check_list(parent: QWidget, name: str, members: list[Language] | list[Category]) -> QListWidget:
    widget = QListWidget(parent)
    widget.setObjectName(name)
    widget.setSpacing(1)  # a little air between lines that are ticked with a mouse
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for member in members:
        item = QListWidgetItem(widget)
        item.setData(Qt.ItemDataRole.UserRole, member.value)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Unchecked)
    return widget


def fit_height(widget: QListWidget) -> None:
    """Tall enough for every line at the current text size: nothing to tick may hide below the edge."""
    rows = widget.count()
    height = sum(widget.sizeHintForRow(row) for row in range(rows)) + 2 * widget.spacing() * rows
    widget.setFixedHeight(height + 2 * widget.frameWidth())


def checked_values(widget: QListWidget) -> list[str]:
    return [
        str(widget.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


def set_checked(widget: QListWidget, values: tuple[str, ...] | list[str]) -> None:
    for row in range(widget.count()):
        item = widget.item(row)
        wanted = item.data(Qt.ItemDataRole.UserRole) in values
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


class TrainingDialog(QDialog):
    """One completed training: checked at once with the same rules the save applies."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrainingDialog")
        self.ctx = ctx
        self.training: TrainingInput | None = None
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("training_title")
        self.provider = QLineEdit(self)
        self.provider.setObjectName("training_provider")
        self.completed_on = date_edit(self, "training_completed_on")
        self.hours = QSpinBox(self)
        self.hours.setObjectName("training_hours")
        self.hours.setRange(0, 2000)  # 0 shows the special text: the length is not known
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(4)]
        for text_label, field in zip(
            self.labels, (self.title_edit, self.provider, self.completed_on, self.hours), strict=True
        ):
            text_label.setBuddy(field)
            self.form.addRow(text_label, field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(520, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a training"))
        texts = (self.tr("&Title"), self.tr("&Provider"), self.tr("&Completed on"), self.tr("&Hours"))
        for text_label, text in zip(self.labels, texts, strict=True):
            text_label.setText(text)
        self.provider.setPlaceholderText(self.tr("Who gave the training"))
        self.hours.setSpecialValueText(self.tr("not known"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _check(self) -> None:
        training = TrainingInput(
            title=self.title_edit.text(),
            provider=self.provider.text() or None,
            completed_on=from_qdate(self.completed_on.date()),
            hours=self.hours.value() or None,
        )
        try:
            mediator_registry.check_training(training)
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
            self.title_edit.setFocus()
            return
        self.training = TrainingInput(
            training.title.strip(),
            (training.provider or "").strip() or None,
            training.completed_on,
            training.hours,
        )
        self.accept()


class MediatorDialog(QDialog):
    """New mediator (``mediator_id`` None) or an existing one; ``saved_id`` is set when saved."""

    def __init__(
        self, ctx: UiContext, mediator_id: uuid.UUID | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MediatorDialog")
        self.ctx = ctx
        self.mediator_id = mediator_id
        self.saved_id: uuid.UUID | None = None
        self.version: int | None = None
        self.existing: tuple[TrainingRow, ...] = ()
        self.pending: list[TrainingInput] = []
        self.full_name = ""
        with ctx.database.session() as s:
            self.units: list[UnitOption] = mediator_registry.unit_options(
                s, ctx.user.unit_ids or [ctx.user.unit_id], ctx.languages.current
            )
            found = mediator_registry.detail(s, mediator_id) if mediator_id is not None else None
        self._build()
        if found is not None:
            self.version = found.mediator.version
            self.existing = found.trainings
            self.full_name = found.mediator.full_name
            self._fill(mediator_registry.input_of(found.mediator))
        else:
            self._select_unit(ctx.user.unit_code)
        self._show_trainings()
        self._kind_changed()
        self.retranslate()
        self._initial = self._snapshot()
        self.last_name.setFocus()
        self.resize(max(940, self.sizeHint().width()), self.sizeHint().height())

    # -- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.unit = QComboBox(self)
        self.unit.setObjectName("unit")
        for option in self.units:
            self.unit.addItem(f"{option.code} — {option.name}", option.code)
        self.last_name = QLineEdit(self)
        self.last_name.setObjectName("last_name")
        self.first_name = QLineEdit(self)
        self.first_name.setObjectName("first_name")
        self.middle_name = QLineEdit(self)
        self.middle_name.setObjectName("middle_name")
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in MediatorKind:
            self.kind.addItem("", kind.value)
        self.kind.setCurrentIndex(list(MediatorKind).index(MediatorKind.PUBLIC))  # most Assembly mediators
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.register_number = QLineEdit(self)
        self.register_number.setObjectName("register_number")
        self.date_known = QCheckBox(self)
        self.date_known.setObjectName("registered_known")
        self.registered_on = date_edit(self, "registered_on")
        self.registered_on.setEnabled(False)
        self.date_known.toggled.connect(self.registered_on.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_known)
        date_row.addWidget(self.registered_on)
        date_row.addStretch(1)
        self.phone = QLineEdit(self)
        self.phone.setObjectName("phone")
        self.email = QLineEdit(self)
        self.email.setObjectName("email")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)  # Tab leaves the notes, as in every other field
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.unit_label = QLabel(self)
        self.last_name_label = QLabel(self)
        self.first_name_label = QLabel(self)
        self.middle_name_label = QLabel(self)
        self.kind_label = QLabel(self)
        self.register_label = QLabel(self)
        self.date_label = QLabel(self)
        self.phone_label = QLabel(self)
        self.email_label = QLabel(self)
        self.notes_label = QLabel(self)
        rows: list[tuple[QLabel, QWidget | QHBoxLayout]] = [
            (self.unit_label, self.unit),
            (self.last_name_label, self.last_name),
            (self.first_name_label, self.first_name),
            (self.middle_name_label, self.middle_name),
            (self.kind_label, self.kind),
            (self.register_label, self.register_number),
            (self.date_label, date_row),
            (self.phone_label, self.phone),
            (self.email_label, self.email),
            (self.notes_label, self.notes),
        ]
        for text_label, field in rows:
            self.form.addRow(text_label, field)
            text_label.setBuddy(self.date_known if field is date_row else field)  # type: ignore[arg-type]
        # One unit: nothing to choose, so the row would only be noise.
        self.form.setRowVisible(0, len(self.units) > 1)

        self.languages_label = QLabel(self)
        self.languages = check_list(self, "languages", list(Language))
        self.languages_label.setBuddy(self.languages)
        self.specialisations_label = QLabel(self)
        self.specialisations = check_list(self, "specialisations", list(Category))
        self.specialisations_label.setBuddy(self.specialisations)
        lists = QVBoxLayout()
        lists.addWidget(self.languages_label)
        lists.addWidget(self.languages)
        lists.addWidget(self.specialisations_label)
        lists.addWidget(self.specialisations)
        lists.addStretch(1)

        self.trainings_label = QLabel(self)
        self.trainings = QTableWidget(0, 4, self)
        self.trainings.setObjectName("trainings")
        self.trainings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trainings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trainings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.trainings.verticalHeader().hide()
        header = self.trainings.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.trainings.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.trainings_label.setBuddy(self.trainings)
        self.trainings_empty = QLabel(self)
        self.trainings_empty.setObjectName("trainings_empty")
        self.trainings_empty.setWordWrap(True)
        self.add_training = QPushButton(self)
        self.add_training.setObjectName("add_training")
        self.add_training.setAutoDefault(False)  # Enter in the form saves; it never opens this
        self.add_training.clicked.connect(self._add_training)
        self.remove_training = QPushButton(self)
        self.remove_training.setObjectName("remove_training")
        self.remove_training.setAutoDefault(False)
        self.remove_training.clicked.connect(self._remove_training)
        self.trainings.itemSelectionChanged.connect(self._training_selected)
        training_buttons = QVBoxLayout()
        training_buttons.addWidget(self.add_training)
        training_buttons.addWidget(self.remove_training)
        training_buttons.addStretch(1)
        training_row = QHBoxLayout()
        training_row.addWidget(self.trainings, 1)
        training_row.addWidget(self.trainings_empty, 1, Qt.AlignmentFlag.AlignTop)
        training_row.addLayout(training_buttons)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("buttons")
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addLayout(self.form, 3)
        top.addSpacing(12)
        top.addLayout(lists, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.trainings_label)
        layout.addLayout(training_row, 1)
        layout.addWidget(self.buttons)

        order: list[QWidget] = [
            self.unit,
            self.last_name,
            self.first_name,
            self.middle_name,
            self.kind,
            self.register_number,
            self.date_known,
            self.registered_on,
            self.phone,
            self.email,
            self.notes,
            self.languages,
            self.specialisations,
            self.trainings,
            self.add_training,
            self.remove_training,
            self.buttons,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- texts ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.mediator_id is None:
            self.setWindowTitle(self.tr("New mediator"))
        else:
            self.setWindowTitle(self.tr("Mediator: {name}").format(name=self.full_name))
        self.unit_label.setText(self.tr("&Unit"))
        self.last_name_label.setText(self.tr("&Last name"))
        self.first_name_label.setText(self.tr("&First name"))
        self.middle_name_label.setText(self.tr("&Patronymic"))
        self.kind_label.setText(self.tr("T&ype"))
        self.register_label.setText(self.tr("&Register number"))
        self.date_label.setText(self.tr("Elected or &certified on"))
        self.date_known.setText(self.tr("known"))
        self.date_known.setToolTip(self.tr("Tick when the date of election or of the certificate is known"))
        self.phone_label.setText(self.tr("P&hone"))
        self.phone.setPlaceholderText(self.tr("+7 7xx xxx xx xx"))
        self.email_label.setText(self.tr("&E-mail"))
        self.notes_label.setText(self.tr("N&otes"))
        self.languages_label.setText(self.tr("Lan&guages of mediation"))
        self.specialisations_label.setText(self.tr("&Specialisations (dispute categories)"))
        for widget in (self.languages, self.specialisations):
            widget.setToolTip(self.tr("Space ticks or clears the chosen line"))
        for row, language in enumerate(Language):
            self.languages.item(row).setText(label(language))
        for row, category in enumerate(Category):
            self.specialisations.item(row).setText(label(category))
        for row, kind in enumerate(MediatorKind):
            self.kind.setItemText(row, label(kind))
        self._fit_lists()
        self.trainings_label.setText(self.tr("&Trainings completed"))
        self.trainings_empty.setText(
            self.tr("None recorded yet. Press “Add training…” to record a completed course.")
        )
        for required in (self.last_name, self.first_name):
            required.setPlaceholderText(self.tr("Required"))
        self.trainings.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("Provider"), self.tr("Completed on"), self.tr("Hours")]
        )
        self.add_training.setText(self.tr("&Add training…"))
        self.remove_training.setText(self.tr("Re&move"))
        self.remove_training.setToolTip(
            self.tr("Removes a training added in this window, before it is saved")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Save the mediator (Enter)")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Close without saving (Esc)")
        )
        self._kind_changed()
        self._show_trainings()

    def _fit_lists(self) -> None:
        fit_height(self.languages)
        fit_height(self.specialisations)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:  # the text-size setting changed
            self._fit_lists()
        super().changeEvent(event)

    def _kind_changed(self) -> None:
        if self._kind() is MediatorKind.PROFESSIONAL:
            self.register_number.setPlaceholderText(self.tr("Required for a professional mediator"))
        else:
            self.register_number.setPlaceholderText(self.tr("Number on the akimat's register, if any"))

    # -- values -----------------------------------------------------------------------------------

    def _kind(self) -> MediatorKind:
        return MediatorKind(str(self.kind.currentData()))

    def _select_unit(self, code: str) -> None:
        index = self.unit.findData(code)
        if index < 0:  # a mediator of a unit that has since closed: keep it rather than move them
            self.unit.addItem(code, code)
            index = self.unit.count() - 1
        self.unit.setCurrentIndex(index)

    def _fill(self, data: MediatorInput) -> None:
        self._select_unit(data.unit_code)
        self.last_name.setText(data.last_name)
        self.first_name.setText(data.first_name)
        self.middle_name.setText(data.middle_name or "")
        self.kind.setCurrentIndex(list(MediatorKind).index(data.kind))
        self.register_number.setText(data.register_number or "")
        self.date_known.setChecked(data.registered_on is not None)
        if data.registered_on is not None:
            self.registered_on.setDate(to_qdate(data.registered_on))
        set_checked(self.languages, list(data.languages))
        set_checked(self.specialisations, list(data.specialisations))
        self.phone.setText(data.phone or "")
        self.email.setText(data.email or "")
        self.notes.setPlainText(data.notes or "")

    def current_input(self) -> MediatorInput:
        return MediatorInput(
            unit_code=str(self.unit.currentData() or self.ctx.user.unit_code),
            last_name=self.last_name.text(),
            first_name=self.first_name.text(),
            kind=self._kind(),
            middle_name=self.middle_name.text() or None,
            register_number=self.register_number.text() or None,
            registered_on=from_qdate(self.registered_on.date()) if self.date_known.isChecked() else None,
            languages=checked_values(self.languages),
            specialisations=checked_values(self.specialisations),
            phone=self.phone.text() or None,
            email=self.email.text() or None,
            notes=self.notes.toPlainText() or None,
        )

    def _snapshot(self) -> tuple[object, ...]:
        data = self.current_input()
        return (
            data.unit_code,
            data.last_name,
            data.first_name,
            data.middle_name,
            data.kind,
            data.register_number,
            data.registered_on,
            tuple(data.languages),
            tuple(data.specialisations),
            data.phone,
            data.email,
            data.notes,
            len(self.pending),
        )

    def has_changes(self) -> bool:
        return self._snapshot() != self._initial

    # -- trainings --------------------------------------------------------------------------------

    def _show_trainings(self) -> None:
        rows: list[tuple[str, str, str, str, bool]] = [
            (t.title, t.provider or "", shown_date(t.completed_on), str(t.hours or ""), False)
            for t in self.existing
        ]
        rows += [
            (t.title, t.provider or "", shown_date(t.completed_on), str(t.hours or ""), True)
            for t in self.pending
        ]
        self.trainings.setRowCount(len(rows))
        italic = QFont()
        italic.setItalic(True)  # only the style is set, so the item still follows the text size
        for row, (*values, new) in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if new:
                    item.setFont(italic)
                    item.setToolTip(self.tr("New: saved together with the mediator"))
                self.trainings.setItem(row, column, item)
        self.trainings.setVisible(bool(rows))
        self.trainings_empty.setVisible(not rows)
        self._training_selected()

    def _pending_index(self) -> int | None:
        row = self.trainings.currentRow()
        if not self.trainings.selectedItems() or row < len(self.existing):
            return None
        return row - len(self.existing)

    def _training_selected(self) -> None:
        self.remove_training.setEnabled(self._pending_index() is not None)

    def _add_training(self) -> None:
        dialog = TrainingDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.training is not None:
            self.pending.append(dialog.training)
            self._show_trainings()

    def add_pending_training(self, training: TrainingInput) -> None:
        """What the Add training dialog does once accepted (tests and scripted input use it too)."""
        self.pending.append(training)
        self._show_trainings()

    def _remove_training(self) -> None:
        index = self._pending_index()
        if index is not None:
            del self.pending[index]
            self._show_trainings()

    # -- saving -----------------------------------------------------------------------------------

    def _focus_for(self, key: str) -> QWidget | None:
        fields: dict[str, QWidget] = {
            "mediator.last_name": self.last_name,
            "mediator.first_name": self.first_name,
            "mediator.register_number": self.register_number,
            "mediator.registered_on": self.registered_on,
            "mediator.phone_format": self.phone,
            "mediator.email_format": self.email,
            "training": self.trainings,
            "unit": self.unit,
        }
        for prefix, widget in fields.items():
            if key.startswith(prefix):
                return widget
        return None

    def _save(self) -> None:
        data = self.current_input()
        user = self.ctx.user
        try:
            with self.ctx.database.session(write=True, actor=Actor(user.display_name, user.user_id)) as s:
                saved = mediator_registry.save_mediator(
                    s,
                    data,
                    mediator_id=self.mediator_id,
                    expected_version=self.version,
                    new_trainings=list(self.pending),
                )
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
            widget = self._focus_for(error.key)
            if widget is not None:
                widget.setFocus()
            return
        self.saved_id = saved
        self.full_name = " ".join(p for p in (data.last_name, data.first_name, data.middle_name) if p).strip()
        self.accept()

    def reject(self) -> None:
        # Esc on a long form must not throw away what was typed without asking.
        if self.has_changes() and self.ctx.errors.dialogs:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved mediator"),
                self.tr("Close without saving what you entered?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
