"""Demo incidents: a few dozen realistic reports across severities, districts and states, some clocks
running, one overdue, one drill. Times are relative to when the demo is seeded, so clocks are live."""

import random
from datetime import datetime, timedelta

from duty_desk.domain.incidents import Category, ReportKind, Severity, Source, Status
from duty_desk.domain.intake import IncidentData
from duty_desk.domain.places import DISTRICTS
from duty_desk.services import incidents
from duty_desk.services.context import Actor, Services
from duty_desk.services.permission import internal

# (category, severity, summary template, follow-ups)
STORIES: tuple[tuple[Category, Severity, str, tuple[str, ...]], ...] = (
    (Category.ACCIDENT, Severity.III, "{place}一居民楼燃气管道泄漏，已疏散居民约 120 人",
     ("漏点已关阀封堵，燃气集团抢修人员到场", "现场检测浓度正常，居民陆续返回")),
    (Category.ACCIDENT, Severity.IV, "{place}路口两车相撞，1 人轻伤送医", ("道路已恢复通行",)),
    (Category.NATURAL_DISASTER, Severity.III, "{place}山区强降雨引发小型泥石流，一条村道中断",
     ("无人员伤亡，转移群众 35 人", "抢通工作持续进行")),
    (Category.PUBLIC_HEALTH, Severity.IV, "{place}一学校食堂疑似食物中毒，12 名学生出现呕吐症状",
     ("患者均已送医，症状较轻", "疾控中心已采样送检")),
    (Category.SOCIAL_SECURITY, Severity.IV, "{place}一商场发生群体性讨薪，约 30 人聚集", ("经劝导人员已散去",)),
    (Category.ACCIDENT, Severity.II, "{place}一在建工地脚手架坍塌，多名工人被困",
     ("已救出 3 人，仍有 2 人被困", "被困人员全部救出，2 人重伤")),
    (Category.NATURAL_DISASTER, Severity.IV, "{place}大风导致多处树木倒伏，砸中停放车辆", ()),
    (Category.ACCIDENT, Severity.UNASSESSED, "{place}一仓库冒出浓烟，具体情况正在核实", ()),
)
REPORTERS = (("区政府值班室", "值班员"), ("区应急管理局", "值班主任"), ("市公安局指挥中心", "值班长"),
             ("区消防救援支队", "指挥员"))


@internal
def seed_incidents(services: Services, actor: Actor, now: datetime, count: int = 36) -> int:
    rng = random.Random(20261125)  # the same demo every time
    made = 0
    for n in range(count):
        category, severity, template, follow_ups = STORIES[n % len(STORIES)]
        code, zh, _en = DISTRICTS[n % len(DISTRICTS)]
        # The newest few are only minutes old, so their clocks are running; one is already overdue.
        age = timedelta(minutes=[4, 12, 45][n]) if n < 3 else timedelta(hours=2 + n * 9 + rng.randint(0, 5))
        received = now - age
        unit, title = REPORTERS[n % len(REPORTERS)]
        data = IncidentData(
            received_at=received, source=[Source.PHONE, Source.FAX, Source.SECURE_LINE][n % 3],
            summary=template.format(place=zh), reporter_unit=f"{zh}{unit}" if "区" in unit else unit,
            reporter_name="王磊李娜赵敏刘洋孙静周伟"[n % 6 * 2:n % 6 * 2 + 2], reporter_title=title,
            reporter_phone=f"010-6{n:03d}{rng.randint(1000, 9999)}", occurred_at=received - timedelta(minutes=20),
            district_code=code, address=f"{zh}某街道 {rng.randint(1, 300)} 号", category=category,
            severity=severity, injured=rng.randint(0, 3) if category is Category.ACCIDENT else 0,
            measures="区领导已赶赴现场，组织处置" if severity in (Severity.II, Severity.III) else "",
            drill=n == 5)
        incident_id, _ = incidents.register(services, actor, data)
        made += 1
        if n < 3:
            continue  # still fresh: nothing reported up yet (n == 2 is overdue on the telephone report)
        incidents.record_report(services, actor, incident_id, ReportKind.TELEPHONE, received + timedelta(minutes=12),
                                "市政府总值班室带班领导", "phone")
        incidents.record_report(services, actor, incident_id, ReportKind.WRITTEN, received + timedelta(minutes=50),
                                "市政府办公厅", "fax")
        for i, text in enumerate(follow_ups):
            incidents.add_follow_up(services, actor, incident_id, text, received + timedelta(hours=1 + i),
                                    Source.PHONE, unit)
        # Older reports are closed, as a real log would have them; a handful stay open with their clocks.
        if n % 3 == 0 or (n > 6 and severity is not Severity.IV):
            incidents.set_status(services, actor, incident_id, Status.CLOSED, "处置完毕，现场恢复正常")
        elif n % 3 == 1:
            incidents.set_status(services, actor, incident_id, Status.HANDLING)
    return made
