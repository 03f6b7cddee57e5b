"""The HTML report: content, escaping, determinism, links, accepted findings, CLI."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

import kommissorium as k
from kommissorium.cli import main
from kommissorium.report.html import DEFAULT_RULES_URL, html_report

ROOT = Path(__file__).resolve().parents[2]
HEDENSTED = ROOT / "examples" / "hedensted-social-2024.toml"

NASTY = '<script>alert("x")</script> & Co'

HOSTILE = f"""
[council]
id = "kb"
name = "Byrådet"
election_period = "2022-2025"
municipality = {{ name = "Testrup", code = "999" }}

[committee]
id = "u"
name = '{NASTY}'
kind = "special-17-4"

[mandate]
purpose = "Formål med <b>fed</b> & 'citat'"
term = "2024-25"
established_by = {{ body = "kb", date = 2024-01-10 }}

[[people]]
id = "p"
name = "<img src=x onerror=alert(1)> Hansen & Søn"
kind = "councillor"

[[memberships]]
person = "p"
committee = "u"
role = "chair"

[[stakeholders]]
id = "s"
name = "<svg onload=alert(2)>"
sector = "civil-society"

[[plan.phases]]
id = "f1"
title = "</text><script>alert(3)</script>"
period = "første kvartal 2024"
participants = ["s"]

[[recommendations]]
id = "1"
text = "at <iframe> & mere"
addressees = ["kb"]

[[accepted]]
code = "STL107"
reason = "Byrådet har accepteret <det> & mere"
"""


class _Structure(HTMLParser):
    """Collects tags, to check that no script element and no event attribute got through."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[str] = []
        self.headings: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(name for name, _ in attrs)
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))


@pytest.fixture(scope="module")
def hedensted() -> k.Dossier:
    return k.load(HEDENSTED)


def test_hostile_strings_are_escaped() -> None:
    dossier = k.loads(HOSTILE)
    page = html_report(dossier, on=date(2024, 1, 10), lang="en")
    parsed = _Structure()
    parsed.feed(page)
    for tag in ("script", "img", "iframe"):
        assert tag not in parsed.tags, tag
    assert not [a for a in parsed.attrs if a.startswith("on")]
    # Each hostile value appears, escaped, as text.
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in page
    assert "&lt;img src=x onerror=alert(1)&gt; Hansen &amp; Søn" in page
    assert "&lt;svg onload=alert(2)&gt;" in page
    assert "&lt;/text&gt;&lt;script&gt;alert(3)&lt;/script&gt;" in page
    assert "at &lt;iframe&gt; &amp; mere" in page
    assert "Formål med &lt;b&gt;fed&lt;/b&gt; &amp; &#x27;citat&#x27;" in page
    assert "Byrådet har accepteret &lt;det&gt; &amp; mere" in page
    # The raw strings never appear.
    for raw in (NASTY, "<img src=x", "<iframe>", "alert(3)</script>"):
        assert raw not in page


def test_accepted_findings_are_shown_as_accepted() -> None:
    page = html_report(k.loads(HOSTILE), on=date(2024, 1, 10), lang="en")
    accepted = page.split('<h3 class="sev-accepted">', 1)
    assert len(accepted) == 2, "accepted findings get their own group"
    assert accepted[1].startswith("Accepted findings (1)")
    group = accepted[1].split("</table>", 1)[0]
    assert ">STL107</span>" in group
    assert "Accepted:" in group
    # ... and not among the unaccepted ones.
    assert ">STL107</span>" not in accepted[0].split('id="findings"', 1)[1]


def test_page_is_deterministic_and_structured(hedensted: k.Dossier) -> None:
    first = html_report(hedensted, on=date(2024, 1, 1), source="h.toml")
    assert first == html_report(hedensted, on=date(2024, 1, 1), source="h.toml")
    assert first.startswith('<!DOCTYPE html>\n<html lang="da">')
    parsed = _Structure()
    parsed.feed(first)
    # One h1, and no heading level is skipped on the way down.
    assert parsed.headings.count(1) == 1
    for before, after in zip(parsed.headings, parsed.headings[1:], strict=False):
        assert after <= before + 1
    assert "<title>§ 17, stk. 4-udvalget vedrørende gentænkning af socialområdet" in first
    for section in ("context", "members", "plan", "stakeholders", "findings", "mandate"):
        assert f'<section id="{section}"' in first
    assert '<th scope="col">' in first
    # No clock: the only date in the header is the report day.
    assert "Rapport pr. 1. januar 2024" in first
    # Self-contained: nothing is loaded from elsewhere.
    assert "<script" not in first
    assert "<link" not in first
    assert "@import" not in first
    assert "src=" not in first
    assert "url(http" not in first


def test_english_labels(hedensted: k.Dossier) -> None:
    page = html_report(hedensted, on=date(2024, 1, 1), lang="en")
    assert '<html lang="en">' in page
    assert ">Phase plan</h2>" in page
    assert ">Stakeholders</h2>" in page
    assert "Procesplan" not in page


def test_rule_links_follow_the_template(hedensted: k.Dossier) -> None:
    assert DEFAULT_RULES_URL == ""
    default = html_report(hedensted, on=date(2024, 1, 1))
    findings = default.split('<section id="findings"', 1)[1].split("</section>", 1)[0]
    assert "<a " not in findings  # no host serves the rule pages: no links by default
    assert 'href="http' not in default  # no link leaves the page
    assert '<span class="rule-code" title="kommissorium rules STL204">STL204</span>' in findings
    from kommissorium.rules import all_rules

    title = next(r.title_da for r in all_rules() if r.code == "STL204")
    assert f'STL204</span><br><span class="small">{title}</span>' in findings
    assert "kommissorium rules KODE" in findings
    english = html_report(hedensted, on=date(2024, 1, 1), lang="en")
    assert "kommissorium rules CODE" in english
    assert next(r.title_en for r in all_rules() if r.code == "STL204") in english
    with_host = html_report(hedensted, on=date(2024, 1, 1), rules_url="https://r.invalid/{code}/")
    assert 'href="https://r.invalid/STL204/">STL204</a>' in with_host
    assert "kommissorium rules KODE" not in with_host
    local = html_report(hedensted, on=date(2024, 1, 1), rules_url="site/rules/{code}/index.html")
    assert 'href="site/rules/STL204/index.html">STL204</a>' in local
    appended = html_report(hedensted, on=date(2024, 1, 1), rules_url="../rules/")
    assert 'href="../rules/STL204">STL204</a>' in appended


def test_findings_match_the_checker(hedensted: k.Dossier) -> None:
    from kommissorium.rules import check

    report = check(hedensted, on=date(2024, 1, 1))
    page = html_report(hedensted, on=date(2024, 1, 1), report=report)
    findings = page.split('<section id="findings"', 1)[1].split("</section>", 1)[0]
    links = re.findall(
        r">([A-Z]{3}\d{3})</span>(?:<br><span class=\"small\">[^<]*</span>)?</td>", findings
    )
    assert sorted(links) == sorted(f.code for f in report.findings)


def test_recommendations_and_minutes() -> None:
    dossier = k.load(ROOT / "examples" / "norddjurs-strategi-2023.toml")
    page = html_report(dossier, on=date(2023, 10, 26))
    assert '<section id="recommendations"' in page
    assert '<section id="decisions"' in page
    assert "Beslutning i Voksen- og plejeudvalget den 26-10-2023" in page
    skanderborg = k.load(ROOT / "examples" / "skanderborg-alle-med-2021.toml")
    page = html_report(skanderborg, on=date(2021, 4, 30), lang="en")
    rows = page.split('<section id="recommendations"', 1)[1].split("</section>", 1)[0]
    assert rows.count("<tr>") - rows.count("<thead><tr>") == len(skanderborg.recommendations)
    assert 'class="badge neg">do not</span>' in rows


def test_bad_language_is_refused(hedensted: k.Dossier) -> None:
    with pytest.raises(ValueError, match="lang"):
        html_report(hedensted, on=date(2024, 1, 1), lang="de")  # type: ignore[arg-type]


def test_cli_writes_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.html"
    assert main(["report", str(HEDENSTED), "-o", str(out), "--lang", "en"]) == 0
    page = out.read_text(encoding="utf-8")
    # Default day: the file's default check date (the term starts 1 January 2024).
    assert "Report as of 1 January 2024 · Source: hedensted-social-2024.toml" in page
    assert main(["report", str(HEDENSTED), "--on", "2025-06-01"]) == 0
    assert "Rapport pr. 1. juni 2025" in capsys.readouterr().out


def test_cli_bad_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(HEDENSTED), "--on", "juni"]) == 2
    assert "--on: expected YYYY-MM-DD" in capsys.readouterr().err
    bare = tmp_path / "bare.toml"
    bare.write_text('[committee]\nid = "u"\nname = "U"\n', encoding="utf-8")
    assert main(["report", str(bare)]) == 2
    assert "give --on" in capsys.readouterr().err
