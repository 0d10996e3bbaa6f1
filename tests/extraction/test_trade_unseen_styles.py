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
from test_trade import H1, Y22, Y23, Fact, extract, fact, facts

from orchestration.extraction.pipeline import extract_document
from orchestration.extraction.text import split_sentences
from orchestration.extraction.trade import _blocs_of, extract_trade_mentions

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


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Moroccan exports to Senegal reached Dh 4.2 billion in 2023.", "MAD"),
        ("Moroccan exports to Senegal reached 4.2 billion DH in 2023.", "MAD"),
        ("Emirati exports to Kenya reached Dh 4.2 billion in 2023.", "AED"),
    ],
)
def test_dh_is_the_dirham_of_the_figures_country(text: str, currency: str) -> None:
    """ "Dh" and "DH" are the Moroccan press's dirham as much as the Emirati press's: the
    figure's countries pick which (a Moroccan figure had been in AED, and "4.2 billion DH"
    had been no amount at all)."""
    assert {f[6] for f in facts(text, date(2024, 6, 1))} == {currency}


def test_lakh_and_crore_figures_are_in_the_currency_of_the_side_that_counts_so() -> None:
    """A shared symbol ("Rs") read as one country's rupee in its own figure stays that
    country's for the next figure of the same pair, unless the next figure is counted in
    lakhs and crores, the South Asian numbering: then it is the rupee of the side that counts
    so (Pakistan's crore figure had been in Seychelles rupees)."""
    text = (
        "Seychelles' imports from Pakistan rose to Rs 900 million last year. Pakistan's purchases from "
        "Seychelles were Rs 2,450 crore in 2023. Imports from Seychelles totalled Rs 3,10,500 in January."
    )
    assert facts(text, date(2024, 5, 16)) == {
        fact("imports", "SYC", "PAK", *Y23, 900e6, "SCR"),
        fact("imports", "PAK", "SYC", *Y23, 24.5e9, "PKR"),
        fact("imports", "PAK", "SYC", "2024-01-01", "2024-01-31", 310500, "PKR"),
    }


def test_a_rupee_read_in_billions_does_not_carry_to_a_figure_counted_in_crores() -> None:
    """When both sides count in lakhs and crores, a paper that wrote its own rupee in billions
    and then counts the other side's figures in crores has switched rupee: those figures are
    the reporter's (India's crore figures had taken the Nepalese rupee of the figure before)."""
    text = (
        "KATHMANDU - Nepal's exports to India climbed to Rs 18.4 billion in 2023. India's imports from Nepal "
        "were Rs 1,150 crore that year, while its exports to Nepal came to Rs 7,420 crore."
    )
    assert facts(text, date(2024, 5, 16)) == {
        fact("exports", "NPL", "IND", *Y23, 18.4e9, "NPR"),
        fact("imports", "IND", "NPL", *Y23, 11.5e9, "INR"),
        fact("exports", "IND", "NPL", *Y23, 74.2e9, "INR"),
    }


#: "Its" opening a sentence is the one country the sentence before names, the partner aside,
#: not the dateline's country (the figure had been Namibia's exports, or dropped when its unit was
#: the named country's own).
ITS_AFTER_A_NAMED_COUNTRY = [
    ("WINDHOEK - Neighbouring Zambia faces a similar squeeze. Its copper exports to India were worth $410 "
     "million in 2023, down 8 percent.", date(2024, 3, 1),
     [fact("exports", "ZMB", "IND", *Y23, 410e6, "USD", -8.0, product=True)]),
    ("WINDHOEK - Botswana has long relied on buyers in Belgium. Its exports to Belgium reached P9.2 billion "
     "in 2023.", date(2024, 3, 1),
     [fact("exports", "BWA", "BEL", *Y23, 9.2e9, "BWP")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), ITS_AFTER_A_NAMED_COUNTRY)
def test_its_after_a_named_country(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A period written as a modifier before its noun ("first-quarter turnover") after "after" or
#: "since" opening a clause is the figure's own: the preposition governs the noun phrase, so the
#: period is no time limit (the figure had been dropped for want of a period).
PRENOMINAL_PERIODS_AFTER_A_CONJUNCTION = [
    ("LIMA - Trade between Peru and Brazil is picking up, the minister said, after second-quarter "
     "turnover climbed 6.1 per cent to $1.9 billion.", date(2024, 8, 1),
     [fact("turnover", "PER", "BRA", "2024-04-01", "2024-06-30", 1.9e9, "USD", 6.1)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PRENOMINAL_PERIODS_AFTER_A_CONJUNCTION)
def test_prenominal_periods_after_a_conjunction(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "took" or "absorbed" an amount "of <demonym> goods" is a purchase by the subject from the goods'
#: country, like "bought" (the figure had been dropped); a relative clause that tells no trade of
#: its own ("which renewed its 2016 trade treaty with Chile") gives no period to the figure.
TAKEN_GOODS = [
    ("SANTIAGO - Japan, where many copper smelters operate, took $2.3 billion of Chilean goods in the "
     "second quarter, down 4.1% from the previous quarter.", date(2024, 8, 1),
     [fact("imports", "JPN", "CHL", "2024-04-01", "2024-06-30", 2.3e9, "USD", -4.1)]),
    ("SANTIAGO - Malaysia absorbed $310 million worth of Chilean fruit in 2023.", date(2024, 8, 1),
     [fact("imports", "MYS", "CHL", *Y23, 310e6, "USD", product=True)]),
    ("SANTIAGO - Chile's exports to Japan rose to $9.4 billion in 2023. Japan, which renewed its 2016 trade "
     "treaty with Chile in March, took $2.3 billion worth of Chilean products in the first half.",
     date(2024, 8, 1),
     [fact("exports", "CHL", "JPN", *Y23, 9.4e9, "USD"), fact("imports", "JPN", "CHL", *H1, 2.3e9, "USD")]),
    # a flow word in a relative clause on the buyer, set off by its comma, is not the amount's flow
    ("SANTIAGO - Korea, where copper imports pass through a few Busan traders, took $870 million of "
     "Chilean goods in 2023.", date(2024, 8, 1),
     [fact("imports", "KOR", "CHL", *Y23, 870e6, "USD")]),
    # the goods named for their country are the figure's product, as after "bought ... worth of"
    ("SANTIAGO - Korea took $440 million of Chilean cherries in 2023.", date(2024, 8, 1),
     [fact("imports", "KOR", "CHL", *Y23, 440e6, "USD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), TAKEN_GOODS)
def test_goods_taken_by_a_buyer(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A ranking of partners with the amount after the ranked country: the countries listed
#: after the amount ("followed by Russia ($1.9 billion)") are more partners of the same
#: home, not the sides of the first figure; a next sentence listing "Country (amount)" goes
#: on with the ranking; "the main source of X's imports" ranks X's suppliers; goods "overall"
#: are a total with the world.
RANKED_PARTNERS_AND_SOURCES = [
    ("Mongolia's foreign trade reached $12.4 billion in the first ten months of 2023. China was "
     "Mongolia's largest trading partner over the period, with turnover of $8.9 billion, or 71% of the "
     "total, followed by Russia ($1.9 billion) and South Korea ($480 million). The top five also included "
     "Japan ($410 million) and Germany ($230 million). Coal exports overall brought in $5.8 billion.",
     date(2023, 11, 20),
     [fact("turnover", "MNG", "CHN", "2023-01-01", "2023-10-31", 8.9e9, "USD"),
      fact("turnover", "MNG", "RUS", "2023-01-01", "2023-10-31", 1.9e9, "USD"),
      fact("turnover", "MNG", "KOR", "2023-01-01", "2023-10-31", 480e6, "USD"),
      fact("turnover", "MNG", "JPN", "2023-01-01", "2023-10-31", 410e6, "USD"),
      fact("turnover", "MNG", "DEU", "2023-01-01", "2023-10-31", 230e6, "USD")]),
    ("Malawi's exports to Mozambique rose to K120 billion in 2023. Tanzania remained the largest source of "
     "Malawi's imports, with goods worth K310 billion arriving over the year, mostly fuel and fertiliser.",
     date(2024, 3, 1),
     [fact("exports", "MWI", "MOZ", *Y23, 120e9, "MWK"), fact("imports", "MWI", "TZA", *Y23, 310e9, "MWK")]),
    ("Egypt's exports to Sudan rose to $1.1 billion in 2023. Saudi Arabia was the main source of the "
     "country's imports, with purchases worth $6 billion.", date(2024, 3, 1),
     [fact("exports", "EGY", "SDN", *Y23, 1.1e9, "USD"), fact("imports", "EGY", "SAU", *Y23, 6e9, "USD")]),
    # "overall" after the flow noun is a world total too
    ("Peru's exports to Chile reached $2.2 billion in 2023. Copper shipments overall earned $19 billion.",
     date(2024, 3, 1), [fact("exports", "PER", "CHL", *Y23, 2.2e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), RANKED_PARTNERS_AND_SOURCES)
def test_ranked_partners_and_sources(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A period named in another calendar and spelled out in parentheses ("the first half of the
#: Ethiopian fiscal year (July 8-January 8)") is the dates in the parentheses; "the six-month
#: period" after it is that run of days. A flow verb right after ", which" belongs to the
#: country before it, and the goods' owner named after the amount is the origin.
SPELLED_OUT_PERIODS_AND_RELATIVE_BUYERS = [
    ("Ethiopia's exports to Djibouti reached $210 million in the first half of the Ethiopian fiscal year "
     "(July 8-January 8), the customs commission said. Imports from Djibouti stood at $95 million in the "
     "six-month period.", date(2024, 2, 1),
     [fact("exports", "ETH", "DJI", "2023-07-08", "2024-01-08", 210e6, "USD"),
      fact("imports", "ETH", "DJI", "2023-07-08", "2024-01-08", 95e6, "USD")]),
    ("Brazil's exports to Chile reached $9.1 billion in 2023. Chile ranked behind Argentina, which bought "
     "$16.7 billion of Brazilian goods.", date(2024, 2, 1),
     [fact("exports", "BRA", "CHL", *Y23, 9.1e9, "USD"),
      fact("imports", "ARG", "BRA", *Y23, 16.7e9, "USD")]),
    ("Kenya's exports to Uganda rose to $1.1 billion in 2023. Uganda was Kenya's top market, ahead of "
     "Tanzania, which bought $480 million of Kenyan farm goods.", date(2024, 2, 1),
     [fact("exports", "KEN", "UGA", *Y23, 1.1e9, "USD"),
      fact("imports", "TZA", "KEN", *Y23, 480e6, "USD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), SPELLED_OUT_PERIODS_AND_RELATIVE_BUYERS)
def test_spelled_out_periods_and_relative_buyers(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A market ranking (customer, buyer, market, supplier) with the country ranked next and an
#: amount in parentheses after it ("X was Y's largest customer, ahead of Z (amount)") gives the
#: amount to Z, as a ranking of trading partners does, not to the first-ranked X.
MARKET_RANKINGS_WITH_THE_NEXT_IN_PARENTHESES = [
    ("Chile's exports to China rose to US$ 38.2 billion in 2023. Japan was Chile's second-largest buyer, "
     "ahead of South Korea (US$ 6.1 billion).", date(2024, 2, 1),
     [fact("exports", "CHL", "CHN", *Y23, 38.2e9, "USD"), fact("exports", "CHL", "KOR", *Y23, 6.1e9, "USD")]),
    ("Poland's imports from Germany came to PLN 410 billion in 2023. Germany was Poland's largest supplier, "
     "well ahead of China (PLN 140 billion).", date(2024, 2, 1),
     [fact("imports", "POL", "DEU", *Y23, 410e9, "PLN"), fact("imports", "POL", "CHN", *Y23, 140e9, "PLN")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), MARKET_RANKINGS_WITH_THE_NEXT_IN_PARENTHESES)
def test_market_rankings_with_the_next_in_parentheses(
    text: str, published: date, expected: list[Fact]
) -> None:
    assert facts(text, published) == set(expected)


#: A country's percentage of a flow ("X took N% of Y's exports", "made up a fifth of Y's
#: imports") is a share with no amount: the amount after the country ranked next ("followed
#: by Z (amount)", "ahead of Z (amount)", "trailed by Z at amount") is Z's, not X's; a bloc
#: ranked next has no figure, the list goes on after it. A country in parentheses that is the
#: flow's own partner ("52% of A's exports to B (amount)") keeps the amount.
SHARES_FOLLOWED_BY_A_RANKED_AMOUNT = [
    ("Germany took 21.4% of Austria's exports in 2023, ahead of Italy (EUR 12.3 billion) and the United "
     "States (EUR 11.9 billion).", date(2024, 5, 2),
     [fact("exports", "AUT", "ITA", *Y23, 12.3e9, "EUR"),
      fact("exports", "AUT", "USA", *Y23, 11.9e9, "EUR")]),
    ("Vietnam absorbed 17 percent of Korean shipments abroad in 2023, trailed by Japan at $29.1 billion.",
     date(2024, 5, 2),
     [fact("exports", "KOR", "JPN", *Y23, 29.1e9, "USD")]),
    ("India made up a fifth of Nepal's imports in 2023, followed by China with $2.1 billion.",
     date(2024, 5, 2),
     [fact("imports", "NPL", "CHN", *Y23, 2.1e9, "USD")]),
    # any noun of a part, as for a whole before the goods and a whole around the amount
    ("India made up a large portion of Nepal's imports in 2023, followed by China with $2.1 billion.",
     date(2024, 5, 2),
     [fact("imports", "NPL", "CHN", *Y23, 2.1e9, "USD")]),
    ("Canada took 41% of Mexican imports in 2023, followed by the European Union ($48.2 billion) and Japan "
     "($21.4 billion).", date(2024, 5, 2),
     [fact("imports", "MEX", "JPN", *Y23, 21.4e9, "USD")]),
    ("Copper made up 52% of Chile's exports to China (US$ 20.1 billion) in 2023.", date(2024, 5, 2),
     [fact("exports", "CHL", "CHN", *Y23, 20.1e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), SHARES_FOLLOWED_BY_A_RANKED_AMOUNT)
def test_shares_followed_by_a_ranked_amount(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A flow with goods and no partner ("Gold exports totaled ...", "Exports of cotton reached
#: ...") right after a figure of the other flow of a pair is the goods' total with the world:
#: it is not read as the pair's, as the bare other flow is ("Exports stood at ...").
GOODS_OF_THE_OTHER_FLOW_WITHOUT_A_PARTNER = [
    ("Ghana's imports from India were $2.3 billion in 2023. Cocoa exports totalled $3.6 billion.",
     date(2024, 3, 1),
     [fact("imports", "GHA", "IND", *Y23, 2.3e9, "USD")]),
    ("Kazakhstan's exports to China rose to $15.2 billion in 2023. Imports of machinery reached $4.4 "
     "billion.",
     date(2024, 3, 1),
     [fact("exports", "KAZ", "CHN", *Y23, 15.2e9, "USD")]),
    ("Ghana's imports from India were $2.3 billion in 2023. Exports stood at $1.2 billion.", date(2024, 3, 1),
     [fact("imports", "GHA", "IND", *Y23, 2.3e9, "USD"), fact("exports", "GHA", "IND", *Y23, 1.2e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), GOODS_OF_THE_OTHER_FLOW_WITHOUT_A_PARTNER)
def test_goods_of_the_other_flow_without_a_partner(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A gapped list whose first item is a bloc ("exports to ASEAN reached $A, to Japan $B and to
#: Korea $C") keeps the countries after the bloc: the bloc's total is no figure, the items after
#: it are each their country's; a bloc listed with a country before one amount is still a total.
GAPPED_LISTS_OPENED_BY_A_BLOC = [
    ("Vietnam's exports to ASEAN reached $30 billion in 2023, to Japan $24 billion and to South Korea $25 "
     "billion.", date(2024, 3, 1),
     [fact("exports", "VNM", "JPN", *Y23, 24e9, "USD"), fact("exports", "VNM", "KOR", *Y23, 25e9, "USD")]),
    ("Ghana's cocoa exports to the European Union were worth $1.9 billion in 2023 and to Malaysia $410 "
     "million.", date(2024, 3, 1),
     [fact("exports", "GHA", "MYS", *Y23, 410e6, "USD", product=True)]),
    ("Kenya's imports from the EU and China reached $5 billion in 2023.", date(2024, 3, 1), []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), GAPPED_LISTS_OPENED_BY_A_BLOC)
def test_gapped_lists_opened_by_a_bloc(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A ranking told on in a sentence of its own that opens on the place ("Next came X ($N), Y
#: ($N)", "Then came X with $N", "In second place was X at $N") goes on with the flow and
#: reporter of the figure before; an amount of something else after "Next came" is no item.
RANKINGS_OPENED_BY_THE_PLACE = [
    ("Turkey's imports from Russia reached $45 billion in 2023. Next came China with $44.9 billion.",
     date(2024, 3, 1),
     [fact("imports", "TUR", "RUS", *Y23, 45e9, "USD"), fact("imports", "TUR", "CHN", *Y23, 44.9e9, "USD")]),
    ("Chile's exports to China reached $38 billion in 2023. Then came the United States ($16 billion) and "
     "Japan ($7 billion).", date(2024, 3, 1),
     [fact("exports", "CHL", "CHN", *Y23, 38e9, "USD"), fact("exports", "CHL", "USA", *Y23, 16e9, "USD"),
      fact("exports", "CHL", "JPN", *Y23, 7e9, "USD")]),
    ("Kenya's exports to Uganda rose to $980 million in 2023. In second place was Tanzania at $410 million.",
     date(2024, 3, 1),
     [fact("exports", "KEN", "UGA", *Y23, 980e6, "USD"), fact("exports", "KEN", "TZA", *Y23, 410e6, "USD")]),
    ("Chile's exports to China reached $38 billion in 2023. Next came a $2 billion loan from the World Bank.",
     date(2024, 3, 1),
     [fact("exports", "CHL", "CHN", *Y23, 38e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), RANKINGS_OPENED_BY_THE_PLACE)
def test_rankings_opened_by_the_place(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A sentence opened on the figure before ("Of this total, ...", "Out of this, ...", "Of that
#: figure, ...") with goods as the subject of a share verb is that figure's part, with those
#: goods (an aside between dashes, also "--", is no part of them).
PARTS_OPENED_ON_THE_TOTAL = [
    ("Ghana's imports from China were $9.1 billion in 2023. Out of this, machinery and equipment made up "
     "$2.2 billion.", date(2024, 3, 1),
     [fact("imports", "GHA", "CHN", *Y23, 9.1e9, "USD"),
      fact("imports", "GHA", "CHN", *Y23, 2.2e9, "USD", product=True)]),
    ("Bolivia's exports to Argentina reached $1.9 billion in 2023. Of that figure, natural gas -- mostly "
     "from Tarija -- represented $1.4 billion.", date(2024, 3, 1),
     [fact("exports", "BOL", "ARG", *Y23, 1.9e9, "USD"),
      fact("exports", "BOL", "ARG", *Y23, 1.4e9, "USD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PARTS_OPENED_ON_THE_TOTAL)
def test_parts_opened_on_the_total(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A ranking in a sentence introduced as about investment ("In foreign direct investment, X
#: came first with ..., followed by Y with ...", "As for investment, ...") ranks investors: its
#: amounts are no trade, even right after a ranking of the story's trading partners.
RANKINGS_INTRODUCED_AS_INVESTMENT = [
    ("Vietnam's exports to the United States rose to $97 billion in 2023. The United States came first "
     "among Vietnam's customers, ahead of China ($61 billion). In foreign direct investment, Singapore came "
     "first with $6.8 billion, followed by Japan with $3.9 billion.", date(2024, 2, 1),
     [fact("exports", "VNM", "USA", *Y23, 97e9, "USD"), fact("exports", "VNM", "CHN", *Y23, 61e9, "USD")]),
    ("Kenya's exports to Uganda rose to $1.1 billion in 2023. Uganda came first among Kenya's customers, "
     "ahead of Tanzania ($0.9 billion). As for investment, Britain led with $310 million, followed by "
     "India with $150 million.", date(2024, 2, 1),
     [fact("exports", "KEN", "UGA", *Y23, 1.1e9, "USD"), fact("exports", "KEN", "TZA", *Y23, 0.9e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), RANKINGS_INTRODUCED_AS_INVESTMENT)
def test_rankings_introduced_as_investment(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A place in a ranking right after a figure the foreign side reports with the story's home
#: country as partner ("ACCRA - Burkina Faso bought cocoa ... from Ghana, and Togo was second
#: with ...") ranks the home country's buyers: the ranked country takes the foreign reporter's
#: place, with the figure's goods, not the home country's partner's place.
RANKED_AFTER_A_FOREIGN_REPORTER = [
    ("ACCRA - Burkina Faso bought cocoa worth GH₵ 4.1 billion from Ghana last year, and Togo was second "
     "with GH₵ 2.3 billion.", date(2024, 5, 2),
     [fact("imports", "BFA", "GHA", *Y23, 4.1e9, "GHS", product=True),
      fact("exports", "GHA", "TGO", *Y23, 2.3e9, "GHS", product=True)]),
    ("HANOI - The Philippines imported rice worth $2.9 billion from Vietnam in 2023. Indonesia came second "
     "with $1.2 billion.", date(2024, 2, 1),
     [fact("imports", "PHL", "VNM", *Y23, 2.9e9, "USD", product=True),
      fact("exports", "VNM", "IDN", *Y23, 1.2e9, "USD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), RANKED_AFTER_A_FOREIGN_REPORTER)
def test_ranked_after_a_foreign_reporter(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: UK and Commonwealth statistics write rolling totals: "the four quarters through the end
#: of the second quarter of 2024" is the twelve months to June 2024, and "over the same period"
#: after it is that same run.
ROLLING_QUARTERS = [
    ("Canada's goods exports to Britain climbed 9 per cent to C$21.3bn in the four quarters through the end "
     "of the second quarter of 2024, Statistics Canada said. Imports from Britain came to C$14.8bn over the "
     "same period.", date(2024, 9, 12),
     [fact("exports", "CAN", "GBR", "2023-07-01", "2024-06-30", 21.3e9, "CAD", 9.0),
      fact("imports", "CAN", "GBR", "2023-07-01", "2024-06-30", 14.8e9, "CAD")]),
    # "annual" after a month's figure: the twelve months to that month
    ("Australia's goods exports to Japan were A$5.1 billion in March 2024. Annual exports to Japan were "
     "A$66 billion.", date(2024, 5, 2),
     [fact("exports", "AUS", "JPN", "2024-03-01", "2024-03-31", 5.1e9, "AUD"),
      fact("exports", "AUS", "JPN", "2023-04-01", "2024-03-31", 66e9, "AUD")]),
    # ... also when the month is the sentence's own
    ("In March 2024, Australia's exports to Japan were A$5.1 billion, bringing annual exports to A$66 "
     "billion.", date(2024, 5, 2),
     [fact("exports", "AUS", "JPN", "2024-03-01", "2024-03-31", 5.1e9, "AUD"),
      fact("exports", "AUS", "JPN", "2023-04-01", "2024-03-31", 66e9, "AUD")]),
    # ... and "over the same period" after a half: the twelve months to its end, not the half
    ("Australia's goods exports to Japan were A$33 billion in the first half of 2024. Annual exports to "
     "Japan over the same period were A$66 billion.", date(2024, 8, 2),
     [fact("exports", "AUS", "JPN", "2024-01-01", "2024-06-30", 33e9, "AUD"),
      fact("exports", "AUS", "JPN", "2023-07-01", "2024-06-30", 66e9, "AUD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), ROLLING_QUARTERS)
def test_rolling_quarters(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: Parts, asides and descriptions: goods that "accounted for" an amount keep their name past
#: an acronym and "its"; a balance "leaving a deficit" after a comma is not the head of the
#: import figure before it; "the Andean country" after "Peru overtook Brazil as Chile's ...
#: market" is Peru; a change for a bloc ("the euro area") is nobody's bilateral change; one
#: side's flow right after the pair's turnover, smaller than it, is a part of it, but a
#: larger one is a total with the world.
PARTS_ASIDES_AND_DESCRIPTIONS = [
    ("Malaysia's exports to Vietnam reached RM21 billion in 2023. Liquefied natural gas (LNG) and its "
     "derivatives accounted for RM4.2 billion of the shipments to Vietnam.", date(2024, 3, 1),
     [fact("exports", "MYS", "VNM", *Y23, 21e9, "MYR"),
      fact("exports", "MYS", "VNM", *Y23, 4.2e9, "MYR", product=True)]),
    ("Imports from China, Chile's largest supplier, rose 5 percent to $18.2 billion in 2023, leaving a "
     "deficit of $2.1 billion in trade with China.", date(2024, 3, 1),
     [fact("imports", "CHL", "CHN", *Y23, 18.2e9, "USD", 5.0)]),
    ("Chile's exports to Brazil reached $6.1 billion in 2023. Peru overtook Brazil as Chile's "
     "third-largest export market, with exports to the Andean country totalling $6.4 billion last year. "
     "Exports to the euro area fell 4.1 percent.", date(2024, 3, 1),
     [fact("exports", "CHL", "BRA", *Y23, 6.1e9, "USD"), fact("exports", "CHL", "PER", *Y23, 6.4e9, "USD")]),
    ("In 2023, Georgia-Moldova trade rose 1.4 times to $41.2 million. Georgian exports amounted to $29.8 "
     "million.", date(2024, 3, 1),
     [fact("turnover", "GEO", "MDA", *Y23, 41.2e6, "USD", 40.0),
      fact("exports", "GEO", "MDA", *Y23, 29.8e6, "USD")]),
    ("In 2023, Serbia-Hungary trade rose to $5.2 billion. Serbian exports amounted to $7.9 billion.",
     date(2024, 3, 1), [fact("turnover", "SRB", "HUN", *Y23, 5.2e9, "USD")]),
    # "its southern neighbour" is the other side of the subject, not the subject itself
    ("Kenya imported goods worth $1.9 billion from Tanzania in 2023, while shipments to its "
     "southern neighbour came to $700 million.", date(2024, 3, 1),
     [fact("imports", "KEN", "TZA", *Y23, 1.9e9, "USD"), fact("exports", "KEN", "TZA", *Y23, 700e6, "USD")]),
    # a source of investment ranks no supplier; a source of "Kenyan imports" does
    ("Egypt's imports from the UAE reached $4.2 billion in 2023. The UAE also ranked as the third-biggest "
     "source of direct investment in Egypt in 2023, with inflows of $2.1 billion, while tourism receipts "
     "from Emiratis are put at $500 million.", date(2024, 3, 1),
     [fact("imports", "EGY", "ARE", *Y23, 4.2e9, "USD")]),
    ("Kenya's exports to Rwanda rose to $600 million in 2023. Uganda remained the largest source of Kenyan "
     "imports, with purchases worth $1.1 billion.", date(2024, 3, 1),
     [fact("exports", "KEN", "RWA", *Y23, 600e6, "USD"), fact("imports", "KEN", "UGA", *Y23, 1.1e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PARTS_ASIDES_AND_DESCRIPTIONS)
def test_parts_asides_and_descriptions(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: Goods in transit through a country, on their way between two others, are no trade of
#: that country with the goods' owner.
TRANSIT_IS_NO_BILATERAL_TRADE = [
    ("Uzbekistan's exports to Kazakhstan rose to $1.6 billion in 2023. Uzbek transit trade across "
     "Kazakh territory jumped 18 percent to $2.3 billion, while transshipments at Aktau port reached "
     "$400 million.", date(2024, 3, 1),
     [fact("exports", "UZB", "KAZ", *Y23, 1.6e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), TRANSIT_IS_NO_BILATERAL_TRADE)
def test_transit_is_no_bilateral_trade(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


def _currencies(text: str, url: str | None) -> list[str]:
    found = extract_trade_mentions(text, split_sentences(text), date(2024, 3, 1), url)
    return [m.currency for m in found]


_KIWI = "New Zealand's exports to China reached $19.6 billion in 2023, Stats NZ said."


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        # a story without a dateline at an address in a dollar country's domain: its dollar
        (_KIWI, "https://www.stuff.co.nz/business/350000001/exports", ["NZD"]),
        ("Canada's imports from Mexico totalled $48 billion last year.", "http://example.ca/news/1", ["CAD"]),
        # any other address, or wire copy: the US dollar
        (_KIWI, "https://www.example.com/nz/exports", ["USD"]),
        # no address, no dateline: the dollar of the statistics office it quotes (Stats NZ's)
        (_KIWI, None, ["NZD"]),
        ("(Reuters) - " + _KIWI, "https://nz.example.co.nz/world", ["USD"]),
        # the story writes its own dollar explicitly, so a bare "$" is the US dollar
        (_KIWI + " Dairy sales alone were worth NZ$9 billion.", "https://www.stuff.co.nz/b", ["USD"]),
        # neither side is the domain's country
        ("Japan's exports to China fell to $126 billion in 2023.", "https://www.abc.net.au/news/x", ["USD"]),
        # a national outlet on a generic domain is local press as a country-code domain is
        # (lexicons/outlets.tsv; its "$" had been the US dollar)
        ("Singapore's exports to Indonesia rose to $31 billion in 2023.", "https://www.straitstimes.com/b/x",
         ["SGD"]),
        # a Brunei dateline: its press's "$" at a Brunei address or none, a foreign agency's at its own
        ("BANDAR SERI BEGAWAN, May 2 - Brunei's exports to Japan rose to $1.2 billion in 2024.",
         "https://borneobulletin.com.bn/x", ["BND"]),
        ("BANDAR SERI BEGAWAN, May 2 - Brunei's exports to Japan rose to $1.2 billion in 2024.",
         "https://www.wam.ae/2024/05/02/x", ["USD"]),
    ],
)  # fmt: skip
def test_a_bare_dollar_at_a_local_address_is_the_local_dollar(
    text: str, url: str | None, expected: list[str]
) -> None:
    assert _currencies(text, url) == expected


_CANUCK = "Canada's exports to Chile rose 7 per cent to $3.4 billion in 2023, Statistics Canada said."


@pytest.mark.parametrize(
    ("text", "url", "source", "expected"),
    [
        # a dollar country's outlet on a generic domain (its "$" had been the US dollar)
        (_CANUCK, "https://www.theglobeandmail.com/business/article-chile/", None, ["CAD"]),
        (_CANUCK, "https://financialpost.com/news/economy/chile-trade", None, ["CAD"]),
        ("Jamaica's imports from Panama rose to $41.2 billion in 2023.", "https://jamaica-gleaner.com/a/x",
         None, ["JMD"]),
        # no address: the outlet the source header names
        (_CANUCK, None, "The Globe and Mail", ["CAD"]),
        ("Fiji's exports to Tonga reached $58.6 million in 2023.", None, "The Fiji Times", ["FJD"]),
        ("Singapore's exports to Vietnam rose to $12.2 billion in 2023.", None, "the straits  times",
         ["SGD"]),
        # a source of no dollar country, one several outlets share, or a wire: the US dollar
        (_CANUCK, None, "Reuters", ["USD"]),
        ("Australia's exports to Chile rose to $1.1 billion in 2023.", None, "ABC News", ["USD"]),
        (_CANUCK, None, "The Globe and Mail Weekly Digest", ["USD"]),
        # an address of another country wins over the header's outlet
        (_CANUCK, "https://www.example.cl/x", "The Globe and Mail", ["USD"]),
        # the US dollar written as such stays it
        ("Canada's exports to Chile rose to US$3.4 billion in 2023.", None, "The Globe and Mail", ["USD"]),
        # figures the story quotes from the US statistics are US dollars (they had been Canadian)
        ("Canada's exports to the United States rose to $594 billion in 2023, according to U.S. Census "
         "Bureau data.", "https://www.cbc.ca/news/business/x", None, ["USD"]),
        ("Canada's exports to the United States rose to $594 billion in 2023, Statistics Canada said.",
         "https://www.cbc.ca/news/business/x", None, ["CAD"]),
    ],
)  # fmt: skip
def test_a_bare_dollar_of_a_dollar_countrys_outlet_is_its_dollar(
    text: str, url: str | None, source: str | None, expected: list[str]
) -> None:
    """A bare "$" follows the outlet as it follows a dateline city: an outlet of a dollar
    country on a generic domain ("theglobeandmail.com"), or, with no address, the outlet a
    `source` header names ("The Globe and Mail"); US statistics stay in US dollars."""
    found = extract_document(text, date(2024, 3, 1), None, url, None, source).trade_mentions
    assert [m.currency for m in found] == expected


#: Iranian customs figures run by the solar hijri year; "the five-month period" after them
#: is the same run of days.
IRANIAN_YEARS = [
    ("Iran's non-oil exports to Turkey rose 11 percent to $2.9 billion in the first five months of this "
     "Iranian calendar year, customs data showed. Imports from Turkey reached $1.7 billion in the "
     "five-month period.", date(2024, 9, 2),
     [fact("exports", "IRN", "TUR", "2024-03-20", "2024-08-21", 2.9e9, "USD", 11.0, product=True),
      fact("imports", "IRN", "TUR", "2024-03-20", "2024-08-21", 1.7e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), IRANIAN_YEARS)
def test_iranian_years(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A currency abbreviation with a stop ("Rs.", "Shs.", "Kshs.") does not end the sentence before
#: its number; a period closing the sentence after a comma dates every amount before it.
ABBREVIATED_UNITS_AND_CLOSING_PERIODS = [
    ("Sri Lanka's exports to the Maldives earned Rs. 52 billion in 2023, officials said.", date(2024, 2, 1),
     [fact("exports", "LKA", "MDV", *Y23, 52e9, "LKR")]),
    # nor does it end a gapped partner's name: "to Bhutan Rs. 9 billion" is Bhutan's amount
    ("Nepal's exports to India reached Rs. 21.4 billion in 2023 and to Bhutan Rs. 9.6 billion.",
     date(2024, 2, 1),
     [fact("exports", "NPL", "IND", *Y23, 21.4e9, "NPR"),
      fact("exports", "NPL", "BTN", *Y23, 9.6e9, "NPR")]),
    ("Kenya's imports from Japan came to Kshs. 61.2 billion in 2023, and from India Kshs. 48.5 billion.",
     date(2024, 2, 1),
     [fact("imports", "KEN", "JPN", *Y23, 61.2e9, "KES"),
      fact("imports", "KEN", "IND", *Y23, 48.5e9, "KES")]),
    ("Exports from Tajikistan to Uzbekistan came to $112 million, and imports from Uzbekistan to $290 "
     "million, in January-September 2023.", date(2023, 10, 20),
     [fact("exports", "TJK", "UZB", "2023-01-01", "2023-09-30", 112e6, "USD"),
      fact("imports", "TJK", "UZB", "2023-01-01", "2023-09-30", 290e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), ABBREVIATED_UNITS_AND_CLOSING_PERIODS)
def test_abbreviated_units_and_closing_periods(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A demonym after "of" that modifies a flow noun ("the value of Philippine exports") says
#: whose flow it is, as "Philippine exports" alone does; after a story about other countries
#: it is not left to the story's salience. Before a product ("imports of Chinese steel") it
#: still names where the goods come from.
DEMONYMS_OWNING_A_FLOW_AFTER_OF = [
    ("Poland's exports to Ukraine grew to PLN 40 billion last year. The value of Philippine exports to "
     "Japan fell 3.1 percent to $1.05 billion in January.", date(2025, 3, 14),
     [fact("exports", "POL", "UKR", "2024-01-01", "2024-12-31", 40e9, "PLN"),
      fact("exports", "PHL", "JPN", "2025-01-01", "2025-01-31", 1.05e9, "USD", -3.1)]),
    ("Ghana's imports from Nigeria reached $300 million in 2023. The bulk of Senegalese shipments to Mali "
     "was cement, worth $210 million in 2023.", date(2024, 4, 2),
     [fact("imports", "GHA", "NGA", *Y23, 300e6, "USD"),
      fact("exports", "SEN", "MLI", *Y23, 210e6, "USD")]),
    ("Imports of Chinese steel to Vietnam rose 20 percent to $5 billion in 2023.", date(2024, 2, 1),
     [fact("imports", "VNM", "CHN", *Y23, 5e9, "USD", 20.0, product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), DEMONYMS_OWNING_A_FLOW_AFTER_OF)
def test_demonyms_owning_a_flow_after_of(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A story that moves on to another pair of countries leaves the old pair behind: a flow
#: stated without countries ("Imports were ...", "as imports climbed ...") belongs to the
#: pair named last, whether by a figure or by a balance ("Egypt's deficit with China"),
#: never to the flows of the pair before.
STORIES_MOVING_TO_ANOTHER_PAIR = [
    ("Bilateral trade between Russia and India reached a record $65 billion in 2023. Egypt's exports to "
     "China reached $2 billion in 2023. Imports were $13.9 billion.", date(2024, 3, 1),
     [fact("turnover", "RUS", "IND", *Y23, 65e9, "USD"),
      fact("exports", "EGY", "CHN", *Y23, 2e9, "USD"),
      fact("imports", "EGY", "CHN", *Y23, 13.9e9, "USD")]),
    ("Bilateral trade between Russia and India reached a record $65 billion in 2023. Egypt's trade "
     "deficit with China widened to $11.2 billion in 2023 as imports climbed 6 per cent to $13.9 "
     "billion.", date(2024, 3, 1),
     [fact("turnover", "RUS", "IND", *Y23, 65e9, "USD"),
      fact("imports", "EGY", "CHN", *Y23, 13.9e9, "USD", 6.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), STORIES_MOVING_TO_ANOTHER_PAIR)
def test_stories_moving_to_another_pair(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "Bilateral trade" in a sentence that names two countries itself, in a title and a place
#: ("hosted Jordanian Foreign Minister ... in Ankara"), is those two countries' trade, not
#: the pair the rest of the story is about.
BILATERAL_IN_A_SENTENCE_OF_ITS_OWN = [
    ("Türkiye's exports to Egypt rose 8% to $4.3 billion in 2024, while imports from Egypt were $3.1 "
     "billion. Fidan on Tuesday hosted Jordanian Foreign Minister Ayman Safadi in Ankara, where they "
     "discussed bilateral trade, which stood at $1.2 billion last year.", date(2025, 2, 20),
     [fact("exports", "TUR", "EGY", "2024-01-01", "2024-12-31", 4.3e9, "USD", 8.0),
      fact("imports", "TUR", "EGY", "2024-01-01", "2024-12-31", 3.1e9, "USD"),
      fact("turnover", "TUR", "JOR", "2024-01-01", "2024-12-31", 1.2e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), BILATERAL_IN_A_SENTENCE_OF_ITS_OWN)
def test_bilateral_in_a_sentence_of_its_own(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "The two countries" stands for countries told as a pair: a figure of another pair told in the
#: sentence before only as a flow's two sides ("Spain's imports from Algeria fell ...") is an aside,
#: and the anaphor is the pair of the story's first figure (it had been Spain and Algeria).
TWO_COUNTRIES_AFTER_AN_ASIDE = [
    ("Morocco's exports to Spain reached €9.8 billion in 2023. Spain's imports from Algeria fell 12% to "
     "€6.1 billion in 2023. In the first half of this year, trade between the two countries came to "
     "€11.2 billion.", date(2024, 9, 10),
     [fact("exports", "MAR", "ESP", *Y23, 9.8e9, "EUR"),
      fact("imports", "ESP", "DZA", *Y23, 6.1e9, "EUR", -12.0),
      fact("turnover", "MAR", "ESP", "2024-01-01", "2024-06-30", 11.2e9, "EUR")]),
    ("Uruguay's exports to Brazil were $2.3 billion last year, the agency said. Brazil's exports to "
     "Argentina, meanwhile, climbed 4% to $16.7 billion. Two-way trade between both nations rose 6% "
     "to $1.4 billion in the first quarter.", date(2024, 5, 2),
     [fact("exports", "URY", "BRA", *Y23, 2.3e9, "USD"),
      fact("exports", "BRA", "ARG", *Y23, 16.7e9, "USD", 4.0),
      fact("turnover", "URY", "BRA", "2024-01-01", "2024-03-31", 1.4e9, "USD", 6.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), TWO_COUNTRIES_AFTER_AN_ASIDE)
def test_two_countries_after_an_aside_are_the_story_pair(
    text: str, published: date, expected: list[Fact]
) -> None:
    assert facts(text, published) == set(expected)


#: "The two countries" reaches back past sentences that name no country to the last that names
#: some: talks told after an aside pair's figure name the pair the anaphor stands for (it had
#: been the aside's, Peru and China).
TWO_COUNTRIES_PAST_A_SENTENCE_NAMING_NONE = [
    ("Peru's exports to South Korea rose 9% to $3.4 billion in 2023, while imports from China grew "
     "4% to $16.2 billion. Foreign Minister Elmer Schialer held talks with Korean Foreign Minister "
     "Cho Tae-yul in Seoul on Monday to seek support for Lima's bid. The ministry expects a decision "
     "by October. Commerce between the two countries totaled $5.1 billion last year.",
     date(2024, 6, 12),
     [fact("exports", "PER", "KOR", *Y23, 3.4e9, "USD", 9.0),
      fact("imports", "PER", "CHN", *Y23, 16.2e9, "USD", 4.0),
      fact("turnover", "PER", "KOR", *Y23, 5.1e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), TWO_COUNTRIES_PAST_A_SENTENCE_NAMING_NONE)
def test_two_countries_past_a_sentence_naming_none(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "The two countries" after a sentence that names a third country only as the place where
#: someone is ("who is in Brazil for the summit", "at talks in Nairobi") are the two sides it
#: leaves: the place is the meeting's scene (the turnover had been given the place's country).
TWO_COUNTRIES_MET_IN_A_THIRD = [
    ("Paraguayan President Lucas Moreno, who is in Brazil for a regional summit, met with the Prime "
     "Minister of Portugal on Tuesday. He said trade between the two countries grew 12% last year to "
     "$310 million.", date(2024, 7, 10),
     [fact("turnover", "PRY", "PRT", *Y23, 310e6, "USD", 12.0)]),
    ("Ghana's foreign minister held talks with her Jamaican counterpart at the Commonwealth meeting in "
     "Nairobi, Kenya. Commerce between both nations reached $48 million in 2023.", date(2024, 5, 3),
     [fact("turnover", "GHA", "JAM", *Y23, 48e6, "USD")]),
    # the visitor's country left unstated: the dateline's, not the one he is staying in (the
    # turnover had been Morocco's with Peru)
    ("LIMA, Peru - Trade Minister Ana Robles, who is in Rabat, Morocco, for an investment forum, met "
     "Senegalese Commerce Minister Ibrahima Diallo on Tuesday. She said trade between the two countries "
     "totalled $64 million in 2023.", date(2024, 6, 12),
     [fact("turnover", "PER", "SEN", *Y23, 64e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), TWO_COUNTRIES_MET_IN_A_THIRD)
def test_two_countries_met_in_a_third(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: The figure compared with is often written without its unit ("98 billion CFA francs in
#: 2024, against 85 billion in 2023"): it is a fact of its own, in the same currency.
COMPARISONS_WITHOUT_A_UNIT = [
    ("DAKAR - Trade between Senegal and Morocco amounted to 98 billion CFA francs in 2024, against 85 "
     "billion in 2023, according to the statistics agency.", date(2025, 6, 12),
     [fact("turnover", "SEN", "MAR", "2024-01-01", "2024-12-31", 98e9, "XOF"),
      fact("turnover", "SEN", "MAR", *Y23, 85e9, "XOF")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), COMPARISONS_WITHOUT_A_UNIT)
def test_comparisons_without_a_unit(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "Total trade between the two countries" is the pair's total, not one with the world: a
#: world word said of the pair ("total", "overall") and a region's adjective describing it
#: ("the two West African neighbours", "both Gulf states") name no world or bloc partner.
TOTALS_OF_THE_PAIR = [
    ("ABUJA - Nigeria's non-oil exports to Ghana rose by 23.4 per cent to N412.6 billion in the third "
     "quarter of 2024, the export council said on Sunday. Total trade between the two West African "
     "neighbours stood at N1.3 trillion in the quarter, its chief executive told journalists.",
     date(2024, 11, 3),
     [fact("exports", "NGA", "GHA", "2024-07-01", "2024-09-30", 412.6e9, "NGN", 23.4, True),
      fact("turnover", "NGA", "GHA", "2024-07-01", "2024-09-30", 1.3e12, "NGN")]),
    ("Oman's exports to Qatar reached $1.1 billion in 2023. Overall trade between both Gulf states "
     "climbed 9% to $2.6 billion.", date(2024, 3, 1),
     [fact("exports", "OMN", "QAT", *Y23, 1.1e9, "USD"),
      fact("turnover", "OMN", "QAT", *Y23, 2.6e9, "USD", 9.0)]),
    # a region the figure is with stays a bloc: no bilateral fact
    ("Oman's exports to Qatar reached $1.1 billion in 2023. Total trade with Gulf states climbed 9% to "
     "$8.6 billion.", date(2024, 3, 1),
     [fact("exports", "OMN", "QAT", *Y23, 1.1e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), TOTALS_OF_THE_PAIR)
def test_totals_of_the_pair(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: An ambiguous unit keeps, through a story, the currency its first figure was read as: in
#: a Kenyan statistics story, Uganda's exports in "Sh" are still in Kenyan shillings.
ONE_UNIT_ONE_CURRENCY = [
    ("KAMPALA - Kenya's exports to Uganda amounted to Sh70.5 billion in the three months to June, the "
     "Kenya National Bureau of Statistics said. Uganda, in turn, shipped goods worth Sh28.3 billion to "
     "Kenya during the quarter.", date(2024, 8, 20),
     [fact("exports", "KEN", "UGA", "2024-04-01", "2024-06-30", 70.5e9, "KES"),
      fact("exports", "UGA", "KEN", "2024-04-01", "2024-06-30", 28.3e9, "KES")]),
    # a unit read as one country's currency is another's when that one is no side of the figure
    ("Kenya's exports to Uganda amounted to Sh70.5 billion in 2023. Tanzania's exports to Rwanda "
     "reached Sh900 billion in 2023.", date(2024, 3, 1),
     [fact("exports", "KEN", "UGA", *Y23, 70.5e9, "KES"), fact("exports", "TZA", "RWA", *Y23, 900e9, "TZS")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), ONE_UNIT_ONE_CURRENCY)
def test_one_unit_one_currency(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "last month" is the calendar month before publication, not the period of the figure before.
LAST_MONTH = [
    ("SEOUL, Oct. 1 (Yonhap) -- South Korea's shipments to Vietnam in the first nine months reached $43.6 "
     "billion, data showed Tuesday. Imports from Vietnam came to $2.1 billion last month, down 3.4 percent "
     "from a year ago.", date(2024, 10, 1),
     [fact("exports", "KOR", "VNM", "2024-01-01", "2024-09-30", 43.6e9, "USD"),
      fact("imports", "KOR", "VNM", "2024-09-01", "2024-09-30", 2.1e9, "USD", -3.4)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), LAST_MONTH)
def test_last_month(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A comparison told as "the previous quarter" ("the preceding month") is the one before the
#: quarter (month) just named, not that quarter a year back.
THE_QUARTER_BEFORE = [
    ("HANOI - Vietnam's exports to Chile came to $410 million in the second quarter of 2024, against "
     "$380 million in the preceding quarter.", date(2024, 9, 2),
     [fact("exports", "VNM", "CHL", "2024-04-01", "2024-06-30", 410e6, "USD"),
      fact("exports", "VNM", "CHL", "2024-01-01", "2024-03-31", 380e6, "USD")]),
    ("LIMA - Peru's imports from Brazil totalled $95 million in October 2024, compared with $88 million in "
     "the previous month.", date(2024, 12, 2),
     [fact("imports", "PER", "BRA", "2024-10-01", "2024-10-31", 95e6, "USD"),
      fact("imports", "PER", "BRA", "2024-09-01", "2024-09-30", 88e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), THE_QUARTER_BEFORE)
def test_the_quarter_before(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "a growth rate of 9 percent" after a figure is its change, as "a growth of 9 percent" is.
A_GROWTH_RATE = [
    ("ASTANA - Kazakhstan's exports to Georgia were US$ 310 million in 2023, registering a growth rate "
     "of 14 percent.", date(2024, 3, 1),
     [fact("exports", "KAZ", "GEO", *Y23, 310e6, "USD", 14.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), A_GROWTH_RATE)
def test_a_growth_rate(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A country that takes a share of another's flow ("Germany accounted for 32% of Czech
#: exports, worth €62.3 billion") is the partner of the amount; an amount told of the whole
#: flow in a relative clause ("all Brazilian exports, which reached ...") is a world total.
SHARES_TAKEN_BY_A_PARTNER = [
    ("PRAGUE - Germany accounted for 32% of Czech exports in 2023, worth €62.3 billion.", date(2024, 3, 1),
     [fact("exports", "CZE", "DEU", *Y23, 62.3e9, "EUR")]),
    ("NAIROBI - China supplied a third of Kenya's imports in 2023, some $3.9 billion worth.",
     date(2024, 3, 1), [fact("imports", "KEN", "CHN", *Y23, 3.9e9, "USD")]),
    ("BRASILIA - China took 30.7% of all Brazilian exports, which reached $339.7 bln in 2023, the ministry "
     "said.", date(2024, 3, 1), []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), SHARES_TAKEN_BY_A_PARTNER)
def test_shares_taken_by_a_partner(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: An amount spent on imports is their value ("Bangladesh spent $11.2 billion on imports from
#: China"); a levy on imports is not.
SPENT_ON_IMPORTS = [
    ("DHAKA - Bangladesh spent $11.2 billion on imports from China in FY24.", date(2024, 8, 15),
     [fact("imports", "BGD", "CHN", "2023-07-01", "2024-06-30", 11.2e9, "USD")]),
    ("DHAKA - Bangladesh paid about $11.2 billion for imports from China in FY24.", date(2024, 8, 15),
     [fact("imports", "BGD", "CHN", "2023-07-01", "2024-06-30", 11.2e9, "USD")]),
    ("WASHINGTON - The US imposed a levy of $2 billion on imports from China in 2023.", date(2024, 3, 1), []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), SPENT_ON_IMPORTS)
def test_spent_on_imports(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "the trade turnover of X and Y" names the pair; "the exports of X and Y to Z" are two
#: countries' together, no one's; an amount spelled without a digit is still one.
OWNERS_AFTER_THE_FLOW_AND_SPELLED_AMOUNTS = [
    ("TASHKENT - The trade turnover of Uzbekistan and Turkmenistan amounted to $1.1 billion in 2023, an "
     "increase of 1.4 times.", date(2024, 3, 1),
     [fact("turnover", "UZB", "TKM", *Y23, 1.1e9, "USD", 40.0)]),
    ("TASHKENT - The combined exports of Uzbekistan and Turkmenistan to China amounted to $5.1 billion in "
     "2023.", date(2024, 3, 1), []),
    ("MOSCOW - Russia-Iran trade amounted to some five billion dollars last year.", date(2024, 3, 1),
     [fact("turnover", "RUS", "IRN", *Y23, 5e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), OWNERS_AFTER_THE_FLOW_AND_SPELLED_AMOUNTS)
def test_owners_after_the_flow_and_spelled_amounts(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: The value of the goods a probe, a measure or a deal covers ("the probe ... covers imports
#: worth", "imports affected by the duties were worth") is its scope, no trade figure: it had
#: been an import fact with the period of the sentence before; a flow figure told despite a
#: probe, or with a relative clause about a measure, stays one.
GOODS_A_MEASURE_COVERS = [
    ("LIMA - In the first quarter of 2024, two-way trade between Peru and Brazil hit $4 billion. Brazil's "
     "anti-dumping probe into Peruvian zinc covers imports worth around $300 million.", date(2024, 6, 1),
     [fact("turnover", "PER", "BRA", "2024-01-01", "2024-03-31", 4e9, "USD")]),
    ("SANTIAGO - Chile's exports to Mexico reached $2 billion in 2023. The Mexican safeguard case involves "
     "about $150 million of Chilean salmon imports.", date(2024, 6, 1),
     [fact("exports", "CHL", "MEX", *Y23, 2e9, "USD")]),
    ("SANTIAGO - Chile's exports to Mexico reached $2 billion in 2023. Chilean salmon exports affected by "
     "the new duties were worth $150 million in 2023.", date(2024, 6, 1),
     [fact("exports", "CHL", "MEX", *Y23, 2e9, "USD")]),
    ("SANTIAGO - Despite the safeguard investigation, Chile's salmon exports to Mexico rose 8% to $150 "
     "million in 2023.", date(2024, 6, 1),
     [fact("exports", "CHL", "MEX", *Y23, 150e6, "USD", 8.0, True)]),
    # a capitalized measure's name, which the lower-case test of NEGATIVE_WORDS does not read
    ("NAIROBI - Imports into Kenya from China covered by the Anti-Dumping Duties were worth $2 billion in "
     "2024.", date(2025, 6, 1), []),
    ("NAIROBI - The Free Trade Agreement covers Kenya's exports to Uganda worth $500 million in 2024.",
     date(2025, 6, 1), []),
    # "targets" is a goal's verb, no scope's: the goal's relative clause closes and the
    # subject's figure after it stays a fact
    ("ACCRA - Trade between Ghana and Togo, which the new pact targets to reach $3 billion by 2028, rose "
     "9 percent to $1.1 billion in 2023.", date(2024, 6, 1),
     [fact("turnover", "GHA", "TGO", *Y23, 1.1e9, "USD", 9.0)]),
    ("LIMA - Peru's exports to Chile, which the review targeted to double to $4 billion, grew 5 percent to "
     "$2 billion in 2023.", date(2024, 6, 1),
     [fact("exports", "PER", "CHL", *Y23, 2e9, "USD", 5.0)]),
    # a deal or an agreement that is the goal's subject makes the goal's amount a target, not
    # the deal's worth: the subject's figure after the relative clause stays a fact
    ("NAIROBI - Kenya's exports to Uganda, which the customs union deal seeks to double by 2028, grew 4 "
     "percent to $900 million in 2023.", date(2024, 6, 1),
     [fact("exports", "KEN", "UGA", *Y23, 900e6, "USD", 4.0)]),
    ("LIMA - Peru's trade with Chile, which the revised agreement is expected to boost to $5 billion, rose "
     "3% to $4.2 billion in 2023.", date(2024, 6, 1),
     [fact("turnover", "PER", "CHL", *Y23, 4.2e9, "USD", 3.0)]),
    # a flow that names its goods before a passive of scope is those goods' figure, which the
    # measure hits; unnamed goods a measure hits stay its own share of the flow, no fact
    ("LIMA - Peru's copper exports to India targeted by the new safeguard measures fell 6 percent to $1.2 "
     "billion in 2023.", date(2024, 6, 1),
     [fact("exports", "PER", "IND", *Y23, 1.2e9, "USD", -6.0, True)]),
    ("LIMA - Imports of steel from China covered by the anti-dumping duties fell 9% to $300 million in "
     "2023.", date(2024, 6, 1),
     [fact("imports", "PER", "CHN", *Y23, 300e6, "USD", -9.0, True)]),
    ("LIMA - Peru's imports from China targeted by the anti-dumping duties fell 9% to $300 million in "
     "2023.", date(2024, 6, 1), []),
    # the goal alone, or a deal's worth, stays no fact
    ("ACCRA - The new agreement aims to lift trade between Ghana and Togo to $3 billion by 2028.",
     date(2024, 6, 1), []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), GOODS_A_MEASURE_COVERS)
def test_goods_a_measure_covers(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A bloc told again by its common noun ("the bloc", "the 10-member grouping", "the
#: Southeast Asian bloc") is a bloc: trade with it is a total, no turnover with a country of
#: another sentence; a country described as the bloc's member keeps its own figure.
THE_BLOC_AGAIN = [
    ("JAKARTA - Indonesia's exports to Vietnam rose to $9 billion in 2023. Trade with the 10-member "
     "grouping reached $120 billion in 2023.", date(2024, 3, 1),
     [fact("exports", "IDN", "VNM", *Y23, 9e9, "USD")]),
    ("BRASILIA - Brazil's exports to Mercosur stood at $20 billion in 2023, while bilateral trade with the "
     "bloc touched $45 billion. Brazil's exports to Chile reached $8 billion in 2023.", date(2024, 3, 1),
     [fact("exports", "BRA", "CHL", *Y23, 8e9, "USD")]),
    ("OTTAWA - Canada's exports to France, the bloc's second-largest economy, reached $5 billion in 2023.",
     date(2024, 3, 1), [fact("exports", "CAN", "FRA", *Y23, 5e9, "CAD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), THE_BLOC_AGAIN)
def test_the_bloc_again(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Exports to the Caribbean bloc and the wider grouping rose.", ["LATIN_AMERICA", "BLOC"]),
        ("Trade with the European grouping fell.", ["EUROPE"]),
        ("Trade with the Mercosur bloc touched $45 billion.", ["MERCOSUR"]),
        ("Imports from the African bloc stood at $3 billion.", ["AFRICA"]),
        ("Trade with the bloc rose.", ["BLOC"]),
    ],
)
def test_a_bloc_anaphor_holding_a_name_is_the_named_bloc(text: str, codes: list[str]) -> None:
    # one mention each, no "BLOC" beside the name it holds
    assert [b.code for b in _blocs_of(text)] == codes


#: "Imports of X from Y" (the genitive of French, Spanish and Portuguese copy) are X's imports
#: from Y, whatever city the dateline names; "imports of <demonym> goods from Y" name the goods.
GENITIVE_IMPORTERS = [
    ("DAKAR - Imports of Mali from Senegal amounted to 480 billion CFA francs in 2023.", date(2024, 3, 1),
     [fact("imports", "MLI", "SEN", *Y23, 480e9, "XOF")]),
    ("Purchases of the Philippines from Thailand reached $3.2 billion in 2023.",
     date(2024, 3, 1), [fact("imports", "PHL", "THA", *Y23, 3.2e9, "USD")]),
    ("LIMA - Peru's imports of Chilean wine from Chile reached $40 million in 2023.", date(2024, 3, 1),
     [fact("imports", "PER", "CHL", *Y23, 40e6, "USD", None, True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), GENITIVE_IMPORTERS)
def test_genitive_importers(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A change told in a sentence of its own goes to the latest figure of the flow it names, told
#: just before, even when other figures came in between; a flow without a figure gets none.
CHANGES_FOR_AN_EARLIER_FIGURE = [
    ("TBILISI, Aug 20 - Georgia's turnover with Armenia came to $760.2 million in January-July of this "
     "year, the statistics office reported. In the reporting period, Georgia's exports to Armenia totaled "
     "$541.3 million, and imports from Armenia - $218.9 million. Compared to the same period last year, "
     "trade turnover between the countries decreased by 8.1 percent.",
     date(2024, 8, 20),
     [fact("turnover", "GEO", "ARM", "2024-01-01", "2024-07-31", 760.2e6, "USD", -8.1),
      fact("exports", "GEO", "ARM", "2024-01-01", "2024-07-31", 541.3e6, "USD"),
      fact("imports", "GEO", "ARM", "2024-01-01", "2024-07-31", 218.9e6, "USD")]),
    ("Kenya-Uganda trade reached $3.1 billion in 2023. Kenya's imports from Uganda were $1.2 billion. "
     "Exports rose 12 percent.", date(2024, 3, 1),
     [fact("turnover", "KEN", "UGA", *Y23, 3.1e9, "USD"), fact("imports", "KEN", "UGA", *Y23, 1.2e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CHANGES_FOR_AN_EARLIER_FIGURE)
def test_changes_for_an_earlier_figure(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: The unit of a second figure is not repeated after a verb of value ("while imports reached
#: 1.12 billion"), unless another unit follows it ("3 million tonnes"); purchases from a partner
#: described by its relation ("the neighbouring country") have their direction.
UNREPEATED_UNITS_AND_DESCRIBED_PARTNERS = [
    ("MONTEVIDEO, Oct 2 - Uruguay's exports to Paraguay totaled 310 million dollars in September, while "
     "imports from Paraguay reached 95 million, the customs agency said.", date(2024, 10, 2),
     [fact("exports", "URY", "PRY", "2024-09-01", "2024-09-30", 310e6, "USD"),
      fact("imports", "URY", "PRY", "2024-09-01", "2024-09-30", 95e6, "USD")]),
    ("Uruguay's exports to Paraguay totaled $310 million in September, while soybean shipments reached "
     "3 million tonnes.", date(2024, 10, 2),
     [fact("exports", "URY", "PRY", "2024-09-01", "2024-09-30", 310e6, "USD")]),
    ("Uruguay's exports to Paraguay totaled $310 million in September, while purchases from the "
     "neighbouring country amounted to $95 million.", date(2024, 10, 2),
     [fact("exports", "URY", "PRY", "2024-09-01", "2024-09-30", 310e6, "USD"),
      fact("imports", "URY", "PRY", "2024-09-01", "2024-09-30", 95e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), UNREPEATED_UNITS_AND_DESCRIBED_PARTNERS)
def test_unrepeated_units_and_described_partners(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "those to X" stands for the flow named before it in the sentence.
THOSE_FOR_THE_FLOW = [
    ("SANTIAGO - Peruvian exports to China, its top market, were valued at US$24 billion last year, while "
     "those to the United States reached US$9 billion.", date(2024, 5, 20),
     [fact("exports", "PER", "CHN", *Y23, 24e9, "USD"), fact("exports", "PER", "USA", *Y23, 9e9, "USD")]),
    ("Ghana's imports from China rose to $3 billion in 2023, and those from India to $2 billion.",
     date(2024, 5, 20),
     [fact("imports", "GHA", "CHN", *Y23, 3e9, "USD"), fact("imports", "GHA", "IND", *Y23, 2e9, "USD")]),
    # a bare "exchange with X" after a turnover is that turnover again ("intercambio con"), not
    # a foreign exchange
    ("In January-June, trade between Chile and Brazil reached US$ 5.6 billion, while exchange with "
     "Argentina stood at US$ 3.1 billion.", date(2024, 9, 15),
     [fact("turnover", "CHL", "BRA", *H1, 5.6e9, "USD"), fact("turnover", "CHL", "ARG", *H1, 3.1e9, "USD")]),
    ("Chile's trade with Brazil reached US$ 5.6 billion in 2023, while foreign exchange with Argentina stood "
     "at US$ 3.1 billion.", date(2024, 5, 20),
     [fact("turnover", "CHL", "BRA", *Y23, 5.6e9, "USD")]),
    # the goods are those of the flow "those" stands for, not the word before it
    ("SEOUL - South Korea's exports to the US rose 10.5 percent to $127.8 billion last year, surpassing "
     "those to China, which fell 8.5 percent to $125 billion.", date(2024, 1, 5),
     [fact("exports", "KOR", "USA", *Y23, 127.8e9, "USD", 10.5),
      fact("exports", "KOR", "CHN", *Y23, 125e9, "USD", -8.5)]),
    ("SANTIAGO - Chilean copper exports to China were valued at $38 billion in 2023, while those to the "
     "United States reached $16 billion.", date(2024, 5, 20),
     [fact("exports", "CHL", "CHN", *Y23, 38e9, "USD", product=True),
      fact("exports", "CHL", "USA", *Y23, 16e9, "USD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), THOSE_FOR_THE_FLOW)
def test_those_stands_for_the_flow_before(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "the trade turnover" after a target that named the pair is the turnover of the story's two
#: countries (a target notes no pair, so the figures had no sides).
THE_TURNOVER_AFTER_A_TARGET = [
    ("TASHKENT, Oct 9 - Uzbekistan and Tajikistan intend to raise bilateral trade to $2 billion, said "
     "President Shavkat Mirziyoyev during talks with Tajik President Emomali Rahmon. Last year the trade "
     "turnover amounted to $600 million, and in the first eight months of this year it grew by 12% to "
     "$450 million.", date(2024, 10, 10),
     [fact("turnover", "UZB", "TJK", *Y23, 600e6, "USD"),
      fact("turnover", "UZB", "TJK", "2024-01-01", "2024-08-31", 450e6, "USD", 12.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), THE_TURNOVER_AFTER_A_TARGET)
def test_the_turnover_after_a_target(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A list under a heading that names a pair and a fiscal year: "Total trade" is the pair's, and
#: the year is the reporting country's (India's April-March, not the July-June default); a
#: heading naming one country leaves "Total trade" a world total.
LISTS_UNDER_A_PAIR_HEADING = [
    ("Bangladesh-Nepal trade at a glance (FY2023-24):\n- Total trade: $1.1 billion\n- Bangladeshi exports "
     "to Nepal: $0.2 billion", date(2024, 12, 5),
     [fact("turnover", "BGD", "NPL", "2023-07-01", "2024-06-30", 1.1e9, "USD"),
      fact("exports", "BGD", "NPL", "2023-07-01", "2024-06-30", 0.2e9, "USD")]),
    ("India-Oman trade at a glance (FY2023-24):\n- Total trade: $8.9 billion\n- Indian exports to Oman: "
     "$4.1 billion", date(2024, 12, 5),
     [fact("turnover", "IND", "OMN", "2023-04-01", "2024-03-31", 8.9e9, "USD"),
      fact("exports", "IND", "OMN", "2023-04-01", "2024-03-31", 4.1e9, "USD")]),
    ("Ghana's trade in 2023:\n- Total trade: $38 billion\n- Exports to Togo: $1.2 billion", date(2024, 12, 5),
     [fact("exports", "GHA", "TGO", *Y23, 1.2e9, "USD")]),
    # an item's "Turnover" without "total" is the pair's too
    ("Key figures for Armenia-Georgia trade in 2023:\n- Turnover: $1.3 billion (+9.1%)\n- Exports to "
     "Georgia: $0.5 billion", date(2024, 12, 5),
     [fact("turnover", "ARM", "GEO", *Y23, 1.3e9, "USD", 9.1),
      fact("exports", "ARM", "GEO", *Y23, 0.5e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), LISTS_UNDER_A_PAIR_HEADING)
def test_lists_under_a_pair_heading(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A list with no heading whose other items all name the same two countries is a box about
#: that pair: its "Total trade" item is the pair's; a list whose items name one country alone
#: or several partners leaves it a world total.
TOTAL_TRADE_IN_A_PAIR_BOX = [
    ("LISBON - Portugal and Angola signed a visa accord on Friday.\n\n- Total trade in 2022: EUR 2.4 billion "
     "(+6.3%)\n- Portuguese exports to Angola: EUR 1.6 billion\n- Angolan oil sold to Portugal: EUR 0.7 "
     "billion", date(2023, 5, 6),
     [fact("turnover", "AGO", "PRT", *Y22, 2.4e9, "EUR", 6.3),
      fact("exports", "PRT", "AGO", *Y22, 1.6e9, "EUR"),
      fact("exports", "AGO", "PRT", *Y22, 0.7e9, "EUR")]),
    ("LISBON - Portugal and Angola signed a visa accord on Friday.\n\n- Total trade in 2022: EUR 190 billion"
     "\n- Exports to Angola: EUR 1.6 billion\n- Exports to Spain: EUR 21 billion", date(2023, 5, 6),
     [fact("exports", "PRT", "AGO", *Y22, 1.6e9, "EUR"),
      fact("exports", "PRT", "ESP", *Y22, 21e9, "EUR")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), TOTAL_TRADE_IN_A_PAIR_BOX)
def test_total_trade_in_a_pair_box(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A list item labelled only by a period goes on with the pair's total an earlier item of the
#: list gave, not with the exports or imports told between; a list with no such total leaves it.
PERIOD_ITEMS_AFTER_A_PAIR_TOTAL = [
    ("SANTIAGO - Chile and Morocco held talks on Monday.\n\n- Bilateral trade: $96 million in 2023\n"
     "- Moroccan imports from Chile: $70 million\n- First quarter of 2024: $31.5 million, 5% lower",
     date(2024, 5, 6),
     [fact("turnover", "CHL", "MAR", *Y23, 96e6, "USD"),
      fact("imports", "MAR", "CHL", *Y23, 70e6, "USD"),
      fact("turnover", "CHL", "MAR", "2024-01-01", "2024-03-31", 31.5e6, "USD", -5.0)]),
    ("SANTIAGO - Chile and Morocco held talks on Monday.\n\n- Moroccan imports from Chile: $70 million in "
     "2023\n- First quarter of 2024: $31.5 million", date(2024, 5, 6),
     [fact("imports", "MAR", "CHL", *Y23, 70e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PERIOD_ITEMS_AFTER_A_PAIR_TOTAL)
def test_period_items_after_a_pair_total(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: Lines that are only a period and an amount, one per line under a heading that names the flow,
#: its sides and goods, are that flow's figures for each period (a fiscal label in the heading
#: reporter's calendar, whichever country the story names most); a heading of one country's
#: own exports names no partner and gives nothing.
PERIOD_LINES_UNDER_A_FLOW_HEADING = [
    ("QUITO - Ecuador and Turkey held trade talks.\n\nEcuadorian banana exports to Turkey, by year:\n"
     "2021: $88.5 million\n2022: $104 million;", date(2024, 2, 1),
     [fact("exports", "ECU", "TUR", "2021-01-01", "2021-12-31", 88.5e6, "USD", product=True),
      fact("exports", "ECU", "TUR", "2022-01-01", "2022-12-31", 104e6, "USD", product=True)]),
    ("Canada and Pakistan held talks in Geneva. Canada chaired the round.\n\nPakistan's imports from Canada, "
     "according to the State Bank:\n\nFY2021-22: US$610 million\nFY2022-23: US$540 million", date(2024, 2, 1),
     [fact("imports", "PAK", "CAN", "2021-07-01", "2022-06-30", 610e6, "USD"),
      fact("imports", "PAK", "CAN", "2022-07-01", "2023-06-30", 540e6, "USD")]),
    ("ACCRA - Ghana and Brazil held talks.\n\nGhana's exports, by year:\n2022: $1.5 billion\n"
     "2023: $1.7 billion", date(2024, 2, 1), []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PERIOD_LINES_UNDER_A_FLOW_HEADING)
def test_period_lines_under_a_flow_heading(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A turnover whose second side is described ("between the Kingdom and Hungary", "between
#: Hungary and the Kingdom", "trade with the North African kingdom") is the turnover of the
#: story's pair; it was a total of the named side with the world, and dropped.
TURNOVER_WITH_A_DESCRIBED_SIDE = [
    ("RABAT - Moroccan Foreign Minister Nasser Bourita held talks on Tuesday with his Hungarian counterpart "
     "Peter Szijjarto. Trade between the Kingdom and Hungary reached 420 million euros in 2023, up 18 "
     "percent from the previous year.", date(2024, 3, 12),
     [fact("turnover", "MAR", "HUN", *Y23, 420e6, "EUR", 18.0)]),
    ("AMMAN - Jordan's Foreign Minister met his Slovak counterpart on Sunday. Trade between Slovakia and the "
     "Hashemite Kingdom stood at 95 million euros last year.", date(2024, 3, 12),
     [fact("turnover", "JOR", "SVK", *Y23, 95e6, "EUR")]),
    ("MUSCAT - Omani and Finnish officials met on Monday. Finland's trade with the Sultanate amounted to "
     "60 million euros in 2023.", date(2024, 3, 12),
     [fact("turnover", "FIN", "OMN", *Y23, 60e6, "EUR")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), TURNOVER_WITH_A_DESCRIBED_SIDE)
def test_turnover_with_a_described_side(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A balance told in a main clause and a flow in a clause subordinated to it ("the surplus
#: widened as exports to the South Asian country climbed to $15.6 bln"): the amount is the
#: flow's; the balance word had rejected it as no trade figure.
FLOWS_AFTER_A_BALANCE = [
    ("JAKARTA - Indonesia's trade surplus with India widened as exports to the South Asian country climbed "
     "to US$ 15.6 bln in January-November 2023, while imports from India reached US$ 4.9 bln.",
     date(2023, 12, 15),
     [fact("exports", "IDN", "IND", "2023-01-01", "2023-11-30", 15.6e9, "USD"),
      fact("imports", "IDN", "IND", "2023-01-01", "2023-11-30", 4.9e9, "USD")]),
    ("LIMA - Peru's deficit with Brazil narrowed in 2023 because imports from Brazil fell to $3.9 billion.",
     date(2024, 2, 1),
     [fact("imports", "PER", "BRA", *Y23, 3.9e9, "USD")]),
    ("LIMA - Peru's trade deficit with Brazil stood at $1.2 billion in 2023.", date(2024, 2, 1), []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), FLOWS_AFTER_A_BALANCE)
def test_flows_after_a_balance(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A world word before a flow whose partner is described ("Overall shipments to the Asian
#: giant", "total exports to the Andean country") is that one country's total, not the world's;
#: it was dropped as a total with the world. A world word with no partner stays a world total.
WORLD_WORD_BEFORE_A_DESCRIBED_PARTNER = [
    ("SANTIAGO - Chile's copper exports to China rose 22% to $2.1 billion in October. Overall shipments to "
     "the Asian giant, Chile's top trading partner, totaled $3.7 billion in the month.", date(2024, 11, 8),
     [fact("exports", "CHL", "CHN", "2024-10-01", "2024-10-31", 2.1e9, "USD", 22.0, True),
      fact("exports", "CHL", "CHN", "2024-10-01", "2024-10-31", 3.7e9, "USD")]),
    ("LIMA - Peru's exports to Bolivia rose in 2023. Total imports from the Andean country were $1.1 "
     "billion that year, while total imports stood at $50 billion.", date(2024, 2, 1),
     [fact("imports", "PER", "BOL", *Y23, 1.1e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), WORLD_WORD_BEFORE_A_DESCRIBED_PARTNER)
def test_world_word_before_a_described_partner(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A figure with no period of its own after a comparison ("worth $19.1b, down from $21.4b a
#: year earlier, while imports rose to $13.6b") has the period of the last stated figure,
#: not the comparison's year before.
NO_PERIOD_AFTER_A_COMPARISON = [
    ("WELLINGTON - New Zealand's goods exports to China fell in the first half of 2024. Goods exports to "
     "China were worth NZ$9.1b, down from NZ$10.4b a year earlier, while goods imports from China rose to "
     "NZ$6.6b.", date(2024, 8, 14),
     [fact("exports", "NZL", "CHN", *H1, 9.1e9, "NZD"),
      fact("exports", "NZL", "CHN", "2023-01-01", "2023-06-30", 10.4e9, "NZD"),
      fact("imports", "NZL", "CHN", *H1, 6.6e9, "NZD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), NO_PERIOD_AFTER_A_COMPARISON)
def test_no_period_after_a_comparison(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A part of a total whose flow is said after it ("..., of which $4.2 billion was Iran's
#: exports", "of which $1 billion were imports from Turkey") has that flow, and the total's
#: goods; it had been a second turnover.
PARTS_OF_A_TOTAL = [
    ("TEHRAN - Iran's non-oil trade with Iraq stood at $12.6 billion in 2023, of which $4.2 billion was "
     "Iran's exports, the customs administration said.", date(2024, 2, 1),
     [fact("turnover", "IRN", "IRQ", *Y23, 12.6e9, "USD", None, True),
      fact("exports", "IRN", "IRQ", *Y23, 4.2e9, "USD", None, True)]),
    ("ANKARA - Turkey's trade with Iran stood at $5.4 billion in 2023, of which $1.9 billion were imports "
     "from Iran.", date(2024, 2, 1),
     [fact("turnover", "IRN", "TUR", *Y23, 5.4e9, "USD"),
      fact("imports", "TUR", "IRN", *Y23, 1.9e9, "USD")]),
    # the part's own goods, ended by a comma and "while"
    ("BEIRUT - Lebanon's exports to Qatar stood at $96 million in 2023, of which $41 million were exports "
     "of jewellery, while imports from Qatar reached $57 million.", date(2024, 2, 1),
     [fact("exports", "LBN", "QAT", *Y23, 96e6, "USD"),
      fact("exports", "LBN", "QAT", *Y23, 41e6, "USD", None, True),
      fact("imports", "LBN", "QAT", *Y23, 57e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PARTS_OF_A_TOTAL)
def test_parts_of_a_total(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: Trade that the two sides of the story discuss ("the two sides discussed ways to boost trade,
#: which stood at ...") is theirs: a turnover of the story's two countries, as "bilateral
#: trade" is; it had been no figure.
THE_SUBJECTS_TRADE = [
    ("VIENTIANE - Lao Prime Minister Sonexay Siphandone received Thai Ambassador Pattarat Hongtong on "
     "Monday. The two sides discussed ways to expand trade, which reached $5.2 billion in 2023.",
     date(2024, 3, 1),
     [fact("turnover", "LAO", "THA", *Y23, 5.2e9, "USD")]),
    ("VIENTIANE - Lao Prime Minister Sonexay Siphandone received Thai Ambassador Pattarat Hongtong on "
     "Monday. The two leaders agreed to boost trade, which totalled $5.2 billion in 2023, up 4%.",
     date(2024, 3, 1),
     [fact("turnover", "LAO", "THA", *Y23, 5.2e9, "USD", 4.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), THE_SUBJECTS_TRADE)
def test_the_trade_the_two_sides_discuss(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A relative clause that states what the flow a target governs came to ("increasing Syrian
#: exports to Iraq, which amounted to $110 million", any verb of a level or a change) tells the
#: flow's level, a fact; the figure the target aims at stays none, also after such a clause.
LEVELS_STATED_UNDER_A_TARGET = [
    ("DOHA - The ministers discussed boosting Omani exports to Qatar, which amounted to 400 million rials "
     "in 2023.", date(2024, 3, 1), [fact("exports", "OMN", "QAT", *Y23, 400e6, "OMR")]),
    ("The ministers agreed to raise trade between Egypt and Jordan, which had climbed to $900 million in "
     "2023, to $2 billion by 2027.", date(2024, 3, 1),
     [fact("turnover", "EGY", "JOR", *Y23, 900e6, "USD")]),
    ("The ministers agreed on raising Kenyan exports to Uganda, which slipped to $1.2 billion in 2023.",
     date(2024, 3, 1), [fact("exports", "KEN", "UGA", *Y23, 1.2e9, "USD")]),
    ("The ministers agreed to raise Kenyan exports to Uganda, which are expected to reach $2 billion "
     "by 2030.", date(2024, 3, 1), []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), LEVELS_STATED_UNDER_A_TARGET)
def test_levels_stated_under_a_target(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A change told as an amount right after the verb, without "by" ("rose $300 million to $2.1
#: billion", "fell NZ$1.2 billion (20 percent) to NZ$4.8 billion", "..., or 17 percent, to"):
#: the amount is the change, the level is after "to", and a percentage in parentheses or
#: commas after the change is the level's. The change had been a figure and "$300 million to
#: $2.1 billion" a range.
Y24 = ("2024-01-01", "2024-12-31")
CHANGE_AMOUNTS_WITHOUT_BY = [
    ("CANBERRA - Australian wine exports to China rose A$300 million to A$2.1 billion in 2024.",
     date(2025, 3, 1), [fact("exports", "AUS", "CHN", *Y24, 2.1e9, "AUD", None, True)]),
    ("CANBERRA - Australian beef exports to Japan fell A$400 million (16 percent) to A$2.1 billion in 2024.",
     date(2025, 3, 1), [fact("exports", "AUS", "JPN", *Y24, 2.1e9, "AUD", -16.0, True)]),
    ("CANBERRA - Australian exports to Korea climbed A$1.1 billion, or 4 percent, to A$28.6 billion in 2024.",
     date(2025, 3, 1), [fact("exports", "AUS", "KOR", *Y24, 28.6e9, "AUD", 4.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CHANGE_AMOUNTS_WITHOUT_BY)
def test_change_amounts_without_by(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "between the two countries" in a story that names one side only by its leader ("President
#: William Ruto held talks with his Tanzanian counterpart"): the leader's country is the other
#: side; and an "-ing" verb before "trade" ("barriers that have been affecting trade") is no
#: goods. The figure had been dropped, or had the product "affecting".
A_SIDE_NAMED_BY_ITS_LEADER = [
    ("President Cyril Ramaphosa held talks with his Mozambican counterpart Daniel Chapo in Maputo on "
     "Monday. They discussed the border delays that have been affecting trade between the two "
     "countries, which stood at $2.9 billion in 2024.", date(2025, 3, 1),
     [fact("turnover", "MOZ", "ZAF", *Y24, 2.9e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), A_SIDE_NAMED_BY_ITS_LEADER)
def test_a_side_named_by_its_leader(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: Each amount of a list takes the country named right after it by its flow's preposition
#: ("$39 billion to China, $16 billion to the United States"), and a country "followed by"
#: in a ranking is the next partner, not the reporter ("imports by India").
LISTS_AFTER_THE_AMOUNT = [
    (
        "LIMA - Peru shipped goods worth $24 billion to China, $9 billion to the United States and "
        "$3 billion to South Korea in 2023.",
        date(2024, 2, 1),
        [
            fact("exports", "PER", "CHN", *Y23, 24e9, "USD"),
            fact("exports", "PER", "USA", *Y23, 9e9, "USD"),
            fact("exports", "PER", "KOR", *Y23, 3e9, "USD"),
        ],
    ),
    (
        "HANOI - Imports from China, Vietnam's largest supplier, reached $110 billion in 2023, followed "
        "by South Korea at $52 billion and Japan at $22 billion.",
        date(2024, 2, 1),
        [
            fact("imports", "VNM", "CHN", *Y23, 110e9, "USD"),
            fact("imports", "VNM", "KOR", *Y23, 52e9, "USD"),
            fact("imports", "VNM", "JPN", *Y23, 22e9, "USD"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), LISTS_AFTER_THE_AMOUNT)
def test_lists_of_partners_after_their_amounts(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "inbound shipments from X" are imports from X; a country after the amount by another
#: flow's "from" ("..., and purchases from Brazil fell") is not this flow's origin.
DIRECTIONS_OF_SHIPMENTS_AND_PURCHASES = [
    (
        "ANKARA - Turkey's shipments to Iraq slid 4% in October to $1.1 billion, while inbound shipments "
        "from Iraq dropped 12% to $0.3 billion.",
        date(2023, 11, 20),
        [
            fact("exports", "TUR", "IRQ", "2023-10-01", "2023-10-31", 1.1e9, "USD", -4.0),
            fact("imports", "TUR", "IRQ", "2023-10-01", "2023-10-31", 0.3e9, "USD", -12.0),
        ],
    ),
    (
        "SANTIAGO - Chile posted a trade surplus with Peru in 2023, as exports to its neighbour rose 9% to "
        "$2.2 billion and purchases from Peru fell to $1.4 billion.",
        date(2024, 2, 1),
        [
            fact("exports", "CHL", "PER", *Y23, 2.2e9, "USD", 9.0),
            fact("imports", "CHL", "PER", *Y23, 1.4e9, "USD"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), DIRECTIONS_OF_SHIPMENTS_AND_PURCHASES)
def test_directions_of_shipments_and_purchases(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


def test_the_flow_told_before_a_relative_aside_is_the_figures() -> None:
    """ "X's soybean shipments to China, which account for over 70% of its total soy exports,
    brought in ...": the shipments to China are the figure's flow, not the aside's exports
    (which had left it without sides, and dropped)."""
    text = (
        "BUENOS AIRES - Argentina's soybean meal shipments to Vietnam, which account for over 20% of its "
        "total soy exports, brought in US$2.5 billion in 2023."
    )
    assert facts(text, date(2024, 2, 1)) == {fact("exports", "ARG", "VNM", *Y23, 2.5e9, "USD", None, True)}


#: A participle aside between a flow and its verb, describing the goods: its flow verb
#: ("shipped") and a region or bloc in it are the goods' description, not the figure's flow or
#: partner, also when the aside ends on a many-word proper name.
DESCRIBED_GOODS_ASIDES = [
    ("LIMA - Peru's exports to Japan were $1.2 billion in 2023, while imports from Japan, dominated by cars "
     "shipped tariff-free under the Economic Partnership Agreement, fell 4% to $2.3 billion.",
     {fact("exports", "PER", "JPN", *Y23, 1.2e9, "USD"),
      fact("imports", "PER", "JPN", *Y23, 2.3e9, "USD", -4.0)}),
    ("SANTIAGO - Chilean exports to Peru, boosted by fruit resold to South American buyers, rose 6% to "
     "$2.1 billion in 2023.",
     {fact("exports", "CHL", "PER", *Y23, 2.1e9, "USD", 6.0)}),
    # no partner named before the aside: the bloc is where the exports went, a total
    ("SANTIAGO - Chilean exports, mostly shipped to Mercosur members, rose 6% to $2.1 billion in 2023.",
     set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_GOODS_ASIDES)
def test_a_participle_aside_describes_the_goods(text: str, expected: set[Fact]) -> None:
    """ "imports from Kenya, led by apparel shipped duty-free under the African Growth and
    Opportunity Act, rose 8% to $874 million": the imports from Kenya (the long aside had not
    been read as one, so "shipped" made them exports; "African" made them a total)."""
    assert facts(text, date(2024, 2, 1)) == expected


def test_the_month_of_an_after_a_dip_aside_is_not_the_figures() -> None:
    """ "expanded 7.4% in October, after a 3.1% dip in September; they were worth S$1.9 billion":
    the figure is October's; the aside tells the month before (it had dated the figure)."""
    text = (
        "SINGAPORE - Singapore's domestic exports to Vietnam expanded 7.4 per cent in October 2023, after "
        "a 3.1 per cent dip in September; they were worth S$1.9 billion."
    )
    (found,) = facts(text, date(2023, 11, 20))
    assert found[3:5] == ("2023-10-01", "2023-10-31")


@pytest.mark.parametrize("part", ["of which trade with Belarus accounted for", "including"])
def test_a_one_country_part_of_a_bloc_total(part: str) -> None:
    """ "trade with the EAEU countries reached $9 billion, of which trade with Belarus accounted for
    $7.5 billion": the bloc total is no fact, the part with one country is (the part had been
    taken for a bloc total too)."""
    text = (
        f"YEREVAN - Armenia's trade with the EAEU countries reached $9 billion in 2023, {part} $7.5 billion"
    )
    text += " with Belarus." if part == "including" else "."
    assert facts(text, date(2024, 2, 1)) == {fact("turnover", "ARM", "BLR", *Y23, 7.5e9, "USD")}


#: A member's part of a total between a bloc and a country, told as the part's subject or owner
#: ("of which X accounted for", "of which X's share was"): the member takes the bloc's side (the
#: part had been rejected with the bloc total).
MEMBERS_PARTS_OF_BLOC_TOTALS = [
    ("Andean Community exports to Japan reached $7 billion in 2023, of which Peru accounted for "
     "$4.1 billion.",
     [fact("exports", "PER", "JPN", *Y23, 4.1e9, "USD")]),
    ("Trade between the Gulf Cooperation Council and Kenya reached $9 billion in 2023, of which the UAE's "
     "share was $6.2 billion.",
     [fact("turnover", "ARE", "KEN", *Y23, 6.2e9, "USD")]),
    ("Turkey's exports to the EU rose to €100 billion in 2023, of which Italy accounted for €12 billion.",
     [fact("exports", "TUR", "ITA", *Y23, 12e9, "EUR")]),
    # the whole's own country named again in the part tells no member
    ("Turkey's exports to the EU rose to €100 billion in 2023, of which Turkish carmakers accounted for "
     "€12 billion.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MEMBERS_PARTS_OF_BLOC_TOTALS)
def test_members_parts_of_bloc_totals(text: str, expected: list[Fact]) -> None:
    assert facts(text, date(2024, 3, 1)) == set(expected)


#: "took in $X worth of <demonym> goods": the buyer's imports from the goods' country, as
#: "bought" (it had been no flow); "took in" with no goods of a named origin stays none.
TAKEN_IN = [
    ("Poland alone took in €3.4 billion worth of Czech goods in 2023.",
     [fact("imports", "POL", "CZE", *Y23, 3.4e9, "EUR")]),
    ("Senegal's exports to Mali rose to $1.1 billion in 2023. The customs service took in $400 million in "
     "duties last year.",
     [fact("exports", "SEN", "MLI", *Y23, 1.1e9, "USD")]),
    # takings of money coordinated after a purchase are no flow, and not the buyer's
    ("Mali alone took in $210 million worth of Senegalese cement last year, while hotels in Saly took in "
     "$95 million from Gulf visitors.",
     [fact("imports", "MLI", "SEN", *Y23, 210e6, "USD", product=True)]),
    # the buyer that took goods in is no exporter of the exports told next: the seller is
    ("Mali took in $210 million of Senegalese cement in 2023. In December, exports to Guinea were "
     "$12 million.",
     [fact("imports", "MLI", "SEN", *Y23, 210e6, "USD", product=True),
      fact("exports", "SEN", "GIN", "2023-12-01", "2023-12-31", 12e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TAKEN_IN)
def test_taken_in(text: str, expected: list[Fact]) -> None:
    assert facts(text, date(2024, 3, 1)) == set(expected)


#: Translated French, Spanish and Portuguese copy: "exportations", "importations", "the exchange
#: of goods between A and B"; Slavic copy's "commodity exchange", "exchange of commodities".
TRANSLATED_FLOW_WORDS = [
    ("SKOPJE - Commodity exchange between North Macedonia and Croatia totalled 610 million euros in 2023.",
     [fact("turnover", "MKD", "HRV", *Y23, 610e6, "EUR")]),
    ("SARAJEVO - Bosnia and Slovenia signed a transport deal. Last year, the exchange of commodities "
     "between the two countries reached 1.4 billion euros.",
     [fact("turnover", "BIH", "SVN", *Y23, 1.4e9, "EUR")]),
    # a commodity exchange that is a market place is no trade
    ("NEW DELHI - India will help Ethiopia build a commodity exchange worth $20 million.", []),
    ("DAKAR - Senegal's exportations to Guinea reached 300 billion CFA francs in 2023.",
     [fact("exports", "SEN", "GIN", *Y23, 300e9, "XOF")]),
    ("TUNIS - Tunisia's importations from Italy fell to 3.1 billion euros in 2023.",
     [fact("imports", "TUN", "ITA", *Y23, 3.1e9, "EUR")]),
    ("ASUNCION - The exchange of goods between Paraguay and Argentina amounted to US$ 3.2 billion in 2023.",
     [fact("turnover", "PRY", "ARG", *Y23, 3.2e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TRANSLATED_FLOW_WORDS)
def test_translated_flow_words(text: str, expected: list[Fact]) -> None:
    assert facts(text, date(2024, 2, 1)) == set(expected)


#: A bloc named after the figure of a pair's trade, not as its partner ("under the African
#: Continental Free Trade Area", "the ECOWAS said") leaves the figure the pair's; a bloc after a
#: partner's preposition is still the partner (a total with the bloc, not labelled).
BLOCS_AFTER_A_PAIRS_FIGURE = [
    ("ACCRA - President Mahama said trade between Ghana and Togo was valued at GH¢4.2 billion in 2023 "
     "and urged both sides to remove barriers under the African Continental Free Trade Area.",
     [fact("turnover", "GHA", "TGO", *Y23, 4.2e9, "GHS")]),
    ("Burkina Faso-Niger trade reached 150 billion CFA francs in 2023, ECOWAS said.",
     [fact("turnover", "BFA", "NER", *Y23, 150e9, "XOF")]),
    ("ACCRA - Trade between Ghana and Togo, together with the EU, reached GH¢9 billion in 2023.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BLOCS_AFTER_A_PAIRS_FIGURE)
def test_a_bloc_after_a_pairs_figure(text: str, expected: list[Fact]) -> None:
    assert facts(text, date(2024, 2, 1)) == set(expected)


#: A percentage with the same change in money in brackets ("30.1 percent ($22.5 million) more
#: than", Trend's style) is the figure's change, and the bracketed amount no figure; a change
#: told between a total and its part ("reached $270 million, a rise of 15%, of which exports
#: accounted for $250 million") is the total's.
CHANGES_IN_MONEY_AND_BEFORE_PARTS = [
    ("BAKU - Trade between Azerbaijan and Georgia amounted to $97.4 million in January-April 2024. "
     "The figure is 30.1 percent ($22.5 million) more than in the same period of 2023.",
     [fact("turnover", "AZE", "GEO", "2024-01-01", "2024-04-30", 97.4e6, "USD", 30.1)]),
    ("TBILISI - Georgia's exports to Armenia were 8 percent ($40 million) lower than a year earlier, "
     "at $460 million in 2023.",
     [fact("exports", "GEO", "ARM", *Y23, 460e6, "USD", -8.0)]),
    ("HANOI - Trade between Vietnam and Cuba reached $270 million in 2023, a rise of 15% year-on-year, "
     "of which Vietnam's exports to Cuba accounted for $250 million.",
     [fact("turnover", "VNM", "CUB", *Y23, 270e6, "USD", 15.0),
      fact("exports", "VNM", "CUB", *Y23, 250e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CHANGES_IN_MONEY_AND_BEFORE_PARTS)
def test_changes_in_money_and_before_parts(text: str, expected: list[Fact]) -> None:
    assert facts(text, date(2024, 6, 1)) == set(expected)


#: A ranking that names whose goods the partner takes ("the top buyer of Kenyan tea", "the largest
#: market for Chilean copper", "... for Vietnam's exports") gives the exporter and the goods, also
#: in a story's first figure (such a sentence with no flow word had not been read at all).
RANKED_BUYERS_OF_GOODS = [
    ("NAIROBI - Pakistan was the largest buyer of Kenyan tea at $600 million in 2023.",
     [fact("exports", "KEN", "PAK", *Y23, 600e6, "USD", product=True)]),
    ("NAIROBI - Pakistan remained the top buyer of Kenyan tea, taking $600 million worth in 2023.",
     [fact("exports", "KEN", "PAK", *Y23, 600e6, "USD", product=True)]),
    ("SANTIAGO - China was the largest market for Chilean copper, with $20 billion in 2023.",
     [fact("exports", "CHL", "CHN", *Y23, 20e9, "USD", product=True)]),
    ("HANOI - The US was the largest market for Vietnam's exports, at $97 billion in 2023.",
     [fact("exports", "VNM", "USA", *Y23, 97e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RANKED_BUYERS_OF_GOODS)
def test_ranked_buyers_of_goods(text: str, expected: list[Fact]) -> None:
    assert facts(text, date(2024, 6, 1)) == set(expected)


#: A sentence opening on "Of" and a whole that names no partner ("Of Chile's $95 billion in
#: exports last year, $38 billion went to China") gives the part only: the whole went everywhere
#: (it had been a second figure of exports to China).
WHOLES_OPENED_BY_OF = [
    ("SANTIAGO - Of Chile's $95 billion in exports in 2023, $38 billion went to China.",
     [fact("exports", "CHL", "CHN", *Y23, 38e9, "USD")]),
    ("Of Peru's $63 billion in exports in 2023, $21 billion went to China.",
     [fact("exports", "PER", "CHN", *Y23, 21e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WHOLES_OPENED_BY_OF)
def test_wholes_opened_by_of(text: str, expected: list[Fact]) -> None:
    assert facts(text, date(2024, 6, 1)) == set(expected)


#: A part followed by "of" and the whole it is taken from ("$2.3 billion of Iraq's $50 billion
#: import bill"): the whole names no partner and is the country's total (it had been a second
#: figure, of imports from Turkey); a pair's whole after the part stays a figure.
WHOLES_AFTER_A_PART = [
    ("BAGHDAD - Imports from Turkey accounted for $2.3 billion of Iraq's $50 billion import bill in 2023.",
     [fact("imports", "IRQ", "TUR", *Y23, 2.3e9, "USD")]),
    ("Shipments to Japan made up ¥900 billion of the country's total ¥7 trillion in 2023, Thailand's "
     "commerce ministry said.",
     [fact("exports", "THA", "JPN", *Y23, 900e9, "JPY")]),
    ("Ghana's exports to Togo accounted for $400 million of the $500 million in trade between Ghana and "
     "Togo in 2023.",
     [fact("exports", "GHA", "TGO", *Y23, 400e6, "USD"), fact("turnover", "GHA", "TGO", *Y23, 500e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WHOLES_AFTER_A_PART)
def test_wholes_after_a_part(text: str, expected: list[Fact]) -> None:
    assert facts(text, date(2024, 6, 1)) == set(expected)


#: A period in a clause of its own after the amount ("... to $1.6 billion after Manila halted
#: imports in September") dates that clause's event, not the amount: the amount keeps the
#: period named before it (it had been September's).
PERIODS_OF_A_LATER_CLAUSE = [
    ("In the first nine months of 2023, Chile's exports to Peru fell to $1.6 billion after Lima "
     "raised tariffs in October.",
     [fact("exports", "CHL", "PER", "2023-01-01", "2023-09-30", 1.6e9, "USD")]),
    ("In 2023, Kenya's tea exports to Egypt reached $300 million as Cairo cut duties in March.",
     [fact("exports", "KEN", "EGY", *Y23, 300e6, "USD", product=True)]),
    # a prepositional phrase is no clause: "as of" still dates the amount (a running total from January)
    ("Kenya's exports to Uganda stood at $1.2 billion as of September 2023.",
     [fact("exports", "KEN", "UGA", "2023-01-01", "2023-09-30", 1.2e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PERIODS_OF_A_LATER_CLAUSE)
def test_periods_of_a_later_clause(text: str, expected: list[Fact]) -> None:
    assert facts(text, date(2024, 6, 1)) == set(expected)


#: A change stated as "an increase over" or "up X% on" an earlier amount: the earlier amount is
#: the comparison, with its own period, and the change is the main figure's (it had gone to
#: the earlier amount, read as a second main figure).
CHANGES_OVER_AN_EARLIER_AMOUNT = [
    ("Ghana's exports to Togo in Q3 2023 stood at GH¢1.7 billion, representing a 9.8 per cent increase "
     "over the GH¢1.55 billion registered in Q2 2023.",
     [fact("exports", "GHA", "TGO", "2023-07-01", "2023-09-30", 1.7e9, "GHS", 9.8),
      fact("exports", "GHA", "TGO", "2023-04-01", "2023-06-30", 1.55e9, "GHS")]),
    ("Irish exports to Canada were €2.2bn in 2023, up 6% on €2.08bn in 2022.",
     [fact("exports", "IRL", "CAN", *Y23, 2.2e9, "EUR", 6.0),
      fact("exports", "IRL", "CAN", "2022-01-01", "2022-12-31", 2.08e9, "EUR")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CHANGES_OVER_AN_EARLIER_AMOUNT)
def test_changes_over_an_earlier_amount(text: str, expected: list[Fact]) -> None:
    assert facts(text, date(2024, 6, 1)) == set(expected)


#: A bare "$" after a figure the sentence marked in a dollar of one of its two countries is
#: that dollar (a Pacific paper marks its currency once); a dinar before it leaves "$" the US
#: dollar.
DOLLARS_MARKED_ONCE_IN_THE_SENTENCE = [
    ("Samoa's imports from Fiji were valued at FJ$88.2 million in 2023, while exports to Fiji stood at "
     "$12.5m.",
     [fact("imports", "WSM", "FJI", *Y23, 88.2e6, "FJD"),
      fact("exports", "WSM", "FJI", *Y23, 12.5e6, "FJD")]),
    ("Jamaica's imports from Guyana reached J$9 billion in 2023, and exports to Guyana $1.1 billion.",
     [fact("imports", "JAM", "GUY", *Y23, 9e9, "JMD"), fact("exports", "JAM", "GUY", *Y23, 1.1e9, "JMD")]),
    ("Bahrain's imports from India were BD 500 million in 2023, while exports to India stood at $400 "
     "million.",
     [fact("imports", "BHR", "IND", *Y23, 500e6, "BHD"), fact("exports", "BHR", "IND", *Y23, 400e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DOLLARS_MARKED_ONCE_IN_THE_SENTENCE)
def test_dollars_marked_once_in_the_sentence(text: str, expected: list[Fact]) -> None:
    assert facts(text, date(2024, 6, 1)) == set(expected)


#: A comparison amount told with its period's possessive ("compared with 2022's $9.04
#: billion") is the comparison; the change is the main figure's (they had been swapped).
COMPARISONS_WITH_A_PERIODS_POSSESSIVE = [
    ("In 2023, trade between Laos and Thailand grew 11.7% compared with 2022's US$ 9.04 billion, reaching "
     "a record US$ 10.1 billion.",
     [fact("turnover", "LAO", "THA", *Y23, 10.1e9, "USD", 11.7),
      fact("turnover", "LAO", "THA", "2022-01-01", "2022-12-31", 9.04e9, "USD")]),
    ("Laos's exports to Thailand rose 8% in 2023 against the previous year's $2.5 billion, to $2.7 billion.",
     [fact("exports", "LAO", "THA", *Y23, 2.7e9, "USD", 8.0),
      fact("exports", "LAO", "THA", "2022-01-01", "2022-12-31", 2.5e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COMPARISONS_WITH_A_PERIODS_POSSESSIVE)
def test_comparisons_with_a_periods_possessive(text: str, expected: list[Fact]) -> None:
    assert facts(text, date(2024, 6, 1)) == set(expected)


def test_a_period_labelling_the_amount_after_it_does_not_date_the_one_before() -> None:
    """ "- Bilateral trade: €11.3 billion (H1 2022: €10.6 billion)" in a brief on H1 2023: the
    label dates the €10.6 billion only (the €11.3 billion had taken H1 2022 too)."""
    brief = (
        "MADRID - Key figures on trade between Spain and Tunisia in H1 2023:\n\n"
        "- Bilateral trade: €11.3 billion (H1 2022: €10.6 billion)"
    )
    assert facts(brief, date(2023, 9, 1)) == {
        fact("turnover", "ESP", "TUN", "2023-01-01", "2023-06-30", 11.3e9, "EUR"),
        fact("turnover", "ESP", "TUN", "2022-01-01", "2022-06-30", 10.6e9, "EUR"),
    }


@pytest.mark.parametrize("aside", ["meanwhile", "however", "in turn"])
def test_goods_before_an_aside_set_off_by_commas(aside: str) -> None:
    """ "Exports of palm oil, meanwhile, fell to $212 million": the goods end before the aside
    (they had been "palm oil, meanwhile", which names no goods, so the figure had none)."""
    story = (
        "JAKARTA - Malaysia's exports to Australia rose 5% to $3 billion in 2023. "
        f"Exports of palm oil, {aside}, fell to $212 million."
    )
    assert fact("exports", "MYS", "AUS", *Y23, 212e6, "USD", product=True) in facts(story, date(2024, 3, 1))


@pytest.mark.parametrize("aside", ["mostly blended for re-export to Niger", "largely shipped on to Niger"])
def test_a_participle_aside_names_no_second_partner(aside: str) -> None:
    """ "Tea exports to Ghana, mostly blended for re-export to Niger, climbed to ...": Niger is in
    an aside, no second partner of the figure (it had been dropped as several partners')."""
    story = f"ACCRA - Kenya's tea exports to Ghana, {aside}, climbed to $32 million in 2023."
    assert facts(story, date(2024, 3, 1)) == {fact("exports", "KEN", "GHA", *Y23, 32e6, "USD", product=True)}


def test_a_long_list_of_goods_after_the_flow_noun() -> None:
    """ "Sales of Brazilian passenger cars and light commercial vehicles to Argentina": the goods
    run past 40 characters (the figure had lost them)."""
    story = (
        "SAO PAULO - Sales of Brazilian passenger cars and light commercial vehicles to Argentina were worth "
        "R$ 9 billion in 2023."
    )
    assert facts(story, date(2024, 3, 1)) == {fact("exports", "BRA", "ARG", *Y23, 9e9, "BRL", product=True)}


@pytest.mark.parametrize(
    "retraction",
    [
        "Correction: An earlier version of this story said Ghana's exports to Togo stood at $4.9 billion in "
        "2023.",
        "An earlier version of this article incorrectly said Ghana's exports to Togo stood at $4.9 billion "
        "in 2023.",
    ],
)
def test_a_retracted_figure_is_no_fact_and_the_correct_one_takes_its_place(retraction: str) -> None:
    """A correction's withdrawn figure is no fact (it had been one); "The correct figure is
    $3.9 billion" is the same flow and period (it had been no figure at all)."""
    story = (
        f"ACCRA - Ghana's trade with Togo grew in 2023.\n\n{retraction} The correct figure is $3.9 billion."
    )
    assert facts(story, date(2024, 3, 1)) == {fact("exports", "GHA", "TGO", *Y23, 3.9e9, "USD")}


@pytest.mark.parametrize(
    "retraction",
    [
        "Correction: This story previously gave Ghana's exports to Togo in 2023 as $4.9 billion.",
        "The article had misstated Ghana's exports to Togo in 2023 as $4.9 billion.",
        "This report originally put Ghana's exports to Togo at $4.9 billion in 2023.",
    ],
)
def test_a_figure_the_story_previously_gave_is_no_fact(retraction: str) -> None:
    """ "This story previously gave ... as $N", "had misstated": a correction after the right
    figure withdraws the one it repeats (it had been a second fact beside the right one)."""
    story = f"ACCRA - Ghana's exports to Togo were worth $3.9 billion in 2023.\n\n{retraction}"
    assert facts(story, date(2024, 3, 1)) == {fact("exports", "GHA", "TGO", *Y23, 3.9e9, "USD")}


@pytest.mark.parametrize(
    "retraction",
    [
        "Correction: An earlier version misstated Ghana's exports to Togo in 2023 as $4.9 billion.",
        "A previous version wrongly gave Ghana's exports to Togo in 2023 as $4.9 billion.",
        "The original version misidentified the trade minister and said Ghana's exports to Togo were "
        "$4.9 billion in 2023.",
        "An earlier version of this blog put Ghana's exports to Togo at $4.9 billion in 2023.",
        "A previous version wrongly listed Ghana's exports to Togo in 2023 as $4.9 billion.",
        "An earlier version had mistakenly referred to Ghana's exports to Togo of $4.9 billion in 2023.",
        "The original version erroneously misidentified the minister and gave Ghana's exports to Togo"
        " in 2023 as $4.9 billion.",
    ],
)
def test_a_figure_an_earlier_version_misstated_is_no_fact_though_the_piece_is_untold(retraction: str) -> None:
    """ "An earlier version misstated ... as $N": a version that misstated, gave or said is the
    piece's own, "of this story" untold (the withdrawn figure had been a second fact)."""
    story = f"ACCRA - Ghana's exports to Togo were worth $3.9 billion in 2023.\n\n{retraction}"
    assert facts(story, date(2024, 3, 1)) == {fact("exports", "GHA", "TGO", *Y23, 3.9e9, "USD")}


@pytest.mark.parametrize(
    "restated",
    [
        "The correct figure is $3.9 billion.",
        "The corrected amount was $3.9 billion.",
        "The correct value is $3.9bn.",
    ],
)
def test_a_correct_figure_the_story_already_gave_is_no_second_fact(restated: str) -> None:
    """A correction's "The correct figure is $N", after a figure the story already gave, repeats
    it: one fact, with the goods and change the story gave it (read through the withdrawn
    sentence, the figure had been a second fact without its goods)."""
    story = (
        "ACCRA - Ghana's exports of cocoa beans to Togo rose 8% to $3.9 billion in 2023.\n\n"
        "Correction: An earlier version of this story misstated Ghana's exports to Togo as $4.9 billion. "
        f"{restated}"
    )
    assert facts(story, date(2024, 3, 1)) == {fact("exports", "GHA", "TGO", *Y23, 3.9e9, "USD", 8.0, True)}


def test_a_correct_figure_of_another_value_than_the_story_gave_stands() -> None:
    """A correct figure the story did not give before is the flow's fact."""
    story = (
        "ACCRA - Ghana's exports of cocoa beans to Togo rose 8% to $3.9 billion in 2023.\n\n"
        "Correction: An earlier version of this story misstated Ghana's total exports to Togo as "
        "$4.9 billion. The correct figure is $5.2 billion."
    )
    assert fact("exports", "GHA", "TGO", *Y23, 5.2e9, "USD") in facts(story, date(2024, 3, 1))


@pytest.mark.parametrize(
    "opening",
    [
        "The earlier version put forward by the ministry said",
        "The report previously put forward by the ministry said",
    ],
)
def test_a_version_put_forward_is_no_correction(opening: str) -> None:
    """A draft's "earlier version put forward by" is no correction, nor a report "previously
    put forward": its figure stands."""
    story = f"ACCRA - {opening} Ghana's exports to Togo reached $3.9 billion in 2023."
    assert facts(story, date(2024, 3, 1)) == {fact("exports", "GHA", "TGO", *Y23, 3.9e9, "USD")}


def test_a_plan_mistakenly_put_forward_retracts_nothing() -> None:
    """ "mistakenly put forward" tells of a plan, not of a figure the story got wrong."""
    from orchestration.extraction.boilerplate import retracts

    assert not retracts("Officials mistakenly put forward a plan to cut tariffs on $4.9 billion of goods.")


@pytest.mark.parametrize(
    "story",
    [
        "LOME - Togo's imports from Benin, which officials had wrongly listed as transit goods before"
        " 2021, rose to $1.4 billion in 2023.",
        "LOME - Togo's imports from Benin rose to $1.4 billion in 2023, the bulletin previously referred"
        " to by the governor showed.",
        "LOME - Togo's imports from Benin rose to $1.4 billion in 2023, said importers who had been"
        " mistakenly referred to the port authority.",
    ],
)
def test_a_sentence_that_lists_or_refers_wrongly_is_no_correction(story: str) -> None:
    """Outside "an earlier version ...", "wrongly listed", "mistakenly referred" or "previously
    referred to" tell of the world, not of a story's error: the figure stands (it had been read
    as a withdrawn figure and lost)."""
    assert facts(story, date(2024, 3, 1)) == {fact("imports", "TGO", "BEN", *Y23, 1.4e9, "USD")}


@pytest.mark.parametrize("opener", ["By comparison", "Meanwhile", "In 2023"])
def test_the_subject_after_a_short_opener_is_no_aside(opener: str) -> None:
    """ "By comparison, Jamaica's imports from the United States, its largest trading partner,
    stood at ...": the possessive after the opener's comma is the subject, not an aside (its
    imports had been left out, and "trading partner" made the figure a turnover)."""
    story = (
        f"KINGSTON - {opener}, Jamaica's imports from the United States, its largest trading partner, stood "
        "at US$2.9 billion in 2023."
    )
    assert facts(story, date(2024, 3, 1)) == {fact("imports", "JAM", "USA", *Y23, 2.9e9, "USD")}


@pytest.mark.parametrize(
    ("sentence", "labelled"),
    [
        ("The Salta province alone exported goods worth $820 million to Chile in 2023.", False),
        ("Mendoza State accounted for the bulk, with exports from Mendoza ports to Chile at $1.5 billion in "
         "2023.", False),
        ("Border provinces such as Salta, whose trade with Chile exceeded $1.3 billion in 2023, gained most.",
         False),
        # a region that reports, records or posts a flow is its subject as one that makes it
        ("The Mendoza province recorded trade with Chile of $1.1 billion in 2023.", False),
        ("Mendoza Region saw its foreign trade with Chile climb 8 percent to $900 million in 2023.", False),
        ("Argentina recorded trade with Chile of $9.1 billion in 2023.", True),
        # the country's figure, a region named in an aside, is one
        ("Argentina's exports to Chile, including from the Salta region, reached $2 billion in 2023.", True),
    ],
)  # fmt: skip
def test_a_provinces_or_ports_figure_is_no_countrys(sentence: str, labelled: bool) -> None:
    """ "The Vojvodina province alone exported ...", "Border provinces such as Tay Ninh, whose trade
    with Cambodia exceeded ...": a region's trade, not its country's (they had been facts)."""
    assert bool(facts(f"BUENOS AIRES - {sentence}", date(2024, 3, 1))) == labelled


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 2023 the United States sold $4.4 billion of corn to Colombia.",
         fact("exports", "USA", "COL", *Y23, 4.4e9, "USD", product=True)),
        ("United States shipped $4.4 billion of corn to Colombia in 2023.",
         fact("exports", "USA", "COL", *Y23, 4.4e9, "USD", product=True)),
        ("The Federated States of Micronesia exported $40 million of tuna to Japan in 2023.",
         fact("exports", "FSM", "JPN", *Y23, 40e6, "USD", product=True)),
    ],
)  # fmt: skip
def test_the_unit_noun_of_a_countrys_name_is_no_region(sentence: str, expected: Fact) -> None:
    """ "The United States exported $15.2 billion of soybeans to China": "States exported" is the
    country's name before its verb, not a region's flow (the figure had been dropped as a region's)."""
    assert facts(f"BOGOTA - {sentence}", date(2024, 3, 1)) == {expected}


@pytest.mark.parametrize("share", ["alone accounting for", "making up", "representing"])
def test_a_part_told_with_with_is_a_figure_of_its_goods(share: str) -> None:
    """ "exports to India totalled $5.1 billion, with soybean oil alone accounting for $3.9 billion":
    the part is the same flow, of its goods (it had been no figure)."""
    story = f"LIMA - Peru's exports to India totalled $5.1 billion in 2023, with copper {share} $3.9 billion."
    assert facts(story, date(2024, 3, 1)) == {
        fact("exports", "PER", "IND", *Y23, 5.1e9, "USD"),
        fact("exports", "PER", "IND", *Y23, 3.9e9, "USD", product=True),
    }


def test_a_price_written_out_in_full_is_no_figure() -> None:
    """ "Crude palm oil was offered at around $1,085 a ton ..., compared with $1,140 for crude
    soyoil": a price, whose comparison had become a trade figure; "$850,000" stays one."""
    prices = (
        "MUMBAI - India's palm oil imports from Indonesia in 2023 were worth $1.94 billion. Purchases from "
        "Malaysia were valued at $690 million in the same year.\n\n"
        "Crude palm oil was offered at around $1,085 a ton, including cost, insurance and freight, in India "
        "for November shipments, compared with $1,140 for crude soyoil."
    )
    assert not any(f[5] < 1e6 for f in facts(prices, date(2024, 3, 1)))
    small = "NAIROBI - Kenya's exports to Uganda reached $850,000 in 2023."
    assert facts(small, date(2024, 3, 1)) == {fact("exports", "KEN", "UGA", *Y23, 850e3, "USD")}


def test_shillings_written_with_a_closing_slash_dash() -> None:
    """ "rose to 1.02trn/- in 2023 from 846bn/- in 2022", Tanzanian style: shillings of the
    figure's country (there had been no figure at all)."""
    story = "DAR ES SALAAM - Tanzania's exports to Burundi rose to 1.02trn/- in 2023 from 846bn/- in 2022."
    assert facts(story, date(2024, 3, 1)) == {
        fact("exports", "TZA", "BDI", *Y23, 1.02e12, "TZS"),
        fact("exports", "TZA", "BDI", "2022-01-01", "2022-12-31", 846e9, "TZS"),
    }


def test_trade_spoken_of_in_a_pairs_talks_is_the_pairs() -> None:
    """ "the talks touched on ways to increase trade, which stood at about $600 million last year"
    in a story of two presidents' talks: the two countries' trade (it had no sides, and no fact);
    a country's own total ("Kenya's trade, which stood at ...") is not."""
    story = (
        "CAIRO - President Abdel-Fattah El-Sisi received his Kenyan counterpart William Ruto in Cairo on "
        "Monday. A spokesman said the talks touched on ways to increase trade, which stood at about $600 "
        "million in 2023."
    )
    assert facts(story, date(2024, 3, 18)) == {fact("turnover", "EGY", "KEN", *Y23, 600e6, "USD")}
    own = "CAIRO - Kenya's trade, which stood at $60 billion in 2023, grew."
    assert facts(own, date(2024, 3, 18)) == set()


def test_exporters_named_before_the_flow_are_no_product() -> None:
    """ "Enterprise Ireland client companies' exports to Mexico": who exported, not what (the
    product had been "client companies'"); "Irish dairy exports" still name goods."""
    companies = (
        "DUBLIN - Enterprise Ireland client companies' exports to Mexico rose 22% to €410 million in 2023."
    )
    assert facts(companies, date(2024, 3, 5)) == {fact("exports", "IRL", "MEX", *Y23, 410e6, "EUR", 22.0)}
    dairy = "DUBLIN - Irish dairy exports to Mexico rose 22% to €410 million in 2023."
    assert facts(dairy, date(2024, 3, 5)) == {fact("exports", "IRL", "MEX", *Y23, 410e6, "EUR", 22.0, True)}


#: A year written as the label of the amount after it ("£1.4bn (2024: £1.2bn)", annual-report
#: style) dates that amount only; the figure before it keeps its own year.
LABELLED_COMPARISON_YEARS = [
    ("LONDON - UK-Kenya bilateral trade in 2023 was £1.4bn (2022: £1.2bn).",
     [fact("turnover", "GBR", "KEN", *Y23, 1.4e9, "GBP"),
      fact("turnover", "GBR", "KEN", "2022-01-01", "2022-12-31", 1.2e9, "GBP")]),
    # a colon after the year that opens the parts of the amount, no amount of its own: the year is
    # the amount's before it (the whole sentence had been lost)
    ("Uzbekistan's trade with Russia totalled $11.6 billion in 2023: exports $3.8 billion, imports $7.8 "
     "billion.",
     [fact("turnover", "UZB", "RUS", *Y23, 11.6e9, "USD"), fact("exports", "UZB", "RUS", *Y23, 3.8e9, "USD"),
      fact("imports", "UZB", "RUS", *Y23, 7.8e9, "USD")]),
]  # fmt: skip


#: The same figure restated in another currency inside parentheses that open in its clause,
#: after words the money reader does not size ("(about $61.4 billones, or COP 61.4 trillion)").
RESTATED_IN_PARENTHESES = [
    ("BOGOTA - Colombia imported goods worth US$14,760 million from China in 2023 (about $61.4 billones, or "
     "COP 61.4 trillion), an increase of 6.3%.",
     [fact("imports", "COL", "CHN", *Y23, 14.76e9, "USD", 6.3)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RESTATED_IN_PARENTHESES)
def test_a_figure_restated_in_parentheses(text: str, expected: list[Fact]) -> None:
    """The restatement in pesos had been a figure of its own, with the change."""
    assert facts(text, date(2024, 3, 5)) == set(expected)


@pytest.mark.parametrize(("text", "expected"), LABELLED_COMPARISON_YEARS)
def test_labelled_comparison_years(text: str, expected: list[Fact]) -> None:
    assert facts(text, date(2024, 3, 5)) == set(expected)


#: A gerund of change after a stated figure tells what the flows added up to, a fact ("were
#: worth $2.2bn, taking bilateral trade to $7bn"); after a target it stays a target, and the
#: gerund is no goods.
RESULTING_TOTALS = [
    ("Ghana's imports from Togo were worth $210 million in 2023, taking total trade between the two "
     "countries to $650 million.",
     [fact("imports", "GHA", "TGO", *Y23, 210e6, "USD"), fact("turnover", "GHA", "TGO", *Y23, 650e6, "USD")]),
    ("Peru's exports to Chile rose 8% to $1.9 billion in 2023, bringing bilateral trade to $4.4 billion.",
     [fact("exports", "PER", "CHL", *Y23, 1.9e9, "USD", 8.0),
      fact("turnover", "PER", "CHL", *Y23, 4.4e9, "USD")]),
    ("Peru and Chile agreed to raise exports to $3 billion by 2030, lifting bilateral trade to $6 billion.",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RESULTING_TOTALS)
def test_a_total_the_stated_figures_were_taken_to(text: str, expected: list[Fact]) -> None:
    """The Chilean story's "taking bilateral trade to US$ 7,042 million" had been a target."""
    assert facts(text, date(2024, 3, 5)) == set(expected)


#: A figure of a part of the story's period, marked "alone" ("In March alone, ..."), does not
#: become the period of the figures after it that state none.
PARTS_OF_THE_PERIOD = [
    ("Peru's exports to Chile reached $1.9 billion in 2023. In March alone, Peruvian fruit sales to "
     "Chile were worth $210 million. Imports from Chile were valued at $1.1 billion.",
     [fact("exports", "PER", "CHL", *Y23, 1.9e9, "USD"),
      fact("exports", "PER", "CHL", "2023-03-01", "2023-03-31", 210e6, "USD", product=True),
      fact("imports", "PER", "CHL", *Y23, 1.1e9, "USD")]),
    # without "alone" the month is the story's period from then on
    ("Peru's exports to Chile reached $1.9 billion in 2023. In March, Peruvian fruit sales to "
     "Chile were worth $210 million. Imports from Chile were valued at $100 million.",
     [fact("exports", "PER", "CHL", *Y23, 1.9e9, "USD"),
      fact("exports", "PER", "CHL", "2023-03-01", "2023-03-31", 210e6, "USD", product=True),
      fact("imports", "PER", "CHL", "2023-03-01", "2023-03-31", 100e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PARTS_OF_THE_PERIOD)
def test_a_part_of_the_period_is_not_the_storys_period(text: str, expected: list[Fact]) -> None:
    """The Chilean story's yearly imports had been dated January, after "In January of this year
    alone, copper sales to Korea were valued at ..."."""
    assert facts(text, date(2024, 3, 5)) == set(expected)


#: "The" is capitalized in some countries' names as written ("The Gambia", "The Bahamas"): the
#: country after it is still the partner.
CAPITALIZED_THE = [
    ("Senegal's exports to The Gambia reached 98.7 billion CFA francs in 2023.",
     [fact("exports", "SEN", "GMB", *Y23, 98.7e9, "XOF")]),
    ("Trade between Jamaica and The Bahamas reached $98.7 million in 2023.",
     [fact("turnover", "BHS", "JAM", *Y23, 98.7e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CAPITALIZED_THE)
def test_a_country_named_with_a_capitalized_the(text: str, expected: list[Fact]) -> None:
    """A Senegalese story's three figures with The Gambia had been missed."""
    assert facts(text, date(2024, 3, 5)) == set(expected)


#: Trade inside a bloc or region ("intra-CARICOM trade", "Intra-African exports") is no pair's,
#: however close it follows the pair's figures.
INSIDE_A_BLOC = [
    ("Jamaica's exports to Barbados rose to $60 million in 2023. Total intra-CARICOM trade was estimated "
     "at $2.4 billion.",
     [fact("exports", "JAM", "BRB", *Y23, 60e6, "USD")]),
    ("Ghana's exports to Togo rose to $600 million in 2023. Intra-regional merchandise exports reached "
     "$19 billion.",
     [fact("exports", "GHA", "TGO", *Y23, 600e6, "USD")]),
    # an aside between the bloc's trade and its verb
    ("Chile's exports to Peru rose to $2 billion in 2023. Intra-Alliance trade, however, fell 4% to "
     "$19 billion.",
     [fact("exports", "CHL", "PER", *Y23, 2e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), INSIDE_A_BLOC)
def test_trade_inside_a_bloc_is_no_pairs(text: str, expected: list[Fact]) -> None:
    """A Trinidad story's intra-CARICOM total had been the pair's two-way trade."""
    assert facts(text, date(2024, 3, 5)) == set(expected)


def test_million_dinars_abbreviated_md_are_the_story_countrys_dinars() -> None:
    text = (
        "TUNIS (TAP) - Tunisian exports to Algeria rose to 1,204.6 MD in 2024. Imports from Algeria "
        "totalled 512.3 MD in 2024."
    )
    found = {(f[0], f[5], f[6]) for f in facts(text, date(2025, 2, 10))}
    assert found == {("exports", 1204.6e6, "TND"), ("imports", 512.3e6, "TND")}


def test_the_other_flow_after_a_demonyms_flow_keeps_its_sides() -> None:
    text = (
        "Mongolia and Belarus traded goods worth $41 million in January-June 2024. Mongolian exports "
        "reached $9 million, imports - $32 million."
    )
    found = {(f[0], f[1], f[2], f[5]) for f in facts(text, date(2024, 7, 20))}
    assert ("imports", "MNG", "BLR", 32e6) in found
    assert ("exports", "MNG", "BLR", 9e6) in found


@pytest.mark.parametrize(
    "item",
    [
        "The main export items were cotton yarn (61.5 mln USD), fruit and vegetables.",
        "The top export item was cotton yarn, worth $61.5 million.",
    ],
)
def test_the_ranking_before_the_goods_and_their_amount(item: str) -> None:
    text = f"Tajikistan's exports to Kyrgyzstan reached $240 million in January-June 2024. {item}"
    found = facts(text, date(2024, 7, 20))
    assert ("exports", "TJK", "KGZ", "2024-01-01", "2024-06-30", 61.5e6, "USD", None, True) in found


@pytest.mark.parametrize(
    "gapped",
    [
        "with Turkey $2.1 billion and with China $1.4 billion.",
        "with Turkey - $2.1 billion, with China - $1.4 billion.",
        # a bloc in the list is no pair's, and the list goes on after it
        "with the EU $3 billion, with Turkey $2.1 billion and with China $1.4 billion.",
    ],
)
def test_gapped_clauses_name_more_partners_of_the_same_flow(gapped: str) -> None:
    text = f"Georgia's trade turnover with Azerbaijan amounted to $1.1 billion in 2024, {gapped}"
    found = {(f[0], f[1], f[2], f[5]) for f in facts(text, date(2025, 1, 20))}  # (pairs sorted)
    assert found == {
        ("turnover", "AZE", "GEO", 1.1e9),
        ("turnover", "GEO", "TUR", 2.1e9),
        ("turnover", "CHN", "GEO", 1.4e9),
    }


def test_a_gapped_list_whose_reporter_the_story_gives() -> None:
    text = (
        "Georgia's foreign trade reached $9 billion in January-May 2024. Among other partners, trade with "
        "Turkey reached $1.1 billion, with China $640 million and with Azerbaijan $360 million."
    )
    found = {(f[0], f[1], f[2], f[5]) for f in facts(text, date(2024, 6, 20))}  # (pairs sorted)
    assert found == {
        ("turnover", "GEO", "TUR", 1.1e9),
        ("turnover", "CHN", "GEO", 640e6),
        ("turnover", "AZE", "GEO", 360e6),
    }


@pytest.mark.parametrize(
    "goal",
    [
        "adding that the two countries aim to raise it to $2 billion",
        "and both governments plan to lift it to $2 billion by 2030",
    ],
)
def test_a_change_told_before_a_goal_is_the_figures_not_the_goals(goal: str) -> None:
    """ "..., up 27% from the previous year, adding that the two countries aim to raise it to $5
    billion": the goal's amount comes after the change, but the change is the figure's (it had
    gone to the goal, and the figure had none)."""
    text = (
        f"Trade between Jordan and Iraq reached $1.2 billion in 2024, up 18% from the previous year, {goal}."
    )
    assert facts(text, date(2025, 2, 3)) == {
        fact("turnover", "IRQ", "JOR", "2024-01-01", "2024-12-31", 1.2e9, "USD", 18.0)
    }


def test_a_change_inside_the_goal_stays_the_goals() -> None:
    text = (
        "Trade between Jordan and Iraq reached $1.2 billion in 2024. They aim to raise it by 50% to $1.8bn."
    )
    assert facts(text, date(2025, 2, 3)) == {
        fact("turnover", "IRQ", "JOR", "2024-01-01", "2024-12-31", 1.2e9, "USD")
    }


@pytest.mark.parametrize(
    "earned",
    ["export earnings from Canada", "export receipts from Canada", "export proceeds from Canada"],
)
def test_export_earnings_from_a_country_are_exports_to_it(earned: str) -> None:
    """ "Sri Lanka's export earnings from Canada": the market that paid, not the origin (the
    figure had had no partner and was dropped)."""
    text = f"Sri Lanka's {earned} rose to $410 million in 2023, up 6 percent."
    assert facts(text, date(2024, 2, 1)) == {
        fact("exports", "LKA", "CAN", "2023-01-01", "2023-12-31", 410e6, "USD", 6.0)
    }


def test_exports_from_a_country_are_still_its_own() -> None:
    text = "Exports from Sri Lanka to Canada rose to $410 million in 2023."
    assert facts(text, date(2024, 2, 1)) == {
        fact("exports", "LKA", "CAN", "2023-01-01", "2023-12-31", 410e6, "USD")
    }


@pytest.mark.parametrize(
    "after",
    [
        "leaving Egypt with one of its largest surpluses in sub-Saharan Africa",
        "under a preferential deal within the Common Market for Eastern and Southern Africa (COMESA)",
    ],
)
def test_a_region_or_bloc_told_after_a_partners_figure_is_context(after: str) -> None:
    """ "Imports from Senegal were $38 million, leaving Türkiye with its largest surplus in
    sub-Saharan Africa": the partner was named before the amount, so the region after it is
    no partner (the figure had been taken for a total with the region and dropped)."""
    text = f"Egypt's imports from Kenya were $61 million in 2023, {after}."
    assert facts(text, date(2024, 3, 1)) == {
        fact("imports", "EGY", "KEN", "2023-01-01", "2023-12-31", 61e6, "USD")
    }


def test_a_bloc_after_a_figure_with_no_partner_before_it_is_still_the_partner() -> None:
    text = "Egypt's exports were $61 million in 2023 to the Common Market for Eastern and Southern Africa."
    assert facts(text, date(2024, 3, 1)) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The Argentine province of Mendoza exported $180 million worth of wine to Brazil in 2023.",
        "The Indian state of Gujarat alone shipped $2 billion of diamonds to Belgium in 2023.",
        # an aside between the region and its verb
        "The Argentine province of Mendoza, meanwhile, exported $180 million of wine to Brazil in 2023.",
    ],
)
def test_a_named_regions_flow_is_no_countrys(sentence: str) -> None:
    """ "The Brazilian state of Goiás exported ...": one state's trade, not the country's (it
    had been the country's exports)."""
    assert facts(sentence, date(2024, 3, 1)) == set()


def test_the_state_of_a_country_is_the_country() -> None:
    text = "The State of Kuwait exported goods worth $2 billion to India in 2023."
    assert facts(text, date(2024, 3, 1)) == {
        fact("exports", "KWT", "IND", "2023-01-01", "2023-12-31", 2e9, "USD")
    }


def test_a_month_named_without_a_year_is_that_month_not_the_last_figures() -> None:
    """ "Exports rose to $21.9 billion in August. Exports to Germany were $1.89 billion in July":
    July (it had been August, the month of the figure before)."""
    text = (
        "Georgia's exports rose to $610 million in August. Its exports to Armenia were $41 million in July."
    )
    assert facts(text, date(2024, 9, 12)) == {
        fact("exports", "GEO", "ARM", "2024-07-01", "2024-07-31", 41e6, "USD")
    }


def test_a_month_without_a_year_takes_the_year_of_the_story_so_far() -> None:
    text = (
        "Georgia's exports rose to $560 million in August 2023, statistics published on Monday show. "
        "Georgia's exports to Armenia were $38 million in July."
    )
    assert facts(text, date(2024, 9, 12)) == {
        fact("exports", "GEO", "ARM", "2023-07-01", "2023-07-31", 38e6, "USD")
    }


@pytest.mark.parametrize(
    "amount",
    ["with exports valued at $88.2 million", "with shipments worth $88.2 million", "with $88.2 million"],
)
def test_a_ranked_market_with_its_amounts_flow_noun(amount: str) -> None:
    """ "The United States remained the largest export destination, with exports valued at
    $246.3 million": the noun after "with" names the ranked amount (it had been a flow of its own
    with no partner, and the figure was dropped)."""
    text = f"Nepal's exports rose in March 2024. India remained the largest export destination, {amount}."
    assert facts(text, date(2024, 4, 20)) == {
        fact("exports", "NPL", "IND", "2024-03-01", "2024-03-31", 88.2e6, "USD")
    }


@pytest.mark.parametrize(
    "amount", ["absorbing exports worth $88.2 million", "taking in shipments valued at $88.2 million"]
)
def test_a_ranked_market_taking_in_its_amounts_flow_noun(amount: str) -> None:
    """ "Egypt remained Sudan's top export market in May, absorbing exports worth $88.2 million":
    a participle of taking in after the ranking, like "with", names the ranked amount (the flow
    noun after it had been a flow of its own with no partner, and the figure was dropped)."""
    text = f"Nepal's exports rose in March 2024. India remained Nepal's largest export destination, {amount}."
    assert facts(text, date(2024, 4, 20)) == {
        fact("exports", "NPL", "IND", "2024-03-01", "2024-03-31", 88.2e6, "USD")
    }


def test_a_participle_of_taking_in_outside_a_ranking_is_no_ranked_amount() -> None:
    """A look-alike with no ranking: "absorbing" opens no ranked amount, and a flow told after it
    keeps its own sides."""
    text = "Ghana's exports to Togo rose to $50 million in 2023, absorbing exports from Benin."
    assert facts(text, date(2024, 4, 20)) == {
        fact("exports", "GHA", "TGO", "2023-01-01", "2023-12-31", 50e6, "USD")
    }


def test_a_story_that_names_its_country_only_by_its_statistics_office() -> None:
    """ "Goods exports to China fell ..., while sales to the United States kept climbing, Stats
    NZ says": New Zealand reports (the United States, a partner in the lead, had been the
    reporter). With no dateline, address nor outlet, a bare "$" is the dollar of the office
    quoted (`trade_currency.office_dollar`)."""
    text = (
        "Goods exports to China fell again in November, while sales to the United States kept "
        "climbing, Stats NZ says.\n\nExports to China fell 15 percent to $1.3 billion in November 2024."
    )
    assert facts(text, date(2024, 12, 18)) == {
        fact("exports", "NZL", "CHN", "2024-11-01", "2024-11-30", 1.3e9, "NZD", -15.0)
    }


@pytest.mark.parametrize(
    "levy", ["Customs receipts from Chinese imports", "Tax collections on imports from China"]
)
def test_levies_collected_on_trade_are_not_trade(levy: str) -> None:
    """ "Customs receipts from Chinese imports amounted to KSh 96 billion": revenue, not the
    imports (it had become an import figure with the partner of the sentence before)."""
    text = f"Kenya's export earnings from Egypt rose to KSh 34.5 billion in 2023. {levy} were KSh 96 billion."
    assert facts(text, date(2024, 3, 1)) == {
        fact("exports", "KEN", "EGY", "2023-01-01", "2023-12-31", 34.5e9, "KES")
    }


@pytest.mark.parametrize(
    "goal",
    [
        ", and the two governments aim to increase it by 50 percent within three years.",
        ". The two governments plan to boost it by 50 percent by 2027.",
        ", and the two governments hope to see it grow 20 percent next year.",
    ],
)
def test_a_goals_percentage_is_no_figures_change(goal: str) -> None:
    """ "..., and the two governments aim to increase it by 50 percent within three years": the
    goal's growth, not the figure's change (it had been given to the figure)."""
    text = f"Trade between Ghana and Morocco stood at $780 million in 2023{goal}"
    assert facts(text, date(2024, 3, 1)) == {
        fact("turnover", "GHA", "MAR", "2023-01-01", "2023-12-31", 780e6, "USD")
    }


def test_an_amount_a_flow_was_up_or_down_by_is_its_change() -> None:
    """ "were up $121 million (16 percent) to $878 million", "were down $187 million": the
    difference is no level (it had been a figure of its own)."""
    text = (
        "Fiji's exports to Australia were up $21 million (16 percent) to $152 million in 2023. "
        "Fiji's exports to Japan were down $8 million in 2023."
    )
    assert facts(text, date(2024, 3, 1)) == {
        fact("exports", "FJI", "AUS", "2023-01-01", "2023-12-31", 152e6, "USD", 16.0)
    }


def test_a_ranked_item_written_with_dots() -> None:
    """ "..., followed by the United Kingdom with $1.2 billion and the U.S. with $1.1 billion":
    "U.S." is an item of the list (it had been dropped)."""
    text = (
        "Germany was Morocco's top export market in August with $1.6 billion, followed by the U.K. with "
        "$1.2 billion and the U.S. with $1.1 billion."
    )
    found = {(f[2], f[5]) for f in facts(text, date(2024, 9, 20))}
    assert found == {("DEU", 1.6e9), ("GBR", 1.2e9), ("USA", 1.1e9)}


def test_the_largest_import_market_is_a_source_of_imports() -> None:
    """ "China was the largest import market, with $67.6 billion": the source of the home
    country's imports (the partner of the export figure before had been taken)."""
    text = (
        "The US remained Cambodia's largest export market in 2023, with $9.9 billion. China was the "
        "largest import market, with $11.9 billion."
    )
    assert facts(text, date(2024, 2, 1)) == {
        fact("exports", "KHM", "USA", "2023-01-01", "2023-12-31", 9.9e9, "USD"),
        fact("imports", "KHM", "CHN", "2023-01-01", "2023-12-31", 11.9e9, "USD"),
    }


@pytest.mark.parametrize("followed", [" with", ", with"])
def test_the_next_places_of_a_ranking_followed_with_amounts_respectively(followed: str) -> None:
    """ "The United Kingdom, India, Germany and Italy followed with $74.1 million, ... and $47.2
    million respectively": each country its amount, of the ranking's flow (they had been
    dropped)."""
    text = (
        "Tanzania's exports to India were $96 million in March 2024. Kenya, Uganda and China followed"
        f"{followed} $51 million, $38 million and $22 million respectively."
    )
    found = {(f[0], f[1], f[2], f[5]) for f in facts(text, date(2024, 5, 2))}
    assert found == {
        ("exports", "TZA", "IND", 96e6),
        ("exports", "TZA", "KEN", 51e6),
        ("exports", "TZA", "UGA", 38e6),
        ("exports", "TZA", "CHN", 22e6),
    }


def test_a_ranked_supplier_with_its_amounts_modified_flow_noun() -> None:
    """ "China was again the biggest supplier to Indonesia, with non-oil and gas imports of
    US$6.12 billion, ahead of Japan at US$1.24 billion": China's amount (it had gone to Japan)."""
    text = (
        "China was again the biggest supplier to Indonesia, with non-oil and gas imports of US$6.12 billion "
        "in October 2024, ahead of Japan at US$1.24 billion."
    )
    found = {(f[1], f[2], f[5]) for f in facts(text, date(2024, 11, 15))}
    assert found == {("IDN", "CHN", 6.12e9), ("IDN", "JPN", 1.24e9)}


def test_a_month_without_a_year_is_never_ahead_of_publication() -> None:
    """ "in December" after a January figure in a February story is last December (it had been
    the coming one)."""
    text = (
        "Georgia's exports rose to $610 million in January. Exports to Armenia were $41 million in December."
    )
    assert facts(text, date(2024, 2, 12)) == {
        fact("exports", "GEO", "ARM", "2023-12-01", "2023-12-31", 41e6, "USD")
    }


def test_figures_a_source_called_customs_receipts_gives_are_still_trade() -> None:
    """ "According to customs receipts, Mexico's imports from China reached ...": the receipts are
    the source, not what the amount counts (d68074a had dropped the figure)."""
    text = "According to customs receipts, Mexico's imports from China reached $9.8 billion in 2023."
    assert facts(text, date(2024, 3, 1)) == {
        fact("imports", "MEX", "CHN", "2023-01-01", "2023-12-31", 9.8e9, "USD")
    }


def test_a_pair_joined_by_a_spaced_hyphen_before_its_flow() -> None:
    """ "Vietnam - Thailand trade reached $20.4 billion" (the Vietnam News Agency's house style):
    one pair, not two clauses (the first country had been cut off, and the figure dropped)."""
    text = "HANOI (VNA) - The ministers met on Monday. Laos - Thailand trade reached $8.4 billion in 2023."
    assert facts(text, date(2024, 3, 1)) == {
        fact("turnover", "LAO", "THA", "2023-01-01", "2023-12-31", 8.4e9, "USD")
    }


@pytest.mark.parametrize(
    "company",
    [
        "Korean exports held up. Samsung Electronics' sales to Vietnam reached $42 billion in 2023.",
        "Japan's exports grew. Toyota's exports to Canada rose 12% to 5.1 trillion yen in 2023.",
        "Exports grew. Tatua Dairy Company's shipments to China were worth $310 million in 2023.",
        # a listed company named with its country's word
        "Saudi exports grew. Saudi Aramco's sales to India reached $28 billion in 2023.",
        # a firm named with its country's word and closed by a legal form, as with "said its"
        "Exports grew. Kenya Tea Packers Ltd.'s export sales to Egypt reached KSh 2.3 billion in 2023.",
        "Exports grew. United Nigeria Textiles Plc's exports to Ghana reached N3.2 billion in 2023.",
    ],
)
def test_a_companys_sales_to_a_country_are_no_countrys_exports(company: str) -> None:
    """ "Samsung Electronics' sales to China reached $42 billion": one company's, not the
    country's trade (it had become the story's country's exports)."""
    assert facts(company, date(2024, 3, 1)) == set()


@pytest.mark.parametrize(
    "firm",
    [
        "Kenyan tea exports grew. The company's export sales to Egypt came to KSh 4.1 billion in 2023.",
        "Sri Lanka's exports rose. The group's shipments to India were worth $85 million in 2023.",
        # "its" after a firm named with its country's word and a legal form
        "Exports grew. Kenya Tea Packers Ltd said its export sales to Egypt reached KSh 2.3 billion in 2023.",
    ],
)
def test_a_firm_named_by_a_noun_or_its_owns_its_sales(firm: str) -> None:
    """ "The company's export sales to Ghana came to N3.2 billion": one firm's sales, named by a
    noun of firms or by "its" after the firm (it had become the story's country's exports)."""
    assert facts(firm, date(2024, 3, 1)) == set()


@pytest.mark.parametrize(
    "story",
    [
        "HELSINKI - Finland's Valmet Oyj reported higher third-quarter net sales on Thursday, helped by "
        "orders from Sweden. Sales to Germany rose 5% to EUR 400 million in the third quarter of 2023.",
        "JOHANNESBURG - Sasol posted a rise in annual earnings, citing demand in Mozambique. Turnover held "
        "up, while deliveries to Namibia fell 9% to R2.1 billion in 2023.",
        # a name no gazetteer knows, reporting what only a firm reports, in a story of another country
        "NAIROBI - Kenya's tea sector grew strongly in 2023. Tolvano, which reported its "
        "annual results on Monday, said volumes rose. Sales to Uganda rose 9% to $21 million in 2023.",
    ],
)
def test_bare_sales_to_a_market_after_a_firms_results_are_the_firms(story: str) -> None:
    """ "Kongsberg Gruppen reported a 19% rise in first-quarter revenue ... Sales to Germany rose
    8% to NOK 1.3 billion": a bare "sales to <country>" after a company's results is the firm's
    revenue by market, no country's exports (the reporter had been guessed from the story)."""
    assert facts(story, date(2024, 3, 1)) == set()


@pytest.mark.parametrize(
    "story",
    [
        "TAMPERE - Wartsila won an order in Vietnam. Sales to Sweden rose 6% to EUR 210 million in the "
        "second quarter of 2023.",
        "STAVANGER - Aker Solutions secured two new contracts in Brazil. Deliveries to Denmark fell 4% to "
        "NOK 900 million in the third quarter of 2023.",
    ],
)
def test_bare_sales_after_a_firm_wins_business_are_the_firms(story: str) -> None:
    """ "Kongsberg won an order in South Korea. Sales to Germany rose 8%": a name no gazetteer
    knows as a country, a demonym, an official or a leader, winning an order or a contract, is a
    firm, and the bare "sales to <country>" after it its revenue (it had become exports of the
    dateline's country)."""
    assert facts(story, date(2024, 3, 1)) == set()


@pytest.mark.parametrize(
    "story",
    [
        "NAIROBI - Kenya won a contract to supply tea to Egypt. Sales to Pakistan rose 8% to $500 million "
        "in 2023.",
        "NAIROBI - Trade Minister Lee Kipkorir secured orders for Kenyan tea in Egypt. Sales to Pakistan "
        "rose 8% to $500 million in 2023.",
        "NAIROBI - Kenya's tea exports rose in 2023. They won new orders in Egypt. Sales to Pakistan rose "
        "8% to $500 million in 2023.",
        # a country reporting its earnings is no firm
        "NAIROBI - Kenya reported record export earnings in 2023. Sales to Pakistan rose 8% to $500 million "
        "in 2023.",
    ],
)
def test_bare_sales_after_a_country_or_an_official_wins_business_stay_the_countrys(story: str) -> None:
    """Look-alike: a country, a titled official or a pronoun winning business is no firm; the
    bare "sales to" goes on with the story's country."""
    found = {(f[0], f[1], f[2], f[5]) for f in facts(story, date(2024, 3, 1))}
    assert found == {("exports", "KEN", "PAK", 500e6)}


@pytest.mark.parametrize(
    "firm",
    [
        "Tata Steel Ltd, which reported its quarterly results on Tuesday, said profit doubled.",
        "Tata Steel Ltd, the country's second-largest producer, said quarterly profit doubled.",
        "Tata Steel Ltd, which has won a new contract in Brazil, said it expected growth.",
    ],
)
def test_bare_sales_after_a_firm_told_in_a_relative_clause_are_the_firms(firm: str) -> None:
    """The firm's results (or business won) may be told in a relative clause or an apposition
    after its name: a bare "sales to <country>" after it is still the firm's revenue (a country's
    flow told before had made it that country's exports)."""
    story = (
        f"MUMBAI - India's steel exports to Italy rose 7% to $1.1 billion in 2023. {firm} "
        "Sales to Italy rose 11% to $500 million in 2023."
    )
    found = {(f[0], f[1], f[2], f[5]) for f in facts(story, date(2024, 3, 1))}
    assert found == {("exports", "IND", "ITA", 1.1e9)}


def test_bare_sales_after_a_country_in_a_relative_clause_stay_the_countrys() -> None:
    """Look-alike: a country told that way is no firm, and the sales go on with the story's country."""
    text = (
        "NAIROBI - Kenya's tea exports to Pakistan rose to $600 million in 2023. Pakistan, which reported "
        "higher tea consumption, said imports would grow. Sales to Egypt rose 8% to $120 million in 2023."
    )
    found = {(f[0], f[1], f[2], f[5]) for f in facts(text, date(2024, 3, 1))}
    assert ("exports", "KEN", "EGY", 120e6) in found


def test_bare_sales_after_a_countrys_flow_stay_the_countrys() -> None:
    """Look-alike: with no firm's results told, a bare "sales to" goes on with the story's country."""
    text = (
        "NAIROBI - Kenya's tea exports rose to $1.2 billion in 2023. Sales to Pakistan rose 8% to $500 "
        "million."
    )
    found = {(f[0], f[1], f[2], f[5]) for f in facts(text, date(2024, 3, 1))}
    assert found == {("exports", "KEN", "PAK", 500e6)}


def test_its_after_a_country_still_owns_the_countrys_flow() -> None:
    text = "Kenya said its exports to Egypt reached KSh 9.8 billion in 2023."
    found = {(f[0], f[1], f[2], f[5]) for f in facts(text, date(2024, 3, 1))}
    assert found == {("exports", "KEN", "EGY", 9.8e9)}


def test_a_country_named_by_a_noun_still_owns_its_flow() -> None:
    text = (
        "Saudi Arabia's exports rose in 2023. The Kingdom's non-oil exports to India reached SR3.9 billion."
    )
    found = {(f[0], f[1], f[2], f[5]) for f in facts(text, date(2024, 3, 1))}
    assert found == {("exports", "SAU", "IND", 3.9e9)}


def test_bilateral_trade_after_a_sentence_naming_two_countries_is_theirs() -> None:
    """ "Trade between Indonesia and Saudi Arabia reached ... On Tuesday, Indonesian Foreign
    Minister X met Qatari Minister Y in Doha. Bilateral trade stood at $1.3 billion last year":
    Indonesia and Qatar's (the pair of the figure before had been taken)."""
    text = (
        "Trade between Malaysia and Saudi Arabia reached $5.7 billion in 2023.\n\nOn Tuesday, Malaysian "
        "Foreign Minister Mohamad Hasan met Qatari Minister of State Sultan Al-Muraikhi in Doha. Bilateral "
        "trade stood at $1.3 billion last year."
    )
    found = {(f[1], f[2], f[5]) for f in facts(text, date(2024, 3, 14))}  # (pairs sorted)
    assert found == {("MYS", "SAU", 5.7e9), ("MYS", "QAT", 1.3e9)}


def test_what_a_countrys_imports_cost_is_their_value() -> None:
    """ "Egypt's wheat imports from Russia cost $2.1 billion in 2023": their value (the verb
    "cost" had made it no trade)."""
    text = "Jordan's wheat imports from Romania cost $210 million in 2023, up 12% from a year earlier."
    assert facts(text, date(2024, 3, 1)) == {
        fact("imports", "JOR", "ROU", "2023-01-01", "2023-12-31", 210e6, "USD", 12.0, product=True)
    }


def test_a_month_without_a_year_is_the_one_nearest_the_storys_period() -> None:
    """ "They had stood at $2.9 billion in December. Imports were worth $4.1 billion in January" in
    a February story: last December and this January (January had been moved a year back)."""
    text = (
        "India's exports to Oman rose 12.6% to $3.4 billion in January. They had stood at $2.9 billion in "
        "December. Imports from Oman were worth $4.1 billion in January."
    )
    found = {(f[0], f[3], f[5]) for f in facts(text, date(2024, 2, 15))}
    assert found == {
        ("exports", "2024-01-01", 3.4e9),
        ("exports", "2023-12-01", 2.9e9),
        ("imports", "2024-01-01", 4.1e9),
    }


@pytest.mark.parametrize(
    "lead",
    [
        "China has been Peru's largest trading partner for ten years. ",
        "LIMA, Nov. 20 (Xinhua) -- ",
    ],
)
def test_a_currency_named_for_a_country_names_no_side(lead: str) -> None:
    """ "Bilateral trade reached 181.5 billion U.S. dollars in 2023, according to China's
    customs": China and Peru's (the United States, the currency's country, had been a side)."""
    text = f"{lead}Bilateral trade reached 38.5 billion U.S. dollars in 2023, according to Peru's customs."
    if "Xinhua" in lead:
        text += " China has been Peru's largest trading partner for ten years."
    found = {(f[1], f[2]) for f in facts(text, date(2024, 11, 20))}
    assert found == {("CHN", "PER")}


#: A flow told by a gerund after the amount: "earned $X from exporting goods to Y", "spent $X
#: importing wheat from Y" (neither had given a figure).
FLOWS_TOLD_BY_A_GERUND = [
    ("Sri Lanka earned $412 million from exporting garments to Germany in 2023, the EDB said.",
     date(2024, 2, 1),
     [fact("exports", "LKA", "DEU", "2023-01-01", "2023-12-31", 412e6, "USD", product=True)]),
    ("Jordan spent $730 million importing grain from Romania in 2023.", date(2024, 2, 1),
     [fact("imports", "JOR", "ROU", "2023-01-01", "2023-12-31", 730e6, "USD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), FLOWS_TOLD_BY_A_GERUND)
def test_flows_told_by_a_gerund(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "X remained Y's largest trading partner, with total trade of $V": the pair's total, though
#: "total trade" is otherwise a total with the world; a bloc ranked so is no pair (it had
#: taken the pair of the sentence before).
A_RANKED_PARTNERS_TOTAL = [
    ("Germany remained Poland's largest trading partner, with total trade of EUR 168 billion in 2023, "
     "down 2.1 percent.", date(2024, 3, 1),
     [fact("turnover", "POL", "DEU", "2023-01-01", "2023-12-31", 168e9, "EUR", -2.1)]),
    # the ranking's time or a hedge between "partner" and the total leaves it the pair's
    ("Italy was Austria's second most important trading partner last year with total trade of some "
     "€23 billion, narrowly ahead of Switzerland (€22.4 billion).", date(2024, 3, 1),
     [fact("turnover", "AUT", "ITA", "2023-01-01", "2023-12-31", 23e9, "EUR"),
      fact("turnover", "AUT", "CHE", "2023-01-01", "2023-12-31", 22.4e9, "EUR")]),
    ("Vietnam's trade with Japan reached $44 billion in 2023. The EU remained Vietnam's "
     "fourth-largest trading partner, with trade of $58 billion.", date(2024, 3, 1),
     [fact("turnover", "VNM", "JPN", "2023-01-01", "2023-12-31", 44e9, "USD")]),
    ("Japan remained Thailand's second-largest trading partner in the first half of this year, with total "
     "trade of $27.1 billion, up 3.5 per cent.", date(2024, 8, 1),
     [fact("turnover", "THA", "JPN", "2024-01-01", "2024-06-30", 27.1e9, "USD", 3.5)]),
    # a bloc behind "within"/"among" is the set the partner is ranked in when a country owns
    # the ranking; with no owner the bloc's members are the ones ranking
    ("Within the Gulf Cooperation Council, Oman stayed Bahrain's third-largest trading partner, with total "
     "trade of $1.9 billion in 2023.", date(2024, 3, 1),
     [fact("turnover", "BHR", "OMN", "2023-01-01", "2023-12-31", 1.9e9, "USD")]),
    ("Among European Union members, Spain was Morocco's biggest trading partner last year, with trade of "
     "€21 billion.", date(2024, 3, 1),
     [fact("turnover", "MAR", "ESP", "2023-01-01", "2023-12-31", 21e9, "EUR")]),
    ("Among Mercosur members, Brazil was the largest trading partner, with trade of $40 billion in 2023.",
     date(2024, 3, 1), []),
    # so is a region or bloc said of the partner noun itself ("<owner>'s largest African partner")
    ("Ghana is India's biggest African trade partner, with bilateral trade of $9.2 billion in 2023.",
     date(2024, 3, 1), [fact("turnover", "IND", "GHA", *Y23, 9.2e9, "USD")]),
    ("Indonesia remained Korea's second-largest ASEAN trading partner, with trade reaching $25 billion "
     "in 2023.",
     date(2024, 3, 1), [fact("turnover", "KOR", "IDN", *Y23, 25e9, "USD")]),
    # look-alike: the bloc is the ranked partner, no pair
    ("Africa is India's fourth largest trade partner, with bilateral trade of $98 billion in 2023.",
     date(2024, 3, 1), []),
    # a ranked partner with no owner is the partner of the story's home, not the pair before it
    ("Kenya's trade with Uganda reached $1.4 billion in 2023. Rwanda was the fastest-growing partner, with "
     "two-way trade reaching $310 million in 2023, up 18 percent.", date(2024, 3, 1),
     [fact("turnover", "KEN", "UGA", *Y23, 1.4e9, "USD"),
      fact("turnover", "KEN", "RWA", *Y23, 310e6, "USD", 18.0)]),
    ("Kenya's trade with Uganda reached $1.4 billion in 2023. Rwanda was the most dynamic partner in 2023, "
     "with bilateral trade of $310 million.", date(2024, 3, 1),
     [fact("turnover", "KEN", "UGA", *Y23, 1.4e9, "USD"),
      fact("turnover", "KEN", "RWA", *Y23, 310e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), A_RANKED_PARTNERS_TOTAL)
def test_a_ranked_partners_total(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A region in the sentence's opening phrase ("In Africa, ...", "Among Gulf partners, ...") sets
#: the scene of a figure whose partner is named; it had made the figure a bloc's.
A_FRAMING_REGION = [
    ("In South America, Ghana's trade with Brazil came to $2.3 billion in 2023.", date(2024, 3, 1),
     [fact("turnover", "GHA", "BRA", *Y23, 2.3e9, "USD")]),
    ("Elsewhere in Europe, Ghana's exports to Italy rose to $640 million in 2023.", date(2024, 3, 1),
     [fact("exports", "GHA", "ITA", *Y23, 640e6, "USD")]),
    ("Ghana's trade with Togo reached $1.1 billion in 2023. Among Asian partners, India was the "
     "fastest-growing partner, with two-way trade reaching $3.4 billion in 2023.", date(2024, 3, 1),
     [fact("turnover", "GHA", "TGO", *Y23, 1.1e9, "USD"),
      fact("turnover", "GHA", "IND", *Y23, 3.4e9, "USD")]),
    # a region told before a verb of saying frames the report; the speech names the partner
    ("In its monthly review of trade with Latin America, the Ghana Statistical Service reported that "
     "Ghana's exports to Chile reached $310 million in 2023.", date(2024, 3, 1),
     [fact("exports", "GHA", "CHL", *Y23, 310e6, "USD")]),
    # look-alikes: a region total with no partner, and a bloc's members ranking a partner
    ("In Africa, Ghana's trade reached $9.1 billion in 2023.", date(2024, 3, 1), []),
    ("The ministry reported that Ghana's exports to the EU reached $4 billion in 2023.",
     date(2024, 3, 1), []),
    ("Among Mercosur members, Brazil was the largest trading partner, with trade of $40 billion in 2023.",
     date(2024, 3, 1), []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), A_FRAMING_REGION)
def test_a_framing_region(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "<Country> was the fastest-growing buyer/market/destination/a bright spot, with <figure>":
#: the country the main clause describes is the with-clause's partner whatever the noun (only
#: "partner" had been understood; the figure took the pair told before, or was lost).
A_DESCRIBED_PARTNER = [
    ("Ghana's exports to Togo rose to $2 billion in 2023. Nigeria was the fastest-growing destination, "
     "with total trade reaching $640 million in 2023.", date(2024, 3, 1),
     [fact("exports", "GHA", "TGO", *Y23, 2e9, "USD"),
      fact("turnover", "GHA", "NGA", *Y23, 640e6, "USD")]),
    ("Ghana's exports to Togo rose to $2 billion in 2023. In Asia, Vietnam was the second-largest "
     "customer, with two-way trade of $410 million in 2023.", date(2024, 3, 1),
     [fact("exports", "GHA", "TGO", *Y23, 2e9, "USD"),
      fact("turnover", "GHA", "VNM", *Y23, 410e6, "USD")]),
    ("Elsewhere, Burkina Faso was a bright spot, with cocoa exports from Ghana reaching $95 million in 2023.",
     date(2024, 3, 1), [fact("exports", "GHA", "BFA", *Y23, 95e6, "USD", product=True)]),
    # look-alikes: a clause that describes no partner keeps no pair of its own
    ("Ghana's exports to Togo rose to $2 billion in 2023. Nigeria was hit by inflation, with total "
     "trade reaching $640 million in 2023.", date(2024, 3, 1),
     [fact("exports", "GHA", "TGO", *Y23, 2e9, "USD")]),
    ("Ghana was the top performer, with cocoa exports reaching $95 million in 2023.", date(2024, 3, 1), []),
    # a demonym that owns the with-clause's flow ("with Ghanaian exports", "with Ghanaian cocoa
    # exports") is its exporter, not a "with" partner, whatever pair the sentence before told
    # (its exporter had been taken)
    ("Ghana's exports to Togo rose to 9 billion cedis in 2023. Separately, the value of Togolese goods "
     "entering Ghana climbed to 3 billion cedis in 2023. Among West African partners, Benin was the "
     "fastest-growing market, with Ghanaian exports to Benin reaching 1.2 billion cedis in 2023.",
     date(2024, 3, 1),
     [fact("exports", "GHA", "TGO", *Y23, 9e9, "GHS"), fact("exports", "TGO", "GHA", *Y23, 3e9, "GHS"),
      fact("exports", "GHA", "BEN", *Y23, 1.2e9, "GHS")]),
    ("Ghana's exports to Togo rose to 9 billion cedis in 2023. Separately, the value of Togolese goods "
     "entering Ghana climbed to 3 billion cedis in 2023. Benin was a bright spot, with Ghanaian cocoa "
     "exports to Benin reaching 1.2 billion cedis in 2023.", date(2024, 3, 1),
     [fact("exports", "GHA", "TGO", *Y23, 9e9, "GHS"), fact("exports", "TGO", "GHA", *Y23, 3e9, "GHS"),
      fact("exports", "GHA", "BEN", *Y23, 1.2e9, "GHS", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), A_DESCRIBED_PARTNER)
def test_a_described_partner(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A change told after a figure and before the next item of a ranking ("..., up 4.1%,
#: followed by X at $V") is the figure's; the next item's amount had taken it.
A_CHANGE_BEFORE_THE_NEXT_ITEM = [
    ("Chile was Peru's largest trading partner in South America, with bilateral trade of $4.8 billion in "
     "2023, up 4.1 percent on the year, followed by Ecuador at $2.2 billion.", date(2024, 3, 1),
     [fact("turnover", "PER", "CHL", "2023-01-01", "2023-12-31", 4.8e9, "USD", 4.1),
      fact("turnover", "PER", "ECU", "2023-01-01", "2023-12-31", 2.2e9, "USD")]),
    # a change right before its amount, with no item between, is still that amount's
    ("Kenya's exports to Rwanda rose 9 percent to $310 million in 2023.", date(2024, 3, 1),
     [fact("exports", "KEN", "RWA", "2023-01-01", "2023-12-31", 310e6, "USD", 9.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), A_CHANGE_BEFORE_THE_NEXT_ITEM)
def test_a_change_before_the_next_item(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A "two-way"/"bilateral" figure in a sentence that names no pair, right after a total with
#: a bloc, goes on with the bloc's sides; a country the story names only later supplied none
#: (it had been the figure's partner).
A_BLOCS_TWO_WAY_TRADE = [
    ("Trade between Chile and Mercosur reached $18 billion in 2023. In the first half of this year two-way "
     "trade rose 6 percent to $9.4 billion. Chile's exports to Brazil climbed 3 percent to $2.9 billion in "
     "January-June.", date(2024, 8, 1),
     [fact("exports", "CHL", "BRA", "2024-01-01", "2024-06-30", 2.9e9, "USD", 3.0)]),
    # the pair's own "bilateral trade" after a figure of that pair is still the pair's
    ("Chile's exports to Brazil reached $6 billion in 2023. Bilateral trade rose 4 percent to $11 billion.",
     date(2024, 3, 1),
     [fact("exports", "CHL", "BRA", "2023-01-01", "2023-12-31", 6e9, "USD"),
      fact("turnover", "CHL", "BRA", "2023-01-01", "2023-12-31", 11e9, "USD", 4.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), A_BLOCS_TWO_WAY_TRADE)
def test_a_blocs_two_way_trade(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A round amount named as a line the figure crossed or a goal it beat ("exceeding the $50
#: billion target", "crossed the $2 billion mark") is no figure, and takes no change.
LINES_CROSSED = [
    ("Trade between India and the UAE reached $84.5 billion in 2023, up 16% from a year earlier, "
     "exceeding the $80 billion target the two governments had set for 2025.", date(2024, 3, 1),
     [fact("turnover", "IND", "ARE", "2023-01-01", "2023-12-31", 84.5e9, "USD", 16.0)]),
    ("Ghana's exports to Nigeria rose to $1.1 billion in 2023, the first time they had crossed the "
     "$1 billion mark.", date(2024, 3, 1),
     [fact("exports", "GHA", "NGA", "2023-01-01", "2023-12-31", 1.1e9, "USD")]),
]  # fmt: skip


LINES_CROSSED.append(
    ("Tanzania's exports to Kenya crossed the $1 billion mark in 2023, reaching $1.08 billion.",
     date(2024, 3, 1), [fact("exports", "TZA", "KEN", "2023-01-01", "2023-12-31", 1.08e9, "USD")])
)  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), LINES_CROSSED)
def test_lines_crossed(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


def test_commercial_exchanges_are_trade() -> None:
    """Translated Francophone copy calls trade "commercial exchanges" ("échanges commerciaux"):
    the sentence was skipped before its flow word was read."""
    text = "The volume of commercial exchanges between Senegal and Mali reached 1,2 billion dollars in 2023."
    assert facts(text, date(2024, 3, 1)) == {
        fact("turnover", "SEN", "MLI", "2023-01-01", "2023-12-31", 1.2e9, "USD")
    }


#: A flow in a clause after "that", behind a main clause about investment, is still a figure;
#: "trade" before a person's noun ("trade critic", "trade envoy") names no flow.
FLOWS_AFTER_THAT_AND_TRADE_PEOPLE = [
    ("The president welcomed Norwegian investment and noted that bilateral trade between Kenya and Norway "
     "had grown to 2.4 billion Norwegian kroner in 2023.", date(2024, 3, 1),
     [fact("turnover", "KEN", "NOR", "2023-01-01", "2023-12-31", 2.4e9, "NOK")]),
    ("Fidan affirmed Turkey's keenness to boost its presence in Malawi, noting that the volume of trade "
     "between Turkey and Malawi hit $61.4 million in 2023.", date(2024, 3, 1),
     [fact("turnover", "TUR", "MWI", "2023-01-01", "2023-12-31", 61.4e6, "USD")]),
    ("OTTAWA - Canada's trade with Japan reached $32 billion in 2023. Opposition trade critic Mary Ng "
     "questioned the cost of the trip, which the department put at $212,000.", date(2024, 3, 1),
     [fact("turnover", "CAN", "JPN", "2023-01-01", "2023-12-31", 32e9, "CAD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), FLOWS_AFTER_THAT_AND_TRADE_PEOPLE)
def test_flows_after_that_and_trade_people(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A goal told in a relative clause before the verb is the clause's, not the figure's; a flow of
#: services is no goods trade, whatever that clause says.
GOALS_IN_RELATIVE_CLAUSES = [
    ("Kenya's exports to Uganda, which the government hopes to double by 2027, rose 8.5 percent to "
     "$1.1 billion in 2023.", date(2024, 3, 1),
     [fact("exports", "KEN", "UGA", "2023-01-01", "2023-12-31", 1.1e9, "USD", 8.5)]),
    ("Trade in services between Kenya and Uganda, which the new pact will also cover, was worth "
     "$400 million in 2023.", date(2024, 3, 1), []),
    ("Bilateral trade between Egypt and Kenya, which the two governments aim to raise to $2 billion, rose "
     "12 percent to $640 million in 2023.", date(2024, 3, 1),
     [fact("turnover", "EGY", "KEN", "2023-01-01", "2023-12-31", 640e6, "USD", 12.0)]),
    # the deal that is the goal's subject is qualified before its verb: the goal is still the
    # relative clause's, the figure the flow's before it
    ("Trade between Malawi and Zambia, which the one-stop border agreement signed in Lusaka last year "
     "aims to lift to $900 million by 2028, grew 6 percent to $520 million in 2023.", date(2024, 3, 1),
     [fact("turnover", "MWI", "ZMB", "2023-01-01", "2023-12-31", 520e6, "USD", 6.0)]),
    ("Rwanda's exports to Burundi, which the customs deal between the two countries is expected to "
     "raise to $150 million, fell 4 percent to $61 million in 2023.", date(2024, 3, 1),
     [fact("exports", "RWA", "BDI", "2023-01-01", "2023-12-31", 61e6, "USD", -4.0)]),
    # a goal in a "when" clause after a year: that year's resolve, not the figure's
    ("Since 2015, when the two presidents pledged to remove non-tariff barriers, trade between Zambia and "
     "Malawi has grown steadily, reaching $410 million last year.", date(2024, 3, 1),
     [fact("turnover", "MWI", "ZMB", "2023-01-01", "2023-12-31", 410e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), GOALS_IN_RELATIVE_CLAUSES)
def test_goals_in_relative_clauses(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A change told without an amount, for a period of its own, belongs to no figure told before
#: for another period.
CHANGES_OF_ANOTHER_PERIOD = [
    ("Estonia's exports to Georgia amounted to EUR 88.2 million in 2023. In the first half of this year, "
     "Estonian exports to Georgia grew by 9.6 percent year-on-year.", date(2024, 10, 1),
     [fact("exports", "EST", "GEO", "2023-01-01", "2023-12-31", 88.2e6, "EUR")]),
    ("Estonia's exports to Georgia amounted to EUR 88.2 million in 2023. That was 9.6 percent more than "
     "in 2022.", date(2024, 10, 1),
     [fact("exports", "EST", "GEO", "2023-01-01", "2023-12-31", 88.2e6, "EUR", 9.6)]),
    # a month told without its year is a period of its own too (the April figure had taken March's change)
    ("Chile's purchases from Peru climbed to $96 million in April. Imports from Peru rose 3.8 percent in "
     "March.", date(2024, 5, 20),
     [fact("imports", "CHL", "PER", "2024-04-01", "2024-04-30", 96e6, "USD")]),
    ("Chile's purchases from Peru climbed to $96 million in April. Imports from Peru rose 3.8 percent in "
     "April.", date(2024, 5, 20),
     [fact("imports", "CHL", "PER", "2024-04-01", "2024-04-30", 96e6, "USD", 3.8)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CHANGES_OF_ANOTHER_PERIOD)
def test_changes_of_another_period(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A change told without an amount after a figure is that figure's only when the sentence
#: speaks of it: not of the other side's flow, nor after "Separately,".
CHANGES_OF_ANOTHER_FLOW = [
    ("New Zealand's dairy exports to Vietnam were worth NZ$1.3 billion in 2023. Vietnam's exports to New "
     "Zealand grew 8 percent.", date(2024, 3, 1),
     [fact("exports", "NZL", "VNM", "2023-01-01", "2023-12-31", 1.3e9, "NZD", product=True)]),
    ("New Zealand's dairy exports to Vietnam were worth NZ$1.3 billion in 2023. Separately, Vietnamese "
     "furniture sales grew 8 percent.", date(2024, 3, 1),
     [fact("exports", "NZL", "VNM", "2023-01-01", "2023-12-31", 1.3e9, "NZD", product=True)]),
    ("New Zealand's exports to Vietnam were worth NZ$1.3 billion in 2023. New Zealand exports to Vietnam "
     "grew 8 percent.", date(2024, 3, 1),
     [fact("exports", "NZL", "VNM", "2023-01-01", "2023-12-31", 1.3e9, "NZD", 8.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CHANGES_OF_ANOTHER_FLOW)
def test_changes_of_another_flow(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A sum over the years since a date is no figure of a period, and takes none from the story.
CUMULATIVE_SUMS = [
    ("Georgia's trade with Armenia reached $420 mln in the first half of 2024. Since 2015, cumulative "
     "trade between the two countries has exceeded $7 bln.", date(2024, 8, 1),
     [fact("turnover", "GEO", "ARM", "2024-01-01", "2024-06-30", 420e6, "USD")]),
    ("Exports to Japan have doubled since 2019 to $5 billion in 2023, Kenya's trade ministry said.",
     date(2024, 3, 1), [fact("exports", "KEN", "JPN", "2023-01-01", "2023-12-31", 5e9, "USD", 100.0)]),
]  # fmt: skip


CUMULATIVE_SUMS.append(
    ("Nepal's imports from India reached $9 billion in FY23. Nepal has paid $1.05 billion for Indian-built "
     "locomotives since 2016.", date(2024, 3, 1),
     [fact("imports", "NPL", "IND", "2022-07-17", "2023-07-16", 9e9, "USD")])
)  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CUMULATIVE_SUMS)
def test_cumulative_sums(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A year in a participle clause after the last amount ("..., reversing the surplus it ran in
#: 2023") dates the figures only when nothing else does.
TRAILING_PARTICIPLE_PERIODS = [
    ("Turkey's trade with Iraq reached $18 billion in the first ten months. Turkey's exports to Iraq fell "
     "2% to $11 billion, while imports rose 9% to $7 billion, narrowing the deficit Iraq ran in 2023.",
     date(2024, 11, 20),
     [fact("turnover", "TUR", "IRQ", "2024-01-01", "2024-10-31", 18e9, "USD"),
      fact("exports", "TUR", "IRQ", "2024-01-01", "2024-10-31", 11e9, "USD", -2.0),
      fact("imports", "TUR", "IRQ", "2024-01-01", "2024-10-31", 7e9, "USD", 9.0)]),
    ("Kenya's exports to Uganda reached $1.1 billion, making Uganda its top market in 2023.",
     date(2024, 3, 1), [fact("exports", "KEN", "UGA", "2023-01-01", "2023-12-31", 1.1e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), TRAILING_PARTICIPLE_PERIODS)
def test_trailing_participle_periods(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "..., followed by A and B at $X and $Y, respectively": each amount is the next place's, in
#: order (the second had been lost).
FOLLOWED_BY_RESPECTIVELY = [
    ("Egypt was the top destination for Jordanian exports at $410 million in the first quarter, followed "
     "by Iraq and Lebanon at $320 million and $150 million, respectively.", date(2024, 5, 1),
     {("EGY", 410e6), ("IRQ", 320e6), ("LBN", 150e6)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), FOLLOWED_BY_RESPECTIVELY)
def test_followed_by_respectively(text: str, published: date, expected: set) -> None:
    found = facts(text, published)
    assert {(f[2], f[5]) for f in found} == expected
    assert {(f[0], f[1], f[3], f[4]) for f in found} == {("exports", "JOR", "2024-01-01", "2024-03-31")}


#: A sum paid or spent for goods named for their country is an import from it ("Japanese buyers
#: paid ¥2.9 trillion for Australian LNG", "spent ₹4.3 lakh crore on Russian oil"), of those goods.
PURCHASES_PAID_FOR = [
    ("Korean utilities paid 3.1 trillion won for Qatari LNG in 2023.", date(2024, 3, 1),
     [fact("imports", "KOR", "QAT", "2023-01-01", "2023-12-31", 3.1e12, "KRW", product=True)]),
    ("Pakistani refiners spent $1.2 billion on Russian crude in 2023.", date(2024, 3, 1),
     [fact("imports", "PAK", "RUS", "2023-01-01", "2023-12-31", 1.2e9, "USD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PURCHASES_PAID_FOR)
def test_purchases_paid_for(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A currency code right after a partner's name is the amount's, not a word of a name ("from the
#: Republic of Korea USD 241.0 million" had kept the first partner).
CODES_AFTER_PARTNERS = [
    ("Nepal's imports from India were USD 8.1 billion in 2023, from China USD 1.9 billion and from the "
     "United Arab Emirates USD 0.6 billion.", date(2024, 3, 1),
     [fact("imports", "NPL", "IND", "2023-01-01", "2023-12-31", 8.1e9, "USD"),
      fact("imports", "NPL", "CHN", "2023-01-01", "2023-12-31", 1.9e9, "USD"),
      fact("imports", "NPL", "ARE", "2023-01-01", "2023-12-31", 0.6e9, "USD")]),
]  # fmt: skip


CODES_AFTER_PARTNERS.append(
    ("Sri Lanka's imports in 2023 came from India Rs 1,350 billion, China Rs 980 billion and the UAE "
     "Rs 410 billion.", date(2024, 3, 1),
     [fact("imports", "LKA", "IND", "2023-01-01", "2023-12-31", 1350e9, "LKR"),
      fact("imports", "LKA", "CHN", "2023-01-01", "2023-12-31", 980e9, "LKR"),
      fact("imports", "LKA", "ARE", "2023-01-01", "2023-12-31", 410e9, "LKR")])
)  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CODES_AFTER_PARTNERS)
def test_codes_after_partners(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A flow with no partner in a sentence that names another partner for its other figure is a
#: total, not the last figure's pair ("In February alone, exports totaled $447.9 million, while
#: exports to Armenia rose 18%" after a Russia figure).
TOTALS_BESIDE_ANOTHER_PARTNER = [
    ("Georgia's exports to Russia reached $98 million in February. In February alone, exports totaled "
     "$447.9 million, while exports to Azerbaijan rose 18% to $56.2 million.", date(2024, 3, 20),
     [fact("exports", "GEO", "RUS", "2024-02-01", "2024-02-29", 98e6, "USD"),
      fact("exports", "GEO", "AZE", "2024-02-01", "2024-02-29", 56.2e6, "USD", 18.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), TOTALS_BESIDE_ANOTHER_PARTNER)
def test_totals_beside_another_partner(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A change written right against an amount, in parentheses or after a comma, is that amount's,
#: not the next one's; "Canada US$" is a partner and the amount's currency.
CHANGES_WRITTEN_AGAINST_AMOUNTS = [
    ("Chile's exports to China were US$38.1 billion (+4.2%) in 2023 and exports to Japan "
     "US$7.9 billion (-6.0%).", date(2024, 3, 1),
     [fact("exports", "CHL", "CHN", "2023-01-01", "2023-12-31", 38.1e9, "USD", 4.2),
      fact("exports", "CHL", "JPN", "2023-01-01", "2023-12-31", 7.9e9, "USD", -6.0)]),
    ("In 2023, Chile's exports to China were $38.1 billion (+4.2%), then exports to Japan ($7.9 billion).",
     date(2024, 3, 1),
     [fact("exports", "CHL", "CHN", "2023-01-01", "2023-12-31", 38.1e9, "USD", 4.2),
      fact("exports", "CHL", "JPN", "2023-01-01", "2023-12-31", 7.9e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CHANGES_WRITTEN_AGAINST_AMOUNTS)
def test_changes_written_against_amounts(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: Changes listed after amounts listed with "respectively" go to them in order, with one verb
#: for all ("up 12.6 percent and 8.9 percent") or one each ("down 10.2 percent and up 4.3").
CHANGES_RESPECTIVELY = [
    ("Sri Lanka's exports to India and Italy stood at $0.9 billion and $0.6 billion in 2023, down 10.2 "
     "percent and up 4.3 percent respectively.", date(2024, 3, 1),
     [fact("exports", "LKA", "IND", "2023-01-01", "2023-12-31", 0.9e9, "USD", -10.2),
      fact("exports", "LKA", "ITA", "2023-01-01", "2023-12-31", 0.6e9, "USD", 4.3)]),
    ("Laos's imports from Thailand and China amounted to USD 2.9 billion and USD 1.7 billion in 2023, "
     "up 12.6 percent and 8.9 percent respectively.", date(2024, 3, 1),
     [fact("imports", "LAO", "THA", "2023-01-01", "2023-12-31", 2.9e9, "USD", 12.6),
      fact("imports", "LAO", "CHN", "2023-01-01", "2023-12-31", 1.7e9, "USD", 8.9)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CHANGES_RESPECTIVELY)
def test_changes_respectively(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: After a country's total with the world, partners named without a reporter trade with that
#: country, however often the partners are named (they had traded with each other).
PARTNERS_OF_THE_TOTALS_COUNTRY = [
    ("BISHKEK -- Kyrgyzstan's foreign trade turnover totaled $3.2 billion in January-March 2024. The "
     "largest shares fell to China (31.7%), Russia (22.4%) and Kazakhstan (8.5%). Trade with China "
     "amounted to $1.01 billion, with Russia $0.72 billion. Imports from China rose to $0.98 billion, and "
     "imports from Russia came to $0.61 billion.",
     date(2024, 4, 22),
     [fact("turnover", "KGZ", "CHN", "2024-01-01", "2024-03-31", 1.01e9, "USD"),
      fact("turnover", "KGZ", "RUS", "2024-01-01", "2024-03-31", 0.72e9, "USD"),
      fact("imports", "KGZ", "CHN", "2024-01-01", "2024-03-31", 0.98e9, "USD"),
      fact("imports", "KGZ", "RUS", "2024-01-01", "2024-03-31", 0.61e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PARTNERS_OF_THE_TOTALS_COUNTRY)
def test_partners_of_the_totals_country(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "X's largest export destination was Y with $V": the country named after the verb is the one
#: ranked, and the list after it goes on (none had been read).
RANKINGS_NAMED_AFTER_THE_VERB = [
    ("Armenia's largest export destination was Russia with $1.4 billion in 2023, followed by the UAE "
     "($0.9 billion) and China ($0.4 billion).", date(2024, 3, 1),
     [fact("exports", "ARM", "RUS", "2023-01-01", "2023-12-31", 1.4e9, "USD"),
      fact("exports", "ARM", "ARE", "2023-01-01", "2023-12-31", 0.9e9, "USD"),
      fact("exports", "ARM", "CHN", "2023-01-01", "2023-12-31", 0.4e9, "USD")]),
    # a region and a period between the ranking and its verb
    ("Portugal's largest export destination in Latin America last year was Brazil with 1.2 billion euros.",
     date(2024, 3, 1), [fact("exports", "PRT", "BRA", "2023-01-01", "2023-12-31", 1.2e9, "EUR")]),
    ("Chile's top export market within the Andean region in 2023 was Peru with $2.1 billion.",
     date(2024, 3, 1), [fact("exports", "CHL", "PER", "2023-01-01", "2023-12-31", 2.1e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), RANKINGS_NAMED_AFTER_THE_VERB)
def test_rankings_named_after_the_verb(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "In 2023, ... made up $48.9 million, or 187.5% of the 2022 level": a 2023 figure up 87.5%
#: (the level's year had dated it, and no change was read).
RATIOS_TO_AN_EARLIER_LEVEL = [
    ("MINSK, 12 June (BelTA) - In 2023, the trade between Belarus and Zambia made up $31.2 million, or "
     "187.5% of the 2022 level.", date(2024, 6, 12),
     [fact("turnover", "BLR", "ZMB", "2023-01-01", "2023-12-31", 31.2e6, "USD", 87.5)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), RATIOS_TO_AN_EARLIER_LEVEL)
def test_ratios_to_an_earlier_level(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "of which $X accounted for exports and $Y for imports": the parts' flows follow their amounts
#: (the first had stayed turnover, the second had become exports).
PARTS_WHOSE_FLOW_FOLLOWS = [
    ("In 2023, trade turnover between Georgia and Moldova amounted to $8.4 million, of which $5.1 million "
     "accounted for exports and $3.3 million for imports.", date(2024, 3, 1),
     [fact("turnover", "GEO", "MDA", "2023-01-01", "2023-12-31", 8.4e6, "USD"),
      fact("exports", "GEO", "MDA", "2023-01-01", "2023-12-31", 5.1e6, "USD"),
      fact("imports", "GEO", "MDA", "2023-01-01", "2023-12-31", 3.3e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PARTS_WHOSE_FLOW_FOLLOWS)
def test_parts_whose_flow_follows(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "reached SR4.5 billion, surpassing the SR4.1 billion recorded in January 2023": the amount
#: surpassed is a comparison, and its period is not the figure's (the figure had been dated 2023).
AMOUNTS_SURPASSED = [
    ("Oman's exports to India reached OMR 310 million in January 2024. Exports to China reached OMR 450 "
     "million, surpassing the OMR 410 million recorded in January 2023.", date(2024, 3, 1),
     [fact("exports", "OMN", "IND", "2024-01-01", "2024-01-31", 310e6, "OMR"),
      fact("exports", "OMN", "CHN", "2024-01-01", "2024-01-31", 450e6, "OMR"),
      fact("exports", "OMN", "CHN", "2023-01-01", "2023-01-31", 410e6, "OMR")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), AMOUNTS_SURPASSED)
def test_amounts_surpassed(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "between our two countries" in a quotation is the pair of the story, as "the two countries" is;
#: so is "between our countries", "between our nations" without the number (it had no sides).
OUR_TWO_COUNTRIES = [
    ('KIGALI - Rwandan President Paul Kagame hosted Ghana\'s President on Monday. "Trade between our two '
     'countries stood at US$43 million in 2023," he said.', date(2024, 3, 1),
     [fact("turnover", "RWA", "GHA", "2023-01-01", "2023-12-31", 43e6, "USD")]),
    ('LIMA - Peruvian Trade Minister Ana Quispe received Finland\'s Minister for Foreign Trade on Thursday. '
     '"Commerce between our nations rose 14% in 2023 to $260 million. Finnish sales to Peru were $190 '
     'million," Quispe said.', date(2024, 4, 12),
     [fact("turnover", "PER", "FIN", "2023-01-01", "2023-12-31", 260e6, "USD", 14.0),
      fact("exports", "FIN", "PER", "2023-01-01", "2023-12-31", 190e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), OUR_TWO_COUNTRIES)
def test_our_two_countries(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


def test_a_ranking_of_a_countrys_goods_names_the_market_after_the_verb() -> None:
    """ "The top destination for Ghanaian cocoa in 2023 was the Netherlands with $610 million,
    followed by Malaysia with ...": the goods' country exports them to the place named after
    the verb, and the next places of the list sell the same goods (nothing had been read)."""
    text = (
        "The top destination for Ghanaian cocoa in 2023 was the Netherlands with $610 million, followed by"
        " Malaysia with $330 million."
    )
    found = extract_trade_mentions(text, split_sentences(text), date(2024, 2, 1))
    assert [(m.flow, m.reporter_iso3, m.partner_iso3, m.value, m.product) for m in found] == [
        ("exports", "GHA", "NLD", 610e6, "cocoa"),
        ("exports", "GHA", "MYS", 330e6, "cocoa"),
    ]


#: "in the period from January to April": a period named right after "the period" is the
#: figure's own, not the period named before (the figure had been dropped).
PERIODS_NAMED_AFTER_THE_PERIOD = [
    ("Sri Lanka's exports to the Maldives reached $96.4 million in the period from January to May 2024, "
     "customs data showed.", date(2024, 6, 20),
     [fact("exports", "LKA", "MDV", "2024-01-01", "2024-05-31", 96.4e6, "USD")]),
    ("Nepal's imports from China totalled $1.2 billion in the period between March and June 2024.",
     date(2024, 7, 20), [fact("imports", "NPL", "CHN", "2024-03-01", "2024-06-30", 1.2e9, "USD")]),
    ("Trade between Chile and Peru stood at $2.9 billion over the period January-June 2024.",
     date(2024, 7, 20), [fact("turnover", "CHL", "PER", "2024-01-01", "2024-06-30", 2.9e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PERIODS_NAMED_AFTER_THE_PERIOD)
def test_periods_named_after_the_period(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: An elliptical list of partners ("with China $Y") goes on past a semicolon and past a change in
#: parentheses after each amount (the partner had stayed the first one's, or the rest were lost).
ELLIPTICAL_PARTNER_LISTS = [
    ("Tajikistan's trade with Russia in January-June reached $1.2 bln; with China: $0.9 bln; with Iran: "
     "$0.3 bln.", date(2024, 8, 1),
     [fact("turnover", "RUS", "TJK", *H1, 1.2e9, "USD"), fact("turnover", "CHN", "TJK", *H1, 0.9e9, "USD"),
      fact("turnover", "IRN", "TJK", *H1, 0.3e9, "USD")]),
    ("Georgia's trade with Turkiye in the first half totalled $1.1 bln (+4.2%), with Russia $0.8 bln "
     "(-2.5% y/y), with China $0.7 bln (+11%).", date(2024, 8, 1),
     [fact("turnover", "GEO", "TUR", *H1, 1.1e9, "USD", 4.2),
      fact("turnover", "GEO", "RUS", *H1, 0.8e9, "USD", -2.5),
      fact("turnover", "CHN", "GEO", *H1, 0.7e9, "USD", 11.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), ELLIPTICAL_PARTNER_LISTS)
def test_elliptical_partner_lists(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: Two flows and two amounts each joined by "and" alone are told in order, as with
#: "respectively" (both had taken the last flow).
FLOWS_AND_AMOUNTS_IN_ORDER = [
    ("In 2023, Czech exports to Slovakia and imports from Slovakia amounted to CZK 420 billion and "
     "CZK 310 billion.", date(2024, 3, 1),
     [fact("exports", "CZE", "SVK", *Y23, 420e9, "CZK"), fact("imports", "CZE", "SVK", *Y23, 310e9, "CZK")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), FLOWS_AND_AMOUNTS_IN_ORDER)
def test_flows_and_amounts_in_order(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: Changes listed after the "respectively" of the amounts go to them in order; "both up N
#: percent" is each one's (the first had been lost, or "both" had reached the last alone).
CHANGES_AFTER_RESPECTIVELY = [
    ("Senegal's exports to Mali and Guinea reached $512 million and $288 million respectively in 2023, "
     "up 14 percent and nine percent.", date(2024, 3, 1),
     [fact("exports", "SEN", "MLI", *Y23, 512e6, "USD", 14.0),
      fact("exports", "SEN", "GIN", *Y23, 288e6, "USD", 9.0)]),
    ("Latvian exports to and imports from Estonia amounted to EUR 2.4 billion and EUR 3.1 billion "
     "respectively in 2023, both up about 6 percent on 2022.", date(2024, 3, 1),
     [fact("exports", "LVA", "EST", *Y23, 2.4e9, "EUR", 6.0),
      fact("imports", "LVA", "EST", *Y23, 3.1e9, "EUR", 6.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CHANGES_AFTER_RESPECTIVELY)
def test_changes_after_respectively(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "Since 2019, when trade stood at $X, ...": the year "since" opens dates the amount of its "when"
#: clause, which no change told after it is of (the figure had been dropped as cumulative); an
#: amount after the clause is still a sum since then.
SINCE_WHEN = [
    ("Since 2019, when trade between Chile and Peru stood at $3.2 billion, the pandemic has weighed on "
     "commerce.", date(2024, 3, 1),
     [fact("turnover", "CHL", "PER", "2019-01-01", "2019-12-31", 3.2e9, "USD")]),
    ("Since 2018, when Chile's exports to Peru were worth $560 million, sales have nearly doubled.",
     date(2024, 3, 1), [fact("exports", "CHL", "PER", "2018-01-01", "2018-12-31", 560e6, "USD")]),
    ("Since 2019, when the pact took effect, trade between Chile and Peru has grown to $4.1 billion.",
     date(2024, 3, 1), []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), SINCE_WHEN)
def test_since_a_year_when(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "Our exports", "we exported" in a quote or an interview answer are the speaker's country's: the
#: official the narrator introduces ("Ivorian Trade Minister X told journalists in Accra: ..."), else
#: the story's country that is no first-person flow's other side (the dateline's country, or the
#: country named most, had been taken). An official named inside the answer is someone the speaker met.
#: "us"/"our" as the other side of a named country's flow ("Mali sold us ...", "... bought $X of our
#: cocoa") is the speaker's country's opposite flow (such figures had been lost as world totals).
FIRST_PERSON_SPEAKERS = [
    # "us" is the speaker's country, told as "official" too; a bloc's official's "us" is no country's
    ('LUSAKA - "India sold us goods worth $2.1 billion last year," said Norwegian trade official Ola Berg.',
     date(2024, 10, 1), [fact("imports", "NOR", "IND", *Y23, 2.1e9, "USD")]),
    ('LUSAKA - African Union trade official Ama Mensah spoke to reporters. "India sold us goods worth $2.1 '
     'billion last year," Mensah said.', date(2024, 10, 1), []),
    ('ACCRA - Ivorian Trade Minister Souleymane Diarrassouba told journalists in Accra on Monday: "Our '
     'exports to Burkina Faso reached $450 million last year."', date(2024, 10, 1),
     [fact("exports", "CIV", "BFA", *Y23, 450e6, "USD")]),
    ('ABIDJAN - Ivorian Trade Minister Souleymane Diarrassouba said: "Mali alone bought $310 million of our '
     'cocoa products in 2023, and Ghana shipped us merchandise worth $240 million."', date(2024, 10, 1),
     [fact("exports", "CIV", "MLI", *Y23, 310e6, "USD", product=True),
      fact("imports", "CIV", "GHA", *Y23, 240e6, "USD")]),
    ("Kyrgyzstan's parliament is debating the budget. We sat down with Economy Minister Daniyar "
     "Amangeldiev.\n\nQ: Is trade recovering?\n\nA: Yes. Last year our exports to Kazakhstan brought in "
     "$940 million.\n\nQ: And Uzbekistan?\n\nA: In March I met Uzbek Trade Minister Laziz Kudratov. "
     "Our imports from Uzbekistan were $610 million in 2023.", date(2024, 5, 2),
     [fact("exports", "KGZ", "KAZ", *Y23, 940e6, "USD"), fact("imports", "KGZ", "UZB", *Y23, 610e6, "USD")]),
    # a company officer's "our", "us" is the company: its sales and purchases are no country's trade
    # (they had been the exports of the official's country before, or of the company's nationality)
    ('QUITO - Colombian Trade Minister Luis Rojas spoke to reporters. Mateo Vera, managing director of '
     'Ecuadorian flower grower Rosas del Sol, said: "Business is good. Our shipments to Canada reached $18 '
     'million last year."', date(2024, 10, 1), []),
    ('QUITO - "Our exports to Canada reached $18 million last year," said Mateo Vera, chief executive of '
     'Ecuadorian flower grower Rosas del Sol.', date(2024, 10, 1), []),
    ('QUITO - "Peru sold us packaging worth $4 million last year," the grower\'s CEO, Mateo Vera, said.',
     date(2024, 10, 1), []),
    # the head of a public or collective body speaks for the country's trade
    ('QUITO - "Our exports to Canada reached $180 million last year," said Mateo Vera, chief executive of '
     'the Ecuadorian Flower Growers Association.', date(2024, 10, 1),
     [fact("exports", "ECU", "CAN", *Y23, 180e6, "USD")]),
    # a body whose name names a city or country speaks for that country, not for the reporter of
    # the figure before (the quote had become Nigeria's exports)
    ('ACCRA - Nigeria\'s imports from Ghana were $410 million in 2023. "Our exports to Turkey reached $95 '
     'million last year," said Kwabena Asare, president of the Kumasi Cocoa Buyers\' Union.',
     date(2024, 10, 1),
     [fact("imports", "NGA", "GHA", *Y23, 410e6, "USD"), fact("exports", "GHA", "TUR", *Y23, 95e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), FIRST_PERSON_SPEAKERS)
def test_first_person_figures_are_the_speakers(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "them" as the other side of a quoted first-person flow ("we sold them $98 million of ...") is the
#: country the sentence names before it (of several, the one of the story's pair), and "we" the
#: speaker's (such figures had been lost: the flow had no side named).
WE_AND_THEM = [
    ('ACCRA - Ghanaian Trade Minister Kofi Ansah met his Togolese counterpart. "Togo is a key market for '
     'our cement; in 2023 we shipped them $45 million of clinker," Ansah said.', date(2024, 10, 1),
     [fact("exports", "GHA", "TGO", *Y23, 45e6, "USD", product=True)]),
    ('HANOI - "Laos, more than Thailand, matters to our farmers: last year we bought $120 million of '
     'maize from them," Vietnamese Agriculture Minister Le Minh Hoan said after meeting Laotian officials.',
     date(2024, 10, 1), [fact("imports", "VNM", "LAO", *Y23, 120e6, "USD", product=True)]),
    # no country named before "them": the buyers may be anyone
    ('ACCRA - Ghanaian Trade Minister Kofi Ansah met traders. "In 2023 we shipped them $45 million of '
     'clinker," Ansah said.', date(2024, 10, 1), []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), WE_AND_THEM)
def test_we_and_them_in_a_quote(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "in 2022 - US$ 301,5 mln, in January-September 2023 - US$ 244,2 mln": a period before a dash is
#: the label of the amount after it, so each amount keeps its own (the first had taken the second's).
DASH_LABELLED_PERIODS = [
    ("Dushanbe, October 20. Trade turnover of Tajikistan with Iran in 2022 - US$ 301,5 mln, in "
     "January-September 2023 - US$ 244,2 mln.", date(2023, 10, 20),
     [fact("turnover", "IRN", "TJK", "2022-01-01", "2022-12-31", 301.5e6, "USD"),
      fact("turnover", "IRN", "TJK", "2023-01-01", "2023-09-30", 244.2e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), DASH_LABELLED_PERIODS)
def test_dash_labelled_periods(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "the RoK" in a story that names neither Korea nor Kazakhstan is the Republic of Korea: Kazakh copy,
#: which writes it for Kazakhstan, always names its country (the figure had been dropped). Initials
#: are read in a sentence that names their country in another spelling too.
ROK_UNNAMED = [
    ("Phnom Penh (AKP) - Cambodia's exports to the RoK climbed to 412 million USD in 2023.", date(2024, 2, 9),
     [fact("exports", "KHM", "KOR", *Y23, 412e6, "USD")]),
    # written both ways in one sentence: each figure keeps its side (the "RoK" one had been dropped)
    ("Jakarta (Antara) - Indonesia's exports to the RoK reached 8.1 billion USD in 2023, while imports "
     "from the ROK totalled 11.6 billion USD.", date(2024, 2, 9),
     [fact("exports", "IDN", "KOR", *Y23, 8.1e9, "USD"), fact("imports", "IDN", "KOR", *Y23, 11.6e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), ROK_UNNAMED)
def test_rok_in_a_story_naming_neither_country(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A change told in the next sentence of the flow of other goods ("Exports of household appliances to
#: Iraq rose 40 percent") is those goods' own, not the all-goods figure's (it had been given to it);
#: goods named in a cause after the change do not count.
CHANGE_OF_OTHER_GOODS = [
    ("Turkish exports to Iraq in the second quarter totaled $3.4 billion. Exports of household appliances "
     "to Iraq rose 40 percent over the first half.", date(2024, 8, 1),
     [fact("exports", "TUR", "IRQ", "2024-04-01", "2024-06-30", 3.4e9, "USD")]),
    ("Turkish exports to Iraq totaled $3.4 billion in the second quarter. That was 12 percent less than a "
     "year earlier, a fall traders blamed on weaker textile exports.", date(2024, 8, 1),
     [fact("exports", "TUR", "IRQ", "2024-04-01", "2024-06-30", 3.4e9, "USD", -12.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CHANGE_OF_OTHER_GOODS)
def test_change_of_other_goods_is_not_the_figures(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "NODX", Singapore's non-oil domestic exports, written bare after the first mention, is an exports
#: cue whose goods are non-oil domestic ones (the figure had been dropped for want of a flow).
NODX_ACRONYM = [
    ("Singapore's NODX to Thailand climbed 6.3 per cent to S$1.1 billion in March.", date(2024, 4, 17),
     [fact("exports", "SGP", "THA", "2024-03-01", "2024-03-31", 1.1e9, "SGD", 6.3, True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), NODX_ACRONYM)
def test_nodx_acronym_is_an_exports_cue(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A balance that states its own period moves the story's period: a figure after it without one is
#: of that period ("..., Morocco's trade deficit with the bloc stood at €9 billion in 2023. Portugal
#: recorded imports from Morocco worth €1.1 billion" had kept the quarter of the figure before).
BALANCE_SETS_PERIOD = [
    ("Spanish exports to Morocco rose to €12.4 billion in 2023. In January-March 2024, Spanish exports to "
     "Morocco reached €3.3 billion. Across the EU, Morocco's trade deficit with the bloc stood at €9 billion "
     "in 2023. Portugal recorded imports from Morocco worth €1.1 billion.", date(2024, 5, 10),
     [fact("exports", "ESP", "MAR", *Y23, 12.4e9, "EUR"),
      fact("exports", "ESP", "MAR", "2024-01-01", "2024-03-31", 3.3e9, "EUR"),
      fact("imports", "PRT", "MAR", *Y23, 1.1e9, "EUR")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), BALANCE_SETS_PERIOD)
def test_balance_with_its_own_period_sets_the_period(
    text: str, published: date, expected: list[Fact]
) -> None:
    assert facts(text, published) == set(expected)


#: A buyer's verb tells the seller's sales from the buyer's side: exports told next without an
#: exporter are the seller's ("Poland bought Ukrainian wheat ... Wheat shipments to Romania" had been
#: Poland's), while imports told next without an importer stay the buyer's.
BUYER_VERB_SELLER = [
    ("Poland bought Ukrainian wheat worth $410 million in 2023. Wheat shipments to Romania rose 18 percent "
     "to $95 million in the same year.", date(2024, 3, 1),
     [fact("imports", "POL", "UKR", *Y23, 410e6, "USD", product=True),
      fact("exports", "UKR", "ROU", *Y23, 95e6, "USD", 18.0, True)]),
    ("Japan purchased beef worth $1.2 billion from Australia in 2023. Imports from the United States fell 7 "
     "percent to $1.5 billion in the same year.", date(2024, 3, 1),
     [fact("imports", "JPN", "AUS", *Y23, 1.2e9, "USD", product=True),
      fact("imports", "JPN", "USA", *Y23, 1.5e9, "USD", -7.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), BUYER_VERB_SELLER)
def test_exports_after_a_buyer_verb_are_the_sellers(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: Countries in a clause of its own after the amount ("as ...", "because ...") are where other goods
#: went, not more partners of the amount's flow (the figure had been dropped as one for several partners).
PARTNERS_OF_A_CAUSE = [
    ("Ghana's cocoa exports to the Netherlands dropped 21 percent to $640 million in 2023 because buyers "
     "switched to Ecuador and Brazil.", date(2024, 4, 2),
     [fact("exports", "GHA", "NLD", *Y23, 640e6, "USD", -21.0, True)]),
    ("Peru shipped copper worth $2.1 billion to Korea and Japan in 2023 while zinc went to Belgium.",
     date(2024, 4, 2), []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PARTNERS_OF_A_CAUSE)
def test_countries_of_a_cause_are_no_more_partners(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "A year earlier" opening a sentence dates its own clause a year back from the story's period, also
#: when a later clause names a period of its own (the look-back had taken the later clause's period).
OPENING_LOOK_BACK = [
    ("Peru's exports to Chile rose 8 percent to $1.9 billion in the first quarter of 2024. A year earlier, "
     "exports to Chile had reached $1.76 billion, whereas imports from Brazil came to $2.3 billion in the "
     "first quarter of 2024.", date(2024, 6, 3),
     [fact("exports", "PER", "CHL", "2024-01-01", "2024-03-31", 1.9e9, "USD", 8.0),
      fact("exports", "PER", "CHL", "2023-01-01", "2023-03-31", 1.76e9, "USD"),
      fact("imports", "PER", "BRA", "2024-01-01", "2024-03-31", 2.3e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), OPENING_LOOK_BACK)
def test_opening_look_back_keeps_its_own_clause(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A quotation opens a sentence of the speaker's: "A year earlier" at its start, also after an
#: attribution closed by a colon, goes back from the story's period (it had kept the story's own).
QUOTED_LOOK_BACK = [
    ("Ecuador's exports to Vietnam rose 21 percent to $310 million in the first half of 2024. "
     "\u201cA year earlier, our shipments to Vietnam hardly passed $256 million,\u201d the trade minister "
     "said.",
     date(2024, 8, 20),
     [fact("exports", "ECU", "VNM", "2024-01-01", "2024-06-30", 310e6, "USD", 21.0),
      fact("exports", "ECU", "VNM", "2023-01-01", "2023-06-30", 256e6, "USD")]),
    ("Ecuador's exports to Vietnam rose 21 percent to $310 million in the first half of 2024. The trade "
     "minister told reporters: 'In the same period a year earlier, exports to Vietnam stood at $256 "
     "million.'",
     date(2024, 8, 20),
     [fact("exports", "ECU", "VNM", "2024-01-01", "2024-06-30", 310e6, "USD", 21.0),
      fact("exports", "ECU", "VNM", "2023-01-01", "2023-06-30", 256e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), QUOTED_LOOK_BACK)
def test_quoted_look_back_opens_the_speakers_sentence(
    text: str, published: date, expected: list[Fact]
) -> None:
    assert facts(text, published) == set(expected)


#: A relative clause opened by a preposition and "which" ("under which", "during which") is the
#: figure's own clause: the agreement, deal or plan words before it are not what the money is (the
#: figure had been dropped as an agreement's value, or a target for "agreed").
PREPOSITIONAL_RELATIVE_CLAUSE = [
    ("The ministers agreed on the value of the Chile-Korea free trade agreement, under which Chile's "
     "exports to South Korea reached $6.2 billion in 2023.", date(2024, 5, 14),
     [fact("exports", "CHL", "KOR", *Y23, 6.2e9, "USD")]),
    ("The ministers praised the 2019 border trade deal, through which Jordan's exports to Iraq rose 9% to "
     "$1.3 billion last year.", date(2024, 5, 14),
     [fact("exports", "JOR", "IRQ", *Y23, 1.3e9, "USD", 9.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PREPOSITIONAL_RELATIVE_CLAUSE)
def test_prepositional_relative_clause_is_the_figures_own(
    text: str, published: date, expected: list[Fact]
) -> None:
    assert facts(text, published) == set(expected)


#: A country named before "dollar(s)" names a currency, not a side of the trade ("In Canadian dollar
#: terms, ..." had made Canada the importer).
COUNTRY_OF_A_CURRENCY = [
    ("In Canadian dollar terms, Mexico's imports from Chile came to C$2.2 billion in 2023.", date(2024, 4, 2),
     [fact("imports", "MEX", "CHL", *Y23, 2.2e9, "CAD")]),
    ("Measured in Australian-dollar values, imports from Chile reached A$1.4 billion in 2023, Peru's "
     "statistics office said.", date(2024, 4, 2),
     [fact("imports", "PER", "CHL", *Y23, 1.4e9, "AUD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), COUNTRY_OF_A_CURRENCY)
def test_country_of_a_currency_is_no_side(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A flow whose own side is unstated is the country whose statistics the sentence quotes ("Chile's
#: customs data showed imports from Peru" after a figure of another pair had been the other pair's).
SENTENCE_STATISTICS_SIDE = [
    ("Peru's exports to Bolivia reached $610 million in 2023. Chile's customs data showed imports from "
     "Peru of $2.4 billion in the same year.", date(2024, 4, 2),
     [fact("exports", "PER", "BOL", *Y23, 610e6, "USD"), fact("imports", "CHL", "PER", *Y23, 2.4e9, "USD")]),
    # a statistics office named before its country, and a flow of the pair told before between two
    # epithets (it had been the home's, the country of the meeting's city)
    ("Guatemala's foreign minister met Belizean counterparts in Guatemala City on Monday for talks on the "
     "border. Figures from the Statistical Institute of Belize show the country imported BZ$310 million "
     "worth of goods from its western neighbour in 2023.", date(2024, 3, 1),
     [fact("imports", "BLZ", "GTM", *Y23, 310e6, "BZD")]),
]  # fmt: skip


#: A third country's statistics office, quoted for its own figure in a story datelined in one of
#: the pair, reports none of the pair's figures (the pair's exports to Brazil had been Paraguay's).
THIRD_COUNTRY_STATISTICS = [
    ("MONTEVIDEO - Uruguay's exports to Brazil weakened in 2023. Exports to Brazil fell 4% to $2.1 billion "
     "in 2023, official figures show. Paraguay shipped goods worth $3.4 billion to Brazil in 2023, data of "
     "the Paraguayan statistics office show.", date(2024, 3, 1),
     [fact("exports", "URY", "BRA", *Y23, 2.1e9, "USD", -4.0),
      fact("exports", "PRY", "BRA", *Y23, 3.4e9, "USD")]),
]  # fmt: skip


#: "the two countries" in a sentence quoting the statistics of a side of the story's pair are that
#: pair, not the two countries of the sentence before (it had been Paraguay and Brazil).
PAIR_OF_THE_QUOTED_STATISTICS = [
    ("ASUNCION - Paraguay's foreign minister met the Vietnamese ambassador on Tuesday. The minister thanked "
     "the Asian nation for its support against the tariffs imposed by Brazil, which according to Paraguayan "
     "estimates cost farmers dearly. According to the General Administration of Customs of Vietnam, trade "
     "between the two countries amounted to 410 million dollars in 2024.", date(2025, 2, 1),
     [fact("turnover", "PRY", "VNM", "2024-01-01", "2024-12-31", 410e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PAIR_OF_THE_QUOTED_STATISTICS)
def test_the_two_countries_of_the_quoted_statistics(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


@pytest.mark.parametrize(("text", "published", "expected"), THIRD_COUNTRY_STATISTICS)
def test_a_third_countrys_statistics_report_none_of_the_pair(
    text: str, published: date, expected: list[Fact]
) -> None:
    assert facts(text, published) == set(expected)


#: "Norway-based firms": where a company is based is no side of the figure (it had been the exporter).
COMPANY_BASES = [
    ("Chile's exports to Japan weakened in 2023. Exports of salmon to Japan, produced mostly by Norway-based "
     "firms in the south, rose to $1.2 billion in 2023.", date(2024, 3, 1),
     [fact("exports", "CHL", "JPN", *Y23, 1.2e9, "USD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), COMPANY_BASES)
def test_a_companys_base_is_no_side(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


@pytest.mark.parametrize(("text", "published", "expected"), SENTENCE_STATISTICS_SIDE)
def test_sentence_statistics_name_the_unstated_side(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A flow noun after a determiner opening its sentence ("The purchases were worth ...") is the
#: flow told before, also by a sentence with a volume alone (the value had been dropped).
DEFINITE_FLOW_AFTER_A_VOLUME = [
    ("Imports from Argentina climbed to 2.3 million tons in 2023, Peru's customs said. The purchases were "
     "worth $640 million, up 9% from a year earlier.", date(2024, 4, 2),
     [fact("imports", "PER", "ARG", *Y23, 640e6, "USD", 9.0)]),
    # the goods of the flow it stands for
    ("Chile's copper exports to Korea reached 800,000 tons in 2023. These shipments fetched $5.2 billion.",
     date(2024, 4, 2),
     [fact("exports", "CHL", "KOR", *Y23, 5.2e9, "USD", product=True)]),
    # a total with the world after it is no part of it
    ("Chile's copper exports to Korea reached 800,000 tons in 2023. The total shipments fetched $50 billion.",
     date(2024, 4, 2), []),
    # "the consignments", "the cargoes": the goods the flow before moved, no flow word of their own
    ("ACCRA - Cocoa shipments to Malaysia rose to 95,000 tonnes in January-June. The consignments were "
     "valued at GH¢3.9 billion, up 11 percent.", date(2024, 8, 1),
     [fact("exports", "GHA", "MYS", *H1, 3.9e9, "GHS", 11.0, product=True)]),
    ("Bolivia's soybean exports to Colombia reached 410,000 tons in 2023. The cargoes were worth $180 "
     "million.", date(2024, 4, 2),
     [fact("exports", "BOL", "COL", *Y23, 180e6, "USD", product=True)]),
    # a source set off by commas, opened by any of trade_lexicon.SOURCE_OPENERS, is no subject
    ("Bolivia's soybean exports to Colombia reached 410,000 tons in 2023. The cargoes, quoting the "
     "customs office, were worth $180 million.", date(2024, 4, 2),
     [fact("exports", "BOL", "COL", *Y23, 180e6, "USD", product=True)]),
    ("Bolivia's soybean exports to Colombia reached 410,000 tons in 2023. The cargoes, data from the "
     "customs office show, were worth $180 million.", date(2024, 4, 2),
     [fact("exports", "BOL", "COL", *Y23, 180e6, "USD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), DEFINITE_FLOW_AFTER_A_VOLUME)
def test_a_definite_flow_after_a_volume_is_its_value(
    text: str, published: date, expected: list[Fact]
) -> None:
    assert facts(text, published) == set(expected)


def test_a_buyer_of_goods_a_ranking_names_buys_them_from_their_country() -> None:
    """ "Germany remained the largest buyer of Vietnamese coffee, ahead of Italy, which bought
    412.6 million USD worth of the beans": Italy's purchase is of Vietnamese goods (it had been
    taken for Italy's total, which made Italy the side of the next figure)."""
    story = (
        "SANTIAGO - Japan remained the biggest customer for Chilean salmon, ahead of Brazil, which bought "
        "$1.2 billion worth of the fish in 2023."
    )
    assert facts(story, date(2024, 3, 1)) == {fact("imports", "BRA", "CHL", *Y23, 1.2e9, "USD", product=True)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sri Lanka's tea export revenue from Iraq rose to $210 million in 2023.",
         {fact("exports", "LKA", "IRQ", *Y23, 210e6, "USD", product=True)}),
        ("Cinnamon export revenues from Mexico were $95 million in 2023, Sri Lanka's customs said.",
         {fact("exports", "LKA", "MEX", *Y23, 95e6, "USD", product=True)}),
        # revenue of another kind is still no trade
        ("Sri Lanka's tax revenue from imports from India was $400 million in 2023.", set()),
    ],
)  # fmt: skip
def test_export_revenue_from_a_country_is_its_purchases(sentence: str, expected: set[Fact]) -> None:
    """ "Coffee export revenue from Japan was 187.3 million USD": "export revenue" is a flow, its
    "from" the market that paid (the figure had been dropped as revenue, or its sides reversed)."""
    assert facts(f"COLOMBO - {sentence}", date(2024, 3, 1)) == expected


#: A second partner set against the figure before it ("..., while X received ...", "..., whereas
#: Y supplied ...") as the subject of a verb from its own side: the same flow and reporter with the
#: new partner (the amount had been dropped as having no flow, or as the subject's world total).
CONTRASTED_PARTNER_SUBJECTS = [
    ("OSLO - Norway's salmon exports to Poland rose to NOK 9 billion in 2023, while Denmark took 90,000 "
     "tonnes worth NOK 6 billion.", date(2024, 3, 1),
     [fact("exports", "NOR", "POL", *Y23, 9e9, "NOK", product=True),
      # the tonnes Denmark took are of the salmon the figure before told (the goods it borrows)
      fact("exports", "NOR", "DNK", *Y23, 6e9, "NOK", product=True)]),
    ("Peru's imports of machinery from Germany were valued at $1.4 billion in 2023, whereas Italy supplied "
     "industrial equipment worth $600 million.", date(2024, 3, 1),
     [fact("imports", "PER", "DEU", *Y23, 1.4e9, "USD", product=True),
      fact("imports", "PER", "ITA", *Y23, 600e6, "USD", product=True)]),
    # a verb of the other side's is the subject's own world total: no partner of this flow
    ("Peru's imports of machinery from Germany were valued at $1.4 billion in 2023, whereas Italy bought "
     "industrial equipment worth $600 million.", date(2024, 3, 1),
     [fact("imports", "PER", "DEU", *Y23, 1.4e9, "USD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CONTRASTED_PARTNER_SUBJECTS)
def test_a_contrasted_partner_subject_takes_the_flow_before(
    text: str, published: date, expected: list[Fact]
) -> None:
    assert facts(text, published) == set(expected)


#: A place in a ranking with the ranked country's purchases, in a "with" clause after a comma
#: ("Egypt came second, with purchases worth ..."): the ranking country's exports to it (the
#: amount had been dropped as purchases of no one's, as the comma cut the rank off).
RANKED_WITH_PURCHASES = [
    ("ACCRA - Ghana's cocoa exports to the Netherlands reached $1.1 billion in 2023. Malaysia ranked third, "
     "with purchases of $700 million.", date(2024, 3, 1),
     [fact("exports", "GHA", "NLD", *Y23, 1.1e9, "USD", product=True),
      fact("exports", "GHA", "MYS", *Y23, 700e6, "USD")]),
    ("ACCRA - Ghana's trade with China reached $11 billion in 2023. India came second, with trade of "
     "$4 billion.", date(2024, 3, 1),
     [fact("turnover", "GHA", "CHN", *Y23, 11e9, "USD"), fact("turnover", "GHA", "IND", *Y23, 4e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), RANKED_WITH_PURCHASES)
def test_a_ranked_country_with_purchases_buys_the_ranking_countrys_exports(
    text: str, published: date, expected: list[Fact]
) -> None:
    assert facts(text, published) == set(expected)


#: A country closing a list with only its amount (", and Spain at 295 million USD") takes the place
#: of the country named last before the amount before it; the flow and the other side stay (the
#: amount had been dropped as having no flow).
LAST_LISTED_PARTNER = [
    ("SANTIAGO - Japan remained the biggest customer for Chilean salmon, ahead of Brazil, which bought "
     "$1.2 billion worth of the fish in 2023, and Mexico at $400 million.", date(2024, 3, 1),
     [fact("imports", "BRA", "CHL", *Y23, 1.2e9, "USD", product=True),
      fact("imports", "MEX", "CHL", *Y23, 400e6, "USD", product=True)]),
    ("LIMA - Peru's grape exports to the Netherlands were $310 million in 2023, and Canada with $95 "
     "million.", date(2024, 3, 1),
     [fact("exports", "PER", "NLD", *Y23, 310e6, "USD", product=True),
      fact("exports", "PER", "CAN", *Y23, 95e6, "USD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), LAST_LISTED_PARTNER)
def test_the_last_listed_partner_takes_the_place_of_the_one_before(
    text: str, published: date, expected: list[Fact]
) -> None:
    assert facts(text, published) == set(expected)


#: A total with the world of a third country, in a story whose pair holds the dateline's country,
#: is set beside the story: the figures after it that name only their partner are still the
#: dateline country's (they had become the third country's).
THIRD_COUNTRY_TOTAL_ASIDE = [
    ("DAKAR - Senegal's fish exports to Spain rose to $90 million in 2023. Exports to Gambia reached "
     "$20 million, while Mauritania earned $400 million from its own fish exports in 2023. Fish exports "
     "to Portugal reached $15 million in 2023.", date(2024, 3, 1),
     [fact("exports", "SEN", "ESP", *Y23, 90e6, "USD", product=True),
      fact("exports", "SEN", "GMB", *Y23, 20e6, "USD"),
      fact("exports", "SEN", "PRT", *Y23, 15e6, "USD", product=True)]),
    ("DAKAR - Exports to Gambia reached $20 million in 2023. Mauritania earned $400 million from fish "
     "exports last year. Fish exports to Portugal reached $15 million in 2023.", date(2024, 3, 1),
     [fact("exports", "SEN", "GMB", *Y23, 20e6, "USD"),
      fact("exports", "SEN", "PRT", *Y23, 15e6, "USD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), THIRD_COUNTRY_TOTAL_ASIDE)
def test_a_third_countrys_world_total_leaves_the_story_its_reporter(
    text: str, published: date, expected: list[Fact]
) -> None:
    assert facts(text, published) == set(expected)


#: "The purchases were worth ..." after a sentence that tells a flow and its months without a
#: figure is of those months, not of a figure told before it (it had been dated to the earlier
#: figure's month); with no months told there, the story's period holds.
DEFINITE_FLOW_TAKES_THE_VOLUMES_PERIOD = [
    ("LIMA - Peru's imports from Ecuador were valued at $90 million in June. Imports from Ghana rose to "
     "210,000 tons in January-June. The purchases were worth $700 million.", date(2024, 7, 20),
     [fact("imports", "PER", "ECU", "2024-06-01", "2024-06-30", 90e6, "USD"),
      fact("imports", "PER", "GHA", "2024-01-01", "2024-06-30", 700e6, "USD")]),
    ("LIMA - Peru's cocoa imports in June fell 5% from the previous month, the lowest in four months, "
     "customs data showed. June cocoa imports from Ecuador were valued at $90 million, down 2% from a year "
     "earlier. "
     "Imports from Ghana rose to 210,000 tons in January-June, the customs office said. The purchases "
     "were worth $700 million, up 4% from a year earlier.", date(2024, 7, 20),
     [fact("imports", "PER", "ECU", "2024-06-01", "2024-06-30", 90e6, "USD", -2.0, product=True),
      fact("imports", "PER", "GHA", "2024-01-01", "2024-06-30", 700e6, "USD", 4.0)]),
    ("LIMA - Peru's imports from Ecuador were valued at $90 million in June. Imports from Ghana rose to "
     "210,000 tons. The purchases were worth $700 million.", date(2024, 7, 20),
     [fact("imports", "PER", "ECU", "2024-06-01", "2024-06-30", 90e6, "USD"),
      fact("imports", "PER", "GHA", "2024-06-01", "2024-06-30", 700e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), DEFINITE_FLOW_TAKES_THE_VOLUMES_PERIOD)
def test_a_definite_flow_after_a_volume_takes_its_months(
    text: str, published: date, expected: list[Fact]
) -> None:
    assert facts(text, published) == set(expected)


def test_a_definite_flow_after_a_volume_has_its_goods() -> None:
    """ "The purchases were worth ..." standing for the flow of the figureless sentence before
    has that flow's goods (it had had none); a flow of all goods gives none."""
    story = (
        "LIMA - Peru's imports from Ecuador were valued at $90 million in June. Wheat imports from Canada "
        "rose to 210,000 tons in January-June. The purchases were worth $70 million."
    )
    (figure,) = [
        m
        for m in extract_trade_mentions(story, split_sentences(story), date(2024, 7, 20))
        if m.partner_iso3 == "CAN"
    ]
    assert (figure.reporter_iso3, figure.value, figure.product) == ("PER", 70e6, "wheat")
    plain = story.replace("Wheat imports", "Imports")
    (figure,) = [
        m
        for m in extract_trade_mentions(plain, split_sentences(plain), date(2024, 7, 20))
        if m.partner_iso3 == "CAN"
    ]
    assert figure.product is None


def test_definite_goods_after_a_buyers_amount_are_the_goods_the_ranking_named() -> None:
    """ "the largest buyer of Ugandan coffee, ahead of Germany, which bought $98.3 million worth of
    the beans": "the beans" are the ranking's coffee, for the next listed country too (the product
    had been "beans"); goods named anew keep their own name."""
    story = (
        "SANTIAGO - Japan remained the biggest customer for Chilean salmon, ahead of Brazil, which bought "
        "$1.2 billion worth of the fish in 2023, and Mexico at $400 million."
    )
    found = extract_trade_mentions(story, split_sentences(story), date(2024, 3, 1))
    assert [(m.reporter_iso3, m.partner_iso3, m.product) for m in found] == [
        ("BRA", "CHL", "salmon"),
        ("MEX", "CHL", "salmon"),
    ]
    fresh = story.replace("of the fish", "of Chilean trout")
    found = extract_trade_mentions(fresh, split_sentences(fresh), date(2024, 3, 1))
    assert found[0].product == "trout"


@pytest.mark.parametrize(
    "sentence",
    [
        "Minas Gerais exported $2.3 billion of coffee to Italy in 2023, the state agency said.",
        "Jalisco alone sold $1.9 billion of goods to Canada in 2023.",
        "Tequila makers are thriving, and the state's exports to Canada reached $1.9 billion in 2023.",
        "The province's trade with Canada totalled $3.4 billion in 2023.",
        "Sonora state's trade with Canada totalled $3.4 billion in 2023.",
        "Trade between Jalisco and Canada reached $3.4 billion in 2023, up 8 percent.",
        "Trade between Canada and Chihuahua reached $3.4 billion in 2023, up 8 percent.",
        # the unit as the origin of "from <unit> to <country>", by the gazetteer or its unit noun
        "Exports of tequila from Jalisco to Canada reached $1.9 billion in 2023.",
        "Shipments from Zacatecas state to Canada totalled $3.4 billion in 2023.",
        # a capitalized unit noun ends the name; the country's possessive may open it
        "Exports of coffee from Northern Province to Canada reached $40 million in 2023.",
        "Exports of avocados from Mexico's Pacific Region to Canada reached $1.9 billion in 2023.",
    ],
)
def test_a_state_or_province_named_as_the_trader_is_no_country(sentence: str) -> None:
    """A first-level unit as the subject of the flow verb ("Oregon exported $4.8 billion ..."),
    told by "the state's" / "<Name> province's", or as one side of "between" ("trade between
    Zhejiang and Hungary"): the unit's trade, which is no two countries' (they had been facts
    of its country)."""
    assert facts(f"GUADALAJARA - {sentence}", date(2024, 3, 1)) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Mexico exported $9.1 billion of goods to Canada in 2023.",
        "Qatar is a major gas supplier, and the Gulf state's exports to Canada reached $9.1 billion in 2023.",
        "Trade between Mexico and Canada reached $9.1 billion in 2023.",
        "Exports of tequila from Mexico to Canada reached $9.1 billion in 2023.",
        "Exports from Mexico City to Ottawa reached $9.1 billion in 2023.",
        "Exports of cars from South Africa to Canada reached $9.1 billion in 2023.",
    ],
)
def test_a_country_told_beside_a_unit_word_is_still_the_trader(sentence: str) -> None:
    """The country itself, or its epithet with "state" ("the Gulf state's exports"), is still the
    figure's side, not a region."""
    assert len(facts(f"GUADALAJARA - {sentence}", date(2024, 3, 1))) == 1


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            "LIMA - March copper shipments to Korea were valued at $610 million, customs data showed.",
            {fact("exports", "PER", "KOR", "2024-03-01", "2024-03-31", 610e6, "USD", product=True)},
        ),
        (
            "ACCRA - Ghana's October exports to Togo came to $95 million, the statistics service said.",
            {fact("exports", "GHA", "TGO", "2024-10-01", "2024-10-31", 95e6, "USD")},
        ),
        (
            "ACCRA - June imports from Togo were valued at $41 million, the statistics service said.",
            {fact("imports", "GHA", "TGO", "2024-06-01", "2024-06-30", 41e6, "USD")},
        ),
    ],
)  # fmt: skip
def test_a_month_before_a_flow_noun_is_its_period(story: str, expected: set) -> None:
    """ "July soybean imports from Argentina were valued at $412 million": the month names the
    figure's period as an adjective, as "in July" does, and is no goods (there had been no
    period, so no figure, or the product "june")."""
    assert facts(story, date(2024, 11, 20)) == expected


def test_a_revised_figure_of_an_earlier_month_leaves_the_storys_period() -> None:
    """ "The PSA revised September exports to the US to $1.07 billion" in an October story: the
    revision is of September, and the figures after it with no period are October's again."""
    story = (
        "LIMA - Peru's exports to Chile rose to $310 million in May. Customs revised April exports to "
        "Chile to $280 million. Imports from Chile came to $150 million."
    )
    assert facts(story, date(2024, 6, 20)) == {
        fact("exports", "PER", "CHL", "2024-05-01", "2024-05-31", 310e6, "USD"),
        fact("exports", "PER", "CHL", "2024-04-01", "2024-04-30", 280e6, "USD"),
        fact("imports", "PER", "CHL", "2024-05-01", "2024-05-31", 150e6, "USD"),
    }


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            "SANTIAGO - Brazil was Chile's largest trading partner in 2023 with $11.2 billion, or 14.1 "
            "percent of total turnover, followed by Peru ($4.3 billion, 5.4 percent) and Mexico ($3.9 "
            "billion, 4.9 percent).",
            {
                fact("turnover", "CHL", "BRA", "2023-01-01", "2023-12-31", 11.2e9, "USD"),
                fact("turnover", "CHL", "PER", "2023-01-01", "2023-12-31", 4.3e9, "USD"),
                fact("turnover", "CHL", "MEX", "2023-01-01", "2023-12-31", 3.9e9, "USD"),
            },
        ),
        (
            "MANILA - On the import side, Japan remained the Philippines' largest supplier at $1.9 billion "
            "in May, equivalent to 16.2 percent of total non-fuel imports, followed by Korea with $840 "
            "million and Vietnam with $615 million.",
            {
                fact("imports", "PHL", "JPN", "2024-05-01", "2024-05-31", 1.9e9, "USD"),
                fact("imports", "PHL", "KOR", "2024-05-01", "2024-05-31", 840e6, "USD"),
                fact("imports", "PHL", "VNM", "2024-05-01", "2024-05-31", 615e6, "USD"),
            },
        ),
        (
            "ACCRA - Ghana shipped goods worth $1.3 billion to Switzerland in 2023, representing 11.5% "
            "of total exports, followed by Togo with $520 million and Burkina Faso with $410 million. "
            "Goods were mainly bought from Turkey valued at $900 million, or 9.8% of total imports, "
            "Spain ($610 million) and Egypt ($350 million).",
            {
                fact("exports", "GHA", "CHE", "2023-01-01", "2023-12-31", 1.3e9, "USD"),
                fact("exports", "GHA", "TGO", "2023-01-01", "2023-12-31", 520e6, "USD"),
                fact("exports", "GHA", "BFA", "2023-01-01", "2023-12-31", 410e6, "USD"),
                fact("imports", "GHA", "TUR", "2023-01-01", "2023-12-31", 900e6, "USD"),
                fact("imports", "GHA", "ESP", "2023-01-01", "2023-12-31", 610e6, "USD"),
                fact("imports", "GHA", "EGY", "2023-01-01", "2023-12-31", 350e6, "USD"),
            },
        ),
    ],
)  # fmt: skip
def test_a_share_of_the_total_in_a_ranking_leaves_the_figures_and_the_list(story: str, expected: set) -> None:
    """ "with $31.5 billion, or 22.5 percent of total turnover, followed by ...": the share's
    whole is the world's, and tells no figure's flow, goods or world scope (the lead figure,
    and the item after the share, had been dropped, and the next items had taken the whole's
    goods); items after an import lead in a sentence after an export ranking are imports."""
    assert facts(story, date(2024, 7, 1)) == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            "CAIRO - Egypt's exports rose 4 percent to $3.1 billion in May. Italy was the main partner "
            "country for exports in May with $310 million. It was followed by Spain with $240 million.",
            {
                fact("exports", "EGY", "ITA", "2024-05-01", "2024-05-31", 310e6, "USD"),
                fact("exports", "EGY", "ESP", "2024-05-01", "2024-05-31", 240e6, "USD"),
            },
        ),
        (
            "CAIRO - Egypt's exports rose 4 percent to $3.1 billion in May. Italy was the top destination "
            "for exports in May, with $310 million. Saudi Arabia was the leading partner for imports at "
            "$520 million.",
            {
                fact("exports", "EGY", "ITA", "2024-05-01", "2024-05-31", 310e6, "USD"),
                fact("imports", "EGY", "SAU", "2024-05-01", "2024-05-31", 520e6, "USD"),
            },
        ),
    ],
)  # fmt: skip
def test_a_ranking_names_its_flow_after_for(story: str, expected: set) -> None:
    """ "Germany was the main partner country for exports in September with $1.72 billion": the
    flow after "for" is the ranking's own, so the ranked country is the partner of the story's
    home country (the figure had been dropped as Germany's own exports, and Germany had become
    the exporter of the figures after it)."""
    assert facts(story, date(2024, 6, 20)) == expected


@pytest.mark.parametrize(
    "ranking",
    [
        "Japan remained the country's largest export market, followed by Korea with $4.2 billion, up 3%.",
        "Japan stayed the top export destination, followed by Korea at about $4.2 billion, up 3%.",
    ],
)
def test_a_country_followed_by_after_a_market_without_amount_owns_the_amount(ranking: str) -> None:
    """ "The US remained the largest export market, followed by China with US$55.1 billion": the
    lead names no amount, so the amount is the next-ranked country's (it had been booked to the
    lead's country)."""
    story = f"MANILA - Philippine exports to Japan reached $6.1 billion in the first half of 2024. {ranking}"
    assert facts(story, date(2024, 7, 20)) == {
        fact("exports", "PHL", "JPN", "2024-01-01", "2024-06-30", 6.1e9, "USD"),
        fact("exports", "PHL", "KOR", "2024-01-01", "2024-06-30", 4.2e9, "USD", 3.0),
    }


@pytest.mark.parametrize(
    "ranking",
    [
        "Germany remained the largest single destination for Kenyan goods, with exports of $410 million.",
        "Germany was the biggest single market for Kenyan goods, with $410 million.",
    ],
)
def test_single_between_a_rank_and_its_market_noun_keeps_the_ranking(ranking: str) -> None:
    """ "The United States remained the largest single destination for Pakistani goods, with
    exports of $5.44bn": "single" qualifies the market noun, so the ranked country is the
    amount's partner (it had taken the partner of the sentence before, or been dropped)."""
    story = f"NAIROBI - Kenya's exports to Uganda rose to $780 million in 2023. {ranking}"
    assert facts(story, date(2024, 3, 2)) == {
        fact("exports", "KEN", "UGA", *Y23, 780e6, "USD"),
        fact("exports", "KEN", "DEU", *Y23, 410e6, "USD"),
    }


def test_a_bloc_next_in_a_ranking_is_no_figure_and_the_list_goes_on() -> None:
    """ "South Korea came second at US$51.2 billion, followed by ASEAN with US$38.9 billion": the
    bloc's total is not labelled (it had been a Korean figure with the product "asean"), and a
    country listed after it is still the next item."""
    story = (
        "LIMA - Peru's largest supplier in 2023 was China, with imports of $11.3 billion. The United "
        "States came second at $8.2 billion, followed by Mercosur with $5.1 billion and Mexico with "
        "$1.9 billion."
    )
    assert facts(story, date(2024, 2, 10)) == {
        fact("imports", "PER", "CHN", *Y23, 11.3e9, "USD"),
        fact("imports", "PER", "USA", *Y23, 8.2e9, "USD"),
        fact("imports", "PER", "MEX", *Y23, 1.9e9, "USD"),
    }


@pytest.mark.parametrize(
    "later",
    [
        "By 2019 they had climbed to $2.3 billion.",
        "By 2019, they had climbed to $2.3 billion.",
        "They had climbed to $2.3 billion by 2019.",
    ],
)
def test_a_year_over_before_publication_after_by_dates_the_figure(later: str) -> None:
    """ "By 2023 it had grown to $11.4 billion": a year after "by" that is over when the story
    appears is when the figure had been reached (it had taken the year of the sentence before)."""
    story = f"ACCRA - Ghana's exports to Turkey stood at $640 million in 2008. {later}"
    assert facts(story, date(2024, 5, 6)) == {
        fact("exports", "GHA", "TUR", "2008-01-01", "2008-12-31", 640e6, "USD"),
        fact("exports", "GHA", "TUR", "2019-01-01", "2019-12-31", 2.3e9, "USD"),
    }


@pytest.mark.parametrize(
    "total",
    [
        "Total trade with Brazil, imports and exports together, reached a record US$9.6 billion.",
        "Combined exports and imports with Brazil reached a record US$9.6 billion.",
    ],
)
def test_two_flows_said_to_be_summed_are_the_trade_both_ways(total: str) -> None:
    """ "Total goods trade with Mexico, exports and imports combined, hit a record $798 billion":
    the sum of both flows is the pair's turnover (the flow word nearest the amount had made it
    imports, or the figure had been lost)."""
    story = f"OTTAWA - Canada's imports from Brazil rose 4% to US$5.2 billion in 2023. {total}"
    assert facts(story, date(2024, 2, 20)) == {
        fact("imports", "CAN", "BRA", *Y23, 5.2e9, "USD", 4.0),
        fact("turnover", "CAN", "BRA", *Y23, 9.6e9, "USD"),
    }


@pytest.mark.parametrize(
    "when",
    [
        "when Portugal was selling large amounts of olive oil to Angola",
        "when Angolan buyers imported Portuguese wine in bulk",
    ],
)
def test_a_relative_clause_holding_the_amount_before_keeps_its_flow_words(when: str) -> None:
    """ "Bilateral trade, which reached $9.8 billion in 2014 when Brazil was buying large volumes
    of Nigerian crude, fell to about $2.1 billion in 2023": the flow words up to the comma that
    closes the relative clause tell its own amount's circumstances, and the amount after the
    comma is the antecedent's trade (it had been read as a one-way flow, or lost)."""
    story = (
        f"LUANDA - Trade between Angola and Portugal, which peaked at EUR 6.3 billion in 2013 {when}, "
        "fell to EUR 2.7 billion in 2023."
    )
    assert facts(story, date(2024, 4, 9)) == {
        fact("turnover", "AGO", "PRT", "2013-01-01", "2013-12-31", 6.3e9, "EUR"),
        fact("turnover", "AGO", "PRT", *Y23, 2.7e9, "EUR"),
    }


@pytest.mark.parametrize(
    "setting",
    [
        "That is a drop from the 2021 high, when two-way trade exceeded $5.4 billion.",
        "Sales are down from the 2021 commodity boom, when two-way trade exceeded $5.4 billion.",
    ],
)
def test_a_when_clause_after_the_noun_a_year_qualifies_is_set_in_that_year(setting: str) -> None:
    """ "Those figures mark a decline from the 2022 peak, when bilateral trade topped $38 billion":
    the "when" clause after the noun the year qualifies is set in that year (the figure had been
    dated in the story's own year)."""
    story = f"SANTIAGO - Chile's exports to Vietnam came to $1.9 billion in 2023. {setting}"
    assert facts(story, date(2024, 3, 4)) == {
        fact("exports", "CHL", "VNM", *Y23, 1.9e9, "USD"),
        fact("turnover", "CHL", "VNM", "2021-01-01", "2021-12-31", 5.4e9, "USD"),
    }


@pytest.mark.parametrize(
    ("sentence", "flow", "reporter", "partner"),
    [
        ("Kenya's imports from landlocked Uganda rose to $1.1 billion in 2023.", "imports", "KEN", "UGA"),
        ("Chilean exports to neighbouring Bolivia reached $1.1 billion in 2023.", "exports", "CHL", "BOL"),
        (
            "Exports to war-torn Yemen fell to $1.1 billion in 2023, Omani customs said.",
            "exports",
            "OMN",
            "YEM",
        ),
        (
            "Trade between Chile and neighboring Argentina stood at $1.1 billion in 2023.",
            "turnover",
            "CHL",
            "ARG",
        ),
    ],
)
def test_a_place_adjective_between_preposition_and_country_keeps_the_role(
    sentence: str, flow: str, reporter: str, partner: str
) -> None:
    """ "Iran's non-oil exports to neighboring Iraq reached $6.28 billion": an adjective of the
    country's place or lot ("neighbouring", "landlocked", "war-torn") leaves the preposition's
    role to the country after it (the figure had been lost)."""
    assert facts(sentence, date(2024, 3, 4)) == {fact(flow, reporter, partner, *Y23, 1.1e9, "USD")}


def test_a_gerund_after_to_gives_its_object_no_partner_role() -> None:
    """ "In addition to supplying Iraq with gas": a verb between the preposition and the country
    is no place adjective, so the country is its object, not where the goods go."""
    story = (
        "In addition to supplying Jordan with power, Egypt's exports to Libya reached $1.1 billion in 2023."
    )
    assert facts(story, date(2024, 3, 4)) == {fact("exports", "EGY", "LBY", *Y23, 1.1e9, "USD")}


@pytest.mark.parametrize(
    "clause",
    [
        "mainly because of the quota on steel that Ottawa has kept since 2021",
        "hit by the drought which has gripped the region since 2022",
    ],
)
def test_since_in_a_relative_clause_after_the_figure_leaves_it_a_period_figure(clause: str) -> None:
    """ "imports from Ukraine fell by 11% to 14 812 million zloty, largely due to the ban on
    Ukrainian grain that Warsaw has maintained since 2023": the "since" of a relative clause after
    the figure dates the clause's noun, so the figure is no sum over the years since and takes
    the period of the story (it had been dropped as cumulative)."""
    story = (
        "Canadian exports to Mexico were worth $6.2 billion in the first half of 2023. Imports from "
        f"Mexico dropped 8% to $4.4 billion, {clause}."
    )
    assert facts(story, date(2023, 8, 20)) == {
        fact("exports", "CAN", "MEX", "2023-01-01", "2023-06-30", 6.2e9, "USD"),
        fact("imports", "CAN", "MEX", "2023-01-01", "2023-06-30", 4.4e9, "USD", -8.0),
    }


@pytest.mark.parametrize(
    "comparison",
    [
        "a rise of 9 per cent over the 2022 figure of N$4.8 billion",
        "up 9% from the 2022 level of N$4.8 billion",
        "an increase of 9 percent on the 2022 total of N$4.8 billion",
    ],
)
def test_an_amount_after_the_year_and_noun_of_a_compared_level_is_that_years(comparison: str) -> None:
    """ "a growth of 14 per cent over the 2024 figure of GH¢ 5.96 billion": the year and the noun
    of the level ("figure", "level", "total") between the comparison and the amount make the
    amount the comparison year's figure (it had been dated in the main figure's year)."""
    story = f"WINDHOEK - Namibia's exports to Angola reached N$5.2 billion in 2023, {comparison}."
    assert facts(story, date(2024, 3, 4)) == {
        fact("exports", "NAM", "AGO", *Y23, 5.2e9, "NAD", 9.0),
        fact("exports", "NAM", "AGO", "2022-01-01", "2022-12-31", 4.8e9, "NAD"),
    }


@pytest.mark.parametrize("bloc", ["the European Union", "Mercosur", "the EU"])
def test_a_bloc_followed_by_after_a_market_ranking_is_no_figure_and_the_ranking_goes_on(bloc: str) -> None:
    """ "China was the country's second-biggest export market, followed by the European Union
    with US$43.1 billion": the amount after the bloc is the bloc's total, not labelled (it had
    been booked to the country ranked before the market word), and the next sentence still
    goes on with the ranking."""
    story = (
        "SANTIAGO - Chilean exports to China came to $14.6 billion in the first half of 2024. "
        f"The United States was Chile's second-largest export market, followed by {bloc} with $4.9 billion, "
        "up 2.1 percent. Brazil came fourth at $1.8 billion, up 4 percent."
    )
    assert facts(story, date(2024, 7, 25)) == {
        fact("exports", "CHL", "CHN", "2024-01-01", "2024-06-30", 14.6e9, "USD"),
        fact("exports", "CHL", "BRA", "2024-01-01", "2024-06-30", 1.8e9, "USD", 4.0),
    }


@pytest.mark.parametrize(
    "field", ["among single markets", "among individual countries,", "among Asian buyers"]
)
def test_a_place_among_a_field_of_partners_keeps_the_ranked_amount(field: str) -> None:
    """ "Japan came third among individual countries at US$20.3 billion, up 5.2 per cent": the
    field ranked in between the place and "at"/"with" leaves the amount the ranked country's
    (it had been lost)."""
    story = (
        "QUITO - Ecuador's exports to the United States reached $5.6 billion in the first half of 2024. "
        f"India was fourth {field} with $410 million, up 7 percent."
    )
    assert facts(story, date(2024, 8, 2)) == {
        fact("exports", "ECU", "USA", "2024-01-01", "2024-06-30", 5.6e9, "USD"),
        fact("exports", "ECU", "IND", "2024-01-01", "2024-06-30", 410e6, "USD", 7.0),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2023, the two nations traded goods worth €2.3 billion.",
        "Last year both countries exchanged €2.3 billion worth of goods.",
        "The two neighbours have traded €2.3 billion worth of merchandise in 2023.",
    ],
)
def test_the_pair_as_subject_of_a_trading_verb_is_its_turnover(sentence: str) -> None:
    """ "In 2023, the two countries traded $6.4 billion worth of goods." after a figure of
    another period: "the two countries" as the subject of "traded"/"exchanged" names the pair,
    as "trade between the two countries" does (the figure had been lost)."""
    story = "LISBON - Trade between Portugal and Morocco reached €1.9 billion in the first half of 2024. "
    story += sentence
    assert facts(story, date(2024, 9, 2)) == {
        fact("turnover", "PRT", "MAR", *H1, 1.9e9, "EUR"),
        fact("turnover", "PRT", "MAR", *Y23, 2.3e9, "EUR"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Association head Amos Wekesa said traders had lost about $90 million in trade over two years.",
        "Exporters said they had suffered losses of nearly $90 million in trade because of border closures.",
        "Traders said the closures meant $90 million in lost exports over two years.",
    ],
)
def test_an_amount_told_as_a_loss_is_no_trade_figure(sentence: str) -> None:
    """ "the business community had lost around $1bn in trade over the past two years" after an
    exports figure: what trade failed to earn is no figure of its own (it had become a turnover
    with the period and sides of the figure before)."""
    story = f"KAMPALA - Uganda's exports to South Sudan rose 8% to $512 million in 2023. {sentence}"
    assert facts(story, date(2024, 2, 14)) == {fact("exports", "UGA", "SSD", *Y23, 512e6, "USD", 8.0)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Vietnamese goods accounted for 6 percent of Chile's imports in 2023, or $1.4 billion.",
        "Vietnamese products made up about 6% of Chile's total imports in 2023, some $1.4 billion.",
        "Vietnamese goods represented 6 percent of Chile's imports in 2023, worth roughly $1.4 billion.",
        "Vietnamese goods accounted for 6 percent of Chile's imports in 2023, equivalent to $1.4 billion.",
    ],
)
def test_a_share_of_imports_restated_as_an_amount_is_the_goods_country_exports(sentence: str) -> None:
    """ "Turkish goods accounted for 3 percent of Iraq's imports last year, or $1.9 billion.":
    the amount after the whole restates the share, so it is the goods' country's exports to
    the importer (the figure had been lost, its partner unread)."""
    assert facts(sentence, date(2024, 5, 2)) == {fact("exports", "VNM", "CHL", *Y23, 1.4e9, "USD")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Vietnamese goods accounted for 6 percent of Chile's imports in 2023, which totalled $90 billion.",
        "Vietnamese goods accounted for 6 percent of Chile's imports in 2023.",
        "Chile's imports reached $90 billion in 2023, with Vietnamese goods accounting for 6 percent.",
    ],
)
def test_the_whole_of_a_share_or_a_share_alone_is_no_pair_figure(sentence: str) -> None:
    """The whole a share is of, in a relative clause or as the subject, is the importer's
    total; a share with no amount is no figure."""
    assert facts(sentence, date(2024, 5, 2)) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Vietnam's exports to Chile accounted for 6 percent of Chile's total imports in 2023, "
        "reaching $1.4 billion.",
        "Vietnam's exports to Chile made up a growing share of Chilean imports in 2023, totalling "
        "$1.4 billion.",
        "Vietnam's exports to Chile represented 6% of the country's imports in 2023, amounting to "
        "$1.4 billion.",
    ],
)
def test_a_share_before_the_amount_leaves_the_amount_to_the_subject_flow(sentence: str) -> None:
    """ "China's exports to Chile accounted for 28.5 percent of Chile's total imports in 2024,
    reaching 18.4 billion dollars": the whole the share is of is no flow of the amount, which is
    the subject's exports (the whole's imports had made it Chile's total, and it was lost)."""
    assert facts(sentence, date(2024, 5, 2)) == {fact("exports", "VNM", "CHL", *Y23, 1.4e9, "USD")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The value of Peruvian goods entering Bolivia rose to $1.1 billion in 2023.",
        "Goods from Peru entering Bolivia were worth $1.1 billion in 2023.",
        "Peruvian products arriving in Bolivia reached $1.1 billion in 2023.",
    ],
)
def test_goods_entering_a_country_are_their_country_exports_to_it(sentence: str) -> None:
    """ "The value of Chinese goods entering Kenya rose to Sh400 billion last year": goods of
    one country (a demonym or "from X") entering another are the first's exports to the second,
    though no flow word says so (the figure had been lost)."""
    assert facts(sentence, date(2024, 5, 2)) == {fact("exports", "PER", "BOL", *Y23, 1.1e9, "USD")}


@pytest.mark.parametrize(
    "second",
    [
        "The value of Peruvian goods entering Bolivia rose to $1.1 billion in 2023.",
        "The worth of Peruvian merchandise arriving in Bolivia came to $1.1 billion in 2023.",
    ],
)
def test_the_value_of_demonym_goods_entering_names_its_seller_after_another_partner(second: str) -> None:
    """ "The value of Tanzanian goods coming into Kenya rose to ..." after a figure of another
    partner: the demonym after "of" is whose goods they are, the seller (it had been read as an
    origin "of" and lost to the partner of the sentence before)."""
    text = "Bolivia's exports to Chile reached $900 million in 2023. " + second
    assert facts(text, date(2024, 5, 2)) == {
        fact("exports", "BOL", "CHL", *Y23, 900e6, "USD"),
        fact("exports", "PER", "BOL", *Y23, 1.1e9, "USD"),
    }


def test_imports_of_demonym_goods_keep_the_demonym_as_origin() -> None:
    """Look-alike: "imports of Chilean goods" name the goods' origin after "of", no seller's clause."""
    text = (
        "Bolivia's exports to Peru reached $900 million in 2023. Bolivia's imports of Chilean goods rose to "
        "$1.1 billion in 2023."
    )
    assert facts(text, date(2024, 5, 2)) == {
        fact("exports", "BOL", "PER", *Y23, 900e6, "USD"),
        fact("imports", "BOL", "CHL", *Y23, 1.1e9, "USD"),
    }


def test_people_entering_a_country_are_no_flow() -> None:
    """Only goods enter as exports: travellers entering a country and what they paid are no trade."""
    assert (
        facts("Peruvian traders entering Bolivia paid $3 million in fees in 2023.", date(2024, 5, 2)) == set()
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile booked its 2023 exports to Korea, with shipments peaking at $6.2 billion.",
        "Chilean exports to Korea grew through 2023, with shipments reaching $6.2 billion.",
    ],
)
def test_a_bare_flow_noun_of_a_with_clause_is_the_flow_told_before(sentence: str) -> None:
    """ "Australia recorded FY11 exports to Japan, with shipments peaking at $3.4 billion": the
    with-clause's "shipments" are the exports the clause before named, with their sides (the
    figure had been lost, its sides unread)."""
    assert facts(sentence, date(2024, 5, 2)) == {fact("exports", "CHL", "KOR", *Y23, 6.2e9, "USD")}


def test_a_with_clause_naming_its_own_partner_keeps_it() -> None:
    """A with-clause whose flow names a partner of its own is that partner's figure."""
    story = "Chilean exports to Korea grew in 2023, with shipments to Japan reaching $6.2 billion."
    assert facts(story, date(2024, 5, 2)) == {fact("exports", "CHL", "JPN", *Y23, 6.2e9, "USD")}


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("Ghana's cashew sales to Vietnam earned $310 million in 2023, while volumes fell 12 percent.", None),
        ("Ghana's cashew sales to Vietnam earned $310 million in 2023 even though volumes dropped "
         "by a third.", None),
        ("Ghana's cashew sales to Vietnam rose to $310 million in 2023, although export volumes were "
         "down 7%.", None),
        ("Ghana's cashew sales to Vietnam reached $310 million in 2023, up 9% by volume.", None),
        # the value's own change, before a volume told without one
        ("Ghana's cashew sales to Vietnam reached $310 million in 2023, up 9% on 2022, while volumes "
         "were flat.", 9.0),
        # "trade volume" is the value's usual name
        ("Ghana-Vietnam trade volume rose 9 percent to $310 million in 2023.", 9.0),
    ],
)  # fmt: skip
def test_a_change_of_the_volume_is_not_the_values(sentence: str, change: float | None) -> None:
    """ "worth nearly NOK 2.2 billion, while volumes fell 20 percent": a change whose subject is
    the volume shipped, or which is marked "by volume", is the tonnes', not the figure's (the
    value's change had been set to it, though the value went up)."""
    (figure,) = facts(f"ACCRA - {sentence}", date(2024, 3, 1))
    assert figure[7] == change


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("Ghana's cashew sales to Vietnam grew 14% to 260,000 tonnes, worth $310 million, in 2023.", None),
        ("Ghana's cashew sales to Vietnam slipped 6 percent in 2023 to about 250,000 tons, valued at "
         "$310 million.", None),
        ("Ghana's cashew sales to Vietnam fell 11% from 290,000 tonnes, earning $310 million in 2023.", None),
        # the level reached is the money, the tonnes come after: the change is the value's
        ("Ghana's cashew sales to Vietnam grew 14% to $310 million in 2023, on 260,000 tonnes.", 14.0),
        ("Ghana's cashew sales to Vietnam grew 14% to $310 million in 2023 from 2022.", 14.0),
    ],
)  # fmt: skip
def test_a_change_to_a_quantity_is_not_the_values(sentence: str, change: float | None) -> None:
    """ "rose 20% to 2.1 million tonnes, valued at $1.3 billion": the change went to the tonnes,
    so the value's change is not told (it had been given the 20%)."""
    (figure,) = facts(f"ACCRA - {sentence}", date(2024, 3, 1))
    assert figure[7] == change


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chile sold 410,000 tonnes of copper to Japan in 2023; revenue from the Asian market climbed 6% "
         "to $4.2 billion.", ("CHL", "JPN", 4.2e9, 6.0, "copper")),
        ("Brazil shipped 2.3 million barrels of crude to India in 2023, and the value of those cargoes rose "
         "to $1.9 billion.", ("BRA", "IND", 1.9e9, None, "crude")),
        ("Ghana's cocoa exports to Malaysia totalled 95,000 tonnes in 2023, while revenue fell 9 percent "
         "to $310 million as prices slumped.", ("GHA", "MYS", 310e6, -9.0, "cocoa")),
        ("Thailand sold 1.4 million tonnes of rice to the Philippines in 2023, worth $780 million.",
         ("THA", "PHL", 780e6, None, "rice")),
        # every unit of QUANTITY_UNITS is a quantity (a count, a volume; each had been missed by one list)
        ("Australia sold 120,000 head of cattle to Indonesia in 2023; revenue from the Asian market "
         "climbed 6% to $240 million.", ("AUS", "IDN", 240e6, 6.0, "cattle")),
        ("Norway sold 2 billion cubic metres of gas to Germany in 2023; revenue from that market climbed "
         "6% to $4 billion.", ("NOR", "DEU", 4e9, 6.0, "gas")),
        ("France sold 3 million litres of wine to China in 2023; revenue from the Asian market climbed 6% "
         "to $40 million.", ("FRA", "CHN", 40e6, 6.0, "wine")),
    ],
)  # fmt: skip
def test_a_value_after_a_clause_of_weight_is_that_flows(
    sentence: str, expected: tuple[str, str, float, float | None, str]
) -> None:
    """ "Argentina shipped 596,000 tonnes of beef to China in 2024, but export revenue from the
    Asian giant fell 16.3 percent to US$1.73 billion": the value told in the clause after a
    tonnage is the flow's figure, with that clause's sides and goods (it had been lost: the
    value clause names no country, and "revenue" alone was read as no trade)."""
    (figure,) = extract_trade_mentions(sentence, split_sentences(sentence), date(2024, 3, 1))
    got = (figure.reporter_iso3, figure.partner_iso3, figure.value, figure.change_pct, figure.product)
    assert (figure.flow, got) == ("exports", expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya's exports of 12 million kg of tea to Egypt were worth $40 million in 2023.",
        "Kenya exported 12 million kilogrammes of tea worth $40 million to Egypt in 2023.",
    ],
)
def test_goods_counted_in_any_unit_are_named(sentence: str) -> None:
    """ "exports of 12 million kg of tea", "exported 12 million kilogrammes of tea worth": the
    count in any unit of QUANTITY_UNITS is no part of the goods (they had been lost)."""
    (figure,) = extract_trade_mentions(sentence, split_sentences(sentence), date(2024, 3, 1))
    assert (figure.partner_iso3, figure.value, figure.product) == ("EGY", 40e6, "tea")


def test_a_value_after_a_clause_of_weight_keeps_its_own_market() -> None:
    """The clause after a tonnage that names a market of its own is that market's figure."""
    story = (
        "Australia sold 9.2 million tonnes of barley to China in 2023, while the shipments to Japan were "
        "worth A$1.1 billion."
    )
    (figure,) = extract_trade_mentions(story, split_sentences(story), date(2024, 3, 1))
    assert (figure.reporter_iso3, figure.partner_iso3, figure.product) == ("AUS", "JPN", None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ecuador shipped 1.9 million tonnes of bananas to Russia in 2023, but earnings from the Eastern "
         "European market slid 7 percent to $650 million.", ("ECU", "RUS", 650e6, -7.0, "bananas")),
        ("Vietnam sold 410,000 tonnes of rice to Bangladesh in 2023, while export revenue from the South "
         "Asian market rose 4 percent to $240 million.", ("VNM", "BGD", 240e6, 4.0, "rice")),
    ],
)  # fmt: skip
def test_a_value_after_a_clause_of_weight_from_a_regions_market(
    sentence: str, expected: tuple[str, str, float, float | None, str]
) -> None:
    """ "..., but earnings from the Eastern European market slid ...": the value clause after a
    tonnage that calls its partner a region's market is the partner's figure (the region had made
    it a bloc's total, and it was lost)."""
    (figure,) = extract_trade_mentions(sentence, split_sentences(sentence), date(2024, 3, 1))
    got = (figure.reporter_iso3, figure.partner_iso3, figure.value, figure.change_pct, figure.product)
    assert (figure.flow, got) == ("exports", expected)


def test_a_regions_market_without_a_tonnage_before_stays_the_regions() -> None:
    """Without a clause of weight before it, "revenue from the Eastern European market" is no
    one country's figure."""
    story = (
        "Ecuador's banana exports to Russia rose in 2023, while revenue from the Eastern European market "
        "slid to $650 million."
    )
    assert extract_trade_mentions(story, split_sentences(story), date(2024, 3, 1)) == []


def test_goods_told_before_another_amount_are_not_the_later_amounts() -> None:
    """ "exported tea to Pakistan in 2022 for $300 million and in 2023 goods worth $350 million":
    the goods before the partner are the first amount's; an amount between them and the second
    makes them not the second's (the second had taken "tea" once the goods were cut at "to")."""
    story = (
        "NAIROBI - Kenya exported tea to Pakistan in 2022 for $300 million and in 2023 goods worth "
        "$350 million."
    )
    got = {
        m.value: m.product for m in extract_trade_mentions(story, split_sentences(story), date(2024, 3, 1))
    }
    assert got == {300e6: "tea", 350e6: None}


@pytest.mark.parametrize(
    "sentence",
    [
        "Before the pact took effect, bilateral trade was worth some $3 billion a year.",
        "Ghana's exports to Togo are much smaller: about $90 million per year.",
        "Until the border closed, trade between the two neighbours ran at roughly $3 billion annually.",
        "Before the pact took effect, bilateral trade was worth some $3 billion per annum.",
    ],
)
def test_a_level_per_year_without_its_period_is_no_figure(sentence: str) -> None:
    """ "Before it came into force, bilateral trade was worth some $20 billion a year": a level
    per year for a span the sentence does not state is no figure (it had taken the period of
    the sentence before); the one before keeps its own."""
    story = f"ACCRA - Ghana's trade with Togo reached $3.4 billion in 2023. {sentence}"
    assert facts(story, date(2024, 3, 1)) == {fact("turnover", "GHA", "TGO", *Y23, 3.4e9, "USD")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Cocoa alone brings in about $600 million of Ghanaian sales to Togo each year.",
        "Fuel makes up some $700 million of the goods Ghana sells to Togo annually.",
        "Ghana ships roughly $800 million of goods to Togo every year; most of it is fuel.",
    ],
)
def test_a_per_year_marker_ending_the_amount_s_clause_is_a_level_without_period(sentence: str) -> None:
    """ "$250 million of Canadian sales to Turkey each year": the per-year marker after the
    words of the flow, at the end of the amount's clause, makes the amount a rate as right
    after it does (it had taken the sentence before's year)."""
    story = f"ACCRA - Ghana's trade with Togo reached $3.4 billion in 2023. {sentence}"
    assert facts(story, date(2024, 3, 1)) == {fact("turnover", "GHA", "TGO", *Y23, 3.4e9, "USD")}


def test_a_span_of_a_year_at_the_clause_end_is_no_rate() -> None:
    """ "from $2.9 billion in a year", "within a year": a span, not a rate; the figures stay."""
    story = "ACCRA - Ghana's exports to Togo rose to $3.4 billion in 2023 from $2.9 billion within a year."
    assert facts(story, date(2024, 3, 1)) == {
        fact("exports", "GHA", "TGO", *Y23, 3.4e9, "USD"),
        fact("exports", "GHA", "TGO", *Y22, 2.9e9, "USD"),
    }


def test_a_level_per_year_with_its_period_is_still_a_figure() -> None:
    """The same rate told with its own year, or "a year earlier", is still that year's figure."""
    story = (
        "ACCRA - Ghana's trade with Togo reached $3.4 billion in 2023, up from $3.1 billion a year earlier. "
        "Exports to Togo were worth $900 million a year in 2022."
    )
    assert facts(story, date(2024, 3, 1)) == {
        fact("turnover", "GHA", "TGO", *Y23, 3.4e9, "USD"),
        fact("turnover", "GHA", "TGO", *Y22, 3.1e9, "USD"),
        fact("exports", "GHA", "TGO", *Y22, 900e6, "USD"),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officials hope bilateral trade will climb back to its 2021 peak of $8.3 billion by 2026.",
         fact("turnover", "GHA", "TGO", "2021-01-01", "2021-12-31", 8.3e9, "USD")),
        ("Bilateral trade has grown steadily since the trade agreement took effect in 2012, when it stood at "
         "about $1.1 billion.", fact("turnover", "GHA", "TGO", "2012-01-01", "2012-12-31", 1.1e9, "USD")),
    ],
)  # fmt: skip
def test_a_past_level_inside_a_goal_or_a_since_clause_is_a_figure(sentence: str, expected: Fact) -> None:
    """ "hoped bilateral trade would return to its 2022 high of $45.1 billion", "since the
    agreement took effect in 2004, when it stood at about US$1.6bn": the past level, with its
    year, is a figure of that year, without the sentence's change; the goal around it is none
    (both had been lost with the goal or the agreement)."""
    story = f"ACCRA - Ghana's trade with Togo reached $3.4 billion in 2023. {sentence}"
    assert facts(story, date(2024, 3, 1)) == {fact("turnover", "GHA", "TGO", *Y23, 3.4e9, "USD"), expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials hope bilateral trade will climb to a peak of $8.3 billion by 2026.",
        "Bilateral trade has grown since the trade agreement took effect, when it stood at $1.1 billion.",
    ],
)
def test_a_level_inside_a_goal_or_a_since_clause_without_its_year_is_none(sentence: str) -> None:
    """Without a year of its own the level is the goal's, or of a time the sentence does not date."""
    story = f"ACCRA - Ghana's trade with Togo reached $3.4 billion in 2023. {sentence}"
    assert facts(story, date(2024, 3, 1)) == {fact("turnover", "GHA", "TGO", *Y23, 3.4e9, "USD")}


@pytest.mark.parametrize(
    "story",
    [
        "ACCRA - An earlier version of this story said Ghana's exports to Togo were $612 million in 2023. "
        "The correct figure, according to customs, is $621 million.",
        "ACCRA - The cocoa board revised its estimate of Ghana's exports to Togo in 2023, which it had put "
        "at $612 million; the final figure was $621 million.",
        "ACCRA - Ghana's exports to Togo in 2023 were put at $612 million in a preliminary estimate. The "
        "final figure was $621 million.",
        "ACCRA - Ghana's exports to Togo were $621 million in 2023, revised down from a preliminary $612 "
        "million.",
        "ACCRA - Ghana's exports to Togo were $621 million in 2023 (Revised from a preliminary $612 "
        "million).",
    ],
)
def test_a_corrected_figure_replaces_the_one_it_corrects(story: str) -> None:
    """ "The correct figure, per Census, is $475.2 billion", "...; the final figure was NOK 8.5
    billion", "revised from a preliminary NOK 8.6 billion": only the corrected figure is a fact
    (the interjection had hidden it; the superseded one had been kept)."""
    assert facts(story, date(2024, 3, 1)) == {fact("exports", "GHA", "TGO", *Y23, 621e6, "USD")}


def test_a_second_figure_of_the_same_flow_without_a_correction_stays() -> None:
    """Two sources' figures for the same flow, with no word of correction, both stay."""
    story = (
        "ACCRA - Ghana's exports to Togo were $612 million in 2023, customs said. Togo's statistics office "
        "put Ghana's exports to Togo in 2023 at $621 million."
    )
    assert len(facts(story, date(2024, 3, 1))) == 2


@pytest.mark.parametrize(
    "before",
    ["", "Malaysian exports to Singapore were RM12.4 billion in December 2024. "],
)
@pytest.mark.parametrize(
    "next_item", ["Japan came next with", "Japan ranked fourth with", "Japan followed with"]
)
def test_a_ranking_closed_by_a_bloc_goes_on_in_its_own_period(before: str, next_item: str) -> None:
    """ "Indonesia was Malaysia's third-largest export market in 2024, followed by ASEAN ..."
    opens the ranking even as the first trade sentence of the story (the item after it had been
    lost), and its own period is the next item's (it had taken the December of a figure before)."""
    story = (
        f"KUALA LUMPUR - {before}Indonesia was Malaysia's third-largest export market in 2024, followed by "
        f"the European Union with RM90.2 billion, up 3.1 per cent. {next_item} RM61.5 billion."
    )
    found = {f for f in facts(story, date(2025, 2, 20)) if f[2] == "JPN"}
    assert found == {fact("exports", "MYS", "JPN", "2024-01-01", "2024-12-31", 61.5e9, "MYR")}


@pytest.mark.parametrize(
    "tail",
    [
        "a gap that Brussels reads as a sign of Chinese goods entering the EU through Türkiye",
        "an imbalance which Ankara blames on cheap steel shipped via Vietnam",
        "a shortfall that worries exporters in Germany",
    ],
)
def test_a_noun_in_apposition_with_its_relative_clause_gives_no_partner(tail: str) -> None:
    """ "..., while exporting just $3.2 billion, a gap that ... Vietnam": the elided partner of
    the export clause is the one the clause before named, not a country of the appositive's
    relative clause (the export had been booked to that country, or lost)."""
    text = f"In 2024 Türkiye imported $45.0 billion from China, while exporting just $3.2 billion, {tail}."
    assert facts(text, date(2025, 3, 1)) == {
        fact("imports", "TUR", "CHN", "2024-01-01", "2024-12-31", 45.0e9, "USD"),
        fact("exports", "TUR", "CHN", "2024-01-01", "2024-12-31", 3.2e9, "USD"),
    }


@pytest.mark.parametrize(
    "season",
    ["during the 2023-2024 season", "in the 2023/24 marketing year", "in the 2023-24 harvest season"],
)
def test_a_figure_of_a_farm_season_is_left_out_and_not_carried(season: str) -> None:
    """ "Avocado exports to Spain brought in $410 million during the 2023-2024 season": twelve
    months of two years, which ones the crop's and not the text's, so no fact (it had been read
    as 24 months), and the next figure keeps the story's year; its comparison goes with it."""
    text = (
        "Peru's exports to Spain rose 4% to $1.9 billion in 2024. "
        f"Avocado exports to Spain brought in $410 million {season}, up from $300 million a season earlier. "
        "Imports from Spain totaled $820 million."
    )
    assert facts(text, date(2025, 3, 1)) == {
        fact("exports", "PER", "ESP", "2024-01-01", "2024-12-31", 1.9e9, "USD", 4.0),
        fact("imports", "PER", "ESP", "2024-01-01", "2024-12-31", 820e6, "USD"),
    }


def test_a_two_way_figure_after_a_members_part_of_a_bloc_total_is_the_blocs() -> None:
    """ "The EAEU's trade with Egypt reached $9.1 billion, of which Russia accounted for $8.5
    billion. ... two-way trade grew 6 percent to $3.2 billion": the member's part is a fact, but
    the two-way figure after it goes on with the bloc's total (it had been booked to the member)."""
    text = (
        "Mercosur's trade with Morocco reached $4.4 billion in 2024, of which Brazil accounted for "
        "$3.9 billion. In the first five months of this year two-way trade rose 8 percent to $1.9 billion."
    )
    assert facts(text, date(2025, 7, 1)) == {fact("turnover", "BRA", "MAR", *Y24, 3.9e9, "USD")}


#: "by (until, up to) the end of <month>" tells a running total from January when the month is
#: over at publication; a month still to come is a deadline, no figure.
RUNNING_TOTALS_TO_THE_END_OF_A_MONTH = [
    ("Bahraini exports to Kenya totalled $41 million by the end of August 2024.", date(2024, 11, 5),
     [fact("exports", "BHR", "KEN", "2024-01-01", "2024-08-31", 41e6, "USD")]),
    ("Kuwait's imports from Vietnam stood at $77 million until the end of July.", date(2024, 11, 5),
     [fact("imports", "KWT", "VNM", "2024-01-01", "2024-07-31", 77e6, "USD")]),
    ("Bahrain and Kenya aim to lift trade to $90 million by the end of June 2026.", date(2024, 11, 5), []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), RUNNING_TOTALS_TO_THE_END_OF_A_MONTH)
def test_running_totals_to_the_end_of_a_month(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


@pytest.mark.parametrize(
    ("text", "currencies"),
    [
        ("Algerian exports to Libya reached 90 billion Algerian dinars in 2023, while Libyan exports to "
         "Algeria came to 2 billion dinars.", ["DZD", "DZD"]),
        ("Yemen's imports from Oman stood at 40 million Omani rials in 2023, while Yemeni exports to Oman "
         "reached 9 million rials.", ["OMR", "OMR"]),
        # the unit named is of neither side of the second figure: that figure's own
        ("Jordan's exports to Iraq reached 500 million Jordanian dinars in 2023, while Kuwait's exports "
         "to Iraq were 200 million dinars.", ["JOD", "KWD"]),
    ],
)  # fmt: skip
def test_a_bare_shared_unit_is_the_one_the_sentence_named_before(text: str, currencies: list[str]) -> None:
    """A bare "dinars", "rials", "pounds" after a figure whose unit the sentence named is that
    unit when it is a side's ("740 million dinars" after "3.1 billion Tunisian dinars" had been
    read as the Libyan reporter's own dinar)."""
    found = extract(text, date(2024, 6, 1))
    assert [m.currency for m in sorted(found, key=lambda m: m.char_start)] == currencies


#: A comparison amount after the main one takes the subject's flow, not a flow word of an
#: aside after the subject ("the Kingdom's largest trading partner", "its biggest export market").
COMPARISONS_PAST_A_SUBJECT_ASIDE = [
    ("Omani imports from India, the Sultanate's largest trading partner, reached $7.1 billion in 2024, "
     "up from $6.4 billion in 2023.", date(2025, 3, 1),
     [fact("imports", "OMN", "IND", "2024-01-01", "2024-12-31", 7.1e9, "USD"),
      fact("imports", "OMN", "IND", *Y23, 6.4e9, "USD")]),
    ("Kuwaiti exports to Japan, its biggest import market in Asia, climbed to $9 billion in 2024, "
     "compared with $8.2 billion in 2023.", date(2025, 3, 1),
     [fact("exports", "KWT", "JPN", "2024-01-01", "2024-12-31", 9e9, "USD"),
      fact("exports", "KWT", "JPN", *Y23, 8.2e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), COMPARISONS_PAST_A_SUBJECT_ASIDE)
def test_comparisons_past_a_subject_aside(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A demonym before goods and an import word names where the goods come from when another
#: country owns the imports (a possessive before it, or "of X's purchases" after the amount);
#: alone, "Chinese soybean imports" are China's.
DEMONYM_OF_THE_GOODS_BOUGHT = [
    ("Kenya's Indian rice imports reached $410 million in 2023.", date(2024, 5, 1),
     [fact("imports", "KEN", "IND", *Y23, 410e6, "USD", product=True)]),
    ("Ukrainian corn imports accounted for $1.1 billion of Spain's purchases from Ukraine in 2023.",
     date(2024, 5, 1), [fact("imports", "ESP", "UKR", *Y23, 1.1e9, "USD", product=True)]),
    ("Chinese soybean imports from Brazil reached $38 billion in 2023.", date(2024, 5, 1),
     [fact("imports", "CHN", "BRA", *Y23, 38e9, "USD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), DEMONYM_OF_THE_GOODS_BOUGHT)
def test_demonym_of_the_goods_bought(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # "that year" after a background event's year: that year, not the story's period
        (
            "Ghana's imports from Turkey reached $1.4 billion last year.\n\n"
            "Turkish President Recep Tayyip Erdogan first visited Accra on March 1, 2016. That year, "
            "trade between the two countries stood at $400 million.",
            {
                fact("imports", "GHA", "TUR", *Y23, 1.4e9, "USD"),
                fact("turnover", "GHA", "TUR", "2016-01-01", "2016-12-31", 400e6, "USD"),
            },
        ),
        # with no earlier figure, the year told before is the figure's (it had been lost)
        (
            "Kenyan President Uhuru Kenyatta toured Jakarta in August 2017. Bilateral trade between "
            "Kenya and Indonesia was worth $980 million the same year.",
            {fact("turnover", "KEN", "IDN", "2017-01-01", "2017-12-31", 980e6, "USD")},
        ),
        # look-alike: "the same year-ago period" measures back, no year told before
        (
            "Ghana's imports from Turkey reached $1.4 billion last year, up from $1.1 billion in the "
            "same year-ago period.",
            {
                fact("imports", "GHA", "TUR", *Y23, 1.4e9, "USD"),
                fact("imports", "GHA", "TUR", *Y22, 1.1e9, "USD"),
            },
        ),
    ],
)
def test_that_year_is_the_year_told_just_before(story: str, expected: set) -> None:
    """ "Pinera met Moon in Seoul in November 2019. That year, trade between the two countries came
    to $5.7 billion": "that year" (or "the same year") is the year the sentence before names."""
    assert facts(story, date(2024, 5, 20)) == expected


@pytest.mark.parametrize(
    ("story", "published", "expected"),
    [
        # an undated story: "last year" is of no known year, not the half told before
        (
            "In the first half of 2024, Peru's exports to Ghana rose to $80 million.\n\n"
            "Chile's trade with Ghana is still small, at about $45 million last year.",
            None,
            {fact("exports", "PER", "GHA", *H1, 80e6, "USD")},
        ),
        (
            "Peru's exports to Ghana rose to $80 million in the first half of 2024. This year, "
            "Chile's imports from Ghana came to $45 million.",
            None,
            {fact("exports", "PER", "GHA", *H1, 80e6, "USD")},
        ),
        # dated: the year before publication
        (
            "In the first half of 2024, Peru's exports to Ghana rose to $80 million.\n\n"
            "Chile's trade with Ghana is still small, at about $45 million last year.",
            date(2025, 3, 2),
            {
                fact("exports", "PER", "GHA", *H1, 80e6, "USD"),
                fact("turnover", "CHL", "GHA", *Y24, 45e6, "USD"),
            },
        ),
        # look-alike: no year counted from publication, the running half stands
        (
            "In the first half of 2024, Peru's exports to Ghana rose to $80 million.\n\n"
            "Over the same period, Chile's imports from Ghana came to $45 million.",
            None,
            {
                fact("exports", "PER", "GHA", *H1, 80e6, "USD"),
                fact("imports", "CHL", "GHA", *H1, 45e6, "USD"),
            },
        ),
        # an undated story: a month of the publication's year is no span of the year told before
        (
            "Peru's exports to Ghana rose to $80 million in 2024. In February, shipments to Ghana "
            "picked up again to $9 million.",
            None,
            {fact("exports", "PER", "GHA", *Y24, 80e6, "USD")},
        ),
        # look-alike: the months told before, named again without their year, are theirs
        (
            "Peru's exports to Ghana rose to $80 million in the first half of 2024. Chile's imports "
            "from Ghana came to $45 million in the January-June period.",
            None,
            {
                fact("exports", "PER", "GHA", *H1, 80e6, "USD"),
                fact("imports", "CHL", "GHA", *H1, 45e6, "USD"),
            },
        ),
    ],
)
def test_a_year_counted_from_publication_beats_the_running_period(
    story: str, published: date | None, expected: set
) -> None:
    """ "... at just over $200 million last year": a year counted from the publication in the
    figure's own sentence dates it, never the story's running period; undated, it is unknown."""
    assert facts(story, published) == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("Japan's exports to Mexico fell 6.2 percent to $1.06 billion in the first 20 days of this month "
         "from the same period of 2023.",
         {fact("exports", "JPN", "MEX", "2024-05-01", "2024-05-20", 1.06e9, "USD", -6.2)}),
        ("Shipments from Japan to Mexico totaled US$1.06 billion during the May 1-20 period.",
         {fact("exports", "JPN", "MEX", "2024-05-01", "2024-05-20", 1.06e9, "USD")}),
        ("Japanese exports to Mexico reached $0.9 billion in the first two weeks of May.",
         {fact("exports", "JPN", "MEX", "2024-05-01", "2024-05-14", 0.9e9, "USD")}),
    ],
)  # fmt: skip
def test_a_figure_of_the_first_days_of_a_month_is_of_those_days(story: str, expected: set) -> None:
    """Customs data for "the first 20 days of this month" or "the May 1-20 period" are of those
    days (they had been of no period, or of the whole month a year before)."""
    assert facts(story, date(2024, 5, 21)) == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # a month set apart from the running total in the figureless sentence before: that month
        (
            "Peru's exports to Chile rose 6% to $8.4 billion in January-September. September by itself "
            "was a weak month. Shipments to Chile fell 3% to $0.8 billion.",
            {
                fact("exports", "PER", "CHL", "2024-01-01", "2024-09-30", 8.4e9, "USD", 6.0),
                fact("exports", "PER", "CHL", "2024-09-01", "2024-09-30", 0.8e9, "USD", -3.0),
            },
        ),
        # "a year earlier" told with months of no year: the same months, a year back
        (
            "Peru's exports to Chile rose 6% to $8.4 billion in January-September. A year earlier, "
            "over January-September, Peruvian exporters had sold Chile goods worth $7.9 billion.",
            {
                fact("exports", "PER", "CHL", "2024-01-01", "2024-09-30", 8.4e9, "USD", 6.0),
                fact("exports", "PER", "CHL", "2023-01-01", "2023-09-30", 7.9e9, "USD"),
            },
        ),
        # look-alike: a sentence about another time sets no period
        (
            "Peru's exports to Chile rose 6% to $8.4 billion in January-September. In 2019, the two "
            "signed a free trade pact. Shipments to Chile of fish meal came to $0.3 billion.",
            {
                fact("exports", "PER", "CHL", "2024-01-01", "2024-09-30", 8.4e9, "USD", 6.0),
                fact("exports", "PER", "CHL", "2024-01-01", "2024-09-30", 0.3e9, "USD", product=True),
            },
        ),
    ],
)
def test_the_period_a_figure_is_set_apart_by(story: str, expected: set) -> None:
    """A month singled out in the figureless sentence before ("September by itself was a weak
    month."), and months told with "a year earlier": each gives the figure its own span, not the
    story's running one."""
    assert facts(story, date(2024, 10, 20)) == expected


@pytest.mark.parametrize(
    ("story", "published", "expected"),
    [
        # a change "on" a month of a year, "the same N months of" a year, "the same as in" a year:
        # the period compared with, the figure's own stays
        (
            "In February alone, Peru's exports to Chile were $0.9 billion, down 4 percent on February 2023.",
            date(2024, 3, 20),
            {fact("exports", "PER", "CHL", "2024-02-01", "2024-02-29", 0.9e9, "USD", -4.0)},
        ),
        (
            "Figures for January to May this year put Peru's imports from Chile at $61m, up 2 per cent "
            "on the same five months of 2023.",
            date(2024, 8, 1),
            {fact("imports", "PER", "CHL", "2024-01-01", "2024-05-31", 61e6, "USD", 2.0)},
        ),
        (
            "In 2024, Peru exported goods worth $610 mln to Chile. Exports of copper to Chile held at "
            "$91 mln, roughly the same as in 2023.",
            date(2025, 2, 7),
            {
                fact("exports", "PER", "CHL", *Y24, 610e6, "USD"),
                fact("exports", "PER", "CHL", *Y24, 91e6, "USD", product=True),
            },
        ),
    ],
)
def test_a_period_compared_with_leaves_the_figure_its_own(story: str, published: date, expected: set) -> None:
    """ "down 12 percent on January 2024", "up 9.3 per cent on the same six months of 2023",
    "roughly the same as in 2023": the period named is the one compared with, and the figure
    keeps its own (it had taken the compared one)."""
    assert facts(story, published) == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # an undated story: after a running total from January, months without a year are of its year
        (
            "Chile's trade with Bolivia in January-August 2023 came to $910 million. In July-September, "
            "Bolivia sold Chile natural gas worth 2.4 billion bolivianos.",
            {
                fact("turnover", "CHL", "BOL", "2023-01-01", "2023-08-31", 910e6, "USD"),
                fact("exports", "BOL", "CHL", "2023-07-01", "2023-09-30", 2.4e9, "BOB", product=True),
            },
        ),
        (
            "Peru's exports to Ghana reached $61 million in the first five months of 2024. In the "
            "second quarter, Peru's imports from Ghana came to $8 million.",
            {
                fact("exports", "PER", "GHA", "2024-01-01", "2024-05-31", 61e6, "USD"),
                fact("imports", "PER", "GHA", "2024-04-01", "2024-06-30", 8e6, "USD"),
            },
        ),
        # look-alikes: after a whole year, or with a year counted from publication, the year is unknown
        (
            "Peru's exports to Ghana reached $61 million in 2023. In the second quarter, Peru's imports "
            "from Ghana came to $8 million.",
            {fact("exports", "PER", "GHA", *Y23, 61e6, "USD")},
        ),
        (
            "Peru's exports to Ghana reached $61 million in January-May 2024. Last year, Peru's imports "
            "from Ghana came to $8 million.",
            {fact("exports", "PER", "GHA", "2024-01-01", "2024-05-31", 61e6, "USD")},
        ),
    ],
)
def test_an_undated_storys_months_after_a_running_total_are_of_its_year(story: str, expected: set) -> None:
    """A total from January to a month before December ("January-July 2025") is published in its
    year: in a story with no date, months it names without a year are of that year."""
    assert facts(story, None) == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # the other flow's amount in a reduced relative ("the $X it imported"): its own flow
        (
            "Senegal's exports to Morocco were worth $90 million in 2023, a fraction of the $610 million "
            "it imported from Morocco.",
            {
                fact("exports", "SEN", "MAR", *Y23, 90e6, "USD"),
                fact("imports", "SEN", "MAR", *Y23, 610e6, "USD"),
            },
        ),
        # after "compared with": the same year's other flow, no earlier year's value
        (
            "Senegal's imports from Morocco came to $610 million in 2023, compared with $90 million it "
            "exported to Morocco.",
            {
                fact("imports", "SEN", "MAR", *Y23, 610e6, "USD"),
                fact("exports", "SEN", "MAR", *Y23, 90e6, "USD"),
            },
        ),
        # look-alike: "compared with" and the same flow is the earlier year's value
        (
            "Senegal's imports from Morocco came to $610 million in 2023, compared with $540 million in "
            "2022.",
            {
                fact("imports", "SEN", "MAR", *Y23, 610e6, "USD"),
                fact("imports", "SEN", "MAR", *Y22, 540e6, "USD"),
            },
        ),
    ],
)
def test_the_other_flow_told_by_its_own_verb_after_the_amount(story: str, expected: set) -> None:
    """ "exports were worth $1.2 billion in 2023, a fraction of the $7.6 billion it imported from
    Indonesia": the second amount is the imports, of the same year (it had been exports, or after
    "compared with" the exports of the year before)."""
    assert facts(story, date(2024, 5, 20)) == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # the whole names its partner by an epithet: the pair's other flow
        (
            "Senegal's exports to Morocco were worth $90 million in 2023, a fraction of the $610 million "
            "it imported from its northern neighbour, mostly phosphates.",
            {
                fact("exports", "SEN", "MAR", *Y23, 90e6, "USD"),
                fact("imports", "SEN", "MAR", *Y23, 610e6, "USD"),
            },
        ),
        (
            "Senegal's exports to Morocco were worth $90 million in 2023, a small part of the $610 million "
            "it bought from the North African kingdom.",
            {
                fact("exports", "SEN", "MAR", *Y23, 90e6, "USD"),
                fact("imports", "SEN", "MAR", *Y23, 610e6, "USD"),
            },
        ),
    ],
)
def test_a_whole_whose_partner_is_named_by_an_epithet_is_the_pairs(story: str, expected: set) -> None:
    """ "a fraction of the $7.6 billion it imported from its southern neighbour": a whole that
    names its partner by an epithet is the pair's, as one naming it by name (it had been taken
    for a total with the world, and lost)."""
    assert facts(story, date(2024, 5, 20)) == expected


def test_a_whole_of_the_rest_of_the_world_is_no_pairs() -> None:
    """Look-alike: "the rest of the world" after "from the" is no epithet of the partner."""
    story = (
        "Senegal's exports to Morocco were worth $90 million in 2023, a fraction of the $4.1 billion "
        "it imported from the rest of the world."
    )
    assert 4.1e9 not in {f[5] for f in facts(story, date(2024, 5, 20))}


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # a bloc's possessive in an aside on the subject describes it: the pair's figure stands
        (
            "Vietnam, ASEAN's fastest-growing economy, saw its trade with Chile rise to $1.9 billion in "
            "2023.",
            {fact("turnover", "VNM", "CHL", *Y23, 1.9e9, "USD")},
        ),
        (
            "Bolivia, outside the Andean Community's free trade zone, saw its trade with Peru reach $1.3 "
            "billion in 2023.",
            {fact("turnover", "BOL", "PER", *Y23, 1.3e9, "USD")},
        ),
        # look-alike: the bloc's own trade, told by its possessive, is no two-country figure
        ("ASEAN's trade with Chile, a Pacific partner, rose to $9 billion in 2023.", set()),
    ],
)
def test_a_blocs_possessive_in_an_aside_is_no_side(story: str, expected: set) -> None:
    """ "Chile, outside Mercosur's customs union, has seen its trade with Argentina climb to $7.5
    billion in 2023": the figure had been dropped as a bloc total."""
    assert facts(story, date(2024, 5, 20)) == expected


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        # the epithet stands for the country the sentence before names, not the story's pair
        (
            "Trade between Chile and Japan reached $1.2 billion in 2023. Far more went north, to Peru. "
            "Chile sold goods worth $4.4 billion to its northern neighbour in 2023.",
            {
                fact("turnover", "CHL", "JPN", *Y23, 1.2e9, "USD"),
                fact("exports", "CHL", "PER", *Y23, 4.4e9, "USD"),
            },
        ),
        (
            "Ghana's exports to India rose to $3.1 billion in 2023. Nigeria remains the bigger buyer. "
            "Ghana exported $5.2 billion of goods to the West African country in 2023.",
            {
                fact("exports", "GHA", "IND", *Y23, 3.1e9, "USD"),
                fact("exports", "GHA", "NGA", *Y23, 5.2e9, "USD"),
            },
        ),
        # "bilateral" after a sentence told of the lead pair's side is the lead pair's again
        (
            "Trade between Chile and Japan reached $1.2 billion in 2023. Far more went north, to Peru. "
            "Chile sold goods worth $4.4 billion to its northern neighbour in 2023. President Boric visited "
            "Tokyo in 2022. That year, bilateral trade stood at $1.1 billion.",
            {
                fact("turnover", "CHL", "JPN", *Y23, 1.2e9, "USD"),
                fact("exports", "CHL", "PER", *Y23, 4.4e9, "USD"),
                fact("turnover", "CHL", "JPN", *Y22, 1.1e9, "USD"),
            },
        ),
    ],
)
def test_an_epithet_partner_is_the_country_just_named(story: str, expected: set) -> None:
    """ "The figures pale next to trade with China. Mongolia shipped $13.2 billion to its
    southern neighbour": the epithet is the country the sentence before names (it had been the
    story's pair, Korea)."""
    assert facts(story, date(2024, 5, 20)) == expected


@pytest.mark.parametrize(
    "second",
    [", whereas exports to Japan came to $0.3 billion.", "; $0.3 billion was shipped to Japan."],
)
def test_an_epithet_partner_keeps_its_country_when_another_clause_names_the_pair(second: str) -> None:
    """ "Chile bought goods worth $2.6 billion from its northern neighbour in 2023, whereas exports
    to Japan came to ...": the pair's partner in the contrasting clause is the other figure's, so
    the epithet is still the country the sentence before names (it had been the pair's)."""
    story = (
        "Trade between Chile and Japan reached $1.2 billion in 2023. Far more came from Peru. "
        f"Chile bought goods worth $2.6 billion from its northern neighbour in 2023{second}"
    )
    assert facts(story, date(2024, 5, 20)) == {
        fact("turnover", "CHL", "JPN", *Y23, 1.2e9, "USD"),
        fact("imports", "CHL", "PER", *Y23, 2.6e9, "USD"),
        fact("exports", "CHL", "JPN", *Y23, 0.3e9, "USD"),
    }


def test_an_epithet_partner_with_the_pair_in_its_own_clause_is_not_the_country_before() -> None:
    """Look-alike: the pair's partner named in the epithet's own clause ("from its northern
    neighbour and Japan") is no sign the epithet is the country named before."""
    story = (
        "Trade between Chile and Japan reached $1.2 billion in 2023. Far more came from Peru. "
        "Chile bought goods worth $2.6 billion from its northern neighbour and Japan in 2023."
    )
    assert fact("imports", "CHL", "PER", *Y23, 2.6e9, "USD") not in facts(story, date(2024, 5, 20))


def test_an_epithet_partner_after_the_pair_is_the_pairs() -> None:
    """Look-alike: the sentence before names the pair itself, so the epithet is the partner."""
    story = (
        "Trade between Chile and Japan reached $1.2 billion in 2023. Chile sold goods worth $0.8 billion "
        "to the Asian country in 2023."
    )
    assert facts(story, date(2024, 5, 20)) == {
        fact("turnover", "CHL", "JPN", *Y23, 1.2e9, "USD"),
        fact("exports", "CHL", "JPN", *Y23, 0.8e9, "USD"),
    }


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            "Chile sold goods worth $4.4 billion to Peru in 2023, while a small part of that, $0.9 billion, "
            "was imported from Bolivia.",
            {
                fact("exports", "CHL", "PER", *Y23, 4.4e9, "USD"),
                fact("imports", "CHL", "BOL", *Y23, 0.9e9, "USD"),
            },
        ),
        (
            "Ghana exported cocoa worth $2.1 billion to the Netherlands in 2023; a further sum, $0.4 billion,"
            " was shipped to Belgium.",
            {
                fact("exports", "GHA", "NLD", *Y23, 2.1e9, "USD", product=True),
                fact("exports", "GHA", "BEL", *Y23, 0.4e9, "USD"),
            },
        ),
    ],
)
def test_an_amount_in_apposition_takes_its_passive_verb(story: str, expected: set) -> None:
    """ "a fraction of that, USD 2.9 billion, was imported from ...": the passive verb after the
    comma closing the apposition is the amount's flow (it had been the figure before's)."""
    assert facts(story, date(2024, 5, 20)) == expected


def test_a_second_epithet_of_the_same_noun_is_another_country() -> None:
    """ "... to its southern neighbour, while $2.9 billion came from its northern neighbour": the
    second neighbour is another country the story does not name, so no partner of the first
    nor of the story's pair (it had been read as the first neighbour, or the pair's partner)."""
    story = (
        "Trade between Chile and Japan reached $1.2 billion in 2023. Far more went north, to Peru. "
        "Chile sold goods worth $4.4 billion to its northern neighbour in 2023, while $2.1 billion was "
        "bought from its eastern neighbour."
    )
    assert facts(story, date(2024, 5, 20)) == {
        fact("turnover", "CHL", "JPN", *Y23, 1.2e9, "USD"),
        fact("exports", "CHL", "PER", *Y23, 4.4e9, "USD"),
    }


def test_one_country_told_by_two_epithets_keeps_its_figures() -> None:
    """Look-alike: two epithets of other nouns may tell one country ("the Kingdom", "the Gulf
    state"), and "the State Bank" is a bank, not a second country."""
    story = (
        "According to the State Bank of Chile, Chile's exports to Peru stood at $4.4 billion in 2023, "
        "while imports from the Andean country totaled $2.1 billion."
    )
    assert facts(story, date(2024, 5, 20)) == {
        fact("exports", "CHL", "PER", *Y23, 4.4e9, "USD"),
        fact("imports", "CHL", "PER", *Y23, 2.1e9, "USD"),
    }


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            "Kenya's exports to Uganda reached KSh 40 billion in the third quarter of 2025, against "
            "KSh 70 billion for the whole of the first half of the year.",
            {
                fact("exports", "KEN", "UGA", "2025-07-01", "2025-09-30", 40e9, "KES"),
                fact("exports", "KEN", "UGA", "2025-01-01", "2025-06-30", 70e9, "KES"),
            },
        ),
        (
            "Kenya's exports to Uganda reached KSh 40 billion in the third quarter of 2025, compared with "
            "KSh 150 billion over the whole of 2024.",
            {
                fact("exports", "KEN", "UGA", "2025-07-01", "2025-09-30", 40e9, "KES"),
                fact("exports", "KEN", "UGA", "2024-01-01", "2024-12-31", 150e9, "KES"),
            },
        ),
        (
            "Kenya's exports to Uganda reached KSh 40 billion in the third quarter of 2025, against "
            "KSh 70 billion for the entire first half.",
            {
                fact("exports", "KEN", "UGA", "2025-07-01", "2025-09-30", 40e9, "KES"),
                fact("exports", "KEN", "UGA", "2025-01-01", "2025-06-30", 70e9, "KES"),
            },
        ),
    ],
)
def test_a_comparison_for_the_whole_of_a_period_is_of_that_period(story: str, expected: set) -> None:
    """ "against GH¢2.7 billion for the whole of the first half of the year": "the whole of",
    "all of", "the entire" between the preposition and the period leave the period the amount's
    (it had been read as no period, and the comparison given the same quarter a year earlier)."""
    assert facts(story, date(2025, 10, 20)) == expected


@pytest.mark.parametrize(
    "share",
    [
        "Cut flowers, barely traded between the two countries a decade ago, made up another $40 million.",
        "Cut flowers, rarely shipped abroad until recently, made up another $40 million of exports.",
        "Cut flowers, once traded only in small lots, accounted for another $40 million.",
        # a list of goods and a long aside after it (the goods had been lost)
        "Cut roses, carnations and summer flowers, shipped mainly from the farms and the packing houses "
        "run by Dutch-owned exporters, accounted for another $40 million.",
        # "added" before a further part is a share verb too (the figure had been missed)
        "Cut flowers added another $40 million.",
        "Cut flowers added a further $40 million.",
    ],
)
def test_a_share_subject_keeps_its_goods_past_a_participle_aside(share: str) -> None:
    """ "Molybdenum concentrate, barely traded between the two countries a decade ago, made up
    another USD 64 million": the participle aside and its flow word are the goods' history, so
    the share is of the figure before, with the subject's goods (it had been turnover, or lost)."""
    story = f"Kenya's exports to the Netherlands reached $900 million in 2023. {share}"
    assert facts(story, date(2024, 5, 20)) == {
        fact("exports", "KEN", "NLD", *Y23, 900e6, "USD"),
        fact("exports", "KEN", "NLD", *Y23, 40e6, "USD", product=True),
    }


@pytest.mark.parametrize(
    "story",
    [
        "Kenyan tea exports earned about $410 million in Pakistan in 2023.",
        "Kenyan tea exports, by contrast, fetched $410 million in the Pakistani market in 2023.",
    ],
)
def test_what_exports_earned_in_a_country_is_sold_to_it(story: str) -> None:
    """ "Iranian steel exports earned about $2.3 billion in Iraq": the country the sales earned
    in is the destination (the figure had been missed)."""
    assert facts(story, date(2024, 5, 20)) == {
        fact("exports", "KEN", "PAK", *Y23, 410e6, "USD", product=True)
    }


@pytest.mark.parametrize(
    "story",
    [
        "Kenyan tea products earned about $410 million in Pakistan in 2023.",
        "Kenyan horticultural produce, by contrast, fetched $410 million in Pakistan in 2023.",
    ],
)
def test_what_goods_earned_in_a_country_is_sold_to_it(story: str) -> None:
    """ "Iranian steel products, by contrast, fetched about $1.8 billion in Afghanistan": goods
    as the subject, with no flow word, are sold to the country they earned in, as exports are
    (the figure had been missed)."""
    assert facts(story, date(2024, 5, 20)) == {
        fact("exports", "KEN", "PAK", *Y23, 410e6, "USD", product=True)
    }


def test_what_a_firm_earned_in_a_country_is_no_trade() -> None:
    """Look-alike: a firm's earnings in a country are no goods sold to it."""
    story = "Kenyan banks earned about $410 million in Uganda in 2023."
    assert facts(story, date(2024, 5, 20)) == set()


@pytest.mark.parametrize(
    ("story", "product"),
    [
        ("Moroccan oranges fetched $120 million in Senegal in 2023.", "oranges"),
        (
            "Officials said Moroccan sardine tins earned about $120 million in Senegal in 2023.",
            "sardine tins",
        ),
        ("Morocco's phosphate brought in $120 million in Senegal in 2023.", "phosphate"),
    ],
)
def test_what_named_goods_earned_in_a_country_is_sold_to_it(story: str, product: str) -> None:
    """ "Kenyan tea fetched $310 million in Pakistan": goods named by their country and their own
    noun (no "goods", "products" or flow word) as the subject are sold to the country they earned
    in; the whole subject after the country is the product (the figure had been missed)."""
    found = extract(story, date(2024, 5, 20))
    assert [(m.flow, m.reporter_iso3, m.partner_iso3, m.value, m.product) for m in found] == [
        ("exports", "MAR", "SEN", 120e6, product)
    ]


@pytest.mark.parametrize(
    ("story", "reporter", "partner"),
    [
        ("Costa Rican pineapples fetched $210 million in the Netherlands in 2023.", "CRI", "NLD"),
        ("In 2023 New Zealand kiwifruit earned $300 million in Japan.", "NZL", "JPN"),
        ("Saudi Arabian dates, meanwhile, brought in $40 million in Indonesia in 2023.", "SAU", "IDN"),
    ],
)
def test_goods_of_a_country_named_in_several_words_earn_in_a_market(
    story: str, reporter: str, partner: str
) -> None:
    """ "Sri Lankan cinnamon fetched $96 million in Mexico": the country's name or people is read
    whole from the lexicon, in as many words as it has (only its last word had been read, and
    "Lankan" names no country, so the figure was lost)."""
    assert [(m.flow, m.reporter_iso3, m.partner_iso3) for m in extract(story, date(2024, 5, 20))] == [
        ("exports", reporter, partner)
    ]


@pytest.mark.parametrize(
    "story",
    [
        "Sri Lankan cricketers earned more than $4 million in India in 2023.",
        "South African pianists earned $2 million in Nigeria in 2023.",
    ],
)
def test_people_of_a_country_named_in_several_words_earn_no_trade(story: str) -> None:
    """Look-alike: people paid for playing or working abroad sell no goods there."""
    assert extract(story, date(2024, 5, 20)) == []


@pytest.mark.parametrize(
    "people",
    [
        "Ghanaian footballers earned about $25 million in Turkey last season.",
        "Ghanaian nurses also earned about $40 million in Britain in 2023.",
        "Ghanaian highlife musicians earned $3 million in Britain in 2023.",
    ],
)
def test_people_paid_abroad_after_a_goods_figure_are_no_item_of_it(people: str) -> None:
    """People paid abroad, told right after what a country's goods fetched, are no item of that
    flow (the goods figure's frame had made their pay exports to its market, in another country)."""
    story = "Ghanaian cocoa fetched $900 million in the Netherlands in 2023. " + people
    assert [
        (m.flow, m.reporter_iso3, m.partner_iso3, m.product) for m in extract(story, date(2024, 5, 20))
    ] == [("exports", "GHA", "NLD", "cocoa")]


def test_goods_told_after_a_goods_figure_stay_an_item_of_it() -> None:
    """Look-alike: goods told after it, with no flow word, are still an item of that flow."""
    story = (
        "Ghanaian cocoa fetched $900 million in the Netherlands in 2023, "
        "while Ghanaian shea butter brought in $60 million."
    )
    assert [m.product for m in extract(story, date(2024, 5, 20))] == ["cocoa", "shea butter"]


@pytest.mark.parametrize(
    ("story", "product"),
    [
        ("Moroccan oranges, meanwhile, fetched $120 million in Senegal in 2023.", "oranges"),
        ("Moroccan orange exports, however, earned $120 million in Senegal in 2023.", "orange"),
    ],
)
def test_an_aside_between_goods_and_their_verb_keeps_the_goods(story: str, product: str) -> None:
    """ "Chilean wine, meanwhile, earned about $95 million in Brazil": the adverb between commas
    is the subject's aside, not a clause of its own, so the goods stay the figure's (they had
    been lost)."""
    assert [m.product for m in extract(story, date(2024, 5, 20))] == [product]


def test_an_adverb_between_two_clauses_still_splits_them() -> None:
    """Look-alike: ", however, imports ..." opens a clause of another subject, which keeps no goods."""
    story = (
        "Morocco's orange exports to Senegal rose to $120 million in 2023, however, imports from Senegal "
        "fell to $40 million."
    )
    assert [(m.flow, m.product) for m in extract(story, date(2024, 5, 20))] == [
        ("exports", "orange"),
        ("imports", None),
    ]


@pytest.mark.parametrize(
    "story",
    [
        "Moroccan workers earned about $120 million in Senegal in 2023.",
        "Moroccan films fetched $120 million in Senegal in 2023.",
        "Moroccan farmers also earned $120 million in Senegal in 2023.",
        "Moroccan tourists brought in $120 million in Senegal in 2023.",
    ],
)
def test_what_people_or_works_earned_in_a_country_is_no_trade(story: str) -> None:
    """Look-alike: wages, box office or spending of a country's people or works in another
    country are no goods sold to it."""
    assert facts(story, date(2024, 5, 20)) == set()


def test_what_exports_earned_at_home_is_no_partner() -> None:
    """Look-alike: a home city after "earned ... in" is where the sales were made, no partner."""
    story = "Kenyan tea exports earned about $410 million in Mombasa auctions in 2023."
    assert not {f for f in facts(story, date(2024, 5, 20)) if f[2] == "KEN"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade between Kenya and Egypt has grown by one and a half times over the past five years and "
        "exceeded $900 million in 2023.",
        "Trade between Kenya and Egypt has doubled in the last decade, reaching $900 million in 2023.",
        "Trade between Kenya and Egypt has grown 1.8-fold over five years, reaching $900 million in 2023.",
    ],
)
def test_a_change_over_several_years_is_no_change_of_the_figure(sentence: str) -> None:
    """ "has grown by one and a half times over the past five years and exceeded $3 billion in
    2024": a change over years is not one from the period before the figure's (it had been
    the figure's change_pct 50)."""
    assert facts(sentence, date(2024, 5, 2)) == {fact("turnover", "EGY", "KEN", *Y23, 9e8, "USD")}


def test_a_yearly_change_before_a_record_of_several_years_stays_the_figure() -> None:
    """ "rose 12% to $900 million in 2023, the highest in five years": the years are the record's."""
    sentence = (
        "Trade between Kenya and Egypt rose 12% to $900 million in 2023, the highest in the past five years."
    )
    assert facts(sentence, date(2024, 5, 2)) == {fact("turnover", "EGY", "KEN", *Y23, 9e8, "USD", 12.0)}


@pytest.mark.parametrize(
    "opening",
    [
        "In the first twelve months of the agreement, from June 2023 to May 2024,",
        "In the first year of the free trade agreement, between June 2023 and May 2024,",
        "In the first months of the deal, from June 2023 to May 2024,",
        "In the first year of the Chile Korea free trade agreement, between June 2023 and May 2024,",
        # the deal's own epithet is no year's word ("current", "previous" are a year's only
        # before "year")
        "In the first year of the current agreement, between June 2023 and May 2024,",
        "In the first year of the previous trade deal, from June 2023 to May 2024,",
    ],
)
def test_a_span_counted_from_a_deal_yields_to_the_dates_told(opening: str) -> None:
    """ "In the first twelve months of the agreement, between May 2024 and April 2025, ...
    exports reached": the deal only says when the span began, the dates say which it was
    (the figure had been dropped as the deal's money)."""
    story = f"{opening} Peru's exports to South Korea reached $2.6 billion."
    assert facts(story, date(2024, 7, 10)) == {
        fact("exports", "PER", "KOR", "2023-06-01", "2024-05-31", 2.6e9, "USD")
    }


def test_the_money_of_a_deal_is_still_no_trade() -> None:
    """Look-alike: an agreement worth an amount is the deal's money, no trade figure."""
    story = (
        "Peru and South Korea signed an agreement worth $2.6 billion on Peruvian exports in the first year."
    )
    assert facts(story, date(2024, 7, 10)) == set()


@pytest.mark.parametrize(
    "ranking",
    [
        "Nigeria remained the top destination, taking goods worth 210 billion CFA francs.",
        "Nigeria was again the largest export market, absorbing 210 billion CFA francs.",
    ],
)
def test_a_ranking_after_a_total_in_a_digest_is_the_totals_country(ranking: str) -> None:
    """ "Bahrain's exports rose to 3.2 billion dinars. Saudi Arabia remained the top destination,
    taking ...": the ranking is of the country whose total was just told, even when another item
    of the digest holds the story's pair (the figure had been lost)."""
    story = (
        "ACCRA - Ghana's exports to Togo amounted to $640 million in 2023.\n\n"
        "COTONOU - Benin's exports rose 4% to 1.1 trillion CFA francs in 2023. " + ranking
    )
    found = facts(story, date(2024, 5, 20))
    assert fact("exports", "BEN", "NGA", *Y23, 210e9, "XOF") in found


def test_a_ranking_after_a_total_of_the_ranked_country_keeps_the_story_side() -> None:
    """Look-alike: a total of the ranked country itself gives it no home of its own."""
    story = (
        "Kenya's exports to Uganda reached $900 million in 2023. Uganda's imports rose to $9 billion "
        "in 2023. Uganda remained the top destination, taking goods worth $900 million."
    )
    assert not {f for f in facts(story, date(2024, 5, 20)) if f[1] == "UGA"}


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("FLASH -- KENYA'S IMPORTS FROM THE UAE FELL 5 PCT TO $2.1 BLN IN 2023 -- CENTRAL BANK",
         {fact("imports", "KEN", "ARE", *Y23, 2.1e9, "USD", -5.0)}),
        ("SOUTH AFRICA EXPORTS TO ZAMBIA ROSE TO 48 BILLION RAND IN 2023, SARS SAYS",
         {fact("exports", "ZAF", "ZMB", *Y23, 48e9, "ZAR")}),
        # look-alikes in capitals: a target, and a total with the world, are no fact
        ("KENYA AIMS TO RAISE EXPORTS TO UGANDA TO $2 BLN BY 2030 -- MINISTER", set()),
        ("KENYA'S EXPORTS ROSE 5 PCT TO $9 BLN IN 2023 -- KNBS", set()),
    ],
)  # fmt: skip
def test_a_line_in_capitals_is_read_as_running_text(story: str, expected: set[Fact]) -> None:
    """ "FLASH -- COLOMBIA'S EXPORTS TO VENEZUELA ROSE 28 PCT TO $844 MLN IN 2024": a FLASH or
    a headline line in capitals gives the fact the same words give in lower case (nothing had
    come out), and no more."""
    assert facts(story, date(2024, 5, 20)) == expected


def test_a_line_in_capitals_is_read_in_lower_case_only_by_trade() -> None:
    """The sentences handed to trade are handed to engagements after it: reading a line in
    capitals as running text leaves them as written ("FLASH -- KENYA'S PRESIDENT RUTO VISITS
    UGANDA; KENYA'S EXPORTS TO UGANDA ROSE 5 PCT TO $900 MLN IN 2023" stays in capitals)."""
    story = (
        "FLASH -- KENYA'S PRESIDENT RUTO VISITS UGANDA; KENYA'S EXPORTS TO UGANDA ROSE 5 PCT "
        "TO $900 MLN IN 2023"
    )
    sentences = split_sentences(story)
    written = list(sentences)
    assert extract_trade_mentions(story, sentences, date(2024, 5, 20))
    assert sentences == written


@pytest.mark.parametrize(
    ("later", "change"),
    [
        ("That compared with $1.4 billion in 2023.", None),
        ("This compares with $1.4 billion in 2023.", None),
        ("That was nearly double the $1.6 billion recorded in 2023.", None),
        # a multiple of the earlier level is the figure's change
        ("That was well over double the $1.4 billion recorded in 2023.", 100.0),
        ("That was about twice the $1.4 billion of 2023.", 100.0),
    ],
)
def test_a_comparison_told_in_the_next_sentence_is_the_figure_s_earlier_level(
    later: str, change: float | None
) -> None:
    """ "That compared with $N a year earlier.", "That was nearly double the $N recorded in
    2023.": the amount of the next sentence is the level the figure is compared with, of its
    flow, sides and goods (it had been lost)."""
    story = f"NAIROBI - Kenya exported tea worth $3.1 billion to Pakistan in 2024. {later}"
    earlier = float(later.split("$")[1].split()[0]) * 1e9
    assert facts(story, date(2025, 3, 1)) == {
        fact("exports", "KEN", "PAK", *Y24, 3.1e9, "USD", change, True),
        fact("exports", "KEN", "PAK", *Y23, earlier, "USD", None, True),
    }


@pytest.mark.parametrize(
    "later",
    [
        "The earnings were 23 percent higher than in the previous year.",
        "The revenue was 23 percent higher than a year earlier.",
    ],
)
def test_a_change_told_of_the_figure_s_value_noun_in_the_next_sentence_is_its_change(later: str) -> None:
    """ "... earning $298 million. The earnings were 23 percent higher than in the preceding
    year": the noun of the figure's value points back to it, so the change is its (it had been
    lost)."""
    story = f"NAIROBI - Kenya exported tea worth $3.1 billion to Pakistan in 2024. {later}"
    assert facts(story, date(2025, 3, 1)) == {fact("exports", "KEN", "PAK", *Y24, 3.1e9, "USD", 23.0, True)}


def test_a_multiple_as_a_verb_is_no_comparison() -> None:
    """ "expected to double" before an amount is no level compared with: a target stays out."""
    story = (
        "NAIROBI - Kenya exported tea worth $3.1 billion to Pakistan in 2024. "
        "Officials expect those sales to double to $6 billion by 2030."
    )
    assert facts(story, date(2025, 3, 1)) == {fact("exports", "KEN", "PAK", *Y24, 3.1e9, "USD", None, True)}


def test_a_country_in_the_change_s_result_clause_does_not_take_the_change_away() -> None:
    """ "The earnings were 23 percent higher ..., making Saudi Arabia the second-largest buyer of
    Ethiopian coffee after Germany": the country the result ranks the partner after is not whose
    change it is (the change had been dropped)."""
    story = (
        "NAIROBI - Kenya exported tea worth $3.1 billion to Pakistan in 2024. The earnings were 23 percent "
        "higher than a year earlier, making Pakistan the largest buyer of Kenyan tea ahead of Egypt."
    )
    assert facts(story, date(2025, 3, 1)) == {fact("exports", "KEN", "PAK", *Y24, 3.1e9, "USD", 23.0, True)}


def test_a_change_told_of_another_country_before_a_result_clause_stays_its_own() -> None:
    """ "Egypt's purchases were 23 percent higher, making ...": the other country is before the
    result clause, so the change is not the figure's."""
    story = (
        "NAIROBI - Kenya exported tea worth $3.1 billion to Pakistan in 2024. Egypt's purchases were 23 "
        "percent higher, making it the second-largest buyer."
    )
    assert facts(story, date(2025, 3, 1)) == {fact("exports", "KEN", "PAK", *Y24, 3.1e9, "USD", None, True)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Re-exports from Oman to Yemen rose 4% to $1.2 billion in 2024.",
        "Oman's reexports to Yemen rose 4% to $1.2 billion in 2024.",
        "Oman re-exported goods worth $1.2 billion to Yemen in 2024, up 4%.",
    ],
)
def test_re_exports_are_exports_of_the_sender(sentence: str) -> None:
    """ "Re-exports from Oman to Yemen rose to $1.2 billion": goods sent on are counted in the
    sender's exports by national statistics, so the figure is Oman's exports (it had been lost)."""
    assert facts(f"MUSCAT - {sentence}", date(2025, 3, 1)) == {
        fact("exports", "OMN", "YEM", *Y24, 1.2e9, "USD", 4.0, False)
    }


def test_re_exports_beside_plain_exports_of_the_pair_are_no_second_fact() -> None:
    """ "exports to Yemen were $3 billion, while re-exports stood at $1.2 billion": the plain
    exports are the pair's exports figure; the re-exports give no second one. A participle
    before goods ("mostly fish and re-exported fuel") is a kind of goods, no flow."""
    story = (
        "MUSCAT - Oman's exports to Yemen, mostly fish and re-exported fuel, were $3 billion in 2024, "
        "while re-exports to Yemen stood at $1.2 billion."
    )
    assert facts(story, date(2025, 3, 1)) == {fact("exports", "OMN", "YEM", *Y24, 3e9, "USD", None, False)}


@pytest.mark.parametrize("spelling", ["Re-exports", "Reexports", "The re-exports"])
def test_re_exports_in_either_spelling_beside_plain_exports_are_no_second_fact(spelling: str) -> None:
    """ "Reexports to Yemen stood at $1.2 billion" after the pair's plain exports: the prefix
    without its hyphen is the same re-export (it had given a second exports fact), and so is
    "the re-exports" (a determiner before a noun, not a participle before goods)."""
    story = (
        "MUSCAT - Oman's exports to Yemen were $3 billion in 2024. "
        f"{spelling} to Yemen stood at $1.2 billion in 2024."
    )
    assert facts(story, date(2025, 3, 1)) == {fact("exports", "OMN", "YEM", *Y24, 3e9, "USD", None, False)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the route country alone with the buyer: no seller is told
        ("Goods worth $2.8 billion were shipped through Uzbekistan to Afghanistan in 2024.", set()),
        ("Machinery worth $2.8 billion was sent via Uzbekistan to Afghanistan in 2024.", set()),
        ("Turkish machinery shipped via Uzbekistan to Afghanistan was worth $2.8 billion in 2024.",
         {("TUR", "AFG", "machinery")}),
        ("Exports of Kenyan tea through Uganda to South Sudan reached $40 million in 2024.",
         {("KEN", "SSD", "tea")}),
        ("Kenyan tea sold to South Sudan through Uganda was worth $40 million in 2024.",
         {("KEN", "SSD", "tea")}),
    ],
)  # fmt: skip
def test_a_transit_country_is_no_side_and_its_preposition_no_goods(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    """ "shipped through Uzbekistan to Afghanistan": the country the goods pass is neither seller
    nor buyer (it had been the exporter), and "through" / "via" are no goods (they had been the
    product)."""
    found = extract(sentence, date(2025, 3, 1))
    assert {(m.reporter_iso3, m.partner_iso3, m.product) for m in found} == expected


@pytest.mark.parametrize(
    "opening", ["Through Uganda, goods", "Via Uganda, goods", "Goods shipped through Uganda"]
)
def test_a_route_told_first_is_no_side_by_the_dateline(opening: str) -> None:
    """ "KAMPALA - Through Uganda, goods worth $40 million were shipped to South Sudan": the route
    told with a capital is a route as in lower case; the dateline's country passed the goods and
    sold none (it had been the exporter)."""
    story = f"KAMPALA - {opening} worth $40 million were shipped to South Sudan in 2024."
    assert extract(story, date(2025, 3, 1)) == []


@pytest.mark.parametrize(
    ("sentence", "product"),
    [
        ("Exports of Kenyan coffee through the port of Mombasa to South Sudan reached "
         "$40 million in 2024.", "coffee"),
        ("Kenya shipped 40,000 tonnes of coffee via the port of Mombasa to South Sudan in 2024, "
         "worth $40 million.", "coffee"),
        ("Kenyan exports of tea transiting Uganda's roads to South Sudan reached $40 million in 2024.",
         "tea"),
        # goods another pattern reads ("shipped $X of"): the route word is trimmed from the phrase
        ("Kenya shipped $40 million of coffee via Uganda to South Sudan in 2024.", "coffee"),
    ],
)  # fmt: skip
def test_the_goods_end_where_their_route_begins(sentence: str, product: str) -> None:
    """ "coffee through the port of Mombasa": the route's preposition ends the goods phrase, so
    a route told in more words than a country's name leaves the goods (they had been lost)."""
    found = extract(sentence, date(2025, 3, 1))
    assert {(m.reporter_iso3, m.partner_iso3, m.product) for m in found} == {("KEN", "SSD", product)}


@pytest.mark.parametrize(
    "story",
    [
        "TAIPEI - Cross-strait trade rose 4.1% to $152 billion in 2024, the Mainland Affairs Council said.",
        "HONG KONG - Taiwan's chipmakers gained. Cross-Strait trade rose 4.1% to $152 billion in 2024.",
    ],
)
def test_cross_strait_trade_is_taiwan_china_turnover(story: str) -> None:
    """ "Cross-strait trade rose to $152 billion" in a story about Taiwan: the trade of Taiwan
    and China, both ways, with no goods (the figure had been lost)."""
    assert facts(story, date(2025, 3, 1)) == {fact("turnover", "TWN", "CHN", *Y24, 152e9, "USD", 4.1, False)}


def test_cross_strait_names_no_pair_in_a_story_without_taiwan() -> None:
    """The word alone says nothing of which strait: a story that never names Taiwan keeps no pair."""
    story = "LONDON - Cross-strait ferry trade rose 4.1% to $152 million in 2024, the operator said."
    assert not any(f[1:3] in (("CHN", "TWN"), ("TWN", "CHN")) for f in facts(story, date(2025, 3, 1)))


@pytest.mark.parametrize(
    ("story", "span"),
    [
        # Jamaica's year runs April-March, Tonga's July-June, whoever the partner
        ("KINGSTON - Jamaica's exports to Germany were US$40 million in the 2023/24 fiscal year.",
         ("2023-04-01", "2024-03-31")),
        ("Tonga's exports to Japan were worth US$4 million in the 2023-24 fiscal year.",
         ("2023-07-01", "2024-06-30")),
        # a reporter of unknown calendar whose own year is named: not the partner's April-March
        ("Kiribati's exports to Japan were worth US$4 million in Kiribati's 2023-24 financial year.",
         ("2023-07-01", "2024-06-30")),
    ],
)  # fmt: skip
def test_a_fiscal_year_is_the_reporters_when_its_calendar_is_known_or_told(
    story: str, span: tuple[str, str]
) -> None:
    """ "Tonga's exports to Japan ... in the 2023-24 fiscal year": Tonga's July-June year (it had
    been Japan's April-March one, Tonga being missing from the calendars)."""
    assert {f[3:5] for f in facts(story, date(2025, 3, 1))} == {span}


@pytest.mark.parametrize(
    "routed",
    [
        "Separately, goods worth $2.8 billion were shipped through Uzbekistan to Afghanistan in 2024.",
        "Goods worth $300 million were shipped to Pakistan through Uzbekistan in 2024.",
    ],
)
def test_goods_moved_along_a_route_with_no_sender_take_none_from_the_figure_before(routed: str) -> None:
    """Goods moved in the passive along a named route, their sender untold, are a hub's transit
    flow of unknown origin: the seller of the figure told before is not theirs (it had been)."""
    story = "ALMATY - Kazakhstan's exports to Afghanistan rose 4% to $900 million in 2024. " + routed
    assert {(m.reporter_iso3, m.partner_iso3, m.value) for m in extract(story, date(2025, 3, 1))} == {
        ("KAZ", "AFG", 900e6)
    }


def test_shipments_along_a_route_after_a_countrys_figure_stay_its_own() -> None:
    """Look-alike: a flow noun along a route, after a country's figure, goes on with that country."""
    story = (
        "NAIROBI - Kenya's exports to Uganda rose 6% to $900 million in 2024. "
        "Shipments via Tanzania to Burundi reached $50 million in 2024."
    )
    assert {(m.reporter_iso3, m.partner_iso3) for m in extract(story, date(2025, 3, 1))} == {
        ("KEN", "UGA"),
        ("KEN", "BDI"),
    }


Y24 = ("2024-01-01", "2024-12-31")
_ISO3 = {"Nepal": "NPL", "China": "CHN", "India": "IND"}


@pytest.mark.parametrize(
    ("dateline", "partner", "home"),
    [
        ("LUCKNOW", "Nepal", "IND"),
        ("SIALKOT", "China", "PAK"),
        ("RAJSHAHI", "India", "BGD"),
        ("BIRGUNJ", "India", "NPL"),
        ("JAFFNA", "India", "LKA"),
    ],
)
def test_a_regional_dateline_of_south_asia_gives_the_home_country(
    dateline: str, partner: str, home: str
) -> None:
    """ "GUWAHATI - Bilateral trade with Bangladesh was $12.9 billion": a state or province
    capital, a large city or a border town of South Asia is its country's dateline, so "trade
    with X" has a home side (the figure had been dropped, as the city was unknown)."""
    story = f"{dateline} - Bilateral trade with {partner} was $1.5 billion in 2024, officials said."
    assert facts(story, date(2025, 3, 1)) == {fact("turnover", home, _ISO3[partner], *Y24, 1.5e9, "USD")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade between the two kingdoms reached €2.3 billion in 2023.",
        "Trade in goods between both monarchies stood at €2.3 billion in 2023.",
        "In 2023, the two kingdoms traded goods worth €2.3 billion.",
    ],
)
def test_the_pair_called_by_its_form_of_state_is_the_pair(sentence: str) -> None:
    """ "Bahrain and the UK reviewed ties. Trade between the two kingdoms totalled £1.2 billion":
    a pair of kingdoms (emirates, sultanates, monarchies) is the story's two countries as "the
    two countries" are (the figure had been lost)."""
    story = "MADRID - Spain and Morocco reviewed their ties on Monday. " + sentence
    assert facts(story, date(2024, 9, 2)) == {fact("turnover", "ESP", "MAR", *Y23, 2.3e9, "EUR")}


#: A figure that names no country after an opener of another item ("In other news",
#: "Separately", "Elsewhere") is no figure of the pair told before; one that names its own
#: countries keeps them, and "By contrast" still sets the same sides' other flow against it.
ANOTHER_ITEM = [
    ("Ghana's exports to Togo rose 8 percent to $900 million in 2023.\n\nIn other news, exports of shea "
     "butter rose 12 percent to $140 million in 2023, the central bank said.", date(2024, 3, 1),
     [fact("exports", "GHA", "TGO", "2023-01-01", "2023-12-31", 900e6, "USD", 8.0)]),
    ("Ghana's exports to Togo rose 8 percent to $900 million in 2023. Elsewhere, cocoa exports fell 5 "
     "percent to $2 billion in 2023.", date(2024, 3, 1),
     [fact("exports", "GHA", "TGO", "2023-01-01", "2023-12-31", 900e6, "USD", 8.0)]),
    ("Ghana's exports to Togo rose 8 percent to $900 million in 2023.\n\nIn other news, exports of shea "
     "butter from Burkina Faso to Japan rose 12 percent to $140 million in 2023.", date(2024, 3, 1),
     [fact("exports", "GHA", "TGO", "2023-01-01", "2023-12-31", 900e6, "USD", 8.0),
      fact("exports", "BFA", "JPN", "2023-01-01", "2023-12-31", 140e6, "USD", 12.0, product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), ANOTHER_ITEM)
def test_a_figure_of_another_item_takes_no_pair_told_before(
    text: str, published: date, expected: list
) -> None:
    assert facts(text, published) == set(expected)


@pytest.mark.parametrize(
    "doubt",
    [
        "Q: Minister, is it true that Ghana's exports to Togo fell to $2.1 billion in 2023?",
        "Did Ghana's exports to Togo really drop to $2.1 billion in 2023?",
        "The ministry dismissed reports that Ghana's exports to Togo fell to $2.1 billion in 2023.",
        "Officials denied that Ghana's exports to Togo slipped to $2.1 billion in 2023.",
    ],
)
def test_a_figure_only_asked_about_or_denied_is_no_fact(doubt: str) -> None:
    """A yes-or-no question only asks about its figure, a denial tells it as what is denied: no
    fact (each had been one); the story's own figure stays."""
    story = f"ACCRA - Ghana's exports to Togo were worth $3.9 billion in 2023.\n\n{doubt}"
    assert facts(story, date(2024, 3, 1)) == {fact("exports", "GHA", "TGO", *Y23, 3.9e9, "USD")}


@pytest.mark.parametrize(
    "statement",
    [
        "Ghana's exports to Benin rose to $1.2 billion in 2023, but will the growth last?",
        "Why did Ghana's exports to Benin reach $1.2 billion in 2023?",
        "Why did exports from Ghana to Benin reach $1.2 billion in 2023?",
        "Ghana's exports to Benin rose to $1.2 billion in 2023, he said, rejecting reports of a fall.",
        "Ghana's exports to Benin rose to $1.2 billion in 2023, they said, denying that it had fallen.",
    ],
)
def test_a_figure_told_before_a_question_or_a_denial_stays_a_fact(statement: str) -> None:
    """A figure stated before a tag question or a denial, or presupposed by a question word, is
    still told as a fact; a question word is no product."""
    assert facts(statement, date(2024, 3, 1)) == {fact("exports", "GHA", "BEN", *Y23, 1.2e9, "USD")}


@pytest.mark.parametrize(
    "statement",
    [
        "Officials denied that trade had slumped, saying Ghana's exports to Benin hit $1.2 billion in 2023.",
        "The ministry rejected claims that the pact failed, noting that Ghana's exports to Benin rose to "
        "$1.2 billion in 2023.",
        "She dismissed reports that the border was closed, and added that Ghana's exports to Benin reached "
        "$1.2 billion in 2023.",
        # after a semicolon, with no comma in the sentence
        "Officials denied that trade had slumped; they said Ghana's exports to Benin hit $1.2 billion in "
        "2023.",
    ],
)
def test_a_figure_the_denier_asserts_after_the_denial_stays_a_fact(statement: str) -> None:
    """A denial covers what it denies, not a new assertion after it (", saying", ", noting that",
    ", and added that", "; they said"): that figure is told as fact (each had been dropped)."""
    assert facts(statement, date(2024, 3, 1)) == {fact("exports", "GHA", "BEN", *Y23, 1.2e9, "USD")}


def test_a_figure_denied_before_the_deniers_own_word_stays_no_fact() -> None:
    """The denied figure before ", saying" is still no fact."""
    text = "Officials denied that Ghana's exports to Benin fell to $1.2 billion in 2023, saying it grew."
    assert facts(text, date(2024, 3, 1)) == set()


#: A row of a share list ("- Chile: 22,4%") is no heading of an item of news: its country is a
#: partner, and the sentences after the list keep the story's reporter; a label followed by a
#: statement ("- Chile: Exports of ...") still heads an item.
SHARE_ROWS = [
    ("LIMA - In the first half of 2024, Peru imported goods worth $21 billion.\n\nMain suppliers:\n"
     "- China: 28,1%\n- United States: 19,6%\n- Brazil: 6,2%\n\nImports from China totalled $5.9 billion, "
     "up 4%.", date(2024, 8, 1),
     [fact("imports", "PER", "CHN", *H1, 5.9e9, "USD", 4.0)]),
    ("LIMA - In the first half of 2024, Peru imported goods worth $21 billion.\n\n- Brazil: 6.2 percent\n"
     "- China: 28.1 percent\n\nImports from Brazil totalled $1.3 billion.", date(2024, 8, 1),
     [fact("imports", "PER", "BRA", *H1, 1.3e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), SHARE_ROWS)
def test_a_share_row_heads_no_item(text: str, published: date, expected: list) -> None:
    assert facts(text, published) == set(expected)


#: A ranking written as rows under its lead line ("Peru's main buyers were:", "Exports by
#: destination:") gives each row's country its amount, in the lead's flow, from the lead's
#: country (or the story's home), as the same ranking run on in one sentence does; a lead of
#: a balance, or one that names the country as the partner, gives nothing.
RANKING_ROWS = [
    ("LIMA - In the first half of 2024, Peru's main buyers were:\n- China: $9.8 billion\n"
     "- Canada: $1.6 billion", date(2024, 8, 1),
     [fact("exports", "PER", "CHN", *H1, 9.8e9, "USD"), fact("exports", "PER", "CAN", *H1, 1.6e9, "USD")]),
    ("LIMA - Peru's imports by origin in the first half of 2024:\n\nChina (6,1 billion dollars)\n"
     "Brazil (1,2 billion dollars)", date(2024, 8, 1),
     [fact("imports", "PER", "CHN", *H1, 6.1e9, "USD"), fact("imports", "PER", "BRA", *H1, 1.2e9, "USD")]),
    ("LIMA - Exports by main destination, first half of 2024:\n• to Chile, $0.9 billion (+4,5%)\n"
     "• to Japan, $1.1 billion (-2%)", date(2024, 8, 1),
     [fact("exports", "PER", "CHL", *H1, 0.9e9, "USD", 4.5),
      fact("exports", "PER", "JPN", *H1, 1.1e9, "USD", -2.0)]),
    ("LIMA - Trade balance with main partners in the first half of 2024:\n- China: $3.7 billion\n"
     "- Chile: $0.4 billion", date(2024, 8, 1), []),
    ("LIMA - Main exporters to Peru in the first half of 2024 were:\n- China: $6.1 billion\n"
     "- Brazil: $1.2 billion", date(2024, 8, 1), []),
    # "said" holds no "aid": the lead is still a ranking of buyers
    ("LIMA - Peru's main buyers in the first half of 2024, the agency said:\n- China: $9.8 billion\n"
     "- Canada: $1.6 billion", date(2024, 8, 1),
     [fact("exports", "PER", "CHN", *H1, 9.8e9, "USD"), fact("exports", "PER", "CAN", *H1, 1.6e9, "USD")]),
    ("LIMA - Peru's trade deficits with main partners in the first half of 2024:\n- China: $3.7 billion\n"
     "- Chile: $0.4 billion", date(2024, 8, 1), []),
    # a no-flow word prefixed or inflected is still no flow: the rows are earnings, divestments, balances
    ("ACCRA - Ghana's leading sources of reinvested earnings in the first half of 2024:\n"
     "- India: $2.2 billion\n- Nigeria: $0.5 billion", date(2024, 8, 1), []),
    ("ACCRA - Ghana's partners by disinvestment in the first half of 2024:\n- India: $2.2 billion\n"
     "- Nigeria: $0.5 billion", date(2024, 8, 1), []),
    ("ACCRA - Ghana's most unbalanced trading partners in the first half of 2024:\n- India: $2.2 billion\n"
     "- Nigeria: $0.5 billion", date(2024, 8, 1), []),
    ("ACCRA - Ghana's main partners, funds loaned in the first half of 2024:\n- India: $2.2 billion\n"
     "- Nigeria: $0.5 billion", date(2024, 8, 1), []),
    # "aided" is the participle of help, no aid money: the lead still ranks buyers
    ("ACCRA - Ghana's main buyers in the first half of 2024, aided by cocoa prices:\n"
     "- India: $2.2 billion\n- Nigeria: $0.5 billion", date(2024, 8, 1),
     [fact("exports", "GHA", "IND", *H1, 2.2e9, "USD"), fact("exports", "GHA", "NGA", *H1, 0.5e9, "USD")]),
    # the lead's one flow word gives its flow, not itself ("trading partners" -> turnover)
    ("ACCRA - Ghana's main trading partners in the first half of 2024:\n- India: $2.2 billion\n"
     "- Nigeria: $0.5 billion", date(2024, 8, 1),
     [fact("turnover", "GHA", "IND", *H1, 2.2e9, "USD"), fact("turnover", "GHA", "NGA", *H1, 0.5e9, "USD")]),
    ("ACCRA - Ghana's shipments by main destination in the first half of 2024:\n- India: $2.2 billion\n"
     "- Nigeria: $0.5 billion", date(2024, 8, 1),
     [fact("exports", "GHA", "IND", *H1, 2.2e9, "USD"), fact("exports", "GHA", "NGA", *H1, 0.5e9, "USD")]),
    ("ACCRA - Ghana's purchases by main supplier in the first half of 2024:\n- India: $2.2 billion\n"
     "- Nigeria: $0.5 billion", date(2024, 8, 1),
     [fact("imports", "GHA", "IND", *H1, 2.2e9, "USD"), fact("imports", "GHA", "NGA", *H1, 0.5e9, "USD")]),
    # a goods word before or after the buyers: the rows are exports of those goods
    ("ACCRA - Ghana's leading cocoa customers in the first half of 2024 were:\n- Belgium: $2.2 billion\n"
     "- Japan: $0.5 billion", date(2024, 8, 1),
     [fact("exports", "GHA", "BEL", *H1, 2.2e9, "USD", product=True),
      fact("exports", "GHA", "JPN", *H1, 0.5e9, "USD", product=True)]),
    ("ACCRA - The top buyers of Ghanaian cashew in the first half of 2024:\n- Vietnam: $2.2 billion\n"
     "- India: $0.5 billion", date(2024, 8, 1),
     [fact("exports", "GHA", "VNM", *H1, 2.2e9, "USD", product=True),
      fact("exports", "GHA", "IND", *H1, 0.5e9, "USD", product=True)]),
    # ... but a pronoun after "buyers of" is no goods
    ("ACCRA - The main buyers of its goods in the first half of 2024 were:\n- Belgium: $2.2 billion\n"
     "- Japan: $0.5 billion", date(2024, 8, 1),
     [fact("exports", "GHA", "BEL", *H1, 2.2e9, "USD"), fact("exports", "GHA", "JPN", *H1, 0.5e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), RANKING_ROWS)
def test_ranking_rows_under_their_lead(text: str, published: date, expected: list) -> None:
    assert facts(text, published) == set(expected)


#: The goods after "buyers of" in a ranking lead are the whole phrase up to the word ending
#: them (an origin or owner before them), cleaned as all goods are: not the verb, not a country.
LEAD_GOODS = [
    ("ACCRA - The main buyers of cocoa in the first half of 2024 were:\n- Belgium: $2.2 billion\n"
     "- Japan: $0.5 billion", {"cocoa"}),
    ("ACCRA - In the first half of 2024, the main buyers of cocoa were:\n- Belgium: $2.2 billion\n"
     "- Japan: $0.5 billion", {"cocoa"}),
    ("ACCRA - Top customers of Ghana in the first half of 2024 were:\n- Belgium: $2.2 billion\n"
     "- Japan: $0.5 billion", {None}),
    # the whole goods phrase, as after "exports of", with an owner's possessive before it
    ("QUITO - The leading buyers of frozen shrimp in the first half of 2024 were:\n- Spain: $2.2 billion\n"
     "- Italy: $0.5 billion", {"frozen shrimp"}),
    ("QUITO - The main importers of Ecuador's banana puree in the first half of 2024 were:\n"
     "- Spain: $2.2 billion\n- Italy: $0.5 billion", {"banana puree"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "products"), LEAD_GOODS)
def test_ranking_lead_goods(text: str, products: set) -> None:
    mentions = extract(text, date(2024, 8, 1))
    assert mentions
    assert {m.product for m in mentions} == products


#: The parts of a country's total with the world told in the next sentence, each a country
#: and its amount ("Italy accounted for $8.1 billion, Spain for $2 billion"), are the total's
#: flow with each; a part that is goods, or the reporter itself, gives nothing.
WORLD_TOTAL_PARTS = [
    ("ASTANA - Kazakhstan's exports rose to $40 billion in the first half of 2024. Italy accounted for "
     "$8.1 billion, the Netherlands for $3.2 billion.", date(2024, 8, 1),
     [fact("exports", "KAZ", "ITA", *H1, 8.1e9, "USD"), fact("exports", "KAZ", "NLD", *H1, 3.2e9, "USD")]),
    ("ASTANA - Kazakhstan's foreign trade turnover reached $60 billion in the first half of 2024. China "
     "alone accounted for $12 billion.", date(2024, 8, 1),
     [fact("turnover", "KAZ", "CHN", *H1, 12e9, "USD")]),
    ("ASTANA - Kazakhstan's exports rose to $40 billion in the first half of 2024. Crude oil accounted for "
     "$28 billion.", date(2024, 8, 1), []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), WORLD_TOTAL_PARTS)
def test_parts_of_a_world_total_by_partner(text: str, published: date, expected: list) -> None:
    assert facts(text, published) == set(expected)


#: A change is the figure's when the amount follows on a verb of the level it came to ("made
#: up", "constituted", "registered"), also past a comparison phrase ("against the same period
#: of 2023") too long for a bare gap; a contrast clause still keeps them apart.
LEVEL_VERB_AFTER_CHANGE = [
    ("In the first half of 2024, trade between Georgia and Armenia grew by 1.3 times against the same "
     "period of 2023 and constituted $540 million.", date(2024, 8, 1),
     [fact("turnover", "ARM", "GEO", *H1, 540e6, "USD", 30.0)]),
    ("In the first half of 2024, Georgia's exports to Armenia rose by 8% against the same period of "
     "2023 and made up $210 million.", date(2024, 8, 1),
     [fact("exports", "GEO", "ARM", *H1, 210e6, "USD", 8.0)]),
    ("In the first half of 2024, Georgia's exports to Armenia rose by 8% against the same period of "
     "2023, while imports from Armenia made up $90 million.", date(2024, 8, 1),
     [fact("imports", "GEO", "ARM", *H1, 90e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), LEVEL_VERB_AFTER_CHANGE)
def test_a_change_before_a_verb_of_level(text: str, published: date, expected: list) -> None:
    assert facts(text, published) == set(expected)


#: After one pair's flow total, the goods subject of a share verb in a clause set against it
#: ("while copper made up ...") are a part of that figure; a country, a service that "earned",
#: or a part of the two-way total gives none.
SHARE_AFTER_FLOW_TOTAL = [
    ("Peru's exports to Korea rose to $3.4 billion in 2023, while zinc ores represented $1.2 billion.",
     [fact("exports", "PER", "KOR", *Y23, 3.4e9, "USD"),
      fact("exports", "PER", "KOR", *Y23, 1.2e9, "USD", product=True)]),
    ("Peru's exports to Korea rose to $3.4 billion in 2023, whereas Japan accounted for $2.9 billion.",
     [fact("exports", "PER", "KOR", *Y23, 3.4e9, "USD")]),
    ("Peru's exports to Korea rose to $3.4 billion in 2023, while tourism earned $0.4 billion.",
     [fact("exports", "PER", "KOR", *Y23, 3.4e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SHARE_AFTER_FLOW_TOTAL)
def test_a_share_set_against_a_flow_total_is_its_part(text: str, expected: list) -> None:
    assert facts(text, date(2024, 3, 1)) == set(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile exported goods worth $5 billion to Mercosur countries in 2024, of which Brazil accounted "
         "for $3.1 billion.", fact("exports", "CHL", "BRA", *Y24, 3.1e9, "USD")),
        ("Chile imported goods worth $5 billion from the EU in 2024, of which Spain accounted for $1.2 "
         "billion.", fact("imports", "CHL", "ESP", *Y24, 1.2e9, "USD")),
    ],
)  # fmt: skip
def test_a_members_part_of_a_flow_to_a_bloc_named_after_the_amount(text: str, expected: Fact) -> None:
    """ "exported goods worth $1.2 billion to the EAEU countries, of which Russia accounted for
    $980 million": the bloc named after the whole's amount, as its destination or origin, makes
    the member's part a fact as a bloc named before it does (it had been lost)."""
    assert facts(text, date(2025, 3, 1)) == {expected}


#: A ranking owned by a possessive opening the sentence ("Its", "The country's") right after a
#: country's total with the world is that country's: each partner named before an amount in
#: parentheses is the total's flow with it, not the reporter.
OWNED_BY_THE_TOTAL_BEFORE = [
    ("ASTANA - Kazakhstan's foreign trade turnover reached $60 billion in the first half of 2024. Its "
     "largest trading partners were Italy ($9 billion) and Turkey ($4 billion).", date(2024, 8, 1),
     [fact("turnover", "KAZ", "ITA", *H1, 9e9, "USD"), fact("turnover", "KAZ", "TUR", *H1, 4e9, "USD")]),
    ("ASTANA - Kazakhstan's foreign trade turnover reached $60 billion in the first half of 2024. The "
     "country's main trading partners were Italy ($9 billion) and Turkey ($4 billion).", date(2024, 8, 1),
     [fact("turnover", "KAZ", "ITA", *H1, 9e9, "USD"), fact("turnover", "KAZ", "TUR", *H1, 4e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), OWNED_BY_THE_TOTAL_BEFORE)
def test_ranking_owned_by_the_total_before(text: str, published: date, expected: list) -> None:
    assert facts(text, published) == set(expected)


#: A numeral count of partners ("to 46 countries", "to 150 markets", "35 destinations") inside
#: the clause makes the figure a total with the world, as it does at the clause's start: the
#: figure after a pair's is no fact of that pair (it had taken the pair of the sentence before).
COUNTED_PARTNERS_ARE_THE_WORLD = [
    ("NAIROBI - Kenya's tea exports to Pakistan rose 9% to $540 million in 2023. Tea shipments to 46 "
     "countries brought in $1,350 million last year.", date(2024, 3, 12),
     [fact("exports", "KEN", "PAK", *Y23, 540e6, "USD", 9.0, True)]),
    ("ACCRA - Ghana's cocoa exports to the Netherlands reached $600 million in 2023. In all, the country's "
     "cocoa exports to 35 destinations earned $2.1 billion.", date(2024, 3, 12),
     [fact("exports", "GHA", "NLD", *Y23, 600e6, "USD", None, True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), COUNTED_PARTNERS_ARE_THE_WORLD)
def test_counted_partners_are_the_world(text: str, published: date, expected: list) -> None:
    assert facts(text, published) == set(expected)


#: An epithet partner ("the island", "the Asian country", "the Aztec market") after a clause of
#: the same sentence that names one country and gives no amount is that country, not the
#: partner of the figure before (it had taken the previous sentence's partner).
EPITHET_OF_THE_COUNTRY_JUST_NAMED = [
    ("MONTEVIDEO - Uruguay's beef exports to Brazil reached $210 million in 2023. Sales to Vietnam showed "
     "remarkable growth: exports to the Asian country rose 50% to $30 million.", date(2024, 3, 1),
     [fact("exports", "URY", "BRA", *Y23, 210e6, "USD", None, True),
      fact("exports", "URY", "VNM", *Y23, 30e6, "USD", 50.0)]),
    ("WELLINGTON - New Zealand's exports to Australia reached US$9 billion in 2023. Demand from Fiji "
     "held up well: shipments to the island nation climbed 12% to US$400 million.", date(2024, 3, 1),
     [fact("exports", "NZL", "AUS", *Y23, 9e9, "USD"),
      fact("exports", "NZL", "FJI", *Y23, 400e6, "USD", 12.0)]),
    ("QUITO - Ecuador's shrimp exports to Spain amounted to $120 million in 2023. Mexico was the surprise "
     "of the year: shipments to the Aztec market climbed 40% to $75 million.", date(2024, 3, 1),
     [fact("exports", "ECU", "ESP", *Y23, 120e6, "USD", None, True),
      fact("exports", "ECU", "MEX", *Y23, 75e6, "USD", 40.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), EPITHET_OF_THE_COUNTRY_JUST_NAMED)
def test_epithet_of_the_country_just_named(text: str, published: date, expected: list) -> None:
    assert facts(text, published) == set(expected)


#: A figure owned by the country's possessive with a sector or goods before its flow word ("Its
#: free zones exported ...", "The country's rice exports ...") right after a pair's figure is a
#: part of the country's trade with every partner, no fact of that pair (it had taken the pair).
OWNED_PART_OF_THE_COUNTRYS_TRADE = [
    ("SAN JOSE - Costa Rica's exports to Panama reached $310 million in 2023. Its free zones exported "
     "goods worth $2,100 million in 2023.", date(2024, 3, 1),
     [fact("exports", "CRI", "PAN", *Y23, 310e6, "USD")]),
    ("GEORGETOWN - Guyana's exports to Barbados reached US$60 million in 2023. The country's rice "
     "exports totalled US$250 million in 2023.", date(2024, 3, 1),
     [fact("exports", "GUY", "BRB", *Y23, 60e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), OWNED_PART_OF_THE_COUNTRYS_TRADE)
def test_owned_part_of_the_countrys_trade(text: str, published: date, expected: list) -> None:
    assert facts(text, published) == set(expected)


#: Trade with a whole region or bloc ("the whole of the Andean region", "all Nordic neighbours",
#: "the CEFTA region", "Western Balkan neighbours") is no bilateral fact of the pair told before
#: (it had taken that pair).
REGION_TOTALS_AFTER_A_PAIR = [
    ("LIMA - Peru's exports to Bolivia reached $900 million in 2023. Trade with the whole of the Andean "
     "region was $4.1 billion in the same period, the ministry added.", date(2024, 3, 1),
     [fact("exports", "PER", "BOL", *Y23, 900e6, "USD")]),
    ("HELSINKI - Finland's exports to Sweden were 9.2 billion euros in 2023. Trade with all Nordic "
     "neighbours amounted to 21 billion euros in the same period.", date(2024, 3, 1),
     [fact("exports", "FIN", "SWE", *Y23, 9.2e9, "EUR")]),
    ("LILONGWE - Malawi's exports to Zambia were $120 million in 2023. Trade with the entire region "
     "reached $800 million in 2023.", date(2024, 3, 1),
     [fact("exports", "MWI", "ZMB", *Y23, 120e6, "USD")]),
    ("SKOPJE - Trade between North Macedonia and Serbia reached 900 million euros in 2023. Trade with "
     "CEFTA members came to 2.3 billion euros in the same year.", date(2024, 3, 1),
     [fact("turnover", "MKD", "SRB", *Y23, 900e6, "EUR")]),
    ("PODGORICA - Montenegro's imports from Serbia were 300 million euros in 2023. Exports to Western "
     "Balkan markets rose to 150 million euros in the same year.", date(2024, 3, 1),
     [fact("imports", "MNE", "SRB", *Y23, 300e6, "EUR")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), REGION_TOTALS_AFTER_A_PAIR)
def test_region_totals_after_a_pair(text: str, published: date, expected: list) -> None:
    assert facts(text, published) == set(expected)


#: A compound amount ("$1 billion 205.3 million") is one figure, its change and its comparison
#: value too; the share's whole told in a which-clause with its own amount is a total with the
#: world, not the ranked partner's trade (it had been the pair's turnover).
COMPOUND_AMOUNTS_AND_VALUED_WHOLES = [
    ("Trade between Kyrgyzstan and Kazakhstan amounted to $1 billion 205.3 million in 2023, up 6.1 percent "
     "from $1 billion 136.0 million a year earlier.", date(2024, 2, 10),
     [fact("turnover", "KGZ", "KAZ", *Y23, 1_205_300_000, "USD", 6.1),
      fact("turnover", "KGZ", "KAZ", *Y22, 1_136_000_000, "USD")]),
    ("Tajikistan's exports to Uzbekistan reached 2 billion 60 million somoni in 2023.", date(2024, 2, 10),
     [fact("exports", "TJK", "UZB", *Y23, 2_060_000_000, "TJS")]),
    ("Chile ranked third among Peru's trading partners after China, accounting for 9.2 percent of the "
     "country's overall foreign trade, which reached $61.3 billion in 2023.", date(2024, 2, 10), []),
    ("Brazil accounted for 14 percent of Bolivia's total trade, which totalled $22.4 billion in 2023.",
     date(2024, 2, 10), []),
    # a whole closed by its comma, the pair's own figure before it, stays the pair's
    ("Trade between Chile and Peru reached $5.6 billion in 2023, or 9.2 percent of Peru's total trade, which "
     "is a record.", date(2024, 2, 10),
     [fact("turnover", "CHL", "PER", *Y23, 5.6e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), COMPOUND_AMOUNTS_AND_VALUED_WHOLES)
def test_compound_amounts_and_valued_wholes(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "$X million tala (NZ$Ym)": the amount is in the unit named after it, and the conversion in
#: brackets is no figure, nor does it take the change (it had been a second fact, with the change).
NAMED_UNIT_AFTER_THE_SIGN = [
    ("Tonga's imports from Australia totalled $48.2 million pa'anga (A$30m) in 2023, 4.5 percent more "
     "than in 2022.", date(2024, 2, 10),
     [fact("imports", "TON", "AUS", *Y23, 48.2e6, "TOP", 4.5)]),
    ("Exports from Samoa to American Samoa fell 3 percent to $12.4 million tala (US$4.6m) in 2023.",
     date(2024, 2, 10),
     [fact("exports", "WSM", "ASM", *Y23, 12.4e6, "WST", -3.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), NAMED_UNIT_AFTER_THE_SIGN)
def test_a_named_unit_after_the_sign(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: Goods "destined for", "bound for" or "headed to" a country are the exports of the goods'
#: country to it (no flow word had told the figure, which was lost).
GOODS_BOUND_FOR = [
    ("Kenyan goods destined for Uganda fetched Sh42.1 billion in March, 8.3% more than the Sh38.9 billion "
     "earned in the same month of 2023.", date(2024, 5, 10),
     [fact("exports", "KEN", "UGA", "2024-03-01", "2024-03-31", 42.1e9, "KES", 8.3),
      fact("exports", "KEN", "UGA", "2023-03-01", "2023-03-31", 38.9e9, "KES")]),
    ("Thai products bound for Laos were worth 41.2 billion baht in 2023.", date(2024, 5, 10),
     [fact("exports", "THA", "LAO", *Y23, 41.2e9, "THB")]),
    ("Goods headed to Peru from Chile rose 4 percent to $3.1 billion in 2023.", date(2024, 5, 10),
     [fact("exports", "CHL", "PER", *Y23, 3.1e9, "USD", 4.0)]),
    # a bloc as the destination is no pair
    ("Chilean goods heading for the European Union rose to $3.1 billion in 2023.", date(2024, 5, 10), []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), GOODS_BOUND_FOR)
def test_goods_bound_for_a_country(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "that country" points back at the country just named, as "the country" does; and an amount
#: after "against" with a flow noun of its own ("against $120 million of imports from Togo") is
#: the other flow of the same period, no comparison (it had been dated a year back).
THAT_COUNTRY_AND_OTHER_FLOWS = [
    ("Angola remained Zambia's main supplier, with imports from that country valued at K3.1 billion in "
     "March.", date(2024, 5, 10),
     [fact("imports", "ZMB", "AGO", "2024-03-01", "2024-03-31", 3.1e9, "ZMW")]),
    ("Zambia bought heavily from Angola last year. Imports from that country were valued at K3.1 billion "
     "in March.", date(2024, 5, 10),
     [fact("imports", "ZMB", "AGO", "2024-03-01", "2024-03-31", 3.1e9, "ZMW")]),
    ("Senegal's exports to Mali stood at 187.3 billion CFA francs in 2023, against 142.6 billion CFA francs "
     "of purchases from that country.", date(2024, 5, 10),
     [fact("exports", "SEN", "MLI", *Y23, 187.3e9, "XOF"),
      fact("imports", "SEN", "MLI", *Y23, 142.6e9, "XOF")]),
    ("Ghana's exports to Togo stood at $410 million in 2023, compared with $120 million in imports from "
     "Togo.", date(2024, 5, 10),
     [fact("exports", "GHA", "TGO", *Y23, 410e6, "USD"), fact("imports", "GHA", "TGO", *Y23, 120e6, "USD")]),
    # the same flow after "against" is still the comparison
    ("Ghana's exports to Togo rose to $410 million in 2023, against $390 million of exports to Togo in "
     "2022.", date(2024, 5, 10),
     [fact("exports", "GHA", "TGO", *Y23, 410e6, "USD"), fact("exports", "GHA", "TGO", *Y22, 390e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), THAT_COUNTRY_AND_OTHER_FLOWS)
def test_that_country_and_other_flows(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A ranked market's figure: a part of it told after "of which" is of the same flow and sides;
#: the goods' country after the ranking ("taking Zambian products") is the home; a place's aside
#: ("India, where much of the region's gold is traded, ...") names no flow of the amount. Each had
#: left the figure without a flow or a side, and it was lost.
RANKED_MARKET_PARTS = [
    ("Spain was Morocco's top export destination in 2023, with goods worth $4.2 billion, of which cars "
     "accounted for $1.1 billion.", date(2024, 5, 10),
     [fact("exports", "MAR", "ESP", *Y23, 4.2e9, "USD"),
      fact("exports", "MAR", "ESP", *Y23, 1.1e9, "USD", product=True)]),
    ("China was Peru's largest supplier in 2023, with goods worth $4.2 billion, out of which machinery "
     "accounted for $1.1 billion.", date(2024, 5, 10),
     [fact("imports", "PER", "CHN", *Y23, 4.2e9, "USD"),
      fact("imports", "PER", "CHN", *Y23, 1.1e9, "USD", product=True)]),
    ("India remained the leading destination, taking Zambian products valued at K8.2 billion in March.",
     date(2024, 5, 10),
     [fact("exports", "ZMB", "IND", "2024-03-01", "2024-03-31", 8.2e9, "ZMW")]),
    ("India, where much of the region's gold is traded, retained its place as the leading destination, "
     "taking Zambian products valued at K8.2 billion in March.", date(2024, 5, 10),
     [fact("exports", "ZMB", "IND", "2024-03-01", "2024-03-31", 8.2e9, "ZMW")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), RANKED_MARKET_PARTS)
def test_ranked_market_parts(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "exceeding the previous year's level by 12%": the figure's change (it had been lost).
EXCEEDING_AN_EARLIER_LEVEL = [
    ("Trade between Peru and Chile grew to $5.6 billion in 2023, exceeding the previous year's level by 12%.",
     date(2024, 5, 10), [fact("turnover", "PER", "CHL", *Y23, 5.6e9, "USD", 12.0)]),
    ("Trade between Peru and Chile reached $5.6 billion in 2023, surpassing the 2022 figure by 12 percent.",
     date(2024, 5, 10), [fact("turnover", "PER", "CHL", *Y23, 5.6e9, "USD", 12.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), EXCEEDING_AN_EARLIER_LEVEL)
def test_exceeding_an_earlier_level(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: Goods "brought in from" a country are imports from it (no flow word had told the figure); "brought
#: in" alone, of sales earning money in a market, stays exports.
BROUGHT_IN_FROM = [
    ("Georgia's exports to Armenia made up $310.2 million in 2023, whereas goods brought in from Armenia "
     "were worth $95.1 million, down 4.1 percent.", date(2024, 5, 10),
     [fact("exports", "GEO", "ARM", *Y23, 310.2e6, "USD"),
      fact("imports", "GEO", "ARM", *Y23, 95.1e6, "USD", -4.1)]),
    ("Georgia brought in from Armenia goods worth $95.1 million in 2023.", date(2024, 5, 10),
     [fact("imports", "GEO", "ARM", *Y23, 95.1e6, "USD")]),
    ("Kenyan flowers brought in $310 million in the Netherlands in 2023.", date(2024, 5, 10),
     [fact("exports", "KEN", "NLD", *Y23, 310e6, "USD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), BROUGHT_IN_FROM)
def test_goods_brought_in_from_a_country(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "towards" before a country or its market is where goods went ("exports towards Spain"), as
#: "to" is (it had made every such figure a target); before a goal's noun it is still a goal's.
EXPORTS_TOWARDS_A_COUNTRY = [
    ("Tunisian exports towards Germany, mostly wiring harnesses, came to 4.6 billion dinars in 2023.",
     date(2024, 5, 10), [fact("exports", "TUN", "DEU", *Y23, 4.6e9, "TND")]),
    ("Moroccan sales toward the Portuguese market totalled $820 million in 2023.", date(2024, 5, 10),
     [fact("exports", "MAR", "PRT", *Y23, 820e6, "USD")]),
    ("Trade between Tunisia and Germany should move towards 10 billion dinars by 2027.", date(2024, 5, 10),
     []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), EXPORTS_TOWARDS_A_COUNTRY)
def test_exports_towards_a_country(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A world word inside the name of a source ("According to the quarterly bulletin on foreign
#: trade issued by ...") is the source's, neither a total with the world nor the flow of the
#: figures after it (the figure had been a world total, its comparison a turnover).
FLOW_WORDS_INSIDE_A_SOURCE = [
    ("Peru's trade with Japan keeps growing. According to the quarterly bulletin on foreign trade issued "
     "by the statistics office (INEI), the country imported Japanese goods worth $2.3 billion in 2023, up "
     "8% from $2.13 billion in 2022.", date(2024, 5, 10),
     [fact("imports", "PER", "JPN", *Y23, 2.3e9, "USD", 8.0),
      fact("imports", "PER", "JPN", *Y22, 2.13e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), FLOW_WORDS_INSIDE_A_SOURCE)
def test_flow_words_inside_a_source(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A source's name ends at the verb that puts its figure at a level ("data from ... put",
#: "figures compiled by ... valued"): the countries after the verb are the figure's sides (they
#: had been read as inside the source, and the figure had no sides).
SOURCES_THAT_PUT_A_FIGURE = [
    ("On the Chilean side, data from the National Customs Service put the country's imports from Peru at "
     "$1.2 billion for January-June 2024, 4.5% more than a year before.", date(2024, 10, 14),
     [fact("imports", "CHL", "PER", "2024-01-01", "2024-06-30", 1.2e9, "USD", 4.5)]),
    ("Figures compiled by the central bank valued Ghana's cocoa exports to the Netherlands at $640 million "
     "in 2023.", date(2024, 10, 14),
     [fact("exports", "GHA", "NLD", *Y23, 640e6, "USD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), SOURCES_THAT_PUT_A_FIGURE)
def test_sources_that_put_a_figure(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A run of dates with years of their own, then the fiscal year it falls in ("from 1 August
#: 2024 to 20 February 2025 of the current 2024-25 financial year"): the run is the figure's
#: period, the fiscal year only where it lies (the whole fiscal year had been taken).
DATED_RUNS_INSIDE_A_FISCAL_YEAR = [
    ("Pakistan's exports to China from 1 August 2024 to 20 February 2025 of the current 2024-25 financial "
     "year amounted to $1.9 billion, down 3 percent from the same period of the previous financial year.",
     date(2025, 3, 10),
     [fact("exports", "PAK", "CHN", "2024-08-01", "2025-02-20", 1.9e9, "USD", -3.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), DATED_RUNS_INSIDE_A_FISCAL_YEAR)
def test_dated_runs_inside_a_fiscal_year(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: An epithet whose modifier is a possessive ("the People's Republic", "the Khmer people's
#: kingdom") is a definite description of the partner, as "the Asian republic" is (it had left
#: the figure without a partner).
POSSESSIVE_EPITHETS = [
    ("China is Peru's top partner; Peruvian exports to the People's Republic rose 6% to $21 billion in 2023.",
     date(2024, 3, 10), [fact("exports", "PER", "CHN", *Y23, 21e9, "USD", 6.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), POSSESSIVE_EPITHETS)
def test_possessive_epithets(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: Goods said to make up the bulk of a flow told with its partner, then the amount ("Coal
#: accounted for the lion's share of shipments to Japan at A$30 billion"): the goods' figure of
#: that flow, not the whole of a share with the world (it had been dropped as one, or left
#: without its goods).
SHARES_OF_A_FLOW_TO_A_PARTNER = [
    ("Australia's exports to Japan reached A$60 billion in 2023. Coal accounted for the lion's share of "
     "shipments to Japan at A$30 billion.", date(2024, 3, 10),
     [fact("exports", "AUS", "JPN", *Y23, 60e9, "AUD"),
      fact("exports", "AUS", "JPN", *Y23, 30e9, "AUD", product=True)]),
    ("Australia's exports to Japan reached A$60 billion in 2023. Coal made up the bulk of shipments to "
     "Japan, at A$30 billion.", date(2024, 3, 10),
     [fact("exports", "AUS", "JPN", *Y23, 60e9, "AUD"),
      fact("exports", "AUS", "JPN", *Y23, 30e9, "AUD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), SHARES_OF_A_FLOW_TO_A_PARTNER)
def test_shares_of_a_flow_to_a_partner(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A ranked market for the goods of a flow noun ("the largest market for Chilean fruit
#: exports"): the goods before the noun are the figure's (only the noun alone, "for Vietnam's
#: exports", is all goods); they had been dropped with the noun.
RANKED_MARKETS_FOR_GOODS_EXPORTS = [
    ("Japan ranked as the largest market for Chilean fruit exports, which reached $1.2 billion in 2023.",
     date(2024, 3, 10), [fact("exports", "CHL", "JPN", *Y23, 1.2e9, "USD", product=True)]),
    ("India was the largest market for Vietnam's exports, which reached $12 billion in 2023.",
     date(2024, 3, 10), [fact("exports", "VNM", "IND", *Y23, 12e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), RANKED_MARKETS_FOR_GOODS_EXPORTS)
def test_ranked_markets_for_goods_exports(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: Goods that make up the biggest share of a flow, then ", with" the amount, their subject
#: carrying where they come from ("Salmon farmed in the fjords of the western coast made up the
#: biggest share of these shipments, with NOK 18 billion"): the goods' figure (it had been the
#: flow's again, with no goods).
LARGEST_SHARES_WITH_AN_AMOUNT = [
    ("Norway's exports to Poland reached NOK 40 billion in 2023. Salmon farmed in the fjords of the western "
     "coast made up the biggest share of these shipments, with NOK 18 billion.", date(2024, 3, 10),
     [fact("exports", "NOR", "POL", *Y23, 40e9, "NOK"),
      fact("exports", "NOR", "POL", *Y23, 18e9, "NOK", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), LARGEST_SHARES_WITH_AN_AMOUNT)
def test_largest_shares_with_an_amount(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "the former colonial power" is an epithet of one country, as "the Gulf kingdom" is: the
#: partner the story names (the quarter's figure had been left without one).
COLONIAL_POWER_EPITHETS = [
    ("Senegal's exports to France reached CFA 480 billion in 2023. In the fourth quarter alone, sales to the "
     "former colonial power totalled CFA 130 billion.", date(2024, 3, 10),
     [fact("exports", "SEN", "FRA", *Y23, 480e9, "XOF"),
      fact("exports", "SEN", "FRA", "2023-10-01", "2023-12-31", 130e9, "XOF")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), COLONIAL_POWER_EPITHETS)
def test_colonial_power_epithets(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A rank told as a place among a country's markets or suppliers ("holds the first place of the
#: suppliers of Georgia", "took second place among the buyers of Czech cars"), as translated
#: copy writes it: a market ranking like "Georgia's first supplier" (the figure had no flow).
PLACES_AMONG_SUPPLIERS = [
    ("On the import side, it is Turkey which holds the first place of the suppliers of Georgia, with $2.1 "
     "billion in 2023.", date(2024, 3, 10),
     [fact("imports", "GEO", "TUR", *Y23, 2.1e9, "USD")]),
    ("Germany kept the first place among the buyers of Czech cars, with €2 billion in 2023.",
     date(2024, 3, 10), [fact("exports", "CZE", "DEU", *Y23, 2e9, "EUR", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PLACES_AMONG_SUPPLIERS)
def test_places_among_suppliers(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: Goods left out of a flow right after its noun ("exports outside hydrocarbons", the French
#: "hors hydrocarbures"; "exports excluding oil"): the figure of all other goods, a product of
#: its own (it had been the flow's whole, beside the flow's own figure).
GOODS_LEFT_OUT_OF_A_FLOW = [
    ("Algerian exports towards Tunisia amounted to $1.2 billion in 2023. The exports outside hydrocarbons "
     "towards the Tunisian market totalled nearly 12.6 billion dinars (DA) over the same period.",
     date(2024, 3, 10),
     [fact("exports", "DZA", "TUN", *Y23, 1.2e9, "USD"),
      fact("exports", "DZA", "TUN", *Y23, 12.6e9, "DZD", product=True)]),
    ("Algerian exports excluding oil to Spain reached $800 million in 2023.", date(2024, 3, 10),
     [fact("exports", "DZA", "ESP", *Y23, 800e6, "USD", product=True)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), GOODS_LEFT_OUT_OF_A_FLOW)
def test_goods_left_out_of_a_flow(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: An importer told by "to" stays in its own clause: "imports from A ..., against exports to B
#: of ..." names B as the other flow's destination, not the importer (the imports had been read
#: as B's, or as A's from A and dropped).
IMPORTER_NOT_PAST_ANOTHER_FLOW = [
    ("Australia remains one of Fiji's main sources of imports: the Fiji Bureau of Statistics valued imports "
     "from Australia at F$512.3 million in 2023, against exports to Australia of just F$41.7 million.",
     date(2024, 3, 10),
     [fact("imports", "FJI", "AUS", *Y23, 512.3e6, "FJD"),
      fact("exports", "FJI", "AUS", *Y23, 41.7e6, "FJD")]),
    # the importer told by "to" before the amount is still read
    ("Imports from Vietnam to Chile rose to $1.9 billion in 2023.", date(2024, 3, 10),
     [fact("imports", "CHL", "VNM", *Y23, 1.9e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), IMPORTER_NOT_PAST_ANOTHER_FLOW)
def test_importer_not_past_another_flow(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "sets" as the noun of goods counted in sets is no verb of setting a goal (the figure had been
#: dropped as a target); the verb still makes one.
GOODS_COUNTED_IN_SETS = [
    ("Slovenia's exports of generator sets and other machinery to Austria were broadly unchanged at EUR 210 "
     "million in 2024.", date(2025, 3, 1),
     [fact("exports", "SVN", "AUT", "2024-01-01", "2024-12-31", 210e6, "EUR", product=True)]),
    ("Slovenia's exports of generator sets to Austria reached EUR 210 million in 2024.", date(2025, 3, 1),
     [fact("exports", "SVN", "AUT", "2024-01-01", "2024-12-31", 210e6, "EUR", product=True)]),
    ("Slovenia's trade with Austria is set to reach EUR 2 billion in 2025.", date(2025, 3, 1), []),
    ("The plan sets trade with Austria at EUR 2 billion in 2025.", date(2025, 3, 1), []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), GOODS_COUNTED_IN_SETS)
def test_goods_counted_in_sets(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A country ranked "the largest exporter ... among" a region's economies is one side of its
#: figure, not a figure of the inside of the region (it had been dropped as the bloc's).
RANKED_AMONG_A_REGION = [
    ("Neighbouring Kazakhstan, the largest exporter to Turkey among the Central Asian economies, shipped "
     "goods worth USD 3.1 billion to the Turkish market in 2024.", date(2025, 3, 1),
     [fact("exports", "KAZ", "TUR", "2024-01-01", "2024-12-31", 3.1e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), RANKED_AMONG_A_REGION)
def test_ranked_among_a_region(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A lead that tells a change with no amount ("exports to Peru fell by a quarter in the first
#: half") gives it to the story's first figure, told in the next sentence, of the same flow,
#: sides and period (the change had been lost); not to a figure of another period.
CHANGE_TOLD_IN_A_FIGURELESS_LEAD = [
    ("Norwegian exports to Peru fell by a quarter in the first half of the year, as miners held back orders. "
     "Goods worth 2.1 billion kroner were shipped to the Andean country in January-June, compared with 2.8 "
     "billion kroner in the corresponding period last year.", date(2024, 9, 10),
     [fact("exports", "NOR", "PER", *H1, 2.1e9, "NOK", -25.0),
      fact("exports", "NOR", "PER", "2023-01-01", "2023-06-30", 2.8e9, "NOK")]),
    ("Norwegian exports to Peru fell 12 percent in the first half of the year. In 2023 as a whole, goods "
     "worth 4.4 billion kroner were shipped to the Andean country.", date(2024, 9, 10),
     [fact("exports", "NOR", "PER", *Y23, 4.4e9, "NOK")]),
    # a clause of its own after the lead's statement names another flow and the partner again: the
    # lead still states its own (the change had been lost)
    ("SEJONG, Sept 21 (Yonhap) -- South Korea's exports to the United States fell 14.3 percent in the first "
     "20 days of this month, data showed, as U.S. tariffs started to bite into shipments of cars. Outbound "
     "shipments to the U.S. totaled US$6.06 billion during the Sept. 1-20 period.", date(2024, 9, 21),
     [fact("exports", "KOR", "USA", "2024-09-01", "2024-09-20", 6.06e9, "USD", -14.3)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CHANGE_TOLD_IN_A_FIGURELESS_LEAD)
def test_change_told_in_a_figureless_lead(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: "The exchange between both countries" (the translated "el intercambio entre ambos países"): a
#: bare "exchange" with "between" and the sides is their two-way trade, on its own (it had given
#: nothing); of students, currencies or letters it is none.
EXCHANGE_BETWEEN = [
    ("Ecuador and Chile reviewed their agenda on Monday. The exchange between both countries climbed to "
     "US$ 2,315 million in 2024, 6% more than a year before.", date(2025, 2, 4),
     [fact("turnover", "ECU", "CHL", *Y24, 2315e6, "USD", 6.0)]),
    ("Bilateral exchange between Uruguay and Paraguay totalled $940 million last year.", date(2025, 2, 4),
     [fact("turnover", "URY", "PRY", *Y24, 940e6, "USD")]),
    ("Exchanges between Bolivia and Peru were worth $1.6 billion in 2024.", date(2025, 2, 4),
     [fact("turnover", "BOL", "PER", *Y24, 1.6e9, "USD")]),
    ("Student exchanges between Bolivia and Peru cost $1.6 million in 2024.", date(2025, 2, 4), []),
    ("The exchange rate between the boliviano and the dollar held at 6.96 in 2024.", date(2025, 2, 4), []),
]  # fmt: skip


#: A weak flow noun set against the figure before, of the other direction ("Peruvian shipments to
#: Brazil totaled ..., while purchases added up to ..."), is the other flow of the same sides (it
#: had been no one's, as "sales" alone are a firm's).
BARE_NOUN_OF_THE_OTHER_FLOW = [
    ("Uruguayan shipments to Mexico totaled US$ 410 million in 2024, while purchases added up to "
     "US$ 655 million.", date(2025, 2, 4),
     [fact("exports", "URY", "MEX", *Y24, 410e6, "USD"),
      fact("imports", "URY", "MEX", *Y24, 655e6, "USD")]),
    ("Zambian purchases from Angola came to $300 million in 2024, whereas sales stood at $120 million.",
     date(2025, 2, 4),
     [fact("imports", "ZMB", "AGO", *Y24, 300e6, "USD"),
      fact("exports", "ZMB", "AGO", *Y24, 120e6, "USD")]),
]  # fmt: skip


#: A figure restated in pesos on the long scale, in parentheses ("(about $37.8 billones)"), is the
#: same figure, no second one: the amount is the peso's (not a $37.8 trillion figure of its own,
#: which took the change).
RESTATED_IN_PESOS = [
    ("Colombia imported goods worth US$9,120 million from Japan in 2024 (about $37.8 billones), up 4%.",
     date(2025, 2, 4),
     [fact("imports", "COL", "JPN", *Y24, 9120e6, "USD", 4.0)]),
]  # fmt: skip


#: A headline that names two countries gives their pair to a body that names none ("Trade
#: between the two neighbours reached ..." under "Malawi-Zambia trade climbs"); a body that
#: names its own pair keeps it, and a digest's headline is none of its items'.
HEADLINED_PAIRS = [
    ("Malawi-Zambia trade climbs", "Trade between the two neighbours rose to $410 million in 2024.",
     {fact("turnover", "MWI", "ZMB", *Y24, 410e6, "USD")}),
    ("Malawi-Zambia trade climbs", "Trade between Malawi and Mozambique rose to $410 million in 2024.",
     {fact("turnover", "MWI", "MOZ", *Y24, 410e6, "USD")}),
    ("Malawi's trade climbs", "Trade between the two neighbours rose to $410 million in 2024.", set()),
    ("Malawi-Zambia trade climbs",
     "LILONGWE, Feb 3 - Trade between the two neighbours rose to $410 million in 2024.\n\n"
     "HARARE, Feb 3 - Trade between the two neighbours rose to $90 million in 2024.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("title", "body", "expected"), HEADLINED_PAIRS)
def test_headlined_pairs(title: str, body: str, expected: set[Fact]) -> None:
    found = extract_document(body, date(2025, 2, 4), None, None, title).trade_mentions
    assert {fact(m.flow, m.reporter_iso3, m.partner_iso3, str(m.period_start), str(m.period_end), m.value,
                 m.currency, m.change_pct, m.product is not None) for m in found} == expected  # fmt: skip


#: A flow to or from a partner told by its epithet ("imports from its top trading partner China")
#: keeps its own direction: the partner's words are no turnover of their own (the figure had
#: been the pair's turnover).
FLOWS_TO_A_TRADING_PARTNER = [
    ("Tanzania's imports from its top trading partner India were $4.6 billion last year.", date(2025, 2, 4),
     [fact("imports", "TZA", "IND", *Y24, 4.6e9, "USD")]),
    ("Peru's exports to its main trade partner, China, were $24 billion last year.", date(2025, 2, 4),
     [fact("exports", "PER", "CHN", *Y24, 24e9, "USD")]),
    ("Trade with its largest trading partner China reached $9 billion in 2024, Tanzania said.",
     date(2025, 2, 4),
     [fact("turnover", "TZA", "CHN", *Y24, 9e9, "USD")]),
]  # fmt: skip


#: "the <demonym> side" whose own flow the sentence tells ("The Chinese side's exports accounted
#: for ...", "the Lao side imported goods worth ...") is the reporter, as "Chinese exports" are
#: (the side had been read as a source of the figures, and the first country before it taken).
A_SIDE_THAT_TRADES = [
    ("Trade between Cambodia and Vietnam reached $11.6 billion last year. The Vietnamese side's exports "
     "accounted for $7.9 billion.", date(2025, 2, 4),
     [fact("turnover", "KHM", "VNM", *Y24, 11.6e9, "USD"),
      fact("exports", "VNM", "KHM", *Y24, 7.9e9, "USD")]),
    ("Trade between Cambodia and Vietnam reached $11.6 billion last year. The Vietnamese side shipped goods "
     "worth $7.9 billion.", date(2025, 2, 4),
     [fact("turnover", "KHM", "VNM", *Y24, 11.6e9, "USD"),
      fact("exports", "VNM", "KHM", *Y24, 7.9e9, "USD")]),
    ("Trade between Cambodia and Vietnam reached $11.6 billion last year, the Vietnamese side said.",
     date(2025, 2, 4),
     [fact("turnover", "KHM", "VNM", *Y24, 11.6e9, "USD")]),
]  # fmt: skip


#: A figure told after the flow it continues, in the words of translated wire copy: "this
#: indicator", "the volume" for the figure before; "In monetary terms, they ..." for the flow a
#: sentence counted in tonnes; a bare flow noun after a lead that told the flow with no figure
#: ("... grew last year. Shipments reached ..."). Each had given no figure.
TOLD_AGAIN_IN_OTHER_WORDS = [
    ("Tajikistan's exports to Uzbekistan reached $412 million in 2024. In 2023, this indicator was $380 "
     "million.", date(2025, 2, 4),
     [fact("exports", "TJK", "UZB", *Y24, 412e6, "USD"),
      fact("exports", "TJK", "UZB", *Y23, 380e6, "USD")]),
    ("Tajikistan's exports to Uzbekistan reached $412 million in 2024. A year earlier the volume was $380 "
     "million.", date(2025, 2, 4),
     [fact("exports", "TJK", "UZB", *Y24, 412e6, "USD"),
      fact("exports", "TJK", "UZB", *Y23, 380e6, "USD")]),
    ("Russian sunflower oil exports to Egypt reached 420,000 tonnes in 2024. In value terms, they amounted "
     "to $390 million.", date(2025, 2, 4),
     [fact("exports", "RUS", "EGY", *Y24, 390e6, "USD", None, True)]),
    ("Georgia's exports to Armenia grew markedly last year. Shipments reached $610 million, the statistics "
     "office said.", date(2025, 2, 4),
     [fact("exports", "GEO", "ARM", *Y24, 610e6, "USD")]),
    # a lead of one country's exports to the world: no pair to give
    ("Georgia's exports grew markedly last year. Shipments reached $6.1 billion.", date(2025, 2, 4), []),
]  # fmt: skip


#: A country, then an aside between commas, then its flow verb ("Argentina, meanwhile, bought
#: ..."): one clause, whose subject is that country (the aside had cut it off, and the partner
#: of the sentence before was taken as the buyer).
SUBJECT_BEFORE_AN_ASIDE = [
    ("Paraguay's exports to Chile rose 8% in 2024. Argentina, meanwhile, bought goods worth US$ 1.3 billion "
     "from Paraguay.", date(2025, 2, 4),
     [fact("imports", "ARG", "PRY", *Y24, 1.3e9, "USD")]),
    ("Paraguay's exports to Chile rose 8% in 2024. Argentina, however, shipped goods worth US$ 900 million "
     "to Paraguay.", date(2025, 2, 4),
     [fact("exports", "ARG", "PRY", *Y24, 900e6, "USD")]),
]  # fmt: skip


#: Two amounts joined by "and" alone after one flow to two partners ("exports to Malta and Cyprus
#: were €410m and €290m") are told in the partners' order, as "respectively" tells them (they had
#: been rejected as a total of several partners); with three partners they stay unpaired.
PAIRED_WITHOUT_RESPECTIVELY = [
    ("Greece's exports to Malta and Cyprus were €410m and €290m in 2024.", date(2025, 2, 4),
     [fact("exports", "GRC", "MLT", *Y24, 410e6, "EUR"),
      fact("exports", "GRC", "CYP", *Y24, 290e6, "EUR")]),
    ("Greece's exports to Malta, Cyprus and Albania were €410m and €290m in 2024.", date(2025, 2, 4), []),
]  # fmt: skip


#: ", and to Montenegro 780 million euros": a gapped item of the clause's own flow after ", and"
#: (it had opened a clause of its own, with no flow, and was lost), as without "and".
GAPPED_AFTER_COMMA_AND = [
    ("Croatian exports to Slovenia amounted to 2.3 billion euros last year, and to Montenegro 410 million "
     "euros.", date(2025, 2, 4),
     [fact("exports", "HRV", "SVN", *Y24, 2.3e9, "EUR"),
      fact("exports", "HRV", "MNE", *Y24, 410e6, "EUR")]),
    ("Croatian imports from Slovenia amounted to 2.3 billion euros last year, and from the Netherlands "
     "410 million euros.", date(2025, 2, 4),
     [fact("imports", "HRV", "SVN", *Y24, 2.3e9, "EUR"),
      fact("imports", "HRV", "NLD", *Y24, 410e6, "EUR")]),
]  # fmt: skip


#: Revenue a flow earned, told as the object of a verb of earning ("Oman earned revenues of $4.1
#: billion from oil exports to Japan", "copper sales to Germany generated revenues of ..."): the
#: flow's value (the word "revenues" had rejected it as no trade); a government's revenue stays none.
REVENUE_A_FLOW_EARNED = [
    ("Oman earned revenues of $4.1 billion from crude exports to Japan in 2024.", date(2025, 2, 4),
     [fact("exports", "OMN", "JPN", *Y24, 4.1e9, "USD", None, True)]),
    ("Zambia's copper sales to Germany generated revenues of 870 million dollars in 2024.", date(2025, 2, 4),
     [fact("exports", "ZMB", "DEU", *Y24, 870e6, "USD", None, True)]),
    ("Oman's government earned revenues of $4.1 billion in 2024 as exports to Japan rose.", date(2025, 2, 4),
     []),
]  # fmt: skip


#: A flow of one side told beside a balance "between" the pair ("The trade balance between Jordan
#: and Iraq recorded ..., with Jordanian exports at ..."): that side's flow to the other (the
#: balance named no owner, so the flow had had no partner); a world total after it stays none.
FLOW_BESIDE_A_BALANCE_BETWEEN = [
    ("The trade balance between Jordan and Iraq recorded US$ 1.4 billion in 2024, with Jordanian exports "
     "at US$ 1.9 billion.", date(2025, 2, 4),
     [fact("exports", "JOR", "IRQ", *Y24, 1.9e9, "USD")]),
    ("Jordan's trade surplus with Iraq reached US$ 1.4 billion in 2024. Jordanian exports totalled US$ 12.1 "
     "billion.", date(2025, 2, 4), []),
]  # fmt: skip


#: A goal told by its noun before a gerund of growth ("set a goal of doubling trade, which
#: reached ..."): the multiple is the goal's, no change of the figure (it had been +100%).
GOAL_OF_GROWTH = [
    ("Ghana and Nigeria set a goal of doubling trade, which reached $1.9 billion last year, by 2030.",
     date(2025, 2, 4), [fact("turnover", "GHA", "NGA", *Y24, 1.9e9, "USD")]),
    ("Ghana and Nigeria announced plans for tripling trade, which reached $1.9 billion last year.",
     date(2025, 2, 4), [fact("turnover", "GHA", "NGA", *Y24, 1.9e9, "USD")]),
    ("Trade between Ghana and Nigeria doubled to $1.9 billion last year.", date(2025, 2, 4),
     [fact("turnover", "GHA", "NGA", *Y24, 1.9e9, "USD", 100.0)]),
]  # fmt: skip


#: "more than"/"less than" before an amount hedge it, as "over" does ("rose more than 20 percent in
#: 2024", "to more than $900 million in 2024"): the period after it is the figure's (it had been
#: read as the period a comparison was made with, and the figure dropped for want of its own).
HEDGED_BY_MORE_THAN = [
    ("Mongolia's exports to Paraguay rose more than 20 percent in 2024 to $90 million.", date(2025, 2, 4),
     [fact("exports", "MNG", "PRY", *Y24, 90e6, "USD", 20.0)]),
    ("Mongolia's exports to Paraguay climbed to more than $90 million in 2024.", date(2025, 2, 4),
     [fact("exports", "MNG", "PRY", *Y24, 90e6, "USD")]),
    ("Mongolia's exports to Paraguay slipped less than 3 percent in 2024 to $90 million.", date(2025, 2, 4),
     [fact("exports", "MNG", "PRY", *Y24, 90e6, "USD", -3.0)]),
    ("Mongolia's exports to Paraguay were $95 million in 2024, higher than $90 million in 2023.",
     date(2025, 2, 4), [fact("exports", "MNG", "PRY", *Y24, 95e6, "USD"),
                        fact("exports", "MNG", "PRY", "2023-01-01", "2023-12-31", 90e6, "USD")]),
]  # fmt: skip

#: A run of months named a quarter ("in the July-September quarter of 2024", Kyodo and Yonhap):
#: those months, as "the July-September period" is (it had been the whole year), and the same
#: months a year back for "a year earlier".
MONTHS_NAMED_A_QUARTER = [
    ("Japan's imports from Laos in the July-September quarter of 2024 rose 9 percent to 4.2 billion yen.",
     date(2025, 2, 4), [fact("imports", "JPN", "LAO", "2024-07-01", "2024-09-30", 4.2e9, "JPY", 9.0)]),
    ("Korea's exports to Laos hit KRW 95 billion in the January-March quarter of 2024, against KRW 80 "
     "billion a year earlier.", date(2025, 2, 4),
     [fact("exports", "KOR", "LAO", "2024-01-01", "2024-03-31", 95e9, "KRW"),
      fact("exports", "KOR", "LAO", "2023-01-01", "2023-03-31", 80e9, "KRW")]),
]  # fmt: skip

#: Amounts each followed by their partner by the flow's preposition ("$21.1 billion to Germany and
#: $9.8 billion to Iraq", "$3.1 billion with Russia and $1.8 billion with Kazakhstan"): each is
#: that partner's. After ", including" they are parts of a world total, which is none (it had been
#: given to the first partner); after "compared with" another partner's figure of the same period
#: (it had been the first partner's a year before).
EACH_AMOUNT_ITS_PARTNER_AFTER = [
    ("Uruguay's exports reached $13.5 billion in 2024, including $3.1 billion to Brazil and $1.4 billion to "
     "Argentina.", date(2025, 2, 4),
     [fact("exports", "URY", "BRA", *Y24, 3.1e9, "USD"), fact("exports", "URY", "ARG", *Y24, 1.4e9, "USD")]),
    ("In 2024 Armenia's trade turnover reached $19.5 billion, including $7.3 billion with Russia.",
     date(2025, 2, 4), [fact("turnover", "ARM", "RUS", *Y24, 7.3e9, "USD")]),
    ("Armenia traded $7.3 billion with Russia, $1.2 billion with Georgia and $0.8 billion with Iran in 2024.",
     date(2025, 2, 4),
     [fact("turnover", "ARM", "RUS", *Y24, 7.3e9, "USD"), fact("turnover", "ARM", "GEO", *Y24, 1.2e9, "USD"),
      fact("turnover", "ARM", "IRN", *Y24, 0.8e9, "USD")]),
    ("Uruguay's exports to Brazil reached $3.1 billion in 2024, compared with $1.4 billion to Argentina.",
     date(2025, 2, 4),
     [fact("exports", "URY", "BRA", *Y24, 3.1e9, "USD"), fact("exports", "URY", "ARG", *Y24, 1.4e9, "USD")]),
    ("Uruguay's exports reached US$13.5 billion in 2024, including US$3.1 billion to Brazil.",
     date(2025, 2, 4), [fact("exports", "URY", "BRA", *Y24, 3.1e9, "USD")]),
    ("Uruguay's exports totalled $13.5 billion in 2024, of which $3.1 billion went to Brazil.",
     date(2025, 2, 4), [fact("exports", "URY", "BRA", *Y24, 3.1e9, "USD")]),
    ("Uruguay's exports to Brazil reached $3.1 billion in 2024, compared with $2.9 billion a year earlier.",
     date(2025, 2, 4),
     [fact("exports", "URY", "BRA", *Y24, 3.1e9, "USD"),
      fact("exports", "URY", "BRA", "2023-01-01", "2023-12-31", 2.9e9, "USD")]),
]  # fmt: skip

#: A change in money told by a comparative after the amount ("NZD 40 million more than in 2023",
#: "€20 million higher in 2024 at ..."), or by a verb "in value by": a difference, no level (it had
#: been a second figure); the level after "at" takes the change's period, as after "to".
DIFFERENCE_BY_A_COMPARATIVE = [
    ("New Zealand's exports to Chile reached NZD 410 million in 2024, NZD 40 million more than in 2023.",
     date(2025, 2, 4), [fact("exports", "NZL", "CHL", *Y24, 410e6, "NZD")]),
    ("New Zealand's exports to Chile were NZD 40 million lower in 2024 at NZD 370 million.",
     date(2025, 2, 4), [fact("exports", "NZL", "CHL", *Y24, 370e6, "NZD")]),
    ("New Zealand's exports to Chile grew in value by NZD 40 million to NZD 410 million in 2024.",
     date(2025, 2, 4), [fact("exports", "NZL", "CHL", *Y24, 410e6, "NZD")]),
]  # fmt: skip

#: A share told after the figure of a larger flow to a region ("$90 million in 2024, 4% of its
#: exports to Africa"): the region is the share's whole, no side of the figure (it had made the
#: figure a total with a bloc, and dropped it); a region before the amount is still the partner.
SHARE_OF_A_REGION_AFTER = [
    ("Sri Lanka's exports to Namibia were $90 million in 2024, 4% of its exports to Africa.",
     date(2025, 2, 4), [fact("exports", "LKA", "NAM", *Y24, 90e6, "USD")]),
    ("Sri Lanka's exports to Namibia were $90 million in 2024, a fifth of its shipments to the SADC bloc.",
     date(2025, 2, 4), [fact("exports", "LKA", "NAM", *Y24, 90e6, "USD")]),
    ("Sri Lanka's exports to Africa were $2.2 billion in 2024, 9% of its total exports.", date(2025, 2, 4),
     []),
]  # fmt: skip

#: "it" after a target set for the pair's trade ("aim to raise trade to $5 billion by 2030. In
#: 2024, it stood at ..."): the pair's turnover the target is of (it had stood for nothing, and
#: the figure was lost); a target for one side's exports leaves "they" with no pair.
IT_AFTER_A_TARGET_FOR_TRADE = [
    ("Oman and Tanzania aim to lift trade to $5 billion by 2030. In 2024, it stood at $1.3 billion.",
     date(2025, 2, 4), [fact("turnover", "OMN", "TZA", *Y24, 1.3e9, "USD")]),
    ("Oman and Tanzania pledged to boost two-way trade to $5 billion. Last year it totalled $1.3 billion.",
     date(2025, 2, 4), [fact("turnover", "OMN", "TZA", *Y24, 1.3e9, "USD")]),
]  # fmt: skip

#: A balance whose other side is told after its amount ("posted a trade surplus of $X with Y") and a
#: bare flow beside it ("as exports rose ..."): the owner's flow with that side (it had had no sides).
FLOW_BESIDE_A_BALANCE_WITH = [
    ("Türkiye posted a trade surplus of $1.6 billion with Georgia in 2024, as exports climbed 9 percent "
     "to $2.3 billion.", date(2025, 2, 4), [fact("exports", "TUR", "GEO", *Y24, 2.3e9, "USD", 9.0)]),
    ("Türkiye posted a trade surplus of $1.6 billion with Georgia in 2024.", date(2025, 2, 4), []),
]  # fmt: skip

#: Goods of a demonym "imported into" (or "by") a country: that country's imports from the
#: demonym's (the demonym had been taken for the importer, and the figure lost).
IMPORTED_INTO = [
    ("Ecuadorian bananas imported into Ireland were worth €40 million in 2024.", date(2025, 2, 4),
     [fact("imports", "IRL", "ECU", *Y24, 40e6, "EUR", None, True)]),
    ("Ecuadorian goods imported by Ireland were worth €90 million in 2024.", date(2025, 2, 4),
     [fact("imports", "IRL", "ECU", *Y24, 90e6, "EUR")]),
]  # fmt: skip


#: A flow told as the one "in the other direction" after a figure of one side's flow: the same
#: flow with the sides swapped (it had been nothing, or a turnover of the pair).
THE_OTHER_DIRECTION = [
    ("Ireland's exports to Ecuador reached €70 million in 2024, while flows in the other direction totalled "
     "€90 million.", date(2025, 2, 4),
     [fact("exports", "IRL", "ECU", *Y24, 70e6, "EUR"), fact("exports", "ECU", "IRL", *Y24, 90e6, "EUR")]),
    ("Ireland's imports from Ecuador reached €90 million in 2024, with trade in the opposite direction at "
     "€70 million.", date(2025, 2, 4),
     [fact("imports", "IRL", "ECU", *Y24, 90e6, "EUR"), fact("imports", "ECU", "IRL", *Y24, 70e6, "EUR")]),
]  # fmt: skip

#: A change over a span of years ("doubled between 2019 and 2024 to ..."): the level is the last
#: year's (it had been dated over the whole span); a total "between" the years spans them all.
CHANGED_BETWEEN_YEARS = [
    ("Peru's exports to Korea doubled between 2019 and 2024 to $2.8 billion.", date(2025, 2, 4),
     [fact("exports", "PER", "KOR", *Y24, 2.8e9, "USD", 100.0)]),
    ("Peru's exports to Korea rose 35% between 2022 and 2024, reaching $2.8 billion.", date(2025, 2, 4),
     [fact("exports", "PER", "KOR", *Y24, 2.8e9, "USD", 35.0)]),
    ("Peru's exports to Korea totalled $11 billion between 2020 and 2024.", date(2025, 2, 4),
     [fact("exports", "PER", "KOR", "2020-01-01", "2024-12-31", 11e9, "USD")]),
]  # fmt: skip

#: Flow nouns of other house styles: "the commercial interchange between" (translated Latin
#: American copy: the pair's turnover) and "export trade to" / "import trade from" (one side's
#: flow, not the pair's trade); they had been nothing, or turnover.
OTHER_FLOW_NOUNS = [
    ("The commercial interchange between Uruguay and Mexico reached US$1.9 billion in 2024.",
     date(2025, 2, 4), [fact("turnover", "URY", "MEX", *Y24, 1.9e9, "USD")]),
    ("Tanzania's export trade to Rwanda was worth $410 million in 2024.", date(2025, 2, 4),
     [fact("exports", "TZA", "RWA", *Y24, 410e6, "USD")]),
    ("Tanzania's import trade from Oman was worth $610 million in 2024.", date(2025, 2, 4),
     [fact("imports", "TZA", "OMN", *Y24, 610e6, "USD")]),
]  # fmt: skip

#: Countries listed as the subject, then amounts "respectively": each amount is the side of the
#: country in its place (both had gone to the last one named).
SUBJECTS_RESPECTIVELY = [
    ("India and Japan were Chile's main export markets in 2024, with $9.1 billion and $6.2 billion "
     "respectively.", date(2025, 2, 4),
     [fact("exports", "CHL", "IND", *Y24, 9.1e9, "USD"), fact("exports", "CHL", "JPN", *Y24, 6.2e9, "USD")]),
    ("India and Japan bought Chilean goods worth $9.1 billion and $6.2 billion, respectively, in 2024.",
     date(2025, 2, 4),
     [fact("imports", "IND", "CHL", *Y24, 9.1e9, "USD"), fact("imports", "JPN", "CHL", *Y24, 6.2e9, "USD")]),
]  # fmt: skip

#: A later partner of a list given a bare amount, its currency left out ("..., and those to
#: Switzerland 312 billion", "ahead of Switzerland (312 billion)"): the currency of the amount
#: before (the amount had been no money, and the figure lost); tonnes stay none.
LISTED_PARTNER_BARE_AMOUNT = [
    ("Namibia's exports to Botswana reached N$9.8 billion in 2024, and those to Zambia 4.1 billion.",
     date(2025, 2, 4),
     [fact("exports", "NAM", "BWA", *Y24, 9.8e9, "NAD"), fact("exports", "NAM", "ZMB", *Y24, 4.1e9, "NAD")]),
    ("Namibia's exports to Botswana reached N$9.8 billion in 2024, while Zambia took 4.1 million tonnes.",
     date(2025, 2, 4), [fact("exports", "NAM", "BWA", *Y24, 9.8e9, "NAD")]),
]  # fmt: skip

#: A gapped clause with a subject of its own after a figure whose subject bought ("India bought
#: $2.2 billion of Peruvian gold in 2024 and Switzerland $1.9 billion"): the second subject's
#: flow from the same partner (the second subject had been taken for the first one's partner).
GAPPED_SUBJECT = [
    ("India bought $2.2 billion of Peruvian gold in 2024 and Switzerland $1.9 billion.", date(2025, 2, 4),
     [fact("imports", "IND", "PER", *Y24, 2.2e9, "USD", None, True),
      fact("imports", "CHE", "PER", *Y24, 1.9e9, "USD", None, True)]),
    ("India bought Peruvian gold worth $2.2 billion in 2024 and Switzerland $1.9 billion.", date(2025, 2, 4),
     [fact("imports", "IND", "PER", *Y24, 2.2e9, "USD", None, True),
      fact("imports", "CHE", "PER", *Y24, 1.9e9, "USD", None, True)]),
    ("Peru sold gold worth $2.2 billion to India in 2024 and Switzerland $1.9 billion.", date(2025, 2, 4),
     [fact("exports", "PER", "IND", *Y24, 2.2e9, "USD", None, True),
      fact("exports", "PER", "CHE", *Y24, 1.9e9, "USD", None, True)]),
]  # fmt: skip

#: A cause told after the figure in a clause of its own, its subject of several words ("as oil
#: prices fell"): the prices are the cause's, not what the amount is (the figure had been lost).
CAUSE_AFTER_THE_FIGURE = [
    ("Canada's exports to Norway fell to C$4.1 billion in 2024 as oil prices weakened.", date(2025, 2, 4),
     [fact("exports", "CAN", "NOR", *Y24, 4.1e9, "CAD")]),
    ("Peru's exports to Korea climbed to $3.8 billion in 2024 as copper prices recovered.", date(2025, 2, 4),
     [fact("exports", "PER", "KOR", *Y24, 3.8e9, "USD")]),
    ("Peru's exports to Korea reached $3.8 billion in 2024 as demand rose.", date(2025, 2, 4),
     [fact("exports", "PER", "KOR", *Y24, 3.8e9, "USD")]),
]  # fmt: skip

#: The statistics office a figure is quoted from, its name holding no country ("the Office for
#: National Statistics said"): that office's country's figure (it had been lost for want of a reporter).
OFFICE_OF_ONE_COUNTRY = [
    ("Imports from Malaysia climbed 6% to $52.1 billion in 2024, the Census Bureau said.", date(2025, 2, 4),
     [fact("imports", "USA", "MYS", *Y24, 52.1e9, "USD", 6.0)]),
    ("Exports to Norway slipped to £6.2bn in 2024, according to the ONS.", date(2025, 2, 4),
     [fact("exports", "GBR", "NOR", *Y24, 6.2e9, "GBP")]),
    ("Imports from Malaysia climbed 6% to $52.1 billion in 2024, the Commerce Department said.",
     date(2025, 2, 4), []),
]  # fmt: skip

#: An amount told as a part of a total after it ("$X of Sri Lanka's total imports"): the part is the
#: pair's, not the total with the world (the word "total" had dropped it).
PART_OF_A_TOTAL = [
    ("Thailand accounted for US$ 1.4 billion of Myanmar's total imports in 2024.", date(2025, 2, 4),
     [fact("imports", "MMR", "THA", *Y24, 1.4e9, "USD")]),
    ("Thailand's share was US$ 1.4 billion of Myanmar's total exports of US$ 9 billion in 2024.",
     date(2025, 2, 4), [fact("exports", "MMR", "THA", *Y24, 1.4e9, "USD")]),
    ("Myanmar's total imports reached US$ 19 billion in 2024.", date(2025, 2, 4), []),
]  # fmt: skip

#: What a figure covers, in an aside closed right after its flow word ("including re-exports"): no
#: flow of its own between the subject and its verb (the figure had lost its sides).
SCOPE_ASIDE = [
    ("Malaysia's exports to Japan, including re-exports, climbed to RM 61 billion in 2024.", date(2025, 2, 4),
     [fact("exports", "MYS", "JPN", *Y24, 61e9, "MYR")]),
    ("Malaysia's exports to Japan (excluding re-exports) climbed to RM 61 billion in 2024.", date(2025, 2, 4),
     [fact("exports", "MYS", "JPN", *Y24, 61e9, "MYR")]),
    ("Malaysia's total exports reached RM 900 billion in 2024, including exports of RM 61 billion to Japan.",
     date(2025, 2, 4), [fact("exports", "MYS", "JPN", *Y24, 61e9, "MYR")]),
]  # fmt: skip

#: "the mainland": China, as the press of Hong Kong, Macao and Taiwan names it (the figure had had no
#: partner); in a story of another coast it is no country.
THE_MAINLAND = [
    ("Macao's imports from the mainland rose 6% to MOP 60 billion in 2024.", date(2025, 2, 4),
     [fact("imports", "MAC", "CHN", *Y24, 60e9, "MOP", 6.0)]),
    ("TAIPEI, Feb 3 (CNA) - Exports to the mainland slipped to US$151 billion in 2024.", date(2025, 2, 4),
     [fact("exports", "TWN", "CHN", *Y24, 151e9, "USD")]),
    ("Pemba's exports to the mainland rose to TSh 90 billion in 2024.", date(2025, 2, 4), []),
]  # fmt: skip

#: A weak flow word with "in return" after its amount ("while buying £55bn in return"): the other flow
#: of the pair just told (the amount had been dropped as a flow of no one's).
IN_RETURN = [
    ("Norway sold Sweden NOK 190 billion of goods in 2024, while buying NOK 150 billion in return.",
     date(2025, 2, 4), [fact("exports", "NOR", "SWE", *Y24, 190e9, "NOK"),
                        fact("imports", "NOR", "SWE", *Y24, 150e9, "NOK")]),
    ("Norway sold NOK 190 billion of goods to Sweden in 2024, buying NOK 150 billion in return.",
     date(2025, 2, 4), [fact("exports", "NOR", "SWE", *Y24, 190e9, "NOK"),
                        fact("imports", "NOR", "SWE", *Y24, 150e9, "NOK")]),
]  # fmt: skip

#: Goods after an amount that open on a country's dotted initials ("$5.3 billion of U.S. corn"): the
#: goods are the product, as after "American" (the product had been lost).
GOODS_AFTER_INITIALS = [
    ("Vietnam bought $1.4 billion of U.S. cotton in 2024.", date(2025, 2, 4),
     [fact("imports", "VNM", "USA", *Y24, 1.4e9, "USD", product=True)]),
    ("Vietnam bought $1.4 billion of U.S. goods in 2024.", date(2025, 2, 4),
     [fact("imports", "VNM", "USA", *Y24, 1.4e9, "USD")]),
]  # fmt: skip

#: A bare amount after a flow's noun and "of" ("with exports of 2.6 billion"): the flow's value in the
#: unit of the figure before (the amounts had been no money at all); a quantity stays none.
FLOW_OF_A_BARE_AMOUNT = [
    ("Trade between Latvia and Estonia reached EUR 5.1 billion in 2024, with Latvian exports of 2.3 billion "
     "and imports of 2.8 billion.", date(2025, 2, 4),
     [fact("turnover", "EST", "LVA", *Y24, 5.1e9, "EUR"), fact("exports", "LVA", "EST", *Y24, 2.3e9, "EUR"),
      fact("imports", "LVA", "EST", *Y24, 2.8e9, "EUR")]),
    ("Latvia exported EUR 2.3 billion of goods to Estonia in 2024, with exports of 40 million tonnes of oil.",
     date(2025, 2, 4), [fact("exports", "LVA", "EST", *Y24, 2.3e9, "EUR")]),
]  # fmt: skip

#: A state named by its capital after its name without a hyphen ("Congo Brazzaville", "Guinea
#: Conakry"), or "Benin Republic" (Nigerian copy): one country (the pair had been lost).
NAMED_WITH_ITS_CAPITAL = [
    ("Exports from Gabon to Congo Brazzaville rose to CFA 40 billion in 2024.", date(2025, 2, 4),
     [fact("exports", "GAB", "COG", *Y24, 40e9, "XAF")]),
    ("Exports from Mali to Guinea Conakry rose to CFA 40 billion in 2024.", date(2025, 2, 4),
     [fact("exports", "MLI", "GIN", *Y24, 40e9, "XOF")]),
    ("Trade between Ghana and Benin Republic rose to GH¢ 4 billion in 2024.", date(2025, 2, 4),
     [fact("turnover", "BEN", "GHA", *Y24, 4e9, "GHS")]),
]  # fmt: skip

#: A balance whose other side follows its own noun ("ran a $17.9 billion goods deficit with Japan"), or
#: told as a "shortfall": the flow beside it is the owner's with that side (it had had no sides).
BALANCE_NOUN_THEN_SIDE = [
    ("Chile ran a $4.1 billion goods surplus with Korea in 2024, with exports of $7.6 billion.",
     date(2025, 2, 4), [fact("exports", "CHL", "KOR", *Y24, 7.6e9, "USD")]),
    ("Chile ran a $2.2 billion trade deficit with Brazil in 2024, as imports rose to $6.3 billion.",
     date(2025, 2, 4), [fact("imports", "CHL", "BRA", *Y24, 6.3e9, "USD")]),
    ("The shortfall with Brazil widened to $2.2 billion in 2024 as Chilean imports from Brazil rose 4% to "
     "$6.3 billion.", date(2025, 2, 4), [fact("imports", "CHL", "BRA", *Y24, 6.3e9, "USD", 4.0)]),
]  # fmt: skip

#: A noun the figure leaves out ("Excluding services, trade ... totalled", "Services aside,"): not what
#: the figure is (it had been rejected as a services figure).
SET_ASIDE = [
    ("Excluding services, trade between Canada and Ireland totalled C$6.1 billion in 2024.", date(2025, 2, 4),
     [fact("turnover", "CAN", "IRL", *Y24, 6.1e9, "CAD")]),
    ("Services aside, trade between Canada and Ireland totalled C$6.1 billion in 2024.", date(2025, 2, 4),
     [fact("turnover", "CAN", "IRL", *Y24, 6.1e9, "CAD")]),
    ("Trade in services between Canada and Ireland totalled C$3.1 billion in 2024.", date(2025, 2, 4), []),
]  # fmt: skip

#: A possessor before a gapped amount ("..., and Samoa's $40 million"): the owner of the same flow to
#: the same partner (it had been taken for a second partner of the first owner).
POSSESSOR_OF_A_GAPPED_AMOUNT = [
    ("Kenya's exports to Uganda reached $900 million in 2024 and Tanzania's $400 million.", date(2025, 2, 4),
     [fact("exports", "KEN", "UGA", *Y24, 900e6, "USD"), fact("exports", "TZA", "UGA", *Y24, 400e6, "USD")]),
    ("Kenya's exports to Uganda reached $900 million in 2024 and to Rwanda $400 million.", date(2025, 2, 4),
     [fact("exports", "KEN", "UGA", *Y24, 900e6, "USD"), fact("exports", "KEN", "RWA", *Y24, 400e6, "USD")]),
]  # fmt: skip

#: A split year of a small state whose fiscal year the table now holds: its own months (it had been
#: two whole calendar years, or the default July-June).
FISCAL_YEARS_OF_SMALL_STATES = [
    ("Samoa's imports from Tonga were $21 million in 2023/24.", date(2025, 2, 4),
     [fact("imports", "WSM", "TON", "2023-07-01", "2024-06-30", 21e6, "USD")]),
    ("Barbados' imports from Guyana were $91 million in FY2023/24.", date(2025, 2, 4),
     [fact("imports", "BRB", "GUY", "2023-04-01", "2024-03-31", 91e6, "USD")]),
    ("Trinidad and Tobago's exports to Guyana reached TT$2.1 billion in fiscal 2024.", date(2025, 2, 4),
     [fact("exports", "TTO", "GUY", "2023-10-01", "2024-09-30", 2.1e9, "TTD")]),
]  # fmt: skip

#: A balance with a partner in a sentence of no flow word ("Chile posted a $4 billion surplus with
#: Korea in 2024."): its pair and period are the story's, for the flows told after it (they had had
#: no period, or no sides, and were lost).
BALANCE_SENTENCE_BEFORE_FLOWS = [
    ("Chile posted a $4.1 billion surplus with Korea in 2024. Chilean exports to Korea were $7.6 billion.",
     date(2025, 2, 4), [fact("exports", "CHL", "KOR", *Y24, 7.6e9, "USD")]),
    ("Chile's goods deficit with Brazil was $2.2 billion in 2024. Imports were $6.3 billion and exports "
     "$4.1 billion.", date(2025, 2, 4),
     [fact("imports", "CHL", "BRA", *Y24, 6.3e9, "USD"), fact("exports", "CHL", "BRA", *Y24, 4.1e9, "USD")]),
]  # fmt: skip

#: Two changes of one figure, on the month and on the year ("rose 3.2% month-on-month and 6.1%
#: year-on-year"): the change on the year is the figure's (the first had been taken); on the month
#: alone, it still is.
CHANGE_ON_THE_YEAR = [
    ("Czech exports to Austria rose 2.4% month-on-month and 7.9% year-on-year to CZK 41 billion in "
     "November 2024.", date(2025, 2, 4),
     [fact("exports", "CZE", "AUT", "2024-11-01", "2024-11-30", 41e9, "CZK", 7.9)]),
    ("Czech exports to Austria reached CZK 41 billion in November 2024, up 2.4% on the month.",
     date(2025, 2, 4), [fact("exports", "CZE", "AUT", "2024-11-01", "2024-11-30", 41e9, "CZK", 2.4)]),
]  # fmt: skip

#: "YTD" and abbreviated runs of months ("Jan-Oct exports"): periods, no goods (the figure had been
#: lost for want of a period, or had the months as its product).
ABBREVIATED_PERIODS = [
    ("Hungary's exports to Serbia reached EUR 2.2 bln YTD.", date(2025, 3, 14),
     [fact("exports", "HUN", "SRB", "2025-01-01", "2025-02-28", 2.2e9, "EUR")]),
    ("Hungary's YTD exports to Serbia reached EUR 2.2 bln.", date(2025, 3, 14),
     [fact("exports", "HUN", "SRB", "2025-01-01", "2025-02-28", 2.2e9, "EUR")]),
    ("Jan-Sep exports from Hungary to Serbia rose to EUR 2.2bn.", date(2025, 3, 14),
     [fact("exports", "HUN", "SRB", "2024-01-01", "2024-09-30", 2.2e9, "EUR")]),
]  # fmt: skip

#: An amount after ", or" past the period of the amount before: in another currency, the same figure
#: restated ("US$19.2 billion in 2024, or about C$26 billion"); after a change, the change in money
#: ("rose 5% in 2024, or about C$1.2 billion"). Both had been second figures.
RESTATED_AFTER_OR = [
    ("Chile's exports to Canada were US$1.9 billion in 2024, or about C$2.6 billion.", date(2025, 2, 4),
     [fact("exports", "CHL", "CAN", *Y24, 1.9e9, "USD")]),
    ("Chile's exports to Canada rose 5% in 2024, or about US$90 million, to US$1.9 billion.",
     date(2025, 2, 4),
     [fact("exports", "CHL", "CAN", *Y24, 1.9e9, "USD", 5.0)]),
]  # fmt: skip

#: The sentence's one period, ending it after the last amount's clause (", while imports rose to $X
#: last year."): it dates the first clause's amount too (which had had no period and was lost).
PERIOD_ENDING_THE_SENTENCE = [
    ("Peru's exports to Japan fell 6 percent to $3.1 billion, while imports rose 2 percent to $1.4 billion "
     "last year.", date(2025, 2, 4),
     [fact("exports", "PER", "JPN", *Y24, 3.1e9, "USD", -6.0),
      fact("imports", "PER", "JPN", *Y24, 1.4e9, "USD", 2.0)]),
    ("Peru's exports to Japan fell to $3.1 billion; imports from Japan rose to $1.4 billion in 2024.",
     date(2025, 2, 4),
     [fact("exports", "PER", "JPN", *Y24, 3.1e9, "USD"), fact("imports", "PER", "JPN", *Y24, 1.4e9, "USD")]),
]  # fmt: skip

#: A ranking's first item with no amount of its own, then the next one "ahead of"/"followed by" with an
#: amount ("Germany remained Türkiye's top export market, ahead of the UK with $17.2 billion"): the
#: amount is the next item's (it had been given to the first, a wrong pair).
AMOUNT_OF_THE_NEXT_RANKED = [
    ("India remained Nepal's largest trading partner in 2024, ahead of China at $2.1 billion.",
     date(2025, 2, 4), [fact("turnover", "CHN", "NPL", *Y24, 2.1e9, "USD")]),
    ("Kenya remained Uganda's top export market in 2024, ahead of South Sudan with $0.6 billion.",
     date(2025, 2, 4), [fact("exports", "UGA", "SSD", *Y24, 0.6e9, "USD")]),
    ("India remained Nepal's largest trading partner in 2024 at $8.9 billion.", date(2025, 2, 4),
     [fact("turnover", "IND", "NPL", *Y24, 8.9e9, "USD")]),
]  # fmt: skip

#: "imports and exports with Russia", "the import and export volume between China and Vietnam" (the
#: Chinese customs' idiom): the pair's trade both ways, one turnover (it had been nothing, or
#: exports); two amounts after the two flows stay theirs.
BOTH_FLOWS_WITH = [
    ("China's imports and exports with Laos reached 69 billion yuan in 2024.", date(2025, 2, 4),
     [fact("turnover", "CHN", "LAO", *Y24, 69e9, "CNY")]),
    ("The import and export volume between China and Laos hit 69 billion yuan in 2024.", date(2025, 2, 4),
     [fact("turnover", "CHN", "LAO", *Y24, 69e9, "CNY")]),
    # a year and a percentage are no second amount: one turnover still
    ("China's imports and exports with Laos rose 7% in 2024 and totalled 69 billion yuan.", date(2025, 2, 4),
     [fact("turnover", "CHN", "LAO", *Y24, 69e9, "CNY", 7.0)]),
    # two amounts with decimals after the two flows: never one turnover
    ("China's imports and exports with Laos reached $5.3 billion and $4.6 billion in 2024.", date(2025, 2, 4),
     []),
]  # fmt: skip

#: Goods on the move "from" a country to no place named, under a dateline ("TOKYO - Shipments from
#: China rose ..."): the dateline country's imports (they had been read as China's exports to no one).
CARGO_FROM_UNDER_A_DATELINE = [
    ("MANILA, Feb 3 (PNA) - Shipments from Vietnam rose 4% to $9.1 billion in 2024.", date(2025, 2, 4),
     [fact("imports", "PHL", "VNM", *Y24, 9.1e9, "USD", 4.0)]),
    ("MANILA, Feb 3 (PNA) - Deliveries from Thailand fell to $6.2 billion in 2024.", date(2025, 2, 4),
     [fact("imports", "PHL", "THA", *Y24, 6.2e9, "USD")]),
    ("Shipments from Vietnam rose 4% to $9.1 billion in 2024.", date(2025, 2, 4), []),
]  # fmt: skip

#: A state's own agency naming its country by the form of its state beside another side ("The Kingdom
#: and Jordan traded goods worth ...", "Iraq and the Kingdom"): the dateline's country (the figure had
#: had one side and was lost).
REALM_BESIDE_A_SIDE = [
    ("MANAMA, Feb 3 (BNA) - The Kingdom and Kenya traded goods worth $310 million in 2024.",
     date(2025, 2, 4),
     [fact("turnover", "BHR", "KEN", *Y24, 310e6, "USD")]),
    ("AMMAN, Feb 3 (Petra) - Egypt and the Kingdom traded goods worth $1.2 billion in 2024.",
     date(2025, 2, 4),
     [fact("turnover", "EGY", "JOR", *Y24, 1.2e9, "USD")]),
    ("The Kingdom and Kenya traded goods worth $310 million in 2024.", date(2025, 2, 4), []),
]  # fmt: skip

#: "respectively" with the partners listed after the amounts ("exported $A and $B worth of goods to China
#: and the US, respectively"): each amount its partner in order (both had gone to the first, a wrong pair).
PARTNERS_AFTER_RESPECTIVELY = [
    ("Malaysia exported RM 95 billion and RM 40 billion worth of goods to Singapore and Japan, respectively, "
     "in 2024.", date(2025, 2, 4),
     [fact("exports", "MYS", "SGP", *Y24, 95e9, "MYR"), fact("exports", "MYS", "JPN", *Y24, 40e9, "MYR")]),
]  # fmt: skip

#: A figure of three or more countries together ("Trade between Peru, Chile and Colombia", "Peru-Chile-
#: Colombia trade", "trilateral trade") or of two owners together ("Exports from Laos and Cambodia to
#: Thailand", "Lao and Cambodian exports") is no pair's (the first two had been taken as its sides).
AMONG_THREE_OR_MORE = [
    ("Trade between Peru, Chile and Colombia climbed to $12 billion in 2024.", date(2025, 2, 4), []),
    ("Commerce among Estonia, Latvia and Lithuania totalled €9 billion last year.", date(2025, 2, 4), []),
    ("Peru-Chile-Colombia trade climbed to $12 billion in 2024.", date(2025, 2, 4), []),
    ("Trilateral trade rose to $12 billion in 2024, Peru's ministry said.", date(2025, 2, 4), []),
    ("Exports from Laos and Cambodia to Thailand reached $4.4 billion in 2024.", date(2025, 2, 4), []),
    ("Lao and Cambodian farm exports to Thailand reached $4.4 billion in 2024.", date(2025, 2, 4), []),
    # two sides stay a pair; two partners of one owner stay as they were (no pair either)
    ("Trade between Peru and Chile climbed to $12 billion in 2024.", date(2025, 2, 4),
     [fact("turnover", "PER", "CHL", *Y24, 12e9, "USD")]),
    ("Lao exports to Thailand reached $4.4 billion in 2024, and Cambodian exports to Thailand $2 billion.",
     date(2025, 2, 4),
     [fact("exports", "LAO", "THA", *Y24, 4.4e9, "USD"), fact("exports", "KHM", "THA", *Y24, 2e9, "USD")]),
]  # fmt: skip

#: A forecast or a goal told beside a figure is no figure and no figure's change: the goal after a relative
#: clause ("to bring trade, which amounted to $617 million in 2024, to $2 billion"), a modal's change ("could
#: rise 3% this year", "expects a 3% rise"), a poll's "probably rose", "on course for" (each had been a fact
#: or the figure's change).
FORECASTS_BESIDE_A_FIGURE = [
    ("Armenia and Iran plan to lift mutual trade, which stood at $740 million in 2024, to $3 billion.",
     date(2025, 2, 4), [fact("turnover", "ARM", "IRN", *Y24, 740e6, "USD")]),
    ("Chile's exports to Japan reached $9 billion in 2024 and may grow 4% this year.", date(2025, 2, 4),
     [fact("exports", "CHL", "JPN", *Y24, 9e9, "USD")]),
    ("Chile's exports to Japan reached $9 billion in 2024, and the central bank forecasts a 4% rise in 2025.",
     date(2025, 2, 4), [fact("exports", "CHL", "JPN", *Y24, 9e9, "USD")]),
    ("Chile's exports to Japan rose 6% to $9 billion in 2024 and are seen to climb 2% this year.",
     date(2025, 2, 4), [fact("exports", "CHL", "JPN", *Y24, 9e9, "USD", 6.0)]),
    ("Chile's exports to Japan probably climbed 6% to $900 million in January, a Reuters poll showed.",
     date(2025, 2, 4), []),
    ("Chile's exports to Japan rose 6% to $2 billion in January, putting them on course for $24 billion "
     "for the year.", date(2025, 2, 20),
     [fact("exports", "CHL", "JPN", "2025-01-01", "2025-01-31", 2e9, "USD", 6.0)]),
    # a relative clause of the level with no goal after it stays as it was
    ("Trade between Chile and Peru, which stood at $1.1 billion in 2023, rose to $1.4 billion in 2024.",
     date(2025, 2, 4), [fact("turnover", "CHL", "PER", *Y23, 1.1e9, "USD"),
                        fact("turnover", "CHL", "PER", *Y24, 1.4e9, "USD")]),
]  # fmt: skip

#: A country overtaken in a rank is no side ("Mexico overtook China as the top U.S. trading partner"), and a
#: country between a rank and the partner noun owns the rank ("the top U.S. trading partner": the U.S.'s);
#: the overtaken country had been a side of the figure.
OVERTAKEN_IN_A_RANK = [
    ("Peru overtook Brazil as Chile's third-largest export market in 2024, with shipments of $4 billion.",
     date(2025, 2, 4), [fact("exports", "CHL", "PER", *Y24, 4e9, "USD")]),
    ("Canada overtook Mexico as the top U.S. trading partner in 2024, with two-way trade of $760 billion.",
     date(2025, 2, 4), [fact("turnover", "USA", "CAN", *Y24, 760e9, "USD")]),
    ("Canada became the largest U.S. trading partner in 2024, with two-way trade of $760 billion.",
     date(2025, 2, 4), [fact("turnover", "USA", "CAN", *Y24, 760e9, "USD")]),
    # no rank told: the country after the verb stays a side
    ("Chile's exports to Peru surpassed $4 billion in 2024.", date(2025, 2, 4),
     [fact("exports", "CHL", "PER", *Y24, 4e9, "USD")]),
]  # fmt: skip

#: A state, province or city that modifies a flow noun ("Texas exports to Mexico", "Quebec exports to
#: France") trades on its own: the figure is the place's, no pair's (it had been its country's). A capital
#: stands for its country, and a country's own name stays.
PLACE_BEFORE_A_FLOW_NOUN = [
    ("Texas exports to Mexico climbed to $130 billion in 2024.", date(2025, 2, 4), []),
    ("Quebec merchandise exports to France rose to C$3 billion in 2024.", date(2025, 2, 4), []),
    ("Moscow exports to Minsk were worth $30 billion in 2024.", date(2025, 2, 4),
     [fact("exports", "RUS", "BLR", *Y24, 30e9, "USD")]),
    ("Mexican exports to Canada climbed to $40 billion in 2024.", date(2025, 2, 4),
     [fact("exports", "MEX", "CAN", *Y24, 40e9, "USD")]),
]  # fmt: skip

#: Changes told in other ways: the difference with its percentage ("which is $300 million or 9.4% more than
#: in 2023", "or $300 million (9.4%) more": no figure of its own, its percentage the figure's), a comparative
#: with "by" ("lower by 3.5 per cent"), and a change before "compared to imports of $X" (the figure's, not
#: the comparison's).
CHANGES_TOLD_BESIDE = [
    ("Trade between Georgia and Turkey in 2024 amounted to $3.5 billion, which is $300 million or 9.4% more "
     "than in 2023.", date(2025, 2, 4), [fact("turnover", "GEO", "TUR", *Y24, 3.5e9, "USD", 9.4)]),
    ("Trade between Georgia and Turkey in 2024 amounted to $3.5 billion, or $300 million (9.4%) more than in "
     "2023.", date(2025, 2, 4), [fact("turnover", "GEO", "TUR", *Y24, 3.5e9, "USD", 9.4)]),
    ("Singapore's exports to Vietnam were lower by 3.5 per cent at S$9.2 billion in 2024.", date(2025, 2, 4),
     [fact("exports", "SGP", "VNM", *Y24, 9.2e9, "SGD", -3.5)]),
    ("Singapore's exports to Vietnam stood at S$9.2 billion in 2024, higher by 3.5 per cent.",
     date(2025, 2, 4), [fact("exports", "SGP", "VNM", *Y24, 9.2e9, "SGD", 3.5)]),
    ("Nepal's imports from China stood at $2.1 billion in 2024, down 6 percent compared to imports of "
     "$2.23 billion in 2023.", date(2025, 2, 4),
     [fact("imports", "NPL", "CHN", *Y24, 2.1e9, "USD", -6.0),
      fact("imports", "NPL", "CHN", *Y23, 2.23e9, "USD")]),
]  # fmt: skip

#: A world word before the trade of two countries joined by "and" ("the foreign trade turnover of Uzbekistan
#: and Belarus", as agency English translated from Russian writes it) is their trade with each other, as
#: "trade turnover of Uzbekistan and Belarus" is; not when one of them then has a figure of its own, and a
#: world total of one country stays none.
TRADE_OF_A_PAIR_WITH_A_WORLD_WORD = [
    ("The foreign trade turnover of Uzbekistan and Belarus amounted to $1.1 billion in 2024.",
     date(2025, 2, 4), [fact("turnover", "UZB", "BLR", *Y24, 1.1e9, "USD")]),
    ("External trade of Armenia and Georgia reached $1.2 billion last year, up 8 percent.", date(2025, 2, 4),
     [fact("turnover", "ARM", "GEO", *Y24, 1.2e9, "USD", 8.0)]),
    ("Overall trade volume of Vietnam and the Lao PDR rose to $1.6 billion in 2024.", date(2025, 2, 4),
     [fact("turnover", "VNM", "LAO", *Y24, 1.6e9, "USD")]),
    ("The foreign trade of Uzbekistan and Kazakhstan grew 10% in 2024, with Uzbekistan's reaching $63 "
     "billion.", date(2025, 2, 4), []),
    ("Foreign trade turnover of Uzbekistan amounted to $63 billion in 2024, and that of Kazakhstan $140 "
     "billion.", date(2025, 2, 4), []),
]  # fmt: skip

#: A bloc's member or ally named before the country it describes ("exports to EU member Ireland", "NATO ally
#: Türkiye", "ASEAN member state Vietnam") is that country in the preposition's role (the bloc had been read
#: as the partner, and the figure dropped as one with a bloc); the bloc's members with no country named stay
#: a bloc.
MEMBER_OF_A_BLOC_BEFORE_A_COUNTRY = [
    ("Canada's exports to EU member Ireland rose to C$120 million in 2023.", date(2024, 3, 1),
     [fact("exports", "CAN", "IRL", *Y23, 120e6, "CAD")]),
    ("Exports from Canada to fellow Caribbean Community member Jamaica rose to C$95 million in 2023.",
     date(2024, 3, 1), [fact("exports", "CAN", "JAM", *Y23, 95e6, "CAD")]),
    ("Japan's imports from ASEAN member state Vietnam climbed 9% to $48 billion in 2023.", date(2024, 3, 1),
     [fact("imports", "JPN", "VNM", *Y23, 48e9, "USD", 9.0)]),
    ("Kenya's exports to East African Community member Tanzania fell 4% to $380 million in 2023.",
     date(2024, 3, 1), [fact("exports", "KEN", "TZA", *Y23, 380e6, "USD", -4.0)]),
    ("Kenya's exports to East African Community members fell 4% to $380 million in 2023.", date(2024, 3, 1),
     []),
    ("Trade between Canada and the EU member countries reached C$120 billion in 2023.", date(2024, 3, 1), []),
]  # fmt: skip

#: Words that speak against trade but only set the scene or describe: an opening phrase of cause, time or
#: circumstance before a subject that is a flow ("Despite Western sanctions, ...", "Boosted by higher prices,
#: ..."), an attribution or a description set off by commas inside the clause ("according to the investment,
#: trade and industry ministry", "Vietnam, a key production base,"), and the market's state after the amount
#: ("in 2024 on higher prices", "at current prices"). The figure had been dropped for their words; an opening
#: noun phrase, or a subject that is no flow, still speaks against it.
WORDS_THAT_SET_THE_SCENE = [
    ("Despite Western sanctions, Turkey's imports from Iran rose 4% to $6.5 billion in 2023.",
     date(2024, 3, 1), [fact("imports", "TUR", "IRN", *Y23, 6.5e9, "USD", 4.0)]),
    ("Meanwhile, helped by the free trade deal, Peru's exports to Korea jumped 18% to $3.9 billion in 2023.",
     date(2024, 3, 1), [fact("exports", "PER", "KOR", *Y23, 3.9e9, "USD", 18.0)]),
    ("Under the trade agreement signed in 2019, Chile's shipments to Indonesia rose to $410 million in 2023.",
     date(2024, 3, 1), [fact("exports", "CHL", "IDN", *Y23, 410e6, "USD")]),
    ("Colombia's exports to Ecuador, according to the trade, industry and tourism ministry, rose 6% to $1.6 "
     "billion in 2023.", date(2024, 3, 1), [fact("exports", "COL", "ECU", *Y23, 1.6e9, "USD", 6.0)]),
    ("Japan's exports to Thailand, a key production base for carmakers, fell 3% to 2.9 trillion yen in 2023.",
     date(2024, 3, 1), [fact("exports", "JPN", "THA", *Y23, 2.9e12, "JPY", -3.0)]),
    ("Zambia's exports to China rose 25% to $4.1 billion in 2023 on higher copper prices.", date(2024, 3, 1),
     [fact("exports", "ZMB", "CHN", *Y23, 4.1e9, "USD", 25.0)]),
    ("Norway's exports to Poland reached NOK 60 billion in 2023 at current prices.", date(2024, 3, 1),
     [fact("exports", "NOR", "POL", *Y23, 60e9, "NOK")]),
    ("Under the agreement, Chinese investment in Zambia reached $1.2 billion in 2023.", date(2024, 3, 1), []),
    ("Despite the deal, China's loans to Zambia fell to $1.2 billion in 2023.", date(2024, 3, 1), []),
    ("Despite sanctions, Russian investment in Serbia, a key ally, reached $4 billion in 2023.",
     date(2024, 3, 1), []),
]  # fmt: skip

#: A ranked list of partners written with a dash or a colon between each country and its amount ("China -
#: $10.9 billion, Russia - $9.1 billion", as Central Asian agencies write it) gives each amount its own
#: country, as the list in brackets does (every amount had gone to the first country).
PARTNERS_LISTED_WITH_A_DASH = [
    ("In January-September, Tajikistan's main trading partners were Russia - $1.3 billion, China - $1.1 "
     "billion and Kazakhstan - $700 million.", date(2024, 10, 20),
     [fact("turnover", "TJK", "RUS", "2024-01-01", "2024-09-30", 1.3e9, "USD"),
      fact("turnover", "TJK", "CHN", "2024-01-01", "2024-09-30", 1.1e9, "USD"),
      fact("turnover", "TJK", "KAZ", "2024-01-01", "2024-09-30", 700e6, "USD")]),
    ("In 2023, Georgia's main export destinations were Kyrgyzstan – $1.1 billion (18%), Kazakhstan – $0.6 "
     "billion (10%) and Russia – $0.5 billion (8%).", date(2024, 3, 1),
     [fact("exports", "GEO", "KGZ", *Y23, 1.1e9, "USD"), fact("exports", "GEO", "KAZ", *Y23, 0.6e9, "USD"),
      fact("exports", "GEO", "RUS", *Y23, 0.5e9, "USD")]),
    ("In 2023, Mongolia's exports went mainly to China: $13.9 billion, Switzerland: $1.2 billion.",
     date(2024, 3, 1),
     [fact("exports", "MNG", "CHN", *Y23, 13.9e9, "USD"), fact("exports", "MNG", "CHE", *Y23, 1.2e9, "USD")]),
]  # fmt: skip

#: A bare trade subject with a copula or a verb of valuing, after a sentence of two countries' meeting
#: ("Trade was valued at US$ 12.3 billion", "Commercial exchanges reached ...", a calque of "intercambio
#: comercial", "The volume of trade was estimated at ...") is the two's trade, as "Trade reached ..." is
#: (nothing had been found); a target or a cost stays none, and so does a country's own total.
BARE_TRADE_AFTER_A_MEETING = [
    ("LA PAZ, June 12 (ABI) - Foreign Minister Ramona Cruz met Peruvian Foreign Minister Elmer Rojas on "
     "Monday. Trade was valued at US$ 4.1 billion in 2024.", date(2025, 6, 12),
     [fact("turnover", "PER", "BOL", *Y24, 4.1e9, "USD")]),
    ("LA PAZ, June 12 (ABI) - Foreign Minister Ramona Cruz met Peruvian Foreign Minister Elmer Rojas on "
     "Monday. Commercial exchanges reached US$ 4.1 billion in 2024.", date(2025, 6, 12),
     [fact("turnover", "PER", "BOL", *Y24, 4.1e9, "USD")]),
    ("LA PAZ, June 12 (ABI) - Foreign Minister Ramona Cruz met Peruvian Foreign Minister Elmer Rojas on "
     "Monday. The volume of trade was estimated at US$ 4.1 billion in 2024.", date(2025, 6, 12),
     [fact("turnover", "PER", "BOL", *Y24, 4.1e9, "USD")]),
    ("LA PAZ, June 12 (ABI) - Foreign Minister Ramona Cruz met Peruvian Foreign Minister Elmer Rojas on "
     "Monday. Trade is expected to reach US$ 6 billion in 2026.", date(2025, 6, 12), []),
    ("LA PAZ, June 12 (ABI) - Foreign Minister Ramona Cruz met Peruvian Foreign Minister Elmer Rojas on "
     "Monday. Bolivia's total trade was US$ 25 billion in 2024.", date(2025, 6, 12), []),
]  # fmt: skip

#: The flow named again, with its article, before the level compared with ("were recorded at $1.95 billion
#: against the exports of $1.78 billion during July-March (2023-24), showing an increase of 9.55 percent", as
#: APP writes its monthly country figures) is the comparison: the change is the figure's (it had gone to the
#: earlier level); "against imports of $100 million" still sets the other flow beside the figure.
FLOW_NAMED_AGAIN_BEFORE_A_COMPARISON = [
    ("Sri Lanka's exports to India during January-June 2024 were recorded at $420 million against the "
     "exports of $380 million during January-June 2023, showing an increase of 10.5 percent.",
     date(2024, 8, 1), [fact("exports", "LKA", "IND", "2024-01-01", "2024-06-30", 420e6, "USD", 10.5),
      fact("exports", "LKA", "IND", "2023-01-01", "2023-06-30", 380e6, "USD")]),
    ("Nepal's imports from China in 2023 stood at $2.1 billion as compared to the imports of $2.4 billion in "
     "2022, showing a decline of 12.5 percent.", date(2024, 8, 1),
     [fact("imports", "NPL", "CHN", *Y23, 2.1e9, "USD", -12.5),
      fact("imports", "NPL", "CHN", "2022-01-01", "2022-12-31", 2.4e9, "USD")]),
    ("Japan's exports to Kenya rose to $1.2 billion in 2023, against imports of $100 million.",
     date(2024, 8, 1),
     [fact("exports", "JPN", "KEN", *Y23, 1.2e9, "USD"), fact("imports", "JPN", "KEN", *Y23, 100e6, "USD")]),
]  # fmt: skip

#: A verb whose subject is a time and whose object is the flow ("the January-May period saw trade rise",
#: "the first quarter witnessed exports climb") is no goods of the flow (the figure had taken "saw" as its
#: product).
TIME_THAT_SAW_A_FLOW = [
    ("Indonesia's trade with Vietnam grew 9 per cent to $14 billion in 2023, while the January-May period of "
     "2024 saw trade rise 6.2 per cent to $6.1 billion.", date(2024, 7, 12),
     [fact("turnover", "IDN", "VNM", *Y23, 14e9, "USD", 9.0),
      fact("turnover", "IDN", "VNM", "2024-01-01", "2024-05-31", 6.1e9, "USD", 6.2)]),
    ("The first quarter of 2024 witnessed Thai exports to Laos climb 8% to $1.1 billion.", date(2024, 7, 12),
     [fact("exports", "THA", "LAO", "2024-01-01", "2024-03-31", 1.1e9, "USD", 8.0)]),
]  # fmt: skip

#: A region of a country named after the country's possessive ("Russia's Leningrad Oblast", "China's Zhejiang
#: province", "Japan's Aichi Prefecture") is the side, not the country: the region's trade is no fact (it had
#: been the country's); a region named beside the two countries' own figure leaves it theirs.
REGION_AFTER_A_COUNTRY_POSSESSIVE = [
    ("In 2023, the trade turnover between Belarus and Russia's Leningrad Oblast amounted to $987.6 million.",
     date(2024, 4, 25), []),
    ("Hungary's exports to China's Zhejiang province rose to $1.2 billion in 2023.", date(2024, 4, 25), []),
    ("Vietnam's imports from Japan's Aichi Prefecture reached $900 million in 2023.", date(2024, 4, 25), []),
    ("Trade between Belarus and Russia amounted to $50 billion in 2023, with Russia's Moscow Region "
     "accounting for a fifth.", date(2024, 4, 25), [fact("turnover", "BLR", "RUS", *Y23, 50e9, "USD")]),
]  # fmt: skip

#: "the first drop in four months" after a month's figure is how long the streak ran, not the figure's
#: period (it had been read as January-April, in the year before when that run was not yet over, and the
#: change then no longer carried to a value in the next sentence); a run that is the figure's own stays.
FIRST_CHANGE_IN_A_RUN = [
    ("Korea's exports to Vietnam fell 3.1% in January to $4.2 billion, the first drop in four months.",
     date(2025, 2, 15), [fact("exports", "KOR", "VNM", "2025-01-01", "2025-01-31", 4.2e9, "USD", -3.1)]),
    ("Thailand's exports to Japan rose 7.4% in April from a year earlier, the first rise in five months. "
     "Shipments were worth $2.3 billion.", date(2025, 5, 22),
     [fact("exports", "THA", "JPN", "2025-04-01", "2025-04-30", 2.3e9, "USD", 7.4)]),
    ("Brazil's exports to Argentina fell 9% in February to $1.1 billion, their first monthly decline in "
     "seven months.", date(2025, 3, 10),
     [fact("exports", "BRA", "ARG", "2025-02-01", "2025-02-28", 1.1e9, "USD", -9.0)]),
    ("Chile's exports to Peru rose 4% to $3 billion in 10 months, the first increase in two years.",
     date(2024, 12, 10), [fact("exports", "CHL", "PER", "2024-01-01", "2024-10-31", 3e9, "USD", 4.0)]),
]  # fmt: skip

#: A lead's change carries to the value the next sentence gives of the same flow and month though the lead
#: then dates a record by its starting point ("the sharpest drop since February 2020": it had counted as a
#: second period of the lead, and the change was lost); a change measured since a date still carries nowhere.
CHANGE_BEFORE_A_RECORD_SINCE = [
    ("Indonesia's exports to India plunged 28.4% year-on-year in April, the steepest fall since March 2021. "
     "Shipments to India were worth $1.6 billion last month.", date(2025, 5, 15),
     [fact("exports", "IDN", "IND", "2025-04-01", "2025-04-30", 1.6e9, "USD", -28.4)]),
    ("Mexico's imports from China jumped 19% in the third quarter, the biggest gain since 2022. Purchases "
     "from China reached $35 billion in July-September.", date(2024, 11, 2),
     [fact("imports", "MEX", "CHN", "2024-07-01", "2024-09-30", 35e9, "USD", 19.0)]),
    ("Indonesia's exports to India have plunged 28.4% since March 2021. Shipments to India were worth "
     "$1.6 billion last month.", date(2025, 5, 15),
     [fact("exports", "IDN", "IND", "2025-04-01", "2025-04-30", 1.6e9, "USD")]),
    ("Indonesia's exports to India plunged 28.4% in April, the steepest fall since March 2021. Shipments to "
     "India were worth $1.5 billion in March.", date(2025, 5, 15),
     [fact("exports", "IDN", "IND", "2025-03-01", "2025-03-31", 1.5e9, "USD")]),
]  # fmt: skip

#: Both flows in parentheses after the trade they gloss ("(exports and imports)", "(imports plus exports)")
#: are that trade summed, one turnover, as "exports and imports combined" is (they had been read as two flows
#: and the figure dropped); so is "not counting services" set aside, as "excluding services" is. Services
#: counted in stay out, and flows with amounts of their own in the parentheses make no turnover of theirs.
FLOWS_GLOSSED_IN_PARENTHESES = [
    ("Trade between Peru and Ecuador (exports and imports) came to $4.1 billion last year.", date(2025, 3, 3),
     [fact("turnover", "PER", "ECU", *Y24, 4.1e9, "USD")]),
    ("Egypt's trade with Turkey (imports plus exports) rose 9% to $8.8 billion in 2024.", date(2025, 3, 3),
     [fact("turnover", "EGY", "TUR", *Y24, 8.8e9, "USD", 9.0)]),
    ("Bilateral trade (exports + imports) between Vietnam and Laos reached $1.9 billion in 2024.",
     date(2025, 3, 3), [fact("turnover", "VNM", "LAO", *Y24, 1.9e9, "USD")]),
    ("Trade between Peru and Ecuador (not counting services) came to $4.1 billion last year.",
     date(2025, 3, 3), [fact("turnover", "PER", "ECU", *Y24, 4.1e9, "USD")]),
    ("Kenya's exports to Uganda, not including re-exports, were $900 million in 2024.", date(2025, 3, 3),
     [fact("exports", "KEN", "UGA", *Y24, 900e6, "USD")]),
    ("Trade between Peru and Ecuador, including services, came to $4.1 billion last year.", date(2025, 3, 3),
     []),
    ("Trade between Peru and Ecuador (exports of $2.5 billion and imports of $1.6 billion) came to $4.1 "
     "billion last year.", date(2025, 3, 3), []),
]  # fmt: skip

#: The countries a relative clause picks out for a flow ("(Among) the countries to which Uzbekistan exported
#: the most goods were Russia ($1.9 billion), ...", "from which Kazakhstan imported the most") are its
#: partners, each beside its amount as in a ranked list (the first amount had had no partner, the world cue
#: "among the countries" had made a world total of the rest, and "from which" a comparison).
PARTNERS_A_RELATIVE_CLAUSE_PICKS_OUT = [
    ("Among the countries to which Armenia exported the most goods in 2023 were Russia ($3.4 billion), the "
     "UAE ($1.9 billion) and Hong Kong ($600 million).", date(2024, 3, 1),
     [fact("exports", "ARM", "RUS", *Y23, 3.4e9, "USD"), fact("exports", "ARM", "ARE", *Y23, 1.9e9, "USD"),
      fact("exports", "ARM", "HKG", *Y23, 600e6, "USD")]),
    ("The countries from which Mongolia imported the most in 2023 were China ($5.1 billion) and Russia ($2.3 "
     "billion).", date(2024, 3, 1),
     [fact("imports", "MNG", "CHN", *Y23, 5.1e9, "USD"), fact("imports", "MNG", "RUS", *Y23, 2.3e9, "USD")]),
    ("Mongolia's imports from China rose to $5.1 billion in 2023 (from $4.4 billion).", date(2024, 3, 1),
     [fact("imports", "MNG", "CHN", *Y23, 5.1e9, "USD"),
      fact("imports", "MNG", "CHN", "2022-01-01", "2022-12-31", 4.4e9, "USD")]),
]  # fmt: skip

#: A half or a quarter named by its rank with no year, after a figure of another part of a year ("$5.1 billion
#: in the first half of 2024 and $6.8 billion in the second half", "in Q1 2024, and $2.4 billion in Q2") is
#: that part of the same year (it had been taken for the part just told, being of the same length); a part
#: that had not ended when the story was written stays as its words date it.
RANKED_PART_OF_THE_YEAR_TOLD = [
    ("Peru's exports to Korea totalled $1.1 billion in the first half of 2023 and $1.4 billion in the second "
     "half.", date(2024, 3, 1),
     [fact("exports", "PER", "KOR", "2023-01-01", "2023-06-30", 1.1e9, "USD"),
      fact("exports", "PER", "KOR", "2023-07-01", "2023-12-31", 1.4e9, "USD")]),
    ("Ghana's exports to India reached $900 million in Q1 2023, and $1.2 billion in Q3.", date(2024, 3, 1),
     [fact("exports", "GHA", "IND", "2023-01-01", "2023-03-31", 900e6, "USD"),
      fact("exports", "GHA", "IND", "2023-07-01", "2023-09-30", 1.2e9, "USD")]),
    ("Ghana's exports to India reached $4.1 billion in the first half of 2023. In the first half, imports "
     "from India were $3 billion.", date(2024, 3, 1),
     [fact("exports", "GHA", "IND", "2023-01-01", "2023-06-30", 4.1e9, "USD"),
      fact("imports", "GHA", "IND", "2023-01-01", "2023-06-30", 3e9, "USD")]),
]  # fmt: skip

#: Both flows with their own prepositions before the partner they share, and one amount ("(The sum of)
#: Chile's exports to and imports from Peru reached $5.2 billion") are the trade both ways (the figure had
#: been the second flow's); with an amount for each ("... $3.1 billion and $2.1 billion respectively") they
#: stay two flows.
FLOWS_SHARING_A_PARTNER = [
    ("The sum of Ecuador's exports to and imports from Colombia reached $3.2 billion in 2023.",
     date(2024, 3, 1), [fact("turnover", "ECU", "COL", *Y23, 3.2e9, "USD")]),
    ("Ecuador's imports from and exports to Colombia reached $3.2 billion in 2023, up 4%.", date(2024, 3, 1),
     [fact("turnover", "ECU", "COL", *Y23, 3.2e9, "USD", 4.0)]),
    ("Ecuador's exports to and imports from Colombia reached $1.1 billion and $2.1 billion respectively in "
     "2023.", date(2024, 3, 1),
     [fact("exports", "ECU", "COL", *Y23, 1.1e9, "USD"), fact("imports", "ECU", "COL", *Y23, 2.1e9, "USD")]),
]  # fmt: skip

#: A change told with a period of its own that is not the amount's ("Vietnam's exports to Korea, which reached
#: $31bn in 2024, rose 5% in January", "rose 5% in January, after reaching $31bn in 2024") is no change of
#: that amount (the year's figure had taken January's change); one told for the amount's own period still is.
CHANGE_OF_ANOTHER_PERIOD = [
    ("Thailand's exports to Japan, which reached $24bn in 2023, rose 5% in January.", date(2024, 3, 10),
     [fact("exports", "THA", "JPN", *Y23, 24e9, "USD")]),
    ("Thailand's exports to Japan rose 5% in January, after reaching $24bn in 2023.", date(2024, 3, 10),
     [fact("exports", "THA", "JPN", *Y23, 24e9, "USD")]),
    ("Thailand's exports to Japan, which reached $24bn in 2023, rose 5% last year.", date(2024, 3, 10),
     [fact("exports", "THA", "JPN", *Y23, 24e9, "USD", 5.0)]),
    ("Thailand's exports to Japan reached $24bn, rising 5% in 2023.", date(2024, 3, 10),
     [fact("exports", "THA", "JPN", *Y23, 24e9, "USD", 5.0)]),
]  # fmt: skip

#: "for N months" with no year or article before a verb of the figure ("Kyrgyzstan's exports to Kazakhstan for
#: eight months amounted to ...", the calque of «за N месяцев»): the year so far, as "in N months" is (it had
#: been read as a duration and the figure dropped); "for N months" as a duration stays none.
FOR_A_RUN_OF_MONTHS = [
    ("BISHKEK, October 2 - Kyrgyzstan's exports to Kazakhstan for eight months amounted to $512.3 million.",
     date(2024, 10, 2), [fact("exports", "KGZ", "KAZ", "2024-01-01", "2024-08-31", 512.3e6, "USD")]),
    ("YEREVAN, December 12 - Trade turnover between Armenia and Iran for eleven months reached $690 million.",
     date(2024, 12, 12), [fact("turnover", "ARM", "IRN", "2024-01-01", "2024-11-30", 690e6, "USD")]),
    ("CHISINAU, August 5 - Moldova's imports from Romania for 7 months were about $1.1 billion.",
     date(2024, 8, 5), [fact("imports", "MDA", "ROU", "2024-01-01", "2024-07-31", 1.1e9, "USD")]),
    ("ULAANBAATAR, May 3 - Mongolia banned meat exports to China for six months. Its exports to China "
     "amounted to $12 billion in 2023.", date(2024, 5, 3),
     [fact("exports", "MNG", "CHN", *Y23, 12e9, "USD")]),
    ("ULAANBAATAR, May 3 - A licence to export coal to China for six months was granted to firms whose "
     "exports reached $12 billion.", date(2024, 5, 3), []),
]  # fmt: skip

#: The singular "export"/"import" opening its clause as the noun of the figure after it ("Export - USD 41.2
#: million, import - USD 96.5 million", "Import amounted to ...", "including export of ...", as Georgian
#: and Armenian statistics English writes it) names the flow of the pair told before, as "Exports" does (it
#: had been a weak word with no sides, and the figure dropped); "export" as a verb or a modifier stays none.
SINGULAR_FLOW_NOUN = [
    ("YEREVAN, March 14 - Trade between Armenia and Moldova in 2024 amounted to USD 137.7 million. Export - "
     "USD 41.2 million, import - USD 96.5 million.", date(2025, 3, 14),
     [fact("turnover", "ARM", "MDA", *Y24, 137.7e6, "USD"),
      fact("exports", "ARM", "MDA", *Y24, 41.2e6, "USD"),
      fact("imports", "ARM", "MDA", *Y24, 96.5e6, "USD")]),
    ("YEREVAN, March 14 - Trade between Armenia and Moldova in 2024 amounted to USD 137.7 million. Import "
     "amounted to USD 96.5 million.", date(2025, 3, 14),
     [fact("turnover", "ARM", "MDA", *Y24, 137.7e6, "USD"),
      fact("imports", "ARM", "MDA", *Y24, 96.5e6, "USD")]),
    ("YEREVAN, March 14 - Trade between Armenia and Moldova in 2024 amounted to USD 137.7 million, including "
     "export of USD 41.2 million.", date(2025, 3, 14),
     [fact("turnover", "ARM", "MDA", *Y24, 137.7e6, "USD"),
      fact("exports", "ARM", "MDA", *Y24, 41.2e6, "USD")]),
    ("YEREVAN, March 14 - Trade between Armenia and Moldova in 2024 amounted to USD 137.7 million. Armenia "
     "plans to export USD 60 million of brandy.", date(2025, 3, 14),
     [fact("turnover", "ARM", "MDA", *Y24, 137.7e6, "USD")]),
    ("YEREVAN, March 14 - Trade between Armenia and Moldova in 2024 amounted to USD 137.7 million. Export "
     "credit amounted to USD 5 million.", date(2025, 3, 14),
     [fact("turnover", "ARM", "MDA", *Y24, 137.7e6, "USD")]),
]  # fmt: skip

#: A change noun as the subject of a verb of a level ("The growth amounted to 8.7%", "the decrease was 6.2
#: percent", "An increase of 15% was recorded", the calques of «рост составил»), in the figure's sentence or
#: the next, is the figure's change (it had been a level and dropped); a change noun with another matter's
#: complement ("Growth in Kazakhstan's GDP was 4%") and a growth rate of 100 or more (an index) give none.
CHANGE_NOUN_AS_SUBJECT = [
    ("ASTANA, August 2 - In January-June 2024, trade between Kazakhstan and Turkey amounted to $3.2 billion. "
     "The growth amounted to 8.7%.", date(2024, 8, 2),
     [fact("turnover", "KAZ", "TUR", *H1, 3.2e9, "USD", 8.7)]),
    ("ASTANA, August 2 - In January-June 2024, trade between Kazakhstan and Turkey amounted to $3.2 billion, "
     "the decrease was 6.2 percent.", date(2024, 8, 2),
     [fact("turnover", "KAZ", "TUR", *H1, 3.2e9, "USD", -6.2)]),
    ("ASTANA, August 2 - In January-June 2024, Kazakhstan's exports to Turkey amounted to $1.9 billion. An "
     "increase of 15% was recorded compared to the same period of 2023.", date(2024, 8, 2),
     [fact("exports", "KAZ", "TUR", *H1, 1.9e9, "USD", 15.0)]),
    ("ASTANA, August 2 - In January-June 2024, trade between Kazakhstan and Turkey amounted to $3.2 billion. "
     "Growth in Kazakhstan's GDP was 4%.", date(2024, 8, 2),
     [fact("turnover", "KAZ", "TUR", *H1, 3.2e9, "USD")]),
    ("ASTANA, August 2 - In January-June 2024, trade between Kazakhstan and Turkey amounted to $3.2 billion. "
     "The growth rate was 108.7%.", date(2024, 8, 2),
     [fact("turnover", "KAZ", "TUR", *H1, 3.2e9, "USD")]),
    # any change noun, not only the calques' few ("The surge was", "The slump amounted to")
    ("TASHKENT, August 2 - In January-June 2024, trade between Uzbekistan and Latvia amounted to "
     "$310 million. "
     "The surge was 16.4 percent.", date(2024, 8, 2),
     [fact("turnover", "UZB", "LVA", *H1, 310e6, "USD", 16.4)]),
    ("TASHKENT, August 2 - In January-June 2024, Uzbekistan's exports to Latvia amounted to $120 million. "
     "The slump amounted to 3.9%.", date(2024, 8, 2),
     [fact("exports", "UZB", "LVA", *H1, 120e6, "USD", -3.9)]),
    ("TASHKENT, August 2 - In January-June 2024, trade between Uzbekistan and Latvia amounted to "
     "$310 million. "
     "The climb in cotton prices was 16.4 percent.", date(2024, 8, 2),
     [fact("turnover", "UZB", "LVA", *H1, 310e6, "USD")]),
]  # fmt: skip

#: A period ended on an ordinal day ("the year ended 31st March 2025", "the quarter ended 30th September,
#: 2024", "the year to 31st of December 2024") dates the figure as the plain day does (it had been no period,
#: and the figure dropped).
ENDED_ON_AN_ORDINAL_DAY = [
    ("SUVA, 14th May 2025 - In the year ended 31st March 2025, Fiji's exports to Tonga totalled FJ$ 48 "
     "million.", date(2025, 5, 14), [fact("exports", "FJI", "TON", "2024-04-01", "2025-03-31", 48e6, "FJD")]),
    ("PORT OF SPAIN, 3rd February 2025 - For the quarter ended 30th September, 2024, Trinidad and Tobago's "
     "imports from Guyana were valued at TT$ 210 million.", date(2025, 2, 3),
     [fact("imports", "TTO", "GUY", "2024-07-01", "2024-09-30", 210e6, "TTD")]),
    ("GABORONE, 3rd February 2025 - In the year to 31st of December 2024, Botswana's imports from Namibia "
     "reached P 1.9 billion.", date(2025, 2, 3),
     [fact("imports", "BWA", "NAM", *Y24, 1.9e9, "BWP")]),
]  # fmt: skip

#: A fiscal year and the lone month that ends a running total inside it ("till March this fiscal year", "up
#: to April in FY2023-24", "during the current fiscal up to February", "in the current fiscal year till
#: March") are the fiscal year so far (it had been the month alone, the calendar year to it, or the whole
#: fiscal year); a figure of the month itself stays the month's.
FISCAL_YEAR_UP_TO_A_MONTH = [
    ("ISLAMABAD, Apr 18 (APP): Pakistan's imports from Malaysia reached $1.1 billion till March this fiscal "
     "year.", date(2024, 4, 18),
     [fact("imports", "PAK", "MYS", "2023-07-01", "2024-03-31", 1.1e9, "USD")]),
    ("DHAKA, May 20 - Bangladesh's exports to Japan stood at $1.3 billion up to April in FY2023-24.",
     date(2024, 5, 20), [fact("exports", "BGD", "JPN", "2023-07-01", "2024-04-30", 1.3e9, "USD")]),
    ("NEW DELHI, Mar 21 (PTI) India's exports to Bhutan during the current fiscal up to February stood at Rs "
     "9,800 crore.", date(2024, 3, 21),
     [fact("exports", "IND", "BTN", "2023-04-01", "2024-02-29", 9.8e10, "INR")]),
    ("ISLAMABAD, Apr 18 (APP): In FY2023-24, Pakistan's imports from Malaysia reached $120 million in March.",
     date(2024, 4, 18), [fact("imports", "PAK", "MYS", "2024-03-01", "2024-03-31", 120e6, "USD")]),
]  # fmt: skip

#: "Br" is the Belarusian ruble in a Belarusian figure (BelTA's house style) and the Ethiopian birr in an
#: Ethiopian one, as "Dh" is the dirham of the figure's countries (it had been the birr in both).
BR_OF_THE_FIGURES_COUNTRIES = [
    ("MINSK, 12 March (BelTA) - In 2024, Belarus' imports from Kazakhstan amounted to Br2.3 billion.",
     date(2025, 3, 12), [fact("imports", "BLR", "KAZ", *Y24, 2.3e9, "BYN")]),
    ("MINSK, 12 March (BelTA) - Exports of Belarus to Uzbekistan reached Br 940 million in 2024.",
     date(2025, 3, 12), [fact("exports", "BLR", "UZB", *Y24, 940e6, "BYN")]),
    ("ADDIS ABABA, March 12 - Ethiopia's exports to Djibouti reached Br 7.5 billion in 2024.",
     date(2025, 3, 12), [fact("exports", "ETH", "DJI", *Y24, 7.5e9, "ETB")]),
]  # fmt: skip

#: "$F" is the Fiji dollar, as "F$" is, with the sign before its letter (it had been no amount).
FIJI_DOLLAR_SIGN_FIRST = [
    ("SUVA, 9th April 2025 - In 2024, Fiji's exports to Samoa were valued at $F86 million.", date(2025, 4, 9),
     [fact("exports", "FJI", "WSM", *Y24, 86e6, "FJD")]),
]  # fmt: skip

#: A ranked supplier with the country it supplies after "to" ("Mexico overtook China as the top supplier to
#: the United States, with $505 billion in exports") has that country as the home that imports from it (the
#: overtaken country had been taken for the home), and an amount told as exports is its exports to the home.
SUPPLIER_TO_A_COUNTRY = [
    ("Vietnam overtook Thailand as the top supplier to Cambodia in 2023, with $4.2 billion in exports.",
     date(2024, 3, 1), [fact("exports", "VNM", "KHM", *Y23, 4.2e9, "USD")]),
    ("India remained the largest supplier to Nepal in 2023, with $7.1 billion.", date(2024, 3, 1),
     [fact("imports", "NPL", "IND", *Y23, 7.1e9, "USD")]),
    ("India remained Nepal's largest supplier in 2023, with $7.1 billion worth of exports.", date(2024, 3, 1),
     [fact("exports", "IND", "NPL", *Y23, 7.1e9, "USD")]),
]  # fmt: skip

#: The level a change is measured against, told after "over" ("an increase of 29.6 percent over $1.057
#: billion", "a 29.6 per cent rise over ...": no hedge, as "over $1 billion" is) or after a look back ("up 9%
#: from a year earlier, when it stood at $3.85 billion") is the comparison: the change is the main figure's
#: (it had gone to the earlier level).
LEVEL_A_CHANGE_IS_MEASURED_AGAINST = [
    ("Sri Lanka's exports to China reached $510 million in January-June 2023, an increase of 12.5 percent "
     "over $453 million in the same period of 2022.", date(2023, 8, 1),
     [fact("exports", "LKA", "CHN", "2023-01-01", "2023-06-30", 510e6, "USD", 12.5),
      fact("exports", "LKA", "CHN", "2022-01-01", "2022-06-30", 453e6, "USD")]),
    ("Trade between Chile and Peru reached $4.2 billion in 2023, up 9% from a year earlier, when it stood at "
     "$3.85 billion.", date(2024, 3, 1),
     [fact("turnover", "CHL", "PER", *Y23, 4.2e9, "USD", 9.0),
      fact("turnover", "CHL", "PER", "2022-01-01", "2022-12-31", 3.85e9, "USD")]),
    ("Chile's exports to Peru rose to over $2 billion in 2023.", date(2024, 3, 1),
     [fact("exports", "CHL", "PER", *Y23, 2e9, "USD")]),
]  # fmt: skip

#: An amount set before the flow whose level it is ("At $4.2 billion, trade between Kazakhstan and Turkey in
#: 2023 was 9% higher", as business desks open a lead) takes the flow word and the sides told after its
#: comma (it had been no figure); a fronted amount of something else stays none.
AMOUNT_SET_BEFORE_ITS_FLOW = [
    ("At $3.1 billion, trade between Chile and Peru in 2023 was 9% higher than a year earlier.",
     date(2024, 3, 1), [fact("turnover", "CHL", "PER", *Y23, 3.1e9, "USD", 9.0)]),
    ("At around $900 million, Ghana's exports to Togo in 2023 were the highest on record.", date(2024, 3, 1),
     [fact("exports", "GHA", "TGO", *Y23, 900e6, "USD")]),
    ("At $4.2 billion, the port is the largest Chinese investment in Peru.", date(2024, 3, 1), []),
]  # fmt: skip

#: A rank with the amount in brackets after it ("Colombia came third ($4.4 billion), Peru fourth ($3.2
#: billion)", as EFE and Xinhua write a ranking) is the next ranked partner's figure, as "came third with
#: $4.4 billion" is (the brackets had lost every item after the first).
RANK_WITH_ITS_AMOUNT_IN_BRACKETS = [
    ("LIMA, Feb 20 (EFE) - China was Peru's largest trading partner in 2023 with $36 billion. Chile came "
     "third ($4.4 billion), Brazil fourth ($3.9 billion) and Ecuador fifth ($2.2 billion).",
     date(2024, 2, 20),
     [fact("turnover", "PER", "CHN", *Y23, 36e9, "USD"), fact("turnover", "PER", "CHL", *Y23, 4.4e9, "USD"),
      fact("turnover", "PER", "BRA", *Y23, 3.9e9, "USD"),
      fact("turnover", "PER", "ECU", *Y23, 2.2e9, "USD")]),
]  # fmt: skip

#: Goods that took a rank among the items after a contrast ("..., while leather and leather goods came second
#: with USD 310.4 million") are an item of the flow told (the amount had been lost).
GOODS_THAT_CAME_SECOND = [
    ("Sri Lanka's exports to Japan stood at $210 million in 2023. Tea remained the top export item to Japan, "
     "fetching $96 million, while rubber and rubber products came second with $41 million.", date(2024, 3, 1),
     [fact("exports", "LKA", "JPN", *Y23, 210e6, "USD"),
      fact("exports", "LKA", "JPN", *Y23, 96e6, "USD", product=True),
      fact("exports", "LKA", "JPN", *Y23, 41e6, "USD", product=True)]),
    ("Sri Lanka's exports to Japan stood at $210 million in 2023. Tea remained the top export item to Japan, "
     "fetching $96 million, while rubber products came second with $41 million.", date(2024, 3, 1),
     [fact("exports", "LKA", "JPN", *Y23, 210e6, "USD"),
      fact("exports", "LKA", "JPN", *Y23, 96e6, "USD", product=True),
      fact("exports", "LKA", "JPN", *Y23, 41e6, "USD", product=True)]),
]  # fmt: skip

#: The first of a list told by its verb ("Italy came first among importers of Egyptian goods", "The UAE topped
#: the list of destinations for Oman's non-oil exports", as Arab agencies write it) ranks the partner as "the
#: biggest importer of" does (nothing had been found).
FIRST_OF_A_LIST_BY_ITS_VERB = [
    ("Spain came first among importers of Moroccan goods in 2023 at $9.6 billion, followed by France ($7.4 "
     "billion).", date(2024, 3, 1),
     [fact("exports", "MAR", "ESP", *Y23, 9.6e9, "USD"), fact("exports", "MAR", "FRA", *Y23, 7.4e9, "USD")]),
    ("India topped the list of destinations for Oman's non-oil exports in 2023 with a value of RO 800 "
     "million.", date(2024, 3, 1), [fact("exports", "OMN", "IND", *Y23, 800e6, "OMR", product=True)]),
]  # fmt: skip

#: The part of a world total that "falls on" (or "accounted for") trade with a partner, the calque of the
#: Russian «приходится на» ("..., of which $2.1 billion falls on trade with Russia") is the trade with that
#: partner (it had been no figure); the world total stays none.
PART_THAT_FALLS_ON_A_PARTNER = [
    ("In January-September 2023, Tajikistan's foreign trade turnover amounted to $5.9 billion, of which $1.6 "
     "billion falls on trade with Russia.", date(2023, 11, 20),
     [fact("turnover", "TJK", "RUS", "2023-01-01", "2023-09-30", 1.6e9, "USD")]),
    ("In January-September 2023, Tajikistan's foreign trade turnover amounted to $5.9 billion, of which $1.6 "
     "billion accounted for trade with Russia and $1.2 billion with China.", date(2023, 11, 20),
     [fact("turnover", "TJK", "RUS", "2023-01-01", "2023-09-30", 1.6e9, "USD"),
      fact("turnover", "TJK", "CHN", "2023-01-01", "2023-09-30", 1.2e9, "USD")]),
]  # fmt: skip

#: "since <year>" after a record word ("was the highest since 2019") dates the record, no sum over the years
#: since: the figure takes the story's period (it had been dropped as cumulative); "has reached $5 billion
#: since 2019" and "cumulative trade" still are sums.
RECORD_DATED_BY_SINCE = [
    ("Ghana's exports to Togo rose 8% to $470 million in 2023. At $860 million, two-way trade between Ghana "
     "and Togo was the highest since 2019.", date(2024, 3, 12),
     [fact("exports", "GHA", "TGO", *Y23, 470e6, "USD", 8.0),
      fact("turnover", "GHA", "TGO", *Y23, 860e6, "USD")]),
    ("Ghana's exports to Togo rose 8% to $470 million in 2023. Trade between Ghana and Togo has reached $5 "
     "billion since 2019.", date(2024, 3, 12), [fact("exports", "GHA", "TGO", *Y23, 470e6, "USD", 8.0)]),
]  # fmt: skip

#: A multiple of an earlier figure after the amount ("nearly triple the figure in 2016", "twice that of
#: 2018", "half the value of 2012") names the year compared with, not the figure's own (the figure had taken
#: it); "doubled in 2023" still dates the figure.
MULTIPLE_OF_AN_EARLIER_FIGURE = [
    ("BELGRADE, May 13 - Serbia's trade with Vietnam in 2024 was 610 million dollars, nearly triple the "
     "figure in 2016.", date(2025, 5, 13), [fact("turnover", "SRB", "VNM", *Y24, 610e6, "USD")]),
    ("Trade between Chile and India reached $4.2 billion in 2023, twice that of 2018.", date(2025, 5, 13),
     [fact("turnover", "CHL", "IND", *Y23, 4.2e9, "USD", 100.0)]),
    ("Exports from Peru to Japan were $3.1 billion in 2023, half the value of 2012.", date(2025, 5, 13),
     [fact("exports", "PER", "JPN", *Y23, 3.1e9, "USD", -50.0)]),
    ("Exports from Peru to Japan were $3.1 billion in 2023, about three times the level recorded in 2015.",
     date(2025, 5, 13), [fact("exports", "PER", "JPN", *Y23, 3.1e9, "USD", 200.0)]),
    ("Exports from Peru to Japan doubled in 2023 to $3.1 billion.", date(2025, 5, 13),
     [fact("exports", "PER", "JPN", *Y23, 3.1e9, "USD", 100.0)]),
]  # fmt: skip

#: A statistics office's short name credited with the figures ("the ABS said", "according to Secex", "KNBS
#: data showed") makes its country the reporter of a story that names it no other way (nothing had been
#: found); the letters elsewhere ("ABS brakes") credit nothing.
OFFICE_SHORT_NAME_CREDITED = [
    ("Exports to China rose 5% to A$14.1 billion in May, the ABS said.", date(2025, 7, 8),
     [fact("exports", "AUS", "CHN", "2025-05-01", "2025-05-31", 14.1e9, "AUD", 5.0)]),
    ("Exports to Argentina reached US$1.4 billion in May, Secex said.", date(2025, 7, 8),
     [fact("exports", "BRA", "ARG", "2025-05-01", "2025-05-31", 1.4e9, "USD")]),
    ("Exports to the United States rose 9% to $1.2 billion in the first quarter, KNBS data showed.",
     date(2025, 7, 8), [fact("exports", "KEN", "USA", "2025-01-01", "2025-03-31", 1.2e9, "USD", 9.0)]),
    ("Exports to Russia fell 12% to $2.1 billion in 2024, according to CAPMAS.", date(2025, 7, 8),
     [fact("exports", "EGY", "RUS", *Y24, 2.1e9, "USD", -12.0)]),
    ("The car maker fitted ABS brakes. Exports to China rose 5% to $14.1 billion in May.", date(2025, 7, 8),
     []),
]  # fmt: skip

#: Every partner but one ("exports to countries other than the United States", "markets outside China") is
#: a total over many partners, no pair (the figure had been given to the country named after "other than").
PARTNERS_BUT_ONE = [
    ("OTTAWA, June 5 - Canada's exports to the United States fell 15.7% in April. Exports to countries other "
     "than the United States rose 15.5% to $11.5 billion.", date(2025, 6, 5), []),
    ("Chile's exports to markets outside China rose 4% to $3.1 billion in 2024.", date(2025, 6, 5), []),
    ("Canada's exports to the United States rose 5% to C$40 billion in April, while exports to countries "
     "other than the United States rose 15.5% to C$11.5 billion.", date(2025, 6, 5),
     [fact("exports", "CAN", "USA", "2025-04-01", "2025-04-30", 40e9, "CAD", 5.0)]),
]  # fmt: skip

#: A change in a clause set against the figure's, told of another subject ("while prices fell 1.4%", ", even
#: as overall exports fell 1.4%", "although demand slowed by 3%"), is no change of the figure (it had been);
#: "while it rose 3%" and "while the figure was up 3%" still are.
CHANGE_OF_A_CONTRASTED_SUBJECT = [
    ("MADRID - Spanish exports to Morocco reached 12.4 billion euros in 2023, even as overall exports fell "
     "1.4%.", date(2024, 5, 20), [fact("exports", "ESP", "MAR", *Y23, 12.4e9, "EUR")]),
    ("LIMA - Peru's exports to Japan reached $3.1 billion in 2023, even though total exports fell 2%.",
     date(2024, 5, 20), [fact("exports", "PER", "JPN", *Y23, 3.1e9, "USD")]),
    ("LIMA - Peru's exports to Japan reached $3.1 billion in 2023, while copper prices fell 1.4%.",
     date(2024, 5, 20), [fact("exports", "PER", "JPN", *Y23, 3.1e9, "USD")]),
    ("LIMA - Peru's exports to Japan reached $3.1 billion in 2023, although demand slowed by 3%.",
     date(2024, 5, 20), [fact("exports", "PER", "JPN", *Y23, 3.1e9, "USD")]),
    ("LIMA - Peru's exports to Japan reached $3.1 billion in 2023, while the figure was up 3%.",
     date(2024, 5, 20), [fact("exports", "PER", "JPN", *Y23, 3.1e9, "USD", 3.0)]),
]  # fmt: skip

#: Brunei's own press writes the Brunei dollar "$" (as Singapore's writes its own): a bare "$" under a
#: Brunei dateline in a figure of Brunei's is the Brunei dollar (it had been the US dollar); "B$" and "BND"
#: are read as written; under a wire credit, in a story that writes "BND" too, or in a figure Brunei is no
#: side of, "$" is the US dollar.
BRUNEI_DOLLAR = [
    ("BANDAR SERI BEGAWAN, May 2 - Brunei's exports to Malaysia reached $850 million in 2024, up 5 percent, "
     "the statistics department said.", date(2025, 5, 2),
     [fact("exports", "BRN", "MYS", *Y24, 850e6, "BND", 5.0)]),
    ("BANDAR SERI BEGAWAN, May 2 - Brunei's imports from Japan were worth 1.3 billion dollars in 2024.",
     date(2025, 5, 2), [fact("imports", "BRN", "JPN", *Y24, 1.3e9, "BND")]),
    ("Brunei's exports to Japan rose 12% to B$1.2 billion in 2024.", date(2025, 5, 2),
     [fact("exports", "BRN", "JPN", *Y24, 1.2e9, "BND", 12.0)]),
    ("Brunei's exports to Japan reached BND 3.4 billion in 2024.", date(2025, 5, 2),
     [fact("exports", "BRN", "JPN", *Y24, 3.4e9, "BND")]),
    # near-misses: a wire's copy, a story that writes its dollar out, a figure of other sides, another
    # dateline
    ("BANDAR SERI BEGAWAN, May 2 (Reuters) - Brunei's exports to Malaysia reached $850 million in 2024.",
     date(2025, 5, 2), [fact("exports", "BRN", "MYS", *Y24, 850e6, "USD")]),
    ("BANDAR SERI BEGAWAN, May 2 - Brunei's exports to Malaysia reached $850 million in 2024, while imports "
     "from Malaysia were BND 1.1 billion.", date(2025, 5, 2),
     [fact("exports", "BRN", "MYS", *Y24, 850e6, "USD"), fact("imports", "BRN", "MYS", *Y24, 1.1e9, "BND")]),
    ("BANDAR SERI BEGAWAN, May 2 - Japan's exports to China reached $850 million in 2024.", date(2025, 5, 2),
     [fact("exports", "JPN", "CHN", *Y24, 850e6, "USD")]),
    ("KUALA LUMPUR, May 2 - Brunei's exports to Malaysia reached $850 million in 2024.", date(2025, 5, 2),
     [fact("exports", "BRN", "MYS", *Y24, 850e6, "USD")]),
]  # fmt: skip

#: The Paraguayan guaraní as translated copy writes it, "G. 1.200 millones" (one letter and its period, the
#: thousands grouped with dots): PYG in a figure of Paraguay's (it had been no money, and the sentence had
#: ended at "G."); "Gs", "Gs." and "₲" too. Only a scaled amount of a figure of Paraguay's takes "G.": an
#: initial before a count ("Carlos G. 3 million") or a group ("the G.7") is no guaraní.
GUARANI_WRITTEN_G = [
    ("ASUNCION, May 2 - Paraguay's exports to Brazil reached G. 1.200 millones in 2024, up 4%.",
     date(2025, 5, 2), [fact("exports", "PRY", "BRA", *Y24, 1.2e9, "PYG", 4.0)]),
    ("Paraguay's imports from Argentina totalled G. 5 billion in 2024.", date(2025, 5, 2),
     [fact("imports", "PRY", "ARG", *Y24, 5e9, "PYG")]),
    ("Trade between Paraguay and Bolivia stood at G. 850.000 millones in 2024.", date(2025, 5, 2),
     [fact("turnover", "BOL", "PRY", *Y24, 850e9, "PYG")]),
    ("Paraguay's exports to Argentina reached Gs 5 billion in 2024.", date(2025, 5, 2),
     [fact("exports", "PRY", "ARG", *Y24, 5e9, "PYG")]),
    ("Paraguay's exports to Chile reached ₲ 3.5 billion in 2024.", date(2025, 5, 2),
     [fact("exports", "PRY", "CHL", *Y24, 3.5e9, "PYG")]),
    # near-misses: a figure Paraguay is no side of, a group's name, an initial before a count
    ("Brazil's exports to Chile reached G. 3 billion in 2024.", date(2025, 5, 2), []),
    ("Leaders of the G.7 met in Rome. Italy's exports to France reached $5 billion in 2024.",
     date(2025, 5, 2), [fact("exports", "ITA", "FRA", *Y24, 5e9, "USD")]),
    ("Carlos G. 3 million tourists came; Paraguay's exports to Brazil rose 3% to $9 billion in 2024.",
     date(2025, 5, 2), [fact("exports", "PRY", "BRA", *Y24, 9e9, "USD", 3.0)]),
]  # fmt: skip

#: A small trade written out in full digits ("exports worth $85,400", "USD 45,000") is a fact as a large one
#: is (it had been dropped as too small below 100,000); below 10,000 it is still taken for a price ("$1,085 a
#: ton, compared with $1,040"), and below 100,000 for a rate or a price when the sentence speaks of one before
#: it ("at the customs dollar rate, now aligned with the official LL 89,500").
SMALL_FIGURES_IN_FULL_DIGITS = [
    ("Nepal's exports to Bhutan were worth $85,400 in 2024, the customs department said.", date(2025, 5, 2),
     [fact("exports", "NPL", "BTN", *Y24, 85400.0, "USD")]),
    ("Tonga's imports from Fiji reached USD 45,000 in 2024.", date(2025, 5, 2),
     [fact("imports", "TON", "FJI", *Y24, 45000.0, "USD")]),
    ("Samoa's exports to Tonga rose 12% to $48,250 in 2024, up from $43,080 in 2023.", date(2025, 5, 2),
     [fact("exports", "WSM", "TON", *Y24, 48250.0, "USD", 12.0),
      fact("exports", "WSM", "TON", *Y23, 43080.0, "USD")]),
    # near-misses: a price, a rate, a price named before the amount
    ("Ghana's cocoa exports to Togo fetched $1,085 in 2024, compared with $1,040 in 2023.", date(2025, 5, 2),
     []),
    ("Lebanese imports from Cyprus were LL 15.6 trillion in 2024, at the customs dollar rate, now aligned "
     "with the official LL 89,500.", date(2025, 5, 2), [fact("imports", "LBN", "CYP", *Y24, 15.6e12, "LBP")]),
    ("Congo's cobalt exports to China rose in 2024, when the price of cobalt reached $31,500.",
     date(2025, 5, 2), []),
]  # fmt: skip

#: An amount that is the subject of a risk ("Some R40 billion of South African exports to the United States
#: are at risk", "... are exposed to the new tariffs") or a cap a quota allows ("allows Argentina to export up
#: to $500 million") is no trade that took place (each had been a fact of the current year); a figure told,
#: then a risk ("rose 5% to R160 billion in 2024 but are now at risk"), still is one.
EXPOSURES_AND_CAPS = [
    ("PRETORIA, May 8 - Some R40 billion of South African exports to the United States are at risk in "
     "2025.", date(2025, 5, 8), []),
    ("BANGKOK, May 8 - About $9 billion of Thai exports to the US are exposed to the new tariffs this "
     "year.", date(2025, 5, 8), []),
    ("Exports worth $2.1 billion from Vietnam to the US could be threatened by the tariffs in 2025.",
     date(2025, 5, 8), []),
    ("The new quota allows Argentina to export up to $500 million of beef to the US in 2025.",
     date(2025, 5, 8), []),
    ("South Africa's exports to the United States rose 5% to R160 billion in 2024 but are now at risk from "
     "new tariffs.", date(2025, 5, 8), [fact("exports", "ZAF", "USA", *Y24, 160e9, "ZAR", 5.0)]),
    ("Kenya's exports to Uganda, which are at risk from new levies, rose 8% to $1.1 billion in 2024.",
     date(2025, 5, 8), [fact("exports", "KEN", "UGA", *Y24, 1.1e9, "USD", 8.0)]),
    ("Argentina exported $500 million of beef to the US in 2024, the maximum its quota allows.",
     date(2025, 5, 8), [fact("exports", "ARG", "USA", *Y24, 500e6, "USD", product=True)]),
]  # fmt: skip

#: A partner set beside the figure's in an aside between the subject and the figure ("Kenya's exports to
#: Rwanda, unlike those to Burundi, rose to ...", ", as with those from Tanzania,") is no side of it (the
#: figure had gone to Burundi); an aside after the figure with its own amount ("unlike those to the United
#: States, which fell 2% to $16 billion") and "compared with exports to Burundi of KSh 9 billion" still give
#: theirs.
PARTNER_SET_BESIDE_IN_AN_ASIDE = [
    ("Kenya's exports to Rwanda, unlike those to Burundi, rose to KSh 21 billion in 2024.", date(2025, 7, 8),
     [fact("exports", "KEN", "RWA", *Y24, 21e9, "KES")]),
    ("In 2024, Zambia's exports to Malawi, like shipments to Zimbabwe, rose 5% to $610 million.",
     date(2025, 7, 8), [fact("exports", "ZMB", "MWI", *Y24, 610e6, "USD", 5.0)]),
    ("Uganda's imports from Kenya, as with those from Tanzania, fell 3% to $1.1 billion in 2024.",
     date(2025, 7, 8), [fact("imports", "UGA", "KEN", *Y24, 1.1e9, "USD", -3.0)]),
    ("Chile's exports to China rose 4% to $38 billion in 2024, unlike those to the United States, which fell "
     "2% to $16 billion.", date(2025, 7, 8),
     [fact("exports", "CHL", "CHN", *Y24, 38e9, "USD", 4.0),
      fact("exports", "CHL", "USA", *Y24, 16e9, "USD", -2.0)]),
    ("Kenya's exports to Rwanda rose 5% to KSh 21 billion in 2024, compared with exports to Burundi of KSh 9 "
     "billion.", date(2025, 7, 8),
     [fact("exports", "KEN", "RWA", *Y24, 21e9, "KES", 5.0),
      fact("exports", "KEN", "BDI", *Y24, 9e9, "KES")]),
]  # fmt: skip

#: A share of a flow to a region after the amount (", or 5.5% of German exports to Asia", "12% of exports to
#: Africa") is the whole the figure is a part of, no partner (the region had made the figure a world total
#: and dropped it); a figure to the region itself is still a world total.
SHARE_OF_A_REGIONS_FLOW = [
    ("BERLIN - German exports to India reached 16.9 billion euros in 2023, or 5.5% of German exports to "
     "Asia.", date(2024, 4, 16), [fact("exports", "DEU", "IND", *Y23, 16.9e9, "EUR")]),
    ("NAIROBI - Kenya's exports to Uganda were $900 million in 2024, 12% of exports to Africa.",
     date(2025, 4, 16), [fact("exports", "KEN", "UGA", *Y24, 900e6, "USD")]),
    ("BERLIN - German exports to Asia reached 300 billion euros in 2023, or 20% of German exports.",
     date(2024, 4, 16), []),
]  # fmt: skip

#: A flow of one side after a lead that tells the pair's trade without a figure ("BERLIN - Trade between
#: Germany and India grew strongly in 2023. Exports rose 8% to 16.9 billion euros.", "German exports rose
#: ...") is that side's flow to the other: the dateline's country for a bare flow, the named one for "German
#: exports" (nothing had been found); a bare flow under a dateline of neither side, or a flow of a third
#: country, stays none.
ONE_SIDE_OF_A_FIGURELESS_PAIR = [
    ("BERLIN, April 16 - Germany's trade with India grew strongly in 2023. Exports rose 8% to 16.9 billion "
     "euros.", date(2024, 4, 16), [fact("exports", "DEU", "IND", *Y23, 16.9e9, "EUR", 8.0)]),
    ("NAIROBI, April 16 - Trade between Kenya and Ethiopia is booming. Kenyan imports rose 8% to KSh 21 "
     "billion in 2023.", date(2024, 4, 16), [fact("imports", "KEN", "ETH", *Y23, 21e9, "KES", 8.0)]),
    ("MADRID, April 16 - Spain is Morocco's biggest trading partner. Last year, Spanish exports rose 7% to "
     "12.4 billion euros.", date(2024, 4, 16), [fact("exports", "ESP", "MAR", *Y23, 12.4e9, "EUR", 7.0)]),
    ("PARIS, April 16 - Trade between Germany and India grew strongly in 2023. Exports rose 8% to 16.9 "
     "billion euros.", date(2024, 4, 16), []),
    ("BERLIN, April 16 - Trade between Germany and India is booming. Chinese exports rose 8% to 16.9 billion "
     "euros in 2023.", date(2024, 4, 16), []),
    # a lead of one-sided flows, and a total over all partners after it
    ("BRATISLAVA, Sept 10 - Slovakia's exports to Austria declined, while shipments to Poland kept growing. "
     "Slovak companies exported goods worth 63.5 billion euros in total in 2023.", date(2024, 9, 10), []),
]  # fmt: skip

#: A chain of possessors with gapped amounts ("Germany's exports to the United States were €44.6 billion,
#: Ireland's €31.2 billion and Italy's €18.0 billion") gives each possessor the flow and partner told first
#: (the third had been made Germany's partner, as the second was not).
CHAIN_OF_GAPPED_OWNERS = [
    ("Germany's exports to the United States were €44.6 billion in the first quarter of 2025, Ireland's "
     "€31.2 billion and Italy's €18.0 billion.", date(2025, 7, 20),
     [fact("exports", "DEU", "USA", "2025-01-01", "2025-03-31", 44.6e9, "EUR"),
      fact("exports", "IRL", "USA", "2025-01-01", "2025-03-31", 31.2e9, "EUR"),
      fact("exports", "ITA", "USA", "2025-01-01", "2025-03-31", 18.0e9, "EUR")]),
    ("Fiji's exports to Australia reached $300 million in 2024, Samoa's $40 million and Tonga's $12 million.",
     date(2025, 7, 20),
     [fact("exports", "FJI", "AUS", *Y24, 300e6, "USD"), fact("exports", "WSM", "AUS", *Y24, 40e6, "USD"),
      fact("exports", "TON", "AUS", *Y24, 12e6, "USD")]),
]  # fmt: skip

#: A run of months named a half ("in the April-September half of fiscal 2025", Japanese and Indian
#: business press): those months of that fiscal year, as "the April-June quarter of" is (it had been
#: the whole fiscal year). One month before "half" is no run ("in January half the ...").
MONTHS_NAMED_A_HALF = [
    ("In the April-September half of fiscal 2025, Japan's exports to Chile rose 6% to 310 billion yen.",
     date(2025, 11, 20), [fact("exports", "JPN", "CHL", "2025-04-01", "2025-09-30", 310e9, "JPY", 6.0)]),
    ("Japan's imports from Peru fell 4% to 95 billion yen in the October-March half of fiscal 2024.",
     date(2025, 5, 20), [fact("imports", "JPN", "PER", "2024-10-01", "2025-03-31", 95e9, "JPY", -4.0)]),
    ("Malaysia's exports to Chile reached RM4.1 billion in the January-June half of 2024.", date(2025, 2, 4),
     [fact("exports", "MYS", "CHL", "2024-01-01", "2024-06-30", 4.1e9, "MYR")]),
]  # fmt: skip

#: Amounts listed alone, then as many periods listed alone before "respectively" ("$3.1 billion and
#: $3.4 billion in 2023 and 2024, respectively"): the n-th amount is of the n-th period (each had
#: taken the first). Periods each after their own amount, and a single period after the list, stay.
PERIODS_RESPECTIVELY = [
    ("Norway's exports to Chile were $3.1 billion and $3.4 billion in 2023 and 2024, respectively.",
     date(2025, 2, 4), [fact("exports", "NOR", "CHL", "2023-01-01", "2023-12-31", 3.1e9, "USD"),
                        fact("exports", "NOR", "CHL", *Y24, 3.4e9, "USD")]),
    ("Trade between Benin and Togo stood at $210 million, $260 million and $300 million in 2021, 2022 and "
     "2023 respectively.", date(2025, 2, 4),
     [fact("turnover", "BEN", "TGO", "2021-01-01", "2021-12-31", 210e6, "USD"),
      fact("turnover", "BEN", "TGO", "2022-01-01", "2022-12-31", 260e6, "USD"),
      fact("turnover", "BEN", "TGO", "2023-01-01", "2023-12-31", 300e6, "USD")]),
    ("Pakistan's imports from Malaysia were $1.1 billion and $1.4 billion in FY23 and FY24, respectively.",
     date(2025, 2, 4), [fact("imports", "PAK", "MYS", "2022-07-01", "2023-06-30", 1.1e9, "USD"),
                        fact("imports", "PAK", "MYS", "2023-07-01", "2024-06-30", 1.4e9, "USD")]),
    ("Trade between Benin and Togo was $260 million in 2022 and $300 million in 2023.", date(2025, 2, 4),
     [fact("turnover", "BEN", "TGO", "2022-01-01", "2022-12-31", 260e6, "USD"),
      fact("turnover", "BEN", "TGO", "2023-01-01", "2023-12-31", 300e6, "USD")]),
    ("Norway's exports to Chile and Peru reached $3.1 billion and $0.8 billion respectively in 2024.",
     date(2025, 2, 4), [fact("exports", "NOR", "CHL", *Y24, 3.1e9, "USD"),
                        fact("exports", "NOR", "PER", *Y24, 0.8e9, "USD")]),
]  # fmt: skip

#: Changes listed alone right before the amounts' "to" ("rose 5% and 8% to $2.1 billion and $2.3
#: billion", with or without "respectively" after the amounts): the n-th change is the n-th amount's
#: (the second had none). One change before its own amount, and "both up 6%", stay as they were.
CHANGES_LISTED_BEFORE_TO = [
    ("Laos's exports to Thailand and imports from Thailand rose 5% and 8% to $2.1 billion and $2.3 billion "
     "respectively in 2024.", date(2025, 2, 4),
     [fact("exports", "LAO", "THA", *Y24, 2.1e9, "USD", 5.0),
      fact("imports", "LAO", "THA", *Y24, 2.3e9, "USD", 8.0)]),
    ("Laos's exports to Thailand and imports from Thailand grew by 4 percent and 9 percent to $2.1 billion "
     "and $2.3 billion in 2024.", date(2025, 2, 4),
     [fact("exports", "LAO", "THA", *Y24, 2.1e9, "USD", 4.0),
      fact("imports", "LAO", "THA", *Y24, 2.3e9, "USD", 9.0)]),
    ("Laos's exports to Thailand rose 5% to $2.1 billion and imports from Thailand fell 3% to $2.3 billion "
     "in 2024.", date(2025, 2, 4),
     [fact("exports", "LAO", "THA", *Y24, 2.1e9, "USD", 5.0),
      fact("imports", "LAO", "THA", *Y24, 2.3e9, "USD", -3.0)]),
]  # fmt: skip

#: "the same period last fiscal year" (also "the previous financial year", "the preceding year"):
#: the run of months of the figure compared with, a year back, as "the same period last year" was
#: (it had been the whole fiscal year two years back, "last fiscal year" read apart as a period).
SAME_PERIOD_LAST_FISCAL_YEAR = [
    ("Kenya's imports from Rwanda rose to Sh12 billion in July-December 2024 from Sh9 billion in the same "
     "period last fiscal year.", date(2025, 3, 10),
     [fact("imports", "KEN", "RWA", "2024-07-01", "2024-12-31", 12e9, "KES"),
      fact("imports", "KEN", "RWA", "2023-07-01", "2023-12-31", 9e9, "KES")]),
    ("Kenya's exports to Rwanda fell 8 percent to Sh30 billion in the first half of this fiscal year. "
     "Imports from Rwanda rose to Sh12 billion from Sh9 billion during the same period the previous "
     "financial year.", date(2025, 3, 10),
     [fact("exports", "KEN", "RWA", "2024-07-01", "2024-12-31", 30e9, "KES", -8.0),
      fact("imports", "KEN", "RWA", "2024-07-01", "2024-12-31", 12e9, "KES"),
      fact("imports", "KEN", "RWA", "2023-07-01", "2023-12-31", 9e9, "KES")]),
]  # fmt: skip

#: A figure of some goods after a lead that tells the flow with no figure ("Chile's exports to China
#: rose 12% in May. Copper shipments were worth $2.9 billion."): the lead's flow and sides, of those
#: goods (it had been dropped), as after a lead with its figure; the lead's change only when the lead
#: names the same goods as its flow ("Chile's copper exports to China rose 12%"), not a change of
#: all goods. Another partner named stays that partner's.
GOODS_AFTER_A_FIGURELESS_LEAD = [
    ("Bolivia's exports to Peru rose 12% in May. Zinc shipments were worth $210 million.", date(2025, 6, 2),
     [fact("exports", "BOL", "PER", "2025-05-01", "2025-05-31", 210e6, "USD", product=True)]),
    ("Bolivia's zinc exports to Peru rose 12% in May from a year earlier. Shipments of zinc were worth $210 "
     "million, the data showed.", date(2025, 6, 2),
     [fact("exports", "BOL", "PER", "2025-05-01", "2025-05-31", 210e6, "USD", 12.0, product=True)]),
    ("Bolivia's exports to Peru rose 12% in May. Zinc exports to Chile were worth $90 million.",
     date(2025, 6, 2),
     [fact("exports", "BOL", "CHL", "2025-05-01", "2025-05-31", 90e6, "USD", product=True)]),
]  # fmt: skip

#: A total over all partners told as "to all destinations", "to all markets", "with all trading
#: partners" or opened by "Worldwide," / "Globally,": no figure of the story's pair (each had been
#: given to the partner of the lead).
ALL_PARTNERS_WORDS = [
    ("Bolivia's exports to Peru rose 12% in May. Exports to all destinations reached $1.1 billion.",
     date(2025, 6, 2), []),
    ("Bolivia's exports to Peru rose 12% in May. Worldwide, zinc exports reached $300 million.",
     date(2025, 6, 2), []),
    ("Bolivia's exports to Peru rose 12% in May. Globally, shipments of zinc reached $300 million.",
     date(2025, 6, 2), []),
    ("Bolivia's exports to Peru rose 12% in May. Shipments were worth $210 million.", date(2025, 6, 2),
     [fact("exports", "BOL", "PER", "2025-05-01", "2025-05-31", 210e6, "USD", 12.0)]),
]  # fmt: skip

#: A wire's bullet list of partners under a lead that names the flow, its reporter and the period
#: ("China's trade with major partners in the first four months:\n-- Brazil: ..."), each row with
#: its change after a comma ("345.6 billion yuan, up 7.2 percent"): the row is still only its figure,
#: the lead's flow from its reporter to the row's country (the rows had given nothing).
CHANGE_AFTER_A_ROWS_FIGURE = [
    ("HANOI, May 9 -- Vietnam's trade with major partners in the first four months:\n"
     "-- Laos: 41.6 trillion dong, up 6.3 percent\n-- Cambodia: 29.8 trillion dong, down 2.5 percent",
     date(2024, 5, 10),
     [fact("turnover", "VNM", "LAO", "2024-01-01", "2024-04-30", 41.6e12, "VND", 6.3),
      fact("turnover", "VNM", "KHM", "2024-01-01", "2024-04-30", 29.8e12, "VND", -2.5)]),
    ("Kenya's exports to its main markets in 2023:\n* Uganda: 98.2 billion shillings, up 4.1 percent "
     "year on year\n* Rwanda: 21.7 billion shillings, down by 2.0% from a year earlier", date(2024, 3, 3),
     [fact("exports", "KEN", "UGA", *Y23, 98.2e9, "KES", 4.1),
      fact("exports", "KEN", "RWA", *Y23, 21.7e9, "KES", -2.0)]),
    ("Turkey's imports from key suppliers in 2023:\n\u2013 Azerbaijan: $4.1 billion, down 14 pct\n"
     "\u2013 Iraq: $2.2 billion, up 20 pct", date(2024, 3, 3),
     [fact("imports", "TUR", "AZE", *Y23, 4.1e9, "USD", -14.0),
      fact("imports", "TUR", "IRQ", *Y23, 2.2e9, "USD", 20.0)]),
    ("Brazil's trade with major partners in the first quarter of 2024:\n\u2022 Argentina: $6.3 billion, up "
     "12 percent\n\u2022 Paraguay: $1.1 billion, down 5.5 percent", date(2024, 5, 10),
     [fact("turnover", "ARG", "BRA", "2024-01-01", "2024-03-31", 6.3e9, "USD", 12.0),
      fact("turnover", "BRA", "PRY", "2024-01-01", "2024-03-31", 1.1e9, "USD", -5.5)]),
    # near-misses: investment and a balance by partner are no flow's rows
    ("Foreign direct investment in Ghana by source in 2023:\n- Nigeria: $1.2 billion, up 7.2 percent\n"
     "- Togo: $0.3 billion, down 3.4 percent", date(2024, 3, 3), []),
    ("Chile's trade balance with main partners in 2023:\n- Bolivia: $1.2 billion, up 7.2 percent\n"
     "- Peru: $0.3 billion, down 3.4 percent", date(2024, 3, 3), []),
]  # fmt: skip

#: A list item opened by the typewriter's dash "--" (a wire's bullet) opens a statement, as "-" or
#: "•" does: its capitalized flow word is a flow, not a name ("-- Exports to Thailand: ...", "-- Imports
#: fell ..."), and the lead's reporter and period apply (the items had given nothing).
TYPEWRITER_DASH_ITEMS = [
    ("Malaysia's foreign trade in the first half of 2024:\n-- Exports to Thailand: RM25.4 billion, up 3.2 "
     "percent\n-- Imports from Thailand: RM21.9 billion, down 1.1 percent", date(2024, 8, 10),
     [fact("exports", "MYS", "THA", *H1, 25.4e9, "MYR", 3.2),
      fact("imports", "MYS", "THA", *H1, 21.9e9, "MYR", -1.1)]),
    ("PESHAWAR, July 8 -- Pakistan's trade with Afghanistan in fiscal year 2023-24:\n-- Exports: $1.1 "
     "billion, up 9.5 percent\n-- Imports: $0.7 billion, down 4 percent", date(2024, 8, 10),
     [fact("exports", "PAK", "AFG", "2023-07-01", "2024-06-30", 1.1e9, "USD", 9.5),
      fact("imports", "PAK", "AFG", "2023-07-01", "2024-06-30", 0.7e9, "USD", -4.0)]),
    ("SANTIAGO, March 3 -- Chile's foreign trade in 2023:\n-- Exports to Bolivia rose 8 percent to $2.4 "
     "billion.\n-- Imports from Bolivia fell to $1.6 billion.", date(2024, 3, 3),
     [fact("exports", "CHL", "BOL", *Y23, 2.4e9, "USD", 8.0),
      fact("imports", "CHL", "BOL", *Y23, 1.6e9, "USD")]),
    # near-miss: items of investment and visitors are no trade
    ("Egypt's economic ties with Jordan in 2023:\n-- Investment from Jordan: $0.9 billion\n-- Tourists "
     "from Jordan: 310,000", date(2024, 3, 3), []),
]  # fmt: skip

#: A table whose unit and periods are only in its header ("Exports by destination (US$ billion) 2024
#: (2023)", a column line "| Partner | 2024 | 2023 |"): each row's number is the header's flow from its
#: reporter (the one country it names, else the dateline's) to the row's country, in the header's
#: unit, for its column's period (the rows had given nothing). A header that names a partner, a
#: balance, an uncertain unit or no reporter gives nothing; a row not of one country is passed over.
UNIT_ONLY_IN_THE_HEADER = [
    ("WELLINGTON, Feb 3 -- New Zealand's goods exports rose last year.\n\nExports by destination (US$ "
     "billion) 2024 (2023)\nChina: 12.4 (11.8)\nTotal: 31.5 (29.9)\nSingapore: 2.1 (2.6)", date(2025, 2, 3),
     [fact("exports", "NZL", "CHN", *Y24, 12.4e9, "USD"), fact("exports", "NZL", "CHN", *Y23, 11.8e9, "USD"),
      fact("exports", "NZL", "SGP", *Y24, 2.1e9, "USD"), fact("exports", "NZL", "SGP", *Y23, 2.6e9, "USD")]),
    ("Chile's imports by origin (in millions of US dollars):\n\n| Country | Q1 2024 | Q1 2023 |\n"
     "|---|---|---|\n| Argentina | 1,234.5 | 1,100.2 |\n| Ecuador | 321.0 | 298.4 |", date(2024, 5, 3),
     [fact("imports", "CHL", "ARG", "2024-01-01", "2024-03-31", 1234.5e6, "USD"),
      fact("imports", "CHL", "ARG", "2023-01-01", "2023-03-31", 1100.2e6, "USD"),
      fact("imports", "CHL", "ECU", "2024-01-01", "2024-03-31", 321.0e6, "USD"),
      fact("imports", "CHL", "ECU", "2023-01-01", "2023-03-31", 298.4e6, "USD")]),
    ("LAGOS -- Nigeria's exports by destination in the first half of 2024 (N billion):\nIndia: 2,140.5\n"
     "Spain: 1,320.0", date(2024, 9, 3),
     [fact("exports", "NGA", "IND", *H1, 2140.5e9, "NGN"),
      fact("exports", "NGA", "ESP", *H1, 1320.0e9, "NGN")]),
    ("KUALA LUMPUR, Feb 3 -- Trade with main partners (in billions of US dollars), 2023:\nThailand 21.4\n"
     "Indonesia 9.1", date(2024, 2, 3),
     [fact("turnover", "MYS", "THA", *Y23, 21.4e9, "USD"),
      fact("turnover", "MYS", "IDN", *Y23, 9.1e9, "USD")]),
    # near-misses: a partner in the header, a balance, an ambiguous "$", no reporter, no period, tonnes
    ("Exports to Kenya by county (US$ million) 2024\nUganda: 21.4", date(2025, 2, 3), []),
    ("OSLO -- Trade balance by partner (NOK billion) 2024 (2023)\nSweden: 21.4 (19.8)", date(2025, 2, 3), []),
    ("OTTAWA -- Exports by destination ($ billion) 2024 (2023)\nMexico: 21.4 (19.8)", date(2025, 2, 3), []),
    ("Exports by destination (US$ billion) 2024 (2023)\nMexico: 21.4 (19.8)", date(2025, 2, 3), []),
    ("LIMA -- Exports by destination (US$ billion):\nColombia: 21.4", date(2025, 2, 3), []),
    ("LIMA -- Exports by destination (million tonnes) 2024:\nColombia: 21.4", date(2025, 2, 3), []),
]  # fmt: skip

#: A statistics release whose balance names only its partner ("The goods deficit with Zambia
#: narrowed ...") leaves its home unnamed: the bare flows after it ("Exports to Namibia were ...")
#: are the home's (an office or dateline credited to a country), never the balance partner's (they
#: had been read as Zambia's); with no home to take, they give nothing. A balance with its owner
#: named still makes the owner the reporter.
PARTNER_OF_AN_UNOWNED_BALANCE = [
    ("The surplus with Zambia narrowed to 3.1 billion rand in April, the South African Revenue Service "
     "said. Exports to Namibia were R8.4 billion and imports from Namibia were R2.9 billion.",
     date(2024, 5, 3),
     [fact("exports", "ZAF", "NAM", "2024-04-01", "2024-04-30", 8.4e9, "ZAR"),
      fact("imports", "ZAF", "NAM", "2024-04-01", "2024-04-30", 2.9e9, "ZAR")]),
    ("The deficit with Thailand increased $0.8 billion to $10.2 billion in April, the ministry said. "
     "Exports to Laos were $0.4 billion and imports from Laos were $0.3 billion.", date(2024, 5, 3), []),
    ("WASHINGTON, April 4 -- The goods deficit with Germany widened $0.9 billion to $8.2 billion in "
     "February, the Commerce Department said. Exports to Brazil were $4.1 billion and imports from Brazil "
     "were $3.2 billion.", date(2024, 5, 3),
     [fact("exports", "USA", "BRA", "2024-02-01", "2024-02-29", 4.1e9, "USD"),
      fact("imports", "USA", "BRA", "2024-02-01", "2024-02-29", 3.2e9, "USD")]),
    # near-misses: the balance's owner named; a flow with the balance's own partner
    ("Peru's surplus with Bolivia rose to $0.3 billion in April. Exports to Ecuador were $0.2 billion.",
     date(2024, 5, 3), [fact("exports", "PER", "ECU", "2024-04-01", "2024-04-30", 0.2e9, "USD")]),
    ("The trade deficit with Turkey widened to $5.1 billion in 2024 as imports from Turkey climbed to $7.0 "
     "billion, the Iraqi statistics office said.", date(2025, 5, 3),
     [fact("imports", "IRQ", "TUR", *Y24, 7.0e9, "USD")]),
]  # fmt: skip

#: A wire's list of partners under its lead goes on past a bloc's or region's row ("-- ASEAN: ...",
#: which gives no figure), and a row's label may open on an article ("-- The United States: ..."): the
#: rows after are the lead's flow with their countries (they had given nothing).
BLOC_ROWS_AND_ARTICLES_IN_A_LIST = [
    ("NEW DELHI, May 9 -- Following are India's trade figures with its major partners in the first four "
     "months of 2024:\n-- The European Union: $44.1 billion, up 4.2 percent\n-- The Netherlands: $8.2 "
     "billion, up 2.3 percent\n-- Africa: $31.5 billion, down 1.0 percent\n-- Kenya: $1.3 billion, down "
     "3.0 percent", date(2024, 6, 3),
     [fact("turnover", "IND", "NLD", "2024-01-01", "2024-04-30", 8.2e9, "USD", 2.3),
      fact("turnover", "IND", "KEN", "2024-01-01", "2024-04-30", 1.3e9, "USD", -3.0)]),
    ("Japan's exports to major markets in 2023:\n\u2022 ASEAN: 15.1 trillion yen, up 1.2 percent\n"
     "\u2022 the Philippines: 1.4 trillion yen, down 0.5 percent", date(2024, 3, 3),
     [fact("exports", "JPN", "PHL", *Y23, 1.4e12, "JPY", -0.5)]),
    # near-miss: a list of blocs alone gives nothing
    ("Egypt's trade with major blocs in 2023:\n- The European Union: $31.1 billion, up 1.2 percent\n"
     "- COMESA: $3.4 billion, down 0.5 percent", date(2024, 3, 3), []),
]  # fmt: skip

#: "Those to/from X" opening a sentence stands for the flow named last in the sentence before ("Norway's
#: exports rose to NOK 1.9 trillion. Those to Sweden reached NOK 130 billion."), also after a world total,
#: and a later "those" in the same sentence takes it in turn (nothing had been read); "Those" after a
#: sentence with no flow, or before no name ("Those to come"), stays nothing.
THOSE_OPENING_A_SENTENCE = [
    ("OSLO, Feb 12 - Norway's exports rose 3% to NOK 1.9 trillion in 2024. Those to Sweden reached NOK 130 "
     "billion.", date(2025, 2, 12), [fact("exports", "NOR", "SWE", *Y24, 130e9, "NOK")]),
    ("Vietnam's imports from South Korea fell 2% to $55 billion in 2024. \u201cThose from Japan rose 6% to "
     "$22 billion,\u201d the ministry said.", date(2025, 2, 12),
     [fact("imports", "VNM", "KOR", *Y24, 55e9, "USD", -2.0),
      fact("imports", "VNM", "JPN", *Y24, 22e9, "USD", 6.0)]),
    ("Argentina's exports fell 1% to $79 billion in 2024. Those to Brazil dropped 9% to $12 billion, while "
     "those to Chile rose 4% to $6 billion.", date(2025, 2, 12),
     [fact("exports", "ARG", "BRA", *Y24, 12e9, "USD", -9.0),
      fact("exports", "ARG", "CHL", *Y24, 6e9, "USD", 4.0)]),
    ("Ghana's GDP grew 5% to $76 billion in 2024. Those to Togo reached $2 billion.", date(2025, 2, 12), []),
    ("Ghana's exports rose 5% to $19 billion in 2024. Those to come in 2025 may pass $1 billion.",
     date(2025, 2, 12), []),
    # goods on their way: only after exports
    ("Norway's exports rose 3% to NOK 1.9 trillion in 2024. Those destined for Denmark reached NOK 90 "
     "billion.", date(2025, 2, 12), [fact("exports", "NOR", "DNK", *Y24, 90e9, "NOK")]),
    ("Norway's imports rose 3% to NOK 900 billion in 2024. Those bound for Denmark reached NOK 90 billion.",
     date(2025, 2, 12), []),
]  # fmt: skip

#: A part of a total told with "Of": the whole's world word ("Of Norway's total exports of NOK 1.9 trillion,
#: NOK 130 billion went to Sweden") no longer makes the part a world total too, and a sentence opening on the
#: total just told ("Of the total, $4.1 billion came from Cambodia.") gives its part the total's flow,
#: reporter and goods, its partner the country the goods went to or came from (both had been nothing); the
#: wrong way for the total's flow ("came from" after exports), or a part with no country, stays nothing.
PART_OF_A_TOTAL_TOLD_WITH_OF = [
    ("Of Norway's total exports of NOK 1.9 trillion in 2024, NOK 130 billion went to Sweden.",
     date(2025, 2, 12), [fact("exports", "NOR", "SWE", *Y24, 130e9, "NOK")]),
    ("Canada's imports of footwear reached C$4 billion in 2024. Of the total, C$1.1 billion came from "
     "Vietnam.", date(2025, 2, 12), [fact("imports", "CAN", "VNM", *Y24, 1.1e9, "CAD", product=True)]),
    ("Peru's exports totalled $75 billion in 2024. Of that, $26 billion went to China and $10 billion to "
     "the United States.", date(2025, 2, 12),
     [fact("exports", "PER", "CHN", *Y24, 26e9, "USD"), fact("exports", "PER", "USA", *Y24, 10e9, "USD")]),
    ("Ecuador's exports totalled $35 billion in 2024. Of that, $6 billion went to Panama, and $2 billion to "
     "mining firms.", date(2025, 2, 12), [fact("exports", "ECU", "PAN", *Y24, 6e9, "USD")]),
    ("Peru's exports totalled $75 billion in 2024. Of that, $26 billion came from China.", date(2025, 2, 12),
     []),
    ("Peru's exports totalled $75 billion in 2024. Of that, $26 billion came from mining.", date(2025, 2, 12),
     []),
]  # fmt: skip

#: "Inter-Korean" names both Koreas, as "cross-strait" names Taiwan and China: its trade is the pair's (it had
#: been nothing, "Korean" alone a demonym of the South); an inter-Korean park or talks beside another pair's
#: figure leave that figure as it was.
INTER_KOREAN = [
    ("TOKYO, May 2 - Inter-Korean trade slumped 62% to $1.2 million in the first half of 2024, Seoul said.",
     date(2024, 8, 2), [fact("turnover", "KOR", "PRK", "2024-01-01", "2024-06-30", 1.2e6, "USD", -62.0)]),
    ("Officials said inter-Korean commerce was worth $2.4 billion in 2015.", date(2024, 8, 2),
     [fact("turnover", "KOR", "PRK", "2015-01-01", "2015-12-31", 2.4e9, "USD")]),
    ("SEOUL, May 2 - Despite the inter-Korean talks, South Korea's exports to Japan rose 4% to $30 billion "
     "in 2023.", date(2024, 8, 2), [fact("exports", "KOR", "JPN", *Y23, 30e9, "USD", 4.0)]),
    # the Korea of the first side gapped: "South and North Korea"
    ("Trade between North and South Korea plunged 62% to $1.2 million in the first half of 2024.",
     date(2024, 8, 2), [fact("turnover", "KOR", "PRK", "2024-01-01", "2024-06-30", 1.2e6, "USD", -62.0)]),
    ("TOKYO, May 2 - South and North Korea held talks. South Korea's exports to Japan rose 4% to $30 billion "
     "in 2023.", date(2024, 8, 2), [fact("exports", "KOR", "JPN", *Y23, 30e9, "USD", 4.0)]),
]  # fmt: skip

#: Goods "exchanged" between two countries in the passive are their two-way trade, as goods "traded" are
#: ("Goods worth 3.1 billion euros were exchanged between Portugal and Brazil in 2023": nothing had been
#: read); money exchanged for another currency, with no pair, stays nothing.
EXCHANGED_IN_THE_PASSIVE = [
    ("LISBON, May 2 - Goods worth 3.1 billion euros were exchanged between Portugal and Brazil in 2023.",
     date(2024, 5, 2), [fact("turnover", "PRT", "BRA", *Y23, 3.1e9, "EUR")]),
    ("Some $740 million of merchandise was exchanged between Bolivia and Paraguay last year, up 6%.",
     date(2024, 5, 2), [fact("turnover", "BOL", "PRY", *Y23, 740e6, "USD", 6.0)]),
    ("LISBON, May 2 - Portugal's trade with Brazil rose in 2023. Dollars worth $2 billion were exchanged for "
     "euros at banks.", date(2024, 5, 2), []),
]  # fmt: skip

#: "the figure" after a turnover and its split into exports and imports of the same period
#: ("... turnover amounted to $4.4 billion. Exports reached $2.6 billion, while imports totaled $1.8
#: billion. In January-March 2025, the figure rose by 7.2% to $1.1 billion."): the whole the two
#: split, not the last flow told (it had been the imports). After one flow alone, that flow.
THE_FIGURE_AFTER_A_SPLIT = [
    ("In 2024, trade turnover between Armenia and Georgia amounted to $1.4 billion. Armenia's exports "
     "reached $0.8 billion, while imports from Georgia totaled $0.6 billion. In January-March 2025, the "
     "figure rose by 6.1% to $370 million.", date(2025, 5, 2),
     [fact("turnover", "ARM", "GEO", *Y24, 1.4e9, "USD"), fact("exports", "ARM", "GEO", *Y24, 0.8e9, "USD"),
      fact("imports", "ARM", "GEO", *Y24, 0.6e9, "USD"),
      fact("turnover", "ARM", "GEO", "2025-01-01", "2025-03-31", 370e6, "USD", 6.1)]),
    ("In 2024, trade turnover between Armenia and Georgia amounted to $1.4 billion. Armenia's exports "
     "reached $0.8 billion. In January-March 2025, the figure rose by 6.1% to $210 million.",
     date(2025, 5, 2),
     [fact("turnover", "ARM", "GEO", *Y24, 1.4e9, "USD"), fact("exports", "ARM", "GEO", *Y24, 0.8e9, "USD"),
      fact("exports", "ARM", "GEO", "2025-01-01", "2025-03-31", 210e6, "USD", 6.1)]),
]  # fmt: skip

#: A partner's share of a country's trade with its amount ("China accounted for 35.1 percent of
#: Kyrgyzstan's foreign trade turnover, or $4.2 billion", "The share of China in Kyrgyzstan's foreign
#: trade was ...", "Russia's share of Kyrgyzstan's exports stood at 20 percent, or $700 million"): the
#: amount is the pair's (the whole's world words had made it a world total, or the holder of the
#: share had been no side). Not when the whole is told with its own amount ("..., which reached",
#: "of $12 billion"): that amount is the world's.
SHARE_OF_AN_OWNERS_WHOLE = [
    ("Iran accounted for 22.4 percent of Armenia's foreign trade turnover, or $1.6 billion, in 2024.",
     date(2025, 2, 4), [fact("turnover", "IRN", "ARM", *Y24, 1.6e9, "USD")]),
    ("The share of Iran in Armenia's foreign trade turnover was 22.4 percent, or $1.6 billion, in 2024.",
     date(2025, 2, 4), [fact("turnover", "IRN", "ARM", *Y24, 1.6e9, "USD")]),
    ("Georgia's share of Armenia's exports stood at 9 percent, or $480 million, in 2024.", date(2025, 2, 4),
     [fact("exports", "ARM", "GEO", *Y24, 480e6, "USD")]),
    ("Iran's share in Armenia's imports was 12 percent, or $1.1 billion, in 2024.", date(2025, 2, 4),
     [fact("imports", "ARM", "IRN", *Y24, 1.1e9, "USD")]),
    ("Iran accounted for 22.4 percent of Armenia's foreign trade, which reached $7.1 billion in 2024.",
     date(2025, 2, 4), []),
    ("Iran accounted for 22.4 percent of Armenia's foreign trade of $7.1 billion in 2024.", date(2025, 2, 4),
     []),
]  # fmt: skip

#: A table under a header-only unit whose columns name the flows ("| Country | Exports | Imports |")
#: takes its period from the header; a balance column is passed over; a change column ("Change (%)")
#: is the change of the latest period's figure (each had given nothing). A share column, or a change
#: beside columns of two flows, is no change of a figure.
FLOW_AND_CHANGE_COLUMNS = [
    ("Tanzania's trade with African partners in 2023 (TSh billion):\n| Country | Exports | Imports | "
     "Balance |\n|---|---|---|---|\n| Zambia | 981.2 | 120.1 | 861.1 |\n| Egypt | 74.0 | 310.5 | -236.5 |",
     date(2024, 3, 3),
     [fact("exports", "TZA", "ZMB", *Y23, 981.2e9, "TZS"),
      fact("imports", "TZA", "ZMB", *Y23, 120.1e9, "TZS"),
      fact("exports", "TZA", "EGY", *Y23, 74.0e9, "TZS"),
      fact("imports", "TZA", "EGY", *Y23, 310.5e9, "TZS")]),
    ("Senegal's exports by destination (US$ million)\n| Destination | 2023 | 2024 | Change (%) |\n"
     "| Gambia | 180.1 | 212.5 | +18.0 |\n| Guinea | 101.2 | 95.0 | -6.1 |", date(2025, 3, 3),
     [fact("exports", "SEN", "GMB", *Y23, 180.1e6, "USD"),
      fact("exports", "SEN", "GMB", *Y24, 212.5e6, "USD", 18.0),
      fact("exports", "SEN", "GIN", *Y23, 101.2e6, "USD"),
      fact("exports", "SEN", "GIN", *Y24, 95.0e6, "USD", -6.1)]),
    ("Tanzania's trade with partners in 2023 (TSh billion):\n| Country | Exports | Imports | Change (%) |\n"
     "| Malawi | 98.2 | 12.1 | 3.3 |", date(2024, 3, 3),
     [fact("exports", "TZA", "MWI", *Y23, 98.2e9, "TZS"),
      fact("imports", "TZA", "MWI", *Y23, 12.1e9, "TZS")]),
    # near-misses: a share column; flow columns with no period anywhere
    ("Senegal's exports by destination (US$ million)\n| Destination | 2024 | 2023 | Share (%) |\n"
     "| Gambia | 212.5 | 180.1 | 8.5 |", date(2025, 3, 3), []),
    ("Tanzania's trade with African partners (TSh billion):\n| Country | Exports | Imports |\n"
     "| Zambia | 981.2 | 120.1 |", date(2024, 3, 3), []),
]  # fmt: skip

#: A list under a lead whose unit is a currency alone ("Vietnam's exports to major markets in the first
#: five months (US$):"), each row writing its amount's scale ("* Laos: 1.2 billion, up 22 percent"):
#: each row is the lead's flow, reporter and period in that currency (they had given nothing). Goods the
#: lead's flow noun names ("rice exports") are the figures' goods; a lead of goods after "of", or a
#: period in the lead beside other periods in the columns, gives nothing.
CURRENCY_ALONE_IN_THE_LEAD = [
    ("HANOI, June 3 -- Vietnam's exports to major markets in the first five months (US$):\n* Laos: 1.2 "
     "billion, up 22 percent\n* ASEAN: 14.1 billion, up 5 percent\n* the Philippines: 950 million (-3.1%)\n"
     "* Cuba: 80 million", date(2024, 6, 5),
     [fact("exports", "VNM", "LAO", "2024-01-01", "2024-05-31", 1.2e9, "USD", 22.0),
      fact("exports", "VNM", "PHL", "2024-01-01", "2024-05-31", 950e6, "USD", -3.1),
      fact("exports", "VNM", "CUB", "2024-01-01", "2024-05-31", 80e6, "USD")]),
    ("Myanmar's rice exports by destination in 2023 (in US dollars):\n- Bangladesh: 210 million, down 4 "
     "percent\n- Sri Lanka: 65 million, up 12 percent", date(2024, 3, 3),
     [fact("exports", "MMR", "BGD", *Y23, 210e6, "USD", -4.0, product=True),
      fact("exports", "MMR", "LKA", *Y23, 65e6, "USD", 12.0, product=True)]),
    ("Uruguay's beef exports by destination (US$ million) 2023\nIsrael: 121.4\nCanada: 80.2",
     date(2024, 3, 3),
     [fact("exports", "URY", "ISR", *Y23, 121.4e6, "USD", product=True),
      fact("exports", "URY", "CAN", *Y23, 80.2e6, "USD", product=True)]),
    # near-misses: goods after "of"; a period in the lead beside the column's; no period; a share
    ("Exports of coffee by destination (US$ million) 2024\nBelgium: 21.4", date(2025, 2, 3), []),
    ("SEOUL -- Exports in the first half (US$ million) 2024\nMongolia: 21.4", date(2025, 2, 3), []),
    ("Vietnam's exports to major markets (US$):\n* Laos: 1.2 billion", date(2024, 6, 5), []),
    ("Vietnam's exports to major markets in 2023 (%):\n* Laos: 1.2 billion", date(2024, 6, 5), []),
]  # fmt: skip

#: A numbered ranking under its lead ("1. Uganda: ...", "2) Tanzania: ..."): the number the sentence
#: splitter cuts off a row, or one kept before it, is no break in the run of rows, so every row finds
#: the lead (the rows after the first number had given nothing).
NUMBERED_ROWS = [
    ("Kenya's main export markets in 2023 were:\n1. Uganda: KSh98.2 billion, up 4.1 percent\n2. Rwanda: "
     "KSh21.7 billion\n3. South Sudan: KSh15.0 billion", date(2024, 3, 3),
     [fact("exports", "KEN", "UGA", *Y23, 98.2e9, "KES", 4.1),
      fact("exports", "KEN", "RWA", *Y23, 21.7e9, "KES"),
      fact("exports", "KEN", "SSD", *Y23, 15.0e9, "KES")]),
    ("Morocco's imports by origin in the first half of 2024:\n1) Spain: $6.1 billion, down 2 percent\n"
     "2) Italy: $2.4 billion", date(2024, 8, 3),
     [fact("imports", "MAR", "ESP", *H1, 6.1e9, "USD", -2.0),
      fact("imports", "MAR", "ITA", *H1, 2.4e9, "USD")]),
    # near-miss: numbered rows under a lead of investment
    ("Foreign direct investment in Morocco by source in 2023:\n1. Spain: $1.1 billion\n2. Italy: $0.4 "
     "billion", date(2024, 8, 3), []),
]  # fmt: skip

#: An amount whose reduced relative names its own partner ("... was dwarfed by the €253 billion exchanged with
#: China") is the subject's two-way trade with that partner, in the period of the sentence, not a second
#: figure (or a comparison) of the pair the flow word before named; the same partner named again, or an
#: epithet, leaves the comparison as it was.
TRADED_WITH_ANOTHER_PARTNER = [
    ("MADRID, May 2 - Spain's trade with Portugal, at 40 billion euros in 2023, was dwarfed by the 110 "
     "billion euros exchanged with France.", date(2024, 5, 2),
     [fact("turnover", "ESP", "PRT", *Y23, 40e9, "EUR"), fact("turnover", "ESP", "FRA", *Y23, 110e9, "EUR")]),
    ("Chile's trade with Peru reached $4 billion in 2023, compared with $59 billion traded with China.",
     date(2024, 5, 2),
     [fact("turnover", "CHL", "PER", *Y23, 4e9, "USD"), fact("turnover", "CHL", "CHN", *Y23, 59e9, "USD")]),
    ("Kenya's exports to Rwanda reached $300 million in 2023, a fraction of the $2 billion traded with "
     "Uganda.", date(2024, 5, 2),
     [fact("exports", "KEN", "RWA", *Y23, 300e6, "USD"), fact("turnover", "KEN", "UGA", *Y23, 2e9, "USD")]),
    ("Chile's trade with Peru reached $4 billion in 2023, compared with $3.5 billion traded with Peru in "
     "2022.", date(2024, 5, 2),
     [fact("turnover", "CHL", "PER", *Y23, 4e9, "USD"), fact("turnover", "CHL", "PER", *Y22, 3.5e9, "USD")]),
    ("Chile's trade with Peru reached $4 billion in 2023, compared with $3.5 billion traded with the Andean "
     "country a year earlier.", date(2024, 5, 2),
     [fact("turnover", "CHL", "PER", *Y23, 4e9, "USD"), fact("turnover", "CHL", "PER", *Y22, 3.5e9, "USD")]),
]  # fmt: skip

#: An epithet partner that names a region ("the Gulf state", "the Andean nation") is the one side of the
#: story's pair the region fits, though the sentence before names the other by its bare name ("Oman's sultan
#: visited Pakistan. Imports from the Gulf state ...": Pakistan's imports from Oman, they had been Oman's from
#: Pakistan); "ally" is such an epithet too ("the South American ally": it had been a region's total); a
#: plain "the country" is read as before.
EPITHET_THAT_NAMES_A_REGION = [
    ("KARACHI, May 2 - Oman's sultan visited Pakistan on Monday. Imports from the Gulf state rose 7% to $1.1 "
     "billion in 2023.", date(2024, 5, 2), [fact("imports", "PAK", "OMN", *Y23, 1.1e9, "USD", 7.0)]),
    ("TOKYO, May 2 - Argentina signed a beef deal with Japan on Monday; imports from the South American ally "
     "rose to $1.4 billion in 2023.", date(2024, 5, 2), [fact("imports", "JPN", "ARG", *Y23, 1.4e9, "USD")]),
    ("SEOUL, May 2 - Peru's president visited South Korea on Monday. Imports from the Andean nation rose 4% "
     "to $3 billion in 2023.", date(2024, 5, 2), [fact("imports", "KOR", "PER", *Y23, 3e9, "USD", 4.0)]),
    ("WASHINGTON, May 2 - Exports to NATO ally Turkey rose 4% to $15 billion in 2023.", date(2024, 5, 2),
     [fact("exports", "USA", "TUR", *Y23, 15e9, "USD", 4.0)]),
    # the kind of state the noun names: a kingdom, an island
    ("BAGHDAD, May 2 - Morocco's king visited Iraq on Monday. Imports from the kingdom rose 5% to $400 "
     "million in 2023.", date(2024, 5, 2), [fact("imports", "IRQ", "MAR", *Y23, 400e6, "USD", 5.0)]),
    ("DHAKA, May 2 - Sri Lanka's president visited Bangladesh on Monday. Exports to the island nation rose "
     "5% to $150 million in 2023.", date(2024, 5, 2),
     [fact("exports", "BGD", "LKA", *Y23, 150e6, "USD", 5.0)]),
]  # fmt: skip

#: A share restated between a partner's amount and the whole it is a part of ("Brazil accounted for $7.1
#: billion, or 11%, of Chile's imports") leaves the amount that part of the whole's flow, as without the
#: share (nothing had been read); the share is no change.
SHARE_BETWEEN_AMOUNT_AND_WHOLE = [
    ("Brazil accounted for $7.1 billion, or 11%, of Chile's imports in 2023.", date(2024, 5, 2),
     [fact("imports", "CHL", "BRA", *Y23, 7.1e9, "USD")]),
    ("Japan took $9 billion, or 15 percent, of Vietnam's exports in 2023.", date(2024, 5, 2),
     [fact("exports", "VNM", "JPN", *Y23, 9e9, "USD")]),
    ("Vietnam's exports to Japan were $9 billion in 2023, or 15% of the total, up 4%.", date(2024, 5, 2),
     [fact("exports", "VNM", "JPN", *Y23, 9e9, "USD", 4.0)]),
]  # fmt: skip

#: An amount whose reduced relative names its own partner and flow ("more than double the $16 billion
#: sold to the United States", "above the $60 billion bought from the US"): the subject's flow with that
#: partner, of the sentence's period (it had been the first partner's figure of the year before, or its
#: exports). The same partner and flow a year back stays a comparison.
FLOW_PARTICIPLE_NAMES_ITS_PARTNER = [
    ("Peru exported $21 billion worth of goods to China in 2024, more than double the $9 billion sold to "
     "the United States.", date(2025, 2, 4),
     [fact("exports", "PER", "CHN", *Y24, 21e9, "USD"), fact("exports", "PER", "USA", *Y24, 9e9, "USD")]),
    ("Peru's exports to China reached $21 billion in 2024, well above the $6 billion bought from the "
     "United States.", date(2025, 2, 4),
     [fact("exports", "PER", "CHN", *Y24, 21e9, "USD"), fact("imports", "PER", "USA", *Y24, 6e9, "USD")]),
    ("Peru exported $21 billion worth of goods to China in 2024, up from $18 billion sold to China in 2023.",
     date(2025, 2, 4), [fact("exports", "PER", "CHN", *Y24, 21e9, "USD"),
                        fact("exports", "PER", "CHN", "2023-01-01", "2023-12-31", 18e9, "USD")]),
]  # fmt: skip

#: Parts of a world total told right before, each country a buyer ("Chile exported $94 billion in
#: 2024. China took $38 billion and the United States $16 billion."), or with "accounted for": the
#: total's flow with that country, the verb gapped after the first part too (each had been dropped).
#: A buyer's verb after imports is none.
PARTS_TAKEN_OF_A_WORLD_TOTAL = [
    ("Peru exported $75 billion in 2024. China took $27 billion and the United States $9 billion.",
     date(2025, 2, 4),
     [fact("exports", "PER", "CHN", *Y24, 27e9, "USD"), fact("exports", "PER", "USA", *Y24, 9e9, "USD")]),
    ("Georgia imported goods worth $16 billion in 2024. Turkey accounted for $2.9 billion, Russia $1.8 "
     "billion.", date(2025, 2, 4),
     [fact("imports", "GEO", "TUR", *Y24, 2.9e9, "USD"), fact("imports", "GEO", "RUS", *Y24, 1.8e9, "USD")]),
    ("Georgia imported goods worth $16 billion in 2024. Turkey took $2.9 billion.", date(2025, 2, 4), []),
]  # fmt: skip

#: An amount written as the modifier of its flow noun, the partner after it ("Kenya's Sh12 billion
#: exports to Rwanda in 2024 were mostly tea", "Brazil's $105 billion trade with China last year"): that
#: flow with that partner (each had been dropped). Targets and forecasts so written stay none, and a
#: deal so written is no figure ("a $5 billion trade deal with China").
AMOUNT_BEFORE_ITS_FLOW_NOUN = [
    ("Uganda's Sh1.2 trillion exports to South Sudan in 2024 were mostly maize and sugar.", date(2025, 2, 4),
     [fact("exports", "UGA", "SSD", *Y24, 1.2e12, "UGX")]),
    ("Peru's $36 billion trade with China last year made Beijing its top partner.", date(2025, 2, 4),
     [fact("turnover", "PER", "CHN", *Y24, 36e9, "USD")]),
    ("Uzbekistan aims to reach $5 billion trade with Turkmenistan by 2030.", date(2025, 2, 4), []),
    ("Ghana is targeting $1 billion exports to Togo by 2027.", date(2025, 2, 4), []),
    ("Peru signed a $2 billion trade deal with China in 2024.", date(2025, 2, 4), []),
]  # fmt: skip

#: The amount before its flow noun with the goods between ("Malawi's K90 billion tobacco exports to
#: Egypt", "$4bn copper and cobalt exports"): that flow of those goods (it had been dropped); the
#: scale written with the amount ("Sh12bn exports", "KZT 90 bln trade") is no goods (it had been the
#: product "bn"). Targets so written stay none.
GOODS_BETWEEN_AMOUNT_AND_FLOW_NOUN = [
    ("Malawi's K90 billion tobacco exports to Egypt in 2024 rose 6%.", date(2025, 2, 4),
     [fact("exports", "MWI", "EGY", *Y24, 90e9, "MWK", 6.0, True)]),
    ("Zambia's $4bn copper and cobalt exports to China in 2024 were a record.", date(2025, 2, 4),
     [fact("exports", "ZMB", "CHN", *Y24, 4e9, "USD", None, True)]),
    ("Uganda's Sh900bn exports to Kenya in 2024 were mostly maize.", date(2025, 2, 4),
     [fact("exports", "UGA", "KEN", *Y24, 900e9, "UGX")]),
    ("Mongolia's $2.1bn trade with Russia in 2024 was a record.", date(2025, 2, 4),
     [fact("turnover", "MNG", "RUS", *Y24, 2.1e9, "USD")]),
    ("Ghana is targeting $1 billion cocoa exports to Togo by 2027.", date(2025, 2, 4), []),
]  # fmt: skip

#: Another partner's amount set beside the figure, named by a relative clause with the story's subject
#: ("three times the K3 billion it had bought from China") or bracketed after that partner ("more than
#: twice what it sold to the United States ($16.1 billion)"): that partner's flow of the same period (it
#: had been the first partner's, or the year before's). The same partner a year back stays a comparison.
OTHER_PARTNER_SET_BESIDE = [
    ("Uruguay shipped goods worth $4.1 billion to Brazil last year, nearly twice what it sold to Argentina "
     "($2.2 billion).", date(2025, 2, 4),
     [fact("exports", "URY", "BRA", *Y24, 4.1e9, "USD"), fact("exports", "URY", "ARG", *Y24, 2.2e9, "USD")]),
    ("Uruguay shipped goods worth $4.1 billion to Brazil in 2024, nearly twice the $2.2 billion it sold to "
     "Argentina.", date(2025, 2, 4),
     [fact("exports", "URY", "BRA", *Y24, 4.1e9, "USD"), fact("exports", "URY", "ARG", *Y24, 2.2e9, "USD")]),
    ("Malawi bought K900 billion of goods from South Africa in 2024, three times the K300 billion it had "
     "imported from Zambia.", date(2025, 2, 4),
     [fact("imports", "MWI", "ZAF", *Y24, 900e9, "MWK"), fact("imports", "MWI", "ZMB", *Y24, 300e9, "MWK")]),
    ("Uruguay's exports to Brazil rose to $4.1 billion in 2024, up from the $3.6 billion it sold to Brazil "
     "in 2023.", date(2025, 2, 4),
     [fact("exports", "URY", "BRA", *Y24, 4.1e9, "USD"),
      fact("exports", "URY", "BRA", "2023-01-01", "2023-12-31", 3.6e9, "USD")]),
    ("Uruguay's exports to Brazil rose to $4.1 billion in 2024, compared with 2023 ($3.6 billion).",
     date(2025, 2, 4),
     [fact("exports", "URY", "BRA", *Y24, 4.1e9, "USD"),
      fact("exports", "URY", "BRA", "2023-01-01", "2023-12-31", 3.6e9, "USD")]),
]  # fmt: skip

#: The tables above, each named for the rule it tests, read by one test (each case's id names
#: its table).
RULE_TABLES: dict[str, list] = {
    "exchange between": EXCHANGE_BETWEEN,
    "bare noun of the other flow": BARE_NOUN_OF_THE_OTHER_FLOW,
    "restated in pesos": RESTATED_IN_PESOS,
    "flows to a trading partner": FLOWS_TO_A_TRADING_PARTNER,
    "a side that trades": A_SIDE_THAT_TRADES,
    "told again in other words": TOLD_AGAIN_IN_OTHER_WORDS,
    "subject before an aside": SUBJECT_BEFORE_AN_ASIDE,
    "paired without respectively": PAIRED_WITHOUT_RESPECTIVELY,
    "gapped after comma and": GAPPED_AFTER_COMMA_AND,
    "revenue a flow earned": REVENUE_A_FLOW_EARNED,
    "flow beside a balance between": FLOW_BESIDE_A_BALANCE_BETWEEN,
    "goal of growth": GOAL_OF_GROWTH,
    "hedged by more than": HEDGED_BY_MORE_THAN,
    "months named a quarter": MONTHS_NAMED_A_QUARTER,
    "each amount its partner after": EACH_AMOUNT_ITS_PARTNER_AFTER,
    "difference by a comparative": DIFFERENCE_BY_A_COMPARATIVE,
    "share of a region after": SHARE_OF_A_REGION_AFTER,
    "it after a target for trade": IT_AFTER_A_TARGET_FOR_TRADE,
    "flow beside a balance with": FLOW_BESIDE_A_BALANCE_WITH,
    "imported into": IMPORTED_INTO,
    "the other direction": THE_OTHER_DIRECTION,
    "changed between years": CHANGED_BETWEEN_YEARS,
    "other flow nouns": OTHER_FLOW_NOUNS,
    "subjects respectively": SUBJECTS_RESPECTIVELY,
    "listed partner bare amount": LISTED_PARTNER_BARE_AMOUNT,
    "gapped subject": GAPPED_SUBJECT,
    "cause after the figure": CAUSE_AFTER_THE_FIGURE,
    "office of one country": OFFICE_OF_ONE_COUNTRY,
    "part of a total": PART_OF_A_TOTAL,
    "scope aside": SCOPE_ASIDE,
    "the mainland": THE_MAINLAND,
    "in return": IN_RETURN,
    "goods after initials": GOODS_AFTER_INITIALS,
    "flow of a bare amount": FLOW_OF_A_BARE_AMOUNT,
    "named with its capital": NAMED_WITH_ITS_CAPITAL,
    "balance noun then side": BALANCE_NOUN_THEN_SIDE,
    "set aside": SET_ASIDE,
    "possessor of a gapped amount": POSSESSOR_OF_A_GAPPED_AMOUNT,
    "fiscal years of small states": FISCAL_YEARS_OF_SMALL_STATES,
    "balance sentence before flows": BALANCE_SENTENCE_BEFORE_FLOWS,
    "change on the year": CHANGE_ON_THE_YEAR,
    "abbreviated periods": ABBREVIATED_PERIODS,
    "restated after or": RESTATED_AFTER_OR,
    "period ending the sentence": PERIOD_ENDING_THE_SENTENCE,
    "amount of the next ranked": AMOUNT_OF_THE_NEXT_RANKED,
    "both flows with": BOTH_FLOWS_WITH,
    "cargo from under a dateline": CARGO_FROM_UNDER_A_DATELINE,
    "realm beside a side": REALM_BESIDE_A_SIDE,
    "partners after respectively": PARTNERS_AFTER_RESPECTIVELY,
    "among three or more": AMONG_THREE_OR_MORE,
    "forecasts beside a figure": FORECASTS_BESIDE_A_FIGURE,
    "overtaken in a rank": OVERTAKEN_IN_A_RANK,
    "place before a flow noun": PLACE_BEFORE_A_FLOW_NOUN,
    "changes told beside": CHANGES_TOLD_BESIDE,
    "trade of a pair with a world word": TRADE_OF_A_PAIR_WITH_A_WORLD_WORD,
    "member of a bloc before a country": MEMBER_OF_A_BLOC_BEFORE_A_COUNTRY,
    "words that set the scene": WORDS_THAT_SET_THE_SCENE,
    "partners listed with a dash": PARTNERS_LISTED_WITH_A_DASH,
    "bare trade after a meeting": BARE_TRADE_AFTER_A_MEETING,
    "flow named again before a comparison": FLOW_NAMED_AGAIN_BEFORE_A_COMPARISON,
    "time that saw a flow": TIME_THAT_SAW_A_FLOW,
    "region after a country possessive": REGION_AFTER_A_COUNTRY_POSSESSIVE,
    "first change in a run": FIRST_CHANGE_IN_A_RUN,
    "change before a record since": CHANGE_BEFORE_A_RECORD_SINCE,
    "flows glossed in parentheses": FLOWS_GLOSSED_IN_PARENTHESES,
    "partners a relative clause picks out": PARTNERS_A_RELATIVE_CLAUSE_PICKS_OUT,
    "ranked part of the year told": RANKED_PART_OF_THE_YEAR_TOLD,
    "flows sharing a partner": FLOWS_SHARING_A_PARTNER,
    "change of another period": CHANGE_OF_ANOTHER_PERIOD,
    "supplier to a country": SUPPLIER_TO_A_COUNTRY,
    "level a change is measured against": LEVEL_A_CHANGE_IS_MEASURED_AGAINST,
    "amount set before its flow": AMOUNT_SET_BEFORE_ITS_FLOW,
    "rank with its amount in brackets": RANK_WITH_ITS_AMOUNT_IN_BRACKETS,
    "goods that came second": GOODS_THAT_CAME_SECOND,
    "first of a list by its verb": FIRST_OF_A_LIST_BY_ITS_VERB,
    "part that falls on a partner": PART_THAT_FALLS_ON_A_PARTNER,
    "record dated by since": RECORD_DATED_BY_SINCE,
    "for a run of months": FOR_A_RUN_OF_MONTHS,
    "singular flow noun": SINGULAR_FLOW_NOUN,
    "change noun as subject": CHANGE_NOUN_AS_SUBJECT,
    "ended on an ordinal day": ENDED_ON_AN_ORDINAL_DAY,
    "fiscal year up to a month": FISCAL_YEAR_UP_TO_A_MONTH,
    "br of the figure's countries": BR_OF_THE_FIGURES_COUNTRIES,
    "fiji dollar sign first": FIJI_DOLLAR_SIGN_FIRST,
    "multiple of an earlier figure": MULTIPLE_OF_AN_EARLIER_FIGURE,
    "office short name credited": OFFICE_SHORT_NAME_CREDITED,
    "partners but one": PARTNERS_BUT_ONE,
    "change of a contrasted subject": CHANGE_OF_A_CONTRASTED_SUBJECT,
    "brunei dollar": BRUNEI_DOLLAR,
    "exposures and caps": EXPOSURES_AND_CAPS,
    "partner set beside in an aside": PARTNER_SET_BESIDE_IN_AN_ASIDE,
    "share of a region's flow": SHARE_OF_A_REGIONS_FLOW,
    "one side of a figureless pair": ONE_SIDE_OF_A_FIGURELESS_PAIR,
    "chain of gapped owners": CHAIN_OF_GAPPED_OWNERS,
    "guarani written g": GUARANI_WRITTEN_G,
    "small figures in full digits": SMALL_FIGURES_IN_FULL_DIGITS,
    "months named a half": MONTHS_NAMED_A_HALF,
    "periods respectively": PERIODS_RESPECTIVELY,
    "changes listed before to": CHANGES_LISTED_BEFORE_TO,
    "same period last fiscal year": SAME_PERIOD_LAST_FISCAL_YEAR,
    "goods after a figureless lead": GOODS_AFTER_A_FIGURELESS_LEAD,
    "all partners words": ALL_PARTNERS_WORDS,
    "change after a row's figure": CHANGE_AFTER_A_ROWS_FIGURE,
    "typewriter dash items": TYPEWRITER_DASH_ITEMS,
    "unit only in the header": UNIT_ONLY_IN_THE_HEADER,
    "partner of an unowned balance": PARTNER_OF_AN_UNOWNED_BALANCE,
    "bloc rows and articles in a list": BLOC_ROWS_AND_ARTICLES_IN_A_LIST,
    "those opening a sentence": THOSE_OPENING_A_SENTENCE,
    "part of a total told with of": PART_OF_A_TOTAL_TOLD_WITH_OF,
    "inter-korean": INTER_KOREAN,
    "exchanged in the passive": EXCHANGED_IN_THE_PASSIVE,
    "the figure after a split": THE_FIGURE_AFTER_A_SPLIT,
    "share of an owner's whole": SHARE_OF_AN_OWNERS_WHOLE,
    "flow and change columns": FLOW_AND_CHANGE_COLUMNS,
    "currency alone in the lead": CURRENCY_ALONE_IN_THE_LEAD,
    "numbered rows": NUMBERED_ROWS,
    "traded with another partner": TRADED_WITH_ANOTHER_PARTNER,
    "epithet that names a region": EPITHET_THAT_NAMES_A_REGION,
    "share between amount and whole": SHARE_BETWEEN_AMOUNT_AND_WHOLE,
    "flow participle names its partner": FLOW_PARTICIPLE_NAMES_ITS_PARTNER,
    "parts taken of a world total": PARTS_TAKEN_OF_A_WORLD_TOTAL,
    "amount before its flow noun": AMOUNT_BEFORE_ITS_FLOW_NOUN,
    "other partner set beside": OTHER_PARTNER_SET_BESIDE,
    "goods between amount and flow noun": GOODS_BETWEEN_AMOUNT_AND_FLOW_NOUN,
}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(*case, id=f"{rule}-{n}")
        for rule, table in RULE_TABLES.items()
        for n, case in enumerate(table)
    ],
)
def test_rule_tables(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)
