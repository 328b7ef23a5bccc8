"""The ``kg`` command line: a thin click layer over :mod:`kg.pipeline` and the exporters.

Library errors (:mod:`kg.errors`) become one-line messages on stderr; exit
status 0 = all inputs built, 1 = some inputs rejected (the rest built),
2 = usage error, missing input, unwritable output or unreadable graph.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from collections import Counter
from pathlib import Path

import click

from kg.budget import DEFAULT_TIME_BUDGET
from kg.errors import GraphNotReadable, KGError, OutputNotWritable

BUILD_EXAMPLES = """
\b
Examples:
  kg build                         # the bundled seed articles → output/
  kg build articles/ -o out/       # every file under articles/
  kg build a.md b.txt --no-ner     # gazetteer and patterns only (faster)
  kg build news/ --explain-merges merges.json   # why reports became one event

Exit status: 0 every file built; 1 some file skipped or partly built (each has a line on
stderr and a row in build-report.json); 2 usage or environment error (missing input,
output folder not writable). A duplicate (the same article under another name or
encoding) is built once and is not a failure.
"""
QUERY_EXAMPLES = """
\b
Examples:
  kg query queries/cited_outlets.rq
  kg query 'SELECT ?p WHERE { ?p a nkg:Person }' --format csv
  kg query q.rq -g out/graph.trig --format json
\b
The prefixes nkg:, rdfs:, skos:, owl:, xsd: and res: are predefined.
"""


#: Output formats of ``kg build -f`` and ``kg export -f`` (writers in :mod:`kg.export.formats`).
FORMAT_NAMES = ["ttl", "trig", "html", "nt", "nq", "jsonld", "graphml", "gexf"]
REPORT_NAME = "build-report.json"  # one row per input file: kg/export/report.py


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


@click.group(epilog="Run 'kg COMMAND --help' for a command's options and examples.")
@click.version_option(package_name="newskg")
def main() -> None:
    """newskg: turn news articles into a knowledge graph.

    \b
    Examples:
      kg build                       # bundled seeds → output/graph.ttl, .trig, .html
      kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
      kg view                        # rebuild output/graph.html from output/graph.ttl
      kg validate                    # check output/graph.ttl against the SHACL shapes
    """


@main.command(epilog=BUILD_EXAMPLES)
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", "output", type=click.Path(path_type=Path), default=Path("output"),
              show_default=True, help="Folder for graph.ttl, graph.trig and graph.html.")
@click.option("--no-ner", is_flag=True, help="Skip the statistical NER (gazetteer and patterns only).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--format", "-f", "formats", multiple=True, type=click.Choice(FORMAT_NAMES),
              help="Output format, repeatable (default: ttl, trig, html). "
                   "Also nt, nq, jsonld, graphml, gexf.")
@click.option("--max-chars", "max_chars", type=click.IntRange(min=1), default=2_000_000, show_default=True,
              help="Skip (with a line and a report row) a file whose text is longer than this many characters.")
@click.option("--time-budget", "time_budget", type=click.FloatRange(min=0), default=DEFAULT_TIME_BUDGET,
              show_default=True,
              help="Seconds one article may spend in one extraction stage; past it the article is "
                   "reported 'skipped' or 'partly built' with the stage named (0: no budget).")
@click.option("--jobs", "-j", "jobs", type=click.IntRange(min=1), default=None,
              help="Processes for entity extraction (default: all cores; small inputs use one). "
                   "The output is the same for any number.")
@click.option("--cache", "cache_dir", type=click.Path(path_type=Path), default=None,
              help="Folder of cached per-article extraction results (default: OUTPUT/.kg-cache); "
                   "only new or changed articles are extracted again.")
@click.option("--no-cache", is_flag=True, help="Extract every article again and keep no cache.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where entity extraction runs: this machine (--jobs processes) or a Dask cluster.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="The Dask scheduler (tcp://HOST:8786) for --executor dask; see the README.")
@click.option("--explain-merges", "explain", type=click.Path(path_type=Path), default=None,
              help="Also write FILE (JSON): for each event told by several articles, its tellings "
                   "(sentences) and why each joined.")
def build(inputs: tuple[Path, ...], output: Path, no_ner: bool, quiet: bool, formats: tuple[str, ...],
          max_chars: int, time_budget: float, jobs: int | None, cache_dir: Path | None, no_cache: bool,
          executor: str, scheduler: str | None, explain: Path | None) -> None:
    """Read articles (files or folders; default: the bundled seeds) and write the graph."""
    from kg import pipeline
    from kg.cache import CACHE_DIRNAME, ExtractionCache
    from kg.export.formats import DEFAULT_FORMATS
    from kg.parallel import default_jobs

    bars = _Bars(hidden=quiet)
    options = pipeline.BuildOptions(
        ner=not no_ner, max_chars=max_chars, time_budget_s=time_budget or None, jobs=jobs or default_jobs(),
        cache=None if no_cache else ExtractionCache(cache_dir or output / CACHE_DIRNAME),
        executor=executor, scheduler=scheduler, progress=bars)
    try:
        _check_output(output)
        result = pipeline.build(inputs or [pipeline.bundled_seeds()], options)
    except KGError as exc:
        bars.close()
        _fail(str(exc))
    bars.close()
    for r in result.unread:
        click.echo(f"skipped {r.path}: {r.reason}", err=True)
    for dup, first in sorted(result.duplicates.items()):
        click.echo(f"duplicate {dup}: same article as {first}", err=True)
    for r in result.rejected:
        click.echo(f"{'partly built' if r.partial else 'skipped'} {r.path}: {r.reason}", err=True)
    chosen = sorted(set(formats or DEFAULT_FORMATS), key=FORMAT_NAMES.index)
    _write_outputs(result, output, chosen, explain)
    _summary(result, output, chosen)
    sys.exit(result.exit_code)


class _Bars:
    """:class:`kg.pipeline.Progress` as two click progress bars on stderr (reading, extracting)."""

    def __init__(self, hidden: bool):
        self.hidden = hidden
        self._bar = None

    def _open(self, label: str, total: int) -> None:
        self.close()
        self._bar = click.progressbar(length=total, label=label, file=sys.stderr, hidden=self.hidden)
        self._bar.__enter__()

    def close(self) -> None:
        """Finish the bar on screen, if one is open."""
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None

    def reading(self, total: int) -> None:
        self._open("Reading ", total)

    def read(self, path: Path) -> None:
        self._bar.update(1)

    def extracting(self, total: int) -> None:
        self._open("Extracting", total)

    def extracted(self, article) -> None:
        self._bar.update(1)

    def stage(self, name: str) -> None:
        if name != "read and extract":
            self.close()   # the cross-article stages and the graph draw no bar


def _write_outputs(result, output: Path, chosen: list[str], explain: Path | None) -> None:
    """Every chosen format, the merge explanation and the build report, all or none: each is
    written to a temporary file and all are renamed at the end (:func:`kg.export.atomic.all_or_none`),
    so a killed build leaves the previous outputs as they were; exit 2 with one line when the
    output cannot be written."""
    from kg.export.atomic import all_or_none

    try:
        with all_or_none():
            _write_all(result, output, chosen, explain)
    except OSError as exc:
        _fail(str(OutputNotWritable(output, exc.strerror or str(exc))))


def _write_all(result, output: Path, chosen: list[str], explain: Path | None) -> None:
    """The merge explanation, then the report rows, then each chosen format, then the report."""
    from kg.export.formats import FORMATS
    from kg.export.report import write_report

    if explain is not None:
        from kg.export.merges import write_merges

        write_merges(result, result.iri, explain)
    rows = result.report_rows()
    result.release()   # the exports need the graph only: the articles' memory goes to the view
    for name in chosen:
        filename, writer = FORMATS[name]
        writer(result.graph, output / filename)
    write_report(output / REPORT_NAME, rows, result.exit_code)


def _summary(result, output: Path, chosen: list[str]) -> None:
    from kg.export.formats import FORMATS

    rejected = len(result.unread) + sum(not r.partial for r in result.rejected)
    n, dups = result.article_count, len(result.duplicates)
    by_type = Counter(e.type for e in result.entities.values())
    types = ", ".join(f"{c} {t}" for t, c in sorted(by_type.items()))
    dup_text = f", {dups} duplicate{'s' if dups != 1 else ''}" if dups else ""
    click.echo(
        f"Read {n} article{'s' if n != 1 else ''}, rejected {rejected}{dup_text}. "
        f"Wrote {len(result.graph)} triples to {output}/ ({', '.join(FORMATS[c][0] for c in chosen)}, {REPORT_NAME}).",
        err=True,
    )
    click.echo(f"Entities: {len(result.entities)} ({types or 'none'}).", err=True)
    left = len(result.events_left_out)
    click.echo(f"Events: {len(result.events)}; agreements: {len(result.agreements)}"
               + (f" ({left} event{'s' if left != 1 else ''} without a date or participant left out)." if left else "."),
               err=True)


EXPORT_EXAMPLES = """
\b
Examples:
  kg export -f jsonld                       # output/graph.ttl → output/graph.jsonld
  kg export out/graph.trig -f nq -f gexf    # N-Quads keep the per-article named graphs
  kg export -f graphml -o /tmp/net.graphml
"""


@main.command(epilog=EXPORT_EXAMPLES)
@click.argument("graph_path", required=False, type=click.Path(path_type=Path), default=Path("output/graph.ttl"))
@click.option("--format", "-f", "formats", multiple=True, required=True, type=click.Choice(FORMAT_NAMES),
              help="Format to write, repeatable.")
@click.option("-o", "--output", "target", type=click.Path(path_type=Path), default=None,
              help="File to write (one format only; default: graph.<ext> beside the graph).")
def export(graph_path: Path, formats: tuple[str, ...], target: Path | None) -> None:
    """Write an existing graph (.ttl, .trig, .nt, .nq, .jsonld) in other formats."""
    from kg.export.formats import FORMATS
    from kg.graph.store import GraphStore

    if target is not None and len(set(formats)) > 1:
        _fail("-o names one file: give one --format with it")
    _require_file(graph_path)
    try:
        ds = load_graph(graph_path)
    except KGError as exc:
        _fail(str(exc))
    graph = GraphStore.from_rdflib(ds)
    for name in sorted(set(formats), key=FORMAT_NAMES.index):
        filename, writer = FORMATS[name]
        path = target or graph_path.with_name(filename)
        try:
            writer(graph, path)
        except OSError as exc:
            _fail(str(OutputNotWritable(path.parent, exc.strerror or str(exc))))
        click.echo(f"Wrote {path}.", err=True)


def _require_file(graph_path: Path) -> None:
    """Exit 2 with one line when the graph file named on the command line is missing."""
    if not graph_path.is_file():
        _fail(str(GraphNotReadable(graph_path, "no such file; run 'kg build' first or name the graph file")))


def _check_output(output: Path) -> None:
    """Create ``output`` if needed and prove it writable. Raises OutputNotWritable."""
    import tempfile

    try:
        output.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=output, prefix=".kg-probe-"):
            pass
    except OSError as exc:
        raise OutputNotWritable(output, exc.strerror or str(exc)) from None


def load_graph(path: Path):
    """Parse a graph file (format from its extension) into an rdflib Dataset with a union default graph.

    Raises:
        GraphNotReadable: missing file or a parse error.
    """
    from kg import sparql

    return sparql.load(path, "rdflib").store


@main.command(epilog=QUERY_EXAMPLES)
@click.argument("query")
@click.option("-g", "--graph", "graph_path", type=click.Path(path_type=Path), default=Path("output/graph.ttl"),
              show_default=True, help="Graph file to query (.ttl, .trig, .nt, .nq, .jsonld).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--engine", type=click.Choice(["rdflib", "oxigraph"]), default="rdflib", show_default=True,
              help="SPARQL engine; oxigraph is much faster on large graphs, the rows are the same.")
def query(query: str, graph_path: Path, fmt: str, engine: str) -> None:
    """Run a SPARQL query (text, or a .rq file) over a built graph."""
    from kg import sparql

    qpath = Path(query)
    text = query
    if query.endswith((".rq", ".sparql")) or (len(query) < 4096 and "{" not in query and qpath.is_file()):
        if not qpath.is_file():
            _fail(f"{qpath}: no such query file")
        text = qpath.read_text(encoding="utf-8")
    try:
        result = sparql.run(sparql.load(graph_path, engine), text)
    except KGError as exc:
        _fail(str(exc))
    click.echo(format_result(result, fmt), nl=False)


VALIDATE_EXAMPLES = """
\b
Examples:
  kg validate                       # output/graph.ttl against ontology/shapes.ttl
  kg validate out/graph.trig
"""


@main.command(epilog=VALIDATE_EXAMPLES)
@click.argument("graph_path", required=False, type=click.Path(path_type=Path), default=Path("output/graph.ttl"))
def validate(graph_path: Path) -> None:
    """Check a graph against the contract's SHACL shapes; one line per violation, exit 1 if any."""
    from kg.graph.build import merged_graph
    from kg.validate import validate as shacl_validate

    _require_file(graph_path)
    try:
        graph = merged_graph(load_graph(graph_path))
    except KGError as exc:
        _fail(str(exc))
    results = shacl_validate(graph)
    for v in results:
        click.echo(v.line())
    violations = sum(v.severity == "Violation" for v in results)
    click.echo(f"{graph_path}: {len(graph)} triples, {violations} violation{'s' if violations != 1 else ''}"
               f" of ontology/shapes.ttl.", err=True)
    sys.exit(1 if violations else 0)


SERVE_EXAMPLES = """
\b
Examples:
  kg serve                              # output/graph.ttl at http://127.0.0.1:7878/query
  kg serve out/graph.trig --port 8000
  curl 'http://127.0.0.1:7878/query' -H 'Accept: text/csv' \\
       --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
"""


@main.command(epilog=SERVE_EXAMPLES)
@click.argument("graph_path", required=False, type=click.Path(path_type=Path), default=Path("output/graph.ttl"))
@click.option("--port", type=int, default=7878, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="A loopback address.")
def serve(graph_path: Path, port: int, host: str) -> None:
    """Serve a graph as a read-only SPARQL 1.1 endpoint on localhost (Ctrl-C stops)."""
    from kg.serve import start

    try:
        server = start(graph_path, port=port, host=host)
    except KGError as exc:
        _fail(str(exc))
    click.echo(f"Serving {graph_path} read-only at {server.url} (Ctrl-C stops).", err=True)
    import signal

    def _stop(_signum, _frame):
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, _stop)  # a terminated kg serve still removes its store
    try:
        server.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


VIEW_EXAMPLES = """
\b
Examples:
  kg view                                  # output/graph.ttl → output/graph.html
  kg view out/graph.trig -o /tmp/view.html
"""


@main.command(epilog=VIEW_EXAMPLES)
@click.argument("graph_path", required=False, type=click.Path(path_type=Path), default=Path("output/graph.ttl"))
@click.option("-o", "--output", "html_path", type=click.Path(path_type=Path), default=None,
              help="HTML file to write (default: graph.html beside the graph).")
@click.option("--title", default="newskg", show_default=True, help="Page title.")
def view(graph_path: Path, html_path: Path | None, title: str) -> None:
    """Rebuild the interactive network view from an existing graph file."""
    from kg.export.html import write_html
    from kg.graph.build import merged_graph

    html_path = html_path or graph_path.with_name("graph.html")
    _require_file(graph_path)
    try:
        ds = load_graph(graph_path)
        counts = write_html(merged_graph(ds), html_path, title=title)
    except KGError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(str(OutputNotWritable(html_path.parent, exc.strerror or str(exc))))
    click.echo(f"Wrote {html_path} ({counts['nodes']} nodes, {counts['edges']} edges).", err=True)


def _cell(value) -> str:
    """A result term as table/CSV text: prefixed name for a project IRI, else its text."""
    from rdflib import URIRef

    from kg import sparql

    if value is None:
        return ""
    if isinstance(value, URIRef):
        text = str(value)
        for prefix in ("nkg", "rdfs", "skos", "owl", "xsd", "wd"):
            ns = sparql.PREFIXES[prefix]
            if text.startswith(ns) and text[len(ns):].replace("_", "a").replace("-", "a").isalnum():
                return f"{prefix}:{text[len(ns):]}"
        return f"<{text}>"
    return str(value)


def _json_term(value) -> dict:
    from rdflib import BNode, URIRef

    if isinstance(value, URIRef):
        return {"type": "uri", "value": str(value)}
    if isinstance(value, BNode):
        return {"type": "bnode", "value": str(value)}
    out = {"type": "literal", "value": str(value)}
    if value.language:
        out["xml:lang"] = value.language
    elif value.datatype:
        out["datatype"] = str(value.datatype)
    return out


def format_result(result, fmt: str) -> str:
    """A :class:`kg.sparql.Result` as ``table``, ``csv`` or ``json`` (SPARQL 1.1 JSON results) text;
    CONSTRUCT/DESCRIBE triples as Turtle."""
    if result.kind == "ASK":
        return json.dumps({"head": {}, "boolean": result.boolean}) + "\n" if fmt == "json" \
            else f"{str(result.boolean).lower()}\n"
    if result.kind == "GRAPH":
        return result.graph.serialize(format="turtle")
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(result.vars, row) if t is not None} for row in result.rows]
        return json.dumps({"head": {"vars": result.vars}, "results": {"bindings": bindings}},
                          ensure_ascii=False) + "\n"
    cols = result.vars
    rows = [[_cell(t) for t in row] for row in result.rows]
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(cols)
        w.writerows(rows)
        return buf.getvalue()
    from unicodedata import east_asian_width

    def width(s: str) -> int:
        return sum(2 if east_asian_width(c) in "WF" else 1 for c in s)

    widths = [max([width(c)] + [width(r[i]) for r in rows]) for i, c in enumerate(cols)]
    line = lambda cells: "  ".join(c + " " * (w - width(c)) for c, w in zip(cells, widths)).rstrip()
    out = [line(cols), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


if __name__ == "__main__":  # pragma: no cover
    main()
