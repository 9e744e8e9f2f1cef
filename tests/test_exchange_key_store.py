"""This installation's exchange keys in its data folder, and the public-key file (.tqk) sent to the council.

Real files in tmp_path; the keys are made and opened with the real argon2id costs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import ConflictError, StorageError, ValidationError
from app.exchange.key_store import (
    create_keys,
    has_keys,
    keys_path,
    load_keys,
    public_keys,
    read_public_file,
    write_public_file,
)
from app.exchange.keys import InstallationKeys, PublicKeys

PASSPHRASE = "Көктем 2026 — Қордай"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, PublicKeys]:
    data_dir = tmp_path_factory.mktemp("data")
    return data_dir, create_keys(data_dir, "KZ-31-CTR", PASSPHRASE)


def test_keys_are_made_once_in_the_data_folder_and_open_with_the_passphrase(
    made: tuple[Path, PublicKeys],
) -> None:
    data_dir, public = made
    assert has_keys(data_dir)
    assert keys_path(data_dir) == data_dir / "exchange.keys"
    assert public.unit_code == "KZ-31-CTR"

    keys = load_keys(data_dir, PASSPHRASE)

    assert keys.public == public
    assert public.verify(keys.sign(b"October"), b"October")
    # The fingerprint to read over the phone needs no passphrase.
    assert public_keys(data_dir) == public
    assert public_keys(data_dir).fingerprint == public.fingerprint


def test_existing_keys_are_never_overwritten(made: tuple[Path, PublicKeys]) -> None:
    data_dir, public = made
    before = keys_path(data_dir).read_bytes()

    with pytest.raises(ConflictError) as refused:
        create_keys(data_dir, "KZ-31-CTR", "another passphrase")

    assert refused.value.key == "exchange.keys_exist"
    assert keys_path(data_dir).read_bytes() == before
    assert public_keys(data_dir) == public


def test_a_wrong_passphrase_is_refused(made: tuple[Path, PublicKeys]) -> None:
    data_dir, _ = made
    with pytest.raises(ValidationError) as refused:
        load_keys(data_dir, "Көктем 2025 — Қордай")
    assert refused.value.key == "exchange_keys.wrong_passphrase"


def test_no_keys_yet_is_said_plainly(tmp_path: Path) -> None:
    assert not has_keys(tmp_path)
    for attempt in (lambda: load_keys(tmp_path, PASSPHRASE), lambda: public_keys(tmp_path)):
        with pytest.raises(StorageError) as refused:
            attempt()
        assert refused.value.key == "exchange.keys_missing"
        assert refused.value.params == {"path": str(tmp_path / "exchange.keys")}


def test_an_empty_or_short_passphrase_makes_no_keys(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as refused:
        create_keys(tmp_path, "KZ-31-CTR", "")
    assert refused.value.key == "exchange_keys.passphrase_required"
    with pytest.raises(ValidationError) as short:
        create_keys(tmp_path, "KZ-31-CTR", "Қордай 26")  # nine characters
    assert (short.value.key, short.value.params) == ("exchange_keys.passphrase_too_short", {"minimum": 10})
    assert not has_keys(tmp_path)


def test_the_public_file_round_trips_and_holds_nothing_secret(
    made: tuple[Path, PublicKeys], tmp_path: Path
) -> None:
    data_dir, public = made
    stick = tmp_path / "USB"

    path = write_public_file(public, stick)

    assert path == stick / "KZ-31-CTR.tqk"
    assert read_public_file(path) == public
    document = json.loads(path.read_text(encoding="utf-8"))
    assert set(document) == {"format", "version", "unit_code", "key_id", "sign_public", "box_public"}
    assert document["key_id"] == public.key_id
    secret = load_keys(data_dir, PASSPHRASE).signing_key.private_bytes_raw()
    assert secret.hex() not in path.read_text(encoding="utf-8")
    assert [p.name for p in stick.iterdir()] == ["KZ-31-CTR.tqk"]  # nothing left beside it


def _tqk(tmp_path: Path, public: PublicKeys) -> dict[str, object]:
    return dict(json.loads(write_public_file(public, tmp_path).read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    "change",
    [
        {"key_id": "0123456789abcdef"},  # not the id of these keys
        {"unit_code": "../KZ-31-CTR"},
        {"unit_code": ""},
        {"sign_public": "AAAA"},  # not 32 bytes
        {"box_public": "not base64!"},
        {"version": 2},
        {"version": True},
        {"format": "tatulyq-installation-keys"},
        {"fingerprint": "0000 0000 0000 0000 0000 0000"},  # an extra field
    ],
)
def test_a_changed_public_file_is_refused(
    made: tuple[Path, PublicKeys], tmp_path: Path, change: dict[str, object]
) -> None:
    document = _tqk(tmp_path, made[1]) | change
    path = tmp_path / "changed.tqk"
    path.write_text(json.dumps(document), encoding="utf-8")

    with pytest.raises(ValidationError) as refused:
        read_public_file(path)
    assert refused.value.key == "exchange.bad_public_file"
    assert refused.value.params == {"path": str(path)}


def test_a_public_file_missing_a_field_or_not_json_is_refused(
    made: tuple[Path, PublicKeys], tmp_path: Path
) -> None:
    document = _tqk(tmp_path, made[1])
    del document["box_public"]
    bad = [
        json.dumps(document).encode(),
        b"\xff\xfe not json",
        b"[]",
        b'{"format": "tatulyq-public-keys", "format": "x"}',
        b" " * 5000,  # too large to be one
    ]
    for index, content in enumerate(bad):
        path = tmp_path / f"bad{index}.tqk"
        path.write_bytes(content)
        with pytest.raises(ValidationError) as refused:
            read_public_file(path)
        assert refused.value.key == "exchange.bad_public_file"


def test_a_missing_public_file_or_an_unwritable_folder_is_a_storage_error(
    made: tuple[Path, PublicKeys], tmp_path: Path
) -> None:
    with pytest.raises(StorageError) as unread:
        read_public_file(tmp_path / "KZ-99.tqk")
    assert unread.value.key == "exchange.cannot_read_public_file"

    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(StorageError) as unwritten:
        write_public_file(made[1], blocker)
    assert unwritten.value.key == "exchange.cannot_write_public_file"


def test_a_public_file_of_another_installation_reads_as_its_own_keys(tmp_path: Path) -> None:
    other = InstallationKeys.generate("KZ-31-MC").public
    assert read_public_file(write_public_file(other, tmp_path)) == other
