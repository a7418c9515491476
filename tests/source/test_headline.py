"""The headline by agreement: what a page's og:title, twitter:title, JSON-LD headline, <title> and <h1> say
together, in the head layouts newsrooms and blog platforms publish (written by hand from those layouts,
not copied from any page), and the credible candidates a cited title may name."""

import json

import pytest

from provenance.source import read_source

BODY = "<p>" + "The council met on Tuesday and discussed the budget at length, line by line. " * 6 + "</p>"
HEADLINE = "Council approves budget after all-night session"


def ld(**obj) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def og(prop: str, content: str) -> str:
    return f"<meta property='{prop}' content='{content}'>"


def tw(content: str) -> str:
    return f"<meta name='twitter:title' content='{content}'>"


def page(head: str, body: str) -> str:
    return f"<!doctype html><html lang='en'><head><meta charset='utf-8'>{head}</head><body>{body}</body>"


LAYOUTS = {
    # The Guardian: "<headline> | <section> | The Guardian"; og:site_name "the Guardian"; the series kicker
    # sits above the <h1>, outside it
    "guardian": (
        f"<title>{HEADLINE} | US news | The Guardian</title>" + og("og:site_name", "the Guardian")
        + og("og:title", HEADLINE) + tw(HEADLINE)
        + ld(**{"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE,
                "publisher": {"@type": "Organization", "name": "The Guardian"}}),
        "<header><a href='/us-news'>US news</a><div data-gu-name='headline'>"
        f"<h1>{HEADLINE}</h1></div></header><main>{BODY}</main>",
        "https://www.theguardian.com/us-news/2024/may/01/budget"),
    # AP News: "<headline> | AP News", h1.Page-headline
    "ap": (
        f"<title>{HEADLINE} | AP News</title>" + og("og:site_name", "AP News") + og("og:title", HEADLINE)
        + ld(**{"@type": "NewsArticle", "headline": HEADLINE}),
        f"<div class='Page-breadcrumbs'><a href='/politics'>Politics</a></div><h1 class='Page-headline'>"
        f"{HEADLINE}</h1><div class='RichTextStoryBody'>{BODY}</div>",
        "https://apnews.com/article/budget-0123abcd"),
    # Reuters: "<headline> | Reuters"; the section above the <h1> is a link
    "reuters": (
        f"<title>{HEADLINE} | Reuters</title>" + og("og:site_name", "Reuters") + og("og:title", HEADLINE)
        + ld(**{"@type": "NewsArticle", "headline": HEADLINE}),
        f"<nav><a href='/world/'>World</a></nav><h1 data-testid='Heading'>{HEADLINE}</h1>"
        f"<div data-testid='paragraph-0'>{BODY}</div>",
        "https://www.reuters.com/world/budget-2024-05-01/"),
    # BBC News: "<headline> - BBC News"; h1#main-heading
    "bbc": (
        f"<title>{HEADLINE} - BBC News</title>" + og("og:site_name", "BBC News")
        + og("og:title", f"{HEADLINE} - BBC News"),
        f"<main><article><header><h1 id='main-heading'>{HEADLINE}</h1></header>{BODY}</article></main>",
        "https://www.bbc.com/news/articles/c0123456789o"),
    # Le Monde: <title> is the bare headline; a kicker label inside the <h1>
    "le monde": (
        "<title>Le conseil adopte le budget après une nuit de débats</title>"
        + og("og:title", "Le conseil adopte le budget après une nuit de débats")
        + og("og:site_name", "Le Monde.fr"),
        "<h1 class='article__title'><span class='article__kicker'>Récit</span> Le conseil adopte le budget "
        f"après une nuit de débats</h1><article class='article__content'>{BODY}</article>",
        "https://www.lemonde.fr/politique/article/2024/05/01/budget_1.html"),
    # Der Spiegel: "Kicker: Headline - DER SPIEGEL"; the kicker is a span in the heading (no <h1>)
    "spiegel": (
        "<title>Haushalt: Rat beschließt Budget nach langer Nacht - DER SPIEGEL</title>"
        + og("og:title", "Haushalt: Rat beschließt Budget nach langer Nacht")
        + og("og:site_name", "DER SPIEGEL"),
        "<header><h2><span class='text-primary-base headline-intro'>Haushalt</span> "
        "<span class='align-middle'>Rat beschließt Budget nach langer Nacht</span></h2></header>"
        f"<section>{BODY}</section>",
        "https://www.spiegel.de/politik/deutschland/haushalt-a-0123.html"),
    # El País: "<titular> | <sección> | EL PAÍS"; a subtitle <h2> after the <h1>
    "el país": (
        "<title>El Congreso aprueba el presupuesto tras una noche de debate | Internacional | EL PAÍS"
        "</title>" + og("og:site_name", "El País")
        + og("og:title", "El Congreso aprueba el presupuesto tras una noche de debate"),
        "<h1 class='a_t'>El Congreso aprueba el presupuesto tras una noche de debate</h1>"
        f"<h2 class='a_st'>La votación terminó al amanecer</h2><div class='a_c'>{BODY}</div>",
        "https://elpais.com/internacional/2024-05-01/presupuesto.html"),
    # WordPress with Yoast: "<headline> - <blog>" in <title> and og:title; an @graph with WebPage
    # (name with the suffix), Article (headline) and WebSite
    "yoast": (
        f"<title>{HEADLINE} - Town Hall Notes</title>" + og("og:title", f"{HEADLINE} - Town Hall Notes")
        + og("og:site_name", "Town Hall Notes")
        + ld(**{"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "name": f"{HEADLINE} - Town Hall Notes"},
            {"@type": "Article", "headline": HEADLINE},
            {"@type": "WebSite", "name": "Town Hall Notes"}]}),
        "<header class='site-header'><p class='site-title'><a href='/'>Town Hall Notes</a></p></header>"
        f"<article><h1 class='entry-title'>{HEADLINE}</h1><div class='entry-content'>{BODY}</div></article>",
        "https://townhallnotes.example/2024/05/01/budget/"),
    # Substack: "<title> - by <author>" in <title>; h1.post-title and an h3 subtitle
    "substack": (
        f"<title>{HEADLINE} - by Jane Doe</title>" + og("og:title", HEADLINE)
        + og("og:site_name", "The Ledger"),
        f"<h1 class='post-title'>{HEADLINE}</h1><h3 class='subtitle'>What the vote means</h3>"
        f"<div class='body markup'>{BODY}</div>",
        "https://theledger.substack.com/p/budget"),
    # Medium: "<headline> | by <author> | <publication> | Medium"
    "medium": (
        f"<title>{HEADLINE} | by Jane Doe | City Desk | Medium</title>" + og("og:title", HEADLINE)
        + og("og:site_name", "Medium"),
        f"<article><h1 data-testid='storyTitle'>{HEADLINE}</h1>{BODY}</article>",
        "https://medium.com/city-desk/budget-0123"),
    # The New York Times' opinion pages: "Opinion | <headline>"
    "opinion": (
        f"<title>Opinion | {HEADLINE} - The New York Times</title>"
        + og("og:title", f"Opinion | {HEADLINE}"),
        f"<header><p>Opinion</p><h1 data-testid='headline'>{HEADLINE}</h1></header><section>{BODY}</section>",
        "https://www.nytimes.com/2024/05/01/opinion/budget.html"),
    # a section name in an <h1> of its own above the story's
    "section h1": (
        f"<title>{HEADLINE} | Civic Wire</title>" + og("og:title", HEADLINE),
        f"<h1 class='section-name'>Politics</h1><h1>{HEADLINE}</h1>{BODY}",
        "https://civicwire.example/politics/budget"),
    # a live blog's label inside the <h1>
    "live kicker": (
        f"<title>{HEADLINE} – live | Civic Wire</title>" + og("og:title", f"{HEADLINE} – live"),
        f"<h1><span class='live-label'>Live</span> {HEADLINE}</h1>{BODY}",
        "https://civicwire.example/live/budget"),
    # an old WordPress theme: "Site » Blog Archive » Headline", the site's name in the only <h1>
    "blog archive": (
        "<title>Time for Talks » Blog Archiv » Weitere Digitalisierung der Kinos</title>",
        "<div id='header'><h1>Time for Talks</h1></div><div class='post'><h2>Weitere Digitalisierung der "
        f"Kinos</h2>{BODY}</div>",
        "https://timefortalks.example/2013/08/07/kinos/"),
    # a code host: the <h1> is the name, og:title the name and what it is
    "fuller form": (
        "<title>acme/widget: A small widget library for dashboards</title>"
        + og("og:title", "acme/widget: A small widget library for dashboards"),
        "<h1>Custom</h1><h1>acme/widget</h1>" + BODY,
        "https://code.example/acme/widget"),
}

WANT = {
    "le monde": "Le conseil adopte le budget après une nuit de débats",
    "spiegel": "Rat beschließt Budget nach langer Nacht",  # the kicker apart
    "el país": "El Congreso aprueba el presupuesto tras una noche de debate",
    "blog archive": "Weitere Digitalisierung der Kinos",
    "fuller form": "acme/widget: A small widget library for dashboards",
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_headline_of_real_layouts(layout):
    head, body, url = LAYOUTS[layout]
    assert read_source(page(head, body), url=url).title == WANT.get(layout, HEADLINE)


@pytest.mark.parametrize(
    ("head", "body", "title", "credible"),
    [
        # an SEO <title>/og:title and a different visible headline: the headline, both credible
        ("<title>Budget 2024: what it means for you | Civic Wire</title>"
         + og("og:title", "Budget 2024: what it means for you"),
         f"<h1>{HEADLINE}</h1>{BODY}", HEADLINE, {HEADLINE, "Budget 2024: what it means for you"}),
        # two stated headlines agree against a kicker-only <h1>: the stated one; the kicker is not credible
        (f"<title>{HEADLINE} | Civic Wire</title>" + og("og:title", HEADLINE)
         + ld(**{"@type": "NewsArticle", "headline": HEADLINE}),
         f"<h1>Analysis</h1><h2>{HEADLINE}</h2>{BODY}", HEADLINE, {HEADLINE}),
        # ... and against a heading fragment of the page
        (og("og:title", HEADLINE) + ld(**{"@type": "BlogPosting", "headline": HEADLINE}),
         f"<h1>Budget</h1>{BODY}", HEADLINE, {HEADLINE}),
        # a site's name is never a candidate, in the <h1> or in og:title
        (og("og:title", "Civic Wire") + og("og:site_name", "Civic Wire")
         + f"<title>{HEADLINE} | Civic Wire</title>", f"<h1>Civic Wire</h1>{BODY}", HEADLINE, {HEADLINE}),
    ],
)
def test_headline_and_credible_candidates(head, body, title, credible):
    doc = read_source(page(head, body), url="https://civicwire.example/news/1")
    assert doc.title == title
    assert set(doc.titles) == credible
    assert doc.titles[0] == doc.title
