"""Runtime layer of the Tracksale API v2 client: hosts, auth, typed errors, pacing,
retries, paging and chunking around the generated ``tracksale_generated`` package.
Every model of the contract is importable from here too (``from tracksale_client
import Customer``).

>>> from tracksale_client import Tracksale
>>> from tracksale_generated.api.campaigns import list_campaigns
>>> api = Tracksale(token="...")
>>> campaigns = list_campaigns.sync(client=api.client, start="2026-11-01")

``decode_rows``/``decode_model`` turn a large JSON body (bytes) into generated models
with the cyclic GC paused, which keeps a 10,000-row report within a few times the cost
of ``json.loads``; the paging methods parse their pages the same way.
"""

from tracksale_client._api import Tracksale
from tracksale_client._chunking import chunked
from tracksale_client._decoding import decode_model, decode_rows
from tracksale_client._errors import (
    AuthenticationError,
    ChunkedRequestError,
    ConnectionFailedError,
    InvalidRequestError,
    MethodNotAllowedError,
    NotFoundError,
    RequestTimeoutError,
    ServerError,
    ThrottledError,
    TracksaleError,
    TransportError,
)
from tracksale_client._hosts import V2_HOST, V3_HOST
from tracksale_client._pacing import Pacer, Quota
from tracksale_client._retries import RetryPolicy
from tracksale_generated import models as _models
from tracksale_generated.models import *  # noqa: F403 (the models are public here)

__all__ = [
    "V2_HOST",
    "V3_HOST",
    "AuthenticationError",
    "ChunkedRequestError",
    "ConnectionFailedError",
    "InvalidRequestError",
    "MethodNotAllowedError",
    "NotFoundError",
    "Pacer",
    "Quota",
    "RequestTimeoutError",
    "RetryPolicy",
    "ServerError",
    "ThrottledError",
    "Tracksale",
    "TracksaleError",
    "TransportError",
    "chunked",
    "decode_model",
    "decode_rows",
]
__all__ += _models.__all__
