"""A page's headline, chosen by how its statements agree: JSON-LD `headline`, `og:title`, `twitter:title`,
`<title>` without the site's name, and the visible `<h1>` (or, without one, the heading the body opens
with). Each is a voice; the one the most others support (by fuzzy match) is the headline, in its fullest
form. A site name, a section label ("Politics", "Opinion", "Live updates"), a kicker or a fragment of a
heading is never a headline while a real one is there. The credible candidates are kept too: a cited title
that names any of them names the page (a publisher's SEO <title> and its headline often differ)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from provenance.source.jsonld import LdFacts
from provenance.source.meta import HeadTags
from provenance.source.metadata import SEPARATOR, host_name, is_site, norm, strip_site
from provenance.source.tree import raw_text, text_of

MAX_TITLE = 400
_HIDDEN = re.compile(r"sr-only|visually-?hidden|screen-?reader|hidden|invisible|offscreen|assistive", re.I)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Parts of a heading that are not the headline: a kicker or section flag above or inside it.
_KICKER = re.compile(r"kicker|overline|eyebrow|dachzeile|topline|roofline|rubric|flag|label|category"
                     r"|section|headline-?intro|tag(?:line)?s?\b|surtitre|antetitulo|sobretitulo|occhiello"
                     r"|breadcrumb", re.I)
# A section's name at either end of a title ("Opinion | …", "… | Politics | Site"): never the headline.
_SECTIONS = frozenset(s.strip() for s in """opinion, opinions, politics, world, news, business, sport, sports,
    analysis, comment, editorial, live, live updates, live blog, as it happened, breaking, breaking news,
    explainer, culture, technology, tech, science, health, climate, environment, us news, uk news, world news,
    local, video, podcast, newsletter, review, reviews, blog, blog archive, blog archiv, meinung, politik,
    wirtschaft, kommentar, kultur, inland, ausland, panorama, opinión, política, internacional, economía,
    deportes, politique, économie, international, société, monde, idées, tribune, débats, opinione,
    politica, economia, esteri""".split(","))
_CONTINUED_BY_TAGS = re.compile(r"[@#$]\w")  # "… @themotleyfool #stocks $AMZN": a tweet's tags
# Which statement each voice is, in the order ties are broken: the visible heading first.
_ORDER = ("h1", "ld", "og", "twitter", "meta", "title")


@dataclass(frozen=True)
class Headlines:
    chosen: str | None  # the page's headline
    credible: tuple[str, ...]  # every statement of it a citation may fairly copy, the chosen one first


@dataclass(frozen=True)
class _Voice:
    kind: str  # one of _ORDER
    text: str  # cleaned: no site name, section or date around it


def read_headlines(root: Any, head: HeadTags, ld: LdFacts, site: str | None, url: str | None,
                   body: tuple[Any, ...] = ()) -> Headlines:
    host = host_name(url)
    h1s, logos = _headings(root, url)
    if not h1s:
        opening = _opening_heading(body)
        h1s = [opening] if opening else []
    stated = [t for t in (ld.headline, head.get("og:title", "twitter:title")) if t]
    shown = [h for h in h1s if head.title and _ends_title(h, head.title, site, host) and not any(
        _similar(h, t) for t in stated)]
    h1s = [h for h in h1s if h not in shown]
    names = _site_names(head, ld, site, logos + shown)
    voices: list[_Voice] = []
    for text in dict.fromkeys(h1s):
        _add(voices, "h1", text, names, host)
    _add(voices, "ld", ld.headline, names, host)
    for kind, key in (("og", "og:title"), ("twitter", "twitter:title"), ("meta", "headline"),
                      ("meta", "dc.title")):
        _add(voices, kind, head.get(key), names, host)
    if head.title:
        _add(voices, "title", _page_title(head.title, names, host, voices), names, host)
    if any(_headline_like(v.text) for v in voices):  # "Custom", "Broken Pledge": heading fragments
        voices = [v for v in voices if v.kind != "h1" or _headline_like(v.text)]
    if not voices:
        return Headlines(None, ())
    chosen = _choose(voices, site, host, one_heading=len(h1s) == 1)[:MAX_TITLE]
    credible = tuple(dict.fromkeys([chosen, *(v.text[:MAX_TITLE] for v in voices)]))
    return Headlines(chosen, credible)


def _ends_title(heading: str, title: str, site: str | None, host: str | None) -> bool:
    """Whether a heading is the site's name shown on the page: the shorter end of a <title> whose other
    end is not the site's name ("Time 4 talks » Blog Archiv » Weitere Digitalisierung der Schweizer Kinos";
    not "atg 1700 - Pastebin.com")."""
    h = norm(heading)
    parts = SEPARATOR.split(title)
    if not h or len(parts) < 2 or 2 * len(h) >= len(norm(title)):
        return False
    return any(norm(end) == h and not is_site(other, site, host)
               for end, other in ((parts[0], parts[-1]), (parts[-1], parts[0])))


def _site_names(head: HeadTags, ld: LdFacts, site: str | None, logos: list[str]) -> tuple[str, ...]:
    stated = head.values("og:site_name", "application-name", "publisher", "dc.publisher")
    return tuple(dict.fromkeys(n for n in (site, *stated, ld.publisher, ld.website, *logos) if n))


def _add(voices: list[_Voice], kind: str, text: str | None, names: tuple[str, ...], host: str | None) -> None:
    """The statement, cleaned, as a voice: not when empty, a site's name, or a copy of another statement
    in the page's metadata (twitter:title, og:title and <title> are often one field copied: one voice)."""
    if not text:
        return
    cleaned = _clean(text, names, host)
    if not cleaned or any(is_site(cleaned, n, host) for n in (names or (None,))):
        return
    if kind != "h1" and any(v.kind != "h1" and v.text == cleaned for v in voices):
        return  # the same field copied (og:title, twitter:title, <title>): one voice
    voices.append(_Voice(kind, cleaned))


def _clean(text: str, names: tuple[str, ...], host: str | None, *, guess: bool = False) -> str:
    """A title without the site's names, a section or an author ("| by Jane Doe") at either end, and
    without a date in front."""
    for name in names[1:]:
        text = strip_site(text, name, None)
    text = strip_site(text, names[0] if names else None, host, guess=guess)
    parts = SEPARATOR.split(text)
    seps = SEPARATOR.findall(text)
    while len(parts) > 1 and _not_headline(parts[-1]):
        parts, seps = parts[:-1], seps[:-1]
    while len(parts) > 1 and _not_headline(parts[0]):
        parts, seps = parts[1:], seps[1:]
    text = "".join(p + s for p, s in zip(parts, seps + [""], strict=True))
    return _without_date(text.strip())


def _not_headline(segment: str) -> bool:
    """A section's name ("Opinion", "Live updates", "Blog Archiv") or an author ("by Jane Doe")."""
    words = norm(segment)
    return words in _SECTIONS or (
        words.startswith("by ") and len(words.split()) <= 5)


def _page_title(title: str, names: tuple[str, ...], host: str | None, voices: list[_Voice]) -> str:
    """<title> without the site's name; a short last part that is not one is taken for a section or a site
    ("… - Politics - Civic Wire") when nothing else states the headline, or when that agrees with it."""
    plain, guessed = _clean(title, names, host), _clean(title, names, host, guess=True)
    stated = [v.text for v in voices if v.kind != "h1"]
    if not stated:
        return guessed
    others = [v.text for v in voices]
    if guessed != plain and any(_similar(guessed, o) for o in others) and not any(
            _similar(plain, o) for o in others):
        return guessed
    return plain


def _choose(voices: list[_Voice], site: str | None, host: str | None, *, one_heading: bool) -> str:
    """The voice the most others support, in its fullest form; with no support, the one visible headline,
    else the first stated one."""
    support = [len({w.kind for w in voices if w is not v and _similar(v.text, w.text)}) for v in voices]
    best = max(range(len(voices)), key=lambda i: (support[i], -_ORDER.index(voices[i].kind)))
    if support[best] == 0:
        h1s = [v for v in voices if v.kind == "h1"]
        visible = h1s[0].text if one_heading and len(h1s) == 1 else ""
        if _headline_like(visible) and not is_site(visible, site, host):
            return visible  # the one visible headline, where the stated title is an SEO variant
        stated = [v for v in voices if v.kind not in ("h1", "title")]
        return (stated or [v for v in voices if v.kind == "title"] or voices)[0].text
    group = [v for v in voices if v is voices[best] or _similar(v.text, voices[best].text)]
    text = next((v.text for v in group if v.kind == "h1"), voices[best].text)  # what readers see
    for _ in range(len(group)):
        better = next((v.text for v in group if _better(v, text, site, host)), None)
        if better is None:
            break
        text = better
    return text


def _better(other: _Voice, text: str, site: str | None, host: str | None) -> bool:
    """Whether `other` is the better form of the same headline: `text` with a kicker in front
    ("Tunesien Große Aufgaben…" for "Große Aufgaben…"), or with a name after it ("… | FASSETTE.NET"), or
    `other` is `text` continued ("steventroughtonsmith/marzipanify: Convert an iOS app…")."""
    o, t = norm(other.text), norm(text)
    if o == t:
        return False
    if t.endswith(" " + o) and len(t.split()) - len(o.split()) <= 4:
        return True  # a kicker in front of the headline
    if _named_in(text, other.text, site, host):
        return True
    # continued, not suffixed: <title> adds sites and sections, " | …", " - …" and "(…)" add names
    rest = other.text[len(text):].lstrip() if other.text.startswith(text) else ""
    return (other.kind != "title" and o.startswith(t + " ") and len(rest.split()) >= 3
            and rest[0] not in "|-–—·•»«([" and not _CONTINUED_BY_TAGS.search(rest)
            and not SEPARATOR.search(rest) and not any(c in rest for c in "|｜")
            and not _named_in(other.text, text, site, host))


def _similar(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    na, nb = norm(a), norm(b)
    if not na or not nb:
        return False
    return na == nb or fuzz.ratio(na, nb) >= 85 or (min(len(na), len(nb)) >= 20 and (na in nb or nb in na))


def _headline_like(text: str) -> bool:
    """Three words or more (a name or a label, "Original text", is shorter), or a long CJK line."""
    return len(text.split()) >= 3 or (len(text) >= 10 and bool(_CJK.search(text)))


def _home_link(el: Any, url: str | None) -> bool:
    """Whether an <h1>'s text is all one link to the site's home page: a logo, the site's name."""
    links = el.findall(".//a")
    if len(links) != 1 or norm(text_of(links[0], 500)) != norm(text_of(el, 500)):
        return False
    href = (links[0].get("href") or "").strip()
    try:
        target = urlsplit(urljoin(url or "", href))
    except ValueError:
        return False
    same_site = not url or not target.netloc or host_name(target.geturl()) == host_name(url)
    home = target.path.strip("/") in ("", "index.html", "index.php", "home")
    return same_site and home and not target.query


def _heading_text(el: Any) -> str:
    """A heading's text without a kicker or a screen-reader label inside it ("<span class=kicker>")."""
    apart = [d for d in el.iterdescendants() if isinstance(d.tag, str)
             and (_KICKER.search(d.get("class") or "") or _HIDDEN.search(d.get("class") or ""))]
    if not apart:
        return text_of(el, MAX_TITLE + 1)
    parts: list[str] = []
    for node in el.iter():
        if node is not el and any(a is node or a in node.iterancestors() for a in apart):
            if any(a is node for a in apart) and node.tail:
                parts.append(node.tail)
            continue
        if node.text and isinstance(node.tag, str):
            parts.append(node.text)
        if node is not el and node.tail:
            parts.append(node.tail)
    text = " ".join(" ".join(parts).split())[: MAX_TITLE + 1]
    return text or text_of(el, MAX_TITLE + 1)


def _headings(root: Any, url: str | None = None) -> tuple[list[str], list[str]]:
    """The page's <h1> texts, and those that are the site's name (a link home) rather than a headline."""
    found: list[str] = []
    logos: list[str] = []
    for el in root.iter("h1"):
        if _HIDDEN.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
            text = text_of(el, MAX_TITLE + 1)  # for search engines: "好奇心日报", "Menu di navigazione"
            if text and len(text.split()) <= 4:
                logos.append(text)
            continue
        if 3 <= len(raw_text(el).strip()) and _home_link(el, url):
            logos.append(text_of(el, MAX_TITLE + 1))
        else:
            text = _heading_text(el)
            if 3 <= len(text) <= MAX_TITLE:
                found.append(text)
        if len(found) + len(logos) >= 5:
            break
    return found, logos


def _opening_heading(body: tuple[Any, ...]) -> str | None:
    """The text the body opens with, when it is a heading (<h2>, <h3>): a page without <h1> (a review, a
    blog theme's post) shows its headline there."""
    for node in body[:1]:
        hidden = None
        for el in node.iter():
            if not isinstance(el.tag, str) or (hidden is not None and hidden in el.iterancestors()):
                continue
            if el.tag in ("h2", "h3"):
                if _HIDDEN.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
                    hidden = el  # "Hauptinhalt", "Main content": a heading for screen readers
                    continue
                text = _heading_text(el)
                return text if len(text.split()) >= 3 and len(text) <= MAX_TITLE else None
            if el.text and el.text.strip() and el.tag not in ("script", "style", "template"):
                return None  # the body opens with text, not a heading
    return None


_DOMAIN = re.compile(r"\w\.[a-z]{2,6}$", re.I)


def _named_in(h1: str, ref: str, site: str | None, host: str | None) -> bool:
    """Whether `h1` is `ref` plus a name ("… | FASSETTE.NET", "… - Civic Wire")."""
    parts = SEPARATOR.split(h1)
    if len(parts) < 2:
        return False
    for extra, rest in ((parts[-1], parts[0]), (parts[0], parts[-1])):
        if norm(rest) == norm(ref) and (is_site(extra, site, host) or _DOMAIN.search(extra.strip())):
            return True
    return False


_DATE_SEGMENT = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?")


def _without_date(title: str) -> str:
    """"23.01.2022 - Wierer darf jubeln": the date before a separator is the page's date, not headline."""
    parts = SEPARATOR.split(title, maxsplit=1)
    return parts[1] if len(parts) == 2 and _DATE_SEGMENT.fullmatch(parts[0].strip()) and parts[1] else title
