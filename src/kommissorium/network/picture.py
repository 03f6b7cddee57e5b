"""Pictures of a stakeholder network: the graph coloured by sector and a sector heatmap.

Needs the ``plot`` extra (``pip install 'kommissorium[plot]'``, which installs matplotlib).
Drawing uses matplotlib's non-interactive Agg backend and a seeded spring layout, so the same
graph and seed give the same picture; the file's metadata carries no date.

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
from pathlib import Path
from typing import Any

from kommissorium.errors import KommissoriumError
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

    Returns:
        The path written.

    Raises:
        MissingExtraError: matplotlib is not installed.
        NetworkError: The suffix is neither .png nor .svg.
    """
    import networkx as nx

    out = Path(path)
    suffix = check_picture_path(out)
    plt = _pyplot()
    info = info or SectorInfo()
    blocks = block_density(G, attr, order=info.order(str(s) for _, s in G.nodes(data=attr)))
    with plt.rc_context({"svg.hashsalt": "kommissorium", "font.size": 8}):
        fig, (ax_net, ax_heat) = plt.subplots(
            1, 2, figsize=(13, 6), gridspec_kw={"width_ratios": [3, 2]}
        )
        nodes = sorted(G.nodes(), key=str)
        if nodes:
            pos = nx.spring_layout(G, seed=seed, k=1.5 / math.sqrt(len(nodes)))
            colours = [info.colour(str(G.nodes[n][attr])) for n in nodes]
            degree = dict(G.degree())
            sizes = [60 + 25 * degree[n] for n in nodes]
            nx.draw_networkx_edges(G, pos, ax=ax_net, alpha=0.35, width=0.8, arrows=G.is_directed())
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
                names = {n: str(G.nodes[n].get("name", n))[:28] for n in nodes}
                nx.draw_networkx_labels(G, pos, labels=names, ax=ax_net, font_size=6)
            for sector in blocks.sectors:
                ax_net.scatter([], [], color=info.colour(sector), label=info.label(sector, lang))
            ax_net.legend(loc="lower left", fontsize=7, frameon=False)
        ax_net.set_axis_off()
        ax_net.set_title("Netværk efter sektor" if lang == "da" else "Network by sector")
        k = len(blocks.sectors)
        matrix = [[0.0 if math.isnan(x) else x for x in row] for row in blocks.density]
        image = ax_heat.imshow(
            matrix, cmap="Blues", vmin=0.0, vmax=max(1e-9, *(max(r) for r in matrix)) if k else 1.0
        )
        ticks = [info.label(s, lang) for s in blocks.sectors]
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
            fig.suptitle(title)
        fig.tight_layout()
        metadata: dict[str, Any] = {"Date": None} if suffix == "svg" else {"Software": None}
        fig.savefig(out, format=suffix, dpi=150, metadata=metadata)
        plt.close(fig)
    return out
