"""The editor's draft file: written when what is unsaved changed, forgotten once saved or discarded."""

from __future__ import annotations

import time
import uuid
from typing import Any

from app.services import drafts
from app.services.drafts import Draft
from app.ui.context import UiContext

_MIN_SECONDS_BETWEEN_WRITES = 1.0  # typing writes at most once a second; the editor's timer catches the rest


class DraftKeeper:
    def __init__(self, ctx: UiContext, case_id: uuid.UUID | None) -> None:
        self.ctx = ctx
        self.key = drafts.key_for(case_id)
        self.last: dict[str, Any] | None = None  # what the file holds now (None: no file of ours)
        self._last_write = 0.0

    def rekey(self, case_id: uuid.UUID) -> None:
        """A new case got its id: later drafts are kept under it (the "new" one was removed on save)."""
        self.key = drafts.key_for(case_id)

    def due(self) -> bool:
        return time.monotonic() - self._last_write >= _MIN_SECONDS_BETWEEN_WRITES

    def keep(
        self, payload: dict[str, Any] | None, case_id: uuid.UUID | None, case_number: str | None
    ) -> None:
        """Write ``payload`` if it differs from the file; None (nothing unsaved) removes our file.

        Raises OSError when the disk refuses (full, read-only): the caller tells the user.
        """
        if payload is None:
            if self.last is not None:
                self.forget()
            return
        if payload == self.last:
            return
        drafts.save_draft(
            self.ctx.data_dir,
            self.key,
            payload,
            case_id=case_id,
            case_number=case_number,
            user_id=self.ctx.user.user_id,
            user_name=self.ctx.user.display_name,
        )
        self.last = payload
        self._last_write = time.monotonic()

    def forget(self) -> None:
        drafts.discard_draft(self.ctx.data_dir, self.key, self.ctx.user.user_id)
        self.last = None

    def waiting(self) -> Draft | None:
        """A draft left by an earlier run (a crash, a power cut) for this case and user."""
        draft = drafts.load_draft(self.ctx.data_dir, self.key, self.ctx.user.user_id)
        if draft is not None:
            self.last = draft.values  # the file already holds exactly this
        return draft
