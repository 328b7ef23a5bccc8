"""Agreement mentions and their resolution (issue 10, item 6): titles in and out of
《》, back-references, counts, signatories and the signing event."""
from __future__ import annotations


import pytest

from kg.extract.agreements import find_agreements, heads, lexicon, parse_title
from kg.extract.entities import annotate
from kg.extract.gazetteer import default_gazetteer
from kg.extract.groups import expand_pairs
from kg.model import Article, Paragraph
from kg.resolve.agreements import local_agreements, resolve_agreements


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


def _article(gaz, *paras: str, kinds=None) -> Article:
    ps = [Paragraph(t, list(range(len(t))), (kinds or {}).get(i, "body")) for i, t in enumerate(paras)]
    art = Article("t" + str(abs(hash(paras)) % 10**8), "x.md", "markdown", "标题", None, None, False, "zh-Hans",
                  None, ps, "\n".join(paras))
    annotate(art, gaz, ner=False)
    expand_pairs(art, gaz)
    return art


def _found(gaz, text: str) -> list:
    return find_agreements(_article(gaz, text))


def _titles(gaz, text: str, kind: str | None = None) -> list[str]:
    return [m.title for m in _found(gaz, text) if kind is None or m.kind == kind]


def _resolve(art, event="event:e", countries=()):
    """local_agreements with every sentence signed at ``event`` (its country sides given)."""
    keys = {i: (f"gaz:{m.gazetteer_id}" if m.gazetteer_id else f"name:{m.folded}") for i, m in enumerate(art.mentions)}
    return local_agreements(art, find_agreements(art), lambda p, s: event, None, keys.get, {},
                            {event: list(countries)})


# --- titles ----------------------------------------------------------------------

@pytest.mark.parametrize("text,title,typ", [
    ("峰会发表了《中华人民共和国和阿拉伯国家全面合作规划纲要》。", "中华人民共和国和阿拉伯国家全面合作规划纲要", "ActionPlan"),
    ("峰会发表《深化面向和平与发展的中阿战略伙伴关系文件》。", "深化面向和平与发展的中阿战略伙伴关系文件", "Declaration"),
    ("两国元首共同签署了《中华人民共和国主席和俄罗斯联邦总统关于2030年前中俄经济合作重点方向发展规划的联合声明》。",
     "中华人民共和国主席和俄罗斯联邦总统关于2030年前中俄经济合作重点方向发展规划的联合声明", "JointStatement"),
    ("会晤期间，双方草签第11份防卫费分担协定。", "防卫费分担协定", "Accord"),
    ("两国去年签署第一阶段贸易协议。", "第一阶段贸易协议", "Accord"),
    ("中方愿推进“八大共同行动”。", "八大共同行动", "Initiative"),
    ("这项来自美国的B3W倡议旋即被视为抗衡之举。", "B3W倡议", "Initiative"),
    ("G7峰会公报涉新疆香港台海", "G7峰会公报", "Communique"),
    ("美国和欧盟同意停止近17年的飞机补贴争端。", "飞机补贴争端休战", "Treaty"),
    ("两国签署了中格关于互免持普通护照人员签证的协定。", "中格关于互免持普通护照人员签证的协定", "Accord"),
])
def test_titles_in_and_out_of_book_marks(gaz, text, title, typ):
    found = [(m.title, m.type) for m in _found(gaz, text) if m.kind == "named"]
    assert (title, typ) in found


def test_a_long_title_in_book_marks_is_one_title(gaz):
    t = "中华人民共和国和海湾阿拉伯国家合作委员会战略对话2023年至2027年行动计划"
    assert _titles(gaz, f"峰会通过《{t}》，作出规划。") == [t]


@pytest.mark.parametrize("text", [
    "阿方希望通过此次峰会，进一步巩固阿中友好互信，全面规划并加强合作。",   # 通过 as a preposition
    "他表示，双方已同意就支持措施发表明确声明。",                          # one party's 声明, not a title
    "习近平发表重要讲话强调落实合作计划。",                                # a speech
    "中方欢迎各方积极参与。",
])
def test_no_title_where_there_is_none(gaz, text):
    assert _titles(gaz, text, "named") == [] and _titles(gaz, text, "generic") == []


def test_a_head_in_book_marks_needs_a_name_outside_them(gaz):
    """文件 and 纲要 end a title only inside 《》: 签署了合作文件 is no title."""
    assert not [h for h, _, bare in heads() if bare and h in ("文件", "纲要")]
    assert _titles(gaz, "双方签署了合作文件。") == []


def test_the_heads_file_parses_titles():
    assert parse_title("开放社会声明") == ("开放社会声明", "JointStatement")
    assert parse_title("开放社会声明", bare_only=True) is None   # 声明 alone stands only in 《》
    assert parse_title("这项宣言") is None and parse_title("37项协议") is None


# --- counts and back-references ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "两国签署了37项协议。", "双方签署多达40项合作文件。", "中方有关部门同阿方签署和达成了多项合作文件。",
    "双方还签署了农业、林业、基础科研、市场监管、媒体等领域多项双边合作文件。", "各方签署了15项协议。",
])
def test_counts_are_no_agreements(gaz, text):
    art = _article(gaz, text)
    assert [m for m in find_agreements(art) if m.kind != "backref"] == []
    assert _resolve(art) == []


@pytest.mark.parametrize("example", [c for e in lexicon()["counts"] for c in e["examples"]])
def test_every_count_example_is_a_count(gaz, example):
    assert _titles(gaz, f"双方签署{example}。", "named") == []


def test_a_back_reference_joins_the_agreement_it_names(gaz):
    art = _article(gaz, "六国元首共同签署《阿斯塔纳宣言》。", "这项宣言强调合作。", "各方表示，该宣言意义重大。")
    ms = find_agreements(art)
    assert [m.kind for m in ms] == ["named", "backref", "backref"]
    (loc,) = _resolve(art)
    assert loc.keys == {"阿斯塔纳宣言"} and len(loc.spans) == 3


def test_a_back_reference_with_nothing_before_it_makes_no_agreement(gaz):
    art = _article(gaz, "双方表示，该协议创造了公平竞争环境。", "这份宣言意义重大。")
    assert {m.kind for m in find_agreements(art)} == {"backref"}
    assert _resolve(art) == []


@pytest.mark.parametrize("word", [b["word"] for b in lexicon()["back_references"]])
def test_every_back_reference_word(gaz, word):
    art = _article(gaz, "双方签署《巴黎协定》。", f"大家认为{word}协定很重要。")
    assert len(_resolve(art)) == 1


def test_a_generic_joint_statement_is_one_agreement_and_never_joins_a_named_one(gaz):
    art = _article(gaz, "日美两国的外长16日在东京会晤后发表联合声明，表示忧虑。",
                   "联合声明还指出，应维护和平。", "双方重申《中英联合声明》的意义。")
    locs = _resolve(art)
    generic = [x for x in locs if x.generic]
    assert len(generic) == 1 and generic[0].keys == {"联合声明"} and len(generic[0].spans) == 2
    assert any(x.keys == {"中英联合声明"} for x in locs if not x.generic)


def test_generic_statements_of_two_events_stay_two(gaz):
    a = _resolve(_article(gaz, "三国领导人会后发表联合声明。"), "event:a")
    b = _resolve(_article(gaz, "两国外长会后发表联合声明。"), "event:b")
    c = _resolve(_article(gaz, "两国外长当天发表了联合声明。"), "event:a")
    ags = resolve_agreements(a + b + c)
    assert sorted(len(x.articles) for x in ags.values()) == [1, 2]


# --- signatories -----------------------------------------------------------------------

def test_signatories_from_the_title(gaz):
    art = _article(gaz, "会谈后，两国元首共同签署了《中华人民共和国和俄罗斯联邦关于深化全面战略协作伙伴关系的联合声明》。")
    (loc,) = _resolve(art, countries=())
    assert set(loc.signatories) == {"gaz:china", "gaz:russia"}


def test_signatories_from_abbreviations(gaz):
    art = _article(gaz, "日美两国的外长16日在东京会晤后发表联合声明。", "日本和美国是盟友。")
    (loc,) = _resolve(art, countries=["gaz:china", "gaz:united-states"])
    # 日美 names the parties: the event's two sides (wrong here) do not override them
    assert set(loc.signatories) == {"gaz:japan", "gaz:united-states"}
    (loc,) = _resolve(_article(gaz, "会晤期间，他提及韩美外长防长会谈，以及双方草签第11份防卫费分担协定。"),
                      countries=["gaz:china", "gaz:united-states"])
    assert set(loc.signatories) == {"gaz:south-korea", "gaz:united-states"}   # 双方: the pair before


def test_sides_take_the_countries_of_the_signing_event(gaz):
    art = _article(gaz, "两国元首会谈后，双方签署了《巴黎协定》。")
    (loc,) = _resolve(art, countries=["gaz:france", "gaz:china"])
    assert set(loc.signatories) == {"gaz:france", "gaz:china"}
    (loc,) = _resolve(art, countries=["gaz:france", "gaz:china", "gaz:india"])   # three sides: not 双方
    assert loc.signatories == {}


def test_people_stand_for_their_countries_not_themselves(gaz):
    art = _article(gaz, "习近平同普京签署《中俄睦邻友好合作条约》。", "俄罗斯是邻国。")
    keys = {i: f"gaz:{m.gazetteer_id}" for i, m in enumerate(art.mentions)}
    pc = {k: {"gaz:china"} for k in keys.values() if "xi" in k}
    (loc,) = local_agreements(art, find_agreements(art), lambda p, s: "event:e", None, keys.get, pc, {})
    assert "gaz:china" in loc.signatories and not any("xi" in k or "putin" in k for k in loc.signatories)
    assert "gaz:russia" in loc.signatories   # 中俄 opens the title


def test_a_meeting_document_is_signed_by_the_meeting_party(gaz):
    art = _article(gaz, "七国集团峰会公报在新疆问题上发表了言论。")
    (loc,) = _resolve(art)
    assert loc.signed_at and any("group-of-seven" in k for k in loc.signatories)


# --- signed at ---------------------------------------------------------------------------

def test_unsigned_mentions_have_no_signing_event(gaz):
    (loc,) = _resolve(_article(gaz, "中方愿同各方落实好《中国与欧亚经济联盟经贸合作协定》。"))
    assert loc.signed_at == {}
    assert set(loc.signatories) == {"gaz:china", "gaz:eurasian-economic-union"}


def test_signed_at_goes_through_the_sentence_callback(gaz):
    art = _article(gaz, "各方出席峰会。", "峰会发表《利雅得宣言》。")
    seen = []

    def eos(p, s):
        seen.append((p, s))
        return "event:riyadh" if p == 1 else None

    (loc,) = local_agreements(art, find_agreements(art), eos, None, lambda i: None, {}, {})
    assert seen == [(1, (0, len("峰会发表《利雅得宣言》。")))] and list(loc.signed_at) == ["event:riyadh"]


# --- the data ----------------------------------------------------------------------------------

def test_every_lexicon_section_quotes_examples():
    lx = lexicon()
    for section, rows in lx.items():
        rows = rows if isinstance(rows, list) else [rows]
        for row in rows:
            assert row.get("examples"), (section, row)


@pytest.mark.parametrize("row", lexicon()["signing_verbs"], ids=lambda r: r["verb"])
def test_every_signing_verb_example_holds_its_verb_and_a_title(gaz, row):
    for ex in row["examples"]:
        assert row["verb"] in ex
        assert _found(gaz, ex + "。"), ex


def test_abbreviations_opening_a_title_are_the_entity_stages():
    from kg.extract.agreements import abbreviations, title_abbreviations
    assert abbreviations()["中"] == "china" and "阿" not in abbreviations()
    assert title_abbreviations("中俄睦邻友好合作条约", 0, 10) == ["china", "russia"]
    assert title_abbreviations("中美洲自由贸易协定", 0, 9) == []


def test_a_new_charter_is_not_the_old_one(gaz):
    art = _article(gaz, "他与约翰逊签署的《新大西洋宪章》意义重大。", "罗斯福与丘吉尔签署的原版《大西洋宪章》宣布了八项原则。",
                   "《新大西洋宪章》共八条。")
    locs = _resolve(art)
    assert sorted(sorted(x.keys) for x in locs) == [["大西洋宪章"], ["新大西洋宪章"]]
    ags = resolve_agreements(locs)
    assert len(ags) == 2


@pytest.mark.parametrize("text,want", [
    ("他说，香港自由是中国在中英联合声明中承诺的。", ["中英联合声明"]),
    ("美日峰會聲明提台灣", ["美日峰會聲明"]),
    ("中国敦促美国遵守中美三个联合公报。", []),
])
def test_abbreviations_name_a_joint_document_and_counts_do_not(gaz, text, want):
    assert [m.title for m in _found(gaz, text) if m.kind != "backref"] == want


@pytest.mark.parametrize("text", ["双方签署包括自贸协定升级议定书等多项文件。", "各方签署实施90余项合作协议。",
                                  "双方未能达成任何协议。", "双方签署了长期合作协议。", "他们希望达成最终的核协议。",
                                  "两国签署这样一个协定。"])
def test_describing_words_are_no_names(gaz, text):
    assert _titles(gaz, text, "named") == []


def test_an_agreement_naming_no_party_is_signed_by_the_meeting_members(gaz):
    art = _article(gaz, "峰会发表《利雅得宣言》。")
    keys = {}
    (loc,) = local_agreements(art, find_agreements(art), lambda p, s: "event:s", None, keys.get, {}, {},
                              {"event:s": ["gaz:china", "gaz:arab-league"]})
    assert set(loc.signatories) == {"gaz:china", "gaz:arab-league"}
    art = _article(gaz, "中方愿落实《利雅得宣言》。")   # not signed: no signatories from any event
    (loc,) = local_agreements(art, find_agreements(art), lambda p, s: "event:s", None, keys.get, {}, {},
                              {"event:s": ["gaz:china"]})
    assert loc.signatories == {}


KINDS = ["heading", "body", "body", "heading", "body", "body", "heading", "body"]
KNOWN = [(0, (0, 10), 2, "event:a"), (1, (0, 20), 5, "event:a2"), (3, (0, 8), 1, "event:b"),
         (5, (10, 30), 12, "event:b2")]


@pytest.mark.parametrize("par,sent,want", [
    (5, (10, 30), "event:b2"),     # the event of its sentence
    (5, (40, 60), "event:b2"),     # else of its paragraph
    (4, (0, 9), "event:b"),        # else the heading of its item, never the lead story
    (2, (0, 9), "event:a2"),       # the item's first body event before its heading's
    (7, (0, 9), None),             # an item whose heading tells no event takes no other item's
    (0, (20, 30), "event:a"),
])
def test_the_signing_event_stays_in_its_item(par, sent, want):
    from kg.resolve.agreements import item_event
    assert item_event(KINDS, KNOWN, "event:main", par, sent) == want


def test_in_an_item_a_sentence_referring_back_takes_the_items_lead():
    from kg.resolve.agreements import item_event
    kinds = ["heading", "body", "heading", "body"]
    known = [(2, (0, 9), 3, "event:gcc"), (3, (0, 30), 10, "event:arab"),
             (3, (30, 50), 30, "event:gcc", True)]        # 峰会发表《…宣言》, linked elsewhere
    assert item_event(kinds, known, None, 3, (30, 50)) == "event:arab"
    # a mention that tells an event wins over the lead
    assert item_event(kinds, known[:2] + [(3, (30, 50), 30, "event:gcc", False)], None, 3, (30, 50)) == "event:gcc"
    # without headings the back-reference's own event stands
    assert item_event(["body"] * 4, known, None, 3, (30, 50)) == "event:gcc"


def test_a_numbered_summary_line_is_a_story_of_its_own():
    from kg.resolve.agreements import item_event, item_kinds
    paras = [Paragraph(t, list(range(len(t))), k) for t, k in [
        ("新闻摘要", "heading"), ("（1）习近平出席第18届东亚峰会；", "body"), ("（4）《湿地公约》审议通过在深圳建立中心；", "body")]]
    kinds = item_kinds(paras)
    assert kinds == ["heading", "list", "list"]
    known = [(1, (0, 17), 5, "event:eas")]
    assert item_event(kinds, known, "event:eas", 2, (0, 20)) is None


def test_without_headings_the_main_event_is_the_fallback():
    from kg.resolve.agreements import item_event
    assert item_event(["body"] * 3, [(0, (0, 5), 1, "event:x")], "event:main", 2, (0, 4)) == "event:main"
    # a summary list under a heading telling no event takes neither the lead story nor a later item's
    kinds = ["heading", "body", "heading", "body", "heading"]
    known = [(2, (0, 5), 1, "event:x"), (4, (0, 5), 1, "event:y")]
    assert item_event(kinds, known, "event:main", 1, (0, 4)) is None
    # an item that tells the main event after the agreement keeps it as the fallback
    assert item_event(kinds, known + [(1, (10, 20), 12, "event:main")], "event:main", 1, (0, 4)) == "event:main"


@pytest.mark.parametrize("text,signed", [
    ("双方隆重纪念《中俄睦邻友好合作条约》签署20周年。", False),
    ("各方应遵守2001年签署的《上海公约》。", False),
    ("他的前任在2015年与伊朗签署的伊核协议失效。", False),
    ("两国元首共同签署了《北京宣言》。", True),
    ("欧盟和中国刚刚达成的综合投资协定引发关注。", True),
])
def test_a_signing_told_as_past_is_not_at_the_sentence_event(gaz, text, signed):
    ms = [m for m in _found(gaz, text) if m.kind == "named"]
    assert ms and ms[0].signed is signed


def test_a_bare_joint_statement_after_a_named_one_points_back_at_it(gaz):
    art = _article(gaz, "中美两国发表《中美联合声明》。", "联合声明指出，双方将加强合作。")
    (loc,) = _resolve(art)
    assert loc.keys == {"中美联合声明"} and len(loc.spans) == 2 and not loc.generic
    # but one issued afterwards is another document
    art = _article(gaz, "中美两国发表《中美联合声明》。", "次日，中日两国外长会后发表联合声明。")
    assert len(_resolve(art)) == 2


def test_a_truce_keeps_the_script_of_its_article(gaz):
    assert "飛機補貼爭端休戰" in _titles(gaz, "美歐同意近17年飛機補貼爭端休戰")


def test_names_inside_an_earlier_title_are_not_the_parties_of_the_next(gaz):
    ms = _found(gaz, "峰会发表了《中华人民共和国和俄罗斯联邦联合声明》和《深化战略伙伴关系文件》。")
    assert len(ms) == 2 and ms[0].title_parties and ms[1].parties == []


def test_bulletin_items_bound_the_signing_event_and_their_main_event_leads():
    from kg.resolve.agreements import item_event
    kinds = ["heading", "body", "heading", "body", "body"]
    items = [0, 0, 1, 1, 1]
    known = [(1, (0, 9), 3, "event:a"), (3, (0, 20), 4, "event:wrong"), (4, (0, 20), 2, "event:b", True)]
    # a back-reference takes its item's main event, not its own link nor the first told
    assert item_event(kinds, known, "event:a", 4, (0, 20), items, {1: "event:b2"}) == "event:b2"
    # no event in the sentence or paragraph: the item's main event, never the article's
    assert item_event(kinds, known[:1], "event:a", 4, (30, 40), items, {}) is None


# --- a signing between two sides (A与B签署) -------------------------------------------------

def test_a_pronoun_in_the_signing_clause_stands_for_the_person_named_before(gaz):
    art = _article(gaz, "拜登抵达英国。他在当天与英国首相约翰逊签署了《新大西洋宪章》。")
    (m,) = find_agreements(art)
    names = {art.mentions[i].text for i in m.parties}
    assert {"拜登", "约翰逊"} <= names


def _two_sided(gaz):
    art = _article(gaz, "拜登与英国首相约翰逊签署的《新大西洋宪章》，及与莫里森举行的三边会谈。")
    keys = {i: f"gaz:{m.gazetteer_id}" for i, m in enumerate(art.mentions)}
    biden, johnson = (k for k in keys.values() if "biden" in k or "johnson" in k)
    pc = {biden: {"gaz:united-states"}, johnson: {"gaz:united-kingdom"}}
    return art, keys, pc


def test_a_two_sided_signing_goes_to_the_event_with_exactly_its_sides(gaz):
    art, keys, pc = _two_sided(gaz)
    sides = {"event:trilateral": ["gaz:united-states", "gaz:united-kingdom", "gaz:australia"],
             "event:bilateral": ["gaz:united-kingdom", "gaz:united-states"]}
    (loc,) = local_agreements(art, find_agreements(art), lambda p, s: "event:trilateral", None, keys.get, pc,
                              sides, None, ["event:trilateral", "event:bilateral"])
    assert list(loc.signed_at) == ["event:bilateral"]
    assert {"gaz:united-states", "gaz:united-kingdom"} <= set(loc.signatories)


def test_without_an_event_of_exactly_its_sides_the_sentence_event_stays(gaz):
    art, keys, pc = _two_sided(gaz)
    sides = {"event:trilateral": ["gaz:united-states", "gaz:united-kingdom", "gaz:australia"],
             "event:other": ["gaz:united-states", "gaz:france"]}
    (loc,) = local_agreements(art, find_agreements(art), lambda p, s: "event:trilateral", None, keys.get, pc,
                              sides, None, ["event:trilateral", "event:other"])
    assert list(loc.signed_at) == ["event:trilateral"]
