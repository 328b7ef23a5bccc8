"""Shared pieces of the readers: decoding, the RSS header block, dates, ids."""
from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import re
from pathlib import Path

from kg.errors import NotAnArticle

# The feed-archive block: an optional <!--epoch-ms--> line, a [title](url) line, a ------ rule.
RSS_BLOCK = re.compile(
    r"[ \t\r\n]*(?:<!--\s*(?P<ms>\d{10,13})\s*-->[ \t]*\r?\n)?"
    r"[ \t]*\[(?P<title>[^\n]*)\]\((?P<url>[^)\s]*)\)[ \t]*\r?\n"
    r"[ \t]*-{3,}[ \t]*(?:\r?\n|\Z)"
)
# A date line that some feeds put under the rule: 日期：Thu, 02 Jul 2020 18:28:24 +0000
DATE_LINE = re.compile(r"[ \t\r\n]*(?:日期|時間|时间|Date)[：:]\s*(?P<date>[^\n<]+?)\s*(?:\r?\n|\Z)")


# Byte-order marks, longest first (a UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
         (b"\xef\xbb\xbf", "utf-8"), (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"))
# Encodings a Chinese news file comes in besides UTF-8 (Windows tools, older sites); the detector
# chooses among these only
LEGACY_ENCODINGS = ["gb18030", "big5", "utf_16", "utf_32"]
# C0 control characters other than tab, newline and carriage return: dropped from the text
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A decoded file with more control characters than this share of its characters (and more than
# MAX_STRAY_CONTROLS of them) is binary data that happened to decode, not text with a stray
# control character: random bytes give about 11 % (29 of 256 byte values), a text saved with a
# stray NUL one or two characters
MAX_CONTROL_SHARE = 0.01
MAX_STRAY_CONTROLS = 2


def decode(path: Path) -> str:
    """Read ``path`` as text; see :func:`decode_bytes`."""
    return decode_bytes(path.read_bytes(), path)[0]


def decode_bytes(raw: bytes, path: Path) -> tuple[str, str]:
    """``(text, encoding)`` of a file's bytes.

    A byte-order mark decides (UTF-8, UTF-16, UTF-32; the mark is dropped); else UTF-8
    when the bytes are valid UTF-8; else the encoding charset-normalizer finds among
    ``LEGACY_ENCODINGS`` (GB18030, Big5, UTF-16/32). C0 control characters other than
    tab, newline and carriage return (a stray NUL) are dropped from the text: every
    offset of the project counts code points of the text returned here.

    Raises:
        NotAnArticle: the file is empty, or no encoding gives text (binary data).
    """
    if not raw.strip():
        raise NotAnArticle(path, "empty file")
    text, encoding = None, None
    for bom, name in _BOMS:
        if raw.startswith(bom):
            try:
                text, encoding = raw[len(bom):].decode(name), name
            except UnicodeDecodeError:
                raise NotAnArticle(path, f"not {name} text after its byte-order mark") from None
            break
    if text is None:
        try:
            text, encoding = raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _detected(raw, path)
    controls = len(_CONTROLS.findall(text))
    if controls > max(MAX_STRAY_CONTROLS, MAX_CONTROL_SHARE * len(text)):
        raise NotAnArticle(path, "binary file, not text")
    text = _CONTROLS.sub("", text) if controls else text
    if not text.strip():
        raise NotAnArticle(path, "empty file")
    return text, encoding


def _detected(raw: bytes, path: Path) -> tuple[str, str]:
    """Text and encoding that charset-normalizer finds for bytes that are not UTF-8."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None:
        if b"\x00" in raw:
            raise NotAnArticle(path, "binary file, not text")
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise NotAnArticle(path, f"not text in UTF-8 (byte {exc.start}), UTF-16, UTF-32, GB18030 or Big5") from None
    return str(best), best.encoding


def stable_id(url: str | None, text: str) -> str:
    """First 16 hex digits of SHA-1 over the URL, or over the text when there is none."""
    key = url if url else text
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def from_epoch_ms(ms: str) -> dt.datetime:
    """UTC datetime of a Unix epoch in milliseconds (or seconds when 10 digits)."""
    value = int(ms)
    if len(ms) <= 10:
        value *= 1000
    return dt.datetime.fromtimestamp(value / 1000, tz=dt.timezone.utc).replace(microsecond=0)


def to_utc(value) -> dt.datetime | dt.date | None:
    """Normalise a YAML or string date to an aware UTC datetime (or a date).

    Accepts datetime (naive values are taken as UTC), date, ISO 8601 strings and
    RFC 2822 strings (``Thu, 02 Jul 2020 18:28:24 +0000``). Returns None when
    the value is not a date.
    """
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc).replace(microsecond=0)
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            return dt.date.fromisoformat(s)
        return to_utc(dt.datetime.fromisoformat(s.replace("Z", "+00:00")))
    except ValueError:
        pass
    try:
        return to_utc(email.utils.parsedate_to_datetime(s))
    except (TypeError, ValueError, IndexError):
        return None


_FULL_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号號]"
    r"(?:\s*(?:至|到|－|—|-|~|～)\s*(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*[日号號])?"
    r"|(?P<iy>(?:19|20)\d{2})-(?P<im>\d{2})-(?P<id>\d{2})(?!\d)"
    r"|[(（](?P<cy>(?:19|20)\d{2})(?P<cm>\d{2})(?P<cd>\d{2})[)）]"
)


def latest_stated_date(texts: list[str]) -> dt.date | None:
    """The latest full calendar date (year, month and day) stated in ``texts``.

    Recognises ``2025年6月16日``, ranges such as ``2025年6月16日至18日`` (the
    range's end counts), ISO ``2025-06-18`` and ``(20220924)`` in headings.
    Used as the inferred publication date of a text with no header.
    """
    best = None
    for text in texts:
        for m in _FULL_DATE.finditer(text):
            try:
                if m.group("y"):
                    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
                    cands = [dt.date(y, mo, d)]
                    if m.group("d2"):
                        cands.append(dt.date(y, int(m.group("m2") or mo), int(m.group("d2"))))
                elif m.group("iy"):
                    cands = [dt.date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))]
                else:
                    cands = [dt.date(int(m.group("cy")), int(m.group("cm")), int(m.group("cd")))]
            except ValueError:
                continue
            for c in cands:
                if best is None or c > best:
                    best = c
    return best
