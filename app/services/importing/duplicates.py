"""Rows already in the register: the same case number, or the same intake date, parties and category.

Such a row is shown as a match with the case it matches and is not added again, so importing the same
workbook twice adds nothing. Parties are compared by last and first name (or an organisation's name)
in any letter case, so «ӨМІРБЕКОВ ҒАЛЫМЖАН» in the workbook matches «Өмірбеков Ғалымжан Серікұлы»
typed into the program by hand. A row that repeats an earlier row of the same file matches that row.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Case, CaseParticipant, Party
from app.models.enums import ParticipantRole, PartyKind
from app.services.importing.drafts import CaseDraft, Match
from app.services.importing.matching import normalise

_PARTY_ROLES = (ParticipantRole.APPLICANT, ParticipantRole.RESPONDENT)


def _existing_numbers(session: Session, unit_id: uuid.UUID, drafts: Sequence[CaseDraft]) -> dict[str, str]:
    """The file's case numbers already taken -> the number as the register holds it. Compared by year
    and serial, so «…-2025-0042» in the file meets «…-2025-00042» typed by hand."""
    wanted = {(d.intake_date.year, int(d.number.rsplit("-", 1)[1])): d.number for d in drafts if d.number}
    if not wanted:
        return {}
    years = sorted({year for year, _ in wanted})
    found: dict[str, str] = {}
    for year, seq, number in session.execute(
        select(Case.year, Case.seq, Case.number).where(Case.unit_id == unit_id, Case.year.in_(years))
    ):
        ours = wanted.get((year, seq))
        if ours is not None:
            found[ours] = number
    return found


def _existing_identities(
    session: Session, unit_id: uuid.UUID, drafts: Sequence[CaseDraft]
) -> dict[object, str]:
    """Identity (as CaseDraft.identity) -> case number, for the unit's cases in the file's date range."""
    earliest = min(d.intake_date for d in drafts)
    latest = max(d.intake_date for d in drafts)
    in_range = (Case.unit_id == unit_id, Case.intake_date >= earliest, Case.intake_date <= latest)
    cases = {
        case_id: (number, day, category, description)
        for case_id, number, day, category, description in session.execute(
            select(Case.id, Case.number, Case.intake_date, Case.category, Case.description).where(*in_range)
        )
    }
    names: dict[uuid.UUID, set[str]] = {}
    rows = session.execute(
        select(CaseParticipant.case_id, Party.kind, Party.last_name, Party.first_name, Party.org_name)
        .join(Party, Party.id == CaseParticipant.party_id)
        .join(Case, Case.id == CaseParticipant.case_id)
        .where(*in_range, CaseParticipant.role.in_(_PARTY_ROLES))
    )
    for case_id, kind, last_name, first_name, org in rows:
        key = (
            normalise(f"{last_name or ''} {first_name or ''}")
            if kind is PartyKind.PERSON
            else normalise(org or "")
        )
        if key:
            names.setdefault(case_id, set()).add(key)
    identities: dict[object, str] = {}
    for case_id, (number, day, category, description) in cases.items():
        parties = frozenset(names.get(case_id, ()))
        identity = (
            (day, category, parties) if parties else (day, category, " ".join(description.casefold().split()))
        )
        identities.setdefault(identity, number)
    return identities


def find_matches(session: Session, unit_id: uuid.UUID, drafts: Sequence[CaseDraft]) -> dict[int, Match]:
    """Row number -> its match, for the drafts that are already in the register or earlier in the file."""
    if not drafts:
        return {}
    numbers = _existing_numbers(session, unit_id, drafts)
    identities = _existing_identities(session, unit_id, drafts)
    matches: dict[int, Match] = {}
    seen_numbers: dict[str, int] = {}
    seen_identities: dict[object, int] = {}
    for draft in drafts:
        identity = draft.identity()
        if draft.number is not None and draft.number in numbers:
            matches[draft.row] = Match(draft.row, numbers[draft.number], None, by_number=True)
        elif draft.number is not None and draft.number in seen_numbers:
            matches[draft.row] = Match(draft.row, None, seen_numbers[draft.number], by_number=True)
        elif identity in identities:
            matches[draft.row] = Match(draft.row, identities[identity], None, by_number=False)
        elif identity in seen_identities:
            matches[draft.row] = Match(draft.row, None, seen_identities[identity], by_number=False)
        else:
            if draft.number is not None:
                seen_numbers[draft.number] = draft.row
            seen_identities[identity] = draft.row
    return matches
