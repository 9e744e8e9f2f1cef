"""`units list`: the councils, centres and Houses of Friendship, with the codes other commands take."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.context import Context
from app.cli.output import label, table
from app.cli.parsing import json_flag
from app.services import units

LANGUAGES = ("kk", "ru", "en")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser("units", help="the units of the mediation network")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="list every unit: code, name, kind, parent")
    listing.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the names")
    json_flag(listing)
    listing.set_defaults(handler=list_units)


def list_units(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database() as db, db.session() as s:
        rows: list[dict[str, Any]] = [
            {
                "code": unit.code,
                "name": unit.name(args.lang),
                "kind": unit.kind,
                "parent_code": unit.parent.code if unit.parent else None,
                "region_code": unit.region_code,
                "opened_on": unit.opened_on,
                "closed_on": unit.closed_on,
            }
            for unit in units.list_units(s)
        ]
    text = table(
        ("Code", "Name", "Kind", "Parent"),
        ((r["code"], r["name"], label(r["kind"]), r["parent_code"] or "") for r in rows),
    )
    text.append(f"{len(rows)} units")
    ctx.out.result({"count": len(rows), "units": rows}, text)
    return 0
