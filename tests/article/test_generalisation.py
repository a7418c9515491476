"""Layouts, phrasings and quotation styles beyond the dev bench: each row is a small article written the way
another newsroom or generator would, and what the reader must take from it."""


import pytest

from provenance.article import read_article
from provenance.article.heads import byline_and_date, is_source_heading
from tests.support.bounded import no_hang


def read(name, text):
    return read_article(name, text.encode("utf-8"))


def quote_rows(article):
    return [(q.text, q.speaker, q.cited_source) for q in article.quotes]


LIST_1 = "\n\nSources:\n1. Reuters, \"Plan\", March 1, 2026, https://reuters.com/plan\n" \
         "2. AP, \"Vote\", March 2, 2026, https://apnews.com/vote\n"


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # citation ties written in the text: (n), ^n, superscripts, (Source n), before or after the stop
        ("“We cannot afford another delay,” Mayor Ana Ruiz said (2).",
         ("We cannot afford another delay", "Ana Ruiz", "2")),
        ("“We cannot afford another delay,” Mayor Ana Ruiz said.^2",
         ("We cannot afford another delay", "Ana Ruiz", "2")),
        ("“We cannot afford another delay,” Mayor Ana Ruiz said.\u00b2",
         ("We cannot afford another delay", "Ana Ruiz", "2")),
        ("Mayor Ana Ruiz said: “We cannot afford another delay.”\u00b2",  # a superscript right after the mark
         ("We cannot afford another delay.", "Ana Ruiz", "2")),
        ('Mayor Ana Ruiz said: "We cannot afford another delay."\u00b2',
         ("We cannot afford another delay.", "Ana Ruiz", "2")),
        # a marker inside the marks, at the end: the tie, not the speaker's words
        ("Mayor Ana Ruiz said: “We cannot afford another delay [2].”",
         ("We cannot afford another delay.", "Ana Ruiz", "2")),
        ("Mayor Ana Ruiz said: “We cannot afford another delay.\u00b2”",
         ("We cannot afford another delay.", "Ana Ruiz", "2")),
        ("Mayor Ana Ruiz said: “We cannot afford another delay.” (Source: 2)",
         ("We cannot afford another delay.", "Ana Ruiz", "2")),
        ("“We cannot afford another delay,” Mayor Ana Ruiz said (Source 2).",
         ("We cannot afford another delay", "Ana Ruiz", "2")),
        ("“We cannot afford another delay” [2], Mayor Ana Ruiz said.",
         ("We cannot afford another delay", "Ana Ruiz", "2")),
        ("“We cannot afford another delay,” Mayor Ana Ruiz said [2, 1].",
         ("We cannot afford another delay", "Ana Ruiz", "2")),
        ("“We cannot afford another delay,” Mayor Ana Ruiz said [Source 2].",
         ("We cannot afford another delay", "Ana Ruiz", "2")),
        # attributions
        ('As CEO Lisa Su put it, "this is the fastest part we have ever built."',
         ("this is the fastest part we have ever built.", "Lisa Su", None)),
        ("'We are not going anywhere this year,' the union said. [1]",
         ("We are not going anywhere this year", "the union", "1")),
        ("In the words of Tim Cook, “we are just getting started with this”.",
         ("we are just getting started with this", "Tim Cook", None)),
        ("Senator Paul Kim wrote in a blog post: ‘The numbers simply do not add up.’ [1]",
         ("The numbers simply do not add up.", "Paul Kim", "1")),
        ("«\u00a0Le projet est mort pour de bon\u00a0», a déclaré Pierre Dupont.",
         ("Le projet est mort pour de bon", "Pierre Dupont", None)),
        ("„Wir haben alles versucht“, sagte Karl Meier.[1]", ("Wir haben alles versucht", "Karl Meier", "1")),
        ("»Das ist ein schwerer Fehler für das Land«, so Anna Berg.",
         ("Das ist ein schwerer Fehler für das Land", "Anna Berg", None)),
        ("‚Das ist ein schwerer Fehler‘, sagte Anna Berg.",
         ("Das ist ein schwerer Fehler", "Anna Berg", None)),
        # a quotation interrupted by its attribution is one quotation
        ('"The plan," Jane Doe said, "is dead on arrival." [2]',
         ("The plan is dead on arrival.", "Jane Doe", "2")),
        ("“We tried,” said Tom Lee, the union’s leader, “but nobody listened.”",
         ("We tried but nobody listened.", "Tom Lee", None)),
    ],
)
def test_quotation_styles_in_plain_text(paragraph, expected):
    article = read("a.txt", "Budget talks resume in the capital\n\n" + paragraph + LIST_1)
    assert quote_rows(article) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "He is 5'11\" tall and the so-called \"experts\" disagree, rock 'n' roll isn't dead.",
        "She starred in the film \"The Lord of the Rings\" and read the book \"War and Peace\".",
        "Two sentences, said he, with no marks at all: nothing to find here.",
        "The so-called \"war on drugs\" failed, and the plan known as “the big squeeze” stalled.",
    ],
)
def test_no_false_quotations(text):
    assert read("a.txt", "Budget talks resume in the capital\n\n" + text + LIST_1).quotes == ()


def test_hostile_line_of_quote_marks_is_read_quickly():
    line = ("\"'“”‘’«»„" * 120_000)[:1_000_000]
    with no_hang():
        read("a.txt", "Budget talks resume in the capital\n\n" + line + "\n")


@pytest.mark.parametrize(
    "heading",
    ["References", "Sources and notes", "Bibliography", "Further reading", "Quellen", "Sources :", "Fuentes",
     "Links", "### Links", "**Sources:**", "Related links", "Weblinks", "Our sources", "Works consulted"],
)
def test_source_headings(heading):
    assert is_source_heading(heading)


@pytest.mark.parametrize("line", ["The sources were many", "Read more about it", "Notes on a scandal today"])
def test_not_source_headings(line):
    assert not is_source_heading(line)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Jane Doe | Staff Writer", ("Jane Doe", None)),
        ("Published 15 March 2026 · By Jane Doe", ("Jane Doe", "2026-03-15")),
        ("Posted on 2026-03-15 by Jane Doe", ("Jane Doe", "2026-03-15")),
        ("Jane Doe · 5 min read", ("Jane Doe", None)),
        ("Updated March 3, 2026 at 10:14 a.m.", (None, "2026-03-03")),
        ("15/03/2026 10:14 AM EST", (None, "2026-03-15")),
        ("le 19 novembre 2019 à 10h14", (None, "2019-11-19")),
        # the publication date and the update's on one line: the one not marked as an update
        ("March 3, 2026 | Updated March 4, 2026", (None, "2026-03-03")),
        ("Updated March 4, 2026 | Published March 3, 2026", (None, "2026-03-03")),
        ("Veröffentlicht am 03.03.2026, aktualisiert am 04.03.2026", (None, "2026-03-03")),
        ("Home | News", (None, None)),
        ("The minister said it was over by Friday", (None, None)),
    ],
)
def test_byline_and_date_lines(line, expected):
    name, date = byline_and_date(line)
    assert (name, date.isoformat() if date else None) == expected


PASTE = """Home > News > Tech
Skip to content
Jane Doe | Staff Writer

A new chip is coming soon

15/03/2026 10:14 AM EST
Share this article

The company unveiled the chip. "This is a turning point for the whole industry," Lisa Su said.[1]

Advertisement

References
[1] Reuters, "AMD unveils new chip", 19 Nov 2019, https://reuters.com/amd
"""


def test_pasted_page_with_byline_above_the_headline():
    article = read("a.txt", PASTE)
    assert (article.title, str(article.published), article.byline) == ("A new chip is coming soon",
                                                                        "2026-03-15", "Jane Doe")
    assert quote_rows(article) == [("This is a turning point for the whole industry", "Lisa Su", "1")]


@pytest.mark.parametrize(
    "entry, expected",
    [
        ("Le Monde — Le projet de tramway — 12 mars 2026 — https://lemonde.fr/tram",
         ("Le Monde", "Le projet de tramway", "2026-03-12")),
        ("AP News — Union vows to stay — 3 Mar 2026 — https://apnews.com/union",
         ("AP News", "Union vows to stay", "2026-03-03")),
        ("Reuters, Budget talks stall, March 1, 2026. <https://reuters.com/budget>",
         ("Reuters", "Budget talks stall", "2026-03-01")),
        ("Smith, John. \"A Decade of Chips.\" Wired, 19 Nov. 2019, https://wired.com/chips.",
         ("Wired", "A Decade of Chips", "2019-11-19")),
        ("[Outlook 2026](https://bank.example.com/outlook) (Bank of Example, 2 March 2026)",
         ("Bank of Example", "Outlook 2026", "2026-03-02")),
        ("El País. \"La empresa lanza un chip\". 19.11.2019. https://elpais.com/chip",
         ("El País", "La empresa lanza un chip", "2019-11-19")),
        ("The Verge, AMD's new chip explained, Nov. 19, 2019 (accessed 12 March 2026) https://theverge.com/a",
         ("The Verge", "AMD's new chip explained", "2019-11-19")),
        ("Prices to rise (Reuters, 18 Nov 2019) https://reuters.com/prices",
         ("Reuters", "Prices to rise", "2019-11-18")),
        ("Reuters (18 Nov 2019). Prices to rise. Retrieved from https://reuters.com/prices",
         ("Reuters", "Prices to rise", "2019-11-18")),
        ("Reuters – Prices to rise (published 18.11.2019) <https://reuters.com/prices>",
         ("Reuters", "Prices to rise", "2019-11-18")),
        ("“Prices to rise.” Reuters, 18 Nov. 2019, reuters.com/prices. Accessed 3 Mar. 2026.",
         ("Reuters", "Prices to rise", "2019-11-18")),
        ("Quelle: Reuters, „Preise steigen“, 18.11.2019, https://reuters.com/prices",
         ("Reuters", "Preise steigen", "2019-11-18")),
        ("Reuters, « Les prix vont augmenter », le 18 novembre 2019, https://reuters.com/prices",
         ("Reuters", "Les prix vont augmenter", "2019-11-18")),
        ("https://reuters.com/prices — Reuters, Prices to rise, 18 Nov 2019",
         ("Reuters", "Prices to rise", "2019-11-18")),
    ],
)
def test_entry_forms(entry, expected):
    article = read("a.md", f"# Budget talks resume\n\nThe talks resumed.\n\n## References\n\n1. {entry}\n")
    (source,) = article.citations
    assert (source.publisher, source.title, source.date.isoformat() if source.date else None) == expected


def test_markdown_list_under_a_bare_rule_and_a_byline_in_emphasis():
    article = read("a.md", """# Budget fight: what comes next

*Published 15 March 2026 · By Jane Doe*

"The deficit will reach 4 percent of output next year," said Tom Lee.¹

---

1. Bank of Example, *Outlook 2026*, 2 March 2026, https://bank.example.com/outlook
2. Reuters: Budget talks stall (March 1, 2026) https://reuters.com/budget
""")
    assert (str(article.published), article.byline) == ("2026-03-15", "Jane Doe")
    assert [(c.id, c.kind, c.publisher) for c in article.citations] == [("1", "list", "Bank of Example"),
                                                                          ("2", "list", "Reuters")]
    assert quote_rows(article) == [("The deficit will reach 4 percent of output next year", "Tom Lee", "1")]


def test_markdown_reference_definitions_as_the_source_list_and_metadata_lines():
    article = read("a.md", """Title: Budget fight
Date: 2026-03-15
Author: Jane Doe

# Budget fight continues in the capital

> "We will not sign a budget that cuts school funding by a single cent."
> — Governor Maria Lopez

Senator Paul Kim wrote: “The numbers simply do not add up for working families” [kim].

## Links

[kim]: https://paulkim.example.com/blog/numbers "The numbers do not add up"
""")
    assert (article.title, str(article.published), article.byline) == ("Budget fight", "2026-03-15",
                                                                        "Jane Doe")
    (source,) = article.citations
    assert (source.id, source.url, source.title) == ("kim", "https://paulkim.example.com/blog/numbers",
                                                     "The numbers do not add up")
    assert quote_rows(article) == [
        ("We will not sign a budget that cuts school funding by a single cent.", "Maria Lopez", None),
        ("The numbers simply do not add up for working families", "Paul Kim", "kim")]


def test_html_footer_sources_definition_list_and_blockquote_credit():
    article = read("a.html", """<html><body><main>
<h1>Budget fight continues</h1>
<p>„Wir haben alles versucht“, sagte Karl Meier (1).</p>
<blockquote><p>We will not sign a budget that cuts school funding by a single cent.</p>
<footer><cite>Governor Maria Lopez</cite></footer></blockquote>
<p>'We are not going anywhere this year,' the union said.<sup>[2]</sup></p>
<footer><h3>Quellen</h3>
<dl><dt>[1]</dt><dd>Tagesspiegel: Die Busse kommen, 01.03.2026, https://tagesspiegel.de/busse</dd>
<dt>[2]</dt><dd>Süddeutsche Zeitung: Der Haushalt, 02.03.2026, https://sz.de/haushalt</dd></dl></footer>
</main><footer>© The Daily</footer></body></html>""")
    assert [(c.id, c.publisher, c.title, str(c.date)) for c in article.citations] == [
        ("1", "Tagesspiegel", "Die Busse kommen", "2026-03-01"),
        ("2", "Süddeutsche Zeitung", "Der Haushalt", "2026-03-02")]
    assert quote_rows(article) == [
        ("Wir haben alles versucht", "Karl Meier", "1"),
        ("We will not sign a budget that cuts school funding by a single cent.", "Maria Lopez", None),
        ("We are not going anywhere this year", "the union", "2")]


@pytest.mark.parametrize(
    "entry, expected",
    [
        ("Bank Blog — Talks collapse — 2 March 2026 — https://bank.example.com/talks",
         ("Bank Blog", "Talks collapse", "https://bank.example.com/talks")),
        ("AP | Union vows to stay | 3 March 2026 | https://apnews.com/union",
         ("AP", "Union vows to stay", "https://apnews.com/union")),
        ("Reuters: Chip makers race ahead, 1 March 2026, reuters.com/chips",
         ("Reuters", "Chip makers race ahead", "https://reuters.com/chips")),
        ("The Verge. Why chips matter. Retrieved March 2, 2026, from https://theverge.com/chips",
         ("The Verge", "Why chips matter", "https://theverge.com/chips")),
    ],
)
def test_more_entry_forms(entry, expected):
    article = read("a.txt", "Budget talks resume in the capital\n\nThe talks resumed.\n\n"
                            f"References\n1. {entry}\n")
    (source,) = article.citations
    assert (source.publisher, source.title, source.url) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("— Ce budget est une catastrophe pour les écoles, a déclaré Jean Martin.",
         [("Ce budget est une catastrophe pour les écoles", "Jean Martin", None)]),
        ("—Es un desastre para las escuelas —dijo Ana Pérez—. Nadie lo esperaba.",
         [("Es un desastre para las escuelas", "Ana Pérez", None)]),
        ("– Prices rose 3 percent in March and fell in April.", []),  # a dash-led line without a speaker
        ("According to a statement from the ministry, officials “will publish the figures next week”.",
         [("will publish the figures next week", "a statement from the ministry", None)]),
    ],
)
def test_dialogue_dashes_and_according_to(paragraph, expected):
    assert quote_rows(read("a.txt", "Budget talks resume in the capital\n\n" + paragraph + "\n")) == expected


def test_plain_text_breadcrumb_kicker_and_a_rule_above_the_sources():
    article = read("a.txt", """NEWS | TECH

Chip Makers Race to Build the Next Generation of Processors

Updated March 3, 2026 at 10:14 a.m.
By Jane Doe and John Roe

"Prices will rise sharply in the coming months," the central bank warned. [1]

---

[1] Reuters, "Prices to rise", 18 November 2019, https://reuters.com/prices
""")
    assert article.title == "Chip Makers Race to Build the Next Generation of Processors"
    assert (str(article.published), article.byline) == ("2026-03-03", "Jane Doe and John Roe")
    assert [(c.id, c.publisher) for c in article.citations] == [("1", "Reuters")]
    assert quote_rows(article) == [("Prices will rise sharply in the coming months", "the central bank", "1")]


def test_html_reference_section_of_paragraphs_meta_line_and_q_cite():
    article = read("a.html", """<html><body><div class="story"><h1>Chip race heats up</h1>
<div class="meta">By <a href="/authors/jane">Jane Doe</a> | Nov. 19, 2019</div>
<p>“Prices will rise sharply in the coming months,” the central bank warned<a
href="#cite_note-1"><sup>1</sup></a>.</p>
<p><q cite="https://apnews.com/union">We are not going anywhere this year</q>, the union said.</p>
<section class="references">
<p id="cite_note-1">1. Reuters — Prices to rise — Nov. 18, 2019 — <a href="https://reuters.com/prices">reuters.com/prices</a></p>
<p>2. AP — Union vows to stay — 3 March 2026 — https://apnews.com/union</p>
</section><p>Comments are closed.</p></div></body></html>""")
    assert (str(article.published), article.byline) == ("2019-11-19", "Jane Doe")
    assert [(c.id, c.publisher, c.title) for c in article.citations] == [("1", "Reuters", "Prices to rise"),
                                                                          ("2", "AP", "Union vows to stay")]
    assert quote_rows(article) == [("Prices will rise sharply in the coming months", "the central bank", "1"),
                                   ("We are not going anywhere this year", "the union", "2")]


def test_html_source_table():
    article = read("a.html", """<html><body><article><h1>Chip race heats up</h1>
<p>“Prices will rise sharply in the coming months,” the central bank warned <a href="#fn-1">(1)</a>.</p>
<table class="sources"><tr><td>1</td><td>Reuters</td>
<td><a href="https://reuters.com/prices">Prices to rise</a></td>
<td>2019-11-18</td></tr></table></article></body></html>""")
    assert [(c.id, c.publisher, c.title, str(c.date)) for c in article.citations] == [
        ("1", "Reuters", "Prices to rise", "2019-11-18")]
    assert quote_rows(article)[0][2] == "1"


@pytest.mark.parametrize(
    "name, text",
    [
        ("credit.md", "# Title of the thing\n\n> — A" + "a" * 100_000 + " b" * 20 + "\n"),
        ("dashes.md", "# Title of the thing\n\n> " + "— Aa " * 200_000 + "\n"),
        ("dash.txt", "Title of the thing here\n\n— " + "word, said " * 100_000 + "\n"),
        ("interrupt.txt", "Title of the thing here\n\n" + '"a," she said, ' * 70_000 + "\n"),
        ("entry.txt", "Title of the thing\n\nText.\n\nSources\n1. " + "a.b." * 1000 + " — " * 500 + "\n"),
        ("refs.html", "<html><body><section class='references'>" + "<p>1. a — b</p>" * 20_000 + "</section>"),
    ],
)
def test_hostile_layouts_are_read_quickly(name, text):
    with no_hang():
        read(name, text)


def test_plain_text_wrapped_at_another_width_keeps_quotations_whole():
    article = read("a.txt", "\n".join([
        "Chip makers race ahead as demand surges",
        "",
        "The company unveiled the chip on Monday at its annual developer conference in San Jose, California. "
        '"We can\'t stop now, it\'s the',
        "moment we've been waiting for since the founding of the company,\" said Anna Berg, the chief "
        "executive of the firm.",
        'Analysts said the launch was "a clear signal to competitors',
        'that the race is on".',
        '„Wir haben alles versucht", sagte Karl Meier.',
    ]))
    assert quote_rows(article) == [
        ("We can't stop now, it's the moment we've been waiting for since the founding of the company",
         "Anna Berg", None),
        ("a clear signal to competitors that the race is on", "Analysts", None),
        ("Wir haben alles versucht", "Karl Meier", None)]


def test_markdown_setext_title_html_markers_and_outlet_in_the_link():
    article = read("a.md", """Chip makers race ahead
======================

_By Jane Doe, 3 March 2026_

“Prices will rise sharply in the coming months,” the central bank warned.<sup><a href="#fn1">1</a></sup>

'We are not going anywhere this year,' the union said <a href="#fn2">[2]</a>.

Sources
-------

1. [Reuters — Prices to rise](https://reuters.com/prices), 18 Nov 2019
2. [AP: Union vows to stay](https://apnews.com/union) (2026-03-03)
""")
    assert (article.title, str(article.published), article.byline) == ("Chip makers race ahead", "2026-03-03",
                                                                        "Jane Doe")
    assert [(c.publisher, c.title) for c in article.citations] == [("Reuters", "Prices to rise"),
                                                                    ("AP", "Union vows to stay")]
    assert [q.cited_source for q in article.quotes] == ["1", "2"]


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        ("Tom Lee: “The talks have collapsed completely and nobody knows why.”", "Tom Lee"),
        ("The minister (Finance): \"We will publish the figures next week in full.\"", "The minister"),
        ("Editor's Note: \"Markets tumble on rate fears across the region\" ran on Monday.", None),
    ],
)
def test_speaker_named_before_a_colon(paragraph, speaker):
    (quote,) = read("a.txt", "Budget talks resume in the capital\n\n" + paragraph + "\n").quotes
    assert quote.speaker == speaker


def test_html_bracketed_anchor_markers_without_note_words():
    article = read("a.html", """<html><body><article><h1>Chip race heats up</h1>
<p>“Prices will rise sharply in the coming months,” the central bank warned <a href="#s1">[1]</a>.</p>
<p>“We are not going anywhere this year,” the union said.<a href="#item2">2</a></p>
<h2>Sources</h2><ol><li id="s1">Reuters, "Prices to rise", 18 Nov 2019, https://reuters.com/prices</li>
<li id="item2">AP, "Union vows to stay", 3 March 2026, https://apnews.com/union</li></ol></article></body></html>""")
    assert [q.cited_source for q in article.quotes] == ["1", "2"]


@pytest.mark.parametrize("label", ["Source 1:", "[1]", "1 -", "#1", "(1)", "1)", "1:", "Ref. 1:", "\u00b9",
                                   "^1"])
def test_entry_labels(label):
    second = label.replace("1", "2").replace("\u00b9", "\u00b2")
    article = read("a.txt", "Budget talks resume in the capital\n\n“We cannot afford another delay,” Mayor "
                            f"Ana Ruiz said [2].\n\nSources\n{label} Reuters, \"Plan\", March 1, 2026, "
                            f"https://reuters.com/plan\n{second} AP, \"Vote\", March 2, 2026, "
                            "https://apnews.com/vote\n")
    assert [(c.id, c.publisher) for c in article.citations] == [("1", "Reuters"), ("2", "AP")]
    assert article.quotes[0].cited_source == "2"


@pytest.mark.parametrize(
    "page",
    [
        '<html><body><div id="content"><div class="headline"><span>Chip race heats up across Asia</span>'
        '</div><div class="byline">Jane Doe — 03.03.2026</div><p>Body text here about chips.</p></div>'
        '</body></html>',
        '<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Chip race heats '
        'up across Asia","datePublished":"2026-03-03T10:00:00+01:00","author":{"@type":"Person","name":'
        '"Jane Doe"}}</script></head><body><p>Body text here about chips.</p></body></html>',
        '<html><body><article><h1>Chip race heats up across Asia</h1><p><small>Published on March 3, 2026 '
        'by Jane Doe</small></p><p>Body text here about chips.</p></article></body></html>',
        '<html><body><main><h1>Chip race heats up across Asia</h1><p class="dateline">Published: 03.03.2026'
        '</p><p>By Jane Doe</p><p>Body text here about chips.</p></main></body></html>',
    ],
)
def test_html_headline_date_and_byline_without_the_usual_markup(page):
    article = read("a.html", page)
    assert (article.title, str(article.published), article.byline) == ("Chip race heats up across Asia",
                                                                        "2026-03-03", "Jane Doe")
    assert article.body == "Body text here about chips."


@pytest.mark.parametrize("line, expected", [
    ("March 15, 2025 11:02 AM GMT+1 Updated 2 hours ago", (None, "2025-03-15")),
    ("Posted by Greg Tanaka on December 2, 2024 | 14 comments", ("Greg Tanaka", "2024-12-02")),
    ("*Weekly round-up, November 25, 2024*", (None, "2024-11-25")),
    ("WASHINGTON (Reuters) - March 3, 2024", (None, "2024-03-03")),
    ("Von Anna Schmidt am 3. März 2024", ("Anna Schmidt", "2024-03-03")),
    ("By Jane Doe, March 3, 2024", ("Jane Doe", "2024-03-03")),
    ("Elections held on March 3, 2024", (None, None)),
])
def test_date_lines_as_blogs_and_wires_print_them(line, expected):
    name, date = byline_and_date(line)
    assert (name, date.isoformat() if date else None) == expected
