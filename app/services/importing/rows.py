"""Checking one row of a register by the rules the case editor applies, before anything is written.

The checks are the editor's own: dates not in the future and in the order the law's steps take
(rules.py), a unit open on the intake date (units.py), a party's IIN or BIN, consent and names by the
parties service's own validation, and a stage reached only by the moves workflow.py allows. What the
editor cannot know about a register — a number kept in another form, a wording not matched to the
program's lists — is told with the import's own keys. Every problem names its row and column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from app.errors import TatulyqError, ValidationError
from app.models import Unit
from app.models.enums import ParticipantRole, PartyKind
from app.services import parties, rules, units
from app.services.cases import format_number
from app.services.importing.drafts import CaseDraft, PartyDraft, Problem
from app.services.importing.fields import SPECS, Field, Kind, choices_of
from app.services.importing.mapping import NOT_MATCHED, Mapping
from app.services.importing.matching import normalise
from app.services.importing.names import read_party
from app.services.importing.table import Cell, SourceRow, SourceTable, text_of
from app.services.importing.values import Unreadable, read_consent, read_date, read_flag, read_id_number
from app.services.importing.workflow_path import StageFacts, follow_path

_PROGRAM_NUMBER = re.compile(r"^(?P<unit>[A-Z0-9-]+)-(?P<year>\d{4})-(?P<seq>\d{4,6})$")
_ID_KEYS = (
    "iin.",
    "bin.",
    "party.sex_contradicts_iin",
    "party.birth_date_contradicts_iin",
    "party.group_has_no_bin",
)
_UNMATCHED = object()  # a wording with no item of the list
_PARTIES = (
    (ParticipantRole.APPLICANT, Field.APPLICANT, Field.APPLICANT_ID),
    (ParticipantRole.RESPONDENT, Field.RESPONDENT, Field.RESPONDENT_ID),
)


class RowProblems:
    def __init__(self, row: SourceRow, checker: RowChecker) -> None:
        self.row = row
        self.checker = checker
        self.problems: list[Problem] = []
        self.fields: set[Field] = set()

    def add(self, field: Field | None, error: TatulyqError) -> None:
        self.problems.append(
            Problem(self.row.number, self.checker.header(field), self.checker.text(self.row, field), error)
        )
        if field is not None:
            self.fields.add(field)

    def run(self, field: Field | None, check: Callable[[], object]) -> bool:
        """Run one of the editor's checks; its refusal becomes a problem of this cell."""
        try:
            check()
        except TatulyqError as error:
            self.add(field, error)
            return False
        return True


class RowChecker:
    def __init__(
        self, table: SourceTable, mapping: Mapping, unit: Unit, today: date, *, consent_on_file: bool
    ) -> None:
        self.table = table
        self.mapping = mapping
        self.unit = unit
        self.today = today
        self.consent_on_file = consent_on_file
        self.columns = {f: i for i, f in mapping.columns.items()}
        # A register repeats a few wordings thousands of times: each is looked up once.
        self._items: dict[tuple[Field, str], object] = {}

    def header(self, field: Field | None) -> str | None:
        index = self.columns.get(field) if field is not None else None
        return None if index is None else self.table.column_name(index)

    def cell(self, row: SourceRow, field: Field | None) -> Cell:
        index = self.columns.get(field) if field is not None else None
        return None if index is None else row.values[index]

    def text(self, row: SourceRow, field: Field | None) -> str:
        return text_of(self.cell(row, field))

    # -- reading the cells ------------------------------------------------------------------------

    def _read(self, row: SourceRow, field: Field, found: RowProblems) -> object:
        value = self.cell(row, field)
        kind = SPECS[field].kind
        try:
            if kind is Kind.DATE:
                return read_date(value, self.table.epoch)
            if kind is Kind.FLAG:
                return read_flag(value)
            if kind is Kind.CONSENT:
                return read_consent(value, self.table.epoch)
            if kind is Kind.ID_NUMBER:
                return read_id_number(value)
            if kind is Kind.CHOICE:
                return self._choice(field, value)
        except Unreadable:
            found.add(field, _unreadable(kind, text_of(value), self.header(field) or ""))
            return None
        return text_of(value) or None

    def _choice(self, field: Field, value: Cell) -> object:
        text = text_of(value)
        if (field, text) not in self._items:
            self._items[(field, text)] = self._item(field, text)
        member = self._items[(field, text)]
        if member is _UNMATCHED:
            raise Unreadable(text)
        return member

    def _item(self, field: Field, text: str) -> object:
        key = normalise(text)
        if not key:
            return None
        chosen = self.mapping.values.get(field, {}).get(key, NOT_MATCHED)
        try:
            return choices_of(field)(chosen)
        except ValueError:  # left unmatched (""), or misspelt in a mapping file edited by hand
            return _UNMATCHED

    # -- the row ----------------------------------------------------------------------------------

    def check(self, row: SourceRow) -> tuple[CaseDraft | None, list[Problem]]:
        found = RowProblems(row, self)
        read = {f: self._read(row, f, found) for f in self.columns}
        intake, category = read.get(Field.INTAKE_DATE), read.get(Field.CATEGORY)
        if intake is None and Field.INTAKE_DATE not in found.fields:
            found.add(
                Field.INTAKE_DATE, ValidationError("import.intake_date_empty", "The intake date is empty.")
            )
        if category is None and Field.CATEGORY not in found.fields:
            found.add(Field.CATEGORY, ValidationError("import.category_empty", "The category is empty."))
        # The parties are checked even in a row refused already: the table of problems shows them all.
        # (A consent dated at intake: not after today, so a future intake date is told once, as itself.)
        day = min(intake, self.today) if isinstance(intake, date) else self.today
        people = [self._party(read, day, role, name, number, found) for role, name, number in _PARTIES]
        if not isinstance(intake, date) or category is None:
            return None, found.problems
        draft = CaseDraft(row=row.number, intake_date=intake, category=category)  # type: ignore[arg-type]
        draft.parties = [p for p in people if p is not None]
        for name in ("channel", "language", "inter_ethnic", "group_dispute", "minors_involved", "risk_level"):
            value = read.get(Field(name))
            if value is not None:
                setattr(draft, name, value)
        draft.description = str(read.get(Field.DESCRIPTION) or "")
        found.run(
            Field.INTAKE_DATE,
            lambda: rules.not_in_future(intake, self.today, "case.intake_date", "The intake date"),
        )
        found.run(Field.INTAKE_DATE, lambda: units.ensure_open(self.unit, intake))
        self._number(row, draft, found)
        facts = StageFacts(
            stated=read.get(Field.STATUS),  # type: ignore[arg-type]
            exclusion=read.get(Field.EXCLUSION),  # type: ignore[arg-type]
            agreement_on=read.get(Field.AGREEMENT_DATE),  # type: ignore[arg-type]
            outcome=read.get(Field.OUTCOME),  # type: ignore[arg-type]
            reason=read.get(Field.TERMINATION_REASON),  # type: ignore[arg-type]
            reason_text=self.text(row, Field.TERMINATION_REASON) or self.text(row, Field.OUTCOME),
            ended_on=read.get(Field.END_DATE),  # type: ignore[arg-type]
            closed_on=read.get(Field.CLOSED_DATE),  # type: ignore[arg-type]
        )
        if not found.problems:
            follow_path(draft, facts, self.today, found)
        return (None if found.problems else draft), found.problems

    def _number(self, row: SourceRow, draft: CaseDraft, found: RowProblems) -> None:
        typed = self.text(row, Field.NUMBER)
        if not typed:
            return
        number = typed.upper().replace(" ", "")
        own = _PROGRAM_NUMBER.match(number)
        if own is None:
            # The register's own numbering ("15/2025"): kept in the description, where search finds it.
            draft.description = f"[№ {typed}] {draft.description}".strip()
            return
        if own["unit"] != self.unit.code or int(own["year"]) != draft.intake_date.year:
            example = format_number(self.unit.code, draft.intake_date.year, 42)
            found.add(
                Field.NUMBER,
                ValidationError(
                    "case.number_format", f"The case number {number!r} must look like {example}."
                ),
            )
            return
        draft.number = format_number(self.unit.code, draft.intake_date.year, int(own["seq"]))

    def _party(
        self,
        read: dict[Field, object],
        intake: date,
        role: ParticipantRole,
        name_field: Field,
        id_field: Field,
        found: RowProblems,
    ) -> PartyDraft | None:
        name = read_party(str(read.get(name_field) or ""))
        id_number = read.get(id_field)
        if name is None:
            if id_number:
                found.add(id_field, ValidationError("import.number_without_name", "A number without a name."))
            return None
        consent = read.get(Field.CONSENT)
        given, consent_on = consent if isinstance(consent, tuple) else (False, None)
        person = name.kind is PartyKind.PERSON
        given = (given or self.consent_on_file) and person
        data = parties.PartyInput(
            kind=name.kind,
            last_name=name.last_name,
            first_name=name.first_name,
            middle_name=name.middle_name,
            org_name=name.org_name,
            id_number=str(id_number) if id_number else None,
            consent_given=given,
            consent_on=(consent_on or intake) if given else None,
        )
        try:
            # The editor's own validation of a party, without the write that create_party adds.
            values = parties._validated(data, self.today)
        except TatulyqError as error:
            where = id_field if error.key.startswith(_ID_KEYS) else name_field
            if error.key.startswith("party.consent") and Field.CONSENT in self.columns:
                where = Field.CONSENT
            found.add(where, error)
            return None
        return PartyDraft(role, name, values)


def _unreadable(kind: Kind, value: str, column: str) -> ValidationError:
    if kind is Kind.DATE:
        return ValidationError(
            "import.date_unreadable",
            f"{value!r} is not a date; write dd.mm.yyyy.",
            value=value,
            column=column,
        )
    if kind in (Kind.FLAG, Kind.CONSENT):
        return ValidationError(
            "import.yes_no_unreadable", f"{value!r} is neither yes nor no.", value=value, column=column
        )
    return ValidationError(
        "import.value_not_matched",
        f"{value!r} in the column {column!r} is not matched to an item of the program's list.",
        value=value,
        column=column,
    )
