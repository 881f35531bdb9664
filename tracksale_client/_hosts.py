"""Which host serves which path: the contract puts the paged dispatch report on a second host."""

from __future__ import annotations

import re

import httpx

V2_HOST = "https://api.tracksale.co"
V3_HOST = "https://apiv3.track.co"

#: Path templates of ``openapi/tracksale-v3.yaml``, whose top-level ``servers`` is ``V3_HOST``
#: (in the whole API that ``tracksale_contract`` joins, their path-level ``servers``).
#: Every other path is in ``openapi/tracksale.yaml``, served by ``V2_HOST``.
#: ``contract_tests/client_runtime/test_hosts.py`` fails when this drifts from the document.
V3_PATH_TEMPLATES: tuple[str, ...] = ("/dispatch", "/dispatch/{dispatch_code}")


def _template_pattern(template: str) -> re.Pattern[str]:
    """Compile ``/a/{b}`` into a regex matching one non-empty segment per parameter."""
    parts = re.split(r"\{[^{}]+\}", template)
    return re.compile("".join([re.escape(parts[0]), *("[^/]+" + re.escape(p) for p in parts[1:])]))


_V3_PATTERNS = tuple(_template_pattern(t) for t in V3_PATH_TEMPLATES)


def host_for_path(path: str) -> str:
    """The production host that serves ``path`` (percent-encoded, without query)."""
    if any(pattern.fullmatch(path) for pattern in _V3_PATTERNS):
        return V3_HOST
    return V2_HOST


def route_to_production_host(request: httpx.Request) -> None:
    """Point ``request`` (built against ``V2_HOST``) at the host its path belongs to."""
    encoded_path = request.url.raw_path.partition(b"?")[0].decode("ascii")
    target = httpx.URL(host_for_path(encoded_path))
    if target.netloc == request.url.netloc and target.scheme == request.url.scheme:
        return
    request.url = request.url.copy_with(scheme=target.scheme, netloc=target.netloc)
    request.headers["Host"] = request.url.netloc.decode("ascii")
