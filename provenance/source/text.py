"""The main text of a page: the article's own paragraphs, without navigation, sidebars, related stories,
newsletter boxes, cookie banners or comments.

body.py finds the body; this writes it out, one paragraph per block element, skipping the smaller
furniture inside it. Losing a body paragraph is worse than keeping a line of furniture: a lost paragraph
makes a true quotation look unsupported."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from provenance.source import names
from provenance.source.blocks import BLOCK_TAGS, NEVER_FURNITURE, SKIP_TAGS, Size, text_len
from provenance.source.body import Body, find_body
from provenance.source.tree import raw_text

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
_HEADING_TAGS = frozenset("h2 h3 h4 h5 h6".split())
_NAMED_HEADING_TAGS = frozenset(("div", "span", "p", "header"))
_MAY_HEAD = _HEADING_TAGS | _NAMED_HEADING_TAGS  # the tags _opens_other_stories can be true of
_LIST_TAGS = frozenset(("ul", "ol", "div", "section", "table"))
_COMMENT_FURNITURE_TAGS = frozenset("h1 h2 h3 h4 h5 h6 form label header footer".split())


def _heading_inside(el: Any) -> bool:
    return any(True for _ in el.iter("h2", "h3", "h4", "h5", "h6"))


def _prose(el: Any, sizes: Mapping[Any, Size]) -> bool:
    """Paragraph text, not a list of links or a label: a sentence or more, at most a fifth of it links."""
    n, links = _size(el, sizes)
    return n >= 80 and links <= 0.2 * n


def _skip(el: Any, tag: str, total: int, sizes: Mapping[Any, Size]) -> bool:
    """Whether a subtree of the body is furniture: furniture-named containers that hold little of the body
    (a "has-sidebar" wrapper holding most of it is kept), and link lists (never-prose tags are skipped
    before)."""
    if tag in NEVER_FURNITURE:
        return False
    flags = names.body_flags(el)
    if flags & names.COMMENTS:
        return True  # however large: comments come after the body (comments_text), never inside it
    if flags & names.FURNITURE_NAME:
        return _size(el, sizes)[0] < 0.3 * total
    if flags & names.WIDGET and not _prose(el, sizes):
        return _size(el, sizes)[0] < 0.3 * total and (_link_list(el, sizes) or not _heading_inside(el))
    if tag in _LIST_TAGS and len(el):
        return _link_list(el, sizes)
    return False


def _skip_in_comments(el: Any, tag: str, sizes: Mapping[Any, Size]) -> bool:
    """In a comment section every comment is text ("comment-body", "js-read-more"); its headings ("3 thoughts
    on …"), the reply form ("Leave a Reply", "Your email address will not be published") and link lists
    are not."""
    if tag in _COMMENT_FURNITURE_TAGS or names.reply_form(el):
        return True
    return tag in _LIST_TAGS and len(el) > 0 and _link_list(el, sizes)


def _link_list(el: Any, sizes: Mapping[Any, Size]) -> bool:
    n, links = _size(el, sizes)
    return 0 < n < 1000 and links > 0.6 * n


def _size(el: Any, sizes: Mapping[Any, Size]) -> Size:
    known = sizes.get(el)
    if known is not None:
        return known
    links = sum(len(" ".join(raw_text(a).split())) for a in el.iter("a"))
    return text_len(el), links


def _opens_other_stories(el: Any, tag: str) -> bool:
    """A heading (h2-h6, or a short element whose class says heading) that names other stories."""
    if tag not in _HEADING_TAGS and not (tag in _NAMED_HEADING_TAGS and names.body_flags(el) & names.HEADING):
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
    buf: list[str] = []  # the pieces of the paragraph being read
    cut: set[Any] = set()  # parents whose remaining children follow an "other stories" heading

    walker = lxml.etree.iterwalk(node, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if tag.__class__ is not str:
            tag = ""
        if event == "start":
            if el is not node:
                if (not tag or tag in SKIP_TAGS or (cut and el.getparent() in cut)
                        or (_skip_in_comments(el, tag, sizes) if comments
                            else tag not in NEVER_FURNITURE and _skip(el, tag, total, sizes))):
                    walker.skip_subtree()  # its "end" event still comes, and adds its tail
                    continue
                if not comments and tag in _MAY_HEAD and _opens_other_stories(el, tag):  # "27 Comments"
                    cut.add(el.getparent())
                    walker.skip_subtree()
                    continue
            if buf and tag in BLOCK_TAGS:
                _flush(buf, out)
            if el.text:
                buf.append(el.text)
        else:
            if cut:
                cut.discard(el)
            if buf and tag in BLOCK_TAGS:
                _flush(buf, out)
            if el is not node and el.tail and not (cut and el.getparent() in cut):
                buf.append(el.tail)
    if buf:
        _flush(buf, out)
    return "\n\n".join(out)


def _flush(buf: list[str], out: list[str]) -> None:
    """The paragraph read so far, whitespace collapsed, ends."""
    text = " ".join("".join(buf).split())
    if text:
        out.append(text)
    buf.clear()


def body_text(body: Body) -> str:
    return "\n\n".join(t for t in (write_text(n, body.sizes) for n in body.nodes) if t)


def page_text(root: Any, body: Body) -> str:
    """The body's text, then (INCLUDE_COMMENTS) the comment section's."""
    from provenance.source.comments import INCLUDE_COMMENTS, comments_text

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
