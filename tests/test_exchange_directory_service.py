"""The directory of units in the database: the republic publishes it, a centre installs it.

Two real databases per test where a directory travels: the republican council's (the `db` fixture) and a
centre's (a second SQLite file in tmp_path); the directory moves between them as the file's bytes.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from app.errors import ConflictError, NotFoundError, StorageError, ValidationError
from app.exchange.directory import Directory, UnitEntry, UnitKey, sign_directory
from app.exchange.directory_file import read_directory_file, write_directory_file
from app.exchange.directory_service import (
    add_unit_key,
    current_directory,
    install_directory_file,
    known_sign_keys,
    publish_directory,
    recipients_for,
)
from app.exchange.keys import InstallationKeys, PublicKeys
from app.exchange.package_manifest import FileEntry, Manifest
from app.models import Unit
from app.models.exchange import DirectoryKey, InstalledDirectory
from app.services.context import Actor
from app.services.runtime import open_database
from app.storage.database import Database

ACTOR = Actor("republic admin")
REPUBLIC, REGION, CENTRE = "KZ-RMC", "KZ-31-MC", "KZ-31-KRD"
START = date(2026, 1, 1)


@pytest.fixture(scope="module")
def republic_keys() -> InstallationKeys:
    return InstallationKeys.generate(REPUBLIC)


@pytest.fixture(scope="module")
def region_keys() -> InstallationKeys:
    return InstallationKeys.generate(REGION)


@pytest.fixture(scope="module")
def centre_keys() -> InstallationKeys:
    return InstallationKeys.generate(CENTRE)


@pytest.fixture
def centre_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(data_dir=tmp_path / "centre")
    yield database
    database.close()


def _add(db: Database, public: PublicKeys, valid_from: date = START) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        add_unit_key(s, public.unit_code, public, fingerprint=public.fingerprint, valid_from=valid_from)


def _publish(db: Database, keys: InstallationKeys, out: Path) -> Path:
    out.mkdir(exist_ok=True)
    with db.session(write=True, actor=ACTOR) as s:
        return publish_directory(s, keys, out)


def _published(db: Database, tmp_path: Path, republic: InstallationKeys, *units: InstallationKeys) -> Path:
    for keys in units:
        _add(db, keys.public)
    return _publish(db, republic, tmp_path / "out")


def _install(db: Database, path: Path, fingerprint: str | None) -> Directory:
    with db.session(write=True, actor=ACTOR) as s:
        return install_directory_file(s, path.read_bytes(), fingerprint=fingerprint, actor_name="centre head")


def _versions(db: Database) -> list[int]:
    with db.session() as s:
        return list(s.scalars(select(InstalledDirectory.version).order_by(InstalledDirectory.version)))


# --- publishing at the republic -------------------------------------------------------------------


def test_republic_publishes_version_one_with_every_unit_and_its_own_key(
    db: Database,
    tmp_path: Path,
    republic_keys: InstallationKeys,
    region_keys: InstallationKeys,
    centre_keys: InstallationKeys,
) -> None:
    path = _published(db, tmp_path, republic_keys, region_keys, centre_keys)

    assert path == tmp_path / "out" / "directory-v1.tqd"
    assert read_directory_file(path.read_bytes()).document  # a directory file, whole
    with db.session() as s:
        directory = current_directory(s)
        unit_count = s.scalar(select(func.count()).select_from(Unit))
    assert directory is not None and directory.version == 1
    assert len(directory.units) == unit_count
    centre = directory.unit(CENTRE)
    assert centre is not None and centre.parent_code == REGION and centre.opened_on == date(2025, 1, 1)
    assert [k.key_id for k in centre.keys] == [centre_keys.public.key_id]
    republic = directory.unit(REPUBLIC)
    assert republic is not None and republic.parent_code is None
    assert [k.key_id for k in republic.keys] == [republic_keys.public.key_id]
    assert not list(tmp_path.joinpath("out").glob("*.part"))  # written whole, no leftovers


def test_the_next_publication_is_version_two(
    db: Database, tmp_path: Path, republic_keys: InstallationKeys, region_keys: InstallationKeys
) -> None:
    _published(db, tmp_path, republic_keys, region_keys)
    second = _publish(db, republic_keys, tmp_path / "out")
    assert second.name == "directory-v2.tqd"
    assert _versions(db) == [1, 2]


def test_only_the_republic_publishes(db: Database, tmp_path: Path, region_keys: InstallationKeys) -> None:
    with pytest.raises(ValidationError) as refused:
        _publish(db, region_keys, tmp_path / "out")
    assert refused.value.key == "directory.not_republic"
    assert _versions(db) == []
    assert list((tmp_path / "out").iterdir()) == []


def test_a_folder_that_cannot_be_written_leaves_nothing_installed(
    db: Database, tmp_path: Path, republic_keys: InstallationKeys
) -> None:
    with pytest.raises(StorageError) as refused, db.session(write=True, actor=ACTOR) as s:
        publish_directory(s, republic_keys, tmp_path / "no such folder")
    assert refused.value.key == "directory.cannot_write"
    assert _versions(db) == []


def test_a_new_republic_key_must_be_added_and_published_with_the_old_one_first(
    db: Database, tmp_path: Path, republic_keys: InstallationKeys
) -> None:
    _published(db, tmp_path, republic_keys)
    new_keys = InstallationKeys.generate(REPUBLIC)
    with pytest.raises(ValidationError) as refused:
        _publish(db, new_keys, tmp_path / "out")
    assert refused.value.key == "directory.signer_not_listed"

    _add(db, new_keys.public, date(2026, 11, 1))
    _publish(db, republic_keys, tmp_path / "out")  # v2, signed by the old key, lists the new one
    third = _publish(db, new_keys, tmp_path / "out")  # v3, signed by the new key
    assert third.name == "directory-v3.tqd"
    with db.session() as s:
        directory = current_directory(s)
    assert directory is not None
    republic = directory.unit(REPUBLIC)
    assert republic is not None
    assert {k.key_id: k.valid_to for k in republic.keys} == {
        republic_keys.public.key_id: date(2026, 10, 31),
        new_keys.public.key_id: None,
    }


# --- unit keys at the republic --------------------------------------------------------------------


def test_a_unit_key_is_added_only_when_the_fingerprint_read_out_matches(
    db: Database, centre_keys: InstallationKeys
) -> None:
    public = centre_keys.public
    wrong = "0000 " + public.fingerprint[5:]
    with pytest.raises(ValidationError) as refused, db.session(write=True, actor=ACTOR) as s:
        add_unit_key(s, CENTRE, public, fingerprint=wrong, valid_from=START)
    assert refused.value.key == "exchange.fingerprint_mismatch"
    # Read out in other groupings (dashes, no spaces) it is still the same number.
    with db.session(write=True, actor=ACTOR) as s:
        add_unit_key(s, CENTRE, public, fingerprint=public.fingerprint.replace(" ", "-"), valid_from=START)
    with db.session() as s:
        rows = s.scalars(select(DirectoryKey)).all()
    assert [(r.unit_code, r.key_id, r.added_by) for r in rows] == [(CENTRE, public.key_id, ACTOR.name)]


def test_a_key_for_an_unknown_unit_or_of_another_unit_is_refused(
    db: Database, centre_keys: InstallationKeys
) -> None:
    public = centre_keys.public
    with pytest.raises(NotFoundError) as unknown, db.session(write=True, actor=ACTOR) as s:
        add_unit_key(s, "KZ-99-XYZ", public, fingerprint=public.fingerprint, valid_from=START)
    assert unknown.value.key == "unit.not_found"
    with pytest.raises(ValidationError) as other, db.session(write=True, actor=ACTOR) as s:
        add_unit_key(s, "KZ-31-CTR", public, fingerprint=public.fingerprint, valid_from=START)
    assert other.value.key == "exchange.key_of_other_unit"
    _add(db, public)
    with pytest.raises(ValidationError) as twice:
        _add(db, public)
    assert twice.value.key == "exchange.key_exists"


def test_a_units_new_key_ends_its_old_one_the_day_before(db: Database) -> None:
    old, new = InstallationKeys.generate(CENTRE), InstallationKeys.generate(CENTRE)
    _add(db, old.public, date(2026, 1, 1))
    _add(db, new.public, date(2026, 9, 15))
    with db.session() as s:
        valid = {r.key_id: (r.valid_from, r.valid_to) for r in s.scalars(select(DirectoryKey))}
    assert valid == {
        old.public.key_id: (date(2026, 1, 1), date(2026, 9, 14)),
        new.public.key_id: (date(2026, 9, 15), None),
    }


# --- installing at a centre -----------------------------------------------------------------------


def test_the_first_install_needs_the_republics_fingerprint(
    db: Database,
    centre_db: Database,
    tmp_path: Path,
    republic_keys: InstallationKeys,
    centre_keys: InstallationKeys,
) -> None:
    path = _published(db, tmp_path, republic_keys, centre_keys)
    with pytest.raises(ValidationError) as none_typed:
        _install(centre_db, path, None)
    assert none_typed.value.key == "directory.fingerprint_required"
    # The centre's own fingerprint is not the republic's.
    with pytest.raises(ValidationError) as wrong:
        _install(centre_db, path, centre_keys.public.fingerprint)
    assert wrong.value.key == "directory.fingerprint_mismatch"
    assert _versions(centre_db) == []

    directory = _install(centre_db, path, republic_keys.public.fingerprint)
    assert directory.version == 1
    assert _versions(centre_db) == [1]
    with centre_db.session() as s:
        row = s.get(InstalledDirectory, 1)
        assert row is not None and row.installed_by == "centre head"
        installed = current_directory(s)
    assert installed == directory


def test_a_directory_signed_by_an_impostor_with_its_own_fingerprint_is_refused_later(
    db: Database, centre_db: Database, tmp_path: Path, republic_keys: InstallationKeys
) -> None:
    _install(centre_db, _published(db, tmp_path, republic_keys), republic_keys.public.fingerprint)
    # Somebody makes a republic of their own, with a higher version: the installed directory's key decides.
    impostor = InstallationKeys.generate(REPUBLIC)
    with db.session() as s:
        genuine = current_directory(s)
    assert genuine is not None
    units = tuple(
        UnitEntry(
            e.code,
            e.parent_code,
            e.opened_on,
            e.closed_on,
            (UnitKey.of(impostor.public, START),) if e.code == REPUBLIC else e.keys,
        )
        for e in genuine.units
    )
    forged = tmp_path / "forged.tqd"
    forged.write_bytes(write_directory_file(sign_directory(Directory(9, units), impostor.signing_key)))
    with pytest.raises(ValidationError) as refused:
        _install(centre_db, forged, impostor.public.fingerprint)
    assert refused.value.key == "directory.bad_signature"
    assert _versions(centre_db) == [1]


def test_an_older_or_the_same_version_is_refused_and_a_newer_one_installed(
    db: Database, centre_db: Database, tmp_path: Path, republic_keys: InstallationKeys
) -> None:
    first = _published(db, tmp_path, republic_keys)
    first_bytes = first.read_bytes()
    second = _publish(db, republic_keys, tmp_path / "out")
    _install(centre_db, second, republic_keys.public.fingerprint)
    first.write_bytes(first_bytes)
    for path in (first, second):
        with pytest.raises(ConflictError) as refused:
            _install(centre_db, path, None)
        assert refused.value.key == "directory.not_newer"
    third = _publish(db, republic_keys, tmp_path / "out")
    assert _install(centre_db, third, None).version == 3
    assert _versions(centre_db) == [2, 3]


def test_installing_brings_the_units_table_in_line(
    db: Database, centre_db: Database, tmp_path: Path, republic_keys: InstallationKeys
) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        s.execute(update(Unit).where(Unit.code == "KZ-31-HF").values(closed_on=date(2026, 6, 30)))
        s.execute(update(Unit).where(Unit.code == CENTRE).values(opened_on=date(2025, 3, 1)))
    _install(centre_db, _published(db, tmp_path, republic_keys), republic_keys.public.fingerprint)
    with centre_db.session() as s:
        dates = {
            code: (opened, closed)
            for code, opened, closed in s.execute(
                select(Unit.code, Unit.opened_on, Unit.closed_on).where(Unit.code.in_(["KZ-31-HF", CENTRE]))
            )
        }
    assert dates == {"KZ-31-HF": (date(2022, 1, 1), date(2026, 6, 30)), CENTRE: (date(2025, 3, 1), None)}


def test_a_directory_naming_a_unit_this_program_lacks_is_refused(
    db: Database, centre_db: Database, tmp_path: Path, republic_keys: InstallationKeys
) -> None:
    _published(db, tmp_path, republic_keys)
    with db.session() as s:
        genuine = current_directory(s)
    assert genuine is not None
    extra = UnitEntry("KZ-31-NEW", REGION, date(2026, 10, 1), None)
    path = tmp_path / "new.tqd"
    path.write_bytes(
        write_directory_file(sign_directory(Directory(2, (*genuine.units, extra)), republic_keys.signing_key))
    )
    with pytest.raises(ValidationError) as refused:
        _install(centre_db, path, republic_keys.public.fingerprint)
    assert refused.value.key == "directory.unknown_units"
    assert refused.value.params["codes"] == ["KZ-31-NEW"]
    assert _versions(centre_db) == []


def test_an_installed_directory_changed_in_the_database_is_noticed(
    db: Database, tmp_path: Path, republic_keys: InstallationKeys
) -> None:
    _published(db, tmp_path, republic_keys)
    with db.session(write=True, actor=ACTOR) as s:
        row = s.get(InstalledDirectory, 1)
        assert row is not None
        row.document = row.document.replace(b'"closed_on":null', b'"closed_on":"2026-01-01"', 1)
    with pytest.raises(StorageError) as damaged, db.session() as s:
        current_directory(s)
    assert damaged.value.key == "directory.installed_damaged"


# --- recipients and signers -----------------------------------------------------------------------


def test_recipients_are_the_parent_council_and_the_republic_once_each(
    db: Database,
    tmp_path: Path,
    republic_keys: InstallationKeys,
    region_keys: InstallationKeys,
    centre_keys: InstallationKeys,
) -> None:
    _published(db, tmp_path, republic_keys, region_keys, centre_keys)
    with db.session() as s:
        directory = current_directory(s)
    assert directory is not None
    day = date(2026, 11, 21)
    assert [(k.unit_code, k.key_id) for k in recipients_for(directory, CENTRE, day)] == [
        (REGION, region_keys.public.key_id),
        (REPUBLIC, republic_keys.public.key_id),
    ]
    # A regional council's parent is the republic: its package goes to the republic alone.
    assert recipients_for(directory, REGION, day) == [republic_keys.public]
    with pytest.raises(ValidationError) as top:
        recipients_for(directory, REPUBLIC, day)
    assert top.value.key == "exchange.no_recipients"
    # Before the region's key was valid there is nobody in the region to read it: said, not skipped.
    with pytest.raises(ValidationError) as early:
        recipients_for(directory, CENTRE, date(2025, 12, 31))
    assert (early.value.key, early.value.params["unit"]) == ("exchange.council_without_key", REGION)
    with pytest.raises(ValidationError) as unknown:
        recipients_for(directory, "KZ-99-XYZ", day)
    assert unknown.value.key == "exchange.not_in_directory"


def _manifest(sender: str, key_id: str, completed_at: str) -> Manifest:
    return Manifest(
        format=1,
        package_id=str(uuid.uuid4()),
        sender_unit=sender,
        sender_key_id=key_id,
        recipients=("0" * 32,),
        sequence=1,
        unit=sender,
        period="2026-10",
        revision=1,
        completed_at=completed_at,
        app_version="test",
        schema_revision="0006",
        files={"data/aggregates.json": FileEntry(2, "0" * 64)},
    )


def test_a_signer_is_known_only_with_its_own_key_valid_on_the_local_day_completed(
    db: Database, tmp_path: Path, republic_keys: InstallationKeys
) -> None:
    old, new = InstallationKeys.generate(CENTRE), InstallationKeys.generate(CENTRE)
    _add(db, old.public, date(2026, 1, 1))
    _add(db, new.public, date(2026, 11, 5))  # the old key ends on 4 November
    _publish(db, republic_keys, tmp_path / "out")
    with db.session() as s:
        directory = current_directory(s)
    assert directory is not None
    known = known_sign_keys(directory)

    # 19:30 UTC on 4 November is already 00:30 on the 5th in Kazakhstan: the old key is over.
    assert known(_manifest(CENTRE, old.public.key_id, "2026-11-04T18:59:00+00:00")) == old.public
    assert known(_manifest(CENTRE, old.public.key_id, "2026-11-04T19:30:00+00:00")) is None
    assert known(_manifest(CENTRE, new.public.key_id, "2026-11-05T00:30:00+05:00")) == new.public
    # Another unit's key, an unknown key id, a unit that is not in the directory: nobody.
    assert known(_manifest("KZ-31-CTR", new.public.key_id, "2026-11-10T10:00:00+05:00")) is None
    assert known(_manifest(CENTRE, "f" * 16, "2026-11-10T10:00:00+05:00")) is None
    assert known(_manifest("KZ-99-XYZ", new.public.key_id, "2026-11-10T10:00:00+05:00")) is None


def test_a_closed_units_key_signs_nothing_after_the_close(
    db: Database, tmp_path: Path, republic_keys: InstallationKeys, centre_keys: InstallationKeys
) -> None:
    with db.session(write=True, actor=ACTOR) as s:
        s.execute(update(Unit).where(Unit.code == CENTRE).values(closed_on=date(2026, 9, 30)))
    _published(db, tmp_path, republic_keys, centre_keys)
    with db.session() as s:
        directory = current_directory(s)
    assert directory is not None
    known = known_sign_keys(directory)
    key_id = centre_keys.public.key_id
    assert known(_manifest(CENTRE, key_id, "2026-09-30T12:00:00+05:00")) == centre_keys.public
    assert known(_manifest(CENTRE, key_id, "2026-10-01T12:00:00+05:00")) is None
