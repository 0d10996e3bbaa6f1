"""`newsfacts`: the project's own command line (evaluation; the pipeline runs through Dagster).

newsfacts evaluate WAREHOUSE.duckdb GOLD_DIR   score a built warehouse
newsfacts evaluate DOCS_DIR GOLD_DIR           parse + extract a folder in memory, then score
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from orchestration.extraction.evaluation import TARGETS, score, shortfalls


def _print_report(report: dict, per_document: bool) -> None:
    for key, value in report.items():
        if key == "per_document":
            continue
        if isinstance(value, dict):
            print(
                f"{key:32s} P={value['precision']:.3f} R={value['recall']:.3f} F1={value['f1']:.3f}"
                f"  (tp {value['tp']}, pred {value['pred']}, gold {value['gold']})"
            )
        else:
            print(f"{key:32s} {value}")
    if per_document:
        print("\nper document: trade [tp, pred, gold]   engagements [tp, pred, gold]")
        for stem, counts in report["per_document"].items():
            flag = "" if counts["trade"][0] == counts["trade"][1] == counts["trade"][2] else " *"
            flag += (
                ""
                if counts["engagements"][0] == counts["engagements"][1] == counts["engagements"][2]
                else " #"
            )
            print(f"  {stem:40s} {counts['trade']!s:14s} {counts['engagements']!s:14s}{flag}")


def evaluate(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(
        prog="newsfacts evaluate", description="Score predictions against gold labels."
    )
    ap.add_argument("source", type=Path, help="a warehouse .duckdb file, or a folder of documents to extract")
    ap.add_argument("gold_dir", type=Path, help="folder of gold label files (GOLD_FORMAT.md)")
    ap.add_argument("--per-document", action="store_true", help="also print counts per document")
    ap.add_argument("--json", type=Path, help="write the full report here")
    ap.add_argument("--check", action="store_true", help="exit 1 when a metric is below its target")
    a = ap.parse_args(argv)

    from orchestration.evaluate import from_documents, from_warehouse, load_gold

    predictions = from_documents(a.source) if a.source.is_dir() else from_warehouse(a.source)
    report = score(load_gold(a.gold_dir), predictions)
    if a.json:
        a.json.write_text(json.dumps(report, indent=2, default=str))
    _print_report(report, a.per_document)
    if a.check:
        missed = shortfalls(report, TARGETS)
        for name, (value, target) in missed.items():
            print(f"below target: {name} = {value} < {target}", file=sys.stderr)
        return 1 if missed else 0
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in {"-h", "--help"}:
        print(__doc__)
        return 0
    if argv[0] == "evaluate":
        return evaluate(argv[1:])
    print(f"unknown command {argv[0]!r}\n{__doc__}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
