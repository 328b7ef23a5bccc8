#!/usr/bin/env python3
"""Build the OUTLET part of the entity gazetteer: news organisations.

Run from the repository root (deterministic: same table, same bytes out)::

    python scripts/build_gazetteer_outlets.py [--check]

What an outlet is here
----------------------
A publisher or agency that an article credits or cites: news agencies, radio
and TV broadcasters, newspapers, magazines and news websites. The table is world
knowledge, written by hand; it is not derived from, nor tuned to, any article.

Data sources
------------
* **The hand-curated table below** (``OUTLETS``): id, kind, home country,
  English names, simplified-Chinese names (preferred label first, then the
  Chinese-service name and the short forms Chinese text uses), domains and,
  where certain, the Wikidata QID.
* **Traditional-script names** are derived from the simplified ones with
  OpenCC ``s2t`` (official ``opencc`` binding), normalised to the forms media
  mastheads use (台 not 臺, 里 kept, 群/眾), after any explicit Taiwan / Hong
  Kong forms listed in the table (e.g. 福斯新聞, 富比士, 無綫電視).
* **QIDs** are given only where they were checked against an independent
  source that pairs the ID with the outlet (Wikidata-derived registers and
  research code that reads labels from Wikidata); everything else is left out
  on purpose: a wrong ID is worse than none.

Record format (``kg/data/gazetteer/outlets.jsonl``, one JSON object a line,
``ensure_ascii=False``, keys sorted, lines sorted by id)::

    {"country": "germany", "domains": ["dw.com", "p.dw.com"],
     "id": "deutsche-welle", "kind": "broadcaster",
     "names": {"en": ["Deutsche Welle", "DW"],
               "zh-Hans": ["德国之声", "德国之声中文网", "德国之声电台"],
               "zh-Hant": ["德國之聲", "德國之聲中文網", "德國之聲電台"]},
     "qid": "Q153770", "type": "Outlet"}

``kind`` is one of agency, broadcaster, newspaper, online, magazine.
``country`` is the slug of the home country as in ``countries.jsonl``; Hong
Kong and Macau outlets carry ``"country": "china"`` and ``"region":
"hong-kong"`` / ``"macau"``. ``domains`` are bare host names (no scheme, no
``www.``); a listed host also stands for its subdomains unless a more specific
host is listed for another outlet (``money.udn.com`` vs ``udn.com``).

Name policy
-----------
Chinese names have at least two characters and are never an ordinary word or
a bare generic (早报, 时报, 日报, 新闻, 周刊 ...). Where two outlets share a
Chinese name, the name goes to the one Chinese news means by it and the other
keeps only qualified forms: 文汇报 is Hong Kong's Wen Wei Po (Shanghai's paper
is 上海文汇报); 世界报 is Le Monde (德国世界报, 西班牙世界报); 东方日报 and
苹果日报 are the Hong Kong papers; 经济日报 is the Beijing paper; 世界日报 is
the US World Journal; 中央日报 is Korea's JoongAng Ilbo; 央广 is China National
Radio. Names that are prefixes of common words were left out (消息报 of 消息报道,
国家报 of 国家报告, 中时 of 其中时, 环时, 华邮 of 中华邮政, 信报 of 征信报告,
南早, 多维, 明镜, 公视, 民视, 中国报 ...) in favour of qualified forms.

Checks (exit status 1 if one fails): ids unique and slug-shaped, kind and
country valid, no single-character name, no name in the generic-word list, no
Chinese name shared by two records after folding (NFKC + OpenCC ``t2s``, as
the matcher does) within this file or with another gazetteer file, no Latin
name shared by two records, no domain listed twice, no QID used twice.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[1]
GAZ = ROOT / "kg" / "data" / "gazetteer"
OUTPUT = GAZ / "outlets.jsonl"

KINDS = ("agency", "broadcaster", "newspaper", "online", "magazine")
REGIONS = ("hong-kong", "macau")

# Names that must never be an alias on their own (generic words).
GENERIC = {
    "早报", "晚报", "日报", "时报", "周报", "周刊", "月刊", "新闻", "新闻网", "新闻社",
    "通讯社", "电台", "电视台", "电视", "广播", "卫视", "报社", "杂志", "商报", "导报",
    "世界", "时代", "财富", "财经", "外交政策", "外交事务", "消息", "今日", "国际",
    "人民", "联合", "中央", "光明", "环球", "澎湃", "界面", "观察", "半岛", "凤凰",
    "自由", "苹果", "明镜", "星报", "邮报", "快报", "先驱报", "论坛报",
    "新报", "国家报", "消息报", "人民报", "中国报", "民族报", "青年报",
}


def O(id, kind, country, en, hans, domains=(), hant=(), qid=None, region=None, hant_first=False):
    """One outlet row of the hand table.

    ``hant`` lists Taiwan / Hong Kong forms that OpenCC cannot derive; they follow
    the derived preferred label unless ``hant_first`` makes the first of them the
    preferred zh-Hant label.
    """
    return dict(id=id, kind=kind, country=country, en=list(en), hans=list(hans),
                domains=list(domains), hant=list(hant), qid=qid, region=region,
                hant_first=hant_first)


OUTLETS = [
    # ------------------------------------------------------------------
    # International news agencies
    # ------------------------------------------------------------------
    O("reuters", "agency", "united-kingdom", ["Reuters"],
      ["路透社", "路透", "路透中文网"], ["reuters.com"], qid="Q130879"),
    O("agence-france-presse", "agency", "france",
      ["Agence France-Presse", "AFP", "Agence France Presse"],
      ["法新社", "法国新闻社"], ["afp.com"], qid="Q40464"),
    O("associated-press", "agency", "united-states",
      ["Associated Press", "AP", "The Associated Press"],
      ["美联社", "美国联合通讯社", "美国美联社"], ["apnews.com", "ap.org"], qid="Q40469"),
    O("bloomberg-news", "agency", "united-states", ["Bloomberg News", "Bloomberg"],
      ["彭博社", "彭博", "彭博新闻社", "彭博通讯社", "彭博新闻"], ["bloomberg.com"],
      qid="Q14270642"),
    O("bloomberg-businessweek", "magazine", "united-states",
      ["Bloomberg Businessweek", "Businessweek"], ["彭博商业周刊"]),
    O("united-press-international", "agency", "united-states",
      ["United Press International", "UPI"], ["合众国际社", "合众社"], ["upi.com"],
      qid="Q493845"),
    O("xinhua-news-agency", "agency", "china", ["Xinhua News Agency", "Xinhua", "Xinhuanet"],
      ["新华社", "新华通讯社", "新华网"], ["xinhuanet.com", "news.cn"], qid="Q204839"),
    O("china-news-service", "agency", "china", ["China News Service", "ChinaNews"],
      ["中新社", "中国新闻社", "中新网", "中国新闻网"], ["chinanews.com", "chinanews.com.cn"]),
    O("kyodo-news", "agency", "japan", ["Kyodo News", "Kyodo"],
      ["共同社", "日本共同社", "共同通讯社", "日本共同通讯社"], ["kyodonews.net", "kyodonews.jp"]),
    O("jiji-press", "agency", "japan", ["Jiji Press", "Jiji"],
      ["时事社", "时事通讯社", "日本时事通讯社", "日本时事社"], ["jiji.com"]),
    O("yonhap-news-agency", "agency", "south-korea", ["Yonhap News Agency", "Yonhap"],
      ["韩联社", "韩国联合通讯社", "韩联社中文网"], ["yna.co.kr"]),
    O("tass", "agency", "russia", ["TASS", "ITAR-TASS", "Russian News Agency TASS"],
      ["塔斯社", "俄塔社", "塔斯通讯社", "俄罗斯塔斯社", "俄通社"], ["tass.ru", "tass.com"],
      qid="Q223799"),
    O("ria-novosti", "agency", "russia", ["RIA Novosti", "RIA"],
      ["俄新社", "俄罗斯新闻社", "俄新网"], ["ria.ru"]),
    O("sputnik", "agency", "russia", ["Sputnik", "Sputnik News"],
      ["俄罗斯卫星通讯社", "卫星通讯社", "俄卫星通讯社", "俄罗斯卫星网", "俄罗斯卫星通讯社中文网"],
      ["sputniknews.com", "sputniknews.cn"]),
    O("interfax", "agency", "russia", ["Interfax"],
      ["国际文传电讯社", "俄罗斯国际文传电讯社"], ["interfax.ru", "interfax.com"], qid="Q379271"),
    O("ansa", "agency", "italy", ["ANSA", "Agenzia Nazionale Stampa Associata"],
      ["安莎社", "意大利安莎社", "安莎通讯社", "意大利安莎通讯社"], ["ansa.it"], qid="Q392934"),
    O("deutsche-presse-agentur", "agency", "germany", ["Deutsche Presse-Agentur", "dpa", "DPA"],
      ["德新社", "德国新闻社", "德国新闻通讯社"], ["dpa.com"], qid="Q312653"),
    O("efe", "agency", "spain", ["EFE", "Agencia EFE"],
      ["埃菲社", "西班牙埃菲社", "埃菲通讯社"], ["efe.com"]),
    O("europa-press", "agency", "spain", ["Europa Press"], ["欧洲新闻社", "西班牙欧洲新闻社"],
      ["europapress.es"]),
    O("anadolu-agency", "agency", "turkey", ["Anadolu Agency", "Anadolu"],
      ["阿纳多卢通讯社", "阿纳多卢社", "土耳其阿纳多卢通讯社", "阿纳多卢新闻社"], ["aa.com.tr"]),
    O("press-trust-of-india", "agency", "india", ["Press Trust of India", "PTI"],
      ["印度报业托拉斯", "印度报业托拉斯通讯社"], ["ptinews.com"]),
    O("asian-news-international", "agency", "india", ["Asian News International", "ANI"],
      ["亚洲国际新闻社", "印度亚洲国际新闻社"], ["aninews.in"]),
    O("bernama", "agency", "malaysia", ["Bernama", "Malaysian National News Agency"],
      ["马新社", "马来西亚国家新闻社", "马来西亚国家通讯社"], ["bernama.com"]),
    O("antara", "agency", "indonesia", ["Antara", "Antara News Agency"],
      ["安塔拉通讯社", "安塔拉社", "印尼安塔拉通讯社", "印度尼西亚国家通讯社", "印尼国家通讯社"],
      ["antaranews.com"]),
    O("vietnam-news-agency", "agency", "vietnam", ["Vietnam News Agency", "VNA"],
      ["越通社", "越南通讯社", "越南新闻社"], ["vnanet.vn", "vietnamplus.vn"]),
    O("korean-central-news-agency", "agency", "north-korea",
      ["Korean Central News Agency", "KCNA"], ["朝中社", "朝鲜中央通讯社"], ["kcna.kp"]),
    O("central-news-agency", "agency", "taiwan",
      ["Central News Agency", "CNA", "Focus Taiwan"],
      ["中央社", "中央通讯社", "台湾中央社", "台湾中央通讯社"], ["cna.com.tw", "focustaiwan.tw"]),
    O("philippine-news-agency", "agency", "philippines", ["Philippine News Agency"],
      ["菲律宾通讯社", "菲通社"], ["pna.gov.ph"]),
    O("lao-news-agency", "agency", "laos", ["Lao News Agency", "KPL"],
      ["老挝通讯社", "巴特寮通讯社"]),
    O("agence-kampuchea-presse", "agency", "cambodia", ["Agence Kampuchea Presse", "AKP"],
      ["柬埔寨新闻社", "柬新社"]),
    O("montsame", "agency", "mongolia", ["Montsame", "MONTSAME"],
      ["蒙通社", "蒙古国家通讯社", "蒙古国国家通讯社"], ["montsame.mn"]),
    O("bangladesh-sangbad-sangstha", "agency", "bangladesh", ["Bangladesh Sangbad Sangstha"],
      ["孟加拉国国家通讯社", "孟加拉国通讯社"], ["bssnews.net"]),
    O("associated-press-of-pakistan", "agency", "pakistan", ["Associated Press of Pakistan"],
      ["巴基斯坦联合通讯社", "巴基斯坦通讯社"], ["app.com.pk"]),
    O("bakhtar-news-agency", "agency", "afghanistan", ["Bakhtar News Agency", "Bakhtar"],
      ["巴赫塔尔通讯社", "阿富汗巴赫塔尔通讯社"]),
    O("pajhwok-afghan-news", "agency", "afghanistan", ["Pajhwok Afghan News", "Pajhwok"],
      ["帕支瓦克阿富汗通讯社", "阿富汗帕支瓦克通讯社"], ["pajhwok.com"]),
    # Central Asia
    O("kazinform", "agency", "kazakhstan",
      ["Kazinform", "Qazinform", "Kazinform International News Agency"],
      ["哈通社", "哈萨克斯坦国际通讯社", "哈萨克国际通讯社"], ["inform.kz"]),
    O("interfax-kazakhstan", "agency", "kazakhstan", ["Interfax-Kazakhstan"],
      ["哈萨克斯坦国际文传电讯社", "国际文传电讯社哈萨克斯坦分社"], ["interfax.kz"]),
    O("tengrinews", "online", "kazakhstan", ["Tengrinews", "Tengri News"],
      ["腾格里新闻网", "哈萨克斯坦腾格里新闻网"], ["tengrinews.kz"]),
    O("khabar-agency", "broadcaster", "kazakhstan", ["Khabar Agency", "Khabar"],
      ["哈巴尔通讯社", "哈萨克斯坦哈巴尔通讯社", "哈巴尔电视台"], ["khabar.kz"]),
    O("kabar", "agency", "kyrgyzstan", ["Kabar", "Kabar News Agency"],
      ["卡巴尔通讯社", "吉尔吉斯斯坦卡巴尔通讯社", "吉尔吉斯斯坦国家通讯社", "卡巴尔国家通讯社"],
      ["kabar.kg"]),
    O("akipress", "agency", "kyrgyzstan", ["AKIpress"],
      ["AKIpress通讯社", "AKIpress新闻社", "吉尔吉斯斯坦AKIpress通讯社"],
      ["akipress.com", "akipress.org"]),
    O("24-kg", "agency", "kyrgyzstan", ["24.kg"], ["24.kg新闻网", "24.kg通讯社"], ["24.kg"]),
    O("uza", "agency", "uzbekistan", ["UzA", "National News Agency of Uzbekistan"],
      ["乌兹别克斯坦国家通讯社", "乌兹别克通讯社"], ["uza.uz"]),
    O("khovar", "agency", "tajikistan", ["Khovar", "National Information Agency of Tajikistan"],
      ["霍瓦尔通讯社", "塔吉克斯坦国家通讯社"], ["khovar.tj"]),
    O("turkmen-state-news-agency", "agency", "turkmenistan", ["Turkmen State News Agency"],
      ["土库曼斯坦国家通讯社"]),
    # Middle East
    O("islamic-republic-news-agency", "agency", "iran", ["Islamic Republic News Agency", "IRNA"],
      ["伊通社", "伊朗伊斯兰共和国通讯社", "伊朗国家通讯社"], ["irna.ir"]),
    O("tasnim-news-agency", "agency", "iran", ["Tasnim News Agency", "Tasnim"],
      ["塔斯尼姆通讯社", "塔斯尼姆新闻社"], ["tasnimnews.com"]),
    O("fars-news-agency", "agency", "iran", ["Fars News Agency", "Fars News"],
      ["法尔斯通讯社", "伊朗法尔斯通讯社", "法尔斯新闻社"], ["farsnews.ir"]),
    O("mehr-news-agency", "agency", "iran", ["Mehr News Agency"], ["迈赫尔通讯社"], ["mehrnews.com"]),
    O("iranian-students-news-agency", "agency", "iran", ["Iranian Students' News Agency"],
      ["伊朗学生通讯社"], ["isna.ir"]),
    O("saudi-press-agency", "agency", "saudi-arabia", ["Saudi Press Agency"],
      ["沙特通讯社", "沙特阿拉伯通讯社", "沙特新闻社"], ["spa.gov.sa"]),
    O("emirates-news-agency", "agency", "united-arab-emirates", ["Emirates News Agency", "WAM"],
      ["阿联酋通讯社", "阿拉伯联合酋长国通讯社"], ["wam.ae"]),
    O("qatar-news-agency", "agency", "qatar", ["Qatar News Agency", "QNA"],
      ["卡塔尔通讯社", "卡塔尔新闻社"], ["qna.org.qa"]),
    O("kuwait-news-agency", "agency", "kuwait", ["Kuwait News Agency", "KUNA"],
      ["科威特通讯社"], ["kuna.net.kw"]),
    O("middle-east-news-agency", "agency", "egypt", ["Middle East News Agency"],
      ["中东社", "埃及中东通讯社", "中东通讯社"]),
    O("syrian-arab-news-agency", "agency", "syria", ["Syrian Arab News Agency", "SANA"],
      ["叙利亚通讯社", "叙利亚阿拉伯通讯社", "叙通社"], ["sana.sy"]),
    O("petra-news-agency", "agency", "jordan", ["Petra News Agency", "Jordan News Agency"],
      ["约旦通讯社", "约旦佩特拉通讯社", "佩特拉通讯社"], ["petra.gov.jo"]),
    O("wafa", "agency", "palestine",
      ["WAFA", "Palestinian News and Information Agency", "WAFA News Agency"],
      ["巴勒斯坦通讯社", "巴勒斯坦新闻社"], ["wafa.ps"]),
    O("iraqi-news-agency", "agency", "iraq", ["Iraqi News Agency"], ["伊拉克通讯社", "伊拉克新闻社"]),
    # Caucasus and Eastern Europe
    O("azertac", "agency", "azerbaijan", ["AZERTAC", "Azertag", "Azerbaijan State News Agency"],
      ["阿塞拜疆国家通讯社", "阿塞拜疆通讯社"], ["azertag.az"]),
    O("armenpress", "agency", "armenia", ["Armenpress"], ["亚美尼亚通讯社", "亚美尼亚国家通讯社"],
      ["armenpress.am"]),
    O("belta", "agency", "belarus", ["BelTA", "Belarusian Telegraph Agency"],
      ["白俄罗斯通讯社", "白通社"], ["belta.by"]),
    O("ukrinform", "agency", "ukraine", ["Ukrinform"], ["乌克兰国家通讯社", "乌克兰通讯社"],
      ["ukrinform.net", "ukrinform.ua"], qid="Q987030"),
    O("unian", "agency", "ukraine", ["UNIAN"], ["乌克兰独立新闻社", "乌克兰独立通讯社"],
      ["unian.net", "unian.info"]),
    O("regnum", "agency", "russia", ["Regnum", "REGNUM News Agency"],
      ["雷格纳姆通讯社", "俄罗斯雷格纳姆通讯社"], ["regnum.ru"], qid="Q1977770"),
    # Europe
    O("polish-press-agency", "agency", "poland", ["Polish Press Agency", "Polska Agencja Prasowa"],
      ["波兰通讯社", "波通社"], ["pap.pl"], qid="Q1484980"),
    O("czech-news-agency", "agency", "czech-republic", ["Czech News Agency", "ČTK", "CTK"],
      ["捷克通讯社"], ["ctk.cz"], qid="Q341118"),
    O("bulgarian-news-agency", "agency", "bulgaria", ["Bulgarian News Agency", "BTA"],
      ["保加利亚通讯社", "保通社"], ["bta.bg"], qid="Q2031809"),
    O("tanjug", "agency", "serbia", ["Tanjug"], ["坦尤格通讯社", "塞尔维亚通讯社"], ["tanjug.rs"],
      qid="Q371267"),
    O("hungarian-news-agency", "agency", "hungary", ["Hungarian News Agency", "MTI"],
      ["匈牙利通讯社"], ["mti.hu"]),
    O("athens-macedonian-news-agency", "agency", "greece",
      ["Athens-Macedonian News Agency", "ANA-MPA"], ["希腊通讯社", "雅典-马其顿通讯社"], ["amna.gr"]),
    O("lusa", "agency", "portugal", ["Lusa", "Lusa News Agency"],
      ["葡萄牙通讯社", "卢萨社", "葡萄牙卢萨社"], ["lusa.pt"]),
    O("austria-presse-agentur", "agency", "austria", ["Austria Presse Agentur", "Austria Press Agency"],
      ["奥地利通讯社"], ["apa.at"], qid="Q680662"),
    O("belga", "agency", "belgium", ["Belga"], ["比利时通讯社", "比通社"], ["belga.be"], qid="Q815453"),
    O("algemeen-nederlands-persbureau", "agency", "netherlands",
      ["Algemeen Nederlands Persbureau", "ANP"], ["荷兰通讯社"], ["anp.nl"], qid="Q966898"),
    O("tt-news-agency", "agency", "sweden", ["TT News Agency", "Tidningarnas Telegrambyrå"],
      ["瑞典通讯社", "瑞典TT通讯社"], ["tt.se"], qid="Q1312158"),
    O("norsk-telegrambyra", "agency", "norway", ["Norsk Telegrambyrå", "NTB"], ["挪威通讯社"],
      ["ntb.no"]),
    O("finnish-news-agency", "agency", "finland", ["Finnish News Agency", "STT"], ["芬兰通讯社"],
      ["stt.fi"]),
    O("croatian-news-agency", "agency", "croatia", ["Croatian News Agency", "HINA"],
      ["克罗地亚通讯社"], ["hina.hr"]),
    O("agerpres", "agency", "romania", ["Agerpres"], ["罗马尼亚国家通讯社", "罗马尼亚通讯社"],
      ["agerpres.ro"]),
    # Americas and Oceania
    O("prensa-latina", "agency", "cuba", ["Prensa Latina"], ["拉美社", "拉丁美洲通讯社", "古巴拉美社"],
      ["prensa-latina.cu"]),
    O("canadian-press", "agency", "canada", ["The Canadian Press", "Canadian Press"],
      ["加拿大通讯社", "加通社"], ["thecanadianpress.com"]),
    O("australian-associated-press", "agency", "australia", ["Australian Associated Press"],
      ["澳大利亚联合新闻社", "澳联社"], ["aap.com.au"]),
    O("agencia-brasil", "agency", "brazil", ["Agência Brasil", "Agencia Brasil"],
      ["巴西通讯社", "巴西国家通讯社"], ["agenciabrasil.ebc.com.br"]),
    O("notimex", "agency", "mexico", ["Notimex"],  # the state agency, closed in 2023
      ["墨西哥通讯社", "墨西哥国家通讯社"], ["notimex.gob.mx"]),
    O("telam", "agency", "argentina", ["Télam", "Telam"],
      ["阿根廷国家通讯社", "阿根廷通讯社", "特拉姆通讯社"], ["telam.com.ar"]),
    O("agencia-cubana-de-noticias", "agency", "cuba", ["Agencia Cubana de Noticias"],
      ["古巴通讯社"], ["acn.cu"]),
    O("andina", "agency", "peru", ["Andina", "Agencia Andina"],
      ["安第斯通讯社", "秘鲁安第斯通讯社"], ["andina.pe"]),
    O("pa-media", "agency", "united-kingdom", ["PA Media", "Press Association", "PA News Agency"],
      ["英国报联社", "英国新闻联合社", "英国报业联合社"], ["pamediagroup.com"]),
    O("sanews", "agency", "south-africa", ["SAnews", "South African Government News Agency"],
      ["南非政府通讯社", "南非政府新闻网"], ["sanews.gov.za"]),
    O("united-news-of-india", "agency", "india", ["United News of India"],
      ["印度联合新闻社", "印度联合通讯社"], ["uniindia.com"]),
    O("rastriya-samachar-samiti", "agency", "nepal", ["Rastriya Samachar Samiti"],
      ["尼泊尔国家通讯社"]),
    # Africa and the Arab world
    O("algerie-presse-service", "agency", "algeria", ["Algérie Presse Service"],
      ["阿尔及利亚通讯社", "阿尔及利亚新闻社"], ["aps.dz"]),
    O("maghreb-arabe-presse", "agency", "morocco", ["Maghreb Arabe Presse"],
      ["摩洛哥通讯社", "摩洛哥马格里布通讯社", "马格里布阿拉伯通讯社"], ["mapexpress.ma"]),
    O("tunis-afrique-presse", "agency", "tunisia", ["Tunis Afrique Presse"],
      ["突尼斯非洲通讯社", "突尼斯通讯社"], ["tap.info.tn"]),
    O("sudan-news-agency", "agency", "sudan", ["Sudan News Agency", "SUNA"], ["苏丹通讯社"],
      ["suna-sd.net"]),
    O("ethiopian-news-agency", "agency", "ethiopia", ["Ethiopian News Agency"],
      ["埃塞俄比亚通讯社"], ["ena.et"]),
    O("kenya-news-agency", "agency", "kenya", ["Kenya News Agency"], ["肯尼亚通讯社"],
      ["kenyanews.go.ke"]),
    O("news-agency-of-nigeria", "agency", "nigeria", ["News Agency of Nigeria"],
      ["尼日利亚通讯社", "尼日利亚新闻社"], ["nannews.ng"]),
    O("oman-news-agency", "agency", "oman", ["Oman News Agency"], ["阿曼通讯社"],
      ["omannews.gov.om"]),
    O("bahrain-news-agency", "agency", "bahrain", ["Bahrain News Agency"], ["巴林通讯社"],
      ["bna.bh"]),
    O("national-news-agency-lebanon", "agency", "lebanon", ["Lebanese National News Agency"],
      ["黎巴嫩国家通讯社", "黎巴嫩通讯社"], ["nna-leb.gov.lb"]),
    O("saba-news-agency", "agency", "yemen", ["Saba News Agency"],
      ["萨巴通讯社", "也门萨巴通讯社", "也门通讯社"], ["saba.ye"]),
    # Europe
    O("news-agency-of-the-slovak-republic", "agency", "slovakia",
      ["News Agency of the Slovak Republic", "TASR"], ["斯洛伐克通讯社"], ["tasr.sk"]),
    O("slovenian-press-agency", "agency", "slovenia", ["Slovenian Press Agency"],
      ["斯洛文尼亚通讯社"], ["sta.si"]),
    O("cyprus-news-agency", "agency", "cyprus", ["Cyprus News Agency"], ["塞浦路斯通讯社"],
      ["cna.org.cy"]),
    O("media-information-agency", "agency", "north-macedonia", ["Media Information Agency"],
      ["北马其顿通讯社"], ["mia.mk"]),
    O("albanian-telegraphic-agency", "agency", "albania", ["Albanian Telegraphic Agency"],
      ["阿尔巴尼亚通讯社"], ["ata.gov.al"]),
    O("keystone-sda", "agency", "switzerland", ["Keystone-SDA", "Swiss News Agency"],
      ["瑞士通讯社"], ["keystone-sda.ch"]),

    # ------------------------------------------------------------------
    # International broadcasters
    # ------------------------------------------------------------------
    O("bbc", "broadcaster", "united-kingdom",
      ["BBC", "British Broadcasting Corporation", "BBC News", "BBC Chinese"],
      ["英国广播公司", "BBC中文网", "BBC中文", "英国BBC", "英国广播公司中文网"],
      ["bbc.com", "bbc.co.uk"], qid="Q9531"),
    O("voice-of-america", "broadcaster", "united-states", ["Voice of America", "VOA", "VOA News"],
      ["美国之音", "美国之音中文网", "美国之音电台"],
      ["voanews.com", "voachinese.com", "voacantonese.com"]),
    O("radio-free-asia", "broadcaster", "united-states", ["Radio Free Asia", "RFA"],
      ["自由亚洲电台", "自由亚洲"], ["rfa.org"]),
    O("radio-free-europe-radio-liberty", "broadcaster", "united-states",
      ["Radio Free Europe/Radio Liberty", "RFE/RL", "Radio Liberty", "Radio Free Europe"],
      ["自由欧洲电台", "自由电台", "自由欧洲电台/自由电台"],
      ["rferl.org", "svoboda.org", "radiosvoboda.org", "azattyq.org", "azattyk.org",
       "ozodlik.org", "ozodi.org", "azathabar.com"]),
    O("radio-france-internationale", "broadcaster", "france",
      ["Radio France Internationale", "RFI"],
      ["法国国际广播电台", "法广", "法广中文网", "法国国际广播电台中文网", "法国国际电台"],
      ["rfi.fr"]),
    O("deutsche-welle", "broadcaster", "germany", ["Deutsche Welle", "DW"],
      ["德国之声", "德国之声中文网", "德国之声电台"], ["dw.com", "p.dw.com"], qid="Q153770"),
    O("nhk", "broadcaster", "japan",
      ["NHK", "Japan Broadcasting Corporation", "NHK World", "NHK World-Japan"],
      ["日本广播协会", "日本放送协会", "日本NHK", "日本NHK电视台", "NHK电视台"], ["nhk.or.jp"]),
    O("cnn", "broadcaster", "united-states", ["CNN", "Cable News Network"],
      ["美国有线电视新闻网", "有线电视新闻网"], ["cnn.com"], qid="Q48340"),
    O("al-jazeera", "broadcaster", "qatar",
      ["Al Jazeera", "Al Jazeera English", "Al Jazeera Media Network", "Aljazeera"],
      ["半岛电视台", "卡塔尔半岛电视台", "半岛电视台中文网"], ["aljazeera.com", "aljazeera.net"]),
    O("al-arabiya", "broadcaster", "united-arab-emirates", ["Al Arabiya"],
      ["阿拉伯卫星电视台", "阿拉比亚电视台"], ["alarabiya.net"]),
    O("france-24", "broadcaster", "france", ["France 24"],
      ["法国24台", "法兰西24", "法国24电视台", "法兰西24台", "法国24新闻台"], ["france24.com"]),
    O("euronews", "broadcaster", "france", ["Euronews"], ["欧洲新闻台", "欧洲新闻电视台"],
      ["euronews.com"]),
    O("rt", "broadcaster", "russia", ["RT", "Russia Today"], ["今日俄罗斯", "今日俄罗斯电视台"],
      ["rt.com"], qid="Q22868"),
    O("channel-one-russia", "broadcaster", "russia", ["Channel One Russia"],
      ["俄罗斯第一频道", "俄第一频道"], ["1tv.ru"], qid="Q330067"),
    O("fox-news", "broadcaster", "united-states", ["Fox News", "Fox News Channel"],
      ["福克斯新闻", "福克斯新闻台", "福克斯新闻频道", "霍士新闻"], ["foxnews.com"],
      hant=["福斯新聞", "福斯新聞台"], qid="Q186068"),
    O("cnbc", "broadcaster", "united-states", ["CNBC"],
      ["美国消费者新闻与商业频道", "消费者新闻与商业频道"], ["cnbc.com"], qid="Q1023911"),
    O("nbc-news", "broadcaster", "united-states", ["NBC News", "NBC"],
      ["美国全国广播公司", "美国国家广播公司"], ["nbcnews.com"]),
    O("cbs-news", "broadcaster", "united-states", ["CBS News", "CBS"],
      ["哥伦比亚广播公司", "美国哥伦比亚广播公司"], ["cbsnews.com"]),
    O("abc-news", "broadcaster", "united-states", ["ABC News"],
      ["美国广播公司", "美国广播公司新闻网"], ["abcnews.go.com"]),
    O("npr", "broadcaster", "united-states", ["NPR", "National Public Radio"],
      ["美国全国公共广播电台", "美国国家公共电台", "全国公共广播电台", "美国公共广播电台",
       "美国全国公共电台"], ["npr.org"], qid="Q671510"),
    O("pbs", "broadcaster", "united-states", ["PBS", "Public Broadcasting Service"],
      ["美国公共电视网", "美国公共广播公司"], ["pbs.org"]),
    O("cbc", "broadcaster", "canada",
      ["CBC", "Canadian Broadcasting Corporation", "CBC News", "Radio-Canada", "CBC/Radio-Canada"],
      ["加拿大广播公司"], ["cbc.ca"]),
    O("australian-broadcasting-corporation", "broadcaster", "australia",
      ["Australian Broadcasting Corporation"], ["澳大利亚广播公司", "澳洲广播公司"], ["abc.net.au"]),
    O("special-broadcasting-service", "broadcaster", "australia", ["Special Broadcasting Service"],
      ["澳大利亚特别广播服务公司", "SBS中文"], ["sbs.com.au"]),
    O("sky-news", "broadcaster", "united-kingdom", ["Sky News"],
      ["天空新闻台", "英国天空新闻台", "天空新闻"], ["news.sky.com"]),
    O("ard", "broadcaster", "germany", ["ARD", "Das Erste"],
      ["德国电视一台", "德国公共广播联盟"], ["ard.de", "tagesschau.de"]),
    O("zdf", "broadcaster", "germany", ["ZDF"], ["德国电视二台"], ["zdf.de"]),
    O("rai", "broadcaster", "italy", ["RAI", "Rai"], ["意大利广播电视公司", "意大利国家广播电视台"],
      ["rai.it"]),
    O("trt", "broadcaster", "turkey", ["TRT", "Turkish Radio and Television Corporation", "TRT World"],
      ["土耳其广播电视台", "土耳其国家广播电视台", "土耳其广播电视公司"],
      ["trt.net.tr", "trtworld.com"]),
    O("press-tv", "broadcaster", "iran", ["Press TV", "PressTV"],
      ["伊朗新闻电视台", "伊朗英语新闻电视台"], ["presstv.ir"]),
    O("kbs", "broadcaster", "south-korea", ["KBS", "Korean Broadcasting System"],
      ["韩国放送公社", "韩国广播公司", "韩国KBS"], ["kbs.co.kr"]),
    O("korean-central-television", "broadcaster", "north-korea",
      ["Korean Central Television", "KCTV"], ["朝鲜中央电视台"]),
    O("fuji-television", "broadcaster", "japan", ["Fuji Television", "Fuji TV"],
      ["富士电视台", "日本富士电视台"], ["fujitv.co.jp"]),
    O("tv-asahi", "broadcaster", "japan", ["TV Asahi"], ["朝日电视台", "日本朝日电视台"],
      ["tv-asahi.co.jp"]),
    O("channel-newsasia", "broadcaster", "singapore", ["Channel NewsAsia"],
      ["亚洲新闻台", "新加坡亚洲新闻台"], ["channelnewsasia.com"]),
    O("voice-of-vietnam", "broadcaster", "vietnam", ["Voice of Vietnam", "VOV"],
      ["越南之声", "越南之声广播电台"], ["vov.vn", "vovworld.vn"]),
    O("pakistan-television-corporation", "broadcaster", "pakistan",
      ["Pakistan Television Corporation"], ["巴基斯坦国家电视台", "巴基斯坦电视台"], ["ptv.com.pk"]),
    O("radio-pakistan", "broadcaster", "pakistan", ["Radio Pakistan"], ["巴基斯坦广播电台"],
      ["radio.gov.pk"]),
    O("geo-news", "broadcaster", "pakistan", ["Geo News", "Geo TV"],
      ["巴基斯坦地理电视台", "地理电视台", "Geo电视台"], ["geo.tv"]),
    O("tolonews", "broadcaster", "afghanistan", ["TOLOnews", "Tolo News"],
      ["托洛新闻", "托洛新闻台", "阿富汗托洛新闻台"], ["tolonews.com"]),
    O("ndtv", "broadcaster", "india", ["NDTV", "New Delhi Television"],
      ["新德里电视台", "印度新德里电视台"], ["ndtv.com"]),
    # Public broadcasters of the G20 members and of the neighbours
    O("empresa-brasil-de-comunicacao", "broadcaster", "brazil",
      ["Empresa Brasil de Comunicação", "EBC", "TV Brasil"], ["巴西传播公司"], ["ebc.com.br"]),
    O("south-african-broadcasting-corporation", "broadcaster", "south-africa",
      ["South African Broadcasting Corporation", "SABC", "SABC News"],
      ["南非广播公司", "南非广播电视公司"], ["sabc.co.za", "sabcnews.com"]),
    O("televisi-republik-indonesia", "broadcaster", "indonesia",
      ["Televisi Republik Indonesia", "TVRI"],
      ["印尼国家电视台", "印度尼西亚国家电视台", "印度尼西亚共和国电视台"], ["tvri.go.id"]),
    O("radio-republik-indonesia", "broadcaster", "indonesia", ["Radio Republik Indonesia", "RRI"],
      ["印尼国家广播电台", "印度尼西亚国家广播电台", "印度尼西亚共和国广播电台"], ["rri.co.id"]),
    O("prasar-bharati", "broadcaster", "india", ["Prasar Bharati"], ["印度公共广播公司"],
      ["prasarbharati.gov.in"]),
    O("doordarshan", "broadcaster", "india", ["Doordarshan", "DD News"], ["印度国家电视台"],
      ["ddnews.gov.in"]),
    O("all-india-radio", "broadcaster", "india", ["All India Radio", "Akashvani"],
      ["全印广播电台", "全印度广播电台", "印度全国广播电台"], ["newsonair.gov.in"]),
    O("france-televisions", "broadcaster", "france", ["France Télévisions", "France Televisions"],
      ["法国电视集团", "法兰西电视集团", "法国国家电视台"], ["francetelevisions.fr", "francetvinfo.fr"]),
    O("france-2", "broadcaster", "france", ["France 2"], ["法国电视二台", "法国电视2台"]),
    O("tf1", "broadcaster", "france", ["TF1"], ["法国电视一台", "法国电视1台"], ["tf1.fr", "tf1info.fr"]),
    O("radio-france", "broadcaster", "france", ["Radio France"], ["法国广播集团"], ["radiofrance.fr"]),
    O("munhwa-broadcasting-corporation", "broadcaster", "south-korea",
      ["Munhwa Broadcasting Corporation"], ["韩国文化广播公司", "韩国MBC", "韩国MBC电视台"],
      ["imbc.com"]),
    O("arirang-tv", "broadcaster", "south-korea", ["Arirang TV"], ["阿里郎电视台", "韩国阿里郎电视台"],
      ["arirang.com"]),
    O("vgtrk", "broadcaster", "russia",
      ["VGTRK", "All-Russia State Television and Radio Broadcasting Company"],
      ["全俄国家电视广播公司", "俄罗斯全俄国家电视广播公司", "全俄罗斯国家电视广播公司"], ["vgtrk.ru"]),
    O("russia-24", "broadcaster", "russia", ["Russia-24", "Rossiya 24"],
      ["俄罗斯24频道", "俄罗斯24新闻频道", "俄罗斯24电视台"]),
    O("saudi-broadcasting-authority", "broadcaster", "saudi-arabia",
      ["Saudi Broadcasting Authority"], ["沙特国家电视台", "沙特广播局"], ["sba.sa"]),
    O("islamic-republic-of-iran-broadcasting", "broadcaster", "iran",
      ["Islamic Republic of Iran Broadcasting", "IRIB"],
      ["伊朗伊斯兰共和国广播电视台", "伊朗国家电视台", "伊朗国家广播电视台"], ["irib.ir"]),
    O("kan-israeli-public-broadcasting-corporation", "broadcaster", "israel",
      ["Israeli Public Broadcasting Corporation", "Kan 11"], ["以色列公共广播公司"], ["kan.org.il"]),
    O("national-broadcasting-services-of-thailand", "broadcaster", "thailand",
      ["National Broadcasting Services of Thailand", "NBT"], ["泰国国家电视台", "泰国国家广播电视台"]),
    O("thai-pbs", "broadcaster", "thailand", ["Thai PBS"], ["泰国公共电视台"], ["thaipbs.or.th"]),
    O("myanma-radio-and-television", "broadcaster", "myanmar", ["Myanma Radio and Television", "MRTV"],
      ["缅甸广播电视台", "缅甸国家电视台"]),
    O("national-television-of-cambodia", "broadcaster", "cambodia", ["National Television of Cambodia", "TVK"],
      ["柬埔寨国家电视台"]),
    O("lao-national-television", "broadcaster", "laos", ["Lao National Television", "LNTV"],
      ["老挝国家电视台"]),
    O("vietnam-television", "broadcaster", "vietnam", ["Vietnam Television"],
      ["越南国家电视台", "越南电视台"], ["vtv.vn"]),
    O("mongolian-national-broadcaster", "broadcaster", "mongolia", ["Mongolian National Broadcaster"],
      ["蒙古国国家公共广播电视台", "蒙古国国家广播电视台"], ["mnb.mn"]),

    # ------------------------------------------------------------------
    # Newspapers, magazines and sites: United States and Canada
    # ------------------------------------------------------------------
    O("the-new-york-times", "newspaper", "united-states",
      ["The New York Times", "New York Times", "NYT"],
      ["纽约时报", "纽时", "纽约时报中文网", "纽时中文网"], ["nytimes.com", "cn.nytimes.com"],
      qid="Q9684"),
    O("the-wall-street-journal", "newspaper", "united-states",
      ["The Wall Street Journal", "Wall Street Journal", "WSJ"],
      ["华尔街日报", "华尔街日报中文网", "华尔街日报中文版"], ["wsj.com", "cn.wsj.com"],
      qid="Q164746"),
    O("the-washington-post", "newspaper", "united-states",
      ["The Washington Post", "Washington Post", "WaPo"], ["华盛顿邮报", "美国华盛顿邮报"],
      ["washingtonpost.com"], qid="Q166032"),
    O("usa-today", "newspaper", "united-states", ["USA Today"], ["今日美国", "今日美国报"],
      ["usatoday.com"]),
    O("los-angeles-times", "newspaper", "united-states", ["Los Angeles Times", "LA Times"],
      ["洛杉矶时报"], ["latimes.com"]),
    O("the-washington-times", "newspaper", "united-states",
      ["The Washington Times", "Washington Times"], ["华盛顿时报"], ["washingtontimes.com"]),
    O("new-york-post", "newspaper", "united-states", ["New York Post"], ["纽约邮报"], ["nypost.com"]),
    O("the-hill", "newspaper", "united-states", ["The Hill"], ["国会山报", "美国国会山报"],
      ["thehill.com"]),
    O("politico", "online", "united-states", ["Politico", "POLITICO"],
      ["政客新闻网", "美国政客新闻网", "Politico新闻网"], ["politico.com"], qid="Q3109740"),
    O("axios", "online", "united-states", ["Axios"], ["Axios新闻网", "阿克西奥斯新闻网"],
      ["axios.com"], qid="Q28230873"),
    O("business-insider", "online", "united-states", ["Business Insider"],
      ["商业内幕", "美国商业内幕网站"], ["businessinsider.com"], qid="Q286707"),
    O("barrons", "magazine", "united-states", ["Barron's"], ["巴伦周刊"], ["barrons.com"],
      qid="Q4863797"),
    O("forbes", "magazine", "united-states", ["Forbes"], ["福布斯", "福布斯杂志", "福布斯中文网"],
      ["forbes.com"], hant=["富比士"], qid="Q956568"),
    O("fortune", "magazine", "united-states", ["Fortune"], ["财富杂志", "美国财富杂志"],
      ["fortune.com"]),
    O("time", "magazine", "united-states", ["TIME", "Time magazine"],
      ["时代周刊", "时代杂志", "美国时代周刊"], ["time.com"]),
    O("newsweek", "magazine", "united-states", ["Newsweek"], ["新闻周刊", "美国新闻周刊"],
      ["newsweek.com"]),
    O("the-atlantic", "magazine", "united-states", ["The Atlantic"],
      ["大西洋月刊", "美国大西洋月刊"], ["theatlantic.com"]),
    O("the-new-yorker", "magazine", "united-states", ["The New Yorker"], ["纽约客", "纽约客杂志"],
      ["newyorker.com"]),
    O("world-journal", "newspaper", "united-states", ["World Journal"], ["世界日报", "美国世界日报"],
      ["worldjournal.com"]),
    O("the-epoch-times", "newspaper", "united-states", ["The Epoch Times", "Epoch Times"],
      ["大纪元", "大纪元时报", "大纪元新闻网"], ["epochtimes.com", "theepochtimes.com"]),
    O("new-tang-dynasty-television", "broadcaster", "united-states",
      ["New Tang Dynasty Television", "NTD", "NTD Television", "NTDTV"],
      ["新唐人", "新唐人电视台"], ["ntdtv.com"]),
    O("sound-of-hope", "broadcaster", "united-states", ["Sound of Hope", "Sound of Hope Radio Network"],
      ["希望之声", "希望之声国际广播电台", "希望之声电台"], ["soundofhope.org"]),
    O("china-digital-times", "online", "united-states", ["China Digital Times"], ["中国数字时代"],
      ["chinadigitaltimes.net"]),
    O("boxun", "online", "united-states", ["Boxun", "Boxun News"], ["博讯", "博讯新闻网", "博讯网"],
      ["boxun.com"]),
    O("eurasianet", "online", "united-states", ["Eurasianet"], ["欧亚网"], ["eurasianet.org"]),

    # ------------------------------------------------------------------
    # Europe
    # ------------------------------------------------------------------
    O("financial-times", "newspaper", "united-kingdom", ["Financial Times", "FT"],
      ["金融时报", "英国金融时报", "FT中文网", "金融时报中文网"], ["ft.com", "ftchinese.com"]),
    O("the-economist", "magazine", "united-kingdom", ["The Economist", "Economist"],
      ["经济学人", "英国经济学人", "经济学人杂志"], ["economist.com"], qid="Q180089"),
    O("the-guardian", "newspaper", "united-kingdom", ["The Guardian", "Guardian"],
      ["卫报", "英国卫报"], ["theguardian.com"], qid="Q11148"),
    O("the-times", "newspaper", "united-kingdom", ["The Times", "The Times of London"],
      ["泰晤士报", "英国泰晤士报"], ["thetimes.co.uk"]),
    O("the-sunday-times", "newspaper", "united-kingdom", ["The Sunday Times"], ["星期日泰晤士报"]),
    O("the-daily-telegraph", "newspaper", "united-kingdom",
      ["The Daily Telegraph", "The Telegraph", "Daily Telegraph"],
      ["每日电讯报", "英国每日电讯报"], ["telegraph.co.uk"]),
    O("daily-mail", "newspaper", "united-kingdom", ["Daily Mail", "Mail Online", "MailOnline"],
      ["每日邮报", "英国每日邮报"], ["dailymail.co.uk"]),
    O("the-independent", "newspaper", "united-kingdom", ["The Independent"],
      ["独立报", "英国独立报"], ["independent.co.uk"]),
    O("daily-mirror", "newspaper", "united-kingdom", ["Daily Mirror", "The Mirror"],
      ["镜报", "每日镜报", "英国镜报"], ["mirror.co.uk"]),
    O("the-sun", "newspaper", "united-kingdom", ["The Sun"], ["太阳报", "英国太阳报"],
      ["thesun.co.uk"]),
    O("le-monde", "newspaper", "france", ["Le Monde"], ["世界报", "法国世界报"], ["lemonde.fr"]),
    O("le-figaro", "newspaper", "france", ["Le Figaro"], ["费加罗报", "法国费加罗报"], ["lefigaro.fr"]),
    O("liberation", "newspaper", "france", ["Libération"], ["解放报", "法国解放报"], ["liberation.fr"]),
    O("les-echos", "newspaper", "france", ["Les Echos"], ["回声报", "法国回声报"], ["lesechos.fr"]),
    O("le-parisien", "newspaper", "france", ["Le Parisien"], ["巴黎人报"], ["leparisien.fr"]),
    O("le-point", "magazine", "france", ["Le Point"], ["观点周刊", "法国观点周刊"], ["lepoint.fr"]),
    O("der-spiegel", "magazine", "germany", ["Der Spiegel", "Spiegel"],
      ["明镜周刊", "德国明镜周刊"], ["spiegel.de"], qid="Q131478"),
    O("frankfurter-allgemeine-zeitung", "newspaper", "germany",
      ["Frankfurter Allgemeine Zeitung", "FAZ"], ["法兰克福汇报", "德国法兰克福汇报"], ["faz.net"],
      qid="Q10184"),
    O("suddeutsche-zeitung", "newspaper", "germany", ["Süddeutsche Zeitung"],
      ["南德意志报", "南德日报"], ["sueddeutsche.de"]),
    O("die-welt", "newspaper", "germany", ["Die Welt"], ["德国世界报"], ["welt.de"]),
    O("die-zeit", "newspaper", "germany", ["Die Zeit"], ["时代周报", "德国时代周报"], ["zeit.de"]),
    O("bild", "newspaper", "germany", ["Bild"], ["图片报", "德国图片报"], ["bild.de"]),
    O("handelsblatt", "newspaper", "germany", ["Handelsblatt"], ["德国商报"], ["handelsblatt.com"]),
    O("corriere-della-sera", "newspaper", "italy", ["Corriere della Sera"],
      ["晚邮报", "意大利晚邮报"], ["corriere.it"]),
    O("la-repubblica", "newspaper", "italy", ["La Repubblica"], ["共和报", "意大利共和报"],
      ["repubblica.it"]),
    O("il-sole-24-ore", "newspaper", "italy", ["Il Sole 24 Ore"],
      ["24小时太阳报", "意大利24小时太阳报"], ["ilsole24ore.com"]),
    O("la-stampa", "newspaper", "italy", ["La Stampa"], ["意大利新闻报"], ["lastampa.it"]),
    O("el-pais", "newspaper", "spain", ["El País"], ["西班牙国家报"], ["elpais.com"]),
    O("el-mundo", "newspaper", "spain", ["El Mundo"], ["西班牙世界报"], ["elmundo.es"]),
    O("la-vanguardia", "newspaper", "spain", ["La Vanguardia"], ["先锋报", "西班牙先锋报"],
      ["lavanguardia.com"]),
    O("neue-zurcher-zeitung", "newspaper", "switzerland", ["Neue Zürcher Zeitung", "NZZ"],
      ["新苏黎世报", "瑞士新苏黎世报"], ["nzz.ch"]),
    O("swissinfo", "online", "switzerland", ["Swissinfo", "SWI swissinfo.ch"],
      ["瑞士资讯", "瑞士资讯网"], ["swissinfo.ch"]),
    # Russia and Ukraine
    O("izvestia", "newspaper", "russia", ["Izvestia"], ["俄罗斯消息报"], ["iz.ru"], qid="Q753932"),
    O("kommersant", "newspaper", "russia", ["Kommersant"], ["生意人报", "俄罗斯生意人报"],
      ["kommersant.ru"], qid="Q1780134"),
    O("komsomolskaya-pravda", "newspaper", "russia", ["Komsomolskaya Pravda"],
      ["共青团真理报", "俄罗斯共青团真理报"], ["kp.ru"], qid="Q849047"),
    O("pravda", "newspaper", "russia", ["Pravda"], ["真理报", "俄罗斯真理报"]),
    O("nezavisimaya-gazeta", "newspaper", "russia", ["Nezavisimaya Gazeta"], ["俄罗斯独立报"],
      ["ng.ru"]),
    O("vedomosti", "newspaper", "russia", ["Vedomosti"], ["俄罗斯导报"], ["vedomosti.ru"]),
    O("argumenty-i-fakty", "newspaper", "russia", ["Argumenty i Fakty", "AiF"],
      ["论据与事实", "论据与事实报", "论据与事实周报"], ["aif.ru"], qid="Q212256"),
    O("novaya-gazeta", "newspaper", "russia", ["Novaya Gazeta"], ["俄罗斯新报"],
      ["novayagazeta.ru"], qid="Q170135"),
    O("the-moscow-times", "online", "russia", ["The Moscow Times", "Moscow Times"], ["莫斯科时报"],
      ["themoscowtimes.com"], qid="Q1202611"),
    O("rbc", "online", "russia", ["RBC", "RosBusinessConsulting"],
      ["俄罗斯商业咨询", "俄罗斯商业咨询网", "俄罗斯商业咨询公司"], ["rbc.ru"], qid="Q629733"),
    O("gazeta-ru", "online", "russia", ["Gazeta.ru"], ["俄罗斯报纸网"], ["gazeta.ru"], qid="Q595181"),
    O("ukrainska-pravda", "online", "ukraine", ["Ukrainska Pravda"], ["乌克兰真理报"],
      ["pravda.com.ua"], qid="Q904463"),
    O("the-kyiv-independent", "online", "ukraine", ["The Kyiv Independent", "Kyiv Independent"],
      ["基辅独立报"], ["kyivindependent.com"], qid="Q111028947"),
    O("kyiv-post", "newspaper", "ukraine", ["Kyiv Post"], ["基辅邮报"], ["kyivpost.com"],
      qid="Q1795015"),

    # ------------------------------------------------------------------
    # Asia-Pacific
    # ------------------------------------------------------------------
    O("nikkei", "newspaper", "japan",
      ["Nikkei", "Nihon Keizai Shimbun", "The Nikkei", "Nikkei Asia"],
      ["日本经济新闻", "日经", "日经新闻", "日经中文网", "日经亚洲", "日本经济新闻社"],
      ["nikkei.com"]),
    O("the-asahi-shimbun", "newspaper", "japan", ["The Asahi Shimbun", "Asahi Shimbun", "Asahi"],
      ["朝日新闻", "朝日新闻社", "日本朝日新闻"], ["asahi.com"]),
    O("the-yomiuri-shimbun", "newspaper", "japan",
      ["The Yomiuri Shimbun", "Yomiuri Shimbun", "Yomiuri"],
      ["读卖新闻", "读卖新闻社", "日本读卖新闻"], ["yomiuri.co.jp"]),
    O("the-mainichi", "newspaper", "japan", ["The Mainichi", "Mainichi Shimbun", "Mainichi"],
      ["每日新闻社", "日本每日新闻"], ["mainichi.jp"]),
    O("the-sankei-shimbun", "newspaper", "japan", ["The Sankei Shimbun", "Sankei Shimbun", "Sankei"],
      ["产经新闻", "日本产经新闻", "产经新闻社"], ["sankei.com"]),
    O("the-japan-times", "newspaper", "japan", ["The Japan Times", "Japan Times"], ["日本时报"],
      ["japantimes.co.jp"]),
    O("the-chosun-ilbo", "newspaper", "south-korea", ["The Chosun Ilbo", "Chosun Ilbo"],
      ["朝鲜日报", "韩国朝鲜日报"], ["chosun.com"]),
    O("joongang-ilbo", "newspaper", "south-korea", ["JoongAng Ilbo", "Korea JoongAng Daily"],
      ["中央日报", "韩国中央日报"], ["joongang.co.kr"]),
    O("the-dong-a-ilbo", "newspaper", "south-korea", ["The Dong-a Ilbo", "Dong-a Ilbo"],
      ["东亚日报", "韩国东亚日报"], ["donga.com"]),
    O("the-korea-herald", "newspaper", "south-korea", ["The Korea Herald", "Korea Herald"],
      ["韩国先驱报"], ["koreaherald.com"]),
    O("the-korea-times", "newspaper", "south-korea", ["The Korea Times", "Korea Times"],
      ["韩国时报"], ["koreatimes.co.kr"]),
    O("the-hankyoreh", "newspaper", "south-korea", ["The Hankyoreh", "Hankyoreh"], ["韩民族日报"],
      ["hani.co.kr"]),
    O("rodong-sinmun", "newspaper", "north-korea", ["Rodong Sinmun"], ["劳动新闻", "朝鲜劳动新闻"],
      ["rodong.rep.kp"]),
    O("the-straits-times", "newspaper", "singapore", ["The Straits Times", "Straits Times"],
      ["海峡时报", "新加坡海峡时报"], ["straitstimes.com"]),
    O("lianhe-zaobao", "newspaper", "singapore", ["Lianhe Zaobao", "Zaobao"],
      ["联合早报", "联合早报网", "新加坡联合早报"], ["zaobao.com", "zaobao.com.sg"]),
    O("sin-chew-daily", "newspaper", "malaysia", ["Sin Chew Daily"], ["星洲日报", "马来西亚星洲日报"],
      ["sinchew.com.my"]),
    O("nanyang-siang-pau", "newspaper", "malaysia", ["Nanyang Siang Pau"], ["南洋商报"],
      ["enanyang.my"]),
    O("oriental-daily-news-malaysia", "newspaper", "malaysia", ["Oriental Daily News Malaysia"],
      ["马来西亚东方日报"], ["orientaldaily.com.my"]),
    O("malaysiakini", "online", "malaysia", ["Malaysiakini"], ["当今大马"], ["malaysiakini.com"]),
    O("the-jakarta-post", "newspaper", "indonesia", ["The Jakarta Post", "Jakarta Post"],
      ["雅加达邮报"], ["thejakartapost.com"]),
    O("kompas", "newspaper", "indonesia", ["Kompas"], ["罗盘报", "印尼罗盘报"],
      ["kompas.com", "kompas.id"]),
    O("bangkok-post", "newspaper", "thailand", ["Bangkok Post"], ["曼谷邮报"], ["bangkokpost.com"]),
    O("the-nation-thailand", "newspaper", "thailand", ["The Nation Thailand"], ["泰国民族报"],
      ["nationthailand.com"]),
    O("vnexpress", "online", "vietnam", ["VnExpress"], ["越南快讯"], ["vnexpress.net"]),
    O("nhan-dan", "newspaper", "vietnam", ["Nhân Dân", "Nhan Dan"], ["越南人民报"], ["nhandan.vn"]),
    O("philippine-daily-inquirer", "newspaper", "philippines",
      ["Philippine Daily Inquirer", "Inquirer"], ["菲律宾每日询问者报", "每日询问者报", "询问者报"],
      ["inquirer.net"]),
    O("the-global-new-light-of-myanmar", "newspaper", "myanmar",
      ["The Global New Light of Myanmar", "Global New Light of Myanmar"],
      ["缅甸环球新光报", "环球新光报"], ["gnlm.com.mm"]),
    O("khmer-times", "newspaper", "cambodia", ["Khmer Times"], ["高棉时报", "柬埔寨高棉时报"],
      ["khmertimeskh.com"]),
    # South Asia
    O("the-times-of-india", "newspaper", "india", ["The Times of India", "Times of India"],
      ["印度时报"], ["timesofindia.indiatimes.com"]),
    O("the-hindu", "newspaper", "india", ["The Hindu"], ["印度教徒报"], ["thehindu.com"],
      qid="Q926175"),
    O("hindustan-times", "newspaper", "india", ["Hindustan Times"], ["印度斯坦时报"],
      ["hindustantimes.com"]),
    O("the-indian-express", "newspaper", "india", ["The Indian Express", "Indian Express"],
      ["印度快报"], ["indianexpress.com"]),
    O("the-economic-times", "newspaper", "india", ["The Economic Times", "Economic Times"],
      ["印度经济时报"], ["economictimes.indiatimes.com"]),
    O("india-today", "magazine", "india", ["India Today"], ["今日印度"], ["indiatoday.in"]),
    O("business-standard", "newspaper", "india", ["Business Standard"],
      ["商业标准报", "印度商业标准报"], ["business-standard.com"]),
    O("dawn", "newspaper", "pakistan", ["Dawn"], ["黎明报", "巴基斯坦黎明报"], ["dawn.com"]),
    O("the-express-tribune", "newspaper", "pakistan", ["The Express Tribune", "Express Tribune"],
      ["论坛快报", "巴基斯坦论坛快报"], ["tribune.com.pk"]),
    O("the-news-international", "newspaper", "pakistan", ["The News International"],
      ["新闻国际报", "巴基斯坦新闻国际报"], ["thenews.com.pk"]),
    O("the-daily-star-bangladesh", "newspaper", "bangladesh", ["The Daily Star"],
      ["每日星报", "孟加拉国每日星报"], ["thedailystar.net"]),
    O("the-kathmandu-post", "newspaper", "nepal", ["The Kathmandu Post", "Kathmandu Post"],
      ["加德满都邮报"], ["kathmandupost.com"]),
    # Central Asia papers
    O("kazakhstanskaya-pravda", "newspaper", "kazakhstan", ["Kazakhstanskaya Pravda"],
      ["哈萨克斯坦真理报"], ["kazpravda.kz"]),
    O("egemen-qazaqstan", "newspaper", "kazakhstan", ["Egemen Qazaqstan"], ["主权哈萨克斯坦报"],
      ["egemen.kz"]),
    O("the-astana-times", "newspaper", "kazakhstan", ["The Astana Times", "Astana Times"],
      ["阿斯塔纳时报"], ["astanatimes.com"]),
    O("slovo-kyrgyzstana", "newspaper", "kyrgyzstan", ["Slovo Kyrgyzstana"], ["吉尔吉斯斯坦言论报"],
      ["slovo.kg"]),
    O("kun-uz", "online", "uzbekistan", ["Kun.uz"], ["Kun.uz新闻网"], ["kun.uz"]),
    # Middle East papers
    O("haaretz", "newspaper", "israel", ["Haaretz"], ["国土报", "以色列国土报"], ["haaretz.com"]),
    O("the-times-of-israel", "online", "israel", ["The Times of Israel", "Times of Israel"],
      ["以色列时报"], ["timesofisrael.com"]),
    O("the-jerusalem-post", "newspaper", "israel", ["The Jerusalem Post", "Jerusalem Post"],
      ["耶路撒冷邮报"], ["jpost.com"]),
    O("yedioth-ahronoth", "newspaper", "israel", ["Yedioth Ahronoth", "Ynet"],
      ["新消息报", "以色列新消息报"], ["ynetnews.com", "ynet.co.il"]),
    O("al-ahram", "newspaper", "egypt", ["Al-Ahram"], ["金字塔报", "埃及金字塔报"], ["ahram.org.eg"]),

    # ------------------------------------------------------------------
    # Mainland China
    # ------------------------------------------------------------------
    O("peoples-daily", "newspaper", "china", ["People's Daily", "Renmin Ribao"],
      ["人民日报", "人民日报海外版"], ["paper.people.com.cn"]),
    O("peoples-daily-online", "online", "china", ["People's Daily Online", "People.cn"], ["人民网"],
      ["people.com.cn", "people.cn"]),
    O("china-central-television", "broadcaster", "china", ["China Central Television", "CCTV"],
      ["中央电视台", "央视", "中国中央电视台", "央视新闻", "央视网"], ["cctv.com", "cntv.cn"]),
    O("china-media-group", "broadcaster", "china", ["China Media Group", "CMG"],
      ["中央广播电视总台", "中国中央广播电视总台", "中央广电总台"]),
    O("cgtn", "broadcaster", "china", ["CGTN", "China Global Television Network"],
      ["中国国际电视台", "中国环球电视网"], ["cgtn.com"]),
    O("china-radio-international", "broadcaster", "china", ["China Radio International", "CRI"],
      ["中国国际广播电台"], ["cri.cn"]),
    O("china-national-radio", "broadcaster", "china", ["China National Radio", "CNR"],
      ["中央人民广播电台", "央广", "央广网"], ["cnr.cn"]),
    O("china-daily", "newspaper", "china", ["China Daily"], ["中国日报", "中国日报网", "中国日报社"],
      ["chinadaily.com.cn"]),
    O("global-times", "newspaper", "china", ["Global Times"],
      ["环球时报", "环球网", "环球时报英文版"], ["globaltimes.cn", "huanqiu.com"]),
    O("guangming-daily", "newspaper", "china", ["Guangming Daily"], ["光明日报", "光明网"],
      ["gmw.cn"]),
    O("economic-daily", "newspaper", "china", ["Economic Daily"], ["经济日报", "中国经济网"],
      ["ce.cn"]),
    O("china-youth-daily", "newspaper", "china", ["China Youth Daily"],
      ["中国青年报", "中青报", "中青在线"], ["cyol.com"]),
    O("pla-daily", "newspaper", "china", ["PLA Daily", "Jiefangjun Bao"], ["解放军报", "中国军网"],
      ["81.cn"]),
    O("legal-daily", "newspaper", "china", ["Legal Daily"], ["法治日报", "法制日报"],
      ["legaldaily.com.cn"]),
    O("science-and-technology-daily", "newspaper", "china", ["Science and Technology Daily"],
      ["科技日报"], ["stdaily.com"]),
    O("workers-daily", "newspaper", "china", ["Workers' Daily"], ["工人日报"], ["workercn.cn"]),
    O("farmers-daily", "newspaper", "china", ["Farmers' Daily"], ["农民日报"], ["farmer.com.cn"]),
    O("study-times", "newspaper", "china", ["Study Times"], ["学习时报"], ["studytimes.cn"]),
    O("xinhua-daily-telegraph", "newspaper", "china", ["Xinhua Daily Telegraph"], ["新华每日电讯"]),
    O("reference-news", "newspaper", "china", ["Reference News", "Cankao Xiaoxi"],
      ["参考消息", "参考消息网"], ["cankaoxiaoxi.com"]),
    O("qiushi", "magazine", "china", ["Qiushi"], ["求是杂志", "求是网"], ["qstheory.cn"]),
    O("outlook-weekly", "magazine", "china", ["Outlook Weekly", "Liaowang"],
      ["瞭望周刊", "瞭望新闻周刊"]),
    O("china-newsweek", "magazine", "china", ["China Newsweek"], ["中国新闻周刊"], ["inewsweek.cn"]),
    O("sanlian-lifeweek", "magazine", "china", ["Sanlian Lifeweek"], ["三联生活周刊"],
      ["lifeweek.com.cn"]),
    O("caijing", "magazine", "china", ["Caijing"], ["财经杂志"], ["caijing.com.cn"]),
    O("caixin", "magazine", "china", ["Caixin", "Caixin Global", "Caixin Media"],
      ["财新", "财新网", "财新传媒", "财新周刊"], ["caixin.com", "caixinglobal.com"]),
    O("the-paper", "online", "china", ["The Paper", "ThePaper"], ["澎湃新闻", "澎湃新闻网"],
      ["thepaper.cn"]),
    O("the-beijing-news", "newspaper", "china", ["The Beijing News", "Beijing News"],
      ["新京报", "新京报网"], ["bjnews.com.cn"]),
    O("southern-weekly", "newspaper", "china", ["Southern Weekly", "Southern Weekend", "Nanfang Zhoumo"],
      ["南方周末"], ["infzm.com"]),
    O("southern-metropolis-daily", "newspaper", "china", ["Southern Metropolis Daily"],
      ["南方都市报"], ["oeeee.com"]),
    O("21st-century-business-herald", "newspaper", "china", ["21st Century Business Herald"],
      ["21世纪经济报道"], ["21jingji.com"]),
    O("yicai", "broadcaster", "china", ["Yicai", "China Business Network", "Yicai Global"],
      ["第一财经", "第一财经日报"], ["yicai.com"]),
    O("national-business-daily", "newspaper", "china", ["National Business Daily"],
      ["每日经济新闻", "每经网"], ["nbd.com.cn"]),
    O("the-economic-observer", "newspaper", "china", ["The Economic Observer", "Economic Observer"],
      ["经济观察报", "经济观察网"], ["eeo.com.cn"]),
    O("securities-times", "newspaper", "china", ["Securities Times"], ["证券时报", "证券时报网"],
      ["stcn.com"]),
    O("china-securities-journal", "newspaper", "china", ["China Securities Journal"],
      ["中国证券报", "中证网"], ["cs.com.cn"]),
    O("shanghai-securities-news", "newspaper", "china", ["Shanghai Securities News"],
      ["上海证券报", "中国证券网"], ["cnstock.com"]),
    O("jiemian", "online", "china", ["Jiemian"], ["界面新闻"], ["jiemian.com"]),
    O("guancha", "online", "china", ["Guancha", "Guancha.cn"], ["观察者网"], ["guancha.cn"]),
    O("liberation-daily", "newspaper", "china", ["Liberation Daily", "Jiefang Daily"], ["解放日报"],
      ["jfdaily.com"]),
    O("wenhui-daily", "newspaper", "china", ["Wenhui Daily", "Wenhui Bao"], ["上海文汇报"],
      ["whb.cn"]),
    O("xinmin-evening-news", "newspaper", "china", ["Xinmin Evening News"], ["新民晚报"],
      ["xinmin.cn"]),
    O("beijing-daily", "newspaper", "china", ["Beijing Daily"], ["北京日报"], ["bjd.com.cn"]),
    O("beijing-youth-daily", "newspaper", "china", ["Beijing Youth Daily"],
      ["北京青年报", "北青报", "北青网"], ["ynet.com"]),
    O("red-star-news", "online", "china", ["Red Star News"], ["红星新闻"]),
    O("tianshan-net", "online", "china", ["Tianshan Net"], ["天山网"], ["ts.cn"]),
    O("ifeng", "online", "china", ["ifeng.com", "Phoenix New Media"],
      ["凤凰网", "凤凰新闻", "凤凰网资讯"], ["ifeng.com"]),
    O("sina-news", "online", "china", ["Sina News", "Sina.com"], ["新浪新闻", "新浪网", "新浪财经"],
      ["sina.com.cn"]),
    O("sohu", "online", "china", ["Sohu.com"], ["搜狐网", "搜狐新闻"], ["sohu.com"]),
    O("netease-news", "online", "china", ["NetEase News"], ["网易新闻"], ["news.163.com"]),
    O("tencent-news", "online", "china", ["Tencent News"], ["腾讯新闻", "腾讯网"], ["news.qq.com"]),
    O("36kr", "online", "china", ["36Kr"], ["36氪"], ["36kr.com"]),
    O("huxiu", "online", "china", ["Huxiu"], ["虎嗅", "虎嗅网"], ["huxiu.com"]),
    O("ithome", "online", "china", ["IT Home"], ["IT之家"], ["ithome.com"]),
    O("solidot", "online", "china", ["Solidot"], ["Solidot"], ["solidot.org"]),

    # ------------------------------------------------------------------
    # Hong Kong and Macau
    # ------------------------------------------------------------------
    O("phoenix-television", "broadcaster", "china",
      ["Phoenix Television", "Phoenix TV", "Phoenix Satellite Television"],
      ["凤凰卫视", "凤凰卫视中文台", "凤凰卫视资讯台"], region="hong-kong"),
    O("wen-wei-po", "newspaper", "china", ["Wen Wei Po"], ["文汇报", "香港文汇报", "文汇网"],
      ["wenweipo.com"], region="hong-kong"),
    O("ta-kung-pao", "newspaper", "china", ["Ta Kung Pao"], ["大公报", "香港大公报", "大公网"],
      ["takungpao.com", "takungpao.com.hk"], region="hong-kong"),
    O("ming-pao", "newspaper", "china", ["Ming Pao"], ["明报", "香港明报", "明报新闻网"],
      ["mingpao.com"], region="hong-kong"),
    O("sing-tao-daily", "newspaper", "china", ["Sing Tao Daily", "Sing Tao"],
      ["星岛日报", "星岛", "星岛头条", "香港星岛日报"], ["stheadline.com"], region="hong-kong"),
    O("oriental-daily-news", "newspaper", "china", ["Oriental Daily News"],
      ["东方日报", "香港东方日报"], ["orientaldaily.on.cc", "on.cc"], region="hong-kong"),
    O("south-china-morning-post", "newspaper", "china", ["South China Morning Post", "SCMP"],
      ["南华早报", "南华早报中文网", "香港南华早报"], ["scmp.com"], region="hong-kong"),
    O("hk01", "online", "china", ["HK01"], ["香港01"], ["hk01.com"], region="hong-kong"),
    O("rthk", "broadcaster", "china", ["RTHK", "Radio Television Hong Kong"], ["香港电台"],
      ["rthk.hk"], region="hong-kong"),
    O("tvb", "broadcaster", "china", ["TVB", "Television Broadcasts Limited"],
      ["香港无线电视", "电视广播有限公司", "TVB新闻"], ["tvb.com"],
      hant=["香港無綫電視", "無綫電視", "電視廣播有限公司"], region="hong-kong", hant_first=True),
    O("apple-daily", "newspaper", "china", ["Apple Daily"], ["苹果日报", "香港苹果日报"],
      ["hk.appledaily.com"], region="hong-kong"),
    O("stand-news", "online", "china", ["Stand News", "The Stand News"], ["立场新闻"],
      ["thestandnews.com"], region="hong-kong"),
    O("initium-media", "online", "china", ["Initium Media", "Initium", "The Initium"], ["端传媒"],
      ["theinitium.com"], region="hong-kong"),
    O("hong-kong-free-press", "online", "china", ["Hong Kong Free Press", "HKFP"],
      ["香港自由新闻"], ["hongkongfp.com"], region="hong-kong"),
    O("the-standard-hong-kong", "newspaper", "china", ["The Standard"], ["英文虎报"],
      ["thestandard.com.hk"], region="hong-kong"),
    O("hong-kong-economic-times", "newspaper", "china", ["Hong Kong Economic Times"],
      ["香港经济日报"], ["hket.com"], region="hong-kong"),
    O("hong-kong-economic-journal", "newspaper", "china", ["Hong Kong Economic Journal"],
      ["信报财经新闻", "香港信报"], ["hkej.com"], region="hong-kong"),
    O("hong-kong-commercial-daily", "newspaper", "china", ["Hong Kong Commercial Daily"],
      ["香港商报"], ["hkcd.com"], region="hong-kong"),
    O("bastille-post", "online", "china", ["Bastille Post"], ["巴士的报"], ["bastillepost.com"],
      region="hong-kong"),
    O("yazhou-zhoukan", "magazine", "china", ["Yazhou Zhoukan", "Asiaweek Chinese"], ["亚洲周刊"],
      ["yzzk.com"], region="hong-kong"),
    O("macao-daily-news", "newspaper", "china", ["Macao Daily News", "Macao Daily"], ["澳门日报"],
      ["macaodaily.com"], region="macau"),
    O("teledifusao-de-macau", "broadcaster", "china", ["Teledifusão de Macau", "TDM"],
      ["澳门广播电视", "澳广视", "澳门广播电视股份有限公司"], ["tdm.com.mo"], region="macau"),

    # ------------------------------------------------------------------
    # Taiwan
    # ------------------------------------------------------------------
    O("united-daily-news", "newspaper", "taiwan", ["United Daily News", "UDN"],
      ["联合报", "联合新闻网", "台湾联合报", "联合报系"], ["udn.com"]),
    O("economic-daily-news", "newspaper", "taiwan", ["Economic Daily News"], ["台湾经济日报"],
      ["money.udn.com"]),
    O("china-times", "newspaper", "taiwan", ["China Times"],
      ["中国时报", "中时新闻网", "中时电子报"], ["chinatimes.com"]),
    O("liberty-times", "newspaper", "taiwan", ["Liberty Times", "Liberty Times Net"],
      ["自由时报", "自由时报电子报", "自由电子报"], ["ltn.com.tw"]),
    O("apple-daily-taiwan", "newspaper", "taiwan", ["Apple Daily Taiwan"], ["台湾苹果日报"],
      ["tw.appledaily.com"]),
    O("taipei-times", "newspaper", "taiwan", ["Taipei Times"], ["台北时报"], ["taipeitimes.com"]),
    O("taiwan-news", "online", "taiwan", ["Taiwan News"], ["台湾英文新闻"], ["taiwannews.com.tw"]),
    O("storm-media", "online", "taiwan", ["Storm Media", "The Storm Media"], ["风传媒"],
      ["storm.mg"]),
    O("newtalk", "online", "taiwan", ["Newtalk"], ["新头壳"], ["newtalk.tw"]),
    O("mirror-media", "magazine", "taiwan", ["Mirror Media"], ["镜周刊"], ["mirrormedia.mg"]),
    O("commercial-times", "newspaper", "taiwan", ["Commercial Times"], ["工商时报"], ["ctee.com.tw"]),
    O("commonwealth-magazine", "magazine", "taiwan", ["CommonWealth Magazine"], ["天下杂志"],
      ["cw.com.tw"]),
    O("youth-daily-news", "newspaper", "taiwan", ["Youth Daily News"], ["青年日报"],
      ["ydn.com.tw"]),
    O("ettoday", "online", "taiwan", ["ETtoday"], ["东森新闻云", "ETtoday新闻云"], ["ettoday.net"]),
    O("tvbs", "broadcaster", "taiwan", ["TVBS"], ["TVBS新闻", "TVBS新闻台"], ["tvbs.com.tw"]),
    O("sanlih-e-television", "broadcaster", "taiwan", ["Sanlih E-Television", "SET News"],
      ["三立新闻", "三立新闻网", "三立电视"], ["setn.com"]),
    O("formosa-television", "broadcaster", "taiwan", ["Formosa Television", "FTV News"],
      ["民视新闻", "民视新闻网", "民间全民电视"], ["ftvnews.com.tw"]),
    O("cti-television", "broadcaster", "taiwan", ["CTi Television", "CTi News"],
      ["中天新闻", "中天电视", "中天新闻台"], ["ctitv.com.tw"]),
    O("public-television-service", "broadcaster", "taiwan",
      ["Public Television Service", "Taiwan Public Television Service"],
      ["台湾公共电视", "台湾公视", "公视新闻", "公视新闻网"], ["pts.org.tw"]),
    O("radio-taiwan-international", "broadcaster", "taiwan", ["Radio Taiwan International", "RTI"],
      ["中央广播电台", "台湾国际广播"], ["rti.org.tw"]),
]


# ----------------------------------------------------------------------
# Traditional forms, folding, checks, output
# ----------------------------------------------------------------------
_S2T = opencc.OpenCC("s2t")
_T2S = opencc.OpenCC("t2s")
# OpenCC s2t writes the dictionary standard; mastheads and news copy use these.
_HANT_FIX = str.maketrans({"臺": "台", "檯": "台", "裏": "里", "羣": "群", "衆": "眾", "綫": "線"})


def to_hant(name: str) -> str:
    return _S2T.convert(name).translate(_HANT_FIX)


def fold(name: str) -> str:
    """The matcher's key for a CJK name (NFKC per character, then t2s), as kg.text.fold."""
    chars = []
    for c in name:
        n = unicodedata.normalize("NFKC", c)
        chars.append(n if len(n) == 1 else c)
    return _T2S.convert("".join(chars))


def is_latin(name: str) -> bool:
    return all(ord(c) < 0x3000 for c in name)


def _uniq(seq):
    out = []
    for x in seq:
        if x not in out:
            out.append(x)
    return out


def build() -> list[dict]:
    records = []
    for row in OUTLETS:
        hans = _uniq(row["hans"])
        derived = [to_hant(n) for n in hans]
        if row["hant_first"]:
            hant = _uniq(row["hant"] + derived)
        else:
            hant = _uniq(derived[:1] + row["hant"] + derived[1:])
        rec = {
            "id": row["id"],
            "type": "Outlet",
            "kind": row["kind"],
            "country": row["country"],
            "names": {"en": _uniq(row["en"]), "zh-Hans": hans, "zh-Hant": hant},
        }
        if row["domains"]:
            rec["domains"] = _uniq(row["domains"])
        if row["qid"]:
            rec["qid"] = row["qid"]
        if row["region"]:
            rec["region"] = row["region"]
        records.append(rec)
    records.sort(key=lambda r: r["id"])
    return records


def other_names() -> dict[str, set[str]]:
    """Folded CJK names of the other gazetteer files: key -> ids."""
    out: dict[str, set[str]] = {}
    for path in sorted(GAZ.glob("*.jsonl")):
        if path.name == OUTPUT.name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            obj = json.loads(line)
            for names in obj.get("names", {}).values():
                for n in names:
                    key = n if is_latin(n) else fold(n)
                    out.setdefault(key, set()).add(f"{path.stem}:{obj['id']}")
    return out


def check(records: list[dict]) -> list[str]:
    errors = []
    countries = {json.loads(l)["id"] for l in (GAZ / "countries.jsonl").read_text(encoding="utf-8").splitlines()
                 if l.strip()} if (GAZ / "countries.jsonl").exists() else None
    ids, keys, latin, domains, qids = set(), {}, {}, {}, {}
    generic = {fold(g) for g in GENERIC}
    for r in records:
        rid = r["id"]
        if rid in ids:
            errors.append(f"duplicate id {rid}")
        ids.add(rid)
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rid):
            errors.append(f"{rid}: id is not a slug")
        if r["kind"] not in KINDS:
            errors.append(f"{rid}: bad kind {r['kind']}")
        if countries is not None and r["country"] not in countries:
            errors.append(f"{rid}: unknown country {r['country']}")
        if r.get("region") and r["region"] not in REGIONS:
            errors.append(f"{rid}: bad region {r['region']}")
        if not r["names"]["zh-Hans"]:
            errors.append(f"{rid}: no zh-Hans name")
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
        for d in r.get("domains", []):
            if d != d.lower() or "/" in d or d.startswith("www.") or "." not in d:
                errors.append(f"{rid}: bad domain {d!r}")
            domains.setdefault(d, set()).add(rid)
        if r.get("qid"):
            if not re.fullmatch(r"Q[1-9][0-9]*", r["qid"]):
                errors.append(f"{rid}: bad qid {r['qid']}")
            qids.setdefault(r["qid"], set()).add(rid)
    for table, what in ((keys, "Chinese name"), (latin, "Latin name"), (domains, "domain"),
                        (qids, "qid")):
        for k, rids in sorted(table.items()):
            if len(rids) > 1:
                errors.append(f"{what} {k!r} shared by {sorted(rids)}")
    others = other_names()
    for k, rids in sorted({**keys, **latin}.items()):
        if k in others:
            errors.append(f"name {k!r} of {sorted(rids)} also in {sorted(others[k])}")
    return errors


def render(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if the file differs")
    args = ap.parse_args(argv)
    records = build()
    errors = check(records)
    for e in errors:
        print("error:", e, file=sys.stderr)
    if errors:
        return 1
    text = render(records)
    if args.check:
        same = OUTPUT.exists() and OUTPUT.read_text(encoding="utf-8") == text
        print(f"{OUTPUT.relative_to(ROOT)}: {'up to date' if same else 'differs'}")
        return 0 if same else 1
    OUTPUT.write_text(text, encoding="utf-8")
    n_qid = sum(1 for r in records if "qid" in r)
    n_dom = sum(1 for r in records if "domains" in r)
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(records)} outlets, {n_qid} with QID, "
          f"{n_dom} with domains (opencc {getattr(opencc, '__version__', '?')})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
