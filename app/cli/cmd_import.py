"""`import cases`, `import list` and `import undo`: bring in a register kept in Excel or CSV, and take it back.

tatulyq import cases register-2025.xlsx --unit KZ-31-KRD --dry-run     # check only, write nothing
tatulyq import cases register-2025.xlsx --save-mapping m.json --dry-run # the guessed mapping, to edit
tatulyq import cases register-2025.xlsx --mapping m.json --only-valid  # the good rows; report the rest
tatulyq import undo 3f2a9c1e                                           # the batch id `import list` shows
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from app.cli.context import Context
from app.cli.output import table
from app.cli.parsing import count, json_flag
from app.errors import ValidationError
from app.services import clock, importing, installation, units
from app.services.context import Actor
from app.services.importing import ImportOptions, ImportResult, Mapping, SourceTable

_FIELD_WORDS = {f: f.value.replace("_", " ") for f in importing.Field}
_SHOWN_PROBLEMS = 200  # the text answer lists this many; --json carries them all


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser("import", help="import a register kept in Excel or CSV; list or undo imports")
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")

    cases = actions.add_parser("cases", help="check a workbook or CSV file and add its cases as one batch")
    cases.add_argument("file", type=Path, metavar="FILE", help="the register: .xlsx or .csv")
    cases.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default: the active one)")
    cases.add_argument("--mapping", type=Path, metavar="M.json", help="which column is which field (JSON)")
    cases.add_argument("--save-mapping", type=Path, metavar="M.json", help="write the mapping used, to edit")
    cases.add_argument(
        "--unit", metavar="CODE", help="the unit the cases belong to (default: this computer's)"
    )
    cases.add_argument("--dry-run", action="store_true", help="check every row and write nothing")
    cases.add_argument(
        "--only-valid", action="store_true", help="add the good rows and leave out the rows with problems"
    )
    cases.add_argument(
        "--consent-on-file",
        action="store_true",
        help="every person's consent to personal-data processing is held on paper (dated at intake)",
    )
    json_flag(cases)
    cases.set_defaults(handler=import_cases)

    listing = actions.add_parser("list", help="the imports made, newest first")
    listing.add_argument("--unit", metavar="CODE", help="only this unit's imports")
    listing.add_argument("--limit", type=count(1), default=20, help="rows to show (default 20)")
    json_flag(listing)
    listing.set_defaults(handler=list_imports)

    undo = actions.add_parser("undo", help="remove the cases one import added, while nobody touched them")
    undo.add_argument("batch", metavar="BATCH", help="the import's id (its first 8 characters will do)")
    json_flag(undo)
    undo.set_defaults(handler=undo_import)


def _progress(ctx: Context, what: str) -> Callable[[int, int], None]:
    """Say how far the work is, every tenth part, on stderr (never in --json mode)."""
    said = [-1]

    def report(done: int, total: int) -> None:
        tenth = done * 10 // max(total, 1)
        if tenth != said[0]:
            said[0] = tenth
            ctx.out.progress(f"{what}: {done} of {total} rows")

    return report


def _mapping(args: argparse.Namespace, ctx: Context, source: SourceTable) -> Mapping:
    if args.mapping is not None:
        mapping = importing.read_mapping_file(args.mapping, source)
    else:
        mapping = importing.guess_mapping(source, importing.load_learned(ctx.location.data_dir))
    if args.save_mapping is not None:
        importing.write_mapping_file(args.save_mapping, source, mapping)
        ctx.out.note(f"the mapping was written to {args.save_mapping}")
    return mapping


def import_cases(args: argparse.Namespace, ctx: Context) -> int:
    source = importing.read_source(args.file, args.sheet, _progress(ctx, "reading"))
    mapping = _mapping(args, ctx, source)
    with ctx.database() as db:
        with db.session() as s:
            unit_code = args.unit or _installation_unit(s)
            units.by_code(s, unit_code)  # an unknown code is refused before the long work
        options = ImportOptions(
            unit_code=unit_code,
            only_valid=args.only_valid,
            consent_on_file=args.consent_on_file,
            dry_run=args.dry_run,
        )
        work = "checking" if args.dry_run else "checking and writing"
        result = importing.run_import(
            db, source, mapping, options, actor=Actor.command_line(), progress=_progress(ctx, work)
        )
    if result.written:
        importing.remember(ctx.location.data_dir, source, mapping)
    payload = _payload(source, mapping, result, unit_code)
    ok = result.written or not result.plan.problems
    ctx.out.result(payload, list(_text(source, mapping, result)), ok=ok)
    return 0 if ok else 1


def _installation_unit(session: Any) -> str:
    unit = installation.installation_unit(session)
    if unit is None:
        raise ValidationError("import.unit_required", "Say which unit the cases belong to: --unit CODE.")
    return unit.code


def _payload(source: SourceTable, mapping: Mapping, result: ImportResult, unit_code: str) -> dict[str, Any]:
    plan = result.plan
    return {
        "file": source.name,
        "sheet": source.sheet,
        "unit": unit_code,
        "header_rows": source.header_rows,
        "columns": {source.column_name(i): f.value for i, f in sorted(mapping.columns.items())},
        "rows_read": plan.rows_read,
        "dry_run": result.dry_run,
        "written": result.written,
        "batch": str(result.batch_id) if result.batch_id else None,
        "added": [{"row": row, "number": number} for row, number in result.added],
        "would_add": len(plan.new),
        "matches": [m.as_dict() for m in plan.matches],
        "problems": [p.as_dict() for p in plan.problems],
    }


def _text(source: SourceTable, mapping: Mapping, result: ImportResult) -> Iterator[str]:
    plan = result.plan
    where = f", sheet {source.sheet!r}" if source.sheet else ""
    rows = source.header_rows
    header = f"rows {rows[0]}-{rows[-1]}" if len(rows) > 1 else f"row {rows[0]}" if rows else "none found"
    yield f"Read {plan.rows_read} row(s) from {source.name}{where} (header: {header})."
    yield "Columns:"
    for index, chosen in sorted(mapping.columns.items()):
        yield f"  {source.column_name(index)} -> {_FIELD_WORDS[chosen]}"
    if plan.problems:
        yield ""
        yield f"Problems in {len(plan.problem_rows)} row(s):"
        shown = plan.problems[:_SHOWN_PROBLEMS]
        yield from table(
            ("Row", "Column", "Value", "Problem"),
            ((str(p.row), p.column or "", p.value[:30], p.error.message) for p in shown),
        )
        if len(plan.problems) > len(shown):
            yield f"... and {len(plan.problems) - len(shown)} more (--json lists them all)."
    if plan.matches:
        yield ""
        yield f"Already in the register, not added again ({len(plan.matches)} row(s)):"
        yield from table(
            ("Row", "Matches", "By"),
            (
                (
                    str(m.row),
                    m.case_number or f"row {m.same_as_row}",
                    "number" if m.by_number else "date, parties and category",
                )
                for m in plan.matches[:_SHOWN_PROBLEMS]
            ),
        )
    yield ""
    yield _summary(result)


def _summary(result: ImportResult) -> str:
    plan = result.plan
    if result.written:
        first, last = result.added[0][1], result.added[-1][1]
        numbers = first if first == last else f"{first} ... {last}"
        left_out = f"; {len(plan.problem_rows)} row(s) with problems left out" if plan.problems else ""
        return f"Added {len(result.added)} case(s) ({numbers}) as import {result.batch_id}{left_out}."
    if result.dry_run:
        return f"Dry run: {len(plan.new)} case(s) would be added; nothing was written."
    if plan.problems:
        return (
            f"Nothing was written: {len(plan.problem_rows)} row(s) have problems. Correct them, "
            "or add the good rows with --only-valid."
        )
    return "Nothing to add: every row is already in the register."


def list_imports(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database() as db, db.session() as s:
        unit_ids = [units.by_code(s, args.unit).id] if args.unit else None
        batches = importing.list_batches(s, unit_ids, limit=args.limit)
    rows = [
        (
            str(b.id)[:8],
            b.created_at.astimezone(clock.KZ_TZ).strftime("%d.%m.%Y %H:%M"),
            b.unit_code,
            b.source_name,
            str(b.cases_added),
            str(b.rows_matched),
            str(b.rows_refused),
            f"undone {b.undone_at.astimezone(clock.KZ_TZ):%d.%m.%Y}" if b.undone_at else "",
        )
        for b in batches
    ]
    text = table(("Import", "When", "Unit", "File", "Added", "Matched", "Left out", ""), rows)
    ctx.out.result({"imports": batches}, text if batches else ["No imports yet."])
    return 0


def undo_import(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.database() as db, db.session(write=True, actor=Actor.command_line()) as s:
        batch_id = importing.find_batch(s, args.batch)
        removed = importing.undo_batch(s, batch_id)
    ctx.out.result(
        {"batch": str(batch_id), "cases_removed": removed},
        f"Import {batch_id} undone: {removed} case(s) removed.",
    )
    return 0
