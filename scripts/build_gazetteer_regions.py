"""Write kg/data/gazetteer/regions.jsonl: world regions and some of China's divisions.

Source: a hand table of continents, UN-geoscheme-style world regions and
common Chinese names for them (zh-Hans); zh-Hant forms are derived with
OpenCC s2t. Wikidata QIDs only where certain (others omitted).
Output: one JSON object per line, sorted by id, keys sorted, UTF-8:
``{"id", "type": "Place", "kind", "qid"?, "names": {"en", "zh-Hans", "zh-Hant"}}``.

``kind`` is ``region`` for a supranational region (a continent or a group of
countries, which stands for its member countries and is never an event's
place) and ``division`` for a first-level administrative division of a
country (Hong Kong, Macau, Xinjiang, Tibet: places like any city).
Run: ``python scripts/build_gazetteer_regions.py``.
"""
from __future__ import annotations

import json
from pathlib import Path

import opencc

ROWS = [
    ("europe", "Q46", ["Europe"], ["欧洲", "欧罗巴"]),
    ("asia", "Q48", ["Asia"], ["亚洲"]),
    ("africa", "Q15", ["Africa"], ["非洲"]),
    ("north-america", "Q49", ["North America"], ["北美洲", "北美"]),
    ("south-america", "Q18", ["South America"], ["南美洲", "南美"]),
    ("antarctica", "Q51", ["Antarctica"], ["南极洲"]),
    ("latin-america", "Q12585", ["Latin America"], ["拉丁美洲", "拉美"]),
    ("oceania", None, ["Oceania"], ["大洋洲"]),
    ("central-asia", "Q27275", ["Central Asia"], ["中亚", "中亚地区"]),
    ("east-asia", "Q27231", ["East Asia"], ["东亚", "东亚地区"]),
    ("southeast-asia", "Q11708", ["Southeast Asia"], ["东南亚", "东南亚地区"]),
    ("south-asia", None, ["South Asia"], ["南亚", "南亚地区"]),
    ("west-asia", None, ["Western Asia"], ["西亚"]),
    ("middle-east", "Q7204", ["Middle East"], ["中东", "中东地区"]),
    ("arab-world", "Q12518", ["Arab world", "Arab states"], ["阿拉伯国家", "阿拉伯世界", "阿拉伯地区"]),
    ("arctic", "Q25322", ["Arctic"], ["北极", "北极地区"]),
    ("caucasus", None, ["Caucasus"], ["高加索", "高加索地区"]),
    ("balkans", None, ["Balkans"], ["巴尔干", "巴尔干半岛"]),
    ("eastern-europe", None, ["Eastern Europe"], ["东欧"]),
    ("western-europe", None, ["Western Europe"], ["西欧"]),
    ("central-and-eastern-europe", None, ["Central and Eastern Europe"], ["中东欧"]),
    ("asia-pacific", None, ["Asia-Pacific"], ["亚太", "亚太地区"]),
    ("indo-pacific", None, ["Indo-Pacific"], ["印太", "印太地区", "印度洋-太平洋地区", "印度洋—太平洋地区",
                                              "印度太平洋地区"]),
    ("hong-kong", "Q8646", ["Hong Kong"], ["香港", "香港特区", "香港特别行政区"]),
    ("macau", "Q14773", ["Macau", "Macao"], ["澳门", "澳门特区", "澳门特别行政区"]),
    ("xinjiang", "Q34800", ["Xinjiang"], ["新疆", "新疆维吾尔自治区"]),
    ("tibet", None, ["Tibet"], ["西藏", "西藏自治区"]),
]


# First-level administrative divisions of a country; every other row is a region.
DIVISIONS = frozenset({"hong-kong", "macau", "xinjiang", "tibet"})


def main(out: Path = Path(__file__).resolve().parents[1] / "kg/data/gazetteer/regions.jsonl") -> None:
    s2t = opencc.OpenCC("s2t").convert
    lines = []
    for rid, qid, en, hans in sorted(ROWS):
        rec = {"id": rid, "type": "Place", "kind": "division" if rid in DIVISIONS else "region",
               "names": {"en": en, "zh-Hans": hans, "zh-Hant": [s2t(h) for h in hans]}}
        if qid:
            rec["qid"] = qid
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=True))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
