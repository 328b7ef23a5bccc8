"""Agreement mentions: titled documents (treaties, declarations, joint statements,
action plans, deals) and whether the sentence says they were signed.

The language knowledge is data: document-type heads in
``kg/data/patterns/agreement_heads.jsonl`` (a head with ``"bare": false`` ends a
title only inside 《》), and signing verbs, generic heads, back-reference words,
count words, ordinals, meeting documents, acronym heads, truces and sides in
``kg/data/agreements/lexicon.yaml``.

A mention has one of three kinds:

- ``named``: a title with a name before its head, found in 《》, in quotes
  (「一帶一路」倡議, “八大共同行动”), after a signing verb (草签第11份防卫费分担协定),
  after a meeting (G7峰会公报), as an acronym (B3W倡议) or as a truce
  (美欧同意停止…飞机补贴争端 → 飞机补贴争端休战);
- ``generic``: a joint document named by its head alone (发表联合声明, 联合声明还指出);
- ``backref``: a head after a back-reference word (这项宣言, 该协议) or alone in
  《》 (《条约》): it names an agreement told before and never makes a new one.

A head after a count (37项协议, 多达40项合作文件, 多项合作文件) is no mention.
Offsets are code-point offsets into ``Paragraph.text``.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from importlib import resources

import yaml

from kg.extract.sentences import clauses, sentences, span_containing
from kg.extract.spans import SpanIndex
from kg.model import Article
from kg.text import fold

_QUOTES = "「」“”\"『』"
_STOP = "，。；、：！？,;:!?\n《》「」“”\"（）() \u3000\t"   # fold() turns ，；：！？ into ASCII; a bare title has no space
_PARTY_TYPES = ("Country", "Organization")


@functools.lru_cache(maxsize=None)
def heads() -> tuple[tuple[str, str, bool], ...]:
    """``(head, class name, bare)`` rows of ``agreement_heads.jsonl``, longest head first;
    ``bare`` is False for heads that end a title only inside 《》 (文件, 纲要)."""
    text = resources.files("kg").joinpath("data/patterns/agreement_heads.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return tuple(sorted(((r["head"], r["type"], r.get("bare", True)) for r in rows),
                        key=lambda r: (-len(r[0]), r[0])))


@functools.lru_cache(maxsize=None)
def lexicon() -> dict:
    """The parsed ``kg/data/agreements/lexicon.yaml`` (see its comments for each section)."""
    text = resources.files("kg").joinpath("data/agreements/lexicon.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@functools.lru_cache(maxsize=None)
def _rx() -> dict:
    """Compiled patterns built from the data files."""
    lx = lexicon()
    verbs = _alt(v["verb"] for v in lx["signing_verbs"])
    bare_verbs = _alt(v["verb"] for v in lx["signing_verbs"] if v.get("bare", True))
    bare = _alt(h for h, _, b in heads() if b)
    generic = _alt(g["head"] for g in lx["generic_heads"])
    backs = _alt(b["word"] for b in lx["back_references"])
    counts = "|".join(f"(?:{c['pattern']})" for c in lx["counts"])
    ords = "|".join(f"(?:{o['pattern']})" for o in lx["ordinals"])
    ed, ac, tr = lx["event_documents"], lx["acronym_heads"], lx["truces"]
    no = re.escape(_STOP)
    return {
        "sign": re.compile(verbs),
        "book": re.compile(r"《(?P<t>[^《》\n]{1,80})》"),
        "quoted": re.compile(r"[「“\"](?P<t>[^「」“”\"\n]{2,30})[」”\"](?P<h>" + _alt(h for h, _, _ in heads()) + r")?"),
        "numbered": re.compile(r"[「“\"](?P<t>[一二三四五六七八九十]+大[^「」“”\"\n]{0,6}行动)[」”\"]"),
        "issued": re.compile(rf"(?:{verbs})(?:了|的|了一份|一份)?$"),
        "past_before": re.compile("|".join(lx["past_signing"]["before"])),
        "past_after": re.compile("^(?:" + "|".join(lx["past_signing"]["after"]) + ")"),
        "after": re.compile(rf"(?:{bare_verbs})(?:了|的)?(?:{ords})?(?:一份|一项|多边|双边)?(?P<t>[^{no}]{{2,30}}?(?:{bare}))"),
        "generic": re.compile(rf"(?P<h>{generic})"),
        "back": re.compile(rf"(?:{backs})$"),
        "count": re.compile(rf"^(?:{counts})"),
        "count_any": re.compile(rf"(?:{counts})"),
        "event_doc": re.compile(rf"(?P<e>{_alt(ed['event_heads'])})(?P<d>{_alt(ed['doc_heads'])})"),
        "acronym": re.compile(rf"(?<![A-Za-z0-9])(?P<t>[A-Z][A-Z0-9]{{1,7}})(?P<h>{_alt(ac['heads'])})"),
        "truce": re.compile(rf"(?:{_alt(tr['verbs'])})(?P<stop>{_alt(tr['stops'])})?(?P<d>[^{no}]{{0,14}}?(?:{_alt(tr['disputes'])}))"
                            rf"(?P<end>{_alt(tr['ends'])})?"),
        "joiner": re.compile(rf"^(?:主席|总统|政府|总理|元首)?(?:{_alt(lexicon()['title_joiners']['words'])})$"),
        "not_doc": re.compile(r"讲话|致辞|演讲|谈话|文章|贺电|贺信"),
        "count_end": re.compile(rf"(?:{counts})$"),
        "abbr_open": re.compile(rf"^[{''.join(abbreviations())}]{{2,4}}(?![洲国人])"),
        "sides": re.compile("|".join(s["pattern"] for s in lx["sides"]) + r"|[两二三四五六七八九十]国"),
        "duration": re.compile(r"^(?:近|长达|超过)?[0-9一二三四五六七八九十多]+年(?:来)?的?|^多年的?|^的"),
        # 该协定, 上述条约: a back-reference word before each head, one pattern per head
        "backref_heads": [(re.compile(rf"(?:{backs}){re.escape(head)}"), typ) for head, typ, _ in heads()],
    }


@dataclass
class AgreementMention:
    """One agreement mention in one paragraph.

    Attributes:
        title: the title as written, outer brackets removed (inner quotes kept).
        key: the title folded to simplified script, punctuation removed.
        type: class name from the head (``Treaty``, ``Declaration``…).
        paragraph, start, end: the title's span in the paragraph (code points).
        sentence: its sentence span.
        signed: the sentence holds a signing verb (or the title says the document
            came out of a meeting or ended a dispute, or it is a joint document
            named by its head alone, issued by the meeting its sentence tells).
        parties: mention indexes of the signing parties (clause before the title).
        group_counts: numbers of bare numeric groups or sides in that clause
            (六国元首 → 6, 双方 → 2).
        kind: ``named``, ``generic`` or ``backref`` (see the module docstring).
        title_parties: mention indexes of the countries and organisations that
            open the title, joined by 和/与/同 (《中华人民共和国和俄罗斯联邦…声明》).
        abbreviated: gazetteer ids of the country abbreviations opening the title
            (中俄睦邻友好合作条约 → china, russia).
        issued: a generic mention right after a signing verb (发表联合声明, 达成的联合公报):
            it tells a new document, not one named before.
    """

    title: str
    key: str
    type: str
    paragraph: int
    start: int
    end: int
    sentence: tuple[int, int]
    signed: bool
    parties: list[int] = field(default_factory=list)
    group_counts: list[int] = field(default_factory=list)
    kind: str = "named"
    title_parties: list[int] = field(default_factory=list)
    abbreviated: list[str] = field(default_factory=list)
    issued: bool = False


_CN_DIGITS = "一二三四五六七八九十"


def _mention_ends(article: Article, paragraph: int) -> set[int]:
    """End offsets of the paragraph's mentions (not from a group), cached per article."""
    cache = getattr(article, "_mention_ends", None)
    if cache is None or cache[0] != len(article.mentions):
        by_par: dict[int, set[int]] = {}
        for x in article.mentions:
            if x.source != "group":
                by_par.setdefault(x.paragraph, set()).add(x.end)
        cache = (len(article.mentions), by_par)
        article._mention_ends = cache
    return cache[1].get(paragraph, set())


def numeric_groups(article: Article, paragraph: int, folded: str, start: int, end: int) -> list[int]:
    """Numbers of bare numeric country groups in ``folded[start:end]`` (六国元首 → 6)
    and of sides (双方 → 2, per ``sides`` in the lexicon); a number right after a
    region or bloc name (中亚五国) is not bare."""
    ends = None
    out = []
    for m in re.finditer(r"(\d|[两二三四五六七八九十])国(?:元首|领导人|首脑|外长|领袖)?", folded[start:end]):
        if ends is None:   # only when the clause holds a count, and once per paragraph
            ends = _mention_ends(article, paragraph)
        if start + m.start() in ends or (m.start() > 0 and folded[start + m.start() - 1].isdigit()):
            continue
        x = m.group(1)
        out.append(int(x) if x.isdigit() else _CN_DIGITS.index(x) + 1 if x != "两" else 2)
    for side in lexicon()["sides"]:
        if re.search(side["pattern"], folded[start:end]):
            out.append(side["n"])
    return out


def title_key(title: str) -> str:
    """A title folded for comparison: simplified script, no punctuation or spaces."""
    return "".join(c for c in fold(title) if c.isalnum())


def _head_of(title_folded: str, bare_only: bool = False) -> tuple[str, str] | None:
    for head, typ, bare in heads():
        if title_folded.endswith(head) and (bare or not bare_only):
            return head, typ
    return None


def parse_title(raw: str, bare_only: bool = False) -> tuple[str, str] | None:
    """``(title, type)`` for a candidate title, or None when it is not one: no
    document-type head (with ``bare_only``, no head that may stand outside 《》),
    nothing before the head, a count (37项协议) or a back-reference word (这项宣言)."""
    t = raw.strip().strip(_QUOTES)
    f = fold(t)
    found = _head_of(f, bare_only)
    if found is None:
        return None
    head, typ = found
    rest = "".join(c for c in f[: -len(head)] if c not in _QUOTES).strip()
    if len(rest) < 2 or _rx()["count"].match(rest) or _is_back(rest) or rest.startswith(("的", "合作")):
        return None
    if re.search(r"[。!?;]", f):
        return None
    about = re.match(lexicon()["about_titles"]["pattern"], rest)
    if bare_only and (("的" in rest and not about) or rest.startswith(("并", "了", *lexicon()["not_title_openers"]["words"]))
                      or _rx()["sign"].search(rest) or _rx()["count_any"].search(rest) or _describes(rest) or _is_back_end(rest)):
        return None
    return t, typ


def _is_back_end(rest: str) -> bool:
    return any(rest.endswith(b["word"]) for b in lexicon()["back_references"] if len(b["word"]) >= 2)


def _describes(rest: str) -> bool:
    """Whether ``rest`` (a bare title without its head) is only describing words
    (``non_names`` in the lexicon: 任何, 最后, 长期…, and 合作)."""
    words = sorted(lexicon()["non_names"]["words"] + ["合作"], key=len, reverse=True)
    while rest:
        w = next((w for w in words if rest.startswith(w)), None)
        if w is None:
            return False
        rest = rest[len(w):]
    return True


def _is_back(rest: str) -> bool:
    lx = lexicon()["back_references"]
    return any(rest == b["word"] or rest.startswith(b["word"]) and len(b["word"]) >= 2 for b in lx)


def _candidates(text: str, folded: str, mentions: list) -> list[tuple]:
    """``(start, end, title, type, kind, signed)`` candidates of one paragraph;
    ``signed`` None means: decided by the sentence."""
    rx = _rx()
    out = []
    for m in rx["book"].finditer(folded):
        raw = text[m.start("t"):m.end("t")]
        r = parse_title(raw)
        if r:
            out.append((m.start("t"), m.end("t"), r[0], r[1], "named", None))
        elif (h := _head_of(fold(raw).strip(_QUOTES))) and len(fold(raw).strip(_QUOTES)) == len(h[0]):
            out.append((m.start("t"), m.end("t"), raw, h[1], "backref", None))
    for m in rx["quoted"].finditer(folded):
        end = m.end("h") if m.group("h") else m.end("t")
        raw = text[m.start("t"):m.end("t")] + (text[m.start("h"):m.end("h")] if m.group("h") else "")
        r = parse_title(raw, bare_only=True)   # “塞浦路斯文件”: 文件, 纲要, 声明 need 《》
        if r:
            out.append((m.start("t"), end, r[0], r[1], "named", None))
    for m in rx["numbered"].finditer(folded):
        out.append((m.start("t"), m.end("t"), text[m.start("t"):m.end("t")], "Initiative", "named", None))
    for m in rx["after"].finditer(folded):
        raw = text[m.start("t"):m.end("t")]
        r = parse_title(raw, bare_only=True)
        if r and not rx["not_doc"].search(fold(raw)):
            out.append((m.start("t"), m.end("t"), raw.strip(_QUOTES), r[1], "named", None))
    for m in rx["acronym"].finditer(folded):
        out.append((m.start("t"), m.end("h"), text[m.start("t"):m.end("h")], _head_of(m.group("h"))[1], "named", None))
    out += _event_documents(text, folded, mentions)
    out += _truces(text, folded)
    out += _generic(text, folded, mentions)
    return out


def _event_documents(text: str, folded: str, mentions: list) -> list[tuple]:
    """Documents named after their meeting (G7峰会公报): the meeting head, the document
    head, and before them a Latin name, entity names, 领导人 or an ordinal."""
    out = []
    starts = {m.end: m.start for m in mentions}
    for m in _rx()["event_doc"].finditer(folded):
        s = m.start()
        while True:
            lat = re.search(r"(?:[A-Za-z0-9+＋]+|领导人|第[0-9一二三四五六七八九十]+(?:次|届))$", folded[:s])
            if lat:
                s -= len(lat.group())
            elif s in starts:
                s = starts[s]
            else:
                break
        head = _head_of(m.group("d"))
        kind = "named" if s < m.start() else "generic"
        out.append((s, m.end(), text[s:m.end()], head[1] if head else "Communique", kind, True, "meeting"))
    return out


def _truces(text: str, folded: str) -> list[tuple]:
    """Parties agreeing to end a dispute (同意停止…争端, 宣布贸易战休战): the truce
    ``<dispute>休战``."""
    out = []
    rx = _rx()
    for m in rx["truce"].finditer(folded):
        if not (m.group("stop") or m.group("end")):
            continue
        d = m.group("d")
        while (cut := rx["duration"].match(d)) and cut.end() > 0:
            d = d[cut.end():]
        if len(d) < 3:
            continue
        end = m.end("end") if m.group("end") else m.end("d")
        s = m.end("d") - len(d)
        tail = text[m.start("end"):m.end("end")] if m.group("end") else "休战"
        out.append((s, end, text[s:m.end("d")] + tail, "Treaty", "named", True))
    return out


def _generic(text: str, folded: str, mentions: list) -> list[tuple]:
    """Joint documents named by their head alone (发表联合声明, 联合声明还指出), or after
    a back-reference word (该联合声明); after a pair form (中英联合声明) named by it."""
    rx = _rx()
    pair_starts = {m.end: m.start for m in mentions if m.source == "group"}
    types = {g["head"]: g["type"] for g in lexicon()["generic_heads"]}
    out = []
    for m in rx["generic"].finditer(folded):
        before = folded[max(0, m.start() - 6):m.start()]
        if rx["count_end"].search(before):
            continue                      # 中美三个联合公报: a count
        if m.start() in pair_starts:   # 中英联合声明, 美日联合声明: a pair form names it
            s = pair_starts[m.start()]
            out.append((s, m.end(), text[s:m.end()], types[m.group("h")], "named", None))
            continue
        kind = "backref" if rx["back"].search(before) else "generic"
        issued = "issued" if rx["issued"].search(before) else ""
        # a joint statement named by its head alone is one the story's meeting issued
        out.append((m.start(), m.end(), text[m.start():m.end()], types[m.group("h")], kind, True, issued))
    for pattern, typ in rx["backref_heads"]:
        for m in pattern.finditer(folded):
            out.append((m.start(), m.end(), text[m.start():m.end()], typ, "backref", None))
    return out


def _keep_longest(cands: list[tuple]) -> list[tuple]:
    """Non-overlapping candidates, longest first, each padded to 7 fields (origin last)."""
    cands = [c if len(c) == 7 else (*c, "") for c in cands]
    kept: list[tuple] = []
    rank = {"named": 0, "generic": 1, "backref": 2}
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), rank[c[4]], c[0])):
        if all(c[1] <= k[0] or c[0] >= k[1] for k in kept):
            kept.append(c)
    return sorted(kept)


def _signed_before(folded: str, clause_spans: list, start: int, end: int, published) -> bool:
    """Whether the signing verb of the title at ``folded[start:end]`` is told as past
    (``past_signing`` in the lexicon): a past word in its clause before the verb
    before the title, or a count of years right after a verb after it."""
    rx = _rx()
    year = getattr(published, "year", None)
    clause = span_containing(clause_spans, start) or (start, end)
    verbs = list(rx["sign"].finditer(folded, clause[0], start))
    if verbs:
        for m in rx["past_before"].finditer(folded, clause[0], verbs[-1].start()):
            if not (m.groupdict().get("year") and year and int(m.group("year")) == year):
                return True
        return False
    after = rx["sign"].match(folded, end, min(len(folded), end + 6)) or \
        rx["sign"].match(folded, end + 1, min(len(folded), end + 7))
    return bool(after and rx["past_after"].match(folded[after.end():]))


def title_parties(article: Article, paragraph: int, folded: str, start: int, end: int,
                  single: bool = False, index: SpanIndex | None = None) -> list[int]:
    """Mention indexes of the countries and organisations that open the title at
    ``folded[start:end]``, joined by 和/与/同/、 (中华人民共和国和俄罗斯联邦关于… → both);
    at least two unless ``single`` (a meeting document: G7峰会公报 → G7). ``index``: the
    paragraph's :func:`paragraph_index`, built here when not given."""
    index = index or paragraph_index(article, paragraph)
    ms = sorted((m.start, -m.end, i) for i, m in index.within(start, end) if m.type in _PARTY_TYPES)
    out, at, last = [], start, None
    for s, neg_e, i in ms:
        if (s, -neg_e) == last:   # a pair form (中英): one mention per country, one span
            out.append(i)
            continue
        if s < at:
            continue
        gap = folded[at:s]
        if (out and _rx()["joiner"].match(gap)) or (not out and s == start):
            out.append(i)
            at, last = -neg_e, (s, -neg_e)
        else:
            break
    return out if len(out) >= (1 if single else 2) else []


@functools.lru_cache(maxsize=None)
def abbreviations() -> dict[str, str]:
    """One-character country abbreviation → gazetteer id, from the entity stage's
    ``kg/data/relations/abbreviations.jsonl`` (ambiguous characters are not there)."""
    from kg.extract.groups import abbreviation_table

    return abbreviation_table()[0]


def title_abbreviations(folded: str, start: int, end: int) -> list[str]:
    """Gazetteer ids of the abbreviations opening the title at ``folded[start:end]``
    (中俄睦邻友好合作条约 → china, russia), in order; [] unless two or more."""
    m = _rx()["abbr_open"].match(folded[start:end])
    table = abbreviations()
    return list(dict.fromkeys(table[c] for c in m.group())) if m else []


def side_parties(article: Article, paragraph: int, folded: str, clause: tuple[int, int],
                 sentence: tuple[int, int], start: int, index: SpanIndex | None = None) -> list[int]:
    """When the signing clause names its parties only as sides (双方草签…, 两国元首签署…),
    the pair-form country mentions of the sentence before that clause (韩美外长防长…会谈，
    以及双方草签…): mention indexes, else []. ``index`` as for :func:`title_parties`."""
    rx = _rx()
    if not rx["sides"].search(folded, clause[0], start):
        return []
    index = index or paragraph_index(article, paragraph)
    if any(m.type in _PARTY_TYPES for _, m in index.starting_in(clause[0], start)):
        return []
    return [i for i, m in index.starting_in(sentence[0], clause[0]) if m.source == "group" and m.type in _PARTY_TYPES]


def paragraph_index(article: Article, paragraph: int) -> SpanIndex:
    """The ``(mention index, mention)`` pairs of one paragraph, indexed by span."""
    return SpanIndex(((i, m) for i, m in enumerate(article.mentions) if m.paragraph == paragraph),
                     lambda im: (im[1].start, im[1].end))


def pronoun_parties(article: Article, paragraph: int, folded: str, start: int, end: int,
                    parties: list[int]) -> list[int]:
    """Mention indexes of the people the pronouns (他/她) of ``folded[start:end]`` stand for
    (他与约翰逊签署的《新大西洋宪章》 → the person named before), when not already in
    ``parties``; see :func:`kg.extract.roles.antecedent`."""
    from kg.extract.event_schema import load_schema
    from kg.extract.roles import antecedent

    out = []
    for m in load_schema().pronoun_regex.finditer(folded, start, end):
        ante = antecedent(article, paragraph, m.start())
        if ante is not None and ante not in parties and ante not in out:
            out.append(ante)
    return out


def find_agreements(article: Article) -> list[AgreementMention]:
    """Every agreement mention of ``article``, in text order (paragraph, start)."""
    out: list[AgreementMention] = []
    sign = _rx()["sign"]
    for p, para in enumerate(article.paragraphs):
        text = para.text
        folded = fold(text)
        index = paragraph_index(article, p)   # once per paragraph
        pm = [m for _, m in index.items]
        kept = _keep_longest(_candidates(text, folded, pm))
        titles_at = SpanIndex(kept, lambda k: (k[0], k[1]))
        sents = sentences(text)
        for start, end, title, typ, kind, signed, origin in kept:
            sent = span_containing(sents, start) or (0, len(text))
            if signed is None:
                signed = bool(sign.search(folded[sent[0]:sent[1]])) and \
                    not _signed_before(folded, clauses(text, *sent), start, end, article.published)
            clause = span_containing(clauses(text, *sent), start) or sent
            parties = [i for i, m in index.starting_in(clause[0], start)
                       if m.type in ("Country", "Organization", "Person")
                       and not (titles_at.covering(m.start) or titles_at.starting_in(m.start, m.start + 1))]   # not inside another title
            if signed:
                parties += pronoun_parties(article, p, folded, clause[0], start, parties)
            counts = numeric_groups(article, p, folded, clause[0], start)
            if signed:
                parties += side_parties(article, p, folded, clause, sent, start, index)
            tp = title_parties(article, p, folded, start, end, origin == "meeting", index) if kind == "named" else []
            ab = title_abbreviations(folded, start, end) if kind == "named" else []
            out.append(AgreementMention(title, title_key(title), typ, p, start, end, sent, signed, parties,
                                        counts, kind, tp, ab, origin == "issued"))
    return out
