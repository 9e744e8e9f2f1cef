"""The rule that turns counts into levels of warning, stated for the councils that rely on it.

WHAT IS COUNTED. For each place (a district, or a unit with every unit below it) and each period
(a calendar month, or an ISO week from Monday to Sunday, by the local dates of Kazakhstan):
  - inter_ethnic: cases received (by intake date) marked as having an inter-ethnic dimension;
  - group_dispute: cases received that are group disputes;
  - high_risk: cases received with a high risk level;
  - recurrence: cases received that are a recurrence of an earlier dispute;
  - consultations_inter_ethnic: consultations held on a dispute with an inter-ethnic dimension.
Cases recorded here and those received from other units in the monthly packages (de-identified)
count alike; a case rejected at intake counts too, as the dispute it reports did happen.

THE PLACE'S OWN BASELINE. The expected count of a period is the place's own average per period over
the `baseline_months` months just before it (the period itself not included; for weeks, the same
span in weeks: 52 weeks for 12 months, 26 for 6). A place that always has many such cases therefore
expects many: a steady high count is normal; only a rise above the place's own habit is a signal.
A period not over yet expects only the share of its days that have passed.

SMALL AND EMPTY BASELINES. The expected count is never taken below 0.5 per period: a place with no
such case in the whole baseline would otherwise turn its very first case into an alert.

THE TEST. If the period's count is k and the expected count is m, p = P(X >= k) for X following a
Poisson distribution of mean m: how often a count at least this high would come by chance alone if
nothing had changed. The level is then
  - normal when k is below `min_count` (a handful of cases is never a signal by itself), or p is not
    below the watch threshold;
  - watch when p < `watch_p` (by default 1 in 20);
  - alert when p < `alert_p` (by default 1 in 1000).
For example with the defaults, a district with no such case before: 3 or 4 cases in a month is a
watch, 5 an alert; a district used to 10 a month: 16 is a watch, 22 an alert.

The thresholds, the minimum count, the baseline length and the grain are settings (signals.* in
app/services/settings.py); the two thresholds are kept there as "one in N" (20 and 1000).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy.orm import Session

from app.services import settings

GRAINS = ("month", "week")
Grain = Literal["month", "week"]
INDICATORS = ("inter_ethnic", "group_dispute", "high_risk", "recurrence", "consultations_inter_ethnic")
CASE_INDICATORS = INDICATORS[:4]
LEVELS = ("normal", "watch", "alert")
NORMAL, WATCH, ALERT = LEVELS
MIN_EXPECTED = 0.5  # per period: see SMALL AND EMPTY BASELINES above
BASELINE_MONTHS_RANGE = (6, 12)


@dataclass(frozen=True)
class SignalRule:
    grain: str = "month"  # "month" | "week" (ISO weeks, Monday first, local dates)
    baseline_months: int = 12  # 6..12: the place's own previous months (not counting the period itself)
    min_count: int = 3  # fewer than this in the period is never above normal
    watch_p: float = 0.05  # one-sided Poisson P(X >= count | baseline mean) below this: watch
    alert_p: float = 0.001  # below this: alert

    def __post_init__(self) -> None:
        if self.grain not in GRAINS:
            raise ValueError(f"grain must be one of {GRAINS}, not {self.grain!r}")
        low, high = BASELINE_MONTHS_RANGE
        if not low <= self.baseline_months <= high:
            raise ValueError(f"the baseline is {low} to {high} months, not {self.baseline_months}")
        if self.min_count < 1:
            raise ValueError("the minimum count is at least 1")
        if not 0 < self.alert_p <= self.watch_p < 1:
            raise ValueError("thresholds must satisfy 0 < alert_p <= watch_p < 1")

    @property
    def baseline_periods(self) -> int:
        """How many periods of the grain the baseline spans: months, or the same span in weeks."""
        return self.baseline_months if self.grain == "month" else self.baseline_months * 13 // 3

    def level(self, count: int, p_value: float) -> str:
        if count < self.min_count:
            return NORMAL
        if p_value < self.alert_p:
            return ALERT
        if p_value < self.watch_p:
            return WATCH
        return NORMAL


def rule_from_settings(session: Session, grain: str | None = None) -> SignalRule:
    """The rule as the database's settings state it; `grain` overrides the stored grain."""
    stored = str(settings.get(session, "signals.grain"))
    chosen = grain or (stored if stored in GRAINS else "month")  # a value set by hand outside the range
    watch_p = 1 / settings.get_int(session, "signals.watch_one_in")
    alert_p = 1 / settings.get_int(session, "signals.alert_one_in")
    return SignalRule(
        grain=chosen,
        baseline_months=settings.get_int(session, "signals.baseline_months"),
        min_count=settings.get_int(session, "signals.min_count"),
        watch_p=watch_p,
        alert_p=min(alert_p, watch_p),  # an alert is never easier to reach than a watch
    )
