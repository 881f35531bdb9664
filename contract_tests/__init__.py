"""Contract tests: the document, the generated client and the mock server agree."""
