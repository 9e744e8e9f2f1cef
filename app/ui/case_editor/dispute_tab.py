"""The dispute: how and when it came, what it is about, its flags and risk. Saved with an explicit Save."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.models.enums import Category, Channel, Language, LegalArea, RiskLevel
from app.services import clock
from app.services.cases import CaseDetails, CaseIntake
from app.ui.case_editor.common import (
    Form,
    combo_enum,
    date_edit,
    enum_combo,
    hint_label,
    relabel_enum_combo,
    set_combo_data,
    to_date,
    to_qdate,
)

FLAGS = ("inter_ethnic", "group_dispute", "minors_involved", "recurrence")


class DisputeTab(QWidget):
    """The dispute's fields; ``changed`` fires on every edit (the editor tracks unsaved work and drafts)."""

    changed = Signal()

    def __init__(self, unit_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dispute_tab")
        self._new = True
        self._read_only = False
        self.unit = QLabel(unit_text, self)
        self.unit.setObjectName("dispute_unit")
        self.intake_date = date_edit(self, "intake_date")
        self.channel = enum_combo(self, "channel", Channel, blank=True)
        self.category = enum_combo(self, "category", Category, blank=True)
        self.legal_area = enum_combo(self, "legal_area", LegalArea, blank=True)
        self.language = enum_combo(self, "case_language", Language, blank=True)
        self.risk = enum_combo(self, "risk_level", RiskLevel)
        self.flags: dict[str, QCheckBox] = {}
        flag_grid = QGridLayout()
        for index, name in enumerate(FLAGS):
            box = QCheckBox(self)
            box.setObjectName(f"flag_{name}")
            self.flags[name] = box
            flag_grid.addWidget(box, index // 2, index % 2)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.description.setMinimumHeight(120)
        self.hint = hint_label(self, "dispute_hint")

        self.form = Form(self)
        self.form.row("unit", self.unit)
        self.form.row("intake_date", self.intake_date)
        self.form.row("channel", self.channel)
        self.form.row("category", self.category)
        self.form.row("legal_area", self.legal_area)
        self.form.row("language", self.language)
        self.form.row("flags", flag_grid)
        self.form.row("risk", self.risk)
        self.form.row("description", self.description)
        # A form stretched over a wide window is hard to follow: keep it to a readable width.
        form_box = QWidget(self)
        form_box.setLayout(self.form.layout)
        form_box.setMaximumWidth(820)
        self.intake_date.setMaximumWidth(160)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(form_box)
        layout.addStretch(1)

        for combo in (self.channel, self.category, self.legal_area, self.language, self.risk):
            combo.currentIndexChanged.connect(self.changed)
        for box in self.flags.values():
            box.toggled.connect(self.changed)
        self.intake_date.dateChanged.connect(self.changed)
        self.description.textChanged.connect(self.changed)
        self.setTabOrder(self.intake_date, self.channel)
        self.setTabOrder(self.channel, self.category)
        self.setTabOrder(self.category, self.legal_area)
        self.setTabOrder(self.legal_area, self.language)
        previous: QWidget = self.language
        for name in FLAGS:
            self.setTabOrder(previous, self.flags[name])
            previous = self.flags[name]
        self.setTabOrder(previous, self.risk)
        self.setTabOrder(self.risk, self.description)
        self.retranslate()

    def retranslate(self) -> None:
        self.form.set("unit", self.tr("Unit"))
        self.form.set("intake_date", self.tr("&Intake date"))
        self.form.set("channel", self.tr("&How it came"))
        self.form.set("category", self.tr("Ca&tegory"))
        self.form.set("legal_area", self.tr("&Legal area"))
        self.form.set("language", self.tr("Lan&guage of the mediation"))
        self.form.set("flags", self.tr("Flags"))
        self.form.set("risk", self.tr("&Risk of escalation"))
        self.form.set("description", self.tr("D&escription"))
        self.flags["inter_ethnic"].setText(self.tr("Inter-ethnic dimension"))
        self.flags["group_dispute"].setText(self.tr("Group dispute (many people)"))
        self.flags["minors_involved"].setText(self.tr("Minors involved"))
        self.flags["recurrence"].setText(self.tr("Recurrence of an earlier dispute"))
        self.description.setPlaceholderText(
            self.tr("What the dispute is about, in a few sentences. Nothing said in mediation goes here.")
        )
        self.intake_date.setToolTip(self.tr("The day the dispute came to the service; not later than today."))
        choose = self.tr("— choose —")
        relabel_enum_combo(self.channel, Channel, choose)
        relabel_enum_combo(self.category, Category, choose)
        relabel_enum_combo(self.legal_area, LegalArea)
        relabel_enum_combo(self.language, Language)
        relabel_enum_combo(self.risk, RiskLevel)
        self._set_hint()

    def _set_hint(self) -> None:
        # A new case is explained by the editor's header line; here only what differs later.
        if self._read_only:
            self.hint.setText(self.tr("The case is final; its dispute can no longer change."))
        else:
            self.hint.setText(self.tr("Corrections here are saved with Save (Ctrl+S)."))
        self.hint.setVisible(not self._new)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_new(self, new: bool) -> None:
        """A registered case keeps its intake date (it fixes the number's year and the reports)."""
        self._new = new
        self.intake_date.setEnabled(new)
        self._set_hint()

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.channel, self.category, self.legal_area, self.language, self.risk):
            widget.setEnabled(not read_only)
        for box in self.flags.values():
            box.setEnabled(not read_only)
        self.description.setReadOnly(read_only)
        self.intake_date.setEnabled(self._new and not read_only)
        self._read_only = read_only
        self._set_hint()

    # -- values ---------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Everything typed, as plain JSON data (the draft keeps exactly this)."""
        return {
            "intake_date": to_date(self.intake_date.date()).isoformat(),
            "channel": self.channel.currentData(),
            "category": self.category.currentData(),
            "legal_area": self.legal_area.currentData(),
            "language": self.language.currentData(),
            **{name: box.isChecked() for name, box in self.flags.items()},
            "risk_level": self.risk.currentData(),
            "description": self.description.toPlainText(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        # One "changed" at the end, not one per field: the editor compares the whole form anyway.
        widgets: list[QWidget] = [
            self.intake_date,
            self.channel,
            self.category,
            self.legal_area,
            self.language,
            self.risk,
            self.description,
            *self.flags.values(),
        ]
        blocked = [w.blockSignals(True) for w in widgets]
        try:
            if values.get("intake_date"):
                self.intake_date.setDate(to_qdate(date.fromisoformat(values["intake_date"])))
            for combo, key in (
                (self.channel, "channel"),
                (self.category, "category"),
                (self.legal_area, "legal_area"),
                (self.language, "language"),
                (self.risk, "risk_level"),
            ):
                set_combo_data(combo, values.get(key))
            for name, box in self.flags.items():
                box.setChecked(bool(values.get(name)))
            self.description.setPlainText(str(values.get("description") or ""))
        finally:
            for widget, was in zip(widgets, blocked, strict=True):
                widget.blockSignals(was)
        self.changed.emit()

    def _required(self) -> tuple[Channel, Category]:
        channel = combo_enum(self.channel, Channel)
        if channel is None:
            self.channel.setFocus()
            raise ValidationError("case.channel.required", "Choose how the dispute came to the service.")
        category = combo_enum(self.category, Category)
        if category is None:
            self.category.setFocus()
            raise ValidationError("case.category.required", "Choose the category of the dispute.")
        return channel, category

    def intake(self, unit_code: str) -> CaseIntake:
        channel, category = self._required()
        return CaseIntake(
            unit_code=unit_code,
            intake_date=to_date(self.intake_date.date()),
            channel=channel,
            category=category,
            description=self.description.toPlainText(),
            legal_area=combo_enum(self.legal_area, LegalArea),
            language=combo_enum(self.language, Language),
            risk_level=combo_enum(self.risk, RiskLevel) or RiskLevel.LOW,
            inter_ethnic=self.flags["inter_ethnic"].isChecked(),
            group_dispute=self.flags["group_dispute"].isChecked(),
            minors_involved=self.flags["minors_involved"].isChecked(),
            recurrence=self.flags["recurrence"].isChecked(),
        )

    def details(self) -> CaseDetails:
        channel, category = self._required()
        return CaseDetails(
            channel=channel,
            category=category,
            description=self.description.toPlainText(),
            legal_area=combo_enum(self.legal_area, LegalArea),
            language=combo_enum(self.language, Language),
            risk_level=combo_enum(self.risk, RiskLevel),
            inter_ethnic=self.flags["inter_ethnic"].isChecked(),
            group_dispute=self.flags["group_dispute"].isChecked(),
            minors_involved=self.flags["minors_involved"].isChecked(),
            recurrence=self.flags["recurrence"].isChecked(),
        )


def empty_values() -> dict[str, Any]:
    """A new case: today's intake, nothing chosen yet (a default category would skew the reports)."""
    return {
        "intake_date": clock.today().isoformat(),
        "channel": None,
        "category": None,
        "legal_area": None,
        "language": None,
        **dict.fromkeys(FLAGS, False),
        "risk_level": RiskLevel.LOW.value,
        "description": "",
    }
