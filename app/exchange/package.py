"""Write and read a monthly package: a signed manifest and data files, zipped, sealed to the councils.

Reading checks, in this order, and refuses with a ValidationError whose key says why: the size (before
reading further) -> magic and format version -> a wrap for our key -> decryption and authentication ->
the ZIP in memory (names, duplicates, unknown or missing entries, compression, sizes) -> the manifest's
schema -> that the manifest names us and the envelope's recipients -> the signature by a known key of the
sender unit -> each file's size and SHA-256. Replay, revision and "is this unit below us" need the
database and are checked by the import on top of this.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from app.errors import ValidationError
from app.exchange.package_crypto import FORMAT_VERSION, key_id, open_sealed, recipient_ids, seal
from app.exchange.package_limits import PackageLimits
from app.exchange.package_manifest import FileEntry, Manifest, ManifestFields, manifest_bytes, parse_manifest
from app.exchange.package_zip import DATA_FILES, MANIFEST, SIGNATURE, build_zip, read_zip

KnownSignKeys = Callable[[str, str], Ed25519PublicKey | None]


@dataclass(frozen=True)
class Package:
    """A package that passed every format-level check.

    ``manifest_bytes`` and ``signature`` are kept as received so that a regional council can forward a
    centre's original signed payload to the republic unchanged.
    """

    manifest: Manifest
    files: dict[str, bytes]
    manifest_bytes: bytes
    signature: bytes


def write_package(
    fields: ManifestFields,
    files: dict[str, bytes],
    signing_key: Ed25519PrivateKey,
    recipients: list[X25519PublicKey],
) -> bytes:
    """The sealed package's bytes; ``files`` holds exactly data/aggregates.json and data/cases.jsonl."""
    if set(files) != set(DATA_FILES):
        raise ValueError(f"a package holds exactly {DATA_FILES}, not {sorted(files)}")
    manifest = Manifest(
        format=FORMAT_VERSION,
        package_id=str(uuid.uuid4()),
        sender_unit=fields.sender_unit,
        sender_key_id=key_id(signing_key.public_key()),
        recipients=tuple(key_id(r) for r in recipients),
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
    entries = {MANIFEST: signed, SIGNATURE: signing_key.sign(signed), **files}
    return seal(build_zip(entries), recipients)


def _too_large(size: int, limits: PackageLimits) -> ValidationError:
    return ValidationError(
        "package.too_large",
        f"The file has {size} bytes; a package may have at most {limits.max_package_bytes}.",
        size=size,
        limit=limits.max_package_bytes,
    )


def read_package(
    data: bytes, my_box_key: X25519PrivateKey, known_sign_keys: KnownSignKeys, limits: PackageLimits
) -> Package:
    if len(data) > limits.max_package_bytes:
        raise _too_large(len(data), limits)
    entries = read_zip(open_sealed(data, my_box_key, limits), limits)
    manifest = parse_manifest(entries[MANIFEST])
    if manifest.format != FORMAT_VERSION:
        raise ValidationError("package.bad_manifest", "The package's manifest is not valid: format differs.")
    my_id = key_id(my_box_key.public_key())
    if my_id not in manifest.recipients or sorted(manifest.recipients) != sorted(recipient_ids(data)):
        # The sender signed a list of councils; a recipient must not re-seal the payload to somebody else.
        raise ValidationError(
            "package.not_for_us",
            "This package is meant for another council: it is not encrypted to this one's key.",
        )
    public = known_sign_keys(manifest.sender_unit, manifest.sender_key_id)
    if public is None or key_id(public) != manifest.sender_key_id:
        raise ValidationError(
            "package.unknown_key",
            f"The package is signed by key {manifest.sender_key_id}, not a known key of unit "
            f"{manifest.sender_unit}.",
            unit=manifest.sender_unit,
        )
    try:
        public.verify(entries[SIGNATURE], entries[MANIFEST])
    except InvalidSignature:
        raise ValidationError(
            "package.bad_signature", "The signature of the package does not match its contents."
        ) from None
    for name in DATA_FILES:
        expected = manifest.files[name]
        content = entries[name]
        if len(content) != expected.size or hashlib.sha256(content).hexdigest() != expected.sha256:
            raise ValidationError(
                "package.file_mismatch",
                f"The file {name} in the package differs from its manifest.",
                name=name,
            )
    return Package(manifest, {n: entries[n] for n in DATA_FILES}, entries[MANIFEST], entries[SIGNATURE])


def read_package_stream(
    stream: BinaryIO, my_box_key: X25519PrivateKey, known_sign_keys: KnownSignKeys, limits: PackageLimits
) -> Package:
    """Reads at most one byte over the limit, so an endless or huge stream is refused without being read."""
    data = stream.read(limits.max_package_bytes + 1)
    if len(data) > limits.max_package_bytes:
        raise _too_large(len(data), limits)
    return read_package(data, my_box_key, known_sign_keys, limits)


def read_package_file(
    path: Path, my_box_key: X25519PrivateKey, known_sign_keys: KnownSignKeys, limits: PackageLimits
) -> Package:
    """The size comes from the file system first: a 2 GB file is refused without reading a byte of it."""
    try:
        with path.open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > limits.max_package_bytes:
                raise _too_large(size, limits)
            return read_package_stream(stream, my_box_key, known_sign_keys, limits)
    except OSError as error:
        raise ValidationError(
            "package.cannot_read", f"The file {path} cannot be read: {error.strerror}.", path=str(path)
        ) from None
