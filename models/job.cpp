// SPDX-License-Identifier: GPL-2.0-or-later
#include "job.h"

#include <QMutexLocker>
#include <QThreadPool>

#include <libvirt/libvirt.h>

#include <vector>

void JobControl::setProgress(double fraction, const QString &step) {
    QMutexLocker lock(&m_mutex);
    m_fraction = fraction;
    m_step = step;
}

double JobControl::fraction() const {
    QMutexLocker lock(&m_mutex);
    return m_fraction;
}

QString JobControl::step() const {
    QMutexLocker lock(&m_mutex);
    return m_step;
}

void JobControl::log(const QString &line) {
    QMutexLocker lock(&m_mutex);
    m_log.append(line);
}

QStringList JobControl::logLines() const {
    QMutexLocker lock(&m_mutex);
    return m_log;
}

void JobControl::finishItem(const JobItem &item) {
    QMutexLocker lock(&m_mutex);
    m_items.append(item);
}

QVector<JobItem> JobControl::finishedItems() const {
    QMutexLocker lock(&m_mutex);
    return m_items;
}

namespace {

QThreadPool &jobPool() {
    static QThreadPool pool;
    // Jobs mostly wait on the daemon; a few at once is plenty and keeps disk copies from
    // competing with each other.
    pool.setMaxThreadCount(4);
    return pool;
}

QMutex g_controlsMutex;
std::vector<std::weak_ptr<JobControl>> g_controls;

} // namespace

void JobRunner::start(virConnectPtr connection, std::function<void(virConnectPtr)> task,
                      const std::shared_ptr<JobControl> &control) {
    virConnectRef(connection);
    if (control) {
        QMutexLocker lock(&g_controlsMutex);
        std::erase_if(g_controls, [](const std::weak_ptr<JobControl> &c) { return c.expired(); });
        g_controls.push_back(control);
    }
    jobPool().start([connection, task = std::move(task)] {
        task(connection);
        virConnectClose(connection);
    });
}

bool JobRunner::cancelAllAndWait(int milliseconds) {
    {
        QMutexLocker lock(&g_controlsMutex);
        for (const std::weak_ptr<JobControl> &weak : g_controls)
            if (auto control = weak.lock())
                control->cancel();
    }
    return jobPool().waitForDone(milliseconds);
}
