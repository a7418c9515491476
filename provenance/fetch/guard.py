"""Address checks: private, loopback, link-local and reserved addresses are refused on every hop.

A page on the public web that redirects to http://10.0.0.1/ or to a name resolving to 127.0.0.1 must not
make the tool read the newsroom's own network (server-side request forgery).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket

from provenance.errors import ErrorKind, FetchError


class RefusedAddress(FetchError):
    """The host is, or resolves to, an address that is not on the public internet."""

    def __init__(self, host: str, address: str, label: str) -> None:
        self.host, self.address, self.label = host, address, label
        if host == address:
            where = f"The address {address} is {label}"
        else:
            where = f"The host {host} resolves to the {label} address {address}"
        super().__init__(f"{where}; use --allow-private-addresses to read it.", ErrorKind.REFUSED_ADDRESS)


class DnsFailure(FetchError):
    """The host name could not be resolved."""

    def __init__(self, host: str) -> None:
        self.host = host
        super().__init__(f"The site's name {host} could not be found (DNS lookup failed).", ErrorKind.DNS)


def address_label(address: str) -> str | None:
    """Why an IP address is refused ("private", "loopback" …), or None when it is public."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for label, flag in (
        ("loopback", ip.is_loopback), ("unspecified", ip.is_unspecified), ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast), ("private", ip.is_private), ("reserved", ip.is_reserved),
    ):
        if flag:
            return label
    return None if ip.is_global else "reserved"


def literal_ip(host: str) -> str | None:
    """The host itself when it is an IP literal ("[::1]" → "::1"), else None."""
    bare = host.strip("[]")
    try:
        ipaddress.ip_address(bare.split("%", 1)[0])
    except ValueError:
        return None
    return bare


def check_literal(host: str) -> None:
    """Refuse an IP-literal host that is not public; names are left to `check_host`."""
    ip = literal_ip(host)
    if ip is not None:
        label = address_label(ip)
        if label:
            raise RefusedAddress(ip, ip, label)


async def check_host(host: str, port: int) -> None:
    """Resolve `host` and refuse it when any of its addresses is not public (raises RefusedAddress)."""
    if literal_ip(host) is not None:
        check_literal(host)
        return
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise DnsFailure(host) from exc
    for *_, sockaddr in infos:
        address = str(sockaddr[0])
        label = address_label(address)
        if label:
            raise RefusedAddress(host, address, label)
