"""A topic told in a fronted phrase ends at the comma before the main clause, written for these
tests.

"In talks focused on the drought, X met Y on Tuesday" tells the matter before the clause
that tells the meeting: the matter ends at the comma where named subjects and their event verb
open the main clause. Before, the matter ran on to the end of the sentence, swallowing the
sides, and no engagement was labelled at all ("After discussing the drought, X and Y signed a
water accord" neither). Names after the comma with no verb of their own still list matters
("discussed the Nacala corridor, Lake Malawi shipping and maize exports").
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday


def _events(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.engagement_type, e.countries, e.topics) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In talks focused on the drought, Zambian President Mwila Banda met Malawian President "
         "Chikondi Phiri on Tuesday.", [("meeting", ("MWI", "ZMB"), ("drought",))]),
        ("In discussions centred on maize exports, Zambian President Mwila Banda met Malawian "
         "President Chikondi Phiri on Tuesday.", [("meeting", ("MWI", "ZMB"), ("maize exports",))]),
        ("After discussing the border crossing, Zambian President Mwila Banda and Malawian "
         "President Chikondi Phiri signed a transit accord on Tuesday.",
         [("agreement", ("MWI", "ZMB"), ("transit accord",))]),  # (the document's kind)
        # near misses: names after the comma with no verb of their own, the matter goes on
        ("Zambian President Mwila Banda met Malawian President Chikondi Phiri on Tuesday and "
         "discussed the Nacala corridor, Lake Malawi shipping and maize exports.",
         [("meeting", ("MWI", "ZMB"), ("Nacala corridor", "Lake Malawi shipping", "maize exports"))]),
        ("Zambian President Mwila Banda met Malawian President Chikondi Phiri on Tuesday to "
         "discuss rail links, Zambian Railways said.", [("meeting", ("MWI", "ZMB"), ("rail links",))]),
    ],
)  # fmt: skip
def test_fronted_matter_ends_before_the_main_clause(
    text: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert _events(text) == expected
