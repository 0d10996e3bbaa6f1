"""Products, reporters and scope of trade figures: phrasings invented for these tests.

Each case is a short story, its publication date and the facts expected as
(flow, reporter, partner, period start, period end, value, currency, change_pct, product),
where product is the exact phrase read (None for all goods). Turnover pairs are unordered.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.extraction.text import split_sentences
from orchestration.extraction.trade import extract_trade_mentions

Fact = tuple[str, str, str, str, str, float, str, float | None, str | None]


def facts(text: str, published: date) -> set[Fact]:
    out = set()
    for m in extract_trade_mentions(text, split_sentences(text), published):
        reporter, partner = m.reporter_iso3, m.partner_iso3
        if m.flow == "turnover":
            reporter, partner = sorted((reporter, partner))
        change = None if m.change_pct is None else round(m.change_pct, 2)
        out.add((m.flow, reporter, partner, m.period_start.isoformat(), m.period_end.isoformat(), m.value,
                 m.currency, change, m.product))  # fmt: skip
    return out


def fact(flow, reporter, partner, start, end, value, currency, change=None, product=None) -> Fact:
    if flow == "turnover":
        reporter, partner = sorted((reporter, partner))
    return (flow, reporter, partner, start, end, value, currency, change, product)


Y24 = ("2024-01-01", "2024-12-31")
Y23 = ("2023-01-01", "2023-12-31")
H1 = ("2025-01-01", "2025-06-30")
PUB = date(2025, 3, 10)
PUB_H1 = date(2025, 7, 20)

PRODUCTS = [
    # goods as the subject of a share verb, with an acronym and an apposition between commas
    (
        "Chile's exports to Korea reached $9.8 billion in 2024. Refined copper (RC) and copper "
        "ore, the biggest group, made up $6.1 billion of exports to Korea last year.",
        PUB,
        [
            fact("exports", "CHL", "KOR", *Y24, 9.8e9, "USD"),
            fact("exports", "CHL", "KOR", *Y24, 6.1e9, "USD", None, "refined copper and copper ore"),
        ],
    ),
    (
        "Ghana's exports to India totalled $3.2 billion in 2024. Gold & cocoa, the two main lines, "
        "accounted for $2.7 billion of exports to India in the year.",
        PUB,
        [
            fact("exports", "GHA", "IND", *Y24, 3.2e9, "USD"),
            fact("exports", "GHA", "IND", *Y24, 2.7e9, "USD", None, "gold cocoa"),
        ],
    ),
    # goods after "exports of", followed by examples
    (
        "Peru's exports of fresh fruit, including blueberries and grapes, to the Netherlands "
        "reached $1.4 billion in 2024.",
        PUB,
        [fact("exports", "PER", "NLD", *Y24, 1.4e9, "USD", None, "fresh fruit")],
    ),
    (
        "Exports of seafood, such as shrimp and squid, from Ecuador to Spain stood at $620 million "
        "in 2024, while Ecuador's total exports to Spain were $1.1 billion.",
        PUB,
        [
            fact("exports", "ECU", "ESP", *Y24, 620e6, "USD", None, "seafood"),
            fact("exports", "ECU", "ESP", *Y24, 1.1e9, "USD"),
        ],
    ),
    (
        "Norway's imports of machinery (mostly turbines) from Germany came to NOK 41 billion in 2024.",
        PUB,
        [fact("imports", "NOR", "DEU", *Y24, 41e9, "NOK", None, "machinery")],
    ),
    # words of direction or ownership are no goods
    (
        "In June alone, outbound shipments from Thailand to Japan reached $2.3 billion, up 4.1 percent.",
        PUB_H1,
        [fact("exports", "THA", "JPN", "2025-06-01", "2025-06-30", 2.3e9, "USD", 4.1)],
    ),
    (
        "Kenya's outgoing shipments to Uganda rose to KSh 120 billion in 2024.",
        PUB,
        [fact("exports", "KEN", "UGA", *Y24, 120e9, "KES")],
    ),
    # a country's initials before the flow noun are the country, not goods
    (
        "New Zealand's two-way trade with China was NZ$38.1 billion in 2024. NZ exports to China fell "
        "6.2% to NZ$18.3 billion, Stats NZ said.",
        PUB,
        [
            fact("turnover", "NZL", "CHN", *Y24, 38.1e9, "NZD"),
            fact("exports", "NZL", "CHN", *Y24, 18.3e9, "NZD", -6.2),
        ],
    ),
    (
        "PNG exports to Australia climbed to A$5.6 billion in 2024 on higher gas prices.",
        PUB,
        [fact("exports", "PNG", "AUS", *Y24, 5.6e9, "AUD")],
    ),
]


PRODUCTS += [
    # statisticians' words are no goods; an acronym joined by "&" is one
    ("Japan's seasonally adjusted exports to Brazil fell to ¥1.2 trillion in 2024.", PUB,
     [fact("exports", "JPN", "BRA", *Y24, 1.2e12, "JPY")]),
    ("Taiwan's preliminary exports to India were $9.3 billion in 2024.", PUB,
     [fact("exports", "TWN", "IND", *Y24, 9.3e9, "USD")]),
    ("Norway's seaborne exports to Poland hit a record-high NOK 60 billion in 2024.", PUB,
     [fact("exports", "NOR", "POL", *Y24, 60e9, "NOK")]),
    ("Senegal's robust groundnut exports to China reached $400 million in 2024.", PUB,
     [fact("exports", "SEN", "CHN", *Y24, 400e6, "USD", None, "groundnut")]),
    ("Thailand's F&B exports to Vietnam reached 41 billion baht in 2024.", PUB,
     [fact("exports", "THA", "VNM", *Y24, 41e9, "THB", None, "f&b")]),
    # the goods after the partner the flow noun names ("exports to Japan of rice"), not a period there
    ("Thailand's exports to Japan of rice and rubber rose 5% to $2.5 billion in 2024.", PUB,
     [fact("exports", "THA", "JPN", *Y24, 2.5e9, "USD", 5.0, "rice and rubber")]),
    ("Kenya's imports from Egypt of sugar reached $120 million in 2024.", PUB,
     [fact("imports", "KEN", "EGY", *Y24, 120e6, "USD", None, "sugar")]),
    ("Indonesia's exports to Japan in the fourth quarter fell 6.4% to $3.1 billion.", PUB,
     [fact("exports", "IDN", "JPN", "2024-10-01", "2024-12-31", 3.1e9, "USD", -6.4)]),
    # "trade and economic turnover" (a CIS set phrase) is all goods, not "economic" ones
    ("The trade and economic turnover between Azerbaijan and Georgia amounted to $1.14 billion in 2024.", PUB,
     [fact("turnover", "AZE", "GEO", *Y24, 1.14e9, "USD")]),
    # the goods after "worth of" when the flow is a verb
    ("Japan bought 3.1 billion dollars' worth of Chilean salmon in 2024.", PUB,
     [fact("imports", "JPN", "CHL", *Y24, 3.1e9, "USD", None, "salmon")]),
    ("Kenya sold $600 million worth of tea to Pakistan in 2024.", PUB,
     [fact("exports", "KEN", "PAK", *Y24, 600e6, "USD", None, "tea")]),
    ("Kenya sold $600 million worth of goods to Pakistan in 2024.", PUB,
     [fact("exports", "KEN", "PAK", *Y24, 600e6, "USD")]),
    # a source after the goods ends them ("goods, according to ..." is all goods)
    ("In 2024, Ghana and Togo traded $730 million worth of goods, according to the statistics service.", PUB,
     [fact("turnover", "GHA", "TGO", *Y24, 730e6, "USD")]),
    ("Ghana's exports to Vietnam of cashew nuts, as per customs data, rose to $95 million in 2024.", PUB,
     [fact("exports", "GHA", "VNM", *Y24, 95e6, "USD", None, "cashew nuts")]),
    # an "-ing" verb after an auxiliary is no goods
    ("Delays that have been affecting trade between Zambia and Malawi, which stood at $410 million in "
     "2024, were discussed.", PUB,
     [fact("turnover", "MWI", "ZMB", *Y24, 410e6, "USD")]),
    # a rank before "trading partner" is no goods
    ("France is Spain's most important trading partner: goods worth 90 billion euros were traded between "
     "the two countries in 2024.", PUB,
     [fact("turnover", "ESP", "FRA", *Y24, 90e9, "EUR")]),
    # the flow told first as the whole, the goods then as the part's subject or agent
    ("Estonia's imports from Finland reached EUR 3.1 billion in 2024. Among the imports from Finland, "
     "electricity made up EUR 600 million.", PUB,
     [fact("imports", "EST", "FIN", *Y24, 3.1e9, "EUR"),
      fact("imports", "EST", "FIN", *Y24, 600e6, "EUR", None, "electricity")]),
    ("The bulk of Slovakia's exports to Austria in 2024 was accounted for by machinery and transport "
     "equipment, worth EUR 3.9 billion.", PUB,
     [fact("exports", "SVK", "AUT", *Y24, 3.9e9, "EUR", None, "machinery and transport equipment")]),
    # a share's goods told in reported speech: the subject starts after the verb of saying
    ("HANOI - Minister Dien said coffee accounted for $410 million of Vietnam's exports to Germany in 2024.",
     PUB, [fact("exports", "VNM", "DEU", *Y24, 410e6, "USD", None, "coffee")]),
    ("HANOI - The ministry noted that cashew nuts made up $900 million of shipments to the Netherlands in "
     "2024.", PUB, [fact("exports", "VNM", "NLD", *Y24, 900e6, "USD", None, "cashew nuts")]),
    # goods a flow "included", valued right before the amount: the amount is theirs
    ("Chile's exports to India in 2024 included copper cathodes worth $1.3 billion.", PUB,
     [fact("exports", "CHL", "IND", *Y24, 1.3e9, "USD", None, "copper cathodes")]),
    # a part of a figure of one product told after it (", with shipments to ...", ", including
    # ... to ..."): the same product (it had read as all goods)
    ("Kenya's tea exports reached $1.4 billion in 2024, with shipments to Egypt worth $310 million.", PUB,
     [fact("exports", "KEN", "EGY", *Y24, 310e6, "USD", None, "tea")]),
    ("Kenya's tea exports reached $1.4 billion in 2024, including $310 million to Egypt.", PUB,
     [fact("exports", "KEN", "EGY", *Y24, 310e6, "USD", None, "tea")]),
    # how a flow is valued or scoped names no goods: "FOB exports" are all goods, and "non-oil
    # foreign trade" is of non-oil goods
    ("Chile's FOB exports to India reached $4.1 billion in 2024.", PUB,
     [fact("exports", "CHL", "IND", *Y24, 4.1e9, "USD")]),
    ("Oman's non-oil foreign trade with India reached $4.1 billion in 2024.", PUB,
     [fact("turnover", "OMN", "IND", *Y24, 4.1e9, "USD", None, "non-oil")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PRODUCTS)
def test_products(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


NOT_TRADE_AMOUNTS = [
    # an exchange rate is the price of a currency, not an amount of trade
    (
        "Ghana's imports from China rose to GH¢ 48 billion in 2024, and analysts warned they could climb "
        "further if the cedi weakens past GH¢ 16 to the dollar.",
        PUB,
        [fact("imports", "GHA", "CHN", *Y24, 48e9, "GHS")],
    ),
    (
        "Pakistan's exports to China reached Rs 780 billion in 2024, with the rupee trading near Rs 278 "
        "per US dollar for most of the year.",
        PUB,
        [fact("exports", "PAK", "CHN", *Y24, 780e9, "PKR")],
    ),
    (
        "Turkey's imports from Russia totalled TL 1.2 trillion in 2024, when the lira slid to TL 35 against "
        "the greenback.",
        PUB,
        [fact("imports", "TUR", "RUS", *Y24, 1.2e12, "TRY")],
    ),
    # money named as investment right after the amount, behind "in"/"of" and a modifier
    (
        "Trade between Japan and Vietnam stood at $46.2 billion in 2024, and Japan was the third-largest "
        "source of capital, with $3.8 billion in newly registered investments.",
        PUB,
        [fact("turnover", "JPN", "VNM", *Y24, 46.2e9, "USD")],
    ),
    (
        "Two-way trade between Qatar and Kenya was $410 million in 2024, alongside $250 million of new "
        "concessional loans.",
        PUB,
        [fact("turnover", "QAT", "KEN", *Y24, 410e6, "USD")],
    ),
    # an average of years is no figure of one period
    (
        "Uzbekistan's exports to Tajikistan reached $600 million in 2024. Exports to Tajikistan have "
        "averaged about $500 million a year since 2019.",
        PUB,
        [fact("exports", "UZB", "TJK", *Y24, 600e6, "USD")],
    ),
    # money owed for goods is a debt, not a flow of goods
    (
        "Uzbekistan's exports to Tajikistan reached $600 million in 2024. Tajikistan's arrears to "
        "Uzbekistan for electricity imports are estimated at $90 million.",
        PUB,
        [fact("exports", "UZB", "TJK", *Y24, 600e6, "USD")],
    ),
    # ... but a source's description before the figure's clause says nothing of the money
    (
        "According to ProChile, the country's investment and export promotion agency, Chilean exports "
        "to Ecuador totalled US$ 640 million in 2024.",
        PUB,
        [fact("exports", "CHL", "ECU", *Y24, 640e6, "USD")],
    ),
    # ... and goods with services after "in" are no goods figure either (GOLD_FORMAT: one number
    # about goods trade; test_trade_goods_and_services_together.py)
    (
        "Morocco's exports to Senegal came to $520 million in goods and services in 2024.",
        PUB,
        [],
    ),
    # licences, permits and access rights sold abroad are no goods
    ("Kiribati earned A$120 million from sales of fishing licences to Korean fleets in 2024.", PUB, []),
    ("Tonga sold fishing permits worth T$8 million to Chinese vessels in 2024.", PUB, []),
    # ... but a licence rule beside a goods figure leaves it trade
    (
        "Kenya's exports to Uganda rose to $1.2 billion in 2024 despite new import licence rules.",
        PUB,
        [fact("exports", "KEN", "UGA", *Y24, 1.2e9, "USD")],
    ),
    # ... and goods made or shipped "under licence" are still goods
    (
        "Kenya's exports to Uganda, produced under licence, rose to $1.2 billion in 2024.",
        PUB,
        [fact("exports", "KEN", "UGA", *Y24, 1.2e9, "USD")],
    ),
    (
        "Kenya's exports to Uganda, mainly timber felled under a forestry permit, hit $1.2 billion in 2024.",
        PUB,
        [fact("exports", "KEN", "UGA", *Y24, 1.2e9, "USD")],
    ),
    # ... also with an article and modifiers between "under"/"without" and the rights word
    (
        "Ghana's imports of Chilean grapes, cleared under a new sanitary import permit, hit $9m in 2024.",
        PUB,
        [fact("imports", "GHA", "CHL", *Y24, 9e6, "USD", product="grapes")],
    ),
    # ... but permits sold "under" a scheme are still rights sold
    (
        "Fiji earned F$6 million in 2024 from sales of tuna permits under a quota scheme to Korean fleets.",
        PUB,
        [],
    ),
    ("Tonga sold fishing permits under a new scheme worth T$8 million to Chinese vessels in 2024.", PUB, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), NOT_TRADE_AMOUNTS)
def test_not_trade_amounts(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


STARTS_AND_INITIALS = [
    # "in <year>" after a verb of beginning dates a start, not the figure's period
    (
        "Brazil's exports to Argentina rose 8.1% to $7.9 billion in the first half of 2025. Imports from "
        "Argentina, by contrast, slipped to $6.2 billion, prolonging a slide that began in 2023.",
        PUB_H1,
        [
            fact("exports", "BRA", "ARG", *H1, 7.9e9, "USD", 8.1),
            fact("imports", "BRA", "ARG", *H1, 6.2e9, "USD"),
        ],
    ),
    (
        "Canada's imports from Mexico reached C$21.4 billion in the first half of 2025, part of a rally "
        "that started in 2022.",
        PUB_H1,
        [fact("imports", "CAN", "MEX", *H1, 21.4e9, "CAD")],
    ),
    # a country's initials stand for the country the story names
    (
        "New Zealand's trade with Australia has held up. Australian data show imports of goods from NZ "
        "came to A$9.7 billion in the 12 months to the end of March 2025.",
        date(2025, 6, 2),
        [fact("imports", "AUS", "NZL", "2024-04-01", "2025-03-31", 9.7e9, "AUD")],
    ),
    (
        "Saudi Arabia and Egypt signed a customs pact. Egypt's exports to SA rose to $2.4 billion in 2024.",
        PUB,
        [fact("exports", "EGY", "SAU", *Y24, 2.4e9, "USD")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), STARTS_AND_INITIALS)
def test_starts_and_initials(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


PARTS_OF_A_TURNOVER_IN_ONE_SENTENCE = [
    # one side's flow after the pair's turnover in the same sentence is a part of it
    (
        "Trade between Chile and India was valued at $4.1 billion in 2024, with Chile's exports "
        "accounting for $2.9 billion.",
        PUB,
        [
            fact("turnover", "CHL", "IND", *Y24, 4.1e9, "USD"),
            fact("exports", "CHL", "IND", *Y24, 2.9e9, "USD"),
        ],
    ),
    (
        "Commerce between Kenya and Egypt reached KSh 61 billion in 2024, Egypt's exports, mostly sugar and "
        "steel, making up KSh 48 billion of it.",
        PUB,
        [fact("turnover", "KEN", "EGY", *Y24, 61e9, "KES"), fact("exports", "EGY", "KEN", *Y24, 48e9, "KES")],
    ),
    # ... but not a total larger than the whole
    (
        "Trade between Chile and India was $4.1 billion in 2024, while Chile's exports reached $99 billion.",
        PUB,
        [fact("turnover", "CHL", "IND", *Y24, 4.1e9, "USD")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), PARTS_OF_A_TURNOVER_IN_ONE_SENTENCE)
def test_parts_of_a_turnover_in_one_sentence(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


CONVERSIONS_AND_CHANGES = [
    # a change after a converted amount belongs to the amount, not to its conversion
    (
        "Total trade between Oman and Kenya reached OMR1.2 billion ($3.1 billion) in 2024, down 8.9 percent "
        "from the previous year.",
        PUB,
        [fact("turnover", "OMN", "KEN", *Y24, 1.2e9, "OMR", -8.9)],
    ),
    (
        "Kazakhstan's exports to Turkey rose to 2.1 trillion tenge (about $4.6 billion) in 2024, "
        "up 11 percent.",
        PUB,
        [fact("exports", "KAZ", "TUR", *Y24, 2.1e12, "KZT", 11.0)],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CONVERSIONS_AND_CHANGES)
def test_conversions_and_changes(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


CITIES_OWN_TRADE = [
    # a city's own trade is not its country's
    (
        "Non-oil trade between the UAE and Japan reached $48 billion in 2024. Dubai's own non-oil trade with "
        "Japan rose to Dh96 billion in 2024.",
        PUB,
        [fact("turnover", "ARE", "JPN", *Y24, 48e9, "USD", None, "non-oil")],
    ),
    (
        "China's exports to Chile rose to $22 billion in 2024, and Shenzhen's exports to Chile alone came to "
        "$3.1 billion.",
        PUB,
        [fact("exports", "CHN", "CHL", *Y24, 22e9, "USD")],
    ),
    # a capital's possessive still speaks for its country
    (
        "Beijing's exports to Chile rose to $22 billion in 2024.",
        PUB,
        [fact("exports", "CHN", "CHL", *Y24, 22e9, "USD")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CITIES_OWN_TRADE)
def test_cities_own_trade(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


LENGTHS_NAMED_BY_A_MODIFIER = [
    # "a half-year record" after a one-month figure: the half year named before
    (
        "Mexico's exports to Canada rose 7.2% to $9.1 billion in the first half of 2025. In June alone, "
        "exports to Canada reached $1.6 billion. Exports to Germany, its biggest buyer this year, "
        "posted a half-year record of $3.9 billion.",
        PUB_H1,
        [
            fact("exports", "MEX", "CAN", *H1, 9.1e9, "USD", 7.2),
            fact("exports", "MEX", "CAN", "2025-06-01", "2025-06-30", 1.6e9, "USD"),
            fact("exports", "MEX", "DEU", *H1, 3.9e9, "USD"),
        ],
    ),
    (
        "Thailand's imports from Japan fell to $21.3 billion in January-September 2024. In September, "
        "imports from Japan were $2.2 billion. Imports from Korea came to a nine-month sum of $6.4 billion.",
        date(2024, 10, 28),
        [
            fact("imports", "THA", "JPN", "2024-01-01", "2024-09-30", 21.3e9, "USD"),
            fact("imports", "THA", "JPN", "2024-09-01", "2024-09-30", 2.2e9, "USD"),
            fact("imports", "THA", "KOR", "2024-01-01", "2024-09-30", 6.4e9, "USD"),
        ],
    ),
    # "a nine-month high" is the highest in nine months: the month's figure
    (
        "Thailand's imports from Japan fell to $21.3 billion in January-September 2024. In September, "
        "imports from Japan were $2.2 billion. Imports from Korea hit a nine-month high of $0.9 billion.",
        date(2024, 10, 28),
        [
            fact("imports", "THA", "JPN", "2024-01-01", "2024-09-30", 21.3e9, "USD"),
            fact("imports", "THA", "JPN", "2024-09-01", "2024-09-30", 2.2e9, "USD"),
            fact("imports", "THA", "KOR", "2024-09-01", "2024-09-30", 0.9e9, "USD"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), LENGTHS_NAMED_BY_A_MODIFIER)
def test_lengths_named_by_a_modifier(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


A_LATER_SPAN_ALONE = [
    # "the third quarter alone" after a first-half figure is no part of the half: "the same
    # quarter" after it is the third quarter
    (
        "Kenya's exports to Egypt rose to KSh 12 billion in the first half of 2025.\n\n"
        "Customs data showed KSh 9 billion in imports from Egypt in the third quarter of 2025 alone. "
        "Kenya's exports to Egypt in the same quarter were KSh 4 billion.",
        date(2025, 11, 20),
        [
            fact("exports", "KEN", "EGY", *H1, 12e9, "KES"),
            fact("imports", "KEN", "EGY", "2025-07-01", "2025-09-30", 9e9, "KES"),
            fact("exports", "KEN", "EGY", "2025-07-01", "2025-09-30", 4e9, "KES"),
        ],
    ),
    # look-alike: a month inside the half, "alone", leaves the half the story's period
    (
        "Kenya's exports to Egypt rose to KSh 12 billion in the first half of 2025. In May alone, "
        "imports from Egypt reached KSh 2 billion. Imports from Egypt over the same period were "
        "KSh 7 billion.",
        date(2025, 7, 20),
        [
            fact("exports", "KEN", "EGY", *H1, 12e9, "KES"),
            fact("imports", "KEN", "EGY", "2025-05-01", "2025-05-31", 2e9, "KES"),
            fact("imports", "KEN", "EGY", *H1, 7e9, "KES"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), A_LATER_SPAN_ALONE)
def test_a_later_span_alone_is_the_storys_period_after_it(
    text: str, published: date, expected: list[Fact]
) -> None:
    assert facts(text, published) == set(expected)


CONVERSIONS_AFTER_THE_PERIOD = [
    # a conversion in another currency after the amount's period
    (
        "Trade between Peru and Korea hit US$11 billion in 2024 (about S/ 41 billion), up 4%.",
        PUB,
        [fact("turnover", "PER", "KOR", *Y24, 11e9, "USD", 4.0)],
    ),
    (
        "Colombia's exports to Ecuador rose to US$2.2 billion during 2024 (roughly COP 9 trillion).",
        PUB,
        [fact("exports", "COL", "ECU", *Y24, 2.2e9, "USD")],
    ),
    # the initials NZ are New Zealand
    (
        "NZ's exports to Japan fell 6% to NZ$5.1 billion in the year to June.",
        date(2025, 8, 20),
        [fact("exports", "NZL", "JPN", "2024-07-01", "2025-06-30", 5.1e9, "NZD", -6.0)],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CONVERSIONS_AFTER_THE_PERIOD)
def test_conversions_after_the_period(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


HALVES_NOT_YEARS = [
    (
        "Argentina's exports to Chile in first-half 2025 reached $3.1 billion.",
        PUB_H1,
        [fact("exports", "ARG", "CHL", *H1, 3.1e9, "USD")],
    ),
    (
        "Uruguay's imports from Brazil totalled $1.7 billion during the first semester of 2025.",
        PUB_H1,
        [fact("imports", "URY", "BRA", *H1, 1.7e9, "USD")],
    ),
    (
        "In the 2025 first half, Ecuador's exports to Russia came to $0.9 billion.",
        PUB_H1,
        [fact("exports", "ECU", "RUS", *H1, 0.9e9, "USD")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), HALVES_NOT_YEARS)
def test_halves_not_years(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


LISTED_GOODS_AND_CHANGES_BY_FLOW = [
    # goods listed with their amounts in parentheses
    (
        "Chile's exports to Japan reached $8.2 billion in 2024. The main items of Chilean exports to Japan "
        "were copper ore ($4.1 billion), salmon ($1.2 billion) and wine ($90 million).",
        PUB,
        [
            fact("exports", "CHL", "JPN", *Y24, 8.2e9, "USD"),
            fact("exports", "CHL", "JPN", *Y24, 4.1e9, "USD", None, "copper ore"),
            fact("exports", "CHL", "JPN", *Y24, 1.2e9, "USD", None, "salmon"),
            fact("exports", "CHL", "JPN", *Y24, 90e6, "USD", None, "wine"),
        ],
    ),
    # partners in parentheses are no goods
    (
        "Ghana's imports from China were $9.1 billion in 2024, ahead of the US ($3 billion).",
        PUB,
        [fact("imports", "GHA", "CHN", *Y24, 9.1e9, "USD"), fact("imports", "GHA", "USA", *Y24, 3e9, "USD")],
    ),
    # one change for each flow, after the sentence with both figures
    (
        "Georgia's exports to Armenia totalled $0.7 billion in 2024, and imports from Armenia $0.4 billion. "
        "Against 2023, exports slipped by 2.5%, while imports rose by 6.1%.",
        PUB,
        [
            fact("exports", "GEO", "ARM", *Y24, 0.7e9, "USD", -2.5),
            fact("imports", "GEO", "ARM", *Y24, 0.4e9, "USD", 6.1),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), LISTED_GOODS_AND_CHANGES_BY_FLOW)
def test_listed_goods_and_changes_by_flow(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


def test_an_amount_before_a_dollar_amount_is_no_exchange_rate() -> None:
    text = "Chile's exports to Peru rose from $700 million in 2023 to $1 billion in 2024, the ministry said."
    assert facts(text, PUB) == {
        fact("exports", "CHL", "PER", "2023-01-01", "2023-12-31", 700e6, "USD"),
        fact("exports", "CHL", "PER", *Y24, 1e9, "USD"),
    }
    rate = "Ghana's exports to Togo reached GH¢ 3 billion in 2024, with the cedi at GH¢ 15 to $1."
    assert facts(rate, PUB) == {fact("exports", "GHA", "TGO", *Y24, 3e9, "GHS")}


def test_a_year_written_out_in_a_ranked_aside_still_dates_the_figure() -> None:
    text = "Trade with Germany, Kenya's top partner in 2024, reached KSh 50 billion."
    assert facts(text, PUB) == {fact("turnover", "KEN", "DEU", *Y24, 50e9, "KES")}


def test_goods_sourced_from_a_country_are_its_imports() -> None:
    text = "Indonesia sourced 2.2 million tonnes of wheat worth $700 million from Australia in 2024."
    assert facts(text, PUB) == {fact("imports", "IDN", "AUS", *Y24, 700e6, "USD", None, "wheat")}
    assert facts("Data sourced from Kenya's statistics office put GDP at $108 billion in 2024.", PUB) == set()


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Sri Lanka's tea and rubber exports to Iraq reached $90 million in 2024.", "tea and rubber"),
        ("Brunei's oil and gas exports to Japan reached $900 million in 2024.", "oil and gas"),
        ("Malaysia's non-oil and gas exports to Iraq reached $90 million in 2024.", "non-oil and gas"),
        # a verb or a flow before "and" is no goods
        ("Sri Lanka's imports rose and exports to Iraq reached $90 million in 2024.", None),
        # nor is a verb of intent: "target" is what the two sides do, not what they trade
        ("Peru and Chile target two-way trade of $9 billion by 2030, up from $7 billion in 2024.", None),
        ("Peru and Chile plan bilateral commerce of $9 billion by 2030, up from $7 billion in 2024.", None),
    ],
)
def test_goods_joined_by_and_before_the_flow(text: str, product: str | None) -> None:
    """ "tea and rubber exports": both goods (only the last one was kept)."""
    assert [f[-1] for f in facts(text, PUB)] == [product]


@pytest.mark.parametrize(
    "text",
    [
        "Cocoa accounted for $3 billion and rubber for $0.5 billion of Ghana's exports to the Netherlands "
        "in 2024.",
        "Cocoa made up $3 billion and rubber $0.5 billion of Ghana's exports to the Netherlands in 2024.",
        "Cocoa represented $3 billion and rubber represented $0.5 billion of Ghana's exports to the "
        "Netherlands in 2024.",
    ],
)
def test_gapped_shares_told_before_their_whole_are_each_of_it(text: str) -> None:
    """Shares in a row before the flow they are of: each amount is of that flow, with its own
    subject's goods (the second had taken the first's goods and the first was lost)."""
    assert facts(text, PUB) == {
        fact("exports", "GHA", "NLD", *Y24, 3e9, "USD", None, "cocoa"),
        fact("exports", "GHA", "NLD", *Y24, 0.5e9, "USD", None, "rubber"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Bauxite made up $3 billion, timber $1 billion and shea $0.5 billion of Guinea's exports to India "
        "in 2024.",
        "Bauxite accounted for $3 billion, timber $1 billion and shea $0.5 billion of Guinea's exports to "
        "India in 2024.",
    ],
)
def test_a_chain_of_three_gapped_shares_before_their_whole(text: str) -> None:
    """A third gapped share, with neither verb nor "for" before the second, is of the same
    whole, with its own goods (only the last had been kept, with the first's goods)."""
    assert facts(text, PUB) == {
        fact("exports", "GIN", "IND", *Y24, 3e9, "USD", None, "bauxite"),
        fact("exports", "GIN", "IND", *Y24, 1e9, "USD", None, "timber"),
        fact("exports", "GIN", "IND", *Y24, 0.5e9, "USD", None, "shea"),
    }


def test_a_share_before_a_clause_with_its_own_flow_stays_apart() -> None:
    text = "Cocoa accounted for $3 billion and Ghana's exports to the Netherlands reached $1 billion in 2024."
    assert facts(text, PUB) == {fact("exports", "GHA", "NLD", *Y24, 1e9, "USD")}


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("St. Vincent exports to Japan reached EC$9 million in 2024.", None),
        ("In 2024, St. Kitts imports from Japan came to EC$9 million.", None),
        ("St. Vincent arrowroot exports to Japan reached EC$9 million in 2024.", "arrowroot"),
        # a real end of sentence before the flow's goods stays one
        (
            "Trade grew. Arrowroot exports from St. Vincent to Japan reached EC$9 million in 2024.",
            "arrowroot",
        ),
    ],
)
def test_a_name_after_a_title_abbreviation_is_no_goods(text: str, product: str | None) -> None:
    """ "St. Vincent exports": the period of "St." ends no sentence, so "Vincent" is the
    rest of the country's name, not a capitalized first word of goods."""
    assert [f[-1] for f in facts(text, PUB)] == [product]


@pytest.mark.parametrize(
    "total", ["Total exports to Senegal were up 14 percent.", "Overall, exports rose 14%."]
)
def test_a_change_of_all_goods_is_not_the_goods_figures(total: str) -> None:
    """A change of total exports, told after a figure of one product, is not that product's
    change (the figure had taken it)."""
    text = f"Morocco sold $410 million worth of fertiliser to Senegal in 2024. {total}"
    assert facts(text, PUB) == {fact("exports", "MAR", "SEN", *Y24, 410e6, "USD", None, "fertiliser")}


#: An aside between dashes after the goods that make up a part ("Copper — cathodes and
#: concentrate — accounted for ...") is no part of them, and does not hide the share verb.
DASHED_GOODS_ASIDES = [
    ("Peru's exports to China reached $30 billion in 2024. Copper — ore and cathodes — accounted for "
     "$19 billion of the total.",
     [fact("exports", "PER", "CHN", *Y24, 30e9, "USD"),
      fact("exports", "PER", "CHN", *Y24, 19e9, "USD", product="copper")]),
    ("Peru's exports to China reached $30 billion in 2024. Fishmeal – mostly from Chimbote – made up "
     "$2 billion.",
     [fact("exports", "PER", "CHN", *Y24, 30e9, "USD"),
      fact("exports", "PER", "CHN", *Y24, 2e9, "USD", product="fishmeal")]),
    # the goods opening a list item, after its marker
    ("Peru's exports to China reached $30 billion in 2024.\n\n- Copper accounted for $19 billion of the "
     "total.",
     [fact("exports", "PER", "CHN", *Y24, 30e9, "USD"),
      fact("exports", "PER", "CHN", *Y24, 19e9, "USD", product="copper")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DASHED_GOODS_ASIDES)
def test_goods_with_an_aside_between_dashes(text: str, expected: list[Fact]) -> None:
    """The Chilean story's copper share had been missed."""
    assert facts(text, date(2025, 3, 5)) == set(expected)


def test_a_comparison_after_a_verbs_amount_takes_no_words_of_that_amount_as_goods() -> None:
    """ "imported Rs 3.4 billion worth of goods ..., against Rs 2.9 billion a year earlier": the
    words between the verb and the second amount hold the first amount, no goods (the year
    before had been given the product "rs billion")."""
    text = (
        "Mauritius imported Rs 3.4 billion worth of goods from Seychelles in 2024, "
        "against Rs 2.9 billion in 2023."
    )
    assert facts(text, date(2025, 3, 5)) == {
        fact("imports", "MUS", "SYC", *Y24, 3.4e9, "MUR"),
        fact("imports", "MUS", "SYC", "2023-01-01", "2023-12-31", 2.9e9, "MUR"),
    }


#: A share of a flow named after the amount ("accounted for $X of inbound shipments") is of that
#: flow, whatever flow words the clause held before; a relative clause's antecedent is the goods.
SHARES_OF_A_FLOW_AFTER = [
    ("Trade between Peru and Chile reached $10 billion in 2024. Peru's imports from Chile grew faster "
     "than its exports, driven by fresh salmon, which alone accounted for about $3 billion of inbound "
     "shipments.",
     [fact("turnover", "CHL", "PER", *Y24, 10e9, "USD"),
      fact("imports", "PER", "CHL", *Y24, 3e9, "USD", product="fresh salmon")]),
    ("Trade between Peru and Chile reached $10 billion in 2024. Copper made up $2 billion of outbound "
     "shipments.",
     [fact("turnover", "CHL", "PER", *Y24, 10e9, "USD"),
      fact("exports", "PER", "CHL", *Y24, 2e9, "USD", product="copper")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SHARES_OF_A_FLOW_AFTER)
def test_a_share_of_a_flow_named_after_the_amount(text: str, expected: list[Fact]) -> None:
    """A Vietnamese story's cashew imports had been exports, from "faster than its exports"."""
    assert facts(text, date(2025, 3, 5)) == set(expected)


#: Goods with an apposition that names them a flow's item ("Cashew kernels, formerly Benin's
#: leading export, accounted for just ... of sales to Nigeria"): the apposition's flow word is no
#: amount's, the share of a hedged amount is still of the flow after it, and the goods are the
#: subject without the apposition.
GOODS_WITH_AN_APPOSITION = [
    ("Benin's exports to Nigeria reached $1.2 billion in 2024. Cashew kernels, formerly Benin's leading "
     "export, accounted for just $85 million of sales to Nigeria.",
     [fact("exports", "BEN", "NGA", *Y24, 1.2e9, "USD"),
      fact("exports", "BEN", "NGA", *Y24, 85e6, "USD", product="cashew kernels")]),
    ("Benin's exports to Nigeria reached $1.2 billion in 2024. Raw cotton, long the main export item, "
     "made up barely $310 million of the shipments.",
     [fact("exports", "BEN", "NGA", *Y24, 1.2e9, "USD"),
      fact("exports", "BEN", "NGA", *Y24, 310e6, "USD", product="raw cotton")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GOODS_WITH_AN_APPOSITION)
def test_goods_with_an_apposition_keep_the_share(text: str, expected: list[Fact]) -> None:
    """A Nepali story's soybean oil share had lost its goods to the apposition's "export"."""
    assert facts(text, date(2025, 3, 5)) == set(expected)


#: A share told after a figure ("made up another $X") keeps the figure's flow and takes its goods:
#: from the flow noun's "of" ("Imports of wine made up another ..."), or from the subject past an
#: aside of an adjective, whose flow word ("unknown in the trade") is no flow of the amount.
SHARES_WITH_ANOTHER = [
    ("Ghana's imports from Chile reached $900 million in 2024. Imports of wine made up another $40 million.",
     [fact("imports", "GHA", "CHL", *Y24, 900e6, "USD"),
      fact("imports", "GHA", "CHL", *Y24, 40e6, "USD", product="wine")]),
    ("Ghana's imports from Chile reached $900 million in 2024. Fresh grapes, rare in the trade a decade "
     "ago, made up another $40 million.",
     [fact("imports", "GHA", "CHL", *Y24, 900e6, "USD"),
      fact("imports", "GHA", "CHL", *Y24, 40e6, "USD", product="fresh grapes")]),
    # look-alike: the flow word outside any aside still sets the flow
    ("Ghana's imports from Chile reached $900 million in 2024. Exports to Chile, mostly cocoa, reached "
     "$40 million.",
     [fact("imports", "GHA", "CHL", *Y24, 900e6, "USD"),
      fact("exports", "GHA", "CHL", *Y24, 40e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SHARES_WITH_ANOTHER)
def test_a_share_told_as_another_amount_keeps_its_goods(text: str, expected: list[Fact]) -> None:
    """ "Imports of lithium carbonate made up another $1.1 billion" had lost its goods, and
    "Lithium carbonate, almost unknown in the trade two decades ago, made up ..." been turnover."""
    assert facts(text, date(2025, 3, 5)) == set(expected)


@pytest.mark.parametrize(
    "text",
    ["Lula tells reporters trade between Brazil and Chile reached $12 billion in 2024.",
     "Boric told journalists trade between Brazil and Chile reached $12 billion in 2024."],
)  # fmt: skip
def test_a_reporting_verb_before_the_flow_is_no_goods(text: str) -> None:
    """ "Erdoğan tells reporters trade turnover between ...": the words of the report are no goods
    (the product had been "tells reporters trade")."""
    assert facts(text, date(2025, 3, 5)) == {fact("turnover", "BRA", "CHL", *Y24, 12e9, "USD")}


@pytest.mark.parametrize(
    "total",
    ["Total cocoa bean exports rose 9 percent to GH¢61 billion, the council said.",
     "Total cashew export receipts stood at GH¢61 billion.",
     "Overall gold sales came to GH¢61 billion."],
)  # fmt: skip
def test_a_total_of_one_product_naming_no_partner_is_the_worlds(total: str) -> None:
    """ "Total tea export earnings rose 24 percent to Sh180.6 billion": the goods between "total"
    and the flow word leave the figure the world's (it had taken the partner of the sentence
    before)."""
    text = f"Ghana earned GH¢8 billion from cocoa exports to Belgium in 2024. {total}"
    assert facts(text, PUB) == {fact("exports", "GHA", "BEL", *Y24, 8e9, "GHS", None, "cocoa")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guinea pig exports from Peru to Ecuador reached $1.2 million in 2024.",
         fact("exports", "PER", "ECU", *Y24, 1.2e6, "USD", None, "guinea pig")),
        ("Panama hats exports from Ecuador to Colombia reached $4 million in 2024.",
         fact("exports", "ECU", "COL", *Y24, 4e6, "USD", None, "panama hats")),
    ],
)  # fmt: skip
def test_a_common_noun_named_after_a_country_is_goods(text: str, expected: Fact) -> None:
    """ "Guinea fowl exports from Ghana": a common noun that opens on a country's name is the
    goods, and the country after "from" the exporter (Guinea had been the reporter, and the
    product cut to "fowl")."""
    assert facts(text, PUB) == {expected}


@pytest.mark.parametrize(
    "text",
    ["LIMA - Peru joined the pact in 2019, during which time imports from Bolivia reached $520 million in "
     "2024.",
     "LIMA - The border stayed shut until March, at which time imports from Bolivia reached $520 million in "
     "2024."],
)  # fmt: skip
def test_a_noun_of_time_before_a_flow_is_no_goods(text: str) -> None:
    """ "during which time imports from Jordan ...": the noun a relative determiner takes is a
    time, not the goods of the flow after it (the product had been "time")."""
    assert facts(text, PUB) == {fact("imports", "PER", "BOL", *Y24, 520e6, "USD")}


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("Kenya's exports to Oman reached $410 million in 2024, while imports stood at $120 million. Cut "
         "flowers made up the bulk of it: 40,000 tonnes worth $260 million.", "cut flowers"),
        ("Kenya's exports to Oman reached $410 million in 2024, against imports of $120 million. Tea "
         "accounted for most: $260 million.", "tea"),
    ],
)  # fmt: skip
def test_goods_worth_more_than_the_last_figure_are_a_part_of_a_larger_one(text: str, goods: str) -> None:
    """Goods with no flow word of their own after two figures are a part of one of them, and
    a part is worth no more than its whole: goods larger than the imports told last are of the
    exports (they had been imports)."""
    assert facts(text, PUB) == {
        fact("exports", "KEN", "OMN", *Y24, 410e6, "USD"),
        fact("imports", "KEN", "OMN", *Y24, 120e6, "USD"),
        fact("exports", "KEN", "OMN", *Y24, 260e6, "USD", None, goods),
    }


def test_goods_worth_less_than_the_imports_told_last_stay_imports() -> None:
    """The part-whole test changes nothing for goods that fit in the last figure."""
    text = ("Kenya's exports to Oman reached $410 million in 2024, against imports of $120 million. Tea "
            "accounted for most: $60 million.")  # fmt: skip
    assert fact("imports", "KEN", "OMN", *Y24, 60e6, "USD", None, "tea") in facts(text, PUB)


@pytest.mark.parametrize(
    "text",
    ["Chile's exports to Peru came to $310 million in 2024, and imports from Peru reached $845 million – a "
     "deficit the senator called worrying.",
     "Chile's exports to Peru came to $310 million in 2024, and imports from Peru reached $845 million—a "
     "trade gap the chamber blamed on copper prices."],
)  # fmt: skip
def test_a_dash_apposition_after_an_amount_is_not_its_head_noun(text: str) -> None:
    """An apposition set off by a dash after an amount describes the figure; its noun ("a gap",
    "a deficit") is not the amount's head (the imports had been rejected as a balance)."""
    assert facts(text, PUB) == {
        fact("exports", "CHL", "PER", *Y24, 310e6, "USD"),
        fact("imports", "CHL", "PER", *Y24, 845e6, "USD"),
    }


@pytest.mark.parametrize(
    "text",
    ["Peru's exports to Ecuador (US$530 million) overshadowed imports ($210 million) in 2024.",
     "Peru's exports to Ecuador of 530 million USD eclipsed imports of 210 million USD in 2024."],
)  # fmt: skip
def test_the_verb_after_an_amount_closing_the_subject_is_no_goods(text: str) -> None:
    """An amount that closes a clause's subject ends it: the verb after it, right before the
    next flow noun, is the predicate, not goods (the imports' product had been the verb)."""
    assert facts(text, PUB) == {
        fact("exports", "PER", "ECU", *Y24, 530e6, "USD"),
        fact("imports", "PER", "ECU", *Y24, 210e6, "USD"),
    }


@pytest.mark.parametrize("preposition", ["well above", "far below", "just behind", "well ahead of"])
def test_a_preposition_of_comparison_before_a_flow_is_no_goods(preposition: str) -> None:
    """ "..., well above imports ($94 million)": a preposition comparing the figures is no goods
    (the imports' product had been "above")."""
    text = f"Peru's exports to Ecuador reached $530 million in 2024, {preposition} imports ($210 million)."
    assert facts(text, PUB) == {
        fact("exports", "PER", "ECU", *Y24, 530e6, "USD"),
        fact("imports", "PER", "ECU", *Y24, 210e6, "USD"),
    }


def test_alone_after_the_goods_of_a_flow_verb_ends_them() -> None:
    """ "sold Chile $98 million of fertilizer alone, ...": "alone" stresses the part, and the
    goods are what comes before it (the product had been lost with it)."""
    text = "Last year Peru sold Chile $98 million of fish meal alone, the ministry said."
    assert facts(text, PUB) == {fact("exports", "PER", "CHL", *Y24, 98e6, "USD", None, "fish meal")}


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("In 2024, Peru supplied Chile with natural gas worth $310 million.", "natural gas"),
        ("Last year Peru supplied the Dominican Republic with fish meal worth $31 million.", "fish meal"),
        # look-alike: goods of no kind after "with" are no product
        ("In 2024, Peru supplied Chile with goods worth $310 million.", None),
    ],
)
def test_the_goods_after_a_buyer_supplied_with_them_are_the_product(text: str, product: str | None) -> None:
    """ "supplied Chile with natural gas worth ...": the buyer comes first and the goods after
    "with" (the product had been lost with the buyer's name)."""
    assert {f[-1] for f in facts(text, PUB)} == {product}


@pytest.mark.parametrize(
    ("verb", "noun", "participle"),
    [("accounted for", "products", "sold"), ("made up", "goods", "exported"),
     ("accounted for", "merchandise", "shipped")],
)  # fmt: skip
def test_a_participle_after_the_goods_an_amount_is_of_gives_its_flow(
    verb: str, noun: str, participle: str
) -> None:
    """ "$410 million of the products sold to Chile": a flow verb's participle after the noun the
    amount is a part of tells the amount's flow and partner, as "of exports to Chile" does (the
    part had taken the imports of the sentence before)."""
    text = (
        "LIMA - Peru's imports from Brazil rose 6% to $2.4 billion in 2024. "
        f"Fish meal {verb} $410 million of the {noun} {participle} to Chile last year."
    )
    assert facts(text, PUB) == {
        fact("imports", "PER", "BRA", *Y24, 2.4e9, "USD", 6.0),
        fact("exports", "PER", "CHL", *Y24, 410e6, "USD", None, "fish meal"),
    }


@pytest.mark.parametrize(
    ("place", "expected"),
    [("to the southern neighbour", {fact("exports", "PER", "CHL", *Y24, 410e6, "USD", None, "fish meal")}),
     ("abroad", set())],
)  # fmt: skip
def test_the_total_a_participle_follows_is_the_pair_s_when_it_names_the_partner(
    place: str, expected: set
) -> None:
    """ "$410 million of the total shipped to the southern neighbour": a partner after the
    participle makes "the total" the pair's; "the total shipped abroad" is the world's (it had
    been taken as the sentence before's pair)."""
    text = (
        "LIMA - Peru's exports to Chile reached $1.9 billion in 2024. "
        f"Fish meal alone accounted for $410 million of the total shipped {place}."
    )
    assert facts(text, PUB) == {fact("exports", "PER", "CHL", *Y24, 1.9e9, "USD"), *expected}


@pytest.mark.parametrize(
    "sentence",
    ["Fish meal accounted for $410 million of the goods sold to Chile in 2024, up from $350 million in 2023.",
     "Peru sold $410 million of fish meal to Chile in 2024, up from $350 million in 2023.",
     "Peru exported $410 million worth of fish meal to Chile in 2024, compared with $350 million in 2023."],
)  # fmt: skip
def test_a_comparison_amount_is_of_the_goods_of_the_figure_it_is_compared_with(sentence: str) -> None:
    """ "..., up from $350 million in 2023": the amount of the earlier period is of the same goods
    as the figure it is compared with, though the goods were named only by a share verb's subject
    or a verb's object (the 2023 figure had been all goods)."""
    text = f"LIMA - Peru's exports to Chile reached $1.9 billion in 2024. {sentence}"
    assert facts(text, PUB) == {
        fact("exports", "PER", "CHL", *Y24, 1.9e9, "USD"),
        fact("exports", "PER", "CHL", *Y24, 410e6, "USD", None, "fish meal"),
        fact("exports", "PER", "CHL", "2023-01-01", "2023-12-31", 350e6, "USD", None, "fish meal"),
    }


def test_a_comparison_with_its_own_flow_word_keeps_its_own_goods() -> None:
    """ "..., while total shipments to Chile fell from $1.6 billion": a flow word of its own
    between the figures makes the comparison amount not of the part's goods."""
    text = (
        "LIMA - Fish meal accounted for $410 million of the goods sold to Chile in 2024, while "
        "shipments to Chile as a whole fell from $1.6 billion in 2023."
    )
    assert fact("exports", "PER", "CHL", "2023-01-01", "2023-12-31", 1.6e9, "USD") in facts(text, PUB)


@pytest.mark.parametrize("verb", ["comprise", "include", "cover"])
def test_goods_a_relative_clause_defines_in_a_sentence_naming_no_country_are_a_world_total(verb: str) -> None:
    """ "Fuel imports, which comprise crude oil and gas, climbed ...": a category of goods the
    sentence defines, naming no country, is the country's total with the world, not the partner
    of the sentence before (it had been imports from that partner)."""
    text = (
        "WARSAW - Poland's imports from Norway rose 8% to 9.1 billion euros in the first half. "
        f"Fuel imports, which {verb} crude oil and gas, climbed 12% to 6.2 billion euros."
    )
    assert facts(text, PUB_H1) == {fact("imports", "POL", "NOR", *H1, 9.1e9, "EUR", 8.0)}


def test_goods_a_relative_clause_defines_keep_the_partner_their_sentence_names() -> None:
    """The same category with its partner named is the pair's."""
    text = (
        "WARSAW - Poland's imports from Norway rose 8% to 9.1 billion euros in the first half. "
        "Fuel imports from Norway, which comprise crude oil and gas, climbed 12% to 6.2 billion euros."
    )
    assert fact("imports", "POL", "NOR", *H1, 6.2e9, "EUR", 12.0, "fuel") in facts(text, PUB_H1)


@pytest.mark.parametrize(
    ("opening", "goods"),
    [("Coffee and cut flowers were the biggest earners", "coffee and cut flowers"),
     ("The board said tea and macadamia nuts remained the main drivers", "tea and macadamia nuts")],
)  # fmt: skip
def test_these_goods_after_a_flow_noun_are_the_goods_the_sentence_opens_on(opening: str, goods: str) -> None:
    """ "..., with sales of these goods to Germany reaching ...": the demonstrative points back to
    the bare goods that open the sentence or the speech it reports (the product had been lost)."""
    text = (
        "NAIROBI - Kenya's exports to Germany reached $1.9 billion in 2024. "
        f"{opening}, with sales of these goods to Germany reaching $1.2 billion last year."
    )
    assert facts(text, PUB) == {
        fact("exports", "KEN", "DEU", *Y24, 1.9e9, "USD"),
        fact("exports", "KEN", "DEU", *Y24, 1.2e9, "USD", None, goods),
    }


def test_these_goods_point_to_no_subject_a_determiner_opens() -> None:
    """A subject with a determiner says what the goods are ("The main earners were ..."), it names
    none: no antecedent."""
    text = (
        "NAIROBI - Kenya's exports to Germany reached $1.9 billion in 2024. The main earners were tea "
        "and coffee, with sales of these goods to Germany reaching $1.2 billion last year."
    )
    assert fact("exports", "KEN", "DEU", *Y24, 1.2e9, "USD") in facts(text, PUB)


@pytest.mark.parametrize(
    "purchase",
    ["Chile is also buying Brazilian patrol boats worth $240 million",
     "Argentine railways are purchasing Brazilian locomotives worth $95 million"],
)  # fmt: skip
def test_a_purchase_in_the_present_progressive_is_a_deal_not_the_period_s_trade(purchase: str) -> None:
    """ "X is also buying Y's goods worth $N" tells a purchase under way by what it is worth, not
    the trade of a period: after a figure of the first half it had been imports of that half."""
    text = f"SANTIAGO - Chile sold goods worth $3.4 billion to Brazil in January-June. {purchase}, they said."
    assert facts(text, PUB_H1) == {fact("exports", "CHL", "BRA", *H1, 3.4e9, "USD")}


@pytest.mark.parametrize(
    "remittance",
    ["Money sent from Qatar to Nepal totalled $1.1 billion in 2024",
     "Cash sent from Qatar to Nepal by migrants rose 9 percent to $1.1 billion in 2024"],
)  # fmt: skip
def test_money_that_moved_between_two_countries_is_no_goods(remittance: str) -> None:
    """Money itself heading what moved ("Money sent from A to B") is a remittance, not goods (it
    had been exports); as a modifier ("cash crops") it still names goods."""
    text = f"KATHMANDU - Nepal's exports of cash crops to Qatar reached $12 million in 2024. {remittance}."
    assert facts(text, PUB) == {fact("exports", "NPL", "QAT", *Y24, 12e6, "USD", None, "cash crops")}


@pytest.mark.parametrize(
    "whole",
    ["a small share of the country's $2.1 billion export earnings",
     "a fraction of the landlocked nation's $310 million global fish sales"],
)  # fmt: skip
def test_the_whole_a_share_is_of_names_no_partner_of_its_part(whole: str) -> None:
    """The whole in an apposition ("..., a small share of the country's $2.1 billion export
    earnings") is the country's trade with all its partners, not with the partner of the part
    before it (it had been exports to that partner)."""
    text = f"KAMPALA - Fish sales from Uganda to Kenya earned $40 million in 2024, {whole}."
    assert facts(text, PUB) == {fact("exports", "UGA", "KEN", *Y24, 40e6, "USD", None, "fish")}


@pytest.mark.parametrize(
    "predicate",
    ["accounted for 30 percent of the total and reached $40 million in 2024",
     "made up a third of the total and also stood at $40 million in 2024"],
)  # fmt: skip
def test_a_second_predicate_after_a_shares_whole_is_the_subjects_figure(predicate: str) -> None:
    """ "Exports to India accounted for a fifth of the total and reached $3.4 billion": the amount
    after "and reached" is the subject's, not inside the share's whole (it had been dropped as
    the world's); a share with no amount of its own stays no figure."""
    text = f"KAMPALA - Uganda's fish exports to Kenya {predicate}."
    assert facts(text, PUB) == {fact("exports", "UGA", "KEN", *Y24, 40e6, "USD", None, "fish")}
    assert (
        facts("KAMPALA - Uganda's fish exports to Kenya accounted for 30 percent of the total in 2024.", PUB)
        == set()
    )


@pytest.mark.parametrize(
    ("sentence", "change"),
    [("Uganda's fish exports to Kenya grew 9 percent and made up a third of the total, and reached $40 "
      "million in 2024.", 9.0),
     ("Uganda's fish exports to Kenya grew 9 percent, accounted for 30 percent of the total, and stood at "
      "$40 million in 2024.", 9.0),
     # look-alike: a clause set against the change's holds another figure
     ("Uganda's fish exports to Kenya grew 9 percent in 2024, but the figure was $40 million in 2024.",
      None)],
)  # fmt: skip
def test_a_change_goes_on_to_the_amount_of_a_later_clause_of_its_subject(
    sentence: str, change: float | None
) -> None:
    """ "Exports to India rose 12 percent and accounted for a fifth of the total, and reached $3.4
    billion in 2024": the change is the exports' amount's, told in a later clause of the same
    subject (it had been no figure's)."""
    found = facts(f"KAMPALA - {sentence}", PUB)
    assert found == {fact("exports", "UGA", "KEN", *Y24, 40e6, "USD", change, "fish")}


def test_partners_listed_after_a_flow_word_told_after_the_amount_are_several() -> None:
    """ "earned $X from hydropower exports to A and B": the amount's own flow word, told after it,
    ends no list, so its partners after it are two and the amount is no pair's (it had been
    exports to A alone); with one partner it stays that pair's."""
    text = (
        "VIENTIANE - Laos earned $310 million from hydropower exports to Thailand and Cambodia in 2024. "
        "It earned $95 million from fertiliser exports to Vietnam in 2024."
    )
    assert facts(text, PUB) == {fact("exports", "LAO", "VNM", *Y24, 95e6, "USD", None, "fertiliser")}


@pytest.mark.parametrize(
    "subject",
    [
        "Shipments of copper ore from Peru",
        "Imports of copper ore from Peru",
        "Deliveries of copper ore from Peru",
    ],
)
def test_a_flow_noun_heading_a_share_subject_gives_its_goods(subject: str) -> None:
    """ "Shipments of cars from Brazil accounted for US$3.4 billion of those purchases": the
    subject is a flow of its own goods, which the whole after the amount does not name (the
    product had been lost)."""
    text = (
        "SANTIAGO - Chilean purchases from Peru reached $4.2 billion in 2024. "
        f"{subject} accounted for $1.1 billion of those purchases."
    )
    assert facts(text, PUB) == {
        fact("imports", "CHL", "PER", *Y24, 4.2e9, "USD"),
        fact("imports", "CHL", "PER", *Y24, 1.1e9, "USD", None, "copper ore"),
    }


@pytest.mark.parametrize("noun", ["sales", "deliveries", "supplies"])
def test_a_weak_flow_noun_with_its_own_destination_keeps_its_flow(noun: str) -> None:
    """ "Electricity represented a growing share of the trade, with Romanian power deliveries to
    Moldova reaching EUR 287 mln": a weak flow noun followed by its own destination is the
    amount's flow, not the "trade" of the clause before (it had been a turnover without goods)."""
    text = (
        "ASUNCION - Paraguay's exports to Uruguay totalled $820 million in 2024. Beef made up a rising "
        f"share of the trade, with Paraguayan beef {noun} to Uruguay reaching $210 million last year."
    )
    assert facts(text, PUB) == {
        fact("exports", "PRY", "URY", *Y24, 820e6, "USD"),
        fact("exports", "PRY", "URY", *Y24, 210e6, "USD", None, "beef"),
    }


@pytest.mark.parametrize(
    ("text", "product"),
    [
        # a sentence adverb before a determiner is none of the goods (they had been "yet our")
        ('Peru\'s minister said: "Yet our exports to Japan were worth $30 million in 2023."', None),
        ('Peru\'s minister said: "Today their shipments to Japan were worth $30 million in 2023."', None),
        ("Altogether the exports of Peru to Japan were worth $30 million in 2023.", None),
        # the goods between the determiner and the flow noun stay
        (
            'Peru\'s minister said: "Still our quinoa exports to Japan were worth $30 million in 2023."',
            "quinoa",
        ),
    ],
)
def test_words_before_a_determiner_are_no_goods(text: str, product: str | None) -> None:
    """ "Altogether our exports to Taiwan were US$187 million": the flow's noun phrase opens on
    its determiner; an adverb before it had been read as the product."""
    assert facts(text, date(2024, 5, 2)) == {
        ("exports", "PER", "JPN", "2023-01-01", "2023-12-31", 30e6, "USD", None, product)
    }


@pytest.mark.parametrize(
    ("text", "product"),
    [
        # "earnings/receipts from" and the goods: the goods the flow earned on
        ("Peru's export earnings from quinoa to Japan came to $30 million in 2023.", "quinoa"),
        ("Peru's export receipts from avocado shipments to Japan came to $30 million in 2023.", "avocado"),
        # the partner after "from" is no goods
        ("Peru's export earnings from Japan came to $30 million in 2023.", None),
    ],
)
def test_goods_after_export_earnings_from(text: str, product: str | None) -> None:
    """ "Ghana's export earnings from cocoa to Türkiye amounted to GH¢1.4 billion": the goods
    after "earnings from" had been lost (only "exports of" and modifiers were read)."""
    assert facts(text, date(2024, 5, 2)) == {
        ("exports", "PER", "JPN", "2023-01-01", "2023-12-31", 30e6, "USD", None, product)
    }


@pytest.mark.parametrize(
    ("text", "product"),
    [
        # a source's verb of estimate before the goods ends them: the source is no goods
        (
            "Quinoa led, with the customs agency pegging quinoa exports from Peru to Japan at $30 million in "
            "2023.",
            "quinoa",
        ),
        (
            "Quinoa led, with the ministry placing quinoa exports from Peru to Japan at $30 million in 2023.",
            "quinoa",
        ),
        # goods that end in -ing stay goods
        ("Peru's clothing exports to Japan came to $30 million in 2023.", "clothing"),
    ],
)
def test_a_source_estimating_the_flow_is_no_goods(text: str, product: str | None) -> None:
    """ "with the central bank putting gold exports to Dubai at $204.8 million": the words of the
    absolute clause before the flow had been read as its goods ("central bank putting gold")."""
    assert facts(text, date(2024, 5, 2)) == {
        ("exports", "PER", "JPN", "2023-01-01", "2023-12-31", 30e6, "USD", None, product)
    }


@pytest.mark.parametrize(
    ("text", "product"),
    [
        # a sentence adverb after the flow's words, or a word of how it was recorded, is no goods
        ("Peru-Japan trade in goods thus came to $30 million in 2023.", None),
        ("Trade in goods between Peru and Japan consequently came to $30 million in 2023.", None),
        ("Unrecorded trade between Peru and Japan came to $30 million in 2023.", None),
        # the goods themselves stay
        ("Peru-Japan trade in quinoa came to $30 million in 2023.", "quinoa"),
    ],
)
def test_sentence_adverbs_and_recording_words_are_no_goods(text: str, product: str | None) -> None:
    """ "Two-way trade in goods therefore came to roughly $840 billion": an adverb between the
    flow and its verb had been read as the product ("therefore"), and so had "unrecorded"."""
    assert facts(text, date(2024, 5, 2)) == {
        ("turnover", "JPN", "PER", "2023-01-01", "2023-12-31", 30e6, "USD", None, product)
    }


@pytest.mark.parametrize(
    ("text", "product"),
    [
        # a flow verb's participle describing the goods before it, then the clause's own verb
        ("Mangoes shipped to Japan were worth $30 million in 2023, Peru's farm ministry said.", "mangoes"),
        ("Peruvian asparagus sold to Japan reached $30 million in 2023.", "asparagus"),
        # a count of goods before their name, as a verb's object or after "exports of"
        ("Peru exported 40,000 head of alpacas worth $30 million to Japan in 2023.", "alpacas"),
        ("Peru's exports of 40,000 head of alpacas to Japan were worth $30 million in 2023.", "alpacas"),
        # look-alikes: a flow noun or a passive before the participle names no goods
        ("Peru said exports shipped to Japan were worth $30 million in 2023.", None),
        ("Peru's farmers shipped $30 million to Japan in 2023.", None),
    ],
)
def test_goods_described_by_a_participle_or_counted(text: str, product: str | None) -> None:
    """ "oranges shipped to Russia were worth $45 million", "50,000 head of cattle worth $60
    million": the goods before a participle, or after a count of head, are the product (both had
    been read as all goods)."""
    assert facts(text, date(2024, 5, 2)) == {
        ("exports", "PER", "JPN", "2023-01-01", "2023-12-31", 30e6, "USD", None, product)
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan's purchases of Chilean salmon and wine pushed two-way trade between the two countries to "
        "$9.1 billion in 2024.",
        "Strong demand for salmon lifted bilateral trade between Chile and Japan to $9.1 billion in 2024.",
        "Rising salmon sales drove trade between Chile and Japan to $9.1 billion in 2024.",
    ],
)
def test_goods_that_caused_a_turnover_are_not_its_product(sentence: str) -> None:
    """ "China's purchases of Peruvian copper and fruit pushed two-way trade ... to $39.4 billion":
    the goods are the cause's, the subject of a verb whose object is the total; the flow has no
    modifier of goods (the verb and "two-way" had been read as goods with them)."""
    assert facts(f"SANTIAGO - {sentence}", PUB) == {fact("turnover", "CHL", "JPN", *Y24, 9.1e9, "USD")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chilean salmon exports to Japan, helped by strong demand, rose to $2.4 billion in 2024.",
         fact("exports", "CHL", "JPN", *Y24, 2.4e9, "USD", None, "salmon")),
        ("Fuel exports from Kuwait to India rose to $4.1 billion in 2024.",
         fact("exports", "KWT", "IND", *Y24, 4.1e9, "USD", None, "fuel")),
    ],
)  # fmt: skip
def test_goods_modifying_the_flow_are_still_its_product(sentence: str, expected: Fact) -> None:
    """Goods right before the flow noun are still its product ("fuel" is goods, not the verb)."""
    assert facts(sentence, PUB) == {expected}


#: A relative clause of share on the goods after a figure ("dominated by X, which alone accounted
#: for $Y") tells a part of that figure, of its flow and sides, with those goods.
RELATIVE_SHARES_AFTER_THE_FIGURE = [
    ("Peru's exports to China reached $30 billion in 2024, led by copper cathodes and concentrate, "
     "which alone accounted for $19 billion.",
     [fact("exports", "PER", "CHN", *Y24, 30e9, "USD"),
      fact("exports", "PER", "CHN", *Y24, 19e9, "USD", product="copper cathodes and concentrate")]),
    ("Japan's imports from Brunei totaled $2.1 billion in 2024, mostly liquefied natural gas, which made "
     "up about $1.8 billion.",
     [fact("imports", "JPN", "BRN", *Y24, 2.1e9, "USD"),
      fact("imports", "JPN", "BRN", *Y24, 1.8e9, "USD", product="liquefied natural gas")]),
    # look-alike: a relative clause with no share verb adds no part
    ("Peru's exports to China reached $30 billion in 2024, which was a record, up from $27 billion.",
     [fact("exports", "PER", "CHN", *Y24, 30e9, "USD"),
      fact("exports", "PER", "CHN", "2023-01-01", "2023-12-31", 27e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RELATIVE_SHARES_AFTER_THE_FIGURE)
def test_a_relative_share_after_the_figure_is_its_part(text: str, expected: list[Fact]) -> None:
    """The Korean story's copper share in a "which alone accounted for" clause had been lost."""
    assert facts(text, date(2025, 3, 5)) == set(expected)


#: A flow whose aside names its main partners ("shipments, mostly to India, the UAE and
#: Switzerland, earned ...") is of all its partners: no bilateral figure.
MAIN_PARTNERS_IN_AN_ASIDE = [
    ("Ghana's cocoa exports, mainly to the Netherlands and Malaysia, brought in $2.2 billion in 2024.", []),
    ("Zambia's copper shipments, largely to China, were worth $6 billion in 2024.", []),
    # look-alike: an aside of goods leaves the partner told before it
    ("Zambia's exports to China, mostly copper cathodes, were worth $6 billion in 2024.",
     [fact("exports", "ZMB", "CHN", *Y24, 6e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MAIN_PARTNERS_IN_AN_ASIDE)
def test_main_partners_in_an_aside_make_no_bilateral_figure(text: str, expected: list[Fact]) -> None:
    """The Tanzanian story's gold total had been booked to India."""
    assert {f[:7] for f in facts(text, date(2025, 3, 5))} == {f[:7] for f in expected}


#: A country's name with an origin suffix ("Thai-grown", "Mexican-built") is no part of the goods.
ORIGIN_SUFFIXED_GOODS = [
    ("Malaysia bought Thai-grown durians worth $310 million in 2024.",
     [fact("imports", "MYS", "THA", *Y24, 310e6, "USD", product="durians")]),
    ("Canadian dealers imported Mexican-built pickup trucks worth $2.4 billion in 2024.",
     [fact("imports", "CAN", "MEX", *Y24, 2.4e9, "USD", product="pickup trucks")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ORIGIN_SUFFIXED_GOODS)
def test_an_origin_suffix_goes_with_the_country_name(text: str, expected: list[Fact]) -> None:
    """The Japanese story's "Vietnamese-made auto parts" had been "made auto parts"."""
    assert facts(text, date(2025, 3, 5)) == set(expected)


#: The goods of a figure go on to a partner ranked after it ("..., ahead of X (...)").
GOODS_OF_THE_FIGURE_RANKED_AFTER = [
    ("In 2024, Vietnam's rice exports to the Philippines hit $2.9 billion, ahead of Indonesia "
     "($1.2 billion).",
     [fact("exports", "VNM", "PHL", *Y24, 2.9e9, "USD", product="rice"),
      fact("exports", "VNM", "IDN", *Y24, 1.2e9, "USD", product="rice")]),
    ("Chile's wine exports to Japan rose to $102 million in 2024. The US slipped to second with $98.6 "
     "million.",
     [fact("exports", "CHL", "JPN", *Y24, 102e6, "USD", product="wine"),
      fact("exports", "CHL", "USA", *Y24, 98.6e6, "USD", product="wine")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GOODS_OF_THE_FIGURE_RANKED_AFTER)
def test_goods_go_on_to_the_partner_ranked_after_them(text: str, expected: list[Fact]) -> None:
    """The Moroccan story's cars to Spain, ranked after France, had no goods."""
    assert facts(text, date(2025, 3, 5)) == set(expected)


#: The goods of a figure go on to the figure set against it by a bare flow noun of the same flow
#: and reporter ("..., while shipments to X ..."), also after a ranked figure; a clause with its
#: own modifier, owner, flow or "as a whole" keeps its own goods (none).
GOODS_OF_THE_FIGURE_SET_AGAINST = [
    ("Ecuador's shrimp exports to China reached $2.1 billion in 2024, whereas shipments to Spain came to "
     "$410 million.",
     [fact("exports", "ECU", "CHN", *Y24, 2.1e9, "USD", product="shrimp"),
      fact("exports", "ECU", "ESP", *Y24, 410e6, "USD", product="shrimp")]),
    ("Uganda remained the largest buyer of Tanzanian maize in 2024 with $80 million, while shipments to "
     "Kenya were valued at $30 million.",
     [fact("exports", "TZA", "UGA", *Y24, 80e6, "USD", product="maize"),
      fact("exports", "TZA", "KEN", *Y24, 30e6, "USD", product="maize")]),
    # look-alikes: a modifier, an owner or a flow of the clause's own
    ("Ecuador's shrimp exports to China reached $2.1 billion in 2024, whereas total exports to Spain came "
     "to $410 million.",
     [fact("exports", "ECU", "CHN", *Y24, 2.1e9, "USD", product="shrimp"),
      fact("exports", "ECU", "ESP", *Y24, 410e6, "USD")]),
    ("Ecuador's shrimp exports to China reached $2.1 billion in 2024, while Peru's exports to China came to "
     "$410 million.",
     [fact("exports", "ECU", "CHN", *Y24, 2.1e9, "USD", product="shrimp"),
      fact("exports", "PER", "CHN", *Y24, 410e6, "USD")]),
    ("Ecuador's shrimp exports to China reached $2.1 billion in 2024, whereas shipments to Spain as a whole "
     "came to $410 million.",
     [fact("exports", "ECU", "CHN", *Y24, 2.1e9, "USD", product="shrimp"),
      fact("exports", "ECU", "ESP", *Y24, 410e6, "USD")]),
    ("Ecuador's shrimp exports to China reached $2.1 billion in 2024, while imports from China came to "
     "$4.1 billion.",
     [fact("exports", "ECU", "CHN", *Y24, 2.1e9, "USD", product="shrimp"),
      fact("imports", "ECU", "CHN", *Y24, 4.1e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GOODS_OF_THE_FIGURE_SET_AGAINST)
def test_goods_go_on_to_the_figure_set_against_them(text: str, expected: list[Fact]) -> None:
    """The Kenyan story's tea shipments to the UAE had no goods."""
    assert facts(text, date(2025, 3, 5)) == set(expected)


#: A figure told by a flow verb has its goods as the verb's object: a flow noun set against it
#: is all goods ("whereas exports to X ..."), as no noun's goods go on to it.
GOODS_OF_A_VERB_SET_AGAINST = [
    ("Ecuador sold shrimp worth $2.1 billion to China in 2024, whereas exports to Spain came to "
     "$410 million.",
     [fact("exports", "ECU", "CHN", *Y24, 2.1e9, "USD", product="shrimp"),
      fact("exports", "ECU", "ESP", *Y24, 410e6, "USD")]),
    ("Ecuador shipped $2.1 billion of shrimp to China in 2024, while shipments to Spain were worth "
     "$410 million.",
     [fact("exports", "ECU", "CHN", *Y24, 2.1e9, "USD", product="shrimp"),
      fact("exports", "ECU", "ESP", *Y24, 410e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GOODS_OF_A_VERB_SET_AGAINST)
def test_a_verbs_goods_stay_out_of_the_figure_set_against_it(text: str, expected: list[Fact]) -> None:
    """ "Mongolia sold coal worth $2.1 billion to China in 2024, whereas exports to South Korea
    reached $90 million": the second figure had been coal."""
    assert facts(text, date(2025, 3, 5)) == set(expected)


#: A description of the home standing for its name ("the kingdom's", "the island nation's") owns
#: the goods a market ranks, as the name does; a flow noun there is all goods.
GOODS_OF_A_DESCRIBED_HOME = [
    ("COLOMBO - Sri Lanka's tea sales grew in 2024. Iraq remained the largest buyer of the island "
     "nation's tea, with purchases worth $210 million, ahead of Russia ($150 million).",
     [fact("exports", "LKA", "IRQ", *Y24, 210e6, "USD", product="tea"),
      fact("exports", "LKA", "RUS", *Y24, 150e6, "USD", product="tea")]),
    ("AMMAN - Jordan's exports grew in 2024. Iraq remained the main destination for the kingdom's "
     "fertilizers and potash, taking $640 million worth of goods.",
     [fact("exports", "JOR", "IRQ", *Y24, 640e6, "USD", product="fertilizers and potash")]),
    # look-alike: the home's exports are all goods
    ("RABAT - Morocco's trade grew in 2024. Spain was the largest market for the kingdom's exports, "
     "taking MAD 51 billion.",
     [fact("exports", "MAR", "ESP", *Y24, 51e9, "MAD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GOODS_OF_A_DESCRIBED_HOME)
def test_goods_of_a_described_home_are_the_ranking_s(text: str, expected: list[Fact]) -> None:
    """The Moroccan story's "the kingdom's cars and components" had given no goods."""
    assert facts(text, date(2025, 3, 5)) == set(expected)


#: A relative pronoun after a country ("with whom", "whose") opens a clause about that country:
#: it names no goods of the flow it governs.
RELATIVE_PRONOUNS_BEFORE_A_FLOW = [
    ("Tanzania renewed its pact with India, with whom bilateral trade reached $6.1 billion in 2024.",
     [fact("turnover", "TZA", "IND", *Y24, 6.1e9, "USD")]),
    ("Ghana hosted a delegation from Nigeria, with whom two-way trade stood at $1.4 billion in 2024.",
     [fact("turnover", "GHA", "NGA", *Y24, 1.4e9, "USD")]),
    # look-alike: goods named after the pronoun are the flow's
    ("Tanzania renewed its pact with India, with whom trade in cashew nuts reached $610 million in 2024.",
     [fact("turnover", "TZA", "IND", *Y24, 610e6, "USD", product="cashew nuts")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RELATIVE_PRONOUNS_BEFORE_A_FLOW)
def test_a_relative_pronoun_is_no_goods(text: str, expected: list[Fact]) -> None:
    """ "..., with whom bilateral trade reached ..." had given the goods "whom bilateral"."""
    assert facts(text, date(2025, 3, 5)) == set(expected)


#: A flow noun added by a bare "and" right after a figure, its verb left out, is an item of that
#: figure's goods, as after ", and".
GOODS_OF_A_GAPPED_ITEM_WITHOUT_A_COMMA = [
    ("Uganda sold coffee worth $300 million to Italy in 2024 and shipments to Belgium $95 million.",
     [fact("exports", "UGA", "ITA", *Y24, 300e6, "USD", product="coffee"),
      fact("exports", "UGA", "BEL", *Y24, 95e6, "USD", product="coffee")]),
    # look-alike: the other flow is no item of the goods
    ("Uganda sold coffee worth $300 million to Italy in 2024 and imports from Italy $410 million.",
     [fact("exports", "UGA", "ITA", *Y24, 300e6, "USD", product="coffee"),
      fact("imports", "UGA", "ITA", *Y24, 410e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GOODS_OF_A_GAPPED_ITEM_WITHOUT_A_COMMA)
def test_a_gapped_item_after_a_bare_and_keeps_the_goods(text: str, expected: list[Fact]) -> None:
    """ "... and shipments to Sudan Sh2.1 billion" had no goods where ", and shipments" had them."""
    assert facts(text, date(2025, 3, 5)) == set(expected)


#: A second object of the verb after a bare "and", the verb left out, is the second figure's goods.
GOODS_OF_A_GAPPED_OBJECT = [
    ("Peru exported zinc worth $400 million to China in 2024 and fishmeal to Vietnam $90 million.",
     [fact("exports", "PER", "CHN", *Y24, 400e6, "USD", product="zinc"),
      fact("exports", "PER", "VNM", *Y24, 90e6, "USD", product="fishmeal")]),
    ("Peru exported zinc worth $400 million to China in 2024 and fresh grapes valued at $90 million to"
     " Vietnam.",
     [fact("exports", "PER", "CHN", *Y24, 400e6, "USD", product="zinc"),
      fact("exports", "PER", "VNM", *Y24, 90e6, "USD", product="fresh grapes")]),
    # "goods" name no goods: not the first object's either
    ("Peru exported zinc worth $400 million to China in 2024 and goods worth $90 million to Vietnam.",
     [fact("exports", "PER", "CHN", *Y24, 400e6, "USD", product="zinc"),
      fact("exports", "PER", "VNM", *Y24, 90e6, "USD")]),
    # look-alike: no object of its own, so the same goods
    ("Peru exported zinc worth $400 million to China in 2024 and another $90 million to Vietnam.",
     [fact("exports", "PER", "CHN", *Y24, 400e6, "USD", product="zinc"),
      fact("exports", "PER", "VNM", *Y24, 90e6, "USD", product="zinc")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GOODS_OF_A_GAPPED_OBJECT)
def test_a_gapped_object_names_its_own_goods(text: str, expected: list[Fact]) -> None:
    """ "exported zinc worth $400 million to China and fishmeal to Vietnam $90 million": the
    second figure had kept the verb's first object, zinc."""
    assert facts(text, date(2025, 3, 5)) == set(expected)


#: Goods ranked first among what a verb's relative clause tells are that flow's goods, and the
#: goods set against them after "whereas"/"while" another item of the same figure.
RANKED_ITEMS_OF_A_RELATIVE_VERB = [
    ("Ghana's imports from Togo stood at $900 million in 2024. Cement was the largest item Ghana bought "
     "from Togo, fetching $210 million, while palm oil brought in $80 million.",
     [fact("imports", "GHA", "TGO", *Y24, 900e6, "USD"),
      fact("imports", "GHA", "TGO", *Y24, 210e6, "USD", product="cement"),
      fact("imports", "GHA", "TGO", *Y24, 80e6, "USD", product="palm oil")]),
    ("Ghana's exports to Togo stood at $900 million in 2024. Cocoa butter remained the main product "
     "shipped to Togo, earning $150 million.",
     [fact("exports", "GHA", "TGO", *Y24, 900e6, "USD"),
      fact("exports", "GHA", "TGO", *Y24, 150e6, "USD", product="cocoa butter")]),
    # the ranking words TOP_ITEM reads: "once again", "ranked as"
    ("Ghana's exports to Togo stood at $900 million in 2024. Cocoa butter was once again the main "
     "product shipped to Togo, earning $150 million.",
     [fact("exports", "GHA", "TGO", *Y24, 900e6, "USD"),
      fact("exports", "GHA", "TGO", *Y24, 150e6, "USD", product="cocoa butter")]),
    # the plural nouns TOP_ITEM_FIRST reads: "commodities", "categories"
    ("Ghana's exports to Togo stood at $900 million in 2024. Cocoa beans were the main commodities "
     "Ghana shipped to Togo, earning $150 million.",
     [fact("exports", "GHA", "TGO", *Y24, 900e6, "USD"),
      fact("exports", "GHA", "TGO", *Y24, 150e6, "USD", product="cocoa beans")]),
    # look-alike: a subject that is no ranked item keeps no goods
    ("Ghana's imports from Togo stood at $900 million in 2024. Last year Ghana bought from Togo goods "
     "worth $210 million.",
     [fact("imports", "GHA", "TGO", *Y24, 900e6, "USD"),
      fact("imports", "GHA", "TGO", *Y24, 210e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RANKED_ITEMS_OF_A_RELATIVE_VERB)
def test_a_ranked_item_of_a_relative_verb_is_its_goods(text: str, expected: list[Fact]) -> None:
    """ "Readymade garments were the largest item Nepal bought from Bangladesh, fetching ...,
    whereas ... brought in ...": the first figure had no goods and the second was missed."""
    assert facts(text, date(2025, 3, 5)) == set(expected)


#: The ranking told first, the goods as the complement of "was" after the verb's clause.
RANKED_ITEMS_TOLD_FIRST = [
    ("The main product that Ghana sold to Togo in 2024 was cocoa butter, fetching $150 million, "
     "while cashew nuts brought in $40 million.",
     [fact("exports", "GHA", "TGO", *Y24, 150e6, "USD", product="cocoa butter"),
      fact("exports", "GHA", "TGO", *Y24, 40e6, "USD", product="cashew nuts")]),
    ("The largest item Ghana bought from Togo in 2024 was cement at $210 million.",
     [fact("imports", "GHA", "TGO", *Y24, 210e6, "USD", product="cement")]),
    ("The top commodity Ghana shipped to Togo in 2024 was palm oil, worth $80 million.",
     [fact("exports", "GHA", "TGO", *Y24, 80e6, "USD", product="palm oil")]),
    # look-alike: no ranked item before the verb, so the complement is no goods of it
    ("What Ghana sold to Togo in 2024 was worth $150 million.",
     [fact("exports", "GHA", "TGO", *Y24, 150e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RANKED_ITEMS_TOLD_FIRST)
def test_a_ranked_item_told_before_its_verb_is_its_goods(text: str, expected: list[Fact]) -> None:
    """ "The biggest commodity that Peru sold to China in 2024 was copper ore, fetching $14.2
    billion": the goods after "was" are the verb's (the figure had had no goods, and the item
    set against it after "while" had been missed)."""
    assert facts(text, date(2025, 3, 5)) == set(expected)


def test_a_partner_set_against_a_figure_needs_the_comma_before_its_conjunction() -> None:
    """ ", while Tanzania received tea worth ..." sets a second partner against the figure before;
    with no comma the "while" joins the clause, and its amount stays no figure of its own (a
    review's shared pattern had dropped the comma and read one)."""
    text = (
        "Kenya's exports to Uganda fell to $1.3 billion in 2023 while Tanzania received tea worth "
        "$331 million."
    )
    expected = fact("exports", "KEN", "UGA", "2023-01-01", "2023-12-31", 1.3e9, "USD")
    assert facts(text, date(2024, 3, 5)) == {expected}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Peruvian purchases of Chilean goods as a whole were worth $2.1 billion in 2024.",
            {fact("imports", "PER", "CHL", *Y24, 2.1e9, "USD")},
        ),
        (
            "Peru's imports of goods from Chile as a whole reached $2.1 billion in 2024.",
            {fact("imports", "PER", "CHL", *Y24, 2.1e9, "USD")},
        ),
        # the whole of the country's own goods is its total with the world, no pair fact
        ("Peru's imports of goods as a whole reached $52 billion in 2024.", set()),
        ("Peru's imports as a whole reached $52 billion in 2024.", set()),
    ],
)
def test_a_partners_goods_as_a_whole_are_that_partners(sentence: str, expected: set) -> None:
    """ "Italian imports of Mozambican goods as a whole were worth €710 million": "as a whole" after
    one partner's goods is all of that partner's goods, not the world (the fact had been dropped)."""
    assert facts(f"LIMA - {sentence}", PUB) == expected


@pytest.mark.parametrize(
    ("sentence", "product"),
    [("Fish meal alone accounts for $410 million of Peruvian shipments to Chile in 2024.", "fish meal"),
     ("Fresh grapes make up $410 million of Peruvian exports to Chile in 2024.", "fresh grapes"),
     ("Copper wire represents $410 million of Peruvian sales to Chile in 2024.", "copper wire")],
)  # fmt: skip
def test_a_share_verb_in_the_present_takes_its_subject_as_the_goods(sentence: str, product: str) -> None:
    """ "Lentils alone account for about $250 million of Canadian sales to Turkey": a share verb
    in the present names the part's goods by its subject, as "accounted for" does (the goods had
    been lost)."""
    text = f"LIMA - Peru's exports to Chile reached $1.9 billion in 2024. {sentence}"
    assert facts(text, PUB) == {
        fact("exports", "PER", "CHL", *Y24, 1.9e9, "USD"),
        fact("exports", "PER", "CHL", *Y24, 410e6, "USD", None, product),
    }


@pytest.mark.parametrize(
    "later",
    ["In January-February 2025 those shipments were worth $70 million.",
     "Such exports reached $70 million in January-February 2025.",
     "The same shipments amounted to $70 million in January-February 2025."],
)  # fmt: skip
def test_a_flow_noun_pointed_back_to_takes_the_goods_of_the_figure_before(later: str) -> None:
    """ "those shipments totalled $1.45 billion" after "$3.1 billion worth of tomatoes": the flow
    pointed back to is the figure before's, so of its goods (they had been lost)."""
    text = f"LIMA - Peru shipped $410 million worth of blueberries to Chile in 2024. {later}"
    assert facts(text, PUB) == {
        fact("exports", "PER", "CHL", *Y24, 410e6, "USD", None, "blueberries"),
        fact("exports", "PER", "CHL", "2025-01-01", "2025-02-28", 70e6, "USD", None, "blueberries"),
    }


def test_a_flow_noun_pointed_back_to_of_another_flow_takes_no_goods() -> None:
    """ "such imports" after an export figure is another flow: not the export's goods."""
    text = (
        "LIMA - Peru shipped $410 million worth of blueberries to Chile in 2024. "
        "Peru's imports from Chile reached $900 million in 2024, and such imports grew to $70 million "
        "in January-February 2025."
    )
    assert fact("imports", "PER", "CHL", "2025-01-01", "2025-02-28", 70e6, "USD") in facts(text, PUB)


@pytest.mark.parametrize(
    ("sentence", "product"),
    [("Fresh grapes made up the bulk of the shipments, at $760 million.", "fresh grapes"),
     ("Copper wire represented 40% of the exports, or $760 million.", "copper wire"),
     ("Fish meal accounted for most of the shipments, worth some $760 million.", "fish meal")],
)  # fmt: skip
def test_the_subject_of_a_share_of_the_flow_noun_is_the_amount_s_goods(sentence: str, product: str) -> None:
    """ "Frozen hake fillets made up the bulk of the shipments, at N$3.1 billion": the flow noun is
    only what the goods are a part of; the share verb's subject names the amount's goods (they had
    been lost)."""
    text = f"LIMA - Peru's exports to Chile reached $1.9 billion in 2024. {sentence}"
    assert facts(text, PUB) == {
        fact("exports", "PER", "CHL", *Y24, 1.9e9, "USD"),
        fact("exports", "PER", "CHL", *Y24, 760e6, "USD", None, product),
    }


def test_a_share_of_a_flow_noun_whose_own_clause_tells_the_amount_gives_it_no_goods() -> None:
    """ "..., which were worth $760 million in the first half": the amount is the whole
    shipments', not the share's goods."""
    text = (
        "LIMA - Peru's exports to Chile reached $1.9 billion in 2024. Fresh grapes made up the bulk of the "
        "shipments, which were worth $760 million in the first half of 2024."
    )
    assert fact("exports", "PER", "CHL", "2024-01-01", "2024-06-30", 760e6, "USD") in facts(text, PUB)


@pytest.mark.parametrize(
    "ranking",
    ["Chile remained the top destination for Peruvian blueberries, ahead of Ecuador, where sales",
     "Chile stayed the largest market for Peruvian blueberries, followed by Ecuador, where sales"],
)  # fmt: skip
def test_sales_in_a_relative_clause_after_a_ranking_are_of_its_goods(ranking: str) -> None:
    """ "the top destination for Uruguayan beef, ahead of the United States, where sales climbed
    31% to US$ 398 million": the sales in the next ranked country are of the goods the ranking
    names (they had been all goods)."""
    story = "LIMA - Peru's blueberry exports to Chile reached $1.9 billion in 2024."
    text = f"{story} {ranking} rose 8% to $410 million."
    assert fact("exports", "PER", "ECU", *Y24, 410e6, "USD", 8.0, "blueberries") in facts(text, PUB)


def test_sales_in_a_relative_clause_without_a_ranking_keep_no_goods() -> None:
    """ "Peruvian fruit is popular in Ecuador, where sales of Peruvian goods rose": no ranking of
    goods before, so the sales are of all goods."""
    text = (
        "LIMA - Peru's exports to Chile reached $1.9 billion in 2024. Peruvian fruit is popular in Ecuador, "
        "where sales of Peruvian goods rose 8% to $410 million."
    )
    assert fact("exports", "PER", "ECU", *Y24, 410e6, "USD", 8.0) in facts(text, PUB)


@pytest.mark.parametrize(
    ("sentence", "product"),
    [("Total farm trade between Peru and Chile amounted to $410 million in 2024.", "farm products"),
     ("Peru's agricultural exports to Chile reached $410 million in 2024.", "agricultural products"),
     ("Peru's agri-food exports to Chile reached $410 million in 2024.", "agri-food products"),
     ("Peru's dairy exports to Chile reached $410 million in 2024.", "dairy")],
)  # fmt: skip
def test_a_sector_adjective_before_the_flow_names_the_sector_s_products(sentence: str, product: str) -> None:
    """ "Total farm trade": "farm" is an adjective of the sector, no goods by itself; the goods are
    its products, as the labels write "agri-food products" (it had been "farm"). A noun of goods
    ("dairy") stays as written."""
    found = facts(f"LIMA - {sentence}", PUB)
    assert [f[-1] for f in found] == [product]


@pytest.mark.parametrize(
    ("sentence", "product"),
    [("Peruvian-Chilean trade in copper concentrates and refined copper cathodes reached $410 million in "
      "2024.",
      "copper concentrates and refined copper cathodes"),
     ("Trade in fresh fruit, vegetables and processed foods between Peru and Chile stood at $410 million in "
      "2024.", "fresh fruit vegetables and processed foods"),
     ("Trade in the first three quarters of the last fiscal year between Peru and Chile reached $410 "
      "million in 2024.", None),
     # any verb of the level ends the goods, and a list of three long items fits
     ("Peruvian-Chilean trade in copper cathodes was worth $410 million in 2024.", "copper cathodes"),
     ("Peruvian-Chilean trade in fresh table grapes was valued at $410 million in 2024.",
      "fresh table grapes"),
     ("Peruvian-Chilean trade in refined copper cathodes, frozen giant squid fillets and fresh table grapes "
      "came to $410 million in 2024.",
      "refined copper cathodes frozen giant squid fillets and fresh table grapes"),
     ("Peruvian-Chilean trade in recent years was worth $410 million in 2024.", None)],
)  # fmt: skip
def test_a_long_list_of_goods_after_trade_in_is_the_product(sentence: str, product: str | None) -> None:
    """ "Saudi-Indian trade in crude oil and petroleum products reached SAR 96 billion": goods
    after "trade in" as long as a list of them are the product, as a short one is (the product
    had been lost past 30 characters); a period after "in" is none."""
    found = facts(f"LIMA - {sentence}", PUB)
    assert [f[-1] for f in found] == [product]


@pytest.mark.parametrize("pair", ["The two countries'", "Both nations'", "The two kingdoms’"])
def test_a_plural_possessive_before_the_flow_is_its_owner_not_goods(pair: str) -> None:
    """ "The two republics' trade stood at $700 million": a plural possessive owns the flow, as
    "Peru's" does, and names no goods (the product had been "two republics'")."""
    text = f"LIMA - Peru and Chile reviewed ties on Monday. {pair} trade stood at $410 million in 2024."
    assert facts(text, PUB) == {fact("turnover", "PER", "CHL", *Y24, 410e6, "USD")}


#: A gapped item's goods whose word ends in the letters of a list's link ("at", "on", "with")
#: keep their whole word, and "for" may fall with the share verb it repeats.
GAPPED_GOODS_WHOLE = [
    ("Namibia's exports to Spain reached $900 million in 2024. Fish represented $500 million and "
     "mutton $40 million.",
     [fact("exports", "NAM", "ESP", *Y24, 900e6, "USD"),
      fact("exports", "NAM", "ESP", *Y24, 500e6, "USD", product="fish"),
      fact("exports", "NAM", "ESP", *Y24, 40e6, "USD", product="mutton")]),
    ("Kenya's exports to Egypt reached $600 million in 2024. Tea accounted for $400 million and "
     "cotton $25 million.",
     [fact("exports", "KEN", "EGY", *Y24, 600e6, "USD"),
      fact("exports", "KEN", "EGY", *Y24, 400e6, "USD", product="tea"),
      fact("exports", "KEN", "EGY", *Y24, 25e6, "USD", product="cotton")]),
    # the link itself still closes the item
    ("Uganda's exports to India reached $700 million in 2024. Gold accounted for $500 million, then "
     "wheat at $20 million.",
     [fact("exports", "UGA", "IND", *Y24, 700e6, "USD"),
      fact("exports", "UGA", "IND", *Y24, 500e6, "USD", product="gold"),
      fact("exports", "UGA", "IND", *Y24, 20e6, "USD", product="wheat")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GAPPED_GOODS_WHOLE)
def test_a_gapped_items_goods_keep_their_whole_word(text: str, expected: list[Fact]) -> None:
    """ "Copper represented US$ 25 billion and salmon US$ 1 billion" had the goods "salm": the
    "on" of the word had been read as the link before the amount."""
    assert facts(text, PUB) == set(expected)


def test_a_repeated_share_verb_in_the_present_is_no_goods() -> None:
    """ "... and salmon represents $0.4 billion of exports" had the goods "salmon represents":
    the repeated verb was stripped only in the past tense."""
    text = (
        "Chile's trade with Norway grew in 2024. Copper accounts for $2.1 billion and salmon "
        "represents $0.4 billion of exports to Norway in 2024."
    )
    assert facts(text, PUB) == {
        fact("exports", "CHL", "NOR", *Y24, 2.1e9, "USD", product="copper"),
        fact("exports", "CHL", "NOR", *Y24, 0.4e9, "USD", product="salmon"),
    }


#: A country's name with a letter outside ASCII ("Türkiye", "Côte d'Ivoire", "São Tomé") is one
#: name in a hyphenated pair before a flow word, no goods; goods with accents keep their letters.
ACCENTED_NAMES_NO_GOODS = [
    ("Poland-Türkiye trade reached €9.2 billion in 2024.",
     [fact("turnover", "POL", "TUR", *Y24, 9.2e9, "EUR")]),
    ("Belgium-Côte d'Ivoire trade stood at €1.4 billion in 2024.",
     [fact("turnover", "BEL", "CIV", *Y24, 1.4e9, "EUR")]),
    ("Angola-São Tomé trade totalled $60 million in 2024.",
     [fact("turnover", "AGO", "STP", *Y24, 60e6, "USD")]),
    # the look-alike: goods before the flow word are still read, accented letters and all
    ("Türkiye's hazelnut exports to Germany reached $700 million in 2024.",
     [fact("exports", "TUR", "DEU", *Y24, 700e6, "USD", product="hazelnut")]),
    ("Senegal's exports of crème fraîche to Mali reached $2 million in 2024.",
     [fact("exports", "SEN", "MLI", *Y24, 2e6, "USD", product="crème fraîche")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ACCENTED_NAMES_NO_GOODS)
def test_an_accented_country_name_before_a_flow_word_is_no_goods(text: str, expected: list[Fact]) -> None:
    """ "Italy-Türkiye trade totalled €19.8 billion" had the goods "rkiye": a class of ASCII
    letters had cut the name at its "ü"."""
    assert facts(text, PUB) == set(expected)


#: A bare or definite trade subject ("The trade volume reached", "Trade reached", "X said the
#: trade volume reached") that opens the story's first figure is the trade of the two countries
#: the meeting before names; after a sentence of one country it is none.
TRADE_AFTER_A_MEETING = [
    ("Polish President Andrzej Duda hosted Czech Prime Minister Petr Fiala in Warsaw on Monday. "
     "The trade volume reached €30 billion last year.",
     [fact("turnover", "POL", "CZE", *Y24, 30e9, "EUR")]),
    ("Polish President Andrzej Duda hosted Czech Prime Minister Petr Fiala in Warsaw on Monday. "
     "Trade reached €30 billion last year.",
     [fact("turnover", "POL", "CZE", *Y24, 30e9, "EUR")]),
    ("Polish President Andrzej Duda hosted Czech Prime Minister Petr Fiala in Warsaw on Monday. "
     "Fiala said the trade volume reached €30 billion last year.",
     [fact("turnover", "POL", "CZE", *Y24, 30e9, "EUR")]),
    # the look-alike: one country told before, no pair
    ("Kenyan President William Ruto opened a new port in Mombasa on Monday. "
     "The trade volume reached $40 billion last year.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TRADE_AFTER_A_MEETING)
def test_a_bare_trade_subject_after_a_meeting_is_the_pairs(text: str, expected: list[Fact]) -> None:
    """ "X received Dutch Prime Minister Y in Ankara. The trade volume reached $15 billion last
    year." had no fact: with no figure before, "the trade volume" pointed back to nothing."""
    assert facts(text, date(2025, 3, 10)) == set(expected)


@pytest.mark.parametrize(
    "figure",
    [
        "The trade volume reached $15 billion last year.",
        "Trade reached $15 billion last year.",
        "Ruto said the trade volume reached $15 billion last year.",
    ],
)
def test_every_spelling_of_a_definite_trade_subject_reads_the_same_pair(figure: str) -> None:
    """ "The trade volume reached" (an anaphor) took the pair of the sentence before, while
    "Trade reached" and "X said the trade volume reached" (`_DEFINITE_TURNOVER`) took the
    story's first pair: one construction, two answers. All now read the pair just told."""
    text = (
        "Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi on Monday. "
        "Uganda and Tanzania were discussed. " + figure
    )
    assert facts(text, date(2025, 3, 10)) == {fact("turnover", "TZA", "UGA", *Y24, 15e9, "USD")}


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        # the sentence before names a group: its trade is of no pair
        (
            "Indian Prime Minister Narendra Modi hosted the heads of Nepal, Bhutan and Sri Lanka in Goa "
            "on Monday.",
            set(),
        ),
        ("The premiers of Peru, Chile, Ecuador and Bolivia met in Lima on Monday.", set()),
        # (a hyphenated cue word tells the group's engagement as well)
        ("The premiers of Peru, Chile, Ecuador and Bolivia held a tete-a-tete in Lima on Monday.", set()),
        # (a group aside after a meeting of two leaves that pair the trade's)
        (
            "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Santiago on Monday. "
            "They also discussed Ecuador, Bolivia and Colombia.",
            {fact("turnover", "PER", "CHL", *Y24, 6e9, "USD")},
        ),
    ],
)
def test_a_bare_trade_subject_after_a_group_is_no_pair(before: str, expected: set[Fact]) -> None:
    """ "X met the leaders of A, B and C. The trade volume reached $N" gave the first two of the
    group as a pair: regional trade, between no two countries the story names."""
    assert facts(before + " The trade volume reached $6 billion last year.", date(2025, 3, 10)) == expected


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        ("The Kingdom's exports to Kenya stood at BHD 95 million in 2023.",
         {fact("exports", "BHR", "KEN", *Y23, 95e6, "BHD")}),
        ("The Sultanate's imports from Kenya reached OMR 40 million in 2023.",
         {fact("imports", "OMN", "KEN", *Y23, 40e6, "OMR")}),
    ],
)  # fmt: skip
def test_a_realm_owning_a_flow_is_the_country_of_its_currency(figure: str, expected: set[Fact]) -> None:
    """ "The Kingdom's exports to Indonesia stood at SAR 19.2 billion" after a meeting with the
    President of Brazil was booked as Brazil's: the republic told before, though the figure is
    in the riyal, the Kingdom's own unit."""
    text = "Crown Prince Salman met President Emmanuel Macron of France in Paris on Monday. " + figure
    assert facts(text, date(2024, 11, 18)) == expected


def test_a_realm_owning_a_flow_in_a_world_unit_is_not_that_units_country() -> None:
    """A unit of account used worldwide says nothing of whose figure it is: "$" is no US figure."""
    text = (
        "Crown Prince Salman met President Emmanuel Macron of France in Paris on Monday. "
        "The Kingdom's exports to Kenya stood at $250 million in 2023."
    )
    assert all(f[1] != "USA" for f in facts(text, date(2024, 11, 18)))


def test_a_realm_owning_a_flow_in_a_unit_of_several_countries_is_the_storys() -> None:
    """ "dirhams" are the UAE's or Morocco's: in a Rabat story "the kingdom's largest African
    market" is Morocco's, and its dirhams Moroccan (the figures had been the UAE's, in AED)."""
    text = (
        "RABAT — Morocco's total exports rose 5.8 percent to 455 billion dirhams in 2024. Exports to "
        "Senegal, the kingdom's largest African market, grew 11 percent to 6.3 billion dirhams."
    )
    assert facts(text, date(2025, 2, 3)) == {fact("exports", "MAR", "SEN", *Y24, 6.3e9, "MAD", 11.0)}


def test_those_after_a_directed_purchase_is_that_flow() -> None:
    """ "Purchases from Egypt totalled ..., and those from Nigeria ...": "purchases" is a weak flow
    word (a firm's, often), but directed to a partner it is the flow "those" stands for (the
    second figure had had no flow)."""
    text = (
        "RABAT — Purchases from Egypt totalled 9.7 billion dirhams in 2024, and those from Nigeria 2.2 "
        "billion dirhams."
    )
    assert facts(text, date(2025, 2, 3)) == {
        fact("imports", "MAR", "EGY", *Y24, 9.7e9, "MAD"),
        fact("imports", "MAR", "NGA", *Y24, 2.2e9, "MAD"),
    }


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (", while fertiliser shipments came to $1.2 billion.",
         fact("imports", "IND", "QAT", *Y24, 1.2e9, "USD", None, "fertiliser")),
        (", whereas urea deliveries dropped to $1.2 billion.",
         fact("imports", "IND", "QAT", *Y24, 1.2e9, "USD", None, "urea")),
        # (a clause naming its own sides keeps its own flow)
        (", while India's rice shipments to Qatar reached $1.2 billion.",
         fact("exports", "IND", "QAT", *Y24, 1.2e9, "USD", None, "rice")),
    ],
)  # fmt: skip
def test_a_cargo_noun_set_against_a_part_of_a_whole_is_a_part_of_it(clause: str, expected: Fact) -> None:
    """ "LNG accounted for 2.91 trillion yen of the total, while coal shipments dropped to 2.45
    trillion yen" after an imports figure booked the coal as exports: "shipments" says no
    direction, the coal is another part of the imports."""
    text = (
        "India's imports from Qatar fell to $14 billion in 2024. LNG made up $11 billion of the total"
        + clause
    )
    assert expected in facts(text, date(2025, 3, 10))


@pytest.mark.parametrize("word", ["previous", "preceding"])
def test_a_relative_year_after_in_is_no_goods(word: str) -> None:
    """ "Exports in the preceding year stood at ...": the words after "in" are a time, not goods
    ("preceding" had been the product, where "previous" was not), and the year is the one before
    the year the story told."""
    text = (
        "LIMA - Peru's exports to Japan reached $40 million in 2023. "
        f"Exports in the {word} year came to $30 million."
    )
    assert facts(text, date(2024, 5, 2)) == {
        ("exports", "PER", "JPN", "2023-01-01", "2023-12-31", 40e6, "USD", None, None),
        ("exports", "PER", "JPN", "2022-01-01", "2022-12-31", 30e6, "USD", None, None),
    }


@pytest.mark.parametrize("tail", [" of that, beef $90 million", ", and beef some $90 million"])
def test_a_gapped_item_after_an_items_amount(tail: str) -> None:
    """ "Maize made up $200 million of that, beef $90 million and ...": a list of goods whose
    verb is gapped after the first item; each later item is one more item of the figure before
    (the amount with no word of its own had been dropped)."""
    text = f"Zambia's exports to Malawi reached $600 million in 2024. Maize made up $200 million{tail}."
    assert facts(text, date(2025, 3, 1)) == {
        fact("exports", "ZMB", "MWI", *Y24, 600e6, "USD"),
        fact("exports", "ZMB", "MWI", *Y24, 200e6, "USD", product="maize"),
        fact("exports", "ZMB", "MWI", *Y24, 90e6, "USD", product="beef"),
    }


def test_a_compared_amount_after_an_items_amount_is_no_gapped_item() -> None:
    """A look-alike: "compared with $X" after an item's amount is the item's earlier figure, no
    other goods named "compared"."""
    text = (
        "Zambia's exports to Malawi reached $600 million in 2024. Maize made up $200 million, "
        "compared with $150 million in 2023."
    )
    assert {f[8] for f in facts(text, date(2025, 3, 1))} == {None, "maize"}


@pytest.mark.parametrize(
    "aside",
    [
        "Boric said Chile, Peru and Bolivia shared the Atacama aquifers.",
        "The ministers noted that Peru, Chile and Argentina all export copper.",
    ],
)
def test_three_countries_named_as_a_topic_leave_the_pair_of_the_meeting(aside: str) -> None:
    """ "Kagame said Rwanda, Burundi and Congo shared the lake. The trade volume reached $N":
    three countries told as a topic, not as the sides of an engagement, are no group; the
    leaders' meeting before them still gives the trade its pair (it had been of no pair)."""
    text = (
        "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Santiago on Monday. "
        + aside
        + " The trade volume reached $6 billion last year."
    )
    assert facts(text, date(2025, 3, 10)) == {fact("turnover", "PER", "CHL", *Y24, 6e9, "USD")}


#: A share of a weak flow noun with a definite article ("accounted for $X of the purchases",
#: "made up $X of those sales") points back at the figure just told, when that figure is of
#: the noun's flow; a share of the other flow's noun stays no one's.
SHARES_OF_THE_PURCHASES = [
    ("SEOUL - South Korea's trade with Latin America grew. Imports from Peru rose 9 percent to $4.4 "
     "billion in 2024, customs data showed. Copper ore and "
     "concentrates accounted for $2.9 billion of the purchases.",
     [fact("imports", "KOR", "PER", *Y24, 4.4e9, "USD", 9.0),
      fact("imports", "KOR", "PER", *Y24, 2.9e9, "USD", product="copper ore and concentrates")]),
    ("Norway's exports to Poland reached $7 billion in 2024. Salmon and trout made up $1.5 billion "
     "of those sales.",
     [fact("exports", "NOR", "POL", *Y24, 7e9, "USD"),
      fact("exports", "NOR", "POL", *Y24, 1.5e9, "USD", product="salmon and trout")]),
    # the other flow: purchases are imports, the figure before was exports, so no one's
    ("Norway's exports to Poland reached $7 billion in 2024. Salmon and trout made up $1.5 billion "
     "of the purchases.",
     [fact("exports", "NOR", "POL", *Y24, 7e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SHARES_OF_THE_PURCHASES)
def test_a_share_of_the_purchases_told_before(text: str, expected: list[Fact]) -> None:
    """ "Mineral oils accounted for $X of the purchases" after the imports had been dropped:
    "purchases" alone is a weak flow noun, of no sides unless the sentence gave some."""
    assert facts(text, date(2025, 3, 10)) == set(expected)


@pytest.mark.parametrize("conversion", [" (about 5.8 trillion won)", " (or some 14.6 billion dirhams)", ""])
def test_a_described_partner_after_a_converted_amount(conversion: str) -> None:
    """ "sold goods worth $X (some N lira) to the Caspian nation": a conversion in parentheses
    between the flow word and the described partner is no distance (it had left the figure
    with no partner)."""
    text = (
        "South Korea's trade with Japan slowed. The UAE was a bright spot. Korean firms sold goods "
        f"worth $4.1 billion{conversion} to the Gulf state in the first half, up 12 percent."
    )
    assert fact("exports", "KOR", "ARE", *H1, 4.1e9, "USD", 12.0) in facts(text, PUB_H1)


#: Goods a flow noun points back to: "their exports" after a sentence that opened on goods, and a
#: class of goods ("exports in that category"), never the generic noun itself.
GOODS_POINTED_BACK = [
    ("Kenya's exports to the Netherlands reached $900 million in 2024. Cut roses and carnations made "
     "up most of Kenyan sales: their exports to the Dutch market came to $610 million.",
     "cut roses and carnations"),
    ("Vietnam's exports to Japan reached $25 billion in 2024. Seafood and processed shrimp accounted "
     "for a large part of the shipments, with exports in that category to Japan totaling $1.9 billion.",
     "seafood and processed shrimp"),
    ("Vietnam's exports to Japan reached $25 billion in 2024. Wooden furniture remained the top "
     "item, with exports in the same category to Japan worth $1.9 billion.",
     "wooden furniture"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "goods"), GOODS_POINTED_BACK)
def test_goods_pointed_back_to(text: str, goods: str) -> None:
    """ "their exports" had been of no goods, and "exports in that category" of the goods
    "category"."""
    assert {f[8] for f in facts(text, date(2025, 3, 10))} == {None, goods}


def test_their_exports_of_sellers_name_no_goods() -> None:
    """A look-alike: "their" owned by the sellers opening the sentence: no goods."""
    text = (
        "Kenya's exports to Uganda reached $2 billion in 2024. Kenyan manufacturers made up most of the "
        "sellers: their exports to Uganda came to $1.4 billion."
    )
    assert {f[8] for f in facts(text, date(2025, 3, 10))} == {None}


#: The amount after "out of total ..." is the whole the figure before was taken out of, with every
#: partner: no figure of the pair ("out of total bilateral trade" stays the pair's).
WHOLES_OUT_OF_A_TOTAL = [
    ("Ghana's cocoa exports to Malaysia were worth $1.2 billion in 2024, out of total cocoa receipts of "
     "about $3.1 billion.",
     [fact("exports", "GHA", "MYS", *Y24, 1.2e9, "USD", product="cocoa")]),
    ("Chile's salmon exports to Brazil came to $900 million in 2024, out of a total of $6.5 billion.",
     [fact("exports", "CHL", "BRA", *Y24, 900e6, "USD", product="salmon")]),
    ("Chile's copper exports to Peru came to $900 million in 2024, out of total bilateral trade of "
     "$6.5 billion.",
     [fact("exports", "CHL", "PER", *Y24, 900e6, "USD", product="copper"),
      fact("turnover", "CHL", "PER", *Y24, 6.5e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WHOLES_OUT_OF_A_TOTAL)
def test_a_whole_out_of_a_total(text: str, expected: list[Fact]) -> None:
    """The whole had been a second figure of the pair, with the part's goods."""
    assert facts(text, date(2025, 3, 10)) == set(expected)


#: "On the <demonym> side," opening a sentence: the figures are that side's, whatever the
#: story's home (a Suva story's "On the Australian side, exports to Fiji ..." are Australia's).
SIDE_OPENINGS = [
    ("SUVA - Fiji's exports to China rose to F$90 million in 2024. On the Australian side, goods "
     "exports to Fiji came to A$2.1 billion in 2024.",
     fact("exports", "AUS", "FJI", *Y24, 2.1e9, "AUD")),
    ("SUVA - Fiji's exports to China rose to F$90 million in 2024. On New Zealand's side, official "
     "figures show exports to Fiji reached NZ$1.1 billion in 2024.",
     fact("exports", "NZL", "FJI", *Y24, 1.1e9, "NZD")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SIDE_OPENINGS)
def test_a_side_opening_names_the_reporter(text: str, expected: Fact) -> None:
    """The Australian exports had been China's (the story's other side)."""
    assert expected in facts(text, date(2025, 3, 10))


def test_the_other_side_names_no_reporter() -> None:
    """A look-alike: "On the other side," names no country; the story's sides stand."""
    text = (
        "NAIROBI - Kenya's exports to Uganda rose to $1 billion in 2024. On the other side, exports to "
        "Kenya came to $400 million."
    )
    assert fact("exports", "UGA", "KEN", *Y24, 400e6, "USD") in facts(text, date(2025, 3, 10))


#: Goods ranked first as an "item" with no flow word, then what they earned: an item of the flow
#: told before ("Cocoa was the single biggest item, earning $X, while cashew brought in $Y"), or
#: of the flow named after the amount ("fetching $X of the export earnings").
ITEMS_RANKED_WITHOUT_A_FLOW = [
    ("Peru's exports to Chile rose 9% in 2024 to $3.2 billion. Fresh grapes were the largest item "
     "in the basket, earning $400 million, while avocados earned another $150 million.",
     [fact("exports", "PER", "CHL", *Y24, 3.2e9, "USD", 9.0),
      fact("exports", "PER", "CHL", *Y24, 400e6, "USD", product="fresh grapes"),
      fact("exports", "PER", "CHL", *Y24, 150e6, "USD", product="avocados")]),
    ("Peru's exports to Chile rose 9% in 2024 to $3.2 billion. Imports from Chile were worth $1.1 "
     "billion. Zinc concentrate was again the top item, fetching $700 million of the export earnings "
     "from Chile.",
     [fact("exports", "PER", "CHL", *Y24, 3.2e9, "USD", 9.0),
      fact("imports", "PER", "CHL", *Y24, 1.1e9, "USD"),
      fact("exports", "PER", "CHL", *Y24, 700e6, "USD", product="zinc concentrate")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ITEMS_RANKED_WITHOUT_A_FLOW)
def test_an_item_ranked_without_a_flow_word(text: str, expected: list[Fact]) -> None:
    """The ranked item's amount had been no figure ("no flow")."""
    assert facts(text, date(2025, 3, 10)) == set(expected)


#: Goods ranked first among the items of the flow noun after them ("Copper remained the largest
#: single item in Peruvian sales to Chile, at $X") are that figure's goods.
@pytest.mark.parametrize(
    "sentence",
    [
        "Copper cathodes remained the largest single item in Peruvian sales to Chile, at $1.1 billion.",
        "Copper cathodes were the main item of the country's exports to Chile, worth $1.1 billion.",
    ],
)
def test_goods_ranked_among_the_items_of_a_flow(sentence: str) -> None:
    """The goods had been dropped: the figure was of all goods."""
    text = "Peru's exports to Chile rose 9% in 2024 to $3.2 billion. " + sentence
    assert fact("exports", "PER", "CHL", *Y24, 1.1e9, "USD", product="copper cathodes") in facts(
        text, date(2025, 3, 10)
    )


#: "across the border" names the neighbour the story is about, as "to the neighbouring country"
#: does: "Fuels were the largest item in Chilean sales across the border", "shipped goods worth
#: $X across the northern border".
ACROSS_THE_BORDER = [
    ("Chile's exports to Argentina rose to $5 billion in 2024. Imports from Argentina reached $6 billion. "
     "Copper remained the top item in Chilean sales across the border, at $900 million.",
     fact("exports", "CHL", "ARG", *Y24, 900e6, "USD", product="copper")),
    ("Chile's imports from Peru rose to $2 billion in 2024. A year before, Chilean firms had shipped "
     "goods worth $1.5 billion (about 1.4 trillion pesos) across the northern border in 2023.",
     fact("exports", "CHL", "PER", *Y23, 1.5e9, "USD")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ACROSS_THE_BORDER)
def test_across_the_border_is_the_neighbour(text: str, expected: Fact) -> None:
    """The figures had been dropped as totals with the world."""
    assert expected in facts(text, date(2025, 3, 10))


#: A relative clause of change to an amount after goods ("driven by wine and pisco, which went up
#: by 6 percent to $X"): the amount is the goods'.
def test_goods_a_relative_clause_of_change_is_said_of() -> None:
    """The goods had been dropped: the figure was of all goods."""
    text = (
        "Chile's exports to Peru rose 4% to $2.2 billion in 2024. The growth in sales to Peru was largely "
        "driven by wine and pisco, which went up by 12 percent to $310 million."
    )
    assert fact("exports", "CHL", "PER", *Y24, 310e6, "USD", 12.0, "wine and pisco") in facts(
        text, date(2025, 3, 10)
    )


#: Goods "brought in from" a country were imported from it ("brought in" alone is earned).
def test_goods_brought_in_from_a_country_are_imports() -> None:
    """The amount had been no figure."""
    text = (
        "Kenya's exports to India rose to $600 million in 2024. Goods brought in from India were valued "
        "at $3.1 billion in 2024."
    )
    assert facts(text, date(2025, 3, 10)) == {
        fact("exports", "KEN", "IND", *Y24, 600e6, "USD"),
        fact("imports", "KEN", "IND", *Y24, 3.1e9, "USD"),
    }


#: "there" right after a flow word names the country just named as its partner ("Peru came
#: second. Chilean exports there rose ...", "imports from there").
FLOWS_THERE = [
    ("Chile's exports to Argentina rose to $5 billion in 2024. Peru came in second. Chilean exports "
     "there increased 3 percent to $2.1 billion, while imports from Peru amounted to $2.4 billion.",
     fact("exports", "CHL", "PER", *Y24, 2.1e9, "USD", 3.0)),
    ("Chile's exports to Argentina rose to $5 billion in 2024. Peru came in second. Chilean imports from "
     "there reached $2.4 billion.",
     fact("imports", "CHL", "PER", *Y24, 2.4e9, "USD")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FLOWS_THERE)
def test_a_flow_there_is_with_the_country_just_named(text: str, expected: Fact) -> None:
    """The exports had been dropped (no partner)."""
    assert expected in facts(text, date(2025, 3, 10))


#: The goods subject of a share after "of which"/"out of which" are a part of the figure before,
#: also when that figure was a ranked partner's ("X was Y's top export destination, with goods
#: worth $A, out of which copper accounted for $B").
@pytest.mark.parametrize("opener", ["out of which", "of which"])
def test_a_part_of_a_ranked_partners_figure(opener: str) -> None:
    """The part had been no figure ("no flow")."""
    text = (
        "China was Chile's top export destination in 2024, with goods worth $38 billion, "
        f"{opener} copper ore accounted for $21 billion."
    )
    assert fact("exports", "CHL", "CHN", *Y24, 21e9, "USD", product="copper ore") in facts(
        text, date(2025, 3, 10)
    )


#: An epithet of region ("the South American country", "the Asian nation") with no named
#: reporter stands for the one country the sentence before names by its bare name, whatever
#: country the dateline is in; an epithet relative to the home ("the neighbouring country")
#: stays the home's other side.
EPITHETS_OF_REGION = [
    ("SANTIAGO (Yonhap) -- South Korea's trade minister met Chilean officials on Monday. Chile is South "
     "Korea's largest supplier of copper. Imports from the South American country reached $4.1 billion "
     "last year, while South Korea's exports came to $1.9 billion.",
     {fact("imports", "KOR", "CHL", *Y24, 4.1e9, "USD"), fact("exports", "KOR", "CHL", *Y24, 1.9e9, "USD")}),
    ("LIMA - Peru's trade minister met Japanese officials on Monday. Japan is Peru's third buyer of "
     "zinc. Exports to the Asian country reached $2.2 billion last year.",
     {fact("exports", "PER", "JPN", *Y24, 2.2e9, "USD")}),
    # relative to the home: the dateline's country exports to its neighbour
    ("QUITO - Ecuador remained Colombia's second supplier of shrimp in 2024. Exports to the neighbouring "
     "country reached $1.3 billion last year.",
     {fact("exports", "ECU", "COL", *Y24, 1.3e9, "USD")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), EPITHETS_OF_REGION)
def test_an_epithet_of_region_after_a_named_country(text: str, expected: set[Fact]) -> None:
    """The Santiago story's imports had been Chile's from Korea (the dateline's country first)."""
    assert facts(text, date(2025, 3, 10)) == expected


#: A relative aside between a ranked country and its ranking's clause ("Germany, where most of the
#: coffee is roasted, remained the leading destination, taking ...") leaves the country ranked.
@pytest.mark.parametrize(
    "aside",
    [", where most of the country's coffee is roasted,", ", which roasts most of the crop,"],
)
def test_a_ranked_country_before_a_relative_aside(aside: str) -> None:
    """The ranked country's figure had been dropped (the aside cut it off its clause)."""
    text = (
        "Ethiopia's exports to Saudi Arabia reached $300 million in 2024. Germany"
        + aside
        + " retained its place as the leading destination, taking Ethiopian products valued at $410 "
        "million in 2024."
    )
    assert fact("exports", "ETH", "DEU", *Y24, 410e6, "USD") in facts(text, date(2025, 3, 10))


#: A flow verb coordinated after a figure of the other flow, its subject left out, is that
#: subject's other flow with the same partner, also past an itemizing aside or with the partner
#: as a pronoun object ("and sold it $N"); its object left out too, it sells the same goods.
SECOND_VERB_OF_THE_BUYER = [
    (
        "Two-way trade reached $9 billion in 2024, with Chile buying $5.1 billion worth of Brazilian "
        "goods, mainly soybeans, beef and iron ore, and selling $3.9 billion, led by copper.",
        {
            fact("turnover", "CHL", "BRA", *Y24, 9e9, "USD"),
            fact("imports", "CHL", "BRA", *Y24, 5.1e9, "USD"),
            fact("exports", "CHL", "BRA", *Y24, 3.9e9, "USD"),
        },
    ),
    (
        "Peru bought $1.2 billion worth of farm goods from Bolivia in 2024 and sold it $800 million.",
        {
            fact("imports", "PER", "BOL", *Y24, 1.2e9, "USD", None, "farm goods"),
            fact("exports", "PER", "BOL", *Y24, 800e6, "USD", None, "farm goods"),
        },
    ),
    (
        "Norway sold Poland $2.4 billion worth of goods, above all salmon, gas, aluminium and "
        "fertilizer, in 2024, and bought them $1.1 billion.",
        {
            fact("exports", "NOR", "POL", *Y24, 2.4e9, "USD"),
            fact("imports", "NOR", "POL", *Y24, 1.1e9, "USD"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), SECOND_VERB_OF_THE_BUYER)
def test_a_second_verb_of_the_buyer(text: str, expected: set[Fact]) -> None:
    """The selling figure had been dropped (a long aside before it, or "it" as its object)."""
    assert facts(text, PUB) == expected


#: Goods valued in a "with" clause after a pair's flow figure ("..., with wine alone worth $N"),
#: also after a conversion of that figure, and goods set against it after a semicolon, are a
#: part of it; a "with" clause of another partner's flow stays that partner's.
GOODS_VALUED_AFTER_A_FIGURE = [
    (
        "Kenya's exports to Uganda rose 12% to $640 million in 2024, with tea alone worth $210 million.",
        {
            fact("exports", "KEN", "UGA", *Y24, 640e6, "USD", 12.0),
            fact("exports", "KEN", "UGA", *Y24, 210e6, "USD", None, "tea"),
        },
    ),
    (
        "Imports from Turkey came to $2.3 billion (EUR 2.1 billion) in 2024, down 4 percent from a year "
        "earlier, with steel bars valued at $700 million, Georgian customs said.",
        {
            fact("imports", "GEO", "TUR", *Y24, 2.3e9, "USD", -4.0),
            fact("imports", "GEO", "TUR", *Y24, 700e6, "USD", None, "steel bars"),
        },
    ),
    (
        "Chilean shipments to Korea grew 9% to $780 million in 2024; salmon accounted for $246 million "
        "of that.",
        {
            fact("exports", "CHL", "KOR", *Y24, 780e6, "USD", 9.0),
            fact("exports", "CHL", "KOR", *Y24, 246e6, "USD", None, "salmon"),
        },
    ),
    (
        "Kenya's exports to Uganda rose 12% to $640 million in 2024, with those to Tanzania worth "
        "$210 million.",
        {
            fact("exports", "KEN", "UGA", *Y24, 640e6, "USD", 12.0),
            fact("exports", "KEN", "TZA", *Y24, 210e6, "USD"),
        },
    ),
    (
        "Kenya's exports to Uganda rose 12% to $640 million in 2024; imports were $210 million.",
        {
            fact("exports", "KEN", "UGA", *Y24, 640e6, "USD", 12.0),
            fact("imports", "KEN", "UGA", *Y24, 210e6, "USD"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), GOODS_VALUED_AFTER_A_FIGURE)
def test_goods_valued_after_a_figure(text: str, expected: set[Fact]) -> None:
    """The goods' figure had been dropped as one with no flow."""
    assert facts(text, PUB) == expected


#: Goods a sentence says made up the most of a flow, then ", with" the flow noun valuing them,
#: are that figure's goods; a country or buyers in that place are no goods.
@pytest.mark.parametrize(
    ("lead", "product"),
    [
        ("Zinc ore accounted for the lion's share, with sales of", "zinc ore"),
        ("Frozen squid led the way, with shipments of", "frozen squid"),
        ("Tin, the oldest item, made up the bulk of it, with exports of", "tin"),
        ("Japanese buyers accounted for the lion's share, with purchases of", None),
        # goods called the mainstay of the trade, with a place told after
        ("Quinoa remains the backbone of the trade on the Bolivian side, with shipments of", "quinoa"),
    ],
)
def test_goods_leading_a_flow_valued_in_a_with_clause(lead: str, product: str | None) -> None:
    """The goods had been left out (no share verb before the amount itself)."""
    text = (
        f"Bolivia's exports to Japan rose to $3 billion in 2024. {lead} $1.1 billion to the Japanese market."
    )
    found = {f for f in facts(text, PUB) if f[5] == 1.1e9}
    assert {f[-1] for f in found} == ({product} if product else {None} if found else set())


#: A flow said to be "equivalent to" an amount restates a figure told before in another
#: currency (also with a second restatement in parentheses): no fact of its own.
@pytest.mark.parametrize(
    "restated",
    [
        "In rupees, those imports were equivalent to some Rs 9,400 crore.",
        "In rupees, those imports were equivalent to some Rs 9,400 crore (INR 94 billion).",
    ],
)
def test_an_equivalent_in_another_currency_is_no_fact(restated: str) -> None:
    """The restated amount had been read as a fact of its own (dated by a quote's half)."""
    text = "Oman's imports from India totaled $1.1 billion in July 2024. " + restated
    assert facts(text, PUB) == {fact("imports", "OMN", "IND", "2024-07-01", "2024-07-31", 1.1e9, "USD")}


#: The market that paid export earnings may be described ("export receipts from the neighbouring
#: country"): the story's other country, as after "exports to".
@pytest.mark.parametrize("noun", ["receipts", "earnings", "revenue"])
def test_export_earnings_from_a_described_market(noun: str) -> None:
    """The described market had left the figure with no partner."""
    text = (
        "Nepal's export earnings from Bhutan rose to $41 million in 2024. In 2023, Nepal's export "
        f"{noun} from the neighbouring country were $35 million."
    )
    assert fact("exports", "NPL", "BTN", *Y23, 35e6, "USD") in facts(text, PUB)


#: "payments for imports" are what the imports cost; payments for anything else stay no trade.
@pytest.mark.parametrize(
    ("goods", "expected"),
    [("imports", {fact("imports", "LKA", "KOR", *Y24, 900e6, "USD")}), ("services", set())],
)
def test_payments_for_imports(goods: str, expected: set[Fact]) -> None:
    """The imports' cost had been read as a payment, no trade."""
    text = (
        "Sri Lanka's exports to Korea came to $310 million in 2024, while payments for "
        f"{goods} from Korea were $900 million in the same year."
    )
    assert facts(text, PUB) == {fact("exports", "LKA", "KOR", *Y24, 310e6, "USD")} | expected


#: "It" after a figureless sentence naming the pair's trade by a pair cue alone ("Trade between
#: the two countries ...") is that turnover, also after an opening source; a figure compared
#: with it after a conversion is its comparison period's. A sentence of one side's flow names no
#: turnover.
TURNOVER_NAMED_BY_A_PAIR_CUE = [
    (
        "Peru and Japan signed a port deal on Monday. Trade between the two countries has "
        "slowed this year. According to Japanese customs, in January-October it fell 6% to "
        "$4.1 billion (about 620 billion yen), against $4.4 billion in the same period of 2024.",
        {
            fact("turnover", "PER", "JPN", "2025-01-01", "2025-10-31", 4.1e9, "USD", -6.0),
            fact("turnover", "PER", "JPN", "2024-01-01", "2024-10-31", 4.4e9, "USD"),
        },
    ),
    (
        "Peru and Japan signed a port deal on Monday. Bilateral trade has slowed this year. In "
        "January-October it fell 6% to $4.1 billion.",
        {fact("turnover", "PER", "JPN", "2025-01-01", "2025-10-31", 4.1e9, "USD", -6.0)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TURNOVER_NAMED_BY_A_PAIR_CUE)
def test_turnover_named_by_a_pair_cue(text: str, expected: set[Fact]) -> None:
    """The turnover had been dropped ("it" pointed at no figure), and the comparison with it."""
    assert facts(text, date(2025, 12, 9)) == expected


#: A year modifying "figure"/"level" after an amount is the year of the figure it is compared
#: with, not the amount's own date; an amount "of" that figure is the year's own.
@pytest.mark.parametrize(
    ("tail", "dated"),
    [
        (", nearly tripling the 2023 figure.", {240e6: "2024-01-01"}),
        (", well above the 2023 level.", {240e6: "2024-01-01"}),
        (", against the 2023 figure of $90 million.", {240e6: "2024-01-01", 90e6: "2023-01-01"}),
    ],
)
def test_a_year_of_the_figure_compared_with(tail: str, dated: dict[float, str]) -> None:
    """The compared year had dated the amount itself."""
    text = "Chile's exports to India rose 9% in 2024. Wine shipped to India reached $240 million" + tail
    assert {f[5]: f[3] for f in facts(text, PUB)} == dated


#: A country that earned (fetched) an amount "from the <demonym> market" sold goods there: its
#: exports to that country; a market of no country stays no trade.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ghana had fetched $640 million from the Indian market in 2023.",
            {fact("exports", "GHA", "IND", *Y23, 640e6, "USD")},
        ),
        (
            "In 2023, Ghana earned about $640 million from the Indian market, officials said.",
            {fact("exports", "GHA", "IND", *Y23, 640e6, "USD")},
        ),
        ("Ghana had fetched $640 million from the tourism market in 2023.", set()),
    ],
)
def test_earnings_from_a_countrys_market(sentence: str, expected: set[Fact]) -> None:
    """The amount had had no flow word."""
    text = "Ghana's exports to India rose to $700 million in 2024. " + sentence
    assert facts(text, PUB) == {fact("exports", "GHA", "IND", *Y24, 700e6, "USD")} | expected


#: "Import payments" are imports, as central banks count them: of the story's pair when paid for
#: all goods, also a country's goods; paid for one kind of goods with no partner, a total.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On the import side, central bank data showed that settlement of import payments for Thai "
            "goods amounted to $2.9 billion in 2024.",
            {fact("imports", "LAO", "THA", *Y24, 2.9e9, "USD")},
        ),
        (
            "Import payments for fuel from Thailand amounted to $2.9 billion in 2024.",
            {fact("imports", "LAO", "THA", *Y24, 2.9e9, "USD", None, "fuel")},
        ),
        ("Import payments for fuel amounted to $2.9 billion in 2024.", set()),
    ],
)
def test_import_payments(sentence: str, expected: set[Fact]) -> None:
    """ "import payments" had been no flow (a compound of payments)."""
    text = "Laos's exports to Thailand rose to $700 million in 2024. " + sentence
    assert facts(text, PUB) == {fact("exports", "LAO", "THA", *Y24, 700e6, "USD")} | expected


#: A fraction of a world total in an aside after a pair's figure, as a percentage there, is a
#: share of it: the figure stays the pair's, its partner told by an epithet ("..., nearly
#: two-thirds of its total import bill").
@pytest.mark.parametrize("share", ["nearly two-thirds", "about half", "roughly a quarter", "some 60%"])
def test_a_fraction_of_a_world_total_after_a_pairs_figure(share: str) -> None:
    """The world total's words had made the pair's figure a total with the world."""
    text = (
        "Bhutan's exports to Bangladesh rose to $90 million in 2024. India remains the kingdom's main "
        f"supplier. Bhutan bought goods worth $1.1 billion from the southern neighbour in 2024, {share} of "
        "its total import bill."
    )
    assert fact("imports", "BTN", "IND", *Y24, 1.1e9, "USD") in facts(text, PUB)


#: Goods ranked as the biggest item "on the import list" ("in the export basket") are a top item
#: of that flow, as "the biggest import item" is; the amount valuing them is theirs.
@pytest.mark.parametrize(
    ("ranked", "flow"),
    [
        ("was the biggest item on the import list, with handsets worth", "imports"),
        ("remained the largest item in the import basket, fetching", "imports"),
        ("was the biggest import item, with handsets worth", "imports"),
        # "made up the largest product group" with the flow after it (the goods had been lost)
        ("made up the largest product group, with imports worth", "imports"),
        ("formed the biggest category, with imports valued at", "imports"),
    ],
)
def test_goods_ranked_first_on_a_flows_list(ranked: str, flow: str) -> None:
    """The goods' amount had had no flow."""
    text = (
        f"Laos's imports from Vietnam rose to $900 million in 2024. Telecom equipment {ranked} $120 million."
    )
    assert fact(flow, "LAO", "VNM", *Y24, 120e6, "USD", None, "telecom equipment") in facts(text, PUB)


#: "in" between an amount and its goods, as American copy writes it ("bought $3.2 billion in
#: Canadian goods", "sold $2 billion in wheat to Algeria"): the goods' country is the seller, as
#: after "of", and the goods are the product. "in" before a period, a measure or what the sum is
#: counted as opens no goods.
AMOUNTS_IN_GOODS = [
    ("Mexico bought $3.2 billion in Canadian goods during 2023, a drop of 7 per cent.",
     [fact("imports", "MEX", "CAN", *Y23, 3.2e9, "USD", -7.0)]),
    ("Chinese buyers purchased about $20 billion in Brazilian soybeans in 2023.",
     [fact("imports", "CHN", "BRA", *Y23, 20e9, "USD", None, "soybeans")]),
    ("Kenya exported $300 million in Kenyan tea to Pakistan in 2024.",
     [fact("exports", "KEN", "PAK", *Y24, 300e6, "USD", None, "tea")]),
    ("Canada sold $2 billion in wheat to Algeria in 2023.",
     [fact("exports", "CAN", "DZA", *Y23, 2e9, "USD", None, "wheat")]),
    ("Peru shipped $1.1 billion in copper concentrate to Japan in 2024.",
     [fact("exports", "PER", "JPN", *Y24, 1.1e9, "USD", None, "copper concentrate")]),
    # what the sum is counted as, and a period, are no goods
    ("Canada sold $2 billion in sales to Algeria in 2023.",
     [fact("exports", "CAN", "DZA", *Y23, 2e9, "USD")]),
    ("Japan exported $1 billion in 2024 to Vietnam.", [fact("exports", "JPN", "VNM", *Y24, 1e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AMOUNTS_IN_GOODS)
def test_goods_after_in_and_the_amount(text: str, expected: list[Fact]) -> None:
    """With "in" the goods' country had been no side (no figure, or its product lost) and goods
    with a direction after them no product."""
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(
    ("told", "currency"),
    [("in Canadian dollars", "CAD"), ("(Australian dollars)", "AUD"), ("in New Zealand dollar terms", "NZD")],
)
def test_a_dollar_named_after_the_amount_is_its_currency(told: str, currency: str) -> None:
    """ "$3.2 billion in Canadian dollars" had been US dollars."""
    text = f"Fiji's exports to Tonga were worth $3.2 billion {told} in 2023."
    assert facts(text, PUB) == {fact("exports", "FJI", "TON", *Y23, 3.2e9, currency)}


#: A figure that borrows the flow word of the one before it (a gapped clause, or a part told
#: with "with ... taking") borrows its goods: the same flow of the same reporter.
BORROWED_GOODS = [
    ("China's soybean imports from Brazil were $40 billion in 2024, and from the US $15 billion.",
     [fact("imports", "CHN", "BRA", *Y24, 40e9, "USD", None, "soybean"),
      fact("imports", "CHN", "USA", *Y24, 15e9, "USD", None, "soybean")]),
    ("Kenya's tea exports to Egypt fetched $400 million in 2024, with Pakistan taking $620 million.",
     [fact("exports", "KEN", "EGY", *Y24, 400e6, "USD", None, "tea"),
      fact("exports", "KEN", "PAK", *Y24, 620e6, "USD", None, "tea")]),
    # a flow word of its own between them: no goods borrowed
    ("Kenya's tea exports to Egypt fetched $400 million in 2024, while imports from Pakistan were $620 "
     "million.",
     [fact("exports", "KEN", "EGY", *Y24, 400e6, "USD", None, "tea"),
      fact("imports", "KEN", "PAK", *Y24, 620e6, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BORROWED_GOODS)
def test_a_figure_borrowing_the_flow_word_before_borrows_its_goods(text: str, expected: list[Fact]) -> None:
    """The second figure had had no goods (and "from the US $15 billion" no partner)."""
    assert facts(text, PUB) == set(expected)


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Mexico's imports of U.S. corn jumped 12% to $5.5 billion in 2024.", "corn"),
        ("Japan's imports of U.S. liquefied natural gas hit $6.1 billion in 2024.", "liquefied natural gas"),
        ("Kenya's imports of U.A.E. petroleum products rose to $2.3 billion in 2024.", "petroleum products"),
        ("Taiwan bought $3.4 billion worth of U.S. wheat in 2024.", "wheat"),
        ("Exports of U.K. whisky to India rose to £250 million in 2024.", "whisky"),
        # the country's goods in general are all goods; a dollar amount after the initials no goods
        ("Vietnam's imports of U.S. goods rose to $15 billion in 2024.", None),
        ("Imports of U.S. $2 billion from Canada were recorded by Peru in 2024.", None),
    ],
)  # fmt: skip
def test_goods_after_a_country_s_dotted_initials(text: str, product: str | None) -> None:
    """ "imports of U.S. soybeans": the dotted initials name the goods' origin, and the goods are
    those after them (the dots had kept any goods from being read)."""
    assert [f[-1] for f in facts(text, PUB)] == [product]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the country's possessive is no part of its goods (they had been "s phosphates")
        ("Tunisia's phosphates earned $1.1 billion from exports to Brazil in 2024.", date(2025, 2, 4),
         [fact("exports", "TUN", "BRA", *Y24, 1.1e9, "USD", None, "phosphates")]),
        ("Laos' coffee earned $90 million from exports to Thailand in 2024.", date(2025, 2, 4),
         [fact("exports", "LAO", "THA", *Y24, 90e6, "USD", None, "coffee")]),
        # a firm named after the noun of its kind is no goods (it had been "s copper giant zccm");
        # a listed firm's earnings are its own, no country's figure (test_trade_named_firm_sold.py)
        ("Zambia's copper giant ZCCM earned $2 billion from exports to China in 2024.", date(2025, 2, 4),
         []),
        ("Peru's state miner Minero Andino earned $800 million from sales to Japan in 2024.",
         date(2025, 2, 4), [fact("exports", "PER", "JPN", *Y24, 800e6, "USD")]),
        # goods whose words merely start a capital stay goods
        ("Tunisian olive oil earned $1.1 billion from exports to Spain in 2024.", date(2025, 2, 4),
         [fact("exports", "TUN", "ESP", *Y24, 1.1e9, "USD", None, "olive oil")]),
    ],
)  # fmt: skip
def test_subjects_that_earned_from_exports(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)
