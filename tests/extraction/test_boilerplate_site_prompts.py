"""A site's prompt and label lines left in a flattened page's text, written for these tests.

Plain-text and JSON bodies scraped from a page keep "Follow us on Twitter and Facebook", "Join
our WhatsApp channel", "Share this article", "Download our app", "Advertisement", a copyright
line and the story's tags ("Tags: trade, Senegal, Gambia": countries that are no side of the
story); they had stayed in the text. A sentence of the story that opens on the same words
stays.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.boilerplate import without_boilerplate

LEAD = "BANJUL, Gambia - Gambia and Guinea agreed on Friday to open a new ferry route for traders."


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on Twitter and Facebook for the latest news.",
        "Please follow The Banjul Courier on Google News",
        "Join our WhatsApp channel for updates",
        "Subscribe to our Telegram channel",
        "Share this article",
        "Download our free mobile app",
        "Advertisement",
        "© 2025 The Banjul Courier",
        "Copyright 2025 by The Banjul Courier",
        "Tags: trade, Senegal, Mali, ferries",
    ],
)
def test_a_prompt_line_is_dropped(line: str) -> None:
    assert without_boilerplate(f"{LEAD}\n\n{line}\n\nThe first crossing is due in July.") == (
        f"{LEAD}\n\nThe first crossing is due in July."
    )


@pytest.mark.parametrize(
    "line",
    [
        "Copyright disputes between the two ports were settled last year.",
        "Topics: the ministers discussed fees. They also discussed schedules.",
        "Follow-up talks on fees are due on Monday, the ministry said.",
        "Join the talks, the minister urged traders from both countries on Friday.",
    ],
)
def test_a_sentence_of_the_story_stays(line: str) -> None:
    text = f"{LEAD}\n\n{line}"
    assert without_boilerplate(text) == text
