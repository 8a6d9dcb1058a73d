"""Maskscope: ask models the same welfare questions in many contexts and see which masks they wear."""

__version__ = "0.1.0"
