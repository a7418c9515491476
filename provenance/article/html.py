"""HTML -> Parsed, with lxml: the article's blocks, its source list, figures, markers and links.

The walk over the tree is iterative (an explicit stack), so pathological nesting cannot exhaust
Python's recursion; lxml itself stops at a depth limit, and when that cuts content off we re-read the page
with its layout-only tags blanked out.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any

from provenance.article import heads, htmlmarks, htmlmeta
from provenance.article.blocks import Block, BlockBuilder, Parsed, SourceEntry
from provenance.article.disclosure import is_ai_disclosure
from provenance.article.htmlpos import SourceMap
from provenance.article.links import is_source_link
from provenance.article.suppress import find_comment_suppressions
from provenance.models import Figure

log = logging.getLogger(__name__)

_SKIP = frozenset(("script", "style", "noscript", "template", "form", "button", "svg", "iframe", "select",
                   "textarea", "head", "title", "meta", "link", "object", "video", "audio", "canvas",
                   "input"))
_BLOCK_KIND = {"p": "paragraph", "li": "list_item", "blockquote": "blockquote", "h1": "heading",
               "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
               "dt": "paragraph", "dd": "paragraph", "td": "paragraph", "th": "paragraph", "pre": "paragraph",
               "figcaption": "caption", "caption": "caption", "address": "paragraph", "summary": "paragraph"}
_BREAKS = frozenset(("div", "section", "article", "main", "ul", "ol", "dl", "table", "tr", "tbody", "thead",
                     "hr", "figure", "details", "body", "html", "center"))
_NOISE_MARK = re.compile(r"\b(?:share|social|advert|ad-|ads|newsletter|related|promo|cookie|comments?|"
                         r"subscribe|paywall|recirc|outbrain|taboola)\b", re.I)
_LAYOUT_TAGS = re.compile(r"</?(?:div|span|section|font|center|b|i|em|strong|u|small|big)\b[^<>]{0,500}>",
                          re.I)
_TOO_DEEP = 250


def parse_html(text: str) -> Parsed:
    text = re.sub(r"^\s*<\?xml[^>]{0,200}\?>", lambda m: " " * len(m.group()), text)
    root = _parse(text)
    if _depth(root) >= _TOO_DEEP:  # lxml cut the tree at its depth limit: drop layout tags, read again
        text = _LAYOUT_TAGS.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
        root = _parse(text)
    container = _container(root)
    byline_el = htmlmeta.byline_element(container)
    title = htmlmeta.title(root, container)
    walk = _Walk(SourceMap(text), title, byline_el)
    walk.run(container)
    published = htmlmeta.published(root, container, byline_el) or walk.dateline
    walk.share_image(htmlmeta.og_image(root))
    return Parsed(format="html", title=title, published=published,
                  byline=htmlmeta.byline(root, byline_el) or walk.by, body=tuple(walk.body),
                  entries=tuple(walk.entries),
                  has_source_list=walk.has_list, figures=tuple(walk.figures),
                  ai_image_notes=tuple(walk.notes),
                  suppressions=find_comment_suppressions(text))


def _parse(text: str):
    import lxml.html

    try:
        return lxml.html.document_fromstring(text, parser=lxml.html.HTMLParser(huge_tree=False))
    except Exception:  # noqa: BLE001 - an unparseable page is read as nothing rather than crash
        log.warning("could not parse the HTML article; it is read as empty", exc_info=True)
        return lxml.html.document_fromstring("<html><body></body></html>")


def _depth(root) -> int:
    deepest = 0
    stack = [(root, 1)]
    while stack:
        el, d = stack.pop()
        deepest = max(deepest, d)
        if deepest >= _TOO_DEEP:
            return deepest
        stack.extend((child, d + 1) for child in el)
    return deepest


def _container(root):
    for path in ("//article", "//main", "//*[@role='main']", "//body"):
        found = [el for el in root.xpath(path) if not htmlmeta.in_chrome(el)]
        if found:
            if path == "//article":  # several: the one holding the most text is the story
                return max(found, key=lambda el: len(el.text_content() or ""))
            return found[0]
    return root


class _Walk:
    def __init__(self, source: SourceMap, title: str | None, byline_el) -> None:
        self.src = source
        self.title_key = heads.norm(title)
        self.byline_el = byline_el
        self.body: list[Block] = []
        self.entries: list[SourceEntry] = []
        self.figures: list[Figure] = []
        self.notes: list[tuple[int, int, str]] = []
        self.has_list = False
        self.in_sources = False  # after a "Sources" heading, until the next heading
        self.title_done = False
        self.dateline: dt.date | None = None  # a date printed as a paragraph of its own, near the top
        self.by: str | None = None

    def run(self, container) -> None:
        builder, kinds = BlockBuilder(), ["paragraph"]
        stack: list[tuple[str, Any, int]] = [("start", container, 0)]
        while stack:
            event, el, start = stack.pop()
            tag = el.tag.lower() if isinstance(el.tag, str) else ""
            if event == "tail":
                if el.tail:
                    self.src.add(builder, el.tail, None)
                continue
            if event == "restore":  # the end of a container marked as the source list
                builder = self._flush(builder, kinds[-1])
                self.in_sources = bool(start)
                continue
            if event == "end":
                if tag == "a" and el.get("href") and not el.get("href").startswith("#"):
                    builder.link(start, el.get("href").strip())
                elif tag == "q":
                    builder.add("\u201d", *self.src.position(self.src.cursor))
                    if (el.get("cite") or "").startswith(("http://", "https://")):
                        builder.link(start, el.get("cite").strip())  # <q cite="…">: what it quotes
                elif tag == "br" and self.in_sources:  # entries one per line in a single paragraph
                    builder = self._flush(builder, "list_item")
                elif tag == "br":
                    builder.add(" ", *self.src.position(self.src.cursor))
                if tag in _BLOCK_KIND or tag in _BREAKS:
                    builder = self._flush(builder, kinds.pop() if tag in _BLOCK_KIND else kinds[-1])
                if el.tail and el is not container:
                    self.src.add(builder, el.tail, None)
                continue
            if not tag or tag in _SKIP:
                stack.append(("tail", el, 0))
                continue
            if tag == "sup" or (tag == "a" and (el.get("href") or "").startswith("#")):
                label = htmlmarks.marker_label(el)
                if label:
                    builder.marker(len(builder), label)
                    stack.append(("tail", el, 0))
                    continue
            if self._consumed(el, tag):
                builder = self._flush(builder, kinds[-1]) if tag not in ("img", "a", "span") else builder
                stack.append(("tail", el, 0))
                continue
            if tag in _BLOCK_KIND or tag in _BREAKS:
                builder = self._flush(builder, kinds[-1])
                if tag in _BLOCK_KIND:  # a <p> inside a <blockquote> or an <li> keeps the outer kind
                    inner = _BLOCK_KIND[tag]
                    kinds.append(kinds[-1] if inner == "paragraph" and kinds[-1] != "paragraph" else inner)
            if tag in ("footer", "cite") and kinds[-1] == "blockquote" and el.getparent().tag == "blockquote":
                builder = self._flush(builder, "blockquote")  # the quotation's credit line: "— Name"
                if not htmlmeta.text_of(el).startswith(("\u2014", "\u2015", "\u2013", "-")):
                    builder.add("\u2014 ", *self.src.position(self.src.cursor))
            if el is not container and htmlmarks.is_source_container(el, tag):
                builder = self._flush(builder, kinds[-1])
                stack.append(("restore", el, int(self.in_sources)))
                self.in_sources = self.has_list = True
            stack.append(("end", el, len(builder)))
            if tag == "q":
                builder.add("\u201c", *self.src.position(self.src.cursor))
            self.src.seek_line(el.sourceline)
            if el.text:
                self.src.add(builder, el.text, el.sourceline)
            stack.extend(("start", child, 0) for child in reversed(el))
        self._flush(builder, kinds[-1])

    def _flush(self, builder: BlockBuilder, kind: str) -> BlockBuilder:
        block = builder.build(kind)
        if block is None:
            return builder if not len(builder) else BlockBuilder()
        if self.in_sources:
            self.entries.append(SourceEntry(label=None, block=block))
        elif len(block.text) <= 300 and is_ai_disclosure(block.text):
            self.notes.append((block.line, block.column, block.text))
        elif not (len(block.text) <= 90 and not any(is_source_link(k.url) for k in block.links)
                  and heads.is_dateline_or_byline(block.text)):
            self.body.append(block)
        elif len(self.body) < 3:  # "Published: 15.03.2026", "By Jane Doe" printed as paragraphs near the top
            by, date = heads.byline_and_date(block.text)
            self.dateline = self.dateline or date
            self.by = self.by or by
        return BlockBuilder()

    def _consumed(self, el, tag: str) -> bool:
        """Elements handled whole here (and not walked): chrome, title, byline, figures, lists, markers."""
        if el is self.byline_el or (tag in htmlmeta.CHROME_TAGS and htmlmeta.in_chrome(el)
                                    and not htmlmarks.own_footer(el)):
            return True
        marks = htmlmarks.marks(el)
        noise = tag in ("div", "section", "aside", "ul", "p") and _NOISE_MARK.search(marks)
        if noise and not self.in_sources:
            return True
        if not self.title_done and tag in ("div", "p", "span") and re.search(r"headline|title", marks, re.I) \
                and heads.norm(htmlmeta.text_of(el)) == self.title_key:
            self.title_done = True  # <div class="headline">: the headline, printed without <h1>
            return True
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            text = htmlmeta.text_of(el)
            self.in_sources = False
            if heads.is_source_heading(text):
                self.in_sources = self.has_list = True
                return True
            if tag == "h1" and not self.title_done and heads.norm(text) == self.title_key:
                self.title_done = True
                return True
            return False
        if tag in ("p", "div", "strong", "b", "dt") and len(el) <= 2:
            text = htmlmeta.text_of(el)
            if len(text) <= 40 and heads.is_source_heading(text):
                self.in_sources = self.has_list = True
                return True
        if tag in ("ol", "ul", "dl", "table") and (self.in_sources or htmlmarks.SOURCE_MARK.search(marks)
                                          or self._in_notes(el)):
            self._list(el, tag)
            return True
        if tag == "figure":
            self._figure(el)
            return True
        if tag == "img":
            self._image(el, None, None)
            return True
        return False

    def _in_notes(self, el) -> bool:
        parent = el.getparent()
        return parent is not None and bool(htmlmarks.SOURCE_MARK.search(htmlmarks.marks(parent)))

    def _list(self, el, tag: str) -> None:
        self.has_list = True
        start = int(el.get("start")) if (el.get("start") or "").isdigit() else 1
        items = htmlmarks.dl_entries(el) if tag == "dl" else [(None, tr) for tr in el.iter("tr")] \
            if tag == "table" else [
            (htmlmarks.entry_label(li, start + i if tag == "ol" else None), li)
            for i, li in enumerate(el.iterchildren("li"))]
        for label, item in items:
            builder = BlockBuilder()
            self._inline(item, builder)
            block = builder.build("list_item")
            if block is not None:
                self.entries.append(SourceEntry(label=label, block=block))

    def _inline(self, el, builder: BlockBuilder) -> None:
        """The text of el's subtree into builder, flattened (for list entries): links kept."""
        stack: list[tuple[str, Any, int]] = [("start", el, 0)]
        while stack:
            event, node, start = stack.pop()
            tag = node.tag.lower() if isinstance(node.tag, str) else ""
            if event == "end":
                if tag in ("td", "th") and node is not el:  # table cells of one entry: keep them apart
                    builder.add(" | ", *self.src.position(self.src.cursor))
                href = node.get("href") if tag == "a" else None
                if href and not href.startswith("#"):
                    builder.link(start, href.strip())
                if node is not el and node.tail:
                    self.src.add(builder, node.tail, None)
                continue
            stack.append(("end", node, len(builder)))
            if not tag or tag in _SKIP or (tag == "a" and htmlmarks.is_backlink(node)):
                continue
            self.src.seek_line(node.sourceline)
            if node.text:
                self.src.add(builder, node.text, node.sourceline)
            stack.extend(("start", child, 0) for child in reversed(node))

    def _figure(self, el) -> None:
        img = next(el.iter("img"), None)
        caption_el = next(el.iter("figcaption"), None)
        caption = htmlmeta.text_of(caption_el) if caption_el is not None else None
        credit_el = next((c for c in el.iter() if isinstance(c.tag, str) and
                          (re.search(r"credit|byline|copyright", htmlmarks.marks(c), re.I)
                           or c.tag == "small")), None)
        credit = htmlmeta.text_of(credit_el) if credit_el is not None else None
        if caption and not credit:
            credit = heads.credit_of(caption)
        disclosed = self._image(el if img is None else img, caption or None, credit or None, el.sourceline)
        # one image, one disclosure: the caption's, else its credit's (the alt text's is noted first)
        if not disclosed and caption_el is not None:
            disclosed = self._note(caption_el, caption)
        if not disclosed and credit_el is not None and credit_el is not caption_el:
            self._note(credit_el, credit)

    def _image(self, img, caption: str | None, credit: str | None, line: int | None = None) -> bool:
        """Record the image; True when its alt text discloses AI."""
        alt = (img.get("alt") or "").strip() or None
        src = htmlmeta.image_src(img) if img.tag == "img" else None
        self.figures.append(Figure(line=line or img.sourceline or 1, src=src, alt=alt,
                                   caption=caption, credit=credit))
        if alt and is_ai_disclosure(alt):
            self.notes.append((img.sourceline or 1, 1, alt))
            return True
        return False

    def share_image(self, og: tuple[str, str | None, int] | None) -> None:
        """The page's og:image, a figure of its own unless the article shows that file already."""
        if og is not None and og[0] not in {f.src for f in self.figures}:
            self.figures.append(Figure(line=og[2], src=og[0], alt=og[1]))

    def _note(self, el, text: str | None) -> bool:
        if not text or not is_ai_disclosure(text):
            return False
        builder = BlockBuilder()
        self._inline(el, builder)
        block = builder.build("caption")
        line, column = (block.line, block.column) if block else (el.sourceline or 1, 1)
        self.notes.append((line, column, text))
        return True

