"""Files beside the database are replaced whole: a failed write leaves the old file and no leftovers."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from app.storage import files
from app.storage.files import replace_atomically, replace_text


def test_a_file_is_replaced_whole_and_the_folder_is_made(tmp_path: Path) -> None:
    target = tmp_path / "new" / "preferences.json"
    replace_text(target, "{}")
    replace_text(target, '{"language": "kk"}')
    assert target.read_text(encoding="utf-8") == '{"language": "kk"}'
    assert [p.name for p in target.parent.iterdir()] == ["preferences.json"]  # no temporary file left


def test_a_failed_write_keeps_the_old_file_and_removes_the_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")

    def full_disk(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        replace_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_a_private_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "tatulyq.keys"
    replace_text(target, "{}", private=True)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
