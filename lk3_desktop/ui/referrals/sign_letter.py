"""Signing a referral letter as a note is signed: the letter as it will be issued, then the
signer's password. The number and the verification code are given at the signature itself."""

from __future__ import annotations

from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QWidget

from lk3_desktop.services import referrals
from lk3_desktop.ui import pdf_printing
from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.password_prompt import PasswordPromptDialog
from lk3_desktop.ui.style import set_role


class SignLetterDialog(PasswordPromptDialog):
    """The letter to be issued above the password field; after ``Accepted``,
    :attr:`result_value` holds the signed referral (``ReferralInfo``)."""

    def __init__(
        self,
        context: AppContext,
        referral_id: int,
        preview: bytes,
        heading: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            context,
            parent,
            title=self.tr("Sign referral letter"),
            text=heading,
            ok_text=self.tr("Sign letter"),
            busy_text=self.tr("Signing the letter…"),
            action=lambda session, password: referrals.sign_referral(
                session, referral_id, password
            ),
        )
        self.setObjectName("signLetterDialog")
        layout = self.layout()
        assert layout is not None
        note = QLabel(
            self.tr(
                "Preview: the letter as it will be issued. Signing gives it the next number of "
                "the year and its verification code; the number is never given again, even if "
                "the letter is cancelled. Enter your password to sign."
            ),
            self,
        )
        note.setObjectName("signLetterNote")
        note.setWordWrap(True)
        set_role(note, "muted")
        self.document, self._buffer = pdf_printing.load_pdf(preview, self)
        self.view = QPdfView(self)
        self.view.setObjectName("signLetterPdfView")
        self.view.setAccessibleName(self.tr("The letter to be signed"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        layout.insertWidget(1, self.view, 1)  # type: ignore[attr-defined]
        layout.insertWidget(2, note)  # type: ignore[attr-defined]
        self.resize(760, 700)

    @property
    def page_count(self) -> int:
        return int(self.document.pageCount())
