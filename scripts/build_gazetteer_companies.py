#!/usr/bin/env python3
"""Build the COMPANY part of the entity gazetteer.

Run from the repository root (deterministic: same table, same bytes out)::

    python scripts/build_gazetteer_companies.py [--check]

Scope and sources
-----------------
The hand table below is world knowledge, written from two named sources; it is
not derived from, nor tuned to, any article:

* **Fortune Global 500, 2024 edition** (ranked by fiscal-2023 revenue): broadly
  the top ~150, across countries.  Companies that Chinese-language news has no
  established name for (most US health-care distributors and insurers, several
  retailers and trading houses) are left out: a row without a Chinese name
  would only ever match its Latin name.
* **The companies world and diplomacy news names most, by sector**, each
  company being a household name of its sector (most are also Global 500
  members):

  - technology and telecoms: the chip, handset, platform and network firms of
    the US-China technology disputes and export controls (Huawei, ZTE, SMIC,
    TSMC, Nvidia, ASML, ByteDance/TikTok, ...), the three Chinese carriers;
  - pharmaceuticals and vaccines: the COVID-19 vaccine makers and the large
    drug firms (Pfizer, BioNTech, Moderna, AstraZeneca, Johnson & Johnson,
    Sinovac, Sinopharm, CanSino, Novavax, Serum Institute of India, ...);
  - aerospace and defence: airliner makers and the largest arms makers
    (Boeing, Airbus, COMAC, Lockheed Martin, Raytheon, ...);
  - energy: national and international oil and gas companies, grid, nuclear
    and power utilities (Saudi Aramco, Gazprom, Rosneft, Shell, BP,
    ExxonMobil, Sinopec, CNPC/PetroChina, CNOOC, State Grid, Rosatom, TEPCO,
    ...);
  - autos: the largest carmakers;
  - finance: the global systemically important banks (FSB G-SIB list,
    2022-2023 editions), the largest insurers and asset managers, the three
    big credit-rating agencies, and the banks whose failure made world news in
    the 2023 banking turmoil (Silicon Valley Bank, Signature Bank, First
    Republic Bank, Credit Suisse);
  - shipping and infrastructure: the largest container lines and the Chinese
    construction and engineering groups of the Belt and Road (COSCO, Maersk,
    CCCC, China Railway, PowerChina, ...).

Record format (``kg/data/gazetteer/companies.jsonl``, one JSON object a line,
``ensure_ascii=False``, keys sorted, lines sorted by id)::

    {"country": "china", "id": "huawei", "kind": "company",
     "names": {"en": ["Huawei", "Huawei Technologies"],
               "zh-Hans": ["华为", "华为公司", "华为技术有限公司"],
               "zh-Hant": ["華為", "華為公司", "華為技術有限公司"]},
     "qid": "Q160120", "type": "Organization"}

``country`` is the slug of the country of the head office (as in
``countries.jsonl``; Taiwan companies carry ``"taiwan"``); ``qid`` is given
only where the Wikidata ID is certain; otherwise omitted.

Conventions
-----------
* Chinese names are entered in simplified script, mainland usage first (that
  is the preferred label).  Traditional forms are derived with OpenCC
  (``s2t``, ``s2tw``, ``s2hk``), with the repairs for proper names (里, 范,
  ...) of the other gazetteer builders.  Taiwan / Hong Kong usages that are
  different words (輝達, 嬌生, 阿斯特捷利康, 莫德納, 空中巴士, 賓士, 滙豐, ...)
  are listed explicitly in ``tw``: they are added to zh-Hant, and their
  simplified form to zh-Hans; ``tw_only`` ones go to zh-Hant only.
* Name policy: matching is leftmost-longest over folded text, so a name must
  not be an ordinary word nor catch the start or end of one.  Every Chinese
  name was counted in a 5,000-article news corpus and its contexts read; the
  following were left out, or kept only in qualified forms:

  - ordinary words or other names: 苹果 (the fruit, 苹果日报; 苹果公司 kept),
    小米 (millet; 小米集团), 联想 (to associate; 联想集团), 大众 (the public;
    大众汽车), 通用 (general; 通用汽车), 现代 (modern; 现代汽车), 日产 (daily
    output; 日产汽车), 吉利 (英吉利海峡; 吉利汽车), 东风 (the Dongfeng landing
    site and missiles; 东风汽车), 雷神 (Thor, 雷神山 hospital; 雷神公司),
    甲骨文 (oracle bones; 甲骨文公司), 美的, 联通 (设施联通; 中国联通), 高通
    (高通胀; 高通公司), 三星 (三星堆; 三星电子), 本田 and 松下 (surnames;
    本田汽车, 松下电器), 福特 (the aircraft carrier, 福特斯克; 福特汽车), 雷诺
    (雷诺汽车), 奔驰 (to gallop; 奔驰汽车, 梅赛德斯-奔驰), 宝马 kept, 索尼
    (索尼娅; 索尼公司), 新力 (新力量), 强生 (加强生态, a given name, the Taiwan
    form of Boris Johnson; 强生公司), 起亚 (崛起亚细亚; 起亚汽车), 中信 (中信兄弟,
    中信出版; 中信集团);
  - fragments of other text: 日立 (…日立即), 力拓 (大力拓展), 安联 (雄安联合;
    安联集团), 上汽 (马路上汽车), 美光 (十美光彩; 美光科技), 思科 (蓝思科技;
    思科公司), 乐购 (乐购新春; 英国乐购), 京东 (京东方, a person 任京东; 京东集团),
    农行 (兴农行动), 工行 (化工行业), 中建 (柬中建交), 中行 (集中行政), 国网
    (中国网络), 中远 (中远程), 中交 (集中交流, 空中交通), 中核 (运动中核心; 中核集团),
    东电 (山东电力; 东电公司), 国药 (外国药品; 国药集团);
  - a country plus a sector, not the company: 中国石油 (also 中国石油大学;
    中国石油天然气集团, 中石油), 中国建筑 (中国建筑集团), 美国银行 / 美银 (US
    banks, 美银行股; 美国银行公司), 俄罗斯石油 and 俄油 (Russian oil, 俄油库;
    俄罗斯石油公司), 英国石油 (英国石油公司), 瑞士银行 (Swiss banks), 标普 (the
    S&P 500 index; 标普全球, 标普公司);
  - kept although some uses are generic: 中国电信 (also "Chinese telecoms",
    中国电信巨头华为), 中国银行 (also 中国银行业, 中国银行间市场), 空客 (the
    segmenter keeps 航空客运 whole, so it is not caught there).
* Latin names are matched case-sensitively between word boundaries; ordinary
  English words and short codes are kept only in qualified forms: Apple Inc.
  (not Apple), Royal Dutch Shell / Shell plc, Meta Platforms, Amazon.com,
  TotalEnergies, Dell Technologies (Dell'Acqua), BP plc (BP is also basis
  points), no bare GM or MSC.

Checks (exit status 1 if one fails): ids unique and slug-shaped, kind
``company``, country valid, every script has a name, no single-character
Chinese name, no Chinese name shared by two records after folding (NFKC +
OpenCC ``t2s``, as the matcher does) within this file or with another
gazetteer file, no Latin name shared by two records or with another file, no
QID used twice.
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
OUTPUT = GAZ / "companies.jsonl"


def C(id_, country, en, zh, qid=None, tw=(), tw_only=()):
    """One company row: id, head-office country, English names, simplified
    Chinese names (preferred first), Taiwan / HK forms, Wikidata ID if certain."""
    return {"id": id_, "country": country, "en": list(en), "zh": list(zh), "qid": qid,
            "tw": list(tw), "tw_only": list(tw_only)}


US, CN, JP, KR, DE, FR, UK = ("united-states", "china", "japan", "south-korea", "germany",
                              "france", "united-kingdom")
NL, CH, RU, TW, IN = "netherlands", "switzerland", "russia", "taiwan", "india"

COMPANIES = [
    # ==================================================================
    # Technology, internet and telecoms
    # ==================================================================
    C("huawei", CN, ["Huawei", "Huawei Technologies"],
      ["华为", "华为公司", "华为技术有限公司", "华为集团"], "Q160120"),
    C("zte", CN, ["ZTE", "ZTE Corporation"], ["中兴通讯", "中兴公司", "中兴通讯股份有限公司"]),
    C("apple-inc", US, ["Apple Inc.", "Apple Inc"], ["苹果公司"], "Q312"),
    C("microsoft", US, ["Microsoft", "Microsoft Corporation"], ["微软", "微软公司"], "Q2283"),
    C("alphabet-inc", US, ["Alphabet Inc.", "Alphabet Inc"], ["谷歌母公司", "字母表公司"]),
    C("google", US, ["Google", "Google LLC"], ["谷歌", "谷歌公司"], "Q95"),
    C("meta-platforms", US, ["Meta Platforms", "Facebook Inc.", "Facebook"],
      ["脸书", "脸书公司", "元宇宙平台公司"], "Q380", tw=["臉書"]),
    C("amazon", US, ["Amazon.com", "Amazon.com Inc."], ["亚马逊", "亚马逊公司"], "Q3884"),
    C("tesla-inc", US, ["Tesla Inc.", "Tesla Motors", "Tesla"], ["特斯拉", "特斯拉公司"], "Q478214"),
    C("spacex", US, ["SpaceX", "Space Exploration Technologies"],
      ["太空探索技术公司", "美国太空探索技术公司"]),
    C("twitter", US, ["Twitter", "Twitter Inc."], ["推特", "推特公司"]),
    C("openai", US, ["OpenAI"], ["开放人工智能研究中心"]),
    C("nvidia", US, ["Nvidia", "NVIDIA"], ["英伟达", "英伟达公司"], "Q182477", tw=["輝達"]),
    C("intel", US, ["Intel", "Intel Corporation"], ["英特尔", "英特尔公司"], "Q248"),
    C("qualcomm", US, ["Qualcomm"], ["高通公司"]),
    C("micron-technology", US, ["Micron Technology", "Micron"], ["美光科技", "美光公司"]),
    C("ibm", US, ["IBM", "International Business Machines"], ["国际商业机器公司"], "Q37156"),
    C("oracle-corporation", US, ["Oracle Corporation"], ["甲骨文公司"]),
    C("cisco", US, ["Cisco", "Cisco Systems"], ["思科公司", "思科系统公司", "美国思科公司"]),
    C("dell-technologies", US, ["Dell Technologies", "Dell Inc."], ["戴尔公司", "戴尔科技"]),
    C("hp-inc", US, ["HP Inc.", "Hewlett-Packard"], ["惠普", "惠普公司"]),
    C("att", US, ["AT&T"], ["美国电话电报公司"]),
    C("verizon", US, ["Verizon", "Verizon Communications"], ["威瑞森", "威瑞森通信"], tw=["威訊"]),
    C("comcast", US, ["Comcast"], ["康卡斯特"]),
    C("bytedance", CN, ["ByteDance"], ["字节跳动", "字节跳动公司"]),
    C("tiktok", CN, ["TikTok"], ["抖音国际版", "抖音海外版"]),
    C("tencent", CN, ["Tencent", "Tencent Holdings"], ["腾讯", "腾讯公司", "腾讯控股"], "Q860580"),
    C("alibaba-group", CN, ["Alibaba", "Alibaba Group"], ["阿里巴巴", "阿里巴巴集团"], "Q1359568"),
    C("jd-com", CN, ["JD.com"], ["京东集团", "京东商城", "京东公司"]),
    C("baidu", CN, ["Baidu"], ["百度", "百度公司"]),
    C("xiaomi", CN, ["Xiaomi"], ["小米集团", "小米公司"]),
    C("lenovo", CN, ["Lenovo", "Lenovo Group"], ["联想集团"]),
    C("smic", CN, ["SMIC", "Semiconductor Manufacturing International Corporation"],
      ["中芯国际", "中芯国际集成电路制造有限公司"]),
    C("hikvision", CN, ["Hikvision"], ["海康威视"]),
    C("dji", CN, ["DJI"], ["大疆", "大疆创新"]),
    C("sensetime", CN, ["SenseTime"], ["商汤科技"]),
    C("iflytek", CN, ["iFlytek"], ["科大讯飞"]),
    C("china-mobile", CN, ["China Mobile"], ["中国移动", "中国移动通信集团"]),
    C("china-telecom", CN, ["China Telecom"], ["中国电信", "中国电信集团"]),
    C("china-unicom", CN, ["China Unicom"], ["中国联通", "中国联合网络通信集团"]),
    C("tsmc", TW, ["TSMC", "Taiwan Semiconductor Manufacturing Company"],
      ["台积电", "台湾积体电路制造公司", "台湾积体电路制造股份有限公司"], "Q713418"),
    C("foxconn", TW, ["Foxconn", "Hon Hai Precision Industry", "Hon Hai"],
      ["鸿海", "鸿海精密", "鸿海集团", "富士康"]),
    C("mediatek", TW, ["MediaTek"], ["联发科", "联发科技"]),
    C("chunghwa-telecom", TW, ["Chunghwa Telecom"], ["中华电信"]),
    C("samsung-electronics", KR, ["Samsung Electronics", "Samsung"],
      ["三星电子", "三星集团", "三星公司"], "Q20718"),
    C("sk-hynix", KR, ["SK Hynix"], ["SK海力士", "海力士"]),
    C("lg-electronics", KR, ["LG Electronics"], ["LG电子"]),
    C("sony", JP, ["Sony", "Sony Group"], ["索尼公司", "索尼集团", "日本索尼公司"], "Q41187"),
    C("hitachi", JP, ["Hitachi"], ["日立公司", "日立制作所"]),
    C("panasonic", JP, ["Panasonic"], ["松下电器", "松下公司"]),
    C("toshiba", JP, ["Toshiba"], ["东芝", "东芝公司"]),
    C("softbank-group", JP, ["SoftBank", "SoftBank Group"], ["软银", "软银集团"]),
    C("ntt", JP, ["Nippon Telegraph and Telephone", "NTT"], ["日本电报电话公司"]),
    C("asml", NL, ["ASML"], ["阿斯麦"], tw=["艾司摩爾"]),
    C("philips", NL, ["Philips"], ["飞利浦"]),
    C("nokia", "finland", ["Nokia"], ["诺基亚"], "Q1418"),
    C("ericsson", "sweden", ["Ericsson"], ["爱立信"], "Q52601"),
    C("siemens", DE, ["Siemens"], ["西门子", "西门子公司"], "Q81230"),
    C("sap", DE, ["SAP SE"], ["思爱普"]),
    C("deutsche-telekom", DE, ["Deutsche Telekom"], ["德国电信"]),
    C("vodafone", UK, ["Vodafone"], ["沃达丰"]),
    # ==================================================================
    # Retail and consumer (Global 500 top)
    # ==================================================================
    C("walmart", US, ["Walmart", "Wal-Mart"], ["沃尔玛", "沃尔玛公司"], "Q483551"),
    C("costco", US, ["Costco"], ["开市客", "好市多"]),
    C("home-depot", US, ["The Home Depot", "Home Depot"], ["家得宝"]),
    C("cvs-health", US, ["CVS Health"], ["西维斯健康"]),
    C("unitedhealth-group", US, ["UnitedHealth Group", "UnitedHealth"], ["联合健康集团"]),
    C("berkshire-hathaway", US, ["Berkshire Hathaway"], ["伯克希尔·哈撒韦", "伯克希尔哈撒韦"],
      tw=["波克夏", "波克夏·海瑟威"]),
    C("pepsico", US, ["PepsiCo"], ["百事公司"]),
    C("nestle", CH, ["Nestlé", "Nestle"], ["雀巢", "雀巢公司"]),
    C("unilever", UK, ["Unilever"], ["联合利华"]),
    C("carrefour", FR, ["Carrefour"], ["家乐福"]),
    C("tesco", UK, ["Tesco"], ["英国乐购"]),
    C("lvmh", FR, ["LVMH"], ["路威酩轩"]),
    # ==================================================================
    # Pharmaceuticals and vaccines
    # ==================================================================
    C("pfizer", US, ["Pfizer"], ["辉瑞", "辉瑞公司", "辉瑞制药", "辉瑞药厂"], "Q206921",
      tw=["輝瑞大藥廠"]),
    C("biontech", DE, ["BioNTech"], ["拜恩泰科", "拜恩泰科公司"]),
    C("moderna", US, ["Moderna"], ["莫德纳", "莫德纳公司"], tw=["莫德納"]),
    C("astrazeneca", UK, ["AstraZeneca"], ["阿斯利康", "阿斯利康公司", "阿斯利康制药"], "Q731938",
      tw=["阿斯特捷利康"]),
    C("johnson-and-johnson", US, ["Johnson & Johnson", "J&J"], ["强生公司", "美国强生公司"],
      "Q333718", tw=["嬌生", "嬌生公司"]),
    C("janssen", "belgium", ["Janssen", "Janssen Pharmaceutica"], ["杨森制药", "杨森公司"]),
    C("novavax", US, ["Novavax"], ["诺瓦瓦克斯"]),
    C("merck-and-co", US, ["Merck & Co.", "MSD"], ["默沙东"], tw=["默克藥廠"]),
    C("eli-lilly", US, ["Eli Lilly", "Eli Lilly and Company"], ["礼来公司", "礼来制药"]),
    C("gilead-sciences", US, ["Gilead Sciences", "Gilead"], ["吉利德科学", "吉利德"]),
    C("abbvie", US, ["AbbVie"], ["艾伯维"]),
    C("glaxosmithkline", UK, ["GSK", "GlaxoSmithKline"], ["葛兰素史克"]),
    C("sanofi", FR, ["Sanofi"], ["赛诺菲"]),
    C("roche", CH, ["Roche"], ["罗氏", "罗氏制药"]),
    C("novartis", CH, ["Novartis"], ["诺华", "诺华制药"]),
    C("bayer", DE, ["Bayer"], ["拜耳", "拜耳公司"]),
    C("novo-nordisk", "denmark", ["Novo Nordisk"], ["诺和诺德"]),
    C("sinovac", CN, ["Sinovac", "Sinovac Biotech"], ["科兴", "北京科兴", "科兴生物", "科兴中维"]),
    C("sinopharm", CN, ["Sinopharm", "China National Pharmaceutical Group"],
      ["国药集团", "中国医药集团", "中国国药集团", "国药中国生物"]),
    C("cansino", CN, ["CanSino", "CanSino Biologics"], ["康希诺", "康希诺生物"]),
    C("serum-institute-of-india", IN, ["Serum Institute of India"], ["印度血清研究所"]),
    # ==================================================================
    # Aerospace and defence
    # ==================================================================
    C("boeing", US, ["Boeing", "The Boeing Company"], ["波音", "波音公司"], "Q66"),
    C("airbus", NL, ["Airbus"], ["空中客车", "空客", "空中客车公司", "空客公司"], "Q2311",
      tw=["空中巴士"]),
    C("comac", CN, ["COMAC", "Commercial Aircraft Corporation of China"],
      ["中国商飞", "中国商用飞机有限责任公司", "中国商用飞机公司"]),
    C("avic", CN, ["AVIC", "Aviation Industry Corporation of China"],
      ["中国航空工业集团", "中航工业", "中国航空工业集团有限公司"]),
    C("norinco", CN, ["Norinco", "China North Industries"], ["中国兵器工业集团", "中国北方工业公司"]),
    C("cssc", CN, ["CSSC", "China State Shipbuilding Corporation"], ["中国船舶集团", "中国船舶工业集团"]),
    C("lockheed-martin", US, ["Lockheed Martin"], ["洛克希德·马丁", "洛克希德马丁", "洛克希德·马丁公司",
                                                   "洛克希德马丁公司", "洛马公司"], "Q7240",
      tw=["洛克希德·馬丁", "洛克希德馬丁"]),
    C("rtx-corporation", US, ["RTX", "Raytheon", "Raytheon Technologies"],
      ["雷神公司", "雷神技术公司", "雷神技术", "美国雷神公司"]),
    C("northrop-grumman", US, ["Northrop Grumman"], ["诺斯罗普·格鲁曼", "诺斯罗普格鲁曼"]),
    C("general-dynamics", US, ["General Dynamics"], ["通用动力", "通用动力公司"]),
    C("bae-systems", UK, ["BAE Systems"], ["英国宇航系统公司", "BAE系统公司"]),
    C("thales", FR, ["Thales", "Thales Group"], ["泰雷兹", "泰雷兹集团"]),
    C("dassault-aviation", FR, ["Dassault Aviation"], ["达索航空", "达索飞机制造公司"]),
    C("rheinmetall", DE, ["Rheinmetall"], ["莱茵金属"]),
    C("saab", "sweden", ["Saab AB"], ["萨博集团"]),
    C("embraer", "brazil", ["Embraer"], ["巴西航空工业公司"]),
    C("rostec", RU, ["Rostec"], ["俄罗斯国家技术集团", "俄技集团"]),
    C("mitsubishi-heavy-industries", JP, ["Mitsubishi Heavy Industries"], ["三菱重工"]),
    # ==================================================================
    # Energy: oil, gas, power, nuclear, mining and commodity trading
    # ==================================================================
    C("saudi-aramco", "saudi-arabia", ["Saudi Aramco", "Aramco"],
      ["沙特阿美", "沙特阿美石油公司", "沙特阿拉伯国家石油公司"], tw=["沙烏地阿美"]),
    C("gazprom", RU, ["Gazprom"], ["俄罗斯天然气工业股份公司", "俄罗斯天然气工业公司", "俄气"],
      "Q102673", tw=["俄羅斯天然氣工業公司"]),
    C("rosneft", RU, ["Rosneft"], ["俄罗斯石油公司"]),
    C("lukoil", RU, ["Lukoil"], ["卢克石油", "卢克石油公司"]),
    C("novatek", RU, ["Novatek"], ["诺瓦泰克"]),
    C("rosatom", RU, ["Rosatom"], ["俄罗斯国家原子能公司"]),
    C("shell", UK, ["Shell plc", "Royal Dutch Shell"], ["壳牌", "壳牌公司", "荷兰皇家壳牌"],
      "Q154950", tw=["蜆殼"]),
    C("bp", UK, ["BP plc", "BP Plc", "British Petroleum"], ["英国石油公司", "英国石油集团"], "Q152057"),
    C("exxonmobil", US, ["ExxonMobil", "Exxon Mobil", "Exxon"], ["埃克森美孚", "埃克森美孚公司"],
      "Q156238", tw=["艾克森美孚"]),
    C("chevron", US, ["Chevron", "Chevron Corporation"], ["雪佛龙", "雪佛龙公司"], tw=["雪佛龍"]),
    C("totalenergies", FR, ["TotalEnergies"], ["道达尔", "道达尔能源", "道达尔公司"]),
    C("eni", "italy", ["Eni"], ["埃尼集团", "意大利埃尼集团"]),
    C("equinor", "norway", ["Equinor"], ["挪威国家石油公司"]),
    C("china-national-petroleum-corporation", CN, ["China National Petroleum Corporation", "CNPC"],
      ["中国石油天然气集团", "中国石油天然气集团有限公司", "中石油", "中国石油集团"]),
    C("petrochina", CN, ["PetroChina"], ["中国石油天然气股份有限公司"]),
    C("sinopec", CN, ["Sinopec", "China Petrochemical Corporation"],
      ["中国石油化工集团", "中国石化", "中石化", "中国石油化工股份有限公司"], "Q831445"),
    C("cnooc", CN, ["CNOOC", "China National Offshore Oil Corporation"],
      ["中国海洋石油集团", "中国海洋石油", "中海油", "中国海油"]),
    C("state-grid-corporation-of-china", CN, ["State Grid Corporation of China", "State Grid"],
      ["国家电网", "国家电网公司", "国家电网有限公司"]),
    C("china-southern-power-grid", CN, ["China Southern Power Grid"], ["南方电网", "中国南方电网"]),
    C("china-three-gorges-corporation", CN, ["China Three Gorges Corporation"],
      ["中国三峡集团", "三峡集团", "中国长江三峡集团"]),
    C("china-national-nuclear-corporation", CN, ["China National Nuclear Corporation", "CNNC"],
      ["中国核工业集团", "中核集团"]),
    C("china-general-nuclear-power-group", CN, ["China General Nuclear Power Group", "CGN"],
      ["中国广核集团", "中广核"]),
    C("china-energy-investment", CN, ["China Energy Investment Corporation", "CHN Energy"],
      ["国家能源投资集团", "国家能源集团"]),
    C("petrobras", "brazil", ["Petrobras"], ["巴西国家石油公司"]),
    C("pemex", "mexico", ["Pemex", "Petróleos Mexicanos"], ["墨西哥国家石油公司"]),
    C("petronas", "malaysia", ["Petronas"], ["马来西亚国家石油公司"]),
    C("pertamina", "indonesia", ["Pertamina"], ["印尼国家石油公司", "印度尼西亚国家石油公司"]),
    C("adnoc", "united-arab-emirates", ["ADNOC", "Abu Dhabi National Oil Company"],
      ["阿布扎比国家石油公司"]),
    C("qatarenergy", "qatar", ["QatarEnergy", "Qatar Petroleum"], ["卡塔尔能源公司", "卡塔尔石油公司"]),
    C("national-iranian-oil-company", "iran", ["National Iranian Oil Company", "NIOC"],
      ["伊朗国家石油公司"]),
    C("reliance-industries", IN, ["Reliance Industries"], ["信实工业", "信实集团"]),
    C("indian-oil-corporation", IN, ["Indian Oil Corporation"], ["印度石油公司"]),
    C("ongc", IN, ["Oil and Natural Gas Corporation", "ONGC"], ["印度石油天然气公司"]),
    C("electricite-de-france", FR, ["Électricité de France", "EDF"], ["法国电力公司", "法国电力集团"]),
    C("engie", FR, ["Engie"], ["法国燃气苏伊士集团", "法国ENGIE集团"]),
    C("enel", "italy", ["Enel"], ["意大利国家电力公司"]),
    C("uniper", DE, ["Uniper"], ["尤尼珀"]),
    C("tokyo-electric-power-company", JP, ["Tokyo Electric Power Company", "TEPCO"],
      ["东京电力公司", "东京电力", "东电公司"]),
    C("korea-electric-power", KR, ["Korea Electric Power Corporation", "KEPCO"],
      ["韩国电力公社", "韩国电力公司"]),
    C("glencore", CH, ["Glencore"], ["嘉能可"]),
    C("trafigura", "singapore", ["Trafigura"], ["托克集团"]),
    C("vitol", CH, ["Vitol"], ["维多集团"]),
    C("bhp", "australia", ["BHP", "BHP Billiton"], ["必和必拓"]),
    C("rio-tinto", UK, ["Rio Tinto"], ["力拓集团"]),
    C("vale", "brazil", ["Vale S.A."], ["淡水河谷"]),
    C("arcelormittal", "luxembourg", ["ArcelorMittal"], ["安赛乐米塔尔"]),
    C("china-baowu-steel", CN, ["China Baowu Steel Group", "Baowu"], ["中国宝武钢铁集团", "中国宝武", "宝武集团"]),
    C("nippon-steel", JP, ["Nippon Steel"], ["日本制铁"]),
    C("posco", KR, ["POSCO"], ["浦项制铁"]),
    C("china-minmetals", CN, ["China Minmetals"], ["中国五矿", "五矿集团"]),
    C("sinochem", CN, ["Sinochem"], ["中国中化", "中化集团"]),
    C("china-resources", CN, ["China Resources"], ["华润", "华润集团"]),
    # ==================================================================
    # Autos
    # ==================================================================
    C("toyota", JP, ["Toyota", "Toyota Motor"], ["丰田汽车", "丰田", "丰田公司"], "Q53268"),
    C("honda", JP, ["Honda", "Honda Motor"], ["本田汽车", "本田公司"]),
    C("nissan", JP, ["Nissan"], ["日产汽车", "日产公司"]),
    C("volkswagen-group", DE, ["Volkswagen", "Volkswagen Group", "VW"], ["大众汽车", "大众集团", "德国大众"],
      tw=["福斯汽車", "福斯集團"]),
    C("mercedes-benz-group", DE, ["Mercedes-Benz Group", "Mercedes-Benz", "Daimler"],
      ["梅赛德斯-奔驰", "梅赛德斯-奔驰集团", "奔驰汽车", "奔驰公司", "戴姆勒", "戴姆勒公司"], tw=["賓士"]),
    C("bmw", DE, ["BMW"], ["宝马", "宝马集团"]),
    C("bosch", DE, ["Bosch", "Robert Bosch"], ["博世", "博世集团"]),
    C("stellantis", NL, ["Stellantis"], ["斯特兰蒂斯"]),
    C("renault", FR, ["Renault"], ["雷诺汽车", "雷诺集团"]),
    C("ford-motor-company", US, ["Ford Motor Company", "Ford Motor"], ["福特汽车", "福特汽车公司", "福特公司"]),
    C("general-motors", US, ["General Motors"], ["通用汽车", "通用汽车公司"]),
    C("hyundai-motor", KR, ["Hyundai Motor", "Hyundai"], ["现代汽车", "现代集团"]),
    C("kia", KR, ["Kia"], ["起亚汽车"]),
    C("tata-group", IN, ["Tata Group", "Tata Motors"], ["塔塔集团", "塔塔汽车"]),
    C("saic-motor", CN, ["SAIC Motor", "SAIC"], ["上汽集团", "上海汽车集团"]),
    C("faw-group", CN, ["FAW Group", "China FAW"], ["中国一汽", "一汽集团"]),
    C("dongfeng-motor", CN, ["Dongfeng Motor"], ["东风汽车", "东风汽车集团"]),
    C("byd", CN, ["BYD"], ["比亚迪", "比亚迪公司"]),
    C("geely", CN, ["Geely"], ["吉利汽车", "吉利控股", "吉利集团"]),
    C("catl", CN, ["CATL", "Contemporary Amperex Technology"], ["宁德时代"]),
    # ==================================================================
    # Finance: banks (FSB G-SIBs), insurers, asset managers
    # ==================================================================
    C("jpmorgan-chase", US, ["JPMorgan Chase", "JPMorgan", "J.P. Morgan"], ["摩根大通", "摩根大通银行"]),
    C("bank-of-america", US, ["Bank of America"], ["美国银行公司", "美银美林"]),
    C("citigroup", US, ["Citigroup", "Citi", "Citibank"], ["花旗集团", "花旗银行"]),
    C("wells-fargo", US, ["Wells Fargo"], ["富国银行"]),
    C("goldman-sachs", US, ["Goldman Sachs"], ["高盛", "高盛集团"]),
    C("morgan-stanley", US, ["Morgan Stanley"], ["摩根士丹利"], tw=["摩根史坦利"]),
    C("blackrock", US, ["BlackRock"], ["贝莱德"]),
    C("hsbc", UK, ["HSBC"], ["汇丰", "汇丰银行", "汇丰控股"], "Q190464", tw=["滙豐", "滙豐銀行", "滙豐控股"]),
    C("barclays", UK, ["Barclays"], ["巴克莱银行", "巴克莱"]),
    C("standard-chartered", UK, ["Standard Chartered"], ["渣打银行", "渣打"]),
    C("bnp-paribas", FR, ["BNP Paribas"], ["法国巴黎银行"]),
    C("credit-agricole", FR, ["Crédit Agricole"], ["法国农业信贷银行"]),
    C("societe-generale", FR, ["Société Générale"], ["法国兴业银行"]),
    C("deutsche-bank", DE, ["Deutsche Bank"], ["德意志银行"]),
    C("ubs", CH, ["UBS"], ["瑞银", "瑞银集团"]),
    C("credit-suisse", CH, ["Credit Suisse"], ["瑞士信贷", "瑞士信贷银行", "瑞信", "瑞信银行"]),
    C("banco-santander", "spain", ["Banco Santander", "Santander"], ["桑坦德银行"]),
    C("ing-group", NL, ["ING Group"], ["荷兰国际集团"]),
    C("mitsubishi-ufj-financial-group", JP, ["Mitsubishi UFJ Financial Group", "MUFG"], ["三菱日联"]),
    C("mizuho", JP, ["Mizuho Financial Group", "Mizuho"], ["瑞穗金融集团", "瑞穗银行"]),
    C("sumitomo-mitsui-financial-group", JP, ["Sumitomo Mitsui Financial Group", "SMBC"],
      ["三井住友金融集团", "三井住友银行"]),
    C("industrial-and-commercial-bank-of-china", CN, ["Industrial and Commercial Bank of China", "ICBC"],
      ["中国工商银行", "工商银行"]),
    C("china-construction-bank", CN, ["China Construction Bank", "CCB"], ["中国建设银行", "建设银行", "建行"]),
    C("agricultural-bank-of-china", CN, ["Agricultural Bank of China"], ["中国农业银行", "农业银行"]),
    C("bank-of-china", CN, ["Bank of China"], ["中国银行"]),
    C("bank-of-communications", CN, ["Bank of Communications"], ["交通银行"]),
    C("china-merchants-bank", CN, ["China Merchants Bank"], ["招商银行"]),
    C("sberbank", RU, ["Sberbank"], ["俄罗斯联邦储蓄银行", "俄罗斯储蓄银行"]),
    C("vtb-bank", RU, ["VTB Bank", "VTB"], ["俄罗斯外贸银行"]),
    C("state-bank-of-india", IN, ["State Bank of India"], ["印度国家银行"]),
    C("allianz", DE, ["Allianz"], ["安联集团", "安联保险", "德国安联"]),
    C("axa", FR, ["AXA"], ["安盛", "安盛集团"]),
    C("generali", "italy", ["Generali", "Assicurazioni Generali"], ["忠利保险", "忠利集团"]),
    C("munich-re", DE, ["Munich Re"], ["慕尼黑再保险"]),
    C("ping-an-insurance", CN, ["Ping An Insurance", "Ping An"], ["中国平安", "平安保险", "中国平安保险"]),
    C("china-life-insurance", CN, ["China Life Insurance", "China Life"], ["中国人寿", "中国人寿保险"]),
    C("life-insurance-corporation-of-india", IN, ["Life Insurance Corporation of India"],
      ["印度人寿保险公司"]),
    # credit-rating agencies (the "Big Three")
    C("sp-global", US, ["S&P Global", "Standard & Poor's", "S&P Global Ratings"],
      ["标普全球", "标普全球公司", "标普公司", "标准普尔公司", "标普全球评级"]),
    C("moodys", US, ["Moody's", "Moody's Investors Service", "Moody's Corporation"],
      ["穆迪", "穆迪公司", "穆迪投资者服务公司"]),
    C("fitch-ratings", US, ["Fitch Ratings"], ["惠誉", "惠誉国际", "惠誉评级", "惠誉国际评级"]),
    # the US bank failures of the 2023 banking turmoil (with Credit Suisse above)
    C("silicon-valley-bank", US, ["Silicon Valley Bank", "SVB"], ["硅谷银行", "美国硅谷银行"]),
    C("signature-bank", US, ["Signature Bank"], ["签名银行", "美国签名银行"]),
    C("first-republic-bank", US, ["First Republic Bank"], ["第一共和银行", "美国第一共和银行"]),
    C("citic-group", CN, ["CITIC Group"], ["中信集团", "中国中信集团"]),
    C("japan-post-holdings", JP, ["Japan Post Holdings", "Japan Post"], ["日本邮政"]),
    # ==================================================================
    # Trading houses (Global 500 top)
    # ==================================================================
    C("mitsubishi-corporation", JP, ["Mitsubishi Corporation"], ["三菱商事"]),
    C("mitsui-and-co", JP, ["Mitsui & Co."], ["三井物产"]),
    # ==================================================================
    # Shipping, construction and infrastructure
    # ==================================================================
    C("cosco-shipping", CN, ["COSCO Shipping", "COSCO", "China COSCO Shipping"],
      ["中远海运", "中国远洋海运集团", "中远海运集团", "中国远洋运输集团"]),
    C("china-merchants-group", CN, ["China Merchants Group"], ["招商局集团", "招商局"]),
    C("maersk", "denmark", ["Maersk", "A.P. Moller-Maersk"], ["马士基"]),
    C("mediterranean-shipping-company", CH, ["Mediterranean Shipping Company"], ["地中海航运"]),
    C("cma-cgm", FR, ["CMA CGM"], ["达飞海运", "达飞轮船"]),
    C("hapag-lloyd", DE, ["Hapag-Lloyd"], ["赫伯罗特"]),
    C("evergreen-marine", TW, ["Evergreen Marine"], ["长荣海运"]),
    C("china-communications-construction", CN, ["China Communications Construction Company", "CCCC"],
      ["中国交通建设集团", "中国交建", "中交集团", "中交建"]),
    C("china-state-construction-engineering", CN, ["China State Construction Engineering"],
      ["中国建筑集团", "中国建筑工程总公司", "中建集团", "中国建筑股份有限公司"]),
    C("china-railway-engineering-group", CN, ["China Railway Engineering Group", "China Railway Group"],
      ["中国中铁", "中铁集团", "中国铁路工程集团"]),
    C("china-railway-construction-corporation", CN, ["China Railway Construction Corporation", "CRCC"],
      ["中国铁建", "中国铁道建筑集团"]),
    C("powerchina", CN, ["PowerChina", "Power Construction Corporation of China"],
      ["中国电建", "中国电力建设集团"]),
    C("china-energy-engineering", CN, ["China Energy Engineering Corporation"],
      ["中国能建", "中国能源建设集团"]),
    C("china-harbour-engineering", CN, ["China Harbour Engineering Company"], ["中国港湾工程公司", "中国港湾"]),
]


# ----------------------------------------------------------------------
# Traditional forms, folding, checks, output
# ----------------------------------------------------------------------
_S2T = opencc.OpenCC("s2t")
_S2TW = opencc.OpenCC("s2tw")
_S2HK = opencc.OpenCC("s2hk")
_T2S = opencc.OpenCC("t2s")
# OpenCC over-converts these in transliterated / proper names.
_HANT_FIX = str.maketrans({"裏": "里", "裡": "里", "範": "范", "巖": "岩", "祕": "秘",
                           "樸": "朴", "臺": "台"})

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
    hans = list(row["zh"]) + [_T2S.convert(t) for t in row["tw"]]
    hant = []
    for n in row["zh"]:
        hant.extend(hant_forms(n))
    hant.extend(row["tw"])
    hant.extend(row["tw_only"])
    return {"en": _dedupe(row["en"]), "zh-Hans": _dedupe(hans), "zh-Hant": _dedupe(hant)}


def build() -> list[dict]:
    records = []
    for row in COMPANIES:
        rec = {"id": row["id"], "type": "Organization", "kind": "company",
               "country": row["country"], "names": names_of(row)}
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
        if r["type"] != "Organization" or r["kind"] != "company":
            errors.append(f"{rid}: not an Organization / company")
        if r["country"] not in countries:
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
                    if len(n) < 2:
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
    others = place_gazetteer.other_names(OUTPUT)
    for k, rids in sorted({**keys, **latin}.items()):
        if k in others:
            errors.append(f"name {k!r} of {sorted(rids)} also in {sorted(others[k])}")
    return errors



def _summary(records: list[dict]) -> str:
    return f"{len(records)} companies, {sum(1 for r in records if 'qid' in r)} with QID"


def main(argv=None) -> int:
    return place_gazetteer.run(argv, __doc__, build(), OUTPUT, _summary, check)


if __name__ == "__main__":
    sys.exit(main())
