"""An office in brackets right after a name, written for these tests.

"Ishaq Dar (Deputy Prime Minister and Foreign Minister of Pakistan) met Chinese Foreign
Minister Wang Yi" gives the office in apposition as commas would, and lists of delegates write
it so, with the country after a comma ("Mr X (Foreign Minister, Pakistan)"). The name before
the bracket had been lost (the meeting kept Pakistan as a side, with Wang Yi alone). A bracket
holding its title whole is now the office of the name before it, its country after a comma
the office's country. A bracket of other words ("(left)", "(pictured, left)", a party) and a
body's initials after a title ("Minister of Foreign Trade and Tourism (Mincetur), X") read as
before.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 6, 12)  # a Thursday


def _people(text: str) -> list[tuple[tuple[str, ...], tuple[tuple[str, str | None, str | None], ...]]]:
    return [
        (
            e.countries,
            tuple(
                (p.name, p.title, p.country_iso3) for p in e.participants if p.participant_type == "person"
            ),
        )
        for e in extract_document(text, PUB).engagements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ishaq Dar (Deputy Prime Minister and Foreign Minister of Pakistan) met Chinese Foreign "
         "Minister Wang Yi in Beijing on Tuesday.",
         [(("CHN", "PAK"), (("Ishaq Dar", "Deputy Prime Minister and Foreign Minister", "PAK"),
                            ("Wang Yi", "Foreign Minister", "CHN")))]),
        ("Chinese Foreign Minister Wang Yi met Ishaq Dar (Pakistan's Foreign Minister) in Beijing "
         "on Tuesday.",
         [(("CHN", "PAK"), (("Wang Yi", "Foreign Minister", "CHN"),
                            ("Ishaq Dar", "Foreign Minister", "PAK")))]),
        ("Mr Ishaq Dar (Foreign Minister, Pakistan) met Mr Wang Yi (Foreign Minister, China) in "
         "Beijing on Tuesday.",
         [(("CHN", "PAK"), (("Ishaq Dar", "Foreign Minister", "PAK"),
                            ("Wang Yi", "Foreign Minister", "CHN")))]),
        ("Ugandan President Yoweri Museveni met William Ruto (President of Kenya) in Entebbe on "
         "Tuesday.",
         [(("KEN", "UGA"), (("Yoweri Museveni", "President", "UGA"),
                            ("William Ruto", "President", "KEN")))]),
        # near misses: brackets of other words, and a body's initials after a title
        ("Kenyan President William Ruto (pictured, left) met Ugandan President Yoweri Museveni in "
         "Entebbe on Tuesday.",
         [(("KEN", "UGA"), (("William Ruto", "President", "KEN"),
                            ("Yoweri Museveni", "President", "UGA")))]),
        ("Trade Minister Rebecca Miano (United Democratic Alliance) met Ugandan Trade Minister "
         "Francis Mwebesa in Nairobi on Tuesday.",
         [(("KEN", "UGA"), (("Rebecca Miano", "Trade Minister", "KEN"),
                            ("Francis Mwebesa", "Trade Minister", "UGA")))]),
        ("Peru's Minister of Foreign Trade and Tourism (Mincetur), Ursula León, met Chilean "
         "Undersecretary Claudia Sanhueza in Lima on Tuesday.",
         [(("CHL", "PER"), (("Ursula León", "Minister of Foreign Trade and Tourism (Mincetur)", "PER"),
                            ("Claudia Sanhueza", "Undersecretary", "CHL")))]),
    ],
)  # fmt: skip
def test_office_in_brackets_after_the_name(
    text: str, expected: list[tuple[tuple[str, ...], tuple[tuple[str, str | None, str | None], ...]]]
) -> None:
    assert _people(text) == expected
