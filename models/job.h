// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "usererror.h"

#include <QMutex>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

typedef struct _virConnect *virConnectPtr;

// What a job did. For jobs over many guests (many from a template), one item per guest.
struct JobItem {
    QString name;
    QString uuid; // of the guest created, when one was
    bool ok = false;
    UserError error;
    QString detail; // what was made: "linked clone, started, 10.0.0.5/24"
};

// Progress and cancellation shared by a long libvirt operation (creating disks, cloning) and
// the window that started it. The job writes from its thread; the window reads on a timer.
class JobControl {
public:
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

    // fraction in 0..1, or negative when the step's length is unknown.
    void setProgress(double fraction, const QString &step);
    double fraction() const;
    QString step() const;
    // One line per step for a log view ("Creating disk web.qcow2 (20 GiB)").
    void log(const QString &line);
    QStringList logLines() const;
    // For jobs over many guests: each guest's outcome as soon as it is known.
    void finishItem(const JobItem &item);
    QVector<JobItem> finishedItems() const;

private:
    std::atomic<bool> m_cancelled{false};
    mutable QMutex m_mutex;
    double m_fraction = 0;
    QString m_step;
    QStringList m_log;
    QVector<JobItem> m_items;
};

struct JobResult {
    bool ok = false;
    bool cancelled = false;
    UserError error;        // why it failed, for a single-guest job
    QVector<JobItem> items; // what was created, guest by guest
    QStringList notes;      // what the user should know ("Secure Boot is off: …")
    QString xml;            // for "customize before install": the configuration to edit

    static JobResult failure(const UserError &error) {
        JobResult r;
        r.error = error;
        return r;
    }
};

// The work itself: runs on a thread of its own with the connection's handle, so the
// connection's worker goes on serving the list meanwhile.
using JobWork = std::function<JobResult(virConnectPtr connection, JobControl &control)>;

// Runs jobs on threads of their own, each with a reference of its connection's handle.
class JobRunner {
public:
    // Runs task(connection) on a job thread, holding its own reference on `connection`.
    // `control` (may be null) is cancelled by cancelAllAndWait.
    static void start(virConnectPtr connection, std::function<void(virConnectPtr)> task,
                      const std::shared_ptr<JobControl> &control);
    // At exit: cancels every job and waits up to `milliseconds` for them to end.
    static bool cancelAllAndWait(int milliseconds);
};

Q_DECLARE_METATYPE(JobResult)
