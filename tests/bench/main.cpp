// SPDX-License-Identifier: GPL-2.0-or-later
// `make bench`: runs each scenario in a child process (clean memory figures), prints a table
// and merges the figures into build/bench/results.json.
#include "benchresults.h"
#include "busymeter.h"
#include "consolebench.h"
#include "createbench.h"
#include "fixturegenerator.h"
#include "libvirteventloop.h"
#include "listbench.h"
#include "privatedaemon.h"
#include "statsbench.h"
#include "statsreplay.h"
#include "testsupport.h"
#include "throwawayguest.h"

#include <libvirt/libvirt.h>

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>

#include <cstdio>
#include <unistd.h>

namespace {

const QString kBenchDir = QStringLiteral(VD_BENCH_DIR);

// Runs `vd_bench ARGS...` in a child process and returns what it reported.
QJsonObject runChild(const QStringList &args, const QProcessEnvironment &extra = {}) {
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(extra);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), args);
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

int runChildScenario(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    LibvirtEventLoop::ensureRunning();
    BusyMeter app(argc, argv);
    const QByteArray mode = argv[1];
    QJsonObject r;
    if (mode == "--list")
        r = ListBench::run(QString::fromLocal8Bit(argv[2]), atoi(argv[3]));
    else if (mode == "--stats")
        r = StatsBench::run(QString::fromLocal8Bit(argv[2]), atoi(argv[3]), 30);
    else
        r = ConsoleBench::run(QString::fromLocal8Bit(argv[2]), QStringLiteral(VD_ANIMATED_IMAGE));
    app.printProfile();
    std::printf("RESULT %s\n", QJsonDocument(r).toJson(QJsonDocument::Compact).constData());
    return r.contains(QStringLiteral("error")) ? 1 : 0;
}

// An Xvfb of our own for programs that need X (remote-viewer), if Xvfb is installed.
class XvfbDisplay {
public:
    bool start() {
        for (int n = 90; n < 99; ++n) {
            if (QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)))
                continue;
            m_process.start(QStringLiteral("Xvfb"),
                            {QStringLiteral(":%1").arg(n), QStringLiteral("-screen"),
                             QStringLiteral("0"), QStringLiteral("1280x1024x24")});
            if (!m_process.waitForStarted(3000))
                return false;
            m_name = QStringLiteral(":%1").arg(n);
            QThread::msleep(500);
            return m_process.state() == QProcess::Running;
        }
        return false;
    }
    QString name() const { return m_name; }
    ~XvfbDisplay() {
        m_process.kill();
        m_process.waitForFinished();
    }

private:
    QProcess m_process;
    QString m_name;
};

} // namespace

// `vd_bench --record-stats FILE`: boots a real guest with a disk and a network card, lets it
// run, and records the typed parameters of its statistics as a replay recording.
int recordStats(int argc, char **argv) {
    LibvirtEventLoop::ensureRunning();
    QCoreApplication app(argc, argv);
    if (!TestSupport::systemDaemonAnswers()) {
        std::fprintf(stderr, "no libvirt daemon answers on qemu:///system\n");
        return 1;
    }
    const QString dir = TestSupport::makeTempDir(QStringLiteral("record"));
    QFile(dir).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                              QFileDevice::ExeOther);
    const QString disk = dir + QStringLiteral("/disk.qcow2");
    TestSupport::run(QStringLiteral("qemu-img"),
                     {QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("qcow2"), disk,
                      QStringLiteral("64M")});
    // The default network gives the guest a tap device, so network counters exist.
    TestSupport::run(QStringLiteral("virsh"),
                     {QStringLiteral("net-start"), QStringLiteral("default")});
    ThrowawayGuest guest;
    ThrowawayGuest::Options o = ThrowawayGuest::Options::tagged(QStringLiteral("record"));
    // KVM where the device exists: its per-vCPU statistics are part of what is parsed.
    if (QFile::exists(QStringLiteral("/dev/kvm")))
        o.domainType = QStringLiteral("kvm");
    o.extraDevices =
        QStringLiteral("<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
                       "<source file='%1'/><target dev='vda' bus='virtio'/></disk>"
                       "<interface type='network'><source network='default'/>"
                       "<model type='virtio'/></interface>")
            .arg(disk);
    QString error;
    if (!guest.define(o, &error) || !guest.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QThread::sleep(5); // SeaBIOS and iPXE read the disk and use the network
    virDomainPtr domains[] = {guest.domain(), nullptr};
    virDomainStatsRecordPtr *records = nullptr;
    const int n = virDomainListGetStats(domains, 0, &records, 0); // every group
    if (n != 1) {
        std::fprintf(stderr, "no statistics\n");
        return 1;
    }
    QFile out(QString::fromLocal8Bit(argv[2]));
    out.open(QIODevice::WriteOnly);
    out.write(StatsReplay::toJson(records[0]->params, records[0]->nparams));
    std::printf("recorded %d parameters to %s\n", records[0]->nparams, argv[2]);
    virDomainStatsRecordListFree(records);
    return 0;
}

int main(int argc, char **argv) {
    if (argc == 3 && qstrcmp(argv[1], "--record-stats") == 0)
        return recordStats(argc, argv);
    if ((argc == 4 && (qstrcmp(argv[1], "--list") == 0 || qstrcmp(argv[1], "--stats") == 0)) ||
        (argc == 3 && qstrcmp(argv[1], "--console") == 0))
        return runChildScenario(argc, argv);
    // `vd_bench list`, `console` or `create` runs one group; no argument runs all.
    const QByteArray only = argc > 1 ? QByteArray(argv[1]) : QByteArray();

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
    const QStringList all = {QStringLiteral("open_ms"),        QStringLiteral("first_rows_ms"),
                             QStringLiteral("all_rows_ms"),    QStringLiteral("details_ms"),
                             QStringLiteral("group_state_ms"), QStringLiteral("max_gui_stall_ms"),
                             QStringLiteral("idle_cpu_pct"),   QStringLiteral("rss_mb")};

    if (only.isEmpty() || only == "list") {
        for (int count : {1000, 10000}) {
            const QString fixture =
                FixtureGenerator::write(kBenchDir + QStringLiteral("/fixtures"), count);
            std::printf("list: %d guests in-process...\n", count);
            std::fflush(stdout);
            record(QStringLiteral("list.inproc.%1").arg(count),
                   runChild({QStringLiteral("--list"), QStringLiteral("test://") + fixture,
                             QString::number(count)}),
                   all);
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
                           runChild({QStringLiteral("--list"), daemon.testUriForFile(fixture),
                                     QString::number(count)}),
                           all);
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
    }

    if (only.isEmpty() || only == "stats") {
        QProcessEnvironment replay;
        replay.insert(QStringLiteral("VIRTDECK_STATS_REPLAY"), QStringLiteral(VD_STATS_RECORDING));
        for (int count : {1000, 10000}) {
            const QString fixture =
                FixtureGenerator::write(kBenchDir + QStringLiteral("/fixtures"), count, true);
            std::printf("stats: %d running guests, a real guest's statistics replayed, 30 s...\n",
                        count);
            std::fflush(stdout);
            const QJsonObject r =
                runChild({QStringLiteral("--stats"), QStringLiteral("test://") + fixture,
                          QString::number(count)},
                         replay);
            if (r.contains(QStringLiteral("error"))) {
                std::fprintf(stderr, "stats.%d: %s\n", count,
                             qPrintable(r.value(QStringLiteral("error")).toString()));
                continue;
            }
            for (const char *field : {"gui_ms_per_tick_p50", "gui_ms_per_tick_p99", "cpu_pct_core",
                                      "rss_mb", "max_gui_stall_ms", "guests_sampled"}) {
                const QString key =
                    QStringLiteral("stats.%1.%2").arg(count).arg(QLatin1String(field));
                results.set(key, r.value(QLatin1String(field)).toDouble());
                keys << key;
            }
        }
        // The libvirt RPC cost of the bulk call, through a daemon of our own.
        if (getuid() == 0) {
            PrivateDaemon daemon;
            QString error;
            if (daemon.start(&error)) {
                for (int count : {1000, 10000}) {
                    const QString fixture = FixtureGenerator::write(
                        kBenchDir + QStringLiteral("/fixtures"), count, true);
                    std::printf("stats: one bulk call for %d guests through the daemon...\n",
                                count);
                    std::fflush(stdout);
                    const QJsonObject r = StatsBench::rpcCallCost(daemon.testUriForFile(fixture));
                    if (r.contains(QStringLiteral("error"))) {
                        std::fprintf(stderr, "stats.rpc.%d: %s\n", count,
                                     qPrintable(r.value(QStringLiteral("error")).toString()));
                        continue;
                    }
                    for (const char *field : {"call_ms_p50", "call_ms_max", "records"}) {
                        const QString key =
                            QStringLiteral("stats.rpc.%1.%2").arg(count).arg(QLatin1String(field));
                        results.set(key, r.value(QLatin1String(field)).toDouble());
                        keys << key;
                    }
                }
            } else {
                std::fprintf(stderr, "stats.rpc: skipped, private daemon did not start: %s\n",
                             qPrintable(error));
            }
        }
    }

    if (only.isEmpty() || only == "console") {
        // remote-viewer (for comparison) needs an X display; ours run offscreen.
        XvfbDisplay xvfb;
        QProcessEnvironment env;
        if (xvfb.start())
            env.insert(QStringLiteral("DISPLAY"), xvfb.name());
        for (const QString &protocol : {QStringLiteral("vnc"), QStringLiteral("spice")}) {
            std::printf("console: %s on a real QEMU guest...\n", qPrintable(protocol));
            std::fflush(stdout);
            const QJsonObject r = runChild({QStringLiteral("--console"), protocol}, env);
            if (r.contains(QStringLiteral("error"))) {
                std::fprintf(stderr, "console.%s: %s\n", qPrintable(protocol),
                             qPrintable(r.value(QStringLiteral("error")).toString()));
                continue;
            }
            for (auto it = r.begin(); it != r.end(); ++it) {
                if (!it.value().isDouble())
                    continue;
                QString key = it.key();
                key = key.startsWith(QLatin1String("peer."))
                          ? QStringLiteral("console.peer.remote_viewer.%1.%2")
                                .arg(protocol, key.mid(5))
                          : QStringLiteral("console.%1.%2").arg(protocol, key);
                results.set(key, it.value().toDouble());
                keys << key;
            }
        }
    }
    if (only.isEmpty() || only == "create") {
        std::printf("create: 20 guests from a 1 GiB qcow2 template, linked and full...\n");
        std::fflush(stdout);
        const QJsonObject r = CreateBench::run(20);
        if (r.contains(QStringLiteral("error"))) {
            std::fprintf(stderr, "create: %s\n",
                         qPrintable(r.value(QStringLiteral("error")).toString()));
        } else {
            // Which daemon the figures come from: 1 the system's QEMU, 0 the test driver.
            std::printf("create: against %s\n", r.value(QStringLiteral("qemu_system")).toInt()
                                                    ? "qemu:///system"
                                                    : "test:///default (no system daemon)");
            for (const char *field : {"linked_s", "full_s", "qemu_system"}) {
                const QString key =
                    QStringLiteral("create.template20.%1").arg(QLatin1String(field));
                results.set(key, r.value(QLatin1String(field)).toDouble());
                keys << key;
            }
        }
    }
    results.save();
    results.printTable(keys);
    return 0;
}
