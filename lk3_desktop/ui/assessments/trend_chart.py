"""The trend of one instrument for one client: scores over time on its severity bands.

A QtCharts line chart: the total (and each subscale) as lines with labelled points, and the
bands of the charted scale (``Instrument.thresholds``) as pale coloured areas behind them, from
calm green to a light risk red (the same tints as the PDF, core/severity_scale.py), each named
inside the plot at its right edge. The x axis is time in days; it is labelled at the dates on
which the instrument was taken. Instruments without a total (DASS-21) chart their subscales;
the bands drawn are those of the subscale chosen with :meth:`TrendChart.set_data`'s ``scale``.
The chart saves as PNG and gives its PNG bytes to the assessment PDF.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCharts import (
    QAreaSeries,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMargins,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QGraphicsSimpleTextItem, QSizePolicy, QWidget

from lk3_desktop.core.instruments import TOTAL, Instrument
from lk3_desktop.core.severity_scale import band_ranks, tint
from lk3_desktop.services.assessments import TrendPoint
from lk3_desktop.ui import dates
from lk3_desktop.ui.assessments import labels
from lk3_desktop.ui.style import INK, LINE, MUTED

LINE_COLORS = ("#1f4e79", "#6b3fa0", "#0f766e", "#9a3412")
EXPORT_SIZE = QSize(760, 320)
EXPORT_SCALE = 2.0
MAX_DATE_LABELS = 7


def _nice_step(span: int) -> int:
    for step in (1, 2, 5, 10, 20, 50, 100):
        if span / step <= 8:
            return step
    return max(1, span // 8)


class TrendChart(QChartView):
    """Line chart of one instrument's scores over time, bands behind the lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.setAccessibleName(self.tr("Score trend chart"))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(QBrush(QColor("white")))
        self._instrument: Instrument | None = None
        self._points: tuple[TrendPoint, ...] = ()
        self._scale = TOTAL
        self._lines: list[QLineSeries] = []
        self._bands: list[QAreaSeries] = []
        self._point_texts: list[tuple[QGraphicsSimpleTextItem, QPointF, QLineSeries]] = []
        self.setChart(self._new_chart())

    # -- data ----------------------------------------------------------------------------

    @property
    def instrument(self) -> Instrument | None:
        return self._instrument

    @property
    def points(self) -> tuple[TrendPoint, ...]:
        return self._points

    @property
    def charted_scale(self) -> str:
        return self._scale

    def line_series(self) -> list[QLineSeries]:
        """The score lines (the charted scale first), for tests and screen readers."""
        return list(self._lines)

    def band_series(self) -> list[QAreaSeries]:
        return list(self._bands)

    def point_count(self) -> int:
        """Number of points on the main line (the total, or the charted subscale)."""
        return self._lines[0].count() if self._lines else 0

    def clear(self) -> None:
        self._instrument = None
        self._points = ()
        self._replace_chart(self._new_chart())

    def set_data(
        self, instrument: Instrument, points: Sequence[TrendPoint], scale: str | None = None
    ) -> None:
        """Chart ``points`` (oldest first) of ``instrument``; bands of ``scale`` (default: the
        total, or the first subscale when there is no total)."""
        self._instrument = instrument
        self._points = tuple(sorted(points, key=lambda p: (p.administered_on, p.administration_id)))
        if scale is None:
            scale = TOTAL if instrument.total is not None else instrument.subscales[0].code
        self._scale = scale
        chart = self._new_chart()
        self._replace_chart(chart)
        if instrument.total is not None and scale == TOTAL:
            low, high = instrument.min_total or 0, instrument.max_total or 0
        else:
            sub = instrument.subscale(scale)
            low, high = sub.min_score, sub.max_score

        days = sorted({p.administered_on for p in self._points})
        first = days[0] if days else datetime.date.today()
        span = (days[-1] - first).days if days else 0
        pad = max(2.0, span * 0.06)
        x_min, x_max = -pad, span + pad

        axis_x = QCategoryAxis()
        axis_x.setRange(x_min, x_max)
        axis_x.setStartValue(x_min)
        axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        step = max(1, -(-len(days) // MAX_DATE_LABELS))
        for index, day in enumerate(days):
            if index % step == 0 or index == len(days) - 1:
                axis_x.append(dates.date_text(day), float((day - first).days))
        axis_x.setGridLineColor(QColor(LINE))
        axis_x.setLabelsColor(QColor(MUTED))
        axis_y = QValueAxis()
        axis_y.setRange(low, high)
        axis_y.setLabelFormat("%d")
        axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
        axis_y.setTickAnchor(low)
        axis_y.setTickInterval(_nice_step(high - low))
        axis_y.setGridLineColor(QColor(LINE))
        axis_y.setLabelsColor(QColor(MUTED))
        axis_y.setTitleText(self._axis_title(instrument, scale))
        axis_y.setTitleBrush(QBrush(QColor(MUTED)))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)

        bands = instrument.thresholds(scale)
        ranks = band_ranks([b.code for b in bands])
        # The bands' names stand on a second axis at the right, centred on each band.
        axis_bands = QCategoryAxis()
        axis_bands.setRange(low, high)
        axis_bands.setStartValue(low)
        axis_bands.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        axis_bands.setGridLineVisible(False)
        axis_bands.setLineVisible(False)
        axis_bands.setLabelsColor(QColor(INK))
        for band, rank in zip(bands, ranks, strict=True):
            top = float(band.max + 1 if band.max < high else high)
            upper = QLineSeries()
            upper.append(x_min, top)
            upper.append(x_max, top)
            lower = QLineSeries()
            lower.append(x_min, float(band.min))
            lower.append(x_max, float(band.min))
            area = QAreaSeries(upper, lower)
            upper.setParent(area)  # the area does not own its boundaries; keep them with it
            lower.setParent(area)
            name = band.label_en if labels.english() else band.label_id
            area.setName(f"{name} ({band.min}\u2013{band.max})")
            area.setBrush(QBrush(QColor(tint(rank))))
            area.setPen(QPen(Qt.PenStyle.NoPen))
            chart.addSeries(area)
            area.attachAxis(axis_x)
            area.attachAxis(axis_y)
            self._bands.append(area)
            axis_bands.append(area.name(), top)
        if bands:
            chart.addAxis(axis_bands, Qt.AlignmentFlag.AlignRight)
            self._bands[0].attachAxis(axis_bands)
        else:
            axis_bands.deleteLater()

        scales: list[tuple[str, str]] = []
        if instrument.total is not None:
            scales.append((TOTAL, self.tr("Total score")))
        scales += [(s.code, labels.subscale_name(instrument, s.code)) for s in instrument.subscales]
        scales.sort(key=lambda pair: pair[0] != scale)  # the charted scale first and strongest
        bold = QFont(self.font())
        bold.setBold(True)
        for number, (code, name) in enumerate(scales):
            line = QLineSeries()
            line.setName(name)
            color = QColor(LINE_COLORS[number % len(LINE_COLORS)])
            for point in self._points:
                value = point.total if code == TOTAL else point.subscales.get(code)
                if value is None:
                    continue
                position = QPointF(float((point.administered_on - first).days), float(value))
                line.append(position)
                label = QGraphicsSimpleTextItem(str(value), chart)
                label.setFont(bold)
                label.setBrush(QBrush(color))
                label.setZValue(30)
                self._point_texts.append((label, position, line))
            pen = QPen(color)
            pen.setWidthF(3.0 if number == 0 else 2.0)
            line.setPen(pen)
            line.setPointsVisible(True)
            line.setMarkerSize(8 if number == 0 else 6)
            chart.addSeries(line)
            line.attachAxis(axis_x)
            line.attachAxis(axis_y)
            self._lines.append(line)
        # Bands are named inside the plot; the legend lists the lines when there are several.
        for area in self._bands:
            for marker in chart.legend().markers(area):
                marker.setVisible(False)
        chart.legend().setVisible(len(self._lines) > 1)
        chart.plotAreaChanged.connect(self._place_texts)
        self._place_texts()
        self.setAccessibleDescription(self._describe())

    def _place_texts(self) -> None:
        """Put each point's value just above its marker (Qt's own labels sit on the marker)."""
        chart = self.chart()
        for label, position, line in self._point_texts:
            at = chart.mapToPosition(position, line)
            box = label.boundingRect()
            label.setPos(at.x() - box.width() / 2, at.y() - box.height() - 6)

    def _axis_title(self, instrument: Instrument, scale: str) -> str:
        if scale == TOTAL:
            return self.tr("Score")
        return labels.subscale_name(instrument, scale)

    def _describe(self) -> str:
        """The chart in words, for screen readers: each date with its score and band."""
        parts = []
        for p in self._points:
            if p.total is not None:
                value = str(p.total)
            else:
                value = ", ".join(f"{k} {v}" for k, v in p.subscales.items())
            parts.append(f"{dates.date_text(p.administered_on)}: {value} {p.severity_label}")
        return "; ".join(parts)

    def _new_chart(self) -> QChart:
        chart = QChart()
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 8, 8, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setLabelColor(QColor(INK))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        return chart

    def _replace_chart(self, chart: QChart) -> None:
        self._lines = []
        self._bands = []
        self._point_texts = []
        old = self.chart()
        self.setChart(chart)
        old.deleteLater()

    # -- pictures ------------------------------------------------------------------------

    def png_bytes(self, size: QSize = EXPORT_SIZE, scale: float = EXPORT_SCALE) -> bytes:
        """The chart laid out at ``size`` and drawn ``scale`` times as sharp, as PNG bytes (a
        copy: the widget on screen is not touched). Text keeps its on-screen size relative to
        the chart, so it stays readable when the PDF prints the picture 16 cm wide."""
        copy = TrendChart()
        if self._instrument is not None:
            copy.set_data(self._instrument, self._points, self._scale)
        chart = copy.chart()
        chart.resize(QSizeF(size))
        layout = chart.layout()
        if layout is not None:
            layout.activate()
        copy._place_texts()
        pixmap = QPixmap(round(size.width() * scale), round(size.height() * scale))
        pixmap.fill(QColor("white"))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        # The scene, not the widget: vector drawing scaled into the bigger picture.
        copy.scene().render(
            painter, QRectF(pixmap.rect()), QRectF(0, 0, size.width(), size.height())
        )
        painter.end()
        copy.deleteLater()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        pixmap.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    def save_png(self, path: str, size: QSize = EXPORT_SIZE) -> bool:
        """Write the chart as a PNG file; False when the file cannot be written."""
        from lk3_desktop.ui.pdf_printing import write_private_file

        try:
            write_private_file(Path(path), self.png_bytes(size))
        except OSError:
            return False
        return True
