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

from kg.errors import GraphNotReadable, KGError, OutputNotWritable, QueryError

BUILD_EXAMPLES = """
\b
Examples:
  kg build                         # the bundled seed articles → output/
  kg build articles/ -o out/       # every file under articles/
  kg build a.md b.txt --no-ner     # gazetteer and patterns only (faster)
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
def build(inputs: tuple[Path, ...], output: Path, no_ner: bool, quiet: bool) -> None:
    """Read articles (files or folders; default: the bundled seeds) and write the graph."""
    from kg import pipeline
    from kg.export.html import write_html
    from kg.export.rdf import write_trig, write_turtle
    from kg.graph.build import GraphBuilder, merged_graph

    try:
        files = pipeline.collect_inputs(inputs or [pipeline.bundled_seeds()])
        _check_output(output)
    except KGError as exc:
        _fail(str(exc))
    show = not quiet
    with click.progressbar(length=len(files), label="Reading ", file=sys.stderr, hidden=not show) as bar:
        articles, rejected = pipeline.read_all(files, progress=lambda _p: bar.update(1))
    for r in rejected:
        click.echo(f"skipped {r.path}: {r.reason}", err=True)
    with click.progressbar(length=len(articles), label="Extracting", file=sys.stderr, hidden=not show) as bar:
        result = pipeline.build(articles, ner=not no_ner, progress=lambda _a: bar.update(1))
    for r in result.rejected:
        click.echo(f"{'partly built' if r.partial else 'skipped'} {r.path}: {r.reason}", err=True)
    failed = len(rejected) + len(result.rejected)
    rejected = rejected + [r for r in result.rejected if not r.partial]
    articles = result.articles
    builder = GraphBuilder(result.entities, events=result.events, agreements=result.agreements, posts=result.posts)
    ds = builder.dataset(result.facts)
    graph = merged_graph(ds)
    try:
        write_turtle(graph, output / "graph.ttl")
        write_trig(ds, output / "graph.trig")
        write_html(graph, output / "graph.html")
    except OSError as exc:
        _fail(str(OutputNotWritable(output, exc.strerror or str(exc))))
    by_type = Counter(e.type for e in result.entities.values())
    types = ", ".join(f"{n} {t}" for t, n in sorted(by_type.items()))
    click.echo(
        f"Read {len(articles)} article{'s' if len(articles) != 1 else ''}, rejected {len(rejected)}. "
        f"Wrote {len(graph)} triples to {output}/ (graph.ttl, graph.trig, graph.html).",
        err=True,
    )
    click.echo(f"Entities: {len(result.entities)} ({types or 'none'}).", err=True)
    left = len(result.events_left_out)
    click.echo(f"Events: {len(result.events)}; agreements: {len(result.agreements)}"
               + (f" ({left} event{'s' if left != 1 else ''} without a date or participant left out)." if left else "."),
               err=True)
    sys.exit(1 if failed else 0)


def _check_output(output: Path) -> None:
    """Create ``output`` if needed and prove it writable. Raises OutputNotWritable."""
    import tempfile

    try:
        output.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=output, prefix=".kg-probe-"):
            pass
    except OSError as exc:
        raise OutputNotWritable(output, exc.strerror or str(exc)) from None


FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld",
           ".json": "json-ld", ".rdf": "xml", ".owl": "xml", ".n3": "n3"}


def load_graph(path: Path):
    """Parse a graph file (format from its extension) into an rdflib Dataset with a union default graph.

    Raises:
        GraphNotReadable: missing file or a parse error.
    """
    from rdflib import Dataset

    if not path.is_file():
        raise GraphNotReadable(path, "no such file; run 'kg build' first or pass -g FILE")
    fmt = FORMATS.get(path.suffix.lower(), "turtle")
    ds = Dataset(default_union=True)
    try:
        if fmt in ("trig", "nquads"):
            ds.parse(path, format=fmt)
        else:
            ds.default_graph.parse(path, format=fmt) if hasattr(ds, "default_graph") else ds.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise GraphNotReadable(path, f"{fmt} parse error: {first[:200]}") from None
    return ds


def run_query(ds, text: str):
    """Run SPARQL ``text`` over ``ds`` with the project prefixes bound. Raises QueryError."""
    from rdflib.namespace import OWL, RDFS, SKOS, XSD

    from kg.graph.vocab import NKG, RES

    ns = {"nkg": NKG._NS, "rdfs": RDFS, "skos": SKOS, "owl": OWL, "xsd": XSD, "res": RES,
          "wd": "http://www.wikidata.org/entity/"}
    try:
        return ds.query(text, initNs=ns)
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise QueryError(f"query failed: {first[:300]}") from None


@main.command(epilog=QUERY_EXAMPLES)
@click.argument("query")
@click.option("-g", "--graph", "graph_path", type=click.Path(path_type=Path), default=Path("output/graph.ttl"),
              show_default=True, help="Graph file to query (.ttl, .trig, .nt, .nq, .jsonld).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def query(query: str, graph_path: Path, fmt: str) -> None:
    """Run a SPARQL query (text, or a .rq file) over a built graph."""
    qpath = Path(query)
    text = query
    if query.endswith((".rq", ".sparql")) or (len(query) < 4096 and "{" not in query and qpath.is_file()):
        if not qpath.is_file():
            _fail(f"{qpath}: no such query file")
        text = qpath.read_text(encoding="utf-8")
    try:
        ds = load_graph(graph_path)
        result = run_query(ds, text)
    except KGError as exc:
        _fail(str(exc))
    click.echo(format_result(result, fmt, ds), nl=False)


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

    if not graph_path.is_file():
        _fail(str(GraphNotReadable(graph_path, "no such file; run 'kg build' first or name the graph file")))
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
    if not graph_path.is_file():
        _fail(str(GraphNotReadable(graph_path, "no such file; run 'kg build' first or name the graph file")))
    try:
        ds = load_graph(graph_path)
        counts = write_html(merged_graph(ds), html_path, title=title)
    except KGError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(str(OutputNotWritable(html_path.parent, exc.strerror or str(exc))))
    click.echo(f"Wrote {html_path} ({counts['nodes']} nodes, {counts['edges']} edges).", err=True)


def _term(value, ds) -> str:
    from rdflib import Literal, URIRef

    if value is None:
        return ""
    if isinstance(value, Literal):
        return str(value)
    if isinstance(value, URIRef):
        try:
            return ds.namespace_manager.normalizeUri(value)
        except Exception:
            return str(value)
    return str(value)


def format_result(result, fmt: str, ds) -> str:
    """SELECT rows, an ASK answer or CONSTRUCT triples as ``table``, ``csv`` or ``json`` text."""
    if result.type == "ASK":
        return json.dumps({"boolean": bool(result.askAnswer)}) + "\n" if fmt == "json" else f"{str(bool(result.askAnswer)).lower()}\n"
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.graph.serialize(format="turtle")
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8") + "\n"
    cols = [str(v) for v in result.vars]
    rows = [[_term(r[c], ds) for c in cols] for r in result]
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
