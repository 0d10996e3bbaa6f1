"""Well-known companies, found by name alone, with the country of their head office.

The organization grammar (organizations.py) finds a company by what the text says around it: a
descriptor ("carmaker Xpeng"), a country's possessive ("Chile's Codelco"), a legal form or a
title ("Xpeng chairman X"). Business copy often names a large company bare ("Volkswagen has
agreed a deal with ...", "Pertamina and Inpex signed"), and then it was no organization at all,
and a local arm ("Volkswagen China chief X") took the country in its name. `lexicons/companies.tsv`
lists companies that sign deals across borders; a name is matched as written (capitalized,
case-sensitive, whole tokens, longest first), so "Shell" the company is found and "shell" is not.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from orchestration.extraction.countries import find_countries, fold
from orchestration.extraction.dates import YEAR_WORD
from orchestration.extraction.engagement_types import word_set
from orchestration.extraction.titles import (
    ORG_SUFFIXES,
    ORG_WORDS,
    POSSESSIVE_MARKS,
    Sentence,
    listed_companies,
)

#: The most words a prefix of an organization's name is tried for ("Samsung Heavy Industries").
_MAX_WORDS: Final = 5


def opens_company_name(word: str) -> bool:
    """Whether a listed company is named by this word alone or with its legal form only
    ("Leonardo" of "Leonardo S.p.A."): the word alone, where a person's surname might stand,
    is as likely the company. A longer name ("Hassan Allam") leaves the one word a name."""
    return any(
        all(other.lower() in ORG_SUFFIXES for other in words[1:])
        for words, _ in listed_companies().get(word, ())
    )


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Folded, lower-cased name -> iso3."""
    return {_key(" ".join(words)): iso3 for rows in listed_companies().values() for words, iso3 in rows}


def _key(name: str) -> str:
    return " ".join(fold(name).lower().split())


def known_companies(s: Sentence) -> list[tuple[int, int, str]]:
    """(first token, end token, iso3) of every listed company written in the sentence."""
    table = listed_companies()
    found: list[tuple[int, int, str]] = []
    resume = 0
    for i in s.cap_index:
        if i < resume:
            continue
        for words, iso3 in table.get(s.words[i], ()):
            end = i + len(words)
            if tuple(s.words[i:end]) != words:
                continue
            while s.caps[end] and s.lowers[end] in _ENDINGS:
                end += 1  # "Hyundai Motor Group", "Rio Tinto Ltd"
            if not s.caps[end] and not _amounts_currency(s, i, end) and not _model_follows(s, end):
                # (not "Volkswagen China", "Toyota Tsusho": another name, or a title after it)
                found.append((i, end, iso3))
            resume = end
            break
    if "'s" in s.text or "’s" in s.text:
        found += _lower_case_possessors(s, table)
        found.sort()
    return found


def _lower_case_possessors(
    s: Sentence, table: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
) -> list[tuple[int, int, str]]:
    """(token, token after, iso3) of a listed one-word company written in lower case, as its
    own house style has it ("bp", "eni"), before a possessive and a capitalized name ("met bp's
    Gordon Birrell"): only a name is owned so, and the lower-case word is no English word there
    (not after an article or a number: "the shell's", "25 bp")."""
    found = []
    for i in range(1, s.n - 1):
        word = s.words[i]
        if s.lowers[i + 1] not in POSSESSIVE_MARKS or not word.islower() or not s.caps[i + 2]:
            continue
        if s.lowers[i - 1] in _NOT_BEFORE_A_BRAND or s.words[i - 1][:1].isdigit():
            continue
        for form in (word.upper(), word.capitalize()):
            iso3 = next((iso3 for words, iso3 in table.get(form, ()) if len(words) == 1), None)
            if iso3 is not None:
                found.append((i, i + 1, iso3))
                break
    return found


#: Words before a lower-case word that make it a common noun, not a brand: "the shell's".
_NOT_BEFORE_A_BRAND: Final = word_set("the a an its his her their our this that each every")


def _amounts_currency(s: Sentence, i: int, end: int) -> bool:
    """Whether a one-word, upper-case listed name beside a number is the amount's currency
    code: "PLN 60 bln" (zlotys, not Indonesia's PLN), "60 billion PLN"."""
    if end != i + 1 or not s.words[i].isupper():
        return False
    return s.words[end][:1].isdigit() or s.words[i - 1][:1].isdigit() or s.lowers[i - 1] in _SCALES


_SCALES: Final = word_set("million billion trillion mln bln mn bn tn thousand")


def _model_follows(s: Sentence, end: int) -> bool:
    """Whether a model's designation follows the name ending at token `end`: "Boeing 787",
    "Airbus A350-900", "Volvo FH16". The name then makes a product ("the first Ethiopian
    Airlines Boeing 787 landed"), whose maker takes no part in what the sentence tells. A year
    ("Boeing 2023 results") or an amount ("Boeing 12 billion") is no model's number."""
    word = s.words[end]
    return (
        any(c.isdigit() for c in word) and not YEAR_WORD.fullmatch(word) and s.lowers[end + 1] not in _SCALES
    )


#: Capitalized words that may follow a listed name without making it part of a longer one.
_ENDINGS: Final = word_set("group corporation company co ltd limited plc inc ag sa se")


def company_country(name: str) -> str | None:
    """The country of a listed company named `name`, or of the one its name starts with
    ("Volkswagen China" is Volkswagen's arm, "Samsung Electronics Vietnam" Samsung's). Companies
    named by a common word, which the lexicon leaves out of bare-name matching, count here,
    where the text has already made the name an organization ("Apple CEO Tim Cook")."""
    countries = _countries()
    acronym = _BRACKETED_ACRONYM.search(name) if name.endswith(")") else None
    if acronym is not None and _key(acronym.group(1)) in countries and not find_countries(name):
        # "the Union of Chambers and Commodity Exchanges (TOBB)": the body the lexicon knows by
        # its acronym, spelled out in words that name no country (a name that does is its own:
        # "Oman National Gas Corporation (ONGC)" is no Indian ONGC)
        return countries[_key(acronym.group(1))]
    words = _key(name).split()
    # "PT Pertamina (Persero)", "PJSC Gazprom": a legal form written first is no word of the
    # brand, which follows it (the name had been looked up whole, and the brand not found)
    legal = 1 if len(words) > 1 and words[0] in _PREFIX_LEGAL_FORMS else 0
    for size in range(min(len(words) - legal, _MAX_WORDS), 0, -1):
        iso3 = countries.get(" ".join(words[legal : legal + size]))
        if iso3 is not None:
            return _local_arm_country(name, legal + size) or iso3
    if _SINO_BRAND.match(name[len(name.split()[0]) + 1 :] if legal else name):
        return "CHN"
    # a common word only as the whole name: "Delta Exploration and Production Company" is another
    while words and words[-1] in _ENDINGS:
        words.pop()
    return _COMMON_WORD_COMPANIES.get(" ".join(words))


#: A brand made one word with "Sino" (China), as Chinese state firms name themselves abroad
#: ("Sinohydro", "Sinosteel", "Sinotrans", "Sinoma"): the lexicon lists a few, and each one it
#: did not had been a company of no country (its engagement lost a side). "Sino-Kazakh", two
#: countries, and "Sino" alone are no such brand.
_SINO_BRAND: Final = re.compile(r"Sino[a-z]{2,}\b")


#: Legal forms written before a company's name ("PT", "JSC", "PJSC", "LLC").
_PREFIX_LEGAL_FORMS: Final = ORG_WORDS["prefix_legal"]


def _local_arm_country(name: str, brand_words: int) -> str | None:
    """The country whose name ends a listed brand's name after the brand ("Cargill Argentina",
    "Huawei Kenya", "Volkswagen China"): the brand's local arm, a company of that country, not
    of the brand's head office (which had been added as one more side of the engagement)."""
    if " " not in name:
        return None
    name = _without_legal_form(name)
    named = find_countries(name)
    last = named[-1] if named else None
    if last is None or last.kind != "name" or last.end != len(name.rstrip(" .")):
        return None
    return last.iso3 if len(name[: last.start].split()) >= brand_words else None


def _without_legal_form(name: str) -> str:
    """`name` without the legal form or company noun that closes it ("Unilever Ghana Ltd",
    "Nestle Nigeria Plc", "Huawei Kenya Company Limited"): the local arm's country is then the
    name's last word, as it is without them (the brand's head office had been taken)."""
    words = name.split()
    while len(words) > 1 and _key(words[-1].strip(".,")).replace(".", "") in _ENDINGS:
        words.pop()
    return " ".join(words)


#: An acronym in brackets closing an organization's name: "Foreign Economic Relations Board (DEİK)".
_BRACKETED_ACRONYM: Final = re.compile(r"\(([^\s()]+)\)$")

#: Companies whose names are common words or places, so never matched bare in a sentence.
_COMMON_WORD_COMPANIES: Final = {
    "apple": "USA", "amazon": "USA", "meta": "USA", "alphabet": "USA", "visa": "USA", "delta": "USA",
    "orange": "FRA", "total": "FRA", "reliance": "IND", "citi": "USA",
}  # fmt: skip
