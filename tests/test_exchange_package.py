"""The package format: a round trip, each format-level attack of issue 5, and random damage refused cleanly."""

from __future__ import annotations

import base64
import io
import json
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import TatulyqError
from app.exchange import package_crypto
from app.exchange.keys import InstallationKeys, PublicKeys
from app.exchange.package import (
    DATA_FILES,
    Manifest,
    Package,
    forwarded_payload,
    join_forwarded,
    read_forwarded,
    read_package,
    read_package_file,
    read_package_stream,
    write_package,
)
from app.exchange.package_crypto import open_sealed, seal
from app.exchange.package_limits import PackageLimits
from app.exchange.package_manifest import ManifestFields

LIMITS = PackageLimits()
CENTRE = InstallationKeys.generate("KZ-31-korday")
OTHER_UNIT = InstallationKeys.generate("KZ-31-shu")
REGION = InstallationKeys.generate("KZ-31-MC")
REPUBLIC = InstallationKeys.generate("KZ-RMC")
OTHER_REGION = InstallationKeys.generate("KZ-75-MC")
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
    "data/consultations.jsonl": b'{"id": 2, "held_on": "2026-10-14"}\n' * 3,
    "data/forwarded.jsonl": b"",
}
# The keys the importer would find in the directory: by unit and key id (the real one also checks the day).
KNOWN = {(k.unit_code, k.public.key_id): k.public for k in (CENTRE, OTHER_UNIT, REGION)}


def known_keys(manifest: Manifest) -> PublicKeys | None:
    return KNOWN.get((manifest.sender_unit, manifest.sender_key_id))


def read(data: bytes, me: InstallationKeys = REGION, limits: PackageLimits = LIMITS) -> Package:
    return read_package(data, me, known_keys, limits)


def refused_key(data: bytes, me: InstallationKeys = REGION) -> str:
    with pytest.raises(TatulyqError) as caught:
        read(data, me)
    return caught.value.key


BOTH = [REGION.public, REPUBLIC.public]
VALID = write_package(FIELDS, FILES, CENTRE, BOTH)
ORIGINAL = read(VALID)


def _entries_of(package: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(open_sealed(package, REGION, LIMITS))) as archive:
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
    for me in (REGION, REPUBLIC):
        package = read(VALID, me)
        assert package.files == FILES
        manifest = package.manifest
        assert (manifest.unit, manifest.period, manifest.revision, manifest.sequence) == (
            "KZ-31-korday",
            "2026-10",
            2,
            7,
        )
        assert manifest.sender_key_id == CENTRE.public.key_id
        assert set(manifest.recipients) == {
            REGION.public.key_id,
            REPUBLIC.public.key_id,
        }
        assert manifest.files["data/cases.jsonl"].size == len(FILES["data/cases.jsonl"])
        assert CENTRE.public.verify(package.signature, package.manifest_bytes)  # forwardable as received
    assert VALID[:4] == b"TQP1"
    assert b"family" not in VALID  # encrypted: the case rows are not readable in the file


def test_the_zip_inside_holds_the_six_stored_entries_only() -> None:
    with zipfile.ZipFile(io.BytesIO(open_sealed(VALID, REGION, LIMITS))) as archive:
        infos = archive.infolist()
    assert [i.filename for i in infos] == [
        "manifest.json",
        "manifest.sig",
        "data/aggregates.json",
        "data/cases.jsonl",
        "data/consultations.jsonl",
        "data/forwarded.jsonl",
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
    manifest["sender_key_id"] = OTHER_UNIT.public.key_id
    forged = json.dumps(manifest).encode()
    entries.update({"manifest.json": forged, "manifest.sig": OTHER_UNIT.sign(forged)})
    assert refused_key(resealed(list(entries.items()))) == "package.unknown_key"
    # Keeping this unit's key id but signing with the other unit's key.
    entries = dict(GOOD_ENTRIES)
    entries["manifest.sig"] = OTHER_UNIT.sign(entries["manifest.json"])
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
    without_consultations = [(n, c) for n, c in GOOD_ENTRIES if n != "data/consultations.jsonl"]
    assert refused_key(resealed(without_consultations)) == "package.missing_entry"


def test_a_compressed_bomb_is_refused_without_inflating_it() -> None:
    bomb = [(n, b"\0" * 20_000_000 if n == "data/cases.jsonl" else c) for n, c in GOOD_ENTRIES]
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
        read_package_file(huge, REGION, known_keys, LIMITS)
    assert caught.value.key == "package.too_large"
    assert caught.value.params["size"] == 2 * 1024**3


def test_a_stream_is_read_no_further_than_one_byte_past_the_limit() -> None:
    stream = io.BytesIO(bytes(10_000))
    with pytest.raises(TatulyqError) as caught:
        read_package_stream(stream, REGION, known_keys, PackageLimits(max_package_bytes=1000))
    assert caught.value.key == "package.too_large"
    assert stream.tell() == 1001


def test_a_good_file_reads_from_disk_and_a_missing_one_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "package.tqp"
    path.write_bytes(VALID)
    assert read_package_file(path, REGION, known_keys, LIMITS).files == FILES
    with pytest.raises(TatulyqError) as caught:
        read_package_file(tmp_path / "gone.tqp", REGION, known_keys, LIMITS)
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
    assert refused_key(VALID, OTHER_REGION) == "package.not_for_us"


def test_a_recipient_cannot_reseal_the_signed_payload_to_another_council() -> None:
    leaked = seal(zipped(GOOD_ENTRIES), [OTHER_REGION.public])
    assert refused_key(leaked, OTHER_REGION) == "package.not_for_us"


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
    entries.update({"manifest.json": changed, "manifest.sig": CENTRE.sign(changed)})
    assert refused_key(resealed(list(entries.items()))) == "package.bad_manifest"


def test_a_manifest_with_a_field_missing_or_twice_is_refused() -> None:
    entries = dict(GOOD_ENTRIES)
    twice = entries["manifest.json"].replace(b'"revision":2', b'"revision":2,"revision":3')
    entries.update({"manifest.json": twice, "manifest.sig": CENTRE.sign(twice)})
    assert refused_key(resealed(list(entries.items()))) == "package.bad_manifest"


def test_empty_data_files_are_legal() -> None:
    files = dict.fromkeys(DATA_FILES, b"")
    package = read(write_package(FIELDS, files, CENTRE, BOTH))
    assert package.files == files
    assert {entry.size for entry in package.manifest.files.values()} == {0}


def test_the_signing_key_is_asked_for_with_the_whole_manifest() -> None:
    asked: list[Manifest] = []

    def recording(manifest: Manifest) -> PublicKeys | None:
        asked.append(manifest)
        return known_keys(manifest)

    read_package(VALID, REGION, recording, LIMITS)
    assert [(m.sender_unit, m.sender_key_id, m.completed_at) for m in asked] == [
        ("KZ-31-korday", CENTRE.public.key_id, "2026-11-03T09:30:00+05:00")
    ]


@pytest.mark.parametrize(
    "given_key",
    [
        REGION.public,  # a key, but not the one the manifest names
        PublicKeys.of("KZ-31-shu", CENTRE.public.sign_public, CENTRE.public.box_public),  # another unit's
    ],
)
def test_a_key_that_is_not_the_senders_is_not_used(given_key: PublicKeys) -> None:
    with pytest.raises(TatulyqError) as caught:
        read_package(VALID, REGION, lambda manifest: given_key, LIMITS)
    assert caught.value.key == "package.unknown_key"
    assert caught.value.params == {"unit": "KZ-31-korday"}


def test_each_recipient_is_named_once_and_the_sender_signs_only_for_its_unit() -> None:
    package = read(write_package(FIELDS, FILES, CENTRE, [REGION.public, REPUBLIC.public, REGION.public]))
    assert package.manifest.recipients == (REGION.public.key_id, REPUBLIC.public.key_id)
    with pytest.raises(ValueError):
        write_package(FIELDS, FILES, OTHER_UNIT, BOTH)
    with pytest.raises(ValueError):
        write_package(FIELDS, {"data/cases.jsonl": b""}, CENTRE, BOTH)


# --- Forwarded packages: a regional council carries its centres' own signed packages to the republic ----

REGION_FIELDS = ManifestFields(
    sender_unit="KZ-31-MC",
    unit="KZ-31-MC",
    period="2026-10",
    revision=1,
    sequence=12,
    completed_at="2026-11-04T10:00:00+05:00",
    app_version="1.4.0",
    schema_revision="0012",
)
SHU_FIELDS = ManifestFields(
    sender_unit="KZ-31-shu",
    unit="KZ-31-shu",
    period="2026-10",
    revision=1,
    sequence=3,
    completed_at="2026-11-02T17:45:00+05:00",
    app_version="1.4.0",
    schema_revision="0012",
)
KORDAY_AT_REGION = read(VALID)
SHU_AT_REGION = read(write_package(SHU_FIELDS, FILES, OTHER_UNIT, BOTH))


def region_package(lines: list[bytes]) -> Package:
    """The regional council's package as the republic reads it."""
    files = dict.fromkeys(DATA_FILES, b"") | {"data/forwarded.jsonl": join_forwarded(lines)}
    return read(write_package(REGION_FIELDS, files, REGION, [REPUBLIC.public]), REPUBLIC)


def forwarded_refusal(
    data: bytes, known: Callable[[Manifest], PublicKeys | None] = known_keys
) -> TatulyqError:
    outer = replace(ORIGINAL, files={**ORIGINAL.files, "data/forwarded.jsonl": data})
    with pytest.raises(TatulyqError) as caught:
        read_forwarded(outer, REPUBLIC.public.key_id, known, LIMITS)
    return caught.value


def line_with(change: Callable[[dict[str, Any]], object], package: Package = KORDAY_AT_REGION) -> bytes:
    document = json.loads(forwarded_payload(package))
    change(document)
    return json.dumps(document).encode()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def test_forwarded_packages_verify_at_the_republic_exactly_as_the_centres_signed_them() -> None:
    outer = region_package([forwarded_payload(KORDAY_AT_REGION), forwarded_payload(SHU_AT_REGION)])
    children = read_forwarded(outer, REPUBLIC.public.key_id, known_keys, LIMITS)
    assert children == [KORDAY_AT_REGION, SHU_AT_REGION]
    assert children[0].files["data/cases.jsonl"] == FILES["data/cases.jsonl"]
    assert children[0].manifest.sender_key_id == CENTRE.public.key_id
    assert forwarded_payload(children[0]).count(b"\n") == 0  # one line each
    # A package that forwards nothing has an empty file, and nothing to read.
    assert region_package([]).files["data/forwarded.jsonl"] == b""
    assert read_forwarded(region_package([]), REPUBLIC.public.key_id, known_keys, LIMITS) == []


def test_a_forwarded_centre_file_changed_by_the_council_refuses_the_whole_package() -> None:
    tampered = FILES["data/cases.jsonl"].replace(b"agreement", b"agreemenT")
    line = line_with(lambda d: d["files"].update({"data/cases.jsonl": b64(tampered)}))
    refusal = forwarded_refusal(join_forwarded([forwarded_payload(SHU_AT_REGION), line]))
    assert refusal.key == "package.file_mismatch"
    assert "forwarded package 2 (unit KZ-31-korday)" in refusal.message


def test_a_forwarded_manifest_changed_under_the_centres_signature_is_refused() -> None:
    changed = KORDAY_AT_REGION.manifest_bytes.replace(b'"revision":2', b'"revision":3')
    assert refusal_key(line_with(lambda d: d.update(manifest=b64(changed)))) == "package.bad_signature"


def refusal_key(line: bytes) -> str:
    return forwarded_refusal(line + b"\n").key


def test_a_forwarded_package_signed_by_an_unknown_key_is_refused() -> None:
    def without_korday(manifest: Manifest) -> PublicKeys | None:
        return None if manifest.sender_unit == "KZ-31-korday" else known_keys(manifest)

    refusal = forwarded_refusal(join_forwarded([forwarded_payload(KORDAY_AT_REGION)]), without_korday)
    assert (refusal.key, refusal.params) == ("package.unknown_key", {"unit": "KZ-31-korday"})
    # The council signing a centre's package with its own key is no better.
    forged = KORDAY_AT_REGION.manifest_bytes
    assert (
        refusal_key(line_with(lambda d: d.update(signature=b64(REGION.sign(forged)))))
        == "package.bad_signature"
    )


def test_a_forwarded_package_not_addressed_to_the_republic_is_refused() -> None:
    to_region_only = read(write_package(FIELDS, FILES, CENTRE, [REGION.public]))
    refusal = forwarded_refusal(join_forwarded([forwarded_payload(to_region_only)]))
    assert refusal.key == "package.forwarded_not_for_us"
    assert refusal.params == {"line": 1, "unit": "KZ-31-korday"}


@pytest.mark.parametrize(
    "data",
    [
        b"not json\n",
        b"[]\n",
        b"\n",  # an empty line
        forwarded_payload(KORDAY_AT_REGION),  # no newline at the end
        line_with(lambda d: d.update(extra=1)) + b"\n",
        line_with(lambda d: d.pop("signature")) + b"\n",
        line_with(lambda d: d["files"].pop("data/forwarded.jsonl")) + b"\n",
        line_with(lambda d: d["files"].update({"data/names.csv": ""})) + b"\n",
        line_with(lambda d: d.update(signature=7)) + b"\n",
        line_with(lambda d: d.update(signature="%%%")) + b"\n",
        line_with(lambda d: d.update(signature=b64(b"x" * 63))) + b"\n",
        line_with(lambda d: d.update(manifest=b64(b'{"format": 1}'))) + b"\n",
        line_with(lambda d: d["files"].update({"data/forwarded.jsonl": "QR=="})) + b"\n",  # not canonical
        forwarded_payload(KORDAY_AT_REGION).replace(b'{"files"', b'{"signature":"","files"', 1) + b"\n",
        join_forwarded([forwarded_payload(KORDAY_AT_REGION)] * 2),  # the same package twice
    ],
)
def test_a_malformed_forwarded_line_refuses_the_whole_package(data: bytes) -> None:
    assert forwarded_refusal(data).key == "package.bad_forwarded"


def test_two_forwarded_packages_of_one_unit_are_refused() -> None:
    newer = read(write_package(replace(FIELDS, revision=3, sequence=8), FILES, CENTRE, BOTH))
    data = join_forwarded([forwarded_payload(KORDAY_AT_REGION), forwarded_payload(newer)])
    refusal = forwarded_refusal(data)
    assert (refusal.key, refusal.params) == ("package.bad_forwarded", {"line": 2})


def test_the_number_and_size_of_forwarded_packages_are_bounded() -> None:
    outer = region_package([forwarded_payload(KORDAY_AT_REGION), forwarded_payload(SHU_AT_REGION)])
    with pytest.raises(TatulyqError) as caught:
        read_forwarded(outer, REPUBLIC.public.key_id, known_keys, PackageLimits(max_forwarded_payloads=1))
    assert (caught.value.key, caught.value.params) == ("package.too_many_forwarded", {"count": 2, "limit": 1})
    with pytest.raises(TatulyqError) as caught:
        read_forwarded(outer, REPUBLIC.public.key_id, known_keys, PackageLimits(max_cases_bytes=100))
    assert (caught.value.key, caught.value.params) == ("package.bad_forwarded", {"line": 1})
    with pytest.raises(TatulyqError) as caught:
        read_forwarded(outer, REPUBLIC.public.key_id, known_keys, PackageLimits(max_forwarded_bytes=100))
    assert caught.value.key == "package.entry_too_large"


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


INNER_ZIP = open_sealed(VALID, REGION, LIMITS)


@FAST
@given(MUTATIONS)
def test_a_mutated_zip_sealed_by_an_attacker_is_refused_or_unchanged(
    mutation: tuple[int, int, int, bytes],
) -> None:
    # Anyone can seal to a council's public key, so the ZIP reader must hold on its own too.
    _refused_or_unchanged(seal(_mutate(INNER_ZIP, *mutation), BOTH))
