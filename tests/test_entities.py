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
