"""The import wizard (Pengaturan > Impor): file, columns, names to confirm, preview, import."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from lk3_desktop.ui.context import AppContext
from lk3_desktop.ui.settings.register_import.columns_page import ColumnsPage
from lk3_desktop.ui.settings.register_import.file_page import FilePage
from lk3_desktop.ui.settings.register_import.preview_page import DonePage, PreviewPage
from lk3_desktop.ui.settings.register_import.questions_page import QuestionsPage
from lk3_desktop.ui.settings.register_import.work import ImportState

FILE, COLUMNS, QUESTIONS, PREVIEW, DONE = range(5)


class ImportWizard(QWizard):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import a client register"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.state = ImportState()
        self.file_page = FilePage(context, self.state, self)
        self.columns_page = ColumnsPage(context, self.state, self)
        self.questions_page = QuestionsPage(context, self.state, self)
        self.preview_page = PreviewPage(context, self.state, self)
        self.done_page = DonePage(self.state, self.preview_page, self)
        for page_id, page in enumerate(
            (
                self.file_page,
                self.columns_page,
                self.questions_page,
                self.preview_page,
                self.done_page,
            )
        ):
            self.setPage(page_id, page)
        self.resize(1000, 640)

    def nextId(self) -> int:
        current = self.currentId()
        if current == COLUMNS:
            plan = self.state.plan
            return QUESTIONS if plan is not None and plan.questions else PREVIEW
        return super().nextId()
