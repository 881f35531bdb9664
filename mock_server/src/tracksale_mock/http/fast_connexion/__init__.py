"""connexion 3 with its per-request set-up done once, at start-up.

`app.py` subclasses connexion's app, API, operation and middleware classes;
`validation.py` its request and response validators. Both lean on connexion's
internals, not only on its public API, so they are tied to the versions below:
`contract_tests/mock/test_mock_prepared_connexion.py` checks that they answer as
connexion's stock stack does, and fails at once on a connexion it was not checked
against. To upgrade: run that module, review both files, then add the version here.
"""

CHECKED_CONNEXION_VERSIONS = ("3.3.0",)
