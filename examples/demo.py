"""The main job on the bundled example: what `make demo` runs.

Loads Hedensted's § 17, stk. 4 committee on rethinking the social area (seed 000), prints its
summary and checks that it survives a JSON round trip; then runs the checker, writes the
calendar, summarises the stakeholder network and draws it, shows recommendations and decisions
(from the Skanderborg and Norddjurs examples, since the Hedensted frame has none), exports
OParl and Popolo, and writes the HTML report. Everything is written under ``build/demo``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import kommissorium as k

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "build" / "demo"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    dossier = k.load(HERE / "hedensted-social-2024.toml")
    from kommissorium.report import summary_text

    print(summary_text(dossier))
    json_path = OUT / "hedensted-social-2024.json"
    k.dump(dossier, json_path)
    assert k.load(json_path) == dossier, "round trip changed the dossier"
    print(f"Skrev {json_path.relative_to(HERE.parent)} (JSON, round trip OK)")

    # --- Checker: the § 17, stk. 4 rule catalogue -------------------------------------------
    from kommissorium.report.check import report_text
    from kommissorium.rules import check, default_check_date

    on = default_check_date(dossier)
    assert on is not None
    print()
    print(report_text(check(dossier, on=on), source="hedensted-social-2024.toml", lang="da"))

    # -- calendar (kommissorium.ical) ----------------------------------------------------
    from datetime import UTC, datetime

    from kommissorium.ical import read_calendar, to_ics

    ics = to_ics(dossier, stamp=datetime(2024, 1, 2, 8, 0, tzinfo=UTC), holidays="skip")
    ics_path = OUT / "hedensted-social-2024.ics"
    ics_path.write_bytes(ics)
    back = read_calendar(ics)
    assert back.phases == dossier.plan.phases, "calendar round trip changed the phases"
    print(f"Skrev {ics_path.relative_to(HERE.parent)} ({ics.count(b'BEGIN:VEVENT')} begivenheder)")

    # -- Network: the stakeholder network of the bundled example ---------------------------
    from kommissorium import network

    print(network.summary_text(network.network_summary(dossier, seed=0, permutations=199)))
    graph = network.stakeholder_graph(dossier)
    try:
        picture = network.draw_network(
            graph, OUT / "hedensted-network.png", seed=0, title=dossier.committee.name
        )
        print(f"Skrev {picture.relative_to(HERE.parent)} (netværk og sektor-heatmap)")
    except network.MissingExtraError as exc:
        print(f"Intet billede: {exc}")
    _recommendations_demo()
    _interop_demo(dossier)

    # -- HTML report: the page people read (kommissorium.report.html) -----------------------
    from kommissorium.report.html import html_report

    page_path = OUT / "hedensted-social-2024.html"
    page_path.write_text(
        html_report(dossier, on=on, source="hedensted-social-2024.toml"), encoding="utf-8"
    )
    print(f"Skrev {page_path.relative_to(HERE.parent)} (HTML-rapport; åbn den i en browser)")
    return 0


def _interop_demo(dossier: k.Dossier) -> None:
    """Interchange: OParl 1.1 and Popolo export, and the roster import back from OParl."""
    from datetime import UTC, datetime

    from kommissorium.interop import dumps_oparl, dumps_popolo, loads_roster, with_roster

    print()
    print("=" * 72)
    print("Udveksling: OParl 1.1 og Popolo")
    print("=" * 72)
    stamp = datetime(2024, 1, 2, 8, 0, tzinfo=UTC)
    oparl = dumps_oparl(dossier, base_url="https://example.invalid/oparl/", stamp=stamp)
    (OUT / "hedensted-social-2024.oparl.json").write_text(oparl, encoding="utf-8")
    (OUT / "hedensted-social-2024.popolo.json").write_text(dumps_popolo(dossier), encoding="utf-8")
    roster = loads_roster(oparl)
    print(
        f"OParl: {len(roster.bodies)} organer, {len(roster.people)} personer, "
        f"{len(roster.memberships)} medlemskaber læst tilbage"
    )
    assert with_roster(dossier, roster).people == dossier.people, "roster round trip"
    print(f"Skrev {OUT.relative_to(HERE.parent)}/hedensted-social-2024.oparl.json og .popolo.json")


def _recommendations_demo() -> None:
    """Recommendations and decisions.

    The bundled Hedensted example (seed 000) is a frame written before the committee's work,
    so it has no recommendations; this part shows the Skanderborg and Norddjurs examples.
    """
    from datetime import date

    from kommissorium.report import minutes_text

    print()
    print("=" * 72)
    print("Anbefalinger: Skanderborg, En kommune hvor alle er med (seed 003)")
    print("=" * 72)
    skanderborg = k.load(HERE / "skanderborg-alle-med-2021.toml")
    report = k.status_report(skanderborg, on=date(2021, 4, 30))
    tasks = {t.number: t for t in skanderborg.mandate.tasks}
    for key, rows in report.by_task():
        task = tasks.get(int(key)) if key != "-" else None
        print(f"Opgave {key}. {task.title if task is not None and task.title else ''}".rstrip())
        for row in rows:
            text = " ".join(row.text.split())
            short = text if len(text) <= 60 else text[:59] + "…"
            neg = " [ikke]" if row.polarity == "do-not" else ""
            to = ", ".join(skanderborg.body_name(b) for b in row.addressees)
            print(f"  {row.id:4} {row.state_da}{neg}: {short}  → {to}")

    print()
    print("=" * 72)
    print("Norddjurs: strategien på Socialområdet (seed 002) og beslutningsprotokol")
    print("=" * 72)
    norddjurs = k.load(HERE / "norddjurs-strategi-2023.toml")
    on = date(2023, 10, 26)
    for row in k.status_report(norddjurs, on=on).rows:
        if row.id == "strategi":
            print(
                f"Strategien pr. {on.isoformat()}: {row.state_da} (sidste skridt {row.last_move})"
            )
    text = minutes_text(norddjurs)
    print(text[text.index("Beslutning i") : text.index("Bilag:")].rstrip())


if __name__ == "__main__":
    sys.exit(main())
