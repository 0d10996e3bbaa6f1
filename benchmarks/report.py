"""The benchmark's results as JSON (everything) and Markdown (the tables people read).

Targets are the issue's numbers on a 2-core machine. Wall times on a shared machine carry
noise from whatever else runs, so the tables also give CPU seconds and ratios (scaling
per 1,000 documents, incremental vs empty), which move much less between runs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MB = 1024 * 1024
GB = 1024 * MB


@dataclass(frozen=True)
class Check:
    measure: str
    target: str
    result: str
    ok: bool | None  # None: not measured in this run


def _f(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def _mark(ok: bool | None) -> str:
    return {True: "✅", False: "❌", None: "not measured"}[ok]


def checks(results: dict[str, Any]) -> list[Check]:
    """The issue's targets against this run's numbers."""
    out = []
    rates = [t["extract"]["words_per_cpu_second"] for t in results.get("extractor", [])]
    corpora = " / ".join(t["corpus"] for t in results.get("extractor", []))
    out.append(
        Check(
            f"extractor, one core (words per CPU second{'; ' + corpora if corpora else ''})",
            "≥ 200,000 words/s",
            " / ".join(f"{r:,.0f}" for r in rates) or "—",
            min(rates) >= 200_000 if rates else None,
        )
    )
    big = next((b for b in results.get("builds", []) if b["raw_files"] >= 100_000 and b["ok"]), None)
    out.append(
        Check(
            "cold build, 100k documents",
            "≤ 3 minutes",
            f"{big['wall_seconds']:.0f} s" if big else "—",
            big["wall_seconds"] <= 180 if big else None,
        )
    )
    inc = results.get("incremental")
    big_inc = inc if inc and inc["base_files"] >= 100_000 else None
    out.append(
        Check(
            "add 10 documents to 100k (median of the repeated runs)",
            "≤ 20 s and ≤ 2× the same 10 into an empty warehouse",
            f"{big_inc['added']['wall_seconds']:.1f} s, {big_inc['ratio']:.2f}×" if big_inc else "—",
            (big_inc["added"]["wall_seconds"] <= 20 and big_inc["ratio"] <= 2) if big_inc else None,
        )
    )
    out.append(
        Check(
            "peak RSS, 100k build (whole process tree)",
            "≤ 1.5 GB",
            f"{big['peak_rss_bytes'] / GB:.2f} GB" if big else "—",
            big["peak_rss_bytes"] <= 1.5 * GB if big else None,
        )
    )
    lat = results.get("latency")
    out.append(
        Check(
            "drop-to-query latency p50 (`dagster dev`)",
            "≤ 30 s",
            f"{lat['p50_seconds']:.1f} s (p95 {lat['p95_seconds']:.1f} s)" if lat else "—",
            lat["p50_seconds"] <= 30 and not lat["failed"] if lat else None,
        )
    )
    return out


def write(results: dict[str, Any], out_dir: Path, stem: str = "latest") -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    results["targets"] = [c.__dict__ for c in checks(results)]
    json_path = out_dir / f"{stem}.json"
    json_path.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    md_path = out_dir / f"{stem}.md"
    md_path.write_text(markdown(results), encoding="utf-8")
    return json_path, md_path


def machine_line(m: dict[str, Any]) -> str:
    load = ", ".join(f"{x:.1f}" for x in m["load_average"])
    return (
        f"{m['cores']} cores ({m['cpu_model']}), {m['memory_gb']:.0f} GB RAM, {m['system']}, "
        f"Python {m['python']}, DuckDB {m['duckdb']}; load average at start {load}"
    )


def extractor_line(compiled: bool | None) -> str:
    if compiled is None:  # a run from before the compiled extractor
        return "run from source"
    return "compiled with mypyc (`make compile`)" if compiled else "run from source (not compiled)"


def markdown(results: dict[str, Any]) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"- **Machine:** {machine_line(results['machine'])}",
        f"- **Run:** {results['started_at']} on commit `{results['commit']}`, seed {results['seed']}, "
        f"`{results['command']}` ({results['seconds'] / 60:.0f} min)",
        f"- **Extractor:** {extractor_line(results.get('extractor_compiled'))}",
        "",
        "## Targets",
        "",
        "| measure | target | result | |",
        "|---|---|---|---|",
    ]
    lines += [f"| {c.measure} | {c.target} | {c.result} | {_mark(c.ok)} |" for c in checks(results)]
    lines += _extractor(results.get("extractor", []))
    lines += _builds(results.get("builds", []))
    if results.get("incremental"):
        lines += _incremental(results["incremental"])
    if results.get("latency"):
        lines += _latency(results["latency"])
    if results.get("notes"):
        lines += ["", "## Notes", "", *[f"- {n}" for n in results["notes"]]]
    return "\n".join(lines) + "\n"


def _extractor(rows: list[dict[str, Any]]) -> list[str]:
    if not rows:
        return []
    out = [
        "",
        "## Extractor throughput, one core",
        "",
        "`extract_document` on clean text (the target) and `parse_raw_file` on raw bytes, in one process; "
        "words per CPU second (per wall second in brackets).",
        "",
        "| corpus | documents | words | extract words/s | extract docs/s | parse words/s | trade mentions "
        "| engagements |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        e, p = r["extract"], r["parse"]
        out.append(
            f"| {r['corpus']} | {e['documents']:,} | {e['words']:,} | {e['words_per_cpu_second']:,} "
            f"({e['words_per_wall_second']:,}) | {e['documents_per_cpu_second']:,.0f} | "
            f"{p['words_per_cpu_second']:,} ({p['words_per_wall_second']:,}) | {r['trade_mentions']:,} | "
            f"{r['engagements']:,} |"
        )
    return out


def _build_row(label: str, b: dict[str, Any]) -> str:
    s = b["steps"]
    if not b["ok"]:
        return f"| {label} | FAILED (see {b['log']}) |" + " |" * 12
    return (
        f"| {label} | {b.get('documents_extracted', 0):,} | {b['wall_seconds']:.1f} | "
        f"{_f(s.get('ingest'))} | {_f(s.get('extract'))} | "
        f"{_f(s.get('dbt'))} | {_f(s.get('publish'))} | {b['startup_seconds']:.1f} | "
        f"{b['cpu_seconds']:.0f} | "
        f"{b['peak_rss_bytes'] / MB:,.0f} | {b['peak_pss_bytes'] / MB:,.0f} | {b['work_bytes'] / MB:,.1f} | "
        f"{b['published_bytes'] / MB:,.1f} |"
    )


_BUILD_HEADER = [
    "| build | documents extracted | wall s | ingest s | extract s | dbt s | publish s | start-up s | CPU s "
    "| peak RSS MB | peak PSS MB | working file MB | published MB |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
]


def _builds(builds: list[dict[str, Any]]) -> list[str]:
    if not builds:
        return []
    out = [
        "",
        "## Cold builds",
        "",
        "Headless `dagster asset materialize -m orchestration.definitions --select '*'` on an empty "
        "warehouse and Dagster instance. Step seconds are read from the run's Dagster event log; "
        "start-up is the rest of the wall time (imports, dbt manifest, launching the run). CPU s is "
        "the whole process tree's user+system time; memory is sampled over the whole tree. The "
        "corpus is read once before each build, so every build finds it in the page cache, as "
        "files just dropped into a folder are (benchmarks/builds.py, `warm_page_cache`).",
        "",
        *_BUILD_HEADER,
    ]
    out += [_build_row(f"{b['raw_files']:,} documents", b) for b in builds]
    ok = [b for b in builds if b["ok"] and b["raw_files"]]
    if len(ok) > 1:
        base = ok[0]
        per_k = base["wall_seconds"] / base["raw_files"] * 1000
        cpu_k = base["cpu_seconds"] / base["raw_files"] * 1000
        out += [
            "",
            "Scaling (seconds per 1,000 documents; ratio to the smallest build, 1.00 = linear):",
            "",
            "| documents | wall s / 1k | ratio | CPU s / 1k | ratio | documents/s |",
            "|---:|---:|---:|---:|---:|---:|",
        ]
        for b in ok:
            w = b["wall_seconds"] / b["raw_files"] * 1000
            c = b["cpu_seconds"] / b["raw_files"] * 1000
            out.append(
                f"| {b['raw_files']:,} | {w:.2f} | {w / per_k:.2f} | {c:.2f} | {c / cpu_k:.2f} | "
                f"{b['raw_files'] / b['wall_seconds']:,.0f} |"
            )
    return out


def _incremental(inc: dict[str, Any]) -> list[str]:
    runs = inc.get("added_runs") or [inc["added"]]
    walls = ", ".join(f"{r['wall_seconds']:.1f}" for r in runs)
    out = [
        "",
        "## Incremental builds",
        "",
        f"10 new documents added to the {inc['base_files']:,}-document warehouse and built, "
        f"{len(runs)} times with other documents each time (wall {walls} s; the median run is the "
        "result and is shown), the first 10 built into an empty warehouse, and a rebuild of the "
        "full warehouse with nothing changed.",
        "",
        *_BUILD_HEADER,
        _build_row(f"10 added to {inc['base_files']:,} (median of {len(runs)})", inc["added"]),
        _build_row("same 10 into an empty warehouse", inc["empty"]),
    ]
    if inc.get("unchanged"):
        out.append(_build_row(f"nothing changed, {inc['base_files']:,}", inc["unchanged"]))
    out += ["", f"Ratio, 10 added to {inc['base_files']:,} (median) / 10 into empty: **{inc['ratio']:.2f}×**"]
    return out


def _latency(lat: dict[str, Any]) -> list[str]:
    out = [
        "",
        "## Drop-to-query latency",
        "",
        "`dagster dev` (the main command) with its sensors on, over a raw folder of "
        f"{lat['base_documents']:,} documents (first build {lat['initial_build_seconds']:.0f} s). Each drop "
        "copies one story into the raw folder and polls $WAREHOUSE_PATH read-only until its facts are there. "
        f"**p50 {lat['p50_seconds']:.1f} s, p95 {lat['p95_seconds']:.1f} s** over {len(lat['drops'])} drops"
        + (f", {lat['failed']} not readable in time." if lat["failed"] else "."),
        "",
        "Phases, in seconds after the drop: the sensor creates a run (settle grace period + sensor "
        "tick), the run coordinator launches it (queue), the run process starts (imports, dbt "
        "manifest), the steps run, and the reader sees the published file.",
        "",
        "| drop | waited for | readable after s | run created | run started | first step | run ended "
        "| steps (s) |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for d in lat["drops"]:
        for i, r in enumerate(d["runs"] or [{}]):
            head = f"| `{d['source_path']}` | {d['criterion']} | {_f(d['seconds'])} " if i == 0 else "| | | "
            steps = ", ".join(f"{k} {v:.1f}" for k, v in r.get("steps", {}).items())
            out.append(
                head + f"| {_f(r.get('created'))} | {_f(r.get('started'))} | {_f(r.get('first_step'))} "
                f"| {_f(r.get('ended'))} | {steps} |"
            )
    return out
