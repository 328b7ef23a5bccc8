"""Readers on the seed articles: layout by content, metadata, paragraphs and offsets."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest

from kg.errors import NotAnArticle
from kg.extract.gazetteer import default_gazetteer
from kg.extract.outlets import find_publisher
from kg.extract.article import extract
from kg.sources import detect_layout, read_article
from tests.conftest import SEEDS

EXPECTED = {
    "000_fa643571216856f0.txt": ("rss", "zh-Hant", "中亞五國全到齊", "dw.com", "2023-05-19T02:17:05+00:00"),
    "001_6add8f389c367122.txt": ("rss", "zh-Hans", "中国-中亚5国峰会", "rfi.fr", "2023-05-19T16:15:01+00:00"),
    "002_a9abb280008916c1.txt": ("rss", "zh-Hans", "美中博弈新看点", "voachinese.com", "2023-05-17T13:39:04+00:00"),
    "003_af06c3f378044c3f.txt": ("markdown", "zh-Hant", "王毅談習主席中亞行", None, "2025-06-18"),
    "004_3be87abb132a4cc7.txt": ("jekyll", "zh-Hans", "与中俄角力之际", "epochtimes.com", "2023-09-20T15:28:17+00:00"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_metadata(name):
    layout, lang, title, host, published = EXPECTED[name]
    art = read_article(SEEDS / name)
    assert art.layout == layout
    assert art.language == lang
    assert art.title.startswith(title)
    if host:
        assert host in art.url
    else:
        assert art.url is None
    assert art.published.isoformat() == published
    assert art.published_inferred == (layout == "markdown")
    if isinstance(art.published, dt.datetime):
        assert art.published.utcoffset() == dt.timedelta(0)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_paragraph_character_maps_to_its_source_character(name):
    art = read_article(SEEDS / name)
    assert art.paragraphs
    for p in art.paragraphs:
        assert len(p.offsets) == len(p.text)
        for ch, off in zip(p.text, p.offsets):
            src = art.source_text[off]
            assert ch == src or (ch == " " and src.isspace()) or src == "&", (p.text, off)


def test_layout_is_chosen_by_content_not_by_file_name(tmp_path):
    for name in EXPECTED:
        renamed = tmp_path / f"renamed-{name[:3]}.bin"
        shutil.copy(SEEDS / name, renamed)
        assert read_article(renamed).layout == EXPECTED[name][0]


def test_captions_and_alt_texts_are_kept_as_their_own_paragraphs():
    art = read_article(SEEDS / "002_a9abb280008916c1.txt")
    texts = [p.text for p in art.paragraphs]
    alt = "中国西安市民路过街头竖立的中亚峰会宣传牌。（2023年5月17日）"
    assert texts.count(alt) == 2  # the img alt text and the <small> caption under it
    assert any(p.kind == "caption" and p.text == alt for p in art.paragraphs)


def test_feed_footer_and_copyright_are_dropped_and_link_text_kept():
    art = read_article(SEEDS / "000_fa643571216856f0.txt")
    body = "\n".join(p.text for p in art.paragraphs)
    assert "feedx" not in body and "RSS" not in body
    assert "版權聲明" not in body
    assert "這是中亞領袖首次與習近平舉行實體高層會談。" in body  # text of an <a> inside a <p>
    assert "（路透社、法新社）" in [p.text for p in art.paragraphs]


def test_inline_tags_do_not_split_a_name():
    art = read_article(SEEDS / "004_3be87abb132a4cc7.txt")
    first = art.paragraphs[0].text
    assert "美国总统拜登周二（9月19日）在联合国大会间歇期间与中亚五国领导人会面" in first


def test_nested_spans_join_into_one_paragraph():
    art = read_article(SEEDS / "001_6add8f389c367122.txt")
    assert any(p.text.startswith("据法新社引述") and p.text.endswith("数字创新\"。") for p in art.paragraphs)


@pytest.mark.parametrize(
    "name,outlet",
    [("000_fa643571216856f0.txt", "deutsche-welle"), ("001_6add8f389c367122.txt", "radio-france-internationale"),
     ("002_a9abb280008916c1.txt", "voice-of-america"), ("003_af06c3f378044c3f.txt", "wen-wei-po"),
     ("004_3be87abb132a4cc7.txt", "the-epoch-times")],
)
def test_publisher_from_domain_author_or_credit_line(name, outlet):
    rid, unlinked = find_publisher(read_article(SEEDS / name))
    assert unlinked is None
    assert rid == outlet


@pytest.mark.parametrize(
    "content,reason",
    [
        (b"", "empty file"),
        (b"  \n\n", "empty file"),
        (b"\x00\x01\x02binary\x00", "binary file, not text"),
        (bytes(range(256)) * 20, "binary file, not text"),
        ("这只是一行普通的文字，没有标题也没有任何结构。".encode(), "unknown layout (expected an RSS-archive block, Jekyll front matter or a Markdown article)"),
    ],
)
def test_bad_files_raise_not_an_article_with_the_reason(tmp_path, content, reason):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(NotAnArticle) as exc:
        read_article(f)
    assert exc.value.reason == reason
    assert str(exc.value) == f"{f}: {reason}"


def test_detect_layout_variants():
    assert detect_layout("---\ntitle: x\n---\n<p>正文</p>") == "jekyll"
    assert detect_layout("[标题](https://example.org/a)\n------\n日期：Thu, 02 Jul 2020 18:28:24 +0000\n<p>正文</p>") == "rss"
    assert detect_layout("# 标题\n\n这是一篇用于测试的中文新闻稿件正文内容。") == "markdown"
    assert detect_layout("plain words only") is None


def test_rss_date_line_variant(tmp_path):
    f = tmp_path / "cdt.md"
    f.write_text("[标题](https://chinadigitaltimes.net/chinese/2020/07/x/)\n------\n日期：Thu, 02 Jul 2020 18:28:24 +0000\n\n<p>正文第一段。</p>", encoding="utf-8")
    art = read_article(f)
    assert art.published.isoformat() == "2020-07-02T18:28:24+00:00"
    assert [p.text for p in art.paragraphs] == ["正文第一段。"]


def test_jekyll_without_block_and_placeholder_author(tmp_path):
    f = tmp_path / "post.md"
    f.write_text('---\nlayout: post\ntitle: "题目"\ndate: 2021-07-02T08:00:00+08:00\nauthor: unknown\n---\n<article><h1>题目</h1><p>第一段&amp;内容。</p></article>', encoding="utf-8")
    art = read_article(f)
    assert art.layout == "jekyll" and art.author is None
    assert art.published.isoformat() == "2021-07-02T00:00:00+00:00"
    assert [p.text for p in art.paragraphs] == ["题目", "第一段&内容。"]
    p = art.paragraphs[1]
    assert art.source_text[p.offsets[3]:p.offsets[3] + 5] == "&amp;"


def test_markdown_date_in_the_title_dates_the_text(tmp_path):
    """A bulletin titled with its day is dated by it, not by a later date its text names."""
    p = tmp_path / "bulletin.md"
    p.write_text("# 《新闻联播》 (20221114)\n\n会议要求在2023年6月30日前完成。\n\n11月14日上午，代表团抵达。\n",
                 encoding="utf-8")
    art = read_article(p)
    assert (art.published, art.published_inferred) == (dt.date(2022, 11, 14), True)


def test_markdown_without_a_title_date_takes_the_latest_date_stated(tmp_path):
    p = tmp_path / "note.md"
    p.write_text("# 会议纪要\n\n2022年11月14日开会，要求各部门在2023年6月30日前完成全部工作。\n", encoding="utf-8")
    assert read_article(p).published == dt.date(2023, 6, 30)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seeds_tell_one_story(name):
    # 003 has a lead and ### subheadings: one story, not a bulletin
    art = read_article(SEEDS / name)
    assert art.items == []
    assert {p.item for p in art.paragraphs} == {0}


def _bulletin(tmp_path, body: str):
    f = tmp_path / "xwlb.md"
    f.write_text(f"# 《新闻联播》 (20230322)\n\n## 新闻摘要\n\n{body}\n", encoding="utf-8")
    art = read_article(f)
    extract(art, default_gazetteer())
    return art


def test_a_programme_in_the_title_names_its_broadcaster_before_any_credit_line(tmp_path):
    art = _bulletin(tmp_path, "6.新华社长篇通讯：\n\n携手建设更加美好的世界；")
    assert find_publisher(art) == ("china-central-television", None)


def test_a_report_is_no_credit_line(tmp_path):
    f = tmp_path / "a.md"
    f.write_text("# 一则消息\n\n新华社长篇通讯：携手建设更加美好的世界。\n", encoding="utf-8")
    assert find_publisher(read_article(f))[0] != "xinhua-news-agency"


def test_publishing_verbs_credit_and_a_masthead_split_by_brackets_is_linked(tmp_path):
    art = _bulletin(tmp_path, "新华社今天播发长篇通讯。德国《商报》22日刊登题为《破坏之谜》的文章。")
    assert set(art.cites) >= {"xinhua-news-agency", "handelsblatt"}


ARTICLE = "# 中亚峰会在西安举行\n\n中国国家主席习近平5月19日在西安主持首届中国－中亚峰会，哈萨克斯坦总统托卡耶夫出席。\n"
ARTICLE_HANT = "# 中亞峰會在西安舉行\n\n中國國家主席習近平5月19日在西安主持首屆中國－中亞峰會，哈薩克斯坦總統托卡耶夫出席。\n"


@pytest.mark.parametrize("data,encoding", [
    (ARTICLE.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), "utf-8"),
    (ARTICLE.encode("utf-16"), "utf-16-le"),
    (ARTICLE.encode("gb18030"), "gb18030"),
    (ARTICLE_HANT.encode("big5"), "big5"),
])
def test_one_article_in_any_of_its_encodings_reads_the_same(tmp_path, data, encoding):
    f = tmp_path / "a.md"
    f.write_bytes(data)
    art = read_article(f)
    assert art.title in ("中亚峰会在西安举行", "中亞峰會在西安舉行") and "托卡耶夫" in art.paragraphs[0].text
    assert art.encoding.replace("_", "-") == encoding


def test_a_stray_nul_is_dropped_not_a_reason_to_reject(tmp_path):
    f = tmp_path / "a.md"
    f.write_bytes(ARTICLE.replace("习近平", "习近\x00平").encode("utf-8"))
    art = read_article(f)
    assert "习近平" in art.paragraphs[0].text and "\x00" not in art.source_text


def test_a_long_paragraph_holding_a_copyright_word_is_text_not_boilerplate(tmp_path):
    f = tmp_path / "a.md"
    long_text = "国家主席习近平在西安会见哈萨克斯坦总统托卡耶夫。" * 20 + "版权所有，未经授权不得转载。"
    f.write_text(f"# 一篇文章\n\n{long_text}\n\n版权所有，未经授权不得转载。\n", encoding="utf-8")
    paras = [p.text for p in read_article(f).paragraphs]
    assert paras == [long_text]   # the short notice alone is dropped, the article that ends with one is kept
