#!/usr/bin/env python3
"""Build the DIVISION part of the entity gazetteer: first-level administrative divisions.

Run from the repository root (deterministic: same table, same bytes out)::

    python scripts/build_gazetteer_divisions.py [--check] [--report]

Why
---
Matching is leftmost-longest, so a division name that is missing lets the
names of other records match inside it: 马里兰州 (Maryland) would yield 马里
(Mali) and 兰州 (Lanzhou), 昆士兰州 (Queensland) 兰州, 纽约州 the city 纽约.
With the division names present the whole name wins.

Selection (world knowledge; not derived from, nor tuned to, any article)
-----------------------------------------------------------------------
All first-level administrative divisions of these countries, as they stood in
2024, with the exceptions listed after the list:

* United States: the 50 states. The District of Columbia is the record
  ``washington-dc`` of ``capitals.jsonl`` (华盛顿特区, 华盛顿哥伦比亚特区): the
  federal district and the capital city are one place, so it has no record
  here.
* Canada: the 10 provinces and 3 territories.
* Australia: the 6 states and the 2 mainland territories (Australian Capital
  Territory, Northern Territory); not Jervis Bay Territory.
* China: the 22 provinces and the 3 autonomous regions not already in
  ``regions.jsonl`` (Inner Mongolia, Guangxi, Ningxia; Xinjiang and Tibet are
  there, as are Hong Kong and Macau). The municipalities are cities in
  ``cities.jsonl`` / ``capitals.jsonl``. Taiwan is not listed here.
* India: the 28 states and 8 union territories (Arunachal Pradesh, Jammu and
  Kashmir and Ladakh as India administers them; the records say where a name
  is used, they take no side in the disputes).
* Japan: the 47 prefectures less Tokyo (東京都 is ``tokyo`` in
  ``capitals.jsonl``).
* Germany: the 16 Länder less Berlin (``berlin`` in ``capitals.jsonl``);
  Hamburg and Bremen are not city or capital records, so they are listed.
* United Kingdom: its four countries.
* Russia: all its federal subjects — 21 republics, 9 krais, 46 oblasts, the
  Jewish Autonomous Oblast and 4 autonomous okrugs — except the federal cities
  (Moscow and Saint Petersburg are city records; Sevastopol) and the
  subjects Russia claims in Ukraine (Crimea, Donetsk, Luhansk, Zaporizhzhia,
  Kherson: Ukraine's divisions below). All oblasts, not only the often-named
  ones, because an oblast left out lets shorter names match inside it
  (卡卢加州, Kaluga Oblast, would yield 加州, California).
* Ukraine: the 24 oblasts and the Autonomous Republic of Crimea (the divisions
  Ukraine has, internationally recognised; the Russian-installed names
  克里米亚共和国 etc. are aliases of the same record). Kyiv and Sevastopol,
  cities with special status, are not divisions here.
* Brazil: the 26 states and the Federal District.
* Mexico: the 31 states; Mexico City is ``mexico-city`` in ``capitals.jsonl``.
* Indonesia: the 38 provinces less Jakarta (``jakarta`` in ``capitals.jsonl``).
* Pakistan: the 4 provinces (not Islamabad Capital Territory, Gilgit-Baltistan
  or Azad Kashmir, which are not provinces).
* South Korea: the 9 provinces (道 / 特别自治道); the special and metropolitan
  cities are not provinces.
* Malaysia: the 13 states (not the federal territories).
* Myanmar: the 7 states and 7 regions (not the Naypyidaw Union Territory, the
  capital).

Data sources
------------
* **The hand-curated table below** (``DIVISIONS``): id, country (the id of its
  record in ``countries.jsonl``), English names (the common English name, or
  its Wikipedia-style disambiguated title where the bare name is also a city,
  a country or a person: "Georgia (U.S. state)", "Osaka Prefecture"),
  simplified-Chinese names (the mainland Xinhua form with its suffix first —
  州, 省, 邦, 县/府/道, 共和国, 边疆区, 自治区 — then other forms common in
  Chinese news) and extra traditional-script forms where Taiwan or Hong Kong
  usage differs from the mainland transliteration (紐澤西州, 卑詩省,
  麻州, ...).
* **Traditional-script forms** of the simplified names are derived with OpenCC
  ``s2t`` (official ``opencc`` binding), keeping 里 as 里 and writing 群/眾 for
  羣/衆, as ``build_gazetteer_cities.py`` does.
* **Wikidata QIDs** were checked against a Wikidata-derived listing of
  administrative divisions grouped by their Wikidata class ("U.S. state",
  "province of China", "prefecture of Japan", "oblast of Ukraine", ...), each
  QID paired with the division's English and Chinese label; the US, German,
  Canadian, Australian and UK ones also against a second, independent listing.
  A QID is left out where the sources disagree (Prince Edward Island) or the
  listed item is not clearly the division (Chandigarh, Delhi): a wrong ID is
  worse than none.

Name policy
-----------
The suffixed name is always given. The bare name (without 州/省/邦/县...) is
added only when it is not also the name of another record (a city, capital,
country, person or organisation), not the name of the division's own capital
or of another well-known place, and not an ordinary word:

* US: 纽约州 and 华盛顿州 only (纽约 the city, 华盛顿 the capital and a
  person); 佐治亚州 / 喬治亞州 only (佐治亚 / 乔治亚 are Georgia the country);
  no 德州 (also Dezhou, a city of Shandong, and the tail of 诺夫哥罗德州);
  密西西比州, 密苏里州 only (the rivers); 堪萨斯州, 俄克拉何马州,
  印第安纳州 only (堪萨斯城, 俄克拉何马城, 印第安纳波利斯 would match inside);
  罗得岛州 only (罗得岛 is also Rhodes); 麻省 is not an alias (麻省理工学院);
  no 维州 (Virginia in Taiwan, Victoria in Australian Chinese).
* Canada: 魁北克省 only (Quebec City); 新不伦瑞克省 only; 西北领地 but not
  西北地区 (an ordinary phrase: China's northwest); 育空地区 only (发育空间
  contains 育空); 卑詩省 but not 卑斯省 (滨海阿尔卑斯省, Alpes-Maritimes).
* Australia: 维多利亚州 only; 南澳州 but not 南澳 (Nan'ao County, Guangdong);
  北领地 but not 北部地区.
* UK: 威尔士 only; not the Taiwan form 威爾斯, which folds to 威尔斯, the
  mainland name of the surname Wells.
* China: the bare province names (广东, 四川, 吉林 ...) are kept: in Chinese
  news they name the province; 吉林市 (Jilin City) is not a record. Known
  side effect of leftmost-longest matching: a water body or mountain that is
  not a record, followed by a direction, reads as a province (永定河北京段 →
  河北, 班公湖北岸 → 湖北, 红海南部 → 海南, 贺兰山东麓 → 山东); records for
  those water bodies and mountains would remove it.
* India, Pakistan, Myanmar: suffixed forms only; 旁遮普 alone is both Punjabs
  (India's 旁遮普邦, Pakistan's 旁遮普省); 俾路支 alone is the Baloch people
  (俾路支解放军) and 俾路支斯坦省 is also Iran's 锡斯坦-俾路支斯坦省;
  开普省 is not an alias of Khyber Pakhtunkhwa (西开普省,
  东开普省 ... are South African provinces); 克钦, 克伦, 若开 ... alone are
  peoples and armed groups (克钦独立军, 若开军).
* Japan: where the prefecture bears its capital's name (大阪, 京都, 广岛,
  福冈, 福岛 ...) only the suffixed form (大阪府, 广岛县) is given, so the bare
  name stays the city's; also suffixed-only are 宫城, 石川, 山梨, 三重, 香川,
  爱知, 群马 (palace, surnames, ordinary words: 热爱知识 contains 爱知,
  一群马 contains 群马).
* Germany: 勃兰登堡州 only (勃兰登堡门), 不来梅州 only (the city of Bremen
  is only part of the Land); 汉堡 alone is left to the city and the food;
  黑森州 only (黑森林, the Black Forest); 萨克森州 only (艾萨克森, Isakson /
  Isaacson).
* Russia, Ukraine: the oblasts bear their capitals' names (库尔斯克州 only);
  bare republic names only where distinctive (车臣, 达吉斯坦, 鞑靼斯坦 ...).
* Malaysia: 马六甲州 only (马六甲海峡), 霹雳州 only (霹雳 thunderbolt),
  玻璃市州 only (玻璃市场 contains 玻璃市), 沙巴州 only (沙巴 occurs in
  transliterated names).
* Indonesia: 巴厘省 only (巴厘岛 is the island), 巴布亚省 only (巴布亚新几内亚,
  New Guinea), 亚齐省 only (亚齐 occurs in transliterated names).
* South Korea: 京畿道 only (京畿 is a generic word for a capital region);
  济州道 / 济州特别自治道 (济州 alone is also Jeju City).
* Brazil, Mexico: suffixed forms, with the bare name only for long
  distinctive ones (米纳斯吉拉斯, 哈利斯科 ...); 亚马孙州 only (the river and
  the rainforest), 墨西哥州 (State of Mexico) only with its suffix.

Record format (``kg/data/gazetteer/divisions.jsonl``, one JSON object a line,
``ensure_ascii=False``, keys sorted, lines sorted by id)::

    {"country": "united-states", "id": "maryland", "kind": "division",
     "names": {"en": ["Maryland"], "zh-Hans": ["马里兰州", "马里兰"],
               "zh-Hant": ["馬里蘭州", "馬里蘭"]},
     "qid": "Q1391", "type": "Place"}

Checks (exit status 1 if one fails): ids unique, slug-shaped and not used by
another gazetteer file; country known; every record has names in the three
scripts; no single-character name; no QID used twice (here or in another
file); no name shared by two divisions, nor by a division and any record of
another gazetteer file (Chinese names compared after folding with NFKC +
OpenCC ``t2s``, as the matcher does; Latin names exactly). ``--report`` also
lists, without failing, the Chinese names that overlap a name of another file
as a substring (for review of matching side effects).
"""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import opencc

sys.path.insert(0, str(Path(__file__).resolve().parent))
import place_gazetteer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GAZ = ROOT / "kg" / "data" / "gazetteer"
OUTPUT = GAZ / "divisions.jsonl"



@dataclass(frozen=True)
class Division:
    slug: str
    qid: str | None
    country: str
    en: tuple[str, ...]
    hans: tuple[str, ...]
    hant: tuple[str, ...] = ()  # extra traditional forms (Taiwan / Hong Kong usage)


def D(slug, qid, country, en, hans, hant=()) -> Division:
    return Division(slug, qid, country, tuple(en), tuple(hans), tuple(hant))


US, CA, AU, CN, IN, JP = "united-states", "canada", "australia", "china", "india", "japan"
DE, UK, RU, UA, BR, MX = "germany", "united-kingdom", "russia", "ukraine", "brazil", "mexico"
ID, PK, KR, MY, MM = "indonesia", "pakistan", "south-korea", "malaysia", "myanmar"

# ---------------------------------------------------------------------------
# Hand table. QIDs only where checked (see the module docstring).
# ---------------------------------------------------------------------------
DIVISIONS: list[Division] = [
    # --- United States: 50 states ------------------------------------------
    D("alabama", "Q173", US, ["Alabama"], ["亚拉巴马州", "阿拉巴马州", "亚拉巴马", "阿拉巴马"]),
    D("alaska", "Q797", US, ["Alaska"], ["阿拉斯加州", "阿拉斯加"]),
    D("arizona", "Q816", US, ["Arizona"], ["亚利桑那州", "亚利桑那"]),
    D("arkansas", "Q1612", US, ["Arkansas"], ["阿肯色州", "阿肯色"]),
    D("california", "Q99", US, ["California"], ["加利福尼亚州", "加州", "加利福尼亚"]),
    D("colorado", "Q1261", US, ["Colorado"], ["科罗拉多州", "科罗拉多"]),
    D("connecticut", "Q779", US, ["Connecticut"], ["康涅狄格州", "康涅狄格"], hant=["康乃狄克州", "康乃狄克"]),
    D("delaware", "Q1393", US, ["Delaware"], ["特拉华州", "特拉华"], hant=["德拉瓦州", "德拉瓦"]),
    D("florida", "Q812", US, ["Florida"], ["佛罗里达州", "佛罗里达", "佛州"]),
    # 佐治亚 / 喬治亞 alone are Georgia the country.
    D("georgia-us-state", "Q1428", US, ["Georgia (U.S. state)"], ["佐治亚州"], hant=["喬治亞州"]),
    D("hawaii", "Q782", US, ["Hawaii"], ["夏威夷州", "夏威夷"]),
    D("idaho", "Q1221", US, ["Idaho"], ["爱达荷州", "爱达荷"]),
    D("illinois", "Q1204", US, ["Illinois"], ["伊利诺伊州", "伊利诺伊"], hant=["伊利諾州", "伊利諾"]),
    D("indiana", "Q1415", US, ["Indiana"], ["印第安纳州"]),
    D("iowa", "Q1546", US, ["Iowa"], ["艾奥瓦州", "艾奥瓦", "爱荷华州", "爱荷华"]),
    D("kansas", "Q1558", US, ["Kansas"], ["堪萨斯州"]),
    D("kentucky", "Q1603", US, ["Kentucky"], ["肯塔基州", "肯塔基"]),
    D("louisiana", "Q1588", US, ["Louisiana"], ["路易斯安那州", "路易斯安那"]),
    D("maine", "Q724", US, ["Maine"], ["缅因州", "缅因"]),
    D("maryland", "Q1391", US, ["Maryland"], ["马里兰州", "马里兰"]),
    D("massachusetts", "Q771", US, ["Massachusetts"], ["马萨诸塞州", "马萨诸塞"],
      hant=["麻薩諸塞州", "麻薩諸塞", "麻州"]),
    D("michigan", "Q1166", US, ["Michigan"], ["密歇根州", "密歇根"], hant=["密西根州", "密西根"]),
    D("minnesota", "Q1527", US, ["Minnesota"], ["明尼苏达州", "明尼苏达"]),
    D("mississippi", "Q1494", US, ["Mississippi"], ["密西西比州"]),
    D("missouri", "Q1581", US, ["Missouri"], ["密苏里州"]),
    D("montana", "Q1212", US, ["Montana"], ["蒙大拿州", "蒙大拿"]),
    D("nebraska", "Q1553", US, ["Nebraska"], ["内布拉斯加州", "内布拉斯加"]),
    D("nevada", "Q1227", US, ["Nevada"], ["内华达州", "内华达"]),
    D("new-hampshire", "Q759", US, ["New Hampshire"], ["新罕布什尔州", "新罕布什尔"], hant=["新罕布夏州", "新罕布夏"]),
    D("new-jersey", "Q1408", US, ["New Jersey"], ["新泽西州", "新泽西"], hant=["紐澤西州", "紐澤西"]),
    D("new-mexico", "Q1522", US, ["New Mexico"], ["新墨西哥州", "新墨西哥"]),
    # 纽约 alone is the city (new-york-city in cities.jsonl).
    D("new-york-state", "Q1384", US, ["New York (state)", "New York State"], ["纽约州"]),
    D("north-carolina", "Q1454", US, ["North Carolina"], ["北卡罗来纳州", "北卡罗来纳", "北卡"],
      hant=["北卡羅萊納州", "北卡羅萊納"]),
    D("north-dakota", "Q1207", US, ["North Dakota"], ["北达科他州", "北达科他"], hant=["北達科塔州"]),
    D("ohio", "Q1397", US, ["Ohio"], ["俄亥俄州", "俄亥俄"]),
    D("oklahoma", "Q1649", US, ["Oklahoma"], ["俄克拉何马州", "俄克拉荷马州"], hant=["奧克拉荷馬州"]),
    D("oregon", "Q824", US, ["Oregon"], ["俄勒冈州", "俄勒冈"], hant=["奧勒岡州", "奧勒岡"]),
    D("pennsylvania", "Q1400", US, ["Pennsylvania"], ["宾夕法尼亚州", "宾夕法尼亚", "宾州"]),
    D("rhode-island", "Q1387", US, ["Rhode Island"], ["罗得岛州"], hant=["羅德島州"]),
    D("south-carolina", "Q1456", US, ["South Carolina"], ["南卡罗来纳州", "南卡罗来纳", "南卡"],
      hant=["南卡羅萊納州", "南卡羅萊納"]),
    D("south-dakota", "Q1211", US, ["South Dakota"], ["南达科他州", "南达科他"], hant=["南達科塔州"]),
    D("tennessee", "Q1509", US, ["Tennessee"], ["田纳西州", "田纳西"]),
    D("texas", "Q1439", US, ["Texas"], ["得克萨斯州", "得克萨斯", "德克萨斯州", "德克萨斯"]),
    D("utah", "Q829", US, ["Utah"], ["犹他州", "犹他"]),
    D("vermont", "Q16551", US, ["Vermont"], ["佛蒙特州", "佛蒙特"]),
    D("virginia", "Q1370", US, ["Virginia"], ["弗吉尼亚州", "弗吉尼亚"], hant=["維吉尼亞州", "維吉尼亞"]),
    # 华盛顿 alone is the capital (washington-dc) and the person.
    D("washington-state", "Q1223", US, ["Washington (state)", "Washington State"], ["华盛顿州"]),
    D("west-virginia", "Q1371", US, ["West Virginia"], ["西弗吉尼亚州", "西弗吉尼亚"],
      hant=["西維吉尼亞州", "西維吉尼亞"]),
    D("wisconsin", "Q1537", US, ["Wisconsin"], ["威斯康星州", "威斯康星"], hant=["威斯康辛州", "威斯康辛"]),
    D("wyoming", "Q1214", US, ["Wyoming"], ["怀俄明州", "怀俄明"]),
    # --- Canada: 10 provinces, 3 territories --------------------------------
    D("alberta", "Q1951", CA, ["Alberta"], ["艾伯塔省", "阿尔伯塔省", "艾伯塔", "阿尔伯塔"], hant=["亞伯達省", "亞伯達"]),
    D("british-columbia", "Q1973", CA, ["British Columbia"], ["不列颠哥伦比亚省", "不列颠哥伦比亚"],
      hant=["卑詩省"]),
    D("manitoba", "Q1948", CA, ["Manitoba"], ["马尼托巴省", "马尼托巴"], hant=["曼尼托巴省"]),
    D("new-brunswick", "Q1965", CA, ["New Brunswick"], ["新不伦瑞克省"]),
    D("newfoundland-and-labrador", "Q2003", CA, ["Newfoundland and Labrador"],
      ["纽芬兰与拉布拉多省", "纽芬兰和拉布拉多省"]),
    D("nova-scotia", "Q1952", CA, ["Nova Scotia"], ["新斯科舍省", "新斯科舍"], hant=["新斯科細亞省"]),
    D("ontario", "Q1904", CA, ["Ontario"], ["安大略省", "安大略"]),
    D("prince-edward-island", None, CA, ["Prince Edward Island"], ["爱德华王子岛省", "爱德华王子岛"]),
    # 魁北克 alone is also Quebec City.
    D("quebec", "Q176", CA, ["Quebec (province)"], ["魁北克省"]),
    D("saskatchewan", "Q1989", CA, ["Saskatchewan"], ["萨斯喀彻温省", "萨斯喀彻温"]),
    D("northwest-territories", "Q2007", CA, ["Northwest Territories"], ["西北领地"]),
    D("nunavut", "Q2023", CA, ["Nunavut"], ["努纳武特地区", "努纳武特"]),
    D("yukon", "Q2009", CA, ["Yukon"], ["育空地区"]),
    # --- Australia: 6 states, 2 mainland territories ------------------------
    D("new-south-wales", "Q3224", AU, ["New South Wales"], ["新南威尔士州", "新南威尔士"],
      hant=["新南威爾斯州", "新南威爾斯"]),
    D("queensland", "Q36074", AU, ["Queensland"], ["昆士兰州", "昆士兰"]),
    D("south-australia", "Q35715", AU, ["South Australia"], ["南澳大利亚州", "南澳州", "南澳大利亚"]),
    D("tasmania", "Q34366", AU, ["Tasmania"], ["塔斯马尼亚州", "塔斯马尼亚"]),
    D("victoria-australia", "Q36687", AU, ["Victoria (Australia)"], ["维多利亚州"]),
    D("western-australia", "Q3206", AU, ["Western Australia"], ["西澳大利亚州", "西澳州", "西澳大利亚"]),
    D("australian-capital-territory", "Q3258", AU, ["Australian Capital Territory"],
      ["澳大利亚首都领地", "澳大利亚首都特区"], hant=["澳洲首都領地", "澳洲首都特區"]),
    D("northern-territory", "Q3235", AU, ["Northern Territory"], ["北领地"]),
    # --- China: 22 provinces, 3 autonomous regions ---------------------------
    D("anhui", "Q40956", CN, ["Anhui"], ["安徽省", "安徽"]),
    D("fujian", "Q41705", CN, ["Fujian"], ["福建省", "福建"]),
    D("gansu", "Q42392", CN, ["Gansu"], ["甘肃省", "甘肃"]),
    D("guangdong", "Q15175", CN, ["Guangdong"], ["广东省", "广东"]),
    D("guizhou", "Q47097", CN, ["Guizhou"], ["贵州省", "贵州"]),
    D("hainan", "Q42200", CN, ["Hainan"], ["海南省", "海南"]),
    D("hebei", "Q21208", CN, ["Hebei"], ["河北省", "河北"]),
    D("heilongjiang", "Q19206", CN, ["Heilongjiang"], ["黑龙江省", "黑龙江"]),
    D("henan", "Q43684", CN, ["Henan"], ["河南省", "河南"]),
    D("hubei", "Q46862", CN, ["Hubei"], ["湖北省", "湖北"]),
    D("hunan", "Q45761", CN, ["Hunan"], ["湖南省", "湖南"]),
    D("jiangsu", "Q16963", CN, ["Jiangsu"], ["江苏省", "江苏"]),
    D("jiangxi", "Q57052", CN, ["Jiangxi"], ["江西省", "江西"]),
    D("jilin", "Q45208", CN, ["Jilin"], ["吉林省", "吉林"]),
    D("liaoning", "Q43934", CN, ["Liaoning"], ["辽宁省", "辽宁"]),
    D("qinghai", "Q45833", CN, ["Qinghai"], ["青海省", "青海"]),
    D("shaanxi", "Q47974", CN, ["Shaanxi"], ["陕西省", "陕西"]),
    D("shandong", "Q43407", CN, ["Shandong"], ["山东省", "山东"]),
    D("shanxi", "Q46913", CN, ["Shanxi"], ["山西省", "山西"]),
    D("sichuan", "Q19770", CN, ["Sichuan"], ["四川省", "四川"]),
    D("yunnan", "Q43194", CN, ["Yunnan"], ["云南省", "云南"]),
    D("zhejiang", "Q16967", CN, ["Zhejiang"], ["浙江省", "浙江"]),
    D("guangxi", "Q15176", CN, ["Guangxi"], ["广西壮族自治区", "广西"]),
    D("inner-mongolia", "Q41079", CN, ["Inner Mongolia"], ["内蒙古自治区", "内蒙古"]),
    D("ningxia", "Q57448", CN, ["Ningxia"], ["宁夏回族自治区", "宁夏"]),
    # --- India: 28 states, 8 union territories ------------------------------
    D("andhra-pradesh", "Q1159", IN, ["Andhra Pradesh"], ["安得拉邦"]),
    D("arunachal-pradesh", "Q1162", IN, ["Arunachal Pradesh"], ["阿鲁纳恰尔邦"]),
    D("assam", "Q1164", IN, ["Assam"], ["阿萨姆邦"]),
    D("bihar", "Q1165", IN, ["Bihar"], ["比哈尔邦"]),
    D("chhattisgarh", "Q1168", IN, ["Chhattisgarh"], ["恰蒂斯加尔邦", "切蒂斯格尔邦"]),
    D("goa", "Q1171", IN, ["Goa"], ["果阿邦"]),
    D("gujarat", "Q1061", IN, ["Gujarat"], ["古吉拉特邦"]),
    D("haryana", "Q1174", IN, ["Haryana"], ["哈里亚纳邦"]),
    D("himachal-pradesh", "Q1177", IN, ["Himachal Pradesh"], ["喜马偕尔邦"]),
    D("jharkhand", "Q1184", IN, ["Jharkhand"], ["贾坎德邦", "恰尔肯德邦"]),
    D("karnataka", "Q1185", IN, ["Karnataka"], ["卡纳塔克邦"]),
    D("kerala", "Q1186", IN, ["Kerala"], ["喀拉拉邦"]),
    D("madhya-pradesh", "Q1188", IN, ["Madhya Pradesh"], ["中央邦"]),
    D("maharashtra", "Q1191", IN, ["Maharashtra"], ["马哈拉施特拉邦"]),
    D("manipur", "Q1193", IN, ["Manipur"], ["曼尼普尔邦"]),
    D("meghalaya", "Q1195", IN, ["Meghalaya"], ["梅加拉亚邦"]),
    D("mizoram", "Q1502", IN, ["Mizoram"], ["米佐拉姆邦"]),
    D("nagaland", "Q1599", IN, ["Nagaland"], ["那加兰邦"]),
    D("odisha", "Q22048", IN, ["Odisha"], ["奥迪沙邦", "奥里萨邦"]),
    # 旁遮普 alone is both Punjabs.
    D("punjab-india", "Q22424", IN, ["Punjab (India)"], ["旁遮普邦"]),
    D("rajasthan", "Q1437", IN, ["Rajasthan"], ["拉贾斯坦邦"]),
    D("sikkim", "Q1505", IN, ["Sikkim"], ["锡金邦"]),
    D("tamil-nadu", "Q1445", IN, ["Tamil Nadu"], ["泰米尔纳德邦"]),
    D("telangana", "Q677037", IN, ["Telangana"], ["特伦甘纳邦", "特兰伽纳邦"]),
    D("tripura", "Q1363", IN, ["Tripura"], ["特里普拉邦"]),
    D("uttar-pradesh", "Q1498", IN, ["Uttar Pradesh"], ["北方邦"]),
    D("uttarakhand", "Q1499", IN, ["Uttarakhand"], ["北阿坎德邦"]),
    D("west-bengal", "Q1356", IN, ["West Bengal"], ["西孟加拉邦"]),
    D("andaman-and-nicobar-islands", "Q40888", IN, ["Andaman and Nicobar Islands"],
      ["安达曼-尼科巴群岛", "安达曼和尼科巴群岛"]),
    D("chandigarh", None, IN, ["Chandigarh"], ["昌迪加尔"]),
    D("dadra-and-nagar-haveli-and-daman-and-diu", "Q77997266", IN,
      ["Dadra and Nagar Haveli and Daman and Diu"], ["达德拉-纳加尔哈维利和达曼-第乌"]),
    # 德里 alone is the city (and occurs in 罗德里格斯, 弗雷德里克 ...).
    D("delhi-national-capital-territory", None, IN, ["National Capital Territory of Delhi"],
      ["德里国家首都辖区", "德里国家首都区"]),
    D("jammu-and-kashmir", "Q66278313", IN, ["Jammu and Kashmir"], ["查谟和克什米尔", "查谟-克什米尔"]),
    D("ladakh", "Q200667", IN, ["Ladakh"], ["拉达克"]),
    D("lakshadweep", "Q26927", IN, ["Lakshadweep"], ["拉克沙群岛"]),
    D("puducherry", "Q66743", IN, ["Puducherry (union territory)"], ["本地治里中央直辖区"]),
    # --- Japan: 46 prefectures (Tokyo is in capitals.jsonl) ----------------
    D("hokkaido", "Q1037393", JP, ["Hokkaido"], ["北海道"]),
    D("aomori-prefecture", "Q71699", JP, ["Aomori Prefecture"], ["青森县"]),
    D("iwate-prefecture", "Q48326", JP, ["Iwate Prefecture", "Iwate"], ["岩手县", "岩手"]),
    D("miyagi-prefecture", "Q47896", JP, ["Miyagi Prefecture"], ["宫城县"]),
    D("akita-prefecture", "Q81863", JP, ["Akita Prefecture"], ["秋田县"]),
    D("yamagata-prefecture", "Q125863", JP, ["Yamagata Prefecture"], ["山形县"]),
    D("fukushima-prefecture", "Q71707", JP, ["Fukushima Prefecture"], ["福岛县"]),
    D("ibaraki-prefecture", "Q83273", JP, ["Ibaraki Prefecture", "Ibaraki"], ["茨城县", "茨城"]),
    D("tochigi-prefecture", "Q44843", JP, ["Tochigi Prefecture", "Tochigi"], ["栃木县", "枥木县", "栃木", "枥木"]),
    D("gunma-prefecture", "Q129499", JP, ["Gunma Prefecture"], ["群马县"]),
    D("saitama-prefecture", "Q128186", JP, ["Saitama Prefecture"], ["埼玉县"]),
    D("chiba-prefecture", "Q80011", JP, ["Chiba Prefecture"], ["千叶县"]),
    D("kanagawa-prefecture", "Q127513", JP, ["Kanagawa Prefecture", "Kanagawa"], ["神奈川县", "神奈川"]),
    D("niigata-prefecture", "Q132705", JP, ["Niigata Prefecture"], ["新潟县"]),
    D("toyama-prefecture", "Q132929", JP, ["Toyama Prefecture"], ["富山县"]),
    D("ishikawa-prefecture", "Q131281", JP, ["Ishikawa Prefecture"], ["石川县"]),
    D("fukui-prefecture", "Q133879", JP, ["Fukui Prefecture"], ["福井县"]),
    D("yamanashi-prefecture", "Q132720", JP, ["Yamanashi Prefecture"], ["山梨县"]),
    D("nagano-prefecture", "Q127877", JP, ["Nagano Prefecture"], ["长野县"]),
    D("gifu-prefecture", "Q131277", JP, ["Gifu Prefecture"], ["岐阜县"]),
    D("shizuoka-prefecture", "Q131320", JP, ["Shizuoka Prefecture"], ["静冈县"]),
    D("aichi-prefecture", "Q80434", JP, ["Aichi Prefecture"], ["爱知县"]),
    D("mie-prefecture", "Q128196", JP, ["Mie Prefecture"], ["三重县"]),
    D("shiga-prefecture", "Q131358", JP, ["Shiga Prefecture", "Shiga"], ["滋贺县", "滋贺"]),
    D("kyoto-prefecture", "Q120730", JP, ["Kyoto Prefecture"], ["京都府"]),
    D("osaka-prefecture", "Q122723", JP, ["Osaka Prefecture"], ["大阪府"]),
    D("hyogo-prefecture", "Q130290", JP, ["Hyōgo Prefecture", "Hyogo Prefecture", "Hyogo"], ["兵库县", "兵库"]),
    D("nara-prefecture", "Q131287", JP, ["Nara Prefecture"], ["奈良县"]),
    D("wakayama-prefecture", "Q131314", JP, ["Wakayama Prefecture"], ["和歌山县"]),
    D("tottori-prefecture", "Q133935", JP, ["Tottori Prefecture"], ["鸟取县"]),
    D("shimane-prefecture", "Q132751", JP, ["Shimane Prefecture", "Shimane"], ["岛根县", "岛根"]),
    D("okayama-prefecture", "Q132936", JP, ["Okayama Prefecture"], ["冈山县"]),
    D("hiroshima-prefecture", "Q617375", JP, ["Hiroshima Prefecture"], ["广岛县"]),
    D("yamaguchi-prefecture", "Q127264", JP, ["Yamaguchi Prefecture"], ["山口县"]),
    D("tokushima-prefecture", "Q160734", JP, ["Tokushima Prefecture"], ["德岛县"]),
    D("kagawa-prefecture", "Q161454", JP, ["Kagawa Prefecture"], ["香川县"]),
    D("ehime-prefecture", "Q123376", JP, ["Ehime Prefecture", "Ehime"], ["爱媛县", "爱媛"]),
    D("kochi-prefecture", "Q134093", JP, ["Kōchi Prefecture", "Kochi Prefecture"], ["高知县"]),
    D("fukuoka-prefecture", "Q123258", JP, ["Fukuoka Prefecture"], ["福冈县"]),
    D("saga-prefecture", "Q160420", JP, ["Saga Prefecture"], ["佐贺县"]),
    D("nagasaki-prefecture", "Q169376", JP, ["Nagasaki Prefecture"], ["长崎县"]),
    D("kumamoto-prefecture", "Q130308", JP, ["Kumamoto Prefecture"], ["熊本县"]),
    D("oita-prefecture", "Q133924", JP, ["Ōita Prefecture", "Oita Prefecture"], ["大分县"]),
    D("miyazaki-prefecture", "Q130300", JP, ["Miyazaki Prefecture"], ["宫崎县"]),
    D("kagoshima-prefecture", "Q15701", JP, ["Kagoshima Prefecture"], ["鹿儿岛县"]),
    D("okinawa-prefecture", "Q766445", JP, ["Okinawa Prefecture", "Okinawa"], ["冲绳县", "冲绳"]),
    # --- Germany: 15 Länder (Berlin is in capitals.jsonl) -------------------
    D("baden-wurttemberg", "Q985", DE, ["Baden-Württemberg"],
      ["巴登-符腾堡州", "巴登符腾堡州", "巴登-符腾堡", "巴符州"], hant=["巴登-符騰堡邦"]),
    D("bavaria", "Q980", DE, ["Bavaria"], ["巴伐利亚州", "巴伐利亚"], hant=["巴伐利亞邦"]),
    # 勃兰登堡 alone: the city and the gate (勃兰登堡门).
    D("brandenburg", "Q1208", DE, ["Brandenburg (state)"], ["勃兰登堡州"]),
    D("bremen", "Q1209", DE, ["Bremen (state)", "Free Hanseatic City of Bremen"], ["不来梅州"]),
    D("hamburg", "Q1055", DE, ["Free and Hanseatic City of Hamburg"], ["汉堡州"]),
    D("hesse", "Q1199", DE, ["Hesse"], ["黑森州"]),
    D("lower-saxony", "Q1197", DE, ["Lower Saxony"], ["下萨克森州", "下萨克森"]),
    D("mecklenburg-vorpommern", "Q1196", DE, ["Mecklenburg-Vorpommern", "Mecklenburg-Western Pomerania"],
      ["梅克伦堡-前波莫瑞州", "梅克伦堡-前波莫瑞"]),
    D("north-rhine-westphalia", "Q1198", DE, ["North Rhine-Westphalia"],
      ["北莱茵-威斯特法伦州", "北莱茵-威斯特法伦", "北威州"], hant=["北萊茵-西發利亞邦"]),
    D("rhineland-palatinate", "Q1200", DE, ["Rhineland-Palatinate"], ["莱茵兰-普法尔茨州", "莱茵兰-普法尔茨"]),
    D("saarland", "Q1201", DE, ["Saarland"], ["萨尔州", "萨尔兰州"]),
    D("saxony", "Q1202", DE, ["Saxony"], ["萨克森州"]),
    D("saxony-anhalt", "Q1206", DE, ["Saxony-Anhalt"], ["萨克森-安哈尔特州", "萨克森-安哈尔特"]),
    D("schleswig-holstein", "Q1194", DE, ["Schleswig-Holstein"],
      ["石勒苏益格-荷尔斯泰因州", "石勒苏益格-荷尔斯泰因"]),
    D("thuringia", "Q1205", DE, ["Thuringia"], ["图林根州", "图林根"]),
    # --- United Kingdom: 4 countries ----------------------------------------
    D("england", "Q21", UK, ["England"], ["英格兰"]),
    D("northern-ireland", "Q26", UK, ["Northern Ireland"], ["北爱尔兰"]),
    D("scotland", "Q22", UK, ["Scotland"], ["苏格兰"]),
    D("wales", "Q25", UK, ["Wales"], ["威尔士"]),
    # --- Russia: 21 republics ------------------------------------------------
    D("adygea", "Q3734", RU, ["Adygea"], ["阿迪格共和国"]),
    D("altai-republic", "Q5971", RU, ["Altai Republic"], ["阿尔泰共和国"]),
    D("bashkortostan", "Q5710", RU, ["Bashkortostan"], ["巴什科尔托斯坦共和国", "巴什科尔托斯坦"]),
    D("buryatia", "Q6809", RU, ["Buryatia"], ["布里亚特共和国"]),
    D("chechnya", "Q5187", RU, ["Chechnya"], ["车臣共和国", "车臣"]),
    D("chuvashia", "Q5466", RU, ["Chuvashia"], ["楚瓦什共和国"]),
    D("dagestan", "Q5118", RU, ["Dagestan"], ["达吉斯坦共和国", "达吉斯坦"]),
    D("ingushetia", "Q5219", RU, ["Ingushetia"], ["印古什共和国", "印古什"]),
    D("kabardino-balkaria", "Q5267", RU, ["Kabardino-Balkaria"], ["卡巴尔达-巴尔卡尔共和国"]),
    D("kalmykia", "Q3953", RU, ["Kalmykia"], ["卡尔梅克共和国"]),
    D("karachay-cherkessia", "Q5328", RU, ["Karachay-Cherkessia"], ["卡拉恰伊-切尔克斯共和国"]),
    D("karelia", "Q1914", RU, ["Republic of Karelia"], ["卡累利阿共和国"]),
    D("khakassia", "Q6543", RU, ["Khakassia"], ["哈卡斯共和国"]),
    D("komi-republic", "Q2073", RU, ["Komi Republic"], ["科米共和国"]),
    D("mari-el", "Q5446", RU, ["Mari El"], ["马里埃尔共和国"]),
    D("mordovia", "Q5340", RU, ["Mordovia"], ["莫尔多瓦共和国"]),
    D("north-ossetia-alania", "Q5237", RU, ["North Ossetia–Alania"],
      ["北奥塞梯-阿兰共和国", "北奥塞梯共和国", "北奥塞梯"]),
    D("sakha-republic", "Q6605", RU, ["Sakha Republic", "Yakutia"], ["萨哈共和国", "雅库特共和国"]),
    D("tatarstan", "Q5481", RU, ["Tatarstan"], ["鞑靼斯坦共和国", "鞑靼斯坦"]),
    D("tuva", "Q960", RU, ["Tuva"], ["图瓦共和国"]),
    D("udmurtia", "Q5422", RU, ["Udmurtia"], ["乌德穆尔特共和国"]),
    # --- Russia: 9 krais ----------------------------------------------------
    D("altai-krai", "Q5942", RU, ["Altai Krai"], ["阿尔泰边疆区"]),
    D("kamchatka-krai", "Q7948", RU, ["Kamchatka Krai"], ["堪察加边疆区"]),
    D("khabarovsk-krai", "Q7788", RU, ["Khabarovsk Krai"], ["哈巴罗夫斯克边疆区"]),
    D("krasnodar-krai", "Q3680", RU, ["Krasnodar Krai"], ["克拉斯诺达尔边疆区"]),
    D("krasnoyarsk-krai", "Q6563", RU, ["Krasnoyarsk Krai"], ["克拉斯诺亚尔斯克边疆区"]),
    D("perm-krai", "Q5400", RU, ["Perm Krai"], ["彼尔姆边疆区"]),
    D("primorsky-krai", "Q4341", RU, ["Primorsky Krai"], ["滨海边疆区"]),
    D("stavropol-krai", "Q5207", RU, ["Stavropol Krai"], ["斯塔夫罗波尔边疆区"]),
    D("zabaykalsky-krai", "Q6838", RU, ["Zabaykalsky Krai"], ["外贝加尔边疆区"]),
    # --- Russia: 46 oblasts (the oblast bears its capital's name: suffixed only)
    D("amur-oblast", "Q6886", RU, ["Amur Oblast"], ["阿穆尔州"]),
    D("arkhangelsk-oblast", "Q1875", RU, ["Arkhangelsk Oblast"], ["阿尔汉格尔斯克州"]),
    D("astrakhan-oblast", "Q3941", RU, ["Astrakhan Oblast"], ["阿斯特拉罕州"]),
    D("belgorod-oblast", "Q3329", RU, ["Belgorod Oblast"], ["别尔哥罗德州"]),
    D("bryansk-oblast", "Q2810", RU, ["Bryansk Oblast"], ["布良斯克州"]),
    D("chelyabinsk-oblast", "Q5714", RU, ["Chelyabinsk Oblast"], ["车里雅宾斯克州"]),
    D("irkutsk-oblast", "Q6585", RU, ["Irkutsk Oblast"], ["伊尔库茨克州"]),
    D("ivanovo-oblast", "Q2654", RU, ["Ivanovo Oblast"], ["伊万诺沃州"]),
    D("kaliningrad-oblast", "Q1749", RU, ["Kaliningrad Oblast"], ["加里宁格勒州"]),
    # 卡卢加州 would otherwise yield 加州 (California).
    D("kaluga-oblast", "Q2842", RU, ["Kaluga Oblast"], ["卡卢加州"]),
    D("kemerovo-oblast", "Q6076", RU, ["Kemerovo Oblast"], ["克麦罗沃州"]),
    D("kirov-oblast", "Q5387", RU, ["Kirov Oblast"], ["基洛夫州"]),
    D("kostroma-oblast", "Q2596", RU, ["Kostroma Oblast"], ["科斯特罗马州"]),
    D("kurgan-oblast", "Q5741", RU, ["Kurgan Oblast"], ["库尔干州"]),
    D("kursk-oblast", "Q3178", RU, ["Kursk Oblast"], ["库尔斯克州"]),
    D("leningrad-oblast", "Q2191", RU, ["Leningrad Oblast"], ["列宁格勒州"]),
    D("lipetsk-oblast", "Q3510", RU, ["Lipetsk Oblast"], ["利佩茨克州"]),
    D("magadan-oblast", "Q7971", RU, ["Magadan Oblast"], ["马加丹州"]),
    D("moscow-oblast", "Q1697", RU, ["Moscow Oblast"], ["莫斯科州"]),
    D("murmansk-oblast", "Q1759", RU, ["Murmansk Oblast"], ["摩尔曼斯克州"]),
    D("nizhny-novgorod-oblast", "Q2246", RU, ["Nizhny Novgorod Oblast"], ["下诺夫哥罗德州"]),
    D("novgorod-oblast", "Q2240", RU, ["Novgorod Oblast"], ["诺夫哥罗德州"]),
    D("novosibirsk-oblast", "Q5851", RU, ["Novosibirsk Oblast"], ["新西伯利亚州"]),
    D("omsk-oblast", "Q5835", RU, ["Omsk Oblast"], ["鄂木斯克州"]),
    D("orenburg-oblast", "Q5338", RU, ["Orenburg Oblast"], ["奥伦堡州"]),
    D("oryol-oblast", "Q3129", RU, ["Oryol Oblast"], ["奥廖尔州"]),
    D("penza-oblast", "Q5545", RU, ["Penza Oblast"], ["奔萨州"]),
    D("pskov-oblast", "Q2218", RU, ["Pskov Oblast"], ["普斯科夫州"]),
    D("rostov-oblast", "Q3573", RU, ["Rostov Oblast"], ["罗斯托夫州"]),
    D("ryazan-oblast", "Q2753", RU, ["Ryazan Oblast"], ["梁赞州"]),
    D("sakhalin-oblast", "Q7797", RU, ["Sakhalin Oblast"], ["萨哈林州"]),
    D("samara-oblast", "Q1727", RU, ["Samara Oblast"], ["萨马拉州"]),
    D("saratov-oblast", "Q5334", RU, ["Saratov Oblast"], ["萨拉托夫州"]),
    D("smolensk-oblast", "Q2347", RU, ["Smolensk Oblast"], ["斯摩棱斯克州"]),
    D("sverdlovsk-oblast", "Q5462", RU, ["Sverdlovsk Oblast"], ["斯维尔德洛夫斯克州"]),
    D("tambov-oblast", "Q3550", RU, ["Tambov Oblast"], ["坦波夫州"]),
    D("tomsk-oblast", "Q5884", RU, ["Tomsk Oblast"], ["托木斯克州"]),
    D("tula-oblast", "Q2792", RU, ["Tula Oblast"], ["图拉州"]),
    D("tver-oblast", "Q2292", RU, ["Tver Oblast"], ["特维尔州"]),
    D("tyumen-oblast", "Q5824", RU, ["Tyumen Oblast"], ["秋明州"]),
    D("ulyanovsk-oblast", "Q5634", RU, ["Ulyanovsk Oblast"], ["乌里扬诺夫斯克州"]),
    D("vladimir-oblast", "Q2702", RU, ["Vladimir Oblast"], ["弗拉基米尔州"]),
    D("volgograd-oblast", "Q3819", RU, ["Volgograd Oblast"], ["伏尔加格勒州"]),
    D("vologda-oblast", "Q2015", RU, ["Vologda Oblast"], ["沃洛格达州"]),
    D("voronezh-oblast", "Q3447", RU, ["Voronezh Oblast"], ["沃罗涅日州"]),
    D("yaroslavl-oblast", "Q2448", RU, ["Yaroslavl Oblast"], ["雅罗斯拉夫尔州"]),
    # --- Russia: autonomous oblast, 4 autonomous okrugs ---------------------
    D("jewish-autonomous-oblast", "Q7730", RU, ["Jewish Autonomous Oblast"], ["犹太自治州"]),
    D("chukotka-autonomous-okrug", "Q7984", RU, ["Chukotka Autonomous Okrug"], ["楚科奇自治区"]),
    D("khanty-mansi-autonomous-okrug", "Q6320", RU, ["Khanty-Mansi Autonomous Okrug"],
      ["汉特-曼西自治区", "汉特-曼西斯克自治区"]),
    D("nenets-autonomous-okrug", "Q2164", RU, ["Nenets Autonomous Okrug"], ["涅涅茨自治区"]),
    D("yamalo-nenets-autonomous-okrug", "Q6407", RU, ["Yamalo-Nenets Autonomous Okrug"], ["亚马尔-涅涅茨自治区"]),
    # --- Ukraine: 24 oblasts and Crimea -------------------------------------
    D("cherkasy-oblast", "Q161808", UA, ["Cherkasy Oblast"], ["切尔卡瑟州", "切尔卡西州"]),
    D("chernihiv-oblast", "Q167874", UA, ["Chernihiv Oblast"], ["切尔尼戈夫州", "切尔尼希夫州"]),
    D("chernivtsi-oblast", "Q168856", UA, ["Chernivtsi Oblast"], ["切尔诺夫策州", "切尔尼夫齐州"]),
    D("crimea", "Q756294", UA, ["Autonomous Republic of Crimea", "Crimea"],
      ["克里米亚", "克里米亚自治共和国", "克里米亚半岛", "克里米亚共和国"]),
    D("dnipropetrovsk-oblast", "Q170672", UA, ["Dnipropetrovsk Oblast"], ["第聂伯罗彼得罗夫斯克州"]),
    D("donetsk-oblast", "Q2012050", UA, ["Donetsk Oblast"], ["顿涅茨克州"]),
    D("ivano-frankivsk-oblast", "Q178269", UA, ["Ivano-Frankivsk Oblast"],
      ["伊万诺-弗兰科夫斯克州", "伊万诺-弗兰基夫斯克州"]),
    D("kharkiv-oblast", "Q170666", UA, ["Kharkiv Oblast"], ["哈尔科夫州", "哈尔基夫州"]),
    D("kherson-oblast", "Q163271", UA, ["Kherson Oblast"], ["赫尔松州"]),
    D("khmelnytskyi-oblast", "Q171331", UA, ["Khmelnytskyi Oblast"], ["赫梅利尼茨基州"]),
    D("kirovohrad-oblast", "Q180981", UA, ["Kirovohrad Oblast"], ["基洛沃格勒州", "基罗沃格勒州"]),
    D("kyiv-oblast", "Q170036", UA, ["Kyiv Oblast"], ["基辅州"]),
    D("luhansk-oblast", "Q171965", UA, ["Luhansk Oblast"], ["卢甘斯克州"]),
    D("lviv-oblast", "Q164193", UA, ["Lviv Oblast"], ["利沃夫州"]),
    D("mykolaiv-oblast", "Q181633", UA, ["Mykolaiv Oblast"], ["尼古拉耶夫州", "米科拉伊夫州"]),
    D("odesa-oblast", "Q171852", UA, ["Odesa Oblast"], ["敖德萨州"]),
    D("poltava-oblast", "Q169501", UA, ["Poltava Oblast"], ["波尔塔瓦州"]),
    D("rivne-oblast", "Q174187", UA, ["Rivne Oblast"], ["罗夫诺州", "里夫内州"]),
    D("sumy-oblast", "Q170446", UA, ["Sumy Oblast"], ["苏梅州"]),
    D("ternopil-oblast", "Q173407", UA, ["Ternopil Oblast"], ["捷尔诺波尔州", "捷尔诺皮尔州", "泰尔诺皮尔州"]),
    D("vinnytsia-oblast", "Q166709", UA, ["Vinnytsia Oblast"], ["文尼察州"]),
    D("volyn-oblast", "Q167859", UA, ["Volyn Oblast"], ["沃伦州"]),
    D("zakarpattia-oblast", "Q170213", UA, ["Zakarpattia Oblast"], ["外喀尔巴阡州"]),
    D("zaporizhzhia-oblast", "Q171334", UA, ["Zaporizhzhia Oblast"], ["扎波罗热州"]),
    D("zhytomyr-oblast", "Q40637", UA, ["Zhytomyr Oblast"], ["日托米尔州"]),
    # --- Brazil: 26 states and the Federal District -------------------------
    D("acre", "Q40780", BR, ["Acre (state)"], ["阿克里州"]),
    D("alagoas", "Q40885", BR, ["Alagoas"], ["阿拉戈斯州"]),
    D("amapa", "Q40130", BR, ["Amapá"], ["阿马帕州"]),
    D("amazonas-brazil", "Q40040", BR, ["Amazonas (Brazilian state)"], ["亚马孙州", "亚马逊州"]),
    D("bahia", "Q40430", BR, ["Bahia"], ["巴伊亚州", "巴伊亚"]),
    D("ceara", "Q40123", BR, ["Ceará"], ["塞阿拉州"]),
    D("espirito-santo", "Q43233", BR, ["Espírito Santo"], ["圣埃斯皮里图州"]),
    D("federal-district-brazil", "Q119158", BR, ["Federal District (Brazil)"], ["巴西利亚联邦区", "巴西联邦区"]),
    D("goias", "Q41587", BR, ["Goiás"], ["戈亚斯州"]),
    D("maranhao", "Q42362", BR, ["Maranhão"], ["马拉尼昂州"]),
    D("mato-grosso", "Q42824", BR, ["Mato Grosso"], ["马托格罗索州"]),
    D("mato-grosso-do-sul", "Q43319", BR, ["Mato Grosso do Sul"], ["南马托格罗索州"]),
    D("minas-gerais", "Q39109", BR, ["Minas Gerais"], ["米纳斯吉拉斯州", "米纳斯吉拉斯"]),
    D("para", "Q39517", BR, ["Pará"], ["帕拉州"]),
    D("paraiba", "Q38088", BR, ["Paraíba"], ["帕拉伊巴州"]),
    D("parana", "Q15499", BR, ["Paraná (state)"], ["巴拉那州"]),
    D("pernambuco", "Q40942", BR, ["Pernambuco"], ["伯南布哥州", "伯南布哥"]),
    D("piaui", "Q42722", BR, ["Piauí"], ["皮奥伊州"]),
    D("rio-de-janeiro-state", "Q41428", BR, ["Rio de Janeiro (state)"], ["里约热内卢州", "里约州"]),
    D("rio-grande-do-norte", "Q43255", BR, ["Rio Grande do Norte"], ["北里奥格兰德州"]),
    D("rio-grande-do-sul", "Q40030", BR, ["Rio Grande do Sul"], ["南里奥格兰德州", "南里奥格兰德"]),
    D("rondonia", "Q43235", BR, ["Rondônia"], ["朗多尼亚州"]),
    D("roraima", "Q42508", BR, ["Roraima"], ["罗赖马州"]),
    D("santa-catarina", "Q41115", BR, ["Santa Catarina (state)"], ["圣卡塔琳娜州"]),
    D("sao-paulo-state", "Q175", BR, ["São Paulo (state)"], ["圣保罗州"]),
    D("sergipe", "Q43783", BR, ["Sergipe"], ["塞尔希培州"]),
    D("tocantins", "Q43695", BR, ["Tocantins"], ["托坎廷斯州"]),
    # --- Mexico: 31 states (Mexico City is in capitals.jsonl) ---------------
    D("aguascalientes", "Q79952", MX, ["Aguascalientes (state)"], ["阿瓜斯卡连特斯州"]),
    D("baja-california", "Q58731", MX, ["Baja California"], ["下加利福尼亚州"]),
    D("baja-california-sur", "Q46508", MX, ["Baja California Sur"], ["南下加利福尼亚州"]),
    D("campeche", "Q80908", MX, ["Campeche (state)"], ["坎佩切州"]),
    D("chiapas", "Q60123", MX, ["Chiapas"], ["恰帕斯州", "恰帕斯"]),
    D("chihuahua", "Q655", MX, ["Chihuahua (state)"], ["奇瓦瓦州"]),
    D("coahuila", "Q53079", MX, ["Coahuila"], ["科阿韦拉州"]),
    D("colima", "Q61309", MX, ["Colima (state)"], ["科利马州"]),
    D("durango", "Q79918", MX, ["Durango (state)"], ["杜兰戈州"]),
    D("guanajuato", "Q46475", MX, ["Guanajuato (state)"], ["瓜纳华托州"]),
    D("guerrero", "Q60158", MX, ["Guerrero (state)"], ["格雷罗州"]),
    D("hidalgo", "Q80903", MX, ["Hidalgo (state)"], ["伊达尔戈州"]),
    D("jalisco", "Q13160", MX, ["Jalisco"], ["哈利斯科州", "哈利斯科"]),
    D("michoacan", "Q79861", MX, ["Michoacán", "Michoacan"], ["米却肯州", "米却肯"]),
    D("morelos", "Q66117", MX, ["Morelos (state)"], ["莫雷洛斯州"]),
    D("nayarit", "Q79920", MX, ["Nayarit"], ["纳亚里特州"]),
    D("nuevo-leon", "Q15282", MX, ["Nuevo León", "Nuevo Leon"], ["新莱昂州"]),
    D("oaxaca", "Q34110", MX, ["Oaxaca (state)"], ["瓦哈卡州"]),
    D("puebla-state", "Q79923", MX, ["Puebla (state)"], ["普埃布拉州"]),
    D("queretaro", "Q79754", MX, ["Querétaro (state)"], ["克雷塔罗州"]),
    D("quintana-roo", "Q80245", MX, ["Quintana Roo"], ["金塔纳罗奥州"]),
    D("san-luis-potosi", "Q78980", MX, ["San Luis Potosí (state)"], ["圣路易斯波托西州"]),
    D("sinaloa", "Q80252", MX, ["Sinaloa"], ["锡那罗亚州"]),
    D("sonora", "Q46422", MX, ["Sonora"], ["索诺拉州"]),
    D("state-of-mexico", "Q82112", MX, ["State of Mexico"], ["墨西哥州"]),
    D("tabasco", "Q80914", MX, ["Tabasco (state)"], ["塔巴斯科州"]),
    D("tamaulipas", "Q80007", MX, ["Tamaulipas"], ["塔毛利帕斯州", "塔毛利帕斯"]),
    D("tlaxcala", "Q82681", MX, ["Tlaxcala (state)"], ["特拉斯卡拉州"]),
    D("veracruz", "Q60130", MX, ["Veracruz"], ["韦拉克鲁斯州"]),
    D("yucatan", "Q60176", MX, ["Yucatán (state)"], ["尤卡坦州"]),
    D("zacatecas", "Q80269", MX, ["Zacatecas (state)"], ["萨卡特卡斯州"]),
    # --- Indonesia: 37 provinces (Jakarta is in capitals.jsonl) -------------
    D("aceh", "Q1823", ID, ["Aceh"], ["亚齐省"]),
    D("bali-province", "Q3125978", ID, ["Bali (province)"], ["巴厘省"]),
    D("bangka-belitung-islands", "Q1866", ID, ["Bangka Belitung Islands"], ["邦加-勿里洞省", "邦加勿里洞省"]),
    D("banten", "Q3540", ID, ["Banten"], ["万丹省"]),
    D("bengkulu", "Q1890", ID, ["Bengkulu (province)"], ["明古鲁省"]),
    D("central-java", "Q3557", ID, ["Central Java"], ["中爪哇省", "中爪哇"]),
    D("central-kalimantan", "Q3891", ID, ["Central Kalimantan"], ["中加里曼丹省"]),
    D("central-papua", "Q12486766", ID, ["Central Papua"], ["中巴布亚省"]),
    D("central-sulawesi", "Q5065", ID, ["Central Sulawesi"], ["中苏拉威西省"]),
    D("east-java", "Q3586", ID, ["East Java"], ["东爪哇省", "东爪哇"]),
    D("east-kalimantan", "Q3899", ID, ["East Kalimantan"], ["东加里曼丹省"]),
    D("east-nusa-tenggara", "Q5061", ID, ["East Nusa Tenggara"], ["东努沙登加拉省"]),
    D("gorontalo", "Q5067", ID, ["Gorontalo (province)"], ["哥伦打洛省"]),
    D("highland-papua", "Q112810104", ID, ["Highland Papua"], ["高地巴布亚省"]),
    D("jambi", "Q2051", ID, ["Jambi (province)"], ["占碑省"]),
    D("lampung", "Q2110", ID, ["Lampung"], ["楠榜省"]),
    D("maluku", "Q5093", ID, ["Maluku (province)"], ["马鲁古省"]),
    D("north-kalimantan", "Q3903", ID, ["North Kalimantan"], ["北加里曼丹省"]),
    D("north-maluku", "Q5094", ID, ["North Maluku"], ["北马鲁古省"]),
    D("north-sulawesi", "Q5068", ID, ["North Sulawesi"], ["北苏拉威西省"]),
    D("north-sumatra", "Q2140", ID, ["North Sumatra"], ["北苏门答腊省", "北苏门答腊"]),
    D("papua-province", "Q5095", ID, ["Papua (province)"], ["巴布亚省"]),
    D("riau", "Q2175", ID, ["Riau"], ["廖内省"]),
    D("riau-islands", "Q2223", ID, ["Riau Islands"], ["廖内群岛省"]),
    D("south-kalimantan", "Q3906", ID, ["South Kalimantan"], ["南加里曼丹省"]),
    D("south-papua", "Q61439296", ID, ["South Papua"], ["南巴布亚省"]),
    D("south-sulawesi", "Q5078", ID, ["South Sulawesi"], ["南苏拉威西省"]),
    D("south-sumatra", "Q2271", ID, ["South Sumatra"], ["南苏门答腊省", "南苏门答腊"]),
    D("southeast-sulawesi", "Q5075", ID, ["Southeast Sulawesi"], ["东南苏拉威西省"]),
    D("southwest-papua", "Q115253263", ID, ["Southwest Papua"], ["西南巴布亚省"]),
    D("west-java", "Q3724", ID, ["West Java"], ["西爪哇省", "西爪哇"]),
    D("west-kalimantan", "Q3916", ID, ["West Kalimantan"], ["西加里曼丹省"]),
    D("west-nusa-tenggara", "Q5062", ID, ["West Nusa Tenggara"], ["西努沙登加拉省"]),
    D("west-papua-province", "Q5096", ID, ["West Papua (province)"], ["西巴布亚省"]),
    D("west-sulawesi", "Q5082", ID, ["West Sulawesi"], ["西苏拉威西省"]),
    D("west-sumatra", "Q2772", ID, ["West Sumatra"], ["西苏门答腊省", "西苏门答腊"]),
    D("yogyakarta", "Q3741", ID, ["Special Region of Yogyakarta"], ["日惹特区"]),
    # --- Pakistan: 4 provinces ----------------------------------------------
    D("balochistan-pakistan", "Q163239", PK, ["Balochistan (Pakistan)"], ["俾路支省"]),
    D("khyber-pakhtunkhwa", "Q183314", PK, ["Khyber Pakhtunkhwa"],
      ["开伯尔-普赫图赫瓦省", "开伯尔-普什图赫瓦省", "开伯尔普赫图赫瓦省"]),
    D("punjab-pakistan", "Q4478", PK, ["Punjab (Pakistan)"], ["旁遮普省"]),
    D("sindh", "Q37211", PK, ["Sindh"], ["信德省"]),
    # --- South Korea: 9 provinces -------------------------------------------
    D("gangwon-province", "Q41071", KR, ["Gangwon Province"], ["江原特别自治道", "江原道"]),
    D("gyeonggi-province", "Q20937", KR, ["Gyeonggi Province"], ["京畿道"]),
    D("jeju-province", "Q41164", KR, ["Jeju Province"], ["济州特别自治道", "济州道"]),
    D("north-chungcheong-province", "Q41066", KR, ["North Chungcheong Province"], ["忠清北道"]),
    D("north-gyeongsang-province", "Q41154", KR, ["North Gyeongsang Province"], ["庆尚北道"]),
    D("north-jeolla-province", "Q41157", KR, ["North Jeolla Province"], ["全北特别自治道", "全罗北道"]),
    D("south-chungcheong-province", "Q41070", KR, ["South Chungcheong Province"], ["忠清南道"]),
    D("south-gyeongsang-province", "Q41151", KR, ["South Gyeongsang Province"], ["庆尚南道"]),
    D("south-jeolla-province", "Q41161", KR, ["South Jeolla Province"], ["全罗南道"]),
    # --- Malaysia: 13 states ------------------------------------------------
    D("johor", "Q183032", MY, ["Johor"], ["柔佛州", "柔佛"]),
    D("kedah", "Q188947", MY, ["Kedah"], ["吉打州", "吉打"]),
    D("kelantan", "Q185944", MY, ["Kelantan"], ["吉兰丹州", "吉兰丹"]),
    D("malacca", "Q185221", MY, ["Malacca (state)", "Melaka"], ["马六甲州"]),
    D("negeri-sembilan", "Q213893", MY, ["Negeri Sembilan"], ["森美兰州", "森美兰"]),
    D("pahang", "Q191346", MY, ["Pahang"], ["彭亨州", "彭亨"]),
    D("penang", "Q188096", MY, ["Penang"], ["槟城州", "槟州", "槟城"]),
    D("perak", "Q188953", MY, ["Perak"], ["霹雳州"]),
    D("perlis", "Q213467", MY, ["Perlis"], ["玻璃市州"]),
    D("sabah", "Q179029", MY, ["Sabah"], ["沙巴州"]),
    D("sarawak", "Q170462", MY, ["Sarawak"], ["砂拉越州", "砂拉越", "沙捞越州", "沙捞越"]),
    D("selangor", "Q189710", MY, ["Selangor"], ["雪兰莪州", "雪兰莪"]),
    D("terengganu", "Q189701", MY, ["Terengganu"], ["登嘉楼州", "登嘉楼", "丁加奴州"]),
    # --- Myanmar: 7 states, 7 regions ---------------------------------------
    D("chin-state", "Q46910", MM, ["Chin State"], ["钦邦"]),
    D("kachin-state", "Q140646", MM, ["Kachin State"], ["克钦邦"]),
    D("kayah-state", "Q652845", MM, ["Kayah State"], ["克耶邦", "克伦尼邦"]),
    D("kayin-state", "Q495342", MM, ["Kayin State", "Karen State"], ["克伦邦"]),
    D("mon-state", "Q818742", MM, ["Mon State"], ["孟邦"]),
    D("rakhine-state", "Q233838", MM, ["Rakhine State"], ["若开邦"]),
    D("shan-state", "Q456847", MM, ["Shan State"], ["掸邦"]),
    D("ayeyarwady-region", "Q47047", MM, ["Ayeyarwady Region"], ["伊洛瓦底省"]),
    D("bago-region", "Q800124", MM, ["Bago Region"], ["勃固省"]),
    D("magway-region", "Q833013", MM, ["Magway Region"], ["马圭省"]),
    D("mandalay-region", "Q119494", MM, ["Mandalay Region"], ["曼德勒省"]),
    D("sagaing-region", "Q847289", MM, ["Sagaing Region"], ["实皆省"]),
    D("tanintharyi-region", "Q843954", MM, ["Tanintharyi Region"], ["德林达依省"]),
    D("yangon-region", "Q856781", MM, ["Yangon Region"], ["仰光省"]),
]


# ---------------------------------------------------------------------------
# Building and checking
# ---------------------------------------------------------------------------
def _summary(records: list[dict]) -> str:
    n_qid = sum(1 for r in records if "qid" in r)
    per = Counter(r["country"] for r in records)
    return f"{len(records)} divisions, {n_qid} with QID ({', '.join(f'{c} {n}' for c, n in sorted(per.items()))})"


def main(argv=None) -> int:
    return place_gazetteer.run(argv, __doc__, place_gazetteer.place_records(DIVISIONS, "division"), OUTPUT, _summary)

if __name__ == "__main__":
    sys.exit(main())
