"""The data-subject export as an A4 PDF: "Data Pribadi yang Kami Simpan".

Rendered from the very dictionary the JSON export writes (services/subject_export/_collect.collect,
schema ``lk3-subject-export/1``), so the person reads exactly what another system receives,
in formal Indonesian with codes turned into words. When items were withheld ("jangan
diungkap"), the omission statement stands in a box near the top. Every page is marked
RAHASIA and numbered "Halaman X dari Y"; long texts wrap inside their table cells.
"""

from __future__ import annotations

from lk3_desktop.documents.subject_export.labels import ACTION_LABELS_ID
from lk3_desktop.documents.subject_export.render import render_subject_export

__all__ = ["ACTION_LABELS_ID", "render_subject_export"]
