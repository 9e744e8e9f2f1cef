"""The outer envelope of a package: one content key, AES-256-GCM over the ZIP, the key wrapped per recipient.

Layout (integers big-endian)::

    magic "TQP1" (4) | format version u16 | recipient count u8 | body nonce (12)
    | count x [ recipient key id (8) | ephemeral X25519 public key (32) | wrapped content key (32+16) ]
    | AES-256-GCM(content key, body nonce, ZIP, aad = every header byte above)

Why this shape:
- The header is fixed-size binary, not JSON: nothing in it needs a parser, and its length follows from the
  recipient count, so a truncated or padded file cannot be read two ways.
- The whole header is the associated data of the body: swapping, dropping or adding a wrap, or changing the
  version, breaks the body's tag, so a package opens only exactly as the sender sealed it.
- Each wrap uses a fresh ephemeral X25519 key: ECDH with the recipient's key, HKDF-SHA256 bound to both
  public keys, AES-256-GCM over the content key. A wrapping key is used once, so a fixed nonce is safe.
- The recipient key id is the key pair's id (``PublicKeys.key_id``, the same 8 bytes the manifest and the
  directory name it by), so a council sees at once that a package is not meant for it (a clear reason,
  not "damaged") without trying every wrap.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import ValidationError
from app.exchange.keys import InstallationKeys, PublicKeys
from app.exchange.package_limits import PackageLimits

MAGIC = b"TQP1"
FORMAT_VERSION = 1
KEY_ID_BYTES = 8  # PublicKeys.key_id: 16 hex digits
_PREFIX = struct.Struct(">4sHB12s")  # magic, version, recipient count, body nonce
_COUNT_OFFSET = 6
_WRAP_BYTES = KEY_ID_BYTES + 32 + 32 + 16
_TAG_BYTES = 16
_WRAP_INFO = b"tatulyq package content-key wrap v1"
_WRAP_NONCE = bytes(12)  # each wrapping key is derived from a fresh ephemeral key and used once


def _wrapping_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> AESGCM:
    hkdf = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=_WRAP_INFO + ephemeral_public + recipient_public
    )
    return AESGCM(hkdf.derive(shared))


def _damaged() -> ValidationError:
    return ValidationError("package.damaged", "The package is damaged or was changed after it was sealed.")


def seal(plaintext: bytes, recipients: Sequence[PublicKeys]) -> bytes:
    """Encrypt ``plaintext`` so that each recipient's private box key, and only those, can open it."""
    if not 1 <= len(recipients) <= PackageLimits().max_recipients:
        raise ValueError("a package needs 1 to 16 recipients: more would be refused by the reader")
    content_key = AESGCM.generate_key(bit_length=256)
    body_nonce = os.urandom(12)
    header = bytearray(_PREFIX.pack(MAGIC, FORMAT_VERSION, len(recipients), body_nonce))
    for recipient in recipients:
        recipient_id = bytes.fromhex(recipient.key_id)
        if len(recipient_id) != KEY_ID_BYTES:
            raise ValueError(f"a key id is {KEY_ID_BYTES} bytes, not {len(recipient_id)}")
        ephemeral = X25519PrivateKey.generate()
        ephemeral_public = ephemeral.public_key().public_bytes_raw()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.box_public))
        wrapper = _wrapping_key(shared, ephemeral_public, recipient.box_public)
        wrapped = wrapper.encrypt(_WRAP_NONCE, content_key, MAGIC + recipient_id + ephemeral_public)
        header += recipient_id + ephemeral_public + wrapped
    return bytes(header) + AESGCM(content_key).encrypt(body_nonce, plaintext, bytes(header))


def recipient_ids(data: bytes) -> list[str]:
    """The key ids a checked header names (call only after ``open_sealed`` succeeded)."""
    count = data[_COUNT_OFFSET]
    start = _PREFIX.size
    return [
        data[start + i * _WRAP_BYTES : start + i * _WRAP_BYTES + KEY_ID_BYTES].hex() for i in range(count)
    ]


def open_sealed(data: bytes, me: InstallationKeys, limits: PackageLimits) -> bytes:
    """The ZIP inside, after checking in turn: magic, format version, a wrap for us, authenticity."""
    if len(data) < 6 or data[:4] != MAGIC:
        raise ValidationError("package.not_a_package", "This file is not a Tatulyq package.")
    (version,) = struct.unpack_from(">H", data, 4)
    if version > FORMAT_VERSION:
        raise ValidationError(
            "package.newer_format",
            f"The package has format version {version}; this program reads up to {FORMAT_VERSION}.",
            version=version,
        )
    if version < FORMAT_VERSION:
        raise ValidationError("package.not_a_package", "This file is not a Tatulyq package.")
    if len(data) < _PREFIX.size:
        raise _damaged()
    _, _, count, body_nonce = _PREFIX.unpack_from(data)
    header_end = _PREFIX.size + count * _WRAP_BYTES
    if not 1 <= count <= limits.max_recipients or len(data) < header_end + _TAG_BYTES:
        raise _damaged()
    my_public = me.public
    my_id = bytes.fromhex(my_public.key_id)
    for index in range(count):
        start = _PREFIX.size + index * _WRAP_BYTES
        if data[start : start + KEY_ID_BYTES] != my_id:
            continue
        ephemeral_public = data[start + KEY_ID_BYTES : start + KEY_ID_BYTES + 32]
        wrapped = data[start + KEY_ID_BYTES + 32 : start + _WRAP_BYTES]
        try:
            shared = me.box_key.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
            wrapper = _wrapping_key(shared, ephemeral_public, my_public.box_public)
            content_key = wrapper.decrypt(_WRAP_NONCE, wrapped, MAGIC + my_id + ephemeral_public)
            return AESGCM(content_key).decrypt(body_nonce, data[header_end:], data[:header_end])
        except (InvalidTag, ValueError):
            # ValueError: a low-order ephemeral point gives an all-zero shared secret.
            raise _damaged() from None
    raise ValidationError(
        "package.not_for_us",
        "This package is meant for another council: it is not encrypted to this one's key.",
    )
