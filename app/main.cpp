// SPDX-License-Identifier: GPL-2.0-or-later
#include "commandline.h"
#include "connection.h"
#include "connectionmanager.h"
#include "credentialdialog.h"
#include "icons.h"
#include "libvirteventloop.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QLocale>

#include <cstdio>
#include <cstdlib>

namespace {

// Qt aborts when no display is reachable; say what to do instead.
bool displayAvailable() {
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && !platform.startsWith("xcb") && !platform.startsWith("wayland"))
        return true; // offscreen, vnc, eglfs...
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char **argv) {
    if (!displayAvailable()) {
        std::fprintf(stderr, "VirtDeck needs a graphical display, and none was found (DISPLAY and "
                             "WAYLAND_DISPLAY are not set).\n"
                             "To run it without a screen, start it under a virtual X server:\n"
                             "    xvfb-run -a make run\n"
                             "or, to run it with no display at all:\n"
                             "    QT_QPA_PLATFORM=offscreen build/app/virtdeck\n");
        return 2;
    }
    // libvirt's event loop must exist before any connection is opened.
    LibvirtEventLoop::ensureRunning();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("VirtDeck"));
    QApplication::setOrganizationName(QStringLiteral("VirtDeck"));
    QApplication::setApplicationVersion(QStringLiteral(VIRTDECK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.virtdeck.VirtDeck"));
    QApplication::setWindowIcon(Icons::app());

    const CommandLine args = CommandLine::parse(app);
    Translations::install(&app, args.language.isEmpty() ? QLocale() : QLocale(args.language));
    if (!args.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(args.error));
        return 2;
    }

    DialogCredentialProvider credentials;
    Connection::setCredentialProvider(&credentials);

    int status = 0;
    {
        ConnectionManager manager;
        manager.setDemoFallbackEnabled(args.demoFallback);
        if (args.connectUris.isEmpty()) {
            manager.loadSaved();
        } else {
            for (const QString &uri : args.connectUris)
                manager.add(ConnectionUri::parse(uri), true, false);
        }
        MainWindow window(&manager);
        window.show();
        if (!args.consoleGuest.isEmpty())
            window.openConsoleWhenListed(args.consoleGuest);
        manager.connectAutoconnect();
        status = QApplication::exec();
    }
    // A creation or clone still running is cancelled, and undoes what it made.
    JobRunner::cancelAllAndWait(15000);
    Connection::setCredentialProvider(nullptr);
    // Give workers a moment to close their connections cleanly; a worker stuck on a hung
    // daemon must not keep the window from closing.
    if (!Connection::waitForRetiredWorkers(2000)) {
        std::fflush(nullptr);
        std::_Exit(status);
    }
    return status;
}
