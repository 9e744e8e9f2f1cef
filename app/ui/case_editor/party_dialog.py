"""Adding or correcting a party: who they are, their consent, what the reports count, how to reach them.

A person's name, IIN, ethnicity and contacts are personal data: those fields stay locked until the
party's consent is ticked, and the dialog says why. Without consent a party is still recorded with
what the reports count (sex, age group, language).
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import AgeGroup, Language, ParticipantRole, PartyKind, Sex
from app.services import clock, parties
from app.services.parties import PartyInput
from app.ui.case_editor.common import (
    GREEN,
    RED,
    Form,
    FormDialog,
    coloured,
    combo_enum,
    date_edit,
    enum_combo,
    hint_label,
    relabel_enum_combo,
    set_combo_data,
    to_date,
    to_qdate,
)
from app.ui.case_editor.id_check import IdCheck, check_bin, check_iin
from app.ui.case_editor.snapshot import PartyRow
from app.ui.context import UiContext

_TEXT_FIELDS = (
    "last_name", "first_name", "middle_name", "org_name", "id_number", "ethnicity", "phone", "email",
)  # fmt: skip


class PartyDialog(FormDialog):
    draft_kind = "party"

    def __init__(self, ctx: UiContext, parent: QWidget, row: PartyRow | None = None) -> None:
        super().__init__(ctx, parent, "PartyDialog")
        self.row = row
        self.today = clock.today()
        self.check = IdCheck("", None)

        self.role = enum_combo(self, "party_role", ParticipantRole)
        self.kind = enum_combo(self, "party_kind", PartyKind)

        self.consent = QCheckBox(self)
        self.consent.setObjectName("consent")
        self.consent_on = date_edit(self, "consent_on")
        self.consent_note = hint_label(self, "consent_note")

        self.edits: dict[str, QLineEdit] = {}
        for name in _TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            self.edits[name] = edit
        self.edits["id_number"].setMaxLength(14)  # 12 digits, room to paste with blanks around
        self.id_check = QLabel(self)
        self.id_check.setObjectName("id_check")
        self.id_check.setWordWrap(True)
        self.group_size = QSpinBox(self)
        self.group_size.setObjectName("group_size")
        self.group_size.setRange(0, 100000)
        self.address = QPlainTextEdit(self)
        self.address.setObjectName("address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(60)

        self.sex = enum_combo(self, "sex", Sex, blank=True)
        self.age_group = enum_combo(self, "age_group", AgeGroup, blank=True)
        self.language = enum_combo(self, "party_language", Language, blank=True)

        self.who_box = QGroupBox(self)
        who = Form(self)
        who.row("role", self.role)
        who.row("kind", self.kind)
        self.who_box.setLayout(who.layout)

        self.consent_box = QGroupBox(self)
        consent_layout = QVBoxLayout(self.consent_box)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent, 1)
        self.consent_on_label = QLabel(self)
        self.consent_on_label.setBuddy(self.consent_on)
        consent_row.addWidget(self.consent_on_label)
        consent_row.addWidget(self.consent_on)
        consent_layout.addLayout(consent_row)
        consent_layout.addWidget(self.consent_note)

        self.name_box = QGroupBox(self)
        name_form = Form(self)
        name_form.row("last_name", self.edits["last_name"])
        name_form.row("first_name", self.edits["first_name"])
        name_form.row("middle_name", self.edits["middle_name"])
        name_form.row("org_name", self.edits["org_name"])
        name_form.row("id_number", self.edits["id_number"])
        name_form.row("id_check", self.id_check)
        name_form.row("group_size", self.group_size)
        self.name_box.setLayout(name_form.layout)

        self.report_box = QGroupBox(self)
        report = Form(self)
        report.row("sex", self.sex)
        report.row("age_group", self.age_group)
        report.row("language", self.language)
        report.row("ethnicity", self.edits["ethnicity"])
        self.report_box.setLayout(report.layout)

        self.contact_box = QGroupBox(self)
        contact = Form(self)
        contact.row("phone", self.edits["phone"])
        contact.row("email", self.edits["email"])
        contact.row("address", self.address)
        self.contact_box.setLayout(contact.layout)
        self.forms: dict[str, Form] = {"who": who, "name": name_form, "report": report, "contact": contact}

        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.who_box)
        left.addWidget(self.consent_box)
        left.addWidget(self.name_box)
        left.addStretch(1)
        right.addWidget(self.report_box)
        right.addWidget(self.contact_box)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.body.addLayout(columns)

        self.kind.currentIndexChanged.connect(self._follow_kind)
        self.consent.toggled.connect(self._follow_consent)
        self.edits["id_number"].textChanged.connect(self._check_id)
        self._tab_order()
        if row is not None:
            self._fill(row)
        self.finish_layout()
        self._follow_kind()
        # At least the usual size; more when a larger text size or a longer language needs it.
        self.resize(self.sizeHint().expandedTo(QSize(860, 540)))

    def _tab_order(self) -> None:
        chain: list[QWidget] = [
            self.role, self.kind, self.consent, self.consent_on, self.edits["last_name"],
            self.edits["first_name"], self.edits["middle_name"], self.edits["org_name"],
            self.edits["id_number"], self.group_size, self.sex, self.age_group, self.language,
            self.edits["ethnicity"], self.edits["phone"], self.edits["email"], self.address,
        ]  # fmt: skip
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a party") if self.row is None else self.tr("Party's details"))
        self.who_box.setTitle(self.tr("Who"))
        self.consent_box.setTitle(self.tr("Consent to personal-data processing"))
        self.name_box.setTitle(self.tr("Name and number"))
        self.report_box.setTitle(self.tr("For the reports"))
        self.contact_box.setTitle(self.tr("Contacts"))
        who, name, report, contact = (
            self.forms["who"],
            self.forms["name"],
            self.forms["report"],
            self.forms["contact"],
        )
        who.set("role", self.tr("&Role in the case"))
        who.set("kind", self.tr("&Kind"))
        self.consent.setText(self.tr("The party &consented"))
        self.consent_on_label.setText(self.tr("o&n"))
        name.set("last_name", self.tr("&Last name"))
        name.set("first_name", self.tr("&First name"))
        name.set("middle_name", self.tr("&Middle name"))
        name.set("org_name", self.tr("&Name"))
        name.set("id_check", "")
        name.set("group_size", self.tr("Number of &people"))
        report.set("sex", self.tr("&Sex"))
        report.set("age_group", self.tr("&Age group"))
        report.set("language", self.tr("Lan&guage"))
        report.set("ethnicity", self.tr("&Ethnicity (optional)"))
        contact.set("phone", self.tr("&Phone"))
        contact.set("email", self.tr("E-&mail"))
        contact.set("address", self.tr("A&ddress"))
        self.edits["phone"].setPlaceholderText("+7 7xx xxx xx xx")
        self.edits["ethnicity"].setPlaceholderText(self.tr("May stay blank"))
        self.group_size.setSpecialValueText(self.tr("not counted"))
        relabel_enum_combo(self.role, ParticipantRole)
        relabel_enum_combo(self.kind, PartyKind)
        relabel_enum_combo(self.sex, Sex)
        relabel_enum_combo(self.age_group, AgeGroup)
        relabel_enum_combo(self.language, Language)
        self._follow_kind()

    # -- behaviour --------------------------------------------------------------------------------

    def _is_person(self) -> bool:
        return combo_enum(self.kind, PartyKind) is PartyKind.PERSON

    def _follow_kind(self) -> None:
        person = self._is_person()
        kind = combo_enum(self.kind, PartyKind)
        name = self.forms["name"]
        for key in ("last_name", "first_name", "middle_name"):
            name.show_row(key, person)
        name.show_row("org_name", not person)
        name.show_row("group_size", kind is PartyKind.GROUP)
        name.show_row("id_number", kind is not PartyKind.GROUP)
        name.show_row("id_check", kind is not PartyKind.GROUP)
        name.set("id_number", self.tr("&IIN") if person else self.tr("&BIN"))
        self.consent_box.setVisible(person)
        report = self.forms["report"]
        for key in ("sex", "age_group", "ethnicity"):
            report.show_row(key, person)
        self._follow_consent()
        self._check_id()

    def _follow_consent(self) -> None:
        person = self._is_person()
        allowed = not person or self.consent.isChecked()
        self.consent_on.setEnabled(person and self.consent.isChecked())
        personal: list[QWidget] = [self.edits[k] for k in ("last_name", "first_name", "middle_name")]
        personal += [self.edits[k] for k in ("id_number", "ethnicity", "phone", "email")]
        personal.append(self.address)
        for widget in personal:
            widget.setEnabled(allowed)
        if person and not self.consent.isChecked():
            self.consent_note.setText(
                self.tr(
                    "Without the party's consent the law allows only sex, age group and language to be kept. "
                    "Tick the consent to enter the name, IIN and contacts."
                )
            )
        else:
            self.consent_note.setText(self.tr("Personal data is kept with the consent recorded here."))

    def _check_id(self) -> None:
        text = self.edits["id_number"].text()
        self.check = check_iin(text, self.today) if self._is_person() else check_bin(text)
        self.id_check.setText(self.check.text)
        coloured(
            self.id_check, {True: GREEN, False: RED}.get(self.check.ok) if self.check.ok is not None else None
        )
        # The IIN says the sex and the birth date: the number decides, not a second entry that could differ.
        from_number = self._is_person() and self.check.ok is True
        if from_number and self.check.sex is not None and self.check.birth_date is not None:
            set_combo_data(self.sex, self.check.sex.value)
            set_combo_data(self.age_group, parties.age_group_on(self.check.birth_date, self.today).value)
        self.sex.setEnabled(not from_number)
        self.age_group.setEnabled(not from_number)

    # -- values -------------------------------------------------------------------------------------

    def _fill(self, row: PartyRow) -> None:
        set_combo_data(self.role, row.role.value)
        self.role.setEnabled(False)  # a role is changed by removing the participant and adding again
        set_combo_data(self.kind, row.kind.value)
        self.consent.setChecked(row.consent_given)
        if row.consent_on is not None:
            self.consent_on.setDate(to_qdate(row.consent_on))
        for name in _TEXT_FIELDS:
            self.edits[name].setText(getattr(row, name) or "")
        self.address.setPlainText(row.address or "")
        self.group_size.setValue(row.group_size or 0)
        set_combo_data(self.sex, row.sex.value if row.sex else None)
        set_combo_data(self.age_group, row.age_group.value if row.age_group else None)
        set_combo_data(self.language, row.language.value if row.language else None)

    def chosen_role(self) -> ParticipantRole:
        return combo_enum(self.role, ParticipantRole) or ParticipantRole.OTHER

    def party_input(self) -> PartyInput:
        """What was typed, for the service to check; fields of another kind of party are left out."""
        kind = combo_enum(self.kind, PartyKind) or PartyKind.PERSON
        person = kind is PartyKind.PERSON
        text = {name: self.edits[name].text() for name in _TEXT_FIELDS}
        return PartyInput(
            kind=kind,
            last_name=text["last_name"] if person else None,
            first_name=text["first_name"] if person else None,
            middle_name=text["middle_name"] if person else None,
            org_name=None if person else text["org_name"],
            id_number=None if kind is PartyKind.GROUP else text["id_number"],
            sex=combo_enum(self.sex, Sex) if person else None,
            age_group=combo_enum(self.age_group, AgeGroup) if person else None,
            ethnicity=text["ethnicity"] if person else None,
            language=combo_enum(self.language, Language),
            phone=text["phone"],
            email=text["email"],
            address=self.address.toPlainText(),
            consent_given=person and self.consent.isChecked(),
            consent_on=to_date(self.consent_on.date()) if person and self.consent.isChecked() else None,
            group_size=(self.group_size.value() or None) if kind is PartyKind.GROUP else None,
        )

    def draft_values(self) -> dict[str, Any]:
        return {
            "role": self.role.currentData(),
            "kind": self.kind.currentData(),
            "consent": self.consent.isChecked(),
            "consent_on": to_date(self.consent_on.date()).isoformat(),
            **{name: self.edits[name].text() for name in _TEXT_FIELDS},
            "address": self.address.toPlainText(),
            "group_size": self.group_size.value(),
            "sex": self.sex.currentData(),
            "age_group": self.age_group.currentData(),
            "language": self.language.currentData(),
        }

    def restore_values(self, values: dict[str, Any]) -> None:
        set_combo_data(self.role, values.get("role"))
        set_combo_data(self.kind, values.get("kind"))
        self.consent.setChecked(bool(values.get("consent")))
        if values.get("consent_on"):
            self.consent_on.setDate(to_qdate(date.fromisoformat(values["consent_on"])))
        for name in _TEXT_FIELDS:
            self.edits[name].setText(str(values.get(name) or ""))
        self.address.setPlainText(str(values.get("address") or ""))
        self.group_size.setValue(int(values.get("group_size") or 0))
        set_combo_data(self.sex, values.get("sex"))
        set_combo_data(self.age_group, values.get("age_group"))
        set_combo_data(self.language, values.get("language"))
