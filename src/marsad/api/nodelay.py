"""uvicorn's HTTP protocol with Nagle's algorithm off on every connection.

asyncio turns Nagle off only on sockets whose protocol number says TCP. uvicorn's listening
socket for several worker processes is made without one (`socket.socket(family=…)`), so the
connections the workers accept kept Nagle on, and a response sent in two writes (headers, then
body) waited for the client's delayed ACK: about 40 ms on every request (article page p50 12 →
45 ms on loopback with two workers). One process (asyncio's own listening socket) was not affected.
"""

from __future__ import annotations

import asyncio
import socket
from contextlib import suppress

try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as _Base
except ImportError:  # httptools missing: uvicorn's pure-Python parser
    from uvicorn.protocols.http.h11_impl import H11Protocol as _Base  # type: ignore[assignment]


class NoDelayHTTPProtocol(_Base):
    """uvicorn's HTTP protocol that sets TCP_NODELAY on the connection's socket first."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            with suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
