"""kg build --executor dask: a Dask LocalCluster of two worker processes gives the local bytes."""
from __future__ import annotations

from click.testing import CliRunner
from distributed import LocalCluster

from kg import dask_executor
from kg.cli import main
from tests.test_parallel import _folder

OUTPUTS = ("graph.ttl", "graph.trig", "graph.html", "build-report.json")


def test_a_local_cluster_of_two_workers_writes_the_bytes_of_a_local_build(tmp_path, monkeypatch):
    inp = _folder(tmp_path, 12)
    monkeypatch.setattr(dask_executor, "DASK_BATCH", 3)   # four tasks, so both workers take some
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        r = CliRunner().invoke(main, ["build", str(inp), "-o", str(tmp_path / "dask"), "-q", "--no-cache",
                                      "--executor", "dask", "--scheduler", cluster.scheduler_address])
        assert r.exit_code == 0, r.output
        with cluster.get_client() as client:
            ran_on = {w for w, n in client.run(lambda: __import__("sys").modules.get("kg.extract.article") is not None).items()
                      if n}
    assert len(ran_on) == 2   # both workers extracted articles
    r = CliRunner().invoke(main, ["build", str(inp), "-o", str(tmp_path / "local"), "-q", "--no-cache", "--jobs", "1"])
    assert r.exit_code == 0, r.output
    for name in OUTPUTS:
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name


def test_no_scheduler_at_the_address_is_one_line_and_exit_2(tmp_path, monkeypatch):
    monkeypatch.setattr(dask_executor, "CONNECT_TIMEOUT_S", 1)
    inp = _folder(tmp_path, 2)
    r = CliRunner().invoke(main, ["build", str(inp), "-o", str(tmp_path / "out"), "-q", "--no-cache",
                                  "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    assert r.exit_code == 2
    assert r.output.strip().splitlines()[-1].startswith("Error: no Dask scheduler at tcp://127.0.0.1:9")
    assert "Traceback" not in r.output
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_the_dask_executor_needs_an_address(tmp_path):
    r = CliRunner().invoke(main, ["build", str(_folder(tmp_path, 2)), "-o", str(tmp_path / "out"), "-q",
                                  "--executor", "dask"])
    assert r.exit_code == 2
    assert "--executor dask needs --scheduler ADDRESS" in r.output
