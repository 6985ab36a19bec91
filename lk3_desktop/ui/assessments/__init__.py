"""Assessments on the client page: the "Asesmen" tab and the red risk banner.

``AssessmentsPanel(context, client_id)`` and ``RiskBanner(context, client_id)`` are
self-contained widgets with ``reload()`` and a ``riskChanged`` signal; a client page mounts
both and connects ``panel.riskChanged`` to ``banner.reload`` and ``banner.riskChanged`` to
``panel.reload``.
"""

from lk3_desktop.ui.assessments.panel import AssessmentsPanel
from lk3_desktop.ui.assessments.risk_banner import RiskBanner

__all__ = ["AssessmentsPanel", "RiskBanner"]
