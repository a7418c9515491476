"""`--format html`: the editors' report, one self-contained page per run (or, for an archive, one page
per article: `article_page`, written into a folder by provenance/formats/html_folder.py).

Each article's text with its quotations highlighted by verdict, the source passage beside each
quotation with the differences marked, a table of the sources, the findings, and what they mean in plain
words. Nothing is loaded from anywhere (inline CSS, no scripts, a Content-Security-Policy that forbids
loading), and every string from an article or a page is escaped: both are untrusted.
"""

from __future__ import annotations

import re
from html import escape

from provenance.checks.registry import Rule
from provenance.formats._common import (
    SEVERITIES,
    count_by_severity,
    figure_reads,
    iso_date,
    iso_timestamp,
    judgement_of,
    plural,
    resolution_of,
    rule_for,
    shown_src,
    sorted_findings,
)
from provenance.formats._html_marks import locate_quotes, paragraphs_html, word_diff
from provenance.formats._html_style import CSS
from provenance.models import ArticleReport, Citation, Finding, Judgement, Quote, Report, Status, Verdict

VERDICT_WORDS = {
    Verdict.VERIFIED: "The quotation is in the source, word for word (up to typography and marked cuts).",
    Verdict.MISQUOTED: "A passage of the source matches closely, but a number, a negation, a name or "
    "words differ.",
    Verdict.MISATTRIBUTED: "The quotation is word for word in another listed source, not in the one it is "
    "credited to.",
    Verdict.UNSUPPORTED: "Every source it could come from was read, and none holds the quotation.",
    Verdict.UNVERIFIABLE: "A source it could come from could not be read, so it could not be checked.",
}
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _id(*parts: str) -> str:
    return "-".join(re.sub(r"[^A-Za-z0-9_-]", "_", p) for p in parts)


def _link(url: str | None, label: str) -> str:
    """A link only for http(s) URLs (a `javascript:` URL in an article stays text)."""
    if url and re.match(r"(?i)https?://", url):
        return f'<a href="{_e(url)}" rel="noopener noreferrer nofollow">{label}</a>'
    return label


class HtmlFormatter:
    name = "html"
    OPTIONS: tuple[str, ...] = ()

    def render(self, report: Report) -> str:
        findings = [f for ar in report.articles for f in ar.findings]
        counts = count_by_severity(findings)
        errors = "".join(f"<li>{_e(e)}</li>" for e in report.errors)
        nav = ""
        if len(report.articles) > 1:
            items = "".join(
                f'<li><a href="#{_id("a" + str(i))}">{_e(ar.article.title or ar.article.path)}</a></li>'
                for i, ar in enumerate(report.articles, 1)
            )
            nav = f"<nav><ol>{items}</ol></nav>"
        body = [
            "<header><h1>Provenance report</h1>",
            f'<p class="meta">{plural(len(report.articles), "article")} checked by provenance '
            f"{_e(report.tool_version)} at {_e(iso_timestamp(report.generated_at))}</p>",
            f'<p class="totals">{tally(counts)}</p></header>',
            f'<section class="errors"><h2>Could not be checked</h2><ul>{errors}</ul></section>'
            if errors
            else "",
            _legend(),
            nav,
            *(_article(ar, i) for i, ar in enumerate(report.articles, 1)),
        ]
        return document("Provenance report", body)


def article_page(ar: ArticleReport, n: int, index: str) -> str:
    """Article `n` alone, as the report folder's page of it (the section the single page gives it),
    with a link back to the folder's `index` (a relative URL)."""
    a = ar.article
    body = [
        f'<header><p class="meta"><a href="{_e(index)}">← All articles</a></p></header>',
        _legend(),
        _article(ar, n),
    ]
    return document(f"{a.title or a.path} · Provenance report", body)


def document(title: str, body: list[str]) -> str:
    """A whole page: `body`'s parts (empty ones left out) in the report's head: inline style, and a
    Content-Security-Policy that loads nothing. `title` is untrusted text (escaped here)."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        + "\n".join(part for part in body if part)
        + "\n</body>\n</html>\n"
    )


def tally(counts: dict[str, int]) -> str:
    def words(n: int, level: str) -> str:
        return f"{n} info" if level == "info" else plural(n, level)

    return ", ".join(
        f'<span class="sev-{s.value}">{words(counts[s.value], s.value)}</span>' for s in SEVERITIES
    )


def _legend() -> str:
    items = "".join(
        f'<div><dt><span class="swatch v-{v.value}"></span> '
        f'<span class="badge v-{v.value}">{v.value}</span></dt>'
        f"<dd>{_e(words)}</dd></div>"
        for v, words in VERDICT_WORDS.items()
    )
    return f'<dl class="legend" aria-label="Verdicts">{items}</dl>'


def _article(ar: ArticleReport, n: int) -> str:
    a = ar.article
    aid = _id(f"a{n}")
    meta = " · ".join(
        _e(p)
        for p in (a.path, iso_date(a.published) or "no date", f"by {a.byline}" if a.byline else "no byline")
    )
    counts = count_by_severity(ar.findings)
    return "\n".join(
        part for part in [
            f'<article class="story" id="{aid}">',
            f"<h2>{_e(a.title or a.path)}</h2>",
            f'<p class="meta">{meta}</p>',
            f"<p>{plural(len(a.citations), 'source')}, {plural(len(a.quotes), 'quotation')}: "
            f"{tally(counts)}</p>",
            _body(ar, aid),
            _claims(ar, aid),
            _sources(ar, aid),
            _figures(ar),
            _findings(ar, aid),
            _gaps(ar.findings),
            "</article>",
        ] if part
    )


def _body(ar: ArticleReport, aid: str) -> str:
    a = ar.article
    spans = locate_quotes(a.body, [(q.id, q.text) for q in a.quotes])
    verdicts = {q.id: judgement_of(ar, q).verdict.value for q in a.quotes}

    def mark(key: str, inner: str) -> str:
        v = verdicts[key]
        return (
            f'<mark class="q v-{v}" data-claim="{_e(key)}" title="{_e(key)}: {v}">{inner}'
            f'<sup><a href="#{_id(aid, "claim", key)}">{_e(key)}</a></sup></mark>'
        )

    paragraphs = "\n".join(f"<p>{p}</p>" for p in paragraphs_html(a.body, spans, mark))
    missing = len(a.quotes) - len(spans)
    note = (
        (
            f'<p class="muted">{plural(missing, "quotation")} could not be placed in the text; '
            "see the list below.</p>"
        )
        if missing
        else ""
    )
    return f'<h3>The article</h3>\n<div class="body">\n{paragraphs or "<p>(no text)</p>"}\n</div>{note}'


def _claims(ar: ArticleReport, aid: str) -> str:
    if not ar.article.quotes:
        return "<h3>Quotations</h3>\n<p>No direct quotations were found.</p>"
    return "<h3>Quotations</h3>\n" + "\n".join(
        _claim(ar, q, judgement_of(ar, q), aid) for q in ar.article.quotes
    )


def _claim(ar: ArticleReport, q: Quote, j: Judgement, aid: str) -> str:
    v = j.verdict.value
    facts = [f"line {q.line}"]
    if q.speaker:
        facts.append(f"said by {_e(q.speaker)}")
    if q.cited_source:
        facts.append(f"cites [{_e(q.cited_source)}]")
    if j.source:
        facts.append(f"checked against [{_e(j.source)}]")
    if j.evidence:
        facts.append(f"{j.score:.0f}% similar")
    if j.where:
        facts.append(f"found {_e(j.where)}, not in the page's main text")
    quoted, evidence = _e(q.text), _e(j.evidence) if j.evidence else None
    if j.verdict is Verdict.MISQUOTED and j.evidence:
        diff = word_diff(q.text, j.evidence)
        if diff is not None:
            quoted, evidence = diff
    if evidence is None:
        evidence = f'<span class="muted">{_e(_no_evidence(j))}</span>'
    changes = "".join(
        f"<li>{_e(d.kind)}: the article has <del>{_e(d.quoted) or '—'}</del>, "
        f"the source <ins>{_e(d.source) or '—'}</ins></li>"
        for d in j.differences
    )
    concerns = "".join(
        f"<li>{_finding_line(f)}</li>" for f in sorted_findings(ar.findings) if f.claim == q.id
    )
    return "\n".join(
        [
            f'<section class="claim v-{v}" id="{_id(aid, "claim", q.id)}">',
            f'<p><span class="badge v-{v}">{v}</span> <strong>{_e(q.id)}</strong> · {" · ".join(facts)}</p>',
            '<div class="pair">',
            f"<div><h4>The article quotes</h4><blockquote>{quoted}</blockquote></div>",
            f"<div><h4>{_source_heading(j)}</h4><blockquote>{evidence}</blockquote></div>",
            "</div>",
            f'<ul class="differences">{changes}</ul>' if changes else "",
            f'<p class="muted">{_e(VERDICT_WORDS[j.verdict])}</p>',
            f'<ul class="claim-findings">{concerns}</ul>' if concerns else "",
            "</section>",
        ]
    )


def _source_heading(j: Judgement) -> str:
    return f"Source [{_e(j.source)}] says" if j.source and j.evidence else "The sources"


def _no_evidence(j: Judgement) -> str:
    if j.verdict is Verdict.UNVERIFIABLE:
        return "No source that could be read holds this quotation, and at least one source could not be read."
    return "No passage of the sources that were read matches this quotation."


def _sources(ar: ArticleReport, aid: str) -> str:
    if not ar.article.citations:
        return "<h3>Sources</h3>\n<p>The article lists no sources and links nothing.</p>"
    rows = "\n".join(_source_row(ar, c, aid) for c in ar.article.citations)
    return (
        "<h3>Sources</h3>\n<table><thead><tr><th>#</th><th>Publisher</th><th>Title</th><th>Date cited</th>"
        "<th>Status</th><th>Page title</th><th>Page date</th><th>Findings</th></tr></thead>\n"
        f"<tbody>\n{rows}\n</tbody></table>"
    )


def _source_row(ar: ArticleReport, c: Citation, aid: str) -> str:
    res = resolution_of(ar, c.id)
    status = f'<span class="st-{res.status.value}">{res.status.value}</span>'
    if res.http_status:
        status += f" (HTTP {res.http_status})"
    if res.reason:
        status += f'<br><span class="muted">{_e(res.reason)}</span>'
    if res.lookup is not None and res.status is Status.FOUND:
        found_at = _link(res.url, _e(res.url or ""))
        how = f"found by {_e(res.lookup.service)} ({_e(res.lookup.query)}):"
        status += f'<br><span class="muted">{how}</span> {found_at}'
    doc = res.doc
    title = _link(c.url, _e(c.title)) if c.title else _link(c.url, _e(c.url or c.raw))
    found = "<br>".join(_finding_line(f) for f in sorted_findings(ar.findings) if f.source == c.id)
    cells = [
        f'<td id="{_id(aid, "source", c.id)}">{_e(c.id)}</td>',
        f"<td>{_e(c.publisher or '—')}</td>",
        f"<td>{title}</td>",
        f"<td>{_e(iso_date(c.date) or '—')}</td>",
        f"<td>{status}</td>",
        f"<td>{_e(doc.title) if doc and doc.title else '—'}</td>",
        f"<td>{_e(iso_date(doc.published)) if doc and doc.published else '—'}</td>",
        f"<td>{found or '—'}</td>",
    ]
    return "<tr>" + "".join(cells) + "</tr>"


def _figures(ar: ArticleReport) -> str:
    """The article's images and what each file says of its making; nothing when it has none."""
    from provenance.images.describe import describe

    rows = []
    for f, read, mark in figure_reads(ar):
        label = _e(f.caption or f.alt or "(no caption)")
        ai = "—"
        if mark is not None:
            told = ("disclosed in the article" if mark.disclosed
                    else "<strong>not disclosed in the article</strong>")
            ai = f"AI-made (by {_e(mark.by)}): {_e(mark.evidence)} — {told}"
        said = "<br>".join(_e(line) for line in describe(read))
        src = _link(f.src, _e(shown_src(f.src))) if f.src else "—"
        rows.append(f"<tr><td>{f.line}</td><td>{label}</td><td>{src}</td><td>{ai}</td><td>{said}</td></tr>")
    if not rows:
        return ""
    return ("<h3>Figures</h3>\n<table><thead><tr><th>Line</th><th>Caption</th><th>Image</th><th>AI</th>"
            "<th>What the file says</th></tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody></table>")


def _finding_line(f: Finding) -> str:
    return f'<span class="sev-{f.severity.value}">{f.severity.value}</span> {_e(f.name)}: {_e(f.message)}'


def _findings(ar: ArticleReport, aid: str) -> str:
    findings = sorted_findings(ar.findings)
    if not findings:
        return "<h3>Findings</h3>\n<p>No findings.</p>"
    rows = []
    for f in findings:
        about = []
        if f.source:
            about.append(f'<a href="#{_id(aid, "source", f.source)}">source {_e(f.source)}</a>')
        if f.claim:
            about.append(f'<a href="#{_id(aid, "claim", f.claim)}">{_e(f.claim)}</a>')
        rows.append(
            f'<tr><td>{f.line}:{f.column}</td><td class="sev-{f.severity.value}">{f.severity.value}</td>'
            f"<td>{_e(f.code)} {_e(f.name)}</td><td>{_e(f.message)}</td>"
            f"<td>{', '.join(about) or 'article'}</td></tr>"
        )
    return (
        "<h3>Findings</h3>\n<table><thead><tr><th>Line</th><th>Severity</th><th>Finding</th><th>Message</th>"
        "<th>Concerns</th></tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody></table>"
    )


def _gaps(findings: tuple[Finding, ...]) -> str:
    """Each kind of finding present, explained once in plain words, with what to do."""
    seen: dict[str, Rule] = {}
    for f in sorted_findings(findings):
        r = rule_for(f)
        if r is not None:
            seen.setdefault(r.code, r)
    if not seen:
        return ""
    items = "".join(
        f'<dt>{_e(r.summary)} <span class="muted">({_e(r.name)}, {_e(r.code)})</span></dt>'
        f"<dd>{_e(r.description)}</dd><dd><strong>What to do:</strong> {_e(r.help)}</dd>"
        for r in sorted(seen.values(), key=lambda r: r.code)
    )
    return f'<h3>What the findings mean</h3>\n<dl class="gaps">{items}</dl>'
