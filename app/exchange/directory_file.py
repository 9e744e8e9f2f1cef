"""The directory of units as a file: ``<version>.tqd``, sent down to every unit on a USB stick or by e-mail.

Layout: magic ``TQD1`` | document length (u32, big-endian) | the signed document | 64-byte signature.
Public and signed, not encrypted: every unit may read it. The length prefix makes the file read one way
only: a truncated file, or one with bytes added at the end, is refused before the signature is looked at.
This module only frames and unframes; whether the signature is the republic's and the version newer is
for ``directory.verify_directory`` and the directory service.
"""

from __future__ import annotations

import struct

from app.errors import ValidationError
from app.exchange.directory import MAX_DOCUMENT_BYTES, SIGNATURE_BYTES, SignedDirectory

MAGIC = b"TQD1"
SUFFIX = ".tqd"
_HEADER = struct.Struct(">4sI")
MAX_FILE_BYTES = _HEADER.size + MAX_DOCUMENT_BYTES + SIGNATURE_BYTES


def directory_file_name(version: int) -> str:
    return f"{version}{SUFFIX}"


def write_directory_file(signed: SignedDirectory) -> bytes:
    if len(signed.document) > MAX_DOCUMENT_BYTES or len(signed.signature) != SIGNATURE_BYTES:
        raise ValueError("a directory document of at most 4 MiB and a 64-byte signature")
    return _HEADER.pack(MAGIC, len(signed.document)) + signed.document + signed.signature


def read_directory_file(data: bytes) -> SignedDirectory:
    if len(data) < len(MAGIC) or data[: len(MAGIC)] != MAGIC:
        raise ValidationError(
            "directory.not_a_directory", "This file is not a directory of units of Tatulyq."
        )
    if len(data) < _HEADER.size:
        raise _damaged("it ends inside its header")
    _, length = _HEADER.unpack_from(data)
    if length > MAX_DOCUMENT_BYTES:
        raise _damaged(f"it claims a document of {length} bytes")
    expected = _HEADER.size + length + SIGNATURE_BYTES
    if len(data) != expected:
        raise _damaged(f"it has {len(data)} bytes, not {expected}")
    document = data[_HEADER.size : _HEADER.size + length]
    return SignedDirectory(document, data[_HEADER.size + length :])


def _damaged(detail: str) -> ValidationError:
    return ValidationError(
        "directory.damaged", f"The directory file is damaged ({detail}); it was not installed."
    )
