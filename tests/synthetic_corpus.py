"""A reproducible folder of invented news articles, big enough for kill and reader tests.

    python tests/synthetic_corpus.py OUT_DIR [N_DOCUMENTS] [SEED]

The kill tests need every pipeline step to last long enough to be hit by a SIGKILL, so
they need thousands of documents; the corpus must not be copied, so these are made up
from templates: trade figures and meetings between countries of every region, in plain
text, JSON and HTML, spread over sub-folders, with a few exact duplicates under other
names. The same (n, seed) always gives the same bytes, so a clean build and a build
that survived kills can be compared row for row.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

#: (country, demonym, capital, currency code, minister's family name): every region.
COUNTRIES = (
    ("Kenya", "Kenyan", "Nairobi", "KES", "Wanjiru"),
    ("Nigeria", "Nigerian", "Abuja", "NGN", "Adeyemi"),
    ("Ghana", "Ghanaian", "Accra", "GHS", "Mensah"),
    ("Senegal", "Senegalese", "Dakar", "XOF", "Diallo"),
    ("Egypt", "Egyptian", "Cairo", "EGP", "Hassan"),
    ("Brazil", "Brazilian", "Brasilia", "BRL", "Oliveira"),
    ("Argentina", "Argentine", "Buenos Aires", "ARS", "Fernandez"),
    ("Chile", "Chilean", "Santiago", "CLP", "Rojas"),
    ("Peru", "Peruvian", "Lima", "PEN", "Quispe"),
    ("Mexico", "Mexican", "Mexico City", "MXN", "Hernandez"),
    ("Saudi Arabia", "Saudi", "Riyadh", "SAR", "Al-Qahtani"),
    ("Qatar", "Qatari", "Doha", "QAR", "Al-Thani"),
    ("Oman", "Omani", "Muscat", "OMR", "Al-Busaidi"),
    ("Indonesia", "Indonesian", "Jakarta", "IDR", "Santoso"),
    ("Vietnam", "Vietnamese", "Hanoi", "VND", "Nguyen"),
    ("Thailand", "Thai", "Bangkok", "THB", "Srisuk"),
    ("Malaysia", "Malaysian", "Kuala Lumpur", "MYR", "Ibrahim"),
    ("Poland", "Polish", "Warsaw", "PLN", "Nowak"),
    ("Portugal", "Portuguese", "Lisbon", "EUR", "Silva"),
    ("Sweden", "Swedish", "Stockholm", "SEK", "Lindqvist"),
    ("Kazakhstan", "Kazakh", "Astana", "KZT", "Nurlanov"),
    ("India", "Indian", "New Delhi", "INR", "Sharma"),
    ("Japan", "Japanese", "Tokyo", "JPY", "Tanaka"),
    ("Turkey", "Turkish", "Ankara", "TRY", "Yilmaz"),
)
AGENCIES = ("Reuters", "AFP", "AP", "Xinhua", "Anadolu", "Bernama")
PRODUCTS = ("coffee", "copper", "rice", "crude oil", "machinery", "textiles", "fertiliser", "cocoa")
FILLER = (
    "Analysts said the figures reflected stronger demand and better logistics along the main corridor.",
    "Officials expect the new customs procedures to cut clearance times at the border by half.",
    "Business groups welcomed the announcement but warned that port capacity remains a constraint.",
    "The central bank said the currency had been broadly stable over the same period.",
    "Both governments have set up a joint working group to review tariff schedules next year.",
    "Shipping companies reported higher freight rates during the second half of the year.",
    "The chamber of commerce plans a trade fair in the capital in the autumn.",
    "Economists cautioned that commodity prices could swing the totals sharply.",
)
DUPLICATE_EVERY = 50  # every 50th document is an exact copy of an earlier one, under another name


def _article(rng: random.Random, index: int) -> tuple[str, str, str, date]:
    """(title, dateline paragraph onwards, agency, publication date) of one invented article."""
    a, b = rng.sample(COUNTRIES, 2)
    published = date(2023, 1, 1) + timedelta(days=rng.randrange(700))
    year = published.year - 1
    agency = rng.choice(AGENCIES)
    value = round(rng.uniform(0.2, 60.0), 1)
    change = round(rng.uniform(-20.0, 35.0), 1)
    verb = "rose" if change >= 0 else "fell"
    product = rng.choice(PRODUCTS)
    weekday = published.strftime("%A")
    paragraphs = [
        f"{a[2].upper()}, {published:%B} {published.day} ({agency}) - {a[1]} exports to {b[0]} {verb} "
        f"{abs(change)}% to ${value} billion in {year}, the statistics office said on {weekday}.",
        f"Imports from {b[0]} reached ${round(value * rng.uniform(0.3, 1.5), 1)} billion in {year}, "
        f"led by {product}, while trade between the two countries totalled "
        f"{round(value * rng.uniform(1.5, 3.0), 1)} billion dollars.",
        f"{a[0]}'s trade minister {rng.choice('ABCDEFGHJKLMNPRSTW')}. {a[4]} met {b[1]} minister of "
        f"industry {rng.choice('ABCDEFGHJKLMNPRSTW')}. {b[4]} in {a[2]} on {weekday} to discuss "
        f"{product} and investment.",
    ]
    paragraphs += rng.sample(FILLER, rng.randrange(3, len(FILLER)))
    paragraphs.append(f"Document reference {index:06d}.")
    title = f"{a[0]}-{b[0]} trade {verb} in {year}"
    return title, "\n\n".join(paragraphs), agency, published


def write_corpus(out_dir: str | Path, n_documents: int, seed: int = 0) -> list[str]:
    """Write `n_documents` files under `out_dir`; return their relative paths (sorted)."""
    rng = random.Random(seed)
    root = Path(out_dir)
    written: dict[str, bytes] = {}
    for i in range(n_documents):
        folder = root / f"batch_{i % 7:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        if i and i % DUPLICATE_EVERY == 0:
            original = sorted(written)[rng.randrange(len(written))]
            name, data = f"copy_{i:06d}{Path(original).suffix}", written[original]
        else:
            title, body, agency, published = _article(rng, i)
            kind = i % 10
            if kind < 7:
                name, data = f"story_{i:06d}.txt", f"{title}\ndate {published}\n\n{body}\n".encode()
            elif kind < 9:
                record = {"title": title, "published": str(published), "source": agency, "text": body}
                name, data = f"story_{i:06d}.json", json.dumps(record, ensure_ascii=False).encode()
            else:
                html_body = "".join(f"<p>{p}</p>\n" for p in body.split("\n\n"))
                name = f"story_{i:06d}.html"
                data = (
                    f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
                    f'<meta property="article:published_time" content="{published}"></head>'
                    f"<body><article><h1>{title}</h1>\n{html_body}</article></body></html>"
                ).encode()
        rel = (folder / name).relative_to(root).as_posix()
        (root / rel).write_bytes(data)
        written[rel] = data
    return sorted(written)


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3, 4):
        sys.exit("usage: python tests/synthetic_corpus.py OUT_DIR [N_DOCUMENTS] [SEED]")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    print(f"wrote {len(write_corpus(sys.argv[1], n, seed))} files to {sys.argv[1]}")
