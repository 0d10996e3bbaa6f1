"""Scoring extracted facts against gold labels (the format of corpus/GOLD_FORMAT.md).

The matching rules follow the reference scorer the project is judged by, so that our
`newsfacts evaluate` command and it agree to the last digit:
- trade facts match one-to-one on (flow direction, countries, period, product-or-not),
  same currency, value within 0.5%; imports of A from B match exports of B to A;
- engagements match on date and the sorted set of countries (preferring the same type);
- people and organizations match by normalized name, allowing a surname-only or
  first-names-only form of the same name.
Everything here is pure: callers load predictions (from a warehouse or straight from the
extractor) into plain dicts.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

VALUE_TOLERANCE: Final = 0.005  # relative, on trade values
PCT_TOLERANCE: Final = 0.051  # absolute, on change_pct

Fact = Mapping[str, Any]


def normalize_name(name: str | None) -> str:
    """Lowercase ASCII words: diacritics folded, a leading 'the' and punctuation dropped."""
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[^a-z0-9' ]+", " ", s)
    return " ".join(s.split())


def names_match(gold: str | None, predicted: str | None) -> bool:
    """Same name, or one is a leading or trailing run of the other's words."""
    g, p = normalize_name(gold), normalize_name(predicted)
    if not g or not p:
        return False
    if g == p or g.replace(" ", "") == p.replace(" ", ""):
        return True
    gt, pt = g.split(), p.split()
    short, long_ = (gt, pt) if len(gt) <= len(pt) else (pt, gt)
    return long_[-len(short) :] == short or long_[: len(short)] == short


def trade_key(fact: Fact) -> tuple[Any, ...]:
    """What must agree for two trade facts to be the same figure (besides value and currency)."""
    flow, reporter, partner = fact["flow"], fact["reporter"], fact["partner"]
    if flow == "turnover":
        side: tuple[Any, ...] = ("turnover", *sorted((reporter, partner)))
    elif flow == "exports":
        side = ("flow", reporter, partner)
    elif flow == "imports":
        side = ("flow", partner, reporter)
    else:
        side = ("?", flow, reporter, partner)
    return (*side, str(fact["period_start"]), str(fact["period_end"]), fact.get("product") is None)


@dataclass(frozen=True)
class PRF:
    tp: int
    predicted: int
    gold: int

    def _raw(self) -> tuple[float, float]:
        p = self.tp / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)
        r = self.tp / self.gold if self.gold else 1.0
        return p, r

    @property
    def precision(self) -> float:
        return round(self._raw()[0], 4)

    @property
    def recall(self) -> float:
        return round(self._raw()[1], 4)

    @property
    def f1(self) -> float:
        p, r = self._raw()
        return round(2 * p * r / (p + r), 4) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "pred": self.predicted,
            "gold": self.gold,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def match_trade_facts(gold: Sequence[Fact], predicted: Sequence[Fact]) -> list[tuple[Fact, Fact]]:
    """Greedy one-to-one matching, closest value first among facts with the same key."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        key, best, best_err = trade_key(g), None, None
        for i, p in enumerate(predicted):
            if i in used or p["currency"] != g["currency"] or p["value"] is None or trade_key(p) != key:
                continue
            err = abs(float(p["value"]) - g["value"]) / abs(g["value"])
            if err <= VALUE_TOLERANCE and (best_err is None or err < best_err):
                best, best_err = i, err
        if best is not None:
            used.add(best)
            pairs.append((g, predicted[best]))
    return pairs


def match_engagements(gold: Sequence[Fact], predicted: Sequence[Fact]) -> list[tuple[Fact, Fact]]:
    """One-to-one on date and countries; among candidates, one of the same type if any."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        candidates = [
            i
            for i, p in enumerate(predicted)
            if i not in used
            and str(p["date"]) == str(g["date"])
            and list(p["countries"]) == sorted(g["countries"])
        ]
        if not candidates:
            continue
        same_type = [i for i in candidates if predicted[i]["type"] == g["type"]]
        i = (same_type or candidates)[0]
        used.add(i)
        pairs.append((g, predicted[i]))
    return pairs


def count_name_matches(gold_names: Iterable[str], predicted_names: Sequence[str]) -> int:
    used: set[int] = set()
    tp = 0
    for g in gold_names:
        for i, p in enumerate(predicted_names):
            if i not in used and names_match(g, p):
                used.add(i)
                tp += 1
                break
    return tp


@dataclass
class DocumentPrediction:
    """What was predicted for one document, in the gold file's vocabulary."""

    published_date: str | None
    dateline: str | None
    trade_facts: list[dict[str, Any]] = field(default_factory=list)
    # engagements: {"date", "type", "location", "countries" (sorted), "people": [names],
    #               "organizations": [names]}
    engagements: list[dict[str, Any]] = field(default_factory=list)


def score(
    gold_by_stem: Mapping[str, Mapping[str, Any]], predictions: Mapping[str, DocumentPrediction]
) -> dict:
    """The full report: P/R/F1 per fact kind, accuracies, and counts per document."""
    c: dict[str, int] = defaultdict(int)
    missing, per_document = [], {}
    for stem in sorted(gold_by_stem):
        gold = gold_by_stem[stem]
        pred = predictions.get(stem)
        if pred is None:
            missing.append(stem)
        pt = pred.trade_facts if pred else []
        pe = pred.engagements if pred else []
        gt, ge = gold["trade_facts"], gold["engagements"]
        tpairs = match_trade_facts(gt, pt)
        epairs = match_engagements(ge, pe)
        c["trade_tp"] += len(tpairs)
        c["trade_pred"] += len(pt)
        c["trade_gold"] += len(gt)
        c["eng_tp"] += len(epairs)
        c["eng_pred"] += len(pe)
        c["eng_gold"] += len(ge)
        for g, p in tpairs:
            if g.get("change_pct") is not None or p.get("change_pct") is not None:
                c["pct_total"] += 1
                if (
                    g.get("change_pct") is not None
                    and p.get("change_pct") is not None
                    and abs(float(p["change_pct"]) - g["change_pct"]) <= PCT_TOLERANCE
                ):
                    c["pct_ok"] += 1
        for g, p in epairs:
            c["type_total"] += 1
            c["type_ok"] += g["type"] == p["type"]
            if g.get("location"):
                c["loc_total"] += 1
                c["loc_ok"] += names_match(g["location"], p.get("location"))
            gold_people = [x["name"] for x in g.get("people", [])]
            gold_orgs = [x["name"] for x in g.get("organizations", [])]
            c["people_tp"] += count_name_matches(gold_people, p["people"])
            c["people_pred"] += len(p["people"])
            c["people_gold"] += len(gold_people)
            c["org_tp"] += count_name_matches(gold_orgs, p["organizations"])
            c["org_pred"] += len(p["organizations"])
            c["org_gold"] += len(gold_orgs)
        if pred is not None:
            c["date_total"] += 1
            c["date_ok"] += str(pred.published_date) == gold["published_date"]
            if gold.get("dateline"):
                c["dl_total"] += 1
                c["dl_ok"] += names_match(gold["dateline"], pred.dateline)
        per_document[stem] = {
            "trade": [len(tpairs), len(pt), len(gt)],
            "engagements": [len(epairs), len(pe), len(ge)],
        }

    def accuracy(ok: str, total: str) -> float | None:
        return round(c[ok] / c[total], 4) if c[total] else None

    return {
        "documents_missing": missing,
        "trade_facts": PRF(c["trade_tp"], c["trade_pred"], c["trade_gold"]).as_dict(),
        "trade_change_pct_accuracy": accuracy("pct_ok", "pct_total"),
        "engagements": PRF(c["eng_tp"], c["eng_pred"], c["eng_gold"]).as_dict(),
        "engagement_type_accuracy": accuracy("type_ok", "type_total"),
        "engagement_location_accuracy": accuracy("loc_ok", "loc_total"),
        "participants_people": PRF(c["people_tp"], c["people_pred"], c["people_gold"]).as_dict(),
        "participants_organizations": PRF(c["org_tp"], c["org_pred"], c["org_gold"]).as_dict(),
        "published_date_accuracy": accuracy("date_ok", "date_total"),
        "dateline_accuracy": accuracy("dl_ok", "dl_total"),
        "per_document": per_document,
    }


#: The targets of project issue 3, checked by `newsfacts evaluate --check` and the test suite.
TARGETS: Mapping[str, float] = {
    "trade_facts.f1": 0.95,
    "trade_change_pct_accuracy": 0.95,
    "engagements.f1": 0.90,
    "engagement_type_accuracy": 0.90,
    "participants_people.f1": 0.90,
    "participants_organizations.f1": 0.85,
    "published_date_accuracy": 1.00,
    "dateline_accuracy": 0.95,
}


def metric(report: Mapping[str, Any], name: str) -> float | None:
    """A value of the report by dotted name, e.g. 'trade_facts.f1'."""
    value: Any = report
    for part in name.split("."):
        value = value.get(part) if isinstance(value, Mapping) else None
    return value


def shortfalls(
    report: Mapping[str, Any], targets: Mapping[str, float] = TARGETS
) -> dict[str, tuple[float | None, float]]:
    """Metrics below their target: name -> (value, target)."""
    out = {}
    for name, target in targets.items():
        value = metric(report, name)
        if value is None or value < target:
            out[name] = (value, target)
    return out
