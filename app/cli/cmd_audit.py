"""`audit verify` and `audit export`: the audit trail's hash chain checked, and the trail written to CSV.

`audit verify` is the chain part of `db check`, and prints the chain's head (its last entry's number
and hash) so an administrator can note it and later see that nothing was cut from the end.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.actors import command_actor
from app.cli.context import Context
from app.cli.parsing import choice, day, json_flag
from app.errors import NotFoundError, StorageError
from app.models.enums import AuditAction
from app.services import audit_query
from app.services.audit_query import AuditFilter
from app.storage import audit_chain, migrate


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser("audit", help="check the audit trail's hash chain, export the trail")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")

    verify = actions.add_parser(
        "verify", help="check the hash chain; exit code 1 when an entry was tampered with"
    )
    json_flag(verify)
    verify.set_defaults(handler=verify_chain)

    export = actions.add_parser(
        "export", help="write the audit trail of a period to a CSV file (Excel opens it)"
    )
    export.add_argument("--from", dest="date_from", type=day, metavar="DATE", help="first day (YYYY-MM-DD)")
    export.add_argument("--to", dest="date_to", type=day, metavar="DATE", help="last day (YYYY-MM-DD)")
    export.add_argument("--out", required=True, type=Path, metavar="FILE", help="the CSV file to write")
    export.add_argument("--case", metavar="NUMBER", help="only the entries of this case")
    export.add_argument("--by", metavar="NAME", help="only what this user did (a user name)")
    export.add_argument("--action", dest="entry_action", **choice(AuditAction, "ACTION", "only this kind"))
    json_flag(export)
    export.set_defaults(handler=export_trail)


def _require_existing(ctx: Context) -> None:
    path = ctx.location.sqlite_path
    if path is not None and not path.is_file():
        raise NotFoundError("db.not_found", f"There is no database at {path}.", path=str(path))


def verify_chain(args: argparse.Namespace, ctx: Context) -> int:
    _require_existing(ctx)
    # Not migrated first: a check looks at the file as it is, and never writes to it.
    with ctx.database(upgrade=False) as db:
        revision = migrate.current_revision(db.engine)
        if revision != migrate.SCHEMA_HEAD:
            raise StorageError(
                "audit.needs_upgrade",
                f"The database is at schema {revision}; run `tatulyq db upgrade` before checking its audit trail.",
                revision=revision,
            )
        with db.engine.connect() as conn:
            report = audit_chain.verify(conn)
            conn.rollback()
    payload: dict[str, Any] = {
        "database": ctx.location.describe(),
        "entries": report.entries,
        "head_seq": report.head_seq,
        "head_hash": report.head_hash,
        "first_broken_seq": report.first_broken_seq,
        "problems": report.problems,
    }
    head = f"Last entry: {report.head_seq}, hash {report.head_hash}." if report.head_seq is not None else ""
    if report.ok:
        lines = [f"The audit trail's {report.entries} entries check out; none was removed or changed."]
        ctx.out.result(payload, [*lines, head] if head else lines)
        return 0
    message = f"The audit trail does not check out from entry {report.first_broken_seq} on."
    payload["error"] = {
        "key": "audit.chain_broken",
        "message": message,
        "params": {"problems": report.problems},
    }
    ctx.out.result(payload, [message, *(f"  - {p}" for p in report.problems), head], ok=False)
    return 1


def export_trail(args: argparse.Namespace, ctx: Context) -> int:
    target: Path = args.out.expanduser().resolve()
    with ctx.database() as db, db.session(write=True, actor=command_actor(ctx, db)) as s:
        f = AuditFilter(
            date_from=args.date_from,
            date_to=args.date_to,
            user_id=audit_query.user_by_name(s, args.by) if args.by else None,
            case_number=args.case,
            action=args.entry_action,
        )
        written = audit_query.export_csv(s, f, target)
    payload = {"out": target, "entries": written}
    ctx.out.result(payload, f"wrote {written} audit entr{'y' if written == 1 else 'ies'} to {target}")
    return 0
