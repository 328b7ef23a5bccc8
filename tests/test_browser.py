"""graph.html in a real browser: headless Chromium driven by Playwright, opened
from ``file://`` with every other request blocked.

Needs Debian's ``chromium`` (``/usr/bin/chromium``; ``.ci/run`` installs it when
missing). Without it these tests skip, unless ``KG_REQUIRE_BROWSER=1`` (set by
``.ci/run``), which makes a missing browser a failure. ``KG_SCREENSHOT=PATH``
writes the seed-graph screenshot there (the README's picture comes from it).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.cli import main

CHROMIUM = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# flags for a closed network and a root user (see the machine notes of .ci/run)
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'

if not Path(CHROMIUM).exists():
    if os.environ.get("KG_REQUIRE_BROWSER") == "1":
        raise RuntimeError(f"KG_REQUIRE_BROWSER=1 but no Chromium at {CHROMIUM}")
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


class Page:
    """A page opened from file:// with its console errors, failed and blocked requests and dialogs."""

    def __init__(self, browser, path: Path):
        self.errors: list[str] = []
        self.failed: list[str] = []
        self.blocked: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("requestfailed", lambda r: self.failed.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.route("**/*", self._route)
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("document.body.getAttribute('data-painted') === '1'", timeout=60_000)

    def _route(self, route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def search(self, text: str) -> list[str]:
        self.page.fill("#search", text)
        self.page.press("#search", "Enter")
        return self.page.evaluate("network.getSelectedNodes()")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def seed_page(browser, seed_build):
    out, result = seed_build
    assert result.exit_code == 0
    page = Page(browser, out / "graph.html")
    yield page
    page.page.close()


def _graph_node_count(ttl: Path) -> int:
    """Resources the graph types with an nkg class other than nkg:Evidence."""
    g = Graph().parse(ttl, format="turtle")
    q = """PREFIX nkg: <https://w3id.org/newskg/ontology#>
        SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c . FILTER(isIRI(?s) && STRSTARTS(STR(?c), STR(nkg:))
        && ?c != nkg:Evidence) }"""
    return int(next(iter(g.query(q)))[0])


def test_loads_offline_without_errors_and_draws_every_node(seed_page, seed_build):
    out, _ = seed_build
    p = seed_page
    assert p.failed == [] and p.blocked == [] and p.errors == []
    want = _graph_node_count(out / "graph.ttl")
    assert p.page.evaluate("kg.nodes.length") == want
    assert p.page.evaluate("kg.view.length") == want
    assert p.page.inner_text("#legend .counts").startswith(f"{want} nodes")


def test_search_focuses_tokayev_and_the_panel_shows_evidence(seed_page, seed_build):
    p = seed_page
    assert p.search("托卡耶夫") == ["https://w3id.org/newskg/id/person/kassym-jomart-tokayev"]
    assert p.search("Tokayev") == ["https://w3id.org/newskg/id/person/kassym-jomart-tokayev"]
    panel = p.page.inner_text("#panel")
    assert panel.startswith("×\n托卡耶夫\nPerson")
    quotes = p.page.eval_on_selector_all("#panel blockquote", "els => els.map(e => e.textContent)")
    assert quotes and all("托卡耶夫" in q for q in quotes)
    # each quote is a sentence of an article, as the graph records it
    g = Graph().parse(seed_build[0] / "graph.ttl", format="turtle")
    recorded = {str(o) for o in g.objects(None, g.namespace_manager.expand_curie("nkg:quote"))}
    assert set(quotes) <= recorded
    assert "Wikidata Q" in panel or "Statements" in panel


def test_script_switch_and_class_filter(seed_page):
    p = seed_page
    tokayev = "https://w3id.org/newskg/id/person/kassym-jomart-tokayev"
    p.page.select_option("#script", "en")
    assert p.page.evaluate(f"kg.nodes.get('{tokayev}').label") == "Kassym-Jomart Tokayev"
    p.page.select_option("#script", "zh-Hant")
    assert p.page.evaluate(f"kg.nodes.get('{tokayev}').label") == "托卡耶夫"
    p.page.select_option("#script", "zh-Hans")
    total = p.page.evaluate("kg.view.length")
    persons = p.page.evaluate("Object.values(kg.info).filter(i => i.c === 'Person').length")
    p.page.uncheck("#legend input[data-class='Person']")
    assert p.page.evaluate("kg.view.length") == total - persons > 0
    p.page.check("#legend input[data-class='Person']")
    assert p.page.evaluate("kg.view.length") == total


def test_outlet_filter_keeps_that_outlets_articles(seed_page):
    p = seed_page
    total = p.page.evaluate("kg.view.length")
    outlet = p.page.eval_on_selector("#outlet", "s => s.options[1].value")
    p.page.select_option("#outlet", outlet)
    shown = p.page.evaluate("kg.view.getIds()")
    assert outlet in shown and 0 < len(shown) < total
    articles = p.page.evaluate("Object.keys(kg.info).filter(a => kg.info[a].c === 'Article')")
    assert all(p.page.evaluate(f"kg.view.get('{a}') !== null") ==
               (p.page.evaluate(f"JSON.parse(document.getElementById('graph-data').textContent).articles['{a}'].o") == outlet)
               for a in articles)
    p.page.select_option("#outlet", "")
    assert p.page.evaluate("kg.view.length") == total


def test_screenshot(seed_page, tmp_path):
    p = seed_page
    p.search("托卡耶夫")
    p.page.wait_for_timeout(500)
    target = Path(os.environ.get("KG_SCREENSHOT") or tmp_path / "graph-view.png")
    p.page.screenshot(path=str(target))
    assert target.stat().st_size > 20_000


def test_hostile_title_runs_no_script(browser, tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "hostile.md").write_text(
        f"---\ntitle: '{HOSTILE}'\ndate: 2024-01-02\nauthor: 甲报\nfrom: https://example.org/x\n---\n"
        f"<p>国家主席习近平1月2日在北京会见法国总统马克龙。{HOSTILE}</p>\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["build", str(inp), "-o", str(tmp_path / "out"), "-q", "--no-ner"])
    assert r.exit_code == 0, r.output
    p = Page(browser, tmp_path / "out" / "graph.html")
    article = p.page.evaluate("Object.keys(kg.info).find(k => kg.info[k].c === 'Article')")
    p.page.evaluate(f"kg.show('{article}')")
    assert HOSTILE in p.page.inner_text("#panel")  # shown as text...
    p.search("习近平")
    assert "window.__pwned" in p.page.inner_text("#panel")  # ...also as an evidence source title
    p.page.wait_for_timeout(300)
    assert p.page.evaluate("window.__pwned") is None  # ...and never run
    assert p.page.query_selector("#panel img, #panel script, #legend img") is None
    assert p.dialogs == [] and p.failed == [] and p.blocked == [] and p.errors == []
