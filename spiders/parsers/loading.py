"""Loading hostile HTML: bytes to str, control characters out, size caps, the lxml tree."""
from __future__ import annotations

import codecs
import re

import lxml.html
from lxml import etree

from .caps import MAX_HTML_CHARS


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")
_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_XML_ENCODING_RE = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""", re.I)


def decode_html(data: bytes) -> str:
    """Bytes to str: BOM, then <meta charset>/XML declaration, then utf-8, then cp1252."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace")
    # Real pages put scripts before their <meta charset>: look further than HTML5's 1024 bytes.
    head = data[:16384]
    m = _XML_ENCODING_RE.search(head) or _META_CHARSET_RE.search(head)
    if m:
        try:
            enc = codecs.lookup(m.group(1).decode("ascii")).name
        except (LookupError, UnicodeDecodeError):
            enc = None
        # A page declaring latin-1 is in practice cp1252 (browsers do the same).
        if enc in ("latin-1", "iso8859-1", "ascii"):
            enc = "cp1252"
        # utf-16 declared in an ASCII-readable head is a lie: fall through to the guess.
        if enc in ("cp1252", "iso8859-15") and _valid_multibyte_utf8(data):
            # Mislabelled: a template declares latin-1 while the database sends utf-8. Accented
            # latin-1 text is (almost) never valid utf-8, so valid utf-8 settles it.
            return data.decode("utf-8")
        if enc and not enc.startswith("utf-16") and enc != "utf-8":
            return data.decode(enc, errors="replace")
    return _utf8_or_cp1252(data)


def _valid_multibyte_utf8(data: bytes) -> bool:
    """True when the bytes are valid utf-8 and hold at least one non-ASCII character."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _utf8_or_cp1252(data: bytes) -> str:
    """utf-8, unless the bytes are mostly not: old French sites declare utf-8 and send latin-1."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    sample = text[:200_000]
    bad = sample.count("\ufffd")
    good = sum(1 for ch in sample if ch >= "\x80") - bad
    if good >= bad:  # valid multi-byte characters dominate: a few stray bytes in a utf-8 page
        return text
    return data.decode("cp1252", errors="replace")


def decode_markup(html: str | bytes | None) -> str:
    """Markup as str, size-capped, not yet cleaned."""
    if html is None:
        return ""
    if isinstance(html, (bytes, bytearray, memoryview)):
        html = decode_html(bytes(html[: MAX_HTML_CHARS * 2]))
    return html[:MAX_HTML_CHARS]


def clean_markup(html: str | bytes | None) -> str:
    """Decoded, control-character-free, size-capped markup (what lxml will accept)."""
    return _SURROGATE_RE.sub("\ufffd", _CONTROL_RE.sub("", decode_markup(html)))


_TAG_RE = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9-]*[\s/>]|!doctype|!--)", re.I)


def looks_like_html(text: str) -> bool:
    """False for binary garbage or plain text served as a page: no tag, or control characters
    and undecodable bytes beyond what any real page holds. Call on decoded, uncleaned text."""
    if not _TAG_RE.search(text[:65536]):
        return False
    sample = text[:8192]
    noise = len(_CONTROL_RE.findall(sample)) + sample.count("\ufffd")
    return noise <= max(len(sample) * 0.03, 10)


_END_TAG_RE = re.compile(r"</(?:body|html)\s*>", re.I)


def drop_stray_end_tags(markup: str) -> str:
    """Markup without its </body> and </html> end tags when it has more than one of them.

    Templates that include a whole page into another leave a </body></html> in the middle;
    browsers ignore it and show what follows, libxml2 drops everything after it (the post body).
    """
    if len(_END_TAG_RE.findall(markup, 0, len(markup))) <= 2:
        return markup
    return _END_TAG_RE.sub("", markup)


def parse_tree(markup: str):
    """The lxml document for cleaned markup, or None when there is nothing to parse."""
    if not markup.strip():
        return None
    # Feeding bytes with a fixed encoding sidesteps lxml's refusal of str with an XML declaration.
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True,
                                  no_network=True)
    try:
        root = lxml.html.document_fromstring(markup.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError, TypeError):
        return None
    if root is None or not isinstance(root.tag, str):
        return None
    return root
