"""The event engine end to end: argument roles in the graph, merge explanations, captions,
meetings of one format kept apart, relative dates. Articles are written for these tests."""
from __future__ import annotations

import datetime as dt
import json
import zlib

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import main
from kg.extract.dates import find_dates

Q = "PREFIX nkg: <https://w3id.org/newskg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"


def _post(title: str, date: str, outlet: str, body: str) -> str:
    return f'---\ntitle: "{title}"\ndate: {date}\nauthor: {outlet}\nfrom: https://example.org/{zlib.crc32(title.encode())}\n---\n{body}\n'


def _build(tmp_path, articles: dict, *extra):
    src = tmp_path / "in"
    src.mkdir()
    for name, text in articles.items():
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(src), "-o", str(out), "-q", *extra])
    assert result.exit_code == 0, result.output
    return Graph().parse(out / "graph.ttl"), out


def _names(g, query) -> set[tuple]:
    return {tuple(str(x) for x in row) for row in g.query(Q + query)}


def test_roles_are_written_beside_participant(tmp_path):
    g, _ = _build(tmp_path, {"a.md": _post("习近平会见马克龙", "2024-05-07T20:00:00+08:00", "甲报",
                                            "<p>国家主席习近平5月6日在巴黎会见法国总统马克龙。</p>")})
    agents = _names(g, "SELECT ?n WHERE { ?e nkg:agent ?p . ?p rdfs:label ?n . ?e nkg:participant ?p }")
    guests = _names(g, "SELECT ?n WHERE { ?e nkg:guest ?p . ?p rdfs:label ?n . ?e nkg:participant ?p }")
    assert ("习近平",) in agents and ("马克龙",) in guests
    assert ("马克龙",) not in agents


def test_attendance_line_attaches_to_the_events_before_it(tmp_path):
    g, _ = _build(tmp_path, {"a.md": _post("习近平会见外宾", "2024-05-07T20:00:00+08:00", "甲报",
                                            "<p>国家主席习近平6日在北京会见法国总统马克龙。</p>"
                                            "<p>蔡奇、王毅等参加上述活动。</p>")})
    att = _names(g, "SELECT ?n WHERE { ?e nkg:attendee ?p . ?p rdfs:label ?n . ?e nkg:participant ?p }")
    assert ("王毅",) in att and ("蔡奇",) in att


def test_explain_merges_gives_each_telling_and_its_reason(tmp_path):
    arts = {
        "a.md": _post("习近平会见马克龙", "2024-05-07T20:00:00+08:00", "甲报",
                      "<p>国家主席习近平5月6日在巴黎同法国总统马克龙举行会谈。</p>"),
        "b.md": _post("習近平與馬克龍會談", "2024-05-07", "乙報", "<p>法國總統馬克龍6日在巴黎與習近平會談。</p>"),
    }
    _, out = _build(tmp_path, arts, "--explain-merges", str(tmp_path / "merges.json"))
    doc = json.loads((tmp_path / "merges.json").read_text(encoding="utf-8"))
    assert len(doc["events"]) == 1
    tellings = doc["events"][0]["tellings"]
    assert len(tellings) == 2 and tellings[0]["reason"] == "first telling"
    assert tellings[1]["reason"].startswith("both dated") or "nest" in tellings[1]["reason"]
    assert all(t["sentences"] and "<" not in t["sentences"][0] for t in tellings)


def test_three_meetings_of_one_format_stay_three(tmp_path):
    arts = {
        "tokyo.md": _post("美日2+2会谈", "2021-03-16T20:00:00+08:00", "甲报",
                          "<p>美日外长防长“2+2”会谈16日在东京举行，美国国务卿布林肯和日本外相茂木敏充出席。</p>"),
        "seoul.md": _post("韩美2+2会谈", "2021-03-18T20:00:00+08:00", "乙报",
                          "<p>韩美外长防长“2+2”会谈18日在首尔举行。</p>"),
        "anchorage.md": _post("中美2+2会晤", "2021-03-18T22:00:00+08:00", "丙报",
                              "<p>中美“2+2”高层会晤18日在美国阿拉斯加州安克雷奇举行。</p>"),
    }
    g, _ = _build(tmp_path, arts)
    events = _names(g, "SELECT ?e WHERE { ?e a nkg:Event }")
    assert len(events) == 3


def test_a_caption_refers_but_never_defines_an_event(tmp_path):
    body = ('<p>两国外长12日在北京举行会谈。</p>'
            '<figure><img src="x.jpg"><figcaption>资料图片：习近平会见普京</figcaption></figure>')
    g, _ = _build(tmp_path, {"a.md": _post("外长会谈", "2024-05-12T20:00:00+08:00", "甲报", body)})
    labels = {str(x) for (x,) in g.query(Q + "SELECT ?l WHERE { ?e a nkg:Event ; rdfs:label ?l }")}
    assert not any("普京" in lab for lab in labels)


def test_negated_attendance_is_no_participation(tmp_path):
    g, _ = _build(tmp_path, {"a.md": _post("特朗普不出席就职典礼", "2021-01-08T20:00:00+08:00", "甲报",
                                            "<p>美国总统特朗普8日表示不会出席拜登1月20日的就职典礼。</p>")})
    parts = _names(g, "SELECT ?n WHERE { ?e nkg:participant ?p . ?p rdfs:label ?n }")
    assert ("特朗普",) not in parts


REF = dt.date(2021, 6, 9)  # a Wednesday


@pytest.mark.parametrize("text,begin,until,precision", [
    ("下周三", dt.date(2021, 6, 16), dt.date(2021, 6, 16), "day"),
    ("上周五", dt.date(2021, 6, 4), dt.date(2021, 6, 4), "day"),
    ("下周", dt.date(2021, 6, 14), dt.date(2021, 6, 20), "week"),
    ("本月", dt.date(2021, 6, 1), dt.date(2021, 6, 30), "month"),
    ("上个月", dt.date(2021, 5, 1), dt.date(2021, 5, 31), "month"),
    ("最近", dt.date(2021, 6, 2), dt.date(2021, 6, 9), "week"),
])
def test_relative_dates(text, begin, until, precision):
    (d,) = find_dates(text, REF)
    assert (d.begin, d.until, d.precision) == (begin, until, precision)


def test_a_weekday_with_its_date_takes_the_date():
    ds = find_dates("上周四（3月11日）", REF)
    assert [(d.begin, d.precision) for d in ds] == [(dt.date(2021, 3, 11), "day")]


def test_a_numbered_name_is_not_a_date():
    assert find_dates("拜登搭乘空军一号专机", REF) == []
    assert [(d.begin) for d in find_dates("六月一号", REF)] == [dt.date(2021, 6, 1)]


def test_a_pronoun_stands_for_the_last_person_named(tmp_path):
    """他在记者会上表示: the press conference is 马克龙's (the paragraph before names him)."""
    g, _ = _build(tmp_path, {"a.md": _post("马克龙记者会", "2021-06-11T10:00:00+00:00", "甲报",
                                            "<p>法国总统马克龙10日在巴黎谈到法国与中国的关系。</p>"
                                            "<p>他在记者会上表示，法国不是任何国家的附庸。</p>")})
    agents = _names(g, "SELECT ?n WHERE { ?e a nkg:PressConference ; nkg:agent ?p . ?p rdfs:label ?n }")
    assert ("马克龙",) in agents


def test_a_talk_named_by_its_sides_takes_no_other_side(tmp_path):
    """美英澳三边会谈: France and Macron, named in the same clause, are not its parties."""
    g, _ = _build(tmp_path, {"a.md": _post("拜登的会谈", "2021-06-14T10:00:00+00:00", "甲报",
                                            "<p>拜登12日与法国总统马克龙和澳大利亚总理莫里森和英国首相约翰逊举行的美英澳三边会谈。</p>")})
    rows = _names(g, "SELECT ?n WHERE { ?e rdfs:label ?l ; nkg:participant ?p . ?p rdfs:label ?n "
                     "FILTER(CONTAINS(STR(?l), '三边')) }")
    assert ("马克龙",) not in rows and ("法国",) not in rows
    assert ("澳大利亚",) in rows


def test_an_item_heading_opens_the_event_its_body_tells_in_other_words(tmp_path):
    body = ("# 《晚间新闻》 (20240508)\n\n### 习近平同法国总统在上比利牛斯省举行中法元首小范围会晤\n\n"
            "当地时间5月7日，国家主席习近平赴法国上比利牛斯省访问。两国元首就一些重要问题进行了战略沟通。\n\n"
            "### 李强会见外宾\n\n5月7日，国务院总理李强在北京会见新加坡总理黄循财。\n")
    src = tmp_path / "in"
    src.mkdir()
    (src / "b.md").write_text(body, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(src), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    g = Graph().parse(out / "graph.ttl")
    rows = _names(g, "SELECT ?l ?d WHERE { ?e a nkg:Meeting ; rdfs:label ?l ; nkg:startDate ?d }")
    assert any("小范围会晤" in lab and d == "2024-05-07" for lab, d in rows), rows


def _events_of(g) -> set[tuple]:
    return _names(g, "SELECT ?t ?n WHERE { ?e a nkg:Event , ?t ; rdfs:label ?n . FILTER(?t != nkg:Event) }")


def test_a_visit_to_a_region_is_a_trip_told_in_its_time_clause(tmp_path):
    g, _ = _build(tmp_path, {"a.md": _post("甲国总统出访", "2021-06-09T20:00:00+08:00", "甲报",
                                            "<p>拜登面临压力。今天启程赴欧洲访问前，他暗示将公布新计划。</p>")})
    kinds = {t.rsplit("#", 1)[-1] for t, _ in _events_of(g)}
    assert "Trip" in kinds and "Visit" not in kinds
    who = _names(g, "SELECT ?n WHERE { ?e a nkg:Trip ; nkg:participant ?p . ?p rdfs:label ?n }")
    assert ("拜登",) in who


def test_a_visit_time_clause_naming_its_visitor_gives_the_next_subject_no_role(tmp_path):
    g, _ = _build(tmp_path, {"a.md": _post("普京发表文章", "2023-03-20T20:00:00+08:00", "甲报",
                                            "<p>在国家主席习近平对俄罗斯进行国事访问前夕，俄罗斯总统普京20日在报纸发表署名文章。</p>")})
    visitors = _names(g, "SELECT ?n WHERE { ?e nkg:visitor ?p . ?p rdfs:label ?n }")
    assert ("习近平",) in visitors and ("普京",) not in visitors


def test_a_visit_keeps_the_city_it_goes_to_in_the_visited_country(tmp_path):
    g, _ = _build(tmp_path, {"a.md": _post("习近平访问俄罗斯", "2023-03-20T20:00:00+08:00", "甲报",
                                            "<p>3月20日，在赴莫斯科对俄罗斯联邦进行国事访问之际，国家主席习近平发表署名文章。</p>")})
    places = _names(g, "SELECT ?n WHERE { ?e a nkg:StateVisit ; nkg:location ?l . ?l rdfs:label ?n }")
    assert ("莫斯科",) in places and places & {("俄罗斯",), ("俄罗斯联邦",)}


@pytest.mark.parametrize("text,spans", [
    ("之后的3月18日和19日，双方将在阿拉斯加举行会晤。", [(dt.date(2021, 3, 18), dt.date(2021, 3, 19))]),
    ("14日及15日赴布鲁塞尔", [(dt.date(2021, 6, 14), dt.date(2021, 6, 15))]),
    ("3日和10日各举行一次", [(dt.date(2021, 6, 3), dt.date(2021, 6, 3)), (dt.date(2021, 6, 10), dt.date(2021, 6, 10))]),
])
def test_two_days_in_a_row_are_one_window(text, spans):
    assert [(d.begin, d.until) for d in find_dates(text, REF)] == spans


def test_a_conference_held_between_two_people_is_their_meeting(tmp_path):
    g, _ = _build(tmp_path, {"a.md": _post("两国外长会晤", "2021-04-22T20:00:00+08:00", "甲报",
                                            "<p>美国国务卿布林肯和中国外长王毅21日在北京举行会议。</p>")})
    kinds = {t.rsplit("#", 1)[-1] for t, _ in _events_of(g)}
    assert "Meeting" in kinds and "Conference" not in kinds


def _told(article, day_from, day_to, parts, family_type="Talks"):
    from kg.resolve.article_events import ArticleEvent

    ev = ArticleEvent(article)
    ev.types[family_type] += 1
    ev.dates.append((day_from, day_to, "day", (0, 0, 1)))
    ev.participants = {k: (0, 0, 1) for k in parts}
    return ev


def test_a_day_of_multi_day_talks_other_articles_date_is_a_session_of_them():
    from kg.resolve.events import _aggregate, _session_of

    d18, d19 = dt.date(2021, 3, 18), dt.date(2021, 3, 19)
    other = _told("a1", d18, d19, ["gaz:blinken", "name:杨洁篪", "gaz:usa", "gaz:china"])
    own = _told("a2", d18, d18, ["gaz:blinken", "name:杨洁篪", "gaz:usa", "gaz:china"])
    cl = [other, own]
    agg = _aggregate(cl)
    assert _session_of(_told("a2", d19, d19, ["gaz:blinken", "name:杨洁篪"], "Meeting"), cl, agg)
    # not when only its own article dates the cluster, nor a day outside, nor someone else
    assert not _session_of(_told("a2", d19, d19, ["gaz:blinken"], "Meeting"), [own], _aggregate([own]))
    assert not _session_of(_told("a2", d19 + dt.timedelta(1), d19 + dt.timedelta(1), ["gaz:blinken"]), cl, agg)
    assert not _session_of(_told("a2", d19, d19, ["gaz:blinken", "gaz:lavrov"]), cl, agg)


def test_a_side_of_unknown_country_taking_part_in_the_other_event_is_no_conflict():
    from types import SimpleNamespace

    from kg.resolve.compatible import _sides_differ

    ents = {"name:杨洁篪": SimpleNamespace(type="Person"), "name:某人": SimpleNamespace(type="Person")}
    ctx = SimpleNamespace(entities=ents)
    a = _told("a1", None, None, ["gaz:usa", "gaz:china", "name:杨洁篪"])
    a.bilateral = frozenset({"gaz:usa", "gaz:china"})
    b = _told("a2", None, None, ["gaz:usa", "name:杨洁篪"])
    b.bilateral = frozenset({"gaz:usa", "name:杨洁篪"})
    assert not _sides_differ(a, b, ctx)
    c = _told("a3", None, None, ["gaz:usa", "name:某人"])
    c.bilateral = frozenset({"gaz:usa", "name:某人"})   # someone the other event does not have
    assert _sides_differ(a, c, ctx)


def test_no_evidence_quote_holds_markup(tmp_path):
    g, _ = _build(tmp_path, {"a.md": _post("习近平会见马克龙", "2024-05-07T20:00:00+08:00", "甲报",
                                            "<p><strong>央视网消息</strong>（新闻联播）：国家主席习近平6日在巴黎"
                                            "<span>会见</span>法国总统马克龙。</p>")})
    quotes = {q for (q,) in _names(g, "SELECT ?q WHERE { ?e nkg:quote ?q }")}
    assert quotes and not any("<" in q or ">" in q for q in quotes)
    assert any(q.startswith("央视网消息（新闻联播）") for q in quotes)


def test_two_items_of_a_bulletin_retelling_one_ceremony_make_one_event():
    from kg.resolve.events import _retold

    d = dt.date(2023, 3, 21)
    a = _told("a1", d, d, ["gaz:xi", "gaz:putin"], "Ceremony")
    b = _told("a1", d, d, ["gaz:xi", "gaz:putin"], "Ceremony")
    b.dates = []   # the retelling gives no day
    a.locations = {"gaz:kremlin": (0, 0, 1)}
    b.locations = {"gaz:kremlin": (1, 0, 1)}
    assert _retold(a, b)
    c = _told("a1", d, d, ["gaz:xi", "gaz:lukashenko"], "Ceremony")   # another guest: another ceremony
    c.locations = dict(a.locations)
    assert not _retold(a, c)
