"""An officer of a Romance-named state firm named after a comma, written for these tests.

"The president of Yacimientos de Litio Bolivianos, Karla Calderon, met ...": the firm's name
had been cut at the word after its particle ("Yacimientos de Litio"), so its national
adjective was left over and the officer lost; and "of Yacimientos Petrolíferos Fiscales
Bolivianos, Armin Dorgathen," had lost its last two words to a person "Fiscales", as a name of
four capitalized words after a Romance keyword was taken to end on a person's name. Now
`_sequence_end` (titles.py) keeps a national adjective after the particle's word
(`_ROMANCE_NATIONAL_ADJECTIVES`), and `_org_end` keeps the whole run when a name follows the
comma. "Banco do Brasil Tarciana Medeiros" and "Grupo Mexico, German Larrea" read as before.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.titles import Sentence, titles_in


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The president of Yacimientos de Litio Bolivianos, Karla Calderon, met the envoy.",
         ("president", "Yacimientos de Litio Bolivianos")),
        ("The president of Yacimientos Petrolíferos Fiscales Bolivianos, Armin Dorgathen, met the envoy.",
         ("president", "Yacimientos Petrolíferos Fiscales Bolivianos")),
        ("The head of Compañía de Petróleos Venezolanos, Luis Mata, met the envoy.",
         ("head", "Compañía de Petróleos Venezolanos")),
        # as before: a name right after the firm, or after a comma after a short name
        ("The president of Banco do Brasil Tarciana Medeiros met the envoy.",
         ("president", "Banco do Brasil")),
        ("The president of Grupo Mexico, German Larrea, met the envoy.", ("president", "Grupo Mexico")),
    ],
)  # fmt: skip
def test_the_firm_keeps_its_words(sentence: str, expected: tuple[str, str]) -> None:
    title = titles_in(Sentence(sentence))[0]
    assert (title.title, title.organization) == expected
