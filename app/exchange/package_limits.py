"""How big a package and its parts may be: checked before anything is read, decrypted or parsed."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class PackageLimits:
    """Upper bounds for a package read from a stranger's USB stick.

    The defaults leave room for a republican month (about 250 000 de-identified case rows of a few hundred
    bytes each) while refusing a 2 GB file by its size alone, before one byte of it is read. A regional
    council's package also carries its centres' own packages (data/forwarded.jsonl, base64), so that
    file may be nearly as large as the whole package; the count of forwarded packages is bounded too,
    well above the number of centres any council has.
    """

    max_package_bytes: int = 200 * MIB
    max_manifest_bytes: int = 64 * 1024
    max_aggregates_bytes: int = 16 * MIB
    max_cases_bytes: int = 190 * MIB
    max_consultations_bytes: int = 64 * MIB
    max_forwarded_bytes: int = 190 * MIB
    max_forwarded_payloads: int = 400
    max_recipients: int = 16
