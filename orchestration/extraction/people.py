"""Named people in a sentence, with the title, country and organization written around them.

News introduces an official in a few fixed shapes, which this module parses rather than
relying on any list of known politicians (the held-out corpus has other people):

    TITLE NAME          "Chinese President Xi Jinping", "Minister of Economy of Ghana Kwame Asante"
    NAME, TITLE         "Miguel Díaz-Canel, President of the Council of State of Cuba"
    NAME                "Emmanuel Macron arrived in Dakar" (no title; resolved later)

Names are runs of capitalized tokens with the lower-case particles of Arabic, Dutch, Spanish
or South Asian names ("bin", "al", "van", "de", "ul"), after dropping honorifics ("Dr.",
"Sheikh"). Titles come from titles.py. Later bare mentions ("Tokayev noted") are resolved by
a per-document `NameRegistry`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from typing import Final

from orchestration.extraction.companies import company_country
from orchestration.extraction.countries import (
    LANDMARKS,
    CountryMention,
    countries_in_name,
    find_blocs,
    fold,
    iso3_for,
    place_kind,
    read_tsv,
)
from orchestration.extraction.dates import FULL_MONTHS, WEEKDAYS
from orchestration.extraction.engagement_types import DIGIT_ORDINAL, LEADING_VERBS, word_set
from orchestration.extraction.leaders import full_name_words, known_nationality
from orchestration.extraction.organizations import (
    OrgMention,
    is_descriptor,
    listed_body_of_states,
    organizations_in,
    quoted_name_end,
)
from orchestration.extraction.titles import (
    APOSTROPHES,
    CLAUSE_OPENERS,
    COUNTERPART_WORDS,
    DATING_THEN,
    FATHER_PARTICLES,
    GIVEN_NAME_TITLES,
    HEAD_WORDS,
    HON_STYLES,
    MALAY_STYLES,
    NAME_STYLES,
    NAME_SUFFIXES,
    OFFICE_STYLES,
    ORG_SUFFIXES,
    PATRONYMIC_SUFFIXES,
    POSSESSIVE_MARKS,
    PRINCIPAL_HEADS,
    RANKS,
    SEAT_LETTERS,
    STYLE_TITLES,
    STYLES_AFTER_THE,
    TITLE_SMALL_WORDS,
    TITLE_WORDS,
    WORDS,
    Sentence,
    TitleMention,
    bracketed_style_end,
    given_name_after_style,
    given_title_inside_name,
    head_as_surname,
    listed_companies,
    particle_between_names,
    plural_title_at,
    portfolio_in_brackets,
    rank_end,
    sent_by_principal,
    titles_in,
    unshouted,
)

_HONORIFICS: Final = WORDS["honorific"]
_PARTICLES: Final = WORDS["particle"]
_INITIALS: Final = re.compile(r"(?:[^\W\d_]\.)+")
_MAX_NAME_WORDS: Final = 6  # capitalized words: "Salman bin Hamad bin Isa Al Khalifa" has 5
#: A regnal number after a name ("Felipe VI", "Carl XVI Gustaf"); a lone "I" is the pronoun.
_REGNAL: Final = re.compile(r"X{0,3}(?:IX|IV|VI{0,3}|I{2,3})|X{1,3}I?")
#: Courtesy words before a surname written in capitals ("Mr. KISHIDA Fumio", "Ms. KAMIKAWA Yoko").
_PERSONAL_HONORIFICS: Final = frozenset(["mr", "ms", "mrs", "dr", "madam", "mister"])
#: Words that can never be part of a personal name: title, portfolio, org, date, function words.
#: Surnames that are also such words ("Power", "King", "Li") stay usable as names.
_NOT_NAME: Final = (
    WORDS["not_name"] | WORDS["calendar"] | WORDS["function"] | ORG_SUFFIXES | TITLE_WORDS
) - WORDS["name_like"]


@dataclass(slots=True, unsafe_hash=True)
class PersonMention:
    """A named person. `title` is as written without the country; `text` is the whole phrase.

    `country_iso3` and `organization` are what the phrase itself says; callers infer the rest
    (a bare "Prime Minister Shehbaz Sharif" in a Pakistani story).
    """

    start: int
    end: int
    name: str
    title: str | None
    country_iso3: str | None
    organization: str | None
    text: str
    name_start: int = 0
    name_end: int = 0
    #: Introduced as someone's "counterpart" or "peer": the role is the other side's, which
    #: the caller knows ("X met his Kuwaiti counterpart Y"), so `title` stays None.
    counterpart: bool = False
    #: A military rank written right before the name of someone no office introduces
    #: ("Captain X received ..."): the title as written, when the story tells no office for
    #: them (callers prefer an office told elsewhere: "President X" in another sentence).
    rank: str | None = None

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow). So the class is not frozen
    # (a frozen one's fields cannot be set here); it is never changed in place, and unsafe_hash
    # gives it the hash frozen did.
    def __init__(
        self,
        start: int,
        end: int,
        name: str,
        title: str | None,
        country_iso3: str | None,
        organization: str | None,
        text: str,
        name_start: int = 0,
        name_end: int = 0,
        counterpart: bool = False,
        rank: str | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.name = name
        self.title = title
        self.country_iso3 = country_iso3
        self.organization = organization
        self.text = text
        self.name_start = name_start
        self.name_end = name_end
        self.counterpart = counterpart
        self.rank = rank


_NOT_NAME_PARTS: Final = (WORDS["not_name"] | WORDS["calendar"] | WORDS["function"]) - WORDS["name_like"]


#: One syllable of Hanyu Pinyin without tones: an optional initial and a final.
_PINYIN_SYLLABLE: Final = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uai|iao|ian|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|[aoeiuü])"
)
#: A Chinese given name written as one word of one or two syllables ("Lifeng", "Yi", "Weidong").
_PINYIN_GIVEN_NAME: Final = re.compile(rf"[A-Z](?i:{_PINYIN_SYLLABLE}){{1,2}}")


#: Quote marks after which a sentence's "He" stays the pronoun: speech about someone.
_QUOTE_OPENERS: Final = frozenset(['"', "“", "‘", "'", "«"])


def is_surname_he(words: Sequence[str], i: int) -> bool:
    """ "He" written so inside a sentence is the Chinese surname ("Vice Premier He Lifeng",
    "Liu He"), not the pronoun (lower case there) nor "HE", His Excellency.

    Opening a sentence it is the pronoun ("He met ...") unless a Chinese given name follows and
    the clause then goes on in lower case or with a comma: "He Lifeng met with ...", "He Lifeng,
    vice premier, ..."; a title-case headline ("He Meets Lula"), "He Also said" and a quotation's
    first word ("He ..." after a quote mark: someone's words) stay a pronoun.
    """
    if words[i] != "He":
        return False
    if i > 0 and words[i - 1] not in CLAUSE_OPENERS:
        return True
    given, after = words[i + 1], words[i + 2]
    return (
        words[i - 1] not in _QUOTE_OPENERS
        and _PINYIN_GIVEN_NAME.fullmatch(given) is not None
        and given.lower() not in _NOT_NAME_PARTS
        and (after == "," or after[:1].islower())
    )


def is_lone_surname(s: Sentence, i: int) -> bool:
    """Whether token i alone can be a person's surname ("Lula", "Macron", "Xi"): a
    capitalized name word that is no title, honorific or acronym, nor a seat of government
    ("Akorda hosted a meeting between ...", "Kremlin hosted talks ...": the venue, which had
    been read as one more participant)."""
    word = s.words[i]
    return (
        len(word) > 1
        and word.isalpha()
        and not word.isupper()
        and s.lowers[i] not in TITLE_WORDS
        and s.lowers[i] not in _HONORIFICS
        and word not in LANDMARKS
        and _is_name_word(s, i)
    )


def _country_in_brackets(s: Sentence, i: int) -> bool:
    """Whether the "(" at token i holds a country's name alone ("Lee Kinyanjui (Kenya) and
    Francis Mwebesa (Uganda) met"): the country a listed person is of, not a body's initials
    after its name (the name had been taken for a body's, and the person lost)."""
    found = s.country_at(i + 1, ("name",))
    return found is not None and s.lowers[found[0]] == ")"


def _plural_of_not_name(lower: str) -> bool:
    """Whether a lower-cased word is the plural of a word no name is made of: "Championships",
    and one in "-ies" of a word in "-y" ("Cabinet Secretaries X and Y", "Deputies": the plural
    title had been read as the first name's given name, and the title lost)."""
    if not lower.endswith("s"):
        return False
    return lower[:-1] in _NOT_NAME or (lower.endswith("ies") and lower[:-3] + "y" in _NOT_NAME)


def particled_surname(word: str) -> bool:
    """Whether `word` is a surname joined to its particle ("al-Ghurairi", "el-Sisi"), which
    opens in lower case and so fails a capitals test of a name's last word."""
    head, _, rest = word.partition("-")
    return head in _PARTICLES and rest[:1].isupper() and rest.lower() not in _NOT_NAME


def _is_name_word(s: Sentence, i: int) -> bool:
    """Whether token i can be a capitalized word of a personal name ("al-Sisi" counts too)."""
    word = s.words[i]
    if not s.caps[i]:
        return particled_surname(word)

    lower = s.lowers[i]
    month = lower in _HIJRI_MONTH_HEADS or (i > 0 and s.lowers[i - 1] in _HIJRI_MONTH_HEADS)
    if month and _in_hijri_date(s, i):
        return False  # "20 Rabi Al-Thani 1447 AH", "Jumada Al-Awwal 5, 1447": a date, no one's name
    if (
        lower not in _WORDS_WITH_RULES
        and len(word) > 1
        and word.isalpha()
        and not word.isupper()
        and not _plural_of_not_name(lower)
        and word != "He"
        and word != "Said"
    ):
        # (most capitalized words: a plain word of letters that none of the rules below reads,
        # each of them asking for one of these words, a plural of a word not a name, an
        # initial, a digit, capitals, "He" or "Said"; only the country test applies)
        return not s.in_country(i) or _is_place_inside_name(s, i)
    if is_surname_he(s.words, i):
        return True
    if word == "Said" and said_is_name(s, i):
        return True
    if lower in FULL_MONTHS and ((i > 0 and s.words[i - 1].isdigit()) or s.words[i + 1][:1].isdigit()):
        return False  # "On 5 March, the minister ...", "May 12": a date, though "March" is a surname too
    if (lower in FULL_MONTHS or lower in _GIVEN_NAME_FUNCTION_WORDS) and _given_name_after_title(s, i):
        return True  # "Foreign Minister January Makamba", "High Commissioner Will Robinson": names
    if (
        lower in WEEKDAYS
        and (_given_name_after_title(s, i) or _given_name_before_appositive_title(s, i))
        and _in_running_text(s)
    ):
        # "Sports Minister Sunday Dare", "Minister of Foreign Affairs Monday Semaya Kumba", or
        # with the title after the name, "Sunday Dare, Nigeria's sports minister, met ...": a
        # day given as a name (West Africa, South Sudan), as a month is; a day that dates the
        # event comes after "on" or after the name ("Minister X Monday met"), and a title-case
        # heading ("Minister Monday Meets ...") is no running text
        return True
    plural_of_not_name = _plural_of_not_name(lower)  # "Championships", "Secretaries"
    if lower in _NOT_NAME and (s.lowers[i + 1] in FATHER_PARTICLES or s.lowers[i - 1] in FATHER_PARTICLES):
        # "Sheikh Sultan bin Muhammad": a given name, his father's after it; "Saleh bin Said
        # Masan": the father's name after "bin", whatever else the word means
        return True
    if (
        len(word) == 1
        and i > 0
        and s.lowers[i + 1] == "."
        and s.caps[i + 2]
        and s.lowers[i + 2] not in _NOT_NAME
    ):
        return True  # the initial "A." or "I." ("Minister A. Karimov"), not the article or pronoun
    if lower in _NOT_NAME and _family_article_before(s, i):
        return True  # "Haitham bin Tarik Al Said": the family's name, whatever else the word means
    if (
        lower in _NOT_NAME
        and lower not in WORDS["function"]  # (a sentence's "He" is a pronoun: is_surname_he decides)
        and s.caps[i + 1]
        and known_nationality(f"{word} {s.words[i + 1]}") is not None
    ):
        return True  # "Duma Boko": a listed leader whose given name is also a body's
    if _title_word_inside_name(s, i):
        return True  # "Trade Minister Ali Sultan Hamad": a name's word between two, no sultan
    if lower in TITLE_WORDS and given_name_after_style(s, i):
        return True  # "Dato Sri Amir Hamzah": the given name Amir, not the emir
    if lower in _SHORT_LEGAL_FORMS and _opens_name_after_style(s, i):
        return True  # "Datuk Ab Rahman Arsad", "Minister Ab Aziz Kadir": a name's word, no "AB"
    if lower in _SHORT_LEGAL_FORMS and _surname_after_particle(s, i):
        return True  # "Feliciano de Sa Guimaraes": a Portuguese surname, no "SA"
    if lower in _SHORT_LEGAL_FORMS and particle_between_names(s, i):
        return True  # "Mohamed Ag Erlaf": the Tuareg "son of", no "AG"
    if "." in word and _INITIALS.fullmatch(word) and _styled(s, i - 1) and _plain_name_word(s, i + 1):
        return True  # "Ambassador S.A. Rajan", "Mr. B.V. Rao": initials after a title, no "S.A." or "B.V."
    if (lower in _NOT_NAME or plural_of_not_name) and _given_name_after_countrys_possessive(s, i):
        return True  # "South Africa's Parks Tau": a given name that is also a common noun
    if lower in _SURNAME_COMPASS_WORDS and _compass_surname(s, i):
        return True  # "British Minister Catherine West MP met ...": the surname, no region
    if lower in _NOT_NAME or plural_of_not_name or (not word.isalpha() and any(c.isdigit() for c in word)):
        return False
    if len(word) == 1:
        # An initial: "H." inside a name, or written without a dot as South Asian names are
        # ("S Jaishankar", "M K Stalin").
        return (s.lowers[i + 1] == "." and s.caps[i + 2]) or _is_bare_initial(s, i)
    if word.isupper() and len(word) > 1 and not _INITIALS.fullmatch(word):
        # acronyms (KTZ, SOCAR) are organizations, not people; initials (K.T.) are not; a surname
        # in capitals after a styled given name closes it ("H.E. Mr. Ahmed ELMI")
        return _upper_surname_after_given_name(s, i)
    if s.in_country(i):
        return _is_place_inside_name(s, i)
    # "Kazakh-Chinese", "North-South" are not names; "Amir-Abdollahian", "Uzoka-Anite" are, and
    # so are "Ben-Ali" and "Per-Olof", whose parts are only country codes (Benin's, Peru's).
    return (
        "-" not in word
        or _romanized_given_name(s, i)
        or all(
            part not in _NOT_NAME_PARTS and iso3_for(part, codes=False) is None for part in lower.split("-")
        )
        or _double_surname_with_city(s, i)
        or _family_name_of_origin(lower)
    )


def _family_name_of_origin(lower: str) -> bool:
    """Whether a hyphenated word is an Arab family name told by an origin, its article joined
    to a country's demonym ("Al-Kuwaiti", "al-Qatari", "El-Emirati"): a surname, though its
    second part names a country (the name had been cut before it: "Mohamed bin Abdullah")."""
    article, _, origin = lower.partition("-")
    return article in _ORIGIN_ARTICLES and origin.isalpha() and iso3_for(origin, codes=False) is not None


#: The Arabic article as it opens a family name told by an origin: "Al-Kuwaiti", "El-Masri".
_ORIGIN_ARTICLES: Final = frozenset(["al", "el"])


def _in_hijri_date(s: Sentence, i: int) -> bool:
    """Whether token i is a Hijri month's name, or the word after its head ("Al-Thani" of "Rabi
    Al-Thani"), in a date: a day's number right before the head, or after its name ("Rabi Al-Thani
    22"). "Rajab", "Safar" and "Al-Thani" are names too ("Rajab Safarov", "Sheikh Tamim Al-Thani"),
    so the number decides."""
    head = i if s.lowers[i] in _HIJRI_MONTH_HEADS else i - 1
    if head > 0 and s.words[head - 1].isdigit() and len(s.words[head - 1]) <= 2:
        return True
    for k in range(head + 1, min(s.n, head + 4)):
        if s.words[k].isdigit():
            return len(s.words[k]) <= 2
        if not s.caps[k]:
            return False
    return False


#: First words of the Hijri months' names in their common transliterations.
_HIJRI_MONTH_HEADS: Final = word_set(
    "muharram safar rabi rabia rabiul rabi' jumada jumadah jumadi jumad rajab shaban sha'ban shaaban "
    "ramadan ramadhan shawwal dhu dhul zul thul zil"
)


#: Compass words that are also surnames ("Catherine West", "Tom North"): those of
#: countries._COMPASS_WORDS that are whole words on their own.
_SURNAME_COMPASS_WORDS: Final = frozenset(["north", "south", "east", "west"])


def _compass_surname(s: Sentence, i: int) -> bool:
    """Whether the capitalized compass word at token i closes a personal name: after a plain
    capitalized given name (no place, no word of a title or body) and before no capitalized
    word that it would open as a region ("Catherine West met", but "the West Bank", "Java
    West Africa" and "Nairobi North" stay places); letters after a name for a seat or an honour
    (`_is_post_nominal`: "Catherine West TD", "Tom North KC") open no region."""
    k = i - 1
    return (
        s.caps[i]
        and k >= 0
        and s.caps[k]
        and s.words[k].isalpha()
        and s.lowers[k] not in _NOT_NAME
        and not s.in_country(k)
        and not s.in_country(i)
        and not (i + 1 < s.n and s.caps[i + 1] and not _is_post_nominal(s.words[i + 1]))
    )


def _double_surname_with_city(s: Sentence, i: int) -> bool:
    """Whether the hyphenated word at token i, right after a given name, is a double surname
    one of whose two parts is also a city's name ("Diana Salazar-Mendoza", "Ana Valencia-Rojas"),
    as Spanish surnames often are: the other part is a name word no place has, so the word joins
    no two places ("Lagos-Abidjan") nor countries ("Kenya-Uganda"), and a given name before it
    makes it a name (the person had been cut to "Diana", or lost)."""
    parts = s.words[i].split("-")
    if len(parts) != 2 or not all(part.isalpha() and part[:1].isupper() for part in parts):
        return False
    kinds = [place_kind(part) for part in parts]
    if kinds.count(None) != 1 or not all(kind in (None, "city", "capital") for kind in kinds):
        return False
    other = parts[kinds.index(None)]
    return (
        other.lower() not in _NOT_NAME_PARTS
        and iso3_for(other, codes=False) is None
        and _plain_name_word(s, i - 1)
        and s.lowers[i - 1] not in TITLE_WORDS
    )


#: A company's legal form of two letters ("AB", "AO", "SA", "AS"), which a name may also open
#: with when written in title case: the Malay "Ab" ("Ab Rahman"), the Chinese "Ao".
_SHORT_LEGAL_FORMS: Final = frozenset(w for w in ORG_SUFFIXES if len(w) == 2 and w.isalpha()) - {"co"}


def _given_name_after_countrys_possessive(s: Sentence, i: int) -> bool:
    """Whether the word at token i, right after a country's possessive, opens a two-word name:
    one plain name word follows, and nothing capitalized after it ("South Africa's Parks Tau
    and ..."); not a body ("Kenya's Parks Board", "Kenya's Coast Guard Service"), whose second
    word is no name's or which runs on."""
    if i < 2 or s.lowers[i] in WORDS["function"] or not s.country_possessive_before(i):
        return False
    return _plain_name_word(s, i + 1) and not s.lowers[i + 1].endswith("s") and not s.caps[i + 2]


def _surname_after_particle(s: Sentence, i: int) -> bool:
    """Whether the short legal form at token i, in title case, follows a lower-case name
    particle after a name's word ("Feliciano de Sa Guimaraes", "Ana da Sa"): a company's legal
    form is written in capitals after the company's name ("Banco Santander SA"), never after
    "de" or "da", so here it is a surname."""
    return (
        i > 1
        and s.words[i].istitle()
        and s.words[i - 1].islower()
        and s.lowers[i - 1] in _PARTICLES
        and s.caps[i - 2]
    )


def _opens_name_after_style(s: Sentence, i: int) -> bool:
    """Whether the title-case word at token i is a name's word: right after a title word or an
    honorific ("Police Chief Datuk Ab Rahaman Arsad"), or after one given name that follows
    one ("Defence Minister Mohammad Ab Rahman"), and before a name word; a legal form ends a
    company's name instead, after its capitalized words ("Nokia Oy Ab", "Volvo AB")."""
    if i == 0 or not s.words[i].istitle() or not s.caps[i + 1] or s.lowers[i + 1] in _NOT_NAME:
        return False
    if _styled(s, i - 1):
        return True
    return (
        i > 1
        and _plain_name_word(s, i - 1)
        and s.lowers[i - 1] not in TITLE_WORDS
        and (_styled(s, i - 2) or _ends_title_of_body(s, i - 2))
    )


#: How many capitalized words a body after a title's "of" may have before a name: "Chief of
#: Defence Force", "Chief of Army Staff".
_TITLE_BODY_REACH: Final = 4


def _ends_title_of_body(s: Sentence, k: int) -> bool:
    """Whether token k closes a title's body after its "of" ("Chief of Defence Force | Mohammad
    Ab Rahman"): the capitalized words back to "of" and a title word before it, after which a
    name opens as after a title word."""
    j = k
    while j > 0 and k - j < _TITLE_BODY_REACH and s.caps[j]:
        j -= 1
    return j < k and s.lowers[j] == "of" and s.caps[j - 1] and s.lowers[j - 1] in TITLE_WORDS


def _title_word_inside_name(s: Sentence, i: int) -> bool:
    """Whether the capitalized title word at token i that is also a given name stands inside a
    name (`given_title_inside_name`) whose given name follows a title or honorific ("Trade
    Minister Ali Sultan Hamad said"), where no office can be."""
    return given_title_inside_name(s, i) and i > 1 and _styled(s, i - 2)


def _styled(s: Sentence, i: int) -> bool:
    """Whether token i is an honorific or a capitalized title word, after which a name opens."""
    before = s.lowers[i]
    return before in _HONORIFICS or before in _SECOND_HONORIFICS or (s.caps[i] and before in TITLE_WORDS)


def said_is_name(s: Sentence, i: int) -> bool:
    """Whether a capitalized "Said" at token i is a name, not the verb (which is written in lower
    case inside a sentence): before a capitalized word ("Mbae Said Toybou", "Minister of
    Transport, Said Al Maawali", and first in a sentence that quotes no one), or closing a name
    before a lower-case word ("Chairman ... Sharif Said met", "Deputy Prime Minister Davlatali
    Said in Moscow": the surname)."""
    if s.caps[i + 1] and s.lowers[i + 1] not in _NOT_NAME:
        # first in a sentence, the verb opens an inverted attribution of a quotation ("Said
        # Smith: "..."); a sentence with no quotation opens on the name ("Said Al Maawali,
        # Oman's Minister of Transport, met ...": the given name had been lost)
        return i > 0 or not _QUOTATION_MARKS.intersection(s.text)
    return i > 1 and not s.caps[i + 1] and _given_name_before(s, i)


#: Marks that open or close a quotation, and the colon that introduces one ("Said Smith: ...").
_QUOTATION_MARKS: Final = frozenset('"“”«»:')


def _given_name_before(s: Sentence, i: int) -> bool:
    """Whether token i - 1 is a capitalized name word inside the sentence (not its first
    word, nor a word of a place or a body): then a capitalized "Said" after it, before a word
    in lower case, closes the name, the verb being written in lower case there."""
    before = i - 1
    return (
        s.words[before - 1] not in CLAUSE_OPENERS
        and s.words[before].istitle()
        and s.words[before].isalpha()
        and s.lowers[before] not in _NOT_NAME
        and not s.in_country(before)
    )


#: Function words that are also given names ("Will Robinson"), read as names where a month is.
_GIVEN_NAME_FUNCTION_WORDS: Final = frozenset(["will"])
#: Every lower-case word one of `_is_name_word`'s rules for a capitalized word reads (months,
#: "will", words not names, titles, short legal forms, compass words, titles that are given
#: names): any other plain word of letters is a name word unless it is part of a country.
_WORDS_WITH_RULES: Final = (
    _NOT_NAME
    | FULL_MONTHS
    | _GIVEN_NAME_FUNCTION_WORDS
    | TITLE_WORDS
    | _SHORT_LEGAL_FORMS
    | _SURNAME_COMPASS_WORDS
    | GIVEN_NAME_TITLES
)


def _given_name_after_title(s: Sentence, i: int) -> bool:
    """Whether the month or function word at token i is a given name: right after a title,
    an honorific or the country that ends a title ("Minister of Foreign Affairs of the United
    Republic of Tanzania January X", "High Commissioner Will Robinson") and before a
    capitalized word of a name. A date there would be "in January" or "January 5", a modal
    verb is written in lower case; a title names neither."""
    after = s.words[i + 1]
    if not (s.caps[i + 1] and after.isalpha() and s.lowers[i + 1] not in _NOT_NAME):
        return False
    if s.in_country(i + 1) or s.lowers[i + 1] in FULL_MONTHS:
        return False
    before = i - 1
    if s.lowers[before] == "," and s.lowers[i + 2] in (",", ".", ""):
        return i >= 2 and s.caps[i - 2]  # "the Minister of Foreign Affairs, January Makamba,"
    ends_country = any(end == i for end, _ in s.countries.values())
    return (
        before >= 0
        and s.caps[before]
        and (s.lowers[before] in TITLE_WORDS or s.lowers[before] in _HONORIFICS or ends_country)
    )


#: Tokens that may come before a sentence's subject: its start, a dateline's dash or colon.
_SUBJECT_OPENERS: Final = frozenset(["", "-", "--", "\u2013", "\u2014", ":"])


def _given_name_before_appositive_title(s: Sentence, i: int) -> bool:
    """Whether the day at token i opens a subject's name whose title follows after a comma:
    "Sunday Dare, Nigeria's sports minister, met ..." (West African officials are named for
    the day of their birth). A day that dates the sentence is followed by its comma ("Sunday,
    the minister said") or by a verb in lower case ("Sunday saw ..."), and one after "on" or
    inside the sentence is no subject's opening word; a capitalized word and a comma with a
    title word among the next few words is a name and its apposition."""
    if i > 0 and s.words[i - 1] not in _SUBJECT_OPENERS:
        return False
    surname = i + 1
    if not (s.caps[surname] and s.words[surname].isalpha() and s.lowers[surname] not in _NOT_NAME):
        return False
    if s.in_country(surname) or s.lowers[surname] in FULL_MONTHS or s.words[surname + 1] != ",":
        return False
    apposition = range(surname + 2, min(surname + 7, s.n))
    return any(s.lowers[k] in TITLE_WORDS for k in apposition)


def _family_article_before(s: Sentence, i: int) -> bool:
    """Whether token i follows the article of an Arabic family name ("Al", "El") that itself
    follows a name word after "bin": "Shihab bin Tarik Al Said", "Theyazin bin Haitham Al Said"."""
    return s.words[i - 1] in ("Al", "El") and s.caps[i - 2] and s.lowers[i - 3] in FATHER_PARTICLES


#: A Korean given name as romanized: two short syllables, the second in lower case ("In-kyo",
#: "Duk-geun", "Jae-in"); its syllables may be English words ("In", "Ki-moon").
_ROMANIZED_GIVEN_NAME: Final = re.compile(r"[A-Z][a-z]{1,3}-[a-z]{2,4}")


def _romanized_given_name(s: Sentence, i: int) -> bool:
    """A romanized Korean given name right after a capitalized surname ("Cheong In-kyo",
    "Ahn Duk-geun"); "The Long-term" has no surname before it."""
    before = s.words[i - 1]
    return (
        _ROMANIZED_GIVEN_NAME.fullmatch(s.words[i]) is not None
        and s.caps[i - 1]
        and before.isalpha()
        and s.lowers[i - 1] not in _NOT_NAME
        and i - 1 not in s.countries
    )


def _is_bare_initial(s: Sentence, i: int) -> bool:
    """A capital letter without a dot before a name word or another such initial."""
    word = s.words[i]
    if not word.isalpha() or word in ("A", "I") or not s.caps[i + 1]:
        return False
    following = s.words[i + 1]
    if len(following) == 1:
        return following.isalpha() and s.caps[i + 2] and len(s.words[i + 2]) > 1
    return following.isalpha() and s.lowers[i + 1] not in _NOT_NAME and i + 1 not in s.countries


def _digraph_initial(s: Sentence, i: int) -> bool:
    """A two-letter initial set against the name after its dot, as Mongolian names write the
    father's name ("Ts.Munkh-Orgil", "Kh.Nyambaatar": one letter of Cyrillic is two of Latin)."""
    word = s.words[i]
    return (
        len(word) == 2
        and word[0].isupper()
        and word[1].islower()
        and s.lowers[i + 1] == "."
        and s.ends[i] == s.starts[i + 1]
        and s.ends[i + 1] == s.starts[i + 2]
        and s.caps[i + 2]
    )


def _is_particle_run(s: Sentence, j: int) -> bool:
    """Whether particles starting at token j lead to a name word: "von der Leyen", "bin Salman"."""
    while s.lowers[j] in _PARTICLES:
        j += 1
    return _is_name_word(s, j)


def _name_end(s: Sentence, i: int) -> int:
    """End (exclusive token index) of the personal name that starts at token i, or i."""
    j = i
    words = 0
    end = i
    n = s.n
    while j < n and words < _MAX_NAME_WORDS:
        if words >= 2 and j == end and _dotted_post_nominal(s, j):
            break  # "Mia Mottley M.P. met": letters for a seat after the name, no initials of it
        if _is_name_word(s, j):
            # honorifics inside a name ("Tengku Datuk Seri Zafrul ...") do not count
            words += s.lowers[j] not in _HONORIFICS and s.lowers[j] not in _SECOND_HONORIFICS
            initial = (
                len(s.words[j]) == 1 or s.lowers[j] in _ABBREVIATED_GIVEN_NAMES or _digraph_initial(s, j)
            )
            j += 2 if initial and s.lowers[j + 1] == "." else 1
            end = j
        elif j > i and j == end and _REGNAL.fullmatch(s.words[j]):
            j += 1  # "King Felipe VI", "Carl XVI Gustaf": the number belongs to the name
            end = j
        elif s.lowers[j] in _PARTICLES and j > i and _is_particle_run(s, j):
            j += 1
        elif j >= i + 2 and j == end and _is_closing_short_name(s, j):
            j += 1  # "Minister of Digital Economy Nguyen Van An met ...": "An" ends the name
            end = j
        elif j > i and j == end and _mid_name_doctor(s, j):
            j += 1 + (
                s.lowers[j + 1] == "."
            )  # "Tuilaepa Dr Sa'ilele Malielegaoi": a chief's title, then "Dr"
        elif j >= i + 2 and j == end and s.lowers[j] in PATRONYMIC_SUFFIXES:
            # "Nurlan Asan uulu", "Aida Bolot kyzy": the suffix after the father's name is the
            # name's, and a surname may follow it ("Ilham Heydar oglu Aliyev")
            j += 1
            end = j
        else:
            break
    return end


def _dotted_post_nominal(s: Sentence, i: int) -> bool:
    """Whether token i is letters for a seat or an honour written with periods ("M.P.", "K.C."),
    before no capitalized word: they close the name before them, whose initials they are not
    ("K.P. Sharma Oli" opens on initials, before a name word)."""
    return "." in s.words[i] and not s.caps[i + 1] and _is_post_nominal(s.words[i])


def _mid_name_doctor(s: Sentence, i: int) -> bool:
    """Whether token i is a "Dr" inside a name, after a name word and before two more ("Tuilaepa
    Dr Sa'ilele Malielegaoi", as Samoan papers write a matai title before the doctorate): the
    name goes on over it, and the courtesy is dropped from the name as written."""
    k = i + 1 + (s.lowers[i + 1] == ".")
    return (
        s.lowers[i] == "dr"
        and s.caps[i]
        and _is_name_word(s, i - 1)
        and _is_name_word(s, k)
        and _is_name_word(s, k + 1)
        and s.lowers[k] not in _HONORIFICS
        and s.lowers[i - 1] not in _HONORIFICS | _SECOND_HONORIFICS | _STYLES_AFTER_THE  # "the Hon Dr X"
    )


def _name_text(s: Sentence, first: int, last: int) -> str:
    """The name written over tokens first..last, less a "Dr" inside it ("Tuilaepa Sa'ilele
    Malielegaoi")."""
    for k in range(first + 1, last - 2):
        if s.lowers[k] == "dr" and _mid_name_doctor(s, k):
            after = k + 1 + (s.lowers[k + 1] == ".")
            return f"{s.span_text(first, k)} {s.span_text(after, last)}"
    return s.span_text(first, last)


def _is_closing_short_name(s: Sentence, i: int) -> bool:
    """Whether token i, a capitalized two- or three-letter function word ("An", "To", "Do")
    after two name words and before no capitalized word, is the last word of a Vietnamese or
    Korean name ("Nguyen Van An"): in running text a capitalized "An" mid-sentence starts no
    phrase, and a title-case heading ("Talks To Resume") goes on in capitals."""
    word = s.words[i]
    return (
        len(word) <= 3
        and word.istitle()
        and s.lowers[i] in WORDS["function"]
        and not s.caps[i + 1]
        and not s.words[i + 1][:1].isdigit()
    )


#: Given names written abbreviated with a full stop, like an initial: the Filipino "Ma."
#: (María) of "Ma. Theresa Lazaro" ("Ma" without one is the Chinese surname).
_ABBREVIATED_GIVEN_NAMES: Final = frozenset(["ma"])

#: Later words of many-word honorifics (Malay "Tan Sri", "Datuk Seri"; Khmer "Samdech Moha
#: Borvor Thipadei"); alone they start a name ("Sri Mulyani"), as "Tan" does ("Tan See Leng").
_SECOND_HONORIFICS: Final = WORDS["second_honorific"]


#: Styles written with "the" before a name: "the Hon.", "the Rt Hon.", "the Honourable", and
#: "the Right Honourable" spelt out.
_STYLES_AFTER_THE: Final = STYLES_AFTER_THE | {"right"}


#: The nouns of a style after "His"/"Her" ("His Highness", "Her Majesty", "His Excellency").
_STYLE_NOUNS: Final = frozenset(["excellency", "highness", "majesty"])


def _chief_style_words(s: Sentence, i: int) -> int:
    """How many words of a chief's style ("Chief", "Grand Chief") open a name at token i, or 0:
    a style, as "Sir" is, when a name or an honorific follows ("Chief Sir Bob Dadae"), no
    office ("Chief Minister X", "Chief Executive Y" are titles)."""
    size = 2 if s.words[i] == "Grand" else 1
    if s.words[i + size - 1] != "Chief":
        return 0
    if bracketed_style_end(s, i + size):
        return size  # "Chief (Dr.) X": a second style in brackets, then the name
    after = s.lowers[i + size]
    return size if s.caps[i + size] and after not in TITLE_WORDS and s.country_at(i + size) is None else 0


def _malay_styles(s: Sentence, i: int, first: int) -> bool:
    """Whether the honorifics from token i to `first` are Malay styles ("Dato' Seri", "Datuk
    Seri Utama Haji", "Tan Sri"): Bernama and The Star refer back to a minister by them and his
    given name alone ("Dato' Seri Mohamad", "Tan Sri Muhyiddin"), who is no "Seri Mohamad"."""
    return s.lowers[i] in MALAY_STYLES and first - i >= 2 and first < s.n and s.caps[first]


def _skip_honorifics(s: Sentence, i: int) -> int:
    """Token index after honorifics ("Dr.", "H.E.", "Sheikh", "His Excellency", "Datuk
    Seri") at token i."""
    start = i
    while True:
        lower = s.lowers[i]
        if lower in ("his", "her") and s.lowers[i + 1] in _STYLE_NOUNS:
            i += 2
        elif lower in _STYLE_NOUNS and i == start and s.lowers[i - 1] in ("his", "her"):
            i += 1  # "..., and His Highness Sheikh X, Minister ...": the name read back to the style
        elif (lower in _HONORIFICS or (lower in _SECOND_HONORIFICS and i > start)) and s.caps[i]:
            if is_surname_he(s.words, i) or _given_name_before_particle(s, i):
                return i
            i += 1
        elif lower == "the" and s.lowers[i + 1] in _STYLES_AFTER_THE and s.caps[i + 1]:
            i += 1  # "the Hon. Navinchandra Ramgoolam", "Dr the Hon. ...": a parliamentary style
        elif lower == "most" and s.caps[i] and s.lowers[i - 1] == "the" and s.lowers[i + 1] in HON_STYLES:
            i += 1  # "the Most Hon. Andrew Holness": Jamaica's style for its prime minister
        elif i == start and _chief_style_words(s, i):
            i += _chief_style_words(s, i)  # "Grand Chief Sir Bob Dadae", "Chief Olusegun Obasanjo"
        elif lower == "tan" and s.lowers[i + 1] == "sri":
            i += 2  # "Tan Sri X"; "Tan See Leng" is a name
        elif lower in NAME_STYLES and _style_before_honorific(s, i + 1):
            i += 1  # "Tengku Datuk Seri Utama Zafrul ...": styles, all of them, before the name
        elif lower == "h" and s.lowers[i + 1] == "." and s.lowers[i + 2] == "e":
            i += 3
        elif lower == "(" and (after := bracketed_style_end(s, i)):
            i = after  # "Chief (Dr.) X", "Prof. (Mrs.) Y": a second style in brackets
        elif s.words[i] == "H" and s.words[i + 1] == "E" and s.caps[i + 2]:
            i += 2  # "H E Sheikh Hamad ...": His Excellency spelt with a space, as Gulf papers do
        elif lower in RANKS and s.caps[i] and s.caps[i + 1 + (s.lowers[i + 1] == ".")]:
            if _given_name_gen(s, i):
                return i  # "Defense Minister Gen Nakatani": a given name
            i += 1  # "H.E. General To Lam", "Lt. Gen. Ahmed ..."
        elif (ranked := rank_end(s, i)) > i + 1 and s.caps[ranked]:
            i = ranked  # "Air Marshal Sadiq ...", "Air Chief Marshal ...": a rank of many words
        elif lower in _RETIRED_BEFORE_RANK and s.caps[i] and _rank_at(s, i + 1 + (s.lowers[i + 1] == ".")):
            i += 1  # "Defence Minister Retired Colonel X", "Retd. Brigadier X": the rank follows
        elif lower in ("vice", "rear") and s.lowers[i + 1] == "admiral" and s.caps[i]:
            i += 1  # "Rear Admiral (Retd) Kamal Hossain": the rank's first word
        elif (
            lower in RANKS
            and s.caps[i]
            and (after := _retired_marker_end(s, i + 1 + (s.lowers[i + 1] == ".")))
        ):
            i = after  # "Admiral (Retd) Ravindra ...", "Gen. (ret.) ...": a retired officer
        else:
            return i
        if s.lowers[i] in (".", "'", "’") and (s.caps[i + 1] or bracketed_style_end(s, i + 1)):
            i += 1  # "Dr.", and the elided "Dato'" of Malay titles


#: Civilian offices after which an undotted "Gen" and one more name word are a given name and
#: a surname ("Defense Minister Gen Nakatani"); after "Army chief" it stays the rank.
_CIVILIAN_HEADS: Final = frozenset(["minister", "secretary", "president", "premier", "ambassador", "governor",
                            "speaker", "mayor", "senator", "envoy", "spokesman", "spokesperson"])  # fmt: skip


def _given_name_gen(s: Sentence, i: int) -> bool:
    """Whether the "Gen" at token i is a given name, not the rank: written "Gen" without a full
    stop, right after a civilian office and before one capitalized word that ends the name
    ("Defense Minister Gen Nakatani", where the rank had been dropped and the name cut to
    "Nakatani"); "Gen. Ali Khan", "Army chief Gen Munir", "Lt Gen X" keep the rank."""
    return (
        s.words[i] == "Gen"
        and i > 0
        and s.lowers[i - 1] in _CIVILIAN_HEADS
        and s.caps[i + 1]
        and not s.caps[i + 2]
    )


def _style_before_honorific(s: Sentence, i: int) -> bool:
    """Whether a royal Malay style ("Tengku", "Tunku") ending before token i is followed by
    honorifics ("Tengku Datuk Seri Utama X", "Tunku Tan Sri X"): then it is one more style,
    dropped with them (it had opened the name and kept them all in it); before a given name
    ("Tengku Zafrul Aziz", "Tan Sri Tengku Muhammad Taufik") it stays the name's."""
    lower = s.lowers[i]
    return s.caps[i] and (lower in _HONORIFICS or (lower == "tan" and s.lowers[i + 1] == "sri"))


#: What a retired officer writes in parentheses after the rank: "(Retd)", "(retd.)", "(R)".
_RETIRED: Final = frozenset(["retd", "retired", "rtd", "ret", "r", "ret'd", "ret’d"])


#: What a retired officer writes before the rank, capitalized: "Retired Colonel X", "Retd. Gen. X".
_RETIRED_BEFORE_RANK: Final = frozenset(["retired", "retd", "rtd", "ret'd", "ret’d"])


def _rank_at(s: Sentence, i: int) -> bool:
    """Whether a capitalized military rank opens at token i ("Colonel", "Lt. Gen.", "Air
    Marshal"), before a capitalized word."""
    if not s.caps[i]:
        return False
    if s.lowers[i] in RANKS:
        return s.caps[i + 1 + (s.lowers[i + 1] == ".")]
    ranked = rank_end(s, i)
    return ranked > i + 1 and s.caps[ranked]


def _retired_marker_end(s: Sentence, i: int) -> int:
    """Token index after "(Retd)" or "(retd.)" at token i, or 0 when there is none."""
    if s.lowers[i] != "(" or s.lowers[i + 1] not in _RETIRED:
        return 0
    close = i + 2 + (s.lowers[i + 2] == ".")
    return close + 1 if s.lowers[close] == ")" and s.caps[close + 1] else 0


def _name_start_before(s: Sentence, end: int) -> int:
    """Start token of the personal name that ends just before token `end`, or `end`."""
    i = end
    closing = s.lowers[end - 1] in PATRONYMIC_SUFFIXES or _is_closing_short_name(s, end - 1)
    if closing and _is_name_word(s, end - 2) and _is_name_word(s, end - 3):
        # "Kanybek Asan uulu, Minister ...": the suffix closes the name; so does a short word
        # that ends a Vietnamese name ("Le Hai An, rector of ...")
        i = end - 1
    elif _is_name_word(s, end - 2) and s.caps[end - 2] and _closing_function_word(s, end - 1):
        i = end - 1  # "Anita Among, Uganda's Speaker": a surname that is also a preposition
    while i - 1 >= 0:
        before = i - 1
        while before > 0 and s.lowers[before] in _PARTICLES and not s.caps[before]:
            before -= 1  # "von der Leyen": a run of particles back to the given name
        particle = before < i - 1 and i < end and _is_name_word(s, before)
        if particle:
            i = before + 1
        elif _is_name_word(s, i - 1):
            i -= 1
        elif s.lowers[i - 1] == "." and i - 2 >= 0 and len(s.words[i - 2]) == 1 and i < end:
            i -= 2  # a middle initial
        else:
            break
    if i < end and (_upper_surname_before(s, i) or _short_given_name_before(s, i)):
        i -= 1  # "Ms. KAMIKAWA Yoko, Minister for Foreign Affairs", "General To Lam, Minister ..."
    # (a particle written in capitals opens a name: "Do Hung Viet", "Le Van Thanh", "De la Cruz")
    while i < end and s.lowers[i] in _PARTICLES and not s.caps[i]:
        i += 1
    return i


#: Muhammad abbreviated as South and Southeast Asian names write it ("Md Touhid Hossain",
#: Malaysian "Mohd", Indonesian "Muh."), and other given names so abbreviated, Bangladeshi
#: "Sk." (Sheikh), "Kh." (Khandaker) and "Abd." (Abdul), or the Mongolian father's initial "Kh."
#: ("Kh. Battulga"): skipped as a courtesy (words.tsv) to read the name past their full stop,
#: but a given name written as part of it.
ABBREVIATED_GIVEN_NAMES: Final = frozenset(["md", "mohd", "muhd", "muh", "sk", "kh", "abd"])


def _given_name_before_particle(s: Sentence, i: int) -> bool:
    """Whether the abbreviated given name at token i is written in full before a particled word
    ("Abd al-Aziz bin Salman", "Abd el-Rahman"): no full stop after it, so the name's first word
    (skipped as a courtesy, it had left one capitalized word and the name been lost)."""
    return s.lowers[i] in ABBREVIATED_GIVEN_NAMES and not s.caps[i + 1] and "-" in s.words[i + 1]


def _abbreviated_given_name_start(s: Sentence, first: int, name_first: int) -> int:
    """Start of a name with the abbreviated "Muhammad" written before it ("Mohd Mustafa Abdul
    Aziz", "Md. Touhid Hossain") inside the person's phrase, else `name_first`."""
    k = name_first - 1 - (s.lowers[name_first - 1] == ".")
    return (
        k if first <= k < name_first and s.lowers[k] in ABBREVIATED_GIVEN_NAMES and s.caps[k] else name_first
    )


#: Offices only one country has (lexicons/offices.tsv: "Taoiseach" -> IRL, "Pope" -> VAT), read
#: as whole words anywhere in a title, which may join another office ("Tánaiste and Minister
#: for Foreign Affairs"). The Holy See's other offices, which other countries' titles share in
#: part, are tested in `_holy_see_office`.
_NATIONAL_OFFICES: Final = re.compile(
    r"\b(" + "|".join(re.escape(office) for office, _ in read_tsv("offices.tsv")) + r")\b", re.IGNORECASE
)
_OFFICE_COUNTRY: Final = {office.lower(): iso3 for office, iso3 in read_tsv("offices.tsv")}


def _office_country(title: TitleMention) -> str | None:
    """The one country whose office the title names, if it names one ("Taoiseach" -> IRL)."""
    match = _NATIONAL_OFFICES.search(title.title)
    return _OFFICE_COUNTRY[match[1].lower()] if match is not None else None


def _holy_see_office(s: Sentence, title: TitleMention, first: int) -> bool:
    """Whether a title names an office of the Holy See (VAT) other than the Pope's, whose
    holders are of no other country: "Cardinal Secretary of State Pietro Parolin",
    "Archbishop X, Secretary for Relations with States"."""
    written = title.title.lower()
    if written.startswith("secretary for relations with states"):
        return True
    before = s.lowers[title.first_token - 1] if title.first_token > 0 else ""
    return written == "secretary of state" and (before == "cardinal" or s.lowers[first] == "cardinal")


def _person(
    s: Sentence, first: int, last: int, name_first: int, name_last: int, title: TitleMention | None
) -> PersonMention:
    name_first = _abbreviated_given_name_start(s, first, name_first)
    start, end = s.starts[first], s.ends[last - 1]
    country = title.country_iso3 if title else None
    if country is None and title is not None and title.organization:
        # "Chairman of Azerbaijan Railways": the organization's own name tells the country,
        # unless it is a listed company's arm ("Volkswagen China chief X" is Volkswagen's)
        named = next((m.iso3 for m in countries_in_name(title.organization)), None)  # not "Inter-American"
        country = (company_country(title.organization) or named) if named else None
    if country is None and title is not None:
        country = _office_country(title) or ("VAT" if _holy_see_office(s, title, first) else None)
    written = unshouted(title.title) if title else None
    counterpart = written is not None and written.lower() in COUNTERPART_WORDS
    return PersonMention(
        start=start,
        end=end,
        name=_name_text(s, name_first, name_last),
        title=None if counterpart else written,
        country_iso3=country,
        organization=title.organization if title else None,
        text=s.text[start:end],
        name_start=s.starts[name_first],
        name_end=s.ends[name_last - 1],
        counterpart=counterpart,
    )


def _titled(s: Sentence, titles: list[TitleMention]) -> tuple[list[PersonMention], set[int]]:
    """People introduced with a title before or after their name, and the tokens they use."""
    people: list[PersonMention] = []
    used: set[int] = set()
    for title in titles:
        used.update(range(title.first_token, title.last_token + 1))
    starts_of_titles = {title.first_token for title in titles}
    named: set[int] = set()  # tokens of names already given to a title
    for title in titles:
        if title.last_token + 1 in starts_of_titles:
            continue  # another title holds the name: "Custodian of the Two Holy Mosques King Salman"
        after = title.last_token + 1
        bracketed = acronym_in_brackets(s, after)  # (asked again for a name in commas below)
        if s.caps[title.last_token] and bracketed:
            after += 3  # "Chairman of the ... Commission (EEC) X": the body's initials, then the name
        after = _kept_style(s, _skip_styles(s, after), title)
        if s.words[after] in _QUOTES:
            # 'Chairman of JSC "Altyn Gaz" X': the body's quoted name, then the holder's
            after = (quoted_name_end(s, after) or after - 1) + 1
        end = _name_end_after_title(s, after)
        if end > after and _addressed_before_office(s, title, end, titles):
            continue  # "Senator the Hon Penny Wong, Minister for ...": the office after is hers
        if end > after:
            if not named.intersection(range(after, end)):  # one person, one name
                people.append(_person(s, title.first_token, end, after, end, title))
                used.update(range(title.last_token + 1, end))
                named.update(range(after, end))
            continue
        # Apposition: "Miguel Díaz-Canel, President of the Council of State of Cuba".
        comma = _relative_office_comma(s, title.first_token - 1)
        if s.lowers[comma] == "also":
            comma -= 1  # "Xi, also general secretary of ...,": his other office, in apposition
        if s.lowers[comma] in DATING_THEN:
            comma -= 1  # "Sheikh Hasina, then(-)Prime Minister, ...": the office she held then
        comma = _before_office_style(s, comma)
        if s.lowers[comma] == "the" or (s.lowers[comma] in ("a", "an") and _office_in_a_body(s, title)):
            comma -= 1
        elif s.lowers[comma] in _COUNTERPART_POSSESSORS and title.title.lower() in COUNTERPART_WORDS:
            # "met Fuad Hussein, his Iraqi counterpart, in Ankara": the counterpart in apposition
            # after the name, as "his Iraqi counterpart, Fuad Hussein," before it (it had no office)
            comma -= 1
        if (s.lowers[comma] == "," or _bracketed_office(s, comma, title)) and (
            comma not in used and not _possessor_title(s, title)
        ):
            # "Ferdinand Marcos Jr., President of ...": the name ends before the suffix's period
            suffixed = s.lowers[comma - 1] == "." and s.lowers[comma - 2] in NAME_SUFFIXES
            name_end = comma - 1 if suffixed else comma
            if _post_nominal_after_name(s, name_end):
                name_end -= 1  # "the Hon Tom Castellan MP, Minister for Resources": letters after it
            elif s.lowers[name_end - 2] == "," and _post_nominal_after_name(s, name_end, offset=True):
                name_end -= 2  # "Hon. Jane Doe, MP, Minister for Trade": the letters in commas
            start = _name_start_before(s, name_end)
            if start == name_end - 1 and _is_country_given_name(s, start - 1) and not s.caps[start - 2]:
                start -= 1  # "met Israel Morgan, managing director of ...": a country as first name
            elif start == name_end - 1 and _is_city_given_name(s, start - 1):
                start -= 1  # "Aden Duale, the Cabinet Secretary for ...": a city as first name
            held = _counterpart_named(people, s, start, name_end)
            if held is not None:
                # "his Burkinabe counterpart, X Y, Minister of Industry and Trade": the office
                # set beside the counterpart's name is his title, the counterpart's country kept
                people[people.index(held)] = _titled_counterpart(held, s, title)
                continue
            given = _given_name_title(people, titles, s, start, title)
            if given is not None:
                # "Amir Khan Muttaqi, the acting foreign minister": "Amir" was his given name
                people.remove(given[0])
                people.append(_person(s, given[1], title.last_token + 1, given[1], name_end, title))
                continue
            if _participle_opener(s, start, name_end, title, bracketed):
                start = name_end  # "Addressing the board, the envoy, Ms X Y, said": no name before
            countryless = _countryless_holder(people, s, name_end, title)
            if countryless is not None:
                # "Ambassador X Y, Somalia's envoy to Kenya, called on ...": the office in
                # apposition tells whose envoy the titled name is (he had taken Kenya's side)
                people[people.index(countryless)] = replace(countryless, country_iso3=title.country_iso3)
                continue
            if start < name_end and not used.intersection(range(start, comma)) and not _placed_by(s, start):
                honorific = _honorific_start(s, start)
                bare_start = _skip_honorifics(s, start)
                # "Samdech Moha Borvor Thipadei Hun Manet, Prime Minister": courtesy words dropped
                start = _kept_style(s, bare_start, title) if bare_start < name_end else start
                person = _person(s, honorific, title.last_token + 1, start, name_end, title)
                if person.country_iso3 is None and s.lowers[comma] == "(":
                    person = replace(person, country_iso3=_country_closing_bracket(s, title))
                people.append(person)
                used.update(range(honorific, comma))
                continue
        # Title first, name in commas: "The Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Sabah, received",
        # also after the body's acronym: "the Director General of the Cocoa Board (COCOBOD), X"
        comma = title.last_token + 1
        if bracketed:
            comma += 3
        comma = _past_ordinal_infinitive(s, title, comma)
        if s.lowers[comma] == ",":
            after = _skip_styles(s, comma + 1)
            end = _name_end_after_title(s, after)
            close = end + 1 if _is_post_nominal(s.words[end]) else end  # "Helen McEntee TD,"
            if end > after and (
                s.lowers[close] in _APPOSITION_CLOSERS or _unclosed_apposition(s, title, after, end)
            ):
                people.append(_person(s, title.first_token, end, after, end, title))
                used.update(range(title.last_token + 1, end))
                named.update(range(after, end))
    return people, used


#: What closes a name in commas after its title: a comma, the sentence's end, a bracket, or the
#: semicolon between the members of a list ("The delegation included the Ambassador of Viet Nam
#: to Ghana, H.E. Dang Thanh Hai; the Director-General of ..., Mr. Vu Ba Phu; and ...").
_APPOSITION_CLOSERS: Final = frozenset([",", ".", ")", "", ";"])


def _bracketed_office(s: Sentence, bracket: int, title: TitleMention) -> bool:
    """Whether the title is the whole of a bracket opened at token `bracket` right after a name
    ("Ishaq Dar (Deputy Prime Minister and Foreign Minister of Pakistan) met ...", "X
    (Pakistan's Foreign Minister)"): an office in apposition, as between commas; the name had
    been lost. A bracket of its own words after a title ("Minister of Trade (Mincetur)") or
    before a name ("the envoy (ret.) X") holds no office of the name before it."""
    return (
        s.lowers[bracket] == "("
        and (s.lowers[title.last_token + 1] == ")" or _country_closing_bracket(s, title) is not None)
        and bracket > 0
        and s.caps[bracket - 1]
        and title.first_token <= bracket + 2
    )


def _country_closing_bracket(s: Sentence, title: TitleMention) -> str | None:
    """The country written after the title and a comma at a bracket's end ("Mr X (Foreign
    Minister, Pakistan) met ..."), as lists of delegates give it: the office's country."""
    comma = title.last_token + 1
    found = s.country_at(comma + 1) if s.lowers[comma] == "," else None
    return found[1] if found is not None and s.lowers[found[0]] == ")" else None


#: Adverbs of a relative clause that gives an office now held ("who is also the ...").
_RELATIVE_OFFICE_ADVERBS: Final = frozenset(["also", "currently", "now"])


def _relative_office_comma(s: Sentence, k: int) -> int:
    """The comma before "who" when the words ending at token k are a relative clause that
    gives the office now held ("Rebecca Miano, who is also the Cabinet Secretary for Trade",
    "X, who serves as Egypt's Minister of Trade"), or k: the office is the named one's, as in
    apposition (it had been left without a title). A past office ("who was ...") is no title
    held now, and reads as before."""
    j = k - 1 if s.lowers[k] == "the" else k
    j -= s.lowers[j] in _RELATIVE_OFFICE_ADVERBS
    if s.lowers[j] == "is":
        j -= 1
    elif s.lowers[j] == "as" and s.lowers[j - 1] == "serves":
        j -= 2
    else:
        return k
    j -= s.lowers[j] in _RELATIVE_OFFICE_ADVERBS
    return j - 1 if s.lowers[j] == "who" and s.lowers[j - 1] == "," else k


def _before_office_style(s: Sentence, k: int) -> int:
    """Token index before a parliamentary style that ends at token k and opens an office in
    apposition ("Piyush Goyal, Hon'ble Minister of ...", "X, the Honourable Minister for ...",
    "Y, Hon. Minister of ..."), or k: Indian and Commonwealth releases style the office, not
    the name, and the style had parted the office from the name before it."""
    stop = s.lowers[k] == "."
    style = k - 1 if stop else k
    if s.lowers[style] in OFFICE_STYLES and s.caps[style]:
        return style - 1
    return k


#: Possessives that tie a "counterpart" in apposition to the one named before ("X, his Iraqi
#: counterpart,").
_COUNTERPART_POSSESSORS: Final = frozenset(["his", "her"])


#: Prepositions of time and place that may follow a name in apposition left unclosed ("received
#: the Minister of Foreign Affairs of Iran, X on March 11", "..., X in Astana").
_AFTER_UNCLOSED_NAME: Final = frozenset(["on", "in", "at", "during"])


def _unclosed_apposition(s: Sentence, title: TitleMention, after: int, end: int) -> bool:
    """Whether the full name from token `after` to `end`, after a title and a comma, is the
    title's though no comma closes it, as copy translated from Russian often writes it ("The
    President of Kazakhstan, X Y received ...", "received the Minister of Foreign Affairs of
    Iran, X Y on March 11"): a word in lower case follows, and the title opens the sentence
    or a preposition of time or place follows the name. Elsewhere the name may be another's,
    the subject after an opening phrase ("At talks with the President of Chile, X Y noted")."""
    if end - after < 2 or s.caps[end] or not s.words[end].isalpha():
        return False
    opens = title.first_token == 0 or (title.first_token == 1 and s.lowers[0] == "the")
    return opens or s.lowers[end] in _AFTER_UNCLOSED_NAME


def _participle_opener(s: Sentence, start: int, name_end: int, title: TitleMention, bracketed: bool) -> bool:
    """Whether the one capitalized word before a title in apposition is a participle opening
    the sentence and the title's holder is named after it in commas ("Speaking, the Kenyan
    envoy, Mr Otieno Kamau, said"): a surname that ends in -ing ("Manning, the envoy, said")
    is kept, as no name follows its title."""
    if name_end - start != 1 or start > 1 or (start == 1 and s.lowers[0] not in _QUOTES):
        return False
    if not (s.lowers[start].endswith("ing") and len(s.lowers[start]) > 5):
        return False
    comma = title.last_token + 1 + (3 if bracketed else 0)
    if s.lowers[comma] != ",":
        return False
    after = _skip_styles(s, comma + 1)
    return _name_end_after_title(s, after) > after


def _countryless_holder(
    people: list[PersonMention], s: Sentence, name_end: int, title: TitleMention
) -> PersonMention | None:
    """The person already named with a title before his name whose name ends at token
    `name_end`, right before the comma of an office in apposition that opens on a country's
    name or adjective his own title does not give ("Ambassador X Y, Somalia's envoy to Kenya,",
    "..., the Somali envoy to Kenya,"); None otherwise, when his own title gives a country
    already, or when the office's country comes from a place in it ("Councillor of State X,
    head of the Geneva economy department,": the canton's, no country told)."""
    told = s.country_at(title.first_token, ("name", "demonym"))
    if title.country_iso3 is None or told is None or told[1] != title.country_iso3:
        return None
    return next(
        (
            p
            for p in people
            if p.country_iso3 is None and not p.counterpart and p.name_end == s.ends[name_end - 1]
        ),
        None,
    )


def _counterpart_named(
    people: list[PersonMention], s: Sentence, start: int, end: int
) -> PersonMention | None:
    """The untitled counterpart already read whose name is tokens start..end, or None."""
    if start >= end:
        return None
    first, last = s.starts[start], s.ends[end - 1]
    return next(
        (
            p
            for p in people
            if p.counterpart and p.title is None and p.name_start == first and p.name_end == last
        ),
        None,
    )


def _titled_counterpart(person: PersonMention, s: Sentence, title: TitleMention) -> PersonMention:
    """A counterpart given the office written after his name in apposition; the title's own
    country, when it names one, over the counterpart's."""
    end = s.ends[title.last_token]
    return replace(
        person,
        end=end,
        text=s.text[person.start : end],
        title=unshouted(title.title),
        country_iso3=title.country_iso3 or person.country_iso3,
        organization=title.organization,
    )


def _office_in_a_body(s: Sentence, title: TitleMention) -> bool:
    """Whether a title after "a"/"an" in apposition is still an office ("Cai Qi, a member of
    the Standing Committee of the Political Bureau of ..."): one of a body it names, of no
    country, unlike a description ("X, a Bulgarian economist", "a former minister of Peru"); or
    one at a ministry or department it names ("an adviser at the Ministry of Industry of
    Paraguay"), whatever its country; or one at a state's mission, whose country the phrase
    names ("a counsellor at the Japanese Embassy", "a first secretary of the Embassy of Peru")."""
    return (
        (title.country_iso3 is None and " of " in title.title)
        or _AT_A_DEPARTMENT.search(title.title) is not None
        or _AT_A_MISSION.search(s.text[title.start : title.end]) is not None
        or _OF_A_PARTY_ORGAN.search(title.title) is not None
    )


#: A seat on a ruling party's organ, which the party's name or a second office after it gives a
#: country ("a member of the Political Bureau of the Communist Party of China (CPC) Central
#: Committee", "a member of the Political Bureau of the CPC Central Committee and Chinese vice
#: premier", "a member of the Central Committee of the Communist Party of Vietnam"): an office,
#: no description.
_OF_A_PARTY_ORGAN: Final = re.compile(
    r"^[Mm]ember of the (?:Standing Committee of the )?"
    r"(?:(?:Political Bureau|Politburo) of the |(?:Central Committee|Secretariat) of the \w+ Party\b)"
)


#: A department served, inside a title: "at the Ministry of ...", "in the Federal Department of ...".
_AT_A_DEPARTMENT: Final = re.compile(r"\b(?:at|in) the (?:[A-Z]\w+ )?(?:Ministry|Department)\b")
#: A state's mission, after the office held in it: "at the Japanese Embassy", "of the Indian
#: High Commission", "of the Embassy of Peru", "at the Consulate General of Chile".
_AT_A_MISSION: Final = re.compile(r"\b(?:at|of) the (?:[A-Z]\w+ )?(?:Embassy|High Commission|Consulate)\b")


#: Prepositions of place: the capitalized words after one are a place, no person.
_PLACE_PREPOSITIONS: Final = frozenset(["in", "at", "near"])


def _placed_by(s: Sentence, start: int) -> bool:
    """Whether the words from token `start` follow a preposition of place ("In Bolgatanga, the
    Upper East Regional Minister, X, received ..."): a town the lexicons miss, no person the
    title after the comma is set beside (the town had been taken for the minister's name). So
    do words after such a preposition and "the": "received, at his office in the Plateau, the
    Ghanaian Minister of Trade, X" names a district, not a minister called Plateau."""
    if start > 0 and s.lowers[start - 1] == "the":
        start -= 1
    return start > 0 and s.lowers[start - 1] in _PLACE_PREPOSITIONS


def _past_ordinal_infinitive(s: Sentence, title: TitleMention, after: int) -> int:
    """The comma that closes an infinitive after a title an ordinal opens ("The last Chinese
    premier to visit, Li Keqiang, ...", "the first Chilean leader to visit Seoul, X,"): the
    name in commas after it holds the title; else `after` unchanged."""
    lowers = s.lowers
    if lowers[after] != "to" or lowers[title.first_token - 1] not in _ORDINAL_OPENERS:
        return after
    if not lowers[after + 1].isalpha() or s.caps[after + 1]:
        return after
    for j in range(after + 2, min(after + _INFINITIVE_REACH, s.n)):
        if lowers[j] == ",":
            return j
        if not s.caps[j] and lowers[j] not in _INFINITIVE_WORDS:
            return after
    return after


#: Words that open "the last Chinese premier to visit, X": which holder of an office is meant.
_ORDINAL_OPENERS: Final = frozenset(["first", "last", "previous", "latest", "only", "next"])
#: Lower-case words such an infinitive may hold before its comma ("to visit the country").
_INFINITIVE_WORDS: Final = frozenset(
    ["the", "this", "that", "country", "city", "capital", "in", "since", "here"]
)
_INFINITIVE_REACH: Final = 6


def acronym_in_brackets(s: Sentence, i: int) -> bool:
    """Whether tokens i..i+2 are an acronym in brackets ("(COCOBOD)", "(EEC)")."""
    return s.lowers[i] == "(" and s.lowers[i + 2] == ")" and _is_acronym_word(s.words[i + 1])


def _possessor_title(s: Sentence, title: TitleMention) -> bool:
    """Whether a title owns the noun after it ("Kesaranta, the premier's official residence"):
    the phrase in commas is that noun, not the office of the name before the comma. Only a
    possessive right after the office's own word: "of Afghanistan's interim government" owns
    no more than the complement of the office."""
    last = title.last_token
    return (
        s.lowers[last + 1] in POSSESSIVE_MARKS
        and s.lowers[last] in TITLE_WORDS
        and title.organization is None
    )


def _addressed_before_office(s: Sentence, title: TitleMention, end: int, titles: list[TitleMention]) -> bool:
    """Whether a title before a parliamentary style ("Senator the Hon X", "Dr the Rt Hon X") is
    the form of address of a name whose office follows it in commas, after "the" or not
    ("Senator the Hon X, Minister for Foreign Affairs,", "Prince X, the Crown Prince and Senior
    Minister,"): the office is the title as written, the rank before the style only how the
    holder is addressed."""
    styled = s.lowers[title.last_token + 1] == "the" and s.lowers[title.last_token + 2] in _STYLES_AFTER_THE
    close = end + 1 if _is_post_nominal(s.words[end]) else end  # "Senator the Hon X MP, Minister"
    if not (styled or _courtesy_rank(title)) or s.lowers[close] != ",":
        return False
    first = close + 1 + (s.lowers[close + 1] == "the")  # "Prince X, the Crown Prince and ..."
    office = next((t for t in titles if t.first_token == first), None)
    # (not "Prince X, the Emir's son": the title owns the noun after it, no office of X's)
    return office is not None and not _possessor_title(s, office)


def _courtesy_rank(title: TitleMention) -> bool:
    """Whether a title is one word that is also a courtesy rank ("Prince", "Princess",
    "Senator"), with no country or body of its own: before a name whose office follows in
    commas ("Prince X, Minister of Foreign Affairs,") it is the holder's rank, not the office,
    as "Sheikh" is; so a style abbreviated with its full stop ("Amb. X, the Chinese Ambassador
    to Uganda,": the title had been "Amb.")."""
    stop = title.title.endswith(".")
    return (
        title.last_token - title.first_token == stop
        and title.title.lower().removesuffix(".") in _HONORIFICS
        and title.country_iso3 is None
        and title.organization is None
    )


def _is_acronym_word(word: str) -> bool:
    """An acronym in brackets after a body's name: "CCC", "COCOBOD", "UTICA"."""
    return 2 <= len(word) <= 10 and word.isalpha() and word.isupper()


def _skip_styles(s: Sentence, i: int) -> int:
    """Token index after the honorifics at token i, a legislator's letters and an "Ambassador"
    used as a style after another office ("Minister of Foreign Affairs, Ambassador Yusuf
    Tuggar", "led by its chairwoman, MP Jane Doe"): the office named first is the title, the
    seat's letters no part of the name."""
    if (
        s.lowers[i] in SEAT_LETTERS
        and s.words[i].isupper()
        and s.caps[i + 1]
        and not s.words[i + 1].isupper()
    ):
        i += 1
    i = _skip_honorifics(s, i)
    if s.lowers[i] in STYLE_TITLES and s.caps[i + 1 + (s.lowers[i + 1] == ".")]:
        return _skip_honorifics(s, i + 1 + (s.lowers[i + 1] == "."))
    return i


#: Honorifics that are also family names in South Asia ("Sheikh Hasina", "Shaikh Jamila"): before
#: a single name word they are how the person is named, as an untitled mention keeps them.
NAME_PART_STYLES: Final = frozenset(["sheikh", "shaikh", "sheikha", "shaikha"])
#: Where "Sheikh" styles the ruling family ("Emir Sheikh Tamim", "Kuwaiti Crown Prince Sheikh
#: Sabah"), and the royal offices it goes with: there it stays a courtesy, dropped.
_SHEIKHDOMS: Final = frozenset(["ARE", "BHR", "KWT", "OMN", "QAT", "SAU"])
_ROYAL_WORDS: Final = frozenset(
    ["emir", "amir", "king", "queen", "sultan", "crown", "prince", "princess", "ruler"]
)


def style_is_name_part(title: str | None, country: str | None) -> bool:
    """Whether a name-part style before one name word stays in the name of a person with this
    title and country: not for a royal office nor for a Gulf monarchy's official."""
    if country in _SHEIKHDOMS:
        return False
    return title is None or _ROYAL_WORDS.isdisjoint(title.lower().split())


def _kept_style(s: Sentence, first: int, title: TitleMention) -> int:
    """Where the name starts when its honorifics end at token `first`: one token earlier when
    the last of them is a name-part style and one name word alone follows ("Prime Minister
    Sheikh Hasina", who had been "Hasina"); the style of a longer name is dropped as before
    ("Sheikh Faisal bin Saud Al Hamdan"), as it is for royals ("Emir Sheikh Tamim")."""
    kept = (
        first > 0
        and (s.lowers[first - 1] in NAME_PART_STYLES or s.lowers[first - 1] in PEER_STYLES)
        and s.caps[first - 1]
        and _is_name_word(s, first)
        and _name_end(s, first) == first + 1
        and not _is_name_word(s, first + 1)
        and (s.lowers[first - 1] in PEER_STYLES or style_is_name_part(title.title, title.country_iso3))
    )
    return first - 1 if kept else first


#: A peer's style, which with one name word after it is how the peer is named ("Trade Minister
#: Lord Johnson", "Lord Collins of Highbury"), as an untitled mention keeps it ("Lord Ahmad met
#: ..."); before a full name it stays a courtesy, dropped ("Lord David Cameron").
PEER_STYLES: Final = frozenset(["lord", "baroness"])


def _is_post_nominal(word: str) -> bool:
    """Letters after a name for a seat or an honour: "TD", "MP", "MLA", "KC", "OBE", also
    written with periods ("M.P.", "K.C."), as a country's are not ("U.S.", "U.K.")."""
    if "." in word and _DOTTED_CAPITALS.fullmatch(word) is not None:
        return iso3_for(word) is None
    return 2 <= len(word) <= 4 and word.isalpha() and word.isupper()


#: Two to four capital letters, each with its period: "M.P.", "O.B.E.".
_DOTTED_CAPITALS: Final = re.compile(r"(?:[A-Z]\.){2,4}")


def _post_nominal_after_name(s: Sentence, end: int, offset: bool = False) -> bool:
    """Whether the word before token `end` is letters after a name for a seat or an honour
    ("Tom Castellan MP", "Jane Doe KC"), with at least two name words before it: one alone
    may be a given name before a surname in capitals ("Taro KONO"). `offset`: the letters are
    set off from the name by a comma ("Jane Doe, MP")."""
    name = end - 2 - offset
    return (
        name >= 1
        and _is_post_nominal(s.words[end - 1])
        and _is_name_word(s, name)
        and _is_name_word(s, name - 1)
    )


def _given_name_title(
    people: list[PersonMention], titles: list[TitleMention], s: Sentence, start: int, apposition: TitleMention
) -> tuple[PersonMention, int] | None:
    """The person titled only by a word that is also a given name, right before the name that
    starts at token `start`, and that word's token: when a title in apposition follows the
    name (`apposition`), the word was the name's first ("Amir Khan Muttaqi, the acting foreign
    minister"), unless that title is a head of state's."""
    if s.lowers[start - 1] not in GIVEN_NAME_TITLES or s.lowers[start - 2] in ("the", "highness"):
        return None  # (not "His Highness the Amir X": the office)
    if apposition.title.split()[0].lower() in PRINCIPAL_HEADS:
        return None  # (not "Sultan Ibrahim, King of Malaysia": the monarch's rank, his other crown)
    if not any(t.first_token == t.last_token == start - 1 for t in titles):
        return None
    person = next((p for p in people if p.name_start == s.starts[start]), None)
    return (person, start - 1) if person is not None else None


def _name_end_after_title(s: Sentence, after: int) -> int:
    """End of the name that starts at token `after` right after a title, or `after`; a first
    name may be a head word, a city, a short function word or follow a capitalized surname."""
    end = _name_end(s, after)
    stray = s.caps[after] and s.words[after].isalpha() and s.lowers[after] in TITLE_WORDS
    if end == after and (s.lowers[after] in HEAD_WORDS or stray) and _name_end(s, after + 1) > after + 1:
        # a title's word as first name, where the title has ended: "CEO Sultan Al Jaber",
        # "Foreign Minister Yang Jiechi", "Minister of Economy and Labour Besar Durmishi"
        end = _name_end(s, after + 1)
    if end == after and _is_place_first_name(s, after):
        end = _name_end(s, after + 1)  # a city as first name: "his counterpart, Santiago Peña,"
    if end == after and (_is_short_given_name(s, after) or _is_upper_surname(s, after)):
        end = _name_end(s, after + 1)  # "General To Lam", "Mr. KISHIDA Fumio"
    if end == after and _is_country_given_name(s, after):
        end = after + 2  # a country as first name: "economist Israel Morgan said"
    if end == after + 1 and head_as_surname(s, end):
        end += 1  # a head as surname after one given name: "IOM Director General Amy Pope met"
    if end > after and _closing_function_word(s, end):
        end += 1  # "Speaker Anita Among met ...": a surname that is also a preposition
    if end > after and _is_country_surname(s, end, ("name", "demonym")):
        # "Trade Minister Jan Holland", "Secretary-General Patricia Scotland", and a demonym
        # ("Chargé d'affaires Elaine French met": France had been a side, the surname lost)
        end += 1
    elif end == after + 1 and _is_country_surname(s, end, ("city", "capital")):
        end += 1  # a given name and a city: "SOCAR President Rovshan Najaf"
    elif end in (after + 2, after + 3) and _is_second_surname_city(s, end):
        # a Spanish second surname: "Minister of Agriculture Esteban Valenzuela Lagos", also
        # after two given names ("customs chief José Luis Rivera Mendoza")
        end += 1
    return end


#: Words a title-case heading leaves in lower case ("Speaker Meets Envoy Among the Guests").
_HEADING_SMALL_WORDS: Final = frozenset(
    ["the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as"]
)
#: Function words that are verbs: after a name ("President X Said", "X Was"), a heading's, no surname.
_VERB_FUNCTION_WORDS: Final = frozenset(["said", "told", "was", "were", "is", "are", "has", "have", "had",
                                         "will", "would"])  # fmt: skip


def _closing_function_word(s: Sentence, i: int) -> bool:
    """Whether token i, a capitalized function word right after a titled name ("Speaker Anita
    Among met", "Speaker Anita Among in Kampala"), is that name's surname: running text writes
    a preposition in lower case, so one capitalized mid-sentence before a word in lower case or
    a punctuation mark closes the name (the name had been cut to "Anita"). A heading in title
    case ("Speaker Anita Among the Guests") is left alone: it writes no word in lower case but
    its small ones."""
    return (
        s.words[i].istitle()
        and s.lowers[i] in WORDS["function"]
        and s.lowers[i] not in _VERB_FUNCTION_WORDS
        and not s.caps[i + 1]
        and not s.words[i + 1][:1].isdigit()
        and s.lowers[i + 1] not in _ARTICLES  # "X At the summit": a preposition miswritten
        and _in_running_text(s)
    )


#: Articles: after a capitalized function word they open its object ("At the summit").
_ARTICLES: Final = frozenset(["the", "a", "an"])


def _in_running_text(s: Sentence) -> bool:
    """Whether the sentence writes some word in lower case that a title-case heading would
    capitalize ("met", "talks"): running text, no heading."""
    return any(w.isalpha() and w.islower() and w not in _HEADING_SMALL_WORDS for w in s.words[: s.n])


def _is_second_surname_city(s: Sentence, i: int) -> bool:
    """A one-word city right after a given name and a surname, before a comma or a verb in lower
    case, is the second surname ("Esteban Valenzuela Lagos discussed"), not a place."""
    found = s.countries.get(i)
    following = s.words[i + 1]
    return (
        found is not None
        and found[0] == i + 1
        and found[1].kind in ("city", "capital")
        and s.words[i].isalpha()
        and not s.words[i].isupper()
        and (following in (",", ".", "") or following.islower())
        and s.lowers[i + 1] not in ("in", "on", "at", "to", "from")
    )


def _is_country_given_name(s: Sentence, i: int) -> bool:
    """A one-word country's name right before a surname that ends the name is a given name
    ("Chad", "Jordan", "Israel", "Kenya" are given names too) where a title fixes the name:
    "economist Israel Morgan", "Israel Morgan, managing director of ...". The surname is a
    plain name word (no place, no word of a body's name: "Kenya Airways", "Jordan Valley"),
    and nothing capitalized follows it."""
    found = s.countries.get(i)
    return (
        found is not None
        and found[0] == i + 1
        and found[1].kind == "name"
        and s.words[i].isalpha()
        and not s.words[i].isupper()
        and _plain_name_word(s, i + 1)
        and not s.caps[i + 2]
    )


#: Verbs of taking part that a person does and a country's name with another word after it
#: (a paper, a firm, a place: "Jordan Times", "Chad Basin") hardly does: "Georgia Wright joined
#: the talks". Not "said", "signed": "Kenya Broadcasting said", "Jordan Phosphate signed".
_TAKING_PART_VERBS: Final = word_set("joined joins attended attends accompanied accompanies met meets")


def untitled_country_given_name(s: Sentence, i: int) -> bool:
    """Whether the one-word country's name at token i and the plain surname after it
    (`_is_country_given_name`) are a person's name with no title: nothing capitalized before
    them, then a verb of taking part ("Georgia Wright joined the talks") or, in commas, the
    office of another's aide ("Jordan Wright, McClay's chief of staff, joined", "..., the
    minister's adviser,"). The country then names no side of its own (it had been one, and
    the person lost)."""
    if (s.caps[i - 1] and i > 0) or not _is_country_given_name(s, i):
        return False
    after = i + 2
    if s.lowers[after] in _TAKING_PART_VERBS:
        return True
    owner = after + 1 + (s.lowers[after + 1] == "the")  # "McClay's", "the minister's"
    return (
        s.lowers[after] == ","
        and (s.caps[owner] or s.lowers[owner] in TITLE_WORDS)
        and s.lowers[owner + 1] in POSSESSIVE_MARKS
        and any(s.lowers[k] in TITLE_WORDS for k in range(owner + 2, owner + 5))
    )


def _is_city_given_name(s: Sentence, i: int) -> bool:
    """A one-word city right before a surname that ends the name before a comma and its title
    is a given name ("Aden Duale, the Cabinet Secretary for ...", "Basel Al-Haroon, Governor
    of ..."), as a country's name is (`_is_country_given_name`): the name had been cut to the
    surname. Not after a word of place ("met in Aden Duale, ..." leaves it a place), nor
    after another capitalized word."""
    found = s.countries.get(i)
    return (
        found is not None
        and found[0] == i + 1
        and found[1].kind in ("capital", "city")
        and s.words[i].isalpha()
        and not s.words[i].isupper()
        and not s.caps[i - 1]
        and s.lowers[i - 1] not in _CITY_PREPOSITIONS
        and (_plain_name_word(s, i + 1) or _particled_surname(s, i + 1))
        and not s.caps[i + 2]
    )


def _particled_surname(s: Sentence, i: int) -> bool:
    """A capitalized surname joined to its particle by a hyphen ("Al-Haroon", "El-Sayed"), no
    place and no known non-name word."""
    particle, hyphen, rest = s.words[i].partition("-")
    return (
        bool(hyphen)
        and s.caps[i]
        and particle.lower() in _HYPHEN_PARTICLES
        and rest.isalpha()
        and rest[:1].isupper()
        and not s.in_country(i)
    )


#: Particles joined by a hyphen to an Arabic surname: "Al-Haroon", "El-Sayed".
_HYPHEN_PARTICLES: Final = frozenset(["al", "el", "bin", "abu", "abdel", "abdul"])


#: Words after which a city is the place it names: "in Aden", "from Basel".
_CITY_PREPOSITIONS: Final = frozenset(["in", "at", "from", "to", "near", "outside", "via"])


def _is_country_surname(s: Sentence, i: int, kinds: tuple[str, ...]) -> bool:
    """A one-word place name (of `kinds`) closing a titled name: no name word, possessive or
    capital follows."""
    found = s.countries.get(i)
    return (
        found is not None
        and found[0] == i + 1
        and found[1].kind in kinds
        and s.words[i].isalpha()
        and not s.words[i].isupper()
        and (not s.words[i + 1][:1].isalnum() or s.lowers[i + 1] in _AFTER_A_SURNAME)
        and s.lowers[i + 1] not in ("'s", "’s", "-")
    )


#: Words after which a country word closing a titled name is a surname ("Jan Holland met"),
#: not the subject of a clause ("told President Tokayev Kazakhstan would help").
_AFTER_A_SURNAME: Final = word_set(
    """and on in at met held who during with for
    arrived arrives visited visits said says told signed signs received receives welcomed paid travelled
    traveled thanked stressed added noted spoke called discussed attended addressed announced urged hosted
    was is has had"""
)  # (the verbs a titled person does: "Prime Minister Luís Montenegro arrived in Brasília")


def _is_short_given_name(s: Sentence, i: int) -> bool:
    """A capitalized two- or three-letter function word right after a title and before a
    name word is a given name of Vietnamese or Korean style ("General To Lam", "Minister An
    Duk-geun"): in running text after a title, "To" or "An" written so starts no phrase."""
    word = s.words[i]
    return (
        len(word) <= 3
        and word.istitle()
        and s.lowers[i] in WORDS["function"]
        and s.caps[i + 1]
        and _is_name_word(s, i + 1)
    )


def _is_upper_surname(s: Sentence, i: int) -> bool:
    """A surname in capitals before the given name, as Japanese and some Asian foreign
    ministries write them ("Ms. KAMIKAWA Yoko"): an all-capital word followed by a
    capitalized name word (an acronym is followed by a title or an organization word)."""
    word = s.words[i]
    following = s.words[i + 1]
    return (
        len(word) >= 2
        and word.isalpha()
        and word.isupper()
        and len(following) > 1
        and not following.isupper()
        and _is_name_word(s, i + 1)
    )


def _upper_surname_after_given_name(s: Sentence, i: int) -> bool:
    """Whether the word in capitals at token i is the surname that closes a foreign name as
    Japanese and other Asian foreign ministries write it, the given name first ("H.E. Dr.
    Vivian BALAKRISHNAN, Minister for ...", "Foreign Minister Penny WONG met"): a word of
    letters after a given name written in title case that a personal honorific or a title word
    comes before, and before no capitalized word (the name had been cut to its given name).
    An acronym after a name ("Minister Ahmed Ali SOCAR ...") has more words of a name after it
    or a name of two words before it."""
    word = s.words[i]
    if not word.isalpha() or s.caps[i + 1] or s.in_country(i) or s.lowers[i] in _NOT_NAME:
        return False
    if s.lowers[i] in _LETTERS_AFTER_NAMES or not _VOWELS.intersection(word):
        return False  # "Mr Tom Castellan MP", "Minister X KTZ"
    if word in listed_companies() or listed_body_of_states(word):
        return False  # "SOCAR", "NATO"
    given = s.words[i - 1]
    if i < 2 or not given.istitle() or not given.replace("-", "").isalpha() or s.lowers[i - 1] in _NOT_NAME:
        return False
    j = i - 2 - (s.lowers[i - 2] == ".")
    return j >= 0 and s.caps[j] and (s.lowers[j] in _PERSONAL_HONORIFICS or s.lowers[j] in TITLE_WORDS)


_VOWELS: Final = frozenset("AEIOUY")
#: Letters for a seat, an honour or a degree written after a name, which no surname in capitals
#: is ("Mr Tom Castellan MP met", "Chief Audu Ogbeh CON").
_LETTERS_AFTER_NAMES: Final = word_set(
    """mp mps td mla mna mha mpp mep msp kc qc sc san obe mbe cbe kbe dbe cmg kcmg gcmg cvo pc jp
    gcon gcfr con cfr ofr oon mon mfr phd md mba"""
)


def _upper_surname_before(s: Sentence, i: int) -> bool:
    """Whether token i-1 is a capitalized surname after a personal honorific ("Mr. TSUGE")."""
    j = i - 2
    if s.lowers[j] == ".":
        j -= 1
    return _is_upper_surname(s, i - 1) and s.lowers[j] in _PERSONAL_HONORIFICS


def _short_given_name_before(s: Sentence, i: int) -> bool:
    """Whether token i-1 is a short given name after a capitalized title, rank or honorific
    ("General To Lam", "H.E. Mr. To Lam") or after a word of running text in lower case ("met
    To Lam, the general secretary", "spoke to An Duc Thanh"): there a capitalized "To" or "An" is
    no preposition or article, which running text writes in lower case and a title-case heading
    after a capital; a style's "His" ("with His Majesty warning") stays no name."""
    j = i - 2
    if s.lowers[j] == ".":
        j -= 1
    if j < 0 or not _is_short_given_name(s, i - 1):
        return False
    if s.caps[j] or _countrys_possessive_ends_at(s, j):
        return True  # "Vietnam's To Lam": the country's possessive stands where a title would
    return s.lowers[i - 1] in _FUNCTION_WORD_NAMES and s.words[j].isalpha() and s.words[j].islower()


def _country_right_before(s: Sentence, i: int) -> bool:
    """Whether a country's possessive ("Uganda's") or its demonym ("Ugandan") ends right before
    token i."""
    return _countrys_possessive_ends_at(s, i - 1) or any(
        end == i and mention.kind == "demonym" for end, mention in s.countries.values()
    )


def _countrys_possessive_ends_at(s: Sentence, j: int) -> bool:
    """Whether token j is the possessive of a country's name ("Vietnam's", "Uganda's")."""
    return s.lowers[j] in POSSESSIVE_MARKS and any(
        end == j and mention.kind == "name" for end, mention in s.countries.values()
    )


#: Function words that are also East Asian family or given names (Vietnamese Tô, An; Korean An).
_FUNCTION_WORD_NAMES: Final = frozenset(["to", "an"])


def _is_place_inside_name(s: Sentence, i: int) -> bool:
    """A one-word city between a given name (or its particle) and a surname is a name word,
    as Portuguese and Spanish family names often are ("José de Lima Massano", "Ana Lima Costa");
    so is a one-word demonym between two name words, as Vietnamese middle names are ("Lai Thai
    Binh", "Pham Thai Son": the name had been cut to "Lai", and Thailand taken for a side)."""
    found = s.countries.get(i)
    if found is None or found[0] != i + 1:
        return False
    before, after = i - 1, i + 1
    if found[1].kind == "demonym":
        if _plain_name_word(s, before) and _plain_name_word(s, after):
            return True
        return _demonym_given_name(s, i)
    if found[1].kind not in ("capital", "city"):
        return False
    given = (s.lowers[before] in _PARTICLES and _plain_name_word(s, before - 1)) or _plain_name_word(
        s, before
    )
    if given and _plain_name_word(s, after):
        return True
    if _titled_place_given_name(s, before) and _plain_name_word(s, after):
        return True  # "ProColombia President Santiago Madrid Orozco": two such words, then a surname
    # "SOCAR President Rovshan Najaf", "Tatiana Lima, Brazil's Foreign Trade Secretary": a surname
    # that is also a city's name ends a name after a title or before one
    titled = s.lowers[before - 1] in HEAD_WORDS or (
        s.lowers[after] == ","
        and (s.lowers[after + 1] in HEAD_WORDS or s.country_at(after + 1, ("name",)) is not None)
    )
    return given and not s.caps[after] and titled and s.lowers[before - 1] not in ("in", "at", "to", "from")


def _demonym_given_name(s: Sentence, i: int) -> bool:
    """Whether the demonym at token i is a given name written without its accent ("Germán"
    as "German"): before one surname that closes the name, right after a title or the country
    ending one ("Trade Minister German Umana met", "the president of Grupo Mexico German
    Larrea met": Germany had been taken for a side and the person lost), or before a comma
    and a title ("German Larrea, president of ..."). A nation's word before a title ("German
    Chancellor X"), a body ("German Chamber of Commerce"), a known firm ("German Siemens,
    whose chief ...") or a noun in lower case is no given name."""
    surname = i + 1
    if (
        not _plain_name_word(s, surname)
        or s.caps[surname + 1]
        or s.lowers[surname + 1] in POSSESSIVE_MARKS
        or company_country(s.words[surname]) is not None
    ):
        return False
    if s.lowers[i - 1] in HEAD_WORDS:
        return True  # "Grupo Mexico president German Larrea met": a title in lower case
    apposition = range(surname + 2, surname + 7)
    if s.words[surname + 1] == "," and any(s.lowers[k] in TITLE_WORDS for k in apposition):
        return True  # "German Larrea, president of ...", "met German Larrea, president of ..."
    return _given_name_after_title(s, i)


def _titled_place_given_name(s: Sentence, i: int) -> bool:
    """Whether token i is a one-word city right after a title word ("President Santiago ..."):
    a given name there, which a place word after it does not turn back into a place."""
    found = s.countries.get(i)
    return (
        found is not None
        and found[0] == i + 1
        and found[1].kind in ("capital", "city")
        and i > 0
        and s.lowers[i - 1] in HEAD_WORDS
    )


def _plain_name_word(s: Sentence, i: int) -> bool:
    """A capitalized word, not upper case, that is no place and no known non-name word."""
    word = s.words[i]
    return (
        i >= 0
        and s.caps[i]
        and word.isalpha()
        and not word.isupper()
        and not s.in_country(i)
        and s.lowers[i] not in _NOT_NAME
    )


def _is_place_first_name(s: Sentence, i: int) -> bool:
    """A one-word city or capital right after a title and before a surname is a first name
    ("President Santiago Peña", "Minister Victoria Abril"), not a place."""
    found = s.countries.get(i)
    return (
        found is not None
        and found[0] == i + 1
        and found[1].kind in ("capital", "city")
        and _is_name_word(s, i + 1)
    )


def _country_possessive_before(s: Sentence, i: int) -> bool:
    """Whether another country's possessive ends right before the city at token i ("Paraguay's
    Santiago Peña"): the city, before a name word, opens that country's representative's name,
    as it does after a title. A city of the possessive's own country is a place ("Chile's
    Santiago Metropolitan Region")."""
    city = s.countries.get(i)
    if i < 2 or s.lowers[i - 1] not in POSSESSIVE_MARKS or city is None:
        return False
    return any(
        end == i - 1 and mention.kind == "name" and mention.iso3 != city[1].iso3
        for end, mention in s.countries.values()
    )


def _honorific_start(s: Sentence, start: int) -> int:
    """Extend a name's phrase left over its honorific ("Dr. Thani ..." starts at "Dr")."""
    i = start
    if s.lowers[i] in _STYLE_NOUNS and s.lowers[i - 1] in ("his", "her"):
        return i - 1  # "His Highness Sheikh X": the style's pronoun too
    if s.lowers[i - 1] == "." and s.lowers[i - 2] in _HONORIFICS:
        return i - 2
    if s.lowers[i - 1] in _HONORIFICS and s.caps[i - 1]:
        return i - 1
    return i


def _org_context_before(s: Sentence, i: int) -> bool:
    """Whether the words before token i introduce an organization rather than a person:
    a descriptor ("the operator Snam", "company Tau-Ken Samruk") or a coordinated
    organization ("JSC Kenya Railways and Stadler Rotem")."""
    previous = s.lowers[i - 1]
    if is_descriptor(previous):
        return True
    before = s.lowers[i - 2]
    # "Kazakhstan Temir Zholy (KTZ), China Railway": a list of bodies, each with its acronym
    # (not "at the Foreign Ministry (Cancillería), José Luis Ñique": a word in brackets)
    acronym = before == ")" and s.words[i - 3].isupper() and not _office_before(s, i - 4)
    return previous in ("and", "&", ",") and ((s.caps[i - 2] and before in ORG_SUFFIXES) or acronym)


def _office_before(s: Sentence, i: int) -> bool:
    """Whether an office's head word comes within a few tokens before the "(" at token i: "the
    Director General of Foreign Trade (DGFT), X" names the office's holder after the comma."""
    return any(s.lowers[k] in HEAD_WORDS for k in range(max(0, i - _OFFICE_REACH), i))


#: Tokens before an acronym's bracket within which an office's head word makes it the office's.
_OFFICE_REACH: Final = 10


#: Capitalized nouns that close the name of a thing, not of a person: "Recovery Programme",
#: "the Lusaka Serenity City" (a planned city, after a town's name, that had been a person).
_NAMED_THINGS: Final = frozenset(
    [
        "city",
        "programme",
        "program",
        "project",
        "initiative",
        "strategy",
        "plan",
        "fund",
        "facility",
        "scheme",
        "framework",
    ]
)
_QUOTES: Final = frozenset("\"“”‘’'«»")
_VENUE_HEADS: Final = frozenset(
    [
        "hotel",
        "palace",
        "palacio",
        "palais",
        "palazzo",
        "hall",
        "stadium",
        "centre",
        "center",
        "tower",
        "plaza",
    ]
)
_SAINTS: Final = frozenset(["st", "saint", "ste", "sainte", "sao", "são", "santa", "santo"])
#: Arabic words for a landform that open a place's name and no person's ("Jebel Ali", "Jabal
#: Akhdar", "Ras Laffan", "Ras Al Khaimah"): the given name after them is the place's ("Jebel
#: Ali" had been a person).
_LANDFORM_HEADS: Final = frozenset(["jebel", "jabal", "djebel", "ras"])


def _names_a_landform(s: Sentence, i: int, end: int) -> bool:
    """Whether the capitalized run i..end opens a place on a landform's word, first or after a
    hyphen that joins two places ("Bandar Abbas-Jebel Ali ferry services")."""
    if s.lowers[i] in _LANDFORM_HEADS:
        return True
    return any("-" in s.lowers[j] and s.lowers[j].rsplit("-", 1)[1] in _LANDFORM_HEADS for j in range(i, end))


#: Courtesies written before a surname alone in British, Australian and Indian copy.
_PERSONAL_COURTESIES: Final = frozenset(["mr", "mrs", "ms", "mx", "dr"])
#: Military and police ranks as abbreviated before a name, with a full stop ("Gen.", "Adm.").
_ABBREVIATED_RANKS: Final = word_set("gen lt col maj adm brig capt cdr cmdr comr")


#: Last words of a street's name: a name before one is an address ("Lok Kalyan Marg").
_STREET_WORDS: Final = frozenset(
    ["road", "street", "avenue", "marg", "lane", "boulevard", "highway", "drive"]
)


#: Words after a place's name that make the capitalized words before them no person's name.
_PROVINCE_WORDS: Final = frozenset(("province", "provincial", "provinces"))


def _surname_after_plural_title(s: Sentence, i: int, end: int) -> bool:
    """Whether the one name word at token i follows a capitalized plural title and goes on to
    the next item of the list or to its own country ("Presidents Ruto of Kenya and X",
    "Presidents Ruto and X"): a surname the title lists, as after "Mr" (it had been dropped as
    no full name); "Presidents Cup", "the Presidents Day" go on to no list."""
    return (
        end == i + 1
        and i > 0
        and s.caps[i - 1]
        and s.lowers[end] in ("of", "and", ",")
        and plural_title_at(s, i - 1) is not None
    )


def _after_an_articled_name(s: Sentence, i: int) -> bool:
    """Whether the name words at token i go on a capitalized phrase that "the" opens, with no
    style, office's head or place in it and no office right before it: "in the National |
    Rugby League", "on the Pacific | Engagement Visa", "X, the Turaga na | Tui Vuda" (a chiefly
    title) name a thing or an office, as words right after "the" do (they had been persons)."""
    j = i - 1
    while j > 0 and i - j <= _MAX_NAME_WORDS and s.lowers[j] != "the":
        lower = s.lowers[j]
        if s.caps[j]:
            if lower in _NOT_NAME_OPENERS or s.in_country(j):
                return False
        elif not (lower in _PARTICLES or (len(lower) <= 2 and lower.isalpha() and lower not in _SHORT_WORDS)):
            return False
        j -= 1
    # "Secretary to the Treasury X", "Minister of the Interior X": the article is an office's
    office = s.lowers[j - 1] in HEAD_WORDS or s.lowers[j - 2] in HEAD_WORDS
    # "Members of the Presidency X and Y": a plural office before its listed holders
    office = office or (s.lowers[j - 1] == "of" and plural_title_at(s, i - 1) is not None)
    return j < i - 1 and s.lowers[j] == "the" and not office


def _after_a_place_possessive(s: Sentence, i: int) -> bool:
    """Whether the name words at token i follow the possessive of a bare office or style, or of
    a saint's name: "on Queen's Park West", "King's Wharf Road", "Lord's Hill", "St George's
    Street East" name a street or a place (they had been persons, "Park West"). A person after
    a possessive has a country, a body or another person as possessor ("Kenya's William Ruto"),
    and an office owns its holder through a title, which this untitled reading never sees. A
    settlement's possessive in lower case names a part of it ("in the city's Uttara Model Town",
    "the capital's Sher-e-Bangla Nagar"): a district, no person."""
    k = i - 2
    if k < 0 or s.lowers[i - 1] not in POSSESSIVE_MARKS:
        return False
    if not s.caps[k]:
        return s.lowers[k] in _SETTLEMENT_NOUNS and s.lowers[k - 1] == "the"
    return s.lowers[k] in HEAD_WORDS or s.lowers[k] in _HONORIFICS or s.lowers[k - 1] in _SAINTS


#: Nouns of a settlement whose possessive opens the name of a part of it ("the city's Gulshan").
_SETTLEMENT_NOUNS: Final = frozenset(["city", "capital", "town", "village", "port", "metropolis"])


#: Words before a name that leave it a person's after "the": styles and offices ("the Hon Dr
#: X", "the Prime Minister X").
_NOT_NAME_OPENERS: Final = (
    WORDS["honorific"] | WORDS["second_honorific"] | WORDS["rank"] | HEAD_WORDS | STYLE_TITLES
)
#: English words of one or two letters, which no phrase of a name holds.
_SHORT_WORDS: Final = frozenset(
    ["a", "an", "as", "at", "be", "by", "he", "if", "in", "is", "it", "of", "on", "or", "to", "we"]
)


def _untitled(s: Sentence, used: set[int]) -> list[PersonMention]:
    """Full names written without a title: two to six name words not used by anything else."""
    people: list[PersonMention] = []
    spans: list[tuple[int, int]] = []  # the token range of each of `people`
    pending: list[tuple[int, int]] = []  # "Razzaq al-Saadawi": kept if listed with a person
    blocs: list[tuple[int, int]] | None = None  # found only when a candidate needs them
    resume = 0
    for i in s.cap_index:
        if i < resume or i in used:
            continue
        styled = False
        if not _is_name_word(s, i):
            if _is_place_first_name(s, i) and (
                _country_possessive_before(s, i) or (i > 1 and interleaved_title(s, i - 1) is not None)
            ):
                # "Paraguay's Santiago Peña", "the presidents of Chile, X, and Paraguay, Santiago
                # Peña": a city as first name after its holder's country
                end = _name_end(s, i + 1)
            elif untitled_country_given_name(s, i):
                end = i + 2  # "Georgia Wright joined the talks": a country as first name
            # a given name of at most three letters: "received H.E. General To Lam"
            elif len(s.words[i]) > 3 or not _short_given_name_before(s, i + 1):
                continue
            else:
                end = _name_end(s, i + 1)
        else:
            first = _skip_honorifics(s, i)
            end = _name_end(s, i)
            if end == i + 1 and _closing_function_word(s, end) and _country_right_before(s, i):
                end += 1  # "Uganda's Anita Among met ...": as after a title
            if i < first < end - 1:
                i = first  # "Samdech Techo Hun Sen": the courtesy words are no part of the name
                end = _name_end(s, i)
            elif i < first and _malay_styles(s, i, first):
                i = first  # "Dato' Seri Mohamad": a given name after Malay styles, as after "Mr"
                end = _name_end(s, i)
                styled = True
            elif i < end < first and s.lowers[end] == ".":
                continue  # "Rt Hon. Sitiveni Rabuka": styles up to their period, the name after them
        resume = max(end, i + 1)
        previous = s.lowers[i - 1]
        # "Mr Albanese", "Ms Wong": a surname after a personal courtesy is a person
        before = s.lowers[i - 2] if previous == "." else previous  # "Mr. Modi"
        courtesy = before in _PERSONAL_COURTESIES and i > 0 and s.caps[i - 1 - (previous == ".")]
        # "Gen. Suharto", "Lt. Gen. Prabowo": one name after a rank cut short with its full stop
        # is a person, as after "Mr." (the ranked one-name leaders of Indonesian, Thai and
        # Burmese copy had been no one); spelled out, "General" also opens bodies' names
        ranked = previous == "." and before in _ABBREVIATED_RANKS and s.caps[i - 2]
        courtesy = courtesy or styled or ranked or _surname_after_plural_title(s, i, end)
        capitalized = sum(1 for j in range(i, end) if s.caps[j])
        particled = capitalized == 1 and not courtesy and _particled_surname_at(s, i, end)
        if (
            (capitalized < 2 and not courtesy and not particled)
            or previous == "the"
            or (previous == "of" and not _person_after_of(s, i, end))
            # "held the 13th Annual Roundtable": an ordinal counts sessions of a named event
            or DIGIT_ORDINAL.fullmatch(previous) is not None
            # "on the fight against Boko Haram": what a talk is against is no one taking part
            or previous == "against"
            or _after_an_articled_name(s, i)
            or _after_a_place_possessive(s, i)
            or s.lowers[i] in _SAINTS
            or _names_a_landform(s, i, end)
            or (previous in _VENUE_HEADS and s.caps[i - 1])
            or s.span_text(i, end) in LANDMARKS  # "at her office in Singha Durbar"
            # an acronym spelled out in parentheses: "YLB (Yacimientos de Litio Bolivianos)"
            or (previous == "(" and s.words[i - 2].isupper() and len(s.words[i - 2]) > 1)
            or _bracketed_after_a_name(s, i, end, used, people)
        ):
            continue  # "St Patrick's Day", "Saint Lucia", "the Hotel Los Tajibos": a feast or a place
        followed_by_org = (
            s.lowers[end] in ORG_SUFFIXES
            or (
                s.lowers[end] == "("
                and s.caps[end + 1]
                and not _country_in_brackets(s, end)
                and not portfolio_in_brackets(s, end)  # "Moses Kuria (Trade) and ..."
            )
            # "Aggie Grey's Hotel"
            or (s.lowers[end] in POSSESSIVE_MARKS and s.lowers[end + 1] in _VENUE_HEADS)
            # "at the Lusaka Radisson Blu hotel": the words before a venue's head name the venue
            or s.lowers[end] in _VENUE_HEADS
            # "the Samoa Cyclone Recovery Programme": words of a longer name that no name word ends
            or (s.caps[end] and s.lowers[end] in _NAMED_THINGS)
            # "signed the Trade Facilitation Framework": the run ends on the thing's own head word
            or s.lowers[end - 1] in _NAMED_THINGS
            or (s.lowers[end] in _STREET_WORDS and s.caps[end])  # "7, Lok Kalyan Marg": an address
            # "Nam Dinh province secretary X": the words before "province" name a place
            or s.lowers[end] in _PROVINCE_WORDS
        )
        quoted = previous in _QUOTES and s.lowers[end] in _QUOTES  # a title: "Steppe Wind"
        if used.intersection(range(i, end)) or followed_by_org or quoted or _org_context_before(s, i):
            continue
        if blocs is None:
            blocs = [(b.start, b.end) for b in find_blocs(s.text)]
        first_char, last_char = s.starts[i], s.ends[end - 1]
        if any(b_start < last_char and first_char < b_end for b_start, b_end in blocs):
            continue  # "Latin America", "Central Asia"
        if particled:
            pending.append((i, end))
            continue
        people.append(replace(_person(s, _honorific_start(s, i), end, i, end, None), rank=_rank_before(s, i)))
        spans.append((i, end))
    return people + _listed_with_people(s, pending, spans, used)


def _rank_before(s: Sentence, i: int) -> str | None:
    """The capitalized military rank that ends right before a name at token i, as written
    ("Captain | Ibrahim ...", "Colonel General | X", "Lt. Gen. | Y"), or None. The rank is
    skipped with the honorifics as no part of the name; for an officer no office introduces
    it is the only title the text gives (junta leaders are often named so)."""
    for j in range(max(0, i - _LONGEST_RANK), i):
        if s.caps[j] and _rank_at(s, j) and _rank_span_end(s, j) == i:
            return s.span_text(j, i)
    return None


#: The most tokens a rank spans: "Air Chief Marshal", "Lt. Gen." with its stops.
_LONGEST_RANK: Final = 4
#: The words a rank is made of: its own ("Colonel", "Gen") and those that open a longer one
#: ("Air", "Vice", "Senior").
_RANK_WORDS: Final = RANKS | WORDS["rank_prefix"]


def _rank_span_end(s: Sentence, j: int) -> int:
    """Token index after the capitalized rank words that open at token j, each with the stop
    that abbreviates it ("Lt. Gen.", "Air Chief Marshal", "Colonel General")."""
    k = j
    while s.caps[k] and s.lowers[k] in _RANK_WORDS:
        k += 1 + (s.lowers[k + 1] == ".")
    return k


def _particled_surname_at(s: Sentence, i: int, end: int) -> bool:
    """Whether tokens i..end are a given name and a surname joined to its particle ("Razzaq
    al-Saadawi", "Asaad al-Shaibani"): one capitalized word, then the particled one."""
    return end == i + 2 and not s.caps[i + 1] and "-" in s.words[i + 1]


def _listed_with_people(
    s: Sentence, pending: list[tuple[int, int]], spans: list[tuple[int, int]], used: set[int]
) -> list[PersonMention]:
    """The names of `pending` ("Razzaq al-Saadawi") that stand in a list of people, joined by a
    comma or "and" to a person read (in `spans`, or titled: in `used`), or to one of them so
    kept: "attended by Razzaq al-Saadawi, Fuad Hussein and Abdul Latif Rashid". Alone, one
    capitalized word and a particled one may name a place ("Bab al-Hawa"), so they had been
    dropped, and the first person of the list lost with them."""
    ends = {end for _, end in spans} | {k + 1 for k in used}
    starts = {start for start, _ in spans} | used
    found: list[PersonMention] = []
    changed = True
    while changed:
        changed = False
        for i, end in list(pending):
            after = end + (s.lowers[end] == "," and s.lowers[end + 1] == "and")
            listed_before = i >= 2 and s.lowers[i - 1] in _LIST_JOINERS and i - 1 in ends
            listed_after = s.lowers[after] in _LIST_JOINERS and after + 1 in starts
            if listed_before or listed_after:
                found.append(_person(s, i, end, i, end, None))
                pending.remove((i, end))
                ends.add(end)
                starts.add(i)
                changed = True
    return found


#: What joins the names of a list: "X, Y and Z".
_LIST_JOINERS: Final = frozenset([",", "and"])


def _bracketed_after_a_name(
    s: Sentence, i: int, end: int, used: set[int], people: list[PersonMention]
) -> bool:
    """Whether the capitalized run i..end fills a bracket right after a person's name: "Foreign
    Minister Antonio Tajani (Forza Italia)", "Radoslaw Sikorski (Civic Coalition)" name the
    holder's party, as dpa, PAP and ANSA write it, no one else taking part (a person "Forza
    Italia" had been made of it)."""
    if i < 2 or s.lowers[i - 1] != "(" or s.lowers[end] != ")":
        return False
    # the name before the bracket: a titled one's (its tokens used) or an untitled one just read
    return i - 2 in used or any(p.name_end == s.ends[i - 2] for p in people)


#: Nouns whose "of" names who led or took part in an event ("under the chairmanship of X",
#: "with the participation of X").
_TAKING_PART_NOUNS: Final = frozenset(["chairmanship", "co-chairmanship", "participation"])


def _person_after_of(s: Sentence, i: int, end: int) -> bool:
    """Whether the untitled name at tokens i..end after "of" is a person: one after a noun of
    leading or taking part ("under the chairmanship of X and Y"), or a listed leader named in
    full ("Negotiations of X and Y took place"). Any other is the name of a place or body
    ("the University of Malaya")."""
    return s.lowers[i - 2] in _TAKING_PART_NOUNS or (
        end - i >= 2 and known_nationality(s.span_text(i, end)) is not None
    )


def find_people(sentence: str) -> list[PersonMention]:
    """Every named person in one sentence, in order of appearance.

    Titled mentions carry title, country and organization; untitled full names ("Emmanuel
    Macron arrived") come with title None so a `NameRegistry` can complete them.
    """
    return people_in(Sentence(sentence))


def people_in(s: Sentence, titles: list[TitleMention] | None = None) -> list[PersonMention]:
    """`find_people` over an already analysed sentence (and its titles, when known)."""
    titles = titles if titles is not None else titles_in(s)
    return _people_and_organizations(s, titles)[0]


def _people_and_organizations(
    s: Sentence, titles: list[TitleMention]
) -> tuple[list[PersonMention], list[OrgMention]]:
    """People and organizations of one sentence.

    Untitled names inside an organization's name ("Toyota Tsusho", "... and Native Produce")
    are organizations, not people; a titled name is a person.
    """
    titled, used = _titled(s, titles)
    organizations = organizations_in(s, titles)
    if titled and organizations:
        # "Samantha Power, Administrator of ...": a titled name ending in a word of company
        # names ("Power", "Energy") is the person
        organizations = [
            org
            for org in organizations
            if not any(org.start < p.name_end and p.name_start < org.end for p in titled)
            and not _party_after_a_name(s, org, titled)
        ]
    for org in organizations:
        used.update(s.token_range(org.start, org.end))
    untitled = _untitled(s, used)
    people = _with_plural_titles(s, sorted(titled + untitled, key=lambda person: person.start))
    if "ibni" in s.lowers:
        people, organizations = _without_lineage(s, titles, people, organizations)
    people = _envoys_after_their_principal(s, titles, people)
    if "represented" in s.lowers:
        people = _stand_ins_for_their_principal(s, people)
        people = _stand_ins_for_their_country(s, people)
    if "'s" in s.lowers or "’s" in s.lowers:
        people = _aides_of_their_principal(s, titles, people)
        people = _people_named_through_another(s, people)
    if not _HEADING_VERBS.isdisjoint(s.lowers):
        people = _heads_of_a_side_after(s, people)
        people = _leaders_of_listed_sides(s, people)
    if "(" in s.lowers:
        people = _countries_in_brackets_after(s, people)
    # ("the company's director X" after a name in capitals no finder knew: asked for too)
    if people and (organizations or not _ORG_NOUNS.isdisjoint(s.lowers)):
        people = _officers_of_the_organization_before(s, titles, people, organizations)
        people = _untitled_of_the_organization_before(s, people, organizations)
        people = _untitled_of_the_organization_after(s, people, organizations)
    if people and not _BODY_HEADS.isdisjoint(p.title.lower() for p in people if p.title):
        people = _heads_of_the_body_before(s, people, organizations)
    if not _NATIONAL_STYLES.isdisjoint(s.lowers):
        people = [_placed_by_style(s, person) for person in people]
    return people, organizations


#: Styles that one country alone confers, with that country: Malaysia's "Datuk", "Datin", "Tan
#: Sri", "Toh Puan" and "Dato' Sri" (Brunei writes its "Dato" without the apostrophe, "Dato
#: Seri"), Brunei's "Pehin", Bhutan's "Dasho" and "Lyonpo", Cambodia's "Samdech" and "Oknha",
#: Samoa's "Afioga" and "Susuga", Myanmar's "Daw" (its "U" is also an initial). Courtesies many
#: countries use ("Dr", "Sheikh", "Haji") are none.
_STYLE_COUNTRY: Final = {
    "datuk": "MYS", "datuk'": "MYS", "dato'": "MYS", "dato’": "MYS", "datin": "MYS", "pehin": "BRN",
    "dasho": "BTN", "lyonpo": "BTN", "samdech": "KHM", "oknha": "KHM", "afioga": "WSM", "susuga": "WSM",
    "daw": "MMR",
}  # fmt: skip
#: What opens a two-word style only Malaysia confers ("Tan Sri", "Toh Puan"), by its second
#: word; and "Dato" before an elided mark or "Sri" ("Dato' Seri", "Dato Sri").
_MALAYSIAN_PAIRS: Final = {"sri": "tan", "puan": "toh"}
_NATIONAL_STYLES: Final = frozenset(_STYLE_COUNTRY) | {"sri", "puan", "dato"}
_DATO_MARKS: Final = frozenset(["'", "’", "sri"])
#: The most tokens of styles read back from a name ("Tan Sri Dato' Sri Dr .").
_MAX_STYLES_READ_BACK: Final = 8


def _style_country(s: Sentence, first: int) -> str | None:
    """The one country the styles right before a name at token `first` are conferred by
    ("Tan Sri", "Datuk Seri" -> MYS, "Pehin Orang Kaya" -> BRN), or None: when no other word
    places the holder, the style does (Bernama and Borneo Bulletin name their own people so,
    and a Malaysian tycoon received abroad had been of no country, his meeting one-sided)."""
    found: set[str] = set()
    j = first - 1
    while j >= 0 and first - j <= _MAX_STYLES_READ_BACK:
        lower = s.lowers[j]
        if lower in (".", "'", "’"):
            j -= 1
            continue
        if not s.caps[j] or not (
            lower in _HONORIFICS
            or lower in _SECOND_HONORIFICS
            or lower in MALAY_STYLES
            or lower in NAME_STYLES
        ):
            break
        if lower in _STYLE_COUNTRY:
            found.add(_STYLE_COUNTRY[lower])
        elif _MALAYSIAN_PAIRS.get(lower) == s.lowers[j - 1] or (
            lower == "dato" and s.lowers[j + 1] in _DATO_MARKS
        ):
            found.add("MYS")
        j -= 1
    return found.pop() if len(found) == 1 and not _described_before(s, j + 1) else None


def _described_before(s: Sentence, start: int) -> bool:
    """Whether a country's name or demonym is told right before the styles at token `start`, at
    most past its possessive and a few words describing the holder ("Singaporean businessman
    Datuk X", "Indonesia's Datuk Y"): the caller places the holder by it, as without a style."""
    j = start - 1
    while j >= start - 3 and (s.lowers[j] in POSSESSIVE_MARKS or (s.words[j].isalpha() and not s.caps[j])):
        if s.country_ending_at(j + 1) is not None or s.lowers[j] in _NOT_NAME_PARTS:
            break
        j -= 1
    return s.country_ending_at(j + 1) is not None


def _placed_by_style(s: Sentence, person: PersonMention) -> PersonMention:
    """`person` with the country of the styles before the name when nothing else placed them."""
    if person.country_iso3 is not None:
        return person
    first = bisect_left(s.starts, person.name_start, 0, s.n)
    country = _style_country(s, first)
    return person if country is None else replace(person, country_iso3=country)


#: Last words of a political party's name ("United Democratic Alliance", "Law and Justice Party").
_PARTY_HEADS: Final = frozenset(
    ["party", "alliance", "coalition", "front", "movement", "league", "congress", "bloc", "union"]
)


def _party_after_a_name(s: Sentence, org: OrgMention, titled: list[PersonMention]) -> bool:
    """Whether a party's name fills a bracket right after a titled person's name ("Trade
    Minister Rebecca Miano (United Democratic Alliance) met ..."): the holder's party, no side
    of what he does. A company there ("Alexei Likhachev (Rosatom)") is still his organization."""
    tokens = s.token_range(org.start, org.end)
    first, stop = tokens.start, tokens.stop
    return (
        first >= 2
        and s.lowers[first - 1] == "("
        and s.lowers[stop] == ")"
        and s.lowers[stop - 1] in _PARTY_HEADS
        and any(p.name_end == s.ends[first - 2] for p in titled)
    )


def _countries_in_brackets_after(s: Sentence, people: list[PersonMention]) -> list[PersonMention]:
    """ "Lee Kinyanjui (Kenya) and Francis Mwebesa (Uganda) met": a name of no stated country
    right before a country's name in brackets is of that country (the two had been given each
    other's, the nearest country word after each being the other's)."""
    out = list(people)
    for index, person in enumerate(people):
        if person.country_iso3 or person.counterpart:
            continue
        k = s.token_range(0, person.end).stop  # the token right after the name
        found = s.country_at(k + 1, ("name",)) if s.lowers[k] == "(" else None
        if found is not None and s.lowers[found[0]] == ")":
            out[index] = replace(person, country_iso3=found[1])
    return out


def _heads_of_a_side_after(s: Sentence, people: list[PersonMention]) -> list[PersonMention]:
    """ "with Minister of State X heading the Kuwaiti side and Minister of State Y heading the
    Ugandan side", "Y, who led the Nepali delegation,": a name of no stated country followed by
    a verb of heading and "the <country> side" (delegation, team) is of that country (the two
    had been given each other's, the nearest country word after each being the other's)."""
    out = list(people)
    for index, person in enumerate(people):
        if person.country_iso3 or person.counterpart:
            continue
        k = s.token_range(0, person.end).stop  # the token right after the name and its title
        k += s.lowers[k] == ","
        k += s.lowers[k] == "who"
        if s.lowers[k] not in _HEADING_VERBS or s.lowers[k + 1] != "the":
            continue
        found = s.country_at(k + 2, ("demonym", "name"))
        if found is not None and s.lowers[found[0]] in _SIDE_NOUNS:
            out[index] = replace(person, country_iso3=found[1])
    return out


def _leaders_of_listed_sides(s: Sentence, people: list[PersonMention]) -> list[PersonMention]:
    """ "The Mongolian and Chinese delegations, led by Deputy Prime Minister X and Vice Premier
    Y", "the delegations of Laos and Cambodia, headed by X and Y": the names listed after "led
    by" are of the countries listed before the sides, in order, when there are as many (X had
    been given the other side's country, the nearest after his name)."""
    out = list(people)
    for index, person in enumerate(people):
        if person.country_iso3 or person.counterpart:
            continue
        k = s.token_range(0, person.start).stop - 1  # the token right before the first person
        if k < 3 or s.lowers[k] != "by" or s.lowers[k - 1] not in LEADING_VERBS:
            continue
        k -= 2
        k -= s.lowers[k] == ","
        countries, start = _listed_countries(s, k + 1)
        if countries and s.lowers[start - 1] == "of":
            noun = start - 2 - (s.lowers[start - 2] == "the")  # "the delegations of Laos and Cambodia"
        else:
            noun = k
            countries = _countries_listed_before(s, k)
        if not countries or s.lowers[noun] not in _SIDES_NOUNS:
            continue
        listed = [index]
        for later in range(index + 1, len(people)):
            between = s.text[people[listed[-1]].end : people[later].start].strip()
            if between not in (",", "and", ", and"):
                break
            listed.append(later)
        if len(listed) == len(countries):
            for m, country in zip(listed, countries, strict=True):
                out[m] = replace(out[m], country_iso3=out[m].country_iso3 or country)
        break
    return out


#: The parties of several countries that names listed after "led by" head, one each.
_SIDES_NOUNS: Final = frozenset(["sides", "delegations", "teams", "missions"])
#: Verbs of heading a side after a name: "X heading the Kuwaiti side", "Y, who led the ...".
_HEADING_VERBS: Final = frozenset(["heading", "leading", "headed", "led", "heads", "leads"])
#: The parties a country sends that a person heads: "the Ugandan side", "the Nepali delegation".
_SIDE_NOUNS: Final = frozenset(["side", "delegation", "team", "mission"])


def _heads_of_the_body_before(
    s: Sentence, people: list[PersonMention], organizations: list[OrgMention]
) -> list[PersonMention]:
    """ "The Ministerial Conference of the World Trade Organization opened with a call from
    Director-General X": a body's head titled bare, of no organization and no country, after
    the one body of many states the sentence names before him, is that body's (she had taken
    the host's country at the conference, and so in her meetings after it)."""
    out = list(people)
    for index, person in enumerate(people):
        if person.organization or person.country_iso3 or (person.title or "").lower() not in _BODY_HEADS:
            continue
        after = next((k for k in range(s.n) if s.starts[k] >= person.end), s.n)
        if s.lowers[after] in ("of", "at"):
            continue  # "Director General X of the Central Bank": his own body follows
        before = [o for o in organizations if o.end <= person.start]
        bodies = {o.name.partition(" (")[0] for o in before if listed_body_of_states(o.name)}
        bodies |= {
            word  # "The WTO Ministerial Conference": an acronym that no name found holds
            for k, word in enumerate(s.words[: s.n])
            if s.ends[k] <= person.start
            and word.isupper()
            and listed_body_of_states(word)
            and not any(o.start <= s.starts[k] < o.end for o in before)
        }
        if len(bodies) == 1:
            out[index] = replace(person, organization=next(iter(bodies)))
    return out


#: Offices that head a body of many states, titled bare after it: "Director-General X".
_BODY_HEADS: Final = frozenset(
    ["director-general", "director general", "secretary-general", "secretary general", "managing director",
     "executive secretary", "executive director"]
)  # fmt: skip


def _officers_of_the_organization_before(
    s: Sentence, titles: list[TitleMention], people: list[PersonMention], organizations: list[OrgMention]
) -> list[PersonMention]:
    """ "toured Hanwha Aerospace, accompanied by the company's chief executive X", "visited the
    Kenya Power plant and met its managing director, X": an officer titled after "its" or "the
    company's" (bank's, group's, ...) is of the one organization named before, and of its
    country (the officer had taken the visitor's); after "whose", of the one named right before
    the pronoun ("Engro Corporation, whose chief executive X met ...")."""
    out = list(people)
    for title in titles:
        k = title.first_token
        lowers = s.lowers
        generic = lowers[k - 1] in POSSESSIVE_MARKS and lowers[k - 2] in _ORG_NOUNS and lowers[k - 3] == "the"
        whose = lowers[k - 1] == "whose"
        # "the management of state oil company Pertamina, including President Director X": an
        # officer listed out of the one body just named is its own
        including = lowers[k - 1] == "including" and lowers[k - 2] == ","
        if k < 3 or not (generic or whose or including or lowers[k - 1] == "its"):
            continue
        before = [o for o in organizations if o.end <= s.starts[k]]
        if including:
            before = [o for o in before if _ends_right_before(s, o, k - 2)] if len(before) == 1 else []
        if whose:
            # "Engro Corporation, whose chief executive X": the relative pronoun stands for the
            # name right before it, whatever was named earlier
            before = [o for o in before if _ends_right_before(s, o, k - 1)]
        officer = next((p for p in out if p.start == title.start and p.organization is None), None)
        if generic and not before and officer is not None:
            # "toured the plant of KAMAZ, where the company's director general X ...": "the
            # company's" makes the one name in capitals before it a company the finder knew not
            acronym = _lone_acronym_before(s, k - 3)
            if acronym is not None:
                country = officer.country_iso3 or company_country(acronym)
                out = [
                    replace(p, organization=acronym, country_iso3=country) if p is officer else p for p in out
                ]
            continue
        if len(before) != 1 or officer is None:
            continue  # ("X signed a deal under which its subsidiary Y ..., the bank's CEO": which?)
        (org,) = before
        country = officer.country_iso3 or org.country_iso3 or company_country(org.name)
        out = [replace(p, organization=org.name, country_iso3=country) if p is officer else p for p in out]
    return out


_MIN_ACRONYM_NAME: Final = 3  # letters of a name in capitals: "KAMAZ", "ENEL" (not "US", "EU")


def _lone_acronym_before(s: Sentence, end: int) -> str | None:
    """The one word in capitals before token `end` that no country holds, or None."""
    found = [
        word
        for k, word in enumerate(s.words[:end])
        if len(word) >= _MIN_ACRONYM_NAME and word.isalpha() and word.isupper() and not s.in_country(k)
    ]
    return found[0] if len(found) == 1 else None


def _untitled_of_the_organization_before(
    s: Sentence, people: list[PersonMention], organizations: list[OrgMention]
) -> list[PersonMention]:
    """ "met ExxonMobil's Peter Clarke", "TotalEnergies' Patrick Pouyanne", "Eni executive Guido
    Brusco": a name with no title right after a body's possessive, or after the body and a bare
    noun of its staff, is that body's, and of its country (he had had no organization and taken
    the host's country). A government's ("the Kremlin's X") is no organization of a person."""
    out = list(people)
    for index, person in enumerate(people):
        if person.title or person.organization or person.counterpart:
            continue
        k = s.token_range(0, person.name_start).stop - 1  # the token right before the name
        staff = s.lowers[k] in _STAFF_NOUNS
        # (what ends a body's possessive before a name: "ExxonMobil's X", "TotalEnergies' X")
        if k < 1 or not (staff or s.lowers[k] in APOSTROPHES):
            continue
        org = next((o for o in organizations if o.end == s.ends[k - 1] and o.kind != "government"), None)
        if org is None:
            continue
        country = person.country_iso3 or org.country_iso3 or company_country(org.name)
        title = s.words[k] if staff else None
        out[index] = replace(person, title=title, organization=org.name, country_iso3=country)
    return out


def _untitled_of_the_organization_after(
    s: Sentence, people: list[PersonMention], organizations: list[OrgMention]
) -> list[PersonMention]:
    """ "met Kouassi Yao of the Ivorian Chamber of Commerce", "X from the Ugandan Ministry of
    Foreign Affairs", "X, a senior official of the Ugandan Ministry of Trade,": a name with no
    title followed by "of the" or "from the" body (or by an apposition of a bare noun of its
    staff and "of the" body) is that body's, and of the country its name gives (he had had none, and taken
    the host's, his counterpart the body's). A government's body is no organization of a
    person, only his country's."""
    out = list(people)
    for index, person in enumerate(people):
        if person.title or person.organization or person.country_iso3 or person.counterpart:
            continue
        k = s.token_range(0, person.name_end).stop  # the token right after the name
        if s.lowers[k] == "," and s.lowers[k + 1] in ("a", "an"):
            # ", a senior official of": up to two modifiers before a noun of the body's staff
            noun = next((j for j in range(k + 2, k + 5) if s.lowers[j] in _STAFF_NOUNS), None)
            modifiers = range(k + 2, noun or k)
            if noun is None or not all(s.words[j].isalpha() and s.words[j].islower() for j in modifiers):
                continue
            k = noun + 1
            if s.lowers[k] != "of":
                continue
        elif s.lowers[k] not in ("of", "from"):
            continue
        if s.lowers[k + 1] != "the":
            continue  # ("Dr. X of Equinor": a company named after him is no body he speaks for)
        k += 2
        org = next((o for o in organizations if o.start == s.starts[k]), None)
        if org is None or org.country_iso3 is None:
            continue
        body = None if org.kind == "government" else org.name
        out[index] = replace(person, organization=body, country_iso3=org.country_iso3)
    return out


#: Bare nouns of a body's staff between its name and a person's: "Eni executive X".
_STAFF_NOUNS: Final = frozenset(
    ["executive", "official", "representative", "boss", "spokesman", "spokeswoman"]
)


def _ends_right_before(s: Sentence, org: OrgMention, k: int) -> bool:
    """Whether the organization ends at token k or at a comma right before it."""
    last = k - 1 if s.lowers[k - 1] == "," else k
    return s.ends[last - 1] == org.end


#: Nouns that stand for an organization named before: "the company's chief executive".
_ORG_NOUNS: Final = frozenset(
    ["company", "firm", "group", "bank", "corporation", "conglomerate", "lender", "insurer", "operator"]
)


def _with_plural_titles(s: Sentence, people: list[PersonMention]) -> list[PersonMention]:
    """ "Lithuanian and Polish defence ministers X and Y", "Presidents X and Y": each of the
    untitled names listed right after a plural title holds it, and two countries before it
    are theirs in order."""
    out = list(people)
    for index, person in enumerate(people):
        if out[index].title is not None:
            continue  # listed after an earlier name: "Members of the Board X and | Y"
        # "The transport ministers, Türkiye's X and Iraq's Y": each name after its country's
        # possessive, which the list passes over
        owner = _owning_country(s, s.token_range(0, person.name_start).stop)
        named_at = owner[0] if owner else _styles_start(s, s.token_range(0, person.name_start).stop)
        head = _past_styles_before(s, named_at - 1)
        if s.lowers[head] == "-" and s.lowers[head - 1] == "-":
            head -= 1  # "--", a dash typed as two hyphens
        head -= s.lowers[head] in (",", "-", "–", "—", "(")  # "the Defence Ministers, X and Y,"
        found = None
        if person.title is None and owner is not None:
            # "The transport ministers of the two countries, Türkiye's X and ...", "The foreign
            # ministers of the Weimar Triangle - Germany's X, ...": the group the ministers are
            # of, between their plural title in lower case and the names that say each one's
            # country ("Members of the Presidency" in capitals is an office of its own)
            group = _group_of_start(s, head)
            found = plural_title_at(s, group - 1) if group is not None and not s.caps[group - 1] else None
        if found is None:
            found = plural_title_at(s, head) if person.title is None and head >= 0 else None
        listed_after_of: list[str] = []
        if found is None and person.title is None and head > 0:
            # "the foreign ministers of Egypt, Greece and Cyprus -- X, Y and Z --"
            listed_after_of, start = _listed_countries(s, head + 1)
            start -= (
                s.lowers[start - 1] == "the"
            )  # "the Foreign Ministers of the Dominican Republic and Panama"
            if listed_after_of and s.lowers[start - 1] == "of":
                found = plural_title_at(s, start - 2)
        if found is None and person.title is None and head > 0:
            interleaved = interleaved_title(s, head + 1) if s.lowers[head + 1] == "," else None
            if interleaved is not None:
                # "The presidents of Bolivia, Rodrigo Paz, and Peru, José Jerí,": each name
                # after its own country
                out[index] = replace(person, title=interleaved[0], country_iso3=interleaved[1])
                continue
        if found is None and person.title is None and s.lowers[head] in _PLURAL_COUNTERPART_WORDS:
            # "his Philippine counterparts X and Y", "her Thai and Lao counterparts, X and Y": each
            # name is of the country before the noun, or of its own in the list's order (the
            # second had taken the host's country); each holds the other side's office only when
            # each is of another country (two of one country hold two offices: "his Philippine
            # counterparts", the foreign and the defence secretaries, at two-plus-two talks)
            listed = _listed_after(s, people, index)
            countries = _countries_listed_before(s, head) or _one_country_before(s, head)
            respective = len(countries) == len(listed)
            for n, k in enumerate(listed):
                country = countries[n] if respective else _the_one(countries)
                out[k] = replace(out[k], counterpart=respective, country_iso3=out[k].country_iso3 or country)
            continue
        nationals = _group_countries(s, head) if found is None and person.title is None else []
        if nationals:
            # "Malaysian businessmen X and Y", "Chinese investors X, Y and Z": every name listed
            # after the plural noun is of the country before it, untitled (the second had taken
            # the host's country, the first alone being next to the demonym); of two countries
            # before it ("Kenyan and Ugandan officials X and Y"), each of its own in order
            listed = _listed_after(s, people, index)
            respective = len(nationals) == len(listed)
            for n, k in enumerate(listed):
                country = nationals[n] if respective else _the_one(nationals)
                out[k] = replace(out[k], country_iso3=out[k].country_iso3 or country)
            continue
        if found is None:
            continue
        first, title = found
        listed = _listed_after(s, people, index, owner is not None)
        # (one country before the title is every name's: "US senators X and Y", where the
        # second had taken the host's country)
        countries = listed_after_of or _countries_listed_before(s, first) or _one_country_before(s, first)
        respective = len(countries) == len(listed)
        for n, k in enumerate(listed):
            country = countries[n] if respective else out[k].country_iso3 or _the_one(countries)
            if owner is not None:
                # each name's own possessive tells its country
                own = _owning_country(s, s.token_range(0, people[k].name_start).stop)
                country = own[1] if own else country
            out[k] = replace(out[k], title=title, country_iso3=out[k].country_iso3 or country)
    return out


#: Plural nouns of people of no office, which a country's demonym or name opens and names
#: list after ("Malaysian businessmen X and Y", "Chinese investors X, Y and Z").
_PEOPLE_PLURALS: Final = word_set(
    "businessmen businesswomen businesspeople investors executives entrepreneurs industrialists "
    "tycoons bankers traders exporters importers farmers manufacturers officials diplomats "
    "lawmakers legislators parliamentarians delegates representatives experts scholars "
    "academics journalists leaders billionaires"
)
#: The most lower-case words between the country and the plural noun ("Chinese | business |
#: leaders", "Kenyan | tea | farmers").
_MAX_GROUP_QUALIFIERS: Final = 1


def _group_countries(s: Sentence, head: int) -> list[str]:
    """The countries of a group named by a plural noun of people at token `head`, in lower
    case, right after the countries' demonyms or names and at most one lower-case word
    ("Malaysian | businessmen", "Chinese | business | leaders", "Kenyan and Ugandan |
    officials"), in order; [] when none is there."""
    if s.lowers[head] not in _PEOPLE_PLURALS or not s.words[head].islower():
        return []
    for end in range(head, head - _MAX_GROUP_QUALIFIERS - 1, -1):
        if end < head and not (s.words[end].islower() and s.lowers[end] not in WORDS["function"]):
            return []
        countries = _countries_listed_before(s, end) or _one_country_before(s, end)
        if countries:
            return countries
    return []


#: The plural of a word that introduces someone by the other side's role: "counterparts".
_PLURAL_COUNTERPART_WORDS: Final = frozenset(w for w in COUNTERPART_WORDS if w.endswith("s"))


def _listed_after(s: Sentence, people: list[PersonMention], index: int, owned: bool = False) -> list[int]:
    """Indexes of the untitled people listed from `people[index]` on, joined by a comma or
    "and" ("X, Y and Z" after a plural title); `owned`: each name after its country's
    possessive, which the list passes over (", and Iraq's | Y")."""
    listed = [index]
    for later in range(index + 1, len(people)):
        gap = _past_own_country(s, people[listed[-1]].name_end)
        # (a later name's styles are no gap: "X and Tan Sri Y", "X and Dr. Y")
        stop = s.starts[_styles_start(s, s.token_range(0, people[later].name_start).stop)]
        later_owner = _owning_country(s, s.token_range(0, stop).stop) if owned else None
        stop = s.starts[later_owner[0]] if later_owner else stop
        between = s.text[gap:stop].strip()
        if people[later].title is not None or between not in (",", "and", ", and"):
            break
        listed.append(later)
    return listed


#: The most tokens of styles before a listed name ("Tan Sri", "Datuk Seri Dr .").
_MAX_STYLE_TOKENS: Final = 4


def _styles_start(s: Sentence, first: int) -> int:
    """The first token of the courtesy styles right before the name at token `first` ("and |
    Tan Sri | Azman Hashim", "and | Dr. | Femi Otedola"), or `first` when there are none."""
    k = first
    while (
        k > 0
        and first - k < _MAX_STYLE_TOKENS
        and (s.caps[k - 1] or s.lowers[k - 1] == ".")
        and (
            s.lowers[k - 1] in _HONORIFICS
            or s.lowers[k - 1] in _SECOND_HONORIFICS
            or s.lowers[k - 1] in MALAY_STYLES
            or (s.lowers[k - 1] == "." and s.lowers[k - 2] in _HONORIFICS)
        )
    ):
        k -= 1
    return k


def _one_country_before(s: Sentence, end: int) -> list[str]:
    """[the country] when one country's name or demonym ends right before token `end` ("his
    Philippine | counterparts"), else []."""
    mention = next(
        (m for stop, m in s.countries.values() if stop == end and m.kind in ("name", "demonym")),
        None,
    )
    return [mention.iso3] if mention is not None else []


def _the_one(countries: list[str]) -> str | None:
    """The country when the list holds only one, else None."""
    return countries[0] if len(countries) == 1 else None


def _owning_country(s: Sentence, i: int) -> tuple[int, str] | None:
    """(first token, iso3) of a country's name in the possessive right before token i, its
    article with it ("Türkiye's | Abdulkadir Uraloğlu", "the UAE's | X"), else None."""
    if not s.country_possessive_before(i):
        return None
    found = next(((first, m.iso3) for first, (stop, m) in s.countries.items() if stop == i - 1), None)
    if found is None:
        return None
    start, iso3 = found
    return (start - 1 if s.lowers[start - 1] == "the" else start), iso3  # "the UAE's X"


#: Nouns a group of countries is counted by ("of the two countries", "of both nations").
_GROUP_NOUNS: Final = frozenset(["countries", "nations", "states", "governments"])
#: Words that count such a group.
_GROUP_COUNTS: Final = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "both", "the"])
#: The most capitalized words of a group's name ("of the Weimar Triangle", "of the Visegrad Group").
_MAX_GROUP_NAME: Final = 4


def _group_of_start(s: Sentence, end: int) -> int | None:
    """Token of the "of" that opens the group ending at token `end`: "of the two countries",
    "of both nations", "of the Weimar Triangle" (capitalized words after "the"); else None."""
    k = end
    if s.lowers[k] in _GROUP_NOUNS:
        k -= 1
        while k > end - 3 and s.lowers[k] in _GROUP_COUNTS:
            k -= 1
        return k if k < end - 1 and s.lowers[k] == "of" else None
    while k > end - _MAX_GROUP_NAME and s.caps[k] and not s.in_country(k):
        k -= 1
    if k == end or s.lowers[k] != "the" or s.lowers[k - 1] != "of":
        return None
    return k - 1


def _past_styles_before(s: Sentence, k: int) -> int:
    """The token before the courtesy words that end at token `k` ("Sayyid", "Sheikh", "Dr."), or
    `k`: in "the Foreign Ministers of Oman, Jordan and Egypt, Sayyid X, Y and Z" the list of
    names opens after the comma, the style being no part of the name or the list."""
    while k > 0 and (s.lowers[k] in _HONORIFICS or (s.lowers[k] == "." and s.lowers[k - 1] in _HONORIFICS)):
        k -= 1 + (s.lowers[k] == ".")
    return k


def _past_own_country(s: Sentence, end: int) -> int:
    """The character offset after "of <Country>" told right after a name ending at `end`, else
    `end`: in "Presidents X of Kenya and Y of Tanzania" each name's own country comes between
    the names the plural title lists; so too a country in brackets ("Trade ministers X (Kenya)
    and Y (Uganda)")."""
    k = s.token_range(end, len(s.text)).start
    bracketed = s.country_at(k + 1, ("name",)) if s.lowers[k] == "(" else None
    if bracketed is not None and s.lowers[bracketed[0]] == ")":
        return s.ends[bracketed[0]]
    if s.lowers[k] != "of":
        return end
    k += s.lowers[k + 1] == "the"
    country = s.country_at(k + 1)
    return s.ends[country[0] - 1] if country is not None else end


_MAX_INTERLEAVED: Final = 48  # tokens from "of" to the last country: up to six "Country, Name," items


def interleaved_title(s: Sentence, comma: int) -> tuple[str, str] | None:
    """(one person's title, country) for a name after "<Country>," at token `comma` in a list
    after "the <plural title> of": "The presidents of Bolivia, Rodrigo Paz, and Peru, José
    Jerí"; only countries, names, commas, semicolons and "and" come between "of" and that
    country (a list whose items hold commas is parted by semicolons: "of Chile, X; Peru, Y")."""
    country = next(
        ((start, m.iso3) for start, (stop, m) in s.countries.items() if stop == comma and m.kind == "name"),
        None,
    )
    if country is None:
        return None
    k = country[0] - 1
    while k > country[0] - _MAX_INTERLEAVED and k > 1:
        lower = s.lowers[k]
        if lower == "of" and s.lowers[k - 1] in (",", "and"):
            k -= 1  # "the Heads of State of Gabon, X, and of Congo, Y": "of" told again per item
            continue
        if lower == "of":
            found = plural_title_at(s, k - 1)
            return (_office_name(found[1]), country[1]) if found is not None else None
        if not (s.caps[k] or lower in (",", ";", "and") or lower in _PARTICLES or k in s.inside_countries):
            return None
        k -= 1
    return None


def _office_name(title: str) -> str:
    """A plural title's singular as each listed holder's office: "the presidents of Chile, X"
    tells X as "the President of Chile", an office with its name, written as a title before a
    name is ("President"), however the plural was cased."""
    return " ".join(w if w in TITLE_SMALL_WORDS else w[:1].upper() + w[1:] for w in title.split())


def _countries_listed_before(s: Sentence, end: int) -> list[str]:
    """The countries or demonyms listed right before token `end`: "Lithuanian and Polish",
    "Kazakh, Uzbek and Kyrgyz" -> their ISO codes in order; [] when no such list."""
    return _listed_countries(s, end)[0]


def _listed_countries(s: Sentence, end: int) -> tuple[list[str], int]:
    """`_countries_listed_before` and the token where the list starts."""
    found: list[str] = []
    j = end
    while j > 0:
        listed = next(
            (
                (start, m)
                for start, (stop, m) in s.countries.items()
                if stop == j and m.kind in ("name", "demonym")
            ),
            None,
        )
        if listed is None:
            break
        j, mention = listed
        found.insert(0, mention.iso3)
        if s.lowers[j - 1] in ("and", ","):
            j -= 1
            continue
        break
    return (found, j) if len(found) >= 2 else ([], end)


def _without_lineage(
    s: Sentence, titles: list[TitleMention], people: list[PersonMention], organizations: list[OrgMention]
) -> tuple[list[PersonMention], list[OrgMention]]:
    """ "Sultan Haji Hassanal Bolkiah Mu'izzaddin Waddaulah ibni Al-Marhum Sultan Haji Omar 'Ali
    Saifuddien ..., Sultan and Yang Di-Pertuan of Brunei Darussalam": the Malay royal style names
    the father after "ibni" ("son of"); up to the comma that is the style, no person and no
    body, and the office after the comma is the son's."""
    for i in [i for i in range(s.n) if s.lowers[i] == "ibni"]:
        comma = next((k for k in range(i + 1, s.n) if s.lowers[k] in (",", ".", ";")), s.n)
        start, end = s.starts[i], s.ends[comma - 1]
        son = next((p for p in reversed(people) if p.end <= start), None)
        if son is None or s.text[son.end : start].strip():
            continue
        people = [p for p in people if not start <= p.start < end]
        organizations = [o for o in organizations if not start <= o.start < end]
        office = next((t for t in titles if t.first_token == comma + 1), None)
        if office is not None and s.lowers[comma] == ",":
            k = people.index(son)
            people[k] = replace(
                son, country_iso3=son.country_iso3 or office.country_iso3, title=son.title or office.title
            )
            people = [p for p in people if not (p.start >= office.start and p.end <= office.end)]
    return people, organizations


def _envoys_after_their_principal(
    s: Sentence, titles: list[TitleMention], people: list[PersonMention]
) -> list[PersonMention]:
    """ "a special envoy from Belarusian President X, Mr Y": Y, in apposition after the
    principal who sent him, is the envoy, of the principal's country (and of the envoy's
    title when the name has none of its own)."""
    for title in titles:
        sender = sent_by_principal(s, title.last_token + 1, title.first_token)
        if sender is None:
            continue
        at = s.starts[sender[0]]
        k = next((k for k, p in enumerate(people) if p.end > at), None)
        if k is None or k + 1 >= len(people):
            continue
        principal, envoy = people[k], people[k + 1]
        if s.text[principal.end : envoy.start].strip() != "," or envoy.country_iso3 is not None:
            continue
        people[k + 1] = replace(
            envoy, country_iso3=principal.country_iso3 or title.country_iso3, title=envoy.title or title.title
        )
    return people


#: The core both stand-in gaps share: "represented (at the summit) by ", at most five words apart.
_REPRESENTED_BY: Final = r"represented\s+(?:[^\s,;]+\s+){0,5}?by\s+"
#: What lies between a principal and the one who stood in for him: "X, represented by the
#: Prime Minister Y", "X (represented by his deputy Y)", "X, who was represented at the summit
#: by Y"; the words before "by" are a place or an occasion, never a comma.
_STAND_IN_GAP: Final = re.compile(
    rf"\s*[,(]\s*(?:who\s+(?:was|is|had\s+been)\s+)?{_REPRESENTED_BY}(?:(?:the|his|her)\s+)?$",
    re.IGNORECASE,
)


def _stand_ins_for_their_principal(s: Sentence, people: list[PersonMention]) -> list[PersonMention]:
    """ "the Heads of State of Gabon, X, and of Cameroon, Paul Biya, represented by the Prime
    Minister Joseph Dion Ngute": the one named after "represented by" is of the principal's
    country unless his own is stated (he had taken the host's). The principal stays a person;
    that he stayed away is the engagement layer's to read (`engagement_clauses._senders`)."""
    out = list(people)
    for principal, deputy in pairwise(people):
        if _STAND_IN_GAP.fullmatch(s.text, principal.end, deputy.start) is None:
            continue
        country = deputy.country_iso3 or principal.country_iso3 or known_nationality(principal.name)
        out = [replace(deputy, country_iso3=country) if p is deputy else p for p in out]
    return out


#: What lies between a country and the official through whom it took part: "Mozambique,
#: represented by Prime Minister X", "Angola (represented by its Foreign Minister X)", "Chad,
#: which was represented at the summit by X".
_COUNTRY_STAND_IN_GAP: Final = re.compile(
    rf"[,(]\s*(?:(?:which|who)\s+(?:was|is|had\s+been)\s+)?{_REPRESENTED_BY}(?:(?:the|its)\s+)?$",
    re.IGNORECASE,
)
_STAND_IN_REACH: Final = 80  # characters before the official that the gap may span


def _stand_ins_for_their_country(s: Sentence, people: list[PersonMention]) -> list[PersonMention]:
    """ "while Mozambique, represented by Prime Minister X, also took part": an official named
    after a country's "represented by" is of that country unless his own is stated (he had
    taken the host's, and the country been lost as a side)."""
    out = []
    for person in people:
        gap = None
        if person.country_iso3 is None:
            gap = _COUNTRY_STAND_IN_GAP.search(s.text, max(0, person.start - _STAND_IN_REACH), person.start)
        if gap is not None:
            comma = s.token_range(gap.start(), gap.start() + 1).start
            country = s.country_ending_at(comma, ("name",))
            person = replace(person, country_iso3=country) if country is not None else person
        out.append(person)
    return out


def _aides_of_their_principal(
    s: Sentence, titles: list[TitleMention], people: list[PersonMention]
) -> list[PersonMention]:
    """ "US President Donald Trump's special envoy Steve Witkoff met Putin", "Modi's national
    security adviser Ajit Doval", "Ajit Doval, Modi's national security adviser, met ...",
    "Prime Minister X's special envoy, Minister of Trade Y": the
    aide named with the title after the possessive acts, of the principal's country (stated,
    or the leaders lexicon's); the principal only names whom the aide serves, and is no
    person of the sentence."""
    out = list(people)
    for title in titles:
        owner = _possessor_before(s, title.first_token)
        if owner is None:
            continue
        principal = next((p for p in people if p.end == s.ends[owner.stop - 1]), None)
        aide = next((p for p in out if p.start == title.start and p.title is not None), None)
        if aide is None and s.lowers[title.last_token + 1] in (",", "."):  # "Doval, Modi's adviser,"
            before = next((p for p in reversed(out) if p.end <= s.starts[owner.start]), None)
            if (
                before is not None
                and before.title is None
                and s.text[before.end : s.starts[owner.start]] == ", "
            ):
                aide = replace(before, title=title.title)
        if aide is None and s.lowers[title.last_token + 1] == ",":
            # "Anwar Ibrahim's special envoy, Minister of Investment ... Tengku Zafrul Aziz": the
            # aide named with his own office in apposition after the title
            after = s.starts[title.last_token + 2]
            aide = next((p for p in out if p.start == after and p.title is not None), None)
        if aide is None:
            continue
        name = (
            principal.name
            if principal is not None
            else s.text[s.starts[owner.start] : s.ends[owner.stop - 1]]
        )
        country = known_nationality(name)
        if principal is not None:
            country = principal.country_iso3 or country
        elif country is None and s.lowers[owner.stop - 1] in TITLE_WORDS:
            # "China's President's Special Envoy X", "the Chinese President's envoy": the office
            # is of the country written before it
            country = _country_of_office(s, owner)
        elif country is None:
            # "The President of Ghana's special envoy": an office whose country complement is
            # the possessor
            country = next(
                (t.country_iso3 for t in titles if t.last_token == owner.stop - 1 and t is not title), None
            )
        if country is None and principal is None:
            continue  # "Gazprom's chief X": a possessor named by no person
        out = [
            replace(aide, country_iso3=aide.country_iso3 or country) if p.start == aide.start else p
            for p in out
            if p is not principal
        ]
    return out


#: Nouns after a person's possessive that name someone else through him: the holders of his
#: office before and after him ("X's successor, Y"), and his family ("X's wife Y").
_SUCCESSION_NOUNS: Final = frozenset(["successor", "predecessor"])
_RELATION_NOUNS: Final = _SUCCESSION_NOUNS | frozenset(["wife", "husband", "widow", "son", "daughter"])


def _people_named_through_another(s: Sentence, people: list[PersonMention]) -> list[PersonMention]:
    """ "German Ambassador X's successor, Ambassador Y": the person named after the relation
    noun is the one the sentence tells of, of the first one's country unless his own is
    stated (and in his office, for a successor without a title of his own); the first only
    names him and is no person of the sentence."""
    out = list(people)
    for first, second in pairwise(people):
        k = s.token_range(first.start, first.end).stop
        if s.lowers[k] not in POSSESSIVE_MARKS or s.lowers[k + 1] not in _RELATION_NOUNS:
            continue
        m = k + 2 + (s.lowers[k + 2] == ",")
        if second.start != s.starts[m]:
            continue
        office = first.title if s.lowers[k + 1] in _SUCCESSION_NOUNS else None
        named = replace(
            second, country_iso3=second.country_iso3 or first.country_iso3, title=second.title or office
        )
        out = [named if p is second else p for p in out if p is not first]
    return out


def _possessor_before(s: Sentence, first: int) -> range | None:
    """The capitalized tokens of a possessor right before token `first`, across up to three
    lower-case words ("Modi's national security adviser"), or None. A name word joined to a
    lower-case particle ("Abdel Fattah el-Sisi's") is one of them, as in any name. Not across a
    preposition or conjunction: "X's meeting with Indian Prime Minister Y" names an event of
    X's, whose other side Y is no aide of his (X had been dropped as the mere principal)."""
    k = first - 1
    while k > first - 4 and k >= 0 and s.words[k][:1].islower():
        if s.lowers[k] in _POSSESSED_EVENT_JOINERS:
            return None
        k -= 1
    if k < 1 or s.lowers[k] not in POSSESSIVE_MARKS or not _possessor_word(s, k - 1):
        return None
    owner = k - 1
    while owner > 0 and _possessor_word(s, owner - 1) and s.lowers[owner - 1] not in TITLE_WORDS:
        owner -= 1
    return range(owner, k)


#: Words that join a possessed noun to someone else, no aide's office: "X's meeting with Y",
#: "X's talks and Y", "X's letter to Y".
_POSSESSED_EVENT_JOINERS: Final = word_set("with and or by of for to from in on at as")


def _possessor_word(s: Sentence, i: int) -> bool:
    """Whether token i can be a word of a possessor: capitalized ("President's", "Gazprom's"),
    or a name word joined to a lower-case particle ("el-Sisi's")."""
    return s.caps[i] or _is_name_word(s, i)


def _country_of_office(s: Sentence, owner: range) -> str | None:
    """The country written with an office that owns a title ("Chinese President's", "China's
    President's"): a demonym opening the office, or a country's possessive right before it."""
    for start, (end, mention) in s.countries.items():
        if mention.kind == "demonym" and start == owner.start and end < owner.stop:
            return mention.iso3
        if mention.kind == "name" and end == owner.start - 1 and s.lowers[end] in POSSESSIVE_MARKS:
            return mention.iso3
    return None


@dataclass(slots=True, unsafe_hash=True)
class Entities:
    """Everything named in one sentence, found in one pass over its tokens."""

    countries: tuple[CountryMention, ...]
    titles: tuple[TitleMention, ...]
    people: tuple[PersonMention, ...]
    organizations: tuple[OrgMention, ...]

    # Written out, not left to @dataclass: mypyc compiles an __init__ written here, while the
    # one @dataclass generates runs interpreted (several times as slow). So the class is not frozen
    # (a frozen one's fields cannot be set here); it is never changed in place, and unsafe_hash
    # gives it the hash frozen did.
    def __init__(
        self,
        countries: tuple[CountryMention, ...],
        titles: tuple[TitleMention, ...],
        people: tuple[PersonMention, ...],
        organizations: tuple[OrgMention, ...],
    ) -> None:
        self.countries = countries
        self.titles = titles
        self.people = people
        self.organizations = organizations


def find_entities(sentence: str, countries: list[CountryMention] | None = None) -> Entities:
    """Countries, titles, people and organizations of one sentence, sharing one tokenization.

    Cheaper than calling find_people and find_organizations separately; pass the
    sentence's `countries` (offsets relative to the sentence) when already known.
    """
    return entities_in(Sentence(sentence, countries))


def entities_in(s: Sentence, titles: list[TitleMention] | None = None) -> Entities:
    """`find_entities` over an already tokenized sentence (and its titles, when known), for
    callers that keep the tokens for their own grammar (the engagement clause analysis)."""
    titles = titles if titles is not None else titles_in(s)
    people, organizations = _people_and_organizations(s, titles)
    return Entities(
        countries=tuple(s.country_mentions),
        titles=tuple(titles),
        people=tuple(people),
        organizations=tuple(organizations),
    )


@lru_cache(maxsize=4096)
def _name_key(name: str) -> tuple[str, ...]:
    return full_name_words(tuple(fold(name).lower().replace("-", " ").split()))


@dataclass
class NameRegistry:
    """The people of one document, so later short mentions resolve to the full person.

    Add every PersonMention in document order; `resolve("Tokayev")`, `resolve("President
    Tokayev")` or `resolve("the Kazakh President")` then returns the fullest earlier mention.
    Pure and per document: make a new one for each document.
    """

    people: list[PersonMention] = field(default_factory=list)

    def add(self, person: PersonMention) -> PersonMention:
        """Record a mention, merging it with an earlier mention of the same person.

        Returns the merged person (fullest name, first title seen, known country/org).
        """
        return self.people[self.add_at(person)]

    def add_at(self, person: PersonMention) -> int:
        """`add`, returning where the merged person is kept in `people`."""
        key = _name_key(person.name)
        for index, known in enumerate(self.people):
            known_key = _name_key(known.name)
            if is_part(key, known_key) or is_part(known_key, key):
                longer = person if len(key) > len(known_key) else known
                merged = replace(
                    longer,
                    title=known.title or person.title,
                    country_iso3=known.country_iso3 or person.country_iso3,
                    organization=known.organization or person.organization,
                )
                self.people[index] = merged
                return index
        self.people.append(person)
        return len(self.people) - 1

    def resolve(self, mention: str, country_iso3: str | None = None) -> PersonMention | None:
        """The known person a short mention refers to, or None.

        A mention is a name part ("Tokayev", "Xi", "Al Zeyoudi"), optionally after a title
        ("President Tokayev"), or a title alone with a country ("the Kazakh President", with
        `country_iso3` or a demonym inside the mention). Ambiguous names prefer a matching
        title, then the most recently added person.
        """
        analysed = Sentence(mention)
        titles = titles_in(analysed)
        title = titles[0] if titles else None
        country = country_iso3 or (title.country_iso3 if title else None)
        rest = title.last_token + 1 if title else 0
        rest = _skip_honorifics(analysed, rest)
        words = analysed.words[rest : analysed.n]
        name_tokens = tuple(fold(word).lower() for word in words if word not in (".", ",", "’s", "'s"))
        key = full_name_words(tuple(part for word in name_tokens for part in word.replace("-", " ").split()))
        candidates = [p for p in self.people if key and is_part(key, _name_key(p.name))]
        if not key and title is not None:
            candidates = [p for p in self.people if p.title and _same_role(p.title, title.title)]
        if country is not None:
            candidates = [p for p in candidates if p.country_iso3 in (None, country)] or candidates
        if title is not None and len(candidates) > 1:
            candidates = [p for p in candidates if p.title and _same_role(p.title, title.title)] or candidates
        return candidates[-1] if candidates else None


#: Particles after which a name is the father's: "Al Hussein bin Abdullah II" is not
#: "Abdullah II", and "Tamim bin Hamad Al Thani" is not "Hamad".
_PATRONYMIC: Final = FATHER_PARTICLES | {"binti", "ibni"}


@lru_cache(maxsize=8192)
def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two name keys name one person: the same words, or one a part of the other
    ("Xi" and "Xi Jinping")."""
    return a == b or is_part(a, b) or is_part(b, a)


@lru_cache(maxsize=8192)
def is_part(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether `short` is a run of consecutive words of `full` ("Xi" of "Xi Jinping") that
    names the same person: a run right after "bin" or "ibn" names the father."""
    if len(short) > 1 and short[0] in NAME_PART_STYLES:
        short = short[1:]  # "Sheikh Tamim" of "Tamim bin Hamad Al Thani": the style is no name word
    if not short or len(short) > len(full):
        return False
    size = len(short)
    return any(
        full[i : i + size] == short and (i == 0 or full[i - 1] not in _PATRONYMIC)
        for i in range(len(full) - size + 1)
    )


#: Roles news uses interchangeably for the same office.
_SAME_OFFICE: Final = {
    "head of state": "president",
    "premier": "prime minister",
    "head of government": "prime minister",
}


def _same_role(known: str, asked: str) -> bool:
    """Whether a known title fits an asked one: "President" fits "President" and "Head of
    State"; "Foreign Minister" fits "Minister of Foreign Affairs"."""
    known_text = fold(known).lower()
    asked_text = fold(asked).lower()
    known_text = _SAME_OFFICE.get(known_text, known_text)
    asked_text = _SAME_OFFICE.get(asked_text, asked_text)
    known_words = set(known_text.replace(",", " ").split())
    asked_words = set(asked_text.split()) - {"the", "of", "for"}
    return asked_words <= known_words
