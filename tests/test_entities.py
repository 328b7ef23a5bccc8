"""Entity mentions (kg.extract.entities): classes of names the NER cuts or misses."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.entities import annotate
from kg.extract.gazetteer import default_gazetteer
from kg.extract.groups import expand_groups
from kg.extract.patterns import group_members
from kg.model import Article, Paragraph


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


def _mentions(gaz, text: str) -> list[tuple[str, str]]:
    art = Article("t1", "x.md", "markdown", "标题", None, None, False, "zh-Hans", None,
                  [Paragraph(text, list(range(len(text))), "body")], text)
    annotate(art, gaz)
    return [(m.text, m.type) for m in art.mentions if m.paragraph == 0]


@pytest.mark.parametrize("text,name", [
    ("世界贸易组织总干事奥孔乔-伊韦阿拉表示，各方应当合作。", "奥孔乔-伊韦阿拉"),
    ("联合国黎巴嫩问题特别协调员亨尼斯-普拉斯哈特发表声明。", "亨尼斯-普拉斯哈特"),
])
def test_a_hyphenated_transliterated_name_is_one_person(gaz, text, name):
    found = _mentions(gaz, text)
    assert (name, "Person") in found
    assert not any(t == "Person" and n != name and n in name for n, t in found)


def test_a_hyphen_between_two_countries_joins_nothing(gaz):
    found = _mentions(gaz, "中国-东盟博览会在南宁开幕，美国-墨西哥边境局势紧张。")
    assert ("美国", "Country") in found and ("墨西哥", "Country") in found


# --- group expressions: members of the day, named members only without a count ------------

def test_members_are_those_of_the_day():
    nato = "north-atlantic-treaty-organization"
    assert "finland" not in group_members(dt.date(2021, 6, 14))[nato]
    assert "finland" in group_members(dt.date(2023, 4, 4))[nato] and "finland" in group_members()[nato]
    assert "united-kingdom" in group_members(dt.date(2019, 6, 1))["european-union"]
    assert "united-kingdom" not in group_members(dt.date(2020, 2, 1))["european-union"]
    assert "united-kingdom" not in group_members()["european-union"]


def _groups(gaz, text: str, published=dt.date(2023, 5, 19)) -> set[str]:
    art = Article("t2", "x.md", "markdown", "标题", published, None, False, "zh-Hans", None,
                  [Paragraph(text, list(range(len(text))), "body")], text)
    annotate(art, gaz, ner=False)
    return {m.gazetteer_id for m in expand_groups(art, gaz)}


def test_a_counted_group_is_its_whole_membership(gaz):
    assert _groups(gaz, "习近平同中亚五国元首举行会晤。") == set(group_members()["central-asia"])


def test_an_uncounted_group_stands_for_the_members_the_article_names(gaz):
    got = _groups(gaz, "北约各国领导人在布鲁塞尔开会，法国和德国表示支持。", dt.date(2021, 6, 14))
    assert got == {"france", "germany"}


# --- types from context: a transliterated town the NER calls a person ------------------------

@pytest.mark.parametrize("text,name", [
    ("双方代表在安克雷奇举行会谈。", "安克雷奇"),
    ("美国国务卿抵达安克雷奇，准备会谈。", "安克雷奇"),
    ("俄军称已攻占巴赫穆特。", "巴赫穆特"),
])
def test_a_name_in_a_place_context_is_a_place(gaz, text, name):
    found = dict(_mentions(gaz, text))
    assert found.get(name) == "Place"


@pytest.mark.parametrize("text,name", [
    ("在拜登就职后，美国调整了政策。", "拜登"),
    ("纽约市长白思豪表示，市政府将提供帮助。", "白思豪"),
    ("国际原子能机构总干事格罗西举行会谈。格罗西强调合作。", "格罗西"),
])
def test_a_person_stays_a_person(gaz, text, name):
    found = dict(_mentions(gaz, text))
    assert found.get(name) == "Person"


def test_a_known_person_after_a_title_stands_even_where_the_segmenter_joins_them(gaz):
    found = _mentions(gaz, "塞尔维亚外长久里奇表示，双方将深化合作。")
    assert ("久里奇", "Person") in found


def test_a_place_listed_with_places_is_a_place(gaz):
    found = dict(_mentions(gaz, "乌军击退俄军在红利曼、巴赫穆特等方向的多次进攻。"))
    assert found.get("红利曼") == found.get("巴赫穆特") == "Place"


# --- one node per place: suffix variants join, longer names that are other places do not ------

def _resolved(gaz, *texts):
    from kg.resolve.entities import resolve

    arts = []
    for k, text in enumerate(texts):
        art = Article(f"t{k}", "x.md", "markdown", "标题", None, None, False, "zh-Hans", None,
                      [Paragraph(text, list(range(len(text))), "body")], text)
        annotate(art, gaz)
        arts.append(art)
    ents, _ = resolve(arts, gaz)
    return ents


def test_a_place_with_and_without_its_administrative_head_is_one_place(gaz):
    ents = _resolved(gaz, "七国集团峰会在英国康沃尔举行。", "峰会在康沃尔郡的卡比斯湾举行。")
    keys = [k for k, e in ents.items() if any("康沃尔" in lab for c in e.labels.values() for lab in c)]
    assert len(keys) == 1


@pytest.mark.parametrize("a,b", [("约旦", "约旦河西岸"), ("蒙古", "内蒙古")])
def test_a_longer_name_that_is_another_place_stays_apart(gaz, a, b):
    ents = _resolved(gaz, f"代表团访问了{a}。", f"代表团访问了{b}。")
    holders = {k for k, e in ents.items() for c in e.labels.values() for lab in c if lab in (a, b)}
    names_of = {k: {lab for c in ents[k].labels.values() for lab in c} for k in holders}
    assert not any(a in ns and b in ns for ns in names_of.values())


def test_a_titled_person_in_a_list_of_places_stays_a_person(gaz):
    found = dict(_mentions(gaz, "包括佛州州长罗恩·德桑蒂斯、阿肯色州参议员汤姆·科顿等。"))
    assert found.get("罗恩·德桑蒂斯", "Person") == "Person" and "Place" not in {
        t for n, t in _mentions(gaz, "包括佛州州长罗恩·德桑蒂斯、阿肯色州参议员汤姆·科顿等。") if "德桑蒂斯" in n}


@pytest.mark.parametrize("word,common", [("中部", True), ("三门", True), ("中外", True),
                                          ("烟台", False), ("遵义", False), ("大连", False), ("北宋", False)])
def test_only_words_of_a_part_of_speech_no_name_has_are_common(word, common):
    from kg.extract.vocabulary import is_common_word

    assert is_common_word(word) is common


@pytest.mark.parametrize("text,org", [
    ("伊朗总统办公室发表声明。", "伊朗总统办公室"),
    ("苏丹主权委员会宣布新的任命。", "苏丹主权委员会"),
])
def test_a_country_led_name_with_an_organisation_head_is_an_organisation(gaz, text, org):
    assert (org, "Organization") in _mentions(gaz, text)


@pytest.mark.parametrize("text", ["美国情报机构认为存在风险。", "法国人权组织提出批评。", "德国没有办公室在当地。",
                                  "美国高官到访期间欧盟委员会表示欢迎。"])
def test_a_description_after_a_country_is_no_organisation(gaz, text):
    assert not any(t == "Organization" and n.startswith(("美国", "法国", "德国")) for n, t in _mentions(gaz, text))


def test_one_embassy_under_its_names_and_two_embassies_apart(gaz):
    from kg.resolve.entities import _join_embassy_variants, _UnionFind

    uf = _UnionFind()
    for name in ("中国驻英国大使馆", "中国驻英使馆", "中国驻美国大使馆", "俄罗斯驻英国大使馆"):
        uf.find(f"name:{name}")
    _join_embassy_variants(uf, gaz)
    assert uf.find("name:中国驻英国大使馆") == uf.find("name:中国驻英使馆")
    assert uf.find("name:中国驻美国大使馆") != uf.find("name:中国驻英使馆")
    assert uf.find("name:俄罗斯驻英国大使馆") != uf.find("name:中国驻英国大使馆")


def test_a_match_cutting_a_word_is_found_by_bisection_as_by_a_scan():
    import random

    from kg.extract.entities import _cuts_a_word
    from kg.model import Mention

    rnd = random.Random(7)
    for _ in range(200):
        words, pos = [], 0
        while pos < 200:
            n = rnd.randint(1, 4)
            words.append((pos, pos + n))
            pos += n + rnd.randint(0, 2)
        s = rnd.randint(0, 195)
        m = Mention("中国", "中国", "Country", 0, s, s + rnd.randint(1, 5), "gazetteer", "china")
        scan = any((ws < m.start < we) or (ws < m.end < we) for ws, we in words)
        assert _cuts_a_word(m, words) == scan


def test_a_ship_the_ner_calls_a_person_is_no_person(gaz):
    assert not any(t == "Person" for n, t in _mentions(gaz, "伊丽莎白女王号航母打击群将访问印太地区。") if n.endswith("号"))


@pytest.mark.parametrize("text,name,typ", [
    ("习近平在圣乔治大厅出席仪式。", "圣乔治大厅", "Place"),
    ("非盟驻索马里特派团遭袭。", "非盟驻索马里特派团", "Organization"),
    ("米舒斯京在俄罗斯联邦政府大厦会见。", "俄罗斯联邦政府大厦", "Place"),
    ("他接受“俄罗斯24”新闻频道采访。", "俄罗斯24新闻频道", "Outlet"),
])
def test_a_name_closed_by_a_venue_mission_or_outlet_head_is_one_name(gaz, text, name, typ):
    assert (name, typ) in _mentions(gaz, text)


# --- span repair: names the NER cuts, and spans that name nothing --------------------------------

@pytest.mark.parametrize("text,name,typ", [
    # the end of a longer name of the article, with the name's first characters before it
    ("阿曼副首相法赫德、阿联酋副总统出席。法赫德表示，阿曼同中国的友谊源远流长。", "法赫德", "Person"),
    ("习近平赴法国西南部上比利牛斯省访问。两国元首在上比利牛斯省举行会晤。", "上比利牛斯省", "Place"),
    # a compass part after a place name is the place
    ("俄军称在顿涅茨克南部击退进攻，顿涅茨克方向战事激烈。", "顿涅茨克", "Place"),
    # a repeated head: 研究院 + 院长
    ("中国国情研究院院长胡鞍钢表示，改革仍需深化。", "中国国情研究院", "Organization"),
    # a zone head after the name
    ("海关将推进海南自贸港、横琴粤澳深度合作区等特殊监管区制度创新。", "横琴粤澳深度合作区", "Place"),
])
def test_a_name_the_ner_cuts_is_repaired(gaz, text, name, typ):
    found = _mentions(gaz, text)
    assert (name, typ) in found, found


def test_a_suffix_of_another_name_without_its_first_characters_stays(gaz):
    """赫德 after 法 is 法赫德 only when the text writes 法 right before it."""
    found = _mentions(gaz, "法赫德表示欢迎。英国学者赫德发表评论。")
    assert ("法赫德", "Person") in found
    assert not any(t == "英国学者法赫德" or t == "者赫德" for t, _ in found)


@pytest.mark.parametrize("text,word", [
    ("受台风“巴威”影响，东北多地出现强降雨。", "巴威"),
    ("习近平表示，惊悉热带气旋“弗雷迪”在马拉维造成重大人员伤亡。", "弗雷迪"),
    ("中国党和国家领导人出席大会。", "中国党"),
])
def test_a_span_that_names_nothing_of_the_ontology_is_dropped(gaz, text, word):
    assert word not in {t for t, _ in _mentions(gaz, text)}


@pytest.mark.parametrize("text,span,dropped", [
    ("中国党和国家领导人出席大会。", "中国党", True),
    ("德国选择党在州议会选举中得票率上升。", "德国选择党", False),   # a party named with more than its country
    ("受台风“巴威”影响，多地降雨。", "巴威", True),
    ("巴威先生今天抵达。", "巴威", False),                           # the same name, no storm word before it
])
def test_names_of_nothing_must_and_must_not_match(gaz, text, span, dropped):
    from kg.extract.entities import _no_name

    assert _no_name(text, text.index(span), span, gaz) is dropped


def test_two_people_with_one_family_name_stay_apart(gaz):
    """拉胡尔·甘地 and 索尼娅·甘地 share the family name 甘地: two people, two nodes, however often
    the family name stands alone."""
    ents = _resolved(gaz, "国大党领导人拉胡尔·甘地与索尼娅·甘地出席集会。", "拉胡尔·甘地表示反对。")
    people = [e for e in ents.values() if e.type == "Person"
              and any("甘地" in lab for c in e.labels.values() for lab in c)]
    holders = {k for k, e in ents.items() for c in e.labels.values() for lab in c if lab in ("拉胡尔·甘地", "索尼娅·甘地")}
    assert len(holders) == 2, [dict(e.labels) for e in people]


def test_two_organisations_joined_by_a_verb_are_split_and_one_name_is_not():
    from kg.extract.entities import _split_joined

    text = "水利部会同财政部下达资金。中国联合石油有限责任公司和香港工会联合会发表声明。"
    spans = [(text.index(n), text.index(n) + len(n), "ORG") for n in ("水利部会同财政部", "中国联合石油有限责任公司", "香港工会联合会")]
    got = [text[s:e] for s, e, _ in _split_joined(text, spans)]
    assert got == ["水利部", "财政部", "中国联合石油有限责任公司", "香港工会联合会"]


@pytest.mark.parametrize("text,s,e,idiom", [
    ("踔厉奋发，勇毅前行", 0, 2, True), ("来龙去脉", 0, 2, True),
    ("东非国家", 0, 2, False),           # a fixed phrase (l), not an idiom: 东非 is a region
    ("东非地区", 0, 2, False),
])
def test_the_start_of_an_idiom_is_no_name(text, s, e, idiom):
    from kg.extract.vocabulary import starts_idiom

    assert starts_idiom(text, s, e) is idiom


@pytest.mark.parametrize("text,span,dropped", [
    ("实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接", "同乡村", True),
    ("黑龙江同江市口岸恢复通关", "同江", False),      # a city whose name starts with 同
    ("和田地区玫瑰花种植", "和田", False),
    ("新冠大流行瘟疫爆发", "新冠", True),               # a disease
])
def test_a_preposition_before_a_common_word_and_a_disease_are_no_names(gaz, text, span, dropped):
    from kg.extract.entities import _no_name

    assert _no_name(text, text.index(span), span, gaz) is dropped


def test_every_generic_noun_has_two_examples_from_articles_outside_the_gold_files():
    import json
    from importlib import resources
    from pathlib import Path

    import yaml

    gold_dir = Path(__file__).resolve().parents[2] / "shared" / "eval" / "gold"
    gold = {a["file"] for g in gold_dir.glob("*.yaml") for a in (yaml.safe_load(g.read_text(encoding="utf-8")).get("articles") or [])
            if isinstance(a, dict) and "file" in a}
    text = resources.files("kg").joinpath("data/patterns/generic_nouns.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert len(rows) > 100
    for r in rows:
        sources = {x["source"] for x in r["examples"] if r["word"] in x["text"] or r["word"] in _t2s(x["text"])}
        assert len(sources) >= 2 and not sources & gold, r["word"]


def _t2s(text: str) -> str:
    from kg.text import fold

    return fold(text)


# --- names the NER does not tag (kg.extract.name_patterns) -----------------------------------

@pytest.mark.parametrize("text,name,alias", [
    ("巴西國家經濟和社會發展銀行（BNDES）宣布提供贷款。", "巴西國家經濟和社會發展銀行", "BNDES"),
    ("据报道，美国国会下属的美中经济与安全审查委员会(USCC)发布年度报告。", "美中经济与安全审查委员会", "USCC"),
])
def test_a_chinese_name_glossed_in_latin_is_an_organisation_with_both_names(gaz, text, name, alias):
    art = Article("t1", "x.md", "markdown", "标题", None, None, False, "zh-Hans", None,
                  [Paragraph(text, list(range(len(text))), "body")], text)
    annotate(art, gaz)
    (m,) = [m for m in art.mentions if m.text == name]
    assert m.type == "Organization" and alias in m.aliases


@pytest.mark.parametrize("text,not_name", [
    ("中国和巴西国家开发银行（BNDES）签署协议。", "中国和巴西国家开发银行"),   # a name joined to a country
    ("情报分为人工情报（HUMINT）和信号情报。", "人工情报"),                   # 报 ends a common word
    ("北大西洋公约组织峰会（NATO Summit）在布鲁塞尔举行。", "北大西洋公约组织峰会"),  # a gathering
])
def test_a_gloss_after_what_is_no_organisation_name_makes_none(gaz, text, not_name):
    assert not_name not in {t for t, _ in _mentions(gaz, text)}


def test_a_latin_name_after_a_role_word_is_a_person_and_after_a_company_word_is_not(gaz):
    assert ("Jeremy Chan", "Person") in _mentions(gaz, "分析师Jeremy Chan表示，市场仍有压力。")
    assert ("Crisil Coalition", "Person") not in _mentions(gaz, "印度顾问公司Crisil Coalition发布报告。")


@pytest.mark.parametrize("text,name,own", [
    ("APEC商业咨询委员会举行会议。", "APEC商业咨询委员会", True),
    ("中国将同300所海合会国家大中小学合作开展中文教育。", "海合会国家大中小学", False),  # the members' schools
    ("中国全国人大同中美洲议会签署备忘录。", "中国全国人大同中美洲议会", False),        # two bodies joined by 同
])
def test_a_longer_name_around_a_known_organisation_is_its_own_only_as_a_name(gaz, text, name, own):
    assert ((name, "Organization") in _mentions(gaz, text)) is own
