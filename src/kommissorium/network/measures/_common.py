"""Helpers shared by the measures (private)."""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping
from typing import Any

from kommissorium.network.graph import NetworkError

__all__ = ["group_sizes", "groups_of", "nan_to_none", "node_key", "ratio"]


def groups_of(G: Any, attr: str) -> dict[Hashable, str]:
    """Group label of every node, read from the node attribute ``attr``.

    Raises:
        NetworkError: A node lacks the attribute.
    """
    groups: dict[Hashable, str] = {}
    for node, data in G.nodes(data=True):
        if attr not in data:
            raise NetworkError(f"node {node!r} has no {attr!r} attribute")
        groups[node] = str(data[attr])
    return groups


def node_key(node: Hashable) -> tuple[str, str]:
    """A sort key for nodes of any hashable type (ids are usually strings)."""
    return (type(node).__name__, str(node))


def nan_to_none(value: float) -> float | None:
    """``None`` for NaN, so that JSON output has ``null`` rather than an invalid ``NaN``."""
    return None if math.isnan(value) else value


def ratio(numerator: float, denominator: float) -> float:
    """``numerator / denominator``, NaN when the denominator is zero."""
    return numerator / denominator if denominator else math.nan


def group_sizes(groups: Mapping[Hashable, str]) -> dict[str, int]:
    """Number of nodes in each group."""
    sizes: dict[str, int] = {}
    for label in groups.values():
        sizes[label] = sizes.get(label, 0) + 1
    return sizes
