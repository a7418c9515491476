"""Orchestration only: read -> resolve -> match -> check -> policy, for every article of a run."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Protocol

from provenance import __version__
from provenance.checks import article as article_checks
from provenance.checks import quotes as quote_checks
from provenance.checks.base import Context
from provenance.config import Config
from provenance.errors import InputError
from provenance.fetch import Fetcher
from provenance.inputs import Input, expand, read_bytes
from provenance.memory import give_back
from provenance.models import Article, ArticleReport, Finding, ImageRead, Judgement, Report, Resolution
from provenance.parallel import Workers
from provenance.progress import Progress

if TYPE_CHECKING:
    from provenance.resolve import Run
    from provenance.state import RunState


def _checks():
    from provenance.checks import images, source_list, sources

    return (source_list, sources, quote_checks, article_checks, images)


def _read_one(item: tuple[str, bytes | None, Input]) -> Article | str:
    """One input as an Article, or the one-line message saying why it cannot be read."""
    from provenance.article import read_article

    path, data, inp = item
    try:
        return read_article(path, data if data is not None else read_bytes(inp))
    except InputError as e:
        return str(e)


def read_inputs(inputs: list[Input], fetcher: Fetcher, workers: Workers,
                while_waiting: Callable[[], None] = lambda: None) -> list[Article | str]:
    """For each input, in order, its Article or the one-line message saying why it cannot be read.

    `while_waiting` runs in this process while the workers read the articles.
    """
    urls = [i.path for i in inputs if i.is_url]
    fetched = fetcher.fetch(urls) if urls else {}
    out: list[Article | str | None] = [None] * len(inputs)
    items: list[tuple[str, bytes | None, Input]] = []
    at: list[int] = []
    for n, inp in enumerate(inputs):
        if not inp.is_url:
            items.append((inp.path, None, inp))
            at.append(n)
            continue
        page = fetched[inp.path]
        if page.text is None:
            out[n] = f"{inp.path}: {page.reason or 'could not be fetched'}"
        else:
            items.append((inp.path, page.text.encode("utf-8"), inp))
            at.append(n)
    pending = workers.start(_read_one, items)
    while_waiting()
    for n, read in zip(at, pending(), strict=True):
        out[n] = read
    return [o for o in out if o is not None]


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


_BATCH_SEEN = [0]  # the batch this process judged last (see _judge_and_check)


def _judge_and_check(item: tuple[Article, dict[str, Resolution], tuple[ImageRead, ...], int]) -> Checked:
    """Every quotation of one article judged against its sources, and the article's findings.

    The item's last member numbers its batch: the first article of a new batch that a process (a worker,
    or this one) judges lets go of the indexes of the last batch's pages (match.forget), so that a
    worker's memory is one batch's, not the run's. Measured on the dev set ×16 (benchmarks/scale.py):
    without it the workers grew by ~100 MB each over 15 batches (the index cache held up to 4,096 pages
    with their indexes, ~40 bytes a character); recycling the workers instead cost ~10% more CPU."""
    from provenance.match import forget, judge

    article, own, images, batch = item
    if batch != _BATCH_SEEN[0]:
        if _BATCH_SEEN[0]:  # nothing to let go of before the first batch
            forget()
        _BATCH_SEEN[0] = batch
    docs = {c.id: own[c.id].doc for c in article.citations}
    judgements = {q.id: judge(q, docs) for q in article.quotes}
    return judgements, run_checks(article, own, judgements, images)


def run_checks(article: Article, resolutions: Mapping[str, Resolution], judgements: Mapping[str, Judgement],
               images: tuple[ImageRead, ...] = ()) -> tuple[Finding, ...]:
    ctx = Context(article, resolutions, judgements, images)
    findings = [f for module in _checks() for f in module.check(ctx)]
    return tuple(sorted(findings, key=lambda f: (f.line, f.column, f.code)))


def _images(articles: list[Article], fetcher: Fetcher, config: Config) -> list[tuple[ImageRead, ...]]:
    """Each figure's image file read for its provenance metadata (only for articles that have figures)."""
    if not any(a.figures for a in articles):
        return [() for _ in articles]
    from provenance.images.locate import read_images

    return read_images(articles, fetcher, config.fetch_options().max_bytes)


def check(given: list[str], config: Config, progress: Progress | None = None) -> Report:
    """Check the articles named by `given`, the whole report at once; InputError when a path does not
    exist."""
    run = Checking(given, config, progress)
    reports = [o for o in run if not isinstance(o, str)]
    return Report(
        tuple(reports),
        dt.datetime.now(dt.timezone.utc).replace(microsecond=0),
        __version__,
        fail_on=config.fail_on,
        errors=run.errors,
    )


class Checking:
    """One run, streamed: iterating it checks the inputs `config.batch` at a time and gives each
    input's outcome in input order (its ArticleReport, or the message saying why it could not be read)
    as its batch ends. Memory is one batch's; what the run must remember across batches is on disk
    (pages fetched: fetch/memo.py; with `config.state`, every outcome so far: state.py).

    Constructing it expands the inputs (InputError when a path does not exist); `errors` holds the
    messages given so far (all of them once the iteration ends)."""

    def __init__(self, given: list[str], config: Config, progress: Progress | None = None) -> None:
        self.inputs = expand(given)
        self.config = config
        self.progress = progress
        self.errors: tuple[str, ...] = ()
        self.generated_at = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)

    def __iter__(self) -> Iterator[ArticleReport | str]:
        from provenance.state import RunState

        state = RunState(self.config.state, [i.path for i in self.inputs], self.config) \
            if self.config.state else None
        try:
            for outcome in self._outcomes(state):
                if isinstance(outcome, str):
                    self.errors += (outcome,)
                yield outcome
        finally:
            if state is not None:
                state.close()

    def _outcomes(self, state: RunState | None) -> Iterator[ArticleReport | str]:
        from provenance.resolve import Run

        config, size = self.config, max(1, self.config.batch)
        batches = [range(n, min(n + size, len(self.inputs))) for n in range(0, len(self.inputs), size)]
        with contextlib.ExitStack() as stack:
            workers, http = _parts(stack, config)
            fetcher: Fetcher = http
            if len(batches) > 1 or state is not None:  # one batch fetches each URL once by itself
                fetcher = _memo(stack, http, state)
            batch = _Batch(config, Run(config, fetcher, workers, self.progress), http)
            checked = 0
            for numbers in batches:
                done = state.done(numbers[0], numbers[-1]) if state is not None else {}
                todo = [n for n in numbers if n not in done]
                new = dict(zip(todo, batch.check([self.inputs[n] for n in todo]), strict=True)) \
                    if todo else {}
                if state is not None and new:
                    state.record({n: (self.inputs[n].path, o) for n, o in new.items()})
                for n in numbers:
                    outcome = done[n] if n in done else new[n]
                    if not isinstance(outcome, str):
                        checked += 1
                        if self.progress:
                            self.progress("check", checked, len(self.inputs))
                    yield outcome
                del done, new  # before the next batch: memory is one batch's, not two
                if len(batches) > 1:
                    give_back()  # the freed batch's pages returned to the system (memory.py)


class _Network(Fetcher, Protocol):
    def open(self) -> None:
        """Open the client (load a cassette) now, before the first fetch."""


def _parts(stack: contextlib.ExitStack, config: Config) -> tuple[Workers, _Network]:
    """The run's workers and fetcher: this machine's, or a Dask cluster's (`--dask-scheduler`, cluster.py;
    Dask is imported only then)."""
    if config.dask_scheduler:
        from provenance.cluster import connect

        return connect(stack, config)
    from provenance.fetch import HttpFetcher

    workers = stack.enter_context(Workers(before_fork=_load_before_fork))
    http = stack.enter_context(HttpFetcher(config.fetch_options()))
    if workers.processes > 1:
        http.preload()  # until the warm-up ends (the first work given to the workers), a core is idle
    return workers, http


def _memo(stack: contextlib.ExitStack, http: Fetcher, state: RunState | None) -> Fetcher:
    """The run's fetcher behind its on-disk memo: in the state folder, or a temporary one."""
    import tempfile

    from provenance.fetch.memo import MemoFetcher

    if state is not None:
        path = state.fetched_path
    else:
        path = os.path.join(stack.enter_context(tempfile.TemporaryDirectory(prefix="provenance-")), "fetched")
    memo = MemoFetcher(http, path)
    stack.callback(memo.close)
    return memo


class _Batch:
    """Checks one batch of inputs with the run's resolver, fetcher and workers."""

    def __init__(self, config: Config, run: Run, http: _Network) -> None:
        from provenance.resolve import Resolver

        self.config, self.run, self.http = config, run, http
        self.resolver = Resolver.for_run(run)
        self.baseline = None
        if config.baseline:
            from provenance.baseline import load_baseline

            self.baseline = load_baseline(config.baseline)
        self._first = True
        self._number = 0  # of the batch being checked

    def _while_reading(self) -> None:
        if self._first:
            self._first = False
            self.resolver.prepare()  # the workers index the library next
            self.http.open()  # while this process loads the cassette

    def check(self, inputs: list[Input]) -> list[ArticleReport | str]:
        from provenance.policy import apply_policy

        workers = self.run.workers
        read = read_inputs(inputs, self.run.fetcher, workers, while_waiting=self._while_reading)
        articles = [r for r in read if not isinstance(r, str)]
        resolutions = self.resolver.resolve(articles)
        owns = [{c.id: resolutions[(a.path, c.id)] for c in a.citations} for a in articles]
        images = _images(articles, self.run.fetcher, self.config)
        self._number += 1
        items = [(a, own, imgs, self._number) for a, own, imgs in zip(articles, owns, images, strict=True)]
        checked = workers.map(_judge_and_check, items)
        together = zip(articles, owns, images, checked, strict=True)
        reports = iter([apply_policy(ArticleReport(a, own, judged, found, imgs), self.config, self.baseline)
                        for a, own, imgs, (judged, found) in together])
        return [r if isinstance(r, str) else next(reports) for r in read]
