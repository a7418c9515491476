"""Plain text pasted from a web page -> Parsed.

A paste carries the page around the article: a header date (today's, not the article's), "Search",
"Loading stream...", share buttons, the byline printed twice, a tagline after the source list. We find the
headline (the first substantial line), the byline and the article's own date in the few lines after it,
the source list under its heading, and keep everything else that is prose as the body.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from provenance.article import heads
from provenance.article.blocks import BlockBuilder, Parsed, SourceEntry
from provenance.article.disclosure import is_ai_disclosure
from provenance.article.suppress import suppression_line
from provenance.article.textblocks import group_blocks
from provenance.models import Figure, Suppression

_HEAD_WINDOW = 10  # non-empty lines after the headline where the byline and the date are looked for
_LABELLED = re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.):]?\s|[-*\u2022\u2013]\s|\^)")
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|={3,}|[\u2014\u2013]{2,}|(?:\*\s){2,}\*)\s*$")
_ENTRY_LIKE = re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.):]?\s|[-*\u2022\u2013]\s)|https?://|\bdoi\b|[\"\u201c\u00ab]")


@dataclass
class _Line:
    number: int  # 1-based article line
    text: str  # right-stripped
    column: int  # of text's first non-blank character
    role: str = "body"  # body | blank | chrome | suppression | title | byline | date | figure | caption
    # | note | heading | entry | trailer


def parse_text(text: str) -> Parsed:
    lines = [_line(i, raw) for i, raw in enumerate(text.split("\n"), 1)]
    suppressions: list[Suppression] = []
    for ln in lines:
        sup = suppression_line(ln.text, ln.number) if ln.role == "body" else None
        if sup:
            suppressions.append(sup)
            ln.role = "suppression"
        elif ln.role == "body" and (heads.is_chrome(ln.text) or heads.is_teaser(ln.text)):
            ln.role = "chrome"
    content = [ln for ln in lines if ln.role == "body"]
    title_line = _headline(lines, content)
    title = heads.clean_title(title_line.text) if title_line else None
    if title_line:
        title_line.role = "title"
    byline, published = _head(lines, title_line)
    _mark_other_stories(lines, lines.index(title_line) if title_line else 0)
    _mark_repeats(lines, title_line, byline)
    heading_at = _source_heading(lines, title_line)
    entries = _entries(lines, heading_at) if heading_at is not None else ()
    _mark_trailer(lines, heading_at)
    figures, notes = _figures(lines, title)
    body = _body(lines, title_line)
    return Parsed(format="text", title=title, published=published, byline=byline, body=body,
                  entries=entries, has_source_list=heading_at is not None, figures=figures,
                  ai_image_notes=notes, suppressions=tuple(suppressions))


def _line(number: int, raw: str) -> _Line:
    text = raw.rstrip()
    stripped = text.lstrip()
    return _Line(number, text, len(text) - len(stripped) + 1, "body" if stripped else "blank")


def _headline(lines: list[_Line], content: list[_Line]) -> _Line | None:
    """The first substantial line before the first long paragraph; one printed again lower down (over the
    image) wins; a short line right above a date or a menu is the site's name, not the headline."""
    candidates: list[_Line] = []
    for ln in content[:15]:
        if len(ln.text.split()) >= 25:
            break
        if heads.is_headline(ln.text):
            candidates.append(ln)
    if not candidates:
        return next((ln for ln in content if heads.is_headline(ln.text)), None)
    for ln in candidates:
        if len(ln.text.split()) < 3 or ln.text.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?")):
            continue
        if not _own_paragraph(lines, ln):
            continue  # a line of a hard-wrapped paragraph (its words may well come back lower down)
        key = heads.norm(ln.text)
        again = [o for o in content if o.number > ln.number and len(o.text) == len(ln.text)
                 and heads.norm(o.text) == key]
        if len(again) == 1:  # printed once more, over the image
            return ln
    for ln in candidates:
        after = lines[ln.number] if ln.number < len(lines) else None  # the very next line
        site_name = after is not None and len(ln.text.split()) <= 4 and (
            after.role == "chrome" or heads.date_line(after.text) is not None)
        if not site_name:
            return ln
    return candidates[0]


def _own_paragraph(lines: list[_Line], ln: _Line) -> bool:
    """A line that is a paragraph of its own: no body line right above or below it."""
    around = [lines[i] for i in (ln.number - 2, ln.number) if 0 <= i < len(lines)]
    return not any(o.role == "body" and o.text.strip() for o in around)


def _head(lines: list[_Line], title_line: _Line | None) -> tuple[str | None, dt.date | None]:
    """The byline and the article's own date from the lines right after the headline."""
    start = lines.index(title_line) + 1 if title_line else 0
    byline: str | None = None
    published: dt.date | None = None
    seen = long_seen = 0
    for ln in lines[start:]:
        if ln.role != "body":
            continue
        seen += 1
        if seen > _HEAD_WINDOW or long_seen >= 2 or heads.is_source_heading(ln.text):
            break
        by, date = heads.byline_and_date(ln.text)
        if by and byline is None:
            byline, ln.role = by, "byline"
        if date and published is None:
            published, ln.role = date, ("byline" if by else "date")
        elif by is None and date is None and len(ln.text.split()) >= 20:
            long_seen += 1
    if published is None and title_line is not None:  # a date above the headline that is not the header's
        for ln in lines[:start]:
            if ln.role == "body" and not heads.is_weekday_led(ln.text):
                _, date = heads.byline_and_date(ln.text)
                if date:
                    published, ln.role = date, "date"
                    break
    for ln in lines[:start]:  # the header's date line and other dates above the headline: chrome
        if ln.role == "body" and byline is None and heads.explicit_byline(ln.text):
            byline, ln.role = heads.explicit_byline(ln.text), "byline"  # "Jane Doe | Staff Writer" on top
        elif ln.role == "body" and heads.byline_and_date(ln.text)[1]:
            ln.role = "chrome"
    return byline, published


def _mark_repeats(lines: list[_Line], title_line: _Line | None, byline: str | None) -> None:
    """The byline printed again, and the headline printed again over the image: not body."""
    names = {heads.norm(byline), heads.norm("By " + byline)} if byline else set()
    title = heads.norm(title_line.text) if title_line else None
    for ln in lines:
        if ln.role != "body":
            continue
        key = heads.norm(ln.text)
        if key in names:
            ln.role = "repeat"
        elif title and key == title:
            ln.role = "figure"
            title = None  # only the first repetition is the image's


def _source_heading(lines: list[_Line], title_line: _Line | None) -> int | None:
    """The index of the last source-list heading line after the headline."""
    floor = lines.index(title_line) if title_line else -1
    for i in range(len(lines) - 1, floor, -1):
        if lines[i].role == "body" and heads.is_source_heading(lines[i].text):
            lines[i].role = "heading"
            return i
    for i in range(len(lines) - 1, floor, -1):  # no heading: a rule ("---") above a closing list of links
        if lines[i].role in ("body", "chrome") and _RULE.match(lines[i].text):
            rest = [ln for ln in lines[i + 1:] if ln.role == "body"]
            with_url = sum(bool(re.search(r"https?://|www\.", ln.text)) for ln in rest)
            if rest and with_url * 2 >= len(rest):
                lines[i].role = "heading"
                return i
            break
    return None


def _entries(lines: list[_Line], heading_at: int) -> tuple[SourceEntry, ...]:
    """Each non-empty line under the heading, up to a blank line followed by something not entry-like.
    When the entries are numbered or bulleted, an unnumbered line continues the entry above it."""
    taken: list[_Line] = []
    after_blank = False
    for ln in lines[heading_at + 1:]:
        if ln.role == "blank":
            after_blank = bool(taken) or after_blank
            continue
        if ln.role != "body":
            if ln.role in ("byline", "repeat"):
                break
            continue
        if after_blank and not _ENTRY_LIKE.search(ln.text):
            break
        taken.append(ln)
        ln.role = "entry"
    labelled = [bool(_LABELLED.match(ln.text)) for ln in taken]
    numbered = sum(labelled) >= 2 and sum(labelled) * 2 >= len(taken)
    groups: list[list[_Line]] = []
    last = None  # the number of the entry above
    for ln, has_label in zip(taken, labelled, strict=True):
        number = _label_number(ln.text)
        # "2019) https://…" wrapped from the entry above is not entry 2019 after entry 3
        out_of_turn = number is not None and last is not None and (number >= 1000 or number > last + 20)
        if groups and numbered and (not has_label or out_of_turn) \
                and _LABELLED.match(groups[-1][0].text) is not None:
            groups[-1].append(ln)
        else:
            groups.append([ln])
            last = number if number is not None else last
    entries = []
    for group in groups:
        builder = BlockBuilder()
        for ln in group:
            if len(builder):
                builder.add(" ", ln.number, ln.column)
            builder.add(ln.text.strip(), ln.number, ln.column)
        block = builder.build("list_item")
        if block:
            entries.append(SourceEntry(label=None, block=block))
    return tuple(entries)


def _label_number(text: str) -> int | None:
    m = re.match(r"^\s*\[?(\d{1,4})\b", text)
    return int(m.group(1)) if m else None


def _mark_other_stories(lines: list[_Line], after_title: int) -> None:
    """Below the headline, after a heading such as "Most read" or "Related stories", the short lines that
    follow (headlines, numbered or not, across blank lines) are other stories; the first long paragraph
    ends them. (Above the headline such words are the site's menu, already chrome.)"""
    for i, ln in enumerate(lines):
        if i <= after_title or ln.role not in ("body", "chrome") or not heads.opens_other_stories(ln.text):
            continue
        ln.role = "chrome"
        for after in lines[i + 1:]:
            if after.role == "blank" or not after.text.strip():
                continue
            if len(after.text.split()) > 12 or heads.is_source_heading(after.text):
                break
            after.role = "chrome"


def _mark_trailer(lines: list[_Line], heading_at: int | None) -> None:
    """After the source list, or from the byline printed again after the body: the page's trailer."""
    if heading_at is not None:
        last_entry = max((i for i, ln in enumerate(lines) if ln.role == "entry"), default=heading_at)
        for ln in lines[last_entry + 1:]:
            if ln.role == "body":
                ln.role = "trailer"
        return
    body = [i for i, ln in enumerate(lines) if ln.role == "body"]
    repeats = [i for i, ln in enumerate(lines) if ln.role == "repeat" and body and i > body[0]]
    if not repeats:
        return
    start = repeats[-1]
    rest = [lines[i] for i in body if i > start]
    if len(rest) <= 2 and all(len(ln.text.split()) <= 12 for ln in rest):  # a tagline, an "about" line
        for ln in rest:
            ln.role = "trailer"


Notes = tuple[tuple[int, int, str], ...]


def _figures(lines: list[_Line], title: str | None) -> tuple[tuple[Figure, ...], Notes]:
    """The headline repeated over an image, with its caption; caption lines; standalone AI disclaimers."""
    figures: list[Figure] = []
    notes: list[tuple[int, int, str]] = []
    for i, ln in enumerate(lines):
        if ln.role == "figure":
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            caption = None
            if nxt and nxt.role == "body" and len(nxt.text.split()) <= 60:
                caption, nxt.role = nxt.text.strip(), "caption"
                if is_ai_disclosure(caption):
                    notes.append((nxt.number, nxt.column, caption))
            figures.append(Figure(line=ln.number, column=ln.column, alt=title, caption=caption))
        elif ln.role == "body" and _standalone(lines, i):
            stripped = ln.text.strip()
            if is_ai_disclosure(stripped):
                notes.append((ln.number, ln.column, stripped))
                ln.role = "note"
            elif heads.is_caption(stripped):
                figures.append(Figure(line=ln.number, column=ln.column, caption=stripped,
                                      credit=heads.credit_of(stripped)))
                ln.role = "caption"
    return tuple(figures), tuple(notes)


def _standalone(lines: list[_Line], i: int) -> bool:
    """A short line: a paragraph of its own, or a one-liner next to other non-prose lines."""
    return len(lines[i].text) <= 300 and len(lines[i].text.split()) <= 45


def _body(lines: list[_Line], title_line: _Line | None) -> tuple:
    start = lines.index(title_line) + 1 if title_line else 0
    blocks = []
    group: list[_Line] = []
    for ln in lines[start:] + [_Line(0, "", 1, "blank")]:
        if ln.role == "body":
            group.append(ln)
            continue
        if ln.role == "blank" or group:
            blocks.extend(group_blocks(group))
            group = []
    return tuple(b for b in blocks if b is not None)
