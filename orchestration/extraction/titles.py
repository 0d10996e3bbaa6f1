"""Job titles of officials and executives: "Minister of Foreign Affairs of Senegal",
"Chinese President", "OMV Group Executive Vice President for Downstream".

A title is parsed, not looked up, because news composes them freely from a few parts:

    [country | org] [modifier...] [portfolio...] HEAD [(qualifier)] [of|for COMPLEMENT]... [, | and TITLE]

COMPLEMENTS are told apart by what they hold: a portfolio or governing body stays in the title
("of Foreign Affairs", "of the Cabinet of Ministers"), a country becomes `country_iso3` ("of
Senegal"), and anything else is the organization the person represents ("of Blue Savanna Group").
The title text is kept "as written, without the country", the way the gold labels record it.

Parsing works on tokens (see `tokenize`) with dictionary lookups only; the lexicon of heads,
modifiers, portfolio and body words is in `lexicons/titles.tsv`. The same tokens serve
people.py and organizations.py, which is why the tokenizer lives here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from orchestration.extraction import LEXICON_DIR
from orchestration.extraction.countries import (
    INITIALS_COUNTRIES,
    CountryMention,
    city_country,
    find_blocs,
    find_countries,
    joined_places_country,
    read_tsv,
    subnational_unit,
)
from orchestration.extraction.dates import MONTHS, WEEKDAYS
from orchestration.extraction.engagement_types import RECEPTION_GERUNDS
from orchestration.extraction.leaders import known_nationality
from orchestration.extraction.text import holds_any

_LEXICONS: Final = LEXICON_DIR
_PAD: Final = 6  # sentinel tokens after the last one (see Sentence)

# Words (possibly hyphen- or apostrophe-joined), possessive 's, or one punctuation mark.
_WORD_TOKENS: Final = (
    # "then-" dating an office is a word of its own, so the office after it is read as
    # written ("then-Prime Minister", "Then-Foreign Minister"); Sentence gives it no capital.
    r"[Tt]hen-(?=[^\W_])|"
    # words, hyphen- or apostrophe-joined; possessive (`*+`): the longest run is the match, what
    # follows a run of word characters or of joined words never needs less of it, and the
    # engine then keeps no state to back off into them (a tenth less time to tokenize)
    r"[^\W_]\w*+(?:[-'’&](?![sS]\b)[^\W_]\w*+)*+"
    r"|['’][sS]\b"  # a possessive
    r"|[^\w\s]"  # one punctuation mark
)
_TOKEN_RE: Final = re.compile(_WORD_TOKENS)
#: A word ending in "s" closed by an apostrophe before a capitalized word: "Mauritius' Minister".
_BARE_POSSESSIVE: Final = re.compile(r"[sS]['’]\s+[A-Z]")
#: "round table(s)" and "round-table(s)" in either case: one event noun, "roundtable".
_ROUND_TABLE: Final = re.compile(r"[Rr]ound[ -][Tt]able")
_ROUND_TABLE_WORDS: Final = frozenset(("round-table", "round-tables"))
# Dotted abbreviations and initials stay one token: U.S., S.A., K.T., S.p.A. Only sentences
# that contain one pay for the longer pattern (_HAS_DOTTED is one quick scan).
_HAS_DOTTED: Final = re.compile(r"(?<!\w)[^\W\d_]{1,2}\.[^\W\d_]{1,2}\.")
#: A pattern that opens on a literal is scanned for by a fast search, one that opens on a
#: look-behind tries every position: this guard, which any dotted abbreviation matches, spares
#: the dotless sentences (most of them) the slow scan.
_DOTTED_GUARD: Final = re.compile(r"\.[^\W\d_]{1,2}\.")
_DOTTED_TOKEN_RE: Final = re.compile(r"[^\W\d_]{1,2}\.(?:[^\W\d_]{1,2}\.)+|" + _WORD_TOKENS)

#: A particle elided onto a capitalized word: "d'Abidjan", "l'Énergie".
_ELIDED: Final = re.compile(r"[dl]['’][^\W\d_]")
# Connectors allowed inside a portfolio or body ("Finance and Corporate Affairs").
_JOINERS: Final = {"and", "&", ","}
# Connectors between the titles of one person ("Deputy Prime Minister - Minister of ...",
# "Deputy Prime Minister cum Minister of ...": Latin "cum", "together with", joins two offices).
_COMPOUND_JOINERS: Final = {",", "and", "cum", "-", "–", "—"}


@dataclass(frozen=True, slots=True)
class Token:
    """One word or punctuation mark with its character offsets in the analysed text."""

    text: str
    start: int
    end: int
    lower: str
    cap: bool  # starts with an upper-case letter


@dataclass(slots=True, unsafe_hash=True)
class TitleMention:
    """A title phrase and what it says about its holder.

    `start`/`end` span the whole phrase, country and organization complements included
    ("Peru’s Minister of Foreign Trade and Tourism"); `title` is the role as written
    without them ("Minister of Foreign Trade and Tourism"). `kind` is "government",
    "business" or "other". `first_token`/`last_token` index the sentence's `tokenize`
    output, so callers can look for a name right after the title without re-tokenizing.
    """

    start: int
    end: int
    title: str
    kind: str
    country_iso3: str | None = None
    organization: str | None = None
    first_token: int = 0
    last_token: int = 0

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow). So the class is not frozen
    # (a frozen one's fields cannot be set here); it is never changed in place, and unsafe_hash
    # gives it the hash frozen did.
    def __init__(
        self,
        start: int,
        end: int,
        title: str,
        kind: str,
        country_iso3: str | None = None,
        organization: str | None = None,
        first_token: int = 0,
        last_token: int = 0,
    ) -> None:
        self.start = start
        self.end = end
        self.title = title
        self.kind = kind
        self.country_iso3 = country_iso3
        self.organization = organization
        self.first_token = first_token
        self.last_token = last_token


#: The token of a possessive: `tokenize` splits "Hungary’s" into "Hungary" + "’s", and a bare
#: apostrophe after an "s" reads as one ("Mauritius' Trade Minister").
POSSESSIVE_MARKS: Final = frozenset(("'s", "’s"))
#: Those and a plural's apostrophe as the tokenizer leaves it ("Leaders'" is "leaders" "'s",
#: "leaders’" "’"; "the Farmers' Union").
APOSTROPHES: Final = POSSESSIVE_MARKS | frozenset(("'", "’"))


def tokenize(text: str) -> list[Token]:
    """Split text into word and punctuation tokens that keep their offsets.

    Hyphenated and apostrophe-joined words stay whole ("Kassym-Jomart", "Côte d'Ivoire"); a
    possessive "'s" is its own token so "Hungary’s" yields "Hungary" + "’s"; dotted
    abbreviations stay whole ("U.S.", "S.A.").
    """
    return Sentence(text).tokens


def _load_lexicon() -> dict[str, dict[tuple[str, ...], str]]:
    lexicon: dict[str, dict[tuple[str, ...], str]] = {}
    for line in (_LEXICONS / "titles.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        category, phrase = line.split("\t")
        # a dotted abbreviation stays one token, as a sentence's does ("Chargé d'affaires a.i.")
        tokens = (_DOTTED_TOKEN_RE if _HAS_DOTTED.search(phrase) else _TOKEN_RE).findall(phrase)
        words = tuple(w.lower() for w in tokens)
        lexicon.setdefault(category, {})[words] = phrase
    for category in _HYPHENATED_RANK_KINDS:
        heads = lexicon.get(category, {})
        for words, phrase in list(heads.items()):
            if len(words) == 1 and "-" not in words[0]:
                for rank in _HYPHENATED_RANKS:
                    cased = rank if category == "lowercase" else rank.capitalize()
                    heads.setdefault((f"{rank}-{words[0]}",), f"{cased}-{phrase}")
    business = lexicon.get("business", {})
    for lead in _JOINED_LEADS:
        for words, phrase in list(business.items()):
            if len(words) == 1 and phrase.isupper():
                business.setdefault((f"{lead}-{words[0]}",), f"{lead.capitalize()}-{phrase}")
    return lexicon


#: Heads a company's top officer joins by a hyphen to an acronym office, as one token ("Chairman-CEO
#: of MOL Group X", "President-CEO of Y"): read as no title, the officer, his office and his
#: company had been one organization's name.
_JOINED_LEADS: Final = ("chairman", "chairwoman", "chairperson", "president")


#: Ranks joined by a hyphen to a one-word head, as one token ("Vice-Chairperson", "Co-Chair"):
#: every such head takes them, not only those the lexicon spells out ("Vice-Chairperson of the
#: Commission X" had given no title at all).
_HYPHENATED_RANKS: Final = ("vice", "co")
_HYPHENATED_RANK_KINDS: Final = ("other", "business", "government", "ministerial", "lowercase")


_LEXICON: Final = _load_lexicon()
#: Lexicon categories whose words are no title words alone.
_NO_TITLE_WORD_CATEGORIES: Final = frozenset(
    ["abbreviated", "abbreviated_ministerial", "portfolio_acronym", "portfolio_before_head"]
)
#: Every word of the title lexicon (heads, modifiers, portfolio, body words), lower case.
TITLE_WORDS: Final = frozenset(
    word
    for category, phrases in _LEXICON.items()
    # ("Sen." is no title word in "Hun Sen", nor "LNG" in "the Brunei LNG plant")
    if category not in _NO_TITLE_WORD_CATEGORIES
    for words in phrases
    for word in words
)
#: Words a title in capitals keeps in lower case once written normally ("MINISTER OF TRADE").
TITLE_SMALL_WORDS: Final = frozenset(["of", "for", "and", "the", "to", "on", "in", "at"])


def unshouted(title: str) -> str:
    """A title set in capitals as the first words of a lead ("ABUJA - PRESIDENT Bola Tinubu")
    as the story would write it anywhere else ("President"); acronyms ("CEO") stay."""
    words = title.split()
    if not title.isupper() or not any(w.lower() in TITLE_WORDS and len(w) > 3 for w in words):
        return title
    return " ".join(
        w.lower() if w.lower() in TITLE_SMALL_WORDS else w.capitalize() if w.lower() in TITLE_WORDS else w
        for w in words
    )


#: Heads that still count as titles in lower case ("Dai Houliang, chairman of CNPC").
_LOWERCASE_HEADS: Final = {" ".join(words) for words in _LEXICON["lowercase"]}
_HEADS: Final[dict[tuple[str, ...], str]] = {}
for _head_kind in ("other", "business", "government", "ministerial"):
    for _words in _LEXICON[_head_kind]:
        _HEADS[_words] = _head_kind
for _words in _LEXICON["abbreviated"]:
    _HEADS[_words] = "government"
for _words in _LEXICON["abbreviated_ministerial"]:
    _HEADS[_words] = "ministerial"
_MODIFIERS: Final = set(_LEXICON["modifier"])
#: (a portfolio written as an acronym is one of them: "Minister of ICT", "MSME Minister")
_PORTFOLIO: Final = {words[0] for words in _LEXICON["portfolio"] | _LEXICON["portfolio_acronym"]}
#: Portfolios written as acronyms, lower-cased ("ict", "sme", "lng"), and "it": fields a
#: body's "of ... and" complement may list ("Chamber of Commerce and ICT").
PORTFOLIO_ACRONYMS: Final = frozenset({words[0] for words in _LEXICON["portfolio_acronym"]} | {"it"})
_BODY: Final = {words[0] for words in _LEXICON["body"]}
#: Portfolio words only right before a head ("Law Minister"): after "of"/"for" the capitalized
#: complement holds them anyway ("Minister of Law"), and a surname as often ("Law Chi-kwong").
_PORTFOLIO_BEFORE_HEAD: Final = {words[0] for words in _LEXICON["portfolio_before_head"]}
#: Portfolios written as acronyms that, lower-cased, are English words ("IT" is "it"): portfolio
#: words only as written, in capitals ("IT Minister", "Minister of IT").
_CASED_PORTFOLIO_ACRONYMS: Final = frozenset(["IT"])
#: The lengths of the heads that start with each word, longest first: "prime" -> (2,).
_HEAD_SIZES: Final[dict[str, tuple[int, ...]]] = {}
for _words in _HEADS:
    _HEAD_SIZES[_words[0]] = tuple(sorted({*_HEAD_SIZES.get(_words[0], ()), len(_words)}, reverse=True))
#: One-word heads ("Sultan", "Emir", "King"), which are also given names.
HEAD_WORDS: Final = frozenset(words[0] for words in _HEADS if len(words) == 1)
#: First words of every head, for a quick "could a title start here?" test.
_HEAD_FIRST: Final = {words[0] for words in _HEADS}
_MODIFIER_FIRST: Final = {words[0] for words in _MODIFIERS}
#: Every word of a head, which may carry a suffix naming an office not yet taken up.
_HEAD_ANY_WORD: Final = frozenset(word for words in _HEADS for word in words)
#: "Minister-designate", "President-elect", "Secretary-designate": the office named before it is
#: taken up is read as that office (the title keeps the suffix as written, from the text).
_NOT_YET_IN_OFFICE: Final = re.compile(r"(?P<stem>[^\W\d_]+)-(?:designate|elect)")


def _office_word(lower: str) -> str:
    """The head word a "-designate"/"-elect" word is read as, for the lexicon's lookups
    ("minister-designate" -> "minister"); any other word as it is ("electorate", "re-elect")."""
    match = _NOT_YET_IN_OFFICE.fullmatch(lower)
    return match["stem"] if match is not None and match["stem"] in _HEAD_ANY_WORD else lower


#: The same suffix written as a word of its own ("Minister designate", "President Elect"),
#: scanned for before the join below.
_SPACED_NOT_YET_IN_OFFICE: Final = re.compile(r"[^\W\d_] (?:[Dd]esignate|[Ee]lect)\b(?!-)")
#: Words after which "elect" is the verb ("the council elect a new chair"), no suffix.
_ELECTED_NEXT: Final = frozenset(("a", "an", "the", "its", "their", "his", "her", "new", "one", "two"))


def _spaced_suffix_hinted(text: str) -> bool:
    """Whether a sentence may hold a spaced suffix: four substring tests (0.3 µs) keep the
    pattern (6.5 µs a sentence) off nearly every sentence of the hot path."""
    return " designate" in text or " elect" in text or " Designate" in text or " Elect" in text


#: The most words a gloss in brackets holds ("(lower house)", "(national assembly)").
_MAX_GLOSS_WORDS: Final = 3
#: The most words a body's English name in brackets holds ("(Chamber of Commerce and Industry)").
_MAX_NAME_GLOSS_WORDS: Final = 6


def _drop_glosses(words: list[str], starts: list[int], ends: list[int]) -> list[tuple[int, int]]:
    """Drop, in place, the tokens of each gloss in lower case in brackets inside a name and its
    office ("the Majlis (parliament) Speaker X", "Wolesi Jirga (lower house) chairman Y", "Sejm
    (lower house) Speaker Z"), and return the glosses' character spans: a translation for the
    reader, after a capitalized word and before a capitalized word or a head, that had broken
    the office from its body (and made a person of the body). A gloss of function words ("(the
    capital)") or before any other word ("Kazakhstan (excluding oil) exports") stays."""
    dropped: list[tuple[int, int]] = []
    i = 1
    while i < len(words):
        close = _gloss_close(words, i)
        if close is None:
            i += 1
            continue
        dropped.append((starts[i], ends[close]))
        del words[i : close + 1], starts[i : close + 1], ends[i : close + 1]
    return dropped


def _gloss_close(words: list[str], i: int) -> int | None:
    """Index of the ")" closing a gloss that token i opens (see `_drop_glosses`), or None."""
    if words[i] != "(" or not (words[i - 1][:1].isupper() and words[i - 1].isalpha()):
        return None
    last = min(i + 2 + _MAX_NAME_GLOSS_WORDS, len(words))
    close = next((k for k in range(i + 2, last) if words[k] == ")"), None)
    if close is None or close + 1 >= len(words):
        return None
    following = words[close + 1]
    if _english_name_gloss(words[i + 1 : close]) and _opens_office(following):
        return close  # "Keidanren (Japan Business Federation) Chairman X": the body's English name
    if close - i - 1 > _MAX_GLOSS_WORDS or not all(_gloss_word(word) for word in words[i + 1 : close]):
        return None
    return close if following[:1].isupper() or following.lower() in HEAD_WORDS else None


def _english_name_gloss(words: list[str]) -> bool:
    """Whether bracketed words are a body's name in English, given after its own name and before
    its officer's office ("Keidanren (Japan Business Federation) Chairman X", "Dewan Niaga
    (Trade Council) President Y"): capitalized words, "of" or "and" between them, the last a
    word that ends an organization's name or the first one that names a body ("(Confederation
    of Italian Industry)"). The gloss had made a second body of the one and broken the office
    from it, the officer left with no body."""
    return (
        len(words) >= 2
        and (words[-1].lower() in ORG_SUFFIXES or words[0].lower() in ORG_WORDS["keyword"])
        and words[0][:1].isupper()
        and all(w.isalpha() and (w[:1].isupper() or w in ("of", "and")) for w in words)
    )


def _opens_office(word: str) -> bool:
    """Whether a capitalized word opens an officer's office: a head ("Chairman") or a word
    before one ("Vice Chairman", "Acting President")."""
    lower = word.lower()
    return word[:1].isupper() and (lower in HEAD_WORDS or (lower,) in _MODIFIERS)


def _gloss_word(word: str) -> bool:
    """Whether a word may be one of a gloss: in lower case, of letters, no function word."""
    return word.isalpha() and word.islower() and word not in WORDS["function"]


def _join_spaced_suffixes(words: list[str], starts: list[int], ends: list[int]) -> bool:
    """Join a "designate"/"elect" written apart to the head word before it, in place, as the
    hyphenated "Minister-designate" it stands for ("Foreign Minister designate Ana Ruiz",
    "President Elect Luis Mora"): apart, it ended the title and a capitalized "Elect" opened
    the name. The joined token spans both words, so the title stays as written. Whether a
    suffix was joined."""
    joined = False
    i = len(words) - 1
    while i >= 1:
        lower = words[i].lower()
        if (
            lower in ("designate", "elect")
            and words[i - 1].lower() in _HEAD_ANY_WORD
            and (i + 1 == len(words) or words[i + 1].lower() not in _ELECTED_NEXT)
        ):
            words[i - 1 : i + 1] = [words[i - 1] + "-" + lower]
            ends[i - 1 : i + 1] = [ends[i]]
            del starts[i]
            joined = True
        i -= 1
    return joined


#: The office a hyphen joins without spaces to a minister's title before it, as post-Soviet
#: copy writes one person's two offices ("Deputy Prime Minister-Minister of Trade", "First
#: Deputy Chair of the Council of Ministers-Minister of Energy").
_JOINED_MINISTER: Final = "-Minister"
#: The words such a second office is joined to.
_MINISTER_WORDS: Final = frozenset(("minister", "ministers"))


def _split_joined_ministers(words: list[str], starts: list[int], ends: list[int]) -> bool:
    """Split, in place, "Minister-Minister" into "Minister", "-", "Minister": the two offices of
    one person, as the spaced "Deputy Prime Minister - Minister of Trade" is read (one token,
    no head of the lexicon, it had ended the title at "Deputy" and left the person none). A head
    the lexicon spells with its hyphen stays whole ("Minister-President", "Minister-Counsellor"
    are not joined so). Whether a token was split."""
    split = False
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        left = word[: -len(_JOINED_MINISTER)]
        if word.endswith(_JOINED_MINISTER) and left.lower() in _MINISTER_WORDS:
            middle = starts[i] + len(left)
            words[i : i + 1] = [left, "-", "Minister"]
            starts[i : i + 1] = [starts[i], middle, middle + 1]
            ends[i : i + 1] = [middle, middle + 1, ends[i]]
            split = True
    return split


def load_word_lists(name: str) -> dict[str, frozenset[str]]:
    """Read a `category<TAB>space-separated words` lexicon file into sets by category."""
    words: dict[str, frozenset[str]] = {}
    for line in (_LEXICONS / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            category, listed = line.split("\t")
            words[category] = frozenset(listed.split())
    return words


#: Closed word classes of `lexicons/words.tsv` (function words, calendar, honorifics, ...).
WORDS: Final = load_word_lists("words.tsv")
#: The abbreviated styles ("H.E.", "HRH") are courtesy words dropped before a name as well.
WORDS["honorific"] |= WORDS["style"]

#: National chambers called by their own names, in lower case, to the country each alone
#: tells ("storting": NOR, "verkhovna rada": UKR): lexicons/chambers.tsv.
NATIONAL_CHAMBERS: Final[dict[str, str]] = {name.lower(): iso3 for name, iso3 in read_tsv("chambers.tsv")}
#: A state's bodies ("ministry", "parliament"): words.tsv's general words and every chamber
#: that chambers.tsv names in one word ("Sejm", "Stortinget"), listed there alone so the two
#: lists cannot drift apart.
WORDS["government_body"] = WORDS["government_body"] | {name for name in NATIONAL_CHAMBERS if " " not in name}
#: Word lists of `lexicons/organizations.tsv` by category; organizations.py uses them too.
ORG_WORDS: Final = load_word_lists("organizations.tsv")
#: The names of bodies of many states the lexicon lists, in lower case and longest first, so
#: the first that opens a text is the whole name ("united nations conference on trade and
#: development" before "united nations"); organizations.py looks them up too.
INTERNATIONAL_NAMES: Final = tuple(
    sorted((n.replace("_", " ") for n in ORG_WORDS["international_name"]), key=len, reverse=True)
)
#: Bodies of many states named by one common word, only bare ("Commonwealth"); organizations.py
#: looks them up too.
INTERNATIONAL_BARE: Final = ORG_WORDS["international_bare"]
#: Words that close a Turkic name after the father's name ("Nurlan Asan uulu", "Ali Hasan oglu").
PATRONYMIC_SUFFIXES: Final = WORDS["patronymic_suffix"]
#: Words that end an organization's name ("Group", "JSC").
ORG_SUFFIXES: Final = ORG_WORDS["suffix"] | ORG_WORDS["legal"]


# Suffixes that also name a portfolio or a governing body ("Energy", "Board") do not mark an
# organization inside a title complement: "Minister of Energy", "Chairman of the Board".
_STRONG_ORG_SUFFIXES: Final = ORG_SUFFIXES - _PORTFOLIO - _BODY


_NO_WORDS: Final = [""] * _PAD
_NO_CAPS: Final = [False] * _PAD


#: The glottal stop that opens Polynesian names ("ʻAisake", "'Akilisi Pohiva"): the okina,
#: or an apostrophe or turned comma standing for it, before a capital vowel and a small letter.
_GLOTTAL_MARKS: Final = ("ʻ", "'", "’", "‘")
#: It opens on the mark, not on its look-behind, so that it is scanned for by a fast search
#: rather than tried at every offset of every sentence.
_GLOTTAL_GUARD: Final = re.compile(r"[ʻ'’‘](?<![\w'’‘ʻ][ʻ'’‘])[AEIOUĀĒĪŌŪ][a-zāēīōū]")
#: A quotation mark that closes a quote (after a word, not before a letter): where the sentence
#: holds one, an apostrophe before a word opens a quote, not a name.
_CLOSING_QUOTE: Final = re.compile(r"\w['’](?![\w'’])")


def _glottal_capital(word: str) -> bool:
    """Whether a word opening on a glottal stop is capitalized after it ("ʻAisake", "'Aisake"
    as `_join_glottal_stops` joins it; not the possessive "'S" of a headline in capitals)."""
    return word[0] in _GLOTTAL_MARKS and word[1:2].isupper() and word[2:3].islower()


def _join_glottal_stops(text: str, words: list[str], starts: list[int], ends: list[int]) -> None:
    """Join an apostrophe standing for the okina to the capitalized name after it, in place
    ("Prime Minister 'Aisake Valu Eke": the mark had been punctuation between the title and
    the name, so the title was lost). An apostrophe that opens a quote closed later in the
    sentence ("'Operation Blue' ended") stays punctuation."""
    i = len(words) - 2
    while i >= 0:
        if (
            words[i] in ("'", "’", "‘")
            and ends[i] == starts[i + 1]
            and _GLOTTAL_GUARD.match(text, starts[i])
            and _CLOSING_QUOTE.search(text, ends[i + 1]) is None
        ):
            words[i : i + 2] = [words[i] + words[i + 1]]
            ends[i : i + 2] = [ends[i + 1]]
            del starts[i + 1]
        i -= 1


#: Legal forms written with a slash ("A.P. Moller-Maersk A/S", "Orsted A/S", "Vale S/A"),
#: which the tokenizer splits into a letter, a slash and a letter.
_SLASHED_LEGAL_FORMS: Final = frozenset(["A/S", "K/S", "I/S", "P/S", "S/A"])


def _join_slashed_legal_forms(words: list[str], starts: list[int], ends: list[int]) -> None:
    """Join a legal form written with a slash into one token, in place: split, its last letter
    had been read as a name of its own ("A.P. Moller-Maersk A/S chief executive X" gave a
    company "S" and a person "A.P. Moller-Maersk A"), where the one token closes the company's
    name as "AS" or "SA" do."""
    i = len(words) - 3
    while i >= 0:
        if (
            words[i + 1] == "/"
            and ends[i] == starts[i + 1]
            and ends[i + 1] == starts[i + 2]
            and f"{words[i]}/{words[i + 2]}" in _SLASHED_LEGAL_FORMS
        ):
            words[i : i + 3] = [f"{words[i]}/{words[i + 2]}"]
            ends[i : i + 3] = [ends[i + 2]]
            del starts[i + 1 : i + 3]
        i -= 1


#: A transliterated ayn closing a word of an Arabic name ("Mohammed Shia' al-Sudani", "Rafi’
#: al-Issawi"): a mark right after a letter other than "s" (after "s" it is a plural's
#: possessive, "the Farmers' Union") and before a space. Scanned for first, as the glottal stop is.
_AYN_GUARD: Final = re.compile(r"[^\W\d_sS]['’‘] ")
#: `_AYN_GUARD`'s marks before a space, one of which every match of that pattern holds.
_AYN_MARKS: Final = ("' ", "’ ", "‘ ")


#: A quotation mark that opens a quote (before a word, not after one): an apostrophe after a
#: word that follows one closes that quote ("the 'Shia' label"), it is no letter of a name.
_OPENING_QUOTE: Final = re.compile(r"(?<![\w'’‘])['’‘](?=\w)")


def _join_ayns(text: str, words: list[str], starts: list[int], ends: list[int]) -> None:
    """Join an apostrophe standing for the ayn to the capitalized word it closes, in place,
    where the name goes on after it: a particle ("Shia' al-Sudani", "Rabi' bin Ali") or another
    capitalized word ("Rafi' Issawi"). As punctuation it had ended the name there ("Mohammed
    Shia", "Rafi"). An apostrophe closing a quote opened earlier in the sentence stays one."""
    i = len(words) - 2
    while i >= 1:
        word, after = words[i - 1], words[i + 1]
        if (
            words[i] in ("'", "’", "‘")
            and ends[i - 1] == starts[i]
            and starts[i + 1] > ends[i]
            and word[:1].isupper()
            and word.isalpha()
            and word[-1] not in "sS"
            and (after[:1].isupper() or after.lower().partition("-")[0] in WORDS["particle"])
            and _OPENING_QUOTE.search(text, 0, starts[i - 1]) is None
        ):
            words[i - 1 : i + 1] = [word + words[i]]
            ends[i - 1 : i + 1] = [ends[i]]
            del starts[i]
        i -= 1


@dataclass(slots=True)
class _Parse:
    """Mutable state while one title phrase is parsed (internal)."""

    title_parts: list[tuple[int, int]]  # token ranges that make up the title text
    country: str | None = None
    organization: tuple[int, int] | None = None  # token range
    end: int = 0  # token index just past the phrase
    kind: str = "other"

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow).
    def __init__(
        self,
        title_parts: list[tuple[int, int]],
        country: str | None = None,
        organization: tuple[int, int] | None = None,
        end: int = 0,
        kind: str = "other",
    ) -> None:
        self.title_parts = title_parts
        self.country = country
        self.organization = organization
        self.end = end
        self.kind = kind


class Sentence:
    """A tokenized sentence with its country mentions indexed by token.

    Built once per sentence and shared by the title, people and organization finders, so
    the sentence is tokenized and scanned for countries only once.
    """

    __slots__ = (
        "cap_index",
        "caps",
        "countries",
        "country_mentions",
        "ends",
        "glosses",
        "inside_countries",
        "lowers",
        "n",
        "starts",
        "text",
        "words",
    )

    def __init__(self, text: str, countries: list[CountryMention] | None = None) -> None:
        """`countries`: the sentence's country mentions when the caller already has them
        (offsets relative to `text`), to save a second scan."""
        self.text = text
        dotted = _DOTTED_GUARD.search(text) is not None and _HAS_DOTTED.search(text) is not None
        matches = list((_DOTTED_TOKEN_RE if dotted else _TOKEN_RE).finditer(text))
        self.n = len(matches)
        # Parallel lists, padded with sentinels so that i-1 .. i+_PAD need no bounds checks
        # (index -1 wraps onto the padding): this is the hot path of every finder.
        words = list(map(re.Match.group, matches))
        starts = list(map(re.Match.start, matches))
        ends = list(map(re.Match.end, matches))
        # (a substring test for its marks first: the pattern opens on a class of them, tested at
        # every character, and most sentences hold none; every match opens on one)
        glottal = holds_any(text, _GLOTTAL_MARKS) and _GLOTTAL_GUARD.search(text) is not None
        if glottal:
            _join_glottal_stops(text, words, starts, ends)
            self.n = len(words)
        # (an ayn is a mark before a space: a substring test spares the pattern, which opens on
        # a letter and is tried at nearly every offset, the sentences without one)
        if holds_any(text, _AYN_MARKS) and _AYN_GUARD.search(text) is not None:
            _join_ayns(text, words, starts, ends)
            self.n = len(words)
        if _JOINED_MINISTER in text and _split_joined_ministers(words, starts, ends):
            self.n = len(words)
        if "/S" in text or "S/A" in text:
            _join_slashed_legal_forms(words, starts, ends)
            self.n = len(words)
        self.glosses: list[tuple[int, int]] = []
        if "(" in text:
            self.glosses = _drop_glosses(words, starts, ends)
            self.n = len(words)
        # (and in title case, "President-Elect", "Ambassador-Designate", as headlines and
        # official copy capitalize the suffix: it had left the word no title's)
        suffixed = "-designate" in text or "-elect" in text or "-Designate" in text or "-Elect" in text
        if _spaced_suffix_hinted(text) and _SPACED_NOT_YET_IN_OFFICE.search(text) is not None:
            suffixed = _join_spaced_suffixes(words, starts, ends) or suffixed
            self.n = len(words)
        # A word opens on a glottal stop only where it was joined to one, or on the okina, which
        # is a letter of its own ("ʻAisake" is one token): other sentences skip the test.
        if glottal or "ʻ" in text:
            caps = [(w[0].isupper() or _glottal_capital(w)) and w[-1] != "-" for w in words]
        else:
            caps = [w[0].isupper() and w[-1] != "-" for w in words]  # "Then-" opens no name
        self.cap_index = [i for i, cap in enumerate(caps) if cap]
        self.caps = caps + _NO_CAPS
        self.words = words + _NO_WORDS
        self.lowers = list(map(str.lower, self.words))
        if suffixed:
            self.lowers = [_office_word(lower) for lower in self.lowers]
        end = [len(text)] * _PAD
        self.starts = starts + end
        self.ends = ends + end
        if ("'" in text or "’" in text) and _BARE_POSSESSIVE.search(text) is not None:
            self._read_bare_possessives()  # (the pattern, tried at every "s", needs an apostrophe)
        if "ound" in text and _ROUND_TABLE.search(text) is not None:
            self._read_round_tables()
        self.countries: dict[int, tuple[int, CountryMention]] = {}
        mentions = countries if countries is not None else find_countries(text)
        self.country_mentions = mentions
        for mention in mentions:
            first = bisect_left(self.starts, mention.start, 0, self.n)
            last = bisect_left(self.ends, mention.end, first, self.n)
            if self.starts[first] == mention.start and self.ends[last] == mention.end:
                self.countries[first] = (last + 1, mention)
        if ("'" in text or "’" in text) and mentions:
            self._read_countries_bare_possessives()
        #: Tokens after the first of a many-word mention ("Lucia" of "Saint Lucia", "Chi" of
        #: "Ho Chi Minh City"): part of a place, never the start of a name.
        self.inside_countries = {
            i for first, (end, _) in self.countries.items() for i in range(first + 1, end)
        }

    def _read_bare_possessives(self) -> None:
        """An apostrophe closing a word that ends in "s", before a capitalized word, is that
        word's possessive ("Mauritius' Trade Minister", "the Philippines' Trade Secretary"):
        its lower-case form is "'s", as the finders of countries before a title read it."""
        for i in range(1, self.n - 1):
            if (
                self.words[i] in ("'", "’")
                and self.starts[i] == self.ends[i - 1]
                and self.lowers[i - 1].endswith("s")
                and self.starts[i + 1] > self.ends[i]
                and self.caps[i + 1]
            ):
                self.lowers[i] = self.words[i] + "s"

    def _read_countries_bare_possessives(self) -> None:
        """An apostrophe closing a country's name that ends in "s" is its possessive before a word
        in lower case too ("the Philippines' foreign secretary X", "Laos' deputy prime minister
        Y"), as `_read_bare_possessives` reads it before a capital: the office had been of no
        country."""
        for end, mention in self.countries.values():
            i = end
            if (
                mention.kind == "name"
                and self.words[i] in ("'", "’")
                and self.starts[i] == self.ends[i - 1]
                and self.lowers[i - 1].endswith("s")
                and self.starts[i + 1] > self.ends[i]
                and self.words[i + 1][:1].islower()
            ):
                self.lowers[i] = self.words[i] + "s"

    def _read_round_tables(self) -> None:
        """A "round table" or "round-table", as British and Nordic English writes it, is the
        one word "roundtable" to every finder (an event noun): the lower-case form of its
        "table" (or of the hyphenated word) is "roundtable", and "round" before it is left as
        an adjective would be."""
        for i in range(self.n):
            lower = self.lowers[i]
            if lower in _ROUND_TABLE_WORDS:
                self.lowers[i] = "roundtable" + lower[len("round-table") :]
            elif i > 0 and lower in ("table", "tables") and self.lowers[i - 1] == "round":
                self.lowers[i] = "round" + lower

    @property
    def tokens(self) -> list[Token]:
        """The tokens as objects (convenient, slower than the parallel lists)."""
        fields = zip(self.words, self.starts, self.ends, self.lowers, self.caps, strict=True)
        return [Token(*values) for values in list(fields)[: self.n]]

    def token_range(self, start: int, end: int) -> range:
        """Indices of the tokens that start inside the character span start..end."""
        return range(bisect_left(self.starts, start, 0, self.n), bisect_left(self.starts, end, 0, self.n))

    def country_at(self, i: int, kinds: tuple[str, ...] = ("name",)) -> tuple[int, str] | None:
        """(token index after the mention, iso3) when a country mention starts at token i."""
        found = self.countries.get(i)
        if found is None or found[1].kind not in kinds:
            return None
        return found[0], found[1].iso3

    def in_country(self, i: int) -> bool:
        """Whether token i is a word of a country mention (name or demonym), its first or a later
        one ("Republic" or "Korea" of "the Republic of Korea"): the one test of a word that is
        part of a country, for the finders of names, titles and places."""
        return i in self.countries or i in self.inside_countries

    def country_ending_at(self, end: int, kinds: tuple[str, ...] = ("name", "demonym")) -> str | None:
        """ISO3 of the country mention of one of `kinds` whose last token is `end` - 1 ("Guatemala
        | was represented", "the Chinese | side"), or None: the one test of a country told right
        before a word, for the finders of organizations and of the sides of an engagement."""
        return next((m.iso3 for stop, m in self.countries.values() if stop == end and m.kind in kinds), None)

    def country_possessive_before(self, i: int) -> bool:
        """Whether a named country's possessive ends right before token i ("South Africa's |
        Parks Tau", "India's | Marine and Fisheries Export Development Authority"): the one test
        of a country that owns what follows, for the finders of names and organizations."""
        return self.lowers[i - 1] in POSSESSIVE_MARKS and self.country_ending_at(i - 1, ("name",)) is not None

    def lower(self, i: int) -> str:
        """Lower-cased token i; "" past either end (within the padding)."""
        return self.lowers[i]

    def cap(self, i: int) -> bool:
        """Whether token i starts with a capital; False past either end (within the padding)."""
        return self.caps[i]

    def span_text(self, first: int, last: int) -> str:
        start, end = self.starts[first], self.ends[last - 1]
        text = self.text[start:end]
        for gloss_start, gloss_end in reversed(self.glosses):
            if start < gloss_start and gloss_end < end:  # "Majlis (parliament) Speaker": read without it
                text = f"{text[: gloss_start - start].rstrip()} {text[gloss_end - start :].lstrip()}"
        return text

    def capitalized_run_end(self, k: int) -> int:
        """Token after the one to three capitalized words at token k (a short name, a town's or
        a district's); k when none opens there."""
        end = k
        while end < k + 3 and self.caps[end]:
            end += 1
        return end

    def locality_end(self, k: int, covered: AbstractSet[int] = frozenset(), most: int = 3) -> int:
        """Token after the town or district set off by a comma after a named venue, opening at
        token k: one to `most` capitalized words that nothing else claims (`covered`), any with a
        possessive ("Entebbe", "St Ann's", "St Ann's Bay", "Pointe Noire"), when no capitalized
        word follows; k when none. ("at State House, Entebbe, on Thursday", "at the Diplomatic
        Centre, St Ann's, yesterday".) A place is three words at most; where only the end of
        the venue's phrase is wanted, a caller may allow more ("Port Louis Harbour Front")."""
        end, words = k, 0
        while words < most and self.caps[end] and end not in covered:
            end, words = end + 1, words + 1
            if self.lowers[end] in POSSESSIVE_MARKS:
                end += 1  # "St Ann's": the saint's name a parish bears
        return end if end > k and not self.caps[end] and end not in covered else k


@lru_cache(maxsize=1)
def listed_companies() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """First token -> (tokens, iso3) of every company lexicons/companies.tsv lists starting with
    it, longest first. Here, not in companies.py (which imports this module), as a company's
    name is also where an office's complement gives way to its holder's name."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for iso3, name in read_tsv("companies.tsv"):
        tokens = Sentence(name, [])
        words = tuple(tokens.words[: tokens.n])
        table.setdefault(words[0], []).append((words, iso3))
    return {first: tuple(sorted(rows, key=lambda row: -len(row[0]))) for first, rows in table.items()}


def _head_at(s: Sentence, i: int) -> tuple[int, str] | None:
    """(token index after the head, head kind) for the longest head starting at token i."""
    sizes = _HEAD_SIZES.get(s.lowers[i])
    if sizes is None:
        if s.lowers[i] not in _OTHER_HEAD_WORDS:
            return None  # the cheap test first: most tokens asked about head nothing
        end = _chamber_marshal_end(s, i) or _governor_of_end(s, i)
        return (end, "government") if end else None
    room = s.n - i
    for size in sizes:
        if size > room:
            continue
        words = tuple(s.lowers[i : i + size])
        kind = _HEADS.get(words)
        if kind is None:
            continue
        if (
            not s.caps[i]
            and " ".join(words) not in _LOWERCASE_HEADS
            and not _member_of_body_at(s, i)
            and not _speaker_of_lower_case_chamber(s, i)
        ):
            return None
        if s.lowers[i + size] in FATHER_PARTICLES:
            return None  # "Sheikh Sultan bin Muhammad": a given name, his father's after it
        if size == 1 and s.words[i].isupper() and s.lowers[i + 1] in ORG_SUFFIXES:
            return None  # "Trade CS Lee Kinyanjui" is an office, "CS Group" a company
        if size == 1 and _initials_of_a_body(s, i):
            return None  # "NSA Ajit Doval" is an office, "NSA Director X" the agency's officer
        if size == 1 and given_name_after_style(s, i):
            return None  # "Datuk Seri Amir Hamzah Azizan": the given name Amir, no emir
        if words == ("manager",) and s.lowers[i - 1] in _MANAGED_FUNDS:
            return None  # "asset manager BlackRock": a firm that manages money, no officer
        if _state_portfolio_after(s, words, i + size):
            continue  # "Minister of State Assets X": a head, then the portfolio "of State Assets"
        return i + size, kind
    return None


#: Heads of "<Head> of State" that a portfolio opening on "State" may follow instead ("Minister
#: of State Assets", "Secretary of State Security"); "Head of State" takes none.
_OF_STATE_HEADS: Final = frozenset(["minister", "secretary"])


def _state_portfolio_after(s: Sentence, words: tuple[str, ...], end: int) -> bool:
    """Whether the head `words` ending at token `end` is "Minister of State" (or "Secretary of
    State") whose "State" opens a portfolio: a capitalized portfolio word right after it, no
    surname ("Minister of State Assets Jakub Jaworowski", "Minister of State Security X"). The
    office is then "Minister" with that portfolio (the portfolio word had opened the name);
    "Minister of State Greg Hands", "Minister of State for Trade X" keep the head."""
    return (
        len(words) == 3
        and words[1:] == ("of", "state")
        and words[0] in _OF_STATE_HEADS
        and s.caps[end]
        and s.lowers[end] in _PORTFOLIO
        and s.lowers[end] not in WORDS["name_like"]
        and (s.caps[end + 1] or s.lowers[end + 1] == ",")
    )


def _initials_of_a_body(s: Sentence, i: int) -> bool:
    """Whether token i, an office's initials as Indian copy abbreviates it ("NSA Ajit Doval",
    "FM Sugiono"), stands before another head: then the initials are a body's, whose officer
    that is ("NSA Director Paul Nakasone" of the National Security Agency)."""
    return (
        s.words[i].isupper()
        and (s.lowers[i],) in _LEXICON["abbreviated"]
        and s.caps[i + 1]
        and _head_at(s, i + 1) is not None
    )


#: What a firm called a "manager" manages ("asset manager BlackRock", "fund manager Ninety One"):
#: before "manager" they make it a company's descriptor, not an officer's title ("zone manager X").
_MANAGED_FUNDS: Final = frozenset(
    ["asset", "assets", "fund", "funds", "wealth", "investment", "portfolio", "money", "hedge"]
)


#: Collegial bodies whose seat is an office of its own, written "<Body> member" ("Sovereignty
#: Council member X", "Standing Committee member Y", "European Parliament member Z").
_MEMBERS_OF_BODIES: Final = frozenset(
    ["council", "committee", "commission", "presidium", "politburo", "bureau", "parliament", "assembly"]
)


def _member_of_body_at(s: Sentence, i: int) -> bool:
    """Whether token i is "member", in either case, right after a capitalized collegial body's
    word and before a capitalized word ("Sovereignty Council member Ibrahim Jaber"): a seat on
    that body, a head in lower case too (the person had been left with no title)."""
    return (
        s.lowers[i] == "member"
        and s.caps[i - 1]
        and s.lowers[i - 1] in _MEMBERS_OF_BODIES
        and s.caps[i + 1]
        and s.country_at(i + 1) is None
    )


#: A state's bodies written in lower case between the country and their officer's head
#: ("Russian central bank governor", "Ukrainian parliament speaker"), and the chambers whose
#: "speaker" is a head in lower case there (alone it is none: "a speaker at the forum").
_LOWER_CASE_OFFICE_BODIES: Final = frozenset(
    ["central", "bank", "parliament", "parliamentary", "senate", "assembly"]
)
_CHAMBERS: Final = frozenset(["parliament", "senate", "assembly"])
#: ("Ghana's parliamentary speaker X": the adjective, before the head, tells the chamber too)
_SPEAKERS_CHAMBERS: Final = _CHAMBERS | {"parliamentary"}
_MAX_LOWER_CASE_OFFICE_BODY: Final = 2


def _lower_case_body_before(s: Sentence, first: int, floor: int) -> int | None:
    """First token of one or two body words in lower case right before the head at token
    `first`, when a country's demonym or possessive comes right before them ("Russian | central
    bank | governor", "Turkish | central bank | Governor", "Ukraine's | parliament | speaker"):
    the body is the office's (the title had been the bare head); None otherwise ("the central
    bank governor": no country, the words are left as they were)."""
    k = first
    while (
        k - 1 >= floor
        and first - k < _MAX_LOWER_CASE_OFFICE_BODY
        and s.words[k - 1].islower()
        and s.lowers[k - 1] in _LOWER_CASE_OFFICE_BODIES
    ):
        k -= 1
    if k == first or k - 1 < floor:
        return None
    possessed = s.lowers[k - 1] in POSSESSIVE_MARKS and s.country_ending_at(k - 1, ("name",)) is not None
    return k if possessed or s.country_ending_at(k) is not None else None


def _speaker_of_lower_case_chamber(s: Sentence, i: int) -> bool:
    """Whether token i is "speaker" in lower case after a chamber's word in lower case that
    follows a country ("Ukrainian parliament speaker Ruslan Stefanchuk"), or after a chamber
    in capitals that does ("Kenya's Senate speaker X", "Zambian National Assembly speaker Y"):
    the chamber's head (in capitals the chamber had left "speaker" no title at all)."""
    if s.lowers[i] != "speaker":
        return False
    if s.lowers[i + 1] == "of":
        return _chamber_after_of(s, i + 2)
    if s.caps[i - 1]:
        return _owned_chamber_before(s, i)
    return s.lowers[i - 1] in _SPEAKERS_CHAMBERS and _lower_case_body_before(s, i, 0) is not None


#: The most tokens between "speaker of" and the chamber: "the", the country's words, "National".
_MAX_BEFORE_CHAMBER: Final = 5


def _chamber_after_of(s: Sentence, k: int) -> bool:
    """Whether a chamber's word follows from token k, after "speaker of", past only "the", its
    country's name, demonym or possessive and "national" ("the speaker of the Ghanaian
    parliament X", "speaker of Kenya's National Assembly Y", "the speaker of parliament Z"): a
    chamber's head in lower case, as Commonwealth papers write it (the holder had had no title);
    "a speaker of the forum", "speaker of English" are none."""
    for j in range(k, k + _MAX_BEFORE_CHAMBER):
        lower = s.lowers[j]
        if lower in _CHAMBERS:
            return j > k or s.words[j].islower() or s.lowers[j - 1] == "of"
        if not (lower in ("the", "national") or lower in POSSESSIVE_MARKS or s.in_country(j)):
            return False
    return False


def _owned_chamber_before(s: Sentence, i: int) -> bool:
    """Whether one to three capitalized words right before token i are a state's chamber
    (`_chamber_words`) after its country's possessive or demonym ("Kenya's | Senate",
    "Zambian | National Assembly"); a chamber with no country before it is left alone."""
    for k in range(i - 1, max(i - 4, 0), -1):
        if not _chamber_words(s, k, i):
            continue
        if s.lowers[k - 1] in POSSESSIVE_MARKS and _mention_ending_at(s, k - 1, ("name",)) is not None:
            return True
        if _mention_ending_at(s, k, ("demonym",)) is not None:
            return True
    return False


def _chamber_marshal_end(s: Sentence, i: int) -> int:
    """Token index after a chamber's "Marshal" as a head at token i, or 0: the chamber named
    right before it ("Sejm Marshal X", "Senate Marshal X": the head is both words) or after
    "of (the)" ("Marshal of the Sejm X": the head is "Marshal", the chamber its complement).
    The marshal presides over a legislature's chamber in Polish usage, an office like
    "Speaker", no military rank (the title had been lost and "Sejm Marshal" kept in the name)."""
    if s.lowers[i] in _CHAMBER_WORDS:
        named = s.caps[i] and s.lowers[i + 1] == "marshal" and s.caps[i + 1]
        return i + 2 if named else 0
    if s.lowers[i] != "marshal" or not s.caps[i] or s.lowers[i + 1] != "of":
        return 0
    k = i + 3 if s.lowers[i + 2] == "the" else i + 2
    if s.caps[k] and s.lowers[k] in _CHAMBER_WORDS:
        return i + 1
    return i + 1 if _region_named_at(s, k) else 0


def _region_named_at(s: Sentence, k: int) -> bool:
    """Whether the capitalized words at token k are a region's name closed by its kind's noun
    ("Małopolska Region", "Lubelskie Voivodeship"): the "Marshal of" it is Poland's head of a
    voivodeship's board, an office like "Governor" (the person had been lost)."""
    return s.caps[k] and _admin_area_end(s, k) > 0


def _governor_of_end(s: Sentence, i: int) -> int:
    """Token index after a capitalized "Wali" or "Vali" at token i that governs what follows
    its "of" ("the Wali of the Rabat-Salé-Kénitra region, X", "Vali of Istanbul X"), or 0: the
    governor of a Maghreb or Turkish region, a head like "Governor" (X had been left untitled).
    Without the "of", or after another capitalized word, it is a name's ("Abdul Wali Khan")."""
    named = i > 0 and s.caps[i - 1] and s.lowers[i - 1] != "the"
    if s.lowers[i] not in _GOVERNOR_WORDS or not s.caps[i] or named:
        return 0
    governs = s.lowers[i + 1] == "of" and (s.caps[i + 2] or s.lowers[i + 2] == "the")
    return i + 1 if governs else 0


#: Governors' titles of the Maghreb and Turkey, no heads alone (both are given names too).
_GOVERNOR_WORDS: Final = frozenset(["wali", "vali"])


#: A state's own chambers and cabinet, one word before an office ("Senate Chairman", "Sejm
#: Speaker"): words.tsv's government bodies but those that are no chamber of their own.
_STATE_CHAMBERS: Final = WORDS["government_body"] - {
    "ministers",
    "ministry",
    "state",
    "people",
    "nation",
    "council",
    "committee",
    "commission",
}


#: A state's bodies that are chambers of a legislature ("Sejm", "Senate", "Parliament"): the
#: rest of them (a cabinet, a government, a presidium) have no marshal.
_CHAMBER_WORDS: Final = _STATE_CHAMBERS - {"cabinet", "government", "presidium"}

#: The words at which `_chamber_marshal_end` or `_governor_of_end` may find a head: one set
#: tested before either is called, so a token that heads nothing costs one lookup.
_OTHER_HEAD_WORDS: Final = _CHAMBER_WORDS | _GOVERNOR_WORDS | {"marshal"}


#: Malay and Bruneian styles that stand before a personal name and never before an office
#: (unlike "HE", "Dr" or "Prince": "HE President Ruto"); "Seri", "Setia" end many-word ones
#: (not every later word of a style: "Shiv Sena President X"), "Tan" and "Toh" open two-word
#: ones ("Tan Sri", "Toh Puan"). The one list of them: people reads a given name after them.
MALAY_STYLES: Final = frozenset([
    "datuk", "dato", "datuk'", "dato'", "tun", "tan", "toh", "haji", "hajji", "awang", "dayang", "seri",
    "sri", "setia", "diraja", "panglima",
])  # fmt: skip


def given_name_after_style(s: Sentence, i: int) -> bool:
    """Whether the one-word head at token i ("Amir", "Sultan", "Raja") is a given name: right
    after a Malay style ("Datuk Seri Amir Hamzah Azizan", "Dato' Amir ...") and before a
    capitalized word that is no title word (a name word)."""
    if i == 0:
        return False
    before = s.lowers[i - 1]
    if before in ("'", "’") and i > 1:
        before = s.lowers[i - 2]  # the elided "Dato'"
    if before not in MALAY_STYLES:
        return False
    after = s.lowers[i + 1]
    return s.caps[i] and s.caps[i + 1] and after not in TITLE_WORDS and after not in WORDS["honorific"]


def _modifiers_end(s: Sentence, i: int) -> int:
    """Token index after the modifiers ("Acting", "First Deputy") that start at token i.

    A modifier word that opens a head of two or more words is that head's ("acting | Chief
    Executive Officer", "Senior | Managing Executive Officer"): taken as a modifier, it would
    leave the rest of the head behind ("Chief" + "Executive" + "Officer").

    A capitalized word right after a members' apostrophe is the body's name, no modifier
    ("Farmers' | Union leader", "Workers' | Union president": not the "Union" of "Union
    Minister", which had left the body "Farmers" and the title "Union leader")."""
    if i >= 2 and s.caps[i] and _members_apostrophe(s, i - 1):
        return i
    while True:
        lower = s.lowers[i]
        head = _head_at(s, i) if lower in _MODIFIER_FIRST else None
        if head is not None and head[0] - i >= 2:
            return i
        if _lower_case_rank_of_head(s, i):
            i += 1  # "chief representative", "permanent representative": the head's rank
            continue
        if lower in WORDS["lowercase_modifier"] or (s.caps[i] and lower in _MODIFIER_FIRST):
            if (lower, s.lowers[i + 1]) in _MODIFIERS and s.caps[i + 1]:
                i += 2
                continue
            if (lower,) in _MODIFIERS or lower in WORDS["lowercase_modifier"]:
                i += 1
                continue
        return i


def _lower_case_rank_of_head(s: Sentence, i: int) -> bool:
    """Whether token i is a one-word modifier of the lexicon in lower case ("chief",
    "permanent", "senior") before a head in lower case ("chief representative", "permanent
    representative", "senior adviser"): the rank of that head, as "Chief" is of "Chief
    Representative" in capitals (alone, "chief" had been the title and the head after it
    read into the name). An ordinal ranks only a deputy (`_ordinal_of_deputy`): "the first
    minister to visit" counts ministers."""
    lower = s.lowers[i]
    return (
        not s.caps[i]
        and (lower,) in _MODIFIERS
        and lower not in _ORDINALS
        and not s.caps[i + 1]
        and (_head_at(s, i + 1) is not None or _lower_case_rank_of_office(s, i + 1))
    )


def _lower_case_rank_of_office(s: Sentence, i: int) -> bool:
    """Whether token i opens a lower-case office with a rank of its own ("vice | foreign
    minister", "deputy | trade minister"): a rank before it ranks that office ("executive vice
    foreign minister", "senior vice foreign minister"; the title had been lost)."""
    return s.lowers[i] in WORDS["lowercase_modifier"] and not s.caps[i] and _simple_title_at(s, i) is not None


def _portfolio_token(s: Sentence, j: int) -> bool:
    """Whether token j is a portfolio word of the lexicon, or an acronym of one that is an
    English word lower-cased, as written ("IT Minister", not "it"), or a portfolio word that
    stands only before its head, capitalized ("Law Minister": "Law" had been read as the body
    the minister represents)."""
    return (
        s.lowers[j] in _PORTFOLIO
        or s.words[j] in _CASED_PORTFOLIO_ACRONYMS
        or (s.caps[j] and s.lowers[j] in _PORTFOLIO_BEFORE_HEAD and _before_head(s, j + 1))
    )


def _before_head(s: Sentence, j: int) -> bool:
    """Whether a head follows at token j, directly or after a list of portfolio words ("Law |
    Minister", "Law | , Justice and Parliamentary Affairs Minister")."""
    if s.lowers[j] in (",", "and", "&") and s.caps[j + 1] and s.lowers[j + 1] in _PORTFOLIO:
        return _portfolio_head_at(s, j + 1)
    return _head_at(s, j) is not None


def _portfolio_end(s: Sentence, i: int) -> int:
    """Token index after capitalized portfolio words in a list ("Investment, Trade and Industry")."""
    j = i
    # "Egypt's foreign minister": a portfolio in lower case before its head, also when the
    # sentence's capital opens it ("Power and energy adviser X")
    lower_case = not s.caps[i] or _opens_sentence(s, i)
    while (s.caps[j] or lower_case) and _portfolio_token(s, j):
        j += 1
        joiner = s.lowers[j]
        # a list in capitals joins capitalized words; one in lower case ("Poland's development
        # and technology minister") joins words in lower case too
        if joiner in ("and", "&", ",") and (s.caps[j + 1] or lower_case) and _portfolio_token(s, j + 1):
            if joiner == "," and (not _list_continues(s, j + 1) or s.lowers[j + 1] in s.lowers[i:j]):
                # (a list names a portfolio once: in "a slide in bilateral trade, trade, industry
                # and competition minister X" the title's list opens on the second "trade")
                break
            j += 1
        elif joiner in ("and", "&") and _qualified_portfolio_at(s, j + 1):
            j += 2  # "Foreign and European Affairs Minister"
    return j


def portfolio_in_brackets(s: Sentence, i: int) -> bool:
    """Whether the "(" at token i holds capitalized portfolio words alone ("Moses Kuria
    (Trade) and Francis Mwebesa (Trade) met", "(Foreign Affairs)"): the office of the person
    named before it, as lists of ministers give it, not a body's initials after its name."""
    end = _portfolio_end(s, i + 1)
    return end > i + 1 and s.caps[i + 1] and s.lowers[end] == ")"


def _opens_sentence(s: Sentence, i: int) -> bool:
    """Whether token i opens the sentence or a quote or dash-led part of it, where a capital
    says nothing of how the word is written."""
    return i == 0 or s.lowers[i - 1] in CLAUSE_OPENERS


#: Tokens after which a word is capitalized by position, as a sentence, a quote or a clause
#: opens: quotes, a bracket, a colon or semicolon, a dash, a period.
CLAUSE_OPENERS: Final = frozenset(['"', "“", "‘", "'", "«", "(", "[", ":", ";", "-", "–", "—", "."])


def _portfolio_head_at(s: Sentence, i: int) -> bool:
    """Whether capitalized portfolio words at token i run to a head ("Foreign | Minister",
    "Economy and Finance | Minister"): a title of its own joined to the one before, not more
    items of that one's complement ("Deputy Chairman of the Cabinet of Ministers and Foreign
    Minister X" holds two offices; "Minister of Trade and Foreign Affairs X" one). A courtesy
    rank there styles the name ("Minister of Foreign Affairs and Foreign Trade | Senator X")."""
    end = _portfolio_end(s, i)
    return end > i and _head_at(s, end) is not None and s.lowers[end] not in _COURTESY_BEFORE_NAME


def _qualified_portfolio_at(s: Sentence, i: int) -> bool:
    """Whether token i qualifies the portfolio word after it, as a list item of its own: the
    "European" of "Foreign and European Affairs", the "Caribbean" of "Trade and Caribbean
    Integration", after a portfolio word. A country's name or demonym there opens another
    phrase ("Trade and Kenya Ports", "Kubrakov and Romanian Transport Minister")."""
    return (
        s.lowers[i - 2] in _PORTFOLIO
        and s.caps[i]
        and s.lowers[i] not in _PORTFOLIO
        and s.caps[i + 1]
        and s.lowers[i + 1] in _PORTFOLIO
        and _head_at(s, i) is None
        and _head_at(s, i + 1) is None
        and s.country_at(i) is None
    )


def _simple_title_at(s: Sentence, i: int) -> tuple[int, int, str] | None:
    """(start, end, head kind) of modifiers + portfolio + head starting at token i.

    A multi-word head wins over modifier + head: "Executive Vice President" is a business
    head, not "Executive" + the government head "Vice President". A portfolio goes only
    before a ministerial head ("Foreign Minister", "Commerce Secretary").
    """
    head = _head_at(s, i)
    if head is not None and head[0] - i >= 2:
        return i, head[0], head[1]
    if s.lowers[i] == "group" and not s.caps[i - 1]:
        # "President and Group CEO": "Group" scopes the head (after "MOL", it ends an org name).
        head = _head_at(s, i + 1)
        return (i, head[0], head[1]) if head is not None and head[1] == "business" else None
    j = _modifiers_end(s, i)
    head = _head_at(s, j)
    if head is None:
        k = _portfolio_end(s, j)
        head = _head_at(s, k) if k > j else None
        if head is not None and head[1] != "ministerial":
            head = None
    if head is not None:
        return i, head[0], head[1]
    if j > i and _head_at(s, j - 1) is not None:
        # The last modifier was the head after all: "Deputy" in "the Deputy said".
        return i, j, _HEADS.get((s.lowers[j - 1],), "other")
    return None


def _qualifier_end(s: Sentence, i: int) -> int:
    """Skip a parenthetical qualifier right after a head: "Secretary (West)", and the desk an
    official heads written as a list ("Additional Secretary (Afghanistan and West Asia)",
    "Minister of State (Trade and Investment)"): capitalized words, joined by "and"/"&"/","
    before another capitalized word, the way foreign offices write a portfolio."""
    if s.lowers[i] == "(" and s.caps[i + 1]:
        for j in range(i + 2, min(i + _MAX_QUALIFIER, s.n)):
            if s.lowers[j] == ")":
                return j + 1
            if not s.caps[j] and not (s.lowers[j] in _QUALIFIER_JOINERS and s.caps[j + 1]):
                break
    return i


_MAX_QUALIFIER: Final = 10
_QUALIFIER_JOINERS: Final = frozenset(["and", "&", ","])


#: Lower-case words that close a place name inside a title ("Akim of Almaty region").
_ADMIN_AREAS: Final = {
    "region", "province", "oblast", "district", "state", "city", "county", "governorate",
    "voivodeship", "prefecture", "krai", "okrug", "raion", "canton",
}  # fmt: skip


#: Romance national adjectives that close a state firm's name ("Bolivianos", "Mexicanos"): the
#: plural suffixes of organizations.tsv in "-os" and "-as" (but "gas"), no person's name.
_ROMANCE_NATIONAL_ADJECTIVES: Final = frozenset(
    w for w in ORG_WORDS["suffix"] if w.endswith(("os", "as")) and w != "gas"
) | {"españoles", "espanoles", "portugueses"}


#: Articles after a Romance particle inside a firm's name ("Banco de la Nación Argentina").
_ROMANCE_ARTICLES: Final = frozenset(["la", "las", "los", "le", "les", "el"])


def _romance_name_comma(s: Sentence, j: int) -> int:
    """The comma that closes a Romance firm's name going on from the particle at token j,
    over capitalized words, particles and articles, when a personal name follows the comma;
    else 0."""
    k = j
    while s.caps[k] or (
        (s.lowers[k] in ORG_WORDS["particle"] or s.lowers[k] in _ROMANCE_ARTICLES)
        and not s.caps[k]
        and k + 1 < s.n
    ):
        k += 1
    return k if k > j + 1 and s.caps[k - 1] and _name_after_comma(s, k) else 0


def _sequence_end(s: Sentence, i: int) -> int:
    """End of a capitalized complement starting at token i.

    Inside, "and"/"&"/"," continue a list only before a portfolio word, "of"/"for" only before
    a portfolio or body word ("Board of Directors", "Ministry of External Affairs"), and "in"
    only in "Made in <Country>".
    """
    j = i
    n = s.n
    romance = s.lowers[i] in ORG_WORDS["prefix_keyword"]  # "Port Autonome de Dakar", "Banco do Brasil"
    while j < n:
        lower = s.lowers[j]
        if s.caps[j]:
            joined_country = s.country_at(j)
            if joined_country is not None and not s.caps[joined_country[0] - 2]:
                # "president of the Trinidad and Tobago Manufacturers' Association": a country
                # whose name holds "and" is one word of the run (its "and" had cut the body, and
                # the body's next word been taken for the officer's name)
                j = joined_country[0]
                continue
            if lower == "made" and s.lowers[j + 1] == "in" and s.caps[j + 2]:
                j += 3
                continue
            if j > i and (opens_initialled_name(s, j) or _spaced_initials_at(s, j)):
                return j  # "Chamber of Commerce and Industry | O.Amgalanbaatar", "Kenya Power | J. K. X"
            j += 1
            continue
        if romance and j > i and lower in ORG_WORDS["particle"] and (comma := _romance_name_comma(s, j)):
            # "of Banco de la Nación Argentina, X,", "of Banco de Crédito del Perú, X,": the
            # name after the comma leaves the whole run to the firm (it had ended at the first
            # particle's word, and the officer lost his title)
            return comma
        if romance and j > i and lower in ORG_WORDS["particle"] and s.caps[j + 1]:
            # "Banco do Brasil | Tarciana Medeiros": the particle's word ends the name, or a
            # national adjective after it ("Yacimientos de Litio Bolivianos, X": the adjective
            # had been left out, and the officer lost)
            place = s.countries.get(j + 1)
            if place is not None:
                return place[0]
            return j + 3 if s.caps[j + 2] and s.lowers[j + 2] in _ROMANCE_NATIONAL_ADJECTIVES else j + 2
        if romance and j > i and _ELIDED.match(s.words[j]):
            return j + 1  # "Port Autonome d'Abidjan"
        nxt = s.lowers[j + 1]
        if lower in _JOINERS and s.caps[j + 1] and nxt in _PORTFOLIO and _head_at(s, j + 1) is None:
            if lower == "," and not _list_continues(s, j + 1):
                break
            if _portfolio_head_at(s, j + 1):
                break  # "of the Cabinet of Ministers | and Foreign Minister X": a second office
            j += 1
            continue
        if lower in ("and", "&") and _qualified_portfolio_at(s, j + 1):
            j += 2  # "Minister for Foreign and European Affairs"
            continue
        if lower == "&" and j > i and s.caps[j + 1]:
            # "Procter & Gamble", "Wildberries & Russ": an ampersand between capitalized words
            # joins one firm's name (the name had ended before it, and the words after it been
            # read into the officer's name)
            j += 1
            continue
        if j > i and sector_adjectives_joined(s, j):
            j += 1  # "head of the Taipei Economic and Cultural Office"
            continue
        if lower == "and" and nxt == "the" and _portfolio_at(s, j + 2):
            j += 2  # "Minister for International Development and the Pacific"
            continue
        if lower in ("of", "for") and s.caps[j + 1] and (nxt in _PORTFOLIO or nxt in _BODY):
            if s.country_at(j + 1) is not None:
                break
            j += 1
            continue
        closed = _closed_keyword_complement_end(s, j) if j > i else j
        if closed > j:  # "Agency for Sustainable Energy (Masen)": a body's complement, to its acronym
            j = closed
            continue
        if lower in POSSESSIVE_MARKS and s.caps[j + 1] and j > i:
            j += 1
            continue
        if lower in _ADMIN_AREAS and j > i:
            j += 1  # "Akim of Almaty region", "Governor of Kano state"
        break
    return j


_MAX_AREA_WORDS: Final = 4


def _area_of_country(s: Sentence, k: int, run_end: int) -> tuple[int, int, int, str] | None:
    """(area start, area end, end of the whole, iso3) when the complement at token k names a
    country's administrative region with the country after it ("Kurgan Oblast of Russia",
    "Nizhny Novgorod Region of the Russian Federation") or before it in the possessive
    ("Russia's Nizhny Novgorod Oblast"), else None. Read as a body or a name, the region's
    last word had been taken for a person ("Oblast") or the governor's title lost."""
    if s.lowers[run_end - 1] in _ADMIN_AREAS and run_end - k >= 2 and s.lowers[run_end] == "of":
        after = run_end + 1 + (s.lowers[run_end + 1] == "the")
        country = s.country_at(after)
        if country is not None and all(s.country_at(m) is None for m in range(k, run_end)):
            return k, run_end, country[0], country[1]
        return None
    country = s.country_at(k)
    if country is None or s.lowers[country[0]] not in POSSESSIVE_MARKS:
        return None
    first = country[0] + 1
    # (not "Russia's Federal State Statistics Service")
    end = _admin_area_end(s, first, not_before=_KNOWN_COMPLEMENT_WORDS)
    return (first, end, end, country[1]) if end else None


def _admin_area_end(s: Sentence, first: int, not_before: AbstractSet[str] = frozenset()) -> int:
    """Token after the first administrative area's noun ("Region", "Oblast") among the
    capitalized words after token `first`, at most `_MAX_AREA_WORDS` from it ("Małopolska
    Region", "Nizhny Novgorod Oblast"), or 0; a noun followed by a word of `not_before` is part
    of a body's name, and the scan goes on past it."""
    for m in range(first + 1, min(first + _MAX_AREA_WORDS, s.n)):
        if not s.caps[m]:
            return 0
        if s.lowers[m] in _ADMIN_AREAS and s.lowers[m + 1] not in not_before:
            return m + 1
    return 0


def _closed_keyword_complement_end(s: Sentence, j: int) -> int:
    """End of an "of/for" complement at token j after a body's keyword that runs to the body's
    acronym or a comma and a name ("Moroccan Agency for Sustainable Energy (Masen), X"), else j.

    A keyword such as "Agency" or "Institute" takes a complement in its name, as the
    organization grammar knows; inside a title the run is taken only when something closes
    it, so a name written straight after ("Agency for Trade Ali Musa") is not swallowed.
    """
    if s.lowers[j] == "on":
        return _closed_on_complement_end(s, j)
    keyword = s.lowers[j - 1]
    purpose = keyword in _PURPOSE_BODIES and s.lowers[j] == "for" and s.lowers[j + 1] == "the"
    if (
        s.lowers[j] not in ("of", "for")
        or not (keyword in _COMPLEMENTED_KEYWORDS or purpose)
        or not s.caps[j - 1]
    ):
        return j
    # "Council for the Promotion of ...": a purpose after "for the" is the body's own, where
    # "Office of the CPC Central Committee" names another body (or "of the Comoros" a country)
    first = (
        j + 2 if s.lowers[j : j + 2] == ["for", "the"] and s.country_at(j + 1, _ANY_PLACE) is None else j + 1
    )
    end = first
    while True:
        if s.caps[end] and s.words[end].isalpha() and s.country_at(end, _ANY_PLACE) is None:
            if _head_at(s, end) is not None:
                return j
            end += 1
        elif end > first and _common_nouns_joined(s, end):
            end += 1  # "Promotion of International Trade", "Small and Medium Enterprises"
        elif end > first and _members_apostrophe(s, end):
            end += 1  # "Union of Traders' Associations": the members the body's name goes on with
        else:
            break
    if end == first:
        return j
    if _name_after_comma(s, end) or _acronym_end(s, end) > end or _clause_goes_on(s, end):
        return end
    if keyword in _NAMED_WITH_COUNTRY and s.lowers[end] == "of" and s.country_at(end + 1) is not None:
        return end  # "Academy of Sciences | of Tajikistan X": the country it serves closes the field
    if s.lowers[end] in _SENTENCE_ENDS and _known_phrase(s, first, end):
        return end  # "... Vice-Chairman of the Council for the Promotion of International Trade."
    # (a comma may go on with a list: "Union of Industry, Trade and Handicrafts")
    split = _known_complement_before_name(s, first, end)
    return split if split >= first else j


_SENTENCE_ENDS: Final = frozenset([".", "!", "?"])


def _closed_on_complement_end(s: Sentence, j: int) -> int:
    """End of an "on" complement at token j naming the field of the body whose keyword is
    before it ("chairman of the US Council on Foreign Relations.", "president of the Corporate
    Council on Africa, X"), else j: the same field the organization grammar reads into a body's
    name (`on_complement_names`), taken inside a title only where something closes it, as
    after "of/for". A legislature's committee and its brief stay the office's
    (`_committee_brief_end`). Cut at "on", the body had been "US Council" and the field lost,
    or a council with no complement read as a government's ("president of the Corporate
    Council")."""
    if s.lowers[j - 1] not in ORG_WORDS["keyword"] or not s.caps[j - 1] or _committee_brief_end(s, j):
        return j
    first = end = j + 1
    while s.caps[end] and s.words[end].isalpha() and _head_at(s, end) is None:
        end += 1
    if end == first or not on_complement_names(s, j, end):
        return j
    if _name_after_comma(s, end) or _acronym_end(s, end) > end or _clause_goes_on(s, end):
        return end
    if s.lowers[end] in _SENTENCE_ENDS and (end - first == 1 or _known_phrase(s, first, end)):
        return end  # (two unknown words or more may be a name: "on Trade | Ali Musa.")
    split = _known_complement_before_name(s, first, end)
    return split if split >= first and _field_words(s, first, split) else j


def on_complement_names(s: Sentence, i: int, end: int) -> bool:
    """Whether the capitalized "on" complement from token i to `end` is a body's field, no
    acronym after it ("the Council on Foreign Relations", "the Corporate Council on Africa"):
    not a day or month ("the Council on Tuesday"), no country or city the complement is about
    ("the Commission on Ukraine"; of one word, only a continent), and not the owner of a noun
    after it ("the Bank on Kenya's debt"). Cut at "on", the name had been the bare "US Council"."""
    if end <= i + 1 or s.lowers[end] in POSSESSIVE_MARKS or s.caps[end]:
        return False
    return _field_words(s, i + 1, end)


def _field_words(s: Sentence, first: int, end: int) -> bool:
    """Whether the capitalized words first..end after "on" can be a body's field: no day or
    month, no country or city, and of one word only a continent (see `on_complement_names`)."""
    words = s.lowers[first:end]
    if any(word in MONTHS or word in WEEKDAYS for word in words):
        return False
    if any(s.country_at(k) is not None for k in range(first, end)):
        return False
    if end - first == 1:
        return words[0] in _CONTINENTS  # (one word may be any place: "the Security Council on Gaza")
    return city_country(" ".join(s.words[first:end])) is None


#: The one-word fields of a body's "on" complement: a continent ("the Corporate Council on Africa").
_CONTINENTS: Final = frozenset(["africa", "asia", "europe", "eurasia", "oceania", "antarctica"])
#: A state's body words that, with "for the" and a purpose, name a body of their own ("China
#: Council for the Promotion of International Trade"), where "Council of Ministers" is a
#: government's and "State Committee for Investments" an office's part.
_PURPOSE_BODIES: Final = frozenset(["council", "committee", "commission"])


def _known_phrase(s: Sentence, first: int, end: int) -> bool:
    """Whether tokens first..end are all words of a body's or portfolio's vocabulary, and
    their joiners: a complement with no name in it."""
    return all(
        s.lowers[m] in _BODY_AND_PORTFOLIO_WORDS or _common_nouns_joined(s, m) for m in range(first, end)
    )


def _common_nouns_joined(s: Sentence, i: int) -> bool:
    """Whether "of"/"and" at token i joins two capitalized words of a body's or portfolio's
    vocabulary inside a keyword's complement ("for the Promotion | of | International Trade"):
    a phrase of common nouns goes on over it, where a proper name after it ("Board of Directors
    | of | Blue Savanna Group") is another body's."""
    known = _BODY_AND_PORTFOLIO_WORDS
    return (
        s.lowers[i] in ("of", "and", "&")
        and s.lowers[i - 1] in known
        and s.caps[i + 1]
        and s.lowers[i + 1] in known
        and s.country_at(i + 1, _ANY_PLACE) is None
    )


#: Plurals not made with "-s", whose possessive is written "'s" ("People's", "Women's",
#: "Children's"): like "Employers'", the members a body is of, never one owner.
_IRREGULAR_PLURALS: Final = frozenset({"people", "women", "men", "children"})
#: Endings of their compounds ("Businessmen's", "Businesswomen's", "Tradespeople's",
#: "Fishermen's", "Seamen's"); not a bare "-men", which ends names too ("Yemen's", "Carmen's").
_IRREGULAR_PLURAL_ENDINGS: Final = (
    "smen", "women", "people", "children", "fishermen", "chairmen", "servicemen", "policemen", "seamen",
)  # fmt: skip


def irregular_plural(lower: str) -> bool:
    """Whether a lower-cased word is a plural not made with "-s", alone or in a compound."""
    return lower in _IRREGULAR_PLURALS or lower.endswith(_IRREGULAR_PLURAL_ENDINGS)


def _members_apostrophe(s: Sentence, i: int) -> bool:
    """Whether the apostrophe at token i closes a capitalized plural between two words of a
    name ("Traders' Associations", "Farmers' Cooperatives", or "'s" after a plural not made
    with "-s": "People's Alliance", "Women's League"): the members a body is of, inside its
    name, not a country's possessive before a title ("the Philippines' Trade Secretary")."""
    bare = s.words[i] in ("'", "’")
    return (
        (bare or s.lowers[i] in POSSESSIVE_MARKS)
        and s.caps[i - 1]
        and (s.lowers[i - 1].endswith("s") if bare else irregular_plural(s.lowers[i - 1]))
        and s.caps[i + 1]
        and s.country_at(i - 1, _ANY_PLACE) is None
        and _head_at(s, i + 1) is None
    )


def _clause_goes_on(s: Sentence, i: int) -> bool:
    """Whether the comma at token i hands back to the clause ("X, CEO of the Fund for
    Development, signed"): a lower-case word after it is no list item nor name."""
    return s.lowers[i] == "," and bool(s.words[i + 1]) and s.words[i + 1][0].islower()


def _known_complement_before_name(s: Sentence, first: int, end: int) -> int:
    """End of a keyword's complement of known words (portfolio, body, organization words) at
    tokens first..end that a personal name follows inside the capitalized run ("Fund for
    Development | Fahad bin Khalid", "Agency for Trade | Ali Musa"); else the "of/for" token
    before `first`, so an unknown word is never cut from the body's name."""
    known = _BODY_AND_PORTFOLIO_WORDS
    split = first
    while split < end and (_known_or_plural(s.lowers[split]) or _common_nouns_joined(s, split)):
        split += 1
    rest = end - split
    named = rest >= 2 or (rest == 1 and s.lowers[end] in _NAME_PARTICLES and s.caps[end + 1])
    if split == first or not named or any(s.lowers[m] in known for m in range(split, end)):
        return first - 1
    return split


def _known_or_plural(lower: str) -> bool:
    """Whether a lower-cased word is a body's or portfolio's word, or a portfolio word's plural
    ("Academy of Sciences | X", where the lexicon has "Science"): a field, never a name."""
    return lower in _BODY_AND_PORTFOLIO_WORDS or (lower.endswith("s") and lower[:-1] in _PORTFOLIO)


#: Words of a government's own bodies ("Ministry", "Department"): an office's part, no body an
#: officer represents.
_STATE_BODY_WORDS: Final = WORDS["government_body"] | {"department"}
#: Keywords of a body's name that take a complement ("Agency for ...", "Institute of ..."),
#: without a government's own bodies ("Ministry for Foreign Affairs" is an office's part).
_COMPLEMENTED_KEYWORDS: Final = ORG_WORDS["keyword"] - _STATE_BODY_WORDS


def _portfolio_at(s: Sentence, i: int) -> bool:
    """Whether token i is a capitalized portfolio word that opens no office or country."""
    return s.caps[i] and s.lowers[i] in _PORTFOLIO and _head_at(s, i) is None and s.country_at(i) is None


def _list_continues(s: Sentence, i: int) -> bool:
    """After a comma, does a portfolio list go on ("Investment, Industry and Trade"), in the
    case of its word at token i ("trade, industry and competition minister")?"""
    j = i
    case = s.caps[i]
    while s.caps[j] == case and s.lowers[j] in _PORTFOLIO:
        j += 1
        if s.lowers[j] in ("and", "&", ","):
            return True
    return False


#: Bodies of companies, named with an "of" complement ("Federation of Kenya Employers").
_BUSINESS_BODIES: Final = frozenset(
    ["chamber", "chambers", "federation", "confederation", "association", "alliance"]
)
#: Bodies of learning named for the field they study, then the country they serve ("Academy of
#: Sciences of Tajikistan", "Institute of Economics"): the field after "of" is their name's, no
#: other body, and the country after it closes the name.
_LEARNED_BODIES: Final = frozenset(
    ["academy", "academies", "institute", "university", "college", "conservatory"]
)
#: Bodies whose name goes on after "of" with a country, or with the field they serve or study,
#: "and" joining its words ("Chamber of Commerce and Industry", "University of Mining and
#: Geology").
_NAMED_WITH_COUNTRY: Final = _BUSINESS_BODIES | _LEARNED_BODIES


#: Initials of two letters in Mongolian copy, set against the name ("Ch.Khurelbaatar", "Ts.Bat-Erdene").
_DIGRAPH_INITIALS: Final = frozenset(["ch", "sh", "ts", "kh", "zh", "ya", "ye", "yo", "yu", "dz"])


def opens_initialled_name(s: Sentence, i: int) -> bool:
    """Whether token i is the initial of a person named after a body's name ("President of the
    Chamber of Commerce and Industry O.Amgalanbaatar", Montsame's style): a letter and a period
    before a name of its own, after a word (not inside dotted initials, "J.P. Morgan")."""
    word = s.words[i]
    if s.words[i + 1] != ".":
        return False
    attached = s.ends[i] == s.starts[i + 1] and s.ends[i + 1] == s.starts[i + 2]
    if not (len(word) == 1 or (s.lowers[i] in _DIGRAPH_INITIALS and attached)):
        return False
    following = s.words[i + 2]
    return (
        i > 0
        and s.words[i - 1] not in (".", "&")
        and len(following) > 2
        and following[:1].isupper()
        and s.words[i + 3] != "."
    )


def _name_goes_on(s: Sentence, i: int) -> bool:
    """Whether token i carries on a personal name begun before it: a capitalized word of no
    body or portfolio, or a name particle before one ("Industry | Faisal bin Abdullah Al
    Rowas", "Ahmed al-Sayed"), which no body's name holds in English."""
    particle, dash, surname = s.words[i].partition("-")
    if dash and particle.lower() in _NAME_PARTICLES and surname[:1].isupper():
        return True  # "al-Sayed"
    if s.lowers[i] in _NAME_PARTICLES and not s.caps[i]:
        return s.caps[i + 1] and s.lowers[i + 1] not in _BODY_AND_PORTFOLIO_WORDS
    return s.caps[i] and s.lowers[i] not in _BODY_AND_PORTFOLIO_WORDS


#: Plural nouns of the members a body is of, written after its country in its name
#: ("Federation of Uganda Manufacturers", "Association of Ghana Exporters"): the name's last word.
MEMBERS_OF_BODY: Final = frozenset(
    {
        "exporters", "importers", "producers", "growers", "manufacturers", "processors", "traders",
        "dealers", "farmers", "breeders", "millers", "industries", "employers", "industrialists",
        "investors", "entrepreneurs", "bankers", "shippers", "contractors", "miners", "insurers",
    }
)  # fmt: skip
#: Words a body's name may end on before the name of its officer.
_BODY_LAST_WORDS: Final = frozenset(_PORTFOLIO | _BODY | ORG_SUFFIXES | MEMBERS_OF_BODY)


def _body_name_end(s: Sentence, i: int) -> int:
    """End of the capitalized words from token i, over "and"/"&" between two of them
    ("Commerce and Industry") and a members' apostrophe ("Farmers' Cooperatives"), countries
    included ("Kenya Employers")."""
    j = i
    # (a body's members end its name too: "Federation of Kenya Employers | Jacqueline Mugo")
    known = _BODY_LAST_WORDS
    while (
        s.caps[j]
        or (s.lowers[j] in ("and", "&") and s.caps[j + 1] and j > i)
        or (j > i and _members_apostrophe(s, j))
    ):
        if s.lowers[j] in HEAD_WORDS or opens_initialled_name(s, j):
            break  # "Federation of Kenya Employers President X": the next title
        if (
            j > i
            and s.lowers[j - 1] in known
            and s.lowers[j] not in known
            and _name_goes_on(s, j + 1)
            and s.country_at(j) is None
            and j not in s.inside_countries
        ):
            break  # "Chamber of Commerce and Industry | Abdelhafidh Sakrouhi": a name after the body
        j += 1
    if j > i and s.lowers[j - 1] in _BUSINESS_BODIES and s.lowers[j] == "of" and s.caps[j + 1]:
        # "Federation of Nepalese Chambers | of Commerce and Industry": the member bodies a
        # federation is of take their own "of" (the name had stopped at "Chambers")
        return _body_name_end(s, j + 1)
    return j


#: Name particles spelled as a company's legal form in title case: the Tuareg "Ag", "son of"
#: ("Mohamed Ag Erlaf"), which is no German "AG" (written in capitals after a company's name).
_PARTICLES_LIKE_LEGAL_FORMS: Final = frozenset(["Ag"])


def particle_between_names(s: Sentence, i: int) -> bool:
    """Whether token i is a name particle spelled like a legal form ("Ag"), between two plain
    capitalized words of a person's name ("Ahmed | Ag | Albachar"): the name goes on over it,
    where a legal form would have closed a company's name ("Mines Mohamed Ag")."""
    return (
        s.words[i] in _PARTICLES_LIKE_LEGAL_FORMS
        and i > 0
        and all(
            s.words[m].istitle() and s.words[m].isalpha() and s.lowers[m] not in _KNOWN_COMPLEMENT_WORDS
            for m in (i - 1, i + 1)
        )
    )


def _org_end(s: Sentence, i: int, end: int) -> int:
    """End of an organization name within tokens i..end: after its last suffix word, legal
    forms and a parenthetical acronym ("China National Petroleum Corporation (CNPC)"); a
    name that opens on a Romance keyword runs to the end ("Port Autonome de Dakar")."""
    if s.lowers[i] in ORG_WORDS["prefix_keyword"] and s.caps[i] and end > i + 1:
        closed = _country_closed_end(s, i, end)
        if closed > 0:
            return closed  # "Bank Negara Malaysia | Norzila Abdul Aziz"
        joined = any(not s.caps[j] for j in range(i, end))  # "Port Autonome de Dakar": complete
        # (a name after the comma leaves the whole run to the firm: "of Yacimientos Petrolíferos
        # Fiscales Bolivianos, X" had lost "Fiscales Bolivianos" to a person)
        whole = joined or end - i <= 3 or _name_after_comma(s, end)
        return end if whole else end - 2  # "Grupo Mexico | German Larrea"
    last = -1
    for j in range(i, end):
        lower = s.lowers[j]
        if lower in _BUSINESS_BODIES and s.lowers[j + 1] == "of" and s.caps[j + 2]:
            # "Chamber of Commerce and Industry", "Federation of Kenya Employers"
            return _body_name_end(s, j + 2)
        closed = _closed_keyword_complement_end(s, j + 1)
        if j + 1 < closed <= end:
            return closed  # "Moroccan Agency for Sustainable Energy (Masen), X": the name to its acronym
        if (
            lower in _STRONG_ORG_SUFFIXES
            and not (j == i and lower in ORG_WORDS["prefix_legal"])
            and not particle_between_names(s, j)
        ):
            last = j
    if last < 0:
        return -1
    j = last + 1
    while j < end and s.lowers[j] in ORG_SUFFIXES and s.words[j].isupper():
        j += 1
    closed = _suffix_words_end(s, j, end) if last > i else j  # (not "of Electric | Power X")
    if closed > j:
        return closed  # "Konkola Copper | Mines, X", "Mopani Copper | Mines | Natasha Banda"
    if j < end and _body_closes(s, j, end):
        return end  # "the Abidjan Port Authority": the port's authority, not a port
    return j


def _suffix_words_end(s: Sentence, j: int, end: int) -> int:
    """End of the capitalized words of `ORG_SUFFIXES` from token j, after a firm's strong
    suffix, that also name a portfolio ("Copper | Mines", "Steel | Works"), when they run to
    the end of the capitalized run or leave a name of two words or more after them; else j.
    (A portfolio's word is no strong suffix, so the name had stopped before it and the person
    after had taken it: "Mines Natasha Banda".)"""
    m = j
    while m < end and s.lowers[m] in ORG_SUFFIXES and s.caps[m]:
        m += 1
    return m if m > j and (m == end or end - m >= 2) else j


def _country_closed_end(s: Sentence, i: int, end: int) -> int:
    """End of a country's name inside the capitalized run i..end that two or more capitalized
    words follow, or -1. A body named on a Romance keyword ends on the country it serves
    ("Bank Negara Malaysia", "Banco Nacional de Angola"): the words after it are the officer's
    name, however many ("Bank Negara Malaysia | Norzila Abdul Aziz", where counting two words
    from the end gave the body "Norzila")."""
    for k in range(i + 1, end):
        found = s.country_at(k, ("name",))
        if found is not None and end - found[0] >= 2 and all(s.caps[m] for m in range(found[0], end)):
            return found[0]
    return -1


def _body_closes(s: Sentence, j: int, end: int) -> bool:
    """Whether the capitalized words j..end after a company's suffix end on a body's noun,
    which the suffix only qualifies ("Port | Authority", "Port | Special Agency")."""
    return (
        end - j <= _MAX_BODY_QUALIFIERS + 1
        and s.lowers[end - 1] in _BODY
        and all(
            s.caps[m] and s.country_at(m) is None and s.lowers[m] not in HEAD_WORDS for m in range(j, end)
        )
    )


#: Capitalized words allowed between a suffix and the body's noun that closes the name.
_MAX_BODY_QUALIFIERS: Final = 2


def _city_complement_end(s: Sentence, end: int) -> int:
    """End of an organization's name that ends at token `end`, with the "of <City>" after it
    ("the Autonomous Port of Abidjan", "the Chamber of Commerce of Lyon"): a city names the
    body's seat, part of its name, and the officer's name comes after it (only a town the
    lexicon knows: other capitalized words may be a name). A country there is
    the title's own complement, read by the caller."""
    if s.lowers[end] != "of":
        return end
    place = s.country_at(end + 1, ("city", "capital"))
    if place is None or s.lowers[place[0]] in POSSESSIVE_MARKS:
        return end
    return place[0]


def _served_country(s: Sentence, k: int, end: int) -> tuple[int, str] | None:
    """(token after, iso3) of the "of <Country>" after a business body's name at tokens
    k..end that opens on a chamber, federation or association with its own "of" ("the
    Chamber of Commerce of Cuba", "the Federation of Industries of Sri Lanka"): such a body
    is named with the country it gathers the trades of, so the country closes its name; a
    body of no such word leaves the country to the title ("Minister of Trade of Chile")."""
    if s.lowers[end] != "of" or not any(
        s.lowers[m] in _NAMED_WITH_COUNTRY and s.lowers[m + 1] == "of" for m in range(k, end)
    ):
        return None
    first = end + 2 if s.lowers[end + 1] == "the" else end + 1
    return s.country_at(first)


#: Nouns for a state's government as a whole, which an office "of <Country>'s ..." belongs to.
_GOVERNMENT_NOUNS: Final = frozenset(["government", "cabinet", "administration", "regime"])


def _own_government_end(s: Sentence, end: int) -> int:
    """Token after "'s <one or two words> <government noun>" right after the office's country
    at `end` ("the acting foreign minister of Afghanistan's | caretaker government, X", "of
    Iraq's federal government", "of Pakistan's interim cabinet"): that government is the
    country's own, whose office this is, so it ends the title phrase as the country would and
    the name after the comma is the holder's (the title had been lost, the name cut to its last
    words and the holder given the host's country); else `end`."""
    if s.lowers[end] not in POSSESSIVE_MARKS:
        return end
    for noun in range(end + 1, end + 4):
        if s.lowers[noun] in _GOVERNMENT_NOUNS:
            return noun + 1
        if not s.words[noun].replace("-", "").isalpha() or s.in_country(noun):
            return end
    return end


def _short_form_end(s: Sentence, k: int, end: int) -> int:
    """Token after the "(ACRONYM)" that follows a country named in full at tokens k..end and
    spells it, its small words too ("Minister of Trade of the Republic of Korea (RoK) X",
    "... of the United Arab Emirates (UAE) X"): the country's short form, which ends the title
    before the name as the country would; else `end`."""
    if s.lowers[end] != "(" or s.lowers[end + 2] != ")":
        return end
    words = [w for w in s.words[k:end] if w.isalpha()]
    spelled = {"".join(w[0] for w in words if w[0].isupper()), "".join(w[0] for w in words)}
    return end + 3 if s.lowers[end + 1] in {w.lower() for w in spelled if len(w) >= 2} else end


def _body_of_states_end(s: Sentence, k: int) -> int:
    """End of the name of a body of many states that opens at token k, across the "of/for/on"
    inside it, or k: a name the lexicon lists ("International Atomic Energy Agency"), or one
    its "(ACRONYM)" spells or the lexicon lists by that acronym ("International Fund for
    Agricultural Development (IFAD)", "United Nations Conference on Trade and Development
    (UNCTAD)"), naming no country (a national body is its country's: "Central Bank of
    Nigeria (CBN)"). The title grammar had cut such names at the first "of/for" ("President of
    the International Fund", organization "Agricultural Development (IFAD)")."""
    if not s.caps[k]:
        return k
    j = k
    while j < s.n and j - k < _BODY_NAME_REACH and (s.caps[j] or s.lowers[j] in BODY_NAME_JOINERS):
        j += 1
    inner = range(k, j)
    if (
        j - k >= 3
        and s.caps[j - 1]
        and _acronym_end(s, j) > j
        and any(s.lowers[m] in ("of", "for", "on") for m in inner)
        and not any(s.country_at(m) for m in inner)
    ):
        acronym = s.lowers[j + 1]
        spelled = "".join(s.words[m][0] for m in inner if s.caps[m]).lower()
        if acronym == spelled or acronym in ORG_WORDS["international"] or _foreign_acronym(s, k, acronym):
            return j + 3
    start = s.starts[k]
    rest = s.text[start : start + _LONGEST_BODY_NAME + 1].lower()
    if not rest.startswith(INTERNATIONAL_NAMES):
        return k  # one C-level test for most capitalised complements, which open no listed name
    for full in INTERNATIONAL_NAMES:
        if rest.startswith(full) and not rest[len(full) : len(full) + 1].isalnum():
            end = next((m + 1 for m in range(k, s.n) if s.ends[m] >= start + len(full)), k)
            # (not the United Nations of "the United Nations Conference on ...": a longer name)
            return k if s.caps[end] and s.lowers[end] in _BODY_NAME_GOES_ON else _acronym_end(s, end)
    return k


def _foreign_acronym(s: Sentence, k: int, acronym: str) -> bool:
    """Whether the acronym after a name opening on a body's keyword at token k abbreviates it in
    another language, opening on the keyword's initial: "Community of Portuguese Language
    Countries (CPLP)" is "Comunidade dos Paises de Lingua Portuguesa", which no English word of
    the name spells, so the name was cut at its first "of" ("Executive Secretary of the
    Community", organization "Portuguese")."""
    return s.lowers[k] in ORG_WORDS["keyword"] and len(acronym) >= 3 and acronym[0] == s.lowers[k][0]


_LONGEST_BODY_NAME: Final = max(map(len, INTERNATIONAL_NAMES))
#: Small words inside a body's name: "Organization of the Petroleum Exporting Countries".
BODY_NAME_JOINERS: Final = frozenset(["of", "for", "on", "the", "and", "&"])
#: Words that carry a listed name on into a longer one: "United Nations Conference on ...".
_BODY_NAME_GOES_ON: Final = (
    ORG_WORDS["suffix"] | ORG_WORDS["keyword"] | frozenset(["conference", "programme", "program"])
)
#: How many tokens a body's name before its acronym may span.
_BODY_NAME_REACH: Final = 14


def _acronym_end(s: Sentence, i: int) -> int:
    """Token index after "(ACRONYM)" or "(Persero)" at token i, or i when there is none."""
    if s.lowers[i] == "(" and s.lowers[i + 2] == ")" and s.caps[i + 1] and s.country_at(i + 1) is None:
        return i + 3
    return i


def _spaced_initials_at(s: Sentence, i: int) -> bool:
    """Whether two initials, each a capital and its period with spaces between, open a name at
    token i ("J. K. Mwangi", "T. V. Narendran"), as `opens_initialled_name` reads one initial
    before a name of its own; not a country's ("U. S.")."""
    words = s.words
    return (
        len(words[i]) == 1
        and words[i].isupper()
        and words[i + 1] == "."
        and len(words[i + 2]) == 1
        and words[i + 2].isupper()
        and words[i + 3] == "."
        and len(words[i + 4]) > 2
        and s.caps[i + 4]
        and not s.in_country(i)
    )


def _initials_open_name(s: Sentence, i: int) -> bool:
    """Whether one initial or two open a personal name at token i ("N. Chandrasekaran", "J. K.
    Mwangi"): what comes before it in the run is no part of the name."""
    return opens_initialled_name(s, i) or _spaced_initials_at(s, i)


def _name_tail(s: Sentence, first: int, end: int, appositive: bool) -> int:
    """Where a personal name starts inside tokens first..end, keeping 2 tokens (or 1 of 2).

    A title in apposition ("Amin Nasser, CEO of Saudi Aramco,") has its name before it, so
    nothing of the complement is a name.
    """
    if appositive or not s.caps[end - 1]:
        return end
    if _name_after_comma(s, end):
        return end  # "the CEO of Acme Energy, Christian Bruch": the name is after the comma
    if _initials_open_name(s, end):
        return end  # "the Chairman of Tata Sons | N. Chandrasekaran": the name is the initials'
    size = end - first
    if size <= 1:
        return end
    if s.lowers[end - 1] in PATRONYMIC_SUFFIXES and size >= 4:
        return end - 3  # "of the Jogorku Kenesh | Nurlan Asan Uulu": the suffix is a third word
    if size >= 4 and s.words[end - 3] == s.words[end - 2]:
        return end - 3  # "of Civil Aviation | Ko Ko Lwin": a doubled syllable opens the name
    return end - 2 if size >= 3 else end - 1


def _styled_name_start(s: Sentence, first: int, end: int, portfolio: bool) -> int:
    """The first style of a name among tokens first+1..end-2 ("of Petronas | Tengku Muhammad
    Aziz", "of Sime Darby | Tan Sri Ahmad Zubir", "of Axiata | Dato' Sri Vivek", "Minister of
    Amiri Diwan Affairs | Sheikh Mohammad ..."), or -1. Styles open the name they honour, so the
    body's name ends before them; two words counted from the end would leave the style to the
    body ("Petronas Tengku"). After a `portfolio` only the honorifics of the word list count: a
    royal style there may belong to the office ("Crown Prince of Johor Tunku Ismail")."""
    for k in range(first + 1, end - 1):
        lower, after = s.lowers[k], s.lowers[k + 1]
        if not s.caps[k]:
            continue
        if lower in WORDS["honorific"]:
            return k
        if not portfolio and (lower in NAME_STYLES or (lower, after) in _TWO_WORD_STYLES):
            return k
    return -1


#: Malay styles that open a personal name (besides the honorifics of the word list).
NAME_STYLES: Final = frozenset(["tengku", "tunku", "engku", "ungku"])
_TWO_WORD_STYLES: Final = frozenset([("tan", "sri"), ("puan", "sri"), ("toh", "puan")])


def _name_after_comma(s: Sentence, i: int) -> bool:
    """Whether a comma at token i is followed by a personal name of two or more words (not a
    title, a country or a demonym), also when a particle comes second ("Ahmed bin Abdulaziz
    Kattan", "Adel al-Jubeir") or it opens on spaced initials ("T. V. Narendran", as Indian
    copy writes them: the firm before the comma had lost its last word to the name)."""
    particled = s.lowers[i + 2] in _NAME_PARTICLES and s.caps[i + 3]
    head, dash, rest = s.words[i + 2].partition("-")
    joined = bool(dash) and head.lower() in _NAME_PARTICLES and rest[:1].isupper()
    initial = len(s.words[i + 1]) == 1 and s.words[i + 2] == "." and s.caps[i + 3]
    if s.lowers[i] != "," or not (s.caps[i + 1] and (s.caps[i + 2] or particled or joined or initial)):
        return False
    # (a surname that is a title's word only inside a longer title opens a name where that
    # title does not follow: "Yang Jie", not "Yang di-Pertuan Agong")
    surname = s.lowers[i + 1] in WORDS["name_like"] and _head_at(s, i + 1) is None
    titled = s.lowers[i + 1] in TITLE_WORDS and not surname
    return not titled and s.country_at(i + 1, ("name", "demonym")) is None


def _known_end(s: Sentence, i: int, end: int) -> int:
    """End of the leading run of portfolio/body words (and their joiners) in tokens i..end.

    A state's or city's name may open the run, the place the office serves ("Inspector
    General of Sindh Police X", "Commissioner of Lagos Police X"): the portfolio after it still
    ends the title before the name."""
    j = i
    place = s.country_at(i, ("city", "capital"))
    if place is not None and place[0] < end and s.lowers[place[0]] in _PORTFOLIO:
        j = place[0]
    while j < end:
        lower = s.lowers[j]
        if lower == "made" and s.lowers[j + 1] == "in":
            j += 3
        elif _portfolio_token(s, j) or lower in _BODY or not s.caps[j]:
            j += 1
        elif lower in _PORTFOLIO_BEFORE_HEAD and end - j > 2:
            j += 1  # "Minister of Law | Azam Nazeer Tarar", not "Secretary for Justice | Law Chi-kwong"
        elif s.lowers[j - 1] in ("and", "&") and _qualified_portfolio_at(s, j):
            j += 1  # "Foreign and European Affairs and Trade"
        elif j > i and _qualified_noun_end(s, j, end) > j:
            j += 1  # "Economic | Growth": the noun an adjective of the lexicon qualifies
        elif j == i and _adjective_of_portfolio(s, j):
            j += 1  # "Electric | Power", "Hydraulic | Power": an adjective the lexicon lacks
        elif _affairs_after(s, j, end):
            j += 1  # "for African | Affairs", "for Amiri Diwan | Affairs": what the affairs are of
        else:
            break
    while j > i and not s.caps[j - 1]:
        j -= 1
    return min(j, end)


def _body_past_known_end(s: Sentence, known: int, seq_end: int) -> int:
    """End of a body named after "of the" whose name goes on past the words the lexicon knows
    to a body word before the personal name ("of the Central | Military Commission | Zhang
    Youxia", "of the State | Election Commission X"), or `known`: the known adjective opened
    the body's name, its body word closes it (the unknown word had been taken for a person and
    the title cut after "Central"). The name keeps the run's last word at least."""
    for i in range(seq_end - 2, known - 1, -1):
        if s.lowers[i] in _BODY or s.lowers[i] in WORDS["government_body"]:
            return i + 1
    return known


def _department_end(s: Sentence, k: int, seq_end: int, closed: bool) -> int:
    """End of a department named by a word the lexicon lacks and a portfolio word after it
    ("Director General of Sea | Transportation Antoni Arif Priadi", "Deputy Minister of Inland
    | Revenue X Y"), or k: the portfolio word closes the department, and the name after it
    keeps all its words (the name had lost its given name to the title, or the department
    become an organization). It ends the run when the name is elsewhere (`closed`: before the
    title, or after a rank that ends the run); otherwise two words or more are left for it.
    Only up to _MAX_DEPARTMENT words are read, none a place, a head or a style."""
    last = seq_end if closed else seq_end - 2
    for m in range(k, min(k + _MAX_DEPARTMENT, last)):
        if not _unlisted_item_word(s, m):
            return k
        if m > k and (s.lowers[m] in _PORTFOLIO or _abstract_noun(s, m)):
            return m + 1 if not closed or m + 1 == seq_end else k
    return k


_MAX_DEPARTMENT: Final = 3


def _adjective_of_portfolio(s: Sentence, j: int) -> bool:
    """Whether the capitalized word at token j is an adjective by its ending, of no country,
    right before a portfolio word of the lexicon ("Minister of Electric | Power Ko Ko Lwin"):
    the portfolio's first word, no name's (the name had taken "Power")."""
    return (
        _plain_capitalized_word(s, j)
        and _ADJECTIVE_ENDING.search(s.lowers[j]) is not None
        and s.country_at(j, _ANY_PLACE) is None
        and s.caps[j + 1]
        and s.lowers[j + 1] in _PORTFOLIO
    )


def _affairs_after(s: Sentence, j: int, end: int) -> bool:
    """Whether the capitalized word at token j opens what a portfolio of "Affairs" is about,
    with that word within the next two before `end` ("African Affairs", "Gulf Affairs", "Amiri
    Diwan Affairs"): no personal name has the word "Affairs" in it, so the words before it are
    the portfolio's, not the name's (the name had taken "Affairs" after a demonym)."""
    return s.caps[j] and any(s.lowers[k] == "affairs" and s.caps[k] for k in range(j + 1, min(j + 3, end)))


def _adjective_body_end(s: Sentence, end: int) -> int:
    """End of a body's name that goes on over a lower-case adjective at token `end` ("of the
    Binh Phuoc | provincial | People's Committee X"): the place before the adjective and the
    capitalized words after it up to a body's word are one name, as the adjective opening it
    is ("of the municipal People's Committee"); else `end`."""
    word = s.words[end]
    if not (word.isalpha() and word.islower() and _ADJECTIVE_ENDING.search(word) and s.caps[end + 1]):
        return end
    run_end = _sequence_end(s, end + 1)
    named = any(
        s.lowers[m] in _BODY or s.lowers[m] in WORDS["government_body"] for m in range(end + 1, run_end)
    )
    return run_end if named else end


def _qualified_noun_end(s: Sentence, j: int, run_end: int) -> int:
    """Token index after the noun at token j that the portfolio adjective before it qualifies
    ("Minister of Economic | Growth Rachel Kerr"), or j. An adjective ends no portfolio: the
    capitalized word after it is its noun, though the lexicon lacks it, so long as a name of
    two or more words still follows it before `run_end`, the end of the capitalized run, or the
    run ends on the noun and a second office joined by "and" follows, whose name is the
    holder's ("Vice President for the Economic | Sector and Foreign Relations Minister X": the
    noun had been taken for a person of the first office)."""
    if (
        s.caps[j - 1]
        and s.lowers[j - 1] in _PORTFOLIO_ADJECTIVES
        and _plain_capitalized_word(s, j)
        and _head_at(s, j) is None
        and s.country_at(j, _ANY_PLACE) is None
        and (run_end - (j + 1) >= 2 or (run_end == j + 1 and _office_joined_at(s, run_end)))
    ):
        return j + 1
    return j


def _office_joined_at(s: Sentence, i: int) -> bool:
    """Whether "and" (or "&") at token i joins a second office to the title before it ("... and
    Foreign Relations Minister X", "... and Minister of Trade X"): the name comes after that
    office, so none stands before the "and"."""
    return s.lowers[i] in ("and", "&") and (_head_at(s, i + 1) is not None or _portfolio_head_at(s, i + 1))


def _abstract_noun(s: Sentence, j: int) -> bool:
    """Whether token j is an English abstract noun by its ending ("Reclamation", "Plantation",
    "Commodities", "Reduction", "Management", "Partnership", "Preparedness"): a portfolio word
    the lexicon lacks, never a word of a personal name, so a name after it starts later
    ("Minister of Agriculture and Land Reclamation Alaa Farouk": the name had taken
    "Reclamation"; "Minister of Employment and Poverty Reduction X Y": it had taken "Reduction").
    Words of seven letters or fewer ("Clement") are not read by their ending, nor a state's
    body ("Government", "Parliament", "Department"), which names no portfolio."""
    word, lower = s.words[j], s.lowers[j]
    return (
        word.isalpha()
        and len(word) > _MIN_ABSTRACT
        and lower.endswith(_ABSTRACT_ENDINGS)
        and lower not in _STATE_BODY_WORDS
    )


_ABSTRACT_ENDINGS: Final = ("tion", "tions", "ment", "ments", "ship", "ness", "ities")
_MIN_ABSTRACT: Final = 7


def _last_inner_of(s: Sentence, i: int, end: int) -> int:
    """Index of the last "of"/"for" inside tokens i..end, or -1."""
    for j in range(end - 1, i, -1):
        if s.lowers[j] in ("of", "for"):
            return j
    return -1


#: Heads South Asian copy writes its portfolio straight after, with no "of" or "for": "Secretary
#: Commerce X", and India's Minister of State by its initials, "MoS External Affairs X".
_BARE_PORTFOLIO_HEADS: Final = frozenset(["secretary", "mos"])


def _bare_portfolio_end(s: Sentence, j: int) -> int:
    """End of a portfolio written straight after "Secretary" or "MoS" and before a name, or 0.

    South Asian usage drops the "of": "Federal Secretary Commerce Jawad Paul", "Secretary
    Foreign Affairs X", "MoS External Affairs Shri X". The portfolio belongs to the title, not
    to the name after it.
    """
    if s.lowers[j - 1] not in _BARE_PORTFOLIO_HEADS or not s.caps[j] or s.lowers[j] not in _PORTFOLIO:
        return 0
    end = _portfolio_end(s, j)
    named = s.caps[end] and s.lowers[end] not in _PORTFOLIO and s.lowers[end].isalpha()
    return end if named and _head_at(s, end) is None and s.country_at(end) is None else 0


#: The nouns of a head's office a minister serves in ("the Prime Minister's Office|Department").
_SERVED_OFFICES: Final = frozenset(["office", "department"])


def _office_served_end(s: Sentence, j: int) -> int:
    """End of "in the <Head>'s Office" at token j ("in the Prime Minister's Office", "in the
    President's Office"), with a portfolio in brackets after it; 0 when there is none. Malaysia
    writes "in the Prime Minister's Department", Brunei "at the Prime Minister's Office"."""
    k = j + 2
    while k < j + 5 and s.caps[k] and s.lowers[k] not in POSSESSIVE_MARKS:
        k += 1
    served = s.lowers[k + 1] in _SERVED_OFFICES and s.caps[k + 1]
    if k == j + 2 or s.lowers[k] not in POSSESSIVE_MARKS or not served:
        return 0
    end = k + 2
    if s.lowers[end] == "(":
        close = next((m for m in range(end + 1, min(s.n, end + 14)) if s.lowers[m] == ")"), None)
        end = close + 1 if close is not None else end
    return end


def _presidency_served_end(s: Sentence, j: int) -> int:
    """End of "in/at the Presidency" or "in/at the Office of the <Head>" at token j ("Minister
    in the Presidency X", "Minister of State at the Presidency X", "Minister of State in the
    Office of the President X", "Minister in the Office of the Deputy Prime Minister X"): the
    head of government's office a minister serves in, part of the title (the head after "the
    Office of the" had been read as the minister's own office, a president's); 0 when there is
    none. The parse goes on after it ("in the Presidency for Women and Youth")."""
    if s.lowers[j] not in ("in", "at") or s.lowers[j + 1] != "the" or not s.caps[j + 2]:
        return 0
    if s.lowers[j + 2] == "presidency":
        return j + 3
    if s.lowers[j + 2] != "office" or s.lowers[j + 3] != "of" or s.lowers[j + 4] != "the":
        return 0
    head = _simple_title_at(s, j + 5) if s.caps[j + 5] else None
    if head is None or head[2] != "government" or s.lowers[head[1] - 1] == "member":
        return 0
    return head[1]


#: Capitalized words of a ministry's level before "Ministry" ("the Federal Ministry of ...").
_DEPARTMENT_QUALIFIERS: Final = frozenset(["federal", "state", "national", "royal"])
_MAX_DEPARTMENT_QUALIFIERS: Final = 1


#: The nouns of a state's diplomatic mission abroad ("Commission" only after "High"), for the
#: finders of titles and of the countries named after a name (engagement_context).
MISSION_NOUNS: Final = frozenset(["embassy", "consulate", "consulate-general", "mission", "commission"])


def _mission_served(s: Sentence, j: int) -> tuple[int, str] | None:
    """(token after, iso3) of a state's diplomatic mission after "of/at the" at token j: "of
    the Japanese Embassy", "at the Indian High Commission", "of the Embassy of Peru", "of the
    Consulate General of Chile", with the city it is in ("in Kathmandu"); None for a longer
    name ("of the Embassy School") or no mission."""
    if s.lowers[j + 1] != "the":
        return None
    k = j + 2
    sender = s.country_at(k, ("demonym", "name"))
    if sender is not None:
        k = sender[0]
    high = s.lowers[k] == "high"
    k += high
    if s.lowers[k] not in MISSION_NOUNS or not s.caps[k] or (s.lowers[k] == "commission") != high:
        return None
    k += 1
    if sender is None:
        k += s.lowers[k] == "general"
        if s.lowers[k] != "of":
            return None
        sender = s.country_at(k + 1 + (s.lowers[k + 1] == "the"), ("name",))
        if sender is None:
            return None
        k = sender[0]
    if s.lowers[k] == "in":
        city = s.country_at(k + 1, ("city", "capital"))
        k = city[0] if city is not None else k
    return (k, sender[1]) if not s.caps[k] or _plain_name_at(s, k) else None


def _department_demonym(s: Sentence, j: int) -> tuple[int, str] | None:
    """(token after, iso3) of the demonym that opens a ministry after "in/at/of the" at token j
    ("in the Romanian Ministry of Economy", "of the Polish Ministry of Foreign Affairs"), else
    None."""
    if s.lowers[j] not in ("in", "at", "of") or s.lowers[j + 1] != "the":
        return None
    demonym = s.country_at(j + 2, ("demonym",))
    if demonym is None or s.lowers[demonym[0]] != "ministry" or not s.caps[demonym[0]]:
        return None
    return demonym


def _department_served_end(s: Sentence, j: int) -> int:
    """End of "in/at the [Federal] Department/Ministry of <portfolio>" at token j ("in the
    Department of Commerce", "Secretary of State at the Ministry of Development and
    Technology", "at the Federal Ministry of Economics"), also after the ministry's demonym
    (`_department_demonym`: "in the Romanian Ministry of Economy"); 0 when there is none."""
    demonym = _department_demonym(s, j)
    k = demonym[0] if demonym is not None else j + 2
    while k < j + 2 + _MAX_DEPARTMENT_QUALIFIERS and s.lowers[k] in _DEPARTMENT_QUALIFIERS and s.caps[k]:
        k += 1
    if s.lowers[k] not in ("department", "ministry") or not s.caps[k] or s.lowers[k + 1] not in ("of", "for"):
        return 0
    first = k + 2
    end = _known_end(s, first, _sequence_end(s, first)) if s.caps[first] else first
    return end if end > first else 0


def style_at(s: Sentence, k: int) -> bool:
    """Whether a monarch's style opens at token k ("His Majesty", "Her Highness")."""
    return s.lowers[k] in ("his", "her") and s.lowers[k + 1] in ("majesty", "highness")


def _complements(s: Sentence, parse: _Parse, head_kind: str, appositive: bool) -> None:
    """Consume "of/for" complements after a head, filling title parts, country, organization.

    A complement made of portfolio or body words stays in the title and parsing goes on; a
    country, an organization or a trailing name ends the phrase.
    """
    ministerial = head_kind in ("ministerial", "government")
    bare = _bare_portfolio_end(s, parse.end)
    if bare:
        parse.title_parts.append((parse.end, bare))
        parse.end = bare
        return
    while True:
        j = parse.end
        lower = s.lowers[j]
        desk = _qualifier_end(s, j) if lower == "(" and not s.words[j + 1].isupper() else j
        named = desk > j and (
            (s.caps[desk] and s.caps[desk + 1] and s.lowers[desk] not in TITLE_WORDS)
            or (not appositive and not _acronym_like(s.words[j + 1]) and _name_after_comma(s, desk))
            or opens_initialled_name(s, desk)
        )
        if named:
            # "State Minister for Foreign Affairs (Regional Cooperation) X": the desk after the
            # portfolio, before the name (an acronym there names the body: "(MoFA)"), also
            # set off by a comma ("Minister of State for Petroleum Resources (Oil), X,"), or
            # before a name of one initial and one word ("Chairman of the State Great Khural
            # (Parliament) D.Amarbayasgalan", Montsame's style: the title had been lost)
            parse.title_parts.append((j, desk))
            parse.end = desk
            continue
        delegated = _delegated_by_end(s, parse, j)
        if delegated:
            # "Minister Delegate to the Minister of Foreign Affairs, in charge of African
            # Cooperation, X": the minister who delegates is part of the title, and so is the
            # charge set off by commas after it
            parse.title_parts.append((j, delegated))
            parse.end = delegated
            if (
                s.lowers[delegated] == ","
                and s.lowers[delegated + 1] == "in"
                and s.lowers[delegated + 2] == "charge"
            ):
                parse.title_parts.append((delegated, delegated + 1))
                parse.end = delegated + 1
            continue
        if lower == "in" and s.lowers[j + 1] == "charge" and s.lowers[j + 2] in ("of", "for"):
            parse.title_parts.append((j, j + 2))
            parse.end = j + 2
            continue
        if lower == "responsible" and s.lowers[j + 1] == "for" and _portfolio_token(s, j + 2):
            # "Minister responsible for Trade", "the minister responsible for trade, X", as
            # Commonwealth and East African copy writes the portfolio: read as "in charge of"
            # is (the title had ended at the head, and the portfolio was lost); only before a
            # portfolio word ("the minister responsible for the delays" names no portfolio)
            parse.title_parts.append((j, j + 1))
            parse.end = j + 1
            continue
        office = _office_served_end(s, j) if lower in ("in", "at") and s.lowers[j + 1] == "the" else 0
        if office:
            # "Minister of State in the Prime Minister's Office (Policy, Parliamentary Affairs
            # and Coordination)": the office served, part of the title
            parse.title_parts.append((j, office))
            parse.end = office
            return
        presidency = _presidency_served_end(s, j)
        if presidency:
            parse.title_parts.append((j, presidency))
            parse.end = presidency
            continue
        mission = _mission_served(s, j) if lower in ("of", "at") else None
        if mission is not None:
            # "X, Counsellor of the Japanese Embassy", "First Secretary of the Embassy of Peru":
            # the state whose mission it is is the holder's (he had taken the host's), and the
            # mission, his government's own, is no body he represents nor a word of the title
            parse.country = parse.country or mission[1]
            parse.end = mission[0]
            return
        owner_demonym = _department_demonym(s, j)
        served = (
            _department_served_end(s, j)
            if (lower in ("in", "at") or owner_demonym is not None) and s.lowers[j + 1] == "the"
            else 0
        )
        if served:
            # "Additional Secretary in the Department of Commerce Rajesh Agrawal Nair": the
            # department served, part of the title
            if owner_demonym is not None:
                # "State Secretary in the Romanian Ministry of Economy, X", "Deputy Minister at
                # the Slovak Ministry of ...", "of the Romanian Ministry of ...": the demonym
                # tells the ministry's country, the holder's, and is no word of the title
                parse.title_parts += [(j, j + 2), (owner_demonym[0], served)]
                parse.country = parse.country or owner_demonym[1]
            else:
                parse.title_parts.append((j, served))
            parse.end = served
            owner = s.country_at(served + 1, ("name",)) if s.lowers[served] == "of" else None
            if owner is not None:
                # "an adviser at the Ministry of Industry of Paraguay": the ministry's country
                parse.country = parse.country or owner[1]
                parse.end = owner[0]
            return
        if lower == "in" and s.lowers[j + 1] == "the" and s.lowers[j + 2] == "government" and s.caps[j + 2]:
            # "Minister of Economy and Trade in the Government of National Unity Mohamed
            # al-Hwej": the government served, part of the office
            end = _sequence_end(s, j + 2)
            name_start = _given_name_start(s, j + 2, end, appositive)
            if name_start > j + 3:
                parse.title_parts.append((j, name_start))
                parse.end = name_start
                return
        # (also "Additional Secretary for Afghanistan": a country after "for" is the portfolio;
        # and an envoy's brief after "on", as after "for": "Special Envoy on African Affairs")
        envoy = lower in ("for", "to") and (
            _is_envoy(s, parse) or (lower == "for" and s.country_at(j + 1) is not None)
        )
        envoy = envoy or (lower == "to" and _aide_to_principal(s, parse, j))
        envoy = envoy or (
            lower == "on" and (_is_envoy(s, parse) or _is_aide(s, parse)) and _brief_after_on(s, j + 1)
        )
        # "Hungary's ambassador in Belgrade, X": an envoy's posting named by its capital
        envoy = envoy or (
            lower == "in"
            and _is_envoy(s, parse)
            and s.country_at(j + 1, ("capital", "city", "name")) is not None
        )
        # "Minister of State and Foreign Affairs": a second portfolio joined to "of State"
        of_state_and = (
            lower == "and"
            and s.lowers[j - 1] == "state"
            and s.lowers[j + 1] in _PORTFOLIO
            and _head_at(s, _portfolio_end(s, j + 1)) is None  # not "... and Foreign Minister X"
        )
        # "Minister for Relations with Parliament", "Secretary for Relations with States": the
        # partners of a relations portfolio, as "of" opens one; a country there is a partner,
        # as an envoy's posting is, not the holder's ("Director for Relations with Chile")
        relations_with = lower == "with" and s.lowers[j - 1] == "relations" and s.caps[j - 1]
        envoy = envoy or relations_with or _spokesperson_on(s, j)
        unlisted = (
            _unlisted_posting_end(s, j + 1) if lower == "in" and not envoy and _is_envoy(s, parse) else 0
        )
        if unlisted:
            # "Ukraine's Consul General in Lublin Vitaliy Kushnir": a posting in a city no
            # lexicon lists, one word before a name of its own, is the title's as a capital is
            # (the city had opened the name, and the place after "in" had taken the name)
            parse.title_parts.append((j, unlisted))
            parse.end = unlisted
            return
        brief = _committee_brief_end(s, j)
        if brief:
            # "Chairperson of the Senate Standing Committee on Foreign Affairs X": the committee's
            # brief, part of the title (the title had stopped at "Committee", leaving X untitled)
            parse.title_parts.append((j, brief))
            parse.end = brief
            continue
        if (
            lower not in ("of", "for")
            and not envoy
            and not of_state_and
            and not _counterpart_from(s, parse, j)
            and not _secretary_to(s, parse, j)
        ):
            return
        sender = sent_by_principal(s, j, parse.title_parts[-1][0])
        if sender is not None:
            head = sender[0] + 1
            while head < sender[0] + 3 and s.caps[head] and s.lowers[head] != "of":
                head += 1  # "(the) Prime Minister (of)", "(the) Crown Prince (of)"
            owner = s.country_at(head + 1) if s.lowers[j + 1] == "the" and s.lowers[head] == "of" else None
            if owner is None and s.lowers[j + 1] == "the" and s.lowers[head] == "of":
                owner = _principal_country_before_envoy(s, head + 1)
            demonym = s.country_at(j + 2, ("demonym",)) if s.lowers[j + 1] == "the" else None
            envoy_name = demonym_principal_end(s, j)
            if owner is None and envoy_name and demonym is not None:
                # "Special Envoy of the Russian President Alexander Lavrentiev": the office by its
                # country's demonym sends him, as "of the President of Russia" does; the title
                # is written without the demonym
                parse.title_parts += [(j, j + 2), (sender[0], envoy_name)]
                parse.country = parse.country or demonym[1]
                parse.end = envoy_name
                return
            if owner is not None:
                # "Special Envoy of the President of Kazakhstan Erzhan Kazykhan": the office sends
                # him, the name after it is the envoy's, the principal part of his title (read
                # as a title of its own, the President's had been given to the envoy)
                parse.title_parts.append((j, head))
                parse.country = parse.country or owner[1]
                parse.end = owner[0]
                return
            parse.country = parse.country or sender[1]  # the envoy speaks for his own country
            return
        k = j + 1
        has_the = s.lowers[k] == "the"
        if has_the:
            k += 1
            # "Vice Chairman of the municipal People's Committee X": a lower-case adjective
            # before the body's name is the body's, as a place's name there would be
            if s.words[k].islower() and _body_describing_word(s.words[k]) and s.caps[k + 1]:
                k += 1
        if not s.caps[k]:
            board = _lower_case_body_end(s, k) if has_the else k
            if board > k:
                # "the deputy chairman of the board of JSC Uzbekistan Railways, X": the board
                # is the office's, and the company after it the officer's
                parse.title_parts.append((j, board))
                parse.end = board
                continue
            written = _lower_case_portfolio_end(s, k) if not has_the else k
            if written > k:
                # "Namibia's minister of international relations and trade, Selma ...": a
                # portfolio in lower case, up to the comma before the name; an official's as a
                # minister's ("the ministry's director general of international trade
                # negotiations X": the portfolio is the office, whatever the head)
                parse.title_parts.append((j, written))
                parse.end = written
                if s.lowers[written] in ("of", "for"):
                    continue  # the country whose office it is: "of trade of Chile"
            return
        by_bloc = lower == "for" or (lower == "of" and ministerial and not has_the)
        if by_bloc and s.words[k].isupper() and s.lowers[k + 1] in _PORTFOLIO and s.caps[k + 1]:
            # "Minister for EU Affairs X", "Deputy Prime Minister for EU Funds Y": a bloc's
            # affairs are a portfolio, no body the minister is of; so after a minister's "of"
            # ("Minister of ECOWAS Affairs X": the name had taken "Affairs")
            parse.title_parts.append((j, k + 2))
            parse.end = k + 2
            continue
        if style_at(s, k):
            # "Director of the Office of His Majesty": a style, part of the title
            parse.title_parts.append((j, k + 2))
            parse.end = k + 2
            continue
        body = _body_of_states_end(s, k)
        if body > k:
            # "Secretary General of the Organization of the Petroleum Exporting Countries (OPEC),
            # X", "Director General of the International Atomic Energy Agency": the body of
            # states, whole across its "of/for/on", is the officer's organization, not his title
            parse.organization = (k, body)
            parse.end = body
            return
        service = _armed_service_end(s, k)
        if service > k:
            # "Chief of Army Staff Asim Munir", "Chief of Defence Force General X": the staff or
            # force a chief heads is his office, no body's name; the name or rank follows (the
            # run had been read as an organization, the name's first words with it)
            parse.title_parts.append((j, service))
            parse.end = service
            continue
        diplomacy = _country_diplomacy(s, k)
        if diplomacy is not None:
            # "the head of Polish diplomacy Radosław Sikorski": the foreign minister's role, of
            # the country its demonym names; the name follows ("Polish diplomacy" had been read
            # as a description of a body named "Radosław", and the name cut to "Sikorski")
            parse.title_parts += [(j, j + 1), (diplomacy[0] - 1, diplomacy[0])]
            parse.country = parse.country or diplomacy[1]
            parse.end = diplomacy[0]
            return
        state_body = _lower_case_state_body(s, k)
        if state_body is not None:
            # "the Speaker of the Polish parliament Szymon Holownia", "the governor of the
            # Ukrainian central bank Andriy Pyshnyi": the state's body in lower case after its
            # demonym is the office's, written without the country, which is the holder's; the
            # name follows (the body had been read as a description and its name's first word)
            parse.country = parse.country or state_body[2]
            parse.title_parts += [(j, k), (state_body[0], state_body[1])]
            parse.end = state_body[1]
            return
        described = _described_body_start(s, k, based=not ministerial)
        if described is not None:
            # "chief executive of Indian conglomerate Adani Group, Gautam Adani": the company
            # after its country and description, of that country
            parse.country = parse.country or described[1]
            k = described[0]
            has_the = False  # the article is the description's, the name has none of its own
            # "vice president of Azerbaijani oil company X": a described body is a firm, so a
            # head that is a state's and a firm's alike is the firm's officer (the description
            # and X had been read into the title as a portfolio)
            ministerial = ministerial and not _heads_a_firm_too(s, parse, head_kind)
        listed = _portfolio_list_end(s, k, appositive) if ministerial and not has_the else k
        if listed > k:
            # "of Foreign Affairs, National Community Abroad and African Affairs": one list
            parse.title_parts.append((j, listed))
            parse.end = listed
            continue
        run_end = _sequence_end(s, k)
        area = _area_of_country(s, k, run_end)
        if area is not None:
            # "Governor of Kurgan Oblast of Russia X", "Governor of Russia's Nizhny Novgorod
            # Oblast X": the country whose region it is, written after or before the region,
            # is the governor's and no part of the title; the name follows
            parse.title_parts.append((j, k) if area[0] > k else (j, area[1]))
            if area[0] > k:
                parse.title_parts.append(area[:2])
            parse.country = parse.country or area[3]
            parse.end = max(area[1], area[2])
            return
        unit = _headed_unit(s, k, run_end) if not envoy and not s.in_country(k) else None
        if unit is not None:
            # "Chairman of Sughd Region X", "Chairman of Khatlon Region, Y": the head of a
            # country's region (as Tajikistan styles its governors) holds an office of that
            # region, part of the title as written, and is of its country (the region had been
            # read as a body he represents, of no country)
            parse.title_parts.append((j, unit[0]))
            parse.country = parse.country or unit[1]
            parse.end = unit[0]
            return
        run_end = _adjective_body_end(s, run_end) if has_the else run_end
        if (
            has_the
            and s.lowers[run_end] in FIRM_NOUNS
            and s.lowers[run_end + 1] == ","
            and s.caps[run_end + 2]
            and not all(s.in_country(m) for m in range(k, run_end))
        ):
            # "the Chief Executive Officer of the Petronas group, Ali Rahman": the firm's name
            # before its noun in lower case is the body the officer heads; the name follows
            # (not a country's: "the head of the Kenyan company, X" names no firm)
            parse.organization = (k, run_end)
            parse.end = run_end + 1
            return
        seq_end = _given_name_start(s, k, run_end, appositive)
        seq_end = _ranked_name_start(s, k, seq_end) if not appositive else seq_end
        placed = seq_end if appositive else _name_after_city(s, k, seq_end, run_end)
        # the name starts right after the place ("of Koshi Province | X Y Z"): none of it is cut
        named_after_place = placed != seq_end
        seq_end = placed
        org_end = _org_end(s, k, seq_end)
        if appositive and head_kind == "business" and 0 < org_end < seq_end:
            # "Daniel Okafor, managing director of Zenith Agro Exports,": the name went before
            # the title, so the capitalized words after a company word are still the company's
            # (a minister's portfolio is not: "Minister of Airlines and Tourism")
            org_end = seq_end
        country = s.country_at(k)
        service = _armed_service_end(s, country[0]) if country is not None and not appositive else 0
        if country is not None and not envoy and service > country[0]:
            # "Commander of the Republic of Fiji Military Forces Major-General X": the country's
            # armed service, up to its noun, is the office's, written without the country, which
            # is the commander's; the rank and the name follow (the name had been "Military")
            parse.country = parse.country or country[1]
            parse.title_parts += [(j, k), (country[0], service)]
            parse.end = service
            return
        place = None if envoy or country is not None else _place_at(s, k)
        if place is not None and (org_end < 0 or org_end <= place[0]):
            parse.country = parse.country or place[1]  # "Chief Minister of Assam", "Mayor of Osaka"
        posting = country or (s.country_at(k, ("capital", "city")) if envoy else None)
        if envoy and posting is not None:
            # "Special Envoy for Sudan", "Ambassador to Afghanistan", "Ambassador to Tehran":
            # where they are sent, not whom they represent (that is the country before the title)
            # (and a country or region joined to it: "Ambassador to Suriname and Guyana")
            end = _region_joined(s, posting[0])
            parse.title_parts.append((j, end))
            parse.end = end
            if lower == "for" and s.lowers[end] == "of":
                continue  # "... for Afghanistan and West Asia of the Ministry of Foreign Affairs"
            return
        if envoy and lower == "to" and has_the and _host_realm_alone(s, k):
            # "Ambassador to the Kingdom Ibrahima Sory Sylla": the host named by its realm's
            # noun, as its own agency writes it; the name follows
            parse.title_parts.append((j, k + 1))
            parse.end = k + 1
            return
        posted_body = _posted_body_end(s, k, seq_end, org_end) if envoy and lower == "to" else k
        if posted_body > k:
            # "Permanent Representative to the WTO", "ambassador to the African Union": the
            # body an envoy is posted to, part of the title as a country there is; the envoy
            # speaks for the country that sent him, and the body is no side he represents
            end = _acronym_end(s, posted_body)
            parse.title_parts.append((j, end))
            parse.end = end
            return
        chamber_end = _country_chamber_end(s, country, seq_end) if country is not None else 0
        if chamber_end and country is not None:
            # "Speaker of the Kenya National Assembly Moses Wetangula", "Speaker of the Ghana
            # Parliament X": the state's own chamber named after its country, as after its
            # demonym ("of the Kenyan National Assembly"): the office's, written without the
            # country, which is the speaker's (the title had stopped at the country, the chamber
            # left to the name: "Parliament X" or none)
            parse.country = parse.country or country[1]
            parse.title_parts += [(j, k), (country[0], chamber_end)]
            parse.end = chamber_end
            return
        # "chief representative of the Japan International Cooperation Agency": a minister's
        # or an envoy's head takes a body named for its country too, after an article (no
        # country is "of the" a minister's) when it ends in an agency's or an association's
        # word, no government's ("Minister of the Kenya National Assembly")
        agency = ministerial and has_the and s.lowers[seq_end - 1] in _COUNTRY_AGENCY_WORDS
        # (an officer's head after "the" as well: "the chairman of the Rwanda Mining Board Eric
        # Mugisha" had stopped at the country; a minister's head there is a chamber's or a
        # government's, "the Speaker of the Kenya National Assembly X", and is left as it was)
        opening = len(parse.title_parts) == 1 and not appositive
        named_body = _country_body_before_name(s, k, seq_end, not ministerial) if opening else 0
        if has_the and ministerial and _state_body_word(s, named_body - 1):
            named_body = 0
        if named_body:
            # "Managing Director of Nepal Electricity Authority Kulman Ghising", "Governor of
            # Nepal Rastra Bank Maha Prasad Adhikari": a body named for its country, its own
            # word last, before a name of its own (the name had been read into the body); only
            # as the head's first complement ("... Party of Laos Central Committee X" is the
            # party's committee, of the office)
            seq_end = named_body
            agency = True
        if (
            country is not None
            and org_end < 0
            and (not ministerial or agency)
            and seq_end - country[0] >= 1
            and s.lowers[country[0]] not in POSSESSIVE_MARKS  # not "of South Africa's Transnet"
            and (
                s.lowers[seq_end - 1] in _BODY
                or (head_kind == "business" and (appositive or _name_after_comma(s, seq_end)))
                or (head_kind == "business" and _initials_open_name(s, seq_end))
                or agency
            )
            and all(s.country_at(m) is None for m in range(country[0], seq_end))
        ):
            # "managing director of the Nepal Electricity Authority (NEA)", "chairman of the
            # Ghana Cocoa Board": a body named for its country, whose officer this is; and
            # "Jane Wanjiru, chief executive of Kenya Power": a company, the name went first,
            # or after a comma ("the chairman of China Mobile, Yang Jie": the company's words
            # after the country had been read as a person "Mobile")
            parse.country = parse.country or country[1]
            parse.organization = (k, _acronym_end(s, seq_end))
            parse.end = parse.organization[1]
            return
        # "the Speaker of India's Lok Sabha, Om Birla", "Governor of Iran's Central Bank Mohammad
        # Reza Farzin", "Secretary of Iran's Supreme National Security Council X": the country's own
        # chamber or state body is the office's, written without the country, which is the
        # officer's (the body had been taken for a person or an organization running into the
        # name, and the title left a bare "Speaker" or "Secretary")
        owned_end = (
            _possessed_chamber_end(s, country[0]) or _possessed_state_body_end(s, country[0])
            if country is not None
            else 0
        )
        if owned_end and country is not None:
            parse.country = parse.country or country[1]
            parse.title_parts += [(j, k), (country[0] + 1, owned_end)]
            parse.end = owned_end
            return
        owned = (
            _owned_body(s, country[0], appositive)
            if country is not None and (not ministerial or _heads_a_firm_too(s, parse, head_kind))
            else None
        )
        if owned is not None and country is not None:
            # "the director general of Morocco's National Office of Electricity (ONEE), X": the
            # body the country owns is the officer's organization, his name after the comma
            parse.country = parse.country or country[1]
            parse.organization = owned
            parse.end = owned[1]
            return
        if (
            appositive
            and country is not None
            and org_end < 0
            and country[0] < seq_end
            and s.lowers[seq_end - 1] in _ARMED_SERVICES
            and s.lowers[country[0]] not in POSSESSIVE_MARKS
            and all(s.country_at(m, _ANY_PLACE) is None for m in range(country[0], seq_end))
        ):
            # "X, Deputy Chief of Staff of the UAE Armed Forces,": the name went first, so the
            # words after the country, up to an armed service, are the service it qualifies,
            # not a name ("X, President of Ghana Nana Akufo-Addo" lists the next one); the
            # title keeps them without the country
            parse.country = parse.country or country[1]
            parse.title_parts += [(j, k), (country[0], seq_end)]
            parse.end = seq_end
            return
        if country is not None and lower == "of" and _bank_named_before(s, parse, j):
            # "Governor of the People's Bank of China X", "the governor of the Central Bank of
            # Kenya, X,": the country is the last word of the bank's name, which the title keeps
            # as written (it had been cut at the country: "Governor of the Bank"); the bank is
            # the state's, no organization of its own, as "Minister of ..." names none
            parse.country = parse.country or country[1]
            parse.title_parts.append((j, _acronym_end(s, country[0])))
            parse.end = parse.title_parts[-1][1]
            return
        if country is not None and (org_end < 0 or org_end <= country[0]):
            parse.country = parse.country or country[1]
            parse.end = _own_government_end(s, _short_form_end(s, k, country[0]))
            posted = country[0]
            destination = s.country_at(posted + 2 if s.lowers[posted + 1] == "the" else posted + 1)
            if s.lowers[posted] in ("to", "in") and destination is not None and _is_envoy(s, parse):
                # "Ambassador of China to Kenya", "... of Japan to the Kyrgyz Republic": the
                # sending country, then the posting
                last = _postings_end(s, destination[0])
                parse.title_parts.append((posted, last))
                parse.end = last
            elif s.lowers[posted] == "to" and s.lowers[posted + 1] == "the" and _is_envoy(s, parse):
                # "Permanent Representative of Ukraine to the UN X": the sending country, then
                # the body of many states posted to, read as after the head ("Permanent
                # Representative to the UN"; the name had been lost with the body's)
                continue
            elif s.lowers[posted] == "in" and (seat := _named_seat_end(s, posted + 1, parse)):
                # "the Ambassador of Japan in Kathmandu, X", "the Consul-General of Indonesia in
                # Hong Kong, Y": the city of the post, between the sending country and the name
                # after a comma, closes the phrase (the name had lost its title and country)
                parse.end = seat
            committee = _party_committee(s, posted)
            if committee is not None:
                # "General Secretary of the Communist Party of Vietnam (CPV) Central Committee
                # To Lam": the party's committee closes the office
                parse.title_parts.append(committee)
                parse.end = committee[1]
            return
        word = s.words[k]
        if _acronym_of_committee(s, j, k):
            # "Secretary of the Tianjin Municipal Committee of the CPC": the party whose
            # committee it is, part of the office as written, no side of its own
            parse.title_parts.append((j, k + 1))
            parse.end = k + 1
            return
        committee = _party_committee(s, k + 1) if word.isupper() and len(word) > 1 else None
        if committee is not None:
            # "Member of the Political Bureau of the CPC Central Committee and Foreign Minister
            # Wang Yi": a party's acronym before its committee names the governing body the
            # office is in, part of the title as "of the Cabinet of Ministers" is, no organization
            parse.title_parts.append((j, committee[1]))
            parse.end = committee[1]
            return
        if (
            org_end < 0
            and word.isupper()
            and len(word) > 1
            and "." not in word
            and not (ministerial and _portfolio_token(s, k))
        ):
            # An acronym ("Director-General of the WTO") or a legal form first ("PT Pertamina");
            # a minister's portfolio written short is none ("Minister of ICT X", "of MSME
            # Development"): the lexicon's portfolio words read it below, as "of Trade"
            if word.lower() in ORG_WORDS["prefix_legal"]:
                followed = s.lowers[seq_end] == "(" or appositive or seq_end - k <= 2
                org_end = seq_end if followed else _name_tail(s, k, seq_end, appositive)
            else:
                org_end = _acronym_name_end(s, k, appositive)
            parse.organization = (k, _acronym_end(s, org_end))
            parse.end = parse.organization[1]
            return
        known = _known_end(s, k, seq_end)
        if known == k and org_end < 0 and not has_the and head_kind in ("ministerial", "other"):
            # (a name cut off by its rank or particle after the run is also no word of it)
            known = _department_end(s, k, seq_end, appositive or seq_end < run_end)
        if ministerial and org_end == k + 1 and _adjective_of_portfolio(s, k):
            org_end = -1  # "Minister of Electric Power": a portfolio, no company's "Electric"
        if org_end < 0 and s.lowers[seq_end - 1] in _BODY and seq_end - k > 1:
            seat = _seat_end(s, seq_end)
            named_after = not appositive and _name_after_comma(s, seat)
            members = (
                has_the
                and named_after
                and s.lowers[seq_end - 1] in _MEMBERS_BODIES
                and any(s.lowers[m] in _BUSINESS_MEMBERS for m in range(k, seq_end))
            )
            demonym = s.country_at(k, ("demonym",)) if (appositive or named_after) and has_the else None
            if demonym is not None and s.lowers[seq_end - 1] in _BUSINESS_BODIES and demonym[0] < seq_end:
                # "X, the president of the Austrian Economic Chamber (WKO),": a chamber or an
                # association a demonym opens is a business body of that country, which the
                # named officer represents, though its words are all adjectives and body words
                # (it had stayed in the title of a president with no country); so with the
                # name after it in commas ("The President of the Austrian Economic Chamber, X,")
                parse.country = parse.country or demonym[1]
                parse.organization = (k, _acronym_end(s, seq_end))
                parse.end = parse.organization[1]
                return
            if (
                ((head_kind == "business" and appositive) or members)
                and _proper_body(s, k, seq_end, members)
                and not _of_a_state_chamber(s, seq_end)
            ):
                # "Kwame Mensah, managing director of Volta River Authority": the body a
                # named executive heads is the side he represents; "the Chairman of the
                # Nigerian Businessmen Council in Saudi Arabia, X,": with the seat it is named by
                parse.organization = (k, _acronym_end(s, seat if members else seq_end))
                parse.end = parse.organization[1]
                return
            # "head of KEPSA’s Kenya-Uganda Business Council": a named body, kept in the title.
            known = seq_end
        if appositive and has_the and org_end < 0 and known < seq_end and seq_end - k > 1:
            # "Dbeibah, prime minister of the Government of National Unity,": the name went
            # before the title, so nothing of the body after "the" is one
            known = seq_end
        if org_end == k + 1 and head_kind == "ministerial" and _generic_body_word(s, k):
            # "Federal Minister for Railways Hanif Abbasi": a body's generic noun alone names
            # no body ("Pakistan Railways" does) but the sector of a minister's portfolio, also
            # joined to other portfolio words ("Minister for Railways and Aviation")
            joined = s.lowers[org_end] in ("and", "&") and s.caps[org_end + 1]
            end = _portfolio_end(s, org_end + 1) if joined else org_end
            end = end if end > org_end + 1 else org_end
            parse.title_parts.append((j, end))
            parse.end = end
            continue
        if org_end > 0:
            split = _last_inner_of(s, k, min(known + 1, org_end))
            org_end = _city_complement_end(s, org_end)
            if s.lowers[org_end - 1] in _MEMBERS_BODIES and any(
                s.lowers[m] in _BUSINESS_MEMBERS for m in range(k, org_end)
            ):
                org_end = _seat_end(s, org_end)  # "the Indian Business Council in Dubai, X,"
            served_country = _served_country(s, k, org_end)
            if served_country is not None:
                # "the president of the Chamber of Commerce of Cuba, X": the country a chamber
                # or federation is "of" is its name's, and X's country
                org_end = served_country[0]
                parse.country = parse.country or served_country[1]
            if s.lowers[split - 1] in _NAMED_WITH_COUNTRY:
                # "of the Federation of Kenya Employers", "of the National Academy of Sciences":
                # one name, not a body's board
                split = -1
            elif (
                split > 0
                and s.lowers[split + 1] == "the"
                and _closed_keyword_complement_end(s, split) > split
            ):
                split = -1  # "of the General Authority for the Suez Canal Economic Zone": its purpose
            if split > 0 and style_at(s, split + 1):
                # "Director of the Office of His Majesty Alaa Batayneh,": the monarch's office, all
                # of it the title; the name follows the style
                parse.title_parts.append((j, split + 3))
                parse.end = split + 3
                continue
            org_start = k
            if has_the and split > 0:
                parse.title_parts.append((j, split))
                org_start = split + 1
            elif (
                country is not None and s.lowers[country[0]] in POSSESSIVE_MARKS and country[0] + 1 < org_end
            ):
                # "President of Iran's University of Tehran X": the country owns the body, no
                # word of its name, and is the officer's
                org_start = country[0] + 1
                parse.country = parse.country or country[1]
            parse.organization = (org_start, _acronym_end(s, org_end))
            parse.end = parse.organization[1]
            return
        if ministerial and k < known < seq_end and _name_after_comma(s, seq_end):
            # "Minister of State for Trade Policy, Greg Hands": the name is after the comma; a
            # country or an office there opens the list's next attendee ("Minister of Trade John
            # Mwangi, Uganda's Minister ...": the name had been read into the portfolio)
            known = seq_end
        demonym = s.country_at(k, ("demonym",)) if has_the else None
        chamber_end = _demonym_chamber_end(s, demonym, seq_end)
        if chamber_end and demonym is not None:
            # "Speaker of the Jordanian House of Representatives": the state's own chamber, its
            # country the speaker's and no word of the title as written without it
            parse.country = parse.country or demonym[1]
            parse.title_parts += [(j, k), (demonym[0], chamber_end)]
            parse.end = chamber_end
            return
        if has_the and k < known < seq_end and s.span_text(k, seq_end).lower() in NATIONAL_CHAMBERS:
            # "Speaker of the State Great Khural of Mongolia X": a national chamber by its whole
            # name, read past the words the lexicon knows ("State") as one body of state (the
            # title had been cut after "State" and the rest lost with the name)
            known = seq_end
        if known == seq_end:
            parse.title_parts.append((j, seq_end))
            parse.end = seq_end
            if (
                demonym is not None
                and demonym[0] + 1 == seq_end
                and s.lowers[demonym[0]] in WORDS["government_body"]
            ):
                # "Special Representative of the Chinese Government on Eurasian Affairs X": the
                # government its demonym names is the holder's, as below ("of the Spanish Government")
                parse.country = parse.country or demonym[1]
            elif demonym is not None and demonym[0] < seq_end and s.lowers[seq_end - 1] in _BODY:
                # "Director-General of the Nigerian Export Promotion Council X", "head of the
                # Ghanaian Ports Authority": a state's body its demonym opens, kept in the title
                # as written, is of that country, and so its officer (he had been of none)
                parse.country = parse.country or demonym[1]
            continue
        named_for = any(
            (found := s.country_at(m, ("name",))) and found[0] == seq_end for m in range(k + 1, seq_end)
        )
        if not ministerial and named_for and not has_the:
            # "CEO of Enterprise Ireland", "head of Invest India": a body named with its
            # country at the end, no portfolio and a country
            parse.organization = (k, seq_end)
            parse.end = seq_end
            return
        known = _body_past_known_end(s, known, seq_end) if has_the and k < known < seq_end else known
        if known > k:
            parse.title_parts.append((j, known))
            parse.end = known
            return
        if has_the:
            short = seq_end - k < 3 or (seq_end - k == 3 and not _ends_with_name(s, seq_end))
            body_end = seq_end if short else _body_end(s, k, seq_end, appositive)
            demonym = s.country_at(k, ("demonym",))
            if demonym is not None and demonym[0] == body_end and _is_common_noun(s, body_end):
                body_end += 1  # "leader of the Cuban revolution": the demonym's noun is the title's
            if demonym is not None and _demonym_of_chamber(s, demonym, body_end):
                # "Speaker of the Korean National Assembly": the state's own chamber, its
                # country the speaker's and no word of the title as written without it
                parse.country = parse.country or demonym[1]
                parse.title_parts += [(j, k), (demonym[0], body_end)]
                parse.end = body_end
                return
            parse.title_parts.append((j, body_end))
            parse.end = body_end
            if demonym is not None and s.lowers[demonym[0]] in WORDS["government_body"]:
                parse.country = parse.country or demonym[1]  # "President of the Spanish Government"
            elif demonym is not None and demonym[0] < body_end and s.lowers[body_end - 1] in _BODY:
                parse.country = parse.country or demonym[1]  # "of the Nigerian Export Promotion Council X"
            if body_end == seq_end:
                continue
            return
        tail = seq_end if named_after_place else _name_tail(s, k, seq_end, appositive)
        styled = _styled_name_start(s, k, seq_end, ministerial) if tail < seq_end else -1
        tail = styled if styled > k else tail
        place = s.country_at(k, ("city",))
        if ministerial or (place is not None and place[0] == tail):
            # "Head of the Republic of Bashkortostan X", "Head of Chechnya Y": a region's or a
            # city's own government, named in the title and telling the country, no body the
            # holder represents (the region had been an organization taking part)
            parse.title_parts.append((j, tail))
            if place is not None and place[0] == tail:
                parse.country = parse.country or place[1]
        else:
            parse.organization = (k, tail)
        parse.end = tail
        return


#: Nouns by which a state's own agency names it, as the host of an envoy ("Ambassador to the
#: Kingdom", "to the State", "to the Sultanate").
_REALM_NOUNS: Final = frozenset(
    ["kingdom", "state", "sultanate", "emirate", "republic", "principality", "country"]
)


def _country_diplomacy(s: Sentence, k: int) -> tuple[int, str] | None:
    """(token index after "diplomacy", iso3) when a country's demonym or possessive name at
    token k is followed by "diplomacy" ("of Polish diplomacy", "of Ukraine's diplomacy"): a
    country's foreign service, whose head is its foreign minister, else None."""
    found = s.country_at(k, ("demonym", "name"))
    if found is None:
        return None
    end = found[0] + (s.lowers[found[0]] in POSSESSIVE_MARKS)
    return (end + 1, found[1]) if s.lowers[end] == "diplomacy" else None


def _host_realm_alone(s: Sentence, k: int) -> bool:
    """Whether token k is a realm's noun standing alone for the host ("to the Kingdom X"),
    not opening its name ("to the Kingdom of Bahrain", "to the Republic of Korea") and with a
    capitalized word, the envoy's name, right after it."""
    return (
        s.lowers[k] in _REALM_NOUNS
        and s.caps[k]
        and s.caps[k + 1]
        and s.lowers[k + 1] not in _BODY  # "to the State Council": a body
        and s.country_at(k) is None
    )


#: Last words of a body named for its country that a minister's or an envoy's head may
#: represent: agencies, associations and banks ("Governor of the Nepal Rastra Bank, X"), not a
#: government's own bodies.
_COUNTRY_AGENCY_WORDS: Final = (
    (ORG_WORDS["agency_word"] | ORG_WORDS["association_word"] | {"bank"})
    - WORDS["government_body"]
    - {
        "office",
        "service",
    }
)


def _demonym_of_chamber(s: Sentence, demonym: tuple[int, str] | None, body_end: int) -> bool:
    """Whether the demonym opening a body after "of the" qualifies a chamber of a legislature
    that ends the body ("of the Korean National Assembly", "of the Kenyan Parliament"), not a
    noun of its own ("of the Cuban revolution") nor a government, whose title is written with
    it ("President of the Spanish Government")."""
    return demonym is not None and demonym[0] < body_end and s.lowers[body_end - 1] in _CHAMBER_WORDS


#: Nouns of a legislature's chamber named by the members who sit in it ("House of
#: Representatives", "Council of Representatives", "Chamber of Deputies").
_MEMBERS_CHAMBER_NOUNS: Final = frozenset(["house", "council", "chamber", "assembly"])


def _demonym_chamber_end(s: Sentence, demonym: tuple[int, str] | None, end: int) -> int:
    """End of a state's chamber named by who sits in it that a demonym opens after "of the",
    before token `end`, or 0 ("Bahraini Council of Representatives", "Jordanian House of
    Representatives | Ahmed Safadi"): the demonym tells the state, as before "National
    Assembly" (it had stayed in the title and the speaker taken the host's country)."""
    if demonym is None:
        return 0
    m = demonym[0]  # the token after the demonym
    while m + 2 < end and s.caps[m] and s.lowers[m] not in _MEMBERS_CHAMBER_NOUNS:
        m += 1
    found = (
        s.lowers[m] in _MEMBERS_CHAMBER_NOUNS
        and s.lowers[m + 1] == "of"
        and s.caps[m + 2]
        and s.lowers[m + 2] in _CHAMBER_MEMBERS
    )
    return m + 3 if found else 0


#: Capitalized words a chamber's name may have between its country and its noun ("Kenya |
#: National | Assembly", "Ghana | Parliament").
_MAX_CHAMBER_QUALIFIERS: Final = 2


def _country_chamber_end(s: Sentence, country: tuple[int, str], seq_end: int) -> int:
    """End of a legislature's chamber that a country's name (ending before token `country[0]`)
    opens within the capitalized run ending at `seq_end`, or 0: "Kenya | National Assembly",
    "Ghana | Parliament", "Nigeria | House of Representatives". A capitalized word must follow
    the chamber (the holder's name) or the run end there (a comma, the name before the title);
    a possessive country is `_possessed_chamber_end`'s, and a body of another kind ("Kenya
    National Chamber of Commerce") is none."""
    after = country[0]
    if s.lowers[after] in POSSESSIVE_MARKS:
        return 0
    members = _demonym_chamber_end(s, country, seq_end)
    if members:
        return members  # "of the Nigeria House of Representatives X"
    m = after
    while (
        m < min(seq_end, after + _MAX_CHAMBER_QUALIFIERS)
        and s.caps[m]
        and s.lowers[m] not in _CHAMBER_WORDS
        and not s.in_country(m)
        and s.lowers[m] not in HEAD_WORDS
    ):
        m += 1
    return m + 1 if m < seq_end and s.caps[m] and s.lowers[m] in _CHAMBER_WORDS else 0


def _place_at(s: Sentence, k: int) -> tuple[int, str] | None:
    """(token after, iso3) of a city at token k, or of a region named by its places joined with
    hyphens ("Wali of the Tangier-Tetouan-Al Hoceima region"): a place of its country, as
    "Wali of Tangier" is, though the country finder sees no city in the joined word."""
    place = s.country_at(k, ("city", "capital"))
    if place is None and s.caps[k] and (iso3 := joined_places_country(s.words[k])) is not None:
        return k + 1, iso3
    return place


def _posted_body_end(s: Sentence, k: int, seq_end: int, org_end: int) -> int:
    """End of the body an envoy is posted to, named at token k after "to" ("to the WTO", "to
    the United Nations Office at Geneva"): where the organization ends when one is read, one
    acronym, or a run of capitals ending in a body's word; else k."""
    if org_end > k:
        return org_end
    word = s.words[k]
    if word.isupper() and word.isalpha() and len(word) > 1:
        return k + 1
    return seq_end if seq_end > k + 1 and s.lowers[seq_end - 1] in _BODY else k


def _generic_body_word(s: Sentence, i: int) -> bool:
    """Whether token i is a capitalized word that ends bodies' names ("Railways", "Airlines")
    written with no name of its own before it."""
    return _plain_capitalized_word(s, i) and s.lowers[i] in ORG_SUFFIXES


#: A state's armed services, written with the country before them ("the UAE Armed Forces", "the
#: Pakistan Army"): a part of the state its officer serves, not a body named for the country
#: ("the Oman Investment Authority").
_ARMED_SERVICES: Final = frozenset(["forces", "army", "navy", "staff", "guard"])


#: Words of a state's armed service as a military office names it ("Army Staff", "Defence
#: Force", "General Staff", "Naval Staff", "Armed Forces"), and the nouns that close it.
_SERVICE_WORDS: Final = frozenset(
    ["army", "navy", "naval", "air", "defence", "defense", "general", "joint", "armed", "military"]
)
_SERVICE_NOUNS: Final = frozenset(["staff", "force", "forces", "army", "navy", "staffs"])
#: Words of a body's name after a service ("Defence Force Veterans Association"); no legal form,
#: which a name may spell ("Ab" in "Mohammad Ab Rahman").
_SERVICE_BODY_WORDS: Final = (_BODY | _PORTFOLIO | ORG_SUFFIXES | WORDS["government_body"]) - ORG_WORDS[
    "legal"
]


def _armed_service_end(s: Sentence, k: int) -> int:
    """End of an armed service named in capitals from token k, two words or more that close
    on a service noun ("Army Staff", "Defence Force", "Chief of Naval Staff | Admiral X"), or
    k. A rank after it ("Defence Force | General X") is the officer's, no word of it; a body's
    word after it ("Defence Force Veterans Association") makes the service part of a body's
    name, which this reading leaves alone."""
    end = k
    m = k
    while s.caps[m] and (s.lowers[m] in _SERVICE_WORDS or s.lowers[m] in _SERVICE_NOUNS):
        m += 1
        if m - k >= 2 and s.lowers[m - 1] in _SERVICE_NOUNS:
            end = m
    if end == k:
        return k
    m = rank_end(s, end)
    while s.caps[m]:
        if s.lowers[m] in _SERVICE_BODY_WORDS:
            return k
        m += 1
    return end


def _chamber_run_end(s: Sentence, k: int) -> int:
    """Token after the run of capitalized words at token k, a members' apostrophe inside it
    ("National People's Congress"): where a chamber's name may end."""
    run_end = k
    while s.caps[run_end] or _members_apostrophe(s, run_end):
        run_end += 1
    return run_end


def _possessed_chamber_end(s: Sentence, i: int) -> int:
    """End of a legislature's chamber after a country's possessive at token i ("of India's |
    Lok Sabha", "of Kenya's | National Assembly", "of India's | Parliament"), or 0: one to
    four capitalized words naming the chamber, that end the run or leave two words or more
    after them, the name ("of India's Lok Sabha | Om Birla")."""
    if s.lowers[i] not in POSSESSIVE_MARKS or not s.caps[i + 1]:
        return 0
    named_with_of = _chamber_of_end(s, i + 1)
    if named_with_of:
        return named_with_of
    run_end = _chamber_run_end(s, i + 1)
    for end in range(i + 2, min(i + 6, run_end + 1)):
        named = s.span_text(i + 1, end).lower() in NATIONAL_CHAMBERS
        chamber = named or _legislature_words(s, i + 1, end)
        if chamber and (end == run_end or run_end - end >= 2):
            return end
    return 0


#: Last words of a state's body whose officer's title names it after the country's possessive
#: ("Governor of Iran's Central Bank", "Secretary of Iran's Supreme National Security Council").
_STATE_OFFICE_BODY_HEADS: Final = frozenset(
    ["bank", "council", "committee", "commission", "agency", "bureau"]
)
#: The most words such a body's name has.
_MAX_STATE_OFFICE_BODY: Final = 5


def _possessed_state_body_end(s: Sentence, i: int) -> int:
    """End of a state's body after a country's possessive at token i ("of Iran's | Central Bank
    | Mohammad Reza Farzin", "of Iran's | Supreme National Security Council, X"), or 0: one to
    five capitalized words ending on a body's word, then a comma or a name of two or three plain
    words that hold no body's word; a shorter tail ("of Iran's Central Bank Farzin") gives no
    border between the body and the name, and is left as it was."""
    if s.lowers[i] not in POSSESSIVE_MARKS or not s.caps[i + 1]:
        return 0
    if s.lowers[i + 1] in _MINISTRY_WORDS and s.lowers[i + 2] in ("of", "for") and s.caps[i + 3]:
        # "Permanent Secretary of Uganda's | Ministry of Foreign Affairs | , Vincent Bagiire":
        # the ministry's portfolio up to a comma or the name (the title had been cut at the
        # country, and the person lost the title, or was lost before a name without a comma)
        end = _portfolio_end(s, i + 3)
        return end if end > i + 3 and (s.lowers[end] == "," or _plain_capitalized_word(s, end)) else 0
    run_end = _chamber_run_end(s, i + 1)
    if s.lowers[run_end - 1] in _STATE_OFFICE_BODY_HEADS and s.lowers[run_end] == "," and s.caps[run_end + 1]:
        return run_end if _state_office_body(s, i + 1, run_end) else 0
    for end in range(run_end - 2, i + 1, -1):
        if s.lowers[end - 1] not in _STATE_OFFICE_BODY_HEADS or not _state_office_body(s, i + 1, end):
            continue
        name = range(end, run_end)
        if len(name) <= 3 and all(
            _plain_capitalized_word(s, m) and s.lowers[m] not in _BODY and not s.in_country(m) for m in name
        ):
            return end
    return 0


#: Words that open a ministry's name before "of"/"for" and its portfolio.
_MINISTRY_WORDS: Final = frozenset(["ministry", "department"])


def _state_office_body(s: Sentence, first: int, end: int) -> bool:
    """Whether tokens first..end name a state's body by body and portfolio words alone ("Central
    Bank", "Supreme National Security Council"): a company's own name ("PKO Bank") is none."""
    return end - first <= _MAX_STATE_OFFICE_BODY and all(
        s.lowers[m] in _BODY or s.lowers[m] in _PORTFOLIO for m in range(first, end)
    )


#: What "House of" or "Chamber of" names a legislature's chamber by: its members or the
#: peoples they stand for ("House of Representatives", "Chamber of Deputies"), not what a
#: chamber of commerce or mines serves; a chamber word of the state ("Assembly of the
#: Republic") is one whatever follows.
_CHAMBER_MEMBERS: Final = frozenset(
    [
        "representatives",
        "deputies",
        "councillors",
        "councilors",
        "commons",
        "lords",
        "delegates",
        "peers",
        "elders",
        "nationalities",
        "federation",
    ]
)


def _chamber_of_end(s: Sentence, k: int) -> int:
    """End of a chamber named with "of" at token k, after a country's possessive ("of Nepal's
    | House of Representatives, X", "of Italy's | Chamber of Deputies X"), or 0: many states
    share such names, so no list holds them, but the possessive already tells the country.
    What follows "of" is one or two capitalized words to the end of the run; from three on, the
    first word only, the rest being the name (the title had lost the chamber)."""
    if s.lowers[k + 1] != "of" or not s.caps[k]:
        return 0
    first = k + 2 + (s.lowers[k + 2] == "the")
    chamber = s.lowers[k] in _CHAMBER_WORDS or (
        s.lowers[k] in ("house", "chamber") and s.lowers[first] in _CHAMBER_MEMBERS
    )
    if not chamber or not s.caps[first] or s.in_country(first):
        return 0
    run_end = _chamber_run_end(s, first)
    if run_end - first >= 3:
        return first + 1  # "House of Representatives | Devraj Ghimire"
    return run_end


def _owned_body(s: Sentence, i: int, appositive: bool) -> tuple[int, int] | None:
    """Tokens of a body named after a country's possessive at token i ("of Kenya's Rural
    Electrification Authority (REA), Peter Mbugua"), or None.

    A country's possessive closes an office's country, but what it owns is the body the officer
    heads, not more of the office; it is taken only when the clause closes after it: a comma
    before the officer's name, or the end of a title written after the name. A name without the
    comma ("of South Africa's Transnet Michelle Phillips") has no border, and a government body
    ("Kenya's Ministry of Trade") is covered by the country itself.
    """
    if (
        s.lowers[i] not in POSSESSIVE_MARKS
        or not s.caps[i + 1]
        or s.country_at(i + 1, _ANY_PLACE) is not None
    ):
        return None
    if _head_at(s, i + 1) is not None:
        return None  # "of Kenya's Trade Minister": another office
    end = _sequence_end(s, i + 1)
    closed = _acronym_end(s, end)
    if any(s.lowers[m] in _STATE_BODY_WORDS for m in range(i + 1, end)):
        return None
    if _name_after_comma(s, closed) or (appositive and s.lowers[closed] in (",", ".", ";", "")):
        return i + 1, closed
    border = None if appositive or closed != end else _name_border(s, i + 1, end)
    return (i + 1, border) if border is not None else None


def _heads_a_firm_too(s: Sentence, parse: _Parse, head_kind: str) -> bool:
    """Whether the head of a government's office heads a company as often ("president",
    "chairman"), so that a body a country's possessive owns after it is the officer's ("the
    president of Brazil's Vale, X": the head had been read as Brazil's president, and X left
    with no title). A minister's head never is, and a chamber or state body is read before."""
    if head_kind != "government":
        return False
    return s.lowers[parse.title_parts[0][1] - 1] in _FIRM_AND_STATE_HEADS


#: Heads of an office that are a state's and a company's alike.
_FIRM_AND_STATE_HEADS: Final = frozenset(["president", "chairman", "chairwoman", "chairperson", "chair"])


def _name_border(s: Sentence, k: int, end: int) -> int | None:
    """Where a company's name gives way to its officer's, when no comma sets them apart: "CEO
    of Poland's Orlen Ireneusz Fąfara", "Director General of Romania's Transgaz Ion Sterian".
    The run's last two words are the given name and surname when each reads as a name (not
    all capitals, letters or a hyphen only, no body, portfolio or place word) and a word is
    left for the body;
    the body may not end on an organization word ("of Ghana's Volta River Authority": no name)."""
    border = end - 2
    if border <= k:
        return None
    return border if _reads_as_name_word(s, border) and _reads_as_name_word(s, border + 1) else None


def _reads_as_name_word(s: Sentence, j: int) -> bool:
    """Whether token j can be a word of a person's name after a body's: letters (and hyphens)
    not all in capitals, and no body, portfolio, legal form or place word."""
    word = s.words[j]
    if not word.replace("-", "").isalpha() or word.isupper() or s.lowers[j] in _NO_NAME_WORDS:
        return False
    return s.lowers[j] not in ORG_SUFFIXES and s.country_at(j, _ANY_PLACE) is None


_ANY_PLACE: Final = ("name", "demonym", "city", "capital")


#: Last words of a body of members (companies, businessmen, traders), whose chairman named
#: after a comma represents it ("the Chairman of the Libyan Businessmen Council, X,").
_MEMBERS_BODIES: Final = frozenset(ORG_WORDS["association_word"])
#: Members a business body is named after ("Businessmen Council", "Exporters Union"); a
#: council of state ("Sovereignty Council", "European Council") names none.
_BUSINESS_MEMBERS: Final = frozenset(
    ["business", "businessmen", "businesswomen", "traders", "employers", "exporters", "importers",
     "industrialists", "manufacturers", "investors", "entrepreneurs", "commerce", "industry"]
)  # fmt: skip


def _seat_end(s: Sentence, end: int) -> int:
    """End of the "in <Country or City>" right after a body's name ending at token `end`, or
    `end`: a community's business body abroad is named with the country it sits in ("the
    Nigerian Businessmen Council in Saudi Arabia, X,"), before the comma of its officer's name."""
    if s.lowers[end] != "in":
        return end
    place = s.country_at(end + 1, ("name", "city", "capital"))
    return place[0] if place is not None and s.lowers[place[0]] == "," else end


def _of_a_state_chamber(s: Sentence, end: int) -> bool:
    """Whether the body that ends before token `end` is a state chamber's own, named after
    "of" ("Standing Committee | of the National People's Congress", "Foreign Affairs Committee
    | of China's National People's Congress", "... | of the National Assembly of Vietnam"):
    part of an office of state, all of it the title, no body its holder represents (it had
    been the organization of a "Vice Chairman" whose name went first)."""
    if s.lowers[end] != "of":
        return False
    k = end + 2 if s.lowers[end + 1] == "the" else end + 1
    country = s.country_at(k)
    if country is not None and s.lowers[country[0]] in POSSESSIVE_MARKS:
        k = country[0] + 1  # "of China's National People's Congress"
    run_end = _chamber_run_end(s, k)
    if run_end == k:
        return False
    return s.span_text(k, run_end).lower() in NATIONAL_CHAMBERS or _chamber_words(s, k, run_end)


def _proper_body(s: Sentence, k: int, end: int, joined: bool = False) -> bool:
    """Whether tokens k..end name one body by a proper name of its own ("Volta River
    Authority"), not by body and portfolio words alone ("Supervisory Board") or through
    another's possessive ("KEPSA's Business Council"), nor by an adjective ("Chairman of the
    Revolutionary Council" is an office of state). With `joined`, a body of members may be
    named by a hyphenated pair ("Nigeria-Saudi Businessmen Council"); an event's ("co-chair of
    the Italy-Vietnam Business Forum") stays the title's."""
    known = _BODY_PORTFOLIO_AND_FUNCTION_WORDS
    words = range(k, end)
    return all((s.words[i].replace("-", "") if joined else s.words[i]).isalpha() for i in words) and any(
        s.lowers[i] not in known and _ADJECTIVE_ENDING.search(s.lowers[i]) is None for i in words
    )


_ADJECTIVE_ENDING: Final = re.compile(r"(?:ary|al|ic|ive|ian|ory)\Z")
#: Common nouns that stand for a firm, written in lower case after its name ("of the Petronas
#: group, X") or for one just named ("company CEO", "group chairman": engagement_context).
FIRM_NOUNS: Final = frozenset(["group", "company", "firm", "conglomerate", "corporation"])

#: Lower-case words that describe a body by its place in politics or its owner, between "the"
#: and the body's name ("the ruling Jubilee Party", "the opposition Orange Democratic Movement",
#: "the state-owned Kenya Pipeline Company"), as an adjective there does.
_BODY_DESCRIPTIONS: Final = frozenset(
    ["ruling", "governing", "opposition", "state-owned", "state-run", "government-owned", "government-run"]
)


def _body_describing_word(word: str) -> bool:
    """Whether a lower-case word between "the" and a body's capitalized name describes the body
    ("the municipal People's Committee", "the ruling Jubilee Party"): an adjective, or a word
    of `_BODY_DESCRIPTIONS`, which no adjective's ending tells."""
    return _ADJECTIVE_ENDING.search(word) is not None or word in _BODY_DESCRIPTIONS


#: Portfolio words that are adjectives by their ending ("Economic", "Digital", "Social"), which
#: qualify a noun after them; not those that also end bodies' names as nouns ("Capital").
_PORTFOLIO_ADJECTIVES: Final = frozenset(w for w in _PORTFOLIO if _ADJECTIVE_ENDING.search(w)) - ORG_SUFFIXES


def _is_common_noun(s: Sentence, i: int) -> bool:
    """A lower-case word at token i that is no function word ("revolution", "people")."""
    word = s.words[i]
    return word.isalpha() and word.islower() and s.lowers[i] not in WORDS["function"]


def _party_committee(s: Sentence, i: int) -> tuple[int, int] | None:
    """The tokens of "Central Committee" in "(CPV) Central Committee" at token i, after a
    party's country (the acronym is left out of the title, as the country is)."""
    j = i
    if s.lowers[j] == "(" and s.words[j + 1].isupper() and s.lowers[j + 2] == ")":
        j += 3  # the party's acronym
    if s.lowers[j] in _COMMITTEE_KINDS and s.caps[j] and s.lowers[j + 1] == "committee":
        return j, j + 2
    return _local_party_committee(s, j)


_COMMITTEE_KINDS: Final = frozenset(["central", "standing", "executive", "political"])
#: Adjectives of the level of a government below the nation's ("Regional Minister",
#: "Provincial Minister", "State Commissioner", "County Executive"): the name before an office
#: opening with one of them is the place whose government it is.
_LEVEL_ADJECTIVES: Final = frozenset(
    ["regional", "provincial", "state", "municipal", "district", "county", "metropolitan", "prefectural"]
)


#: The levels of a party's local committee ("CPC Tianjin Municipal Committee"): a government's
#: levels below the nation's but "state" ("State Committee for ..." is a national agency in the
#: post-Soviet states) and "metropolitan".
_LOCAL_COMMITTEE_LEVELS: Final = _LEVEL_ADJECTIVES - {"state", "metropolitan"}


def _acronym_of_committee(s: Sentence, j: int, k: int) -> bool:
    """Whether the complement "of the <ACRONYM>" opening at token j (the acronym at k, alone
    before a comma or the sentence's end) follows a committee of a party's level ("... Municipal
    Committee | of the CPC", "... Central Committee | of the WPK"): the body the committee is
    of, a part of the title."""
    word = s.words[k]
    return (
        s.lowers[j - 1] == "committee"
        and s.caps[j - 1]
        and (s.lowers[j - 2] in _LOCAL_COMMITTEE_LEVELS or s.lowers[j - 2] in _COMMITTEE_KINDS)
        and word.isupper()
        and word.isalpha()
        and len(word) > 1
        and s.lowers[k + 1] in (",", ".", "")
    )


def _local_party_committee(s: Sentence, j: int) -> tuple[int, int] | None:
    """The tokens of "Tianjin Municipal Committee" at token j, after a party's acronym ("CPC
    Tianjin Municipal Committee", "CPC Xinjiang Uygur Autonomous Regional Committee"): the
    party's committee of a place, the office's body as "Central Committee" is, so that
    "secretary of the CPC Tianjin Municipal Committee" is a title, no organization's officer."""
    for m in range(j + 1, j + 5):
        if not s.caps[m - 1]:
            return None
        if s.lowers[m] in _LOCAL_COMMITTEE_LEVELS and s.caps[m] and s.lowers[m + 1] == "committee":
            return j, m + 2
    return None


def _state_body_word(s: Sentence, m: int) -> bool:
    """Whether token m is a state's own body, a chamber or a government ("Kenya National
    Assembly"), which a minister's head after "of the" holds as his office, not a body he
    represents as the governor of a central bank does ("of the Nepal Rastra Bank X")."""
    return m >= 0 and (s.lowers[m] in WORDS["government_body"] or s.lowers[m] in _CHAMBER_WORDS)


def _country_body_before_name(s: Sentence, k: int, seq_end: int, firms: bool = False) -> int:
    """End of a body named for the country at token k whose last word is a body's ("Nepal
    Electricity Authority", "Nepal Rastra Bank"), or with `firms` (the head no minister's) a
    firm's ("Kenya Power"), when two or three plain capitalized words, a name, close the run
    at `seq_end` ("... Authority | Kulman Ghising"); else 0."""
    country = s.country_at(k)
    if country is None or s.lowers[country[0]] in POSSESSIVE_MARKS:
        return 0
    for end in range(seq_end - 2, max(country[0], seq_end - 3) - 1, -1):
        # (or a firm's: "Managing Director of Kenya Power | Joseph Siror" had given "Power
        # Joseph Siror" and no organization)
        last = s.lowers[end - 1]
        if end <= country[0] or (last not in _BODY and not (firms and last in _FIRM_SUFFIXES)):
            continue
        name = range(end, seq_end)
        # (a name's word may be joined by a hyphen, as Korean given names are: "Kyung-sung")
        if all(_plain_capitalized_word(s, m, hyphens=True) for m in name) and not any(
            s.lowers[m] in _KNOWN_COMPLEMENT_WORDS or s.in_country(m) for m in name
        ):
            return end
    return 0


_MAX_LOWER_CASE_STATE_BODY: Final = 2
#: Words that end a firm's name ("Kenya Power", "Vietnam Airlines", "Safaricom Group").
_FIRM_SUFFIXES: Final = ORG_WORDS["suffix"]


def _lower_case_state_body(s: Sentence, k: int) -> tuple[int, int, str] | None:
    """(first token, token after, iso3) of a state's body written in lower case after a
    demonym or a country's possessive at token k, before a given name and a surname ("Polish |
    parliament | Szymon Holownia", "Ukrainian | central bank | Andriy Pyshnyi", "Ukraine's |
    central bank | Andriy Pyshnyi"), or before a comma and the name: one or two body words,
    else None. (After "Ukraine's" the name had been read as a company the country owns.) The
    country's name qualifies the body as its demonym does ("the Ghana | central bank | Ernest
    Addison": the title had run into the given name and the holder kept only the surname)."""
    owner = s.country_at(k, ("demonym",)) or _possessive_owner(s, k) or _attributive_country(s, k)
    if owner is None:
        return None
    first = owner[0]
    party = _lower_case_party_end(s, first)
    sector = _body_sector_end(s, first) if party == first else first
    end = max(party, sector)
    while (
        end < max(party, sector) + _MAX_LOWER_CASE_STATE_BODY
        and s.words[end].islower()
        and s.lowers[end] in _BODY
    ):
        end += 1
    if end == first or (sector > first and (end == sector or s.lowers[end - 1] in _GOVERNMENT_NOUNS)):
        return None  # (a country's "transitional government" is `_own_government_end`'s)
    name = end + 1 if s.lowers[end] == "," else end
    named = _full_name_at(s, name) and (sector == first or _plain_name_words(s, name))
    return (first, end, owner[1]) if named else None


#: The most lower-case words of a sector before a body's noun ("export | authority", "cocoa
#: marketing | board").
_MAX_BODY_SECTOR_WORDS: Final = 2


def _body_sector_end(s: Sentence, first: int) -> int:
    """Token after one or two lower-case words from token `first` that tell a body's sector
    before its noun ("the Ghana | export | authority X", "the Kenyan | tea | board X"), none of
    them a function word, a head or a body word; `first` when there are none."""
    end = first
    while (
        end < first + _MAX_BODY_SECTOR_WORDS
        and _DESCRIPTION_WORD.fullmatch(s.words[end])
        and s.lowers[end] not in WORDS["function"]
        and s.lowers[end] not in _BODY
        and s.lowers[end] not in HEAD_WORDS
        and s.lowers[end] not in _LOWERCASE_HEADS
    ):
        end += 1
    return end


def _plain_name_words(s: Sentence, i: int) -> bool:
    """Whether the two capitalized words at token i are a person's, not a body's or a country's
    ("Afua Asare", not "Export Promotion" nor "Ghana Cocoa")."""
    return not any(s.lowers[m] in _KNOWN_COMPLEMENT_WORDS or s.in_country(m) for m in (i, i + 1))


#: Lower-case words that place a party in its country's politics ("Kenya's | ruling party",
#: "the country's main opposition party").
_PARTY_STANDINGS: Final = frozenset(["ruling", "governing", "main", "opposition", "largest"])
#: Nouns of a party written in lower case after its standing.
_LOWER_CASE_PARTY_NOUNS: Final = frozenset(["party", "coalition", "alliance"])
#: The most standing words before the noun ("main opposition party").
_MAX_PARTY_STANDINGS: Final = 2


def _lower_case_party_end(s: Sentence, first: int) -> int:
    """Token after a party written in lower case by its standing at token `first` ("ruling
    party", "main opposition coalition"), after its country, or `first` when none is: a state's
    body of its kind, whose officer's title names it without the country ("the president of
    Kenya's ruling party, X": the title had stopped at the country, X left untitled)."""
    end = first
    while end < first + _MAX_PARTY_STANDINGS and s.words[end].islower() and s.lowers[end] in _PARTY_STANDINGS:
        end += 1
    if end > first and s.words[end].islower() and s.lowers[end] in _LOWER_CASE_PARTY_NOUNS:
        return end + 1
    return first


def _possessive_owner(s: Sentence, k: int) -> tuple[int, str] | None:
    """(token after the possessive, iso3) when a country's name and its possessive open at
    token k ("Brazil's | development bank BNDES"), else None."""
    name = s.country_at(k, ("name",))
    if name is None or s.lowers[name[0]] not in POSSESSIVE_MARKS:
        return None
    return name[0] + 1, name[1]


def _attributive_country(s: Sentence, k: int) -> tuple[int, str] | None:
    """(token after the name, iso3) when a country's name at token k qualifies the lower-case
    noun after it, as a demonym would ("US | chipmaker Nvidia", "UK | lender HSBC"), else None.
    A function word after the name ("Kenya and Uganda") qualifies nothing."""
    name = s.country_at(k, ("name",))
    if name is None or not s.words[name[0]].islower() or s.lowers[name[0]] in WORDS["function"]:
        return None
    return name


def _described_body_start(s: Sentence, k: int, based: bool = False) -> tuple[int, str | None] | None:
    """(first token of the name, country) when a demonym and one to three lower-case words of
    description come before a capitalised name at token k ("Indian conglomerate Adani Group",
    "Chinese electric-vehicle maker BYD"), or, with `based` (an officer's title, not a
    minister's: "prime minister of the Tripoli-based Government of ..." names a government by
    its seat), a "<Place>-based" word and up to three such words ("the US-based agribusiness
    firm X", "the Lagos-based X": where the company is, no part of its name), else None."""
    demonym = s.country_at(k, ("demonym",))
    named = None if demonym is not None else _possessive_owner(s, k) or _attributive_country(s, k)
    seat = _based_place_at(s, k) if demonym is None and named is None and based else None
    found = demonym or named or seat
    if found is None:
        return None
    d = found[0]
    while d < found[0] + 3 and _DESCRIPTION_WORD.fullmatch(s.words[d]):
        if named is not None and s.lowers[d] in WORDS["function"]:
            return None  # "of Brazil's and ...", "of Kenya for ...": no description
        d += 1
    return (d, found[1]) if (d > found[0] or seat is not None) and s.caps[d] else None


def _based_place_at(s: Sentence, k: int) -> tuple[int, str | None] | None:
    """(token after the word, iso3) when a place opens at token k and ends a "<Place>-based"
    word within three tokens ("US-based", "Sao Paulo-based"), else None. A place the lexicon
    does not know is still a seat, of no known country ("Chemnitz-based utility X": no part of
    the name), since only a place's name is written before "-based"."""
    for b in range(k, min(k + 3, s.n)):
        if s.lowers[b].endswith("-based"):
            place_end = s.ends[b] - len("-based")
            for mention in s.country_mentions:
                if mention.start == s.starts[k] and mention.end == place_end:
                    return b + 1, mention.iso3
            return (b + 1, None) if s.caps[k] else None
        if not s.caps[b]:
            return None
    return None


_DESCRIPTION_WORD: Final = re.compile(r"[a-z][a-z-]*")


def _acronym_name_end(s: Sentence, k: int, appositive: bool) -> int:
    """End of a name that opens with the acronym at token k: the acronym alone ("Director-
    General of the WTO Ngozi Okonjo-Iweala"), or with the capitalized words after it when
    punctuation closes them ("CEO of DP World, Sultan ...", "Chairman of SK Innovation.").

    Before the officer's name (not after it: `appositive`), a run the punctuation does not
    hand to a name after a comma ends on the officer's given name and surname when its last
    two words read as one ("Chairman of ACWA Power | Mohammad Abunayyan"): the whole run had
    been the company's, or the acronym alone, the company's word then opening the name."""
    j = k + 1
    while s.caps[j] and j - k <= 3 and s.country_at(j) is None and s.lowers[j] not in HEAD_WORDS:
        j += 1
    closed = s.lowers[j] in (",", ".", ")", ";", "")
    organ = _organ_of_states_body_end(s, k) if not appositive else None
    if organ is not None:
        # "Secretary-General of ASEAN Kao Kim Hourn", "President of the ECOWAS Commission Omar
        # Alieu Touray": a body of many states, known by its acronym, is named by it alone or
        # with its organ's words, so every word after it is the officer's (a name of three
        # words had lost its first to the body, "ASEAN Kao", or taken the organ's last word)
        return organ
    listed = None if appositive else _listed_company_end(s, k, j)
    if listed is not None:
        return listed
    if not appositive and not s.caps[j] and not _name_after_comma(s, j):
        border = _name_border(s, k, j)
        if border is not None:
            return border
    return j if j > k + 1 and closed else k + 1


def _organ_of_states_body_end(s: Sentence, k: int) -> int | None:
    """End of the name of a body of many states written by its acronym at token k, alone or
    with the capitalized words of one of its organs up to a body word ("ASEAN | Kao Kim
    Hourn", "ECOWAS Commission | X", "WTO General Council | X"), when a given name and a
    surname follow it, else None."""
    if not _states_body_acronym(s.words[k]):
        return None
    ends = [k + 1]
    m = k + 1
    while m < k + 1 + _MAX_ORGAN_WORDS and s.caps[m] and s.words[m].isalpha() and not s.words[m].isupper():
        if s.lowers[m] in _BODY or s.lowers[m] in _GATHERING_ORGANS:
            ends.append(m + 1)  # "Commission", "Council", "Secretariat", "Ministerial Conference"
        m += 1
    if ends[-1] > k + 1 and s.lowers[ends[-1]] == "," and _name_after_comma(s, ends[-1]):
        # "the head of the WTO Ministerial Conference, X,": the organ, whole, before a comma and
        # the name (its words had been read as the name after the acronym)
        return ends[-1]
    return next(
        (end for end in reversed(ends) if _reads_as_name_word(s, end) and _reads_as_name_word(s, end + 1)),
        None,
    )


#: Nouns of a gathering that are organs of a body of many states ("the WTO Ministerial
#: Conference", "the SADC Summit", "the ASEAN Economic Ministers Meeting"), whose chair is
#: named after them as a council's is.
_GATHERING_ORGANS: Final = frozenset(["conference", "summit", "meeting"])


#: The most capitalized words of an organ after a body's acronym ("Business Advisory Council").
_MAX_ORGAN_WORDS: Final = 4


def _states_body_acronym(word: str) -> bool:
    """Whether a word in capitals is the acronym of a body of many states the lexicons list
    ("WTO", "OPEC", "ASEAN", "SADC"): organizations.tsv's international bodies, or a bloc of
    blocs.tsv written as that one word."""
    if not word.isupper() or not word.isalpha():
        return False
    if word.lower() in ORG_WORDS["international"]:
        return True
    return any(b.kind == "bloc" and b.start == 0 and b.end == len(word) for b in find_blocs(word))


def _listed_company_end(s: Sentence, k: int, end: int) -> int | None:
    """End of a listed company's name that opens at token k and the run ending at `end` holds:
    before the one name word left in it ("Chairman of ACWA Power | Abunayyan": a surname alone
    had been cut two words before the run's end, "Power Abunayyan"), before a title that is also
    a given name ("CEO of DP World | Sultan Ahmed bin Sulayem": the company had been "DP" and
    the person untitled), or the whole run ("CEO of DP World and ...": the company had been
    "DP"). None before another office ("of DP World | President X") or a word no name has."""
    for words, _ in listed_companies().get(s.words[k], ()):
        stop = k + len(words)
        if stop > end or tuple(s.words[k:stop]) != words:
            continue
        if stop < end:
            # one word left, the surname; two are the name `_name_border` reads, or the
            # unlisted rest of the company's name before one ("EDF | Renewables X Y")
            return stop if stop == end - 1 and _reads_as_name_word(s, stop) else None
        if not s.caps[end]:
            return stop
        return stop if s.lowers[end] in GIVEN_NAME_TITLES and s.caps[end + 1] else None
    return None


def _given_name_start(s: Sentence, k: int, seq_end: int, appositive: bool) -> int:
    """Where a complement's run of capitalized words gives way to a personal name written
    with particles, or `seq_end`: "of the European Commission | Ursula von der Leyen", "of the
    Gulf Cooperation Council | Mohammed bin Salman". The last capitalized word before a name
    particle that leads on to a capitalized word (not a country) is the given name, unless it
    is a body, portfolio or organization word or the complement opens on a Romance keyword
    ("Banque de France" is `_sequence_end`'s)."""
    if appositive or seq_end - k < 2 or s.lowers[k] in ORG_WORDS["prefix_keyword"]:
        return seq_end
    j = seq_end
    particle, dash, surname = s.words[j].partition("-")
    joined = bool(dash) and particle.lower() in _NAME_PARTICLES and surname[:1].isupper()  # "al-Hwej"
    while s.lowers[j] in _NAME_PARTICLES:
        j += 1
    if not joined and (
        j == seq_end or not s.caps[j] or not s.words[j].isalpha() or s.country_at(j) is not None
    ):
        return seq_end
    given = seq_end - 1
    known = _NO_NAME_WORDS
    if s.lowers[given] in known or any(_head_at(s, i) for i in range(k, seq_end)):
        return seq_end  # "of the Two Holy Mosques King Salman bin Abdulaziz": a title goes first
    if not s.words[given].isalpha() or s.words[given].isupper():
        return seq_end
    if s.country_at(given, ("name", "demonym")) is not None:
        return seq_end
    return given


#: Military ranks written before a name ("General", "Colonel", "Marshal"), and the words that
#: open a many-word one ("Air Chief Marshal", "Vice Admiral").
RANKS: Final = WORDS["rank"]
_RANK_PREFIXES: Final = WORDS["rank_prefix"]


def rank_end(s: Sentence, i: int) -> int:
    """Token index after a capitalized military rank at token i ("Colonel General", "Air
    Marshal", "Air Chief Marshal"), or i when none starts there; a rank's prefix alone
    ("Vice President", "Chief Executive") is none, nor is one opened by "Chief" ("Chief
    Marshal of the Diplomatic Corps" is an office)."""
    j = i
    while s.caps[j] and s.lowers[j] in _RANK_PREFIXES:
        j += 1 + (s.lowers[j + 1] == ".")  # "Pol. Gen.": abbreviated, each word with its stop
    if j > i and s.lowers[i] == "chief":
        return i
    k = j
    while s.caps[k] and s.lowers[k] in RANKS:
        k += 1 + (j > i and s.lowers[k + 1] == ".")
    return k if k > j else i


def _inside_rank(s: Sentence, i: int) -> bool:
    """Whether token i is a word of a many-word military rank opened by one of the two words
    before it ("Air | Chief | Marshal X", "Air Vice | Chief ..."): the rank is skipped like an
    honorific, so its "Chief" heads no office and the prefix before it names no body (the
    title had been "Chief" and "Air" an organization)."""
    return any(s.caps[j] and rank_end(s, j) > i for j in range(max(i - 2, 0), i))


def _ranked_name_start(s: Sentence, k: int, seq_end: int) -> int:
    """Where a rank opens the personal name that ends a complement's capitalized run, or
    `seq_end`: "Chief of the Defence Staff | General Mihai Stanciu", "of the Azerbaijani Army |
    Colonel General X". The rank is the officer's, not the body's. A lone "General" after a
    country is an adjective of a body's name ("China General Nuclear"), after a head word a
    part of the head ("Director General"), and a rank that opens the complement names the body
    ("of General Dynamics")."""
    known = _KNOWN_COMPLEMENT_WORDS
    for i in range(k + 1, seq_end - 1):
        end = rank_end(s, i)
        if end == i or end >= seq_end:
            continue
        before = s.lowers[i - 1]
        if end == i + 1 and s.lowers[i] == "general" and before not in _BODY:
            after_country = any(found[0] == i for m in range(k, i) if (found := s.country_at(m, _ANY_PLACE)))
            if before in TITLE_WORDS or after_country:
                continue
        if all(s.words[m].isalpha() and s.lowers[m] not in known for m in range(end, seq_end)):
            return i
    return seq_end


#: Unions of the word classes above that several readers test (built once, not on each call):
#: the words of bodies and portfolios; with the function words; the words no personal name
#: holds; and those with the title words, which a name after a rank holds none of.
_BODY_AND_PORTFOLIO_WORDS: Final = _PORTFOLIO | _BODY | ORG_SUFFIXES
_BODY_PORTFOLIO_AND_FUNCTION_WORDS: Final = _BODY | _PORTFOLIO | WORDS["function"]
_NO_NAME_WORDS: Final = _BODY_AND_PORTFOLIO_WORDS | WORDS["government_body"] | WORDS["function"]
_KNOWN_COMPLEMENT_WORDS: Final = _NO_NAME_WORDS | TITLE_WORDS


#: Lower-case particles inside personal names ("von der Leyen", "bin Salman", "van Rompuy"),
#: without the one-letter joiners ("e", "y") and articles ("la", "le") that also join
#: portfolio or body names.
_NAME_PARTICLES: Final = WORDS["particle"] - {"e", "y", "la", "le", "st"}


def _ends_with_name(s: Sentence, end: int) -> bool:
    """Whether the two words before `end` look like a personal name, not a body's words:
    "for the Pacific | Pat Conroy", not "of the Federal Reserve Board"."""
    return all(
        s.lowers[i] not in _NO_NAME_WORDS and _plain_capitalized_word(s, i) for i in (end - 2, end - 1)
    )


def _body_end(s: Sentence, k: int, seq_end: int, appositive: bool) -> int:
    """End of a governing body named after "of the" in a run that goes on into a name: after
    its last body word ("of the Spanish Government | Pedro Sánchez Pérez-Castejón"), else
    where the name's last two words start."""
    for i in range(seq_end - 2, k - 1, -1):
        if s.lowers[i] in _BODY or s.lowers[i] in WORDS["government_body"]:
            return i + 1
    return _name_tail(s, k, seq_end, appositive)


_MAX_LOWER_CASE_PORTFOLIO: Final = 8  # words, a list's commas not counted


def _lower_case_body_end(s: Sentence, k: int) -> int:
    """End of a governing body written in lower case from token k, after "of the" ("of the
    board", "of the management board"), when the body's owner follows ("of JSC X") or a comma
    and a name; else k. Inside an officer's title the body is the office's ("deputy chairman
    of the board"), as it is when capitalized."""
    j = k
    while j < k + _MAX_LOWER_CASE_BODY and s.lowers[j] in _BODY and not s.caps[j]:
        j += 1
    owner = s.lowers[j] in ("of", "for") and s.caps[j + 1 + (s.lowers[j + 1] == "the")]
    named = s.lowers[j] == "," and s.caps[j + 1]
    if j > k and s.lowers[j] == "of" and not owner:
        # "the head of the chamber of commerce (and industry), X": the body's own complement in
        # lower case is part of it, as capitalized ("Chamber of Commerce") it is
        m = j + 1
        while m <= j + _MAX_LOWER_CASE_BODY and not s.caps[m] and s.lowers[m] in _LOWER_BODY_COMPLEMENT:
            m += 1
        if m > j + 1 and s.lowers[m] == "," and s.caps[m + 1]:
            return m
    return j if j > k and (owner or named) else k


def _lower_case_list_comma(s: Sentence, j: int) -> bool:
    """Whether the comma at token j joins two portfolios of a list in lower case ("minister of
    industry, mining and trade"): a portfolio word before it and one after it. A capitalized
    word after it is the name the title is set beside, which the comma sets off."""
    return (
        s.lowers[j] == ","
        and s.lowers[j - 1] in _PORTFOLIO
        and not s.caps[j + 1]
        and s.lowers[j + 1] in _PORTFOLIO
    )


#: The most lower-case words a body inside a title holds ("supervisory board").
_MAX_LOWER_CASE_BODY: Final = 3
#: Words of a lower-case body's complement ("of commerce and industry", "of ministers").
_LOWER_BODY_COMPLEMENT: Final = (_BODY | _PORTFOLIO | {"and"}) - {"the"}


def _lower_case_portfolio_end(s: Sentence, k: int) -> int:
    """End of a portfolio written in lower case from token k up to a comma and a capitalized
    name ("of international relations and trade, Selma Ashipala-Musavyi"), or up to the name
    itself when every word is a portfolio's ("of industry and commerce Amade Cossa"), or k."""
    j = k
    words = 0  # (a list's commas do not count: "of agriculture, rural development and food security")
    while words < _MAX_LOWER_CASE_PORTFOLIO:
        if s.lowers[j].isalpha() and not s.caps[j]:
            words += 1
        elif not _lower_case_list_comma(s, j):
            break
        j += 1
    portfolio = any(s.lowers[i] in _PORTFOLIO for i in range(k, j))
    if j > k and portfolio and s.lowers[j] == "," and s.caps[j + 1]:
        return j
    # "Mozambique's minister of industry and commerce Amade Cossa": only portfolio words and
    # their joiners, then a name of two capitalized words
    known = all(
        s.lowers[i] in _PORTFOLIO or s.lowers[i] in ("and", "of", "for", "the", ",") for i in range(k, j)
    )
    n = j
    while s.lowers[n] in WORDS["honorific"] and s.caps[n]:
        n += 1 + (s.lowers[n + 1] == ".")  # "state minister of finance Dr. Eyob Tekalign"
    # (a name's particle may come second: "Dr Thani bin Ahmed Al Zeyoudi", "Adel bin Ahmed")
    particled = s.lowers[n + 1] in _NAME_PARTICLES and s.caps[n + 2]
    named = (
        s.caps[n]
        and (s.caps[n + 1] or particled)
        and s.country_at(n) is None
        and s.lowers[n] not in TITLE_WORDS
    )
    # "Hanna Lind, deputy minister of trade and industry, arrived": the apposition's own end
    # closes a portfolio of known words as a name after it would, and so does the country
    # whose office it is ("deputy minister of trade of Chile")
    article = s.lowers[j - 1] == "the"  # "of trade of the Philippines"
    of_country = s.lowers[j - 1 - article] in ("of", "for") and s.country_at(j) is not None
    j -= (1 + article) * of_country
    closed = s.lowers[j] in _APPOSITION_ENDS or of_country
    return j if j > k and portfolio and known and s.lowers[j - 1] in _PORTFOLIO and (named or closed) else k


#: Marks that close an apposition: the title set off after a name ends at them.
_APPOSITION_ENDS: Final = frozenset([",", ".", ";", ")", ""])


#: Words that open a style before the next person's name, never a portfolio: "Minister of
#: Foreign Affairs, and His Highness Sayyid X", "..., and HE Sheikh X".
_STYLE_OPENERS: Final = frozenset(["his", "her", "their"]) | WORDS["style"]


def _portfolio_list_end(s: Sentence, k: int, appositive: bool = False) -> int:
    """End of a minister's list of portfolios that holds items the lexicon does not know, or k.

    Ministries join portfolios freely: "Foreign Affairs, National Community Abroad and African
    Affairs", "Mining and Heavy Industry", "Foreign Affairs, African Integration and the
    Diaspora". Such a list is capitalized items (the last may open with "the") joined by
    commas and a final "and"; it counts only when its last item ends with a portfolio word, no
    item names a country or a company or starts another title ("Minister of Energy, Ghana and
    ..."), and a name or the end of the phrase follows ("the Minister of Energy, Tullow Oil
    and Kosmos Energy signed" lists companies). Lists of known portfolio words alone are
    `_sequence_end`'s."""
    items: list[tuple[int, int]] = []
    j = k
    closed = False
    while True:
        if closed and s.lowers[j] == "the":
            j += 1
        start = j
        region = _region_item_end(s, j) if closed else 0
        while (
            not region and s.caps[j] and j - start < _MAX_ITEM_WORDS and s.country_at(j, _PLACE_KINDS) is None
        ) or (j > start and _members_apostrophe(s, j)):
            # (an item goes on over its members' apostrophe: "Agriculture and Farmers' | Welfare")
            if s.lowers[j] in _STRONG_ORG_SUFFIXES and not _item_opening_noun(s, j, start):
                return k  # "Tullow Oil": a company's word after a name of its own
            j += 1
        j = region or j
        if j == start or _head_at(s, start) is not None or s.lowers[start] in _STYLE_OPENERS:
            return k
        items.append((start, j))
        if region:
            break  # "... and Northern Australia": a region of the country closes the list
        if closed:
            further = _further_item_end(s, j)
            while further:
                items.append((j + 1, further))
                j, further = further, _further_item_end(s, further)
            break
        joiner = s.lowers[j]
        if joiner in ("and", "&") or (joiner == "," and s.lowers[j + 1] in ("and", "&")):
            closed = True
            if joiner == "," and len(items) == 1:
                return k  # "X, Minister of Trade, and Li Wei": a comma before "and" ends a list of three
            j += 1 if joiner != "," else 2
        elif joiner == "," and s.caps[j + 1]:
            j += 1
        else:
            return k
    start, last = items[-1]
    end = last
    while (
        not region
        and end > start
        and not _portfolio_word(s, end - 1)
        and not _abstract_noun(s, end - 1)
        and not (end - 2 > start and _members_apostrophe(s, end - 2))
    ):
        end -= 1  # "... and Heavy Industry Batnasan": the name after the list is no item
        # (the noun after the members' apostrophe is the item's: "and Workers' Rights | Juan Perez")
    end = _qualified_noun_end(s, end, last) if end > start else end  # "... and Economic Growth X Y"
    end -= end - 1 > start and _listed_official_at(s, end - 1)  # "... and Competition | Parks Tau"
    if end == start and len(items) >= 2 and _listed_item_before_name(s, items):
        end = start + 1  # "Ports, Shipping and | Waterways Kiran Deshmukh"
    if end == start and len(items) >= 2 and _closed_last_item(s, items):
        end = last  # "X, Minister of Ports, Shipping and Waterways, held": closed by its comma
    if end == start or len(items) < 2:
        return k
    if all(s.lowers[i] in _PORTFOLIO for first, last in items for i in range(first, last)):
        return k  # the lexicon knows every word: `_sequence_end` reads the list
    after = s.lowers[end]
    if _head_at(s, end) is not None:
        return k  # "... and Romanian Transport Minister X": the last item opens another title
    # (a title in apposition ends at its closing comma: "X, Minister of Foreign Affairs,
    # Emigration and Egyptian Expatriates, held ...")
    # (a region closing the list is no name's first word, so any comma closes the title)
    named = (
        s.caps[end]
        or (after == "," and (s.caps[end + 1] or appositive or region))
        or after in (".", ")", "(", "")
    )
    # "Deputy Minister of Industry, Mine and Trade and Chairman of the TPO": a second office follows
    named = named or (after == "and" and _head_at(s, end + 1) is not None)
    # "... National Community Abroad of the People's Democratic Republic of Algeria": its country
    country = end + 2 if s.lowers[end + 1] == "the" else end + 1
    of_country = after == "of" and s.country_at(country) is not None
    return end if named or of_country else k


def _listed_official_at(s: Sentence, i: int) -> bool:
    """Whether the capitalized words from token i are the whole name of an official the lexicon
    lists, whose given name is also a portfolio's word ("Minister of Trade, Industry and
    Competition Parks Tau": "Parks" had been read into the title and the name cut to "Tau")."""
    end = i + 1
    while s.caps[end] and end - i < _MAX_ITEM_WORDS:
        end += 1
    return end - i >= 2 and known_nationality(s.text[s.starts[i] : s.ends[end - 1]]) is not None


def _further_item_end(s: Sentence, j: int) -> int:
    """End of the capitalized run of one more portfolio after an "and" at token j that follows
    a list's closing item, or 0: an item may itself hold an "and" ("Trade, Co-operatives, Micro,
    Small and Medium Enterprises | and Communications X"), so the list goes on to an item that
    holds a portfolio word and names no country, company or office (the title had stopped at
    "Trade" and the name taken "Co-operatives")."""
    if s.lowers[j] not in ("and", "&") or not s.caps[j + 1] or _head_at(s, j + 1) is not None:
        return 0
    end = j + 1
    while (
        s.caps[end] and end - j <= _MAX_ITEM_WORDS and s.country_at(end, _PLACE_KINDS) is None
    ) or _members_apostrophe(s, end):
        # (over its members' apostrophe: "... and Animal Husbandry and Farmers' | Welfare")
        if s.lowers[end] in _STRONG_ORG_SUFFIXES or s.lowers[end] in WORDS["honorific"]:
            return 0
        end += 1
    known = any(_portfolio_word(s, m) or _abstract_noun(s, m) for m in range(j + 1, end))
    return end if known and s.country_at(end, _PLACE_KINDS) is None else 0


def _region_item_end(s: Sentence, j: int) -> int:
    """End of a region named by a capitalized compass word at token j and a place's name
    ("Northern Australia"), or a known region opening with one ("Western Australia"), else 0:
    after a portfolio list's "and" the region is the last portfolio ("Minister for Resources
    and Northern Australia"), no country of the office (the title had been cut at the place).
    A country whose name opens with the compass word ("South Africa") is no region. The
    place's name is looked up in the lexicon too, as a story may have left the country out of
    its mentions there; a continent's adjective is none ("East African Cooperation")."""
    if s.lowers[j] not in COMPASS_WORDS or not s.caps[j] or s.country_at(j, ("name", "demonym")):
        return 0
    place = s.country_at(j, ("city",)) or s.country_at(j + 1, _PLACE_KINDS)
    if place is not None:
        return place[0]
    word = s.words[j + 1]
    known = _plain_capitalized_word(s, j + 1) and any(
        m.kind == "name" and m.text == word for m in find_countries(word)
    )
    return j + 2 if known else 0


def _item_opening_noun(s: Sentence, j: int, start: int) -> bool:
    """Whether a word that also ends companies' names, at token j of a portfolio list's item
    opened at `start`, opens the item as a plain noun: a sector ("Fertilizers", "Shipping")
    or, after the list's last "and", any plain capitalized word ("Digital Economy and |
    Society"). A company's word needs a name of its own before it ("Tullow Oil"); an acronym
    or legal form ("PT", "JSC") opens a company's name."""
    if j != start:
        return False
    closing = s.lowers[j - 1] in ("and", "&")
    return s.lowers[j] in _SECTOR_WORDS or (closing and _plain_capitalized_word(s, j))


def _ends_on_portfolio(s: Sentence, end: int) -> bool:
    """Whether an earlier item of a list of portfolios, ending before token `end`, ends on a
    portfolio's word or an abstract noun, as no person's name does."""
    return _portfolio_word(s, end - 1) or _abstract_noun(s, end - 1)


def _comma_opens_office(s: Sentence, last: int) -> bool:
    """Whether the comma at token `last`, after a list's last item, opens an office of its own:
    the item was a person's name and the office that person's title."""
    return s.lowers[last] == "," and _office_opens(s, last + 1)


def _unlisted_item_word(s: Sentence, i: int) -> bool:
    """Whether token i may be a word of a portfolio or department the lexicon does not know: a
    plain capitalized word that is no style, no title's head (another office) and no place."""
    return (
        _plain_capitalized_word(s, i)
        and s.lowers[i] not in WORDS["honorific"]
        and _head_at(s, i) is None
        and s.country_at(i, _ANY_PLACE) is None
    )


def _listed_item_before_name(s: Sentence, items: list[tuple[int, int]]) -> bool:
    """Whether the last item of a list, none of whose words the lexicon knows, is its first
    word before a name ("Minister of Ports, Shipping and | Waterways Kiran Deshmukh"): the list
    owes an item after its "and", every item before it ends on a portfolio's word (not on a
    name: "Vice Minister of Commerce Wang Shouwen and South African Minister ..."), and two or
    more plain capitalized words, the name, are left after the one taken, none of them a
    place, a demonym, a style or a title's head (another office). Words followed by a comma and
    an office of their own are a person's name and that person's title ("Vice Minister of
    Commerce, and Pham Bich Ngoc, Deputy Minister of ...": a list of people, not of portfolios)."""
    start, last = items[-1]
    earlier = all(_ends_on_portfolio(s, end) for _, end in items[:-1])
    return (
        earlier
        and not _comma_opens_office(s, last)
        and last - start >= 3
        and all(_unlisted_item_word(s, i) and i not in s.inside_countries for i in range(start, last))
    )


def _closed_last_item(s: Sentence, items: list[tuple[int, int]]) -> bool:
    """Whether the last item of a list, none of whose words the lexicon knows, is whole: one or
    two plain capitalized words that a comma, a bracket, the sentence's end or a lower-case word
    closes ("X, Minister of Ports, Shipping and Waterways, held ...": the title had stopped at
    "Ports"). No name can follow inside the run, so the item's end needs no known word. An
    item before it ends on a portfolio's word, and each one before the last is one word or
    ends on one or on an abstract noun ("Roads, Transport and Inland Waterways"), as a list
    of people's names, of two words or more, does not ("Minister of Trade, John Smith and Mary
    Jones"); nor is an item
    whose comma opens an office of its own ("Minister of State for Export Promotion, and Ama
    Mensah, Trade Secretary": a person and the person's title)."""
    start, last = items[-1]
    word = s.words[last]
    closing = s.lowers[last] in (",", ".", ")", "") or (word.isalpha() and word.islower())
    return (
        closing
        and not _comma_opens_office(s, last)
        and last - start <= _MAX_CLOSED_ITEM
        and any(_portfolio_word(s, end - 1) for _, end in items[:-1])
        and all(end - first == 1 or _ends_on_portfolio(s, end) for first, end in items[:-1])
        and all(_unlisted_item_word(s, i) for i in range(start, last))
    )


_MAX_CLOSED_ITEM: Final = 2


def _portfolio_word(s: Sentence, i: int) -> bool:
    """Whether token i can end a portfolio: a word of the lexicon's, or a sector of industry
    a ministry may be named for though the lexicon lacks it ("Chemicals and Fertilizers",
    "Ports and Shipping")."""
    return s.lowers[i] in _PORTFOLIO or s.lowers[i] in _SECTOR_WORDS


#: Sectors of industry ("Fertilizers", "Shipping", "Fisheries"): portfolios when listed with
#: one, though "Shipping" alone also ends companies' names.
_SECTOR_WORDS: Final = ORG_WORDS["industry"]
_MAX_ITEM_WORDS: Final = 4
_PLACE_KINDS: Final = ("name", "capital", "city")  # a demonym may open an item: "Moroccan Expatriates"


#: Heads of people sent to a country: "for/to <Country>" names the destination.
_ENVOY_WORDS: Final = frozenset(
    ["envoy", "representative", "ambassador", "ambassador-designate", "consul", "commissioner",
     "d'affaires", "d’affaires"]  # a chargé d'affaires heads a mission, as an ambassador does
)  # fmt: skip


#: Heads of those who send an envoy: "special envoy of President X", "... of the Emir".
PRINCIPAL_HEADS: Final = frozenset(
    ["president", "king", "queen", "prime", "premier", "emir", "amir", "sultan", "chancellor", "crown",
     "supreme", "leader", "secretary-general", "pope"]
)  # fmt: skip
#: Envoys who carry a principal's word ("special envoy of President X"), unlike ambassadors.
MESSENGER_WORDS: Final = frozenset(["envoy", "emissary", "representative", "messenger"])


#: Plural heads one title names two or more people with ("Presidents X and Y").
_PLURAL_HEADS: Final = {
    "presidents": "President",
    "ministers": "Minister",
    "premiers": "Premier",
    "chancellors": "Chancellor",
    "secretaries": "Secretary",
    "ambassadors": "Ambassador",
    "governors": "Governor",
    "commissioners": "Commissioner",
    "senators": "Senator",
    "lawmakers": "Lawmaker",
    "legislators": "Legislator",
    "parliamentarians": "Parliamentarian",
    "deputies": "Deputy",
    "mps": "MP",
    "envoys": "Envoy",
    "co-chairs": "Co-Chair",
}
#: Plural heads that name their office only with a complement after "of": "Members of the
#: Presidency X and Y" are each a "Member of the Presidency" ("members X and Y" names none).
_PLURAL_HEADS_OF: Final = {**_PLURAL_HEADS, "members": "Member"}
#: Words of a portfolio written in lower case after a plural head's "of": "ministers of trade and
#: industry".
_LOWER_PORTFOLIO_WORDS: Final = frozenset(_PORTFOLIO | {"and"})
_MAX_OFFICE_OF_WORDS: Final = 5  # capitalized words of the complement: "of the Federal Executive Council"


_OFFICE_OF_HEADS: Final = ("state", "government")


def _heads_of_office_at(s: Sentence, head: int) -> tuple[int, str] | None:
    """(first token, one person's title) when token `head` ends "Heads of State", "heads of
    government" or "Heads of State and Government": each of "the Heads of State of Gabon, X,
    and of Congo, Y" is a "Head of State" (they had no title)."""
    k = head
    if s.lowers[k] not in _OFFICE_OF_HEADS:
        return None
    if k >= 2 and s.lowers[k - 1] == "and" and s.lowers[k - 2] in _OFFICE_OF_HEADS:
        k -= 2
    if k < 2 or s.lowers[k - 1] != "of" or s.lowers[k - 2] != "heads":
        return None
    written = "Head" if s.caps[k - 2] else "head"
    return k - 2, " ".join([written, *s.words[k - 1 : head + 1]])


#: Words that open a plural office of two words and are no portfolio: "Prime Ministers",
#: "Cabinet Secretaries" (Kenya's ministers), "Permanent Secretaries", "Principal Secretaries".
_PLURAL_TITLE_OPENERS: Final = frozenset(
    ["prime", "defence", "defense", "finance", "cabinet", "permanent", "principal"]
)


def plural_title_at(s: Sentence, head: int) -> tuple[int, str] | None:
    """(first token, one person's title) when token `head` ends a plural title: "Presidents",
    "Prime Ministers", "defence ministers" (each of "Prime Ministers X and Y" is "Prime
    Minister"; the case is as written)."""
    heads = _heads_of_office_at(s, head)
    if heads is not None:
        return heads
    singular = _PLURAL_HEADS.get(s.lowers[head])
    if singular is None:
        return _plural_office_of_at(s, head)
    first = head
    while first > 0 and (
        s.lowers[first - 1] in _PORTFOLIO
        or s.lowers[first - 1] in _MODIFIER_FIRST
        or s.lowers[first - 1] in _PLURAL_TITLE_OPENERS
    ):
        first -= 1
    written = singular if s.caps[head] else singular.lower()
    return first, " ".join([*s.words[first:head], written])


def _plural_office_of_at(s: Sentence, head: int) -> tuple[int, str] | None:
    """(first token, one person's title) when token `head` ends a plural head's capitalized
    complement: "Members of the Presidency", "Ministers of Foreign Affairs" (each name listed
    after is a "Member of the Presidency", a "Minister of Foreign Affairs"; the case of the
    plural as written). Only capitals, "and" and one "the" after "of" are walked back over, or
    a portfolio in lower case ("the Czech and Slovak ministers of transport, X and Y": each a
    "minister of transport")."""
    k = head
    while k > 0 and head - k < _MAX_OFFICE_OF_WORDS and (s.caps[k] or s.lowers[k] == "and"):
        k -= 1
    if k == head and s.words[head] in _PORTFOLIO:  # (an if, not a flag in the loop's test: mypyc)
        while k > 0 and head - k < _MAX_OFFICE_OF_WORDS and s.words[k] in _LOWER_PORTFOLIO_WORDS:
            k -= 1
    if k == head or not (s.caps[k + 1] or s.words[k + 1] in _PORTFOLIO):
        return None
    k -= s.lowers[k] == "the"
    if k < 1 or s.lowers[k] != "of":
        return None
    singular = _PLURAL_HEADS_OF.get(s.lowers[k - 1])
    if singular is None or any(m in s.countries or m in s.inside_countries for m in range(k + 1, head + 1)):
        return None  # ("the transport ministers of Kenya and Uganda, X and Y": each name's own country)
    written = singular if s.caps[k - 1] else singular.lower()
    return k - 1, written + " " + s.text[s.starts[k] : s.ends[head]]


def principal_after(s: Sentence, k: int) -> tuple[int, str | None] | None:
    """(token of the head, its country) when a head of state or government opens at token k,
    after "the" and a demonym or "Country's" ("Belarusian President Alexander Lukashenko",
    "the Emir of Qatar"), else None: whom an envoy "of/from" speaks for."""
    if s.lowers[k] == "the":
        k += 1
    country = s.country_at(k, ("demonym",)) or s.country_at(k)
    iso3 = None
    if country is not None:
        k, iso3 = country
        if s.lowers[k] in POSSESSIVE_MARKS:
            k += 1
    return (k, iso3) if s.lowers[k] in PRINCIPAL_HEADS and s.caps[k] else None


def sent_by_principal(s: Sentence, parse_end: int, first: int) -> tuple[int, str | None] | None:
    """The principal after a messenger's title that ends at `parse_end` ("special envoy of
    Belarusian President X": X sends, the envoy is someone else), or None."""
    if s.lowers[parse_end] not in ("of", "from"):
        return None
    if not any(s.lowers[i] in MESSENGER_WORDS for i in range(first, parse_end)):
        return None
    return principal_after(s, parse_end + 1)


#: Heads of a principal written in two words ("Prime Minister", "Crown Prince", "Supreme Leader").
_TWO_WORD_PRINCIPALS: Final = frozenset(["prime", "crown", "supreme"])


def demonym_principal_end(s: Sentence, j: int) -> int:
    """The token of an envoy's name after "of the <Demonym> <Head>" at token j ("Special Envoy
    of the Russian President Alexander Lavrentiev"), else 0: as in "of the President of
    Russia X", the office sends him and the name after it is the envoy's, unless it is the
    known holder's ("of the Chinese President Xi Jinping"). Without the article the name is
    the principal's ("special envoy of Belarusian President X")."""
    if s.lowers[j] != "of" or s.lowers[j + 1] != "the":
        return 0
    demonym = s.country_at(j + 2, ("demonym",))
    if demonym is None or s.lowers[demonym[0]] not in PRINCIPAL_HEADS or not s.caps[demonym[0]]:
        return 0
    named = demonym[0] + 1
    if s.lowers[demonym[0]] in _TWO_WORD_PRINCIPALS:
        return 0
    if envoy_brief_opens(s, named):
        return named  # "... of the Russian President for the Middle East X": the envoy's brief
    if not _full_name_at(s, named):
        return 0
    return 0 if _known_holder_at(s, named, demonym[1]) else named


def envoy_brief_opens(s: Sentence, j: int) -> bool:
    """Whether "for" or "on" at token j opens an envoy's capitalized brief ("for Central Asia",
    "for the Middle East", "on Eurasian Affairs"; not "on Monday")."""
    k = j + 1 + (s.lowers[j + 1] == "the")
    return s.lowers[j] in ("for", "on") and s.caps[k] and s.lowers[k] not in WORDS["calendar"]


def _principal_country_before_envoy(s: Sentence, k: int) -> tuple[int, str] | None:
    """(token after the country, iso3) when "the" and a country at token k close a
    messenger's principal and the envoy's name follows right after ("Special Envoy of the
    President of the Russian Federation Alexander Lavrentiev"), else None: after a comma the
    name may be the principal's ("..., Denis Sassou Nguesso, Minister X"), and the known
    holder's name is always his."""
    owner = s.country_at(k + 1) if s.lowers[k] == "the" else None
    if owner is None or not s.caps[owner[0]] or _known_holder_at(s, owner[0], owner[1]):
        return None
    return owner


def _known_holder_at(s: Sentence, k: int, iso3: str) -> bool:
    """Whether the capitalized words at token k name a listed official of country `iso3`, in
    full or by surname ("Vladimir Putin", "Mohamed Ould Cheikh El Ghazouani")."""
    end = k
    while (
        end < k + 6 and (s.caps[end] or s.lowers[end] in _NAME_PARTICLES) and s.lowers[end] not in TITLE_WORDS
    ):
        end += 1
    if end == k:
        return False
    return iso3 in (
        known_nationality(s.text[s.starts[k] : s.ends[end - 1]]),
        known_nationality(s.words[end - 1]),
    )


def _region_joined(s: Sentence, i: int) -> int:
    """The end of a portfolio's region joined after its country ("for Afghanistan and West
    Asia", "for Sudan and the Horn of Africa"), or i."""
    if s.lowers[i] != "and":
        return i
    k = i + 1 + (s.lowers[i + 1] == "the")
    country = s.country_at(k)
    if country is not None:
        return country[0]  # "Joint Secretary for Bangladesh and Myanmar"
    end = i
    for m in range(k, min(s.n, k + _REGION_REACH)):
        if not s.caps[m] and s.lowers[m] != "of":
            break
        if s.lowers[m] in _REGION_ENDS:
            end = m + 1  # (the last: "East Asia", not "East")
    return end


#: Last words of the regions a portfolio joins to a country: "West Asia", "the Middle East".
_REGION_ENDS: Final = frozenset(
    ["asia", "africa", "europe", "america", "americas", "east", "pacific", "gulf", "caribbean"]
)
_REGION_REACH: Final = 5


def _unlisted_posting_end(s: Sentence, k: int) -> int:
    """Token index after the city at token k when one capitalized word no lexicon knows as a
    place opens a run of three or four plain capitalized words ("in Lublin | Vitaliy Kushnir",
    "in Uzhhorod | Jozsef Bakos Jr"), else 0: the city an envoy is posted in, the name after
    it. Fewer words leave no name; a known place is the posting's own rule."""
    m = k
    while m < k + 5 and _plain_capitalized_word(s, m, hyphens=True) and s.country_at(m, _ANY_PLACE) is None:
        if s.lowers[m] in TITLE_WORDS or s.lowers[m] in _NO_NAME_WORDS or s.lowers[m] in _PLACE_NOUNS:
            return 0  # "in Lublin Voivodeship", "in Lublin Town Hall": a place or body goes on
        m += 1
    return k + 1 if 3 <= m - k <= 4 else 0


def _named_seat_end(s: Sentence, k: int, parse: _Parse) -> int:
    """End of the city (or city state) at token k where an envoy or a consul, whose head
    `parse` holds, is posted, when a comma and a name follow it ("in Birgunj, X"), or a name
    right after it ("the Consul General of Russia in Ust-Kamenogorsk Andrey Barabanov", as
    agency copy translated from Russian writes it), else 0."""
    first, last = parse.title_parts[-1]
    envoy = any(part in _ENVOY_WORDS for i in range(first, last) for part in s.lowers[i].split("-"))
    seat = s.country_at(k, ("city", "capital", "name"))
    if not envoy or seat is None:
        return 0
    if s.lowers[seat[0]] == "," and _full_name_at(s, seat[0] + 1):
        return seat[0]
    return seat[0] if _plain_name_at(s, seat[0]) else 0


def _plain_name_at(s: Sentence, k: int) -> bool:
    """Whether a given name and a surname start at token k and neither word is a place's, a
    title's, a body's or a portfolio's ("in Almaty | Andrey Barabanov", not "in Almaty | City
    Hall" nor "in Almaty | Region")."""
    return _full_name_at(s, k) and not any(
        s.in_country(m) or s.lowers[m] in _KNOWN_COMPLEMENT_WORDS or s.lowers[m] in _PLACE_NOUNS
        for m in (k, k + 1)
    )


def _postings_end(s: Sentence, end: int) -> int:
    """End of the countries an envoy is posted to, the first of which ends at token `end`: the
    others listed after it with a comma or "and" ("Ambassador of Japan to Kenya, Uganda and
    Somalia, X", one envoy accredited to several), none of them in the possessive ("to Kenya
    and Somalia's envoy"). The list had stopped at the first, and the name after the rest lost
    its title and been given the first posting's country."""
    while s.lowers[end] in (",", "and") and (more := s.country_at(end + 1)) is not None:
        if s.lowers[more[0]] in POSSESSIVE_MARKS:
            break
        end = more[0]
    return end


def _is_envoy(s: Sentence, parse: _Parse) -> bool:
    """Whether the title parsed so far ends in an envoy's head ("Special Representative")."""
    first, last = parse.title_parts[-1]
    return any(s.lowers[i] in _ENVOY_WORDS for i in range(first, last))


#: Heads of those who serve a principal, named "to" him: "Aide to the President".
_AIDE_WORDS: Final = frozenset(
    ["aide", "assistant", "adviser", "advisor", "counsellor", "counselor", "helper", "staff"]
)
#: Heads whose brief may follow whom they serve: a messenger's, and an aide's ("Special
#: Assistant to the Prime Minister on Commerce X": the title had stopped at the principal).
_BRIEFED_WORDS: Final = MESSENGER_WORDS | _AIDE_WORDS


def _is_aide(s: Sentence, parse: _Parse) -> bool:
    """Whether the title parsed so far ends in an aide's head ("Special Assistant"), whose
    brief "on" opens as an envoy's does ("Special Assistant to the Prime Minister on Commerce")."""
    return s.lowers[parse.title_parts[-1][1] - 1] in _AIDE_WORDS


def _aide_to_principal(s: Sentence, parse: _Parse, j: int) -> bool:
    """Whether the title parsed so far ends in an aide's head and "to" at token j names the
    head of state or government served ("Assistant to the President of Azerbaijan X", "National
    Security Advisor to the President of the United States X"): the principal is part of the
    aide's title, as an envoy's posting is, and his country the aide's; read as a title of its
    own, the principal's office had been given to the aide."""
    last = parse.title_parts[-1][1]
    return s.lowers[last - 1] in _AIDE_WORDS and principal_after(s, j + 1) is not None


def _delegated_by_end(s: Sentence, parse: _Parse, j: int) -> int:
    """End of the office a delegate minister serves, named after "to (the)" at token j ("Minister
    Delegate to the Minister of Foreign Affairs", "Delegate Minister to the Prime Minister"), or
    0: the delegating office is part of the delegate's title, as an aide's principal is (read as
    a title of its own, the delegating minister's office had been given to the delegate)."""
    if s.lowers[j] != "to" or not any(s.lowers[m] == "delegate" for m in range(*parse.title_parts[-1])):
        return 0
    inner = _parse_at(s, j + 2 if s.lowers[j + 1] == "the" else j + 1)
    return inner.end if inner is not None and inner.kind in ("government", "ministerial") else 0


def _secretary_to(s: Sentence, parse: _Parse, j: int) -> bool:
    """Whether the title parsed so far ends in "Secretary" and "to the" at token j names the
    body it serves, as "of" would ("Secretary to the Treasury X", "Secretary to the Cabinet
    Y", "Secretary to the Government of the Federation Z"): the body is the title's."""
    last = parse.title_parts[-1][1]
    return (
        s.lowers[last - 1] == "secretary"
        and s.lowers[j] == "to"
        and s.lowers[j + 1] == "the"
        and s.caps[j + 2]
    )


def _spokesperson_on(s: Sentence, j: int) -> bool:
    """Whether "on" at token j opens the brief of a party's spokesperson, as "for" opens a
    minister's portfolio ("Opposition spokesman on foreign affairs X", "Shadow Spokesperson on
    Trade X"): a portfolio's word follows, in lower case or capitals ("the spokesman on Monday"
    names none)."""
    return (
        s.lowers[j] == "on"
        and s.lowers[j - 1] in _SPOKESPERSON_HEADS
        and (s.lowers[j + 1] in _PORTFOLIO or _brief_after_on(s, j + 1))
    )


#: Heads whose brief "on" opens: a party's (or a shadow cabinet's) spokespeople.
_SPOKESPERSON_HEADS: Final = frozenset(["spokesman", "spokeswoman", "spokesperson"])


def _brief_after_on(s: Sentence, k: int) -> bool:
    """Whether the capitalized words at token k name an envoy's brief after "on": a country or
    words of a portfolio ("Special Envoy on African Affairs", "... on Sudan"), not a day or
    anything else "on" may open ("the ambassador on Monday")."""
    if s.country_at(k, ("name", "demonym")) is not None:
        return True
    return s.caps[k] and any(_portfolio_word(s, m) for m in range(k, _sequence_end(s, k)))


def _envoy_brief(s: Sentence, parse: _Parse, head_kind: str, appositive: bool) -> None:
    """Add the brief of a messenger written after whom he speaks for ("Special Envoy of the
    President of Russia for Central Asia X", "Special Representative of the Chinese Government
    on Eurasian Affairs Y"): read as after the head ("Special Envoy for Central Asia"), it is
    his title's, and the name follows it (the title had stopped at the principal, the name
    lost its title and, after a principal's office, the person with it)."""
    j = parse.end
    if not envoy_brief_opens(s, j) or parse.organization is not None:
        return
    head = parse.title_parts[0]
    if len(parse.title_parts) < 2 or not any(s.lowers[m] in _BRIEFED_WORDS for m in range(*head)):
        return
    brief = _Parse([head], end=j, kind=head_kind)
    _complements(s, brief, head_kind, appositive)
    # the name after the brief, after a comma and it, or before the title, the brief then
    # closed by punctuation ("X, Special Assistant to the Prime Minister on Commerce, said")
    named = (
        s.caps[brief.end]
        or (s.lowers[brief.end] == "," and _name_after_comma(s, brief.end))
        or (appositive and s.lowers[brief.end] in _APPOSITION_ENDS)
    )
    if brief.end > j and brief.organization is None and brief.country is None and named:
        parse.title_parts += brief.title_parts[1:]
        parse.end = brief.end


#: Roman numerals that rank the holders of one office ("Minister II"); not "I", a pronoun.
_OFFICE_NUMERALS: Final = frozenset(["II", "III", "IV"])


#: The most words of a province or chamber written after its office's head ("Khyber
#: Pakhtunkhwa", "National Assembly").
_MAX_POSTPOSED_SEAT_WORDS: Final = 3


#: Heads of a legislature's chamber, which South Asian copy writes before it ("Chairman Senate").
_CHAMBER_HEADS: Final = frozenset(["speaker", "deputy speaker", "chairman", "deputy chairman"])


def _postposed_seat(s: Sentence, j: int, head: str) -> tuple[int, str | None] | None:
    """(end, iso3 of the unit or None) of a province or a legislature's chamber written right
    after an office's head with no "of", before the holder's name ("Chief Minister Punjab |
    Maryam Nawaz Sharif", "Governor Sindh | X Y", "Chairman Senate | X Y", "Speaker National
    Assembly | X Y"), as Pakistani and other South Asian copy writes them; None otherwise. The
    seat is the title's, and the name follows (it had opened the name, or parted title and
    name). Two capitalized words or more, none a title word, must follow as the name: one
    alone is the name's last, the seat's word its first ("Under Secretary Victoria Nuland"),
    and a body after it is no name ("Chairman Senate Standing Committee on ..."). The longest
    seat is tried first ("Bagmati Province", not "Bagmati"). Only a place's own head (lower-case
    `head`, `_PLACE_HEADS`) takes a province, only a chamber's a chamber: a province's name is
    also a given name after other offices ("Prime Minister Sabah Khaled Al-Hamad")."""
    if head not in _PLACE_HEADS and head not in _CHAMBER_HEADS:
        return None
    run_end = _chamber_run_end(s, j)
    for end in reversed(range(j + 1, min(j + 1 + _MAX_POSTPOSED_SEAT_WORDS, run_end))):
        if head in _CHAMBER_HEADS:
            seat, iso3 = _legislature_words(s, j, end), None
            end = _chamber_committee_end(s, end, run_end) or end
        else:
            seat, iso3 = subnational_unit(s.span_text(j, end))
        if seat:
            return (end, iso3) if _name_after_seat(s, end) else None
    return None


def _chamber_committee_end(s: Sentence, end: int, run_end: int) -> int:
    """Token after a chamber's committee and its brief written after the chamber at token `end`
    ("Senate | Standing Committee on Foreign Affairs"), or 0: the committee, its body word last
    in the run of capitals, and its brief after "on" are the title's (`_committee_brief_end`)."""
    if run_end <= end or s.lowers[run_end - 1] not in _BRIEFED_BODIES:
        return 0
    return _committee_brief_end(s, run_end)


def _name_after_seat(s: Sentence, k: int) -> bool:
    """Whether a personal name of two plain words or more, maybe after honorifics ("Senator"),
    starts at token k: no title word among them (the run goes on as a body's name)."""
    while s.lowers[k] in WORDS["honorific"] and s.caps[k]:
        k += 1
    end = _chamber_run_end(s, k)
    return end - k >= 2 and not any(s.lowers[m] in TITLE_WORDS for m in range(k, end))


def _parse_at(s: Sentence, i: int, appositive: bool = False) -> _Parse | None:
    """Parse one (possibly compound) title phrase starting at token i."""
    simple = _simple_title_at(s, i)
    if simple is None:
        return None
    start, end, head_kind = simple
    parse = _Parse([(start, end)], end=_qualifier_end(s, end), kind=head_kind)
    if parse.end > end:
        parse.title_parts[-1] = (start, parse.end)
    seat = _postposed_seat(s, parse.end, s.span_text(start, end).lower()) if s.caps[parse.end] else None
    if seat is not None:
        # "Chief Minister Punjab X": the province or chamber, the office's (see _postposed_seat)
        parse.title_parts.append((parse.end, seat[0]))
        parse.end = seat[0]
        parse.country = seat[1]
        head_kind = "government"  # a state's seat: an office of government, not of a company
    _complements(s, parse, head_kind, appositive)
    _cut_style_after_complement(s, parse)
    _envoy_brief(s, parse, head_kind, appositive)
    if parse.country is None and head_kind == "government":
        parse.country = _OFFICES_OF_ONE_COUNTRY.get(s.lowers[end - 1].rpartition("-")[2])  # ("Vice-Voivode")
    if s.words[parse.end] in _OFFICE_NUMERALS and parse.organization is None:
        # "Minister of Foreign Affairs II", "Finance Minister II": the second holder of one
        # portfolio (Malaysia, Brunei), a part of the title, not the start of the name
        parse.title_parts.append((parse.end, parse.end + 1))
        parse.end += 1
    # Compound titles: "Crown Prince and Prime Minister", "Deputy Chairman ..., Minister of ...".
    while s.lowers[parse.end] in _COMPOUND_JOINERS and parse.organization is None:
        if parse.title_parts == [(i, i + 1)] and s.lowers[i] in COUNTERPART_WORDS:
            break  # "his Japanese counterpart, Vice Minister for Foreign Affairs X": one office, X's
        if s.lowers[parse.end] == "," and s.lowers[parse.end - 1] in MESSENGER_WORDS and not s.caps[i]:
            break  # "his special envoy, Vice Premier X": sent as envoy, X holds the office
        if s.lowers[parse.end] == "," and not s.caps[i] and s.caps[parse.end + 1]:
            # "the President's chief of staff, Minister of State X", "the delegation head, Deputy
            # Minister X": a role written in lower case, then X's own office set off in capitals
            break
        if _definite_role_then_capitals(s, i, parse.end):
            break  # "received by the prime minister and Commerce Minister X": two people
        nxt = _parse_at(s, parse.end + 1, appositive)
        if nxt is None and s.lowers[parse.end] == "and":
            nxt = _office_of_a_demonym_after_and(s, parse.end + 1, appositive)
        if nxt is None or _is_honorific_before_name(s, nxt) or _chief_as_style(s, nxt, parse.end + 1):
            break
        if _head_repeated(s, parse, nxt):
            parse.end = nxt.end  # "Minister of Trade, Minister X": the office once, then X
            break
        parse.title_parts.append((parse.end, parse.end + 1))
        parse.title_parts.extend(nxt.title_parts)
        parse.country = parse.country or nxt.country
        parse.organization = nxt.organization
        parse.end = nxt.end
        if nxt.kind == "business" or head_kind not in ("government", "ministerial"):
            head_kind = nxt.kind
    parse.kind = head_kind
    return parse


def _definite_role_then_capitals(s: Sentence, i: int, joiner: int) -> bool:
    """Whether "and" at token `joiner` joins a role in lower case after "the", opened at token
    i, to an office set in capitals ("was received by the prime minister and Federal Minister
    for Commerce X", "attended by the president and Trade Cabinet Secretary X"): the first is
    someone the story has named, X holds only the second (the two had made one title of X's).
    Copy that gives one holder two offices writes both alike ("the president and chief
    executive X", "the Prime Minister and Minister of Foreign Affairs X"); an acronym after
    "and" ("the president and CEO X") stays joined."""
    nxt = s.words[joiner + 1]
    return (
        s.lowers[joiner] == "and"
        and i > 0
        and s.lowers[i - 1] == "the"
        and not s.caps[i]
        and s.caps[joiner + 1]
        and not nxt.isupper()
    )


def _cut_style_after_complement(s: Sentence, parse: _Parse) -> None:
    """Ends a complement before a dotted style that opens the name ("Special Assistant to the
    President | Sec. X", `STYLE_TITLES`): the complement's run of capitals had taken "Sec" as a
    word of the body's name, the stop left the name with no title at all. A style spelled out
    in full stays a word a complement may hold ("Office of the Ambassador")."""
    last = parse.end - 1
    first, end = parse.title_parts[-1]
    if (
        end == parse.end
        and last > first
        and s.lowers[last] in STYLE_TITLES
        and s.words[last] != s.lowers[last]
        and s.lowers[last + 1] == "."
        and s.caps[last + 2]
        and s.lowers[last - 1] not in ("of", "for", "to", "on", "the", "and")
    ):
        parse.title_parts[-1] = (first, last)
        parse.end = last


def _office_of_a_demonym_after_and(s: Sentence, k: int, appositive: bool) -> _Parse | None:
    """The office after "and" at token k written with its country's demonym, that ends the
    phrase with no name after it ("X, a member of the Political Bureau of the CPC Central
    Committee and Chinese vice premier, met ..."): the holder's second office, the demonym its
    country (the office had been dropped); "... and Chinese Vice Premier Y" names another."""
    demonym = s.country_at(k, ("demonym",))
    if demonym is None:
        return None
    nxt = _parse_at(s, demonym[0], appositive)
    if nxt is None or s.caps[nxt.end] or s.lowers[nxt.end] not in _APPOSITION_ENDS:
        return None
    nxt.country = nxt.country or demonym[1]
    return nxt


def _head_repeated(s: Sentence, parse: _Parse, nxt: _Parse) -> bool:
    """Whether the title after a comma is one bare word the office before it already holds, a
    style repeated before the name as Vietnamese and Lao copy writes it ("the Minister of
    Trade, Minister Dang Thi Mai", "Deputy Prime Minister and Foreign Minister, Minister X"): no
    second office ("Minister of Trade, Minister" had been the title). A second office with
    words of its own ("Prime Minister, Minister of Finance X") still joins the first."""
    if s.lowers[parse.end] != "," or len(nxt.title_parts) != 1 or nxt.organization or nxt.country:
        return False
    first, last = nxt.title_parts[0]
    held = {s.lowers[k] for start, end in parse.title_parts for k in range(start, end)}
    return last == first + 1 and s.lowers[first] in held


#: Heads of a region's government that only one country has ("Lublin Voivode X", "Marshal of
#: the Małopolska Region X", "Hejtman of the South Moravian Region X"): the holder is of that
#: country when nothing else names one, as a city's mayor is of the city's (the voivodeship's
#: seat is seldom a city the lexicon knows, and the meeting had lost its host side). A
#: marshal heads a government only as `_chamber_marshal_end` reads one, never as a rank.
#: Bhutan's "Lyonchhen" (prime minister) is its own style of office.
_OFFICES_OF_ONE_COUNTRY: Final = {
    "voivode": "POL",
    "starost": "POL",
    "marshal": "POL",
    "hejtman": "CZE",
    "lyonchhen": "BTN",
}


#: Words that introduce someone by the other side's role ("his Kuwaiti counterpart X", "her
#: Ecuadorian homologue Y", as translated Latin American copy writes it), and their stems, which
#: every form of each starts with. The one list for every reader of the relation. ("his Zambian
#: opposite number X", as British and Commonwealth copy writes it, is one more.)
COUNTERPART_STEMS: Final = ("counterpart", "peer", "homolog", "opposite number")
COUNTERPART_WORDS: Final = frozenset(
    ["counterpart", "counterparts", "peer", "peers", "homologue", "homologues", "homolog", "homologs"]
) | {"opposite number"}


def _counterpart_from(s: Sentence, parse: _Parse, j: int) -> bool:
    """Whether token j is the "from" of "his counterpart from (the) <Country>": the country the
    counterpart is of, as after "of" ("his counterpart from Namibia, X": X had no country, and
    so no counterpart's role)."""
    if s.lowers[j] != "from" or s.lowers[parse.title_parts[-1][1] - 1] not in COUNTERPART_WORDS:
        return False
    k = j + 1 + (s.lowers[j + 1] == "the")
    return s.country_at(k) is not None or s.country_at(j + 1) is not None


def _counterpart_before(s: Sentence, previous: TitleMention, first: int) -> bool:
    """Whether a bare "counterpart" title and a comma come right before token `first`."""
    return (
        previous.title.lower() in COUNTERPART_WORDS
        and previous.last_token + 2 == first
        and s.lowers[previous.last_token + 1] == ","
    )


#: The style "Hon." in its spellings.
HON_STYLES: Final = frozenset(["hon", "honourable", "honorable"])
#: Parliamentary styles after "the": "the Hon.", "the Rt Hon.", "the Most Hon." (Jamaica).
STYLES_AFTER_THE: Final = HON_STYLES | {"rt", "most"}
#: Parliamentary styles written before an office: "Hon'ble", "Honourable", "Hon.".
OFFICE_STYLES: Final = HON_STYLES | {"hon'ble", "hon’ble"}


def _is_honorific_before_name(s: Sentence, parse: _Parse) -> bool:
    """A courtesy rank right before a name ends a compound title: in "the Minister of Foreign
    Affairs, Prince Faisal bin Farhan" (or ", Sheikh Abdullah") the prince is no second office."""
    first, last = parse.title_parts[0]
    styled = s.lowers[last] == "the" and s.lowers[last + 1] in STYLES_AFTER_THE
    return (
        len(parse.title_parts) == 1
        and (last == first + 1 or (last == first + 2 and s.lowers[first + 1] == "."))  # ", Sen. X"
        and s.lowers[first] in _COURTESY_BEFORE_NAME
        and (s.caps[last] or styled)  # "..., Senator the Hon Don Farrell"
        and parse.country is None
        and parse.organization is None
    )


#: Titles also written as a style before a name, after another office ("Ambassador").
#: Philippine copy styles a cabinet-rank official "Sec." after an office that is no
#: department's ("National Security Adviser Sec. X", "Special Assistant to the President Sec.
#: Y"): the office is the title, "Sec." no second one (it had been the title, or glued to the
#: office's complement and the person left with none).
STYLE_TITLES: Final = frozenset(["ambassador", "amb", "sec"])
#: Words that style a person before the name after an office and a comma: honorifics, and
#: "Ambassador" as Nigerian and Ghanaian copy styles former envoys ("Minister of Foreign
#: Affairs, Ambassador Yusuf Tuggar").
_COURTESY_BEFORE_NAME: Final = WORDS["honorific"] | STYLE_TITLES


def _title_text(s: Sentence, parts: list[tuple[int, int]]) -> str:
    """The title as written, from its first to its last title token, complements excluded."""
    pieces = []
    previous_end = None
    for first, last in parts:
        if last <= first:
            continue
        if previous_end is not None and previous_end != first:
            pieces.append(" ")
        elif previous_end is not None:
            pieces.append(s.text[s.ends[previous_end - 1] : s.starts[first]])
        pieces.append(s.span_text(first, last))
        previous_end = last
    text = "".join(pieces)
    return _SPACE_BEFORE_CLOSE.sub(r"\1", text) if "," in text or ")" in text else text


_SPACE_BEFORE_CLOSE: Final = re.compile(r"\s+([,)])")


def _legal_form_before_stops(s: Sentence, first: int, floor: int) -> int | None:
    """Token of a capitalized legal form that one or two stops ("." or ",") part from the
    legal form at token `first` ("Co. | Ltd", "Co., | Ltd"): a company's double legal form
    is one name, whose stops had ended the run and cut the officer off from his company."""
    if s.lowers[first] not in _LEGAL_SUFFIXES or not s.caps[first]:
        return None
    k = first - 1
    while k > first - 3 and k >= floor and s.lowers[k] in (".", ","):
        k -= 1
    return k if k >= floor and k < first - 1 and s.caps[k] and s.lowers[k] in _LEGAL_SUFFIXES else None


def _double_form_opens_title(s: Sentence, last: int) -> bool:
    """Whether a double legal form ending at token `last` ("Co. Ltd", "Co., Ltd") is of a
    company that heads the title after its stop: not when the company is the complement of a
    preposition ("signed a contract with China Road and Bridge Co. Ltd. President William Ruto
    witnessed ..."), where the stop ends a sentence and the title opens the next."""
    if _legal_form_before_stops(s, last, 0) is None:
        return False
    start = _capitalized_run_start(s, last, 0)
    return start == 0 or s.lowers[start - 1] not in _COMPLEMENT_PREPOSITIONS


#: Prepositions a company's name is the complement of, in the clause of a verb before it.
_COMPLEMENT_PREPOSITIONS: Final = frozenset(["with", "of", "from", "to", "for", "by", "and", "between"])


#: Gerunds of a meeting that, capitalized as a sentence's first word, open its aside ("Receiving
#: Kenya Airways chief executive X in Kigali, Y said"), no name ("Receiving Kenya Airways"): the
#: gerunds of reception, and "Meeting".
_OPENING_GERUNDS: Final = RECEPTION_GERUNDS | {"meeting"}


def _capitalized_run_start(s: Sentence, first: int, floor: int) -> int:
    """First token of the run of capitalized words (and "&") ending before token `first`;
    function words, calendar words and title heads end it."""
    end = first
    while first - 1 >= floor:
        lower = s.lowers[first - 1]
        if lower == "on" and first - 2 >= floor and _on_field_before(s, first - 1, end):
            # "US Council on Foreign Relations president X": the body's name goes on before its
            # field's "on" (the field alone had been the organization, "Foreign Relations")
            first -= 2
            continue
        if lower in (".", ",") and (form := _legal_form_before_stops(s, first, floor)) is not None:
            first = form  # "Samsung Electronics Co., | Ltd. President": one company's two forms
            continue
        if lower == "of" and first - 2 >= floor and s.lowers[first - 2] in _NAMED_WITH_COUNTRY:
            # "Damascus Chamber of Commerce President", "Hanoi University of Mining rector": the
            # body's name goes on before "of"
            first -= 2
            continue
        if first - 2 >= floor and _romance_particle_inside(s, first - 1):
            # "Bangko Sentral ng Pilipinas Governor", "Banco Central do Brasil President": the
            # bank's name goes on over its small word (its head had been a person)
            first -= 1
            continue
        if lower == "of" and first - 2 >= floor and _bank_of_country(s, first - 2, first):
            # "Reserve Bank of India Governor", "Bank of Thailand Governor": the bank is named
            # for its country, which had been read as the governor's country, the bank lost
            first -= 2
            continue
        joined = _joined_complement_start(s, first - 1, floor) if lower in ("and", "&") else None
        if (
            joined is None
            and lower in ("and", "&")
            and first - 2 >= floor
            and sector_adjectives_joined(s, first - 1)
        ):
            joined = first - 2  # "Manila Economic and Cultural Office Chairman X": one body's name
        if joined is not None:
            first = joined  # "Oman Chamber of Commerce and Industry Chairman": one body's name
            continue
        # ("CS Group" is a name, and "NSA" before "Director" an agency's initials)
        head = (
            (lower,) in _HEADS
            and not (s.words[first - 1].isupper() and s.lowers[first] in ORG_SUFFIXES)
            and not _initials_of_a_body(s, first - 1)
        )
        if lower in WORDS["function"] or lower in WORDS["calendar"] or head:
            break
        if first - 1 == 0 and lower in _OPENING_GERUNDS:
            break  # "Hosting | Botswana's President X, ...": the aside's verb, no word of a body's name
        if lower.endswith("-based"):
            break  # "Riyadh-based ACWA Power chief executive X": where the company is, no part of it
        if first - 2 >= floor and _members_apostrophe(s, first - 1):
            first -= 2  # "Ceylon Workers' Congress leader X", "People's Democratic Party leader X"
            continue
        if s.caps[first - 1] or (lower == "&" and first - 2 >= 0 and s.caps[first - 2]):
            first -= 1
            continue
        break
    return first


def _on_field_before(s: Sentence, i: int, end: int) -> bool:
    """Whether the "on" at token i, after a body's capitalized keyword, opens the field its name
    goes on with up to token `end` (a title after it): the words `on_complement_names` reads as
    a field; a legislature's committee and its brief are the office's, as after a head
    ("Senate Committee on Foreign Affairs chairman" stays as it was)."""
    return (
        s.lowers[i - 1] in ORG_WORDS["keyword"]
        and s.caps[i - 1]
        and end > i + 1
        and all(s.caps[m] for m in range(i + 1, end))
        and _field_words(s, i + 1, end)
        and not _committee_brief_end(s, i)
    )


def on_field_before_title(s: Sentence, i: int) -> bool:
    """Whether the "on" at token i joins a body's keyword to the field its name goes on with,
    a title's head right after the field ("met the Nordic Council on Foreign Trade chairman
    X"): part of the officer's organization, no topic of talks."""
    end = i + 1
    while s.caps[end] and _head_at(s, end) is None:
        end += 1
    return _head_at(s, end) is not None and _on_field_before(s, i, end)


def _romance_particle_inside(s: Sentence, k: int) -> bool:
    """Whether token k is a small word of a name in a language other than English ("do", "de",
    "ng") between capitalized words, of a run that opens on a word that heads such names
    ("Banco", "Bangko", "Grupo") at most three words before it."""
    if s.lowers[k] not in ORG_WORDS["particle"] or not (s.caps[k - 1] and s.caps[k + 1]):
        return False
    return any(s.lowers[m] in ORG_WORDS["prefix_keyword"] for m in range(max(0, k - 3), k))


def _bank_named_before(s: Sentence, parse: _Parse, j: int) -> bool:
    """Whether the head's one complement ends on a bank's word right before the "of" at token
    j that a country follows ("Governor | of the People's Bank | of China", "President | of the
    Bank | of Korea"): the bank's name goes on to the country. "Minister of Finance of Ghana"
    names no bank."""
    if len(parse.title_parts) != 2 or not (s.lowers[j - 1] in _BANK_WORDS and s.caps[j - 1]):
        return False
    first, end = parse.title_parts[-1]
    return end == j and s.lowers[first] == "of" and parse.title_parts[0][1] == first


def _bank_of_country(s: Sentence, k: int, first: int) -> bool:
    """Whether token k is "Bank" (or "Banco", "Banque", "Bangko") before "of" and a country's
    name at token `first`: a bank named for its country ("Reserve Bank of India", "State Bank
    of Pakistan", "Bank of Thailand"), one body's name."""
    return s.lowers[k] in _BANK_WORDS and s.caps[k] and s.country_at(first, ("name",)) is not None


#: A bank's head word, in English, the Romance languages and Filipino.
_BANK_WORDS: Final = frozenset(["bank", "banco", "banque", "bangko"])


def _joined_complement_start(s: Sentence, k: int, floor: int) -> int | None:
    """Token of the "of" that opens a business body's complement when the "and" at token k
    joins two of its capitalized words ("Chamber of | Commerce and Industry", "Federation of
    | Trade and Industry"), or None: the body's name goes on over the "and" as it does over
    the "of" (the run before the title had stopped at "and", and the body been lost)."""
    if not s.caps[k + 1]:
        return None
    j = k - 1
    while (
        j > k - 1 - _MAX_COMPLEMENT_WORDS
        and j - 1 >= floor
        and s.caps[j]
        and s.lowers[j] not in WORDS["function"]
    ):
        j -= 1
    if j == k - 1 or s.lowers[j] != "of" or j - 1 < floor or s.lowers[j - 1] not in _NAMED_WITH_COUNTRY:
        return None
    return j


def sector_adjectives_joined(s: Sentence, k: int) -> bool:
    """Whether the "and" at token k joins a capitalized adjective of a sector to the next
    capitalized word ("Economic and Cultural Office", "Economic and Social Council"): an
    adjective ends no name, so the "and" is inside one body's name (runs had stopped there,
    leaving "Cultural Office" or "the Taipei Economic")."""
    before = s.lowers[k - 1] if k > 0 else ""
    return (
        s.lowers[k] in ("and", "&")
        and s.caps[k - 1]
        and s.caps[k + 1]
        and before in _SECTOR_WORDS
        and _ADJECTIVE_ENDING.search(before) is not None
    )


#: The most capitalized words of a body's complement before its "and" ("of Commerce and").
_MAX_COMPLEMENT_WORDS: Final = 3


def _over_level_adjective(s: Sentence, first: int, floor: int) -> int:
    """Start of a party's office run that goes on over a lower-case adjective of the level the
    party sits at, back to the place before it ("Guangdong | provincial | Party Secretary",
    "Da Nang municipal Party Secretary"): the place gives the office its country, as it does
    written "Provincial" (the run had stopped at the adjective, and the officer had no
    country); `first` when the run is no party's or no place comes before the adjective."""
    k = first - 1
    word = s.words[k]
    if s.lowers[first] not in _PARTIES or k - 1 < floor:
        return first
    if not (word.isalpha() and word.islower() and _ADJECTIVE_ENDING.search(word)):
        return first
    place = _mention_ending_at(s, k, ("city", "capital"))
    return first if place is None or place < floor else place


def _mention_ending_at(s: Sentence, end: int, kinds: tuple[str, ...]) -> int | None:
    """First token of the first place mention of one of `kinds` that ends right before token
    `end` ("Guangdong" before "provincial", "US" before "Trade Representative"), or None."""
    return next((start for start, (stop, m) in s.countries.items() if stop == end and m.kind in kinds), None)


def _spelled_start(s: Sentence, first: int, end: int, acronym: str, floor: int) -> int:
    """Start of the name an acronym after it spells, across "of"/"for"/"in" (and "the"): "China
    Council for the Promotion of International Trade (CCPIT)", "Bank of Ghana (BoG)" (its
    small words spelled too), "Taipei Economic and Cultural Office in the Philippines (TECO)"
    (the body before "in" alone); `first` when none does."""
    start = first
    while True:
        spelled = "".join(s.words[k][0] for k in range(start, end) if s.caps[k]).lower()
        every_word = "".join(s.words[k][0] for k in range(start, end) if s.words[k].isalpha()).lower()
        if acronym in (spelled, every_word):
            return start
        joint = start - 2 if s.lowers[start - 1] == "the" else start - 1
        if joint - 1 < floor or s.lowers[joint] not in ("of", "for", "in") or not s.caps[joint - 1]:
            return first
        start = _capitalized_run_start(s, joint, floor)
        if s.lowers[joint] == "in":
            # "Taipei Economic and Cultural Office in the Philippines (TECO)": a mission named
            # with the place it serves, the acronym spelling the body before "in" alone
            start = _spelled_over_and(s, start, joint, acronym, floor)
            body = "".join(s.words[k][0] for k in range(start, joint) if s.caps[k]).lower()
            return start if body == acronym and s.lowers[joint - 1] in _BODY_NAME_GOES_ON else first


def _spelled_over_and(s: Sentence, start: int, end: int, acronym: str, floor: int) -> int:
    """Start of the capitalized run ending at token `end` that goes back over an "and" to the
    words the acronym spells ("Malaysian Friendship and | Trade Centre in Taipei (MFTC)": the
    acronym vouches for one body's name, whose "and" no sector's adjective joins, so the run
    had stopped at it); `start` when no run back over an "and" spells it."""
    k = start
    while s.lowers[k - 1] in ("and", "&") and k - 2 >= floor and s.caps[k - 2]:
        k = _capitalized_run_start(s, k - 1, floor)
        spelled = "".join(s.words[m][0] for m in range(k, end) if s.caps[m]).lower()
        if spelled == acronym:
            return k
        if not acronym.endswith(spelled):
            break
    return start


#: Legal forms written after a company's name and abbreviated with a full stop ("Corp.",
#: "Co.", "Inc.", "Ltd."), not those written before it ("PT", "JSC").
_LEGAL_SUFFIXES: Final = ORG_WORDS["legal"] - ORG_WORDS["prefix_legal"]


def _abbreviated_legal_form_before(s: Sentence, i: int) -> bool:
    """Whether a capitalized legal form and its full stop end right before token i ("Toyota
    Motor Corp. | President", "Mitsui & Co. | President", "Co., Ltd. | President"): the stop
    is the abbreviation's, so the company before it is the title's, as without the stop (it
    had stopped the walk back, and the president had represented no company)."""
    return (
        i >= 3
        and s.lowers[i - 1] == "."
        and s.lowers[i - 2] in _LEGAL_SUFFIXES
        and s.caps[i - 2]
        and (s.caps[i - 3] or s.lowers[i - 3] == "&" or _double_form_opens_title(s, i - 2))
        and (head := _simple_title_at(s, i)) is not None
        and head[2] != "ministerial"  # a company has no minister
    )


def _left_context(
    s: Sentence, i: int, floor: int = 0, heads_a_body: bool = False
) -> tuple[int, str | None, tuple[int, int] | None]:
    """`_read_left_context`, and "new" before the office's country read with it ("X, the new
    Chilean ambassador,": the article before it is read as right before the office, so the
    office is set beside X's name)."""
    start, country, org = _read_left_context(s, i, floor, heads_a_body)
    styled = _office_style_start(s, i, floor)
    if styled < i:
        # "Nigeria's Honourable Minister of ...", "Ghana's Hon. Minister for ...", "Malawian
        # Honourable Minister ...", "Malawi Honourable Minister ...": the style between the
        # country and the office is no organization nor the office's word, and had hidden the
        # country (or been read with it as a body's name, or into the title)
        start_styled, country_styled, org_styled = _read_left_context(s, styled, floor, heads_a_body)
        if country_styled is not None and org_styled is None:
            start, country, org = start_styled, country_styled, None
    if country is not None and org is None and start < i:
        start = _newness_start(s, start, floor)
    return start, country, org


def _office_style_start(s: Sentence, i: int, floor: int) -> int:
    """First token of a parliamentary style ("Honourable", "Hon.", "Hon'ble") right before the
    office at token i, or i."""
    k = i - 1
    if k > floor and s.lowers[k] == "." and s.starts[k] == s.ends[k - 1]:
        k -= 1  # "Hon."
    if k >= floor and s.lowers[k] in OFFICE_STYLES and s.caps[k]:
        return k
    return i


def _plural_possessive_at(s: Sentence, j: int) -> bool:
    """Whether token j is a bare apostrophe after a capitalized word in "s", a possessive
    ("Petrobras' chief executive X", "Siemens' chairman Y"): the firm the officer heads, as
    after "'s" (the title had had no organization, and the host's country)."""
    return s.lowers[j] in ("'", "’") and s.caps[j - 1] and s.lowers[j - 1].endswith("s")


def _read_left_context(
    s: Sentence, i: int, floor: int = 0, heads_a_body: bool = False
) -> tuple[int, str | None, tuple[int, int] | None]:
    """Country and organization written before a title: "Chinese", "Hungary’s", "MOL Group".
    Words of an earlier title (before `floor`) are none of them: in "Custodian of the Two
    Holy Mosques King Salman" the king represents no "Two Holy Mosques". With `heads_a_body`
    (the title is one of `_WHOLE_BODY_HEADS`), portfolio words alone name the body headed.

    Returns (new start token, iso3, organization token range).
    """
    country = None
    org = None
    i = _newness_start(s, i, floor)
    start = i
    j = i - 1
    if j >= 0 and (s.lowers[j] in POSSESSIVE_MARKS or _plural_possessive_at(s, j)):
        j -= 1
    elif _abbreviated_legal_form_before(s, i):
        j -= 1  # "Toyota Motor Corp. President X": the company's legal form and its full stop
    # Walk back over capitalized tokens that are not function words, dates or titles, and
    # over an "(ACRONYM)" right before the title ("Ghana Cocoa Board (COCOBOD) Chief Executive").
    first = j + 1
    acronym = None
    if s.lowers[j] == ")" and s.lowers[j - 2] == "(" and s.caps[j - 1] and j >= 3 and s.caps[j - 3]:
        first = j - 2
        acronym = s.lowers[j - 1]
    first = _capitalized_run_start(s, first, floor)
    first = _over_level_adjective(s, first, floor)
    if acronym is not None:
        first = _spelled_start(s, first, j - 2, acronym, floor)
    if first > j and j in s.inside_countries:
        # "Côte d'Ivoire's Minister": a country's name may end in a word written in lower case;
        # the test just below takes the run back to the name's start
        first = j
    if first > j:
        return start, None, None
    if first in s.inside_countries:
        # "Trinidad and Tobago's Minister": the run stopped at the "and" inside a country's name
        first = next(k for k, (end, _) in s.countries.items() if k < first < end)
    while first < j and s.lowers[first] in COMPASS_WORDS and s.country_at(first + 1, ("name", "demonym")):
        first += 1  # "South Australian Premier", "Western Cape Premier": a region of the country
    for k in range(first + 1, j + 1):
        demonym = s.country_at(k, ("demonym",))
        if demonym is not None and demonym[0] == j + 1 and s.lowers[k - 1] not in COMPASS_WORDS:
            # "received at Al Husseiniya Palace Slovenian Prime Minister X": a demonym right
            # before the title is the title's country; the capitals before it are another phrase
            return k, demonym[1], None
    # A country mention (name, demonym or a city: "Almaty Mayor") that starts the run gives the country.
    lead = s.country_at(first, ("name", "demonym", "capital", "city"))
    if lead is not None and lead[0] == j + 1:
        return first, lead[1], None
    if lead is None and first == j and s.words[j] in INITIALS_COUNTRIES and not s.words[j].isupper():
        # "RoK Vice Minister for Trade X": a country's initials with its small word in lower
        # case, no body (initials all in capitals may be a body's: "BI Governor X" of Bank
        # Indonesia); which country, when they stand for more than one, the story tells
        (only,) = INITIALS_COUNTRIES[s.words[j]] if len(INITIALS_COUNTRIES[s.words[j]]) == 1 else (None,)
        return first, only, None
    if lead is not None and s.lowers[lead[0]] in POSSESSIVE_MARKS:
        country = lead[1]
        org_first = lead[0] + 1
    elif lead is not None and s.countries[first][1].kind == "demonym":
        country = lead[1]
        # "Chinese | Huawei chairman X": a company the lexicon lists after its demonym is named
        # without it ("Turkish Airlines", "Kazakh Invest": the demonym is the name's own word)
        org_first = lead[0] if _listed_company_spans(s, lead[0], j + 1) else first
    else:
        org_first = first
    owner = _chamber_owner(s, org_first, j) if lead is None else None
    if owner is not None:
        return owner[0], owner[1], (org_first, j + 1)  # "Kenya's | Senate | Speaker"
    courtesy = all(s.lowers[k] in _COURTESY for k in range(org_first, j + 1)) and not (
        (org_first == j and _bare_body_officer(s, j, i)) or _bare_legislature(s, org_first, j + 1)
    )
    if org_first <= j and (not courtesy or (heads_a_body and _portfolio_words_only(s, org_first, j + 1))):
        # ("Prime Cabinet Secretary", "His Royal Highness Prince": courtesy, no organization)
        if s.lowers[j + 1] in POSSESSIVE_MARKS and _names_a_principal(s, org_first, j + 1):
            return start, None, None  # "President Donald Trump's special envoy": whom the envoy serves
        if (
            org_first == j == 0
            and s.lowers[0].endswith("ing")
            and s.lowers[0] not in _SECTOR_WORDS
            and s.lowers[0] not in _STATE_CHAMBERS
        ):
            # "Accompanying Secretary X were ...": a verb, capitalized ("Shipping Adviser X" is
            # a sector's, a noun; "Storting President X" a chamber's)
            return start, country, None
        org = (org_first, j + 1)
        start = org_first if lead is None else first
    return start, country, org


def _listed_company_spans(s: Sentence, first: int, end: int) -> bool:
    """Whether tokens first..end are a company lexicons/companies.tsv lists, as written, with
    or without legal forms after it ("Rosatom", "Huawei Technologies Co Ltd" of a listed
    "Huawei Technologies")."""
    for words, _ in listed_companies().get(s.words[first], ()):
        stop = first + len(words)
        if stop <= end and tuple(s.words[first:stop]) == words:
            return all(s.lowers[k] in _LEGAL_SUFFIXES or s.lowers[k] == "." for k in range(stop, end))
    return False


#: Words that tell an office is newly held, written in lower case between its country and the
#: office ("Japan's new ambassador", "the newly appointed Chilean envoy"): no part of the title
#: (unlike "outgoing", `_DATING_RANKS`), and no end of what is read before it.
_NEWNESS_WORDS: Final = frozenset(["new", "newly"])
#: What "newly" is said of before an office ("newly appointed", "newly accredited").
_NEWLY_DONE: Final = frozenset(["appointed", "accredited", "named", "elected", "designated", "installed"])


#: "then" dating an office, apart or glued to it ("then foreign minister", "then-foreign minister").
DATING_THEN: Final = frozenset(["then", "then-"])


def _newness_start(s: Sentence, i: int, floor: int) -> int:
    """First token of "new" or "newly appointed" (also hyphenated), or of a dating "then", right
    before the title or the country at token i, or i: the country or the article before them is
    read as right before the office ("Takeshi Hoshino, Japan's new ambassador": the possessive
    had been out of reach, the ambassador of no country, and the host official given Japan
    instead; so had Ukraine's in "Ukraine's then foreign minister")."""
    k = i - 1
    if k >= floor and s.lowers[k] in DATING_THEN:
        return k  # "Ukraine's then foreign minister, X": the office dated, its country before
    if k >= floor and s.lowers[k] in _NEWLY_DONE and s.lowers[k - 1] == "-" and k - 2 >= floor:
        k -= 2  # "newly-appointed"
    elif k >= floor and s.lowers[k] in _NEWLY_DONE and k - 1 >= floor:
        k -= 1
    if k >= floor and s.lowers[k] in _NEWNESS_WORDS and s.words[k] == s.lowers[k]:
        if s.lowers[k] == "newly" and k == i - 1:
            return i  # "newly" alone before the office qualifies nothing we read
        if s.lowers[k] == "new" and k != i - 1:
            return i  # "new appointed": no phrase
        return k
    return i


def _chamber_owner(s: Sentence, first: int, j: int) -> tuple[int, str] | None:
    """(first token, iso3) of the country whose possessive stands right before its own chamber,
    the words first..j before an office ("Kenya's | Senate | Speaker", "Zambia's | National
    Assembly | Speaker"): the chamber names the office, the possessor its country, as after a
    demonym ("Kenyan Senate Speaker"); the chamber, title words, had been dropped as courtesy
    and the office left with no country. None otherwise."""
    if s.lowers[first - 1] not in POSSESSIVE_MARKS or not _chamber_words(s, first, j + 1):
        return None  # the one-lookup test first: few words before an office follow a possessive
    owner = _mention_ending_at(s, first - 1, ("name",))
    return None if owner is None else (owner, s.countries[owner][1].iso3)


def _bare_body_officer(s: Sentence, k: int, i: int) -> bool:
    """Whether token k alone is a body of many states named by one common word, before the
    office of its secretariat's head opening at token i ("Commonwealth Secretary-General X",
    "the Commonwealth's Deputy Secretary-General"): the body, of no country. As a portfolio word
    the same word is a minister's ("Commonwealth Secretary"); the Secretary-General had been
    given the country of the dateline (London)."""
    if s.lowers[k] not in INTERNATIONAL_BARE:
        return False
    while s.lowers[i] in WORDS["lowercase_modifier"]:
        i += 1  # "Deputy", "Acting"
    return s.lowers[i] in _GENERAL_SECRETARIES or (
        s.lowers[i] == "secretary" and s.lowers[i + 1] == "general"
    )


#: The head of a secretariat, in one token: "Secretary-General".
_GENERAL_SECRETARIES: Final = frozenset(["secretary-general"])


def _regional_commission(organization: str | None, title: str) -> str | None:
    """The commission a commissioner sits on when all that names his body is the adjective of
    a part of the world ("European Commissioner for Trade X", "European Trade Commissioner
    X"): a region has no officers, so the adjective is short for its bloc's commission (the
    "European Commission"), not an organization "European" of its own; None otherwise."""
    if (
        organization is None
        or "commissioner" not in title.lower().split()
        or title.lower().startswith("high")
    ):
        return None
    regions = find_blocs(organization)
    whole = len(regions) == 1 and regions[0].kind == "region" and regions[0].text == organization
    return f"{organization} Commission" if whole else None


def _portfolio_before(s: Sentence, org: tuple[int, int] | None) -> tuple[int, int] | None:
    """The tokens of an organization before a ministerial title, past a demonym opening it,
    when they are a portfolio: plain capitalized words, none of them one that ends bodies'
    names ("Authority", "Group"), unless that word stands alone ("Railways Minister": no name
    of its own). None when they name a body or nothing is left."""
    if org is None:
        return None
    first, end = org
    demonym = s.country_at(first, ("demonym",))
    if demonym is not None:
        first = demonym[0]
    words = range(first, end)
    if not words or any(s.country_at(k) is not None or k in s.inside_countries for k in words):
        return None
    if not all(_plain_capitalized_word(s, k) for k in words):
        return None
    alone = end - first == 1 and s.lowers[first] in ORG_SUFFIXES
    return (first, end) if alone or not any(s.lowers[k] in _BODY_NAME_WORDS for k in words) else None


def _chamber_words(s: Sentence, first: int, end: int) -> bool:
    """Whether tokens first..end, one to three capitalized words, are a state's chamber or
    cabinet named before an office: a chamber word last ("Senate", "National Assembly", "State
    Duma", "Jogorku Kenesh") and no country inside, or a chamber the lexicon names."""
    if not 0 < end - first <= 3 or not all(s.caps[k] for k in range(first, end)):
        return False
    if s.span_text(first, end).lower() in NATIONAL_CHAMBERS:
        return True
    return (s.lowers[end - 1] in _STATE_CHAMBERS or _house_of_speaker(s, end - 1)) and not any(
        s.in_country(k) or s.lowers[k] in WORDS["function"] for k in range(first, end)
    )


def _house_of_speaker(s: Sentence, k: int) -> bool:
    """Whether token k is "House" right before "Speaker" ("House Speaker X", "Thai House
    Speaker Y", "Lower House Speaker Z"): the legislature's lower chamber, which names the
    office as "Senate" does; elsewhere "House" names no chamber ("White House", "Government
    House")."""
    return s.lowers[k] == "house" and s.lowers[k + 1] == "speaker"


def _state_chamber(s: Sentence, org: tuple[int, int] | None) -> tuple[int, int, str | None] | None:
    """(first, end, iso3 it alone tells) of a state's chamber or cabinet that is the whole
    organization before a title after the country's demonym or possessive ("Kyrgyz | Cabinet |
    Chairman", "Russia's | State Duma | Speaker"), or with no country before when called by its
    own name ("Storting | President"): the office's own name, not a side; None otherwise."""
    if org is None:
        return None
    first, end = org
    country = s.country_at(first, ("name", "demonym"))
    if country is not None:
        first = country[0] + 1 if s.lowers[country[0]] in POSSESSIVE_MARKS else country[0]
    owned = country is not None or (
        s.lowers[first - 1] in POSSESSIVE_MARKS and s.country_at(first - 2) is not None
    )
    if not _chamber_words(s, first, end):  # capitalized words, so none of the chamber's own names
        return None
    named = NATIONAL_CHAMBERS.get(s.span_text(first, end).lower())
    return (first, end, named) if owned or named is not None or _bare_legislature(s, first, end) else None


#: Heads of a state's body that name no office of their own, the body before them does
#: ("Presidential Council head", "National Bank chief", "Security Council chairman").
_STATE_BODY_HEADS: Final = frozenset(["head", "chief", "chair", "chairman", "chairwoman", "chairperson"])
#: Words that qualify the realm of a state's body in its name ("Presidential Council", "Federal
#: Agency"), besides body and portfolio words.
_STATE_BODY_QUALIFIERS: Final = frozenset(["presidential", "federal", "state", "royal", "national"])

#: Last words of such a body: those of a state's office body, and the offices of a government
#: ("Presidential Administration", "Foreign Ministry", "Customs Service").
_OWNED_BODY_LAST_WORDS: Final = _STATE_OFFICE_BODY_HEADS | {"administration", "ministry", "service", "office"}


def _owned_state_body(s: Sentence, first: int, floor: int) -> tuple[int, int, str] | None:
    """(country's first token, body's first token, iso3) of a state's body named in capitals
    right before the head at token `first`, after its country's possessive ("Kazakhstan's |
    Presidential Council | head", "Kyrgyzstan's | National Bank | chief"): one to five body,
    portfolio or realm words that end on a body's word. The body had been dropped as courtesy
    words, and the possessive left out of reach, so the office was a bare "head" of no country.
    A company's own name holds a word of none of those kinds ("Kazakhstan's Halyk Bank head");
    after a demonym the body is read as the organization it is ("Libyan Presidential
    Council"), and with no country before it the body is left as it was."""
    if s.lowers[first - 1] not in _OWNED_BODY_LAST_WORDS or not s.caps[first - 1]:
        return None  # the one-lookup test first: few heads follow a body's word
    k = first
    while (
        k - 1 >= floor
        and first - k < _MAX_STATE_OFFICE_BODY
        and s.caps[k - 1]
        and not s.in_country(k - 1)
        and (
            s.lowers[k - 1] in _BODY
            or s.lowers[k - 1] in _PORTFOLIO
            or s.lowers[k - 1] in _STATE_BODY_QUALIFIERS
        )
    ):
        k -= 1
    if k == first or k - 1 < floor or s.lowers[k - 1] not in POSSESSIVE_MARKS:
        return None
    owner = _mention_ending_at(s, k - 1, ("name",))
    if owner is None or owner < floor:
        return None
    return owner, k, s.countries[owner][1].iso3


def _bare_legislature(s: Sentence, first: int, end: int) -> bool:
    """Whether tokens first..end are a legislature's chamber with no country before it, right
    before an office ("Prime Minister X and Senate | President Y", "National Assembly |
    Chairman Z"): the chamber still names the office as written, of the country the context
    gives (the title had lost "Senate" as a courtesy word). A cabinet or government word alone
    ("Government Spokesman") is no chamber's."""
    return _legislature_words(s, first, end) and s.country_at(first - 1, _ANY_PLACE) is None


def _legislature_words(s: Sentence, first: int, end: int) -> bool:
    """Whether tokens first..end are a legislature's chamber (`_chamber_words` ending on a
    chamber word, no cabinet or government word)."""
    return (s.lowers[end - 1] in _CHAMBER_WORDS or _house_of_speaker(s, end - 1)) and _chamber_words(
        s, first, end
    )


def _named_chamber_country(title: str) -> str | None:
    """The country of an office whose title ends in a national chamber called by its own name
    ("Speaker of the Verkhovna Rada", "Chairman of the Oliy Majlis Senate"): the chamber tells
    it; None otherwise (with no " of the ", the chamber is "", which names none)."""
    chamber = title.lower().partition(" of the ")[2]
    return NATIONAL_CHAMBERS.get(chamber) or NATIONAL_CHAMBERS.get(chamber.rpartition(" ")[0])


def _portfolio_after_place(s: Sentence, org: tuple[int, int] | None) -> tuple[int, int, str] | None:
    """(first, end, iso3) of the portfolio between a place and the title after it, when the
    words before the title are a region or a city and then capitalized portfolio words only
    ("Nebraska | Agriculture | Director", "Texas | Agriculture | Commissioner"): the portfolio
    of the place's own office, which names no body the holder represents; None otherwise.
    (After a demonym the words may name what the title stands for: "the Vietnamese Government
    leader" is the prime minister.)"""
    if org is None:
        return None
    first, end = org
    place = s.country_at(first, ("city", "capital"))
    if place is None or place[0] >= end:
        return None
    if not all(s.caps[k] and s.lowers[k] in _PORTFOLIO for k in range(place[0], end)):
        return None
    return place[0], end, place[1]


#: Company heads that also head a department of a state or a city ("Nebraska Agriculture
#: Director"): after a place and a portfolio they hold an office; other company heads there
#: ("Dubai Investments CEO") head the company the words name.
_DEPARTMENT_HEADS: Final = frozenset(["director"])


def _sector_words(s: Sentence, org: tuple[int, int] | None) -> bool:
    """Whether the words before a ministerial title, with no country before them, are all
    sectors of industry or abstract nouns ("Plantation Minister X", "Shipping Adviser Y"):
    common nouns that name a portfolio the lexicon lacks, where a name of its own ("Kremlin
    Spokesman") may be the body the official speaks for."""
    return org is not None and all(s.lowers[k] in _SECTOR_WORDS or _abstract_noun(s, k) for k in range(*org))


def _joined_sector_start(s: Sentence, first: int, floor: int) -> int:
    """Start of a portfolio before a head that opens on sectors joined by "and"/"&" to the
    one at token `first` ("Plantation and | Commodities Minister"), or `first`: the joiner
    had ended the run of capitalized words, leaving the first sector out of the title. A
    comma joins items of a list that "and" closes ("Industrialisation, | Mines and Energy
    Minister"); a comma alone joins none ("On Industrialisation, Trade Minister X said")."""
    closed = any(s.lowers[k] in ("and", "&") for k in range(first, _capitalized_list_end(s, first)))
    while (
        first - 2 >= floor
        and (s.lowers[first - 1] in ("and", "&") or (closed and s.lowers[first - 1] == ","))
        and s.caps[first - 2]
        and (_portfolio_word(s, first - 2) or _abstract_noun(s, first - 2))
        and s.country_at(first - 2) is None
    ):
        closed = True
        first -= 2
    return first


#: Bodies named with their brief after "on" ("Standing Committee on Commerce").
_BRIEFED_BODIES: Final = frozenset(["committee", "commission", "subcommittee", "sub-committee"])


def _committee_brief_end(s: Sentence, j: int) -> int:
    """Token after a committee's or a commission's brief after "on" at token j, capitalized
    portfolio words ("Standing Committee | on Foreign Affairs", "Committee | on Commerce and
    Trade"), or 0: a legislature's committee is named by its brief, as a ministry by its
    portfolio. Not another "on" ("the Committee on Monday", "the commission on trade")."""
    if (
        s.lowers[j] != "on"
        or s.lowers[j - 1] not in _BRIEFED_BODIES
        or not s.caps[j - 1]
        or not s.caps[j + 1]
    ):
        return 0
    end = _portfolio_end(s, j + 1)
    return end if end > j + 1 else 0


def _owners_portfolio_start(s: Sentence, first: int, floor: int) -> int:
    """Start of a plural noun and its possessive before the portfolio at token `first` ("Women's
    | Affairs Minister", "Veterans' | Affairs Minister", "Expatriates' | Welfare Adviser"), or
    `first`: the people a ministry serves, part of its portfolio as in "Minister for Women's
    Affairs". Not a country's possessive ("Kenya's Trade Minister": the holder's country) nor
    a singular owner ("the party's Foreign Affairs spokesman")."""
    owner = first - 2
    if owner < floor or s.lowers[first - 1] not in POSSESSIVE_MARKS or not _portfolio_word(s, first):
        return first
    lower = s.lowers[owner]
    plural = irregular_plural(lower) or (lower.endswith("s") and not lower.endswith("ss"))
    if not plural or not _plain_capitalized_word(s, owner) or s.in_country(owner):
        return first
    return owner


def _capitalized_list_end(s: Sentence, i: int) -> int:
    """Token index after the capitalized words at token i and the commas and "and"s that join
    them ("Mines and Energy Minister")."""
    while i < s.n and (s.caps[i] or (s.lowers[i] in ("and", "&", ",") and s.caps[i + 1])):
        i += 1
    return i


def _possessor_before(s: Sentence, i: int) -> str | None:
    """The country whose possessive ends right before token i ("Bangladesh's | Shipping
    Adviser"), or None: the possessive reaches over the portfolio to the office."""
    if s.lowers[i - 1] not in POSSESSIVE_MARKS:
        return None
    return next(
        (found[1] for k in range(max(0, i - 5), i - 1) if (found := s.country_at(k)) and found[0] == i - 1),
        None,
    )


#: Words that end the name of a body other than a ministry of the minister's own government
#: ("Ports Authority", "Investment Commission"); a portfolio word may end either.
_BODY_NAME_WORDS: Final = (
    (_STRONG_ORG_SUFFIXES | _BODY) - _PORTFOLIO - {"ministry", "ministries", "department"}
)


def _names_a_principal(s: Sentence, first: int, end: int) -> bool:
    """Whether the possessor in tokens first..end is a person, whose aide the title after it
    names: titled ("President Donald Trump's") or a well-known official ("Modi's"), where
    "Gazprom's" and "MOL Group's" are organizations. A name's particle joins the words before it
    ("President Luiz Inacio Lula da Silva's"). An "and" before the possessor ("Kabir and Sumitomo
    Corporation's CEO") joins two phrases: it is the "and" of "President and CEO" only inside a
    title, no title of the possessor's."""
    while first > 1 and s.lowers[first - 1] in WORDS["particle"] and s.caps[first - 2]:
        first = _capitalized_run_start(s, first - 1, 0)
    before = s.lowers[first - 1] if first > 0 else ""
    # (the small words of a title are no title: "the European Union's Trade Commissioner X"
    # is the bloc's officer, as "EU Trade Commissioner X" is)
    if before in TITLE_WORDS and before not in TITLE_SMALL_WORDS:
        return True
    return known_nationality(s.text[s.starts[first] : s.ends[end - 1]]) is not None


#: Compass words that name a region of a country before its name or demonym ("South
#: Australian", "East Java", "northern Syria").
COMPASS_WORDS: Final = frozenset([
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeastern", "northwestern", "southeastern", "southwestern",
])  # fmt: skip


def _level_of_place(title: str) -> bool:
    """Whether an office opens, past its ranks ("Deputy", "Acting"), on an adjective of the
    level of a government below the nation's: "Deputy Regional Minister"."""
    for word in title.lower().split():
        if word in _LEVEL_ADJECTIVES:
            return True
        if word not in WORDS["lowercase_modifier"]:
            return False
    return False


#: Heads of the government of a province, state or city: the name before one of them is the place's.
_PLACE_HEADS: Final = frozenset(
    ["chief minister", "deputy chief minister", "mayor", "deputy mayor", "vice mayor", "governor",
     "vice governor", "vice-governor", "deputy governor", "lieutenant governor", "premier",
     # the head of a Polish voivodeship or county, a Romanian or French county, a Czech region
     "voivode", "vice-voivode", "vice voivode", "prefect", "sub-prefect", "starost", "hejtman"]
)  # fmt: skip


def _bare_name(s: Sentence, org: tuple[int, int]) -> bool:
    """Whether the capitalized words of `org` are a bare name, with no word of an
    organization's (suffix, keyword, legal form) nor an acronym ("PBoC", "BCRA"): "Punjab",
    "Nova Scotia"."""
    return all(
        s.lowers[k] not in ORG_SUFFIXES
        and s.lowers[k] not in ORG_WORDS["keyword"]
        and s.lowers[k] not in _BANK_WORDS  # "Banque de France", "Bangko Sentral ng Pilipinas"
        and not _acronym_like(s.words[k])
        for k in range(*org)
    )


def _acronym_like(word: str) -> bool:
    """Whether capitals make up half or more of a word's letters: "BCRA", "PBoC", not "McAllen"."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and 2 * sum(c.isupper() for c in letters) >= len(letters)


#: Heads of a whole organization, which take no portfolio before them as "Minister" and
#: "Director" do ("Energy Minister", "Finance Director"): portfolio words before one of them
#: are the name of the body it heads ("Heritage President", "Heritage Petroleum Chairman").
_WHOLE_BODY_HEADS: Final = frozenset(
    ["president", "chairman", "chairwoman", "chairperson", "ceo", "chief executive",
     "chief executive officer", "managing director", "general director", "president director"]
)  # fmt: skip
#: Portfolio words that are no head, modifier, governing body or honorific too.
_PORTFOLIO_ONLY: Final = _PORTFOLIO - (
    {word for words in _HEADS for word in words}
    | {word for words in _MODIFIERS for word in words}
    | _BODY
    | WORDS["honorific"]
)


def _portfolio_words_only(s: Sentence, first: int, end: int) -> bool:
    """Whether tokens first..end are all portfolio words and none a head, modifier, body or
    honorific: "Heritage Petroleum" before "President" is a company's name, where "Royal" or
    "Security Council" is none. Words after a joiner end a longer name, whose start the run
    missed ("Sarhad Chamber of Commerce and Industry president": no "Industry")."""
    if s.lowers[first - 1] in _NAME_JOINERS:
        return False
    return all(s.lowers[k] in _PORTFOLIO_ONLY for k in range(first, end))


#: Lower-case words that join the words of one name ("Chamber of Commerce and Industry").
_NAME_JOINERS: Final = frozenset(["and", "&", "of", "for"])


#: Words before a title that make no organization: title words and honorifics.
_COURTESY: Final = TITLE_WORDS | WORDS["honorific"] | frozenset(["highness", "majesty", "excellency"])


def _kind(s: Sentence, parse: _Parse, has_org: bool) -> str:
    """government | business | other, from the head and what surrounds it.

    A business head ("Chairman") is a government role when its title names a state body
    ("Chairman of the Cabinet of Ministers"); any head that represents an organization is
    business, except for heads that only exist in government or international bodies.
    """
    if parse.kind in ("government", "ministerial"):
        return "business" if has_org and parse.organization is not None else "government"
    if parse.kind == "business":
        if has_org:
            return "business"
        words = {s.lowers[i] for first, last in parse.title_parts for i in range(first, last)}
        return "government" if words & WORDS["government_body"] else "business"
    return "other"


def find_titles(text: str) -> list[TitleMention]:
    """Every title phrase in `text`, left to right, with its country and organization.

    Titles standing alone ("the ambassador said") are returned too; people.py keeps only
    those next to a name.
    """
    return titles_in(Sentence(text))


#: Words after a surname that end a personal name: "Ferdinand Marcos Jr."
NAME_SUFFIXES: Final = frozenset(["jr", "sr", "jnr", "snr"])
#: "son/daughter of" between a given name and the father's: "Sheikh Sultan bin Muhammad".
FATHER_PARTICLES: Final = frozenset(["bin", "ibn", "bint"])
#: Titles that are also given names: "Amir Khan Muttaqi" is no emir, "Sultan Al Jaber" no sultan;
#: and the portfolio word "Hajj" (a "Minister of Hajj"), also a name's: "Minister Ali Hajj Hassan".
GIVEN_NAME_TITLES: Final = frozenset(["amir", "emir", "sultan", "hajj"])


def _is_appositive(s: Sentence, i: int) -> bool:
    """Whether the title at token i follows a name and a comma ("Amin Nasser, CEO of ...")."""
    j = i - 1
    if s.lowers[j] == "then":
        j -= 1  # "Sheikh Hasina, then Prime Minister, ...": the office dated, after the comma
    if s.lowers[j] in ("the", "a", "an"):
        j -= 1
    elif s.lowers[j] in POSSESSIVE_MARKS:
        # "Ramesh Kumar, India's Minister of ...": the office's country, after the comma
        owner = _mention_ending_at(s, j, ("name",))
        j = j if owner is None else owner - 1
    if s.lowers[j] != ",":
        return False
    if j < 2:
        return False  # "Separately, President of ...": a word opening the sentence is no name
    before = j - 1
    if s.lowers[before] == "." and s.lowers[before - 1] in NAME_SUFFIXES:
        before -= 1  # "Ferdinand Marcos Jr., President of ..."
    if before in s.inside_countries or s.country_at(before, _PLACE_KINDS) is not None:
        return False  # "received at the Royal Palace in Rabat, President of ...": a place, no name
    head, _, rest = s.words[before].partition("-")
    particle_name = head in _NAME_PARTICLES and rest[:1].isupper()  # "Fayez al-Sarraj, prime minister"
    patronymic = s.lowers[before] in PATRONYMIC_SUFFIXES and s.caps[before - 1]  # "Asan uulu, Minister"
    return (
        (s.caps[before] or particle_name or patronymic)
        and not s.words[before].isupper()
        and s.lowers[before] not in WORDS["calendar"]
    )


def _next_in_list(s: Sentence, i: int, found: list[TitleMention]) -> bool:
    """Whether the title at token i, after a comma, follows a name that a title of its own
    opened ("President of the European Council X Y, President of the European Commission Z ..."):
    the name has its office already, so the comma parts two entries of a list and the title is
    the next one's, whose name may follow its body, not an office set beside the name before."""
    if not found:
        return False
    comma = i - 1 - (s.lowers[i - 1] in ("the", "a", "an"))
    name = range(found[-1].last_token + 1, comma)
    return 2 <= len(name) <= 5 and all(s.caps[k] or s.lowers[k] in _NAME_PARTICLES for k in name)


def _is_name_after_title(s: Sentence, parse: _Parse, found: list[TitleMention]) -> bool:
    """A bare one-word head right after another title is a first name: "ADNOC CEO Sultan Al Jaber"."""
    if not found or found[-1].last_token + 1 != parse.title_parts[0][0]:
        return False
    first = parse.title_parts[0][0]
    # a head abbreviated with its stop is as bare ("National Security Adviser Sec. X")
    bare = parse.title_parts in ([(first, first + 1)], [(first, first + 2)]) and (
        parse.title_parts[0][1] == first + 1 or s.lowers[first + 1] == "."
    )
    # After a title with a complement the head is a rank ("Custodian of the Two Holy Mosques
    # King Salman"), unless it is a courtesy ("Minister of Energy Prince Abdulaziz": the
    # office is the title); after a bare one a given name ("CEO Sultan Al Jaber").
    # A head that is also a given name before a full name is that name's first word there too
    # ("Minister of Human Resources Amir Hassan Kamal"); as a rank it takes one name, or one
    # with patronyms ("Sultan Haitham", "Sultan Haitham bin Tarik").
    complemented = " of " in found[-1].title or " for " in found[-1].title
    courtesy = s.lowers[first] in WORDS["honorific"] or s.lowers[first] in STYLE_TITLES
    given = s.lowers[parse.title_parts[0][0]] in GIVEN_NAME_TITLES and _full_name_at(s, parse.end)
    unqualified = parse.country is None and parse.organization is None
    return bare and (courtesy or given or not complemented) and unqualified and s.caps[parse.end]


def _is_surname_after_title(s: Sentence, parse: _Parse, found: list[TitleMention]) -> bool:
    """A bare head right after a title and one given name is that person's surname ("IOM
    Director General Amy Pope held talks"), not a Pope whose body is the given name, or the
    middle of his name (`_inner_name_word`)."""
    first = parse.title_parts[0][0]
    if not found or found[-1].last_token + 2 != first or parse.title_parts != [(first, first + 1)]:
        return False
    given = first - 1
    return (
        (head_as_surname(s, first) or _inner_name_word(s, first))
        and _plain_capitalized_word(s, given)
        and s.lowers[given] not in _TRIGGERS
        and given not in s.countries
        and parse.country is None
        and parse.organization is None
    )


def given_title_inside_name(s: Sentence, i: int) -> bool:
    """Whether the capitalized title word at token i that is also a given name ("Sultan",
    "Amir") stands between one given name and one last name word ("Trade Minister Ali Sultan
    Hamad said"): the name's middle word, where no office can be. The one word test of that
    idea, for the finders of names and of titles."""
    return (
        i > 0
        and s.lowers[i] in GIVEN_NAME_TITLES
        and s.caps[i]
        and _name_word_beside_title(s, i - 1)
        and _name_word_beside_title(s, i + 1)
        and not s.caps[i + 2]
    )


def _name_word_beside_title(s: Sentence, k: int) -> bool:
    """Whether token k is a plain capitalized word that can be a name's: no title's word, no
    country's."""
    return (
        _plain_capitalized_word(s, k)
        and s.lowers[k] not in _TRIGGERS
        and s.lowers[k] not in TITLE_WORDS
        and not s.in_country(k)
    )


def _is_given_title_inside_name(s: Sentence, parse: _Parse, found: list[TitleMention]) -> bool:
    """A bare head that is also a given name (`given_title_inside_name`), right after a title
    and one given name, is the name's middle word ("Trade Minister Ali Sultan Hamad said"), not
    a sultan whose body is the given name."""
    first = parse.title_parts[0][0]
    if not found or found[-1].last_token + 2 != first or parse.title_parts != [(first, first + 1)]:
        return False
    return given_title_inside_name(s, first) and parse.country is None and parse.organization is None


#: Words after a head that make it an office with a complement ("Chairman of X"), no surname.
_COMPLEMENT_OPENERS: Final = frozenset(["of", "for", "to", "at", "-"])


def _inner_name_word(s: Sentence, i: int) -> bool:
    """Whether token i, a one-word head between a given name and one last name word, is the
    middle of a three-word name ("Transport Minister Tiong King Sing", "Lim King Hoe"): it had
    been read as a title, "Sing" its holder and "Tiong" his body."""
    return (
        s.lowers[i] in HEAD_WORDS
        and _plain_capitalized_word(s, i)
        and _plain_capitalized_word(s, i + 1)
        and s.lowers[i + 1] not in _TRIGGERS
        and (i + 1) not in s.countries
        and not s.caps[i + 2]
    )


def head_as_surname(s: Sentence, i: int) -> bool:
    """Whether token i, a one-word head after a given name ("Amy Pope", "Mark Chancellor",
    "Ahmad King"), can close that name: capitalized, with no name or complement of its own
    after it ("Pope Leo", "Chancellor of the Exchequer" are offices)."""
    return (
        s.lowers[i] in HEAD_WORDS
        and _plain_capitalized_word(s, i)
        and not s.caps[i + 1]
        and s.lowers[i + 1] not in _COMPLEMENT_OPENERS
    )


def _full_name_at(s: Sentence, i: int) -> bool:
    """Whether a given name and a surname, two capitalized words, start at token i; the surname
    may be hyphenated after a particle ("Amir Hassan Al-Thani", "Sultan Ahmed al-Marri"), and
    either word may be joined by hyphens, as a compound given name is ("Jean-Marc Sere", a
    Korean "Kim Seong-ho": the name had lost its title after a consul's city)."""
    return _plain_capitalized_word(s, i, hyphens=True) and (
        _plain_capitalized_word(s, i + 1, hyphens=True) or _particle_surname(s.words[i + 1])
    )


def _name_after_city(s: Sentence, k: int, seq_end: int, run_end: int) -> int:
    """Start of a name of three or more words after the city or the province an office is of,
    at token k ("Governor of Algiers | Mohamed Abdelnour Rabehi", "Wali of Oran | Said Ahmed
    Benali", "Chief Minister of Punjab | X Y Z", "Chief Minister of Koshi Province | X Y Z"):
    the place closes the title, all the plain words after it are the name (the title had taken
    the given name, a two-word name being read from the end). `seq_end` when no place opens the
    run or a word after it names a place's kind or a body ("Mayor of New York City X", "Mayor
    of Istanbul Metropolitan Municipality X")."""
    city = s.country_at(k, ("city", "capital"))
    place_end = max(city[0] if city is not None else 0, _unit_end(s, k, run_end))  # "Koshi Province"
    if not place_end or not place_end < seq_end <= run_end or run_end - place_end < 3:
        return seq_end
    words = range(place_end, run_end)
    named = all(
        _plain_capitalized_word(s, m)
        and s.lowers[m] not in _KNOWN_COMPLEMENT_WORDS
        and s.lowers[m] not in _PLACE_NOUNS
        for m in words
    )
    return place_end if named else seq_end


def _headed_unit(s: Sentence, k: int, run_end: int) -> tuple[int, str | None] | None:
    """(token after, iso3) of a first-level unit of a country that the lexicon knows as one,
    at token k ("Sughd Region", "Almaty Region"), within the run of capitals k..run_end,
    closing the phrase or followed by a given name and a surname; else None."""
    for end in range(min(k + _MAX_POSTPOSED_SEAT_WORDS, run_end), k, -1):
        known, iso3 = subnational_unit(s.span_text(k, end))
        if not known or s.lowers[end] in _PLACE_NOUNS:
            continue  # ("Bihor | County X": the unit's own noun goes on, its name unread)
        named = all(s.caps[m] and _reads_as_name_word(s, m) for m in (end, end + 1))
        if named or s.lowers[end] in _APPOSITION_ENDS:
            return end, iso3
    return None


def _unit_end(s: Sentence, k: int, run_end: int) -> int:
    """Token after the longest first-level unit of a country opening the run of capitalized
    words k..run_end that leaves three words after it ("Punjab", "Koshi Province", "Khyber
    Pakhtunkhwa"), or 0 (unlike a city, a province is no country mention: "Punjab" is of two)."""
    last = min(k + _MAX_POSTPOSED_SEAT_WORDS, run_end - 3)
    for end in range(last, k, -1):
        if subnational_unit(s.span_text(k, end))[0]:
            return end
    return 0


#: Nouns of a place's kind that go on after a city's name: "New York City", "Kuwait City".
_PLACE_NOUNS: Final = frozenset(_ADMIN_AREAS | {"municipality", "metropolitan", "municipal"})


def _plain_capitalized_word(s: Sentence, k: int, hyphens: bool = False) -> bool:
    """Whether token k is one capitalized word of letters, not an acronym; with `hyphens`, of
    letters joined by hyphens ("Ivano-Frankivsk")."""
    return (
        s.caps[k]
        and (s.words[k].replace("-", "") if hyphens else s.words[k]).isalpha()
        and not s.words[k].isupper()
    )


def _particle_surname(word: str) -> bool:
    """Whether `word` is a particle joined by a hyphen to a capitalized surname: "Al-Marri"."""
    head, dash, rest = word.partition("-")
    return bool(dash) and head.lower() in _NAME_PARTICLES and rest[:1].isupper() and rest.isalpha()


def _named_agency(s: Sentence, parse: _Parse) -> tuple[int, int] | None:
    """ "head of the Armament Agency": a state agency with a name of its own is the body its
    head represents (one that signs as a party), unlike a ministry or an office."""
    first, last = parse.title_parts[-1]
    if s.lowers[last - 1] not in _AGENCIES:
        return None
    the = next((k for k in range(first, last) if s.lowers[k] == "the"), None)
    if the is None or last - 1 - (the + 1) < 1 or not all(s.caps[k] for k in range(the + 1, last)):
        return None
    return (the + 1, last)


_AGENCIES: Final = frozenset(["agency"])

#: Last words of a body before a title that make it part of the office ("Communist Party General
#: Secretary", "Opposition leader", "Junta chief"): no organization the person represents as a side.
_PARTIES: Final = frozenset(["party", "opposition", "junta"])

#: A party's adjective alone before an office ("Republican Senator", "Democratic leader",
#: "Conservative MP"): the member's party, which is no body he represents as a side.
_PARTY_ADJECTIVES: Final = frozenset(
    ["republican", "democratic", "democrat", "conservative", "tory", "liberal", "socialist", "communist"]
)


def _party_before_title(s: Sentence, org: tuple[int, int]) -> bool:
    """Whether the words `org` before a title name a party: ending on a party's word ("Labour
    Party leader", "Opposition leader"), or a party's adjective alone ("Republican Senator": it
    had been an organization "Republican" the senator spoke for)."""
    if s.lowers[org[1] - 1] in _PARTIES:
        return True
    return org[1] - org[0] == 1 and s.lowers[org[0]] in _PARTY_ADJECTIVES


#: Words at which a title phrase can start; titles_in only tries to parse there.
_TRIGGERS: Final = (
    _HEAD_FIRST | _MODIFIER_FIRST | _PORTFOLIO | WORDS["lowercase_modifier"] | {"group", "marshal"}
)
#: The only words at which a title can start in lower case ("chairman of CNPC", "deputy
#: chairman", "group CEO"); a lower-case "trade" or "energy" never starts one.
_LOWER_CASE_STARTS: Final = (
    {head.split()[0] for head in _LOWERCASE_HEADS} | WORDS["lowercase_modifier"] | {"group"}
)


def _lower_portfolio(s: Sentence, i: int) -> bool:
    """ "foreign minister", "trade secretary", "customs superintendent", "energy adviser": a
    portfolio in lower case right before a government head that takes one, or a list of them joined by "and"
    ("development and technology minister")."""
    return s.lowers[i] in _PORTFOLIO and s.lowers[_portfolio_end(s, i)] in _LOWER_PORTFOLIO_HEADS


#: Heads a lower-case portfolio can open a title before.
_LOWER_PORTFOLIO_HEADS: Final = frozenset(
    ["minister", "secretary", "superintendent", "commissioner", "adviser", "advisor"]
)


def _post_nominal(s: Sentence, i: int) -> bool:
    """Whether the title word at token `i` is letters after the name before it ("the Hon Tom
    Castellan MP, Minister for Resources, and ...", "Jane Doe MP and ..."): in capitals, after
    a capitalized word, and followed by no name ("Labour MP Jane Doe", "the Labour MP, Jane
    Doe," are the title's) but by the end of the name's phrase or by another title. Set off by
    commas ("Hon. Jane Doe, MP, Minister for Trade,") they are letters after the name only before
    another title: "Jane Doe, MP, said" has no other. A comma and a relative clause may follow
    them too ("Jane Doe MP, who ...")."""
    word, following = s.words[i], s.lowers[i + 1]
    offset = s.lowers[i - 1] == "," and following == ","
    name = i - 1 - offset
    return (
        name >= 0
        and len(word) >= 2
        and word.isalpha()
        and word.isupper()
        and s.caps[name]
        and not s.words[name].isupper()
        and (
            (following in _AFTER_POST_NOMINAL and not offset)
            or (following == "," and _office_opens(s, i + 2))
            or (not offset and s.words[i + 1].islower() and _two_name_words_end_at(s, name))
            or (
                not offset
                and following == ","
                and s.lowers[i] in SEAT_LETTERS
                and _relative_clause_at(s, i + 2)
                and _two_name_words_end_at(s, name)
            )
        )
    )


def _relative_clause_at(s: Sentence, j: int) -> bool:
    """Whether a relative clause opens at token j: "Harriet West MP, who is on a visit," tells
    of the person the letters follow, as a verb after them does (the name had been read as the
    body of an "MP" named by the words after the comma)."""
    return j < s.n and s.lowers[j] in _RELATIVE_PRONOUNS


#: A legislator's letters, written before a name as an office ("MP Jane Doe", "MEP X", "TD X").
SEAT_LETTERS: Final = frozenset(["mp", "mep", "mla", "mk", "td", "mpp", "msp", "mna"])
#: Words that open a relative clause about a person.
_RELATIVE_PRONOUNS: Final = frozenset(["who", "whose", "whom"])


def _two_name_words_end_at(s: Sentence, k: int) -> bool:
    """Whether tokens k-1 and k are two plain capitalized words of a personal name, none a
    title's, body's or party's word nor a country's: "Kamina Johnson Smith | MP met", where
    letters after the name are followed by its verb ("the Labour MP met", "Opposition MP
    said" name the seat's party, no person)."""
    return all(
        _plain_capitalized_word(s, m)
        and s.lowers[m] not in _KNOWN_COMPLEMENT_WORDS
        and s.lowers[m] not in _TRIGGERS
        and s.lowers[m] not in _PARTIES
        and s.country_at(m) is None
        and m not in s.inside_countries
        for m in (k - 1, k)
    )


def _office_opens(s: Sentence, j: int) -> bool:
    """Whether a title phrase opens at token j, also after an article and the country whose
    office it is ("the Minister for ...", "Australian Minister for ...", "Canada's Minister of
    ..."): the office set beside a name with letters after it."""
    j += s.lowers[j] == "the"
    found = s.countries.get(j)
    if found is not None:
        j = found[0] + (s.lowers[found[0]] in POSSESSIVE_MARKS)
    return s.lowers[j] in _TRIGGERS


#: What ends the phrase of a name with letters after it: "X MP and Y", "X MP.", "(X MP)".
_AFTER_POST_NOMINAL: Final = frozenset(["", ".", "and", ")", ";", ":"])


def _body_of_member(s: Sentence, parse: _Parse, first: int, floor: int) -> int | None:
    """First token of the collegial body named right before a bare "member" at token `first`
    (`_member_of_body_at`): the capitalized run that ends on the body's word, after the country
    that may open it ("Sudanese | Sovereignty Council | member"); None otherwise."""
    if parse.title_parts != [(first, first + 1)] or not _member_of_body_at(s, first):
        return None
    start = _capitalized_run_start(s, first, floor)
    country = s.countries.get(start)
    if country is not None and country[1].kind in ("name", "demonym") and country[0] < first:
        start = country[0]
    return start


#: The nations of the United Kingdom, by name or adjective, that a secretary of state of its
#: government is named for ("Northern Ireland Secretary", "Welsh Secretary", "Scotland Secretary").
_SECRETARIES_NATIONS: Final = frozenset(
    ["northern ireland", "northern irish", "scotland", "scottish", "wales", "welsh"]
)


def _city_of_level_office(s: Sentence, first: int, floor: int) -> tuple[int, str] | None:
    """(first token, iso3) of a city named right before an office that opens on a capitalized
    adjective of a government's level below the nation's ("Lagos | State Governor", "Kano |
    State Commissioner for Trade", "Tokyo | Metropolitan Governor"): the state, region or
    metropolis named after its city, whose office the title is. Only a place the gazetteer
    knows as a city is read as a country word before a title, so only such a one had been
    dropped; a state it does not know stays a body to `_level_of_place` ("Delta State
    Governor"). A city before an office with no such adjective ("Almaty Mayor") is the
    title's country alone, as before. None otherwise."""
    if not s.caps[first] or s.lowers[first] not in _LEVEL_ADJECTIVES:
        return None
    place = _mention_ending_at(s, first, ("city", "capital"))
    if place is None or place < floor:
        return None
    return place, s.countries[place][1].iso3


def _seat_country(s: Sentence, org: tuple[int, int]) -> str | None:
    """ISO alpha-3 of the city that opens the words before a head of a city's or a
    metropolis's government, when only a word of its level follows it ("Tokyo | Metropolitan |
    Governor X", "Shanghai | Municipal | Mayor Y"): the city the gazetteer knows tells the
    country, as it does alone before the head ("Almaty Mayor X"); the level word had hidden
    it, and the official, of no country, had lost the meeting. None otherwise."""
    seat = s.country_at(org[0], ("city", "capital"))
    if seat is None or seat[0] >= org[1]:
        return None
    rest = range(seat[0], org[1])
    return seat[1] if all(s.lowers[k] in _LEVEL_ADJECTIVES and s.caps[k] for k in rest) else None


def _nation_of_secretary(s: Sentence, first: int, floor: int, title: str) -> tuple[int, str] | None:
    """(first token, iso3) of a nation of the United Kingdom named right before a bare
    "Secretary" at token `first` ("Northern Ireland Secretary X", "Welsh Secretary Y", also
    after the country: "British Scotland Secretary Z"): the Secretary of State for that nation,
    whose name is the office's portfolio (it had been read as the title's country, dropped, or
    with the demonym before it as an organization "British Northern Ireland"); None otherwise.
    A portfolio between them leaves the nation the country ("Welsh Health Secretary")."""
    if title.lower() != "secretary":
        return None
    nation = _mention_ending_at(s, first, ("name", "demonym"))
    if nation is None or nation < floor or s.span_text(nation, first).lower() not in _SECRETARIES_NATIONS:
        return None
    return nation, s.countries[nation][1].iso3


def _ministry_acronym(s: Sentence, org: tuple[int, int], first: int, title: str) -> bool:
    """Whether the organization before a title is one acronym right before a minister's or a
    secretary's office ("MDIC Minister", "MOFA Deputy Minister", "DFA Secretary", "DTI
    Undersecretary"): the initials of the official's own ministry or department. The general or
    executive secretary of a body ("ASEAN Secretary-General", "CPV General Secretary", "UNFCCC
    Executive Secretary"), and a secretary under the acronym of a body of many states ("UN
    Under-Secretary"), are that body's, which stays his organization."""
    word = s.words[first - 1]
    if org[1] != first or not (word.isupper() and word.isalpha()):
        return False
    lead = s.country_at(org[0], ("name", "demonym"))
    if org[0] != first - 1 and (lead is None or lead[0] != first - 1):
        return False  # only a country may stand before the acronym ("Philippine DFA Secretary")
    words = {_SPELLED_OUT.get(w, w) for w in re.split(r"[\s-]+", title.lower())}
    if not words & _MINISTRY_OFFICE_WORDS or words & _BODY_SECRETARY_WORDS:
        return False
    return s.lowers[first] == "minister" or _body_of_states_before(s, first, org[0]) is None


#: Words of an office only a government's ministry or department has, which its acronym
#: before the title qualifies ("DFA Secretary", "MEA Secretary (East)", "MOFA Vice Minister").
_MINISTRY_OFFICE_WORDS: Final = frozenset(["minister", "secretary", "undersecretary"])
#: Words of a secretary who heads a body's secretariat rather than serving a minister.
_BODY_SECRETARY_WORDS: Final = frozenset(["general", "executive"])
#: The dotted offices of Philippine copy (`abbreviated_ministerial` in titles.tsv) as the words
#: they abbreviate: "DFA Sec. X", "DTI Usec. Y" are a department's secretaries as "DFA Secretary
#: X" is (the acronym had been read as a body of its own, a side, and the title as a bare "Sec.").
_SPELLED_OUT: Final = {"sec.": "secretary", "usec.": "undersecretary", "asec.": "secretary"}


def _own_ministry_possessive(s: Sentence, org: tuple[int, int], first: int, title: str) -> bool:
    """Whether the organization before a minister's title is one word in the possessive, no
    country ("Mincetur's Vice Minister", "MOFCOM's Deputy Minister"): a ministry by its short
    name, which only a government's ministry has a minister of, so the minister's own
    ministry, no body he represents as a side."""
    return (
        org == (first - 2, first - 1)
        and s.lowers[first - 1] in POSSESSIVE_MARKS
        and not s.in_country(org[0])
        and "minister" in title.lower().split()
    )


#: Modifiers that date an office, written before its country as before the office itself
#: ("former Samoan Prime Minister X", "the outgoing Kenyan ambassador, X"): part of the title
#: as written, in either case, as they are with no country between ("former Prime Minister");
#: "then" is left out, an adverb too ("... and then Ugandan President X received him").
_DATING_RANKS: Final = frozenset(["former", "outgoing", "incoming"])


def _rank_before_country(
    s: Sentence, first: int, floor: int, previous: TitleMention | None
) -> tuple[int, int] | None:
    """Token range of a rank of the office ("Deputy", "Acting", "First Deputy", "former") written
    before the country of the title that opens at token `first` ("Deputy | US | Trade
    Representative", "Acting | Chinese | Foreign Minister"), or None. The rank is part of the
    title as written; the run of capitals before the title had read it as a body ("Acting
    U.S.") or as a title of its own (`previous`, ending right before the country), so the
    office lost it."""
    country = _mention_ending_at(s, first, ("name", "demonym"))
    if country is None:
        return None
    if previous is not None and previous.last_token + 1 == country:
        floor = previous.first_token
    for rank in (country - 2, country - 1):
        if (
            rank >= floor
            and (s.caps[rank] or s.lowers[rank] in _DATING_RANKS)
            and s.lowers[country - 1] in _RANKS_BEFORE_COUNTRY
            and _modifiers_end(s, rank) == country
        ):
            return rank, country
    return None


#: Modifiers that rank an office ("Deputy", "Acting"), kept apart from those that date it
#: (`_DATING_RANKS`, which `_rank_before_country` takes in lower case as well) and from those
#: that qualify its realm ("Federal", "Royal").
_OFFICE_RANKS: Final = WORDS["lowercase_modifier"] - _DATING_RANKS - {"then", "opposition", "junta"}
#: The ranks `_rank_before_country` reads right before a country, of either kind.
_RANKS_BEFORE_COUNTRY: Final = _OFFICE_RANKS | _DATING_RANKS


#: Services a chief heads, named before "chief": the armed ones, their nouns ("force"), and the
#: military as a whole ("Myanmar's military chief X": it had been a "chief" of no country).
_CHIEF_SERVICES: Final = _ARMED_SERVICES | _SERVICE_NOUNS | {"military"}


def _service_start(s: Sentence, first: int, floor: int) -> int:
    """Start of the portfolio or armed service, one word, right before "Chief" at token
    `first` ("Police | Chief", "Army | Chief"), or `first`; a word of the service's level
    before it is the service's ("National Police Chief", "Federal Police Chief"), and a chief
    written in lower case takes a service in lower case ("Indonesian police chief X"). The
    words must be the whole run of capitals before the head, after a country, a place, a rank
    or the start of the phrase: in "Heritage Petroleum Chief" the portfolio word ends a
    company's name."""
    k = first - 1
    if k < floor or s.caps[k] != s.caps[first]:
        return first
    if not (s.lowers[k] in _PORTFOLIO or s.lowers[k] in _CHIEF_SERVICES):
        return first
    if s.country_at(k, _ANY_PLACE) is not None:
        return first
    if k - 1 >= floor and s.lowers[k - 1] in _SERVICE_LEVELS and s.caps[k - 1] == s.caps[k]:
        k -= 1  # "National Police Chief", "Federal Police Chief"
    elif (
        k - 1 >= floor
        and s.lowers[k] in _SERVICE_NOUNS
        and s.lowers[k - 1] in _SERVICE_WORDS
        and s.caps[k - 1] == s.caps[k]
    ):
        k -= 1  # "armed forces chief", "air force chief": a service of two words (one had been read)
    elif (
        not s.caps[k]
        and k - 2 >= floor
        and s.lowers[k - 1] in _PORTFOLIO
        and not s.caps[k - 1]
        and _body_of_states_before(s, k - 1, floor) is not None
    ):
        k -= 1  # "EU foreign policy chief": a portfolio of two words after a body of states
    opened = k == floor or not s.caps[k - 1] or _mention_ending_at(s, k, _ANY_PLACE) is not None
    if not s.caps[k] and _body_of_states_before(s, k, floor) is not None:
        opened = True  # "EU trade chief X": a chief in lower case of a body of many states
    return k if opened or s.lowers[k - 1] in _OFFICE_RANKS else first


def _body_of_states_before(s: Sentence, k: int, floor: int) -> int | None:
    """First token of the name of a body of many states that ends right before token k: an
    acronym the lexicon lists, with or without full stops ("EU", "U.N.", "NATO"), a name it
    lists ("European Union", "United Nations"), or a bloc's ("African Union", "ASEAN"); None
    when there is none. Whoever heads a portfolio in it is of no country."""
    found = None
    m = k - 1
    while m >= max(floor, k - _MAX_BODY_WORDS) and s.caps[m]:
        text = s.span_text(m, k)
        lower = text.lower()
        acronym = m == k - 1 and text.replace(".", "").isupper()
        if (
            (acronym and lower.replace(".", "") in ORG_WORDS["international"])
            or lower in INTERNATIONAL_NAMES
            or any(b.kind == "bloc" and b.start == 0 and b.end == len(text) for b in find_blocs(text))
        ):
            found = m
        m -= 1
    return found


#: How many capitalized words `_body_of_states_before` reads back: "Association of Southeast
#: Asian Nations" is written with small words, which end the run.
_MAX_BODY_WORDS: Final = 4


def bracketed_style_end(s: Sentence, i: int) -> int:
    """Token index after a style in brackets at token i ("(Dr.)", "(Mrs)") that a capitalized
    word follows, or 0: Nigerian and Ghanaian copy add a second style so after the first
    ("Chief (Dr.) X", "Prof. (Mrs.) Y"), which had ended the styles and cut the name off the
    office before it."""
    if s.lowers[i] != "(" or s.lowers[i + 1] not in WORDS["honorific"] or not s.caps[i + 1]:
        return 0
    close = i + 2 + (s.lowers[i + 2] == ".")
    return close + 1 if s.lowers[close] == ")" and s.caps[close + 1] else 0


def _chief_as_style(s: Sentence, parse: _Parse, floor: int) -> bool:
    """Whether the title parsed is a bare capitalized "Chief" (or "Grand Chief") that styles the
    name after it, as "Sir" does, and holds no office: "The Governor-General, Grand Chief Sir
    Bob Dadae", "Former President Chief Olusegun Obasanjo". Nothing capitalized that could be
    the service or body he heads may stand before it ("Police Chief X", "Tribal Chief X",
    "Manitoba Chiefs Grand Chief X", "Tourism Bureau (TB) Chief X"): only the phrase's start, a
    comma or a lower-case word, and a name or another honorific must follow."""
    if parse.organization is not None or len(parse.title_parts) != 1:
        return False
    first, end = parse.title_parts[0]
    if end != first + 1 or s.lowers[first] != "chief" or not s.caps[first]:
        return False
    end = bracketed_style_end(s, end) or end  # "Chief (Dr.) X": a second style, then the name
    if not s.caps[end]:
        return False
    after = s.lowers[end]
    if after in TITLE_WORDS or s.country_at(end) is not None:
        return False  # "Chief Minister", "Chief Justice": a head of its own
    k = first - (first - 1 >= floor and s.lowers[first - 1] == "grand")
    before = s.words[k - 1] if k > floor else ""
    return before == "" or before == "," or (before.isalpha() and before.islower())


def _named_after(s: Sentence, first: int, parse: _Parse) -> bool:
    """Whether a title opening at token `first` is capitalized or has a name right after it: a
    lower-case "police chief X" is an office, "the visiting defence chief" a reference to one
    told before, and "the army chief, X," names him after a comma (a "chief" of no service or
    country had been left to him)."""
    after = parse.title_parts[-1][1]
    return s.caps[first] or s.caps[after] or (s.lowers[after] == "," and s.caps[after + 1])


def _set_off_after_name(s: Sentence, first: int, parse: _Parse) -> bool:
    """Whether a title opening at token `first` is set off by commas right after a name, its
    country's possessive or demonym or "the" between ("X, Uganda's army chief, met", "X, the
    Ugandan police chief, said"): it names X as one with a name after it does (a lower-case
    "chief" had lost its service and country there). A comma or full stop after the title
    closes the apposition; "Speaking to Reuters, the army chief said" names no one."""
    if s.lowers[parse.title_parts[-1][1]] not in (",", "."):
        return False
    demonym = _mention_ending_at(s, first, ("demonym",))
    return _is_appositive(s, first if demonym is None else demonym)


#: Words of the level of a service before its word: "National Police", "Federal Police".
_SERVICE_LEVELS: Final = frozenset(
    ["national", "federal", "state", "royal", "provincial", "regional", "metropolitan"]
)


def _ordinal_of_deputy(s: Sentence, i: int) -> bool:
    """Whether token i is an ordinal in lower case before a deputy's rank ("first deputy prime
    minister", "first vice-president", "second deputy minister"): a rank of the title as
    written, as "First Deputy" is in capitals, which a lower-case start had left out."""
    following = s.lowers[i + 1]
    return (
        s.lowers[i] in _ORDINALS
        and not s.caps[i]
        and not s.caps[i + 1]
        and (following in SECOND_IN_RANK or following.startswith("vice-"))
    )


_ORDINALS: Final = frozenset(["first", "second"])
#: Ranks an ordinal can order ("first deputy", "second vice").
SECOND_IN_RANK: Final = frozenset(["deputy", "vice"])


def _dating_then(s: Sentence, i: int) -> bool:
    """Whether token i is "then" written apart before an office ("then President X", "the then
    foreign minister, X", "Then Defence Minister X"): it dates the office and is no part of it,
    as "then-" glued to it is not ("then-President X"); the title opens on the office after it
    (both spellings had given two titles of one office, "then President" and "President")."""
    return s.lowers[i] in DATING_THEN and _simple_title_at(s, i + 1) is not None


def titles_in(s: Sentence) -> list[TitleMention]:
    """`find_titles` over an already analysed sentence."""
    found: list[TitleMention] = []
    resume = 0
    caps = s.caps
    starts = [
        i
        for i, lower in enumerate(s.lowers[: s.n])
        # a chamber or a governor's word starts a title only where it heads one ("Sejm Marshal X",
        # "Wali of ..."), no trigger of its own (every "Parliament" would be parsed as an office)
        if (
            lower in _TRIGGERS
            or (lower in _OTHER_HEAD_WORDS and _head_at(s, i) is not None)
            or s.words[i] in _CASED_PORTFOLIO_ACRONYMS
            or (lower in _PORTFOLIO_BEFORE_HEAD and _portfolio_head_at(s, i))
        )
        and (
            caps[i]
            or lower in _LOWER_CASE_STARTS
            or _lower_portfolio(s, i)
            or _member_of_body_at(s, i)
            or _speaker_of_lower_case_chamber(s, i)
        )
        and not _post_nominal(s, i)
        and not (i and s.lowers[i - 1] in _RANK_PREFIXES and _inside_rank(s, i))
        and not _dating_then(s, i)
    ]
    for i in starts:
        if i < resume:
            continue
        parse = _parse_at(s, i, _is_appositive(s, i) and not _next_in_list(s, i, found))
        if (
            parse is None
            or _is_name_after_title(s, parse, found)
            or _is_surname_after_title(s, parse, found)
            or _is_given_title_inside_name(s, parse, found)
        ):
            continue
        first = parse.title_parts[0][0]
        floor = found[-1].last_token + 1 if found else 0
        if _chief_as_style(s, parse, floor):
            continue
        if (
            first - 1 >= floor
            and s.lowers[first - 1] in WORDS["lowercase_modifier"]
            and not s.caps[first - 1]
            and s.lowers[first - 1] not in DATING_THEN  # "then President X": it dates the office
        ):
            # "TransNamib acting Chief Executive Officer X": the modifier is the title's
            first -= 1
            parse.title_parts[0] = (first, parse.title_parts[0][1])
        if first - 1 >= floor and _ordinal_of_deputy(s, first - 1):
            # "Ukraine's first deputy prime minister X": the ordinal ranks the deputy
            first -= 1
            parse.title_parts[0] = (first, parse.title_parts[0][1])
        if parse.kind == "ministerial" and s.caps[first] and _portfolio_token(s, first):
            # "Industrialisation and | Trade Minister X": a portfolio the lexicon lacks, joined
            # to the title's own, is the title's first item (it had been read as a person)
            joined = _joined_sector_start(s, first, floor)
            if joined < first:
                first = joined
                parse.title_parts[0] = (first, parse.title_parts[0][1])
        owners = _owners_portfolio_start(s, first, floor) if parse.kind == "ministerial" else first
        if owners < first:
            # "Veterans' Affairs Minister X", "Expatriates' Welfare Adviser Y": the people whose
            # affairs the portfolio is are its first word (the title had lost them)
            first = owners
            parse.title_parts[0] = (first, parse.title_parts[0][1])
        title = _title_text(s, parse.title_parts)
        ranked = _rank_before_country(s, first, floor, found[-1] if found else None)
        if ranked is not None:
            # "Deputy US Trade Representative X": the rank is the title's, the country between
            if found and found[-1].first_token == ranked[0]:
                found.pop()  # the rank, read alone as a title ("the Deputy said")
            floor = ranked[1]
        nation = _nation_of_secretary(s, first, floor, title)
        if nation is not None:
            # "Northern Ireland Secretary X", "British Welsh Secretary Y": the nation is the
            # secretary's portfolio; what comes before it is read as before the title
            title = f"{s.span_text(nation[0], first)} {title}"
        body = _body_of_member(s, parse, first, floor) if nation is None else None
        if body is not None:
            # "Sovereignty Council member X", "Sudanese Sovereignty Council Member Y": the body
            # the seat is on is the title's, a state's organ and no side of its own
            title = f"{s.span_text(body, first)} {title}"
        context_first = nation[0] if nation is not None else body if body is not None else first
        seat = _city_of_level_office(s, first, floor) if context_first == first else None
        if seat is not None:
            # "Lagos State Governor X", "Kano State Commissioner for Trade Y": the state named
            # for its city is the office's, as written (it had been read as the title's country
            # alone and dropped: "State Governor")
            title = f"{s.span_text(seat[0], first)} {title}"
            context_first = seat[0]
        state_body = _lower_case_body_before(s, first, floor) if context_first == first else None
        if state_body is not None:
            # "Russian central bank governor X", "Ukrainian parliament speaker Y": the state's
            # body in lower case between the country and the head is the office's, as written
            title = f"{s.span_text(state_body, first)} {title}"
            context_first = state_body
        start_tok, country, org = _left_context(s, context_first, floor, title.lower() in _WHOLE_BODY_HEADS)
        country = country or next((place[1] for place in (nation, seat) if place is not None), None)
        if ranked is not None:
            title = f"{s.span_text(*ranked)} {title}"
            start_tok = ranked[0]
        service = (
            _service_start(s, first, floor)
            if parse.organization is None and title.lower() == "chief"
            else first
        )
        if service < first and not (_named_after(s, first, parse) or _set_off_after_name(s, service, parse)):
            service = first  # "the visiting defence chief": a reference to one told before
        if service < first:
            # "Thai Police Chief X", "Deputy Army Chief Y": the service a chief heads is his
            # office's portfolio, no body of its own, and a rank read alone before it is the
            # office's too
            title = f"{s.span_text(service, first)} {title}"
            org = None
            body = _body_of_states_before(s, service, floor)
            if body is not None:
                # "EU trade chief X", "U.N. aid chief Y": the portfolio is his office's in the
                # body of many states written before it, the organization he speaks for
                org, start_tok = (body, service), min(start_tok, body)
            start_tok = min(start_tok, service)
            place = _mention_ending_at(s, service, _ANY_PLACE)
            country = country or (s.countries[place][1].iso3 if place is not None else None)
            if place is not None and place >= floor:
                # "X, the Ugandan army chief, met": the demonym opens the phrase, as before any
                # office, so the phrase still follows X's comma
                start_tok = min(start_tok, place)
            owner = (
                _mention_ending_at(s, service - 1, ("name",))
                if s.lowers[service - 1] in POSSESSIVE_MARKS
                else None
            )
            if owner is not None and owner >= floor:
                # "X, Uganda's army chief, met": the possessive is the phrase's, as before any
                # office, so the phrase still follows X's comma (the chief had been no one's)
                start_tok = min(start_tok, owner)
                country = country or s.countries[owner][1].iso3
            rank = found[-1] if found and found[-1].last_token + 1 == service else None
            if rank is not None and rank.title.lower() in _OFFICE_RANKS:
                found.pop()
                title = f"{rank.title} {title}"
                start_tok = rank.first_token
                country = country or rank.country_iso3
        if parse.country is not None:
            country = parse.country
        elif country is None and found and _counterpart_before(s, found[-1], first):
            country = found[-1].country_iso3  # "his Japanese counterpart, Vice Minister ... X"
        if parse.organization is None and org is not None and _party_before_title(s, org):
            # "Communist Party General Secretary", "Labour Party leader": a party office is
            # part of the title, and the party is no body the person represents as a side
            party_first = s.countries[org[0]][0] if org[0] in s.countries else org[0]
            seat = s.country_at(org[0], ("city", "capital"))
            if country is None and seat is not None and seat[0] < org[1]:
                country = seat[1]  # "Sichuan Party Secretary": the party's office in a province
            if party_first < org[1]:
                title = f"{s.span_text(party_first, org[1])} {title}"
            org = None
        if (
            parse.organization is None
            and org is not None
            and title.lower() in _PLACE_HEADS
            and _bare_name(s, org)
        ):
            # "Punjab Chief Minister X", "Leipzig Mayor X": the head of a province's or city's
            # own government, so the name before the office is the place's, no body, known to
            # the lexicon or not ("Bank of Ghana Governor X" still names the bank); a unit
            # of one country tells it ("Volyn Oblast Governor X": Ukraine)
            seat_country = _seat_country(s, org)
            if seat_country is not None:
                # "Tokyo Metropolitan Governor X", "Shanghai Municipal Mayor Y": the city and
                # its level name the office as written, as "Lagos State Governor" does
                # (_city_of_level_office), and the city tells the country (it had told none)
                title = f"{s.span_text(*org)} {title}"
                start_tok = min(start_tok, org[0])
            country = country or subnational_unit(s.span_text(*org))[1] or seat_country
            org = None
        if (
            parse.organization is None
            and org is not None
            and parse.kind != "business"
            and _level_of_place(title)
            and _bare_name(s, org)
            and not any(s.in_country(k) for k in range(*org))
        ):
            # "the Ashanti Regional Minister, X", "Ogun State Commissioner for Trade X": an
            # office of a region's own government, so the name before the adjective of its level
            # is the region's, part of the title as written, and no body the holder represents
            title = f"{s.span_text(*org)} {title}"
            start_tok = min(start_tok, org[0])
            org = None
        unit = subnational_unit(s.span_text(*org)) if parse.organization is None and org is not None else None
        if unit is not None and unit[0]:
            # "Western Province Chief Secretary X", "Punjab Finance Secretary Y": an office of a
            # state's or province's own government, whose name is no body the holder
            # represents (as before "Chief Minister")
            org = None
            country = country or unit[1]
        chamber = _state_chamber(s, org) if parse.organization is None else None
        if chamber is not None:
            # "Kyrgyz Cabinet Chairman X", "Kazakh Senate Chairman Y", "Storting President Z":
            # the country's own chamber or cabinet names the office as written, no body the
            # holder represents as a side; a chamber called by its own name tells the country
            title = f"{s.span_text(chamber[0], chamber[1])} {title}"
            parse.title_parts.insert(0, (chamber[0], chamber[1]))  # a state body's office
            start_tok = min(start_tok, chamber[0])
            country = country or chamber[2]
            org = None
        office = (
            _owned_state_body(s, first, floor)
            if parse.organization is None and title.lower() in _STATE_BODY_HEADS
            else None
        )
        if office is not None:
            # "Kazakhstan's Presidential Council head X", "Kyrgyzstan's National Bank chief Y": the
            # state's body names the office as written, its owner the office's country; no side
            title = f"{s.span_text(office[1], first)} {title}"
            parse.title_parts.insert(0, (office[1], first))
            parse.kind = "government"  # a state's body, so no business office
            start_tok = min(start_tok, office[0])
            country = country or office[2]
            org = None
        if country is None and parse.organization is None and " of the " in title:
            country = _named_chamber_country(title)  # "Speaker of the Verkhovna Rada X"
        if parse.organization is None and org is not None and _ministry_acronym(s, org, first, title):
            # "MDIC Minister Geraldo Alckmin": the initials of his own ministry, part of the
            # title as written; a ministry of the person's government is no side of its own
            title = f"{s.words[first - 1]} {title}"
            start_tok, before, org = _left_context(s, first - 1, floor)
            country = country or before  # "Chile's MINREL Minister", "Philippine DFA Secretary"
            org = None
        if parse.organization is None and org is not None and _own_ministry_possessive(s, org, first, title):
            org = None  # "Mincetur's Vice Minister of Foreign Trade X": his own ministry, no side
        portfolio = (
            _portfolio_before(s, org)
            if parse.kind == "ministerial" and (country is not None or _sector_words(s, org))
            else None
        )
        if parse.organization is None and portfolio is not None:
            # "Philippine Migrant Workers Secretary X": after the country, words no lexicon
            # lists as a portfolio but that name no body either are the minister's portfolio
            portfolio = (_joined_sector_start(s, portfolio[0], floor), portfolio[1])
            title = f"{s.span_text(*portfolio)} {title}"
            org = None
            start_tok = min(start_tok, portfolio[0])
            country = country or _possessor_before(s, portfolio[0])
        placed = (
            _portfolio_after_place(s, org)
            if parse.organization is None
            and portfolio is None
            and (parse.kind != "business" or title.lower() in _DEPARTMENT_HEADS)
            else None
        )
        if placed is not None and org is not None:
            # "Nebraska Agriculture Director X": the portfolio of a state's or a city's office
            title = f"{s.span_text(placed[0], placed[1])} {title}"
            country = country or placed[2]
            start_tok = min(start_tok, org[0])
            org = None
        if parse.organization is None and org is not None:
            org = _without_office_city(s, org)  # "JETRO Nairobi Country Representative X": JETRO
        org_range = parse.organization or org or _named_agency(s, parse)
        kind = _kind(s, parse, org_range is not None)
        organization = s.span_text(*org_range) if org_range is not None else None
        found.append(
            TitleMention(
                start=s.starts[start_tok],
                end=s.ends[parse.end - 1],
                title=title,
                kind=kind,
                country_iso3=country,
                organization=_regional_commission(organization, title) or organization,
                first_token=start_tok,
                last_token=parse.end - 1,
            )
        )
        resume = parse.end
    return found


def _without_office_city(s: Sentence, org: tuple[int, int]) -> tuple[int, int]:
    """The body named before a title without the city of its office ("KOTRA Nairobi head X",
    "Trade Bank Nairobi chief executive Y"): the office of a body is that body, no body of its
    own. Only after an acronym or a name ending on a company word, so that a name whose own
    words end on a city stays ("Air Astana")."""
    first, end = org
    for k in range(first + 1, end):
        place = s.country_at(k, ("city", "capital"))
        if place is None:
            continue
        body = s.words[k - 1]
        acronym = body.isupper() and len(body) > 1 and body.isalpha()
        if place[0] == end and (acronym or s.lowers[k - 1] in ORG_SUFFIXES):
            return first, k
        break
    return org


#: An office's head, then "of" or "for" and a list of portfolios ("Minister of Trade, Industry
#: and East African Community Affairs", "Minister for Europe and Foreign Affairs").
_LISTED_PORTFOLIO_AFTER: Final = re.compile(
    r"(?P<head>[^,]+)\s+(?P<prep>of|for)\s+(?P<portfolio>[^,]*?(?:,|\band\b|&).*)"
)
#: The foreign affairs portfolio inside a list of them.
_FOREIGN_AFFAIRS: Final = re.compile(r"\bForeign\s+Affairs\b")
#: Words that head an office of their own: a title holding one before its last word is two
#: offices ("Deputy Prime Minister and Foreign Minister"), no portfolio list.
_OFFICE_HEADS: Final = frozenset(
    ["minister", "president", "secretary", "premier", "chancellor", "chairman", "governor"]
)


def counterpart_office(title: str) -> str:
    """The office a counterpart holds, taken from the title of whom they are the counterpart
    of: the title itself, save that a list of portfolios is that one government's cut ("Minister
    of Trade, Industry and East African Community Affairs", "Trade and Industry Minister"),
    which the other side's minister seldom shares, so only its head ("Minister") is borrowed,
    or its foreign affairs, which every government has ("Minister of Foreign Affairs and
    Trade"). Of two offices ("Deputy Premier and Foreign Minister") the last is the portfolio
    that makes a counterpart; the first is a rank the other side's seldom holds. A style only
    one government gives the office is written as others write it (`_generic_office`)."""
    return _generic_office(_borrowed_office(title))


#: Names one government gives an office that others write otherwise, with the common name:
#: India's foreign ministry is "External Affairs", its government's ministers are "Union"
#: ministers, a federation's are "Federal" ministers (Pakistan, Germany, Nigeria).
_NATIONAL_OFFICE_STYLES: Final = (
    (re.compile(r"\bExternal Affairs Minister\b"), "Foreign Minister"),
    (re.compile(r"\bExternal Affairs\b"), "Foreign Affairs"),
    (re.compile(r"^(?:Union|Federal) (?=\S*\s*Minister\b)"), ""),
)


def _generic_office(title: str) -> str:
    """`title` as any government writes the office: "External Affairs Minister" (India's) is
    a "Foreign Minister" of the other side, "Union Minister of Commerce" a "Minister of
    Commerce", "Federal Minister for Trade" a "Minister for Trade"."""
    for style, common in _NATIONAL_OFFICE_STYLES:
        title = style.sub(common, title)
    return title


def _borrowed_office(title: str) -> str:
    """`counterpart_office` before `_generic_office`: the office's words as the title has them."""
    last = _last_of_two_offices(title)
    if last is not None:
        return _borrowed_office(last)
    found = _LISTED_PORTFOLIO_AFTER.fullmatch(title)
    if found is not None:
        head = found.group("head")
        if " and " in head:
            return title
        foreign = _FOREIGN_AFFAIRS.search(found.group("portfolio"))
        return f"{head} {found.group('prep')} {foreign.group(0)}" if foreign is not None else head
    words = title.split()
    if (" and " in title or "," in title or "&" in words) and not _has_office_head(" ".join(words[:-1])):
        return words[-1]
    return title


def _last_of_two_offices(title: str) -> str | None:
    """The second of two offices joined by "and", each with its own head ("Deputy Prime
    Minister and Minister of Foreign Affairs", "Vice Chancellor and Finance Minister"); None
    for one office with a list of portfolios ("Minister of Foreign Affairs and Trade")."""
    at = title.find(" and ")
    while at > 0:
        left, right = title[:at], title[at + 5 :]
        right_head = re.split(r"\s+(?:of|for)\s+", right, maxsplit=1)[0]
        if (
            " of " not in left
            and " for " not in left
            and _has_office_head(left)
            and _has_office_head(right_head)
        ):
            return right
        at = title.find(" and ", at + 5)
    return None


def _has_office_head(words: str) -> bool:
    """Whether a run of title words holds an office's head word (`_OFFICE_HEADS`)."""
    return any(w.lower() in _OFFICE_HEADS for w in words.split())
