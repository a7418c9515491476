"""Fixtures of the fetch tests: a real HTTP server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fetch.loopback import LoopbackServer, start_server


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    srv = start_server()
    yield srv
    srv.stop()
