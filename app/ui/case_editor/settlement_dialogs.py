"""The settlement agreement with its obligations (who, what, by when), and a follow-up of their fulfilment."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.models.enums import FollowUpMethod, ObligationStatus
from app.services.settlements import ObligationInput
from app.ui.case_editor.common import (
    Form,
    FormDialog,
    combo_enum,
    date_edit,
    enum_combo,
    fill_enum_combo,
    fmt_date,
    hint_label,
    relabel_enum_combo,
    set_combo_data,
    to_date,
    to_qdate,
)
from app.ui.case_editor.listing import Listing
from app.ui.case_editor.snapshot import CaseSnapshot
from app.ui.context import UiContext


class SettlementDialog(FormDialog):
    draft_kind = "settlement"

    def __init__(self, ctx: UiContext, parent: QWidget, snap: CaseSnapshot) -> None:
        super().__init__(ctx, parent, "SettlementDialog")
        self.snap = snap
        earliest = snap.view.agreement_signed_on or snap.view.intake_date
        self.signed_on = date_edit(self, "settlement_signed_on")
        self.signed_on.setMinimumDate(to_qdate(earliest))
        self.subject = QLineEdit(self)
        self.subject.setObjectName("settlement_subject")
        self.terms = QPlainTextEdit(self)
        self.terms.setObjectName("settlement_terms")
        self.terms.setTabChangesFocus(True)
        self.terms.setFixedHeight(70)
        self.by_email = QCheckBox(self)
        self.by_email.setObjectName("signed_by_email")

        self.obligations: list[dict[str, Any]] = []
        self.listing = Listing(self, "new_obligations", 3)
        self.listing.stretch(0)
        self.listing.stretch(1)
        self.remove_button = self.listing.add_button("remove_obligation", self._remove, needs_selection=True)
        self.obligor = QComboBox(self)
        self.obligor.setObjectName("obligor")
        self.obligor.addItem("—", None)
        for party in snap.parties:
            self.obligor.addItem(party.name or "—", str(party.participant_id))
        self.what = QLineEdit(self)
        self.what.setObjectName("obligation_what")
        self.due_on = date_edit(self, "obligation_due_on", latest_today=False)
        self.due_on.setMinimumDate(to_qdate(earliest))
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_obligation")
        self.add_button.clicked.connect(self._add)
        self.what.returnPressed.connect(self._add)
        entry = QHBoxLayout()
        entry.addWidget(self.obligor)
        entry.addWidget(self.what, 1)
        entry.addWidget(self.due_on)
        entry.addWidget(self.add_button)

        self.form = Form(self)
        self.form.row("signed_on", self.signed_on)
        self.form.row("subject", self.subject)
        self.form.row("terms", self.terms)
        self.form.row("by_email", self.by_email)
        self.form.row("obligations", self.listing)
        self.form.row("entry", entry)
        self.explanation = hint_label(self, "settlement_explanation")
        self.body.addWidget(self.explanation)
        self.body.addLayout(self.form.layout)
        self.finish_layout()
        self.resize(760, 520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settlement agreement"))
        self.explanation.setText(
            self.tr(
                "Name each obligation: who does what, by when. Each is followed up until it is kept; "
                "an agreement not kept voluntarily can be enforced by a court."
            )
        )
        self.form.set("signed_on", self.tr("&Signed on"))
        self.form.set("subject", self.tr("S&ubject"))
        self.form.set("terms", self.tr("&Terms"))
        self.form.set("by_email", "")
        self.form.set("obligations", self.tr("Obligations"))
        self.form.set("entry", self.tr("&Who, what, by when"))
        self.by_email.setText(self.tr("Signed copies were exchanged by &e-mail"))
        self.what.setPlaceholderText(self.tr("What is to be done"))
        self.add_button.setText(self.tr("Add &obligation"))
        self.remove_button.setText(self.tr("&Remove"))
        self.listing.set_headers([self.tr("Who"), self.tr("What"), self.tr("By")])
        self._show()

    def _show(self) -> None:
        names = {str(p.participant_id): p.name for p in self.snap.parties}
        self.listing.set_rows(
            [
                (
                    index,
                    [
                        names.get(str(item["obligor"]), "—"),
                        item["description"],
                        fmt_date(date.fromisoformat(item["due_on"])),
                    ],
                )
                for index, item in enumerate(self.obligations)
            ],
            self.tr("No obligation yet: fill in the line below and press “Add obligation”."),
        )

    def _add(self) -> None:
        if not self.what.text().strip():
            self.what.setFocus()
            return
        self.obligations.append(
            {
                "obligor": self.obligor.currentData(),
                "description": self.what.text().strip(),
                "due_on": to_date(self.due_on.date()).isoformat(),
            }
        )
        self.what.clear()
        self._show()
        self.what.setFocus()

    def _remove(self) -> None:
        chosen = self.listing.selected_id()
        if isinstance(chosen, int) and 0 <= chosen < len(self.obligations):
            del self.obligations[chosen]
            self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the obligation line adds that obligation (returnPressed); it must not also save the
        # whole agreement through the default button while more obligations are still to come.
        if self.focusWidget() is self.what and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        # An obligation typed but not added yet is clearly meant to be part of the agreement.
        if self.what.text().strip():
            self._add()
        super().submit()

    def obligation_inputs(self) -> list[ObligationInput]:
        return [
            ObligationInput(
                uuid.UUID(str(item["obligor"])) if item["obligor"] else None,
                item["description"],
                date.fromisoformat(item["due_on"]),
            )
            for item in self.obligations
        ]

    def draft_values(self) -> dict[str, Any]:
        return {
            "signed_on": to_date(self.signed_on.date()).isoformat(),
            "subject": self.subject.text(),
            "terms": self.terms.toPlainText(),
            "by_email": self.by_email.isChecked(),
            "obligations": list(self.obligations),
            "what": self.what.text(),
        }

    def restore_values(self, values: dict[str, Any]) -> None:
        if values.get("signed_on"):
            self.signed_on.setDate(to_qdate(date.fromisoformat(values["signed_on"])))
        self.subject.setText(str(values.get("subject") or ""))
        self.terms.setPlainText(str(values.get("terms") or ""))
        self.by_email.setChecked(bool(values.get("by_email")))
        self.obligations = [dict(item) for item in values.get("obligations") or []]
        self.what.setText(str(values.get("what") or ""))
        self._show()


class FollowUpDialog(FormDialog):
    """A follow-up: when and how, and what it found about each obligation."""

    def __init__(self, ctx: UiContext, parent: QWidget, snap: CaseSnapshot) -> None:
        super().__init__(ctx, parent, "FollowUpDialog")
        self.snap = snap
        self.done_on = date_edit(self, "follow_up_on")
        if snap.view.ended_on is not None:
            self.done_on.setMinimumDate(to_qdate(snap.view.ended_on))
        self.method = enum_combo(self, "follow_up_method", FollowUpMethod)
        self.note = QLineEdit(self)
        self.note.setObjectName("follow_up_note")
        self.has_next = QCheckBox(self)
        self.has_next.setObjectName("has_next_follow_up")
        self.next_due = date_edit(self, "next_follow_up", latest_today=False)
        self.next_due.setEnabled(False)
        self.has_next.toggled.connect(self.next_due.setEnabled)
        next_row = QHBoxLayout()
        next_row.addWidget(self.has_next)
        next_row.addWidget(self.next_due)
        next_row.addStretch(1)
        self.results: dict[uuid.UUID, QComboBox] = {}
        self.form = Form(self)
        self.form.row("done_on", self.done_on)
        self.form.row("method", self.method)
        self.form.row("note", self.note)
        self.form.row("next", next_row)
        self.heading = hint_label(self, "follow_up_heading")
        # Each obligation as a wrapped line with its result under it: long descriptions stay readable.
        self.checks = QGridLayout()
        self.check_labels: list[QLabel] = []
        for index, ob in enumerate(snap.obligations):
            combo = QComboBox(self)
            combo.setObjectName(f"obligation_result_{index}")
            fill_enum_combo(combo, ObligationStatus)
            set_combo_data(combo, ob.status.value)
            self.results[ob.id] = combo
            caption = QLabel(self)
            caption.setObjectName(f"obligation_label_{index}")
            caption.setWordWrap(True)
            caption.setBuddy(combo)
            self.check_labels.append(caption)
            self.checks.addWidget(caption, index, 0)
            self.checks.addWidget(combo, index, 1, Qt.AlignmentFlag.AlignTop)
        self.checks.setColumnStretch(0, 1)
        self.body.addLayout(self.form.layout)
        self.body.addWidget(self.heading)
        self.body.addLayout(self.checks)
        self.finish_layout()
        self.resize(680, 260 + 56 * len(snap.obligations))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Follow-up of the settlement agreement"))
        self.form.set("done_on", self.tr("&Done on"))
        self.form.set("method", self.tr("&How"))
        self.form.set("note", self.tr("&Note"))
        self.form.set("next", self.tr("Ne&xt follow-up"))
        self.has_next.setText(self.tr("planned for"))
        self.heading.setText(self.tr("What the follow-up found about each obligation:"))
        relabel_enum_combo(self.method, FollowUpMethod)
        for index, ob in enumerate(self.snap.obligations):
            who = ob.obligor_name or "—"
            self.check_labels[index].setText(
                self.tr("{number}. {what} ({who}, by {date})").format(
                    number=index + 1, what=ob.description, who=who, date=fmt_date(ob.due_on)
                )
            )
            relabel_enum_combo(self.results[ob.id], ObligationStatus)

    def method_value(self) -> FollowUpMethod:
        return combo_enum(self.method, FollowUpMethod) or FollowUpMethod.OTHER

    def checked(self) -> dict[uuid.UUID, ObligationStatus]:
        """Only what this follow-up found: results changed to kept, partly kept or not kept."""
        found: dict[uuid.UUID, ObligationStatus] = {}
        current = {ob.id: ob.status for ob in self.snap.obligations}
        for ob_id, combo in self.results.items():
            status = combo_enum(combo, ObligationStatus)
            if status is not None and status is not ObligationStatus.PENDING and status is not current[ob_id]:
                found[ob_id] = status
        return found

    def next_due_on(self) -> date | None:
        return to_date(self.next_due.date()) if self.has_next.isChecked() else None
