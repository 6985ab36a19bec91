"""Issue 19 items 5 and 8: several workstations at once, as separate processes on one server.

Ten processes sign letters at the same moment: the numbers are consecutive, none reused, none
skipped. (Each process is a workstation of its own: its own sign-in, its own connections.)
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from support.casework import household
from support.office import Office

from lk3_desktop.db.models import ReferralLetter
from lk3_desktop.services import partners, referrals

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

TESTS = Path(__file__).resolve().parents[1]
DESKS = 10
LETTERS_PER_DESK = 2

SIGNER = """
import json, pathlib, sys, time
sys.path.insert(0, sys.argv[1])
from support.factories import HEAD_PASSWORD, MemoryKeyring, login
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import referrals
folder, ids, go = pathlib.Path(sys.argv[2]), json.loads(sys.argv[3]), pathlib.Path(sys.argv[4])
session = login(folder, KeyringStore(MemoryKeyring(), timeout=5), "kepala", HEAD_PASSWORD)
(folder.parent / f"ready-{ids[0]}").touch()
while not go.exists():
    time.sleep(0.005)
for rid in ids:
    referrals.sign_referral(session, rid, HEAD_PASSWORD)
session.store.close()
"""


def _submitted_referrals(office: Office, n: int) -> list[int]:
    home = household(office.head, office.rina.actor.user_id, surname="Saputra")
    types = {t.code: t.id for t in partners.list_partner_types(office.head)}
    partner = partners.add_partner(
        office.rina,
        partners.PartnerInput(name="Puskesmas Ciruas", type_id=types["puskesmas"]),
    )
    ids = []
    for i in range(n):
        ref = referrals.create_referral(
            office.rina,
            home.case_id,
            referrals.ReferralInput(
                partner_id=partner.id,
                reason=f"Pemeriksaan lanjutan {i}.",
                services_requested="Konseling.",
                urgency="biasa",
                consented_fields=("name",),
                consent_given_by="klien",
                consent_given_by_name="Dewi",
            ),
        )
        referrals.submit_referral(office.rina, ref.id)
        ids.append(ref.id)
    return ids


def test_ten_desks_signing_at_once_get_consecutive_letter_numbers(
    office: Office, data_dir: Path, tmp_path: Path
) -> None:
    ids = _submitted_referrals(office, DESKS * LETTERS_PER_DESK)
    go = tmp_path / "go"
    batches = [ids[i::DESKS] for i in range(DESKS)]
    desks = [
        subprocess.Popen(
            [sys.executable, "-c", SIGNER, str(TESTS), str(data_dir), json.dumps(b), str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for b in batches
    ]
    deadline = time.monotonic() + 240
    while len(list(data_dir.parent.glob("ready-*"))) < DESKS:
        assert all(d.poll() is None for d in desks), [d.communicate() for d in desks]
        assert time.monotonic() < deadline
        time.sleep(0.05)
    go.touch()  # all signed in: now every desk signs at once
    for desk in desks:
        _out, err = desk.communicate(timeout=240)
        assert desk.returncode == 0, err.decode()
    with office.head.store.transaction() as s:
        letters = s.execute(select(ReferralLetter.seq_value, ReferralLetter.number)).all()
    values = sorted(v for v, _ in letters)
    assert values == list(range(1, len(ids) + 1))  # consecutive: none reused, none skipped
    assert len({n for _, n in letters}) == len(ids)


EDITOR = """
import dataclasses, json, pathlib, sys, time
sys.path.insert(0, sys.argv[1])
from support.factories import HEAD_PASSWORD, MemoryKeyring, login
from lk3_desktop.core.errors import EditConflict
from lk3_desktop.db.workstation import KeyringStore
from lk3_desktop.services import clients
folder, cid, job, go = pathlib.Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
session = login(folder, KeyringStore(MemoryKeyring(), timeout=5), "kepala", HEAD_PASSWORD)
opened = clients.get_client(session, cid)  # the form is filled at this version
(folder.parent / f"opened-{job}").touch()
while not pathlib.Path(go).exists():
    time.sleep(0.005)
typed = dataclasses.replace(opened.data, occupation=job)
try:
    done = clients.update_client(session, cid, typed, expected_version=opened.version)
    print(json.dumps({"saved": done.version}))
except EditConflict as exc:
    print(json.dumps({"conflict": exc.theirs.version, "theirs": exc.theirs.data.occupation}))
session.store.close()
"""


def test_two_desks_editing_one_client_one_saves_the_other_sees_both(
    office: Office, data_dir: Path, tmp_path: Path
) -> None:
    """Two workstations (processes) open the same client, then both save at once: one save
    wins, the other is told and gets the winner's version; nothing is overwritten."""
    go = tmp_path / "go"
    cid = office.home.client_id
    desks = [
        subprocess.Popen(
            [sys.executable, "-c", EDITOR, str(TESTS), str(data_dir), str(cid), job, str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for job in ("Guru", "Petani")
    ]
    deadline = time.monotonic() + 120
    while len(list(data_dir.parent.glob("opened-*"))) < 2:
        assert time.monotonic() < deadline and all(d.poll() is None for d in desks)
        time.sleep(0.05)
    go.touch()
    answers = []
    for desk in desks:
        out, err = desk.communicate(timeout=120)
        assert desk.returncode == 0, err
        answers.append(json.loads(out.strip().splitlines()[-1]))
    saved = [a for a in answers if "saved" in a]
    refused = [a for a in answers if "conflict" in a]
    assert len(saved) == 1 and len(refused) == 1, answers
    assert refused[0]["conflict"] == saved[0]["saved"] == 2
    from lk3_desktop.services import clients

    now = clients.get_client(office.head, cid)
    assert now.version == 2 and now.data.occupation == refused[0]["theirs"]
