"""`signals`: the early-warning signals of a unit's places for a month or a week (app/signals).

    tatulyq signals --unit KZ-RMC --period 2026-10
    tatulyq signals --unit KZ-31-MC --period 2026-W43 --json
    tatulyq signals --unit KZ-31-MC --period 2026-10-14 --grain week

Text: the watches and alerts first, with the place's name, the count, the expected count and the
level; --json: every signal (normal ones too), the rule used and each region's highest level.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date
from typing import Any

from app.cli.context import Context
from app.cli.output import day, table
from app.cli.parsing import json_flag
from app.signals.engine import Signal, SignalSet, compute_signals
from app.signals.rule import GRAINS, rule_from_settings

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-[Ww](\d{2})$")
INDICATOR_NAMES = {
    "inter_ethnic": "inter-ethnic cases",
    "group_dispute": "group disputes",
    "high_risk": "high-risk cases",
    "recurrence": "recurrences",
    "consultations_inter_ethnic": "inter-ethnic consultations",
}


def _period(text: str) -> tuple[date, str | None]:
    """A month (2026-10), an ISO week (2026-W43) or a day (2026-10-14): its first day and the grain it
    names (None for a day: the grain then comes from --grain or the settings)."""
    value = text.strip()
    try:
        if match := _MONTH.match(value):
            return date(int(match[1]), int(match[2]), 1), "month"
        if match := _WEEK.match(value):
            return date.fromisocalendar(int(match[1]), int(match[2]), 1), "week"
        return date.fromisoformat(value), None
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"{text!r} is not a month (2026-10), an ISO week (2026-W43) or a day")


_period.__name__ = "period"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "signals",
        help="early-warning signals: places where inter-ethnic, group or high-risk disputes rise",
        description="Compare each place's count of inter-ethnic cases, group disputes, high-risk cases, "
        "recurrences and inter-ethnic consultations with its own previous months (a one-sided Poisson "
        "test; the rule and its thresholds are the signals.* settings) and grade it normal, watch or alert.",
    )
    command.add_argument("--unit", required=True, metavar="CODE", help="the unit and every unit below it")
    command.add_argument(
        "--period",
        required=True,
        type=_period,
        metavar="P",
        help="a month (2026-10), an ISO week (2026-W43) or a day (the month or week holding it)",
    )
    command.add_argument(
        "--grain", choices=GRAINS, help="month or ISO week (default: the period's own, else the settings)"
    )
    json_flag(command)
    command.set_defaults(handler=show_signals)


def show_signals(args: argparse.Namespace, ctx: Context) -> int:
    start, named = args.period  # with another --grain: the period of that grain holding its first day
    with ctx.database() as db, db.session() as s:
        rule = rule_from_settings(s, grain=args.grain or named)
        found = compute_signals(s, args.unit, start, rule=rule)
    ctx.out.result(payload(found), list(render(found)))
    return 0


def _signal_dict(found: SignalSet, signal: Signal) -> dict[str, Any]:
    data = asdict(signal)
    data["place_names"] = dict(found.place_names.get((signal.place_kind, signal.place_code), {}))
    data["expected"] = round(signal.expected, 4)
    return data


def payload(found: SignalSet) -> dict[str, Any]:
    return {
        "unit": found.unit_code,
        "period": {"label": found.period_label, "start": found.start, "end": found.end},
        "rule": asdict(found.rule),
        "raised": len(found.raised()),
        "region_levels": found.region_levels(),
        "signals": [_signal_dict(found, s) for s in found.signals],
    }


def _p(value: float) -> str:
    return "<0.0001" if value < 0.0001 else f"{value:.4f}"


def render(found: SignalSet) -> Iterator[str]:
    rule = found.rule
    yield (
        f"Early warning signals of {found.unit_code}, {found.period_label} "
        f"({day(found.start)} – {day(found.end)}), by {rule.grain}"
    )
    yield (
        f"Rule: each place against its own previous {rule.baseline_months} months; at least "
        f"{rule.min_count} to count; watch when p < {rule.watch_p:g}, alert when p < {rule.alert_p:g}"
    )
    yield ""
    raised = found.raised()
    if not raised:
        yield f"No watch or alert: all {len(found.signals)} signals are normal."
        return
    rows = [
        (
            s.level.upper(),
            found.place_name(s.place_kind, s.place_code, "en"),
            s.place_code,
            INDICATOR_NAMES.get(s.indicator, s.indicator),
            str(s.count),
            f"{s.expected:.1f}",
            _p(s.p_value),
        )
        for s in raised
    ]
    yield from table(("Level", "Place", "Code", "Indicator", "Count", "Expected", "p"), rows)
    yield ""
    alerts = sum(1 for s in raised if s.level == "alert")
    yield f"{alerts} alert(s), {len(raised) - alerts} watch(es); {len(found.signals) - len(raised)} normal."
