"""Compile the extraction package with mypyc, beside its source, for a faster extractor.

    python scripts/compile_extractor.py            # into build/compiled/ ($NEWSFACTS_COMPILED_DIR)
    python scripts/compile_extractor.py --out DIR

Why: the extractor is pure Python and spends most of its time in the interpreter, not in
regex scans; mypyc turns the same typed source into C and runs it about 1.4 times as fast
(README, Performance). The build takes about ten minutes, so it is a step of its own
(`make compile`), not part of the install.

The modules are written to DIR/orchestration/extraction/ and DIR/SOURCE_DIGEST is written
last, naming the source digest and interpreter they were built from. The package's
`__init__` loads them only while that stamp matches (see its docstring), so a build never
outlives the source it was made from. The build goes to a fresh directory that replaces DIR
when it is complete: a failed build leaves the last good one (or none).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from mypyc.build import mypycify
from setuptools import setup

#: The checkout this script belongs to, whose package it compiles (not whichever one the
#: environment would import: a worktree's script compiles the worktree).
PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_ROOT))

from orchestration.extraction import COMPILED_DIR, COMPILED_STAMP, PACKAGE_DIR, compiled_stamp  # noqa: E402

#: The shared library every compiled module calls into, found on the package's own path.
GROUP_NAME = "orchestration.extraction.compiled"


def compile_extractor(out: Path) -> None:
    """Build every module of the package but `__init__` into `out` (see the module docstring)."""
    # mypy names modules by their paths, relative to the project root
    sources = sorted(
        p.relative_to(PROJECT_ROOT).as_posix() for p in PACKAGE_DIR.glob("*.py") if p.name != "__init__.py"
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".compiling-") as work:
        built = Path(work) / "lib"
        cwd = Path.cwd()
        os.chdir(PROJECT_ROOT)
        try:
            modules = mypycify(sources, opt_level="3", group_name=GROUP_NAME, target_dir=f"{work}/c")
            setup(
                name="newsfacts-compiled-extractor",
                ext_modules=modules,
                script_args=[
                    "--quiet",
                    "build_ext",
                    "--build-lib",
                    str(built),
                    "--build-temp",
                    f"{work}/temp",
                ],
            )
        finally:
            os.chdir(cwd)
        (built / COMPILED_STAMP).write_text(compiled_stamp() + "\n", encoding="utf-8")
        if out.exists():
            shutil.rmtree(out)
        built.rename(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=COMPILED_DIR, help="default: %(default)s")
    args = parser.parse_args()
    compile_extractor(args.out.resolve())
    print(f"compiled extractor {compiled_stamp()} in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
