"""``lienket scenario`` CLI contract: run as a subprocess on fixture files (synthetic data), compare JSON."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys
import types
from argparse import Namespace

import pytest

from lienket.cli import CommandError
from lienket.commands import scenario as scenario_command
from lienket.core.network import Network, network_from_dict

DATA = pathlib.Path(__file__).resolve().parents[1] / "data" / "network"


def run_cli(*args: str, cwd: pathlib.Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "lienket.cli", "scenario", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
    )


def contract(payload: dict) -> dict:
    return {k: payload[k] for k in ("value_at_risk", "localization_rate", "buyers")}


def assert_matches_expected(out: dict, expected_file: pathlib.Path) -> None:
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    assert out["value_at_risk"] == pytest.approx(expected["value_at_risk"], rel=1e-12)
    assert out["localization_rate"] == pytest.approx(expected["localization_rate"], rel=1e-12)
    got = [(b["id"], b["value_at_risk"], b["first_short_week"]) for b in out["buyers"]]
    want = [
        (b["id"], pytest.approx(b["value_at_risk"], rel=1e-12), b["first_short_week"])
        for b in expected["buyers"]
    ]
    assert got == want


def test_five_firm_network_matches_hand_worked_result(tmp_path):
    """See test_network.test_five_firm_network_stop_cn_kr_8_weeks for the derivation (11 650; B1 11 400 wk 1)."""
    out = tmp_path / "result.json"
    proc = run_cli(
        "--network",
        str(DATA / "five_firms.json"),
        "--stop",
        "CN,KR",
        "--weeks",
        "8",
        "--out",
        str(out),
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert_matches_expected(payload, DATA / "five_firms.expected.json")
    assert list(payload)[:3] == ["value_at_risk", "localization_rate", "buyers"]
    assert all(isinstance(b["first_short_week"], int) for b in payload["buyers"])
    assert payload["stopped"] == ["CN", "KR"] and payload["weeks"] == 8
    assert payload["localization_rate_vietnam"] == pytest.approx(31 / 76)


def test_messy_network_is_tolerated_with_warnings(tmp_path):
    """messy.json, stop 'cn, KR ', W = 2 (5 200/52 = 100, 520/52 = 10, 1 040/52 = 20 a week):

    d0 A  "5200", cover null → 0: IMPORT: cn 0.5 stopped → 100 × 0.5 × 2 = 100, week 1; L (bac ninh) 0.5 local to
          A (" Bắc Ninh ") → 2 600 local.
    d1 A  520, cover 7: K is a 'kr' firm → 10 × 1 × (2 − 1) = 10, week 2.       A = 110, first week 1.
    d2 Z  1 040: import:KR 0.3 → 20 × 0.3 × 2 = 12; GHOST (unknown) not stopped; shares sum 0.9 → warning.
    d3 Y  import:JP only → 0, not listed.
    d4 X  1 040: import:kr 0.3 → 12; ties with Z → sorted by id: X, Z.
    Total 134. Localization 2 600 / (5 200 + 520 + 3 × 1 040 = 8 840) = 5/17.
    """
    out = tmp_path / "result.json"
    proc = run_cli(
        "--network",
        str(DATA / "messy.json"),
        "--stop",
        "cn, KR ",
        "--weeks",
        "2",
        "--out",
        str(out),
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert_matches_expected(payload, DATA / "messy.expected.json")
    assert payload["localization_rate"] == pytest.approx(5 / 17)
    assert "GHOST" in proc.stderr and "shares sum to 0.9" in proc.stderr and "warning" in proc.stderr
    assert payload["warnings_total"] == len(payload["warnings"]) == 5


def test_bad_value_exits_2_naming_file_index_and_field(tmp_path):
    proc = run_cli(
        "--network", str(DATA / "bad_negative_cover.json"), "--stop", "CN", "--weeks", "2", "--out", "r.json",
        cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == 2
    assert "bad_negative_cover.json" in proc.stderr and "demand[1].cover_days" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "r.json").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"firms": [], "demand": [', "invalid JSON at line 1"),
        (
            '{"firms": [], "demand": [{"buyer": "B", "annual_value": "abc", "sources": []}]}',
            "demand[0].annual_value",
        ),
        (
            '{"firms": [], "demand": [{"buyer": "B", "annual_value": 1, "sources": [{"origin": "import:CN", '
            '"share": 40}]}]}',
            "demand[0].sources[0].share",
        ),  # fmt: skip
        ("[1, 2]", "top level must be a JSON object"),
    ],
)
def test_bad_files_exit_2(tmp_path, content, message):
    (tmp_path / "net.json").write_text(content, encoding="utf-8")
    proc = run_cli("--network", "net.json", "--stop", "CN", "--weeks", "2", "--out", "r.json", cwd=tmp_path)
    assert proc.returncode == 2 and "net.json" in proc.stderr and message in proc.stderr, proc.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--network", "missing.json", "--stop", "CN", "--weeks", "2", "--out", "r.json"],
            "missing.json: no such file",
        ),
        (["--network", "{net}", "--stop", "CN", "--weeks", "-1", "--out", "r.json"], "--weeks"),
        (["--network", "{net}", "--stop", "CN", "--weeks", "nan", "--out", "r.json"], "--weeks"),
        (
            ["--network", "{net}", "--stop", "CN", "--weeks", "2", "--out", "no/such/dir/r.json"],
            "does not exist",
        ),
    ],
)
def test_bad_arguments_exit_2(tmp_path, args, message):
    args = [a.replace("{net}", str(DATA / "five_firms.json")) for a in args]
    proc = run_cli(*args, cwd=tmp_path)
    assert proc.returncode == 2 and message in proc.stderr, proc.stderr


def test_empty_stop_and_zero_weeks_give_zero(tmp_path):
    for stop, weeks in (("", "8"), ("CN,KR", "0")):
        out = tmp_path / "r.json"
        proc = run_cli(
            "--network",
            str(DATA / "five_firms.json"),
            "--stop",
            stop,
            "--weeks",
            weeks,
            "--out",
            str(out),
            cwd=tmp_path,
        )
        assert proc.returncode == 0, proc.stderr
        payload = json.loads(out.read_text(encoding="utf-8"))
        assert (payload["value_at_risk"], payload["buyers"]) == (0, [])
        assert payload["localization_rate"] == pytest.approx(13 / 76)


def test_output_is_utf8_and_keeps_vietnamese_ids(tmp_path):
    net = {
        "firms": [{"id": "Công ty Á", "province": "Hà Nội", "country": "VN"}],
        "demand": [{"buyer": "Công ty Á", "product": "khóa kéo", "annual_value": 520, "cover_days": 0,
                    "sources": [{"origin": "import:CN", "share": 1}]}],
    }  # fmt: skip
    (tmp_path / "net.json").write_text(json.dumps(net, ensure_ascii=False), encoding="utf-8")
    proc = run_cli("--network", "net.json", "--stop", "cn", "--weeks", "1", "--out", "r.json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    raw = (tmp_path / "r.json").read_bytes()
    assert "Công ty Á".encode() in raw
    assert json.loads(raw.decode("utf-8"))["buyers"] == [
        {"id": "Công ty Á", "value_at_risk": 10.0, "first_short_week": 1, "value_at_risk_per_week": 10.0,
         "lines": 1, "products": ["khóa kéo"]}
    ]  # fmt: skip


def test_file_mode_does_not_load_django(tmp_path):
    code = (
        "import sys\nfrom lienket.cli import main\n"
        f"rc = main(['scenario', '--network', {str(DATA / 'five_firms.json')!r}, '--stop', 'CN', '--weeks', '1',"
        " '--out', 'r.json'])\n"
        "print(rc, any(m == 'django' or m.startswith('django.') for m in sys.modules))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert proc.stdout.split() == ["0", "False"], proc.stderr


def args(**kw) -> Namespace:
    base = {"network": None, "stop": "CN", "weeks": 8.0, "out": "-", "year": None, "province": None}
    return Namespace(**{**base, **kw})


def test_without_network_and_without_database_source_is_a_command_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "lienket.web.analytics_source", None)  # import raises ImportError
    with pytest.raises(CommandError, match="no --network given and the database source is not available"):
        scenario_command.run(args())


def test_without_network_uses_database_source(monkeypatch, tmp_path, capsys):
    seen = {}

    def load_network(*, year, province) -> Network:
        seen.update(year=year, province=province)
        return network_from_dict(
            json.loads((DATA / "five_firms.json").read_text(encoding="utf-8")), source="db"
        )

    monkeypatch.setitem(
        sys.modules, "lienket.web.analytics_source", types.SimpleNamespace(load_network=load_network)
    )
    out = tmp_path / "r.json"
    assert scenario_command.run(args(stop="CN,KR", out=str(out), year=2025, province="27")) == 0
    assert seen == {"year": 2025, "province": "27"}
    assert_matches_expected(json.loads(out.read_text(encoding="utf-8")), DATA / "five_firms.expected.json")


def test_file_mode_province_filter_keeps_that_provinces_buyers(tmp_path):
    """--province 'Hải Phòng' keeps B2's lines: VaR 250 (button), localization 7 800 / 41 600."""
    out = tmp_path / "r.json"
    scenario_command.run(
        args(network=str(DATA / "five_firms.json"), stop="CN,KR", out=str(out), province="Hải Phòng")
    )
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert payload["value_at_risk"] == pytest.approx(250)
    assert payload["localization_rate"] == pytest.approx(7800 / 41600)


def test_integer_buyer_ids_come_back_as_integers(tmp_path):
    net = {"firms": [{"id": 7, "province": "P", "country": "VN"}],
           "demand": [{"buyer": 7, "annual_value": 52, "sources": [{"origin": "import:CN", "share": 1}]}]}  # fmt: skip
    (tmp_path / "net.json").write_text(json.dumps(net), encoding="utf-8")
    proc = run_cli("--network", "net.json", "--stop", "CN", "--weeks", "1", "--out", "r.json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    buyers = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["buyers"]
    assert [(b["id"], b["value_at_risk"], b["first_short_week"]) for b in buyers] == [(7, 1.0, 1)]
