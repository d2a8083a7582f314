// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The one thread that runs libvirt's event loop, needed for domain events, close callbacks
// and keepalive. Started once, before the first connection is opened, and left running for
// the life of the process.
//
// It is our own poll() loop registered with virEventRegisterImpl(), not libvirt's default
// implementation: that one iterates GLib's global default context, which Qt's GUI thread
// iterates too, so GUI timers and (later) SPICE sources would be dispatched on libvirt's
// thread, and the GUI thread could wait for the context's ownership.
class LibvirtEventLoop {
public:
    // Idempotent and thread-safe. Also silences libvirt's default printing of errors to
    // stderr (errors become UserError values, never logs with secrets) and ignores SIGPIPE,
    // as every libvirt client must.
    static void ensureRunning();

    // Loop iterations so far; lets tests and benchmarks see that the loop is alive and idle.
    static unsigned long long iterations();
};
