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
def _pair_data() -> tuple[dict, tuple, re.Pattern]:
    """``(abbreviation → gazetteer id, follow words, run regex)`` from the data files."""
    abbr = {}
    text = resources.files("kg").joinpath("data/relations/abbreviations.jsonl").read_text(encoding="utf-8")
    for line in text.splitlines():
        row = json.loads(line) if line.strip() else {}
        if "abbr" in row:
            abbr[row["abbr"]] = row["id"]
    data = yaml.safe_load(resources.files("kg").joinpath("data/patterns/pair_forms.yaml").read_text(encoding="utf-8"))
    keys = sorted(abbr, key=len, reverse=True)
    run = re.compile("(?:" + "|".join(map(re.escape, keys)) + "){2,4}")
    return abbr, tuple(sorted(data["follow"], key=len, reverse=True)), run


_OPENERS = ("「", "“", "\"", "『", "《")  # 中美「2+2」: a quoted format name follows the pair


def _split_run(run: str, abbr: dict) -> list[str] | None:
    out, i = [], 0
    keys = sorted(abbr, key=len, reverse=True)
    while i < len(run):
        k = next((k for k in keys if run.startswith(k, i)), None)
        if k is None:
            return None
        out.append(abbr[k])
        i += len(k)
    return out if len(set(out)) == len(out) else None


def expand_pairs(article: Article, gaz: Gazetteer) -> list[Mention]:
    """Append a country mention (``source="group"``) for each country of every pair
    form (see ``kg/data/patterns/pair_forms.yaml``), and drop the NER mention that
    took the pair form for one name (韩美 as a place). A run that overlaps another
    name (中美洲) is left alone. Returns the mentions added."""
    abbr, follow, run_re = _pair_data()
    lang = article.language if article.language in ("zh-Hans", "zh-Hant") else "zh-Hans"
    added, dropped = [], set()
    par_ids: dict[int, list[int]] = {}   # paragraph → its mention indexes, built once
    for k, o in enumerate(article.mentions):
        par_ids.setdefault(o.paragraph, []).append(k)
    for p, para in enumerate(article.paragraphs):
        folded = fold(para.text)
        for m in run_re.finditer(folded):
            s, e = m.span()
            if folded[e:e + 1] not in _OPENERS and not any(folded.startswith(w, e) for w in follow):
                continue
            ids = _split_run(m.group(0), abbr)
            if not ids or any(i not in gaz.records for i in ids):
                continue
            over = [k for k in par_ids.get(p, ()) if article.mentions[k].start < e and s < article.mentions[k].end]
            if any(not (article.mentions[k].start == s and article.mentions[k].end == e
                        and article.mentions[k].source == "ner") for k in over):
                continue
            dropped |= set(over)
            for cid in ids:
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
    abbr, _, _ = _pair_data()
    amb = {}
    text = resources.files("kg").joinpath("data/relations/abbreviations.jsonl").read_text(encoding="utf-8")
    for line in text.splitlines():
        row = json.loads(line) if line.strip() else {}
        if "abbr_ambiguous" in row:
            amb[row["abbr_ambiguous"]] = tuple(row["candidates"])
    data = yaml.safe_load(resources.files("kg").joinpath("data/patterns/pair_forms.yaml").read_text(encoding="utf-8"))
    chars = "".join(sorted(set("".join(abbr)) | set(amb)))
    alt = lambda ws: "|".join(map(re.escape, sorted(ws, key=len, reverse=True)))  # noqa: E731
    rx = re.compile(rf"(?P<one>[{chars}])(?:{alt(data['side_suffixes'])})|(?P<run>[{chars}]{{2,4}})(?:{alt(data['span_suffixes'])})?")
    return abbr, amb, rx


def expand_side_forms(article: Article, gaz: Gazetteer) -> list[Mention]:
    """Replace each unlinked mention (NER or pattern) whose whole text is a side form (吉方,
    索政府, 韩防长) or a pair form, bare or with a suffix (韩美, 韩日间, 阿中峰; a bare one
    tagged a person only when the article names each of its countries: 塞西 is Sisi), by mentions
    (``source="group"``, ``pair=True``, the same span) of the countries it stands for; an
    ambiguous abbreviation (巴, 伊) stands for the one of its candidates the article names by
    a gazetteer mention, else for nothing. Returns the mentions added."""
    abbr, amb, rx = _side_data()
    # what the article names: an ambiguous abbreviation resolves only when one of its senses is here
    # (阿: Algeria, Argentina or the Arab states)
    named = {m.gazetteer_id for m in article.mentions if m.source == "gazetteer"}
    lang = article.language if article.language in ("zh-Hans", "zh-Hant") else "zh-Hans"
    added: list[Mention] = []
    kept: list[Mention] = []
    for m in article.mentions:
        hit = rx.fullmatch(m.folded) if m.source in ("ner", "pattern") and not m.gazetteer_id else None
        if hit is not None and m.type == "Person" and hit.group("run") == m.folded and \
                not all(_resolve(ch, abbr, amb, named) in named for ch in m.folded):
            hit = None   # 塞西, 哈马德: a person's name, unless each character's country is named (韩美)
        if hit is None:
            kept.append(m)
            continue
        for ch in hit.group("one") or hit.group("run"):
            cid = _resolve(ch, abbr, amb, named)
            if cid and cid in gaz.records and gaz.records[cid].type == "Country" and not any(a.gazetteer_id == cid and a.start == m.start
                                                      and a.paragraph == m.paragraph for a in added):
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
