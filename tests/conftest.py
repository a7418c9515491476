"""Fixtures shared by every test: a real HTTP server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.loopback import LoopbackServer, start_server


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    """A real HTTP server on 127.0.0.1, with no routes yet (`server.route(path, answer)`)."""
    srv = start_server()
    yield srv
    srv.stop()
