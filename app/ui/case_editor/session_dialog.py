"""Logging a mediation session (or planning one): when, how long, where, in which language, who came."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.models.enums import Language, SessionKind
from app.services import clock
from app.services.sessions import MAX_DURATION_MINUTES, PLAN_AHEAD_DAYS, SessionInput
from app.ui.case_editor.common import (
    Form,
    FormDialog,
    combo_enum,
    date_edit,
    enum_combo,
    relabel_enum_combo,
    set_combo_data,
    to_date,
    to_qdate,
)
from app.ui.case_editor.snapshot import CaseSnapshot, SessionRow
from app.ui.context import UiContext
from app.ui.labels import label


class SessionDialog(FormDialog):
    draft_kind = "session"

    def __init__(
        self, ctx: UiContext, parent: QWidget, snap: CaseSnapshot, row: SessionRow | None = None
    ) -> None:
        super().__init__(ctx, parent, "SessionDialog")
        self.row = row
        self.held_on = date_edit(self, "held_on", latest_today=False)
        self.held_on.setMinimumDate(to_qdate(snap.view.intake_date))
        self.held_on.setMaximumDate(to_qdate(clock.today() + timedelta(days=PLAN_AHEAD_DAYS)))
        self.start_time = QLineEdit(self)
        self.start_time.setObjectName("start_time")
        self.start_time.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^([01]?\d|2[0-3])(:[0-5]?\d?)?$"), self)
        )
        self.start_time.setMaximumWidth(90)
        self.duration = QSpinBox(self)
        self.duration.setObjectName("duration")
        self.duration.setRange(0, MAX_DURATION_MINUTES)
        self.duration.setSingleStep(15)
        self.duration.setMaximumWidth(170)
        self.kind = enum_combo(self, "session_kind", SessionKind)
        self.place = QLineEdit(self)
        self.place.setObjectName("place")
        self.language = enum_combo(self, "session_language", Language, blank=True)
        self.mediator = QComboBox(self)
        self.mediator.setObjectName("session_mediator")
        self.mediator.addItem("—", None)
        for assignment in snap.assignments:
            self.mediator.addItem(assignment.name, str(assignment.mediator_id))
        self.attendees = QListWidget(self)
        self.attendees.setObjectName("attendees")
        self.attendees.setMaximumHeight(110)
        self.attendees.setWordWrap(True)
        self._participants = [(p.participant_id, p.name, p.role) for p in snap.parties]
        for participant_id, _name, _role in self._participants:
            item = QListWidgetItem(self.attendees)
            item.setData(Qt.ItemDataRole.UserRole, str(participant_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("session_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)

        self.form = Form(self)
        for key, widget in (
            ("held_on", self.held_on),
            ("start_time", self.start_time),
            ("duration", self.duration),
            ("kind", self.kind),
            ("place", self.place),
            ("language", self.language),
            ("mediator", self.mediator),
            ("attendees", self.attendees),
            ("notes", self.notes),
        ):
            self.form.row(key, widget)
        self.body.addLayout(self.form.layout)
        if row is not None:
            self._fill(row)
        elif len(snap.assignments) > 0:
            lead = next((a for a in snap.assignments if a.lead and a.released_on is None), None)
            if lead is not None:
                set_combo_data(self.mediator, str(lead.mediator_id))
        self.finish_layout()
        self.resize(580, 480)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log a session") if self.row is None else self.tr("Session"))
        self.form.set("held_on", self.tr("&Date"))
        self.form.set("start_time", self.tr("&Start time"))
        self.form.set("duration", self.tr("&Length"))
        self.form.set("kind", self.tr("&Kind"))
        self.form.set("place", self.tr("&Place"))
        self.form.set("language", self.tr("Lan&guage"))
        self.form.set("mediator", self.tr("&Mediator"))
        self.form.set("attendees", self.tr("Who &came"))
        self.form.set("notes", self.tr("&Notes"))
        self.start_time.setPlaceholderText("09:30")
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("not given"))
        self.place.setPlaceholderText(self.tr("e.g. House of Friendship, room 2"))
        self.notes.setPlaceholderText(
            self.tr("Only what the record needs; what the parties said in mediation stays confidential.")
        )
        self.held_on.setToolTip(self.tr("A planned session may lie up to a year ahead."))
        relabel_enum_combo(self.kind, SessionKind)
        relabel_enum_combo(self.language, Language)
        for index, (_pid, name, role) in enumerate(self._participants):
            item = self.attendees.item(index)
            if item is not None:
                item.setText(f"{name or self.tr('(name not kept)')} — {label(role)}")

    def _fill(self, row: SessionRow) -> None:
        self.held_on.setDate(to_qdate(row.held_on))
        self.start_time.setText(row.start_time or "")
        self.duration.setValue(row.duration_minutes or 0)
        set_combo_data(self.kind, row.kind.value)
        self.place.setText(row.place or "")
        set_combo_data(self.language, row.language.value if row.language else None)
        set_combo_data(self.mediator, str(row.mediator_id) if row.mediator_id else None)
        self._check(set(map(str, row.attendee_ids)))
        self.notes.setPlainText(row.notes or "")

    def _check(self, chosen: set[str]) -> None:
        for index in range(self.attendees.count()):
            item = self.attendees.item(index)
            state = (
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in chosen
                else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)

    def _checked(self) -> list[str]:
        return [
            str(self.attendees.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.attendees.count())
            if self.attendees.item(i).checkState() == Qt.CheckState.Checked
        ]

    def session_input(self) -> SessionInput:
        mediator = self.mediator.currentData()
        return SessionInput(
            held_on=to_date(self.held_on.date()),
            kind=combo_enum(self.kind, SessionKind) or SessionKind.JOINT,
            start_time=self.start_time.text() or None,
            duration_minutes=self.duration.value() or None,
            place=self.place.text(),
            language=combo_enum(self.language, Language),
            mediator_id=uuid.UUID(str(mediator)) if mediator else None,
            notes=self.notes.toPlainText(),
            attendee_ids=[uuid.UUID(value) for value in self._checked()],
        )

    def draft_values(self) -> dict[str, Any]:
        return {
            "held_on": to_date(self.held_on.date()).isoformat(),
            "start_time": self.start_time.text(),
            "duration": self.duration.value(),
            "kind": self.kind.currentData(),
            "place": self.place.text(),
            "language": self.language.currentData(),
            "mediator": self.mediator.currentData(),
            "attendees": self._checked(),
            "notes": self.notes.toPlainText(),
        }

    def restore_values(self, values: dict[str, Any]) -> None:
        if values.get("held_on"):
            self.held_on.setDate(to_qdate(date.fromisoformat(values["held_on"])))
        self.start_time.setText(str(values.get("start_time") or ""))
        self.duration.setValue(int(values.get("duration") or 0))
        set_combo_data(self.kind, values.get("kind"))
        self.place.setText(str(values.get("place") or ""))
        set_combo_data(self.language, values.get("language"))
        set_combo_data(self.mediator, values.get("mediator"))
        self._check(set(values.get("attendees") or []))
        self.notes.setPlainText(str(values.get("notes") or ""))
