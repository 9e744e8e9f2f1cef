"""The stage an imported case reaches, walked through the same moves the editor allows.

A register says where a case stands in its own words: a mediation agreement date, an outcome, an end
date, a status. The case starts at intake and takes, one by one, the steps those facts stand for, each
through workflow.ensure_move and with the editor's date rules; a status the steps do not reach is a
contradiction in the register, told as a problem. What old registers never hold is not required: the
mediator assigned (declarations of impartiality were not recorded) and the settlement agreement with
its obligations. A settled case is recorded as settled and closed; its agreement's obligations, never
followed in the program, are not counted as kept or broken in the reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.errors import TatulyqError, ValidationError, WorkflowError
from app.models.enums import CaseStatus, Exclusion, Outcome, ParticipantRole, TerminationReason
from app.services import rules
from app.services.importing.drafts import CaseDraft
from app.services.importing.fields import Field
from app.services.workflow import NEEDS_MEDIATION, SETTLED, ensure_move

if TYPE_CHECKING:
    from app.services.importing.rows import RowProblems


@dataclass(frozen=True)
class StageFacts:
    stated: CaseStatus | None
    exclusion: Exclusion | None
    agreement_on: date | None
    outcome: Outcome | None
    reason: TerminationReason | None
    reason_text: str  # the register's own words for the ending, the note of an "other" ground
    ended_on: date | None
    closed_on: date | None


def _default_reason(outcome: Outcome) -> TerminationReason:
    if outcome in SETTLED:
        return TerminationReason.AGREEMENT_SIGNED
    if outcome is Outcome.REFERRED:
        return TerminationReason.REFERRED
    return TerminationReason.OTHER  # the register's wording is kept as its note


# A refusal is told in the column of the date it is about, when the file has that column.
_COLUMN_OF_KEY = (
    ("case.agreement_date.", Field.AGREEMENT_DATE),
    ("case.end_date.", Field.END_DATE),
    ("import.end_date_", Field.END_DATE),
    ("case.close_date.", Field.CLOSED_DATE),
    ("import.closed_date.", Field.CLOSED_DATE),
)


def follow_path(draft: CaseDraft, facts: StageFacts, today: date, found: RowProblems) -> None:
    """Set the draft's stage and dates, or add the first problem met on the way."""
    steps = (
        (Field.EXCLUSION, _refusal),
        (Field.AGREEMENT_DATE, _agreement),
        (Field.OUTCOME, _outcome),
        (Field.STATUS, _stated),
    )
    for field, step in steps:
        try:
            step(draft, facts, today)
        except TatulyqError as error:
            where = next((f for prefix, f in _COLUMN_OF_KEY if error.key.startswith(prefix)), field)
            found.add(where if where in found.checker.columns else field, error)
            return


def _refusal(draft: CaseDraft, facts: StageFacts, today: date) -> None:
    if facts.exclusion is None and facts.stated is not CaseStatus.REJECTED:
        return
    if facts.exclusion is None:
        raise ValidationError(
            "import.refusal_needs_ground", "A case refused at intake needs the ground the law gives for it."
        )
    ensure_move(draft.status, CaseStatus.REJECTED)
    closed = facts.closed_on or draft.intake_date
    rules.not_in_future(closed, today, "case.close_date", "The closing date")
    rules.not_before(closed, draft.intake_date, "import.closed_date", "The closing date", "the intake date")
    draft.status, draft.exclusion, draft.closed_on = CaseStatus.REJECTED, facts.exclusion, closed


def _agreement(draft: CaseDraft, facts: StageFacts, today: date) -> None:
    signed = facts.agreement_on
    if signed is None:
        return
    ensure_move(draft.status, CaseStatus.IN_MEDIATION)
    rules.not_in_future(signed, today, "case.agreement_date", "The date of the mediation agreement")
    rules.not_before(
        signed,
        draft.intake_date,
        "case.agreement_date",
        "The date of the mediation agreement",
        "the intake date",
    )
    roles = {p.role for p in draft.parties}
    if not {ParticipantRole.APPLICANT, ParticipantRole.RESPONDENT} <= roles:
        raise ValidationError(
            "case.agreement_needs_parties",
            "A mediation agreement needs both an applicant and a respondent on the case.",
        )
    draft.status, draft.agreement_signed_on = CaseStatus.IN_MEDIATION, signed


def _outcome(draft: CaseDraft, facts: StageFacts, today: date) -> None:
    outcome = facts.outcome
    if outcome is None:
        said_ended = facts.ended_on is not None or facts.closed_on is not None
        if said_ended and draft.status is not CaseStatus.REJECTED:  # an end, but no word of how it ended
            raise WorkflowError(
                "case.close_needs_outcome", "Record the outcome of the mediation to close the case."
            )
        return
    if outcome in NEEDS_MEDIATION and draft.status is not CaseStatus.IN_MEDIATION:
        raise WorkflowError(
            "case.outcome_needs_mediation",
            f"The outcome '{outcome.value}' needs a signed mediation agreement first.",
            outcome=outcome.value,
        )
    ended = facts.ended_on
    if ended is None:
        raise ValidationError("import.end_date_empty", "An outcome needs the date the mediation ended.")
    rules.not_in_future(ended, today, "case.end_date", "The date the mediation ended")
    rules.not_before(
        ended,
        draft.agreement_signed_on or draft.intake_date,
        "case.end_date",
        "The date the mediation ended",
        "the mediation agreement" if draft.agreement_signed_on else "the intake date",
    )
    reason = facts.reason or _default_reason(outcome)
    if outcome in SETTLED and reason is not TerminationReason.AGREEMENT_SIGNED:
        raise ValidationError(
            "case.settled_needs_agreement_reason",
            "A settled case ends because the settlement agreement was signed.",
        )
    if outcome not in SETTLED and reason is TerminationReason.AGREEMENT_SIGNED:
        raise ValidationError(
            "case.reason_contradicts_outcome",
            f"The outcome '{outcome.value}' cannot end with a signed settlement agreement.",
        )
    note = rules.optional_text(facts.reason_text) if reason is TerminationReason.OTHER else None
    # A settled case the register still follows stays open for follow-up; every other one is closed.
    target = (
        CaseStatus.FOLLOW_UP
        if outcome in SETTLED and facts.stated is CaseStatus.FOLLOW_UP
        else CaseStatus.CLOSED
    )
    ensure_move(draft.status, target)
    closed = None
    if target is CaseStatus.CLOSED:
        closed = facts.closed_on or ended
        rules.not_in_future(closed, today, "case.close_date", "The closing date")
        rules.not_before(closed, ended, "case.close_date", "The closing date", "the end of the mediation")
    draft.status, draft.outcome, draft.termination_reason = target, outcome, reason
    draft.termination_note, draft.ended_on, draft.closed_on = note, ended, closed


def _stated(draft: CaseDraft, facts: StageFacts, _today: date) -> None:
    stated = facts.stated
    if stated is None or stated is draft.status:
        return
    if stated is CaseStatus.CLOSED and draft.outcome is None:
        raise WorkflowError(
            "case.close_needs_outcome", "Record the outcome of the mediation to close the case."
        )
    raise WorkflowError(
        "import.status_contradicts",
        f"The register says '{stated.value}', but its dates and outcome make the case '{draft.status.value}'.",
        status=stated.value,
        target=draft.status.value,
    )
