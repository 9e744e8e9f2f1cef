"""The sessions of a case: held or planned, added, corrected or deleted while the case is mediated."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.models.enums import CaseStatus
from app.services import sessions
from app.ui.case_editor.common import CaseHost, confirm, fmt_date, hint_label
from app.ui.case_editor.listing import Listing
from app.ui.case_editor.session_dialog import SessionDialog
from app.ui.case_editor.snapshot import CaseSnapshot, SessionRow
from app.ui.labels import label

_TAKES_SESSIONS = (CaseStatus.INTAKE, CaseStatus.IN_MEDIATION)


class SessionsTab(QWidget):
    def __init__(self, host: CaseHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessions_tab")
        self.host = host
        self.snapshot: CaseSnapshot | None = None
        self.hint = hint_label(self, "sessions_hint")
        self.listing = Listing(self, "sessions", 6)
        self.listing.stretch(4)
        self.listing.stretch(5)
        self.add_button = self.listing.add_button("add_session", self.add_session)
        self.edit_button = self.listing.add_button("edit_session", self.edit_session, needs_selection=True)
        self.delete_button = self.listing.add_button(
            "delete_session", self.delete_session, needs_selection=True
        )
        self.listing.on_open = self.edit_session
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.listing, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Log a session…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.listing.set_headers(
            [self.tr("Date"), self.tr("Time"), self.tr("Kind"), self.tr("Length"), self.tr("Place"),
             self.tr("Mediator")]
        )  # fmt: skip
        if self.snapshot is not None:
            self.show_case(self.snapshot)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_case(self, snap: CaseSnapshot) -> None:
        self.snapshot = snap
        rows = [
            (
                row.id,
                [
                    fmt_date(row.held_on),
                    row.start_time or "",
                    label(row.kind),
                    self.tr("{minutes} min").format(minutes=row.duration_minutes)
                    if row.duration_minutes
                    else "",
                    row.place or "",
                    row.mediator_name or "",
                ],
            )
            for row in snap.sessions
        ]
        open_for_sessions = snap.status in _TAKES_SESSIONS
        self.listing.set_rows(rows, self.tr("No sessions yet. Press “Log a session…” after each meeting."))
        for button in (self.add_button, self.edit_button, self.delete_button):
            self.listing.allow(button, open_for_sessions)
        if open_for_sessions:
            self.hint.setText(self.tr("Log every session, joint or separate, with who came."))
        else:
            self.hint.setText(self.tr("The mediation has ended; its sessions can no longer change."))

    def _selected(self) -> SessionRow | None:
        chosen = self.listing.selected_id()
        return next((r for r in (self.snapshot.sessions if self.snapshot else []) if r.id == chosen), None)

    def add_session(self) -> SessionDialog | None:
        if self.snapshot is None:
            return None
        dialog = SessionDialog(self.host.ctx, self, self.snapshot)

        def save() -> bool:
            data = dialog.session_input()
            return self.host.run_case_action(lambda s, case: sessions.add_session(s, case, data), dialog)

        dialog.on_submit = save
        self.host.open_dialog(dialog)
        return dialog

    def edit_session(self, row: SessionRow | None = None) -> SessionDialog | None:
        row = row or self._selected()
        if row is None or self.snapshot is None or self.snapshot.status not in _TAKES_SESSIONS:
            return None
        dialog = SessionDialog(self.host.ctx, self, self.snapshot, row)
        dialog.draft_context = {"session_id": str(row.id)}
        session_id, version = row.id, row.version

        def save() -> bool:
            data = dialog.session_input()
            return self.host.run_case_action(
                lambda s, _case: sessions.update_session(
                    s, sessions.get(s, session_id), data, expected_version=version
                ),
                dialog,
            )

        dialog.on_submit = save
        self.host.open_dialog(dialog)
        return dialog

    def reopen(self, context: dict[str, object]) -> SessionDialog | None:
        wanted = context.get("session_id")
        if not wanted:
            return self.add_session()
        row = next(
            (r for r in (self.snapshot.sessions if self.snapshot else []) if str(r.id) == wanted), None
        )
        return self.edit_session(row) if row is not None else None

    def delete_session(self) -> None:
        row = self._selected()
        if row is None:
            return
        if not confirm(
            self.host.ctx, self, self.tr("Delete the session of {date}?").format(date=fmt_date(row.held_on))
        ):
            return
        session_id: uuid.UUID = row.id
        self.host.run_case_action(
            lambda s, _case: sessions.delete_session(s, sessions.get(s, session_id)), self
        )
