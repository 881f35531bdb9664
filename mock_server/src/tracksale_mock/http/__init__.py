"""The HTTP layer: the connexion app built from the contract, its middlewares and errors.

connexion 3.3 imports modules its own dependencies have deprecated (starlette's test
client, jsonschema's RefResolver). Those warnings are connexion's, not ours nor our
users': they are silenced here, where every module of this layer first imports it, so
that a project running its tests with `-W error` can still start the mock.
"""

import warnings

with warnings.catch_warnings():
    # starlette's own deprecation warning is a UserWarning, not a DeprecationWarning.
    warnings.filterwarnings("ignore", message=".*starlette.testclient")
    warnings.simplefilter("ignore", DeprecationWarning)
    import connexion
    import connexion.json_schema  # noqa: F401
