"""Posts from apposition patterns (kg/extract/posts.py) and the title lexicon
(kg/data/patterns/titles.jsonl): every lexicon example yields its post, the
constructions of the module docstring on synthetic sentences, and what is not a post."""
from __future__ import annotations

import functools
import json
from importlib import resources

import pytest

from kg.extract.gazetteer import default_gazetteer
from kg.extract.patterns import title_rows
from kg.extract.posts import find_posts, seats, short_forms
from kg.extract.article import extract
from kg.sources import read_article
from kg.text import fold


@functools.lru_cache(maxsize=1)
def _gaz():
    return default_gazetteer()


def _posts(tmp_path, sentence: str) -> set[tuple[str, str, str]]:
    """``(person, canonical title, where)`` of one sentence; ``where`` is a gazetteer
    id, or the folded mention text for a local organisation."""
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: 例\ndate: 2023-01-01\n---\n\n{sentence}\n", encoding="utf-8")
    art = extract(read_article(path), _gaz())
    out = set()
    for pf in find_posts(art, _gaz()):
        if pf.org.startswith("gaz:"):
            where = pf.org[4:]
        else:
            m = art.mentions[int(pf.org[2:])]
            where = m.gazetteer_id or fold(m.text)
        out.add((fold(art.mentions[pf.person].text), pf.canonical, where))
    return out


def _titles_found(tmp_path, sentence: str) -> set[str]:
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: 例\ndate: 2023-01-01\n---\n\n{sentence}\n", encoding="utf-8")
    art = extract(read_article(path), _gaz())
    return {fold(pf.title) for pf in find_posts(art, _gaz())}


ROWS = sorted(title_rows().values(), key=lambda r: r["title"])
EXAMPLES = [(r["title"], ex) for r in ROWS if r.get("kind") != "academic" for ex in r["examples"]]
ACADEMIC = [(r["title"], ex) for r in ROWS if r.get("kind") == "academic" for ex in r["examples"]]


def test_every_title_row_is_complete():
    for r in ROWS:
        assert r.get("kind"), r
        if r["kind"] != "academic":
            assert r.get("attach") in ("country", "org"), r
            assert len(set(r["examples"])) >= 2, f"{r['title']}: examples from two articles"
        if r.get("canonical"):
            assert r["canonical"] in title_rows(), f"{r['title']}: canonical form is a title too"


@pytest.mark.parametrize("title,example", EXAMPLES)
def test_every_lexicon_example_yields_its_post(tmp_path, title, example):
    found = _titles_found(tmp_path, example)
    compound = title_rows()[title].get("compound")
    assert any(t == title or (compound and t.endswith(title)) for t in found), (title, example, found)


@pytest.mark.parametrize("title,example", ACADEMIC)
def test_academic_titles_are_not_posts(tmp_path, title, example):
    assert title not in _titles_found(tmp_path, example)


def test_seat_and_short_form_data_name_gazetteer_records():
    gaz = _gaz()
    for org, country in seats().items():
        assert org in gaz.records and gaz.records[country].type == "Country", org
    for short, country in short_forms().items():
        assert len(short) == 1 and gaz.records[country].type == "Country", short
    text = resources.files("kg").joinpath("data/posts/short_forms.jsonl").read_text(encoding="utf-8")
    for row in map(json.loads, filter(None, text.splitlines())):
        assert len(row["examples"]) >= 2, row


@pytest.mark.parametrize("sentence,want", [
    # 兼: both titles in the country that precedes them
    ("中国国务委员兼外长王毅表示，双方应当加强合作。",
     {("王毅", "国务委员", "china"), ("王毅", "外交部长", "china")}),
    ("沙特王储兼首相穆罕默德出席了会议。",
     {("穆罕默德", "王储", "saudi-arabia"), ("穆罕默德", "首相", "saudi-arabia")}),
    # 、: each title with its own body; a party organ's post stays in the organ
    ("中共中央政治局常委、国务院副总理丁薛祥出席开幕式。",
     {("丁薛祥", "常委", "political-bureau-of-the-cpc-central-committee"), ("丁薛祥", "副总理", "china")}),
    # a national organ stands for its country
    ("白宫国家安全顾问沙利文周五表示，会谈坦率。", {("沙利文", "国家安全顾问", "united-states")}),
    ("国务院总理李克强会见了各国代表。", {("李克强", "总理", "china")}),
    # an organ's spokesperson: a post of the country named after the organ
    ("克里姆林宫发言人佩斯科夫表示，会谈将在下周举行。", {("佩斯科夫", "克里姆林宫发言人", "russia")}),
    # coordination: the second official is of the same country
    ("韩国总统文在寅接见美国国务卿布林肯和国防部长奥斯汀。",
     {("文在寅", "总统", "south-korea"), ("布林肯", "国务卿", "united-states"),
      ("奥斯汀", "国防部长", "united-states")}),
    # 驻X: an ambassador is his own country's
    ("中国驻塞尔维亚大使李明到机场迎接。", {("李明", "大使", "china")}),
    # modifiers: a former president still held that post
    ("美国前总统卡特发表声明。", {("卡特", "总统", "united-states")}),
    ("时任美国总统的奥巴马签署了法案。", {("奥巴马", "总统", "united-states")}),
    # government and cabinet between country and title
    ("塞尔维亚政府副总理亚历山大·武林在致辞时表示感谢。", {("亚历山大·武林", "副总理", "serbia")}),
    ("德国政府副总理兼财政部长克林拜尔表示支持。",
     {("克林拜尔", "副总理", "germany"), ("克林拜尔", "财政部长", "germany")}),
    # the aide of a post
    ("阿盟秘书长发言人贾迈勒说，中国发展提供了机遇。", {("贾迈勒", "秘书长发言人", "arab-league")}),
    # a portfolio before a compound head
    ("英国国际贸易大臣特拉斯主持了会议。", {("特拉斯", "国际贸易大臣", "united-kingdom")}),
])
def test_constructions(tmp_path, sentence, want):
    assert _posts(tmp_path, sentence) >= want


@pytest.mark.parametrize("sentence,unwanted", [
    # a candidate does not hold the post
    ("民主党总统候选人乔‧拜登在集会上发言。", "总统"),
    # a party is not where a national post exists
    ("共和党参议员本·萨斯周四表示反对。", "参议员"),
    # academic titles are not posts
    ("北京大学教授张伟表示，政策需要调整。", "教授"),
    ("中国社会科学院研究员李明认为，形势复杂。", "研究员"),
])
def test_not_posts(tmp_path, sentence, unwanted):
    assert all(title != unwanted for _, title, _ in _posts(tmp_path, sentence))


def test_portfolio_about_a_country_is_not_that_countrys_post(tmp_path):
    # 中国事务大臣 is a Saudi minister for China affairs, not a Chinese post
    assert not any(where == "china" for _, _, where in _posts(tmp_path, "外交大臣费萨尔亲王、中国事务大臣鲁梅延等出席。"))


def test_sub_body_of_another_party_is_not_the_cpc_politburo(tmp_path):
    found = _posts(tmp_path, "李强会见老挝人民革命党中央政治局委员、建国阵线中央委员会主席辛拉冯。")
    assert not any(where == "political-bureau-of-the-cpc-central-committee" for _, _, where in found)


def test_kept_title_inside_a_person_mention(tmp_path):
    # the NER may keep the title in the name: 卡塔尔埃米尔塔米姆
    found = _posts(tmp_path, "卡塔尔埃米尔塔米姆出席峰会。塔米姆表示，感谢中方。")
    assert ("塔米姆", "埃米尔", "qatar") in found


def test_posts_in_traditional_script(tmp_path):
    found = _posts(tmp_path, "白宮國家安全顧問蘇利文表示，會談坦率。")
    assert any(title == "国家安全顾问" and where == "united-states" for _, title, where in found)


def test_the_organ_mention_is_kept_when_the_post_goes_to_the_country(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: 例\ndate: 2023-01-01\n---\n\n白宫国家安全顾问沙利文周五表示，会谈坦率。\n", encoding="utf-8")
    art = extract(read_article(path), _gaz())
    (pf,) = [pf for pf in find_posts(art, _gaz()) if pf.canonical == "国家安全顾问"]
    assert pf.org == "gaz:united-states"
    assert art.mentions[pf.org_mention].gazetteer_id == "white-house"


def test_coordination_does_not_override_what_the_title_or_record_says(tmp_path):
    found = _posts(tmp_path, "普京总统会见了美国国务卿布林肯和国务委员王毅。")
    assert ("王毅", "国务委员", "china") in found
    assert not any(p == "王毅" and where == "united-states" for p, _, where in found)


def test_a_comma_does_not_carry_a_country(tmp_path):
    found = _posts(tmp_path, "习近平会见美国总统拜登，外交部长李明等参加。")
    assert not any(p == "李明" and where == "united-states" for p, _, where in found)
