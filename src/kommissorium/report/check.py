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

import json
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path, PurePath
from typing import Any

from kommissorium.rules.engine import Finding, Lang, LegalSource, Report, Rule, Severity

__all__ = [
    "JSON_SCHEMA_ID",
    "JSON_VERSION",
    "SARIF_SCHEMA",
    "artifact_uri",
    "locate_line",
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
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"certainty": rule.certainty.value, "tags": [rule.code[:3]]},
    }


def artifact_uri(source: str, root: Path | None = None) -> str:
    r"""The SARIF artifact URI for a committee file: relative to ``root`` when possible.

    Code-review tools resolve results against the repository root, so a file under ``root``
    (default: the working directory) is written as a relative URI with forward slashes; a
    file elsewhere as an absolute ``file:`` URI.

    Examples:
        >>> artifact_uri("examples\\seed.toml")
        'examples/seed.toml'
        >>> artifact_uri("/repo/udvalg/a.toml", root=Path("/repo"))
        'udvalg/a.toml'
        >>> artifact_uri("/elsewhere/a b.toml", root=Path("/repo"))
        'file:///elsewhere/a%20b.toml'
    """
    path = PurePath(source.replace("\\", "/"))
    if not path.is_absolute():
        return path.as_posix()
    base = Path(root) if root is not None else Path.cwd()
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return Path(os.path.normpath(path)).as_uri()


_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r'^\s*("[^"]*"|[A-Za-z0-9_-]+(?:\s*\.\s*[A-Za-z0-9_-]+)*)\s*=')


def _toml_lines(text: str) -> dict[str, int]:
    """Model paths of the TOML file's table headers and keys, with their line numbers."""
    out: dict[str, int] = {}
    counts: dict[str, int] = {}
    resolved: dict[str, str] = {}
    table = ""
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            name = ".".join(part.strip().strip('"') for part in header.group(2).split("."))
            parent, _, last = name.rpartition(".")
            base = (resolved.get(parent, parent) + "." if parent else "") + last
            if header.group(1) == "[[":
                index = counts.get(base, 0)
                counts[base] = index + 1
                table = f"{base}[{index}]"
                out.setdefault(base, number)
            else:
                table = base
            resolved[name] = table
            out.setdefault(table, number)
            continue
        key = _KEY.match(line)
        if key:
            dotted = ".".join(p.strip().strip('"') for p in key.group(1).split("."))
            out.setdefault(f"{table}.{dotted}" if table else dotted, number)
    return out


def _parents(path: str) -> Iterable[str]:
    """The path, then each shorter prefix (``a.b[1].c``, ``a.b[1]``, ``a.b``, ``a``)."""
    steps = [m.group(0) for m in _STEP.finditer(path)]
    for end in range(len(steps), 0, -1):
        yield "".join(
            s if s.startswith("[") or i == 0 else "." + s for i, s in enumerate(steps[:end])
        )


def _json_line(data: Any, lines: Sequence[str], path: str) -> int | None:
    """Best-effort line of a model path in a parsed JSON file (a line search over its lines)."""
    position = 0  # line index the search continues from
    found: int | None = None
    node: Any = data
    for match in _STEP.finditer(path):
        name, index = match.group(1), match.group(2)
        if name is not None:
            if not isinstance(node, dict) or name not in node:
                break
            node = node[name]
            needle = json.dumps(name, ensure_ascii=False) + ":"
            alt = json.dumps(name) + ":"
            hit = next(
                (i for i in range(position, len(lines)) if needle in lines[i] or alt in lines[i]),
                None,
            )
            if hit is None:
                break
            position = found = hit
        else:
            n = int(index)
            if not isinstance(node, list) or n >= len(node):
                break
            node = node[n]
            start = position + 1
            if start >= len(lines):
                break
            depth = len(lines[start]) - len(lines[start].lstrip())
            seen = -1
            for i in range(start, len(lines)):
                indent = len(lines[i]) - len(lines[i].lstrip())
                if indent < depth:
                    break
                if indent == depth and lines[i].strip() not in ("]", "],", "}", "},"):
                    seen += 1
                    if seen == n:
                        position = found = i
                        break
            if seen != n:
                break
    return None if found is None else found + 1


def locate_line(text: str, path: str, *, kind: str = "toml") -> int:
    r"""The 1-based line of a finding's model path in the committee file's text.

    A best-effort locator: for TOML it finds the table header (``[[mandate.composition]]``,
    counted for array items) or key line of the path, or of its nearest parent; for JSON it
    searches the lines key by key. Paths it cannot place give line 1.

    Args:
        text: The file's text.
        path: The model path of a finding (``"mandate.composition[1]"``,
            ``"memberships[3].role"``).
        kind: ``"toml"`` or ``"json"``.

    Examples:
        >>> toml = ('[committee]\nid = "u"\n[[memberships]]\nperson = "a"\n'
        ...         '[[memberships]]\nperson = "b"\nrole = "chair"\n')
        >>> locate_line(toml, "memberships[1].role"), locate_line(toml, "memberships[1]")
        (7, 5)
        >>> locate_line(toml, "mandate.term")
        1
        >>> locate_line('{\n  "committee": {\n    "id": "u"\n  }\n}', "committee.id", kind="json")
        3
    """
    return _line_locator(text, kind)(path)


def _line_locator(text: str, kind: str) -> Callable[[str], int]:
    """:func:`locate_line` for one file: the text is parsed once, then each path looked up."""
    if kind == "json":
        try:
            data = json.loads(text)
        except ValueError:
            return lambda _path: 1
        lines = text.splitlines()
        return lambda path: _json_line(data, lines, path) or 1
    table = _toml_lines(text)

    def toml_line(path: str) -> int:
        return next((table[c] for c in _parents(path) if c in table), 1)

    return toml_line


def report_sarif(
    reports: Sequence[tuple[str, Report]],
    rules: Iterable[Rule],
    *,
    lang: Lang = "en",
    texts: Mapping[str, str] | None = None,
    root: Path | None = None,
) -> dict[str, Any]:
    """The reports as one SARIF 2.1.0 run.

    Each result points at the committee file (``artifactLocation.uri``, relative to ``root``
    when the file lies under it) and a line in it (``region.startLine``: the line of the
    finding's model path when the file's text is given, else 1), and names the model path as a
    logical location. Accepted findings carry a SARIF suppression with the reason.

    Args:
        reports: ``(source file, report)`` pairs.
        rules: The rules to describe in ``tool.driver.rules`` (normally every rule of the
            profile).
        lang: Language of messages and rule texts.
        texts: The files' text by source, for locating lines (``.json`` sources are searched
            as JSON, others as TOML).
        root: The directory URIs are made relative to (default: the working directory).
    """
    from kommissorium import __version__

    rule_list = sorted(rules, key=lambda r: r.code)
    index = {r.code: i for i, r in enumerate(rule_list)}
    uris = [artifact_uri(source, root) for source, _ in reports]
    artifacts = [{"location": {"uri": uri}} for uri in uris]
    results: list[dict[str, Any]] = []
    for artifact_index, (source, report) in enumerate(reports):
        text = (texts or {}).get(source)
        locate: Callable[[str], int] | None = None
        if text is not None and report.findings:
            locate = _line_locator(text, "json" if source.lower().endswith(".json") else "toml")
        for f in report.findings:
            line = locate(f.path) if locate is not None else 1
            result: dict[str, Any] = {
                "ruleId": f.code,
                "ruleIndex": index[f.code],
                "level": _LEVEL[f.severity],
                "message": {"text": f.message(lang)},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {
                                "uri": uris[artifact_index],
                                "index": artifact_index,
                            },
                            "region": {"startLine": line},
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
                        "rules": [_rule_sarif(r, lang) for r in rule_list],
                    }
                },
                "artifacts": artifacts,
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
