"""SQLAlchemy models of Tatulyq. Importing this package registers every table on ``Base.metadata``."""

from app.models.base import Base
from app.models.cases import (
    Case,
    CaseCounter,
    CaseParticipant,
    ConflictDeclaration,
    Extension,
    MediatorAssignment,
    Party,
)
from app.models.consultations import Consultation
from app.models.organisation import District, Region, Unit
from app.models.people import Mediator, MediatorTraining, User
from app.models.proceedings import (
    FollowUp,
    MediationSession,
    Obligation,
    Satisfaction,
    SessionAttendee,
    SettlementAgreement,
)
from app.models.system import AuditEntry, CaseSearchDoc, Setting

__all__ = [
    "AuditEntry",
    "Base",
    "Case",
    "CaseCounter",
    "CaseParticipant",
    "CaseSearchDoc",
    "ConflictDeclaration",
    "Consultation",
    "District",
    "Extension",
    "FollowUp",
    "MediationSession",
    "Mediator",
    "MediatorAssignment",
    "MediatorTraining",
    "Obligation",
    "Party",
    "Region",
    "Satisfaction",
    "SessionAttendee",
    "Setting",
    "SettlementAgreement",
    "Unit",
    "User",
]
