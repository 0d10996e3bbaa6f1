"""The country of a well-known official named without one.

Home-agency copy filed abroad often names its own leader without a country word ("ABU DHABI
(PTI) - Prime Minister Narendra Modi ... held talks with UAE President ..."): the dateline
gives the wrong default and the engagement comes out one-sided. `lexicons/leaders.tsv` lists
people who speak for their country in the news (heads of state and government, foreign and
trade ministers); a person is matched on the whole name only, never on a surname, and only
when the text states no country.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from orchestration.extraction.countries import fold

_LEXICON = Path(__file__).parent / "lexicons" / "leaders.tsv"
_SEPARATORS = re.compile(r"[\s.\-‐‑’']+")


def _key(name: str) -> str:
    """A name as compared: accents, case, dots, apostrophes and hyphens aside."""
    return " ".join(_SEPARATORS.split(fold(name).lower())).strip()


@lru_cache(maxsize=1)
def _nationalities() -> dict[str, str]:
    rows: dict[str, str] = {}
    for line in _LEXICON.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            iso3, name = line.split("\t")
            rows[_key(name)] = iso3
    return rows


def known_nationality(name: str) -> str | None:
    """ISO3 of the country a listed official speaks for ("Narendra Modi" -> "IND"), else None."""
    return _nationalities().get(_key(name))
