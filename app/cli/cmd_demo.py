"""`demo`: fill an empty database with made-up but lawful cases, for training, screenshots and load tests."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.cli.context import Context
from app.cli.output import Output, day
from app.cli.parsing import count, json_flag
from app.cli.parsing import day as day_arg
from app.services import demo
from app.services.context import Actor


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "demo", help="generate demonstration cases (made-up people) into an empty database"
    )
    command.add_argument("--cases", type=count(0), required=True, metavar="N", help="how many cases")
    command.add_argument("--seed", type=int, required=True, metavar="S", help="the same seed, the same data")
    command.add_argument("--until", type=day_arg, metavar="DATE", help="the last intake date (default today)")
    json_flag(command)
    command.set_defaults(handler=generate)


def _reporter(out: Output) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        share = f" ({done * 100 // total}%)" if total else ""
        out.progress(f"demo: {done:,} of {total:,} cases written{share}")

    return report


def generate(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database() as db:
        summary = demo.generate_demo(
            db,
            cases=args.cases,
            seed=args.seed,
            until=args.until,
            progress=_reporter(ctx.out),
            actor=Actor.command_line(),
        )
    payload = {
        "database": ctx.location.describe(),
        "summary": {
            "seed": summary.seed,
            "until": summary.until,
            "cases": summary.cases,
            "rows": summary.rows,
            "total_rows": summary.total_rows,
            "seconds": round(summary.seconds, 3),
        },
    }
    tables = ", ".join(f"{n:,} {name}" for name, n in summary.rows.items() if n)
    text = [
        f"Generated {summary.cases:,} demo cases up to {day(summary.until)} (seed {summary.seed}) "
        f"in {summary.seconds:.1f} s into {ctx.location.describe()}.",
        f"Rows written: {tables}.",
    ]
    ctx.out.result(payload, text)
    return 0
