"""Word lists the extractors share: organisation and outlet heads, titles, filters.

These are properties of the Chinese language and of how news names things
(an organisation's name ends in 大学/委员会/研究所…, an outlet's in 通讯社/
电视台/日报…), not of any article.
"""
from __future__ import annotations

import re

# The word lists are data: kg/data/patterns/name_heads.yaml (heads of organisation, outlet, venue
# and place names, titles, place contexts, filters) and kg/data/patterns/span_repair.yaml (compass
# parts, repeated heads, 上/下 regions, storm words, zone heads, party word, 对华, joining verbs,
# preposition starts, group words, route sections), each with what it does and examples.
def _lists(name: str) -> dict:
    """``{entry: value}`` of ``kg/data/patterns/<name>``: a tuple of ``words``, a ``chars``
    string, or a compiled ``pattern``."""
    from importlib import resources

    import yaml

    text = resources.files("kg").joinpath(f"data/patterns/{name}").read_text(encoding="utf-8")
    out = {}
    for key, entry in yaml.safe_load(text).items():
        if "pattern" in entry:
            out[key] = re.compile(entry["pattern"])
        elif "chars" in entry:
            out[key] = entry["chars"]
        else:
            out[key] = tuple(entry["words"])
    return out


_NH = _lists("name_heads.yaml")
ORG_HEADS = _NH["org_heads"]
PARENT_HEADS = _NH["parent_heads"]
OUTLET_HEADS = _NH["outlet_heads"]
TITLE_WORDS = _NH["title_words"]
VENUE_HEADS = _NH["venue_heads"]
PLACE_HEADS = _NH["place_heads"]
PLACE_BEFORE = _NH["place_before"]
PLACE_AFTER = _NH["place_after"]
PLACE_AFTER_NOT = _NH["place_after_not"]
PLACE_LIST_END = _NH["place_list_end"]
LIST_JOINERS = _NH["list_joiners"]
PLACE_HOLD_AFTER = _NH["place_hold_after"]
COUNTRY_OUTLET_HEADS = _NH["country_outlet_heads"]
COUNTRY_VENUE_HEADS = _NH["country_venue_heads"]
NAME_VENUE_HEADS = _NH["name_venue_heads"]
MISSION_HEADS = _NH["mission_heads"]
COUNTRY_ORG_HEADS = _NH["country_org_heads"]
ORG_NAME_STOP = set(_NH["org_name_stop"])
VESSEL_HEAD = _NH["vessel_head"][0]
COUNTRY_ABBREVIATIONS = set(_NH["country_abbreviations"])
COUNT_PREFIX = _NH["count_prefix"]
CONJUNCTIONS = _NH["conjunctions"]
# typography, not language: what is stripped from the ends of a span
STRIP_CHARS = "▶►▷●○◆◇■□★☆•·‧・-—–_「」『』“”\"'《》〈〉（）()[]【】<>:：,，。;；、!！?？ \u3000"

_SR = _lists("span_repair.yaml")
DIRECTION_PARTS = _SR["direction_parts"]
REPEATED_HEADS = "".join(_SR["repeated_heads"])
REGION_PREFIXES = "".join(_SR["region_prefixes"])
REGION_PREFIX_AFTER = "".join(_SR["region_prefix_after"])
REGION_HEADS = _SR["region_heads"]
STORM_WORDS = _SR["storm_words"]
ZONE_HEADS = _SR["zone_heads"]
PARTY_HEAD = _SR["party_head"][0]
TOWARDS_CHINA = _SR["towards_china"][0]
ORG_JOINERS = _SR["org_joiners"]
JOINED_LEFT_HEADS = _SR["joined_left_heads"]
PREPOSITION_STARTS = "".join(_SR["preposition_starts"])
GROUP_WORDS = _SR["group_words"]
ROUTE_SECTION = _SR["route_section"][0]


def ends_with(text: str, heads) -> str | None:
    """The longest of ``heads`` that ``text`` ends with, or None."""
    best = None
    for h in heads:
        if text.endswith(h) and len(text) > len(h) and (best is None or len(h) > len(best)):
            best = h
    return best
