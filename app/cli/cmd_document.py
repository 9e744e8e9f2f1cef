"""`document agreement|settlement|consent --case NUMBER --lang kk|ru|en --out F [--party ID]`.

Prints a case's document to a PDF ready to sign: the mediation agreement, the settlement agreement
with its obligations, or the consent to personal-data processing (one page per person, or --party).
"""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path

from app.cli.context import Context
from app.cli.parsing import json_flag
from app.reports.documents import DocumentKind, make_document
from app.services.context import Actor

_HELP = {
    DocumentKind.AGREEMENT: "the mediation agreement (parties, mediator, terms, signature lines)",
    DocumentKind.SETTLEMENT: "the settlement agreement with its obligations table",
    DocumentKind.CONSENT: "the consent to personal-data processing, one page per person of the case",
}


def _party_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a party id (a UUID)") from None


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser("document", help="print a case's document to PDF, ready to sign")
    kinds = command.add_subparsers(dest="document_kind", metavar="KIND", required=True)
    for kind in DocumentKind:
        sub = kinds.add_parser(kind.value, help=_HELP[kind])
        sub.add_argument(
            "--case", required=True, metavar="NUMBER", help="the case number, e.g. KZ-31-KRD-2026-0042"
        )
        sub.add_argument("--lang", required=True, choices=("kk", "ru", "en"), help="language of the document")
        sub.add_argument("--out", required=True, type=Path, metavar="FILE", help="the PDF file to write")
        if kind is DocumentKind.CONSENT:
            sub.add_argument(
                "--party",
                type=_party_id,
                metavar="ID",
                help="only this party (its party id or participant id, as `cases show --json` lists)",
            )
        json_flag(sub)
        sub.set_defaults(handler=make, kind=kind)


def make(args: argparse.Namespace, ctx: Context) -> int:
    kind: DocumentKind = args.kind
    target: Path = args.out
    with ctx.database() as db:
        pages = make_document(
            db,
            kind,
            args.case,
            args.lang,
            target,
            party_id=getattr(args, "party", None),
            actor=Actor.command_line(),
        )
    payload = {
        "document": kind.value,
        "case": args.case.strip().upper(),
        "lang": args.lang,
        "out": target,
        "pages": pages,
    }
    ctx.out.result(payload, f"wrote {target} ({pages} page{'' if pages == 1 else 's'})")
    return 0
