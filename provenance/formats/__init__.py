"""Report formats, one module per format, looked up by name.

Each module is imported only when its format is asked for, so `provenance --version` stays fast.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Sequence
from typing import Any, Protocol, TypeGuard

from provenance.models import ArticleReport, Report
from provenance.options import FORMATS


class Formatter(Protocol):
    name: str

    def render(self, report: Report) -> str: ...


class Incremental(Formatter, Protocol):
    """A format that can be written as the run goes (json, jsonl): `begin`, then `article` for each
    article in order, then `end`; the pieces joined are `render`'s text."""

    def begin(self, generated_at: dt.datetime, tool_version: str) -> str: ...

    def article(self, ar: ArticleReport) -> str: ...

    def end(self, fail_on: str, errors: Sequence[str]) -> str: ...


def is_incremental(formatter: Formatter) -> TypeGuard[Incremental]:
    return all(hasattr(formatter, name) for name in ("begin", "article", "end"))


# format name -> (module, class); the class takes keyword options it knows (text: color)
_FORMATTERS: dict[str, tuple[str, str]] = {
    "text": ("provenance.formats.text", "TextFormatter"),
    "json": ("provenance.formats.json", "JsonFormatter"),
    "sarif": ("provenance.formats.sarif", "SarifFormatter"),
    "github": ("provenance.formats.github", "GithubFormatter"),
    "html": ("provenance.formats.html", "HtmlFormatter"),
    "jsonl": ("provenance.formats.jsonl", "JsonlFormatter"),
}

FORMAT_NAMES: tuple[str, ...] = tuple(_FORMATTERS)
assert FORMAT_NAMES == FORMATS, "provenance/options.py names every format plug-in"


def get_formatter(name: str, **options: Any) -> Formatter:
    """The formatter called `name`; `options` go to its constructor (e.g. `color=True` for text).

    Options a formatter does not take are dropped, so the CLI can pass the same ones to every format.
    """
    try:
        module_name, class_name = _FORMATTERS[name]
    except KeyError:
        raise ValueError(f"unknown format {name!r}: choose one of {', '.join(FORMAT_NAMES)}") from None
    cls = getattr(importlib.import_module(module_name), class_name)
    accepted = getattr(cls, "OPTIONS", ())
    return cls(**{k: v for k, v in options.items() if k in accepted})
