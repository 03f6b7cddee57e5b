"""The stakeholder network as an inline SVG, drawn without matplotlib.

:func:`network_svg` draws a graph from :func:`kommissorium.network.stakeholder_graph`: one
circle per actor coloured by sector (with a legend), one line per tie (wider for heavier ties,
with arrow heads in a directed graph), the committee ringed, and the actors' names beside their
circles. :func:`spring_layout` places the actors with a Fruchterman–Reingold force layout
written here in plain Python: the starting positions put each sector on its own arc of a
circle, a seeded :class:`random.Random` adds a small jitter, and a fixed number of cooling steps
follows. There is no other randomness and no dependence on dict order (actors are processed in
sorted order), so the same graph and seed give the same coordinates and the same bytes.

Fruchterman, T. M. J. & Reingold, E. M. (1991). Graph drawing by force-directed placement.
*Software: Practice and Experience* 21(11), 1129–1164.

Examples:
    >>> import networkx as nx
    >>> G = nx.Graph([("a", "b"), ("b", "c")])
    >>> nx.set_node_attributes(G, {"a": "political", "b": "citizens", "c": "other"}, "sector")
    >>> pos = spring_layout(G, seed=1)
    >>> sorted(pos) == ["a", "b", "c"] and spring_layout(G, seed=1) == pos
    True
    >>> svg = network_svg(G, title="Test")
    >>> svg.startswith("<svg") and svg.count('class="node"') == 3
    True
"""

from __future__ import annotations

import html
import math
import random
from typing import Any

from kommissorium.model.text import export_text
from kommissorium.network.sectors import SectorInfo

__all__ = ["network_svg", "spring_layout"]

_WIDTH = 1000.0
_PLOT_W = 740.0
_HEIGHT = 620.0
_MARGIN = 40.0
_CHAR_W = 5.8  # average width of an 11 px sans-serif character


def _e(text: object) -> str:
    return html.escape(export_text(str(text)), quote=True)


def _num(value: float) -> str:
    text = f"{value:.1f}"
    if text == "-0.0":
        text = "0.0"
    return text[:-2] if text.endswith(".0") else text


def spring_layout(
    G: Any,
    *,
    seed: int = 0,
    attr: str = "sector",
    iterations: int | None = None,
    info: SectorInfo | None = None,
) -> dict[str, tuple[float, float]]:
    """Deterministic force-directed positions in the unit square.

    Args:
        G: A networkx graph or digraph (direction is ignored for the layout).
        seed: Seed of the jitter added to the starting positions.
        attr: Node attribute that groups the starting positions (the sector).
        iterations: Cooling steps; by default 200, fewer for large graphs.
        info: Sector order; the built-in order if ``None``.

    Actors without ties are not part of the force layout: they are put in rows of three along
    the bottom, below the tied actors.

    Returns:
        ``{node id (as str): (x, y)}`` with both coordinates in ``[0, 1]``, rounded to four
        decimals.

    Examples:
        >>> import networkx as nx
        >>> pos = spring_layout(nx.path_graph(["a", "b"]), seed=0)
        >>> all(0.0 <= v <= 1.0 for xy in pos.values() for v in xy)
        True
    """
    info = info or SectorInfo()
    nodes = sorted(G.nodes(), key=str)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {str(nodes[0]): (0.5, 0.5)}
    isolated = [v for v in nodes if G.degree(v) == 0]
    if isolated and len(isolated) < n:
        # Actors without ties would drift to the edge and squeeze the rest into a corner:
        # lay out the tied actors above, and put the others in rows of three along the bottom.
        per_row = 3
        rows = -(-len(isolated) // per_row)
        band = min(0.4, 0.1 * rows)
        tied = spring_layout(
            _canonical_subgraph(G, [v for v in nodes if v not in set(isolated)]),
            seed=seed,
            attr=attr,
            iterations=iterations,
            info=info,
        )
        out = {v: (x, round(y * (1 - band), 4)) for v, (x, y) in tied.items()}
        for i, v in enumerate(isolated):
            row, col = divmod(i, per_row)
            y = 1.0 if rows == 1 else round(1 - band + band * (row + 1) / rows, 4)
            out[str(v)] = (round(col / per_row, 4), y)
        return {str(v): out[str(v)] for v in nodes}
    order = {s: i for i, s in enumerate(info.order(str(G.nodes[v].get(attr, "")) for v in nodes))}
    placed = sorted(nodes, key=lambda v: (order[str(G.nodes[v].get(attr, ""))], str(v)))
    rng = random.Random(seed)
    index = {v: i for i, v in enumerate(nodes)}
    xs = [0.0] * n
    ys = [0.0] * n
    for position, v in enumerate(placed):
        angle = 2 * math.pi * position / n
        i = index[v]
        xs[i] = 0.5 + 0.4 * math.cos(angle) + rng.uniform(-0.02, 0.02)
        ys[i] = 0.5 + 0.4 * math.sin(angle) + rng.uniform(-0.02, 0.02)
    # Each tie once, endpoints in index order, the heavier weight where a digraph has both
    # directions, in (a, b) order: the forces are then summed in the same order whatever order
    # the graph hands out its edges in (which can depend on the hash seed).
    strongest: dict[tuple[int, int], float] = {}
    for u, v, data in G.edges(data=True):
        a, b = sorted((index[u], index[v]))
        if a != b:
            weight = float(data.get("weight", 1.0))
            strongest[(a, b)] = max(weight, strongest.get((a, b), weight))
    edges = [
        (a, b, 1.0 + math.log(weight) if weight > 1.0 else 1.0)
        for (a, b), weight in sorted(strongest.items())
    ]
    steps = iterations if iterations is not None else (200 if n <= 150 else max(30, 30000 // n))
    k = math.sqrt(1.0 / n)
    temperature = 0.1
    cooling = temperature / (steps + 1)
    for _ in range(steps):
        dx = [0.0] * n
        dy = [0.0] * n
        for i in range(n):
            xi, yi = xs[i], ys[i]
            for j in range(i + 1, n):
                ddx, ddy = xi - xs[j], yi - ys[j]
                dist2 = ddx * ddx + ddy * ddy
                if dist2 < 1e-9:
                    ddx, ddy, dist2 = 1e-3 * (1 + (i + j) % 3), 1e-3, 2e-6
                force = k * k / dist2
                dx[i] += ddx * force
                dy[i] += ddy * force
                dx[j] -= ddx * force
                dy[j] -= ddy * force
        for a, b, weight in edges:
            ddx, ddy = xs[a] - xs[b], ys[a] - ys[b]
            dist = math.sqrt(ddx * ddx + ddy * ddy) or 1e-6
            force = dist * weight / k
            dx[a] -= ddx * force
            dy[a] -= ddy * force
            dx[b] += ddx * force
            dy[b] += ddy * force
        for i in range(n):
            # A weak pull to the centre keeps isolated actors in the picture.
            dx[i] += (0.5 - xs[i]) * 0.6 * k
            dy[i] += (0.5 - ys[i]) * 0.6 * k
            length = math.sqrt(dx[i] * dx[i] + dy[i] * dy[i])
            if length > 0:
                step = min(length, temperature)
                xs[i] += dx[i] / length * step
                ys[i] += dy[i] / length * step
        temperature -= cooling
    x_min, x_max, y_min, y_max = min(xs), max(xs), min(ys), max(ys)
    span_x = (x_max - x_min) or 1.0
    span_y = (y_max - y_min) or 1.0
    return {
        str(v): (
            round((xs[index[v]] - x_min) / span_x, 4),
            round((ys[index[v]] - y_min) / span_y, 4),
        )
        for v in nodes
    }


def _canonical_subgraph(G: Any, keep: list[Any]) -> Any:
    """A plain copy of ``G`` restricted to ``keep``, with nodes and edges added in sorted order.

    ``G.subgraph`` is a view whose edge order (and endpoint order) follows the parent graph's
    internal sets, which may depend on the hash seed; this copy does not.
    """
    H = G.__class__()
    H.graph.update(G.graph)
    chosen = set(keep)
    for v in sorted(keep, key=str):
        H.add_node(v, **G.nodes[v])
    ends = sorted(
        ((u, v, data) for u, v, data in G.edges(data=True) if u in chosen and v in chosen),
        key=lambda e: _edge_key(G, e[0], e[1]),
    )
    for u, v, data in ends:
        if not G.is_directed() and str(v) < str(u):
            u, v = v, u
        H.add_edge(u, v, **data)
    return H


def _edge_key(G: Any, u: Any, v: Any) -> tuple[str, str]:
    """Sort key of an edge that does not depend on the order its endpoints are handed out."""
    a, b = str(u), str(v)
    return (a, b) if G.is_directed() or a <= b else (b, a)


def _separate_labels(
    items: list[tuple[str, float, float]],
    pixels: dict[str, list[float]],
    *,
    top: float,
    bottom: float,
    rounds: int = 60,
) -> None:
    """Move actors up or down (in place) until no two circle-plus-label boxes overlap.

    ``items`` holds ``(id, radius, label width)``. Each round looks at every pair in id order
    and pushes the two boxes of an overlapping pair apart vertically by half the overlap each;
    it stops after a round without overlaps or after ``rounds`` rounds.
    """
    items = sorted(items)
    for _ in range(rounds):
        moved = False
        for i, (a, ra, wa) in enumerate(items):
            for b, rb, wb in items[i + 1 :]:
                xa, ya = pixels[a]
                xb, yb = pixels[b]
                ha, hb = max(ra, 8.0), max(rb, 8.0)
                if xa - ra >= xb + rb + 3 + wb or xb - rb >= xa + ra + 3 + wa:
                    continue
                overlap = min(ya + ha, yb + hb) - max(ya - ha, yb - hb)
                if overlap <= 0:
                    continue
                shift = overlap / 2 + 1.0
                upper, lower = (a, b) if (ya, a) <= (yb, b) else (b, a)
                pixels[upper][1] = max(top, pixels[upper][1] - shift)
                pixels[lower][1] = min(bottom, pixels[lower][1] + shift)
                moved = True
        if not moved:
            return


def _legend_words(lang: str) -> tuple[str, str]:
    return ("Sektor", "aktører") if lang != "en" else ("Sector", "actors")


def network_svg(
    G: Any,
    *,
    attr: str = "sector",
    info: SectorInfo | None = None,
    seed: int = 0,
    title: str = "",
    lang: str = "da",
    labels: bool | None = None,
    svg_id: str = "network",
) -> str:
    """The graph as an inline SVG: actors coloured by sector, ties, a legend.

    Args:
        G: A stakeholder graph (nodes with ``name`` and ``sector``; edges with ``weight``).
        attr: Node attribute holding the sector.
        info: Sector labels and colours; built-in ones if ``None``.
        seed: Seed of :func:`spring_layout`.
        title: Accessible title of the picture (also its ``<title>``).
        lang: ``"da"`` or ``"en"`` for the legend.
        labels: Write actor names; by default only for graphs of at most 60 actors.
        svg_id: The ``id`` of the ``<svg>`` element.

    Returns:
        An ``<svg>`` element as text (no XML declaration).
    """
    info = info or SectorInfo()
    nodes = sorted(G.nodes(), key=str)
    pos = spring_layout(G, seed=seed, attr=attr, info=info)
    committee = str(G.graph.get("committee", ""))
    show_labels = labels if labels is not None else len(nodes) <= 60
    degree = dict(G.degree())
    sectors = info.order(str(G.nodes[v].get(attr, "other")) for v in nodes)
    counts = dict.fromkeys(sectors, 0)
    for v in nodes:
        counts[str(G.nodes[v].get(attr, "other"))] += 1

    label_room = 160.0 if show_labels else 0.0
    inner_w = _PLOT_W - 2 * _MARGIN - label_room
    inner_h = _HEIGHT - 2 * _MARGIN

    def radius(v: Any) -> float:
        return round(5.0 + 1.6 * math.sqrt(degree.get(v, 0)), 1)

    def short_name(v: Any) -> str:
        name = str(G.nodes[v].get("name", v))
        limit = int(175 / _CHAR_W)
        return name if len(name) <= limit else name[: limit - 1] + "…"

    pixels = {
        str(v): [_MARGIN + pos[str(v)][0] * inner_w, _MARGIN + pos[str(v)][1] * inner_h]
        for v in nodes
    }
    if show_labels:
        _separate_labels(
            [(str(v), radius(v), len(short_name(v)) * _CHAR_W) for v in nodes],
            pixels,
            top=_MARGIN / 2,
            bottom=_HEIGHT - _MARGIN / 2,
        )

    def at(v: Any) -> tuple[float, float]:
        x, y = pixels[str(v)]
        return x, y

    heading = title or ("Interessentnetværk" if lang != "en" else "Stakeholder network")
    sector_word, actors_word = _legend_words(lang)
    desc = (
        f"{len(nodes)} aktører og {G.number_of_edges()} forbindelser, farvet efter sektor."
        if lang != "en"
        else f"{len(nodes)} actors and {G.number_of_edges()} ties, coloured by sector."
    )
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" id="{_e(svg_id)}" class="network" '
        f'viewBox="0 0 {_num(_WIDTH)} {_num(_HEIGHT)}" width="100%" role="img" '
        f'aria-labelledby="{_e(svg_id)}-title {_e(svg_id)}-desc" '
        'font-family="system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif" '
        'font-size="11">',
        f'<title id="{_e(svg_id)}-title">{_e(heading)}</title>',
        f'<desc id="{_e(svg_id)}-desc">{_e(desc)}</desc>',
    ]
    if G.is_directed():
        out.append(
            f'<defs><marker id="{_e(svg_id)}-arrow" viewBox="0 0 10 10" refX="10" refY="5" '
            'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
            '<path d="M0 0 L10 5 L0 10 Z" fill="#64748b"/></marker></defs>'
        )
    out.append(
        f'<rect x="0.5" y="0.5" width="{_num(_PLOT_W - 1)}" height="{_num(_HEIGHT - 1)}" '
        'fill="#ffffff" stroke="#e2e8f0"/>'
    )
    if not nodes:
        out.append(
            f'<text x="{_num(_PLOT_W / 2)}" y="{_num(_HEIGHT / 2)}" text-anchor="middle" '
            f'fill="#64748b">{"Ingen aktører" if lang != "en" else "No actors"}</text>'
        )
    out.append('<g class="edges" stroke="#94a3b8" stroke-opacity="0.75">')
    for u, v, data in sorted(G.edges(data=True), key=lambda e: _edge_key(G, e[0], e[1])):
        if not G.is_directed() and str(v) < str(u):
            u, v = v, u
        (x0, y0), (x1, y1) = at(u), at(v)
        weight = float(data.get("weight", 1.0))
        width = round(0.9 + 0.8 * math.log1p(max(weight, 0.0)), 1)
        marker = ""
        if G.is_directed():
            length = math.hypot(x1 - x0, y1 - y0) or 1.0
            shrink = radius(v) + 1.5
            x1 -= (x1 - x0) / length * shrink
            y1 -= (y1 - y0) / length * shrink
            marker = f' marker-end="url(#{_e(svg_id)}-arrow)"'
        types = str(data.get("types", ""))
        name_u = str(G.nodes[u].get("name", u))
        name_v = str(G.nodes[v].get("name", v))
        out.append(
            f'<line x1="{_num(x0)}" y1="{_num(y0)}" x2="{_num(x1)}" y2="{_num(y1)}" '
            f'stroke-width="{_num(width)}"{marker}><title>{_e(name_u)} – {_e(name_v)}'
            f"{' (' + _e(types) + ')' if types else ''}</title></line>"
        )
    out.append("</g>")
    out.append('<g class="nodes">')
    for v in nodes:
        cx, cy = at(v)
        sector = str(G.nodes[v].get(attr, "other"))
        name = str(G.nodes[v].get("name", v))
        is_committee = str(v) == committee
        r = radius(v) + (3.0 if is_committee else 0.0)
        cls = "node committee" if is_committee else "node"
        stroke = (
            ' stroke="#0f172a" stroke-width="2.5"'
            if is_committee
            else (' stroke="#ffffff" stroke-width="1.2"')
        )
        out.append(f'<g class="{cls}">')
        out.append(f"<title>{_e(name)} ({_e(info.label(sector, lang))})</title>")
        out.append(
            f'<circle cx="{_num(cx)}" cy="{_num(cy)}" r="{_num(r)}" '
            f'fill="{_e(info.colour(sector))}"{stroke}/>'
        )
        if show_labels:
            short = short_name(v)
            bold = ' font-weight="700"' if is_committee else ""
            out.append(
                f'<text x="{_num(cx + r + 3)}" y="{_num(cy + 4)}" fill="#1e293b" '
                f'paint-order="stroke" stroke="#ffffff" stroke-width="3"'
                f"{bold}>{_e(short)}</text>"
            )
        out.append("</g>")
    out.append("</g>")
    # Legend.
    lx = _PLOT_W + 20
    out.append('<g class="legend">')
    out.append(
        f'<text x="{_num(lx)}" y="{_num(_MARGIN)}" font-size="13" font-weight="700" '
        f'fill="#0f172a">{_e(sector_word)}</text>'
    )
    for i, sector in enumerate(sectors):
        y = _MARGIN + 22 + i * 22
        out.append(
            f'<circle cx="{_num(lx + 7)}" cy="{_num(y - 4)}" r="7" '
            f'fill="{_e(info.colour(sector))}"/>'
        )
        out.append(
            f'<text x="{_num(lx + 22)}" y="{_num(y)}" font-size="12" fill="#1e293b">'
            f"{_e(info.label(sector, lang))} ({counts[sector]})</text>"
        )
    y = _MARGIN + 22 + len(sectors) * 22 + 16
    out.append(
        f'<circle cx="{_num(lx + 7)}" cy="{_num(y - 4)}" r="7" fill="#ffffff" '
        'stroke="#0f172a" stroke-width="2.5"/>'
    )
    out.append(
        f'<text x="{_num(lx + 22)}" y="{_num(y)}" font-size="12" fill="#1e293b">'
        f"{'udvalget selv' if lang != 'en' else 'the committee'}</text>"
    )
    out.append(
        f'<text x="{_num(lx)}" y="{_num(y + 24)}" font-size="11" fill="#475569">'
        f"{len(nodes)} {_e(actors_word)}, {G.number_of_edges()} "
        f"{'forbindelser' if lang != 'en' else 'ties'}</text>"
    )
    out.append("</g>")
    out.append("</svg>")
    return "\n".join(out)
