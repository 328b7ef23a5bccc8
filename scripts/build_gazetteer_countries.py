"""Build the COUNTRY and CAPITAL part of the entity gazetteer.

Run from the repository root (deterministic: same input data, same bytes out)::

    python scripts/build_gazetteer_countries.py

Data sources
------------
1. **Unicode CLDR territory names, read through Babel** (``babel.Locale.parse(...)
   .territories``) for the locales ``zh_Hans`` (mainland simplified),
   ``zh_Hant`` (Taiwan traditional), ``zh_Hant_HK`` (Hong Kong traditional) and
   ``en``. Every country name in those three scripts comes from there unless the
   hand table overrides the preferred label. The Babel/CLDR version used is
   whatever is installed; ``babel.__version__`` is printed when the script runs.
2. **The hand-curated table below** (``COUNTRIES``): ISO 3166-1 alpha-2 code ->
   readable slug id, Wikidata QID (given only where certain; otherwise left out),
   extra aliases (full official names, common short forms used in Chinese news,
   well-known older names) in zh-Hans / zh-Hant / en, overrides of the preferred
   label where CLDR's form is not the mainland usage, and the capital city
   (slug, QID, English and simplified-Chinese names; CLDR has no city names).
   Traditional-script forms of the hand-entered Chinese names are derived with
   OpenCC ``s2t`` (keeping 里 as 里 and writing 群/眾 for OpenCC's 羣/衆)
   rather than typed, except for a few Taiwan/Hong Kong usages that differ
   from the mainland transliteration (listed explicitly).

Preferred labels: zh-Hans is the mainland PRC form; zh-Hant is the Hong Kong /
mainland-traditional form (CLDR ``zh_Hant_HK`` when it is the same name as the
zh-Hans label, else the ``s2t`` form of the zh-Hans label); the Taiwan CLDR form
(e.g. 哈薩克, 義大利, 紐西蘭) is kept as a further alias.

Output
------
Two JSON Lines files, UTF-8, one object per line (``ensure_ascii=False``,
``sort_keys=True``), sorted by ``id``:

* ``kg/data/gazetteer/countries.jsonl``::

    {"capital": "astana", "id": "kazakhstan", "iso": "KZ",
     "names": {"en": [...], "zh-Hans": [...], "zh-Hant": [...]},
     "qid": "Q232", "type": "Country"}

* ``kg/data/gazetteer/capitals.jsonl``::

    {"country": "kazakhstan", "id": "astana", "kind": "capital",
     "names": {...}, "qid": "Q1520", "type": "Place"}

The first item of each ``names`` list is the preferred label in that script.
``qid`` is omitted where not known for certain; ``capital`` is omitted for
entities without one in this table (Vatican, Palestine, Kosovo, Soviet Union).

Coverage: the 193 UN member states, the two UN observer states (Holy See /
Vatican, Palestine), Taiwan, Kosovo and the historical Soviet Union; a capital
for every UN member state and for Taiwan.

Checks (the script exits non-zero if one fails): every UN member present, ids
unique across both files, no QID used twice, no single-character name, and no
Chinese name shared by two different records after folding (NFKC + OpenCC
``t2s``), e.g. 刚果 is not an alias of either Congo.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import babel
import opencc
from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "kg" / "data" / "gazetteer"
COUNTRIES_OUT = OUT_DIR / "countries.jsonl"
CAPITALS_OUT = OUT_DIR / "capitals.jsonl"

_S2T = opencc.OpenCC("s2t")
_T2S = opencc.OpenCC("t2s")

# The 193 member states of the United Nations (ISO 3166-1 alpha-2).
UN_MEMBERS = frozenset(
    """
    AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN
    BG BF BI CV KH CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO
    EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU
    IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG LA LV LB LS LR LY LI
    LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ
    NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST
    SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO
    TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM ZW
    """.split()
)
# Entities news text treats as states, beyond the UN members (by record id).
EXTRA_IDS = ("vatican", "palestine", "taiwan", "kosovo", "soviet-union")
# Besides the UN members, these get a capital record too.
CAPITAL_REQUIRED_EXTRA = ("taiwan",)


@dataclass
class Cap:
    """A capital city: slug id, Wikidata QID (None if unsure), names."""

    slug: str
    qid: str | None
    en: tuple[str, ...]
    hans: tuple[str, ...]
    hant: tuple[str, ...] = ()  # extra traditional-script forms (e.g. Taiwan usage)
    hant_pref: str | None = None  # only where s2t of the preferred zh-Hans name is wrong


@dataclass
class Country:
    iso: str | None
    slug: str
    qid: str | None
    en: tuple[str, ...] = ()  # extra English aliases
    hans: tuple[str, ...] = ()  # extra zh-Hans aliases (s2t forms become zh-Hant aliases)
    hant: tuple[str, ...] = ()  # extra zh-Hant aliases not obtainable by s2t
    en_pref: str | None = None  # override of the CLDR English label
    hans_pref: str | None = None  # override of the CLDR zh_Hans label (mainland usage)
    hant_pref: str | None = None
    drop: tuple[str, ...] = ()  # CLDR names not to use (odd forms, ordinary words)
    cap: Cap | None = None


def K(slug, qid, en, hans, hant=(), hant_pref=None) -> Cap:
    return Cap(slug, qid, tuple(en), tuple(hans), tuple(hant), hant_pref)


def C(iso, slug, qid=None, *, en=(), hans=(), hant=(), en_pref=None, hans_pref=None,
      hant_pref=None, drop=(), cap=None) -> Country:
    return Country(iso, slug, qid, tuple(en), tuple(hans), tuple(hant), en_pref, hans_pref,
                   hant_pref, tuple(drop), cap)


# ---------------------------------------------------------------------------
# Hand table. One entry per country; capitals inline. QIDs only where certain.
# ---------------------------------------------------------------------------
COUNTRIES: list[Country] = [
    # --- Asia ---------------------------------------------------------------
    C("AF", "afghanistan", "Q889",
      cap=K("kabul", "Q5838", ["Kabul"], ["喀布尔"])),
    C("AM", "armenia", "Q399", en=["Republic of Armenia"], hans=["亚美尼亚共和国"],
      cap=K("yerevan", "Q1953", ["Yerevan"], ["埃里温"])),
    C("AZ", "azerbaijan", "Q227", en=["Republic of Azerbaijan"], hans=["阿塞拜疆共和国"],
      cap=K("baku", "Q9248", ["Baku"], ["巴库"])),
    C("BD", "bangladesh", "Q902", en=["People's Republic of Bangladesh"], hans=["孟加拉人民共和国"],
      cap=K("dhaka", "Q1354", ["Dhaka"], ["达卡"])),
    C("BH", "bahrain", "Q398", en=["Kingdom of Bahrain"], hans=["巴林王国"],
      cap=K("manama", "Q3882", ["Manama"], ["麦纳麦"])),
    C("BN", "brunei", "Q921", en=["Brunei Darussalam"], hans=["文莱达鲁萨兰国"],
      cap=K("bandar-seri-begawan", "Q9279", ["Bandar Seri Begawan"], ["斯里巴加湾市", "斯里巴加湾"])),
    C("BT", "bhutan", "Q917", en=["Kingdom of Bhutan"], hans=["不丹王国"],
      cap=K("thimphu", "Q9270", ["Thimphu"], ["廷布"])),
    C("CN", "china", "Q148", en=["People's Republic of China", "PRC"], hans=["中华人民共和国"],
      cap=K("beijing", "Q956", ["Beijing", "Peking"], ["北京", "北京市"])),
    C("CY", "cyprus", "Q229", en=["Republic of Cyprus"], hans=["塞浦路斯共和国"],
      cap=K("nicosia", "Q3856", ["Nicosia"], ["尼科西亚"])),
    C("GE", "georgia", "Q230",
      cap=K("tbilisi", "Q994", ["Tbilisi"], ["第比利斯"])),
    C("ID", "indonesia", "Q252", en=["Republic of Indonesia"], hans=["印尼", "印度尼西亚共和国"],
      cap=K("jakarta", "Q3630", ["Jakarta"], ["雅加达"])),
    C("IN", "india", "Q668", en=["Republic of India"], hans=["印度共和国"],
      cap=K("new-delhi", "Q987", ["New Delhi"], ["新德里"])),
    C("IQ", "iraq", "Q796", en=["Republic of Iraq"], hans=["伊拉克共和国"],
      cap=K("baghdad", "Q1530", ["Baghdad"], ["巴格达"])),
    C("IR", "iran", "Q794", en=["Islamic Republic of Iran"], hans=["伊朗伊斯兰共和国"],
      cap=K("tehran", "Q3616", ["Tehran"], ["德黑兰"])),
    C("IL", "israel", "Q801", en=["State of Israel"], hans=["以色列国"],
      cap=K("jerusalem", "Q1218", ["Jerusalem"], ["耶路撒冷"])),
    C("JO", "jordan", "Q810", en=["Hashemite Kingdom of Jordan"], hans=["约旦哈希姆王国"],
      cap=K("amman", "Q3805", ["Amman"], ["安曼"])),
    C("JP", "japan", "Q17", hans=["日本国"],
      cap=K("tokyo", "Q1490", ["Tokyo"], ["东京", "东京都"])),
    C("KZ", "kazakhstan", "Q232", en=["Republic of Kazakhstan"],
      hans=["哈萨克", "哈萨克斯坦共和国"],
      cap=K("astana", "Q1520", ["Astana", "Nur-Sultan"], ["阿斯塔纳", "努尔苏丹"])),
    C("KG", "kyrgyzstan", "Q813", en=["Kyrgyz Republic", "Kirghizia"],
      hans=["吉尔吉斯", "吉尔吉斯共和国"],
      cap=K("bishkek", "Q9361", ["Bishkek"], ["比什凯克"])),
    C("KH", "cambodia", "Q424", en=["Kingdom of Cambodia"], hans=["柬埔寨王国"],
      cap=K("phnom-penh", "Q1850", ["Phnom Penh"], ["金边"])),
    C("KP", "north-korea", "Q423",
      en=["Democratic People's Republic of Korea", "DPRK"],
      hans=["朝鲜民主主义人民共和国", "北韩", "北朝鲜"],
      cap=K("pyongyang", "Q18808", ["Pyongyang"], ["平壤"])),
    C("KR", "south-korea", "Q884", en=["Republic of Korea", "ROK"],
      hans=["大韩民国", "南韩", "南朝鲜"],
      cap=K("seoul", "Q8684", ["Seoul"], ["首尔", "汉城"])),
    C("KW", "kuwait", "Q817", en=["State of Kuwait"], hans=["科威特国"],
      cap=K("kuwait-city", "Q35178", ["Kuwait City"], ["科威特城"])),
    C("LA", "laos", "Q819", en=["Lao People's Democratic Republic", "Lao PDR"],
      hans=["老挝人民民主共和国"],
      # 万象 alone is an ordinary word (包罗万象); keep the unambiguous form.
      cap=K("vientiane", "Q9326", ["Vientiane"], ["万象市"], hant=["永珍"])),
    C("LB", "lebanon", "Q822", en=["Lebanese Republic"], hans=["黎巴嫩共和国"],
      cap=K("beirut", "Q3820", ["Beirut"], ["贝鲁特"])),
    C("LK", "sri-lanka", "Q854", en=["Democratic Socialist Republic of Sri Lanka", "Ceylon"],
      hans=["斯里兰卡民主社会主义共和国", "锡兰"],
      cap=K("sri-jayawardenepura-kotte", "Q41963", ["Sri Jayawardenepura Kotte", "Kotte"],
            ["斯里贾亚瓦德纳普拉科特"])),
    C("MM", "myanmar", "Q836", en_pref="Myanmar", en=["Burma", "Republic of the Union of Myanmar"],
      hans=["缅甸联邦共和国"], drop=["Myanmar (Burma)"],
      cap=K("naypyidaw", "Q37400", ["Naypyidaw", "Nay Pyi Taw"], ["内比都"])),
    C("MN", "mongolia", "Q711", hans_pref="蒙古国",
      cap=K("ulaanbaatar", "Q23430", ["Ulaanbaatar", "Ulan Bator"], ["乌兰巴托"])),
    C("MV", "maldives", "Q826", en=["Republic of Maldives"], hans=["马尔代夫共和国"],
      cap=K("male", "Q9347", ["Malé", "Male"], ["马累"])),
    C("MY", "malaysia", "Q833",
      cap=K("kuala-lumpur", "Q1865", ["Kuala Lumpur"], ["吉隆坡"])),
    C("NP", "nepal", "Q837", en=["Federal Democratic Republic of Nepal"],
      hans=["尼泊尔联邦民主共和国"],
      cap=K("kathmandu", "Q3037", ["Kathmandu"], ["加德满都"])),
    C("OM", "oman", "Q842", en=["Sultanate of Oman"], hans=["阿曼苏丹国"],
      cap=K("muscat", "Q3826", ["Muscat"], ["马斯喀特"])),
    C("PH", "philippines", "Q928", en=["Republic of the Philippines"], hans=["菲律宾共和国"],
      cap=K("manila", "Q1461", ["Manila"], ["马尼拉"])),
    C("PK", "pakistan", "Q843", en=["Islamic Republic of Pakistan"], hans=["巴基斯坦伊斯兰共和国"],
      cap=K("islamabad", "Q1362", ["Islamabad"], ["伊斯兰堡"], hant=["伊斯蘭馬巴德"])),
    C("QA", "qatar", "Q846", en=["State of Qatar"], hans=["卡塔尔国"],
      cap=K("doha", "Q3861", ["Doha"], ["多哈"], hant=["杜哈"])),
    C("SA", "saudi-arabia", "Q851", en=["Kingdom of Saudi Arabia"], hans=["沙特", "沙特阿拉伯王国"],
      cap=K("riyadh", "Q3692", ["Riyadh"], ["利雅得"], hant=["利雅德"])),
    C("SG", "singapore", "Q334", en=["Republic of Singapore"], hans=["新加坡共和国"],
      # Wikidata gives the country item itself as its capital; no separate QID.
      cap=K("singapore-city", None, ["Singapore City"], ["新加坡市"])),
    C("SY", "syria", "Q858", en=["Syrian Arab Republic"], hans=["阿拉伯叙利亚共和国"],
      cap=K("damascus", "Q3766", ["Damascus"], ["大马士革"])),
    C("TH", "thailand", "Q869", en=["Kingdom of Thailand"], hans=["泰王国"],
      cap=K("bangkok", "Q1861", ["Bangkok"], ["曼谷"])),
    C("TJ", "tajikistan", "Q863", en=["Republic of Tajikistan"],
      hans=["塔吉克", "塔吉克斯坦共和国"],
      cap=K("dushanbe", "Q9365", ["Dushanbe"], ["杜尚别"])),
    C("TL", "timor-leste", "Q574", en=["East Timor", "Democratic Republic of Timor-Leste"],
      hans=["东帝汶民主共和国"],
      cap=K("dili", "Q9310", ["Dili"], ["帝力"])),
    C("TM", "turkmenistan", "Q874", hans=["土库曼"],
      cap=K("ashgabat", "Q23438", ["Ashgabat"], ["阿什哈巴德"])),
    C("TR", "turkey", "Q43", en=["Turkey", "Republic of Türkiye"], hans=["土耳其共和国"],
      cap=K("ankara", "Q3640", ["Ankara"], ["安卡拉"])),
    C("AE", "united-arab-emirates", "Q878", en=["UAE"], hans=["阿联酋"],
      cap=K("abu-dhabi", "Q1519", ["Abu Dhabi"], ["阿布扎比"], hant=["阿布達比"])),
    C("UZ", "uzbekistan", "Q265", en=["Republic of Uzbekistan"],
      hans=["乌兹别克", "乌兹别克斯坦共和国"],
      cap=K("tashkent", "Q269", ["Tashkent"], ["塔什干"])),
    C("VN", "vietnam", "Q881", en=["Viet Nam", "Socialist Republic of Vietnam"],
      hans=["越南社会主义共和国"],
      cap=K("hanoi", "Q1858", ["Hanoi"], ["河内"])),
    C("YE", "yemen", "Q805", en=["Republic of Yemen"], hans=["也门共和国"],
      cap=K("sanaa", "Q2471", ["Sanaa", "Sana'a"], ["萨那"])),
    C("TW", "taiwan", "Q865", en=["Republic of China"], hans=["中华民国", "台湾地区"],
      cap=K("taipei", "Q1867", ["Taipei"], ["台北", "台北市"], hant_pref="台北")),
    C("PS", "palestine", "Q219060", en_pref="Palestine", en=["State of Palestine"],
      hans_pref="巴勒斯坦", hans=["巴勒斯坦国"]),
    # --- Europe -------------------------------------------------------------
    C("AD", "andorra", "Q228", en=["Principality of Andorra"], hans=["安道尔公国"],
      cap=K("andorra-la-vella", "Q1863", ["Andorra la Vella"], ["安道尔城"])),
    C("AL", "albania", "Q222", en=["Republic of Albania"], hans=["阿尔巴尼亚共和国"],
      cap=K("tirana", "Q19689", ["Tirana"], ["地拉那"])),
    C("AT", "austria", "Q40", en=["Republic of Austria"], hans=["奥地利共和国"],
      cap=K("vienna", "Q1741", ["Vienna"], ["维也纳"])),
    C("BA", "bosnia-and-herzegovina", "Q225", en_pref="Bosnia and Herzegovina", en=["Bosnia"],
      hans=["波黑"],
      cap=K("sarajevo", "Q11194", ["Sarajevo"], ["萨拉热窝"])),
    C("BE", "belgium", "Q31", en=["Kingdom of Belgium"], hans=["比利时王国"],
      cap=K("brussels", "Q239", ["Brussels"], ["布鲁塞尔"])),
    C("BG", "bulgaria", "Q219", en=["Republic of Bulgaria"], hans=["保加利亚共和国"],
      cap=K("sofia", "Q472", ["Sofia"], ["索非亚"])),
    C("BY", "belarus", "Q184", en=["Republic of Belarus"], hans=["白俄罗斯共和国"],
      cap=K("minsk", "Q2280", ["Minsk"], ["明斯克"])),
    C("CH", "switzerland", "Q39", en=["Swiss Confederation"], hans=["瑞士联邦"],
      cap=K("bern", "Q70", ["Bern", "Berne"], ["伯尔尼"])),
    C("CZ", "czech-republic", "Q213", en=["Czech Republic"], hans=["捷克共和国"],
      cap=K("prague", "Q1085", ["Prague"], ["布拉格"])),
    C("DE", "germany", "Q183", en=["Federal Republic of Germany"], hans=["德意志联邦共和国"],
      cap=K("berlin", "Q64", ["Berlin"], ["柏林"])),
    C("DK", "denmark", "Q35", en=["Kingdom of Denmark"], hans=["丹麦王国"],
      cap=K("copenhagen", "Q1748", ["Copenhagen"], ["哥本哈根"])),
    C("EE", "estonia", "Q191", en=["Republic of Estonia"], hans=["爱沙尼亚共和国"],
      cap=K("tallinn", "Q1770", ["Tallinn"], ["塔林"])),
    C("ES", "spain", "Q29", en=["Kingdom of Spain"], hans=["西班牙王国"],
      cap=K("madrid", "Q2807", ["Madrid"], ["马德里"])),
    C("FI", "finland", "Q33", en=["Republic of Finland"], hans=["芬兰共和国"],
      cap=K("helsinki", "Q1757", ["Helsinki"], ["赫尔辛基"])),
    C("FR", "france", "Q142", en=["French Republic"], hans=["法兰西共和国"],
      cap=K("paris", "Q90", ["Paris"], ["巴黎"])),
    C("GB", "united-kingdom", "Q145",
      en=["UK", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
      hans=["大不列颠及北爱尔兰联合王国", "联合王国"],
      cap=K("london", "Q84", ["London"], ["伦敦"])),
    C("GR", "greece", "Q41", en=["Hellenic Republic"], hans=["希腊共和国"],
      cap=K("athens", "Q1524", ["Athens"], ["雅典"])),
    C("HR", "croatia", "Q224", en=["Republic of Croatia"], hans=["克罗地亚共和国"],
      cap=K("zagreb", "Q1435", ["Zagreb"], ["萨格勒布"])),
    C("HU", "hungary", "Q28",
      cap=K("budapest", "Q1781", ["Budapest"], ["布达佩斯"])),
    C("IE", "ireland", "Q27", en=["Republic of Ireland"], hans=["爱尔兰共和国"],
      cap=K("dublin", "Q1761", ["Dublin"], ["都柏林"])),
    C("IS", "iceland", "Q189",
      cap=K("reykjavik", "Q1764", ["Reykjavík", "Reykjavik"], ["雷克雅未克"], hant=["雷克雅維克"])),
    C("IT", "italy", "Q38", en=["Italian Republic"], hans=["意大利共和国"],
      cap=K("rome", "Q220", ["Rome"], ["罗马"])),
    C("LI", "liechtenstein", "Q347", en=["Principality of Liechtenstein"], hans=["列支敦士登公国"],
      cap=K("vaduz", "Q1844", ["Vaduz"], ["瓦杜兹"])),
    C("LT", "lithuania", "Q37", en=["Republic of Lithuania"], hans=["立陶宛共和国"],
      cap=K("vilnius", "Q216", ["Vilnius"], ["维尔纽斯"])),
    C("LU", "luxembourg", "Q32", en=["Grand Duchy of Luxembourg"], hans=["卢森堡大公国"],
      cap=K("luxembourg-city", "Q1842", ["Luxembourg City"], ["卢森堡市"])),
    C("LV", "latvia", "Q211", en=["Republic of Latvia"], hans=["拉脱维亚共和国"],
      cap=K("riga", "Q1773", ["Riga"], ["里加"])),
    C("MC", "monaco", "Q235", en=["Principality of Monaco"], hans=["摩纳哥公国"],
      cap=K("monaco-city", "Q55115", ["City of Monaco"], ["摩纳哥城"])),
    C("MD", "moldova", "Q217", en=["Republic of Moldova"], hans=["摩尔多瓦共和国"],
      cap=K("chisinau", "Q21197", ["Chișinău", "Chisinau"], ["基希讷乌"])),
    C("ME", "montenegro", "Q236",
      cap=K("podgorica", "Q23564", ["Podgorica"], ["波德戈里察"])),
    C("MK", "north-macedonia", "Q221", en=["Republic of North Macedonia", "Macedonia"],
      hans=["北马其顿共和国", "马其顿"],
      cap=K("skopje", "Q384", ["Skopje"], ["斯科普里"])),
    C("MT", "malta", "Q233", en=["Republic of Malta"], hans=["马耳他共和国"],
      cap=K("valletta", "Q23800", ["Valletta"], ["瓦莱塔"])),
    C("NL", "netherlands", "Q55", en=["Holland", "The Netherlands"], hans=["荷兰王国"],
      cap=K("amsterdam", "Q727", ["Amsterdam"], ["阿姆斯特丹"])),
    C("NO", "norway", "Q20", en=["Kingdom of Norway"], hans=["挪威王国"],
      cap=K("oslo", "Q585", ["Oslo"], ["奥斯陆"])),
    C("PL", "poland", "Q36", en=["Republic of Poland"], hans=["波兰共和国"],
      cap=K("warsaw", "Q270", ["Warsaw"], ["华沙"])),
    C("PT", "portugal", "Q45", en=["Portuguese Republic"], hans=["葡萄牙共和国"],
      cap=K("lisbon", "Q597", ["Lisbon"], ["里斯本"])),
    C("RO", "romania", "Q218",
      cap=K("bucharest", "Q19660", ["Bucharest"], ["布加勒斯特"])),
    C("RS", "serbia", "Q403", en=["Republic of Serbia"], hans=["塞尔维亚共和国"],
      cap=K("belgrade", "Q3711", ["Belgrade"], ["贝尔格莱德"], hant=["貝爾格勒"])),
    C("RU", "russia", "Q159", en=["Russian Federation"], hans=["俄国", "俄罗斯联邦"],
      cap=K("moscow", "Q649", ["Moscow"], ["莫斯科"])),
    C("SE", "sweden", "Q34", en=["Kingdom of Sweden"], hans=["瑞典王国"],
      cap=K("stockholm", "Q1754", ["Stockholm"], ["斯德哥尔摩"])),
    C("SI", "slovenia", "Q215", en=["Republic of Slovenia"], hans=["斯洛文尼亚共和国"],
      cap=K("ljubljana", "Q437", ["Ljubljana"], ["卢布尔雅那"])),
    C("SK", "slovakia", "Q214", en=["Slovak Republic"], hans=["斯洛伐克共和国"],
      cap=K("bratislava", "Q1780", ["Bratislava"], ["布拉迪斯拉发"])),
    C("SM", "san-marino", "Q238", en=["Republic of San Marino"], hans=["圣马力诺共和国"],
      cap=K("san-marino-city", "Q1848", ["City of San Marino"], ["圣马力诺市"])),
    C("UA", "ukraine", "Q212",
      cap=K("kyiv", "Q1899", ["Kyiv", "Kiev"], ["基辅"])),
    C("VA", "vatican", "Q237", en=["Holy See", "Vatican"], hans=["梵蒂冈城国", "罗马教廷"]),
    C("XK", "kosovo", "Q1246", en=["Republic of Kosovo"], hans=["科索沃共和国"]),
    C(None, "soviet-union", "Q15180", en_pref="Soviet Union",
      en=["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"],
      hans_pref="苏联", hans=["前苏联", "苏维埃社会主义共和国联盟"]),
    # --- Africa -------------------------------------------------------------
    C("AO", "angola", "Q916", en=["Republic of Angola"], hans=["安哥拉共和国"],
      cap=K("luanda", "Q3897", ["Luanda"], ["罗安达"])),
    C("BF", "burkina-faso", "Q965",
      cap=K("ouagadougou", "Q3777", ["Ouagadougou"], ["瓦加杜古"])),
    C("BI", "burundi", "Q967", en=["Republic of Burundi"], hans=["布隆迪共和国"],
      cap=K("gitega", "Q167551", ["Gitega"], ["基特加"])),
    C("BJ", "benin", "Q962", en=["Republic of Benin"], hans=["贝宁共和国"],
      cap=K("porto-novo", "Q3799", ["Porto-Novo"], ["波多诺伏"])),
    C("BW", "botswana", "Q963", en=["Republic of Botswana"], hans=["博茨瓦纳共和国"],
      cap=K("gaborone", "Q3919", ["Gaborone"], ["哈博罗内"])),
    C("CD", "democratic-republic-of-the-congo", "Q974",
      en_pref="Democratic Republic of the Congo", en=["DR Congo", "DRC", "Zaire"],
      hans=["刚果民主共和国", "刚果金", "民主刚果", "扎伊尔"],
      cap=K("kinshasa", "Q3838", ["Kinshasa"], ["金沙萨"])),
    C("CF", "central-african-republic", "Q929",
      cap=K("bangui", "Q3832", ["Bangui"], ["班吉"])),
    C("CG", "republic-of-the-congo", "Q971",
      en_pref="Republic of the Congo", en=["Congo-Brazzaville"],
      hans=["刚果共和国", "刚果布"],
      cap=K("brazzaville", "Q3844", ["Brazzaville"], ["布拉柴维尔"])),
    C("CI", "cote-d-ivoire", "Q1008", en=["Ivory Coast", "Cote d'Ivoire", "Republic of Côte d'Ivoire"],
      hans=["科特迪瓦共和国", "象牙海岸"],
      cap=K("yamoussoukro", "Q3768", ["Yamoussoukro"], ["亚穆苏克罗"])),
    C("CM", "cameroon", "Q1009", en=["Republic of Cameroon"], hans=["喀麦隆共和国"],
      cap=K("yaounde", "Q3808", ["Yaoundé", "Yaounde"], ["雅温得"])),
    C("CV", "cape-verde", "Q1011", en=["Cabo Verde", "Republic of Cabo Verde"], hans=["佛得角共和国"],
      cap=K("praia", "Q3751", ["Praia"], ["普拉亚"])),
    C("DJ", "djibouti", "Q977", en=["Republic of Djibouti"], hans=["吉布提共和国"],
      cap=K("djibouti-city", "Q3604", ["Djibouti City"], ["吉布提市"])),
    C("DZ", "algeria", "Q262", en=["People's Democratic Republic of Algeria"],
      hans=["阿尔及利亚民主人民共和国"],
      cap=K("algiers", "Q3561", ["Algiers"], ["阿尔及尔"])),
    C("EG", "egypt", "Q79", en=["Arab Republic of Egypt"], hans=["阿拉伯埃及共和国"],
      cap=K("cairo", "Q85", ["Cairo"], ["开罗"])),
    C("ER", "eritrea", "Q986", en=["State of Eritrea"], hans=["厄立特里亚国"],
      cap=K("asmara", "Q3642", ["Asmara"], ["阿斯马拉"])),
    C("ET", "ethiopia", "Q115", en=["Federal Democratic Republic of Ethiopia"],
      hans=["埃塞俄比亚联邦民主共和国"],
      cap=K("addis-ababa", "Q3624", ["Addis Ababa"], ["亚的斯亚贝巴"])),
    C("GA", "gabon", "Q1000", en=["Gabonese Republic"], hans=["加蓬共和国"],
      cap=K("libreville", "Q3825", ["Libreville"], ["利伯维尔"])),
    C("GH", "ghana", "Q117", en=["Republic of Ghana"], hans=["加纳共和国"],
      cap=K("accra", "Q3761", ["Accra"], ["阿克拉"])),
    C("GM", "gambia", "Q1005", en=["The Gambia", "Republic of The Gambia"], hans=["冈比亚共和国"],
      cap=K("banjul", "Q3726", ["Banjul"], ["班珠尔"])),
    C("GN", "guinea", "Q1006", en=["Republic of Guinea"], hans=["几内亚共和国"],
      cap=K("conakry", "Q3733", ["Conakry"], ["科纳克里"])),
    C("GQ", "equatorial-guinea", "Q983", en=["Republic of Equatorial Guinea"],
      hans=["赤道几内亚共和国"],
      cap=K("malabo", "Q3818", ["Malabo"], ["马拉博"])),
    C("GW", "guinea-bissau", "Q1007", en=["Republic of Guinea-Bissau"], hans=["几内亚比绍共和国"],
      cap=K("bissau", "Q3739", ["Bissau"], ["比绍"])),
    C("KE", "kenya", "Q114", en=["Republic of Kenya"], hans=["肯尼亚共和国"],
      cap=K("nairobi", "Q3870", ["Nairobi"], ["内罗毕"], hant=["奈洛比"])),
    C("KM", "comoros", "Q970", en=["Union of the Comoros"], hans=["科摩罗联盟"],
      cap=K("moroni", "Q3901", ["Moroni"], ["莫罗尼"])),
    C("LR", "liberia", "Q1014", en=["Republic of Liberia"], hans=["利比里亚共和国"],
      cap=K("monrovia", "Q3748", ["Monrovia"], ["蒙罗维亚"])),
    C("LS", "lesotho", "Q1013", en=["Kingdom of Lesotho"], hans=["莱索托王国"],
      cap=K("maseru", "Q3909", ["Maseru"], ["马塞卢"])),
    C("LY", "libya", "Q1016", en=["State of Libya"],
      cap=K("tripoli", "Q3579", ["Tripoli"], ["的黎波里"])),
    C("MA", "morocco", "Q1028", en=["Kingdom of Morocco"], hans=["摩洛哥王国"],
      cap=K("rabat", "Q3551", ["Rabat"], ["拉巴特"])),
    C("MG", "madagascar", "Q1019", en=["Republic of Madagascar"], hans=["马达加斯加共和国"],
      cap=K("antananarivo", "Q3915", ["Antananarivo"], ["塔那那利佛"])),
    C("ML", "mali", "Q912", en=["Republic of Mali"], hans=["马里共和国"],
      cap=K("bamako", "Q3703", ["Bamako"], ["巴马科"])),
    C("MR", "mauritania", "Q1025", en=["Islamic Republic of Mauritania"],
      hans=["毛里塔尼亚伊斯兰共和国"],
      cap=K("nouakchott", "Q3688", ["Nouakchott"], ["努瓦克肖特"])),
    C("MU", "mauritius", "Q1027", en=["Republic of Mauritius"], hans=["毛里求斯共和国"],
      cap=K("port-louis", "Q3929", ["Port Louis"], ["路易港"])),
    C("MW", "malawi", "Q1020", en=["Republic of Malawi"], hans=["马拉维共和国"],
      cap=K("lilongwe", "Q3876", ["Lilongwe"], ["利隆圭"])),
    C("MZ", "mozambique", "Q1029", en=["Republic of Mozambique"], hans=["莫桑比克共和国"],
      cap=K("maputo", "Q3889", ["Maputo"], ["马普托"])),
    C("NA", "namibia", "Q1030", en=["Republic of Namibia"], hans=["纳米比亚共和国"],
      cap=K("windhoek", "Q3935", ["Windhoek"], ["温得和克"])),
    C("NE", "niger", "Q1032", en=["Republic of the Niger"], hans=["尼日尔共和国"],
      cap=K("niamey", "Q3674", ["Niamey"], ["尼亚美"])),
    C("NG", "nigeria", "Q1033", en=["Federal Republic of Nigeria"], hans=["尼日利亚联邦共和国"],
      cap=K("abuja", "Q3787", ["Abuja"], ["阿布贾"])),
    C("RW", "rwanda", "Q1037", en=["Republic of Rwanda"], hans=["卢旺达共和国"],
      cap=K("kigali", "Q3859", ["Kigali"], ["基加利"])),
    C("SC", "seychelles", "Q1042", en=["Republic of Seychelles"], hans=["塞舌尔共和国"],
      # Bare 维多利亚 would tag 维多利亚港 (Victoria Harbour) etc.; qualified.
      cap=K("victoria", "Q3940", ["Victoria"], ["维多利亚（塞舌尔）"])),
    C("SD", "sudan", "Q1049", en=["Republic of the Sudan"], hans=["苏丹共和国"],
      cap=K("khartoum", "Q1963", ["Khartoum"], ["喀土穆"])),
    C("SL", "sierra-leone", "Q1044", en=["Republic of Sierra Leone"], hans=["塞拉利昂共和国"],
      drop=["獅子山"],  # also Lion Rock, Hong Kong
      cap=K("freetown", "Q3780", ["Freetown"], ["弗里敦"])),
    C("SN", "senegal", "Q1041", en=["Republic of Senegal"], hans=["塞内加尔共和国"],
      cap=K("dakar", "Q3718", ["Dakar"], ["达喀尔"])),
    C("SO", "somalia", "Q1045", en=["Federal Republic of Somalia"], hans=["索马里联邦共和国"],
      cap=K("mogadishu", "Q2449", ["Mogadishu"], ["摩加迪沙"])),
    C("SS", "south-sudan", "Q958", en=["Republic of South Sudan"], hans=["南苏丹共和国"],
      cap=K("juba", "Q1947", ["Juba"], ["朱巴"])),
    C("ST", "sao-tome-and-principe", "Q1039", en=["Sao Tome and Principe"],
      hans=["圣多美和普林西比民主共和国"],
      cap=K("sao-tome", "Q3932", ["São Tomé", "Sao Tome"], ["圣多美"])),
    C("SZ", "eswatini", "Q1050", en=["Swaziland", "Kingdom of Eswatini"],
      hans=["斯威士兰王国"],
      cap=K("mbabane", "Q3904", ["Mbabane"], ["姆巴巴内"])),
    C("TD", "chad", "Q657", en=["Republic of Chad"], hans=["乍得共和国"],
      cap=K("ndjamena", "Q3659", ["N'Djamena"], ["恩贾梅纳"])),
    C("TG", "togo", "Q945", en=["Togolese Republic"], hans=["多哥共和国"],
      cap=K("lome", "Q3792", ["Lomé", "Lome"], ["洛美"])),
    C("TN", "tunisia", "Q948", en=["Republic of Tunisia"], hans=["突尼斯共和国"],
      cap=K("tunis", "Q3572", ["Tunis"], ["突尼斯市"])),
    C("TZ", "tanzania", "Q924", en=["United Republic of Tanzania"], hans=["坦桑尼亚联合共和国"],
      cap=K("dodoma", "Q3866", ["Dodoma"], ["多多马"])),
    C("UG", "uganda", "Q1036", en=["Republic of Uganda"], hans=["乌干达共和国"],
      cap=K("kampala", "Q3894", ["Kampala"], ["坎帕拉"])),
    C("ZA", "south-africa", "Q258", en=["Republic of South Africa"], hans=["南非共和国"],
      cap=K("pretoria", "Q3926", ["Pretoria"], ["比勒陀利亚"])),
    C("ZM", "zambia", "Q953", en=["Republic of Zambia"], hans=["赞比亚共和国"],
      cap=K("lusaka", "Q3881", ["Lusaka"], ["卢萨卡"])),
    C("ZW", "zimbabwe", "Q954", en=["Republic of Zimbabwe"], hans=["津巴布韦共和国"],
      cap=K("harare", "Q3921", ["Harare"], ["哈拉雷"])),
    # --- Americas -----------------------------------------------------------
    C("AG", "antigua-and-barbuda", "Q781", en_pref="Antigua and Barbuda",
      # Bare 圣约翰 / 圣乔治 are saints' names (圣约翰救伤队, 圣乔治十字); qualified.
      cap=K("st-johns", "Q36262", ["St. John's", "Saint John's"], ["圣约翰（安提瓜和巴布达）"])),
    C("AR", "argentina", "Q414", en=["Argentine Republic"], hans=["阿根廷共和国"],
      cap=K("buenos-aires", "Q1486", ["Buenos Aires"], ["布宜诺斯艾利斯"])),
    C("BB", "barbados", "Q244",
      cap=K("bridgetown", "Q36168", ["Bridgetown"], ["布里奇敦"])),
    C("BO", "bolivia", "Q750", en=["Plurinational State of Bolivia"], hans=["多民族玻利维亚国"],
      cap=K("sucre", "Q2907", ["Sucre"], ["苏克雷"])),
    C("BR", "brazil", "Q155", en=["Federative Republic of Brazil"], hans=["巴西联邦共和国"],
      cap=K("brasilia", "Q2844", ["Brasília", "Brasilia"], ["巴西利亚"])),
    C("BS", "bahamas", "Q778", en=["The Bahamas", "Commonwealth of The Bahamas"], hans=["巴哈马国"],
      cap=K("nassau", "Q2467", ["Nassau"], ["拿骚"])),
    C("BZ", "belize", "Q242",
      cap=K("belmopan", "Q3043", ["Belmopan"], ["贝尔莫潘"])),
    C("CA", "canada", "Q16",
      cap=K("ottawa", "Q1930", ["Ottawa"], ["渥太华"])),
    C("CL", "chile", "Q298", en=["Republic of Chile"], hans=["智利共和国"],
      cap=K("santiago", "Q2887", ["Santiago", "Santiago de Chile"], ["圣地亚哥"], hant=["聖地牙哥"])),
    C("CO", "colombia", "Q739", en=["Republic of Colombia"], hans=["哥伦比亚共和国"],
      cap=K("bogota", "Q2841", ["Bogotá", "Bogota"], ["波哥大"])),
    C("CR", "costa-rica", "Q800", en=["Republic of Costa Rica"], hans=["哥斯达黎加共和国"],
      cap=K("san-jose", "Q3070", ["San José", "San Jose"], ["圣何塞"])),
    C("CU", "cuba", "Q241", en=["Republic of Cuba"], hans=["古巴共和国"],
      cap=K("havana", "Q1563", ["Havana"], ["哈瓦那"])),
    C("DM", "dominica", "Q784", en=["Commonwealth of Dominica"], hans=["多米尼克国"],
      cap=K("roseau", "Q36281", ["Roseau"], ["罗索"])),
    C("DO", "dominican-republic", "Q786", hans=["多米尼加"],
      cap=K("santo-domingo", "Q34820", ["Santo Domingo"], ["圣多明各"], hant=["聖多明哥"])),
    C("EC", "ecuador", "Q736", en=["Republic of Ecuador"], hans=["厄瓜多尔共和国"],
      cap=K("quito", "Q2900", ["Quito"], ["基多"])),
    C("GD", "grenada", "Q769",
      cap=K("st-georges", "Q41547", ["St. George's", "Saint George's"], ["圣乔治（格林纳达）"])),
    C("GT", "guatemala", "Q774", en=["Republic of Guatemala"], hans=["危地马拉共和国"],
      cap=K("guatemala-city", "Q1555", ["Guatemala City"], ["危地马拉城"], hant=["瓜地馬拉市"])),
    C("GY", "guyana", "Q734", en=["Co-operative Republic of Guyana"], hans=["圭亚那合作共和国"],
      cap=K("georgetown", "Q10717", ["Georgetown"], ["乔治敦"])),
    C("HN", "honduras", "Q783", en=["Republic of Honduras"], hans=["洪都拉斯共和国"],
      cap=K("tegucigalpa", "Q3238", ["Tegucigalpa"], ["特古西加尔巴"])),
    C("HT", "haiti", "Q790", en=["Republic of Haiti"], hans=["海地共和国"],
      cap=K("port-au-prince", "Q34261", ["Port-au-Prince"], ["太子港"])),
    C("JM", "jamaica", "Q766",
      cap=K("kingston", "Q34692", ["Kingston"], ["金斯敦"])),
    C("KN", "saint-kitts-and-nevis", "Q763", en_pref="Saint Kitts and Nevis",
      en=["St. Kitts and Nevis", "Federation of Saint Kitts and Nevis"],
      hans=["圣基茨和尼维斯联邦"],
      cap=K("basseterre", "Q41295", ["Basseterre"], ["巴斯特尔"])),
    C("LC", "saint-lucia", "Q760", en_pref="Saint Lucia",
      cap=K("castries", "Q41699", ["Castries"], ["卡斯特里"])),
    C("MX", "mexico", "Q96", en=["United Mexican States"], hans=["墨西哥合众国"],
      cap=K("mexico-city", "Q1489", ["Mexico City"], ["墨西哥城"])),
    C("NI", "nicaragua", "Q811", en=["Republic of Nicaragua"], hans=["尼加拉瓜共和国"],
      cap=K("managua", "Q3274", ["Managua"], ["马那瓜"])),
    C("PA", "panama", "Q804", en=["Republic of Panama"], hans=["巴拿马共和国"],
      cap=K("panama-city", "Q3306", ["Panama City"], ["巴拿马城"], hant=["巴拿馬市"])),
    C("PE", "peru", "Q419", en=["Republic of Peru"], hans=["秘鲁共和国"],
      cap=K("lima", "Q2868", ["Lima"], ["利马"])),
    C("PY", "paraguay", "Q733", en=["Republic of Paraguay"], hans=["巴拉圭共和国"],
      cap=K("asuncion", "Q2933", ["Asunción", "Asuncion"], ["亚松森"])),
    C("SR", "suriname", "Q730", en=["Republic of Suriname"], hans=["苏里南共和国"],
      cap=K("paramaribo", "Q3001", ["Paramaribo"], ["帕拉马里博"])),
    C("SV", "el-salvador", "Q792", en=["Republic of El Salvador"], hans=["萨尔瓦多共和国"],
      cap=K("san-salvador", "Q3110", ["San Salvador"], ["圣萨尔瓦多"])),
    C("TT", "trinidad-and-tobago", "Q754", en_pref="Trinidad and Tobago",
      en=["Republic of Trinidad and Tobago"], hans=["特立尼达和多巴哥共和国"],
      cap=K("port-of-spain", "Q39178", ["Port of Spain"], ["西班牙港"])),
    C("US", "united-states", "Q30", en=["United States of America", "USA", "U.S.", "U.S.A."],
      hans=["美利坚合众国", "美利坚"],
      cap=K("washington-dc", "Q61", ["Washington, D.C.", "Washington D.C.", "Washington DC"],
            ["华盛顿", "华盛顿特区", "华盛顿哥伦比亚特区"], hant=["華府"])),
    C("UY", "uruguay", "Q77", en=["Oriental Republic of Uruguay"], hans=["乌拉圭东岸共和国"],
      cap=K("montevideo", "Q1335", ["Montevideo"], ["蒙得维的亚"], hant=["蒙特維多"])),
    C("VC", "saint-vincent-and-the-grenadines", "Q757",
      en_pref="Saint Vincent and the Grenadines", en=["St. Vincent and the Grenadines"],
      drop=["St. Vincent and Grenadines"],
      # 金斯敦 is Kingston, Jamaica; the same Chinese name is qualified here.
      cap=K("kingstown", "Q41474", ["Kingstown"], ["金斯敦（圣文森特和格林纳丁斯）"])),
    C("VE", "venezuela", "Q717", en=["Bolivarian Republic of Venezuela"],
      hans=["委内瑞拉玻利瓦尔共和国"],
      cap=K("caracas", "Q1533", ["Caracas"], ["加拉加斯"], hant=["卡拉卡斯"])),
    # --- Oceania ------------------------------------------------------------
    C("AU", "australia", "Q408", en=["Commonwealth of Australia"], hans=["澳洲", "澳大利亚联邦"],
      cap=K("canberra", "Q3114", ["Canberra"], ["堪培拉"], hant=["坎培拉"])),
    C("FJ", "fiji", "Q712", en=["Republic of Fiji"], hans=["斐济共和国"],
      cap=K("suva", "Q38807", ["Suva"], ["苏瓦"])),
    C("FM", "micronesia", "Q702", en=["Federated States of Micronesia"], hans=["密克罗尼西亚联邦"],
      cap=K("palikir", "Q42751", ["Palikir"], ["帕利基尔"])),
    C("KI", "kiribati", "Q710", en=["Republic of Kiribati"], hans=["基里巴斯共和国"],
      cap=K("south-tarawa", "Q131233", ["South Tarawa", "Tarawa"], ["塔拉瓦", "南塔拉瓦"])),
    C("MH", "marshall-islands", "Q709", en=["Republic of the Marshall Islands"],
      hans=["马绍尔群岛共和国"],
      cap=K("majuro", "Q12919", ["Majuro"], ["马朱罗"])),
    C("NR", "nauru", "Q697", en=["Republic of Nauru"], hans=["瑙鲁共和国"],
      # 亚伦 alone is also the given name Aaron.
      cap=K("yaren", "Q31026", ["Yaren", "Yaren District"], ["亚伦区"])),
    C("NZ", "new-zealand", "Q664",
      cap=K("wellington", "Q23661", ["Wellington"], ["惠灵顿"], hant=["威靈頓"])),
    C("PG", "papua-new-guinea", "Q691", en=["Independent State of Papua New Guinea"],
      hans=["巴新", "巴布亚新几内亚独立国"],
      cap=K("port-moresby", "Q36526", ["Port Moresby"], ["莫尔斯比港"])),
    C("PW", "palau", "Q695", en=["Republic of Palau"], hans=["帕劳共和国"],
      cap=K("ngerulmud", "Q515229", ["Ngerulmud"], ["恩吉鲁穆德"])),
    C("SB", "solomon-islands", "Q685",
      cap=K("honiara", "Q40921", ["Honiara"], ["霍尼亚拉"])),
    C("TO", "tonga", "Q678", en=["Kingdom of Tonga"], hans=["汤加王国"],
      drop=["東加"],  # folds to 东加, as in 东加勒比 (Eastern Caribbean)
      cap=K("nukualofa", "Q38834", ["Nukuʻalofa", "Nuku'alofa"], ["努库阿洛法"])),
    C("TV", "tuvalu", "Q672",
      cap=K("funafuti", "Q34126", ["Funafuti"], ["富纳富提"])),
    C("VU", "vanuatu", "Q686", en=["Republic of Vanuatu"], hans=["瓦努阿图共和国"],
      cap=K("port-vila", "Q37806", ["Port Vila"], ["维拉港"])),
    C("WS", "samoa", "Q683", en=["Independent State of Samoa"], hans=["萨摩亚独立国"],
      cap=K("apia", "Q36260", ["Apia"], ["阿皮亚"])),
]


# ---------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _dedup(items) -> list[str]:
    out: list[str] = []
    for x in items:
        x = (x or "").strip()
        if x and x not in out:
            out.append(x)
    return out


def _norm_en(name: str | None) -> str | None:
    """CLDR English display forms -> running-text forms (’ -> ', & -> and, ' - ' -> '-')."""
    if not name:
        return name
    return name.replace("\u2019", "'").replace(" & ", " and ").replace(" - ", "-")


# OpenCC s2t writes 里 as 裏 where it reads "inside" (马里 -> 馬裏) and uses the
# OpenCC-standard variants 羣/衆; in names 里 is always the transliteration 里
# and Hong Kong / Taiwan both write 群/眾.
_HANT_FIX = {"羣": "群", "衆": "眾"}


def _hant(name: str) -> str:
    """Traditional-script form of a simplified name: OpenCC s2t plus the fixes above."""
    out = _S2T.convert(name)
    if len(out) != len(name):
        return out
    return "".join("里" if src == "里" else _HANT_FIX.get(ch, ch) for src, ch in zip(name, out))


def _fold(name: str) -> str:
    """Folding used by the clash check: NFKC, then OpenCC t2s (as kg.text.fold)."""
    return _T2S.convert(unicodedata.normalize("NFKC", name))


def _names(en, hans, hant, drop) -> dict[str, list[str]]:
    drop = set(drop)
    return {
        "en": [n for n in _dedup(en) if n not in drop],
        "zh-Hans": [n for n in _dedup(hans) if n not in drop],
        "zh-Hant": [n for n in _dedup(hant) if n not in drop],
    }


def build() -> tuple[list[dict], list[dict]]:
    terr = {tag: Locale.parse(tag).territories for tag in ("en", "zh_Hans", "zh_Hant", "zh_Hant_HK")}
    countries: list[dict] = []
    capitals: list[dict] = []
    for c in COUNTRIES:
        cl_en = _norm_en(terr["en"].get(c.iso)) if c.iso else None
        cl_hans = terr["zh_Hans"].get(c.iso) if c.iso else None
        cl_tw = terr["zh_Hant"].get(c.iso) if c.iso else None
        cl_hk = terr["zh_Hant_HK"].get(c.iso) if c.iso else None

        en_pref = c.en_pref or cl_en
        hans_pref = c.hans_pref or cl_hans
        if not en_pref or not hans_pref:
            raise SystemExit(f"{c.slug}: no CLDR name and no override")
        if c.hant_pref:
            hant_pref = c.hant_pref
        elif cl_hk and _fold(cl_hk) == hans_pref:
            hant_pref = cl_hk  # CLDR Hong Kong form of the mainland name
        else:
            hant_pref = _hant(hans_pref)

        en = [en_pref, cl_en, *c.en]
        hans = [hans_pref, cl_hans, *c.hans]
        hant = [hant_pref, _hant(hans_pref), cl_hk, cl_tw, *(_hant(x) for x in hans[1:] if x), *c.hant]
        rec = {
            "id": c.slug,
            "type": "Country",
            "names": _names(en, hans, hant, c.drop),
        }
        if c.qid:
            rec["qid"] = c.qid
        if c.iso:
            rec["iso"] = c.iso
        if c.cap:
            k = c.cap
            rec["capital"] = k.slug
            k_hant_pref = k.hant_pref or _hant(k.hans[0])
            crec = {
                "id": k.slug,
                "type": "Place",
                "names": _names(k.en, k.hans, [k_hant_pref, *(_hant(x) for x in k.hans), *k.hant], ()),
                "country": c.slug,
                "kind": "capital",
            }
            if k.qid:
                crec["qid"] = k.qid
            capitals.append(crec)
        countries.append(rec)
    countries.sort(key=lambda r: r["id"])
    capitals.sort(key=lambda r: r["id"])
    return countries, capitals


def check(countries: list[dict], capitals: list[dict]) -> list[str]:
    """Return a list of problems (empty when the data is consistent)."""
    problems: list[str] = []
    records = countries + capitals
    ids = [r["id"] for r in records]
    for i in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(f"duplicate id: {i}")
    for r in records:
        if not _SLUG.match(r["id"]):
            problems.append(f"bad slug: {r['id']}")
        for lang in ("en", "zh-Hans", "zh-Hant"):
            if not r["names"].get(lang):
                problems.append(f"{r['id']}: no {lang} name")
        for lang, names in r["names"].items():
            for n in names:
                if len(n) < 2:
                    problems.append(f"{r['id']}: single-character name {n!r} ({lang})")
    qids: dict[str, str] = {}
    for r in records:
        q = r.get("qid")
        if q is None:
            continue
        if not re.fullmatch(r"Q[1-9][0-9]*", q):
            problems.append(f"{r['id']}: malformed qid {q}")
        if q in qids:
            problems.append(f"qid {q} used by {qids[q]} and {r['id']}")
        qids[q] = r["id"]
    # Chinese names: no folded key shared by two different records.
    owner: dict[str, str] = {}
    for r in records:
        for lang in ("zh-Hans", "zh-Hant"):
            for n in r["names"][lang]:
                key = _fold(n)
                if key in owner and owner[key] != r["id"]:
                    problems.append(f"Chinese name clash {n!r} -> {key!r}: {owner[key]} / {r['id']}")
                owner.setdefault(key, r["id"])
    # Coverage.
    by_iso = {r["iso"]: r for r in countries if "iso" in r}
    missing = sorted(UN_MEMBERS - by_iso.keys())
    if missing:
        problems.append(f"UN members missing: {missing}")
    if len(UN_MEMBERS) != 193:
        problems.append(f"UN member list has {len(UN_MEMBERS)} codes, not 193")
    country_ids = {r["id"] for r in countries}
    for x in EXTRA_IDS:
        if x not in country_ids:
            problems.append(f"extra entity missing: {x}")
    cap_ids = {r["id"] for r in capitals}
    need_cap = [by_iso[i] for i in sorted(UN_MEMBERS) if i in by_iso]
    need_cap += [r for r in countries if r["id"] in CAPITAL_REQUIRED_EXTRA]
    for r in need_cap:
        if r.get("capital") not in cap_ids:
            problems.append(f"{r['id']}: no capital record")
    for k in capitals:
        if k["country"] not in country_ids:
            problems.append(f"{k['id']}: unknown country {k['country']}")
    return problems


def english_overlaps(records: list[dict]) -> list[str]:
    """English names shared by two records (reported, not fatal)."""
    seen: dict[str, str] = {}
    out = []
    for r in records:
        for n in r["names"]["en"]:
            if n in seen and seen[n] != r["id"]:
                out.append(f"English name {n!r}: {seen[n]} / {r['id']}")
            seen.setdefault(n, r["id"])
    return out


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)
    path.write_bytes(text.encode("utf-8"))


def main() -> int:
    countries, capitals = build()
    problems = check(countries, capitals)
    for w in english_overlaps(countries + capitals):
        print("warning:", w, file=sys.stderr)
    if problems:
        for p in problems:
            print("error:", p, file=sys.stderr)
        return 1
    write_jsonl(COUNTRIES_OUT, countries)
    write_jsonl(CAPITALS_OUT, capitals)
    n_q = sum(1 for r in countries if "qid" in r)
    k_q = sum(1 for r in capitals if "qid" in r)
    print(f"babel {babel.__version__}: {len(countries)} countries ({n_q} with QID) -> "
          f"{COUNTRIES_OUT.relative_to(ROOT)}; {len(capitals)} capitals ({k_q} with QID) -> "
          f"{CAPITALS_OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
