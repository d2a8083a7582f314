// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "consolesession.h"

#include <QStringList>
#include <QVector>

typedef struct _SpiceSession SpiceSession;
typedef struct _SpiceChannel SpiceChannel;

// A SPICE console on spice-client-glib (not its GTK widget): the channels run on the GLib
// context that Qt's event dispatcher already iterates on the GUI thread, so no thread of our
// own is needed and nothing blocks. The display channel's primary surface is shown as is.
class SpiceConsoleSession : public ConsoleSession {
    Q_OBJECT
public:
    explicit SpiceConsoleSession(QObject *parent = nullptr);
    ~SpiceConsoleSession() override;

    QString protocol() const override { return QStringLiteral("spice"); }
    void openFd(int fd) override;
    void openHost(const QString &host, int port) override;
    void close() override;

    void sendPointer(const QPoint &position, Qt::MouseButtons buttons) override;
    void sendWheel(const QPoint &position, int steps, Qt::MouseButtons buttons) override;
    void setClipboardText(const QString &text) override;

    bool canResizeGuest() const override { return m_agentConnected; }
    void requestGuestSize(const QSize &size) override;
    bool agentConnected() const { return m_agentConnected; }
    bool clientMouseMode() const { return m_clientMouse; }

    // USB redirection, when this machine's spice-client-glib supports it.
    struct UsbDevice {
        QString description;
        bool connected = false;
        bool redirectable = true;
        int index = 0;
    };
    bool usbRedirectionAvailable() const;
    QVector<UsbDevice> usbDevices() const;
    void setUsbDeviceConnected(int index, bool connected);

    // Static trampolines for GLib signals; not for other callers.
    struct Callbacks;

protected:
    void transmitKey(quint16 scancode, int qtKey, const QString &text, bool pressed) override;

private:
    void createSession();
    void destroySession();
    void channelAdded(SpiceChannel *channel);

    SpiceSession *m_session = nullptr;
    SpiceChannel *m_main = nullptr;
    SpiceChannel *m_display = nullptr;
    SpiceChannel *m_inputs = nullptr;
    bool m_fdMode = false;
    bool m_agentConnected = false;
    bool m_clientMouse = false;
    QPoint m_lastPosition;
    Qt::MouseButtons m_buttons;
    QString m_pendingClipboard;
    QSize m_requestedSize;
};
