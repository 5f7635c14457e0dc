"""Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP), standard library only.

Officers may enrol an authenticator app; the secret travels as an ``otpauth://`` URI the app can read.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import struct
import time
from urllib.parse import quote, urlencode

DIGITS = 6
PERIOD = 30


def new_secret() -> str:
    """A random 160-bit secret, base32 without padding (what authenticator apps expect)."""
    return base64.b32encode(secrets.token_bytes(20)).decode("ascii").rstrip("=")


def _key(secret: str) -> bytes:
    s = secret.strip().replace(" ", "").upper()
    return base64.b32decode(s + "=" * (-len(s) % 8))


def hotp(secret: str, counter: int, digits: int = DIGITS, digest=hashlib.sha1) -> str:
    """RFC 4226 HOTP value of ``counter`` for a base32 ``secret``, zero-padded to ``digits``."""
    mac = hmac.new(_key(secret), struct.pack(">Q", counter), digest).digest()
    offset = mac[-1] & 0x0F
    code = struct.unpack(">I", mac[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(code % 10**digits).zfill(digits)


def totp(
    secret: str, at: float | None = None, digits: int = DIGITS, period: int = PERIOD, digest=hashlib.sha1
) -> str:
    """RFC 6238 TOTP value at Unix time ``at`` (now when None)."""
    at = time.time() if at is None else at
    return hotp(secret, int(at // period), digits, digest)


def verify(secret: str, code: str, at: float | None = None, window: int = 1, period: int = PERIOD) -> bool:
    """True when ``code`` matches the TOTP of ``at`` or of ``window`` periods either side (clock drift)."""
    code = (code or "").strip().replace(" ", "")
    if not code.isdigit() or len(code) != DIGITS or not secret:
        return False
    at = time.time() if at is None else at
    return any(
        hmac.compare_digest(totp(secret, at + step * period, period=period), code)
        for step in range(-window, window + 1)
    )


def provisioning_uri(secret: str, account: str, issuer: str = "lienket") -> str:
    """The ``otpauth://totp/...`` URI an authenticator app reads (typed in or shown as a QR code)."""
    label = quote(f"{issuer}:{account}")
    query = urlencode(
        {"secret": secret, "issuer": issuer, "algorithm": "SHA1", "digits": DIGITS, "period": PERIOD}
    )
    return f"otpauth://totp/{label}?{query}"
