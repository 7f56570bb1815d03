"""Record kinds (table names) grouped by what a screen shows: a panel refreshes when a ChangeSet touches its
group. A new capability adds its group here and its panel listens for it."""

from duty_desk.storage.models import (
    Attachment,
    AttachmentChunk,
    AuditEntry,
    DutySignEvent,
    Escalation,
    EscalationAttempt,
    FollowUpReport,
    Incident,
    Instruction,
    LeaderReport,
    LeaderReportSending,
    LeaderWhereabouts,
    OfficeRule,
    Organisation,
    Person,
    RejectedOp,
    ReportMade,
    RosterAbsence,
    RosterDuty,
    RosterPattern,
    RosterSwap,
    SupervisionChase,
    SupervisionReply,
    SupervisionTask,
    SyncConflict,
    User,
)
from duty_desk.storage.models.workflow import WorkflowEvent

# Workflow events move incidents' and swaps' states; chunks arriving complete an attachment.
INCIDENTS = frozenset(m.__tablename__ for m in (Incident, FollowUpReport, ReportMade, Attachment, AttachmentChunk,
                                                 OfficeRule, WorkflowEvent))
DIRECTORY = frozenset(m.__tablename__ for m in (Organisation, Person))
ROSTER = frozenset(m.__tablename__ for m in (RosterPattern, RosterDuty, RosterAbsence, RosterSwap, DutySignEvent,
                                              WorkflowEvent))
ACCOUNTS = frozenset({User.__tablename__})
RULES = frozenset({OfficeRule.__tablename__})  # the office's rules: deadlines, rest, the idle lock…
AUDIT = frozenset({AuditEntry.__tablename__})
SYNC = frozenset(m.__tablename__ for m in (SyncConflict, RejectedOp))
WHEREABOUTS = frozenset({LeaderWhereabouts.__tablename__})  # the leaders' whereabouts board
# Instructions and their supervision tasks; workflow events move the tasks' states, feedback files arrive.
SUPERVISION = frozenset(m.__tablename__ for m in (Instruction, SupervisionTask, SupervisionReply, SupervisionChase,
                                                   WorkflowEvent, Attachment, AttachmentChunk, OfficeRule))
# Written reports to leaders (呈报单); sending one records an incident's report made.
LEADER_REPORTS = frozenset(m.__tablename__ for m in (LeaderReport, LeaderReportSending, ReportMade))
# Escalations: their attempts, the incident re-planning them, the policies, the roster and the whereabouts board
# deciding whom a step reaches.
ESCALATIONS = frozenset(m.__tablename__ for m in (Escalation, EscalationAttempt, Incident, OfficeRule, RosterDuty,
                                                   LeaderWhereabouts, Person))
