"""Report formats, one module per format, looked up by name.

Each module is imported only when its format is asked for, so `provenance --version` stays fast.
"""

from __future__ import annotations

import importlib
from typing import Any, Protocol

from provenance.models import Report
from provenance.options import FORMATS


class Formatter(Protocol):
    name: str

    def render(self, report: Report) -> str: ...


# format name -> (module, class); the class takes keyword options it knows (text: color)
_FORMATTERS: dict[str, tuple[str, str]] = {
    "text": ("provenance.formats.text", "TextFormatter"),
    "json": ("provenance.formats.json", "JsonFormatter"),
    "sarif": ("provenance.formats.sarif", "SarifFormatter"),
    "github": ("provenance.formats.github", "GithubFormatter"),
    "html": ("provenance.formats.html", "HtmlFormatter"),
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
