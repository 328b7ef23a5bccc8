"""Build the ORGANIZATION and PERSON part of the entity gazetteer.

Run from the repository root (deterministic: same table, same bytes out)::

    python scripts/build_gazetteer_orgs_people.py

Everything comes from the hand table below (world knowledge, not tuned to any
article):

* ``ORGS``: international organisations, blocs, and the government and party
  bodies that diplomacy news names.
* ``PEOPLE``: heads of state, heads of government and foreign ministers
  (2018-2026) of the G20 members, the EU (Commission and European Council
  presidents, High Representative), the five Central Asian states, China's
  neighbours, Iran, Ukraine, Belarus and Azerbaijan; the UN and NATO
  Secretaries-General; the Chinese foreign-ministry spokespersons.  Extended
  to the heads of state and government (2019-2026) of most other UN member
  states -- Southeast and South Asia, the Middle East and North Africa,
  sub-Saharan Africa, Europe, Latin America and the Caribbean, Oceania -- and
  the foreign ministers of many of them.  Source (world knowledge): Wikipedia
  "List of current heads of state and government", the per-country lists of
  heads of state, heads of government and foreign ministers, as known at
  2025 (a few 2026 changes: Venezuela, Hungary, Bulgaria, Chile); Chinese
  names as used by Xinhua / fmprc.gov.cn (mainland usage first).  A person
  is left out when the Chinese name is not known with confidence; a foreign
  minister is often left out when the dates of office are not.  Rotating
  posts (Swiss federal presidency) are given year by year.

Conventions
-----------
* Chinese names are entered in simplified script (mainland usage first: that is
  the preferred label).  Traditional forms are derived with OpenCC (``s2t``,
  ``s2tw``, ``s2hk``) instead of being typed, with a few repairs for characters
  OpenCC over-converts in transliterations and proper names
  (里, 范, 岩, 秘, 朴).  Taiwan / Hong Kong usages that are different words
  (普丁, 蒲亭, 川普, ...) are listed explicitly in ``tw``: they are added to
  zh-Hant, and their simplified form to zh-Hans; ``tw_only`` ones (which are
  ordinary words or other names in mainland usage, e.g. 強生) go to zh-Hant only.
* Bare surnames are left out when they are an ordinary word, a prefix of a
  common other name, or a substring of ordinary text that the leftmost-longest
  matcher would catch (贝鲁/贝鲁特, 马斯/马斯克, 达尔/达尔文, 高市/提高市场,
  石破/石破天惊, 加尼/参加尼泊尔, 温敏/气温敏感, 福列/幸福列车, 索拉/探索拉动),
  or shared by two records (扎帕罗夫, 别尔德穆哈梅多夫, 萨勒曼).  Further
  examples checked against a news corpus: 多东/很多东西, 纽西/纽西兰, 扬沙
  (weather), 法永/无法永远, 卡里斯/卡里斯马, 布登/发布登月, 曼菲/曼菲斯,
  萨尔维/萨尔维尼, 比奥/卢比奥, 法耶/穆斯塔法耶夫, 约翰尼斯/约翰尼斯堡,
  奥斯曼尼/奥斯曼尼耶, 维阿, 希金斯 (奥希金斯, a warship), 胡克斯特拉 (a US
  ambassador of that name), 马科斯 (the father), 比亚 (哥伦比亚, 赞比亚), 基尔
  (基尔库克), 博科 (博科圣地), 哈利法 (哈利法·哈夫塔尔), 萨勒 (萨勒曼), 奥恩 and
  拉贾帕克萨 (two records each), 赛义德, 马丁, 哈桑, 萨利赫 (common names).
* ``qid`` is given only where the Wikidata ID is certain; otherwise omitted.
* ``posts``: ``in`` is a country id of ``countries.jsonl`` or an organisation
  id of this file; dates are ``YYYY[-MM[-DD]]``; ``end`` is omitted when the
  post is (to the best of the table's knowledge) still held.

Output: ``kg/data/gazetteer/organizations.jsonl`` and
``kg/data/gazetteer/people.jsonl``, UTF-8 JSON Lines, ``ensure_ascii=False``,
keys sorted, lines sorted by ``id``.  The script checks its output (unique ids,
no single-character Chinese names, no Chinese name shared by two records after
OpenCC ``t2s`` folding, every ``in`` resolvable) and exits non-zero on failure.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "kg" / "data" / "gazetteer"

# --------------------------------------------------------------------------
# Hand table: organisations
# Each entry: id, en (list), zh (list, simplified), optional tw / tw_only, qid.
# --------------------------------------------------------------------------


def O(id_, en, zh, qid=None, tw=(), tw_only=(), also_types=()):
    return {"id": id_, "en": list(en), "zh": list(zh), "qid": qid,
            "tw": list(tw), "tw_only": list(tw_only), "also_types": list(also_types)}


def SEAT(id_, en, zh, qid=None):
    """A seat of government: the building (a venue, ``Place``: 在克里姆林宫举行会谈) that also
    stands for the office it houses (``Organization``: 白宫表示, 白宫发言人)."""
    return O(id_, en, zh, qid, also_types=("Place",))


ORGS = [
    # --- United Nations system -------------------------------------------
    O("united-nations", ["United Nations", "UN"], ["联合国"], "Q1065"),
    O("united-nations-general-assembly",
      ["United Nations General Assembly", "UN General Assembly", "UNGA"],
      ["联合国大会", "联大"], "Q47423"),
    O("united-nations-security-council",
      ["United Nations Security Council", "UN Security Council", "UNSC"],
      ["联合国安全理事会", "联合国安理会", "安理会"], "Q37470"),
    O("united-nations-secretariat", ["United Nations Secretariat", "UN Secretariat"],
      ["联合国秘书处"]),
    O("united-nations-economic-and-social-council",
      ["United Nations Economic and Social Council", "ECOSOC"],
      ["联合国经济及社会理事会", "经社理事会"]),
    O("international-court-of-justice", ["International Court of Justice", "ICJ"],
      ["国际法院"]),
    O("united-nations-human-rights-council",
      ["United Nations Human Rights Council", "UN Human Rights Council", "UNHRC"],
      ["联合国人权理事会", "人权理事会"]),
    O("office-of-the-united-nations-high-commissioner-for-human-rights",
      ["Office of the United Nations High Commissioner for Human Rights", "OHCHR"],
      ["联合国人权事务高级专员办事处", "联合国人权高专办", "人权高专办"]),
    O("office-of-the-united-nations-high-commissioner-for-refugees",
      ["Office of the United Nations High Commissioner for Refugees", "UNHCR",
       "UN Refugee Agency"],
      ["联合国难民署", "联合国难民事务高级专员办事处"]),
    O("world-health-organization", ["World Health Organization", "WHO"],
      ["世界卫生组织", "世卫组织"], "Q7817", tw=["世衛"]),
    O("united-nations-educational-scientific-and-cultural-organization",
      ["United Nations Educational, Scientific and Cultural Organization", "UNESCO"],
      ["联合国教育、科学及文化组织", "联合国教科文组织", "教科文组织"], "Q7809"),
    O("united-nations-childrens-fund", ["United Nations Children's Fund", "UNICEF"],
      ["联合国儿童基金会"], "Q740308"),
    O("world-food-programme", ["World Food Programme", "WFP"],
      ["世界粮食计划署", "世粮署"]),
    O("international-atomic-energy-agency",
      ["International Atomic Energy Agency", "IAEA"], ["国际原子能机构"],
      tw=["國際原子能總署"]),
    O("world-trade-organization", ["World Trade Organization", "WTO"],
      ["世界贸易组织", "世贸组织"], "Q7825"),
    O("international-monetary-fund", ["International Monetary Fund", "IMF"],
      ["国际货币基金组织"], "Q7804"),
    O("world-bank", ["World Bank"], ["世界银行", "世行"], "Q7164"),
    O("international-labour-organization",
      ["International Labour Organization", "ILO"], ["国际劳工组织"]),
    O("food-and-agriculture-organization-of-the-united-nations",
      ["Food and Agriculture Organization of the United Nations",
       "Food and Agriculture Organization", "FAO"],
      ["联合国粮食及农业组织", "联合国粮农组织", "粮农组织"]),
    O("united-nations-development-programme",
      ["United Nations Development Programme", "UNDP"], ["联合国开发计划署"]),
    O("united-nations-environment-programme",
      ["United Nations Environment Programme", "UNEP"], ["联合国环境规划署"]),
    O("united-nations-relief-and-works-agency-for-palestine-refugees-in-the-near-east",
      ["United Nations Relief and Works Agency for Palestine Refugees in the Near East",
       "UNRWA"],
      ["联合国近东巴勒斯坦难民救济和工程处", "联合国近东救济工程处", "近东救济工程处"]),
    O("international-civil-aviation-organization",
      ["International Civil Aviation Organization", "ICAO"],
      ["国际民用航空组织", "国际民航组织"]),
    O("world-intellectual-property-organization",
      ["World Intellectual Property Organization", "WIPO"], ["世界知识产权组织"]),
    O("international-telecommunication-union",
      ["International Telecommunication Union", "ITU"], ["国际电信联盟", "国际电联"]),
    O("international-criminal-court", ["International Criminal Court", "ICC"],
      ["国际刑事法院"]),
    O("organisation-for-the-prohibition-of-chemical-weapons",
      ["Organisation for the Prohibition of Chemical Weapons", "OPCW"],
      ["禁止化学武器组织", "禁化武组织"]),
    O("international-criminal-police-organization",
      ["International Criminal Police Organization", "Interpol", "INTERPOL"],
      ["国际刑事警察组织", "国际刑警组织"]),
    # --- European Union ----------------------------------------------------
    O("european-union", ["European Union", "EU"], ["欧洲联盟", "欧盟"], "Q458"),
    O("european-commission", ["European Commission"], ["欧盟委员会", "欧委会"], "Q8880"),
    O("council-of-the-european-union",
      ["Council of the European Union", "Council of the EU"],
      ["欧盟理事会", "欧洲联盟理事会"], "Q8896"),
    O("european-council", ["European Council"], ["欧洲理事会"], "Q8886"),
    O("european-parliament", ["European Parliament"], ["欧洲议会"], "Q8889"),
    O("european-external-action-service",
      ["European External Action Service", "EEAS"], ["欧盟对外行动署"]),
    O("european-central-bank", ["European Central Bank", "ECB"],
      ["欧洲中央银行", "欧洲央行"]),
    # --- blocs and regional organisations ----------------------------------
    O("north-atlantic-treaty-organization", ["North Atlantic Treaty Organization", "NATO"],
      ["北大西洋公约组织", "北约"], "Q7184"),
    O("group-of-seven", ["Group of Seven", "G7"], ["七国集团"]),
    O("group-of-twenty", ["Group of Twenty", "G20"], ["二十国集团"], "Q19771"),
    O("brics", ["BRICS"], ["金砖国家", "金砖国家合作机制"]),
    O("shanghai-cooperation-organisation",
      ["Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "SCO"],
      ["上海合作组织", "上合组织"], "Q485207"),
    O("association-of-southeast-asian-nations",
      ["Association of Southeast Asian Nations", "ASEAN"],
      ["东南亚国家联盟", "东盟"], "Q7768", tw=["東協", "東南亞國家協會"]),
    O("asia-pacific-economic-cooperation", ["Asia-Pacific Economic Cooperation", "APEC"],
      ["亚太经济合作组织", "亚太经合组织"], tw=["亞太經濟合作會議"]),
    O("african-union", ["African Union"], ["非洲联盟", "非盟"], "Q7159"),
    O("arab-league", ["Arab League", "League of Arab States"],
      ["阿拉伯国家联盟", "阿盟"], "Q7172"),
    O("gulf-cooperation-council",
      ["Gulf Cooperation Council", "Cooperation Council for the Arab States of the Gulf",
       "GCC"],
      ["海湾阿拉伯国家合作委员会", "海湾合作委员会", "海合会"]),
    O("organization-for-security-and-co-operation-in-europe",
      ["Organization for Security and Co-operation in Europe", "OSCE"],
      ["欧洲安全与合作组织", "欧安组织"]),
    O("collective-security-treaty-organization",
      ["Collective Security Treaty Organization", "CSTO"],
      ["集体安全条约组织", "集安组织"]),
    O("eurasian-economic-union", ["Eurasian Economic Union", "EAEU"], ["欧亚经济联盟"]),
    O("commonwealth-of-independent-states",
      ["Commonwealth of Independent States", "CIS"], ["独立国家联合体", "独联体"]),
    O("organization-of-the-petroleum-exporting-countries",
      ["Organization of the Petroleum Exporting Countries", "OPEC"],
      ["石油输出国组织", "欧佩克"], "Q7795"),
    O("organisation-for-economic-co-operation-and-development",
      ["Organisation for Economic Co-operation and Development", "OECD"],
      ["经济合作与发展组织", "经合组织"], "Q41550"),
    O("commonwealth-of-nations", ["Commonwealth of Nations"], ["英联邦"], "Q7785"),
    O("conference-on-interaction-and-confidence-building-measures-in-asia",
      ["Conference on Interaction and Confidence-Building Measures in Asia", "CICA"],
      ["亚洲相互协作与信任措施会议", "亚信会议", "亚信"]),
    O("asian-infrastructure-investment-bank",
      ["Asian Infrastructure Investment Bank", "AIIB"],
      ["亚洲基础设施投资银行", "亚投行"]),
    O("new-development-bank", ["New Development Bank", "NDB"],
      ["新开发银行", "金砖国家新开发银行"]),
    O("asian-development-bank", ["Asian Development Bank", "ADB"],
      ["亚洲开发银行", "亚开行"]),
    O("quadrilateral-security-dialogue", ["Quadrilateral Security Dialogue", "Quad"],
      ["四方安全对话", "美日印澳四方安全对话", "美日印澳四边机制"]),
    O("aukus", ["AUKUS"], ["美英澳三边安全伙伴关系", "奥库斯"]),
    O("council-of-europe", ["Council of Europe"], ["欧洲委员会"], "Q8908"),
    O("organisation-of-islamic-cooperation",
      ["Organisation of Islamic Cooperation", "OIC"], ["伊斯兰合作组织"]),
    O("mercosur", ["Mercosur", "Southern Common Market"], ["南方共同市场", "南共市"]),
    O("community-of-latin-american-and-caribbean-states",
      ["Community of Latin American and Caribbean States", "CELAC"],
      ["拉丁美洲和加勒比国家共同体", "拉美和加勒比国家共同体", "拉共体"]),
    O("pacific-islands-forum", ["Pacific Islands Forum"], ["太平洋岛国论坛"]),
    O("organization-of-turkic-states", ["Organization of Turkic States"],
      ["突厥国家组织"]),
    O("forum-on-china-africa-cooperation",
      ["Forum on China-Africa Cooperation", "FOCAC"], ["中非合作论坛"]),
    # China's regional cooperation mechanisms (fmprc.gov.cn, 区域合作机制): one record per forum
    O("china-arab-states-cooperation-forum", ["China-Arab States Cooperation Forum", "CASCF"],
      ["中国—阿拉伯国家合作论坛", "中国－阿拉伯国家合作论坛", "中国-阿拉伯国家合作论坛", "中阿合作论坛"]),
    O("china-ceec-cooperation", ["China-CEEC Cooperation", "China-CEEC"],
      ["中国—中东欧国家合作", "中国－中东欧国家合作", "中国-中东欧国家合作"]),
    O("china-celac-forum", ["China-CELAC Forum"], ["中国—拉共体论坛", "中国－拉共体论坛", "中拉论坛"]),
    O("non-aligned-movement", ["Non-Aligned Movement"], ["不结盟运动"]),
    O("lancang-mekong-cooperation", ["Lancang-Mekong Cooperation"],
      ["澜沧江-湄公河合作", "澜湄合作"]),
    # --- China: party and state --------------------------------------------
    # 中共中央 (the party centre: 中共中央、国务院印发…, 中共中央总书记) names the party as it acts and
    # holds its posts in news text; the Central Committee as a body answers to its full name
    O("communist-party-of-china",
      ["Communist Party of China", "Chinese Communist Party", "CPC", "CCP"],
      ["中国共产党", "中共", "中共中央"], "Q17427"),
    O("central-committee-of-the-communist-party-of-china",
      ["Central Committee of the Communist Party of China", "CPC Central Committee"],
      ["中国共产党中央委员会"]),
    O("political-bureau-of-the-cpc-central-committee",
      ["Political Bureau of the CPC Central Committee", "CPC Politburo",
       "Politburo of the Communist Party of China"],
      ["中共中央政治局", "中国共产党中央政治局", "中央政治局"]),
    O("politburo-standing-committee-of-the-communist-party-of-china",
      ["Politburo Standing Committee of the Communist Party of China",
       "Standing Committee of the Political Bureau of the CPC Central Committee"],
      ["中共中央政治局常务委员会", "中国共产党中央政治局常务委员会",
       "中共中央政治局常委会", "中央政治局常委会"]),
    O("central-foreign-affairs-commission",
      ["Central Foreign Affairs Commission", "CPC Central Foreign Affairs Commission"],
      ["中央外事工作委员会", "中共中央外事工作委员会"]),
    O("office-of-the-central-foreign-affairs-commission",
      ["Office of the Central Foreign Affairs Commission"],
      ["中央外事工作委员会办公室", "中共中央外事工作委员会办公室", "中央外办"]),
    O("international-department-of-the-cpc-central-committee",
      ["International Department of the CPC Central Committee",
       "International Liaison Department of the CPC"],
      ["中共中央对外联络部", "中联部"]),
    O("state-council-of-the-peoples-republic-of-china",
      ["State Council of the People's Republic of China", "State Council of China"],
      ["中华人民共和国国务院", "中国国务院", "国务院"]),
    O("national-peoples-congress", ["National People's Congress", "NPC"],
      ["全国人民代表大会", "全国人大"]),
    O("standing-committee-of-the-national-peoples-congress",
      ["Standing Committee of the National People's Congress", "NPC Standing Committee",
       "NPCSC"],
      ["全国人民代表大会常务委员会", "全国人大常委会"]),
    O("chinese-peoples-political-consultative-conference",
      ["Chinese People's Political Consultative Conference", "CPPCC"],
      ["中国人民政治协商会议", "中国人民政治协商会议全国委员会", "全国政协"]),
    O("central-military-commission", ["Central Military Commission"],
      ["中央军事委员会", "中央军委"]),
    O("ministry-of-foreign-affairs-of-the-peoples-republic-of-china",
      ["Ministry of Foreign Affairs of the People's Republic of China",
       "Chinese Ministry of Foreign Affairs", "Chinese Foreign Ministry"],
      ["中华人民共和国外交部", "中国外交部"]),
    O("ministry-of-national-defense-of-the-peoples-republic-of-china",
      ["Ministry of National Defense of the People's Republic of China",
       "Chinese Ministry of National Defense"],
      ["中华人民共和国国防部", "中国国防部"]),
    O("ministry-of-commerce-of-the-peoples-republic-of-china",
      ["Ministry of Commerce of the People's Republic of China",
       "Chinese Ministry of Commerce", "MOFCOM"],
      ["中华人民共和国商务部", "中国商务部"]),
    O("taiwan-affairs-office-of-the-state-council",
      ["Taiwan Affairs Office of the State Council", "Taiwan Affairs Office"],
      ["国务院台湾事务办公室", "国台办", "中共中央台湾工作办公室"]),
    O("peoples-liberation-army",
      ["People's Liberation Army", "Chinese People's Liberation Army", "PLA"],
      ["中国人民解放军", "解放军"]),
    # --- United States -----------------------------------------------------
    O("united-states-department-of-state",
      ["United States Department of State", "US Department of State",
       "US State Department", "State Department"],
      ["美国国务院"]),
    SEAT("white-house", ["White House"], ["白宫"], "Q35525"),
    O("united-states-department-of-defense",
      ["United States Department of Defense", "US Department of Defense", "Pentagon",
       "Department of War"],
      ["美国国防部", "五角大楼", "美国战争部"]),
    O("united-states-congress", ["United States Congress", "US Congress"],
      ["美国国会"], "Q11268"),
    O("united-states-senate", ["United States Senate", "US Senate"],
      ["美国参议院", "美国国会参议院"]),
    O("united-states-house-of-representatives",
      ["United States House of Representatives", "US House of Representatives"],
      ["美国众议院", "美国国会众议院"]),
    O("united-states-agency-for-international-development",
      ["United States Agency for International Development", "USAID"],
      ["美国国际开发署"]),
    O("united-states-national-security-council",
      ["United States National Security Council", "US National Security Council"],
      ["美国国家安全委员会", "美国国安会"]),
    O("central-intelligence-agency", ["Central Intelligence Agency", "CIA"],
      ["美国中央情报局", "中央情报局", "中情局"]),
    O("united-states-department-of-commerce",
      ["United States Department of Commerce", "US Department of Commerce",
       "US Commerce Department"],
      ["美国商务部"]),
    O("united-states-department-of-the-treasury",
      ["United States Department of the Treasury", "US Treasury"], ["美国财政部"]),
    O("office-of-the-united-states-trade-representative",
      ["Office of the United States Trade Representative", "USTR"],
      ["美国贸易代表办公室"]),
    # --- Russia ------------------------------------------------------------
    SEAT("kremlin", ["Kremlin", "Moscow Kremlin"], ["克里姆林宫"]),
    O("ministry-of-foreign-affairs-of-russia",
      ["Ministry of Foreign Affairs of the Russian Federation",
       "Russian Foreign Ministry"],
      ["俄罗斯外交部", "俄罗斯联邦外交部", "俄外交部"]),
    O("ministry-of-defence-of-russia",
      ["Ministry of Defence of the Russian Federation", "Russian Ministry of Defence"],
      ["俄罗斯国防部", "俄罗斯联邦国防部"]),
    O("state-duma", ["State Duma"], ["俄罗斯国家杜马", "国家杜马"]),
    O("security-council-of-russia",
      ["Security Council of the Russian Federation", "Russian Security Council"],
      ["俄罗斯联邦安全会议", "俄罗斯安全会议"]),
    # --- other governments and parties ----------------------------------------
    O("foreign-commonwealth-and-development-office",
      ["Foreign, Commonwealth and Development Office", "FCDO", "British Foreign Office"],
      ["英国外交、联邦和发展事务部", "英国外交部"]),
    SEAT("10-downing-street", ["10 Downing Street", "Downing Street"],
      ["唐宁街10号", "唐宁街"]),
    SEAT("elysee-palace", ["Élysée Palace", "Elysee Palace"], ["爱丽舍宫"]),
    O("ministry-of-foreign-affairs-of-japan", ["Ministry of Foreign Affairs of Japan"],
      ["日本外务省", "外务省"]),
    O("liberal-democratic-party-of-japan", ["Liberal Democratic Party of Japan"],
      ["日本自由民主党", "日本自民党", "自民党"]),
    O("ministry-of-external-affairs-of-india", ["Ministry of External Affairs of India"],
      ["印度外交部"]),
    O("ministry-of-foreign-affairs-of-south-korea",
      ["Ministry of Foreign Affairs of South Korea"], ["韩国外交部"]),
    O("workers-party-of-korea", ["Workers' Party of Korea", "WPK"], ["朝鲜劳动党"]),
    O("communist-party-of-vietnam", ["Communist Party of Vietnam", "CPV"],
      ["越南共产党", "越共"]),
    O("lao-peoples-revolutionary-party", ["Lao People's Revolutionary Party", "LPRP"],
      ["老挝人民革命党", "老挝人革党"]),
    O("taliban", ["Taliban", "Afghan Taliban"], ["塔利班", "阿富汗塔利班"]),
    O("hamas", ["Hamas"], ["哈马斯", "巴勒斯坦伊斯兰抵抗运动"]),
    O("hezbollah", ["Hezbollah"], ["黎巴嫩真主党", "真主党"]),
    # --- Taiwan (as named in the news) ---------------------------------------
    O("office-of-the-president-taiwan", ["Office of the President (Taiwan)",
                                         "Presidential Office (Taiwan)"],
      ["台湾总统府"]),
    O("mainland-affairs-council", ["Mainland Affairs Council"],
      ["陆委会", "台湾陆委会", "行政院大陆委员会"]),
    O("ministry-of-foreign-affairs-taiwan", ["Ministry of Foreign Affairs (Taiwan)"],
      ["台湾外交部", "台湾当局外交部门"], tw=["中華民國外交部"]),
    O("executive-yuan", ["Executive Yuan"], ["行政院"]),
    O("legislative-yuan", ["Legislative Yuan"], ["立法院"]),
    O("democratic-progressive-party", ["Democratic Progressive Party", "DPP"],
      ["民主进步党", "民进党"]),
    O("kuomintang", ["Kuomintang", "KMT", "Chinese Nationalist Party"],
      ["中国国民党", "国民党"]),
]

# --------------------------------------------------------------------------
# Hand table: people
# --------------------------------------------------------------------------


def P(zh, en, in_, start, end=None):
    d = {"post": {"zh-Hans": zh, "en": en}, "in": in_, "start": start}
    if end:
        d["end"] = end
    return d


def H(id_, en, zh, posts, qid=None, tw=(), tw_only=()):
    return {"id": id_, "en": list(en), "zh": list(zh), "posts": list(posts),
            "qid": qid, "tw": list(tw), "tw_only": list(tw_only)}


# frequent posts
def PRES(c, s, e=None):
    return P("总统", "President", c, s, e)


def PM(c, s, e=None):
    return P("总理", "Prime Minister", c, s, e)


def SHOUXIANG(c, s, e=None):  # 首相: UK, Japan, Belgium, Bhutan, Netherlands, Saudi
    return P("首相", "Prime Minister", c, s, e)


def FM(c, s, e=None):
    return P("外交部长", "Minister of Foreign Affairs", c, s, e)


def FMD(c, s, e=None):  # 外交大臣: monarchies with a 首相 and ministers styled 大臣
    return P("外交大臣", "Minister of Foreign Affairs", c, s, e)


def KING(c, s, e=None):
    return P("国王", "King", c, s, e)


def EMIR(c, s, e=None):
    return P("埃米尔", "Emir", c, s, e)


MFA_CN = "ministry-of-foreign-affairs-of-the-peoples-republic-of-china"


def SPOKES(s, e=None):
    return P("外交部发言人", "Spokesperson of the Ministry of Foreign Affairs", MFA_CN, s, e)


def EU_HR(s, e=None):
    return P("欧盟外交与安全政策高级代表",
             "High Representative of the Union for Foreign Affairs and Security Policy",
             "european-union", s, e)


PEOPLE = [
    # ===== China =============================================================
    H("xi-jinping", ["Xi Jinping"], ["习近平"], [
        P("中共中央总书记", "General Secretary of the Communist Party of China",
          "communist-party-of-china", "2012-11-15"),
        P("中央军委主席", "Chairman of the Central Military Commission",
          "central-military-commission", "2012-11-15"),
        P("国家主席", "President", "china", "2013-03-14"),
    ], qid="Q15031"),
    H("li-keqiang", ["Li Keqiang"], ["李克强"], [
        P("国务院总理", "Premier", "china", "2013-03-15", "2023-03-11"),
    ]),
    H("li-qiang", ["Li Qiang"], ["李强"], [
        P("国务院总理", "Premier", "china", "2023-03-11"),
    ]),
    H("wang-yi", ["Wang Yi"], ["王毅"], [
        FM("china", "2013-03-16", "2022-12-30"),
        P("国务委员", "State Councilor", "china", "2018-03-19", "2023-03-12"),
        P("中央外事工作委员会办公室主任",
          "Director of the Office of the Central Foreign Affairs Commission",
          "office-of-the-central-foreign-affairs-commission", "2023"),
        FM("china", "2023-07-25"),
    ]),
    H("qin-gang", ["Qin Gang"], ["秦刚"], [
        FM("china", "2022-12-30", "2023-07-25"),
        P("国务委员", "State Councilor", "china", "2023-03-12", "2023-10-24"),
    ]),
    H("lu-kang", ["Lu Kang"], ["陆慷"], [SPOKES("2015", "2019")]),
    H("hua-chunying", ["Hua Chunying"], ["华春莹"], [SPOKES("2012", "2025-01")]),
    H("geng-shuang", ["Geng Shuang"], ["耿爽"], [SPOKES("2016", "2020")]),
    H("zhao-lijian", ["Zhao Lijian"], ["赵立坚"], [SPOKES("2020-02-24", "2023-01")]),
    H("wang-wenbin", ["Wang Wenbin"], ["汪文斌"], [SPOKES("2020-07-17", "2024-05-24")]),
    H("mao-ning", ["Mao Ning"], ["毛宁"], [SPOKES("2022-09-05")]),
    H("lin-jian", ["Lin Jian"], ["林剑"], [SPOKES("2024-03-18")]),
    H("guo-jiakun", ["Guo Jiakun"], ["郭嘉昆"], [SPOKES("2025-01-06")]),
    # ===== Russia ============================================================
    H("vladimir-putin", ["Vladimir Putin", "Vladimir Vladimirovich Putin", "Putin"],
      ["普京", "弗拉基米尔·普京", "弗拉基米尔·弗拉基米罗维奇·普京"], [
          PRES("russia", "2000-05-07", "2008-05-07"),
          P("总理", "Prime Minister", "russia", "2008-05-08", "2012-05-07"),
          PRES("russia", "2012-05-07"),
      ], qid="Q7747", tw=["普丁", "蒲亭"]),
    H("dmitry-medvedev", ["Dmitry Medvedev", "Dmitry Anatolyevich Medvedev"],
      ["梅德韦杰夫", "德米特里·梅德韦杰夫"], [
          PRES("russia", "2008-05-07", "2012-05-07"),
          PM("russia", "2012-05-08", "2020-01-16"),
          P("联邦安全会议副主席", "Deputy Chairman of the Security Council",
            "security-council-of-russia", "2020-01-16"),
      ], qid="Q23530", tw=["梅德維傑夫"]),
    H("mikhail-mishustin", ["Mikhail Mishustin"], ["米舒斯京", "米哈伊尔·米舒斯京"], [
        PM("russia", "2020-01-16"),
    ]),
    H("sergey-lavrov", ["Sergey Lavrov", "Sergei Lavrov", "Lavrov"],
      ["拉夫罗夫", "谢尔盖·拉夫罗夫"], [FM("russia", "2004-03-09")]),
    # ===== United States =====================================================
    H("donald-trump", ["Donald Trump", "Donald J. Trump"], ["特朗普", "唐纳德·特朗普"], [
        PRES("united-states", "2017-01-20", "2021-01-20"),
        PRES("united-states", "2025-01-20"),
    ], qid="Q22686", tw=["川普"]),
    H("joe-biden", ["Joe Biden", "Joseph R. Biden", "Joseph Biden"],
      ["拜登", "约瑟夫·拜登", "乔·拜登"], [
          P("副总统", "Vice President", "united-states", "2009-01-20", "2017-01-20"),
          PRES("united-states", "2021-01-20", "2025-01-20"),
      ], qid="Q6279"),
    H("rex-tillerson", ["Rex Tillerson"], ["蒂勒森", "雷克斯·蒂勒森"], [
        P("国务卿", "Secretary of State", "united-states", "2017-02-01", "2018-03-31"),
    ]),
    H("mike-pompeo", ["Mike Pompeo", "Michael Pompeo"], ["蓬佩奥", "迈克·蓬佩奥"], [
        P("中央情报局局长", "Director of the Central Intelligence Agency",
          "central-intelligence-agency", "2017-01-23", "2018-04-26"),
        P("国务卿", "Secretary of State", "united-states", "2018-04-26", "2021-01-20"),
    ]),
    H("antony-blinken", ["Antony Blinken"], ["布林肯", "安东尼·布林肯"], [
        P("国务卿", "Secretary of State", "united-states", "2021-01-26", "2025-01-20"),
    ]),
    H("marco-rubio", ["Marco Rubio"], ["鲁比奥", "马尔科·鲁比奥", "卢比奥", "马可·卢比奥"], [
        P("国务卿", "Secretary of State", "united-states", "2025-01-21"),
        P("国家安全事务助理", "National Security Advisor (acting)", "united-states",
          "2025-05-01"),
    ], tw=["盧比歐"]),
    # ===== United Kingdom ====================================================
    H("elizabeth-ii", ["Elizabeth II", "Queen Elizabeth II"],
      ["伊丽莎白二世", "英国女王伊丽莎白二世", "伊丽莎白女王"], [
          P("女王", "Queen", "united-kingdom", "1952-02-06", "2022-09-08"),
          P("女王", "Queen", "canada", "1952-02-06", "2022-09-08"),
          P("女王", "Queen", "australia", "1952-02-06", "2022-09-08"),
      ], qid="Q9682"),
    H("charles-iii", ["Charles III", "King Charles III"],
      ["查尔斯三世", "英国国王查尔斯三世"], [
          P("国王", "King", "united-kingdom", "2022-09-08"),
          P("国王", "King", "canada", "2022-09-08"),
          P("国王", "King", "australia", "2022-09-08"),
      ], qid="Q43274"),
    H("theresa-may", ["Theresa May"], ["特雷莎·梅"], [
        SHOUXIANG("united-kingdom", "2016-07-13", "2019-07-24"),
    ], qid="Q264766", tw=["梅伊"]),
    H("boris-johnson", ["Boris Johnson"], ["约翰逊", "鲍里斯·约翰逊"], [
        P("外交大臣", "Foreign Secretary", "united-kingdom", "2016-07-13", "2018-07-09"),
        SHOUXIANG("united-kingdom", "2019-07-24", "2022-09-06"),
    ], qid="Q180589", tw_only=["強生", "鮑里斯·強生"]),
    H("liz-truss", ["Liz Truss", "Elizabeth Truss"], ["特拉斯", "利兹·特拉斯"], [
        P("外交大臣", "Foreign Secretary", "united-kingdom", "2021-09-15", "2022-09-06"),
        SHOUXIANG("united-kingdom", "2022-09-06", "2022-10-25"),
    ]),
    H("rishi-sunak", ["Rishi Sunak"], ["苏纳克", "里希·苏纳克"], [
        SHOUXIANG("united-kingdom", "2022-10-25", "2024-07-05"),
    ]),
    H("keir-starmer", ["Keir Starmer"], ["斯塔默", "基尔·斯塔默"], [
        SHOUXIANG("united-kingdom", "2024-07-05"),
    ], tw=["施凱爾"]),
    H("jeremy-hunt", ["Jeremy Hunt"], ["杰里米·亨特"], [
        P("外交大臣", "Foreign Secretary", "united-kingdom", "2018-07-09", "2019-07-24"),
    ]),
    H("dominic-raab", ["Dominic Raab"], ["拉布", "多米尼克·拉布"], [
        P("外交大臣", "Foreign Secretary", "united-kingdom", "2019-07-24", "2021-09-15"),
    ]),
    H("james-cleverly", ["James Cleverly"], ["克莱弗利", "詹姆斯·克莱弗利"], [
        P("外交大臣", "Foreign Secretary", "united-kingdom", "2022-09-06", "2023-11-13"),
    ]),
    H("david-cameron", ["David Cameron"], ["卡梅伦", "戴维·卡梅伦"], [
        SHOUXIANG("united-kingdom", "2010-05-11", "2016-07-13"),
        P("外交大臣", "Foreign Secretary", "united-kingdom", "2023-11-13", "2024-07-05"),
    ]),
    H("david-lammy", ["David Lammy"], ["戴维·拉米"], [
        P("外交大臣", "Foreign Secretary", "united-kingdom", "2024-07-05", "2025-09-05"),
        P("副首相", "Deputy Prime Minister", "united-kingdom", "2025-09-05"),
    ]),
    H("yvette-cooper", ["Yvette Cooper"], ["库珀", "伊薇特·库珀", "伊维特·库珀"], [
        P("外交大臣", "Foreign Secretary", "united-kingdom", "2025-09-05"),
    ]),
    # ===== Canada ============================================================
    H("justin-trudeau", ["Justin Trudeau"], ["特鲁多", "贾斯廷·特鲁多"], [
        PM("canada", "2015-11-04", "2025-03-14"),
    ], qid="Q3099714", tw=["杜魯道"]),
    H("mark-carney", ["Mark Carney"], ["卡尼", "马克·卡尼"], [
        PM("canada", "2025-03-14"),
    ]),
    H("chrystia-freeland", ["Chrystia Freeland"], ["弗里兰", "克里斯蒂娅·弗里兰"], [
        FM("canada", "2017-01-10", "2019-11-20"),
        P("副总理", "Deputy Prime Minister", "canada", "2019-11-20", "2024-12-16"),
    ]),
    H("francois-philippe-champagne", ["François-Philippe Champagne",
                                      "Francois-Philippe Champagne"],
      ["商鹏飞"], [FM("canada", "2019-11-20", "2021-01-12")]),
    H("marc-garneau", ["Marc Garneau"], ["加尔诺", "马克·加尔诺"], [
        FM("canada", "2021-01-12", "2021-10-26"),
    ]),
    H("melanie-joly", ["Mélanie Joly", "Melanie Joly"], ["乔利", "梅拉妮·乔利"], [
        FM("canada", "2021-10-26", "2025-05-13"),
    ]),
    H("anita-anand", ["Anita Anand"], ["阿南德", "安妮塔·阿南德"], [
        FM("canada", "2025-05-13"),
    ], tw=["安南德"]),
    # ===== Australia =========================================================
    H("malcolm-turnbull", ["Malcolm Turnbull"], ["特恩布尔", "马尔科姆·特恩布尔"], [
        PM("australia", "2015-09-15", "2018-08-24"),
    ]),
    H("scott-morrison", ["Scott Morrison"], ["莫里森", "斯科特·莫里森"], [
        PM("australia", "2018-08-24", "2022-05-23"),
    ]),
    H("anthony-albanese", ["Anthony Albanese"], ["阿尔巴尼斯", "安东尼·阿尔巴尼斯"], [
        PM("australia", "2022-05-23"),
    ], tw=["艾班尼斯"]),
    H("julie-bishop", ["Julie Bishop"], ["毕晓普", "朱莉·毕晓普"], [
        FM("australia", "2013-09-18", "2018-08-26"),
    ]),
    H("marise-payne", ["Marise Payne"], ["佩恩", "玛丽斯·佩恩"], [
        FM("australia", "2018-08", "2022-05-23"),
    ]),
    H("penny-wong", ["Penny Wong"], ["黄英贤"], [FM("australia", "2022-05-23")]),
    # ===== France ============================================================
    H("emmanuel-macron", ["Emmanuel Macron", "Macron"], ["马克龙", "埃马纽埃尔·马克龙"], [
        PRES("france", "2017-05-14"),
    ], qid="Q3052772", tw=["馬克宏"]),
    H("edouard-philippe", ["Édouard Philippe", "Edouard Philippe"], ["爱德华·菲利普"], [
        PM("france", "2017-05-15", "2020-07-03"),
    ]),
    H("jean-castex", ["Jean Castex"], ["卡斯泰", "让·卡斯泰"], [
        PM("france", "2020-07-03", "2022-05-16"),
    ]),
    H("elisabeth-borne", ["Élisabeth Borne", "Elisabeth Borne"],
      ["博尔内", "伊丽莎白·博尔内"], [PM("france", "2022-05-16", "2024-01-09")]),
    H("gabriel-attal", ["Gabriel Attal"], ["阿塔尔", "加布里埃尔·阿塔尔"], [
        PM("france", "2024-01-09", "2024-09-05"),
    ]),
    H("michel-barnier", ["Michel Barnier"], ["巴尼耶", "米歇尔·巴尼耶"], [
        PM("france", "2024-09-05", "2024-12-13"),
    ]),
    H("francois-bayrou", ["François Bayrou", "Francois Bayrou"], ["弗朗索瓦·贝鲁"], [
        PM("france", "2024-12-13", "2025-09-09"),
    ]),
    H("sebastien-lecornu", ["Sébastien Lecornu", "Sebastien Lecornu"],
      ["勒科尔尼", "塞巴斯蒂安·勒科尔尼"], [PM("france", "2025-09-09")]),
    H("jean-yves-le-drian", ["Jean-Yves Le Drian"], ["勒德里安", "让-伊夫·勒德里安"], [
        FM("france", "2017-05-17", "2022-05-20"),
    ]),
    H("catherine-colonna", ["Catherine Colonna"], ["科隆纳", "卡特琳·科隆纳"], [
        FM("france", "2022-05-20", "2024-01-11"),
    ], tw=["柯隆納"]),
    H("stephane-sejourne", ["Stéphane Séjourné", "Stephane Sejourne"], ["塞茹尔内"], [
        FM("france", "2024-01-11", "2024-09-21"),
    ]),
    H("jean-noel-barrot", ["Jean-Noël Barrot", "Jean-Noel Barrot"],
      ["巴罗", "让-诺埃尔·巴罗"], [FM("france", "2024-09-21")]),
    # ===== Germany ===========================================================
    H("frank-walter-steinmeier", ["Frank-Walter Steinmeier"],
      ["施泰因迈尔", "弗兰克-瓦尔特·施泰因迈尔"], [
          FM("germany", "2013-12-17", "2017-01-27"),
          P("总统", "Federal President", "germany", "2017-03-19"),
      ]),
    H("angela-merkel", ["Angela Merkel", "Merkel"], ["默克尔", "安格拉·默克尔"], [
        P("总理", "Federal Chancellor", "germany", "2005-11-22", "2021-12-08"),
    ], qid="Q567", tw=["梅克爾"]),
    H("olaf-scholz", ["Olaf Scholz"], ["朔尔茨", "奥拉夫·朔尔茨"], [
        P("总理", "Federal Chancellor", "germany", "2021-12-08", "2025-05-06"),
    ], qid="Q61053", tw=["蕭茲"]),
    H("friedrich-merz", ["Friedrich Merz"], ["默茨", "弗里德里希·默茨"], [
        P("总理", "Federal Chancellor", "germany", "2025-05-06"),
    ], tw=["梅爾茨"]),
    H("sigmar-gabriel", ["Sigmar Gabriel"], ["加布里尔", "西格马·加布里尔"], [
        FM("germany", "2017-01-27", "2018-03-14"),
    ]),
    H("heiko-maas", ["Heiko Maas"], ["海科·马斯"], [
        FM("germany", "2018-03-14", "2021-12-08"),
    ]),
    H("annalena-baerbock", ["Annalena Baerbock"], ["贝尔伯克", "安娜莱娜·贝尔伯克"], [
        FM("germany", "2021-12-08", "2025-05-06"),
        P("联合国大会主席", "President of the United Nations General Assembly",
          "united-nations-general-assembly", "2025-09-09"),
    ]),
    H("johann-wadephul", ["Johann Wadephul"], ["瓦德富尔", "约翰·瓦德富尔", "瓦德普尔"], [
        FM("germany", "2025-05-06"),
    ], tw=["瓦德福"]),
    # ===== Italy =============================================================
    H("sergio-mattarella", ["Sergio Mattarella"], ["马塔雷拉", "塞尔焦·马塔雷拉"], [
        PRES("italy", "2015-02-03"),
    ]),
    H("paolo-gentiloni", ["Paolo Gentiloni"], ["真蒂洛尼", "保罗·真蒂洛尼"], [
        PM("italy", "2016-12-12", "2018-06-01"),
    ]),
    H("giuseppe-conte", ["Giuseppe Conte"], ["孔特", "朱塞佩·孔特"], [
        PM("italy", "2018-06-01", "2021-02-13"),
    ]),
    H("mario-draghi", ["Mario Draghi"], ["德拉吉", "马里奥·德拉吉"], [
        P("欧洲央行行长", "President of the European Central Bank",
          "european-central-bank", "2011-11-01", "2019-10-31"),
        PM("italy", "2021-02-13", "2022-10-22"),
    ]),
    H("giorgia-meloni", ["Giorgia Meloni"], ["梅洛尼", "焦尔吉娅·梅洛尼"], [
        PM("italy", "2022-10-22"),
    ]),
    H("angelino-alfano", ["Angelino Alfano"], ["阿尔法诺"], [
        FM("italy", "2016-12-12", "2018-06-01"),
    ]),
    H("luigi-di-maio", ["Luigi Di Maio"], ["迪马约", "路易吉·迪马约"], [
        FM("italy", "2019-09-05", "2022-10-22"),
    ]),
    H("antonio-tajani", ["Antonio Tajani"], ["塔亚尼", "安东尼奥·塔亚尼"], [
        P("欧洲议会议长", "President of the European Parliament", "european-parliament",
          "2017-01-17", "2019-07-03"),
        FM("italy", "2022-10-22"),
    ]),
    # ===== Japan =============================================================
    H("akihito", ["Akihito", "Emperor Akihito"], ["明仁", "明仁天皇"], [
        P("天皇", "Emperor", "japan", "1989-01-07", "2019-04-30"),
    ]),
    H("naruhito", ["Naruhito", "Emperor Naruhito"], ["德仁", "德仁天皇"], [
        P("天皇", "Emperor", "japan", "2019-05-01"),
    ]),
    H("shinzo-abe", ["Shinzo Abe", "Shinzō Abe"], ["安倍晋三", "安倍"], [
        SHOUXIANG("japan", "2006-09-26", "2007-09-26"),
        SHOUXIANG("japan", "2012-12-26", "2020-09-16"),
    ], qid="Q132345"),
    H("yoshihide-suga", ["Yoshihide Suga"], ["菅义伟"], [
        P("内阁官房长官", "Chief Cabinet Secretary", "japan", "2012-12-26", "2020-09-16"),
        SHOUXIANG("japan", "2020-09-16", "2021-10-04"),
    ]),
    H("fumio-kishida", ["Fumio Kishida"], ["岸田文雄", "岸田"], [
        P("外务大臣", "Minister for Foreign Affairs", "japan", "2012-12-26", "2017-08-03"),
        SHOUXIANG("japan", "2021-10-04", "2024-10-01"),
    ]),
    H("shigeru-ishiba", ["Shigeru Ishiba"], ["石破茂"], [
        SHOUXIANG("japan", "2024-10-01", "2025-10-21"),
    ]),
    H("sanae-takaichi", ["Sanae Takaichi"], ["高市早苗"], [
        SHOUXIANG("japan", "2025-10-21"),
    ]),
    H("taro-kono", ["Taro Kono", "Tarō Kōno"], ["河野太郎"], [
        P("外务大臣", "Minister for Foreign Affairs", "japan", "2017-08-03", "2019-09-11"),
        P("防卫大臣", "Minister of Defense", "japan", "2019-09-11", "2020-09-16"),
    ]),
    H("toshimitsu-motegi", ["Toshimitsu Motegi"], ["茂木敏充"], [
        P("外务大臣", "Minister for Foreign Affairs", "japan", "2019-09-11", "2021-11"),
        P("外务大臣", "Minister for Foreign Affairs", "japan", "2025-10-21"),
    ]),
    H("yoshimasa-hayashi", ["Yoshimasa Hayashi"], ["林芳正"], [
        P("外务大臣", "Minister for Foreign Affairs", "japan", "2021-11-10", "2023-09-13"),
        P("内阁官房长官", "Chief Cabinet Secretary", "japan", "2023-12-14", "2025-10-21"),
    ]),
    H("yoko-kamikawa", ["Yoko Kamikawa", "Yōko Kamikawa"], ["上川阳子"], [
        P("外务大臣", "Minister for Foreign Affairs", "japan", "2023-09-13", "2024-10-01"),
    ]),
    H("takeshi-iwaya", ["Takeshi Iwaya"], ["岩屋毅"], [
        P("外务大臣", "Minister for Foreign Affairs", "japan", "2024-10-01", "2025-10-21"),
    ]),
    # ===== South Korea =======================================================
    H("moon-jae-in", ["Moon Jae-in"], ["文在寅"], [
        PRES("south-korea", "2017-05-10", "2022-05-10"),
    ]),
    H("yoon-suk-yeol", ["Yoon Suk Yeol", "Yoon Suk-yeol"], ["尹锡悦"], [
        PRES("south-korea", "2022-05-10", "2025-04-04"),
    ]),
    H("lee-jae-myung", ["Lee Jae-myung", "Lee Jae Myung"], ["李在明"], [
        PRES("south-korea", "2025-06-04"),
    ]),
    H("lee-nak-yon", ["Lee Nak-yon", "Lee Nak-yeon"], ["李洛渊"], [
        P("国务总理", "Prime Minister", "south-korea", "2017-05-31", "2020-01-14"),
    ]),
    H("chung-sye-kyun", ["Chung Sye-kyun"], ["丁世均"], [
        P("国务总理", "Prime Minister", "south-korea", "2020-01-14", "2021-05-14"),
    ]),
    H("kim-boo-kyum", ["Kim Boo-kyum"], ["金富谦"], [
        P("国务总理", "Prime Minister", "south-korea", "2021-05-14", "2022-05-12"),
    ]),
    H("han-duck-soo", ["Han Duck-soo"], ["韩德洙"], [
        P("国务总理", "Prime Minister", "south-korea", "2022-05-21", "2025-05-01"),
        P("代总统", "Acting President", "south-korea", "2024-12-14", "2024-12-27"),
        P("代总统", "Acting President", "south-korea", "2025-03-24", "2025-05-01"),
    ]),
    H("choi-sang-mok", ["Choi Sang-mok"], ["崔相穆"], [
        P("代总统", "Acting President", "south-korea", "2024-12-27", "2025-03-24"),
    ]),
    H("kim-min-seok", ["Kim Min-seok"], ["金民锡"], [
        P("国务总理", "Prime Minister", "south-korea", "2025-07-03"),
    ]),
    H("kang-kyung-wha", ["Kang Kyung-wha"], ["康京和"], [
        P("外交部长官", "Minister of Foreign Affairs", "south-korea", "2017-06-18",
          "2021-02-08"),
    ]),
    H("chung-eui-yong", ["Chung Eui-yong"], ["郑义溶"], [
        P("外交部长官", "Minister of Foreign Affairs", "south-korea", "2021-02-09",
          "2022-05-10"),
    ]),
    H("park-jin", ["Park Jin"], ["朴振"], [
        P("外交部长官", "Minister of Foreign Affairs", "south-korea", "2022-05-12",
          "2024-01"),
    ]),
    H("cho-tae-yul", ["Cho Tae-yul"], ["赵兑烈"], [
        P("外交部长官", "Minister of Foreign Affairs", "south-korea", "2024-01", "2025-07"),
    ]),
    H("cho-hyun", ["Cho Hyun"], ["赵显"], [
        P("外交部长官", "Minister of Foreign Affairs", "south-korea", "2025-07"),
    ]),
    # ===== North Korea =======================================================
    H("kim-jong-un", ["Kim Jong Un", "Kim Jong-un"], ["金正恩"], [
        P("国务委员长", "President of the State Affairs", "north-korea", "2016-06-29"),
        P("朝鲜劳动党总书记", "General Secretary of the Workers' Party of Korea",
          "workers-party-of-korea", "2021-01-10"),
    ], qid="Q56226"),
    H("pak-pong-ju", ["Pak Pong-ju"], ["朴凤柱"], [
        P("内阁总理", "Premier", "north-korea", "2013-04-01", "2019-04-11"),
    ]),
    H("kim-jae-ryong", ["Kim Jae-ryong"], ["金才龙"], [
        P("内阁总理", "Premier", "north-korea", "2019-04-11", "2020-08-13"),
    ]),
    H("kim-tok-hun", ["Kim Tok-hun", "Kim Tok Hun"], ["金德训"], [
        P("内阁总理", "Premier", "north-korea", "2020-08-13", "2024-12"),
    ]),
    H("pak-thae-song", ["Pak Thae-song", "Pak Thae Song"], ["朴泰成"], [
        P("内阁总理", "Premier", "north-korea", "2024-12"),
    ]),
    H("ri-yong-ho", ["Ri Yong-ho"], ["李勇浩"], [
        P("外务相", "Minister of Foreign Affairs", "north-korea", "2016-05", "2020-01"),
    ]),
    H("ri-son-gwon", ["Ri Son-gwon"], ["李善权"], [
        P("外务相", "Minister of Foreign Affairs", "north-korea", "2020-01", "2022-06"),
    ]),
    H("choe-son-hui", ["Choe Son-hui"], ["崔善姬"], [
        P("外务相", "Minister of Foreign Affairs", "north-korea", "2022-06"),
    ]),
    # ===== India =============================================================
    H("ram-nath-kovind", ["Ram Nath Kovind"], ["科温德", "拉姆·纳特·科温德"], [
        PRES("india", "2017-07-25", "2022-07-25"),
    ]),
    H("droupadi-murmu", ["Droupadi Murmu"], ["穆尔穆", "德劳帕迪·穆尔穆"], [
        PRES("india", "2022-07-25"),
    ]),
    H("narendra-modi", ["Narendra Modi", "Modi"], ["莫迪", "纳伦德拉·莫迪"], [
        PM("india", "2014-05-26"),
    ], qid="Q1058"),
    H("sushma-swaraj", ["Sushma Swaraj"], ["斯瓦拉杰", "苏什玛·斯瓦拉杰"], [
        P("外交部长", "Minister of External Affairs", "india", "2014-05-26", "2019-05-30"),
    ]),
    H("s-jaishankar", ["S. Jaishankar", "Subrahmanyam Jaishankar", "Jaishankar"],
      ["苏杰生"], [
          P("外交部长", "Minister of External Affairs", "india", "2019-05-30"),
      ]),
    # ===== Pakistan ==========================================================
    H("mamnoon-hussain", ["Mamnoon Hussain"], ["马姆努恩·侯赛因"], [
        PRES("pakistan", "2013-09-09", "2018-09-09"),
    ]),
    H("arif-alvi", ["Arif Alvi"], ["阿尔维", "阿里夫·阿尔维"], [
        PRES("pakistan", "2018-09-09", "2024-03-10"),
    ]),
    H("asif-ali-zardari", ["Asif Ali Zardari"], ["扎尔达里", "阿西夫·阿里·扎尔达里"], [
        PRES("pakistan", "2008-09-09", "2013-09-09"),
        PRES("pakistan", "2024-03-10"),
    ]),
    H("shahid-khaqan-abbasi", ["Shahid Khaqan Abbasi"], ["阿巴西"], [
        PM("pakistan", "2017-08-01", "2018-05-31"),
    ]),
    H("imran-khan", ["Imran Khan"], ["伊姆兰·汗", "伊姆兰汗"], [
        PM("pakistan", "2018-08-18", "2022-04-10"),
    ]),
    H("shehbaz-sharif", ["Shehbaz Sharif", "Shahbaz Sharif"], ["夏巴兹·谢里夫", "夏巴兹"], [
        PM("pakistan", "2022-04-11", "2023-08-14"),
        PM("pakistan", "2024-03-04"),
    ]),
    H("anwaar-ul-haq-kakar", ["Anwaar-ul-Haq Kakar"], ["卡卡尔"], [
        P("看守政府总理", "Caretaker Prime Minister", "pakistan", "2023-08-14",
          "2024-03-04"),
    ]),
    H("khawaja-asif", ["Khawaja Asif", "Khawaja Muhammad Asif"], ["赫瓦贾·阿西夫"], [
        FM("pakistan", "2017-08", "2018-04"),
        P("国防部长", "Minister of Defence", "pakistan", "2024-03"),
    ]),
    H("shah-mahmood-qureshi", ["Shah Mahmood Qureshi"],
      ["库雷希", "沙阿·马哈茂德·库雷希"], [FM("pakistan", "2018-08-20", "2022-04-10")]),
    H("bilawal-bhutto-zardari", ["Bilawal Bhutto Zardari"],
      ["比拉瓦尔", "比拉瓦尔·布托·扎尔达里"], [FM("pakistan", "2022-04-27", "2023-08-10")]),
    H("ishaq-dar", ["Ishaq Dar"], ["伊沙克·达尔"], [
        FM("pakistan", "2024-03-11"),
        P("副总理", "Deputy Prime Minister", "pakistan", "2024-04-28"),
    ]),
    # ===== Afghanistan =======================================================
    H("ashraf-ghani", ["Ashraf Ghani"], ["阿什拉夫·加尼"], [
        PRES("afghanistan", "2014-09-29", "2021-08-15"),
    ]),
    H("abdullah-abdullah", ["Abdullah Abdullah"], ["阿卜杜拉·阿卜杜拉"], [
        P("首席执行官", "Chief Executive", "afghanistan", "2014-09-29", "2020-03-09"),
    ]),
    H("salahuddin-rabbani", ["Salahuddin Rabbani"], ["萨拉赫丁·拉巴尼"], [
        FM("afghanistan", "2015-01", "2019-01"),
    ]),
    H("mohammad-haneef-atmar", ["Mohammad Haneef Atmar", "Hanif Atmar"],
      ["阿特马尔", "哈尼夫·阿特马尔"], [FM("afghanistan", "2020", "2021-08-15")]),
    H("hibatullah-akhundzada", ["Hibatullah Akhundzada"],
      ["阿洪扎达", "海巴图拉·阿洪扎达"], [
          P("塔利班最高领导人", "Leader of the Taliban", "taliban", "2016-05-25"),
          P("最高领导人", "Supreme Leader", "afghanistan", "2021-08-15"),
      ]),
    H("mohammad-hasan-akhund", ["Mohammad Hasan Akhund"],
      ["穆罕默德·哈桑·阿洪德", "哈桑·阿洪德"], [
          P("代理总理", "Acting Prime Minister", "afghanistan", "2021-09-07"),
      ]),
    H("amir-khan-muttaqi", ["Amir Khan Muttaqi"], ["穆塔基", "阿米尔·汗·穆塔基"], [
        P("代理外交部长", "Acting Minister of Foreign Affairs", "afghanistan",
          "2021-09-07"),
    ]),
    # ===== Nepal =============================================================
    H("bidya-devi-bhandari", ["Bidya Devi Bhandari"], ["班达里", "比迪娅·德维·班达里"], [
        PRES("nepal", "2015-10-29", "2023-03-13"),
    ]),
    H("ram-chandra-paudel", ["Ram Chandra Paudel", "Ram Chandra Poudel"],
      ["鲍德尔", "拉姆·钱德拉·鲍德尔"], [PRES("nepal", "2023-03-13")]),
    H("k-p-sharma-oli", ["K. P. Sharma Oli", "KP Sharma Oli", "Khadga Prasad Sharma Oli"],
      ["奥利", "卡德加·普拉萨德·夏尔马·奥利"], [
          PM("nepal", "2015-10-12", "2016-08-04"),
          PM("nepal", "2018-02-15", "2021-07-13"),
          PM("nepal", "2024-07-15", "2025-09-09"),
      ]),
    H("sher-bahadur-deuba", ["Sher Bahadur Deuba"], ["德乌帕", "谢尔·巴哈杜尔·德乌帕"], [
        PM("nepal", "2017-06-07", "2018-02-15"),
        PM("nepal", "2021-07-13", "2022-12-26"),
    ]),
    H("pushpa-kamal-dahal", ["Pushpa Kamal Dahal", "Prachanda"],
      ["普拉昌达", "普什帕·卡迈勒·达哈尔"], [
          PM("nepal", "2016-08-04", "2017-06-07"),
          PM("nepal", "2022-12-26", "2024-07-15"),
      ]),
    H("sushila-karki", ["Sushila Karki"], ["卡尔基", "苏希拉·卡尔基"], [
        P("临时政府总理", "Interim Prime Minister", "nepal", "2025-09-12", "2026-03"),
    ]),
    H("pradeep-gyawali", ["Pradeep Gyawali", "Pradeep Kumar Gyawali"], ["贾瓦利"], [
        FM("nepal", "2018-03", "2021-06"),
    ]),
    H("narayan-khadka", ["Narayan Khadka"], ["纳拉扬·卡德加"], [
        FM("nepal", "2021-07", "2022-12"),
    ]),
    H("arzu-rana-deuba", ["Arzu Rana Deuba"], ["阿尔祖·拉纳·德乌帕"], [
        FM("nepal", "2024-07-15", "2025-09-09"),
    ]),
    # ===== Bhutan ============================================================
    H("jigme-khesar-namgyel-wangchuck", ["Jigme Khesar Namgyel Wangchuck"],
      ["吉格梅·凯萨尔·纳姆耶尔·旺楚克"], [P("国王", "King", "bhutan", "2006-12-09")]),
    H("tshering-tobgay", ["Tshering Tobgay"], ["托杰", "策林·托杰"], [
        SHOUXIANG("bhutan", "2013-07-27", "2018-08"),
        SHOUXIANG("bhutan", "2024-01-28"),
    ]),
    H("lotay-tshering", ["Lotay Tshering"], ["洛塔·策林"], [
        SHOUXIANG("bhutan", "2018-11-07", "2024-01-28"),
    ]),
    H("tandi-dorji", ["Tandi Dorji"], ["丹迪·多吉"], [
        P("外交大臣", "Minister of Foreign Affairs", "bhutan", "2018-11", "2024-01"),
    ]),
    # ===== Myanmar ===========================================================
    H("htin-kyaw", ["Htin Kyaw"], ["吴廷觉", "廷觉"], [
        PRES("myanmar", "2016-03-30", "2018-03-21"),
    ]),
    H("win-myint", ["Win Myint"], ["吴温敏"], [
        PRES("myanmar", "2018-03-30", "2021-02-01"),
    ]),
    H("myint-swe", ["Myint Swe"], ["吴敏瑞", "敏瑞"], [
        P("代总统", "Acting President", "myanmar", "2021-02-01", "2024-07-22"),
    ]),
    H("min-aung-hlaing", ["Min Aung Hlaing"], ["敏昂莱"], [
        P("国防军总司令", "Commander-in-Chief of Defence Services", "myanmar", "2011-03-30"),
        P("国家管理委员会主席", "Chairman of the State Administration Council", "myanmar",
          "2021-02-02", "2025-07-31"),
        P("看守政府总理", "Prime Minister", "myanmar", "2021-08-01", "2025-07-31"),
        P("代总统", "Acting President", "myanmar", "2024-07-22"),
    ]),
    H("aung-san-suu-kyi", ["Aung San Suu Kyi"], ["昂山素季"], [
        FM("myanmar", "2016-03-30", "2021-02-01"),
        P("国务资政", "State Counsellor", "myanmar", "2016-04-06", "2021-02-01"),
    ], tw=["翁山蘇姬"]),
    H("wunna-maung-lwin", ["Wunna Maung Lwin"], ["温纳貌伦"], [
        FM("myanmar", "2021-02-01", "2023-02-01"),
    ]),
    H("than-swe", ["Than Swe"], ["丹瑞"], [FM("myanmar", "2023-02-01")]),
    # ===== Laos ==============================================================
    H("bounnhang-vorachith", ["Bounnhang Vorachith"], ["本扬", "本扬·沃拉吉"], [
        P("老挝人民革命党中央总书记",
          "General Secretary of the Lao People's Revolutionary Party",
          "lao-peoples-revolutionary-party", "2016-01-22", "2021-01-15"),
        P("国家主席", "President", "laos", "2016-04-20", "2021-03-22"),
    ]),
    H("thongloun-sisoulith", ["Thongloun Sisoulith"], ["通伦", "通伦·西苏里"], [
        PM("laos", "2016-04-20", "2021-03-22"),
        P("老挝人民革命党中央总书记",
          "General Secretary of the Lao People's Revolutionary Party",
          "lao-peoples-revolutionary-party", "2021-01-15"),
        P("国家主席", "President", "laos", "2021-03-22"),
    ]),
    H("phankham-viphavanh", ["Phankham Viphavanh"], ["潘坎", "潘坎·维帕万"], [
        PM("laos", "2021-03-22", "2022-12-30"),
    ]),
    H("sonexay-siphandone", ["Sonexay Siphandone"], ["宋赛", "宋赛·西潘敦"], [
        PM("laos", "2022-12-30"),
    ]),
    H("saleumxay-kommasith", ["Saleumxay Kommasith"], ["沙伦赛", "沙伦赛·贡玛西"], [
        FM("laos", "2016-04-20", "2024-11-18"),
    ]),
    H("thongsavanh-phomvihane", ["Thongsavanh Phomvihane"], ["通沙万", "通沙万·丰威汉"], [
        FM("laos", "2024-11-18"),
    ]),
    # ===== Vietnam ===========================================================
    H("tran-dai-quang", ["Trần Đại Quang", "Tran Dai Quang"], ["陈大光"], [
        P("国家主席", "President", "vietnam", "2016-04-02", "2018-09-21"),
    ]),
    H("nguyen-phu-trong", ["Nguyễn Phú Trọng", "Nguyen Phu Trong"], ["阮富仲"], [
        P("越共中央总书记", "General Secretary of the Communist Party of Vietnam",
          "communist-party-of-vietnam", "2011-01-19", "2024-07-19"),
        P("国家主席", "President", "vietnam", "2018-10-23", "2021-04-05"),
    ]),
    H("nguyen-xuan-phuc", ["Nguyễn Xuân Phúc", "Nguyen Xuan Phuc"], ["阮春福"], [
        PM("vietnam", "2016-04-07", "2021-04-05"),
        P("国家主席", "President", "vietnam", "2021-04-05", "2023-01-18"),
    ]),
    H("vo-van-thuong", ["Võ Văn Thưởng", "Vo Van Thuong"], ["武文赏"], [
        P("国家主席", "President", "vietnam", "2023-03-02", "2024-03-21"),
    ]),
    H("to-lam", ["Tô Lâm", "To Lam"], ["苏林"], [
        P("国家主席", "President", "vietnam", "2024-05-22", "2024-10-21"),
        P("越共中央总书记", "General Secretary of the Communist Party of Vietnam",
          "communist-party-of-vietnam", "2024-08-03"),
    ]),
    H("luong-cuong", ["Lương Cường", "Luong Cuong"], ["梁强"], [
        P("国家主席", "President", "vietnam", "2024-10-21"),
    ]),
    H("pham-minh-chinh", ["Phạm Minh Chính", "Pham Minh Chinh"], ["范明政"], [
        PM("vietnam", "2021-04-05"),
    ]),
    H("pham-binh-minh", ["Phạm Bình Minh", "Pham Binh Minh"], ["范平明"], [
        FM("vietnam", "2011-08", "2021-04-08"),
    ]),
    H("bui-thanh-son", ["Bùi Thanh Sơn", "Bui Thanh Son"], ["裴青山"], [
        FM("vietnam", "2021-04-08", "2025-08-29"),
    ]),
    H("le-hoai-trung", ["Lê Hoài Trung", "Le Hoai Trung"], ["黎怀忠"], [
        FM("vietnam", "2025-08-29"),
    ]),
    # ===== Mongolia ==========================================================
    H("khaltmaagiin-battulga", ["Khaltmaagiin Battulga"],
      ["巴特图勒嘎", "哈勒特马·巴特图勒嘎"], [
          PRES("mongolia", "2017-07-10", "2021-06-25"),
      ]),
    H("ukhnaagiin-khurelsukh", ["Ukhnaagiin Khürelsükh", "Ukhnaagiin Khurelsukh"],
      ["呼日勒苏赫", "乌赫那·呼日勒苏赫"], [
          PM("mongolia", "2017-10-20", "2021-01-27"),
          PRES("mongolia", "2021-06-25"),
      ]),
    H("luvsannamsrain-oyun-erdene", ["Luvsannamsrain Oyun-Erdene"],
      ["奥云额尔登", "罗布桑那木斯来·奥云额尔登"], [
          PM("mongolia", "2021-01-27", "2025-06-03"),
      ]),
    H("gombojavyn-zandanshatar", ["Gombojavyn Zandanshatar"],
      ["赞丹沙塔尔", "贡布扎布·赞丹沙塔尔"], [
          FM("mongolia", "2009", "2012"),
          PM("mongolia", "2025-06-13"),
      ]),
    H("damdin-tsogtbaatar", ["Damdin Tsogtbaatar"], ["朝格特巴特尔", "达木丁·朝格特巴特尔"], [
        FM("mongolia", "2017-10", "2020-07"),
    ]),
    H("batmunkh-battsetseg", ["Batmunkh Battsetseg"], ["巴特策策格", "巴特蒙赫·巴特策策格"], [
        FM("mongolia", "2021"),
    ]),
    # ===== Kazakhstan ========================================================
    H("nursultan-nazarbayev", ["Nursultan Nazarbayev"],
      ["纳扎尔巴耶夫", "努尔苏丹·纳扎尔巴耶夫"], [
          PRES("kazakhstan", "1990-04-24", "2019-03-20"),
      ]),
    H("kassym-jomart-tokayev", ["Kassym-Jomart Tokayev", "Tokayev"],
      ["托卡耶夫", "卡瑟姆-若马尔特·托卡耶夫", "卡瑟姆若马尔特·托卡耶夫"], [
          PRES("kazakhstan", "2019-03-20"),
      ], tw=["托卡葉夫"]),
    H("bakhytzhan-sagintayev", ["Bakhytzhan Sagintayev"], ["萨金塔耶夫"], [
        PM("kazakhstan", "2016-09-08", "2019-02-21"),
    ]),
    H("askar-mamin", ["Askar Mamin"], ["阿斯卡尔·马明"], [
        PM("kazakhstan", "2019-02-25", "2022-01-05"),
    ]),
    H("alikhan-smailov", ["Alikhan Smailov"], ["斯迈洛夫", "阿利汗·斯迈洛夫"], [
        PM("kazakhstan", "2022-01-11", "2024-02-05"),
    ]),
    H("oljas-bektenov", ["Oljas Bektenov", "Olzhas Bektenov"],
      ["别克捷诺夫", "奥尔扎斯·别克捷诺夫"], [PM("kazakhstan", "2024-02-06")]),
    H("kairat-abdrakhmanov", ["Kairat Abdrakhmanov"],
      ["阿布德拉赫曼诺夫", "凯拉特·阿布德拉赫曼诺夫"], [
          FM("kazakhstan", "2016-12-28", "2018-12-26"),
      ]),
    H("beibut-atamkulov", ["Beibut Atamkulov"], ["阿塔姆库洛夫", "别伊布特·阿塔姆库洛夫"], [
        FM("kazakhstan", "2018-12-26", "2019-06-18"),
    ]),
    H("mukhtar-tleuberdi", ["Mukhtar Tleuberdi"],
      ["特列乌别尔季", "穆赫塔尔·特列乌别尔季"], [FM("kazakhstan", "2019-06-18", "2023-04")]),
    H("murat-nurtleu", ["Murat Nurtleu"], ["努尔特列乌", "穆拉特·努尔特列乌"], [
        FM("kazakhstan", "2023-04", "2025-09-26"),
    ]),
    H("yermek-kosherbayev", ["Yermek Kosherbayev", "Ermek Kosherbayev"], ["科舍尔巴耶夫"], [
        FM("kazakhstan", "2025-09-26"),
    ]),
    # ===== Kyrgyzstan ========================================================
    H("sooronbay-jeenbekov", ["Sooronbay Jeenbekov"], ["热恩别科夫", "索隆拜·热恩别科夫"], [
        PRES("kyrgyzstan", "2017-11-24", "2020-10-15"),
    ]),
    H("sadyr-japarov", ["Sadyr Japarov", "Sadyr Zhaparov"], ["扎帕罗夫", "萨德尔·扎帕罗夫"], [
        PM("kyrgyzstan", "2020-10", "2020-11"),
        PRES("kyrgyzstan", "2021-01-28"),
    ]),
    H("mukhammedkaly-abylgaziev", ["Mukhammedkaly Abylgaziev"], ["阿布尔加济耶夫"], [
        PM("kyrgyzstan", "2018-04", "2020-06"),
    ]),
    H("akylbek-japarov", ["Akylbek Japarov", "Akylbek Zhaparov"], ["阿克尔别克·扎帕罗夫"], [
        P("内阁主席", "Chairman of the Cabinet of Ministers", "kyrgyzstan", "2021-10-12",
          "2024-12-16"),
    ]),
    H("adylbek-kasymaliev", ["Adylbek Kasymaliev"], ["卡瑟马利耶夫"], [
        P("内阁主席", "Chairman of the Cabinet of Ministers", "kyrgyzstan", "2024-12"),
    ]),
    H("chingiz-aidarbekov", ["Chingiz Aidarbekov"], ["艾达尔别科夫", "钦吉兹·艾达尔别科夫"], [
        FM("kyrgyzstan", "2018-05", "2020-10"),
    ]),
    H("ruslan-kazakbaev", ["Ruslan Kazakbaev"], ["卡扎克巴耶夫", "鲁斯兰·卡扎克巴耶夫"], [
        FM("kyrgyzstan", "2020-11", "2022-11"),
    ]),
    H("jeenbek-kulubaev", ["Jeenbek Kulubaev"], ["库卢巴耶夫", "热恩别克·库卢巴耶夫"], [
        FM("kyrgyzstan", "2022-11"),
    ]),
    # ===== Tajikistan ========================================================
    H("emomali-rahmon", ["Emomali Rahmon"], ["拉赫蒙", "埃莫马利·拉赫蒙"], [
        PRES("tajikistan", "1994-11-16"),
    ]),
    H("kokhir-rasulzoda", ["Kokhir Rasulzoda", "Qohir Rasulzoda"],
      ["拉苏尔佐达", "科希尔·拉苏尔佐达"], [PM("tajikistan", "2013-11-23")]),
    H("sirojiddin-muhriddin", ["Sirojiddin Muhriddin"], ["穆赫里丁", "西罗吉丁·穆赫里丁"], [
        FM("tajikistan", "2013-11-30"),
    ]),
    # ===== Turkmenistan ======================================================
    H("gurbanguly-berdimuhamedow", ["Gurbanguly Berdimuhamedow",
                                    "Gurbanguly Berdimuhamedov"],
      ["古尔班古力·别尔德穆哈梅多夫"], [
          PRES("turkmenistan", "2007-02-14", "2022-03-19"),
          P("人民委员会主席", "Chairman of the Halk Maslahaty", "turkmenistan",
            "2023-01-21"),
      ]),
    H("serdar-berdimuhamedow", ["Serdar Berdimuhamedow", "Serdar Berdimuhamedov"],
      ["谢尔达尔·别尔德穆哈梅多夫"], [PRES("turkmenistan", "2022-03-19")]),
    H("rashid-meredov", ["Rashid Meredow", "Rashid Meredov"], ["梅列多夫", "拉希德·梅列多夫"], [
        FM("turkmenistan", "2001-07"),
    ]),
    # ===== Uzbekistan ========================================================
    H("shavkat-mirziyoyev", ["Shavkat Mirziyoyev", "Mirziyoyev"],
      ["米尔济约耶夫", "沙夫卡特·米尔济约耶夫"], [
          PM("uzbekistan", "2003-12-12", "2016-12-14"),
          PRES("uzbekistan", "2016-12-14"),
      ]),
    H("abdulla-aripov", ["Abdulla Aripov"], ["阿里波夫", "阿卜杜拉·阿里波夫"], [
        PM("uzbekistan", "2016-12-14"),
    ]),
    H("abdulaziz-kamilov", ["Abdulaziz Kamilov"], ["卡米洛夫", "阿卜杜勒阿齐兹·卡米洛夫"], [
        FM("uzbekistan", "2012-01", "2022"),
    ]),
    H("vladimir-norov", ["Vladimir Norov"], ["诺罗夫", "弗拉基米尔·诺罗夫"], [
        P("上海合作组织秘书长", "Secretary-General of the Shanghai Cooperation Organisation",
          "shanghai-cooperation-organisation", "2019-01-01", "2021-12-31"),
        P("代理外交部长", "Acting Minister of Foreign Affairs", "uzbekistan", "2022", "2023"),
    ]),
    H("bakhtiyor-saidov", ["Bakhtiyor Saidov"], ["赛义多夫", "巴赫蒂约尔·赛义多夫"], [
        FM("uzbekistan", "2023"),
    ]),
    # ===== Iran ==============================================================
    H("ali-khamenei", ["Ali Khamenei", "Khamenei"], ["哈梅内伊", "阿里·哈梅内伊"], [
        P("最高领袖", "Supreme Leader", "iran", "1989-06-04"),
    ], tw=["哈米尼"]),
    H("hassan-rouhani", ["Hassan Rouhani"], ["鲁哈尼", "哈桑·鲁哈尼"], [
        PRES("iran", "2013-08-03", "2021-08-03"),
    ]),
    H("ebrahim-raisi", ["Ebrahim Raisi"], ["莱希", "易卜拉欣·莱希"], [
        PRES("iran", "2021-08-03", "2024-05-19"),
    ]),
    H("mohammad-mokhber", ["Mohammad Mokhber"], ["穆赫贝尔", "穆罕默德·穆赫贝尔"], [
        P("代总统", "Acting President", "iran", "2024-05-20", "2024-07-28"),
    ]),
    H("masoud-pezeshkian", ["Masoud Pezeshkian"], ["佩泽希齐扬", "马苏德·佩泽希齐扬"], [
        PRES("iran", "2024-07-28"),
    ], tw=["裴澤希安"]),
    H("mohammad-javad-zarif", ["Mohammad Javad Zarif"],
      ["扎里夫", "穆罕默德·贾瓦德·扎里夫"], [FM("iran", "2013-08-15", "2021-08-25")]),
    H("hossein-amir-abdollahian", ["Hossein Amir-Abdollahian"],
      ["阿卜杜拉希扬", "侯赛因·阿米尔-阿卜杜拉希扬"], [
          FM("iran", "2021-08-25", "2024-05-19"),
      ]),
    H("ali-bagheri-kani", ["Ali Bagheri Kani", "Ali Bagheri"], ["巴盖里", "阿里·巴盖里·卡尼"], [
        P("代理外交部长", "Acting Minister of Foreign Affairs", "iran", "2024-05-20",
          "2024-08-21"),
    ]),
    H("abbas-araghchi", ["Abbas Araghchi"], ["阿拉格齐", "阿巴斯·阿拉格齐"], [
        FM("iran", "2024-08-21"),
    ]),
    # ===== Turkey ============================================================
    H("recep-tayyip-erdogan", ["Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "Erdoğan",
                               "Erdogan"],
      ["埃尔多安", "雷杰普·塔伊普·埃尔多安"], [
          PM("turkey", "2003-03-14", "2014-08-28"),
          PRES("turkey", "2014-08-28"),
      ], qid="Q39259", tw=["艾爾段"]),
    H("binali-yildirim", ["Binali Yıldırım", "Binali Yildirim"],
      ["耶尔德勒姆", "比纳利·耶尔德勒姆"], [PM("turkey", "2016-05-24", "2018-07-09")]),
    H("mevlut-cavusoglu", ["Mevlüt Çavuşoğlu", "Mevlut Cavusoglu"],
      ["恰武什奥卢", "梅夫吕特·恰武什奥卢"], [
          FM("turkey", "2014-08-29", "2015-08-28"),
          FM("turkey", "2015-11-24", "2023-06-04"),
      ]),
    H("hakan-fidan", ["Hakan Fidan"], ["费丹", "哈坎·费丹"], [FM("turkey", "2023-06-04")]),
    # ===== Saudi Arabia ======================================================
    H("salman-of-saudi-arabia", ["Salman of Saudi Arabia", "King Salman",
                                 "Salman bin Abdulaziz Al Saud"],
      ["萨勒曼国王", "萨勒曼·本·阿卜杜勒-阿齐兹·阿勒沙特"], [
          P("国王", "King", "saudi-arabia", "2015-01-23"),
          SHOUXIANG("saudi-arabia", "2015-01-23", "2022-09-27"),
      ]),
    H("mohammed-bin-salman", ["Mohammed bin Salman", "MBS"],
      ["穆罕默德·本·萨勒曼", "小萨勒曼", "萨勒曼王储"], [
          P("王储", "Crown Prince", "saudi-arabia", "2017-06-21"),
          SHOUXIANG("saudi-arabia", "2022-09-27"),
      ]),
    H("adel-al-jubeir", ["Adel al-Jubeir"], ["朱拜尔", "阿德尔·朱拜尔"], [
        P("外交大臣", "Minister of Foreign Affairs", "saudi-arabia", "2015-04-29",
          "2018-12-27"),
    ]),
    H("ibrahim-al-assaf", ["Ibrahim Al-Assaf"], ["阿萨夫"], [
        P("外交大臣", "Minister of Foreign Affairs", "saudi-arabia", "2018-12-27",
          "2019-10-23"),
    ]),
    H("faisal-bin-farhan", ["Faisal bin Farhan Al Saud", "Faisal bin Farhan"],
      ["费萨尔·本·法尔汉"], [
          P("外交大臣", "Minister of Foreign Affairs", "saudi-arabia", "2019-10-23"),
      ]),
    # ===== South Africa ======================================================
    H("jacob-zuma", ["Jacob Zuma"], ["祖马", "雅各布·祖马"], [
        PRES("south-africa", "2009-05-09", "2018-02-14"),
    ]),
    H("cyril-ramaphosa", ["Cyril Ramaphosa"], ["拉马福萨", "西里尔·拉马福萨"], [
        PRES("south-africa", "2018-02-15"),
    ], tw=["拉瑪佛沙"]),
    H("lindiwe-sisulu", ["Lindiwe Sisulu"], ["西苏卢", "林迪韦·西苏卢"], [
        P("国际关系与合作部长", "Minister of International Relations and Cooperation",
          "south-africa", "2018-02-27", "2019-05-29"),
    ]),
    H("naledi-pandor", ["Naledi Pandor"], ["潘多尔", "纳莱迪·潘多尔"], [
        P("国际关系与合作部长", "Minister of International Relations and Cooperation",
          "south-africa", "2019-05-30", "2024-07"),
    ]),
    H("ronald-lamola", ["Ronald Lamola"], ["拉莫拉", "罗纳德·拉莫拉"], [
        P("国际关系与合作部长", "Minister of International Relations and Cooperation",
          "south-africa", "2024-07-03"),
    ]),
    # ===== Brazil ============================================================
    H("michel-temer", ["Michel Temer"], ["特梅尔", "米歇尔·特梅尔"], [
        PRES("brazil", "2016-08-31", "2019-01-01"),
    ]),
    H("jair-bolsonaro", ["Jair Bolsonaro"], ["博索纳罗", "雅伊尔·博索纳罗"], [
        PRES("brazil", "2019-01-01", "2023-01-01"),
    ], qid="Q10304982", tw=["波索納洛"]),
    H("luiz-inacio-lula-da-silva", ["Luiz Inácio Lula da Silva", "Lula da Silva", "Lula"],
      ["卢拉", "路易斯·伊纳西奥·卢拉·达席尔瓦"], [
          PRES("brazil", "2003-01-01", "2011-01-01"),
          PRES("brazil", "2023-01-01"),
      ], qid="Q37181", tw=["魯拉"]),
    H("aloysio-nunes", ["Aloysio Nunes"], ["努内斯", "阿洛伊西奥·努内斯"], [
        FM("brazil", "2017-03", "2019-01-01"),
    ]),
    H("ernesto-araujo", ["Ernesto Araújo", "Ernesto Araujo"], ["阿劳若", "埃内斯托·阿劳若"], [
        FM("brazil", "2019-01-01", "2021-03-29"),
    ]),
    H("carlos-franca", ["Carlos França", "Carlos Franca"], ["弗兰萨", "卡洛斯·弗兰萨"], [
        FM("brazil", "2021-04-06", "2023-01-01"),
    ]),
    H("mauro-vieira", ["Mauro Vieira"], ["维埃拉", "毛罗·维埃拉"], [
        FM("brazil", "2015-01-01", "2016-05-12"),
        FM("brazil", "2023-01-01"),
    ]),
    # ===== Argentina =========================================================
    H("mauricio-macri", ["Mauricio Macri"], ["马克里", "毛里西奥·马克里"], [
        PRES("argentina", "2015-12-10", "2019-12-10"),
    ]),
    H("alberto-fernandez", ["Alberto Fernández", "Alberto Fernandez"],
      ["阿尔韦托·费尔南德斯"], [PRES("argentina", "2019-12-10", "2023-12-10")]),
    H("javier-milei", ["Javier Milei", "Milei"], ["米莱", "哈维尔·米莱"], [
        PRES("argentina", "2023-12-10"),
    ], tw=["米雷"]),
    H("jorge-faurie", ["Jorge Faurie"], ["豪尔赫·福列"], [
        FM("argentina", "2017-06", "2019-12-10"),
    ]),
    H("felipe-sola", ["Felipe Solá", "Felipe Sola"], ["费利佩·索拉"], [
        FM("argentina", "2019-12-10", "2021-09-20"),
    ]),
    H("santiago-cafiero", ["Santiago Cafiero"], ["卡菲耶罗", "圣地亚哥·卡菲耶罗"], [
        FM("argentina", "2021-09-20", "2023-12-10"),
    ]),
    H("diana-mondino", ["Diana Mondino"], ["蒙迪诺", "迪亚娜·蒙迪诺"], [
        FM("argentina", "2023-12-10", "2024-10-30"),
    ]),
    # ===== Mexico ============================================================
    H("enrique-pena-nieto", ["Enrique Peña Nieto", "Enrique Pena Nieto"],
      ["培尼亚", "培尼亚·涅托", "恩里克·培尼亚·涅托"], [
          PRES("mexico", "2012-12-01", "2018-11-30"),
      ]),
    H("andres-manuel-lopez-obrador", ["Andrés Manuel López Obrador",
                                      "Andres Manuel Lopez Obrador", "López Obrador",
                                      "AMLO"],
      ["洛佩斯·奥夫拉多尔", "安德烈斯·曼努埃尔·洛佩斯·奥夫拉多尔"], [
          PRES("mexico", "2018-12-01", "2024-09-30"),
      ]),
    H("claudia-sheinbaum", ["Claudia Sheinbaum"], ["辛鲍姆", "克劳迪娅·辛鲍姆"], [
        PRES("mexico", "2024-10-01"),
    ], tw=["薛恩鮑姆"]),
    H("luis-videgaray", ["Luis Videgaray"], ["比德加赖", "路易斯·比德加赖"], [
        P("外交部长", "Secretary of Foreign Affairs", "mexico", "2017-01-04",
          "2018-11-30"),
    ]),
    H("marcelo-ebrard", ["Marcelo Ebrard"], ["埃布拉德", "马塞洛·埃布拉德"], [
        P("外交部长", "Secretary of Foreign Affairs", "mexico", "2018-12-01",
          "2023-06-12"),
        P("经济部长", "Secretary of Economy", "mexico", "2024-10-01"),
    ]),
    H("alicia-barcena", ["Alicia Bárcena", "Alicia Barcena"],
      ["巴尔塞纳", "阿莉西亚·巴尔塞纳"], [
          P("外交部长", "Secretary of Foreign Affairs", "mexico", "2023-07-03",
            "2024-09-30"),
      ]),
    H("juan-ramon-de-la-fuente", ["Juan Ramón de la Fuente", "Juan Ramon de la Fuente"],
      ["德拉富恩特", "胡安·拉蒙·德拉富恩特"], [
          P("外交部长", "Secretary of Foreign Affairs", "mexico", "2024-10-01"),
      ]),
    # ===== Indonesia =========================================================
    H("joko-widodo", ["Joko Widodo", "Jokowi"], ["佐科", "佐科·维多多"], [
        PRES("indonesia", "2014-10-20", "2024-10-20"),
    ], tw=["佐科威"]),
    H("prabowo-subianto", ["Prabowo Subianto", "Prabowo"], ["普拉博沃", "普拉博沃·苏比安托"], [
        P("国防部长", "Minister of Defence", "indonesia", "2019-10-23", "2024-10-20"),
        PRES("indonesia", "2024-10-20"),
    ], tw=["普拉伯沃"]),
    H("retno-marsudi", ["Retno Marsudi", "Retno L. P. Marsudi"],
      ["蕾特诺", "蕾特诺·马尔苏迪"], [FM("indonesia", "2014-10-27", "2024-10-20")]),
    H("sugiono", ["Sugiono"], ["苏吉奥诺"], [FM("indonesia", "2024-10-21")]),
    # ===== European Union ====================================================
    H("jean-claude-juncker", ["Jean-Claude Juncker"], ["容克", "让-克洛德·容克"], [
        P("欧盟委员会主席", "President of the European Commission", "european-commission",
          "2014-11-01", "2019-11-30"),
    ]),
    H("ursula-von-der-leyen", ["Ursula von der Leyen", "von der Leyen"],
      ["冯德莱恩", "乌尔苏拉·冯德莱恩"], [
          P("国防部长", "Federal Minister of Defence", "germany", "2013-12-17",
            "2019-07-17"),
          P("欧盟委员会主席", "President of the European Commission",
            "european-commission", "2019-12-01"),
      ], qid="Q60772", tw=["范德賴恩"]),
    H("donald-tusk", ["Donald Tusk"], ["图斯克", "唐纳德·图斯克"], [
        PM("poland", "2007-11-16", "2014-09-22"),
        P("欧洲理事会主席", "President of the European Council", "european-council",
          "2014-12-01", "2019-11-30"),
        PM("poland", "2023-12-13"),
    ], qid="Q946"),
    H("charles-michel", ["Charles Michel"], ["夏尔·米歇尔"], [
        SHOUXIANG("belgium", "2014-10-11", "2019-10-27"),
        P("欧洲理事会主席", "President of the European Council", "european-council",
          "2019-12-01", "2024-11-30"),
    ]),
    H("antonio-costa", ["António Costa", "Antonio Costa"], ["安东尼奥·科斯塔"], [
        PM("portugal", "2015-11-26", "2024-04-02"),
        P("欧洲理事会主席", "President of the European Council", "european-council",
          "2024-12-01"),
    ]),
    H("federica-mogherini", ["Federica Mogherini"], ["莫盖里尼", "费代丽卡·莫盖里尼"], [
        EU_HR("2014-11-01", "2019-11-30"),
    ]),
    H("josep-borrell", ["Josep Borrell"], ["博雷利", "何塞普·博雷利"], [
        EU_HR("2019-12-01", "2024-11-30"),
        FMD("spain", "2018-06-07", "2019-11-30"),
    ]),
    H("kaja-kallas", ["Kaja Kallas"], ["卡拉斯", "卡娅·卡拉斯"], [
        PM("estonia", "2021-01-26", "2024-07-23"),
        EU_HR("2024-12-01"),
    ]),
    # ===== United Nations, NATO ==============================================
    H("antonio-guterres", ["António Guterres", "Antonio Guterres", "Guterres"],
      ["古特雷斯", "安东尼奥·古特雷斯"], [
          PM("portugal", "1995-10-28", "2002-04-06"),
          P("联合国难民事务高级专员", "United Nations High Commissioner for Refugees",
            "office-of-the-united-nations-high-commissioner-for-refugees", "2005-06-15",
            "2015-12-31"),
          P("联合国秘书长", "Secretary-General of the United Nations", "united-nations",
            "2017-01-01"),
      ], qid="Q311440", tw=["古特瑞斯"]),
    H("jens-stoltenberg", ["Jens Stoltenberg", "Stoltenberg"],
      ["斯托尔滕贝格", "延斯·斯托尔滕贝格"], [
          P("北约秘书长", "Secretary General of NATO", "north-atlantic-treaty-organization",
            "2014-10-01", "2024-10-01"),
          P("财政大臣", "Minister of Finance", "norway", "2025-02-04"),
      ], tw=["史托騰柏格"]),
    H("mark-rutte", ["Mark Rutte"], ["吕特", "马克·吕特"], [
        SHOUXIANG("netherlands", "2010-10-14", "2024-07-02"),
        P("北约秘书长", "Secretary General of NATO", "north-atlantic-treaty-organization",
          "2024-10-01"),
    ]),
    # ===== Ukraine ===========================================================
    H("petro-poroshenko", ["Petro Poroshenko"], ["波罗申科", "彼得·波罗申科"], [
        PRES("ukraine", "2014-06-07", "2019-05-20"),
    ]),
    H("volodymyr-zelensky", ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky",
                             "Zelenskyy"],
      ["泽连斯基", "弗拉基米尔·泽连斯基", "沃洛季米尔·泽连斯基"], [
          PRES("ukraine", "2019-05-20"),
      ], qid="Q3881415", tw=["澤倫斯基"]),
    H("volodymyr-groysman", ["Volodymyr Groysman"], ["格罗伊斯曼", "弗拉基米尔·格罗伊斯曼"], [
        PM("ukraine", "2016-04-14", "2019-08-29"),
    ]),
    H("oleksiy-honcharuk", ["Oleksiy Honcharuk"], ["贡恰鲁克", "阿列克谢·贡恰鲁克"], [
        PM("ukraine", "2019-08-29", "2020-03-04"),
    ]),
    H("denys-shmyhal", ["Denys Shmyhal"], ["什梅加尔"], [
        PM("ukraine", "2020-03-04", "2025-07-17"),
    ]),
    H("yulia-svyrydenko", ["Yulia Svyrydenko"], ["斯维里坚科", "斯维里登科"], [
        PM("ukraine", "2025-07-17"),
    ]),
    H("pavlo-klimkin", ["Pavlo Klimkin"], ["克里姆金", "帕维尔·克里姆金"], [
        FM("ukraine", "2014-06-19", "2019-08-29"),
    ]),
    H("dmytro-kuleba", ["Dmytro Kuleba"], ["库列巴", "德米特里·库列巴", "德米特罗·库列巴"], [
        FM("ukraine", "2020-03-04", "2024-09-05"),
    ]),
    H("andrii-sybiha", ["Andrii Sybiha", "Andriy Sybiha"], ["西比加", "安德烈·西比加",
                                                           "瑟比加"], [
        FM("ukraine", "2024-09-05"),
    ]),
    # ===== Belarus ===========================================================
    H("alexander-lukashenko", ["Alexander Lukashenko", "Aleksandr Lukashenko",
                               "Lukashenko"],
      ["卢卡申科", "亚历山大·卢卡申科"], [PRES("belarus", "1994-07-20")],
      tw=["盧卡申柯"]),
    H("andrei-kobyakov", ["Andrei Kobyakov"], ["科比亚科夫", "安德烈·科比亚科夫"], [
        PM("belarus", "2014-12-27", "2018-08-18"),
    ]),
    H("sergei-rumas", ["Sergei Rumas"], ["鲁马斯", "谢尔盖·鲁马斯"], [
        PM("belarus", "2018-08-18", "2020-06-03"),
    ]),
    H("roman-golovchenko", ["Roman Golovchenko"], ["戈洛夫琴科", "罗曼·戈洛夫琴科"], [
        PM("belarus", "2020-06-04", "2025-04-08"),
    ]),
    H("alexander-turchin", ["Alexander Turchin"], ["图尔钦", "亚历山大·图尔钦"], [
        PM("belarus", "2025-04-08"),
    ]),
    H("vladimir-makei", ["Vladimir Makei"], ["马克伊", "弗拉基米尔·马克伊"], [
        FM("belarus", "2012-08-20", "2022-11-26"),
    ]),
    H("sergei-aleinik", ["Sergei Aleinik"], ["阿列伊尼克", "谢尔盖·阿列伊尼克"], [
        FM("belarus", "2022-12-05", "2024-04"),
    ]),
    H("maxim-ryzhenkov", ["Maxim Ryzhenkov"], ["雷任科夫", "马克西姆·雷任科夫"], [
        FM("belarus", "2024-04"),
    ]),
    # ===== Azerbaijan ========================================================
    H("ilham-aliyev", ["Ilham Aliyev"], ["阿利耶夫", "伊利哈姆·阿利耶夫"], [
        PRES("azerbaijan", "2003-10-31"),
    ]),
    H("artur-rasizade", ["Artur Rasizade"], ["拉西扎德", "阿图尔·拉西扎德"], [
        PM("azerbaijan", "2003-11-04", "2018-04-21"),
    ]),
    H("ali-asadov", ["Ali Asadov"], ["阿萨多夫", "阿里·阿萨多夫"], [
        PM("azerbaijan", "2019-10-08"),
    ]),
    H("elmar-mammadyarov", ["Elmar Mammadyarov"], ["马梅德亚罗夫", "埃尔马尔·马梅德亚罗夫"], [
        FM("azerbaijan", "2004-04-02", "2020-07-16"),
    ]),
    H("jeyhun-bayramov", ["Jeyhun Bayramov"], ["拜拉莫夫", "杰伊洪·拜拉莫夫"], [
        FM("azerbaijan", "2020-07-16"),
    ]),
    # ===== Thailand ==========================================================
    H("maha-vajiralongkorn", ["Maha Vajiralongkorn", "Vajiralongkorn", "Rama X"],
      ["玛哈·哇集拉隆功", "哇集拉隆功"], [KING("thailand", "2016-10-13")]),
    H("prayut-chan-o-cha", ["Prayut Chan-o-cha", "Prayuth Chan-ocha"], ["巴育", "巴育·占奥差"], [
        PM("thailand", "2014-08-24", "2023-08-22"),
    ]),
    H("srettha-thavisin", ["Srettha Thavisin"], ["赛塔", "赛塔·他威信"], [
        PM("thailand", "2023-08-22", "2024-08-14"),
    ]),
    H("paetongtarn-shinawatra", ["Paetongtarn Shinawatra"], ["佩通坦", "佩通坦·钦那瓦"], [
        PM("thailand", "2024-08-16", "2025-08-29"),
    ]),
    H("anutin-charnvirakul", ["Anutin Charnvirakul"], ["阿努廷", "阿努廷·参威拉军"], [
        PM("thailand", "2025-09-07"),
    ]),
    H("don-pramudwinai", ["Don Pramudwinai"], ["敦·帕马威奈"], [
        FM("thailand", "2015-08-23", "2023-09-01"),
    ]),
    # ===== Cambodia ==========================================================
    H("norodom-sihamoni", ["Norodom Sihamoni"], ["西哈莫尼", "诺罗敦·西哈莫尼"], [
        KING("cambodia", "2004-10-29"),
    ]),
    H("hun-sen", ["Hun Sen"], ["洪森"], [
        SHOUXIANG("cambodia", "1985-01-14", "2023-08-22"),
        P("参议院主席", "President of the Senate", "cambodia", "2024-04-03"),
    ]),
    H("hun-manet", ["Hun Manet"], ["洪玛奈"], [SHOUXIANG("cambodia", "2023-08-22")]),
    H("prak-sokhonn", ["Prak Sokhonn"], ["布拉索昆"], [
        FMD("cambodia", "2016-04-04", "2023-08-22"),
    ]),
    H("sok-chenda-sophea", ["Sok Chenda Sophea"], ["宋金达"], [
        FMD("cambodia", "2023-08-22"),
    ]),
    # ===== Malaysia ==========================================================
    H("ibrahim-iskandar", ["Ibrahim Iskandar", "Sultan Ibrahim"], ["易卜拉欣·伊斯坎达尔"], [
        P("最高元首", "Yang di-Pertuan Agong", "malaysia", "2024-01-31"),
    ]),
    H("mahathir-mohamad", ["Mahathir Mohamad"], ["马哈蒂尔", "马哈蒂尔·穆罕默德"], [
        PM("malaysia", "1981-07-16", "2003-10-31"),
        PM("malaysia", "2018-05-10", "2020-02-24"),
    ]),
    H("muhyiddin-yassin", ["Muhyiddin Yassin"], ["慕尤丁", "慕尤丁·亚辛"], [
        PM("malaysia", "2020-03-01", "2021-08-16"),
    ]),
    H("ismail-sabri-yaakob", ["Ismail Sabri Yaakob"], ["伊斯迈尔·萨布里"], [
        PM("malaysia", "2021-08-21", "2022-11-24"),
    ]),
    H("anwar-ibrahim", ["Anwar Ibrahim"], ["安瓦尔", "安瓦尔·易卜拉欣"], [
        PM("malaysia", "2022-11-24"),
    ]),
    H("saifuddin-abdullah", ["Saifuddin Abdullah"], ["赛夫丁", "赛夫丁·阿卜杜拉"], [
        FM("malaysia", "2018-07-02", "2020-02-24"),
        FM("malaysia", "2021-08-30", "2022-11-24"),
    ]),
    H("hishammuddin-hussein", ["Hishammuddin Hussein"], ["希沙姆丁", "希沙姆丁·侯赛因"], [
        FM("malaysia", "2020-03-10", "2021-08-16"),
    ]),
    H("zambry-abdul-kadir", ["Zambry Abdul Kadir"], ["赞布里", "赞布里·阿卜杜勒·卡迪尔"], [
        FM("malaysia", "2022-12-03", "2023-12-12"),
    ]),
    # ===== Singapore =========================================================
    H("halimah-yacob", ["Halimah Yacob"], ["哈莉玛", "哈莉玛·雅各布"], [
        PRES("singapore", "2017-09-14", "2023-09-13"),
    ]),
    H("tharman-shanmugaratnam", ["Tharman Shanmugaratnam"], ["尚达曼"], [
        PRES("singapore", "2023-09-14"),
    ]),
    H("lee-hsien-loong", ["Lee Hsien Loong"], ["李显龙"], [
        PM("singapore", "2004-08-12", "2024-05-15"),
    ]),
    H("lawrence-wong", ["Lawrence Wong"], ["黄循财"], [PM("singapore", "2024-05-15")]),
    H("vivian-balakrishnan", ["Vivian Balakrishnan"], ["维文·巴拉克里希南"], [
        FM("singapore", "2015-10-01"),
    ]),
    # ===== Philippines =======================================================
    H("rodrigo-duterte", ["Rodrigo Duterte"], ["杜特尔特", "罗德里戈·杜特尔特"], [
        PRES("philippines", "2016-06-30", "2022-06-30"),
    ], tw=["杜特蒂"]),
    H("sara-duterte", ["Sara Duterte"], ["萨拉·杜特尔特"], [
        P("副总统", "Vice President", "philippines", "2022-06-30"),
    ]),
    H("ferdinand-marcos-jr", ["Ferdinand Marcos Jr.", "Bongbong Marcos"],
      ["小马科斯", "费迪南德·马科斯", "小费迪南德·马科斯",
       "费迪南德·罗慕尔德兹·马科斯"], [
          PRES("philippines", "2022-06-30"),
      ], tw=["小馬可仕"]),
    H("teodoro-locsin-jr", ["Teodoro Locsin Jr.", "Teodoro Locsin"], ["洛钦", "特奥多罗·洛钦"], [
        FM("philippines", "2018-10-17", "2022-06-30"),
    ]),
    H("enrique-manalo", ["Enrique Manalo"], ["马纳洛", "恩里克·马纳洛"], [
        FM("philippines", "2022-07-01", "2025-06-30"),
    ]),
    # ===== Brunei ============================================================
    H("hassanal-bolkiah", ["Hassanal Bolkiah"], ["哈桑纳尔", "哈桑纳尔·博尔基亚"], [
        P("苏丹", "Sultan", "brunei", "1967-10-05"),
        SHOUXIANG("brunei", "1984-01-01"),
    ]),
    # ===== Timor-Leste =======================================================
    H("jose-ramos-horta", ["José Ramos-Horta", "Jose Ramos-Horta"],
      ["奥尔塔", "拉莫斯-奥尔塔", "若泽·拉莫斯-奥尔塔", "若泽·拉莫斯·奥尔塔"], [
          PRES("timor-leste", "2007-05-20", "2012-05-20"),
          PRES("timor-leste", "2022-05-20"),
      ]),
    H("francisco-guterres", ["Francisco Guterres", "Lú Olo"], ["卢奥洛"], [
        PRES("timor-leste", "2017-05-20", "2022-05-20"),
    ]),
    H("taur-matan-ruak", ["Taur Matan Ruak"], ["鲁瓦克", "塔乌尔·马坦·鲁瓦克"], [
        PM("timor-leste", "2018-06-22", "2023-07-01"),
    ]),
    H("xanana-gusmao", ["Xanana Gusmão", "Xanana Gusmao"], ["夏纳纳", "夏纳纳·古斯芒"], [
        PM("timor-leste", "2007-08-08", "2015-02-16"),
        PM("timor-leste", "2023-07-01"),
    ]),
    # ===== Bangladesh ========================================================
    H("sheikh-hasina", ["Sheikh Hasina", "Sheikh Hasina Wazed"], ["哈西娜", "谢赫·哈西娜"], [
        PM("bangladesh", "2009-01-06", "2024-08-05"),
    ]),
    H("muhammad-yunus", ["Muhammad Yunus"], ["尤努斯", "穆罕默德·尤努斯"], [
        P("临时政府首席顾问", "Chief Adviser of the Interim Government", "bangladesh",
          "2024-08-08", "2026-02"),
    ]),
    H("tarique-rahman", ["Tarique Rahman"], ["塔里克·拉赫曼"], [PM("bangladesh", "2026-02")]),
    H("abdul-hamid", ["Abdul Hamid", "Mohammad Abdul Hamid"], ["穆罕默德·阿卜杜勒·哈米德"], [
        PRES("bangladesh", "2013-04-24", "2023-04-24"),
    ]),
    H("ak-abdul-momen", ["A. K. Abdul Momen", "Abdul Momen"], ["穆明", "阿卜杜勒·穆明"], [
        FM("bangladesh", "2019-01-07", "2024-01-11"),
    ]),
    H("hasan-mahmud", ["Hasan Mahmud"], ["哈桑·马哈茂德"], [
        FM("bangladesh", "2024-01-11", "2024-08-05"),
    ]),
    # ===== Sri Lanka =========================================================
    H("maithripala-sirisena", ["Maithripala Sirisena"], ["西里塞纳", "迈特里帕拉·西里塞纳"], [
        PRES("sri-lanka", "2015-01-09", "2019-11-18"),
    ]),
    H("gotabaya-rajapaksa", ["Gotabaya Rajapaksa"], ["戈塔巴雅", "戈塔巴雅·拉贾帕克萨"], [
        PRES("sri-lanka", "2019-11-18", "2022-07-14"),
    ]),
    H("mahinda-rajapaksa", ["Mahinda Rajapaksa"], ["马欣达", "马欣达·拉贾帕克萨"], [
        PRES("sri-lanka", "2005-11-19", "2015-01-09"),
        PM("sri-lanka", "2019-11-21", "2022-05-09"),
    ]),
    H("ranil-wickremesinghe", ["Ranil Wickremesinghe"],
      ["维克拉马辛哈", "拉尼尔·维克拉马辛哈"], [
          PM("sri-lanka", "2015-01-09", "2019-11-21"),
          PM("sri-lanka", "2022-05-12", "2022-07-21"),
          PRES("sri-lanka", "2022-07-21", "2024-09-23"),
      ]),
    H("dinesh-gunawardena", ["Dinesh Gunawardena"], ["古纳瓦德纳", "迪内什·古纳瓦德纳"], [
        FM("sri-lanka", "2019-11-22", "2021-08-16"),
        PM("sri-lanka", "2022-07-22", "2024-09-23"),
    ]),
    H("anura-kumara-dissanayake", ["Anura Kumara Dissanayake"],
      ["迪萨纳亚克", "阿努拉·库马拉·迪萨纳亚克"], [PRES("sri-lanka", "2024-09-23")]),
    H("harini-amarasuriya", ["Harini Amarasuriya"], ["阿马拉苏里亚", "哈里尼·阿马拉苏里亚"], [
        PM("sri-lanka", "2024-09-24"),
    ]),
    H("g-l-peiris", ["G. L. Peiris"], ["佩里斯", "G·L·佩里斯"], [
        FM("sri-lanka", "2021-08-16", "2022-05-09"),
    ]),
    H("ali-sabry", ["Ali Sabry"], ["阿里·萨布里"], [FM("sri-lanka", "2022-05-23", "2024-09-23")]),
    # ===== Maldives ==========================================================
    H("ibrahim-mohamed-solih", ["Ibrahim Mohamed Solih"], ["易卜拉欣·穆罕默德·萨利赫"], [
        PRES("maldives", "2018-11-17", "2023-11-17"),
    ]),
    H("mohamed-muizzu", ["Mohamed Muizzu"], ["穆伊兹", "穆罕默德·穆伊兹"], [
        PRES("maldives", "2023-11-17"),
    ]),
    H("abdulla-shahid", ["Abdulla Shahid"], ["阿卜杜拉·沙希德"], [
        FM("maldives", "2018-11-17", "2023-11-17"),
        P("联合国大会主席", "President of the United Nations General Assembly",
          "united-nations-general-assembly", "2021-09-14", "2022-09-13"),
    ]),
    # ===== Egypt =============================================================
    H("abdel-fattah-el-sisi", ["Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi", "Sisi"],
      ["塞西", "阿卜杜勒-法塔赫·塞西", "阿卜杜勒法塔赫·塞西"], [PRES("egypt", "2014-06-08")]),
    H("mostafa-madbouly", ["Mostafa Madbouly", "Moustafa Madbouly"],
      ["马德布利", "穆斯塔法·马德布利"], [PM("egypt", "2018-06-07")]),
    H("sameh-shoukry", ["Sameh Shoukry"], ["舒克里", "萨迈赫·舒克里"], [
        FM("egypt", "2014-06-17", "2024-07-03"),
    ]),
    H("badr-abdelatty", ["Badr Abdelatty"], ["阿卜杜勒阿提", "巴德尔·阿卜杜勒阿提"], [
        FM("egypt", "2024-07-03"),
    ]),
    # ===== United Arab Emirates ==============================================
    H("khalifa-bin-zayed-al-nahyan", ["Khalifa bin Zayed Al Nahyan", "Khalifa bin Zayed"],
      ["哈利法·本·扎耶德", "哈利法·本·扎耶德·阿勒纳哈扬"], [
          PRES("united-arab-emirates", "2004-11-03", "2022-05-13"),
      ]),
    H("mohamed-bin-zayed-al-nahyan", ["Mohamed bin Zayed Al Nahyan", "Mohamed bin Zayed", "MBZ"],
      ["穆罕默德·本·扎耶德", "穆罕默德·本·扎耶德·阿勒纳哈扬"], [
          P("阿布扎比王储", "Crown Prince of Abu Dhabi", "united-arab-emirates", "2004-11-03",
            "2022-05-14"),
          PRES("united-arab-emirates", "2022-05-14"),
      ]),
    H("mohammed-bin-rashid-al-maktoum", ["Mohammed bin Rashid Al Maktoum",
                                        "Mohammed bin Rashid"],
      ["穆罕默德·本·拉希德", "穆罕默德·本·拉希德·阿勒马克图姆"], [
          P("副总统", "Vice President", "united-arab-emirates", "2006-01-05"),
          PM("united-arab-emirates", "2006-01-05"),
      ]),
    H("abdullah-bin-zayed-al-nahyan", ["Abdullah bin Zayed Al Nahyan", "Abdullah bin Zayed"],
      ["阿卜杜拉·本·扎耶德", "阿卜杜拉·本·扎耶德·阿勒纳哈扬"], [
          FM("united-arab-emirates", "2006-02-09"),
      ]),
    # ===== Qatar =============================================================
    H("tamim-bin-hamad-al-thani", ["Tamim bin Hamad Al Thani", "Tamim bin Hamad"],
      ["塔米姆", "塔米姆·本·哈马德", "塔米姆·本·哈马德·阿勒萨尼"], [
          EMIR("qatar", "2013-06-25"),
      ]),
    H("abdullah-bin-nasser-al-thani", ["Abdullah bin Nasser bin Khalifa Al Thani"],
      ["阿卜杜拉·本·纳赛尔·阿勒萨尼"], [SHOUXIANG("qatar", "2013-06-26", "2020-01-28")]),
    H("khalid-bin-khalifa-al-thani", ["Khalid bin Khalifa bin Abdulaziz Al Thani"],
      ["哈立德·本·哈利法·阿勒萨尼"], [SHOUXIANG("qatar", "2020-01-28", "2023-03-07")]),
    H("mohammed-bin-abdulrahman-al-thani", ["Mohammed bin Abdulrahman Al Thani",
                                           "Mohammed bin Abdulrahman bin Jassim Al Thani"],
      ["穆罕默德·本·阿卜杜勒拉赫曼", "穆罕默德·本·阿卜杜勒拉赫曼·阿勒萨尼"], [
          FMD("qatar", "2016-01-27"),
          SHOUXIANG("qatar", "2023-03-07"),
      ]),
    # ===== Kuwait ============================================================
    H("sabah-al-ahmad-al-jaber-al-sabah", ["Sabah Al-Ahmad Al-Jaber Al-Sabah"],
      ["萨巴赫·艾哈迈德", "萨巴赫·艾哈迈德·贾比尔·萨巴赫"], [
          EMIR("kuwait", "2006-01-29", "2020-09-29"),
      ]),
    H("nawaf-al-ahmad-al-jaber-al-sabah", ["Nawaf Al-Ahmad Al-Jaber Al-Sabah"],
      ["纳瓦夫·艾哈迈德", "纳瓦夫·艾哈迈德·贾比尔·萨巴赫"], [
          EMIR("kuwait", "2020-09-30", "2023-12-16"),
      ]),
    H("mishal-al-ahmad-al-jaber-al-sabah", ["Mishal Al-Ahmad Al-Jaber Al-Sabah"],
      ["米沙勒", "米沙勒·艾哈迈德", "米沙勒·艾哈迈德·贾比尔·萨巴赫"], [
          P("王储", "Crown Prince", "kuwait", "2020-10-08", "2023-12-16"),
          EMIR("kuwait", "2023-12-16"),
      ]),
    # ===== Bahrain ===========================================================
    H("hamad-bin-isa-al-khalifa", ["Hamad bin Isa Al Khalifa"],
      ["哈马德·本·伊萨", "哈马德·本·伊萨·阿勒哈利法"], [KING("bahrain", "2002-02-14")]),
    H("khalifa-bin-salman-al-khalifa", ["Khalifa bin Salman Al Khalifa"],
      ["哈利法·本·萨勒曼", "哈利法·本·萨勒曼·阿勒哈利法"], [
          SHOUXIANG("bahrain", "1970-01-10", "2020-11-11"),
      ]),
    H("salman-bin-hamad-al-khalifa", ["Salman bin Hamad Al Khalifa"],
      ["萨勒曼·本·哈马德", "萨勒曼·本·哈马德·阿勒哈利法"], [
          P("王储", "Crown Prince", "bahrain", "1999-03-09"),
          SHOUXIANG("bahrain", "2020-11-11"),
      ]),
    H("abdullatif-bin-rashid-al-zayani", ["Abdullatif bin Rashid Al Zayani",
                                         "Abdullatif Al Zayani"],
      ["扎耶尼", "阿卜杜勒拉蒂夫·扎耶尼", "阿卜杜勒拉蒂夫·本·拉希德·扎耶尼"], [
          FMD("bahrain", "2020-02-11"),
      ]),
    # ===== Oman ==============================================================
    H("qaboos-bin-said", ["Qaboos bin Said", "Sultan Qaboos"], ["卡布斯", "卡布斯·本·赛义德"], [
        P("苏丹", "Sultan", "oman", "1970-07-23", "2020-01-10"),
    ]),
    H("haitham-bin-tarik", ["Haitham bin Tarik", "Haitham bin Tariq"],
      ["海赛姆", "海赛姆·本·塔里克"], [P("苏丹", "Sultan", "oman", "2020-01-11")]),
    H("yusuf-bin-alawi-bin-abdullah", ["Yusuf bin Alawi bin Abdullah"],
      ["优素福·本·阿拉维", "优素福·本·阿拉维·本·阿卜杜拉"], [
          P("外交事务主管大臣", "Minister Responsible for Foreign Affairs", "oman", "1997",
            "2020-08-18"),
      ]),
    H("badr-albusaidi", ["Badr Albusaidi", "Badr bin Hamad Albusaidi"],
      ["巴德尔·布赛义迪", "巴德尔·本·哈马德·布赛义迪"], [FMD("oman", "2020-08-18")]),
    # ===== Jordan ============================================================
    H("abdullah-ii-of-jordan", ["Abdullah II of Jordan", "King Abdullah II"],
      ["阿卜杜拉二世", "阿卜杜拉二世·本·侯赛因"], [KING("jordan", "1999-02-07")]),
    H("omar-razzaz", ["Omar Razzaz"], ["拉扎兹", "奥马尔·拉扎兹"], [
        SHOUXIANG("jordan", "2018-06-14", "2020-10-12"),
    ]),
    H("bisher-al-khasawneh", ["Bisher Al-Khasawneh"], ["哈萨瓦奈", "比谢尔·哈萨瓦奈"], [
        SHOUXIANG("jordan", "2020-10-12", "2024-09-15"),
    ]),
    H("jafar-hassan", ["Jafar Hassan"], ["贾法尔·哈桑"], [SHOUXIANG("jordan", "2024-09-15")]),
    H("ayman-safadi", ["Ayman Safadi"], ["萨法迪", "艾曼·萨法迪"], [
        FMD("jordan", "2017-01-15"),
    ]),
    # ===== Iraq ==============================================================
    H("barham-salih", ["Barham Salih"], ["巴尔哈姆·萨利赫"], [
        PRES("iraq", "2018-10-02", "2022-10-17"),
    ]),
    H("abdul-latif-rashid", ["Abdul Latif Rashid"], ["阿卜杜勒·拉蒂夫·拉希德"], [
        PRES("iraq", "2022-10-17", "2026"),
    ]),
    H("adil-abdul-mahdi", ["Adil Abdul-Mahdi"], ["阿卜杜勒-迈赫迪", "阿迪勒·阿卜杜勒-迈赫迪"], [
        PM("iraq", "2018-10-25", "2020-05-07"),
    ]),
    H("mustafa-al-kadhimi", ["Mustafa al-Kadhimi"], ["卡迪米", "穆斯塔法·卡迪米"], [
        PM("iraq", "2020-05-07", "2022-10-27"),
    ]),
    H("mohammed-shia-al-sudani", ["Mohammed Shia' al-Sudani", "Mohammed Shia al-Sudani"],
      ["苏达尼", "穆罕默德·希亚·苏达尼"], [PM("iraq", "2022-10-27", "2026")]),
    H("fuad-hussein", ["Fuad Hussein"], ["福阿德·侯赛因"], [FM("iraq", "2020-06-06")]),
    # ===== Syria =============================================================
    H("bashar-al-assad", ["Bashar al-Assad", "Bashar Assad"], ["巴沙尔", "巴沙尔·阿萨德"], [
        PRES("syria", "2000-07-17", "2024-12-08"),
    ], qid="Q44329"),
    H("walid-muallem", ["Walid Muallem", "Walid al-Moallem"], ["穆阿利姆", "瓦利德·穆阿利姆"], [
        FM("syria", "2006-02-11", "2020-11-16"),
    ]),
    H("faisal-mekdad", ["Faisal Mekdad", "Fayssal Mekdad"], ["梅克达德", "费萨尔·梅克达德"], [
        FM("syria", "2020-11-22", "2024-09-23"),
    ]),
    H("hussein-arnous", ["Hussein Arnous"], ["阿尔努斯", "侯赛因·阿尔努斯"], [
        PM("syria", "2020-08-30", "2024-09-14"),
    ]),
    H("asaad-al-shaibani", ["Asaad al-Shaibani", "Asaad Hassan al-Shaibani"],
      ["希巴尼", "阿萨德·希巴尼"], [FM("syria", "2024-12-21")]),
    # ===== Lebanon ===========================================================
    H("michel-aoun", ["Michel Aoun"], ["米歇尔·奥恩"], [
        PRES("lebanon", "2016-10-31", "2022-10-30"),
    ]),
    H("joseph-aoun", ["Joseph Aoun"], ["约瑟夫·奥恩"], [PRES("lebanon", "2025-01-09")]),
    H("saad-hariri", ["Saad Hariri"], ["萨阿德·哈里里"], [
        PM("lebanon", "2016-12-18", "2020-01-21"),
    ]),
    H("hassan-diab", ["Hassan Diab"], ["哈桑·迪亚卜"], [
        PM("lebanon", "2020-01-21", "2021-09-10"),
    ]),
    H("najib-mikati", ["Najib Mikati"], ["米卡提", "纳吉布·米卡提"], [
        PM("lebanon", "2021-09-10", "2025-02-08"),
    ]),
    H("nawaf-salam", ["Nawaf Salam"], ["纳瓦夫·萨拉姆"], [
        P("国际法院院长", "President of the International Court of Justice",
          "international-court-of-justice", "2024-02-06", "2025-01-14"),
        PM("lebanon", "2025-02-08"),
    ]),
    # ===== Israel ============================================================
    H("benjamin-netanyahu", ["Benjamin Netanyahu", "Netanyahu"],
      ["内塔尼亚胡", "本雅明·内塔尼亚胡"], [
          PM("israel", "1996-06-18", "1999-07-06"),
          PM("israel", "2009-03-31", "2021-06-13"),
          PM("israel", "2022-12-29"),
      ], qid="Q43723", tw=["納坦雅胡", "尼坦雅胡"]),
    H("naftali-bennett", ["Naftali Bennett"], ["纳夫塔利·贝内特"], [
        PM("israel", "2021-06-13", "2022-06-30"),
    ]),
    H("yair-lapid", ["Yair Lapid"], ["拉皮德", "亚伊尔·拉皮德"], [
        FM("israel", "2021-06-13", "2022-12-29"),
        PM("israel", "2022-07-01", "2022-12-29"),
    ]),
    H("reuven-rivlin", ["Reuven Rivlin"], ["里夫林", "鲁文·里夫林"], [
        PRES("israel", "2014-07-24", "2021-07-07"),
    ]),
    H("isaac-herzog", ["Isaac Herzog"], ["赫尔佐格", "艾萨克·赫尔佐格"], [
        PRES("israel", "2021-07-07"),
    ]),
    H("israel-katz", ["Israel Katz"], ["以色列·卡茨"], [
        FM("israel", "2019-02-17", "2020-05-17"),
        FM("israel", "2024-01-01", "2024-11-05"),
        P("国防部长", "Minister of Defense", "israel", "2024-11-05"),
    ]),
    H("gabi-ashkenazi", ["Gabi Ashkenazi"], ["阿什肯纳齐", "加比·阿什肯纳齐"], [
        FM("israel", "2020-05-17", "2021-06-13"),
    ]),
    H("eli-cohen", ["Eli Cohen"], ["埃利·科恩"], [FM("israel", "2022-12-29", "2024-01-01")]),
    H("gideon-saar", ["Gideon Sa'ar", "Gideon Saar"], ["吉德翁·萨尔"], [
        FM("israel", "2024-11-05"),
    ]),
    # ===== Palestine =========================================================
    H("mahmoud-abbas", ["Mahmoud Abbas", "Abu Mazen"], ["阿巴斯", "马哈茂德·阿巴斯"], [
        PRES("palestine", "2005-01-15"),
    ]),
    H("mohammad-shtayyeh", ["Mohammad Shtayyeh"], ["阿什提耶", "穆罕默德·阿什提耶"], [
        PM("palestine", "2019-04-13", "2024-03-31"),
    ]),
    H("mohammad-mustafa", ["Mohammad Mustafa"], ["穆罕默德·穆斯塔法"], [
        PM("palestine", "2024-03-31"),
    ]),
    H("riyad-al-maliki", ["Riyad al-Maliki", "Riad Malki"], ["马立基", "里亚德·马立基"], [
        FM("palestine", "2007-05", "2024-03-31"),
    ]),
    # ===== Yemen =============================================================
    H("abdrabbuh-mansur-hadi", ["Abdrabbuh Mansur Hadi"],
      ["阿卜杜拉布·曼苏尔·哈迪", "曼苏尔·哈迪"], [PRES("yemen", "2012-02-25", "2022-04-07")]),
    H("rashad-al-alimi", ["Rashad al-Alimi"], ["阿里米", "拉沙德·阿里米"], [
        P("总统领导委员会主席", "Chairman of the Presidential Leadership Council", "yemen",
          "2022-04-07"),
    ]),
    # ===== Cyprus ============================================================
    H("nicos-anastasiades", ["Nicos Anastasiades"], ["阿纳斯塔夏季斯", "尼科斯·阿纳斯塔夏季斯"], [
        PRES("cyprus", "2013-02-28", "2023-02-28"),
    ]),
    H("nikos-christodoulides", ["Nikos Christodoulides"],
      ["赫里斯托祖利季斯", "尼科斯·赫里斯托祖利季斯"], [
          FM("cyprus", "2018-03-01", "2022-01-13"),
          PRES("cyprus", "2023-02-28"),
      ]),
    # ===== Armenia, Georgia ==================================================
    H("armen-sarkissian", ["Armen Sarkissian"], ["阿尔缅·萨尔基相"], [
        PRES("armenia", "2018-04-09", "2022-01-23"),
    ]),
    H("vahagn-khachaturyan", ["Vahagn Khachaturyan"], ["瓦哈格恩·哈恰图良"], [
        PRES("armenia", "2022-03-13"),
    ]),
    H("nikol-pashinyan", ["Nikol Pashinyan"], ["帕什尼扬", "尼科尔·帕什尼扬"], [
        PM("armenia", "2018-05-08"),
    ]),
    H("ararat-mirzoyan", ["Ararat Mirzoyan"], ["米尔佐扬", "阿拉拉特·米尔佐扬"], [
        FM("armenia", "2021-08-19"),
    ]),
    H("salome-zourabichvili", ["Salome Zourabichvili", "Salome Zurabishvili"],
      ["祖拉比什维利", "萨洛梅·祖拉比什维利"], [PRES("georgia", "2018-12-16", "2024-12-29")]),
    H("mikheil-kavelashvili", ["Mikheil Kavelashvili"], ["卡韦拉什维利", "米哈伊尔·卡韦拉什维利"], [
        PRES("georgia", "2024-12-29"),
    ]),
    H("giorgi-gakharia", ["Giorgi Gakharia"], ["加哈里亚", "格奥尔基·加哈里亚"], [
        PM("georgia", "2019-09-08", "2021-02-18"),
    ]),
    H("irakli-garibashvili", ["Irakli Garibashvili"], ["加里巴什维利", "伊拉克利·加里巴什维利"], [
        PM("georgia", "2013-11-20", "2015-12-30"),
        PM("georgia", "2021-02-22", "2024-02-08"),
    ]),
    H("irakli-kobakhidze", ["Irakli Kobakhidze"], ["科巴希泽", "伊拉克利·科巴希泽"], [
        PM("georgia", "2024-02-08"),
    ]),
    # ===== Algeria ===========================================================
    H("abdelaziz-bouteflika", ["Abdelaziz Bouteflika"], ["布特弗利卡", "阿卜杜勒-阿齐兹·布特弗利卡"], [
        PRES("algeria", "1999-04-27", "2019-04-02"),
    ]),
    H("abdelmadjid-tebboune", ["Abdelmadjid Tebboune"], ["特本", "阿卜杜勒马吉德·特本"], [
        PRES("algeria", "2019-12-19"),
    ]),
    H("aymen-benabderrahmane", ["Aymen Benabderrahmane"], ["艾曼·本阿卜杜拉赫曼"], [
        PM("algeria", "2021-06-30", "2023-11-11"),
    ]),
    H("ramtane-lamamra", ["Ramtane Lamamra"], ["拉马姆拉", "拉姆丹·拉马姆拉"], [
        FM("algeria", "2013-09-11", "2017-05-25"),
        FM("algeria", "2021-07-07", "2023-03-16"),
    ]),
    H("ahmed-attaf", ["Ahmed Attaf"], ["阿塔夫", "艾哈迈德·阿塔夫"], [FM("algeria", "2023-03-16")]),
    # ===== Morocco, Tunisia, Libya, Mauritania ===============================
    H("mohammed-vi-of-morocco", ["Mohammed VI of Morocco", "King Mohammed VI"], ["穆罕默德六世"], [
        KING("morocco", "1999-07-23"),
    ]),
    H("saadeddine-othmani", ["Saadeddine Othmani"], ["萨阿德丁·奥斯曼尼"], [
        SHOUXIANG("morocco", "2017-04-05", "2021-10-07"),
    ]),
    H("aziz-akhannouch", ["Aziz Akhannouch"], ["阿赫努什", "阿齐兹·阿赫努什"], [
        SHOUXIANG("morocco", "2021-10-07"),
    ]),
    H("nasser-bourita", ["Nasser Bourita"], ["布里塔", "纳赛尔·布里塔"], [
        FMD("morocco", "2017-04-05"),
    ]),
    H("beji-caid-essebsi", ["Beji Caid Essebsi"], ["埃塞卜西", "贝吉·凯德·埃塞卜西"], [
        PRES("tunisia", "2014-12-31", "2019-07-25"),
    ]),
    H("kais-saied", ["Kais Saied", "Kaïs Saïed"], ["凯斯·赛义德"], [PRES("tunisia", "2019-10-23")]),
    H("najla-bouden", ["Najla Bouden"], ["娜杰拉·布登"], [
        PM("tunisia", "2021-10-11", "2023-08-01"),
    ]),
    H("ahmed-hachani", ["Ahmed Hachani"], ["哈沙尼", "艾哈迈德·哈沙尼"], [
        PM("tunisia", "2023-08-01", "2024-08-07"),
    ]),
    H("fayez-al-sarraj", ["Fayez al-Sarraj"], ["萨拉杰", "法耶兹·萨拉杰"], [
        P("总统委员会主席", "Chairman of the Presidential Council", "libya", "2016-03-30",
          "2021-03-15"),
    ]),
    H("mohamed-al-menfi", ["Mohamed al-Menfi", "Mohamed Younis al-Menfi"],
      ["穆罕默德·曼菲"], [
          P("总统委员会主席", "Chairman of the Presidential Council", "libya", "2021-03-15"),
      ]),
    H("abdul-hamid-dbeibeh", ["Abdul Hamid Dbeibeh"], ["德贝巴", "阿卜杜勒·哈米德·德贝巴"], [
        P("民族团结政府总理", "Prime Minister of the Government of National Unity", "libya",
          "2021-03-15"),
    ]),
    H("khalifa-haftar", ["Khalifa Haftar"], ["哈夫塔尔", "哈利法·哈夫塔尔"], [
        P("国民军总司令", "Commander of the Libyan National Army", "libya", "2015-03-02"),
    ]),
    H("mohamed-ould-ghazouani", ["Mohamed Ould Ghazouani", "Mohamed Ould Cheikh El Ghazouani"],
      ["加兹瓦尼", "穆罕默德·乌尔德·加兹瓦尼", "穆罕默德·乌尔德·谢赫·加兹瓦尼"], [
          PRES("mauritania", "2019-08-01"),
      ]),
    H("mokhtar-ould-djay", ["Mokhtar Ould Djay"], ["艾贾伊", "穆赫塔尔·乌尔德·艾贾伊"], [
        PM("mauritania", "2024-08-02"),
    ]),
    # ===== Sudan, South Sudan, Horn of Africa ================================
    H("omar-al-bashir", ["Omar al-Bashir"], ["奥马尔·巴希尔"], [
        PRES("sudan", "1989-06-30", "2019-04-11"),
    ]),
    H("abdel-fattah-al-burhan", ["Abdel Fattah al-Burhan"], ["布尔汉", "阿卜杜勒-法塔赫·布尔汉"], [
        P("主权委员会主席", "Chairman of the Sovereignty Council", "sudan", "2019-08-21"),
    ]),
    H("abdalla-hamdok", ["Abdalla Hamdok"], ["哈姆杜克", "阿卜杜拉·哈姆杜克"], [
        PM("sudan", "2019-08-21", "2022-01-02"),
    ]),
    H("salva-kiir-mayardit", ["Salva Kiir Mayardit", "Salva Kiir"],
      ["萨尔瓦·基尔", "萨尔瓦·基尔·马亚尔迪特"], [PRES("south-sudan", "2011-07-09")]),
    H("abiy-ahmed", ["Abiy Ahmed", "Abiy Ahmed Ali"], ["阿比·艾哈迈德", "阿比·艾哈迈德·阿里"], [
        PM("ethiopia", "2018-04-02"),
    ]),
    H("sahle-work-zewde", ["Sahle-Work Zewde"], ["萨赫勒-沃克·祖德", "萨赫勒-沃克"], [
        PRES("ethiopia", "2018-10-25", "2024-10-07"),
    ]),
    H("demeke-mekonnen", ["Demeke Mekonnen"], ["德梅克", "德梅克·梅孔嫩"], [
        P("副总理", "Deputy Prime Minister", "ethiopia", "2012-11-29", "2024-02-14"),
        FM("ethiopia", "2020-11", "2024-02-14"),
    ]),
    H("isaias-afwerki", ["Isaias Afwerki"], ["伊萨亚斯", "伊萨亚斯·阿费沃基"], [
        PRES("eritrea", "1993-05-24"),
    ]),
    H("ismail-omar-guelleh", ["Ismaïl Omar Guelleh", "Ismail Omar Guelleh"],
      ["盖莱", "伊斯梅尔·奥马尔·盖莱"], [PRES("djibouti", "1999-05-08")]),
    H("mohamed-abdullahi-farmaajo", ["Mohamed Abdullahi Mohamed", "Farmaajo"],
      ["法尔马约", "穆罕默德·阿卜杜拉希·穆罕默德"], [
          PRES("somalia", "2017-02-16", "2022-05-23"),
      ]),
    H("hassan-sheikh-mohamud", ["Hassan Sheikh Mohamud"], ["哈桑·谢赫·马哈茂德"], [
        PRES("somalia", "2012-09-16", "2017-02-16"),
        PRES("somalia", "2022-05-23"),
    ]),
    # ===== East Africa =======================================================
    H("uhuru-kenyatta", ["Uhuru Kenyatta"], ["乌胡鲁·肯雅塔"], [
        PRES("kenya", "2013-04-09", "2022-09-13"),
    ]),
    H("william-ruto", ["William Ruto"], ["鲁托", "威廉·鲁托"], [
        P("副总统", "Deputy President", "kenya", "2013-04-09", "2022-09-13"),
        PRES("kenya", "2022-09-13"),
    ]),
    H("john-magufuli", ["John Magufuli", "John Pombe Magufuli"], ["马古富力", "约翰·马古富力"], [
        PRES("tanzania", "2015-11-05", "2021-03-17"),
    ]),
    H("samia-suluhu-hassan", ["Samia Suluhu Hassan"], ["萨米娅·苏卢胡·哈桑", "萨米娅"], [
        P("副总统", "Vice President", "tanzania", "2015-11-05", "2021-03-19"),
        PRES("tanzania", "2021-03-19"),
    ]),
    H("yoweri-museveni", ["Yoweri Museveni"], ["穆塞韦尼", "约韦里·穆塞韦尼"], [
        PRES("uganda", "1986-01-29"),
    ]),
    H("paul-kagame", ["Paul Kagame"], ["卡加梅", "保罗·卡加梅"], [PRES("rwanda", "2000-04-22")]),
    H("pierre-nkurunziza", ["Pierre Nkurunziza"], ["恩库伦齐扎", "皮埃尔·恩库伦齐扎"], [
        PRES("burundi", "2005-08-26", "2020-06-08"),
    ]),
    H("evariste-ndayishimiye", ["Évariste Ndayishimiye", "Evariste Ndayishimiye"],
      ["恩达伊施米耶", "埃瓦里斯特·恩达伊施米耶"], [PRES("burundi", "2020-06-18")]),
    # ===== Central Africa ====================================================
    H("joseph-kabila", ["Joseph Kabila"], ["约瑟夫·卡比拉"], [
        PRES("democratic-republic-of-the-congo", "2001-01-26", "2019-01-24"),
    ]),
    H("felix-tshisekedi", ["Félix Tshisekedi", "Felix Tshisekedi"],
      ["齐塞克迪", "费利克斯·齐塞克迪"], [
          PRES("democratic-republic-of-the-congo", "2019-01-24"),
      ]),
    H("denis-sassou-nguesso", ["Denis Sassou Nguesso"], ["萨苏", "萨苏-恩格索", "德尼·萨苏-恩格索"], [
        PRES("republic-of-the-congo", "1997-10-25"),
    ]),
    H("ali-bongo-ondimba", ["Ali Bongo Ondimba", "Ali Bongo"], ["阿里·邦戈", "阿里·邦戈·翁丁巴"], [
        PRES("gabon", "2009-10-16", "2023-08-30"),
    ]),
    H("brice-oligui-nguema", ["Brice Oligui Nguema", "Brice Clotaire Oligui Nguema"],
      ["恩圭马", "奥利吉·恩圭马", "布里斯·克洛泰尔·奥利吉·恩圭马"], [
          P("过渡总统", "Transitional President", "gabon", "2023-09-04", "2025-05-03"),
          PRES("gabon", "2025-05-03"),
      ]),
    H("paul-biya", ["Paul Biya"], ["保罗·比亚"], [PRES("cameroon", "1982-11-06")]),
    H("teodoro-obiang-nguema-mbasogo", ["Teodoro Obiang Nguema Mbasogo", "Teodoro Obiang"],
      ["奥比昂", "特奥多罗·奥比昂", "特奥多罗·奥比昂·恩圭马·姆巴索戈"], [
          PRES("equatorial-guinea", "1979-08-03"),
      ]),
    H("idriss-deby", ["Idriss Déby", "Idriss Deby", "Idriss Déby Itno"],
      ["伊德里斯·代比", "伊德里斯·代比·伊特诺"], [PRES("chad", "1990-12-02", "2021-04-20")]),
    H("mahamat-deby", ["Mahamat Déby", "Mahamat Idriss Déby", "Mahamat Idriss Déby Itno"],
      ["穆罕默德·代比", "马哈马特·代比", "穆罕默德·伊德里斯·代比", "穆罕默德·伊德里斯·代比·伊特诺"], [
          P("过渡军事委员会主席", "President of the Transitional Military Council", "chad",
            "2021-04-20", "2022-10-10"),
          P("过渡总统", "Transitional President", "chad", "2022-10-10", "2024-05-23"),
          PRES("chad", "2024-05-23"),
      ]),
    H("faustin-archange-touadera", ["Faustin-Archange Touadéra", "Faustin-Archange Touadera"],
      ["图瓦德拉", "福斯坦-阿尔尚热·图瓦德拉"], [
          PRES("central-african-republic", "2016-03-30"),
      ]),
    # ===== West Africa =======================================================
    H("muhammadu-buhari", ["Muhammadu Buhari"], ["布哈里", "穆罕默杜·布哈里"], [
        PRES("nigeria", "2015-05-29", "2023-05-29"),
    ]),
    H("bola-tinubu", ["Bola Tinubu", "Bola Ahmed Tinubu"], ["提努布", "博拉·提努布",
                                                           "博拉·艾哈迈德·提努布"], [
        PRES("nigeria", "2023-05-29"),
    ]),
    H("geoffrey-onyeama", ["Geoffrey Onyeama"], ["奥尼亚马", "杰弗里·奥尼亚马"], [
        FM("nigeria", "2015-11-11", "2023-05-29"),
    ]),
    H("nana-akufo-addo", ["Nana Akufo-Addo", "Nana Addo Dankwa Akufo-Addo"],
      ["阿库福-阿多", "纳纳·阿库福-阿多"], [PRES("ghana", "2017-01-07", "2025-01-07")]),
    H("john-mahama", ["John Mahama", "John Dramani Mahama"], ["马哈马", "约翰·马哈马",
                                                           "约翰·德拉马尼·马哈马"], [
        PRES("ghana", "2012-07-24", "2017-01-07"),
        PRES("ghana", "2025-01-07"),
    ]),
    H("macky-sall", ["Macky Sall"], ["马基·萨勒"], [PRES("senegal", "2012-04-02", "2024-04-02")]),
    H("bassirou-diomaye-faye", ["Bassirou Diomaye Faye"], ["巴西鲁·迪奥马耶·法耶"], [
        PRES("senegal", "2024-04-02"),
    ]),
    H("ousmane-sonko", ["Ousmane Sonko"], ["松科", "奥斯曼·松科"], [PM("senegal", "2024-04-02")]),
    H("alassane-ouattara", ["Alassane Ouattara"], ["瓦塔拉", "阿拉萨内·瓦塔拉"], [
        PRES("cote-d-ivoire", "2010-12-04"),
    ]),
    H("ibrahim-boubacar-keita", ["Ibrahim Boubacar Keïta", "Ibrahim Boubacar Keita"],
      ["易卜拉欣·布巴卡尔·凯塔"], [PRES("mali", "2013-09-04", "2020-08-18")]),
    H("assimi-goita", ["Assimi Goïta", "Assimi Goita"], ["戈伊塔", "阿西米·戈伊塔"], [
        P("过渡总统", "Transitional President", "mali", "2021-05-28"),
    ]),
    H("roch-marc-christian-kabore", ["Roch Marc Christian Kaboré", "Roch Kaboré"],
      ["卡博雷", "罗克·马克·克里斯蒂安·卡博雷"], [
          PRES("burkina-faso", "2015-12-29", "2022-01-24"),
      ]),
    H("ibrahim-traore", ["Ibrahim Traoré", "Ibrahim Traore"], ["易卜拉欣·特拉奥雷"], [
        P("过渡总统", "Transitional President", "burkina-faso", "2022-10-06"),
    ]),
    H("mohamed-bazoum", ["Mohamed Bazoum"], ["巴祖姆", "穆罕默德·巴祖姆"], [
        PRES("niger", "2021-04-02", "2023-07-26"),
    ]),
    H("abdourahamane-tchiani", ["Abdourahamane Tchiani"], ["奇亚尼", "阿卜杜拉哈马内·奇亚尼"], [
        P("国家捍卫祖国委员会主席", "President of the National Council for the Safeguard of the Homeland",
          "niger", "2023-07-28"),
    ]),
    H("alpha-conde", ["Alpha Condé", "Alpha Conde"], ["孔戴", "阿尔法·孔戴"], [
        PRES("guinea", "2010-12-21", "2021-09-05"),
    ]),
    H("mamady-doumbouya", ["Mamady Doumbouya"], ["敦布亚", "马马迪·敦布亚"], [
        P("过渡总统", "Transitional President", "guinea", "2021-10-01", "2026-01"),
        PRES("guinea", "2026-01"),
    ]),
    H("umaro-sissoco-embalo", ["Umaro Sissoco Embaló", "Umaro Sissoco Embalo"],
      ["恩巴洛", "乌马罗·西索科·恩巴洛"], [PRES("guinea-bissau", "2020-02-27", "2025-11")]),
    H("jose-maria-neves", ["José Maria Neves", "Jose Maria Neves"],
      ["内韦斯", "若泽·马里亚·内韦斯"], [
          PM("cape-verde", "2001-02-01", "2016-04-22"),
          PRES("cape-verde", "2021-11-09"),
      ]),
    H("adama-barrow", ["Adama Barrow"], ["阿达马·巴罗"], [PRES("gambia", "2017-01-19")]),
    H("julius-maada-bio", ["Julius Maada Bio"], ["朱利叶斯·马达·比奥"], [
        PRES("sierra-leone", "2018-04-04"),
    ]),
    H("george-weah", ["George Weah"], ["乔治·维阿"], [
        PRES("liberia", "2018-01-22", "2024-01-22"),
    ]),
    H("joseph-boakai", ["Joseph Boakai", "Joseph Nyuma Boakai"], ["博阿凯", "约瑟夫·博阿凯"], [
        PRES("liberia", "2024-01-22"),
    ]),
    H("faure-gnassingbe", ["Faure Gnassingbé", "Faure Gnassingbe"], ["福雷", "福雷·纳辛贝"], [
        PRES("togo", "2005-05-04", "2025-05-03"),
        P("部长会议主席", "President of the Council of Ministers", "togo", "2025-05-03"),
    ]),
    H("patrice-talon", ["Patrice Talon"], ["塔隆", "帕特里斯·塔隆"], [PRES("benin", "2016-04-06")]),
    # ===== Southern Africa ===================================================
    H("joao-lourenco", ["João Lourenço", "Joao Lourenco"],
      ["洛伦索", "若昂·洛伦索", "若昂·曼努埃尔·贡萨尔维斯·洛伦索"], [
          PRES("angola", "2017-09-26"),
      ]),
    H("filipe-nyusi", ["Filipe Nyusi"], ["菲利佩·纽西"], [
        PRES("mozambique", "2015-01-15", "2025-01-15"),
    ]),
    H("daniel-chapo", ["Daniel Chapo", "Daniel Francisco Chapo"],
      ["查波", "丹尼尔·查波", "丹尼尔·弗朗西斯科·查波"], [PRES("mozambique", "2025-01-15")]),
    H("edgar-lungu", ["Edgar Lungu"], ["伦古", "埃德加·伦古"], [
        PRES("zambia", "2015-01-25", "2021-08-24"),
    ]),
    H("hakainde-hichilema", ["Hakainde Hichilema"], ["希奇莱马", "哈凯恩德·希奇莱马"], [
        PRES("zambia", "2021-08-24"),
    ]),
    H("emmerson-mnangagwa", ["Emmerson Mnangagwa"], ["姆南加古瓦", "埃默森·姆南加古瓦"], [
        PRES("zimbabwe", "2017-11-24"),
    ]),
    H("peter-mutharika", ["Peter Mutharika", "Arthur Peter Mutharika"],
      ["穆塔里卡", "彼得·穆塔里卡"], [
          PRES("malawi", "2014-05-31", "2020-06-28"),
          PRES("malawi", "2025-10-04"),
      ]),
    H("lazarus-chakwera", ["Lazarus Chakwera"], ["查克维拉", "拉扎勒斯·查克维拉"], [
        PRES("malawi", "2020-06-28", "2025-10-04"),
    ]),
    H("hage-geingob", ["Hage Geingob"], ["根哥布", "哈格·根哥布"], [
        PRES("namibia", "2015-03-21", "2024-02-04"),
    ]),
    H("nangolo-mbumba", ["Nangolo Mbumba"], ["姆本巴", "南戈洛·姆本巴"], [
        PRES("namibia", "2024-02-04", "2025-03-21"),
    ]),
    H("netumbo-nandi-ndaitwah", ["Netumbo Nandi-Ndaitwah"], ["恩代特瓦", "南迪-恩代特瓦",
                                                           "内通博·南迪-恩代特瓦"], [
        PRES("namibia", "2025-03-21"),
    ]),
    H("mokgweetsi-masisi", ["Mokgweetsi Masisi"], ["马西西", "莫克维齐·马西西"], [
        PRES("botswana", "2018-04-01", "2024-11-01"),
    ]),
    H("duma-boko", ["Duma Boko"], ["杜马·博科"], [PRES("botswana", "2024-11-01")]),
    H("letsie-iii", ["Letsie III"], ["莱齐耶三世"], [KING("lesotho", "1996-02-07")]),
    H("sam-matekane", ["Sam Matekane"], ["马特凯恩", "萨姆·马特凯恩"], [
        SHOUXIANG("lesotho", "2022-10-28"),
    ]),
    H("mswati-iii", ["Mswati III"], ["姆斯瓦蒂三世"], [KING("eswatini", "1986-04-25")]),
    H("andry-rajoelina", ["Andry Rajoelina"], ["拉乔利纳", "安德里·拉乔利纳"], [
        PRES("madagascar", "2019-01-19", "2025-10"),
    ]),
    H("pravind-jugnauth", ["Pravind Jugnauth"], ["贾格纳特", "普拉温德·贾格纳特"], [
        PM("mauritius", "2017-01-23", "2024-11-13"),
    ]),
    H("navin-ramgoolam", ["Navin Ramgoolam"], ["拉姆古兰", "纳文·拉姆古兰"], [
        PM("mauritius", "2024-11-13"),
    ]),
    H("dharam-gokhool", ["Dharam Gokhool"], ["戈库尔", "达拉姆·戈库尔"], [
        PRES("mauritius", "2024-12-06"),
    ]),
    H("wavel-ramkalawan", ["Wavel Ramkalawan"], ["拉姆卡拉旺", "韦维尔·拉姆卡拉旺"], [
        PRES("seychelles", "2020-10-26", "2025-10-26"),
    ]),
    H("patrick-herminie", ["Patrick Herminie"], ["赫米尼耶", "帕特里克·赫米尼耶"], [
        PRES("seychelles", "2025-10-26"),
    ]),
    H("azali-assoumani", ["Azali Assoumani"], ["阿扎利", "阿扎利·阿苏马尼"], [
        PRES("comoros", "2016-05-26"),
    ]),
    # ===== Spain =============================================================
    H("felipe-vi", ["Felipe VI", "King Felipe VI"], ["费利佩六世"], [KING("spain", "2014-06-19")]),
    H("pedro-sanchez", ["Pedro Sánchez", "Pedro Sanchez"], ["桑切斯", "佩德罗·桑切斯"], [
        SHOUXIANG("spain", "2018-06-02"),
    ]),
    H("arancha-gonzalez-laya", ["Arancha González Laya", "Arancha Gonzalez Laya"],
      ["冈萨雷斯·拉亚", "阿兰查·冈萨雷斯·拉亚"], [FMD("spain", "2020-01-13", "2021-07-12")]),
    H("jose-manuel-albares", ["José Manuel Albares", "Jose Manuel Albares"],
      ["何塞·曼努埃尔·阿尔瓦雷斯"], [FMD("spain", "2021-07-12")]),
    # ===== Portugal ==========================================================
    H("marcelo-rebelo-de-sousa", ["Marcelo Rebelo de Sousa"],
      ["德索萨", "马塞洛·雷贝洛·德索萨", "雷贝洛·德索萨"], [
          PRES("portugal", "2016-03-09", "2026-03-09"),
      ]),
    H("luis-montenegro", ["Luís Montenegro", "Luis Montenegro"],
      ["蒙特内格罗", "路易斯·蒙特内格罗"], [PM("portugal", "2024-04-02")]),
    H("augusto-santos-silva", ["Augusto Santos Silva"], ["桑托斯·席尔瓦", "奥古斯托·桑托斯·席尔瓦"], [
        FM("portugal", "2015-11-26", "2022-03-30"),
    ]),
    H("joao-gomes-cravinho", ["João Gomes Cravinho", "Joao Gomes Cravinho"],
      ["克拉维尼奥", "若昂·戈梅斯·克拉维尼奥"], [FM("portugal", "2022-03-30", "2024-04-02")]),
    H("paulo-rangel", ["Paulo Rangel"], ["兰热尔", "保罗·兰热尔"], [FM("portugal", "2024-04-02")]),
    # ===== Netherlands, Belgium, Luxembourg ==================================
    H("willem-alexander", ["Willem-Alexander", "King Willem-Alexander"],
      ["威廉-亚历山大", "威廉－亚历山大"], [KING("netherlands", "2013-04-30")]),
    H("dick-schoof", ["Dick Schoof"], ["斯霍夫", "迪克·斯霍夫"], [
        SHOUXIANG("netherlands", "2024-07-02"),
    ]),
    H("stef-blok", ["Stef Blok"], ["斯特夫·布洛克"], [
        FMD("netherlands", "2018-03-07", "2020-05-25"),
    ]),
    H("wopke-hoekstra", ["Wopke Hoekstra"], ["武普克·胡克斯特拉"], [
        FMD("netherlands", "2022-01-10", "2023-09-05"),
    ]),
    H("caspar-veldkamp", ["Caspar Veldkamp"], ["费尔德坎普", "卡斯帕·费尔德坎普"], [
        FMD("netherlands", "2024-07-02", "2025-08-22"),
    ]),
    H("david-van-weel", ["David van Weel"], ["范韦尔", "戴维·范韦尔"], [
        FMD("netherlands", "2025-08"),
    ]),
    H("philippe-of-belgium", ["Philippe of Belgium", "King Philippe"], ["菲利普国王"], [
        KING("belgium", "2013-07-21"),
    ]),
    H("sophie-wilmes", ["Sophie Wilmès", "Sophie Wilmes"], ["维尔梅斯", "索菲·维尔梅斯"], [
        SHOUXIANG("belgium", "2019-10-27", "2020-10-01"),
        FMD("belgium", "2020-10-01", "2022-07-15"),
    ]),
    H("alexander-de-croo", ["Alexander De Croo"], ["德克罗", "亚历山大·德克罗"], [
        SHOUXIANG("belgium", "2020-10-01", "2025-02-03"),
    ]),
    H("bart-de-wever", ["Bart De Wever"], ["德韦弗", "巴特·德韦弗"], [
        SHOUXIANG("belgium", "2025-02-03"),
    ]),
    H("didier-reynders", ["Didier Reynders"], ["雷恩德斯", "迪迪埃·雷恩德斯"], [
        FMD("belgium", "2011-12-06", "2019-11-30"),
    ]),
    H("hadja-lahbib", ["Hadja Lahbib"], ["拉比卜", "哈贾·拉比卜"], [
        FMD("belgium", "2022-07-15", "2024-12-01"),
    ]),
    H("maxime-prevot", ["Maxime Prévot", "Maxime Prevot"], ["马克西姆·普雷沃"], [
        FMD("belgium", "2025-02-03"),
    ]),
    H("xavier-bettel", ["Xavier Bettel"], ["贝泰尔", "格扎维埃·贝泰尔"], [
        SHOUXIANG("luxembourg", "2013-12-04", "2023-11-17"),
        FM("luxembourg", "2023-11-17"),
    ]),
    H("luc-frieden", ["Luc Frieden"], ["吕克·弗里登"], [
        SHOUXIANG("luxembourg", "2023-11-17"),
    ]),
    H("jean-asselborn", ["Jean Asselborn"], ["阿塞尔伯恩", "让·阿塞尔伯恩"], [
        FM("luxembourg", "2004-07-31", "2023-11-17"),
    ]),
    # ===== Ireland ===========================================================
    H("michael-d-higgins", ["Michael D. Higgins", "Michael Higgins"],
      ["迈克尔·希金斯", "迈克尔·D·希金斯"], [
          PRES("ireland", "2011-11-11", "2025-11-11"),
      ]),
    H("catherine-connolly", ["Catherine Connolly"], ["凯瑟琳·康诺利"], [
        PRES("ireland", "2025-11-11"),
    ]),
    H("leo-varadkar", ["Leo Varadkar"], ["瓦拉德卡", "利奥·瓦拉德卡"], [
        PM("ireland", "2017-06-14", "2020-06-27"),
        PM("ireland", "2022-12-17", "2024-04-09"),
    ]),
    H("micheal-martin", ["Micheál Martin", "Micheal Martin"], ["米歇尔·马丁"], [
        PM("ireland", "2020-06-27", "2022-12-17"),
        FM("ireland", "2022-12-17", "2025-01-23"),
        PM("ireland", "2025-01-23"),
    ]),
    H("simon-harris", ["Simon Harris"], ["西蒙·哈里斯"], [
        PM("ireland", "2024-04-09", "2025-01-23"),
    ]),
    H("simon-coveney", ["Simon Coveney"], ["科文尼", "西蒙·科文尼"], [
        FM("ireland", "2017-06-14", "2022-12-17"),
    ]),
    # ===== Austria, Switzerland ==============================================
    H("alexander-van-der-bellen", ["Alexander Van der Bellen"],
      ["范德贝伦", "亚历山大·范德贝伦"], [PRES("austria", "2017-01-26")]),
    H("sebastian-kurz", ["Sebastian Kurz"], ["库尔茨", "塞巴斯蒂安·库尔茨"], [
        FM("austria", "2013-12-16", "2017-12-18"),
        P("总理", "Federal Chancellor", "austria", "2017-12-18", "2019-05-28"),
        P("总理", "Federal Chancellor", "austria", "2020-01-07", "2021-10-11"),
    ]),
    H("alexander-schallenberg", ["Alexander Schallenberg"], ["沙伦贝格", "亚历山大·沙伦贝格"], [
        FM("austria", "2019-06-03", "2021-10-11"),
        P("总理", "Federal Chancellor", "austria", "2021-10-11", "2021-12-06"),
        FM("austria", "2021-12-06", "2025-03-03"),
        P("代总理", "Acting Federal Chancellor", "austria", "2025-01-10", "2025-03-03"),
    ]),
    H("karl-nehammer", ["Karl Nehammer"], ["内哈默", "卡尔·内哈默"], [
        P("总理", "Federal Chancellor", "austria", "2021-12-06", "2025-01-10"),
    ]),
    H("christian-stocker", ["Christian Stocker"], ["施托克尔", "克里斯蒂安·施托克尔"], [
        P("总理", "Federal Chancellor", "austria", "2025-03-03"),
    ]),
    H("beate-meinl-reisinger", ["Beate Meinl-Reisinger"], ["迈因尔-赖辛格", "贝亚特·迈因尔-赖辛格"], [
        FM("austria", "2025-03-03"),
    ]),
    H("ignazio-cassis", ["Ignazio Cassis"], ["卡西斯", "伊尼亚齐奥·卡西斯"], [
        FM("switzerland", "2017-11-01"),
        P("联邦主席", "President of the Swiss Confederation", "switzerland", "2022-01-01",
          "2022-12-31"),
    ]),
    H("guy-parmelin", ["Guy Parmelin"], ["帕姆兰", "居伊·帕姆兰"], [
        P("联邦主席", "President of the Swiss Confederation", "switzerland", "2021-01-01",
          "2021-12-31"),
        P("联邦主席", "President of the Swiss Confederation", "switzerland", "2026-01-01",
          "2026-12-31"),
    ]),
    H("alain-berset", ["Alain Berset"], ["贝尔塞", "阿兰·贝尔塞"], [
        P("联邦主席", "President of the Swiss Confederation", "switzerland", "2023-01-01",
          "2023-12-31"),
    ]),
    H("viola-amherd", ["Viola Amherd"], ["阿姆赫德", "维奥拉·阿姆赫德"], [
        P("联邦主席", "President of the Swiss Confederation", "switzerland", "2024-01-01",
          "2024-12-31"),
    ]),
    H("karin-keller-sutter", ["Karin Keller-Sutter"], ["凯勒-祖特尔", "卡琳·凯勒-祖特尔"], [
        P("联邦主席", "President of the Swiss Confederation", "switzerland", "2025-01-01",
          "2025-12-31"),
    ]),
    # ===== Greece ============================================================
    H("katerina-sakellaropoulou", ["Katerina Sakellaropoulou"],
      ["萨克拉罗普卢", "卡特里娜·萨克拉罗普卢"], [PRES("greece", "2020-03-13", "2025-03-13")]),
    H("konstantinos-tasoulas", ["Konstantinos Tasoulas"], ["塔苏拉斯", "康斯坦丁诺斯·塔苏拉斯"], [
        PRES("greece", "2025-03-13"),
    ]),
    H("prokopis-pavlopoulos", ["Prokopis Pavlopoulos"], ["帕夫洛普洛斯", "普罗科皮斯·帕夫洛普洛斯"], [
        PRES("greece", "2015-03-13", "2020-03-13"),
    ]),
    H("alexis-tsipras", ["Alexis Tsipras"], ["齐普拉斯", "阿莱克西斯·齐普拉斯"], [
        PM("greece", "2015-01-26", "2019-07-08"),
    ]),
    H("kyriakos-mitsotakis", ["Kyriakos Mitsotakis"], ["米佐塔基斯", "基里亚科斯·米佐塔基斯"], [
        PM("greece", "2019-07-08"),
    ]),
    # ===== Hungary, Poland, Czechia, Slovakia ================================
    H("janos-ader", ["János Áder", "Janos Ader"], ["阿德尔·亚诺什"], [
        PRES("hungary", "2012-05-10", "2022-05-10"),
    ]),
    H("katalin-novak", ["Katalin Novák", "Katalin Novak"], ["诺瓦克·卡塔林"], [
        PRES("hungary", "2022-05-10", "2024-02-26"),
    ]),
    H("tamas-sulyok", ["Tamás Sulyok", "Tamas Sulyok"], ["舒尤克", "舒尤克·塔马什"], [
        PRES("hungary", "2024-03-05"),
    ]),
    H("viktor-orban", ["Viktor Orbán", "Viktor Orban"], ["欧尔班", "欧尔班·维克托"], [
        PM("hungary", "1998-07-06", "2002-05-27"),
        PM("hungary", "2010-05-29", "2026"),
    ]),
    H("peter-magyar", ["Péter Magyar", "Peter Magyar"], ["毛焦尔", "毛焦尔·彼得"], [
        PM("hungary", "2026"),
    ]),
    H("peter-szijjarto", ["Péter Szijjártó", "Peter Szijjarto"], ["西雅尔多", "西雅尔多·彼得"], [
        FM("hungary", "2014-09-23", "2026"),
    ]),
    H("andrzej-duda", ["Andrzej Duda"], ["杜达", "安杰伊·杜达"], [
        PRES("poland", "2015-08-06", "2025-08-06"),
    ]),
    H("karol-nawrocki", ["Karol Nawrocki"], ["纳夫罗茨基", "卡罗尔·纳夫罗茨基"], [
        PRES("poland", "2025-08-06"),
    ]),
    H("mateusz-morawiecki", ["Mateusz Morawiecki"], ["莫拉维茨基", "马特乌什·莫拉维茨基"], [
        PM("poland", "2017-12-11", "2023-12-13"),
    ]),
    H("jacek-czaputowicz", ["Jacek Czaputowicz"], ["恰普托维奇", "雅采克·恰普托维奇"], [
        FM("poland", "2018-01-09", "2020-08-20"),
    ]),
    H("zbigniew-rau", ["Zbigniew Rau"], ["兹比格涅夫·劳"], [
        FM("poland", "2020-08-26", "2023-11-27"),
    ]),
    H("radoslaw-sikorski", ["Radosław Sikorski", "Radoslaw Sikorski"],
      ["西科尔斯基", "拉多斯瓦夫·西科尔斯基"], [
          FM("poland", "2007-11-16", "2014-09-22"),
          FM("poland", "2023-12-13"),
      ]),
    H("milos-zeman", ["Miloš Zeman", "Milos Zeman"], ["泽曼", "米洛什·泽曼"], [
        PRES("czech-republic", "2013-03-08", "2023-03-08"),
    ]),
    H("petr-pavel", ["Petr Pavel"], ["彼得·帕维尔"], [PRES("czech-republic", "2023-03-09")]),
    H("andrej-babis", ["Andrej Babiš", "Andrej Babis"], ["巴比什", "安德烈·巴比什"], [
        PM("czech-republic", "2017-12-06", "2021-12-17"),
        PM("czech-republic", "2025-12"),
    ]),
    H("petr-fiala", ["Petr Fiala"], ["菲亚拉", "彼得·菲亚拉"], [
        PM("czech-republic", "2021-12-17", "2025-12"),
    ]),
    H("jan-lipavsky", ["Jan Lipavský", "Jan Lipavsky"], ["利帕夫斯基", "扬·利帕夫斯基"], [
        FM("czech-republic", "2021-12-17", "2025-12"),
    ]),
    H("zuzana-caputova", ["Zuzana Čaputová", "Zuzana Caputova"], ["恰普托娃", "苏珊娜·恰普托娃"], [
        PRES("slovakia", "2019-06-15", "2024-06-15"),
    ]),
    H("peter-pellegrini", ["Peter Pellegrini"], ["佩列格里尼", "彼得·佩列格里尼"], [
        PM("slovakia", "2018-03-22", "2020-03-21"),
        PRES("slovakia", "2024-06-15"),
    ]),
    H("robert-fico", ["Robert Fico"], ["菲佐", "罗伯特·菲佐"], [
        PM("slovakia", "2012-04-04", "2018-03-22"),
        PM("slovakia", "2023-10-25"),
    ]),
    H("miroslav-lajcak", ["Miroslav Lajčák", "Miroslav Lajcak"], ["莱恰克", "米罗斯拉夫·莱恰克"], [
        FM("slovakia", "2012-04-04", "2020-03-21"),
        P("联合国大会主席", "President of the United Nations General Assembly",
          "united-nations-general-assembly", "2017-09-12", "2018-09-18"),
    ]),
    H("juraj-blanar", ["Juraj Blanár", "Juraj Blanar"], ["布拉纳尔", "尤拉伊·布拉纳尔"], [
        FM("slovakia", "2023-10-25"),
    ]),
    # ===== Slovenia, Croatia, Western Balkans ================================
    H("borut-pahor", ["Borut Pahor"], ["帕霍尔", "博鲁特·帕霍尔"], [
        PRES("slovenia", "2012-12-22", "2022-12-22"),
    ]),
    H("natasa-pirc-musar", ["Nataša Pirc Musar", "Natasa Pirc Musar"],
      ["皮尔茨·穆萨尔", "娜塔莎·皮尔茨·穆萨尔"], [PRES("slovenia", "2022-12-23")]),
    H("janez-jansa", ["Janez Janša", "Janez Jansa"], ["亚内兹·扬沙"], [
        PM("slovenia", "2020-03-13", "2022-06-01"),
    ]),
    H("robert-golob", ["Robert Golob"], ["戈洛布", "罗伯特·戈洛布"], [
        PM("slovenia", "2022-06-01"),
    ]),
    H("tanja-fajon", ["Tanja Fajon"], ["塔尼娅·法永"], [FM("slovenia", "2022-06-01")]),
    H("zoran-milanovic", ["Zoran Milanović", "Zoran Milanovic"], ["米拉诺维奇", "佐兰·米拉诺维奇"], [
        PM("croatia", "2011-12-23", "2016-01-22"),
        PRES("croatia", "2020-02-19"),
    ]),
    H("andrej-plenkovic", ["Andrej Plenković", "Andrej Plenkovic"],
      ["普连科维奇", "安德烈·普连科维奇"], [PM("croatia", "2016-10-19")]),
    H("gordan-grlic-radman", ["Gordan Grlić Radman", "Gordan Grlic Radman"],
      ["格尔利奇·拉德曼", "戈尔丹·格尔利奇·拉德曼"], [FM("croatia", "2019-07-19")]),
    H("aleksandar-vucic", ["Aleksandar Vučić", "Aleksandar Vucic"], ["武契奇", "亚历山大·武契奇"], [
        PM("serbia", "2014-04-27", "2017-05-31"),
        PRES("serbia", "2017-05-31"),
    ]),
    H("ana-brnabic", ["Ana Brnabić", "Ana Brnabic"], ["布尔纳比奇", "安娜·布尔纳比奇"], [
        PM("serbia", "2017-06-29", "2024-05-02"),
    ]),
    H("milos-vucevic", ["Miloš Vučević", "Milos Vucevic"], ["武切维奇", "米洛什·武切维奇"], [
        PM("serbia", "2024-05-02", "2025-04-16"),
    ]),
    H("duro-macut", ["Đuro Macut", "Djuro Macut"], ["马楚特", "久罗·马楚特"], [
        PM("serbia", "2025-04-16"),
    ]),
    H("ivica-dacic", ["Ivica Dačić", "Ivica Dacic"], ["达契奇", "伊维察·达契奇"], [
        FM("serbia", "2014-04-27", "2020-10-28"),
        FM("serbia", "2022-10-26", "2024-05-02"),
    ]),
    H("nikola-selakovic", ["Nikola Selaković", "Nikola Selakovic"],
      ["塞拉科维奇", "尼古拉·塞拉科维奇"], [FM("serbia", "2020-10-28", "2022-10-26")]),
    H("marko-duric", ["Marko Đurić", "Marko Djuric"], ["久里奇", "马尔科·久里奇"], [
        FM("serbia", "2024-05-02"),
    ]),
    H("milo-dukanovic", ["Milo Đukanović", "Milo Djukanovic"], ["久卡诺维奇", "米洛·久卡诺维奇"], [
        PRES("montenegro", "2018-05-20", "2023-05-20"),
    ]),
    H("jakov-milatovic", ["Jakov Milatović", "Jakov Milatovic"], ["米拉托维奇", "雅科夫·米拉托维奇"], [
        PRES("montenegro", "2023-05-20"),
    ]),
    H("milojko-spajic", ["Milojko Spajić", "Milojko Spajic"], ["斯帕伊奇", "米约科·斯帕伊奇"], [
        PM("montenegro", "2023-10-31"),
    ]),
    H("stevo-pendarovski", ["Stevo Pendarovski"], ["彭达罗夫斯基", "斯特沃·彭达罗夫斯基"], [
        PRES("north-macedonia", "2019-05-12", "2024-05-12"),
    ]),
    H("gordana-siljanovska-davkova", ["Gordana Siljanovska-Davkova"],
      ["西利亚诺夫斯卡-达夫科娃", "戈尔达娜·西利亚诺夫斯卡-达夫科娃"], [
          PRES("north-macedonia", "2024-05-12"),
      ]),
    H("hristijan-mickoski", ["Hristijan Mickoski"], ["米茨科斯基", "赫里斯蒂扬·米茨科斯基"], [
        PM("north-macedonia", "2024-06-23"),
    ]),
    H("ilir-meta", ["Ilir Meta"], ["伊利尔·梅塔"], [PRES("albania", "2017-07-24", "2022-07-24")]),
    H("bajram-begaj", ["Bajram Begaj"], ["贝加伊", "巴伊拉姆·贝加伊"], [
        PRES("albania", "2022-07-24"),
    ]),
    H("edi-rama", ["Edi Rama"], ["埃迪·拉马"], [PM("albania", "2013-09-15")]),
    # ===== Bulgaria, Romania, Moldova ========================================
    H("rumen-radev", ["Rumen Radev"], ["拉德夫", "鲁门·拉德夫"], [
        PRES("bulgaria", "2017-01-22", "2026-01"),
        PM("bulgaria", "2026"),
    ]),
    H("iliana-iotova", ["Iliana Iotova"], ["约托娃", "伊利亚娜·约托娃"], [
        P("副总统", "Vice President", "bulgaria", "2017-01-22", "2026-01"),
        PRES("bulgaria", "2026-01"),
    ]),
    H("boyko-borisov", ["Boyko Borisov"], ["鲍里索夫", "博伊科·鲍里索夫"], [
        PM("bulgaria", "2017-05-04", "2021-05-12"),
    ]),
    H("kiril-petkov", ["Kiril Petkov"], ["佩特科夫", "基里尔·佩特科夫"], [
        PM("bulgaria", "2021-12-13", "2022-08-02"),
    ]),
    H("klaus-iohannis", ["Klaus Iohannis"], ["克劳斯·约翰尼斯"], [
        PRES("romania", "2014-12-21", "2025-02-12"),
    ]),
    H("nicusor-dan", ["Nicușor Dan", "Nicusor Dan"], ["尼库绍尔·丹"], [PRES("romania", "2025-05-26")]),
    H("marcel-ciolacu", ["Marcel Ciolacu"], ["乔拉库", "马塞尔·乔拉库"], [
        PM("romania", "2023-06-15", "2025-05-06"),
    ]),
    H("bogdan-aurescu", ["Bogdan Aurescu"], ["奥雷斯库", "博格丹·奥雷斯库"], [
        FM("romania", "2019-11-04", "2023-06-15"),
    ]),
    H("igor-dodon", ["Igor Dodon"], ["伊戈尔·多东"], [
        PRES("moldova", "2016-12-23", "2020-12-24"),
    ]),
    H("maia-sandu", ["Maia Sandu"], ["桑杜", "马娅·桑杜"], [
        PM("moldova", "2019-06-08", "2019-11-14"),
        PRES("moldova", "2020-12-24"),
    ]),
    # ===== Baltic states =====================================================
    H("kersti-kaljulaid", ["Kersti Kaljulaid"], ["卡柳莱德", "克尔斯季·卡柳莱德"], [
        PRES("estonia", "2016-10-10", "2021-10-11"),
    ]),
    H("alar-karis", ["Alar Karis"], ["阿拉尔·卡里斯"], [PRES("estonia", "2021-10-11")]),
    H("kristen-michal", ["Kristen Michal"], ["克里斯滕·米哈尔"], [PM("estonia", "2024-07-23")]),
    H("margus-tsahkna", ["Margus Tsahkna"], ["察赫克纳", "马古斯·察赫克纳"], [
        FM("estonia", "2023-04-17"),
    ]),
    H("egils-levits", ["Egils Levits"], ["莱维茨", "埃吉尔斯·莱维茨"], [
        PRES("latvia", "2019-07-08", "2023-07-08"),
    ]),
    H("edgars-rinkevics", ["Edgars Rinkēvičs", "Edgars Rinkevics"],
      ["林克维奇斯", "埃德加斯·林克维奇斯"], [
          FM("latvia", "2011-10-25", "2023-07-08"),
          PRES("latvia", "2023-07-08"),
      ]),
    H("krisjanis-karins", ["Krišjānis Kariņš", "Krisjanis Karins"],
      ["卡林什", "克里斯亚尼斯·卡林什"], [
          PM("latvia", "2019-01-23", "2023-09-15"),
          FM("latvia", "2023-09-15", "2024-03-31"),
      ]),
    H("evika-silina", ["Evika Siliņa", "Evika Silina"], ["西利尼亚", "埃维卡·西利尼亚"], [
        PM("latvia", "2023-09-15"),
    ]),
    H("gitanas-nauseda", ["Gitanas Nausėda", "Gitanas Nauseda"], ["瑙塞达", "吉塔纳斯·瑙塞达"], [
        PRES("lithuania", "2019-07-12"),
    ]),
    # ===== Nordic states =====================================================
    H("sauli-niinisto", ["Sauli Niinistö", "Sauli Niinisto"], ["尼尼斯托", "绍利·尼尼斯托"], [
        PRES("finland", "2012-03-01", "2024-03-01"),
    ]),
    H("alexander-stubb", ["Alexander Stubb"], ["斯图布", "亚历山大·斯图布"], [
        PM("finland", "2014-06-24", "2015-05-29"),
        PRES("finland", "2024-03-01"),
    ]),
    H("sanna-marin", ["Sanna Marin"], ["桑娜·马林"], [PM("finland", "2019-12-10", "2023-06-20")]),
    H("petteri-orpo", ["Petteri Orpo"], ["奥尔波", "佩泰里·奥尔波"], [PM("finland", "2023-06-20")]),
    H("pekka-haavisto", ["Pekka Haavisto"], ["哈维斯托", "佩卡·哈维斯托"], [
        FM("finland", "2019-06-06", "2023-06-20"),
    ]),
    H("elina-valtonen", ["Elina Valtonen"], ["瓦尔托宁", "埃莉娜·瓦尔托宁"], [
        FM("finland", "2023-06-20"),
    ]),
    H("carl-xvi-gustaf", ["Carl XVI Gustaf"], ["卡尔十六世·古斯塔夫", "卡尔十六世"], [
        KING("sweden", "1973-09-15"),
    ]),
    H("stefan-lofven", ["Stefan Löfven", "Stefan Lofven"], ["勒文", "斯特凡·勒文"], [
        SHOUXIANG("sweden", "2014-10-03", "2021-11-30"),
    ]),
    H("magdalena-andersson", ["Magdalena Andersson"], ["玛格达莱娜·安德松"], [
        SHOUXIANG("sweden", "2021-11-30", "2022-10-18"),
    ]),
    H("ulf-kristersson", ["Ulf Kristersson"], ["克里斯特松", "乌尔夫·克里斯特松"], [
        SHOUXIANG("sweden", "2022-10-18"),
    ]),
    H("ann-linde", ["Ann Linde"], ["安·林德"], [FMD("sweden", "2019-09-10", "2022-10-18")]),
    H("tobias-billstrom", ["Tobias Billström", "Tobias Billstrom"],
      ["比尔斯特伦", "托比亚斯·比尔斯特伦"], [FMD("sweden", "2022-10-18", "2024-09-10")]),
    H("maria-malmer-stenergard", ["Maria Malmer Stenergard"],
      ["马尔默·斯特内高", "玛丽亚·马尔默·斯特内高"], [FMD("sweden", "2024-09-10")]),
    H("harald-v", ["Harald V", "King Harald V"], ["哈拉尔五世"], [KING("norway", "1991-01-17")]),
    H("erna-solberg", ["Erna Solberg"], ["索尔贝格", "埃尔娜·索尔贝格"], [
        SHOUXIANG("norway", "2013-10-16", "2021-10-14"),
    ]),
    H("jonas-gahr-store", ["Jonas Gahr Støre", "Jonas Gahr Store"],
      ["斯特勒", "约纳斯·加尔·斯特勒"], [SHOUXIANG("norway", "2021-10-14")]),
    H("ine-eriksen-soreide", ["Ine Eriksen Søreide", "Ine Eriksen Soreide"],
      ["瑟雷德", "伊娜·埃里克森·瑟雷德"], [FMD("norway", "2017-10-20", "2021-10-14")]),
    H("anniken-huitfeldt", ["Anniken Huitfeldt"], ["胡伊特费尔德", "安妮肯·胡伊特费尔德"], [
        FMD("norway", "2021-10-14", "2023-10-16"),
    ]),
    H("espen-barth-eide", ["Espen Barth Eide"], ["埃斯彭·巴斯·艾德"], [
        FMD("norway", "2023-10-16"),
    ]),
    H("margrethe-ii", ["Margrethe II"], ["玛格丽特二世"], [
        P("女王", "Queen", "denmark", "1972-01-14", "2024-01-14"),
    ]),
    H("frederik-x", ["Frederik X"], ["弗雷德里克十世"], [KING("denmark", "2024-01-14")]),
    H("mette-frederiksen", ["Mette Frederiksen"], ["弗雷泽里克森", "梅特·弗雷泽里克森"], [
        SHOUXIANG("denmark", "2019-06-27"),
    ]),
    H("lars-lokke-rasmussen", ["Lars Løkke Rasmussen", "Lars Lokke Rasmussen"],
      ["拉斯穆森", "拉尔斯·勒克·拉斯穆森"], [
          SHOUXIANG("denmark", "2015-06-28", "2019-06-27"),
          FMD("denmark", "2022-12-15"),
      ]),
    H("gudni-johannesson", ["Guðni Th. Jóhannesson", "Gudni Johannesson"],
      ["约翰内松", "古德尼·约翰内松"], [PRES("iceland", "2016-08-01", "2024-08-01")]),
    H("halla-tomasdottir", ["Halla Tómasdóttir", "Halla Tomasdottir"],
      ["托马斯多蒂尔", "哈拉·托马斯多蒂尔"], [PRES("iceland", "2024-08-01")]),
    H("katrin-jakobsdottir", ["Katrín Jakobsdóttir", "Katrin Jakobsdottir"],
      ["雅各布斯多蒂尔", "卡特琳·雅各布斯多蒂尔"], [PM("iceland", "2017-11-30", "2024-04-09")]),
    H("kristrun-frostadottir", ["Kristrún Frostadóttir", "Kristrun Frostadottir"],
      ["弗罗斯塔多蒂尔", "克里斯特伦·弗罗斯塔多蒂尔"], [PM("iceland", "2024-12-21")]),
    # ===== Malta =============================================================
    H("george-vella", ["George Vella"], ["乔治·维拉"], [PRES("malta", "2019-04-04", "2024-04-04")]),
    H("myriam-spiteri-debono", ["Myriam Spiteri Debono"],
      ["斯皮泰里·德博诺", "米丽娅姆·斯皮泰里·德博诺"], [PRES("malta", "2024-04-04")]),
    H("robert-abela", ["Robert Abela"], ["阿贝拉", "罗伯特·阿贝拉"], [PM("malta", "2020-01-13")]),
    # ===== Chile, Colombia, Peru, Ecuador, Bolivia ===========================
    H("sebastian-pinera", ["Sebastián Piñera", "Sebastian Pinera"], ["皮涅拉", "塞巴斯蒂安·皮涅拉"], [
        PRES("chile", "2010-03-11", "2014-03-11"),
        PRES("chile", "2018-03-11", "2022-03-11"),
    ]),
    H("gabriel-boric", ["Gabriel Boric"], ["博里奇", "加夫列尔·博里奇"], [
        PRES("chile", "2022-03-11", "2026-03-11"),
    ]),
    H("jose-antonio-kast", ["José Antonio Kast", "Jose Antonio Kast"], ["何塞·安东尼奥·卡斯特"], [
        PRES("chile", "2026-03-11"),
    ]),
    H("ivan-duque", ["Iván Duque", "Ivan Duque"], ["伊万·杜克"], [
        PRES("colombia", "2018-08-07", "2022-08-07"),
    ]),
    H("gustavo-petro", ["Gustavo Petro"], ["佩特罗", "古斯塔沃·佩特罗"], [
        PRES("colombia", "2022-08-07", "2026-08-07"),
    ]),
    H("martin-vizcarra", ["Martín Vizcarra", "Martin Vizcarra"], ["比斯卡拉", "马丁·比斯卡拉"], [
        PRES("peru", "2018-03-23", "2020-11-10"),
    ]),
    H("francisco-sagasti", ["Francisco Sagasti"], ["萨加斯蒂", "弗朗西斯科·萨加斯蒂"], [
        PRES("peru", "2020-11-17", "2021-07-28"),
    ]),
    H("pedro-castillo", ["Pedro Castillo"], ["佩德罗·卡斯蒂略"], [
        PRES("peru", "2021-07-28", "2022-12-07"),
    ]),
    H("dina-boluarte", ["Dina Boluarte"], ["博鲁阿尔特", "迪娜·博鲁阿尔特"], [
        PRES("peru", "2022-12-07", "2025-10-10"),
    ]),
    H("lenin-moreno", ["Lenín Moreno", "Lenin Moreno"], ["莱宁·莫雷诺"], [
        PRES("ecuador", "2017-05-24", "2021-05-24"),
    ]),
    H("guillermo-lasso", ["Guillermo Lasso"], ["吉列尔莫·拉索"], [
        PRES("ecuador", "2021-05-24", "2023-11-23"),
    ]),
    H("daniel-noboa", ["Daniel Noboa"], ["诺沃亚", "丹尼尔·诺沃亚"], [
        PRES("ecuador", "2023-11-23"),
    ]),
    H("evo-morales", ["Evo Morales"], ["莫拉莱斯", "埃沃·莫拉莱斯"], [
        PRES("bolivia", "2006-01-22", "2019-11-10"),
    ]),
    H("jeanine-anez", ["Jeanine Áñez", "Jeanine Anez"], ["阿涅斯", "让尼娜·阿涅斯"], [
        P("临时总统", "Interim President", "bolivia", "2019-11-12", "2020-11-08"),
    ]),
    H("luis-arce", ["Luis Arce"], ["阿尔塞", "路易斯·阿尔塞"], [
        PRES("bolivia", "2020-11-08", "2025-11-08"),
    ]),
    H("rodrigo-paz", ["Rodrigo Paz", "Rodrigo Paz Pereira"], ["罗德里戈·帕斯"], [
        PRES("bolivia", "2025-11-08"),
    ]),
    # ===== Paraguay, Uruguay, Venezuela ======================================
    H("mario-abdo-benitez", ["Mario Abdo Benítez", "Mario Abdo Benitez"],
      ["阿夫多", "马里奥·阿夫多·贝尼特斯"], [PRES("paraguay", "2018-08-15", "2023-08-15")]),
    H("santiago-pena", ["Santiago Peña", "Santiago Pena"], ["圣地亚哥·培尼亚"], [
        PRES("paraguay", "2023-08-15"),
    ]),
    H("tabare-vazquez", ["Tabaré Vázquez", "Tabare Vazquez"], ["塔瓦雷·巴斯克斯"], [
        PRES("uruguay", "2015-03-01", "2020-03-01"),
    ]),
    H("luis-lacalle-pou", ["Luis Lacalle Pou"], ["拉卡列", "拉卡列·波乌", "路易斯·拉卡列·波乌"], [
        PRES("uruguay", "2020-03-01", "2025-03-01"),
    ]),
    H("yamandu-orsi", ["Yamandú Orsi", "Yamandu Orsi"], ["奥尔西", "亚曼杜·奥尔西"], [
        PRES("uruguay", "2025-03-01"),
    ]),
    H("nicolas-maduro", ["Nicolás Maduro", "Nicolas Maduro"], ["马杜罗", "尼古拉斯·马杜罗"], [
        FM("venezuela", "2006-08-09", "2013-01-15"),
        PRES("venezuela", "2013-04-19", "2026-01-03"),
    ], tw=["馬杜洛"]),
    H("delcy-rodriguez", ["Delcy Rodríguez", "Delcy Rodriguez"], ["德尔西·罗德里格斯"], [
        FM("venezuela", "2014-12-26", "2017-06-21"),
        P("副总统", "Vice President", "venezuela", "2018-06-14", "2026-01-03"),
        P("代总统", "Acting President", "venezuela", "2026-01-03"),
    ]),
    H("jorge-arreaza", ["Jorge Arreaza"], ["阿雷亚萨", "豪尔赫·阿雷亚萨"], [
        FM("venezuela", "2017-08-02", "2021-08-20"),
    ]),
    # ===== Cuba, Central America, Caribbean ==================================
    H("miguel-diaz-canel", ["Miguel Díaz-Canel", "Miguel Diaz-Canel"],
      ["迪亚斯-卡内尔", "米格尔·迪亚斯-卡内尔"], [
          P("国务委员会主席", "President of the Council of State", "cuba", "2018-04-19",
            "2019-10-10"),
          P("国家主席", "President", "cuba", "2019-10-10"),
          P("古共中央第一书记", "First Secretary of the Communist Party of Cuba", "cuba",
            "2021-04-19"),
      ]),
    H("manuel-marrero-cruz", ["Manuel Marrero Cruz", "Manuel Marrero"],
      ["马雷罗", "曼努埃尔·马雷罗", "曼努埃尔·马雷罗·克鲁斯"], [PM("cuba", "2019-12-21")]),
    H("bruno-rodriguez-parrilla", ["Bruno Rodríguez Parrilla", "Bruno Rodriguez Parrilla",
                                   "Bruno Rodríguez"],
      ["布鲁诺·罗德里格斯", "布鲁诺·罗德里格斯·帕里利亚"], [FM("cuba", "2009-03-02")]),
    H("daniel-ortega", ["Daniel Ortega"], ["奥尔特加", "丹尼尔·奥尔特加"], [
        PRES("nicaragua", "2007-01-10"),
    ]),
    H("rosario-murillo", ["Rosario Murillo"], ["罗萨里奥·穆里略"], [
        P("副总统", "Vice President", "nicaragua", "2017-01-10", "2025-02"),
        P("联合总统", "Co-President", "nicaragua", "2025-02"),
    ]),
    H("juan-orlando-hernandez", ["Juan Orlando Hernández", "Juan Orlando Hernandez"],
      ["胡安·奥兰多·埃尔南德斯"], [PRES("honduras", "2014-01-27", "2022-01-27")],
      tw_only=["葉南德茲"]),
    H("xiomara-castro", ["Xiomara Castro"], ["希奥玛拉·卡斯特罗", "伊丽丝·希奥玛拉·卡斯特罗"], [
        PRES("honduras", "2022-01-27", "2026-01-27"),
    ]),
    H("eduardo-enrique-reina", ["Eduardo Enrique Reina"], ["爱德华多·恩里克·雷纳"], [
        FM("honduras", "2022-01-27", "2026-01-27"),
    ]),
    H("nayib-bukele", ["Nayib Bukele"], ["布克尔", "纳伊布·布克尔"], [
        PRES("el-salvador", "2019-06-01"),
    ]),
    H("bernardo-arevalo", ["Bernardo Arévalo", "Bernardo Arevalo"], ["阿雷瓦洛", "贝尔纳多·阿雷瓦洛"], [
        PRES("guatemala", "2024-01-15"),
    ]),
    H("carlos-alvarado-quesada", ["Carlos Alvarado Quesada", "Carlos Alvarado"],
      ["卡洛斯·阿尔瓦拉多"], [PRES("costa-rica", "2018-05-08", "2022-05-08")]),
    H("rodrigo-chaves", ["Rodrigo Chaves", "Rodrigo Chaves Robles"], ["罗德里戈·查韦斯"], [
        PRES("costa-rica", "2022-05-08", "2026-05-08"),
    ]),
    H("laurentino-cortizo", ["Laurentino Cortizo"], ["科尔蒂索", "劳伦蒂诺·科尔蒂索"], [
        PRES("panama", "2019-07-01", "2024-07-01"),
    ]),
    H("jose-raul-mulino", ["José Raúl Mulino", "Jose Raul Mulino"], ["穆利诺", "何塞·劳尔·穆利诺"], [
        PRES("panama", "2024-07-01"),
    ]),
    H("danilo-medina", ["Danilo Medina"], ["达尼洛·梅迪纳"], [
        PRES("dominican-republic", "2012-08-16", "2020-08-16"),
    ]),
    H("luis-abinader", ["Luis Abinader"], ["阿比纳德尔", "路易斯·阿比纳德尔"], [
        PRES("dominican-republic", "2020-08-16"),
    ]),
    H("jovenel-moise", ["Jovenel Moïse", "Jovenel Moise"], ["莫伊兹", "若弗内尔·莫伊兹"], [
        PRES("haiti", "2017-02-07", "2021-07-07"),
    ]),
    H("ariel-henry", ["Ariel Henry"], ["阿里埃尔·亨利"], [PM("haiti", "2021-07-20", "2024-04-25")]),
    H("philip-davis", ["Philip Davis", "Philip Brave Davis"], ["菲利普·戴维斯"], [
        PM("bahamas", "2021-09-17"),
    ]),
    H("andrew-holness", ["Andrew Holness"], ["霍尔尼斯", "安德鲁·霍尔尼斯"], [
        PM("jamaica", "2016-03-03"),
    ]),
    H("keith-rowley", ["Keith Rowley"], ["基思·罗利"], [
        PM("trinidad-and-tobago", "2015-09-09", "2025-03-17"),
    ]),
    H("mia-mottley", ["Mia Mottley", "Mia Amor Mottley"], ["莫特利", "米娅·莫特利"], [
        PM("barbados", "2018-05-25"),
    ]),
    H("irfaan-ali", ["Irfaan Ali", "Mohamed Irfaan Ali"], ["伊尔法恩·阿里", "穆罕默德·伊尔法恩·阿里"], [
        PRES("guyana", "2020-08-02"),
    ]),
    H("chan-santokhi", ["Chan Santokhi", "Chandrikapersad Santokhi"], ["单多吉", "詹·单多吉"], [
        PRES("suriname", "2020-07-16", "2025-07-16"),
    ]),
    H("jennifer-geerlings-simons", ["Jennifer Geerlings-Simons"], ["詹妮弗·西蒙斯",
                                                                  "吉尔林斯-西蒙斯"], [
        PRES("suriname", "2025-07-16"),
    ]),
    H("keith-mitchell", ["Keith Mitchell"], ["基思·米切尔"], [
        PM("grenada", "2013-02-20", "2022-06-24"),
    ]),
    H("dickon-mitchell", ["Dickon Mitchell"], ["迪肯·米切尔"], [PM("grenada", "2022-06-24")]),
    H("roosevelt-skerrit", ["Roosevelt Skerrit"], ["斯凯里特", "罗斯福·斯凯里特"], [
        PM("dominica", "2004-01-08"),
    ]),
    H("gaston-browne", ["Gaston Browne"], ["加斯顿·布朗"], [
        PM("antigua-and-barbuda", "2014-06-13"),
    ]),
    H("john-briceno", ["John Briceño", "John Briceno"], ["布里塞尼奥", "约翰·布里塞尼奥"], [
        PM("belize", "2020-11-12"),
    ]),
    # ===== Oceania ===========================================================
    H("jacinda-ardern", ["Jacinda Ardern"], ["阿德恩", "杰辛达·阿德恩"], [
        PM("new-zealand", "2017-10-26", "2023-01-25"),
    ], tw_only=["阿爾登"]),
    H("chris-hipkins", ["Chris Hipkins"], ["希普金斯", "克里斯·希普金斯"], [
        PM("new-zealand", "2023-01-25", "2023-11-27"),
    ]),
    H("christopher-luxon", ["Christopher Luxon"], ["拉克森", "克里斯托弗·拉克森"], [
        PM("new-zealand", "2023-11-27"),
    ]),
    H("winston-peters", ["Winston Peters"], ["温斯顿·彼得斯"], [
        FM("new-zealand", "2017-10-26", "2020-11-06"),
        FM("new-zealand", "2023-11-27"),
    ]),
    H("nanaia-mahuta", ["Nanaia Mahuta"], ["马胡塔", "纳奈娅·马胡塔"], [
        FM("new-zealand", "2020-11-06", "2023-11-27"),
    ]),
    H("james-marape", ["James Marape"], ["马拉佩", "詹姆斯·马拉佩"], [
        PM("papua-new-guinea", "2019-05-30"),
    ]),
    H("frank-bainimarama", ["Frank Bainimarama", "Voreqe Bainimarama"],
      ["姆拜尼马拉马", "弗兰克·姆拜尼马拉马"], [PM("fiji", "2007-01-05", "2022-12-24")]),
    H("sitiveni-rabuka", ["Sitiveni Rabuka"], ["兰布卡", "西蒂韦尼·兰布卡"], [
        PM("fiji", "1992-06-02", "1999-05-19"),
        PM("fiji", "2022-12-24"),
    ]),
    H("manasseh-sogavare", ["Manasseh Sogavare"], ["索加瓦雷", "玛纳西·索加瓦雷"], [
        PM("solomon-islands", "2019-04-24", "2024-05-02"),
    ]),
    H("jeremiah-manele", ["Jeremiah Manele"], ["马内莱", "杰里迈亚·马内莱"], [
        FM("solomon-islands", "2019-04", "2024-05-02"),
        PM("solomon-islands", "2024-05-02"),
    ]),
    H("charlot-salwai", ["Charlot Salwai"], ["沙洛·萨尔维"], [
        PM("vanuatu", "2016-02-11", "2020-04-20"),
        PM("vanuatu", "2023-10-06", "2025-02-11"),
    ]),
    H("jotham-napat", ["Jotham Napat"], ["纳帕特", "乔瑟姆·纳帕特"], [PM("vanuatu", "2025-02-11")]),
    H("ishmael-kalsakau", ["Ishmael Kalsakau", "Alatoi Ishmael Kalsakau"], ["卡尔萨考"], [
        PM("vanuatu", "2022-11-04", "2023-09-04"),
    ]),
    H("fiame-naomi-mataafa", ["Fiamē Naomi Mataʻafa", "Fiame Naomi Mataafa"],
      ["菲娅梅", "菲娅梅·内奥米·马塔阿法"], [PM("samoa", "2021-07-24", "2025-09")]),
    H("tuimalealiifano-vaaletoa-sualauvi-ii", ["Tuimalealiʻifano Vaʻaletoʻa Sualauvi II",
                                              "Tuimalealiifano Vaaletoa Sualauvi II"],
      ["图伊马莱阿利法诺", "图伊马莱阿利法诺·瓦阿莱托阿·苏阿劳维二世"], [
          P("国家元首", "Head of State", "samoa", "2017-07-21"),
      ]),
    H("tupou-vi", ["Tupou VI", "King Tupou VI"], ["图普六世"], [KING("tonga", "2012-03-18")]),
    H("taneti-maamau", ["Taneti Maamau"], ["马茂", "塔内希·马茂"], [PRES("kiribati", "2016-03-11")]),
    H("david-panuelo", ["David Panuelo"], ["帕努埃洛", "戴维·帕努埃洛"], [
        PRES("micronesia", "2019-07-11", "2023-05-11"),
    ]),
    H("wesley-simina", ["Wesley Simina"], ["西米纳", "韦斯利·西米纳"], [
        PRES("micronesia", "2023-05-11"),
    ]),
    H("david-adeang", ["David Adeang"], ["阿迪昂", "戴维·阿迪昂"], [PRES("nauru", "2023-10-30")]),
    H("albert-ii-of-monaco", ["Albert II of Monaco", "Albert II, Prince of Monaco"],
      ["阿尔贝二世"], [P("亲王", "Sovereign Prince", "monaco", "2005-04-06")]),
    # ===== Historical leaders =================================================
    # Leaders of the past whom today's diplomacy news names (大西洋宪章 of Roosevelt and
    # Churchill, 尼克松访华, 中美建交, 戴高乐 and Sino-French ties, the Soviet leaders).
    # Source: Wikipedia "List of presidents of the United States", "List of prime
    # ministers of the United Kingdom", "Paramount leader", "List of leaders of the
    # Soviet Union", "President of France", "President of South Africa"; Chinese names as
    # Xinhua writes them. Only names that stand for one person: 肯尼迪 alone is several
    # people, so only the full name is here. A QID only where certain.
    H("franklin-d-roosevelt", ["Franklin D. Roosevelt", "Franklin Roosevelt"],
      ["富兰克林·罗斯福", "罗斯福"], [
          PRES("united-states", "1933-03-04", "1945-04-12")], qid="Q8007"),
    H("harry-s-truman", ["Harry S. Truman"], ["哈里·杜鲁门", "杜鲁门"], [
        PRES("united-states", "1945-04-12", "1953-01-20")], qid="Q11613"),
    H("dwight-d-eisenhower", ["Dwight D. Eisenhower"], ["德怀特·艾森豪威尔", "艾森豪威尔"], [
        PRES("united-states", "1953-01-20", "1961-01-20")], qid="Q9916"),
    H("john-f-kennedy", ["John F. Kennedy"], ["约翰·肯尼迪", "约翰·F·肯尼迪"], [
        PRES("united-states", "1961-01-20", "1963-11-22")], qid="Q9696"),
    H("richard-nixon", ["Richard Nixon"], ["理查德·尼克松", "尼克松"], [
        PRES("united-states", "1969-01-20", "1974-08-09")], qid="Q9588"),
    H("henry-kissinger", ["Henry Kissinger"], ["亨利·基辛格", "基辛格"], [
        P("国务卿", "Secretary of State", "united-states", "1973-09-22", "1977-01-20")],
      qid="Q66107", tw=["季辛吉"]),
    H("ronald-reagan", ["Ronald Reagan"], ["罗纳德·里根", "里根"], [
        PRES("united-states", "1981-01-20", "1989-01-20")], qid="Q9960", tw=["雷根"]),
    H("winston-churchill", ["Winston Churchill"], ["温斯顿·丘吉尔", "丘吉尔"], [
        SHOUXIANG("united-kingdom", "1940-05-10", "1945-07-26"),
        SHOUXIANG("united-kingdom", "1951-10-26", "1955-04-05")], qid="Q8016", tw=["邱吉爾"]),
    H("margaret-thatcher", ["Margaret Thatcher"], ["玛格丽特·撒切尔", "撒切尔夫人"], [
        SHOUXIANG("united-kingdom", "1979-05-04", "1990-11-28")], qid="Q7416", tw=["柴契爾夫人"]),
    H("charles-de-gaulle", ["Charles de Gaulle"], ["夏尔·戴高乐", "戴高乐"], [
        PRES("france", "1959-01-08", "1969-04-28")], qid="Q2042"),
    H("vladimir-lenin", ["Vladimir Lenin"], ["弗拉基米尔·列宁", "列宁"], [
        P("人民委员会主席", "Chairman of the Council of People's Commissars", "soviet-union",
          "1922-12-30", "1924-01-21")], qid="Q1394"),
    H("joseph-stalin", ["Joseph Stalin"], ["约瑟夫·斯大林", "斯大林"], [
        P("苏共中央总书记", "General Secretary of the Communist Party of the Soviet Union",
          "soviet-union", "1922-04-03", "1952-10-16")], qid="Q855"),
    H("mikhail-gorbachev", ["Mikhail Gorbachev"], ["米哈伊尔·戈尔巴乔夫", "戈尔巴乔夫"], [
        P("总统", "President", "soviet-union", "1990-03-15", "1991-12-25")], qid="Q30487"),
    H("boris-yeltsin", ["Boris Yeltsin"], ["鲍里斯·叶利钦", "叶利钦"], [
        PRES("russia", "1991-07-10", "1999-12-31")], qid="Q34453"),
    H("nelson-mandela", ["Nelson Mandela"], ["纳尔逊·曼德拉", "曼德拉"], [
        PRES("south-africa", "1994-05-10", "1999-06-14")], qid="Q8023"),
    H("mao-zedong", ["Mao Zedong"], ["毛泽东"], [
        P("中共中央主席", "Chairman of the Communist Party of China", "communist-party-of-china",
          "1945-06-19", "1976-09-09")], qid="Q5816"),
    H("zhou-enlai", ["Zhou Enlai"], ["周恩来"], [
        P("国务院总理", "Premier", "china", "1954-09-27", "1976-01-08")]),
    H("deng-xiaoping", ["Deng Xiaoping"], ["邓小平"], [
        P("中央军委主席", "Chairman of the Central Military Commission",
          "central-military-commission", "1981-06-28", "1989-11-09")]),
    H("jiang-zemin", ["Jiang Zemin"], ["江泽民"], [
        P("中共中央总书记", "General Secretary of the Communist Party of China",
          "communist-party-of-china", "1989-06-24", "2002-11-15"),
        P("国家主席", "President", "china", "1993-03-27", "2003-03-15")]),
    H("hu-jintao", ["Hu Jintao"], ["胡锦涛"], [
        P("中共中央总书记", "General Secretary of the Communist Party of China",
          "communist-party-of-china", "2002-11-15", "2012-11-15"),
        P("国家主席", "President", "china", "2003-03-15", "2013-03-14")]),
]
# --------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------

_S2T = opencc.OpenCC("s2t")
_S2TW = opencc.OpenCC("s2tw")
_S2HK = opencc.OpenCC("s2hk")
_T2S = opencc.OpenCC("t2s")

# OpenCC over-converts these in transliterated / proper names.
_HANT_FIX = str.maketrans({"裏": "里", "裡": "里", "範": "范", "巖": "岩", "祕": "秘",
                              "樸": "朴"})


def _dedupe(items):
    seen, out = set(), []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def hant_forms(name: str) -> list[str]:
    return _dedupe(conv.convert(name).translate(_HANT_FIX)
                   for conv in (_S2T, _S2TW, _S2HK))


def names_of(entry) -> dict:
    hans = list(entry["zh"]) + [_T2S.convert(t) for t in entry["tw"]]
    hant = []
    for n in entry["zh"]:
        hant.extend(hant_forms(n))
    hant.extend(entry["tw"])
    hant.extend(entry["tw_only"])
    return {"en": _dedupe(entry["en"]), "zh-Hans": _dedupe(hans),
            "zh-Hant": _dedupe(hant)}


def build_org(e) -> dict:
    rec = {"id": e["id"], "type": "Organization", "names": names_of(e)}
    if e["also_types"]:
        rec["also_types"] = e["also_types"]
    if e["qid"]:
        rec["qid"] = e["qid"]
    return rec


def build_person(e) -> dict:
    rec = {"id": e["id"], "type": "Person", "names": names_of(e),
           "posts": sorted(e["posts"], key=lambda p: (p["start"], p["in"],
                                                      p["post"]["en"]))}
    if e["qid"]:
        rec["qid"] = e["qid"]
    return rec


def dump(path: Path, records) -> None:
    records = sorted(records, key=lambda r: r["id"])
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
QID_RE = re.compile(r"^Q[1-9]\d*$")
HAN_RE = re.compile(r"[\u3400-\u9fff]")


def country_ids() -> set[str]:
    path = OUT_DIR / "countries.jsonl"
    ids = set()
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(json.loads(line)["id"])
    return ids


def check(orgs, people) -> list[str]:
    errors: list[str] = []
    all_recs = orgs + people
    ids = [r["id"] for r in all_recs]
    for i in sorted(set(x for x in ids if ids.count(x) > 1)):
        errors.append(f"duplicate id: {i}")
    for r in all_recs:
        if not ID_RE.match(r["id"]):
            errors.append(f"bad id: {r['id']}")
        if "qid" in r and not QID_RE.match(r["qid"]):
            errors.append(f"bad qid: {r['id']} {r['qid']}")
        for script in ("en", "zh-Hans", "zh-Hant"):
            if not r["names"].get(script):
                errors.append(f"{r['id']}: no {script} names")
        for script in ("zh-Hans", "zh-Hant"):
            for n in r["names"][script]:
                if len(n) < 2:
                    errors.append(f"{r['id']}: single-character name {n!r}")
                if not HAN_RE.search(n):
                    errors.append(f"{r['id']}: non-Chinese {script} name {n!r}")
    # Chinese-name clashes after t2s folding
    owner: dict[str, str] = {}
    for r in all_recs:
        folded = {_T2S.convert(n) for s in ("zh-Hans", "zh-Hant") for n in r["names"][s]}
        for n in sorted(folded):
            if n in owner and owner[n] != r["id"]:
                errors.append(f"name clash {n!r}: {owner[n]} / {r['id']}")
            owner.setdefault(n, r["id"])
    # posts
    valid_in = country_ids() | {o["id"] for o in orgs}
    if not country_ids():
        errors.append("countries.jsonl not found: cannot check post 'in' ids")
    for p in people:
        if not p["posts"]:
            errors.append(f"{p['id']}: no posts")
        for post in p["posts"]:
            if post["in"] not in valid_in:
                errors.append(f"{p['id']}: unknown 'in' {post['in']!r}")
            for k in ("start", "end"):
                if k in post and not DATE_RE.match(post[k]):
                    errors.append(f"{p['id']}: bad {k} {post[k]!r}")
            if "end" in post and post["end"] < post["start"]:
                errors.append(f"{p['id']}: end before start in {post}")
            if not post["post"].get("zh-Hans") or not post["post"].get("en"):
                errors.append(f"{p['id']}: incomplete post {post}")
    return errors


def cross_check(orgs, people) -> list[str]:
    """Names shared with the other gazetteer files (reported, not fatal)."""
    notes = []
    mine = {}
    for r in orgs + people:
        for s in ("zh-Hans", "zh-Hant"):
            for n in r["names"][s]:
                mine.setdefault(_T2S.convert(n), r["id"])
    for path in sorted(OUT_DIR.glob("*.jsonl")):
        if path.name in ("organizations.jsonl", "people.jsonl"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            for s in ("zh-Hans", "zh-Hant"):
                for n in rec.get("names", {}).get(s, []):
                    f = _T2S.convert(n)
                    if f in mine:
                        notes.append(f"{path.name}: {f!r} {rec['id']} / {mine[f]}")
    return sorted(set(notes))


def main() -> int:
    orgs = [build_org(e) for e in ORGS]
    people = [build_person(e) for e in PEOPLE]
    errors = check(orgs, people)
    for n in cross_check(orgs, people):
        print("note: name shared with another gazetteer file:", n, file=sys.stderr)
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        return 1
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    dump(OUT_DIR / "organizations.jsonl", orgs)
    dump(OUT_DIR / "people.jsonl", people)
    print(f"organizations: {len(orgs)} ({sum('qid' in r for r in orgs)} with QID)")
    print(f"people: {len(people)} ({sum('qid' in r for r in people)} with QID)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
