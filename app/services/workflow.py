"""The statuses a case moves through, and the only moves the Law on Mediation allows.

intake -> in_mediation (the mediation agreement is signed), rejected (the law excludes the dispute),
or closed (the other side refused or never answered, or the case was referred elsewhere);
in_mediation -> follow_up (settled, obligations to follow) or closed; follow_up -> closed.
"""

from __future__ import annotations

from app.errors import WorkflowError
from app.models.enums import CaseStatus, Outcome

ALLOWED: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.INTAKE: frozenset({CaseStatus.IN_MEDIATION, CaseStatus.REJECTED, CaseStatus.CLOSED}),
    CaseStatus.IN_MEDIATION: frozenset({CaseStatus.FOLLOW_UP, CaseStatus.CLOSED}),
    CaseStatus.FOLLOW_UP: frozenset({CaseStatus.CLOSED}),
    CaseStatus.CLOSED: frozenset(),
    CaseStatus.REJECTED: frozenset(),
}

# Outcomes that need a signed mediation agreement first; the others can end a case at intake.
NEEDS_MEDIATION = frozenset({Outcome.SETTLED_FULL, Outcome.SETTLED_PARTIAL, Outcome.NOT_SETTLED})
SETTLED = frozenset({Outcome.SETTLED_FULL, Outcome.SETTLED_PARTIAL})

_ORDER = list(CaseStatus)


def allowed_moves(status: CaseStatus) -> list[CaseStatus]:
    return sorted(ALLOWED[status], key=_ORDER.index)


def ensure_move(current: CaseStatus, target: CaseStatus) -> None:
    if target in ALLOWED[current]:
        return
    moves = allowed_moves(current)
    listed = ", ".join(m.value for m in moves) if moves else "none (the case is final)"
    raise WorkflowError(
        "case.invalid_transition",
        f"A case in status '{current.value}' cannot move to '{target.value}'. Allowed: {listed}.",
        current=current.value,
        target=target.value,
        allowed=[m.value for m in moves],
    )
