"""Numbers as news copy writes them: digits with house-style separators, scale words, number words.

The money, change and period parsers all need the same idea of "a number", so the regex
pieces live here and are embedded (never recompiled per call) by those modules.

Separator rules (one decision for every house style we read):

* `.` is a decimal point ("1.2", "1.234" = 1.234), except in the continental style where it
  groups thousands: two or more dot groups ("1.234.567") or dot groups followed by a comma
  decimal ("1.234,5").
* `,` groups thousands when every group after it has exactly three digits ("1,234",
  "12,400,000") or follows the Indian lakh pattern ("12,34,567"); otherwise it is a decimal
  comma ("2,5", "12,75"). So "1,500" is one thousand five hundred, never one and a half.
* A space groups thousands when every later group has three digits: plain space, no-break
  space U+00A0, narrow no-break U+202F and thin space U+2009 ("12 400", "12\u00a0400"), and a
  decimal comma may follow ("1 234,5"). The Swiss apostrophe ("1'234") groups thousands too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

#: Characters that group thousands besides the comma (plain, no-break, narrow and thin spaces,
#: Swiss apostrophes).
SPACE_SEPARATORS: Final = " \u00a0\u202f\u2009'\u2019"

#: Regex source (no capturing groups) for a number written in digits. Embed it; do not compile
#: it per call. It opens with a single character class so that a pattern starting with it
#: gets the regex engine's first-character scan (several times faster than a leading
#: lookbehind); the lookbehind after that first character keeps numbers whole. The grouped
#: forms are tried before the plain one. A dot right after a slash closes a currency's
#: abbreviation and opens no decimal ("B/.187.5 million", "S/.1,200 million": the balboa and
#: the sol written without a space; the number is "187.5", not ".187"). A vulgar fraction
#: character may close whole digits ("12½%", "$1½ billion", as British and older copy sets a
#: half or a quarter): it is part of the number, which had ended before it ("12", "$1").
NUMBER_PATTERN: Final = (
    r"(?:[\d.](?<![\d,][\d.])(?<!(?<!/)\.[\d.])(?<!/\.)(?:"
    r"(?<=\.)\d+(?!\d)"  # .5
    r"|(?<=\d)(?:"
    r"\d{0,2}(?:\.\d{3})+,\d+(?!\d)"  # 1.234,5 (continental)
    r"|\d{0,2}(?:\.\d{3}){2,}(?![\d.])"  # 1.234.567 (continental)
    r"|\d?(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])"  # 12,34,567 (Indian lakh grouping)
    r"|\d{0,2}(?:,\d{3})+(?:\.\d+)?(?![\d,])"  # 1,234,567.5
    r"|\d{0,2}(?:[ \u00a0\u202f\u2009'\u2019]\d{3})+(?:[.,]\d+)?(?!\d)"  # 12 400 / 1 234,5 / 1'234
    r"|\d*[\u00bc-\u00be\u2153\u2154\u215b-\u215e](?!\d)"  # 12½ / 1¾ / 2⅓
    r"|\d*(?:[.,]\d+)?(?!\d)"  # 1234 / 1.2 / 2,5
    r")))"
)

#: Regex source (no capturing groups) for a fraction written in digits, alone or after whole digits:
#: "1/3", "33 1/3", "12-1/2" (older and South Asian copy sets a third of a percent this way, "33 1/3
#: per cent"). One digit over a denominator of 2 to 8, neither touching another digit or slash, so a
#: date ("11/12", "1/3/2025") or a split year ("2024/25") is never one.
DIGIT_FRACTION_PATTERN: Final = r"(?<![\d/.,])(?:\d{1,3}[ \u00a0-])?[1-7]/[2-8](?![\d/])"

_CARDINALS: Final[dict[str, float]] = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip

#: Fractions as written in change phrases ("by a third", "fell by a quarter", "two thirds").
FRACTIONS: Final[dict[str, float]] = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4,
    "quarters": 1 / 4, "fourth": 1 / 4, "fourths": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5,
    "sixth": 1 / 6, "sixths": 1 / 6, "eighth": 1 / 8, "eighths": 1 / 8, "tenth": 1 / 10, "tenths": 1 / 10,
}  # fmt: skip

_UNITS: Final = "one|two|three|four|five|six|seven|eight|nine"
_TEENS: Final = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS: Final = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"

#: Regex source (no capturing groups, case-insensitive) for a cardinal in words, up to
#: "ninety-nine", "a hundred", "one and a half", "half a". "one-and-a-half" is read whole too:
#: its last word alone would be a multiple of a half ("grew one-and-a-half-fold" a fall of 50%).
#: Callers require a scale word or a unit after it, because "a" and "one" alone are everywhere
#: in prose.
WORD_NUMBER_PATTERN: Final = (
    r"(?i:\b(?:"
    # hundreds, first, so that "two hundred" is read whole, not as its last word ("two hundred
    # billion CFA francs", "one hundred and twenty billion shillings")
    rf"(?:{_UNITS}|a)[-\s]+hundred(?:[-\s]+(?:and[-\s]+)?(?:(?:{_TENS})(?:[-\s](?:{_UNITS}))?|{_TEENS}|{_UNITS}))?"
    rf"|(?:{_TENS})(?:[-\s](?:{_UNITS}))?"
    rf"|(?:{_UNITS}|a|an)(?:[-\s]+and[-\s]+a[-\s]+half)?"
    rf"|{_TEENS}"
    r"|(?:a|one|two|three)[-\s]+(?:quarters?|thirds?)[-\s]+of[-\s]+an?"  # (also "three-quarters of a")
    r"|half(?:[-\s]+an?)?|a\s+half|a\s+dozen|dozen"
    r"|(?:a|one)\s+hundred"
    r")\b)"
)  # no literal spaces: callers embed it in re.VERBOSE patterns

#: Scale words and abbreviations -> multiplier. Lower-case keys; single letters are matched
#: case-sensitively by SCALE_PATTERN ("m"/"M", "b"/"B", "k"/"K") so "$5M" and "$5m" both work.
SCALES: Final[dict[str, float]] = {
    "thousand": 1e3, "thousands": 1e3, "thou": 1e3, "thsd": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6, "mil": 1e6, "mill": 1e6,
    "m": 1e6, "mm": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "bil": 1e9, "b": 1e9,
    "milliard": 1e9, "milliards": 1e9, "mlrd": 1e9, "mrd": 1e9, "mrds": 1e9, "mds": 1e9,
    "mia": 1e9,  # the Nordic "milliarder", "1,2 mia. kr" (a thousand millions)
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "trln": 1e12, "trn": 1e12, "tln": 1e12, "tr": 1e12,
    "tril": 1e12,  # headline copy's clipping, as "bil" and "mil" ("US$1.2 tril")
    "milhão": 1e6, "milhões": 1e6, "millón": 1e6, "millones": 1e6, "bilhão": 1e9, "bilhões": 1e9,
    "trilhão": 1e12, "trilhões": 1e12, "mld": 1e9,
    # the same written without their accents, as English copy often sets them
    "milhao": 1e6, "milhoes": 1e6, "millon": 1e6, "bilhao": 1e9, "bilhoes": 1e9,
    # Spanish counts on the long scale: its billón is a million millions ("$61.4 billones");
    # the unaccented "billon" stays unsized, as in English copy it is a misspelt billion
    "billón": 1e12, "billones": 1e12,
    "bi": 1e9, "mi": 1e6, "tri": 1e12,  # Brazilian copy: "US$ 30.2 bi", "R$ 300 mi"
    "crore": 1e7, "crores": 1e7, "cr": 1e7,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5,
    # Nepali copy counts rupees in arba (a hundred crore) and kharba (a hundred arba): "Rs701.3 arba",
    # the latter also spelt "kharab" ("Rs 1.1 kharab"; "arab", its arba's spelling, is the word
    # Arab read case-blind, so it is `_ARAB`, matched in lower case only)
    "arba": 1e9, "kharba": 1e11, "kharab": 1e11,
    # Indonesian and Malay copy keeps its own scale words after the rupiah's and ringgit's marks
    # ("Rp 12 triliun", "Rp12 miliar", "Rp 450 juta", "RM1.2 bilion"): the amount had been Rp 12
    "ribu": 1e3, "juta": 1e6, "miliar": 1e9, "milyar": 1e9, "bilion": 1e9, "triliun": 1e12,
    "trilion": 1e12,
    # German copy's plurals, kept in half-translated figures ("1,1 Milliarden Euro", "850 Millionen
    # Dollar"); its "Billionen" is a million millions, as the Spanish "billones"
    "millionen": 1e6, "milliarden": 1e9, "billionen": 1e12,
    # a thousand trillion, which the dong's and the rupiah's totals reach ("VND1.2 quadrillion")
    "quadrillion": 1e15, "quadrillions": 1e15,
}  # fmt: skip

#: The arba spelt "arab" ("Rs 12 arab", "Rs 1 arab 20 crore"), a scale word only as written, in
#: lower case: the people's name is capitalised ("12 Arab states"). Not in SCALES, which are
#: read case-blind.
_ARAB: Final = "arab"

_WORD_SCALES: Final = sorted((k for k in SCALES if len(k) > 1 and k != "mm"), key=len, reverse=True)

_DIGITS: Final = re.compile(NUMBER_PATTERN)
_DIGIT_FRACTION: Final = re.compile(r"(?:(?P<whole>\d{1,3})[ \u00a0-])?(?P<num>[1-7])/(?P<den>[2-8])")
_AND_A_HALF: Final = re.compile(r"(?i)^(?P<base>.+?) and a half$")
_CONTINENTAL: Final = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_COMMA_THOUSANDS: Final = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$")
_SPACE_THOUSANDS: Final = re.compile(r"^\d{1,3}(?:[ \u00a0\u202f\u2009'\u2019]\d{3})+(?:[.,]\d+)?$")


#: A number only continental copy writes: a decimal comma ("12,3 %", "1,8 billion",
#: "23.456,7"; one or two digits after it, where a thousands comma has three, "1,234", or a
#: lakh group goes on, "12,34,567"), two dot groups ("1.234.567"), or a dot group of zeros
#: before a million ("1.500 million": a decimal would have dropped them).
_CONTINENTAL_MARK: Final = (
    re.compile(  # each branch opens on a digit, then looks behind it (see NUMBER_PATTERN)
        r"\d(?<![\d,]\d)\d{0,2}(?:\.\d{3})*,\d{1,2}(?![\d,])"
        r"|\d(?<![\d.]\d)\d{0,2}(?:\.\d{3}){2,}(?![\d.])"
        r"|\d(?<![\d.,]\d)\d{0,2}\.\d00\s+(?i:million|mln|mn|millones|milhões)\b"
    )
)


@lru_cache(maxsize=4)
def groups_thousands_with_dot(document: str) -> bool:
    """Whether `document` writes a number only continental copy writes (see
    `_CONTINENTAL_MARK`): then its "2.011 million" groups thousands with the dot (2,011
    million). Asked once per document (cached), and only when such a number is met."""
    return _CONTINENTAL_MARK.search(document) is not None


def scale_factor(word: str) -> float | None:
    """Multiplier of a scale word ("bn" -> 1e9, "crore" -> 1e7); None when it is not one."""
    if word in ("M", "MM"):
        return 1e6
    if word in ("B", "K"):
        return SCALES[word.lower()]
    if word == "T":
        return SCALES["trillion"]
    if word == _ARAB:
        return SCALES["arba"]
    return SCALES.get(word.lower().rstrip("."))


#: A pure function of a short string (a name, a word): the same strings recur in every story.
@lru_cache(maxsize=8192)
def parse_number(text: str) -> float | None:
    """The value of one number as written in news copy, or None when `text` is not a number.

    Accepts digits in any of the separator styles described in the module docstring, a
    leading sign, and small numbers in words ("twenty-five", "a hundred", "one and a half",
    "half", "a third", "two thirds") because change phrases spell those out.
    """
    s = text.strip()
    if not s:
        return None
    sign = 1.0
    if s[0] in "+-\u2212":
        sign = -1.0 if s[0] != "+" else 1.0
        s = s[1:].lstrip()
    value = _parse_digits(s) if s and (s[0].isdigit() or s[0] == ".") else parse_word_number(s)
    if value is None and "/" in s:
        value = parse_digit_fraction(s)
    return None if value is None else sign * value


def parse_digit_fraction(text: str) -> float | None:
    """The value of a fraction in digits (`DIGIT_FRACTION_PATTERN`): "1/3" -> 0.333..., "33 1/3"
    -> 33.333..., "12-1/2" -> 12.5; None for anything else, and for a numerator not below its
    denominator ("5/4" is no fraction news copy writes, "3/3" none at all)."""
    m = _DIGIT_FRACTION.fullmatch(text.strip())
    if m is None or int(m.group("num")) >= int(m.group("den")):
        return None
    whole = float(m.group("whole")) if m.group("whole") else 0.0
    return whole + int(m.group("num")) / int(m.group("den"))


#: The vulgar fraction characters NUMBER_PATTERN lets close whole digits, by value.
VULGAR_FRACTIONS: Final = {
    "\u00bc": 1 / 4, "\u00bd": 1 / 2, "\u00be": 3 / 4, "\u2153": 1 / 3, "\u2154": 2 / 3,
    "\u215b": 1 / 8, "\u215c": 3 / 8, "\u215d": 5 / 8, "\u215e": 7 / 8,
}  # fmt: skip


def _parse_digits(s: str) -> float | None:
    """Digits with separators -> float, following the module's separator rules; whole digits
    closed by a vulgar fraction ("12½") add its value."""
    match = _DIGITS.fullmatch(s)
    if match is None:
        return None
    if s[-1] in VULGAR_FRACTIONS:
        return (float(s[:-1]) if len(s) > 1 else 0.0) + VULGAR_FRACTIONS[s[-1]]
    if _CONTINENTAL.match(s) and (s.count(".") > 1 or "," in s):
        plain = s.replace(".", "").replace(",", ".")
    elif _COMMA_THOUSANDS.match(s):
        plain = s.replace(",", "")
    elif _SPACE_THOUSANDS.match(s):
        plain = "".join(c for c in s if c not in SPACE_SEPARATORS).replace(",", ".")
    else:
        plain = s.replace(",", ".")
    try:
        return float(plain)
    except ValueError:
        return None


def parse_word_number(text: str) -> float | None:
    """A number in words: cardinals to ninety-nine, hundreds ("two hundred and fifty"),
    fractions, "and a half"."""
    s = " ".join(text.lower().replace("-", " ").split())
    half = _AND_A_HALF.match(s)
    if half:
        base = parse_word_number(half.group("base"))
        return None if base is None else base + 0.5
    if s in ("half", "a half", "half a", "half an"):
        return 0.5
    if s.endswith((" of a", " of an")):
        s = s.rsplit(" of ", 1)[0]  # "a quarter of a (billion)", "three quarters of a"
    words = s.split(" ")
    if len(words) == 2 and words[1] in FRACTIONS:
        count = _CARDINALS.get(words[0])
        return None if count is None else count * FRACTIONS[words[1]]
    if len(words) == 1 and words[0] in FRACTIONS:
        return FRACTIONS[words[0]]
    if len(words) > 1 and words[0] in ("a", "an"):
        words = words[1:]  # "a hundred", "a dozen": the article only counts one of them
    total = 0.0
    for k, word in enumerate(words):
        if word == "and" and k and words[k - 1] == "hundred":
            continue  # "one hundred and twenty"
        value = _CARDINALS.get(word)
        if value is None:
            return None
        total = total * value if value == 100 and total else total + value
    return total


def literal_alternation(words: Iterable[str], ignore_case: bool = False, space: str = r"\s+") -> str:
    """Regex source matching any of `words`, written as a trie ("d(?:ollars?|inars?)").

    A flat alternation of hundreds of literals makes the engine try every branch at every
    position; the trie shares prefixes so each position costs a handful of comparisons.
    Longer words win over their prefixes (greedy optional tails). With `ignore_case` each
    letter becomes a two-case class, keeping the fast literal path for non-letters; spaces
    inside a word become `space`.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word.lower() if ignore_case else word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_source(trie, ignore_case, space)[0]


def _trie_source(node: dict, ignore_case: bool, space: str) -> tuple[str, int]:
    """The source for `node` and the depth of its deepest branch, found in the same walk: the
    deeper branches go first, and asking each child's depth apart had made a trie of the
    4,000 country forms cost three times as much to build."""
    branches = []
    for char in (c for c in node if c):
        if char == " ":
            head = space
        elif ignore_case and char.lower() != char.upper():
            head = f"[{re.escape(char.lower())}{re.escape(char.upper())}]"
        else:
            head = re.escape(char)
        source, depth = _trie_source(node[char], ignore_case, space)
        branches.append((-depth, char, head + source))
    if not branches:
        return "", 1
    branches.sort()
    body = branches[0][2] if len(branches) == 1 else "(?:" + "|".join(b[2] for b in branches) + ")"
    depth = 1 - branches[0][0]
    if "" in node:
        return (body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"), depth
    return body, depth


#: Regex source for one scale word, followed by a word boundary ("bn." and "bn-" are fine).
#: Written-out words and abbreviations are case-insensitive; the single letters and "MM" are
#: case-sensitive so that a bare "M" in "M&A" or "B" in "B2B" needs a digit before it anyway,
#: and so is the arba's spelling "arab" (`_ARAB`). The words are a trie (tried after every
#: number of a text, a flat alternation of forty words cost more than the number itself); it
#: tries the longest word first, as the flat alternation sorted by length did. A capital "T" is
#: a trillion only glued to its number ("$1.2T", as "$1.2B" is a billion): spaced, or before a
#: hyphen, it is a word's ("$5 T-shirts", "the 4T engine").
SCALE_PATTERN: Final = (
    rf"(?:(?i:{literal_alternation(_WORD_SCALES)})|[kKmMbB]|MM|(?<=\d)T(?!-(?!plus\b))|{_ARAB})(?![\w'’&])"
)
