"""Source findings: from what resolving and reading each cited source found, to what an editor is told."""

from __future__ import annotations

import datetime as dt

import pytest

from provenance.checks.base import Context
from provenance.checks.sources import check, titles_match, unreachable_reason
from provenance.models import Article, Citation, Resolution, SourceDoc, Status

D = dt.date


def cite(cid: str = "1", title: str | None = "Budget talks collapse", *, url: str | None = None,
         date: D | None = None, publisher: str | None = "Civic Wire", line: int = 10) -> Citation:
    return Citation(cid, f"{publisher}, {title}", publisher, title, date, url, line, 3)


def doc(title: str | None = "Budget talks collapse", published: D | None = None, *, site: str | None = None,
        url: str | None = "https://example.org/budget", canonical: str | None = None) -> SourceDoc:
    return SourceDoc(url, title, site, published, "Text.", canonical)


def fetched(d: SourceDoc | None = None, url: str = "https://example.org/budget") -> Resolution:
    return Resolution(Status.FETCHED, url, 200, doc=d or doc())


ARTICLE_DATE = D(2022, 2, 22)


def run(citations: list[Citation], resolutions: list[Resolution], published: D | None = ARTICLE_DATE):
    article = Article("a.md", "markdown", "T", published, None, "", tuple(citations), ())
    ctx = Context(article, {c.id: r for c, r in zip(citations, resolutions, strict=True)}, {})
    return list(check(ctx))


def names(findings) -> list[str]:
    return sorted(f.name for f in findings)


# ---------------------------------------------------------------- unresolved and unreachable


@pytest.mark.parametrize(("error_kind", "words"), [
    ("not-in-library", "no saved document matches it"),
    ("no-library", "no library of saved documents was given"),
])
def test_unresolved_source(error_kind: str, words: str) -> None:
    [f] = run([cite("5", "Rail strike ends")], [Resolution(Status.UNRESOLVED, error_kind=error_kind)])
    assert (f.name, f.code, f.source, f.line, f.column) == ("unresolved-source", "PV201", "5", 10, 3)
    assert f.message == f"Source 5 (“Rail strike ends”) has no link: {words}."


@pytest.mark.parametrize(("kind", "status", "words"), [
    ("not-found", 404, "dead"),
    ("gone", 410, "removed"),
    ("blocked", 403, "blocked the request (it answers 403)"),
    ("blocked", 401, "blocked"),
    ("rate-limited", 429, "429"),
    ("http-error", 500, "HTTP 500"),
    ("timeout", None, "did not answer in time"),
    ("dns", None, "domain name"),
    ("connection", None, "connection"),
    ("refused-address", None, "private or local network address"),
    ("not-in-cassette", None, "not in the cassette"),
    ("offline", None, "offline"),
    ("too-large", None, "size limit"),
    ("unsupported-type", None, "not a web page"),
    ("too-many-redirects", None, "too many times"),
    ("redirect-loop", None, "loop"),
    ("invalid-url", None, "not a valid web address"),
    (None, 404, "dead"),  # the status alone tells
    (None, 403, "blocked"),
    (None, 503, "HTTP 503"),
])
def test_unreachable_source_tells_why(kind: str | None, status: int | None, words: str) -> None:
    res = Resolution(Status.UNREACHABLE, "https://example.org/x", status, "fetch failed", kind)
    [f] = run([cite(url="https://example.org/x")], [res])
    assert f.name == "unreachable-source"
    assert words in f.message
    assert f.message.startswith("Source 1 (“Budget talks collapse”) could not be read: ")
    assert f.message.endswith(".") and not f.message.endswith("..")


def test_unreachable_reason_falls_back_to_the_fetchers_words() -> None:
    assert unreachable_reason(Resolution(Status.UNREACHABLE, reason="The server hung up.")) == \
        "The server hung up"


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(("cited", "page", "expected"), [
    (D(2020, 5, 15), D(2020, 5, 15), []),
    (D(2020, 5, 15), D(2020, 5, 16), []),  # a day apart: time zones
    (D(2020, 5, 15), D(2020, 5, 14), []),
    (D(2020, 5, 15), D(2020, 5, 17), ["date-mismatch"]),
    (D(2019, 4, 20), D(2020, 5, 15), ["date-mismatch"]),
    (None, D(2020, 5, 15), []),  # nothing to compare
    (D(2020, 5, 15), None, []),
])
def test_date_mismatch(cited: D | None, page: D | None, expected: list[str]) -> None:
    assert names(run([cite(date=cited)], [fetched(doc(published=page))])) == expected


def test_date_mismatch_message() -> None:
    [f] = run([cite(date=D(2019, 4, 20))], [fetched(doc(published=D(2020, 5, 15)))])
    assert f.message == ("Source 1 (“Budget talks collapse”) is dated April 20, 2019 here, "
                         "but the page gives May 15, 2020.")


@pytest.mark.parametrize(("cited", "page", "source_date", "expected"), [
    (D(2022, 2, 23), None, D(2022, 2, 22), ["source-after-article"]),
    (D(2022, 2, 22), None, D(2022, 2, 22), []),  # the same day
    (D(2022, 2, 21), None, D(2022, 2, 22), []),
    (None, D(2022, 3, 1), D(2022, 2, 22), []),  # not the page's date: often a later update
    (D(2022, 2, 23), D(2022, 2, 23), None, []),  # the article's own date is unknown
])
def test_source_after_article(cited: D | None, page: D | None, source_date: D | None,
                              expected: list[str]) -> None:
    assert names(run([cite(date=cited)], [fetched(doc(published=page))], published=source_date)) == expected


def test_source_after_article_without_a_page() -> None:
    found = run([cite(date=D(2023, 1, 1))], [Resolution(Status.UNRESOLVED)])
    assert names(found) == ["source-after-article", "unresolved-source"]
    assert "dated January 1, 2023, after the article itself (February 22, 2022)" in found[1].message


# ---------------------------------------------------------------- titles


@pytest.mark.parametrize(("cited", "page", "site", "match"), [
    ("Budget talks collapse", "Budget talks collapse", None, True),
    ("budget TALKS collapse", "Budget talks collapse", None, True),  # case
    ("Nigeria’s economy is making a comeback—but", "Nigeria's economy is making a comeback - but", None,
     True),
    ("Budget talks collapse", "Budget talks collapse | Civic Wire", None, True),  # site suffix
    ("Budget talks collapse", "Civic Wire - Budget talks collapse", None, True),  # site prefix
    ("Budget talks collapse", "Budget talks collapse Civic Wire", "Civic Wire", True),  # no separator
    ("Foo", "Foo: Bar", None, True),  # cut at a colon
    ("Foo: Bar", "Foo", None, True),  # the reverse
    ("Housing market slowdown", "Housing market slowdown - what it means for buyers", None, True),  # dash
    ("Video shows false killer whale s", "Video shows false killer whale snagging tuna bait", None, True),
    ("Heute schon an morgen…", "Heute schon an morgen denken", None, True),  # truncated-title's job
    ("Retaliation", "COVID-19: Trump Talks \"Retaliation\" If India Rejects Export", None, True),
    ("NASA+ startet: Streaming ohne Gebühren, Werbung oder Registrierung",
     "NASA+ Streaming startet: Ohne Registrierung, Gebühren oder Werbung", None, True),  # reordered
    ("Budget talks colapse: what happens next", "Budget talks collapse: what happens next", None, True),
    ("Time to say goodbye.", "Home", None, True),  # a generic page title says nothing
    ("Wir unterstützen Fridays for Future", "Fifth Estate : le juge Bocock avait accepté une invitation",
     None, False),
    ("Hund vertreibt Einbrecher – Zeugenaufruf", "Warum Mangos und Papayas jetzt teurer sind", None, False),
    ("Konzert-Highlights im November 2022", "Unser Tipp im November: Das Hermelin", None, False),
])
def test_titles_match(cited: str, page: str, site: str | None, match: bool) -> None:
    assert titles_match(cited, page, sites=[site] if site else []) is match


def test_title_mismatch_finding() -> None:
    found = run([cite("5", "Wir unterstützen Fridays for Future", url="https://radio-canada.ca/x")],
                [fetched(doc("Fifth Estate: le juge Bocock avait accepté", site="Radio-Canada"))])
    [f] = found
    assert (f.name, f.source) == ("title-mismatch", "5")
    assert f.message == ("Source 5 (“Wir unterstützen Fridays for Future”) is titled differently on the "
                         "page: “Fifth Estate: le juge Bocock avait accepté”.")


@pytest.mark.parametrize(("cited", "mismatch"), [
    ("Budget 2024: what it means for you", False),  # the page's SEO <title>, not its headline
    ("Council approves budget after all-night session", False),  # the visible headline
    ("Mayor resigns over housing scandal", True),  # neither
])
def test_title_mismatch_only_when_no_credible_title_matches(cited: str, mismatch: bool) -> None:
    page = SourceDoc("https://example.org/budget", "Council approves budget after all-night session", None,
                     None, "Text.", titles=("Council approves budget after all-night session",
                                            "Budget 2024: what it means for you"))
    found = run([cite(title=cited, url="https://example.org/budget")], [fetched(page)])
    assert names(found) == (["title-mismatch"] if mismatch else [])


def test_no_title_mismatch_for_a_library_document_found_by_its_title() -> None:
    lib = Resolution(Status.LIBRARY, "/lib/blog.html", doc=doc("blog | Echte Demokratie Jetzt!", url=None))
    assert run([cite(title="Liebe Menschen Europas")], [lib]) == []
    linked = cite(title="Liebe Menschen Europas", url="https://echte-demokratie-jetzt.de/x")
    assert names(run([linked], [lib])) == ["title-mismatch"]  # found by its link: the title is news


@pytest.mark.parametrize(("cited", "page"), [(None, "Budget talks"), ("Budget talks", None)])
def test_no_title_no_title_mismatch(cited: str | None, page: str | None) -> None:
    assert run([cite(title=cited)], [fetched(doc(page))]) == []


# ---------------------------------------------------------------- duplicates


def test_duplicate_by_link_flags_the_later_entry() -> None:
    a = cite("1", url="https://www.example.org/budget?utm_source=rss")
    b = cite("2", "Other", url="http://example.org/tax")
    c = cite("3", url="https://example.org/budget/#comments", line=12)
    [f] = run([a, b, c], [fetched(), fetched(doc("Other"), "http://example.org/tax"), fetched()])
    assert (f.name, f.source, f.line) == ("duplicate-source", "3", 12)
    assert f.message == "Source 3 (“Budget talks collapse”) lists the same document as source 1."


@pytest.mark.parametrize(("second", "res2", "dup"), [
    # two links that redirect to the same page
    (cite("2", url="https://bit.ly/abc"), fetched(url="https://example.org/budget"), True),
    # a different link whose page names the same canonical URL
    (cite("2", url="https://m.example.org/b"), fetched(doc(canonical="https://example.org/budget"),
                                                         url="https://m.example.org/b"), True),
    # two stories whose links now land on the site's home page are not the same document
    (cite("2", url="https://example.org/tax"), fetched(doc(canonical="https://example.org/"),
                                                        url="https://www.example.org/"), False),
    # no links: the same title from the same publisher
    (cite("2"), Resolution(Status.UNRESOLVED), True),
    (cite("2", "BUDGET TALKS — COLLAPSE"), Resolution(Status.UNRESOLVED), True),
    # the same title from another publisher is another document
    (cite("2", publisher="Harbor Times"), Resolution(Status.UNRESOLVED), False),
    (cite("2", "Budget talks resume"), Resolution(Status.UNRESOLVED), False),
])
def test_duplicate_source(second: Citation, res2: Resolution, dup: bool) -> None:
    first = cite("1", url=None) if second.url is None else cite("1", url="https://example.org/budget")
    res1 = Resolution(Status.UNRESOLVED) if second.url is None else fetched()
    if res2.url == "https://www.example.org/":  # the first story's link lands on the home page too
        res1 = fetched(doc(canonical="https://example.org"), url="https://example.org/")
    found = [f for f in run([first, second], [res1, res2]) if f.name == "duplicate-source"]
    assert [f.source for f in found] == (["2"] if dup else [])


def test_unreachable_links_to_the_same_url_are_duplicates_but_different_failures_are_not() -> None:
    dead = Resolution(Status.UNREACHABLE, "https://example.org/gone", 404, error_kind="not-found")
    a, b = cite("1", url="https://example.org/gone"), cite("2", "Other", url="https://example.org/other")
    other_dead = Resolution(Status.UNREACHABLE, "https://example.org/other", 404, error_kind="not-found")
    assert "duplicate-source" not in names(run([a, b], [dead, other_dead]))
    same = cite("2", url="https://example.org/gone")
    assert names(run([a, same], [dead, dead])).count("duplicate-source") == 1


def test_a_source_without_a_resolution_is_skipped() -> None:
    article = Article("a.md", "markdown", None, None, None, "", (cite(),), ())
    assert list(check(Context(article, {}, {}))) == []
