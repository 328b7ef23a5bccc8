"""Pair forms (中美, 美日两国) stand for their countries; idioms and longer names do not."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
import yaml

from kg.extract.gazetteer import default_gazetteer
from kg.pipeline import extract
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
