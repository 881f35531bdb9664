"""The mock's domain core, called directly: state, store, seed, rules and reports."""
