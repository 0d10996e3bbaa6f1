"""A body of many states the lexicon lists, named by its acronym or one-word brand alone, as a
side of a signing: written for these tests.

"Zambia and Malawi signed a trade finance facility with Afreximbank in Lilongwe on Friday." The
lender is a side of the signing, as its name spelled out ("the African Export-Import Bank") was
already; written as "AfDB", "the EBRD", "IsDB" or "Afrexim" it had been dropped, for only an
acronym the story spelled out before stood as a side after "with". Before a noun the acronym
opens a phrase for its people ("with AfDB staff"), and a brand the lexicon does not list (a
company's) still needs its own context: both read as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 14)  # a Friday


def _events(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [
        (e.engagement_type, e.countries, tuple(p.name for p in e.participants))
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zambia and Malawi signed a trade finance facility with Afreximbank in Lilongwe on Monday.",
         [("agreement", ("MWI", "ZMB"), ("Afreximbank",))]),
        ("Zambia and Malawi signed a trade finance facility with the Afrexim on Monday.",
         [("agreement", ("MWI", "ZMB"), ("Afrexim",))]),
        ("Benin and Niger signed a road loan agreement with the AfDB in Cotonou on Tuesday.",
         [("agreement", ("BEN", "NER"), ("AfDB",))]),
        ("Jordan and Iraq signed grant deals with IsDB in Amman on Wednesday.",
         [("agreement", ("IRQ", "JOR"), ("IsDB",))]),
        # near misses: two listed bodies joined by "and" (read so before), the acronym before
        # a noun for its people, and an unlisted one-word brand
        ("Jordan and Iraq signed grant deals with the EBRD and IsDB in Amman on Wednesday.",
         [("agreement", ("IRQ", "JOR"), ("EBRD", "IsDB"))]),
        ("Benin and Niger signed a road loan agreement with AfDB staff in Cotonou on Tuesday.",
         [("agreement", ("BEN", "NER"), ())]),
        ("Benin and Niger signed a road loan agreement with Zenvia in Cotonou on Tuesday.",
         [("agreement", ("BEN", "NER"), ())]),
        ("Benin and Niger signed a road loan agreement in Cotonou on Tuesday.",
         [("agreement", ("BEN", "NER"), ())]),
    ],
)  # fmt: skip
def test_listed_lender_by_its_acronym_as_a_side(
    text: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert _events(text) == expected
