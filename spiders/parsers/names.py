"""Names of a page's author and site and its <title>; labels ("Par", "Posted by") stripped."""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from .jsonld import ARTICLE_TYPES, json_ld, ld_name, ld_types
from .page import Page
from .selection import css, first, meta
from .text import inline_text, inline_text_raw, norm_ws


def site_name(page: Page, markup: str | None = None) -> str | None:
    """og:site_name / application-name, else the text of the platform's `markup` (CSS)."""
    name = meta(page.tree, "og:site_name", "application-name")
    if not name and markup:
        name = inline_text(first(page.tree, markup))
    return norm_ws(name)[:300] or None if name else None


def html_title(page: Page) -> str | None:
    node = first(page.tree, "title")
    return inline_text_raw(node) or None


def meta_author(page: Page) -> str | None:
    """Author from <meta name=author>, JSON-LD (article objects first), rel=author: the first that names
    a person, else the first found. A site's own name (its brand, an address, "Administrator") stands in
    the metadata of many company blogs while JSON-LD or microdata names the writer."""
    return first_person(page, *metadata_readers(page))


def metadata_readers(page: Page) -> list:
    """`meta_author`'s names as readers for `first_person`, to be weighed with a page's bylines."""
    return [(lambda n=n: n) for n in _metadata_authors(page)]


def first_person(page: Page, *readers) -> str | None:
    """The first name that the `readers` (callables of no argument, asked in turn, lazily) give and that
    is not the site's own (`own_name`), else the first name given at all; what `clean_author` finds no
    name in is skipped."""
    fallback = first_name = None
    rejected: set[tuple[str, ...]] = set()
    for read in readers:
        name = read()
        cleaned = clean_author(name)
        if not cleaned:
            # a lone label, a month, a template placeholder: no name, nor when another reader gives it
            # again in other words (trafilatura's "Page Head Extra Author" for "page.head.extra.author")
            rejected.add(_words(name or ""))
            continue
        words = _words(cleaned)
        if any(r and words[:len(r)] == r for r in rejected) or (fallback and words[:len(fallback)] == fallback):
            # the site's name again, or a rejected one ("admin"), with a byline's tail ("Kyle Howells 15 min
            # read" after "Kyle Howells"; PluXml's "Rédigé par admin - Aucun commentaire")
            continue
        if not own_name(page, cleaned):
            return name
        fallback, first_name = fallback or words, first_name or name
    return first_name


def _metadata_authors(page: Page):
    value = meta(page.tree, "author", "article:author", "dc.creator", "parsely-author", "sailthru.author")
    if value and not re.match(r"https?://", value):
        yield norm_ws(value)[:300]
    objects = _ld(page)
    for obj in objects:
        if ld_types(obj) & ARTICLE_TYPES and obj.get("author"):
            name = ld_name(_resolved(obj.get("author"), objects))
            if name:
                yield name[:300]
    # schema.org's `creator` is an author too: Canalblog's byline is `span.articlecreator[itemprop=creator]`;
    # a comment's own author or creator (an itemprop=comment item: UserComments, Comment) is not the post's.
    for node in css(page.tree, "a[rel~='author'], [itemprop='author'] [itemprop='name'], [itemprop='author'],"
                               " [itemprop='creator']"):
        if node.get("itemprop") == "author" and node.find(".//*[@itemprop='name']") is not None:
            continue  # a Person item: its name, next in document order, without the byline's label ("Créé par")
        if not any(a.get("itemprop") == "comment" for a in node.iterancestors()):
            name = norm_ws(node.get("content") or "") if node.tag == "meta" else inline_text(node)
            if name:
                yield name[:300]
            break
    for obj in objects:  # a page typed WebPage whose author is a Person (Beehiiv)
        if not ld_types(obj) & ARTICLE_TYPES and isinstance(obj.get("author"), dict) \
                and ld_types(obj["author"]) == {"Person"}:
            name = ld_name(obj["author"])
            if name:
                yield name[:300]


def _ld(page: Page) -> list[dict]:
    """The page's JSON-LD objects, parsed once for the author readers and the site's own names."""
    if "json_ld" not in page._cache:
        page._cache["json_ld"] = json_ld(page.tree)
    return page._cache["json_ld"]


def _resolved(value, objects: list[dict]):
    """A JSON-LD author with its `{"@id": ...}` references replaced by the graph's node (Yoast SEO's graph
    names the writer in a Person node the article points to)."""
    if isinstance(value, list):
        return [_resolved(v, objects) for v in value[:10]]
    if isinstance(value, dict) and "name" not in value and isinstance(value.get("@id"), str):
        for obj in objects:
            if obj.get("@id") == value["@id"] and obj is not value and "name" in obj:
                return obj
    return value


_ORGANISATIONS = frozenset({"Organization", "Corporation", "NewsMediaOrganization", "WebSite", "Blog",
                            "LocalBusiness", "OnlineBusiness", "EducationalOrganization", "MedicalOrganization"})
# Accounts that are no writer: the CMS's installer account, the newsroom as a whole.
_NO_WRITER = frozenset({"admin", "administrator", "administrateur", "webmaster", "redaction", "la redaction",
                        "editorial team", "equipe editoriale", "site admin"})
_SITE_WORDS = frozenset({"com", "net", "org", "fr", "io", "co", "uk", "be", "ch", "blog", "team", "staff", "news",
                         "media", "editors", "equipe", "redaction", "magazine"})
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


def _words(text: str) -> tuple[str, ...]:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return tuple(re.findall(r"[a-z0-9]+", folded))


_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gouv", "gov", "ac", "asso", "edu"})


def _domain_label(url: str) -> str:
    """The registered name of a URL's host: "renofi" for www.renofi.com, "bbc" for www.bbc.co.uk. A hosted
    blog's subdomain (lea-invest.skyrock.com) is its writer's pseudonym, not a brand, so it is not taken."""
    labels = (urlsplit(url).hostname or "").split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 and not labels[-1].isdigit() else ""


def _own_names(page: Page) -> tuple[list[tuple[str, ...]], tuple[str, ...]]:
    """(the site's names as its metadata gives them, its domain's name), as word tuples."""
    if "own_names" not in page._cache:
        names = [meta(page.tree, "og:site_name"), meta(page.tree, "application-name")]
        for obj in _ld(page):
            if ld_types(obj) & _ORGANISATIONS:
                names.append(ld_name(obj))
            publisher = obj.get("publisher")
            if isinstance(publisher, dict):
                names.append(ld_name(publisher))
        page._cache["own_names"] = ([w for w in {_words(n or "") for n in names} if w], _words(_domain_label(page.url)))
    return page._cache["own_names"]


def own_name(page: Page, name: str | None) -> bool:
    """True when `name` is no person's: the site's own name ("UXCam" for the site "UXCam Blog", "Paperium.net"
    for "Paperium", "ServiceTitan November" for "ServiceTitan": a byline's tail is no other writer), its domain's
    name ("RenoFi" on www.renofi.com), an e-mail address, or an installer account ("Administrator"). A
    person named like the domain ("Jean Martin" on jean.fr) is not, nor a hosted blog's subdomain."""
    text = norm_ws(name or "")
    words = _words(text)
    if not words or _EMAIL.match(text) or " ".join(words) in _NO_WRITER:
        return True
    names, label = _own_names(page)
    if any(words == own[:len(words)] or words[:len(own)] == own for own in names):
        return True
    return bool(label) and words[:len(label)] == label and set(words[len(label):]) <= _SITE_WORDS


def strip_label(text: str, *labels: str) -> str:
    """Text without a leading label such as "Publié par" / "Par" / "Posted by"."""
    text = norm_ws(text)
    for label in labels:
        if text.lower().startswith(label.lower()):
            return text[len(label):].strip(" :,-\u00bb")
    return text


_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
          r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t"
          r"|septembre|octobre|novembre|d[ée]cembre)")
# What themes print around a byline's name: its label, then a date, an update note, a bio, a role.
_LEAD = re.compile(r"^(?:(?:view|see|read)\s+(?:all\s+)?(?:posts|articles|more)\s+(?:by|about|from|of)"
                   r"|this\s+(?:post|article)\s+was\s+written\s+by"
                   r"|(?:written|posted|published|reviewed|recipe|story|words|edited)\s+by"
                   r"|(?:publi[ée]e?|[ée]crite?|r[ée]dig[ée]e?|post[ée]e?|cr[ée]{2}e?|propos[ée]e?|mise?\s+en\s+ligne)\s+par"
                   r"|auteur|author|by|par)\s*[:\-–]?\s+", re.I)
_TAIL = re.compile(r"\s*[•|·⋅—]\s.*$|\s+(?:view|voir|read|lire|follow|suivre|see)\s.*$"
                   r"|\s+(?:dans|in)\s+\S.*$"  # the post's category: "Par Sophie dans SCPI le ...", "by Tom in News"
                   r"|\s+(?:last\s+)?updated\b.*$|\s+mis\s+[àa]\s+jour\b.*$"
                   r"|\s+(?:publi[ée]e?|posted|published|le|on)\s+\d.*$|\s+" + _MONTH + r"\.?\s+\d.*$"
                   r"|\s+\d{1,2}(?:er|st|nd|rd|th)?\s+" + _MONTH + r"\b.*$|\s+\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}.*$"
                   r"|\s+\d+\s*(?:min(?:utes?)?|mn)\.?\s+(?:read|de\s+lecture)\b.*$|\s+(?:lecture|reading\s+time)\s*:?\s+\d.*$"
                   r"|\s+who\s+is\b.*$|\s+(?:is|est|was)\s+(?:a|an|the|un|une|le|la|l')\b.*$", re.I)
# A label glued to the name it announces, as a theme prints them in two elements with no space between
# (Newsup's `<span>Par</span><a>Claire</a>`): "ParClaire". Case matters: "Parker", "Byron" stay.
_GLUED = re.compile(r"^(?:Par|By|par|by)(?=[A-ZÀ-ÖØ-Ý][a-zà-öø-ÿ])")
# A writer's role as bylines print it after the name: "Liza Burke Marketing Director", "Meghan Neville Content
# Marketing Coordinator", "Paul Martin Conseiller en gestion de patrimoine".
_ROLE = (r"(?:(?:senior|staff|tech|chief|guest|content|marketing|digital|product|managing)\s+)*"
         r"(?:writer|reporter|editor|journalist|contributor|founder|co-founder|ceo|coordinator|manager|director"
         r"|specialist|strategist|journaliste|r[ée]dact(?:eur|rice)|fondat(?:eur|rice)|chroniqueu(?:r|se)"
         r"|conseill(?:er|[èe]re)|consultante?|g[ée]rante?|directeur|directrice|associ[ée]e?)")
_LONE_MONTH = re.compile(_MONTH + r"\.?", re.I)
_ROLE_TAIL = re.compile(r"\s+" + _ROLE + r"\b.*$", re.I)
_ROLE_ONLY = re.compile(_ROLE, re.I)
_NOT_A_NAME = re.compile(r"^(?:written\s+by|posted\s+by|by|par|name|nom|author|auteur|the\s+author|admin"
                         r"|(?:last\s+)?updated(?:\s+" + _MONTH + r")?|" + _MONTH + r"|\d[\d\s]*|[\w-]+(?:\.[\w-]+){3,})$",
                         re.I)


def clean_author(name: str | None) -> str | None:
    """A post's author as a person's name: the byline's label, date, update note, bio and role that
    themes print around it left out ("Written By: Tom May", "Luke Kim December 3", "Cazzy Magennis Last
    Updated August 1", "Emma Ryan Writer", "Mayank Gupta; CEO", "View all posts by Craig Randall"); None
    for what is no name (a lone label, a month, digits, a template placeholder "page.head.extra.author")."""
    text = norm_ws(name or "")
    if not text:
        return None
    text = _GLUED.sub("", _LEAD.sub("", text.strip('"“”«» '))).split(";")[0].strip()
    text = _TAIL.sub("", text).strip(" ,:-–")
    head, _, rest = text.partition(",")
    words = rest.split()
    if rest and ((len(words) >= 2 and any(w.islower() for w in words)) or _ROLE_ONLY.fullmatch(rest.strip())):
        # a description, not a co-author: "Brett Cruz, Privacy and Digital Security Expert", "Sophie Martin,
        # journaliste"; "A. Un, B. Deux" (two authors) and "Shelby Loos, DVM" stay
        text = head.strip()
    shorter = _ROLE_TAIL.sub("", text)
    if len(shorter.split()) >= 2:
        text = shorter  # "Emma Ryan Writer"; "HomeAdvisor Staff Writer" stays whole
    words = text.split()
    if len(words) >= 3 and (_LONE_MONTH.fullmatch(words[-1]) or words[-1] in ("on", "le", "the")):
        text = " ".join(words[:-1])  # "Luke Kim December" (the day in another element), "ALLIN ONE on"
    words = text.split()
    half = len(words) // 2
    if half >= 1 and len(words) == 2 * half and words[:half] == words[half:]:
        text = " ".join(words[:half])  # "Trevor Jackins Trevor Jackins": an avatar's alt text, then the name
    elif len(words) >= 3 and words[0].isupper() and 2 <= len(words[0]) <= 3 \
            and words[0] == "".join(w[0] for w in words[1:len(words[0]) + 1]).upper():
        text = " ".join(words[1:])  # "CM Craig McCarthy": the initials of an avatar placeholder
    return None if not text or _NOT_A_NAME.match(text) else text
