"""`stats`: a report's figures for a unit (and everything below it) and a period, as text or JSON.

The same builder as the PDF and the XLSX (app/reports/builder.py), so a script reading the JSON sees
exactly the numbers the signed paper shows; the fingerprint ties the two together.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from app.cli.context import Context
from app.cli.output import day, label, table
from app.cli.parsing import day as day_arg
from app.cli.parsing import json_flag
from app.reports.builder import build_report
from app.reports.figures import Headline, ReportFigures
from app.reports.period_choice import chosen_period


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "stats", help="the figures of a report: a unit and every unit below it, over a period"
    )
    command.add_argument(
        "--unit", metavar="CODE", required=True, help="the unit (a council covers every unit below it)"
    )
    command.add_argument(
        "--period", metavar="PERIOD", help="a month (2026-10), a quarter (2026-Q3) or a year (2026)"
    )
    command.add_argument("--from", dest="start", type=day_arg, metavar="DATE", help="first day of a range")
    command.add_argument("--to", dest="end", type=day_arg, metavar="DATE", help="last day of a range")
    json_flag(command)
    command.set_defaults(handler=show_stats)


def show_stats(args: argparse.Namespace, ctx: Context) -> int:
    period = chosen_period(args.period, args.start, args.end)
    with ctx.database() as db, db.session() as s:
        figures = build_report(s, args.unit, period)
    fingerprint = figures.fingerprint()
    ctx.out.result({**figures.to_dict(), "fingerprint": fingerprint}, list(render(figures, fingerprint)))
    return 0


def _rate(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "-"


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _lines(h: Headline) -> list[tuple[str, str]]:
    return [
        ("Consultations", str(h.consultations)),
        ("Cases received", str(h.received)),
        ("Carried over", str(h.carried_over)),
        ("Mediations ended", str(h.ended)),
        ("Settled (of ended)", f"{h.settled} ({_rate(h.settled, h.ended)})"),
        ("Case files closed", str(h.closed)),
        ("Rejected at intake", str(h.rejected)),
        ("Open at the end", str(h.open_at_end)),
        ("Overdue at the end", str(h.overdue_at_end)),
        ("Ended within term", f"{h.within_term} of {h.ended_under_agreement}"),
        ("Median days to end", _number(h.median_days_to_end)),
        ("Extensions", str(h.extensions)),
        ("Sessions", str(h.sessions)),
        ("Active mediators", str(h.active_mediators)),
        ("Cases per mediator", _number(h.cases_per_mediator)),
        ("Follow-ups", str(h.follow_ups)),
        ("Obligations due (kept)", f"{h.obligations_due} ({h.obligations_kept})"),
        ("Satisfaction (answers)", f"{_number(h.satisfaction_mean)} ({h.satisfaction_answers})"),
    ]


def render(f: ReportFigures, fingerprint: str) -> Iterator[str]:
    p = f.period
    yield f"{f.unit_code}  {f.unit_names['en']}"
    yield f"Period {p.code()}: {day(p.start)} - {day(p.end)}"
    yield ""
    columns = [_lines(h) for h in (f.current, f.previous, f.year_earlier)]
    rows = [(name, *(column[i][1] for column in columns)) for i, (name, _) in enumerate(columns[0])]
    yield from table(("", p.code(), p.previous().code(), p.year_earlier().code()), rows)
    if f.units:
        yield ""
        yield from table(
            ("Unit", "Received", "Ended", "Settled", "Open at end", "Overdue"),
            (
                (
                    u.unit_code,
                    *(str(n) for n in (h.received, h.ended, h.settled, h.open_at_end, h.overdue_at_end)),
                )
                for u in f.units
                for h in (u.figures,)
            ),
        )
    yield ""
    yield "Ended by outcome: " + ", ".join(f"{label(k)} {n}" for k, n in f.outcomes.items())
    yield f"Made {f.made_at:%Y-%m-%d %H:%M} UTC; fingerprint {fingerprint}"
