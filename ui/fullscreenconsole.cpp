// SPDX-License-Identifier: GPL-2.0-or-later
#include "fullscreenconsole.h"

#include "consoleview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

FullScreenConsole::FullScreenConsole(ConsoleView *view, QToolBar *toolbar, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_view(view)
    , m_toolbar(toolbar)
    , m_hideTimer(new QTimer(this)) {
    setAccessibleName(tr("Full-screen console"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    m_toolbar->setParent(this);
    m_toolbar->setAutoFillBackground(true);
    m_toolbar->raise();
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(2000);
    connect(m_hideTimer, &QTimer::timeout, m_toolbar, &QWidget::hide);
    view->viewport()->installEventFilter(this);
    showToolbar();
}

FullScreenConsole::~FullScreenConsole() {
    if (m_view)
        m_view->viewport()->removeEventFilter(this);
}

ConsoleView *FullScreenConsole::takeView() {
    ConsoleView *view = m_view;
    if (view) {
        view->viewport()->removeEventFilter(this);
        layout()->removeWidget(view);
    }
    m_view = nullptr;
    return view;
}

bool FullScreenConsole::toolbarVisible() const {
    return m_toolbar->isVisible();
}

void FullScreenConsole::showToolbar() {
    placeToolbar();
    m_toolbar->show();
    m_toolbar->raise();
    m_hideTimer->start();
}

void FullScreenConsole::placeToolbar() {
    m_toolbar->adjustSize();
    const int w = std::min(width(), m_toolbar->sizeHint().width());
    m_toolbar->setGeometry((width() - w) / 2, 0, w, m_toolbar->sizeHint().height());
}

bool FullScreenConsole::eventFilter(QObject *watched, QEvent *event) {
    if (m_view && watched == m_view->viewport() && event->type() == QEvent::MouseMove) {
        const auto *move = static_cast<QMouseEvent *>(event);
        if (move->position().y() <= 2 && !m_view->isInputGrabbed())
            showToolbar();
    }
    return QWidget::eventFilter(watched, event);
}

void FullScreenConsole::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_F11 ||
        (event->key() == Qt::Key_Escape && !m_view->isInputGrabbed())) {
        Q_EMIT leaveRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FullScreenConsole::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    placeToolbar();
}
