"""Attached documents on screen: the list with thumbnails, attaching (file dialog or drop),
the in-app viewer, and the dialog a record's window opens."""

from lk3_desktop.ui.attachments.panel import (
    AttachmentsDialog,
    AttachmentsPanel,
    attachments_button,
)

__all__ = ["AttachmentsDialog", "AttachmentsPanel", "attachments_button"]
