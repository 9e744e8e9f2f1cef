"""The directory of units in this installation's database: installing a signed copy, publishing one.

Every installation keeps each directory it installed (``InstalledDirectory``); the highest version is
in force. The first directory is trusted because a person typed the republican council's key
fingerprint, read out over the phone, and it matches the key the directory gives its root unit; every
later one must be signed by a key the directory in force gives the root, and be of a higher version.
Installing also brings the units table in line (parent, open and close dates), so reports and the
checks of incoming packages follow the same tree the council signed.

At the republican council the directory is built from the units table and the unit keys read out and
checked by fingerprint (``DirectoryKey``), signed with the council's own key, installed here like
anywhere else, and written to a file to send down.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, StorageError, TatulyqError, ValidationError
from app.exchange.directory import (
    Directory,
    SignedDirectory,
    UnitEntry,
    UnitKey,
    sign_directory,
    verify_directory,
)
from app.exchange.directory_file import read_directory_file, write_directory_file
from app.exchange.keys import InstallationKeys, PublicKeys, fingerprint_of
from app.exchange.package_manifest import Manifest
from app.models import Unit
from app.models.exchange import DirectoryKey, InstalledDirectory
from app.services import clock, units
from app.services.context import actor_of
from app.storage.files import replace_atomically

FILE_PATTERN = "directory-v{version}.tqd"
# The same shape as app/exchange/package.py's KnownSignKeys: the key that may sign this manifest, or None.
KnownSignKeys = Callable[[Manifest], PublicKeys | None]


# --- the directory in force ---------------------------------------------------------------------


def current_directory(session: Session) -> Directory | None:
    """The installed directory of the highest version, its signature checked again; None before the first."""
    row = session.scalar(select(InstalledDirectory).order_by(InstalledDirectory.version.desc()).limit(1))
    if row is None:
        return None
    # The row was verified when installed; checking again costs a millisecond and catches a database
    # edited behind the program's back. The signer is one of the root's own keys: every directory the
    # council publishes lists the key that signed it (publish_directory sees to that).
    for sign_public in _root_sign_keys(row.document):
        try:
            return verify_directory(row.document, row.signature, sign_public)
        except ValidationError:
            continue
    raise StorageError(
        "directory.installed_damaged",
        f"The installed directory of units (version {row.version}) no longer matches its signature. "
        "Install the newest directory file from the republican council again.",
        version=row.version,
    )


def install_directory_file(
    session: Session, data: bytes, *, fingerprint: str | None, actor_name: str
) -> Directory:
    """Check and install a directory file (``<name>.tqd``); the directory installed.

    Before any directory is installed ``fingerprint`` (as typed: spaces and dashes do not matter) must
    be the fingerprint of the republican council's key; later it is not needed, and ignored.
    """
    return _install(session, read_directory_file(data), fingerprint=fingerprint, actor_name=actor_name)


def _install(
    session: Session, signed: SignedDirectory, *, fingerprint: str | None, actor_name: str
) -> Directory:
    installed = current_directory(session)
    directory = _verify_first(signed, fingerprint) if installed is None else _verify_next(signed, installed)
    _update_units(session, directory)
    session.add(
        InstalledDirectory(
            version=directory.version,
            document=signed.document,
            signature=signed.signature,
            installed_by=actor_name,
        )
    )
    session.flush()
    return directory


def _verify_first(signed: SignedDirectory, fingerprint: str | None) -> Directory:
    """The first directory: signed by the root's key whose fingerprint the person typed."""
    typed = _digits(fingerprint or "")
    if not typed:
        raise ValidationError(
            "directory.fingerprint_required",
            "This is the first directory of units installed here: type the fingerprint of the "
            "republican council's key, read out to you over the phone.",
        )
    root_keys = _root_keys(signed.document)
    if root_keys is None:
        raise ValidationError("directory.malformed", "The directory of units cannot be read.")
    for sign_public, box_public in root_keys:
        if _digits(fingerprint_of(sign_public, box_public)) == typed:
            directory = verify_directory(signed.document, signed.signature, sign_public)
            _root_of(directory)  # exactly one root, or it is not a directory we can use
            return directory
    raise ValidationError(
        "directory.fingerprint_mismatch",
        "The fingerprint you typed is not the fingerprint of the republican council's key in this "
        "directory of units; it was not installed. Check the digits with the republican council.",
    )


def _verify_next(signed: SignedDirectory, installed: Directory) -> Directory:
    """A later directory: signed by a key the directory in force gives its root, and newer."""
    root = _root_of(installed)
    failure: TatulyqError | None = None
    for key in root.keys:
        try:
            directory = verify_directory(
                signed.document, signed.signature, key.sign_public, installed.version
            )
        except ValidationError as error:
            if error.key != "directory.bad_signature":
                raise
            failure = error  # another of the root's keys may have signed it
            continue
        _root_of(directory)
        return directory
    raise failure or ValidationError(
        "directory.bad_signature",
        "The directory of units is not signed by the republican council's key, or was changed "
        "after signing; it was not installed.",
    )


def _update_units(session: Session, directory: Directory) -> None:
    """Parents and open/close dates as the directory says; only rows that differ are written (audited)."""
    codes = [entry.code for entry in directory.units]
    by_code = {unit.code: unit for unit in session.scalars(select(Unit).where(Unit.code.in_(codes)))}
    unknown = sorted(set(codes) - set(by_code))
    if unknown:
        # Every installation has the same reference list of units (app/models/reference.py); a unit it
        # lacks comes with a newer version of the program, never from a directory alone.
        raise ValidationError(
            "directory.unknown_units",
            f"The directory of units names units this program does not know ({', '.join(unknown)}); "
            "it was not installed. Update Tatulyq first, then install the directory again.",
            codes=unknown,
        )
    for entry in directory.units:
        unit = by_code[entry.code]
        parent_id = None if entry.parent_code is None else by_code[entry.parent_code].id
        if unit.parent_id != parent_id:
            unit.parent_id = parent_id
        if unit.opened_on != entry.opened_on:
            unit.opened_on = entry.opened_on
        if unit.closed_on != entry.closed_on:
            unit.closed_on = entry.closed_on


# --- who receives, and who may sign --------------------------------------------------------------


def recipients_for(directory: Directory, unit_code: str, day: date) -> list[PublicKeys]:
    """The keys a package of ``unit_code`` is encrypted to on ``day``: the parent council's and the
    republican council's keys valid that day, each once."""
    entry = _entry(directory, unit_code)
    if entry.parent_code is None:
        raise ValidationError(
            "exchange.no_recipients",
            f"The unit {unit_code} has no council above it to send packages to.",
            unit=unit_code,
        )
    councils = [_entry(directory, entry.parent_code), _root_of(directory)]
    recipients: dict[str, PublicKeys] = {}
    for council in councils:
        active = [key for key in council.keys if key.valid_on(day)]
        if not active:
            # Sending on to the republic alone would leave the region blind to its own centre.
            raise ValidationError(
                "exchange.council_without_key",
                f"The council {council.code} has no key in the directory of units valid on {day:%d.%m.%Y}; "
                "install a newer directory from the republican council.",
                unit=council.code,
                day=day.isoformat(),
            )
        for key in active:
            recipients.setdefault(key.key_id, PublicKeys.of(council.code, key.sign_public, key.box_public))
    return list(recipients.values())


# How long after a key was withdrawn a package it signed may still arrive from its unit.
WITHDRAWN_KEY_GRACE = timedelta(days=45)


def known_sign_keys(directory: Directory, *, received_on: date | None = None) -> KnownSignKeys:
    """A function: a package's manifest -> the key of its sender unit that may have signed it, or None.

    The key must be the one the manifest names, of an open unit, valid on the local day the month was
    completed (a withdrawn key still vouches for the months it completed before it was withdrawn).

    ``received_on`` (the day a file is imported from the sender itself): the key must also still be
    in force that day, or have been withdrawn at most ``WITHDRAWN_KEY_GRACE`` before it. The day of
    completion is the sender's own word; without this rule a key withdrawn because a laptop was stolen
    would sign for ever, with a completion day written back into its validity. The grace lets a
    package made just before a key was changed still arrive by courier. Forwarded packages are checked
    without it: the council that forwards one checked it the day it arrived there, and signs for that.
    """

    def known(manifest: Manifest) -> PublicKeys | None:
        try:
            completed = datetime.fromisoformat(manifest.completed_at)
        except ValueError:
            return None
        if completed.tzinfo is None:
            return None
        day = completed.astimezone(clock.KZ_TZ).date()
        key = directory.active_key(manifest.sender_unit, manifest.sender_key_id, day)
        if key is None:
            return None
        if (
            received_on is not None
            and key.valid_to is not None
            and received_on > key.valid_to + WITHDRAWN_KEY_GRACE
        ):
            return None
        return PublicKeys.of(manifest.sender_unit, key.sign_public, key.box_public)

    return known


# --- at the republican council -------------------------------------------------------------------


def add_unit_key(
    session: Session, unit_code: str, public: PublicKeys, *, fingerprint: str, valid_from: date
) -> None:
    """Put a unit's public keys into the working set of the next directory, once the fingerprint read
    out over the phone matches the key file. The unit's earlier open-ended keys end the day before."""
    unit = units.by_code(session, unit_code)
    if public.unit_code != unit.code:
        raise ValidationError(
            "exchange.key_of_other_unit",
            f"This key file was made for the unit {public.unit_code}, not {unit.code}.",
            unit=unit.code,
            key_unit=public.unit_code,
        )
    if _digits(fingerprint) != _digits(public.fingerprint):
        raise ValidationError(
            "exchange.fingerprint_mismatch",
            "The fingerprint you typed does not match the key file; the key was not added. "
            "Read the digits again with the unit.",
            unit=unit.code,
        )
    taken = session.scalar(select(DirectoryKey.unit_code).where(DirectoryKey.key_id == public.key_id))
    if taken is not None:
        raise ValidationError(
            "exchange.key_exists",
            f"This key is already in the directory's keys (unit {taken}).",
            unit=taken,
        )
    # One working key per unit: a unit that made new keys (a new computer, a lost passphrase) stops
    # signing with the old ones from the day the new one starts.
    for previous in session.scalars(
        select(DirectoryKey).where(DirectoryKey.unit_code == unit.code, DirectoryKey.valid_to.is_(None))
    ):
        if previous.valid_from < valid_from:
            previous.valid_to = valid_from - timedelta(days=1)
    session.add(
        DirectoryKey(
            unit_code=unit.code,
            key_id=public.key_id,
            sign_public=public.sign_public,
            box_public=public.box_public,
            valid_from=valid_from,
            valid_to=None,
            added_by=actor_of(session).name,
        )
    )
    session.flush()


def publish_directory(session: Session, keys: InstallationKeys, out_dir: Path) -> Path:
    """Sign the next version of the directory with the republican council's keys, install it here and
    write ``<out_dir>/directory-v<N>.tqd``; the path written."""
    root = _republic(session)
    if keys.unit_code != root.code:
        raise ValidationError(
            "directory.not_republic",
            f"Only the republican council ({root.code}) publishes the directory of units; these keys "
            f"are of {keys.unit_code}.",
            unit=keys.unit_code,
        )
    _ensure_signer_listed(session, root.code, keys.public)
    installed = session.scalar(select(func.max(InstalledDirectory.version)))
    directory = Directory((installed or 0) + 1, tuple(_entries(session)))
    signed = sign_directory(directory, keys.signing_key)
    # Installed here exactly as a centre installs it: the same checks, so a directory this council
    # could not install itself never leaves the building.
    _install(session, signed, fingerprint=keys.public.fingerprint, actor_name=actor_of(session).name)
    target = Path(out_dir) / FILE_PATTERN.format(version=directory.version)
    try:
        replace_atomically(target, write_directory_file(signed))
    except OSError as error:
        raise StorageError(
            "directory.cannot_write",
            f"The directory file {target} cannot be written ({error.strerror or error}). Choose another "
            "folder, or free some space.",
            path=str(target),
        ) from error
    return target


def _republic(session: Session) -> Unit:
    roots = list(session.scalars(select(Unit).where(Unit.parent_id.is_(None))))
    if len(roots) != 1:
        raise NotFoundError(
            "directory.no_republic",
            "The units table has no single republican council (a unit with no council above it).",
        )
    return roots[0]


def _ensure_signer_listed(session: Session, root_code: str, signer: PublicKeys) -> None:
    """The signing key must be one the directory gives the root, or nobody could check the next one.
    The very first publication lists it itself; after that a new key of the council is added like
    any unit's (add_unit_key) and published once with the old key."""
    listed = session.scalars(select(DirectoryKey.key_id).where(DirectoryKey.unit_code == root_code)).all()
    if signer.key_id in listed:
        return
    if listed:
        raise ValidationError(
            "directory.signer_not_listed",
            "The republican council's key in use is not in the directory's keys. Add it as the council's "
            "new key and publish once with the previous key.",
        )
    session.add(
        DirectoryKey(
            unit_code=root_code,
            key_id=signer.key_id,
            sign_public=signer.sign_public,
            box_public=signer.box_public,
            valid_from=date(2000, 1, 1),  # the republic's first key vouches for every month before it
            valid_to=None,
            added_by=actor_of(session).name,
        )
    )
    session.flush()


def _entries(session: Session) -> Iterable[UnitEntry]:
    keys: dict[str, list[UnitKey]] = {}
    for row in session.scalars(select(DirectoryKey)):
        keys.setdefault(row.unit_code, []).append(
            UnitKey(row.key_id, row.sign_public, row.box_public, row.valid_from, row.valid_to)
        )
    every = list(session.scalars(select(Unit).order_by(Unit.code)))
    codes = {unit.id: unit.code for unit in every}
    for unit in every:
        yield UnitEntry(
            code=unit.code,
            parent_code=None if unit.parent_id is None else codes[unit.parent_id],
            opened_on=unit.opened_on,
            closed_on=unit.closed_on,
            keys=tuple(keys.get(unit.code, ())),
        )


# --- helpers -------------------------------------------------------------------------------------


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _entry(directory: Directory, unit_code: str) -> UnitEntry:
    entry = directory.unit(unit_code)
    if entry is None:
        raise ValidationError(
            "exchange.not_in_directory",
            f"The unit {unit_code} is not in the directory of units.",
            unit=unit_code,
        )
    return entry


def _root_of(directory: Directory) -> UnitEntry:
    roots = [entry for entry in directory.units if entry.parent_code is None]
    if len(roots) != 1:
        raise ValidationError(
            "directory.malformed",
            f"The directory of units cannot be read: it has {len(roots)} units with no council above "
            "them instead of one republican council.",
        )
    return roots[0]


def _root_keys(document: bytes) -> list[tuple[bytes, bytes]] | None:
    """The public keys the (not yet verified) document gives its root units; None if it cannot tell.

    Read only to find which key to check the signature with; nothing else of the document is
    trusted before verify_directory has checked it.
    """
    try:
        parsed = json.loads(document.decode("utf-8"))
        found = []
        for unit in parsed["units"]:
            if unit["parent_code"] is None:
                for key in unit["keys"]:
                    found.append(
                        (
                            base64.b64decode(key["sign_public"], validate=True),
                            base64.b64decode(key["box_public"], validate=True),
                        )
                    )
        return [(sign, box) for sign, box in found if len(sign) == 32 and len(box) == 32]
    except (ValueError, KeyError, TypeError, binascii.Error):
        return None


def _root_sign_keys(document: bytes) -> list[bytes]:
    return [sign for sign, _ in _root_keys(document) or []]
