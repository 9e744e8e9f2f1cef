"""The early-warning engine on a real database: counts built to cross each threshold of the stated rule
(app/signals/rule.py), for every indicator, at month and week grain, local and imported rows."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest

from app.errors import NotFoundError, ValidationError
from app.services import settings
from app.signals.engine import Signal, SignalSet, cases_behind, compute_signals, trend
from app.signals.poisson import upper_tail
from app.signals.rule import INDICATORS, SignalRule, rule_from_settings
from app.storage.database import Database
from tests.conftest import ACTOR
from tests.signals_world import (
    AS_OF,
    BAYZAK,
    CENTRE,
    HOUSE,
    KORDAY,
    PERIOD,
    REGION,
    REPUBLIC,
    add,
    baseline_months,
    received_package,
)


def _signals(db: Database, unit: str = CENTRE, rule: SignalRule | None = None, **kw: object) -> SignalSet:
    with db.session() as s:
        return compute_signals(s, unit, PERIOD, rule=rule, as_of=AS_OF, **kw)  # type: ignore[arg-type]


def _one(found: SignalSet, kind: str, code: str, indicator: str) -> Signal:
    (signal,) = [
        s for s in found.signals if (s.place_kind, s.place_code, s.indicator) == (kind, code, indicator)
    ]
    return signal


def _october(n: int) -> list[date]:
    return [date(2026, 10, 1) + timedelta(days=i % 31) for i in range(n)]


# --- the test itself


def test_poisson_tail_matches_the_textbook_sum() -> None:
    m = 0.5
    assert upper_tail(3, m) == pytest.approx(1 - math.exp(-m) * (1 + m + m * m / 2), rel=1e-12)
    assert upper_tail(0, 4.0) == 1.0
    assert upper_tail(1, 2.0) == pytest.approx(1 - math.exp(-2.0))
    # Far in the tail: summed directly, not lost in 1 - 0.99999...
    assert 0 < upper_tail(60, 10.0) < 1e-20
    # A big mean (a whole republic's month) neither overflows nor loses the middle.
    assert upper_tail(2500, 2500.0) == pytest.approx(0.5, abs=0.01)


# --- each threshold, each indicator


@pytest.mark.parametrize("indicator", INDICATORS)
def test_each_indicator_crosses_normal_watch_alert(db: Database, indicator: str) -> None:
    """A baseline of one a month; then 3 (normal: p 0.08), 4 (watch: p 0.019) and 6 (alert: p 0.0006)."""
    for unit, october in ((CENTRE, 3), (HOUSE, 4), ("KZ-31-KRD", 6)):
        add(db, indicator, baseline_months(), unit=unit, district=None)
        add(db, indicator, _october(october), unit=unit, district=None)
        add(db, indicator, _october(5), unit=unit, district=None, flagged=False)  # never counted
    found = _signals(db, REGION)
    levels = {code: _one(found, "unit", code, indicator) for code in (CENTRE, HOUSE, "KZ-31-KRD")}
    assert [(s.count, s.level) for s in levels.values()] == [(3, "normal"), (4, "watch"), (6, "alert")]
    assert all(s.expected == pytest.approx(1.0) for s in levels.values())
    assert levels[HOUSE].p_value == pytest.approx(upper_tail(4, 1.0))
    assert 0.001 <= levels[HOUSE].p_value < 0.05 and levels["KZ-31-KRD"].p_value < 0.001
    # The council's own row holds its whole region: 13 against 3 a month.
    region = _one(found, "unit", REGION, indicator)
    assert (region.count, region.expected, region.level) == (13, pytest.approx(3.0), "alert")
    assert found.raised()[0] == region and found.raised()[-1] == levels[HOUSE]
    assert found.region_levels() == {"KZ-31": "alert"}
    # Other indicators stay silent: nothing else was flagged.
    assert {s.indicator for s in found.signals} == {indicator}


def test_a_steady_high_count_is_not_an_alert(db: Database) -> None:
    add(db, "inter_ethnic", [d for d in baseline_months() for _ in range(10)], unit=CENTRE, district=KORDAY)
    add(db, "inter_ethnic", _october(10), unit=CENTRE, district=KORDAY)
    add(db, "inter_ethnic", [d for d in baseline_months() for _ in range(10)], unit=HOUSE, district=BAYZAK)
    add(db, "inter_ethnic", _october(22), unit=HOUSE, district=BAYZAK)
    found = _signals(db, REGION)
    steady = _one(found, "district", KORDAY, "inter_ethnic")
    assert (steady.count, steady.expected, steady.level) == (10, pytest.approx(10.0), "normal")
    risen = _one(found, "district", BAYZAK, "inter_ethnic")
    assert (risen.count, risen.level) == (22, "alert")  # the same habit, doubled: the rule does see it
    assert [s.place_code for s in found.raised() if s.place_kind == "district"] == [BAYZAK]


def test_the_minimum_count_holds_and_an_empty_baseline_is_floored(db: Database) -> None:
    add(db, "group_dispute", _october(1), unit=CENTRE, district=None)
    add(db, "group_dispute", _october(4), unit=HOUSE, district=None)
    found = _signals(db, REGION)
    first = _one(found, "unit", CENTRE, "group_dispute")
    assert (first.expected, first.level) == (0.5, "normal")  # a first case is never a signal by itself
    four = _one(found, "unit", HOUSE, "group_dispute")
    assert (four.expected, four.level) == (0.5, "watch")  # p = 0.0018 against the floor of 0.5
    # Four is below a minimum count of five: normal, whatever the test says.
    strict = _one(_signals(db, REGION, SignalRule(min_count=5)), "unit", HOUSE, "group_dispute")
    assert strict.p_value < 0.05 and strict.level == "normal"
    add(db, "group_dispute", _october(1), unit=HOUSE, district=None)
    assert _one(_signals(db, REGION), "unit", HOUSE, "group_dispute").level == "alert"  # 5 against nothing


def test_week_grain_sees_a_burst_the_month_hides(db: Database) -> None:
    """Four a month all year (under one a week); then six high-risk cases in the week of 12-18 October."""
    add(
        db,
        "high_risk",
        [d.replace(day=1) + timedelta(days=7 * w) for d in baseline_months() for w in range(4)],
    )
    add(db, "high_risk", [date(2026, 10, 12) + timedelta(days=i) for i in range(6)])
    monthly = _one(_signals(db), "district", KORDAY, "high_risk")
    assert (monthly.count, monthly.expected, monthly.level) == (6, pytest.approx(4.0), "normal")
    with db.session() as s:
        weekly_set = compute_signals(
            s, CENTRE, date(2026, 10, 14), rule=SignalRule(grain="week"), as_of=AS_OF
        )
    weekly = _one(weekly_set, "district", KORDAY, "high_risk")
    assert weekly_set.period_label == "2026-W42"
    assert (weekly.period_start, weekly.period_end) == (date(2026, 10, 12), date(2026, 10, 18))
    # The 52 weeks before begin on 13 October 2025: that month's 1st and 8th fall before them.
    assert weekly.count == 6 and weekly.expected == pytest.approx(46 / 52)
    assert weekly.level == "alert"


def test_the_baseline_length_changes_the_outcome(db: Database) -> None:
    """Nothing from October 2025 to March 2026, then four a month: October's six is a rise against the
    year (mean 2: watch) but not against the last six months (mean 4: normal)."""
    add(db, "recurrence", [d for d in baseline_months(date(2026, 4, 1), 6) for _ in range(4)])
    add(db, "recurrence", _october(6))
    year = _one(_signals(db, rule=SignalRule(baseline_months=12)), "unit", CENTRE, "recurrence")
    half = _one(_signals(db, rule=SignalRule(baseline_months=6)), "unit", CENTRE, "recurrence")
    assert (year.expected, year.level) == (pytest.approx(2.0), "watch")
    assert (half.expected, half.level) == (pytest.approx(4.0), "normal")


def test_a_period_not_over_expects_only_the_days_passed(db: Database) -> None:
    add(db, "inter_ethnic", [d for d in baseline_months() for _ in range(6)])  # 6 a month
    add(db, "inter_ethnic", [date(2026, 10, 1)] * 5)  # five on the first of October
    over = _one(_signals(db), "unit", CENTRE, "inter_ethnic")
    assert (over.expected, over.level) == (pytest.approx(6.0), "normal")
    with db.session() as s:
        early = compute_signals(s, CENTRE, PERIOD, as_of=date(2026, 10, 3))
    third = _one(early, "unit", CENTRE, "inter_ethnic")
    assert third.expected == pytest.approx(6.0 * 3 / 31) and third.level == "alert"


# --- whose rows


def test_imported_rows_count_like_local_ones(db: Database) -> None:
    package = received_package(db, HOUSE)
    add(db, "inter_ethnic", baseline_months(), unit=HOUSE, package=package)
    local = add(db, "inter_ethnic", _october(2), unit=CENTRE)
    imported = add(db, "inter_ethnic", _october(4), unit=HOUSE, package=package)
    add(db, "consultations_inter_ethnic", _october(3), unit=HOUSE, package=package)
    found = _signals(db, REGION)
    district = _one(found, "district", KORDAY, "inter_ethnic")
    assert (district.count, district.expected) == (6, pytest.approx(1.0))
    assert district.level == "alert"
    assert _one(found, "district", KORDAY, "consultations_inter_ethnic").count == 3
    with db.session() as s:
        behind = cases_behind(s, district)
    assert {ref.case_id for ref in behind} == {*local, *imported}
    assert {ref.case_id for ref in behind if ref.imported} == set(imported)


def test_cases_behind_are_exactly_those_counted(db: Database) -> None:
    counted = add(db, "group_dispute", _october(5), unit=CENTRE, district=KORDAY)
    add(db, "group_dispute", _october(2), unit=CENTRE, district=BAYZAK)  # another district
    add(db, "group_dispute", [date(2026, 9, 30), date(2026, 11, 1)], unit=CENTRE, district=KORDAY)  # outside
    add(db, "group_dispute", _october(3), unit=CENTRE, district=KORDAY, flagged=False)  # not a group dispute
    add(db, "inter_ethnic", _october(3), unit=CENTRE, district=KORDAY)  # another indicator
    found = _signals(db)
    signal = _one(found, "district", KORDAY, "group_dispute")
    with db.session() as s:
        behind = cases_behind(s, signal)
        assert len(cases_behind(s, signal, limit=2)) == 2
    assert signal.count == len(behind) == 5
    assert {ref.case_id for ref in behind} == set(counted)
    assert all(ref.unit_code == CENTRE and not ref.imported and ref.record == "case" for ref in behind)
    assert [ref.intake_date for ref in behind] == sorted(ref.intake_date for ref in behind)
    # The centre's own row holds all seven October group disputes of both districts.
    with db.session() as s:
        assert len(cases_behind(s, _one(found, "unit", CENTRE, "group_dispute"))) == 7
    consultations = add(db, "consultations_inter_ethnic", _october(4), unit=CENTRE, district=KORDAY)
    with db.session() as s:
        refs = cases_behind(s, _one(_signals(db), "district", KORDAY, "consultations_inter_ethnic"))
    assert {r.case_id for r in refs} == set(consultations) and {r.record for r in refs} == {"consultation"}


def test_a_centre_sees_only_its_own_places(db: Database) -> None:
    mine = add(db, "inter_ethnic", _october(4), unit=CENTRE, district=KORDAY)
    add(db, "inter_ethnic", _october(6), unit=HOUSE, district=KORDAY)
    add(db, "inter_ethnic", _october(9), unit="KZ-19-CTR", district="KZ-19-ENB")
    centre = _signals(db, CENTRE)
    assert {(s.place_kind, s.place_code) for s in centre.signals} == {("unit", CENTRE), ("district", KORDAY)}
    korday = _one(centre, "district", KORDAY, "inter_ethnic")
    assert korday.count == 4  # the House of Friendship's six in the same district are not the centre's
    with db.session() as s:
        assert {ref.case_id for ref in cases_behind(s, korday)} == set(mine)
    region = _signals(db, REGION)
    assert _one(region, "district", KORDAY, "inter_ethnic").count == 10
    assert {s.place_code for s in region.signals} == {REGION, CENTRE, HOUSE, KORDAY}
    republic = _signals(db, REPUBLIC)
    assert _one(republic, "unit", REPUBLIC, "inter_ethnic").count == 19
    assert republic.region_levels() == {"KZ-31": "alert", "KZ-19": "alert"}
    assert republic.place_name("district", KORDAY, "kk") == "Қордай ауданы"
    with db.session() as s, pytest.raises(NotFoundError):
        compute_signals(s, "KZ-00-NONE", PERIOD)


def test_trend_grades_each_month_against_its_own_baseline(db: Database) -> None:
    add(db, "high_risk", baseline_months(date(2025, 1, 1), 21))  # one a month, January 2025 .. September 2026
    add(db, "high_risk", _october(5))
    with db.session() as s:
        points = trend(s, REGION, "district", KORDAY, "high_risk", date(2026, 10, 31), months=6, as_of=AS_OF)
        unit_points = trend(s, REGION, "unit", CENTRE, "high_risk", date(2026, 10, 31), months=6, as_of=AS_OF)
    assert [p[0] for p in points] == [date(2026, m, 1) for m in range(5, 11)]
    assert [p[1] for p in points] == [1, 1, 1, 1, 1, 5]
    assert [p[3] for p in points] == ["normal"] * 5 + ["watch"]  # P(X >= 5 | 1) = 0.0037
    assert points[-1][2] == pytest.approx(1.0)
    assert unit_points == points


# --- the settings


def test_the_rule_comes_from_the_settings(db: Database) -> None:
    with db.session() as s:
        assert rule_from_settings(s) == SignalRule()
    with db.session(write=True, actor=ACTOR) as s:
        settings.set_value(s, "signals.baseline_months", 6)
        settings.set_value(s, "signals.min_count", 5)
        settings.set_value(s, "signals.watch_one_in", 10)
        settings.set_value(s, "signals.alert_one_in", 500)
        settings.set_value(s, "signals.grain", "week")
        with pytest.raises(ValidationError):
            settings.set_value(s, "signals.baseline_months", 24)  # the 6..12 months
    with db.session() as s:
        rule = rule_from_settings(s)
        assert rule == SignalRule(grain="week", baseline_months=6, min_count=5, watch_p=0.1, alert_p=0.002)
        assert rule.baseline_periods == 26
        assert rule_from_settings(s, grain="month").grain == "month"
