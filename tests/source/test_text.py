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


# --- comment sections: every comment, and only comments -------------------------------------------------

COMMENT = "Not everyone needs the add-on modules; the phone works fine without them."


@pytest.mark.parametrize(
    "comments",
    [
        # a forum's comment text straight in a <div>, under a "27 Comments" header, in a "read more" box
        "<div class='forum-comment-widget'><div class='forum-comments-header'><span class='comments-total'>"
        f"27 Comments</span></div><ul class='forum-comments-list'><li class='forum-comment'><div "
        f"class='forum-comment-content'><div class='js-read-more'>{COMMENT}</div></div></li></ul></div>",
        # a blog's comment list with the author's own reply
        "<div id='comments' class='comments-area'><h2 class='comments-title'>3 thoughts on “Budget”</h2>"
        "<ol class='comment-list'><li class='comment byuser comment-author-editor bypostauthor'><article "
        f"class='comment-body'><div class='comment-content'><p>{COMMENT}</p></div></article></li></ol></div>",
    ],
)
def test_comment_text_is_read_whatever_its_markup(comments):
    text = read_source(page("<main>" + article() + comments + "</main>")).text
    assert COMMENT in text and text.index(COMMENT) > text.index(BODY[-1])


def test_comment_headings_and_reply_form_are_not_comments():
    comments = ("<div id='comments' class='comments-area'><h2 class='comments-title'>3 thoughts on “Budget”"
                f"</h2><ol class='comment-list'><li class='comment'><p>{COMMENT}</p></li></ol>"
                "<div id='respond' class='comment-respond'><h3 id='reply-title'>Leave a Reply</h3><form "
                "class='comment-form'><p class='comment-notes'>Your email address will not be published. "
                "Required fields are marked.</p></form></div></div>")
    text = read_source(page("<main>" + article() + comments + "</main>")).text
    assert COMMENT in text
    assert "thoughts on" not in text and "Leave a Reply" not in text and "will not be published" not in text


def test_the_sites_latest_comments_box_is_not_this_pages_comments():
    box = ("<aside class='sidebar'><div class='widget'><div class='recent-comments'><ul><li><a href='/u'>"
           "A reader</a>: Congratulations on a well deserved award for the whole team…</li></ul></div></div>"
           "</aside>")
    text = read_source(page("<main>" + article() + "</main>" + box)).text
    assert "Congratulations" not in text


# --- a body built of page-builder components ("widgets") ------------------------------------------------

def test_body_made_of_builder_widgets_is_kept_whole():
    def widget(inner: str, kind: str) -> str:
        return (f"<div class='builder-element builder-widget builder-widget-{kind}'><div "
                f"class='builder-widget-container'>{inner}</div></div>")

    parts = "".join(widget(f"<h2>Part {i}</h2>", "heading") + widget(f"<p>{p} {p}</p>", "text-editor")
                    for i, p in enumerate(BODY))
    follow = widget("<ul>" + "".join(f"<li><a href='/t{i}'>Topic {i}</a></li>" for i in range(5)) + "</ul>",
                    "tags")
    text = read_source(page(f"<main><div class='entry-content'>{parts}{follow}</div></main>")).text
    assert all(sentence in text for sentence in BODY) and "Part 3" in text and "Topic 3" not in text


# --- a short note of the page's own after the body (an author's bio, an editor's note) -------------------

BIO = "Priya Raman covered city hall for twelve years and was formerly the paper's executive editor."


def test_authors_bio_right_after_the_body_is_kept():
    html = page("<article><h1>Council passes budget</h1><section class='content-wrapper'><div "
                "class='text-copy article-body'>" + "".join(f"<p>{p}</p>" for p in BODY) + "</div>"
                "<div class='author-block'><div class='author'><a class='name' href='/author/priya'>Priya "
                f"Raman</a></div><span class='bio'><p>{BIO}</p></span></div>"
                "<div class='more-about'><ul>" + "".join(f"<li><a href='/s{i}'>Another story number {i}</a>"
                                                         "</li>" for i in range(5)) + "</ul></div>"
                "</section></article>" + FURNITURE["sidebar"])
    text = read_source(html).text
    assert BIO in text and "Another story number" not in text and "sidebar sentence" not in text


def test_contact_card_after_the_body_is_not_prose():
    html = page("<article><h1>Council passes budget</h1><section><div class='article-body'>"
                + "".join(f"<p>{p}</p>" for p in BODY) + "</div><div class='contact'><p>Your contact for "
                "press enquiries</p><p>Anna Schmidt, spokesperson, city hall</p><p>Telephone: +49 30 1234567"
                "</p></div><ul>" + "".join(f"<li><a href='/s{i}'>Another story number {i}</a></li>"
                                           for i in range(5)) + "</ul></section></article>")
    text = read_source(html).text
    assert BODY[-1] in text and "press enquiries" not in text
