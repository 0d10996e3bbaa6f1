"""Topics opened by "deliberated (on)" and "revolved around", written for these tests.

"The two presidents deliberated on water sharing", "The talks revolved around the rail link":
both verbs tell what was discussed, as "discussed" and "focused on" do (the topic had been
lost). "revolve" does so only with "around": "a revolving fund" names no matter talked about.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 10, 13)  # a Monday
LEAD = (
    "LILONGWE, Oct 13 - Malawian President Peter Mutharika held talks with Zambian President "
    "Hakainde Hichilema in Lilongwe on Sunday. "
)


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(text, PUB, "Lilongwe").engagements]


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        ("The two presidents deliberated on water sharing in the Luangwa basin.",
         [("water sharing in the Luangwa basin",)]),
        ("They also deliberated fertiliser subsidies.", [("fertiliser subsidies",)]),
        ("The talks revolved around the Nacala rail link.", [("Nacala rail link",)]),
        ("Discussions revolved around maize exports and road safety.",
         [("maize exports", "road safety")]),
        # near misses: "revolving" that is no verb of discussion, and a sentence of no matter
        ("The two presidents opened a revolving fund for traders.", [()]),
        ("The two presidents later toured a textile mill.", [()]),
    ],
)  # fmt: skip
def test_deliberated_and_revolved_around_open_topics(follow_up: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(LEAD + follow_up) == expected
