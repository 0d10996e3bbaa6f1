"""An abbreviated style before a name whose office follows in commas, written for these tests.

"Amb. X, the Chinese Ambassador to Uganda," had given X the title "Amb.": a one-word courtesy
rank before such a name ("Prince X, Minister of Foreign Affairs,") gave way to the office, but
the style's full stop made "Amb." two tokens, and no rank. Written with its stop, the style is
still only how the holder is addressed, and the office in commas is the title.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 3, 4)  # a Tuesday

_CLOSING = " met Rwandan Trade Minister Prudence Sebahizi in Kigali on Monday."


def _envoy(text: str) -> tuple[str, str | None, str | None]:
    (event,) = extract_document(text + _CLOSING, PUB).engagements
    (person,) = [p for p in event.participants if p.participant_type == "person" and p.name == "Li Wenhua"]
    return person.name, person.title, person.country_iso3


@pytest.mark.parametrize(
    ("text", "envoy"),
    [
        ("Amb. Li Wenhua, the Chinese Ambassador to Rwanda,", ("Li Wenhua", "Ambassador to Rwanda", "CHN")),
        ("H.E. Amb. Li Wenhua, Chinese Ambassador to Rwanda,", ("Li Wenhua", "Ambassador to Rwanda", "CHN")),
        # as before: the style alone, and a full word before the office
        ("Chinese Amb. Li Wenhua", ("Li Wenhua", "Amb.", "CHN")),
        ("Ambassador Li Wenhua, the Chinese envoy to Rwanda,", ("Li Wenhua", "Ambassador", "CHN")),
    ],
)  # fmt: skip
def test_office_in_commas_is_the_title(text: str, envoy: tuple[str, str | None, str | None]) -> None:
    assert _envoy(text) == envoy
