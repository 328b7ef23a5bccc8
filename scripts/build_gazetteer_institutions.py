#!/usr/bin/env python3
"""Build the INSTITUTION part of the entity gazetteer: national armed forces, legislatures
and central banks.

Run from the repository root (deterministic: same table, same bytes out)::

    python scripts/build_gazetteer_institutions.py [--check]

What an institution is here
---------------------------
A national state body that news names as an actor: the armed forces of a country
and their services, commands and forces stationed abroad (美军, 日本航空自卫队, 驻韩美军);
national parliaments and their chambers (日本国会, 德国联邦议院, 英国下议院); central banks
and monetary authorities (美联储, 日本央行, 香港金管局). Scope: the G20 members and the
countries that Chinese diplomacy and world news names most (Ukraine, Israel, Iran, the
Koreas, Central Asia, South-East Asia). Bodies already in ``organizations.jsonl`` are not
repeated here (中国人民解放军, 美国国会 and its two chambers, 俄罗斯国家杜马, 欧洲议会,
欧洲央行).

Data sources
------------
* **The hand-curated table below** (``INSTITUTIONS``): id, kind, country, English names
  (the official name from the institution's own site and the English Wikipedia list
  articles "List of legislatures by country", "List of central banks", "List of
  militaries by country"), simplified-Chinese names (the Xinhua / CCTV form first, then
  the short forms Chinese copy uses: 美联储, 日本央行, 俄军), and, where certain, the
  Wikidata QID.
* **Traditional-script names** are derived with OpenCC ``s2t`` (official ``opencc``
  binding), normalised as in ``build_gazetteer_outlets.py`` (台, 里, 群/眾), after the
  Taiwan / Hong Kong forms that OpenCC cannot derive, listed in the table (聯準會,
  聯儲局, 英倫銀行, 南韓國會).
* **QIDs** only where checked against an independent Wikidata-derived register: the
  central banks from a Wikidata SPARQL harvest of "instance of central bank" (Q66344)
  per country that pairs each QID with the bank's English label (public research code);
  the Bundestag from Wikidata-derived entity tables. Everything else is left out on
  purpose: a wrong ID is worse than none.

Record format (``kg/data/gazetteer/institutions.jsonl``, one JSON object a line,
``ensure_ascii=False``, keys sorted, lines sorted by id)::

    {"country": "united-states", "id": "federal-reserve", "kind": "central_bank",
     "names": {"en": ["Federal Reserve", "Federal Reserve System", ...],
               "zh-Hans": ["美国联邦储备委员会", "美联储", ...],
               "zh-Hant": ["美國聯邦儲備委員會", "聯準會", ...]},
     "qid": "Q53536", "type": "Organization"}

``kind`` is one of armed_forces (a country's military as a whole), military_branch (a
service: navy, air force, 航空自卫队), military_command (a command or a force stationed
abroad: 印太司令部, 驻韩美军, 东部战区), legislature, legislative_chamber, central_bank,
monetary_authority. ``country`` is the slug of ``countries.jsonl``; the Hong Kong
Monetary Authority carries ``"country": "china"`` and ``"region": "hong-kong"``.

Name policy
-----------
The matcher is leftmost-longest over folded text, so every Chinese name must denote
one institution wherever it stands:

* no bare generic words: 国会, 议会, 参议院, 众议院, 下议院, 国民议会, 联邦委员会,
  央行, 军方, 军队, 海军, 空军, 陆军, 中央司令部, 金管局 are never names; chambers and
  parliaments carry their country (美国参议院, 日本众议院). Bare names that only one
  institution has are kept: 美联储, 联储局, 自卫队, 航空自卫队, 革命卫队, 联邦议院,
  最高拉达, 大国民议会, 国家大呼拉尔, 印太司令部.
* one-character country abbreviations + 军 are kept where the pair names the
  country's military (美军, 乌军, 以军, 英军, 法军, 印军; the segmenter drops a
  match that cuts a word, as in 中美/军事 or 对台/军售), and left out where it is
  ambiguous or historical: 日军 (the Imperial Japanese Army of the war years, not the
  Self-Defense Forces), 德军 (the Wehrmacht), 苏军, 韩军 (北韩军方, 美韩军演), 台军
  (对台军售), 巴军 (古巴军队; Pakistan or Palestine), 土军.
* 俄军 is left out for now: whether the armies of a war report (俄军 打击 乌军…) are
  entities of their own is not settled (the dev bulletin gold does not count them), and
  俄军 is the one that would add a node there; 乌军 is kept, the NER finds it anyway.
* "X银行" forms that are also an ordinary phrase ("Japanese bank(s)") are left out:
  日本银行, 韩国银行, 加拿大银行, 意大利银行, 印尼银行, 以色列银行; so are 日银 (28日银行股)
  and 日央行 (11日央行宣布), and 巴基斯坦国家银行 (also the commercial National Bank of
  Pakistan). The central bank keeps its 央行 / 中央银行 forms.
* 中国人民银行 and 人民银行 are not (yet) names of the People's Bank of China, which keeps
  中国央行: the bank's own units are organisations of their own (中国人民银行金融研究所,
  人民银行上海总部) that the NER finds whole, and the entity stage drops an NER
  organisation that contains a gazetteer organisation, so the unit and its posts
  (…研究所所长) would be lost.
* 联邦参议院 (German Bundesrat and Brazil's Federal Senate) and 联邦储备银行 (any of the
  twelve regional Reserve Banks) are not names; 德国国防军 / 德国军队 (also the Wehrmacht)
  are not names of the Bundeswehr.

Checks (exit status 1 if one fails): ids unique and slug-shaped, kind and country
valid, no single-character name, no name in the generic-word list, no Chinese name
shared by two records after folding (NFKC + OpenCC ``t2s``, as the matcher does)
within this file or with another gazetteer file, no Latin name shared likewise, no QID
used twice or already used by another file.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import opencc

sys.path.insert(0, str(Path(__file__).resolve().parent))
import place_gazetteer  # noqa: E402
from place_gazetteer import fold, is_latin, key, other_records, render  # noqa: E402,F401

ROOT = Path(__file__).resolve().parents[1]
GAZ = ROOT / "kg" / "data" / "gazetteer"
OUTPUT = GAZ / "institutions.jsonl"

KINDS = ("armed_forces", "military_branch", "military_command", "legislature",
         "legislative_chamber", "central_bank", "monetary_authority")
REGIONS = ("hong-kong", "macau")

# Names that must never be an alias on their own (generic words).
GENERIC = {
    "国会", "议会", "参议院", "众议院", "上议院", "下议院", "上院", "下院", "国民议会",
    "联邦议会", "联邦委员会", "联邦参议院", "人民院", "联邦院", "协商会议", "最高会议",
    "央行", "中央银行", "储备银行", "国家银行", "联邦储备银行", "金管局", "金融管理局",
    "军方", "军队", "武装部队", "武装力量", "国防军", "海军", "空军", "陆军", "太空军",
    "海军陆战队", "司令部", "中央司令部", "战区", "日军", "德军", "苏军", "韩军", "台军",
    "巴军", "土军", "日银", "日央行",
}


def I(id, kind, country, en, hans, hant=(), qid=None, region=None):
    """One institution row of the hand table.

    ``hant`` lists Taiwan / Hong Kong forms that OpenCC cannot derive; they follow the
    derived preferred label.
    """
    return dict(id=id, kind=kind, country=country, en=list(en), hans=list(hans),
                hant=list(hant), qid=qid, region=region)


INSTITUTIONS = [
    # ------------------------------------------------------------------
    # Armed forces: United States
    # ------------------------------------------------------------------
    I("united-states-armed-forces", "armed_forces", "united-states",
      ["United States Armed Forces", "U.S. Armed Forces", "US Armed Forces", "U.S. military",
       "US military"],
      ["美国武装部队", "美军", "美国军队", "美国军方"]),
    I("united-states-army", "military_branch", "united-states",
      ["United States Army", "U.S. Army", "US Army"], ["美国陆军", "美陆军"]),
    I("united-states-navy", "military_branch", "united-states",
      ["United States Navy", "U.S. Navy", "US Navy"], ["美国海军", "美海军"]),
    I("united-states-air-force", "military_branch", "united-states",
      ["United States Air Force", "U.S. Air Force", "US Air Force", "USAF"],
      ["美国空军", "美空军", "美军空军"]),
    I("united-states-marine-corps", "military_branch", "united-states",
      ["United States Marine Corps", "U.S. Marine Corps", "USMC"],
      ["美国海军陆战队", "美海军陆战队"]),
    I("united-states-space-force", "military_branch", "united-states",
      ["United States Space Force", "U.S. Space Force"], ["美国太空军", "美太空军"]),
    I("united-states-coast-guard", "military_branch", "united-states",
      ["United States Coast Guard", "U.S. Coast Guard"], ["美国海岸警卫队", "美海岸警卫队"]),
    I("united-states-indo-pacific-command", "military_command", "united-states",
      ["United States Indo-Pacific Command", "INDOPACOM", "U.S. Indo-Pacific Command",
       "United States Pacific Command"],
      ["美国印太司令部", "美军印太司令部", "印太司令部", "美国印度洋-太平洋司令部",
       "美国太平洋司令部", "美军太平洋司令部"]),
    I("united-states-central-command", "military_command", "united-states",
      ["United States Central Command", "CENTCOM", "U.S. Central Command"],
      ["美国中央司令部", "美军中央司令部"]),
    I("united-states-forces-korea", "military_command", "united-states",
      ["United States Forces Korea", "USFK"], ["驻韩美军"]),
    I("united-states-forces-japan", "military_command", "united-states",
      ["United States Forces Japan", "USFJ"], ["驻日美军"]),

    # ------------------------------------------------------------------
    # Armed forces: China (the PLA itself is in organizations.jsonl)
    # ------------------------------------------------------------------
    I("peoples-liberation-army-navy", "military_branch", "china",
      ["People's Liberation Army Navy", "PLA Navy", "PLAN"],
      ["中国人民解放军海军", "解放军海军"]),
    I("peoples-liberation-army-air-force", "military_branch", "china",
      ["People's Liberation Army Air Force", "PLA Air Force", "PLAAF"],
      ["中国人民解放军空军", "解放军空军"]),
    I("peoples-liberation-army-ground-force", "military_branch", "china",
      ["People's Liberation Army Ground Force", "PLA Ground Force"],
      ["中国人民解放军陆军", "解放军陆军"]),
    I("peoples-liberation-army-rocket-force", "military_branch", "china",
      ["People's Liberation Army Rocket Force", "PLA Rocket Force", "PLARF"],
      ["中国人民解放军火箭军", "解放军火箭军"]),
    I("peoples-armed-police", "military_branch", "china",
      ["People's Armed Police", "Chinese People's Armed Police Force"],
      ["中国人民武装警察部队", "武警部队"]),
    I("eastern-theater-command", "military_command", "china",
      ["Eastern Theater Command", "PLA Eastern Theater Command"],
      ["中国人民解放军东部战区", "解放军东部战区", "东部战区"]),
    I("southern-theater-command", "military_command", "china",
      ["Southern Theater Command", "PLA Southern Theater Command"],
      ["中国人民解放军南部战区", "解放军南部战区", "南部战区"]),
    I("western-theater-command", "military_command", "china",
      ["Western Theater Command", "PLA Western Theater Command"],
      ["中国人民解放军西部战区", "解放军西部战区", "西部战区"]),
    I("northern-theater-command", "military_command", "china",
      ["Northern Theater Command", "PLA Northern Theater Command"],
      ["中国人民解放军北部战区", "解放军北部战区", "北部战区"]),
    I("central-theater-command", "military_command", "china",
      ["Central Theater Command", "PLA Central Theater Command"],
      ["中国人民解放军中部战区", "解放军中部战区", "中部战区"]),

    # ------------------------------------------------------------------
    # Armed forces: Japan, the Koreas
    # ------------------------------------------------------------------
    I("japan-self-defense-forces", "armed_forces", "japan",
      ["Japan Self-Defense Forces", "JSDF", "Japan Self-Defence Forces"],
      ["日本自卫队", "自卫队"]),
    I("japan-ground-self-defense-force", "military_branch", "japan",
      ["Japan Ground Self-Defense Force", "JGSDF"], ["日本陆上自卫队", "陆上自卫队"]),
    I("japan-maritime-self-defense-force", "military_branch", "japan",
      ["Japan Maritime Self-Defense Force", "JMSDF"], ["日本海上自卫队", "海上自卫队"]),
    I("japan-air-self-defense-force", "military_branch", "japan",
      ["Japan Air Self-Defense Force", "JASDF"], ["日本航空自卫队", "航空自卫队"]),
    I("republic-of-korea-armed-forces", "armed_forces", "south-korea",
      ["Republic of Korea Armed Forces", "ROK Armed Forces", "South Korean military"],
      ["韩国武装部队", "韩国军队", "韩国军方", "大韩民国国军", "韩国国军"],
      hant=["南韓軍方", "南韓軍隊"]),
    I("korean-peoples-army", "armed_forces", "north-korea",
      ["Korean People's Army", "KPA"], ["朝鲜人民军", "朝鲜军队", "朝鲜军方"],
      hant=["北韓軍方", "北韓軍隊"]),

    # ------------------------------------------------------------------
    # Armed forces: Russia, Ukraine, Europe
    # ------------------------------------------------------------------
    I("russian-armed-forces", "armed_forces", "russia",
      ["Armed Forces of the Russian Federation", "Russian Armed Forces"],
      ["俄罗斯联邦武装力量", "俄罗斯武装力量", "俄罗斯军队", "俄罗斯军方"]),
    I("russian-navy", "military_branch", "russia", ["Russian Navy"], ["俄罗斯海军", "俄海军"]),
    I("russian-aerospace-forces", "military_branch", "russia",
      ["Russian Aerospace Forces", "VKS"], ["俄罗斯空天军", "俄空天军"]),
    I("armed-forces-of-ukraine", "armed_forces", "ukraine",
      ["Armed Forces of Ukraine", "Ukrainian Armed Forces"],
      ["乌克兰武装部队", "乌克兰武装力量", "乌军", "乌克兰军队", "乌克兰军方"]),
    I("british-armed-forces", "armed_forces", "united-kingdom",
      ["British Armed Forces", "UK Armed Forces"],
      ["英国武装部队", "英军", "英国军队", "英国军方"]),
    I("royal-navy", "military_branch", "united-kingdom", ["Royal Navy"], ["英国皇家海军"]),
    I("royal-air-force", "military_branch", "united-kingdom", ["Royal Air Force", "RAF"],
      ["英国皇家空军"]),
    I("british-army", "military_branch", "united-kingdom", ["British Army"], ["英国陆军"]),
    I("french-armed-forces", "armed_forces", "france",
      ["French Armed Forces", "Armées françaises"], ["法国武装部队", "法军", "法国军队", "法国军方"]),
    I("bundeswehr", "armed_forces", "germany", ["Bundeswehr", "German Armed Forces"],
      ["德国联邦国防军", "联邦国防军"]),
    I("italian-armed-forces", "armed_forces", "italy", ["Italian Armed Forces"],
      ["意大利武装部队", "意大利军队"]),
    I("turkish-armed-forces", "armed_forces", "turkey", ["Turkish Armed Forces"],
      ["土耳其武装部队", "土耳其军队", "土耳其军方"]),

    # ------------------------------------------------------------------
    # Armed forces: Middle East, South Asia, other G20
    # ------------------------------------------------------------------
    I("israel-defense-forces", "armed_forces", "israel", ["Israel Defense Forces", "IDF"],
      ["以色列国防军", "以军", "以色列军队", "以色列军方"]),
    I("islamic-revolutionary-guard-corps", "armed_forces", "iran",
      ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards"],
      ["伊斯兰革命卫队", "伊朗伊斯兰革命卫队", "伊朗革命卫队", "革命卫队"]),
    I("islamic-republic-of-iran-armed-forces", "armed_forces", "iran",
      ["Islamic Republic of Iran Armed Forces", "Iranian Armed Forces"],
      ["伊朗武装部队", "伊朗军队", "伊朗军方"]),
    I("indian-armed-forces", "armed_forces", "india", ["Indian Armed Forces"],
      ["印度武装部队", "印军", "印度军队", "印度军方"]),
    I("indian-army", "military_branch", "india", ["Indian Army"], ["印度陆军"]),
    I("indian-navy", "military_branch", "india", ["Indian Navy"], ["印度海军"]),
    I("indian-air-force", "military_branch", "india", ["Indian Air Force"], ["印度空军"]),
    I("pakistan-armed-forces", "armed_forces", "pakistan", ["Pakistan Armed Forces"],
      ["巴基斯坦武装部队", "巴基斯坦军队", "巴基斯坦军方"]),
    I("tatmadaw", "armed_forces", "myanmar", ["Tatmadaw", "Myanmar Armed Forces"],
      ["缅甸国防军", "缅军", "缅甸军方"]),
    I("vietnam-peoples-army", "armed_forces", "vietnam", ["Vietnam People's Army"],
      ["越南人民军"]),
    I("armed-forces-of-the-philippines", "armed_forces", "philippines",
      ["Armed Forces of the Philippines"], ["菲律宾武装部队", "菲律宾军队", "菲律宾军方"]),
    I("indonesian-national-armed-forces", "armed_forces", "indonesia",
      ["Indonesian National Armed Forces", "Tentara Nasional Indonesia"],
      ["印度尼西亚国民军", "印尼国民军"]),
    I("australian-defence-force", "armed_forces", "australia", ["Australian Defence Force"],
      ["澳大利亚国防军", "澳大利亚军队"]),
    I("canadian-armed-forces", "armed_forces", "canada", ["Canadian Armed Forces"],
      ["加拿大武装部队", "加拿大军队"]),
    I("brazilian-armed-forces", "armed_forces", "brazil", ["Brazilian Armed Forces"],
      ["巴西武装部队", "巴西军队"]),
    I("south-african-national-defence-force", "armed_forces", "south-africa",
      ["South African National Defence Force", "SANDF"], ["南非国防军"]),
    I("saudi-arabian-armed-forces", "armed_forces", "saudi-arabia",
      ["Saudi Arabian Armed Forces"], ["沙特武装部队", "沙特阿拉伯武装部队"]),

    # ------------------------------------------------------------------
    # Legislatures (US Congress and chambers, State Duma, NPC, European Parliament:
    # organizations.jsonl)
    # ------------------------------------------------------------------
    I("national-diet", "legislature", "japan", ["National Diet", "National Diet of Japan"],
      ["日本国会"]),
    I("house-of-representatives-japan", "legislative_chamber", "japan",
      ["House of Representatives of Japan"], ["日本众议院", "日本国会众议院"]),
    I("house-of-councillors", "legislative_chamber", "japan",
      ["House of Councillors", "House of Councillors of Japan"], ["日本参议院", "日本国会参议院"]),
    I("parliament-of-the-united-kingdom", "legislature", "united-kingdom",
      ["Parliament of the United Kingdom", "UK Parliament", "British Parliament"],
      ["英国议会", "英国国会"]),
    I("house-of-commons-of-the-united-kingdom", "legislative_chamber", "united-kingdom",
      ["House of Commons of the United Kingdom", "UK House of Commons"],
      ["英国下议院", "英国议会下院", "英国下院", "英国国会下议院"]),
    I("house-of-lords", "legislative_chamber", "united-kingdom", ["House of Lords"],
      ["英国上议院", "英国议会上院", "英国上院", "英国国会上议院"]),
    I("federal-assembly-of-russia", "legislature", "russia",
      ["Federal Assembly of Russia", "Federal Assembly of the Russian Federation"],
      ["俄罗斯联邦会议", "俄罗斯议会"]),
    I("federation-council-of-russia", "legislative_chamber", "russia",
      ["Federation Council of Russia", "Federation Council"],
      ["俄罗斯联邦委员会", "俄联邦委员会", "俄罗斯联邦会议联邦委员会", "俄罗斯议会上院"]),
    I("parliament-of-france", "legislature", "france", ["French Parliament", "Parliament of France"],
      ["法国议会"]),
    I("national-assembly-of-france", "legislative_chamber", "france",
      ["National Assembly of France", "French National Assembly"], ["法国国民议会"]),
    I("senate-of-france", "legislative_chamber", "france", ["Senate of France", "French Senate"],
      ["法国参议院"]),
    I("bundestag", "legislature", "germany", ["Bundestag", "German Bundestag"],
      ["德国联邦议院", "联邦议院", "德国议会"], qid="Q154797"),
    I("bundesrat-of-germany", "legislature", "germany", ["Bundesrat of Germany", "German Bundesrat"],
      ["德国联邦参议院"]),
    I("italian-parliament", "legislature", "italy", ["Italian Parliament", "Parliament of Italy"],
      ["意大利议会"]),
    I("chamber-of-deputies-italy", "legislative_chamber", "italy",
      ["Italian Chamber of Deputies"], ["意大利众议院"]),
    I("senate-of-the-republic-italy", "legislative_chamber", "italy",
      ["Senate of the Republic of Italy", "Italian Senate"], ["意大利参议院"]),
    I("parliament-of-canada", "legislature", "canada", ["Parliament of Canada"],
      ["加拿大议会", "加拿大国会"]),
    I("house-of-commons-of-canada", "legislative_chamber", "canada", ["House of Commons of Canada"],
      ["加拿大众议院", "加拿大下议院"]),
    I("senate-of-canada", "legislative_chamber", "canada", ["Senate of Canada"], ["加拿大参议院"]),
    I("parliament-of-australia", "legislature", "australia", ["Parliament of Australia"],
      ["澳大利亚联邦议会", "澳大利亚议会", "澳大利亚国会", "澳洲国会"]),
    I("parliament-of-india", "legislature", "india", ["Parliament of India"], ["印度议会"]),
    I("lok-sabha", "legislative_chamber", "india", ["Lok Sabha"], ["印度人民院", "印度议会人民院"]),
    I("rajya-sabha", "legislative_chamber", "india", ["Rajya Sabha"], ["印度联邦院", "印度议会联邦院"]),
    I("national-assembly-of-south-korea", "legislature", "south-korea",
      ["National Assembly of the Republic of Korea", "National Assembly of South Korea"],
      ["韩国国会"], hant=["南韓國會"]),
    I("supreme-peoples-assembly", "legislature", "north-korea", ["Supreme People's Assembly"],
      ["朝鲜最高人民会议", "最高人民会议"]),
    I("national-congress-of-brazil", "legislature", "brazil", ["National Congress of Brazil"],
      ["巴西国会", "巴西国民议会"]),
    I("chamber-of-deputies-brazil", "legislative_chamber", "brazil",
      ["Chamber of Deputies of Brazil"], ["巴西众议院"]),
    I("federal-senate-brazil", "legislative_chamber", "brazil", ["Federal Senate of Brazil"],
      ["巴西参议院", "巴西联邦参议院"]),
    I("congress-of-the-union", "legislature", "mexico",
      ["Congress of the Union", "Mexican Congress"], ["墨西哥国会", "墨西哥联邦议会"]),
    I("chamber-of-deputies-mexico", "legislative_chamber", "mexico",
      ["Chamber of Deputies of Mexico"], ["墨西哥众议院"]),
    I("senate-of-mexico", "legislative_chamber", "mexico", ["Senate of the Republic of Mexico"],
      ["墨西哥参议院"]),
    I("argentine-national-congress", "legislature", "argentina", ["Argentine National Congress"],
      ["阿根廷国会"]),
    I("chamber-of-deputies-argentina", "legislative_chamber", "argentina",
      ["Argentine Chamber of Deputies"], ["阿根廷众议院"]),
    I("senate-of-argentina", "legislative_chamber", "argentina", ["Argentine Senate"],
      ["阿根廷参议院"]),
    I("parliament-of-south-africa", "legislature", "south-africa", ["Parliament of South Africa"],
      ["南非议会"]),
    I("national-assembly-of-south-africa", "legislative_chamber", "south-africa",
      ["National Assembly of South Africa"], ["南非国民议会"]),
    I("peoples-representative-council", "legislature", "indonesia",
      ["People's Representative Council", "Dewan Perwakilan Rakyat"],
      ["印度尼西亚国会", "印尼国会", "印度尼西亚人民代表会议", "印尼人民代表会议"]),
    I("peoples-consultative-assembly", "legislature", "indonesia",
      ["People's Consultative Assembly", "Majelis Permusyawaratan Rakyat"],
      ["印度尼西亚人民协商会议", "印尼人民协商会议"]),
    I("grand-national-assembly-of-turkey", "legislature", "turkey",
      ["Grand National Assembly of Turkey", "Grand National Assembly of Türkiye"],
      ["土耳其大国民议会", "大国民议会", "土耳其议会"]),
    I("consultative-assembly-of-saudi-arabia", "legislature", "saudi-arabia",
      ["Consultative Assembly of Saudi Arabia", "Shura Council of Saudi Arabia"],
      ["沙特协商会议", "沙特阿拉伯协商会议"]),
    I("verkhovna-rada", "legislature", "ukraine", ["Verkhovna Rada", "Verkhovna Rada of Ukraine"],
      ["乌克兰最高拉达", "最高拉达", "乌克兰议会"]),
    I("knesset", "legislature", "israel", ["Knesset"], ["以色列议会", "以色列国会"]),
    I("islamic-consultative-assembly", "legislature", "iran",
      ["Islamic Consultative Assembly", "Parliament of Iran"], ["伊朗伊斯兰议会", "伊朗议会"]),
    I("parliament-of-kazakhstan", "legislature", "kazakhstan", ["Parliament of Kazakhstan"],
      ["哈萨克斯坦议会"]),
    I("senate-of-kazakhstan", "legislative_chamber", "kazakhstan", ["Senate of Kazakhstan"],
      ["哈萨克斯坦议会上院", "哈萨克斯坦参议院"]),
    I("mazhilis", "legislative_chamber", "kazakhstan", ["Mazhilis"],
      ["哈萨克斯坦议会下院", "哈萨克斯坦马日利斯"]),
    I("supreme-council-of-kyrgyzstan", "legislature", "kyrgyzstan",
      ["Supreme Council of Kyrgyzstan", "Jogorku Kenesh"],
      ["吉尔吉斯斯坦议会", "吉尔吉斯斯坦最高会议"]),
    I("oliy-majlis", "legislature", "uzbekistan", ["Oliy Majlis"],
      ["乌兹别克斯坦议会", "乌兹别克斯坦最高会议"]),
    I("supreme-assembly-of-tajikistan", "legislature", "tajikistan",
      ["Supreme Assembly of Tajikistan", "Majlisi Oli"],
      ["塔吉克斯坦议会", "塔吉克斯坦最高会议"]),
    I("assembly-of-turkmenistan", "legislature", "turkmenistan",
      ["Assembly of Turkmenistan", "Mejlis of Turkmenistan"], ["土库曼斯坦议会"]),
    I("state-great-khural", "legislature", "mongolia", ["State Great Khural"],
      ["蒙古国国家大呼拉尔", "蒙古国家大呼拉尔", "国家大呼拉尔"]),
    I("national-assembly-of-vietnam", "legislature", "vietnam", ["National Assembly of Vietnam"],
      ["越南国会"]),
    I("national-assembly-of-laos", "legislature", "laos", ["National Assembly of Laos"],
      ["老挝国会"]),
    I("national-assembly-of-cambodia", "legislature", "cambodia",
      ["National Assembly of Cambodia"], ["柬埔寨国会"]),
    I("national-assembly-of-thailand", "legislature", "thailand",
      ["National Assembly of Thailand"], ["泰国国会"]),
    I("congress-of-the-philippines", "legislature", "philippines", ["Congress of the Philippines"],
      ["菲律宾国会"]),
    I("parliament-of-pakistan", "legislature", "pakistan", ["Parliament of Pakistan"],
      ["巴基斯坦议会"]),
    I("national-assembly-of-pakistan", "legislative_chamber", "pakistan",
      ["National Assembly of Pakistan"], ["巴基斯坦国民议会"]),
    I("national-assembly-of-hungary", "legislature", "hungary", ["National Assembly of Hungary"],
      ["匈牙利国会", "匈牙利国民议会"]),
    I("national-assembly-of-serbia", "legislature", "serbia", ["National Assembly of Serbia"],
      ["塞尔维亚国民议会", "塞尔维亚议会"]),
    I("national-assembly-of-belarus", "legislature", "belarus", ["National Assembly of Belarus"],
      ["白俄罗斯国民会议"]),

    # ------------------------------------------------------------------
    # Central banks (the European Central Bank is in organizations.jsonl)
    # ------------------------------------------------------------------
    I("federal-reserve", "central_bank", "united-states",
      ["Federal Reserve", "Federal Reserve System", "Federal Reserve Board", "US Federal Reserve",
       "U.S. Federal Reserve"],
      ["美国联邦储备委员会", "美联储", "联邦储备委员会", "美国联邦储备系统", "联邦储备系统",
       "美国联储局", "联储局", "美国央行"],
      hant=["聯準會", "美國聯準會", "聯儲局"], qid="Q53536"),
    I("peoples-bank-of-china", "central_bank", "china",
      ["People's Bank of China", "PBOC", "PBoC"], ["中国央行"],
      qid="Q249203"),
    I("bank-of-japan", "central_bank", "japan", ["Bank of Japan", "BOJ", "BoJ"],
      ["日本央行", "日本中央银行"], qid="Q333101"),
    I("bank-of-england", "central_bank", "united-kingdom", ["Bank of England", "BoE"],
      ["英格兰银行", "英国央行", "英国中央银行"], hant=["英倫銀行"], qid="Q183231"),
    I("bank-of-canada", "central_bank", "canada", ["Bank of Canada"],
      ["加拿大央行", "加拿大中央银行"], qid="Q806703"),
    I("reserve-bank-of-australia", "central_bank", "australia", ["Reserve Bank of Australia", "RBA"],
      ["澳大利亚储备银行", "澳洲储备银行", "澳大利亚央行", "澳洲央行", "澳洲联储"],
      qid="Q1506724"),
    I("bank-of-russia", "central_bank", "russia", ["Central Bank of Russia", "Bank of Russia"],
      ["俄罗斯中央银行", "俄罗斯央行", "俄罗斯联邦中央银行", "俄央行"], qid="Q806651"),
    I("reserve-bank-of-india", "central_bank", "india", ["Reserve Bank of India", "RBI"],
      ["印度储备银行", "印度央行", "印度中央银行"], qid="Q944085"),
    I("bank-of-korea", "central_bank", "south-korea", ["Bank of Korea"],
      ["韩国央行", "韩国中央银行"], hant=["南韓央行"], qid="Q485531"),
    I("central-bank-of-brazil", "central_bank", "brazil",
      ["Central Bank of Brazil", "Banco Central do Brasil"], ["巴西中央银行", "巴西央行"],
      qid="Q806186"),
    I("bank-of-mexico", "central_bank", "mexico", ["Bank of Mexico", "Banco de México", "Banxico"],
      ["墨西哥央行", "墨西哥中央银行"], qid="Q806208"),
    I("central-bank-of-argentina", "central_bank", "argentina",
      ["Central Bank of Argentina", "Central Bank of the Argentine Republic", "BCRA"],
      ["阿根廷中央银行", "阿根廷央行"], qid="Q642444"),
    I("south-african-reserve-bank", "central_bank", "south-africa",
      ["South African Reserve Bank", "SARB"], ["南非储备银行", "南非央行"], qid="Q912920"),
    I("bank-indonesia", "central_bank", "indonesia", ["Bank Indonesia"],
      ["印度尼西亚中央银行", "印尼央行", "印度尼西亚央行", "印尼中央银行"], qid="Q1906161"),
    I("central-bank-of-the-republic-of-turkey", "central_bank", "turkey",
      ["Central Bank of the Republic of Turkey", "Central Bank of the Republic of Türkiye"],
      ["土耳其中央银行", "土耳其央行", "土耳其共和国中央银行"], qid="Q580829"),
    I("saudi-central-bank", "central_bank", "saudi-arabia",
      ["Saudi Central Bank", "Saudi Arabian Monetary Authority", "SAMA"],
      ["沙特中央银行", "沙特央行", "沙特阿拉伯中央银行", "沙特阿拉伯货币局"], qid="Q2605574"),
    I("deutsche-bundesbank", "central_bank", "germany", ["Deutsche Bundesbank", "Bundesbank"],
      ["德意志联邦银行", "德国央行", "德国联邦银行", "德国中央银行"], qid="Q162222"),
    I("banque-de-france", "central_bank", "france", ["Banque de France", "Bank of France"],
      ["法兰西银行", "法国央行", "法国中央银行"], qid="Q806950"),
    I("bank-of-italy", "central_bank", "italy", ["Bank of Italy", "Banca d'Italia"],
      ["意大利央行", "意大利中央银行"], qid="Q806176"),
    I("swiss-national-bank", "central_bank", "switzerland", ["Swiss National Bank", "SNB"],
      ["瑞士国家银行", "瑞士央行", "瑞士中央银行"], qid="Q597394"),
    I("sveriges-riksbank", "central_bank", "sweden", ["Sveriges Riksbank", "Riksbank"],
      ["瑞典央行", "瑞典中央银行"], qid="Q564652"),
    I("norges-bank", "central_bank", "norway", ["Norges Bank"], ["挪威央行", "挪威中央银行"],
      qid="Q970769"),
    I("reserve-bank-of-new-zealand", "central_bank", "new-zealand",
      ["Reserve Bank of New Zealand", "RBNZ"], ["新西兰储备银行", "新西兰央行", "新西兰联储"],
      qid="Q1494550"),
    I("monetary-authority-of-singapore", "central_bank", "singapore",
      ["Monetary Authority of Singapore"], ["新加坡金融管理局", "新加坡金管局"], qid="Q2661296"),
    I("hong-kong-monetary-authority", "monetary_authority", "china",
      ["Hong Kong Monetary Authority", "HKMA"], ["香港金融管理局", "香港金管局"],
      qid="Q1595286", region="hong-kong"),
    I("state-bank-of-vietnam", "central_bank", "vietnam", ["State Bank of Vietnam"],
      ["越南国家银行", "越南央行"], qid="Q2234553"),
    I("bank-of-thailand", "central_bank", "thailand", ["Bank of Thailand"],
      ["泰国央行", "泰国中央银行"], qid="Q806706"),
    I("bank-negara-malaysia", "central_bank", "malaysia", ["Bank Negara Malaysia"],
      ["马来西亚国家银行", "马来西亚央行"], qid="Q806646"),
    I("bangko-sentral-ng-pilipinas", "central_bank", "philippines",
      ["Bangko Sentral ng Pilipinas", "Central Bank of the Philippines"],
      ["菲律宾中央银行", "菲律宾央行"], qid="Q1853468"),
    I("national-bank-of-kazakhstan", "central_bank", "kazakhstan", ["National Bank of Kazakhstan"],
      ["哈萨克斯坦国家银行", "哈萨克斯坦央行"], qid="Q2472280"),
    I("national-bank-of-ukraine", "central_bank", "ukraine", ["National Bank of Ukraine"],
      ["乌克兰国家银行", "乌克兰央行"], qid="Q1070388"),
    I("central-bank-of-iran", "central_bank", "iran", ["Central Bank of Iran"],
      ["伊朗中央银行", "伊朗央行"], qid="Q1261157"),
    I("bank-of-israel", "central_bank", "israel", ["Bank of Israel"],
      ["以色列央行", "以色列中央银行"], qid="Q244411"),
    I("state-bank-of-pakistan", "central_bank", "pakistan", ["State Bank of Pakistan"],
      ["巴基斯坦央行", "巴基斯坦中央银行"], qid="Q1323248"),
    I("central-bank-of-egypt", "central_bank", "egypt", ["Central Bank of Egypt"],
      ["埃及中央银行", "埃及央行"], qid="Q920699"),
]


# ----------------------------------------------------------------------
# Traditional forms, folding, checks, output
# ----------------------------------------------------------------------
_S2T = opencc.OpenCC("s2t")
_T2S = opencc.OpenCC("t2s")
# OpenCC s2t writes the dictionary standard; news copy uses these.
_HANT_FIX = str.maketrans({"臺": "台", "檯": "台", "裏": "里", "羣": "群", "衆": "眾", "綫": "線"})


def to_hant(name: str) -> str:
    return _S2T.convert(name).translate(_HANT_FIX)




def _uniq(seq):
    out = []
    for x in seq:
        if x not in out:
            out.append(x)
    return out


def build() -> list[dict]:
    records = []
    for row in INSTITUTIONS:
        hans = _uniq(row["hans"])
        derived = [to_hant(n) for n in hans]
        hant = _uniq(derived[:1] + row["hant"] + derived[1:])
        rec = {
            "id": row["id"],
            "type": "Organization",
            "kind": row["kind"],
            "country": row["country"],
            "names": {"en": _uniq(row["en"]), "zh-Hans": hans, "zh-Hant": hant},
        }
        if row["qid"]:
            rec["qid"] = row["qid"]
        if row["region"]:
            rec["region"] = row["region"]
        records.append(rec)
    records.sort(key=lambda r: r["id"])
    return records


def other_files() -> tuple[dict[str, set[str]], dict[str, set[str]], set[str]]:
    """Names (folded for CJK) and QIDs of the other gazetteer files, and their ids."""
    names: dict[str, set[str]] = {}
    qids: dict[str, set[str]] = {}
    ids: set[str] = set()
    for stem, obj in other_records(OUTPUT):
        ids.add(obj["id"])
        tag = f"{stem}:{obj['id']}"
        for ns in obj.get("names", {}).values():
            for n in ns:
                names.setdefault(key(n), set()).add(tag)
        if obj.get("qid"):
            qids.setdefault(obj["qid"], set()).add(tag)
    return names, qids, ids


def check(records: list[dict]) -> list[str]:
    errors = []
    countries = {json.loads(l)["id"] for l in (GAZ / "countries.jsonl").read_text(encoding="utf-8").splitlines()
                 if l.strip()} if (GAZ / "countries.jsonl").exists() else None
    o_names, o_qids, o_ids = other_files()
    ids, keys, latin, qids = set(), {}, {}, {}
    generic = {fold(g) for g in GENERIC}
    for r in records:
        rid = r["id"]
        if rid in ids:
            errors.append(f"duplicate id {rid}")
        if rid in o_ids:
            errors.append(f"{rid}: id also used in another gazetteer file")
        ids.add(rid)
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rid):
            errors.append(f"{rid}: id is not a slug")
        if r["kind"] not in KINDS:
            errors.append(f"{rid}: bad kind {r['kind']}")
        if countries is not None and r["country"] not in countries:
            errors.append(f"{rid}: unknown country {r['country']}")
        if r.get("region") and r["region"] not in REGIONS:
            errors.append(f"{rid}: bad region {r['region']}")
        if not r["names"]["zh-Hans"] or not r["names"]["en"]:
            errors.append(f"{rid}: no zh-Hans or no English name")
        for lang, names in r["names"].items():
            for n in names:
                if len(n.strip()) < 2:
                    errors.append(f"{rid}: name too short {n!r}")
                if n != n.strip():
                    errors.append(f"{rid}: stray space in {n!r}")
                if is_latin(n):
                    latin.setdefault(n, set()).add(rid)
                    continue
                k = fold(n)
                if k in generic:
                    errors.append(f"{rid}: generic name {n!r}")
                keys.setdefault(k, set()).add(rid)
        if r.get("qid"):
            if not re.fullmatch(r"Q[1-9][0-9]*", r["qid"]):
                errors.append(f"{rid}: bad qid {r['qid']}")
            qids.setdefault(r["qid"], set()).add(rid)
    for table, what in ((keys, "Chinese name"), (latin, "Latin name"), (qids, "qid")):
        for k, rids in sorted(table.items()):
            if len(rids) > 1:
                errors.append(f"{what} {k!r} shared by {sorted(rids)}")
    for k, rids in sorted({**keys, **latin}.items()):
        if k in o_names:
            errors.append(f"name {k!r} of {sorted(rids)} also in {sorted(o_names[k])}")
    for q, rids in sorted(qids.items()):
        if q in o_qids:
            errors.append(f"qid {q} of {sorted(rids)} also in {sorted(o_qids[q])}")
    return errors



def _summary(records: list[dict]) -> str:
    kinds: dict[str, int] = {}
    for r in records:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    n_qid = sum(1 for r in records if "qid" in r)
    return (f"{len(records)} institutions ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}), "
            f"{n_qid} with QID")


def main(argv=None) -> int:
    return place_gazetteer.run(argv, __doc__, build(), OUTPUT, _summary, check)


if __name__ == "__main__":
    sys.exit(main())
