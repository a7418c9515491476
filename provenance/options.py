"""The names and limits that the command line, the settings file and the stages share, written once.

`cli.py` builds its click options from these, `settings.py` validates the same keys against them, and
`Config` and `FetchOptions` take their defaults from here (tests hold the README's tables to them).
"""

from __future__ import annotations

FORMATS = ("text", "json", "sarif", "github", "html", "jsonl")  # the plug-ins of provenance/formats/
RECORD_MODES = ("none", "once", "new_episodes", "all")  # as in VCR.py
FAIL_ON_LEVELS = ("error", "warning", "info", "never")
LEVELS = ("error", "warning", "info")

# network defaults, for one request and for the run
TIMEOUT = 10.0  # seconds: connect, read, and the whole of one attempt
SOURCE_DEADLINE = 20.0  # seconds: every try of one page (redirects, retries, waits), from its first
DEADLINE = 300.0  # seconds: the run's network; what is not read by then is cut short
CONCURRENCY = 16  # requests at once, all hosts
PER_HOST = 2  # requests at once to one host:port
MAX_BYTES = 10_000_000  # decoded bytes read of one response

# Search services an online run asks when the user names none: both public and keyless, so the seed
# article is looked up without configuring anything (SearXNG needs an instance, so it cannot be one).
DEFAULT_SEARCH = ("gdelt", "crossref")

MAX_ARTICLE_BYTES = 10_000_000  # articles are kilobytes; anything this big is not an article

# An archive is checked this many articles at a time (the dev set's 120 are one batch): memory is set by
# the batch and the worker pool, not by the size of the archive.
BATCH = 128
