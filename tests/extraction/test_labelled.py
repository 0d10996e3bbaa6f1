"""Our own labelled documents (tests/labelled), scored like the sample corpus.

They are written in house styles, regions and currencies the sample corpus lacks, with the
traps of the genre (targets, investment, balances, bloc and world totals, conversions), so
they stand in for the held-out corpus. Trade documents are named `trade_*`, engagement
documents `eng_*`; each kind is scored on its own documents.

`blind_*`, `b2_*`, `b3_*` and `b4_*` are four mixed sets (trade and engagements, 108 documents) that
were written and labelled apart from the code and scored before the extractor was fitted to
them (the README gives those first-read figures); they were fixed against afterwards, so
here they guard those fixes. Later sets of the same kind (`b5_*`, 48 documents; `b6_*`, 24;
`b7_*`, 48) are held to floors of their own (`LATER_HELD_OUT_FLOORS`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from orchestration.evaluate import from_documents, load_gold
from orchestration.extraction.evaluation import score

LABELLED = Path(__file__).resolve().parent.parent / "labelled"


#: The mixed sets once held out (see the module docstring).
HELD_OUT_SETS = ("blind_", "b2_", "b3_", "b4_")


def _report_for(prefix: str | tuple[str, ...]) -> dict:
    gold = {stem: g for stem, g in load_gold(LABELLED / "gold").items() if stem.startswith(prefix)}
    if not gold:
        pytest.skip(f"no labelled documents named {prefix}*")
    predictions = {stem: p for stem, p in from_documents(LABELLED / "docs").items() if stem in gold}
    return score(gold, predictions)


def test_every_labelled_trade_document_has_gold() -> None:
    docs = {p.stem for p in (LABELLED / "docs").glob("trade_*")}
    gold = {p.stem for p in (LABELLED / "gold").glob("trade_*.json")}
    assert docs and docs == gold


def test_trade_facts_of_labelled_documents() -> None:
    report = _report_for("trade_")
    assert not report["documents_missing"]
    assert report["trade_facts"]["f1"] >= 0.9, report["per_document"]
    assert (report["trade_change_pct_accuracy"] or 0) >= 0.9


def test_every_labelled_engagement_document_has_gold() -> None:
    docs = {p.stem for p in (LABELLED / "docs").glob("eng_*")}
    gold = {p.stem for p in (LABELLED / "gold").glob("eng_*.json")}
    assert docs and docs == gold


def test_engagements_of_labelled_documents() -> None:
    report = _report_for("eng_")
    assert not report["documents_missing"]
    assert report["engagements"]["f1"] >= 0.85, report["per_document"]
    assert (report["engagement_type_accuracy"] or 0) >= 0.85
    # The second round of documents (Andean, francophone West African, Gulf, Japanese, Khmer,
    # Nordic-Baltic and Balkan house styles) was labelled before the extractor was fitted to
    # it, and French body names ("Port Autonome de Dakar") or signings by companies beside the
    # ministers' are not read yet: these floors hold the honest level, not a perfect one.
    assert report["participants_people"]["f1"] >= 0.8
    assert report["participants_organizations"]["f1"] >= 0.6


def test_every_document_of_the_once_held_out_sets_has_gold() -> None:
    docs = {p.stem for p in (LABELLED / "docs").iterdir() if p.name.startswith(HELD_OUT_SETS)}
    gold = {p.stem for p in (LABELLED / "gold").glob("*.json") if p.name.startswith(HELD_OUT_SETS)}
    assert len(docs) == 108 and docs == gold


def test_once_held_out_sets_keep_their_fixes() -> None:
    report = _report_for(HELD_OUT_SETS)
    assert not report["documents_missing"]
    assert report["trade_facts"]["f1"] >= 0.97, report["per_document"]
    assert (report["trade_change_pct_accuracy"] or 0) >= 0.97
    assert report["engagements"]["f1"] >= 0.95, report["per_document"]
    assert (report["engagement_type_accuracy"] or 0) >= 0.95
    assert report["participants_people"]["f1"] >= 0.95
    assert report["participants_organizations"]["f1"] >= 0.85
    assert report["published_date_accuracy"] == 1.0
    assert (report["dateline_accuracy"] or 0) >= 0.95


#: Sets written and labelled apart from the code after the four above, each scored once before
#: any rule was fitted to it (the README gives those first reads) and then fixed against. Their
#: floors sit a little under the level reached, which is below the older sets': more of their
#: misses are one-off wordings no general rule was found for.
LATER_HELD_OUT_FLOORS = {
    "b5_": {
        "trade_facts": 0.98,
        "trade_change_pct_accuracy": 0.97,
        "engagements": 0.93,
        "engagement_type_accuracy": 0.95,
        "participants_people": 0.95,
        "participants_organizations": 0.9,
        "published_date_accuracy": 1.0,
    },
    "b6_": {
        "trade_facts": 0.98,
        "trade_change_pct_accuracy": 0.97,
        "engagements": 0.89,
        "engagement_type_accuracy": 0.93,
        "participants_people": 0.94,
        "participants_organizations": 0.92,
        "published_date_accuracy": 1.0,
    },
    "b7_": {
        "trade_facts": 0.97,
        "trade_change_pct_accuracy": 0.97,
        "engagements": 0.95,
        "engagement_type_accuracy": 0.96,
        "participants_people": 0.95,
        "participants_organizations": 0.9,
        "published_date_accuracy": 1.0,
    },
}


@pytest.mark.parametrize("prefix", sorted(LATER_HELD_OUT_FLOORS))
def test_later_held_out_sets_keep_their_fixes(prefix: str) -> None:
    report = _report_for(prefix)
    assert not report["documents_missing"]
    for measure, floor in LATER_HELD_OUT_FLOORS[prefix].items():
        value = report[measure]["f1"] if isinstance(report[measure], dict) else report[measure] or 0
        assert value >= floor, (measure, value, report["per_document"])
