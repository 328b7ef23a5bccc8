"""The company gazetteer (kg/data/gazetteer/companies.jsonl, scripts/build_gazetteer_companies.py):
well-formed records, names that no other record holds, companies found in news sentences and
nothing found in ordinary text that shares their characters."""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from kg.extract.entities import annotate
from kg.extract.gazetteer import default_gazetteer
from kg.model import Article, Paragraph
from kg.text import fold

ROOT = Path(__file__).resolve().parents[1]
GAZ = ROOT / "kg" / "data" / "gazetteer"
FILE = GAZ / "companies.jsonl"


def _records() -> list[dict]:
    return [json.loads(l) for l in FILE.read_text(encoding="utf-8").splitlines() if l.strip()]


def _builder():
    spec = importlib.util.spec_from_file_location("build_gazetteer_companies",
                                                  ROOT / "scripts" / "build_gazetteer_companies.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


def _mentions(gaz, text: str, lang: str = "zh-Hans") -> list[tuple[str, str, str | None]]:
    art = Article("t1", "x.md", "markdown", "标题", None, None, False, lang, None,
                  [Paragraph(text, list(range(len(text))), "body")], text)
    annotate(art, gaz)
    return [(m.text, m.type, m.gazetteer_id) for m in art.mentions if m.paragraph == 0]


def test_the_file_is_what_the_script_builds_and_its_checks_pass():
    mod = _builder()
    records = mod.build()
    assert mod.check(records) == []
    assert mod.render(records) == FILE.read_text(encoding="utf-8")


def test_every_record_is_a_well_formed_company():
    countries = {json.loads(l)["id"] for l in (GAZ / "countries.jsonl").read_text(encoding="utf-8").splitlines()
                 if l.strip()}
    records = _records()
    assert len(records) >= 200
    ids = [r["id"] for r in records]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    for r in records:
        assert set(r) <= {"id", "type", "kind", "country", "names", "qid"}, r["id"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["id"])
        assert r["type"] == "Organization" and r["kind"] == "company"
        assert r["country"] in countries, r["id"]
        assert "qid" not in r or re.fullmatch(r"Q[1-9]\d*", r["qid"])
        assert set(r["names"]) == {"en", "zh-Hans", "zh-Hant"}
        for lang, names in r["names"].items():
            assert names and len(set(names)) == len(names), (r["id"], lang)
            for n in names:
                if lang == "en":
                    assert all(ord(c) < 0x3000 for c in n), n
                else:
                    assert len(n) >= 2 and re.search(r"[\u4e00-\u9fff]", n), n


def test_no_company_name_is_held_by_another_record(gaz):
    for r in _records():
        for names in r["names"].values():
            for n in names:
                assert gaz.lookup(n) == [r["id"]], (n, gaz.lookup(n))


def test_no_chinese_name_is_an_excluded_ordinary_word():
    keys = {fold(n) for r in _records() for lang in ("zh-Hans", "zh-Hant") for n in r["names"][lang]}
    for word in ("苹果", "小米", "联想", "大众", "通用", "现代", "日产", "吉利", "东风", "雷神", "美的", "联通",
                 "高通", "三星", "强生", "奔驰", "日立", "力拓", "安联", "上汽", "思科", "京东", "农行", "工行",
                 "中国石油", "中国建筑", "美国银行", "俄罗斯石油", "标普", "新力", "索尼"):
        assert word not in keys, word


@pytest.mark.parametrize("text,lang,expected", [
    ("美国商务部将华为和中兴通讯列入实体清单。", "zh-Hans", ["huawei", "zte"]),
    ("辉瑞和BioNTech联合研发的疫苗获批，莫德纳疫苗也将运抵。", "zh-Hans", ["pfizer", "biontech", "moderna"]),
    ("台灣已採購輝瑞、莫德納和阿斯特捷利康疫苗，嬌生疫苗則暫緩。", "zh-Hant",
     ["pfizer", "moderna", "astrazeneca", "johnson-and-johnson"]),
    ("欧盟与美国同意暂停空客-波音争端引发的关税。", "zh-Hans", ["airbus", "boeing"]),
    ("台積電宣布在美國亞利桑那州設廠，輝達股價大漲。", "zh-Hant", ["tsmc", "nvidia"]),
    ("沙特阿美和俄罗斯天然气工业股份公司宣布减产。", "zh-Hans", ["saudi-aramco", "gazprom"]),
    ("日本东京电力公司开始排放福岛核污染水。", "zh-Hans", ["tokyo-electric-power-company"]),
    ("中远海运和中国交建参与了比雷埃夫斯港项目。", "zh-Hans", ["cosco-shipping", "china-communications-construction"]),
    ("苹果公司、微软和谷歌的市值均超过万亿美元。", "zh-Hans", ["apple-inc", "microsoft", "google"]),
    ("瑞银集团同意收购瑞士信贷。", "zh-Hans", ["ubs", "credit-suisse"]),
])
def test_companies_are_found_in_news_sentences(gaz, text, lang, expected):
    found = [gid for _t, typ, gid in _mentions(gaz, text, lang) if typ == "Organization"]
    for gid in expected:
        assert gid in found, (gid, _mentions(gaz, text, lang))


@pytest.mark.parametrize("text", [
    "他吃了一个苹果，又喝了小米粥。",
    "这让人联想到大众文化与现代生活。",
    "通用语言文字的推广取得进展，油田日产量创新高。",
    "要加强生态环境保护，大力拓展城市生态空间。",
    "北京与河北在雄安联合举办招聘会。",
    "三星堆遗址出土了大量文物。",
    "国内航空客运明显减少。",
    "高通胀压力下，央行再次加息。",
    "游客们坐着雪地摩托车奔驰在广袤的雪原上。",
    "各地开展乐购新春活动，马路上汽车排着长队。",
    "蓝思科技是长沙的企业。",
    "中国石油大学的学生参观了展览。",
    "乌克兰称袭击了俄油库。",
    "美股标普500指数下跌。",
])
def test_ordinary_text_names_no_company(gaz, text):
    companies = {r["id"] for r in _records()}
    assert not [m for m in _mentions(gaz, text) if m[2] in companies]


def test_a_company_in_an_event_clause_is_not_a_side_of_the_event(tmp_path, gaz):
    """解决空客-波音争端…与拜登举行峰会: the summit's sides are the EU and the US, not the companies."""
    from kg.extract.events import find_events
    from kg.extract.article import extract
    from kg.sources import read_article

    f = tmp_path / "a.md"
    f.write_text("# 欧美峰会\n\n“解决空客-波音争端大大提振了改善欧盟和美国关系的信心，”欧盟执委会副主席"
                 "东布洛夫斯基在与美国总统拜登举行峰会后的新闻发布会上表示。\n", encoding="utf-8")
    art = read_article(f)
    extract(art, gaz)
    sides = set()
    for m in find_events(art, gaz):
        sides |= {art.mentions[i].gazetteer_id for i in m.participants if isinstance(i, int)}
        assert "空客" not in m.label and "波音" not in m.label, m.label
    assert "european-union" in sides or "united-states" in sides
    assert not sides & {"airbus", "boeing"}
