"""The local schema: SQLAlchemy 2.0 typed models. Importing this package registers them all."""

from app.models.base import Base, Synced
from app.models.casework import (
    Assessment,
    Case,
    CaseTransfer,
    Goal,
    Intervention,
    Objective,
    Referral,
    StageChange,
    Task,
    Visit,
)
from app.models.meta import AuditEvent, ClockState, OutboxEntry, VaultMeta
from app.models.notes import Attachment, CaseNote, ConflictDeclaration, Consent
from app.models.people import Client, RelatedPerson, WorkerProfile
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
    "Goal",
    "Intervention",
    "Objective",
    "OutboxEntry",
    "Referral",
    "RelatedPerson",
    "StageChange",
    "SyncConflict",
    "SyncRejection",
    "SyncScope",
    "SyncState",
    "Synced",
    "Task",
    "VaultMeta",
    "Visit",
    "WorkerProfile",
]
