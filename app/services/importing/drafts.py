"""What checking a register gives: a draft case per good row, a problem per broken cell, matches."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.errors import TatulyqError
from app.models.enums import (
    CaseStatus,
    Category,
    Channel,
    Exclusion,
    Language,
    Outcome,
    ParticipantRole,
    RiskLevel,
    TerminationReason,
)
from app.services.importing.names import PartyName


@dataclass(frozen=True)
class Problem:
    """Why a row cannot be imported: told by its message key (translated where shown) and params."""

    row: int
    column: str | None  # the column's header as the file has it
    value: str  # what the cell holds, as text
    error: TatulyqError

    @property
    def key(self) -> str:
        return self.error.key

    def as_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "key": self.error.key,
            "message": self.error.message,
            "params": {
                k: v if isinstance(v, str | int | float | bool | list) else str(v)
                for k, v in self.error.params.items()
            },
        }


@dataclass(frozen=True)
class Match:
    """A row already in the register (or earlier in the same file): shown, not added again."""

    row: int
    case_number: str | None  # the case it matches
    same_as_row: int | None  # or an earlier row of this file
    by_number: bool  # True: the same case number; False: the same date, parties and category

    def as_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "case_number": self.case_number,
            "same_as_row": self.same_as_row,
            "by": "number" if self.by_number else "date_parties_category",
        }


@dataclass
class PartyDraft:
    role: ParticipantRole
    name: PartyName
    values: dict[str, object]  # the party's columns, as the editor's own check returned them


@dataclass
class CaseDraft:
    row: int
    intake_date: date
    category: Category
    channel: Channel = Channel.OTHER
    number: str | None = None  # a number in the program's own form; None: the next free one
    description: str = ""
    language: Language | None = None
    inter_ethnic: bool = False
    group_dispute: bool = False
    minors_involved: bool = False
    risk_level: RiskLevel = RiskLevel.LOW
    status: CaseStatus = CaseStatus.INTAKE
    exclusion: Exclusion | None = None
    agreement_signed_on: date | None = None
    outcome: Outcome | None = None
    termination_reason: TerminationReason | None = None
    termination_note: str | None = None
    ended_on: date | None = None
    closed_on: date | None = None
    parties: list[PartyDraft] = field(default_factory=list)

    def identity(self) -> tuple[object, ...]:
        """Equal for two records of one dispute: the date, the category and the parties (any letter
        case); with no parties named, the description instead."""
        names = frozenset(p.name.match_key for p in self.parties)
        if names:
            return (self.intake_date, self.category, names)
        return (self.intake_date, self.category, " ".join(self.description.casefold().split()))
