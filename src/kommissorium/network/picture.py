"""Pictures of a stakeholder network: the graph coloured by sector and a sector heatmap.

Needs the ``plot`` extra (``pip install 'kommissorium[plot]'``, which installs matplotlib).
Drawing uses matplotlib's non-interactive Agg backend and a seeded spring layout of the actors
with ties; isolated actors are set in rows below the network (a spring layout would push them to
the far edge). Labels are wrapped to short lines and the axes keep a margin, so no label is cut
at the edge. Text is always literal (a ``$`` in a name is a dollar sign, not TeX), and control
characters are replaced by the rule of :func:`~kommissorium.model.text.export_text`. The same
graph and seed give the same picture under every hash seed (``PYTHONHASHSEED``); the file's
metadata carries neither a date nor the matplotlib version.

Examples:
    >>> import networkx as nx
    >>> G = nx.path_graph(["a", "b", "c"])
    >>> nx.set_node_attributes(G, {"a": "political", "b": "citizens", "c": "other"}, "sector")
    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     out = draw_network(G, pathlib.Path(tmp) / "net.svg", title="Test")
    ...     out.read_bytes().startswith(b"<?xml")
    True
"""

from __future__ import annotations

import math
import textwrap
from pathlib import Path
from typing import Any

from kommissorium._write import write_atomic
from kommissorium.errors import KommissoriumError
from kommissorium.model.text import export_text
from kommissorium.network.measures.mixing import block_density
from kommissorium.network.sectors import SectorInfo

__all__ = ["PICTURE_FORMATS", "MissingExtraError", "check_picture_path", "draw_network"]

#: File suffixes :func:`draw_network` writes.
PICTURE_FORMATS = ("png", "svg")


class MissingExtraError(KommissoriumError, ImportError):
    """An optional dependency (an *extra*) is not installed."""


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError:  # pragma: no cover - depends on the environment
        raise MissingExtraError(
            "drawing needs matplotlib: pip install 'kommissorium[plot]'"
        ) from None
    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    return plt


#: Label width (characters per line) and the longest label drawn.
_LABEL_WIDTH = 18
_LABEL_MAX = 40


def _wrap(name: str) -> str:
    """A node label on at most three short lines (so labels at the edge stay in the figure)."""
    name = export_text(name)
    text = name if len(name) <= _LABEL_MAX else name[: _LABEL_MAX - 1] + "…"
    return "\n".join(textwrap.wrap(text, _LABEL_WIDTH)[:3]) or text


def _layout(G: Any, nodes: list[Any], seed: int) -> dict[Any, tuple[float, float]]:
    """Seeded spring layout of the connected actors; isolated actors in rows below them.

    A spring layout pushes isolated nodes to the far edge, which squeezes the network into the
    middle of the picture; here they are set in centred rows (at most eight to a row) under its
    bounding box.
    """
    import networkx as nx

    isolated = [n for n in nodes if G.degree(n) == 0 or set(nx.all_neighbors(G, n)) <= {n}]
    lonely = set(isolated)
    tied = [n for n in nodes if n not in lonely]
    pos: dict[Any, tuple[float, float]] = {}
    if tied:
        # A graph of its own with the nodes in sorted order: a subgraph view would hand its
        # nodes out in the order of a set, which changes with the hash seed, and the spring
        # layout starts from the node order.
        H = nx.Graph()
        H.add_nodes_from(tied)
        H.add_edges_from(
            sorted(
                (tuple(sorted((u, v), key=str)) for u, v in G.edges() if u != v),
                key=lambda e: (str(e[0]), str(e[1])),
            )
        )
        raw = nx.spring_layout(H, seed=seed, k=1.5 / math.sqrt(len(tied)))
        pos = {n: (float(raw[n][0]), float(raw[n][1])) for n in tied}
    xs = [x for x, _ in pos.values()] or [-1.0, 1.0]
    ys = [y for _, y in pos.values()] or [0.0]
    left, right = min(xs), max(xs)
    if right - left < 1.0:
        left, right = (left + right) / 2 - 0.5, (left + right) / 2 + 0.5
    per_row = max(1, min(len(isolated), 8))
    step = min((right - left) / max(per_row - 1, 1), 0.35)
    middle = (left + right) / 2
    top = min(ys) - 0.3
    for index, node in enumerate(isolated):
        row, col = divmod(index, per_row)
        in_row = min(per_row, len(isolated) - row * per_row)
        pos[node] = (middle + (col - (in_row - 1) / 2) * step, top - 0.25 * row)
    return pos


def check_picture_path(path: str | Path) -> str:
    """The picture format of ``path`` (``"png"`` or ``"svg"``), checked before any work is done.

    Also checks that matplotlib (the ``plot`` extra) can be imported, without importing it, so
    that a command can refuse a picture before it writes anything else.

    Raises:
        NetworkError: The suffix is neither .png nor .svg.
        MissingExtraError: matplotlib is not installed.

    Examples:
        >>> check_picture_path("build/net.SVG")
        'svg'
        >>> check_picture_path("net.pdf")
        Traceback (most recent call last):
        ...
        kommissorium.network.graph.NetworkError: net.pdf: a picture must be .png or .svg
    """
    import importlib.util

    from kommissorium.network.graph import NetworkError

    out = Path(path)
    suffix = out.suffix.lower().lstrip(".")
    if suffix not in PICTURE_FORMATS:
        raise NetworkError(f"{out.name}: a picture must be .png or .svg")
    if importlib.util.find_spec("matplotlib") is None:  # pragma: no cover - environment
        raise MissingExtraError("drawing needs matplotlib: pip install 'kommissorium[plot]'")
    return suffix


def draw_network(
    G: Any,
    path: str | Path,
    attr: str = "sector",
    *,
    info: SectorInfo | None = None,
    seed: int = 0,
    title: str = "",
    lang: str = "da",
    labels: bool | None = None,
    dpi: int = 150,
) -> Path:
    """Draw the network (left) and the sector × sector block density heatmap (right).

    Args:
        G: A stakeholder graph.
        path: Output file; ``.png`` or ``.svg`` (from its suffix).
        attr: Node attribute holding the sector.
        info: Sector labels and colours; built-in ones if ``None``.
        seed: Seed of the spring layout.
        title: Figure title.
        lang: Language of the sector labels (``"da"`` or ``"en"``).
        labels: Write node names; by default only for graphs of at most 60 actors.
        dpi: Resolution of a PNG (dots per inch; the figure is 13 × 6 inches).

    Returns:
        The path written.

    Every text (names, sector labels, the title) is drawn literally, never as TeX. The file is
    written atomically: a failure leaves no partial file.

    Raises:
        MissingExtraError: matplotlib is not installed.
        NetworkError: The suffix is neither .png nor .svg.
        OutputError: The file cannot be written there.
    """
    out = Path(path)
    suffix = check_picture_path(out)
    plt = _pyplot()
    info = info or SectorInfo()
    # All text is literal: a name such as "Fond $\frac{$ A/S" is not TeX (no mathtext, no
    # LaTeX). The SVG's ids come from a fixed salt and neither file carries a date or the
    # matplotlib version, so the same graph gives the same bytes.
    rc = {
        "svg.hashsalt": "kommissorium",
        "font.size": 8,
        "text.parse_math": False,
        "text.usetex": False,
        "axes.formatter.use_mathtext": False,
    }
    with plt.rc_context(rc):
        fig, (ax_net, ax_heat) = plt.subplots(
            1, 2, figsize=(13, 6), gridspec_kw={"width_ratios": [3, 2]}
        )
        metadata: dict[str, Any] = (
            {"Date": None, "Creator": None} if suffix == "svg" else {"Software": None}
        )

        def save(where: Path) -> None:
            # a tight bounding box keeps rotated tick labels and edge labels inside the file
            fig.savefig(
                where,
                format=suffix,
                dpi=dpi,
                metadata=metadata,
                bbox_inches="tight",
                pad_inches=0.15,
            )

        try:
            _draw(G, fig, ax_net, ax_heat, attr, info, seed, title, lang, labels)
            write_atomic(out, save)
        finally:
            plt.close(fig)
    return out


def _draw(
    G: Any,
    fig: Any,
    ax_net: Any,
    ax_heat: Any,
    attr: str,
    info: SectorInfo,
    seed: int,
    title: str,
    lang: str,
    labels: bool | None,
) -> None:
    import networkx as nx

    blocks = block_density(G, attr, order=info.order(str(s) for _, s in G.nodes(data=attr)))
    nodes = sorted(G.nodes(), key=str)
    if nodes:
        pos = _layout(G, nodes, seed)
        colours = [info.colour(str(G.nodes[n][attr])) for n in nodes]
        degree = dict(G.degree())
        sizes = [60 + 25 * degree[n] for n in nodes]
        # drawing order independent of the order the graph was built in
        edges = sorted(G.edges(), key=lambda e: (str(e[0]), str(e[1])))
        nx.draw_networkx_edges(
            G, pos, edgelist=edges, ax=ax_net, alpha=0.35, width=0.8, arrows=G.is_directed()
        )
        nx.draw_networkx_nodes(
            G,
            pos,
            nodelist=nodes,
            node_color=colours,
            node_size=sizes,
            ax=ax_net,
            edgecolors="white",
            linewidths=0.6,
        )
        if labels if labels is not None else len(nodes) <= 60:
            names = {n: _wrap(str(G.nodes[n].get("name", n))) for n in nodes}
            nx.draw_networkx_labels(G, pos, labels=names, ax=ax_net, font_size=6, clip_on=False)
        # room for the labels around the outermost nodes
        ax_net.margins(x=0.14, y=0.08)
        for sector in blocks.sectors:
            label = export_text(info.label(sector, lang))
            ax_net.scatter([], [], color=info.colour(sector), label=label)
        ax_net.legend(
            loc="upper center",
            bbox_to_anchor=(0.5, 0.0),
            ncol=min(4, max(1, len(blocks.sectors))),
            fontsize=7,
            frameon=False,
        )
    ax_net.set_axis_off()
    ax_net.set_title("Netværk efter sektor" if lang == "da" else "Network by sector")
    k = len(blocks.sectors)
    matrix = [[0.0 if math.isnan(x) else x for x in row] for row in blocks.density]
    image = ax_heat.imshow(
        matrix, cmap="Blues", vmin=0.0, vmax=max(1e-9, *(max(r) for r in matrix)) if k else 1.0
    )
    ticks = [export_text(info.label(s, lang)) for s in blocks.sectors]
    ax_heat.set_xticks(range(k), ticks, rotation=45, ha="right")
    ax_heat.set_yticks(range(k), ticks)
    for i in range(k):
        for j in range(k):
            value = blocks.density[i][j]
            text = "–" if math.isnan(value) else f"{value:.2f}"
            ax_heat.text(j, i, text, ha="center", va="center", fontsize=7)
    ax_heat.set_title("Tæthed mellem sektorer" if lang == "da" else "Density between sectors")
    fig.colorbar(image, ax=ax_heat, fraction=0.046, pad=0.04)
    if title:
        fig.suptitle(export_text(title))
    fig.tight_layout()
