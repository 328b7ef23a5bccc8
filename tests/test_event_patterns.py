"""The event schema of kg/data/events: every pattern fires on its examples with the stated roles.

Each example sentence (quoted from a real article of the bench corpus, named by ``source``)
is read as a one-paragraph Markdown article, annotated (gazetteer and NER) and run through
the event engine; the roles its trigger gets must hold the stated names. An example with
``expect: {}`` must get no role from that pattern.
"""
from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest
import yaml

from kg.extract.discourse import find_attendance
from kg.extract.event_schema import load_schema
from kg.extract.events import find_events
from kg.extract.gazetteer import default_gazetteer
from kg.extract.article import extract
from kg.sources import read_article
from kg.text import fold

DATA = Path(str(resources.files("kg").joinpath("data/events")))


def _files():
    return sorted(p for p in DATA.glob("*.yaml") if p.name != "discourse.yaml")


def _examples():
    for path in _files():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for pat in data.get("roles") or []:
            for k, ex in enumerate(pat["examples"]):
                yield pytest.param(data["family"], pat["name"], ex, id=f"{path.stem}-{pat['name']}-{k}")


def _article(tmp_path: Path, text: str):
    f = tmp_path / "example.md"
    f.write_text(f"# 新闻例句：本文只有一句话，用于检验事件模式\n\n{text}\n", encoding="utf-8")
    art = read_article(f)
    extract(art, default_gazetteer())
    return art


def _roles(art, args) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a in args:
        out.setdefault(a.role, set()).add(fold(art.mentions[a.mention].text))
    return out


@pytest.mark.parametrize("family,name,example", list(_examples()))
def test_pattern_fires_on_its_examples(tmp_path, family, name, example):
    art = _article(tmp_path, example["text"])
    schema = load_schema()
    mentions = [m for m in find_events(art, default_gazetteer(), schema=schema)
                if schema.types[m.type].family == family
                and (not example.get("trigger") or m.head == fold(example["trigger"]))]
    got = {}
    for m in mentions:
        args = [a for a in m.arguments if a.pattern == name]
        if args:
            got = _roles(art, args)
            break
    want = {role: {fold(n) for n in names} for role, names in example["expect"].items()}
    if not want:
        assert got == {}, f"{name} should not fire on: {example['text']}"
    for role, names in want.items():
        assert names <= got.get(role, set()), f"{name}: role {role} {got.get(role)} lacks {names - got.get(role, set())}"


def _gold_articles() -> set[str]:
    gold = Path(__file__).resolve().parents[2] / "shared" / "eval" / "gold"
    out = set()
    for f in gold.glob("dev-*.yaml"):
        out |= {a["file"] for a in yaml.safe_load(f.read_text(encoding="utf-8"))["articles"]}
    return out


def test_every_pattern_has_examples_from_two_articles():
    """Two articles at least, and two outside the evaluation's gold files and the seeds: a
    pattern states a construction of the corpus, not of the files it is measured on."""
    gold = _gold_articles()
    for path in sorted(DATA.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for pat in (data.get("roles") or []) + (data.get("attendance") or []):
            sources = {ex["source"] for ex in pat.get("examples", [])}
            assert len(sources) >= 2, f"{path.name}: pattern {pat['name']} has examples from {sources}"
            free = {s for s in sources if s not in gold and not s.startswith("seeds/")}
            assert not gold or len(free) >= 2, f"{path.name}: pattern {pat['name']}: only {free} outside the gold"


@pytest.mark.parametrize("example", yaml.safe_load((DATA / "discourse.yaml").read_text(encoding="utf-8"))["attendance"][0]["examples"]
                         + yaml.safe_load((DATA / "discourse.yaml").read_text(encoding="utf-8"))["attendance"][1]["examples"])
def test_attendance_lines(tmp_path, example):
    art = _article(tmp_path, example["text"])
    lines = find_attendance(art)
    assert lines, example["text"]
    got = _roles(art, lines[0].arguments)
    assert {fold(n) for n in example["expect"]["attendee"]} <= got["attendee"]


@pytest.mark.parametrize("example", yaml.safe_load((DATA / "discourse.yaml").read_text(encoding="utf-8"))["negation"]["examples"])
def test_negated_participation_is_not_participation(tmp_path, example):
    art = _article(tmp_path, example["text"])
    parts = set()
    for m in find_events(art, default_gazetteer()):
        parts |= {fold(art.mentions[i].text) for i in m.participants if isinstance(i, int)}
    for name in example["negated"]:
        assert fold(name) not in parts, f"{name} takes part in: {example['text']}"


def test_a_type_added_as_data_is_found_without_code(tmp_path, monkeypatch):
    """A new family file with one type, its trigger and a role pattern, in a copy of the data
    folder: the engine finds the event, gives the roles, and the graph types it."""
    folder = tmp_path / "events"
    shutil.copytree(DATA, folder)
    (folder / "election.yaml").write_text("""
family: election
name_units: [Organization]
told_when: [{parties: 1}]
hold_verbs: [举行]
types:
  Election:
    triggers: [大选, 大選]
    label: {en: election, zh-Hans: 大选}
roles:
  - name: country-holds-election
    pattern: "{organizer:COUNTRY}~(?:举行|举办)了?~TRIGGER"
    examples:
      - {text: "巴西举行大选。", source: a.md, expect: {organizer: [巴西]}}
      - {text: "法国举行了大选。", source: b.md, expect: {organizer: [法国]}}
""", encoding="utf-8")
    schema = load_schema(folder)
    assert schema.families["election"].roles[0].name == "country-holds-election"
    art = _article(tmp_path, "巴西10月2日举行大选。")
    found = [m for m in find_events(art, default_gazetteer(), schema=schema) if m.type == "Election"]
    assert found and _roles(art, found[0].arguments) == {"organizer": {"巴西"}}
    # the bundled schema does not know it
    assert "Election" not in load_schema().types


def test_malformed_data_file_names_the_file(tmp_path):
    from kg.errors import DataError

    (tmp_path / "bad.yaml").write_text("family: x\ntypes:\n  X: {triggers: [宣判], colour: red}\n", encoding="utf-8")
    with pytest.raises(DataError, match="bad.yaml"):
        load_schema(tmp_path)
