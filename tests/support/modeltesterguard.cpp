// SPDX-License-Identifier: GPL-2.0-or-later
#include "modeltesterguard.h"

#include <QMutex>

namespace {

QMutex g_mutex;
QStringList g_failures;
QtMessageHandler g_previous = nullptr;
int g_guards = 0;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (context.category && QLatin1String(context.category) == QLatin1String("qt.modeltest") &&
        type != QtDebugMsg && type != QtInfoMsg) {
        QMutexLocker lock(&g_mutex);
        g_failures.append(message);
        return;
    }
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

ModelTesterGuard::ModelTesterGuard(QAbstractItemModel *model) {
    {
        QMutexLocker lock(&g_mutex);
        if (g_guards++ == 0) {
            g_failures.clear();
            g_previous = qInstallMessageHandler(collect);
        }
    }
    m_tester = std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::Warning);
}

ModelTesterGuard::~ModelTesterGuard() {
    m_tester.reset();
    QMutexLocker lock(&g_mutex);
    if (--g_guards == 0)
        qInstallMessageHandler(g_previous);
}

QStringList ModelTesterGuard::failures() const {
    QMutexLocker lock(&g_mutex);
    return g_failures;
}
