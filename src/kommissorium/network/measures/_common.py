"""Helpers shared by the measures (private)."""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping
from typing import Any

from kommissorium.network.graph import NetworkError

__all__ = ["group_sizes", "groups_of", "nan_to_none", "node_key", "ratio"]


def groups_of(G: Any, attr: str) -> dict[Hashable, str]:
    """Group label of every node, read from the node attribute ``attr``, as text.

    Groups are told apart by the text of their label (``str(label)``), which is how reports
    and pictures name them. Two labels with the same text that are not the same value of one
    kind, such as the integer ``1`` and the string ``"1"``, would silently merge into one
    group; they are refused. (Labels that differ in text, such as ``1`` and ``1.0``, stay two
    groups.)

    Raises:
        NetworkError: A node lacks the attribute, or two labels share their text.

    Examples:
        >>> import networkx as nx
        >>> G = nx.Graph([("a", "b")])
        >>> nx.set_node_attributes(G, {"a": 1, "b": "1"}, "sector")
        >>> groups_of(G, "sector")
        Traceback (most recent call last):
        ...
        kommissorium.network.graph.NetworkError: nodes 'a' and 'b': the 'sector' labels 1 ...
    """
    groups: dict[Hashable, str] = {}
    first: dict[str, tuple[Hashable, Any]] = {}
    for node, data in G.nodes(data=True):
        if attr not in data:
            raise NetworkError(f"node {node!r} has no {attr!r} attribute")
        label = data[attr]
        text = str(label)
        seen = first.setdefault(text, (node, label))
        if seen[1] is not label and not _same_label(seen[1], label):
            raise NetworkError(
                f"nodes {seen[0]!r} and {node!r}: the {attr!r} labels {seen[1]!r} "
                f"({type(seen[1]).__name__}) and {label!r} ({type(label).__name__}) have the "
                "same text and would merge into one group; give every label as text (str)"
            )
        groups[node] = text
    return groups


def _same_label(a: Any, b: Any) -> bool:
    """Whether two labels with the same text are one label (equal, and of one kind)."""
    if isinstance(a, str) and isinstance(b, str):
        return True  # a str subclass (an enum member) and its plain text are one label
    try:
        return type(a) is type(b) and bool(a == b)
    except Exception:  # an odd __eq__ (an array): not provably the same
        return False


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
