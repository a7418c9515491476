"""The main text: every sentence of the article body, and no sentence of the page's furniture."""

import pytest

from provenance.source import read_source

BODY = [
    "The council approved the budget on Tuesday after a debate that lasted well into the night.",
    "“We have made hard choices, but they are the right ones,” the mayor said, standing before reporters.",
    "Opposition members argued that the plan cuts too deeply into libraries, parks and public transport.",
    "The budget takes effect in January, and a review is scheduled for the middle of next year.",
]
FURNITURE = {
    "nav": "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>",
    "header": "<header class='site-header'><a href='/'>Civic Wire</a><p>Your trusted local news source "
              "since 1921, every day of the week.</p></header>",
    "footer": "<footer><p>© Civic Wire. All rights reserved. Contact us at the newsroom for corrections.</p>"
              "</footer>",
    "sidebar": "<aside class='sidebar'><h3>Most read</h3><p>A sidebar sentence that the article never said, "
               "about a festival that drew record crowds this weekend.</p></aside>",
    "related": "<div class='related-stories'><h2>Related stories</h2><p>A related story sentence about the "
               "harbour expansion, which is not part of this article at all.</p></div>",
    "newsletter": "<div class='newsletter-signup'><p>Sign up for our daily newsletter and never miss a story "
                  "from the council chamber again.</p></div>",
    "cookie": "<div id='cookie-banner'><p>We use cookies to improve your experience on this website, please "
              "accept them to continue reading.</p></div>",
    "comments": "<section id='comments'><p>A reader comment saying the mayor should resign immediately over "
                "this decision.</p></section>",
}


def page(body_html: str) -> str:
    return f"<html><head><title>Budget | Civic Wire</title></head><body>{body_html}</body></html>"


def article(paragraphs=BODY, extra: str = "") -> str:
    return "<article><h1>Council passes budget</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + extra + \
        "</article>"


def test_every_body_sentence_kept_one_paragraph_each():
    text = read_source(page(article())).text
    for sentence in BODY:
        assert sentence in text.split("\n\n")


@pytest.mark.parametrize("name", sorted(FURNITURE))
def test_furniture_is_not_main_text(name):
    html = page(FURNITURE["nav"] + FURNITURE["header"] + "<main>" + article() + FURNITURE[name] + "</main>"
                + FURNITURE["footer"])
    text = read_source(html).text
    assert all(sentence in text for sentence in BODY)
    for words in ("Your trusted local news", "All rights reserved", "Sport", "sidebar sentence",
                  "related story sentence", "daily newsletter", "use cookies"):
        assert words not in text
    if name == "comments":  # reader comments come after the whole body, apart from it (see test below)
        assert text.index("reader comment") > text.index(BODY[-1])
    else:
        assert "reader comment" not in text


def test_comments_follow_the_body_and_never_interleave():
    comments = ("<div id='comments' class='comments-area'><ol class='comment-list'><li class='comment'>"
                "<div class='comment-content'><p>Author's reply: we support a conventional traversal as well."
                "</p></div></li></ol></div>")
    html = page("<main>" + article(BODY[:2]) + comments + article(BODY[2:]) + "</main>")
    text = read_source(html).text
    assert text.index("Author's reply") > max(text.index(s) for s in BODY)


def test_related_heading_ends_its_section():
    more = ("<h2>More from Civic Wire</h2><p>Harbour expansion plans unveiled by the port authority.</p>"
            "<p>Local school wins national robotics competition for the third year running.</p>")
    text = read_source(page(article(extra=more))).text
    assert BODY[-1] in text and "Harbour expansion" not in text and "robotics" not in text


def test_link_list_inside_body_is_dropped():
    links = "<ul>" + "".join(f"<li><a href='/s{i}'>Another story number {i} worth a click</a></li>"
                             for i in range(6)) + "</ul>"
    text = read_source(page(article(BODY[:2], links) + article(BODY[2:]))).text
    assert "Another story number" not in text


def test_body_split_by_an_advertisement_is_kept_whole():
    html = page("<div class='story'><div class='story-part'>" + "".join(f"<p>{p}</p>" for p in BODY[:2])
                + "</div><div class='ad-slot'><p>Advertisement</p></div><div class='story-part'>"
                + "".join(f"<p>{p}</p>" for p in BODY[2:]) + "</div></div>" + FURNITURE["sidebar"])
    text = read_source(html).text
    assert all(sentence in text for sentence in BODY) and "sidebar sentence" not in text


def test_standfirst_outside_the_body_is_kept():
    html = page("<div class='head'><h1>Council passes budget</h1><p class='standfirst'>The vote ends months "
                "of wrangling over cuts to libraries and parks.</p></div><div class='col'><div class='body'>"
                + "".join(f"<p>{p}</p>" for p in BODY) + "</div></div>")
    assert "The vote ends months of wrangling" in read_source(html).text


def test_text_in_divs_and_line_breaks():
    html = page("<div class='content'>" + "<br><br>".join(BODY) + "</div>" + FURNITURE["footer"])
    text = read_source(html).text
    assert all(sentence in text for sentence in BODY) and "All rights reserved" not in text


def test_wrapper_named_like_furniture_is_read():
    html = page("<div id='socialicons-sticky'><div class='entry'>" + "".join(f"<p>{p}</p>" for p in BODY)
                + "</div></div>")
    assert all(sentence in read_source(html).text for sentence in BODY)


def test_body_stated_only_in_json_ld():
    body = " ".join(BODY)
    html = ("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
            f"\"articleBody\": \"{body.replace('“', '').replace('”', '')}\"}}</script></head>"
            "<body><div id='root'></div></body></html>")
    assert BODY[0] in read_source(html).text


def test_plain_text():
    doc = read_source("Council passes budget\n\n" + "\n\n".join(BODY), content_type="text/plain")
    assert doc.title == "Council passes budget" and BODY[2] in doc.text and doc.published is None
