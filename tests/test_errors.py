"""ErrorKind: the report's error_kind values, one enum that reads, compares and serialises as its value."""

from __future__ import annotations

import json

from provenance.errors import ErrorKind, FetchError
from provenance.fetch.guard import DnsFailure, RefusedAddress
from provenance.fetch.hop import HopError


def test_an_error_kind_is_its_value_in_text_and_json() -> None:
    assert ErrorKind.NOT_FOUND == "not-found"
    assert f"{ErrorKind.NOT_FOUND}" == str(ErrorKind.NOT_FOUND) == "not-found"
    assert json.dumps({"error_kind": ErrorKind.REDIRECT_LOOP}) == '{"error_kind": "redirect-loop"}'


def test_every_fetch_failure_is_a_fetch_error_with_a_kind() -> None:
    assert RefusedAddress("10.0.0.1", "10.0.0.1", "private").kind is ErrorKind.REFUSED_ADDRESS
    assert DnsFailure("nowhere.example").kind is ErrorKind.DNS
    hop = HopError(ErrorKind.TIMEOUT, "The site did not answer in time.")
    assert isinstance(hop, FetchError) and hop.kind is ErrorKind.TIMEOUT
    assert str(hop) == "The site did not answer in time."
