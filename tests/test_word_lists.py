"""The word lists of the name rules are data (kg/data/patterns/name_heads.yaml, span_repair.yaml):
each entry says what it does and holds one kind of value, which kg.extract.rules loads."""
from __future__ import annotations

import re
from importlib import resources

import pytest
import yaml

from kg.extract import rules

FILES = ("name_heads.yaml", "span_repair.yaml")


def _entries(name):
    text = resources.files("kg").joinpath(f"data/patterns/{name}").read_text(encoding="utf-8")
    return yaml.safe_load(text).items()


@pytest.mark.parametrize("name", FILES)
def test_every_entry_says_what_it_does_and_holds_one_kind_of_value(name):
    for key, entry in _entries(name):
        kinds = [k for k in ("words", "chars", "pattern") if k in entry]
        assert len(kinds) == 1 and set(entry) == {"doc", kinds[0]}, key
        assert len(entry["doc"]) >= 20, key
        if "words" in entry:
            assert entry["words"] and all(isinstance(w, str) and w for w in entry["words"]), key
            assert len(set(entry["words"])) == len(entry["words"]), f"{key}: a word twice"
        if "pattern" in entry:
            re.compile(entry["pattern"])


def test_the_rules_module_gives_each_list_its_kind():
    assert isinstance(rules.ORG_HEADS, tuple) and "委员会" in rules.ORG_HEADS
    assert isinstance(rules.ORG_NAME_STOP, set) and "的" in rules.ORG_NAME_STOP
    assert rules.CONJUNCTIONS == "和与及同跟" and rules.VESSEL_HEAD == "号"
    assert rules.PLACE_LIST_END.search("在红利曼、巴赫穆特等方向")
    assert rules.ends_with("俄罗斯卫星通讯社", rules.OUTLET_HEADS) == "通讯社"
