"""Trade figures paired with a coordinated list of periods, written for these tests.

"$A and $B in the first and second quarters of 2024, respectively": a list of ordinal parts
sharing one noun and year gives each listed ordinal its own part, and a list of months closed
by "respectively" is one month per figure, not a run. Invented wording, other countries than
any story the rules were found in; facts compared as in `test_trade`. Also the plural of a
name two states share ("the two Koreas", "both Sudans"), which names both of them.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

PUBLISHED = date(2025, 2, 1)

PERIOD_LISTS = [
    ("Thailand's exports to India were $2.3 billion and $2.8 billion in the first and second quarters "
     "of 2024, respectively.",
     [fact("exports", "THA", "IND", "2024-01-01", "2024-03-31", 2.3e9, "USD"),
      fact("exports", "THA", "IND", "2024-04-01", "2024-06-30", 2.8e9, "USD")]),
    ("Imports by Chile from Peru came to $410 million and $455 million in the first and second halves "
     "of 2023 respectively.",
     [fact("imports", "CHL", "PER", "2023-01-01", "2023-06-30", 410e6, "USD"),
      fact("imports", "CHL", "PER", "2023-07-01", "2023-12-31", 455e6, "USD")]),
    ("Kenya's exports to Uganda stood at $150 million and $172 million in the third and fourth quarters "
     "of 2024, respectively.",
     [fact("exports", "KEN", "UGA", "2024-07-01", "2024-09-30", 150e6, "USD"),
      fact("exports", "KEN", "UGA", "2024-10-01", "2024-12-31", 172e6, "USD")]),
    ("Shipments from Poland to Lithuania totalled EUR 1.1 billion, EUR 1.3 billion and EUR 1.2 billion "
     "in the first, second and third quarters of 2024, respectively.",
     [fact("exports", "POL", "LTU", "2024-01-01", "2024-03-31", 1.1e9, "EUR"),
      fact("exports", "POL", "LTU", "2024-04-01", "2024-06-30", 1.3e9, "EUR"),
      fact("exports", "POL", "LTU", "2024-07-01", "2024-09-30", 1.2e9, "EUR")]),
    ("Kenya's exports to Uganda stood at $150 million and $172 million in the third and final quarters "
     "of 2024, respectively.",
     [fact("exports", "KEN", "UGA", "2024-07-01", "2024-09-30", 150e6, "USD"),
      fact("exports", "KEN", "UGA", "2024-10-01", "2024-12-31", 172e6, "USD")]),
    # months listed before "respectively": one month to each figure
    ("Egypt's exports to Jordan were $61 million and $66 million in March and April 2024, respectively.",
     [fact("exports", "EGY", "JOR", "2024-03-01", "2024-03-31", 61e6, "USD"),
      fact("exports", "EGY", "JOR", "2024-04-01", "2024-04-30", 66e6, "USD")]),
    ("Egypt's exports to Jordan were $61 million, $66 million and $58 million in July, August and "
     "September of 2024, respectively.",
     [fact("exports", "EGY", "JOR", "2024-07-01", "2024-07-31", 61e6, "USD"),
      fact("exports", "EGY", "JOR", "2024-08-01", "2024-08-31", 66e6, "USD"),
      fact("exports", "EGY", "JOR", "2024-09-01", "2024-09-30", 58e6, "USD")]),
    # the first figure's noun gapped, given by the second's, as "in Q1 and ... in Q2 2024" reads
    ("Thailand's exports to India were $2.3 billion in the first and $2.8 billion in the second quarter "
     "of 2024.",
     [fact("exports", "THA", "IND", "2024-01-01", "2024-03-31", 2.3e9, "USD"),
      fact("exports", "THA", "IND", "2024-04-01", "2024-06-30", 2.8e9, "USD")]),
]  # fmt: skip

NEAR_MISSES = [
    # one figure for months joined by "and", no "respectively": the run of both months
    ("Egypt's exports to Jordan were $127 million in March and April 2024.",
     [fact("exports", "EGY", "JOR", "2024-03-01", "2024-04-30", 127e6, "USD")]),
    # "respectively" after the figures pairs the flows, not the months: the run stays whole
    ("Thailand's exports to and imports from India were $2.3 billion and $1.8 billion, respectively, "
     "in May and June 2024.",
     [fact("exports", "THA", "IND", "2024-05-01", "2024-06-30", 2.3e9, "USD"),
      fact("imports", "THA", "IND", "2024-05-01", "2024-06-30", 1.8e9, "USD")]),
    # a rank before a comma and "and" is no listed quarter
    ("Kenya's exports to Uganda ranked first, and second quarter 2024 sales to Uganda reached $172 "
     "million.",
     [fact("exports", "KEN", "UGA", "2024-04-01", "2024-06-30", 172e6, "USD")]),
    # "first and only" is no gapped quarter
    ("Kenya's exports to Uganda came in the first and only consignment, with $172 million in the second "
     "quarter of 2024.",
     [fact("exports", "KEN", "UGA", "2024-04-01", "2024-06-30", 172e6, "USD")]),
    # a count after the ordinals: no list of quarters
    ("Kenya's exports to Uganda were $310 million in the first and last three months of 2024, "
     "respectively.",
     [fact("exports", "KEN", "UGA", "2024-10-01", "2024-12-31", 310e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PERIOD_LISTS)
def test_listed_periods_go_to_the_figures_in_order(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUBLISHED) == set(expected)


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
def test_near_misses_keep_their_periods(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUBLISHED) == set(expected)


#: "the two Koreas", "both Sudans", "the Congos": both states of the name, a pair as "between
#: North and South Korea" is; after "with" or "to", two partners, no figure (as "with North and
#: South Korea" gives none); "the two countries" names no state.
SHARED_NAMES = [
    ("Commerce between the two Sudans shrank to $38 million in 2024, officials said.",
     [fact("turnover", "SDN", "SSD", "2024-01-01", "2024-12-31", 38e6, "USD")]),
    ("Trade between both Congos climbed to $96 million last year.",
     [fact("turnover", "COD", "COG", "2024-01-01", "2024-12-31", 96e6, "USD")]),
    ("The two Koreas' trade slid to $0.9 million in 2023.",
     [fact("turnover", "KOR", "PRK", "2023-01-01", "2023-12-31", 0.9e6, "USD")]),
    ("Trade between the Sudans shrank to $38 million in 2024, while Egypt's exports to South Sudan "
     "reached $51 million.",
     [fact("turnover", "SDN", "SSD", "2024-01-01", "2024-12-31", 38e6, "USD"),
      fact("exports", "EGY", "SSD", "2024-01-01", "2024-12-31", 51e6, "USD")]),
    ("Egypt's trade with both Sudans reached $1.6 billion in 2024.", []),
    ("Angola's exports to the two Congos reached $240 million in 2024.", []),
    ("Trade between the two countries shrank to $38 million in 2024.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SHARED_NAMES)
def test_plural_of_a_shared_name_names_both_states(text: str, expected: list[Fact]) -> None:
    assert facts(text, PUBLISHED) == set(expected)
