"""The package format: a round trip, each format-level attack of issue 5, and random damage refused cleanly."""

from __future__ import annotations

import io
import json
import warnings
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import TatulyqError
from app.exchange import package_crypto
from app.exchange.package import Package, read_package, read_package_file, read_package_stream, write_package
from app.exchange.package_crypto import key_id, open_sealed, seal
from app.exchange.package_limits import PackageLimits
from app.exchange.package_manifest import ManifestFields

LIMITS = PackageLimits()
CENTRE_SIGN = Ed25519PrivateKey.generate()
OTHER_UNIT_SIGN = Ed25519PrivateKey.generate()
REGION_BOX = X25519PrivateKey.generate()
REPUBLIC_BOX = X25519PrivateKey.generate()
OTHER_REGION_BOX = X25519PrivateKey.generate()
FIELDS = ManifestFields(
    sender_unit="KZ-31-korday",
    unit="KZ-31-korday",
    period="2026-10",
    revision=2,
    sequence=7,
    completed_at="2026-11-03T09:30:00+05:00",
    app_version="1.4.0",
    schema_revision="0012",
)
FILES = {
    "data/aggregates.json": json.dumps({"cases_received": 41, "agreements": 30}).encode(),
    "data/cases.jsonl": b'{"id": 1, "category": "family", "outcome": "agreement"}\n' * 50,
}
KNOWN = {
    ("KZ-31-korday", key_id(CENTRE_SIGN.public_key())): CENTRE_SIGN.public_key(),
    ("KZ-31-shu", key_id(OTHER_UNIT_SIGN.public_key())): OTHER_UNIT_SIGN.public_key(),
}


def known_keys(unit: str, kid: str) -> Ed25519PublicKey | None:
    return KNOWN.get((unit, kid))


def read(data: bytes, box: X25519PrivateKey = REGION_BOX, limits: PackageLimits = LIMITS) -> Package:
    return read_package(data, box, known_keys, limits)


def refused_key(data: bytes, box: X25519PrivateKey = REGION_BOX) -> str:
    with pytest.raises(TatulyqError) as caught:
        read(data, box)
    return caught.value.key


BOTH = [REGION_BOX.public_key(), REPUBLIC_BOX.public_key()]
VALID = write_package(FIELDS, FILES, CENTRE_SIGN, BOTH)
ORIGINAL = read(VALID)


def _entries_of(package: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(open_sealed(package, REGION_BOX, LIMITS))) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def zipped(entries: list[tuple[str, bytes]], compression: int = zipfile.ZIP_STORED) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names some tests write on purpose
        with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
            for name, content in entries:
                archive.writestr(name, content)
    return buffer.getvalue()


def resealed(entries: list[tuple[str, bytes]], compression: int = zipfile.ZIP_STORED) -> bytes:
    """A ZIP an attacker made, sealed to the region as anyone holding its public key can."""
    return seal(zipped(entries, compression), BOTH)


GOOD_ENTRIES = list(_entries_of(VALID).items())


def test_round_trip_gives_back_the_manifest_and_files_each_recipient_can_open() -> None:
    for box in (REGION_BOX, REPUBLIC_BOX):
        package = read(VALID, box)
        assert package.files == FILES
        manifest = package.manifest
        assert (manifest.unit, manifest.period, manifest.revision, manifest.sequence) == (
            "KZ-31-korday",
            "2026-10",
            2,
            7,
        )
        assert manifest.sender_key_id == key_id(CENTRE_SIGN.public_key())
        assert set(manifest.recipients) == {
            key_id(REGION_BOX.public_key()),
            key_id(REPUBLIC_BOX.public_key()),
        }
        assert manifest.files["data/cases.jsonl"].size == len(FILES["data/cases.jsonl"])
        CENTRE_SIGN.public_key().verify(package.signature, package.manifest_bytes)  # forwardable as received
    assert VALID[:4] == b"TQP1"
    assert b"family" not in VALID  # encrypted: the case rows are not readable in the file


def test_the_zip_inside_holds_the_four_stored_entries_only() -> None:
    with zipfile.ZipFile(io.BytesIO(open_sealed(VALID, REGION_BOX, LIMITS))) as archive:
        infos = archive.infolist()
    assert [i.filename for i in infos] == [
        "manifest.json",
        "manifest.sig",
        "data/aggregates.json",
        "data/cases.jsonl",
    ]
    assert {i.compress_type for i in infos} == {zipfile.ZIP_STORED}


def test_a_resealed_copy_of_the_good_entries_is_accepted() -> None:
    """The control for the attacks below: only the attacked part makes them fail."""
    assert read(resealed(GOOD_ENTRIES)).files == FILES


@pytest.mark.parametrize("where", [0, 5, 6, 30, 100, len(VALID) // 2, len(VALID) - 1])
def test_one_flipped_byte_anywhere_is_refused(where: int) -> None:
    damaged = bytearray(VALID)
    damaged[where] ^= 0x01
    assert refused_key(bytes(damaged)) in {
        "package.not_a_package",
        "package.newer_format",
        "package.damaged",
        "package.not_for_us",
    }


def test_a_flipped_byte_in_the_body_reads_as_damaged() -> None:
    damaged = bytearray(VALID)
    damaged[-40] ^= 0x80
    assert refused_key(bytes(damaged)) == "package.damaged"


@pytest.mark.parametrize("length", [0, 3, 10, 200, len(VALID) // 2, len(VALID) - 1])
def test_a_file_truncated_mid_way_is_refused(length: int) -> None:
    assert refused_key(VALID[:length]) in {"package.not_a_package", "package.damaged"}


def test_a_package_re_signed_by_another_units_key_is_refused() -> None:
    entries = dict(GOOD_ENTRIES)
    manifest = json.loads(entries["manifest.json"])
    # Claiming the other unit's key for this unit: not a key of KZ-31-korday.
    manifest["sender_key_id"] = key_id(OTHER_UNIT_SIGN.public_key())
    forged = json.dumps(manifest).encode()
    entries.update({"manifest.json": forged, "manifest.sig": OTHER_UNIT_SIGN.sign(forged)})
    assert refused_key(resealed(list(entries.items()))) == "package.unknown_key"
    # Keeping this unit's key id but signing with the other unit's key.
    entries = dict(GOOD_ENTRIES)
    entries["manifest.sig"] = OTHER_UNIT_SIGN.sign(entries["manifest.json"])
    assert refused_key(resealed(list(entries.items()))) == "package.bad_signature"


def test_changed_case_rows_under_the_original_signature_are_refused() -> None:
    entries = dict(GOOD_ENTRIES)
    entries["data/cases.jsonl"] = entries["data/cases.jsonl"].replace(b"agreement", b"agreemenT")
    assert refused_key(resealed(list(entries.items()))) == "package.file_mismatch"


@pytest.mark.parametrize("name", ["../x", "data/../../x", "/etc/x", "data\\cases.jsonl", "C:/x"])
def test_an_entry_with_an_unsafe_name_is_refused(name: str) -> None:
    assert refused_key(resealed([*GOOD_ENTRIES, (name, b"x")])) == "package.unsafe_name"


def test_duplicate_entry_names_are_refused() -> None:
    evil = ("data/cases.jsonl", b'{"id": 999}\n')
    assert refused_key(resealed([*GOOD_ENTRIES, evil])) == "package.duplicate_entry"


def test_an_unexpected_entry_is_refused() -> None:
    assert (
        refused_key(resealed([*GOOD_ENTRIES, ("data/names.csv", b"Aigerim,880101400123")]))
        == "package.unexpected_entry"
    )


def test_a_missing_entry_is_refused() -> None:
    assert refused_key(resealed(GOOD_ENTRIES[:3])) == "package.missing_entry"


def test_a_compressed_bomb_is_refused_without_inflating_it() -> None:
    bomb = [*GOOD_ENTRIES[:3], ("data/cases.jsonl", b"\0" * 20_000_000)]
    package = resealed(bomb, zipfile.ZIP_DEFLATED)
    assert len(package) < 100_000
    assert refused_key(package) == "package.compressed_entry"


def test_an_entry_over_its_size_limit_is_refused() -> None:
    small = PackageLimits(max_cases_bytes=100)
    with pytest.raises(TatulyqError) as caught:
        read(VALID, limits=small)
    assert caught.value.key == "package.entry_too_large"


def test_a_2_gb_file_is_refused_by_its_size_without_being_read(tmp_path: Path) -> None:
    huge = tmp_path / "KZ-31_korday_2026-10_r2.tqp"
    with huge.open("wb") as stream:
        stream.truncate(2 * 1024**3)  # sparse: takes no disk space, and is never read
    with pytest.raises(TatulyqError) as caught:
        read_package_file(huge, REGION_BOX, known_keys, LIMITS)
    assert caught.value.key == "package.too_large"
    assert caught.value.params["size"] == 2 * 1024**3


def test_a_stream_is_read_no_further_than_one_byte_past_the_limit() -> None:
    stream = io.BytesIO(bytes(10_000))
    with pytest.raises(TatulyqError) as caught:
        read_package_stream(stream, REGION_BOX, known_keys, PackageLimits(max_package_bytes=1000))
    assert caught.value.key == "package.too_large"
    assert stream.tell() == 1001


def test_a_good_file_reads_from_disk_and_a_missing_one_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "package.tqp"
    path.write_bytes(VALID)
    assert read_package_file(path, REGION_BOX, known_keys, LIMITS).files == FILES
    with pytest.raises(TatulyqError) as caught:
        read_package_file(tmp_path / "gone.tqp", REGION_BOX, known_keys, LIMITS)
    assert caught.value.key == "package.cannot_read"


def test_a_newer_format_version_is_refused_as_such() -> None:
    newer = bytearray(VALID)
    newer[4:6] = (package_crypto.FORMAT_VERSION + 1).to_bytes(2, "big")
    with pytest.raises(TatulyqError) as caught:
        read(bytes(newer))
    assert caught.value.key == "package.newer_format"
    assert caught.value.params["version"] == 2


def test_a_file_that_is_no_package_is_refused() -> None:
    assert refused_key(b"PK\x03\x04" + bytes(100)) == "package.not_a_package"


def test_a_package_meant_for_another_council_is_refused() -> None:
    assert refused_key(VALID, OTHER_REGION_BOX) == "package.not_for_us"


def test_a_recipient_cannot_reseal_the_signed_payload_to_another_council() -> None:
    leaked = seal(zipped(GOOD_ENTRIES), [OTHER_REGION_BOX.public_key()])
    assert refused_key(leaked, OTHER_REGION_BOX) == "package.not_for_us"


@pytest.mark.parametrize(
    "change",
    [
        {"extra": 1},
        {"revision": True},
        {"sequence": "7"},
        {"period": "2026-13"},
        {"package_id": "not-a-uuid"},
        {"completed_at": "2026-11-03T09:30:00"},
    ],
)
def test_a_manifest_outside_the_schema_is_refused_even_when_signed(change: dict[str, object]) -> None:
    entries = dict(GOOD_ENTRIES)
    manifest = json.loads(entries["manifest.json"]) | change
    changed = json.dumps(manifest).encode()
    entries.update({"manifest.json": changed, "manifest.sig": CENTRE_SIGN.sign(changed)})
    assert refused_key(resealed(list(entries.items()))) == "package.bad_manifest"


def test_a_manifest_with_a_field_missing_or_twice_is_refused() -> None:
    entries = dict(GOOD_ENTRIES)
    twice = entries["manifest.json"].replace(b'"revision":2', b'"revision":2,"revision":3')
    entries.update({"manifest.json": twice, "manifest.sig": CENTRE_SIGN.sign(twice)})
    assert refused_key(resealed(list(entries.items()))) == "package.bad_manifest"


# --- Random damage: always a clean refusal, never another exception, never a different package ----------


def _mutate(data: bytes, kind: int, where: int, length: int, junk: bytes) -> bytes:
    where %= max(len(data), 1)
    if kind == 0:
        flipped = bytearray(data)
        flipped[where] ^= 1 << (length % 8)
        return bytes(flipped)
    if kind == 1:
        return data[:where] + junk + data[where:]
    if kind == 2:
        return data[:where] + data[where + 1 + length :]
    return data[:where]


MUTATIONS = st.tuples(
    st.integers(0, 3), st.integers(0, 2**20), st.integers(0, 64), st.binary(min_size=1, max_size=16)
)
FAST = settings(max_examples=200, deadline=2000, suppress_health_check=[HealthCheck.too_slow])


def _refused_or_unchanged(data: bytes) -> None:
    try:
        package = read(data)
    except TatulyqError:
        return
    assert package.manifest == ORIGINAL.manifest and package.files == ORIGINAL.files


@FAST
@given(st.binary(max_size=4096))
def test_random_bytes_are_refused_cleanly(data: bytes) -> None:
    with pytest.raises(TatulyqError):
        read(data)


@FAST
@given(st.binary(max_size=400))
def test_random_bytes_behind_a_good_header_are_refused_cleanly(tail: bytes) -> None:
    with pytest.raises(TatulyqError):
        read(VALID[:300] + tail)


@FAST
@given(MUTATIONS)
def test_a_mutated_package_is_refused_or_unchanged(mutation: tuple[int, int, int, bytes]) -> None:
    _refused_or_unchanged(_mutate(VALID, *mutation))


INNER_ZIP = open_sealed(VALID, REGION_BOX, LIMITS)


@FAST
@given(MUTATIONS)
def test_a_mutated_zip_sealed_by_an_attacker_is_refused_or_unchanged(
    mutation: tuple[int, int, int, bytes],
) -> None:
    # Anyone can seal to a council's public key, so the ZIP reader must hold on its own too.
    _refused_or_unchanged(seal(_mutate(INNER_ZIP, *mutation), BOTH))
