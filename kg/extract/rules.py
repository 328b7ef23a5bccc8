"""Word lists the extractors share: organisation and outlet heads, titles, filters.

These are properties of the Chinese language and of how news names things
(an organisation's name ends in 大学/委员会/研究所…, an outlet's in 通讯社/
电视台/日报…), not of any article.
"""
from __future__ import annotations

import re

# Heads that end an organisation name (simplified script; matched on folded text).
ORG_HEADS = (
    "大学", "学院", "研究所", "研究院", "研究中心", "科学院", "中心", "委员会", "理事会", "议会", "国会",
    "部", "署", "局", "厅", "院", "会", "社", "组织", "联盟", "集团", "公司", "银行", "基金", "基金会",
    "党", "军", "办公室", "法院", "检察院", "协会", "学会", "联合会", "医院", "学校", "中学", "小学",
    "所", "馆", "台", "网", "报", "机构", "论坛", "峰会秘书处", "秘书处", "政府", "内阁", "白宫", "宫",
)
# Heads after which a longer organisation name may continue with a sub-unit
# (华东师范大学|中亚研究中心): the prefix is the parent organisation.
PARENT_HEADS = ("大学", "学院", "科学院", "社会科学院", "研究院", "党校")
# Heads that make an organisation name an outlet (news organisation).
OUTLET_HEADS = (
    "通讯社", "通讯社", "新闻社", "新闻网", "新闻台", "电视台", "广播电台", "电台", "广播公司", "日报", "时报",
    "晚报", "早报", "邮报", "周刊", "周报", "报社", "之声", "新闻", "报",
)
# Titles and honorifics: a PER span ending in one of these is a title, not a name (习主席).
TITLE_WORDS = (
    "主席", "总统", "总理", "首相", "部长", "外长", "先生", "女士", "教授", "博士", "大使", "书记", "委员",
    "发言人", "记者", "总书记", "国王", "女王", "王子", "将军", "主任", "院长", "校长", "议员", "市长",
)
# Heads that end the name of a venue (阿卜杜勒阿齐兹国王国际会议中心, 克里姆林宫, 钓鱼台国宾馆): a name
# the NER tags as a person but that ends in one of these is a place.
VENUE_HEADS = (
    "会议中心", "中心", "宫", "大厅", "广场", "国宾馆", "宾馆", "饭店", "酒店", "机场", "体育场", "大厦",
    "会堂", "庄园", "城堡", "官邸", "总统府", "大教堂", "纪念馆", "博物馆", "图书馆",
)
# Place names the NER tags as people (transliterated towns: 安克雷奇, 巴赫穆特, 卢甘斯克): a
# person span is a place when it ends in an administrative head (巴达赫尚省), or when its
# context is a place's: after a marker of going or lying somewhere (抵达安克雷奇, 位于巴赫穆特),
# before a local-time or an administrative word (安克雷奇当地时间, 克利夫兰市), or between 在 and a
# verb of holding (在安克雷奇举行). 在 alone is no evidence: 在拜登就职后.
PLACE_HEADS = ("省", "州", "郡", "县", "市", "镇", "村", "地区", "自治区")
PLACE_BEFORE = ("位于", "抵达", "飞抵", "前往", "赴", "来到", "途经", "飞往", "转往", "到访", "到达", "攻占", "撤出")
PLACE_AFTER = ("当地时间", "市", "州", "省", "郡", "地区", "附近", "一带", "前线", "郊区", "市中心")
PLACE_AFTER_NOT = ("长", "委", "议")   # 白思豪市长, 州议员: a title after a person's name
# a list that ends in 等地 / 等方向 names places (在红利曼、巴赫穆特等方向, 库皮扬斯克、红利曼等方向), and a
# name listed with a place (顿涅茨克南部和红利曼, 卢甘斯克、顿涅茨克) is a place
PLACE_LIST_END = re.compile(r"(?:[、和及][^、，。,；;和及]{1,10})*等(?:地|方向|城市|州|省|地区|城镇)")
LIST_JOINERS = "、和及"
PLACE_HOLD_AFTER = ("举行", "召开", "举办", "会晤", "会谈", "会面", "开幕", "闭幕")
# Heads that close an organisation name opened by a country name the NER missed (伊朗总统办公室,
# 乌克兰总统办公室, 苏丹主权委员会, 伊朗最高国家安全委员会): multi-character heads only, after
# two to eight characters of the name (never 中国公司, 美国银行 alone), no other name inside (not
# 美国高官到访期间欧盟委员会).
# Heads that close, after a country name, a name of another type: an outlet (俄罗斯大亚洲电视台) or
# a venue (俄罗斯联邦政府大厦)
COUNTRY_OUTLET_HEADS = ("电视台", "通讯社", "广播电台", "新闻网")
COUNTRY_VENUE_HEADS = ("大厦", "国宾馆", "广场")
# Heads after a name that make it a venue (乔治大厅, 尼古拉·特斯拉国际机场, 亚历山大宫): the NER tags
# the name and leaves the head out
NAME_VENUE_HEADS = ("大厅", "宫", "国宾馆", "广场", "大厦", "宾馆", "饭店", "酒店", "机场", "国际机场",
                    "图书馆", "博物馆", "纪念馆", "会堂", "庄园", "城堡", "官邸", "驿站")
# X驻Y + one of these: a mission of X in Y (非盟驻索马里特派团, 联合国驻叙利亚代表处, 欧盟驻华代表团)
MISSION_HEADS = ("特派团", "代表团", "使团", "代表处", "办事处", "总领事馆", "领事馆", "大使馆", "使馆")
# 组织 and 机构 are left out: after a country they mostly describe (美国情报机构, 法国人权组织,
# 中国反垄断机构 on 150 bench-corpus articles), they do not name.
COUNTRY_ORG_HEADS = ("办公室", "特派团", "委员会", "理事会", "研究所", "研究院", "研究中心",
                     "基金会", "协会", "联合会", "学校", "大学", "学院")
ORG_NAME_STOP = set("的和与及、在是为对将把被了着过等由向从同跟今昨日月年说称没有不各")
# A name the NER tags as a person but that ends in 号 names a ship or a craft (伊丽莎白女王号, “福特”号,
# 雪龙2号): the ontology has no class for vehicles; the crew and fleet they stand for make it an
# organisation, never a person
VESSEL_HEAD = "号"
# One-character country abbreviations used in pairs (中俄, 美中, 俄乌): such a
# pair is a relation, not a place.
COUNTRY_ABBREVIATIONS = set("中美俄日英法德乌哈吉塔土乌印韩朝越巴伊台澳加意欧非蒙缅老柬泰菲马新以叙沙")
COUNT_PREFIX = re.compile(r"^[一二三四五六七八九十两几数多各诸全该本此]+[个国方]")
STRIP_CHARS = "▶►▷●○◆◇■□★☆•·‧・-—–_「」『』“”\"'《》〈〉（）()[]【】<>:：,，。;；、!！?？ \u3000"
CONJUNCTIONS = "和与及同跟"
# The span-repair and no-name word lists (compass parts, repeated heads, 上/下 regions, storm words,
# zone heads, party word, 对华, joining verbs, preposition starts, group words, route sections) are
# data: kg/data/patterns/span_repair.yaml, with what each does and examples.
def _span_repair() -> dict:
    from importlib import resources

    import yaml

    text = resources.files("kg").joinpath("data/patterns/span_repair.yaml").read_text(encoding="utf-8")
    return {k: tuple(v["words"]) for k, v in yaml.safe_load(text).items()}


_SR = _span_repair()
DIRECTION_PARTS = _SR["direction_parts"]
REPEATED_HEADS = "".join(_SR["repeated_heads"])
REGION_PREFIXES = "".join(_SR["region_prefixes"])
REGION_PREFIX_AFTER = "".join(_SR["region_prefix_after"])
REGION_HEADS = _SR["region_heads"]
STORM_WORDS = _SR["storm_words"]
ZONE_HEADS = _SR["zone_heads"]
PARTY_HEAD = _SR["party_head"][0]
TOWARDS_CHINA = _SR["towards_china"][0]
ORG_JOINERS = _SR["org_joiners"]
JOINED_LEFT_HEADS = _SR["joined_left_heads"]
PREPOSITION_STARTS = "".join(_SR["preposition_starts"])
GROUP_WORDS = _SR["group_words"]
ROUTE_SECTION = _SR["route_section"][0]


def ends_with(text: str, heads) -> str | None:
    """The longest of ``heads`` that ``text`` ends with, or None."""
    best = None
    for h in heads:
        if text.endswith(h) and len(text) > len(h) and (best is None or len(h) > len(best)):
            best = h
    return best
