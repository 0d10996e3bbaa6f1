"""A signing told after "In addition," ("Additionally,", "Furthermore,", "Moreover,") by other
signatories is a signing of its own, invented for these tests.

"Namibia and Botswana signed three agreements ... In addition, NamPort and Botswana Railways signed
a cooperation agreement on cargo handling" tells a fourth document, by the two companies: it had
joined the signing of the three (the next sentence after documents told in bulk was read as
naming one of them, as "In particular, ..." does), and so had it after "They were signed by
Minister A and Minister B". The opening now marks an occasion of its own, as "Separately" and
"also" did. "In particular, X and Y signed ..." still names one of the documents told in bulk;
"In addition to the ministers, ..." is a preposition; the same signatories told again after "In
addition" add nothing new and stay one signing.
"""

from __future__ import annotations

from datetime import date

from test_engagements import extract, story

PUB = date(2025, 6, 20)


def _signings(text: str) -> list[tuple[str, ...]]:
    return [
        tuple(sorted(p.name for p in e.participants))
        for e in extract(text, PUB)
        if e.engagement_type == "agreement"
    ]


def test_in_addition_after_documents_told_in_bulk() -> None:
    text = story(
        "WINDHOEK, June 20 - Namibia and Botswana on Thursday signed three agreements on rail "
        "transport and transit in Windhoek.",
        "In addition, the port operator NamPort and Botswana Railways signed a cooperation agreement on "
        "cargo handling.",
    )
    assert _signings(text) == [(), ("Botswana Railways", "NamPort")]


def test_in_addition_after_the_signatories_were_named() -> None:
    text = story(
        "WINDHOEK, June 20 - Namibia and Botswana on Thursday signed three agreements on rail "
        "transport and transit in Windhoek. They were signed by Namibian Works Minister Joseph "
        "Hamutenya and Botswana Transport Minister Kabo Seretse.",
        "In addition, the port operator NamPort and Botswana Railways signed a cooperation agreement on "
        "cargo handling.",
    )
    assert _signings(text) == [("Joseph Hamutenya", "Kabo Seretse"), ("Botswana Railways", "NamPort")]


def test_additionally_without_documents_in_bulk() -> None:
    text = story(
        "ASUNCION, June 20 - Paraguay and Uruguay on Thursday signed an agreement on river navigation "
        "in Asuncion.",
        "Additionally, the state utility ANDE and Uruguay's UTE signed a memorandum on power "
        "interconnection.",
    )
    assert _signings(text) == [(), ("ANDE", "UTE")]


def test_in_particular_still_names_one_of_the_documents() -> None:
    text = story(
        "WINDHOEK, June 20 - Namibia and Botswana on Thursday signed three agreements on rail "
        "transport and transit in Windhoek.",
        "In particular, the port operator NamPort and Botswana Railways signed a cooperation agreement "
        "on cargo handling.",
    )
    assert _signings(text) == [("Botswana Railways", "NamPort")]


def test_the_same_signatories_in_addition_stay_one_signing() -> None:
    text = story(
        "WINDHOEK, June 20 - Namibian Works Minister Joseph Hamutenya and Botswana Transport "
        "Minister Kabo Seretse on Thursday signed an agreement on rail transit in Windhoek.",
        "In addition, Hamutenya and Seretse signed a protocol on customs at the border.",
    )
    assert _signings(text) == [("Joseph Hamutenya", "Kabo Seretse")]
