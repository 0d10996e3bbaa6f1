"""The raw-folder scanner: what counts as a candidate file, and when a file has settled."""

from __future__ import annotations

import os
import time
from pathlib import Path

from orchestration.rawfolder import scan, stable_entries


def test_scan_lists_files_recursively_and_skips_hidden_leftovers_and_escaping_links(tmp_path: Path):
    raw = tmp_path / "raw"
    (raw / "sub dir").mkdir(parents=True)
    (raw / "a.txt").write_text("a")
    (raw / "sub dir" / "Алматы report.txt").write_text("b")
    (raw / ".hidden.txt").write_text("h")
    (raw / "draft.txt~").write_text("d")
    (raw / ".draft.txt.swp").write_text("s")
    (raw / ".git").mkdir()
    (raw / ".git" / "config").write_text("c")
    outside = tmp_path / "secret.txt"
    outside.write_text("outside")
    (raw / "escape.txt").symlink_to(outside)
    (raw / "inside-link.txt").symlink_to(raw / "a.txt")

    entries, skipped = scan(raw)

    assert [e.source_path for e in entries] == ["a.txt", "inside-link.txt", "sub dir/Алматы report.txt"]
    reasons = {s.source_path: s.why for s in skipped}
    assert reasons == {
        ".hidden.txt": "hidden file",
        "draft.txt~": "editor leftover",
        ".draft.txt.swp": "hidden file",
        ".git": "hidden folder",
        "escape.txt": "symlink leading outside the raw folder",
    }


def test_missing_raw_folder_is_empty(tmp_path: Path):
    assert scan(tmp_path / "nope") == ([], [])


def test_a_file_modified_within_the_grace_period_is_not_stable(tmp_path: Path):
    (tmp_path / "old.txt").write_text("x")
    (tmp_path / "new.txt").write_text("y")
    past = time.time() - 60
    os.utime(tmp_path / "old.txt", (past, past))
    entries, _ = scan(tmp_path)
    stable, settling = stable_entries(entries, stable_seconds=5)
    assert [e.source_path for e in stable] == ["old.txt"]
    assert [e.source_path for e in settling] == ["new.txt"]
