"""The who-met-whom graph of one country: nodes, weighted edges and a readable layout.

The layout is two columns rather than force-directed: the chosen country's people on the
left (the most connected on top), everyone they met on the right grouped by country, each
group placed near the people it met. Every name stays legible, the picture reads like a
ledger of who met whom, and it does not jump around between reruns or builds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

LEFT_X = 0.0
RIGHT_X = 1.0


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    name: str
    country_iso3: str | None
    kind: str  # person | organization


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    weight: int  # engagements both took part in


@dataclass(frozen=True, slots=True)
class Graph:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


def graph_from_pairs(pairs: Iterable[dict[str, object]]) -> Graph:
    """Build the graph from `queries.meetings` rows (a_id, a_name, ..., b_country, n_events)."""
    nodes: dict[str, Node] = {}
    edges: list[Edge] = []
    for row in pairs:
        for side in ("a", "b"):
            node_id = str(row[f"{side}_id"])
            country = row[f"{side}_country"]
            nodes.setdefault(
                node_id,
                Node(
                    node_id,
                    str(row[f"{side}_name"]),
                    country if isinstance(country, str) else None,
                    str(row[f"{side}_type"]),
                ),
            )
        edges.append(Edge(str(row["a_id"]), str(row["b_id"]), int(row["n_events"])))
    return Graph(tuple(nodes.values()), tuple(edges))


def degrees(graph: Graph) -> dict[str, int]:
    """Engagements-weighted degree of every node: how much a participant met others."""
    totals = dict.fromkeys((n.id for n in graph.nodes), 0)
    for e in graph.edges:
        totals[e.source] += e.weight
        totals[e.target] += e.weight
    return totals


def _spread(ids: list[str], x: float, rows: int) -> dict[str, tuple[float, float]]:
    """Top to bottom at equal steps, centred on the taller column."""
    top = (rows - 1) / 2
    offset = (rows - len(ids)) / 2
    return {node_id: (x, top - offset - i) for i, node_id in enumerate(ids)}


def two_column_layout(graph: Graph, focus_country: str) -> dict[str, tuple[float, float]]:
    """x, y of every node: the focus country's people left, the people they met right.

    Left: most connected first. Right: countries in the order of where their people's
    partners sit on the left (the mean row, weighted by meetings), and within a country
    by the same measure, which keeps lines short and rarely crossing.
    """
    degree = degrees(graph)
    left = sorted(
        (n for n in graph.nodes if n.country_iso3 == focus_country), key=lambda n: (-degree[n.id], n.name)
    )
    row_of = {n.id: i for i, n in enumerate(left)}
    pull: dict[str, list[float]] = {}
    for e in graph.edges:
        for here, there in ((e.source, e.target), (e.target, e.source)):
            if there in row_of:
                pull.setdefault(here, []).extend([row_of[there]] * e.weight)
    right = [n for n in graph.nodes if n.country_iso3 != focus_country]

    def centre(ids: Iterable[str]) -> float:
        rows = [r for i in ids for r in pull.get(i, [])]
        return sum(rows) / len(rows) if rows else float(len(left))

    by_country: dict[str, list[Node]] = {}
    for n in right:
        by_country.setdefault(n.country_iso3 or "", []).append(n)
    ordered = sorted(by_country.items(), key=lambda kv: (centre(n.id for n in kv[1]), kv[0]))
    right_ids = [
        n.id for _, members in ordered for n in sorted(members, key=lambda n: (centre([n.id]), n.name))
    ]
    rows = max(len(left), len(right_ids), 1)
    positions = _spread([n.id for n in left], LEFT_X, rows)
    positions.update(_spread(right_ids, RIGHT_X, rows))
    return positions
