"""All models, imported here so the metadata is complete wherever storage is used."""

from duty_desk.storage.models import (
    incident_search,  # noqa: F401  (registers the kind)
    instruction_search,  # noqa: F401  (registers the kind)
)
from duty_desk.storage.models.accounts import User
from duty_desk.storage.models.attachments import Attachment, AttachmentChunk
from duty_desk.storage.models.audit import AuditEntry, AuditKey
from duty_desk.storage.models.directory import Organisation, Person
from duty_desk.storage.models.escalations import Escalation, EscalationAttempt
from duty_desk.storage.models.incidents import FollowUpReport, Incident, ReportMade
from duty_desk.storage.models.leader_reports import LeaderReport, LeaderReportSending
from duty_desk.storage.models.meta import SiteMeta
from duty_desk.storage.models.roster import DutySignEvent, RosterAbsence, RosterDuty, RosterPattern, RosterSwap
from duty_desk.storage.models.rules import OfficeRule
from duty_desk.storage.models.supervision import Instruction, SupervisionChase, SupervisionReply, SupervisionTask
from duty_desk.storage.models.sync import (
    OutboxOp,
    PasswordProof,
    RejectedOp,
    SetAsideRow,
    SyncConflict,
    SyncFlag,
)
from duty_desk.storage.models.whereabouts import LeaderWhereabouts
from duty_desk.storage.models.workflow import WorkflowEvent

__all__ = [
    "Attachment", "AttachmentChunk", "AuditEntry", "AuditKey", "DutySignEvent", "Escalation", "EscalationAttempt",
    "FollowUpReport", "Incident", "Instruction", "LeaderReport", "LeaderReportSending", "LeaderWhereabouts",
    "OfficeRule", "Organisation", "OutboxOp", "PasswordProof", "Person", "RejectedOp", "ReportMade",
    "RosterAbsence", "RosterDuty", "RosterPattern", "RosterSwap", "SetAsideRow", "SiteMeta", "SupervisionChase",
    "SupervisionReply", "SupervisionTask", "SyncConflict", "SyncFlag", "User", "WorkflowEvent",
]
