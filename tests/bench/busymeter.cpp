// SPDX-License-Identifier: GPL-2.0-or-later
#include "busymeter.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QMetaObject>
#include <QThread>

#include <algorithm>
#include <cstdio>

BusyMeter *BusyMeter::s_instance = nullptr;

BusyMeter::BusyMeter(int &argc, char **argv)
    : QApplication(argc, argv)
    , m_profile(qEnvironmentVariableIsSet("VD_BENCH_PROFILE")) {
    s_instance = this;
}

void BusyMeter::printProfile() const {
    if (!m_profile)
        return;
    QList<std::pair<qint64, QString>> rows;
    for (auto it = m_shares.cbegin(); it != m_shares.cend(); ++it)
        rows.append({it.value().ns, QStringLiteral("%1 x%2").arg(it.key()).arg(it.value().count)});
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (qsizetype i = 0; i < std::min<qsizetype>(rows.size(), 25); ++i)
        std::fprintf(stderr, "%10.2f ms  %s\n", double(rows[i].first) / 1e6,
                     qPrintable(rows[i].second));
}

bool BusyMeter::notify(QObject *receiver, QEvent *event) {
    if (QThread::currentThread() != thread() || m_depth > 0) {
        const bool gui = QThread::currentThread() == thread();
        m_depth += gui;
        const bool handled = QApplication::notify(receiver, event);
        m_depth -= gui;
        return handled;
    }
    // Read before delivery: a DeferredDelete destroys the receiver.
    const char *className = m_profile ? receiver->metaObject()->className() : nullptr;
    const int type = int(event->type());
    QElapsedTimer timer;
    timer.start();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const qint64 ns = timer.nsecsElapsed();
    m_busyNs += ns;
    if (m_profile) {
        Share &share =
            m_shares[QStringLiteral("%1 event %2").arg(QLatin1String(className)).arg(type)];
        share.ns += ns;
        ++share.count;
    }
    return handled;
}
