"""Laporan: the periodic report for Dinas Sosial (see page.py)."""

from lk3_desktop.ui.pages.reports.page import ReportsPage, may_make_reports
from lk3_desktop.ui.pages.reports.table_model import ReportTableModel

__all__ = ["ReportTableModel", "ReportsPage", "may_make_reports"]
