// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QIcon>
#include <QString>

// Maps the icon names models return ("state-running", "guest-vm") to icons from resources.
class Icons {
public:
    static QIcon get(const QString &name);
    static QIcon app();
    // Renders the list's icons once, so the first paint after a host connects does not
    // rasterise SVGs while the user waits for the guest list.
    static void preloadListIcons(int size);
};
