"""Pair forms (中美, 美日两国) stand for their countries; idioms and longer names do not."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
import yaml

from kg.extract.gazetteer import default_gazetteer
from kg.extract.article import extract
from kg.sources import read_article

EXAMPLES = yaml.safe_load(Path(str(resources.files("kg").joinpath("data/patterns/pair_forms.yaml"))).read_text(
    encoding="utf-8"))["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:12] for e in EXAMPLES])
def test_pair_form_examples(tmp_path, example):
    f = tmp_path / "a.md"
    f.write_text(f"# 新闻例句：本文只有一句话，用于检验国名简称的并称\n\n{example['text']}\n", encoding="utf-8")
    art = read_article(f)
    extract(art, default_gazetteer())
    body = [m for m in art.mentions if m.paragraph >= 0 and m.source == "group"]
    assert sorted(m.gazetteer_id for m in body) == sorted(example["countries"])


def test_pair_form_replaces_the_ner_name(tmp_path):
    """韩美 read by the NER as one name becomes the two countries, not a node of its own."""
    f = tmp_path / "a.md"
    f.write_text("# 新闻例句：本文只有一句话，用于检验国名简称的并称\n\n文在寅提及当天上午的韩美外长防长“2+2”会谈。\n",
                 encoding="utf-8")
    art = read_article(f)
    extract(art, default_gazetteer())
    texts = {m.text for m in art.mentions}
    assert "韩美" not in texts
    assert {"south-korea", "united-states"} <= {m.gazetteer_id for m in art.mentions if m.source == "group"}


DATA = yaml.safe_load(Path(str(resources.files("kg").joinpath("data/patterns/pair_forms.yaml"))).read_text(
    encoding="utf-8"))


def _extracted(tmp_path, text: str):
    f = tmp_path / "a.md"
    f.write_text(f"# 新闻例句：本文用于检验国名简称\n\n{text}\n", encoding="utf-8")
    art = read_article(f)
    extract(art, default_gazetteer())
    return art


@pytest.mark.parametrize("example", DATA["side_examples"], ids=[e["text"][-12:] for e in DATA["side_examples"]])
def test_a_side_form_is_its_country_not_a_node(tmp_path, example):
    art = _extracted(tmp_path, example["text"])
    side = [m for m in art.mentions if m.paragraph >= 0 and m.source == "group"]
    assert sorted({m.gazetteer_id for m in side}) == sorted(example["countries"])
    assert not any(m.folded.endswith("方") and m.source != "group" for m in art.mentions)


def test_an_ambiguous_side_form_names_nothing_without_its_country(tmp_path):
    art = _extracted(tmp_path, "中方已要求巴方对此彻查，严惩肇事者。")
    assert not any(m.source == "group" for m in art.mentions)
    assert "巴方" not in {m.text for m in art.mentions}


def test_a_person_written_in_abbreviation_characters_stays_a_person(tmp_path):
    art = _extracted(tmp_path, "埃及总统塞西出席峰会并发表讲话。")
    assert ("塞西", "Person") in {(m.text, m.type) for m in art.mentions}
    assert not any(m.gazetteer_id in ("serbia", "spain") for m in art.mentions)


# --- ambiguous abbreviations settle by what the article names; unsettled ones make no node ------

def _body(tmp_path, text):
    art = _extracted(tmp_path, text)
    return art, [m for m in art.mentions if m.paragraph >= 0]


def test_an_ambiguous_pair_form_stands_for_the_named_sense(tmp_path):
    """吉 is Kyrgyzstan or Djibouti: in an article on Djibouti, 吉中 is Djibouti and China."""
    art, body = _body(tmp_path, "习近平会见吉布提总统盖莱。盖莱表示，吉中是朋友和兄弟。")
    ids = {m.gazetteer_id for m in body if m.source == "group"}
    assert "djibouti" in ids and "kyrgyzstan" not in ids
    assert "吉中" not in {m.folded for m in body}


def test_a_pair_form_before_a_follow_word_is_no_node_even_unsettled(tmp_path):
    """中阿峰会 with 阿 unsettled: no 阿峰 or 阿中 node, China stands."""
    art, body = _body(tmp_path, "沙特王储欢迎各国领导人出席首届阿中峰会。首届中阿峰会取得成功。")
    texts = {m.folded for m in body}
    assert not texts & {"阿中", "阿峰", "阿中峰"}
    assert "china" in {m.gazetteer_id for m in body if m.source == "group"}


def test_two_ambiguous_characters_need_both_settled(tmp_path):
    """海南人民: 海 (the Gulf council) and 南 (South Africa or South Sudan) are both ambiguous and
    unsettled, so the run is no pair form and no bloc is read from it."""
    art, body = _body(tmp_path, "海南人民欢度佳节，游客纷纷来到三亚。")
    assert "gulf-cooperation-council" not in {m.gazetteer_id for m in body}


def test_a_side_form_the_ner_glued_to_a_verb_is_the_side(tmp_path):
    art, body = _body(tmp_path, "塞尔维亚总统武契奇会见中方代表。塞方赞赏中方坚定支持。")
    assert "塞方赞" not in {m.folded for m in body}
    assert "serbia" in {m.gazetteer_id for m in body if m.source == "group"}


def test_a_name_that_starts_like_a_side_form_stays_a_person(tmp_path):
    art, body = _body(tmp_path, "获得最佳导演的是阿方索·卡隆，他感谢了观众。")
    assert not {m.gazetteer_id for m in body if m.source == "group"}


@pytest.mark.parametrize("example", DATA["direction_examples"], ids=[e["text"][:10] for e in DATA["direction_examples"]])
def test_a_compass_part_of_an_abbreviated_country_is_the_country(tmp_path, example):
    name = {"lebanon": "黎巴嫩", "ukraine": "乌克兰"}[example["countries"][0]]
    art, body = _body(tmp_path, f"{name}局势受到关注。{example['text']}")
    assert not any(m.folded.endswith(("南部", "东部")) for m in body)


def test_a_compound_direction_is_no_country(tmp_path):
    """中西部 is 'central-west', not China's west."""
    art, body = _body(tmp_path, "吉林中西部地区今天降温，中西部多地降雪。")
    assert "china" not in {m.gazetteer_id for m in body if m.source == "group"}
