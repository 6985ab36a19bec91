"""Helpers that start real components for tests: an X server (Xvfb) and a Secret Service."""
