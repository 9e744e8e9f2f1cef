"""Who a command works as: the user named by the global `--user NAME`, or the computer's own account.

With `--user` the command's units of work carry that user, so the audit trail names them and the
permissions table (app/services/permissions.py) holds the command to their role; for an encrypted
database their password was checked when it was unlocked. Without it the command line is the
computer's own account, which permissions do not limit (whoever runs it can open the file anyway).
"""

from __future__ import annotations

from app.cli.context import Context
from app.errors import NotFoundError
from app.services import users
from app.services.context import Actor
from app.storage.database import Database


def command_actor(ctx: Context, database: Database) -> Actor:
    name = ctx.user
    if not name:
        return Actor.command_line()
    with database.session() as s:
        user = users.find_active(s, name)
        if user is None:
            raise NotFoundError("cli.no_such_user", f"There is no active user {name!r}.", username=name)
        return Actor(name=f"cli:{user.username}", user_id=user.id)
