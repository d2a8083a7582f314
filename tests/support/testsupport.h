// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include <functional>

class Connection;

namespace TestSupport {

// Absolute path of a file in tests/fixtures.
QString fixture(const QString &name);
// "test:///abs/path/to/fixture.xml"
QString fixtureUri(const QString &name);

// Spins the event loop until pred() is true or the time is up.
bool waitFor(const std::function<bool()> &pred, int timeoutMs = 5000);

// Opens a connection and waits until its guest list has fully loaded (details included).
bool connectAndLoad(Connection *connection, int timeoutMs = 10000);

// True when /dev/kvm can be opened read-write (QEMU then runs guests with KVM).
bool kvmUsable();
// True when the system daemon answers on qemu:///system; when it does not (a crash in an
// earlier test, say) and we are root, brings it up again with scripts/libvirt-up.sh first.
bool systemDaemonAnswers();

// A fresh temporary directory under /tmp, removed at exit unless VD_KEEP_TMP is set.
QString makeTempDir(const QString &tag);

// Runs a command, returns its exit code; output goes to *output when given.
int run(const QString &program, const QStringList &args, QString *output = nullptr,
        int timeoutMs = 30000);

} // namespace TestSupport
