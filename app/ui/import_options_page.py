"""Fourth page: the unit the cases belong to, the parties' consent, and what to do with rows with problems."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import TatulyqError
from app.services import units
from app.ui.context import UiContext
from app.ui.forms import label_rows
from app.ui.import_labels import ImportPage, note_label

if TYPE_CHECKING:
    from app.ui.import_state import ImportState


class OptionsPage(ImportPage):
    def __init__(self, ctx: UiContext, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.state = state
        self.unit = QComboBox(self)
        self.unit.setObjectName("import_unit")
        self.consent = QCheckBox(self)
        self.consent.setObjectName("import_consent")
        self.consent_note = note_label(self, "import_consent_note")
        self.all_or_nothing = QRadioButton(self)
        self.all_or_nothing.setObjectName("import_all_or_nothing")
        self.only_valid = QRadioButton(self)
        self.only_valid.setObjectName("import_only_valid")
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.all_or_nothing)
        self.modes.addButton(self.only_valid)
        self.all_or_nothing.setChecked(True)
        self.form = QFormLayout()
        self.form.addRow(QLabel(self), self.unit)
        self.mode_title = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addSpacing(8)
        layout.addWidget(self.consent)
        layout.addWidget(self.consent_note)
        layout.addSpacing(8)
        layout.addWidget(self.mode_title)
        layout.addWidget(self.all_or_nothing)
        layout.addWidget(self.only_valid)
        layout.addStretch(1)

        self._units: list[tuple[str, dict[str, str]]] = []
        self._load_units()
        self.unit.currentIndexChanged.connect(self._changed)
        self.consent.toggled.connect(self._changed)
        self.only_valid.toggled.connect(self._changed)
        self.retranslate()
        self._changed()

    def retranslate(self) -> None:
        self.setTitle(self.tr("How to import"))
        self.setSubTitle(
            self.tr("The unit the cases belong to, and what to do with rows that have problems.")
        )
        label_rows(self.form, [self.tr("&Unit:")])
        self.consent.setText(
            self.tr("The centre holds every person's written &consent to personal data processing")
        )
        self.consent_note.setText(
            self.tr(
                "The law allows a person's name and IIN to be kept only with their consent. Tick this only "
                "if the signed consents are on file; they are recorded as given on the intake date. Without "
                "it, rows that name a person are listed as problems."
            )
        )
        self.mode_title.setText(self.tr("Rows with problems:"))
        self.all_or_nothing.setText(self.tr("&Import nothing until every row is correct"))
        self.only_valid.setText(self.tr("Import the &good rows and leave out the rows with problems"))
        self._name_units()

    def _load_units(self) -> None:
        try:
            with self.ctx.database.session() as s:
                reachable = set(self.ctx.user.unit_ids or [self.ctx.user.unit_id])
                for unit in units.list_units(s):
                    if unit.id in reachable:
                        names = {lang: unit.name(lang) for lang in ("kk", "ru", "en")}
                        self._units.append((unit.code, names))
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
        for code, _names in self._units:
            self.unit.addItem(code, code)
        self.unit.setCurrentIndex(max(self.unit.findData(self.ctx.user.unit_code), 0))

    def _name_units(self) -> None:
        lang = self.ctx.languages.current
        for index, (code, names) in enumerate(self._units):
            self.unit.setItemText(index, f"{code} — {names.get(lang) or names.get('en', code)}")

    def _changed(self) -> None:
        self.state.unit_code = str(self.unit.currentData() or "")
        self.state.consent_on_file = self.consent.isChecked()
        self.state.only_valid = self.only_valid.isChecked()
        self.state.forget_check()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.state.unit_code)
