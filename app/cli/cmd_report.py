"""`report monthly|period|range`: the report of a unit (and all below it) as a PDF to sign or an XLSX.

    tatulyq report monthly --unit KZ31-KRD --period 2026-10 --lang kk --out oct.pdf
    tatulyq report period  --unit RC --period 2026-Q3 --lang ru --format xlsx --out q3.xlsx
    tatulyq report range   --unit KZ31-KRD --from 2026-10-01 --to 2026-10-15 --out half.pdf

`monthly` takes a month only (the centre head's monthly report); `period` also a quarter (2026-Q3) or a
year (2026); `range` any days, both included. The format follows --out's extension unless --format says.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from app.cli.context import Context
from app.cli.parsing import day, json_flag
from app.errors import ValidationError
from app.reports.make import ReportFormat, ReportRequest, format_for, make_report
from app.reports.periods import Period, PeriodKind

LANGUAGES = ("kk", "ru", "en")
_EXAMPLES = """examples:
  tatulyq report monthly --unit KZ31-KRD --period 2026-10 --lang kk --out oct.pdf
  tatulyq report period --unit RC --period 2026-Q3 --lang ru --out q3.xlsx
  tatulyq report period --unit RC --period 2026 --lang kk --out year.pdf
  tatulyq report range --unit KZ31-KRD --from 2026-10-01 --to 2026-10-15 --out half.pdf
"""


def _period_text(text: str) -> Period:
    try:
        return Period.parse(text)
    except ValidationError as error:
        raise argparse.ArgumentTypeError(error.message) from None


def _month(text: str) -> Period:
    period = _period_text(text)
    if period.kind is not PeriodKind.MONTH:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a month (2026-10); use `report period` for a quarter or a year"
        )
    return period


_month.__name__ = "month"
_period_text.__name__ = "period"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "report",
        help="the report of a unit for a month, quarter, year or range of days, as PDF or XLSX",
        description="Make the report of a unit and every unit below it (a council: one row per unit) as a "
        "PDF to print and sign or an XLSX of the same tables. Periods follow Kazakhstan's local calendar.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    kinds = group.add_subparsers(dest="report_kind", required=True, metavar="KIND")
    monthly = kinds.add_parser("monthly", help="a month's report: --period 2026-10")
    monthly.add_argument("--period", required=True, type=_month, metavar="YYYY-MM", help="the month")
    period = kinds.add_parser("period", help="a month, quarter or year: --period 2026-10, 2026-Q3 or 2026")
    period.add_argument(
        "--period",
        required=True,
        type=_period_text,
        metavar="PERIOD",
        help="a month (2026-10), a quarter (2026-Q3) or a year (2026)",
    )
    days = kinds.add_parser("range", help="any range of days: --from 2026-10-01 --to 2026-10-15")
    days.add_argument(
        "--from",
        dest="first",
        required=True,
        type=day,
        metavar="DATE",
        help="the first day, included (YYYY-MM-DD or dd.mm.yyyy)",
    )
    days.add_argument(
        "--to", dest="last", required=True, type=day, metavar="DATE", help="the last day, included"
    )
    for sub in (monthly, period, days):
        _common(sub)


def _common(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--unit", required=True, metavar="CODE", help="the unit (see `tatulyq units list`)")
    sub.add_argument("--lang", choices=LANGUAGES, default="kk", help="language of the report (default: kk)")
    sub.add_argument(
        "--format",
        dest="fmt",
        choices=[f.value for f in ReportFormat],
        help="pdf or xlsx (default: from the extension of --out)",
    )
    sub.add_argument("--out", required=True, type=Path, metavar="FILE", help="the file to write")
    sub.add_argument("--prepared-by", metavar="NAME", help="the name printed under 'prepared by'")
    sub.add_argument("--approved-by", metavar="NAME", help="the name printed under 'approved by'")
    json_flag(sub)
    sub.set_defaults(handler=make)


def _requested_period(args: argparse.Namespace) -> Period:
    if args.report_kind == "range":
        first: date = args.first
        last: date = args.last
        return Period(first, last)
    period: Period = args.period
    return period


def make(args: argparse.Namespace, ctx: Context) -> int:
    period = _requested_period(args)
    fmt = format_for(args.out, args.fmt)
    request = ReportRequest(
        unit_code=args.unit.strip(),
        period=period,
        lang=args.lang,
        fmt=fmt,
        prepared_by=args.prepared_by,
        approved_by=args.approved_by,
    )
    target: Path = args.out
    ctx.out.progress(f"making the {fmt.value.upper()} report of {request.unit_code} for {period.code()}…")
    with ctx.database() as db:
        figures = make_report(db, request, target)
    current = figures.current
    payload = {
        "report": args.report_kind,
        "unit": figures.unit_code,
        "period": period.to_dict(),
        "lang": request.lang,
        "format": fmt.value,
        "out": target,
        "fingerprint": figures.fingerprint(),
        "received": current.received,
        "ended": current.ended,
        "settled": current.settled,
        "settlement_rate": current.settlement_rate,
    }
    rate = "—" if current.settlement_rate is None else f"{current.settlement_rate:.1%}"
    ctx.out.result(
        payload,
        [
            f"wrote {target}",
            f"  {figures.unit_code}, {period.code()}: received {current.received}, ended {current.ended}, "
            f"settled {current.settled} (settlement rate {rate})",
            f"  fingerprint {figures.fingerprint()}",
        ],
    )
    return 0
