"""Runtime layer of the Tracksale API v2 client: hosts, auth, typed errors, pacing,
retries, paging and chunking around the generated ``generated_client`` package.

>>> from tracksale_client import Tracksale
>>> from generated_client.api.campaigns import list_campaigns
>>> api = Tracksale(token="...")
>>> campaigns = list_campaigns.sync(client=api.client, start="2026-11-01")
"""

from tracksale_client._api import Tracksale
from tracksale_client._chunking import chunked
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
]
