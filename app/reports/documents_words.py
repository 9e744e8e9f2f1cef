"""Words of the case documents that depend on a recorded value: a participant's role, the language.

Roles use the windows' own wording (context "Labels"), so a party is called on paper what the case
editor calls them; "Other party" is the documents' own, since on an agreement the "other participant"
of the windows is a side of the dispute. The language is a whole sentence per language: Kazakh and
Russian inflect the language's name ("қазақ тілінде", "на казахском языке"), which no single template
with a name inserted could do.
"""

from __future__ import annotations

from app.models.enums import Language, ParticipantRole
from app.reports.texts import Texts


def role(tr: Texts, value: ParticipantRole) -> str:
    return {
        ParticipantRole.APPLICANT: tr.translate("Labels", "Applicant"),
        ParticipantRole.RESPONDENT: tr.translate("Labels", "Respondent"),
        ParticipantRole.REPRESENTATIVE: tr.translate("Labels", "Representative"),
        ParticipantRole.INTERPRETER: tr.translate("Labels", "Interpreter"),
        ParticipantRole.EXPERT: tr.translate("Labels", "Expert"),
        ParticipantRole.OTHER: tr.translate("Documents", "Other party"),
    }[value]


def language_sentence(tr: Texts, language: Language | None) -> str | None:
    """ "The mediation is conducted in Kazakh." — None for another language or none recorded."""
    sentences = {
        Language.KAZAKH: tr.translate("Documents", "The mediation is conducted in Kazakh."),
        Language.RUSSIAN: tr.translate("Documents", "The mediation is conducted in Russian."),
        Language.ENGLISH: tr.translate("Documents", "The mediation is conducted in English."),
        Language.UZBEK: tr.translate("Documents", "The mediation is conducted in Uzbek."),
        Language.UYGHUR: tr.translate("Documents", "The mediation is conducted in Uyghur."),
    }
    return sentences.get(language) if language is not None else None


def agreed_language_lead(tr: Texts) -> str:
    """Followed by a line on which the parties write the language in by hand."""
    return tr.translate("Documents", "The mediation is conducted in the language the parties agreed on:")
