"""Drafts of unsaved input: written whole or not at all, per user, removed on save or discard."""

from __future__ import annotations

import json
import os
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.services import drafts

USER = uuid.UUID("11111111-2222-3333-4444-555555555555")
OTHER = uuid.UUID("99999999-8888-7777-6666-555555555555")


def test_a_draft_comes_back_as_it_was_written(tmp_path: Path) -> None:
    case_id = uuid.uuid4()
    values = {"dispute": {"description": "Жер дауы: Қордай", "category": "family", "inter_ethnic": True}}
    drafts.save_draft(
        tmp_path,
        drafts.key_for(case_id),
        values,
        case_id=case_id,
        case_number="KZ-31-KRD-2026-0001",
        user_id=USER,
        user_name="Әлия",
    )
    draft = drafts.load_draft(tmp_path, str(case_id), USER)
    assert draft is not None
    assert draft.values == values
    assert draft.case_id == case_id
    assert draft.case_number == "KZ-31-KRD-2026-0001"
    assert draft.user_name == "Әлия"
    assert draft.saved_at.tzinfo is not None


def test_a_new_case_is_keyed_new_and_replaced_by_the_next_write(tmp_path: Path) -> None:
    drafts.save_draft(tmp_path, drafts.key_for(None), {"n": 1}, user_id=USER)
    drafts.save_draft(tmp_path, drafts.key_for(None), {"n": 2}, user_id=USER)
    pending = drafts.pending_drafts(tmp_path, USER)
    assert [(d.key, d.values) for d in pending] == [("new", {"n": 2})]
    assert pending[0].case_id is None


def test_each_user_sees_only_their_own_drafts(tmp_path: Path) -> None:
    drafts.save_draft(tmp_path, "new", {"who": "me"}, user_id=USER)
    drafts.save_draft(tmp_path, "new", {"who": "them"}, user_id=OTHER)
    assert [d.values["who"] for d in drafts.pending_drafts(tmp_path, USER)] == ["me"]
    assert sorted(d.values["who"] for d in drafts.pending_drafts(tmp_path)) == ["me", "them"]


def test_newest_first(tmp_path: Path) -> None:
    older, newer = uuid.uuid4(), uuid.uuid4()
    drafts.save_draft(tmp_path, str(older), {}, case_id=older, saved_at=datetime(2026, 1, 1, tzinfo=UTC))
    drafts.save_draft(tmp_path, str(newer), {}, case_id=newer, saved_at=datetime(2026, 2, 1, tzinfo=UTC))
    assert [d.case_id for d in drafts.pending_drafts(tmp_path)] == [newer, older]


def test_discard_removes_it_and_a_leftover_partial_write(tmp_path: Path) -> None:
    path = drafts.save_draft(tmp_path, "new", {"a": 1}, user_id=USER)
    partial = path.with_name(path.name + ".partial")
    partial.write_text("{", encoding="utf-8")
    drafts.discard_draft(tmp_path, "new", USER)
    assert not path.exists() and not partial.exists()
    assert drafts.pending_drafts(tmp_path, USER) == []
    drafts.discard_draft(tmp_path, "new", USER)  # twice is harmless


def test_a_write_interrupted_before_the_rename_leaves_the_previous_draft_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drafts.save_draft(tmp_path, "new", {"text": "first"}, user_id=USER)

    def power_cut(src: object, dst: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(OSError):
        drafts.save_draft(tmp_path, "new", {"text": "second"}, user_id=USER)
    monkeypatch.undo()
    draft = drafts.load_draft(tmp_path, "new", USER)
    assert draft is not None and draft.values == {"text": "first"}
    assert [d.values for d in drafts.pending_drafts(tmp_path, USER)] == [{"text": "first"}]


def test_damaged_or_foreign_files_are_skipped_not_deleted(tmp_path: Path) -> None:
    folder = drafts.drafts_dir(tmp_path) / USER.hex
    folder.mkdir(parents=True)
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    (folder / "other.json").write_text(json.dumps({"format": 99, "values": {}}), encoding="utf-8")
    assert drafts.pending_drafts(tmp_path, USER) == []
    assert (folder / "broken.json").exists()


@pytest.mark.parametrize("key", ["../evil", "a/b", "", "NEW", "x" * 65])
def test_a_key_cannot_point_outside_the_folder(tmp_path: Path, key: str) -> None:
    with pytest.raises(ValidationError) as caught:
        drafts.save_draft(tmp_path, key, {})
    assert caught.value.key == "draft.key"


def test_no_folder_no_drafts(tmp_path: Path) -> None:
    assert drafts.pending_drafts(tmp_path / "missing") == []
