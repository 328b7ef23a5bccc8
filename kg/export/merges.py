"""``kg build --explain-merges FILE``: why the tellings of each event became one node.

The file is JSON (UTF-8, keys sorted, written atomically)::

    {"events": [
      {"event": "https://w3id.org/newskg/id/event/2023-…", "label": "…", "type": "Summit",
       "tellings": [
         {"article": "<article id>", "file": "…", "headline": "…",
          "reason": "first telling" | "the names nest and the places agree" | …,
          "sentences": ["<quote of each sentence that tells it, from the source file>", …]},
         …]},
      …]}

Only events told by two or more articles are listed (an event told once was
not merged with anything); ``reason`` is :func:`kg.resolve.compatible.compatible`'s
reason for joining the cluster, in the order the articles were resolved (by id).
"""
from __future__ import annotations

import json
from pathlib import Path

from kg.export.atomic import write_atomic

MAX_SENTENCES = 3  # quotes per telling, in text order


def explanations(result, iri_of) -> dict:
    """The explanation document of a :class:`kg.pipeline.BuildResult`;
    ``iri_of(event key)`` gives the event's IRI."""
    arts = {a.id: a for a in result.articles}
    out = []
    for key, ev in sorted(result.events.items()):
        if len(ev.members) < 2:
            continue
        tellings = []
        for member, reason in zip(ev.members, ev.reasons or ["first telling"] * len(ev.members)):
            art = arts.get(member.article)
            quotes = []
            for par, s, t in sorted(set(member.spans))[:MAX_SENTENCES]:
                if art is not None:
                    quotes.append(art.paragraphs[par].text[s:t])   # the sentence as text, no markup
            tellings.append({"article": member.article, "file": art.path if art else None,
                             "headline": art.title if art else None, "reason": reason, "sentences": quotes})
        label = max((lab for c in ev.labels.values() for lab in c), key=lambda s: (len(s), s), default=key)
        out.append({"event": str(iri_of(key)), "label": label, "type": ev.type, "tellings": tellings})
    return {"events": out}


def write_merges(result, iri_of, path: Path | str) -> None:
    """Write :func:`explanations` to ``path`` atomically.

    Raises:
        OSError: the file cannot be written (nothing is left half-written).
    """
    text = json.dumps(explanations(result, iri_of), ensure_ascii=False, indent=1, sort_keys=True)
    write_atomic(Path(path), text + "\n")
