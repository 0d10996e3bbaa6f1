"""A dbt process started at the beginning of a run, so the dbt step does not wait for imports.

`dbt build` spends ~2 s of a pipeline run importing dbt-core and its adapter before it reads
a single file, on the critical path of every run: a +10 build of the 100,000-document
warehouse takes ~20 s, and a dropped file waits for the same imports. The run resource
(`orchestration.dbt.NewsfactsDbtCli`) therefore starts `newsfacts-dbt --preload` when the
run starts; it imports dbt while ingest and extraction work, then waits. When the dbt
step runs `newsfacts-dbt build ...`, that process (the client) hands its command line,
working directory, environment and standard streams to the waiting one over a Unix socket
and relays its exit status: dagster-dbt still reads dbt's JSON log from the pipe it opened,
and still sees an exit code, so nothing in dagster-dbt changes. Spring does this for Rails.

One preloaded process serves one command and exits, as a freshly started dbt would. When no
preloaded process is there (another platform, a command run by hand, a second command in the
same run) the client runs dbt itself. Signals the client gets (dagster-dbt interrupts dbt
with SIGINT) are passed on; when the client disappears, the server interrupts itself, and
when the run process that started it disappears, an idle server exits.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from orchestration.processes import process_exists

#: Where the socket of this run's preloaded dbt is, for the `newsfacts-dbt` the run starts.
SOCKET_ENV = "NEWSFACTS_DBT_PRELOADED"

#: Standard input, output and error: handed over with the command.
_STREAMS = (0, 1, 2)
_LENGTH = struct.Struct("!I")
#: How often an idle server checks that the process that started it is still there.
_PARENT_POLL_SECONDS = 1.0


def available() -> bool:
    """Unix sockets that carry file descriptors: Linux, macOS and the BSDs."""
    return hasattr(socket, "AF_UNIX") and hasattr(socket, "send_fds")


# -- the client: `newsfacts-dbt build ...` run by dagster-dbt ---------------------------------


def run_preloaded(socket_path: str, argv: Sequence[str]) -> int | None:
    """Run `argv` in the preloaded dbt at `socket_path` and return its exit code, or None when
    no preloaded dbt took the command (the caller then runs dbt itself)."""
    forward = _SignalForwarder()  # from the start: an interrupt may come before the server's pid
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.connect(socket_path)
        request = json.dumps({"argv": list(argv), "cwd": os.getcwd(), "env": dict(os.environ)}).encode()
        socket.send_fds(sock, [_LENGTH.pack(len(request)) + request], list(_STREAMS))
        replies = sock.makefile("rb")
        started = replies.readline()
    except OSError:
        started = b""
    if not started:  # no server, or it exited before taking the command: nothing ran
        sock.close()
        forward.release()
        return None
    server_pid = json.loads(started)["pid"]
    forward.to(server_pid)
    finished = replies.readline()
    sock.close()
    if not finished:
        print(f"newsfacts-dbt: preloaded dbt (pid {server_pid}) ended without an exit code", file=sys.stderr)
        return 1
    return int(json.loads(finished)["exit"])


_FORWARDED = (signal.SIGINT, signal.SIGTERM)


class _SignalForwarder:
    """Passes SIGINT and SIGTERM on to the process running the command (dagster-dbt interrupts
    "dbt" by signalling the process it started: the client). Signals that come before that
    process is known are kept and passed on once it is, or raised here when none takes over."""

    def __init__(self) -> None:
        self._pid: int | None = None
        self._pending: list[int] = []
        self._before = {signum: signal.signal(signum, self._handle) for signum in _FORWARDED}

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        if self._pid is None:
            self._pending.append(signum)
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(self._pid, signum)

    def to(self, pid: int) -> None:
        self._pid = pid
        for signum in self._pending:
            self._handle(signum, None)

    def release(self) -> None:
        """Back to the handlers from before, raising what came meanwhile: dbt runs here instead."""
        for forwarded, handler in self._before.items():
            signal.signal(forwarded, handler)
        for signum in self._pending:
            signal.raise_signal(signum)


# -- the server: `newsfacts-dbt --preload SOCKET_FD PARENT_PID FOLDER` started by the run ---


def accept_interrupts() -> None:
    """Take SIGINT as KeyboardInterrupt, as dbt expects to be stopped (dagster-dbt cancels a run
    that way). A process started with SIGINT ignored or blocked (as a parent that ignores or
    blocks it leaves its children) would otherwise never see it, and a cancelled run's dbt went
    on to the end."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def serve(
    listener: socket.socket,
    parent_pid: int,
    preload: Callable[[], Callable[[list[str]], int]],
    folder: str | None = None,
) -> int:
    """Call `preload` (the imports; returns the command to run), then run the first command a
    client sends to `listener` (already listening: a client that comes early waits in its
    backlog) and return its exit code, or 0 when none came before `parent_pid` went away.

    `folder`, the socket's own temporary folder, is removed once the socket stops listening:
    a run process killed outright never tears its resources down, and each such run left one
    behind in the temporary directory."""
    accept_interrupts()
    run = preload()
    listener.settimeout(_PARENT_POLL_SECONDS)
    try:
        while True:
            try:
                conn, _ = listener.accept()
                break
            except TimeoutError:
                if os.getppid() != parent_pid:  # reparented: the run process has exited
                    return 0
    finally:
        listener.close()  # later clients are refused, and run dbt themselves
        if folder is not None:  # ... or find no socket, which they take the same way
            shutil.rmtree(folder, ignore_errors=True)
    conn.settimeout(None)
    with conn:
        request = _receive(conn)
        os.chdir(request.cwd)
        os.environ.clear()
        os.environ.update(request.env)
        conn.sendall(json.dumps({"pid": os.getpid()}).encode() + b"\n")
        done = threading.Event()
        threading.Thread(target=_interrupt_when_client_leaves, args=(conn, done), daemon=True).start()
        try:
            code = run(request.argv)
        finally:
            done.set()
            sys.stdout.flush()
            sys.stderr.flush()
        with contextlib.suppress(OSError):  # a client already gone saw the end another way
            conn.sendall(json.dumps({"exit": code}).encode() + b"\n")
    return code


def listening_socket(path: str) -> socket.socket:
    """A Unix socket bound at `path` with a backlog for the one client it will serve."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(1)
    return listener


@dataclass(frozen=True)
class _Request:
    argv: list[str]
    cwd: str
    env: dict[str, str]


def _receive(conn: socket.socket) -> _Request:
    """The command, with the client's streams installed as this process's own."""
    first, fds, _, _ = socket.recv_fds(conn, 1 << 16, len(_STREAMS))
    if len(fds) != len(_STREAMS):
        raise RuntimeError(f"expected {len(_STREAMS)} streams from the client, got {len(fds)}")
    (length,) = _LENGTH.unpack(first[: _LENGTH.size])
    body = bytearray(first[_LENGTH.size :])
    while len(body) < length:
        chunk = conn.recv(length - len(body))
        if not chunk:
            raise RuntimeError("the client closed the connection mid-request")
        body += chunk
    sys.stdout.flush()
    sys.stderr.flush()
    for target, fd in zip(_STREAMS, fds, strict=True):
        os.dup2(fd, target)
        os.close(fd)
    request = json.loads(body)
    return _Request(list(request["argv"]), str(request["cwd"]), dict(request["env"]))


def _interrupt_when_client_leaves(conn: socket.socket, done: threading.Event) -> None:
    """The client sends nothing after its request: end of stream means it was killed, and
    dbt is interrupted as it would have been had it been the client's own child."""
    with contextlib.suppress(OSError):
        conn.recv(1)
    if not done.is_set():
        os.kill(os.getpid(), signal.SIGINT)


# -- the run's side: start one when the run starts, stop it if it was never used --------------


@dataclass
class PreloadedDbt:
    """A preloaded dbt started by this process, and the socket its clients find it at."""

    process: subprocess.Popen[bytes]
    socket_path: str
    folder: str

    @classmethod
    def start(cls, command: str) -> PreloadedDbt:
        """Start `command --preload` (a `newsfacts-dbt`); it imports dbt in the background.

        The socket listens before this returns (it is handed to the process already bound),
        so a client can never find it missing because the process has not got that far."""
        _remove_abandoned_folders()
        folder = tempfile.mkdtemp(prefix=f"{_FOLDER_PREFIX}{os.getpid()}-")
        path = os.path.join(folder, "dbt.sock")
        with listening_socket(path) as listener:
            process = subprocess.Popen(
                [command, "--preload", str(listener.fileno()), str(os.getpid()), folder],
                pass_fds=[listener.fileno()],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                # dagster-dbt runs dbt unbuffered; the streams are chosen when the process starts
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
            )
        return cls(process, path, folder)

    def stop(self) -> None:
        """End it if no command came (a run that failed or stopped before its dbt step), and
        remove its folder if it has not (it does once it stops listening; see `serve`)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


#: A socket's folder is named for the run process that made it: `newsfacts-dbt-<pid>-<random>`.
_FOLDER_PREFIX = "newsfacts-dbt-"


def _remove_abandoned_folders() -> None:
    """Remove the socket folders of run processes that no longer exist.

    The server removes its own folder (see `serve`), and a run's teardown does too, but a
    run whose whole process group was killed outright (SIGKILL to the group, as a container
    stop or `kill -9 -PGID` does) had neither left to do it. A folder whose run process is
    gone is nobody's: its server, if still alive, has stopped listening or exits within a
    second, and removes it the same way."""
    pattern = re.compile(re.escape(_FOLDER_PREFIX) + r"(\d+)-")
    for folder in Path(tempfile.gettempdir()).glob(f"{_FOLDER_PREFIX}*-*"):
        match = pattern.match(folder.name)
        if match is not None and not process_exists(int(match.group(1))):
            shutil.rmtree(folder, ignore_errors=True)
