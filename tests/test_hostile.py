"""A folder of bad and hostile inputs, each with its expected outcome (issue 12): built in one
run, every file gets a row in build-report.json with the status and reason it should have,
no traceback, and the graph parses."""
from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph

from kg.cli import main
from kg.graph.vocab import NKG

ARTICLE = ("---\ntitle: \"习近平会见哈萨克斯坦总统托卡耶夫\"\ndate: 2023-05-17T12:00:00Z\nauthor: 新华社\n"
           "from: https://example.org/{n}\n---\n<p>国家主席习近平17日在西安会见哈萨克斯坦总统托卡耶夫。</p>\n"
           "<p>两国元首签署了《中哈联合声明》。</p>\n")
MARKDOWN = "# 中亚峰会在西安举行\n\n中国国家主席习近平5月19日在西安主持首届中国－中亚峰会，哈萨克斯坦总统托卡耶夫出席。\n"
HANT = "# 中亞峰會在西安舉行\n\n中國國家主席習近平5月19日在西安主持首屆中國－中亞峰會，哈薩克斯坦總統托卡耶夫出席。\n"
LAYOUT = "unknown layout (expected an RSS-archive block, Jekyll front matter or a Markdown article)"


def _cases() -> dict[str, tuple[bytes, str, str | None]]:
    """file name → (bytes, expected status, expected reason or None)."""
    art = lambda n: ARTICLE.format(n=n)  # noqa: E731
    return {
        "01-empty.md": (b"", "skipped", "empty file"),
        "02-blank.md": (b" \n\t\r\n  ", "skipped", "empty file"),
        "03-random.bin": (bytes((i * 97 + 13) % 256 for i in range(3000)), "skipped", "binary file, not text"),
        "04-png.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "skipped", "binary file, not text"),
        "05-nuls.md": (b"\x00" * 50, "skipped", "binary file, not text"),
        "06-gb18030.md": (MARKDOWN.encode("gb18030"), "built", None),
        "07-big5.md": (HANT.encode("big5"), "built", None),
        # the same article as 06 in three more encodings: one article, built once
        "08-utf16le-bom.md": (MARKDOWN.encode("utf-16"), "duplicate", "same article as {06-gb18030.md}"),
        "09-utf16be-bom.md": (b"\xfe\xff" + MARKDOWN.encode("utf-16-be"), "duplicate", None),
        "10-utf32-bom.md": (MARKDOWN.encode("utf-32"), "duplicate", None),
        "11-utf8-bom.md": (b"\xef\xbb\xbf" + art(11).encode(), "built", None),
        "12-stray-nul.md": (art(12).replace("会见", "会\x00见").encode(), "built", None),
        "13-latin1.txt": ("caf\xe9 cr\xe8me".encode("latin-1"), "skipped",
                          "not text in UTF-8 (byte 3), UTF-16, UTF-32, GB18030 or Big5"),
        "14-plain-line.md": ("这只是一行普通的文字，没有标题也没有任何结构。".encode(), "skipped", LAYOUT),
        "15-english.md": (b"Just some English words with no structure at all.", "skipped", LAYOUT),
        "16-truncated-tag.md": (art(16)[:-12].encode() + b"<p class=\"x", "built", None),
        "17-unclosed-front-matter.md": (b"---\ntitle: x\ndate: 2023-01-01\n", "skipped", LAYOUT),
        "18-front-matter-only.md": (b"---\ntitle: \"\"\n---\n", "skipped", None),
        "19-title-only.md": ("# 只有标题\n".encode(), "skipped", LAYOUT),
        "20-crlf.md": (art(20).replace("\n", "\r\n").encode(), "built", None),
        "21-entities.md": (art(21).replace("会见", "会见&amp;&lt;&#x4E2D;&nbsp;").encode(), "built", None),
        "22-script-style.md": (art(22).replace("<p>两国", "<script>alert('x<p>')</script><style>p{}</style><p>两国")
                               .encode(), "built", None),
        "23-nested.md": (art(23).replace("<p>两国", "<div>" * 200 + "<p>两国").encode() + b"</div>" * 200, "built", None),
        "24-emoji-zero-width.md": (art(24).replace("会见", "会\u200b见😀\u202e").encode(), "built", None),
        "25-long-line.md": (art(25).replace("两国元首", "两国元首" + "合作" * 20000).encode(), "built", None),
        "26-yaml-bad.md": (b"---\ntitle: [unclosed\ndate: :::\n---\n<p>\xe6\xad\xa3\xe6\x96\x87\xe3\x80\x82</p>", "built", None),
        "27-no-date.md": (art(27).replace("date: 2023-05-17T12:00:00Z\n", "").encode(), "built", None),
        "28-bad-date.md": (art(28).replace("2023-05-17T12:00:00Z", "not-a-date").encode(), "built", None),
        "29-duplicate-a.md": (art(29).encode(), "built", None),
        "30-duplicate-b.md": (art(29).encode("utf-16"), "duplicate", None),
        "31-same-url.md": (art(29).replace("两国元首", "双方").encode(), "duplicate", None),
        "32-rss.md": ("[标题](https://example.org/rss)\n------\n<p>国家主席习近平17日在西安会见托卡耶夫。</p>".encode(), "built", None),
        "33-rss-no-body.md": ("[标题](https://example.org/rss2)\n------\n".encode(), "built", None),
        "34-html-only.md": (b"<html><body><p>\xe6\xad\xa3\xe6\x96\x87</p></body></html>", "skipped", LAYOUT),
        "35-many-controls.md": (art(35).encode() + b"\x01\x02\x03\x04\x05\x06" * 40, "skipped", "binary file, not text"),
        "36-bulletin.md": (("# 《新闻联播》 (20230517)\n\n## 新闻摘要\n\n1.习近平会见托卡耶夫；\n\n## 详细新闻\n\n"
                            "### 习近平会见托卡耶夫\n\n<p>国家主席习近平17日在西安会见托卡耶夫。</p>\n").encode(),
                           "built", None),
        "37-surrogate-escape.md": (art(37).encode() + b"\xed\xa0\x80", "skipped", None),
        "38-only-markup.md": (b"---\ntitle: \"\"\n---\n<div><span></span></div>", "skipped", None),
        "39-hant-jekyll.md": (art(39).replace("会见", "會見").encode(), "built", None),
        "40-tabs-and-spaces.md": (art(40).replace("<p>", "\t  <p>  ").encode(), "built", None),
        "41-huge-title.md": (art(41).replace("习近平会见", "标题" * 3000).encode(), "built", None),
    }


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    inp = tmp_path_factory.mktemp("hostile")
    for name, (data, _, _) in _cases().items():
        (inp / name).write_bytes(data)
    out = tmp_path_factory.mktemp("hostile-out")
    result = CliRunner().invoke(main, ["build", str(inp), "-o", str(out), "-q"])
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    return inp, out, result, {os.path.basename(r["path"]): r for r in report["rows"]}, report


def test_the_folder_builds_with_no_traceback_and_exit_1(hostile_build):
    _, out, result, rows, report = hostile_build
    assert "Traceback" not in result.output
    assert result.exit_code == 1 and report["exit_code"] == 1
    assert len(rows) == len(_cases()) >= 40
    g = Graph().parse(out / "graph.ttl")
    built = [n for n, r in rows.items() if r["status"] in ("built", "partly built")]
    assert len(set(g.subjects(RDF.type, NKG.Article))) == len(built)


@pytest.mark.parametrize("name", sorted(_cases()))
def test_each_input_has_its_expected_outcome(hostile_build, name):
    _, _, _, rows, _ = hostile_build
    _, status, reason = _cases()[name]
    row = rows[name]
    assert row["status"] == status, row
    if reason is not None and "{" in reason:   # a reason naming another input file of the folder
        assert row["reason"].startswith("same article as ") and row["reason"].endswith(reason[17:-1])
    elif reason is not None:
        assert row["reason"] == reason
    if status == "built":
        assert row["encoding"] and row["characters"] > 0


def test_one_article_in_four_encodings_and_two_names_is_one_article(hostile_build):
    _, out, _, rows, _ = hostile_build
    assert rows["30-duplicate-b.md"]["duplicate_of"].endswith("29-duplicate-a.md")
    assert rows["06-gb18030.md"]["encoding"] == "gb18030" and rows["07-big5.md"]["encoding"] == "big5"
    for name in ("08-utf16le-bom.md", "09-utf16be-bom.md", "10-utf32-bom.md"):
        assert rows[name]["duplicate_of"].endswith("06-gb18030.md")
    g = Graph().parse(out / "graph.ttl")
    titles = [str(o) for o in g.objects(None, NKG.headline) if str(o) == "中亚峰会在西安举行"]
    assert len(titles) == 1


def test_the_folder_graph_validates_and_missing_metadata_is_a_warning(hostile_build):
    """Articles whose source gives no date, title or outlet are warned about, not violations:
    the graph itself validates (exit 0)."""
    _, out, _, _, _ = hostile_build
    result = CliRunner().invoke(main, ["validate", str(out / "graph.ttl")])
    assert result.exit_code == 0, result.output
    assert "0 violations" in result.stderr
    assert "warning: article" in result.stdout and "no nkg:datePublished" in result.stdout
