"""Beijing's districts and the development area, with their administrative codes."""

DISTRICTS: tuple[tuple[str, str, str], ...] = (
    ("110101", "东城区", "Dongcheng"),
    ("110102", "西城区", "Xicheng"),
    ("110105", "朝阳区", "Chaoyang"),
    ("110106", "丰台区", "Fengtai"),
    ("110107", "石景山区", "Shijingshan"),
    ("110108", "海淀区", "Haidian"),
    ("110109", "门头沟区", "Mentougou"),
    ("110111", "房山区", "Fangshan"),
    ("110112", "通州区", "Tongzhou"),
    ("110113", "顺义区", "Shunyi"),
    ("110114", "昌平区", "Changping"),
    ("110115", "大兴区", "Daxing"),
    ("110116", "怀柔区", "Huairou"),
    ("110117", "平谷区", "Pinggu"),
    ("110118", "密云区", "Miyun"),
    ("110119", "延庆区", "Yanqing"),
    ("BDA", "北京经济技术开发区", "Beijing Economic-Technological Development Area"),
)

DISTRICT_CODES = frozenset(code for code, _, _ in DISTRICTS)


def district_name(code: str, chinese: bool = True) -> str:
    for c, zh, en in DISTRICTS:
        if c == code:
            return zh if chinese else en
    return code


def district_code(name_or_code: str) -> str | None:
    key = name_or_code.strip()
    for c, zh, en in DISTRICTS:
        if key in (c, zh, en) or key.lower() == en.lower():
            return c
    return None
