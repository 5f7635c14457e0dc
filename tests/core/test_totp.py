import hashlib

from hypothesis import given
from hypothesis import strategies as st

from lienket.core import totp

# RFC 6238 appendix B test secret (ASCII "12345678901234567890") in base32.
RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"


def test_rfc6238_sha1_vectors():
    vectors = {
        59: "94287082",
        1111111109: "07081804",
        1111111111: "14050471",
        1234567890: "89005924",
        2000000000: "69279037",
        20000000000: "65353130",
    }
    for at, expected in vectors.items():
        assert totp.totp(RFC_SECRET, at, digits=8, digest=hashlib.sha1) == expected


def test_rfc4226_hotp_vectors():
    expected = [
        "755224",
        "287082",
        "359152",
        "969429",
        "338314",
        "254676",
        "287922",
        "162583",
        "399871",
        "520489",
    ]
    assert [totp.hotp(RFC_SECRET, i) for i in range(10)] == expected


def test_verify_accepts_adjacent_window_and_rejects_others():
    secret = totp.new_secret()
    now = 1_800_000_000
    assert totp.verify(secret, totp.totp(secret, now), at=now)
    assert totp.verify(secret, totp.totp(secret, now - 30), at=now)
    assert not totp.verify(secret, totp.totp(secret, now - 120), at=now)
    assert not totp.verify(secret, "abc123", at=now)
    assert not totp.verify("", "123456", at=now)


def test_provisioning_uri_names_issuer_and_secret():
    uri = totp.provisioning_uri("ABCDEF", "alice@so-ct")
    assert uri.startswith("otpauth://totp/lienket%3Aalice%40so-ct?")
    assert "secret=ABCDEF" in uri and "issuer=lienket" in uri


@given(st.integers(min_value=0, max_value=2**40))
def test_code_is_six_digits(at):
    code = totp.totp(RFC_SECRET, at)
    assert len(code) == 6 and code.isdigit()
