"""Numbers as news copy writes them, scale words, and the literal-trie regex builder."""

import re

import pytest

from orchestration.extraction.numbers import (
    NUMBER_PATTERN,
    SCALE_PATTERN,
    WORD_NUMBER_PATTERN,
    literal_alternation,
    parse_number,
    parse_word_number,
    scale_factor,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,234.5", 1234.5),
        ("12,400,000", 12_400_000),
        ("1,500", 1500),  # a comma before three digits groups thousands
        ("2,5", 2.5),  # otherwise it is a decimal comma
        ("12,75", 12.75),
        ("1.2", 1.2),
        ("1.234", 1.234),  # a single dot group stays a decimal point
        (".5", 0.5),
        ("1.234.567", 1_234_567),  # continental grouping
        ("1.234,5", 1234.5),
        ("12 400", 12_400),
        ("12\u00a0400", 12_400),  # no-break space
        ("12\u202f400", 12_400),  # narrow no-break space
        ("12\u2009400", 12_400),  # thin space
        ("1 234,5", 1234.5),
        ("1'234", 1234),  # Swiss
        ("12,34,567", 1_234_567),  # Indian lakh grouping
        ("1,20,000", 120_000),
        ("-3.1", -3.1),
        ("+30", 30),
        ("\u22124.5", -4.5),  # minus sign
        ("2023", 2023),
    ],
)
def test_digits(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("one", 1),
        ("seven", 7),
        ("twelve", 12),
        ("twenty", 20),
        ("twenty-five", 25),
        ("ninety nine", 99),
        ("a hundred", 100),
        ("two hundred", 200),
        ("a dozen", 12),
        ("half", 0.5),
        ("half a", 0.5),
        ("a third", 1 / 3),
        ("two thirds", 2 / 3),
        ("three quarters", 0.75),
        ("a quarter", 0.25),
        ("one and a half", 1.5),
        ("two and a half", 2.5),
        ("Five", 5),
    ],
)
def test_words(text, value):
    assert parse_number(text) == pytest.approx(value)
    assert parse_word_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "  ", "x", "1,2,3", "one two three x", "12abc", "$5", "five apples"])
def test_not_numbers(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("reached 1,234.5 tons", ["1,234.5"]),
        ("from 2019 to 2023", ["2019", "2023"]),
        ("AED185.4 billion", ["185.4"]),
        ("12 400 million", ["12 400"]),
        ("in 2023 12 firms", ["2023", "12"]),
        ("versions 1.2.3", ["1.2"]),  # a version string is not a number, its first part is taken
    ],
)
def test_number_pattern_keeps_numbers_whole(text, found):
    assert re.findall(NUMBER_PATTERN, text)[: len(found)] == found


def test_word_number_pattern_has_no_literal_spaces():
    """It is embedded in re.VERBOSE patterns, where a literal space would vanish."""
    assert " " not in WORD_NUMBER_PATTERN
    assert re.fullmatch(WORD_NUMBER_PATTERN, "one and a half", re.VERBOSE)
    assert re.fullmatch(WORD_NUMBER_PATTERN, "half a", re.VERBOSE)


@pytest.mark.parametrize(
    ("word", "factor"),
    [
        ("thousand", 1e3), ("k", 1e3), ("K", 1e3), ("million", 1e6), ("mn", 1e6), ("mln", 1e6),
        ("m", 1e6), ("M", 1e6), ("MM", 1e6), ("billion", 1e9), ("bn", 1e9), ("bln", 1e9), ("b", 1e9),
        ("B", 1e9), ("milliard", 1e9), ("mld", 1e9), ("trillion", 1e12), ("tn", 1e12), ("trln", 1e12),
        ("crore", 1e7), ("crores", 1e7), ("cr", 1e7), ("lakh", 1e5), ("lac", 1e5), ("Billion", 1e9),
        ("bn.", 1e9), ("tons", None), ("per", None),
    ],
)  # fmt: skip
def test_scale_words(word, factor):
    assert scale_factor(word) == factor


def test_scale_pattern_needs_a_word_boundary():
    assert re.fullmatch(SCALE_PATTERN, "bn")
    assert re.match(SCALE_PATTERN + "$", "bnx") is None
    assert re.match(SCALE_PATTERN, "M&A") is None


@pytest.mark.parametrize(
    ("words", "ignore_case", "text", "match"),
    [
        (["dollar", "dollars", "dinar"], False, "dollars", "dollars"),
        (["dollar", "dollars", "dinar"], False, "dinar", "dinar"),
        (["US$", "$", "U.S. $"], False, "U.S. $", "U.S. $"),
        (["won", "yen"], True, "WON", "WON"),
        (["a", "ab", "abc"], False, "abc", "abc"),
        (["a", "ab", "abc"], False, "abd", "ab"),
    ],
)
def test_literal_alternation_prefers_the_longest_word(words, ignore_case, text, match):
    m = re.match(literal_alternation(words, ignore_case=ignore_case), text)
    assert m is not None and m.group() == match


def test_literal_alternation_space_handling():
    assert re.fullmatch(literal_alternation(["US $"], space=r"\s?"), "US$")
    assert re.fullmatch(literal_alternation(["new zealand"]), "new   zealand")
