"""The ZIP inside a package: a fixed list of STORED entries, written and read in memory only.

Reading never extracts to disk and never decompresses: only STORED entries are accepted, each within its
own size limit, and their sizes together cannot exceed the ZIP itself, so overlapping entries (a "zip
bomb" without compression) are refused too. Anyone holding a council's public key can seal a ZIP for it,
so this reader treats the ZIP as hostile even after the envelope checked out.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from app.errors import ValidationError
from app.exchange.package_limits import PackageLimits

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
AGGREGATES = "data/aggregates.json"
CASES = "data/cases.jsonl"
CONSULTATIONS = "data/consultations.jsonl"
FORWARDED = "data/forwarded.jsonl"  # a council's package: its units' own signed packages, one a line
DATA_FILES = (AGGREGATES, CASES, CONSULTATIONS, FORWARDED)
ENTRIES = (MANIFEST, SIGNATURE, *DATA_FILES)
SIGNATURE_BYTES = 64
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the same content gives the same bytes; the manifest has the real time
# What zipfile may raise on a malformed archive: its own error, and lower-level ones it lets through.
_ZIP_FAULTS = (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, struct.error)
_ZIP_FAULTS_MORE = (NotImplementedError, OverflowError, KeyError, UnicodeError, zlib.error, IndexError)


def build_zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name in ENTRIES:
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED
            archive.writestr(info, entries[name])
    return buffer.getvalue()


def entry_limit(name: str, limits: PackageLimits) -> int:
    return {
        MANIFEST: limits.max_manifest_bytes,
        SIGNATURE: SIGNATURE_BYTES,
        AGGREGATES: limits.max_aggregates_bytes,
        CASES: limits.max_cases_bytes,
        CONSULTATIONS: limits.max_consultations_bytes,
        FORWARDED: limits.max_forwarded_bytes,
    }[name]


def _unsafe(name: str) -> bool:
    parts = name.split("/")
    return (
        name.startswith("/")
        or "\\" in name
        or ":" in name
        or ".." in parts
        or any(ord(ch) < 32 for ch in name)
    )


def _check_entries(infos: list[zipfile.ZipInfo], zip_size: int, limits: PackageLimits) -> None:
    names = [info.orig_filename for info in infos]
    for info, name in zip(infos, names, strict=True):
        if _unsafe(name) or info.filename != name:
            raise ValidationError(
                "package.unsafe_name", f"The package holds an entry with an unsafe name: {name!r}.", name=name
            )
    for name in names:
        if names.count(name) > 1:
            raise ValidationError(
                "package.duplicate_entry", f"The package holds the entry {name} twice.", name=name
            )
    for name in names:
        if name not in ENTRIES:
            raise ValidationError(
                "package.unexpected_entry", f"The package holds an unexpected entry {name!r}.", name=name
            )
    for name in ENTRIES:
        if name not in names:
            raise ValidationError("package.missing_entry", f"The package lacks the entry {name}.", name=name)
    for info in infos:
        if info.compress_type != zipfile.ZIP_STORED or info.compress_size != info.file_size:
            raise ValidationError(
                "package.compressed_entry",
                f"The entry {info.filename} is compressed; packages hold only stored entries.",
                name=info.filename,
            )
        if info.flag_bits & 0x1 or info.file_size > entry_limit(info.filename, limits):
            raise ValidationError(
                "package.entry_too_large",
                f"The entry {info.filename} is larger than a package may hold.",
                name=info.filename,
            )
    if sum(info.file_size for info in infos) > zip_size:
        raise ValidationError("package.bad_zip", "The contents of the package are not a valid archive.")


def read_zip(zip_bytes: bytes, limits: PackageLimits) -> dict[str, bytes]:
    """The six entries of a package's ZIP, after checking names, duplicates, compression and sizes."""
    try:
        with zipfile.ZipFile(io.BytesIO(zip_bytes)) as archive:
            infos = archive.infolist()
            _check_entries(infos, len(zip_bytes), limits)
            # zipfile checks each local header's name against the directory and the CRC at the end.
            return {info.filename: archive.read(info) for info in infos}
    except (*_ZIP_FAULTS, *_ZIP_FAULTS_MORE):
        raise ValidationError(
            "package.bad_zip", "The contents of the package are not a valid archive."
        ) from None
