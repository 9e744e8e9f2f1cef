"""Importing packages up the hierarchy: centre -> region -> republic, revisions, receipts, many files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.exchange.directory_service import current_directory
from app.exchange.keys import PublicKeys
from app.exchange.package_manifest import parse_manifest
from app.exchange.quarantine import quarantine_folder
from app.exchange.service import import_files, prepare_month
from app.models import Case, ReceivedPackage, SentPackage
from app.services.clock import local_date
from tests.exchange_world import (
    ACTOR,
    CENTRE,
    HOUSE,
    OCTOBER,
    REGION,
    REPUBLIC,
    Site,
    World,
    build_world,
    count_cases,
    fast_keys_and_today,
    figures,
    file_state,
    fill_october,
    received,
    world_in,
)


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_keys_and_today(monkeypatch)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    yield from world_in(tmp_path)


def _prepare(site: Site, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    return prepare_month(site.db, site.keys, OCTOBER, folder, actor=ACTOR, send_with_findings=True).path


def test_the_region_sees_the_centres_october_exactly_as_the_centre_does(world: World, tmp_path: Path) -> None:
    centre, region = world[CENTRE], world[REGION]
    numbers = fill_october(centre.db)
    package = _prepare(centre, tmp_path / "stick")
    seen: list[tuple[int, int, str]] = []

    [result] = import_files(
        region.db, region.keys, [package], actor=ACTOR, progress=lambda d, t, n: seen.append((d, t, n))
    )

    assert (result.status, result.key, result.unit, result.period, result.revision) == (
        "imported",
        "exchange.imported",
        CENTRE,
        OCTOBER,
        1,
    )
    assert result.case_rows == len(numbers) and result.quarantined is None
    assert seen == [(0, 1, package.name), (1, 1, "")]
    assert count_cases(region.db, CENTRE) == len(numbers)
    assert figures(region.db, CENTRE) == figures(centre.db, CENTRE)
    assert received(region.db) == [(CENTRE, OCTOBER, 1, "current")]
    # The receipt lies beside the package, signed by the region.
    assert result.receipt == package.with_name("KZ-31-CTR_2026-10_r1.receipt.json")
    receipt = json.loads(result.receipt.read_text(encoding="utf-8"))
    assert (receipt["status"], receipt["receiver"], receipt["unit"]) == ("imported", REGION, CENTRE)


def test_the_same_file_twice_changes_nothing(world: World, tmp_path: Path) -> None:
    centre, region = world[CENTRE], world[REGION]
    fill_october(centre.db)
    package = _prepare(centre, tmp_path / "stick")
    import_files(region.db, region.keys, [package], actor=ACTOR)
    before = file_state(region)  # bytes of the checkpointed database file

    [again] = import_files(region.db, region.keys, [package], actor=ACTOR)

    assert (again.status, again.key, again.case_rows) == ("duplicate", "exchange.duplicate", 0)
    assert file_state(region) == before


def test_a_second_revision_replaces_the_first_whole(world: World, tmp_path: Path) -> None:
    centre, region = world[CENTRE], world[REGION]
    numbers = fill_october(centre.db)
    first = _prepare(centre, tmp_path / "r1")
    import_files(region.db, region.keys, [first], actor=ACTOR)
    gone = numbers[-1]  # registered by mistake: deleted at the centre, then October sent again
    with centre.db.session(write=True, actor=ACTOR) as s:
        s.delete(s.scalars(select(Case).where(Case.number == gone)).one())
    second = _prepare(centre, tmp_path / "r2")

    [result] = import_files(region.db, region.keys, [second], actor=ACTOR)

    assert (result.status, result.key, result.revision) == ("replaced", "exchange.replaced", 2)
    assert result.params["replaced_revision"] == 1
    with region.db.session() as s:
        held = set(s.scalars(select(Case.number)))
        superseded = s.scalars(select(ReceivedPackage).where(ReceivedPackage.revision == 1)).one()
    assert held == set(numbers) - {gone}
    assert (superseded.state, superseded.cases, superseded.consultations) == ("superseded", None, None)
    assert received(region.db) == [(CENTRE, OCTOBER, 1, "superseded"), (CENTRE, OCTOBER, 2, "current")]
    assert figures(region.db, CENTRE) == figures(centre.db, CENTRE)

    # The republic gets the centre's packages too: the second one first, then the first one late. The
    # late one is ignored, the result says so, and nothing changes.
    republic = world[REPUBLIC]
    import_files(republic.db, republic.keys, [second], actor=ACTOR)
    before = file_state(republic)
    [late] = import_files(republic.db, republic.keys, [first], actor=ACTOR)
    assert (late.status, late.key) == ("ignored_older", "exchange.older_revision")
    assert (late.params["revision"], late.params["held"]) == (1, 2)
    assert "not newer than revision 2" in late.message
    assert file_state(republic) == before
    assert received(republic.db) == [(CENTRE, OCTOBER, 2, "current")]


def test_the_republic_checks_the_centre_inside_the_regions_package(world: World, tmp_path: Path) -> None:
    centre, region, republic = world[CENTRE], world[REGION], world[REPUBLIC]
    numbers = fill_october(centre.db)
    import_files(region.db, region.keys, [_prepare(centre, tmp_path / "centre")], actor=ACTOR)
    regional = prepare_month(region.db, region.keys, OCTOBER, tmp_path, actor=ACTOR, send_with_findings=True)
    assert (regional.forwarded, regional.case_rows) == (1, 0)  # the region's own register is empty

    [result] = import_files(republic.db, republic.keys, [regional.path], actor=ACTOR)

    assert (result.status, result.unit, result.params["forwarded"]) == ("imported", REGION, 1)
    assert result.case_rows == len(numbers)
    assert received(republic.db) == [(CENTRE, OCTOBER, 1, "current"), (REGION, OCTOBER, 1, "current")]
    assert count_cases(republic.db, CENTRE) == len(numbers)
    assert figures(republic.db, CENTRE) == figures(centre.db, CENTRE)
    assert figures(republic.db, REGION) == figures(region.db, REGION)
    # The centre's own signature is kept, and the republic can check it with the centre's key.
    with republic.db.session() as s:
        row = s.scalars(select(ReceivedPackage).where(ReceivedPackage.unit_code == CENTRE)).one()
        directory = current_directory(s)
    assert directory is not None and row.via_unit == REGION
    manifest = parse_manifest(row.manifest)
    entry = directory.active_key(CENTRE, manifest.sender_key_id, local_date(row.completed_at))
    assert entry is not None
    assert PublicKeys.of(CENTRE, entry.sign_public, entry.box_public).verify(row.signature, row.manifest)
    assert entry.key_id == centre.keys.public.key_id


def test_the_receipt_goes_back_and_says_what_became_of_the_package(world: World, tmp_path: Path) -> None:
    centre, region = world[CENTRE], world[REGION]
    fill_october(centre.db)
    package = _prepare(centre, tmp_path / "stick")
    [imported] = import_files(region.db, region.keys, [package], actor=ACTOR)
    assert imported.receipt is not None

    [read] = import_files(centre.db, centre.keys, [imported.receipt], actor=ACTOR)

    assert (read.status, read.key, read.params["receiver"], read.params["result"]) == (
        "receipt",
        "exchange.receipt_read",
        REGION,
        "imported",
    )
    with centre.db.session() as s:
        sent = s.scalars(select(SentPackage)).one()
    assert sent.receipt_status == "imported" and sent.receipt_at is not None

    # A receipt changed on the way is refused (and a copy kept in quarantine).
    forged = tmp_path / "forged.receipt.json"
    document = json.loads(imported.receipt.read_text(encoding="utf-8"))
    document["status"] = "refused"
    forged.write_text(json.dumps(document), encoding="utf-8")
    [bad] = import_files(centre.db, centre.keys, [forged], actor=ACTOR)
    assert (bad.status, bad.key) == ("refused", "exchange.receipt_bad_signature")
    assert bad.quarantined is not None and bad.quarantined.is_file()
    with centre.db.session() as s:
        assert s.scalars(select(SentPackage.receipt_status)).one() == "imported"


def test_many_files_at_once_the_good_ones_land_the_bad_one_is_quarantined(tmp_path: Path) -> None:
    network = build_world(tmp_path / "network", (REGION, CENTRE, HOUSE))
    try:
        centre, house, region = network[CENTRE], network[HOUSE], network[REGION]
        fill_october(centre.db, CENTRE)
        fill_october(house.db, HOUSE)
        stick = tmp_path / "stick"
        good = [_prepare(centre, stick), _prepare(house, stick)]
        bad = stick / "KZ-31-XXX_2026-10_r1.tqp"
        bad.write_bytes(good[0].read_bytes()[:-100])  # cut short on the way
        asked: list[str] = []

        results = import_files(
            region.db,
            region.keys,
            [good[0], bad, good[1]],
            actor=ACTOR,
            progress=lambda d, t, n: asked.append(n),
        )

        assert [r.status for r in results] == ["imported", "refused", "imported"]
        assert results[1].key == "package.damaged"
        assert asked == [good[0].name, bad.name, good[1].name, ""]
        assert received(region.db) == [(CENTRE, OCTOBER, 1, "current"), (HOUSE, OCTOBER, 1, "current")]
        quarantined = results[1].quarantined
        assert quarantined is not None and quarantined.parent == quarantine_folder(region.data_dir)
        assert quarantined.read_bytes() == bad.read_bytes() and bad.exists()  # a copy; the original stays
        reason = quarantined.with_name(quarantined.name + ".reason.txt").read_text(encoding="utf-8")
        assert "package.damaged" in reason
        refused_receipt = json.loads(bad.with_name(bad.stem + ".receipt.json").read_text(encoding="utf-8"))
        assert (refused_receipt["status"], refused_receipt["reason"]) == ("refused", "package.damaged")

        # Cancelled after the first file: the others are not touched.
        again = import_files(
            region.db, region.keys, good, actor=ACTOR, cancelled=iter([False, True]).__next__
        )
        assert [r.status for r in again] == ["duplicate"]
    finally:
        network.close()


def test_an_older_month_made_later_counts_but_its_rows_stay_out(world: World, tmp_path: Path) -> None:
    centre, region = world[CENTRE], world[REGION]
    numbers = fill_october(centre.db)
    october = _prepare(centre, tmp_path / "stick")
    # September prepared after October (a month forgotten): newer sequence, older month.
    september = prepare_month(centre.db, centre.keys, "2026-09", tmp_path, actor=ACTOR).path
    import_files(region.db, region.keys, [october], actor=ACTOR)

    [late] = import_files(region.db, region.keys, [september], actor=ACTOR)

    assert (late.status, late.key, late.case_rows) == ("ignored_older", "exchange.older_period", 0)
    assert late.params["current_period"] == OCTOBER
    assert received(region.db) == [(CENTRE, "2026-09", 1, "older"), (CENTRE, OCTOBER, 1, "current")]
    assert count_cases(region.db, CENTRE) == len(numbers)
