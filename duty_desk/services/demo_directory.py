"""The demo office's directory: real district and department names, fictional people and phone numbers."""

from duty_desk.domain.directory import OrgKind
from duty_desk.domain.places import DISTRICTS
from duty_desk.services.permission import internal

# (name, switchboard, address) of municipal departments; the duty phone is the switchboard's ...99.
DEPARTMENTS: tuple[tuple[str, str, str], ...] = (
    ("北京市人民政府办公厅", "010-65190001", "东城区正义路2号"),
    ("北京市应急管理局", "010-65190101", "通州区"),
    ("北京市公安局", "010-65190102", "东城区"),
    ("北京市消防救援总队", "010-65190103", "西城区"),
    ("北京市卫生健康委员会", "010-65190104", "通州区"),
    ("北京市交通委员会", "010-65190105", "通州区"),
    ("北京市生态环境局", "010-65190106", "通州区"),
    ("北京市水务局", "010-65190107", "海淀区"),
    ("北京市气象局", "010-65190108", "海淀区"),
    ("北京市城市管理委员会", "010-65190109", "通州区"),
    ("北京市住房和城乡建设委员会", "010-65190110", "通州区"),
    ("北京市民政局", "010-65190111", "通州区"),
    ("北京市教育委员会", "010-65190112", "西城区"),
    ("北京市市场监督管理局", "010-65190113", "通州区"),
    ("北京市规划和自然资源委员会", "010-65190114", "通州区"),
)

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗"
GIVEN = ("伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀兰", "建华",
         "志强", "海燕", "国庆", "晓东", "丽娟", "文博", "子涵", "浩然", "雨桐")

# Fictional municipal leaders and the general office's own duty staff.
LEADERS: tuple[tuple[str, str, str], ...] = (
    ("林正华", "市长", "市长办公室"),
    ("周明远", "常务副市长", "副市长办公室"),
    ("吴海宁", "副市长", "副市长办公室"),
    ("郭立群", "副市长", "副市长办公室"),
    ("陈思源", "市政府秘书长", "秘书长办公室"),
    ("马文涛", "市政府副秘书长（值班秘书长）", "副秘书长办公室"),
    ("罗建平", "办公厅副主任（带班领导）", "总值班室"),
)
DUTY_STAFF: tuple[tuple[str, str], ...] = (
    ("张伟", "总值班室主任"),
    ("李娜", "值班员"),
    ("王磊", "值班员"),
    ("赵敏", "值班员"),
    ("刘洋", "值班员"),
    ("孙静", "接待员"),
)


@internal
def fictional_name(i: int) -> str:
    return SURNAMES[(i * 7) % len(SURNAMES)] + GIVEN[(i * 5) % len(GIVEN)]


@internal
def mobile(i: int) -> str:
    # 139-0000-xxxx: a fictional block, so the demo never dials anyone real.
    return f"1390000{i:04d}"


@internal
def organisations() -> list[tuple[str, OrgKind, str, str, str, str]]:
    orgs = [(name, OrgKind.MUNICIPAL_DEPARTMENT, "", phone, phone[:-2] + "99", address)
            for name, phone, address in DEPARTMENTS]
    for n, (code, zh, _en) in enumerate(DISTRICTS):
        gov = f"{zh}管理委员会" if code == "BDA" else f"{zh}人民政府"
        orgs.append((gov, OrgKind.DISTRICT_GOVERNMENT, code, f"010-6{n:02d}10000", "", zh))
        orgs.append((f"{zh}政府值班室", OrgKind.DISTRICT_DUTY_ROOM, code, "", f"010-6{n:02d}12345", zh))
    return orgs
