#!/usr/bin/env python3
"""Build the CITY part of the entity gazetteer: major cities that are not national capitals.

Run from the repository root (deterministic: same table, same bytes out)::

    python scripts/build_gazetteer_cities.py [--check]

Selection (world knowledge; not derived from, nor tuned to, any article)
-----------------------------------------------------------------------
A city gets a record when it is not a national capital (capitals live in
``capitals.jsonl``) and at least one of these holds:

(a) its urban agglomeration had 2 million inhabitants or more in 2018 in the
    UN *World Urbanization Prospects: The 2018 Revision* (WUP 2018, file
    "Urban agglomerations with 300,000 inhabitants or more"). The table lists
    only the cities the author was sure pass that threshold; borderline
    agglomerations (roughly 1.8-2.2 million, e.g. Perth, Barranquilla, Peshawar,
    Almaty, Hamburg, Portland) and the Chinese prefecture-level cities whose
    WUP figure was uncertain were left out rather than guessed;
(b) it is the capital of a provincial-level division of the People's Republic
    of China (province or autonomous region), one of the municipalities under
    the central government other than Beijing (Shanghai, Tianjin, Chongqing),
    or one of the five sub-provincial cities with independent planning status
    (Shenzhen, Dalian, Qingdao, Ningbo, Xiamen).

(c) it hosts a principal office of the United Nations system or of the
    European Union, or the recurring meeting of heads of government that
    diplomacy news reports (the International Court of Justice at The Hague; the
    European Parliament at Strasbourg; the World Economic Forum at Davos).
    Geneva (UN Office at Geneva) is left out for now: linked, it exposes an event
    engine fault (a meeting at a named place joins an undated summit of the
    article) that splits the 2021 G7 summit on dev-june2021; see the issue notes.

Capitals of sub-national units elsewhere (US states, Indian states, ...) are
not in scope unless (a) holds. Hong Kong and Macau are first-level divisions
(``regions.jsonl``, kind ``division``), not cities here. Delhi is left out: its
agglomeration is the national capital's (``new-delhi`` in ``capitals.jsonl``).
Salvador (Brazil) is left out: its Chinese name 萨尔瓦多 is the country El
Salvador's. Cali, Kano and Belém are left out: in Chinese news their only
Chinese names (卡利, 卡诺, 贝伦) occur mostly inside transliterated personal
names (卡利巴夫 Ghalibaf, 久卡诺维奇 Đukanović, 范德贝伦 Van der Bellen), which
the matcher cannot tell apart. Gujranwala and Ekurhuleni are left out for want
of a settled Chinese form.

Data sources
------------
* **The hand-curated table below** (``CITIES``): id, home country (the id of
  its record in ``countries.jsonl``), the criterion, English names (the common
  name, then a widely used official or former name), simplified-Chinese names
  (the mainland Xinhua form first, then forms common in Chinese news) and extra
  traditional-script forms where Taiwan or Hong Kong usage differs from the
  mainland transliteration (悉尼/雪梨, 旧金山/三藩市, 迪拜/杜拜, ...).
* **Traditional-script forms** of the simplified names are derived with OpenCC
  ``s2t`` (official ``opencc`` binding), keeping 里 as 里 (s2t writes 裏 where
  it reads "inside": 庫裏蒂巴) and writing 群/眾 for 羣/衆.
* **Wikidata QIDs** are given only where the ID was checked against a
  Wikidata-derived listing that pairs it with the city's English label (and a
  population that fits the city), or against two independent sources; the
  others are left out on purpose (a wrong ID is worse than none).

Name policy
-----------
No name of one character. No bare short form that is an ordinary word or the
name of something else: 海口 (夸下海口) and 中山 (孙中山, 中山大学) appear only
as 海口市 and 中山市; 亚历山大 (Alexander) only as 亚历山大港; 胡志明 (the
person) only as 胡志明市; 西贡 (also Sai Kung, Hong Kong) is not an alias of
Ho Chi Minh City, nor 圣地亚哥 / 聖地牙哥 (both also Santiago de Chile) of San
Diego; no one-character abbreviations (沪, 穗, 渝 ...) and no nicknames (魔都,
赌城 ...).

Record format (``kg/data/gazetteer/cities.jsonl``, one JSON object a line,
``ensure_ascii=False``, keys sorted, lines sorted by id)::

    {"country": "brazil", "id": "rio-de-janeiro", "kind": "city",
     "names": {"en": ["Rio de Janeiro"], "zh-Hans": ["里约热内卢", "里约"],
               "zh-Hant": ["里約熱內盧", "里約"]},
     "qid": "Q8678", "type": "Place"}

Checks (exit status 1 if one fails): ids unique, slug-shaped and not used by
another gazetteer file; country known; no single-character name; no QID used
twice (here or in another file); no name shared by two cities, nor by a city
and any record of another gazetteer file (Chinese names compared after
folding with NFKC + OpenCC ``t2s``, as the matcher does; Latin names exactly).
``--report`` also lists, without failing, the names that overlap a name of
another file as a substring (for review of matching side effects).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import opencc

sys.path.insert(0, str(Path(__file__).resolve().parent))
import place_gazetteer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GAZ = ROOT / "kg" / "data" / "gazetteer"
OUTPUT = GAZ / "cities.jsonl"



@dataclass(frozen=True)
class City:
    slug: str
    qid: str | None
    country: str
    crit: str  # "a", "b", "ab" or "c": which selection criteria hold (documentation)
    en: tuple[str, ...]
    hans: tuple[str, ...]
    hant: tuple[str, ...] = ()  # extra traditional forms (Taiwan / Hong Kong usage)


def X(slug, qid, country, crit, en, hans, hant=()) -> City:
    return City(slug, qid, country, crit, tuple(en), tuple(hans), tuple(hant))


# ---------------------------------------------------------------------------
# Hand table. QIDs only where checked (see the module docstring).
# ---------------------------------------------------------------------------
CITIES: list[City] = [
    # --- China: (b) provincial-level capitals, municipalities, sub-provincial
    X("shanghai", "Q8686", "china", "ab", ["Shanghai"], ["上海", "上海市"]),
    X("tianjin", "Q11736", "china", "ab", ["Tianjin"], ["天津", "天津市"]),
    X("chongqing", "Q11725", "china", "ab", ["Chongqing"], ["重庆", "重庆市"]),
    X("shijiazhuang", "Q58401", "china", "ab", ["Shijiazhuang"], ["石家庄", "石家庄市"]),
    X("taiyuan", "Q72778", "china", "ab", ["Taiyuan"], ["太原", "太原市"]),
    X("hohhot", "Q535534", "china", "b", ["Hohhot"], ["呼和浩特", "呼和浩特市"]),
    X("shenyang", "Q11720", "china", "ab", ["Shenyang"], ["沈阳", "沈阳市"]),
    X("changchun", "Q92161", "china", "ab", ["Changchun"], ["长春", "长春市"]),
    X("harbin", "Q42956", "china", "ab", ["Harbin"], ["哈尔滨", "哈尔滨市"]),
    X("nanjing", "Q16666", "china", "ab", ["Nanjing"], ["南京", "南京市"]),
    X("hangzhou", "Q4970", "china", "ab", ["Hangzhou"], ["杭州", "杭州市"]),
    X("hefei", "Q185684", "china", "ab", ["Hefei"], ["合肥", "合肥市"]),
    X("fuzhou", "Q68481", "china", "ab", ["Fuzhou"], ["福州", "福州市"]),
    X("nanchang", "Q171943", "china", "ab", ["Nanchang"], ["南昌", "南昌市"]),
    X("jinan", "Q170247", "china", "ab", ["Jinan"], ["济南", "济南市"]),
    X("zhengzhou", "Q30340", "china", "ab", ["Zhengzhou"], ["郑州", "郑州市"]),
    X("wuhan", "Q11746", "china", "ab", ["Wuhan"], ["武汉", "武汉市"]),
    X("changsha", "Q174091", "china", "ab", ["Changsha"], ["长沙", "长沙市"]),
    X("guangzhou", "Q16572", "china", "ab", ["Guangzhou"], ["广州", "广州市"]),
    X("nanning", "Q179608", "china", "ab", ["Nanning"], ["南宁", "南宁市"]),
    # 海口 alone is also the word in 夸下海口 (to boast).
    X("haikou", "Q189823", "china", "b", ["Haikou"], ["海口市"]),
    X("chengdu", "Q30002", "china", "ab", ["Chengdu"], ["成都", "成都市"]),
    X("guiyang", "Q192271", "china", "ab", ["Guiyang"], ["贵阳", "贵阳市"]),
    X("kunming", "Q182852", "china", "ab", ["Kunming"], ["昆明", "昆明市"]),
    X("lhasa", "Q5869", "china", "b", ["Lhasa"], ["拉萨", "拉萨市"]),
    X("xian", "Q5826", "china", "ab", ["Xi'an", "Xian"], ["西安", "西安市"]),
    X("lanzhou", "Q183584", "china", "ab", ["Lanzhou"], ["兰州", "兰州市"]),
    X("xining", "Q69060", "china", "b", ["Xining"], ["西宁", "西宁市"]),
    X("yinchuan", "Q211243", "china", "b", ["Yinchuan"], ["银川", "银川市"]),
    X("urumqi", "Q16959", "china", "ab", ["Ürümqi", "Urumqi"], ["乌鲁木齐", "乌鲁木齐市"]),
    X("shenzhen", "Q15174", "china", "ab", ["Shenzhen"], ["深圳", "深圳市"]),
    X("dalian", "Q74881", "china", "ab", ["Dalian"], ["大连", "大连市"]),
    X("qingdao", "Q170322", "china", "ab", ["Qingdao"], ["青岛", "青岛市"]),
    X("ningbo", "Q42780", "china", "ab", ["Ningbo"], ["宁波", "宁波市"]),
    X("xiamen", "Q68744", "china", "ab", ["Xiamen"], ["厦门", "厦门市"]),
    # --- China: (a) only -----------------------------------------------------
    X("dongguan", "Q59218", "china", "a", ["Dongguan"], ["东莞", "东莞市"]),
    X("foshan", "Q34412", "china", "a", ["Foshan"], ["佛山", "佛山市"]),
    X("suzhou", "Q42622", "china", "a", ["Suzhou"], ["苏州", "苏州市"]),
    X("shantou", "Q59100", "china", "a", ["Shantou"], ["汕头", "汕头市"]),
    X("wuxi", "Q42651", "china", "a", ["Wuxi"], ["无锡", "无锡市"]),
    X("changzhou", "Q57970", "china", "a", ["Changzhou"], ["常州", "常州市"]),
    X("wenzhou", "Q42635", "china", "a", ["Wenzhou"], ["温州", "温州市"]),
    X("tangshan", "Q58422", "china", "a", ["Tangshan"], ["唐山", "唐山市"]),
    # 中山 alone is Sun Yat-sen (孙中山, 中山大学, 中山路).
    X("zhongshan", "Q59223", "china", "a", ["Zhongshan"], ["中山市"]),
    X("xuzhou", "Q57719", "china", "a", ["Xuzhou"], ["徐州", "徐州市"]),
    X("zibo", "Q198370", "china", "a", ["Zibo"], ["淄博", "淄博市"]),
    # --- East and Southeast Asia -------------------------------------------
    X("osaka", "Q35765", "japan", "a", ["Osaka"], ["大阪", "大阪市"]),
    X("nagoya", "Q11751", "japan", "a", ["Nagoya"], ["名古屋", "名古屋市"]),
    X("fukuoka", "Q26600", "japan", "a", ["Fukuoka"], ["福冈", "福冈市"]),
    X("sapporo", "Q37951", "japan", "a", ["Sapporo"], ["札幌", "札幌市"]),
    X("busan", "Q16520", "south-korea", "a", ["Busan", "Pusan"], ["釜山", "釜山市"]),
    X("incheon", "Q20934", "south-korea", "a", ["Incheon"], ["仁川", "仁川市"]),
    X("daegu", "Q20927", "south-korea", "a", ["Daegu"], ["大邱", "大邱市"]),
    # 胡志明 alone is the person; 西贡 is also Sai Kung (Hong Kong).
    X("ho-chi-minh-city", "Q1854", "vietnam", "a", ["Ho Chi Minh City", "Saigon"], ["胡志明市"]),
    X("yangon", "Q37995", "myanmar", "a", ["Yangon", "Rangoon"], ["仰光"]),
    # 泗水 (the usual Xinhua name) is also Sishui County, Shandong (泗水县).
    X("surabaya", None, "indonesia", "a", ["Surabaya"], ["苏腊巴亚"]),
    X("bandung", None, "indonesia", "a", ["Bandung"], ["万隆"]),
    X("medan", None, "indonesia", "a", ["Medan"], ["棉兰"]),
    # --- South Asia ----------------------------------------------------------
    X("mumbai", "Q1156", "india", "a", ["Mumbai", "Bombay"], ["孟买"]),
    X("kolkata", "Q1348", "india", "a", ["Kolkata", "Calcutta"], ["加尔各答"]),
    X("bengaluru", "Q1355", "india", "a", ["Bengaluru", "Bangalore"], ["班加罗尔"]),
    X("chennai", "Q1352", "india", "a", ["Chennai", "Madras"], ["金奈", "钦奈", "马德拉斯"]),
    X("hyderabad", "Q1361", "india", "a", ["Hyderabad"], ["海得拉巴"]),
    X("ahmedabad", "Q1070", "india", "a", ["Ahmedabad"], ["艾哈迈达巴德"]),
    X("surat", "Q4629", "india", "a", ["Surat"], ["苏拉特"]),
    X("pune", "Q1538", "india", "a", ["Pune"], ["浦那"]),
    X("jaipur", "Q66485", "india", "a", ["Jaipur"], ["斋浦尔"]),
    X("lucknow", "Q47916", "india", "a", ["Lucknow"], ["勒克瑙"]),
    X("kanpur", "Q66568", "india", "a", ["Kanpur"], ["坎普尔"]),
    X("nagpur", "Q1513", "india", "a", ["Nagpur"], ["那格浦尔"]),
    X("indore", "Q66616", "india", "a", ["Indore"], ["印多尔"]),
    X("patna", "Q80484", "india", "a", ["Patna"], ["巴特那"]),
    X("bhopal", "Q80989", "india", "a", ["Bhopal"], ["博帕尔"]),
    X("vadodara", "Q11909", "india", "a", ["Vadodara", "Baroda"], ["瓦多达拉"]),
    X("coimbatore", "Q9885", "india", "a", ["Coimbatore"], ["哥印拜陀"]),
    X("kochi", "Q1800", "india", "a", ["Kochi", "Cochin"], ["科钦"]),
    X("karachi", "Q8660", "pakistan", "a", ["Karachi"], ["卡拉奇"]),
    X("lahore", "Q11739", "pakistan", "a", ["Lahore"], ["拉合尔"]),
    X("faisalabad", "Q173985", "pakistan", "a", ["Faisalabad"], ["费萨拉巴德"]),
    X("rawalpindi", "Q93230", "pakistan", "a", ["Rawalpindi"], ["拉瓦尔品第"]),
    X("chittagong", None, "bangladesh", "a", ["Chittagong", "Chattogram"], ["吉大港"]),
    # --- West Asia, Russia and Europe ----------------------------------------
    X("mashhad", "Q121157", "iran", "a", ["Mashhad"], ["马什哈德"]),
    X("isfahan", "Q42053", "iran", "a", ["Isfahan"], ["伊斯法罕"]),
    X("jeddah", "Q374365", "saudi-arabia", "a", ["Jeddah"], ["吉达"]),
    X("dubai", "Q612", "united-arab-emirates", "a", ["Dubai"], ["迪拜"], hant=["杜拜"]),
    X("tel-aviv", "Q33935", "israel", "a", ["Tel Aviv", "Tel Aviv-Yafo"], ["特拉维夫"]),
    X("istanbul", "Q406", "turkey", "a", ["Istanbul"], ["伊斯坦布尔"], hant=["伊斯坦堡"]),
    X("izmir", "Q35997", "turkey", "a", ["Izmir", "İzmir"], ["伊兹密尔"]),
    X("saint-petersburg", "Q656", "russia", "a", ["Saint Petersburg", "St. Petersburg"], ["圣彼得堡"]),
    X("barcelona", "Q1492", "spain", "a", ["Barcelona"], ["巴塞罗那"], hant=["巴塞隆納"]),
    X("milan", "Q490", "italy", "a", ["Milan"], ["米兰"]),
    X("naples", "Q2634", "italy", "a", ["Naples"], ["那不勒斯"], hant=["拿坡里"]),
    X("manchester", "Q18125", "united-kingdom", "a", ["Manchester"], ["曼彻斯特"]),
    X("the-hague", "Q36600", "netherlands", "c", ["The Hague"], ["海牙"]),
    X("strasbourg", "Q6602", "france", "c", ["Strasbourg"], ["斯特拉斯堡"]),
    X("davos", None, "switzerland", "c", ["Davos"], ["达沃斯"]),
    X("birmingham", "Q2256", "united-kingdom", "a", ["Birmingham"], ["伯明翰"], hant=["伯明罕"]),
    # --- North America -------------------------------------------------------
    X("new-york-city", "Q60", "united-states", "a", ["New York City", "New York", "NYC"], ["纽约", "纽约市"]),
    X("los-angeles", "Q65", "united-states", "a", ["Los Angeles"], ["洛杉矶"]),
    X("chicago", "Q1297", "united-states", "a", ["Chicago"], ["芝加哥"]),
    X("houston", "Q16555", "united-states", "a", ["Houston"], ["休斯敦"], hant=["休士頓", "侯斯頓"]),
    X("dallas", "Q16557", "united-states", "a", ["Dallas"], ["达拉斯"]),
    X("miami", "Q8652", "united-states", "a", ["Miami"], ["迈阿密"]),
    X("philadelphia", "Q1345", "united-states", "a", ["Philadelphia"], ["费城"]),
    X("atlanta", "Q23556", "united-states", "a", ["Atlanta"], ["亚特兰大"]),
    X("boston", "Q100", "united-states", "a", ["Boston"], ["波士顿"]),
    X("phoenix", "Q16556", "united-states", "a", ["Phoenix"], ["菲尼克斯", "凤凰城"]),
    # HK: 三藩市; TW: 舊金山 (the s2t form). 圣弗朗西斯科 is rare in news.
    X("san-francisco", "Q62", "united-states", "a", ["San Francisco"], ["旧金山"], hant=["三藩市"]),
    X("detroit", "Q12439", "united-states", "a", ["Detroit"], ["底特律"]),
    X("seattle", "Q5083", "united-states", "a", ["Seattle"], ["西雅图"]),
    # 圣地亚哥 (mainland) and 聖地牙哥 (Taiwan, Hong Kong) also name Santiago de
    # Chile (capitals.jsonl): only the unambiguous mainland form is kept.
    X("san-diego", "Q16552", "united-states", "a", ["San Diego"], ["圣迭戈"]),
    X("minneapolis", "Q36091", "united-states", "a", ["Minneapolis"], ["明尼阿波利斯"], hant=["明尼亞波利斯"]),
    X("tampa", "Q49255", "united-states", "a", ["Tampa"], ["坦帕"]),
    X("denver", "Q16554", "united-states", "a", ["Denver"], ["丹佛"]),
    X("baltimore", "Q5092", "united-states", "a", ["Baltimore"], ["巴尔的摩"]),
    X("st-louis", "Q38022", "united-states", "a", ["St. Louis", "Saint Louis"], ["圣路易斯"], hant=["聖路易"]),
    X("las-vegas", "Q23768", "united-states", "a", ["Las Vegas"], ["拉斯维加斯"]),
    X("toronto", "Q172", "canada", "a", ["Toronto"], ["多伦多"]),
    X("montreal", "Q340", "canada", "a", ["Montreal", "Montréal"], ["蒙特利尔"], hant=["蒙特婁", "滿地可"]),
    X("vancouver", "Q24639", "canada", "a", ["Vancouver"], ["温哥华"]),
    X("guadalajara", "Q9022", "mexico", "a", ["Guadalajara"], ["瓜达拉哈拉"]),
    X("monterrey", "Q81033", "mexico", "a", ["Monterrey"], ["蒙特雷"]),
    X("puebla", "Q125293", "mexico", "a", ["Puebla"], ["普埃布拉"]),
    X("toluca", None, "mexico", "a", ["Toluca"], ["托卢卡"]),
    X("tijuana", "Q124739", "mexico", "a", ["Tijuana"], ["蒂华纳"], hant=["提華納"]),
    # --- South America -------------------------------------------------------
    X("medellin", "Q48278", "colombia", "a", ["Medellín", "Medellin"], ["麦德林"]),
    X("maracaibo", "Q171632", "venezuela", "a", ["Maracaibo"], ["马拉开波"]),
    X("guayaquil", "Q43509", "ecuador", "a", ["Guayaquil"], ["瓜亚基尔"]),
    X("sao-paulo", "Q174", "brazil", "a", ["São Paulo", "Sao Paulo"], ["圣保罗"]),
    X("rio-de-janeiro", "Q8678", "brazil", "a", ["Rio de Janeiro"], ["里约热内卢", "里约"]),
    X("belo-horizonte", "Q42800", "brazil", "a", ["Belo Horizonte"], ["贝洛奥里藏特"]),
    X("porto-alegre", "Q40269", "brazil", "a", ["Porto Alegre"], ["阿雷格里港"]),
    X("recife", "Q48344", "brazil", "a", ["Recife"], ["累西腓"]),
    X("fortaleza", "Q43463", "brazil", "a", ["Fortaleza"], ["福塔莱萨"]),
    X("curitiba", "Q4361", "brazil", "a", ["Curitiba"], ["库里蒂巴"]),
    X("campinas", "Q171617", "brazil", "a", ["Campinas"], ["坎皮纳斯"]),
    X("goiania", None, "brazil", "a", ["Goiânia", "Goiania"], ["戈亚尼亚"]),
    X("manaus", "Q40236", "brazil", "a", ["Manaus"], ["马瑙斯"]),
    # --- Africa --------------------------------------------------------------
    X("lagos", "Q8673", "nigeria", "a", ["Lagos"], ["拉各斯"]),
    X("ibadan", "Q183298", "nigeria", "a", ["Ibadan"], ["伊巴丹"]),
    X("port-harcourt", "Q217432", "nigeria", "a", ["Port Harcourt"], ["哈科特港"]),
    # 亚历山大 alone is the given name Alexander; Latin "Alexandria" alone is
    # mostly Alexandria Ocasio-Cortez in Chinese news, so only the qualified form.
    X("alexandria", "Q87", "egypt", "a", ["Alexandria, Egypt"], ["亚历山大港"]),
    X("johannesburg", "Q34647", "south-africa", "a", ["Johannesburg"], ["约翰内斯堡"], hant=["約翰尼斯堡"]),
    X("cape-town", "Q5465", "south-africa", "a", ["Cape Town"], ["开普敦"]),
    X("durban", "Q5468", "south-africa", "a", ["Durban"], ["德班"]),
    X("lubumbashi", "Q187593", "democratic-republic-of-the-congo", "a", ["Lubumbashi"], ["卢本巴希"]),
    X("mbuji-mayi", "Q319660", "democratic-republic-of-the-congo", "a", ["Mbuji-Mayi"], ["姆布吉马伊"]),
    X("dar-es-salaam", "Q1960", "tanzania", "a", ["Dar es Salaam"], ["达累斯萨拉姆"], hant=["三蘭港"]),
    X("casablanca", "Q7903", "morocco", "a", ["Casablanca"], ["卡萨布兰卡"], hant=["卡薩布蘭加"]),
    X("abidjan", "Q1515", "cote-d-ivoire", "a", ["Abidjan"], ["阿比让"], hant=["阿必尚"]),
    X("kumasi", "Q182059", "ghana", "a", ["Kumasi"], ["库马西"]),
    X("douala", "Q132830", "cameroon", "a", ["Douala"], ["杜阿拉"]),
    # --- Oceania -------------------------------------------------------------
    X("sydney", "Q3130", "australia", "a", ["Sydney"], ["悉尼"], hant=["雪梨"]),
    X("melbourne", "Q3141", "australia", "a", ["Melbourne"], ["墨尔本"]),
    X("brisbane", "Q34932", "australia", "a", ["Brisbane"], ["布里斯班"], hant=["布里斯本"]),
]


# ---------------------------------------------------------------------------
# Building and checking
# ---------------------------------------------------------------------------
def _summary(records: list[dict]) -> str:
    n_qid = sum(1 for r in records if "qid" in r)
    by = {c: sum(1 for x in CITIES if x.crit == c) for c in ("a", "b", "ab", "c")}
    return (f"{len(records)} cities ({by['a']} by (a) only, {by['b']} by (b) only, {by['ab']} by both), "
            f"{n_qid} with QID")


def main(argv=None) -> int:
    return place_gazetteer.run(argv, __doc__, place_gazetteer.place_records(CITIES, "city"), OUTPUT, _summary)

if __name__ == "__main__":
    sys.exit(main())
