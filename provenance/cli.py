"""The command line: options -> Config -> engine -> format -> exit code. Nothing else lives here."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from provenance import __version__, options
from provenance.exitcodes import ExitCode

if TYPE_CHECKING:
    from provenance.config import Config
    from provenance.formats import Incremental


def _fail(message: str, code: ExitCode = ExitCode.USAGE) -> None:
    click.echo(f"provenance: error: {message}", err=True)
    sys.exit(code)


def _given(ctx: click.Context, names: list[str]) -> dict[str, object]:
    """The options the user actually typed (the command line wins over the settings file)."""
    from click.core import ParameterSource

    return {n: ctx.params[n] for n in names
            if ctx.get_parameter_source(n) not in (ParameterSource.DEFAULT, None)}


def _config(ctx: click.Context, config_file: str | None) -> Config:
    from provenance.settings import build_config, load_settings

    cli_only = ("paths", "config_file", "verbose", "inspect_format")
    names = [p.name for p in ctx.command.params if p.name and p.name not in cli_only]
    return build_config(load_settings(config_file, Path.cwd()), _given(ctx, names))


def _write(text: str, output: str | None, inputs: list[str]) -> None:
    if output is None:
        click.echo(text, nl=not text.endswith("\n"))
        return
    target = Path(output).resolve()
    if _is_input(target, inputs):
        _fail(f"{output}: the report would overwrite an input article")
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        os.replace(tmp, target)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        _fail(f"{output}: cannot write the report ({e.strerror or e})")


def _is_input(target: Path, inputs: list[str]) -> bool:
    """Whether writing `target` would replace an article the user gave (itself, or in a folder given)."""
    from provenance.inputs import ARTICLE_SUFFIXES

    for given in map(Path, inputs):
        if not given.exists():
            continue
        folder = given.resolve()
        if folder == target or (given.is_dir() and target.is_relative_to(folder) and target.exists()
                                and target.suffix.lower() in ARTICLE_SUFFIXES):
            return True
    return False


def _guarded(fn):
    """Turn expected errors into one line and exit 2, and anything else into one line and exit 3."""

    def run(*args, **kwargs):
        from provenance.errors import ProvenanceError

        try:
            return fn(*args, **kwargs)
        except ProvenanceError as e:
            _fail(str(e))
        except KeyboardInterrupt:
            click.echo("provenance: interrupted", err=True)
            sys.exit(ExitCode.INTERRUPTED)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as e:  # noqa: BLE001 - the last line of defence: never a traceback
            if os.environ.get("PROVENANCE_DEBUG"):
                raise
            _fail(f"internal error: {type(e).__name__}: {e} (set PROVENANCE_DEBUG=1 for details)",
                  ExitCode.INTERNAL)

    run.__name__ = fn.__name__
    run.__doc__ = fn.__doc__
    return run


VERBOSE = click.option("-v", "--verbose", is_flag=True,
                       help="Log what the tool recovered from (unreadable pages, parser failures) on stderr.")


def _configure_logging(verbose: bool) -> None:
    """Send the package's log to stderr when asked (-v, or PROVENANCE_DEBUG=1 for debug detail too).

    Called before the engine starts its workers, so forked workers inherit the handler."""
    import logging

    debug = bool(os.environ.get("PROVENANCE_DEBUG"))
    if not (verbose or debug):
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("provenance: %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("provenance")
    if any(getattr(h, "provenance_cli", False) for h in logger.handlers):
        return  # configured already (a second command in one process)
    handler.provenance_cli = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if debug else logging.WARNING)


def check_options(fn):
    decorators = [
        click.argument("paths", nargs=-1, required=True),
        click.option("--format", "format", type=click.Choice(options.FORMATS), default="text",
                     help="Report format on stdout."),
        click.option("-o", "--output", type=click.Path(), metavar="FILE",
                     help="Write the report to FILE (--format html: to a folder, when FILE is one or ends "
                          "with /)."),
        click.option("--cassette", type=click.Path(dir_okay=False),
                     help="HTTP record/replay file (VCR.py YAML)."),
        click.option("--record-mode", type=click.Choice(options.RECORD_MODES),
                     help="As in VCR.py; 'none' (the default with --cassette) never touches the network."),
        click.option("--library", type=click.Path(file_okay=False),
                     help="A folder of saved source documents."),
        click.option("--offline", is_flag=True, help="No network at all (cassette and library only)."),
        click.option("--fail-on", type=click.Choice(options.FAIL_ON_LEVELS), default="error",
                     help="The lowest severity that makes the exit code 1."),
        click.option("--select", help="Comma-separated finding codes or names to keep."),
        click.option("--ignore", help="Comma-separated finding codes or names to drop."),
        click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Settings file."),
        click.option("--baseline", type=click.Path(dir_okay=False),
                     help="Hide the findings recorded in this baseline file."),
        click.option("--cache-dir", type=click.Path(file_okay=False), help="Where fetched pages are cached."),
        click.option("--no-cache", is_flag=True, help="Neither read nor write the cache."),
        click.option("--allow-private-addresses", is_flag=True,
                     help="Allow fetching from private, loopback and link-local addresses."),
        click.option("--archive/--no-archive", default=True,
                     help="Read a dead link's Wayback Machine copy (default: on; never with --offline)."),
        click.option("--search", multiple=True, metavar="NAME[=ENDPOINT]",
                     help="A search service for citations without a link (searxng, gdelt, crossref); "
                          "repeatable, asked in order; replaces the default "
                          f"({', '.join(options.DEFAULT_SEARCH)})."),
        click.option("--no-search", is_flag=True, help="Ask no search service."),
        click.option("--timeout", type=float, help=f"Seconds allowed for one request ({options.TIMEOUT:g})."),
        click.option("--source-deadline", type=float,
                     help="Seconds for every try of one source: redirects, retries, waits "
                          f"({options.SOURCE_DEADLINE:g})."),
        click.option("--deadline", type=float,
                     help=f"Seconds for the run's network; what is unread by then is cut short "
                          f"({options.DEADLINE:g})."),
        click.option("--concurrency", type=click.IntRange(1, 256),
                     help=f"Requests at once, all hosts ({options.CONCURRENCY})."),
        click.option("--per-host", type=click.IntRange(1, 64),
                     help=f"Requests at once to one host ({options.PER_HOST})."),
        click.option("--max-bytes", type=click.IntRange(1),
                     help=f"Bytes read of one response at most ({options.MAX_BYTES:,})."),
        click.option("--batch", type=click.IntRange(1),
                     help=f"Articles checked at once; memory grows with it ({options.BATCH})."),
        click.option("--state", type=click.Path(file_okay=False),
                     help="A folder keeping the run's progress: run again with it to go on where it ended."),
        click.option("--dask-scheduler", metavar="ADDRESS",
                     help="Check on the Dask cluster of this scheduler (tcp://HOST:PORT; the dask extra)."),
        click.option("-q", "--quiet", is_flag=True, help="No progress on stderr."),
        VERBOSE,
    ]
    for decorator in reversed(decorators):
        fn = decorator(fn)
    return fn


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="provenance")
def main() -> None:
    """Check the citations and quotations of news articles."""


def entry() -> None:
    """The console script: run `main`, then leave without freeing the run's heap object by object.

    A check holds every page it read; tearing that down costs ~50 ms on the dev set, for nothing (the
    report is written and closed by then). Like mypy's hard_exit: flush, then os._exit with the code."""
    try:
        main()
        code: int = 0
    except SystemExit as e:
        if e.code is None or isinstance(e.code, int):
            code = e.code or 0
        else:
            click.echo(e.code, err=True)
            code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (| head): nothing left to say
            pass
    os._exit(code)


def _run_check(ctx: click.Context, paths: tuple[str, ...], config_file: str | None,
               config: Config | None = None):
    from provenance import engine
    from provenance.progress import progress_for

    if config is None:
        _configure_logging(bool(ctx.params.get("verbose")))
        config = _config(ctx, config_file)
    report = engine.check(list(paths), config, progress_for(config.quiet))
    for message in report.errors:
        click.echo(f"provenance: error: {message}", err=True)
    if not report.articles:
        sys.exit(ExitCode.USAGE)
    return config, report


@main.command()
@check_options
@click.pass_context
@_guarded
def check(ctx: click.Context, paths: tuple[str, ...], config_file: str | None, **_: object) -> None:
    """Check the articles in PATHS (files, folders, URLs)."""
    from provenance.formats import get_formatter, is_incremental
    from provenance.formats.html_folder import names_a_folder
    from provenance.policy import exit_code

    _configure_logging(bool(ctx.params.get("verbose")))
    config = _config(ctx, config_file)
    color = config.output is None and config.format == "text" and sys.stdout.isatty()
    formatter = get_formatter(config.format, color=color)
    if config.output is not None and names_a_folder(config.output):
        if config.format != "html":
            _fail(f"{config.output}: a folder; only --format html writes its report to a folder")
        sys.exit(_folder(config, list(paths)))
    if is_incremental(formatter):
        sys.exit(_stream(formatter, config, list(paths)))
    _, report = _run_check(ctx, paths, config_file, config)
    _write(formatter.render(report), config.output, list(paths))
    sys.exit(ExitCode.USAGE if report.errors else exit_code(report, config.fail_on))


def _stream(formatter: Incremental, config: Config, paths: list[str]) -> ExitCode:
    """Check and write the report as it grows: each article as its batch ends, then the summary. The
    report's head is held until the first article (a run that reads none writes no report)."""
    from provenance import engine
    from provenance.policy import fails
    from provenance.progress import progress_for

    run = engine.Checking(paths, config, progress_for(config.quiet))
    head = formatter.begin(run.generated_at, __version__)
    failing = False
    with _Sink(config.output, paths) as out:
        for outcome in run:
            if isinstance(outcome, str):
                click.echo(f"provenance: error: {outcome}", err=True)
                continue
            out.write(head + formatter.article(outcome))
            head = ""
            failing = failing or fails(outcome, config.fail_on)
        if not out.written:
            sys.exit(ExitCode.USAGE)
        out.write(formatter.end(config.fail_on, run.errors))
    return ExitCode.USAGE if run.errors else ExitCode.FINDINGS if failing else ExitCode.CLEAN


def _folder(config: Config, paths: list[str]) -> ExitCode:
    """The HTML report as a folder (provenance/formats/html_folder.py): each article's page written as
    its batch ends, the index once the run is done."""
    from provenance import engine
    from provenance.formats.html_folder import HtmlFolder
    from provenance.policy import fails
    from provenance.progress import progress_for

    assert config.output is not None
    run = engine.Checking(paths, config, progress_for(config.quiet))
    failing = False
    files = [i.file for i in run.inputs if i.file is not None]
    with HtmlFolder(config.output, len(run.inputs), files) as folder:
        for outcome in run:
            if isinstance(outcome, str):
                click.echo(f"provenance: error: {outcome}", err=True)
                continue
            folder.add(outcome)
            failing = failing or fails(outcome, config.fail_on)
        if not folder.written:
            sys.exit(ExitCode.USAGE)
        folder.finish(run.generated_at, __version__, run.errors)
    return ExitCode.USAGE if run.errors else ExitCode.FINDINGS if failing else ExitCode.CLEAN


class _Sink:
    """Where a streamed report goes: stdout, flushed piece by piece; or FILE, through a temporary file
    beside it that replaces FILE only once the report is whole (so an interrupted run overwrites
    nothing)."""

    def __init__(self, output: str | None, inputs: list[str]) -> None:
        self.written = False
        self._target = self._tmp = None
        self._handle = sys.stdout
        if output is not None:
            self._target = Path(output).resolve()
            if _is_input(self._target, inputs):
                _fail(f"{output}: the report would overwrite an input article")
            self._tmp = self._target.with_name(f".{self._target.name}.{os.getpid()}.tmp")
            self._output = output
            try:
                self._handle = self._tmp.open("w", encoding="utf-8")
            except OSError as e:
                _fail(f"{output}: cannot write the report ({e.strerror or e})")

    def __enter__(self) -> _Sink:
        return self

    def write(self, text: str) -> None:
        self.written = True
        try:
            self._handle.write(text)
            self._handle.flush()
        except OSError as e:
            self._abandon()
            _fail(f"{self._output if self._tmp else 'stdout'}: cannot write the report ({e.strerror or e})")

    def __exit__(self, kind: object, *rest: object) -> None:
        if self._tmp is None:
            return
        if kind is not None or not self.written:
            self._abandon()
            return
        self._handle.close()
        os.replace(self._tmp, self._target)  # type: ignore[arg-type]

    def _abandon(self) -> None:
        if self._tmp is not None:
            self._handle.close()
            self._tmp.unlink(missing_ok=True)


@main.command()
@check_options
@click.pass_context
@_guarded
def baseline(ctx: click.Context, paths: tuple[str, ...], config_file: str | None, **_: object) -> None:
    """Record the current findings of PATHS in a baseline file (-o, default .provenance-baseline.json)."""
    from provenance.baseline import write_baseline
    from provenance.formats.html_folder import names_a_folder

    config, report = _run_check(ctx, paths, config_file)
    target = config.output or ".provenance-baseline.json"
    if names_a_folder(target):
        _fail(f"{target}: a folder; the baseline is written to a file")
    write_baseline(report, target)
    count = sum(len(a.findings) for a in report.articles)
    click.echo(f"provenance: {count} finding(s) recorded in {target}", err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "inspect_format", type=click.Choice(("text", "json")), default="text")
@click.option("--cassette", type=click.Path(dir_okay=False))
@click.option("--record-mode", type=click.Choice(options.RECORD_MODES))
@click.option("--offline", is_flag=True)
@click.option("--allow-private-addresses", is_flag=True)
@click.option("--no-cache", is_flag=True)
@click.option("--cache-dir", type=click.Path(file_okay=False))
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Settings file.")
@VERBOSE
@click.pass_context
@_guarded
def inspect(ctx: click.Context, paths: tuple[str, ...], inspect_format: str, config_file: str | None,
            verbose: bool, **_: object) -> None:
    """Show what the tool reads from source documents and images (saved files or URLs)."""
    from provenance.inspection import inspect_all, render_json, render_text

    _configure_logging(verbose)
    results = inspect_all(list(paths), _config(ctx, config_file))  # the settings file's network keys too
    click.echo(render_json(results) if inspect_format == "json" else render_text(results))
    if any(r.status == "error" for r in results):
        sys.exit(ExitCode.USAGE)
