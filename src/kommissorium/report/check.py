r"""Check reports as text, JSON (documented schema) and SARIF 2.1.0.

All three are deterministic: the same reports give the same bytes.

Examples:
    >>> from datetime import date
    >>> import kommissorium as k
    >>> from kommissorium.rules import check
    >>> d = k.loads('[committee]\nid = "u"\nname = "U"\nkind = "special-17-4"\n')
    >>> r = check(d, on=date(2024, 3, 1), select=["STL107"])
    >>> print(report_text(r, source="u.toml", lang="en"))  # doctest: +ELLIPSIS
    u.toml — checked for 2024-03-01 (profile dk)
    <BLANKLINE>
    Errors (1)
      STL107  mandate.composition  The mandate does not fix the committee's composition. [...]
    <BLANKLINE>
    1 error(s), 0 warning(s), 0 info, 0 accepted
    <BLANKLINE>
    >>> report_json([("u.toml", r)])["reports"][0]["counts"]
    {'error': 1, 'warning': 0, 'info': 0, 'accepted': 0}
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from kommissorium.rules.engine import Finding, Lang, LegalSource, Report, Rule, Severity

__all__ = [
    "JSON_SCHEMA_ID",
    "JSON_VERSION",
    "SARIF_SCHEMA",
    "report_json",
    "report_sarif",
    "report_text",
]

JSON_VERSION = 1
"""Version of the JSON report format; raised only for incompatible changes."""

JSON_SCHEMA_ID = "https://kommissorium.dk/schema/check-report-1.json"
"""The ``$schema`` written into JSON reports (the schema is in docs/check-report.schema.json)."""

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

_HEADINGS = {
    Severity.ERROR: ("Fejl", "Errors"),
    Severity.WARNING: ("Advarsler", "Warnings"),
    Severity.INFO: ("Info", "Info"),
}


def _t(lang: Lang, da: str, en: str) -> str:
    return da if lang == "da" else en


def _line(f: Finding, lang: Lang) -> str:
    certainty = _t(lang, "sikkerhed", "certainty")
    line = f"  {f.code}  {f.path}  {f.message(lang)} [{certainty}: {f.certainty.label(lang)}]"
    if f.accepted:
        line += "\n      " + _t(lang, "Accepteret: ", "Accepted: ") + (f.accepted_reason or "")
    return line


def report_text(report: Report, *, source: str, lang: Lang = "da") -> str:
    """The report as text: findings grouped by severity, then accepted ones, then a summary."""
    out = [
        _t(
            lang,
            f"{source} — kontrolleret pr. {report.on.isoformat()} (profil {report.profile})",
            f"{source} — checked for {report.on.isoformat()} (profile {report.profile})",
        ),
        "",
    ]
    for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO):
        group = [f for f in report.findings if f.severity is severity and not f.accepted]
        if group:
            out.append(f"{_HEADINGS[severity][0 if lang == 'da' else 1]} ({len(group)})")
            out.extend(_line(f, lang) for f in group)
            out.append("")
    accepted = [f for f in report.findings if f.accepted]
    if accepted:
        out.append(_t(lang, f"Accepterede fund ({len(accepted)})", f"Accepted ({len(accepted)})"))
        out.extend(_line(f, lang) for f in accepted)
        out.append("")
    if report.skipped:
        out.append(_t(lang, "Ikke anvendt på denne dato:", "Not applied on this date:"))
        out.extend(f"  {s.code}  {s.reason(lang)}" for s in report.skipped)
        out.append("")
    c = report.counts
    out.append(
        _t(
            lang,
            f"{c['error']} fejl, {c['warning']} advarsel(er), {c['info']} info, "
            f"{c['accepted']} accepteret",
            f"{c['error']} error(s), {c['warning']} warning(s), {c['info']} info, "
            f"{c['accepted']} accepted",
        )
    )
    return "\n".join(out) + "\n"


def _source_json(s: LegalSource) -> dict[str, Any]:
    out: dict[str, Any] = {"text": s.text}
    for key in ("law", "consolidation", "paragraph", "stk", "pkt", "url"):
        value = getattr(s, key)
        if value is not None:
            out[key] = value
    if s.statements:
        out["statements"] = list(s.statements)
    return out


def _finding_json(f: Finding) -> dict[str, Any]:
    out: dict[str, Any] = {
        "code": f.code,
        "name": f.name,
        "severity": f.severity.value,
        "certainty": f.certainty.value,
        "message": {"da": f.message_da, "en": f.message_en},
        "path": f.path,
        "ids": list(f.ids),
        "legal_basis": [_source_json(s) for s in f.legal_basis],
        "evaluated": f.evaluated,
        "accepted": f.accepted,
    }
    if f.accepted:
        out["accepted_reason"] = f.accepted_reason
    return out


def report_json(reports: Sequence[tuple[str, Report]]) -> dict[str, Any]:
    """The reports as JSON-ready data in the documented, versioned format.

    Args:
        reports: ``(source file, report)`` pairs, in the order the files were given.
    """
    from kommissorium import __version__

    return {
        "$schema": JSON_SCHEMA_ID,
        "version": JSON_VERSION,
        "tool": {"name": "kommissorium", "version": __version__},
        "reports": [
            {
                "source": source,
                "on": report.on.isoformat(),
                "profile": report.profile,
                "has_errors": report.has_errors,
                "counts": report.counts,
                "findings": [_finding_json(f) for f in report.findings],
                "skipped": [
                    {"code": s.code, "reason": {"da": s.reason_da, "en": s.reason_en}}
                    for s in report.skipped
                ],
            }
            for source, report in reports
        ],
    }


_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _rule_sarif(rule: Rule, lang: Lang) -> dict[str, Any]:
    doc = rule.doc
    help_text = rule.title(lang)
    if doc is not None:
        help_text = f"{doc.what}\n\n{doc.why}"
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.title(lang)},
        "fullDescription": {"text": doc.what if doc else rule.title(lang)},
        "help": {"text": help_text},
        "helpUri": f"https://kommissorium.dk/rules/{rule.code}/",
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"certainty": rule.certainty.value, "tags": [rule.code[:3]]},
    }


def report_sarif(
    reports: Sequence[tuple[str, Report]], rules: Iterable[Rule], *, lang: Lang = "en"
) -> dict[str, Any]:
    """The reports as one SARIF 2.1.0 run.

    Each result points at the committee file (``artifactLocation.uri``) and names the model path
    as a logical location. Accepted findings carry a SARIF suppression with the reason.

    Args:
        reports: ``(source file, report)`` pairs; the source is used as the artifact URI.
        rules: The rules to describe in ``tool.driver.rules`` (normally every rule of the
            profile).
        lang: Language of messages and rule texts.
    """
    from kommissorium import __version__

    rule_list = sorted(rules, key=lambda r: r.code)
    index = {r.code: i for i, r in enumerate(rule_list)}
    artifacts = [{"location": {"uri": source}} for source, _ in reports]
    results: list[dict[str, Any]] = []
    for artifact_index, (source, report) in enumerate(reports):
        for f in report.findings:
            result: dict[str, Any] = {
                "ruleId": f.code,
                "ruleIndex": index[f.code],
                "level": _LEVEL[f.severity],
                "message": {"text": f.message(lang)},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": source, "index": artifact_index}
                        },
                        "logicalLocations": [{"fullyQualifiedName": f.path, "kind": "member"}],
                    }
                ],
                "properties": {
                    "certainty": f.certainty.value,
                    "ids": list(f.ids),
                    "evaluated": f.evaluated,
                    "legalBasis": [s.text for s in f.legal_basis],
                    "checkDate": report.on.isoformat(),
                },
            }
            if f.accepted:
                result["suppressions"] = [
                    {"kind": "inSource", "justification": f.accepted_reason or ""}
                ]
            results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "kommissorium",
                        "version": __version__,
                        "informationUri": "https://kommissorium.dk/rules/",
                        "rules": [_rule_sarif(r, lang) for r in rule_list],
                    }
                },
                "artifacts": artifacts,
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
