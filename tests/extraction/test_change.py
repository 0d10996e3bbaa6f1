"""Percentages, multiples and change words: sign, size and kind (change, share, level...)."""

import pytest
from test_money import gold_documents

from orchestration.extraction.change import Change, find_changes, multiple_to_pct


def one(text: str) -> Change:
    found = find_changes(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "pct"),
    [
        # verbs and adverbs before the number
        ("trade increased by 30 percent", 30.0),
        ("exports were up 6.8% in May", 6.8),
        ("imports fell 2.5 pct", -2.5),
        ("turnover rose 9.7% to $2.6 billion", 9.7),
        ("shipments decreased by 3.1%", -3.1),
        ("trade was down 7 percent year-on-year", -7.0),
        ("exports jumped 49.3 percent on-year", 49.3),
        ("having grown by 45.5 per cent", 45.5),
        ("bilateral trade surged 61pc", 61.0),
        ("imports slumped by 18.2 per-cent", -18.2),
        ("the surplus narrowed 4%", -4.0),
        ("Brazilian soy sales to China climbed 11.3 percent", 11.3),
        ("Nigeria's oil receipts dropped 23 per cent", -23.0),
        ("Vietnam's shipments to the US soared 35.7% in the first half", 35.7),
        ("Kenyan tea exports to Pakistan declined by 9.6 percent", -9.6),
        ("trade with Mexico expanded 4.4 percent from a year earlier", 4.4),
        ("Exports to China increased in 2023 by 5%", 5.0),
        ("copper sales to India contracted 12 percent", -12.0),
        ("the deficit widened by 8 percent", 8.0),
        ("exports grew by five percent", 5.0),
        # a verb sized by the rate it went at
        ("exports grew at a rate of 12%", 12.0),
        ("imports fell at an annual pace of 3.5 percent", -3.5),
        # a change's rate with no verb: "a growth rate of 9 percent" (it had been a level)
        ("sales to Peru were $3 billion, a growth rate of 6.2 percent", 6.2),
        ("shipments to Chad fell, recording a decline rate of 4 percent", -4.0),
        ("imports from Laos showed a negative growth rate of 1.5%", -1.5),
        # nouns and adjectives after the number
        ("a 22 percent increase", 22.0),
        ("marking a 17 percent increase compared to the same period", 17.0),
        ("which is 9.4% more than in the same period of 2021", 9.4),
        ("30 per cent more than a year ago", 30.0),
        ("14.7 percent greater than in 2022", 14.7),
        ("The figure is 24 percent higher than in 2021.", 24.0),
        ("a 7.5% year-on-year decline", -7.5),
        ("a 12 percent drop", -12.0),
        ("11% lower than in 2021", -11.0),
        ("an increase of 6.3 percent compared to 2021", 6.3),
        ("a decline of 4 percent", -4.0),
        ("growth of 3.2% y/y", 3.2),
        # written signs
        ("+30 percent", 30.0),
        ("(+12% on 2022)", 12.0),
        ("trade with Chile (-3.1%)", -3.1),
        ("exports: −4.5%", -4.5),
        ("EUR 9.8 million in 2023 (–14,3 % vs 2022)", -14.3),  # an en dash typeset as a minus
        # multiples (wire usage: grew 1.5 times = x1.5)
        ("grew 1.5 times", 50.0),
        ("increasing 1.8 times compared to 2021", 80.0),
        ("1.8 times compared to 2021", 80.0),
        # a multiple of an earlier period's figure is growth
        ("1.7 times the level of a year earlier", 70.0),
        ("2.5 times the 2023 figure", 150.0),
        ("1.4 times that of the previous year", 40.0),
        ("increased 1.6-fold to €212.4 million", 60.0),
        ("rose 1.3 fold", 30.0),
        ("exports to Brazil increased 1.4 times", 40.0),
        ("decreased 1.4 times", -28.57),
        ("imports fell 2 times", -50.0),
        ("three times more than in 2020", 200.0),
        ("a threefold increase", 200.0),
        ("trade grew twofold", 100.0),
        # change words
        ("in January-May 2024 it doubled to $318.2 mln", 100.0),
        ("trade more than doubled", 100.0),
        ("exports tripled", 200.0),
        ("imports have trebled since 2019", 200.0),
        ("volumes quadrupled", 300.0),
        ("the deficit halved", -50.0),
        ("grew by a third", 33.33),
        ("rose by one third", 33.33),
        ("increased by half", 50.0),
        ("fell by a quarter", -25.0),
        ("declined by nearly a third", -33.33),
        ("sales were cut in half", -50.0),
        ("dropped by two thirds", -66.67),
        # a fraction the direction word itself sizes, "of" after a noun: none had been read
        ("an increase of a quarter on 2023", 25.0),
        ("a drop of nearly a fifth", -20.0),
        ("shipments were up a third at $2 billion", 33.33),
        ("imports were down a quarter, to $1 billion", -25.0),
        # verbs of recovery are rises
        ("coffee sales recovered 9.2% to $310 million", 9.2),
        ("shipments rallied by 4 percent in March", 4.0),
        # a rise noun negated (South Asian copy), and "x" for "times" (business press)
        ("exports posted a negative growth of 3.6 percent", -3.6),
        ("imports recorded negative growth of 11%", -11.0),
        ("sales grew 2.5x to $40 million", 150.0),
        ("shipments rose 3× in a year", 200.0),
        # a change noun joined to its number by words of estimate or measure (Arabic and French calques)
        ("an increase estimated at 9 percent", 9.0),
        ("a decrease estimated at 6 percent", -6.0),
        ("increasing by a percentage of 12.7 percent", 12.7),
        ("with a growth percentage of 12.7%", 12.7),
        ("a rise in the order of 6 percent", 6.0),
        ("an increase amounting to 9 percent", 9.0),
        ("a decline put at 4.5 per cent", -4.5),
        # every change noun reads both ways: after a connector and as the subject of a level
        ("a downturn estimated at 3 percent", -3.0),
        ("the slump amounted to 6 percent", -6.0),
        ("the jump in shipments was 14.2 percent", 14.2),
        ("the uptick came to 1.5%", 1.5),
    ],
)
def test_changes(text, pct):
    change = one(text)
    assert change.kind == "change"
    assert change.pct == pytest.approx(pct, abs=0.01)
    assert text[change.start : change.end] == change.text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Spain accounted for 27.3 percent of the country's exports", "share"),
        ("exports to Spain, amounting to 9 percent of the total", "share"),
        ("accounting for around 6 percent of Oman's non-oil trade", "share"),
        ("China's share of 15.3 percent", "share"),
        ("a share of 15.3 percent", "share"),
        ("1.4 billion people, or 18 percent of the world population", "share"),
        ("about 37 percent of global output", "share"),
        ("Qatari LNG accounts for about 25 percent of Japan's imports", "share"),
        ("the EU takes a 20% share", "share"),
        ("which represents 12 percent", "share"),
        ("the share of the ruble exceeds 90%", "level"),
        ("China's share rose to 15.3 percent", "level"),
        ("the base rate, currently at 14.75 percent", "level"),
        ("Russia's share in total trade was 15.7%", "level"),
        ("inflation stood at 5%", "level"),
        # an average or compound rate is over years, no change from the period before
        ("trade grew at an average annual rate of 5%", "level"),
        ("inflation ran at a rate of 4%", "level"),
        ("trade logged an average growth rate of 5% over the decade", "level"),
        ("a compound annual growth rate of 7%", "level"),
        ("a loss rate of 9 percent", "level"),
        ("fell from 10% to 7%", "level"),
        ("a 5% tariff", "level"),
        ("unemployment rose 2 percentage points", "points"),
        ("margins fell 1.5 pp", "points"),
        ("1.5 times the EU average", "ratio"),
        ("1.5 times the level of Kenya", "ratio"),
    ],
)
def test_not_changes_have_their_kind_and_no_pct(text, kind):
    found = find_changes(text)
    assert [c.kind for c in found][-1:] == [kind]
    assert found[-1].pct is None


@pytest.mark.parametrize(
    "text",
    [
        "trade increased significantly",
        "the leaders met three times",
        "visited the country many times",
        "in 2023 trade reached $5 billion",
        "shipments could triple by 2030",
        "double-digit growth",
        "a double taxation treaty",
        "one third of the budget",
        "half of the exports",
        "sometimes trade falls",
        "the percentage of exports",
        "sales of 4x4 vehicles rose",
        "a 2x2 matrix of options",
    ],
)
def test_no_change(text):
    assert [c for c in find_changes(text) if c.kind == "change"] == []


def test_vague_multiples_are_changes_without_a_figure():
    change = one("trade with Brazil grew several times")
    assert (change.kind, change.pct, change.direction) == ("change", None, 1)
    change = one("exports increased manifold")
    assert (change.kind, change.pct, change.direction) == ("change", None, 1)


def test_values_and_directions_are_exposed():
    change = one("decreased by 3.1%")
    assert (change.value, change.direction, change.basis) == (3.1, -1, "percent")
    change = one("grew 1.5 times")
    assert (change.value, change.direction, change.basis) == (1.5, 1, "multiple")


def test_a_range_dash_is_not_a_minus():
    assert one("in 2023-5% of firms").value == 5.0
    assert one("up 5-7%").pct == 5.0


def test_several_changes_in_one_sentence_keep_their_own_direction():
    text = "exports grew by 21.4% to $64.35 billion, while imports fell by 8.2% to $71.08 billion"
    assert [c.pct for c in find_changes(text)] == [21.4, -8.2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sales to Peru grew 7.3% in value terms and 2% in volume", [("grew 7.3%", 7.3), ("2%", 2.0)]),
        ("shipments rose 12% and 8% respectively", [("rose 12%", 12.0), ("8%", 8.0)]),
        ("oil and gas receipts were down 4 pct and 11 pct", [("down 4 pct", -4.0), ("11 pct", -11.0)]),
        ("they climbed 16.2%, 9.8% and 5.1%", [("climbed 16.2%", 16.2), ("9.8%", 9.8), ("5.1%", 5.1)]),
        ("they rose nine percent and 4 percent", [("rose nine percent", 9.0), ("4 percent", 4.0)]),
        ("up twelve per cent and eight per cent", [("up twelve per cent", 12.0), ("eight per cent", 8.0)]),
        ("receipts grew 7.3pc in value and 2pc by volume", [("grew 7.3pc", 7.3), ("2pc", 2.0)]),
        ("sales rose 6 per-cent and 3 per-cent", [("rose 6 per-cent", 6.0), ("3 per-cent", 3.0)]),
        ("it fell 5 percent and 2 pct", [("fell 5 percent", -5.0), ("2 pct", -2.0)]),
    ],
)
def test_each_percentage_of_a_list_keeps_its_own_span(text: str, expected: list) -> None:
    """One verb sizes every percentage listed after it. Each percentage had reached back to the
    verb, so the last one's span swallowed the others and only the last was returned: "grew 7.3%
    in value terms and 2% in volume" lost the value's change. Every unit of a percentage ends
    such a list ("7.3pc ... and 2pc" had kept the first's span reaching over the second)."""
    assert [(c.text, c.pct) for c in find_changes(text)] == expected


@pytest.mark.parametrize(
    ("multiple", "direction", "pct"),
    [(1.5, 1, 50.0), (2.1, 1, 110.0), (1.4, -1, -28.57), (2, -1, -50.0), (0.8, -1, -20.0), (3, 0, None)],
)
def test_multiple_to_pct(multiple, direction, pct):
    assert multiple_to_pct(multiple, direction) == pct


def test_corpus_every_stated_gold_change_is_found():
    missing = []
    for name, doc, gold in gold_documents():
        changes = [c.pct for c in find_changes(doc.text) if c.kind == "change" and c.pct is not None]
        for fact in gold["trade_facts"]:
            if fact["change_pct"] is not None and not any(
                abs(p - fact["change_pct"]) <= 0.051 for p in changes
            ):
                missing.append((name, fact["change_pct"]))
    assert missing == []


@pytest.mark.parametrize(
    ("text", "pct"),
    [
        ("made up $48.9 million, or 187.5% of the 2022 level", 87.5),
        ("reached $12 million, or 95.3% of the level of a year earlier", -4.7),
        ("made up $48.9 million, or 112.4% year-on-year", 12.4),
        ("made up $48.9 million, up 12% year-on-year", 12.0),
        # Central European statistics offices: the value, the level, the comparison named
        ("came to HUF 900 billion, i.e. 106.2 percent of the value recorded a year before", 6.2),
        ("reached EUR 4 billion, or 91.5% of the level a year ago", -8.5),
        ("totalled CZK 80 billion, or 104.1% compared to the same period of 2023", 4.1),
        # the earlier period by its months and year, as Central Asian agencies write it
        ("amounted to $1.6 billion, or 124.5% compared to January-September 2023", 24.5),
        ("amounted to $1.6 billion, or 96.2% compared to June 2023", -3.8),
        ("totalled CZK 80 billion, which is 97.5 per cent compared with the previous year", -2.5),
        # in brackets right after the amount (it had been a level)
        ("exports in 2024 - $24.7 billion (104.1% compared to 2023)", 4.1),
        ("imports were 2.1 bln (96.5 percent compared with the previous year)", -3.5),
    ],
)
def test_a_ratio_to_an_earlier_level_is_a_change(text: str, pct: float) -> None:
    """Belarusian and Russian copy writes a change as a ratio to the earlier period's level ("or
    187.5% of the 2022 level"): +87.5; "made up" is a verb of amount, no rise."""
    assert [c.pct for c in find_changes(text) if c.kind == "change"] == [pct]


def test_a_share_or_a_plain_year_on_year_percentage_is_no_ratio() -> None:
    """ "18% of total exports" is a share and "or 12% year-on-year" (under 100) says no direction."""
    assert [c.pct for c in find_changes("accounted for 18% of total exports")] == [None]
    assert [c.pct for c in find_changes("made up $4 million, or 12% year-on-year")] == [None]
    assert [c.pct for c in find_changes("or 27.5 percent of the value of all exports in 2023")] == [None]
    assert [c.pct for c in find_changes("accounted for 31% compared with 28% in 2023")] == [None, None]


@pytest.mark.parametrize(
    "text",
    [
        "The ten largest buyers made up 61.3 percent of all shipments.",
        "Fuel took up 14% of the import bill.",
        "Machinery is making up 9.8 per cent of purchases abroad.",
    ],
)
def test_a_share_after_made_up_is_no_rise(text: str) -> None:
    """ "The top five countries made up 27.5 percent of total exports": "up" completes the verb of
    a share, so the percentage is no change (it had been +27.5 on the figure told before)."""
    assert [(c.kind, c.pct) for c in find_changes(text)] == [("share", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "sales to Oman came to $3 billion, 8.5 percent below the peak reached a year before",
            [("change", -8.5)],
        ),
        ("exports ended 2023 some 6% above their 2021 level", [("change", 6.0)]),
        ("imports were 11 per cent below last year's", [("change", -11.0)]),
        # a line to be met, or no earlier figure, is no change
        ("shipments were 4 percent below the 2025 target", [("level", None)]),
        ("wages rose to 3 percent above inflation", [("level", None)]),
    ],
)
def test_above_or_below_an_earlier_figure_is_a_change(text: str, expected: list) -> None:
    """ "14.2 percent below the record set a year earlier" is a change against that year's
    figure, as "14.2 percent lower than a year earlier" is (it had been a level, no change)."""
    assert [(c.kind, c.pct) for c in find_changes(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("turnover reached $3 billion, exceeding the previous year's level by 14%", [("change", 14.0)]),
        ("exports topped the 2022 figure by 6.5 percent", [("change", 6.5)]),
        ("sales surpassed last year's by 9 per cent", [("change", 9.0)]),
        # passing another flow, not an earlier level, is no stated change
        ("exports exceeded imports by 12 percent", [("change", None)]),
    ],
)
def test_exceeding_an_earlier_level_by_a_percentage_is_a_rise(text: str, expected: list) -> None:
    """ "exceeding the previous year's level by 21%" is a rise of 21% over that year (it had been a
    change with no direction, which no figure took)."""
    assert [(c.kind, c.pct) for c in find_changes(text)] == expected


@pytest.mark.parametrize(
    ("text", "pct"),
    [
        ("sales reached $2.4 billion, or 1.3 times as much as a year earlier", 30.0),
        ("imports came to $900 million, 1.5 times as high as in 2022", 50.0),
        ("volumes were 2.2 times as large as the same period of 2023", 120.0),
    ],
)
def test_times_as_much_as_an_earlier_period_is_growth(text: str, pct: float) -> None:
    """ "1.2 times as much as a year earlier" is x1.2 of that period's figure: +20 (it had been a
    ratio with no direction, so no change)."""
    assert [c.pct for c in find_changes(text) if c.kind == "change"] == [pct]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "double", "twice", "triple" before an earlier period's figure or level (had been nothing)
        (
            "coffee took NZ$410 million of it, double the NZ$205 million recorded a year earlier",
            [("change", 100.0)],
        ),
        ("imports were $6 billion, twice the level of 2021", [("change", 100.0)]),
        ("sales came to €900m, triple the €300m of the previous year", [("change", 200.0)]),
        ("sales came to €590m, nearly double the €300m of the previous year", [("change", None)]),
        # "N times" before an earlier period's amount is growth too (had been a ratio)
        ("exports hit Rs 8 billion, 1.6 times the Rs 5 billion of 2022", [("change", 60.0)]),
        # look-alikes: no earlier period after them
        ("the pact ends double taxation", []),
        ("the ministers meet twice a year", []),
        ("Chile's exports were $4 billion, twice the $2 billion of Peru", []),
    ],
)
def test_a_multiple_of_an_earlier_amount_is_growth(text: str, expected: list) -> None:
    assert [(c.kind, c.pct) for c in find_changes(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "copper made up a third of the total",  # a share
        "tea made up a third.",
        "the rise of a third country as supplier",  # an ordinal
        "rates rose a quarter point",  # a unit
        "a third of the exports went up",
    ],
)
def test_a_fraction_that_is_no_change_of_the_level(text: str) -> None:
    assert [c.pct for c in find_changes(text) if c.kind == "change" and c.pct is not None] == []


def test_times_as_much_as_another_country_is_no_change() -> None:
    assert [(c.kind, c.pct) for c in find_changes("Chile buys 1.4 times as much as Peru")] == [
        ("ratio", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the percentage told with the word is the change's size (it had been -50 and +100)
        ("shipments to Oman nearly halved, sliding by 46.3% to $1.2 billion", [-46.3]),
        ("purchases doubled (up 103%) to $800 million", [103.0]),
        ("sales tripled, climbing 212 percent over the decade", [212.0]),
        # "almost", "nearly": short of the multiple, by how much untold
        ("cherry sales reached $90 million, almost doubling the 2022 figure", [None]),
        ("coffee exports nearly tripled", [None]),
        # a percentage of another flow, or of the other direction, sizes nothing
        ("exports halved, and imports fell by 5%", [-50.0, -5.0]),
        ("exports halved, while imports rose by 5%", [-50.0, 5.0]),
        ("trade more than doubled", [100.0]),
    ],
)
def test_a_change_word_gives_way_to_the_percentage_that_sizes_it(text: str, expected: list) -> None:
    assert [c.pct for c in find_changes(text) if c.kind == "change"] == expected


@pytest.mark.parametrize(
    ("text", "pct"),
    [
        ("a progression of 7.3% over the year", 7.3),
        ("exports progressed 4 percent", 4.0),
        ("an 8% progression", 8.0),
        ("in regression of 2.1%", -2.1),
        ("a 3% regression", -3.0),
    ],
)
def test_progression_and_regression_are_changes(text: str, pct: float) -> None:
    """ "that is to say a progression of 11.4%": the French "en progression de" and "en
    régression de", as translated copy keeps them; they had been read as levels, and the figure
    lost its change."""
    change = one(text)
    assert (change.kind, change.pct) == ("change", pytest.approx(pct))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The growth amounted to 8.7%.", [("change", 8.7)]),
        ("the increase was 15 percent year-on-year", [("change", 15.0)]),
        ("The decline made up 6.2 per cent compared to 2023.", [("change", -6.2)]),
        ("the decrease in imports stood at about 3.4%", [("change", -3.4)]),
        ("Growth totalled 21%", [("change", 21.0)]),
        ("the growth rate was 9.1%", [("change", 9.1)]),
        # a rate of 100 or more is an index; a rate over years, a share or a level is no change
        ("the growth rate was 109.1%", [("level", None)]),
        ("the average annual growth rate was 5%", [("level", None)]),
        ("The share of growth was 40%", [("level", None)]),
        ("The tariff was 12%", [("level", None)]),
    ],
)
def test_a_change_noun_as_the_subject_of_a_level_verb_is_a_change(text: str, expected: list) -> None:
    """ "The growth amounted to 12.3%" (the calque of «рост составил»): the level a change noun is
    the subject of is its size (it had been read as a level, or "made up" as a share)."""
    assert [(c.kind, c.pct) for c in find_changes(text)] == expected
