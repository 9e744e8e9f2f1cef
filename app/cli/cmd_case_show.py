"""`cases show NUMBER`: one case in every section, and its history in plain words.

Text mode is for a person at a shared PC, so a person's IIN shows its last four digits only; the full
record (for a script that has the right to it) is in `--json`.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from app.cli.actors import command_actor
from app.cli.context import Context
from app.cli.output import day, label, mask_id_number
from app.cli.parsing import json_flag
from app.services import audit, case_view, cases, clock, parties
from app.services.case_view import CaseView, HistoryView

# The audit trail names tables; a person reads these instead.
ENTITIES = {
    "cases": "the case",
    "case_participants": "a participant",
    "parties": "a party",
    "mediator_assignments": "a mediator's assignment",
    "conflict_declarations": "a conflict-of-interest declaration",
    "extensions": "an extension of the term",
    "sessions": "a session",
    "session_attendees": "a session's attendee",
    "settlement_agreements": "the settlement agreement",
    "obligations": "an obligation",
    "follow_ups": "a follow-up",
    "satisfaction": "a party's feedback",
}
HIDDEN_FIELDS = {"id"}  # ids of linked rows are noise to a reader; fields ending in _id are skipped too
MASKED_FIELDS = {"id_number"}
AGE_GROUPS = {
    "under_18": "under 18",
    "18_29": "aged 18–29",
    "30_44": "aged 30–44",
    "45_59": "aged 45–59",
    "60_plus": "aged 60+",
}
WIDTH = 14  # the label column of the case's header
TEXT_LIMIT = 60  # free text in the history is cut: the full text is in the section above or in --json
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}.*[+-]\d{2}:\d{2}$")  # aware, from audit
_CODE = re.compile(r"[a-z0-9_]+")  # a stored enumeration value, shown as words


def register(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    show = actions.add_parser("show", help="everything about one case")
    show.add_argument("number", help="the case number, e.g. KZ-31-KRD-2026-0042")
    show.add_argument("--lang", choices=("kk", "ru", "en"), default="en", help="language of the unit name")
    json_flag(show)
    show.set_defaults(handler=show_case)


def show_case(args: argparse.Namespace, ctx: Context) -> int:
    # A write unit of work: showing the parties' personal data is recorded in the access log.
    with ctx.database() as db, db.session(write=True, actor=command_actor(ctx, db)) as s:
        case = cases.by_number(s, args.number)
        view = case_view.load(s, case, lang=args.lang)
        party_ids = [p.party_id for p in parties.participants(s, case)]
        if party_ids:
            audit.record_access(s, audit.AccessKind.COMMAND_LINE, case_id=case.id, party_ids=party_ids)
    ctx.out.result({"case": view}, list(render(view)))
    return 0


def render(view: CaseView) -> Iterator[str]:
    yield f"Case {view.number}"
    yield from _header(view)
    yield from _section("Parties", _parties(view))
    yield from _section("Mediators", _mediators(view))
    yield from _section("Mediation agreement and term", _term(view))
    yield from _section("Sessions", _sessions(view))
    yield from _section("Outcome", _outcome(view))
    yield from _section("Settlement agreement", _settlement(view))
    yield from _section("Follow-ups", _follow_ups(view))
    yield from _section("History", _history(view.history))


def _field(name: str, value: str) -> str:
    return f"  {name + ':':<{WIDTH}} {value}"


def _header(view: CaseView) -> Iterator[str]:
    yield _field("Unit", f"{view.unit_code}  {view.unit_name}")
    yield _field("Status", label(view.status))
    yield _field("Intake", f"{day(view.intake_date)}, came via {label(view.channel)}")
    yield _field("Category", label(view.category))
    if view.legal_area:
        yield _field("Area of law", label(view.legal_area))
    if view.language:
        yield _field("Language", view.language)
    yield _field("Flags", ", ".join(label(f) for f in view.flags) or "none")
    yield _field("Risk", label(view.risk_level))
    if view.exclusion:
        yield _field("Refused", f"the law excludes it: {label(view.exclusion)}")
    if view.description:
        yield _field("Description", view.description)


def _section(title: str, lines: list[str]) -> Iterator[str]:
    yield ""
    yield title
    yield from lines or ["  none"]


def _parties(view: CaseView) -> list[str]:
    lines = []
    for p in view.participants:
        details = [label(p.kind)]
        if p.id_number:
            # A BIN names an organisation on a public register; an IIN is a person's personal data.
            shown = mask_id_number(p.id_number) if p.kind == "person" else p.id_number
            details.append(f"{'IIN' if p.kind == 'person' else 'BIN'} {shown}")
        if p.sex:
            details.append(label(p.sex))
        if p.age_group:
            details.append(AGE_GROUPS.get(p.age_group, p.age_group))
        details.append("consent given" if p.consent_given else "no consent to personal data")
        name = p.name or "(name not recorded)"
        lines.append(f"  {label(p.role):<14} {name} — {', '.join(details)}")
    return lines


def _mediators(view: CaseView) -> list[str]:
    lines = []
    for m in view.mediators:
        text = f"  {m.name}{' (lead)' if m.lead else ''}, assigned {day(m.assigned_on)}"
        if m.released_on:
            text += f", released {day(m.released_on)}"
        lines.append(text)
    return lines


def _days_left(days: int) -> str:
    if days > 0:
        return f"{days} day{'s' if days != 1 else ''} left"
    if days == 0:
        return "due today"
    return f"{-days} day{'s' if days != -1 else ''} overdue"


def _term(view: CaseView) -> list[str]:
    if view.agreement_signed_on is None:
        return ["  not signed yet"]
    lines = [f"  signed {day(view.agreement_signed_on)}"]
    if view.deadline_on:
        deadline = f"  deadline {day(view.deadline_on)}"
        if view.days_left is not None:
            deadline += f" ({_days_left(view.days_left)})"
        lines.append(deadline)
    for granted_on, days, reason in view.extensions:
        lines.append(f"  extended {day(granted_on)} by {days} days: {reason}")
    return lines


def _sessions(view: CaseView) -> list[str]:
    lines = []
    for s in view.sessions:
        parts = [label(s.kind)]
        if s.duration_minutes:
            parts.append(f"{s.duration_minutes} min")
        if s.place:
            parts.append(s.place)
        lines.append(f"  {day(s.held_on)}  {', '.join(parts)}")
    return lines


def _outcome(view: CaseView) -> list[str]:
    if view.outcome is None:
        return ["  not recorded yet"] if view.closed_on is None else [f"  closed {day(view.closed_on)}"]
    text = f"  {label(view.outcome)}"
    if view.termination_reason:
        text += f" ({label(view.termination_reason)})"
    if view.ended_on:
        text += f", mediation ended {day(view.ended_on)}"
    if view.closed_on:
        text += f", file closed {day(view.closed_on)}"
    return [text]


def _settlement(view: CaseView) -> list[str]:
    if view.settlement_signed_on is None:
        return []
    lines = [f"  signed {day(view.settlement_signed_on)}"]
    for ob in view.obligations:
        checked = f", checked {day(ob.checked_on)}" if ob.checked_on else ""
        lines.append(f"  - {ob.description} — due {day(ob.due_on)}: {label(ob.status)}{checked}")
    return lines


def _follow_ups(view: CaseView) -> list[str]:
    return [
        f"  {day(done_on)}  {label(method)}{': ' + note if note else ''}"
        for done_on, method, note in view.follow_ups
    ]


def _history(entries: list[HistoryView]) -> list[str]:
    return [f"  {_at(e)}  {e.actor}  {describe(e)}" for e in entries]


def _at(entry: HistoryView) -> str:
    return f"{entry.at.astimezone(clock.KZ_TZ):%d.%m.%Y %H:%M}"


def describe(entry: HistoryView) -> str:
    """One audit row as a sentence: 'changed the case: status intake → in mediation'."""
    what = ENTITIES.get(entry.entity, entry.entity.replace("_", " "))
    if entry.action == "event":
        return entry.summary or f"recorded an event on {what}"
    if entry.action == "create":
        verb = "registered" if entry.entity == "cases" else "added"
        details = _created(entry.entity, entry.changes)
        return f"{verb} {what}" + (f" ({details})" if details else "")
    if entry.action == "delete":
        return f"removed {what}"
    if entry.action == "access":
        return entry.summary or f"opened {what}"
    changes = _changes(entry.changes)
    return f"changed {what}" + (f": {changes}" if changes else "")


# What a new record's line in the history names; the rest is in the sections above or in --json.
CREATED_SHOWN = {
    "cases": ("number", "intake_date", "channel", "category"),
    "case_participants": ("role",),
    "mediator_assignments": ("assigned_on",),
    "conflict_declarations": ("has_conflict",),
    "extensions": ("granted_on", "days"),
    "sessions": ("held_on", "kind"),
    "settlement_agreements": ("signed_on",),
    "obligations": ("description", "due_on"),
    "follow_ups": ("done_on", "method"),
}


def _pair(value: Any) -> tuple[Any, Any]:
    """The audit trail keeps [old, new] per field."""
    return (value[0], value[-1]) if isinstance(value, list) and value else (None, value)


def _created(entity: str, changes: dict[str, Any]) -> str:
    shown = CREATED_SHOWN.get(entity, ())
    values = ((name, _pair(changes[name])[1]) for name in shown if name in changes)
    return "; ".join(f"{label(name)} {_value(name, new)}" for name, new in values if new not in (None, ""))


def _changes(changes: dict[str, Any]) -> str:
    parts = []
    for name, pair in changes.items():
        if name in HIDDEN_FIELDS or name.endswith("_id"):
            continue
        old, new = _pair(pair)
        parts.append(f"{label(name)} {_value(name, old)} → {_value(name, new)}")
    return "; ".join(parts)


def _value(name: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if name in MASKED_FIELDS:
        return mask_id_number(str(value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        if _ISO_DAY.fullmatch(value):
            return day(date.fromisoformat(value))
        if _ISO_MOMENT.match(value):
            return f"{datetime.fromisoformat(value).astimezone(clock.KZ_TZ):%d.%m.%Y %H:%M}"
        if _CODE.fullmatch(value):
            return label(value)
        return value if len(value) <= TEXT_LIMIT else value[: TEXT_LIMIT - 1] + "…"
    return str(value)
