"""Alembic environment for Tatulyq.

The program hands us its own connection (``config.attributes["connection"]``), already inside the
one transaction the whole upgrade runs in; we never configure logging here (the program owns it).
For developers, ``alembic`` from the command line works too with ``-x url=sqlite:///path``.
"""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from sqlalchemy import Connection, create_engine

from app.models import load_all
from app.models.base import Base, UtcDateTime

load_all()  # registers every table on Base.metadata

config = context.config
target_metadata = Base.metadata


def _include_name(name: str | None, type_: str, _parents: object) -> bool:
    # FTS5's virtual table and its shadow tables are made by hand in the migration, not by the models.
    fts_table = name is not None and name.startswith("case_search") and name != "case_search_docs"
    return not (type_ == "table" and fts_table)


def _render_item(type_: str, obj: Any, _autogen_context: Any) -> str | Literal[False]:
    # Migrations must not import model helpers that may change later: render our UTC type as what it stores.
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
        include_name=_include_name,
        render_item=_render_item,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("Give the database: alembic -x url=sqlite:///path/to/tatulyq.db upgrade head")
    engine = create_engine(url)
    with engine.begin() as conn:
        _configure(conn)
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Tatulyq migrations run online only (the program runs them at start).")
run_migrations_online()
