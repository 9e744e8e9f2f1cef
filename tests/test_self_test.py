"""`tatulyq --self-test`: passes on a sound installation, and names the check that breaks otherwise."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import selftest
from app.cli.main import main
from app.selftest import Check, CheckError, Workspace, checks_storage, checks_texts
from app.selftest.runner import run_checks
from app.services.runtime import open_database
from app.storage.location import resolve_location


def _only(*names: str) -> tuple[Check, ...]:
    return tuple(check for check in selftest.CHECKS if check.name in names)


@pytest.mark.slow
def test_self_test_passes_with_one_line(qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test"]) == 0

    out = capsys.readouterr().out
    assert re.fullmatch(rf"self-test passed: {len(selftest.CHECKS)} checks in \d+\.\d s\n", out), out


def test_a_missing_qm_file_fails_the_translations_and_qt_checks(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "translations"
    shutil.copytree(checks_texts.translations_dir(), copy)
    (copy / "tatulyq_ru.qm").unlink()
    monkeypatch.setattr(checks_texts, "translations_dir", lambda: copy)
    monkeypatch.setattr(selftest, "CHECKS", _only("translations", "qt"))

    assert main(["--self-test"]) == 1

    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"FAILED translations: missing in {copy}: tatulyq_ru.qm"
    assert lines[1] == f"FAILED qt: tatulyq_ru.qm does not load from {copy}"
    assert re.fullmatch(r"self-test failed: 2 of 2 checks in \d+\.\d s", lines[2])


def test_a_step_that_raises_is_named_and_what_needs_it_is_not_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_: Workspace) -> None:
        raise OSError("disk on fire")

    checks = tuple(
        Check(c.name, broken, c.needs) if c.name == "database" else c
        for c in _only("sqlcipher", "migrations", "database", "encryption", "report", "fonts")
    )
    monkeypatch.setattr(selftest, "CHECKS", checks)

    assert main(["--self-test", "--json"]) == 1

    document = json.loads(capsys.readouterr().out)
    assert document["ok"] is False
    outcome = {check["name"]: (check["passed"], check["reason"]) for check in document["checks"]}
    assert outcome == {
        "sqlcipher": (True, None),
        "migrations": (True, None),
        "database": (False, "OSError: disk on fire"),
        "encryption": (False, "not run: the database check failed"),
        "report": (False, "not run: the encryption check failed"),
        "fonts": (False, "not run: the report check failed"),
    }


def test_the_encryption_check_refuses_a_plain_database(tmp_path: Path) -> None:
    db = open_database(data_dir=tmp_path / "plain")
    db.close()
    workspace = Workspace(tmp_path, location=resolve_location(tmp_path / "plain"))

    with pytest.raises(CheckError, match="begins with the plain SQLite header: it is not encrypted"):
        checks_storage.check_encryption(workspace)


def test_the_temporary_folder_is_removed_even_after_a_failure(tmp_path: Path) -> None:
    seen: list[Path] = []

    def writes_then_fails(ws: Workspace) -> None:
        (ws.folder / "left.db").write_bytes(b"data")
        seen.append(ws.folder)
        raise CheckError("as planned")

    report = run_checks([Check("writer", writes_then_fails)], tmp_path)

    assert report.lines()[0] == "FAILED writer: as planned"
    assert seen and not seen[0].exists()
    assert list(tmp_path.iterdir()) == []
