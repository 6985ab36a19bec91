"""LK3 Desktop: the encrypted case record of an LK3 family counseling center."""

__version__ = "0.1.0"
