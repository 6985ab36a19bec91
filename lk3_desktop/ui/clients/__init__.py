"""Klien: the client list, the client page (identity, family, cases) and registration."""

from lk3_desktop.ui.clients.page import ClientsPage

__all__ = ["ClientsPage"]
