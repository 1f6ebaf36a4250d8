"""`marsad serve --workers 2`: two processes, each with its own socket, share the connections."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from typing import Any

import httpx
import psutil
import pytest

from marsad.api import processes

pytestmark = pytest.mark.skipif(not processes.REUSE_PORT,
                                reason="no SO_REUSEPORT here: uvicorn's own workers are used")


def _serve_two(db: str) -> tuple[subprocess.Popen[bytes], int]:
    """`serve(db, workers=2)` in a new process on a free port: the process and the port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    server = subprocess.Popen([sys.executable, "-c", "from marsad.api.app import serve; "
                               f"serve({db!r}, '127.0.0.1', {port}, None, workers=2)"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return server, port


def _server_processes(server: subprocess.Popen[bytes]) -> list[psutil.Process]:
    """The server processes `server` started (not multiprocessing's resource tracker)."""
    return [p for p in psutil.Process(server.pid).children() if "spawn_main" in " ".join(p.cmdline())]


def test_two_processes_share_the_connections_and_stop_together(built: dict[str, Any]) -> None:
    server, port = _serve_two(built["db"])
    clients: list[httpx.Client] = []
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(base + "/api/v1/stats", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        children = _server_processes(server)
        assert len(children) == 2
        with pytest.raises(OSError):  # the port is taken: a second server would fail, not join in
            processes.listen("127.0.0.1", port, shared=False)
        for _ in range(24):  # keep-alive connections, held open
            c = httpx.Client(base_url=base)
            assert c.get("/api/v1/search", params={"q": "غزة"}).status_code == 200
            clients.append(c)
        per_child = [sum(1 for k in p.net_connections(kind="tcp") if k.status == psutil.CONN_ESTABLISHED
                         and k.laddr.port == port) for p in children]
        assert sum(per_child) >= 24 and min(per_child) >= 1, per_child  # 24 on one socket: odds 2 ** -23
        server.send_signal(signal.SIGTERM)
        assert server.wait(30) == 0
        assert not any(p.is_running() and p.status() != psutil.STATUS_ZOMBIE for p in children)
    finally:
        for c in clients:
            c.close()
        if server.poll() is None:
            server.kill()


def test_processes_stop_when_the_parent_is_killed(built: dict[str, Any]) -> None:
    server, _ = _serve_two(built["db"])
    try:
        deadline = time.monotonic() + 60
        children: list[psutil.Process] = []
        while time.monotonic() < deadline and len(children) < 2:
            time.sleep(0.2)
            children = _server_processes(server)
        assert len(children) == 2
        server.kill()
        server.wait(10)
        _, alive = psutil.wait_procs(children, timeout=30)
        assert not alive
    finally:
        if server.poll() is None:
            server.kill()
