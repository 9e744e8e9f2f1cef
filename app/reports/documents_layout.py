"""The building blocks every case document shares: title block, parties, mediators, clauses, signatures.

Documents are printed to be signed by hand, so whatever the record does not hold (a person's name
without their consent, an IIN not given, the date of signing) becomes a blank line, never a word
such as "unknown". All text is escaped before it goes into a ReportLab Paragraph (mini-HTML), and
every cell is a Paragraph so that long names and long obligations wrap instead of running off the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.models.enums import Category, Language, MediatorKind, ParticipantRole
from app.reports import documents_words, pdf_page
from app.reports.documents_data import MediatorLine, PartyLine
from app.reports.fonts import REGULAR
from app.reports.labels import labels
from app.reports.texts import Texts, texts

BLANK = "_" * 34  # a name or an address written in by hand
BLANK_SHORT = "_" * 16  # an IIN, a register number
BLANK_DATE = "____.____.__________"  # dd.MM.yyyy by hand
SIGNATURE_LINE = "_" * 22
CELL_PADDING = 6  # ReportLab's default left and right padding of a table cell, in points


def day(value: date | None) -> str:
    return BLANK_DATE if value is None else f"{value:%d.%m.%Y}"


def blank_cell(width: float, style: ParagraphStyle) -> str:
    """A line to write on that fills a table cell of `width` points, with room above it for the hand."""
    room = width - 2 * CELL_PADDING - 1
    count = max(int(room // stringWidth("_", style.fontName, style.fontSize)), 4)
    return "<br/>" + "_" * count


def esc(text: str) -> str:
    """Plain text for a Paragraph: markup characters escaped, line breaks kept."""
    return escape(text.strip()).replace("\n", "<br/>")


@dataclass(frozen=True)
class DocStyles:
    letterhead: ParagraphStyle
    title: ParagraphStyle
    number: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle  # clauses: justified, as a lawyer's text is set
    compact: ParagraphStyle  # the consent: all its terms and both signatures on one page
    plain: ParagraphStyle
    right: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    caption: ParagraphStyle  # "(signature)" under a line


@cache
def doc_styles() -> DocStyles:
    base = pdf_page.styles()
    body = ParagraphStyle("doc_body", parent=base.body, fontSize=10, leading=13.6, alignment=TA_JUSTIFY)
    return DocStyles(
        letterhead=ParagraphStyle(
            "doc_letterhead", parent=base.small, alignment=TA_CENTER, textColor=pdf_page.MUTED
        ),
        title=ParagraphStyle(
            "doc_title", parent=base.title, fontSize=14, leading=18, spaceBefore=4, spaceAfter=2
        ),
        number=ParagraphStyle("doc_number", parent=base.subtitle, fontSize=10.5, leading=14, spaceAfter=8),
        heading=ParagraphStyle("doc_heading", parent=base.heading, fontSize=10.5, leading=14, spaceBefore=9),
        body=ParagraphStyle("doc_clause", parent=body, spaceAfter=3),
        compact=ParagraphStyle("doc_compact", parent=body, fontSize=9.5, leading=12.6, spaceAfter=2.5),
        plain=ParagraphStyle("doc_plain", parent=body, alignment=0),
        right=ParagraphStyle("doc_right", parent=body, alignment=TA_RIGHT),
        cell=ParagraphStyle("doc_cell", parent=base.cell, fontSize=9, leading=11.5),
        cell_head=ParagraphStyle("doc_cell_head", parent=base.cell_head, fontSize=8.5, leading=11),
        caption=ParagraphStyle(
            "doc_caption",
            parent=base.small,
            fontSize=7,
            leading=8.5,
            textColor=pdf_page.MUTED,
            alignment=TA_CENTER,
        ),
    )


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A TableStyle whose cells' own font is DejaVu too.

    Every cell holds a Paragraph with its own font, yet a Table still sets its default cell font
    (Helvetica) on the canvas, which would put a non-embedded font into the page's resources.
    """
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 9), *commands])


def grid(rows: list[list[Flowable]], widths: Sequence[float], *, header: bool = True) -> Table:
    """A ruled table whose first row (the column names) repeats on a new page."""
    # splitInRow: a row taller than what is left of the page (a long obligation) continues on the
    # next one instead of leaving the rest of this page empty.
    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT", splitInRow=1)
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, pdf_page.RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), pdf_page.HEADER_FILL))
    table.setStyle(table_style(*commands))
    table.spaceAfter = 3 * mm
    return table


class Writer:
    """Makes the flowables of one document in one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.tr: Texts = texts(lang)
        self.st = doc_styles()

    # --- words (documents_words.py; categories and mediator types as the reports name them) -------
    def role(self, role: ParticipantRole) -> str:
        return documents_words.role(self.tr, role)

    def mediator_kind(self, kind: MediatorKind) -> str:
        return labels(self.lang).mediator_kind(kind.value)

    def category(self, category: Category) -> str:
        return labels(self.lang).category(category.value)

    def language_clause(self, language: Language | None) -> str:
        sentence = documents_words.language_sentence(self.tr, language)
        if sentence is not None:
            return esc(sentence)
        # "Other" or not recorded: the parties write the language in by hand.
        return esc(documents_words.agreed_language_lead(self.tr)) + f" {BLANK_SHORT}."

    # --- blocks ----------------------------------------------------------------------------------
    def para(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(esc(text), style or self.st.body)

    def title_block(
        self, unit_name: str, title: str, number_line: str, place: str, on: date | None
    ) -> list[Flowable]:
        """The unit as a letterhead, the title, its number, then the place and date of signing."""
        st = self.st
        place_date = Table(
            [[Paragraph(esc(place), st.plain), Paragraph(esc(day(on)), st.right)]],
            colWidths=[pdf_page.FRAME_WIDTH * 0.62, pdf_page.FRAME_WIDTH * 0.38],
        )
        place_date.setStyle(
            table_style(("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0))
        )
        return [
            Paragraph(esc(unit_name), st.letterhead),
            Spacer(1, 3 * mm),
            Paragraph(esc(title.upper()), st.title),
            Paragraph(esc(number_line), st.number),
            place_date,
            Spacer(1, 3 * mm),
        ]

    def markup(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of text that is already escaped (it may hold blank lines or bold)."""
        return Paragraph(markup, style or self.st.body)

    def heading(self, text: str) -> Paragraph:
        return Paragraph(esc(text), self.st.heading)

    def clause(self, number: str, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A numbered clause; `markup` is already escaped (it may hold a blank line or bold)."""
        return Paragraph(f"{number}&nbsp;{markup}", style or self.st.body)

    def parties_table(self, parties: Sequence[PartyLine]) -> Table:
        tr, st = self.tr, self.st
        head = [
            tr.translate("Documents", "No."),
            tr.translate("Documents", "Party"),
            tr.translate("Documents", "Full name or name"),
            tr.translate("Documents", "IIN / BIN"),
            tr.translate("Documents", "Address, contacts"),
        ]
        w = pdf_page.FRAME_WIDTH
        widths = [0.06 * w, 0.15 * w, 0.3 * w, 0.17 * w, 0.32 * w]
        rows: list[list[Flowable]] = [[Paragraph(esc(h), st.cell_head) for h in head]]
        for i, party in enumerate(parties, start=1):
            rows.append(
                [
                    Paragraph(str(i), st.cell),
                    Paragraph(esc(self.role(party.role)), st.cell),
                    Paragraph(esc(party.name) if party.name else blank_cell(widths[2], st.cell), st.cell),
                    Paragraph(
                        esc(party.id_number) if party.id_number else blank_cell(widths[3], st.cell), st.cell
                    ),
                    Paragraph(self._contacts(party, widths[4]), st.cell),
                ]
            )
        return grid(rows, widths)

    def _contacts(self, party: PartyLine, width: float) -> str:
        lines = [esc(party.address) if party.address else blank_cell(width, self.st.cell)]
        lines += [esc(contact) for contact in (party.phone, party.email) if contact]
        return "<br/>".join(lines)

    def others_paragraph(self, others: Sequence[PartyLine]) -> Paragraph | None:
        if not others:
            return None
        names = "; ".join(f"{esc(self.role(p.role))} – {esc(p.name) if p.name else BLANK}" for p in others)
        lead = esc(self.tr.translate("Documents", "Also taking part in the mediation:"))
        return Paragraph(f"{lead} {names}.", self.st.body)

    def mediators_table(self, mediators: Sequence[MediatorLine]) -> Table:
        tr, st = self.tr, self.st
        head = [
            tr.translate("Documents", "Mediator"),
            tr.translate("Documents", "Type of mediator"),
            tr.translate("Documents", "Register number"),
        ]
        w = pdf_page.FRAME_WIDTH
        widths = [0.45 * w, 0.3 * w, 0.25 * w]
        rows: list[list[Flowable]] = [[Paragraph(esc(h), st.cell_head) for h in head]]
        co_mediator = esc(tr.translate("Documents", "co-mediator"))
        for m in mediators:
            name = esc(m.name)
            if not m.lead and len(mediators) > 1:
                name += f" ({co_mediator})"
            number = esc(m.register_number) if m.register_number else blank_cell(widths[2], st.cell)
            rows.append(
                [
                    Paragraph(name, st.cell),
                    Paragraph(esc(self.mediator_kind(m.kind)), st.cell),
                    Paragraph(number, st.cell),
                ]
            )
        if not mediators:  # not assigned yet: written in by hand
            rows.append([Paragraph(blank_cell(width, st.cell), st.cell) for width in widths])
        return grid(rows, widths)

    def signatures(
        self,
        parties: Sequence[PartyLine],
        mediators: Sequence[MediatorLine],
        *,
        keep_with: Sequence[Flowable] = (),
    ) -> KeepTogether:
        """One row per party and mediator: who, a line to sign on, a line for the date.

        `keep_with` (the document's last clause) stays on the page of the signatures, so that the
        signatures never stand on a page of their own, cut off from the text they sign.
        """
        tr = self.tr
        mediator_word = tr.translate("Documents", "Mediator")
        signers = [(self.role(p.role), self.signer(p), None) for p in parties]
        signers += [(mediator_word, esc(m.name), None) for m in mediators] or [(mediator_word, BLANK, None)]
        table = self.signature_table(signers)
        return KeepTogether([*keep_with, self.heading(tr.translate("Documents", "Signatures")), table])

    def signer(self, party: PartyLine) -> str:
        """Who signs for a party, as markup: a person's name or a line for it; an organisation's
        name and a line for the full name and position of whoever signs on its behalf."""
        if party.is_person:
            return esc(party.name) if party.name else BLANK
        caption = esc(self.tr.translate("Documents", "(full name and position of the signatory)"))
        name = esc(party.name) if party.name else BLANK
        return (
            f'{name}<br/>{BLANK}<br/><font size="7" color="#{pdf_page.MUTED.hexval()[2:]}">{caption}</font>'
        )

    def signature_table(self, signers: Sequence[tuple[str, str, date | None]]) -> Table:
        """Per signer (role, who as markup, date): who signs, a line to sign on, the date or a line for it."""
        tr, st = self.tr, self.st
        signature = esc(tr.translate("Documents", "(signature)"))
        when = esc(tr.translate("Documents", "(date)"))
        rows: list[list[Any]] = []  # a cell may hold a list of flowables: the line and its caption
        for role, name, on in signers:
            who = f"<b>{esc(role)}</b><br/>{name}"
            rows.append(
                [
                    Paragraph(who, st.cell),
                    [Paragraph(SIGNATURE_LINE, st.cell), Paragraph(signature, st.caption)],
                    [Paragraph(day(on), st.cell), Paragraph(when, st.caption)],
                ]
            )
        w = pdf_page.FRAME_WIDTH
        table = Table(rows, colWidths=[0.48 * w, 0.28 * w, 0.24 * w], hAlign="LEFT")
        table.setStyle(
            table_style(
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            )
        )
        return table
