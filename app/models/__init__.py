"""The local schema: SQLAlchemy 2.0 typed models. Importing this package registers them all."""

from app.models.base import Base, Synced
from app.models.casework import (
    Assessment,
    Case,
    CaseTransfer,
    Goal,
    Intervention,
    Objective,
    ObjectiveProgress,
    Referral,
    StageChange,
    Task,
    Visit,
)
from app.models.disclosure import Disclosure, DisclosureNotice
from app.models.intake import DuplicateDecision, Screening
from app.models.meta import AuditEvent, ClockState, OutboxEntry, VaultMeta
from app.models.notes import Attachment, CaseNote, ConflictDeclaration, Consent
from app.models.people import Client, RelatedPerson, WorkerProfile
from app.models.safety import MandatedReport, SafetyPlan
from app.models.settings import UserSettings
from app.models.sync import SyncConflict, SyncRejection, SyncScope, SyncState

__all__ = [
    "Assessment",
    "Attachment",
    "AuditEvent",
    "Base",
    "Case",
    "CaseNote",
    "CaseTransfer",
    "Client",
    "ClockState",
    "ConflictDeclaration",
    "Consent",
    "Disclosure",
    "DisclosureNotice",
    "DuplicateDecision",
    "Goal",
    "Intervention",
    "MandatedReport",
    "Objective",
    "ObjectiveProgress",
    "OutboxEntry",
    "Referral",
    "RelatedPerson",
    "SafetyPlan",
    "Screening",
    "StageChange",
    "SyncConflict",
    "SyncRejection",
    "SyncScope",
    "SyncState",
    "Synced",
    "Task",
    "UserSettings",
    "VaultMeta",
    "Visit",
    "WorkerProfile",
]
