// SPDX-License-Identifier: GPL-2.0-or-later
#include "consolepage.h"

#include "connection.h"
#include "fullscreenconsole.h"
#include "icons.h"
#include "sendkeymenu.h"
#include "spiceconsolesession.h"
#include "sshtunnel.h"
#include "terminalwidget.h"
#include "textconsolechannel.h"
#include "vncsession.h"

#include <qt6keychain/keychain.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <unistd.h>

#include <deque>

namespace {

const QString kKeychainService = QStringLiteral("VirtDeck");
constexpr int kMaxRetries = 6;

bool isLoopback(const QString &address) {
    return address.isEmpty() || address == QLatin1String("0.0.0.0") ||
           address == QLatin1String("::") || address.startsWith(QLatin1String("127.")) ||
           address == QLatin1String("::1") || address == QLatin1String("localhost");
}

// Sockets from libvirt for a session's extra channels, asked for ahead of need: each one is
// a round trip through the connection's worker. Unused ones are closed with the pool.
struct SocketPool {
    std::deque<int> ready;
    std::deque<std::function<void(int)>> waiting;

    ~SocketPool() {
        for (int fd : ready)
            ::close(fd);
    }
    void add(int fd) {
        if (!waiting.empty()) {
            auto deliver = std::move(waiting.front());
            waiting.pop_front();
            deliver(fd);
        } else if (fd >= 0) {
            ready.push_back(fd);
        }
    }
    void take(std::function<void(int)> deliver) {
        if (ready.empty()) {
            waiting.push_back(std::move(deliver));
            return;
        }
        const int fd = ready.front();
        ready.pop_front();
        deliver(fd);
    }
};

} // namespace

ConsolePage::ConsolePage(Connection *connection, const DomainInfo &guest, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_guest(guest) {
    setAccessibleName(tr("Console"));
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ConsolePage::start);

    m_view = new ConsoleView;
    m_view->setReleaseModifiers(
        Qt::KeyboardModifiers(QSettings()
                                  .value(QStringLiteral("console/releaseModifiers"),
                                         int(Qt::ControlModifier | Qt::AltModifier))
                                  .toInt()));
    connect(m_view, &ConsoleView::inputGrabChanged, this, &ConsolePage::updateGrabHint);

    m_terminal = new TerminalWidget;

    m_messagePage = new QWidget;
    m_messageTitle = new QLabel;
    QFont titleFont = m_messageTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_messageTitle->setFont(titleFont);
    m_messageTitle->setAlignment(Qt::AlignCenter);
    m_messageText = new QLabel;
    m_messageText->setWordWrap(true);
    m_messageText->setAlignment(Qt::AlignCenter);
    m_messageText->setObjectName(QStringLiteral("consoleMessage"));
    m_messageButton = new QPushButton;
    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->addStretch();
    messageLayout->addWidget(m_messageTitle);
    messageLayout->addWidget(m_messageText);
    messageLayout->addWidget(m_messageButton, 0, Qt::AlignCenter);
    messageLayout->addStretch();
    connect(m_messageButton, &QPushButton::clicked, this, [this] {
        if (m_mode == Mode::NotRunning && m_connection)
            m_connection->requestAction(GuestAction::Start, {m_guest.uuid});
        else if (m_mode == Mode::Detached)
            setDetached(false);
        else {
            m_retries = 0;
            start();
        }
    });

    m_passwordPage = new QWidget;
    m_passwordLabel = new QLabel;
    m_passwordLabel->setWordWrap(true);
    m_passwordEdit = new QLineEdit;
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setAccessibleName(tr("Console password"));
    m_rememberPassword = new QCheckBox(tr("Remember in the system keyring"));
    m_passwordConnect = new QPushButton(tr("Connect"));
    m_passwordConnect->setDefault(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Password:"), m_passwordEdit);
    form->addRow(QString(), m_rememberPassword);
    auto *passwordLayout = new QVBoxLayout(m_passwordPage);
    passwordLayout->addStretch();
    passwordLayout->addWidget(m_passwordLabel);
    passwordLayout->addLayout(form);
    passwordLayout->addWidget(m_passwordConnect, 0, Qt::AlignRight);
    passwordLayout->addStretch();
    auto submit = [this] {
        m_password = m_passwordEdit->text();
        m_triedSavedPassword = true;
        if (m_rememberPassword->isChecked())
            rememberPassword(m_password);
        m_retries = 0;
        start();
    };
    connect(m_passwordConnect, &QPushButton::clicked, this, submit);
    connect(m_passwordEdit, &QLineEdit::returnPressed, this, submit);

    m_detachedPlaceholder = new QWidget;

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_messagePage);
    m_stack->addWidget(m_passwordPage);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_terminal);

    buildToolBar();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_stack, 1);

    if (connection)
        connect(connection, &Connection::domainUpdated, this, [this](const DomainInfo &info) {
            if (info.uuid == m_guest.uuid)
                onGuestUpdated(info);
        });
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, [this] {
        if (m_session && m_session->state() == ConsoleSession::State::Connected)
            m_session->setClipboardText(QApplication::clipboard()->text());
    });
    setMode(Mode::NotRunning);
}

ConsolePage::~ConsolePage() {
    setFullScreen(false);
    setDetached(false);
    closeSession();
}

void ConsolePage::buildToolBar() {
    m_toolBar = new QToolBar(tr("Console"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_sendKeyMenu = new SendKeyMenu([this] { return m_session; }, this);
    auto *sendKey = m_sendKeyButton = new QToolButton;
    sendKey->setText(tr("Send key"));
    sendKey->setMenu(m_sendKeyMenu);
    sendKey->setPopupMode(QToolButton::InstantPopup);
    sendKey->setAccessibleName(tr("Send key"));
    m_toolBar->addWidget(sendKey);

    auto *scaling = new QMenu(tr("View"), this);
    auto *group = new QActionGroup(this);
    const std::pair<ConsoleView::Scaling, QString> modes[] = {
        {ConsoleView::Scaling::FitWindow, tr("Fit to window")},
        {ConsoleView::Scaling::OneToOne, tr("Original size (1:1)")},
        {ConsoleView::Scaling::ResizeGuest, tr("Resize guest to window")}};
    for (const auto &[mode, label] : modes) {
        QAction *a = scaling->addAction(label);
        a->setCheckable(true);
        a->setChecked(mode == m_view->scaling());
        a->setData(int(mode));
        group->addAction(a);
        const ConsoleView::Scaling m = mode;
        connect(a, &QAction::triggered, this, [this, m] { m_view->setScaling(m); });
        m_scalingActions.append(a);
    }
    auto *scalingButton = m_scalingButton = new QToolButton;
    scalingButton->setText(tr("View"));
    scalingButton->setMenu(scaling);
    scalingButton->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addWidget(scalingButton);

    // The keys that give the keyboard back to VirtDeck, kept across runs.
    auto *releaseMenu = new QMenu(tr("Release keys"), this);
    auto *releaseGroup = new QActionGroup(this);
    const Qt::KeyboardModifiers choices[] = {Qt::ControlModifier | Qt::AltModifier,
                                             Qt::ControlModifier | Qt::AltModifier |
                                                 Qt::ShiftModifier,
                                             Qt::ControlModifier | Qt::ShiftModifier};
    for (Qt::KeyboardModifiers mods : choices) {
        QAction *a = releaseMenu->addAction(ConsoleView::modifiersText(mods));
        a->setCheckable(true);
        a->setChecked(mods == m_view->releaseModifiers());
        releaseGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, mods] {
            m_view->setReleaseModifiers(mods);
            QSettings().setValue(QStringLiteral("console/releaseModifiers"), int(mods));
            updateGrabHint();
        });
    }
    scaling->addSeparator();
    scaling->addMenu(releaseMenu);

    m_fullScreen = m_toolBar->addAction(tr("Full screen"));
    m_fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    m_fullScreen->setCheckable(true);
    connect(m_fullScreen, &QAction::toggled, this, &ConsolePage::setFullScreen);

    m_screenshot = m_toolBar->addAction(tr("Screenshot…"));
    connect(m_screenshot, &QAction::triggered, this, [this] {
        const QString name =
            QStringLiteral("%1-%2.png")
                .arg(m_guest.name,
                     QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save screenshot"), dir + QLatin1Char('/') + name, tr("PNG images (*.png)"));
        if (!path.isEmpty())
            saveScreenshot(path);
    });

    m_detach = m_toolBar->addAction(tr("Detach"));
    m_detach->setCheckable(true);
    m_detach->setToolTip(tr("Show the console in a window of its own"));
    connect(m_detach, &QAction::toggled, this, &ConsolePage::setDetached);

    m_protocolMenu = new QMenu(tr("Display"), this);
    auto *protocolButton = new QToolButton;
    protocolButton->setText(tr("Display"));
    protocolButton->setMenu(m_protocolMenu);
    protocolButton->setPopupMode(QToolButton::InstantPopup);
    m_protocolAction = m_toolBar->addWidget(protocolButton);
    m_protocolAction->setVisible(false);

    m_usbMenu = new QMenu(tr("USB devices"), this);
    connect(m_usbMenu, &QMenu::aboutToShow, this, &ConsolePage::updateUsbMenu);
    auto *usbButton = new QToolButton;
    usbButton->setText(tr("USB"));
    usbButton->setMenu(m_usbMenu);
    usbButton->setPopupMode(QToolButton::InstantPopup);
    usbButton->setToolTip(tr("Redirect a USB device of this computer to the guest"));
    m_usbAction = m_toolBar->addWidget(usbButton);
    m_usbAction->setVisible(false);

    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_hint = new QLabel;
    m_hint->setObjectName(QStringLiteral("grabHint"));
    m_toolBar->addWidget(m_hint);
}

QAction *ConsolePage::scalingAction(ConsoleView::Scaling scaling) const {
    for (QAction *a : m_scalingActions)
        if (a->data().toInt() == int(scaling))
            return a;
    return nullptr;
}

QString ConsolePage::messageText() const {
    return m_messageText->text();
}

QString ConsolePage::grabHint() const {
    return m_hint->text();
}

void ConsolePage::setPreferredProtocol(const QString &protocol) {
    m_preferredProtocol = protocol;
}

void ConsolePage::setMode(Mode mode) {
    m_mode = mode;
    const bool graphical = mode == Mode::Graphical;
    m_sendKeyMenu->setEnabled(graphical);
    m_sendKeyButton->setEnabled(graphical);
    m_scalingButton->setEnabled(graphical);
    m_fullScreen->setEnabled(graphical);
    m_screenshot->setEnabled(graphical);
    m_detach->setEnabled(graphical || mode == Mode::Detached);
    for (QAction *a : std::as_const(m_scalingActions))
        a->setEnabled(graphical);
    switch (mode) {
    case Mode::Graphical:
        m_stack->setCurrentWidget(m_view);
        break;
    case Mode::Text:
        m_stack->setCurrentWidget(m_terminal);
        break;
    case Mode::Password:
        m_stack->setCurrentWidget(m_passwordPage);
        m_passwordEdit->setFocus();
        break;
    default:
        m_stack->setCurrentWidget(m_messagePage);
        break;
    }
    updateGrabHint();
    Q_EMIT modeChanged(mode);
}

void ConsolePage::showMessage(const QString &title, const QString &text, const QString &button) {
    m_messageTitle->setText(title);
    m_messageText->setText(text);
    m_messageButton->setText(button);
    m_messageButton->setVisible(!button.isEmpty());
}

void ConsolePage::updateGrabHint() {
    if (m_mode != Mode::Graphical) {
        m_hint->clear();
        return;
    }
    const QString keys = ConsoleView::modifiersText(m_view->releaseModifiers());
    m_hint->setText(m_view->isInputGrabbed()
                        ? tr("Keyboard grabbed: press %1 to release it").arg(keys)
                        : tr("Click the console to send keyboard and mouse to the guest"));
}

void ConsolePage::start() {
    m_started = true;
    closeSession();
    if (!m_connection || !m_connection->isOpen()) {
        showMessage(tr("Not connected"), tr("The host of this guest is not connected."), QString());
        setMode(Mode::Message);
        return;
    }
    if (!m_guest.isActive()) {
        showMessage(tr("“%1” is not running").arg(m_guest.name),
                    tr("Start the guest to see its console."), tr("Start"));
        setMode(Mode::NotRunning);
        return;
    }
    showMessage(tr("Connecting…"), tr("Opening the console of “%1”.").arg(m_guest.name), QString());
    setMode(Mode::Connecting);
    m_connection->requestConsoleTargets(m_guest.uuid, this,
                                        [this](const ConsoleTargets &t) { onTargets(t); });
}

void ConsolePage::onTargets(const ConsoleTargets &targets) {
    m_targets = targets;
    if (!targets.error.isNull()) {
        showMessage(targets.error.title(), targets.error.explanation(), tr("Retry"));
        setMode(Mode::Message);
        return;
    }
    if (!targets.active) {
        m_guest.state = GuestState::ShutOff;
        start();
        return;
    }
    // The protocol switcher lists every display the guest has.
    m_protocolMenu->clear();
    for (const GraphicsEndpoint &g : targets.graphics) {
        QAction *a = m_protocolMenu->addAction(g.type.toUpper());
        a->setCheckable(true);
        const QString type = g.type;
        connect(a, &QAction::triggered, this, [this, type] {
            m_preferredProtocol = type;
            m_retries = 0;
            start();
        });
    }
    m_protocolAction->setVisible(targets.graphics.size() > 1);

    int chosen = -1;
    for (const GraphicsEndpoint &g : targets.graphics) {
        if (g.type != QLatin1String("vnc") && g.type != QLatin1String("spice"))
            continue;
        if (chosen < 0 || g.type == m_preferredProtocol)
            chosen = g.index;
    }
    if (chosen >= 0) {
        m_endpointIndex = chosen;
        const auto actions = m_protocolMenu->actions();
        for (int i = 0; i < actions.size(); ++i)
            actions[i]->setChecked(i == chosen);
        connectGraphics(targets.graphics[chosen]);
        return;
    }
    if (!targets.textConsoles.isEmpty() || m_guest.kind == GuestKind::Container) {
        openText(targets.textConsoles.value(0));
        return;
    }
    showMessage(tr("No console"),
                tr("“%1” has neither a graphical display nor a text console.").arg(m_guest.name),
                QString());
    setMode(Mode::Message);
}

void ConsolePage::connectGraphics(const GraphicsEndpoint &endpoint) {
    ConsoleSession *session = endpoint.type == QLatin1String("spice")
                                  ? static_cast<ConsoleSession *>(new SpiceConsoleSession(this))
                                  : static_cast<ConsoleSession *>(new VncSession(this));
    m_session = session;
    connect(session, &ConsoleSession::closed, this,
            [this, session](ConsoleSession::CloseReason reason, const QString &message) {
                if (session == m_session)
                    onSessionClosed(int(reason), message);
            });
    connect(session, &ConsoleSession::stateChanged, this, [this, session](ConsoleSession::State s) {
        if (session == m_session && s == ConsoleSession::State::Connected) {
            m_retries = 0;
            m_usbAction->setVisible(session->protocol() == QLatin1String("spice"));
            if (m_mode != Mode::Detached)
                setMode(Mode::Graphical);
        }
    });
    connect(session, &ConsoleSession::clipboardTextReceived, this, [](const QString &text) {
        if (QApplication::clipboard()->text() != text)
            QApplication::clipboard()->setText(text);
    });
    m_view->setSession(session);

    const ConnectionUri uri = m_connection->uri();
    const bool local = !uri.isRemote();
    const bool overSsh = uri.transport() == ConnectionUri::Transport::Ssh ||
                         uri.transport() == ConnectionUri::Transport::Libssh ||
                         uri.transport() == ConnectionUri::Transport::Libssh2;
    const QString uuid = m_guest.uuid;
    const int index = endpoint.index;
    QPointer<Connection> connection = m_connection;

    // The keyring is only asked once the console wants a password (see onSessionClosed):
    // most consoles have none, and the keyring can take a while to answer.
    auto begin = [this, session](int fd) {
        if (session != m_session) {
            ::close(fd);
            return;
        }
        session->setPassword(m_password);
        session->openFd(fd);
    };

    if (local) {
        // libvirt hands us a socket already connected to QEMU: no TCP port involved.
        auto pool = std::make_shared<SocketPool>();
        auto request = [connection, uuid, index, session, pool] {
            if (!connection) {
                pool->add(-1);
                return;
            }
            connection->requestGraphicsFd(uuid, index, session,
                                          [pool](int fd, const UserError &) { pool->add(fd); });
        };
        session->setSocketProvider([pool, request](std::function<void(int)> deliver) {
            pool->take(std::move(deliver));
            if (!pool->waiting.empty())
                request();
        });
        // SPICE opens three more channels right after the first: ask for their sockets now,
        // so they are at hand instead of a round trip each.
        if (endpoint.type == QLatin1String("spice"))
            for (int i = 0; i < 3; ++i)
                request();
        connection->requestGraphicsFd(
            uuid, index, session, [this, session, endpoint, begin](int fd, const UserError &e) {
                if (fd >= 0) {
                    begin(fd);
                } else if (endpoint.port > 0) {
                    session->setPassword(m_password);
                    session->openHost(QStringLiteral("127.0.0.1"), endpoint.port);
                } else {
                    showMessage(e.title(), e.explanation(), tr("Retry"));
                    setMode(Mode::Message);
                }
            });
        return;
    }
    if (endpoint.port <= 0) {
        showMessage(tr("Console not reachable"),
                    tr("The display of “%1” listens only on a local socket of its host, which "
                       "cannot be reached from here.")
                        .arg(m_guest.name),
                    tr("Retry"));
        setMode(Mode::Message);
        return;
    }
    if (overSsh) {
        // Through the same SSH login as the connection, to the host's own loopback.
        const QString target =
            isLoopback(endpoint.listen) ? QStringLiteral("127.0.0.1") : endpoint.listen;
        const int port = endpoint.port;
        session->setSocketProvider([uri, target, port, session](std::function<void(int)> deliver) {
            auto *tunnel = new SshTunnel(session);
            deliver(tunnel->open(uri, target, port, nullptr));
        });
        auto *tunnel = new SshTunnel(session);
        QString error;
        const int fd = tunnel->open(uri, target, port, &error);
        if (fd < 0) {
            showMessage(tr("Console not reachable"), error, tr("Retry"));
            setMode(Mode::Message);
            return;
        }
        begin(fd);
        return;
    }
    if (isLoopback(endpoint.listen) && endpoint.listen != QLatin1String("0.0.0.0") &&
        endpoint.listen != QLatin1String("::")) {
        showMessage(tr("Console not reachable"),
                    tr("The display of “%1” listens only on its host's loopback address. Connect "
                       "to the host over SSH to reach it, or make the display listen on the "
                       "network.")
                        .arg(m_guest.name),
                    tr("Retry"));
        setMode(Mode::Message);
        return;
    }
    const QString host = isLoopback(endpoint.listen) ? uri.host() : endpoint.listen;
    session->setPassword(m_password);
    session->openHost(host, endpoint.port);
}

void ConsolePage::openText(const QString &device) {
    m_text = m_connection->openTextConsole(m_guest.uuid, device, this);
    TextConsoleChannel *channel = m_text;
    connect(channel, &TextConsoleChannel::opened, this, [this] { setMode(Mode::Text); });
    connect(channel, &TextConsoleChannel::received, m_terminal, &TerminalWidget::feed);
    connect(m_terminal, &TerminalWidget::input, channel, &TextConsoleChannel::send);
    connect(channel, &TextConsoleChannel::closed, this, [this, channel](const UserError &reason) {
        if (channel != m_text)
            return;
        if (m_guest.isActive() && !reason.isNull() && m_retries < kMaxRetries) {
            scheduleRetry();
            return;
        }
        showMessage(reason.isNull() ? tr("Console closed") : reason.title(), reason.explanation(),
                    tr("Reconnect"));
        setMode(Mode::Message);
    });
}

void ConsolePage::onSessionClosed(int reasonValue, const QString &message) {
    const auto reason = ConsoleSession::CloseReason(reasonValue);
    if (reason == ConsoleSession::CloseReason::Requested)
        return;
    if (reason == ConsoleSession::CloseReason::PasswordRequired && !m_triedSavedPassword) {
        // A password saved in the keyring earlier is tried once before asking.
        m_triedSavedPassword = true;
        loadSavedPassword([this](const QString &saved) {
            if (saved.isEmpty()) {
                onSessionClosed(int(ConsoleSession::CloseReason::PasswordRequired), QString());
                return;
            }
            m_password = saved;
            start();
        });
        return;
    }
    if (reason == ConsoleSession::CloseReason::PasswordRequired ||
        reason == ConsoleSession::CloseReason::AuthenticationFailed) {
        const bool wrong = reason == ConsoleSession::CloseReason::AuthenticationFailed;
        m_passwordLabel->setText(
            wrong ? tr("The password was not accepted by the console of “%1”. Try again.")
                        .arg(m_guest.name)
                  : tr("The console of “%1” is protected by a password.").arg(m_guest.name));
        m_passwordEdit->clear();
        m_password.clear();
        if (wrong) { // a saved password that no longer works is forgotten
            auto *job = new QKeychain::DeletePasswordJob(kKeychainService);
            job->setAutoDelete(true);
            job->setKey(keychainKey());
            job->start();
        }
        setMode(Mode::Password);
        return;
    }
    if (m_guest.isActive() && m_retries < kMaxRetries) {
        scheduleRetry();
        return;
    }
    showMessage(tr("Console disconnected"),
                message.isEmpty() ? tr("The connection to the console was closed.") : message,
                tr("Reconnect"));
    setMode(Mode::Message);
}

void ConsolePage::scheduleRetry() {
    // The guest restarting (reboot, reset, start) closes QEMU's display for a moment.
    const int delays[] = {250, 500, 1000, 2000, 3000, 5000};
    m_retryTimer->start(delays[std::min(m_retries, kMaxRetries - 1)]);
    ++m_retries;
    showMessage(tr("Reconnecting…"),
                tr("The console of “%1” went away; reconnecting.").arg(m_guest.name), QString());
    if (m_mode != Mode::Detached)
        setMode(Mode::Connecting);
}

void ConsolePage::onGuestUpdated(const DomainInfo &info) {
    const bool wasActive = m_guest.isActive();
    m_guest = info;
    if (!m_started)
        return;
    if (!info.isActive() && wasActive) {
        closeSession();
        start();
    } else if (info.isActive() && !wasActive) {
        m_retries = 0;
        start();
    } else if (info.isActive() && (m_mode == Mode::NotRunning || m_mode == Mode::Message)) {
        start();
    }
}

void ConsolePage::closeSession() {
    m_retryTimer->stop();
    if (m_session) {
        ConsoleSession *s = m_session;
        m_session = nullptr;
        m_view->setSession(nullptr);
        s->close();
        s->deleteLater();
    }
    if (m_text) {
        TextConsoleChannel *t = m_text;
        m_text = nullptr;
        t->close();
        t->deleteLater();
    }
    m_usbAction->setVisible(false);
}

bool ConsolePage::saveScreenshot(const QString &path) const {
    if (!m_session)
        return false;
    const QImage frame = m_session->framebuffer();
    return !frame.isNull() && frame.copy().save(path, "PNG");
}

void ConsolePage::setFullScreen(bool on) {
    if (on == bool(m_fullScreenWindow))
        return;
    if (on) {
        if (m_mode != Mode::Graphical)
            return;
        m_stack->removeWidget(m_view);
        m_fullScreenWindow = new FullScreenConsole(m_view, m_toolBar);
        connect(m_fullScreenWindow, &FullScreenConsole::leaveRequested, this,
                [this] { m_fullScreen->setChecked(false); });
        m_fullScreenWindow->showFullScreen();
        m_view->setFocus();
    } else {
        FullScreenConsole *window = m_fullScreenWindow;
        m_fullScreenWindow = nullptr;
        ConsoleView *view = window->takeView();
        m_stack->insertWidget(2, view);
        static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_toolBar);
        m_toolBar->show();
        delete window;
        if (m_mode == Mode::Graphical)
            m_stack->setCurrentWidget(m_view);
    }
    if (m_fullScreen->isChecked() != on)
        m_fullScreen->setChecked(on);
}

void ConsolePage::setDetached(bool on) {
    if (on == bool(m_detachedWindow))
        return;
    if (on) {
        if (m_mode != Mode::Graphical)
            return;
        auto *window = new QMainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setWindowTitle(tr("%1 — Console").arg(m_guest.name));
        m_stack->removeWidget(m_view);
        window->setCentralWidget(m_view);
        window->resize(m_view->size().expandedTo(QSize(800, 600)));
        m_detachedWindow = window;
        connect(window, &QObject::destroyed, this, [this] {
            // Closing the detached window puts the console back.
            if (m_detach->isChecked())
                m_detach->setChecked(false);
        });
        window->show();
        showMessage(tr("Console detached"), tr("The console is shown in a window of its own."),
                    tr("Attach here"));
        setMode(Mode::Detached);
    } else {
        QMainWindow *window = qobject_cast<QMainWindow *>(m_detachedWindow.data());
        m_detachedWindow = nullptr;
        if (window) {
            window->takeCentralWidget();
            window->disconnect(this);
            window->close();
        }
        m_stack->insertWidget(2, m_view);
        setMode(m_session && m_session->state() == ConsoleSession::State::Connected
                    ? Mode::Graphical
                    : m_mode);
    }
    if (m_detach->isChecked() != on)
        m_detach->setChecked(on);
}

QString ConsolePage::keychainKey() const {
    const QString protocol = m_endpointIndex >= 0 && m_endpointIndex < m_targets.graphics.size()
                                 ? m_targets.graphics[m_endpointIndex].type
                                 : QStringLiteral("console");
    return QStringLiteral("console/%1/%2").arg(m_guest.uuid, protocol);
}

void ConsolePage::rememberPassword(const QString &password) {
    auto *job = new QKeychain::WritePasswordJob(kKeychainService);
    job->setAutoDelete(true);
    job->setKey(keychainKey());
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            m_hint->setText(tr("The password could not be saved: %1").arg(j->errorString()));
    });
    job->start();
}

void ConsolePage::loadSavedPassword(const std::function<void(const QString &)> &done) {
    auto *job = new QKeychain::ReadPasswordJob(kKeychainService);
    job->setAutoDelete(true);
    job->setKey(keychainKey());
    QPointer<ConsolePage> alive(this);
    connect(job, &QKeychain::Job::finished, this, [alive, done](QKeychain::Job *j) {
        if (!alive)
            return;
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        done(read->error() == QKeychain::NoError ? read->textData() : QString());
    });
    job->start();
}

void ConsolePage::updateUsbMenu() {
    m_usbMenu->clear();
    auto *spice = qobject_cast<SpiceConsoleSession *>(m_session);
    if (!spice || !spice->usbRedirectionAvailable()) {
        m_usbMenu->addAction(tr("USB redirection is not available"))->setEnabled(false);
        return;
    }
    const auto devices = spice->usbDevices();
    if (devices.isEmpty())
        m_usbMenu->addAction(tr("No USB devices found"))->setEnabled(false);
    for (const auto &device : devices) {
        QAction *a = m_usbMenu->addAction(device.description);
        a->setCheckable(true);
        a->setChecked(device.connected);
        a->setEnabled(device.redirectable);
        const int index = device.index;
        connect(a, &QAction::toggled, this,
                [spice, index](bool on) { spice->setUsbDeviceConnected(index, on); });
    }
}
