"""The ``network`` command: stakeholder network measures, GraphML/GEXF export, pictures.

Examples:
    >>> from kommissorium.cli import main
    >>> main(["network", "examples/hedensted-social-2024.toml", "--phase", "p2",
    ...       "--permutations", "0"])  # doctest: +ELLIPSIS
    Stakeholder network of gentaenkning-social (phase p2, undirected)
    ...
    0
"""

from __future__ import annotations

import argparse
from typing import Any

from kommissorium.cli._args import ArgumentError, check_output_option, parse_day, write_output
from kommissorium.errors import OutputError
from kommissorium.io import load

__all__ = ["register"]


def register(sub: Any) -> None:
    """Add the ``network`` sub-command."""
    parser = sub.add_parser(
        "network",
        help="analyse the stakeholder network (sectors, brokers, silos, phase coverage)",
        description=(
            "Stakeholder network measures of a committee file: E-I index, brokerage, block "
            "density, assortativity, modularity, centralization, phase coverage and a "
            "heuristic governance reading; or the graph as GraphML/GEXF."
        ),
    )
    parser.add_argument("file", help="committee file (.toml or .json)")
    parser.add_argument("--phase", help="only this phase (phase id)")
    parser.add_argument("--at", help="only ties running on this day (YYYY-MM-DD)")
    parser.add_argument("--directed", action="store_true", help="analyse the directed graph")
    parser.add_argument(
        "--format",
        choices=("text", "json", "graphml", "gexf"),
        default="text",
        help="output format (default: text)",
    )
    parser.add_argument("-o", "--output", help="write to this file instead of standard output")
    parser.add_argument("--picture", help="also draw the network and sector heatmap (.png/.svg)")
    parser.add_argument(
        "--seed",
        type=int,
        default=0,
        help="seed for Louvain, the permutation test, sampled betweenness and the layout",
    )
    parser.add_argument(
        "--betweenness-k",
        type=int,
        metavar="K",
        help=(
            "estimate betweenness from K seeded source pivots (default: exact up to "
            "1,000 actors, 250 pivots above)"
        ),
    )
    parser.add_argument(
        "--permutations", type=int, default=999, help="E-I permutations (0: skip; default 999)"
    )
    parser.add_argument("--lang", choices=("da", "en"), default="da", help="labels (default da)")
    parser.set_defaults(func=_network)


def _network(args: argparse.Namespace) -> int:
    from kommissorium.network import (
        check_picture_path,
        draw_network,
        network_summary,
        sector_info,
        stakeholder_graph,
        summary_json,
        summary_text,
        to_gexf,
        to_graphml,
    )

    # Check every argument before anything is written.
    at = None
    if args.at:
        at = parse_day(args.at, "--at")
    check_output_option(args.output)
    if args.picture:
        check_picture_path(args.picture)
        check_output_option(args.picture, "--picture")
    if args.betweenness_k is not None and args.betweenness_k < 1:
        raise ArgumentError(f"--betweenness-k must be at least 1, not {args.betweenness_k}")
    if args.permutations < 0:
        raise ArgumentError(f"--permutations must be 0 or more, not {args.permutations}")
    dossier = load(args.file)
    if args.phase is not None and args.phase not in {p.id for p in dossier.plan.phases}:
        known = ", ".join(p.id for p in dossier.plan.phases) or "none"
        raise ArgumentError(f"--phase {args.phase!r} is not the id of a phase; known: {known}")
    info = sector_info(dossier.sectors)
    data: bytes
    if args.format in ("graphml", "gexf"):
        graph = stakeholder_graph(dossier, phase=args.phase, at=at, directed=args.directed)
        data = (
            to_graphml(graph, info=info) if args.format == "graphml" else to_gexf(graph, info=info)
        )
    else:
        summary = network_summary(
            dossier,
            phase=args.phase,
            at=at,
            directed=args.directed,
            seed=args.seed,
            permutations=args.permutations,
            betweenness_k=args.betweenness_k,
            lang=args.lang,
        )
        text = summary_json(summary) if args.format == "json" else summary_text(summary)
        data = text.encode("utf-8")
    if args.picture:  # first: a picture that cannot be drawn leaves no output at all
        graph = stakeholder_graph(dossier, phase=args.phase, at=at, directed=args.directed)
        title = dossier.committee.name + (f" — {args.phase}" if args.phase else "")
        try:
            draw_network(
                graph, args.picture, info=info, seed=args.seed, title=title, lang=args.lang
            )
        except OutputError as exc:
            raise OutputError(f"{args.picture} (--picture)", exc.reason) from None
    write_output(data, args.output)
    return 0
