"""Tables about referrals: letters issued by partner type and by status at the end of the
period, and how fast partners served the family, with the replies (rujukan balik) received."""

from __future__ import annotations

from collections import defaultdict
from typing import Final

from sqlalchemy import ColumnElement, func, select
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session

from lk3_desktop.core.referrals import STATUS_LABELS_ID, STATUS_ORDER, ReferralStatus
from lk3_desktop.db.models import (
    Partner,
    PartnerType,
    Referral,
    ReferralLetter,
    ReferralStatusChange,
)
from lk3_desktop.db.sql_functions import days_between
from lk3_desktop.documents.periodic_report import ReportRow, ReportTable
from lk3_desktop.services.reports._query import make_table, pairs
from lk3_desktop.services.reports.periods import ReportPeriod

# Served by the partner: the referral reached "ditindaklanjuti" or "selesai".
SERVED: Final = (ReferralStatus.DITINDAKLANJUTI.value, ReferralStatus.SELESAI.value)
_BUCKETS: Final = ("7", "30", "more", "not")


def issued(period: ReportPeriod) -> ColumnElement[bool]:
    return ReferralLetter.letter_date.between(period.start, period.end)


def referrals_by_type(s: Session, period: ReportPeriod) -> ReportTable:
    rows = [
        ReportRow(name, (int(n),))
        for name, n in s.execute(
            select(PartnerType.name, func.count(ReferralLetter.id))
            .select_from(ReferralLetter)
            .join(Referral, Referral.id == ReferralLetter.referral_id)
            .join(Partner, Partner.id == Referral.partner_id)
            .join(PartnerType, PartnerType.id == Partner.type_id)
            .where(issued(period))
            .group_by(PartnerType.id)
            .order_by(func.count(ReferralLetter.id).desc(), PartnerType.name)
        )
    ]
    return make_table(
        "referrals_by_type",
        "Rujukan yang diterbitkan menurut jenis lembaga mitra",
        "Jenis lembaga mitra",
        ("Rujukan",),
        rows,
        note="Rujukan dihitung dari surat rujukan yang ditandatangani dalam periode ini.",
    )


def referrals_by_status(s: Session, period: ReportPeriod) -> ReportTable:
    changed = (
        select(ReferralStatusChange.to_status)
        .where(
            ReferralStatusChange.referral_id == Referral.id,
            ReferralStatusChange.changed_on <= period.end,
        )
        .order_by(ReferralStatusChange.changed_on.desc(), ReferralStatusChange.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    status = func.coalesce(changed, Referral.status)
    counts = pairs(
        s.execute(
            select(status, func.count(ReferralLetter.id))
            .select_from(ReferralLetter)
            .join(Referral, Referral.id == ReferralLetter.referral_id)
            .where(issued(period))
            .group_by(status)
        )
    )
    rows = [
        ReportRow(STATUS_LABELS_ID[st], (counts.pop(st.value),))
        for st in STATUS_ORDER
        if st.value in counts
    ]
    rows += [ReportRow(str(code), (n,)) for code, n in sorted(counts.items())]
    return make_table(
        "referrals_by_status",
        "Rujukan yang diterbitkan menurut status pada akhir periode",
        "Status rujukan",
        ("Rujukan",),
        rows,
    )


def referral_outcomes(s: Session, period: ReportPeriod) -> ReportTable:
    served_on = (
        select(func.min(ReferralStatusChange.changed_on))
        .where(
            ReferralStatusChange.referral_id == Referral.id,
            ReferralStatusChange.to_status.in_(SERVED),
            ReferralStatusChange.changed_on <= period.end,
        )
        .scalar_subquery()
    )
    days = days_between(served_on, ReferralLetter.letter_date)
    bucket = sql_case(
        (served_on.is_(None), "not"), (days <= 7, "7"), (days <= 30, "30"), else_="more"
    )
    replied = sql_case(
        (Referral.reply_on.is_not(None) & (Referral.reply_on <= period.end), 1), else_=0
    )
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * 6)
    for name, where, n, replies in s.execute(
        select(PartnerType.name, bucket, func.count(ReferralLetter.id), func.sum(replied))
        .select_from(ReferralLetter)
        .join(Referral, Referral.id == ReferralLetter.referral_id)
        .join(Partner, Partner.id == Referral.partner_id)
        .join(PartnerType, PartnerType.id == Partner.type_id)
        .where(issued(period))
        .group_by(PartnerType.id, bucket)
    ):
        values = counts[name]
        values[0] += int(n)
        values[1 + _BUCKETS.index(where)] += int(n)
        values[5] += int(replies or 0)
    rows = [
        ReportRow(name, tuple(values))
        for name, values in sorted(counts.items(), key=lambda item: (-item[1][0], item[0]))
    ]
    return make_table(
        "referral_outcomes",
        "Hasil rujukan menurut jenis lembaga mitra: waktu sampai dilayani dan rujukan balik",
        "Jenis lembaga mitra",
        (
            "Surat",
            "Dilayani \u2264 7 hari",
            "Dilayani 8\u201330 hari",
            "Dilayani > 30 hari",
            "Belum / tidak dilayani",
            "Rujukan balik",
        ),
        rows,
        note="Surat yang ditandatangani dalam periode ini. Dilayani: status rujukan "
        "“ditindaklanjuti” atau “selesai” tercatat paling lambat pada akhir periode; waktu "
        "dihitung dari tanggal surat. Surat = dilayani \u2264 7 + 8\u201330 + > 30 hari + "
        "belum/tidak dilayani. Rujukan balik: jawaban lembaga mitra yang diterima paling lambat "
        "pada akhir periode.",
    )
