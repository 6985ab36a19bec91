"""The report's charts, drawn with reportlab.graphics from its own tables: new cases by month,
the ten PPKS categories with the most clients served, and the outcomes of terminated cases.

A chart only repeats numbers that stand in a table of the same report, so it never says
something the tables do not; a chart with nothing to show (one month, no closed case) is left
out rather than drawn empty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from lk3_desktop.documents.fonts import FontNames
from lk3_desktop.documents.periodic_report.data import ReportTable

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

_BAR: Final = "#3B6E8F"
_GRID: Final = "#D5DBE1"
_INK: Final = "#111111"
TOP_PPKS: Final = 10


def _table(tables: tuple[ReportTable, ...], key: str) -> ReportTable | None:
    return next((t for t in tables if t.key == key), None)


def _step(top: int) -> int:
    """A round value step giving about five grid lines up to ``top``."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000):
        if top / step <= 6:
            return step
    return max(1, top // 5)


def _short(label: str, most: int = 38) -> str:
    return label if len(label) <= most else label[: most - 1].rstrip() + "\u2026"


def _vertical_bars(fonts: FontNames, width: float, labels: list[str], values: list[int]) -> Drawing:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.colors import HexColor

    height = 150.0
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 30
    chart.width, chart.height = width - 44, height - 42
    chart.data = [values]
    chart.bars[0].fillColor = HexColor(_BAR)
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    top = max(values) or 1
    step = _step(top)
    chart.valueAxis.valueMax = ((top + step - 1) // step) * step
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.gridStrokeColor = HexColor(_GRID)
    chart.valueAxis.visibleGrid = 1
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 6.5 if len(labels) > 12 else 7
    if len(labels) > 12:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = 6.5
    chart.barLabelFormat = "%d"
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def _horizontal_bars(
    fonts: FontNames, width: float, labels: list[str], values: list[int]
) -> Drawing:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.colors import HexColor

    row = 15.0
    label_width = 190.0
    height = row * len(labels) + 28
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 16
    chart.width, chart.height = width - label_width - 30, row * len(labels)
    # The first row at the top, as the table reads.
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [_short(label) for label in reversed(labels)]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.bars[0].fillColor = HexColor(_BAR)
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    top = max(values) or 1
    step = _step(top)
    chart.valueAxis.valueMax = ((top + step - 1) // step) * step
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.gridStrokeColor = HexColor(_GRID)
    chart.valueAxis.visibleGrid = 1
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = 7
    chart.barLabelFormat = "%d"
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _category_name(label: str) -> str:
    """ "PMKS-25 Keluarga Bermasalah ..." without its code: the name is what a reader scans."""
    return label.split(" ", 1)[1] if label.startswith("PMKS-") and " " in label else label


def report_charts(
    tables: tuple[ReportTable, ...], fonts: FontNames, width: float
) -> list[tuple[str, Any]]:
    """(title, drawing) for each chart the report's tables give something to show."""
    charts: list[tuple[str, Any]] = []
    months = _table(tables, "new_cases_by_month")
    if months is not None and len(months.rows) >= 2:
        labels = [r.label[:3] + " " + r.label[-2:] for r in months.rows]
        charts.append(
            (
                "Kasus baru menurut bulan",
                _vertical_bars(fonts, width, labels, [r.values[0] for r in months.rows]),
            )
        )
    ppks = _table(tables, "clients_by_ppks")
    if ppks is not None:
        ranked = sorted(
            (r for r in ppks.rows if r.values[-1] > 0 and not r.label.startswith("Belum")),
            key=lambda r: (-r.values[-1], r.label),
        )[:TOP_PPKS]
        if ranked:
            names = [_category_name(r.label) for r in ranked]
            charts.append(
                (
                    f"{len(ranked)} kategori PPKS dengan klien dilayani terbanyak",
                    _horizontal_bars(fonts, width, names, [r.values[-1] for r in ranked]),
                )
            )
    outcomes = _table(tables, "closing_outcomes")
    if outcomes is not None and any(r.values[0] for r in outcomes.rows):
        charts.append(
            (
                "Hasil terminasi kasus",
                _horizontal_bars(
                    fonts,
                    width,
                    [r.label for r in outcomes.rows],
                    [r.values[0] for r in outcomes.rows],
                ),
            )
        )
    return charts
