"""The report as an A4 PDF to print and sign: title block, key figures, charts and every table.

The tables come from report_tables.py (the same the XLSX holds); this module only lays them out.
Tables that run over a page repeat their heading row; short tables are kept whole with their title;
narrow breakdowns stand two side by side so the paper stays short.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.reports import charts, signal_charts
from app.reports.figures import ReportFigures
from app.reports.fonts import BOLD, CONDENSED, CONDENSED_BOLD, REGULAR
from app.reports.labels import ReportLabels, labels
from app.reports.pdf_page import (
    FRAME_WIDTH,
    HEADER_FILL,
    INK,
    LANDSCAPE,
    LANDSCAPE_FRAME_WIDTH,
    MUTED,
    PORTRAIT,
    RULE,
    ZEBRA_FILL,
    PageFooter,
    Styles,
    build_pdf,
    local_stamp,
    styles,
    turn_to,
)
from app.reports.report_tables import ReportTable, heading, highlights, report_tables

# Narrow breakdowns printed side by side, each pair in one band.
PAIRS = (
    ("outcomes", "termination_reasons"),
    ("channels", "flags"),
    ("parties_by_sex", "parties_by_age"),
    ("languages", "satisfaction"),
    ("consultation_results", "consultation_topics"),
)
KEEP_WHOLE_ROWS = 16  # a table this short is never split from its title
PAIR_GAP = 6 * mm
NARROW_COLUMNS = 3  # a name, a count and a share: printed at NARROW_SHARE of the width when alone
NARROW_SHARE = 0.62
MIN_HEADING_SIZE = 6.5


@dataclass(frozen=True)
class Signatories:
    prepared_by: str | None = None
    approved_by: str | None = None


def render_pdf(
    figures: ReportFigures,
    lang: str,
    target: str | IO[bytes],
    signatories: Signatories | None = None,
    tables: Sequence[ReportTable] | None = None,
) -> int:
    """Write the report's PDF to `target`; returns the number of pages."""
    tables = list(tables) if tables is not None else report_tables(figures, lang)
    head = heading(figures, lang)
    story = _story(figures, lang, tables, signatories or Signatories())
    footer = PageFooter(
        lang=lang,
        made_at=figures.made_at,
        fingerprint=figures.fingerprint(),
        left=f"{head.title} · {head.unit_name} · {head.period}",
    )
    return build_pdf(
        target,
        story,
        footer,
        title=f"{head.title}: {head.unit_name}, {head.period}",
        author=head.unit_name,
        subject=head.service,
    )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _story(
    figures: ReportFigures, lang: str, tables: list[ReportTable], signatories: Signatories
) -> list[Flowable]:
    st = styles()
    tr = labels(lang).tr
    by_key = {t.key: t for t in tables}
    story: list[Flowable] = [*_title_block(figures, lang, signatories, st)]
    story += _highlights(figures, lang, st)
    story += _table_block(by_key.pop("key_figures"), lang, st, FRAME_WIDTH)
    wide = [t for t in tables if t.wide and t.key in by_key]
    if wide:
        # A council's units (eleven columns) and categories x outcomes: on landscape pages, where the
        # Kazakh and Russian headings (Консультациялар, Урегулировано) fit without breaking a word.
        story += turn_to(LANDSCAPE)
        for table in wide:
            story += _table_block(by_key.pop(table.key), lang, st, LANDSCAPE_FRAME_WIDTH)
        story += turn_to(PORTRAIT)
    else:
        story.append(CondPageBreak(90 * mm))
    story += _chart(
        tr.translate("ReportPdf", "Cases received by category"),
        charts.categories_chart(figures, lang, FRAME_WIDTH),
        st,
    )
    story += _chart(
        tr.translate("ReportPdf", "Outcomes of the mediations ended"),
        charts.outcomes_chart(figures, lang, FRAME_WIDTH),
        st,
    )
    story += _chart(
        tr.translate("ReportPdf", "Cases received and mediations ended, last twelve months"),
        charts.trend_chart(figures, lang, FRAME_WIDTH),
        st,
    )
    paired = {key for pair in PAIRS for key in pair}
    by_key.pop("early_warning_trends", None)  # drawn as a chart after the signals; the XLSX keeps the numbers
    for table in tables:
        if table.key not in by_key:
            continue
        partner = next((b if a == table.key else a for a, b in PAIRS if table.key in (a, b)), None)
        if table.key in paired and partner in by_key:
            first, second = (table, by_key[partner])
            by_key.pop(first.key)
            by_key.pop(second.key)
            story += [_pair(first, second, lang, st), Spacer(1, 3 * mm)]
        else:
            by_key.pop(table.key)
            narrow = len(table.columns) <= NARROW_COLUMNS
            story += _table_block(table, lang, st, FRAME_WIDTH * (NARROW_SHARE if narrow else 1.0))
            story.append(Spacer(1, 3 * mm))  # as after a pair: a band's title must not touch the table above
        if table.key == "early_warning" and figures.early_warning and figures.early_warning.trends:
            story += _chart(
                tr.translate("ReportPdf", "Early warning signals: the last twelve months"),
                signal_charts.signal_trends_chart(figures, lang, FRAME_WIDTH),
                st,
            )
    story += _definitions(tables, lang, st)
    return story


def _definitions(tables: Sequence[ReportTable], lang: str, st: Styles) -> list[Flowable]:
    """The closing section: the longer definitions, so the first page keeps its table whole."""
    items = [text for table in tables for text in table.definitions]
    if not items:
        return []
    title = labels(lang).tr.translate("ReportPdf", "How the figures are counted")
    return [KeepTogether([_p(title, st.heading), *(_p(text, st.note) for text in items)])]


def _title_block(figures: ReportFigures, lang: str, signatories: Signatories, st: Styles) -> list[Flowable]:
    lb = labels(lang)
    tr = lb.tr
    head = heading(figures, lang)
    # The time made and the fingerprint are also in every page's footer; here once, where a reader
    # looks for them first.
    info = [
        (tr.translate("ReportPdf", "Unit"), f"{head.unit_name} ({figures.unit_code}), {head.unit_kind}"),
        (tr.translate("ReportPdf", "Period"), f"{head.period} ({head.period_dates})"),
        (tr.translate("ReportPdf", "Language of the report"), lb.report_language()),
        (
            tr.translate("ReportPdf", "Made; data fingerprint"),
            f"{local_stamp(figures.made_at)}; {figures.fingerprint()}",
        ),
    ]
    info_table = Table(
        [[_p(k, st.small), _p(v, st.small)] for k, v in info],
        colWidths=[48 * mm, FRAME_WIDTH - 48 * mm],
        hAlign="LEFT",
    )
    info_table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
            ]
        )
    )
    return [
        _p(f"{head.assembly} · {head.service}", st.centred),
        Spacer(1, 2 * mm),
        _p(head.unit_name, st.subtitle),
        Spacer(1, 1 * mm),
        _p(f"{head.title}: {head.period}", st.title),
        Spacer(1, 2 * mm),
        info_table,
        Spacer(1, 2.5 * mm),
        _signatures(lang, signatories, st),
    ]


def _signatures(lang: str, signatories: Signatories, st: Styles) -> Table:
    """Prepared by / approved by: the name (or a line to write it), a signature line and a date line."""
    tr = labels(lang).tr
    line = "_" * 22
    date_line = "«___» ____________ 20___"
    caption = st.note
    rows: list[list[Any]] = []
    for role, name in (
        (tr.translate("ReportPdf", "Prepared by"), signatories.prepared_by),
        (tr.translate("ReportPdf", "Approved by"), signatories.approved_by),
    ):
        rows.append(
            [_p(role, st.small), _p(name or "_" * 30, st.small), _p(line, st.small), _p(date_line, st.small)]
        )
        rows.append(
            [
                "",
                _p(tr.translate("ReportPdf", "(full name)"), caption),
                _p(tr.translate("ReportPdf", "(signature)"), caption),
                _p(tr.translate("ReportPdf", "(date)"), caption),
            ]
        )
    table = Table(rows, colWidths=[30 * mm, 62 * mm, 40 * mm, FRAME_WIDTH - 132 * mm], hAlign="LEFT")
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 2), (-1, 2), 7),
            ]
        )
    )
    return table


def _highlights(figures: ReportFigures, lang: str, st: Styles) -> list[Flowable]:
    boxes = highlights(figures, lang)
    width = FRAME_WIDTH / len(boxes)
    value_style = st.title.clone("highlight_value", fontSize=17, leading=21, spaceAfter=0)
    cells = [
        [
            [
                _p(box.title, st.cell_head.clone("highlight_title", alignment=1)),
                _p(box.value, value_style),
                _p(box.detail, st.note.clone("highlight_detail", alignment=1)),
            ]
            for box in boxes
        ]
    ]
    table = Table(cells, colWidths=[width] * len(boxes))
    table.setStyle(
        _table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), ZEBRA_FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [Spacer(1, 3 * mm), table, Spacer(1, 1 * mm)]


def _table_style(commands: list[Any]) -> TableStyle:
    """A table style that starts in DejaVu: a Table sets its own default font (Helvetica) for any cell
    that is plain text, even an empty one, and would name it in the page's resources."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 8), *commands])


def _chart(title: str, drawing: Flowable, st: Styles) -> list[Flowable]:
    return [KeepTogether([_p(title, st.heading), drawing, Spacer(1, 2 * mm)])]


def _table_block(table: ReportTable, lang: str, st: Styles, width: float) -> list[Flowable]:
    """The title, the table (or what to say when it has no rows) and its notes."""
    title = _p(table.title, st.heading)
    notes: list[Flowable] = [_p(note, st.note) for note in table.notes]
    if not table.rows:
        return [KeepTogether([title, _p(table.empty_text, st.body), *notes])]
    grid = _grid(table, lang, st, width)
    if len(table.rows) <= KEEP_WHOLE_ROWS:
        return [KeepTogether([title, grid, *notes])]
    # A long table splits (repeating its heading row); its notes are never split between two pages.
    return [title, grid, KeepTogether(notes)] if notes else [title, grid]


def _grid(table: ReportTable, lang: str, st: Styles, width: float) -> Table:
    lb = labels(lang)
    if table.wide:
        head_text, head_number = st.cell_condensed_head, st.cell_condensed_head_number
        body_text, body_number = st.cell_condensed, st.cell_condensed_number
    else:
        head_text, head_number, body_text, body_number = (
            st.cell_head,
            st.cell_head_number,
            st.cell,
            st.cell_number,
        )
    widths = _column_widths(table, lb, width, head_text, body_text)
    # Headings too long for the page in this language (Урегулировано, Консультациялар): a smaller
    # heading face first; as a last resort the columns are narrowed and a heading word may break.
    while sum(widths) > width + 0.5 and head_text.fontSize > MIN_HEADING_SIZE:
        size = head_text.fontSize - 0.5
        head_text = head_text.clone(f"{head_text.name}_{size}", fontSize=size, leading=size * 1.2)
        head_number = head_number.clone(f"{head_number.name}_{size}", fontSize=size, leading=size * 1.2)
        widths = _column_widths(table, lb, width, head_text, body_text)
    if sum(widths) > width + 0.5:
        widths = [w * width / sum(widths) for w in widths]
    data = [[_p(c.heading, head_number if c.numeric else head_text) for c in table.columns]]
    for row in table.rows:
        cells = []
        for column, cell in zip(table.columns, row.cells, strict=True):
            content = escape(cell.text(lb))
            if row.total:
                content = f"<b>{content}</b>"
            style = body_number if column.numeric else body_text
            if row.indent and not column.numeric:
                style = style.clone(f"{style.name}_indent", leftIndent=8)
            cells.append(Paragraph(content, style))
        data.append(cells)
    grid = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands: list[Any] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for index, row in enumerate(table.rows, start=1):
        if row.total:
            commands.append(("LINEABOVE", (0, index), (-1, index), 0.8, INK))
        elif index % 2 == 0:
            commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA_FILL))
    grid.setStyle(_table_style(commands))
    return grid


def _column_widths(
    table: ReportTable, lb: ReportLabels, width: float, head: ParagraphStyle, body: ParagraphStyle
) -> list[float]:
    """Widths from the columns' weights, widened so no heading word or number is broken in two.

    A Kazakh heading word (Консультациялар) or a big number must fit its column whole; the text
    columns (names, which wrap at spaces) give up the room, never below their own longest word.
    """
    padding = 6.5  # left and right cell padding, and a hair to spare
    bold = _bold_of(body.fontName)

    def widest_word(text: str, font: str, size: float) -> float:
        return max((stringWidth(word, font, size) for word in text.split()), default=0.0)

    need, whole = [], []  # the narrowest width without breaking a word; a text column's unwrapped width
    for i, column in enumerate(table.columns):
        heading = widest_word(column.heading, head.fontName, head.fontSize)
        # (text, font): a total row is set in bold, and bold is wider.
        texts = [(row.cells[i].text(lb), bold if row.total else body.fontName) for row in table.rows]
        if column.numeric:
            cells = max((stringWidth(text, font, body.fontSize) for text, font in texts), default=0.0)
            whole.append(0.0)
        else:
            cells = max((widest_word(text, font, body.fontSize) for text, font in texts), default=0.0)
            whole.append(
                max((stringWidth(text, font, body.fontSize) for text, font in texts), default=0.0) + padding
            )
        need.append(max(heading, cells) + padding)
    weights = [c.weight for c in table.columns]
    share = [width * w / sum(weights) for w in weights]
    # Numbers as narrow as they can be; the text columns their share of the page, or their longest word.
    widths = [need[i] if c.numeric else max(need[i], share[i]) for i, c in enumerate(table.columns)]
    excess = sum(widths) - width
    if excess > 0:
        # Too wide (many columns): the text columns give way down to their longest word; names wrap.
        slack = {i: widths[i] - need[i] for i, c in enumerate(table.columns) if not c.numeric}
        total_slack = sum(slack.values())
        for i, room in slack.items():
            if total_slack > 0:
                widths[i] -= min(room, excess * room / total_slack)
        return widths
    # Room to spare: first so that names need not wrap, then to every column by its weight.
    spare = -excess
    short = {
        i: whole[i] - widths[i] for i, c in enumerate(table.columns) if not c.numeric and whole[i] > widths[i]
    }
    if short:
        given = min(spare, sum(short.values()))
        for i, missing in short.items():
            widths[i] += given * missing / sum(short.values())
        spare -= given
    widths = [w + spare * weight / sum(weights) for w, weight in zip(widths, weights, strict=True)]
    return widths


def _bold_of(font: str) -> str:
    return CONDENSED_BOLD if font == CONDENSED else BOLD


def _pair(first: ReportTable, second: ReportTable, lang: str, st: Styles) -> Table:
    """Two narrow tables side by side, each with its title and notes; kept on one page."""
    half = (FRAME_WIDTH - PAIR_GAP) / 2

    def column(table: ReportTable) -> list[Flowable]:
        title = _p(table.title, st.heading)
        notes = [_p(note, st.note) for note in table.notes]
        if not table.rows:
            return [title, _p(table.empty_text, st.body), *notes]
        return [title, _grid(table, lang, st, half), *notes]

    band = Table([[column(first), "", column(second)]], colWidths=[half, PAIR_GAP, half], hAlign="LEFT")
    band.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return band
