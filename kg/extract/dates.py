"""Time expressions in Chinese news text, resolved against the publication date.

``find_dates(text, ref)`` returns every date the text states, absolute
(2025年6月16日至18日, 2027年, 2023年5月) or relative to ``ref``, the article's
publication date (週四（5月18日）, 17日, 去年9月, 今年2月底, 當地時間6月17日下午,
昨天, 周二). Both scripts: matching runs on text folded to simplified script
(:func:`kg.text.fold`, which keeps offsets). ``next_day`` words (次日, 翌日,
第二天) are returned with ``relative="next-day"`` and no value: their anchor is
an event, which only the caller knows.

Resolution rules (ours, written for news reporting, where an unqualified date
is close to the publication day):
- a month and day without a year take the publication year, or the year
  before when that would put them more than 183 days after publication;
- a day without month takes the publication month, or the month before when
  that would put it more than 15 days after publication;
- a bare weekday is the day with that weekday nearest to publication, the
  past preferred on a tie (a weekday followed by a bracketed date takes the
  date);
- 今年/去年/明年/前年 shift the publication year; 初/底/上旬/下旬 keep month
  precision.

Relative dates never carry across texts: ``find_dates`` reads one text
(:mod:`kg.extract.events` passes one paragraph), so 当天/同日 take a day named
earlier in that paragraph or the publication day, never a day of another
paragraph, and so never one of another item of a bulletin; 次日 is resolved by
:mod:`kg.resolve.article_events` against the main event of the mention's own
item.

No external library: jionlp (the one tested that resolves these) weighs 245 MB
and prints a banner on import; the grammar needed here is small. The table in
``tests/test_dates.py`` is the specification.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from kg.text import fold

_CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9}
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}

_NUM = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九]|[二三]十[一二三四五六七八九]?)"
_DAYNUM = r"(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_SEP = r"(?:至|到|~|～|-|－|—|–)"

_DATE = re.compile(
    r"(?<![\d.])"
    r"(?:(?P<y>\d{4}|[〇零一二三四五六七八九]{4})年|(?P<ry>今年|去年|明年|前年|本年))?"
    r"(?:(?P<m>" + _NUM + r")月份?)?"
    r"(?:(?P<d>" + _DAYNUM + r")(?P<dm>[日号])(?!本|报|元|间|常|程|益|前|后|子|记|期|历|语|军|方|裔|产))?"
    r"(?:(?P<sep>" + _SEP + r")(?:(?P<y2>\d{4})年)?(?:(?P<m2>" + _NUM + r")月)?(?:(?P<d2>" + _DAYNUM + r")[日号])?)?"
    r"(?P<part>初|底|末|上旬|中旬|下旬)?"
)
_YEAR_RANGE = re.compile(r"(?<!\d)(?P<y>\d{4})" + _SEP + r"(?P<y2>\d{4})年")
_WEEKDAY_RE = re.compile(r"(?:周|星期|礼拜)(?P<w>[一二三四五六日天])(?:[（(](?P<inner>[^）)]{2,14})[）)])?")
_RELATIVE_DAY = re.compile(r"今天|今日|昨天|昨日|前天|明天|明日|后天|当天|当日|同日|次日|翌日|第二天")
_REL_OFFSET = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1, "明日": 1, "后天": 2,
               "当天": 0, "当日": 0, "同日": 0}
_ANAPHORIC = ("当天", "当日", "同日")  # "that day": the day named before, else the reference day
_REL_YEAR = {"今年": 0, "本年": 0, "去年": -1, "明年": 1, "前年": -2}
# weeks and months relative to the publication day (上周三, 下周, 本月, 上个月); weeks start on Monday
_REL_WEEK = re.compile(r"(?P<rel>上上周|上周|下周|本周|这周|上星期|下星期|本星期|这星期|上个星期|下个星期|这个星期)"
                       r"(?P<w>[一二三四五六日天])?")
_WEEK_SHIFT = {"上上周": -2, "上周": -1, "下周": 1, "本周": 0, "这周": 0, "上星期": -1, "下星期": 1, "本星期": 0,
               "这星期": 0, "上个星期": -1, "下个星期": 1, "这个星期": 0}
_REL_MONTH = re.compile(r"本月|这个月|上个月|上月|下个月|下月")
_MONTH_SHIFT = {"本月": 0, "这个月": 0, "上个月": -1, "上月": -1, "下个月": 1, "下月": 1}
# recently (最近, 近日, 日前): the week before the publication day, a window
_RECENT = re.compile(r"最近|近日|日前|近期")
# how far back 最近/近日/日前 reach: news "recently" is within the week (a judgement; 3, 7 and 14
# give the same figures on every gold file, measured with the gate)
RECENT_DAYS = 7


@dataclass(frozen=True)
class DateMention:
    """A time expression and its value.

    Attributes:
        start, end: character offsets of the expression in the text (end exclusive).
        text: the expression as written.
        begin, until: first and last day covered (ISO dates; equal for one day).
            None for a ``next-day`` word, which the caller resolves.
        precision: ``"day"``, ``"week"`` (a window of a few days: 下周, 最近),
            ``"month"`` or ``"year"``.
        relative: ``None`` for an absolute expression, ``"ref"`` when the
            publication date filled in a part, ``"next-day"`` for 次日/翌日/第二天,
            ``"anaphoric"`` for 当天/当日/同日 taken from the last day named before
            it in the text; with no such day they are ``"anaphoric-open"``, valued at the
            publication day, for the caller to resolve against earlier paragraphs.
    """

    start: int
    end: int
    text: str
    begin: dt.date | None
    until: dt.date | None
    precision: str
    relative: str | None = None


def _num(s: str | None) -> int | None:
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if len(s) == 4 and all(c in _CN_DIGIT for c in s):  # 二〇二五
        return int("".join(str(_CN_DIGIT[c]) for c in s))
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGIT.get(tens, 1) if tens else 1) * 10 + (_CN_DIGIT.get(ones, 0) if ones else 0)
    return _CN_DIGIT.get(s)


def _month_span(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _resolve(g: dict, ref: dt.date | None) -> tuple[dt.date, dt.date, str, str | None] | None:
    y, m, d = _num(g["y"]), _num(g["m"]), _num(g["d"])
    relative = None
    if g["ry"]:
        if ref is None:
            return None
        y, relative = ref.year + _REL_YEAR[g["ry"]], "ref"
    if y is not None and not 1800 <= y <= 2200:
        return None
    if m is not None and not 1 <= m <= 12:
        return None
    if d is not None and not 1 <= d <= 31:
        return None
    if d is not None and m is None and g.get("dm") == "号" and not g["d"].isdigit():
        return None  # 空军一号, 一号文件: a name, not the first of the month (六月一号 is a date)
    if y is None and m is None and d is None:
        return None
    if y is None:
        if ref is None:
            return None
        relative = "ref"
        if m is None:  # a bare day: this month, or last month
            cand = _safe(ref.year, ref.month, d)
            if cand is None or (cand - ref).days > 15:
                prev = (ref.replace(day=1) - dt.timedelta(days=1))
                cand = _safe(prev.year, prev.month, d)
            if cand is None:
                return None
            y, m = cand.year, cand.month
        else:
            y = ref.year
            cand = _safe(y, m, d or 1)
            if cand is not None and (cand - ref).days > 183:
                y -= 1
    if m is None:
        if d is not None:
            return None  # 2025年18日: not a date
        end_year = _num(g["y2"]) if g["y2"] else y
        return dt.date(y, 1, 1), dt.date(end_year, 12, 31), "year", relative
    if d is None:
        lo, hi = _month_span(y, m)
        if g["sep"] and (g["m2"] or g["y2"]):
            y2 = _num(g["y2"]) or y
            m2 = _num(g["m2"]) or m
            if 1 <= m2 <= 12:
                hi = _month_span(y2, m2)[1]
        return lo, hi, "month", relative
    lo = _safe(y, m, d)
    if lo is None:
        return None
    hi = lo
    if g["sep"] and g["d2"]:
        y2 = _num(g["y2"]) or y
        m2 = _num(g["m2"]) or m
        cand = _safe(y2, m2, _num(g["d2"]) or 0) if 1 <= m2 <= 12 else None
        if cand is not None and cand >= lo:
            hi = cand
    return lo, hi, "day", relative


def _weekday(w: str, ref: dt.date) -> dt.date:
    target = _WEEKDAY[w]
    best = None
    for delta in (0, -1, 1, -2, 2, -3, 3):
        cand = ref + dt.timedelta(days=delta)
        if cand.weekday() == target:
            best = cand
            break
    return best or ref


def find_dates(text: str, ref: dt.date | dt.datetime | None = None) -> list[DateMention]:
    """Every time expression of ``text``, in text order, without overlaps.

    Args:
        text: plain text, either script.
        ref: the publication date (a datetime is reduced to its UTC date); None
            leaves relative expressions unresolved (they are then dropped).
    """
    if isinstance(ref, dt.datetime):
        ref = (ref.astimezone(dt.timezone.utc) if ref.tzinfo else ref).date()
    folded = fold(text)
    found: list[DateMention] = []
    taken = [False] * len(folded)

    def add(start: int, end: int, begin, until, precision, relative=None):
        if any(taken[start:end]):
            return
        for i in range(start, end):
            taken[i] = True
        found.append(DateMention(start, end, text[start:end], begin, until, precision, relative))

    if ref is not None:
        _relative_periods(folded, ref, add)
    for m in _WEEKDAY_RE.finditer(folded):
        inner = m.group("inner")
        if inner:
            sub = _DATE.fullmatch(inner)
            if sub:
                r = _resolve(sub.groupdict(), ref)
                if r:
                    add(m.start(), m.end(), r[0], r[1], r[2], r[3])
                    continue
        if ref is not None:
            day = _weekday(m.group("w"), ref)
            add(m.start(), m.start() + len(m.group(0)) - (len(inner) + 2 if inner else 0), day, day, "day", "ref")
    for m in _YEAR_RANGE.finditer(folded):
        y, y2 = int(m.group("y")), int(m.group("y2"))
        if 1800 <= y <= y2 <= 2200:
            add(m.start(), m.end(), dt.date(y, 1, 1), dt.date(y2, 12, 31), "year")
    for m in _DATE.finditer(folded):
        if m.end() == m.start():
            continue
        r = _resolve(m.groupdict(), ref)
        if r:
            add(m.start(), m.end(), r[0], r[1], r[2], r[3])
    for m in _RELATIVE_DAY.finditer(folded):
        word = m.group(0)
        if word in ("次日", "翌日", "第二天"):
            add(m.start(), m.end(), None, None, "day", "next-day")
        elif word in _ANAPHORIC and _last_day(found, m.start()) is not None:
            day = _last_day(found, m.start())  # 当天: the day the text last named, not today
            add(m.start(), m.end(), day, day, "day", "anaphoric")
        elif ref is not None:
            day = ref + dt.timedelta(days=_REL_OFFSET[word])
            # 当天 with no day named before it in this text: the caller may look further back
            add(m.start(), m.end(), day, day, "day", "anaphoric-open" if word in _ANAPHORIC else "ref")
    found.sort(key=lambda d: d.start)
    return _consecutive_days(found, folded, text)


_DAY_ONLY = re.compile(_DAYNUM + r"[日号]")
_DAY_JOINERS = ("和", "及", "与", "、")


def _consecutive_days(found: list[DateMention], folded: str, text: str) -> list[DateMention]:
    """``3月18日和19日``, ``18日及19日``: two days in a row, the second a bare day, are one
    two-day window (talks held over both days), not two dates."""
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        nxt = prev.begin + dt.timedelta(days=1) if prev is not None and prev.begin else None
        if nxt is not None and prev.precision == d.precision == "day" and prev.begin == prev.until \
                and folded[prev.end:d.start] in _DAY_JOINERS and _DAY_ONLY.fullmatch(folded[d.start:d.end]) \
                and d.begin is not None and d.begin.day == nxt.day:   # the bare day takes the month before it
            out[-1] = DateMention(prev.start, d.end, text[prev.start:d.end], prev.begin, nxt, "day", prev.relative)
            continue
        out.append(d)
    return out


def _relative_periods(folded: str, ref: dt.date, add) -> None:
    """上周三 (a day), 下周 (a week window), 本月 / 上个月 (a month), 最近 / 近日 (the week
    before the reference day, a window of precision ``week``)."""
    monday = ref - dt.timedelta(days=ref.weekday())
    for m in _REL_WEEK.finditer(folded):
        if folded[m.end():m.end() + 1] in ("（", "("):
            continue  # 上周四（3月11日）: the bracketed date says it
        start = monday + dt.timedelta(weeks=_WEEK_SHIFT[m.group("rel")])
        if m.group("w"):
            day = start + dt.timedelta(days=_WEEKDAY[m.group("w")])
            add(m.start(), m.end(), day, day, "day", "ref")
        else:
            add(m.start(), m.end(), start, start + dt.timedelta(days=6), "week", "ref")
    for m in _REL_MONTH.finditer(folded):
        y, mo = ref.year, ref.month + _MONTH_SHIFT[m.group(0)]
        y, mo = (y - 1, 12) if mo == 0 else (y + 1, 1) if mo == 13 else (y, mo)
        lo, hi = _month_span(y, mo)
        add(m.start(), m.end(), lo, hi, "month", "ref")
    for m in _RECENT.finditer(folded):
        add(m.start(), m.end(), ref - dt.timedelta(days=RECENT_DAYS), ref, "week", "ref")


def _last_day(found: list, before: int) -> dt.date | None:
    """The single day of the last absolute day-precision date ending before ``before``."""
    days = [d for d in found if d.end <= before and d.precision == "day" and d.begin is not None
            and d.begin == d.until and d.relative in (None, "ref", "anaphoric")]
    return max(days, key=lambda d: d.end).begin if days else None


def literal_parts(begin: dt.date, until: dt.date, precision: str) -> tuple[str, str | None, str]:
    """``(start, end, xsd type name)`` for RDF: ``("2025-06-16", "2025-06-18", "date")``,
    ``("2023-02", None, "gYearMonth")`` or ``("2027", None, "gYear")``; a ``week``
    window (下周, 最近) or an ``inferred`` one (from the publication day) is its first
    and last day."""
    if precision == "year":
        return (str(begin.year), str(until.year) if until.year != begin.year else None, "gYear")
    if precision == "month":
        same = (begin.year, begin.month) == (until.year, until.month)
        return (f"{begin.year:04d}-{begin.month:02d}",
                None if same else f"{until.year:04d}-{until.month:02d}", "gYearMonth")
    return begin.isoformat(), (until.isoformat() if until != begin else None), "date"
