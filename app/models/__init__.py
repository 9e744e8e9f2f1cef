"""SQLAlchemy models of Tatulyq.

Loaded on first use: `from app.models import Case` (or any model name, or `load_all()`) imports every
model module at once, so SQLAlchemy's mapper always sees every table on ``Base.metadata``. Importing only
``app.models.enums`` loads no SQLAlchemy: the desktop program's sign-in window appears while SQLAlchemy
and the database are still being opened on another thread (see app/ui/startup.py).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from app.models.exchange import (
        DirectoryKey,
        InstalledDirectory,
        MonthClosure,
        ReceivedPackage,
        SentPackage,
    )
    from app.models.imports import ImportBatch
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

# Where each public name lives; __all__ and load_all() follow it (the TYPE_CHECKING block is for mypy).
_HOMES = {
    "Base": "base",
    "District": "organisation",
    "Region": "organisation",
    "Unit": "organisation",
    "Mediator": "people",
    "MediatorTraining": "people",
    "User": "people",
    "Case": "cases",
    "CaseCounter": "cases",
    "CaseParticipant": "cases",
    "ConflictDeclaration": "cases",
    "Extension": "cases",
    "MediatorAssignment": "cases",
    "Party": "cases",
    "FollowUp": "proceedings",
    "MediationSession": "proceedings",
    "Obligation": "proceedings",
    "Satisfaction": "proceedings",
    "SessionAttendee": "proceedings",
    "SettlementAgreement": "proceedings",
    "Consultation": "consultations",
    "ImportBatch": "imports",
    "DirectoryKey": "exchange",
    "InstalledDirectory": "exchange",
    "MonthClosure": "exchange",
    "ReceivedPackage": "exchange",
    "SentPackage": "exchange",
    "AuditEntry": "system",
    "CaseSearchDoc": "system",
    "Setting": "system",
}
__all__ = [
    "AuditEntry",
    "Base",
    "Case",
    "CaseCounter",
    "CaseParticipant",
    "CaseSearchDoc",
    "ConflictDeclaration",
    "Consultation",
    "DirectoryKey",
    "District",
    "Extension",
    "FollowUp",
    "ImportBatch",
    "InstalledDirectory",
    "MediationSession",
    "Mediator",
    "MediatorAssignment",
    "MediatorTraining",
    "MonthClosure",
    "Obligation",
    "Party",
    "ReceivedPackage",
    "Region",
    "Satisfaction",
    "SentPackage",
    "SessionAttendee",
    "Setting",
    "SettlementAgreement",
    "Unit",
    "User",
]


def load_all() -> None:
    """Import every model module and bind the public names here (idempotent; the import lock serialises it)."""
    for name, home in _HOMES.items():
        globals()[name] = getattr(importlib.import_module(f"app.models.{home}"), name)


def __getattr__(name: str) -> Any:
    # PEP 562: reached only while a name is not bound yet, i.e. before the first load_all().
    if name not in _HOMES:
        raise AttributeError(f"module 'app.models' has no attribute {name!r}")
    load_all()
    return globals()[name]
