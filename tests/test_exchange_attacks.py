"""Attacks and faults at the import: each file is refused with its reason, lands in quarantine with the
reason beside it, and the database file is byte-for-byte what it was.

How "byte-for-byte" is checked: the engine's connections are closed and the write-ahead log is folded
into the database file (a TRUNCATE checkpoint) before and after, then the file's bytes (and any -wal
left) are compared (tests/exchange_world.py ``file_state``). A refused file begins no write transaction
at all, so there is nothing to fold in the second time.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.exchange.directory_service import (
    current_directory,
    install_directory_file,
    known_sign_keys,
    publish_directory,
)
from app.exchange.keys import InstallationKeys, PublicKeys
from app.exchange.package import (
    Package,
    PackageLimits,
    forwarded_payload,
    join_forwarded,
    read_package_file,
    write_package,
)
from app.exchange.package_crypto import seal
from app.exchange.package_manifest import ManifestFields
from app.exchange.package_zip import FORWARDED
from app.exchange.service import FileResult, import_files, prepare_month
from app.models import Unit
from tests.exchange_world import (
    ACTOR,
    CENTRE,
    HOUSE,
    OCTOBER,
    OTHER_CENTRE,
    REGION,
    REPUBLIC,
    Site,
    World,
    build_world,
    fast_keys_and_today,
    file_state,
    fill_october,
)


@pytest.fixture(autouse=True)
def _fast(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_keys_and_today(monkeypatch)


SEPTEMBER = "2026-09"


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """Built once for the module (keys and five databases take a while). A refused file changes
    nothing; the replay test adds packages the other attacks do not depend on."""
    with pytest.MonkeyPatch.context() as patch:
        from app.exchange import keys as keys_module

        patch.setattr(keys_module, "ARGON2_TIME_COST", 1)
        patch.setattr(keys_module, "ARGON2_MEMORY_KIB", 1024)
        patch.setenv("TATULYQ_TODAY", "2026-11-20")
        root = tmp_path_factory.mktemp("attacks")
        world = build_world(root / "network", (REGION, CENTRE, HOUSE, OTHER_CENTRE))
        fill_october(world[CENTRE].db)
    yield world
    world.close()


@pytest.fixture(scope="module")
def good(network: World, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The centre's genuine October package (addressed to the region and the republic)."""
    folder = tmp_path_factory.mktemp("stick")
    centre = network[CENTRE]
    return prepare_month(centre.db, centre.keys, OCTOBER, folder, actor=ACTOR).path


def _opened(network: World, path: Path, me: str = REGION) -> Package:
    site = network[me]
    with site.db.session() as s:
        directory = current_directory(s)
    assert directory is not None
    return read_package_file(path, site.keys, known_sign_keys(directory), PackageLimits())


def _fields(package: Package, **changes: object) -> ManifestFields:
    m = package.manifest
    fields = ManifestFields(
        sender_unit=m.sender_unit,
        unit=m.unit,
        period=m.period,
        revision=m.revision,
        sequence=m.sequence,
        completed_at=m.completed_at,
        app_version=m.app_version,
        schema_revision=m.schema_revision,
    )
    return replace(fields, **changes)  # type: ignore[arg-type]


def _keys_of(site: Site) -> PublicKeys:
    return site.keys.public


def _attack(network: World, tmp_path: Path, data: bytes, key: str, *, at: str = REGION) -> FileResult:
    """Import ``data`` as a file at ``at``: refused with ``key``, quarantined, the database unchanged."""
    site = network[at]
    path = tmp_path / "incoming.tqp"
    path.write_bytes(data)
    before = file_state(site)
    [result] = import_files(site.db, site.keys, [path], actor=ACTOR)
    assert (result.status, result.key) == ("refused", key), result.message
    assert file_state(site) == before
    assert result.quarantined is not None and result.quarantined.exists()
    reason = result.quarantined.with_name(result.quarantined.name + ".reason.txt")
    if result.quarantined.name.endswith(".reason.txt"):
        reason = result.quarantined
    assert key in reason.read_text(encoding="utf-8")
    return result


def _flip(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1 :]


def _zip(entries: list[tuple[str, bytes]], compression: int = zipfile.ZIP_STORED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, content in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = compression
            archive.writestr(info, content)
    return buffer.getvalue()


def _good_entries(package: Package) -> list[tuple[str, bytes]]:
    return [
        ("manifest.json", package.manifest_bytes),
        ("manifest.sig", package.signature),
        *package.files.items(),
    ]


@pytest.mark.parametrize(
    ("name", "change", "key"),
    [
        ("one flipped byte", _flip, "package.damaged"),
        ("truncated mid-way", lambda data: data[: len(data) // 2], "package.damaged"),
        ("a newer format version", lambda data: data[:4] + b"\x00\x02" + data[6:], "package.newer_format"),
        ("not a package at all", lambda data: b"PK\x03\x04" + data[4:], "package.not_a_package"),
    ],
)
def test_a_damaged_file_is_refused(
    network: World, good: Path, tmp_path: Path, name: str, change: Callable[[bytes], bytes], key: str
) -> None:
    _attack(network, tmp_path, change(good.read_bytes()), key)


@pytest.mark.filterwarnings("ignore:Duplicate name:UserWarning")
@pytest.mark.parametrize(
    ("entries", "key"),
    [
        (lambda good: [*good, ("../x", b"x")], "package.unsafe_name"),
        (lambda good: [*good, ("/etc/x", b"x")], "package.unsafe_name"),
        (lambda good: [*good, good[2]], "package.duplicate_entry"),
        (lambda good: [*good, ("data/extra.csv", b"1;2")], "package.unexpected_entry"),
    ],
)
def test_a_doctored_archive_is_refused(
    network: World, good: Path, tmp_path: Path, entries: Callable[[list[tuple[str, bytes]]], object], key: str
) -> None:
    package = _opened(network, good)
    doctored = entries(_good_entries(package))
    assert isinstance(doctored, list)
    _attack(network, tmp_path, seal(_zip(doctored), [_keys_of(network[REGION])]), key)


def test_a_compressed_bomb_is_refused(network: World, good: Path, tmp_path: Path) -> None:
    package = _opened(network, good)
    bomb = [
        (n, c) if n != "data/cases.jsonl" else (n, bytes(300 * 1024 * 1024))
        for n, c in _good_entries(package)
    ]
    _attack(
        network,
        tmp_path,
        seal(_zip(bomb, zipfile.ZIP_DEFLATED), [_keys_of(network[REGION])]),
        "package.compressed_entry",
    )


def test_a_2_gb_file_is_refused_by_its_size(network: World, tmp_path: Path) -> None:
    site = network[REGION]
    huge = tmp_path / "huge.tqp"
    with huge.open("wb") as handle:
        handle.truncate(2 * 1024**3)  # sparse: takes no room on the disk
    before = file_state(site)
    [result] = import_files(site.db, site.keys, [huge], actor=ACTOR)
    assert (result.status, result.key) == ("refused", "package.too_large")
    assert file_state(site) == before
    # Not copied (2 GB of nothing); the reason file says so.
    assert result.quarantined is not None and result.quarantined.name.endswith(".reason.txt")
    assert "too large to keep a copy" in result.quarantined.read_text(encoding="utf-8")


def test_a_package_re_signed_by_another_units_key_is_refused(
    network: World, good: Path, tmp_path: Path
) -> None:
    package = _opened(network, good)
    house = network[HOUSE].keys
    impostor = InstallationKeys(CENTRE, house.signing_key, house.box_key)  # the house signs as the centre
    data = write_package(_fields(package), package.files, impostor, [_keys_of(network[REGION])])
    _attack(network, tmp_path, data, "package.unknown_key")
    # Signed by the house as itself, but for the centre's month: a unit sends only its own.
    data = write_package(
        _fields(package, sender_unit=HOUSE), package.files, house, [_keys_of(network[REGION])]
    )
    _attack(network, tmp_path, data, "exchange.unit_not_sender")


def test_a_package_meant_for_another_council_is_refused(network: World, good: Path, tmp_path: Path) -> None:
    package = _opened(network, good)
    elsewhere = InstallationKeys.generate("KZ-71-MC").public
    data = write_package(_fields(package), package.files, network[CENTRE].keys, [elsewhere])
    _attack(network, tmp_path, data, "package.not_for_us")


def test_a_package_of_an_unknown_unit_is_refused(network: World, good: Path, tmp_path: Path) -> None:
    package = _opened(network, good)
    stranger = InstallationKeys.generate("KZ-99-NEW")
    fields = _fields(package, sender_unit="KZ-99-NEW", unit="KZ-99-NEW")
    _attack(
        network,
        tmp_path,
        write_package(fields, package.files, stranger, [_keys_of(network[REGION])]),
        "exchange.unknown_unit",
    )


def test_a_package_of_a_unit_below_another_council_is_refused(
    network: World, good: Path, tmp_path: Path
) -> None:
    package = _opened(network, good)
    other = network[OTHER_CENTRE]
    fields = _fields(package, sender_unit=OTHER_CENTRE, unit=OTHER_CENTRE)
    _attack(
        network,
        tmp_path,
        write_package(fields, package.files, other.keys, [_keys_of(network[REGION])]),
        "exchange.not_below",
    )


def test_a_replayed_older_package_is_refused(network: World, tmp_path: Path) -> None:
    """A higher revision of a month, but made before the revision already here (its sequence is
    lower): a copy held back and replayed, not news. (A different, older month sent late is genuine:
    see test_exchange_import_rules.py.)"""
    centre, republic = network[CENTRE], network[REPUBLIC]
    september = prepare_month(centre.db, centre.keys, SEPTEMBER, tmp_path, actor=ACTOR).path
    [first] = import_files(republic.db, republic.keys, [september], actor=ACTOR)
    assert first.status in ("imported", "ignored_older")
    package = _opened(network, september, me=REPUBLIC)
    held_back = _fields(
        package, revision=package.manifest.revision + 1, sequence=package.manifest.sequence - 1
    )
    data = write_package(held_back, package.files, centre.keys, [_keys_of(republic)])
    result = _attack(network, tmp_path, data, "exchange.replay", at=REPUBLIC)
    assert result.params["period"] == SEPTEMBER


def test_a_forwarded_package_not_below_the_sender_is_refused(
    network: World, good: Path, tmp_path: Path
) -> None:
    republic, region, other = network[REPUBLIC], network[REGION], network[OTHER_CENTRE]
    package = _opened(network, good, me=REPUBLIC)
    # A genuine package of a centre of another region, addressed to the republic ...
    fields = _fields(package, sender_unit=OTHER_CENTRE, unit=OTHER_CENTRE)
    child_file = tmp_path / "child.tqp"
    child_file.write_bytes(write_package(fields, package.files, other.keys, [_keys_of(republic)]))
    child = _opened(network, child_file, me=REPUBLIC)
    # ... carried up inside the region's own package as if it were one of the region's centres.
    files = {
        **package.files,
        "data/cases.jsonl": b"",
        "data/consultations.jsonl": b"",
        FORWARDED: join_forwarded([forwarded_payload(child)]),
    }
    outer = _fields(package, sender_unit=REGION, unit=REGION, sequence=package.manifest.sequence + 5)
    data = write_package(outer, files, region.keys, [_keys_of(republic)])
    _attack(network, tmp_path, data, "exchange.forwarded_not_below", at=REPUBLIC)


def test_a_package_of_a_closed_unit_is_refused(tmp_path: Path) -> None:
    closing = build_world(tmp_path / "network", (REGION, HOUSE))
    try:
        republic, region, house = closing[REPUBLIC], closing[REGION], closing[HOUSE]
        fill_october(house.db, HOUSE)
        october = prepare_month(house.db, house.keys, OCTOBER, tmp_path, actor=ACTOR).path
        # The house closed at the end of August; the republic publishes it, the region installs it.
        with republic.db.session(write=True, actor=ACTOR) as s:
            s.scalars(select(Unit).where(Unit.code == HOUSE)).one().closed_on = date(2026, 8, 31)
            published = publish_directory(s, republic.keys, tmp_path)
        with region.db.session(write=True, actor=ACTOR) as s:
            install_directory_file(s, published.read_bytes(), fingerprint=None, actor_name="tester")
        _attack(closing, tmp_path, october.read_bytes(), "exchange.unit_closed")
    finally:
        closing.close()
