"""Write kg/data/relations/members.jsonl: which sovereign states make up a region or bloc.

Used to expand group expressions (中亚五国, 七国集团领导人, 东盟国家) into the
countries they stand for. Sources: UN M49 standard country or area codes
(geographic regions: Central Asia, South-eastern Asia, …) and each bloc's own
published member list as of 2025 (G7, G20, BRICS, SCO, ASEAN, EU, NATO, GCC,
CSTO, EAEU, AUKUS). Country ids are those of countries.jsonl; the script
fails if one is unknown.
Output: one JSON object per line, sorted by id: ``{"id", "members": [...], "source"}``.
Run: ``python scripts/build_gazetteer_members.py``.
"""
from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "kg" / "data" / "gazetteer"

ROWS = {
    "central-asia": ("UN M49 region 143 Central Asia",
                     "kazakhstan kyrgyzstan tajikistan turkmenistan uzbekistan"),
    "southeast-asia": ("UN M49 region 035 South-eastern Asia",
                       "brunei cambodia indonesia laos malaysia myanmar philippines singapore thailand timor-leste vietnam"),
    "arab-world": ("the 22 member states of the League of Arab States (Arab League), 2025",
                   "algeria bahrain comoros djibouti egypt iraq jordan kuwait lebanon libya mauritania morocco "
                   "oman palestine qatar saudi-arabia somalia sudan syria tunisia united-arab-emirates yemen"),
    "caucasus": ("UN M49 Western Asia members of the South Caucasus", "armenia azerbaijan georgia"),
    "group-of-seven": ("G7 members", "canada france germany italy japan united-kingdom united-states"),
    "group-of-twenty": ("G20 member states (the EU and the African Union are members too, not states)",
                        "argentina australia brazil canada china france germany india indonesia italy japan "
                        "mexico russia saudi-arabia south-africa south-korea turkey united-kingdom united-states"),
    "brics": ("BRICS members, 2025", "brazil russia india china south-africa egypt ethiopia iran "
              "united-arab-emirates indonesia"),
    "shanghai-cooperation-organisation": ("SCO member states, 2024", "china russia kazakhstan kyrgyzstan "
                                          "tajikistan uzbekistan india pakistan iran belarus"),
    "association-of-southeast-asian-nations": ("ASEAN member states, 2025", "brunei cambodia indonesia laos "
                                               "malaysia myanmar philippines singapore thailand vietnam timor-leste"),
    "european-union": ("EU member states, 2025", "austria belgium bulgaria croatia cyprus czech-republic denmark "
                       "estonia finland france germany greece hungary ireland italy latvia lithuania luxembourg "
                       "malta netherlands poland portugal romania slovakia slovenia spain sweden"),
    "north-atlantic-treaty-organization": ("NATO member states, 2024", "albania belgium bulgaria canada croatia "
                                           "czech-republic denmark estonia finland france germany greece hungary "
                                           "iceland italy latvia lithuania luxembourg montenegro netherlands "
                                           "north-macedonia norway poland portugal romania slovakia slovenia spain "
                                           "sweden turkey united-kingdom united-states"),
    "gulf-cooperation-council": ("GCC member states", "bahrain kuwait oman qatar saudi-arabia united-arab-emirates"),
    "collective-security-treaty-organization": ("CSTO member states", "armenia belarus kazakhstan kyrgyzstan russia tajikistan"),
    "eurasian-economic-union": ("EAEU member states", "armenia belarus kazakhstan kyrgyzstan russia"),
    "aukus": ("AUKUS parties", "australia united-kingdom united-states"),
}


def main() -> None:
    countries = {json.loads(line)["id"] for line in (DATA / "countries.jsonl").open(encoding="utf-8")}
    groups = set()
    for name in ("regions.jsonl", "organizations.jsonl"):
        groups |= {json.loads(line)["id"] for line in (DATA / name).open(encoding="utf-8")}
    lines = []
    for gid in sorted(ROWS):
        source, members = ROWS[gid]
        members = sorted(members.split())
        unknown = [m for m in members if m not in countries]
        if unknown or gid not in groups:
            raise SystemExit(f"unknown ids for {gid}: {unknown or gid}")
        lines.append(json.dumps({"id": gid, "members": members, "source": source}, ensure_ascii=False, sort_keys=True))
    (DATA.parent / "relations" / "members.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
