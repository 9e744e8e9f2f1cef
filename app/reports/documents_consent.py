"""The consent to the collection and processing of personal data, one page per person of the case.

Under the Law of the Republic of Kazakhstan "On Personal Data and Their Protection" (No. 94-V of
21.05.2013) the subject consents in writing: what data, for what purpose, stored where, and how the
consent is withdrawn. A person whose consent is not recorded yet gets the same page with blank lines:
this form is how the consent is collected in the first place. Ethnicity is sensitive and optional, so
the person ticks whether it may be recorded at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Table

from app.reports import pdf_page
from app.reports.documents_data import CaseDocumentData, PartyLine
from app.reports.documents_layout import BLANK, Writer, blank_cell, esc, table_style

BOX = "\u2610"  # ☐, drawn by DejaVu Sans like every other letter


def story(data: CaseDocumentData, people: Sequence[PartyLine], lang: str) -> list[Flowable]:
    w = Writer(lang)
    flow: list[Flowable] = []
    for i, person in enumerate(people):
        if i:
            flow.append(PageBreak())
        flow += _page(w, data, person)
    return flow


def _fields(w: Writer, data: CaseDocumentData, person: PartyLine) -> Table:
    tr, st = w.tr, w.st
    width = pdf_page.FRAME_WIDTH
    widths = [0.34 * width, 0.66 * width]
    blank = blank_cell(widths[1], st.cell)
    contacts = ", ".join(c for c in (person.phone, person.email) if c)
    rows = [
        (tr.translate("Documents", "Full name"), esc(person.name) if person.name else blank),
        (tr.translate("Documents", "IIN"), esc(person.id_number) if person.id_number else blank),
        (tr.translate("Documents", "Address"), esc(person.address) if person.address else blank),
        (tr.translate("Documents", "Telephone, e-mail"), esc(contacts) if contacts else blank),
        (tr.translate("Documents", "Taking part in the case as"), esc(w.role(person.role))),
        (
            tr.translate("Documents", "Collects and processes the data"),
            f"{esc(data.unit_name)}, {esc(data.place)}",
        ),
    ]
    table = Table(
        [[Paragraph(esc(label), st.cell_head), Paragraph(value, st.cell)] for label, value in rows],
        colWidths=widths,
        hAlign="LEFT",
    )
    table.spaceAfter = 3 * mm
    table.setStyle(
        table_style(
            ("GRID", (0, 0), (-1, -1), 0.5, pdf_page.RULE),
            ("BACKGROUND", (0, 0), (0, -1), pdf_page.HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        )
    )
    return table


def _clauses(w: Writer, data: CaseDocumentData) -> list[str]:
    """The terms of the consent, already escaped; the ethnicity clause carries its two boxes."""
    tr = w.tr
    agree = esc(tr.translate("Documents", "I agree that my ethnicity is recorded"))
    refuse = esc(tr.translate("Documents", "I do not agree"))
    ethnicity = esc(tr.translate("Documents", "Ethnicity is recorded only if I wish to state it (tick one):"))
    return [
        esc(
            tr.translate(
                "Documents",
                "Personal data: surname, first name and patronymic; IIN, date of birth and sex; address; "
                "telephone and e-mail; language of communication; information about the dispute and my "
                "part in the mediation.",
            )
        ),
        f"{ethnicity}<br/>{BOX} {agree}&nbsp;&nbsp;&nbsp;&nbsp;{BOX} {refuse}",
        esc(
            tr.translate(
                "Documents",
                "Purpose: the mediation of the dispute in case No. {number} (registering the case, organising "
                "and holding the mediation, drawing up its documents, following up the fulfilment of the "
                "settlement agreement), and statistical reporting, for which my data are used only in "
                "de-identified form, without my name, IIN or contacts.",
            ).format(number=data.number)
        ),
        esc(
            tr.translate(
                "Documents",
                "Actions with the data: collection, recording, storage, updating, use, de-identification, "
                "blocking and destruction. The data are not passed to third persons, except in the cases "
                "provided for by the laws of the Republic of Kazakhstan.",
            )
        ),
        esc(
            tr.translate(
                "Documents",
                "My personal data are stored in the territory of the Republic of Kazakhstan and protected "
                "against unauthorised access, loss and disclosure for as long as the purpose above requires "
                "and the law provides.",
            )
        ),
        esc(
            tr.translate(
                "Documents",
                "I may withdraw this consent at any time by a written notice to the organisation named above, "
                "except where the law does not allow it (for example, while an obligation I have undertaken "
                "is unfulfilled). Withdrawal does not affect the processing carried out before it.",
            )
        ),
        esc(
            tr.translate(
                "Documents",
                "This consent is valid from the day it is signed until the purpose of the processing is "
                "achieved or until it is withdrawn.",
            )
        ),
    ]


def _signature(w: Writer, data: CaseDocumentData, person: PartyLine) -> Table:
    tr = w.tr
    received = data.mediators[0].name if data.mediators else None
    return w.signature_table(
        [
            (tr.translate("Documents", "Person giving consent"), w.signer(person), person.consent_on),
            (
                tr.translate("Documents", "Consent received by (mediator)"),
                esc(received) if received else BLANK,
                None,
            ),
        ]
    )


def _page(w: Writer, data: CaseDocumentData, person: PartyLine) -> list[Flowable]:
    tr = w.tr
    flow: list[Flowable] = w.title_block(
        data.unit_name,
        tr.translate("Documents", "Consent to the collection and processing of personal data"),
        tr.translate("Documents", "Case No. {number}").format(number=data.number),
        data.place,
        person.consent_on,
    )
    flow.append(_fields(w, data, person))
    flow.append(
        w.para(
            tr.translate(
                "Documents",
                'In accordance with the Law of the Republic of Kazakhstan of 21 May 2013 No. 94-V "On Personal '
                'Data and Their Protection", I give my consent to the organisation named above to collect and '
                "process my personal data on the following terms.",
            ),
            w.st.compact,
        )
    )
    flow += [w.clause(f"{i}.", text, w.st.compact) for i, text in enumerate(_clauses(w, data), start=1)]
    confirm = w.para(
        tr.translate(
            "Documents",
            "I have read the terms of this consent; I give it freely, of my own will and in my own interest.",
        ),
        w.st.compact,
    )
    flow.append(KeepTogether([confirm, _signature(w, data, person)]))
    return flow
