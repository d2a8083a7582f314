// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "connection.h"
#include "consoletargets.h"
#include "consoleview.h"
#include "domaininfo.h"

#include <QPointer>
#include <QWidget>

class ConsoleSession;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QToolBar;
class QToolButton;
class TerminalWidget;
class TextConsoleChannel;
class FullScreenConsole;

// The guest window's Console page: picks the protocol from the guest's <graphics> devices
// (or its text console), reaches it (a socket from libvirt for local guests, an SSH tunnel for
// remote ones, the listen address otherwise), asks for passwords, and reconnects by itself
// when the guest restarts.
class ConsolePage : public QWidget {
    Q_OBJECT
public:
    enum class Mode { NotRunning, Connecting, Graphical, Text, Password, Message, Detached };
    Q_ENUM(Mode)

    ConsolePage(Connection *connection, const DomainInfo &guest, QWidget *parent = nullptr);
    ~ConsolePage() override;

    Mode mode() const { return m_mode; }
    ConsoleSession *session() const { return m_session; }
    ConsoleView *view() const { return m_view; }
    TerminalWidget *terminal() const { return m_terminal; }
    QString messageText() const;
    QMenu *sendKeyMenu() const { return m_sendKeyMenu; }
    QAction *fullScreenAction() const { return m_fullScreen; }
    QAction *screenshotAction() const { return m_screenshot; }
    QAction *scalingAction(ConsoleView::Scaling scaling) const;
    QLineEdit *passwordField() const { return m_passwordEdit; }
    QPushButton *passwordButton() const { return m_passwordConnect; }
    QString grabHint() const;

    // Connects (again) to the console; called when the page is first shown.
    void start();
    bool isStarted() const { return m_started; }
    // Saves the current frame as PNG.
    bool saveScreenshot(const QString &path) const;
    void setFullScreen(bool on);
    void setDetached(bool on);

    // Protocol to prefer when the guest has several displays ("vnc" or "spice").
    void setPreferredProtocol(const QString &protocol);

Q_SIGNALS:
    void modeChanged(ConsolePage::Mode mode);

private:
    void buildToolBar();
    void setMode(Mode mode);
    void showMessage(const QString &title, const QString &text, const QString &button);
    void onGuestUpdated(const DomainInfo &info);
    void onTargets(const ConsoleTargets &targets);
    void connectGraphics(const GraphicsEndpoint &endpoint);
    void openText(const QString &device);
    void onSessionClosed(int reason, const QString &message);
    void scheduleRetry();
    void closeSession();
    void rememberPassword(const QString &password);
    void loadSavedPassword(const std::function<void(const QString &)> &done);
    QString keychainKey() const;
    void updateGrabHint();
    void updateUsbMenu();

    QPointer<Connection> m_connection;
    DomainInfo m_guest;
    Mode m_mode = Mode::NotRunning;
    QString m_preferredProtocol;
    ConsoleTargets m_targets;
    int m_endpointIndex = -1;
    int m_retries = 0;
    bool m_started = false;
    bool m_triedSavedPassword = false;

    ConsoleSession *m_session = nullptr;
    TextConsoleChannel *m_text = nullptr;
    QString m_password;

    QToolBar *m_toolBar = nullptr;
    QMenu *m_sendKeyMenu = nullptr;
    QToolButton *m_sendKeyButton = nullptr;
    QToolButton *m_scalingButton = nullptr;
    QMenu *m_usbMenu = nullptr;
    QMenu *m_protocolMenu = nullptr;
    QAction *m_fullScreen = nullptr;
    QAction *m_screenshot = nullptr;
    QAction *m_detach = nullptr;
    QAction *m_usbAction = nullptr;
    QAction *m_protocolAction = nullptr;
    QList<QAction *> m_scalingActions;
    QLabel *m_hint = nullptr;

    QStackedWidget *m_stack = nullptr;
    QWidget *m_messagePage = nullptr;
    QLabel *m_messageTitle = nullptr;
    QLabel *m_messageText = nullptr;
    QPushButton *m_messageButton = nullptr;
    QWidget *m_passwordPage = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QCheckBox *m_rememberPassword = nullptr;
    QPushButton *m_passwordConnect = nullptr;
    ConsoleView *m_view = nullptr;
    TerminalWidget *m_terminal = nullptr;
    QWidget *m_detachedPlaceholder = nullptr;
    QPointer<FullScreenConsole> m_fullScreenWindow;
    QPointer<QWidget> m_detachedWindow;
    QTimer *m_retryTimer = nullptr;
};
