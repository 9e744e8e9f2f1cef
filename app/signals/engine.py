"""Signals of a unit's places for a period, their trend, and the cases behind one (the rule: rule.py).

`compute_signals` reads the counts of the period and of the baseline before it in two grouped queries
(counts.py), folds them into places (places.py) and grades each place and indicator with the
one-sided Poisson test (poisson.py). No case is read one by one; `cases_behind` lists the de-identified
cases of one signal for the drill-down.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Case, Consultation, Unit
from app.services import clock
from app.signals import grain as grains
from app.signals.counts import (
    Filter,
    Grouped,
    case_condition,
    case_counts,
    consultation_condition,
    consultation_counts,
)
from app.signals.places import DISTRICT, UNIT, PlaceTree, load_tree
from app.signals.poisson import upper_tail
from app.signals.rule import ALERT, CASE_INDICATORS, INDICATORS, LEVELS, MIN_EXPECTED, SignalRule

# (place kind, place code) -> period number -> counts, one per INDICATORS
Series = dict[tuple[str, str], dict[int, list[int]]]


@dataclass(frozen=True)
class Signal:
    place_kind: str  # "district" | "unit"
    place_code: str  # district code (KZ-31-KRD) or unit code
    region_code: str | None
    indicator: str
    period_start: date
    period_end: date
    count: int
    expected: float  # the expected count the test used (baseline mean, floored, for the period)
    p_value: float
    level: str
    scope_code: str = ""  # the unit whose signals these are (its cases only); "" for every unit

    @property
    def raised(self) -> bool:
        return self.level != LEVELS[0]


@dataclass(frozen=True)
class SignalSet:
    unit_code: str
    period_label: str  # "2026-10", "2026-W43", or "2026-09..2026-10" for several periods
    start: date
    end: date
    rule: SignalRule
    signals: tuple[Signal, ...]  # every place x indicator with a count or a baseline above zero
    place_names: Mapping[tuple[str, str], dict[str, str]] = field(default_factory=dict)

    def raised(self) -> list[Signal]:
        """Watches and alerts: alerts first, then the least likely by chance first."""
        return sorted(
            (s for s in self.signals if s.raised),
            key=lambda s: (s.level != ALERT, s.p_value, -s.count, s.place_kind, s.place_code, s.indicator),
        )

    def region_levels(self) -> dict[str, str]:
        """Region code -> the highest level of any place in it (for the map); places without a region
        (the republic itself) are left out."""
        out: dict[str, str] = {}
        for s in self.signals:
            if s.region_code is None:
                continue
            current = out.get(s.region_code, LEVELS[0])
            out[s.region_code] = max(current, s.level, key=LEVELS.index)
        return out

    def place_name(self, kind: str, code: str, lang: str) -> str:
        names = self.place_names.get((kind, code), {})
        return names.get(lang) or names.get("en") or code


@dataclass(frozen=True)
class CaseRef:
    """One case (or consultation) behind a signal: no party, no description, only what identifies the file."""

    case_id: uuid.UUID
    number: str  # "" for a consultation
    unit_code: str
    intake_date: date  # a consultation: the day it was held
    category: str  # Category value (a consultation: its topic)
    imported: bool  # received from another unit (de-identified, read-only)
    record: str = "case"  # "case" | "consultation"


# --- the period and its baseline


@dataclass(frozen=True)
class _Span:
    first: int  # period numbers of the grain, both included
    last: int
    baseline_first: int

    @property
    def periods(self) -> int:
        return self.last - self.first + 1


def _span(rule: SignalRule, start: date, end: date | None) -> _Span:
    first = grains.index_of(start, rule.grain)
    last = grains.index_of(end or start, rule.grain)
    if last < first:
        first, last = last, first
    return _Span(first, last, first - rule.baseline_periods)


def _elapsed(first_day: date, last_day: date, as_of: date) -> float:
    """The share of the days of a period that have passed by `as_of` (1.0 for a period over)."""
    if as_of >= last_day:
        return 1.0
    days = (last_day - first_day).days + 1
    passed = max((as_of - first_day).days + 1, 1)  # at least a day: an expectation of zero cannot be tested
    return passed / days


def _grade(
    rule: SignalRule, count: int, baseline_total: int, periods: int, elapsed: float
) -> tuple[float, float, str]:
    mean = max(baseline_total / rule.baseline_periods, MIN_EXPECTED)
    expected = mean * periods * elapsed
    p_value = upper_tail(count, expected)
    return expected, p_value, rule.level(count, p_value)


# --- folding grouped rows into places


def _fold(tree: PlaceTree, rows: Iterable[Grouped], only: tuple[str, str] | None = None) -> Series:
    series: Series = defaultdict(dict)

    def add(key: tuple[str, str], period: int, counts: tuple[int, ...]) -> None:
        if only is not None and key != only:
            return
        cell = series[key].setdefault(period, [0] * len(INDICATORS))
        for i, n in enumerate(counts):
            cell[i] += n

    for row in rows:
        for unit_id in tree.ancestors.get(row.unit_id, ()):
            add((UNIT, tree.units[unit_id].code), row.period, row.counts)
        district = tree.districts.get(row.district_id) if row.district_id is not None else None
        if district is not None:
            add((DISTRICT, district.code), row.period, row.counts)
    return series


def _read(
    session: Session,
    tree: PlaceTree,
    rule: SignalRule,
    first: int,
    last: int,
    unit_ids: list[uuid.UUID] | None = None,
    district_id: uuid.UUID | None = None,
) -> list[Grouped]:
    ids = unit_ids if unit_ids is not None else (None if tree.whole_tree else list(tree.units))
    where = Filter(ids, grains.first_day(first, rule.grain), grains.last_day(last, rule.grain), district_id)
    return case_counts(session, where, rule.grain) + consultation_counts(session, where, rule.grain)


def _region_of(tree: PlaceTree, kind: str, code: str) -> str | None:
    places = tree.units if kind == UNIT else tree.districts
    return next((p.region_code for p in places.values() if p.code == code), None)


# --- grading


def _signal_set(tree: PlaceTree, rule: SignalRule, series: Series, span: _Span, today: date) -> SignalSet:
    period_start = grains.first_day(span.first, rule.grain)
    period_end = grains.last_day(span.last, rule.grain)
    elapsed = _elapsed(period_start, period_end, today)
    signals = []
    for (kind, code), by_period in sorted(series.items()):
        region = _region_of(tree, kind, code)
        for i, indicator in enumerate(INDICATORS):
            count = sum(v[i] for p, v in by_period.items() if span.first <= p <= span.last)
            baseline = sum(v[i] for p, v in by_period.items() if span.baseline_first <= p < span.first)
            if count == 0 and baseline == 0:
                continue
            expected, p_value, level = _grade(rule, count, baseline, span.periods, elapsed)
            signals.append(
                Signal(
                    kind, code, region, indicator, period_start, period_end, count, expected, p_value, level,
                    tree.root,
                )
            )  # fmt: skip
    return SignalSet(
        unit_code=tree.root,
        period_label=grains.span_label(span.first, span.last, rule.grain),
        start=period_start,
        end=period_end,
        rule=rule,
        signals=tuple(signals),
        place_names=tree.names(),
    )


def _points(
    rule: SignalRule, by_period: Mapping[int, list[int]], column: int, first: int, last: int, today: date
) -> list[tuple[date, int, float, str]]:
    """Each period first..last graded against its own baseline: (first day, count, expected, level)."""
    empty = [0] * len(INDICATORS)
    points = []
    for period in range(first, last + 1):
        count = by_period.get(period, empty)[column]
        baseline = sum(by_period.get(p, empty)[column] for p in range(period - rule.baseline_periods, period))
        day_one, day_last = grains.first_day(period, rule.grain), grains.last_day(period, rule.grain)
        expected, _, level = _grade(rule, count, baseline, 1, _elapsed(day_one, day_last, today))
        points.append((day_one, count, expected, level))
    return points


def _trend_periods(rule: SignalRule, months: int) -> int:
    return months if rule.grain == "month" else months * 13 // 3


# --- the API


def compute_signals(
    session: Session,
    unit_code: str,
    start: date,
    end: date | None = None,
    rule: SignalRule | None = None,
    *,
    as_of: date | None = None,
) -> SignalSet:
    """The signals of every place of `unit_code` for the period of the rule's grain holding `start`
    (through the one holding `end`, if given). `as_of` (default today) scales the expectation of a
    period not over yet. NotFoundError (unit.not_found) for an unknown unit."""
    rule = rule or SignalRule()
    tree = load_tree(session, unit_code)
    span = _span(rule, start, end)
    series = _fold(tree, _read(session, tree, rule, span.baseline_first, span.last))
    return _signal_set(tree, rule, series, span, as_of or clock.today())


def trend(
    session: Session,
    unit_code: str,
    place_kind: str,
    place_code: str,
    indicator: str,
    end: date,
    months: int = 18,
    rule: SignalRule | None = None,
    *,
    as_of: date | None = None,
) -> list[tuple[date, int, float, str]]:
    """Per period of the grain over the last `months` months up to the one holding `end` (for weeks,
    the same span in weeks): its first day, count, expected count and level, oldest first."""
    rule = rule or SignalRule()
    if indicator not in INDICATORS:
        raise ValueError(f"unknown indicator {indicator!r}")
    tree = load_tree(session, unit_code)
    last = grains.index_of(end, rule.grain)
    first = last - _trend_periods(rule, months) + 1
    if place_kind == UNIT:
        rows = _read(
            session, tree, rule, first - rule.baseline_periods, last, unit_ids=tree.subtree(place_code)
        )
    else:
        district = tree.district_id(place_code)
        rows = _read(session, tree, rule, first - rule.baseline_periods, last, district_id=district)
    by_period = _fold(tree, rows, only=(place_kind, place_code)).get((place_kind, place_code), {})
    return _points(rule, by_period, INDICATORS.index(indicator), first, last, as_of or clock.today())


TrendKey = tuple[str, str, str]  # place kind, place code, indicator


def signals_with_trends(
    session: Session,
    unit_code: str,
    day: date,
    rule: SignalRule | None = None,
    *,
    months: int = 12,
    top: int = 4,
    as_of: date | None = None,
) -> tuple[SignalSet, dict[TrendKey, list[tuple[date, int, float, str]]]]:
    """The signals of the period holding `day` and the trend over `months` months of the `top` raised
    ones (as `trend` gives it; one whose months are exactly those of a signal already chosen is left
    out), from one read of the counts: what a council's report prints."""
    rule = rule or SignalRule()
    today = as_of or clock.today()
    tree = load_tree(session, unit_code)
    span = _span(rule, day, None)
    first = span.last - _trend_periods(rule, months) + 1
    series = _fold(tree, _read(session, tree, rule, first - rule.baseline_periods, span.last))
    found = _signal_set(tree, rule, series, span, today)
    trends: dict[TrendKey, list[tuple[date, int, float, str]]] = {}
    for s in found.raised():
        if len(trends) == top:
            break
        points = _points(
            rule, series[(s.place_kind, s.place_code)], INDICATORS.index(s.indicator), first, span.last, today
        )
        # A district's cases are often all its centre's and its region's too: the same months seen from
        # the units above would fill the chart with copies of one line.
        if any(key[2] == s.indicator and drawn == points for key, drawn in trends.items()):
            continue
        trends[(s.place_kind, s.place_code, s.indicator)] = points
    return found, trends


def cases_behind(session: Session, signal: Signal, limit: int = 500) -> list[CaseRef]:
    """The cases (or consultations) a signal counted, oldest first, at most `limit`."""
    tree = load_tree(session, signal.scope_code or _top_unit(session))
    scope = list(tree.units)
    if signal.place_kind == UNIT:
        unit_ids = tree.subtree(signal.place_code)
        district_id = None
    else:
        unit_ids, district_id = scope, tree.district_id(signal.place_code)
    if signal.indicator in CASE_INDICATORS:
        query = (
            select(Case.id, Case.number, Unit.code, Case.intake_date, Case.category, Case.received_package_id)
            .join(Unit, Unit.id == Case.unit_id)
            .where(
                case_condition(signal.indicator),
                Case.intake_date.between(signal.period_start, signal.period_end),
                Case.unit_id.in_(unit_ids),
            )
            .order_by(Case.intake_date, Case.number)
            .limit(limit)
        )
        if district_id is not None:
            query = query.where(Case.district_id == district_id)
        return [
            CaseRef(case_id, number, unit, intake, str(category.value), imported is not None)
            for case_id, number, unit, intake, category, imported in session.execute(query)
        ]
    consultations = (
        select(
            Consultation.id,
            Unit.code,
            Consultation.held_on,
            Consultation.topic,
            Consultation.received_package_id,
        )
        .join(Unit, Unit.id == Consultation.unit_id)
        .where(
            consultation_condition(signal.indicator),
            Consultation.held_on.between(signal.period_start, signal.period_end),
            Consultation.unit_id.in_(unit_ids),
        )
        .order_by(Consultation.held_on, Consultation.id)
        .limit(limit)
    )
    if district_id is not None:
        consultations = consultations.where(Consultation.district_id == district_id)
    return [
        CaseRef(row_id, "", unit, held, str(topic.value), imported is not None, "consultation")
        for row_id, unit, held, topic, imported in session.execute(consultations)
    ]


def _top_unit(session: Session) -> str:
    """The unit at the top of the tree (the republic), for a signal that names no scope."""
    code = session.scalar(select(Unit.code).where(Unit.parent_id.is_(None)).order_by(Unit.code))
    return code or ""
