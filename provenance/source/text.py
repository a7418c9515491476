"""The main text of a page: the article's own paragraphs, without navigation, sidebars, related stories,
newsletter boxes, cookie banners or comments.

body.py finds the body; this writes it out, one paragraph per block element, skipping the smaller
furniture inside it. Losing a body paragraph is worse than keeping a line of furniture: a lost paragraph
makes a true quotation look unsupported."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from provenance.source.body import (
    BLOCK_TAGS,
    MIN_PARAGRAPH,
    SKIP_TAGS,
    UNLIKELY,
    Body,
    Size,
    find_body,
    text_len,
)
from provenance.source.tree import raw_text, tokens

# Inside the chosen body, smaller furniture, matched inside single class/id words ("c-related-links"); an
# "entry-header" there holds the standfirst.
FURNITURE = re.compile(
    UNLIKELY.pattern.replace("|header", "")
    + r"|(?:^|[-_])nav|(?:^|[-_])ads?(?:$|[-_])|advert|toolbar|modal|skip"
    r"|author-?bio|(?:^|[-_])tags?(?:$|[-_])|rail|print-only|also-?read|topics|byline|credit|copyright|overlay")
_NEVER_FURNITURE = frozenset(
    "body html article main p a h1 h2 h3 h4 h5 h6 blockquote pre em strong b i q".split())
# Headings that open a list of other stories, comments or sign-up boxes: the rest of their section is not
# the article (a heading only: the whole text of a short element, so a body sentence never matches).
OTHER_STORIES = re.compile(
    r"(?:related|more|other|similar|recommended|popular|top|latest|trending|recent|featured|further)"
    r"(?: \w+){0,2} (?:stories|articles|posts|news|reads?|reading|links|content|coverage|videos?|topics)"
    r"|related|recommended(?: for you)?|you (?:may|might|could) (?:also )?(?:like|enjoy|be interested in)"
    r"|(?:read|see|watch) (?:more|next|also)(?: \w+){0,3}|(?:also|further) read(?:ing)?"
    r"|more from(?: \w+){0,4}"
    r"|more (?:on|about) this(?: story| topic)?|most (?:read|popular|viewed|shared|emailed|commented)"
    r"|don'?t miss|what to read next|around the web|from our partners|sponsored(?: content| stories)?"
    r"|(?:\d+ )?comments?(?: \(\d+\))?|leave a (?:reply|comment)|join the (?:conversation|discussion)"
    r"|das könnte (?:dich|sie) auch interessieren|mehr zum thema(?: \w+){0,3}|lesen sie (?:auch|mehr)"
    r"|weitere (?:artikel|beiträge|nachrichten|themen)|auch interessant|ähnliche (?:artikel|beiträge)"
    r"|meistgelesen|kommentare?(?: \(\d+\))?|mehr themen"
    r"|(?:à )?lire aussi|sur le même sujet|articles similaires|vous aimerez aussi|les plus lus"
    r"|te puede interesar|también te puede interesar|noticias relacionadas|lo más leído|lee también"
    r"|você pode gostar|leia também|veja também|posts relacionados|mais lidas|notícias relacionadas"
    r"|leggi anche|potrebbe interessarti|articoli correlati|i più letti|lees ook|meest gelezen")
# A page builder's component ("elementor-widget-text-editor", "widget_text"): a sidebar box, or a part of
# the body itself; furniture only when it holds no prose of its own.
COMPONENT = re.compile(r"widget")


@functools.lru_cache(maxsize=4096)
def _furniture_words(words: str) -> bool:
    parts = words.split()
    return 0 < len(parts) <= 30 and any(FURNITURE.search(w) for w in parts)


@functools.lru_cache(maxsize=4096)
def _component_words(words: str) -> bool:
    parts = words.split()
    return 0 < len(parts) <= 30 and any(COMPONENT.search(w) for w in parts)


def _heading_inside(el: Any) -> bool:
    return any(True for _ in el.iter("h2", "h3", "h4", "h5", "h6"))


def _prose(el: Any, sizes: Mapping[Any, Size]) -> bool:
    """Paragraph text, not a list of links or a label: a sentence or more, at most a fifth of it links."""
    n, links = _size(el, sizes)
    return n >= 80 and links <= 0.2 * n


def _skip(el: Any, tag: str, total: int, sizes: Mapping[Any, Size], comments: bool = False) -> bool:
    """Whether a subtree of the body is furniture: never-prose tags, furniture-named containers that hold
    little of the body (a "has-sidebar" wrapper holding most of it is kept), and link lists."""
    if not tag or tag in SKIP_TAGS:
        return True
    if comments:
        return _skip_in_comments(el, tag, sizes)
    if tag in _NEVER_FURNITURE:
        return False
    if _comment_section(tokens(el)):
        return True  # however large: comments come after the body (comments_text), never inside it
    if _furniture_words(tokens(el)):
        return _size(el, sizes)[0] < 0.3 * total
    if _component_words(tokens(el)) and not _prose(el, sizes):
        return _size(el, sizes)[0] < 0.3 * total and (_link_list(el, sizes) or not _heading_inside(el))
    if tag in ("ul", "ol", "div", "section", "table") and len(el):
        return _link_list(el, sizes)
    return False


def _skip_in_comments(el: Any, tag: str, sizes: Mapping[Any, Size]) -> bool:
    """In a comment section every comment is text ("comment-body", "js-read-more"); its headings ("3 thoughts
    on …"), the reply form ("Leave a Reply", "Your email address will not be published") and link lists
    are not."""
    if tag in _COMMENT_FURNITURE_TAGS or _REPLY_FORM.search(tokens(el)):
        return True
    return tag in ("ul", "ol", "div", "section", "table") and len(el) > 0 and _link_list(el, sizes)


def _link_list(el: Any, sizes: Mapping[Any, Size]) -> bool:
    n, links = _size(el, sizes)
    return 0 < n < 1000 and links > 0.6 * n


def _size(el: Any, sizes: Mapping[Any, Size]) -> Size:
    known = sizes.get(el)
    if known is not None:
        return known
    links = sum(len(" ".join(raw_text(a).split())) for a in el.iter("a"))
    return text_len(el), links




_HEADING_TAGS = frozenset("h2 h3 h4 h5 h6".split())
_HEADING_CLASS = re.compile(r"title|heading|headline|header|label")


def _opens_other_stories(el: Any, tag: str) -> bool:
    """A heading (h2-h6, or a short element whose class says heading) that names other stories."""
    named = tag in ("div", "span", "p", "header") and _HEADING_CLASS.search(tokens(el))
    if tag not in _HEADING_TAGS and not named:
        return False
    text = raw_text(el)
    if len(text) > 120:
        return False
    words = " ".join(text.casefold().replace("…", " ").split()).strip(" .:!?»>›→-")
    return bool(words) and len(words) <= 60 and OTHER_STORIES.fullmatch(words) is not None


def write_text(node: Any, sizes: Mapping[Any, Size] | None = None, *, comments: bool = False) -> str:
    """The node's text, one paragraph per block element ("\\n\\n" between them), furniture skipped.
    A heading like "Related stories" ends its section: it and what follows it there are skipped.
    With comments, the node is a comment section and its comments (skipped in a body) are its text."""
    import lxml.etree

    sizes = sizes or {}
    total = _size(node, sizes)[0]
    out: list[str] = []
    buf: list[str] = []
    cut: set[Any] = set()  # parents whose remaining children follow an "other stories" heading

    def flush() -> None:
        text = " ".join("".join(buf).split())
        if text:
            out.append(text)
        buf.clear()

    walker = lxml.etree.iterwalk(node, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if el is not node and (el.getparent() in cut or _skip(el, tag, total, sizes, comments)):
                walker.skip_subtree()  # its "end" event still comes, and adds its tail
                continue
            if el is not node and not comments and _opens_other_stories(el, tag):  # "27 Comments" opens them
                cut.add(el.getparent())
                walker.skip_subtree()
                continue
            if tag in BLOCK_TAGS:
                flush()
            if el.text:
                buf.append(el.text)
        else:
            cut.discard(el)
            if tag in BLOCK_TAGS:
                flush()
            if el is not node and el.tail and el.getparent() not in cut:
                buf.append(el.tail)
    flush()
    return "\n\n".join(out)


def body_text(body: Body) -> str:
    return "\n\n".join(t for t in (write_text(n, body.sizes) for n in body.nodes) if t)


def page_text(root: Any, body: Body) -> str:
    """The body's text, then (INCLUDE_COMMENTS) the comment section's."""
    comments = comments_text(root) if INCLUDE_COMMENTS else ""
    return body_text(body) + ("\n\n" + comments if comments else "")


def main_text(root: Any) -> str:
    return body_text(find_body(root))


def stated_body(body: str) -> str:
    """A JSON-LD articleBody as paragraphs; some publishers put markup in it."""
    if "<" in body and ">" in body:
        from provenance.source.tree import parse_html

        root = parse_html(f"<html><body><div>{body}</div></body></html>")
        if root is not None:
            return write_text(root)
    return "\n\n".join(" ".join(line.split()) for line in body.splitlines() if line.strip())


# Reader comments are not the article, but quotations are sometimes taken from them (an author's reply);
# trafilatura appends them after the body by default, and so do we, after the body, never mixed into it.
INCLUDE_COMMENTS = True
_COMMENT_FURNITURE_TAGS = frozenset("h1 h2 h3 h4 h5 h6 form label header footer".split())
_REPLY_FORM = re.compile(
    r"respond|reply-?title|comment-?form|comment-?notes|logged-in|must-log-in|reply-?link"
    r"|(?:^|\s)hidden(?:\s|$)|rules|guidelines|policy|alert")
# A box of the latest comments on the whole site (a sidebar widget), or a pop-up: not this page's comments.
_ELSEWHERE = re.compile(r"modal|popup|recent|latest")
_COMMENTS = re.compile(
    r"(?:^|[-_ ])comments?(?:list|-list|-area|s-area|-section|-body|-content|-text|$|[-_ ])")
_ARTICLE_WORDS = re.compile(r"article|story|post-?body|entry-content")
_MAX_COMMENTS_CHARS = 20_000


@functools.lru_cache(maxsize=4096)
def _comment_section(words: str) -> bool:
    return bool(_COMMENTS.search(words)) and not _ARTICLE_WORDS.search(words)


def comments_text(root: Any) -> str:
    """The paragraphs of the page's comment section(s), at most 20,000 characters."""
    out: list[str] = []
    size = 0
    for el in root.iter("div", "section", "ol", "ul"):
        if not _comment_section(tokens(el)):
            continue
        if any(_comment_section(tokens(a)) for a in el.iterancestors()):
            continue  # an inner part of a section already taken
        if _ELSEWHERE.search(tokens(el)) or any(
                a.tag in ("aside", "nav") for a in el.iterancestors()):
            continue
        # every paragraph of it, <p> or not: many forums put a comment's text straight in a <div>
        for text in write_text(el, comments=True).split("\n\n"):
            if len(text) >= MIN_PARAGRAPH and size < _MAX_COMMENTS_CHARS:
                out.append(text)
                size += len(text)
    return "\n\n".join(out)
