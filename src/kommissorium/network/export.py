"""GraphML and GEXF export with sector colours, for Gephi, Cytoscape and yEd.

Both writers work on a copy of the graph whose attributes are all strings, integers, floats
or booleans (the types GraphML and GEXF can declare). Every node gets ``label`` (its name),
``colour`` (``#rrggbb``) and ``r``, ``g``, ``b`` (0–255) from its sector:

* **GEXF** stores the colour as ``viz:color``, which Gephi shows as the node colour on import.
* **GraphML** has no standard colour element; Gephi's GraphML importer reads numeric ``r``,
  ``g``, ``b`` node attributes as the node colour, and in Cytoscape the ``colour`` column can
  be mapped to *Fill Color* with a passthrough mapping.

Every text (ids, names, attribute names and values) goes through
:func:`~kommissorium.model.text.export_text`, so a control character in a graph built in Python
never reaches the XML raw (XML 1.0 forbids it; the file would not be well-formed).

networkx's GEXF writer stamps the file with today's date (``lastmodifieddate``); that
attribute is left out here, so the same graph always gives the same bytes.

Examples:
    >>> import networkx as nx
    >>> G = nx.Graph([("a", "b")])
    >>> nx.set_node_attributes(G, {"a": "political", "b": "civil-society"}, "sector")
    >>> nx.set_node_attributes(G, {"a": "A", "b": "B"}, "name")
    >>> b"viz:color" in to_gexf(G) and b'r="44"' in to_gexf(G)
    True
    >>> b"#1f77b4" in to_graphml(G)
    True
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import networkx as nx

from kommissorium._write import write_atomic
from kommissorium.model.text import export_text
from kommissorium.network.sectors import SectorInfo

__all__ = ["EXPORT_FORMATS", "export_graph", "to_gexf", "to_graphml"]

#: Formats :func:`export_graph` writes.
EXPORT_FORMATS = ("gexf", "graphml")

_SIMPLE = (str, int, float, bool)
_DECLARATION = "<?xml version='1.0' encoding='utf-8'?>\n"


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _clean(value: Any) -> str | int | float | bool:
    if isinstance(value, str):
        return export_text(value)
    if isinstance(value, _SIMPLE):
        return value
    if isinstance(value, (tuple, list, set, frozenset)):
        return export_text(",".join(sorted(str(v) for v in value)))
    return "" if value is None else export_text(str(value))


def _items(data: dict[Any, Any]) -> dict[str, Any]:
    return {export_text(str(k)): _clean(v) for k, v in sorted(data.items(), key=lambda i: i[0])}


def _export_copy(G: Any, attr: str, info: SectorInfo, viz: bool) -> Any:
    H = G.__class__()
    H.graph.update(_items({k: v for k, v in G.graph.items() if v is not None}))
    for node, data in G.nodes(data=True):
        attrs = _items(data)
        colour = info.colour(str(data.get(attr, "other")))
        r, g, b = _rgb(colour)
        label = export_text(str(data.get("name", node)))
        attrs.update(label=label, colour=colour, r=r, g=g, b=b)
        if viz:
            attrs["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}}
        H.add_node(export_text(str(node)), **attrs)
    for u, v, data in G.edges(data=True):
        H.add_edge(export_text(str(u)), export_text(str(v)), **_items(data))
    return H


def to_graphml(G: Any, attr: str = "sector", *, info: SectorInfo | None = None) -> bytes:
    """The graph as GraphML (UTF-8) with colour attributes (see the module docs)."""
    H = _export_copy(G, attr, info or SectorInfo(), viz=False)
    text = _DECLARATION + "\n".join(nx.generate_graphml(H, prettyprint=True)) + "\n"
    return text.encode("utf-8")


def to_gexf(G: Any, attr: str = "sector", *, info: SectorInfo | None = None) -> bytes:
    """The graph as GEXF 1.2 (UTF-8) with ``viz:color`` (see the module docs)."""
    H = _export_copy(G, attr, info or SectorInfo(), viz=True)
    text = _DECLARATION + "\n".join(nx.generate_gexf(H, prettyprint=True)) + "\n"
    text = re.sub(r' lastmodifieddate="[^"]*"', "", text, count=1)
    return text.encode("utf-8")


def export_graph(
    G: Any, path: str | Path, fmt: str, attr: str = "sector", *, info: SectorInfo | None = None
) -> None:
    """Write the graph to ``path`` as ``gexf`` or ``graphml``.

    The file is written atomically: a failure leaves no partial file.

    Raises:
        NetworkError: Unknown format.
        OutputError: The file cannot be written there.
    """
    if fmt == "gexf":
        data = to_gexf(G, attr, info=info)
    elif fmt == "graphml":
        data = to_graphml(G, attr, info=info)
    else:
        from kommissorium.network.graph import NetworkError

        raise NetworkError(
            f"unknown graph format {fmt!r}; expected one of {', '.join(EXPORT_FORMATS)}"
        )
    write_atomic(path, data)
