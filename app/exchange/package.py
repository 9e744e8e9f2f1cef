"""Write and read a monthly package: a signed manifest and data files, zipped, sealed to the councils.

Reading checks, in this order, and refuses with a ValidationError whose key says why: the size (before
reading further) -> magic and format version -> a wrap for our key pair -> decryption and authentication ->
the ZIP in memory (names, duplicates, unknown or missing entries, compression, sizes) -> the manifest's
schema -> that the manifest names us and exactly the envelope's recipients -> the signature by the key
``known`` gives for the manifest -> each file's size and SHA-256. Replay, revision and "is this unit below
us" need the database and are checked by the import on top of this; so are the forwarded packages inside
a council's package (``read_forwarded``), which the import reads only when it needs them.

Every key pair is named by ``PublicKeys.key_id`` (16 hex digits): in the envelope, the manifest and the
directory alike.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from app.errors import ValidationError
from app.exchange.keys import InstallationKeys, PublicKeys
from app.exchange.package_crypto import FORMAT_VERSION, open_sealed, recipient_ids, seal
from app.exchange.package_forwarded import forwarded_payload, join_forwarded, read_forwarded
from app.exchange.package_limits import PackageLimits
from app.exchange.package_manifest import FileEntry, Manifest, ManifestFields, manifest_bytes, parse_manifest
from app.exchange.package_signed import KnownSignKeys, Package, check_signed
from app.exchange.package_zip import (
    AGGREGATES,
    CASES,
    CONSULTATIONS,
    DATA_FILES,
    FORWARDED,
    MANIFEST,
    SIGNATURE,
    build_zip,
    read_zip,
)

__all__ = [
    "AGGREGATES",
    "CASES",
    "CONSULTATIONS",
    "DATA_FILES",
    "FORWARDED",
    "KnownSignKeys",
    "Manifest",
    "ManifestFields",
    "Package",
    "PackageLimits",
    "forwarded_payload",
    "join_forwarded",
    "read_forwarded",
    "read_package",
    "read_package_file",
    "read_package_stream",
    "write_package",
]


def _distinct(recipients: Sequence[PublicKeys]) -> list[PublicKeys]:
    """Each key pair once, in the order given: the parent council may also be the republic."""
    seen: dict[str, PublicKeys] = {}
    for recipient in recipients:
        seen.setdefault(recipient.key_id, recipient)
    return list(seen.values())


def write_package(
    fields: ManifestFields,
    files: dict[str, bytes],
    sender: InstallationKeys,
    recipients: Sequence[PublicKeys],
    *,
    package_id: uuid.UUID | None = None,
) -> bytes:
    """The sealed package's bytes; ``files`` holds exactly the four DATA_FILES (an empty one is fine).

    The sender passes ``package_id`` when it must record the package: sealed to the councils only, the
    bytes cannot be opened again by the sender to read the id back.
    """
    if set(files) != set(DATA_FILES):
        raise ValueError(f"a package holds exactly {DATA_FILES}, not {sorted(files)}")
    if fields.sender_unit != sender.unit_code:
        raise ValueError(f"keys of {sender.unit_code} cannot sign for {fields.sender_unit}")
    to = _distinct(recipients)
    manifest = Manifest(
        format=FORMAT_VERSION,
        package_id=str(package_id or uuid.uuid4()),
        sender_unit=fields.sender_unit,
        sender_key_id=sender.public.key_id,
        recipients=tuple(r.key_id for r in to),
        sequence=fields.sequence,
        unit=fields.unit,
        period=fields.period,
        revision=fields.revision,
        completed_at=fields.completed_at,
        app_version=fields.app_version,
        schema_revision=fields.schema_revision,
        files={n: FileEntry(len(files[n]), hashlib.sha256(files[n]).hexdigest()) for n in DATA_FILES},
    )
    signed = manifest_bytes(manifest)
    # Refuse to write what the reader would refuse, so a mistake shows at the sender, not at the council.
    parse_manifest(signed)
    entries = {MANIFEST: signed, SIGNATURE: sender.sign(signed), **files}
    return seal(build_zip(entries), to)


def _too_large(size: int, limits: PackageLimits) -> ValidationError:
    return ValidationError(
        "package.too_large",
        f"The file has {size} bytes; a package may have at most {limits.max_package_bytes}.",
        size=size,
        limit=limits.max_package_bytes,
    )


def read_package(data: bytes, me: InstallationKeys, known: KnownSignKeys, limits: PackageLimits) -> Package:
    if len(data) > limits.max_package_bytes:
        raise _too_large(len(data), limits)
    entries = read_zip(open_sealed(data, me, limits), limits)
    manifest = parse_manifest(entries[MANIFEST])
    if manifest.format != FORMAT_VERSION:
        raise ValidationError("package.bad_manifest", "The package's manifest is not valid: format differs.")
    if me.public.key_id not in manifest.recipients or sorted(manifest.recipients) != sorted(
        recipient_ids(data)
    ):
        # The sender signed a list of councils; a recipient must not re-seal the payload to somebody else.
        raise ValidationError(
            "package.not_for_us",
            "This package is meant for another council: it is not encrypted to this one's key.",
        )
    return check_signed(manifest, entries[MANIFEST], entries[SIGNATURE], entries, known)


def read_package_stream(
    stream: BinaryIO, me: InstallationKeys, known: KnownSignKeys, limits: PackageLimits
) -> Package:
    """Reads at most one byte over the limit, so an endless or huge stream is refused without being read."""
    data = stream.read(limits.max_package_bytes + 1)
    if len(data) > limits.max_package_bytes:
        raise _too_large(len(data), limits)
    return read_package(data, me, known, limits)


def read_package_file(
    path: Path, me: InstallationKeys, known: KnownSignKeys, limits: PackageLimits
) -> Package:
    """The size comes from the file system first: a 2 GB file is refused without reading a byte of it."""
    try:
        with path.open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > limits.max_package_bytes:
                raise _too_large(size, limits)
            return read_package_stream(stream, me, known, limits)
    except OSError as error:
        raise ValidationError(
            "package.cannot_read", f"The file {path} cannot be read: {error.strerror}.", path=str(path)
        ) from None
