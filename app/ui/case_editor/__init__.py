"""The case editor: one window per case, from intake to closing.

Other views use:
- ``open_case_editor(ctx, case_id, parent) -> CaseEditor`` (None opens the form for a new case; a case
  already open is brought forward), and the editor's ``saved(object)`` signal carrying the case id;
- ``offer_drafts(ctx, parent)`` after sign-in, and ``pending_drafts(data_dir)``.
"""

from app.ui.case_editor.drafts_offer import offer_drafts, pending_drafts
from app.ui.case_editor.registry import open_case_editor
from app.ui.case_editor.window import CaseEditor, CloseChoice

__all__ = ["CaseEditor", "CloseChoice", "offer_drafts", "open_case_editor", "pending_drafts"]
