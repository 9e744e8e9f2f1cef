"""The report as labelled tables: what the PDF prints and the XLSX holds, made in one place.

`report_tables(figures, lang)` turns the figures into a list of tables (title, column headings, rows
of typed cells, notes with each rate's definition and denominator). The PDF lays them out and the XLSX
writes one sheet each; neither computes a figure of its own, so the paper and the spreadsheet cannot
disagree. Cells keep their numbers (a rate as a fraction, a change as a signed number): the PDF formats
them in the report's language, the XLSX stores them as numbers with a number format.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.models.enums import (
    AgeGroup,
    Category,
    Channel,
    ConsultationResult,
    Language,
    MediatorKind,
    ObligationStatus,
    Outcome,
    TerminationReason,
    UnitKind,
)
from app.reports.figures import CompletenessMonth, EarlyWarning, Headline, MonthPoint, ReportFigures
from app.reports.labels import FLAG_KEYS, SATISFACTION_KEYS, SEX_KEYS, UNKNOWN, ReportLabels, labels
from app.reports.periods import PeriodKind
from app.services.clock import local_date

SETTLED = (Outcome.SETTLED_FULL.value, Outcome.SETTLED_PARTIAL.value)
COUNCILS = (UnitKind.REPUBLICAN_COUNCIL.value, UnitKind.REGIONAL_COUNCIL.value)


class CellKind(StrEnum):
    TEXT = "text"
    COUNT = "count"
    PERCENT = "percent"  # a fraction, 0.724 for 72.4 %
    DECIMAL = "decimal"  # days, a mean score, cases per mediator
    COUNT_CHANGE = "count_change"  # a signed difference of counts
    POINTS_CHANGE = "points_change"  # a rate's change, in percentage points (5.2 for +5.2 points)
    DECIMAL_CHANGE = "decimal_change"


NUMERIC_KINDS = frozenset(CellKind) - {CellKind.TEXT}


@dataclass(frozen=True)
class Cell:
    value: str | int | float | None  # None: not defined (a rate over nothing), printed as "—"
    kind: CellKind = CellKind.TEXT

    def text(self, lb: ReportLabels) -> str:
        """The cell as the PDF prints it, in the report's language."""
        value = self.value
        if value is None:
            return "—"
        if self.kind is CellKind.TEXT or isinstance(value, str):
            return str(value)
        if self.kind is CellKind.COUNT:
            return lb.integer(int(value))
        if self.kind is CellKind.PERCENT:
            return lb.percent(float(value))
        if self.kind is CellKind.DECIMAL:
            return lb.decimal(float(value))
        if self.kind is CellKind.COUNT_CHANGE:
            return lb.signed(lb.integer(abs(int(value))), value < 0, value == 0)
        places = lb.decimal(abs(float(value)))
        return lb.signed(places, value < 0, round(float(value), 1) == 0)


def text(value: str) -> Cell:
    return Cell(value, CellKind.TEXT)


def count(value: int) -> Cell:
    return Cell(value, CellKind.COUNT)


def percent(part: int, whole: int) -> Cell:
    return Cell(part / whole if whole else None, CellKind.PERCENT)


@dataclass(frozen=True)
class Column:
    heading: str
    numeric: bool = True
    weight: float = 1.0  # share of the page width in the PDF, relative to the other columns


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    total: bool = False  # a total row: bold, ruled above
    indent: bool = False  # "of which ...": a part of the row above


@dataclass(frozen=True)
class ReportTable:
    key: str  # stable name: tests and the order of sheets
    title: str
    sheet: str  # a short name for the XLSX sheet
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    notes: tuple[str, ...] = ()  # printed under the table: what its rates are made of
    # Longer definitions: under the table in the XLSX, in the PDF's closing section (they would push
    # the first page's table over the page).
    definitions: tuple[str, ...] = ()
    wide: bool = False  # many columns: the condensed face in the PDF
    empty_text: str = ""  # said instead of the rows when there are none

    def numbers(self, column: int) -> list[int | float | None]:
        """The values of one column (tests compare the PDF, the XLSX and the figures with these)."""
        return [row.cells[column].value for row in self.rows]  # type: ignore[misc]


@dataclass(frozen=True)
class Highlight:
    """One of the three boxes the BRIEF asks to read together: settlement, obligations kept, time."""

    title: str
    value: str
    detail: str


@dataclass(frozen=True)
class ReportHeading:
    assembly: str
    service: str
    unit_name: str
    unit_kind: str
    title: str  # "Monthly report", "Annual report", ...
    period: str  # the period in words
    period_dates: str  # "01.10.2026 – 31.10.2026"


# --- the report's heading


def unit_name(figures: ReportFigures, lang: str) -> str:
    names = figures.unit_names
    return names.get(lang) or names.get("en") or next(iter(names.values()), figures.unit_code)


def heading(figures: ReportFigures, lang: str) -> ReportHeading:
    lb = labels(lang)
    tr = lb.tr
    kind = figures.period.kind
    if kind is PeriodKind.MONTH:
        title = tr.translate("ReportTables", "Monthly report")
    elif kind is PeriodKind.QUARTER:
        title = tr.translate("ReportTables", "Quarterly report")
    elif kind is PeriodKind.YEAR:
        title = tr.translate("ReportTables", "Annual report")
    else:
        title = tr.translate("ReportTables", "Report for the period")
    return ReportHeading(
        assembly=tr.translate("ReportTables", "Assembly of People of Kazakhstan"),
        service=tr.translate("ReportTables", "Mediation service"),
        unit_name=unit_name(figures, lang),
        unit_kind=lb.unit_kind(figures.unit_kind),
        title=title,
        period=lb.period_title(figures.period),
        period_dates=lb.period_dates(figures.period),
    )


def is_council(figures: ReportFigures) -> bool:
    return figures.unit_kind in COUNCILS or bool(figures.units)


# --- helpers


def _ordered(mapping: Mapping[str, int], order: Iterable[str]) -> list[str]:
    """The enum's order first, then any other key, "unknown" last; "unknown" only when it counts."""
    keys = [key for key in order if key in mapping]
    keys += sorted(key for key in mapping if key not in keys and key != UNKNOWN)
    if mapping.get(UNKNOWN):
        keys.append(UNKNOWN)
    return keys


def _values(enum_cls: type[StrEnum]) -> list[str]:
    return [member.value for member in enum_cls]


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _breakdown(
    key: str,
    title: str,
    sheet: str,
    first_heading: str,
    count_heading: str,
    mapping: Mapping[str, int],
    order: Iterable[str],
    name: Callable[[str], str],
    lb: ReportLabels,
    *,
    notes: Sequence[str] = (),
    total: bool = True,
    whole: int | None = None,
) -> ReportTable:
    """A one-way breakdown: name | count | share; with a total row unless the parts overlap (flags)."""
    tr = lb.tr
    keys = _ordered(mapping, order)
    denominator = sum(mapping.get(k, 0) for k in keys) if whole is None else whole
    rows = [
        Row((text(name(k)), count(mapping.get(k, 0)), percent(mapping.get(k, 0), denominator))) for k in keys
    ]
    if total:
        rows.append(
            Row(
                (
                    text(tr.translate("ReportTables", "Total")),
                    count(denominator),
                    percent(denominator, denominator),
                ),
                total=True,
            )
        )
    return ReportTable(
        key=key,
        title=title,
        sheet=sheet,
        columns=(
            Column(first_heading, numeric=False, weight=3.2),
            Column(count_heading),
            Column(tr.translate("ReportTables", "Share")),
        ),
        rows=tuple(rows),
        notes=tuple(notes),
    )


# --- the tables


def key_figures(figures: ReportFigures, lb: ReportLabels) -> ReportTable:
    tr = lb.tr
    cur, prev, ago = figures.current, figures.previous, figures.year_earlier

    def kept_rate(h: Headline) -> float | None:
        return _rate(h.obligations_kept, h.obligations_due)

    def within_rate(h: Headline) -> float | None:
        return _rate(h.within_term, h.ended_under_agreement)

    counts: list[tuple[str, Callable[[Headline], int], bool]] = [
        (tr.translate("ReportTables", "Consultations"), lambda h: h.consultations, False),
        (tr.translate("ReportTables", "Cases received"), lambda h: h.received, False),
        (
            tr.translate("ReportTables", "Carried over from before the period"),
            lambda h: h.carried_over,
            False,
        ),
        (
            tr.translate("ReportTables", "Cases in mediation during the period"),
            lambda h: h.cases_in_mediation,
            False,
        ),
        (tr.translate("ReportTables", "Mediations ended"), lambda h: h.ended, False),
        (tr.translate("ReportTables", "of which settled in full or in part"), lambda h: h.settled, True),
    ]
    rows = [
        _change_row(label, getter(cur), getter(prev), getter(ago), CellKind.COUNT, indent)
        for label, getter, indent in counts
    ]
    # The settlement rate never stands alone (BRIEF): obligations kept and the time taken sit beside it.
    rows.append(
        _change_row(
            tr.translate("ReportTables", "Settlement rate"),
            cur.settlement_rate,
            prev.settlement_rate,
            ago.settlement_rate,
            CellKind.PERCENT,
        )
    )
    rows.append(
        _change_row(
            tr.translate("ReportTables", "Obligations kept at follow-up"),
            kept_rate(cur),
            kept_rate(prev),
            kept_rate(ago),
            CellKind.PERCENT,
        )
    )
    rows.append(
        _change_row(
            tr.translate("ReportTables", "Median days from intake to the end of mediation"),
            cur.median_days_to_end,
            prev.median_days_to_end,
            ago.median_days_to_end,
            CellKind.DECIMAL,
        )
    )
    rows.append(
        _change_row(
            tr.translate("ReportTables", "Ended within the term"),
            within_rate(cur),
            within_rate(prev),
            within_rate(ago),
            CellKind.PERCENT,
        )
    )
    more: list[tuple[str, Callable[[Headline], int]]] = [
        (tr.translate("ReportTables", "Case files closed"), lambda h: h.closed),
        (tr.translate("ReportTables", "Refused at intake"), lambda h: h.rejected),
        (tr.translate("ReportTables", "Open at the end of the period"), lambda h: h.open_at_end),
        (tr.translate("ReportTables", "of which overdue"), lambda h: h.overdue_at_end),
        (tr.translate("ReportTables", "Extensions of the term"), lambda h: h.extensions),
        (tr.translate("ReportTables", "Sessions held"), lambda h: h.sessions),
        (tr.translate("ReportTables", "Active mediators"), lambda h: h.active_mediators),
    ]
    for label, getter in more:
        indent = getter is more[3][1]
        rows.append(_change_row(label, getter(cur), getter(prev), getter(ago), CellKind.COUNT, indent))
    rows.append(
        _change_row(
            tr.translate("ReportTables", "Cases per active mediator"),
            cur.cases_per_mediator,
            prev.cases_per_mediator,
            ago.cases_per_mediator,
            CellKind.DECIMAL,
        )
    )
    rows.append(
        _change_row(
            tr.translate("ReportTables", "Follow-ups done"),
            cur.follow_ups,
            prev.follow_ups,
            ago.follow_ups,
            CellKind.COUNT,
        )
    )
    rows.append(
        _change_row(
            tr.translate("ReportTables", "Parties' satisfaction, mean score (1-5)"),
            cur.satisfaction_mean,
            prev.satisfaction_mean,
            ago.satisfaction_mean,
            CellKind.DECIMAL,
        )
    )

    lbp = lb.period_title
    change = tr.translate("ReportTables", "Change")
    notes = (
        tr.translate(
            "ReportTables",
            "Settlement rate = mediations settled in full or in part ÷ mediations "
            "ended in the period; this period: {settled} ÷ {ended}.",
        ).format(settled=lb.integer(cur.settled), ended=lb.integer(cur.ended)),
        tr.translate(
            "ReportTables",
            "Obligations kept = obligations of settlement agreements kept in full ÷ "
            "obligations due in the period; this period: {kept} ÷ {due}.",
        ).format(kept=lb.integer(cur.obligations_kept), due=lb.integer(cur.obligations_due)),
        tr.translate(
            "ReportTables",
            "Change: against the period named above the column; the change of a rate "
            "is in percentage points.",
        ),
    )
    definitions = (
        tr.translate(
            "ReportTables",
            "Median days: from intake to the end of mediation, over the mediations "
            "ended in the period. Ended within the term = ended on or before the deadline ÷ mediations "
            "ended that had a mediation agreement; this period: {within} ÷ {under}.",
        ).format(within=lb.integer(cur.within_term), under=lb.integer(cur.ended_under_agreement)),
        tr.translate(
            "ReportTables",
            "Carried over: received before the period and still open on its first "
            "day. Open at the end: received by the last day and neither closed nor refused on it; "
            "overdue: of those, under a mediation agreement whose term has passed.",
        ),
        tr.translate(
            "ReportTables",
            "Active mediators: with at least one case in mediation during the period; "
            "cases per active mediator = cases in mediation ÷ active mediators.",
        ),
    )
    columns: tuple[Column, ...] = (
        Column(tr.translate("ReportTables", "Indicator"), numeric=False, weight=4.2),
        Column(lbp(figures.period), weight=1.35),
        Column(lbp(figures.period.previous()), weight=1.35),
        Column(change, weight=1.0),
        Column(lbp(figures.period.year_earlier()), weight=1.35),
        Column(change, weight=1.0),
    )
    if figures.period.previous() == figures.period.year_earlier():
        # A year's previous period is the year before: one comparison, not the same one twice.
        columns = columns[:4]
        rows = [Row(row.cells[:4], row.total, row.indent) for row in rows]
    return ReportTable(
        key="key_figures",
        title=tr.translate("ReportTables", "Key figures"),
        sheet=tr.translate("ReportTables", "Key figures"),
        columns=columns,
        rows=tuple(rows),
        notes=notes,
        definitions=definitions,
    )


def _change_row(
    label: str,
    now: float | None,
    before: float | None,
    year_ago: float | None,
    kind: CellKind,
    indent: bool = False,
) -> Row:
    return Row(
        (
            text(label),
            Cell(now, kind),
            Cell(before, kind),
            _change(now, before, kind),
            Cell(year_ago, kind),
            _change(now, year_ago, kind),
        ),
        indent=indent,
    )


def _change(now: float | None, before: float | None, kind: CellKind) -> Cell:
    if kind is CellKind.COUNT:
        return Cell(int(now or 0) - int(before or 0), CellKind.COUNT_CHANGE)
    if now is None or before is None:
        return Cell(None, CellKind.POINTS_CHANGE if kind is CellKind.PERCENT else CellKind.DECIMAL_CHANGE)
    if kind is CellKind.PERCENT:
        return Cell(round((now - before) * 100, 1), CellKind.POINTS_CHANGE)
    return Cell(round(now - before, 1), CellKind.DECIMAL_CHANGE)


def outcomes(figures: ReportFigures, lb: ReportLabels) -> ReportTable:
    tr = lb.tr
    ended = figures.current.ended
    return _breakdown(
        "outcomes",
        tr.translate("ReportTables", "Outcomes of the mediations ended"),
        tr.translate("ReportTables", "Outcomes"),
        tr.translate("ReportTables", "Outcome"),
        tr.translate("ReportTables", "Mediations"),
        figures.outcomes,
        _values(Outcome),
        lb.outcome,
        lb,
        notes=(
            tr.translate(
                "ReportTables",
                "Share = mediations with this outcome ÷ mediations ended in the period ({ended}).",
            ).format(ended=lb.integer(ended)),
        ),
    )


def termination_reasons(figures: ReportFigures, lb: ReportLabels) -> ReportTable:
    tr = lb.tr
    return _breakdown(
        "termination_reasons",
        tr.translate("ReportTables", "Grounds on which the mediations ended"),
        tr.translate("ReportTables", "Grounds of ending"),
        tr.translate("ReportTables", "Ground"),
        tr.translate("ReportTables", "Mediations"),
        figures.termination_reasons,
        _values(TerminationReason),
        lb.termination_reason,
        lb,
    )


def category_outcomes(figures: ReportFigures, lb: ReportLabels) -> ReportTable:
    tr = lb.tr
    keys = _ordered({**dict.fromkeys(figures.category_outcomes, 1), **figures.categories}, _values(Category))
    outcome_keys = _values(Outcome)
    short = {
        Outcome.SETTLED_FULL.value: tr.translate("ReportTables", "Settled in full"),
        Outcome.SETTLED_PARTIAL.value: tr.translate("ReportTables", "Settled in part"),
        Outcome.NOT_SETTLED.value: tr.translate("ReportTables", "Not settled"),
        Outcome.TERMINATED.value: tr.translate("ReportTables", "Terminated"),
        Outcome.REFERRED.value: tr.translate("ReportTables", "Referred"),
    }
    rows = []
    totals = dict.fromkeys(outcome_keys, 0)
    received_total = 0
    for key in keys:
        by_outcome = figures.category_outcomes.get(key, {})
        ended = sum(by_outcome.values())
        settled = sum(by_outcome.get(o, 0) for o in SETTLED)
        received = figures.categories.get(key, 0)
        received_total += received
        for o in outcome_keys:
            totals[o] += by_outcome.get(o, 0)
        rows.append(
            Row(
                (
                    text(lb.category(key)),
                    count(received),
                    count(ended),
                    *(count(by_outcome.get(o, 0)) for o in outcome_keys),
                    percent(settled, ended),
                )
            )
        )
    ended_total = sum(totals.values())
    settled_total = sum(totals[o] for o in SETTLED)
    rows.append(
        Row(
            (
                text(tr.translate("ReportTables", "Total")),
                count(received_total),
                count(ended_total),
                *(count(totals[o]) for o in outcome_keys),
                percent(settled_total, ended_total),
            ),
            total=True,
        )
    )
    return ReportTable(
        key="category_outcomes",
        title=tr.translate(
            "ReportTables", "Categories of disputes: cases received and outcomes of mediations ended"
        ),
        sheet=tr.translate("ReportTables", "Categories"),
        columns=(
            Column(tr.translate("ReportTables", "Category"), numeric=False, weight=2.6),
            Column(tr.translate("ReportTables", "Received"), weight=1.05),
            Column(tr.translate("ReportTables", "Ended"), weight=1.0),
            *(Column(short[o], weight=1.05) for o in outcome_keys),
            Column(tr.translate("ReportTables", "Settlement rate"), weight=1.15),
        ),
        rows=tuple(rows),
        notes=(
            tr.translate(
                "ReportTables",
                "Received: cases received in the period. Ended and the outcomes: "
                "mediations ended in the period, whenever they were received. Settlement rate = "
                "settled in full or in part ÷ ended.",
            ),
        ),
        wide=True,
    )


def channels(figures: ReportFigures, lb: ReportLabels) -> ReportTable:
    tr = lb.tr
    return _breakdown(
        "channels",
        tr.translate("ReportTables", "How the cases came to the service"),
        tr.translate("ReportTables", "Referral sources"),
        tr.translate("ReportTables", "Source"),
        tr.translate("ReportTables", "Cases received"),
        figures.channels,
        _values(Channel),
        lb.channel,
        lb,
    )


def flags(figures: ReportFigures, lb: ReportLabels) -> ReportTable:
    tr = lb.tr
    received = figures.current.received
    return _breakdown(
        "flags",
        tr.translate("ReportTables", "Cases that need particular attention"),
        tr.translate("ReportTables", "Flags"),
        tr.translate("ReportTables", "Flag"),
        tr.translate("ReportTables", "Cases received"),
        figures.flags,
        FLAG_KEYS,
        lb.flag,
        lb,
        total=False,
        whole=received,
        notes=(
            tr.translate(
                "ReportTables",
                "A case may carry several flags. Share = cases with the flag ÷ "
                "cases received in the period ({received}).",
            ).format(received=lb.integer(received)),
        ),
    )


def parties_by_sex(figures: ReportFigures, lb: ReportLabels) -> ReportTable:
    tr = lb.tr
    return _breakdown(
        "parties_by_sex",
        tr.translate("ReportTables", "Parties by sex"),
        tr.translate("ReportTables", "Parties by sex"),
        tr.translate("ReportTables", "Sex"),
        tr.translate("ReportTables", "Persons"),
        figures.parties_by_sex,
        SEX_KEYS,
        lb.sex,
        lb,
        notes=(
            tr.translate(
                "ReportTables",
                "Persons among the parties of the cases received in the period; "
                "organisations, groups and state bodies are not counted.",
            ),
        ),
    )


def parties_by_age(figures: ReportFigures, lb: ReportLabels) -> ReportTable:
    tr = lb.tr
    return _breakdown(
        "parties_by_age",
        tr.translate("ReportTables", "Parties by age group"),
        tr.translate("ReportTables", "Parties by age"),
        tr.translate("ReportTables", "Age group"),
        tr.translate("ReportTables", "Persons"),
        figures.parties_by_age,
        _values(AgeGroup),
        lb.age_group,
        lb,
    )


def languages(figures: ReportFigures, lb: ReportLabels) -> ReportTable:
    tr = lb.tr
    return _breakdown(
        "languages",
        tr.translate("ReportTables", "Languages of mediation"),
        tr.translate("ReportTables", "Languages"),
        tr.translate("ReportTables", "Language"),
        tr.translate("ReportTables", "Cases received"),
        figures.languages,
        _values(Language),
        lb.language,
        lb,
    )


def consultation_results(figures: ReportFigures, lb: ReportLabels) -> ReportTable:
    tr = lb.tr
    return _breakdown(
        "consultation_results",
        tr.translate("ReportTables", "Consultations by result"),
        tr.translate("ReportTables", "Consultation results"),
        tr.translate("ReportTables", "Result"),
        tr.translate("ReportTables", "Consultations"),
        figures.consultation_results,
        _values(ConsultationResult),
        lb.consultation_result,
        lb,
        notes=(
            tr.translate(
                "ReportTables",
                "Consultations are counted apart from mediations: an appeal "
                "resolved at the consultation stage never becomes a case.",
            ),
        ),
    )


def consultation_topics(figures: ReportFigures, lb: ReportLabels) -> ReportTable:
    tr = lb.tr
    return _breakdown(
        "consultation_topics",
        tr.translate("ReportTables", "Consultations by topic"),
        tr.translate("ReportTables", "Consultation topics"),
        tr.translate("ReportTables", "Topic"),
        tr.translate("ReportTables", "Consultations"),
        figures.consultation_topics,
        _values(Category),
        lb.category,
        lb,
    )


def obligations(figures: ReportFigures, lb: ReportLabels) -> ReportTable:
    tr = lb.tr
    cur = figures.current
    return _breakdown(
        "obligations",
        tr.translate("ReportTables", "Obligations of settlement agreements due in the period"),
        tr.translate("ReportTables", "Obligations"),
        tr.translate("ReportTables", "State at follow-up"),
        tr.translate("ReportTables", "Obligations"),
        figures.obligations,
        _values(ObligationStatus),
        lb.obligation_status,
        lb,
        notes=(
            tr.translate(
                "ReportTables",
                "Obligations whose due date falls in the period, by what the "
                "follow-up found. Follow-ups done in the period: {follow_ups}.",
            ).format(follow_ups=lb.integer(cur.follow_ups)),
        ),
    )


def satisfaction(figures: ReportFigures, lb: ReportLabels) -> ReportTable:
    tr = lb.tr
    cur = figures.current
    mean = "—" if cur.satisfaction_mean is None else lb.decimal(cur.satisfaction_mean, 2)
    return _breakdown(
        "satisfaction",
        tr.translate("ReportTables", "Parties' satisfaction"),
        tr.translate("ReportTables", "Satisfaction"),
        tr.translate("ReportTables", "Score (5 = fully satisfied, 1 = not at all)"),
        tr.translate("ReportTables", "Answers"),
        figures.satisfaction,
        SATISFACTION_KEYS,
        str,
        lb,
        notes=(
            tr.translate(
                "ReportTables",
                "Answers of the parties asked after the mediation ended; mean "
                "score {mean} over {answers} answers.",
            ).format(mean=mean, answers=lb.integer(cur.satisfaction_answers)),
        ),
    )


def mediator_kinds(figures: ReportFigures, lb: ReportLabels) -> ReportTable:
    tr = lb.tr
    kinds = _ordered({m.kind: 1 for m in figures.mediators}, _values(MediatorKind))
    rows = []
    for kind in kinds:
        group = [m for m in figures.mediators if m.kind == kind]
        cases = sum(m.cases for m in group)
        rows.append(
            Row(
                (
                    text(lb.mediator_kind(kind)),
                    count(len(group)),
                    count(cases),
                    count(sum(m.ended for m in group)),
                    count(sum(m.settled for m in group)),
                    Cell(_rate(cases, len(group)), CellKind.DECIMAL),
                )
            )
        )
    everyone = figures.mediators
    cases = sum(m.cases for m in everyone)
    rows.append(
        Row(
            (
                text(tr.translate("ReportTables", "Total")),
                count(len(everyone)),
                count(cases),
                count(sum(m.ended for m in everyone)),
                count(sum(m.settled for m in everyone)),
                Cell(_rate(cases, len(everyone)), CellKind.DECIMAL),
            ),
            total=True,
        )
    )
    return ReportTable(
        key="mediator_kinds",
        title=tr.translate("ReportTables", "Active mediators and their load"),
        sheet=tr.translate("ReportTables", "Mediators' load"),
        columns=(
            Column(tr.translate("ReportTables", "Mediators"), numeric=False, weight=2.6),
            Column(tr.translate("ReportTables", "Active"), weight=1.0),
            Column(tr.translate("ReportTables", "Cases in mediation"), weight=1.2),
            Column(tr.translate("ReportTables", "Ended"), weight=1.0),
            Column(tr.translate("ReportTables", "Settled"), weight=1.0),
            Column(tr.translate("ReportTables", "Cases per mediator"), weight=1.2),
        ),
        rows=tuple(rows),
        notes=(
            tr.translate(
                "ReportTables",
                "A case with two mediators counts for each of them, so the cases "
                "of the mediators may add up to more than the cases in mediation.",
            ),
        ),
    )


def mediators(figures: ReportFigures, lb: ReportLabels) -> ReportTable:
    """Each mediator of a centre by name (a council's hundreds of mediators are summed by kind only)."""
    tr = lb.tr
    people = sorted(figures.mediators, key=lambda m: (-m.cases, m.name))
    rows = tuple(
        Row(
            (
                text(m.name),
                text(lb.mediator_kind(m.kind)),
                count(m.cases),
                count(m.ended),
                count(m.settled),
                percent(m.settled, m.ended),
            )
        )
        for m in people
    )
    return ReportTable(
        key="mediators",
        title=tr.translate("ReportTables", "Load of each mediator"),
        sheet=tr.translate("ReportTables", "Mediators"),
        columns=(
            Column(tr.translate("ReportTables", "Mediator"), numeric=False, weight=2.4),
            Column(tr.translate("ReportTables", "Kind"), numeric=False, weight=1.9),
            Column(tr.translate("ReportTables", "Cases in mediation"), weight=1.1),
            Column(tr.translate("ReportTables", "Ended"), weight=0.9),
            Column(tr.translate("ReportTables", "Settled"), weight=0.9),
            Column(tr.translate("ReportTables", "Settlement rate"), weight=1.1),
        ),
        rows=rows,
        empty_text=tr.translate("ReportTables", "No mediator had a case in mediation in this period."),
    )


def units(figures: ReportFigures, lb: ReportLabels) -> ReportTable:
    """A council's units directly below it, one row each with everything below that unit, and the total."""
    tr = lb.tr
    lang = lb.lang

    def cells(name: str, h: Headline) -> tuple[Cell, ...]:
        return (
            text(name),
            count(h.consultations),
            count(h.received),
            count(h.ended),
            count(h.settled),
            Cell(h.settlement_rate, CellKind.PERCENT),
            percent(h.obligations_kept, h.obligations_due),
            Cell(h.median_days_to_end, CellKind.DECIMAL),
            count(h.open_at_end),
            count(h.overdue_at_end),
            count(h.active_mediators),
        )

    rows = [
        Row(cells(row.names.get(lang) or row.names.get("en") or row.unit_code, row.figures))
        for row in figures.units
    ]
    rows.append(Row(cells(tr.translate("ReportTables", "Total"), figures.current), total=True))
    return ReportTable(
        key="units",
        title=tr.translate("ReportTables", "Units of the council"),
        sheet=tr.translate("ReportTables", "Units"),
        columns=(
            Column(tr.translate("ReportTables", "Unit"), numeric=False, weight=3.4),
            Column(tr.translate("ReportTables", "Consultations"), weight=1.15),
            Column(tr.translate("ReportTables", "Received"), weight=1.0),
            Column(tr.translate("ReportTables", "Ended"), weight=0.95),
            Column(tr.translate("ReportTables", "Settled"), weight=0.95),
            Column(tr.translate("ReportTables", "Settlement rate"), weight=1.1),
            Column(tr.translate("ReportTables", "Obligations kept"), weight=1.1),
            Column(tr.translate("ReportTables", "Median days"), weight=0.95),
            Column(tr.translate("ReportTables", "Open at the end"), weight=1.0),
            Column(tr.translate("ReportTables", "Overdue"), weight=0.95),
            Column(tr.translate("ReportTables", "Active mediators"), weight=1.05),
        ),
        rows=tuple(rows),
        notes=(
            tr.translate(
                "ReportTables",
                "Each row holds the unit and every unit below it. The total is the "
                "whole council, including cases registered by the council itself.",
            ),
        ),
        wide=True,
    )


def _month_of(period: str, lb: ReportLabels, *, short: bool) -> str:
    year, month = int(period[:4]), int(period[5:7])
    return lb.short_month(year, month) if short else lb.month_title(year, month)


def completeness(figures: ReportFigures, lb: ReportLabels) -> ReportTable:
    """A council's reporting completeness: one column per month, the counts of units down the side."""
    tr = lb.tr
    months = figures.completeness
    short = len(months) > 1  # "10.2026" side by side; a single month in words

    def row(label: str, value: Callable[[CompletenessMonth], Cell], indent: bool = False) -> Row:
        return Row((text(label), *(value(m) for m in months)), indent=indent)

    rows = (
        row(tr.translate("ReportTables", "Due by"), lambda m: text(lb.date(m.deadline))),
        row(tr.translate("ReportTables", "Units expected to report"), lambda m: count(m.expected)),
        row(tr.translate("ReportTables", "Sent on time"), lambda m: count(m.on_time), True),
        row(tr.translate("ReportTables", "Sent late"), lambda m: count(m.late), True),
        row(tr.translate("ReportTables", "Missing"), lambda m: count(m.missing), True),
        row(tr.translate("ReportTables", "Not yet due"), lambda m: count(m.pending), True),
        row(
            tr.translate("ReportTables", "Share sent on time"),
            lambda m: percent(m.on_time, m.expected - m.pending),
        ),
    )
    return ReportTable(
        key="completeness",
        title=tr.translate("ReportTables", "Reporting completeness"),
        sheet=tr.translate("ReportTables", "Completeness"),
        columns=(
            Column(tr.translate("ReportTables", "Monthly packages"), numeric=False, weight=3.0),
            *(Column(_month_of(m.period, lb, short=short), weight=1.0) for m in months),
        ),
        rows=rows,
        notes=(
            tr.translate(
                "ReportTables",
                "A unit below the council is expected to report a month when it was open on at least "
                "one day of it. On time: its first package for the month was completed by the day in "
                "the first row; missing: nothing has come and that day has passed. Share sent on time "
                "= sent on time ÷ (expected − not yet due).",
            ),
        ),
        wide=len(months) > 6,  # a year's twelve months: on the landscape pages with the units
    )


def reporting_gaps(figures: ReportFigures, lb: ReportLabels) -> ReportTable:
    """The units whose package for a month of the report came late or not at all, one line each."""
    tr = lb.tr
    lang = lb.lang
    short = len(figures.completeness) > 1

    def months(periods: Sequence[str]) -> Cell:
        return text(", ".join(_month_of(p, lb, short=short) for p in periods)) if periods else Cell(None)

    rows = tuple(
        Row(
            (
                text(gap.names.get(lang) or gap.names.get("en") or gap.unit_code),
                text(gap.unit_code),
                months(gap.missing),
                months(gap.late),
            )
        )
        for gap in figures.reporting_gaps
    )
    return ReportTable(
        key="reporting_gaps",
        title=tr.translate("ReportTables", "Units that have not reported, or reported late"),
        sheet=tr.translate("ReportTables", "Late or missing"),
        columns=(
            Column(tr.translate("ReportTables", "Unit"), numeric=False, weight=3.4),
            Column(tr.translate("ReportTables", "Code"), numeric=False, weight=1.2),
            Column(tr.translate("ReportTables", "Missing"), numeric=False, weight=2.0),
            Column(tr.translate("ReportTables", "Sent late"), numeric=False, weight=2.0),
        ),
        rows=rows,
        empty_text=tr.translate("ReportTables", "No unit is late or missing with its monthly package."),
    )


# --- early warning (councils)


def signal_indicator(indicator: str, lb: ReportLabels) -> str:
    """What a signal counts, in the report's language."""
    tr = lb.tr
    names = {
        "inter_ethnic": tr.translate("ReportTables", "Inter-ethnic cases"),
        "group_dispute": tr.translate("ReportTables", "Group disputes"),
        "high_risk": tr.translate("ReportTables", "High-risk cases"),
        "recurrence": tr.translate("ReportTables", "Recurrences"),
        "consultations_inter_ethnic": tr.translate("ReportTables", "Inter-ethnic consultations"),
    }
    return names.get(indicator, indicator)


def signal_level(level: str, lb: ReportLabels) -> str:
    tr = lb.tr
    names = {
        "normal": tr.translate("ReportTables", "Normal"),
        "watch": tr.translate("ReportTables", "Watch"),
        "alert": tr.translate("ReportTables", "Alert"),
    }
    return names.get(level, level)


def signal_place(names: Mapping[str, str], code: str, lb: ReportLabels) -> str:
    return names.get(lb.lang) or names.get("en") or code


def _signal_month(warning: EarlyWarning, lb: ReportLabels) -> str:
    year, month = (int(part) for part in warning.period.split("-"))
    return lb.month_title(year, month)


def early_warning(figures: ReportFigures, lb: ReportLabels) -> ReportTable:
    """The places at watch or alert in the last month begun, alerts first."""
    tr = lb.tr
    warning = figures.early_warning
    assert warning is not None  # report_tables asks only when there is a section
    month = _signal_month(warning, lb)
    rows = tuple(
        Row(
            (
                text(signal_place(row.names, row.place_code, lb)),
                text(row.place_code),
                text(signal_indicator(row.indicator, lb)),
                count(row.count),
                Cell(row.expected, CellKind.DECIMAL),
                text(signal_level(row.level, lb)),
            )
        )
        for row in warning.raised
    )
    return ReportTable(
        key="early_warning",
        title=tr.translate("ReportTables", "Early warning signals, {month}").format(month=month),
        sheet=tr.translate("ReportTables", "Early warning"),
        columns=(
            Column(tr.translate("ReportTables", "District or unit"), numeric=False, weight=3.2),
            Column(tr.translate("ReportTables", "Code"), numeric=False, weight=1.3),
            Column(tr.translate("ReportTables", "What is counted"), numeric=False, weight=2.2),
            Column(tr.translate("ReportTables", "Count"), weight=0.9),
            Column(tr.translate("ReportTables", "Expected"), weight=1.0),
            Column(tr.translate("ReportTables", "Level"), numeric=False, weight=1.1),
        ),
        rows=rows,
        notes=(
            tr.translate(
                "ReportTables",
                "Each district and unit is compared with its own average of the previous {months} months "
                "(Expected). Watch: a count this high would come by chance less than once in {watch} "
                "months; alert: less than once in {alert} (a one-sided Poisson test). Fewer than {minimum} "
                "cases are never a signal. Local cases and those received from the units below count alike.",
            ).format(
                months=warning.baseline_months,
                watch=lb.integer(warning.watch_one_in),
                alert=lb.integer(warning.alert_one_in),
                minimum=warning.min_count,
            ),
        ),
        empty_text=tr.translate(
            "ReportTables", "No district or unit is at watch or alert in {month} ({signals} signals checked)."
        ).format(month=month, signals=lb.integer(warning.signals)),
    )


def early_warning_trends(figures: ReportFigures, lb: ReportLabels) -> ReportTable:
    """Twelve months of the top raised signals: each one's count and what its baseline expected.

    The PDF draws these as a chart (signal_charts.py); the XLSX keeps the numbers."""
    tr = lb.tr
    warning = figures.early_warning
    assert warning is not None and warning.trends
    first = warning.trends[0].months
    columns = [Column(tr.translate("ReportTables", "Month"), numeric=False, weight=1.6)]
    for trend_ in warning.trends:
        place = signal_place(trend_.names, trend_.place_code, lb)
        columns.append(Column(f"{place}: {signal_indicator(trend_.indicator, lb)}", weight=1.4))
        columns.append(Column(tr.translate("ReportTables", "Expected"), weight=1.0))
    rows = tuple(
        Row(
            (
                text(lb.month_title(point.year, point.month)),
                *(
                    cell
                    for trend_ in warning.trends
                    for cell in (
                        count(trend_.months[i].count),
                        Cell(trend_.months[i].expected, CellKind.DECIMAL),
                    )
                ),
            )
        )
        for i, point in enumerate(first)
    )
    return ReportTable(
        key="early_warning_trends",
        title=tr.translate("ReportTables", "Early warning signals: the last twelve months"),
        sheet=tr.translate("ReportTables", "Signals by month"),
        columns=tuple(columns),
        rows=rows,
    )


def months_begun(figures: ReportFigures) -> list[MonthPoint]:
    """The trend's months that had begun when the figures were made.

    A year's report made in November has no December yet: a row of zeros (and a chart line falling
    to nothing) would read as a month in which nobody came.
    """
    today = local_date(figures.made_at)
    return [p for p in figures.trend if (p.year, p.month) <= (today.year, today.month)]


def trend(figures: ReportFigures, lb: ReportLabels) -> ReportTable:
    tr = lb.tr
    rows = tuple(
        Row(
            (
                text(lb.month_title(p.year, p.month)),
                count(p.received),
                count(p.ended),
                count(p.settled),
                percent(p.settled, p.ended),
                count(p.consultations),
            )
        )
        for p in months_begun(figures)
    )
    return ReportTable(
        key="trend",
        title=tr.translate("ReportTables", "The last twelve months"),
        sheet=tr.translate("ReportTables", "Twelve months"),
        columns=(
            Column(tr.translate("ReportTables", "Month"), numeric=False, weight=2.0),
            Column(tr.translate("ReportTables", "Cases received"), weight=1.2),
            Column(tr.translate("ReportTables", "Mediations ended"), weight=1.2),
            Column(tr.translate("ReportTables", "Settled"), weight=1.0),
            Column(tr.translate("ReportTables", "Settlement rate"), weight=1.1),
            Column(tr.translate("ReportTables", "Consultations"), weight=1.2),
        ),
        rows=rows,
        empty_text=tr.translate("ReportTables", "No months to show."),
    )


def report_tables(figures: ReportFigures, lang: str) -> list[ReportTable]:
    """Every table of the report, in the order the PDF prints them and the XLSX lists its sheets."""
    lb = labels(lang)
    tables = [key_figures(figures, lb)]
    if is_council(figures):
        tables.append(units(figures, lb))
    if figures.completeness:
        tables += [completeness(figures, lb), reporting_gaps(figures, lb)]
    if figures.early_warning is not None:
        tables.append(early_warning(figures, lb))
        if figures.early_warning.trends:
            tables.append(early_warning_trends(figures, lb))
    tables += [
        outcomes(figures, lb),
        termination_reasons(figures, lb),
        category_outcomes(figures, lb),
        channels(figures, lb),
        flags(figures, lb),
        parties_by_sex(figures, lb),
        parties_by_age(figures, lb),
        languages(figures, lb),
        consultation_results(figures, lb),
        consultation_topics(figures, lb),
        obligations(figures, lb),
        satisfaction(figures, lb),
        mediator_kinds(figures, lb),
    ]
    if not is_council(figures):
        tables.append(mediators(figures, lb))
    tables.append(trend(figures, lb))
    return tables


def highlights(figures: ReportFigures, lang: str) -> list[Highlight]:
    """Settlement rate, obligations kept and median days side by side, each with what it is made of."""
    lb = labels(lang)
    tr = lb.tr
    cur = figures.current
    kept = _rate(cur.obligations_kept, cur.obligations_due)
    return [
        Highlight(
            tr.translate("ReportTables", "Settlement rate"),
            "—" if cur.settlement_rate is None else lb.percent(cur.settlement_rate),
            tr.translate(
                "ReportTables", "{settled} of {ended} mediations ended were settled in full or in part"
            ).format(settled=lb.integer(cur.settled), ended=lb.integer(cur.ended)),
        ),
        Highlight(
            tr.translate("ReportTables", "Obligations kept at follow-up"),
            "—" if kept is None else lb.percent(kept),
            tr.translate(
                "ReportTables", "{kept} of {due} obligations due in the period were kept in full"
            ).format(kept=lb.integer(cur.obligations_kept), due=lb.integer(cur.obligations_due)),
        ),
        Highlight(
            tr.translate("ReportTables", "Median days to the end"),
            "—" if cur.median_days_to_end is None else lb.decimal(cur.median_days_to_end),
            tr.translate(
                "ReportTables",
                "from intake to the end of mediation; {within} of {under} ended within the term",
            ).format(within=lb.integer(cur.within_term), under=lb.integer(cur.ended_under_agreement)),
        ),
    ]
