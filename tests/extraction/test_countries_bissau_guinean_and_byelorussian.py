"""Two demonyms the countries lexicon lacked: "Bissau Guinean" without its hyphen (Guinea-Bissau) and
the older "Byelorussian" (Belarus). Written for these tests.

"Bissau Guinean cashew" had given two countries, Guinea-Bissau for "Bissau" and Guinea for
"Guinean"; "Byelorussian" had given none. The hyphenated demonym, a bare "Guinean" (Guinea) and
"Belarusian" read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.countries import find_countries


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bissau Guinean cashew buyers met in the port.", [("Bissau Guinean", "GNB")]),
        ("Bissau-Guinean cashew buyers met in the port.", [("Bissau-Guinean", "GNB")]),
        ("Guinean bauxite left the port.", [("Guinean", "GIN")]),
        ("A Byelorussian tractor plant opened.", [("Byelorussian", "BLR")]),
        ("A Belarusian tractor plant opened.", [("Belarusian", "BLR")]),
    ],
)
def test_demonym(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.iso3) for m in find_countries(text)] == expected
