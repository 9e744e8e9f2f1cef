"""Documents from a case, ready to print and sign: the mediation agreement, the settlement agreement
and the parties' consent to the processing of their personal data, in Kazakh, Russian or English.

    make_document(db, DocumentKind.SETTLEMENT, "KZ-31-KRD-2026-0042", "kk", Path("келісім.pdf"))

The case is read in one short unit of work; the PDF is laid out in memory and then written next to
its target and renamed over it, so a failure (a full disk, a folder without rights) never leaves a
half-written file where a mediator expects the document. Printing a document with people's personal
data is recorded in the audit trail as an access (the personal-data law asks for an access log).
"""

from __future__ import annotations

import errno
import io
import uuid
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import NotFoundError, StorageError, ValidationError, WorkflowError
from app.models.enums import AuditAction
from app.reports.texts import LANGUAGES, texts
from app.services import audit, cases, clock
from app.services.context import Actor
from app.storage.database import Database
from app.storage.files import replace_atomically

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from app.reports.documents_data import CaseDocumentData, PartyLine


class DocumentKind(StrEnum):
    AGREEMENT = "agreement"  # медиация туралы шарт / договор о медиации
    SETTLEMENT = "settlement"  # дауды реттеу туралы келісім / соглашение об урегулировании спора
    CONSENT = "consent"  # дербес деректерді өңдеуге келісім / согласие на обработку персональных данных


def make_document(
    db: Database,
    kind: DocumentKind,
    case_number: str,
    lang: str,
    target: Path,
    *,
    party_id: uuid.UUID | None = None,
    actor: Actor | None = None,
) -> int:
    """Write the document as a PDF to `target`; returns its number of pages.

    `party_id` (consent only) picks one party: its party id or its participant id in this case.
    """
    if lang not in LANGUAGES:
        raise ValidationError(
            "document.unknown_language",
            f"There are no documents in the language {lang!r}; choose one of {', '.join(LANGUAGES)}.",
            lang=lang,
        )
    if party_id is not None and kind is not DocumentKind.CONSENT:
        raise ValidationError(
            "document.party_only_for_consent",
            "A party is chosen for the consent form only; the agreements name every party.",
        )
    # ReportLab loads only when a document is made, not whenever the command line starts.
    from app.reports import pdf_page
    from app.reports.documents_data import load

    target = Path(target)
    check_target(target)  # before any work: a wrong --out is told at once
    with db.session() as s:
        case = cases.by_number(s, case_number)
        case_id, number = case.id, case.number
        data = load(s, case, lang)
    story, title = _story(kind, data, lang, party_id)
    footer = pdf_page.PageFooter(lang=lang, made_at=clock.now(), left=f"{title} · {number}")
    buffer = io.BytesIO()
    pages = pdf_page.build_pdf(buffer, story, footer, title=f"{title} {number}", author=data.unit_name)
    write_atomically(target, buffer.getvalue())
    with db.session(write=True, actor=actor) as s:
        audit.record_event(
            s,
            "cases",
            str(case_id),
            f"printed the {kind.value} document ({lang})",
            case_id=case_id,
            details={"document": kind.value, "lang": lang, "pages": pages},
            action=AuditAction.ACCESS,
        )
    return pages


def _story(
    kind: DocumentKind, data: CaseDocumentData, lang: str, party_id: uuid.UUID | None
) -> tuple[list[Flowable], str]:
    from app.reports import documents_agreement, documents_consent, documents_settlement

    tr = texts(lang)
    if kind is DocumentKind.AGREEMENT:
        return documents_agreement.story(data, lang), tr.translate("Documents", "Mediation agreement")
    if kind is DocumentKind.SETTLEMENT:
        if data.settlement is None:
            raise WorkflowError(
                "document.no_settlement",
                f"Case {data.number} has no settlement agreement yet; record it in the case first.",
                case=data.number,
            )
        return (
            documents_settlement.story(data, data.settlement, lang),
            tr.translate("Documents", "Settlement agreement"),
        )
    people = _consenting_people(data, party_id)
    return documents_consent.story(data, people, lang), tr.translate(
        "Documents", "Consent to personal data processing"
    )


def _consenting_people(data: CaseDocumentData, party_id: uuid.UUID | None) -> list[PartyLine]:
    """Every person of the case once (a person may hold two roles), or the one party asked for."""
    if party_id is not None:
        chosen = [p for p in data.participants if party_id in (p.party_id, p.participant_id)]
        if not chosen:
            raise NotFoundError(
                "document.party_not_in_case",
                f"Case {data.number} has no party with the id {party_id}.",
                case=data.number,
            )
        if not chosen[0].is_person:
            raise ValidationError(
                "document.party_not_a_person",
                "The consent to personal data processing is given by a person; this party is an "
                "organisation, a group or a state body.",
            )
        return chosen[:1]
    people: dict[uuid.UUID, PartyLine] = {}
    for participant in data.participants:
        if participant.is_person:
            people.setdefault(participant.party_id, participant)
    if not people:
        raise WorkflowError(
            "document.no_people",
            f"Case {data.number} has no person among its parties, so there is nobody to sign a consent.",
            case=data.number,
        )
    return list(people.values())


def check_target(target: Path) -> None:
    """Refuse at once a target that cannot be a file: a folder, or a folder that does not exist."""
    try:
        is_folder, folder_exists = target.is_dir(), target.parent.is_dir()
    except OSError as error:  # a name the file system refuses outright (too long, ...)
        raise _cannot_write(target, error) from error
    if is_folder:
        raise StorageError(
            "document.target_is_folder",
            f"{target} is a folder; give the name of the PDF file to write.",
            path=str(target),
        )
    if not folder_exists:
        raise StorageError(
            "document.folder_missing",
            f"The folder {target.parent} does not exist; the document was not written.",
            path=str(target.parent),
        )


def _cannot_write(target: Path, error: OSError) -> StorageError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(
            "document.disk_full", f"The disk is full; {target} was not written.", path=str(target)
        )
    reason = error.strerror or str(error)
    return StorageError(
        "document.cannot_write",
        f"The document cannot be written to {target}: {reason}. Choose another folder or file name.",
        path=str(target),
    )


def write_atomically(target: Path, content: bytes) -> None:
    """Write `content` to a temporary file beside `target`, then rename it over `target`."""
    check_target(target)
    try:
        replace_atomically(target, content)
    except OSError as error:
        raise _cannot_write(target, error) from error
