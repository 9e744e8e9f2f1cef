"""What a signed package is, and the checks that make it one: used for a sealed package and a forwarded one.

A package is trusted through its manifest: the manifest's exact bytes are signed by the sender's key pair,
and it names each data file's size and SHA-256. The same checks run on a package a centre sealed to us and
on a centre's package a regional council forwarded inside its own, so a forwarded payload is believed for
its own signature, never for the council that carried it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from app.errors import ValidationError
from app.exchange.keys import PublicKeys
from app.exchange.package_crypto import FORMAT_VERSION
from app.exchange.package_manifest import Manifest
from app.exchange.package_zip import DATA_FILES, SIGNATURE_BYTES

# The key pair that may sign this manifest (the importer decides from its unit, key id and completed_at,
# against the directory), or None when there is none.
KnownSignKeys = Callable[[Manifest], PublicKeys | None]


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


def check_signed(
    manifest: Manifest,
    manifest_bytes: bytes,
    signature: bytes,
    files: Mapping[str, bytes],
    known: KnownSignKeys,
    what: str = "the package",
) -> Package:
    """The package, once its format version, signer, signature and files check out; ``what`` names it in
    the English messages (a forwarded package says which line it came from)."""
    title = what[:1].upper() + what[1:]
    if manifest.format != FORMAT_VERSION:
        raise ValidationError(
            "package.bad_manifest", f"{title}'s manifest is not valid: format {manifest.format} differs."
        )
    public = known(manifest)
    if public is None or public.key_id != manifest.sender_key_id or public.unit_code != manifest.sender_unit:
        raise ValidationError(
            "package.unknown_key",
            f"{title} is signed by key {manifest.sender_key_id}, not a known key of unit "
            f"{manifest.sender_unit}.",
            unit=manifest.sender_unit,
        )
    if len(signature) != SIGNATURE_BYTES or not public.verify(signature, manifest_bytes):
        raise ValidationError(
            "package.bad_signature", f"The signature of {what} does not match its contents."
        )
    for name in DATA_FILES:
        expected = manifest.files[name]
        content = files[name]
        if len(content) != expected.size or hashlib.sha256(content).hexdigest() != expected.sha256:
            raise ValidationError(
                "package.file_mismatch",
                f"The file {name} in {what} differs from its manifest.",
                name=name,
            )
    return Package(manifest, {name: files[name] for name in DATA_FILES}, manifest_bytes, signature)
