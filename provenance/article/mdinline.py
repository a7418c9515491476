"""Markdown inline syntax -> plain text in a BlockBuilder, with links, citation markers and images.

Every character added keeps its article position, so markup removed from the middle of a line
(`**`, `[text](url)`, `[^1]`) never shifts a quotation's column.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from provenance.article.blocks import BlockBuilder

_URL_TAIL = ".,;:!?'\")]}"
_TOKEN = re.compile(
    r"(?P<escape>\\[\\`*_{}\[\]()#+\-.!|>~\"'<])"
    r"|(?P<image>!\[(?P<alt>[^\]\n]{0,500})\]\(\s*<?(?P<src>[^)\s>]{0,2000})>?"
    r"(?:\s+[\"'(](?P<title>[^)\n]{0,300}?)[\"')])?\s*\))"
    r"|(?P<footnote>\[\^(?P<fn>[^\]\s]{1,40})\])"
    r"|(?P<link>\[(?P<anchor>(?:[^\[\]\n]|\[[^\[\]\n]{0,200}\]){0,1000})\]"
    r"\(\s*<?(?P<url>[^)\s>]{0,2000})>?(?:\s+[\"'(][^)\n]{0,300})?\))"
    r"|(?P<reflink>\[(?P<reftext>[^\[\]\n]{1,1000})\]\[(?P<ref>[^\]\n]{0,200})\])"
    r"|(?P<marker>\[(?P<num>\d{1,4}(?:\s?[,\u2013-]\s?\d{1,4}){0,8})\])"
    r"|(?P<sup><sup(?:\s[^<>]{0,200})?>\s*(?:<a\s[^<>]{0,500}>)?\s*\[?(?P<supnum>[\w-]{1,20})\]?\s*(?:</a>)?\s*</sup>"
    r"|<a\s[^<>]{0,300}href=[\"']#[^\"'<>]{0,100}[\"'][^<>]{0,200}>\s*\[(?P<anum>\d{1,4})\]\s*</a>)"
    r"|(?P<autolink><(?P<auto>(?:https?|ftp)://[^>\s]{1,2000})>)"
    r"|(?P<comment><!--.*?-->)"
    r"|(?P<tag></?(?i:a|abbr|b|big|br|cite|code|del|div|em|figcaption|figure|font|hr|i|iframe|img|ins|kbd|"
    r"mark|p|picture|q|s|small|source|span|strike|strong|sub|sup|time|u|video|audio|center|details|"
    r"summary|section|aside|blockquote|ul|ol|li|table|tr|td|th|thead|tbody)(?:\s[^<>]{0,500})?/?>)"
    r"|(?P<code>(?P<ticks>`{1,3})(?P<codetext>[^`\n]{1,2000}?)(?P=ticks))"
    r"|(?P<bare>(?:https?://|www\.)[^\s<>()\[\]]{1,2000})"
    r"|(?P<entity>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});)"
    r"|(?P<emph>\*{1,3}|_{1,3}|~~)"
)


@dataclass
class InlineImage:
    line: int
    column: int
    alt: str
    src: str
    title: str | None = None  # `![alt](src "title")`: what renderers show as its caption or tooltip


_ATTR = re.compile(r"""([A-Za-z][\w-]{0,40})\s*=\s*"""
                   r"""(?:"([^"]{0,2000})"|'([^']{0,2000})'|([^\s"'>]{1,2000}))""")


@dataclass
class Inline:
    """What the inline pass found besides text: images, to become figures."""

    refs: dict[str, str]  # reference-style link definitions, lower-cased label -> url
    images: list[InlineImage] = field(default_factory=list)


def add_line(builder: BlockBuilder, text: str, line: int, column: int, ctx: Inline) -> None:
    """Append one line of Markdown inline content that starts at (line, column)."""
    pos = 0
    for m in _TOKEN.finditer(text):
        if m.start() > pos:
            builder.add(text[pos:m.start()], line, column + pos)
        _token(builder, m, text, line, column, ctx)
        pos = m.end()
    if pos < len(text):
        builder.add(text[pos:], line, column + pos)


def _token(builder: BlockBuilder, m: re.Match[str], text: str, line: int, column: int, ctx: Inline) -> None:
    kind = m.lastgroup if m.lastgroup in _KINDS else _outer(m)
    at = column + m.start()
    if kind == "escape":
        builder.add(m.group()[1], line, at + 1)
    elif kind == "image":
        ctx.images.append(InlineImage(line, at, _plain(m["alt"]), m["src"], m["title"] or None))
    elif kind == "tag" and m.group()[:4].lower() == "<img":
        ctx.images.append(_raw_image(m.group(), line, at))
    elif kind == "footnote":
        builder.marker(len(builder), m["fn"])
    elif kind == "link":
        start = len(builder)
        add_line(builder, m["anchor"], line, at + 1, ctx)
        _link(builder, start, m["url"], ctx)
    elif kind == "reflink":
        start = len(builder)
        add_line(builder, m["reftext"], line, at + 1, ctx)
        _link(builder, start, ctx.refs.get((m["ref"] or m["reftext"]).strip().lower(), ""), ctx)
    elif kind == "marker":
        start = len(builder)
        builder.add(m.group(), line, at)
        for label in re.split(r"\s?[,\u2013-]\s?", m["num"]):
            builder.marker(start, label)
    elif kind == "sup":
        builder.marker(len(builder), m["supnum"] or m["anum"])
    elif kind == "autolink":
        start = len(builder)
        builder.add(m["auto"], line, at + 1)
        builder.link(start, m["auto"])
    elif kind == "code":
        builder.add(m["codetext"], line, at + len(m["ticks"]))
    elif kind == "bare":
        url = m.group().rstrip(_URL_TAIL)
        start = len(builder)
        builder.add(url, line, at)
        builder.link(start, url if "://" in url else "http://" + url)
        builder.add(m.group()[len(url):], line, at + len(url))
    elif kind == "entity":
        builder.add(html.unescape(m.group()), line, at)
    elif kind == "emph":
        if not _is_emphasis(m, text):
            builder.add(m.group(), line, at)
    # comment, other tags: dropped


def _raw_image(tag: str, line: int, column: int) -> InlineImage:
    """An HTML <img> written into the Markdown: its src (or a lazy loader's data-src), alt and title."""
    attrs = {m[1].lower(): html.unescape(m[2] or m[3] or m[4] or "") for m in _ATTR.finditer(tag)}
    real = [attrs[k] for k in ("src", "data-src")
            if attrs.get(k) and not attrs[k].startswith("data:image/gif")]  # not a lazy loader's placeholder
    src = real[0] if real else attrs.get("src", "")
    return InlineImage(line, column, attrs.get("alt", ""), src.strip(), attrs.get("title") or None)


_KINDS = frozenset(("escape", "image", "footnote", "link", "reflink", "marker", "sup", "autolink", "comment",
                    "tag", "code", "bare", "entity", "emph"))


def _outer(m: re.Match[str]) -> str:
    for name in _KINDS:
        if m.group(name) is not None:
            return name
    return "emph"


def _link(builder: BlockBuilder, start: int, url: str, ctx: Inline) -> None:
    if url and not url.startswith("#"):
        builder.link(start, url)


def _is_emphasis(m: re.Match[str], text: str) -> bool:
    """`*`/`_` runs that open or close emphasis, not `2 * 3` or snake_case."""
    before = text[m.start() - 1] if m.start() > 0 else " "
    after = text[m.end()] if m.end() < len(text) else " "
    if before.isspace() and after.isspace():
        return False
    if m.group()[0] == "_":
        return not (before.isalnum() and after.isalnum())
    return True


_PLAIN_DROP = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|>~])|[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}|`")


def _plain(text: str) -> str:
    return html.unescape(_PLAIN_DROP.sub("", text)).strip()


def plain(text: str) -> str:
    """Markdown inline text as plain text, when positions do not matter (titles, captions, metadata)."""
    builder = BlockBuilder()
    add_line(builder, text, 1, 1, Inline(refs={}))
    return builder.text().strip()
