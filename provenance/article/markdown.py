"""Markdown (with optional YAML front matter) -> Parsed.

A small line-based block scanner (headings, paragraphs, lists, block quotes, footnote definitions,
fences, comments), then mdinline.py for the text of each block. Line numbers are the file's own,
front matter included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from provenance.article import frontmatter, heads
from provenance.article.blocks import Block, BlockBuilder, Parsed, SourceEntry
from provenance.article.disclosure import is_ai_disclosure
from provenance.article.mdinline import Inline, add_line, plain
from provenance.article.suppress import find_comment_suppressions
from provenance.models import Figure

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_HR = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_FOOTNOTE = re.compile(r"^ {0,3}\[\^([^\]\s]{1,40})\]:[ \t]?")
_REF_USE = re.compile(r"\]\[([^\]\n]{1,200})\]|\[([^\]\n]{1,200})\]\[\]")  # "[Title][r1]", "[r1][]"
_REFDEF = re.compile(r"^ {0,3}\[([^\]^][^\]]{0,200})\]:[ \t]*<?(\S{1,2000}?)>?(?:[ \t]+[\"'(].*)?$")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_ITEM = re.compile(r"^([ \t]{0,12})([-*+\u2022]|(\d{1,9})[.)])[ \t]+")
_IMAGE_LINE = re.compile(
    r"^\s*(?:\[\s*)?!\[[^\]\n]{0,500}\]\([^)\n]{0,2300}\)(?:\s*\]\([^)\n]{0,2000}\))?\s*$")
_BOLD_HEADING = re.compile(r"^\s*(?:\*\*|__)(.{1,80}?)(?:\*\*|__)\s*:?\s*$")


@dataclass
class _MBlock:
    kind: str  # heading | paragraph | blockquote | list_item | footnote | image
    lines: list[tuple[int, int, str]] = field(default_factory=list)  # (line, column, content)
    level: int = 0  # heading level
    label: str | None = None  # list number or footnote label


def parse_markdown(text: str) -> Parsed:
    lines = text.split("\n")
    meta, first = frontmatter.front_matter(lines)
    mblocks, refs = _scan(lines, first)
    ctx = Inline(refs=refs)
    used_refs = {(m.group(1) or m.group(2)).strip().lower() for m in _REF_USE.finditer(text)}
    title = frontmatter.meta_text(meta, ("title", "headline"))
    published = frontmatter.meta_date(meta)
    byline = frontmatter.meta_author(meta)
    body: list[Block] = []
    entries: list[SourceEntry] = []
    figures: list[Figure] = []
    notes: list[tuple[int, int, str]] = []
    has_list = False
    source_level = 0  # > 0 inside a source section: the level of its heading
    prose_seen = 0
    for i, mb in enumerate(mblocks):
        if mb.kind == "rule":
            if not source_level and body and _only_entries(mblocks[i + 1:]):
                source_level, has_list = 7, True  # a closing list of sources under a bare "---" rule
            continue
        if mb.kind == "refdef" and (not source_level or (mb.label or "").lower() in used_refs):
            continue  # a link definition (one that a "[Title][r1]" uses), not a listed source
        if mb.kind == "heading":
            heading = plain(" ".join(c for _, _, c in mb.lines))
            if source_level and mb.level <= source_level:
                source_level = 0
            if heads.is_source_heading(heading):
                source_level, has_list = mb.level, True
                continue
            if title is None and mb.level == 1 and not body:
                title = heading
                continue
            if title is not None and mb.level == 1 and heads.norm(heading) == heads.norm(title) and not body:
                continue
        elif mb.kind == "paragraph" and len(mb.lines) == 1:
            bold = _BOLD_HEADING.match(mb.lines[0][2])
            if (bold and heads.is_source_heading(bold.group(1))) or heads.is_source_heading(mb.lines[0][2]):
                source_level, has_list = 7, True
                continue
        if mb.kind == "image":
            _figure(mb, mblocks[i + 1] if i + 1 < len(mblocks) else None, ctx, figures, notes)
            continue
        block = _build(mb, ctx)
        if block is None:
            continue
        if mb.kind == "footnote" or source_level:
            entries.extend(_entries(mb, block, ctx))
            has_list = True
            continue
        if mb.kind == "paragraph" and mb.label == "caption":
            continue
        if mb.kind == "paragraph" and len(block.text) <= 300 and is_ai_disclosure(block.text):
            notes.append((block.line, block.column, block.text))
            continue
        if prose_seen < 3 and mb.kind == "paragraph" and len(block.text) <= 120:
            by, date = heads.byline_and_date(block.text)
            if by or date:
                byline, published = byline or by, published or date
                continue
        prose_seen += mb.kind == "paragraph"
        body.append(block)
    for img in ctx.images:
        figures.append(Figure(line=img.line, column=img.column, src=img.src or None, alt=img.alt or None,
                              caption=img.title))
        if img.alt and is_ai_disclosure(img.alt):
            notes.append((img.line, img.column, img.alt))
    figures.sort(key=lambda f: (f.line, f.column))
    return Parsed(format="markdown", title=title, published=published, byline=byline, body=tuple(body),
                  entries=tuple(entries), has_source_list=has_list or bool(entries), figures=tuple(figures),
                  ai_image_notes=tuple(notes), suppressions=find_comment_suppressions(text))


def _scan(lines: list[str], first: int) -> tuple[list[_MBlock], dict[str, str]]:
    """Block structure: one _MBlock per heading, paragraph, list item, quote paragraph, footnote."""
    out: list[_MBlock] = []
    refs: dict[str, str] = {}
    cur: _MBlock | None = None
    i = first
    while i < len(lines):
        raw, number = lines[i], i + 1
        i += 1
        if not raw.strip():
            cur = None
            continue
        fence = _FENCE.match(raw)
        if fence:
            while i < len(lines) and not lines[i].lstrip().startswith(fence.group(1)):
                i += 1
            i, cur = i + 1, None
            continue
        if raw.lstrip().startswith("<!--"):
            while i <= len(lines) and "-->" not in lines[i - 1]:
                i += 1
            cur = None
            continue
        if cur is not None and cur.kind == "paragraph" and _SETEXT.match(raw):
            cur.kind, cur.level, cur = "heading", 1 if "=" in raw else 2, None
            continue
        atx = _ATX.match(raw)
        if atx:
            content = atx.group(2) or ""
            out.append(_MBlock("heading", [(number, raw.index(content) + 1 if content else 1, content)],
                               level=len(atx.group(1))))
            cur = None
            continue
        if _HR.match(raw):
            cur = None
            out.append(_MBlock("rule", [(number, 1, raw)]))
            continue
        m = _FOOTNOTE.match(raw)
        if m:
            cur = _MBlock("footnote", [(number, m.end() + 1, raw[m.end():])], label=m.group(1))
            out.append(cur)
            continue
        m = _REFDEF.match(raw)
        if m and cur is None:
            refs[m.group(1).strip().lower()] = m.group(2)
            start = raw.index("]:") + 2
            out.append(_MBlock("refdef", [(number, start + 1, raw[start:])], label=m.group(1).strip()))
            continue
        m = _QUOTE.match(raw)
        if m:
            content = raw[m.end():]
            if not content.strip():
                cur = None
            elif cur is not None and cur.kind == "blockquote":
                cur.lines.append((number, m.end() + 1, content))
            else:
                cur = _MBlock("blockquote", [(number, m.end() + 1, content)])
                out.append(cur)
            continue
        m = _ITEM.match(raw)
        if m and not _HR.match(raw):
            cur = _MBlock("list_item", [(number, m.end() + 1, raw[m.end():])], label=m.group(3))
            out.append(cur)
            continue
        if _IMAGE_LINE.match(raw):
            out.append(_MBlock("image", [(number, 1, raw)]))
            cur = None
            continue
        indent = len(raw) - len(raw.lstrip())
        if cur is not None and cur.kind in ("paragraph", "list_item", "footnote", "blockquote"):
            cur.lines.append((number, indent + 1, raw.lstrip()))
        elif out and out[-1].kind == "footnote" and indent >= 2 and out[-1].lines[-1][0] == number - 2:
            out[-1].lines.append((number, indent + 1, raw.lstrip()))  # a footnote's indented paragraph
            cur = out[-1]
        else:
            cur = _MBlock("paragraph", [(number, indent + 1, raw.lstrip())])
            out.append(cur)
    return out, refs


_URLISH = re.compile(r"https?://|www\.|\]\(")


def _only_entries(rest: list[_MBlock]) -> bool:
    """Whether what follows a rule is a list of sources: items or definitions that mostly carry URLs."""
    items = [mb for mb in rest if mb.kind != "rule"]
    if not items or any(mb.kind not in ("list_item", "refdef", "footnote", "paragraph") for mb in items):
        return False
    lines = [c for mb in items for _, _, c in mb.lines]
    with_url = sum(bool(_URLISH.search(c)) for c in lines)
    return with_url >= 1 and with_url * 2 >= len(lines) and len(lines) <= 60


def _build(mb: _MBlock, ctx: Inline) -> Block | None:
    builder = BlockBuilder()
    for line, column, content in mb.lines:
        if len(builder):
            builder.add(" ", line, column)
        add_line(builder, content, line, column, ctx)
    return builder.build(mb.kind)


def _entries(mb: _MBlock, block: Block, ctx: Inline) -> list[SourceEntry]:
    if mb.kind in ("footnote", "list_item", "refdef") or len(mb.lines) == 1:
        return [SourceEntry(label=mb.label, block=block)]
    out = []  # a paragraph under the heading: one entry per line, as in plain text
    for line in mb.lines:
        one = _build(_MBlock("list_item", [line]), ctx)
        if one is not None:
            out.append(SourceEntry(label=None, block=one))
    return out


def _figure(mb: _MBlock, nxt: _MBlock | None, ctx: Inline, figures: list[Figure],
            notes: list[tuple[int, int, str]]) -> None:
    """An image line, with the caption line right after it (`*caption*` or a plain short line)."""
    before = len(ctx.images)
    _build(mb, ctx)
    caption_line = None
    if nxt is not None and nxt.kind == "paragraph" and nxt.lines[0][0] <= mb.lines[0][0] + 2:
        first = nxt.lines[0][2].strip()
        adjacent = nxt.lines[0][0] == mb.lines[0][0] + 1
        emphasised = first[:1] in "*_" and first[-1:] in "*_"
        if adjacent or emphasised or heads.is_caption(plain(first)) or is_ai_disclosure(plain(first)):
            caption_line = nxt.lines[0]
            nxt.lines = nxt.lines[1:]
            if not nxt.lines:
                nxt.label, nxt.lines = "caption", [caption_line]
    caption = plain(caption_line[2]) if caption_line else None
    disclosed = False
    for img in ctx.images[before:]:
        shown = caption or img.title
        figures.append(Figure(line=img.line, column=img.column, src=img.src or None, alt=img.alt or None,
                              caption=shown, credit=heads.credit_of(shown) if shown else None))
        if img.alt and is_ai_disclosure(img.alt):
            notes.append((img.line, img.column, img.alt))
            disclosed = True
        elif not caption and img.title and is_ai_disclosure(img.title):  # the title is its caption
            notes.append((img.line, img.column, img.title))
            disclosed = True
    del ctx.images[before:]
    if not disclosed and caption and caption_line and is_ai_disclosure(caption):  # one disclosure a figure
        notes.append((caption_line[0], caption_line[1], caption))
