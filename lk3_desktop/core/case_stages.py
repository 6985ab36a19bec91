"""The case workflow: Intake -> Asesmen -> Rencana intervensi -> Intervensi -> Evaluasi ->
Terminasi, with Rujukan and Bimbingan lanjut beside the main line."""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    INTAKE = "intake"
    ASESMEN = "asesmen"
    RENCANA = "rencana_intervensi"
    INTERVENSI = "intervensi"
    EVALUASI = "evaluasi"
    RUJUKAN = "rujukan"
    BIMBINGAN_LANJUT = "bimbingan_lanjut"
    TERMINASI = "terminasi"


STAGE_LABELS_ID: dict[Stage, str] = {
    Stage.INTAKE: "Penerimaan (intake)",
    Stage.ASESMEN: "Asesmen",
    Stage.RENCANA: "Rencana intervensi",
    Stage.INTERVENSI: "Intervensi",
    Stage.EVALUASI: "Evaluasi",
    Stage.RUJUKAN: "Rujukan",
    Stage.BIMBINGAN_LANJUT: "Bimbingan lanjut",
    Stage.TERMINASI: "Terminasi",
}

MAIN_LINE: tuple[Stage, ...] = (
    Stage.INTAKE,
    Stage.ASESMEN,
    Stage.RENCANA,
    Stage.INTERVENSI,
    Stage.EVALUASI,
    Stage.TERMINASI,
)

CLOSED_STAGES = frozenset({Stage.TERMINASI})

# Coded outcome at termination (what the Dinas Sosial report counts), with a free-text note
# beside it; "lainnya" needs the note to say what happened.
CLOSING_OUTCOMES: dict[str, str] = {
    "teratasi": "Masalah teratasi",
    "teratasi_sebagian": "Masalah teratasi sebagian",
    "dirujuk": "Dirujuk dan dilayani pihak lain",
    "mengundurkan_diri": "Klien mengundurkan diri / putus layanan",
    "pindah_domisili": "Pindah domisili",
    "meninggal_dunia": "Meninggal dunia",
    "lainnya": "Lainnya",
}
OTHER_OUTCOME = "lainnya"


def allowed_next(stage: Stage) -> tuple[Stage, ...]:
    """Stages a case may move to from ``stage``.

    Forward one step or back one step on the main line; Rujukan from any open stage and back
    to any open main-line stage; Bimbingan lanjut after Evaluasi, ending in Terminasi.
    Terminasi is final: a family that returns gets a new case.
    """
    if stage is Stage.TERMINASI:
        return ()
    if stage is Stage.RUJUKAN:
        return (*MAIN_LINE[:-1], Stage.BIMBINGAN_LANJUT, Stage.TERMINASI)
    if stage is Stage.BIMBINGAN_LANJUT:
        return (Stage.INTERVENSI, Stage.RUJUKAN, Stage.TERMINASI)
    i = MAIN_LINE.index(stage)
    options: list[Stage] = []
    if i + 1 < len(MAIN_LINE):
        options.append(MAIN_LINE[i + 1])
    if i > 0:
        options.append(MAIN_LINE[i - 1])
    options.append(Stage.RUJUKAN)
    if stage is Stage.EVALUASI:
        options.append(Stage.BIMBINGAN_LANJUT)
    if Stage.TERMINASI not in options:
        options.append(Stage.TERMINASI)  # a family may end services at any point
    return tuple(options)


def can_move(current: Stage, target: Stage) -> bool:
    return target in allowed_next(current)
