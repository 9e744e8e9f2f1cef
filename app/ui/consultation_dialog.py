"""The consultation quick log: one small form, typed top to bottom, Enter saves, Esc closes.

About 70% of appeals end at the consultation stage, so a mediator with a queue of visitors logs them
in a row: after each save the dialog stays open, keeps what belongs to the sitting (date, unit,
mediator, language) and clears what belongs to the visitor (topic, result, flags, note).
"""

from __future__ import annotations

import uuid
from datetime import date
from enum import Enum
from itertools import pairwise
from typing import TypeVar

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import TatulyqError
from app.models.enums import AgeGroup, Category, ConsultationResult, Language, Sex
from app.services import clock, consultation_log
from app.services.consultations import ConsultationInput, log_consultation
from app.services.context import Actor
from app.ui.context import UiContext
from app.ui.labels import label

E = TypeVar("E", bound=Enum)

NOTE_MAX_LENGTH = 300  # one line: what was asked, never who asked
_UI_LANGUAGE = {"kk": Language.KAZAKH, "ru": Language.RUSSIAN}
_OK_STYLE = "color: #1b5e20;"
_WARN_STYLE = "color: #b00020;"


class EnumCombo(QComboBox):
    """A closed list of an enum's labels; typing the first letters of one jumps to it (Qt's keyboard search).

    Items carry the plain values: Qt would turn a StrEnum member into a bare string anyway.
    A required list starts with nothing chosen, so a wrong default is never saved unnoticed.
    """

    def __init__(self, name: str, enum_cls: type[Enum], *, optional: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.enum_cls = enum_cls
        self.optional = optional
        if optional:
            self.addItem("", None)  # "not recorded": the reports count a blank apart
        for member in enum_cls:
            self.addItem("", member.value)
        self.clear_choice()

    def clear_choice(self) -> None:
        self.setCurrentIndex(0 if self.optional else -1)
        # Letters typed for the last visitor would otherwise prefix the next visitor's search for
        # Qt's keyboard interval; an empty search starts afresh.
        self.view().keyboardSearch("")

    def member(self, enum_cls: type[E]) -> E | None:
        value = self.currentData()
        return enum_cls(value) if isinstance(value, str) else None

    def set_member(self, member: Enum | None) -> None:
        index = self.findData(member.value) if member is not None else -1
        if index < 0:
            self.clear_choice()
        else:
            self.setCurrentIndex(index)

    def relabel(self) -> None:
        for index in range(self.count()):
            value = self.itemData(index)
            if isinstance(value, str):
                self.setItemText(index, label(self.enum_cls(value)))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ConsultationDialog(QDialog):
    """Logs consultations one after another; ``logged`` carries each new consultation's id."""

    logged = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConsultationDialog")
        self.ctx = ctx
        self.logged_ids: list[uuid.UUID] = []
        self._close_asked = False  # Esc once with unsaved input warns; Esc again closes
        today = clock.today()
        with ctx.database.session() as s:
            self._units = consultation_log.unit_choices(s, ctx.user.unit_ids, ctx.user.unit_id, today)
            self._user_mediator = consultation_log.user_mediator_id(s, ctx.user.user_id)

        self.intro = QLabel(self)
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.held_on = QDateEdit(_qdate(today), self)
        self.held_on.setObjectName("held_on")
        self.held_on.setDisplayFormat("dd.MM.yyyy")
        self.held_on.setCalendarPopup(True)
        self.unit = QComboBox(self)
        self.unit.setObjectName("unit")
        for choice in self._units:
            self.unit.addItem("", choice.unit_id)
        self.unit_name = QLabel(self)  # shown instead of the combo when there is one unit to choose
        self.unit_name.setObjectName("unit_name")
        self.mediator = QComboBox(self)
        self.mediator.setObjectName("mediator")
        self.topic = EnumCombo("topic", Category, optional=False, parent=self)
        self.language = EnumCombo("language", Language, optional=True, parent=self)
        self.result_field = EnumCombo("result", ConsultationResult, optional=False, parent=self)
        self.inter_ethnic = QCheckBox(self)
        self.inter_ethnic.setObjectName("inter_ethnic")
        self.sex = EnumCombo("sex", Sex, optional=True, parent=self)
        self.age_group = EnumCombo("age_group", AgeGroup, optional=True, parent=self)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setMaxLength(NOTE_MAX_LENGTH)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: dict[QWidget, QLabel] = {}
        self._add_row(self.held_on)
        several_units = len(self._units) > 1
        self._add_row(self.unit if several_units else self.unit_name)
        (self.unit_name if several_units else self.unit).hide()
        for combo in (self.mediator, self.topic, self.language, self.result_field):
            self._add_row(combo)
        self.form.addRow("", self.inter_ethnic)
        for field in (self.sex, self.age_group, self.note):
            self._add_row(field)

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.logged_count = QLabel(self)
        self.logged_count.setObjectName("logged_count")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)  # Enter from any field saves
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close")
        self.close_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.logged_count, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)

        order: list[QWidget] = [self.held_on]
        if several_units:
            order.append(self.unit)
        order += [
            self.mediator,
            self.topic,
            self.language,
            self.result_field,
            self.inter_ethnic,
            self.sex,
            self.age_group,
            self.note,
            self.save_button,
            self.close_button,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        self.unit.currentIndexChanged.connect(self._unit_changed)
        for combo in (self.mediator, self.topic, self.language, self.result_field, self.sex, self.age_group):
            combo.currentIndexChanged.connect(self._edited)
        self.inter_ethnic.toggled.connect(self._edited)
        self.note.textEdited.connect(self._edited)
        self.held_on.dateChanged.connect(self._edited)

        self.language.set_member(_UI_LANGUAGE.get(ctx.languages.current))
        self._load_mediators()
        self.retranslate()
        self.setMinimumWidth(480)
        # The date is usually today: start where the visitor's answers begin.
        self.topic.setFocus()

    # --- building ---------------------------------------------------------------------------------

    def _add_row(self, field: QWidget) -> None:
        caption = QLabel(self)
        caption.setBuddy(field)  # Alt+the underlined letter jumps to the field
        self._labels[field] = caption
        self.form.addRow(caption, field)

    def _unit_id(self) -> uuid.UUID:
        data = self.unit.currentData()
        return data if isinstance(data, uuid.UUID) else self.ctx.user.unit_id

    def _unit_code(self) -> str:
        unit_id = self._unit_id()
        return next((u.code for u in self._units if u.unit_id == unit_id), self.ctx.user.unit_code)

    def _load_mediators(self) -> None:
        """Mediators of the chosen unit; preselect the user's own, else the last named, else the only one."""
        unit_id = self._unit_id()
        with self.ctx.database.session() as s:
            choices = consultation_log.mediator_choices(s, unit_id)
            last = consultation_log.last_mediator_id(s, unit_id)
        self.mediator.blockSignals(True)
        self.mediator.clear()
        self.mediator.addItem("", None)
        for choice in choices:
            self.mediator.addItem(choice.name, choice.mediator_id)
        ids = [c.mediator_id for c in choices]
        preferred = next((m for m in (self._user_mediator, last) if m is not None and m in ids), None)
        if preferred is None and len(ids) == 1:
            preferred = ids[0]
        # By position, not findData: Qt compares wrapped Python objects by identity, not by value.
        self.mediator.setCurrentIndex(ids.index(preferred) + 1 if preferred is not None else 0)
        self.mediator.blockSignals(False)
        self._relabel_blank_items()

    # --- texts ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log a consultation"))
        self.intro.setText(
            self.tr(
                "An appeal answered at the consultation stage. Type the first letters to choose in a list, "
                "Tab to move on, Enter to save. Esc closes."
            )
        )
        captions = {
            self.held_on: self.tr("&Date"),
            self.unit: self.tr("&Unit"),
            self.unit_name: self.tr("Unit"),
            self.mediator: self.tr("&Mediator"),
            self.topic: self.tr("&Topic"),
            self.language: self.tr("&Language"),
            self.result_field: self.tr("&Result"),
            self.sex: self.tr("&Sex"),
            self.age_group: self.tr("&Age group"),
            self.note: self.tr("&Note"),
        }
        for field, caption in self._labels.items():
            caption.setText(captions[field])
        self.inter_ethnic.setText(self.tr("&Inter-ethnic dimension"))
        lang = self.ctx.languages.current
        for index, choice in enumerate(self._units):
            self.unit.setItemText(
                index, self.tr("{name} ({code})").format(name=choice.name(lang), code=choice.code)
            )
        own = next((u for u in self._units if u.unit_id == self.ctx.user.unit_id), None)
        self.unit_name.setText(
            self.tr("{name} ({code})").format(name=own.name(lang), code=own.code)
            if own is not None
            else self.ctx.user.unit_code
        )
        for combo in (self.topic, self.language, self.result_field, self.sex, self.age_group):
            combo.relabel()
        self.topic.setPlaceholderText(self.tr("Choose: type the first letters"))
        self.result_field.setPlaceholderText(self.tr("Choose: type the first letters"))
        self._relabel_blank_items()
        self.note.setPlaceholderText(self.tr("One line about the question; no names or phone numbers"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save this consultation and clear the form for the next (Enter)"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close this window (Esc)"))
        self._show_count()

    def _relabel_blank_items(self) -> None:
        self.mediator.setItemText(0, self.tr("(not named)"))
        for combo in (self.language, self.sex, self.age_group):
            combo.setItemText(0, self.tr("(not recorded)"))

    def _show_count(self) -> None:
        count = len(self.logged_ids)
        self.logged_count.setText(
            self.tr("Logged in this window: {count}").format(count=count) if count else ""
        )

    def _say(self, text: str, style: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- behaviour --------------------------------------------------------------------------------

    def _unit_changed(self) -> None:
        self._load_mediators()
        self._edited()

    def _edited(self) -> None:
        if self._close_asked:
            self._close_asked = False
            self._say("", _OK_STYLE)

    def has_unsaved_input(self) -> bool:
        """Whether anything about a visitor was chosen or typed since the last save."""
        return (
            self.topic.currentIndex() >= 0
            or self.result_field.currentIndex() >= 0
            or self.inter_ethnic.isChecked()
            or self.sex.currentIndex() > 0
            or self.age_group.currentIndex() > 0
            or bool(self.note.text().strip())
        )

    def _missing_choice(self) -> QComboBox | None:
        for combo in (self.topic, self.result_field):
            if combo.currentIndex() < 0:
                return combo
        return None

    def save(self) -> None:
        self._close_asked = False
        missing = self._missing_choice()
        if missing is not None:
            text = (
                self.tr("Choose the topic: type its first letters, or press Alt+Down to see the list.")
                if missing is self.topic
                else self.tr("Choose the result: type its first letters, or press Alt+Down to see the list.")
            )
            self._say(text, _WARN_STYLE)
            missing.setFocus()
            return
        topic = self.topic.member(Category)
        result = self.result_field.member(ConsultationResult)
        assert topic is not None and result is not None  # _missing_choice() said both are chosen
        data = ConsultationInput(
            unit_code=self._unit_code(),
            held_on=_pydate(self.held_on.date()),
            topic=topic,
            result=result,
            mediator_id=self.mediator.currentData(),
            language=self.language.member(Language),
            inter_ethnic=self.inter_ethnic.isChecked(),
            sex=self.sex.member(Sex),
            age_group=self.age_group.member(AgeGroup),
            note=self.note.text(),
        )
        actor = Actor(self.ctx.user.display_name, self.ctx.user.user_id)
        try:
            with self.ctx.database.session(write=True, actor=actor) as s:
                new_id = log_consultation(s, data).id
        except TatulyqError as error:
            # Refused: everything typed stays; the date is what is most often wrong.
            self._say("", _OK_STYLE)
            self.ctx.errors.known(self, error)
            if error.key.startswith(("consultation.held_on", "unit.closed")):
                self.held_on.setFocus()
                self.held_on.setSelectedSection(QDateTimeEdit.Section.DaySection)  # retype from the day
            return
        except Exception as error:
            self.ctx.errors.report(self, error)
            return
        self.logged_ids.append(new_id)
        self._say(
            self.tr("Saved: {topic}, {result}, {date}. Log the next one, or press Esc to close.").format(
                topic=label(topic), result=label(result), date=data.held_on.strftime("%d.%m.%Y")
            ),
            _OK_STYLE,
        )
        self._clear_visitor()
        self._show_count()
        self.logged.emit(new_id)

    def _clear_visitor(self) -> None:
        """Clear what belongs to the visitor; keep date, unit, mediator and language for the next one."""
        for combo in (self.topic, self.result_field, self.sex, self.age_group):
            combo.clear_choice()
        self.inter_ethnic.setChecked(False)
        self.note.clear()
        self._close_asked = False
        self.topic.setFocus()

    def reject(self) -> None:
        """Esc, Close or the window's X: with unsaved input, warn once instead of losing it."""
        if self.has_unsaved_input() and not self._close_asked:
            self._close_asked = True
            self._say(
                self.tr(
                    "This consultation is not saved. Press Enter to save it, or Esc again to close without it."
                ),
                _WARN_STYLE,
            )
            return
        super().reject()


def open_consultation_dialog(ctx: UiContext, parent: QWidget | None = None) -> list[uuid.UUID]:
    """Open the quick log (the F3 shortcut); the ids of the consultations logged before it closed.

    The Consultations page of the parent's window, if any, is refreshed after each save, so the list
    behind the dialog is never stale.
    """
    from app.ui.pages.consultations import ConsultationsPage  # the page imports this module too

    dialog = ConsultationDialog(ctx, parent)
    window = parent.window() if parent is not None else None
    if window is not None:
        for page in window.findChildren(ConsultationsPage):
            dialog.logged.connect(page.refresh)
    try:
        dialog.exec()
        return list(dialog.logged_ids)
    finally:
        dialog.deleteLater()
