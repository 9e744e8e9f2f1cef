"""What the domain's plain enum values are called on screen, translated where shown.

The services keep plain values (``"settled_full"``); only here do they become words. Each text is
marked with QT_TRANSLATE_NOOP so lupdate collects it, and translated at the moment it is shown.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from app.models import enums as e
from app.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

_LABELS: tuple[tuple[Enum, str], ...] = (
    (e.UnitKind.REPUBLICAN_COUNCIL, QT_TRANSLATE_NOOP("Labels", "Republican mediation council")),
    (e.UnitKind.REGIONAL_COUNCIL, QT_TRANSLATE_NOOP("Labels", "Regional mediation council")),
    (e.UnitKind.CENTRE, QT_TRANSLATE_NOOP("Labels", "Mediation centre")),
    (e.UnitKind.HOUSE_OF_FRIENDSHIP, QT_TRANSLATE_NOOP("Labels", "House of Friendship")),
    (e.UnitKind.DISTRICT_ASSEMBLY, QT_TRANSLATE_NOOP("Labels", "District assembly")),
    (e.MediatorKind.PROFESSIONAL, QT_TRANSLATE_NOOP("Labels", "Professional mediator")),
    (e.MediatorKind.PUBLIC, QT_TRANSLATE_NOOP("Labels", "Public mediator")),
    (e.MediatorKind.ETHNOMEDIATOR, QT_TRANSLATE_NOOP("Labels", "Ethnomediator")),
    (e.Role.ADMINISTRATOR, QT_TRANSLATE_NOOP("Labels", "Administrator")),
    (e.Role.CENTRE_HEAD, QT_TRANSLATE_NOOP("Labels", "Head of centre")),
    (e.Role.MEDIATOR, QT_TRANSLATE_NOOP("Labels", "Mediator")),
    (e.Role.ANALYST, QT_TRANSLATE_NOOP("Labels", "Analyst")),
    (e.CaseStatus.INTAKE, QT_TRANSLATE_NOOP("Labels", "Intake")),
    (e.CaseStatus.REJECTED, QT_TRANSLATE_NOOP("Labels", "Refused at intake")),
    (e.CaseStatus.IN_MEDIATION, QT_TRANSLATE_NOOP("Labels", "In mediation")),
    (e.CaseStatus.FOLLOW_UP, QT_TRANSLATE_NOOP("Labels", "Follow-up")),
    (e.CaseStatus.CLOSED, QT_TRANSLATE_NOOP("Labels", "Closed")),
    (e.Channel.SELF_REFERRAL, QT_TRANSLATE_NOOP("Labels", "Self-referral")),
    (e.Channel.AKIMAT, QT_TRANSLATE_NOOP("Labels", "Akimat")),
    (e.Channel.POLICE, QT_TRANSLATE_NOOP("Labels", "Police")),
    (e.Channel.COURT, QT_TRANSLATE_NOOP("Labels", "Court")),
    (e.Channel.PROSECUTOR, QT_TRANSLATE_NOOP("Labels", "Prosecutor's office")),
    (e.Channel.SCHOOL, QT_TRANSLATE_NOOP("Labels", "School")),
    (e.Channel.EMPLOYER, QT_TRANSLATE_NOOP("Labels", "Employer")),
    (e.Channel.ETHNOCULTURAL_ASSOCIATION, QT_TRANSLATE_NOOP("Labels", "Ethnocultural association")),
    (e.Channel.HOTLINE, QT_TRANSLATE_NOOP("Labels", "Hotline")),
    (e.Channel.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (e.Category.FAMILY, QT_TRANSLATE_NOOP("Labels", "Family")),
    (e.Category.NEIGHBOUR, QT_TRANSLATE_NOOP("Labels", "Neighbours and household")),
    (e.Category.LABOUR, QT_TRANSLATE_NOOP("Labels", "Labour")),
    (e.Category.PROPERTY_LAND, QT_TRANSLATE_NOOP("Labels", "Property and land")),
    (e.Category.DEBT_CONSUMER, QT_TRANSLATE_NOOP("Labels", "Debt and consumer")),
    (e.Category.HOUSING_UTILITIES, QT_TRANSLATE_NOOP("Labels", "Housing and utilities")),
    (e.Category.SCHOOL_YOUTH, QT_TRANSLATE_NOOP("Labels", "School and youth")),
    (e.Category.CITIZEN_AUTHORITY, QT_TRANSLATE_NOOP("Labels", "Citizen and local authority")),
    (e.Category.RELIGIOUS, QT_TRANSLATE_NOOP("Labels", "Religious or interfaith")),
    (e.Category.COMMUNITY_GROUP, QT_TRANSLATE_NOOP("Labels", "Community or group")),
    (e.Category.OTHER, QT_TRANSLATE_NOOP("Labels", "Other dispute")),
    (e.LegalArea.CIVIL, QT_TRANSLATE_NOOP("Labels", "Civil")),
    (e.LegalArea.LABOUR, QT_TRANSLATE_NOOP("Labels", "Labour law")),
    (e.LegalArea.FAMILY, QT_TRANSLATE_NOOP("Labels", "Family law")),
    (e.LegalArea.ADMINISTRATIVE, QT_TRANSLATE_NOOP("Labels", "Administrative")),
    (e.LegalArea.ADMINISTRATIVE_OFFENCE, QT_TRANSLATE_NOOP("Labels", "Administrative offence")),
    (e.LegalArea.CRIMINAL_MINOR, QT_TRANSLATE_NOOP("Labels", "Minor or medium crime")),
    (e.LegalArea.ENFORCEMENT, QT_TRANSLATE_NOOP("Labels", "Enforcement proceedings")),
    (e.RiskLevel.LOW, QT_TRANSLATE_NOOP("Labels", "Low")),
    (e.RiskLevel.MEDIUM, QT_TRANSLATE_NOOP("Labels", "Medium")),
    (e.RiskLevel.HIGH, QT_TRANSLATE_NOOP("Labels", "High")),
    (e.Exclusion.THIRD_PARTY_RIGHTS, QT_TRANSLATE_NOOP("Labels", "Touches the rights of third persons")),
    (e.Exclusion.PARTY_INCAPABLE, QT_TRANSLATE_NOOP("Labels", "A party is declared incapable by a court")),
    (e.Exclusion.CORRUPTION_CRIME, QT_TRANSLATE_NOOP("Labels", "Corruption crime")),
    (e.Exclusion.PUBLIC_SERVICE_CRIME, QT_TRANSLATE_NOOP("Labels", "Crime against the public service")),
    (e.Outcome.SETTLED_FULL, QT_TRANSLATE_NOOP("Labels", "Settled in full")),
    (e.Outcome.SETTLED_PARTIAL, QT_TRANSLATE_NOOP("Labels", "Settled in part")),
    (e.Outcome.NOT_SETTLED, QT_TRANSLATE_NOOP("Labels", "Not settled")),
    (e.Outcome.TERMINATED, QT_TRANSLATE_NOOP("Labels", "Terminated")),
    (e.Outcome.REFERRED, QT_TRANSLATE_NOOP("Labels", "Referred to a state body or court")),
    (e.TerminationReason.AGREEMENT_SIGNED, QT_TRANSLATE_NOOP("Labels", "Settlement agreement signed")),
    (e.TerminationReason.PARTY_REFUSED, QT_TRANSLATE_NOOP("Labels", "A party refused in writing")),
    (e.TerminationReason.PARTY_WITHDREW, QT_TRANSLATE_NOOP("Labels", "A party withdrew")),
    (e.TerminationReason.PARTY_ABSENT, QT_TRANSLATE_NOOP("Labels", "A party did not appear")),
    (
        e.TerminationReason.MEDIATOR_REFUSED,
        QT_TRANSLATE_NOOP("Labels", "The mediator found further effort futile"),
    ),
    (e.TerminationReason.TERM_EXPIRED, QT_TRANSLATE_NOOP("Labels", "The term ran out")),
    (e.TerminationReason.REFERRED, QT_TRANSLATE_NOOP("Labels", "Referred elsewhere")),
    (e.TerminationReason.OTHER, QT_TRANSLATE_NOOP("Labels", "Other grounds")),
    (e.PartyKind.PERSON, QT_TRANSLATE_NOOP("Labels", "Person")),
    (e.PartyKind.ORGANISATION, QT_TRANSLATE_NOOP("Labels", "Organisation")),
    (e.PartyKind.GROUP, QT_TRANSLATE_NOOP("Labels", "Group of people")),
    (e.PartyKind.STATE_BODY, QT_TRANSLATE_NOOP("Labels", "State body")),
    (e.Sex.MALE, QT_TRANSLATE_NOOP("Labels", "Male")),
    (e.Sex.FEMALE, QT_TRANSLATE_NOOP("Labels", "Female")),
    (e.AgeGroup.UNDER_18, QT_TRANSLATE_NOOP("Labels", "Under 18")),
    (e.AgeGroup.AGE_18_29, QT_TRANSLATE_NOOP("Labels", "18-29")),
    (e.AgeGroup.AGE_30_44, QT_TRANSLATE_NOOP("Labels", "30-44")),
    (e.AgeGroup.AGE_45_59, QT_TRANSLATE_NOOP("Labels", "45-59")),
    (e.AgeGroup.AGE_60_PLUS, QT_TRANSLATE_NOOP("Labels", "60 and over")),
    (e.Language.KAZAKH, QT_TRANSLATE_NOOP("Labels", "Kazakh")),
    (e.Language.RUSSIAN, QT_TRANSLATE_NOOP("Labels", "Russian")),
    (e.Language.ENGLISH, QT_TRANSLATE_NOOP("Labels", "English")),
    (e.Language.UZBEK, QT_TRANSLATE_NOOP("Labels", "Uzbek")),
    (e.Language.UYGHUR, QT_TRANSLATE_NOOP("Labels", "Uyghur")),
    (e.Language.OTHER, QT_TRANSLATE_NOOP("Labels", "Other language")),
    (e.ParticipantRole.APPLICANT, QT_TRANSLATE_NOOP("Labels", "Applicant")),
    (e.ParticipantRole.RESPONDENT, QT_TRANSLATE_NOOP("Labels", "Respondent")),
    (e.ParticipantRole.REPRESENTATIVE, QT_TRANSLATE_NOOP("Labels", "Representative")),
    (e.ParticipantRole.INTERPRETER, QT_TRANSLATE_NOOP("Labels", "Interpreter")),
    (e.ParticipantRole.EXPERT, QT_TRANSLATE_NOOP("Labels", "Expert")),
    (e.ParticipantRole.OTHER, QT_TRANSLATE_NOOP("Labels", "Other participant")),
    (e.SessionKind.JOINT, QT_TRANSLATE_NOOP("Labels", "Joint session")),
    (e.SessionKind.SEPARATE, QT_TRANSLATE_NOOP("Labels", "Separate session")),
    (e.ObligationStatus.PENDING, QT_TRANSLATE_NOOP("Labels", "Not checked yet")),
    (e.ObligationStatus.KEPT, QT_TRANSLATE_NOOP("Labels", "Kept")),
    (e.ObligationStatus.PARTLY_KEPT, QT_TRANSLATE_NOOP("Labels", "Partly kept")),
    (e.ObligationStatus.NOT_KEPT, QT_TRANSLATE_NOOP("Labels", "Not kept")),
    (e.FollowUpMethod.PHONE, QT_TRANSLATE_NOOP("Labels", "Phone call")),
    (e.FollowUpMethod.VISIT, QT_TRANSLATE_NOOP("Labels", "Visit")),
    (e.FollowUpMethod.MEETING, QT_TRANSLATE_NOOP("Labels", "Meeting")),
    (e.FollowUpMethod.DOCUMENT, QT_TRANSLATE_NOOP("Labels", "Document")),
    (e.FollowUpMethod.OTHER, QT_TRANSLATE_NOOP("Labels", "Other way")),
    (e.ConsultationResult.RESOLVED, QT_TRANSLATE_NOOP("Labels", "Resolved at consultation")),
    (e.ConsultationResult.INFORMATION_GIVEN, QT_TRANSLATE_NOOP("Labels", "Information given")),
    (e.ConsultationResult.REFERRED_TO_MEDIATION, QT_TRANSLATE_NOOP("Labels", "Referred to mediation")),
    (e.ConsultationResult.REFERRED_ELSEWHERE, QT_TRANSLATE_NOOP("Labels", "Referred elsewhere")),
)


# StrEnum members equal their values, so Category.FAMILY == LegalArea.FAMILY == "family": keyed by the
# members themselves, a later enum's label would silently replace an earlier one's. Key by type too.
_BY_TYPE: dict[tuple[type[Enum], str], str] = {(type(m), str(m.value)): text for m, text in _LABELS}


def label(member: Enum | None) -> str:
    """The member's name in the current language; an empty string for None."""
    if member is None:
        return ""
    text = _BY_TYPE.get((type(member), str(member.value)))
    return QCoreApplication.translate(CONTEXT, text) if text is not None else str(member.value)


def all_labelled() -> dict[tuple[type[Enum], str], str]:
    return dict(_BY_TYPE)
