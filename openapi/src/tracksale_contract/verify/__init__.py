"""`tracksale verify`: check the contract against a live API, read-only.

Calls every GET operation of the document with the parameter combinations that
change the shape of the answers, validates each body against the document and
reports the drift per operation and JSON path; `--record` also turns what it read
into an anonymised seed file for the mock. Needs the `[verify]` extra.
"""
