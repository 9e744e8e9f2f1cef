"""`tatulyq exchange ...` end to end, in this process, on three real SQLite data folders.

The republican council (KZ-RMC), a regional council (KZ-31-MC) and a centre below it (KZ-31-CTR) each
make their keys; the republic adds the others' keys, checked by the fingerprints their keygen printed,
and publishes the directory of units; the region and the centre install it with the republic's
fingerprint. The centre prepares September and October 2026 on 3 November (so September is late and
October on time) and the region imports both. Expected states and counts are read back here with
the standard library's sqlite3, not through the program under test.

The world is built once per module. Every keygen and every opening of the keys runs argon2id with the
production costs (key_store offers no lighter ones; about a quarter of a second each): the module takes
about six seconds on the 2-core test machine.
"""

from __future__ import annotations

import contextlib
import getpass
import io
import json
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from app.cli import main as cli
from app.services import cases, clock, settings
from app.services.runtime import open_database
from app.storage.location import DATABASE_FILENAME
from tests.conftest import ACTOR
from tests.factories import TODAY, add_two_parties, assign_mediator, new_case

REPUBLIC, REGION, CENTRE = "KZ-RMC", "KZ-31-MC", "KZ-31-CTR"
PASSPHRASE = "тату көршілер 2026"  # non-ASCII on purpose: typed in Kazakh as often as not
SET_UP_ON = "2026-11-02"  # keys and the directory are made before the months are prepared
PREPARED_AT = datetime(2026, 11, 3, 5, 0, tzinfo=UTC)  # 10:00 in Kazakhstan, before the 5th
IMPORTED_ON = "2026-11-21"


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    def json(self) -> dict[str, Any]:
        document = json.loads(self.out)
        assert isinstance(document, dict)
        return document


def tq(data_dir: Path, *args: str) -> Run:
    """One command in this process; stdout and stderr captured (capsys is per test, the world is not)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["--data-dir", str(data_dir), *args])
    assert "Traceback" not in err.getvalue(), err.getvalue()
    return Run(code, out.getvalue(), err.getvalue())


def tq_json(data_dir: Path, *args: str, code: int = 0) -> dict[str, Any]:
    run = tq(data_dir, *args, "--json")
    assert run.code == code, (run.out, run.err)
    document = run.json()
    assert document["ok"] is (code == 0)
    return document


def query(data_dir: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"file:{data_dir / DATABASE_FILENAME}?mode=ro", uri=True)
    try:
        return list(conn.execute(sql, params))
    finally:
        conn.close()


def _installation(data_dir: Path, unit: str) -> None:
    """What the desktop program's first start records: the unit this installation serves."""
    db = open_database(data_dir=data_dir)
    try:
        with db.session(write=True, actor=ACTOR) as s:
            settings.set_value(s, "installation.unit_code", unit)
    finally:
        db.close()


def _centre_register(data_dir: Path) -> None:
    """A case received in September (intake only) and one in October in mediation with no session
    yet: October has one finding, September none."""
    db = open_database(data_dir=data_dir)
    try:
        with db.session(write=True, actor=ACTOR) as s:
            new_case(s, unit=CENTRE, intake=date(2026, 9, 10))
            october = new_case(s, unit=CENTRE, intake=date(2026, 10, 5))
            add_two_parties(s, october)
            assign_mediator(s, october)
            cases.sign_agreement(s, october, date(2026, 10, 6), today=TODAY)
    finally:
        db.close()


@dataclass(frozen=True)
class World:
    republic: Path
    region: Path
    centre: Path
    out: Path
    keygen: dict[str, dict[str, Any]]  # unit -> keygen's JSON answer
    directory_file: Path
    refused_export: dict[str, Any]
    september: dict[str, Any]
    october: dict[str, Any]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("exchange-cli")
    folders = {unit: root / unit for unit in (REPUBLIC, REGION, CENTRE)}
    out = root / "stick"
    out.mkdir()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TATULYQ_EXCHANGE_PASSPHRASE", PASSPHRASE)
        patch.setenv("TATULYQ_TODAY", SET_UP_ON)
        keygen = {}
        for unit, folder in folders.items():
            _installation(folder, unit)
            keygen[unit] = tq_json(folder, "exchange", "keygen", "--public-out", str(out))
        republic = folders[REPUBLIC]
        for unit in (REGION, CENTRE):
            tq_json(
                republic, "exchange", "directory", "add-key", unit, keygen[unit]["public_file"],
                "--fingerprint", keygen[unit]["fingerprint"],
            )  # fmt: skip
        published = tq_json(republic, "exchange", "directory", "publish", "--out", str(out))
        for unit in (REGION, CENTRE):
            tq_json(
                folders[unit], "exchange", "directory", "install", published["file"],
                "--fingerprint", keygen[REPUBLIC]["fingerprint"],
            )  # fmt: skip

        _centre_register(folders[CENTRE])
        patch.setenv("TATULYQ_TODAY", "2026-11-03")
        patch.setattr(clock, "now", lambda: PREPARED_AT)
        centre = folders[CENTRE]
        september = tq_json(centre, "exchange", "export", "--period", "2026-09", "--out", str(out))
        refused = tq_json(centre, "exchange", "export", "--period", "2026-10", "--out", str(out), code=1)
        october = tq_json(
            centre, "exchange", "export", "--period", "2026-10", "--out", str(out), "--send-with-findings"
        )
    yield World(
        republic=republic,
        region=folders[REGION],
        centre=centre,
        out=out,
        keygen=keygen,
        directory_file=Path(published["file"]),
        refused_export=refused,
        september=september,
        october=october,
    )


def test_keygen_prints_the_fingerprint_and_writes_the_public_file(world: World) -> None:
    answer = world.keygen[CENTRE]
    assert answer["unit"] == CENTRE
    groups = answer["fingerprint"].split(" ")
    assert len(groups) == 6 and all(len(g) == 4 and g.isdigit() for g in groups)
    public = json.loads(Path(answer["public_file"]).read_text(encoding="utf-8"))
    assert Path(answer["public_file"]).name == f"{CENTRE}.tqk"
    assert public["unit_code"] == CENTRE and public["key_id"] == answer["key_id"]
    # The passphrase itself is in no file and no answer.
    keys_text = (world.centre / "exchange.keys").read_text(encoding="utf-8")
    assert PASSPHRASE not in keys_text and PASSPHRASE not in json.dumps(answer, ensure_ascii=False)
    # `fingerprint` reads the same from the keys file, without the passphrase.
    shown = tq(world.centre, "exchange", "fingerprint")
    assert shown.code == 0 and answer["fingerprint"] in shown.out and answer["key_id"] in shown.out


def test_keygen_never_replaces_keys_and_refuses_another_unit(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TATULYQ_EXCHANGE_PASSPHRASE", PASSPHRASE)
    before = (world.region / "exchange.keys").read_bytes()
    again = tq_json(world.region, "exchange", "keygen", code=1)
    assert again["error"]["key"] == "exchange.keys_exist"
    other = tq_json(world.region, "exchange", "keygen", "--unit", CENTRE, code=1)
    assert other["error"]["key"] == "exchange.keys_other_unit"
    assert (world.region / "exchange.keys").read_bytes() == before


def test_public_key_is_written_again_identical(world: World, tmp_path: Path) -> None:
    answer = tq_json(world.region, "exchange", "public-key", "--out", str(tmp_path))
    assert Path(answer["public_file"]).read_bytes() == Path(world.keygen[REGION]["public_file"]).read_bytes()


def test_no_passphrase_and_no_terminal_is_a_clear_error(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    # stdin is not a terminal under pytest: the command must say what to do, not wait for typing.
    monkeypatch.delenv("TATULYQ_EXCHANGE_PASSPHRASE", raising=False)
    run = tq(world.centre, "exchange", "import", str(world.october["package"]["path"]))
    assert run.code == 1
    assert "TATULYQ_EXCHANGE_PASSPHRASE" in run.err


def test_the_directory_carries_the_keys_that_were_added(world: World) -> None:
    assert world.directory_file.is_file()
    for folder in (world.republic, world.region, world.centre):
        shown = tq_json(folder, "exchange", "directory", "show")
        assert shown["version"] == 1
        keys = {unit["code"]: [k["key_id"] for k in unit["keys"]] for unit in shown["units"]}
        assert keys[REGION] == [world.keygen[REGION]["key_id"]]
        assert keys[CENTRE] == [world.keygen[CENTRE]["key_id"]]
        assert keys[REPUBLIC] == [world.keygen[REPUBLIC]["key_id"]]
    assert query(world.region, "SELECT version FROM exchange_directories") == [(1,)]
    # The same version again is refused, and said so.
    again = tq(world.region, "exchange", "directory", "install", str(world.directory_file))
    assert again.code == 1 and "not newer" in again.err


def test_a_first_directory_with_a_wrong_fingerprint_is_not_installed(world: World, tmp_path: Path) -> None:
    stranger = tmp_path / "stranger"
    _installation(stranger, "KZ-31-HF")
    wrong = "1111 2222 3333 4444 5555 6666"
    answer = tq_json(
        stranger,
        "exchange",
        "directory",
        "install",
        str(world.directory_file),
        "--fingerprint",
        wrong,
        code=1,
    )
    assert answer["error"]["key"] == "directory.fingerprint_mismatch"
    assert query(stranger, "SELECT count(*) FROM exchange_directories") == [(0,)]


def test_add_key_with_a_misheard_fingerprint_is_refused(world: World) -> None:
    digits = world.keygen[CENTRE]["fingerprint"]
    misheard = ("0" if digits[0] != "0" else "1") + digits[1:]
    answer = tq_json(
        world.republic, "exchange", "directory", "add-key", CENTRE, world.keygen[CENTRE]["public_file"],
        "--fingerprint", misheard, code=1,
    )  # fmt: skip
    assert answer["error"]["key"] == "exchange.fingerprint_mismatch"


def test_export_with_findings_is_refused_unless_asked(world: World) -> None:
    refused = world.refused_export
    assert refused["package"] is None
    assert [f["key"] for f in refused["findings"]] == ["month_check.no_session"]
    assert len(refused["findings"][0]["cases"]) == 1
    october = world.october["package"]
    assert Path(october["path"]).is_file()
    assert october["revision"] == 1 and october["case_rows"] == 2
    assert world.september["package"]["case_rows"] == 1 and world.september["findings"] == []
    # The refused attempt recorded nothing: two months, one closure each.
    closures = query(
        world.centre, "SELECT period, revision, problems FROM month_closures ORDER BY period, revision"
    )
    assert closures == [("2026-09", 1, 0), ("2026-10", 1, 1)]
    assert october["sequence"] > world.september["package"]["sequence"]


def test_import_at_the_region_then_status_shows_late_and_on_time(
    world: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TATULYQ_EXCHANGE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("TATULYQ_TODAY", IMPORTED_ON)
    files = [world.september["package"]["path"], world.october["package"]["path"]]
    run = tq(world.region, "exchange", "import", *files)
    assert run.code == 0, (run.out, run.err)
    lines = run.out.splitlines()
    assert lines[0].startswith(
        f"{CENTRE}_2026-09_r1.tqp: imported ({CENTRE} 2026-09 revision 1, 1 case row(s))"
    )
    assert any(line.startswith(f"{CENTRE}_2026-10_r1.tqp: replaced") for line in lines)
    assert "[1/2]" in run.err  # progress goes to stderr, never into the answer
    states = query(world.region, "SELECT period, state FROM received_packages ORDER BY period")
    assert states == [("2026-09", "superseded"), ("2026-10", "current")]
    assert query(
        world.region,
        "SELECT count(*) FROM cases c JOIN received_packages r ON c.received_package_id = r.id "
        "WHERE r.period = '2026-10'",
    ) == [(2,)]
    receipts = sorted(world.out.glob("*.receipt.json"))
    assert [p.name for p in receipts] == [
        f"{CENTRE}_2026-09_r1.receipt.json",
        f"{CENTRE}_2026-10_r1.receipt.json",
    ]
    # The courier takes these back (a second import below writes receipts of its own).
    courier = tmp_path / "courier"
    courier.mkdir()
    receipts = [Path(shutil.copy2(p, courier)) for p in receipts]

    again = tq_json(world.region, "exchange", "import", *files)
    assert [f["status"] for f in again["files"]] == ["duplicate", "duplicate"]
    assert query(world.region, "SELECT count(*) FROM received_packages") == [(2,)]

    status = tq_json(world.region, "exchange", "status", "--period", "2026")
    grid = status["completeness"]
    cells = {(c["unit"], c["period"]): c for c in grid["cells"]}
    assert cells[(CENTRE, "2026-09")]["state"] == "late"
    assert cells[(CENTRE, "2026-10")]["state"] == "on_time"
    assert cells[(CENTRE, "2026-10")]["revision"] == 1
    assert cells[("KZ-31-HF", "2026-10")]["state"] == "missing"
    assert cells[(CENTRE, "2026-11")]["state"] == "pending"  # due on 5 December
    # Korday's assembly opened in 2025: expected in every month of 2026 too.
    assert grid["totals"]["2026-10"] == {
        "expected": 3, "on_time": 1, "late": 0, "missing": 2, "pending": 0, "deadline": "2026-11-05",
    }  # fmt: skip
    assert status["sent"] == []  # a regional council sent nothing yet

    # The centre reads the region's receipts: its status shows them against the packages sent.
    back = tq_json(world.centre, "exchange", "import", *map(str, receipts))
    assert [f["status"] for f in back["files"]] == ["receipt", "receipt"]
    sent = tq_json(world.centre, "exchange", "status", "--period", "2026-10")
    assert sent["completeness"] is None
    assert [(p["period"], p["revision"], p["case_rows"], p["receipt_status"]) for p in sent["sent"]] == [
        ("2026-10", 1, 2, "replaced")
    ]
    text = tq(world.centre, "exchange", "status", "--period", "2026-10")
    assert f"{CENTRE}_2026-10_r1.tqp" in text.out and "replaced" in text.out

    # The region sends its own month up with the centre's package inside; the republic sees both.
    region_out = tmp_path / "region-stick"
    region_out.mkdir()
    sent_up = tq_json(world.region, "exchange", "export", "--period", "2026-10", "--out", str(region_out))
    assert sent_up["package"]["forwarded"] == 1 and sent_up["package"]["case_rows"] == 0
    at_republic = tq_json(world.republic, "exchange", "import", sent_up["package"]["path"])
    assert [f["status"] for f in at_republic["files"]] == ["imported"]
    top = tq_json(world.republic, "exchange", "status", "--period", "2026-10")
    top_cells = {c["unit"]: c["state"] for c in top["completeness"]["cells"]}
    assert top_cells[REGION] == "late" and top_cells[CENTRE] == "on_time"
    assert top_cells["KZ-31-HF"] == "missing" and top_cells["KZ-19-MC"] == "missing"


def test_a_tampered_package_is_refused_and_changes_nothing(
    world: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TATULYQ_EXCHANGE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("TATULYQ_TODAY", IMPORTED_ON)
    data = bytearray(Path(world.october["package"]["path"]).read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered = tmp_path / "tampered.tqp"
    tampered.write_bytes(bytes(data))
    tables = ("received_packages", "cases", "parties", "consultations")
    before = {t: query(world.region, f"SELECT count(*) FROM {t}") for t in tables}

    run = tq(world.region, "exchange", "import", str(tampered))
    assert run.code == 1
    assert run.out.splitlines()[0] == "tampered.tqp: refused"
    assert "changed" in run.out or "damaged" in run.out  # the reason, in words
    quarantined = next(line for line in run.out.splitlines() if "quarantine" in line).split(": ", 1)[1]
    assert Path(quarantined).read_bytes() == bytes(data)
    assert {t: query(world.region, f"SELECT count(*) FROM {t}") for t in tables} == before

    answer = tq_json(world.region, "exchange", "import", str(tampered), code=1)
    (result,) = answer["files"]
    assert result["status"] == "refused" and result["key"].startswith("package.")
    assert result["quarantined"] and Path(result["quarantined"]).is_file()


def test_bad_command_lines(world: World) -> None:
    assert tq(world.region, "exchange", "export", "--period", "2026-13", "--out", ".").code == 2
    assert tq(world.region, "exchange", "status", "--period", "26").code == 2
    missing = tq_json(world.region, "exchange", "import", str(world.out / "no-such.tqp"), code=1)
    assert missing["error"]["key"] == "package.cannot_read"


def test_keygen_asks_twice_in_a_terminal_and_makes_nothing_when_they_differ(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "hf"
    _installation(folder, "KZ-31-HF")
    monkeypatch.delenv("TATULYQ_EXCHANGE_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    typed = iter(["бірінші құпия сөз", "екінші құпия сөз"])
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(typed)

    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    answer = tq_json(folder, "exchange", "keygen", code=1)
    assert answer["error"]["key"] == "cli.passphrases_differ"
    assert len(prompts) == 2
    assert not (folder / "exchange.keys").exists()
