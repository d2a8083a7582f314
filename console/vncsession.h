// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "consolesession.h"

#include <atomic>
#include <memory>

// A VNC console on libvncclient. The protocol runs on a thread of its own that sleeps in
// poll() until the server sends something or the GUI queues input, so an idle console does
// not wake up at all. Updates are merged into one dirty region per server frame and handed
// to the GUI thread with at most one queued call outstanding.
class VncSession : public ConsoleSession {
    Q_OBJECT
public:
    explicit VncSession(QObject *parent = nullptr);
    ~VncSession() override;

    QString protocol() const override { return QStringLiteral("vnc"); }
    void openFd(int fd) override;
    void openHost(const QString &host, int port) override;
    void close() override;

    void sendPointer(const QPoint &position, Qt::MouseButtons buttons) override;
    void sendWheel(const QPoint &position, int steps, Qt::MouseButtons buttons) override;
    void setClipboardText(const QString &text) override;

    // Loop iterations of the protocol thread, to measure idle wake-ups.
    quint64 threadWakeups() const;

    struct Shared;

protected:
    void transmitKey(quint16 scancode, int qtKey, const QString &text, bool pressed) override;

private:
    void startThread(int fd, const QString &host, int port);
    void stopThread();
    // Reconnects without the user noticing; false when it cannot.
    bool resynchronize();

    std::shared_ptr<Shared> m_shared;
    QString m_host;
    int m_port = 0;
    int m_resyncs = 0;
};
