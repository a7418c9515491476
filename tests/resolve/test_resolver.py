"""The order of look-ups: a link first, then the library's copy of that link; a title only without one."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from provenance.article import read_article
from provenance.config import Config
from provenance.fetch import FetchResult, HttpFetcher, OnFetched
from provenance.models import Article, Resolution, SourceDoc, Status
from provenance.parallel import Workers
from provenance.resolve import Resolver, Run, Wanted
from provenance.resolve.chain import CHAIN
from provenance.resolve.link import LinkLookup
from tests.support.loopback import LoopbackServer


def resolve(config: Config, article: Article) -> dict[tuple[str, str], Resolution]:
    """The run's own chain, with a real fetcher and the workers of a run."""
    with Workers(1) as workers, HttpFetcher(config.fetch_options()) as fetcher:
        resolver = Resolver.for_run(Run(config, fetcher, workers))
        resolver.prepare()
        return resolver.resolve([article])


def page(title: str, canonical: str) -> str:
    return (f"<html><head><title>{title}</title><link rel='canonical' href='{canonical}'></head>"
            f"<body><article><h1>{title}</h1><p>{title} is the story of the day, told at length.</p>"
            "</article></body></html>")


def test_links_are_read_first_and_the_library_fills_in(server: LoopbackServer, tmp_path: Path) -> None:
    live, dead = server.url("/live"), server.url("/dead")
    server.route("/live", (200, {"Content-Type": "text/html"}, page("Live story", live).encode()))
    server.route("/dead", (404, {"Content-Type": "text/html"}, b"gone"))
    library = tmp_path / "library"
    library.mkdir()
    (library / "live.html").write_text(page("Live story", live))
    (library / "dead.html").write_text(page("Dead story", dead))
    (library / "offline.html").write_text(page("Council minutes of the spring session", "https://x.example/m"))
    article = read_article("a.md", (
        "# Title\n\n“Words,” she said.\n\n## Sources\n\n"
        f"1. Wire, [\"Live story\"]({live}) (May 1, 2020)\n"
        f"2. Wire, [\"Dead story\"]({dead}) (May 1, 2020)\n"
        "3. Council, \"Council minutes of the spring session\" (May 1, 2020)\n"
        "4. Council, \"Nothing saved under this title at all\" (May 1, 2020)\n").encode())
    config = Config(library=str(library), allow_private_addresses=True, no_cache=True, archive=False)
    got = resolve(config, article)
    status = {cid: got[("a.md", cid)].status for cid in ("1", "2", "3", "4")}
    assert status == {"1": Status.FETCHED, "2": Status.LIBRARY, "3": Status.LIBRARY, "4": Status.UNRESOLVED}
    assert "404" in (got[("a.md", "2")].reason or "")
    assert got[("a.md", "4")].error_kind == "not-in-library"


def test_two_spellings_of_a_link_that_cannot_be_read_both_say_why() -> None:
    article = read_article("a.md", (
        "# Title\n\n“Words,” she said.\n\n## Sources\n\n"
        "1. Wire, [\"Story\"](https://news.example/story) (May 1, 2020)\n"
        "2. Wire, [\"Story\"](https://news.example/story?utm_source=feed) (May 1, 2020)\n").encode())
    got = resolve(Config(offline=True, archive=False), article)
    assert {got[("a.md", cid)].error_kind for cid in ("1", "2")} == {"offline"}


# ------------------------------------------------------- the seams, with implementations of their own

ARTICLE = read_article("a.md", (
    "# Title\n\n“Words,” she said.\n\n## Sources\n\n"
    "1. Wire, [\"Story\"](https://news.example/story) (May 1, 2020)\n"
    "2. Council, \"Council minutes of the spring session\" (May 1, 2020)\n").encode())
DOC = SourceDoc(url="saved.html", title="Story", site=None, published=None, text="Words, she said.")


class FindsEverything:
    """A look-up that always finds: every citation it is shown is read from one saved document."""

    name = "always"

    def __init__(self) -> None:
        self.shown: list[Wanted] = []

    def prepare(self) -> None:
        pass

    def find(self, wanted: Sequence[Wanted]) -> list[Resolution | None]:
        self.shown += wanted
        return [Resolution(Status.LIBRARY, url="saved.html", doc=DOC) for _ in wanted]


class FindsNothing:
    name = "never"

    def prepare(self) -> None:
        pass

    def find(self, wanted: Sequence[Wanted]) -> list[Resolution | None]:
        return [None] * len(wanted)


class AlwaysFails:
    """A fetcher that always fails: every page is refused, as a FetchResult that says why."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def fetch(self, urls: Iterable[str], on_fetched: OnFetched | None = None) -> dict[str, FetchResult]:
        urls = list(urls)
        self.asked += urls
        return {u: FetchResult(url=u, error_kind="connection", reason="The connection failed.") for u in urls}


def test_the_first_readable_answer_wins_and_says_which_lookup_gave_it() -> None:
    finder = FindsEverything()
    got = Resolver([FindsNothing(), finder, FindsNothing()]).resolve([ARTICLE])
    assert {r.found_by for r in got.values()} == {"always"}
    assert [w.failed for w in finder.shown] == [None, None]  # "never" gave nothing to pass on


def test_a_later_lookup_is_shown_what_failed_and_only_what_is_still_wanted() -> None:
    finder = FindsEverything()
    with Workers(1) as workers:
        link = LinkLookup(AlwaysFails(), workers)
        got = Resolver([link, finder]).resolve([ARTICLE])
    assert [w.citation.id for w in finder.shown] == ["1", "2"]
    assert finder.shown[0].failed is not None and finder.shown[0].failed.error_kind == "connection"
    assert finder.shown[1].failed is None  # no link: the link look-up passed it on
    assert got[("a.md", "1")].found_by == "always"


def test_nothing_found_keeps_the_last_failure_which_says_why() -> None:
    fetcher = AlwaysFails()
    with Workers(1) as workers:
        got = Resolver([LinkLookup(fetcher, workers)]).resolve([ARTICLE])
    assert fetcher.asked == ["https://news.example/story"]
    assert got[("a.md", "1")].status is Status.UNREACHABLE and got[("a.md", "1")].found_by == "link"
    assert got[("a.md", "1")].reason == "The connection failed."
    assert got[("a.md", "2")].status is Status.UNRESOLVED  # no look-up could say more


def test_the_chain_is_link_then_library_then_archive_then_search() -> None:
    assert [make.__module__.rsplit(".", 1)[1] for make in CHAIN] == ["link", "library", "archive", "search"]


def test_the_readme_shows_the_chain_in_its_order() -> None:
    import re

    from tests.support.cli import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(\w+)` \| `resolve/(\w+)(?:\.py|/)` \|", readme, re.M)
    assert [module for _, module in rows] == [make.__module__.rsplit(".", 1)[1] for make in CHAIN]


def test_an_offline_run_leaves_the_archive_out_of_its_chain() -> None:
    with Workers(1) as workers:
        run = Run(Config(offline=True), AlwaysFails(), workers)
        assert [lookup.name for lookup in Resolver.for_run(run).lookups] == ["link", "library"]
