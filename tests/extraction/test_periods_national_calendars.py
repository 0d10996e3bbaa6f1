"""Periods told in national calendars, written for these tests: Iranian (solar hijri) months by
name ("Aban-Dey 1402", "the month of Tir") and Thai Buddhist Era years written bare ("in 2566").

Iranian months run on the solar hijri year, which starts on Nowruz (20 or 21 March): six months
of 31 days, five of 30, and Esfand to the next Nowruz. 1402 began on 21 March 2023, 1403 on 20
March 2024.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_trade import fact, facts

from orchestration.extraction.periods import find_periods

PUB = date(2025, 2, 1)


def spans(text: str, published: date | None = PUB) -> list[tuple[str, str]]:
    return [(str(p.period_start), str(p.period_end)) for p in find_periods(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a month with its year, a run of months with or without it
        ("sales abroad rose in Aban 1402", PUB, [("2023-10-23", "2023-11-21")]),
        ("in Ordibehesht-Shahrivar 1402", PUB, [("2023-04-21", "2023-09-22")]),
        ("during Khordad to Azar 1403", PUB, [("2024-05-21", "2024-12-20")]),
        ("in Farvardin through Tir of the Iranian year 1403", PUB, [("2024-03-20", "2024-07-21")]),
        ("in AMORDAD 1402", PUB, [("2023-07-23", "2023-08-22")]),
        # Esfand runs to the next Nowruz: 30 days in 1403, 29 in 1402
        ("in Esfand 1403", date(2025, 5, 1), [("2025-02-19", "2025-03-20")]),
        ("in Isfand 1402", PUB, [("2024-02-20", "2024-03-19")]),
        # a run that wraps starts the year before the one written, as "July-March 2024" does
        ("in Bahman-Ordibehesht 1403", PUB, [("2024-01-21", "2024-05-20")]),
        # no year: the latest such month over by publication, as a bare "in March" is dated
        ("in the month of Tir", PUB, [("2024-06-21", "2024-07-21")]),
        ("in the month of Bahman", PUB, [("2024-01-21", "2024-02-19")]),
        ("in the month of Dey", PUB, [("2024-12-21", "2025-01-19")]),
        ("in Aban-Azar", PUB, [("2024-10-22", "2024-12-20")]),
        ("in Dey of the current Iranian year", PUB, [("2024-12-21", "2025-01-19")]),
        ("in Mordad of the last Iranian year", PUB, [("2023-07-23", "2023-08-22")]),
    ],
)
def test_iranian_months(text: str, published: date, expected: list[tuple[str, str]]) -> None:
    assert spans(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "Tir", "Dey", "Mehr", "Azar" are names and words too: no month without a year, a run
        # of months or "the month of"
        "Mr Azar said in a statement",
        "the envoy met Tir officials",
        "Dey told reporters on Monday",
        "in Mehr",
        "Aban 2024",  # a Gregorian year is no solar hijri one
        "Tirana exports",
    ],
)
def test_iranian_month_names_alone_are_no_period(text: str) -> None:
    assert spans(text) == []


#: A trade figure for a run of Iranian months; a comparison with "the same month last year" is
#: the same solar month a solar year back (a Gregorian year back is a day off at each end).
IRANIAN_MONTH_STORIES = [
    ("TEHRAN - Iran's exports to Turkey rose to $1.8 billion in Ordibehesht-Aban 1403, customs said.",
     [fact("exports", "IRN", "TUR", "2024-04-20", "2024-11-20", 1.8e9, "USD")]),
    ("TEHRAN - Iran's imports from China totalled $900 million in Azar 1403, up from $750 million in "
     "the same month last year.",
     [fact("imports", "IRN", "CHN", "2024-11-21", "2024-12-20", 900e6, "USD"),
      fact("imports", "IRN", "CHN", "2023-11-22", "2023-12-21", 750e6, "USD")]),
    ("TEHRAN - Iran's exports to Oman reached $260 million in the month of Shahrivar, the trade body said.",
     [fact("exports", "IRN", "OMN", "2024-08-22", "2024-09-21", 260e6, "USD")]),
    ("TEHRAN - Iran exported goods worth $3.3 billion to the UAE during Tir to Azar 1402.",
     [fact("exports", "IRN", "ARE", "2023-06-22", "2023-12-21", 3.3e9, "USD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), IRANIAN_MONTH_STORIES)
def test_iranian_month_trade(text: str, expected: list) -> None:
    assert facts(text, PUB) == set(expected)


def spans_thai(text: str, published: date = PUB) -> list[tuple[str, str]]:
    found = find_periods(text, published, buddhist_era=True)
    return [(str(p.period_start), str(p.period_end)) for p in found]


#: Thai copy writes Buddhist Era years bare, 543 ahead of the Gregorian ones: in a Thai story
#: every period form reads them; next to "BE" the `buddhist` grammar reads them as before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("shipments grew in 2566, officials said", [("2023-01-01", "2023-12-31")]),
        ("in March-August 2566", [("2023-03-01", "2023-08-31")]),
        ("in the first quarter of 2568", [("2025-01-01", "2025-03-31")]),
        ("in Q3 2566", [("2023-07-01", "2023-09-30")]),
        ("between 2562 and 2566", [("2019-01-01", "2023-12-31")]),
        ("in Sept. 2567", [("2024-09-01", "2024-09-30")]),
        ("in 2566 BE", [("2023-01-01", "2023-12-31")]),
        # a 25xx quantity stays one
        ("bought 2550 tonnes of rice", []),
        ("a fee of 2540 baht", []),
    ],
)
def test_buddhist_era_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans_thai(text) == expected


def test_buddhist_era_year_keeps_its_written_text() -> None:
    (period,) = find_periods("sales rose in April-May 2566", PUB, buddhist_era=True)
    assert period.text == "April-May 2566"


def test_buddhist_era_years_only_in_thai_stories() -> None:
    assert spans("shipments grew in 2566, officials said") == []


#: A Thai story (baht, a Thai dateline, or Thailand its country) reads its bare years in the
#: Buddhist Era, whatever the period; another story's "2566" is no year.
THAI_STORIES = [
    ("CHIANG MAI - Thailand's exports to Myanmar climbed 7% to 95 billion baht in 2566, the commerce "
     "ministry said.",
     [fact("exports", "THA", "MMR", "2023-01-01", "2023-12-31", 95e9, "THB", 7.0)]),
    ("Thai imports from South Korea totalled 210 billion baht in April-September 2567, the customs "
     "department said.",
     [fact("imports", "THA", "KOR", "2024-04-01", "2024-09-30", 210e9, "THB")]),
    ("BANGKOK - Thailand's exports to India reached $6.2 billion in 2566, up from $5.9 billion in 2565.",
     [fact("exports", "THA", "IND", "2023-01-01", "2023-12-31", 6.2e9, "USD"),
      fact("exports", "THA", "IND", "2022-01-01", "2022-12-31", 5.9e9, "USD")]),
    # Thailand's fiscal year starts in October
    ("Thailand's exports to Cambodia fell 2% to 180 billion baht in fiscal 2566.",
     [fact("exports", "THA", "KHM", "2022-10-01", "2023-09-30", 180e9, "THB", -2.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), THAI_STORIES)
def test_thai_story_years(text: str, expected: list) -> None:
    assert facts(text, date(2026, 2, 1)) == set(expected)


@pytest.mark.parametrize(
    "text",
    [
        "HANOI - Vietnam's exports to Cambodia rose 6% to $4.5 billion in 2566, the ministry said.",
        "Indonesia's imports from Laos reached Rp 2 trillion in January-March 2566.",
    ],
)
def test_no_buddhist_era_outside_thai_stories(text: str) -> None:
    assert not any(f[3].startswith("2023") for f in facts(text, date(2026, 2, 1)))
