"""`deadlines`: what needs attention today, for a centre's morning or a scheduled e-mail."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from app.cli.context import Context, unit_subtree
from app.cli.output import day
from app.cli.parsing import day as day_arg
from app.cli.parsing import json_flag
from app.services import clock, deadlines, settings
from app.services.deadlines import Attention


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "deadlines", help="overdue and soon-due cases, unanswered proposals, obligations falling due"
    )
    command.add_argument("--unit", metavar="CODE", help="only this unit and the units below it")
    command.add_argument("--today", type=day_arg, metavar="DATE", help="count days from this date")
    json_flag(command)
    command.set_defaults(handler=show_deadlines)


def show_deadlines(args: argparse.Namespace, ctx: Context) -> int:
    today = args.today or clock.today()
    with ctx.database() as db, db.session() as s:
        attention = deadlines.summary(s, today, unit_subtree(s, args.unit))
        window = settings.get_int(s, "deadlines.due_soon_days")
    payload = {
        "today": attention.today,
        "due_soon_days": window,
        "total": attention.total,
        "overdue": attention.overdue,
        "due_soon": attention.due_soon,
        "unanswered_proposals": attention.unanswered_proposals,
        "obligations": attention.obligations,
    }
    ctx.out.result(payload, list(render(attention, window)))
    return 0


def _days(n: int) -> str:
    return f"{n} day{'' if n == 1 else 's'}"


def render(a: Attention, window: int) -> Iterator[str]:
    yield f"Deadlines on {day(a.today)}"
    yield ""
    yield f"Term run out ({len(a.overdue)})"
    for c in a.overdue:
        yield f"  {c.number}  deadline {day(c.deadline_on)}, {_days(c.days_overdue)} overdue"
    yield ""
    yield f"Term ends within {_days(window)} ({len(a.due_soon)})"
    for c in a.due_soon:
        left = "today" if c.days_left == 0 else f"in {_days(c.days_left)}"
        yield f"  {c.number}  deadline {day(c.deadline_on)}, ends {left}"
    yield ""
    yield f"Proposals to mediate with no answer: count as refused ({len(a.unanswered_proposals)})"
    for p in a.unanswered_proposals:
        yield f"  {p.number}  proposal sent {day(p.proposal_sent_on)}, answer was due {day(p.answer_due_on)}"
    yield ""
    yield f"Obligations overdue or due within {_days(window)} ({len(a.obligations)})"
    for o in a.obligations:
        when = f"{_days(o.days_overdue)} overdue" if o.days_left < 0 else f"due {day(o.due_on)}"
        yield f"  {o.number}  {o.description} — {when}"
    yield ""
    yield "Nothing needs attention." if a.total == 0 else f"{a.total} item(s) need attention."
