"""The audit trail of a case in plain words: "14.10.2026 10:32, Әлия Сәрсенова: changed category: Family → Labour".

The trail keeps plain values (enum values, ISO dates, ids); here they become the words a mediator
uses, in the current language: enum values through label(), dates as dd.MM.yyyy, ids as names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.models import enums as e
from app.services import audit
from app.services.case_view import CaseView, HistoryView
from app.storage.audit_chain import RETENTION_ENTITY
from app.ui.actor_names import actor_label
from app.ui.case_editor.common import fmt_date, fmt_moment
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.labels import label

CONTEXT = "History"

# Which enum a stored value belongs to, by table and column (a "kind" of a party is not a session's).
_ENUMS: dict[tuple[str, str], type[Enum]] = {
    ("cases", "channel"): e.Channel,
    ("cases", "category"): e.Category,
    ("cases", "legal_area"): e.LegalArea,
    ("cases", "language"): e.Language,
    ("cases", "risk_level"): e.RiskLevel,
    ("cases", "status"): e.CaseStatus,
    ("cases", "exclusion"): e.Exclusion,
    ("cases", "outcome"): e.Outcome,
    ("cases", "termination_reason"): e.TerminationReason,
    ("parties", "kind"): e.PartyKind,
    ("parties", "sex"): e.Sex,
    ("parties", "age_group"): e.AgeGroup,
    ("parties", "language"): e.Language,
    ("case_participants", "role"): e.ParticipantRole,
    ("sessions", "kind"): e.SessionKind,
    ("sessions", "language"): e.Language,
    ("obligations", "status"): e.ObligationStatus,
    ("follow_ups", "method"): e.FollowUpMethod,
}

FIELDS: dict[str, str] = {
    "intake_date": QT_TRANSLATE_NOOP("History", "intake date"),
    "channel": QT_TRANSLATE_NOOP("History", "how it came"),
    "category": QT_TRANSLATE_NOOP("History", "category"),
    "legal_area": QT_TRANSLATE_NOOP("History", "legal area"),
    "language": QT_TRANSLATE_NOOP("History", "language"),
    "description": QT_TRANSLATE_NOOP("History", "description"),
    "inter_ethnic": QT_TRANSLATE_NOOP("History", "inter-ethnic dimension"),
    "group_dispute": QT_TRANSLATE_NOOP("History", "group dispute"),
    "minors_involved": QT_TRANSLATE_NOOP("History", "minors involved"),
    "recurrence": QT_TRANSLATE_NOOP("History", "recurrence"),
    "risk_level": QT_TRANSLATE_NOOP("History", "risk of escalation"),
    "status": QT_TRANSLATE_NOOP("History", "status"),
    "exclusion": QT_TRANSLATE_NOOP("History", "reason for refusal"),
    "exclusion_note": QT_TRANSLATE_NOOP("History", "note on the refusal"),
    "proposal_sent_on": QT_TRANSLATE_NOOP("History", "proposal to mediate sent on"),
    "agreement_signed_on": QT_TRANSLATE_NOOP("History", "mediation agreement signed on"),
    "deadline_on": QT_TRANSLATE_NOOP("History", "deadline"),
    "outcome": QT_TRANSLATE_NOOP("History", "outcome"),
    "termination_reason": QT_TRANSLATE_NOOP("History", "why it ended"),
    "termination_note": QT_TRANSLATE_NOOP("History", "note on the ending"),
    "ended_on": QT_TRANSLATE_NOOP("History", "ended on"),
    "closed_on": QT_TRANSLATE_NOOP("History", "closed on"),
    "kind": QT_TRANSLATE_NOOP("History", "kind"),
    "last_name": QT_TRANSLATE_NOOP("History", "last name"),
    "first_name": QT_TRANSLATE_NOOP("History", "first name"),
    "middle_name": QT_TRANSLATE_NOOP("History", "middle name"),
    "org_name": QT_TRANSLATE_NOOP("History", "name"),
    "id_number": QT_TRANSLATE_NOOP("History", "IIN/BIN"),
    "sex": QT_TRANSLATE_NOOP("History", "sex"),
    "birth_date": QT_TRANSLATE_NOOP("History", "birth date"),
    "age_group": QT_TRANSLATE_NOOP("History", "age group"),
    "ethnicity": QT_TRANSLATE_NOOP("History", "ethnicity"),
    "phone": QT_TRANSLATE_NOOP("History", "phone"),
    "email": QT_TRANSLATE_NOOP("History", "e-mail"),
    "address": QT_TRANSLATE_NOOP("History", "address"),
    "consent_given": QT_TRANSLATE_NOOP("History", "consent"),
    "consent_on": QT_TRANSLATE_NOOP("History", "consent given on"),
    "group_size": QT_TRANSLATE_NOOP("History", "number of people"),
    "held_on": QT_TRANSLATE_NOOP("History", "date"),
    "start_time": QT_TRANSLATE_NOOP("History", "start time"),
    "duration_minutes": QT_TRANSLATE_NOOP("History", "length in minutes"),
    "place": QT_TRANSLATE_NOOP("History", "place"),
    "mediator_id": QT_TRANSLATE_NOOP("History", "mediator"),
    "notes": QT_TRANSLATE_NOOP("History", "notes"),
    "released_on": QT_TRANSLATE_NOOP("History", "released on"),
    "lead": QT_TRANSLATE_NOOP("History", "lead mediator"),
    "due_on": QT_TRANSLATE_NOOP("History", "due date"),
    "checked_on": QT_TRANSLATE_NOOP("History", "checked on"),
    "note": QT_TRANSLATE_NOOP("History", "note"),
    "subject": QT_TRANSLATE_NOOP("History", "subject"),
    "terms": QT_TRANSLATE_NOOP("History", "terms"),
    "signed_on": QT_TRANSLATE_NOOP("History", "signed on"),
    "next_due_on": QT_TRANSLATE_NOOP("History", "next follow-up"),
    # Users and settings: what the audit view of the whole database shows besides cases.
    "username": QT_TRANSLATE_NOOP("History", "user name"),
    "display_name": QT_TRANSLATE_NOOP("History", "name shown"),
    "role": QT_TRANSLATE_NOOP("History", "role"),
    "active": QT_TRANSLATE_NOOP("History", "account switched on"),
    "password_hash": QT_TRANSLATE_NOOP("History", "password"),
    "failed_logins": QT_TRANSLATE_NOOP("History", "wrong passwords in a row"),
    "locked_until": QT_TRANSLATE_NOOP("History", "locked until"),
    "last_login_at": QT_TRANSLATE_NOOP("History", "last sign-in"),
    "value": QT_TRANSLATE_NOOP("History", "value"),
}

# Kinds of records outside a case's own tabs, named in "added a record (…)".
RECORDS: dict[str, str] = {
    "users": QT_TRANSLATE_NOOP("History", "user"),
    "settings": QT_TRANSLATE_NOOP("History", "setting"),
    "mediators": QT_TRANSLATE_NOOP("History", "mediator"),
    "mediator_trainings": QT_TRANSLATE_NOOP("History", "mediator's training"),
    "consultations": QT_TRANSLATE_NOOP("History", "consultation"),
    "units": QT_TRANSLATE_NOOP("History", "unit"),
    "import_batches": QT_TRANSLATE_NOOP("History", "import from a register"),
    "extensions": QT_TRANSLATE_NOOP("History", "extension of the term"),
    "session_attendees": QT_TRANSLATE_NOOP("History", "session attendee"),
}

# Columns that say nothing to a reader (keys, counters, the UTC twin of a local date).
_HIDDEN = {
    "id", "case_id", "unit_id", "district_id", "year", "seq", "number", "recurrence_of_id", "party_id",
    "represents_id", "declaration_id", "agreement_id", "obligor_id", "session_id", "participant_id", "ended_at",
    "signed_by_email",
}  # fmt: skip


@dataclass(frozen=True)
class HistoryLine:
    when: str
    actor: str
    text: str

    def sentence(self) -> str:
        return translate("History", "{when}, {actor}: {text}").format(
            when=self.when, actor=self.actor, text=self.text
        )


translate = QCoreApplication.translate  # the name lupdate looks for


def _t(text: str) -> str:
    """A text marked elsewhere with QT_TRANSLATE_NOOP("History", ...)."""
    return translate(CONTEXT, text)


class _Words:
    def __init__(self, mediators: dict[str, str]) -> None:
        self.mediators = mediators  # mediator id (text) -> name

    @classmethod
    def of(cls, view: CaseView) -> _Words:
        return cls({str(m.id): m.name for m in view.mediators})

    def value(self, entity: str, field: str, raw: Any) -> str:
        if raw is None or raw == "":
            return "—"
        if raw == audit.REMOVED:  # personal data removed by retention, or hidden from this role
            return translate("History", "(removed)")
        if isinstance(raw, bool):
            return translate("History", "yes") if raw else translate("History", "no")
        enum_cls = _ENUMS.get((entity, field))
        if enum_cls is not None:
            try:
                return label(enum_cls(raw))
            except ValueError:
                return str(raw)
        if field == "mediator_id":
            return self.mediators.get(str(raw), "—")
        if isinstance(raw, str) and len(raw) == 10 and raw[4] == "-" and raw[7] == "-":
            try:
                return fmt_date(date.fromisoformat(raw))
            except ValueError:
                return raw
        if isinstance(raw, str) and len(raw) > 10 and raw[4] == "-" and "T" in raw:
            try:
                return fmt_moment(datetime.fromisoformat(raw))
            except ValueError:
                return raw
        text = str(raw)
        return text if len(text) <= 80 else text[:77] + "…"

    def field(self, name: str) -> str:
        text = FIELDS.get(name)
        return _t(text) if text is not None else name

    @staticmethod
    def record(entity: str) -> str:
        """A table's name as a reader says it ("mediator_trainings" -> "mediator's training")."""
        text = RECORDS.get(entity)
        return _t(text) if text is not None else entity

    def changes(self, entity: str, changes: dict[str, Any]) -> list[str]:
        """'category: Family → Labour' for each visible changed column."""
        parts = []
        for name, pair in changes.items():
            if name in _HIDDEN or not isinstance(pair, list) or len(pair) != 2:
                continue
            parts.append(
                translate("History", "{field}: {old} → {new}").format(
                    field=self.field(name),
                    old=self.value(entity, name, pair[0]),
                    new=self.value(entity, name, pair[1]),
                )
            )
        return parts

    @staticmethod
    def new(changes: dict[str, Any], name: str) -> Any:
        pair = changes.get(name)
        return pair[1] if isinstance(pair, list) and len(pair) == 2 else None

    @staticmethod
    def old(changes: dict[str, Any], name: str) -> Any:
        pair = changes.get(name)
        return pair[0] if isinstance(pair, list) and len(pair) == 2 else None


def _party_name(c: dict[str, Any]) -> str:
    new = _Words.new
    if new(c, "kind") == e.PartyKind.PERSON.value:
        return " ".join(
            str(p) for p in (new(c, "last_name"), new(c, "first_name"), new(c, "middle_name")) if p
        )
    return str(new(c, "org_name") or "")


def _created(words: _Words, entry: HistoryView) -> list[str]:
    c, new = entry.changes, _Words.new
    entity = entry.entity
    if entity == "cases":
        return [translate("History", "registered the case {number}").format(number=new(c, "number") or "")]
    if entity == "parties":
        name = _party_name(c)
        if name:
            return [translate("History", "added the party {name}").format(name=name)]
        return [translate("History", "added a party without personal data (no consent)")]
    if entity == "case_participants":
        return [
            translate("History", "put a party on the case as {role}").format(
                role=words.value(entity, "role", new(c, "role"))
            )
        ]
    if entity == "conflict_declarations":
        mediator = words.value(entity, "mediator_id", new(c, "mediator_id"))
        if new(c, "has_conflict"):
            return [
                translate("History", "{mediator} declared a conflict of interest: {note}").format(
                    mediator=mediator, note=new(c, "note") or "—"
                )
            ]
        return [
            translate("History", "{mediator} declared that nothing prevents impartiality").format(
                mediator=mediator
            )
        ]
    if entity == "mediator_assignments":
        mediator = words.value(entity, "mediator_id", new(c, "mediator_id"))
        day = words.value(entity, "assigned_on", new(c, "assigned_on"))
        if new(c, "lead"):
            return [
                translate("History", "assigned {mediator} as lead mediator from {date}").format(
                    mediator=mediator, date=day
                )
            ]
        return [
            translate("History", "assigned {mediator} as co-mediator from {date}").format(
                mediator=mediator, date=day
            )
        ]
    if entity == "extensions":
        return [
            translate("History", "extended the term by {days} days: {reason}").format(
                days=new(c, "days"), reason=new(c, "reason") or ""
            )
        ]
    if entity == "sessions":
        return [
            translate("History", "logged a session on {date} ({kind})").format(
                date=words.value(entity, "held_on", new(c, "held_on")),
                kind=words.value(entity, "kind", new(c, "kind")),
            )
        ]
    if entity == "settlement_agreements":
        return [
            translate("History", "recorded the settlement agreement of {date}: {subject}").format(
                date=words.value(entity, "signed_on", new(c, "signed_on")), subject=new(c, "subject") or ""
            )
        ]
    if entity == "obligations":
        return [
            translate("History", "recorded an obligation: {what}, due {date}").format(
                what=new(c, "description") or "", date=words.value(entity, "due_on", new(c, "due_on"))
            )
        ]
    if entity == "follow_ups":
        return [
            translate("History", "recorded a follow-up on {date} ({method})").format(
                date=words.value(entity, "done_on", new(c, "done_on")),
                method=words.value(entity, "method", new(c, "method")),
            )
        ]
    if entity == "satisfaction":
        return [translate("History", "recorded a party's feedback")]
    return [translate("History", "added a record ({entity})").format(entity=words.record(entity))]


def _updated(words: _Words, entry: HistoryView) -> list[str]:
    entity, c = entry.entity, entry.changes
    parts = words.changes(entity, c)
    if not parts:
        return []
    if entity == "cases":
        return [translate("History", "changed {change}").format(change=part) for part in parts]
    joined = "; ".join(parts)
    templates: dict[str, Callable[[], str]] = {
        "parties": lambda: translate("History", "changed a party's details: {changes}"),
        "mediator_assignments": lambda: translate("History", "changed a mediator's assignment: {changes}"),
        "sessions": lambda: translate("History", "changed a session: {changes}"),
        "settlement_agreements": lambda: translate("History", "changed the settlement agreement: {changes}"),
        "obligations": lambda: translate("History", "checked an obligation: {changes}"),
        "follow_ups": lambda: translate("History", "changed a follow-up: {changes}"),
    }
    template = templates.get(entity, lambda: translate("History", "changed a record: {changes}"))
    return [template().format(changes=joined)]


def _deleted(words: _Words, entry: HistoryView) -> list[str]:
    entity, c = entry.entity, entry.changes
    old = _Words.old
    if entity == "case_participants":
        return [
            translate("History", "took a party off the case ({role})").format(
                role=words.value(entity, "role", old(c, "role"))
            )
        ]
    if entity == "sessions":
        return [
            translate("History", "deleted the session of {date}").format(
                date=words.value(entity, "held_on", old(c, "held_on"))
            )
        ]
    return [translate("History", "deleted a record ({entity})").format(entity=words.record(entity))]


DOCUMENTS = {
    "agreement": QT_TRANSLATE_NOOP("History", "the mediation agreement"),
    "settlement": QT_TRANSLATE_NOOP("History", "the settlement agreement"),
    "consent": QT_TRANSLATE_NOOP("History", "the consent to personal data processing"),
}
LANGUAGES = {
    "kk": QT_TRANSLATE_NOOP("History", "in Kazakh"),
    "ru": QT_TRANSLATE_NOOP("History", "in Russian"),
    "en": QT_TRANSLATE_NOOP("History", "in English"),
}


def _accessed(entry: HistoryView) -> list[str]:
    """Who opened whose personal data (the access log), in the reader's words."""
    c = entry.changes
    kind = audit.access_kind(c)
    if kind is audit.AccessKind.DOCUMENT:
        document = DOCUMENTS.get(str(c.get("document")))
        language = LANGUAGES.get(str(c.get("lang")))
        return [
            translate("History", "printed {document} {language}")
            .format(
                document=_t(document) if document else translate("History", "a document"),
                language=_t(language) if language else "",
            )
            .strip()
        ]
    texts: dict[audit.AccessKind, Callable[[], str]] = {
        audit.AccessKind.CASE_EDITOR: lambda: translate(
            "History", "opened the case with its parties' personal data"
        ),
        audit.AccessKind.PARTY: lambda: translate("History", "opened a party's details, contacts included"),
        audit.AccessKind.COMMAND_LINE: lambda: translate(
            "History", "showed the case with its parties' personal data on the command line"
        ),
        audit.AccessKind.AUDIT_EXPORT: lambda: translate("History", "exported the audit trail to a file"),
    }
    text = texts.get(kind) if kind is not None else None
    return [text() if text is not None else translate("History", "opened personal data")]


def _retention(entry: HistoryView) -> list[str]:
    years = entry.changes.get("years")
    return [
        translate("History", "de-identified the case: closed more than {years} years ago").format(
            years=years if isinstance(years, int) else "?"
        )
    ]


# Rows that only repeat what another line says (who came to a session is part of the session).
_SILENT = {"session_attendees", "case_search_docs"}


def entry_texts(words: _Words, entry: HistoryView) -> list[str]:
    """One audit entry in plain words (none for rows that only repeat another line)."""
    if entry.entity in _SILENT:
        return []
    if entry.action == e.AuditAction.ACCESS.value:
        return _accessed(entry)
    if entry.entity == RETENTION_ENTITY:
        return _retention(entry)
    if entry.summary:
        return [entry.summary]
    if entry.action == e.AuditAction.CREATE.value:
        return _created(words, entry)
    if entry.action == e.AuditAction.UPDATE.value:
        return _updated(words, entry)
    if entry.action == e.AuditAction.DELETE.value:
        return _deleted(words, entry)
    return []


def words_for(mediators: dict[str, str]) -> _Words:
    """The words of entries outside one case (the audit view), with the mediators' names by id."""
    return _Words(mediators)


def history_lines(view: CaseView) -> list[HistoryLine]:
    """Newest first, as a reader scans a trail."""
    words = _Words.of(view)
    lines: list[HistoryLine] = []
    for entry in view.history:
        when = fmt_moment(entry.at)
        lines.extend(HistoryLine(when, actor_label(entry.actor), text) for text in entry_texts(words, entry))
    lines.reverse()
    return lines
