"""Posts: one node per (country or organisation, canonical title), held by people.

A post's key is ``post:<organisation key>|<canonical title>`` (外长 and 外交部长
share one). Its labels are the titles as written (both scripts) and, as
alternative labels, the title with the organisation's name (哈萨克斯坦总统).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kg.model import Statement
from kg.text import s2t, t2s


@dataclass
class Post:
    """A position: ``org`` entity key, canonical ``title`` (simplified), labels by
    language tag, ``holders`` (person keys, sorted) and evidence statements."""

    key: str
    org: str
    title: str
    labels: dict = field(default_factory=dict)
    holders: list = field(default_factory=list)
    statements: list = field(default_factory=list)


def resolve_posts(found: list[tuple[str, str, str, str, str, tuple[int, int, int]]], entities: dict) -> dict[str, Post]:
    """Build posts from ``(article id, person key, org key, canonical title, title as written, span)``
    tuples, span being ``(paragraph, sentence start, sentence end)``."""
    posts: dict[str, Post] = {}
    for art, person, org, canon, written, span in sorted(found):
        if org not in entities or person not in entities or entities[person].type != "Person":
            continue
        key = f"post:{org}|{canon}"
        post = posts.get(key)
        if post is None:
            post = posts[key] = Post(key, org, canon, {"zh-Hans": Counter(), "zh-Hant": Counter()})
            post.labels["zh-Hans"][canon] += 1
            post.labels["zh-Hant"][s2t(canon)] += 0
            ent = entities[org]
            for lang in ("zh-Hans", "zh-Hant"):
                name = ent.preferred.get(lang)
                if name:
                    full = name + (canon if lang == "zh-Hans" else s2t(canon))
                    post.labels.setdefault("alt-" + lang, Counter())[full] += 0
        lang = "zh-Hant" if t2s(written) != written else "zh-Hans"
        post.labels.setdefault("alt-" + lang, Counter())[written] += 0
        if person not in post.holders:
            post.holders.append(person)
        post.statements.append(Statement(person, "holds", key, art, *span))
    for post in posts.values():
        post.holders.sort()
        post.statements = sorted(set(post.statements), key=lambda s: (s.subject, s.article, s.paragraph, s.start))
    return dict(sorted(posts.items()))
