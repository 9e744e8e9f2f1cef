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
        "demo",
        help="generate demonstration cases (made-up people) into an empty database",
        description="Generate demonstration cases (made-up people) into an empty database. Without "
        "--admin-password the database is a plain one, NOT encrypted (for practice and tests); with it, "
        "a new encrypted database is made with the user admin.",
    )
    command.add_argument("--cases", type=count(0), required=True, metavar="N", help="how many cases")
    command.add_argument("--seed", type=int, required=True, metavar="S", help="the same seed, the same data")
    command.add_argument("--until", type=day_arg, metavar="DATE", help="the last intake date (default today)")
    command.add_argument(
        "--admin-password",
        metavar="P",
        help=f"make a NEW encrypted database, set up for {demo.DEMO_UNIT} with the user {demo.DEMO_ADMIN} "
        "who signs in with P, and print its recovery key; without this option the demo database is "
        "plain (not encrypted)",
    )
    json_flag(command)
    command.set_defaults(handler=generate)


def _reporter(out: Output) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        share = f" ({done * 100 // total}%)" if total else ""
        out.progress(f"demo: {done:,} of {total:,} cases written{share}")

    return report


def generate(args: argparse.Namespace, ctx: Context) -> int:
    options = {
        "cases": args.cases,
        "seed": args.seed,
        "until": args.until,
        "progress": _reporter(ctx.out),
        "actor": Actor.command_line(),
    }
    recovery_key: str | None = None
    if args.admin_password is not None:
        summary, recovery_key = demo.generate_encrypted_demo(ctx.location, args.admin_password, **options)
    else:
        with ctx.database() as db:
            summary = demo.generate_demo(db, **options)
    payload: dict[str, object] = {
        "database": ctx.location.describe(),
        "encrypted": recovery_key is not None,
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
    if recovery_key is not None:
        payload["user"] = demo.DEMO_ADMIN
        payload["recovery_key"] = recovery_key
        text += [
            f"The database is encrypted; it opens for the user {demo.DEMO_ADMIN} with the password given "
            f"(tatulyq --user {demo.DEMO_ADMIN} ..., the password in TATULYQ_PASSWORD or typed when asked).",
            f"Recovery key (shown this once): {recovery_key}",
        ]
    ctx.out.result(payload, text)
    return 0
