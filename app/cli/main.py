"""The console script `tatulyq`: parse the command line, run one command, map the result to an exit code.

Exit codes: 0 done; 1 the job failed (bad input, not found, a check found problems, a bug);
2 the command line is wrong (argparse's own) or the database cannot be used (newer than this
program, damaged, busy, disk full). With no command it starts the desktop program.

Only the standard library (and this package's stdlib-only helpers) is imported at the top:
`tatulyq --version` must answer at once; the desktop path imports Qt, the commands SQLAlchemy,
each only when taken.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import traceback
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__
from app.cli.output import Output
from app.cli.parsing import Parser, UsageError

if TYPE_CHECKING:
    from app.errors import TatulyqError
    from app.storage.location import DatabaseLocation

PROG = "tatulyq"
EXIT_OK, EXIT_FAILED, EXIT_UNUSABLE = 0, 1, 2
EXIT_INTERRUPTED = 130  # the shell's convention for Ctrl+C
LOG_NAME = "tatulyq-errors.log"
_PASSWORD_IN_URL = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")  # postgresql://user:secret@host -> user:***@


def _global_options(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--data-dir", metavar="DIR", help="folder of the database, backups and logs")
    where.add_argument("--database-url", metavar="URL", help="any SQLAlchemy URL, e.g. postgresql://...")
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="the user whose password opens an encrypted database; the password comes from the "
        "environment variable TATULYQ_PASSWORD, or is asked for in a terminal",
    )
    parser.add_argument("--json", action="store_true", help="answer with one JSON document on stdout")
    parser.add_argument("--debug", action="store_true", help="show the full traceback of an internal error")
    parser.add_argument(
        "--no-dialogs", action="store_true",
        help="desktop program: log errors instead of opening message boxes (tests, smoke runs)",
    )


def _early_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The global options alone, read before anything heavy is imported (`--version`, the desktop program).

    REMAINDER stops at the command, so `cases search --version` is not mistaken for it; `extra` holds
    what is neither a global option nor a command (e.g. --help). None when the line does not even
    parse: the full parser will then say what is wrong.
    """
    early = argparse.ArgumentParser(prog=PROG, add_help=False, exit_on_error=False)
    _global_options(early)
    early.add_argument("--version", action="store_true")
    early.add_argument("--self-test", action="store_true")
    early.add_argument("rest", nargs=argparse.REMAINDER)
    try:
        options, extra = early.parse_known_args(list(argv))
    except argparse.ArgumentError:
        return None
    options.extra = extra
    return options


def build_parser() -> argparse.ArgumentParser:
    # The command modules import the services and SQLAlchemy: only now, not for --version.
    from app.cli import (
        cmd_audit,
        cmd_cases,
        cmd_db,
        cmd_deadlines,
        cmd_demo,
        cmd_document,
        cmd_exchange,
        cmd_import,
        cmd_report,
        cmd_retention,
        cmd_signals,
        cmd_stats,
        cmd_units,
    )

    parser = Parser(
        prog=PROG,
        description="Tatulyq, the case desk of the mediation service. No command: the desktop program.",
        epilog="Exit codes: 0 done; 1 the job failed; 2 wrong command line, or the database cannot be used.",
    )
    _global_options(parser)
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation in a temporary folder (an encrypted database, a PDF report, the "
        "exchange, fonts, translations, Qt) and exit 0, or 1 naming what failed",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (
        cmd_demo, cmd_cases, cmd_units, cmd_deadlines, cmd_report, cmd_stats, cmd_document, cmd_import, cmd_db,
        cmd_audit, cmd_retention, cmd_exchange, cmd_signals,
    ):  # fmt: skip
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    _forgiving_streams()
    early = _early_options(args_list)
    json_mode = bool(early and early.json) or "--json" in args_list
    out = Output(json_mode)
    if early is not None and early.version:
        out.result({"version": __version__}, f"{PROG} {__version__}")
        return EXIT_OK
    if early is not None and early.self_test and not early.rest and not early.extra:
        return _self_test(out, debug=early.debug)
    if early is not None and not early.rest and not early.extra:
        # No command: the desktop program. Straight there, without building the commands' parser,
        # which imports every service (and SQLAlchemy) before the sign-in window could appear.
        return _run(early, out)
    try:
        args = build_parser().parse_args(args_list)
    except UsageError as error:
        return _usage_error(out, error)
    except SystemExit as done:  # --help
        return done.code if isinstance(done.code, int) else EXIT_OK
    return _run(args, out)


def _self_test(out: Output, *, debug: bool) -> int:
    from app.selftest import run_self_test

    report = run_self_test()
    if debug:
        for result in report.failed:
            if result.details:
                sys.stderr.write(result.details)
    out.result(report.to_dict(), report.lines(), ok=report.passed)
    return EXIT_OK if report.passed else EXIT_FAILED


def _forgiving_streams() -> None:
    """Never fail over a letter the console cannot show.

    Redirected to a file on Windows, stdout uses the ANSI code page, which has no Ә, Қ or Ң: a list
    of Kazakh names would stop with UnicodeEncodeError half-way. JSON is escaped instead (output.py).
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def _usage_error(out: Output, error: UsageError) -> int:
    if out.json_mode:
        out.failure("usage", error.message, {"usage": error.usage.strip()})
    else:
        sys.stderr.write(error.usage)
        sys.stderr.write(f"{error.prog}: error: {error.message}\n")
    return EXIT_UNUSABLE


def _run(args: argparse.Namespace, out: Output) -> int:
    location: DatabaseLocation | None = None
    try:
        location = _location(args.data_dir, args.database_url)
        handler = getattr(args, "handler", None)
        if handler is None:
            from app.ui.app import run_gui  # Qt only on this path

            return run_gui(location, no_dialogs=args.no_dialogs)
        from app.cli.context import Context  # the services and SQLAlchemy: commands only
        code: int = handler(args, Context(location, out, user=args.user))
        return code
    except KeyboardInterrupt:
        out.failure("interrupted", "Interrupted; the work in progress was not saved.")
        return EXIT_INTERRUPTED
    except Exception as error:
        friendly = _friendly(error)
        if friendly is not None:
            return _known_error(out, friendly)
        return _internal_error(out, error, location, debug=args.debug)


def _location(data_dir: str | None, database_url: str | None) -> DatabaseLocation:
    from app.storage.location import resolve_location

    location = resolve_location(data_dir, database_url)
    if location.url_text is not None:  # a URL given by hand is read now: a typo is told before anything starts
        from sqlalchemy.exc import ArgumentError

        from app.errors import ValidationError

        try:
            _ = location.url
        except ArgumentError as error:
            raise ValidationError(
                "db.bad_url",
                "The database URL cannot be read; it looks like sqlite:///path/to/file.db "
                "or postgresql://user@server/database.",
            ) from error
    return location


def _friendly(error: BaseException) -> TatulyqError | None:
    """A TatulyqError for what a person can act on, including driver errors met outside a session."""
    from app.storage import db_errors

    return db_errors.translate(error)


def _known_error(out: Output, error: TatulyqError) -> int:
    from app.errors import StorageError

    out.failure(error.key, error.message, _jsonable(error.params))
    return EXIT_UNUSABLE if isinstance(error, StorageError) else EXIT_FAILED


def _jsonable(params: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v if isinstance(v, str | int | float | bool | list | None) else str(v) for k, v in params.items()
    }


def _internal_error(
    out: Output, error: BaseException, location: DatabaseLocation | None, *, debug: bool
) -> int:
    details = "".join(traceback.format_exception(error))
    log = _write_log(details, location)
    if debug:
        sys.stderr.write(details)
    where = f"; the details were written to {log}" if log else ""
    # The first line only: a driver's message goes on with the SQL and its parameters (personal data).
    first_line = (str(error).strip().splitlines() or [""])[0]
    summary = f"{type(error).__name__}: {first_line}"
    out.failure(
        "internal_error",
        f"internal error (a bug in Tatulyq, not your mistake): {summary}{where}",
        {"exception": summary, "log": str(log) if log else None},
    )
    return EXIT_FAILED


def _write_log(details: str, location: DatabaseLocation | None) -> Path | None:
    """Append the traceback to the log beside the database; None if even that cannot be written."""
    try:
        if location is not None:
            folder = location.data_dir
        else:
            from app.storage.location import default_data_dir

            folder = default_data_dir()
        path = folder / "logs" / LOG_NAME
        path.parent.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        with path.open("a", encoding="utf-8") as log:
            command = " ".join(_PASSWORD_IN_URL.sub(r"\1***@", arg) for arg in sys.argv[1:])
            log.write(f"--- {stamp} tatulyq {__version__}: {command}\n{details}\n")
        return path
    except OSError:
        return None


if __name__ == "__main__":
    sys.exit(main())
