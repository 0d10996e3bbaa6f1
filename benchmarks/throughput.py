"""Extractor throughput on one core: the labelled sample corpus and generated stories.

Two stages are timed separately, in this process (one core, no workers):

* parse: raw bytes -> clean `Document` (decoding, txt/json/html containers, datelines),
  what the ingest asset runs per changed file;
* extract: `extract_document` on the clean text (sentences, trade figures, engagements),
  what the extract asset runs per new or changed document; the issue's >= 200,000
  words/s target is about this one.

Each stage loops over its documents until `min_seconds` have passed, so small corpora
are timed long enough to mean something. Words are whitespace-separated tokens of the
clean text. Rates are given per CPU second of this process (what one core can do,
whatever else the machine is running) and per wall-clock second.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from generate import CorpusGenerator

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile
from orchestration.extraction.pipeline import EXTRACTOR_VERSION, extract_document

#: Throughput samples come from their own range of generated documents.
SAMPLE_INDEX_START = 80_000_000


@dataclass(frozen=True)
class Rate:
    documents: int  # distinct documents in the set
    words: int  # words in one pass over the set
    passes: int
    cpu_seconds: float
    wall_seconds: float

    @property
    def words_per_cpu_second(self) -> float:
        return self.words * self.passes / self.cpu_seconds if self.cpu_seconds else 0.0

    @property
    def documents_per_cpu_second(self) -> float:
        return self.documents * self.passes / self.cpu_seconds if self.cpu_seconds else 0.0

    @property
    def words_per_wall_second(self) -> float:
        return self.words * self.passes / self.wall_seconds if self.wall_seconds else 0.0

    def as_dict(self) -> dict[str, float]:
        return {
            **asdict(self),
            "words_per_cpu_second": round(self.words_per_cpu_second),
            "documents_per_cpu_second": round(self.documents_per_cpu_second, 1),
            "words_per_wall_second": round(self.words_per_wall_second),
        }


@dataclass(frozen=True)
class CorpusThroughput:
    corpus: str
    parse: Rate
    extract: Rate
    trade_mentions: int  # found in one pass, to show the extractor was doing real work
    engagements: int

    def as_dict(self) -> dict[str, object]:
        return {
            "corpus": self.corpus,
            "extractor_version": EXTRACTOR_VERSION,
            "parse": self.parse.as_dict(),
            "extract": self.extract.as_dict(),
            "trade_mentions": self.trade_mentions,
            "engagements": self.engagements,
        }


def _timed(step: Callable[[], None], min_seconds: float) -> tuple[int, float, float]:
    """(passes, cpu seconds, wall seconds) of repeating `step` for at least `min_seconds`."""
    passes = 0
    cpu0, wall0 = time.process_time(), time.perf_counter()
    while True:
        step()
        passes += 1
        wall = time.perf_counter() - wall0
        if wall >= min_seconds:
            return passes, time.process_time() - cpu0, wall


def measure(corpus: str, raw: list[RawFile], min_seconds: float) -> CorpusThroughput:
    """Parse and extract `raw` on this core; see the module docstring."""
    big = max((len(r.data) for r in raw), default=0) + 1

    def parse_all() -> list[Document]:
        return [d for r in raw for d in parse_raw_file(r, max_bytes=big) if isinstance(d, Document)]

    docs = parse_all()
    words = sum(len(d.text.split()) for d in docs)
    passes, cpu, wall = _timed(parse_all, min_seconds)
    parse = Rate(len(raw), words, passes, cpu, wall)

    def extract_all() -> None:
        for d in docs:
            extract_document(d.text, d.published_date, d.dateline)

    passes, cpu, wall = _timed(extract_all, min_seconds)
    found = [extract_document(d.text, d.published_date, d.dateline) for d in docs]
    return CorpusThroughput(
        corpus=corpus,
        parse=parse,
        extract=Rate(len(docs), words, passes, cpu, wall),
        trade_mentions=sum(len(f.trade_mentions) for f in found),
        engagements=sum(len(f.engagements) for f in found),
    )


def sample_corpus_files(corpus_dir: Path) -> list[RawFile]:
    """The labelled sample's raw files, read in place (never copied anywhere)."""
    paths = sorted(p for p in (corpus_dir / "docs").iterdir() if p.is_file())
    return [RawFile(p.name, p.read_bytes(), p.stat().st_mtime, p.stat().st_size) for p in paths]


def generated_files(gen: CorpusGenerator, n: int) -> list[RawFile]:
    docs = gen.documents(SAMPLE_INDEX_START, n)
    return [RawFile(d.source_path, d.data, 0.0, len(d.data)) for d in docs]
