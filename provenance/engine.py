"""Orchestration only: read -> resolve -> match -> check -> policy, for every article of a run."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from provenance import __version__
from provenance.checks import article as article_checks
from provenance.checks import quotes as quote_checks
from provenance.checks.base import Context
from provenance.config import Config
from provenance.errors import InputError
from provenance.fetch import Fetcher
from provenance.inputs import Input, expand, read_bytes
from provenance.models import Article, ArticleReport, Finding, Judgement, Report, Resolution
from provenance.parallel import Workers
from provenance.progress import Progress


def _checks():
    from provenance.checks import source_list, sources

    return (source_list, sources, quote_checks, article_checks)


def _read_one(item: tuple[str, bytes | None, Input]) -> Article | str:
    """One input as an Article, or the one-line message saying why it cannot be read."""
    from provenance.article import read_article

    path, data, inp = item
    try:
        return read_article(path, data if data is not None else read_bytes(inp))
    except InputError as e:
        return str(e)


def read_inputs(inputs: list[Input], fetcher: Fetcher, workers: Workers,
                while_waiting: Callable[[], None] = lambda: None) -> tuple[list[Article], list[str]]:
    """The articles that could be read, and one message for each input that could not.

    `while_waiting` runs in this process while the workers read the articles.
    """
    urls = [i.path for i in inputs if i.is_url]
    fetched = fetcher.fetch(urls) if urls else {}
    items: list[tuple[str, bytes | None, Input]] = []
    errors: list[str] = []
    for inp in inputs:
        if not inp.is_url:
            items.append((inp.path, None, inp))
            continue
        page = fetched[inp.path]
        if page.text is None:
            errors.append(f"{inp.path}: {page.reason or 'could not be fetched'}")
        else:
            items.append((inp.path, page.text.encode("utf-8"), inp))
    pending = workers.start(_read_one, items)
    while_waiting()
    read = pending()
    errors += [r for r in read if isinstance(r, str)]
    return [r for r in read if not isinstance(r, str)], errors


_WARM_UP = (
    ("warm-up.md", b"---\ntitle: T\n---\n\n\"We act,\" she said.[^1]\n\n[^1]: W, [\"T\"](https://a.example/t)\n"),
    ("warm-up.html", b"<h1>T</h1><p>\"We act,\" she said.<sup>1</sup></p><h2>Notes</h2><ol><li>W</li></ol>"),
    ("warm-up.txt", b"T\n\n\"We act,\" she said. [1]\n\nSources:\n1 W, \"T\" (May 1, 2020)\n"),
)


def _load_before_fork() -> None:
    """Import, compile and build once, here, what every forked worker would otherwise load again: the
    readers' and the matcher's lazily built regex tables and modules are warmed up on three tiny
    articles, a tiny page and one quotation judged against it (and the checks are imported)."""
    from provenance.article import read_article
    from provenance.match import judge
    from provenance.source import read_source

    articles = [read_article(path, data) for path, data in _WARM_UP]
    page = read_source("<title>T</title><article><h1>T</h1><p>We act, she said.</p></article>",
                       url="https://a.example")
    for quote in articles[0].quotes:
        judge(quote, {"1": page})
    _checks()
    import rapidfuzz.fuzz  # noqa: F401 - titles and site names (page reader, library, checks)


Checked = tuple[dict[str, Judgement], tuple[Finding, ...]]  # an article's judgements and findings


def _judge_and_check(item: tuple[Article, dict[str, Resolution]]) -> Checked:
    """Every quotation of one article judged against its sources, and the article's findings."""
    from provenance.match import judge

    article, own = item
    docs = {c.id: own[c.id].doc for c in article.citations}
    judgements = {q.id: judge(q, docs) for q in article.quotes}
    return judgements, run_checks(article, own, judgements)


def run_checks(article: Article, resolutions: Mapping[str, Resolution],
               judgements: Mapping[str, Judgement]) -> tuple[Finding, ...]:
    ctx = Context(article, resolutions, judgements)
    findings = [f for module in _checks() for f in module.check(ctx)]
    return tuple(sorted(findings, key=lambda f: (f.line, f.column, f.code)))


def check(given: list[str], config: Config, progress: Progress | None = None) -> Report:
    """Check the articles named by `given`; InputError when a path does not exist."""
    from provenance.fetch import HttpFetcher
    from provenance.policy import apply_policy
    from provenance.resolve import Resolver, Run

    inputs = expand(given)
    baseline = None
    if config.baseline:
        from provenance.baseline import load_baseline

        baseline = load_baseline(config.baseline)
    with Workers(before_fork=_load_before_fork) as workers, HttpFetcher(config.fetch_options()) as fetcher:
        if workers.processes > 1:
            fetcher.preload()  # until the warm-up ends (the first work handed to the workers), a core is free
        resolver = Resolver.for_run(Run(config, fetcher, workers, progress))

        def while_reading() -> None:
            resolver.prepare()  # the workers index the library next
            fetcher.open()  # while this process loads the cassette

        articles, errors = read_inputs(inputs, fetcher, workers, while_waiting=while_reading)
        resolutions = resolver.resolve(articles)
        owns = [{c.id: resolutions[(a.path, c.id)] for c in a.citations} for a in articles]
        checked = workers.map(_judge_and_check, list(zip(articles, owns, strict=True)))
    reports = []
    for n, (article, own, (judgements, findings)) in enumerate(zip(articles, owns, checked, strict=True), 1):
        reports.append(apply_policy(ArticleReport(article, own, judgements, findings), config, baseline))
        if progress:
            progress("check", n, len(articles))
    return Report(
        tuple(reports),
        dt.datetime.now(dt.timezone.utc).replace(microsecond=0),
        __version__,
        fail_on=config.fail_on,
        errors=tuple(errors),
    )
