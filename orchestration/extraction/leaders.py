"""The country of a well-known official named without one.

Home-agency copy filed abroad often names its own leader without a country word ("ABU DHABI
(PTI) - Prime Minister Narendra Modi ... held talks with UAE President ..."): the dateline
gives the wrong default and the engagement comes out one-sided. `lexicons/leaders.tsv` lists
people who speak for their country in the news (heads of state and government, foreign and
trade ministers); a person is matched on the whole name, or on a surname that names one listed
official and no common family (`_surnames`), and only when the text states no country. A few
short names wire copy uses alone that are no last words ("Lula", "Xi") are listed as names.
`lexicons/aliases.tsv` lists the popular names that share no word with the full name ("Jokowi"
for Joko Widodo, "MBS" for Mohammed bin Salman), so the two mentions are one person.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from orchestration.extraction import LEXICON_DIR
from orchestration.extraction.countries import fold
from orchestration.extraction.engagement_types import word_set

_LEXICON: Final = LEXICON_DIR / "leaders.tsv"
_ALIASES: Final = LEXICON_DIR / "aliases.tsv"
_SEPARATORS: Final = re.compile(r"[\s.\-‐‑’']+")


def _key(name: str) -> str:
    """A name as compared: accents, case, dots, apostrophes and hyphens aside."""
    return " ".join(_SEPARATORS.split(fold(name).lower())).strip()


@lru_cache(maxsize=1)
def _cells() -> tuple[tuple[str, ...], ...]:
    """The tab-separated cells of every line of the lexicon (iso3, name as written, and for a
    reigning monarch the codes of his realms), read once for `_rows` and `_realms`."""
    return tuple(
        tuple(line.split("\t"))
        for line in _LEXICON.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str], ...]:
    """(iso3, name as written) of every line of the lexicon."""
    return tuple((cells[0], cells[1]) for cells in _cells())


@lru_cache(maxsize=1)
def _realms() -> dict[str, frozenset[str]]:
    """The realms of each reigning monarch (a third column of the lexicon: "Charles III" is
    King of the United Kingdom and also of Canada, Australia, New Zealand ...), by name key."""
    return {_key(cells[1]): frozenset(cells[2].split()) for cells in _cells() if len(cells) == 3}


def reigning_realm(name: str, place_iso3: str | None) -> str | None:
    """`place_iso3` when `name` is a reigning monarch and the place is one of his realms
    (another than his country's, where it is his country anyway): in Canberra or Ottawa King
    Charles III is Australia's or Canada's own head of state, so meeting its prime minister is
    no meeting of two countries; else None."""
    return place_iso3 if place_iso3 is not None and place_iso3 in _realms().get(_key(name), ()) else None


@lru_cache(maxsize=1)
def _nationalities() -> dict[str, str]:
    return {_key(name): iso3 for iso3, name in _rows()}


@lru_cache(maxsize=1)
def _surnames() -> dict[str, str]:
    """Surnames that name one listed official and no common family ("Modi", "Macron",
    "Erdogan"): not "Wong" (two listed), "Singh" or "Khan" (shared by millions), nor a
    dynasty's "Al Nahyan"."""
    countries: dict[str, set[str]] = {}
    for name, iso3 in _nationalities().items():
        words = name.split()
        if len(words) >= 2 and words[-2] not in _FAMILY_PARTICLES and iso3 not in _FAMILY_NAME_FIRST:
            countries.setdefault(words[-1], set()).add(iso3)
    return {
        surname: next(iter(isos))
        for surname, isos in countries.items()
        if len(isos) == 1 and len(surname) >= 4 and surname not in _COMMON_SURNAMES
    }


#: Words before a family name that many people share ("bin Zayed Al Nahyan", "van der Bellen").
_FAMILY_PARTICLES: Final = frozenset(["al", "bin", "ibn", "bint", "el", "van", "der", "de", "da", "von"])
#: Countries whose names put the family name first: the last word is a given name ("Xi
#: Jinping", "Yoon Suk Yeol", "Hun Manet").
_FAMILY_NAME_FIRST: Final = frozenset(["CHN", "KOR", "KHM"])
#: Surnames too common to name one official, however few the lexicon lists.
_COMMON_SURNAMES: Final = word_set(
    """singh khan kumar ahmed ahmad hassan hussein hussain ali rahman silva santos wang zhang chen
    yang kim park nguyen tran pham sharif ibrahim mohamed mohammed abdullah hamad salman sabah
    thani khalifa saud nahyan maktoum lee smith jones johnson williams brown harris taylor
    aziz kadir peters fernandez haddad katz pena vieira farrell pavel store duda faye sall murillo
    rubio vance petro montenegro arce gang lam cuong drew mitchell phillips davis todd pierre castro
    chaves ortega browne abbas mustafa gonsalves arevalo rowley sandu abela vella milanovic michal
    khaleel zameer traore ouattara barrow neves hlaing heine georgiev dlamini mohamud akhund debono
    nova nguema anand cooper lazaro karki alexander gustaf"""
)


_BODY_OFFICIALS: Final = LEXICON_DIR / "international_officials.tsv"


@lru_cache(maxsize=1)
def _body_officials() -> frozenset[str]:
    """The name keys of `lexicons/international_officials.tsv`."""
    return frozenset(
        _key(line.split("\t")[1])
        for line in _BODY_OFFICIALS.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


def heads_a_body_of_states(name: str) -> bool:
    """Whether `name` (whole, as `known_nationality` matches it) is a listed official of a body
    of many states ("Ursula von der Leyen", "Ngozi Okonjo-Iweala"): copy names them without a
    title, and a default would give them the country where they met ("BRUSSELS - Ursula von
    der Leyen met ..." had made a Belgian side), where their title would have given none."""
    return _key(name) in _body_officials()


def known_nationality(name: str) -> str | None:
    """ISO3 of the country a listed official speaks for ("Narendra Modi" -> "IND", and a
    surname that names one listed official: "Modi"), else None."""
    key = _key(name)
    found = _nationalities().get(key)
    if found is None and " " not in key:
        found = _surnames().get(key)
    elif found is None:
        found = _nationalities().get(_surname_last(key))
    return found


def _surname_last(key: str) -> str:
    """A name's key with its first word moved to the end: Japanese and Hungarian releases write
    the surname first, often in capitals ("IWAYA Takeshi", "SZIJJARTO Peter", "Ishiba Shigeru"),
    where the lexicon lists the given name first as English copy does; the whole reordered name
    must still be listed, so a name of another order matches no one else."""
    first, _, rest = key.partition(" ")
    return f"{rest} {first}"


def monarch_name(title: str | None, name: str) -> str | None:
    """The listed name of the reigning monarch a monarch's title and one name stand for ("King
    Charles": "Charles III", "King Abdullah": "Abdullah II", "Sultan Haitham": "Haitham bin
    Tarik"), as the lexicon keys it, else None. Copy names a monarch by the title and the first
    word of the listed name, the regnal numeral or the patronymic left out: a listed name with a
    numeral or of a listed reigning monarch opening on that word decides first, else any listed
    name opening on it; those must all be of one country ("King Salman": the Saudi king's name,
    not the Bahraini crown prince's, which opens on it too; "Sultan Ibrahim": two presidents'
    names, so none). Its country is `known_nationality`'s, or `reigning_realm`'s in another of
    the monarch's realms."""
    if title is None or title.split()[-1].lower() not in _MONARCH_TITLES or " " in name.strip():
        return None
    listed = _names_by_first_word().get(_key(name), ())
    reigning = [
        (words, iso3)
        for words, iso3 in listed
        if _REGNAL_NUMERAL.fullmatch(words[-1]) or " ".join(words) in _realms()
    ]
    names = reigning or list(listed)
    return " ".join(names[0][0]) if len({iso3 for _, iso3 in names}) == 1 else None


@lru_cache(maxsize=1)
def _names_by_first_word() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """(words, iso3) of every listed name of two words or more, by its first word's key."""
    found: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, iso3 in _nationalities().items():
        words = tuple(key.split())
        if len(words) >= 2:
            found.setdefault(words[0], []).append((words, iso3))
    return {first: tuple(rows) for first, rows in found.items()}


#: The one-word titles of reigning monarchs a name alone follows ("King Charles", "Emir Tamim").
_MONARCH_TITLES: Final = word_set("king queen emir amir sultan")
#: A regnal numeral as the lexicon keys it, lower case ("iii", "vi", "x").
_REGNAL_NUMERAL: Final = re.compile(r"[ivxl]+")


@lru_cache(maxsize=1)
def _full_names() -> re.Pattern[str]:
    """One alternation of every listed full name as written (two words or more), longest first."""
    names = [name for _, name in _rows() if " " in name]
    return re.compile(
        r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b"
    )


def leaders_named_in(text: str) -> list[str]:
    """ISO3 of each listed official `text` names in full, in text order ("President William
    Ruto has held talks with his Tanzanian counterpart": KEN, though "Kenya" is never written)."""
    return [iso3 for m in _full_names().finditer(text) if (iso3 := _nationalities().get(_key(m.group())))]


def leaders_named_alone_in(text: str) -> list[str]:
    """ISO3 of each listed official `text` names by one word alone, in text order: a listed
    one-word name ("Lula", "Xi") or a surname that names one listed official ("Putin met with
    Kazakh President Tokayev": RUS, KAZ). Agency copy often gives its own leader no first name
    and no country, so a story whose only country word is the guest's still tells both sides.
    A word in capitals ("XI", a numeral) is no name."""
    found = []
    for m in _CAPITALISED_WORD.finditer(text):
        word = m.group()
        iso3 = _one_word_names().get(_key(word)) if word[1:].islower() else None
        if iso3 is not None:
            found.append(iso3)
    return found


#: A word opening on a capital, with no digit: a candidate one-word name.
_CAPITALISED_WORD: Final = re.compile(r"\b[A-Z][^\W\d_]+\b")


@lru_cache(maxsize=1)
def _one_word_names() -> dict[str, str]:
    """The one word each listed official goes by alone: a listed one-word name, or a surname
    of `_surnames`."""
    alone = {key: iso3 for key, iso3 in _nationalities().items() if " " not in key}
    return {**_surnames(), **alone}


@lru_cache(maxsize=1)
def _alias_keys() -> dict[tuple[str, ...], tuple[str, ...]]:
    """The full name's words of every alias of `lexicons/aliases.tsv`, by the alias's words."""
    rows = (
        line.split("\t")
        for line in _ALIASES.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
    return {tuple(_key(alias).split()): tuple(_key(full).split()) for alias, full in rows}


def full_name_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of the full name a leader's alias stands for ("jokowi" -> "joko widodo", "amlo"
    -> "andres manuel lopez obrador"), else `words` as they are: a name's words as mentions of
    one person are compared, so that "Jokowi" after "Joko Widodo" is the same person and no
    second participant. `words` are lower case without accents, as the registries key names."""
    return _alias_keys().get(words, words)


def one_word_aliases(words: tuple[str, ...]) -> list[str]:
    """The aliases of one word ("jokowi", "mbs") whose full name is `words` or a run of them
    ("Mohammed bin Salman" of "Mohammed bin Salman Al Saud"): a later mention of the alias alone
    names the person these words name."""
    found = []
    for alias, full in _one_word_alias_keys():
        if full and full[0] not in words:
            continue  # (most aliases: the run cannot open without its first word)
        size = len(full)
        if any(words[i : i + size] == full for i in range(len(words) - size + 1)):
            found.append(alias)
    return found


@lru_cache(maxsize=1)
def _one_word_alias_keys() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(alias, full name's words) of the one-word aliases of `_alias_keys`, in its order: what
    `one_word_aliases` scans for each name, without passing over the longer aliases each time."""
    return tuple((alias[0], full) for alias, full in _alias_keys().items() if len(alias) == 1)
