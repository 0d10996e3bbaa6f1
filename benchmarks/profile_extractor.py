"""Where the extractor's time goes: `extract_document` under cProfile, by module and by function.

    python benchmarks/profile_extractor.py                 # the sample corpus and 600 generated stories
    python benchmarks/profile_extractor.py --generated 0   # the sample corpus only
    python benchmarks/profile_extractor.py --top 60

The throughput benchmark says how fast the extractor is; this says which code to read before
trying to make it faster. Own time (time in a function's body and the C calls it makes, such
as regex scans, but not in the Python functions it calls) is summed per module of the
extraction package, then listed per function. cProfile roughly doubles the run time, evenly
enough across this code to rank it, but its figures are no throughput.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
from collections import Counter
from pathlib import Path

from generate import CorpusGenerator
from throughput import generated_files, sample_corpus_files

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile
from orchestration.extraction.pipeline import extract_document
from orchestration.settings import PROJECT_ROOT

#: The labelled sample, beside the clone (read in place, never copied; env CORPUS_DIR).
DEFAULT_CORPUS_DIR = Path(os.environ.get("CORPUS_DIR", PROJECT_ROOT.parent / "shared" / "corpus"))


def _documents(raw: list[RawFile]) -> list[Document]:
    big = max((len(r.data) for r in raw), default=0) + 1
    return [d for r in raw for d in parse_raw_file(r, max_bytes=big) if isinstance(d, Document)]


def profile(docs: list[Document]) -> pstats.Stats:
    """`extract_document` over `docs` once unprofiled (lazy tables, caches), once profiled."""
    for d in docs:
        extract_document(d.text, d.published_date, d.dateline)
    profiler = cProfile.Profile()
    profiler.enable()
    for d in docs:
        extract_document(d.text, d.published_date, d.dateline)
    profiler.disable()
    return pstats.Stats(profiler)


def module_shares(stats: pstats.Stats) -> Counter[str]:
    """Own time per source file (C functions are counted where they are called from)."""
    shares: Counter[str] = Counter()
    for (filename, _, _), (_, _, own, _, callers) in stats.stats.items():  # type: ignore[attr-defined]
        if filename == "~":  # a built-in (a regex scan, str.lower): its callers' cost
            for (caller_file, _, _), (_, _, own_from_caller, _) in callers.items():
                shares[Path(caller_file).name] += own_from_caller
        else:
            shares[Path(filename).name] += own
    return shares


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus-dir", type=Path, default=DEFAULT_CORPUS_DIR)
    parser.add_argument("--generated", type=int, default=600, help="generated stories (seed 7)")
    parser.add_argument("--top", type=int, default=40, help="functions listed")
    args = parser.parse_args()
    raw = sample_corpus_files(args.corpus_dir) if args.corpus_dir.is_dir() else []
    if args.generated:
        raw += generated_files(CorpusGenerator(seed=7), args.generated)
    docs = _documents(raw)
    stats = profile(docs)
    total = sum(module_shares(stats).values()) or 1.0
    print(f"{len(docs):,} documents, {sum(len(d.text.split()) for d in docs):,} words\n")
    print("own time by module")
    for module, seconds in module_shares(stats).most_common(25):
        print(f"  {100 * seconds / total:5.1f}%  {module}")
    print()
    stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
