"""`db encrypt` and `db recover`: encryption at rest of the local database, from the command line.

    tatulyq db encrypt --user NAME                     # a plain database -> encrypted (backup first)
    tatulyq db recover --recovery-key KEY --user NAME  # a forgotten password, or a lost key file

The password (for `recover`: the new one) comes from TATULYQ_PASSWORD or is asked for in a terminal.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from app.cli.context import Context, read_password
from app.cli.parsing import json_flag
from app.errors import NotFoundError, StorageError, ValidationError
from app.services import database_keys
from app.storage.database import require_sqlite_file

RECOVERY_VARIABLE = "TATULYQ_RECOVERY_KEY"


def register(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    encrypt = actions.add_parser(
        "encrypt",
        help="encrypt a plain database (a backup is made first); prints the recovery key once",
    )
    _user_option(encrypt, "the administrator who encrypts it (their password opens it afterwards)")
    json_flag(encrypt)
    encrypt.set_defaults(handler=encrypt_database)

    recover = actions.add_parser(
        "recover",
        help="set a new password for a user of an encrypted database with its recovery key",
    )
    recover.add_argument(
        "--recovery-key",
        metavar="KEY",
        help=f"the recovery key shown at set-up (or from {RECOVERY_VARIABLE}, or asked for)",
    )
    _user_option(recover, "whose password is set; the new password comes from TATULYQ_PASSWORD or is asked")
    json_flag(recover)
    recover.set_defaults(handler=recover_access)


def _user_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    # SUPPRESS: the global `--user NAME` before the command still counts when this one is not given.
    parser.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS, help=help_text)


def _user(ctx: Context) -> str:
    if not ctx.user:
        raise ValidationError("cli.user_required", "Name the user with --user NAME.")
    return ctx.user


def _require_file(ctx: Context) -> None:
    require_sqlite_file(ctx.location)
    path = ctx.location.sqlite_path
    if path is not None and not path.is_file():
        raise NotFoundError("db.not_found", f"There is no database at {path}.", path=str(path))


def encrypt_database(args: argparse.Namespace, ctx: Context) -> int:
    _require_file(ctx)
    if ctx.location.is_encrypted:
        raise StorageError("encrypt.already", f"The database at {ctx.location.describe()} is already encrypted.")
    user = _user(ctx)
    password = read_password(f"Password for {user}: ")
    with ctx.database() as db:
        done = database_keys.encrypt(db, user, password)
    where = ctx.location.describe()
    lines = [
        f"The database at {where} is now encrypted; its key file is {ctx.location.key_file}.",
        f"A plain backup was made first: {done.backup}.",
        "",
        "RECOVERY KEY (shown this once: print it or write it down, and keep it locked away;",
        "it opens the database and its backups when a password or the key file is lost):",
        "",
        f"    {done.recovery_key}",
        "",
        f"Only {done.username} can open the database now. The other users get their access when an "
        "administrator sets their passwords (Settings, Users, New password).",
    ]
    if done.plain_backups:
        lines.append(
            f"{len(done.plain_backups)} backup(s) in {done.plain_backups[0].parent} are NOT encrypted and "
            "anyone can read them: delete them once the encrypted database has been checked:"
        )
        lines.extend(f"  {path}" for path in done.plain_backups)
    payload: dict[str, Any] = {
        "database": where,
        "key_file": ctx.location.key_file,
        "backup": done.backup,
        "recovery_key": done.recovery_key,
        "counts": done.counts,
        "user_with_access": done.username,
        "plain_backups": done.plain_backups,
    }
    ctx.out.result(payload, lines)
    return 0


def recover_access(args: argparse.Namespace, ctx: Context) -> int:
    _require_file(ctx)
    user = _user(ctx)
    recovery_key = args.recovery_key or os.environ.get(RECOVERY_VARIABLE) or _ask_recovery_key()
    password = read_password(f"New password for {user}: ", confirm=f"The new password for {user} again: ")
    done = database_keys.recover(ctx.location, recovery_key, user, password)
    lines = [f"A new password was set for {done.username}; they can sign in with it now."]
    if done.key_file_renewed:
        lines.append(
            f"The key file {ctx.location.key_file} was missing or damaged and has been written anew: only "
            f"{done.username} can open the database until an administrator sets the other users' passwords."
        )
    payload = {
        "database": ctx.location.describe(),
        "user": done.username,
        "key_file": ctx.location.key_file,
        "key_file_renewed": done.key_file_renewed,
    }
    ctx.out.result(payload, lines)
    return 0


def _ask_recovery_key() -> str:
    import getpass
    import sys

    if not sys.stdin.isatty():
        raise ValidationError(
            "cli.recovery_key_required",
            f"Give the recovery key with --recovery-key KEY or in {RECOVERY_VARIABLE}.",
        )
    return getpass.getpass("Recovery key: ")
