"""The packages a council forwards inside its own: data/forwarded.jsonl, one signed payload a line.

A regional council reads its centres' packages, then sends the republic, with its own figures, each
centre's original manifest bytes, signature and data files, unchanged. The republic checks every one
against the centre's own key, so a council cannot change a centre's figures on the way up.

A line is canonical JSON with base64 fields::

    {"files":{"data/aggregates.json":"...","data/cases.jsonl":"...",...},"manifest":"...","signature":"..."}

Reading is as strict as for a sealed package (exact fields, canonical base64, every size limit, the
manifest schema, the signature, each file's SHA-256), and also asks that the centre addressed its package
to the reader: the centre chose who may read its rows. One bad line refuses the whole outer package.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from typing import Any

from app.errors import ValidationError
from app.exchange.package_limits import PackageLimits
from app.exchange.package_manifest import Manifest, parse_manifest
from app.exchange.package_signed import KnownSignKeys, Package, check_signed
from app.exchange.package_zip import DATA_FILES, FORWARDED, SIGNATURE_BYTES, entry_limit

_FIELDS = {"manifest", "signature", "files"}


def forwarded_payload(package: Package) -> bytes:
    """One line of data/forwarded.jsonl (without its newline): the package exactly as it was signed."""
    document = {
        "manifest": _b64(package.manifest_bytes),
        "signature": _b64(package.signature),
        "files": {name: _b64(package.files[name]) for name in DATA_FILES},
    }
    return json.dumps(document, sort_keys=True, separators=(",", ":")).encode("ascii")


def join_forwarded(lines: Sequence[bytes]) -> bytes:
    """The data/forwarded.jsonl file: each line ended by a newline; no lines, an empty file."""
    if any(b"\n" in line or not line for line in lines):
        raise ValueError("a forwarded payload is one non-empty line")
    return b"".join(line + b"\n" for line in lines)


def read_forwarded(
    package: Package, me_key_id: str, known: KnownSignKeys, limits: PackageLimits
) -> list[Package]:
    """Every package forwarded inside ``package``, each checked as if it had come sealed on its own.

    A child's own data/forwarded.jsonl is returned as it is: a deeper tree is read by calling this again
    on the child. Whether each child's unit is below the outer package's unit is for the importer, which
    has the directory."""
    data = package.files[FORWARDED]
    if not data:
        return []
    if len(data) > limits.max_forwarded_bytes:
        raise ValidationError(
            "package.entry_too_large",
            f"The entry {FORWARDED} is larger than a package may hold.",
            name=FORWARDED,
        )
    lines = data.split(b"\n")
    if lines[-1] != b"":
        raise _bad(len(lines), "it does not end with a newline")
    lines.pop()
    if len(lines) > limits.max_forwarded_payloads:
        raise ValidationError(
            "package.too_many_forwarded",
            f"The package forwards {len(lines)} packages; at most {limits.max_forwarded_payloads} are read.",
            count=len(lines),
            limit=limits.max_forwarded_payloads,
        )
    children: list[Package] = []
    for number, line in enumerate(lines, start=1):
        child = _read_line(line, number, me_key_id, known, limits)
        if any(_same(child.manifest, other.manifest) for other in children):
            raise _bad(
                number, f"unit {child.manifest.unit} or package {child.manifest.package_id} comes twice"
            )
        children.append(child)
    return children


def _same(one: Manifest, other: Manifest) -> bool:
    # The current package of each unit below, once: two for one unit would leave the republic to guess.
    return one.package_id == other.package_id or one.unit == other.unit


def _read_line(
    line: bytes, number: int, me_key_id: str, known: KnownSignKeys, limits: PackageLimits
) -> Package:
    document = _shape(line, number)
    manifest_bytes = _decoded(document["manifest"], limits.max_manifest_bytes, number, "manifest")
    signature = _decoded(document["signature"], SIGNATURE_BYTES, number, "signature")
    if len(signature) != SIGNATURE_BYTES:
        raise _bad(number, f"the signature is not {SIGNATURE_BYTES} bytes")
    files = {
        name: _decoded(document["files"][name], entry_limit(name, limits), number, name)
        for name in DATA_FILES
    }
    try:
        manifest = parse_manifest(manifest_bytes)
    except ValidationError as error:
        raise _bad(number, error.message) from None
    unit = manifest.sender_unit
    if me_key_id not in manifest.recipients:
        raise ValidationError(
            "package.forwarded_not_for_us",
            f"Forwarded package {number} (unit {unit}) is not addressed to this council's key; the unit "
            "did not send its rows here.",
            line=number,
            unit=unit,
        )
    return check_signed(
        manifest, manifest_bytes, signature, files, known, what=f"forwarded package {number} (unit {unit})"
    )


def _shape(line: bytes, number: int) -> dict[str, Any]:
    try:
        document = json.loads(line.decode("ascii"), object_pairs_hook=_no_duplicates, parse_constant=_no_nan)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _bad(number, "it is not JSON") from None
    if not isinstance(document, dict) or set(document) != _FIELDS:
        raise _bad(number, f"it needs exactly the fields {sorted(_FIELDS)}")
    files = document["files"]
    if not isinstance(files, dict) or set(files) != set(DATA_FILES):
        raise _bad(number, f"its files must be exactly {list(DATA_FILES)}")
    texts = [document["manifest"], document["signature"], *files.values()]
    if not all(isinstance(text, str) for text in texts):
        raise _bad(number, "a field is not base64 text")
    return document


def _decoded(text: str, limit: int, number: int, name: str) -> bytes:
    # Base64 is 4 characters per 3 bytes: anything longer cannot fit within the limit once decoded.
    if len(text) > (limit + 2) // 3 * 4:
        raise _bad(number, f"{name} is larger than a package may hold")
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise _bad(number, f"{name} is not base64") from None
    if _b64(data) != text:
        raise _bad(number, f"{name} is not written in the canonical base64 form")
    if len(data) > limit:
        raise _bad(number, f"{name} is larger than a package may hold")
    return data


def _bad(number: int, detail: str) -> ValidationError:
    return ValidationError(
        "package.bad_forwarded",
        f"Forwarded package {number} inside this package is not valid: {detail}.",
        line=number,
    )


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("a key appears twice")
    return result


def _no_nan(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
