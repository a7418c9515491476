"""Headline, site, canonical URL, author and language: what a page says about itself."""

import pytest

from provenance.source import read_source


def page(head: str = "", body: str = "") -> str:
    return f"<!doctype html><html lang='en'><head>{head}</head><body>{body}</body></html>"


HEADLINE = "Budget passes after long night"
ARTICLE = "<p>" + "The council met on Tuesday and discussed the budget at length. " * 5 + "</p>"


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        # <title> alone: the site suffix goes, whatever the separator
        ("<title>Budget passes after long night | Civic Wire</title>", ARTICLE, HEADLINE),
        ("<title>Budget passes after long night - Civic Wire</title>", ARTICLE, HEADLINE),
        ("<title>Budget passes after long night — Civic Wire</title>", ARTICLE, HEADLINE),
        ("<title>Civic Wire | Budget passes after long night</title><meta property='og:site_name' "
         "content='Civic Wire'>", ARTICLE, HEADLINE),
        ("<title>Treeviz draws mind maps:phpspot blog</title>"
         "<meta property='og:site_name' content='phpspot blog'>", ARTICLE, "Treeviz draws mind maps"),
        # a hyphen inside the headline is not a separator
        ("<title>A well-known mayor resigns | Civic Wire</title>", ARTICLE, "A well-known mayor resigns"),
        # og:title (stated) wins over <title>; its suffix goes too
        ("<title>Budget passes | Civic Wire</title><meta property='og:title' content='Council passes the "
         "2020 budget | Civic Wire'><meta property='og:site_name' content='Civic Wire'>", ARTICLE,
         "Council passes the 2020 budget"),
        # JSON-LD headline
        ("<title>x</title><script type='application/ld+json'>{\"@context\":\"https://schema.org\","
         "\"@type\":\"NewsArticle\",\"headline\":\"Council passes the budget\"}</script>", ARTICLE,
         "Council passes the budget"),
        # JSON-LD in an @graph, next to a WebSite
        ("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Civic Wire\"},"
         "{\"@type\":\"Article\",\"headline\":\"Council passes the budget\"}]}</script>", ARTICLE,
         "Council passes the budget"),
        # the visible <h1> when it says nearly what the stated title says
        ("<meta property='og:title' content='Council passes budget'>",
         "<h1>Council passes budget!</h1>" + ARTICLE, "Council passes budget!"),
        # a kicker in the <h1>: the stated title without it
        ("<meta property='og:title' content='Große Aufgaben für die neue Regierung'>",
         "<h1><span>Tunesien</span> Große Aufgaben für die neue Regierung</h1>" + ARTICLE,
         "Große Aufgaben für die neue Regierung"),
        # one <h1> that differs from an SEO og:title: the visible headline
        ("<meta property='og:title' content='Kashmir issue: China snubs Khan | India News'>",
         "<h1>China snubs Khan, says resolve J&amp;K bilaterally</h1>" + ARTICLE,
         "China snubs Khan, says resolve J&K bilaterally"),
        # an <h1> that is the site's logo is not the headline
        ("<title>Budget passes after long night | Civic Wire</title>",
         "<header><h1>Civic Wire</h1></header><h2>Budget passes after long night</h2>" + ARTICLE,
         HEADLINE),
        # an <h1> that is a link home is the site's logo, and its name comes off the <title> too
        ("<title>Enchufla Figuren - Salsa-Figuren - Rueda in Berlin</title>",
         "<div id='header'><h1><a href='/'><span>Salsa-Figuren - Rueda in Berlin</span></a></h1></div>"
         "<div id='page-title'>Enchufla Figuren</div>" + ARTICLE, "Enchufla Figuren"),
        ("<title>Budget passes after long night | Civic Wire</title>",
         "<h1><a href='https://civicwire.example/'>Civic Wire Daily News</a></h1>" + ARTICLE, HEADLINE),
        # ... but a headline linking to its own article is the headline
        ("<title>Civic Wire</title>",
         "<h1><a href='/news/1'>Budget passes after long night</a></h1>" + ARTICLE, HEADLINE),
        # the stated headline, where the <h1> adds a name to it ...
        ("<meta property='og:title' content='What we do not want to hear'>",
         "<h1>What we do not want to hear | OTHERSITE.NET</h1>" + ARTICLE, "What we do not want to hear"),
        # ... but the <h1> where what it adds is words of the headline
        ("<meta property='og:title' content='Dog chases off burglars'>",
         "<h1>Dog chases off burglars – police seek witnesses</h1>" + ARTICLE,
         "Dog chases off burglars – police seek witnesses"),
        # a date in front of the headline is the page's date, not its headline
        ("<title>23.01.2022 - Wierer still gets to celebrate - Biathlon</title>",
         "<h1>23.01.2022 - Wierer still gets to celebrate</h1>" + ARTICLE, "Wierer still gets to celebrate"),
        ("<title>2022: the year in review</title>", "<h1>2022 - the year in review</h1>" + ARTICLE,
         "2022 - the year in review"),
        # no <h1>: the heading the body opens with is the visible headline, not a social-media blurb
        ("<meta property='og:title' content='Mrs H gave the shop 5 stars. Check out the full review...'>"
         "<title>shop.example reviewed by Mrs H</title>",
         "<main><article><h2 class='review-title'>The boxes have changed my week</h2>" + ARTICLE
         + "</article></main>", "The boxes have changed my week"),
        # ... not a heading meant for screen readers only, nor one that comes after the body's text
        ("<meta property='og:title' content='Budget passes after long night'>",
         "<main><h2 class='visually-hidden'>Main content of the page</h2>" + ARTICLE + "<h2>What happens "
         "next for the city</h2>" + ARTICLE + "</main>", HEADLINE),
        # no title at all
        ("", ARTICLE, None),
    ],
)
def test_headline(head, body, title):
    assert read_source(page(head, body), url="https://civicwire.example/news/1").title == title


@pytest.mark.parametrize(
    ("head", "url", "site"),
    [
        ("<meta property='og:site_name' content='Civic Wire'>", "https://civicwire.example/a", "Civic Wire"),
        ("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"h\","
         "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Daily\"}}</script>", "https://x.example/a",
         "The Daily"),
        ("<meta name='application-name' content='Wire App'>", "https://x.example/a", "Wire App"),
        ("", "https://www.civicwire.example/a", "civicwire.example"),
    ],
)
def test_site_name(head, url, site):
    assert read_source(page(head, ARTICLE), url=url).site == site


def test_canonical_author_language():
    doc = read_source(page(
        "<link rel='canonical' href='/news/budget'><meta name='author' content='Priya Raman'>", ARTICLE),
        url="https://civicwire.example/news/budget?utm_source=x")
    assert doc.canonical == "https://civicwire.example/news/budget"
    assert doc.author == "Priya Raman"
    assert doc.language == "en"


def test_og_url_when_no_canonical_link():
    doc = read_source(page("<meta property='og:url' content='https://civicwire.example/b'>", ARTICLE))
    assert doc.canonical == "https://civicwire.example/b"


def test_sha256_is_of_the_content():
    import hashlib

    content = page("<title>T</title>", ARTICLE)
    assert read_source(content).sha256 == hashlib.sha256(content.encode()).hexdigest()
