"""HTML: the article's own title, date and byline (not the page header's), blocks, markers, sources."""

from __future__ import annotations

import datetime as dt

from provenance.article.html import parse_html
from tests.support.bounded import no_hang

PAGE = """\
<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Officials Respond to the Budget Plan | Civic Wire</title>
<meta property="article:published_time" content="2022-02-21T09:00:00Z">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-02-20"}</script>
</head>
<body><header><nav><a href="/">Civic Wire</a> <a href="/search">Search</a></nav>
<span class="today">Friday, April 22, 2022</span></header>
<main><article>
<h1>Officials Respond to the Budget Plan</h1>
<p class="byline">By Priya Raman &middot; <time datetime="2022-02-22">February 22, 2022</time></p>
<figure><img src="/img/budget.jpg" alt="Council chamber">
<figcaption>Image générée par IA. <span class="credit">Credit: Midjourney</span></figcaption></figure>
<p>Officials declined to give a timetable.
&ldquo;We will not cut schools,&rdquo; Claudia Lindner said.<sup><a href="#src-4">4</a></sup></p>
<p>The <a href="https://example.org/report">report</a> was <q>broadly welcomed</q> by
   unions &amp; employers.</p>
<blockquote><p>Budgets are moral documents.</p></blockquote>
<aside class="related"><p>Related: Something else</p></aside>
<div class="share-tools"><p>Share this</p></div>
<h2>Sources</h2>
<ol class="sources">
<li id="src-1">Hackernoon, &ldquo;How To Scrape Google With Python&rdquo;</li>
<li id="src-4">Online,
<a href="https://www.l-mag.de/news.html?L=422&amp;x=1">Gedenktag</a> (June 02, 2021)</li>
</ol>
</article></main><footer>&copy; Civic Wire</footer></body></html>
"""


def test_title_date_and_byline_come_from_the_article_not_the_header() -> None:
    parsed = parse_html(PAGE)
    assert parsed.format == "html"
    assert parsed.title == "Officials Respond to the Budget Plan"
    assert parsed.published == dt.date(2022, 2, 22)  # the byline's <time>, not the header's April 22
    assert parsed.byline == "Priya Raman"


def test_body_blocks_markers_links_and_q() -> None:
    parsed = parse_html(PAGE)
    first, second, quote = parsed.body
    assert first.text == ("Officials declined to give a timetable. “We will not cut schools,” "
                          "Claudia Lindner said.")
    assert first.line == 14 and first.column == 4
    assert first.position(first.text.index("“")) == (15, 1)  # the &ldquo; entity
    assert first.position(first.text.index("Claudia")) == (15, 40)
    (marker,) = first.markers
    assert marker.label == "4" and marker.start == marker.end == len(first.text)
    assert second.text == "The report was “broadly welcomed” by unions & employers."
    (link,) = second.links
    assert second.text[link.start:link.end] == "report" and link.url == "https://example.org/report"
    assert second.position(second.text.index("unions")) == (17, 4)
    assert quote.kind == "blockquote" and quote.text == "Budgets are moral documents."
    assert all("Related" not in b.text and "Share" not in b.text for b in parsed.body)


def test_source_list_entries_with_labels_from_ids() -> None:
    parsed = parse_html(PAGE)
    assert parsed.has_source_list
    assert [(e.label, e.block.line) for e in parsed.entries] == [("1", 23), ("4", 24)]
    assert parsed.entries[0].block.text == "Hackernoon, “How To Scrape Google With Python”"
    (link,) = parsed.entries[1].block.links
    assert link.url == "https://www.l-mag.de/news.html?L=422&x=1"


def test_figures_and_ai_disclosures_from_captions_and_credits() -> None:
    parsed = parse_html(PAGE)
    (figure,) = parsed.figures
    assert (figure.src, figure.alt) == ("/img/budget.jpg", "Council chamber")
    assert figure.credit == "Credit: Midjourney"
    assert figure.caption.startswith("Image générée par IA.")
    # one image, one disclosure: the caption's, which holds its credit
    assert [text for _, _, text in parsed.ai_image_notes] == ["Image générée par IA. Credit: Midjourney"]



def _figures(body: str, head: str = "") -> list[tuple[str | None, str | None]]:
    page = (f"<html><head><title>Quay</title>{head}</head>"
            f"<body><article><h1>Quay</h1><p>Text.</p>{body}</article></body></html>")
    return [(f.src, f.caption) for f in parse_html(page).figures]


def test_an_image_file_is_found_where_pages_put_it() -> None:
    assert _figures('<figure><picture><source srcset="/q.avif 1x, /q2.avif 2x" type="image/avif">'
                    '<img srcset="/q.jpg 800w"></picture><figcaption>The quay.</figcaption></figure>') == [
        ("/q.jpg", "The quay.")]
    assert _figures('<picture><source srcset="/q.webp 1x"><img alt="Quay"></picture>') == [("/q.webp", None)]
    assert _figures('<img src="data:image/gif;base64,R0lGOD" data-src="/lazy.jpg" alt="Quay">') == [
        ("/lazy.jpg", None)]


def test_the_share_image_is_a_figure_unless_the_article_shows_it() -> None:
    share = '<meta property="og:image" content="https://x.example/share.jpg">'
    assert _figures("", share) == [("https://x.example/share.jpg", None)]
    assert _figures('<img src="https://x.example/share.jpg" alt="Quay">', share) == [
        ("https://x.example/share.jpg", None)]

def test_metadata_fallbacks_when_the_markup_has_none() -> None:
    page = ('<html><head><title>Storm Hits Coast - The Daily</title><meta name="author" content="Jane Roe">'
            '<meta property="article:published_time" content="2021-07-04T10:00:00+02:00"></head>'
            '<body><div><p>Waves rose.</p><p>Notes</p></div>'
            '<section class="footnotes"><ol><li id="fn1"><p>AP, "Storm" <a href="#fnref1">↩</a></p></li></ol>'
            '</section></body></html>')
    parsed = parse_html(page)
    assert (parsed.title, parsed.byline) == ("Storm Hits Coast", "Jane Roe")
    assert parsed.published == dt.date(2021, 7, 4)
    assert [(e.label, e.block.text) for e in parsed.entries] == [("1", 'AP, "Storm"')]


def test_html_nested_twenty_thousand_deep_neither_crashes_nor_hangs() -> None:
    page = ("<html><body><article><h1>Deep Page Title Here</h1>" + "<div>" * 20000
            + "<p>Deep “text” here.</p>" + "</div>" * 20000
            + "<p>After the nest.</p></article></body></html>")
    with no_hang():
        parsed = parse_html(page)
    assert parsed.title == "Deep Page Title Here"
    assert [b.text for b in parsed.body] == ["Deep “text” here.", "After the nest."]


def test_unclosed_and_inline_nesting_without_end_tags() -> None:
    page = "<html><body><article><h1>Unclosed Tags Everywhere</h1>" + "<b>" * 5000 + "<p>text" * 50
    parsed = parse_html(page)
    assert parsed.title == "Unclosed Tags Everywhere"
    assert parsed.body and all(b.text.startswith("text") for b in parsed.body)


def test_an_article_header_is_the_article_s_own_and_a_bold_sources_paragraph_starts_the_list() -> None:
    page = ('<html><head><title>Site | Story</title></head><body><header class="site">'
            '<span class="date">Friday, April 17, 2026</span></header>\n<article><header>'
            '<h1>Ports Reopen After Strike</h1><div class="meta"><span class="author">By '
            '<a rel="author" href="/a">Aiko Tanabe</a></span>\n<time datetime="2024-05-02T10:00:00Z">'
            'May 2, 2024</time></div></header>\n<div class="article-body"><p>Dock workers returned.'
            '<sup class="reference"><a href="#cite_note-3">[3]</a></sup></p>\n'
            '<p><strong>Sources:</strong></p>\n'
            '<p>1. Reuters, "Port strike ends" (May 1, 2024)</p><p>2. AP, "Deal"</p></div></article>'
            '</body></html>')
    parsed = parse_html(page)
    assert (parsed.title, parsed.byline, parsed.published) == ("Ports Reopen After Strike", "Aiko Tanabe",
                                                              dt.date(2024, 5, 2))
    (block,) = parsed.body
    assert block.text == "Dock workers returned." and block.markers[0].label == "3"
    assert [e.block.text for e in parsed.entries] == ['1. Reuters, "Port strike ends" (May 1, 2024)',
                                                      '2. AP, "Deal"']


def test_json_ld_metadata_alt_text_and_disclaimer_paragraphs() -> None:
    page = ('<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle",'
            '"datePublished":"2023-09-20T08:00:00+00:00","author":[{"name":"Daniel Okafor"}]}]}</script>'
            '<meta property="og:title" content="Rates Held Steady"></head><body><div id="content">\n'
            '<p>The central bank kept rates unchanged.</p>\n'
            '<img src="a.jpg" alt="AI-generated image of a bank">\n'
            '<p class="disclaimer">This illustration was created using Midjourney.</p>\n'
            '<p>Critics say AI-generated images flood social media.</p>\n<h3>References</h3>\n'
            '<ul><li><a href="https://ecb.europa.eu/x">ECB statement</a>, 20 September 2023</li></ul>'
            '</div></body></html>')
    parsed = parse_html(page)
    assert (parsed.title, parsed.byline, parsed.published) == ("Rates Held Steady", "Daniel Okafor",
                                                              dt.date(2023, 9, 20))
    assert [n[:2] for n in parsed.ai_image_notes] == [(3, 1), (4, 23)]
    assert [b.text for b in parsed.body] == ["The central bank kept rates unchanged.",
                                            "Critics say AI-generated images flood social media."]
    assert [(e.label, e.block.text) for e in parsed.entries] == [(None, "ECB statement, 20 September 2023")]


def test_a_superscript_marker_inside_the_closing_mark_ties_the_quotation() -> None:
    from provenance.article import read_article

    html = ("<html><body><article><h1>City Council Delays the Budget Vote</h1>"
            "<p>By Jane Doe, March 5, 2024</p>"
            "<p>The council met on Tuesday and decided to postpone the vote on the city budget again.</p>"
            "<p>Mayor Ana Ruiz said: “We cannot afford another delay<sup><a href='#src-2'>2</a></sup>.”</p>"
            "<h2>Sources</h2><ol><li id='src-1'>Reuters, <a href='https://reuters.com/fed'>Fed</a></li>"
            "<li id='src-2'>AP, <a href='https://apnews.com/vote'>Vote</a></li></ol></article></body></html>")
    (quote,) = read_article("a.html", html.encode()).quotes
    assert (quote.text, quote.cited_source) == ("We cannot afford another delay.", "2")
