"""A subject "on the agenda" when the talks' clause follows, written for these tests.

"Trade was also on the agenda when A met B" tells what the talks of the "when" clause were
about: the subject before "was on the agenda" is their topic, as it is before a full stop or
"during the talks" (the topic had been lost, the "when" clause read as no close of the
clause). A plan ("will be on the agenda when ... meets"), another body's agenda ("on the
agenda of parliament when ...") and a pronoun or a noun taking up a matter told before ("It
was on the agenda when ...", "The issue was also on the agenda when ...") give none.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 10, 15)  # a Wednesday


def _topics(text: str) -> list[tuple[str, ...]]:
    return [e.topics for e in extract_document(text, PUB).engagements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fisheries access was also on the agenda when Senegalese President Bassirou Diomaye Faye "
         "met Mauritanian President Mohamed Ould Ghazouani in Nouakchott on Monday.",
         [("fisheries access",)]),
        ("Rail links and power trade were high on the agenda when Lao Prime Minister Sonexay "
         "Siphandone held talks with Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Tuesday.",
         [("rail links", "power trade")]),
        # near misses: a plan, another body's agenda, a pronoun
        ("Fisheries access will be on the agenda when Senegalese President Bassirou Diomaye Faye "
         "meets Mauritanian President Mohamed Ould Ghazouani in Nouakchott next week.",
         []),
        ("A seed bill was on the agenda of parliament when Senegalese President Bassirou Diomaye "
         "Faye met Mauritanian President Mohamed Ould Ghazouani in Nouakchott on Monday.",
         [()]),
        ("The issue was also on the agenda when Senegalese President Bassirou Diomaye Faye met "
         "Mauritanian President Mohamed Ould Ghazouani in Nouakchott on Monday.",
         [()]),
        ("It was on the agenda when Senegalese President Bassirou Diomaye Faye met Mauritanian "
         "President Mohamed Ould Ghazouani in Nouakchott on Monday.",
         [()]),
    ],
)  # fmt: skip
def test_subject_on_the_agenda_when_they_met_is_a_topic(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _topics(text) == expected
