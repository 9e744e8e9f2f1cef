"""Small pieces every part of the case editor uses: dates, enum combos, a form dialog, a notice bar."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import clock
from app.ui.context import UiContext
from app.ui.labels import label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.models import Case

E = TypeVar("E", bound=Enum)

# A change to one case, run by the editor inside one unit of work: (session, case) -> anything.
CaseAction = Callable[["Session", "Case"], object]

RED = "#b3261e"
GREEN = "#1e6b2e"


class CaseHost(Protocol):
    """What a tab needs from the editor that holds it."""

    ctx: UiContext

    def run_case_action(self, action: CaseAction, parent: QWidget) -> bool: ...

    def open_dialog(self, dialog: FormDialog) -> None: ...


translate = QCoreApplication.translate  # the name lupdate looks for


def fmt_date(day: date | None) -> str:
    return "" if day is None else day.strftime("%d.%m.%Y")


def fmt_moment(moment: datetime) -> str:
    """A stored UTC moment as the clock on the wall in Kazakhstan showed it."""
    return moment.astimezone(clock.KZ_TZ).strftime("%d.%m.%Y %H:%M")


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(
    parent: QWidget, name: str, *, latest_today: bool = True, value: date | None = None
) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    today = clock.today()
    edit.setMaximumWidth(170)  # a date is short; a field across the whole dialog reads as a text box
    if latest_today:
        edit.setMaximumDate(to_qdate(today))
    edit.setDate(to_qdate(value or today))
    return edit


def fill_enum_combo(combo: QComboBox, members: Iterable[Enum], *, blank: bool = False) -> None:
    """Items carry the plain value as data; the text is the label in the current language."""
    combo.clear()
    if blank:
        combo.addItem("—", None)
    for member in members:
        combo.addItem(label(member), member.value)


def enum_combo(parent: QWidget, name: str, members: Iterable[Enum], *, blank: bool = False) -> QComboBox:
    """A combo named ``name`` (for tests and screenshots) filled with the labels of ``members``."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    fill_enum_combo(combo, members, blank=blank)
    return combo


def relabel_enum_combo(combo: QComboBox, enum_cls: type[Enum] | None, blank_text: str = "—") -> None:
    """Re-label the items after a language change; the chosen item stays chosen."""
    for index in range(combo.count()):
        value = combo.itemData(index)
        if value is None:
            combo.setItemText(index, blank_text)
        elif enum_cls is not None:
            combo.setItemText(index, label(enum_cls(value)))


def combo_enum(combo: QComboBox, enum_cls: type[E]) -> E | None:
    value = combo.currentData()
    return None if value is None else enum_cls(value)


def set_combo_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def combo_texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def confirm(ctx: UiContext, parent: QWidget, text: str) -> bool:
    """Ask before an undoable step; with dialogs off (tests, smoke runs) the answer is yes."""
    if not ctx.errors.dialogs:
        return True
    answer = QMessageBox.question(
        parent,
        translate("CaseEditor", "Tatulyq"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class Form:
    """A QFormLayout whose labels are kept so retranslate() can set their text (with mnemonics)."""

    def __init__(self, parent: QWidget) -> None:
        self.layout = QFormLayout()
        self.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._parent = parent
        self.labels: dict[str, QLabel] = {}

    def row(self, key: str, field: QWidget | QLayout, *, wrap_width: int = 0) -> QLabel:
        caption = QLabel(self._parent)
        caption.setObjectName(f"label_{key}")
        buddy = field if isinstance(field, QWidget) else _first_widget(field)
        if buddy is not None:
            caption.setBuddy(buddy)  # Alt+letter of the caption goes to the field
        if wrap_width:
            caption.setWordWrap(True)
            caption.setMaximumWidth(wrap_width)
        self.labels[key] = caption
        self.layout.addRow(caption, field)
        return caption

    def set(self, key: str, text: str) -> None:
        self.labels[key].setText(text)

    def show_row(self, key: str, visible: bool) -> None:
        self.layout.setRowVisible(self.labels[key], visible)


def _first_widget(layout: QLayout) -> QWidget | None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is not None and item.widget() is not None:
            return item.widget()
    return None


class NoticeBar(QFrame):
    """A calm strip at the top of a window: a sentence and a few buttons, never modal."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"QFrame#{name} {{ background: #fff4ce; border: 1px solid #e0c060; }}")
        self.text = QLabel(self)
        self.text.setObjectName(f"{name}_text")
        self.text.setWordWrap(True)
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.text, 1)
        self.buttons: dict[str, QPushButton] = {}
        self.hide()

    def add_button(self, key: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(f"{self.objectName()}_{key}")
        button.clicked.connect(lambda: slot())
        self.buttons[key] = button
        self.row.addWidget(button)
        return button

    def tell(self, text: str) -> None:
        self.text.setText(text)
        self.show()


class FormDialog(QDialog):
    """A small form opened over the editor (window-modal, not blocking) that saves through a service.

    ``on_submit`` runs the change; True means saved and closes the dialog, False keeps it open with
    everything typed (the error has been told). Dialogs with much typing name a ``draft_kind`` so the
    editor's draft keeps their fields too.
    """

    draft_kind = ""

    def __init__(self, ctx: UiContext, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(name)
        self.on_submit: Callable[[], bool] = lambda: True
        self.draft_context: dict[str, Any] = {}
        self.body = QVBoxLayout(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName(f"{name}_buttons")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def finish_layout(self) -> None:
        self.body.addStretch(1)  # a taller dialog keeps its form together at the top
        self.body.addWidget(self.buttons)
        self.ok_button.setDefault(True)
        self.ok_button.setToolTip(self.tr("Save (Enter)"))
        self.retranslate()

    def submit(self) -> None:
        if self.on_submit():
            self.accept()

    def retranslate(self) -> None:
        """Set every text; subclasses extend it."""

    def draft_values(self) -> dict[str, Any]:
        return {}

    def restore_values(self, values: dict[str, Any]) -> None:
        """Fill the fields from a draft."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def hint_label(parent: QWidget, name: str) -> QLabel:
    hint = QLabel(parent)
    hint.setObjectName(name)
    hint.setWordWrap(True)
    hint.setStyleSheet("color: #555;")
    return hint


def coloured(widget: QLabel, colour: str | None) -> None:
    widget.setStyleSheet("" if colour is None else f"color: {colour};")


def set_enabled(widgets: Sequence[QWidget], enabled: bool) -> None:
    for widget in widgets:
        widget.setEnabled(enabled)


def align_top(widget: QLabel) -> None:
    widget.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
