"""Trade figures in the styles of state and national news agencies, written for these tests.

Invented stories only (other countries and wording than any labelled document). Facts are
compared as sets of (flow, reporter, partner, start, end, value, currency, change_pct,
has_product); turnover pairs unordered.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import Fact, fact, facts

from orchestration.extraction.pipeline import extract_document

PUB = date(2025, 8, 8)
Y24 = ("2024-01-01", "2024-12-31")
H1_25 = ("2025-01-01", "2025-06-30")

#: A bare "Trade turnover ..." or "Trade volume ..." opening a sentence, with a verb of change
#: ("grew by 12% to ...") or after a fronted time ("In January-June, trade volume fell ..."),
#: is the trade of the two sides just told (a meeting, or a flow without a figure), as "Trade
#: volume reached ..." already was.
BARE_TURNOVER_AFTER_THE_SIDES = [
    ("ASTANA - Kazakh President A met Turkmen President B in Astana on Monday. Trade turnover grew "
     "by 12% last year to $640 million.", PUB,
     [fact("turnover", "KAZ", "TKM", *Y24, 640e6, "USD", 12.0)]),
    ("Belarusian exports to Vietnam doubled in the first half of 2025. Trade turnover reached $310 "
     "million.", PUB,
     [fact("turnover", "BLR", "VNM", *H1_25, 310e6, "USD")]),
    ("Uzbek Foreign Minister C received the Latvian ambassador on Tuesday. In January-June, trade "
     "volume fell 3% to $96 million.", PUB,
     [fact("turnover", "UZB", "LVA", *H1_25, 96e6, "USD", -3.0)]),
    ("Mongolian Prime Minister D held talks with the Hungarian foreign minister. Last year, trade "
     "turnover rose 7 percent to 210 million euros.", PUB,
     [fact("turnover", "MNG", "HUN", *Y24, 210e6, "EUR", 7.0)]),
    # near misses: a forecast, a turnover that is not trade (a company's), no sides told, a
    # world total told before, a partner of its own
    ("Uzbek Foreign Minister C received the Latvian ambassador on Tuesday. Trade turnover is "
     "expected to grow to $150 million next year.", PUB, []),
    ("Uzbek Foreign Minister C received the Latvian ambassador on Tuesday. Turnover grew 4% to $180 "
     "million in 2024.", PUB, []),
    ("The company opened a new plant on Tuesday. Trade turnover grew 4% to $180 million in 2024.",
     PUB, []),
    ("Uzbekistan's foreign trade turnover rose 8% to $66 billion in 2024. Trade turnover grew 4% to "
     "$180 million in the first quarter.", PUB, []),
    ("Uzbek Foreign Minister C received the Latvian ambassador on Tuesday. Trade turnover with "
     "Lithuania grew 4% to $180 million in 2024.", PUB,
     [fact("turnover", "UZB", "LTU", *Y24, 180e6, "USD", 4.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), BARE_TURNOVER_AFTER_THE_SIDES)
def test_bare_turnover_after_the_sides(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: The second flow of a pair with its verb and its unit both left out ("exports totalled 4.4
#: billion euros and imports 2.9 billion", "exports stood at 61 billion yuan, imports at 38
#: billion") is in the unit of the figure before it, as "imports of 2.9 billion" already was;
#: an amount of tonnes or barrels after the noun stays no money.
GAPPED_FLOW_WITHOUT_UNIT = [
    ("LISBON - Trade between Portugal and Brazil reached 7.3 billion euros in 2024, with Portuguese "
     "exports totalling 4.4 billion euros and imports 2.9 billion.", PUB,
     [fact("turnover", "PRT", "BRA", *Y24, 7.3e9, "EUR"),
      fact("exports", "PRT", "BRA", *Y24, 4.4e9, "EUR"),
      fact("imports", "PRT", "BRA", *Y24, 2.9e9, "EUR")]),
    ("Mongolia's exports to China stood at 61 billion yuan in the first half of 2025, imports at "
     "about 38 billion.", PUB,
     [fact("exports", "MNG", "CHN", *H1_25, 61e9, "CNY"),
      fact("imports", "MNG", "CHN", *H1_25, 38e9, "CNY")]),
    ("Polish exports to Slovakia amounted to 41.2 billion zlotys in 2024, imports 23.5 billion, "
     "according to the statistics office.", PUB,
     [fact("exports", "POL", "SVK", *Y24, 41.2e9, "PLN"),
      fact("imports", "POL", "SVK", *Y24, 23.5e9, "PLN")]),
    # near misses: a quantity after the noun, and a verb "imports" with a quantity
    ("Peru's copper exports to Japan reached 2.4 billion dollars in 2024, and imports 1.1 million "
     "tonnes.", PUB,
     [fact("exports", "PER", "JPN", *Y24, 2.4e9, "USD", product=True)]),
    ("Peru's exports to Japan reached 2.4 billion dollars in 2024, and it imports 2 million barrels "
     "a day.", PUB,
     [fact("exports", "PER", "JPN", *Y24, 2.4e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), GAPPED_FLOW_WITHOUT_UNIT)
def test_gapped_flow_without_unit(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


PUB_OCT = date(2025, 10, 23)
TO_SEPTEMBER = ("2025-01-01", "2025-09-30")

#: A running total whose words open the sentence ("As of end-September, ...", "Through the end
#: of September, ...", "As of 30 September 2025, ...") counts from January, as it did written
#: after the figure; a lone "At the end of September" was so already, and "in September" stays
#: the month alone.
RUNNING_TOTALS_OPENING_THE_SENTENCE = [
    ("As of end-September, Tunisia's exports to Italy stood at 8.1 billion dinars.", PUB_OCT,
     [fact("exports", "TUN", "ITA", *TO_SEPTEMBER, 8.1e9, "TND")]),
    ("As of the end of September, Tunisia's exports to Italy stood at 8.1 billion dinars.", PUB_OCT,
     [fact("exports", "TUN", "ITA", *TO_SEPTEMBER, 8.1e9, "TND")]),
    ("Through the end of September, Georgia's imports from Turkey amounted to $1.6 billion.", PUB_OCT,
     [fact("imports", "GEO", "TUR", *TO_SEPTEMBER, 1.6e9, "USD")]),
    ("Up to the end of September, Georgia's imports from Turkey amounted to $1.6 billion.", PUB_OCT,
     [fact("imports", "GEO", "TUR", *TO_SEPTEMBER, 1.6e9, "USD")]),
    ("As of September 30, 2025, Georgia's imports from Turkey amounted to $1.6 billion.", PUB_OCT,
     [fact("imports", "GEO", "TUR", *TO_SEPTEMBER, 1.6e9, "USD")]),
    ("As of 30 September this year, Georgia's imports from Turkey amounted to $1.6 billion.", PUB_OCT,
     [fact("imports", "GEO", "TUR", *TO_SEPTEMBER, 1.6e9, "USD")]),
    # near misses: the month alone, and the same words after the figure (as before)
    ("In September, Georgia's imports from Turkey amounted to $180 million.", PUB_OCT,
     [fact("imports", "GEO", "TUR", "2025-09-01", "2025-09-30", 180e6, "USD")]),
    ("Georgia's imports from Turkey amounted to $1.6 billion as of end-September.", PUB_OCT,
     [fact("imports", "GEO", "TUR", *TO_SEPTEMBER, 1.6e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), RUNNING_TOTALS_OPENING_THE_SENTENCE)
def test_running_totals_opening_the_sentence(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: After a ranking said of the figure before, an amount that comes with a second ranking in the
#: same sentence is ranked by the second ("..., making Germany its second-largest export
#: market, while China remained its largest import source with $22.4 billion": imports from
#: China), not by the first (it had given nothing).
SECOND_RANKING_OF_A_SENTENCE = [
    ("DHAKA - Bangladesh's exports to Germany rose 9 percent in 2024 to $7.1 billion, making Germany "
     "its second-largest export market, while China remained its largest import source with $22.4 "
     "billion.", PUB,
     [fact("exports", "BGD", "DEU", *Y24, 7.1e9, "USD", 9.0),
      fact("imports", "BGD", "CHN", *Y24, 22.4e9, "USD")]),
    ("Ecuador's imports from China rose to $6.2 billion in 2024, the top supplier, while the United "
     "States was its largest export destination with $7.9 billion.", PUB,
     [fact("imports", "ECU", "CHN", *Y24, 6.2e9, "USD"),
      fact("exports", "ECU", "USA", *Y24, 7.9e9, "USD")]),
    # a second ranking with no amount of its own gives nothing; two of the same flow each give theirs
    ("Bangladesh's exports to Germany rose 9 percent in 2024 to $7.1 billion, making Germany its "
     "second-largest export market, while China remained its largest import source.", PUB,
     [fact("exports", "BGD", "DEU", *Y24, 7.1e9, "USD", 9.0)]),
    ("Bangladesh's exports to the US reached $8.4 billion in 2024, its largest export market, while "
     "Germany was its second-largest export market with $7.1 billion.", PUB,
     [fact("exports", "BGD", "USA", *Y24, 8.4e9, "USD"),
      fact("exports", "BGD", "DEU", *Y24, 7.1e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), SECOND_RANKING_OF_A_SENTENCE)
def test_second_ranking_of_a_sentence(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A change, then a participle of passing with the amount right after it ("grew by 18% in 2024,
#: exceeding $4.3 billion", "surpassing", "topping") is the subject's own level, as ", reaching
#: $4.3 billion" is; it had been read as a level compared with. With a determiner or another's
#: possessive before the amount ("surpassing the OMR 410 million recorded in ...", "exceeding the
#: $2.5 billion target") it stays what it was.
PASSING_PARTICIPLE_AFTER_A_CHANGE = [
    ("MINSK - The volume of mutual trade between Belarus and Indonesia grew by 18% in 2024, exceeding "
     "$4.3 billion.", PUB,
     [fact("turnover", "BLR", "IDN", *Y24, 4.3e9, "USD", 18.0)]),
    ("Serbia's exports to Hungary rose 9 percent last year, surpassing 3.1 billion euros.", PUB,
     [fact("exports", "SRB", "HUN", *Y24, 3.1e9, "EUR", 9.0)]),
    ("Trade between Qatar and Pakistan jumped 14% in 2024, topping $2.6 billion.", PUB,
     [fact("turnover", "QAT", "PAK", *Y24, 2.6e9, "USD", 14.0)]),
    # near misses: the level compared with, and a target
    ("Kuwait's exports to India rose 12% to KWD 450 million in January, surpassing the KWD 410 million "
     "recorded in January 2024.", date(2025, 2, 9),
     [fact("exports", "KWT", "IND", "2025-01-01", "2025-01-31", 450e6, "KWD", 12.0),
      fact("exports", "KWT", "IND", "2024-01-01", "2024-01-31", 410e6, "KWD")]),
    ("Trade between Qatar and Pakistan rose 5% to $3 billion in 2024, exceeding the $2.5 billion "
     "target.", PUB,
     [fact("turnover", "QAT", "PAK", *Y24, 3e9, "USD", 5.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PASSING_PARTICIPLE_AFTER_A_CHANGE)
def test_passing_participle_after_a_change(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: The bare turnover after a fronted source or link word ("According to him, trade turnover
#: rose ...", "Meanwhile, trade volume fell ..."), as after a fronted time; "Overall," tells a
#: total with everyone, and stays no fact of the two sides.
BARE_TURNOVER_AFTER_A_FRONTED_SOURCE = [
    ("Georgian Prime Minister E received the Armenian foreign minister on Monday. According to him, "
     "trade turnover rose 5% to $1.1 billion last year.", PUB,
     [fact("turnover", "GEO", "ARM", *Y24, 1.1e9, "USD", 5.0)]),
    ("Georgian Prime Minister E received the Armenian foreign minister on Monday. Meanwhile, trade "
     "volume fell 2% to $1.1 billion in the first half of 2025.", PUB,
     [fact("turnover", "GEO", "ARM", *H1_25, 1.1e9, "USD", -2.0)]),
    ("Georgian Prime Minister E received the Armenian foreign minister on Monday. Overall, trade "
     "turnover rose 5% to $24 billion last year.", PUB, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), BARE_TURNOVER_AFTER_A_FRONTED_SOURCE)
def test_bare_turnover_after_a_fronted_source(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A target's multiple before the flow noun ("aim to triple non-oil trade to ... from $2 billion
#: in 2024") is no goods, as "double" was not: the past level is of the goods after it alone (it
#: had given the goods "triple non-oil").
MULTIPLE_OF_A_TARGET_IS_NO_GOODS = [
    ("DOHA - Qatar and Vietnam plan to triple non-oil trade to $6 billion by 2030 from $2 billion in "
     "2024.", PUB,
     [fact("turnover", "QAT", "VNM", *Y24, 2e9, "USD", product=True)]),
    ("Qatar and Vietnam plan to quadruple trade to $6 billion by 2030 from $1.5 billion in 2024.", PUB,
     [fact("turnover", "QAT", "VNM", *Y24, 1.5e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), MULTIPLE_OF_A_TARGET_IS_NO_GOODS)
def test_multiple_of_a_target_is_no_goods(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


def test_multiple_of_a_target_leaves_the_goods_alone() -> None:
    """The goods after the multiple stay the figure's goods: "non-oil", not "triple non-oil"."""
    text = "Qatar and Vietnam plan to triple non-oil trade to $6 billion by 2030 from $2 billion in 2024."
    mentions = extract_document(text, PUB, None).trade_mentions
    assert [m.product for m in mentions] == ["non-oil"]


#: A part counted inside a forecast or goal told right before it (", including $9 billion to
#: Egypt", ", of which ...") is as much a forecast: no fact (it had given one). The same part of a
#: stated figure, and a stated figure set beside a goal after ", with", stay facts.
PART_OF_A_FORECAST = [
    ("Belarus's exports to Asia are projected to reach $12 billion in 2026, including $4 billion to "
     "China.", PUB, []),
    ("Belarus's exports to Asia will reach $12 billion in 2026, of which $4 billion to China.", PUB, []),
    ("Belarus's exports to Asia reached $11 billion in 2024, including $4 billion to China.", PUB,
     [fact("exports", "BLR", "CHN", *Y24, 4e9, "USD")]),
    ("Belarus and China aim to raise trade to $10 billion by 2030, with trade at $4 billion last "
     "year.", PUB,
     [fact("turnover", "BLR", "CHN", *Y24, 4e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), PART_OF_A_FORECAST)
def test_part_of_a_forecast(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)


#: A clause with no flow of its own after a goal for the trade in the same sentence ("plan to bring
#: trade to $3 billion in 2030, while last year it stood at $1.1 billion") tells of that trade,
#: as it did in the next sentence; it had given nothing. A forecast in that clause, another
#: subject (investment), and a world total stay no fact.
CLAUSE_AFTER_A_GOAL = [
    ("CAIRO - Egypt and Kenya plan to bring trade to $3 billion in 2030, while last year it stood at "
     "$1.1 billion.", PUB,
     [fact("turnover", "EGY", "KEN", *Y24, 1.1e9, "USD")]),
    ("Egypt and Kenya aim to raise bilateral trade to $3 billion by 2030, while in January-June it "
     "fell 4 percent to $520 million.", PUB,
     [fact("turnover", "EGY", "KEN", *H1_25, 520e6, "USD", -4.0)]),
    ("Egypt and Kenya plan to bring trade to $3 billion in 2030, while it could reach $1.5 billion "
     "next year.", PUB, []),
    ("Egypt and Kenya plan to bring trade to $3 billion in 2030, while investment reached $900 million "
     "last year.", PUB, []),
    ("Egypt's trade with the world is expected to reach $150 billion, while last year it stood at $130 "
     "billion.", PUB, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), CLAUSE_AFTER_A_GOAL)
def test_clause_after_a_goal(text: str, published: date, expected: list[Fact]) -> None:
    assert facts(text, published) == set(expected)
