// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "job.h"
#include "usererror.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Makes a Debian root file system for an OS container with debootstrap, on this computer
// (so only for local LXC hosts). Runs on a job thread: its output goes line by line into the
// job's log, Cancel stops it, and what it made can be removed again. A folder that already
// held files is refused, never written into, and never deleted.
class RootfsBootstrap {
    Q_DECLARE_TR_FUNCTIONS(RootfsBootstrap)
public:
    // `program` empty: debootstrap from PATH (or /usr/sbin, /sbin).
    RootfsBootstrap(QString directory, QString release, QString mirror, QString program = {});
    RootfsBootstrap(const RootfsBootstrap &) = delete;
    RootfsBootstrap &operator=(const RootfsBootstrap &) = delete;

    // Why `directory` cannot receive a new root file system, or empty: it must be an absolute
    // path, and either a missing folder in an existing one or an empty folder.
    static QString checkTarget(const QString &directory);
    // Why `mirror` is not a usable Debian mirror address, or empty.
    static QString checkMirror(const QString &mirror);
    // debootstrap's command line (without the program).
    static QStringList arguments(const QString &release, const QString &directory,
                                 const QString &mirror);
    static QString findProgram();
    // Opens a TCP connection to the mirror's host within `timeoutMs`; the reason when it
    // cannot. Skipped (empty) when a proxy is configured, since debootstrap then uses it.
    static QString mirrorProblem(const QString &mirror, int timeoutMs = 10000);

    // Runs debootstrap to the end, or until control is cancelled. Progress goes into
    // control mapped onto [from, to]. Blocking.
    UserError run(JobControl &control, double from = 0, double to = 1);
    // Removes what run() made: the folder when it created it, its contents when it was empty
    // before. Returns one line per action for the log.
    QStringList removeWhatWasMade();
    bool madeSomething() const { return m_createdDirectory || m_filledEmptyDirectory; }

    // Progress through debootstrap's phases, read from its "I: …" lines.
    class PhaseTracker {
    public:
        // Returns true when the fraction or step changed.
        bool feed(const QString &line);
        double fraction() const { return m_fraction; }
        QString step() const { return m_step; }

    private:
        int m_phase = -1;
        int m_linesInPhase = 0;
        double m_fraction = 0;
        QString m_step;
    };

private:
    UserError failureFromOutput(int exitCode) const;
    QStringList unmountLeftovers();

    QString m_directory;
    QString m_release;
    QString m_mirror;
    QString m_program;
    bool m_createdDirectory = false;
    bool m_filledEmptyDirectory = false;
    QStringList m_errorLines;
};
