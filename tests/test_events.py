"""Events, agreements, posts and evidence (issue 3)."""
import datetime as dt
import glob
import html
import re

import pytest
from rdflib import Dataset

from kg.extract.agreements import parse_title
from kg.extract.dates import find_dates
from kg.graph.vocab import NKG

REF = dt.date(2023, 5, 19)  # a Friday
D = dt.date

DATE_TABLE = [
    ("週四（5月18日）", (D(2023, 5, 18), D(2023, 5, 18), "day")),
    ("周五（19日）", (D(2023, 5, 19), D(2023, 5, 19), "day")),
    ("17日", (D(2023, 5, 17), D(2023, 5, 17), "day")),
    ("當地時間6月17日下午", (D(2023, 6, 17), D(2023, 6, 17), "day")),
    ("6月16日至18日", (D(2023, 6, 16), D(2023, 6, 18), "day")),
    ("2025年6月16日至18日", (D(2025, 6, 16), D(2025, 6, 18), "day")),
    ("去年9月", (D(2022, 9, 1), D(2022, 9, 30), "month")),
    ("今年2月底", (D(2023, 2, 1), D(2023, 2, 28), "month")),
    ("今年二月", (D(2023, 2, 1), D(2023, 2, 28), "month")),
    ("2027年", (D(2027, 1, 1), D(2027, 12, 31), "year")),
    ("2025至2026年", (D(2025, 1, 1), D(2026, 12, 31), "year")),
    ("（2023年5月17日）", (D(2023, 5, 17), D(2023, 5, 17), "day")),
    ("二〇二五年三月", (D(2025, 3, 1), D(2025, 3, 31), "month")),
    ("周二（9月19日）", (D(2023, 9, 19), D(2023, 9, 19), "day")),
    ("昨天", (D(2023, 5, 18), D(2023, 5, 18), "day")),
    ("明天", (D(2023, 5, 20), D(2023, 5, 20), "day")),
    ("今天", (D(2023, 5, 19), D(2023, 5, 19), "day")),
    ("前天", (D(2023, 5, 17), D(2023, 5, 17), "day")),
    ("周二", (D(2023, 5, 16), D(2023, 5, 16), "day")),
    ("星期一", (D(2023, 5, 22), D(2023, 5, 22), "day")),
    ("10月", (D(2023, 10, 1), D(2023, 10, 31), "month")),
    ("十二月", (D(2022, 12, 1), D(2022, 12, 31), "month")),
    ("12月28日", (D(2022, 12, 28), D(2022, 12, 28), "day")),
    ("2023年5月", (D(2023, 5, 1), D(2023, 5, 31), "month")),
    ("2023年5月18日", (D(2023, 5, 18), D(2023, 5, 18), "day")),
    ("5月8日", (D(2023, 5, 8), D(2023, 5, 8), "day")),
    ("30日", (D(2023, 5, 30), D(2023, 5, 30), "day")),
    ("31日", (D(2023, 5, 31), D(2023, 5, 31), "day")),
    ("明年", (D(2024, 1, 1), D(2024, 12, 31), "year")),
    ("2月28日至3月1日", (D(2023, 2, 28), D(2023, 3, 1), "day")),
    ("1992年", (D(1992, 1, 1), D(1992, 12, 31), "year")),
    ("二十日", (D(2023, 5, 20), D(2023, 5, 20), "day")),
    ("6月18日上午", (D(2023, 6, 18), D(2023, 6, 18), "day")),
]


@pytest.mark.parametrize("text,want", DATE_TABLE)
def test_date_table(text, want):
    found = [d for d in find_dates(text, REF) if d.begin]
    assert found, text
    d = found[0]
    assert (d.begin, d.until, d.precision) == want


@pytest.mark.parametrize("text", ["70歲生日快樂", "建交31年來", "為期2天的會議", "24小时"])
def test_not_dates(text):
    assert [d for d in find_dates(text, REF) if d.begin] == []


@pytest.mark.parametrize("text,want,relative", [
    ("11月14日上午，习近平抵达巴厘岛。当天下午，他出席欢迎仪式。", D(2023, 11, 14), "anaphoric"),
    ("2022年3月5日开幕。同日，代表团抵达。", D(2022, 3, 5), "anaphoric"),
    ("当天，总理结束访问。", REF, "anaphoric-open"),  # valued at the publication day; earlier paragraphs may anchor it
])
def test_that_day_is_the_day_named_before(text, want, relative):
    """当天/当日/同日 take the last day the text named; with none, the reference day."""
    d = [d for d in find_dates(text, REF) if d.text in ("当天", "同日")][0]
    assert (d.begin, d.relative) == (want, relative)


def test_next_day_is_left_to_the_caller():
    (d,) = find_dates("就在这次峰会开幕的次日", REF)
    assert d.relative == "next-day" and d.begin is None


@pytest.mark.parametrize("raw,want", [
    ("阿斯塔納宣言", "Declaration"), ("永久睦鄰友好合作條約", "Treaty"),
    ("高質量共建「一帶一路」行動計劃", "ActionPlan"), ("一带一路倡议", "Initiative"),
    ("中美联合声明", "JointStatement"), ("谅解备忘录", None), ("多项合作协议", None),
    ("伊斯蘭堡郵報", None), ("条约", None),
])
def test_agreement_titles(raw, want):
    r = parse_title(raw)
    assert (r[1] if r else None) == want


@pytest.fixture(scope="module")
def trig(seed_build):
    ds = Dataset(default_union=True)
    ds.parse(seed_build[0] / "graph.trig", format="trig")
    return ds


def _text_of(markup: str) -> str:
    """Source text with markup taken out, whitespace dropped (how a quote is compared)."""
    return re.sub(r"\s+", "", html.unescape(re.sub(r"<[^>]*>", "", markup)))


def test_every_evidence_quote_is_the_source_text_at_its_offsets(trig):
    src = {f.rsplit("/", 1)[-1]: open(f, encoding="utf-8").read() for f in glob.glob("seeds/*")}
    files = {s: str(o) for s, _, o, _ in trig.quads((None, NKG.sourceFile, None, None))}
    n = 0
    for ev, _, art, _ in trig.quads((None, NKG.inArticle, None, None)):
        quote = str(next(trig.objects(ev, NKG.quote)))
        b, e = int(next(trig.objects(ev, NKG.beginIndex))), int(next(trig.objects(ev, NKG.endIndex)))
        assert "<" not in quote and ">" not in quote, quote   # a quote is text, never markup
        assert _text_of(src[files[art]][b:e]) == re.sub(r"\s+", "", quote)
        assert src[files[art]][b] == quote[0] and src[files[art]][e - 1] == quote[-1]
        n += 1
    assert n > 100


Q = """PREFIX nkg: <https://w3id.org/newskg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def test_posts_on_seeds(trig):
    rows = trig.query(Q + """SELECT ?name WHERE { ?p nkg:holds ?post . ?post nkg:postIn ?c ; rdfs:label "总统"@zh-Hans .
        ?c rdfs:label "吉尔吉斯斯坦"@zh-Hans . ?p rdfs:label ?name FILTER(lang(?name) = "zh-Hans") }""")
    assert {str(r[0]) for r in rows} == {"扎帕罗夫"}


def test_one_event_across_scripts_and_outlets(trig):
    rows = list(trig.query(Q + """SELECT DISTINCT ?e WHERE { ?a nkg:reports ?e . ?e a nkg:Summit ;
        nkg:location ?l . ?l rdfs:label "西安"@zh-Hans }"""))
    assert len(rows) == 1
    (event,) = rows[0]
    outlets = {str(r[0]) for r in trig.query(Q + "SELECT ?a WHERE { ?a nkg:reports ?e }", initBindings={"e": event})}
    assert len(outlets) >= 3  # DW (zh-Hant), RFI, VOA (zh-Hans)


def test_agreements_signed_at_the_second_summit(trig):
    rows = trig.query(Q + """SELECT ?ag WHERE { ?ag nkg:signedAt ?e . ?e nkg:startDate ?d
        FILTER(str(?d) = "2025-06-16") }""")
    assert len({r[0] for r in rows}) == 3
