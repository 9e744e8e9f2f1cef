"""argparse pieces shared by the commands: a parser that reports usage errors instead of exiting,
and argument types for dates, counts and the domain's enumerations.
"""

from __future__ import annotations

import argparse
import enum
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, NoReturn, TypeVar

E = TypeVar("E", bound=enum.Enum)


class UsageError(Exception):
    """The command line itself is wrong (argparse's errors): exit code 2, like argparse's own."""

    def __init__(self, usage: str, prog: str, message: str) -> None:
        super().__init__(message)
        self.usage = usage
        self.prog = prog
        self.message = message


class Parser(argparse.ArgumentParser):
    """Raises UsageError so that `main` can answer in JSON when `--json` was asked for."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(self.format_usage(), self.prog, message)


def json_flag(parser: argparse.ArgumentParser) -> None:
    """`--json` after the command as well; SUPPRESS keeps the global flag when it is not repeated."""
    parser.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="answer with one JSON document"
    )


def day(text: str) -> date:
    """A date as YYYY-MM-DD or as the local dd.mm.yyyy."""
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"{text!r} is not a date; write YYYY-MM-DD or dd.mm.yyyy")


def count(minimum: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"{value} is less than {minimum}")
        return value

    parse.__name__ = "number"  # argparse names the type in some of its messages
    return parse


def choice(enum_cls: type[E], metavar: str, help: str) -> dict[str, Any]:
    """`type`, `metavar` and `help` for an option taking one value of an enumeration.

    Not argparse's `choices`: it would list the members' reprs in its error message, and twice over
    in the usage line of an option that takes several values.
    """
    values = [str(member.value) for member in enum_cls]

    def parse(text: str) -> E:
        try:
            return enum_cls(text.strip().lower())
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"invalid choice: {text!r} (choose from {', '.join(values)})"
            ) from None

    parse.__name__ = enum_cls.__name__
    return {"type": parse, "metavar": metavar, "help": f"{help}: {', '.join(values)}"}
