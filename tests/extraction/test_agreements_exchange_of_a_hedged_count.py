"""The exchange of a hedged count of documents is a signing, written for these tests.

"witnessed the exchange of over 30 cooperation documents" tells documents changing hands, a
signing, as "the exchange of 30 cooperation documents" already did: the figure and the hedge
before it ("over", "more than", "nearly", "at least") are one count, as "a number of" is, and
no longer push the document noun past the reach of words read after "exchange". An exchange of
things that are no documents ("about 15 cultural troupes") stays no signing, and a hedge with no
figure ("about") is a word as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 4, 16)


def _types(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.engagement_type, e.countries) for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After their talks, Chinese President Wen Baoshan and Malaysian Prime Minister Aziz Rahman "
         "witnessed the exchange of over 30 cooperation documents in areas including the digital "
         "economy and railways.",
         [("meeting", ("CHN", "MYS")), ("agreement", ("CHN", "MYS"))]),
        ("Chinese President Wen Baoshan and Malaysian Prime Minister Aziz Rahman witnessed the "
         "exchange of more than 30 cooperation documents.", [("agreement", ("CHN", "MYS"))]),
        ("Kenyan President Daniel Mbugua and Ugandan President Joseph Okello witnessed the exchange "
         "of 12 signed cooperation documents.", [("agreement", ("KEN", "UGA"))]),
        ("Kenyan President Daniel Mbugua and Ugandan President Joseph Okello witnessed the exchange "
         "of nearly 20 bilateral cooperation documents on trade.", [("agreement", ("KEN", "UGA"))]),
        ("Vietnamese Prime Minister Tran Van Long and Lao Prime Minister Somsak Vongsa attended the "
         "exchange of at least 15 signed memoranda.", [("agreement", ("LAO", "VNM"))]),
        # near misses: the count without a hedge, as before; no documents exchanged
        ("Chinese President Wen Baoshan and Malaysian Prime Minister Aziz Rahman witnessed the "
         "exchange of 30 cooperation documents.", [("agreement", ("CHN", "MYS"))]),
        ("Kenyan President Daniel Mbugua and Ugandan President Joseph Okello witnessed the exchange "
         "of about 15 cultural troupes and arts ensembles.", []),
        ("Kenyan President Daniel Mbugua and Ugandan President Joseph Okello discussed the exchange "
         "of some 300 students and scholars under the education agreement.",
         [("meeting", ("KEN", "UGA"))]),
    ],
)  # fmt: skip
def test_exchange_of_a_hedged_count_of_documents(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert _types(text) == expected
