"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint on localhost.

The graph file is loaded into a temporary Oxigraph store (``oxigraph load``)
and served by the ``oxigraph`` server from PyPI in read-only mode with the
union of all graphs as the default graph (``oxigraph serve-read-only
--union-default-graph``). Endpoint: ``http://HOST:PORT/query`` (GET
``?query=`` or POST ``application/sparql-query``); updates are refused.
Only loopback addresses are served.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from kg.errors import GraphNotReadable, KGError

FORMATS = {".ttl": "ttl", ".trig": "trig", ".nt": "nt", ".nq": "nq", ".jsonld": "jsonld", ".rdf": "rdf"}
LOOPBACK = ("127.0.0.1", "localhost", "::1")


class ServeError(KGError):
    """The server could not be started (no oxigraph binary, load failure, port in use)."""


def oxigraph_binary() -> str:
    """Path of the ``oxigraph`` executable (beside this Python's, else on PATH). Raises ServeError."""
    here = Path(sys.executable).parent / "oxigraph"
    found = str(here) if here.exists() else shutil.which("oxigraph")
    if not found:
        raise ServeError("the 'oxigraph' server is not installed (pip install oxigraph)")
    return found


@dataclass
class Server:
    """A running read-only endpoint: ``url`` of its /query, the process, its store folder."""

    url: str
    process: subprocess.Popen
    store: tempfile.TemporaryDirectory

    def stop(self) -> None:
        """Stop the server and delete the temporary store."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.store.cleanup()


def start(graph: Path, port: int = 7878, host: str = "127.0.0.1", timeout: float = 30.0) -> Server:
    """Load ``graph`` and start the read-only endpoint; returns when it answers.

    Raises:
        GraphNotReadable: the graph file is missing or does not parse.
        ServeError: no oxigraph binary, a non-loopback host, or the server did not start.
    """
    if host not in LOOPBACK:
        raise ServeError(f"{host}: kg serve binds loopback addresses only (127.0.0.1, ::1)")
    if not graph.is_file():
        raise GraphNotReadable(graph, "no such file; run 'kg build' first or name the graph file")
    binary = oxigraph_binary()
    store = tempfile.TemporaryDirectory(prefix="kg-serve-")
    fmt = FORMATS.get(graph.suffix.lower(), "ttl")
    load = subprocess.run([binary, "load", "--location", store.name, "--file", str(graph), "--format", fmt],
                          capture_output=True, text=True)
    if load.returncode != 0:
        store.cleanup()
        detail = (load.stderr.strip().splitlines() or ["load failed"])[-1][:200]
        raise GraphNotReadable(graph, f"oxigraph load failed: {detail}")
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    proc = subprocess.Popen([binary, "serve-read-only", "--location", store.name, "--bind", bind,
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://{bind}/query"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            store.cleanup()
            err = (proc.stderr.read().strip().splitlines() or ["exited"])[-1][:200]
            raise ServeError(f"oxigraph server did not start on {bind}: {err}")
        try:
            with urllib.request.urlopen(url + "?" + urllib.parse.urlencode({"query": "ASK {}"}), timeout=2):
                return Server(url, proc, store)
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    server = Server(url, proc, store)
    server.stop()
    raise ServeError(f"oxigraph server did not answer on {bind} within {timeout:.0f} s")
