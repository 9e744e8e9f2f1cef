"""Installation keys (passphrase-sealed file, key id, phone fingerprint) and the signed directory of units.

Real files in tmp_path, real Ed25519/X25519 keys; no database is involved at this level.
"""

from __future__ import annotations

import base64
import json
import os
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.errors import ConflictError, StorageError, ValidationError
from app.exchange.directory import (
    Directory,
    UnitEntry,
    UnitKey,
    sign_directory,
    verify_directory,
)
from app.exchange.keys import InstallationKeys, fingerprint_of, read_public

PASSPHRASE = "Жусан далада 2026"


@pytest.fixture(scope="module")
def centre_keys() -> InstallationKeys:
    return InstallationKeys.generate("KZ-31-KORDAY")


# --- Installation keys --------------------------------------------------------------------------


def test_keys_come_back_from_the_file_with_the_passphrase(
    tmp_path: Path, centre_keys: InstallationKeys
) -> None:
    path = tmp_path / "exchange" / "installation.keys"
    centre_keys.save(path, PASSPHRASE)

    loaded = InstallationKeys.load(path, PASSPHRASE)

    assert loaded.public == centre_keys.public
    assert loaded.unit_code == "KZ-31-KORDAY"
    # The loaded private keys really are the same: what one signs the other's public part verifies.
    assert centre_keys.public.verify(loaded.sign(b"October figures"), b"October figures")
    assert not centre_keys.public.verify(loaded.sign(b"October figures"), b"November figures")
    # Nothing secret lies in the clear, nothing is left beside, and only this account may read it.
    text = path.read_text(encoding="utf-8")
    assert centre_keys.signing_key.private_bytes_raw().hex() not in text
    assert [p.name for p in path.parent.iterdir()] == ["installation.keys"]
    if os.name == "posix":  # Windows has no mode bits; its ACLs come from the profile folder
        assert path.stat().st_mode & 0o077 == 0


def test_the_public_part_and_fingerprint_are_read_without_the_passphrase(
    tmp_path: Path, centre_keys: InstallationKeys
) -> None:
    path = tmp_path / "installation.keys"
    centre_keys.save(path, PASSPHRASE)

    assert read_public(path) == centre_keys.public


def test_a_wrong_passphrase_is_refused_with_its_own_key(
    tmp_path: Path, centre_keys: InstallationKeys
) -> None:
    path = tmp_path / "installation.keys"
    centre_keys.save(path, PASSPHRASE)

    with pytest.raises(ValidationError) as refused:
        InstallationKeys.load(path, "жусан далада 2026")  # one letter in another case

    assert refused.value.key == "exchange_keys.wrong_passphrase"


def test_an_empty_passphrase_is_not_accepted_for_saving(
    tmp_path: Path, centre_keys: InstallationKeys
) -> None:
    with pytest.raises(ValidationError) as refused:
        centre_keys.save(tmp_path / "installation.keys", "")
    assert refused.value.key == "exchange_keys.passphrase_required"
    assert not (tmp_path / "installation.keys").exists()


def test_a_file_whose_public_part_was_changed_does_not_open(
    tmp_path: Path, centre_keys: InstallationKeys
) -> None:
    path = tmp_path / "installation.keys"
    centre_keys.save(path, PASSPHRASE)
    document = json.loads(path.read_text(encoding="utf-8"))
    other = InstallationKeys.generate("KZ-31-KORDAY").public
    # Someone swaps in another public key (and its matching id): the seal no longer opens. AES-GCM
    # cannot tell this from a wrong passphrase; what matters is that the other keys are never used.
    document["sign_public"] = base64.b64encode(other.sign_public).decode()
    document["box_public"] = base64.b64encode(other.box_public).decode()
    document["key_id"] = other.key_id
    path.write_text(json.dumps(document), encoding="utf-8")

    with pytest.raises(ValidationError) as refused:
        InstallationKeys.load(path, PASSPHRASE)
    assert refused.value.key == "exchange_keys.wrong_passphrase"

    # A key id that does not match the keys, or a file that is not JSON, is damage.
    document["key_id"] = "0" * 16
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(StorageError) as damaged:
        InstallationKeys.load(path, PASSPHRASE)
    assert damaged.value.key == "exchange_keys.damaged"
    path.write_bytes(path.read_bytes()[:40])
    with pytest.raises(StorageError) as truncated:
        read_public(path)
    assert truncated.value.key == "exchange_keys.damaged"


def test_a_missing_key_file_says_it_cannot_be_read(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as refused:
        InstallationKeys.load(tmp_path / "nowhere.keys", PASSPHRASE)
    assert refused.value.key == "exchange_keys.cannot_read"
    assert refused.value.params == {"path": str(tmp_path / "nowhere.keys")}


def test_fingerprint_is_six_groups_of_four_digits_stable_and_differs_between_keys(
    tmp_path: Path, centre_keys: InstallationKeys
) -> None:
    public = centre_keys.public
    assert re.fullmatch(r"\d{4}( \d{4}){5}", public.fingerprint)
    # Stable: the same keys read back from the file give the same digits and the same id.
    path = tmp_path / "installation.keys"
    centre_keys.save(path, PASSPHRASE)
    again = InstallationKeys.load(path, PASSPHRASE).public
    assert (again.fingerprint, again.key_id) == (public.fingerprint, public.key_id)
    assert re.fullmatch(r"[0-9a-f]{16}", public.key_id)
    # Different keys, different digits and ids, even for the same unit.
    other = InstallationKeys.generate("KZ-31-KORDAY").public
    assert other.fingerprint != public.fingerprint
    assert other.key_id != public.key_id
    # Both public keys count: swapping only the encryption key changes the fingerprint too.
    assert fingerprint_of(public.sign_public, other.box_public) != public.fingerprint


# --- The signed directory of units --------------------------------------------------------------

COUNCIL = Ed25519PrivateKey.generate()
OPENED = date(2020, 1, 1)


def _directory(version: int, korday: InstallationKeys, *, closed_on: date | None = None) -> Directory:
    return Directory(
        version,
        (
            UnitEntry("KZ", None, OPENED, None),
            UnitEntry("KZ-31", "KZ", OPENED, None),
            UnitEntry("KZ-31-KORDAY", "KZ-31", OPENED, closed_on, (UnitKey.of(korday.public, OPENED),)),
            UnitEntry("KZ-75", "KZ", OPENED, None),
        ),
    )


def test_a_signed_directory_is_verified_and_answers_questions(centre_keys: InstallationKeys) -> None:
    signed = sign_directory(_directory(7, centre_keys), COUNCIL)

    directory = verify_directory(signed.document, signed.signature, COUNCIL.public_key(), installed_version=6)

    assert directory == _directory(7, centre_keys)
    assert directory.version == 7
    korday = directory.unit("KZ-31-KORDAY")
    assert korday is not None and korday.parent_code == "KZ-31"
    assert directory.unit("KZ-99") is None
    assert directory.key_active("KZ-31-KORDAY", centre_keys.public.key_id, date(2026, 10, 31))
    assert directory.is_below("KZ-31-KORDAY", "KZ-31")
    assert directory.is_below("KZ-31-KORDAY", "KZ")
    assert not directory.is_below("KZ-31-KORDAY", "KZ-75")
    assert not directory.is_below("KZ-31", "KZ-31-KORDAY")
    assert not directory.is_below("KZ", "KZ")
    # The signed bytes are canonical: the same directory built in another order signs the same bytes.
    shuffled = Directory(7, tuple(reversed(_directory(7, centre_keys).units)))
    assert shuffled.to_bytes() == signed.document


def test_the_trusted_key_may_be_given_as_raw_bytes(centre_keys: InstallationKeys) -> None:
    signed = sign_directory(_directory(1, centre_keys), COUNCIL)
    raw = COUNCIL.public_key().public_bytes_raw()
    assert verify_directory(signed.document, signed.signature, raw).version == 1


@pytest.mark.parametrize("position", [0, 40, -2])
def test_one_changed_byte_is_refused(centre_keys: InstallationKeys, position: int) -> None:
    signed = sign_directory(_directory(7, centre_keys), COUNCIL)
    tampered = bytearray(signed.document)
    tampered[position] ^= 0x01

    with pytest.raises(ValidationError) as refused:
        verify_directory(bytes(tampered), signed.signature, COUNCIL.public_key())
    assert refused.value.key == "directory.bad_signature"

    broken_signature = bytearray(signed.signature)
    broken_signature[position] ^= 0x01
    with pytest.raises(ValidationError):
        verify_directory(signed.document, bytes(broken_signature), COUNCIL.public_key())


def test_a_directory_signed_by_another_key_is_refused(centre_keys: InstallationKeys) -> None:
    # A centre's own signing key is not the republican council's.
    signed = sign_directory(_directory(8, centre_keys), centre_keys.signing_key)

    with pytest.raises(ValidationError) as refused:
        verify_directory(signed.document, signed.signature, COUNCIL.public_key(), installed_version=7)
    assert refused.value.key == "directory.bad_signature"


@pytest.mark.parametrize("version", [6, 7])
def test_a_lower_or_equal_version_is_refused(centre_keys: InstallationKeys, version: int) -> None:
    signed = sign_directory(_directory(version, centre_keys), COUNCIL)

    with pytest.raises(ConflictError) as refused:
        verify_directory(signed.document, signed.signature, COUNCIL.public_key(), installed_version=7)
    assert refused.value.key == "directory.not_newer"
    assert refused.value.params == {"version": version, "installed": 7}


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(format_version=2),  # a newer format
        lambda d: d.update(version="8"),
        lambda d: d.update(surprise=1),  # an unknown field
        lambda d: d["units"][2].update(parent_code="KZ-99"),  # a parent not in the directory
        lambda d: d["units"][2].update(opened_on="2020-W01-1"),  # not the one date form we write
        lambda d: d["units"][2]["keys"][0].update(key_id="0123456789abcdef"),  # id not of these keys
        lambda d: d["units"][2]["keys"][0].update(sign_public="AAAA"),  # not 32 bytes
        lambda d: d["units"][0].update(parent_code="KZ-31"),  # a loop of parents
        lambda d: d["units"].append(dict(d["units"][0])),  # a code twice
    ],
)
def test_a_signed_but_malformed_document_is_refused(centre_keys: InstallationKeys, change: object) -> None:
    document = json.loads(_directory(8, centre_keys).to_bytes())
    document["units"].sort(key=lambda u: u["code"])  # KZ, KZ-31, KZ-31-KORDAY, KZ-75
    assert callable(change)
    change(document)
    data = json.dumps(document).encode("utf-8")

    with pytest.raises(ValidationError) as refused:
        verify_directory(data, COUNCIL.sign(data), COUNCIL.public_key(), installed_version=7)
    assert refused.value.key == "directory.malformed"


def test_not_json_at_all_is_refused_as_malformed() -> None:
    data = b"\xff\xfe not json"
    with pytest.raises(ValidationError) as refused:
        verify_directory(data, COUNCIL.sign(data), COUNCIL.public_key())
    assert refused.value.key == "directory.malformed"


def test_a_closed_units_key_is_not_active_after_its_close_date(centre_keys: InstallationKeys) -> None:
    closed = date(2026, 6, 30)
    signed = sign_directory(_directory(9, centre_keys, closed_on=closed), COUNCIL)
    directory = verify_directory(signed.document, signed.signature, COUNCIL.public_key())
    key_id = centre_keys.public.key_id

    assert directory.key_active("KZ-31-KORDAY", key_id, closed)  # its last day still counts
    assert not directory.key_active("KZ-31-KORDAY", key_id, date(2026, 7, 1))
    assert not directory.key_active("KZ-31-KORDAY", key_id, date(2019, 12, 31))  # before it opened


def test_a_key_outside_its_validity_is_refused(centre_keys: InstallationKeys) -> None:
    new_keys = InstallationKeys.generate("KZ-31-KORDAY")
    old_key = UnitKey.of(centre_keys.public, OPENED, date(2026, 3, 31))
    new_key = UnitKey.of(new_keys.public, date(2026, 4, 1))
    base = _directory(10, centre_keys)
    units = tuple(replace(u, keys=(old_key, new_key)) if u.code == "KZ-31-KORDAY" else u for u in base.units)
    signed = sign_directory(Directory(10, units), COUNCIL)
    directory = verify_directory(signed.document, signed.signature, COUNCIL.public_key())
    old_id, new_id = centre_keys.public.key_id, new_keys.public.key_id

    assert directory.key_active("KZ-31-KORDAY", old_id, date(2026, 3, 31))
    assert not directory.key_active("KZ-31-KORDAY", old_id, date(2026, 4, 1))  # withdrawn
    assert not directory.key_active("KZ-31-KORDAY", new_id, date(2026, 3, 31))  # not yet valid
    assert directory.active_key("KZ-31-KORDAY", new_id, date(2026, 11, 21)) == new_key
    # A key of one unit does not sign for another, and an unknown unit has no keys.
    assert not directory.key_active("KZ-75", new_id, date(2026, 11, 21))
    assert not directory.key_active("KZ-99", new_id, date(2026, 11, 21))
