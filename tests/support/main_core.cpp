// SPDX-License-Identifier: GPL-2.0-or-later
// GoogleTest entry point for tests that need a Qt event loop but no display.
#include "libvirteventloop.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv) {
    LibvirtEventLoop::ensureRunning();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
