"""The client's safety plan (rencana keselamatan klien): what the client and the counselor
write together for a crisis, in the steps of the Stanley-Brown safety planning intervention,
and print for the client to keep.

Steps, in the order they are used when a crisis comes: the warning signs; what the client
can do alone to calm down; people and places that take the mind off it; people to ask for
help; professionals and crisis services (SAPA 129 and the emergency numbers are proposed);
making the surroundings safe; and what matters most to the client. It is a clinical record
of a case like a psychosocial assessment: a draft until signed, then final, with addenda.

(The psychosocial assessment keeps its own short risk table "who does what, and when", for
the counselor; this is the client's plan.)
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Final

from lk3_desktop.core.errors import Sentence

__all__ = [
    "CONTACT_STEPS",
    "CRISIS_SERVICES",
    "LIST_STEPS",
    "MAX_ITEMS",
    "STEPS",
    "STEP_LABELS_ID",
    "STEP_TITLES_ID",
    "Contact",
    "SafetyPlanInput",
    "signing_problems",
]

# Step codes in the plan's order; list steps hold lines, contact steps (name, phone) rows.
STEPS: Final = (
    "warning_signs",
    "coping",
    "distractions",
    "helpers",
    "professionals",
    "environment",
    "reasons",
)
LIST_STEPS: Final = frozenset({"warning_signs", "coping", "environment"})
CONTACT_STEPS: Final = frozenset({"distractions", "helpers", "professionals"})
MAX_ITEMS: Final = 20  # lines or rows in one step

# What the printed plan calls each step: the client reads it, in the first person.
STEP_TITLES_ID: Final[dict[str, str]] = {
    "warning_signs": "Tanda bahaya: pikiran, perasaan, atau keadaan yang menandakan krisis "
    "mulai datang",
    "coping": "Hal yang dapat saya lakukan sendiri untuk menenangkan diri",
    "distractions": "Orang dan tempat yang membantu mengalihkan pikiran saya",
    "helpers": "Orang yang dapat saya hubungi untuk meminta bantuan",
    "professionals": "Tenaga profesional dan layanan yang dapat saya hubungi saat krisis",
    "environment": "Membuat lingkungan saya aman",
    "reasons": "Hal yang paling berarti bagi saya dan alasan saya untuk tetap aman",
}

# The same, short: a label in the data-subject export.
STEP_LABELS_ID: Final[dict[str, str]] = {
    "warning_signs": "Tanda bahaya",
    "coping": "Cara menenangkan diri",
    "distractions": "Orang dan tempat pengalih",
    "helpers": "Orang yang dapat dihubungi",
    "professionals": "Profesional dan layanan",
    "environment": "Lingkungan yang aman",
    "reasons": "Hal yang paling berarti",
}


@dataclass(frozen=True, slots=True)
class Contact:
    """A person, place or service of the plan and how to reach it ("" when not needed)."""

    name: str
    phone: str = ""

    @property
    def is_blank(self) -> bool:
        return not (self.name.strip() or self.phone.strip())


# Proposed for a new plan, to keep, change or remove: the national services a person in
# Indonesia can call in a crisis.
CRISIS_SERVICES: Final[tuple[Contact, ...]] = (
    Contact(
        "SAPA 129 (Sahabat Perempuan dan Anak, Kementerian PPPA): kekerasan terhadap "
        "perempuan dan anak",
        "129 · WhatsApp 08111-129-129",
    ),
    Contact("Layanan darurat (panggilan darurat nasional)", "112"),
    Contact("Layanan gawat darurat kesehatan (ambulans, PSC 119)", "119"),
    Contact("Polisi", "110"),
)


@dataclass(frozen=True, slots=True)
class SafetyPlanInput:
    """A plan as the form holds it."""

    made_on: datetime.date
    warning_signs: tuple[str, ...] = ()
    coping: tuple[str, ...] = ()
    distractions: tuple[Contact, ...] = ()
    helpers: tuple[Contact, ...] = ()
    professionals: tuple[Contact, ...] = ()
    environment: tuple[str, ...] = ()
    reasons: str = ""


def signing_problems(data: SafetyPlanInput) -> list[tuple[str, Sentence]]:
    """What the plan still lacks before it can be signed, as (step, sentence) pairs; empty
    when ready. A plan the client can use names at least one warning sign, one thing to do
    alone and one professional or service with the number to call; every person or service
    started has a name, and those to call for help have a number."""
    problems: list[tuple[str, Sentence]] = []
    if not any(line.strip() for line in data.warning_signs):
        problems.append(("warning_signs", Sentence("client_safety_plan.warning_signs_required")))
    if not any(line.strip() for line in data.coping):
        problems.append(("coping", Sentence("client_safety_plan.coping_required")))
    for step in ("distractions", "helpers", "professionals"):
        rows = [c for c in getattr(data, step) if not c.is_blank]
        for number, contact in enumerate(rows, start=1):
            if not contact.name.strip():
                problems.append(
                    (step, Sentence("client_safety_plan.contact_name", {"row": number}))
                )
            elif step != "distractions" and not contact.phone.strip():
                problems.append(
                    (step, Sentence("client_safety_plan.contact_phone", {"row": number}))
                )
    if not any(c.name.strip() and c.phone.strip() for c in data.professionals):
        problems.append(("professionals", Sentence("client_safety_plan.professional_required")))
    return problems
