"""The directory of units as a .tqd file: framed one way only, then verified by the republic's key."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import ValidationError
from app.exchange.directory import (
    MAX_DOCUMENT_BYTES,
    Directory,
    SignedDirectory,
    UnitEntry,
    UnitKey,
    sign_directory,
    verify_directory,
)
from app.exchange.directory_file import directory_file_name, read_directory_file, write_directory_file
from app.exchange.keys import InstallationKeys

REPUBLIC = InstallationKeys.generate("KZ-RMC")
CENTRE = InstallationKeys.generate("KZ-31-CTR")
OPENED = date(2020, 1, 1)
DIRECTORY = Directory(
    4,
    (
        UnitEntry("KZ-RMC", None, OPENED, None, (UnitKey.of(REPUBLIC.public, OPENED),)),
        UnitEntry("KZ-31-MC", "KZ-RMC", OPENED, None),
        UnitEntry("KZ-31-CTR", "KZ-31-MC", OPENED, None, (UnitKey.of(CENTRE.public, OPENED),)),
    ),
)
SIGNED = sign_directory(DIRECTORY, REPUBLIC.signing_key)
FILE = write_directory_file(SIGNED)


def refusal(data: bytes) -> str:
    with pytest.raises(ValidationError) as refused:
        read_directory_file(data)
    return refused.value.key


def test_a_directory_file_reads_back_and_verifies_with_the_republics_key() -> None:
    assert FILE[:4] == b"TQD1"
    assert int.from_bytes(FILE[4:8], "big") == len(SIGNED.document)
    assert len(FILE) == 8 + len(SIGNED.document) + 64
    assert directory_file_name(DIRECTORY.version) == "4.tqd"

    signed = read_directory_file(FILE)

    assert signed == SIGNED
    directory = verify_directory(signed.document, signed.signature, REPUBLIC.public.sign_public, 3)
    assert directory.to_bytes() == DIRECTORY.to_bytes()
    assert directory.is_below("KZ-31-CTR", "KZ-RMC")


@pytest.mark.parametrize(
    "data", [b"", b"TQ", b"TQP1" + FILE[4:], b"PK\x03\x04" + bytes(100), b"tqd1" + FILE[4:]]
)
def test_a_file_that_is_no_directory_is_refused(data: bytes) -> None:
    assert refusal(data) == "directory.not_a_directory"


@pytest.mark.parametrize("length", [4, 7, 8, 100, len(FILE) - 64, len(FILE) - 1])
def test_a_truncated_directory_file_is_refused(length: int) -> None:
    assert refusal(FILE[:length]) == "directory.damaged"


def test_bytes_added_at_the_end_are_refused() -> None:
    assert refusal(FILE + b"\n") == "directory.damaged"


def test_a_claimed_length_over_the_limit_is_refused_without_reading_further() -> None:
    claimed = (MAX_DOCUMENT_BYTES + 1).to_bytes(4, "big")
    assert refusal(b"TQD1" + claimed + bytes(100)) == "directory.damaged"
    assert refusal(b"TQD1" + b"\xff\xff\xff\xff") == "directory.damaged"


def test_a_flipped_byte_in_the_document_is_caught_by_the_signature() -> None:
    damaged = bytearray(FILE)
    damaged[20] ^= 0x01
    signed = read_directory_file(bytes(damaged))  # the frame is intact ...
    with pytest.raises(ValidationError) as refused:  # ... the signature is not
        verify_directory(signed.document, signed.signature, REPUBLIC.public.sign_public)
    assert refused.value.key == "directory.bad_signature"


def test_the_writer_refuses_what_the_reader_would_refuse() -> None:
    with pytest.raises(ValueError):
        write_directory_file(SignedDirectory(SIGNED.document, SIGNED.signature[:63]))
    with pytest.raises(ValueError):
        write_directory_file(SignedDirectory(bytes(MAX_DOCUMENT_BYTES + 1), SIGNED.signature))


@settings(max_examples=200, deadline=2000)
@given(st.binary(max_size=2048))
def test_random_bytes_are_refused_or_framed_exactly(data: bytes) -> None:
    try:
        signed = read_directory_file(data)
    except ValidationError as refused:
        assert refused.key in {"directory.not_a_directory", "directory.damaged"}
        return
    assert write_directory_file(signed) == data
