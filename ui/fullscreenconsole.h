// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class ConsoleView;
class QTimer;
class QToolBar;

// A full-screen window around a console view, with a small toolbar that slides in when the
// pointer touches the top edge and hides again after a moment.
class FullScreenConsole : public QWidget {
    Q_OBJECT
public:
    FullScreenConsole(ConsoleView *view, QToolBar *toolbar, QWidget *parent = nullptr);
    ~FullScreenConsole() override;

    // Gives the view back (the caller re-parents it).
    ConsoleView *takeView();
    bool toolbarVisible() const;

Q_SIGNALS:
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showToolbar();
    void placeToolbar();

    ConsoleView *m_view;
    QToolBar *m_toolbar;
    QTimer *m_hideTimer;
};
