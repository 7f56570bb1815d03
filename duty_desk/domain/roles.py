"""Roles and the actions each may take. Services check these; the UI only hides what would be refused."""

from enum import StrEnum


class Role(StrEnum):
    DUTY_OFFICER = "duty_officer"
    SHIFT_LEADER = "shift_leader"
    RECEPTION = "reception"
    # Separation of duties (三员分立): accounts, server link and office rules; roles, lockouts and password
    # policy; the audit trail. None may do another's part.
    SYSTEM_ADMIN = "system_admin"
    SECURITY_ADMIN = "security_admin"
    AUDIT_ADMIN = "audit_admin"
    # An administrator from before the split: system and security administrator at once, until the security
    # administrator gives the person one of the three. Never given to a new account.
    ADMIN = "admin"


class Action(StrEnum):
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    EDIT_SETTINGS = "edit_settings"
    VIEW_DIRECTORY = "view_directory"
    EDIT_DIRECTORY = "edit_directory"
    IMPORT_DIRECTORY = "import_directory"
    VIEW_PERSONAL_DATA = "view_personal_data"
    MANAGE_SERVER_LINK = "manage_server_link"
    RESOLVE_CONFLICTS = "resolve_conflicts"
    VIEW_INCIDENTS = "view_incidents"
    REGISTER_INCIDENT = "register_incident"
    EDIT_INCIDENT = "edit_incident"
    VIEW_ROSTER = "view_roster"
    MANAGE_ROSTER = "manage_roster"  # patterns, drawing up and changing the roster, leave
    REQUEST_SWAP = "request_swap"
    APPROVE_SWAP = "approve_swap"
    SIGN_DUTY = "sign_duty"  # 接班/交班
    VIEW_RULES = "view_rules"  # the office's rules: rest between duties, attachment limit, reporting deadlines
    SYNC = "sync"  # push and pull, and see the link's state: a workstation syncs whoever is logged in
    EXPORT_DIRECTORY = "export_directory"  # every phone number of the office in one file
    DELETE_DIRECTORY_LEADER = "delete_directory_leader"  # a leader's entry (带班领导, 市领导) leaves the directory
    VIEW_ACCOUNTS = "view_accounts"  # the list of accounts, their roles and whether they are disabled or locked
    # Escalation to leaders, their instructions and the supervision of departments (呈报 → 批示 → 督办)
    VIEW_ESCALATIONS = "view_escalations"  # escalations, written reports, instructions, tasks, leaders' whereabouts
    ESCALATE = "escalate"  # start an escalation, record attempts, go on to the next step; draft and send 呈报单
    DECIDE_ESCALATION_STEP = "decide_escalation_step"  # mark a step not needed, with a reason
    MANAGE_ESCALATION_POLICIES = "manage_escalation_policies"  # the office's steps per severity and category
    RECORD_INSTRUCTION = "record_instruction"  # a leader's instruction (批示), or its correction
    SUPERVISE = "supervise"  # issue supervision tasks, record receipt, feedback and chases (催办)
    CLOSE_SUPERVISION = "close_supervision"  # close a task or return it for more, with a reason
    KEEP_WHEREABOUTS = "keep_whereabouts"  # the leaders' whereabouts board (领导去向) and who acts for them
    # Security administrator's
    MANAGE_ROLES = "manage_roles"  # give or change an account's role (never one's own)
    MANAGE_LOCKOUTS = "manage_lockouts"  # unlock a locked account
    SET_PASSWORD_POLICY = "set_password_policy"
    # Audit administrator's
    EXPORT_AUDIT = "export_audit"


# The three of separation of duties (三员分立).
ADMINISTRATORS = frozenset({Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN})

_ALL = frozenset(Action)
# Officers and shift leaders phone people: they see mobiles, secure lines and duty phones unmasked.
_OFFICER = frozenset({Action.VIEW_DIRECTORY, Action.EDIT_DIRECTORY, Action.VIEW_PERSONAL_DATA, Action.VIEW_INCIDENTS,
                      Action.REGISTER_INCIDENT, Action.EDIT_INCIDENT, Action.VIEW_ROSTER, Action.REQUEST_SWAP,
                      Action.SIGN_DUTY, Action.VIEW_RULES, Action.SYNC, Action.VIEW_ESCALATIONS, Action.ESCALATE,
                      Action.RECORD_INSTRUCTION, Action.SUPERVISE, Action.KEEP_WHEREABOUTS})

_COMMON = frozenset({Action.VIEW_RULES, Action.SYNC})
_SECURITY = _COMMON | {Action.VIEW_ACCOUNTS, Action.MANAGE_ROLES, Action.MANAGE_LOCKOUTS, Action.SET_PASSWORD_POLICY}
_AUDIT = _COMMON | {Action.VIEW_AUDIT, Action.EXPORT_AUDIT}
_SYSTEM = (_ALL - _SECURITY - _AUDIT) | _COMMON | {Action.VIEW_ACCOUNTS}

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.DUTY_OFFICER: _OFFICER,
    Role.SHIFT_LEADER: _OFFICER | {Action.IMPORT_DIRECTORY, Action.VIEW_AUDIT, Action.RESOLVE_CONFLICTS,
                                   Action.APPROVE_SWAP, Action.DECIDE_ESCALATION_STEP, Action.CLOSE_SUPERVISION},
    # Reception must know who is on duty to send a visitor on, and reach a host at the office phone; mobiles,
    # secure lines and duty phones are masked for it.
    Role.RECEPTION: frozenset({Action.VIEW_DIRECTORY, Action.VIEW_ROSTER, Action.VIEW_RULES, Action.SYNC}),
    Role.SYSTEM_ADMIN: _SYSTEM,
    Role.SECURITY_ADMIN: _SECURITY,
    Role.AUDIT_ADMIN: _AUDIT,
    # Today's administrators (the value 'admin' in existing databases): system and security administrator, never
    # the audit trail's.
    Role.ADMIN: _SYSTEM | _SECURITY,
}


def allowed(role: Role, action: Action) -> bool:
    return action in PERMISSIONS[role]


def parse_role(text: str) -> Role:
    """Accept the role's value or its name in any case ('admin', 'SHIFT_LEADER', 'shift-leader')."""
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    for role in Role:
        if key in (role.value, role.name.lower()):
            return role
    known = ", ".join(r.value for r in Role)
    raise ValueError(f"unknown role {text!r}; known roles: {known}")
