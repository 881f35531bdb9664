"""Tests of the generated client and its runtime against the mock over real HTTP."""
