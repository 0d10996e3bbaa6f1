"""The preloaded dbt process: real `newsfacts-dbt` processes talking over a real Unix socket.

The pipeline tests (tests/test_pipeline.py and the reliability and corpus builds) run every
dbt build of a Dagster run through it; these tests pin down the hand-over itself: exit codes,
streams, falling back, and what happens when either side goes away.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from orchestration import dbt_preload
from orchestration.dbt import dbt_executable
from orchestration.dbt_preload import PreloadedDbt, listening_socket

pytestmark = pytest.mark.skipif(
    not dbt_preload.available(), reason="needs Unix sockets that carry descriptors"
)

DBT = dbt_executable()


def _client(socket_path: str, *args: str, **popen: object) -> subprocess.Popen[str]:
    env = {**os.environ, dbt_preload.SOCKET_ENV: socket_path, "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    return subprocess.Popen(
        [DBT, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **popen
    )


@contextmanager
def _preloaded() -> Iterator[PreloadedDbt]:
    preloaded = PreloadedDbt.start(DBT)
    try:
        yield preloaded
    finally:
        preloaded.stop()


def _served(preloaded: PreloadedDbt, *args: str) -> tuple[int, str, int]:
    """(the client's exit code, its output, the preloaded process's exit code)."""
    client = _client(preloaded.socket_path, *args)
    out, _ = client.communicate(timeout=120)
    return client.returncode, out, preloaded.process.wait(timeout=30)


def test_a_command_runs_in_the_preloaded_process_with_the_clients_streams_and_exit_code() -> None:
    with _preloaded() as preloaded:
        code, out, served = _served(preloaded, "--version")
        with pytest.raises(FileNotFoundError), socket.socket(socket.AF_UNIX) as late:
            late.connect(preloaded.socket_path)  # a second command finds nobody and runs dbt itself
    assert (code, served) == (0, 0), out  # the server ran it, and served only it
    assert "Core:" in out  # dbt's own output, written by the server into the client's pipe


def test_a_failing_command_fails_the_client_with_dbts_exit_code() -> None:
    with _preloaded() as preloaded:
        code, out, served = _served(preloaded, "no-such-command")
    assert (code, served) == (2, 2), out
    assert "No such command 'no-such-command'" in out


def test_without_a_preloaded_process_the_command_runs_dbt_itself(tmp_path: Path) -> None:
    client = _client(str(tmp_path / "nobody-listens.sock"), "--version")
    out, _ = client.communicate(timeout=120)
    assert client.returncode == 0, out
    assert "Core:" in out


def test_an_unused_preloaded_process_ends_with_the_process_that_started_it() -> None:
    script = (
        "from orchestration.dbt_preload import PreloadedDbt\n"
        f"preloaded = PreloadedDbt.start({DBT!r})\n"
        "print(preloaded.process.pid, preloaded.folder)"  # and exits without stopping it
    )
    # the server keeps the starter's stderr: reading it to its end waits for the server too
    starter = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    pid, folder = starter.stdout.split()
    server = int(pid)
    deadline = time.monotonic() + 60  # its imports first, then a check every second
    while time.monotonic() < deadline:
        try:
            os.kill(server, 0)
        except ProcessLookupError:
            assert not Path(folder).exists()  # nobody else is left to remove its socket
            return
        time.sleep(0.2)
    os.kill(server, signal.SIGKILL)
    pytest.fail("the preloaded dbt outlived the process that started it")


def test_a_served_command_leaves_no_socket_behind() -> None:
    """A run process killed outright never stops its preloaded dbt: the server cleans up."""
    preloaded = PreloadedDbt.start(DBT)
    code, out, _ = _served(preloaded, "--version")
    assert code == 0, out
    assert not Path(preloaded.folder).exists()
    preloaded.stop()  # and stopping it afterwards, as a run's teardown does, is harmless


#: A server whose "dbt" waits to be interrupted and reports it with exit code 130, so the
#: tests see which interruptions reach the command.
_WAITING_SERVER = textwrap.dedent(
    """
    import os, socket, sys, time
    from orchestration.dbt_preload import serve

    def preload():
        def run(argv):
            try:
                print("running", argv, flush=True)
                time.sleep(120)
            except KeyboardInterrupt:
                return 130
            return 0
        return run

    sys.exit(serve(socket.socket(fileno=int(sys.argv[1])), os.getppid(), preload))
    """
)


def _waiting_server(
    socket_path: Path, preexec: Callable[[], object] | None = None
) -> subprocess.Popen[bytes]:
    with listening_socket(str(socket_path)) as listener:
        fd = listener.fileno()
        return subprocess.Popen(
            [sys.executable, "-c", _WAITING_SERVER, str(fd)], pass_fds=[fd], preexec_fn=preexec
        )


def _waiting_client(socket_path: Path) -> subprocess.Popen[str]:
    script = (
        "import sys\nfrom orchestration.dbt_preload import run_preloaded\n"
        f"sys.exit(run_preloaded({str(socket_path)!r}, ['build']))\n"
    )
    client = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert client.stdout is not None
    assert client.stdout.readline().strip() == "running ['build']"  # printed by the server
    return client


def test_an_interrupt_sent_to_the_client_reaches_the_command(tmp_path: Path) -> None:
    socket_path = tmp_path / "dbt.sock"
    server = _waiting_server(socket_path)
    client = _waiting_client(socket_path)
    client.send_signal(signal.SIGINT)  # what dagster-dbt does when a run is cancelled
    assert client.wait(timeout=30) == 130
    assert server.wait(timeout=30) == 130


def test_a_client_killed_outright_interrupts_the_command(tmp_path: Path) -> None:
    socket_path = tmp_path / "dbt.sock"
    server = _waiting_server(socket_path)
    client = _waiting_client(socket_path)
    client.kill()
    client.wait(timeout=30)
    assert server.wait(timeout=30) == 130


@pytest.mark.parametrize(
    "inherited",
    [
        lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
        lambda: signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}),
    ],
    ids=["ignored", "blocked"],
)
def test_a_server_started_with_interrupts_ignored_still_passes_them_to_the_command(
    tmp_path: Path, inherited: Callable[[], object]
) -> None:
    """A parent that ignores or blocks SIGINT leaves its children so, and Python then never
    raises KeyboardInterrupt: a cancelled run's dbt went on, and these tests hung in a test
    worker that an earlier test had left so (a CI-like run of `make test`)."""
    socket_path = tmp_path / "dbt.sock"
    server = _waiting_server(socket_path, inherited)
    client = _waiting_client(socket_path)
    client.kill()
    client.wait(timeout=30)
    assert server.wait(timeout=30) == 130


def test_starting_removes_the_socket_folders_of_run_processes_that_are_gone() -> None:
    """A run whose whole process group was SIGKILLed left its folder: the next run removes it."""
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True)
    abandoned = Path(tempfile.mkdtemp(prefix=f"newsfacts-dbt-{int(gone.stdout)}-"))
    (abandoned / "dbt.sock").touch()
    alive = Path(tempfile.mkdtemp(prefix=f"newsfacts-dbt-{os.getpid()}-"))  # this process's own
    try:
        with _preloaded():
            assert not abandoned.exists()
            assert alive.exists()
    finally:
        shutil.rmtree(abandoned, ignore_errors=True)
        shutil.rmtree(alive, ignore_errors=True)
