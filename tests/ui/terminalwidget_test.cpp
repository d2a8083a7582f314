// SPDX-License-Identifier: GPL-2.0-or-later
#include "terminalwidget.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPixmap>
#include <QScrollBar>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <functional>
#include <ostream>

// Readable failure messages (internal linkage: other test files may define their own).
static void PrintTo(const QString &text, std::ostream *out) {
    *out << '"' << text.toStdString() << '"';
}
static void PrintTo(const QByteArray &bytes, std::ostream *out) {
    *out << '"' << bytes.toPercentEncoding(" !\"#$&'()*+,-./:;<=>?@[]^_`{|}~").toStdString() << '"';
}

namespace {

// Everything the widget sends to the guest while `action` runs.
QByteArray inputDuring(TerminalWidget &terminal, const std::function<void()> &action) {
    QByteArray bytes;
    const QMetaObject::Connection connection = QObject::connect(
        &terminal, &TerminalWidget::input, [&bytes](const QByteArray &chunk) { bytes += chunk; });
    action();
    QObject::disconnect(connection);
    return bytes;
}

QByteArray keyBytes(TerminalWidget &terminal, int key,
                    Qt::KeyboardModifiers modifiers = Qt::NoModifier,
                    const QString &text = QString()) {
    return inputDuring(terminal, [&] {
        QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
        QCoreApplication::sendEvent(&terminal, &press);
    });
}

void sendMouse(TerminalWidget &terminal, QEvent::Type type, QPoint pos, Qt::MouseButton button,
               Qt::MouseButtons buttons) {
    QWidget *viewport = terminal.viewport();
    QMouseEvent event(type, QPointF(pos), QPointF(viewport->mapToGlobal(pos)), button, buttons,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &event);
}

// Centre of a cell, in viewport coordinates.
QPoint cellCentre(const TerminalWidget &terminal, int column, int row) {
    const QSize cell = terminal.cellSize();
    return QPoint(column * cell.width() + cell.width() / 2,
                  row * cell.height() + cell.height() / 2);
}

void setClipboardText(const QString &text) {
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setText(text, QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->setText(text, QClipboard::Selection);
}

bool isReddish(const QColor &colour) {
    return colour.red() > 150 && colour.green() < 110 && colour.blue() < 110;
}

QString lines(int first, int last) {
    QStringList result;
    for (int i = first; i <= last; ++i)
        result.append(QStringLiteral("line %1").arg(i));
    return result.join(QLatin1Char('\n'));
}

} // namespace

TEST(TerminalWidget, StartsWithDefaultSizeAndAccessibleName) {
    TerminalWidget terminal;
    EXPECT_EQ(terminal.accessibleName(), QStringLiteral("Text console"));
    EXPECT_EQ(terminal.columns(), 80);
    EXPECT_EQ(terminal.rows(), 24);
    EXPECT_EQ(terminal.cursorPosition(), QPoint(0, 0));
    EXPECT_TRUE(terminal.screenText().isEmpty());
    EXPECT_TRUE(terminal.scrollback().isEmpty());
    EXPECT_GT(terminal.cellSize().width(), 0);
    EXPECT_GT(terminal.cellSize().height(), terminal.cellSize().width());
    // Dark by default: light text on a near-black background.
    EXPECT_LT(terminal.defaultBackground().lightness(), 40);
    EXPECT_GT(terminal.defaultForeground().lightness(), 180);
    EXPECT_EQ(terminal.focusPolicy(), Qt::StrongFocus);
}

TEST(TerminalWidget, PlainTextAndCrLfLandOnTheirRows) {
    TerminalWidget terminal;
    terminal.feed("hello\r\nworld");
    EXPECT_EQ(terminal.lineText(0), QStringLiteral("hello"));
    EXPECT_EQ(terminal.lineText(1), QStringLiteral("world"));
    EXPECT_EQ(terminal.lineText(2), QString());
    EXPECT_EQ(terminal.cursorPosition(), QPoint(5, 1));
    EXPECT_EQ(terminal.screenText(), QStringLiteral("hello\nworld"));

    // A bare line feed keeps the column, as on a real terminal.
    terminal.feed("\nx");
    EXPECT_EQ(terminal.lineText(2), QStringLiteral("     x"));
    // Out-of-range rows are empty rather than crashing.
    EXPECT_EQ(terminal.lineText(-1), QString());
    EXPECT_EQ(terminal.lineText(terminal.rows()), QString());
}

TEST(TerminalWidget, Utf8SplitAcrossFeedsRendersCorrectly) {
    TerminalWidget terminal;
    const QByteArray russian = QStringLiteral("Привет, мир").toUtf8();
    // Byte 3 is inside the two-byte "р".
    terminal.feed(russian.left(3));
    terminal.feed(russian.mid(3));
    terminal.feed("\r\n");
    const QByteArray chinese = QStringLiteral("中文ok").toUtf8();
    terminal.feed(chinese.left(1)); // first byte of a three-byte character
    terminal.feed(chinese.mid(1, 3));
    terminal.feed(chinese.mid(4));
    EXPECT_EQ(terminal.lineText(0), QStringLiteral("Привет, мир"));
    EXPECT_EQ(terminal.lineText(1), QStringLiteral("中文ok"));
    // Chinese characters are double width: two characters and "ok" take six cells.
    EXPECT_EQ(terminal.cursorPosition(), QPoint(6, 1));

    // Every byte on its own.
    TerminalWidget second;
    const QByteArray mixed = QStringLiteral("ж世界€").toUtf8();
    for (char byte : mixed)
        second.feed(QByteArray(1, byte));
    EXPECT_EQ(second.lineText(0), QStringLiteral("ж世界€"));
}

TEST(TerminalWidget, SgrColoursAndAttributes) {
    TerminalWidget terminal;
    terminal.feed("\x1b[31mred\x1b[0m plain");
    for (int column = 0; column < 3; ++column)
        EXPECT_TRUE(isReddish(terminal.foregroundAt(column, 0)))
            << terminal.foregroundAt(column, 0).name().toStdString();
    EXPECT_EQ(terminal.foregroundAt(4, 0), terminal.defaultForeground());
    EXPECT_EQ(terminal.backgroundAt(0, 0), terminal.defaultBackground());
    EXPECT_EQ(terminal.backgroundAt(4, 0), terminal.defaultBackground());

    // Background, bright and bold (bold is drawn bright), reverse video.
    terminal.feed("\r\n\x1b[42mG\x1b[0m\x1b[91mB\x1b[1;31mb\x1b[0m\x1b[7mR\x1b[27mn");
    const QColor green = terminal.backgroundAt(0, 1);
    EXPECT_GT(green.green(), green.red());
    EXPECT_GT(green.green(), green.blue());
    const QColor bright = terminal.foregroundAt(1, 1);
    EXPECT_TRUE(isReddish(bright));
    EXPECT_GT(bright.lightness(), terminal.foregroundAt(0, 0).lightness());
    EXPECT_EQ(terminal.foregroundAt(2, 1), bright);
    EXPECT_EQ(terminal.foregroundAt(3, 1), terminal.defaultBackground());
    EXPECT_EQ(terminal.backgroundAt(3, 1), terminal.defaultForeground());
    EXPECT_EQ(terminal.foregroundAt(4, 1), terminal.defaultForeground());

    // An escape sequence split across two chunks.
    terminal.feed("\r\n\x1b[3");
    terminal.feed("4mB");
    const QColor blue = terminal.foregroundAt(0, 2);
    EXPECT_GT(blue.blue(), blue.red());
    EXPECT_GT(blue.blue(), blue.green());
    EXPECT_EQ(terminal.lineText(2), QStringLiteral("B"));

    // Out of range.
    EXPECT_FALSE(terminal.foregroundAt(-1, 0).isValid());
    EXPECT_FALSE(terminal.backgroundAt(0, terminal.rows()).isValid());
}

TEST(TerminalWidget, Colours256AndTruecolour) {
    TerminalWidget terminal;
    terminal.feed("\x1b[38;5;196mA\x1b[48;5;21mB\x1b[0m\x1b[38;5;244mC"
                  "\x1b[38;2;10;20;30;48;2;200;150;100mD\x1b[0m\x1b[38;5;1mE\x1b[0m\x1b[31mF");
    EXPECT_EQ(terminal.foregroundAt(0, 0), QColor(255, 0, 0));
    EXPECT_EQ(terminal.backgroundAt(1, 0), QColor(0, 0, 255));
    const QColor grey = terminal.foregroundAt(2, 0);
    EXPECT_EQ(grey.red(), grey.green());
    EXPECT_EQ(grey.green(), grey.blue());
    EXPECT_GT(grey.red(), 100);
    EXPECT_LT(grey.red(), 180);
    EXPECT_EQ(terminal.foregroundAt(3, 0), QColor(10, 20, 30));
    EXPECT_EQ(terminal.backgroundAt(3, 0), QColor(200, 150, 100));
    // Palette index 1 of the 256 colours is the same red as SGR 31.
    EXPECT_EQ(terminal.foregroundAt(4, 0), terminal.foregroundAt(5, 0));
    EXPECT_EQ(terminal.lineText(0), QStringLiteral("ABCDEF"));
}

TEST(TerminalWidget, CursorMovementAndClearScreen) {
    TerminalWidget terminal;
    terminal.feed("\x1b[5;10H");
    EXPECT_EQ(terminal.cursorPosition(), QPoint(9, 4));
    terminal.feed("X");
    EXPECT_EQ(terminal.lineText(4), QStringLiteral("         X"));
    EXPECT_EQ(terminal.cursorPosition(), QPoint(10, 4));
    terminal.feed("\x1b[2A\x1b[3D");
    EXPECT_EQ(terminal.cursorPosition(), QPoint(7, 2));

    terminal.feed("\x1b[H"
                  "top");
    EXPECT_EQ(terminal.lineText(0), QStringLiteral("top"));
    terminal.feed("\x1b[2J");
    EXPECT_TRUE(terminal.screenText().isEmpty());
    EXPECT_EQ(terminal.cursorPosition(), QPoint(3, 0)); // ED does not move the cursor

    terminal.feed("\x1b[10;10Hsome text");
    terminal.clearScreen();
    EXPECT_TRUE(terminal.screenText().isEmpty());
    EXPECT_EQ(terminal.cursorPosition(), QPoint(0, 0));

    // clearScreen() abandons a half-received escape sequence instead of completing it.
    terminal.feed("\x1b[3");
    terminal.clearScreen();
    terminal.feed("1mZ");
    EXPECT_EQ(terminal.lineText(0), QStringLiteral("1mZ"));
    EXPECT_EQ(terminal.foregroundAt(2, 0), terminal.defaultForeground());
}

TEST(TerminalWidget, ScrollbackKeepsScrolledOffLinesInOrder) {
    TerminalWidget terminal;
    const int rows = terminal.rows();
    const int lineCount = rows + 5;
    for (int i = 0; i < lineCount; ++i)
        terminal.feed(QStringLiteral("line %1\r\n").arg(i).toUtf8());
    // The cursor sits on the empty row after the last line, so six lines went up.
    const QStringList history = terminal.scrollback();
    ASSERT_EQ(history.size(), 6);
    EXPECT_EQ(history.join(QLatin1Char('\n')), lines(0, 5));
    EXPECT_EQ(terminal.lineText(0), QStringLiteral("line 6"));
    EXPECT_EQ(terminal.lineText(rows - 2), QStringLiteral("line %1").arg(lineCount - 1));
    EXPECT_EQ(terminal.verticalScrollBar()->maximum(), 6);
    EXPECT_EQ(terminal.verticalScrollBar()->value(), 6);
    EXPECT_EQ(terminal.scrollOffset(), 0);

    // Shift+PageUp looks back without touching the screen or the guest.
    const QByteArray sent = keyBytes(terminal, Qt::Key_PageUp, Qt::ShiftModifier);
    EXPECT_TRUE(sent.isEmpty());
    EXPECT_EQ(terminal.scrollOffset(), 6);
    EXPECT_EQ(terminal.verticalScrollBar()->value(), 0);
    EXPECT_EQ(terminal.lineText(0), QStringLiteral("line 6"));
    // New output while looking back keeps the view where it is.
    terminal.feed("more\r\n");
    EXPECT_EQ(terminal.scrollOffset(), 7);
    keyBytes(terminal, Qt::Key_PageDown, Qt::ShiftModifier);
    EXPECT_EQ(terminal.scrollOffset(), 0);

    // The mouse wheel scrolls the history too; typing returns to the live screen.
    QWheelEvent wheel(QPointF(10, 10), QPointF(10, 10), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(terminal.viewport(), &wheel);
    EXPECT_GT(terminal.scrollOffset(), 0);
    EXPECT_EQ(keyBytes(terminal, Qt::Key_A, Qt::NoModifier, QStringLiteral("a")), "a");
    EXPECT_EQ(terminal.scrollOffset(), 0);
}

TEST(TerminalWidget, ScrollbackIsCapped) {
    TerminalWidget terminal;
    terminal.setScrollbackLimit(10);
    EXPECT_EQ(terminal.scrollbackLimit(), 10);
    const int lineCount = 100;
    for (int i = 0; i < lineCount; ++i)
        terminal.feed(QStringLiteral("line %1\r\n").arg(i).toUtf8());
    const int pushed = lineCount + 1 - terminal.rows();
    const QStringList history = terminal.scrollback();
    ASSERT_EQ(history.size(), 10);
    EXPECT_EQ(history.join(QLatin1Char('\n')), lines(pushed - 10, pushed - 1));

    terminal.setScrollbackLimit(3);
    EXPECT_EQ(terminal.scrollback().join(QLatin1Char('\n')), lines(pushed - 3, pushed - 1));
    terminal.clearScrollback();
    EXPECT_TRUE(terminal.scrollback().isEmpty());
    EXPECT_EQ(terminal.verticalScrollBar()->maximum(), 0);
}

TEST(TerminalWidget, KeysProduceGuestBytes) {
    TerminalWidget terminal;
    EXPECT_EQ(keyBytes(terminal, Qt::Key_A, Qt::NoModifier, QStringLiteral("a")), "a");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_A, Qt::ShiftModifier, QStringLiteral("A")), "A");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" ")), " ");
    EXPECT_EQ(keyBytes(terminal, 0x436, Qt::NoModifier, QStringLiteral("ж")),
              QStringLiteral("ж").toUtf8());
    EXPECT_EQ(keyBytes(terminal, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r")), "\r");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_Enter, Qt::KeypadModifier, QStringLiteral("\r")), "\r");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_Backspace), "\x7f");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_Tab, Qt::NoModifier, QStringLiteral("\t")), "\t");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_Backtab, Qt::ShiftModifier), "\x1b[Z");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_Escape), "\x1b");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_Up), "\x1b[A");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_Down), "\x1b[B");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_Right), "\x1b[C");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_Left), "\x1b[D");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_Home), "\x1b[H");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_End), "\x1b[F");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_PageUp), "\x1b[5~");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_PageDown), "\x1b[6~");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_Insert), "\x1b[2~");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_Delete), "\x1b[3~");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_F1), "\x1bOP");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_F4), "\x1bOS");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_F5), "\x1b[15~");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_F12), "\x1b[24~");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_Up, Qt::ControlModifier), "\x1b[1;5A");

    // Ctrl+letter gives control characters, Alt prefixes ESC.
    EXPECT_EQ(keyBytes(terminal, Qt::Key_C, Qt::ControlModifier, QStringLiteral("\x03")), "\x03");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_D, Qt::ControlModifier, QStringLiteral("\x04")), "\x04");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_Z, Qt::ControlModifier), "\x1a");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_BracketLeft, Qt::ControlModifier), "\x1b");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_Space, Qt::ControlModifier), QByteArray(1, '\0'));
    EXPECT_EQ(keyBytes(terminal, Qt::Key_X, Qt::AltModifier, QStringLiteral("x")), "\x1bx");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_Backspace, Qt::AltModifier), "\x1b\x7f");

    // The guest switches the cursor keys to application mode (DECCKM) and back.
    terminal.feed("\x1b[?1h");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_Up), "\x1bOA");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_Left), "\x1bOD");
    terminal.feed("\x1b[?1l");
    EXPECT_EQ(keyBytes(terminal, Qt::Key_Up), "\x1b[A");

    // Local shortcuts and lone modifiers send nothing.
    EXPECT_TRUE(keyBytes(terminal, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier).isEmpty());
    EXPECT_TRUE(keyBytes(terminal, Qt::Key_Shift, Qt::ShiftModifier).isEmpty());
    EXPECT_TRUE(keyBytes(terminal, Qt::Key_Control, Qt::ControlModifier).isEmpty());
}

TEST(TerminalWidget, GuestKeysOverrideApplicationShortcuts) {
    TerminalWidget terminal;
    QKeyEvent ctrlC(QEvent::ShortcutOverride, Qt::Key_C, Qt::ControlModifier,
                    QStringLiteral("\x03"));
    ctrlC.ignore();
    QCoreApplication::sendEvent(&terminal, &ctrlC);
    EXPECT_TRUE(ctrlC.isAccepted());

    QKeyEvent f1(QEvent::ShortcutOverride, Qt::Key_F1, Qt::NoModifier);
    f1.ignore();
    QCoreApplication::sendEvent(&terminal, &f1);
    EXPECT_TRUE(f1.isAccepted());

    // Ctrl+Alt combinations stay with the application (release-grab style shortcuts).
    QKeyEvent ctrlAltG(QEvent::ShortcutOverride, Qt::Key_G, Qt::ControlModifier | Qt::AltModifier);
    ctrlAltG.ignore();
    QCoreApplication::sendEvent(&terminal, &ctrlAltG);
    EXPECT_FALSE(ctrlAltG.isAccepted());
}

TEST(TerminalWidget, TerminalRepliesGoToTheGuest) {
    TerminalWidget terminal;
    terminal.feed("\x1b[3;7H");
    // Device status report: where is the cursor?
    EXPECT_EQ(inputDuring(terminal, [&] { terminal.feed("\x1b[6n"); }), "\x1b[3;7R");
}

TEST(TerminalWidget, SelectAllCopyAndPaste) {
    TerminalWidget terminal;
    terminal.feed("first line\r\nsecond \xe4\xb8\xad\xe6\x96\x87 line");
    EXPECT_FALSE(terminal.hasSelection());
    terminal.selectAll();
    EXPECT_TRUE(terminal.hasSelection());
    const QString expected = QStringLiteral("first line\nsecond 中文 line");
    EXPECT_EQ(terminal.selectedText(), expected);
    terminal.copy();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), expected);

    // Ctrl+Shift+C copies as well and is not sent.
    setClipboardText(QStringLiteral("something else"));
    EXPECT_TRUE(keyBytes(terminal, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier).isEmpty());
    EXPECT_EQ(QGuiApplication::clipboard()->text(), expected);

    terminal.clearSelection();
    EXPECT_FALSE(terminal.hasSelection());
    EXPECT_TRUE(terminal.selectedText().isEmpty());

    // Paste sends the clipboard with Enter as CR.
    setClipboardText(QStringLiteral("echo привет\nls\r\n"));
    EXPECT_EQ(inputDuring(terminal, [&] { terminal.paste(); }),
              QStringLiteral("echo привет\rls\r").toUtf8());
    EXPECT_EQ(keyBytes(terminal, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier),
              QStringLiteral("echo привет\rls\r").toUtf8());

    // Bracketed paste once the guest asks for it; a pasted end marker cannot escape it.
    terminal.feed("\x1b[?2004h");
    setClipboardText(QStringLiteral("a\x1b[201~b"));
    EXPECT_EQ(inputDuring(terminal, [&] { terminal.paste(); }), "\x1b[200~ab\x1b[201~");
    terminal.feed("\x1b[?2004l");
    EXPECT_EQ(inputDuring(terminal, [&] { terminal.paste(); }), "ab");
}

TEST(TerminalWidget, SelectAllIncludesScrollback) {
    TerminalWidget terminal;
    const int lineCount = terminal.rows() + 10;
    for (int i = 0; i < lineCount; ++i)
        terminal.feed(QStringLiteral("line %1\r\n").arg(i).toUtf8());
    terminal.selectAll();
    EXPECT_EQ(terminal.selectedText(), lines(0, lineCount - 1));
}

TEST(TerminalWidget, MouseDragSelectsAndMiddleClickPastes) {
    TerminalWidget terminal;
    terminal.resize(640, 400);
    terminal.show();
    terminal.feed("hello world\r\nsecond line");
    const QSize cell = terminal.cellSize();

    // Drag over the first five cells.
    sendMouse(terminal, QEvent::MouseButtonPress, QPoint(1, cell.height() / 2), Qt::LeftButton,
              Qt::LeftButton);
    sendMouse(terminal, QEvent::MouseMove, QPoint(5 * cell.width() + 1, cell.height() / 2),
              Qt::NoButton, Qt::LeftButton);
    sendMouse(terminal, QEvent::MouseButtonRelease, QPoint(5 * cell.width() + 1, cell.height() / 2),
              Qt::LeftButton, Qt::NoButton);
    EXPECT_TRUE(terminal.hasSelection());
    EXPECT_EQ(terminal.selectedText(), QStringLiteral("hello"));

    // Backwards over a line break.
    sendMouse(terminal, QEvent::MouseButtonPress, QPoint(6 * cell.width(), cell.height() * 3 / 2),
              Qt::LeftButton, Qt::LeftButton);
    sendMouse(terminal, QEvent::MouseMove, QPoint(6 * cell.width(), cell.height() / 2),
              Qt::NoButton, Qt::LeftButton);
    sendMouse(terminal, QEvent::MouseButtonRelease, QPoint(6 * cell.width(), cell.height() / 2),
              Qt::LeftButton, Qt::NoButton);
    EXPECT_EQ(terminal.selectedText(), QStringLiteral("world\nsecond"));
    EXPECT_TRUE(keyBytes(terminal, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier).isEmpty());
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("world\nsecond"));

    // A click without a drag clears the selection; a double click selects a word.
    sendMouse(terminal, QEvent::MouseButtonPress, cellCentre(terminal, 2, 0), Qt::LeftButton,
              Qt::LeftButton);
    sendMouse(terminal, QEvent::MouseButtonRelease, cellCentre(terminal, 2, 0), Qt::LeftButton,
              Qt::NoButton);
    EXPECT_FALSE(terminal.hasSelection());
    sendMouse(terminal, QEvent::MouseButtonDblClick, cellCentre(terminal, 8, 0), Qt::LeftButton,
              Qt::LeftButton);
    EXPECT_EQ(terminal.selectedText(), QStringLiteral("world"));

    // The middle button pastes.
    setClipboardText(QStringLiteral("uname -a"));
    const QByteArray pasted = inputDuring(terminal, [&] {
        sendMouse(terminal, QEvent::MouseButtonPress, cellCentre(terminal, 1, 1), Qt::MiddleButton,
                  Qt::MiddleButton);
        sendMouse(terminal, QEvent::MouseButtonRelease, cellCentre(terminal, 1, 1),
                  Qt::MiddleButton, Qt::NoButton);
    });
    EXPECT_EQ(pasted, "uname -a");
}

TEST(TerminalWidget, GuestMouseModeGetsClicks) {
    TerminalWidget terminal;
    terminal.resize(640, 400);
    terminal.show();
    terminal.feed("\x1b[?1000h\x1b[?1006h"); // button reports, SGR encoding
    const QByteArray report = inputDuring(terminal, [&] {
        sendMouse(terminal, QEvent::MouseButtonPress, cellCentre(terminal, 4, 2), Qt::LeftButton,
                  Qt::LeftButton);
        sendMouse(terminal, QEvent::MouseButtonRelease, cellCentre(terminal, 4, 2), Qt::LeftButton,
                  Qt::NoButton);
    });
    EXPECT_EQ(report, "\x1b[<0;5;3M\x1b[<0;5;3m");
    EXPECT_FALSE(terminal.hasSelection());
}

TEST(TerminalWidget, ResizeFollowsTheViewport) {
    TerminalWidget terminal;
    QList<QSize> reported;
    QObject::connect(&terminal, &TerminalWidget::terminalSizeChanged,
                     [&reported](int columns, int rows) { reported.append(QSize(columns, rows)); });
    terminal.feed("kept text");
    terminal.resize(500, 300);
    terminal.show();
    const QSize cell = terminal.cellSize();
    auto expectedSize = [&] {
        return QSize(std::max(10, terminal.viewport()->width() / cell.width()),
                     std::max(3, terminal.viewport()->height() / cell.height()));
    };
    EXPECT_EQ(QSize(terminal.columns(), terminal.rows()), expectedSize());
    ASSERT_FALSE(reported.isEmpty());
    EXPECT_EQ(reported.constLast(), QSize(terminal.columns(), terminal.rows()));
    EXPECT_EQ(terminal.lineText(0), QStringLiteral("kept text"));

    const QSize before(terminal.columns(), terminal.rows());
    const qsizetype signalsBefore = reported.size();
    terminal.resize(900, 700);
    EXPECT_GT(terminal.columns(), before.width());
    EXPECT_GT(terminal.rows(), before.height());
    EXPECT_EQ(QSize(terminal.columns(), terminal.rows()), expectedSize());
    ASSERT_EQ(reported.size(), signalsBefore + 1);
    EXPECT_EQ(reported.constLast(), QSize(terminal.columns(), terminal.rows()));
    EXPECT_EQ(terminal.lineText(0), QStringLiteral("kept text"));

    // Same cell grid, no signal.
    terminal.resize(terminal.width() + 1, terminal.height());
    EXPECT_EQ(reported.size(), signalsBefore + 1 + (expectedSize() != reported.constLast()));

    // Never below 10x3.
    terminal.resize(30, 20);
    EXPECT_EQ(terminal.columns(), 10);
    EXPECT_EQ(terminal.rows(), 3);
    EXPECT_EQ(reported.constLast(), QSize(10, 3));
}

TEST(TerminalWidget, BellAndTitle) {
    TerminalWidget terminal;
    int bells = 0;
    QObject::connect(&terminal, &TerminalWidget::bell, [&bells] { ++bells; });
    QString announced;
    QObject::connect(&terminal, &TerminalWidget::titleChanged,
                     [&announced](const QString &title) { announced = title; });
    terminal.feed("ding\a");
    EXPECT_EQ(bells, 1);
    EXPECT_EQ(terminal.lineText(0), QStringLiteral("ding"));
    terminal.feed("\x1b]2;guest \xd0\xb6\x07");
    EXPECT_EQ(terminal.title(), QStringLiteral("guest ж"));
    EXPECT_EQ(announced, QStringLiteral("guest ж"));
}

TEST(TerminalWidget, AlternateScreenKeepsTheMainScreen) {
    TerminalWidget terminal;
    terminal.feed("shell prompt");
    terminal.feed("\x1b[?1049h\x1b[H\x1b[2Jeditor");
    EXPECT_EQ(terminal.screenText(), QStringLiteral("editor"));
    terminal.feed("\x1b[?1049l");
    EXPECT_EQ(terminal.screenText(), QStringLiteral("shell prompt"));
    EXPECT_TRUE(terminal.isCursorVisible());
    terminal.feed("\x1b[?25l");
    EXPECT_FALSE(terminal.isCursorVisible());
}

TEST(TerminalWidget, PaintsColoursTextSelectionAndCursor) {
    TerminalWidget terminal;
    terminal.resize(640, 400);
    terminal.show();
    terminal.feed("\x1b[41m  \x1b[0mab");
    const QSize cell = terminal.cellSize();
    QImage image = terminal.viewport()->grab().toImage();
    ASSERT_FALSE(image.isNull());
    const qreal ratio = image.devicePixelRatio();
    auto pixel = [&](QPoint p) {
        return image.pixelColor(QPoint(qRound(p.x() * ratio), qRound(p.y() * ratio)));
    };

    EXPECT_EQ(pixel(cellCentre(terminal, 0, 0)), terminal.backgroundAt(0, 0));
    EXPECT_TRUE(isReddish(terminal.backgroundAt(0, 0)));
    EXPECT_EQ(pixel(cellCentre(terminal, 20, 5)), terminal.defaultBackground());

    // Some ink in the cells of "ab".
    bool ink = false;
    for (int x = 2 * cell.width(); x < 4 * cell.width() && !ink; ++x) {
        for (int y = 0; y < cell.height() && !ink; ++y)
            ink = pixel(QPoint(x, y)) != terminal.defaultBackground();
    }
    EXPECT_TRUE(ink);

    // The cursor (cell 4): a filled block with focus, an outline without; its left edge is
    // drawn in the text colour either way.
    EXPECT_EQ(terminal.cursorPosition(), QPoint(4, 0));
    EXPECT_EQ(pixel(QPoint(4 * cell.width(), cell.height() / 2)), terminal.defaultForeground());
    terminal.feed("\x1b[?25l");
    image = terminal.viewport()->grab().toImage();
    EXPECT_EQ(pixel(QPoint(4 * cell.width(), cell.height() / 2)), terminal.defaultBackground());

    // Selected cells are highlighted.
    terminal.selectAll();
    image = terminal.viewport()->grab().toImage();
    EXPECT_EQ(pixel(cellCentre(terminal, 5, 0)), terminal.palette().color(QPalette::Highlight));
}
