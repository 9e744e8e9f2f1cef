"""SQL pieces the report queries share, written once so that SQLite and PostgreSQL read them alike.

Day columns hold local dates (see periods.py), so a period is a BETWEEN on plain dates; the only
arithmetic on dates is a difference in days, which each dialect spells its own way.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import Date, Integer, String, case, extract, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.functions import sum as sql_sum

from app.reports.periods import Period

# Counts per unit id (a Counter of figure names), to be folded into the report's rows and total.
Tallies = dict[uuid.UUID, Counter[str]]


class days_between(FunctionElement[int]):  # noqa: N801 - SQL functions are named in lower case
    """`days_between(earlier, later)`: whole days from the first date to the second (negative if before)."""

    type = Integer()
    inherit_cache = True
    name = "days_between"


def _operands(element: days_between, compiler: SQLCompiler, **kw: Any) -> tuple[str, str]:
    earlier, later = list(element.clauses)
    return compiler.process(earlier, **kw), compiler.process(later, **kw)


@compiles(days_between)
def _days_between_default(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    # PostgreSQL (and the SQL standard's date arithmetic): date - date is an integer of days.
    earlier, later = _operands(element, compiler, **kw)
    return f"({later} - {earlier})"


@compiles(days_between, "sqlite")
def _days_between_sqlite(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite keeps dates as ISO text; julianday() turns them into day numbers.
    earlier, later = _operands(element, compiler, **kw)
    return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"


def day(value: date) -> ColumnElement[date]:
    """A date parameter typed as a date, so that PostgreSQL can subtract it from a date column."""
    return literal(value, Date)


def count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """How many rows of the group meet the condition (0, never NULL, for an empty match)."""
    return sql_sum(case((condition, 1), else_=0))


def value_if(condition: ColumnElement[bool], value: ColumnElement[Any]) -> ColumnElement[Any]:
    """The value where the condition holds, else NULL (which aggregates skip)."""
    return case((condition, value), else_=None)


def within(column: ColumnElement[date] | Any, period: Period) -> ColumnElement[bool]:
    """The day column falls in the period (both ends included)."""
    result: ColumnElement[bool] = column.between(period.start, period.end)
    return result


def year_month(column: ColumnElement[date] | Any) -> tuple[ColumnElement[int], ColumnElement[int]]:
    """The year and the month of a day column, as integers on both dialects, for GROUP BY."""
    return extract("year", column), extract("month", column)


def unit_key(column: ColumnElement[uuid.UUID] | Any, keys: Mapping[uuid.UUID, str]) -> ColumnElement[str]:
    """The group each unit id falls in (a council's row), as one CASE over the small unit tree."""
    return case(dict(keys), value=column, else_=None).cast(String)
