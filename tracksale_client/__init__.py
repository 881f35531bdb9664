"""The Tracksale API v2 client: resource methods generated from the contract, on a runtime
that adds both hosts, typed errors, pacing, safe retries, paging and chunking.

>>> from datetime import date
>>> from tracksale_client import Tracksale
>>> api = Tracksale(token="...")
>>> campaigns = api.campaigns.list(start=date(2026, 11, 1))  # doctest: +SKIP

The generated functions (``tracksale_generated.api.<tag>.<operation>``) stay available as
the low-level layer: pass them ``client=api.client``. Every model of the contract is
importable from here too (``from tracksale_client import Customer``).

``decode_rows``/``decode_model`` turn a large JSON body (bytes) into generated models
with the cyclic GC paused, which keeps a 10,000-row report within a few times the cost
of ``json.loads``; the paging methods parse their pages the same way.
"""

from tracksale_client._api import AsyncTracksale, BaseTracksale, Tracksale
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
from tracksale_client._values import or_none
from tracksale_generated import models as _models
from tracksale_generated.models import *  # noqa: F403 (the models are public here)
from tracksale_generated.types import UNSET, CodesInput, DateInput, RawResponse, Unset

__all__ = [
    "UNSET",
    "V2_HOST",
    "V3_HOST",
    "AsyncTracksale",
    "AuthenticationError",
    "BaseTracksale",
    "ChunkedRequestError",
    "CodesInput",
    "ConnectionFailedError",
    "DateInput",
    "InvalidRequestError",
    "MethodNotAllowedError",
    "NotFoundError",
    "Pacer",
    "Quota",
    "RawResponse",
    "RequestTimeoutError",
    "RetryPolicy",
    "ServerError",
    "ThrottledError",
    "Tracksale",
    "TracksaleError",
    "TransportError",
    "Unset",
    "chunked",
    "decode_model",
    "decode_rows",
    "or_none",
]
__all__ += _models.__all__
