"""Shared fixtures: the repository layout and one build of the bundled seeds."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """Build the seeds once with the CLI; returns (output folder, CliRunner result)."""
    out = tmp_path_factory.mktemp("seed-build")
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out), "-q"])
    return out, result


def pytest_terminal_summary(terminalreporter):
    """Print each gold file's score summary (from tests/test_eval_gate.py) after the run."""
    summaries = getattr(terminalreporter.config, "kg_gate_summaries", {})
    if summaries:
        terminalreporter.section("evaluation gate: score.py summary per gold file")
        for name, line in sorted(summaries.items()):
            terminalreporter.write_line(f"{name}: {line}")
