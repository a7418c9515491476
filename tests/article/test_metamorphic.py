"""Rewriting a dev article in another newsroom's style does not change what is read from it.

Each rewrite keeps the meaning and changes the layout: citation markers ([2] -> (2), ^2, ², [^2] -> [2],
<sup><a>2</a></sup> -> <sup>2</sup> ...), the source list (numbering, heading, HTML list -> paragraphs),
date formats, quotation marks («», „“, ‘’, straight). The sources (id, URL, date, title) and the
quotations (text, tied source) must come out the same; so must page chrome added around the article
(teasers, "Most read" lists, related stories, comments). Every third dev article; skipped without
../shared."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from provenance.article import read_article
from provenance.models import Article

ARTICLES = Path(__file__).resolve().parents[2] / ".." / "shared" / "bench" / "dev" / "articles"
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
MONTHS = ("January February March April May June July August September October November "
          "December").split()
_DATE = re.compile(r"\((" + "|".join(MONTHS) + r") (\d{1,2}), (\d{4})\)")
_TEXT_MARKER = re.compile(r"(?<=[.”\"]) \[(\d{1,2})\]")
_HTML_MARKER = re.compile(r'<sup><a href="#src-(\d+)">\d+</a></sup>')


def _superscript(number: str) -> str:
    return "".join(SUPERSCRIPTS[int(c)] for c in number)


def _date(style: str) -> Callable[[str], str]:
    def rewrite(m: re.Match[str]) -> str:
        month, day, year = m.group(1), int(m.group(2)), m.group(3)
        if style == "dmy":
            return f"({day} {month} {year})"
        if style == "iso":
            return f"({year}-{MONTHS.index(month) + 1:02d}-{day:02d})"
        return f"({month[:3]}. {day}, {year})"
    return lambda text: _DATE.sub(rewrite, text)


def _source_lines(style: str) -> Callable[[str], str]:
    def rewrite(text: str) -> str:
        head, sep, tail = text.partition("\nSources:\n")
        return head + sep + re.sub(r"(?m)^(\d{1,2}) ", style, tail) if sep else text
    return rewrite


def _wrapped_entries(text: str) -> str:
    """Entries wrapped at 60 characters, as a paste from a narrow column gives them."""
    head, sep, tail = text.partition("\nSources:\n")
    if not sep:
        return text
    out = []
    for line in tail.split("\n"):
        cut = line.rfind(" ", 0, 60) if re.match(r"\d{1,2} ", line) and len(line) > 70 else -1
        out += [line[:cut], "   " + line[cut + 1:]] if cut > 0 else [line]
    return head + sep + "\n".join(out)


def _hard_wrapped(text: str) -> str:
    """Body paragraphs hard-wrapped at 72 characters, as some pastes and plain-text feeds give them."""
    import textwrap

    head, sep, tail = text.partition("\nSources:\n")
    paragraphs = [("\n".join(textwrap.wrap(p, 72, break_long_words=False, break_on_hyphens=False))
                   if len(p) > 80 and "\n" not in p else p) for p in head.split("\n\n")]
    return "\n\n".join(paragraphs) + sep + tail


def _html_list(text: str) -> str:
    m = re.search(r'<ol class="sources">(.*?)</ol>', text, re.S)
    if not m:
        return text
    items = re.findall(r'<li id="src-(\d+)">(.*?)</li>', m.group(1), re.S)
    return text[:m.start()] + "".join(f"<p>{n}. {body}</p>\n" for n, body in items) + text[m.end():]


def _body_quotes(opening: str, closing: str) -> Callable[[str], str]:
    def rewrite(text: str) -> str:
        cut = max(text.find("\nSources:"), text.find("<h2>Sources"), text.find("\n[^1]:"))
        head, tail = (text[:cut], text[cut:]) if cut > 0 else (text, "")
        return re.sub(r"“([^”\n]{3,600})”", lambda m: f"{opening}{m.group(1)}{closing}", head) + tail
    return rewrite


def _md_markers(replace: Callable[[re.Match[str]], str]) -> Callable[[str], str]:
    def rewrite(text: str) -> str:
        body, sep, notes = text.partition("\n[^1]:")
        return re.sub(r"\[\^(\d)\]", replace, body) + sep + notes
    return rewrite


# Page chrome a copy-paste or a template drags along: none of it is a quotation or a source.
_TEASER = "Advertisement\n\nRead more: “Markets rally as inflation cools”\n\nShare this article"
_MOST_READ = ("\n\nMost read\n1. “Why the housing market is stuck”\n2. Five things to know today\n\n"
              "© 2024 The Daily. All rights reserved. Privacy Policy | Terms\n")
_RELATED = ('<section class="related-stories"><h2>Related</h2><ul><li><a href="https://other.example/a">'
            "“Markets rally as inflation cools,” analysts say</a></li></ul></section>")
_COMMENTS = ('<section id="comments" class="comments-area"><h3>3 Comments</h3><div class="comment-body"><p>'
             "Reader: “This is the worst plan I have ever seen,” I told my neighbour.</p></div></section>")


def _teaser_mid_body(text: str) -> str:
    head, sep, tail = text.partition("\nSources:\n")
    paragraphs = head.split("\n\n")
    k = max(3, len(paragraphs) // 2)
    return "\n\n".join(paragraphs[:k] + [_TEASER] + paragraphs[k:]) + sep + tail


REWRITES: dict[str, tuple[str, Callable[[str], str]]] = {
    "text chrome: a teaser mid-body": (".txt", _teaser_mid_body),
    "text chrome: most read at the end": (".txt", lambda t: t.rstrip("\n") + _MOST_READ),
    "html chrome: related stories": (".html", lambda t: t.replace("<h2>Sources</h2>",
                                                                  _RELATED + "<h2>Sources</h2>")),
    "html chrome: comments": (".html", lambda t: t.replace("</article>", "</article>" + _COMMENTS, 1)),
    "text markers (2)": (".txt", lambda t: _TEXT_MARKER.sub(r" (\1)", t)),
    "text markers ^2": (".txt", lambda t: _TEXT_MARKER.sub(r"^\1", t)),
    "text markers ²": (".txt", lambda t: _TEXT_MARKER.sub(lambda m: _superscript(m.group(1)), t)),
    "text list 1.": (".txt", _source_lines(r"\1. ")),
    "text list [1]": (".txt", _source_lines(r"[\1] ")),
    "text heading References": (".txt", lambda t: t.replace("\nSources:\n", "\nReferences:\n")),
    "text list wrapped": (".txt", _wrapped_entries),
    "text body hard-wrapped": (".txt", _hard_wrapped),
    "text heading Quellen": (".txt", lambda t: t.replace("\nSources:\n", "\nQuellen\n")),
    "markdown markers [2]": (".md", _md_markers(lambda m: f" [{m.group(1)}]")),
    "markdown markers ²": (".md", _md_markers(lambda m: _superscript(m.group(1)))),
    "html <sup>2</sup>": (".html", lambda t: _HTML_MARKER.sub(r"<sup>\1</sup>", t)),
    "html [2] in text": (".html", lambda t: _HTML_MARKER.sub(r" [\1]", t)),
    "html list as paragraphs": (".html", _html_list),
    "html heading h3 References": (".html", lambda t: t.replace("<h2>Sources</h2>", "<h3>References</h3>")),
    "dates 6 December 2016": ("", _date("dmy")),
    "dates 2016-12-06": ("", _date("iso")),
    "dates Dec. 6, 2016": ("", _date("abbr")),
    "quotes « »": ("", _body_quotes("« ", " »")),
    "quotes „“": ("", _body_quotes("„", "“")),
    "quotes ‘’": ("", _body_quotes("‘", "’")),
    "quotes straight": ("", _body_quotes('"', '"')),
}


def _read(path: Path, text: str) -> tuple[list, list]:
    a: Article = read_article(path.name, text.encode("utf-8"))
    return ([(c.id, c.url, c.date, c.title) for c in a.citations],
            [(q.text, q.cited_source) for q in a.quotes])


@pytest.fixture(scope="module")
def dev_articles() -> list[tuple[Path, str, tuple[list, list]]]:
    if not ARTICLES.is_dir():
        pytest.skip("../shared/bench/dev is absent")
    paths = sorted(ARTICLES.iterdir())[::3]
    return [(p, p.read_text(encoding="utf-8"), _read(p, p.read_text(encoding="utf-8"))) for p in paths]


@pytest.mark.parametrize("name", list(REWRITES))
def test_a_rewrite_in_another_style_reads_the_same(name: str, dev_articles) -> None:
    suffix, rewrite = REWRITES[name]
    tried = 0
    for path, text, before in dev_articles:
        if suffix and path.suffix != suffix:
            continue
        changed = rewrite(text)
        if changed == text:
            continue
        tried += 1
        assert _read(path, changed) == before, path.name
    assert tried, "the rewrite changed no article: it no longer tests anything"
