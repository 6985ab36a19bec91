"""The columns of a record that is signed: who signed it and when, and a supervisor's
co-signature.

Session notes, screening administrations and psychosocial assessments are drafts until
their author signs them; ``signed_at`` set means the record is locked for good and only
addenda (their own author and time) are added. ``services/signing.py`` applies the rule.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import DateTime, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column


class SignedRecord:
    """Mixin: a record its author signs (password re-entry), locked from then on."""

    if TYPE_CHECKING:  # every signed table has one; declared by the table itself
        id: Mapped[int]

    signed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    signed_at: Mapped[datetime | None] = mapped_column(DateTime)

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None


class CoSignedRecord(SignedRecord):
    """Mixin: a signed record the head may co-sign (supervision); the record stays as it is."""

    cosigned_at: Mapped[datetime | None] = mapped_column(DateTime)
    cosigned_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
