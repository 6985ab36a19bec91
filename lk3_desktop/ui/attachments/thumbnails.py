"""Small pictures of attached documents, made in memory from their bytes and never written
anywhere: a picture scaled down, a PDF's first page rendered."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader, QPainter, QPixmap

from lk3_desktop.core.attachments import MIME_PDF

THUMB = QSize(56, 72)


def thumbnail(mime: str, data: bytes, size: QSize = THUMB) -> QPixmap | None:
    """A pixmap of at most ``size``; None when the bytes cannot be shown."""
    image = _pdf_first_page(data, size) if mime == MIME_PDF else upright_image(data, size)
    if image is None or image.isNull():
        return None
    return QPixmap.fromImage(image)


def upright_image(data: bytes, size: QSize | None = None) -> QImage:
    """The picture in ``data`` turned as its camera meant it (a phone's EXIF orientation),
    scaled to fit ``size`` when given; a null image when the bytes are not a picture."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    full = reader.size()
    if size is not None and full.isValid():
        # the scaled size is of the picture as stored, before it is turned
        turned = reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90
        room = size.transposed() if turned else size
        reader.setScaledSize(full.scaled(room, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    return image


def _pdf_first_page(data: bytes, size: QSize) -> QImage | None:
    from lk3_desktop.ui.pdf_printing import load_pdf

    try:
        document, buffer = load_pdf(data)
    except OSError:
        return None
    try:
        points = document.pagePointSize(0)
        target = points.toSize().scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
        page = document.render(0, target)
        paper = QImage(page.size(), QImage.Format.Format_RGB32)  # a page is white paper
        paper.fill(Qt.GlobalColor.white)
        painter = QPainter(paper)
        painter.drawImage(0, 0, page)
        painter.end()
        return paper
    finally:
        document.close()
        buffer.close()
