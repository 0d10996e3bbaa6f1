"""The performance benchmark: one command, the issue's numbers, written to benchmarks/results/.

    python benchmarks/run.py                      # everything at 1k, 10k and 100k documents
    python benchmarks/run.py --sizes 1000,10000   # smaller builds
    python benchmarks/run.py --quick              # a smoke run in a few minutes

Measures, in order: extractor throughput on one core (sample corpus and generated text);
headless cold builds at each size, split by asset; incremental builds on the largest
size (10 documents added, the same 10 into an empty warehouse, nothing changed); and the
drop-to-query latency under `dagster dev`. Generated corpora are cached under the work
folder (keyed by seed, size and generator source), so reruns skip generation.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

import builds
import latency
import measure
import report
import throughput
from generate import CorpusGenerator, write_corpus

from orchestration.extraction import COMPILED
from orchestration.settings import PROJECT_ROOT

HERE = Path(__file__).resolve().parent
SECTIONS = ("extractor", "builds", "incremental", "latency")
#: The documents added by the incremental benchmark come from their own index range.
INCREMENT_INDEX_START = 70_000_000
INCREMENT_SIZE = 10
#: The +10 build is repeated with fresh documents each time (100,010, 100,020, ... documents)
#: and the median is the result: one run on this shared machine moves by a few seconds.
INCREMENT_REPEATS = 3
#: Where the increment goes inside the largest corpus while the incremental builds run.
INCREMENT_DIR = "zz-increment"


def _generator_digest() -> str:
    return hashlib.sha256((HERE / "generate.py").read_bytes()).hexdigest()[:12]


def corpus(workdir: Path, n: int, seed: int, start: int = 0) -> Path:
    """A generated raw folder of `n` documents, reused while the generator is unchanged.

    The marker is a hidden file, which the raw-folder scanner skips.
    """
    folder = workdir / f"corpus-s{seed}-i{start}-n{n}"
    marker = folder / ".generated"
    if marker.exists() and marker.read_text() == _generator_digest():
        shutil.rmtree(folder / INCREMENT_DIR, ignore_errors=True)  # left by an interrupted run
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    summary = write_corpus(folder, n, seed=seed, start=start)
    marker.write_text(_generator_digest())
    print(
        f"  generated {n:,} documents ({summary.bytes / 1e6:,.0f} MB) in {summary.seconds:.1f}s", flush=True
    )
    return folder


def _commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=PROJECT_ROOT, capture_output=True, text=True).stdout.strip()

    dirty = git("status", "--porcelain", "--untracked-files=no", "--", "orchestration", "dbt_project")
    return git("rev-parse", "--short", "HEAD") + ("+local changes" if dirty else "")


def _print_build(b: builds.BuildResult) -> None:
    steps = ", ".join(f"{k} {v:.1f}s" for k, v in b.steps.items())
    state = "ok" if b.ok else f"FAILED, see {b.log}"
    print(
        f"  {b.label}: {b.wall_seconds:.1f}s wall ({state}; {steps}; start-up {b.startup_seconds:.1f}s), "
        f"CPU {b.cpu_seconds:.0f}s, peak RSS {b.peak_rss_bytes / 2**20:,.0f} MB "
        f"over {b.peak_processes} processes, "
        f"working file {b.work_bytes / 2**20:,.1f} MB, published {b.published_bytes / 2**20:,.1f} MB",
        flush=True,
    )


def run_extractor(args: argparse.Namespace, gen: CorpusGenerator, results: dict) -> None:
    print("extractor throughput, one core", flush=True)
    rows = []
    corpus_dir = Path(args.corpus_dir)
    if (corpus_dir / "docs").is_dir():
        rows.append(
            throughput.measure("sample corpus", throughput.sample_corpus_files(corpus_dir), args.min_seconds)
        )
    else:
        results["notes"].append(f"sample corpus not found at {corpus_dir} (set CORPUS_DIR): not measured")
    rows.append(
        throughput.measure(
            f"{args.throughput_docs:,} generated",
            throughput.generated_files(gen, args.throughput_docs),
            args.min_seconds,
        )
    )
    for r in rows:
        print(
            f"  {r.corpus}: extract {r.extract.words_per_cpu_second:,.0f} words/s "
            f"({r.extract.documents_per_cpu_second:,.0f} docs/s), "
            f"parse {r.parse.words_per_cpu_second:,.0f} words/s; "
            f"{r.trade_mentions} trade mentions, {r.engagements} engagements",
            flush=True,
        )
    results["extractor"] = [r.as_dict() for r in rows]


def _warm(folder: Path) -> None:
    read, seconds = builds.warm_page_cache(folder)
    print(f"  read {read / 1e6:,.0f} MB of documents into the page cache in {seconds:.1f}s", flush=True)


def run_builds(args: argparse.Namespace, results: dict) -> builds.Target | None:
    """Cold builds at every size; returns the largest build's target for the incremental runs."""
    largest = None
    for n in args.sizes:
        print(f"cold build, {n:,} documents", flush=True)
        raw = corpus(args.workdir, n, args.seed)
        _warm(raw)
        target = builds.fresh_target(args.workdir / f"build-{n}", raw, args.instance_config, args.source)
        b = builds.headless_build(target, f"cold {n:,}", args.workdir / "logs" / f"cold-{n}.log")
        _print_build(b)
        results["builds"].append(b.as_dict())
        if largest is not None and not args.keep:
            shutil.rmtree(largest.warehouse.parent.parent, ignore_errors=True)
        largest = target
    return largest


def run_incremental(args: argparse.Namespace, target: builds.Target, results: dict) -> None:
    base_files = builds.count_files(target.raw_dir)
    print(
        f"incremental: {INCREMENT_SIZE} documents added to {base_files:,}, {INCREMENT_REPEATS} times",
        flush=True,
    )
    increments = [
        corpus(args.workdir, INCREMENT_SIZE, args.seed, start=INCREMENT_INDEX_START + k * INCREMENT_SIZE)
        for k in range(INCREMENT_REPEATS)
    ]
    logs = args.workdir / "logs"
    _warm(target.raw_dir)
    for attempt in (1, 2):
        added, unchanged = _add_and_rebuild(target, increments, logs)
        extracted = [a.documents_extracted for a in added]
        if max(extracted) <= INCREMENT_SIZE and unchanged.documents_extracted == 0:
            break
        # Someone changed the extractor's source while the benchmark ran (a new extractor
        # version re-extracts every document): settle on the new version, then measure again.
        note = (
            f"attempt {attempt}: the extractor's source changed during the incremental builds "
            f"({max(extracted):,} and {unchanged.documents_extracted:,} documents re-extracted)"
        )
        print(f"  {note}; settling and measuring again", flush=True)
        results["notes"].append(note)
        _print_build(builds.headless_build(target, "settle", logs / f"incremental-settle-{attempt}.log"))
    empty_target = builds.fresh_target(
        args.workdir / "build-empty", increments[0], args.instance_config, args.source
    )
    empty = builds.headless_build(
        empty_target, f"{INCREMENT_SIZE} into empty", logs / "incremental-empty.log"
    )
    _print_build(empty)
    median = sorted(added, key=lambda b: b.wall_seconds)[len(added) // 2]
    ratio = median.wall_seconds / empty.wall_seconds if empty.wall_seconds else float("nan")
    walls = ", ".join(f"{a.wall_seconds:.1f}" for a in added)
    print(
        f"  added: {walls} s, median {median.wall_seconds:.1f} s; ratio median/empty: {ratio:.2f}", flush=True
    )
    results["incremental"] = {
        "base_files": base_files,
        "added": median.as_dict(),
        "added_runs": [a.as_dict() for a in added],
        "unchanged": unchanged.as_dict(),
        "empty": empty.as_dict(),
        "ratio": ratio,
    }
    if not args.keep:
        shutil.rmtree(empty_target.warehouse.parent.parent, ignore_errors=True)


def _add_and_rebuild(
    target: builds.Target, increments: list[Path], logs: Path
) -> tuple[list[builds.BuildResult], builds.BuildResult]:
    """Build once per increment, each copied into the raw folder on top of the ones before,
    then once more with nothing changed. The raw folder is left as it was generated."""
    added_dir = target.raw_dir / INCREMENT_DIR
    added = []
    try:
        for k, increment in enumerate(increments, 1):
            shutil.copytree(increment, added_dir / str(k), ignore=shutil.ignore_patterns(".*"))
            label = f"{INCREMENT_SIZE} added ({k}/{len(increments)})"
            build = builds.headless_build(target, label, logs / f"incremental-added-{k}.log")
            _print_build(build)
            added.append(build)
        unchanged = builds.headless_build(target, "nothing changed", logs / "incremental-unchanged.log")
        _print_build(unchanged)
    finally:
        shutil.rmtree(added_dir, ignore_errors=True)  # the cached corpus stays as generated
    return added, unchanged


def run_latency(args: argparse.Namespace, gen: CorpusGenerator, results: dict) -> None:
    print(f"drop-to-query latency under `dagster dev`, {args.drops} drops", flush=True)
    root = args.workdir / "latency"
    target = builds.fresh_target(root, root / "raw", args.instance_config, args.source)
    lat = latency.drop_to_query_latency(
        target,
        gen,
        base_documents=args.latency_base,
        drops=args.drops,
        log_path=args.workdir / "logs" / "latency.log",
    )
    for d in lat.drops:
        runs = "; ".join(
            f"{r['by']} created {r['created']}, started {r['started']}, ended {r['ended']}" for r in d.runs
        )
        seconds = "not readable" if d.seconds is None else f"{d.seconds:.1f}s"
        print(f"  {d.source_path}: {seconds} ({d.criterion}) [{runs}]")
    print(f"  p50 {lat.p50_seconds:.1f}s, p95 {lat.p95_seconds:.1f}s, {lat.failed} failed", flush=True)
    results["latency"] = lat.as_dict()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", default="1000,10000,100000", help="cold build sizes (default 1000,10000,100000)"
    )
    parser.add_argument("--quick", action="store_true", help="1,000 documents, 3 drops, short timings")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--drops", type=int, default=10, help="files dropped for the latency test")
    parser.add_argument(
        "--latency-base", type=int, default=1000, help="documents in the raw folder under dagster dev"
    )
    parser.add_argument("--skip", default="", help=f"comma-separated sections to skip: {', '.join(SECTIONS)}")
    parser.add_argument("--workdir", type=Path, default=HERE / "out", help="corpora, warehouses and logs")
    parser.add_argument(
        "--output", type=Path, default=None, help="results folder (default benchmarks/results)"
    )
    parser.add_argument("--keep", action="store_true", help="keep every warehouse built")
    parser.add_argument(
        "--no-snapshot",
        dest="snapshot",
        action="store_false",
        help="run the builds on the checkout itself, not on a copy of the code taken at the start",
    )
    parser.add_argument(
        "--instance-config",
        type=Path,
        default=builds.PROJECT_INSTANCE_CONFIG,
        help="dagster.yaml for the benchmark's Dagster instances (default: the project's dagster_home/)",
    )
    default_corpus = os.environ.get("CORPUS_DIR", str(PROJECT_ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--corpus-dir", default=default_corpus, help="the labelled sample (env CORPUS_DIR)")
    args = parser.parse_args(argv)
    args.sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    args.skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    unknown = args.skip - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections to skip: {', '.join(sorted(unknown))}")
    args.min_seconds, args.throughput_docs = 5.0, 2000
    if args.quick:
        args.sizes, args.drops, args.latency_base = [1000], 3, 300
        args.min_seconds, args.throughput_docs = 1.0, 300
    if args.output is None:
        # a smoke run must not overwrite the committed results of a full one
        args.output = args.workdir / "results" if args.quick else HERE / "results"
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    (args.workdir / "logs").mkdir(exist_ok=True)
    machine = measure.machine()
    print(f"machine: {report.machine_line(asdict(machine))}", flush=True)
    print(f"extractor: {report.extractor_line(COMPILED)}", flush=True)
    started = time.perf_counter()
    results: dict = {
        "started_at": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "command": "python benchmarks/run.py " + " ".join(sys.argv[1:] if argv is None else argv),
        "commit": _commit(),
        "seed": args.seed,
        "machine": asdict(machine),
        "extractor_compiled": COMPILED,
        "builds": [],
        "notes": [],
    }
    gen = CorpusGenerator(args.seed)
    args.source = builds.snapshot_source(args.workdir / "source") if args.snapshot else PROJECT_ROOT
    if "extractor" not in args.skip:
        run_extractor(args, gen, results)
    largest = run_builds(args, results) if "builds" not in args.skip else None
    if "incremental" not in args.skip and largest is not None:
        run_incremental(args, largest, results)
    if "latency" not in args.skip:
        run_latency(args, gen, results)
    results["seconds"] = time.perf_counter() - started
    results["machine"]["load_average_end"] = list(measure.machine().load_average)
    json_path, md_path = report.write(results, args.output)
    print("\n" + md_path.read_text(encoding="utf-8"))
    print(f"results written to {json_path} and {md_path}")
    return 0 if all(c.ok is not False for c in report.checks(results)) else 1


if __name__ == "__main__":
    sys.exit(main())
