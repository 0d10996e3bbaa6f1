"""The extraction targets, on a real build of the labelled sample corpus, scored two ways.

The corpus is read in place (the raw folder is `$CORPUS_DIR/docs` itself, never a copy); the
build is a real Dagster run of every asset with real dbt; the published warehouse is then
scored by our `newsfacts evaluate` and by the reference scorer `$CORPUS_DIR/../eval/score.py`,
each as its own process, as a user would run them. The two must agree on every figure, and
the figures must meet the targets of `orchestration.extraction.evaluation.TARGETS`.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest
from support import corpus_or_skip

from orchestration.assets.extract import extracted_facts
from orchestration.assets.ingest import raw_documents
from orchestration.assets.publish import published_warehouse
from orchestration.dbt import dbt_models, dbt_resource
from orchestration.extraction.evaluation import TARGETS, shortfalls
from orchestration.resources import RawFolder, Warehouse

pytestmark = pytest.mark.slow

NEWSFACTS = Path(sys.executable).with_name("newsfacts")


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict]:
    """(ours, reference): both scorers' JSON reports on one build of the sample corpus."""
    corpus = corpus_or_skip()
    scorer = corpus.parent / "eval" / "score.py"
    if not scorer.exists():
        pytest.skip(f"reference scorer not found at {scorer}")
    root = tmp_path_factory.mktemp("corpus_build")
    warehouse = root / "warehouse" / "warehouse.duckdb"
    result = dg.materialize(
        [raw_documents, extracted_facts, dbt_models, published_warehouse],
        resources={
            "raw_folder": RawFolder(path=str(corpus / "docs"), stable_seconds=0),
            "warehouse": Warehouse(path=str(warehouse)),
            "dbt": dbt_resource(),
        },
    )
    assert result.success
    ours, reference = root / "ours.json", root / "reference.json"
    gold = str(corpus / "gold")
    checked = subprocess.run(
        [str(NEWSFACTS), "evaluate", str(warehouse), gold, "--json", str(ours), "--check"],
        capture_output=True,
        text=True,
    )
    assert checked.returncode in (0, 1), checked.stderr  # 1: below a target, judged below
    scored = subprocess.run(
        [sys.executable, str(scorer), str(warehouse), gold, "--json", str(reference)],
        capture_output=True,
        text=True,
    )
    assert scored.returncode == 0, scored.stderr  # 2 would mean the contract is broken
    return json.loads(ours.read_text()), json.loads(reference.read_text())


def test_every_labelled_document_is_in_the_warehouse(reports: tuple[dict, dict]) -> None:
    ours, reference = reports
    assert ours["documents_missing"] == reference["documents_missing"] == []


def test_evaluate_agrees_with_the_reference_scorer(reports: tuple[dict, dict]) -> None:
    ours, reference = reports
    assert set(ours) == set(reference)
    for metric in ours:
        assert ours[metric] == reference[metric], metric


def test_the_build_meets_every_target(reports: tuple[dict, dict]) -> None:
    _, reference = reports
    assert shortfalls(reference, TARGETS) == {}, reference["per_document"]


#: What the build scores on the sample today: every labelled fact found and nothing else.
#: The targets above are the product's promise; this floor is the measured level, so a change
#: that loses or invents a single fact of the sample fails here, not only one that crosses a
#: target (an engagement lost by a rule about hosts scored 0.995 and passed the targets).
#: Lower it only on purpose, saying in the commit which fact went and why.
SAMPLE_LEVEL = {
    name: 1.0
    for name in (
        "trade_facts.f1",
        "trade_change_pct_accuracy",
        "engagements.f1",
        "engagement_type_accuracy",
        "engagement_location_accuracy",
        "participants_people.f1",
        "participants_organizations.f1",
        "published_date_accuracy",
        "dateline_accuracy",
    )
}


def test_the_build_keeps_the_sample_at_its_measured_level(reports: tuple[dict, dict]) -> None:
    _, reference = reports
    assert shortfalls(reference, SAMPLE_LEVEL) == {}, reference["per_document"]
