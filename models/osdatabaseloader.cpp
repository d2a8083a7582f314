// SPDX-License-Identifier: GPL-2.0-or-later
#include "osdatabaseloader.h"

#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>

QFuture<OsDatabaseLoader::Loaded> OsDatabaseLoader::shared() {
    static QMutex mutex;
    static QFuture<Loaded> future;
    QMutexLocker lock(&mutex);
    if (!future.isValid()) {
        future = QtConcurrent::run([] {
            Loaded loaded;
            loaded.database = OsDatabase::load(OsDatabase::defaultExtraPaths(), &loaded.error);
            return loaded;
        });
    }
    return future;
}
