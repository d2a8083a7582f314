// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QImage>
#include <QObject>
#include <QRegion>
#include <QVector>

#include <functional>
#include <memory>

// One connection to a guest's graphical console (VNC or SPICE). Network I/O never blocks the
// GUI thread. The framebuffer is the session's own memory wrapped in a QImage: the view
// paints straight from it, region by region, as updates arrive.
class ConsoleSession : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Connected, Closed };
    Q_ENUM(State)
    enum class CloseReason {
        Requested,
        PasswordRequired,
        AuthenticationFailed,
        ConnectionFailed,
        Lost
    };
    Q_ENUM(CloseReason)

    explicit ConsoleSession(QObject *parent = nullptr);
    ~ConsoleSession() override;

    virtual QString protocol() const = 0; // "vnc", "spice"

    // Takes ownership of a connected socket (virDomainOpenGraphicsFD, an SSH tunnel).
    virtual void openFd(int fd) = 0;
    virtual void openHost(const QString &host, int port) = 0;
    virtual void close() = 0;

    // Some protocols (SPICE) open one socket per channel; given one this way, they ask for
    // more through the provider, which answers (asynchronously) with a socket or -1.
    using SocketProvider = std::function<void(std::function<void(int fd)> deliver)>;
    void setSocketProvider(SocketProvider provider) { m_socketProvider = std::move(provider); }

    void setPassword(const QString &password) { m_password = password; }
    QString password() const { return m_password; }

    State state() const { return m_state; }
    // Wraps the session's memory; valid until framebufferChanged() is emitted again.
    QImage framebuffer() const { return m_image; }
    QSize guestSize() const { return m_image.size(); }
    // Updates received since the session opened (0 until the first frame).
    quint64 updateCount() const { return m_updates; }

    // Input. Key codes are PC scancodes (see Keymap); keysym-only servers get qtKey/text.
    void sendKey(quint16 scancode, int qtKey, const QString &text, bool pressed);
    virtual void sendPointer(const QPoint &position, Qt::MouseButtons buttons) = 0;
    virtual void sendWheel(const QPoint &position, int steps, Qt::MouseButtons buttons) = 0;
    virtual void setClipboardText(const QString &text) = 0;
    // Presses the keys in order and releases them in reverse (Ctrl+Alt+Del and friends).
    void sendKeyCombination(const QVector<quint16> &scancodes);
    // Releases every key this session has pressed and not released (on losing focus).
    void releaseAllKeys();

    // Guest resolution following the window (SPICE with its agent).
    virtual bool canResizeGuest() const { return false; }
    virtual void requestGuestSize(const QSize &size) { Q_UNUSED(size); }
    // Whether the guest draws its own pointer into the frames, or sends a cursor shape.
    bool hasCursorShape() const { return !m_cursor.isNull(); }

Q_SIGNALS:
    void stateChanged(ConsoleSession::State state);
    void framebufferChanged();
    void framebufferUpdated(const QRegion &region);
    void closed(ConsoleSession::CloseReason reason, const QString &message);
    void cursorChanged(const QImage &image, const QPoint &hotspot);
    void clipboardTextReceived(const QString &text);
    void guestResizeAvailabilityChanged(bool available);

protected:
    void setState(State state);
    void setFramebuffer(const QImage &image, std::shared_ptr<void> memory);
    void noteUpdate(const QRegion &region);
    void setCursorShape(const QImage &image, const QPoint &hotspot);
    void finish(CloseReason reason, const QString &message);
    virtual void transmitKey(quint16 scancode, int qtKey, const QString &text, bool pressed) = 0;
    SocketProvider socketProvider() const { return m_socketProvider; }

private:
    State m_state = State::Idle;
    QImage m_image;
    std::shared_ptr<void> m_memory;
    quint64 m_updates = 0;
    QString m_password;
    QImage m_cursor;
    QVector<quint16> m_pressed;
    SocketProvider m_socketProvider;
};
