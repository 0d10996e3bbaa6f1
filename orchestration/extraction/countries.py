"""Country, capital, city and bloc mentions in English news text.

Every later stage needs to know which countries a sentence talks about: trade figures are
between two countries, engagements have country sides, titles and organizations carry a
nationality. News names a country in many ways -- its short name ("Viet Nam", "Türkiye"), an
official form ("the Kyrgyz Republic"), an acronym ("UAE", "U.S."), a demonym ("Emirati"), or
its capital as a metonym ("Ankara is interested in ...") -- so one lexicon holds all of them.

ISO codes and official names come from pycountry; the forms news uses (demonyms, capitals,
aliases, major cities) come from hand-written tables in `lexicons/`. All surface forms are
compiled once, at import, into a single trie-shaped regular expression, so a scan is one
regex pass over the text whatever the size of the lexicon.

Matching is case-sensitive on purpose: "Turkey" is a country, "turkey" a bird; "Chad" is a
country, "chad" is not. Diacritics are folded ("Turkiye" = "Türkiye") by adding folded
variants to the lexicon rather than folding the text, so offsets always index the original.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Final

import pycountry

from orchestration.extraction import LEXICON_DIR
from orchestration.extraction.numbers import literal_alternation

_LEXICONS: Final = LEXICON_DIR

#: Kinds of a country mention, in order of preference when one surface form has several.
MENTION_KINDS: Final = ("name", "capital", "city", "demonym")


@dataclass(slots=True, unsafe_hash=True)
class CountryMention:
    """A span of text that names a country, directly or through a demonym, capital or city.

    `kind` is one of MENTION_KINDS. A possessive ("Kazakhstan's") is not part of the span:
    callers look at the text after `end`.
    """

    start: int
    end: int
    iso3: str
    text: str
    kind: str

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow). So the class is not frozen
    # (a frozen one's fields cannot be set here); it is never changed in place, and unsafe_hash
    # gives it the hash frozen did.
    def __init__(self, start: int, end: int, iso3: str, text: str, kind: str) -> None:
        self.start = start
        self.end = end
        self.iso3 = iso3
        self.text = text
        self.kind = kind


@dataclass(frozen=True, slots=True)
class BlocMention:
    """A group of countries, a region or the whole world.

    Trade with these is never bilateral, so callers use them to reject totals such as
    "trade with the EAEU" or "exports to the world".
    """

    start: int
    end: int
    code: str  # e.g. EU, EAEU, SCO, CENTRAL_ASIA, WORLD
    kind: str  # bloc | region | world
    text: str


#: Latin letters that NFKD does not decompose, spelled as their ASCII transliteration so that
#: "Støre", "Radosław", "Đorđević" and "Løkke" match lexicons written "Store", "Radoslaw".
_UNDECOMPOSED: Final = str.maketrans(
    {
        "\u2019": "'", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d",
        "Đ": "D", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ƚ": "l",
        "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "þ": "th", "Þ": "Th",
    }
)  # fmt: skip


#: A pure function of a short string (a name, a word): the same strings recur in every story.
@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Strip diacritics and unify apostrophes, keeping every other character.

    The letters NFKD leaves whole (Turkish dotless i, ø, ł, đ, æ, ß...) are transliterated by
    hand first, else "Jonas Gahr Støre" never matches the leader listed as "Store".
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _literals(words: Iterable[str]) -> str:
    """A trie alternation of lexicon forms (`numbers.literal_alternation`) in which a space
    matches one space only, as the forms are written; the scans here never widened it."""
    return literal_alternation(words, space=" ")


def read_tsv(name: str) -> list[list[str]]:
    """The rows of a lexicons/ table, split at tabs, blank and `#` comment lines skipped;
    public because titles.py reads chambers.tsv by it rather than by a copy of this loop."""
    rows = []
    for line in (_LEXICONS / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _takes_plural_s(demonym: str) -> bool:
    """Whether a demonym also names people with an -s plural ("Kazakhs", "Emiratis", "Thais",
    "Luxembourgers") rather than being an adjective only ("British", "Swiss", "Chinese"). A
    demonym of several words is judged by its last ("Sri Lankans", "South Africans", "Solomon
    Islanders": such plurals, and those in "-er", had named no country)."""
    last = demonym.rsplit(" ", 1)[-1]
    return last[-1] in "nikoahr" and not last.endswith(("sh", "ch"))


def _strip_article(form: str) -> str:
    return form[4:] if form.startswith("the ") else form


def _variants(form: str, upper: bool) -> set[str]:
    """The surface forms to match for one lexicon entry: as written, folded, curly apostrophe,
    and "&" for "and" in a name of two parts, as the press short-writes them ("St Kitts & Nevis",
    "Antigua & Barbuda")."""
    forms = {form, fold(form)}
    forms |= {f.replace(" and ", " & ") for f in forms if " and " in f}
    forms |= {f.replace("'", "\u2019") for f in forms if "'" in f}
    if upper and len(form) >= 4:
        forms |= {f.upper() for f in list(forms)}
    return forms


@dataclass(frozen=True, slots=True)
class _Lexicon:
    surfaces: dict[str, tuple[str, str]]  # surface form -> (iso3, kind)
    names: dict[str, str]  # iso3 -> short English name
    capitals: dict[str, str]  # iso3 -> first capital
    places: dict[str, str]  # folded lower-case city or capital -> iso3
    lookup: dict[str, str]  # folded lower-case any form -> iso3
    regions: frozenset[str]  # folded lower-case states, provinces and regions of cities.tsv


def _pycountry_forms() -> dict[str, set[str]]:
    forms: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value and "(" not in value:
                forms.setdefault(country.alpha_3, set()).add(_strip_article(value))
    return forms


def _build_lexicon() -> _Lexicon:
    by_kind: dict[str, dict[str, str]] = {kind: {} for kind in MENTION_KINDS}
    names: dict[str, str] = {}
    capitals: dict[str, str] = {}
    own_rows = read_tsv("countries.tsv")
    for iso3, forms in _pycountry_forms().items():
        for form in forms:
            for variant in _variants(form, upper=True):
                by_kind["name"].setdefault(variant, iso3)
        names.setdefault(iso3, min(forms, key=len))
    for row in own_rows:
        iso3, short, demonyms, caps = row[0], row[1], _split(row[2]), _split(row[3])
        aliases = _split(row[4]) if len(row) > 4 else []
        names[iso3] = short
        if caps:
            capitals[iso3] = caps[0]
        official = [f"Republic of {short}"] if " " not in short else []
        for form in [short, *aliases, *official]:
            for variant in _variants(_strip_article(form), upper=True):
                by_kind["name"][variant] = iso3
        for form in caps:
            for variant in _variants(form, upper=True):
                by_kind["capital"].setdefault(variant, iso3)
        for form in demonyms:
            plural = [form + "s"] if _takes_plural_s(form) else []
            for variant in {v for f in (form, *plural) for v in _variants(f, upper=False)}:
                by_kind["demonym"].setdefault(variant, iso3)
    regions: set[str] = set()
    for city, iso3, *marks in read_tsv("cities.tsv"):
        for variant in _variants(city, upper=True):
            by_kind["city"].setdefault(variant, iso3)
        if marks == ["region"]:
            regions.add(fold(city).lower())
    surfaces: dict[str, tuple[str, str]] = {}
    for kind in MENTION_KINDS:
        for form, iso3 in by_kind[kind].items():
            surfaces.setdefault(form, (iso3, kind))
    places: dict[str, str] = {}
    for kind in ("capital", "city"):
        for form, iso3 in by_kind[kind].items():
            places.setdefault(fold(form).lower(), iso3)
    lookup: dict[str, str] = {}
    for form, (iso3, _) in surfaces.items():
        lookup.setdefault(fold(form).lower(), iso3)
    return _Lexicon(surfaces, names, capitals, places, lookup, frozenset(regions))


_LEX: Final = _build_lexicon()


def is_region(place: str) -> bool:
    """Whether a place of the lexicon is a state, province or region, no town ("Ontario",
    "Texas", "Maharashtra"): a town written before it is where something happened."""
    return fold(place).lower() in _LEX.regions


def initials(name: str) -> str:
    """The first letters of a name's capitalized words: "South Africa" -> "SA", "Democratic
    Republic of the Congo" -> "DRC", "Demerara Distillers Ltd" -> "DDL"."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


#: A country's short form in its own or its neighbours' press that is no initials of a name the
#: lexicon holds in capitalized words: the Philippine "RP" (Republic of the Philippines) and
#: "PH", the Indonesian "RI" (Republik Indonesia), Taiwan's "ROC" (Republic of China). As
#: initials, each stands for its country only in a story that names it ("RP-Japan trade" in a
#: Manila story, not "RP Singh" in a Delhi one).
_OFFICIAL_ABBREVIATIONS: Final = {"RP": "PHL", "PH": "PHL", "RI": "IDN", "ROC": "TWN"}


def _by_initials() -> dict[str, frozenset[str]]:
    """The initials of countries named in two or more capitalised words ("SA", "NZ", "PNG"):
    news writes them for the country ("SA exports to the UK"), never for goods."""
    found: dict[str, set[str]] = {}
    for form, (iso3, kind) in _LEX.surfaces.items():
        if (
            kind == "name"
            and " " in form
            and not form.isupper()
            and all(w[:1].isupper() for w in form.split())
        ):
            found.setdefault(initials(form), set()).add(iso3)
    # "the RoK": the Republic of Korea in Vietnamese copy, of Kazakhstan in Kazakh copy
    found.setdefault("RoK", set()).update(("KOR", "KAZ"))
    for letters, iso3 in _OFFICIAL_ABBREVIATIONS.items():
        found.setdefault(letters, set()).add(iso3)
    currencies = {c.alpha_3 for c in pycountry.currencies}  # "SAR" is the riyal, not Syria
    return {initials: frozenset(codes) for initials, codes in found.items() if initials not in currencies}


#: What initials stand for in a story that names none of their countries. "RoK" is Kazakhstan
#: only in Kazakh copy, which always names Kazakhstan, a Kazakh city or "Kazakh" elsewhere;
#: otherwise it is the Republic of Korea ("Hanoi (VNA) - Vietnam's exports to the RoK hit ...").
_UNNAMED_INITIALS: Final = {"RoK": ["KOR"]}
#: Initials -> the countries they may stand for ("SA": South Africa or Saudi Arabia).
INITIALS_COUNTRIES: Final = _by_initials()
COUNTRY_INITIALS: Final = frozenset(INITIALS_COUNTRIES)


def opening_on_letter(words: Iterable[str]) -> str:
    """Regex source matching any of `words` at a word boundary: the trie of each first letter's
    words, with the boundary looked for behind that letter (no word character before it), so
    that the pattern opens on literals and the engine skips ahead to them (`\\b` first makes
    it try every offset)."""
    tails: dict[str, set[str]] = {}
    for word in words:
        tails.setdefault(word[0], set()).add(word[1:])
    return "(?:" + "|".join(re.escape(c) + r"(?<!\w.)" + _literals(t) for c, t in sorted(tails.items())) + ")"


_INITIALS_TOKEN: Final = re.compile(opening_on_letter(COUNTRY_INITIALS) + r"\b")


def initials_mentions(text: str, named: Callable[[], tuple[str, ...]]) -> list[CountryMention]:
    """Countries written as initials ("SA exports to the UK", "imports from NZ") that stand
    for exactly one of the countries the story names elsewhere (`named`, asked only when
    initials are found); "SA" in a story about South Africa is South Africa. Initials that
    are also a country's own form ("UK") are left to `find_countries`."""
    found = []
    for m in _INITIALS_TOKEN.finditer(text):
        codes = INITIALS_COUNTRIES.get(m.group())
        if codes is None or m.group() in _LEX.surfaces:
            continue
        if text[m.start() - 1 : m.start()] in (".", "$") or text[m.end() : m.end() + 1] == "$":
            continue  # "U.SA", "SA$"
        if _hyphened(text, m) and not _hyphened_to_country(text, m):
            continue  # "SA-registered", "PH-based" (but "RP-Japan trade", "US-RP ties": a pair)
        candidates = [iso3 for iso3 in named() if iso3 in codes] or _UNNAMED_INITIALS.get(m.group(), [])
        if len(candidates) == 1:
            found.append(CountryMention(m.start(), m.end(), candidates[0], m.group(), "name"))
    return found


def _hyphened(text: str, m: re.Match[str]) -> bool:
    """Whether initials are joined by a hyphen to the word before or after them."""
    return text[m.start() - 1 : m.start()] == "-" or text[m.end() : m.end() + 1] == "-"


#: The word a hyphen joins to initials, after them ("RP-Japan") or before them ("U.S.-RP").
_WORD_AFTER_HYPHEN: Final = re.compile(r"-([A-Z][\w.'’]*)")
_WORD_BEFORE_HYPHEN: Final = re.compile(r"([A-Z][\w.'’]*)-$")


def _hyphened_to_country(text: str, m: re.Match[str]) -> bool:
    """Whether initials joined by a hyphen are one side of a pair ("RP-Japan trade", "Japan-RP",
    "SA-UK ties", "US-RP"): the word across the hyphen names a country or is country initials
    too, as a compound ("SA-registered", "PH-based", "RP-made") is not."""
    after = _WORD_AFTER_HYPHEN.match(text, m.end())
    before = _WORD_BEFORE_HYPHEN.search(text, max(0, m.start() - 40), m.start())
    return any(word is not None and _names_a_side(word.group(1)) for word in (after, before))


def _names_a_side(word: str) -> bool:
    """Whether one word names a country by its name, demonym, short form or initials ("U.S." or
    "Japan." at a sentence's end alike)."""
    return any(
        form in INITIALS_COUNTRIES or iso3_for(form, codes=False, pair_halves=True) is not None
        for form in (word, word.rstrip("."))
    )


#: "cross-strait": of the two sides of the Taiwan Strait, as Taiwanese, mainland and Hong Kong
#: press write the trade, investment and ties between Taiwan and China.
_CROSS_STRAIT: Final = re.compile(r"\b[Cc]ross-[Ss]trait\b")


def cross_strait_mentions(text: str, named: Callable[[], tuple[str, ...]]) -> list[CountryMention]:
    """The two sides of a "cross-strait" adjective ("Cross-strait trade fell ..."), Taiwan on
    "cross" and China on "strait", joined by the hyphen as a pair ("Japan-Mongolia trade") is;
    only in a story that names Taiwan (`named`, asked only when the word is found), as the word
    says nothing of which strait by itself."""
    if "-strait" not in text.lower():
        return []
    found = list(_CROSS_STRAIT.finditer(text))
    if not found or "TWN" not in named():
        return []
    return [
        mention
        for m in found
        for mention in (
            CountryMention(m.start(), m.start() + 5, "TWN", m.group()[:5], "demonym"),
            CountryMention(m.start() + 6, m.end(), "CHN", m.group()[6:], "demonym"),
        )
    ]


#: "inter-Korean": between the two Korean states, as the press writes their trade and ties.
_INTER_KOREAN: Final = re.compile(r"\b[Ii]nter-(Korean)\b")


#: The first Korea of "South and North Korea" (or "North and South Korea"), its "Korea" gapped.
_GAPPED_KOREA: Final = re.compile(r"\b(South|North)(?=\s+and\s+(?:South|North)\s+Korea\b)")
#: The plural of a name two states share, by their codes: "the two Koreas", "both Sudans".
_SHARED_NAME_PLURALS: Final = {"Koreas": ("PRK", "KOR"), "Sudans": ("SDN", "SSD"), "Congos": ("COD", "COG")}
#: "the two Koreas", "both Koreas", "both the Sudans", "the Congos": the two states of the name.
_BOTH_OF_A_NAME: Final = re.compile(
    rf"\b(?P<both>[Tt]he\s+two|[Bb]oth(?:\s+the)?|[Tt]he)\s+(?P<name>{'|'.join(_SHARED_NAME_PLURALS)})\b"
)


def both_of_a_name(text: str) -> list[CountryMention]:
    """The two states a plural name stands for ("Trade between the two Koreas fell ...",
    "both Sudans"), as a pair of mentions, the first on "the two" / "both", the second on the
    name: no state is named alone there, so the plural had named none. `pair_of_one_name`
    tells them apart from two mentions side by side."""
    if "Koreas" not in text and "Sudans" not in text and "Congos" not in text:
        return []
    return [
        mention
        for m in _BOTH_OF_A_NAME.finditer(text)
        for mention in (
            CountryMention(
                m.start(), m.end("both"), _SHARED_NAME_PLURALS[m.group("name")][0], m["both"], "name"
            ),
            CountryMention(
                m.start("name"), m.end(), _SHARED_NAME_PLURALS[m.group("name")][1], m["name"], "name"
            ),
        )
    ]


def pair_of_one_name(first: CountryMention, second: CountryMention) -> bool:
    """Whether two mentions are the halves `both_of_a_name` made of one plural name."""
    states = _SHARED_NAME_PLURALS.get(second.text)
    return (
        states is not None
        and (first.iso3, second.iso3) == states
        and first.kind == second.kind == "name"
        and 0 < second.start - first.end <= 2
    )


def inter_korean_mentions(text: str) -> list[CountryMention]:
    """The two sides of an "inter-Korean" adjective ("Inter-Korean trade fell ..."), North Korea
    on "inter" and South Korea on "Korean", joined by the hyphen as a pair ("Japan-Mongolia
    trade") is: the word names both Koreas, whatever the story's dateline (its "Korean" alone
    would be the South's demonym, with no pair). Also the first of "South and North Korea",
    whose "Korea" is gapped (the second is found as a name)."""
    if "Korea" not in text:
        return []
    found = [
        mention
        for m in _INTER_KOREAN.finditer(text)
        for mention in (
            CountryMention(m.start(), m.start(1) - 1, "PRK", m.group()[:5], "demonym"),
            CountryMention(m.start(1), m.end(1), "KOR", m.group(1), "demonym"),
        )
    ]
    for m in _GAPPED_KOREA.finditer(text):
        found.append(
            CountryMention(m.start(), m.end(), "KOR" if m.group(1) == "South" else "PRK", m.group(1), "name")
        )
    return sorted(found, key=lambda mention: mention.start)


#: "the mainland", as the press of Hong Kong, Macao and Taiwan names China.
_THE_MAINLAND: Final = re.compile(r"\b[Tt]he\s+(mainland)\b(?!\s+(?:of\b|[A-Z]))")
#: The places whose press calls China "the mainland".
_OFFSHORE_OF_CHINA: Final = frozenset(["HKG", "MAC", "TWN"])


def mainland_mentions(text: str, named: Callable[[], tuple[str, ...]]) -> list[CountryMention]:
    """China as "the mainland" ("Hong Kong's exports to the mainland rose ..."), only in a story
    that names Hong Kong, Macao or Taiwan (`named`, asked only when the words are found): the
    mainland of another coast ("mainland Tanzania", "the mainland of Greece") is none."""
    if "mainland" not in text:
        return []
    found = list(_THE_MAINLAND.finditer(text))
    if not found or _OFFSHORE_OF_CHINA.isdisjoint(named()):
        return []
    return [CountryMention(m.start(1), m.end(1), "CHN", m.group(1), "name") for m in found]


_BLOCKED: Final = {
    variant
    for line in (_LEXICONS / "not_countries.tsv").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
    for variant in _variants(line.strip(), upper=False)
}


def opens_non_country_phrase(text: str, position: int) -> bool:
    """Whether a phrase that holds a country word without naming the country starts at
    `position` ("Guinea fowl", "Gulf of Guinea"): the lexicon of such phrases, whole words."""
    return any(
        text.startswith(phrase, position) and not _WORD_CHAR.match(text, position + len(phrase))
        for phrase in _BLOCKED
    )


# "US$ 11.4 billion", "HK$3 million": a currency sign after the letters makes them a currency.
# No look-behind in the pattern: one that opens on the trie is scanned for by the first
# letters only (twice as fast); find_countries checks the word boundary before each match.
_COUNTRY_FORMS: Final = frozenset(_LEX.surfaces) | _BLOCKED


@lru_cache(maxsize=1)
def _country_re() -> re.Pattern[str]:
    """The scan for every country form. Compiled when first needed, as few texts need it (see
    `_CAPITALIZED_COUNTRY_RE`): compiling a trie of some 4,000 forms costs ~70 ms of CPU."""
    return re.compile(r"(?:" + _literals(_COUNTRY_FORMS) + r")(?![\w$])")


#: The forms that open on a small letter ("eSwatini", "mainland China"): they make the scan
#: stop at every "e" and "m" of a text. `_CAPITALIZED_COUNTRY_RE` is `_country_re()` without them,
#: scanned for capitals alone (about half the time), for the texts that hold none of them.
_SMALL_OPENING_FORMS: Final = tuple(sorted(form for form in _COUNTRY_FORMS if not form[0].isupper()))
_CAPITALIZED_COUNTRY_RE: Final = re.compile(
    r"(?:" + _literals(_COUNTRY_FORMS - set(_SMALL_OPENING_FORMS)) + r")(?![\w$])"
)
_WORD_CHAR: Final = re.compile(r"\w")


def _read_blocs() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    surfaces: dict[str, tuple[str, str]] = {}
    for code, kind, forms in read_tsv("blocs.tsv"):
        for form in _split(forms):
            for variant in _variants(form, upper=False):
                surfaces.setdefault(variant, (code, kind))
    return surfaces, re.compile(r"(?<![\w-])(?:" + _literals(set(surfaces)) + r")(?![\w+])")


_BLOC_SURFACES, _BLOC_RE = _read_blocs()
#: The bloc forms that open on a small letter ("the world", "eurozone", "global"), and
#: `_BLOC_RE` without them for the texts that hold none (most): its check of the character
#: before a form stands after the form's first letter, so that the engine scans for capitals
#: (a pattern that opens on a look-behind is tried at every offset); at the first letter it
#: looks at the same character, and at the start of a text neither finds one.
_SMALL_OPENING_BLOC_FORMS: Final = tuple(sorted(form for form in _BLOC_SURFACES if not form[0].isupper()))
_CAPITALIZED_BLOC_FORMS: Final = set(_BLOC_SURFACES) - set(_SMALL_OPENING_BLOC_FORMS)
_CAPITALIZED_BLOC_RE: Final = re.compile(
    "(?:"
    + "|".join(
        re.escape(first)
        + r"(?<![\w-].)"
        + _literals({form[1:] for form in _CAPITALIZED_BLOC_FORMS if form[0] == first})
        for first in sorted({form[0] for form in _CAPITALIZED_BLOC_FORMS})
    )
    + r")(?![\w+])"
)
#: A bloc or region right after a hyphen ("Sino-African", "Turkey-EU"): the bloc of a pair.
_BLOC_AFTER_HYPHEN: Final = re.compile(r"-(?:" + _literals(set(_BLOC_SURFACES)) + r")(?![\w+])")


#: Last words of a bloc's name that name its membership ("Eurasian Economic Union", "Andean
#: Community"): its organs swap them for their own word ("Eurasian Economic Commission").
_MEMBERSHIP_WORDS: Final = ("Union", "Community", "Organization", "Organisation")
_BLOC_STEMS: Final = sorted(
    {
        form.rsplit(" ", 1)[0]
        for form, (_, kind) in _BLOC_SURFACES.items()
        if kind == "bloc" and " " in form and form.rsplit(" ", 1)[1] in _MEMBERSHIP_WORDS
    },
    key=len,
    reverse=True,
)


def bloc_stem(name: str) -> tuple[int, int] | None:
    """(start, end) of the words a listed bloc's name keeps before its membership word, when
    a capitalized word follows them in `name` ("Eurasian Economic | Commission" of the Eurasian
    Economic Union, "Andean | Parliament" of the Andean Community), else None: whether that
    word is an organ of the bloc is the caller's to tell."""
    match = _BLOC_STEM_RE.search(name)
    return match.span(1) if match is not None else None


_BLOC_STEM_RE: Final = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, _BLOC_STEMS)) + r") (?=[A-Z])")


def _bloc_after(text: str, hyphen: int) -> bool:
    """True when "-" at `hyphen` is followed by a bloc (not a region: "Indo-European")."""
    m = _BLOC_AFTER_HYPHEN.match(text, hyphen)
    return m is not None and _BLOC_SURFACES[m.group()[1:]][1] == "bloc"


#: Combining forms that name a country only as the first half of a hyphenated pair
#: ("Franco-German", "Indo-Pakistani", "Russo-Ukrainian"). Alone they are parts of other
#: words ("Indo-Pacific", "Anglo-Saxon", "Indo-European"), so they count only right before
#: "-" and a country or a bloc ("Indo-ASEAN"). ("Sino" alone is in the lexicon as a demonym.)
_COMBINING_FORMS: Final = {
    "Franco": "FRA", "Indo": "IND", "Russo": "RUS", "Anglo": "GBR", "Turco": "TUR", "Italo": "ITA",
    "Hispano": "ESP", "Luso": "PRT", "Nippo": "JPN", "Austro": "AUT", "Germano": "DEU", "Greco": "GRC",
    "Graeco": "GRC", "Belgo": "BEL", "Dano": "DNK", "Polono": "POL", "Sino": "CHN",
    "Pak": "PAK",  # (the one not in "o": scanned for on its own, `_PAK_HYPHEN`)
}  # fmt: skip
#: Every combining form but "Pak" ends in "o": a literal "o-" before a capital is what to scan for
#: (a scan for a literal is far faster than one for an alternation behind a lookbehind).
_COMBINING_HYPHEN: Final = re.compile(r"o-(?=[A-Z])")
_PAK_HYPHEN: Final = re.compile(r"\bPak-(?=[A-Z])")
#: Short forms that name a country only as the second half of a hyphenated pair, after a country
#: or a combining form: "Indo-Pak", "Sino-Pak", "Indo-Bangla", "India-Bangla", "Indo-Lanka" (South
#: Asian press). Alone they are other words ("Bangla" the language, "Lanka" of "Sri Lanka").
_SECOND_HALF_FORMS: Final = {"Pak": "PAK", "Bangla": "BGD", "Lanka": "LKA"}
_SECOND_HALF_HYPHEN: Final = re.compile(r"(?<=[a-zA-Z])-(Pak|Bangla|Lanka)(?![\w])")


#: A body of water named after a country ("the Singapore Strait", "the Taiwan Strait", "the
#: Congo River", "the Philippine Sea"; "the Strait of Singapore", "the Gulf of Oman", "the Sea of
#: Japan"): a place at sea, no mention of the country as a side (not "the Japan River Authority",
#: a body named after the water).
_WATER_AFTER: Final = re.compile(r" (?:Straits?|Sea|River|Gulf)\b(?! of\b| [A-Z])")
_WATER_BEFORE: Final = re.compile(r"\b(?:Straits?|Sea|Gulf) of (?:the )?\Z")


def _names_a_water(text: str, start: int, end: int) -> bool:
    """Whether the country word at `start`..`end` names a strait, sea, gulf or river (checked
    only where a space follows, or "of " precedes: cheap tests first; and by `_country_mentions`
    only in a text that holds "Sea", "Strait", "River" or "Gulf", one of which each pattern needs)."""
    if text.startswith(" ", end) and _WATER_AFTER.match(text, end):
        return True
    if not (text.startswith("of ", start - 3) or text.startswith("of the ", start - 7)):
        return False
    return _WATER_BEFORE.search(text, max(0, start - 16), start) is not None


#: Words that, joined to "America(n)" by a hyphen, make it the Americas, a part of the world,
#: not the United States: "Ibero-American summit", "Pan-American Games", "inter-American
#: system", "Latin-American ministers", "Meso-American". ("Afro-American", "Chinese-American"
#: and "Sino-American" stay American: a people of the US, or the US as one of a pair.)
_AMERICAS_PREFIX: Final = re.compile(
    r"(?<![\w-])(?:Ibero|Iberian|Pan|Inter|Latin|South|Central|North|Meso|Trans)-\Z", re.IGNORECASE
)


def _of_the_americas(text: str, mention: CountryMention) -> bool:
    """Whether `mention` is "America(n)" after a hyphen and a word that makes it the Americas
    ("Ibero-American foreign ministers' consultations": it had been a US side)."""
    if not mention.text.upper().startswith("AMERICA") or text[mention.start - 1 : mention.start] != "-":
        return False
    return _AMERICAS_PREFIX.search(text, max(0, mention.start - 9), mention.start) is not None


def _describes_members(text: str, mention: CountryMention) -> bool:
    """Whether a demonym after "of (the)" describes the member states of a body named "... of
    <Demonym> <Words> Countries/States/Nations" ("Community of Portuguese Language Countries",
    "Organization of American States", "Bank of Central African States"): the body gathers
    many states, and the word names none of them as a side (the CPLP's secretary had made
    Portugal one)."""
    if mention.kind != "demonym":
        return False
    start = mention.start
    if not (text.startswith("of ", start - 3) or text.startswith("of the ", start - 7)):
        return False
    return _MEMBERS_AFTER.match(text, mention.end) is not None


#: The suffix that makes a country word a person's origin, no country of his office or side:
#: "the Nigerian-born ECOWAS Commissioner X", "a Kenyan-raised banker", "a US-educated economist".
ORIGIN_SUFFIXES: Final = ("-born", "-raised", "-educated")
_ORIGIN_AFTER: Final = re.compile(r"(?:" + "|".join(ORIGIN_SUFFIXES) + r")\b")
#: The plurals of states that end a body of states named by its members (one list for both
#: patterns below and the precheck of `find_countries`).
_MEMBER_STATES: Final = ("Countries", "States", "Nations")
_MEMBER_STATES_GUARD: Final = tuple(" " + word for word in _MEMBER_STATES)
_MEMBER_STATES_ALTERNATION: Final = "(?:" + "|".join(_MEMBER_STATES) + ")"
#: Up to two capitalized words and the plural of states after a demonym: "Portuguese| Language
#: Countries".
_MEMBERS_AFTER: Final = re.compile(r"(?: [A-Z][\w'-]*){0,2} " + _MEMBER_STATES_ALTERNATION + r"\b")
#: A body of states named by the peoples or the words that describe its members: "Community
#: of Portuguese Language Countries", "League of Arab States".
_MEMBERS_DESCRIBED: Final = re.compile(
    r"\bof (?:the )?((?:[A-Z][\w'-]* ){1,3}" + _MEMBER_STATES_ALTERNATION + r")\b"
)


def describes_members(name: str) -> bool:
    """Whether an organization's name is a body of the states its words describe ("Community of
    Portuguese Language Countries (CPLP)", "Organization of American States"), not of the one
    country a name there spells ("Export-Import Bank of the United States")."""
    if " of " not in name:
        return False
    found = _MEMBERS_DESCRIBED.search(name)
    if found is None:
        return False
    phrase = found.group(1)
    return not any(m.end == len(phrase) for m in find_countries(phrase))


def named_pair(headline: str | None) -> tuple[str, str] | None:
    """The two countries a headline names, when it names just two ("Kenya's exports to Uganda
    climb 12pc", "Ghana, Nigeria sign gas deal"): the pair a body that says only "the two
    countries" or "exports rose" is about."""
    if not headline:
        return None
    mentions = find_countries(headline)
    named = tuple(dict.fromkeys(m.iso3 for m in mentions))
    if len(named) > 2:
        # the city the two met in is where, not a third side: "Armenian, Indian PMs hold talks
        # in New York" (a city alone still names a side: "Uzbek President arrives in Seoul")
        named = tuple(dict.fromkeys(m.iso3 for m in mentions if m.kind in ("name", "demonym")))
    return (named[0], named[1]) if len(named) == 2 else None


def find_countries(text: str) -> list[CountryMention]:
    """Every country mention in `text`, left to right, non-overlapping, longest form first.

    "Kazakh-Chinese" gives two demonym mentions; "Papua New Guinea" one name, not "Guinea";
    "Franco-German" two; "Indian Ocean" and "Indo-Pacific" none.
    """
    return list(_country_mentions(text))


@lru_cache(maxsize=1024)
def _country_mentions(text: str) -> tuple[CountryMention, ...]:
    """`find_countries`, kept for the last texts asked: the trade and engagement sides and the
    document's own country count each read the same sentences (a third of the calls asked
    again for a text already read)."""
    mentions = []
    surfaces = _LEX.surfaces
    # (a form of a small letter matches only where the text holds it whole)
    scan = _country_re() if any(form in text for form in _SMALL_OPENING_FORMS) else _CAPITALIZED_COUNTRY_RE
    pos: int | None = 0
    water: bool | None = None  # whether the text holds a word of `_names_a_water` (asked once)
    while pos is not None:
        # One finditer per stretch of text (a search call per match costs more); a match
        # that starts inside a word restarts the scan at the next character.
        restart = None
        for match in scan.finditer(text, pos):
            start = match.start()
            if start and _WORD_CHAR.match(text, start - 1):
                restart = start + 1
                break
            surface = match.group()
            found = surfaces.get(surface)
            if found is None:
                continue
            if water is None:
                water = "Sea" in text or "Strait" in text or "River" in text or "Gulf" in text
            if not (water and _names_a_water(text, start, match.end())):
                mentions.append(CountryMention(start, match.end(), found[0], surface, found[1]))
        pos = restart
    if not text.isascii() and _ACCENTED.search(text):
        mentions = _with_accented_names(text, mentions)
    mentions = _with_capitalized_lead(text, mentions)
    if any(m.text in _STATES_NAMED_AS_COUNTRIES for m in mentions):
        mentions = _states_resolved(text, mentions)
    if any(hint in text for hint in _REGION_HEAD_HINTS) and _REGION_HEAD_WORD.search(text):
        mentions = _with_region_heads(text, mentions)
    if any(word in text for word in _REGION_ADJECTIVE_HINTS):
        mentions = _with_region_adjectives(text, mentions)
    if "-Americ" in text or "-AMERIC" in text:
        mentions = [m for m in mentions if not _of_the_americas(text, m)]
    if any(suffix in text for suffix in ORIGIN_SUFFIXES):
        mentions = [m for m in mentions if not _ORIGIN_AFTER.match(text, m.end)]
    if any(word in text for word in _MEMBER_STATES_GUARD):
        mentions = [m for m in mentions if not _describes_members(text, m)]
    if _ARTICLE_BEFORE_CAPITAL.search(text):
        mentions = [m for m in mentions if not _family_name_of_origin(text, m)]
    if "Kiwi" in text or "Aussie" in text:
        mentions = [m for m in mentions if not _informal_person(text, m)]
    if "Dominican" in text:
        whole = _DOMINICA_CUE.search(text) is not None and not _DOMINICAN_REPUBLIC_CUE.search(text)
        mentions = [_dominica_demonym(text, m, whole) for m in mentions]
    if any(f"-{form}" in text for form in _SECOND_HALF_FORMS):
        mentions = _with_second_halves(text, mentions)
    if "(" in text and not _SHARED_DEMONYM_FORMS.isdisjoint(m.text for m in mentions):
        mentions = _shared_demonyms_told_by_capital(text, mentions)
    if "o-" not in text and "Pak-" not in text:
        return tuple(mentions)
    forms = [
        form
        for hit in _COMBINING_HYPHEN.finditer(text)
        if (form := _combining_form(text, hit.start() + 1)) is not None
    ]
    if "Pak-" in text:  # Pakistan's press: "Pak-Saudi trade", "Pak-China ties"
        forms += [f for hit in _PAK_HYPHEN.finditer(text) if (f := _combining_form(text, hit.end() - 1))]
        forms.sort()
    return tuple(_with_combining_forms(text, mentions, forms) if forms else mentions)


#: The Arabic article before a capitalized word anywhere in a text: what a family name told by an
#: origin needs, checked once before each demonym is looked at ("Al-Kuwaiti", "al Qatari").
_ARTICLE_BEFORE_CAPITAL: Final = re.compile(r"\b[AaEe]l[\s-][A-Z]")
#: A name word and the Arabic article right before a demonym: "Mohamed Abdullah Al-|Kuwaiti",
#: "Faisal al |Qatari", "Dr. El-|Masri".
_ARTICLE_AFTER_NAME: Final = re.compile(r"[A-Z][\w'’.-]*\s+(?:[Aa]l|[Ee]l)[\s-]\Z")


def _family_name_of_origin(text: str, m: CountryMention) -> bool:
    """Whether a demonym is the last word of an Arab family name told by an origin, joined to
    its article after a name ("Mohamed bin Abdullah Al-Kuwaiti", "Faisal Al-Emirati", "Omar Al
    Qatari"): a person's name, no country of the story (it had added Kuwait as a side, and cut
    the name before it). A demonym after a lone article ("the Al Kuwaiti market") is left."""
    return m.kind == "demonym" and _ARTICLE_AFTER_NAME.search(text, max(0, m.start - 40), m.start) is not None


#: What makes "Dominican" Dominica's, the Caribbean press's usual demonym for it, not the
#: Dominican Republic's: a Prime Minister (the Republic has a President), Dominica named, its
#: capital Roseau, or the OECS, to which the Republic does not belong.
_DOMINICA_CUE: Final = re.compile(r"\bDominicans? (?:Prime Minister|PM)\b|\bDominica\b|\bRoseau\b|\bOECS\b")
#: The Dominican Republic named, its capital, or its President: "Dominican" stays its own.
_DOMINICAN_REPUBLIC_CUE: Final = re.compile(
    r"\bDominican Republic\b|\bSanto Domingo\b|\bDominican President\b"
)


#: A Prime Minister right after "Dominican": Dominica's whatever else the text names, for the
#: Dominican Republic has a President and no Prime Minister.
_PRIME_MINISTER_AFTER: Final = re.compile(r"\s+(?:[Pp]rime [Mm]inister|PM)\b")


def _dominica_demonym(text: str, m: CountryMention, whole: bool) -> CountryMention:
    """`m` as Dominica's when it is the bare demonym "Dominican(s)" and either `whole` (the
    caller has found a cue for Dominica and none for the Dominican Republic in `text`) or a
    Prime Minister follows it ("The Dominican Republic and Haiti held talks. Dominican Prime
    Minister Roosevelt Skerrit met ..."), else `m` unchanged."""
    if m.iso3 != "DOM" or m.kind != "demonym":
        return m
    if not whole and not _PRIME_MINISTER_AFTER.match(text, m.end):
        return m
    return CountryMention(m.start, m.end, "DMA", m.text, m.kind)


#: "a Kiwi", "an Aussie": the informal demonym as a noun after the indefinite article.
_INDEFINITE_BEFORE: Final = re.compile(r"\b(?:[Aa]n?)\s+$")
#: Words after "a Kiwi", "an Aussie" that still make it a state's or a body's: "an Aussie
#: delegation", "a Kiwi minister", "a Kiwi firm".
_OFFICIAL_AFTER_INFORMAL: Final = re.compile(
    r"\s+(?:delegation|team|official|minister|envoy|diplomat|government|firm|company|exporter|"
    r"trade|business|bank|fund|[A-Z])"
)


def _informal_person(text: str, m: CountryMention) -> bool:
    """Whether an informal demonym ("Kiwi", "Aussie") after "a"/"an" names one private person,
    no country: "A Kiwi met Chinese Ambassador X", "a Kiwi tourist met Prime Minister Y" (New
    Zealand had been a side of a meeting no New Zealand official attended); "an Aussie
    delegation", "a Kiwi firm" still name the country's."""
    return (
        m.text in ("Kiwi", "Aussie")
        and _INDEFINITE_BEFORE.search(text, max(0, m.start - 4), m.start) is not None
        and _OFFICIAL_AFTER_INFORMAL.match(text, m.end) is None
    )


#: An all-caps word opening a paragraph (or its text after a dateline's dash) before a word
#: in title case: the lede style of the Philippine and South Asian press ("CHILEAN
#: Undersecretary X met ...", "MANILA – INDIAN Ambassador X ..."), whose first word is
#: capitalized for display only. (A headline in capitals goes on in capitals.) The pattern
#: opens on its first capital and looks behind it for the line start or the dash, so that the
#: engine skips ahead to capitals (a pattern opening on an assertion is tried at every offset);
#: "^" of a multi-line pattern is also the start after a newline.
_CAPS_LEAD: Final = re.compile(
    r"[A-Z](?:(?<=^[A-Z])|(?<=[–—-] [A-Z]))[A-Z]{3,}(?=[ \t]+[A-Z][a-z])", re.MULTILINE
)
#: Demonyms in capitals, by country: read only as a lede's first word (an all-caps demonym
#: elsewhere is a headline's or a name's: "INDIAN OCEAN").
_UPPER_DEMONYMS: Final = {
    form.upper(): iso3
    for form, (iso3, kind) in _LEX.surfaces.items()
    if kind == "demonym" and not form.isupper()
}


#: `_CAPS_LEAD` after a newline and after each dash and a space (by the dash and the space),
#: opened on what stands before the capitals (group 1): a literal, which the engine skips ahead
#: to fast, where a class of the three dashes (or of the capitals) is tested at every character.
_CAPS_LEAD_AFTER_NEWLINE: Final = re.compile(r"\n([A-Z]{4,})(?=[ \t]+[A-Z][a-z])")
_CAPS_LEADS_AFTER_DASHES: Final = tuple(
    (dash + " ", re.compile(dash + r" ([A-Z]{4,})(?=[ \t]+[A-Z][a-z])")) for dash in ("-", "\u2013", "\u2014")
)


def _caps_leads(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of the matches of `_CAPS_LEAD` in `text`, in order. A lede opens
    only at the start, after a newline or after a dash and a space: each is looked for apart
    (a run of capitals holds neither a newline nor a space, so no two overlap), and a text
    with neither newline nor dash (a sentence, mostly) is matched at its start alone."""
    first = _CAPS_LEAD.match(text)
    hits = [] if first is None else [(first.start(), first.end(), first.group())]
    if "\n" in text:
        hits += [(m.start(1), m.end(1), m.group(1)) for m in _CAPS_LEAD_AFTER_NEWLINE.finditer(text)]
    for dash, after_dash in _CAPS_LEADS_AFTER_DASHES:
        if dash in text:
            hits += [(m.start(1), m.end(1), m.group(1)) for m in after_dash.finditer(text)]
    return sorted(hits)


def _with_capitalized_lead(text: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """`mentions` with a demonym written in capitals as the first word of a lede ("CHILEAN
    Undersecretary X met Trade Secretary Y"): the display style of the first word, read as
    "Chilean" (it had been no side, and the word an organization)."""
    leads = _caps_leads(text)
    if not leads:  # (most texts: its few tests cost less than one scan of a text for capitals)
        return mentions
    taken = {m.start for m in mentions}
    added = [
        CountryMention(start, end, _UPPER_DEMONYMS[word], word, "demonym")
        for start, end, word in leads
        if word in _UPPER_DEMONYMS and start not in taken
    ]
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


#: Sub-national units that bear a country's name, by the country they lie in: the US state of
#: Georgia. An office only such a unit has ("Governor", "state senator") or a city of that
#: country before it ("Atlanta, Georgia") tells the unit from the country.
_STATES_NAMED_AS_COUNTRIES: Final = {"Georgia": "USA"}
#: The office of a state or its government right after its name: "Georgia Governor Brian
#: Kemp", "Georgia Lt. Gov.", "Georgia state senator", "Georgia's Department of Economic
#: Development" (a nation's government has ministries; "Secretary of State" of a nation is
#: written before its name).
_STATE_OFFICE_AFTER: Final = re.compile(
    r"(?:'s|\u2019s)?\s+(?:(?:Lieutenant|Lt\.)\s+)?(?:[Gg]overnor\b|Gov\.|Secretary of State\b"
    r"|Attorney General\b|Department of\b|General Assembly\b"
    r"|[Ss]tate\s+(?:[Ss]enat|[Rr]epresentative|[Ll]egislat|[Ll]awmaker|[Hh]ouse\b|[Cc]apitol\b))"
)
#: The same offices, or "state of", right before the name: "Governor of Georgia", "the state
#: of Georgia", "Secretary of State of Georgia".
_STATE_OFFICE_BEFORE: Final = re.compile(
    r"(?:\b[Gg]overnor|\bGov\.|\bSecretary of State|\bAttorney General|\b[Ss]tate\s+[Ss]enator"
    r"|\bstate) of\s+$"
)
#: A body's name that holds the state's name, a capitalized word and "of" before it ("National
#: Bank of Georgia Governor"): the office after it is the body's, and the name is the country's
#: ("a delegation of Georgia state lawmakers" is no body's).
_BODY_OF_BEFORE: Final = re.compile(r"\b[A-Z][\w&.-]*\s+of\s+$")


def _states_resolved(text: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """`mentions` with a name that is also a state's ("Georgia") read as the state, a place of
    its country like any other ("Texas"), where a state's office or a city of that country
    stands by it: "received Georgia Governor Brian Kemp" is the United States' side, not
    Georgia's. One such sign makes every bare mention of the name in the text the state, unless
    the text also names the country by its capital or people ("Tbilisi", "Georgian")."""
    states = {i for i, m in enumerate(mentions) if m.kind == "name" and _is_state(text, mentions, i)}
    if not states:
        return mentions
    named = {m.text for i, m in enumerate(mentions) if i in states}
    countries = {m.iso3 for m in mentions if m.kind in ("capital", "demonym")}
    return [
        CountryMention(m.start, m.end, _STATES_NAMED_AS_COUNTRIES[m.text], m.text, "city")
        if i in states or (m.kind == "name" and m.text in named and m.iso3 not in countries)
        else m
        for i, m in enumerate(mentions)
    ]


def _is_state(text: str, mentions: list[CountryMention], index: int) -> bool:
    """Whether the mention at `index`, a name a state shares with a country, has a state's office
    after it (not inside a body's name: "Bank of Georgia Governor") or before it, or a city of
    the state's country right before it and a comma ("Atlanta, Georgia")."""
    m = mentions[index]
    state_of = _STATES_NAMED_AS_COUNTRIES.get(m.text)
    if state_of is None:
        return False
    window = max(0, m.start - 40)
    if _STATE_OFFICE_AFTER.match(text, m.end) and not _BODY_OF_BEFORE.search(text, window, m.start):
        return True
    if _STATE_OFFICE_BEFORE.search(text, window, m.start):
        return True
    before = mentions[index - 1] if index else None
    return (
        before is not None
        and before.kind == "city"
        and before.iso3 == state_of
        and text[before.end : m.start] == ", "
    )


#: A lower-case administrative suffix that ISO 3166-2 romanizations join to a unit's name with
#: a hyphen ("Gyeonggi-do", "Busan-gwangyeoksi"); news writes the name without it.
_ROMANIZED_SUFFIX: Final = re.compile(r"-[a-z]+$")


#: Compass words, which some states name a unit by alone (Cameroon's "North"): before a head
#: they say where, not which ("the East Governor's office" of any country).
_COMPASS_WORDS: Final = frozenset(["north", "south", "east", "west", "central", "centre", "center"])


def _first_level_units() -> Iterator[tuple[str, str]]:
    """(name, iso3) of every first-level sub-national unit ISO 3166-2 lists, its name as news
    writes it: no romanized suffix ("Gyeonggi-do"), no alternative after " (" or ","."""
    for unit in pycountry.subdivisions:
        if unit.parent_code is not None:
            continue
        name = _ROMANIZED_SUFFIX.sub("", unit.name.split(" (")[0].split(",")[0]).strip()
        iso3 = iso3_of_alpha2(unit.country_code)
        if name and iso3 is not None:
            yield name, iso3


def _region_forms() -> dict[str, str]:
    """Folded name -> iso3 of the first-level sub-national units (states, provinces, Länder)
    that ISO 3166-2 names in one country only and that are no country's form: "Victoria" is an
    Australian state, "Gyeonggi" a Korean province. Names two countries share ("Punjab"),
    names of countries ("Georgia") and compass words are left out."""
    found: dict[str, set[str]] = {}
    for name, iso3 in _first_level_units():
        if name not in _LEX.surfaces and name.lower() not in _COMPASS_WORDS:
            found.setdefault(fold(name), set()).add(iso3)
    return {name: next(iter(codes)) for name, codes in found.items() if len(codes) == 1}


#: The head of a sub-national unit's government, the sign that the capitalized words before it
#: (or after it and "of") name the unit: "Victoria Premier", "Gyeonggi Governor", "Hesse
#: Minister-President", "Premier of Victoria".
_REGION_HEAD: Final = r"(?:Premier|Governor|Gov\.|Minister[- ]President|Chief Minister)"
_REGION_HEAD_WORD: Final = re.compile(r"\b" + _REGION_HEAD)
#: The words without one of which `_REGION_HEAD` cannot match: a few substring tests cost about
#: a third of the scan, which the boundary it opens on makes try every offset of the text.
_REGION_HEAD_HINTS: Final = (
    "Premier",
    "Governor",
    "Gov.",
    "Minister-President",
    "Minister President",
    "Chief Minister",
)
#: One to three capitalized words right before the head ("Victorian Premier", "Western Cape
#: Premier", "Saxony's Minister-President"), or after the head and "of".
_REGION_BEFORE_HEAD: Final = re.compile(
    r"\b((?:[A-Z][^\W\d_]+[- ]){0,2}[A-Z][^\W\d_]+)(?:'s|\u2019s)? (?=" + _REGION_HEAD + r"\b)"
)
_REGION_AFTER_HEAD: Final = re.compile(_REGION_HEAD + r" of ((?:[A-Z][^\W\d_]+[- ]){0,2}[A-Z][^\W\d_]+)")


def _region_country(words: str, before_head: bool) -> tuple[str, str] | None:
    """(iso3, name as written) of a sub-national unit that `words` end with (before the head:
    "Senior Victoria Premier") or begin with (after it: "Premier of Victoria Jacinta Allan"),
    written as its name or as its adjective in "-ian" ("Victorian" is of Victoria, "Bavarian" of
    Bavaria); ISO 3166-2 names the units, the lexicon's places add the English forms."""
    parts = words.split(" ")
    spans = (
        [parts[i:] for i in range(len(parts))]
        if before_head
        else [parts[:i] for i in range(len(parts), 0, -1)]
    )
    for span in spans:
        name = " ".join(span)
        for form in (name, _REGION_ADJECTIVES.get(name) or (name[:-1] if name.endswith("an") else None)):
            if not form:
                continue
            iso3 = _REGION_FORMS.get(fold(form))
            found = _LEX.surfaces.get(form) if iso3 is None else None
            if found is not None and found[1] == "city":
                iso3 = found[0]
            if iso3 is not None:
                return iso3, name
    return None


#: Adjectives of regions that are no region's name plus "n" or "ian" ("Bavarian", "Corsican"
#: are read so), as the region's name the lexicon or ISO 3166-2 knows: "Catalan President X",
#: "Flemish Minister-President Y" are officials of Spain and Belgium.
_REGION_ADJECTIVES: Final = {
    "Catalan": "Catalonia",
    "Flemish": "Flanders",
    "Walloon": "Wallonia",
    "Basque": "Basque Country",
    "Sicilian": "Sicily",
    "Tuscan": "Tuscany",
    "Lombard": "Lombardy",
    "Breton": "Brittany",
    "Tyrolean": "Tirol",
    "Tyrolese": "Tirol",
    "Hessian": "Hessen",
    "Saxon": "Saxony",
    "Chechen": "Chechnya",
    "Quebecois": "Quebec",
    "Québécois": "Quebec",
    "Zanzibari": "Zanzibar",
    "Sarawakian": "Sarawak",
    "Sabahan": "Sabah",
    "Acehnese": "Aceh",
    "Balinese": "Bali",
    "Ontarian": "Ontario",
}
#: Titles of a regional government's head or leader that the general `_REGION_HEAD` leaves out
#: as too common after a place ("Victoria President" is no office): they make a region only
#: after its adjective ("Catalan President", "Andalusian regional president").
_ADJECTIVE_HEAD: Final = re.compile(
    r"(?:[Pp]resident|[Vv]ice[- ][Pp]resident|[Pp]rime [Mm]inister|[Ff]irst [Mm]inister|Deputy First Minister"
    r"|[Ll]eader|[Gg]overnment)\b"
)
#: The words without one of which `_ADJECTIVE_HEAD` cannot match.
_REGION_ADJECTIVE_HINTS: Final = ("resident", "rime ", "irst ", "eader", "overnment")
#: The adjective right before such a title, with a possessive or "regional" between.
_ADJECTIVE_BEFORE: Final = re.compile(r"\b([A-Z][^\W\d_]+)(?:'s|\u2019s)? (?:[Rr]egional )?$")


def _with_region_adjectives(text: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """`mentions` plus a region's adjective right before a president's or leader's title or
    its government ("Catalan President Salvador Illa", "Andalusian regional president",
    "Chechen leader", "president of the Catalan government"),
    which `_with_region_heads` reads before a premier's or governor's only: a word of
    `_REGION_ADJECTIVES`, or one in "an" whose stem is a region ("Sardinian"). A name of the
    region before the title is a mention already ("Catalonia President"), and a country's
    adjective too ("Kenyan President")."""
    added: list[CountryMention] = []
    for head in _ADJECTIVE_HEAD.finditer(text):
        before = _ADJECTIVE_BEFORE.search(text, max(0, head.start() - 40), head.start())
        if before is None:
            continue
        word = before.group(1)
        stem = _REGION_ADJECTIVES.get(word) or (word[:-1] if word.endswith("an") else None)
        # (the adjective's region, not a region named so: "Balkan" is a Turkmen province's name)
        found = _region_country(stem, True) if stem else None
        start, end = before.start(1), before.end(1)
        if found is not None and not any(m.start < end and start < m.end for m in [*mentions, *added]):
            added.append(CountryMention(start, end, found[0], word, "city"))
    return sorted([*mentions, *added], key=lambda x: x.start) if added else mentions


def _with_region_heads(text: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """`mentions` plus the sub-national units the lexicon does not list, named right before or
    after the head of their government ("Victoria Premier Jacinta Allan", "Premier of Victoria",
    "Victorian Premier"): a place of its country like a listed state ("Texas Governor"). A
    bare "Victoria" is too often a person or a lake to be read as the state without the title."""
    added: list[CountryMention] = []
    for pattern in (_REGION_BEFORE_HEAD, _REGION_AFTER_HEAD):
        before_head = pattern is _REGION_BEFORE_HEAD
        for match in pattern.finditer(text):
            found = _region_country(match.group(1), before_head)
            if found is None:
                continue
            iso3, name = found
            start = match.end(1) - len(name) if before_head else match.start(1)
            end = start + len(name)
            if not any(m.start < end and start < m.end for m in [*mentions, *added]):
                added.append(CountryMention(start, end, iso3, name, "city"))
    return sorted([*mentions, *added], key=lambda x: x.start) if added else mentions


#: A Latin letter with a diacritic (Latin-1, Extended-A/B, Extended Additional).
_ACCENTED: Final = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")


@lru_cache(maxsize=4096)
def _accented_name(word: str) -> tuple[str, str] | None:
    """(iso3, kind) of an accented word that folds into a name or place the lexicon lists
    without its accents; None for lower-case words, forms the lexicon lists as written
    (found already) and demonyms ("Germán" is a person's name, not "German")."""
    if not word[0].isupper() or word in _LEX.surfaces:
        return None
    found = _LEX.surfaces.get(fold(word))
    return None if found is None or found[1] == "demonym" else found


def _with_accented_names(text: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """`mentions` plus one-word names and places written with accents the lexicon does not
    list ("México", "Perú", "Colômbia"), found by their folded form; not demonyms, as a
    person's accented name may fold into one ("Germán")."""
    added = []
    covered = -1
    for accent in _ACCENTED.finditer(text):
        if accent.start() < covered:
            continue  # a second accent of the same word
        start, end = accent.start(), accent.end()
        while start and text[start - 1].isalpha():
            start -= 1
        while end < len(text) and text[end].isalpha():
            end += 1
        covered = end
        word = text[start:end]
        found = _accented_name(word)
        if found is None:
            continue
        if (start and _WORD_CHAR.match(text, start - 1)) or _WORD_CHAR.match(text, end):
            continue  # part of a longer token ("Perú2024")
        if not any(x.start < end and start < x.end for x in mentions):
            added.append(CountryMention(start, end, found[0], word, found[1]))
    return sorted([*mentions, *added], key=lambda x: x.start) if added else mentions


def statistics_country(text: str) -> str | None:
    """The country whose statistics office or customs a document quotes ("Stats NZ",
    "Statistics Canada", "Kazakh customs data", "the Office for National Statistics"): whose
    figures they are, when the story names its own country no other way."""
    named = next(
        (
            m.iso3
            for m in document_countries(text)
            if m.kind in ("name", "demonym")
            and (
                _STATISTICS_BEFORE.search(text, max(0, m.start - _STATISTICS_BEFORE_REACH), m.start)
                is not None
                or _STATISTICS_AFTER.match(text, m.end) is not None
            )
        ),
        None,
    )
    if named is not None:
        return named
    office = _OFFICE_OF_ONE_COUNTRY.search(text)
    if office is None:
        return None
    credited = office.group("credited") or office.group("crediting") or office.group("bracketed")
    if credited:
        return _CREDITED_OFFICE_COUNTRIES[credited]
    data = office.group("data") or office.group("data_source")
    return _DATA_OFFICE_COUNTRIES[data] if data else _OFFICE_COUNTRIES[office.group()]


#: Statistics offices and customs whose names hold no country, each known as one country's own
#: ("the Office for National Statistics said", "Census Bureau data", "according to Destatis").
#: Only names no other country's office goes by: not "INE" (Spain, Portugal, Chile, ...), "NBS"
#: (China, Nigeria, Tanzania) or "the Commerce Department".
_OFFICE_COUNTRIES: Final = {
    "Office for National Statistics": "GBR", "ONS": "GBR", "HMRC": "GBR",
    "HM Revenue and Customs": "GBR", "HM Revenue & Customs": "GBR",
    "Census Bureau": "USA", "Bureau of Economic Analysis": "USA",
    "Destatis": "DEU", "INSEE": "FRA", "Istat": "ITA", "ISTAT": "ITA", "Statbel": "BEL", "Statec": "LUX",
    "Rosstat": "RUS", "Belstat": "BLR", "Ukrstat": "UKR", "Geostat": "GEO", "Armstat": "ARM",
    "TurkStat": "TUR", "Turkstat": "TUR", "TUIK": "TUR", "TÜİK": "TUR",
    "IBGE": "BRA", "INEGI": "MEX", "INDEC": "ARG", "DANE": "COL", "INEI": "PER",
    "GACC": "CHN", "MOFCOM": "CHN", "KOSTAT": "KOR", "DGCI&S": "IND",
    # Morocco's foreign trade statistics (Office des Changes), Brazil's trade data portal
    "Office des Changes": "MAR", "ComexStat": "BRA", "Comex Stat": "BRA",
}  # fmt: skip
#: Short names of one country's statistics office or trade ministry that the press writes alone
#: once the office is known, counted only where they are credited with the figures ("the ABS
#: said", "according to Secex", "KNBS data showed"): "ABS brakes" or a "GUS" of another story
#: credit nothing. Not "BPS" (basis points), "PSA", "PBS", "NSO" or "SARS", which name other
#: things or offices of several countries.
_CREDITED_OFFICE_COUNTRIES: Final = {
    "ABS": "AUS", "StatCan": "CAN", "Stats SA": "ZAF", "StatsSA": "ZAF", "Secex": "BRA", "SECEX": "BRA",
    "MDIC": "BRA", "GSO": "VNM", "DOSM": "MYS", "KNBS": "KEN", "UBOS": "UGA", "GUS": "POL", "CZSO": "CZE",
    "CAPMAS": "EGY", "GASTAT": "SAU", "FCSC": "ARE", "ZIMSTAT": "ZWE", "ZimStat": "ZWE", "NISR": "RWA",
    "ZamStats": "ZMB", "ZIMRA": "ZWE", "Zimra": "ZWE", "KRA": "KEN", "ZRA": "ZMB",
    # Peru's and Colombia's customs, Oman's statistics centre, the English name of Morocco's
    # Office des Changes
    "SUNAT": "PER", "Sunat": "PER", "DIAN": "COL", "NCSI": "OMN", "Foreign Exchange Office": "MAR",
    # the export promotion bodies that publish Malaysia's and Pakistan's trade figures
    "MATRADE": "MYS", "Matrade": "MYS", "TDAP": "PAK",
    # Peru's trade ministry and export promotion body, Chile's and Colombia's trade bodies,
    # Jamaica's statistics institute
    "Mincetur": "PER", "MINCETUR": "PER", "PromPeru": "PER", "PromPerú": "PER", "Promperú": "PER",
    "Promperu": "PER", "ProChile": "CHL", "Subrei": "CHL", "SUBREI": "CHL", "ProColombia": "COL",
    "STATIN": "JAM",
}  # fmt: skip
_CREDITED_OFFICE_NAMES: Final = "|".join(
    re.escape(name) for name in sorted(_CREDITED_OFFICE_COUNTRIES, key=len, reverse=True)
)
#: Short names of one country's statistics office or customs that also name something else
#: credited with what it says or reports ("SARS" the disease, "BPS" basis points, "PBS" and "BBS"
#: broadcasters, "URA" Singapore's planning authority, "TRA" Taiwan's railways), counted only as
#: the source of data: "SARS data showed", "data from SARS", "figures released by the BBS". So is
#: Bangladesh's Export Promotion Bureau, "EPB" (also Hong Kong's Environmental Protection Bureau).
_DATA_OFFICE_COUNTRIES: Final = {
    "SARS": "ZAF", "Sars": "ZAF", "BPS": "IDN", "PBS": "PAK", "BBS": "BGD", "URA": "UGA", "TRA": "TZA",
    "EPB": "BGD",
}  # fmt: skip
_DATA_OFFICE_NAMES: Final = "|".join(
    re.escape(name) for name in sorted(_DATA_OFFICE_COUNTRIES, key=len, reverse=True)
)
_OFFICE_OF_ONE_COUNTRY: Final = re.compile(
    "|".join(rf"\b{re.escape(name)}(?![\w&])" for name in sorted(_OFFICE_COUNTRIES, key=len, reverse=True))
    + rf"|\b(?:[Tt]he|[Aa]ccording\s+to(?:\s+the)?)\s+(?P<credited>{_CREDITED_OFFICE_NAMES})(?![\w&])"
    # the short name in brackets after the full one credited: "according to the Ministry of Foreign
    # Trade and Tourism (Mincetur)"
    + rf"|\b[Aa]ccording\s+to\s+(?:the\s+)?[A-Z][^.;()]{{2,80}}\((?P<bracketed>{_CREDITED_OFFICE_NAMES})\)"
    + rf"|\b(?P<crediting>{_CREDITED_OFFICE_NAMES})(?=\s+(?:said|says|data|figures|statistics|showed|shows"
    + r"|reported|reports)\b)"
    + rf"|\b(?P<data>{_DATA_OFFICE_NAMES})(?=\s+(?:trade\s+)?(?:data|figures|statistics)\b)"
    + r"|\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics)\s+(?:(?:released|published|compiled|issued)\s+)?"
    + rf"(?:from|by|of)\s+(?:the\s+)?(?P<data_source>{_DATA_OFFICE_NAMES})(?![\w&])"
)


#: The statistics office written before its country: "Stats NZ", "Statistics Canada", "the
#: Statistical Institute of Jamaica", "the National Bureau of Statistics of China", "the General
#: Administration of Customs of China".
_STATISTICS_BEFORE: Final = re.compile(
    r"\b(?:Stat(?:s|istics)\s+|Customs\s+(?:Service\s+|Administration\s+)?of\s+(?:the\s+)?"
    r"|Statistic(?:s|al)\s+(?:Institute|Office|Bureau|Agency|Service|Department|Authority)\s+of\s+(?:the\s+)?"
    r"|(?:Institute|Office|Bureau|Agency|Service|Department|Authority)\s+(?:of|for)\s+Statistics\s+of\s+(?:the\s+)?)\Z"
)
_STATISTICS_BEFORE_REACH: Final = 50
#: Statistics or customs after a country: "Kazakh statistics", "China's customs data", "Kenya
#: National Bureau of Statistics", "the Korea Customs Service".
_STATISTICS_AFTER: Final = re.compile(
    r"(?:'s|’s)?\s+(?:official\s+|national\s+|state\s+)?(?i:statistics|statistical|customs)\b"
    r"|\s+(?:National\s+)?(?:Bureau|Office|Institute)\s+(?:of|for)\s+Statistics\b"
    # the ministry that keeps the trade figures: "Thailand's commerce ministry said", "the Spanish
    # trade ministry"
    r"|(?:'s|’s)?\s+(?:foreign\s+)?(?:trade|commerce|economy)\s+ministry\b"
)


def document_countries(text: str) -> list[CountryMention]:
    """`find_countries` over a whole document text. The trade side (the story's salient
    countries) and the engagement side (its document context) both scan the same text: the
    last answer is kept."""
    global _last_document
    last = _last_document
    if last is None or last[0] != text:
        last = _last_document = (text, tuple(_shared_demonyms_resolved(find_countries(text))))
    return list(last[1])


def _shared_demonyms_resolved(mentions: list[CountryMention]) -> list[CountryMention]:
    """A demonym two states share ("Congolese") is the one the document names by name or
    capital: "Russian-Congolese talks" in a story of the Republic of the Congo's president
    are with Brazzaville, not Kinshasa (the lexicon's default)."""
    if _SHARED_DEMONYM_FORMS.isdisjoint([m.text for m in mentions]):
        return mentions
    named = {m.iso3 for m in mentions if m.kind in ("name", "capital")}
    out = []
    for m in mentions:
        states = _SHARED_DEMONYMS.get(m.text.lower()) if m.kind == "demonym" else None
        if states is not None and m.iso3 not in named:
            other = next((iso3 for iso3 in states if iso3 in named), None)
            if other is not None:
                m = CountryMention(m.start, m.end, other, m.text, m.kind)
        out.append(m)
    return out


def _shared_demonyms_told_by_capital(text: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """A demonym two states share with the capital of one of them in brackets right after it is
    that state's: "the Congolese (Brazzaville) minister" is of the Republic of the Congo, as the
    wires and the UN tell the two apart. The demonym alone had given the lexicon's default (DR
    Congo) beside the capital's country, two sides for one. A bare "Congolese" is left to the
    document (`_shared_demonyms_resolved`)."""
    out = list(mentions)
    for k, (m, after) in enumerate(pairwise(mentions)):
        states = _SHARED_DEMONYMS.get(m.text.lower()) if m.kind == "demonym" else None
        if (
            states is not None
            and after.kind == "capital"
            and after.iso3 in states
            and _CAPITAL_IN_BRACKETS.fullmatch(text, m.end, after.start)
            and _CLOSING_BRACKET.match(text, after.end)
        ):
            out[k] = CountryMention(m.start, m.end, after.iso3, m.text, m.kind)
    return out


#: Between a demonym and the capital in brackets after it: "Congolese (Brazzaville)".
_CAPITAL_IN_BRACKETS: Final = re.compile(r"\s*\(\s*")
_CLOSING_BRACKET: Final = re.compile(r"\s*\)")

#: Demonyms of two states, by the states' codes (the lexicon gives the first).
_SHARED_DEMONYMS: Final = {"congolese": ("COD", "COG")}
_SHARED_DEMONYM_FORMS: Final = frozenset(f for d in _SHARED_DEMONYMS for f in (d, d.title(), d.upper()))


_last_document: tuple[str, tuple[CountryMention, ...]] | None = None


def _combining_form(text: str, end: int) -> tuple[int, int] | None:
    """(start, end) of the combining form that ends at `end` ("Franco" in "Franco-German")."""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    if text[start:end] not in _COMBINING_FORMS or (start > 0 and text[start - 1] == "-"):
        return None
    return start, end


def _with_second_halves(text: str, mentions: list[CountryMention]) -> list[CountryMention]:
    """`mentions` plus the short forms ("-Pak", "-Bangla") that end a hyphenated pair opened by a
    country or a combining form ("India-Bangla", "Indo-Pak"); "Bangla" or "Lanka" elsewhere is
    no country ("Bangla language", "Lanka-based")."""
    ends = {m.end for m in mentions}
    added = [
        CountryMention(hit.start(1), hit.end(1), _SECOND_HALF_FORMS[hit.group(1)], hit.group(1), "demonym")
        for hit in _SECOND_HALF_HYPHEN.finditer(text)
        if hit.start() in ends or _combining_form(text, hit.start()) is not None
    ]
    return sorted([*mentions, *added], key=lambda c: c.start) if added else mentions


def _with_combining_forms(
    text: str, mentions: list[CountryMention], forms: list[tuple[int, int]]
) -> list[CountryMention]:
    """`mentions` plus the combining forms ("Franco-") that a country or bloc follows."""
    starts = {m.start for m in mentions}
    added = [
        CountryMention(start, end, _COMBINING_FORMS[text[start:end]], text[start:end], "demonym")
        for start, end in forms
        if start not in starts and (end + 1 in starts or _bloc_after(text, end))
    ]
    return sorted([*mentions, *added], key=lambda c: c.start) if added else mentions


def _bloc_scan(text: str) -> re.Pattern[str]:
    """`_BLOC_RE`, or `_CAPITALIZED_BLOC_RE` when `text` holds no form of a small letter
    whole, where only a form in capitals can match (the two then find the same)."""
    for form in _SMALL_OPENING_BLOC_FORMS:
        if form in text:
            return _BLOC_RE
    return _CAPITALIZED_BLOC_RE


def find_blocs(text: str) -> list[BlocMention]:
    """Every bloc, region or "the world" mention in `text`, left to right, non-overlapping.

    A region word inside a country's name ("South Africa", "Central African Republic") is
    the country, not the region; countries are looked up only when a bloc matched, which
    is rare, so the common case stays one regex pass.
    """
    mentions = []
    for match in _bloc_scan(text).finditer(text):
        code, kind = _BLOC_SURFACES[match.group()]
        mentions.append(BlocMention(match.start(), match.end(), code, kind, match.group()))
    paired = [m for m in _BLOC_AFTER_HYPHEN.finditer(text) if m.start() and text[m.start() - 1].isalpha()]
    if not mentions and not paired:
        return mentions
    countries = find_countries(text)
    ends = {c.end for c in countries}
    for match in paired:  # "Sino-African", "Turkey-EU": a region or bloc after a country and "-"
        if match.start() in ends:
            code, kind = _BLOC_SURFACES[match.group()[1:]]
            mentions.append(BlocMention(match.start() + 1, match.end(), code, kind, match.group()[1:]))
    mentions.sort(key=lambda b: b.start)
    return [b for b in mentions if not any(c.start <= b.start and b.end <= c.end for c in countries)]


#: A bloc told again by its common noun ("the bloc", "the 27-nation bloc", "the 10-member
#: grouping", "the trading bloc", "the Southeast Asian bloc"): after its name, the usual second
#: mention in trade copy.
_BLOC_ANAPHOR: Final = re.compile(
    r"\b[Tt]he\s+(?:(?:\d+|[a-z]+)[- ](?:nation|member|country|state)\s+|"
    r"(?:[a-z]+|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+)?(?:bloc|grouping)\b"
)


def bloc_anaphors(text: str) -> list[BlocMention]:
    """ "the bloc" and its kin in `text`, as blocs with no code of their own ("BLOC"): trade
    with them is a bloc's total, never a bilateral figure (the partner had been taken from
    another sentence). Not in `find_blocs`: engagements read blocs as named sides."""
    if "bloc" not in text and "grouping" not in text:
        return []
    return [BlocMention(m.start(), m.end(), "BLOC", "bloc", m.group()) for m in _BLOC_ANAPHOR.finditer(text)]


#: "Inter-" joined to a capitalized adjective: among all the peoples or parts of the world it names.
_INTER: Final = re.compile(r"\bInter-(?=[A-Z])")


def among_peoples(name: str) -> set[int]:
    """Offsets of the country adjectives that "Inter-" joins in an organization's name
    ("Inter-American Development Bank", "Inter-African Coffee Organisation"): the body is
    among all the states of that part of the world, not of the one country the adjective may
    also name (the bank's president had been American, and the bank a US side). Only in a
    body's name: "inter-Korean talks" are the two Koreas'."""
    after = {m.end() for m in _INTER.finditer(name)}
    if not after:
        return set()
    regions = {b.start for b in find_blocs(name) if b.kind == "region"}
    americas = {a for a in after if name.startswith("Americ", a)}  # no country: see _of_the_americas
    return {c.start for c in find_countries(name) if c.start in after} | (regions & after) | americas


def countries_in_name(name: str) -> list[CountryMention]:
    """The country mentions of an organization's name less those "Inter-" joins (see
    `among_peoples`): the ones that may tell the body's country, left to right. One scan of
    the name, where `among_peoples` and then `find_countries` would scan it twice: every
    offset `among_peoples` gives is one right after "Inter-", which is all this test needs."""
    after = {m.end() for m in _INTER.finditer(name)}
    return [c for c in find_countries(name) if c.start not in after]


def is_bloc_form(text: str) -> bool:
    """Whether `text` is, as a whole, a form the bloc lexicon lists ("EU", "Central Asia"): a
    dictionary test callers use before a `find_blocs` scan."""
    return text in _BLOC_SURFACES


#: A pure function of a short string (a name, a word): the same strings recur in every story.
@lru_cache(maxsize=8192)
def iso3_for(name: str, *, codes: bool = True, pair_halves: bool = False) -> str | None:
    """ISO alpha-3 for any name, alias, demonym, capital or city; None when unknown.

    Tolerant of case, diacritics, curly apostrophes and a leading article, because callers
    pass strings from many sources (gold labels, datelines, user input). A bare alpha-3 code
    counts too unless `codes` is False: for a word that may be a given name ("Ben", "Per",
    "Lie" are codes of Benin, Peru and Liechtenstein). With `pair_halves`, so does the short form
    of a pair's second half ("Bangla", "Lanka", `_SECOND_HALF_FORMS`), for callers that look up the
    halves of a hyphenated word ("Indo-Bangla trade": a pair, no goods); alone it is no country.
    """
    key = fold(name.strip()).lower()
    key = key[4:] if key.startswith("the ") else key
    found = _LEX.lookup.get(key)
    if found is None and codes and len(key) == 3 and pycountry.countries.get(alpha_3=key.upper()) is not None:
        return key.upper()
    if found is None and pair_halves:
        return _SECOND_HALF_FORMS.get(key.title())
    return found


def country_name(iso3: str) -> str:
    """Short English name ("Viet Nam", "Türkiye"); the code itself when unknown."""
    return _LEX.names.get(iso3.upper(), iso3)


def iso2_for(iso3: str) -> str | None:
    """ISO alpha-2 for an alpha-3 code (XK for Kosovo, which ISO has not assigned)."""
    if iso3.upper() == "XKX":
        return "XK"
    country = pycountry.countries.get(alpha_3=iso3.upper())
    return country.alpha_2 if country is not None else None


#: The host of an address: "https://www.abc.net.au/news/..." -> "www.abc.net.au".
_HOST: Final = re.compile(
    r"(?i)^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/?#]*@)?(?P<host>[a-z0-9.-]+?)\.?(?::\d+)?(?:[/?#]|$)"
)
#: Country-code domains sold to anyone, which say nothing of where a site is.
_GENERIC_DOMAINS: Final = frozenset(
    ["io", "tv", "me", "ai", "co", "fm", "ly", "gg", "cc", "ws", "to", "nu", "la"]
)
#: Top-level domains that only one country's government may hold (.gov and .mil are the United
#: States' own), which place a site as surely as a country code does.
_GOVERNMENT_DOMAINS: Final = {"gov": "US", "mil": "US"}


def domain_country(url: str | None) -> str | None:
    """The ISO alpha-2 code of the country-code domain a story is published under ("AU" for
    "https://www.abc.net.au/news/...", "GB" for gov.uk, "US" for state.gov), else of the
    national outlet on a generic domain that publishes it (lexicons/outlets.tsv:
    "koreaherald.com" is Korean as "koreatimes.co.kr" is), else None ("example.com", ".io")."""
    host = _HOST.match(url or "")
    if host is None:
        return None
    name = host.group("host").lower()
    suffix = name.rsplit(".", 1)[-1]
    if suffix in _GOVERNMENT_DOMAINS:
        return _GOVERNMENT_DOMAINS[suffix]
    if len(suffix) != 2 or not suffix.isalpha() or suffix in _GENERIC_DOMAINS:
        return _outlet_country(name)
    return "GB" if suffix == "uk" else suffix.upper()


#: National outlets on generic domains, by host, as alpha-2 codes (lexicons/outlets.tsv).
_OUTLETS: Final[dict[str, str | None]] = {host: iso2_for(iso3) for host, iso3 in read_tsv("outlets.tsv")}


def _outlet_country(host: str) -> str | None:
    """The country of a listed national outlet that is `host` or of which `host` is a subdomain."""
    while host:
        if host in _OUTLETS:
            return _OUTLETS[host]
        host = host.partition(".")[2]
    return None


def iso3_of_alpha2(alpha2: str) -> str | None:
    """ISO alpha-3 for an alpha-2 code."""
    country = pycountry.countries.get(alpha_2=alpha2.upper())
    return country.alpha_3 if country is not None else None


def capital_of(iso3: str) -> str | None:
    """The (first-listed) capital city of a country, in English."""
    return _LEX.capitals.get(iso3.upper())


def city_name(place: str) -> str:
    """A capital written with its district as the capital alone ("Washington, D.C.",
    "Washington DC" -> "Washington"); any other place as written."""
    iso3 = city_country(place)
    capital = capital_of(iso3) if iso3 else None
    if capital and place != capital and place.startswith((capital + ",", capital + " ")):
        return capital
    return place


def _accent_variants(name: str) -> Iterator[str]:
    """A landmark's name with each of its accented letters kept or dropped: the press drops
    some and not others ("Elysée Palace" for "Élysée Palace", "Cankaya" for "Çankaya")."""
    forms = [""]
    for char in name:
        bare = fold(char)
        forms = [form + c for form in forms for c in dict.fromkeys((char, bare))]
        if len(forms) > 16:  # a name with many accents: the written and the bare form only
            yield from (name, fold(name))
            return
    yield from forms


def _article_joinings(name: str) -> set[str]:
    """`name` with each Arabic article in it written the three ways the press writes it: "Al
    Yamamah Palace", "Al-Yamamah Palace" and "al-Yamamah Palace" (agency copy and papers
    differ), so the lexicon holds one of them; likewise "El"."""
    forms = {name}
    for m in _ARTICLE.finditer(name):
        capital = m.group(1).capitalize()
        joinings = (f"{capital} ", f"{capital}-", f"{capital.lower()}-")
        forms |= {form[: m.start()] + joined + form[m.end() :] for form in forms for joined in joinings}
    return forms


#: An Arabic article as a word of its own, joined to the next by a space or a hyphen ("Al
#: Watan", "el-Tineh"), never the end of a longer word ("Bel-Air").
_ARTICLE: Final = re.compile(r"(?<![^\W\d_])([Aa]l|[Ee]l)[ -](?=\w)")


#: The seats of government that stand for their city ("talks at the Kremlin", "received at
#: Singha Durbar"), matched case-sensitively, with or without each accent (so the lexicon holds
#: only the accented name), and with a curly apostrophe too ("Quai d’Orsay"), as `_variants`
#: gives every lexicon entry: lexicons/landmarks.tsv.
LANDMARKS: Final[dict[str, str]] = {
    variant: city
    for name, city in read_tsv("landmarks.tsv")
    for joined in _article_joinings(name)
    for form in _accent_variants(joined)
    for variant in _variants(form, upper=False)
}


#: A pure function of a name, called from some 40 places: cached, as the same names recur in
#: every story and each call folds its name before the look-up.
@lru_cache(maxsize=8192)
def city_country(city: str) -> str | None:
    """ISO alpha-3 of the country a capital or major city is in; None when unknown."""
    return _LEX.places.get(fold(city.strip()).lower())


def place_kind(word: str) -> str | None:
    """Kind of the country mention a word makes on its own ("name", "capital", "city",
    "demonym"), or None when it makes none; a country's name wins over a city of that name.
    Not cached: it is one dict look-up, which a cache would only repeat."""
    found = _LEX.surfaces.get(word)
    return found[1] if found is not None else None


#: Folded name -> iso3 of the sub-national units ISO 3166-2 lists (see `_region_forms`).
_REGION_FORMS: Final = _region_forms()


def _unit_names() -> dict[str, str | None]:
    """Folded lower-case name -> iso3 (None when two countries share it: "Punjab") of every
    first-level unit ISO 3166-2 lists, the lexicon's own forms included ("Sindh", "Kerala"),
    but no name of a country ("Georgia")."""
    found: dict[str, set[str]] = {}
    for name, iso3 in _first_level_units():
        form = _LEX.surfaces.get(name)
        if form is None or form[1] == "city":
            found.setdefault(fold(name).lower(), set()).add(iso3)
        for stem in _oblast_stems(name):
            if _LEX.surfaces.get(stem) is None or city_country(stem) == iso3:
                found.setdefault(fold(stem).lower(), set()).add(iso3)
    return {name: next(iter(codes)) if len(codes) == 1 else None for name, codes in found.items()}


#: The adjective ending of an oblast's ISO name ("Volynska oblast", "Kurganskaya oblast'").
_OBLAST_ADJECTIVE: Final = re.compile(r"^([A-Z][\w-]{3,}?)(s'?k)(?:a|aya|iy|yi) oblast'?$")


def _oblast_stems(name: str) -> tuple[str, ...]:
    """The names English copy gives an oblast that ISO 3166-2 writes as an adjective: its
    stem, with and without the "sk" ("Volynska oblast": "Volyn"; "Irkutskaya oblast'":
    "Irkut", "Irkutsk"), as in "Volyn Oblast Governor X"; none for another name. The stems go
    only into `_UNIT_NAMES` (`subnational_unit`: "Volyn Oblast", "Volyn"), not into
    `_REGION_FORMS`: `_region_country` and a unit before a head ("Volyn Governor X",
    `_REGION_BEFORE_HEAD`) do not know them."""
    found = _OBLAST_ADJECTIVE.match(name)
    if found is None:
        return ()
    return (found[1], found[1] + found[2].replace("'", ""))


_UNIT_NAMES: Final = _unit_names()
#: Nouns a sub-national unit's name takes ("Lagos State", "Punjab Province"); those of them
#: that name no body after any name ("Rift Valley Province": "Sales Division" is a body's).
_UNIT_NOUNS: Final = frozenset(
    ["state", "province", "region", "prefecture", "oblast", "governorate", "division"]
)
_ONLY_UNIT_NOUNS: Final = frozenset(["province", "prefecture", "oblast", "governorate"])
#: The words of a unit named only by where it lies ("North", "Eastern Province", "Central
#: Region", "North-Western Province"): many countries have one so named, so the name tells
#: none ("West Bengal", "Western Cape" do).
_COMPASS_NAME_WORDS: Final = _COMPASS_WORDS | {"northern", "southern", "eastern", "western"} | _UNIT_NOUNS
#: Each compass word as the direction it names: "Northern Region" and "North Region",
#: "Centre" and "Central" are one unit's name as news writes it.
_DIRECTIONS: Final = {
    "northern": "north",
    "southern": "south",
    "eastern": "east",
    "western": "west",
    "centre": "central",
    "center": "central",
}


def _direction_key(key: str) -> str | None:
    """The directions of a folded lower-case unit name made only of compass words and unit
    nouns, without the nouns ("Eastern Province" -> "east", "Western North" -> "west north"),
    or None when the name is more than where the unit lies ("Western Cape")."""
    words = key.replace("-", " ").split()
    if not all(word in _COMPASS_NAME_WORDS for word in words):
        return None
    return " ".join(_DIRECTIONS.get(word, word) for word in words if word not in _UNIT_NOUNS)


def _units_by_direction() -> dict[str, str | None]:
    """Directions (see `_direction_key`) -> iso3 of the first-level units ISO 3166-2 names only
    by where they lie, None when units of two countries share them (Ghana's, Zambia's and Sri
    Lanka's "Eastern"; Cameroon's "North" and Malawi's "Northern Region"); one country's
    ("Western North": Ghana's) keeps it."""
    found: dict[str, set[str]] = {}
    for name, iso3 in _first_level_units():
        key = _direction_key(fold(name).lower())
        if key:
            found.setdefault(key, set()).add(iso3)
    return {key: next(iter(codes)) if len(codes) == 1 else None for key, codes in found.items()}


_UNITS_BY_DIRECTION: Final = _units_by_direction()


#: The longest word in capitals `subnational_unit` reads as an acronym: a longer one ("KERALA",
#: "SINDH") is more likely a unit's name in a headline written in capitals.
_MAX_ACRONYM_LETTERS: Final = 4


#: A pure function of a short string (a name): called for every title with an organization.
@lru_cache(maxsize=8192)
def subnational_unit(name: str) -> tuple[bool, str | None]:
    """Whether `name` is a first-level unit of a country ("Punjab", "Western Province", "Lagos
    State", "Sindh Province"), and its country when one country has it; a name only of where
    the unit lies tells one only when no other country's unit is so named ("Eastern Province"
    tells none, "Western North" Ghana). A unit's government is no organization: "Punjab Chief
    Secretary X" holds an office of government. A short word all in capitals is an acronym, no
    unit, though it spells one without its accents: "ERD Secretary X" is of Bangladesh's
    Economic Relations Division, not of Hungary's Érd ("GOA", "MIE", "VAS" likewise)."""
    if len(name) <= _MAX_ACRONYM_LETTERS and name.isupper() and name.isalpha():
        return False, None
    key = fold(name).lower()
    direction = _direction_key(key)
    if key in _UNIT_NAMES:
        if direction is not None:
            return True, _UNITS_BY_DIRECTION.get(direction)
        return True, _UNIT_NAMES[key] or city_country(name)
    head, _, noun = key.rpartition(" ")
    if noun in _UNIT_NOUNS and head in _UNIT_NAMES:
        if direction is not None:
            return True, _UNITS_BY_DIRECTION.get(direction)
        return True, _UNIT_NAMES[head] or city_country(name[: len(head)])
    return noun in _ONLY_UNIT_NOUNS and bool(head), None


@lru_cache(maxsize=4096)
def joined_places_country(word: str) -> str | None:
    """ISO alpha-3 of a region named by joining its places with hyphens ("Tangier-Tetouan-Al",
    "Rabat-Sale-Kenitra", "Fes-Meknes"): its first place is a city or a unit the gazetteer knows
    and every other known one is of the same country; None for a word with no hyphen, or for
    places of two countries ("Hanoi-Paris")."""
    if "-" not in word:
        return None
    found = {
        iso3 for part in word.split("-") if (iso3 := city_country(part) or _REGION_FORMS.get(fold(part)))
    }
    first = word.split("-", 1)[0]
    if len(found) != 1 or not (city_country(first) or _REGION_FORMS.get(fold(first))):
        return None
    return next(iter(found))
