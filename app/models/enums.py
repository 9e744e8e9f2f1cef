"""Plain-value enumerations of the domain. Labels are translated where shown (app/ui), never here."""

from __future__ import annotations

from enum import StrEnum


class UnitKind(StrEnum):
    REPUBLICAN_COUNCIL = "republican_council"
    REGIONAL_COUNCIL = "regional_council"
    CENTRE = "centre"
    HOUSE_OF_FRIENDSHIP = "house_of_friendship"
    DISTRICT_ASSEMBLY = "district_assembly"


class MediatorKind(StrEnum):
    PROFESSIONAL = "professional"
    PUBLIC = "public"
    ETHNOMEDIATOR = "ethnomediator"


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    CENTRE_HEAD = "centre_head"
    MEDIATOR = "mediator"
    ANALYST = "analyst"


class CaseStatus(StrEnum):
    INTAKE = "intake"  # registered; parties, consent and the proposal to mediate are being gathered
    REJECTED = "rejected"  # refused at intake: the law excludes the dispute (reason recorded)
    IN_MEDIATION = "in_mediation"  # the mediation agreement is signed; the statutory clock runs
    FOLLOW_UP = "follow_up"  # settled; the obligations of the settlement agreement are followed
    CLOSED = "closed"


class Channel(StrEnum):
    SELF_REFERRAL = "self_referral"
    AKIMAT = "akimat"
    POLICE = "police"
    COURT = "court"
    PROSECUTOR = "prosecutor"
    SCHOOL = "school"
    EMPLOYER = "employer"
    ETHNOCULTURAL_ASSOCIATION = "ethnocultural_association"
    HOTLINE = "hotline"
    OTHER = "other"


class Category(StrEnum):
    FAMILY = "family"
    NEIGHBOUR = "neighbour"
    LABOUR = "labour"
    PROPERTY_LAND = "property_land"
    DEBT_CONSUMER = "debt_consumer"
    HOUSING_UTILITIES = "housing_utilities"
    SCHOOL_YOUTH = "school_youth"
    CITIZEN_AUTHORITY = "citizen_authority"
    RELIGIOUS = "religious"
    COMMUNITY_GROUP = "community_group"
    OTHER = "other"


class LegalArea(StrEnum):
    CIVIL = "civil"
    LABOUR = "labour"
    FAMILY = "family"
    ADMINISTRATIVE = "administrative"
    ADMINISTRATIVE_OFFENCE = "administrative_offence"
    CRIMINAL_MINOR = "criminal_minor"  # criminal misdemeanours, minor and medium crimes (court-connected)
    ENFORCEMENT = "enforcement"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Exclusion(StrEnum):
    """Disputes the Law on Mediation does not allow to be mediated."""

    THIRD_PARTY_RIGHTS = "third_party_rights"
    PARTY_INCAPABLE = "party_incapable"
    CORRUPTION_CRIME = "corruption_crime"
    PUBLIC_SERVICE_CRIME = "public_service_crime"


class Outcome(StrEnum):
    SETTLED_FULL = "settled_full"
    SETTLED_PARTIAL = "settled_partial"
    NOT_SETTLED = "not_settled"
    TERMINATED = "terminated"
    REFERRED = "referred"


class TerminationReason(StrEnum):
    AGREEMENT_SIGNED = "agreement_signed"
    PARTY_REFUSED = "party_refused"  # a party's written refusal, or no answer to the proposal in time
    PARTY_WITHDREW = "party_withdrew"
    PARTY_ABSENT = "party_absent"
    MEDIATOR_REFUSED = "mediator_refused"  # further effort is futile
    TERM_EXPIRED = "term_expired"
    REFERRED = "referred"
    OTHER = "other"


class PartyKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    GROUP = "group"
    STATE_BODY = "state_body"


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


class AgeGroup(StrEnum):
    UNDER_18 = "under_18"
    AGE_18_29 = "18_29"
    AGE_30_44 = "30_44"
    AGE_45_59 = "45_59"
    AGE_60_PLUS = "60_plus"


class Language(StrEnum):
    KAZAKH = "kk"
    RUSSIAN = "ru"
    ENGLISH = "en"
    UZBEK = "uz"
    UYGHUR = "ug"
    OTHER = "other"


class ParticipantRole(StrEnum):
    APPLICANT = "applicant"
    RESPONDENT = "respondent"
    REPRESENTATIVE = "representative"
    INTERPRETER = "interpreter"
    EXPERT = "expert"
    OTHER = "other"


class SessionKind(StrEnum):
    JOINT = "joint"
    SEPARATE = "separate"


class ObligationStatus(StrEnum):
    PENDING = "pending"
    KEPT = "kept"
    PARTLY_KEPT = "partly_kept"
    NOT_KEPT = "not_kept"


class FollowUpMethod(StrEnum):
    PHONE = "phone"
    VISIT = "visit"
    MEETING = "meeting"
    DOCUMENT = "document"
    OTHER = "other"


class ConsultationResult(StrEnum):
    RESOLVED = "resolved"
    INFORMATION_GIVEN = "information_given"
    REFERRED_TO_MEDIATION = "referred_to_mediation"
    REFERRED_ELSEWHERE = "referred_elsewhere"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    ACCESS = "access"
    EVENT = "event"
