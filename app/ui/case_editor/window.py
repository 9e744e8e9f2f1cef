"""The case editor: one window per case, from the empty intake form to the closed file.

The dispute's fields are saved with an explicit Save (Ctrl+S) against the version the editor loaded,
so a change somebody else saved meanwhile is refused, never overwritten. Parties, mediators,
sessions and the rest are saved by small dialogs at once, each as one unit of work.

Nothing typed is lost: every few seconds and on every edit the unsaved form (and an open dialog's
fields) goes to a draft file; Save or Discard removes it; a crash leaves it to be offered back.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConflictError, TatulyqError
from app.models.enums import CaseStatus, ParticipantRole
from app.services import cases
from app.services.context import Actor
from app.services.drafts import Draft
from app.ui.case_editor.agreement_tab import AgreementTab, days_left_text
from app.ui.case_editor.common import (
    CaseAction,
    FormDialog,
    NoticeBar,
    coloured,
    fmt_date,
    fmt_moment,
    hint_label,
)
from app.ui.case_editor.dispute_tab import DisputeTab, empty_values
from app.ui.case_editor.documents import DocumentsButton
from app.ui.case_editor.draft_keeper import DraftKeeper
from app.ui.case_editor.history_tab import HistoryTab
from app.ui.case_editor.mediators_tab import MediatorsTab
from app.ui.case_editor.outcome_tab import OutcomeTab
from app.ui.case_editor.parties_tab import PartiesTab
from app.ui.case_editor.sessions_tab import SessionsTab
from app.ui.case_editor.settlement_tab import SettlementTab
from app.ui.case_editor.snapshot import CaseSnapshot, load_snapshot
from app.ui.context import UiContext
from app.ui.labels import label

DRAFT_INTERVAL_MS = 3000


class CloseChoice:
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class CaseEditor(QWidget):
    """Open it with open_case_editor(); ``saved`` carries the case id after every successful write."""

    saved = Signal(object)
    closed = Signal()  # closed for good (not when closing was refused or is being asked about)

    def __init__(self, ctx: UiContext, case_id: uuid.UUID | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("CaseEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.case_id = case_id
        self.snapshot: CaseSnapshot | None = None
        self.version: int | None = None
        self.baseline: dict[str, Any] = empty_values()
        self.dialog: FormDialog | None = None
        self.close_pending = False  # the non-modal "unsaved changes" question is on screen
        self._closing_confirmed = False
        self.drafts = DraftKeeper(ctx, case_id)
        self._restored_at: datetime | None = None
        self._pending_dialog: dict[str, Any] | None = None
        self._access_recorded = False  # the opening of the parties' personal data is in the access log

        self.notice = NoticeBar(self, "notice")
        self.notice.add_button("dismiss", self.notice.hide)
        self.draft_bar = NoticeBar(self, "draft_bar")
        self.draft_bar.add_button("keep", self.draft_bar.hide)
        self.draft_bar.add_button("discard", self.discard_changes)
        self.conflict_bar = NoticeBar(self, "conflict_bar")
        self.conflict_bar.add_button("merge", self.reload_keeping_mine)
        self.close_bar = NoticeBar(self, "close_bar")
        self.close_bar.add_button(CloseChoice.SAVE, lambda: self.answer_close(CloseChoice.SAVE))
        self.close_bar.add_button(CloseChoice.DISCARD, lambda: self.answer_close(CloseChoice.DISCARD))
        self.close_bar.add_button(CloseChoice.CANCEL, lambda: self.answer_close(CloseChoice.CANCEL))

        self.number = QLabel(self)
        self.number.setObjectName("case_number")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.number.setFont(font)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setObjectName("case_status")
        self.status.setStyleSheet("QLabel { border: 1px solid #888; border-radius: 4px; padding: 2px 8px; }")
        self.deadline = QLabel(self)
        self.deadline.setObjectName("header_deadline")
        self.next_step = hint_label(self, "next_step")

        unit = f"{ctx.user.unit_code} — {ctx.user.unit_name(ctx.languages.current)}"
        self.dispute = DisputeTab(unit, self)
        self.parties = PartiesTab(self, self)
        self.mediators = MediatorsTab(self, self)
        self.agreement = AgreementTab(self, self)
        self.sessions = SessionsTab(self, self)
        self.settlement = SettlementTab(self, self)
        self.outcome = OutcomeTab(self, self)
        self.history = HistoryTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("case_tabs")
        self._tab_pages: list[QWidget] = [
            self.dispute, self.parties, self.mediators, self.agreement, self.sessions, self.settlement,
            self.outcome, self.history,
        ]  # fmt: skip
        for page in self._tab_pages:
            self.tabs.addTab(page, "")

        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_case")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self)
        self.revert_button.setObjectName("revert_case")
        self.revert_button.clicked.connect(self.discard_changes)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("close_editor")
        self.close_button.clicked.connect(self.close)
        self.documents = DocumentsButton(ctx, self)

        header = QHBoxLayout()
        header.addWidget(self.number)
        header.addWidget(self.status)
        header.addStretch(1)
        header.addWidget(self.deadline)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.documents)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.close_bar)
        layout.addWidget(self.draft_bar)
        layout.addWidget(self.conflict_bar)
        layout.addWidget(self.notice)
        layout.addLayout(header)
        layout.addWidget(self.next_step)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.dispute.changed.connect(self._form_changed)
        self.draft_timer = QTimer(self)
        self.draft_timer.setInterval(DRAFT_INTERVAL_MS)
        self.draft_timer.timeout.connect(self.save_draft_now)
        self.draft_timer.start()

        self.retranslate()
        if case_id is None:
            self.dispute.set_values(self.baseline)
        else:
            self.refresh()
            if self.snapshot is None:
                self.dispute.set_read_only(True)
        self._restore_waiting_draft()
        self._form_changed()
        self.resize(1000, 720)

    # -- texts ------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        titles = (
            self.tr("&Dispute"), self.tr("&Parties"), self.tr("&Mediators"), self.tr("&Agreement"),
            self.tr("&Sessions"), self.tr("Se&ttlement"), self.tr("&Outcome"), self.tr("&History"),
        )  # fmt: skip
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the dispute (Ctrl+S)"))
        self.revert_button.setText(self.tr("&Undo changes"))
        self.revert_button.setToolTip(self.tr("Put back the dispute as it was last saved"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setToolTip(self.tr("Close the case (Esc); unsaved changes are asked about"))
        user = self.ctx.user
        self.dispute.unit.setText(f"{user.unit_code} — {user.unit_name(self.ctx.languages.current)}")
        self.notice.buttons["dismiss"].setText(self.tr("OK"))
        self.draft_bar.buttons["keep"].setText(self.tr("OK"))
        self.draft_bar.buttons["discard"].setText(self.tr("Discard them"))
        self.conflict_bar.text.setText(
            self.tr(
                "Somebody else saved this case after you opened it, so your changes were not saved. "
                "They are still here."
            )
        )
        self.conflict_bar.buttons["merge"].setText(self.tr("&Load their changes and keep mine"))
        self.close_bar.text.setText(self._unsaved_text())
        self.close_bar.buttons[CloseChoice.SAVE].setText(self.tr("Save and close"))
        self.close_bar.buttons[CloseChoice.DISCARD].setText(self.tr("Discard and close"))
        self.close_bar.buttons[CloseChoice.CANCEL].setText(self.tr("Keep editing"))
        if self.draft_bar.isVisibleTo(self):
            self._tell_restored()
        self._show_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_header(self) -> None:
        snap = self.snapshot
        modified = "[*]"
        if snap is None and self.case_id is not None:
            # The case could not be read (removed by a restore, a broken connection): nothing to edit.
            self.number.setText(self.tr("Case not available"))
            self.status.setText("—")
            self.deadline.setText("")
            self.setWindowTitle(self.tr("Case not available{modified} — Tatulyq").format(modified=modified))
        elif snap is None:
            self.number.setText(self.tr("New case"))
            self.status.setText(self.tr("Not registered yet"))
            self.deadline.setText("")
            self.setWindowTitle(self.tr("New case{modified} — Tatulyq").format(modified=modified))
        else:
            self.number.setText(snap.view.number)
            self.status.setText(label(snap.status))
            self.setWindowTitle(
                self.tr("Case {number}{modified} — Tatulyq").format(
                    number=snap.view.number, modified=modified
                )
            )
            if snap.view.days_left is not None and snap.view.deadline_on is not None:
                left, colour = days_left_text(snap.view.days_left)
                self.deadline.setText(
                    self.tr("Deadline {date}: {left}").format(date=fmt_date(snap.view.deadline_on), left=left)
                )
                coloured(self.deadline, colour)
            else:
                self.deadline.setText("")
        self.next_step.setText(self._next_step_text())
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, snap is not None)
            self.tabs.setTabToolTip(index, "" if snap is not None else self.tr("Save the dispute first."))

    def _next_step_text(self) -> str:
        snap = self.snapshot
        if snap is None and self.case_id is not None:
            return self.tr(
                "This case could not be opened. Close this window and open it again from the list."
            )
        if snap is None:
            return self.tr("Fill in the dispute and press Save (Ctrl+S) to register the case.")
        roles = {row.role for row in snap.parties}
        status = snap.status
        if status is CaseStatus.INTAKE:
            if not {ParticipantRole.APPLICANT, ParticipantRole.RESPONDENT} <= roles:
                return self.tr("Next: add the applicant and the respondent on the Parties tab.")
            if not any(a.released_on is None for a in snap.assignments):
                return self.tr("Next: assign a mediator on the Mediators tab.")
            return self.tr("Next: sign the mediation agreement on the Agreement tab.")
        if status is CaseStatus.IN_MEDIATION:
            return self.tr("In mediation: log each session; record the outcome when it ends.")
        if status is CaseStatus.FOLLOW_UP:
            return self.tr("Follow-up: check each obligation on the Settlement tab, then close the case.")
        return self.tr("This case is final; its record can no longer change.")

    # -- loading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the case; the dispute form is refreshed only when it holds nothing unsaved."""
        if self.case_id is None:
            return
        try:
            snap = load_snapshot(self.ctx, self.case_id, record_access=not self._access_recorded)
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
            return
        except Exception as error:
            self.ctx.errors.report(self, error)
            return
        self._access_recorded = self._access_recorded or bool(snap.parties)
        dirty = self.is_dirty()
        self.snapshot = snap
        if self.version is None or not dirty:
            self.version = snap.view.version
        if not dirty:
            self.baseline = self._values_of(snap)
            self.dispute.set_values(self.baseline)
        self.dispute.set_new(False)
        self.dispute.set_read_only(snap.final)
        for tab in (
            self.parties,
            self.mediators,
            self.agreement,
            self.sessions,
            self.settlement,
            self.outcome,
        ):
            tab.show_case(snap)
        self.history.show_case(snap)
        self.documents.show_case(snap)
        self._show_header()
        self._form_changed()

    @staticmethod
    def _values_of(snap: CaseSnapshot) -> dict[str, Any]:
        view = snap.view
        return {
            "intake_date": view.intake_date.isoformat(),
            "channel": view.channel,
            "category": view.category,
            "legal_area": view.legal_area,
            "language": view.language,
            **{
                name: name in view.flags
                for name in ("inter_ethnic", "group_dispute", "minors_involved", "recurrence")
            },
            "risk_level": view.risk_level,
            "description": view.description,
        }

    # -- unsaved work -----------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self.dispute.values() != self.baseline

    def _form_changed(self) -> None:
        dirty = self.is_dirty()
        self.setWindowModified(dirty)
        final = self.snapshot is not None and self.snapshot.final
        unreadable = self.case_id is not None and self.snapshot is None
        self.save_button.setEnabled(dirty and not final and not unreadable)
        self.revert_button.setEnabled(dirty)
        if dirty and self.drafts.due():
            self.save_draft_now()
        if not dirty and self.close_pending:
            self.close_bar.hide()
            self.close_pending = False

    def _actor(self) -> Actor:
        return self.ctx.user.actor()

    def draft_payload(self) -> dict[str, Any] | None:
        """What a draft would keep now, or None when nothing is unsaved."""
        dialog_part = None
        if self.dialog is not None and self.dialog.isVisible() and self.dialog.draft_kind:
            dialog_part = {
                "kind": self.dialog.draft_kind,
                "context": self.dialog.draft_context,
                "values": self.dialog.draft_values(),
            }
        if not self.is_dirty() and dialog_part is None:
            return None
        return {
            "dispute": self.dispute.values() if self.is_dirty() else None,
            "version": self.version,
            "dialog": dialog_part,
        }

    def save_draft_now(self) -> None:
        """Write the draft if anything unsaved changed since the last write (the timer's slot)."""
        try:
            self.drafts.keep(
                self.draft_payload(), self.case_id, self.snapshot.view.number if self.snapshot else None
            )
        except OSError as error:
            # A full or read-only disk must not stop the typing; the log says why drafts stopped.
            self.draft_timer.stop()
            self.ctx.errors.report(self, error)

    def restore_draft(self, draft: Draft) -> None:
        """Fill the editor with a draft's values (after a crash); the draft stays until saved or discarded."""
        values = draft.values
        if isinstance(values.get("dispute"), dict):
            if isinstance(values.get("version"), int) and self.case_id is not None:
                # Saved against the version the typing started from: a change made since is not overwritten.
                self.version = values["version"]
            self.dispute.set_values(values["dispute"])
        self._restored_at = draft.saved_at
        self._tell_restored()
        part = values.get("dialog")
        self._pending_dialog = part if isinstance(part, dict) else None
        self._form_changed()

    def reopen_draft_dialog(self) -> FormDialog | None:
        """Bring back the dialog that was open when the draft was written (called once the editor shows)."""
        part, self._pending_dialog = self._pending_dialog, None
        if part is None or self.snapshot is None:
            return None
        raw_context = part.get("context")
        context: dict[str, object] = raw_context if isinstance(raw_context, dict) else {}
        openers = {
            "party": self.parties.reopen,
            "session": self.sessions.reopen,
            "settlement": self.settlement.reopen,
        }
        opener = openers.get(str(part.get("kind")))
        dialog: FormDialog | None = opener(context) if opener is not None else None
        if dialog is not None and isinstance(part.get("values"), dict):
            dialog.restore_values(part["values"])
        return dialog

    def _restore_waiting_draft(self) -> None:
        """Whatever was left unsaved (a crash, a power cut) comes back into the form; nothing is imposed:
        Undo changes puts the saved case back."""
        draft = self.drafts.waiting()
        if draft is not None:
            self.restore_draft(draft)

    def _tell_restored(self) -> None:
        if self._restored_at is None:
            return
        self.draft_bar.tell(
            self.tr(
                "Unsaved changes from {when} were brought back from a draft. Save them, or discard them "
                "to go back to what was saved."
            ).format(when=fmt_moment(self._restored_at))
        )

    def discard_changes(self) -> None:
        """Put the dispute back as last saved and forget the draft."""
        self.dispute.set_values(self.baseline)
        if self.snapshot is not None:
            self.version = self.snapshot.view.version
        self.drafts.forget()
        self._restored_at = None
        self.draft_bar.hide()
        self._form_changed()

    # -- saving -----------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the dispute: register a new case, or correct an open one against the loaded version."""
        if self.snapshot is not None and self.snapshot.final:
            return False
        if self.case_id is not None and not self.is_dirty():
            return True
        try:
            with self.ctx.database.session(write=True, actor=self._actor()) as s:
                if self.case_id is None:
                    case = cases.register_case(s, self.dispute.intake(self.ctx.user.unit_code))
                else:
                    case = cases.get(s, self.case_id)
                    cases.update_details(s, case, self.dispute.details(), expected_version=self.version)
                    s.flush()
                case_id, number, version = case.id, case.number, case.version
        except ConflictError as error:
            self.ctx.errors.known(self, error)  # everything typed stays where it is
            if self.case_id is not None:
                self.conflict_bar.show()
            return False
        except TatulyqError as error:
            self.ctx.errors.known(self, error)  # everything typed stays where it is
            return False
        except Exception as error:
            self.ctx.errors.report(self, error)
            return False
        new = self.case_id is None
        self.conflict_bar.hide()
        self.drafts.forget()
        self._restored_at = None
        self.draft_bar.hide()
        if new:
            self.case_id = case_id
            self.drafts.rekey(case_id)
        self.version = version
        self.baseline = self.dispute.values()
        self.refresh()
        if new:
            self.notice.tell(self.tr("The case is registered as {number}.").format(number=number))
            self.tabs.setCurrentWidget(self.parties)
        self.saved.emit(self.case_id)
        return True

    def reload_keeping_mine(self) -> None:
        """After a refused save: show what was saved meanwhile, with this user's own edits on top.

        Only the fields this user changed are carried over, so nobody else's change is overwritten
        unseen; where both changed the same field, this user's text is shown, to check before Save.
        """
        if self.case_id is None:
            return
        mine = {k: v for k, v in self.dispute.values().items() if self.baseline.get(k) != v}
        try:
            snap = load_snapshot(self.ctx, self.case_id)
        except TatulyqError as error:
            self.ctx.errors.known(self, error)
            return
        self.conflict_bar.hide()
        self.version = snap.view.version
        self.baseline = self._values_of(snap)
        self.dispute.set_values({**self.baseline, **mine})
        self.refresh()
        self.notice.tell(
            self.tr(
                "The dispute now shows what was saved meanwhile, with your changes on top. Check it and press Save."
            )
        )

    def run_case_action(self, action: CaseAction, parent: QWidget) -> bool:
        """One change to the case as one unit of work; a refusal is told and changes nothing."""
        if self.case_id is None:
            return False
        try:
            with self.ctx.database.session(write=True, actor=self._actor()) as s:
                case = cases.get(s, self.case_id)
                before = case.version
                action(s, case)
                s.flush()
                after = case.version
        except TatulyqError as error:
            self.ctx.errors.known(parent, error)
            return False
        except Exception as error:
            self.ctx.errors.report(parent, error)
            return False
        # Our own step moved the version on: keep Save working. A stranger's change stays a conflict.
        if before == self.version:
            self.version = after
        self.refresh()
        self.saved.emit(self.case_id)
        return True

    def open_dialog(self, dialog: FormDialog) -> None:
        """Window-modal but not blocking: the editor keeps running (drafts, tests drive the dialog)."""
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: FormDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.save_draft_now()

    # -- closing ----------------------------------------------------------------------------------

    def can_close(self) -> bool:
        """For the main window: True when the editor may close now (asks if there is unsaved work)."""
        if self._closing_confirmed or not self.is_dirty():
            return True
        if not self.ctx.errors.dialogs:
            self._ask_non_modal()
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self._unsaved_text(),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.discard_changes()
            return True
        return False

    def _unsaved_text(self) -> str:
        if self.case_id is None:
            return self.tr("This new case is not registered yet. Save it before closing?")
        return self.tr("The dispute of this case has unsaved changes. Save them before closing?")

    def _ask_non_modal(self) -> None:
        self.close_bar.text.setText(self._unsaved_text())
        self.close_pending = True
        self.close_bar.show()
        self.close_bar.buttons[CloseChoice.SAVE].setFocus()

    def answer_close(self, choice: str) -> bool:
        """The answer to the non-modal question; True when the editor closed."""
        self.close_bar.hide()
        self.close_pending = False
        if choice == CloseChoice.CANCEL:
            return False
        if choice == CloseChoice.SAVE and not self.save():
            return False
        if choice == CloseChoice.DISCARD:
            self.discard_changes()
        self._closing_confirmed = True
        return self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.can_close():
            event.ignore()
            return
        self.draft_timer.stop()
        if not self.is_dirty():
            self.drafts.forget()
        event.accept()
        self.closed.emit()
