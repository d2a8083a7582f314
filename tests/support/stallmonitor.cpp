// SPDX-License-Identifier: GPL-2.0-or-later
#include "stallmonitor.h"

#include <algorithm>

StallMonitor::StallMonitor(int periodMs, QObject *parent)
    : QObject(parent)
    , m_periodMs(periodMs) {
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StallMonitor::tick);
}

void StallMonitor::start() {
    reset();
    m_timer.start(m_periodMs);
}

void StallMonitor::reset() {
    m_clock.start();
    m_lastNs = 0;
    m_maxStallNs = 0;
    m_ticks = 0;
}

void StallMonitor::tick() {
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 gap = now - m_lastNs - qint64(m_periodMs) * 1000000;
    m_maxStallNs = std::max(m_maxStallNs, gap);
    m_lastNs = now;
    ++m_ticks;
}
