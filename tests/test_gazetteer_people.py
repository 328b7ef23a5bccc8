"""The PERSON part of the gazetteer (scripts/build_gazetteer_orgs_people.py):
record shape, posts, coverage of heads of state and government, and bare
names left out because they match ordinary text or other names."""
from __future__ import annotations

import json
from importlib import resources

import pytest

from kg.extract.gazetteer import default_gazetteer
from kg.text import fold

HEAD_POSTS = {"总统", "总理", "首相", "国王", "女王", "埃米尔", "苏丹", "国家主席", "国务院总理",
              "国务总理", "内阁总理", "国务委员长", "天皇", "最高领导人", "最高领袖", "亲王",
              "国家元首", "过渡总统", "代总统", "临时总统", "总统委员会主席", "主权委员会主席",
              "总统领导委员会主席", "联邦主席", "最高元首", "临时政府首席顾问", "内阁主席",
              "民族团结政府总理", "国家捍卫祖国委员会主席", "代理总理", "看守政府总理",
              "临时政府总理", "部长会议主席", "联合总统"}


def _rows(name: str) -> list[dict]:
    text = resources.files("kg").joinpath(f"data/gazetteer/{name}").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def people():
    return _rows("people.jsonl")


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


def test_posts_are_well_formed(people):
    countries = {r["id"] for r in _rows("countries.jsonl")}
    orgs = {r["id"] for r in _rows("organizations.jsonl")}
    for p in people:
        assert p["type"] == "Person" and p["posts"], p["id"]
        for post in p["posts"]:
            assert post["in"] in countries | orgs, (p["id"], post)
            assert post["post"]["zh-Hans"] and post["post"]["en"], (p["id"], post)
            assert "end" not in post or post["end"] >= post["start"], (p["id"], post)


def test_most_un_members_have_a_head_of_state_or_government(people):
    """Breadth: the table names a head of state or government for most countries."""
    countries = {r["id"] for r in _rows("countries.jsonl")}
    covered = {post["in"] for p in people for post in p["posts"]
               if post["post"]["zh-Hans"] in HEAD_POSTS and post["in"] in countries}
    assert len(covered) >= 150, sorted(countries - covered)


@pytest.mark.parametrize("name,pid", [
    ("塞西", "abdel-fattah-el-sisi"),
    ("洪玛奈", "hun-manet"),
    ("安瓦尔", "anwar-ibrahim"),
    ("内塔尼亚胡", "benjamin-netanyahu"),
    ("納坦雅胡", "benjamin-netanyahu"),
    ("穆罕默德·本·扎耶德", "mohamed-bin-zayed-al-nahyan"),
    ("欧尔班", "viktor-orban"),
    ("武契奇", "aleksandar-vucic"),
    ("佩特罗", "gustavo-petro"),
    ("卢比奥", "marco-rubio"),
])
def test_names_resolve(gaz, name, pid):
    assert gaz.lookup(name) == [pid]


@pytest.mark.parametrize("name", [
    "多东", "纽西", "扬沙", "法永", "卡里斯", "布登", "曼菲", "萨尔维", "比奥", "法耶",
    "约翰尼斯", "奥斯曼尼", "希金斯", "马科斯", "比亚", "基尔", "博科", "哈利法", "萨勒",
    "奥恩", "拉贾帕克萨", "赛义德", "马丁", "哈桑", "萨利赫", "维文", "阿比",
])
def test_colliding_bare_names_are_left_out(gaz, name):
    assert not [i for i in gaz.lookup(name) if gaz.records[i].type == "Person"]


@pytest.mark.parametrize("text,absent", [
    ("他们从很多东西中学到了经验。", "多东"),
    ("华北等地有扬沙或浮尘天气。", "扬沙"),
    ("美国联邦参议员卢比奥发表声明。", "julius-maada-bio"),
    ("阿塞拜疆副总理穆斯塔法耶夫举行会谈。", "bassirou-diomaye-faye"),
])
def test_ordinary_text_does_not_match_a_new_person(gaz, text, absent):
    ids = {i for _s, _e, found in gaz.find(fold(text)) for i in found}
    assert absent not in ids and not any(fold(absent) == fold(text[s:e])
                                         for s, e, _i in gaz.find(fold(text)))
