"""Roles and the permission policy (DESIGN.md "Roles").

Services ask :func:`allowed` before every use case; widgets may use it only to decide what
to show, never as the check itself.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    KEPALA = "kepala"
    KONSELOR = "konselor"
    STAF = "staf"


class Permission(StrEnum):
    MANAGE_USERS = "manage_users"
    EDIT_CENTER_PROFILE = "edit_center_profile"
    READ_AUDIT = "read_audit"
    ROTATE_DATABASE_KEY = "rotate_database_key"
    CHANGE_SETTINGS = "change_settings"
    REGISTER_CLIENTS = "register_clients"
    VIEW_REGISTRY = "view_registry"
    BOOK_APPOINTMENTS = "book_appointments"
    VIEW_CLINICAL_OWN = "view_clinical_own"
    VIEW_CLINICAL_ALL = "view_clinical_all"
    WRITE_CLINICAL = "write_clinical"
    DRAFT_REFERRALS = "draft_referrals"
    SIGN_REFERRALS = "sign_referrals"
    EDIT_PARTNERS = "edit_partners"
    REASSIGN_CASES = "reassign_cases"
    # Data-subject requests: export a whole record, lift a "jangan diungkap" mark, anonymise.
    MANAGE_PERSONAL_DATA = "manage_personal_data"
    # A full copy of the database to a place of one's choosing: the head's (issue 11 item 17).
    # The automatic backup on closing goes to the folder the head chose, whoever closes.
    MAKE_BACKUP = "make_backup"
    # The activity register (sosialisasi, penyuluhan, ...): counts, places and partners only.
    RECORD_ACTIVITIES = "record_activities"
    # Bringing an office's existing register (Excel/CSV) in, thousands of clients at once.
    IMPORT_REGISTER = "import_register"


_POLICY: dict[Role, frozenset[Permission]] = {
    Role.KEPALA: frozenset(Permission),
    Role.KONSELOR: frozenset(
        {
            Permission.REGISTER_CLIENTS,
            Permission.VIEW_REGISTRY,
            Permission.BOOK_APPOINTMENTS,
            Permission.VIEW_CLINICAL_OWN,
            Permission.WRITE_CLINICAL,
            Permission.DRAFT_REFERRALS,
            Permission.EDIT_PARTNERS,
            Permission.RECORD_ACTIVITIES,
        }
    ),
    Role.STAF: frozenset(
        {
            Permission.REGISTER_CLIENTS,
            Permission.VIEW_REGISTRY,
            Permission.BOOK_APPOINTMENTS,
            Permission.RECORD_ACTIVITIES,
        }
    ),
}

ROLE_LABELS_ID: dict[Role, str] = {
    Role.KEPALA: "Kepala LK3",
    Role.KONSELOR: "Konselor",
    Role.STAF: "Staf administrasi",
}


def allowed(role: Role, permission: Permission) -> bool:
    """Whether ``role`` holds ``permission`` under the fixed policy."""
    return permission in _POLICY[role]


def permissions_of(role: Role) -> frozenset[Permission]:
    """Every permission ``role`` holds."""
    return _POLICY[role]
