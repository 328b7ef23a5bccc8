#!/usr/bin/env python3
"""Build the GEOGRAPHIC FEATURE part of the entity gazetteer.

Run from the repository root (deterministic: same table, same bytes out)::

    python scripts/build_gazetteer_features.py [--check]

Scope and sources
-----------------
The hand table below is world knowledge: the geographic features and the
territories that international and diplomatic news names, written from named
references; no row is there because one article names it:

* **oceans and seas, straits, gulfs and bays**: the IHO *Limits of Oceans and
  Seas* (S-23) for the names and extent of oceans, seas, straits and gulfs,
  with the straits and canals of sea-lane and freedom-of-navigation news
  (Taiwan Strait, Malacca, Hormuz, Bab-el-Mandeb, Kerch, the Turkish Straits,
  Suez and Panama canals, ...);
* **rivers and lakes**: the major rivers of the world and those of border,
  water-sharing and dam disputes (Mekong / Lancang, Brahmaputra / Yarlung
  Tsangpo, Nile, Jordan, Euphrates, Dnieper, ...), China's great rivers, and
  the large lakes (Wikipedia "List of rivers by length", "List of lakes by
  area");
* **islands and island groups**: the disputed islands and reefs with every
  name each side uses (Diaoyu / Senkaku, the South China Sea features,
  southern Kurils / Northern Territories, Dokdo / Takeshima, Falklands /
  Malvinas, Chagos), and the large or newsworthy islands (Wikipedia "List of
  territorial disputes", "List of islands by area");
* **peninsulas, territories, mountain ranges, plateaus and deserts**:
  Wikipedia "List of peninsulas", "List of territorial disputes", "List of
  states with limited recognition", the UN list of non-self-governing
  territories and the dependent territories of the news (Greenland, Guam,
  Gibraltar, ...), the great mountain ranges, peaks and deserts.

Chinese names are those of Xinhua and of the 中国地名 standard (《世界地名翻译
大辞典》, the Ministry of Civil Affairs' names of South China Sea features),
plus the names the other side uses when Chinese news quotes it (尖阁列岛,
斯普拉特利群岛, 北方四岛, 竹岛, 福克兰群岛 / 马尔维纳斯群岛, ...).

Record format (``kg/data/gazetteer/features.jsonl``, one JSON object a line,
``ensure_ascii=False``, keys sorted, lines sorted by id)::

    {"id": "strait-of-hormuz", "kind": "strait", "type": "Place",
     "names": {"en": ["Strait of Hormuz"], "zh-Hans": ["霍尔木兹海峡", ...],
               "zh-Hant": ["霍爾木茲海峽", "荷莫茲海峽", ...]}}

``kind`` is one of ocean, sea, strait, canal, gulf, harbor, river, lake,
island, islands, reef, peninsula, territory, valley, glacier, plateau,
mountain, mountains, area (a land region wholly in one country: Siberia),
desert; and site or district for the few places listed only so that their
longer name wins (see below). ``country`` (a slug of ``countries.jsonl``) is given only when the
feature lies wholly in one country whose sovereignty over it no other state
contests: a shared sea or river, a disputed island, an occupied or breakaway
territory has none. ``qid`` is given only where the Wikidata ID is certain.

Conventions
-----------
* Chinese names are entered in simplified script, mainland usage first (the
  preferred label).  Traditional forms are derived with OpenCC (``s2t``,
  ``s2tw``, ``s2hk``) with the repairs of the other builders (里, 岩, 台, ...);
  Taiwan / Hong Kong names that are other words (荷莫茲海峽, 加薩走廊,
  喀什米爾, 聖母峰, 峇里島, ...) are listed in ``tw`` (added to zh-Hant, their
  simplified form to zh-Hans); ``tw_only`` ones go to zh-Hant only.
* Name policy: matching is leftmost-longest over folded text (and a match
  that cuts an ordinary word of the segmentation is dropped), so a name must
  not be an ordinary word nor another place.  Every Chinese name was counted
  in a 5,000-article news corpus and its contexts read; these were left out,
  or kept only in longer forms:

  - other places or words: 北海 (Beihai, Guangxi, as often as the North
    Sea), 黑龙江 (the province; the river is 阿穆尔河 here), 海湾 (any bay;
    the Gulf states), 钓鱼台 (the Diaoyutai State Guesthouse; 钓鱼台列屿 kept),
    南沙 / 西沙 (Nansha District of Guangzhou; 南沙群岛, 西沙群岛 kept), 马岛
    (also Madagascar), 天山 (今天山东…, 天山区; 天山山脉 kept), 昆仑 and 乌拉尔
    (names of firms, ships, oil grades; 昆仑山, 乌拉尔山脉 kept), 撒哈拉
    (撒哈拉以南非洲; 撒哈拉沙漠, 西撒哈拉 kept), 戈壁 (any gobi; 戈壁沙漠),
    安第斯 (安第斯通讯社; 安第斯山脉), 阿尔卑斯 (French departments and regions;
    阿尔卑斯山), 西奈 (西奈山; 西奈半岛), 西岸 (any bank or coast; 约旦河西岸),
    西湖, 红河, 怒江, 汉江, 波河, 九州, 远东, 蛇岛 (other places of China,
    Korea, Japan or ordinary words);
  - names whose corpus uses are mostly something else: 日本海 (日本海上保安厅,
    日本海自, 日本海陆空…: the Sea of Japan is left out), 秦岭 (half of its uses
    are the Antarctic Qinling Station), 喜马拉雅 (also an audio platform;
    喜马拉雅山脉, 喜马拉雅山, 喜马拉雅地区 kept), 加薩 / 加萨 (加萨马格拉, a
    person; 加薩走廊 kept), 北方领土 (中国北方领土; 北方四岛 kept);
  - kept although some uses are something else (each checked in the corpus,
    80-95 % of the uses are the feature): 南海 (中南海 and 南海区 are listed as
    places of their own below, so that the longer name wins), 东海 (美国东海岸
    is most often cut by the segmentation; 东海县 is listed), 黄海 (a few
    given names 黄海芬), 马祖 (a few given names), 纳卡 (拉纳卡, Larnaca), 渤海
    (渤海银行 is an organisation name of the NER), 西伯利亚 (新西伯利亚,
    Novosibirsk), 加勒比海 (拉丁美洲和加勒比海地区), 金门 (the 金门大桥, Golden
    Gate Bridge, is listed).
* The Indian Ocean (印度洋) stands beside the Indo-Pacific region of
  regions.jsonl, which holds 印度洋-太平洋地区 / 印度洋—太平洋地区 so that the
  longer name wins the match there.
* The last rows are not features: places whose name holds a feature's name
  (中南海, 南海区 of Foshan, 东海县 of Jiangsu, 金门大桥), listed so that the
  leftmost-longest match takes them whole.
* Latin names are matched case-sensitively between word boundaries; names that
  are also people or teams are left out (Diego Garcia, Rockies, Java).

Checks (exit status 1 if one fails): ids unique and slug-shaped, type
``Place`` and a known kind, country valid, every script has a name, no
single-character Chinese name, no Chinese name shared by two records after
folding (NFKC + OpenCC ``t2s``, as the matcher does) within this file or with
another gazetteer file, no Latin name shared, no QID used twice, no name in
``EXCLUDED`` (the ambiguous names above).
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
OUTPUT = GAZ / "features.jsonl"


def F(id_, kind, country, en, zh, qid=None, tw=(), tw_only=()):
    """One feature row: id, kind, country (only when wholly in one, uncontested), English
    names, simplified Chinese names (preferred first), Taiwan / HK forms, Wikidata ID if certain."""
    return {"id": id_, "kind": kind, "country": country, "en": list(en), "zh": list(zh), "qid": qid,
            "tw": list(tw), "tw_only": list(tw_only)}


CN, JP, KR, RU, US, UK, FR = "china", "japan", "south-korea", "russia", "united-states", "united-kingdom", "france"
FEATURES = [
    # ================================================================
    # Oceans
    # ================================================================
    F("pacific-ocean", "ocean", None, ["Pacific Ocean"], ["太平洋"], "Q98"),
    F("atlantic-ocean", "ocean", None, ["Atlantic Ocean"], ["大西洋"], "Q97"),
    F("indian-ocean", "ocean", None, ["Indian Ocean"], ["印度洋"], "Q1239"),
    F("arctic-ocean", "ocean", None, ["Arctic Ocean"], ["北冰洋"], "Q788"),
    F("southern-ocean", "ocean", None, ["Southern Ocean"], ["南大洋", "南冰洋"], "Q7354"),
    # ================================================================
    # Seas (IHO S-23 names; marginal seas of the western Pacific first)
    # ================================================================
    F("south-china-sea", "sea", None, ["South China Sea"], ["南海", "南中国海"], "Q37660"),
    F("east-china-sea", "sea", None, ["East China Sea"], ["东海", "东中国海"]),
    F("yellow-sea", "sea", None, ["Yellow Sea"], ["黄海"]),
    F("bohai-sea", "sea", CN, ["Bohai Sea"], ["渤海", "渤海海峡"]),
    F("philippine-sea", "sea", None, ["Philippine Sea"], ["菲律宾海"]),
    F("sea-of-okhotsk", "sea", None, ["Sea of Okhotsk"], ["鄂霍次克海"]),
    F("bering-sea", "sea", None, ["Bering Sea"], ["白令海"]),
    F("sulu-sea", "sea", None, ["Sulu Sea"], ["苏禄海"]),
    F("celebes-sea", "sea", None, ["Celebes Sea", "Sulawesi Sea"], ["苏拉威西海"]),
    F("java-sea", "sea", "indonesia", ["Java Sea"], ["爪哇海"]),
    F("andaman-sea", "sea", None, ["Andaman Sea"], ["安达曼海"]),
    F("arabian-sea", "sea", None, ["Arabian Sea"], ["阿拉伯海"]),
    F("red-sea", "sea", None, ["Red Sea"], ["红海"], "Q23406"),
    F("mediterranean-sea", "sea", None, ["Mediterranean Sea"], ["地中海"], "Q4918"),
    F("aegean-sea", "sea", None, ["Aegean Sea"], ["爱琴海"]),
    F("adriatic-sea", "sea", None, ["Adriatic Sea"], ["亚得里亚海"]),
    F("black-sea", "sea", None, ["Black Sea"], ["黑海"], "Q166"),
    F("sea-of-azov", "sea", None, ["Sea of Azov"], ["亚速海"]),
    F("caspian-sea", "sea", None, ["Caspian Sea"], ["里海"], "Q5484", tw_only=["裏海", "裡海"]),
    F("dead-sea", "lake", None, ["Dead Sea"], ["死海"], "Q23883"),
    F("baltic-sea", "sea", None, ["Baltic Sea"], ["波罗的海"], "Q545"),
    F("barents-sea", "sea", None, ["Barents Sea"], ["巴伦支海"]),
    F("caribbean-sea", "sea", None, ["Caribbean Sea"], ["加勒比海"], "Q1247"),
    # ================================================================
    # Straits, channels and canals
    # ================================================================
    F("taiwan-strait", "strait", None, ["Taiwan Strait"], ["台湾海峡", "台海"], tw_only=["臺灣海峽"]),
    F("strait-of-malacca", "strait", None, ["Strait of Malacca", "Malacca Strait"], ["马六甲海峡"],
      tw=["麻六甲海峽"]),
    F("singapore-strait", "strait", None, ["Singapore Strait"], ["新加坡海峡"]),
    F("sunda-strait", "strait", "indonesia", ["Sunda Strait"], ["巽他海峡"]),
    F("lombok-strait", "strait", "indonesia", ["Lombok Strait"], ["龙目海峡"]),
    F("luzon-strait", "strait", None, ["Luzon Strait"], ["吕宋海峡"]),
    F("bashi-channel", "strait", None, ["Bashi Channel"], ["巴士海峡"]),
    F("miyako-strait", "strait", JP, ["Miyako Strait"], ["宫古海峡"]),
    F("korea-strait", "strait", None, ["Korea Strait"], ["朝鲜海峡", "大韩海峡"]),
    F("tsushima-strait", "strait", JP, ["Tsushima Strait"], ["对马海峡"]),
    F("tsugaru-strait", "strait", JP, ["Tsugaru Strait"], ["津轻海峡"]),
    F("soya-strait", "strait", None, ["La Pérouse Strait", "Soya Strait"], ["宗谷海峡"]),
    F("qiongzhou-strait", "strait", CN, ["Qiongzhou Strait", "Hainan Strait"], ["琼州海峡"]),
    F("bering-strait", "strait", None, ["Bering Strait"], ["白令海峡"]),
    F("strait-of-hormuz", "strait", None, ["Strait of Hormuz"], ["霍尔木兹海峡"], tw=["荷莫兹海峡", "荷姆兹海峡"]),
    F("bab-el-mandeb", "strait", None, ["Bab-el-Mandeb", "Bab el-Mandeb"], ["曼德海峡", "巴布·曼德海峡"]),
    F("kerch-strait", "strait", None, ["Kerch Strait"], ["刻赤海峡"]),
    F("bosphorus", "strait", "turkey", ["Bosphorus", "Bosporus"], ["博斯普鲁斯海峡", "伊斯坦布尔海峡"]),
    F("dardanelles", "strait", "turkey", ["Dardanelles"], ["达达尼尔海峡", "恰纳卡莱海峡"]),
    F("turkish-straits", "strait", "turkey", ["Turkish Straits"], ["土耳其海峡"]),
    F("strait-of-gibraltar", "strait", None, ["Strait of Gibraltar"], ["直布罗陀海峡"]),
    F("english-channel", "strait", None, ["English Channel"], ["英吉利海峡", "拉芒什海峡"]),
    F("mozambique-channel", "strait", None, ["Mozambique Channel"], ["莫桑比克海峡"]),
    F("drake-passage", "strait", None, ["Drake Passage"], ["德雷克海峡"]),
    F("suez-canal", "canal", "egypt", ["Suez Canal"], ["苏伊士运河"]),
    F("panama-canal", "canal", "panama", ["Panama Canal"], ["巴拿马运河"]),
    F("kiel-canal", "canal", "germany", ["Kiel Canal"], ["基尔运河"]),
    F("grand-canal", "canal", CN, ["Grand Canal", "Beijing-Hangzhou Grand Canal"], ["京杭大运河"]),
    # ================================================================
    # Gulfs and bays
    # ================================================================
    F("persian-gulf", "gulf", None, ["Persian Gulf", "Arabian Gulf"], ["波斯湾", "阿拉伯湾"], "Q34675"),
    F("gulf-of-oman", "gulf", None, ["Gulf of Oman"], ["阿曼湾"]),
    F("gulf-of-aden", "gulf", None, ["Gulf of Aden"], ["亚丁湾"]),
    F("gulf-of-aqaba", "gulf", None, ["Gulf of Aqaba"], ["亚喀巴湾"]),
    F("gulf-of-mexico", "gulf", None, ["Gulf of Mexico"], ["墨西哥湾"], "Q12630"),
    F("gulf-of-tonkin", "gulf", None, ["Gulf of Tonkin", "Beibu Gulf"], ["北部湾"]),
    F("gulf-of-thailand", "gulf", None, ["Gulf of Thailand"], ["泰国湾", "暹罗湾"]),
    F("bay-of-bengal", "gulf", None, ["Bay of Bengal"], ["孟加拉湾"]),
    F("gulf-of-guinea", "gulf", None, ["Gulf of Guinea"], ["几内亚湾"]),
    F("gulf-of-finland", "gulf", None, ["Gulf of Finland"], ["芬兰湾"]),
    F("bohai-bay", "gulf", CN, ["Bohai Bay"], ["渤海湾"]),
    F("hangzhou-bay", "gulf", CN, ["Hangzhou Bay"], ["杭州湾"]),
    F("tokyo-bay", "gulf", JP, ["Tokyo Bay"], ["东京湾"]),
    F("cam-ranh-bay", "gulf", "vietnam", ["Cam Ranh Bay"], ["金兰湾"]),
    F("subic-bay", "gulf", "philippines", ["Subic Bay"], ["苏比克湾"]),
    F("guantanamo-bay", "gulf", "cuba", ["Guantánamo Bay", "Guantanamo Bay"], ["关塔那摩湾"]),
    F("pearl-harbor", "harbor", US, ["Pearl Harbor"], ["珍珠港"]),
    # ================================================================
    # Rivers
    # ================================================================
    F("yangtze", "river", CN, ["Yangtze", "Yangtze River", "Chang Jiang"], ["长江"], "Q5413"),
    F("yellow-river", "river", CN, ["Yellow River", "Huang He"], ["黄河"]),
    F("pearl-river", "river", CN, ["Pearl River"], ["珠江"]),
    F("huai-river", "river", CN, ["Huai River"], ["淮河"]),
    F("songhua-river", "river", CN, ["Songhua River"], ["松花江"]),
    F("mekong", "river", None, ["Mekong", "Mekong River", "Lancang River"], ["湄公河", "澜沧江"], "Q41179"),
    F("brahmaputra", "river", None, ["Brahmaputra", "Brahmaputra River", "Yarlung Tsangpo"],
      ["雅鲁藏布江", "布拉马普特拉河"]),
    F("irrawaddy", "river", "myanmar", ["Irrawaddy", "Ayeyarwady River"], ["伊洛瓦底江"]),
    F("amur", "river", None, ["Amur", "Amur River"], ["阿穆尔河"]),
    F("ussuri", "river", None, ["Ussuri", "Ussuri River"], ["乌苏里江"]),
    F("tumen-river", "river", None, ["Tumen River"], ["图们江"]),
    F("yalu-river", "river", None, ["Yalu River"], ["鸭绿江"]),
    F("irtysh", "river", None, ["Irtysh"], ["额尔齐斯河"]),
    F("ili-river", "river", None, ["Ili River"], ["伊犁河"]),
    F("indus", "river", None, ["Indus", "Indus River"], ["印度河"]),
    F("ganges", "river", None, ["Ganges"], ["恒河"]),
    F("euphrates", "river", None, ["Euphrates"], ["幼发拉底河"], tw=["幼发拉底河"]),
    F("tigris", "river", None, ["Tigris"], ["底格里斯河"]),
    F("jordan-river", "river", None, ["Jordan River"], ["约旦河"]),
    F("litani-river", "river", "lebanon", ["Litani River"], ["利塔尼河"]),
    F("nile", "river", None, ["Nile"], ["尼罗河"], "Q3392"),
    F("niger-river", "river", None, ["Niger River"], ["尼日尔河"]),
    F("congo-river", "river", None, ["Congo River"], ["刚果河"]),
    F("danube", "river", None, ["Danube"], ["多瑙河"], "Q1653"),
    F("rhine", "river", None, ["Rhine"], ["莱茵河"], "Q584"),
    F("seine", "river", FR, ["Seine"], ["塞纳河"]),
    F("thames", "river", UK, ["Thames", "River Thames"], ["泰晤士河"]),
    F("volga", "river", RU, ["Volga"], ["伏尔加河"], "Q626", tw=["窝瓦河"]),
    F("don-river", "river", RU, ["Don River"], ["顿河"]),
    F("dnieper", "river", None, ["Dnieper", "Dnipro River"], ["第聂伯河"], tw=["聂伯河"]),
    F("dniester", "river", None, ["Dniester"], ["德涅斯特河"], tw=["聂斯特河"]),
    F("amazon-river", "river", None, ["Amazon River"], ["亚马孙河", "亚马逊河"], "Q3783", tw=["亚马逊河"]),
    F("mississippi-river", "river", US, ["Mississippi River"], ["密西西比河"], "Q1497"),
    F("rio-grande", "river", None, ["Rio Grande"], ["格兰德河"]),
    # ================================================================
    # Lakes
    # ================================================================
    F("lake-baikal", "lake", RU, ["Lake Baikal"], ["贝加尔湖"]),
    F("aral-sea", "lake", None, ["Aral Sea"], ["咸海"]),
    F("lake-khanka", "lake", None, ["Lake Khanka"], ["兴凯湖"]),
    F("pangong-lake", "lake", None, ["Pangong Lake", "Pangong Tso"], ["班公湖", "班公错"]),
    F("qinghai-lake", "lake", CN, ["Qinghai Lake"], ["青海湖"]),
    F("taihu-lake", "lake", CN, ["Lake Tai", "Taihu Lake"], ["太湖"]),
    F("poyang-lake", "lake", CN, ["Poyang Lake"], ["鄱阳湖"]),
    F("dongting-lake", "lake", CN, ["Dongting Lake"], ["洞庭湖"]),
    F("sea-of-galilee", "lake", "israel", ["Sea of Galilee", "Lake Tiberias"], ["加利利海", "太巴列湖"]),
    F("lake-victoria", "lake", None, ["Lake Victoria"], ["维多利亚湖"]),
    F("lake-chad", "lake", None, ["Lake Chad"], ["乍得湖"]),
    F("lake-geneva", "lake", None, ["Lake Geneva", "Lac Léman"], ["日内瓦湖", "莱芒湖"]),
    # ================================================================
    # Islands and island groups (disputed ones with every name each side uses)
    # ================================================================
    F("diaoyu-islands", "islands", None, ["Diaoyu Islands", "Senkaku Islands", "Diaoyutai Islands"],
      ["钓鱼岛", "钓鱼岛及其附属岛屿", "钓鱼岛列岛", "钓鱼台列屿", "钓鱼台群岛", "尖阁列岛", "尖阁诸岛",
       "尖阁群岛"]),
    F("south-china-sea-islands", "islands", None, ["South China Sea Islands"], ["南海诸岛"]),
    F("spratly-islands", "islands", None, ["Spratly Islands", "Nansha Islands", "Truong Sa Islands",
                                           "Kalayaan Islands"],
      ["南沙群岛", "斯普拉特利群岛", "长沙群岛", "卡拉延群岛"], tw=["史普拉特利群岛"]),
    F("paracel-islands", "islands", None, ["Paracel Islands", "Xisha Islands", "Hoang Sa Islands"],
      ["西沙群岛", "帕拉塞尔群岛", "黄沙群岛"]),
    F("pratas-islands", "islands", None, ["Pratas Islands", "Dongsha Islands"], ["东沙群岛", "东沙岛"]),
    F("macclesfield-bank", "islands", None, ["Macclesfield Bank", "Zhongsha Islands"], ["中沙群岛"]),
    F("scarborough-shoal", "reef", None, ["Scarborough Shoal", "Huangyan Island", "Bajo de Masinloc",
                                          "Panatag Shoal"],
      ["黄岩岛", "斯卡伯勒浅滩", "斯卡伯勒礁", "民主礁", "帕纳塔格礁", "马辛洛克浅滩"]),
    F("second-thomas-shoal", "reef", None, ["Second Thomas Shoal", "Ayungin Shoal", "Ren'ai Reef"],
      ["仁爱礁", "第二托马斯浅滩", "阿云金礁", "阿尤因金礁"], tw=["仁爱暗沙"]),
    F("sabina-shoal", "reef", None, ["Sabina Shoal", "Xianbin Reef", "Escoda Shoal"],
      ["仙宾礁", "萨比纳浅滩", "仙宾暗沙"]),
    F("mischief-reef", "reef", None, ["Mischief Reef", "Meiji Reef"], ["美济礁", "美济岛"]),
    F("fiery-cross-reef", "reef", None, ["Fiery Cross Reef", "Yongshu Reef"], ["永暑礁", "永暑岛"]),
    F("subi-reef", "reef", None, ["Subi Reef", "Zhubi Reef"], ["渚碧礁"]),
    F("johnson-south-reef", "reef", None, ["Johnson South Reef", "Chigua Reef"], ["赤瓜礁"]),
    F("whitsun-reef", "reef", None, ["Whitsun Reef", "Niu'e Jiao", "Julian Felipe Reef"],
      ["牛轭礁", "朱利安·费利佩礁"]),
    F("thitu-island", "island", None, ["Thitu Island", "Pag-asa Island", "Zhongye Island"],
      ["中业岛", "帕加萨岛", "希图岛"]),
    F("itu-aba", "island", None, ["Itu Aba", "Taiping Island"], ["太平岛"]),
    F("woody-island", "island", None, ["Woody Island", "Yongxing Island"], ["永兴岛"]),
    F("kuril-islands", "islands", None, ["Kuril Islands", "Kurils"], ["千岛群岛"]),
    F("southern-kuril-islands", "islands", None, ["Southern Kuril Islands", "Northern Territories"],
      ["北方四岛", "南千岛群岛"]),
    F("iturup", "island", None, ["Iturup", "Etorofu"], ["择捉岛", "伊图鲁普岛"]),
    F("kunashir", "island", None, ["Kunashir", "Kunashiri"], ["国后岛", "库纳施尔岛"]),
    F("shikotan", "island", None, ["Shikotan"], ["色丹岛"]),
    F("habomai-islands", "islands", None, ["Habomai Islands"], ["齿舞群岛"]),
    F("dokdo", "island", None, ["Dokdo", "Takeshima", "Liancourt Rocks"], ["独岛", "竹岛", "利扬库尔岩"]),
    F("falkland-islands", "islands", None, ["Falkland Islands", "Falklands", "Malvinas Islands", "Malvinas"],
      ["福克兰群岛", "马尔维纳斯群岛", "马岛群岛"], "Q9648"),
    F("chagos-islands", "islands", None, ["Chagos Archipelago", "Chagos Islands"], ["查戈斯群岛"]),
    F("diego-garcia", "island", None, ["Diego Garcia Island"], ["迪戈加西亚岛", "迪戈加西亚"]),
    F("sakhalin", "island", RU, ["Sakhalin"], ["萨哈林岛", "库页岛"]),
    F("ryukyu-islands", "islands", JP, ["Ryukyu Islands"], ["琉球群岛"]),
    F("jeju-island", "island", KR, ["Jeju Island"], ["济州岛"]),
    F("yeonpyeong-island", "island", KR, ["Yeonpyeong Island"], ["延坪岛"]),
    F("tsushima-island", "island", JP, ["Tsushima Island"], ["对马岛"]),
    F("yonaguni", "island", JP, ["Yonaguni"], ["与那国岛"]),
    F("ishigaki-island", "island", JP, ["Ishigaki Island"], ["石垣岛"]),
    F("miyako-island", "island", JP, ["Miyako Island"], ["宫古岛"]),
    F("okinotorishima", "reef", JP, ["Okinotorishima"], ["冲之鸟礁", "冲之鸟岛"]),
    F("kinmen", "islands", "taiwan", ["Kinmen", "Quemoy"], ["金门", "金门岛", "金门群岛"]),
    F("matsu-islands", "islands", "taiwan", ["Matsu Islands"], ["马祖", "马祖列岛"]),
    F("penghu", "islands", "taiwan", ["Penghu", "Pescadores"], ["澎湖", "澎湖列岛", "澎湖群岛"]),
    F("natuna-islands", "islands", "indonesia", ["Natuna Islands"], ["纳土纳群岛"]),
    F("bali", "island", "indonesia", ["Bali"], ["巴厘岛"], tw=["峇里岛"]),
    F("java", "island", "indonesia", ["Java Island"], ["爪哇岛"]),
    F("borneo", "island", None, ["Borneo", "Kalimantan"], ["加里曼丹岛", "婆罗洲"]),
    F("luzon", "island", "philippines", ["Luzon"], ["吕宋岛"]),
    F("mindanao", "island", "philippines", ["Mindanao"], ["棉兰老岛"]),
    F("sicily", "island", "italy", ["Sicily"], ["西西里岛"]),
    F("sardinia", "island", "italy", ["Sardinia"], ["撒丁岛"]),
    F("lampedusa", "island", "italy", ["Lampedusa"], ["兰佩杜萨岛"]),
    F("crete", "island", "greece", ["Crete"], ["克里特岛"]),
    F("canary-islands", "islands", "spain", ["Canary Islands"], ["加那利群岛"]),
    F("svalbard", "islands", "norway", ["Svalbard"], ["斯瓦尔巴群岛"]),
    F("aleutian-islands", "islands", US, ["Aleutian Islands"], ["阿留申群岛"]),
    F("galapagos-islands", "islands", "ecuador", ["Galápagos Islands", "Galapagos Islands"], ["加拉帕戈斯群岛"]),
    F("kharg-island", "island", "iran", ["Kharg Island"], ["哈尔克岛"]),
    F("abu-musa", "island", None, ["Abu Musa"], ["阿布穆萨岛"]),
    F("socotra", "island", "yemen", ["Socotra"], ["索科特拉岛"]),
    F("great-barrier-reef", "reef", "australia", ["Great Barrier Reef"], ["大堡礁"]),
    # ================================================================
    # Peninsulas
    # ================================================================
    F("korean-peninsula", "peninsula", None, ["Korean Peninsula"], ["朝鲜半岛", "韩半岛"]),
    F("arabian-peninsula", "peninsula", None, ["Arabian Peninsula"], ["阿拉伯半岛"]),
    F("indochina-peninsula", "peninsula", None, ["Indochinese Peninsula", "Indochina"],
      ["中南半岛", "印度支那半岛", "印支半岛"]),
    F("malay-peninsula", "peninsula", None, ["Malay Peninsula"], ["马来半岛"]),
    F("iberian-peninsula", "peninsula", None, ["Iberian Peninsula"], ["伊比利亚半岛"], tw=["伊比利半岛"]),
    F("sinai-peninsula", "peninsula", "egypt", ["Sinai Peninsula", "Sinai"], ["西奈半岛"]),
    F("kamchatka", "peninsula", RU, ["Kamchatka Peninsula", "Kamchatka"], ["堪察加半岛", "勘察加半岛"]),
    F("shandong-peninsula", "peninsula", CN, ["Shandong Peninsula"], ["山东半岛"]),
    F("liaodong-peninsula", "peninsula", CN, ["Liaodong Peninsula"], ["辽东半岛"]),
    F("antarctic-peninsula", "peninsula", None, ["Antarctic Peninsula"], ["南极半岛"]),
    F("horn-of-africa", "peninsula", None, ["Horn of Africa"], ["非洲之角"]),
    # ================================================================
    # Territories: disputed, occupied, breakaway and dependent
    # ================================================================
    F("west-bank", "territory", None, ["West Bank"], ["约旦河西岸", "约旦河西岸地区", "犹太和撒马利亚"], "Q36678"),
    F("gaza-strip", "territory", None, ["Gaza Strip", "Gaza"], ["加沙地带", "加沙"], "Q39760",
      tw=["加萨走廊"]),
    F("east-jerusalem", "territory", None, ["East Jerusalem"], ["东耶路撒冷"]),
    F("golan-heights", "territory", None, ["Golan Heights"], ["戈兰高地"], "Q83210"),
    F("kashmir", "territory", None, ["Kashmir"], ["克什米尔", "克什米尔地区"], tw=["喀什米尔"]),
    F("indian-administered-kashmir", "territory", "india", ["Indian-administered Kashmir"], ["印控克什米尔"]),
    F("pakistan-administered-kashmir", "territory", "pakistan", ["Pakistan-administered Kashmir", "Azad Kashmir"],
      ["巴控克什米尔", "自由克什米尔", "阿扎德克什米尔"]),
    F("aksai-chin", "territory", None, ["Aksai Chin"], ["阿克赛钦"]),
    F("galwan-valley", "valley", None, ["Galwan Valley"], ["加勒万河谷"]),
    F("doklam", "plateau", None, ["Doklam", "Donglang"], ["洞朗", "洞朗地区"]),
    F("siachen-glacier", "glacier", None, ["Siachen Glacier"], ["锡亚琴冰川"]),
    F("nagorno-karabakh", "territory", None, ["Nagorno-Karabakh", "Karabakh"],
      ["纳戈尔诺-卡拉巴赫", "纳卡", "纳卡地区", "卡拉巴赫", "纳戈尔诺－卡拉巴赫"]),
    F("western-sahara", "territory", None, ["Western Sahara"], ["西撒哈拉"], "Q6250"),
    F("donbas", "territory", None, ["Donbas", "Donbass"], ["顿巴斯", "顿巴斯地区"]),
    F("donetsk-peoples-republic", "territory", None, ["Donetsk People's Republic"],
      ["顿涅茨克人民共和国"]),
    F("luhansk-peoples-republic", "territory", None, ["Luhansk People's Republic"],
      ["卢甘斯克人民共和国"]),
    F("transnistria", "territory", None, ["Transnistria"], ["德涅斯特河沿岸", "德左", "德左地区"],
      tw=["聂斯特河沿岸"]),
    F("abkhazia", "territory", None, ["Abkhazia"], ["阿布哈兹", "阿布哈兹亚"], tw=["阿布哈兹"]),
    F("south-ossetia", "territory", None, ["South Ossetia"], ["南奥塞梯"], tw=["南奥塞提亚"]),
    F("northern-cyprus", "territory", None, ["Northern Cyprus"], ["北塞浦路斯", "北塞浦路斯土耳其共和国"]),
    F("somaliland", "territory", None, ["Somaliland"], ["索马里兰"]),
    F("abyei", "territory", None, ["Abyei"], ["阿卜耶伊"]),
    F("essequibo", "territory", None, ["Essequibo", "Guayana Esequiba"], ["埃塞奎博", "埃塞奎博地区"]),
    F("kurdistan-region", "territory", "iraq", ["Kurdistan Region", "Iraqi Kurdistan"],
      ["库尔德自治区", "伊拉克库尔德自治区", "伊拉克库尔德斯坦"]),
    F("greenland", "territory", "denmark", ["Greenland"], ["格陵兰", "格陵兰岛"], "Q223"),
    F("gibraltar", "territory", UK, ["Gibraltar"], ["直布罗陀"]),
    F("bermuda", "territory", UK, ["Bermuda"], ["百慕大", "百慕大群岛"]),
    F("cayman-islands", "territory", UK, ["Cayman Islands"], ["开曼群岛"]),
    F("british-virgin-islands", "territory", UK, ["British Virgin Islands"], ["英属维尔京群岛"]),
    F("guam", "territory", US, ["Guam"], ["关岛"]),
    F("puerto-rico", "territory", US, ["Puerto Rico"], ["波多黎各"]),
    F("new-caledonia", "territory", FR, ["New Caledonia"], ["新喀里多尼亚"]),
    F("french-polynesia", "territory", FR, ["French Polynesia"], ["法属波利尼西亚"]),
    # ================================================================
    # Mountains, plateaus, deserts and other land regions
    # ================================================================
    F("himalayas", "mountains", None, ["Himalayas", "Himalaya"], ["喜马拉雅山脉", "喜马拉雅山", "喜马拉雅地区"], "Q5451"),
    F("mount-everest", "mountain", None, ["Mount Everest", "Qomolangma", "Sagarmatha"],
      ["珠穆朗玛峰", "珠峰", "萨加玛塔峰", "埃佛勒斯峰"], tw=["圣母峰"]),
    F("k2", "mountain", None, ["Chogori", "Mount Godwin-Austen"], ["乔戈里峰"]),
    F("karakoram", "mountains", None, ["Karakoram"], ["喀喇昆仑山脉", "喀喇昆仑山"]),
    F("hindu-kush", "mountains", None, ["Hindu Kush"], ["兴都库什山脉", "兴都库什山"]),
    F("pamirs", "plateau", None, ["Pamirs", "Pamir Mountains"], ["帕米尔高原"]),
    F("tianshan", "mountains", None, ["Tian Shan", "Tianshan Mountains"], ["天山山脉"]),
    F("kunlun-mountains", "mountains", CN, ["Kunlun Mountains"], ["昆仑山脉", "昆仑山"]),
    F("altai-mountains", "mountains", None, ["Altai Mountains"], ["阿尔泰山脉", "阿尔泰山"]),
    F("tibetan-plateau", "plateau", CN, ["Tibetan Plateau", "Qinghai-Tibet Plateau"],
      ["青藏高原", "青藏高原地区"]),
    F("loess-plateau", "plateau", CN, ["Loess Plateau"], ["黄土高原"]),
    F("changbai-mountain", "mountain", None, ["Changbai Mountain", "Paektu Mountain"], ["长白山", "白头山"]),
    F("mount-fuji", "mountain", JP, ["Mount Fuji"], ["富士山"]),
    F("ural-mountains", "mountains", RU, ["Ural Mountains", "Urals"], ["乌拉尔山脉", "乌拉尔山"]),
    F("caucasus-mountains", "mountains", None, ["Caucasus Mountains"], ["高加索山脉", "大高加索山脉"]),
    F("alps", "mountains", None, ["Alps"], ["阿尔卑斯山脉", "阿尔卑斯山"], "Q1286"),
    F("pyrenees", "mountains", None, ["Pyrenees"], ["比利牛斯山脉", "比利牛斯山"], tw=["庇里牛斯山"]),
    F("mount-kilimanjaro", "mountain", "tanzania", ["Mount Kilimanjaro", "Kilimanjaro"], ["乞力马扎罗山"],
      tw=["吉力马札罗山"]),
    F("andes", "mountains", None, ["Andes"], ["安第斯山脉", "安第斯山"], "Q5456"),
    F("rocky-mountains", "mountains", None, ["Rocky Mountains"], ["落基山脉"], tw=["洛矶山脉"]),
    F("siberia", "area", RU, ["Siberia"], ["西伯利亚", "西伯利亚地区"]),
    F("sahara", "desert", None, ["Sahara", "Sahara Desert"], ["撒哈拉沙漠"], "Q6583"),
    F("gobi-desert", "desert", None, ["Gobi Desert", "Gobi"], ["戈壁沙漠"]),
    F("taklamakan-desert", "desert", CN, ["Taklamakan Desert"], ["塔克拉玛干沙漠"]),
    F("kubuqi-desert", "desert", CN, ["Kubuqi Desert"], ["库布其沙漠"]),
    F("negev", "desert", "israel", ["Negev", "Negev Desert"], ["内盖夫沙漠", "内盖夫"]),
    # ================================================================
    # Places whose name holds a feature's name, listed so that the longer name
    # wins the leftmost-longest match (中南海 is not the South China Sea)
    # ================================================================
    F("zhongnanhai", "site", CN, ["Zhongnanhai"], ["中南海"]),
    F("nanhai-district", "district", CN, ["Nanhai District"], ["南海区"]),
    F("golden-gate-bridge", "site", US, ["Golden Gate Bridge"], ["金门大桥"]),
    F("donghai-county", "district", CN, ["Donghai County"], ["东海县"]),
]


# Names that are ordinary words or other places (see the docstring): never a name here.
EXCLUDED = frozenset({
    "北海", "黑龙江", "海湾", "钓鱼台", "南沙", "西沙", "马岛", "天山", "昆仑", "撒哈拉",
    "戈壁", "安第斯", "乌拉尔", "西湖", "红河", "怒江", "汉江", "波河", "蛇岛", "九州", "远东",
    "西奈", "阿尔卑斯", "西岸", "日本海", "秦岭", "喜马拉雅", "加萨", "北方领土",
})


# ----------------------------------------------------------------------
# Traditional forms, folding, checks, output
# ----------------------------------------------------------------------
_S2T = opencc.OpenCC("s2t")
_S2TW = opencc.OpenCC("s2tw")
_S2HK = opencc.OpenCC("s2hk")
_T2S = opencc.OpenCC("t2s")
# OpenCC over-converts these in transliterated / proper names (亞得里亞海, 黃岩島).
_HANT_FIX = str.maketrans({"裏": "里", "裡": "里", "範": "范", "巖": "岩", "祕": "秘",
                           "樸": "朴", "臺": "台"})

KINDS = frozenset({"ocean", "sea", "strait", "canal", "gulf", "harbor", "river", "lake", "island",
                   "islands", "reef", "peninsula", "territory", "valley", "glacier", "plateau",
                   "mountain", "mountains", "area", "desert", "site", "district"})
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
QID_RE = re.compile(r"^Q[1-9]\d*$")
HAN_RE = re.compile(r"[\u3400-\u9fff]")


def _dedupe(items):
    seen, out = set(), []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def hant_forms(name: str) -> list[str]:
    return _dedupe(conv.convert(name).translate(_HANT_FIX) for conv in (_S2T, _S2TW, _S2HK))




def names_of(row) -> dict:
    tw = [hant_forms(t)[0] for t in row["tw"]]   # entered in simplified script
    hans = list(row["zh"]) + [fold(t) for t in tw]
    hant = []
    for n in row["zh"]:
        hant.extend(hant_forms(n))
    hant.extend(tw)
    hant.extend(row["tw_only"])
    return {"en": _dedupe(row["en"]), "zh-Hans": _dedupe(hans), "zh-Hant": _dedupe(hant)}


def build() -> list[dict]:
    records = []
    for row in FEATURES:
        rec = {"id": row["id"], "type": "Place", "kind": row["kind"], "names": names_of(row)}
        if row["country"]:
            rec["country"] = row["country"]
        if row["qid"]:
            rec["qid"] = row["qid"]
        records.append(rec)
    records.sort(key=lambda r: r["id"])
    return records



def check(records: list[dict]) -> list[str]:
    errors = []
    countries = place_gazetteer.country_ids(GAZ)
    ids, keys, latin, qids = set(), {}, {}, {}
    for r in records:
        rid = r["id"]
        if rid in ids:
            errors.append(f"duplicate id {rid}")
        ids.add(rid)
        if not ID_RE.match(rid):
            errors.append(f"{rid}: id is not a slug")
        if r["type"] != "Place" or r["kind"] not in KINDS:
            errors.append(f"{rid}: not a Place of a known kind ({r['kind']})")
        if "country" in r and r["country"] not in countries:
            errors.append(f"{rid}: unknown country {r['country']}")
        for script in ("en", "zh-Hans", "zh-Hant"):
            if not r["names"].get(script):
                errors.append(f"{rid}: no {script} name")
        for script, names in r["names"].items():
            for n in names:
                if n != n.strip() or not n:
                    errors.append(f"{rid}: stray space in {n!r}")
                if is_latin(n):
                    if script != "en":
                        errors.append(f"{rid}: Latin name {n!r} in {script}")
                    if len(n) < 3:
                        errors.append(f"{rid}: name too short {n!r}")
                    latin.setdefault(n, set()).add(rid)
                    continue
                if script == "en":
                    errors.append(f"{rid}: non-Latin en name {n!r}")
                if not HAN_RE.search(n) or len(n) < 2:
                    errors.append(f"{rid}: bad Chinese name {n!r}")
                keys.setdefault(fold(n), set()).add(rid)
        if r.get("qid"):
            if not QID_RE.match(r["qid"]):
                errors.append(f"{rid}: bad qid {r['qid']}")
            qids.setdefault(r["qid"], set()).add(rid)
    for table, what in ((keys, "Chinese name"), (latin, "Latin name"), (qids, "qid")):
        for k, rids in sorted(table.items()):
            if len(rids) > 1:
                errors.append(f"{what} {k!r} shared by {sorted(rids)}")
    for k in sorted(keys):
        if k in EXCLUDED:
            errors.append(f"excluded name {k!r} is a name of {sorted(keys[k])}")
    others = place_gazetteer.other_names(OUTPUT)
    for k, rids in sorted({**keys, **latin}.items()):
        if k in others:
            errors.append(f"name {k!r} of {sorted(rids)} also in {sorted(others[k])}")
    return errors



def _summary(records: list[dict]) -> str:
    kinds: dict[str, int] = {}
    for r in records:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    return f"{len(records)} features (" + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) + ")"


def main(argv=None) -> int:
    return place_gazetteer.run(argv, __doc__, build(), OUTPUT, _summary, check)


if __name__ == "__main__":
    sys.exit(main())
