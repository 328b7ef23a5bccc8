"""Argument roles from patterns over typed mentions (ACE/ERE-style event arguments).

A sentence is **encoded** for matching: each entity mention becomes one
private-use character standing for its type, each post title of the title
lexicon one character, the trigger of the event mention being read one
character; the rest of the text stays as it is (folded to simplified script).
A role pattern of ``kg/data/events/*.yaml`` (syntax in that folder's
README.md) compiles to a regular expression over that encoding, so
``{agent:ACTOR}…TRIGGER{guest:ACTOR+}`` is a plain ``re`` search and every
named group maps back to the mentions it covers.

Offsets are paragraph-text code-point offsets; the encoding keeps a map from
each encoded character to its source span.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kg.errors import DataError
from kg.text import fold

PERSON, COUNTRY, ORG, PLACE, TITLE, TRIGGER, OTHER = "\ue001", "\ue002", "\ue003", "\ue004", "\ue005", "\ue000", "\ue006"
EVENT = "\ue007"  # the trigger of another event mention of the sentence
_TYPE_CHAR = {"Person": PERSON, "Country": COUNTRY, "Organization": ORG, "Place": PLACE, "Outlet": OTHER}
_TOKENS = "\ue000-\ue007"  # mentions, this trigger and other events' triggers: never inside a gap
_ACTOR1 = f"(?:[{COUNTRY}{ORG}{PLACE}{TITLE}]{{0,4}}{PERSON}{TITLE}?|[{COUNTRY}{ORG}]{TITLE}?)"
_LIST = "(?:、|和|与|及|以及)"
_CLASSES = {
    "ACTOR": _ACTOR1,
    "PERSON": f"[{COUNTRY}{ORG}{TITLE}]{{0,4}}{PERSON}{TITLE}?",
    "COUNTRY": COUNTRY,
    "ORG": ORG,
    "PLACE": f"[{COUNTRY}{PLACE}{ORG}]{{1,4}}",
}
# a gap may hold a locative phrase (在北京人民大会堂, 于利雅得, 抵达莫斯科, 前往东京) besides plain text
_LOC = f"(?<=[在于赴达往抵])[{COUNTRY}{ORG}{PLACE}{TITLE}]{{1,3}}(?:[和、及与][{COUNTRY}{ORG}{PLACE}{TITLE}]{{1,3}})*"
# another event's trigger may stand in a gap within the trigger's own clause (在东京和首尔之行后访问印度),
# never across a clause break (…与北约和欧盟举行峰会，16日在日内瓦会见普京: 欧盟 does not meet)
_EVENT_IN_CLAUSE = f"{EVENT}(?=[^，,。；;]*{TRIGGER})"
# a gap never passes an invitation's end: in 应塞尔维亚总统武契奇邀请开始对塞尔维亚进行国事访问
# the inviter is the host, not the one who acts
_GAP = f"(?:(?!邀请)[^{_TOKENS}。；;]|{_LOC}|{_EVENT_IN_CLAUSE}){{0,12}}?"
_NAME = "[^，,。；;]{0,24}?"  # an event's name: any text and mentions within the clause
# from the start of the clause, text that names no person (…访问之际，国家主席习近平…: the visitor is
# the next clause's subject only when the visit's own clause names nobody)
_NOBODY = f"(?:^|(?<=[，,；;]))[^，,。；;{PERSON}{TITLE}]*?"
_SHORT_GAP = f"(?:(?!邀请)[^{_TOKENS}。；;，,]|{_LOC}|{_EVENT_IN_CLAUSE}){{0,6}}?"
PLACE_ROLES = ("visited", "place")  # roles that a place or a country after 在 may fill
_SLOT = re.compile(r"\{(?P<role>[a-z]+):(?P<cls>[A-Z]+)(?P<plus>\+)?\}")


@dataclass(frozen=True)
class Argument:
    """One argument of an event mention.

    Attributes:
        role: ``agent``, ``partner``, ``guest``, ``attendee``, ``organizer``,
            ``visitor``, ``visited`` (the data files may add others).
        mention: index into ``Article.mentions``.
        start, end: paragraph-text span of the whole slot (end exclusive).
        pattern: the name of the pattern that assigned it.
    """

    role: str
    mention: int
    start: int
    end: int
    pattern: str


def compile_pattern(row: dict, family: str, source: str):
    """Compile one pattern row of a data file into a :class:`RolePattern`.

    Raises:
        DataError: no name or pattern, an unknown slot class, or a regex that does not compile.
    """
    from kg.extract.event_schema import RolePattern

    name, text = row.get("name"), row.get("pattern")
    if not name or not text:
        raise DataError(f"{source}: a pattern needs a name and a pattern")
    slots, counter = {}, [0]

    def slot(m: re.Match) -> str:
        cls = m.group("cls")
        if cls not in _CLASSES:
            raise DataError(f"{source}: pattern {name}: unknown slot class {cls}")
        counter[0] += 1
        group = f"s{counter[0]}"
        slots[group] = m.group("role")
        one = _CLASSES[cls]
        body = f"{one}(?:{_LIST}{one})*" if m.group("plus") else one
        # 在波兰出席…: a place, not a party (but where a visit goes may follow 在: 正在朝鲜进行国事访问)
        guard = "(?<![在于赴])" if cls != "PLACE" and m.group("role") not in PLACE_ROLES else ""
        # a name right before another event's head names that event (海合会峰会), it does not act
        return f"{guard}(?P<{group}>{body})(?!{EVENT})"

    regex = _SLOT.sub(slot, text.replace(" ", ""))
    regex = regex.replace("TRIGGER", f"(?P<trigger>{TRIGGER})").replace("…", _GAP).replace("~", _SHORT_GAP).replace("NOBODY", _NOBODY).replace("NAME", _NAME)
    try:
        compiled = re.compile(regex)
    except re.error as exc:
        raise DataError(f"{source}: pattern {name} does not compile ({exc})") from None
    return RolePattern(name, family, source, compiled, slots, tuple(row.get("types") or ()), row.get("label"),
                       row.get("scope"), tuple(row.get("examples") or ()))


@dataclass
class Encoded:
    """A sentence encoded for matching: ``text`` and, per encoded character,
    ``spans[i] = (start, end)`` in the paragraph and ``mentions[i]`` (the mention
    indexes it stands for, empty for plain text)."""

    text: str
    spans: list
    mentions: list


def encode(folded: str, span: tuple[int, int], tokens: list[tuple[int, int, str, tuple]]) -> Encoded:
    """Encode ``folded[span[0]:span[1]]``; ``tokens`` are ``(start, end, char, mention
    indexes)`` in text order, non-overlapping (see :func:`tokens_of`)."""
    out, spans, ments = [], [], []
    pos = span[0]
    # only the tokens near the span: a bisection (tokens are sorted and do not overlap)
    lo = max(0, bisect.bisect_left(tokens, (span[0],)) - 1)
    hi = bisect.bisect_left(tokens, (span[1],))
    for s, e, ch, idx in tokens[lo:hi]:
        if e <= span[0] or s >= span[1]:
            continue
        while pos < s:
            out.append(folded[pos]); spans.append((pos, pos + 1)); ments.append(())
            pos += 1
        out.append(ch); spans.append((s, e)); ments.append(idx)
        pos = e
    while pos < span[1]:
        out.append(folded[pos]); spans.append((pos, pos + 1)); ments.append(())
        pos += 1
    return Encoded("".join(out), spans, ments)


def tokens_of(article, mention_ids: list[int], folded: str, title_regex: re.Pattern | None,
              trigger: tuple[int, int] | None = None, paragraph: int | None = None) -> list[tuple[int, int, str, tuple]]:
    """Non-overlapping tokens of one paragraph: the outermost entity mentions
    (several mentions on one span, as an expanded group, make one token), post
    titles outside them, the trigger span (which wins over what it overlaps) and,
    when ``paragraph`` is given, the pronouns 他/她 standing for their antecedent
    (:func:`antecedent`)."""
    spans: dict[tuple[int, int], list[int]] = {}
    for i in mention_ids:
        m = article.mentions[i]
        if m.type in _TYPE_CHAR:
            spans.setdefault((m.start, m.end), []).append(i)
    chosen: list[tuple[int, int, str, tuple]] = []
    last = -1
    for (s, e), idx in sorted(spans.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        if s < last or (trigger and s < trigger[1] and e > trigger[0]):
            continue
        types = {article.mentions[i].type for i in idx}
        ch = next(_TYPE_CHAR[t] for t in ("Person", "Organization", "Country", "Place", "Outlet") if t in types)
        if all(article.mentions[i].source == "group" for i in idx):
            ch = COUNTRY
        chosen.append((s, e, ch, tuple(sorted(idx))))
        last = e
    chosen = _glosses_joined(chosen, folded)
    if trigger:
        chosen.append((trigger[0], trigger[1], TRIGGER, ()))
    if title_regex is not None:
        taken = sorted(chosen)
        for m in title_regex.finditer(folded):
            if not overlapping(taken, m.start(), m.end()):
                chosen.append((m.start(), m.end(), TITLE, ()))
    if paragraph is not None:
        taken = sorted(chosen)
        for m in _pronoun_regex().finditer(folded):
            if overlapping(taken, m.start(), m.end()):
                continue
            ante = antecedent(article, paragraph, m.start())
            if ante is not None:
                chosen.append((m.start(), m.end(), PERSON, (ante,)))
    return sorted(chosen)


# the longest token (a mention, title or trigger) a bisection looks back for, in characters
MAX_TOKEN_CHARS = 64


def overlapping(spans: list, start: int, end: int) -> list:
    """The spans of ``spans`` (sorted by start, tuples ``(start, end, …)``) that overlap
    ``[start, end)``: a bisection, so a long paragraph costs each lookup only its neighbourhood."""
    lo = bisect.bisect_left(spans, (start - MAX_TOKEN_CHARS,))
    return [t for t in spans[lo:bisect.bisect_left(spans, (end,))] if t[1] > start]


# 他/她 as a subject (他在记者会上表示), not inside 其他, 他们, 他国, 吉他
def _pronoun_regex() -> re.Pattern:
    """The pronouns of ``discourse.yaml`` (``pronouns``), outside the words they only start or
    end (其他, 他们, 他国)."""
    from kg.extract.event_schema import load_schema

    return load_schema().pronoun_regex
ANTECEDENT_PARAGRAPHS = 1  # how many paragraphs back a pronoun's antecedent may be (the paragraph before)


def antecedent(article, paragraph: int, pos: int) -> int | None:
    """The mention a pronoun at ``pos`` of ``paragraph`` stands for: the last person
    mention before it that is not the object of 与/同/对…, in its paragraph or the one
    before (within one bulletin item);
    None when there is none, or when the last two people named differ and both sit in
    the pronoun's sentence run (他 would be ambiguous)."""
    from kg.extract.event_schema import load_schema

    object_markers = load_schema().pronouns.get("object_markers", ())
    item = getattr(article.paragraphs[paragraph], "item", 0)
    for q in range(paragraph, max(-1, paragraph - ANTECEDENT_PARAGRAPHS - 1), -1):
        if getattr(article.paragraphs[q], "item", 0) != item:
            return None
        keys, people = _subjects_of(article, q, object_markers)
        k = len(people) if q < paragraph else bisect.bisect_right(keys, (pos, 0))
        if k:
            return people[k - 1]
    return None


def _subjects_of(article, paragraph: int, object_markers) -> tuple[list, list]:
    """The person mentions of ``paragraph`` that are not the object of an ``object_markers``
    word, sorted by ``(end, -index)``: ``(keys, indexes)``, cached per article (bisection by
    the pronoun's position)."""
    cache = getattr(article, "_subjects_index", None)
    if cache is None or cache[0] != len(article.mentions):
        cache = (len(article.mentions), {})
        article._subjects_index = cache
    if paragraph not in cache[1]:
        text = article.paragraphs[paragraph].text
        rows = sorted((article.mentions[i].end, -i) for i in _people_of(article, paragraph)
                      if fold(text[max(0, article.mentions[i].start - 1):article.mentions[i].start]) not in object_markers)
        cache[1][paragraph] = (rows, [-n for _, n in rows])
    return cache[1][paragraph]


def _people_of(article, paragraph: int) -> list[int]:
    """Indexes of the person mentions (not from a group) of ``paragraph``, indexed once per
    article and mention list (a long paragraph's pronouns do not rescan every mention)."""
    cache = getattr(article, "_people_index", None)
    if cache is None or cache[0] != len(article.mentions):
        by_par: dict[int, list[int]] = {}
        for i, m in enumerate(article.mentions):
            if m.type == "Person" and m.source != "group":
                by_par.setdefault(m.paragraph, []).append(i)
        cache = (len(article.mentions), by_par)
        article._people_index = cache
    return cache[1].get(paragraph, [])


def _glosses_joined(chosen: list, folded: str) -> list:
    """A name followed by its gloss in brackets (托卡耶夫（Kassym-Jomart Tokayev）)
    is one token: the bracketed mention joins the one right before it."""
    out: list = []
    for s, e, ch, idx in chosen:
        if out and s >= 1 and folded[s - 1] in "（(" and out[-1][1] == s - 1 and folded[e:e + 1] in "）)":
            ps, _pe, pch, pidx = out[-1]
            out[-1] = (ps, e + 1, pch, tuple(sorted(set(pidx) | set(idx))))
            continue
        out.append((s, e, ch, idx))
    return out


def match_roles(patterns, enc: Encoded, type_name: str, need_trigger: bool = True):
    """The patterns of ``patterns`` (in order) that match ``enc`` (through its
    trigger when ``need_trigger``), each with its first match: ``[(pattern, match)]``.
    An earlier pattern's roles win over a later one's for the same mention
    (see :func:`arguments_of`)."""
    out = []
    for pat in patterns:
        if pat.types and type_name not in pat.types:
            continue
        for m in pat.regex.finditer(enc.text):
            if need_trigger and ("trigger" not in m.groupdict() or m.group("trigger") is None):
                continue
            out.append((pat, m))
            break
    return out


def arguments_of(found, enc: Encoded, article) -> list[Argument]:
    """The arguments of every match of :func:`match_roles`, a mention keeping the
    role of the first pattern that gave it one."""
    out, seen = [], set()
    for pat, m in found:
        for a in arguments(pat, m, enc, article=article):
            if a.mention not in seen:
                out.append(a)
        seen |= {a.mention for a in out}
    return out


def arguments(pat, match: re.Match, enc: Encoded, wanted_types=("Person", "Country", "Organization", "Place"),
              article=None) -> list[Argument]:
    """The arguments a pattern match gives: every party mention inside each slot."""
    out = []
    for group, role in pat.slots.items():
        if match.group(group) is None:
            continue
        a, b = match.span(group)
        start, end = enc.spans[a][0], enc.spans[b - 1][1]
        for k in range(a, b):
            for i in enc.mentions[k]:
                if article is None or article.mentions[i].type in wanted_types:
                    out.append(Argument(role, i, start, end, pat.name))
    return out


def slot_text(pat, match: re.Match, enc: Encoded, text: str, article=None) -> dict[str, str]:
    """Surface text of each role slot (and named literal groups such as ``conn``), for
    labels: the names of the people a slot holds (托卡耶夫 for 哈萨克斯坦总统托卡耶夫（Kassym-Jomart
    Tokayev）), joined by 、, else the slot as written."""
    out = {}
    for group, val in match.groupdict().items():
        if val is None:
            continue
        a, b = match.span(group)
        s, e = enc.spans[a][0], enc.spans[b - 1][1]
        key = pat.slots.get(group, group)
        names = []
        if article is not None and group in pat.slots:
            for k in range(a, b):
                people = [article.mentions[i] for i in enc.mentions[k] if article.mentions[i].type == "Person"]
                han = [m.text for m in people if any("\u4e00" <= c <= "\u9fff" for c in m.text)]
                names += (han or [m.text for m in people])[:1]
        out.setdefault(key, "、".join(names) if names else text[s:e])
    return out
