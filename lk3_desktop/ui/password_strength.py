"""Live strength feedback for a new password: a short meter and the policy's own sentences.

The password is judged once typing pauses (``core.passwords.check_password``, a few
milliseconds), never on every key; :meth:`PasswordStrength.refresh_now` judges at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QProgressBar, QVBoxLayout, QWidget

from lk3_desktop.core.passwords import MIN_LENGTH, MIN_SCORE, PasswordVerdict, check_password
from lk3_desktop.ui.field_feedback import FieldMessage
from lk3_desktop.ui.forms import relayout
from lk3_desktop.ui.validation_texts import sentence_text

FEEDBACK_DELAY_MS = 150


class PasswordStrength(QWidget):
    """Sits under a password field and says, in plain words, whether the password will do."""

    verdict_changed = Signal()

    def __init__(
        self,
        field: QLineEdit,
        user_inputs: Callable[[], Sequence[str]],
        *,
        object_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._field = field
        self._user_inputs = user_inputs
        self.verdict: PasswordVerdict | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.bar = QProgressBar(self)
        self.bar.setObjectName(f"{object_name}Bar")
        self.bar.setAccessibleName(self.tr("Password strength"))
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.message = FieldMessage(
            f"{object_name}Message", self.tr("Password strength"), self, lines=2
        )
        layout.addWidget(self.bar)
        layout.addWidget(self.message)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FEEDBACK_DELAY_MS)
        self._timer.timeout.connect(self.refresh_now)
        field.textChanged.connect(self._typed)
        self._show_hint()

    def _typed(self, _text: str) -> None:
        self.verdict = None
        self.verdict_changed.emit()
        self._timer.start()

    def _show_hint(self) -> None:
        self.bar.setValue(0)
        self.message.show_hint(
            self.tr("At least %1 characters. Three or four unrelated words work well.").replace(
                "%1", str(MIN_LENGTH)
            )
        )
        relayout(self)

    def refresh_now(self) -> PasswordVerdict | None:
        """Judge the field's password now; returns the verdict (None for an empty field)."""
        self._timer.stop()
        text = self._field.text()
        if not text:
            self.verdict = None
            self._show_hint()
            self.verdict_changed.emit()
            return None
        verdict = check_password(text, list(self._user_inputs()))
        self.verdict = verdict
        self.bar.setValue(verdict.score)
        if verdict.acceptable:
            if verdict.score > MIN_SCORE:
                self.message.show_good(self.tr("Strong password."))
            else:
                self.message.show_good(self.tr("Good enough. A longer one is even better."))
        else:
            # The policy's sentences are Indonesian already (core.passwords).
            sentences = [*verdict.problems, *([verdict.suggestion] if verdict.suggestion else [])]
            self.message.show_error(" ".join(sentence_text(s) for s in sentences))
        relayout(self)
        self.verdict_changed.emit()
        return verdict

    @property
    def acceptable(self) -> bool:
        return self.verdict is not None and self.verdict.acceptable
