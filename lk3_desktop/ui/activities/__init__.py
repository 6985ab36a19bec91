"""The activity register (Jadwal > Kegiatan): activities outside casework, for the report."""

from lk3_desktop.ui.activities.page import ActivitiesPage

__all__ = ["ActivitiesPage"]
