// SPDX-License-Identifier: GPL-2.0-or-later
#include "terminalwidget.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QFocusEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStyleHints>
#include <QTimer>
#include <QWheelEvent>

#include <vterm.h>

#include <algorithm>
#include <compare>
#include <deque>
#include <tuple>
#include <utility>
#include <vector>

namespace {

constexpr int kMinColumns = 10;
constexpr int kMinRows = 3;
constexpr int kInitialColumns = 80;
constexpr int kInitialRows = 24;
constexpr int kDefaultScrollbackLimit = 5000;
// Output faster than this is painted at most once per interval (about 60 frames a second).
constexpr int kRepaintIntervalMs = 16;
// libvterm marks the right half of a double-width character with this value.
constexpr uint32_t kWideCharTail = 0xFFFFFFFFu;

constexpr QRgb kDefaultForeground = qRgb(0xd6, 0xd6, 0xd0);
constexpr QRgb kDefaultBackground = qRgb(0x15, 0x16, 0x18);
// The 16 ANSI colours, chosen to stay readable on the dark default background.
constexpr QRgb kAnsiColours[16] = {
    qRgb(0x00, 0x00, 0x00), qRgb(0xcc, 0x33, 0x2e), qRgb(0x44, 0xa6, 0x3c), qRgb(0xcb, 0xa1, 0x2a),
    qRgb(0x35, 0x68, 0xc9), qRgb(0xa5, 0x4a, 0xba), qRgb(0x2c, 0xa2, 0xb4), qRgb(0xc6, 0xc6, 0xc2),
    qRgb(0x6c, 0x6c, 0x6c), qRgb(0xf2, 0x55, 0x50), qRgb(0x6f, 0xd8, 0x66), qRgb(0xf3, 0xd4, 0x50),
    qRgb(0x6e, 0x9d, 0xf2), qRgb(0xd2, 0x7e, 0xe6), qRgb(0x5c, 0xd3, 0xe2), qRgb(0xff, 0xff, 0xff),
};

// A place between two cells: selections run from one boundary to another.
struct TextPos {
    int line = 0;   // 0 is the oldest scrollback line; the screen follows the scrollback
    int column = 0; // 0..columns
    auto operator<=>(const TextPos &) const = default;
};

enum class CellKind : quint8 { Blank, Ascii, Other, WideTail };

// What one cell looks like once colours, reverse video, selection and cursor are applied.
struct CellStyle {
    QRgb foreground = 0;
    QRgb background = 0;
    quint8 fontIndex = 0; // bit 0 bold, bit 1 italic
    quint8 underline = VTERM_UNDERLINE_OFF;
    bool strike = false;
    CellKind kind = CellKind::Blank;

    bool drawsTextLike(const CellStyle &other) const {
        return foreground == other.foreground && fontIndex == other.fontIndex &&
               underline == other.underline && strike == other.strike;
    }
};

void appendCodePoint(QString &out, char32_t codePoint) {
    if (QChar::requiresSurrogates(codePoint)) {
        out += QChar(QChar::highSurrogate(codePoint));
        out += QChar(QChar::lowSurrogate(codePoint));
    } else {
        out += QChar(char16_t(codePoint));
    }
}

void appendCellText(QString &out, const VTermScreenCell &cell) {
    if (cell.chars[0] == kWideCharTail)
        return;
    if (cell.chars[0] == 0) {
        out += QLatin1Char(' ');
        return;
    }
    for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && cell.chars[i] != 0; ++i)
        appendCodePoint(out, cell.chars[i]);
}

void chopTrailingSpaces(QString &text) {
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1) == QLatin1Char(' '))
        --end;
    text.truncate(end);
}

bool isWordCharacter(uint32_t codePoint) {
    if (codePoint == 0 || codePoint == ' ' || codePoint == kWideCharTail)
        return false;
    if (QChar::isLetterOrNumber(char32_t(codePoint)))
        return true;
    return QStringView(u"-_.~/:@+%#=?&").contains(QChar(char16_t(codePoint)));
}

VTermModifier vtermModifiers(Qt::KeyboardModifiers modifiers) {
    int result = VTERM_MOD_NONE;
    if (modifiers & Qt::ShiftModifier)
        result |= VTERM_MOD_SHIFT;
    if (modifiers & Qt::ControlModifier)
        result |= VTERM_MOD_CTRL;
    if (modifiers & Qt::AltModifier)
        result |= VTERM_MOD_ALT;
    return VTermModifier(result);
}

VTermKey vtermKeyFor(int key, bool keypad) {
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter: // libvterm's keypad Enter sends LF; guests expect CR like the main key
        return VTERM_KEY_ENTER;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return VTERM_KEY_TAB;
    case Qt::Key_Backspace:
        return VTERM_KEY_BACKSPACE;
    case Qt::Key_Escape:
        return VTERM_KEY_ESCAPE;
    case Qt::Key_Up:
        return VTERM_KEY_UP;
    case Qt::Key_Down:
        return VTERM_KEY_DOWN;
    case Qt::Key_Left:
        return VTERM_KEY_LEFT;
    case Qt::Key_Right:
        return VTERM_KEY_RIGHT;
    case Qt::Key_Insert:
        return VTERM_KEY_INS;
    case Qt::Key_Delete:
        return VTERM_KEY_DEL;
    case Qt::Key_Home:
        return VTERM_KEY_HOME;
    case Qt::Key_End:
        return VTERM_KEY_END;
    case Qt::Key_PageUp:
        return VTERM_KEY_PAGEUP;
    case Qt::Key_PageDown:
        return VTERM_KEY_PAGEDOWN;
    default:
        break;
    }
    if (key >= Qt::Key_F1 && key <= Qt::Key_F12)
        return VTermKey(VTERM_KEY_FUNCTION(key - Qt::Key_F1 + 1));
    if (!keypad)
        return VTERM_KEY_NONE;
    // Keypad keys go through libvterm so that application keypad mode works.
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        return VTermKey(VTERM_KEY_KP_0 + (key - Qt::Key_0));
    switch (key) {
    case Qt::Key_Asterisk:
        return VTERM_KEY_KP_MULT;
    case Qt::Key_Plus:
        return VTERM_KEY_KP_PLUS;
    case Qt::Key_Comma:
        return VTERM_KEY_KP_COMMA;
    case Qt::Key_Minus:
        return VTERM_KEY_KP_MINUS;
    case Qt::Key_Period:
        return VTERM_KEY_KP_PERIOD;
    case Qt::Key_Slash:
        return VTERM_KEY_KP_DIVIDE;
    case Qt::Key_Equal:
        return VTERM_KEY_KP_EQUAL;
    default:
        return VTERM_KEY_NONE;
    }
}

// The classic control character for Ctrl+key, or -1. libvterm would encode Ctrl+I, Ctrl+M,
// Ctrl+[ and Ctrl+digits as "CSI u" sequences, which serial-console guests do not understand.
int controlCharacterFor(const QKeyEvent *event) {
    const int key = event->key();
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return key - Qt::Key_A + 1;
    switch (key) {
    case Qt::Key_At:
    case Qt::Key_Space:
    case Qt::Key_2:
        return 0x00;
    case Qt::Key_BracketLeft:
    case Qt::Key_3:
        return 0x1b;
    case Qt::Key_Backslash:
    case Qt::Key_4:
        return 0x1c;
    case Qt::Key_BracketRight:
    case Qt::Key_5:
        return 0x1d;
    case Qt::Key_AsciiCircum:
    case Qt::Key_6:
        return 0x1e;
    case Qt::Key_Underscore:
    case Qt::Key_Minus:
    case Qt::Key_Slash:
    case Qt::Key_7:
        return 0x1f;
    case Qt::Key_Question:
    case Qt::Key_8:
        return 0x7f;
    default:
        break;
    }
    // Layouts without Latin letters: the platform has usually computed the character already.
    const QString text = event->text();
    if (text.size() == 1 && (text.at(0).unicode() < 0x20 || text.at(0).unicode() == 0x7f))
        return text.at(0).unicode();
    return -1;
}

enum class LocalAction { None, Copy, Paste, PageUp, PageDown };

// Keys the widget keeps for itself instead of sending them to the guest.
LocalAction localActionFor(const QKeyEvent *event) {
    const Qt::KeyboardModifiers modifiers =
        event->modifiers() &
        (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    const int key = event->key();
    if (modifiers == (Qt::ControlModifier | Qt::ShiftModifier)) {
        if (key == Qt::Key_C)
            return LocalAction::Copy;
        if (key == Qt::Key_V)
            return LocalAction::Paste;
    }
    if (modifiers == Qt::ControlModifier && key == Qt::Key_Insert)
        return LocalAction::Copy;
    if (key == Qt::Key_Copy)
        return LocalAction::Copy;
    if (key == Qt::Key_Paste)
        return LocalAction::Paste;
    if (modifiers == Qt::ShiftModifier) {
        switch (key) {
        case Qt::Key_Insert:
            return LocalAction::Paste;
        case Qt::Key_PageUp:
            return LocalAction::PageUp;
        case Qt::Key_PageDown:
            return LocalAction::PageDown;
        default:
            break;
        }
    }
    return LocalAction::None;
}

} // namespace

class TerminalWidgetPrivate {
public:
    explicit TerminalWidgetPrivate(TerminalWidget *owner);
    ~TerminalWidgetPrivate();
    Q_DISABLE_COPY_MOVE(TerminalWidgetPrivate)

    // Collects what libvterm writes while one operation runs, so that the guest gets one
    // input() per key press, paste or feed().
    class OutputBatch {
    public:
        explicit OutputBatch(TerminalWidgetPrivate *d)
            : m_d(d) {
            ++m_d->outputBatchDepth;
        }
        ~OutputBatch() {
            if (--m_d->outputBatchDepth == 0)
                m_d->flushOutput();
        }
        Q_DISABLE_COPY_MOVE(OutputBatch)

    private:
        TerminalWidgetPrivate *m_d;
    };

    static int onDamage(VTermRect rect, void *user);
    static int onMoveCursor(VTermPos pos, VTermPos oldPos, int visible, void *user);
    static int onSetTermProp(VTermProp prop, VTermValue *value, void *user);
    static int onBell(void *user);
    static int onPushLine(int cols, const VTermScreenCell *cells, void *user);
    static int onPopLine(int cols, VTermScreenCell *cells, void *user);
    static void onOutput(const char *bytes, size_t length, void *user);

    int columns() const;
    int rows() const;
    int scrollbackSize() const { return int(scrollback.size()); }
    int lineCount() const { return scrollbackSize() + rows(); }
    int firstVisibleLine() const { return scrollbackSize() - scrollOffset; }

    void fetchLine(int line, VTermScreenCell *cells, int cols) const;
    QString lineText(int line) const;
    bool isBlankLine(int line) const;
    QRgb toRgb(VTermColor colour) const;
    void cellColours(const VTermScreenCell &cell, QRgb &foreground, QRgb &background) const;

    void damageCells(int row, int column, int width, int height);
    void damageAll();
    void flushDamage();
    void requestRepaint(const QRect &pixels);
    void flushOutput();
    void updateScrollBar();
    void updateMetrics();
    void updateBlinkTimer();

    std::pair<TextPos, TextPos> orderedSelection() const;
    TextPos positionAt(QPoint point) const;
    void shiftSelection(int lines);
    void dropSelection();
    void selectWordAt(QPoint point);

    bool wantsKey(const QKeyEvent *event) const;
    bool sendKey(const QKeyEvent *event);
    bool reportsMouseTo(Qt::KeyboardModifiers modifiers) const;
    void reportMouse(const QMouseEvent *event, int button, bool pressed);

    bool cursorOnView() const;
    bool cursorShown() const;
    QRect cursorRect() const;
    void paintRow(QPainter &painter, int viewRow, int cols);

    TerminalWidget *q;
    VTerm *vt = nullptr;
    VTermState *state = nullptr;
    VTermScreen *screen = nullptr;
    VTermScreenCell blankCell{};

    std::deque<std::vector<VTermScreenCell>> scrollback;
    int scrollbackLimit = kDefaultScrollbackLimit;
    int scrollOffset = 0;
    bool scrollbackChanged = false;
    QRect damage;         // in cells of the screen, collected until flushDamage()
    QRect pendingRepaint; // in viewport pixels, waiting for repaintTimer
    QTimer repaintTimer;
    QElapsedTimer sinceRepaint;

    QByteArray pendingOutput;
    int outputBatchDepth = 0;

    VTermPos cursor{0, 0};
    bool cursorVisible = true;
    bool cursorBlink = false;
    bool blinkPhaseOn = true;
    int cursorShape = VTERM_PROP_CURSORSHAPE_BLOCK;
    bool reverseVideo = false;
    int mouseMode = VTERM_PROP_MOUSE_NONE;
    QString title;
    QTimer blinkTimer;

    QRgb defaultForeground = kDefaultForeground;
    QRgb defaultBackground = kDefaultBackground;
    QFont fonts[4];
    int cellWidth = 8;
    int cellHeight = 16;
    int ascent = 12;
    int underlinePos = 2;
    int strikeOutPos = 4;
    int lineWidth = 1;

    bool sizedByViewport = false; // false until the first resize event: keep 80x24 until then

    bool selectionActive = false;
    bool selecting = false;
    TextPos selectionAnchor;
    TextPos selectionEnd;

    // Scratch space for painting, sized once per column count.
    std::vector<VTermScreenCell> rowCells;
    std::vector<CellStyle> rowStyles;
    QString runText;
};

namespace {
const VTermScreenCallbacks kScreenCallbacks = {
    .damage = &TerminalWidgetPrivate::onDamage,
    .moverect = nullptr, // moved areas are reported as damage instead
    .movecursor = &TerminalWidgetPrivate::onMoveCursor,
    .settermprop = &TerminalWidgetPrivate::onSetTermProp,
    .bell = &TerminalWidgetPrivate::onBell,
    .resize = nullptr,
    .sb_pushline = &TerminalWidgetPrivate::onPushLine,
    .sb_popline = &TerminalWidgetPrivate::onPopLine,
};
} // namespace

TerminalWidgetPrivate::TerminalWidgetPrivate(TerminalWidget *owner)
    : q(owner) {
    vt = vterm_new(kInitialRows, kInitialColumns);
    vterm_set_utf8(vt, 1);
    vterm_output_set_callback(vt, &TerminalWidgetPrivate::onOutput, this);
    state = vterm_obtain_state(vt);
    screen = vterm_obtain_screen(vt);
    vterm_screen_enable_altscreen(screen, 1);

    VTermColor foreground;
    VTermColor background;
    vterm_color_rgb(&foreground, qRed(defaultForeground), qGreen(defaultForeground),
                    qBlue(defaultForeground));
    vterm_color_rgb(&background, qRed(defaultBackground), qGreen(defaultBackground),
                    qBlue(defaultBackground));
    vterm_state_set_default_colors(state, &foreground, &background);
    for (int i = 0; i < 16; ++i) {
        VTermColor colour;
        vterm_color_rgb(&colour, qRed(kAnsiColours[i]), qGreen(kAnsiColours[i]),
                        qBlue(kAnsiColours[i]));
        vterm_state_set_palette_color(state, i, &colour);
    }
    vterm_state_set_bold_highbright(state, 1);

    blankCell.width = 1;
    blankCell.fg = foreground;
    blankCell.fg.type =
        uint8_t((foreground.type & ~VTERM_COLOR_DEFAULT_MASK) | VTERM_COLOR_DEFAULT_FG);
    blankCell.bg = background;
    blankCell.bg.type =
        uint8_t((background.type & ~VTERM_COLOR_DEFAULT_MASK) | VTERM_COLOR_DEFAULT_BG);
}

TerminalWidgetPrivate::~TerminalWidgetPrivate() {
    vterm_free(vt);
}

int TerminalWidgetPrivate::onDamage(VTermRect rect, void *user) {
    auto *self = static_cast<TerminalWidgetPrivate *>(user);
    self->damageCells(rect.start_row, rect.start_col, rect.end_col - rect.start_col,
                      rect.end_row - rect.start_row);
    return 1;
}

int TerminalWidgetPrivate::onMoveCursor(VTermPos pos, VTermPos oldPos, int visible, void *user) {
    auto *self = static_cast<TerminalWidgetPrivate *>(user);
    // Two cells wide in case the cursor sits on a double-width character.
    self->damageCells(oldPos.row, oldPos.col, 2, 1);
    self->damageCells(pos.row, pos.col, 2, 1);
    self->cursor = pos;
    self->cursorVisible = visible != 0;
    self->blinkPhaseOn = true;
    if (self->blinkTimer.isActive())
        self->blinkTimer.start();
    return 1;
}

int TerminalWidgetPrivate::onSetTermProp(VTermProp prop, VTermValue *value, void *user) {
    auto *self = static_cast<TerminalWidgetPrivate *>(user);
    switch (prop) {
    case VTERM_PROP_CURSORVISIBLE:
        self->cursorVisible = value->boolean != 0;
        self->damageCells(self->cursor.row, self->cursor.col, 2, 1);
        return 1;
    case VTERM_PROP_CURSORBLINK:
        self->cursorBlink = value->boolean != 0;
        self->updateBlinkTimer();
        self->damageCells(self->cursor.row, self->cursor.col, 2, 1);
        return 1;
    case VTERM_PROP_CURSORSHAPE:
        self->cursorShape = value->number;
        self->damageCells(self->cursor.row, self->cursor.col, 2, 1);
        return 1;
    case VTERM_PROP_ALTSCREEN:
        // Full-screen programs own the screen: show it, not the history above it.
        self->dropSelection();
        self->scrollOffset = 0;
        self->scrollbackChanged = true;
        return 1;
    case VTERM_PROP_REVERSE:
        self->reverseVideo = value->boolean != 0;
        self->damageAll();
        return 1;
    case VTERM_PROP_TITLE: {
        const QString title = QString::fromUtf8(value->string);
        if (title != self->title) {
            self->title = title;
            Q_EMIT self->q->titleChanged(title);
        }
        return 1;
    }
    case VTERM_PROP_MOUSE:
        self->mouseMode = value->number;
        return 1;
    default:
        return 0;
    }
}

int TerminalWidgetPrivate::onBell(void *user) {
    Q_EMIT static_cast<TerminalWidgetPrivate *>(user)->q->bell();
    return 1;
}

int TerminalWidgetPrivate::onPushLine(int cols, const VTermScreenCell *cells, void *user) {
    auto *self = static_cast<TerminalWidgetPrivate *>(user);
    if (self->scrollbackLimit <= 0)
        return 1;
    // Trailing blank cells are implied, which keeps a mostly short-lined history small.
    int used = cols;
    while (used > 0) {
        const VTermScreenCell &cell = cells[used - 1];
        const bool blank = (cell.chars[0] == 0 || cell.chars[0] == ' ') &&
                           VTERM_COLOR_IS_DEFAULT_BG(&cell.bg) && !cell.attrs.reverse &&
                           !cell.attrs.underline && !cell.attrs.strike;
        if (!blank)
            break;
        --used;
    }
    self->scrollback.emplace_back(cells, cells + used);
    // Someone reading the history keeps looking at the same lines.
    if (self->scrollOffset > 0)
        ++self->scrollOffset;
    if (self->scrollbackSize() > self->scrollbackLimit) {
        self->scrollback.pop_front();
        self->shiftSelection(-1);
    }
    self->scrollOffset = std::min(self->scrollOffset, self->scrollbackSize());
    self->scrollbackChanged = true;
    return 1;
}

int TerminalWidgetPrivate::onPopLine(int cols, VTermScreenCell *cells, void *user) {
    auto *self = static_cast<TerminalWidgetPrivate *>(user);
    if (self->scrollback.empty())
        return 0;
    const std::vector<VTermScreenCell> &line = self->scrollback.back();
    const int stored = std::min(cols, int(line.size()));
    std::copy_n(line.begin(), stored, cells);
    std::fill(cells + stored, cells + cols, self->blankCell);
    self->scrollback.pop_back();
    self->scrollOffset = std::min(self->scrollOffset, self->scrollbackSize());
    self->scrollbackChanged = true;
    return 1;
}

void TerminalWidgetPrivate::onOutput(const char *bytes, size_t length, void *user) {
    auto *self = static_cast<TerminalWidgetPrivate *>(user);
    self->pendingOutput.append(bytes, qsizetype(length));
    if (self->outputBatchDepth == 0)
        self->flushOutput();
}

int TerminalWidgetPrivate::columns() const {
    int rowCount = 0;
    int columnCount = 0;
    vterm_get_size(vt, &rowCount, &columnCount);
    return columnCount;
}

int TerminalWidgetPrivate::rows() const {
    int rowCount = 0;
    int columnCount = 0;
    vterm_get_size(vt, &rowCount, &columnCount);
    return rowCount;
}

void TerminalWidgetPrivate::fetchLine(int line, VTermScreenCell *cells, int cols) const {
    if (line < 0 || line >= lineCount()) {
        std::fill(cells, cells + cols, blankCell);
        return;
    }
    if (line < scrollbackSize()) {
        const std::vector<VTermScreenCell> &stored = scrollback[std::size_t(line)];
        const int count = std::min(cols, int(stored.size()));
        std::copy_n(stored.begin(), count, cells);
        std::fill(cells + count, cells + cols, blankCell);
        return;
    }
    VTermPos pos{line - scrollbackSize(), 0};
    for (pos.col = 0; pos.col < cols; ++pos.col) {
        if (!vterm_screen_get_cell(screen, pos, &cells[pos.col]))
            cells[pos.col] = blankCell;
    }
}

QString TerminalWidgetPrivate::lineText(int line) const {
    const int cols = columns();
    std::vector<VTermScreenCell> cells(static_cast<std::size_t>(cols));
    fetchLine(line, cells.data(), cols);
    QString text;
    text.reserve(cols);
    for (const VTermScreenCell &cell : cells)
        appendCellText(text, cell);
    chopTrailingSpaces(text);
    return text;
}

bool TerminalWidgetPrivate::isBlankLine(int line) const {
    return lineText(line).isEmpty();
}

QRgb TerminalWidgetPrivate::toRgb(VTermColor colour) const {
    if (VTERM_COLOR_IS_DEFAULT_FG(&colour))
        return defaultForeground;
    if (VTERM_COLOR_IS_DEFAULT_BG(&colour))
        return defaultBackground;
    vterm_screen_convert_color_to_rgb(screen, &colour);
    return qRgb(colour.rgb.red, colour.rgb.green, colour.rgb.blue);
}

void TerminalWidgetPrivate::cellColours(const VTermScreenCell &cell, QRgb &foreground,
                                        QRgb &background) const {
    foreground = toRgb(cell.fg);
    background = toRgb(cell.bg);
    if (bool(cell.attrs.reverse) != reverseVideo)
        std::swap(foreground, background);
}

void TerminalWidgetPrivate::damageCells(int row, int column, int width, int height) {
    damage |= QRect(column, row, width, height);
}

void TerminalWidgetPrivate::damageAll() {
    damage |= QRect(0, 0, columns(), rows());
}

void TerminalWidgetPrivate::flushDamage() {
    if (scrollbackChanged) {
        scrollbackChanged = false;
        damage = QRect();
        updateScrollBar();
        requestRepaint(q->viewport()->rect());
        return;
    }
    if (damage.isEmpty())
        return;
    const QRect pixels(damage.left() * cellWidth, (damage.top() + scrollOffset) * cellHeight,
                       damage.width() * cellWidth, damage.height() * cellHeight);
    damage = QRect();
    const QRect visible = pixels.intersected(q->viewport()->rect());
    if (!visible.isEmpty())
        requestRepaint(visible);
}

void TerminalWidgetPrivate::requestRepaint(const QRect &pixels) {
    // A guest printing a large file delivers many chunks between two frames; painting each of
    // them would cost more than parsing them.
    pendingRepaint |= pixels;
    if (repaintTimer.isActive())
        return;
    const qint64 elapsed = sinceRepaint.isValid() ? sinceRepaint.elapsed() : kRepaintIntervalMs;
    if (elapsed >= kRepaintIntervalMs) {
        q->viewport()->update(pendingRepaint);
        pendingRepaint = QRect();
    } else {
        repaintTimer.start(int(kRepaintIntervalMs - elapsed));
    }
}

void TerminalWidgetPrivate::flushOutput() {
    if (pendingOutput.isEmpty())
        return;
    QByteArray bytes;
    bytes.swap(pendingOutput);
    Q_EMIT q->input(bytes);
}

void TerminalWidgetPrivate::updateScrollBar() {
    QScrollBar *bar = q->verticalScrollBar();
    // Blocked: the offset is already right and must not be recomputed from a half-set bar.
    const QSignalBlocker blocker(bar);
    bar->setRange(0, scrollbackSize());
    bar->setPageStep(rows());
    bar->setSingleStep(1);
    bar->setValue(scrollbackSize() - scrollOffset);
}

void TerminalWidgetPrivate::updateMetrics() {
    QFont base = q->font();
    base.setKerning(false);
    base.setStyleHint(QFont::TypeWriter);
    const qreal advance = QFontMetricsF(base).horizontalAdvance(QLatin1Char('M'));
    cellWidth = std::max(1, qRound(advance));
    for (int i = 0; i < 4; ++i) {
        QFont font = base;
        font.setBold(i & 1);
        font.setItalic(i & 2);
        // Pad every glyph to the cell width so that runs of text stay on the cell grid.
        const qreal variantAdvance = QFontMetricsF(font).horizontalAdvance(QLatin1Char('M'));
        font.setLetterSpacing(QFont::AbsoluteSpacing, cellWidth - variantAdvance);
        fonts[i] = font;
    }
    const QFontMetrics metrics(fonts[0]);
    cellHeight = std::max(1, metrics.height());
    ascent = metrics.ascent();
    lineWidth = std::max(1, metrics.lineWidth());
    underlinePos =
        std::clamp(metrics.underlinePos(), 1, std::max(1, metrics.descent() - lineWidth));
    strikeOutPos = metrics.strikeOutPos();
}

void TerminalWidgetPrivate::updateBlinkTimer() {
    const int interval = QGuiApplication::styleHints()->cursorFlashTime() / 2;
    if (cursorBlink && interval > 0 && q->hasFocus()) {
        if (!blinkTimer.isActive())
            blinkTimer.start(interval);
    } else {
        blinkTimer.stop();
        blinkPhaseOn = true;
    }
}

std::pair<TextPos, TextPos> TerminalWidgetPrivate::orderedSelection() const {
    return selectionAnchor < selectionEnd ? std::pair(selectionAnchor, selectionEnd)
                                          : std::pair(selectionEnd, selectionAnchor);
}

TextPos TerminalWidgetPrivate::positionAt(QPoint point) const {
    const int cols = columns();
    const int rowCount = rows();
    if (point.y() < 0)
        return {firstVisibleLine(), 0};
    if (point.y() >= rowCount * cellHeight)
        return {firstVisibleLine() + rowCount - 1, cols};
    const int column = std::clamp((point.x() + cellWidth / 2) / cellWidth, 0, cols);
    return {firstVisibleLine() + point.y() / cellHeight, column};
}

void TerminalWidgetPrivate::shiftSelection(int lines) {
    if (!selectionActive && !selecting)
        return;
    selectionAnchor.line += lines;
    selectionEnd.line += lines;
    if (selectionAnchor.line < 0 && selectionEnd.line < 0) {
        dropSelection();
        return;
    }
    for (TextPos *pos : {&selectionAnchor, &selectionEnd}) {
        if (pos->line < 0)
            *pos = TextPos{};
    }
}

void TerminalWidgetPrivate::dropSelection() {
    if (selectionActive)
        q->viewport()->update();
    selectionActive = false;
    selecting = false;
}

void TerminalWidgetPrivate::selectWordAt(QPoint point) {
    const int cols = columns();
    const TextPos pos = positionAt(point);
    std::vector<VTermScreenCell> cells(static_cast<std::size_t>(cols));
    fetchLine(pos.line, cells.data(), cols);
    int column = std::clamp(point.x() / cellWidth, 0, cols - 1);
    if (cells[std::size_t(column)].chars[0] == kWideCharTail && column > 0)
        --column;
    if (!isWordCharacter(cells[std::size_t(column)].chars[0]))
        return;
    int first = column;
    while (first > 0 && (isWordCharacter(cells[std::size_t(first - 1)].chars[0]) ||
                         cells[std::size_t(first - 1)].chars[0] == kWideCharTail))
        --first;
    int last = column;
    while (last + 1 < cols && (isWordCharacter(cells[std::size_t(last + 1)].chars[0]) ||
                               cells[std::size_t(last + 1)].chars[0] == kWideCharTail))
        ++last;
    selectionAnchor = {pos.line, first};
    selectionEnd = {pos.line, last + 1};
    selectionActive = true;
    q->viewport()->update();
}

bool TerminalWidgetPrivate::wantsKey(const QKeyEvent *event) const {
    const Qt::KeyboardModifiers modifiers = event->modifiers();
    // Meta and Ctrl+Alt combinations stay available to the application and desktop.
    if (modifiers & Qt::MetaModifier)
        return false;
    if ((modifiers & Qt::ControlModifier) && (modifiers & Qt::AltModifier))
        return false;
    if (localActionFor(event) != LocalAction::None)
        return true;
    if (vtermKeyFor(event->key(), modifiers & Qt::KeypadModifier) != VTERM_KEY_NONE)
        return true;
    if (modifiers & Qt::ControlModifier)
        return controlCharacterFor(event) >= 0;
    return !event->text().isEmpty();
}

bool TerminalWidgetPrivate::sendKey(const QKeyEvent *event) {
    const Qt::KeyboardModifiers qtModifiers = event->modifiers();
    int modifiers = vtermModifiers(qtModifiers);
    const OutputBatch batch(this);

    const VTermKey key = vtermKeyFor(event->key(), qtModifiers & Qt::KeypadModifier);
    if (key != VTERM_KEY_NONE) {
        if (event->key() == Qt::Key_Backtab)
            modifiers |= VTERM_MOD_SHIFT;
        vterm_keyboard_key(vt, key, VTermModifier(modifiers));
        return true;
    }
    if (qtModifiers & Qt::ControlModifier) {
        const int control = controlCharacterFor(event);
        if (control < 0)
            return false;
        if (qtModifiers & Qt::AltModifier)
            pendingOutput.append('\x1b');
        pendingOutput.append(char(control));
        return true;
    }
    const QString text = event->text();
    if (text.isEmpty())
        return false;
    for (const char32_t codePoint : text.toUcs4())
        vterm_keyboard_unichar(vt, codePoint, VTermModifier(modifiers & VTERM_MOD_ALT));
    return true;
}

bool TerminalWidgetPrivate::reportsMouseTo(Qt::KeyboardModifiers modifiers) const {
    // Shift keeps local selection available while a guest program uses the mouse.
    return mouseMode != VTERM_PROP_MOUSE_NONE && !(modifiers & Qt::ShiftModifier);
}

void TerminalWidgetPrivate::reportMouse(const QMouseEvent *event, int button, bool pressed) {
    const QPoint point = event->position().toPoint();
    const int row = std::clamp(point.y() / cellHeight, 0, rows() - 1) - scrollOffset;
    const int column = std::clamp(point.x() / cellWidth, 0, columns() - 1);
    if (row < 0)
        return;
    const OutputBatch batch(this);
    const VTermModifier modifiers = vtermModifiers(event->modifiers());
    vterm_mouse_move(vt, row, column, modifiers);
    if (button > 0)
        vterm_mouse_button(vt, button, pressed, modifiers);
}

bool TerminalWidgetPrivate::cursorOnView() const {
    return cursor.row + scrollOffset < rows();
}

bool TerminalWidgetPrivate::cursorShown() const {
    if (!cursorVisible || !cursorOnView())
        return false;
    return blinkPhaseOn || !q->hasFocus();
}

QRect TerminalWidgetPrivate::cursorRect() const {
    VTermScreenCell cell;
    int width = 1;
    if (vterm_screen_get_cell(screen, cursor, &cell) && cell.width == 2)
        width = 2;
    return QRect(cursor.col * cellWidth, (cursor.row + scrollOffset) * cellHeight,
                 width * cellWidth, cellHeight);
}

void TerminalWidgetPrivate::paintRow(QPainter &painter, int viewRow, int cols) {
    const int line = firstVisibleLine() + viewRow;
    VTermScreenCell *cells = rowCells.data();
    CellStyle *styles = rowStyles.data();
    fetchLine(line, cells, cols);

    const bool focused = q->hasFocus();
    const bool cursorInRow =
        cursorShown() && line == scrollbackSize() + cursor.row && cursor.col < cols;
    const bool solidCursor = cursorInRow && focused && cursorShape == VTERM_PROP_CURSORSHAPE_BLOCK;
    const QRgb highlight = q->palette().color(QPalette::Highlight).rgb();
    const QRgb highlightedText = q->palette().color(QPalette::HighlightedText).rgb();
    TextPos selectionStart;
    TextPos selectionStop;
    if (selectionActive)
        std::tie(selectionStart, selectionStop) = orderedSelection();

    for (int column = 0; column < cols; ++column) {
        const VTermScreenCell &cell = cells[column];
        CellStyle &style = styles[column];
        if (cell.chars[0] == kWideCharTail && column > 0) {
            style = styles[column - 1];
            style.kind = CellKind::WideTail;
            continue;
        }
        QRgb foreground;
        QRgb background;
        cellColours(cell, foreground, background);
        if (selectionActive) {
            const TextPos pos{line, column};
            if (!(pos < selectionStart) && pos < selectionStop) {
                foreground = highlightedText;
                background = highlight;
            }
        }
        if (solidCursor && column == cursor.col)
            std::swap(foreground, background);
        style.foreground = foreground;
        style.background = background;
        style.fontIndex = quint8((cell.attrs.bold ? 1 : 0) | (cell.attrs.italic ? 2 : 0));
        style.underline = quint8(cell.attrs.underline);
        style.strike = cell.attrs.strike;
        const uint32_t first = cell.chars[0];
        if (first == 0 || first == ' ')
            style.kind = CellKind::Blank;
        else if (first < 0x7f && cell.chars[1] == 0 && cell.width == 1)
            style.kind = CellKind::Ascii;
        else
            style.kind = CellKind::Other;
    }

    const int top = viewRow * cellHeight;
    for (int column = 0; column < cols;) {
        const QRgb background = styles[column].background;
        const int start = column;
        while (column < cols && styles[column].background == background)
            ++column;
        if (background != defaultBackground)
            painter.fillRect(start * cellWidth, top, (column - start) * cellWidth, cellHeight,
                             QColor(background));
    }

    // Text goes out in runs of ASCII cells that look alike; anything else is drawn in its own
    // cell, so that glyphs from fallback fonts cannot push the rest of the row off the grid.
    const QFont *currentFont = nullptr;
    for (int column = 0; column < cols;) {
        const CellStyle &style = styles[column];
        if (style.kind == CellKind::WideTail) {
            ++column;
            continue;
        }
        const int start = column;
        runText.resize(0);
        qsizetype inkLength = 0;
        if (style.kind == CellKind::Other) {
            appendCellText(runText, cells[column]);
            inkLength = runText.size();
            ++column;
            if (column < cols && styles[column].kind == CellKind::WideTail)
                ++column;
        } else {
            while (column < cols &&
                   (styles[column].kind == CellKind::Ascii ||
                    styles[column].kind == CellKind::Blank) &&
                   styles[column].drawsTextLike(style)) {
                if (styles[column].kind == CellKind::Ascii) {
                    runText += QChar(char16_t(cells[column].chars[0]));
                    inkLength = runText.size();
                } else {
                    runText += QLatin1Char(' ');
                }
                ++column;
            }
        }
        const int left = start * cellWidth;
        const int width = (column - start) * cellWidth;
        const QColor colour(style.foreground);
        if (inkLength > 0) {
            runText.truncate(inkLength);
            if (currentFont != &fonts[style.fontIndex]) {
                currentFont = &fonts[style.fontIndex];
                painter.setFont(*currentFont);
            }
            painter.setPen(colour);
            painter.drawText(left, top + ascent, runText);
        }
        if (style.underline != VTERM_UNDERLINE_OFF) {
            const int y = top + ascent + underlinePos;
            painter.fillRect(left, y, width, lineWidth, colour);
            if (style.underline == VTERM_UNDERLINE_DOUBLE)
                painter.fillRect(left, y + 2 * lineWidth, width, lineWidth, colour);
        }
        if (style.strike)
            painter.fillRect(left, top + ascent - strikeOutPos, width, lineWidth, colour);
    }

    if (cursorInRow && !solidCursor) {
        const QRect rect = cursorRect();
        const QColor colour(styles[cursor.col].foreground);
        if (!focused) {
            painter.setPen(colour);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect.adjusted(0, 0, -1, -1));
        } else if (cursorShape == VTERM_PROP_CURSORSHAPE_UNDERLINE) {
            const int height = std::max(2, 2 * lineWidth);
            painter.fillRect(rect.left(), rect.bottom() + 1 - height, rect.width(), height, colour);
        } else {
            painter.fillRect(rect.left(), rect.top(), std::max(2, 2 * lineWidth), rect.height(),
                             colour);
        }
    }
}

TerminalWidget::TerminalWidget(QWidget *parent)
    : QAbstractScrollArea(parent)
    , d(std::make_unique<TerminalWidgetPrivate>(this)) {
    vterm_screen_set_callbacks(d->screen, &kScreenCallbacks, d.get());
    vterm_screen_reset(d->screen, 1);
    d->damage = QRect();

    setAccessibleName(tr("Text console"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always shown: a scroll bar appearing with the first scrolled line would resize the
    // terminal under the guest.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setCursor(Qt::IBeamCursor);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    d->updateMetrics();
    d->updateScrollBar();

    d->repaintTimer.setSingleShot(true);
    connect(&d->repaintTimer, &QTimer::timeout, this, [this] {
        viewport()->update(d->pendingRepaint);
        d->pendingRepaint = QRect();
    });
    connect(&d->blinkTimer, &QTimer::timeout, this, [this] {
        d->blinkPhaseOn = !d->blinkPhaseOn;
        viewport()->update(d->cursorRect());
    });
}

TerminalWidget::~TerminalWidget() = default;

void TerminalWidget::feed(const QByteArray &bytes) {
    if (bytes.isEmpty())
        return;
    {
        const TerminalWidgetPrivate::OutputBatch batch(d.get());
        vterm_input_write(d->vt, bytes.constData(), std::size_t(bytes.size()));
    }
    d->flushDamage();
}

int TerminalWidget::columns() const {
    return d->columns();
}

int TerminalWidget::rows() const {
    return d->rows();
}

QSize TerminalWidget::cellSize() const {
    return QSize(d->cellWidth, d->cellHeight);
}

QString TerminalWidget::lineText(int row) const {
    if (row < 0 || row >= rows())
        return QString();
    return d->lineText(d->scrollbackSize() + row);
}

QString TerminalWidget::screenText() const {
    QStringList lines;
    const int rowCount = rows();
    lines.reserve(rowCount);
    for (int row = 0; row < rowCount; ++row)
        lines.append(lineText(row));
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

QStringList TerminalWidget::scrollback() const {
    QStringList lines;
    lines.reserve(d->scrollbackSize());
    for (int line = 0; line < d->scrollbackSize(); ++line)
        lines.append(d->lineText(line));
    return lines;
}

int TerminalWidget::scrollbackLimit() const {
    return d->scrollbackLimit;
}

void TerminalWidget::setScrollbackLimit(int lines) {
    d->scrollbackLimit = std::max(0, lines);
    int dropped = 0;
    while (d->scrollbackSize() > d->scrollbackLimit) {
        d->scrollback.pop_front();
        ++dropped;
    }
    if (dropped == 0)
        return;
    d->shiftSelection(-dropped);
    d->scrollOffset = std::min(d->scrollOffset, d->scrollbackSize());
    d->updateScrollBar();
    viewport()->update();
}

void TerminalWidget::clearScrollback() {
    d->scrollback.clear();
    d->scrollback.shrink_to_fit();
    d->scrollOffset = 0;
    d->dropSelection();
    d->updateScrollBar();
    viewport()->update();
}

int TerminalWidget::scrollOffset() const {
    return d->scrollOffset;
}

void TerminalWidget::scrollToBottom() {
    if (d->scrollOffset == 0)
        return;
    d->scrollOffset = 0;
    d->updateScrollBar();
    viewport()->update();
}

QPoint TerminalWidget::cursorPosition() const {
    VTermPos pos;
    vterm_state_get_cursorpos(d->state, &pos);
    return QPoint(pos.col, pos.row);
}

bool TerminalWidget::isCursorVisible() const {
    return d->cursorVisible;
}

QString TerminalWidget::title() const {
    return d->title;
}

QColor TerminalWidget::foregroundAt(int column, int row) const {
    VTermScreenCell cell;
    if (!vterm_screen_get_cell(d->screen, VTermPos{row, column}, &cell))
        return QColor();
    QRgb foreground;
    QRgb background;
    d->cellColours(cell, foreground, background);
    return QColor(foreground);
}

QColor TerminalWidget::backgroundAt(int column, int row) const {
    VTermScreenCell cell;
    if (!vterm_screen_get_cell(d->screen, VTermPos{row, column}, &cell))
        return QColor();
    QRgb foreground;
    QRgb background;
    d->cellColours(cell, foreground, background);
    return QColor(background);
}

QColor TerminalWidget::defaultForeground() const {
    return QColor(d->defaultForeground);
}

QColor TerminalWidget::defaultBackground() const {
    return QColor(d->defaultBackground);
}

bool TerminalWidget::hasSelection() const {
    return d->selectionActive && d->selectionAnchor != d->selectionEnd;
}

QString TerminalWidget::selectedText() const {
    if (!hasSelection())
        return QString();
    const auto [start, stop] = d->orderedSelection();
    const int cols = columns();
    std::vector<VTermScreenCell> cells(static_cast<std::size_t>(cols));
    QString text;
    QString lineBuffer;
    for (int line = start.line; line <= stop.line; ++line) {
        d->fetchLine(line, cells.data(), cols);
        const int from = line == start.line ? start.column : 0;
        const int to = line == stop.line ? stop.column : cols;
        lineBuffer.resize(0);
        for (int column = from; column < to; ++column)
            appendCellText(lineBuffer, cells[std::size_t(column)]);
        chopTrailingSpaces(lineBuffer);
        text += lineBuffer;
        if (line != stop.line)
            text += QLatin1Char('\n');
    }
    return text;
}

void TerminalWidget::selectAll() {
    // Up to the last line with text, not the empty rows below it.
    int last = d->lineCount() - 1;
    while (last > 0 && d->isBlankLine(last))
        --last;
    d->selecting = false;
    d->selectionAnchor = TextPos{0, 0};
    d->selectionEnd = TextPos{last, columns()};
    d->selectionActive = true;
    viewport()->update();
}

void TerminalWidget::clearSelection() {
    d->dropSelection();
}

void TerminalWidget::copy() {
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text, QClipboard::Clipboard);
}

void TerminalWidget::paste() {
    pasteText(QGuiApplication::clipboard()->text(QClipboard::Clipboard));
}

void TerminalWidget::pasteText(const QString &text) {
    if (text.isEmpty())
        return;
    QString normalized = text;
    // A terminal's Enter is CR; and a pasted end marker must not end bracketed paste early.
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\r"));
    normalized.replace(QLatin1Char('\n'), QLatin1Char('\r'));
    normalized.remove(QLatin1String("\x1b[201~"));
    {
        const TerminalWidgetPrivate::OutputBatch batch(d.get());
        vterm_keyboard_start_paste(d->vt);
        d->pendingOutput.append(normalized.toUtf8());
        vterm_keyboard_end_paste(d->vt);
    }
    scrollToBottom();
}

void TerminalWidget::clearScreen() {
    // CAN first: it abandons any escape sequence the guest left half-sent.
    static constexpr char kClear[] = "\x18\x1b[H\x1b[2J";
    {
        const TerminalWidgetPrivate::OutputBatch batch(d.get());
        vterm_input_write(d->vt, kClear, sizeof(kClear) - 1);
    }
    d->dropSelection();
    d->flushDamage();
}

void TerminalWidget::resetTerminal() {
    {
        const TerminalWidgetPrivate::OutputBatch batch(d.get());
        vterm_screen_reset(d->screen, 1);
    }
    clearScrollback();
    d->damage = QRect();
    viewport()->update();
}

QSize TerminalWidget::sizeHint() const {
    const int frame = 2 * frameWidth();
    return QSize(kInitialColumns * d->cellWidth + frame + verticalScrollBar()->sizeHint().width(),
                 kInitialRows * d->cellHeight + frame);
}

QSize TerminalWidget::minimumSizeHint() const {
    const int frame = 2 * frameWidth();
    return QSize(kMinColumns * d->cellWidth + frame + verticalScrollBar()->sizeHint().width(),
                 kMinRows * d->cellHeight + frame);
}

QVariant TerminalWidget::inputMethodQuery(Qt::InputMethodQuery query) const {
    switch (query) {
    case Qt::ImEnabled:
        return true;
    case Qt::ImCursorRectangle:
        return QRect(d->cursorRect().translated(viewport()->pos()));
    case Qt::ImFont:
        return QVariant::fromValue(d->fonts[0]);
    default:
        return QAbstractScrollArea::inputMethodQuery(query);
    }
}

bool TerminalWidget::event(QEvent *event) {
    // Keys the guest understands win over application shortcuts while the console has focus.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *keyEvent = static_cast<QKeyEvent *>(event);
        if (d->wantsKey(keyEvent)) {
            keyEvent->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

bool TerminalWidget::focusNextPrevChild(bool) {
    return false; // Tab and Shift+Tab belong to the guest
}

void TerminalWidget::changeEvent(QEvent *event) {
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        d->updateMetrics();
        if (d->sizedByViewport)
            updateTerminalSize();
        updateGeometry();
        viewport()->update();
    }
}

void TerminalWidget::resizeEvent(QResizeEvent *event) {
    QAbstractScrollArea::resizeEvent(event);
    d->sizedByViewport = true;
    updateTerminalSize();
}

void TerminalWidget::updateTerminalSize() {
    const QSize area = viewport()->size();
    const int cols = std::max(kMinColumns, area.width() / d->cellWidth);
    const int rowCount = std::max(kMinRows, area.height() / d->cellHeight);
    if (cols == columns() && rowCount == rows())
        return;
    d->dropSelection();
    vterm_set_size(d->vt, rowCount, cols);
    d->damage = QRect();
    d->scrollbackChanged = false;
    d->scrollOffset = std::min(d->scrollOffset, d->scrollbackSize());
    d->updateScrollBar();
    viewport()->update();
    Q_EMIT terminalSizeChanged(cols, rowCount);
}

void TerminalWidget::scrollViewBy(int linesBack) {
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() - linesBack);
}

void TerminalWidget::scrollContentsBy(int, int) {
    const QScrollBar *bar = verticalScrollBar();
    d->scrollOffset = std::clamp(bar->maximum() - bar->value(), 0, d->scrollbackSize());
    viewport()->update();
}

void TerminalWidget::paintEvent(QPaintEvent *event) {
    d->sinceRepaint.start();
    QPainter painter(viewport());
    const QRect area = event->rect();
    painter.fillRect(area, QColor(d->defaultBackground));
    const int cols = columns();
    if (int(d->rowCells.size()) != cols) {
        d->rowCells.resize(std::size_t(cols));
        d->rowStyles.resize(std::size_t(cols));
        d->runText.reserve(cols * 2);
    }
    const int firstRow = std::max(0, area.top() / d->cellHeight);
    const int lastRow = std::min(rows() - 1, area.bottom() / d->cellHeight);
    for (int row = firstRow; row <= lastRow; ++row)
        d->paintRow(painter, row, cols);
}

void TerminalWidget::keyPressEvent(QKeyEvent *event) {
    switch (localActionFor(event)) {
    case LocalAction::Copy:
        copy();
        event->accept();
        return;
    case LocalAction::Paste:
        paste();
        event->accept();
        return;
    case LocalAction::PageUp:
        scrollViewBy(rows());
        event->accept();
        return;
    case LocalAction::PageDown:
        scrollViewBy(-rows());
        event->accept();
        return;
    case LocalAction::None:
        break;
    }
    if (!d->sendKey(event)) {
        event->ignore();
        return;
    }
    event->accept();
    scrollToBottom();
}

void TerminalWidget::inputMethodEvent(QInputMethodEvent *event) {
    const QString text = event->commitString();
    if (!text.isEmpty()) {
        {
            const TerminalWidgetPrivate::OutputBatch batch(d.get());
            for (const char32_t codePoint : text.toUcs4())
                vterm_keyboard_unichar(d->vt, codePoint, VTERM_MOD_NONE);
        }
        scrollToBottom();
    }
    event->accept();
}

void TerminalWidget::mousePressEvent(QMouseEvent *event) {
    if (d->reportsMouseTo(event->modifiers())) {
        const int button = event->button() == Qt::LeftButton     ? 1
                           : event->button() == Qt::MiddleButton ? 2
                           : event->button() == Qt::RightButton  ? 3
                                                                 : 0;
        d->reportMouse(event, button, true);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton) {
        d->dropSelection();
        d->selectionAnchor = d->positionAt(event->position().toPoint());
        d->selectionEnd = d->selectionAnchor;
        d->selecting = true;
        event->accept();
    } else if (event->button() == Qt::MiddleButton) {
        QClipboard *clipboard = QGuiApplication::clipboard();
        pasteText(clipboard->text(clipboard->supportsSelection() ? QClipboard::Selection
                                                                 : QClipboard::Clipboard));
        event->accept();
    } else {
        QAbstractScrollArea::mousePressEvent(event);
    }
}

void TerminalWidget::mouseMoveEvent(QMouseEvent *event) {
    if (d->reportsMouseTo(event->modifiers()) && !d->selecting) {
        d->reportMouse(event, 0, false);
        return;
    }
    if (!d->selecting || !(event->buttons() & Qt::LeftButton))
        return;
    const QPoint point = event->position().toPoint();
    // Dragging past the edge scrolls through the history.
    if (point.y() < 0)
        scrollViewBy(1);
    else if (point.y() >= viewport()->height())
        scrollViewBy(-1);
    d->selectionEnd = d->positionAt(point);
    d->selectionActive = d->selectionEnd != d->selectionAnchor;
    viewport()->update();
}

void TerminalWidget::mouseReleaseEvent(QMouseEvent *event) {
    if (d->reportsMouseTo(event->modifiers()) && !d->selecting) {
        const int button = event->button() == Qt::LeftButton     ? 1
                           : event->button() == Qt::MiddleButton ? 2
                           : event->button() == Qt::RightButton  ? 3
                                                                 : 0;
        d->reportMouse(event, button, false);
        return;
    }
    if (event->button() != Qt::LeftButton || !d->selecting)
        return;
    d->selecting = false;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (hasSelection() && clipboard->supportsSelection())
        clipboard->setText(selectedText(), QClipboard::Selection);
}

void TerminalWidget::mouseDoubleClickEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton || d->reportsMouseTo(event->modifiers())) {
        mousePressEvent(event);
        return;
    }
    d->selecting = false;
    d->selectWordAt(event->position().toPoint());
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (hasSelection() && clipboard->supportsSelection())
        clipboard->setText(selectedText(), QClipboard::Selection);
}

void TerminalWidget::wheelEvent(QWheelEvent *event) {
    if (d->reportsMouseTo(event->modifiers()) && event->angleDelta().y() != 0) {
        const QPoint point = event->position().toPoint();
        const int row = std::clamp(point.y() / d->cellHeight, 0, rows() - 1) - d->scrollOffset;
        if (row >= 0) {
            const TerminalWidgetPrivate::OutputBatch batch(d.get());
            const VTermModifier modifiers = vtermModifiers(event->modifiers());
            vterm_mouse_move(d->vt, row, std::clamp(point.x() / d->cellWidth, 0, columns() - 1),
                             modifiers);
            const int button = event->angleDelta().y() > 0 ? 4 : 5;
            vterm_mouse_button(d->vt, button, true, modifiers);
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TerminalWidget::contextMenuEvent(QContextMenuEvent *event) {
    if (d->reportsMouseTo(event->modifiers()) && event->reason() == QContextMenuEvent::Mouse)
        return; // the right button went to the guest
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("&Copy"));
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyAction->setEnabled(hasSelection());
    connect(copyAction, &QAction::triggered, this, &TerminalWidget::copy);
    QAction *pasteAction = menu.addAction(tr("&Paste"));
    pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    pasteAction->setEnabled(!QGuiApplication::clipboard()->text().isEmpty());
    connect(pasteAction, &QAction::triggered, this, &TerminalWidget::paste);
    menu.addSeparator();
    connect(menu.addAction(tr("Select &All")), &QAction::triggered, this,
            &TerminalWidget::selectAll);
    connect(menu.addAction(tr("C&lear Scrollback")), &QAction::triggered, this,
            &TerminalWidget::clearScrollback);
    connect(menu.addAction(tr("&Reset Terminal")), &QAction::triggered, this,
            &TerminalWidget::resetTerminal);
    menu.exec(event->globalPos());
}

void TerminalWidget::focusInEvent(QFocusEvent *event) {
    QAbstractScrollArea::focusInEvent(event);
    {
        const TerminalWidgetPrivate::OutputBatch batch(d.get());
        vterm_state_focus_in(d->state);
    }
    d->blinkPhaseOn = true;
    d->updateBlinkTimer();
    viewport()->update(d->cursorRect());
}

void TerminalWidget::focusOutEvent(QFocusEvent *event) {
    QAbstractScrollArea::focusOutEvent(event);
    {
        const TerminalWidgetPrivate::OutputBatch batch(d.get());
        vterm_state_focus_out(d->state);
    }
    d->updateBlinkTimer();
    viewport()->update(d->cursorRect());
}
