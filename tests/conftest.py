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


@pytest.fixture(autouse=True, scope="session")
def _no_public_search_services() -> Iterator[None]:
    """Tests never touch the network: the default search services (public APIs) are not asked unless a
    test names its own loopback endpoint with --search."""
    import os

    before = os.environ.get("PROVENANCE_SEARCH")
    os.environ["PROVENANCE_SEARCH"] = "none"
    yield
    if before is None:
        os.environ.pop("PROVENANCE_SEARCH", None)
    else:
        os.environ["PROVENANCE_SEARCH"] = before
