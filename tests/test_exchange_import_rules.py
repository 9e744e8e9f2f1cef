"""The import's rules that a reviewer broke: keys withdrawn, completion days written back, months not
over, late months, two imports at once, rows of other units, odd file names and files, receipts from
the wrong council. Each checks what the council would see: the result, the packages held, the cases."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.exchange.directory_service import add_unit_key, current_directory, publish_directory, recipients_for
from app.exchange.importer import _context, _Plan, _plan, _write
from app.exchange.keys import InstallationKeys
from app.exchange.package import AGGREGATES, CASES, CONSULTATIONS, FORWARDED, ManifestFields, write_package
from app.exchange.receipts import Receipt, receipt_bytes
from app.exchange.service import import_files, prepare_month
from app.models import ReceivedPackage
from tests.exchange_world import (
    ACTOR,
    CENTRE,
    OCTOBER,
    OTHER_REGION,
    REGION,
    REPUBLIC,
    Site,
    World,
    build_world,
    count_cases,
    fast_keys_and_today,
    file_state,
    fill_october,
    received,
    world_in,
)

SEPTEMBER = "2026-09"


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_keys_and_today(monkeypatch)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    yield from world_in(tmp_path)


def _sign(
    site: Site,
    to: Site,
    folder: Path,
    *,
    period: str,
    completed: datetime,
    revision: int = 1,
    cases: bytes = b"",
    forwarded: bytes = b"",
    name: str = "forged.tqp",
) -> Path:
    """A package signed by ``site``'s keys (a thief holding them, or a doctored council), for ``to``."""
    with to.db.session() as s:
        directory = current_directory(s)
    assert directory is not None
    fields = ManifestFields(
        site.code,
        site.code,
        period,
        revision,
        int(datetime.now(UTC).timestamp()),
        completed.isoformat(),
        "x",
        "x",
    )
    files = {AGGREGATES: b"{}", CASES: cases, CONSULTATIONS: b"", FORWARDED: forwarded}
    path = folder / name
    path.write_bytes(
        write_package(fields, files, site.keys, recipients_for(directory, site.code, date(2026, 11, 20)))
    )
    return path


def _withdraw_centre_key(world: World, folder: Path, new_from: date) -> None:
    """The republic registers a new key for the centre (the old one is withdrawn the day before)."""
    republic = world[REPUBLIC]
    new = InstallationKeys.generate(CENTRE)
    with republic.db.session(write=True, actor=ACTOR) as s:
        add_unit_key(s, CENTRE, new.public, fingerprint=new.public.fingerprint, valid_from=new_from)
        publish_directory(s, republic.keys, folder)


def _refused(site: Site, path: Path, key: str) -> None:
    before = file_state(site)
    [result] = import_files(site.db, site.keys, [path], actor=ACTOR)
    assert (result.status, result.key) == ("refused", key), result.message
    assert file_state(site) == before


def test_a_stolen_withdrawn_key_cannot_sign_a_month_not_over_or_a_completion_day_written_back(
    world: World, tmp_path: Path
) -> None:
    centre, republic = world[CENTRE], world[REPUBLIC]
    _withdraw_centre_key(world, tmp_path, date(2026, 11, 10))
    # November is not over on 20 November, whatever the package says.
    _refused(
        republic,
        _sign(centre, republic, tmp_path, period="2026-11", completed=datetime(2026, 11, 1, tzinfo=UTC)),
        "exchange.period_not_over",
    )
    # October "completed" on 31 October local time: before the month was over.
    early = datetime(2026, 10, 31, 10, 0, tzinfo=UTC)
    _refused(
        republic,
        _sign(centre, republic, tmp_path, period=OCTOBER, completed=early),
        "exchange.completed_before_month_end",
    )
    # Completed next week.
    late = datetime(2026, 12, 1, tzinfo=UTC)
    _refused(
        republic,
        _sign(centre, republic, tmp_path, period=OCTOBER, completed=late),
        "exchange.completed_in_future",
    )
    # A revision to stay "newest" for ever.
    honest = datetime(2026, 11, 2, tzinfo=UTC)
    _refused(
        republic,
        _sign(centre, republic, tmp_path, period=OCTOBER, completed=honest, revision=2**53 - 1),
        "exchange.bad_revision",
    )
    assert received(republic.db) == []


def test_a_key_withdrawn_long_ago_signs_nothing_now_one_withdrawn_lately_still_may(tmp_path: Path) -> None:
    # Withdrawn on 5 October (more than 45 days before 20 November): its September, completed on
    # 2 October while it was in force, is refused now.
    old = build_world(tmp_path / "old")
    try:
        centre, republic = old[CENTRE], old[REPUBLIC]
        _withdraw_centre_key(old, tmp_path / "old", date(2026, 10, 6))
        september = _sign(
            centre, republic, tmp_path, period=SEPTEMBER, completed=datetime(2026, 10, 2, tzinfo=UTC)
        )
        _refused(republic, september, "package.unknown_key")
    finally:
        old.close()
    # Withdrawn on 9 November: a package it signed on 2 November may still arrive by courier.
    recent = build_world(tmp_path / "recent")
    try:
        centre, republic = recent[CENTRE], recent[REPUBLIC]
        _withdraw_centre_key(recent, tmp_path / "recent", date(2026, 11, 10))
        october = _sign(
            centre, republic, tmp_path, period=OCTOBER, completed=datetime(2026, 11, 2, tzinfo=UTC)
        )
        [result] = import_files(republic.db, republic.keys, [october], actor=ACTOR)
        assert (result.status, result.key) == ("imported", "exchange.imported")
    finally:
        recent.close()


def test_a_month_forgotten_and_sent_after_a_later_one_counts(world: World, tmp_path: Path) -> None:
    """September prepared before October but brought after it: genuine, recorded as older."""
    centre, region = world[CENTRE], world[REGION]
    september = prepare_month(centre.db, centre.keys, SEPTEMBER, tmp_path, actor=ACTOR).path
    numbers = fill_october(centre.db)
    october = prepare_month(centre.db, centre.keys, OCTOBER, tmp_path, actor=ACTOR).path

    results = import_files(region.db, region.keys, [october, september], actor=ACTOR)

    assert [(r.status, r.key) for r in results] == [
        ("imported", "exchange.imported"),
        ("ignored_older", "exchange.older_period"),
    ]
    assert received(region.db) == [(CENTRE, SEPTEMBER, 1, "older"), (CENTRE, OCTOBER, 1, "current")]
    assert count_cases(region.db, CENTRE) == len(numbers)


def test_two_imports_checked_at_the_same_moment_leave_one_current_package(
    world: World, tmp_path: Path
) -> None:
    region, republic = world[REGION], world[REPUBLIC]
    september = prepare_month(region.db, region.keys, SEPTEMBER, tmp_path, actor=ACTOR).path
    october = prepare_month(region.db, region.keys, OCTOBER, tmp_path, actor=ACTOR).path
    ctx = _context(republic.db, republic.keys, ACTOR)
    planned_september, planned_october = _plan(ctx, september), _plan(ctx, october)
    # Both checked before either is written: each alone would become the region's current package.
    assert isinstance(planned_september, _Plan) and isinstance(planned_october, _Plan)

    _write(ctx, october, planned_october)
    _write(ctx, september, planned_september)

    assert received(republic.db) == [(REGION, SEPTEMBER, 1, "older"), (REGION, OCTOBER, 1, "current")]


def test_a_council_cannot_put_rows_of_a_centre_with_its_own_key_into_its_package(
    world: World, tmp_path: Path
) -> None:
    centre, region, republic = world[CENTRE], world[REGION], world[REPUBLIC]
    fill_october(centre.db)
    october = prepare_month(centre.db, centre.keys, OCTOBER, tmp_path, actor=ACTOR).path
    import_files(region.db, region.keys, [october], actor=ACTOR)
    with region.db.session() as s:
        blob = s.query(ReceivedPackage).one().cases or b""
    # The region's own package carries the centre's rows as if they were its own; the centre has its
    # own key (its own installation), so only its own package may speak for it.
    doctored = _sign(
        region, republic, tmp_path, period=OCTOBER, completed=datetime(2026, 11, 3, tzinfo=UTC), cases=blob
    )
    before = file_state(republic)
    [result] = import_files(republic.db, republic.keys, [doctored], actor=ACTOR)
    assert (result.status, result.key) == ("refused", "package.bad_rows"), result.message
    assert file_state(republic) == before
    assert count_cases(republic.db, CENTRE) == 0


def test_long_and_odd_file_names_are_quarantined_and_answered_under_short_safe_names(
    world: World, tmp_path: Path
) -> None:
    centre, region = world[CENTRE], world[REGION]
    fill_october(centre.db)
    stick = tmp_path / "stick"
    stick.mkdir()
    genuine = prepare_month(centre.db, centre.keys, OCTOBER, stick, actor=ACTOR).path
    bad = stick / ("b" * 245 + ".tqp")
    bad.write_bytes(b"garbage")
    good = stick / ("g" * 245 + ".tqp")
    good.write_bytes(genuine.read_bytes())

    refused, imported = import_files(region.db, region.keys, [bad, good], actor=ACTOR)

    assert refused.status == "refused" and refused.quarantined is not None and refused.quarantined.is_file()
    assert len(refused.quarantined.name) < 100 and refused.quarantined.read_bytes() == b"garbage"
    assert imported.status == "imported" and imported.receipt is not None and imported.receipt.is_file()
    assert len(imported.receipt.name) < 100 and imported.receipt.parent == stick


def test_a_receipt_that_cannot_be_written_does_not_undo_the_import(world: World, tmp_path: Path) -> None:
    centre, region = world[CENTRE], world[REGION]
    fill_october(centre.db)
    (tmp_path / "stick").mkdir()
    october = prepare_month(centre.db, centre.keys, OCTOBER, tmp_path / "stick", actor=ACTOR).path
    # Neither beside the package nor in the fallback folder: both names are taken by the wrong kind of file.
    october.with_name(october.stem + ".receipt.json").mkdir()
    (region.data_dir / "exchange").mkdir(exist_ok=True)
    (region.data_dir / "exchange" / "receipts").write_bytes(b"")

    [result] = import_files(region.db, region.keys, [october], actor=ACTOR)

    assert (result.status, result.receipt) == ("imported", None)
    assert "receipt could not be written" in result.message and "receipt_error" in result.params
    assert received(region.db) == [(CENTRE, OCTOBER, 1, "current")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_fifo_is_refused_without_waiting_or_copying(world: World, tmp_path: Path) -> None:
    region = world[REGION]
    fifo = tmp_path / "endless.tqp"
    os.mkfifo(fifo)
    [result] = import_files(region.db, region.keys, [fifo], actor=ACTOR)
    assert (result.status, result.key) == ("refused", "package.cannot_read")
    assert result.quarantined is not None and result.quarantined.name.endswith(".reason.txt")
    assert "not an ordinary file" in result.quarantined.read_text(encoding="utf-8")
    assert received(region.db) == []


def test_a_receipt_counts_only_from_a_council_the_package_went_to_and_for_that_package(
    tmp_path: Path,
) -> None:
    network = build_world(tmp_path / "network", (REGION, CENTRE, OTHER_REGION))
    try:
        centre, region, other = network[CENTRE], network[REGION], network[OTHER_REGION]
        fill_october(centre.db)
        october = prepare_month(centre.db, centre.keys, OCTOBER, tmp_path, actor=ACTOR)

        def receipt(signer: Site, *, revision: int, name: str) -> Path:
            document = Receipt(
                package_id=october.package_id,
                unit=CENTRE,
                period=OCTOBER,
                revision=revision,
                status="imported",
                reason="exchange.imported",
                received_at=datetime(2026, 11, 20, 6, 0, tzinfo=UTC).isoformat(),
                receiver=signer.code,
                receiver_key_id=signer.keys.public.key_id,
            )
            path = tmp_path / name
            path.write_bytes(receipt_bytes(document, signer.keys))
            return path

        # Another region's good signature does not make our month arrived ...
        _refused(centre, receipt(other, revision=1, name="other.receipt.json"), "exchange.bad_receipt")
        # ... nor does our region's receipt for another revision.
        _refused(centre, receipt(region, revision=2, name="wrong.receipt.json"), "exchange.bad_receipt")
        [read] = import_files(
            centre.db, centre.keys, [receipt(region, revision=1, name="ok.receipt.json")], actor=ACTOR
        )
        assert (read.status, read.params["result"]) == ("receipt", "imported")
    finally:
        network.close()
