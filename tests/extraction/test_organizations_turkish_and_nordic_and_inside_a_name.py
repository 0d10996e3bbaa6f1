"""The "and" of Turkish, Central Asian and Nordic company names joins one name, written for
these tests.

Turkish firms' full names hold "ve" ("Aselsan Elektronik Sanayi ve Ticaret A.Ş.", industry
and trade), and Uzbek, Azerbaijani, Swedish, Danish and Norwegian ones "va", "və", "och" and
"og", which English copy keeps as written. The name had been cut at the word: "Aselsan
Elektronik Sanayi" was read as a person and "Ticaret A.Ş." as a company of its own (in a
sentence with two countries, given the other side's). Between capitalized words these words
now join one name, as German "und" and French "et" did. English "and" between two names reads
as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.organizations import find_organizations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey's Aselsan Elektronik Sanayi ve Ticaret A.Ş. signed a contract on Tuesday.",
         ["Aselsan Elektronik Sanayi ve Ticaret A.Ş."]),
        ("Turkish firm Kalyon İnşaat Sanayi ve Ticaret A.Ş. signed a contract on Tuesday.",
         ["Kalyon İnşaat Sanayi ve Ticaret A.Ş."]),
        ("The Norwegian firm Vestland Sag og Hovleri AS signed a contract on Tuesday.",
         ["Vestland Sag og Hovleri AS"]),
        # as before: German "und", and two names joined by English "and"
        ("Hamburger Hafen und Logistik AG signed a contract on Tuesday.",
         ["Hamburger Hafen und Logistik AG"]),
        ("Koç Holding and Sabancı Holding signed a contract on Tuesday.",
         ["Koç Holding", "Sabancı Holding"]),
    ],
)  # fmt: skip
def test_foreign_and_inside_a_name(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_organizations(text)] == expected
