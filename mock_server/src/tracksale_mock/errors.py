"""Errors the mock answers with; each becomes the document's Error body."""

from __future__ import annotations


class MockError(Exception):
    """An error answer: HTTP status, machine-readable kind and a message for people."""

    status = 400
    kind = "invalid_request"

    def __init__(self, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    def body(self) -> dict[str, object]:
        """The JSON body, shaped like the document's `Error` schema."""
        body: dict[str, object] = {"error": self.kind, "message": self.message}
        if self.details:
            body["details"] = self.details
        return body


class InvalidRequest(MockError):
    """The request is well-formed per the schema but breaks a rule of the API (400)."""


class NotFound(MockError):
    """A campaign, lot, answer or widget named by the request does not exist (404)."""

    status = 404
    kind = "not_found"
