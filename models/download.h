// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

class JobControl;

// Fetches a file over http(s), ftp or file:// on the calling (job) thread, with progress
// into `control` and Cancel; installer kernels and initrds are tens of megabytes at most.
class Download {
public:
    // The bytes, or empty with *why set (also when cancelled).
    static QByteArray get(const QUrl &url, JobControl &control, QString *why);
};
