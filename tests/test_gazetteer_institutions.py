"""Gazetteer institutions (armed forces, legislatures, central banks) and the national
agencies and public broadcasters of the outlet table: well-formed records, names that
denote one record, sentences where they must be found and ordinary ones where not."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from kg.extract.entities import annotate
from kg.extract.gazetteer import default_gazetteer
from kg.model import Article, Paragraph
from kg.text import fold

ROOT = Path(__file__).resolve().parents[1]
GAZ = ROOT / "kg" / "data" / "gazetteer"


def _script(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _records(name):
    return [json.loads(l) for l in (GAZ / name).read_text(encoding="utf-8").splitlines() if l.strip()]


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


@pytest.mark.parametrize("script", ["build_gazetteer_institutions", "build_gazetteer_outlets"])
def test_files_are_what_their_scripts_write(script):
    mod = _script(script)
    records = mod.build()
    assert mod.check(records) == []
    assert mod.OUTPUT.read_text(encoding="utf-8") == mod.render(records)


def test_institution_records_are_well_formed():
    mod = _script("build_gazetteer_institutions")
    countries = {r["id"] for r in _records("countries.jsonl")}
    recs = _records("institutions.jsonl")
    assert len(recs) >= 100
    assert [r["id"] for r in recs] == sorted({r["id"] for r in recs})
    for r in recs:
        assert r["type"] == "Organization" and r["kind"] in mod.KINDS, r["id"]
        assert r["country"] in countries, r["id"]
        assert r["names"]["zh-Hans"] and r["names"]["zh-Hant"] and r["names"]["en"], r["id"]
        assert set(r) <= {"id", "type", "kind", "country", "names", "qid", "region"}, r["id"]
    kinds = {r["kind"] for r in recs}
    assert {"armed_forces", "legislature", "central_bank"} <= kinds


def test_every_chinese_name_denotes_one_record_across_the_gazetteer():
    owners: dict[str, set[str]] = {}
    for path in sorted(GAZ.glob("*.jsonl")):
        for r in _records(path.name):
            for n in r["names"].get("zh-Hans", []) + r["names"].get("zh-Hant", []):
                owners.setdefault(fold(n), set()).add(f"{path.stem}:{r['id']}")
    mine = {fold(n) for name in ("institutions.jsonl", "outlets.jsonl") for r in _records(name)
            for n in r["names"]["zh-Hans"] + r["names"]["zh-Hant"]}
    shared = {k: v for k, v in owners.items() if k in mine and len(v) > 1}
    assert shared == {}


def test_no_generic_word_is_a_name():
    mod = _script("build_gazetteer_institutions")
    names = {fold(n) for r in _records("institutions.jsonl") for n in r["names"]["zh-Hans"]}
    for word in ("国会", "议会", "参议院", "众议院", "下议院", "国民议会", "央行", "军方", "军队",
                 "海军", "空军", "日军", "德军", "韩军", "台军", "日本银行", "韩国银行", "日银",
                 "日央行", "金管局", "联邦参议院", "联邦储备银行", "巴基斯坦国家银行"):
        assert fold(word) not in names, word
    assert {fold(g) for g in mod.GENERIC}.isdisjoint(names)


def _ids(gaz, text):
    return [ids for _, _, ids in gaz.find(fold(text))]


@pytest.mark.parametrize("text,rid", [
    ("美联储主席鲍威尔宣布维持利率不变。", "federal-reserve"),
    ("聯準會週三宣布升息一碼。", "federal-reserve"),
    ("中国央行决定下调存款准备金率。", "peoples-bank-of-china"),
    ("日本央行维持超宽松货币政策。", "bank-of-japan"),
    ("英国央行宣布加息25个基点。", "bank-of-england"),
    ("香港金管局跟随美联储加息。", "hong-kong-monetary-authority"),
    ("驻韩美军司令部发表声明。", "united-states-forces-korea"),
    ("日本航空自卫队战机紧急升空。", "japan-air-self-defense-force"),
    ("航空自衛隊F-15戰機起飛。", "japan-air-self-defense-force"),
    ("美军空军举行演习。", "united-states-air-force"),
    ("伊斯兰革命卫队发表声明。", "islamic-revolutionary-guard-corps"),
    ("以军对加沙地带发动空袭。", "israel-defense-forces"),
    ("俄罗斯军方称击退乌军进攻。", "russian-armed-forces"),
    ("俄称击退乌军进攻。", "armed-forces-of-ukraine"),
    ("日本国会通过了这项法案。", "national-diet"),
    ("德国联邦议院举行辩论。", "bundestag"),
    ("乌最高拉达投票批准延长战时状态。", "verkhovna-rada"),
    ("土耳其大国民议会批准了协议。", "grand-national-assembly-of-turkey"),
    ("南韓國會通過法案。", "national-assembly-of-south-korea"),
    ("据巴西通讯社报道，巴西总统发表讲话。", "agencia-brasil"),
    ("阿根廷国家通讯社报道说，会议在布宜诺斯艾利斯举行。", "telam"),
    ("据英国报联社报道，首相将出席会议。", "pa-media"),
    ("南非广播公司报道了这一消息。", "south-african-broadcasting-corporation"),
    ("节目在全俄国家电视广播公司播出。", "vgtrk"),
    ("伊朗国家电视台播放了画面。", "islamic-republic-of-iran-broadcasting"),
    ("印尼国家电视台开播纪录片。", "televisi-republik-indonesia"),
])
def test_a_named_institution_or_outlet_is_found(gaz, text, rid):
    assert any(rid in ids for ids in _ids(gaz, text)), _ids(gaz, text)


@pytest.mark.parametrize("text", [
    "央行宣布降息，国会通过法案，议会选举将于明年举行。",
    "军方发言人表示，海军和空军将举行联合演习。",
    "28日银行股板块集体走弱。",
    "他在日本银行开户后汇款回国。",
    "参议院和众议院的议员就预算展开辩论。",
    "联邦参议院批准了这项修正案。",
])
def test_ordinary_sentences_name_no_institution(gaz, text):
    inst = {r["id"] for r in _records("institutions.jsonl")}
    assert not [ids for ids in _ids(gaz, text) if set(ids) & inst]


def _mentions(gaz, text):
    art = Article("t1", "x.md", "markdown", "标题", None, None, False, "zh-Hans", None,
                  [Paragraph(text, list(range(len(text))), "body")], text)
    annotate(art, gaz)
    return [(m.text, m.gazetteer_id) for m in art.mentions if m.paragraph == 0]


@pytest.mark.parametrize("text,absent", [
    ("中美军事对话定于下月举行。", "united-states-armed-forces"),
    ("美国宣布新一批对台军售。", None),
    ("北韓軍方證實射殺了這名男子。", "republic-of-korea-armed-forces"),
])
def test_a_match_across_a_word_is_dropped(gaz, text, absent):
    found = _mentions(gaz, text)
    inst = {r["id"] for r in _records("institutions.jsonl")}
    if absent is None:
        assert not [m for m in found if m[1] in inst], found
    else:
        assert absent not in {rid for _, rid in found}, found
