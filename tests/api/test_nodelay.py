"""`marsad serve`'s connections have Nagle's algorithm off, whichever socket uvicorn listens on."""

from __future__ import annotations

import asyncio
import socket

from uvicorn.config import Config
from uvicorn.server import ServerState

from marsad.api.app import HTTP_PROTOCOL


async def _nodelay_after_connection_made() -> tuple[int, int]:
    # A listening socket made as uvicorn makes it for several workers: no protocol number, so
    # asyncio leaves Nagle on for the connections it accepts.
    with socket.socket(socket.AF_INET) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        client = socket.create_connection(listener.getsockname())
        accepted, _ = listener.accept()
        before = accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)

        async def app(scope: object, receive: object, send: object) -> None:
            return None

        config = Config(app=app, http=HTTP_PROTOCOL, lifespan="off", log_level="warning")
        config.load()
        loop = asyncio.get_running_loop()
        proto = config.http_protocol_class(config=config, server_state=ServerState(), app_state={})  # type: ignore[call-arg]
        transport, _ = await loop.connect_accepted_socket(lambda: proto, sock=accepted)
        after = accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
        transport.close()
        client.close()
        return before, after


def test_connections_have_nagle_off() -> None:
    before, after = asyncio.run(_nodelay_after_connection_made())
    assert before == 0 and after != 0
