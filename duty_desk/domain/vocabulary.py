"""The duty room's vocabulary in English and Simplified Chinese, one catalogue for the screens and the printouts:
severities, statuses, categories, sources, report kinds, timeline events, roles, roster positions and shifts,
incident fields, Chinese numerals and the few sentences both print. The UI reads it in the interface language,
a printout in the language it is printed in, so the two always say the same thing. Sentences are whole, with
placeholders filled in after translation, never glued from fragments.

A new record kind adds its enum's terms to TERMS (or a table keyed by its values); `label` then names them."""

from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any

from duty_desk.domain.audit_actions import AuditAction
from duty_desk.domain.directory import OrgKind
from duty_desk.domain.escalation import AttemptKind, EscalationState, Means, Outcome, StepState, Target
from duty_desk.domain.incident_views import TimelineEvent, TimelineKind
from duty_desk.domain.incidents import Category, ReportKind, Severity, Source, Status
from duty_desk.domain.places import district_name
from duty_desk.domain.roles import Action, Role
from duty_desk.domain.roster import Position
from duty_desk.domain.supervision import TERMS as SUPERVISION_TERMS
from duty_desk.domain.timefmt import format_stored
from duty_desk.domain.whereabouts import Whereabouts


class Language(StrEnum):
    """The languages screens and printouts come in; the values are the interface's locale names."""

    ZH = "zh_CN"
    EN = "en"


Term = tuple[str, str]  # (English, Simplified Chinese)

SEVERITY: dict[Severity, Term] = {
    Severity.I: ("I Especially serious", "Ⅰ级 特别重大"),
    Severity.II: ("II Serious", "Ⅱ级 重大"),
    Severity.III: ("III Relatively serious", "Ⅲ级 较大"),
    Severity.IV: ("IV Ordinary", "Ⅳ级 一般"),
    Severity.UNASSESSED: ("Not yet assessed", "未定级"),
}
STATUS: dict[Status, Term] = {
    Status.NEW: ("New", "新接报"), Status.HANDLING: ("Being handled", "处置中"), Status.CLOSED: ("Closed", "已办结"),
}
CATEGORY: dict[Category, Term] = {
    Category.NATURAL_DISASTER: ("Natural disaster", "自然灾害"), Category.ACCIDENT: ("Accident", "事故灾难"),
    Category.PUBLIC_HEALTH: ("Public health", "公共卫生事件"),
    Category.SOCIAL_SECURITY: ("Social security", "社会安全事件"),
}
SOURCE: dict[Source, Term] = {
    Source.PHONE: ("Phone", "电话"), Source.FAX: ("Fax", "传真"), Source.SECURE_LINE: ("Secure line", "保密电话"),
    Source.SYSTEM: ("System push", "系统推送"), Source.WALK_IN: ("Walk-in", "来人报告"),
    Source.MEDIA: ("Media / online", "媒体/网络"),
}
REPORT_KIND: dict[ReportKind, Term] = {
    ReportKind.TELEPHONE: ("Telephone report", "电话报告"), ReportKind.WRITTEN: ("Written report", "书面报告"),
    ReportKind.FOLLOW_UP: ("Follow-up report", "续报"),
}
ROLE: dict[Role, Term] = {
    Role.DUTY_OFFICER: ("Duty officer", "值班员"), Role.SHIFT_LEADER: ("Shift leader", "带班领导"),
    Role.RECEPTION: ("Reception officer", "接待员"), Role.SYSTEM_ADMIN: ("System administrator", "系统管理员"),
    Role.SECURITY_ADMIN: ("Security administrator", "安全管理员"),
    Role.AUDIT_ADMIN: ("Audit administrator", "审计管理员"),
    Role.ADMIN: ("Administrator (system and security)", "管理员（系统与安全）"),
}
# What a refusal says the role may not do: "Your role may not {action}" / "您的角色无权{action}".
ACTION: dict[Action, Term] = {
    Action.MANAGE_USERS: ("manage accounts", "管理账号"), Action.VIEW_AUDIT: ("read the audit trail", "查阅审计记录"),
    Action.EDIT_SETTINGS: ("change the office's rules", "修改办公规则"),
    Action.VIEW_DIRECTORY: ("look up the directory", "查阅通讯录"),
    Action.EDIT_DIRECTORY: ("change the directory", "修改通讯录"),
    Action.IMPORT_DIRECTORY: ("import a directory file", "导入通讯录文件"),
    Action.VIEW_PERSONAL_DATA: ("see mobile and secure-line numbers", "查看手机和保密电话号码"),
    Action.MANAGE_SERVER_LINK: ("change the server link", "修改服务器连接"),
    Action.RESOLVE_CONFLICTS: ("resolve sync conflicts", "处理同步冲突"),
    Action.VIEW_INCIDENTS: ("see incidents", "查看突发事件"),
    Action.REGISTER_INCIDENT: ("register an incident", "登记突发事件"),
    Action.EDIT_INCIDENT: ("change an incident", "修改突发事件"),
    Action.VIEW_ROSTER: ("see the roster", "查看值班表"),
    Action.MANAGE_ROSTER: ("draw up or change the roster", "编排或调整值班表"),
    Action.REQUEST_SWAP: ("ask to swap this duty", "申请调换此班次"),
    Action.APPROVE_SWAP: ("decide this swap", "审批此调班"),
    Action.SIGN_DUTY: ("sign in or out of this duty", "为此班次接班或交班"),
    Action.VIEW_RULES: ("see the office's rules", "查看办公规则"),
    Action.SYNC: ("sync", "同步"),
    Action.EXPORT_DIRECTORY: ("export every phone number of the directory", "导出通讯录全部电话"),
    Action.DELETE_DIRECTORY_LEADER: ("remove a leader from the directory", "从通讯录删除领导"),
    Action.VIEW_ACCOUNTS: ("see the accounts", "查看账号"),
    Action.MANAGE_ROLES: ("give or change roles", "分配或变更角色"),
    Action.MANAGE_LOCKOUTS: ("unlock accounts", "解锁账号"),
    Action.SET_PASSWORD_POLICY: ("set the password rules", "设置密码规则"),
    Action.EXPORT_AUDIT: ("export the audit trail", "导出审计记录"),
    Action.VIEW_ESCALATIONS: ("see escalations and instructions", "查看呈报与批示"),
    Action.ESCALATE: ("escalate to leaders", "向领导呈报"),
    Action.DECIDE_ESCALATION_STEP: ("mark an escalation step not needed", "确认呈报步骤无需进行"),
    Action.MANAGE_ESCALATION_POLICIES: ("set the escalation steps", "设置呈报流程"),
    Action.RECORD_INSTRUCTION: ("record leaders' instructions", "登记领导批示"),
    Action.SUPERVISE: ("supervise departments' follow-up", "督办批示落实"),
    Action.CLOSE_SUPERVISION: ("close or return supervision tasks", "办结或退回督办事项"),
    Action.KEEP_WHEREABOUTS: ("keep the leaders' whereabouts", "登记领导去向"),
}
ORG_KIND: dict[OrgKind, Term] = {
    OrgKind.MUNICIPAL_DEPARTMENT: ("Municipal department", "市政府部门"),
    OrgKind.DISTRICT_GOVERNMENT: ("District government", "区政府"),
    OrgKind.DISTRICT_DUTY_ROOM: ("District duty room", "区值班室"), OrgKind.OTHER: ("Other unit", "其他单位"),
}
POSITION: dict[Position, Term] = {
    Position.LEADER: ("Leader in charge", "带班领导"),
    Position.SECRETARY_GENERAL: ("Duty secretary-general", "值班秘书长"),
    Position.OFFICER: ("Duty officers", "值班员"),
}
POSITION_ORDER = (Position.LEADER, Position.SECRETARY_GENERAL, Position.OFFICER)  # rank order, as printed
WHEREABOUTS: dict[Whereabouts, Term] = {
    Whereabouts.IN_OFFICE: ("In the office", "在机关"), Whereabouts.IN_BEIJING: ("In Beijing", "在京"),
    Whereabouts.AWAY: ("Away from Beijing", "离京"), Whereabouts.ABROAD: ("Abroad", "出国（境）"),
    Whereabouts.ON_LEAVE: ("On leave", "休假"),
}
OUTCOME: dict[Outcome, Term] = {
    Outcome.REACHED: ("Reached", "已联系上"), Outcome.NO_ANSWER: ("No answer", "无人接听"),
    Outcome.BUSY: ("Busy", "占线"), Outcome.MESSAGE: ("Left a message", "已留言"),
    Outcome.LINE_FAILED: ("Line failed", "线路故障"),
}
MEANS: dict[Means, Term] = {
    Means.PHONE: ("Phone", "电话"), Means.SECURE_PHONE: ("Secure phone", "保密电话"),
    Means.IN_PERSON: ("In person", "当面报告"), Means.WRITTEN: ("Written report", "书面报告"),
    Means.FAX: ("Fax", "传真"),
}
STEP_STATE: dict[StepState, Term] = {
    StepState.OPEN: ("Waiting", "待呈报"), StepState.DONE: ("Done", "已呈报"), StepState.SKIPPED: ("Skipped", "已跳过"),
    StepState.PASSED: ("Went on", "已越过"), StepState.NOT_NEEDED: ("Not needed", "无需进行"),
}
ESCALATION_STATE: dict[EscalationState, Term] = {
    EscalationState.IN_PROGRESS: ("In progress", "呈报中"), EscalationState.COMPLETE: ("Complete", "已完成"),
    EscalationState.ENDED: ("Ended (incident closed)", "已结束（事件已办结）"),
}
TARGET: dict[Target, Term] = {
    Target.POSITION: ("On duty", "值班岗位"), Target.PERSON: ("Person", "指定人员"),
    Target.ORGANISATION: ("Organisation's duty phone", "单位值班电话"),
    Target.IN_CHARGE: ("Leader in charge", "分管市领导"),
}
ATTEMPT_KIND: dict[AttemptKind, Term] = {
    AttemptKind.ATTEMPT: ("Attempt", "联系"), AttemptKind.SKIP: ("Skipped", "跳过"),
    AttemptKind.GO_ON: ("Went on", "越过"), AttemptKind.NOT_NEEDED: ("Not needed", "无需进行"),
}
# Keyed by the shift's name (domain.roster.Shift.name is a plain string).
SHIFT: dict[str, Term] = {"24h": ("24 h", "24小时"), "day": ("day", "白班"), "night": ("night", "夜班")}
# Timeline events, keyed by TimelineEvent.kind (a plain string until the domain has an enum for it); a follow-up
# is numbered: see `event`.
EVENT: dict[TimelineKind, Term] = {
    TimelineKind.INTAKE: ("Received", "接报"), TimelineKind.FINAL: ("Final report", "终报"),
    TimelineKind.REPORT_MADE: ("Reported up", "报告上级"), TimelineKind.CHANGE: ("Changed", "信息变更"),
    TimelineKind.ATTACHMENT: ("Attached", "添加附件"),
    TimelineKind.INSTRUCTION: ("Leaders' instructions", "领导批示"),
    TimelineKind.LEADER_REPORT: ("Written report to a leader", "呈报单"),
    TimelineKind.ESCALATION: ("Escalation to leaders", "逐级呈报"),
}
# An incident's fields, as the form prints them and the history of changes names them.
FIELD: dict[str, Term] = {
    "received_at": ("Received", "接报时间"), "source": ("Source", "信息来源"),
    "reporter_unit": ("Reporting unit", "报告单位"), "reporter_name": ("Reporter", "报告人"),
    "reporter_title": ("Reporter's title", "报告人职务"), "reporter_phone": ("Reporter's phone", "报告人电话"),
    "occurred_at": ("Occurred", "事发时间"), "district_code": ("District", "所属区"), "address": ("Address", "地址"),
    "place": ("Place", "事发地点"), "category": ("Category", "事件类别"), "severity": ("Severity", "事件级别"),
    "status": ("Status", "状态"), "status_reason": ("Reason", "状态说明"), "taken_by": ("Taken by", "接报人"),
    "summary": ("What happened", "事件简要情况"), "scope": ("Scope", "影响范围"),
    "casualties": ("Casualties", "人员伤亡"), "dead": ("Dead", "死亡"), "injured": ("Injured", "受伤"),
    "missing": ("Missing", "失踪"), "trapped": ("Trapped", "被困"), "losses": ("Property losses", "财产损失"),
    "trend": ("Trend", "发展趋势"), "measures": ("Leaders on site and measures taken", "领导到位情况及已采取措施"),
    "commander": ("On-site commander and contact", "现场指挥及联系方式"),
    "requests": ("Suggestions / requests", "建议/请求"), "notified": ("Already notified", "已通报单位"),
    "drill": ("Drill", "演练"), "duplicate_of": ("Further report of", "同一事件（关联至）"),
    "reason": ("Reason for the change", "变更原因"),
}
# Whole sentences and the separators lists are joined with; {placeholders} are filled after translation.
SENTENCE: dict[str, Term] = {
    "follow_up": ("Follow-up report {n}", "续报{numeral}"),
    "field_value": ("{field}: {value}", "{field}：{value}"),
    "changes_joined": ("; ", "；"),
    "names_joined": (", ", "、"),
    "report_made": ("{report} to {to} ({how})", "{report}：报{to}（{how}）"),
    "casualties": ("dead {dead}, injured {injured}, missing {missing}, trapped {trapped}",
                   "死亡 {dead} 人，受伤 {injured} 人，失踪 {missing} 人，被困 {trapped} 人"),
    "signature": ("{role} (signature):", "{role}（签字）："),
    "yes": ("yes", "是"), "no": ("no", "否"),
    "not_known": ("Not yet known", "尚不明确"),
    "corrected": ("{event} (corrected below)", "{event}（已更正，见更正）"),
    "correction": ("Correction of {event}", "{event}更正"),
    "escalation_started": ("Escalation started ({steps} steps)", "启动逐级呈报（共 {steps} 步）"),
    "escalation_attempt": ("Step {n}, {whom}: {outcome} ({means})", "第 {n} 步，{whom}：{outcome}（{means}）"),
    "escalation_acting": ("{reached}, acting for {named}", "{reached}（代{named}）"),
    "escalation_skip": ("Step {n} skipped: {reason}", "第 {n} 步跳过：{reason}"),
    "escalation_go_on": ("Step {n}: went on to the next step at once", "第 {n} 步：直接进入下一步"),
    "escalation_not_needed": ("Step {n} not needed: {reason}", "第 {n} 步无需进行：{reason}"),
    "nobody_on_duty": ("nobody on duty in that position", "该岗位无人值班"),
    "in_charge": ("Municipal leader in charge", "分管市领导"),
}

AUDIT_ACTION: dict[AuditAction, Term] = {  # as the audit viewer and its export name each entry
    AuditAction.LOGIN: ("Logged in", "登录"), AuditAction.LOGIN_FAILED: ("Login failed", "登录失败"),
    AuditAction.REAUTHENTICATE: ("Unlocked the screen", "解除锁屏"),
    AuditAction.REAUTHENTICATE_FAILED: ("Screen unlock failed", "解除锁屏失败"),
    AuditAction.LOGIN_WHILE_LOCKED: ("Login refused: account locked", "登录被拒：账户已锁定"),
    AuditAction.LOGIN_DISABLED: ("Login refused: account disabled", "登录被拒：账户已停用"),
    AuditAction.ACCOUNT_LOCKED: ("Account locked", "账户锁定"),
    AuditAction.UNLOCK_ACCOUNT: ("Account unlocked", "账户解锁"),
    AuditAction.CREATE_USER: ("Account created", "创建账户"),
    AuditAction.CHANGE_PASSWORD: ("Password changed", "修改密码"),
    AuditAction.DISABLE_USER: ("Account disabled", "停用账户"),
    AuditAction.ENABLE_USER: ("Account enabled", "启用账户"), AuditAction.CHANGE_ROLE: ("Role changed", "变更角色"),
    AuditAction.CREATE_ORG: ("Organisation added", "新增单位"),
    AuditAction.UPDATE_ORG: ("Organisation edited", "修改单位"),
    AuditAction.DELETE_ORG: ("Organisation removed", "删除单位"),
    AuditAction.CREATE_PERSON: ("Person added", "新增人员"), AuditAction.UPDATE_PERSON: ("Person edited", "修改人员"),
    AuditAction.DELETE_PERSON: ("Person removed", "删除人员"),
    AuditAction.REGISTER_INCIDENT: ("Incident registered", "登记事件"),
    AuditAction.UPDATE_INCIDENT: ("Incident edited", "修改事件"),
    AuditAction.LINK_DUPLICATE: ("Linked as a duplicate", "关联重复事件"),
    AuditAction.SET_INCIDENT_STATUS: ("Incident status changed", "变更事件状态"),
    AuditAction.ADD_FOLLOW_UP: ("Follow-up added", "新增续报"), AuditAction.RECORD_REPORT: ("Report made", "登记报送"),
    AuditAction.ADD_ATTACHMENT: ("File attached", "添加附件"),
    AuditAction.SAVE_PATTERN: ("Shift pattern saved", "保存班次模式"),
    AuditAction.SAVE_ROTATION: ("Roster drawn up", "编排值班表"),
    AuditAction.IMPORT_ROSTER: ("Roster imported", "导入值班表"),
    AuditAction.ADD_DUTY: ("Added to a shift", "加入班次"),
    AuditAction.REMOVE_DUTY: ("Removed from a shift", "移出班次"),
    AuditAction.REPLACE_ON_DUTY: ("Replaced on duty", "替班"), AuditAction.ADD_ABSENCE: ("Leave recorded", "登记请假"),
    AuditAction.REQUEST_SWAP: ("Swap requested", "申请换班"), AuditAction.DECIDE_SWAP: ("Swap decided", "审批换班"),
    AuditAction.SIGN_IN: ("Signed in (接班)", "接班签到"), AuditAction.SIGN_OUT: ("Signed out (交班)", "交班签退"),
    AuditAction.EDIT_OFFICE_RULE: ("Office rule changed", "修改办公规则"),
    AuditAction.CONNECT_SERVER: ("Linked to the server", "连接服务器"),
    AuditAction.DISCONNECT_SERVER: ("Unlinked from the server", "断开服务器"),
    AuditAction.RESOLVE_CONFLICT: ("Conflict resolved", "解决冲突"),
    AuditAction.CLOSE_CONFLICT: ("Conflict closed", "关闭冲突"),
    AuditAction.EXPORT_AUDIT: ("Audit trail exported", "导出审计记录"),
    AuditAction.RECORD_INSTRUCTION: ("Instruction recorded", "登记批示"),
    AuditAction.ISSUE_SUPERVISION_TASK: ("Supervision task issued", "交办督办事项"),
    AuditAction.RECORD_TASK_RECEIPT: ("Task receipt recorded", "登记签收"),
    AuditAction.RECORD_TASK_FEEDBACK: ("Task feedback recorded", "登记反馈"),
    AuditAction.RECORD_CHASE: ("Department chased", "催办"),
    AuditAction.CLOSE_SUPERVISION_TASK: ("Supervision task closed", "督办办结"),
    AuditAction.RETURN_SUPERVISION_TASK: ("Supervision task returned", "督办退回"),
    AuditAction.SAVE_WHEREABOUTS: ("Leader's whereabouts recorded", "登记领导去向"),
    AuditAction.END_WHEREABOUTS: ("Leader's whereabouts ended", "结束领导去向"),
    AuditAction.DRAFT_LEADER_REPORT: ("Written report drafted", "起草呈报单"),
    AuditAction.EDIT_LEADER_REPORT: ("Written report edited", "修改呈报单"),
    AuditAction.SEND_LEADER_REPORT: ("Written report sent", "呈报单报送"),
    AuditAction.START_ESCALATION: ("Escalation started", "启动逐级呈报"),
    AuditAction.RECORD_ESCALATION_ATTEMPT: ("Escalation attempt recorded", "登记呈报联系"),
    AuditAction.DECIDE_ESCALATION_STEP: ("Escalation step decided", "确认呈报步骤"),
}

# Each enum's table, by the enum (a table's keys are that enum's members: Any, as mappings' keys are invariant).
TERMS: Mapping[type[StrEnum], Mapping[Any, Term]] = {
    Severity: SEVERITY, Status: STATUS, Category: CATEGORY, Source: SOURCE, ReportKind: REPORT_KIND, Role: ROLE,
    OrgKind: ORG_KIND, Position: POSITION, Action: ACTION, Whereabouts: WHEREABOUTS, AuditAction: AUDIT_ACTION,
    **SUPERVISION_TERMS,
    Outcome: OUTCOME, Means: MEANS, StepState: STEP_STATE, EscalationState: ESCALATION_STATE, Target: TARGET,
    AttemptKind: ATTEMPT_KIND,
}


def pick(term: Term, language: Language) -> str:
    return term[1] if language is Language.ZH else term[0]


def label(value: StrEnum, language: Language) -> str:
    """The word for an enum value, e.g. label(Severity.I, Language.ZH) == 'Ⅰ级 特别重大'; a stored value this
    version does not know (storage's UnknownValue) as it is."""
    terms = TERMS.get(type(value), {})
    return pick(terms[value], language) if value in terms else str(value)


def sentence(key: str, language: Language, **values: object) -> str:
    """A sentence of SENTENCE in that language, its placeholders filled in."""
    return pick(SENTENCE[key], language).format(**values)


def field(name: str, language: Language) -> str:
    """An incident field's name; an unknown field (from a newer version) by its own name."""
    return pick(FIELD[name], language) if name in FIELD else name


def shift(name: str, language: Language) -> str:
    return pick(SHIFT[name], language) if name in SHIFT else name


def event(kind: TimelineKind, language: Language, number: int | None = None) -> str:
    """A timeline event's name: '续报三' / 'Follow-up report 3' for the third follow-up, '终报' for the final one."""
    if kind is TimelineKind.FOLLOW_UP:
        n = number or 0
        return sentence("follow_up", language, n=n, numeral=chinese_numeral(n))
    return pick(EVENT[kind], language)


def event_name(happened: TimelineEvent, language: Language) -> str:
    """As `event`, and a follow-up corrected or correcting says so: '续报二（已更正，见更正）', '续报二更正'."""
    name = event(happened.kind, language, happened.number)
    if happened.corrects:
        return sentence("correction", language, event=name)
    return sentence("corrected", language, event=name) if happened.corrected else name


def word(value: str, kind: type[StrEnum], language: Language) -> str:
    """A stored value of an enum in words; a value this version does not know (synced from a newer one) as is."""
    return label(kind(value), language) if value in set(kind) else value


_CHANGED_VALUES: dict[str, type[StrEnum]] = {"source": Source, "category": Category, "severity": Severity,
                                            "status": Status}


def _changed_value(name: str, value: str, language: Language) -> str:
    if name in _CHANGED_VALUES:
        return word(value, _CHANGED_VALUES[name], language)
    if name == "district_code" and value:
        return district_name(value, language is Language.ZH)
    if name == "drill":
        return sentence("yes" if value == "True" else "no", language)
    return format_stored(value) if name.endswith("_at") and value else value


def change_text(changes: Sequence[tuple[str, str]], language: Language) -> str:
    """A change in the history, fields and values in words: 'Severity: II Serious; Status: Closed'."""
    return sentence("changes_joined", language).join(
        sentence("field_value", language, field=field(name, language), value=_changed_value(name, value, language))
        for name, value in changes)


def report_made_text(kind: str, to_whom: str, how: str, language: Language) -> str:
    """'Telephone report to 市政府总值班室 (Phone)'; a kind or means this version does not know, as stored."""
    return sentence("report_made", language, report=word(kind, ReportKind, language), to=to_whom,
                    how=word(how, Source, language))


_DIGITS = "零一二三四五六七八九"


def _below_ten_thousand(n: int) -> str:
    out, zero = "", False
    for size, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // size % 10
        if digit == 0:
            zero = bool(out)  # one 零 stands for the zeros between two digits; trailing zeros are silent
            continue
        out += ("零" if zero else "") + _DIGITS[digit] + unit
        zero = False
    return out


def _numeral(n: int) -> str:
    for size, unit in ((10**8, "亿"), (10**4, "万")):
        if n >= size:
            high, low = divmod(n, size)
            rest = ("零" if low < size // 10 else "") + _numeral(low) if low else ""
            return _numeral(high) + unit + rest
    return _below_ten_thousand(n)


def chinese_numeral(n: int) -> str:
    """1 -> 一, 10 -> 十, 15 -> 十五, 23 -> 二十三, 105 -> 一百零五, 10005 -> 一万零五 (follow-ups are numbered so)."""
    if n < 0:
        return "负" + chinese_numeral(-n)
    if n == 0:
        return _DIGITS[0]
    text = _numeral(n)
    return text[1:] if text.startswith("一十") else text  # 十五, 十万: the leading 一 of 一十 is not said
