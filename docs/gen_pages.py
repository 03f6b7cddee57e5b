"""Generate documentation pages that are derived from code (run before `mkdocs build`).

Pages generated here are written into docs/ and are not edited by hand:

* docs/schema.json — the committee-file JSON Schema;
* docs/file-format.md — the field reference (docs/gen_fields.py);
* docs/rules/index.md and docs/rules/<CODE>.md — one page per rule of the catalogue;
* the rules block of the `nav:` in mkdocs.yml, between the BEGIN/END marker comments;
* docs/reading-phrasings.md — the phrasings the minutes reader knows, with their examples.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from kommissorium.io import json_schema
from kommissorium.rules import LegalSource, Rule, all_rules

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS))
import gen_fields  # noqa: E402  (docs/gen_fields.py, beside this file)

MKDOCS = DOCS.parent / "mkdocs.yml"
BEGIN = "# BEGIN generated rules nav (docs/gen_pages.py)"
END = "# END generated rules nav"


def _dates(s: LegalSource | Rule) -> str:
    if s.valid_from is None and s.valid_to is None:
        return ""
    start = s.valid_from.isoformat() if s.valid_from else "…"
    end = s.valid_to.isoformat() if s.valid_to else "…"
    return f"{start} – {end}"


def _sources(rule: Rule) -> list[str]:
    """Group citations of the same provision; list the consolidations with their dates."""
    groups: dict[str, list[LegalSource]] = {}
    for s in rule.sources:
        key = s.provision or "; ".join(s.statements)
        groups.setdefault(key, []).append(s)
    out: list[str] = []
    for key, items in groups.items():
        editions = [s for s in items if s.consolidation]
        statements = sorted({st for s in items for st in s.statements})
        line = f"- **{key}**"
        if statements and key != "; ".join(statements):
            line += " — " + "; ".join(statements)
        out.append(line)
        for s in reversed(editions):
            out.append(f"    - {s.consolidation} (cited for checks {_dates(s)})")
        undated = [s for s in items if not s.consolidation and (s.valid_from or s.valid_to)]
        for s in undated:
            out.append(f"    - no consolidation named (cited for checks {_dates(s)})")
    return out


def rule_page(rule: Rule) -> str:
    """The Markdown page of one rule."""
    doc = rule.doc
    assert doc is not None, rule.code
    lines = [
        f"# {rule.code} {rule.name}",
        "",
        f"*{rule.title_en}* — {rule.title_da}",
        "",
        "| | |",
        "|---|---|",
        f"| Severity | {rule.severity.value} |",
        f"| Certainty | {rule.certainty.value} |",
    ]
    if rule.valid_from or rule.valid_to:
        lines.append(f"| Applies to checks made for | {_dates(rule)} |")
    lines += ["", "## What it does", "", doc.what, "", "## Why", "", doc.why, ""]
    if doc.unverified:
        lines += ['!!! warning "Not verified"', "    " + doc.unverified, ""]
    lines += ["## Messages", "", f"- da: {rule.message_da}", f"- en: {rule.message_en}", ""]
    lines += [
        "## Example",
        "",
        f"Both files are checked for {doc.example_on.isoformat()} "
        f"(`kommissorium check FILE --on {doc.example_on.isoformat()}`). "
        "These examples are run by the test suite.",
        "",
        "Failing:",
        "",
        "```toml",
        doc.fail_example.rstrip(),
        "```",
        "",
        "Passing:",
        "",
        "```toml",
        doc.pass_example.rstrip(),
        "```",
        "",
    ]
    if rule.sources:
        lines += ["## Legal basis", "", *_sources(rule), ""]
    else:
        lines += [
            "## Legal basis",
            "",
            f"{rule.basis_note('en')} ({rule.basis_note('da')}): the rule checks that the "
            "file is consistent with itself, not a rule of law.",
            "",
        ]
    if doc.references:
        lines += ["## References", "", *[f"- {r}" for r in doc.references], ""]
    return "\n".join(lines)


def index_page(rules: tuple[Rule, ...]) -> str:
    """The rules index: a table of every rule."""
    lines = [
        "# Rules",
        "",
        "Every rule of the Danish catalogue (profile `dk`) and the engine's own rule. Codes are "
        "stable and never reused; see `kommissorium.rules.codes`. Certainty says how sure the "
        "legal ground is (high: statute or ministry statement; medium: one interpretive step "
        "or practice; low: no authoritative source). Rules the reference note lists but that "
        "cannot be checked from data are on [Not checkable](../rules-not-checkable.md).",
        "",
        "| Code | Name | Severity | Certainty | Checks that |",
        "|---|---|---|---|---|",
    ]
    for r in rules:
        lines.append(
            f"| [{r.code}]({r.code}.md) | {r.name} | {r.severity.value} | "
            f"{r.certainty.value} | {r.title_en} |"
        )
    return "\n".join(lines) + "\n"


def nav_block(rules: tuple[Rule, ...], indent: str) -> list[str]:
    """The mkdocs nav lines for the rule pages."""
    out = [f"{indent}- Overview: rules/index.md"]
    out += [f"{indent}- {r.code} {r.name}: rules/{r.code}.md" for r in rules]
    return out


def update_nav(rules: tuple[Rule, ...]) -> None:
    """Rewrite the generated block of mkdocs.yml's nav."""
    text = MKDOCS.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(text) if line.strip() == BEGIN)
    end = next(i for i, line in enumerate(text) if line.strip() == END)
    indent = text[start][: len(text[start]) - len(text[start].lstrip())]
    new = [*text[: start + 1], *nav_block(rules, indent), *text[end:]]
    MKDOCS.write_text("\n".join(new) + "\n", encoding="utf-8")


def phrasings_page() -> str:
    """The table of the minutes reader's phrasings, by kind, with their real examples."""
    from kommissorium.read import PHRASINGS

    kinds = {
        "outcome": "Outcomes",
        "clause": "Decisions per clause",
        "vote": "Votes",
        "position": "Positions",
        "absence": "Absence",
        "substitute": "Substitutes",
        "remark": "Remarks",
    }
    lines = [
        "# Phrasings the minutes reader knows",
        "",
        "Generated from `kommissorium.read.minutes.phrases.PHRASINGS` by `docs/gen_pages.py`;",
        "the test suite checks that every example below is read by its phrasing. The name is",
        "what a fact's `source.pattern` records. See",
        "[Read your municipality's minutes](reading-minutes.md#adding-a-phrasing) for how to",
        "add one.",
        "",
    ]
    for kind, title in kinds.items():
        entries = [p for p in PHRASINGS if p.kind == kind]
        if not entries:
            continue
        lines += [f"## {title}", "", "| name | reads | examples |", "|---|---|---|"]
        for entry in entries:
            examples = "<br>".join(f"«{e}»" for e in entry.examples).replace("|", "\\|")
            lines.append(f"| `{entry.name}` | {entry.meaning} | {examples} |")
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    """Write the generated pages (schema, field reference, phrasings, rules) and the nav."""
    gen_fields.main()
    (DOCS / "reading-phrasings.md").write_text(phrasings_page(), encoding="utf-8")
    (DOCS / "schema.json").write_text(
        json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    rules = all_rules()
    out = DOCS / "rules"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    (out / "index.md").write_text(index_page(rules), encoding="utf-8")
    for rule in rules:
        (out / f"{rule.code}.md").write_text(rule_page(rule), encoding="utf-8")
    update_nav(rules)


if __name__ == "__main__":
    main()
