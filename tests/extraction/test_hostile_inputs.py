"""Every generated hostile file gets its expected outcome from `parse_raw_file`."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from hostile_inputs import CP1251_ARTICLE, CP1252_ARTICLE, HOSTILE_MAX_BYTES, write_hostile_inputs

from orchestration.extraction.documents import parse_raw_file
from orchestration.extraction.model import Document, RawFile, Rejection

TODAY = date(2024, 12, 1)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("hostile")
    return root, write_hostile_inputs(root, HOSTILE_MAX_BYTES)


def parsed(root: Path, name: str) -> list[Document | Rejection]:
    path = root / name
    data = path.read_bytes()
    return parse_raw_file(
        RawFile(name, data, path.stat().st_mtime, len(data)), max_bytes=HOSTILE_MAX_BYTES, today=TODAY
    )


def outcome(record: Document | Rejection) -> str:
    return "document" if isinstance(record, Document) else f"rejected:{record.reason}"


def test_every_generated_file_has_its_expected_outcome(hostile):
    root, expected = hostile
    wrong = {}
    for name, want in expected.items():
        if want == "skipped":
            continue
        start = time.process_time()
        records = parsed(root, name)
        elapsed = time.process_time() - start
        got = {outcome(r) for r in records}
        if got != {want} or elapsed > 5:
            wrong[name] = (sorted(got), want, round(elapsed, 2))
    assert wrong == {}


def test_skipped_files_are_there_for_the_scanner(hostile):
    root, expected = hostile
    skipped = sorted(name for name, want in expected.items() if want == "skipped")
    assert skipped == [".draft.txt.swp", ".hidden.txt", "draft.txt~", "outside_link.txt"]
    link = root / "outside_link.txt"
    assert link.is_symlink() and not link.resolve().is_relative_to(root.resolve())


def single(root: Path, name: str) -> Document:
    records = parsed(root, name)
    assert len(records) == 1 and isinstance(records[0], Document), records
    return records[0]


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("utf8_bom.txt", "utf-8-sig"),
        ("utf16_le_bom.txt", "utf-16-le"),
        ("utf16_be_bom.txt", "utf-16-be"),
        ("utf16_le_no_bom.txt", "utf-16-le"),
    ],
)
def test_unicode_files_decode_to_the_same_article(hostile, name, encoding):
    root, _ = hostile
    doc = single(root, name)
    reference = single(root, "same_text_a.txt")
    assert (doc.encoding, doc.text, doc.published_date) == (encoding, reference.text, date(2024, 3, 5))
    assert doc.dateline == "Nairobi"


@pytest.mark.parametrize(
    ("name", "encoding", "article"),
    [
        ("cp1252_smart_quotes.txt", "cp1252", CP1252_ARTICLE),
        ("cp1251_cyrillic.txt", "cp1251", CP1251_ARTICLE),
    ],
)
def test_code_page_files_decode_exactly(hostile, name, encoding, article):
    root, _ = hostile
    doc = single(root, name)
    assert doc.encoding == encoding
    assert doc.text == article.split("\n\n", 1)[1].strip()


def test_nul_bytes_are_stripped_with_a_warning(hostile):
    doc = single(hostile[0], "nul_bytes.txt")
    assert "Trade Minister" in doc.text
    assert doc.warnings == ("nul_bytes_stripped: 1",)


def test_one_line_megabyte_file_is_one_paragraph(hostile):
    doc = single(hostile[0], "one_line_1mb.txt")
    assert "\n" not in doc.text and len(doc.text) > 990_000


@pytest.mark.parametrize(
    ("name", "warnings"),
    [
        ("missing_date.txt", ("missing_date",)),
        ("implausible_date.txt", ("implausible_date: 1899-01-01",)),
        ("future_date.txt", ("implausible_date: 2999-01-01",)),
    ],
)
def test_date_problems_are_warnings_not_rejections(hostile, name, warnings):
    doc = single(hostile[0], name)
    assert (doc.published_date, doc.warnings) == (None, warnings)


def test_identical_files_are_separate_documents_with_the_same_hash(hostile):
    a, b = single(hostile[0], "same_text_a.txt"), single(hostile[0], "same_text_b.txt")
    assert a.source_path != b.source_path and a.content_sha256 == b.content_sha256 and a.text == b.text


@pytest.mark.parametrize("name", ["Zürich report (1).txt", "Алматы.txt", "no_extension"])
def test_odd_names_keep_their_path(hostile, name):
    assert single(hostile[0], name).source_path == name


@pytest.mark.parametrize(
    ("name", "verbatim"),
    [
        ("sql_injection.txt", "Robert'); DROP TABLE documents; --"),
        ("sql_injection.txt", "' OR '1'='1'; DELETE FROM staging.documents WHERE 1=1; --"),
        ("jinja_template.txt", "{{ config(materialized='table') }} {% macro drop_all() %}"),
        ("jinja_template.txt", "{% endmacro %} {{ this }} {# comment #}"),
    ],
)
def test_sql_and_jinja_stay_verbatim(hostile, name, verbatim):
    assert verbatim in single(hostile[0], name).text


def test_batches_give_one_document_per_article(hostile):
    root, _ = hostile
    assert [r.source_path for r in parsed(root, "batch.jsonl")] == ["batch.jsonl#1", "batch.jsonl#2"]
    listed = parsed(root, "batch_list.json")
    assert [r.source_path for r in listed] == ["batch_list.json#1", "batch_list.json#2"]
    assert [r.published_date for r in listed] == [date(2024, 3, 8), date(2024, 3, 8)]


def test_script_writes_the_files(tmp_path):
    script = Path(__file__).resolve().parents[1] / "hostile_inputs.py"
    result = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "out")], capture_output=True, text=True, check=True
    )
    assert "rejected:not_text" in result.stdout
    assert (tmp_path / "out" / "pixel.png").read_bytes().startswith(b"\x89PNG")
