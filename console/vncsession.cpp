// SPDX-License-Identifier: GPL-2.0-or-later
#include "vncsession.h"

#include "keymap.h"

#include <QMutex>
#include <QPointer>

#include <rfb/rfbclient.h>

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <thread>
#include <variant>

namespace {

struct KeyInput {
    quint32 keysym;
    quint32 qnum;
    bool down;
};
struct PointerInput {
    int x;
    int y;
    int mask;
};
struct CutTextInput {
    QByteArray latin1;
};
using Input = std::variant<KeyInput, PointerInput, CutTextInput>;

// Pixel memory shared by the protocol thread (writer) and the view (reader).
struct FrameMemory {
    uchar *data = nullptr;
    ~FrameMemory() { std::free(data); }
};

thread_local QString t_lastLog;

void logToThread(const char *format, ...) {
    char line[512];
    va_list args;
    va_start(args, format);
    std::vsnprintf(line, sizeof(line), format, args);
    va_end(args);
    t_lastLog = QString::fromLocal8Bit(line).trimmed();
}

int mask(Qt::MouseButtons buttons) {
    int m = 0;
    if (buttons & Qt::LeftButton)
        m |= rfbButton1Mask;
    if (buttons & Qt::MiddleButton)
        m |= rfbButton2Mask;
    if (buttons & Qt::RightButton)
        m |= rfbButton3Mask;
    return m;
}

int g_clientTag; // address used as the key for rfbClientGetClientData

} // namespace

struct VncSession::Shared : std::enable_shared_from_this<VncSession::Shared> {
    QMutex mutex;
    QPointer<VncSession> session;
    std::deque<Input> inputs;
    QRegion pending;
    bool updatePosted = false;
    std::shared_ptr<FrameMemory> frame;
    int wakeFd = -1;
    int socket = -1;
    bool stop = false;
    bool passwordAsked = false;
    QByteArray password;
    std::atomic<quint64> wakeups{0};

    ~Shared() {
        if (wakeFd >= 0)
            ::close(wakeFd);
    }
    void wake() { eventfd_write(wakeFd, 1); }

    // Runs `call` on the GUI thread if the session still exists. Caller holds `mutex`.
    template <typename Fn> void post(Fn call) {
        if (VncSession *s = session.data())
            QMetaObject::invokeMethod(
                s, [s, call] { call(s); }, Qt::QueuedConnection);
    }

    static Shared *of(rfbClient *client) {
        return static_cast<Shared *>(rfbClientGetClientData(client, &g_clientTag));
    }

    static rfbBool allocateFrame(rfbClient *client) {
        Shared *self = of(client);
        auto memory = std::make_shared<FrameMemory>();
        const size_t bytes = size_t(client->width) * size_t(client->height) * 4;
        memory->data = static_cast<uchar *>(std::calloc(bytes ? bytes : 4, 1));
        if (!memory->data)
            return FALSE;
        client->frameBuffer = memory->data;
        const int w = client->width;
        const int h = client->height;
        QMutexLocker lock(&self->mutex);
        self->frame = memory;
        self->pending = QRegion();
        self->post([memory, w, h](VncSession *s) {
            s->setFramebuffer(QImage(memory->data, w, h, w * 4, QImage::Format_RGB32), memory);
        });
        return TRUE;
    }

    static void gotUpdate(rfbClient *client, int x, int y, int w, int h) {
        Shared *self = of(client);
        QMutexLocker lock(&self->mutex);
        self->pending += QRect(x, y, w, h);
    }

    static void finishedUpdate(rfbClient *client) {
        Shared *self = of(client);
        QMutexLocker lock(&self->mutex);
        if (self->updatePosted || self->pending.isEmpty())
            return;
        self->updatePosted = true;
        self->post([shared = self->shared_from_this()](VncSession *s) {
            QRegion region;
            {
                QMutexLocker inner(&shared->mutex);
                region = std::exchange(shared->pending, QRegion());
                shared->updatePosted = false;
            }
            if (s->state() == State::Connecting)
                s->setState(State::Connected);
            s->noteUpdate(region);
        });
    }

    static char *givePassword(rfbClient *client) {
        Shared *self = of(client);
        QMutexLocker lock(&self->mutex);
        self->passwordAsked = true;
        return strdup(self->password.constData());
    }

    static void gotCutText(rfbClient *client, const char *text, int length) {
        Shared *self = of(client);
        const QString received = QString::fromLatin1(text, length);
        QMutexLocker lock(&self->mutex);
        self->post([received](VncSession *s) { Q_EMIT s->clipboardTextReceived(received); });
    }

    static void gotCursor(rfbClient *client, int xhot, int yhot, int width, int height, int bpp) {
        Shared *self = of(client);
        if (bpp != 4 || !client->rcSource || width <= 0 || height <= 0)
            return;
        QImage cursor(width, height, QImage::Format_ARGB32);
        const auto *source = reinterpret_cast<const quint32 *>(client->rcSource);
        for (int y = 0; y < height; ++y) {
            auto *line = reinterpret_cast<quint32 *>(cursor.scanLine(y));
            for (int x = 0; x < width; ++x) {
                const bool opaque = client->rcMask && client->rcMask[y * width + x];
                line[x] = opaque ? (0xff000000u | (source[y * width + x] & 0xffffffu)) : 0u;
            }
        }
        const QPoint hotspot(xhot, yhot);
        QMutexLocker lock(&self->mutex);
        self->post([cursor, hotspot](VncSession *s) { s->setCursorShape(cursor, hotspot); });
    }

    static void run(std::shared_ptr<Shared> self, int fd, QByteArray host, int port);
};

void VncSession::Shared::run(std::shared_ptr<Shared> self, int fd, QByteArray host, int port) {
    rfbClientLog = logToThread;
    rfbClientErr = logToThread;
    rfbClient *client = rfbGetClient(8, 3, 4);
    // Match QImage::Format_RGB32 so frames need no conversion.
    client->format.redShift = 16;
    client->format.greenShift = 8;
    client->format.blueShift = 0;
    client->format.redMax = client->format.greenMax = client->format.blueMax = 255;
    client->appData.encodingsString = "tight zrle ultra copyrect hextile zlib corre rre raw";
    client->appData.compressLevel = 1;
    client->appData.qualityLevel = 9;
    client->appData.useRemoteCursor = TRUE;
    client->canHandleNewFBSize = TRUE;
    client->MallocFrameBuffer = allocateFrame;
    client->GotFrameBufferUpdate = gotUpdate;
    client->FinishedFrameBufferUpdate = finishedUpdate;
    client->GetPassword = givePassword;
    client->GotXCutText = gotCutText;
    client->GotCursorShape = gotCursor;
    rfbClientSetClientData(client, &g_clientTag, self.get());
    if (fd >= 0) {
        client->sock = fd;
        client->listenSpecified = TRUE; // use this socket instead of connecting
    } else {
        client->serverHost = strdup(host.constData());
        client->serverPort = port;
    }

    const bool ok = rfbInitClient(client, nullptr, nullptr); // frees the client on failure
    if (!ok) {
        QMutexLocker lock(&self->mutex);
        // The server asked for a password: either we had none or it was refused.
        const CloseReason reason = !self->passwordAsked       ? CloseReason::ConnectionFailed
                                   : self->password.isEmpty() ? CloseReason::PasswordRequired
                                                              : CloseReason::AuthenticationFailed;
        const QString log = t_lastLog;
        self->post([reason, log](VncSession *s) { s->finish(reason, log); });
        return;
    }
    {
        QMutexLocker lock(&self->mutex);
        self->socket = client->sock;
    }

    bool failed = false;
    for (;;) {
        {
            QMutexLocker lock(&self->mutex);
            if (self->stop)
                break;
        }
        if (client->buffered == 0) {
            pollfd fds[2] = {{client->sock, POLLIN, 0}, {self->wakeFd, POLLIN, 0}};
            if (poll(fds, 2, -1) < 0 && errno != EINTR) {
                failed = true;
                break;
            }
            self->wakeups.fetch_add(1, std::memory_order_relaxed);
            if (fds[1].revents & POLLIN) {
                eventfd_t value;
                eventfd_read(self->wakeFd, &value);
            }
            if (fds[0].revents & (POLLERR | POLLHUP | POLLNVAL)) {
                failed = true;
                break;
            }
            std::deque<Input> inputs;
            {
                QMutexLocker lock(&self->mutex);
                inputs.swap(self->inputs);
            }
            for (const Input &input : inputs) {
                if (const auto *key = std::get_if<KeyInput>(&input)) {
                    if (!SendExtendedKeyEvent(client, key->keysym, key->qnum, key->down))
                        SendKeyEvent(client, key->keysym, key->down);
                } else if (const auto *pointer = std::get_if<PointerInput>(&input)) {
                    SendPointerEvent(client, pointer->x, pointer->y, pointer->mask);
                } else if (const auto *cut = std::get_if<CutTextInput>(&input)) {
                    SendClientCutText(client, const_cast<char *>(cut->latin1.constData()),
                                      int(cut->latin1.size()));
                }
            }
            if (!(fds[0].revents & POLLIN))
                continue;
        }
        if (!HandleRFBServerMessage(client)) {
            failed = true;
            break;
        }
    }

    bool requested = false;
    {
        QMutexLocker lock(&self->mutex);
        requested = self->stop;
        self->socket = -1;
        const QString log = t_lastLog;
        // QEMU can send rectangles of a new, larger screen mode before announcing the new
        // size, which libvncclient rejects. A fresh connection starts with the right size.
        const bool resync = log.startsWith(QLatin1String("Rect too large"));
        if (!requested && failed)
            self->post([log, resync](VncSession *s) {
                if (resync && s->resynchronize())
                    return;
                s->finish(CloseReason::Lost,
                          log.isEmpty() ? tr("The connection was closed.") : log);
            });
    }
    client->frameBuffer = nullptr; // owned by FrameMemory
    rfbClientCleanup(client);
}

VncSession::VncSession(QObject *parent)
    : ConsoleSession(parent) {}

VncSession::~VncSession() {
    close();
}

void VncSession::openFd(int fd) {
    m_host.clear();
    m_port = 0;
    m_resyncs = 0;
    setState(State::Connecting);
    startThread(fd, {}, 0);
}

void VncSession::openHost(const QString &host, int port) {
    m_host = host;
    m_port = port;
    m_resyncs = 0;
    setState(State::Connecting);
    startThread(-1, host, port);
}

void VncSession::startThread(int fd, const QString &host, int port) {
    stopThread();
    m_shared = std::make_shared<Shared>();
    m_shared->session = this;
    m_shared->wakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    m_shared->password = password().toUtf8();
    std::thread(Shared::run, m_shared, fd, host.toUtf8(), port).detach();
}

bool VncSession::resynchronize() {
    // A few per session: a server that keeps doing it is broken, not changing modes.
    if (++m_resyncs > 20)
        return false;
    if (!m_host.isEmpty()) {
        startThread(-1, m_host, m_port);
        return true;
    }
    const SocketProvider provider = socketProvider();
    if (!provider)
        return false;
    QPointer<VncSession> alive(this);
    provider([alive](int fd) {
        if (!alive || alive->state() == State::Closed) {
            if (fd >= 0)
                ::close(fd);
            return;
        }
        if (fd < 0) {
            alive->finish(CloseReason::Lost, tr("The console could not be reopened."));
            return;
        }
        alive->startThread(fd, {}, 0);
    });
    return true;
}

void VncSession::stopThread() {
    if (!m_shared)
        return;
    QMutexLocker lock(&m_shared->mutex);
    m_shared->stop = true;
    m_shared->session = nullptr;
    // Unblocks a read in progress; the thread then cleans up on its own.
    if (m_shared->socket >= 0)
        ::shutdown(m_shared->socket, SHUT_RDWR);
    m_shared->wake();
    lock.unlock();
    m_shared.reset();
}

void VncSession::close() {
    stopThread();
    finish(CloseReason::Requested, QString());
}

quint64 VncSession::threadWakeups() const {
    return m_shared ? m_shared->wakeups.load(std::memory_order_relaxed) : 0;
}

void VncSession::transmitKey(quint16 scancode, int qtKey, const QString &text, bool pressed) {
    if (!m_shared || state() == State::Closed)
        return;
    const KeyInput key{Keymap::keysymFor(qtKey, text), Keymap::toQnum(scancode), pressed};
    QMutexLocker lock(&m_shared->mutex);
    m_shared->inputs.push_back(key);
    m_shared->wake();
}

void VncSession::sendPointer(const QPoint &position, Qt::MouseButtons buttons) {
    if (!m_shared)
        return;
    QMutexLocker lock(&m_shared->mutex);
    m_shared->inputs.push_back(PointerInput{position.x(), position.y(), mask(buttons)});
    m_shared->wake();
}

void VncSession::sendWheel(const QPoint &position, int steps, Qt::MouseButtons buttons) {
    if (!m_shared || steps == 0)
        return;
    const int wheel = steps > 0 ? rfbButton4Mask : rfbButton5Mask;
    QMutexLocker lock(&m_shared->mutex);
    for (int i = 0; i < std::abs(steps); ++i) {
        m_shared->inputs.push_back(PointerInput{position.x(), position.y(), mask(buttons) | wheel});
        m_shared->inputs.push_back(PointerInput{position.x(), position.y(), mask(buttons)});
    }
    m_shared->wake();
}

void VncSession::setClipboardText(const QString &text) {
    if (!m_shared)
        return;
    QMutexLocker lock(&m_shared->mutex);
    m_shared->inputs.push_back(CutTextInput{text.toLatin1()});
    m_shared->wake();
}
