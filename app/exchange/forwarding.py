"""A council's package carries its units' packages up unchanged; the receiving side checks each one.

Going up: the *current* package of every unit below the council (at any depth: what a regional
council received from a district council's centres too), exactly as that unit signed it, from the
blobs kept on its ``ReceivedPackage`` row. Coming in: each forwarded package must be its own unit's
(the unit signs for itself), below the council that forwarded it, open in its month, and not from
the future; any failure refuses the whole outer file, so nothing of a doctored council package lands.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.exchange.directory import Directory
from app.exchange.keys import PublicKeys
from app.exchange.month_checks import parse_month
from app.exchange.package import (
    AGGREGATES,
    CASES,
    CONSULTATIONS,
    FORWARDED,
    KnownSignKeys,
    Package,
    forwarded_payload,
    join_forwarded,
)
from app.exchange.package_manifest import Manifest, parse_manifest
from app.models import ReceivedPackage
from app.services import clock

CURRENT = "current"
# A unit makes one package per month and a handful of corrections; a revision beyond this is not a
# correction but an attempt to stay "newest" for ever (a corrected month must still be able to win).
MAX_REVISION = 1000
# The clocks of two installations may differ; a package "completed" further ahead than this is forged.
CLOCK_SLACK = timedelta(days=1)


def stored_package(row: ReceivedPackage) -> Package:
    """The package as its unit signed it, rebuilt from a current ``ReceivedPackage`` row."""
    return Package(
        manifest=parse_manifest(row.manifest),
        files={
            AGGREGATES: row.aggregates,
            CASES: row.cases or b"",
            CONSULTATIONS: row.consultations or b"",
            FORWARDED: row.forwarded or b"",
        },
        manifest_bytes=row.manifest,
        signature=row.signature,
    )


def forwarded_file(session: Session, directory: Directory, council_code: str) -> tuple[bytes, int]:
    """data/forwarded.jsonl for a package of ``council_code``, and how many packages it carries.

    A centre's package forwards nothing (nothing is below it here); the units are in code order so
    the same holdings give the same file.
    """
    rows = session.scalars(
        select(ReceivedPackage).where(ReceivedPackage.state == CURRENT).order_by(ReceivedPackage.unit_code)
    )
    lines = [
        forwarded_payload(stored_package(row))
        for row in rows
        if directory.is_below(row.unit_code, council_code)
    ]
    return join_forwarded(lines), len(lines)


def _check_revision_and_time(manifest: Manifest, month_end: date, now: datetime) -> None:
    """The revision is a plausible count and the month was completed after it ended, not in the future.

    The signing key is chosen by the day the month was completed (app/exchange/directory_service.py),
    so this day must be honest as far as it can be checked: a package completed before its month was
    over, or ahead of this computer's clock, was not made by the program.
    """
    unit, period = manifest.unit, manifest.period
    if manifest.revision > MAX_REVISION:
        raise ValidationError(
            "exchange.bad_revision",
            f"The package of {unit} for {period} has revision {manifest.revision}; a month has at most "
            f"{MAX_REVISION} revisions.",
            unit=unit,
            period=period,
            revision=manifest.revision,
            limit=MAX_REVISION,
        )
    completed = datetime.fromisoformat(manifest.completed_at)  # the manifest checked its form
    if clock.local_date(completed) <= month_end:
        raise ValidationError(
            "exchange.completed_before_month_end",
            f"The package of {unit} for {period} says it was completed on "
            f"{clock.local_date(completed):%d.%m.%Y}, before the month was over.",
            unit=unit,
            period=period,
            completed_on=clock.local_date(completed).isoformat(),
        )
    if completed > now + CLOCK_SLACK:
        raise ValidationError(
            "exchange.completed_in_future",
            f"The package of {unit} for {period} says it was completed on "
            f"{clock.local_date(completed):%d.%m.%Y}, a day still to come.",
            unit=unit,
            period=period,
            completed_on=clock.local_date(completed).isoformat(),
        )


def rows_units(directory: Directory, unit_code: str) -> frozenset[str]:
    """The units whose case rows a package of ``unit_code`` may carry: its own, and those below it
    that have no key in the directory (no installation of their own: their cases are entered at the
    council). A unit with a key sends its own month; a council's package must not speak for it.
    """
    return frozenset(
        {
            unit_code,
            *(
                entry.code
                for entry in directory.units
                if not entry.keys and directory.is_below(entry.code, unit_code)
            ),
        }
    )


def check_meaning(
    manifest: Manifest,
    directory: Directory,
    my_unit: str,
    today: date,
    *,
    forwarded_by: str | None = None,
    now: datetime | None = None,
) -> None:
    """What the format cannot check: whose package it is and whether it may come here (ValidationError)."""
    unit = manifest.unit
    if unit != manifest.sender_unit:
        raise ValidationError(
            "exchange.unit_not_sender",
            f"The package is for unit {unit} but signed by unit {manifest.sender_unit}; a unit sends only "
            "its own month.",
            unit=unit,
            sender=manifest.sender_unit,
        )
    entry = directory.unit(unit)
    if entry is None:
        raise ValidationError(
            "exchange.unknown_unit",
            f"The unit {unit} is not in the directory of units.",
            unit=unit,
        )
    month = parse_month(manifest.period)
    if month.start > today:
        raise ValidationError(
            "exchange.period_in_future",
            f"The package is for {manifest.period}, a month that has not begun yet.",
            unit=unit,
            period=manifest.period,
        )
    if month.end >= today:
        # The same rule as at export: a month is sent once it is over, so a package for the running
        # month was never made by the program.
        raise ValidationError(
            "exchange.period_not_over",
            f"The package of {unit} is for {manifest.period}, a month that is not over yet.",
            unit=unit,
            period=manifest.period,
        )
    _check_revision_and_time(manifest, month.end, now if now is not None else clock.now())
    if entry.opened_on > month.end or (entry.closed_on is not None and entry.closed_on < month.start):
        raise ValidationError(
            "exchange.unit_closed",
            f"The unit {unit} was not open in {manifest.period} according to the directory of units.",
            unit=unit,
            period=manifest.period,
        )
    if forwarded_by is not None and not directory.is_below(unit, forwarded_by):
        raise ValidationError(
            "exchange.forwarded_not_below",
            f"The council {forwarded_by} forwarded a package of unit {unit}, which is not below it.",
            unit=unit,
            council=forwarded_by,
        )
    if not directory.is_below(unit, my_unit):
        raise ValidationError(
            "exchange.not_below",
            f"The unit {unit} is not below {my_unit}; its packages are not imported here.",
            unit=unit,
            council=my_unit,
        )


def checked_known(known: KnownSignKeys, directory: Directory, my_unit: str, today: date) -> KnownSignKeys:
    """``known`` that first refuses a manifest whose unit is unknown, closed or not ours, so that such
    a package is refused for that reason and not as "signed by an unknown key"."""

    def checked(manifest: Manifest) -> PublicKeys | None:
        check_meaning(manifest, directory, my_unit, today)
        return known(manifest)

    return checked
