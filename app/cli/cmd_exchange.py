"""`exchange ...`: the monthly exchange of packages between a unit and its councils, from the command line.

    tatulyq exchange keygen [--unit KZ-31-CTR] [--public-out E:\\]   # once, at set-up; read out the fingerprint
    tatulyq exchange export --period 2026-10 --out E:\\            # check the month, write its package
    tatulyq exchange import E:\\*.tqp                               # packages (and receipts) from below
    tatulyq exchange status --period 2026 --json                   # completeness, and what was sent
    tatulyq exchange directory show | install F [--fingerprint "..."]
    tatulyq exchange directory add-key KZ-31-MC KZ-31-MC.tqk --fingerprint "..."   # the republic
    tatulyq exchange directory publish --out DIR                                    # the republic
    tatulyq exchange public-key --out DIR | fingerprint

The passphrase of this installation's exchange keys comes from TATULYQ_EXCHANGE_PASSPHRASE or is typed
in a terminal (never echoed); it is never an argument, which would stay in the shell's history and be
visible to every user of the computer in the process list.
"""

from __future__ import annotations

import argparse
import getpass
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from app.cli.actors import command_actor
from app.cli.context import Context
from app.cli.output import day, label, table
from app.cli.parsing import day as day_argument
from app.cli.parsing import json_flag
from app.errors import ValidationError
from app.exchange import completeness, directory_service, key_store, service
from app.exchange.keys import InstallationKeys, PublicKeys
from app.models import Unit
from app.models.enums import UnitKind
from app.services import clock, exchange_overview, installation, units
from app.storage.database import Database

PASSPHRASE_VARIABLE = "TATULYQ_EXCHANGE_PASSPHRASE"
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_YEAR = re.compile(r"^(\d{4})$")
_STATUS_WORDS = {
    "imported": "imported",
    "replaced": "replaced the earlier package",
    "duplicate": "already imported",
    "ignored_older": "ignored (older)",
    "refused": "refused",
    "receipt": "receipt read",
}
_CELL_WORDS = {
    completeness.ON_TIME: "on time",
    completeness.LATE: "late",
    completeness.MISSING: "MISSING",
    completeness.PENDING: "not due yet",
    completeness.NOT_EXPECTED: "-",
}
_COUNCILS = (UnitKind.REPUBLICAN_COUNCIL, UnitKind.REGIONAL_COUNCIL)


def _month(text: str) -> str:
    if not _MONTH.match(text.strip()):
        raise argparse.ArgumentTypeError(f"{text!r} is not a month; write YYYY-MM, e.g. 2026-10")
    return text.strip()


def _month_or_year(text: str) -> list[str]:
    """A month, or a year as its twelve months."""
    value = text.strip()
    if _MONTH.match(value):
        return [value]
    if _YEAR.match(value):
        return [f"{value}-{month:02d}" for month in range(1, 13)]
    raise argparse.ArgumentTypeError(f"{text!r} is neither a month (2026-10) nor a year (2026)")


_month.__name__ = "month"
_month_or_year.__name__ = "period"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "exchange",
        help="the monthly exchange: keys, packages to the council, imports, completeness, the directory",
        description="Send each month's de-identified package up to the council, import the packages of the "
        "units below, and keep the keys and the republican council's signed directory of units. The "
        f"passphrase of the exchange keys comes from {PASSPHRASE_VARIABLE} or is asked for.",
    )
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")

    keygen = actions.add_parser("keygen", help="make this installation's exchange keys (once, at set-up)")
    keygen.add_argument(
        "--unit", metavar="CODE", help="the unit the keys sign for (default: this computer's)"
    )
    keygen.add_argument(
        "--public-out",
        type=Path,
        metavar="DIR",
        help="where to write CODE.tqk for the council (default: data folder)",
    )
    json_flag(keygen)
    keygen.set_defaults(handler=make_keys)

    export = actions.add_parser("export", help="check a month, mark it complete and write its package")
    export.add_argument("--period", type=_month, required=True, metavar="YYYY-MM", help="the month")
    export.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder (a USB stick)")
    export.add_argument(
        "--send-with-findings",
        action="store_true",
        help="write the package even though the checks found problems",
    )
    json_flag(export)
    export.set_defaults(handler=export_month)

    imports = actions.add_parser("import", help="import packages of the units below (and receipts for ours)")
    imports.add_argument(
        "files", type=Path, nargs="+", metavar="FILE", help="packages or .receipt.json files"
    )
    json_flag(imports)
    imports.set_defaults(handler=import_packages)

    status = actions.add_parser(
        "status", help="a council: which units reported on time, late or not; and the packages sent from here"
    )
    status.add_argument(
        "--period",
        type=_month_or_year,
        required=True,
        metavar="PERIOD",
        help="a month (2026-10) or a year (2026)",
    )
    json_flag(status)
    status.set_defaults(handler=show_status)

    _register_directory(actions)

    public = actions.add_parser("public-key", help="write this installation's public keys (CODE.tqk) again")
    public.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder")
    json_flag(public)
    public.set_defaults(handler=write_public_key)

    fingerprint = actions.add_parser("fingerprint", help="show the fingerprint to read out to the council")
    json_flag(fingerprint)
    fingerprint.set_defaults(handler=show_fingerprint)


def _register_directory(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = actions.add_parser("directory", help="the republican council's signed directory of units")
    steps = group.add_subparsers(dest="step", required=True, metavar="STEP")

    show = steps.add_parser("show", help="the installed directory: units, parents, dates, keys")
    json_flag(show)
    show.set_defaults(handler=show_directory)

    install = steps.add_parser(
        "install", help="install a directory file (.tqd) sent by the republican council"
    )
    install.add_argument("file", type=Path, metavar="FILE")
    install.add_argument(
        "--fingerprint",
        metavar='"DDDD ..."',
        help="the first time: the republican council's fingerprint, as read out over the phone",
    )
    json_flag(install)
    install.set_defaults(handler=install_directory)

    add_key = steps.add_parser(
        "add-key", help="the republic: accept a unit's public keys for the next version"
    )
    add_key.add_argument("unit", metavar="CODE", help="the unit the keys belong to")
    add_key.add_argument("file", type=Path, metavar="FILE.tqk", help="the unit's public keys")
    add_key.add_argument(
        "--fingerprint", required=True, metavar='"DDDD ..."', help="as the unit read it out over the phone"
    )
    add_key.add_argument(
        "--valid-from", type=day_argument, metavar="DATE", help="first day the key may sign (default: today)"
    )
    json_flag(add_key)
    add_key.set_defaults(handler=add_unit_key)

    publish = steps.add_parser("publish", help="the republic: sign the next version and write it (.tqd)")
    publish.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder")
    json_flag(publish)
    publish.set_defaults(handler=publish_directory)


# --- The passphrase and the keys -----------------------------------------------------------------


def read_passphrase(*, confirm: bool = False) -> str:
    """TATULYQ_EXCHANGE_PASSPHRASE, or typed in a terminal (twice for new keys, so a typo is caught)."""
    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given:
        return given
    if not sys.stdin.isatty():
        raise ValidationError(
            "cli.passphrase_required",
            f"The passphrase of the exchange keys is needed: set {PASSPHRASE_VARIABLE}, or run the command "
            "in a terminal to type it.",
        )
    passphrase = getpass.getpass("Passphrase of the exchange keys: ")
    if confirm and getpass.getpass("The same passphrase again: ") != passphrase:
        raise ValidationError("cli.passphrases_differ", "The two passphrases differ; nothing was made.")
    return passphrase


def _data_dir(ctx: Context) -> Path:
    return ctx.location.data_dir


def _open_keys(ctx: Context) -> InstallationKeys:
    # Asked only for what signs or decrypts; the public part is read without it.
    return key_store.load_keys(_data_dir(ctx), read_passphrase())


def _key_lines(public: PublicKeys) -> list[str]:
    return [
        f"Unit:        {public.unit_code}",
        f"Key id:      {public.key_id}",
        f"Fingerprint: {public.fingerprint}",
    ]


def _key_payload(public: PublicKeys) -> dict[str, Any]:
    return {"unit": public.unit_code, "key_id": public.key_id, "fingerprint": public.fingerprint}


def make_keys(args: argparse.Namespace, ctx: Context) -> int:
    data_dir = _data_dir(ctx)
    with ctx.database() as db, db.session() as s:
        unit_code = _keys_unit(s, args.unit)
    passphrase = read_passphrase(confirm=True)
    public = key_store.create_keys(data_dir, unit_code, passphrase)
    path = key_store.write_public_file(public, args.public_out or data_dir)
    keys_file = key_store.keys_path(data_dir)
    lines = [
        f"Exchange keys made for {unit_code} and kept in {keys_file}.",
        *_key_lines(public),
        f"Public keys: {path}",
        "",
        "Send the public keys to the council and read the fingerprint to them over the phone.",
        "Keep the passphrase safe: without it no package can be signed or opened here.",
    ]
    ctx.out.result({**_key_payload(public), "keys_file": keys_file, "public_file": path}, lines)
    return 0


def _keys_unit(session: Any, asked: str | None) -> str:
    """The unit the new keys sign for: this installation's; ``--unit`` may only confirm it.

    Keys of another unit would be refused at every export and import (exchange.keys_other_unit), so
    they are refused here, before the council is rung to read out a fingerprint for nothing.
    """
    own = installation.installation_unit(session)
    if own is None:
        raise _no_unit()
    if asked is not None and units.by_code(session, asked).code != own.code:
        raise ValidationError(
            "exchange.keys_other_unit",
            f"The exchange keys are of unit {asked}, but this installation serves {own.code}.",
            unit=own.code,
            key_unit=asked,
        )
    return own.code


def _no_unit() -> ValidationError:
    return ValidationError("exchange.no_unit", "This installation has no unit yet; finish the set-up first.")


def write_public_key(args: argparse.Namespace, ctx: Context) -> int:
    public = key_store.public_keys(_data_dir(ctx))
    path = key_store.write_public_file(public, args.out)
    ctx.out.result(
        {**_key_payload(public), "public_file": path}, [*_key_lines(public), f"Public keys: {path}"]
    )
    return 0


def show_fingerprint(args: argparse.Namespace, ctx: Context) -> int:
    public = key_store.public_keys(_data_dir(ctx))
    ctx.out.result(_key_payload(public), _key_lines(public))
    return 0


# --- Export --------------------------------------------------------------------------------------


def _finding_lines(findings: Sequence[service.CheckFinding]) -> Iterator[str]:
    for finding in findings:
        yield f"  - {finding.message}"
        if finding.case_numbers:
            shown = ", ".join(finding.case_numbers[:10])
            more = f" and {len(finding.case_numbers) - 10} more" if len(finding.case_numbers) > 10 else ""
            yield f"    {shown}{more}"


def _findings_payload(findings: Sequence[service.CheckFinding]) -> list[dict[str, Any]]:
    return [{"key": f.key, "message": f.message, "cases": list(f.case_numbers)} for f in findings]


def export_month(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database() as db:
        unit_code = _own_unit(db).code
        # The checks need no passphrase: the problems are told before anybody types it.
        check = service.check_month(db, unit_code, args.period)
        lines = [f"Checks of {unit_code} for {args.period}:"]
        lines += list(_finding_lines(check.findings)) if check.findings else ["  no problems found"]
        if check.findings and not args.send_with_findings:
            lines += [
                "",
                f"No package was written: {len(check.findings)} problem(s). Correct them, or send the month "
                "as it is with --send-with-findings.",
            ]
            payload = {
                "unit": unit_code,
                "period": args.period,
                "findings": _findings_payload(check.findings),
            }
            ctx.out.result({**payload, "package": None}, lines, ok=False)
            return 1
        keys = _open_keys(ctx)
        prepared = service.prepare_month(
            db,
            keys,
            args.period,
            args.out,
            actor=command_actor(ctx, db),
            send_with_findings=args.send_with_findings,
            progress=_steps(ctx),
        )
    lines += [
        "",
        f"Package written: {prepared.path}",
        f"Unit {prepared.unit}, {prepared.period}, revision {prepared.revision}, sequence {prepared.sequence}; "
        f"{prepared.case_rows} case row(s), {prepared.consultation_rows} consultation row(s)"
        + (f", {prepared.forwarded} forwarded package(s) of units below" if prepared.forwarded else "")
        + ".",
    ]
    payload = {
        "unit": prepared.unit,
        "period": prepared.period,
        "findings": _findings_payload(check.findings),
        "package": {
            "path": prepared.path,
            "package_id": prepared.package_id,
            "revision": prepared.revision,
            "sequence": prepared.sequence,
            "case_rows": prepared.case_rows,
            "consultation_rows": prepared.consultation_rows,
            "forwarded": prepared.forwarded,
        },
    }
    ctx.out.result(payload, lines)
    return 0


def _own_unit(db: Database) -> Unit:
    with db.session() as s:
        unit = installation.installation_unit(s)
    if unit is None:
        raise _no_unit()
    return unit


def _steps(ctx: Context) -> Callable[[int, int], None]:
    """The steps of writing a package, on stderr (never in --json mode); the finished step is not told:
    the result follows at once."""

    def report(done: int, total: int) -> None:
        if done < total:
            ctx.out.progress(f"preparing the package: step {done + 1} of {total}")

    return report


# --- Import --------------------------------------------------------------------------------------


def import_packages(args: argparse.Namespace, ctx: Context) -> int:
    # A mistyped name is told before the passphrase is asked for, and before anything is imported.
    missing = [path for path in args.files if not path.is_file()]
    if missing:
        raise ValidationError(
            "package.cannot_read",
            f"The file {missing[0]} cannot be read: there is no such file. Nothing was imported.",
            path=str(missing[0]),
        )
    keys = _open_keys(ctx)

    def progress(done: int, total: int, name: str) -> None:
        if name:  # the last call (all done, no name) needs no line: the results follow
            ctx.out.progress(f"[{done + 1}/{total}] {name}")

    with ctx.database() as db:
        results = service.import_files(db, keys, args.files, actor=command_actor(ctx, db), progress=progress)
    refused = [r for r in results if r.status == "refused"]
    lines = [line for result in results for line in _result_lines(result)]
    counts = {status: sum(r.status == status for r in results) for status in _STATUS_WORDS}
    lines += ["", ", ".join(f"{n} {_STATUS_WORDS[status]}" for status, n in counts.items() if n) + "."]
    ok = not refused
    ctx.out.result({"files": [_result_payload(r) for r in results], "counts": counts}, lines, ok=ok)
    return 0 if ok else 1


def _result_lines(result: service.FileResult) -> Iterator[str]:
    what = _STATUS_WORDS.get(result.status, result.status)
    about = [result.unit, result.period, None if result.revision is None else f"revision {result.revision}"]
    said = " ".join(part for part in about if part)
    if result.status in ("imported", "replaced"):
        said += f", {result.case_rows} case row(s)"
    yield f"{result.path.name}: {what}" + (f" ({said})" if said else "")
    if result.status in ("refused", "ignored_older") or (result.status == "receipt" and result.message):
        yield f"    {result.message}"
    if result.quarantined is not None:
        yield f"    kept in quarantine: {result.quarantined}"
    if result.receipt is not None:
        yield f"    receipt for the sender: {result.receipt}"


def _result_payload(result: service.FileResult) -> dict[str, Any]:
    return {
        "file": result.path,
        "status": result.status,
        "unit": result.unit,
        "period": result.period,
        "revision": result.revision,
        "key": result.key,
        "message": result.message,
        "params": {
            k: v if isinstance(v, str | int | float | bool | None) else str(v)
            for k, v in result.params.items()
        },
        "case_rows": result.case_rows,
        "receipt": result.receipt,
        "quarantined": result.quarantined,
    }


# --- Status --------------------------------------------------------------------------------------


def show_status(args: argparse.Namespace, ctx: Context) -> int:
    periods: list[str] = args.period
    with ctx.database() as db, db.session() as s:
        unit = installation.installation_unit(s)
        if unit is None:
            raise _no_unit()
        council = unit.kind in _COUNCILS
        grid = completeness.completeness(s, unit.code, periods) if council else None
        sent = [row for row in exchange_overview.sent_packages(s, unit.code) if row.period in periods]
    sent.sort(key=lambda row: (row.period, row.revision))
    lines: list[str] = []
    payload: dict[str, Any] = {"unit": unit.code, "periods": periods, "completeness": None}
    if grid is not None:
        lines += [*_grid_lines(grid), ""]
        payload["completeness"] = _grid_payload(grid)
    lines += _sent_lines(sent)
    payload["sent"] = sent
    ctx.out.result(payload, lines)
    return 0


def _grid_lines(grid: completeness.Grid) -> list[str]:
    lines = [f"Monthly packages of the units below {grid.council}:"]
    rows = [[unit, *(_CELL_WORDS[grid.cell(unit, p).state] for p in grid.periods)] for unit in grid.units]
    lines += table(("Unit", *grid.periods), rows)
    for p in grid.periods:
        if grid.expected[p]:
            lines.append(
                f"{p} (due {day(grid.deadlines[p])}): {grid.on_time[p]} on time, {grid.late[p]} late, "
                f"{grid.missing[p]} missing, {grid.pending[p]} not due yet, of {grid.expected[p]} expected"
            )
    return lines


def _grid_payload(grid: completeness.Grid) -> dict[str, Any]:
    return {
        "council": grid.council,
        "periods": list(grid.periods),
        "units": list(grid.units),
        "cells": [grid.cell(unit, period) for unit in grid.units for period in grid.periods],
        "totals": {
            period: {
                "expected": grid.expected[period],
                "on_time": grid.on_time[period],
                "late": grid.late[period],
                "missing": grid.missing[period],
                "pending": grid.pending[period],
                "deadline": grid.deadlines[period],
            }
            for period in grid.periods
        },
    }


def _sent_lines(sent: Sequence[exchange_overview.SentRow]) -> list[str]:
    if not sent:
        return ["No packages were prepared here for this period."]
    rows = [
        (
            row.period,
            str(row.revision),
            row.created_at.astimezone(clock.KZ_TZ).strftime("%d.%m.%Y %H:%M"),
            str(row.case_rows),
            row.file_name,
            label(row.receipt_status) if row.receipt_status else "no receipt yet",
        )
        for row in sent
    ]
    return ["Packages prepared here:", *table(("Period", "Rev", "Made", "Cases", "File", "Receipt"), rows)]


# --- The directory of units ----------------------------------------------------------------------


def show_directory(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database() as db, db.session() as s:
        directory = directory_service.current_directory(s)
    if directory is None:
        ctx.out.result(
            {"version": None, "units": []},
            "No directory of units is installed yet: install the one the republican council sends.",
        )
        return 0
    rows = [
        (
            entry.code,
            entry.parent_code or "",
            day(entry.opened_on),
            day(entry.closed_on),
            " ".join(key.key_id for key in entry.keys) or "no key",
        )
        for entry in directory.units
    ]
    lines = [
        f"Directory of units, version {directory.version}:",
        *table(("Unit", "Parent", "Opened", "Closed", "Keys"), rows),
    ]
    payload = {
        "version": directory.version,
        "units": [
            {
                "code": entry.code,
                "parent": entry.parent_code,
                "opened_on": entry.opened_on,
                "closed_on": entry.closed_on,
                "keys": [
                    {"key_id": key.key_id, "valid_from": key.valid_from, "valid_to": key.valid_to}
                    for key in entry.keys
                ],
            }
            for entry in directory.units
        ],
    }
    ctx.out.result(payload, lines)
    return 0


def _read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise ValidationError(
            "package.cannot_read", f"The file {path} cannot be read: {error.strerror}.", path=str(path)
        ) from error


def install_directory(args: argparse.Namespace, ctx: Context) -> int:
    data = _read_file(args.file)
    with ctx.database() as db:
        actor = command_actor(ctx, db)
        with db.session(write=True, actor=actor) as s:
            directory = directory_service.install_directory_file(
                s, data, fingerprint=args.fingerprint, actor_name=actor.name
            )
    ctx.out.result(
        {"version": directory.version, "units": len(directory.units)},
        f"Directory of units version {directory.version} installed ({len(directory.units)} units).",
    )
    return 0


def add_unit_key(args: argparse.Namespace, ctx: Context) -> int:
    public = key_store.read_public_file(args.file)
    valid_from: date = args.valid_from or clock.today()
    with ctx.database() as db, db.session(write=True, actor=command_actor(ctx, db)) as s:
        directory_service.add_unit_key(
            s, args.unit, public, fingerprint=args.fingerprint, valid_from=valid_from
        )
    ctx.out.result(
        {**_key_payload(public), "valid_from": valid_from},
        [
            f"Key {public.key_id} of {public.unit_code} accepted from {day(valid_from)}.",
            "It goes out with the next version of the directory: exchange directory publish --out DIR.",
        ],
    )
    return 0


def publish_directory(args: argparse.Namespace, ctx: Context) -> int:
    keys = _open_keys(ctx)
    with ctx.database() as db, db.session(write=True, actor=command_actor(ctx, db)) as s:
        path = directory_service.publish_directory(s, keys, args.out)
        directory = directory_service.current_directory(s)
    version = directory.version if directory is not None else None
    ctx.out.result(
        {"version": version, "file": path},
        [f"Directory of units version {version} signed and installed here.", f"File to send down: {path}"],
    )
    return 0
