// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QAbstractScrollArea>
#include <QColor>
#include <QStringList>

#include <memory>

class TerminalWidgetPrivate;

// A text terminal for a guest's serial console or a container's console. It only interprets
// bytes (feed) and produces bytes (input): whoever owns the libvirt stream connects the two.
// The emulation is libvterm's; this widget paints its screen, keeps the scrollback, turns
// keys, the clipboard and the mouse into bytes for the guest, and sizes the terminal to the
// viewport.
//
// Rows passed to lineText(), foregroundAt() and friends are rows of the terminal screen (0 is
// the top), whatever part of the scrollback the user is currently looking at.
class TerminalWidget : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit TerminalWidget(QWidget *parent = nullptr);
    ~TerminalWidget() override;

    // Output of the guest, in chunks of any size (UTF-8 and escape sequences may be split).
    void feed(const QByteArray &bytes);

    int columns() const;
    int rows() const;
    QSize cellSize() const;

    QString lineText(int row) const;
    // Screen rows joined with '\n', trailing empty lines left out.
    QString screenText() const;
    // Lines scrolled off the top, oldest first, at most scrollbackLimit() of them.
    QStringList scrollback() const;
    int scrollbackLimit() const;
    void setScrollbackLimit(int lines);
    void clearScrollback();
    // How many lines the view is scrolled back from the live screen (0: following output).
    int scrollOffset() const;
    void scrollToBottom();

    QPoint cursorPosition() const; // (column, row)
    bool isCursorVisible() const;
    QString title() const; // as set by the guest (OSC 0/2)

    // Effective colours of a screen cell (reverse video applied; no selection highlight).
    QColor foregroundAt(int column, int row) const;
    QColor backgroundAt(int column, int row) const;
    QColor defaultForeground() const;
    QColor defaultBackground() const;

    bool hasSelection() const;
    QString selectedText() const;
    void selectAll(); // visible screen + scrollback
    void clearSelection();
    void copy();  // selection to the clipboard
    void paste(); // clipboard text to the guest (bracketed if the guest asked for it)
    void pasteText(const QString &text);

    void clearScreen();   // erases the screen locally and homes the cursor; modes are kept
    void resetTerminal(); // hard reset of the emulation, scrollback dropped

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;

Q_SIGNALS:
    void input(const QByteArray &bytes); // bytes for the guest: keys, paste, terminal replies
    void terminalSizeChanged(int columns, int rows);
    void bell();
    void titleChanged(const QString &title);

protected:
    bool event(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void updateTerminalSize();
    void scrollViewBy(int linesBack);

    std::unique_ptr<TerminalWidgetPrivate> d;
};
