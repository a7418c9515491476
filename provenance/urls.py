"""URLs: the key a page is fetched under, and the key two citations of one document share.

`normalize_url` keeps what can change the page (scheme, path, real query parameters) and drops what
cannot (fragment, tracking parameters, default port, letter case of the host): every cited page is
fetched once per run under it. `document_key` also forgets the scheme, `www.` and a trailing slash: two
citations whose keys are equal name the same document.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref_src)$", re.IGNORECASE)


def _without_tracking(query: str) -> str:
    if not query:
        return query
    pairs = parse_qsl(query, keep_blank_values=True)
    if not any(_TRACKING.match(k) for k, _ in pairs):
        return query
    return urlencode([(k, v) for k, v in pairs if not _TRACKING.match(k)], doseq=True)


def normalize_url(url: str) -> str:
    """Drop tracking parameters (`utm_*`, `fbclid`…) and the fragment; lowercase scheme and host.

    The default port is dropped and an empty path becomes "/", so trivially different spellings of one
    page share a key. A string that is not a URL comes back stripped but otherwise unchanged.
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if not scheme or not parts.netloc:
        return url
    host = (parts.hostname or "").lower()
    if ":" in host:  # an IPv6 literal keeps its brackets
        host = f"[{host}]"
    netloc = host
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        netloc = f"{host}:{port}"
    if parts.username or parts.password:
        auth = parts.username or ""
        if parts.password:
            auth += f":{parts.password}"
        netloc = f"{auth}@{netloc}"
    query = _without_tracking(parts.query)
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def host_key(url: str) -> str:
    """`host:port` of a URL: the unit the per-host politeness limit counts."""
    parts = urlsplit(url)
    port = parts.port or _DEFAULT_PORTS.get(parts.scheme.lower(), 0)
    return f"{(parts.hostname or '').lower()}:{port}"


def is_web_url(url: str) -> bool:
    """True for an absolute http(s) URL with a host."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


_SCHEME = re.compile(r"([a-z][a-z0-9+.-]{0,30}):", re.IGNORECASE)


def url_scheme(url: str) -> str | None:
    """The scheme a link names, lowercased ("file", "javascript"), or None when it names none."""
    m = _SCHEME.match(url.strip())
    return m[1].lower() if m else None


def document_key(url: str) -> str:
    """`host/path?query` with no scheme, `www.`, trailing slash, fragment or tracking parameters."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    host = (parts.hostname or "").casefold().removeprefix("www.")
    query = _without_tracking(parts.query)
    return f"{host}{parts.path.rstrip('/')}" + (f"?{query}" if query else "")


def url_host(url: str | None) -> str:
    """The host of a URL without `www.`, or "" when there is none."""
    return document_key(url).split("/", 1)[0].split("?", 1)[0] if url else ""


_ODD_NUMBER = re.compile(r"(?:0x[0-9a-f]*|[0-9]+)(?:\.(?:0x[0-9a-f]*|[0-9]+)){0,3}", re.IGNORECASE)


def web_host(host: str) -> str:
    """A host as it is connected to; ValueError when it is no valid host name.

    Read as a browser reads it (UTS #46): full-width digits and dots and other compatibility forms are
    their plain selves (`１２７.０.０.１` is 127.0.0.1), a name in another script is its punycode, and
    an IPv4 address spelt as one number, in hex or in octal (`2130706433`, `0x7f.1`, `0177.0.0.1`) is
    its dotted form; so the address checks see the address that would be connected to."""
    if host.startswith("[") or (host.isascii() and "xn--" not in host and not _ODD_NUMBER.fullmatch(host)):
        return host  # an IPv6 literal, or a plain name (nearly every host): nothing to do
    if not host.isascii() or "xn--" in host:
        import idna

        try:
            host = idna.encode(host, uts46=True).decode("ascii")
        except (idna.IDNAError, UnicodeError) as exc:
            raise ValueError(str(exc).rstrip(".") or "not a valid domain name") from None
    if _ODD_NUMBER.fullmatch(host):
        import socket

        try:
            return socket.inet_ntoa(socket.inet_aton(host))
        except OSError:
            raise ValueError("a number that is not an IPv4 address") from None
    return host


def with_web_host(url: str) -> str:
    """`url` with its host as web_host gives it (the same string when that changes nothing)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    normal = web_host(host)
    if normal == host and host.isascii():
        return url
    netloc = parts.netloc.rpartition("@")
    port = f":{parts.port}" if parts.port is not None else ""
    return urlunsplit(parts._replace(netloc=f"{netloc[0]}{netloc[1]}{normal}{port}"))
