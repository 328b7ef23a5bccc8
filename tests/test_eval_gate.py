"""Evaluation gate: the shared scorer on every gold file must stay above pinned floors.

Every gold file of ``../shared/eval/gold/`` is built from its own articles (the seeds from
``seeds/``, each ``dev-*.yaml`` from the files of ``../shared/bench/corpus/`` it lists) and
scored with ``../shared/eval/score.py``. The floors, per gold file, are in
``tests/gate_floors.yaml``: they are the figures the extraction reached when they were pinned
(see that file), so a change that helps one file and costs another fails here. Each file's
one-line summary is printed at the end of the run.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import ROOT, SEEDS

SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
GOLD_DIR = SHARED / "eval" / "gold"
CORPUS = SHARED / "bench" / "corpus"
FLOORS = yaml.safe_load((ROOT / "tests" / "gate_floors.yaml").read_text(encoding="utf-8"))
SUMMARIES: dict[str, str] = {}

# (section, metric) pairs read from the scorer's JSON; "duplicated" counts are ceilings
METRICS = {
    "entities_recall": ("entities", "recall"), "entities_precision": ("entities", "precision"),
    "wikidata": ("entities", "wikidata_linked"), "metadata": ("articles", "metadata_ok"),
    "cites": ("articles", "cites_recall"), "reports": ("articles", "reports_recall"),
    "events_recall": ("events", "recall"), "events_date": ("events", "date_ok"),
    "events_location": ("events", "location_ok"), "events_participants": ("events", "participant_recall"),
    "agreements_recall": ("agreements", "recall"), "agreements_signed_at": ("agreements", "signed_at_ok"),
    "agreements_signatories": ("agreements", "signatory_recall"), "posts": ("posts", "recall"),
    "questions": ("questions", "passed"),
}
CEILINGS = {"duplicated_entities": ("entities", "duplicated"), "duplicated_events": ("events", "duplicated")}


def _gold_names() -> list[str]:
    return sorted(FLOORS)


def _inputs(name: str, tmp: Path) -> Path:
    if name == "seeds":
        return SEEDS
    gold = yaml.safe_load((GOLD_DIR / f"{name}.yaml").read_text(encoding="utf-8"))
    folder = tmp / f"{name}-in"
    folder.mkdir()
    for art in gold["articles"]:
        shutil.copy(CORPUS / art["file"], folder / art["file"])
    return folder


@pytest.fixture(scope="module")
def reports(tmp_path_factory, request):
    if not SCORER.exists() or not CORPUS.exists():
        pytest.skip(f"{SHARED} not found: the shared evaluation folder is not beside the checkout")
    out = {}
    request.config.kg_gate_summaries = SUMMARIES  # printed by conftest.pytest_terminal_summary
    for name in _gold_names():
        tmp = tmp_path_factory.mktemp(name)
        result = CliRunner().invoke(main, ["build", str(_inputs(name, tmp)), "-o", str(tmp / "out"), "-q"])
        assert result.exit_code == 0, result.output
        proc = subprocess.run([sys.executable, str(SCORER), str(tmp / "out" / "graph.ttl"),
                               "--gold", str(GOLD_DIR / f"{name}.yaml"), "--json"],
                              cwd=ROOT, capture_output=True, text=True, check=True)
        text = proc.stdout
        out[name] = json.loads(text[: text.rindex("}") + 1])
        summary = subprocess.run([sys.executable, str(SCORER), str(tmp / "out" / "graph.ttl"),
                                  "--gold", str(GOLD_DIR / f"{name}.yaml")],
                                 cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
        SUMMARIES[name] = summary
    return out


def test_every_gold_file_has_floors():
    """A gold file added to ../shared/eval/gold gets floors before it can be forgotten."""
    if not GOLD_DIR.exists():
        pytest.skip("no shared gold folder")
    assert sorted(p.stem for p in GOLD_DIR.glob("*.yaml")) == _gold_names()


@pytest.mark.parametrize("gold,metric", [(g, m) for g in _gold_names() for m in FLOORS[g] if m in METRICS])
def test_score_stays_above_floor(reports, gold, metric):
    section, key = METRICS[metric]
    got = reports[gold][section][key]
    assert got >= FLOORS[gold][metric], f"{gold}: {section} {key} = {got} < floor {FLOORS[gold][metric]}"


@pytest.mark.parametrize("gold,metric", [(g, m) for g in _gold_names() for m in FLOORS[g] if m in CEILINGS])
def test_duplicates_stay_below_ceiling(reports, gold, metric):
    section, key = CEILINGS[metric]
    got = reports[gold][section][key]
    assert len(got) <= FLOORS[gold][metric], f"{gold}: duplicated {section}: {got}"
