"""A counterpart named with styles and a long Gulf name, written for these tests.

"X met his Saudi counterpart Prince Faisal bin Farhan Al Saud" makes the prince X's
counterpart, who holds X's office. The relation was looked for in the forty characters before
the name's last word, found first anywhere in the sentence: a style and a long name put
"counterpart" out of reach, and a last word that opens a demonym ("Saud" of "Saudi") was found
before it. The person's own phrase now tells the relation, and the last word is matched whole.
"""

from __future__ import annotations

from datetime import date

import pytest
from support import people_met

PUB = date(2025, 3, 4)  # a Tuesday


def _people(text: str, dateline: str) -> list[tuple[str, str | None, str | None]]:
    return people_met(text, PUB, dateline)


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        ("NEW DELHI, March 3 - External Affairs Minister Ravi Menon on Monday met his Saudi counterpart "
         "Prince Khalid bin Saad Al Saud in Riyadh.", "New Delhi",
         [("Ravi Menon", "External Affairs Minister", "IND"),
          ("Khalid bin Saad Al Saud", "Foreign Minister", "SAU")]),
        ("ABUJA, March 3 - Foreign Minister Musa Bello held talks with his Qatari counterpart, Sheikh "
         "Hamad bin Nasser bin Jabor Al Thani, in Doha on Monday.", "Abuja",
         [("Musa Bello", "Foreign Minister", "NGA"),
          ("Hamad bin Nasser bin Jabor Al Thani", "Foreign Minister", "QAT")]),
        ("MUSCAT, March 3 - Foreign Minister Salim Al Harthy received a phone call from his Emirati "
         "counterpart His Highness Sheikh Rashid bin Saeed Al Nahyan on Monday.", "Muscat",
         [("Salim Al Harthy", "Foreign Minister", "OMN"),
          ("Rashid bin Saeed Al Nahyan", "Foreign Minister", "ARE")]),
        # near misses: a short style, as before; an office given to the Saudi stays his
        ("LAGOS, March 3 - Trade Minister Ada Nwosu met her Ghanaian counterpart, Hon. Esi Mensah, in "
         "Accra on Monday.", "Lagos",
         [("Ada Nwosu", "Trade Minister", "NGA"), ("Esi Mensah", "Trade Minister", "GHA")]),
        ("NEW DELHI, March 3 - External Affairs Minister Ravi Menon met Saudi Foreign Minister Prince "
         "Khalid bin Saad Al Saud in Riyadh on Monday.", "New Delhi",
         [("Ravi Menon", "External Affairs Minister", "IND"),
          ("Khalid bin Saad Al Saud", "Foreign Minister", "SAU")]),
    ],
)  # fmt: skip
def test_counterpart_after_styles_holds_the_office(
    text: str, dateline: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(text, dateline) == expected
