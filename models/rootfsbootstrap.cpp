// SPDX-License-Identifier: GPL-2.0-or-later
#include "rootfsbootstrap.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

#include <netdb.h>
#include <poll.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>

namespace {

struct Phase {
    const char *prefix[3];
    double start;
    double end;
    int halfway; // lines after which half the phase is done: the real count is unknown
    const char *step;
};

// In the order debootstrap goes through them; Retrieving and Validating alternate per package.
const std::array<Phase, 4> kPhases = {{
    {{"I: Retrieving", "I: Validating", "I: Checking"},
     0.02,
     0.5,
     60,
     QT_TRANSLATE_NOOP("RootfsBootstrap", "Downloading packages…")},
    {{"I: Extracting", "I: Chosen extractor", nullptr},
     0.5,
     0.6,
     20,
     QT_TRANSLATE_NOOP("RootfsBootstrap", "Extracting packages…")},
    {{"I: Unpacking", "I: Installing", nullptr},
     0.6,
     0.8,
     20,
     QT_TRANSLATE_NOOP("RootfsBootstrap", "Unpacking packages…")},
    {{"I: Configuring", nullptr, nullptr},
     0.8,
     0.98,
     20,
     QT_TRANSLATE_NOOP("RootfsBootstrap", "Configuring packages…")},
}};

// /proc/self/mountinfo escapes blanks and backslashes as octal.
QString unescapeMountPath(const QByteArray &raw) {
    QByteArray out;
    for (int i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\\' && i + 3 < raw.size()) {
            bool ok = false;
            const int code = raw.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(char(code));
                i += 3;
                continue;
            }
        }
        out.append(raw[i]);
    }
    return QString::fromUtf8(out);
}

QStringList mountsUnder(const QString &directory) {
    QStringList mounts;
    QFile file(QStringLiteral("/proc/self/mountinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return mounts;
    const QString prefix = QDir::cleanPath(directory) + QLatin1Char('/');
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 5)
            continue;
        const QString point = unescapeMountPath(fields[4]);
        if (point.startsWith(prefix))
            mounts << point;
    }
    // Deepest first, so nested mounts come off before their parents.
    std::sort(mounts.begin(), mounts.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return mounts;
}

} // namespace

RootfsBootstrap::RootfsBootstrap(QString directory, QString release, QString mirror,
                                 QString program)
    : m_directory(QDir::cleanPath(directory))
    , m_release(std::move(release))
    , m_mirror(std::move(mirror))
    , m_program(std::move(program)) {}

QString RootfsBootstrap::checkTarget(const QString &directory) {
    if (directory.trimmed().isEmpty())
        return tr("Choose the folder for the new root file system.");
    if (!QDir::isAbsolutePath(directory))
        return tr("Enter a full path starting with \"/\".");
    const QString clean = QDir::cleanPath(directory);
    if (clean == QLatin1String("/"))
        return tr("The host's own root folder cannot hold a container's files.");
    const QFileInfo info(clean);
    if (info.exists() || info.isSymLink()) {
        if (!info.isDir())
            return tr("%1 is a file, not a folder.").arg(clean);
        const QDir dir(clean);
        if (!dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
                 .isEmpty())
            return tr("%1 already holds files. Choose an empty or new folder: VirtDeck never "
                      "writes into (or deletes) files it did not make.")
                .arg(clean);
        if (!info.isWritable())
            return tr("%1 is not writable.").arg(clean);
        return {};
    }
    const QFileInfo parent(info.absolutePath());
    if (!parent.isDir())
        return tr("The folder %1 does not exist; the new folder is made inside an existing one.")
            .arg(parent.absoluteFilePath());
    if (!parent.isWritable())
        return tr("Cannot make a folder in %1 (not writable).").arg(parent.absoluteFilePath());
    return {};
}

QString RootfsBootstrap::checkMirror(const QString &mirror) {
    const QUrl url(mirror.trimmed(), QUrl::StrictMode);
    if (mirror.trimmed().isEmpty())
        return tr("Enter the address of a Debian mirror, e.g. %1.")
            .arg(QStringLiteral("http://deb.debian.org/debian"));
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return tr("The mirror must be an http:// or https:// address with a host name.");
    return {};
}

QStringList RootfsBootstrap::arguments(const QString &release, const QString &directory,
                                       const QString &mirror) {
    // minbase has no init system; an OS container boots /sbin/init, which systemd-sysv brings.
    return {QStringLiteral("--variant=minbase"), QStringLiteral("--include=systemd-sysv"), release,
            directory, mirror};
}

QString RootfsBootstrap::findProgram() {
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("debootstrap"));
    if (!onPath.isEmpty())
        return onPath;
    // Ordinary users' PATH often lacks the sbin folders.
    return QStandardPaths::findExecutable(QStringLiteral("debootstrap"),
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
}

QString RootfsBootstrap::mirrorProblem(const QString &mirror, int timeoutMs) {
    for (const char *variable : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"})
        if (!qEnvironmentVariableIsEmpty(variable))
            return {};
    const QUrl url(mirror.trimmed());
    const QString host = url.host();
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    if (getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints,
                    &found) != 0 ||
        !found)
        return tr("The name %1 cannot be resolved (no DNS, or no network).").arg(host);
    QString problem = tr("%1 does not answer on port %2.").arg(host).arg(port);
    QElapsedTimer clock;
    clock.start();
    for (addrinfo *a = found; a; a = a->ai_next) {
        const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK, a->ai_protocol);
        if (fd < 0)
            continue;
        bool connected = ::connect(fd, a->ai_addr, a->ai_addrlen) == 0;
        if (!connected && errno == EINPROGRESS) {
            pollfd p{fd, POLLOUT, 0};
            const int left = std::max<qint64>(1, timeoutMs - clock.elapsed());
            if (::poll(&p, 1, left) == 1) {
                int error = 0;
                socklen_t length = sizeof error;
                getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
                connected = error == 0;
            }
        }
        ::close(fd);
        if (connected) {
            problem.clear();
            break;
        }
        if (clock.elapsed() >= timeoutMs)
            break;
    }
    freeaddrinfo(found);
    return problem;
}

bool RootfsBootstrap::PhaseTracker::feed(const QString &line) {
    if (line.startsWith(QLatin1String("I: Base system installed successfully"))) {
        m_fraction = 1;
        m_step = tr("Root file system ready");
        return true;
    }
    int phase = -1;
    for (int i = 0; i < int(kPhases.size()) && phase < 0; ++i)
        for (const char *prefix : kPhases[i].prefix)
            if (prefix && line.startsWith(QLatin1String(prefix))) {
                phase = i;
                break;
            }
    if (phase < 0)
        return false;
    // debootstrap configures the required packages before unpacking the rest: the bar never
    // moves back, it keeps counting in the furthest phase reached.
    if (phase > m_phase) {
        m_phase = phase;
        m_linesInPhase = 0;
        m_step = tr(kPhases[phase].step);
    }
    ++m_linesInPhase;
    const Phase &p = kPhases[m_phase];
    const double within = double(m_linesInPhase) / double(m_linesInPhase + p.halfway);
    m_fraction = std::max(m_fraction, p.start + (p.end - p.start) * within);
    return true;
}

UserError RootfsBootstrap::run(JobControl &control, double from, double to) {
    const QString context =
        tr("Making a Debian %1 root file system in %2").arg(m_release, m_directory);
    const QString program = m_program.isEmpty() ? findProgram() : m_program;
    if (program.isEmpty() || !QFileInfo(program).isExecutable())
        return UserError::make(UserError::Kind::NotSupported, tr("debootstrap is not installed"),
                               tr("Making a Debian root file system needs the debootstrap "
                                  "program on this computer."),
                               tr("Install it (apt install debootstrap), or choose an existing "
                                  "root file system folder."),
                               context);
    const QString targetProblem = checkTarget(m_directory);
    if (!targetProblem.isEmpty())
        return UserError::make(UserError::Kind::InvalidInput, tr("The folder cannot be used"),
                               targetProblem, {}, context);
    // A stand-in program (tests) downloads nothing, so only the real one needs the mirror.
    if (m_program.isEmpty()) {
        control.setProgress(from, tr("Checking the mirror…"));
        const QString unreachable = mirrorProblem(m_mirror);
        if (!unreachable.isEmpty())
            return UserError::make(UserError::Kind::HostUnreachable,
                                   tr("The Debian mirror cannot be reached"),
                                   tr("%1 (mirror %2)").arg(unreachable, m_mirror),
                                   tr("Check this computer's internet connection and the mirror "
                                      "address, or set http_proxy for a proxy."),
                                   context);
    }

    if (QFileInfo::exists(m_directory)) {
        m_filledEmptyDirectory = true;
    } else {
        if (!QDir().mkdir(m_directory))
            return UserError::make(UserError::Kind::AccessDenied, tr("Cannot make the folder"),
                                   tr("%1 could not be created.").arg(m_directory), {}, context);
        m_createdDirectory = true;
    }

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Plain English messages, whose "I:" and "E:" lines we read; and the sbin folders for
    // the chroot and mount helpers debootstrap runs.
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("PATH"),
                       environment.value(QStringLiteral("PATH")) +
                           QStringLiteral(":/usr/sbin:/sbin:/usr/bin:/bin"));
    process.setProcessEnvironment(environment);
    const QStringList args = arguments(m_release, m_directory, m_mirror);
    control.log(QStringLiteral("$ debootstrap ") + args.join(QLatin1Char(' ')));
    process.start(program, args);
    if (!process.waitForStarted(10000))
        return UserError::make(UserError::Kind::Other, tr("debootstrap did not start"),
                               process.errorString(), {}, context);

    PhaseTracker tracker;
    control.setProgress(from, tr("Starting debootstrap…"));
    auto readLines = [&] {
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            if (line.isEmpty())
                continue;
            control.log(line);
            if (line.startsWith(QLatin1String("E: ")) || line.startsWith(QLatin1String("W: ")))
                m_errorLines << line;
            if (tracker.feed(line))
                control.setProgress(from + (to - from) * tracker.fraction(), tracker.step());
        }
    };
    while (process.state() != QProcess::NotRunning) {
        if (control.isCancelled()) {
            // SIGTERM first: debootstrap's exit trap unmounts /proc and /sys in the target.
            process.terminate();
            if (!process.waitForFinished(5000)) {
                process.kill();
                process.waitForFinished(5000);
            }
            readLines();
            control.log(tr("debootstrap stopped"));
            return UserError::make(UserError::Kind::Other, tr("Cancelled"),
                                   tr("Making the root file system was cancelled."), {}, context);
        }
        process.waitForReadyRead(200);
        readLines();
    }
    if (process.bytesAvailable() > 0) {
        const QString rest = QString::fromUtf8(process.readAll()).trimmed();
        for (const QString &line : rest.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            control.log(line);
            if (line.startsWith(QLatin1String("E: ")))
                m_errorLines << line;
        }
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        UserError error = failureFromOutput(
            process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1);
        return UserError::make(error.kind(), error.title(), error.explanation(), error.hint(),
                               context);
    }
    control.setProgress(to, tr("Root file system ready"));
    return {};
}

UserError RootfsBootstrap::failureFromOutput(int exitCode) const {
    const QString all = m_errorLines.join(QLatin1Char('\n'));
    QString last;
    for (auto it = m_errorLines.crbegin(); it != m_errorLines.crend() && last.isEmpty(); ++it)
        if (it->startsWith(QLatin1String("E: ")))
            last = it->mid(3);
    if (all.contains(QLatin1String("Failed getting release")) ||
        all.contains(QLatin1String("Couldn't download")) ||
        all.contains(QLatin1String("Failure while downloading")) ||
        all.contains(QLatin1String("Couldn't retrieve")))
        return UserError::make(
            UserError::Kind::HostUnreachable, tr("The Debian mirror could not be used"),
            tr("debootstrap could not download %1 from %2: %3").arg(m_release, m_mirror, last),
            tr("Check the mirror address, the release name and this "
               "computer's internet connection."));
    if (all.contains(QLatin1String("only run as root")) ||
        all.contains(QLatin1String("Permission denied")))
        return UserError::make(
            UserError::Kind::AccessDenied, tr("debootstrap needs root"),
            tr("debootstrap must run as root to make a root file system: %1").arg(last),
            tr("Run VirtDeck as root, or make the root file system with "
               "sudo debootstrap and choose that folder."));
    if (all.contains(QLatin1String("No such script")))
        return UserError::make(UserError::Kind::InvalidInput, tr("Unknown Debian release"),
                               tr("This debootstrap does not know the release %1.").arg(m_release),
                               tr("Choose another release, or update debootstrap."));
    return UserError::make(UserError::Kind::Other, tr("debootstrap failed"),
                           last.isEmpty() ? tr("debootstrap ended with exit code %1; the log "
                                               "shows its output.")
                                                .arg(exitCode)
                                          : last);
}

QStringList RootfsBootstrap::unmountLeftovers() {
    QStringList done;
    for (const QString &point : mountsUnder(m_directory)) {
        if (::umount2(point.toUtf8().constData(), MNT_DETACH) == 0)
            done << tr("Unmounted %1").arg(point);
        else
            done << tr("Could not unmount %1: %2")
                        .arg(point, QString::fromLocal8Bit(std::strerror(errno)));
    }
    return done;
}

QStringList RootfsBootstrap::removeWhatWasMade() {
    QStringList done;
    if (!madeSomething())
        return done;
    done << unmountLeftovers();
    // Deleting through a live /proc or /dev mount would reach the host's own; stop instead.
    if (!mountsUnder(m_directory).isEmpty()) {
        done << tr("Left %1 in place: file systems are still mounted inside it.").arg(m_directory);
        return done;
    }
    if (m_createdDirectory) {
        if (QDir(m_directory).removeRecursively())
            done << tr("Deleted %1").arg(m_directory);
        else
            done << tr("Could not delete all of %1").arg(m_directory);
    } else {
        // The folder was empty before: everything in it is ours, the folder itself is not.
        bool ok = true;
        const QFileInfoList entries = QDir(m_directory)
                                          .entryInfoList(QDir::AllEntries | QDir::Hidden |
                                                         QDir::System | QDir::NoDotAndDotDot);
        for (const QFileInfo &entry : entries) {
            if (entry.isDir() && !entry.isSymLink())
                ok = QDir(entry.absoluteFilePath()).removeRecursively() && ok;
            else
                ok = QFile::remove(entry.absoluteFilePath()) && ok;
        }
        done << (ok ? tr("Emptied %1 again").arg(m_directory)
                    : tr("Could not empty all of %1").arg(m_directory));
    }
    m_createdDirectory = false;
    m_filledEmptyDirectory = false;
    return done;
}
