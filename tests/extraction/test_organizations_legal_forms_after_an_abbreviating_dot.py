"""A company's second legal form after the dot of its first, written for these tests.

Japanese, Korean and Indian companies write two forms, the first abbreviated ("Co. Ltd",
"Pvt. Ltd"): "Marubeni Co. Ltd" had been cut to "Marubeni Co" (the dot read as the name's end)
and "Tata Sons Pvt. Ltd" read as a person. The dot after a form in title case, before another
form in title case, abbreviates it, so the name runs on over both; a listed company takes the
forms after it as an unlisted one does ("Mitsui & Co., Ltd."), and "Pvt" is a legal form.
A dot before a word of another kind still ends the name.
"""

from __future__ import annotations

import pytest

from orchestration.extraction.organizations import find_organizations


def _names(sentence: str) -> list[str]:
    return [o.name for o in find_organizations(sentence)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Marubeni Co. Ltd signed a lease with the port on Friday.", "Marubeni Co. Ltd"),
        ("The port signed a lease with Marubeni Co. Ltd on Friday.", "Marubeni Co. Ltd"),
        ("Kobe Gearworks Co. Ltd signed a lease with the port on Friday.", "Kobe Gearworks Co. Ltd"),
        ("Infosys Pvt. Ltd signed a lease with the port on Friday.", "Infosys Pvt. Ltd"),
        ("Bharat Looms Pvt Ltd signed a lease with the port on Friday.", "Bharat Looms Pvt Ltd"),
        ("Marubeni Co., Ltd. signed a lease with the port on Friday.", "Marubeni Co., Ltd."),
        # as before: one form, and a dot before no form
        ("Kobe Gearworks Co. signed a lease with the port on Friday.", "Kobe Gearworks Co"),
        ("Kobe Gearworks Ltd signed a lease with the port on Friday.", "Kobe Gearworks Ltd"),
    ],
)
def test_both_forms_are_the_names(sentence: str, name: str) -> None:
    assert _names(sentence) == [name]
