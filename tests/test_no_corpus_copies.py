"""The project holds only text its own authors wrote: no passage copied from the labelled corpus.

WHY: the labelled sample is read in place by the tests that score against it. A sentence copied
from it into a test or a comment both leaks text we may not redistribute and quietly fits the
code to the sample's wording, which the held-out corpus (other authors, other house styles)
then punishes. Eight consecutive words shared with a corpus document is far beyond chance for
news prose, so any such run is reported with the file, the line and the shared phrase.
"""

from __future__ import annotations

import contextlib
import html
import json
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from support import REPO_ROOT, corpus_or_skip

SHINGLE = 8
CHECKED_SUFFIXES = frozenset(
    {".py", ".md", ".txt", ".json", ".html", ".sql", ".yml", ".yaml", ".tsv", ".csv"}
)

WORD = re.compile(r"\w+")
# Markup is nobody's prose: '<!DOCTYPE html><html lang="en">' or a '<li><a href=...>' menu is the
# same in every web page, so tags are blanked on both sides and only the words a reader sees count.
# A tag starts with a letter, '/' or '!' right after '<', which leaves comparisons like 'a < b' alone.
TAG = re.compile(r"</?[A-Za-z!][^<>]*>")
# A string literal's escapes ('\n', '\t', '\"') glue neighbouring words into one token
# ('reported.\n\nDuring' -> 'nduring'); blanking them keeps a copied paragraph detectable.
ESCAPE = re.compile(r"\\[nrt\"']")


@dataclass(frozen=True)
class Copy:
    """One run of SHINGLE words that a project file shares with a corpus document."""

    path: str
    line: int
    phrase: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.phrase!r}"


def _json_strings(value: object) -> Iterator[str]:
    """Every string inside a decoded JSON document (the article body is one of them)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)


def _prose(text: str) -> str:
    """What a reader sees of a stretch of text: no tags, entities decoded, no string escapes."""
    return html.unescape(TAG.sub(" ", ESCAPE.sub(" ", text)))


def _corpus_texts(path: Path) -> list[str]:
    """The document as stored and, for JSON, its decoded strings; each as a reader sees it."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    texts = [raw]
    if path.suffix == ".json":
        with contextlib.suppress(json.JSONDecodeError):  # a malformed document is still read raw
            texts.extend(_json_strings(json.loads(raw)))
    return [_prose(text) for text in texts]


def _shingles(words: list[str]) -> Iterator[tuple[str, ...]]:
    for start in range(len(words) - SHINGLE + 1):
        yield tuple(words[start : start + SHINGLE])


def corpus_shingles(docs: Path) -> frozenset[tuple[str, ...]]:
    """Every run of SHINGLE lower-cased words in any corpus document, built once per session."""
    found: set[tuple[str, ...]] = set()
    for path in sorted(docs.iterdir()):
        if path.is_file():
            for text in _corpus_texts(path):
                found.update(_shingles(WORD.findall(text.lower())))
    return frozenset(found)


def tracked_text_files(root: Path) -> list[Path]:
    """The project's own text files: what git tracks, with a checked suffix, that decodes as text."""
    listing = subprocess.run(
        ["git", "ls-files", "-z"], cwd=root, capture_output=True, text=True, check=True
    ).stdout
    return [root / name for name in listing.split("\0") if name and Path(name).suffix in CHECKED_SUFFIXES]


def file_copies(path: Path, rel: str, corpus: frozenset[tuple[str, ...]]) -> list[Copy]:
    """The shared runs in one file, one report per maximal run (reported at the line it starts on)."""
    data = path.read_bytes()
    if b"\0" in data:
        return []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return []
    words: list[str] = []
    lines: list[int] = []
    for number, line in enumerate(text.lower().splitlines(), start=1):
        for word in WORD.findall(_prose(line)):
            words.append(word)
            lines.append(number)
    copies: list[Copy] = []
    run_end = -1
    for start in range(len(words) - SHINGLE + 1):
        if tuple(words[start : start + SHINGLE]) not in corpus:
            continue
        if start > run_end:
            end = start + SHINGLE
            while end < len(words) and tuple(words[end - SHINGLE + 1 : end + 1]) in corpus:
                end += 1
            copies.append(Copy(rel, lines[start], " ".join(words[start:end])))
            run_end = end - SHINGLE
    return copies


def test_no_project_file_copies_eight_words_from_the_corpus() -> None:
    docs = corpus_or_skip() / "docs"
    corpus = corpus_shingles(docs)
    assert corpus, f"no words read from {docs}"
    try:
        files = tracked_text_files(REPO_ROOT)
    except (OSError, subprocess.CalledProcessError) as err:
        pytest.skip(f"cannot list the project's tracked files with git: {err}")
    copies = [
        copy
        for path in files
        if path.is_file()
        for copy in file_copies(path, path.relative_to(REPO_ROOT).as_posix(), corpus)
    ]
    offenders = sorted({copy.path for copy in copies})
    assert not copies, (
        f"{len(copies)} passage(s) of {SHINGLE}+ words copied from the corpus in {len(offenders)} file(s) "
        f"({', '.join(offenders)}); rewrite them in the project's own words:\n"
        + "\n".join(str(copy) for copy in copies)
    )


def test_the_detector_finds_a_copied_run_across_a_split_string_literal(tmp_path: Path) -> None:
    """The detector itself: a sentence cut over two source lines is still one shared run."""
    corpus = frozenset(_shingles(WORD.findall("the quick brown fox jumps over the lazy dog again today")))
    sample = tmp_path / "sample.py"
    sample.write_text('x = 1\ntext = ("The quick brown fox jumps "\n        "over the lazy dog again.")\n')
    copies = file_copies(sample, "sample.py", corpus)
    assert copies == [Copy("sample.py", 2, "the quick brown fox jumps over the lazy dog again")]
    sample.write_text('text = "a quick brown fox jumps over the lazy cat"\n')
    assert file_copies(sample, "sample.py", corpus) == []
