"""`tatulyq signals` on a real SQLite file: the text a council member reads and the JSON a script reads."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.cli.main import main
from app.storage.database import Database
from tests.signals_world import BAYZAK, CENTRE, HOUSE, KORDAY, REGION, add, baseline_months


def _run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), "signals", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _json(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> dict[str, Any]:
    code, out, _ = _run(capsys, data_dir, *args, "--json")
    assert code == 0, out
    document = json.loads(out)
    assert isinstance(document, dict) and document["ok"] is True
    return document


@pytest.fixture
def region(sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Zhambyl: Korday's inter-ethnic cases jump from one a month to six in October (alert), Bayzak's
    group disputes from one to four (watch), and the House of Friendship keeps its steady five."""
    monkeypatch.setenv("TATULYQ_TODAY", "2026-11-20")
    october = [date(2026, 10, 2) + timedelta(days=i) for i in range(6)]
    add(sqlite_db, "inter_ethnic", baseline_months(), unit=CENTRE, district=KORDAY)
    add(sqlite_db, "inter_ethnic", october, unit=CENTRE, district=KORDAY)
    add(sqlite_db, "group_dispute", baseline_months(), unit=CENTRE, district=BAYZAK)
    add(sqlite_db, "group_dispute", october[:4], unit=CENTRE, district=BAYZAK)
    add(sqlite_db, "recurrence", [d for d in baseline_months() for _ in range(5)], unit=HOUSE, district=None)
    add(sqlite_db, "recurrence", [october[0]] * 5, unit=HOUSE, district=None)
    return tmp_path / "data"


def test_text_lists_the_raised_signals_first_with_place_names(
    capsys: pytest.CaptureFixture[str], region: Path
) -> None:
    code, out, _ = _run(capsys, region, "--unit", REGION, "--period", "2026-10")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"Early warning signals of {REGION}, 2026-10 (01.10.2026 – 31.10.2026), by month"
    rows = [line for line in lines if line.startswith(("ALERT", "WATCH"))]
    # Korday's six (district and the centre's own row) are alerts; Bayzak's four a watch.
    assert rows[0].startswith("ALERT") and "Korday District" in out and "KZ-31-KRD" in rows[0]
    bayzak = next(line for line in rows if "KZ-31-BZK" in line)
    assert bayzak.split()[0] == "WATCH" and "Bayzak District" in bayzak and "group disputes" in bayzak
    assert bayzak.split()[-3:-1] == ["4", "1.0"]  # count, expected
    assert not any("recurrences" in line for line in rows)  # the steady five: normal
    assert lines[-1].endswith("normal.") and "watch(es)" in lines[-1]


def test_json_holds_every_signal(capsys: pytest.CaptureFixture[str], region: Path) -> None:
    document = _json(capsys, region, "--unit", REGION, "--period", "2026-10")
    assert document["period"] == {"label": "2026-10", "start": "2026-10-01", "end": "2026-10-31"}
    assert document["rule"]["grain"] == "month" and document["rule"]["baseline_months"] == 12
    signals = {(s["place_code"], s["indicator"]): s for s in document["signals"]}
    assert signals[(KORDAY, "inter_ethnic")]["level"] == "alert"
    assert signals[(KORDAY, "inter_ethnic")]["count"] == 6
    assert signals[(KORDAY, "inter_ethnic")]["place_names"]["kk"] == "Қордай ауданы"
    assert signals[(BAYZAK, "group_dispute")]["level"] == "watch"
    steady = signals[(HOUSE, "recurrence")]
    assert (steady["count"], steady["expected"], steady["level"]) == (5, 5.0, "normal")
    assert document["raised"] == sum(1 for s in document["signals"] if s["level"] != "normal")
    assert document["region_levels"] == {"KZ-31": "alert"}


def test_week_grain_and_iso_weeks(capsys: pytest.CaptureFixture[str], region: Path) -> None:
    by_week = _json(capsys, region, "--unit", CENTRE, "--period", "2026-W40")
    assert by_week["period"] == {"label": "2026-W40", "start": "2026-09-28", "end": "2026-10-04"}
    assert by_week["rule"]["grain"] == "week"
    korday = next(
        s for s in by_week["signals"] if (s["place_code"], s["indicator"]) == (KORDAY, "inter_ethnic")
    )
    assert korday["count"] == 3  # 2, 3 and 4 October
    same = _json(capsys, region, "--unit", CENTRE, "--period", "2026-10-01", "--grain", "week")
    assert same["period"] == by_week["period"]


def test_unknown_unit_and_bad_period(capsys: pytest.CaptureFixture[str], region: Path) -> None:
    code, out, _ = _run(capsys, region, "--unit", "KZ-00-XX", "--period", "2026-10", "--json")
    assert code == 1 and json.loads(out)["error"]["key"] == "unit.not_found"
    code, _, err = _run(capsys, region, "--unit", REGION, "--period", "October")
    assert code == 2 and "not a month (2026-10)" in err
