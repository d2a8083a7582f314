// SPDX-License-Identifier: GPL-2.0-or-later
#include "consolebench.h"

#include "connection.h"
#include "consolepage.h"
#include "frameprobe.h"
#include "processstats.h"
#include "testsupport.h"
#include "throwawayguest.h"
#include "vncsession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QTimer>

#include <libvirt/libvirt.h>

#include <algorithm>
#include <unistd.h>

namespace {

// Voluntary context switches of one thread of a process: how often it went to sleep and was
// woken up again.
qint64 wakeups(qint64 pid, qint64 tid) {
    QFile f(QStringLiteral("/proc/%1/task/%2/status").arg(pid).arg(tid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("voluntary_ctxt_switches:"))
            return line.mid(24).trimmed().toLongLong();
    return -1;
}

// Wake-ups of all threads of a process.
qint64 processWakeups(qint64 pid) {
    qint64 total = 0;
    const QStringList tasks =
        QDir(QStringLiteral("/proc/%1/task").arg(pid)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &tid : tasks)
        total += std::max<qint64>(0, wakeups(pid, tid.toLongLong()));
    return total;
}

// CPU seconds (user + system) of another process.
double processCpuSeconds(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / ticks;
}

DomainInfo infoOf(ThrowawayGuest &guest) {
    DomainInfo info;
    info.uuid = guest.uuid();
    info.name = guest.name();
    info.state = GuestState(guest.state());
    return info;
}

// Waits until the guest's screen has content and stayed unchanged for a while.
void waitUntilStill(ConsoleSession *session, int quietMs) {
    TestSupport::waitFor([&] { return FrameProbe::distinctColours(session->framebuffer()) > 1; },
                         30000);
    quint64 seen = session->updateCount();
    QElapsedTimer quiet;
    quiet.start();
    TestSupport::waitFor(
        [&] {
            if (session->updateCount() != seen) {
                seen = session->updateCount();
                quiet.restart();
            }
            return quiet.elapsed() >= quietMs;
        },
        30000);
}

// Lets the event loop run for a while without waking up on its own (QTest::qWait polls
// every 10 ms, which would be counted as the console's wake-ups).
void idleFor(int milliseconds) {
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

int graphicsPort(ThrowawayGuest &guest) {
    char *xml = virDomainGetXMLDesc(guest.domain(), 0);
    const QString text = QString::fromUtf8(xml);
    free(xml);
    const qsizetype at = text.indexOf(QLatin1String("port='"));
    return at < 0 ? -1 : text.mid(at + 6, text.indexOf(QLatin1Char('\''), at + 6) - at - 6).toInt();
}

} // namespace

QJsonObject ConsoleBench::run(const QString &protocol, const QString &animatedImage) {
    QJsonObject result;
    if (!TestSupport::systemDaemonAnswers()) {
        result.insert(QStringLiteral("error"),
                      QStringLiteral("no libvirt daemon answers on qemu:///system"));
        return result;
    }
    ThrowawayGuest::removeLeftovers();
    Connection connection(ConnectionUri::parse(QStringLiteral("qemu:///system")));
    if (!TestSupport::connectAndLoad(&connection)) {
        result.insert(QStringLiteral("error"), connection.lastError().summary());
        return result;
    }

    // 1. A guest sitting at SeaBIOS's boot-menu prompt: a still screen.
    ThrowawayGuest still;
    ThrowawayGuest::Options o = ThrowawayGuest::Options::tagged(QStringLiteral("bench"));
    o.graphics = protocol;
    o.bootMenuTimeoutMs = 65535; // the longest SeaBIOS allows
    QString error;
    if (!still.define(o, &error) || !still.start(&error)) {
        result.insert(QStringLiteral("error"), error);
        return result;
    }
    std::vector<double> firstFrames;
    {
        // Let the guest reach its prompt before timing consoles opening on it.
        ConsolePage warmup(&connection, infoOf(still));
        warmup.show();
        warmup.start();
        TestSupport::waitFor([&] { return warmup.session() != nullptr; }, 10000);
        if (warmup.session())
            waitUntilStill(warmup.session(), 2000);
    }
    for (int i = 0; i < 7; ++i) {
        ConsolePage page(&connection, infoOf(still));
        page.resize(800, 480);
        page.show();
        bool painted = false;
        QElapsedTimer clock;
        QObject::connect(page.view(), &ConsoleView::framePainted, [&] {
            if (page.session() && FrameProbe::distinctColours(page.session()->framebuffer(), 2) > 1)
                painted = true;
        });
        clock.start();
        page.start();
        if (TestSupport::waitFor([&] { return painted; }, 10000))
            firstFrames.push_back(double(clock.nsecsElapsed()) / 1e6);
        QTest::qWait(100);
    }
    result.insert(QStringLiteral("first_frame_ms"), median(firstFrames));

    // Idle wake-ups of the console's thread: VNC has its own; SPICE runs on the GUI thread.
    {
        ConsolePage page(&connection, infoOf(still));
        page.resize(800, 480);
        page.show();
        page.start();
        TestSupport::waitFor([&] { return page.mode() == ConsolePage::Mode::Graphical; }, 10000);
        if (page.session())
            waitUntilStill(page.session(), 1500);
        const int seconds = 10;
        auto *vnc = qobject_cast<VncSession *>(page.session());
        const qint64 before = vnc ? qint64(vnc->threadWakeups()) : wakeups(getpid(), getpid());
        idleFor(seconds * 1000);
        const qint64 after = vnc ? qint64(vnc->threadWakeups()) : wakeups(getpid(), getpid());
        result.insert(QStringLiteral("idle_wakeups_per_s"), double(after - before) / seconds);
    }

    // remote-viewer on the same still guest, for comparison.
    const int port = graphicsPort(still);
    const bool haveRemoteViewer = QFile::exists(QStringLiteral("/usr/bin/remote-viewer")) &&
                                  !qEnvironmentVariableIsEmpty("DISPLAY") && port > 0;
    auto runRemoteViewer = [&](int targetPort, auto measure) {
        QProcess viewer;
        viewer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        viewer.start(QStringLiteral("/usr/bin/remote-viewer"),
                     {QStringLiteral("%1://127.0.0.1:%2").arg(protocol).arg(targetPort)});
        viewer.waitForStarted();
        QTest::qWait(4000); // connect and settle
        measure(viewer.processId());
        viewer.kill();
        viewer.waitForFinished();
    };
    if (haveRemoteViewer) {
        runRemoteViewer(port, [&](qint64 pid) {
            const qint64 before = processWakeups(pid);
            idleFor(10000);
            result.insert(QStringLiteral("peer.idle_wakeups_per_s"),
                          double(processWakeups(pid) - before) / 10);
        });
    }
    still.destroy();

    // 2. A guest redrawing its whole 800x600 screen all the time.
    if (animatedImage.isEmpty() || !QFile::exists(animatedImage))
        return result;
    ThrowawayGuest busy;
    ThrowawayGuest::Options a = ThrowawayGuest::Options::tagged(QStringLiteral("bench-anim"));
    a.graphics = protocol;
    a.bootDisk = animatedImage;
    a.memoryMiB = 32;
    if (!busy.define(a, &error) || !busy.start(&error)) {
        result.insert(QStringLiteral("animated_error"), error);
        return result;
    }
    {
        ConsolePage page(&connection, infoOf(busy));
        page.resize(820, 640);
        page.view()->setScaling(ConsoleView::Scaling::OneToOne);
        page.show();
        page.start();
        TestSupport::waitFor(
            [&] { return page.session() && page.session()->guestSize() == QSize(800, 600); },
            30000);
        qint64 pixels = 0;
        QObject::connect(page.session(), &ConsoleSession::framebufferUpdated,
                         [&](const QRegion &r) {
                             for (const QRect &rect : r)
                                 pixels += qint64(rect.width()) * rect.height();
                         });
        QTest::qWait(1000);
        pixels = 0;
        const quint64 paintsBefore = page.view()->framesPainted();
        const double cpuBefore = ProcessStats::cpuSeconds();
        QElapsedTimer clock;
        clock.start();
        QTest::qWait(10000);
        const double seconds = clock.elapsed() / 1000.0;
        const double cpuMs = (ProcessStats::cpuSeconds() - cpuBefore) * 1000.0;
        result.insert(QStringLiteral("fps"),
                      double(page.view()->framesPainted() - paintsBefore) / seconds);
        result.insert(QStringLiteral("mpix_per_s"), double(pixels) / 1e6 / seconds);
        result.insert(QStringLiteral("cpu_pct_core"), cpuMs / 10.0 / seconds);
        if (pixels > 0)
            result.insert(QStringLiteral("cpu_ms_per_mpix"), cpuMs / (double(pixels) / 1e6));
    }
    if (haveRemoteViewer) {
        const int busyPort = graphicsPort(busy);
        runRemoteViewer(busyPort, [&](qint64 pid) {
            const double before = processCpuSeconds(pid);
            QTest::qWait(10000);
            result.insert(QStringLiteral("peer.cpu_pct_core"),
                          (processCpuSeconds(pid) - before) * 100.0 / 10.0);
        });
    }
    return result;
}
