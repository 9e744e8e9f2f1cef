"""The settlement agreement (дауды реттеу туралы келісім / соглашение об урегулировании спора).

It names the parties, the mediator, the dispute, what was agreed and each obligation: who, what, by
when. Not kept voluntarily, it can be enforced through the simplified court procedure, so the
obligations table is the heart of the paper and each row wraps rather than being cut.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from app.reports import pdf_page
from app.reports.documents_agreement import dispute_section
from app.reports.documents_data import CaseDocumentData, ObligationLine, SettlementData
from app.reports.documents_layout import BLANK, Writer, day, esc, grid


def story(data: CaseDocumentData, settlement: SettlementData, lang: str) -> list[Flowable]:
    w = Writer(lang)
    tr = w.tr
    flow: list[Flowable] = w.title_block(
        data.unit_name,
        tr.translate("Documents", "Settlement agreement"),
        tr.translate("Documents", "No. {number}").format(number=data.number),
        data.place,
        settlement.signed_on,
    )
    flow.append(
        w.para(
            tr.translate(
                "Documents",
                "As a result of the mediation conducted under the mediation agreement of {date}, the parties "
                "named below, with the assistance of the mediator, have concluded this agreement in "
                'accordance with the Law of the Republic of Kazakhstan "On Mediation".',
            ).format(date=day(data.agreement_signed_on))
        )
    )
    flow += [w.heading(tr.translate("Documents", "1. The parties")), w.parties_table(data.parties)]
    others = w.others_paragraph(data.others)
    if others is not None:
        flow.append(others)
    flow += [w.heading(tr.translate("Documents", "2. The mediator")), w.mediators_table(data.mediators)]
    flow += dispute_section(w, data)
    flow += _agreed(w, settlement)
    flow += _obligations(w, settlement.obligations)
    fulfilment = _fulfilment(w, data, settlement)
    last = fulfilment.pop()
    return [*flow, *fulfilment, w.signatures(data.parties, data.mediators, keep_with=[last])]


def _agreed(w: Writer, settlement: SettlementData) -> list[Flowable]:
    tr = w.tr
    subject = esc(tr.translate("Documents", "Subject of the agreement:"))
    flow: list[Flowable] = [
        w.heading(tr.translate("Documents", "4. Terms of the settlement")),
        w.markup(f"<b>{subject}</b> {esc(settlement.subject)}"),
    ]
    if settlement.terms and settlement.terms.strip():
        agreed = esc(tr.translate("Documents", "The parties have agreed as follows:"))
        flow.append(w.markup(f"<b>{agreed}</b> {esc(settlement.terms)}"))
    return flow


def _obligor(w: Writer, obligation: ObligationLine) -> str:
    if obligation.obligor is None:
        return esc(w.tr.translate("Documents", "The parties jointly"))
    who = obligation.obligor
    return f"{esc(w.role(who.role))}<br/>{esc(who.name) if who.name else BLANK}"


def _obligations(w: Writer, obligations: list[ObligationLine]) -> list[Flowable]:
    tr, st = w.tr, w.st
    head = [
        tr.translate("Documents", "No."),
        tr.translate("Documents", "Who is bound"),
        tr.translate("Documents", "What is to be done"),
        tr.translate("Documents", "Due date"),
    ]
    rows: list[list[Flowable]] = [[Paragraph(esc(h), st.cell_head) for h in head]]
    for i, obligation in enumerate(obligations, start=1):
        rows.append(
            [
                Paragraph(str(i), st.cell),
                Paragraph(_obligor(w, obligation), st.cell),
                Paragraph(esc(obligation.description), st.cell),
                Paragraph(day(obligation.due_on), st.cell),
            ]
        )
    width = pdf_page.FRAME_WIDTH
    table = grid(rows, [0.06 * width, 0.26 * width, 0.52 * width, 0.16 * width])
    lead_in = w.para(tr.translate("Documents", "The parties undertake the following obligations:"))
    # Heading, sentence and table start on a new page when little of this one is left; a long table
    # that would leave much of this page empty starts here and continues overleaf.
    return [
        KeepTogether(
            [w.heading(tr.translate("Documents", "5. Obligations of the parties")), lead_in, table],
            maxHeight=pdf_page.FRAME_HEIGHT / 3,
        )
    ]


def _fulfilment(w: Writer, data: CaseDocumentData, settlement: SettlementData) -> list[Flowable]:
    tr = w.tr
    clauses = [
        tr.translate(
            "Documents",
            "The parties shall fulfil this agreement voluntarily, in the manner and within the time it sets.",
        ),
        tr.translate(
            "Documents",
            "After the due date of each obligation, {unit} will ask the parties whether it has been "
            "fulfilled; the parties agree to report on its fulfilment.",
        ).format(unit=data.unit_name),
        tr.translate(
            "Documents",
            "If this agreement is not fulfilled voluntarily, it may be enforced in the simplified (written) "
            "procedure established by the civil procedural laws of the Republic of Kazakhstan.",
        ),
        tr.translate(
            "Documents",
            "The parties confirm that they have concluded this agreement voluntarily, that they understand "
            "its content and consequences, and that its terms do not violate the rights and lawful "
            "interests of third persons.",
        ),
    ]
    if settlement.signed_by_email:
        clauses.append(
            tr.translate("Documents", "The parties exchanged the signed copies of this agreement by e-mail.")
        )
    clauses.append(
        tr.translate(
            "Documents",
            "The mediation ends with the signing of this agreement. The agreement takes effect when signed by "
            "the parties and is made in copies of equal legal force, one for each party and one for the "
            "mediator.",
        )
    )
    flow: list[Flowable] = [w.heading(tr.translate("Documents", "6. Fulfilment of the agreement"))]
    flow += [w.clause(f"6.{i}.", esc(text)) for i, text in enumerate(clauses, start=1)]
    return flow
