"""The Early warning page: where disputes with an inter-ethnic dimension, group disputes, high risk or
recurrences rise above a place's own habit (issue 8; the rule is app/signals/rule.py's).

Top: the grain (month or week) and the period. Left: the map of the 20 regions, each coloured by its
highest level; a click on a region narrows the list to it. Right: the watches and alerts. Below: the
trend of the chosen signal and the cases behind it; a case recorded here opens in the case editor
(``open_requested``), a de-identified one received from another unit is listed only. Every count is
made off the GUI thread (app/signals/engine.py); the page shows what comes back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Category
from app.reports.labels import labels as report_labels
from app.services import clock, permissions
from app.services.permissions import Action
from app.signals.engine import CaseRef, SignalSet, cases_behind, compute_signals, trend
from app.signals.engine import Signal as WarningSignal
from app.signals.rule import SignalRule, rule_from_settings
from app.ui.case_rows import CaseRow, CaseRows, Cell
from app.ui.context import UiContext
from app.ui.labels import label
from app.ui.page_loader import PageLoader
from app.ui.pages.base import Page
from app.ui.signals_chart import Point, TrendChart
from app.ui.signals_list import SignalList, SignalRow
from app.ui.signals_map import (
    LEVEL_COLOURS,
    MARKS,
    NO_DATA,
    MapLegend,
    RegionMap,
    region_full_names,
    region_names,
)

MONTHS_OFFERED = 24
WEEKS_OFFERED = 26
TREND_MONTHS = {"month": 18, "week": 6}  # a week's trend: half a year of weeks, a bar each


@dataclass(frozen=True)
class _Detail:
    signal: WarningSignal
    points: list[Point]
    cases: list[CaseRef]


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


class SignalsPage(Page):
    """``open_requested(case_id)`` asks the main window to open a case recorded here."""

    open_requested = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._pinned_today: date | None = None
        self.loader = PageLoader(self, ctx)
        self.signal_set: SignalSet | None = None
        self.detail: _Detail | None = None

        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.grain_label = QLabel(self)
        self.grain = QComboBox(self)
        self.grain.setObjectName("grain")
        self.grain.addItem("", "month")
        self.grain.addItem("", "week")
        self.grain_label.setBuddy(self.grain)
        self.period_label = QLabel(self)
        self.period = QComboBox(self)
        self.period.setObjectName("period")
        self.period.setMinimumContentsLength(22)
        self.period_label.setBuddy(self.period)
        self.rule_text = QLabel(self)
        self.rule_text.setObjectName("rule_text")
        self.rule_text.setWordWrap(True)
        self.rule_text.setStyleSheet("color: #444;")
        # The rule is read in full: on a small screen the map and the lists give way, not this text.
        self.rule_text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        controls = QHBoxLayout()
        for widget in (self.grain_label, self.grain, self.period_label, self.period):
            controls.addWidget(widget)
        controls.addStretch(1)

        self.map_box = QGroupBox(self)
        self.map_box.setObjectName("map_box")
        self.map = RegionMap(self.map_box)
        self.legend = MapLegend(self.map_box)
        self.region_line = QLabel(self.map_box)
        self.region_line.setObjectName("region_line")
        self.region_line.setWordWrap(True)
        self.all_regions = QPushButton(self.map_box)
        self.all_regions.setObjectName("all_regions")
        self.all_regions.clicked.connect(lambda: self.map.select(""))
        region_row = QHBoxLayout()
        region_row.addWidget(self.region_line, 1)
        region_row.addWidget(self.all_regions)
        map_layout = QVBoxLayout(self.map_box)
        map_layout.addWidget(self.map, 1)
        map_layout.addWidget(self.legend)
        map_layout.addLayout(region_row)

        self.raised = SignalList(self)
        self.chart_box = QGroupBox(self)
        self.chart_box.setObjectName("chart_box")
        self.chart = TrendChart(self.chart_box)
        QVBoxLayout(self.chart_box).addWidget(self.chart)
        self.cases = CaseRows("cases_behind", self)

        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.map_box)
        top.addWidget(self.raised)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 1)
        top.setSizes([600, 500])  # the map's names need the room more than the list's words
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(self.chart_box)
        bottom.addWidget(self.cases)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 1)
        bottom.setSizes([500, 600])
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(top)
        body.addWidget(bottom)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(controls)
        layout.addWidget(self.rule_text)
        layout.addWidget(body, 1)

        self.map.region_selected.connect(self._region_selected)
        self.raised.signal_chosen.connect(self._signal_chosen)
        self.cases.activated.connect(self.open_requested)
        self.grain.currentIndexChanged.connect(self._grain_changed)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        QWidget.setTabOrder(self.grain, self.period)
        QWidget.setTabOrder(self.period, self.map)
        QWidget.setTabOrder(self.map, self.all_regions)
        QWidget.setTabOrder(self.all_regions, self.raised.tree)
        QWidget.setTabOrder(self.raised.tree, self.cases.tree)
        self._fill_periods()
        self.retranslate()

    # --- today and the period -------------------------------------------------------------------

    @property
    def today(self) -> date:
        return self._pinned_today or clock.today()

    @today.setter
    def today(self, day: date | None) -> None:
        self._pinned_today = day
        self._fill_periods()
        self.refresh()

    @property
    def loading(self) -> bool:
        return self.loader.busy

    def current_grain(self) -> str:
        return str(self.grain.currentData() or "month")

    def period_start(self) -> date:
        # Dates are kept as ISO text: QComboBox.findData cannot compare Python date objects.
        value = self.period.currentData()
        return date.fromisoformat(value) if isinstance(value, str) else self.today.replace(day=1)

    def choose_period(self, start: date) -> None:
        """Choose the month or week starting on `start` (if offered)."""
        index = self.period.findData(start.isoformat())
        if index >= 0:
            self.period.setCurrentIndex(index)

    def _fill_periods(self) -> None:
        """The months (or weeks) to choose from, the current one first; keeps the choice where it can."""
        chosen = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        today = self.today
        if self.current_grain() == "month":
            year, month = today.year, today.month
            for _ in range(MONTHS_OFFERED):
                self.period.addItem(self._month_text(year, month), date(year, month, 1).isoformat())
                year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        else:
            monday = _monday(today)
            for back in range(WEEKS_OFFERED):
                start = monday - timedelta(weeks=back)
                self.period.addItem(
                    f"{start:%d.%m.%Y} – {start + timedelta(days=6):%d.%m.%Y}", start.isoformat()
                )
        index = self.period.findData(chosen) if chosen is not None else -1
        self.period.setCurrentIndex(max(index, 0))
        self.period.blockSignals(False)

    def _month_text(self, year: int, month: int) -> str:
        name = report_labels(self.ctx.languages.current).months[month - 1]
        # Month names are lower case, as in running text; the item starts with a capital either way.
        text = self.tr("{month} {year}").format(month=name, year=year)
        return text[:1].upper() + text[1:]

    def _grain_changed(self, _index: int) -> None:
        self._fill_periods()
        self.refresh()

    # --- words ------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Early warning")

    def level_words(self) -> dict[str, str]:
        return {"normal": self.tr("Normal"), "watch": self.tr("Watch"), "alert": self.tr("Alert")}

    def indicator_words(self) -> dict[str, str]:
        return {
            "inter_ethnic": self.tr("Disputes with an inter-ethnic dimension"),
            "group_dispute": self.tr("Group disputes"),
            "high_risk": self.tr("High risk of escalation"),
            "recurrence": self.tr("Recurrences of earlier disputes"),
            "consultations_inter_ethnic": self.tr("Consultations on inter-ethnic disputes"),
        }

    def retranslate(self) -> None:
        self.heading.setText(
            self.tr("Early warning: {unit}").format(unit=self.ctx.user.unit_name(self._lang()))
        )
        self.grain_label.setText(self.tr("&Signals by:"))
        self.grain.setItemText(0, self.tr("month"))
        self.grain.setItemText(1, self.tr("week"))
        self.period_label.setText(self.tr("&Period:"))
        if self.current_grain() == "month":
            for index in range(self.period.count()):
                start = date.fromisoformat(str(self.period.itemData(index)))
                self.period.setItemText(index, self._month_text(start.year, start.month))
        self.map_box.setTitle(self.tr("Regions"))
        self.all_regions.setText(self.tr("&All regions"))
        self.map.setAccessibleName(self.tr("Map of the regions"))
        words = self.level_words()
        self.map.set_names(region_names(self._lang()), words, self.tr("no cases with these marks"))
        self.legend.set_entries(
            [
                (LEVEL_COLOURS["alert"], MARKS["alert"], words["alert"]),
                (LEVEL_COLOURS["watch"], MARKS["watch"], words["watch"]),
                (LEVEL_COLOURS["normal"], "", words["normal"]),
                (NO_DATA, "", self.tr("no cases with these marks")),
            ]
        )
        self.chart_box.setTitle(self.tr("Trend"))
        self.chart.set_words(
            self.tr("count"),
            self.tr("expected (the place's own baseline)"),
            self.tr("Choose a signal in the list to see its trend."),
        )
        self._fill()

    def _lang(self) -> str:
        return self.ctx.languages.current

    def _rule_sentence(self, rule: SignalRule) -> str:
        return self.tr(
            "Each place is compared with its own previous {months} months. Watch: a count this high "
            "would come by chance less than once in {watch}; alert: less than once in {alert}. "
            "Fewer than {minimum} is never a signal."
        ).format(
            months=rule.baseline_months,
            watch=round(1 / rule.watch_p),
            alert=round(1 / rule.alert_p),
            minimum=rule.min_count,
        )

    def _fill(self) -> None:
        """Show the last counts in the current language (no database access)."""
        s = self.signal_set
        lang = self._lang()
        names = region_full_names(lang)
        region = self.map.selected
        self.region_line.setText(
            self.tr("Showing: {region}").format(region=names.get(region, region))
            if region
            else self.tr("Showing: all regions. Click a region to see only its signals.")
        )
        self.all_regions.setEnabled(bool(region))
        if s is None:
            self.rule_text.setText("")
            self.map.set_levels({}, {})
            self.raised.show_rows(
                self.tr("Watches and alerts"),
                self._list_headers(),
                [],
                self.tr("Counting the signals…"),
                False,
            )
            self._fill_detail()
            return
        self.rule_text.setText(self._rule_sentence(s.rule))
        raised = s.raised()
        counts: dict[str, int] = {}
        for signal in raised:
            if signal.region_code is not None:
                counts[signal.region_code] = counts.get(signal.region_code, 0) + 1
        self.map.set_levels(s.region_levels(), counts)
        shown = [signal for signal in raised if not region or signal.region_code == region]
        words, indicators = self.level_words(), self.indicator_words()
        rows = [
            SignalRow(
                signal,
                words[signal.level],
                s.place_name(signal.place_kind, signal.place_code, lang),
                indicators.get(signal.indicator, signal.indicator),
            )
            for signal in shown
        ]
        period = self.period.currentText()
        if not s.signals:
            empty = self.tr(
                "No case or consultation with these marks in {period} or the {months} months before it."
            ).format(period=period, months=s.rule.baseline_months)
        elif region:
            empty = self.tr("No watch or alert in {region} for {period}.").format(
                region=names.get(region, region), period=period
            )
        else:
            empty = self.tr("No watch or alert for {period}: every place is within its usual range.").format(
                period=period
            )
        self.raised.show_rows(
            self.tr("Watches and alerts ({count})").format(count=len(rows)),
            self._list_headers(),
            rows,
            empty,
            keep=True,
        )
        self._fill_detail()

    def _list_headers(self) -> list[str]:
        return [
            self.tr("Level"),
            self.tr("Place"),
            self.tr("Indicator"),
            self.tr("Count"),
            self.tr("Expected"),
        ]

    def _fill_detail(self) -> None:
        d = self.detail
        current = self.raised.current_signal()
        if d is None or current is None or d.signal != current:
            self.chart.set_points("", [], self.current_grain())
            consultations = current is not None and current.indicator == "consultations_inter_ethnic"
            self.cases.show_rows(
                self.tr("Behind the signal"),
                self._case_headers(consultations),
                [],
                self.tr("Loading…")
                if current is not None
                else self.tr("Choose a signal to see the cases behind it."),
                wide_column=2,
            )
            return
        s = self.signal_set
        lang = self._lang()
        place = s.place_name(d.signal.place_kind, d.signal.place_code, lang) if s else d.signal.place_code
        indicator = self.indicator_words().get(d.signal.indicator, d.signal.indicator)
        self.chart.set_points(f"{place} — {indicator}", d.points, self.current_grain())
        consultations = d.signal.indicator == "consultations_inter_ethnic"
        here = self.tr("recorded here")
        received = self.tr("received from a unit")
        rows = [
            CaseRow(
                ref.case_id if ref.record == "case" and not ref.imported else None,
                (
                    # A consultation has no number: its unit says where it was held.
                    Cell(ref.number or ref.unit_code),
                    Cell(f"{ref.intake_date:%d.%m.%Y}"),
                    Cell(self._category(ref.category)),
                    Cell(received if ref.imported else here),
                ),
                note=self.tr(
                    "Received from another unit, de-identified: it is opened in that unit's program."
                )
                if ref.imported
                else "",
            )
            for ref in d.cases
        ]
        title = (
            self.tr("Consultations behind the signal ({count})")
            if consultations
            else self.tr("Cases behind the signal ({count})")
        )
        self.cases.show_rows(
            title.format(count=len(rows)),
            self._case_headers(consultations),
            rows,
            self.tr("Nothing is counted behind this signal."),
            wide_column=2,
            open_hint="" if consultations else self.tr("Double-click or press Enter to open the case."),
        )

    def _case_headers(self, consultations: bool) -> list[str]:
        if consultations:
            return [self.tr("Unit"), self.tr("Held on"), self.tr("Topic"), self.tr("Source")]
        return [self.tr("Case"), self.tr("Intake date"), self.tr("Category"), self.tr("Source")]

    @staticmethod
    def _category(value: str) -> str:
        try:
            return label(Category(value))
        except ValueError:
            return value

    # --- data -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Count the signals of the chosen period, off the GUI thread."""
        database, actor = self.ctx.database, self.ctx.user.actor()
        unit_code, grain, start, today = (
            self.ctx.user.unit_code,
            self.current_grain(),
            self.period_start(),
            self.today,
        )

        def job(_progress: object) -> SignalSet:
            with database.session(actor=actor) as session:
                permissions.require_in(session, Action.VIEW_SIGNALS)
                rule = rule_from_settings(session, grain)
                return compute_signals(session, unit_code, start, rule=rule, as_of=today)

        self.signal_set = None
        self.detail = None
        self._fill()
        self.loader.start("signals", job, self._loaded)

    def _loaded(self, signal_set: SignalSet) -> None:
        self.signal_set = signal_set
        self._fill()

    def _region_selected(self, _code: str) -> None:
        self._fill()

    def _signal_chosen(self, signal: WarningSignal | None) -> None:
        if signal is None or self.signal_set is None:
            self._fill_detail()
            return
        if self.detail is not None and self.detail.signal == signal:
            self._fill_detail()
            return
        database, actor = self.ctx.database, self.ctx.user.actor()
        unit_code, rule, today = self.signal_set.unit_code, self.signal_set.rule, self.today
        months = TREND_MONTHS.get(rule.grain, 18)

        def job(_progress: object) -> _Detail:
            with database.session(actor=actor) as session:
                permissions.require_in(session, Action.VIEW_SIGNALS)
                points = trend(
                    session,
                    unit_code,
                    signal.place_kind,
                    signal.place_code,
                    signal.indicator,
                    signal.period_start,
                    months,
                    rule,
                    as_of=today,
                )
                refs = cases_behind(session, signal)
            return _Detail(signal, [Point(*p) for p in points], refs)

        self._fill_detail()
        self.loader.start("detail", job, self._detail_loaded)

    def _detail_loaded(self, detail: _Detail) -> None:
        self.detail = detail
        self._fill_detail()
