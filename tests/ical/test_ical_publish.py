"""Publishing without a server: URL checks and credentials (the server tests are in
test_ical_radicale.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kommissorium.ical.publish import PublishError, check_url, credentials_for


@pytest.mark.parametrize(
    "url",
    [
        "https://sek:hemmelig-pw@dav.example/sek/social/",
        "https://sek@dav.example/sek/social/",
        "http://:hemmelig-pw@127.0.0.1:5232/x/",
    ],
)
def test_login_in_url_refused_without_repeating_it(url: str) -> None:
    with pytest.raises(PublishError, match="has a login in it") as info:
        check_url(url)
    assert "hemmelig-pw" not in str(info.value)
    assert "sek@" not in str(info.value)
    assert "KOMMISSORIUM_CALDAV_PASSWORD" in str(info.value)


@pytest.mark.parametrize(
    "url", ["https://dav.example/sek/social/", "http://127.0.0.1:5232/tester/x/"]
)
def test_plain_urls_pass(url: str) -> None:
    assert check_url(url) == url


@pytest.mark.parametrize("url", ["ftp://dav.example/x/", "dav.example/x/", "https:///x/"])
def test_non_http_urls_refused(url: str) -> None:
    with pytest.raises(PublishError, match="http"):
        check_url(url)


def test_netrc_credentials(tmp_path: Path) -> None:
    netrc = tmp_path / "netrc"
    netrc.write_text(
        "machine dav.example login sek password hemmelig\nmachine other login o password p\n",
        encoding="utf-8",
    )
    netrc.chmod(0o600)
    found = credentials_for("https://dav.example/sek/", environ={}, netrc_file=netrc)
    assert found is not None
    assert (found.username, found.password, found.source) == ("sek", "hemmelig", str(netrc))
    assert "hemmelig" not in repr(found)
    assert credentials_for("https://unknown.example/", environ={}, netrc_file=netrc) is None
    env = {"KOMMISSORIUM_CALDAV_USER": "e", "KOMMISSORIUM_CALDAV_PASSWORD": "f"}
    from_env = credentials_for("https://dav.example/", environ=env, netrc_file=netrc)
    assert from_env is not None
    assert from_env.source == "environment"
    netrc.write_text("machine dav.example bogus x\n", encoding="utf-8")
    with pytest.raises(PublishError, match="cannot be read"):
        credentials_for("https://dav.example/", environ={}, netrc_file=netrc)


def test_radicale_start_failure_fails_on_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("caldav")
    pytest.importorskip("radicale")
    from test_ical_radicale import _skip_or_fail

    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI: no server"):
        _skip_or_fail("no server")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="no server"):
        _skip_or_fail("no server")
