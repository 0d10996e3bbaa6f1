"""Pure-Python extraction of trade figures and engagements from news text.

Nothing in this package imports Dagster, dbt or DuckDB: every function takes text (or
bytes) and returns dataclasses from `model`, so it can be tested, profiled and run in
worker processes on its own.

The same source can also run compiled. `make compile` (scripts/compile_extractor.py) builds
every module of this package except this one with mypyc into `build/compiled/` (or
`$NEWSFACTS_COMPILED_DIR`), stamped with `SOURCE_DIGEST`. This module puts the compiled
modules first on the package's search path only when that stamp is this source's digest
for this interpreter: an edited source runs as written, never as a stale build, until it
is compiled again. `NEWSFACTS_PURE_PYTHON=1` runs the source even beside a fresh build.
Compiled and pure runs extract the same facts (tests/test_compiled_extractor.py).
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).parent
#: The hand-written tables the modules read (countries, titles, leaders, ...).
LEXICON_DIR = PACKAGE_DIR / "lexicons"


def _source_digest() -> str:
    """sha256 over the package's own source and lexicon files, names and bytes."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".tsv", ".txt", ".csv", ".json"}:
            h.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:12]


#: What the extractor is: the warehouse records it with each document's facts, so that a
#: change of code or lexicon re-extracts every document once.
SOURCE_DIGEST = _source_digest()

#: Where `make compile` writes the compiled modules, under orchestration/extraction/.
COMPILED_DIR = Path(os.environ.get("NEWSFACTS_COMPILED_DIR") or PACKAGE_DIR.parents[1] / "build" / "compiled")
#: The file of the compiled build that names the source and the interpreter it was built from.
COMPILED_STAMP = "SOURCE_DIGEST"


def compiled_stamp() -> str:
    """What a compiled build of this source for this interpreter is stamped with."""
    return f"{SOURCE_DIGEST} {sys.implementation.cache_tag}"


def _fresh_compiled_build() -> Path | None:
    """The compiled modules' directory, when a build of exactly this source is there."""
    if os.environ.get("NEWSFACTS_PURE_PYTHON") == "1":
        return None
    stamp = COMPILED_DIR / COMPILED_STAMP
    try:
        fresh = stamp.read_text(encoding="utf-8").strip() == compiled_stamp()
    except OSError:
        return None
    return COMPILED_DIR / "orchestration" / "extraction" if fresh else None


_compiled_modules = _fresh_compiled_build()
#: Whether this process runs the compiled modules (asset metadata and the benchmark say so).
COMPILED = _compiled_modules is not None
if _compiled_modules is not None:
    __path__.insert(0, str(_compiled_modules))
