// SPDX-License-Identifier: GPL-2.0-or-later
#include "spiceconsolesession.h"

#include <spice-client.h>
#include <spice/vd_agent.h>

#include <QPointer>

#include <unistd.h>

namespace {

int buttonMask(Qt::MouseButtons buttons) {
    int m = 0;
    if (buttons & Qt::LeftButton)
        m |= SPICE_MOUSE_BUTTON_MASK_LEFT;
    if (buttons & Qt::MiddleButton)
        m |= SPICE_MOUSE_BUTTON_MASK_MIDDLE;
    if (buttons & Qt::RightButton)
        m |= SPICE_MOUSE_BUTTON_MASK_RIGHT;
    return m;
}

QImage::Format imageFormat(int spiceFormat) {
    switch (spiceFormat) {
    case SPICE_SURFACE_FMT_32_xRGB:
        return QImage::Format_RGB32;
    case SPICE_SURFACE_FMT_32_ARGB:
        return QImage::Format_ARGB32;
    case SPICE_SURFACE_FMT_16_565:
        return QImage::Format_RGB16;
    case SPICE_SURFACE_FMT_16_555:
        return QImage::Format_RGB555;
    default:
        return QImage::Format_Invalid;
    }
}

} // namespace

// GLib signal handlers: each gets the session as user data and runs on the GUI thread.
struct SpiceConsoleSession::Callbacks {
    static void channelNew(SpiceSession *, SpiceChannel *channel, gpointer self) {
        static_cast<SpiceConsoleSession *>(self)->channelAdded(channel);
    }

    static void channelEvent(SpiceChannel *channel, SpiceChannelEvent event, gpointer data) {
        auto *self = static_cast<SpiceConsoleSession *>(data);
        const bool main = channel == self->m_main;
        switch (event) {
        case SPICE_CHANNEL_OPENED:
            if (main && self->state() == State::Connecting)
                self->setState(State::Connected);
            return;
        case SPICE_CHANNEL_ERROR_AUTH:
            self->finish(self->password().isEmpty() ? CloseReason::PasswordRequired
                                                    : CloseReason::AuthenticationFailed,
                         tr("The console refused the password."));
            self->destroySession();
            return;
        case SPICE_CHANNEL_ERROR_CONNECT:
        case SPICE_CHANNEL_ERROR_TLS:
        case SPICE_CHANNEL_ERROR_LINK:
            if (main) {
                self->finish(CloseReason::ConnectionFailed,
                             tr("Could not connect to the SPICE server."));
                self->destroySession();
            }
            return;
        case SPICE_CHANNEL_ERROR_IO:
        case SPICE_CHANNEL_CLOSED:
            if (main) {
                self->finish(CloseReason::Lost, tr("The SPICE connection was closed."));
                self->destroySession();
            }
            return;
        default:
            return;
        }
    }

    static void openFd(SpiceChannel *channel, gint, gpointer data) {
        auto *self = static_cast<SpiceConsoleSession *>(data);
        const SocketProvider provider = self->socketProvider();
        if (!provider)
            return;
        QPointer<SpiceConsoleSession> alive(self);
        g_object_ref(channel);
        provider([alive, channel](int fd) {
            if (alive && alive->m_session && fd >= 0)
                spice_channel_open_fd(channel, fd);
            else if (fd >= 0)
                ::close(fd);
            g_object_unref(channel);
        });
    }

    static void primaryCreate(SpiceChannel *, gint format, gint width, gint height, gint stride,
                              gint, gpointer imgdata, gpointer data) {
        auto *self = static_cast<SpiceConsoleSession *>(data);
        const QImage::Format f = imageFormat(format);
        if (f == QImage::Format_Invalid || !imgdata)
            return;
        // The surface belongs to spice-client-glib until display-primary-destroy.
        self->setFramebuffer(QImage(static_cast<uchar *>(imgdata), width, height, stride, f), {});
    }

    static void primaryDestroy(SpiceChannel *, gpointer data) {
        static_cast<SpiceConsoleSession *>(data)->setFramebuffer(QImage(), {});
    }

    static void invalidate(SpiceChannel *, gint x, gint y, gint w, gint h, gpointer data) {
        auto *self = static_cast<SpiceConsoleSession *>(data);
        self->noteUpdate(QRegion(x, y, w, h));
    }

    static void cursorSet(SpiceChannel *, gint width, gint height, gint hotX, gint hotY,
                          gpointer rgba, gpointer data) {
        auto *self = static_cast<SpiceConsoleSession *>(data);
        if (!rgba || width <= 0 || height <= 0)
            return;
        const QImage cursor = QImage(static_cast<const uchar *>(rgba), width, height, width * 4,
                                     QImage::Format_ARGB32)
                                  .copy();
        self->setCursorShape(cursor, QPoint(hotX, hotY));
    }

    static void agentChanged(GObject *, GParamSpec *, gpointer data) {
        auto *self = static_cast<SpiceConsoleSession *>(data);
        gboolean connected = FALSE;
        g_object_get(self->m_main, "agent-connected", &connected, nullptr);
        self->m_agentConnected = connected;
        Q_EMIT self->guestResizeAvailabilityChanged(connected);
        if (connected && self->m_requestedSize.isValid())
            self->requestGuestSize(self->m_requestedSize);
    }

    static void mouseModeChanged(SpiceChannel *channel, gpointer data) {
        auto *self = static_cast<SpiceConsoleSession *>(data);
        gint mode = 0;
        g_object_get(channel, "mouse-mode", &mode, nullptr);
        self->m_clientMouse = mode == SPICE_MOUSE_MODE_CLIENT;
    }

    // The guest copied something: ask for it as text.
    static gboolean clipboardGrab(SpiceMainChannel *main, guint selection, guint32 *types,
                                  guint ntypes, gpointer) {
        for (guint i = 0; i < ntypes; ++i) {
            if (types[i] == VD_AGENT_CLIPBOARD_UTF8_TEXT) {
                spice_main_channel_clipboard_selection_request(main, selection,
                                                               VD_AGENT_CLIPBOARD_UTF8_TEXT);
                break;
            }
        }
        return TRUE;
    }

    static void clipboardData(SpiceMainChannel *, guint, guint type, gpointer bytes, guint size,
                              gpointer data) {
        if (type != VD_AGENT_CLIPBOARD_UTF8_TEXT)
            return;
        auto *self = static_cast<SpiceConsoleSession *>(data);
        Q_EMIT self->clipboardTextReceived(
            QString::fromUtf8(static_cast<const char *>(bytes), int(size)));
    }

    // The guest pastes what we offered.
    static gboolean clipboardRequest(SpiceMainChannel *main, guint selection, guint type,
                                     gpointer data) {
        auto *self = static_cast<SpiceConsoleSession *>(data);
        if (type != VD_AGENT_CLIPBOARD_UTF8_TEXT)
            return FALSE;
        const QByteArray text = self->m_pendingClipboard.toUtf8();
        spice_main_channel_clipboard_selection_notify(
            main, selection, type, reinterpret_cast<const guchar *>(text.constData()),
            size_t(text.size()));
        return TRUE;
    }
};

SpiceConsoleSession::SpiceConsoleSession(QObject *parent)
    : ConsoleSession(parent) {}

SpiceConsoleSession::~SpiceConsoleSession() {
    destroySession();
}

void SpiceConsoleSession::createSession() {
    destroySession();
    m_session = spice_session_new();
    g_object_set(m_session, "enable-audio", FALSE, nullptr);
    if (!password().isEmpty())
        g_object_set(m_session, "password", password().toUtf8().constData(), nullptr);
    g_signal_connect(m_session, "channel-new", G_CALLBACK(Callbacks::channelNew), this);
    setState(State::Connecting);
}

void SpiceConsoleSession::destroySession() {
    if (!m_session)
        return;
    SpiceSession *session = m_session;
    m_session = nullptr;
    g_signal_handlers_disconnect_by_data(session, this);
    for (SpiceChannel *c : {m_main, m_display, m_inputs})
        if (c)
            g_signal_handlers_disconnect_by_data(c, this);
    m_main = m_display = m_inputs = nullptr;
    GList *channels = spice_session_get_channels(session);
    for (GList *l = channels; l; l = l->next)
        g_signal_handlers_disconnect_by_data(l->data, this);
    g_list_free(channels);
    spice_session_disconnect(session);
    g_object_unref(session);
    setFramebuffer(QImage(), {});
}

void SpiceConsoleSession::openFd(int fd) {
    createSession();
    m_fdMode = true;
    if (!spice_session_open_fd(m_session, fd)) {
        ::close(fd);
        finish(CloseReason::ConnectionFailed, tr("Could not open the SPICE session."));
        destroySession();
    }
}

void SpiceConsoleSession::openHost(const QString &host, int port) {
    createSession();
    m_fdMode = false;
    g_object_set(m_session, "host", host.toUtf8().constData(), "port",
                 QByteArray::number(port).constData(), nullptr);
    if (!spice_session_connect(m_session)) {
        finish(CloseReason::ConnectionFailed, tr("Could not open the SPICE session."));
        destroySession();
    }
}

void SpiceConsoleSession::close() {
    destroySession();
    finish(CloseReason::Requested, QString());
}

void SpiceConsoleSession::channelAdded(SpiceChannel *channel) {
    g_signal_connect(channel, "channel-event", G_CALLBACK(Callbacks::channelEvent), this);
    if (m_fdMode)
        g_signal_connect(channel, "open-fd", G_CALLBACK(Callbacks::openFd), this);
    gint id = 0;
    g_object_get(channel, "channel-id", &id, nullptr);
    if (SPICE_IS_MAIN_CHANNEL(channel)) {
        m_main = channel;
        g_signal_connect(channel, "notify::agent-connected", G_CALLBACK(Callbacks::agentChanged),
                         this);
        g_signal_connect(channel, "main-mouse-update", G_CALLBACK(Callbacks::mouseModeChanged),
                         this);
        g_signal_connect(channel, "main-clipboard-selection-grab",
                         G_CALLBACK(Callbacks::clipboardGrab), this);
        g_signal_connect(channel, "main-clipboard-selection", G_CALLBACK(Callbacks::clipboardData),
                         this);
        g_signal_connect(channel, "main-clipboard-selection-request",
                         G_CALLBACK(Callbacks::clipboardRequest), this);
        return; // connected by the session itself
    }
    if (SPICE_IS_DISPLAY_CHANNEL(channel)) {
        if (id != 0)
            return; // one monitor
        m_display = channel;
        g_signal_connect(channel, "display-primary-create", G_CALLBACK(Callbacks::primaryCreate),
                         this);
        g_signal_connect(channel, "display-primary-destroy", G_CALLBACK(Callbacks::primaryDestroy),
                         this);
        g_signal_connect(channel, "display-invalidate", G_CALLBACK(Callbacks::invalidate), this);
        spice_channel_connect(channel);
    } else if (SPICE_IS_INPUTS_CHANNEL(channel)) {
        m_inputs = channel;
        spice_channel_connect(channel);
    } else if (SPICE_IS_CURSOR_CHANNEL(channel)) {
        g_signal_connect(channel, "cursor-set", G_CALLBACK(Callbacks::cursorSet), this);
        spice_channel_connect(channel);
    } else if (SPICE_IS_USBREDIR_CHANNEL(channel)) {
        spice_channel_connect(channel);
    }
}

void SpiceConsoleSession::transmitKey(quint16 scancode, int, const QString &, bool pressed) {
    if (!m_inputs || scancode == 0)
        return;
    auto *inputs = SPICE_INPUTS_CHANNEL(m_inputs);
    if (pressed)
        spice_inputs_channel_key_press(inputs, scancode);
    else
        spice_inputs_channel_key_release(inputs, scancode);
}

void SpiceConsoleSession::sendPointer(const QPoint &position, Qt::MouseButtons buttons) {
    if (!m_inputs)
        return;
    auto *inputs = SPICE_INPUTS_CHANNEL(m_inputs);
    const Qt::MouseButtons previous = std::exchange(m_buttons, buttons);
    if (m_clientMouse)
        spice_inputs_channel_position(inputs, position.x(), position.y(), 0, buttonMask(buttons));
    else
        spice_inputs_channel_motion(inputs, position.x() - m_lastPosition.x(),
                                    position.y() - m_lastPosition.y(), buttonMask(buttons));
    m_lastPosition = position;
    const std::pair<Qt::MouseButton, int> map[] = {{Qt::LeftButton, SPICE_MOUSE_BUTTON_LEFT},
                                                   {Qt::MiddleButton, SPICE_MOUSE_BUTTON_MIDDLE},
                                                   {Qt::RightButton, SPICE_MOUSE_BUTTON_RIGHT}};
    for (const auto &[qt, spice] : map) {
        if ((buttons & qt) && !(previous & qt))
            spice_inputs_channel_button_press(inputs, spice, buttonMask(buttons));
        else if (!(buttons & qt) && (previous & qt))
            spice_inputs_channel_button_release(inputs, spice, buttonMask(buttons));
    }
}

void SpiceConsoleSession::sendWheel(const QPoint &, int steps, Qt::MouseButtons buttons) {
    if (!m_inputs)
        return;
    auto *inputs = SPICE_INPUTS_CHANNEL(m_inputs);
    const int button = steps > 0 ? SPICE_MOUSE_BUTTON_UP : SPICE_MOUSE_BUTTON_DOWN;
    for (int i = 0; i < std::abs(steps); ++i) {
        spice_inputs_channel_button_press(inputs, button, buttonMask(buttons));
        spice_inputs_channel_button_release(inputs, button, buttonMask(buttons));
    }
}

void SpiceConsoleSession::setClipboardText(const QString &text) {
    m_pendingClipboard = text;
    if (!m_main || !m_agentConnected)
        return;
    guint32 type = VD_AGENT_CLIPBOARD_UTF8_TEXT;
    spice_main_channel_clipboard_selection_grab(SPICE_MAIN_CHANNEL(m_main),
                                                VD_AGENT_CLIPBOARD_SELECTION_CLIPBOARD, &type, 1);
}

void SpiceConsoleSession::requestGuestSize(const QSize &size) {
    m_requestedSize = size;
    if (!m_main || !m_agentConnected || size.width() < 320 || size.height() < 200)
        return;
    auto *main = SPICE_MAIN_CHANNEL(m_main);
    spice_main_channel_update_display_enabled(main, 0, TRUE, FALSE);
    // Even widths avoid guest drivers rounding to an odd, blurry mode.
    spice_main_channel_update_display(main, 0, 0, 0, size.width() & ~1, size.height() & ~1, TRUE);
}

bool SpiceConsoleSession::usbRedirectionAvailable() const {
    if (!m_session)
        return false;
    GError *error = nullptr;
    SpiceUsbDeviceManager *manager = spice_usb_device_manager_get(m_session, &error);
    if (error)
        g_error_free(error);
    return manager != nullptr;
}

QVector<SpiceConsoleSession::UsbDevice> SpiceConsoleSession::usbDevices() const {
    QVector<UsbDevice> list;
    if (!m_session)
        return list;
    SpiceUsbDeviceManager *manager = spice_usb_device_manager_get(m_session, nullptr);
    if (!manager)
        return list;
    GPtrArray *devices = spice_usb_device_manager_get_devices(manager);
    for (guint i = 0; devices && i < devices->len; ++i) {
        auto *device = static_cast<SpiceUsbDevice *>(g_ptr_array_index(devices, i));
        UsbDevice d;
        gchar *description = spice_usb_device_get_description(device, "%s %s (%s)");
        d.description = QString::fromUtf8(description);
        g_free(description);
        d.connected = spice_usb_device_manager_is_device_connected(manager, device);
        d.redirectable = spice_usb_device_manager_can_redirect_device(manager, device, nullptr);
        d.index = int(i);
        list.append(d);
    }
    if (devices)
        g_ptr_array_unref(devices);
    return list;
}

void SpiceConsoleSession::setUsbDeviceConnected(int index, bool connected) {
    if (!m_session)
        return;
    SpiceUsbDeviceManager *manager = spice_usb_device_manager_get(m_session, nullptr);
    if (!manager)
        return;
    GPtrArray *devices = spice_usb_device_manager_get_devices(manager);
    if (devices && index >= 0 && guint(index) < devices->len) {
        auto *device = static_cast<SpiceUsbDevice *>(g_ptr_array_index(devices, guint(index)));
        if (connected)
            spice_usb_device_manager_connect_device_async(manager, device, nullptr, nullptr,
                                                          nullptr);
        else
            spice_usb_device_manager_disconnect_device_async(manager, device, nullptr, nullptr,
                                                             nullptr);
    }
    if (devices)
        g_ptr_array_unref(devices);
}
