// SPDX-License-Identifier: GPL-2.0-or-later
#include "busymeter.h"

#include <QElapsedTimer>
#include <QThread>

BusyMeter *BusyMeter::s_instance = nullptr;

BusyMeter::BusyMeter(int &argc, char **argv)
    : QApplication(argc, argv) {
    s_instance = this;
}

bool BusyMeter::notify(QObject *receiver, QEvent *event) {
    if (QThread::currentThread() != thread() || m_depth > 0) {
        const bool gui = QThread::currentThread() == thread();
        m_depth += gui;
        const bool handled = QApplication::notify(receiver, event);
        m_depth -= gui;
        return handled;
    }
    QElapsedTimer timer;
    timer.start();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    m_busyNs += timer.nsecsElapsed();
    return handled;
}
