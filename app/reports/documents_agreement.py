"""The mediation agreement (медиация туралы шарт / договор о медиации): signing it starts the mediation.

Its terms follow the Law of the Republic of Kazakhstan "On Mediation" (No. 401-IV of 28.01.2011):
the principles of the procedure, voluntariness, the mediator's impartiality, confidentiality, the term,
the cost, the language and how the mediation ends.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.reports.documents_data import CaseDocumentData
from app.reports.documents_layout import BLANK, Writer, day, esc


def story(data: CaseDocumentData, lang: str) -> list[Flowable]:
    w = Writer(lang)
    tr = w.tr
    flow: list[Flowable] = w.title_block(
        data.unit_name,
        tr.translate("Documents", "Mediation agreement"),
        tr.translate("Documents", "No. {number}").format(number=data.number),
        data.place,
        data.agreement_signed_on,
    )
    flow.append(
        w.para(
            tr.translate(
                "Documents",
                "The parties and the mediator named below have concluded this agreement in accordance with "
                'the Law of the Republic of Kazakhstan of 28 January 2011 No. 401-IV "On Mediation" as follows.',
            )
        )
    )
    flow += _parties_and_mediator(w, data)
    flow += dispute_section(w, data)
    terms = _terms(w, data)
    # The last clause goes with the signatures so that they never stand alone on a page.
    last = terms.pop()
    return [*flow, *terms, w.signatures(data.parties, data.mediators, keep_with=[last])]


def _parties_and_mediator(w: Writer, data: CaseDocumentData) -> list[Flowable]:
    tr = w.tr
    flow: list[Flowable] = [
        w.heading(tr.translate("Documents", "1. The parties")),
        w.parties_table(data.parties),
    ]
    others = w.others_paragraph(data.others)
    if others is not None:
        flow.append(others)
    flow += [
        w.heading(tr.translate("Documents", "2. The mediator")),
        w.mediators_table(data.mediators),
        w.para(tr.translate("Documents", "Mediation service: {unit}.").format(unit=data.unit_name)),
    ]
    return flow


def dispute_section(w: Writer, data: CaseDocumentData) -> list[Flowable]:
    """The subject of the dispute: its category and, in the words recorded at intake, what it is about."""
    tr = w.tr
    category = tr.translate("Documents", "Category of the dispute: {category}.").format(
        category=w.category(data.category)
    )
    about = esc(tr.translate("Documents", "Description of the dispute:"))
    # Not described at intake: two lines to describe it by hand.
    described = esc(data.description) if data.description.strip() else f"{BLANK}{BLANK}<br/>{BLANK}{BLANK}"
    return [
        w.heading(tr.translate("Documents", "3. Subject of the dispute")),
        w.para(category),
        w.markup(f"{about} {described}"),
    ]


def _term_clause(w: Writer, data: CaseDocumentData) -> str:
    tr = w.tr
    sentences = [
        tr.translate(
            "Documents",
            "The term of the mediation, counted in calendar days from the day this agreement is signed, "
            "is {days}.",
        ).format(days=data.term_days),
        tr.translate("Documents", "The term may be extended only with the written consent of the parties."),
    ]
    if data.extension_days:
        sentences.append(
            tr.translate("Documents", "The term has been extended with the consent of the parties.")
        )
    if data.deadline_on is not None:
        sentences.append(
            tr.translate("Documents", "The last day of the mediation term is {date}.").format(
                date=day(data.deadline_on)
            )
        )
    return esc(" ".join(sentences))


def _terms(w: Writer, data: CaseDocumentData) -> list[Flowable]:
    tr = w.tr
    if data.free_of_charge:
        cost = tr.translate(
            "Documents",
            "The mediator works free of charge: the parties pay nothing for the mediation.",
        )
    else:
        cost = tr.translate(
            "Documents",
            "The remuneration of the professional mediator and the costs of the mediation, if any, are set "
            "by a separate written agreement of the parties and the mediator.",
        )
    clauses = [
        esc(
            tr.translate(
                "Documents",
                "The mediation is based on the principles of voluntariness, equality of the parties, "
                "independence and impartiality of the mediator, non-interference in the mediation "
                "procedure, and confidentiality.",
            )
        ),
        esc(
            tr.translate(
                "Documents",
                "The parties take part in the mediation voluntarily. Either party may withdraw from the "
                "mediation at any stage by informing the mediator and the other party in writing.",
            )
        ),
        esc(
            tr.translate(
                "Documents",
                "The mediator is independent and impartial, does not decide the dispute for the parties and "
                "represents neither of them. The mediator has declared that no circumstances prevent "
                "impartiality in this dispute; should such circumstances arise, the mediator shall inform "
                "the parties at once and withdraw from the mediation.",
            )
        ),
        esc(
            tr.translate(
                "Documents",
                "Information that becomes known in the course of the mediation is confidential: the mediator "
                "and the parties shall not disclose it without the consent of the parties, except in the "
                "cases provided for by law. The mediator may not be questioned as a witness about "
                "circumstances that became known in connection with the mediation.",
            )
        ),
        _term_clause(w, data),
        esc(cost),
        w.language_clause(data.language),
        esc(
            tr.translate(
                "Documents",
                "The mediation ends when the parties sign a settlement agreement, when a party or the "
                "mediator refuses in writing to continue it, or when its term expires.",
            )
        ),
        esc(
            tr.translate(
                "Documents",
                "This agreement takes effect when signed. It is made in copies of equal legal force, one for "
                "each party and one for the mediator.",
            )
        ),
    ]
    flow: list[Flowable] = [w.heading(tr.translate("Documents", "4. Terms of the mediation"))]
    flow += [w.clause(f"4.{i}.", text) for i, text in enumerate(clauses, start=1)]
    return flow
