"""Group expressions: 中亚五国, 中亞各國領袖, 东盟国家, 欧盟成员国 → the member countries;
pair forms: 中美, 中俄关系, 美日韩 → the countries (:func:`expand_pairs`).

A region or bloc mention (one with a member list in
``kg/data/relations/members.jsonl``) followed by a country word (五国, 各国,
国家, 成员国; for regions also 领导人/元首/领袖) stands for its member states.
A stated number must equal the member count (中亚五国: 5), else nothing is
expanded; with a number the expression states the whole membership, without one
(北约各国, 欧盟成员国, 阿拉伯国家) it stands only for the members the article names
as countries elsewhere (a 2021 article's 欧盟各国 does not make 27 nodes nobody named).
Members are those of the article's publication day (``joined``/``former`` dates
in ``members.jsonl``: Finland is not in a 2021 NATO). Each member becomes a ``Mention`` with ``source="group"``, the
country's preferred name in the article's script as text, and the span of the
whole group expression.
"""
from __future__ import annotations

import functools
import json
import re
from importlib import resources

import yaml

from kg.extract.gazetteer import Gazetteer
from kg.extract.patterns import day_of, group_members
from kg.extract.spans import SpanIndex
from kg.model import Article, Mention
from kg.text import fold

_CN = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_AFTER = re.compile(r"(?P<n>\d{1,2}|[两二三四五六七八九十])?个?(?P<w>国家|各国|诸国|成员国|国)(?:领导人|元首|首脑|领袖|外长)?"
                    r"|(?P<lead>领导人|元首|领袖|首脑)")


def count(text: str) -> int | None:
    """A small number written in digits or Chinese (2–10), else None."""
    if text.isdigit():
        return int(text)
    return _CN.get(text)


def expand_groups(article: Article, gaz: Gazetteer) -> list[Mention]:
    """Append the member-country mentions of every group expression to
    ``article.mentions`` and return them (in text order)."""
    members = group_members(day_of(article.published))
    added: list[Mention] = []
    lang = article.language if article.language in ("zh-Hans", "zh-Hant") else "zh-Hans"
    named = {m.gazetteer_id for m in article.mentions if m.type == "Country" and m.source != "group"}
    country_starts = {(m.paragraph, m.start) for m in article.mentions if m.type == "Country"}
    for m in list(article.mentions):
        if m.gazetteer_id not in members or m.paragraph < 0:
            continue
        rec = gaz.records[m.gazetteer_id]
        text = article.paragraphs[m.paragraph].text
        after = _AFTER.match(fold(text[m.end:m.end + 8]))
        if not after:
            continue
        if after.group("lead") and rec.type != "Place":
            continue  # 七国集团领导人: the bloc itself takes part
        if after.group("w") == "国" and not after.group("n"):
            continue  # 中亚国…: not a group word
        n = count(after.group("n")) if after.group("n") else None
        ids = members[m.gazetteer_id]
        if n is not None and n != len(ids):
            continue
        end = m.end + after.end()
        if (m.paragraph, end) in country_starts:
            continue  # 中亚国家哈萨克斯坦: an apposition, not a group
        for cid in ids:
            if n is None and cid not in named:   # 北约各国: only the members the article names
                continue
            crec = gaz.records[cid]
            surface = crec.label(lang) or crec.label("zh-Hans")
            mention = Mention(surface, fold(surface), "Country", m.paragraph, m.start, end, "group", cid)
            added.append(mention)
    article.mentions.extend(added)
    return added


@functools.lru_cache(maxsize=None)
def abbreviation_table() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """``(abbreviation → gazetteer id, ambiguous abbreviation → candidate ids)`` from
    ``kg/data/relations/abbreviations.jsonl`` (巴: Pakistan, Brazil, Palestine is ambiguous)."""
    abbr, amb = {}, {}
    text = resources.files("kg").joinpath("data/relations/abbreviations.jsonl").read_text(encoding="utf-8")
    for line in text.splitlines():
        row = json.loads(line) if line.strip() else {}
        if "abbr" in row:
            abbr[row["abbr"]] = row["id"]
        if "abbr_ambiguous" in row:
            amb[row["abbr_ambiguous"]] = tuple(row["candidates"])
    return abbr, amb


@functools.lru_cache(maxsize=None)
def _pair_forms() -> dict:
    return yaml.safe_load(resources.files("kg").joinpath("data/patterns/pair_forms.yaml").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=None)
def _pair_data() -> tuple[dict, tuple, re.Pattern]:
    """``(abbreviation → gazetteer id, follow words, run regex)`` from the data files; the
    run regex also takes the ambiguous abbreviations (``abbr_ambiguous`` rows)."""
    abbr, amb = abbreviation_table()
    keys = sorted(set(abbr) | set(amb), key=len, reverse=True)
    run = re.compile("(?:" + "|".join(map(re.escape, keys)) + "){2,4}")
    return abbr, tuple(sorted(_pair_forms()["follow"], key=len, reverse=True)), run


def _ambiguous() -> dict:
    """Ambiguous abbreviation → its candidate ids (巴: Pakistan, Brazil, Palestine)."""
    return abbreviation_table()[1]


_OPENERS = ("「", "“", "\"", "『", "《")  # 中美「2+2」: a quoted format name follows the pair


def _split_run(run: str, abbr: dict, amb: dict, named: set) -> list[str | None] | None:
    """The ids a run of abbreviations stands for, in order (None for an ambiguous one the
    article does not settle), or None when the run is no pair form: it does not split into
    abbreviations, names one country twice, or holds only ambiguous characters not all
    settled (海南 is not the Gulf and South Africa)."""
    out, i = [], 0
    keys = sorted(set(abbr) | set(amb), key=len, reverse=True)
    while i < len(run):
        k = next((k for k in keys if run.startswith(k, i)), None)
        if k is None:
            return None
        out.append(_resolve(k, abbr, amb, named))
        i += len(k)
    known = [x for x in out if x]
    if len(set(known)) != len(known) or not known:
        return None
    if not any(ch in abbr for ch in run) and len(known) != len(out):
        return None
    return out


def expand_pairs(article: Article, gaz: Gazetteer) -> list[Mention]:
    """Append a mention (``source="group"``) for each country or bloc of every pair form
    (see ``kg/data/patterns/pair_forms.yaml``), and drop the NER mentions inside the pair
    form and its follow word (韩美 as a place, 阿峰 in 中阿峰会). An ambiguous abbreviation
    (阿, 海) stands for the one of its candidates the article names, else for nothing. A run
    that overlaps another name (中美洲) is left alone. Returns the mentions added."""
    abbr, follow, run_re = _pair_data()
    amb = _ambiguous()
    named = {m.gazetteer_id for m in article.mentions if m.source == "gazetteer"}
    lang = article.language if article.language in ("zh-Hans", "zh-Hant") else "zh-Hans"
    added, dropped = [], set()
    par_ids: dict[int, list[int]] = {}   # paragraph → its mention indexes, built once
    for k, o in enumerate(article.mentions):
        par_ids.setdefault(o.paragraph, []).append(k)
    for p, para in enumerate(article.paragraphs):
        folded = fold(para.text)
        index = SpanIndex(par_ids.get(p, ()), lambda k: (article.mentions[k].start, article.mentions[k].end))
        for m in run_re.finditer(folded):
            s, e = m.span()
            word = next((w for w in follow if folded.startswith(w, e)), "")
            if folded[e:e + 1] not in _OPENERS and not word:
                continue
            ids = _split_run(m.group(0), abbr, amb, named)
            if not ids or any(i and i not in gaz.records for i in ids):
                continue
            over = index.overlapping(s, e)
            if any(not (s <= article.mentions[k].start and article.mentions[k].end <= e + len(word)
                        and article.mentions[k].source == "ner") for k in over):
                continue
            dropped |= set(over)
            for cid in filter(None, ids):
                rec = gaz.records[cid]
                surface = rec.label(lang) or rec.label("zh-Hans")
                added.append(Mention(surface, fold(surface), rec.type, p, s, e, "group", cid, pair=True))
    if dropped:
        article.mentions[:] = [m for k, m in enumerate(article.mentions) if k not in dropped]
    article.mentions.extend(added)
    return added


@functools.lru_cache(maxsize=None)
def _side_data() -> tuple[dict, dict, re.Pattern]:
    """``(abbreviation → id, ambiguous abbreviation → candidate ids, span regex)``: the regex
    matches a whole mention text that is a side form (吉方) or a pair form with a suffix (韩日间)."""
    abbr, amb = abbreviation_table()
    data = _pair_forms()
    chars = "".join(sorted(set("".join(abbr)) | set(amb)))
    alt = lambda ws: "|".join(map(re.escape, sorted(ws, key=len, reverse=True)))  # noqa: E731
    one = "".join(c for c in chars if c not in DIRECTION_CHARS)
    rx = re.compile(rf"(?P<one>[{chars}])(?:{alt(data['side_suffixes'])})|(?P<one_part>[{one}])(?:{alt(data['direction_suffixes'])})"
                    rf"|(?P<run>[{chars}]{{2,4}})(?:{alt(data['span_suffixes'])})?")
    return abbr, amb, rx


DIRECTION_CHARS = "中东西南北"   # 中西部, 西北部: compound directions, not an abbreviation and a part
CHINA_ABBREVIATION = "中"   # 阿中, 吉中: a two-character run with China's abbreviation is a pair form


def _side_form(m: Mention, folded: str, abbr: dict, amb: dict, named: set, rx: re.Pattern):
    """The side- or pair-form match of an unlinked mention (see :func:`expand_side_forms`), or
    None. ``folded`` is the mention's paragraph folded."""
    if m.source not in ("ner", "pattern") or m.gazetteer_id:
        return None
    hit = rx.fullmatch(m.folded)
    if hit is None and m.type == "Person" and len(m.folded) == 3 and glued_word(folded, m.end - 1):
        hit = rx.fullmatch(m.folded[:2])   # 伊方希(望), 塞方赞(赏): the NER glued the next word's first character
        hit = hit if hit is not None and hit.group("one") else None
    if hit is not None and m.type == "Person" and hit.group("run") == m.folded:
        _, follow, _ = _pair_data()
        settled = all(_resolve(ch, abbr, amb, named) in named for ch in m.folded)
        paired = any(folded.startswith(w, m.end) for w in follow) or \
            (len(m.folded) == 2 and CHINA_ABBREVIATION in m.folded)
        if not (settled or paired):
            return None   # 塞西, 哈马德: a person's name, unless each character's country is named (韩美)
    return hit


def glued_word(folded: str, i: int) -> bool:
    """The character at ``i`` starts a frequent dictionary word with the next one (希望, 赞赏)
    or is a one-character adverb or verb of the dictionary (正): a side form's neighbour the
    NER took into the name; never before a name dot (阿方索·卡隆 is a person)."""
    from kg.extract.vocabulary import is_frequent_word, is_function_char

    if folded[i + 1:i + 2] in NAME_DOTS:
        return False
    return is_frequent_word(folded[i:i + 2]) or is_function_char(folded[i])


NAME_DOTS = "·‧•・∙"


def expand_side_forms(article: Article, gaz: Gazetteer) -> list[Mention]:
    """Replace each unlinked mention (NER or pattern) whose whole text is a side form (吉方,
    索政府, 韩防长) or a pair form, bare or with a suffix (韩美, 韩日间, 阿中峰), by mentions
    (``source="group"``, ``pair=True``, the same span) of the countries or blocs it stands
    for. A bare pair form the NER tagged a person stands only when each of its countries is
    named (韩美; 塞西 is Sisi), a follow word of ``pair_forms.yaml`` comes next (阿中峰会) or it
    is two characters with China's (吉中是朋友); a person span that is a side form and the
    first character of the next word (伊方希望) is that side form. An ambiguous abbreviation
    (巴, 伊) stands for the one of its candidates the article names by a gazetteer mention,
    else for nothing: the mention is dropped. Returns the mentions added."""
    abbr, amb, rx = _side_data()
    named = {m.gazetteer_id for m in article.mentions if m.source == "gazetteer"}
    lang = article.language if article.language in ("zh-Hans", "zh-Hant") else "zh-Hans"
    folded_of: dict[int, str] = {}
    added: list[Mention] = []
    kept: list[Mention] = []
    for m in article.mentions:
        if m.paragraph >= 0 and m.paragraph not in folded_of:
            folded_of[m.paragraph] = fold(article.paragraphs[m.paragraph].text)
        hit = _side_form(m, folded_of.get(m.paragraph, fold(article.title or "")), abbr, amb, named, rx)
        if hit is None:
            kept.append(m)
            continue
        for ch in hit.group("one") or hit.group("one_part") or hit.group("run"):
            cid = _resolve(ch, abbr, amb, named)
            if cid and cid in gaz.records and gaz.records[cid].type in ("Country", "Organization") and \
                    not any(a.gazetteer_id == cid and a.start == m.start and a.paragraph == m.paragraph for a in added):
                rec = gaz.records[cid]
                surface = rec.label(lang) or rec.label("zh-Hans")
                added.append(Mention(surface, fold(surface), rec.type, m.paragraph, m.start, m.end, "group", cid,
                                     pair=True))
    article.mentions[:] = kept + added
    return added


def _resolve(ch: str, abbr: dict, amb: dict, named: set) -> str | None:
    """The country id of an abbreviation: its own, or for an ambiguous one the one of its
    candidates in ``named`` (the article's country ids), else None."""
    if ch in abbr:
        return abbr[ch]
    cands = [c for c in amb.get(ch, ()) if c in named]
    return cands[0] if len(cands) == 1 else None
