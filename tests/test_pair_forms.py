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
