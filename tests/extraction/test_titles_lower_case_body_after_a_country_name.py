"""A state's body in lower case after its country's name, written for these tests.

"the governor of the Zambian central bank X" read the bank as the office's and the country as
the governor's; "the governor of the Zambia central bank Denny Kalyalya" ran the title into the
given name ("governor of the Zambia central bank Denny") and left the surname alone. A country's
name before the body now reads as its demonym does, before the name or a comma and the name.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.people import find_people


def _people(sentence: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(p.name, p.title, p.country_iso3, p.organization) for p in find_people(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The governor of the Zambia central bank Denny Kalyalya spoke on Monday.",
         [("Denny Kalyalya", "governor of the central bank", "ZMB", None)]),
        ("The governor of the Zambia central bank, Denny Kalyalya, spoke on Monday.",
         [("Denny Kalyalya", "governor of the central bank", "ZMB", None)]),
        ("The Speaker of the Malawi parliament, Catherine Hara, spoke on Monday.",
         [("Catherine Hara", "Speaker of the parliament", "MWI", None)]),
        # as before: the demonym and the possessive
        ("The governor of the Zambian central bank Denny Kalyalya spoke on Monday.",
         [("Denny Kalyalya", "governor of the central bank", "ZMB", None)]),
        ("The governor of Zambia's central bank, Denny Kalyalya, spoke on Monday.",
         [("Denny Kalyalya", "governor of central bank", "ZMB", None)]),
    ],
)  # fmt: skip
def test_the_country_names_the_state_body(sentence: str, expected: list[tuple]) -> None:
    assert _people(sentence) == expected
