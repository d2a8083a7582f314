// SPDX-License-Identifier: GPL-2.0-or-later
// `make bench`: runs each scenario in a child process (clean memory figures), prints a table
// and merges the figures into build/bench/results.json.
#include "benchresults.h"
#include "fixturegenerator.h"
#include "libvirteventloop.h"
#include "listbench.h"
#include "privatedaemon.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

#include <cstdio>
#include <unistd.h>

namespace {

const QString kBenchDir = QStringLiteral(VD_BENCH_DIR);

// Runs `vd_bench --list URI COUNT` and returns what the child reported.
QJsonObject runChild(const QString &uri, int count) {
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--list"), uri, QString::number(count)});
    if (!child.waitForFinished(300000)) {
        child.kill();
        return {{QStringLiteral("error"), QStringLiteral("timed out")}};
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("RESULT "))
            return QJsonDocument::fromJson(line.mid(7)).object();
    return {{QStringLiteral("error"), QStringLiteral("no result")}};
}

int runListChild(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    LibvirtEventLoop::ensureRunning();
    QApplication app(argc, argv);
    const QJsonObject r = ListBench::run(QString::fromLocal8Bit(argv[2]), atoi(argv[3]));
    std::printf("RESULT %s\n", QJsonDocument(r).toJson(QJsonDocument::Compact).constData());
    return r.contains(QStringLiteral("error")) ? 1 : 0;
}

} // namespace

int main(int argc, char **argv) {
    if (argc == 4 && qstrcmp(argv[1], "--list") == 0)
        return runListChild(argc, argv);

    LibvirtEventLoop::ensureRunning();
    QCoreApplication app(argc, argv);
    BenchResults results(kBenchDir + QStringLiteral("/results.json"));
    QStringList keys;
    double maxStall = 0;

    auto record = [&](const QString &prefix, const QJsonObject &r, const QStringList &fields) {
        if (r.contains(QStringLiteral("error"))) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(prefix),
                         qPrintable(r.value(QStringLiteral("error")).toString()));
            return;
        }
        for (const QString &field : fields) {
            results.set(prefix + QLatin1Char('.') + field, r.value(field).toDouble());
            keys << prefix + QLatin1Char('.') + field;
        }
        maxStall = std::max(maxStall, r.value(QStringLiteral("max_gui_stall_ms")).toDouble());
    };
    const QStringList all = {QStringLiteral("open_ms"),
                             QStringLiteral("first_rows_ms"),
                             QStringLiteral("all_rows_ms"),
                             QStringLiteral("details_ms"),
                             QStringLiteral("max_gui_stall_ms"),
                             QStringLiteral("idle_cpu_pct"),
                             QStringLiteral("rss_mb")};

    for (int count : {1000, 10000}) {
        const QString fixture =
            FixtureGenerator::write(kBenchDir + QStringLiteral("/fixtures"), count);
        std::printf("list: %d guests in-process...\n", count);
        std::fflush(stdout);
        record(QStringLiteral("list.inproc.%1").arg(count),
               runChild(QStringLiteral("test://") + fixture, count), all);
    }

    if (getuid() == 0) {
        PrivateDaemon daemon;
        QString error;
        if (daemon.start(&error)) {
            for (int count : {1000, 10000}) {
                const QString fixture =
                    FixtureGenerator::write(kBenchDir + QStringLiteral("/fixtures"), count);
                std::printf("list: %d guests through the daemon (test+unix)...\n", count);
                std::fflush(stdout);
                record(QStringLiteral("list.rpc.%1").arg(count),
                       runChild(daemon.testUriForFile(fixture), count), all);
            }
        } else {
            std::fprintf(stderr, "list.rpc: skipped, private daemon did not start: %s\n",
                         qPrintable(error));
        }
    } else {
        std::fprintf(stderr,
                     "list.rpc: skipped, running a private daemon as 'nobody' needs root\n");
    }
    results.set(QStringLiteral("list.max_gui_stall_ms"), maxStall);
    keys << QStringLiteral("list.max_gui_stall_ms");
    results.save();
    results.printTable(keys);
    return 0;
}
