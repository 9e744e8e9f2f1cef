"""One editor per case (and one new-case form) per database: opening it again brings it forward."""

from __future__ import annotations

import uuid

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from app.services import drafts
from app.ui.case_editor.window import CaseEditor
from app.ui.context import UiContext

_OPEN: dict[tuple[int, str], CaseEditor] = {}


def _key(ctx: UiContext, case_id: uuid.UUID | None) -> tuple[int, str]:
    return id(ctx.database), drafts.key_for(case_id)


def _drop(editor: CaseEditor) -> None:
    for key, other in list(_OPEN.items()):
        if other is editor or not isValid(other):
            del _OPEN[key]


def _rekey(editor: CaseEditor) -> None:
    """A new case was registered: its editor is now the editor of that case."""
    _drop(editor)
    _OPEN[_key(editor.ctx, editor.case_id)] = editor


def open_case_editor(ctx: UiContext, case_id: uuid.UUID | None, parent: QWidget | None = None) -> CaseEditor:
    """Open (or bring forward) the editor of a case; None opens the form for a new case."""
    existing = _OPEN.get(_key(ctx, case_id))
    if existing is not None and isValid(existing):
        existing.show()
        if QGuiApplication.platformName() != "offscreen":  # it cannot stack windows, and warns
            existing.raise_()
        existing.activateWindow()
        return existing
    editor = CaseEditor(ctx, case_id, parent)
    _OPEN[_key(ctx, case_id)] = editor
    editor.saved.connect(lambda _case_id: _rekey(editor))
    editor.closed.connect(lambda: _drop(editor))
    editor.show()
    editor.reopen_draft_dialog()
    return editor
