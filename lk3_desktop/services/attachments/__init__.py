"""Documents attached to a client or to one of their records, kept sealed in the database.

Why in the database (measured, ``python -m benchmarks.attachment_storage``): backups,
``check`` and anonymisation then cover them without a second store to keep in step, at a
cost in speed that a scanned page or a photo does not feel (README, "Attachments").
"""

from lk3_desktop.services.attachments.store import (
    AttachmentInfo,
    NewAttachment,
    OpenedAttachment,
    add_attachment,
    list_attachments,
    open_attachment,
    previews,
    printable,
    remove_attachment,
    save_copy,
)

__all__ = [
    "AttachmentInfo",
    "NewAttachment",
    "OpenedAttachment",
    "add_attachment",
    "list_attachments",
    "open_attachment",
    "previews",
    "printable",
    "remove_attachment",
    "save_copy",
]
