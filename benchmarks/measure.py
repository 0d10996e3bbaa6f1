"""What the benchmark measures besides time: the machine, and memory of a whole process tree.

A build is not one process: `dagster asset materialize` starts a dbt subprocess and, for
large batches, a pool of extraction workers. Python's `ru_maxrss` only reports the largest
single process, so peak memory is sampled from /proc across the whole tree instead: the
sum of resident set sizes (what the issue's target is about; it counts pages shared by
forked workers once per process, so it errs high) and the sum of proportional set sizes
(shared pages split between their users: closer to what the tree really costs).
"""

from __future__ import annotations

import contextlib
import os
import platform
import resource
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

_PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class Machine:
    cores: int
    memory_gb: float
    cpu_model: str
    python: str
    system: str
    duckdb: str
    load_average: tuple[float, float, float]


def machine() -> Machine:
    """The machine the numbers come from (printed with every result: they mean nothing without it)."""
    import duckdb  # the benchmark's own dependency; the version matters for the numbers

    return Machine(
        cores=os.cpu_count() or 1,
        memory_gb=round(_meminfo_kb("MemTotal") / 1024 / 1024, 1),
        cpu_model=_cpu_model(),
        python=platform.python_version(),
        system=f"{platform.system()} {platform.release()}",
        duckdb=duckdb.__version__,
        load_average=os.getloadavg(),
    )


def _meminfo_kb(key: str) -> int:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def children_cpu_seconds() -> float:
    """User+system CPU of every child process reaped so far, and their reaped children.

    The difference across one build is the CPU the build cost, whatever else the machine
    was doing: a steadier figure than wall time on a shared machine.
    """
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _parents() -> dict[int, int]:
    out = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        # "pid (comm) state ppid ...": comm may itself hold spaces and parentheses
        out[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    return out


def descendants(root: int) -> list[int]:
    """`root` and every process below it, now."""
    children: dict[int, list[int]] = {}
    for pid, ppid in _parents().items():
        children.setdefault(ppid, []).append(pid)
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(children.get(pid, ()))
    return found


def _rss_bytes(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * _PAGE
    except (OSError, IndexError, ValueError):
        return 0


def _name(pid: int) -> str:
    """A short name for a process: its command line's first two words, minus paths."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return str(pid)
    words = [Path(a.decode(errors="replace")).name for a in argv[:3] if a]
    if words and words[0].startswith("python"):
        words = words[1:]
    return " ".join(words[:2]) or str(pid)


def _pss_bytes(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0


@dataclass
class TreeMemory:
    peak_rss_bytes: int = 0
    peak_pss_bytes: int = 0
    peak_processes: int = 0
    samples: int = 0
    #: at the RSS peak: (process, RSS MB) for each process of the tree, largest first
    at_peak: list[tuple[str, int]] = field(default_factory=list)


class TreeSampler:
    """Samples the memory of a process tree in a background thread until stopped.

    Use as a context manager around the wait for the root process.
    """

    #: PSS comes from /proc/<pid>/smaps_rollup, which walks every page table (~14 ms for a
    #: 1 GB process): read every 0.2 s for the whole tree it took ~20% of a core from the
    #: build it measured. It is read only near the RSS peak, at most once a second.
    PSS_INTERVAL = 1.0

    def __init__(self, root_pid: int, interval: float = 0.2) -> None:
        self.root_pid = root_pid
        self.interval = interval
        self._pss_read_at = 0.0
        self.result = TreeMemory()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = descendants(self.root_pid)
            r = self.result
            rss = {p: _rss_bytes(p) for p in pids}
            total = sum(rss.values())
            if total > r.peak_rss_bytes:
                r.peak_rss_bytes = total
                r.at_peak = sorted(((_name(p), b // 2**20) for p, b in rss.items()), key=lambda x: -x[1])
            now = time.monotonic()
            if total >= 0.9 * r.peak_rss_bytes and now - self._pss_read_at >= self.PSS_INTERVAL:
                r.peak_pss_bytes = max(r.peak_pss_bytes, sum(_pss_bytes(p) for p in pids))
                self._pss_read_at = now
            r.peak_processes = max(r.peak_processes, len(pids))
            r.samples += 1
            self._stop.wait(self.interval)


def file_bytes(path: Path) -> int:
    """Size of a DuckDB file with its write-ahead log, 0 when absent."""
    total = 0
    for p in (path, path.with_name(path.name + ".wal")):
        with contextlib.suppress(FileNotFoundError):
            total += p.stat().st_size
    return total


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100) by linear interpolation, as numpy's default does."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * q / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def wait_until(predicate: Callable[[], bool], timeout: float, interval: float = 0.25) -> bool:
    """Poll `predicate()` until true or `timeout` seconds pass; whether it became true."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False
