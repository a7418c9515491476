"""The exit codes of the command line, as the contract (`spec/report.md`) gives them: CI branches on them."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    CLEAN = 0  # no finding at or above --fail-on
    FINDINGS = 1  # at least one finding at or above --fail-on
    USAGE = 2  # a usage, configuration or input error: one line on stderr
    INTERNAL = 3  # a bug in the tool: one line (PROVENANCE_DEBUG=1 shows the traceback)
    INTERRUPTED = 130  # Ctrl-C, as the shell reports SIGINT
