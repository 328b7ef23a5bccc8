"""The geographic-feature gazetteer (kg/data/gazetteer/features.jsonl, scripts/build_gazetteer_features.py):
well-formed records, names that no other record holds, features found in news sentences (a longer
name winning over a shorter one of another file), and nothing found in text that only shares their
characters."""
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
FILE = GAZ / "features.jsonl"
KINDS = {"ocean", "sea", "strait", "canal", "gulf", "harbor", "river", "lake", "island", "islands", "reef",
         "peninsula", "territory", "valley", "glacier", "plateau", "mountain", "mountains", "area", "desert",
         "site", "district"}


def _records() -> list[dict]:
    return [json.loads(l) for l in FILE.read_text(encoding="utf-8").splitlines() if l.strip()]


def _builder():
    spec = importlib.util.spec_from_file_location("build_gazetteer_features",
                                                  ROOT / "scripts" / "build_gazetteer_features.py")
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
    assert mod.main(["--check"]) == 0


def test_every_record_is_a_well_formed_place():
    countries = {json.loads(l)["id"] for l in (GAZ / "countries.jsonl").read_text(encoding="utf-8").splitlines()
                 if l.strip()}
    records = _records()
    assert 150 <= len(records) <= 300
    ids = [r["id"] for r in records]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    for r in records:
        assert set(r) <= {"id", "type", "kind", "country", "names", "qid"}, r["id"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["id"])
        assert r["type"] == "Place" and r["kind"] in KINDS, r["id"]
        assert "country" not in r or r["country"] in countries, r["id"]
        assert "qid" not in r or re.fullmatch(r"Q[1-9]\d*", r["qid"])
        assert set(r["names"]) == {"en", "zh-Hans", "zh-Hant"}
        for lang, names in r["names"].items():
            assert names and len(set(names)) == len(names), (r["id"], lang)
            for n in names:
                if lang == "en":
                    assert all(ord(c) < 0x3000 for c in n), n
                else:
                    assert len(n) >= 2 and re.search(r"[\u4e00-\u9fff]", n), n
    by_id = {r["id"]: r for r in records}
    # a shared or disputed feature has no country
    for rid in ("south-china-sea", "taiwan-strait", "diaoyu-islands", "spratly-islands", "kashmir",
                "golan-heights", "west-bank", "falkland-islands", "dokdo", "southern-kuril-islands"):
        assert "country" not in by_id[rid], rid
    assert by_id["yangtze"]["country"] == "china" and by_id["greenland"]["country"] == "denmark"


def test_no_feature_name_is_held_by_another_record(gaz):
    for r in _records():
        for names in r["names"].values():
            for n in names:
                assert gaz.lookup(n) == [r["id"]], (n, gaz.lookup(n))


def test_no_chinese_name_is_an_excluded_ambiguous_word():
    keys = {fold(n) for r in _records() for lang in ("zh-Hans", "zh-Hant") for n in r["names"][lang]}
    for word in ("北海", "黑龙江", "海湾", "钓鱼台", "南沙", "西沙", "马岛", "天山", "撒哈拉", "戈壁", "安第斯",
                 "阿尔卑斯", "西岸", "日本海", "秦岭", "喜马拉雅", "加萨", "北方领土", "远东", "九州"):
        assert word not in keys, word


def test_disputed_islands_have_every_side_s_names_on_one_record():
    by_id = {r["id"]: r for r in _records()}
    diaoyu = {fold(n) for n in by_id["diaoyu-islands"]["names"]["zh-Hans"] + by_id["diaoyu-islands"]["names"]["zh-Hant"]}
    assert {"钓鱼岛", "钓鱼岛及其附属岛屿", "尖阁列岛", "尖阁诸岛", "钓鱼台列屿"} <= diaoyu
    assert {"福克兰群岛", "马尔维纳斯群岛"} <= set(by_id["falkland-islands"]["names"]["zh-Hans"])
    assert {"独岛", "竹岛"} <= set(by_id["dokdo"]["names"]["zh-Hans"])
    assert {"南沙群岛", "斯普拉特利群岛"} <= set(by_id["spratly-islands"]["names"]["zh-Hans"])


@pytest.mark.parametrize("text,lang,expected", [
    ("中国海警舰艇编队在钓鱼岛领海内巡航，日本称之为尖阁列岛。", "zh-Hans", ["diaoyu-islands"]),
    ("日本政府声称尖阁诸岛是日本固有领土。", "zh-Hans", ["diaoyu-islands"]),
    ("釣魚臺列嶼是中華民國領土。", "zh-Hant", ["diaoyu-islands"]),
    ("中方在南海问题上的立场是一贯的。", "zh-Hans", ["south-china-sea"]),
    ("黄海、东海、南海等海域开展演习。", "zh-Hans", ["yellow-sea", "east-china-sea", "south-china-sea"]),
    ("胡塞武装在红海和亚丁湾袭击商船，霍尔木兹海峡局势紧张。", "zh-Hans",
     ["red-sea", "gulf-of-aden", "strait-of-hormuz"]),
    ("俄罗斯黑海舰队在刻赤海峡附近演习。", "zh-Hans", ["black-sea", "kerch-strait"]),
    ("以军空袭加沙地带，戈兰高地局势紧张。", "zh-Hans", ["gaza-strip", "golan-heights"]),
    ("美国海军驱逐舰过航台湾海峡。", "zh-Hans", ["taiwan-strait"]),
    ("荷莫茲海峽情勢緊張，加薩走廊人道危機加劇。", "zh-Hant", ["strait-of-hormuz", "gaza-strip"]),
    ("厦门至金门客运航线恢复。", "zh-Hans", ["kinmen"]),
    ("千岛群岛以东海域发生地震。", "zh-Hans", ["kuril-islands"]),
])
def test_features_are_found_in_news_sentences(gaz, text, lang, expected):
    found = [gid for _t, typ, gid in _mentions(gaz, text, lang) if typ == "Place"]
    for gid in expected:
        assert gid in found, (gid, _mentions(gaz, text, lang))


def test_the_west_bank_is_not_jordan(gaz):
    """约旦河西岸 (a longer name) wins over 约旦 (the country) in the leftmost-longest match."""
    ms = _mentions(gaz, "以色列军队在约旦河西岸杰宁发动突袭，约旦外交部予以谴责。")
    assert ("约旦河西岸", "Place", "west-bank") in ms
    assert not any(m[0] in ("约旦", "约旦河") for m in ms), ms
    ms = _mentions(gaz, "约旦国王阿卜杜拉二世表示，约旦河西岸局势令人担忧。")
    assert ("约旦", "Country", "jordan") in ms and ("约旦河西岸", "Place", "west-bank") in ms


def test_the_nanhai_of_foshan_and_of_zhongnanhai_is_not_the_south_china_sea(gaz):
    for text in ("广东省佛山市南海区举行招聘会。", "习近平在中南海会见外宾。"):
        ms = _mentions(gaz, text)
        assert not any(m[2] == "south-china-sea" for m in ms), ms
    assert ("佛山市", "Place", "foshan") in _mentions(gaz, "广东省佛山市南海区举行招聘会。")


@pytest.mark.parametrize("text", [
    "武汉华南海鲜市场关闭。",
    "美国东海岸遭遇暴风雪。",
    "日本海上保安厅称。",
    "他喜欢喜马拉雅平台上的节目。",
    "加萨马格拉表示珍视同中国共产党的友谊。",
    "中国南极秦岭站建成。",
    "今天山东省召开会议。",
    "双方在钓鱼台国宾馆举行会谈。",
    "旧金山金门大桥游客众多。",
    "这里是海湾地区的一个港口，北海的海鲜很有名。",
])
def test_ordinary_text_names_no_feature(gaz, text):
    features = {r["id"] for r in _records() if r["kind"] not in ("site", "district")}
    assert not [m for m in _mentions(gaz, text) if m[2] in features], _mentions(gaz, text)
