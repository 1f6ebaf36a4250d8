"""`marsad serve --workers N`: N server processes, each with its own listening socket on the port.

uvicorn's own workers share one listening socket, and whichever process wakes first accepts a
whole burst of new connections: 16 of 20 keep-alive connections went to one of two processes,
which then served 80 % of the requests while the other idled. Here each process opens its own
socket with SO_REUSEPORT, and the kernel spreads new connections across the sockets. Each
process has its own store connections and caches (`create_app`), and they share search pages
through a file in a private temporary directory (`marsad.api.shared_cache`). The parent only starts the
processes and stops them: on SIGINT or SIGTERM, or when one of them exits; a process whose
parent is gone (even killed) stops itself.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import socket
import tempfile
import threading
import time
from types import FrameType

REUSE_PORT = hasattr(socket, "SO_REUSEPORT")
# Worker threads for the store's work (searches, pages) per process. Searches are mostly Python and
# share one GIL, so more threads only add switching: in one process, 20 searches at once in 20
# threads cost 45-55 % more CPU each than one at a time, in 4 threads about 15 %; the server's CPU
# per search request (20 clients, one process) went from 5.7 ms with anyio's 40 threads to 5.3 ms.
# The requests beyond wait their turn in the event loop.
THREADS = 4


def listen(host: str, port: int, *, shared: bool = True) -> socket.socket:
    """A listening TCP socket on host:port; with `shared`, one that other processes may bind too
    (SO_REUSEPORT). Without, binding fails when anything listens there already (a check)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if shared:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    return sock


def _stop_with_parent(parent: int) -> None:
    """Stop this process (SIGTERM: uvicorn shuts down) when its parent is gone, even killed."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os.kill(os.getpid(), signal.SIGTERM)


def _serve_one(db: str, host: str, port: int, token: str | None, cache: bool, threads: int, parent: int,
               shared: str) -> None:
    """One server process: the app on its own socket, until uvicorn is told to stop."""
    import uvicorn

    threading.Thread(target=_stop_with_parent, args=(parent,), daemon=True).start()

    from marsad.api.app import HTTP_PROTOCOL, create_app

    sock = listen(host, port)
    config = uvicorn.Config(create_app(db, token, cache=cache, threads=threads, shared_cache=shared), log_level="info",
                            access_log=False, http=HTTP_PROTOCOL)
    uvicorn.Server(config).run(sockets=[sock])


def serve_processes(db: str, host: str, port: int, token: str | None, *, workers: int, cache: bool,
                    threads: int) -> None:
    """Run `workers` server processes until interrupted (or until one of them exits)."""
    listen(host, port, shared=False).close()  # fail now, in this process, when anything has the port
    ctx = multiprocessing.get_context("spawn")
    tmp = tempfile.mkdtemp(prefix="marsad-serve-")  # private (0700): the processes' shared search cache
    args = (db, host, port, token, cache, threads, os.getpid(), os.path.join(tmp, "searches.db"))
    procs = [ctx.Process(target=_serve_one, args=args, name=f"marsad-serve-{i}") for i in range(workers)]
    stopping = False

    def stop(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    old = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        for p in procs:
            p.start()
        while not stopping and all(p.is_alive() for p in procs):
            time.sleep(0.2)
    finally:
        for p in procs:
            if p.is_alive():
                p.terminate()  # uvicorn shuts down gracefully on SIGTERM
        for p in procs:
            p.join(15)
            if p.is_alive():
                p.kill()
        for s, h in old.items():
            signal.signal(s, h)
        shutil.rmtree(tmp, ignore_errors=True)
