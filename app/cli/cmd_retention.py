"""`retention preview|apply [--years N]`: de-identify closed cases older than the retention period.

`preview` counts what would change and writes nothing; `apply` writes it in one transaction (and the
audit trail records it). Without --years the period is the setting retention.years (5 by default).
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.actors import command_actor
from app.cli.context import Context
from app.cli.output import day
from app.cli.parsing import count, json_flag
from app.services import retention
from app.services.retention import RetentionPlan

SHOWN_NUMBERS = 20  # a long list of case numbers is summed up; --json carries every one


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser("retention", help="de-identify closed cases older than the retention period")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    for name, handler, text in (
        ("preview", preview, "show what would be de-identified; nothing is changed"),
        ("apply", apply, "de-identify the cases the preview lists"),
    ):
        sub = actions.add_parser(name, help=text)
        sub.add_argument(
            "--years", type=count(1), metavar="N", help="closed more than N years ago (default: the setting)"
        )
        json_flag(sub)
        sub.set_defaults(handler=handler)


def _payload(plan: RetentionPlan) -> dict[str, Any]:
    return {
        "years": plan.years,
        "closed_before": plan.cutoff,
        "applied": plan.applied,
        "cases": plan.case_numbers,
        "parties": plan.parties,
        "parties_detached": plan.parties_detached,
        "fields": dict(sorted(plan.fields.items())),
        "audit_entries": plan.audit_entries,
    }


def _lines(plan: RetentionPlan) -> list[str]:
    verb = "were" if plan.applied else "would be"
    lines = [
        f"Cases closed before {day(plan.cutoff)} (more than {plan.years} years ago) with personal data left: "
        f"{plan.cases}."
    ]
    if plan.empty:
        return [*lines, "Nothing to de-identify."]
    shown = ", ".join(plan.case_numbers[:SHOWN_NUMBERS])
    more = plan.cases - SHOWN_NUMBERS
    lines.append(f"  {shown}" + (f" and {more} more" if more > 0 else ""))
    lines.append(f"Parties whose names, IINs and contacts {verb} removed: {plan.parties}.")
    if plan.parties_detached:
        lines.append(
            f"Parties also in a case not due yet, kept for it; the old cases {'got' if plan.applied else 'get'} "
            f"an anonymous copy instead: {plan.parties_detached}."
        )
    lines.append(f"Values {verb} removed: {plan.values}.")
    lines.extend(f"  {name}: {n}" for name, n in sorted(plan.fields.items()))
    lines.append(f"Audit entries whose personal values {verb} redacted: {plan.audit_entries}.")
    if not plan.applied:
        lines.append("Run `tatulyq retention apply` to do it; figures (dates, categories, outcomes) stay.")
    return lines


def preview(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database() as db, db.session(actor=command_actor(ctx, db)) as s:
        plan = retention.preview(s, years=args.years)
    ctx.out.result(_payload(plan), _lines(plan))
    return 0


def apply(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database() as db, db.session(write=True, actor=command_actor(ctx, db)) as s:
        plan = retention.apply(s, years=args.years)
    ctx.out.result(_payload(plan), _lines(plan))
    return 0
