"""Trade figures in the house styles of regional wires (Gulf, Central Asian, Balkan, Latin
American and African agencies), written for these tests.

Each table holds invented stories for one rule of the grammar. Facts are compared as sets of
(flow, reporter, partner, start, end, value, currency, change_pct, has_product); turnover pairs
unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

from orchestration.extraction.trade_products import clean_product

#: "in the reporting period", "in the period under review" before an amount points back to a
#: period named earlier; when the amount is followed right away by a period of its own, that
#: period dates it (the anaphor then has nothing, or no more, to tell). A period further on,
#: after a change ("4 percent more than from January to December 2022"), is the comparison's:
#: the anaphor still dates the amount.
ANAPHOR_BEFORE_AN_OWN_PERIOD = [
    ("TBILISI, Oct 10 - Georgia's exports to Ukraine grew 2.2 times in the reporting period, reaching "
     "$410 million in January-August 2024, the statistics office said.", date(2024, 10, 10),
     [fact("exports", "GEO", "UKR", "2024-01-01", "2024-08-31", 410e6, "USD", 120.0)]),
    ("ULAANBAATAR, Aug 2 - Mongolia's imports from Japan rose by 14% in the period under review, "
     "amounting to $520 million in the first half of 2024.", date(2024, 8, 2),
     [fact("imports", "MNG", "JPN", "2024-01-01", "2024-06-30", 520e6, "USD", 14.0)]),
    # near miss: no period of its own right after the amount; the anaphor dates it
    ("In 2023, Mongolia's trade with South Korea reached $1.9 billion. During the aforementioned period, "
     "exports to South Korea totaled $300 million, 6 percent more than from January to December 2022 "
     "($283 million).", date(2024, 3, 1),
     [fact("turnover", "MNG", "KOR", "2023-01-01", "2023-12-31", 1.9e9, "USD"),
      fact("exports", "MNG", "KOR", "2023-01-01", "2023-12-31", 300e6, "USD", 6.0),
      fact("exports", "MNG", "KOR", "2022-01-01", "2022-12-31", 283e6, "USD")]),
    # near miss: the anaphor after the change, an earlier period to point to
    ("In January-July 2024, Moldova's exports to Romania reached $1.2 billion. Exports to Italy grew "
     "9% over the reporting period to $150 million.", date(2024, 9, 1),
     [fact("exports", "MDA", "ROU", "2024-01-01", "2024-07-31", 1.2e9, "USD"),
      fact("exports", "MDA", "ITA", "2024-01-01", "2024-07-31", 150e6, "USD", 9.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), ANAPHOR_BEFORE_AN_OWN_PERIOD)
def test_anaphor_before_an_own_period(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "9M 2023", "6M FY2024" after "against", "from", "compared to" are the first months of a year,
#: the comparison period of the change, not a bare amount of millions in the currency of the
#: figure before; a bare amount whose year is set off by "in" ("from 8M in 2022") still is one.
MONTH_CODES_COMPARED = [
    ("TASHKENT, Nov 2 - Uzbekistan's exports to Tajikistan reached $410 mln in 9M 2024, up 7% against "
     "9M 2023.", date(2024, 11, 2),
     [fact("exports", "UZB", "TJK", "2024-01-01", "2024-09-30", 410e6, "USD", 7.0)]),
    ("Georgia's imports from Armenia totaled $95 mln in 10M 2024, down 3% compared to 10M 2023.",
     date(2024, 11, 20),
     [fact("imports", "GEO", "ARM", "2024-01-01", "2024-10-31", 95e6, "USD", -3.0)]),
    # near miss: a bare amount, then its year
    ("Georgia's exports to Armenia reached $11M in 2023, up from 8M in 2022.", date(2024, 2, 1),
     [fact("exports", "GEO", "ARM", "2023-01-01", "2023-12-31", 11e6, "USD"),
      fact("exports", "GEO", "ARM", "2022-01-01", "2022-12-31", 8e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), MONTH_CODES_COMPARED)
def test_month_codes_compared(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A part of a hyphenated pair's figure ("X-Y trade hit $A, of which exports accounted for $B")
#: belongs to the pair's first side, as after "trade between X and Y": the second side of the
#: hyphen, nearest to the flow word, tells no owner; a side named right before the flow word
#: ("Y's exports") still is its owner.
PARTS_OF_A_HYPHENATED_PAIR = [
    ("Uzbekistan-Turkmenistan trade turnover hit $1.4 billion in January-June 2024, of which exports "
     "accounted for $910 million.", date(2024, 8, 1),
     [fact("turnover", "UZB", "TKM", "2024-01-01", "2024-06-30", 1.4e9, "USD"),
      fact("exports", "UZB", "TKM", "2024-01-01", "2024-06-30", 910e6, "USD")]),
    ("Georgia-Armenia trade reached $1.2 billion in 2023, $700 million of which accounted for imports.",
     date(2024, 2, 1),
     [fact("turnover", "GEO", "ARM", "2023-01-01", "2023-12-31", 1.2e9, "USD"),
      fact("imports", "GEO", "ARM", "2023-01-01", "2023-12-31", 700e6, "USD")]),
    # near miss: the second side named as the owner of the part
    ("Uzbekistan-Turkmenistan trade turnover hit $1.4 billion in January-June 2024, of which "
     "Turkmenistan's exports accounted for $490 million.", date(2024, 8, 1),
     [fact("turnover", "UZB", "TKM", "2024-01-01", "2024-06-30", 1.4e9, "USD"),
      fact("exports", "TKM", "UZB", "2024-01-01", "2024-06-30", 490e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PARTS_OF_A_HYPHENATED_PAIR)
def test_parts_of_a_hyphenated_pair(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "$3.2 billion in 2023: $1.9 billion in exports and $1.3 billion in imports": a colon or dash
#: after the period, then amounts a flow word sizes, opens the parts of the figure before it,
#: whose year it is (the period had been taken as the label of the next amount, and the whole
#: sentence lost). A period labelling a bare amount ("(2023: $1.9 billion)", "in 2023 - US$ 81,4
#: mln, in January-June 2024 - US$ 37,9 mln") stays that amount's.
PARTS_AFTER_A_COLON = [
    ("QUITO, Feb 3 - Trade between Ecuador and Peru reached $3.2 billion in 2023: $1.9 billion in "
     "Ecuadorian exports and $1.3 billion in imports.", date(2024, 2, 3),
     [fact("turnover", "ECU", "PER", "2023-01-01", "2023-12-31", 3.2e9, "USD"),
      fact("exports", "ECU", "PER", "2023-01-01", "2023-12-31", 1.9e9, "USD"),
      fact("imports", "ECU", "PER", "2023-01-01", "2023-12-31", 1.3e9, "USD")]),
    ("Trade between Ghana and Togo stood at $800 million in 2023 - $500 million of exports and $300 "
     "million of imports.", date(2024, 2, 3),
     [fact("turnover", "GHA", "TGO", "2023-01-01", "2023-12-31", 800e6, "USD"),
      fact("exports", "GHA", "TGO", "2023-01-01", "2023-12-31", 500e6, "USD"),
      fact("imports", "GHA", "TGO", "2023-01-01", "2023-12-31", 300e6, "USD")]),
    # near misses: labels of a bare amount
    ("Ecuador's exports to Colombia were $2.1 billion in 2024 (2023: $1.9 billion).", date(2025, 2, 3),
     [fact("exports", "ECU", "COL", "2024-01-01", "2024-12-31", 2.1e9, "USD"),
      fact("exports", "ECU", "COL", "2023-01-01", "2023-12-31", 1.9e9, "USD")]),
    ("Exports of Tajikistan to Kyrgyzstan in 2023 - US$ 81,4 mln, in January-June 2024 - US$ 37,9 mln.",
     date(2024, 8, 3),
     [fact("exports", "TJK", "KGZ", "2023-01-01", "2023-12-31", 81.4e6, "USD"),
      fact("exports", "TJK", "KGZ", "2024-01-01", "2024-06-30", 37.9e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PARTS_AFTER_A_COLON)
def test_parts_after_a_colon(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: Parts of a total in Latin American copy: "of which $X corresponded to exports" is the part's
#: flow, like "was"/"were"; a next part after "and" with its verb left out ("and $Y to imports",
#: "and $Y imports") takes the flow named right after it (both had been taken as the turnover or
#: the first part's flow). A part with a flow word before it and none after stays the first's.
PARTS_WITH_THEIR_VERB_LEFT_OUT = [
    ("ASUNCION, Mar 4 - Trade between Uruguay and Paraguay reached US$ 1.2 billion in 2023, of which "
     "US$ 700 million corresponded to Uruguayan exports and US$ 500 million to imports.", date(2024, 3, 4),
     [fact("turnover", "URY", "PRY", "2023-01-01", "2023-12-31", 1.2e9, "USD"),
      fact("exports", "URY", "PRY", "2023-01-01", "2023-12-31", 700e6, "USD"),
      fact("imports", "URY", "PRY", "2023-01-01", "2023-12-31", 500e6, "USD")]),
    ("Trade between Ecuador and Panama reached $950 million in 2023, of which $600 million were imports "
     "and $350 million exports.", date(2024, 3, 4),
     [fact("turnover", "ECU", "PAN", "2023-01-01", "2023-12-31", 950e6, "USD"),
      fact("imports", "ECU", "PAN", "2023-01-01", "2023-12-31", 600e6, "USD"),
      fact("exports", "ECU", "PAN", "2023-01-01", "2023-12-31", 350e6, "USD")]),
    ("Trade between Ecuador and Panama reached $950 million in 2023, of which $600 million corresponds "
     "to imports.", date(2024, 3, 4),
     [fact("turnover", "ECU", "PAN", "2023-01-01", "2023-12-31", 950e6, "USD"),
      fact("imports", "ECU", "PAN", "2023-01-01", "2023-12-31", 600e6, "USD")]),
    # near miss: the next part's flow told before it, with a verb of its own
    ("Trade between Ecuador and Panama reached $950 million in 2023, of which $600 million were imports "
     "and exports accounted for $350 million.", date(2024, 3, 4),
     [fact("turnover", "ECU", "PAN", "2023-01-01", "2023-12-31", 950e6, "USD"),
      fact("imports", "ECU", "PAN", "2023-01-01", "2023-12-31", 600e6, "USD"),
      fact("exports", "ECU", "PAN", "2023-01-01", "2023-12-31", 350e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PARTS_WITH_THEIR_VERB_LEFT_OUT)
def test_parts_with_their_verb_left_out(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A ranked partner's trade "with RO 2.1 billion" among "the Sultanate's trading partners": the
#: state named by the form of its state, whose own currency the figure is written in, is the
#: other side (the figure had been lost with no partner). In a currency of account, or with the
#: form of state only after the amount, nothing says whose it is.
RANKED_AMONG_A_REALMS_PARTNERS = [
    ("MUSCAT, Nov 5 - India topped the list of the Sultanate's trading partners in the first half of "
     "2024, with RO 2.1 billion.", date(2024, 11, 5),
     [fact("turnover", "OMN", "IND", "2024-01-01", "2024-06-30", 2.1e9, "OMR")]),
    ("MANAMA, Nov 5 - Saudi Arabia remained at the top of the Kingdom's trading partners in 2023, with "
     "BD 3.4 billion.", date(2024, 11, 5),
     [fact("turnover", "BHR", "SAU", "2023-01-01", "2023-12-31", 3.4e9, "BHD")]),
    # near misses
    ("India topped the list of the Sultanate's trading partners in the first half of 2024, with $5.4 "
     "billion.", date(2024, 11, 5), []),
    ("India's trade reached RO 2.1 billion in the first half of 2024, the Sultanate's statistics centre "
     "said.", date(2024, 11, 5), []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), RANKED_AMONG_A_REALMS_PARTNERS)
def test_ranked_among_a_realms_partners(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A balance "with Nigeria" that names no owner, in a wire datelined in its own country, is
#: that country's: the exports and imports it is split into are the dateline country's with
#: the partner (they had been no one's). Without a dateline, or datelined in the partner, the
#: parts stay unowned.
BALANCES_OF_THE_DATELINE = [
    ("DAKAR, Oct 3 - The trade deficit with Nigeria widened to 120 billion CFA francs in the first half "
     "of 2024, with exports of 40 billion CFA francs and imports of 160 billion CFA francs.",
     date(2024, 10, 3),
     [fact("exports", "SEN", "NGA", "2024-01-01", "2024-06-30", 40e9, "XOF"),
      fact("imports", "SEN", "NGA", "2024-01-01", "2024-06-30", 160e9, "XOF")]),
    ("AMMAN, Oct 3 - The trade balance with Iraq showed a surplus of JD 310 million in January-August "
     "2024, with exports of JD 420 million and imports of JD 110 million.", date(2024, 10, 3),
     [fact("exports", "JOR", "IRQ", "2024-01-01", "2024-08-31", 420e6, "JOD"),
      fact("imports", "JOR", "IRQ", "2024-01-01", "2024-08-31", 110e6, "JOD")]),
    # near misses
    ("The trade deficit with Nigeria widened to 120 billion CFA francs in the first half of 2024, with "
     "exports of 40 billion CFA francs and imports of 160 billion CFA francs.", date(2024, 10, 3), []),
    ("ABUJA, Oct 3 - The trade deficit with Nigeria widened to 120 billion CFA francs in the first half "
     "of 2024, with exports of 40 billion CFA francs and imports of 160 billion CFA francs.",
     date(2024, 10, 3), []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), BALANCES_OF_THE_DATELINE)
def test_balances_of_the_dateline(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "exported $X worth of goods there": an adverb of place ending the goods phrase says where they
#: went, not what they were (the product had been "there"); goods named before it stay the
#: product, and a place word before the goods is no place adverb of theirs.
PLACE_ADVERBS_AFTER_GOODS = [
    ("In 2023 Georgia imported goods worth $900 million from Türkiye and exported $210 million worth of "
     "goods there.", date(2024, 3, 1),
     [fact("imports", "GEO", "TUR", "2023-01-01", "2023-12-31", 900e6, "USD"),
      fact("exports", "GEO", "TUR", "2023-01-01", "2023-12-31", 210e6, "USD")]),
    # near miss: the goods before the adverb are the product
    ("In 2023 Georgia imported goods worth $900 million from Türkiye and exported $210 million worth of "
     "wine there.", date(2024, 3, 1),
     [fact("imports", "GEO", "TUR", "2023-01-01", "2023-12-31", 900e6, "USD"),
      fact("exports", "GEO", "TUR", "2023-01-01", "2023-12-31", 210e6, "USD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PLACE_ADVERBS_AFTER_GOODS)
def test_place_adverbs_after_goods(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


def test_a_place_adverb_is_no_product() -> None:
    assert clean_product("goods there") is None
    assert clean_product("goods abroad") is None
    assert clean_product("wine there") == "wine"
