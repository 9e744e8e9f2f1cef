"""The figures of one report: what the builder computes and the PDF, the XLSX and `tatulyq stats` show.

Plain frozen data, no database and no language: the builder (builder.py) fills it with SQL aggregates,
the renderers label it in Kazakh, Russian or English. Breakdowns are dicts keyed by the enum's value
(e.g. "settled_full"), with every member of the enum present (zero when none) so that tables keep the
same rows from month to month; an "unknown" key counts rows where the field was left blank.

Definitions (printed in the report so the reader knows each denominator):
- received: cases whose intake date falls in the period.
- carried over: cases received before the period and still open on its first day.
- ended: mediations ended in the period (outcome recorded; ended_on in the period), by outcome.
- settled: ended with a settlement in full or in part. Settlement rate = settled / ended.
- closed: case files closed in the period (after any follow-up of the obligations).
- open at the end: received by the last day and not yet closed (nor rejected) on it.
- overdue at the end: open at the end, under a mediation agreement, its deadline passed and not ended.
- within term: ended in the period on or before the deadline, of those ended that had an agreement.
- median days: from intake to the end of mediation, over the mediations ended in the period.
- reporting completeness (councils): the units below that were open in a month and whether their
  package for it came on time, late or not at all (app/exchange/completeness.py).
- early warning (councils): the places whose inter-ethnic, group, high-risk or recurring disputes (or
  inter-ethnic consultations) in the last month begun rose above their own previous months, by the rule
  of app/signals/rule.py, and the twelve months of the top ones.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from app.reports.periods import Period


@dataclass(frozen=True)
class Headline:
    """The key figures of one unit (and everything below it) for one period."""

    consultations: int
    received: int
    carried_over: int
    ended: int
    settled: int  # settled in full or in part
    closed: int
    rejected: int  # refused at intake in the period (the law excludes the dispute)
    open_at_end: int
    overdue_at_end: int
    within_term: int
    ended_under_agreement: int  # the denominator of within_term
    median_days_to_end: float | None  # None when nothing ended
    extensions: int
    sessions: int
    active_mediators: int  # mediators with at least one case in mediation during the period
    follow_ups: int
    obligations_due: int  # obligations whose due date falls in the period
    obligations_kept: int  # of those, kept (fully)
    satisfaction_answers: int
    satisfaction_mean: float | None  # mean score 1..5; None without answers
    cases_in_mediation: int  # cases under a mediation agreement at any time in the period

    @property
    def settlement_rate(self) -> float | None:
        """Settled (in full or in part) / mediations ended in the period; None when nothing ended."""
        return self.settled / self.ended if self.ended else None

    @property
    def cases_per_mediator(self) -> float | None:
        return self.cases_in_mediation / self.active_mediators if self.active_mediators else None


@dataclass(frozen=True)
class MediatorLoad:
    """One active mediator of the period: no contacts, only the name a report signs for."""

    name: str  # "Surname N. M."
    kind: str  # MediatorKind value
    unit_code: str
    cases: int  # cases in mediation during the period with this mediator assigned
    ended: int  # of those, ended in the period
    settled: int


@dataclass(frozen=True)
class UnitRow:
    """One unit directly below a council, with everything below that unit."""

    unit_code: str
    names: dict[str, str]  # "kk" / "ru" / "en" -> name
    kind: str  # UnitKind value
    figures: Headline


@dataclass(frozen=True)
class MonthPoint:
    """One month of the 12-month trend (the chart)."""

    year: int
    month: int
    received: int
    ended: int
    settled: int
    consultations: int


@dataclass(frozen=True)
class CompletenessMonth:
    """Councils: how many units were due to send one month's package, and how many did, on time or not."""

    period: str  # YYYY-MM
    deadline: date  # the last day to be on time
    expected: int  # units open on at least one day of the month
    on_time: int
    late: int
    missing: int  # nothing came and the deadline has passed
    pending: int  # nothing came yet and the deadline is still ahead


@dataclass(frozen=True)
class ReportingGap:
    """A unit below a council whose package for some of the report's months came late or not at all."""

    unit_code: str
    names: dict[str, str]  # "kk" / "ru" / "en" -> name
    late: list[str] = field(default_factory=list)  # YYYY-MM
    missing: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SignalRow:
    """A place and indicator at watch or alert in the month of the early-warning section."""

    place_kind: str  # "district" | "unit"
    place_code: str
    names: dict[str, str]  # "kk" / "ru" / "en" -> name
    indicator: str  # app.signals.rule.INDICATORS
    count: int
    expected: float
    p_value: float
    level: str  # "watch" | "alert"


@dataclass(frozen=True)
class SignalMonth:
    """One month of a raised signal's trend: its count, the count its own baseline expected, its level."""

    year: int
    month: int
    count: int
    expected: float
    level: str


@dataclass(frozen=True)
class SignalTrend:
    place_kind: str
    place_code: str
    names: dict[str, str]
    indicator: str
    months: list[SignalMonth]  # twelve, oldest first


@dataclass(frozen=True)
class EarlyWarning:
    """Councils: the early-warning signals of the last month of the period begun when the figures were made."""

    period: str  # YYYY-MM
    baseline_months: int  # the rule used (app/signals/rule.py), printed with the table
    min_count: int
    watch_one_in: int  # watch when a count this high would come by chance less than once in this many
    alert_one_in: int
    signals: int  # place x indicator pairs graded (with a count or a baseline above zero)
    raised: list[SignalRow] = field(default_factory=list)  # alerts first, then the least likely by chance
    trends: list[SignalTrend] = field(default_factory=list)  # the top raised signals


@dataclass(frozen=True)
class ReportFigures:
    unit_code: str
    unit_names: dict[str, str]  # "kk" / "ru" / "en" -> name
    unit_kind: str  # UnitKind value
    period: Period
    made_at: datetime  # UTC, when the figures were computed
    current: Headline
    previous: Headline  # the period of the same length just before
    year_earlier: Headline  # the same period one year earlier
    outcomes: dict[str, int]  # ended in the period by Outcome value
    termination_reasons: dict[str, int]  # ended in the period by TerminationReason value (+ "unknown")
    categories: dict[str, int]  # received by Category value
    category_outcomes: dict[str, dict[str, int]]  # ended: Category value -> Outcome value -> count
    channels: dict[str, int]  # received by Channel value
    flags: dict[str, int]  # received with: inter_ethnic, group_dispute, minors_involved, high_risk, recurrence
    parties_by_sex: dict[str, int]  # persons among the parties of cases received: male / female / unknown
    parties_by_age: dict[str, int]  # the same persons by AgeGroup value (+ "unknown")
    languages: dict[str, int]  # cases received by language of mediation (Language value + "unknown")
    consultation_results: dict[str, int]  # consultations in the period by ConsultationResult value
    consultation_topics: dict[str, int]  # consultations by Category value
    obligations: dict[str, int]  # obligations due in the period by ObligationStatus value
    satisfaction: dict[str, int]  # answers by score "1".."5" (+ "unknown")
    mediators: list[MediatorLoad] = field(default_factory=list)
    units: list[UnitRow] = field(default_factory=list)  # councils: one row per unit directly below
    trend: list[MonthPoint] = field(default_factory=list)  # 12 months ending with the period's last month
    # Councils: reporting completeness for each month of the period begun when the figures were made.
    completeness: list[CompletenessMonth] = field(default_factory=list)
    reporting_gaps: list[ReportingGap] = field(default_factory=list)  # by unit code
    early_warning: EarlyWarning | None = None  # councils only

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: dates as ISO text, rates included next to their counts."""
        data = asdict(self)
        data["period"] = self.period.to_dict()
        data["made_at"] = self.made_at.isoformat()
        for key, headline in (("current", self.current), ("previous", self.previous),
                              ("year_earlier", self.year_earlier)):
            data[key]["settlement_rate"] = headline.settlement_rate
            data[key]["cases_per_mediator"] = headline.cases_per_mediator
        for month in data["completeness"]:
            month["deadline"] = month["deadline"].isoformat()
        return data

    def fingerprint(self) -> str:
        """A short digest of the figures (not of the time they were made): the same data, the same print.

        Printed in the PDF's footer so a signed paper can be matched with the file and the package sent.
        """
        data = self.to_dict()
        data.pop("made_at")
        canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, default=_jsonable)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12].upper()


def _jsonable(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"not JSON-serialisable: {type(value).__name__}")
