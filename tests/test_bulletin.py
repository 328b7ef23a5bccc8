"""Bulletins (one file, many stories under ``###`` headings) and photo captions,
on small articles written for these tests: the bulletin is split into its
items, no event, place, date or meeting of one item bleeds into another, a
caption gives entities but no event, and each item is an nkg:ArticlePart."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.cli import main
from kg.graph.vocab import NKG
from kg.pipeline import process, read_all
from kg.sources import read_article
from kg.validate import validate

# Three stories of one evening: a summit in Kazan (item 1), a meeting with no
# place the same day (item 2), a meeting dated 次日 with 会晤 in it (item 3).
BULLETIN = """# 《晚间新闻》 (20241023)

## 新闻摘要

1.金砖国家领导人第十六次会晤在喀山举行；

2.习近平会见法国总统马克龙；

3.王毅会见卢旺达外长；

## 详细新闻

### 金砖国家领导人第十六次会晤在喀山举行

金砖国家领导人第十六次会晤10月23日在俄罗斯喀山举行。俄罗斯总统普京主持会晤。国家主席习近平出席会晤并发表讲话。

### 习近平会见法国总统马克龙

10月23日，国家主席习近平会见法国总统马克龙。

### 王毅会见卢旺达外长

次日，外交部长王毅会见卢旺达外长恩杜洪吉雷赫。双方在会晤中表示，愿加强合作。
"""

# One item told in two sentences (会见 twice), and 当天 at the head of the next item.
BULLETIN_2 = """# 《晚间新闻》 (20230322)

## 新闻摘要

1.习近平会见俄罗斯总理；

2.李强会见新加坡总理；

3.王沪宁会见多哥总统；

## 详细新闻

### 习近平会见俄罗斯总理

当地时间3月21日上午，国家主席习近平在莫斯科会见俄罗斯总理米舒斯京。

米舒斯京表示，今天我率俄罗斯政府内阁成员同习近平主席会见，对习近平主席访问俄罗斯表示欢迎。

### 李强会见新加坡总理

当天，国务院总理李强在北京会见新加坡总理黄循财。

### 王沪宁会见多哥总统

3月22日，全国政协主席王沪宁在北京会见来华出席中非合作论坛北京峰会的多哥总统福雷。王沪宁表示，愿同多方加强交流。
"""

# One story with a lead and subheadings: not a bulletin.
ONE_STORY = """# 王毅谈中亚之行

国务委员兼外长王毅6月18日在阿斯塔纳接受采访，介绍习近平主席出席第二届中国－中亚峰会的情况。

### 坚持睦邻友好

王毅说，六国元首签署了睦邻友好合作条约。

### 迈向共同现代化

王毅表示，峰会期间达成多项合作成果。
"""

# A file photo of an earlier meeting above today's story.
CAPTIONED = """---
title: "李强会见新加坡总理"
date: 2024-06-10
author: 甲报
from: https://example.org/caption-test
---
<p><img src="https://example.org/a.jpg" width="100%"></p><div><small style="color: #999;">资料图片：2019年3月25日，国家主席习近平在巴黎同法国总统马克龙举行会谈。</small></div><p>国务院总理李强6月9日在北京人民大会堂会见新加坡总理黄循财。</p>
"""


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("bulletin")
    inp = root / "in"
    inp.mkdir()
    (inp / "bulletin.md").write_text(BULLETIN, encoding="utf-8")
    (inp / "bulletin2.md").write_text(BULLETIN_2, encoding="utf-8")
    (inp / "story.md").write_text(ONE_STORY, encoding="utf-8")
    (inp / "captioned.md").write_text(CAPTIONED, encoding="utf-8")
    return inp


@pytest.fixture(scope="module")
def result(inputs):
    articles, rejected = read_all(sorted(inputs.iterdir()))
    assert not rejected
    return process(articles)


def _events(result, name: str) -> list:
    return [e for e in result.events.values() if any(name in lab for c in e.labels.values() for lab in c)]


# --- reader -----------------------------------------------------------------

def test_bulletin_is_split_into_items(inputs):
    art = read_article(inputs / "bulletin.md")
    assert art.title == "《晚间新闻》 (20241023)"
    assert [it.heading for it in art.items] == ["新闻摘要", "金砖国家领导人第十六次会晤在喀山举行",
                                                "习近平会见法国总统马克龙", "王毅会见卢旺达外长"]
    assert [it.index for it in art.items] == [0, 1, 2, 3]
    by_item = {}
    for p in art.paragraphs:
        by_item.setdefault(p.item, []).append(p)
    # each story's heading paragraph opens its item, kind heading
    for n in (1, 2, 3):
        assert by_item[n][-1].kind == "body"
        assert art.items[n].heading in [p.text for p in by_item[n] if p.kind == "heading"]
    assert "次日，外交部长王毅" in by_item[3][-1].text


def test_item_offsets_map_to_the_source(inputs):
    art = read_article(inputs / "bulletin.md")
    src = art.source_text
    assert src[art.items[0].start:art.items[0].end].startswith("## 新闻摘要")
    # the run ## 详细新闻 / ### story opens the first story
    assert src[art.items[1].start:].startswith("## 详细新闻\n\n### 金砖国家领导人第十六次会晤在喀山举行")
    assert src[art.items[3].start:art.items[3].end] == (
        "### 王毅会见卢旺达外长\n\n次日，外交部长王毅会见卢旺达外长恩杜洪吉雷赫。双方在会晤中表示，愿加强合作。")
    for a, b in zip(art.items, art.items[1:]):
        assert a.end <= b.start
    for p in art.paragraphs:
        it = art.items[p.item]
        assert it.start <= p.offsets[0] and p.offsets[-1] < it.end


def test_a_bulletin_without_a_headline_of_its_own(tmp_path):
    # the first line is already the first item's heading
    path = tmp_path / "b.md"
    path.write_text("### 习近平会见法国总统马克龙\n\n10月23日，国家主席习近平会见法国总统马克龙。\n\n"
                    "### 王毅会见卢旺达外长\n\n次日，外交部长王毅会见卢旺达外长。\n", encoding="utf-8")
    art = read_article(path)
    assert [it.heading for it in art.items] == ["习近平会见法国总统马克龙", "王毅会见卢旺达外长"]
    assert [p.item for p in art.paragraphs] == [0, 1, 1]
    assert art.source_text[art.items[0].start:art.items[0].end] == (
        "### 习近平会见法国总统马克龙\n\n10月23日，国家主席习近平会见法国总统马克龙。")


def test_one_story_with_subheadings_is_not_split(inputs):
    art = read_article(inputs / "story.md")
    assert art.items == []
    assert {p.item for p in art.paragraphs} == {0}


@pytest.mark.parametrize("html", [
    '<p><img src="a.jpg"></p><div><small>资料图片：马克龙在巴黎。</small></div><p>正文第一段。</p>',
    '<figure><img src="a.jpg"><figcaption>资料图片：马克龙在巴黎。</figcaption></figure><p>正文第一段。</p>',
    '<div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">资料图片：马克龙在巴黎。</p></div>'
    '<p>正文第一段。</p>',
])
def test_photo_captions_are_marked(tmp_path, html):
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: 标题\ndate: 2024-06-10\n---\n{html}\n", encoding="utf-8")
    kinds = {p.text: p.kind for p in read_article(path).paragraphs}
    assert kinds == {"资料图片：马克龙在巴黎。": "caption", "正文第一段。": "body"}


def test_small_print_without_an_image_is_body(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: 标题\ndate: 2024-06-10\n---\n<p>正文第一段。</p><p><small>注：本文有删节。</small></p>\n",
                    encoding="utf-8")
    assert {p.kind for p in read_article(path).paragraphs} == {"body"}


# --- in-article resolution ----------------------------------------------------

def test_the_summit_keeps_to_its_item(result):
    [summit] = _events(result, "金砖国家领导人第十六次会晤")
    assert summit.start == "2024-10-23"
    # the 会晤 of item 3 (王毅, 卢旺达) is not the summit of item 1
    assert "gaz:wang-yi" not in summit.participants
    assert "gaz:rwanda" not in summit.participants


def test_a_meeting_of_another_item_takes_no_place_from_the_summit(result):
    [meeting] = _events(result, "习近平会见马克龙")  # the label follows the text: A会见B
    assert meeting.start == "2024-10-23"
    assert not set(meeting.locations) & {"gaz:russia", "name:喀山"}


def test_next_day_never_counts_from_another_items_event(result):
    for ev in _events(result, "王毅"):
        assert ev.start != "2024-10-24"
        assert not set(ev.locations) & {"gaz:russia", "name:喀山"}


def test_an_items_second_mention_of_its_meeting_is_that_meeting(result):
    # 米舒斯京表示，今天我率俄罗斯政府内阁成员同习近平主席会见: the item's meeting, not another one
    art = next(a for a in result.articles if a.path.endswith("bulletin2.md"))
    meetings = [e for e in result.events.values() if art.id in e.articles and e.type == "Meeting"
                and "gaz:xi-jinping" in e.participants]
    assert [(e.start, "gaz:mikhail-mishustin" in e.participants) for e in meetings] == [("2023-03-21", True)]


def test_that_day_never_takes_the_day_of_another_item(result):
    # 当天 heads item 2: the broadcast day, not 3月21日 of item 1
    art = next(a for a in result.articles if a.path.endswith("bulletin2.md"))
    [li] = [e for e in _events(result, "李强会见黄循财") if art.id in e.articles]
    assert li.start == "2023-03-22"
    assert "gaz:moscow" not in li.locations


def test_an_items_lead_story_is_the_one_its_heading_names(result):
    # 王沪宁会见多哥总统: the meeting is the item's main event, not the summit its guest came for
    art = next(a for a in result.articles if a.path.endswith("bulletin2.md"))
    [meeting] = [e for e in result.events.values() if art.id in e.articles and e.type == "Meeting"
                 and any("王沪宁" in lab for c in e.labels.values() for lab in c)]
    assert meeting.start == "2023-03-22"
    assert "gaz:togo" in meeting.participants


def test_headings_and_digest_entries_open_no_event(result):
    # 习近平会见法国总统马克龙 is the digest entry, the item heading and the body:
    # one event, the body's; the digest and heading give no undated copy
    art = next(a for a in result.articles if a.path.endswith("bulletin.md"))
    told = [k for k in result.events_left_out if "马克龙" in k]
    assert told == []
    assert len(_events(result, "习近平会见马克龙")) == 1
    assert [e for e in _events(result, "马克龙") if art.id in e.articles][0].start == "2024-10-23"


def test_caption_gives_entities_but_no_event(result):
    art = next(a for a in result.articles if a.path.endswith("captioned.md"))
    assert art.paragraphs[0].kind == "caption"
    facts = next(f for f in result.facts if f.article is art)
    # 马克龙 and 巴黎 are named by the caption only: still entities of the article
    names = {s for surfaces in facts.mentions.values() for s in surfaces}
    assert {"马克龙", "巴黎"} <= names
    # the 2019 talks of the file photo are not an event of the article
    assert not [e for e in result.events.values() if art.id in e.articles and e.start.startswith("2019")]
    assert [e.start for e in result.events.values() if art.id in e.articles] == ["2024-06-09"]


# --- graph ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def built(inputs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bulletin-out")
    res = CliRunner().invoke(main, ["build", str(inputs), "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    return out


def test_items_are_parts_in_the_articles_graph(inputs, built):
    ds = Dataset()
    ds.parse(built / "graph.trig", format="trig")
    art = read_article(inputs / "bulletin.md")
    article = URIRef(f"https://w3id.org/newskg/id/article/{art.id}")
    g = ds.graph(article)
    parts = sorted(g.subjects(RDF.type, NKG.ArticlePart), key=lambda p: int(g.value(p, NKG.position)))
    assert len(parts) == len(art.items) == 4
    for part, item in zip(parts, art.items):
        assert str(part) == f"{article}/part/{item.index}"
        assert g.value(part, NKG.partOf) == article
        assert g.value(part, NKG.headline) == Literal(item.heading, lang="zh-Hans")
        begin, end = int(g.value(part, NKG.beginIndex)), int(g.value(part, NKG.endIndex))
        assert (begin, end) == (item.start, item.end)
        assert item.heading in art.source_text[begin:end]
    # the article keeps its own headline and is still one article
    assert g.value(article, NKG.headline) == Literal(art.title, lang="zh-Hans")
    merged = Graph().parse(built / "graph.ttl", format="turtle")
    assert len(set(merged.subjects(RDF.type, NKG.Article))) == 4
    # the two bulletins have parts (4 items each), the one-story articles none
    assert len(set(merged.subjects(RDF.type, NKG.ArticlePart))) == 4 + 4


def test_parts_validate(built):
    g = Graph().parse(built / "graph.ttl", format="turtle")
    assert set(g.subjects(RDF.type, NKG.ArticlePart))
    problems = [v.line() for v in validate(g) if "/part/" in v.node or v.shape == "article part"]
    assert problems == []


def test_a_part_without_its_article_is_a_violation(built):
    g = Graph().parse(built / "graph.ttl", format="turtle")
    part = next(g.subjects(RDF.type, NKG.ArticlePart))
    g.remove((part, NKG.partOf, None))
    assert [v.message for v in validate(g) if v.node == str(part)] == [
        "needs exactly one nkg:partOf, an nkg:Article"]
