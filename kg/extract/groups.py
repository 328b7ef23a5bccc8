"""Group expressions: 中亚五国, 中亞各國領袖, 东盟国家, 欧盟成员国 → the member countries.

A region or bloc mention (one with a member list in
``kg/data/relations/members.jsonl``) followed by a country word (五国, 各国,
国家, 成员国; for regions also 领导人/元首/领袖) stands for its member states.
A stated number must equal the member count (中亚五国: 5), else nothing is
expanded. Each member becomes a ``Mention`` with ``source="group"``, the
country's preferred name in the article's script as text, and the span of the
whole group expression.
"""
from __future__ import annotations

import re

from kg.extract.gazetteer import Gazetteer
from kg.extract.patterns import group_members
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
    members = group_members()
    added: list[Mention] = []
    lang = article.language if article.language in ("zh-Hans", "zh-Hant") else "zh-Hans"
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
        if any(o.paragraph == m.paragraph and o.start == end and o.type == "Country" for o in article.mentions):
            continue  # 中亚国家哈萨克斯坦: an apposition, not a group
        for cid in ids:
            crec = gaz.records[cid]
            surface = crec.label(lang) or crec.label("zh-Hans")
            mention = Mention(surface, fold(surface), "Country", m.paragraph, m.start, end, "group", cid)
            added.append(mention)
    article.mentions.extend(added)
    return added
