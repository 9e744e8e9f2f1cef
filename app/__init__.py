"""Tatulyq: the case desk of the mediation service of the Assembly of People of Kazakhstan."""

__version__ = "0.1.0"
