"""`cases list`, `cases search` and `cases new`; `cases show` lives in cmd_case_show."""

from __future__ import annotations

import argparse

from app.cli import cmd_case_show
from app.cli.context import Context, unit_subtree
from app.cli.output import day, label, table
from app.cli.parsing import choice, count, json_flag
from app.cli.parsing import day as day_arg
from app.errors import ValidationError
from app.models.enums import CaseStatus, Category, Channel, Language, LegalArea, RiskLevel
from app.services import case_list, cases, clock, search
from app.services.context import Actor

# What `--flags` accepts, and the field of the intake each name sets.
FLAGS = {
    "inter_ethnic": "inter_ethnic",
    "group": "group_dispute",
    "group_dispute": "group_dispute",
    "minors": "minors_involved",
    "minors_involved": "minors_involved",
    "recurrence": "recurrence",
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser("cases", help="list, search, show and register cases")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")

    listing = actions.add_parser("list", help="cases matching filters, newest intake first")
    listing.add_argument(
        "--status", action="extend", nargs="+", default=[], **choice(CaseStatus, "STATUS", "one or more of")
    )
    listing.add_argument(
        "--category", action="extend", nargs="+", default=[], **choice(Category, "CATEGORY", "one or more of")
    )
    listing.add_argument("--unit", metavar="CODE", help="this unit and the units below it")
    listing.add_argument("--from", dest="date_from", type=day_arg, metavar="DATE", help="intake on or after")
    listing.add_argument("--to", dest="date_to", type=day_arg, metavar="DATE", help="intake on or before")
    listing.add_argument("--limit", type=count(1), default=50, help="rows to show (default 50)")
    listing.add_argument("--offset", type=count(0), default=0, help="rows to skip")
    json_flag(listing)
    listing.set_defaults(handler=list_cases)

    finder = actions.add_parser("search", help="find cases by number, party name or description")
    finder.add_argument("text", nargs="+", help="words to find (any letter case, beginnings of words)")
    finder.add_argument("--unit", metavar="CODE", help="only this unit and the units below it")
    finder.add_argument("--limit", type=count(1), default=50, help="rows to show (default 50)")
    finder.add_argument("--offset", type=count(0), default=0, help="rows to skip")
    json_flag(finder)
    finder.set_defaults(handler=search_cases)

    cmd_case_show.register(actions)

    intake = actions.add_parser("new", help="register a new dispute; prints its number")
    intake.add_argument("--unit", metavar="CODE", required=True, help="the unit registering the case")
    intake.add_argument("--date", type=day_arg, metavar="DATE", help="intake date (default today)")
    intake.add_argument("--channel", required=True, **choice(Channel, "CHANNEL", "how the case came"))
    intake.add_argument("--category", required=True, **choice(Category, "CATEGORY", "the kind of dispute"))
    intake.add_argument("--description", default="", help="what the dispute is about")
    intake.add_argument(
        "--flags",
        type=_flags,
        action="extend",
        default=[],
        metavar="FLAG[,FLAG...]",
        help="any of inter_ethnic, group, minors, recurrence",
    )
    intake.add_argument("--risk", default=RiskLevel.LOW, **choice(RiskLevel, "LEVEL", "risk of escalation"))
    intake.add_argument("--legal-area", **choice(LegalArea, "AREA", "area of law"))
    intake.add_argument("--language", **choice(Language, "LANG", "language of the mediation"))
    json_flag(intake)
    intake.set_defaults(handler=new_case)


def _flags(text: str) -> list[str]:
    names = [part.strip().lower().replace("-", "_") for part in text.split(",") if part.strip()]
    unknown = [name for name in names if name not in FLAGS]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown flag {unknown[0]!r} (choose from inter_ethnic, group, minors, recurrence)"
        )
    return [FLAGS[name] for name in names]


def _showing(shown: int, total: int, offset: int, noun: str) -> str:
    if total == 0:
        return f"No {noun} found."
    text = f"Showing {shown} of {total} {noun}"
    if offset and shown:
        text += f" (from number {offset + 1})"
    return text + "."


def list_cases(args: argparse.Namespace, ctx: Context) -> int:
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise ValidationError(
            "cases.period_reversed",
            f"The period starts ({day(args.date_from)}) after it ends ({day(args.date_to)}).",
        )
    with ctx.database() as db, db.session() as s:
        flt = case_list.CaseFilter(
            statuses=args.status,
            categories=args.category,
            unit_ids=unit_subtree(s, args.unit),
            intake_from=args.date_from,
            intake_to=args.date_to,
        )
        total = case_list.count_cases(s, flt)
        rows = case_list.list_cases(s, flt, limit=args.limit, offset=args.offset)
    text = table(
        ("Number", "Intake", "Status", "Category", "Unit"),
        ((r.number, day(r.intake_date), label(r.status), label(r.category), r.unit_code) for r in rows),
    )
    text.append(_showing(len(rows), total, args.offset, "cases"))
    payload = {"total": total, "limit": args.limit, "offset": args.offset, "cases": rows}
    ctx.out.result(payload, text if rows else text[-1:])
    return 0


def search_cases(args: argparse.Namespace, ctx: Context) -> int:
    query = " ".join(args.text)
    with ctx.database() as db, db.session() as s:
        unit_ids = unit_subtree(s, args.unit)
        total = search.count_matches(s, query, unit_ids=unit_ids)
        hits = search.search_cases(s, query, limit=args.limit, offset=args.offset, unit_ids=unit_ids)
    text = table(
        ("Number", "Intake", "Status", "Category"),
        ((h.number, day(h.intake_date), label(h.status), label(h.category)) for h in hits),
    )
    text.append(_showing(len(hits), total, args.offset, "matching cases"))
    payload = {"query": query, "total": total, "limit": args.limit, "offset": args.offset, "cases": hits}
    ctx.out.result(payload, text if hits else text[-1:])
    return 0


def new_case(args: argparse.Namespace, ctx: Context) -> int:
    flags = set(args.flags)
    intake = cases.CaseIntake(
        unit_code=args.unit,
        intake_date=args.date or clock.today(),
        channel=args.channel,
        category=args.category,
        description=args.description,
        legal_area=args.legal_area,
        language=args.language,
        inter_ethnic="inter_ethnic" in flags,
        group_dispute="group_dispute" in flags,
        minors_involved="minors_involved" in flags,
        recurrence="recurrence" in flags,
        risk_level=args.risk,
    )
    with ctx.database() as db, db.session(write=True, actor=Actor.command_line()) as s:
        case = cases.register_case(s, intake)
        payload = {
            "id": case.id,
            "number": case.number,
            "unit_code": args.unit.strip().upper(),
            "intake_date": case.intake_date,
            "status": case.status,
        }
    status = label(case.status)
    text = f"Registered case {payload['number']} (intake {day(intake.intake_date)}, status {status})."
    ctx.out.result({"case": payload}, text)
    return 0
