"""A story's tags under labels other than "Tags:", written for these tests.

Sites label the list of a story's subjects "Read more about:", "More about:", "Related
topics:", "Related tags:" or "Filed under:" as often as "Tags:"; the list names countries that
are no side of the story ("Read more about: Turkey, Iran, trade" under a Turkish-Azerbaijani
deal), and had stayed in the text. A sentence that opens on the same words and tells something
("More about the pipeline: it runs 1,800 km.") stays, and so does a teaser with no colon.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.boilerplate import without_boilerplate

LEAD = "BAKU, June 12 - Azerbaijan and Georgia signed a rail freight deal in Baku on Thursday."
LAST = "The deal runs for ten years."


@pytest.mark.parametrize(
    "line",
    [
        "Read more about: Turkey, Iran, trade",
        "More about: Armenia, railways",
        "Related topics: Iran, sanctions, energy",
        "Related tags: Caspian, freight",
        "Filed under: Energy, Caucasus, Kazakhstan",
        "READ MORE ABOUT: Russia, transit",
    ],
)
def test_a_tag_line_under_another_label_is_dropped(line: str) -> None:
    assert without_boilerplate(f"{LEAD}\n\n{line}\n\n{LAST}") == f"{LEAD}\n\n{LAST}"


@pytest.mark.parametrize(
    "line",
    [
        "More about the corridor: it links Baku to the Black Sea. It opened in 2017.",
        "Read more about the deal in our report from last week",
        "Filed under the new rules, the cargo clears customs in a day. Officials said so.",
    ],
)
def test_a_sentence_of_the_story_stays(line: str) -> None:
    text = f"{LEAD}\n\n{line}\n\n{LAST}"
    assert without_boilerplate(text) == text
