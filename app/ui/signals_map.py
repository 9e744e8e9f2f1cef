"""A schematic map of Kazakhstan's 20 regions, drawn by the program (no internet, no map files).

Each region is a tile on a 7 x 5 grid, placed roughly where it lies: west to east, north to south
(Astana beside Akmola, Almaty city below Almaty region, Shymkent below Turkistan; the three cities of
republican significance are smaller tiles). A tile is coloured by the highest level of the signals
in it and carries a mark as well (one "!" for a watch, two for an alert), so colour is never the only
sign. A click or Enter/Space selects a region, the arrow keys move between tiles, Escape clears the
choice; ``region_selected(code)`` tells the page ("" for none).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTextOption,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.models.reference import REGIONS

COLUMNS, ROWS = 7, 5


@dataclass(frozen=True)
class Tile:
    code: str
    column: float
    row: float
    width: float = 1.0
    height: float = 1.0
    city: bool = False


# Where each region sits on the grid (column, row, width, height), read off the map of the country.
TILES: tuple[Tile, ...] = (
    Tile("KZ-27", 0, 0),  # West Kazakhstan
    Tile("KZ-15", 1, 0, 1, 2),  # Aktobe
    Tile("KZ-39", 2, 0),  # Kostanay
    Tile("KZ-59", 3, 0),  # North Kazakhstan
    Tile("KZ-55", 4, 0, 2, 1),  # Pavlodar
    Tile("KZ-63", 6, 0, 1, 2),  # East Kazakhstan
    Tile("KZ-23", 0, 1),  # Atyrau
    Tile("KZ-62", 2, 1),  # Ulytau
    Tile("KZ-11", 3, 1),  # Akmola
    Tile("KZ-71", 4, 1, city=True),  # Astana
    Tile("KZ-10", 5, 1),  # Abai
    Tile("KZ-47", 0, 2, 1, 2),  # Mangystau
    Tile("KZ-43", 1, 2, 2, 1),  # Kyzylorda
    Tile("KZ-35", 3, 2, 2, 1),  # Karaganda
    Tile("KZ-33", 5, 2, 2, 1),  # Zhetysu
    Tile("KZ-61", 1, 3, 2, 1),  # Turkistan
    Tile("KZ-31", 3, 3),  # Zhambyl
    Tile("KZ-19", 4, 3, 2, 1),  # Almaty Region
    Tile("KZ-79", 2, 4, city=True),  # Shymkent
    Tile("KZ-75", 5, 4, city=True),  # Almaty
)

LEVEL_COLOURS = {
    "normal": QColor("#dfeedd"),
    "watch": QColor("#f7c948"),
    "alert": QColor("#d64545"),
}
NO_DATA = QColor("#eeeeee")  # a region outside the unit's places: nothing is counted there
MARKS = {"normal": "", "watch": "!", "alert": "!!"}
_TEXT_ON = {"alert": QColor("#ffffff")}  # dark fill: white letters
_GAP = 4.0
_MIN_POINT_SIZE = 6.5

# The words that only say what kind of region it is; a tile has no room for them.
_GENERIC = (" облысы", " қаласы", " область", "область ", "город ", " Region")


def short_name(full: str) -> str:
    text = full
    for word in _GENERIC:
        text = text.replace(word, "")
    return text.strip()


def region_full_names(lang: str) -> dict[str, str]:
    """Region code -> its full name in the language, for sentences ("Жамбылская область")."""
    field = {"kk": "name_kk", "ru": "name_ru"}.get(lang, "name_en")
    return {region.code: str(getattr(region, field)) for region in REGIONS}


def region_names(lang: str) -> dict[str, str]:
    """Region code -> its short name in the language (the reference data the regions table holds).

    Where two short names would be the same (Almaty region and the city of Almaty in Kazakh and
    English), both keep their full names."""
    full = region_full_names(lang)
    short = {code: short_name(name) for code, name in full.items()}
    taken = Counter(short.values())
    return {code: name if taken[name] == 1 else full[code] for code, name in short.items()}


class RegionMap(QWidget):
    region_selected = Signal(str)  # region code, "" when the choice is cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("region_map")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.names: dict[str, str] = {}
        self.levels: dict[str, str] = {}  # region -> level; a region absent is outside the unit's places
        self.counts: dict[str, int] = {}  # region -> number of raised signals
        self.selected = ""
        self._focus = TILES[0].code  # the tile the keyboard is on
        self.level_words: dict[str, str] = {}
        self.no_data_word = ""

    # --- what it shows -------------------------------------------------------------------------------

    def set_names(self, names: dict[str, str], level_words: dict[str, str], no_data_word: str) -> None:
        self.names = names
        self.level_words = level_words
        self.no_data_word = no_data_word
        self._update_accessible()
        self.update()

    def set_levels(self, levels: dict[str, str], counts: dict[str, int]) -> None:
        self.levels = dict(levels)
        self.counts = dict(counts)
        self._update_accessible()
        self.update()

    def level_of(self, code: str) -> str | None:
        return self.levels.get(code)

    def select(self, code: str) -> None:
        if code == self.selected:
            return
        self.selected = code
        if code:
            self._focus = code
        self._update_accessible()
        self.update()
        self.region_selected.emit(code)

    def tooltip_of(self, code: str) -> str:
        name = self.names.get(code, code)
        level = self.levels.get(code)
        if level is None:
            return f"{name}: {self.no_data_word}"
        raised = self.counts.get(code, 0)
        return f"{name}: {self.level_words.get(level, level)}" + (f" ({raised})" if raised else "")

    def _update_accessible(self) -> None:
        self.setAccessibleDescription(self.tooltip_of(self._focus))

    # --- geometry -----------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(600, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(350, 210)

    def tile_rect(self, tile: Tile) -> QRectF:
        cell_w = self.width() / COLUMNS
        cell_h = self.height() / ROWS
        rect = QRectF(
            tile.column * cell_w + _GAP / 2,
            tile.row * cell_h + _GAP / 2,
            tile.width * cell_w - _GAP,
            tile.height * cell_h - _GAP,
        )
        if tile.city:  # a city: a smaller tile in its cell, so it reads as a city, not a region
            inset = min(rect.width(), rect.height()) * 0.1
            rect = rect.adjusted(inset, inset, -inset, -inset)
        return rect

    def tile_at(self, point: QPointF) -> Tile | None:
        return next((tile for tile in TILES if self.tile_rect(tile).contains(point)), None)

    def tile_of(self, code: str) -> Tile:
        return next(tile for tile in TILES if tile.code == code)

    # --- drawing ------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = QFont(self.font())
        for tile in TILES:
            self._paint_tile(painter, tile, base)
        painter.end()

    def _paint_tile(self, painter: QPainter, tile: Tile, base: QFont) -> None:
        rect = self.tile_rect(tile)
        level = self.levels.get(tile.code)
        fill = LEVEL_COLOURS[level] if level is not None else NO_DATA
        selected = tile.code == self.selected
        focused = self.hasFocus() and tile.code == self._focus
        pen = QPen(QColor("#1f1f1f") if selected else QColor("#8a8a8a"), 3.0 if selected else 1.0)
        painter.setPen(pen)
        painter.setBrush(fill)
        radius = 10.0 if tile.city else 4.0
        painter.drawRoundedRect(rect, radius, radius)
        if focused:  # the keyboard's place: a dashed ring inside the tile
            painter.setPen(QPen(QColor("#1a56b0"), 2.0, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), radius, radius)

        ink = _TEXT_ON.get(level or "", QColor("#1f1f1f")) if level is not None else QColor("#6b6b6b")
        painter.setPen(ink)
        mark = MARKS.get(level or "normal", "")
        text_rect = rect.adjusted(4, 3, -4, -3)
        if mark:
            bold = QFont(base)
            bold.setBold(True)
            painter.setFont(bold)
            mark_height = QFontMetricsF(bold).height()
            painter.drawText(
                QRectF(text_rect.left(), text_rect.top(), text_rect.width(), mark_height),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                mark,
            )
        name = self.names.get(tile.code, tile.code)
        font, fits = self._fitting_font(base, name, text_rect, bold=selected)
        painter.setFont(font)
        option = QTextOption(Qt.AlignmentFlag.AlignCenter)
        # A word too long for the tile even at the smallest size is broken rather than cut off.
        option.setWrapMode(
            QTextOption.WrapMode.WordWrap if fits else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        )
        painter.drawText(text_rect, name, option)

    @staticmethod
    def _fitting_font(base: QFont, text: str, rect: QRectF, *, bold: bool) -> tuple[QFont, bool]:
        """The largest size up to the widget's own at which the name fits its tile, wrapped between
        words only: "Шымкент" is made smaller rather than broken into "Шымкен / т"."""
        font = QFont(base)
        font.setBold(bold)
        size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        words = text.replace("-", "- ").split()
        while size > _MIN_POINT_SIZE:
            font.setPointSizeF(size)
            metrics = QFontMetricsF(font)
            widest = max((metrics.horizontalAdvance(word) for word in words), default=0.0)
            needed = metrics.boundingRect(rect, flags, text)
            if widest <= rect.width() - 2 and needed.height() <= rect.height() + 0.5:
                return font, True
            size -= 0.5
        font.setPointSizeF(_MIN_POINT_SIZE)
        return font, False

    # --- mouse and keyboard -------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            tile = self.tile_at(event.position())
            if tile is not None:
                self._focus = tile.code
                self.select("" if tile.code == self.selected else tile.code)  # a second click clears
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        tile = self.tile_at(event.position())
        self.setToolTip(self.tooltip_of(tile.code) if tile is not None else "")
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        directions = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in directions:
            self._move(*directions[Qt.Key(key)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.select(self._focus)
        elif key == Qt.Key.Key_Escape and self.selected:
            self.select("")
        else:
            super().keyPressEvent(event)

    def _move(self, dx: int, dy: int) -> None:
        """To the nearest tile whose centre lies in that direction (sideways distance counts double)."""
        here = self.tile_of(self._focus)
        hx, hy = here.column + here.width / 2, here.row + here.height / 2
        best: tuple[float, str] | None = None
        for tile in TILES:
            tx, ty = tile.column + tile.width / 2, tile.row + tile.height / 2
            ahead = (tx - hx) * dx + (ty - hy) * dy
            if ahead <= 0.01:
                continue
            sideways = abs((tx - hx) * dy) + abs((ty - hy) * dx)
            score = ahead + 2 * sideways
            if best is None or score < best[0]:
                best = (score, tile.code)
        if best is not None:
            self._focus = best[1]
            self._update_accessible()
            self.update()

    def focus_code(self) -> str:
        return self._focus

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)


class MapLegend(QWidget):
    """What the colours and marks of the map mean: a swatch with its mark and word for each level."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_legend")
        self.entries: list[tuple[QColor, str, str]] = []  # fill, mark, words
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_entries(self, entries: list[tuple[QColor, str, str]]) -> None:
        self.entries = entries
        self.updateGeometry()
        self.update()

    def _swatch(self) -> float:
        return QFontMetricsF(self.font()).height() * 1.3

    def _layout(self, width: float) -> list[tuple[QRectF, int]]:
        """Each entry's place, wrapped onto more lines when the words do not fit one."""
        metrics = QFontMetricsF(self.font())
        swatch = self._swatch()
        x, y, places = 0.0, 0.0, []
        for index, (_, _, words) in enumerate(self.entries):
            entry_width = swatch + 6 + metrics.horizontalAdvance(words) + 18
            if x > 0 and x + entry_width > width:
                x, y = 0.0, y + swatch + 4
            places.append((QRectF(x, y, entry_width, swatch), index))
            x += entry_width
        return places

    def sizeHint(self) -> QSize:
        places = self._layout(max(self.width(), 200))
        bottom = max((rect.bottom() for rect, _ in places), default=self._swatch())
        return QSize(400, int(bottom) + 2)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        places = self._layout(max(width, 100))
        return int(max((rect.bottom() for rect, _ in places), default=self._swatch())) + 2

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        swatch = self._swatch()
        for rect, index in self._layout(self.width()):
            fill, mark, words = self.entries[index]
            box = QRectF(rect.left(), rect.top(), swatch, swatch)
            painter.setPen(QPen(QColor("#8a8a8a"), 1.0))
            painter.setBrush(fill)
            painter.drawRoundedRect(box, 3, 3)
            if mark:
                bold = QFont(self.font())
                bold.setBold(True)
                painter.setFont(bold)
                painter.setPen(QColor("#ffffff") if fill == LEVEL_COLOURS["alert"] else QColor("#1f1f1f"))
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), mark)
            painter.setFont(self.font())
            painter.setPen(self.palette().windowText().color())
            text_box = QRectF(box.right() + 6, rect.top(), rect.width() - swatch - 6, swatch)
            painter.drawText(text_box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), words)
        painter.end()
