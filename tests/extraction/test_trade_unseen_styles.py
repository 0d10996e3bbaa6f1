"""Trade figures in house styles the sample corpus does not show, written for these tests.

Each table holds invented stories (other countries, currencies and wording than any labelled
document) for one rule of the grammar: runs of days inside a fiscal year, shilling
abbreviations, "previous"/"corresponding" comparison periods, rankings that name no ranked
country. Facts are compared as sets of (flow, reporter, partner, start, end, value,
currency, change_pct, has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

#: A run of days ("between 1 July and 20 December") dates every figure of the story to the
#: day, inside the fiscal year it names; a comparison over "the corresponding months of the
#: previous fiscal year" ends on the same day a year earlier; "consisting of exports worth"
#: gives no product; a partner described only as "the country's third-largest partner" is
#: still the partner named before the aside.
DAY_RUNS_AND_FISCAL_COMPARISONS = [
    ("DHAKA, Jan 5 - Bangladesh's trade with Japan stood at $2.1 billion between 1 July and 20 December of "
     "the current fiscal year 2023-24, consisting of exports worth $0.9 billion and imports of $1.2 "
     "billion, the central bank said. Bilateral trade was down from $2.4 billion over the corresponding "
     "months of the preceding fiscal year. Trade with Nepal, the country's third-largest partner in South "
     "Asia, stood at $500 million over the same period.", date(2024, 1, 5),
     [fact("turnover", "BGD", "JPN", "2023-07-01", "2023-12-20", 2.1e9, "USD"),
      fact("exports", "BGD", "JPN", "2023-07-01", "2023-12-20", 0.9e9, "USD"),
      fact("imports", "BGD", "JPN", "2023-07-01", "2023-12-20", 1.2e9, "USD"),
      fact("turnover", "BGD", "JPN", "2022-07-01", "2022-12-20", 2.4e9, "USD"),
      fact("turnover", "BGD", "NPL", "2023-07-01", "2023-12-20", 500e6, "USD")]),
    ("Chile's exports to Peru reached $1.4 billion from March 3 to June 18, 2024, customs said.",
     date(2024, 7, 2),
     [fact("exports", "CHL", "PER", "2024-03-03", "2024-06-18", 1.4e9, "USD")]),
    # "Shs" is a shilling of one of the two countries; "the previous financial year" counts
    # back from the fiscal year just named, not from the publication date
    ("Tanzania's exports to Kenya reached Shs850 billion in the financial year 2021/22, up from Shs790 "
     "billion in the previous financial year. Imports from Kenya amounted to Shs1.1 trillion over the "
     "same period.", date(2023, 11, 5),
     [fact("exports", "TZA", "KEN", "2021-07-01", "2022-06-30", 850e9, "TZS"),
      fact("exports", "TZA", "KEN", "2020-07-01", "2021-06-30", 790e9, "TZS"),
      fact("imports", "TZA", "KEN", "2021-07-01", "2022-06-30", 1.1e12, "TZS")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), DAY_RUNS_AND_FISCAL_COMPARISONS)
def test_day_runs_and_fiscal_comparisons(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)
