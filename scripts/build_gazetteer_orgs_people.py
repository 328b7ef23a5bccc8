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
  Secretaries-General; the Chinese foreign-ministry spokespersons.

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
  or shared by two records (扎帕罗夫, 别尔德穆哈梅多夫, 萨勒曼).
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


def O(id_, en, zh, qid=None, tw=(), tw_only=()):
    return {"id": id_, "en": list(en), "zh": list(zh), "qid": qid,
            "tw": list(tw), "tw_only": list(tw_only)}


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
    O("non-aligned-movement", ["Non-Aligned Movement"], ["不结盟运动"]),
    O("lancang-mekong-cooperation", ["Lancang-Mekong Cooperation"],
      ["澜沧江-湄公河合作", "澜湄合作"]),
    # --- China: party and state --------------------------------------------
    O("communist-party-of-china",
      ["Communist Party of China", "Chinese Communist Party", "CPC", "CCP"],
      ["中国共产党", "中共"], "Q17427"),
    O("central-committee-of-the-communist-party-of-china",
      ["Central Committee of the Communist Party of China", "CPC Central Committee"],
      ["中国共产党中央委员会", "中共中央"]),
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
    O("white-house", ["White House"], ["白宫"], "Q35525"),
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
    O("kremlin", ["Kremlin", "Moscow Kremlin"], ["克里姆林宫"]),
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
    O("10-downing-street", ["10 Downing Street", "Downing Street"],
      ["唐宁街10号", "唐宁街"]),
    O("elysee-palace", ["Élysée Palace", "Elysee Palace"], ["爱丽舍宫"]),
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
    H("marco-rubio", ["Marco Rubio"], ["鲁比奥", "马尔科·鲁比奥"], [
        P("国务卿", "Secretary of State", "united-states", "2025-01-21"),
        P("国家安全事务助理", "National Security Advisor (acting)", "united-states",
          "2025-05-01"),
    ], tw=["盧比歐"]),
    # ===== United Kingdom ====================================================
    H("elizabeth-ii", ["Elizabeth II", "Queen Elizabeth II"],
      ["伊丽莎白二世", "英国女王伊丽莎白二世"], [
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
