"""After sign-in: bring back what was left unsaved (a crash, a power cut) in the editors it belongs to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services import drafts
from app.services.drafts import Draft
from app.ui.case_editor.common import fmt_moment
from app.ui.case_editor.registry import open_case_editor
from app.ui.case_editor.window import CaseEditor
from app.ui.context import UiContext

translate = QCoreApplication.translate  # the name lupdate looks for


def pending_drafts(data_dir: Path) -> list[Draft]:
    """Every draft waiting in this data folder, newest first (all users)."""
    return drafts.pending_drafts(data_dir)


def _describe(draft: Draft) -> str:
    when = fmt_moment(draft.saved_at)
    if draft.case_number:
        return translate("Drafts", "Case {number}, {when}").format(number=draft.case_number, when=when)
    return translate("Drafts", "A new case not registered yet, {when}").format(when=when)


def offer_drafts(ctx: UiContext, parent: QWidget | None = None) -> list[CaseEditor]:
    """Reopen an editor, filled in, for each of the signed-in user's drafts; returns the editors opened.

    With dialogs on, the user is asked first ("Later" keeps the drafts for the next start; a draft
    also comes back by itself whenever its case is opened). With dialogs off (tests) nothing asks.
    """
    waiting = drafts.pending_drafts(ctx.data_dir, ctx.user.user_id)
    if not waiting:
        return []
    if ctx.errors.dialogs:
        box = QMessageBox(QMessageBox.Icon.Question, translate("Drafts", "Unsaved work"), "", parent=parent)
        box.setText(
            translate(
                "Drafts", "Tatulyq closed last time before some changes were saved. They were kept as drafts:"
            )
        )
        box.setInformativeText("\n".join(_describe(d) for d in waiting))
        reopen = box.addButton(translate("Drafts", "Open them"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("Drafts", "Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reopen)
        box.exec()
        if box.clickedButton() is not reopen:
            return []
    # Each editor fills itself from its draft; a case that is gone says so and keeps the draft.
    return [open_case_editor(ctx, draft.case_id, parent) for draft in waiting]
