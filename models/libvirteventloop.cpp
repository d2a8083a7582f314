// SPDX-License-Identifier: GPL-2.0-or-later
#include "libvirteventloop.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <climits>
#include <csignal>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace {

struct Handle {
    int id;
    int fd;
    int events;
    virEventHandleCallback cb;
    void *opaque;
    virFreeCallback ff;
    bool removed = false;
};

struct Timeout {
    int id;
    int intervalMs; // < 0: disabled
    long long dueMs;
    virEventTimeoutCallback cb;
    void *opaque;
    virFreeCallback ff;
    bool removed = false;
};

long long nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

short toPoll(int events) {
    short p = 0;
    if (events & VIR_EVENT_HANDLE_READABLE)
        p |= POLLIN;
    if (events & VIR_EVENT_HANDLE_WRITABLE)
        p |= POLLOUT;
    return p;
}

int fromPoll(short revents) {
    int e = 0;
    if (revents & POLLIN)
        e |= VIR_EVENT_HANDLE_READABLE;
    if (revents & POLLOUT)
        e |= VIR_EVENT_HANDLE_WRITABLE;
    if (revents & (POLLERR | POLLNVAL))
        e |= VIR_EVENT_HANDLE_ERROR;
    if (revents & POLLHUP)
        e |= VIR_EVENT_HANDLE_HANGUP;
    return e;
}

// All state of the loop. Callbacks are always invoked without the lock held, because they
// call back into add/update/remove.
class Loop {
public:
    Loop()
        : m_wakeFd(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {}

    int addHandle(int fd, int events, virEventHandleCallback cb, void *opaque, virFreeCallback ff) {
        std::lock_guard lock(m_mutex);
        const int id = m_nextHandle++;
        m_handles.push_back(Handle{id, fd, events, cb, opaque, ff});
        wake();
        return id;
    }
    void updateHandle(int id, int events) {
        std::lock_guard lock(m_mutex);
        for (Handle &h : m_handles)
            if (h.id == id && !h.removed)
                h.events = events;
        wake();
    }
    int removeHandle(int id) {
        std::lock_guard lock(m_mutex);
        for (Handle &h : m_handles) {
            if (h.id == id && !h.removed) {
                h.removed = true; // freed by the loop, never inside the caller's locks
                wake();
                return 0;
            }
        }
        return -1;
    }
    int addTimeout(int intervalMs, virEventTimeoutCallback cb, void *opaque, virFreeCallback ff) {
        std::lock_guard lock(m_mutex);
        const int id = m_nextTimeout++;
        m_timeouts.push_back(
            Timeout{id, intervalMs, nowMs() + std::max(intervalMs, 0), cb, opaque, ff});
        wake();
        return id;
    }
    void updateTimeout(int id, int intervalMs) {
        std::lock_guard lock(m_mutex);
        for (Timeout &t : m_timeouts) {
            if (t.id == id && !t.removed) {
                t.intervalMs = intervalMs;
                t.dueMs = nowMs() + std::max(intervalMs, 0);
            }
        }
        wake();
    }
    int removeTimeout(int id) {
        std::lock_guard lock(m_mutex);
        for (Timeout &t : m_timeouts) {
            if (t.id == id && !t.removed) {
                t.removed = true;
                wake();
                return 0;
            }
        }
        return -1;
    }

    void run() {
        std::vector<pollfd> fds;
        std::vector<int> ids;
        for (;;) {
            int timeout = -1;
            fds.clear();
            ids.clear();
            fds.push_back(pollfd{m_wakeFd, POLLIN, 0});
            ids.push_back(0);
            {
                std::lock_guard lock(m_mutex);
                const long long now = nowMs();
                for (const Handle &h : m_handles) {
                    if (h.removed || h.events == 0)
                        continue;
                    fds.push_back(pollfd{h.fd, toPoll(h.events), 0});
                    ids.push_back(h.id);
                }
                for (const Timeout &t : m_timeouts) {
                    if (t.removed || t.intervalMs < 0)
                        continue;
                    const long long wait = std::max(0LL, t.dueMs - now);
                    timeout = timeout < 0 ? int(std::min<long long>(wait, INT_MAX))
                                          : int(std::min<long long>(timeout, wait));
                }
            }
            if (poll(fds.data(), fds.size(), timeout) < 0 && errno != EINTR)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            m_iterations.fetch_add(1, std::memory_order_relaxed);
            if (fds[0].revents & POLLIN) {
                eventfd_t value;
                eventfd_read(m_wakeFd, &value);
            }
            dispatchTimeouts();
            for (size_t i = 1; i < fds.size(); ++i)
                if (fds[i].revents)
                    dispatchHandle(ids[i], fds[i].fd, fromPoll(fds[i].revents));
            purgeRemoved();
        }
    }

    unsigned long long iterations() const { return m_iterations.load(std::memory_order_relaxed); }

private:
    void wake() { eventfd_write(m_wakeFd, 1); }

    void dispatchTimeouts() {
        std::vector<std::pair<int, std::pair<virEventTimeoutCallback, void *>>> due;
        {
            std::lock_guard lock(m_mutex);
            const long long now = nowMs();
            for (Timeout &t : m_timeouts) {
                if (t.removed || t.intervalMs < 0 || t.dueMs > now)
                    continue;
                t.dueMs = now + t.intervalMs;
                due.push_back({t.id, {t.cb, t.opaque}});
            }
        }
        for (const auto &[id, call] : due) {
            if (isTimeoutLive(id))
                call.first(id, call.second);
        }
    }

    bool isTimeoutLive(int id) {
        std::lock_guard lock(m_mutex);
        for (const Timeout &t : m_timeouts)
            if (t.id == id)
                return !t.removed && t.intervalMs >= 0;
        return false;
    }

    void dispatchHandle(int id, int fd, int events) {
        virEventHandleCallback cb = nullptr;
        void *opaque = nullptr;
        {
            std::lock_guard lock(m_mutex);
            for (const Handle &h : m_handles) {
                if (h.id == id && !h.removed && h.events != 0) {
                    cb = h.cb;
                    opaque = h.opaque;
                }
            }
        }
        if (cb)
            cb(id, fd, events, opaque);
    }

    void purgeRemoved() {
        std::vector<std::pair<virFreeCallback, void *>> frees;
        {
            std::lock_guard lock(m_mutex);
            auto collectHandles = [&](const Handle &h) {
                if (h.removed && h.ff)
                    frees.push_back({h.ff, h.opaque});
                return h.removed;
            };
            m_handles.erase(std::remove_if(m_handles.begin(), m_handles.end(), collectHandles),
                            m_handles.end());
            auto collectTimeouts = [&](const Timeout &t) {
                if (t.removed && t.ff)
                    frees.push_back({t.ff, t.opaque});
                return t.removed;
            };
            m_timeouts.erase(std::remove_if(m_timeouts.begin(), m_timeouts.end(), collectTimeouts),
                             m_timeouts.end());
        }
        for (const auto &[ff, opaque] : frees)
            ff(opaque);
    }

    std::mutex m_mutex;
    std::vector<Handle> m_handles;
    std::vector<Timeout> m_timeouts;
    int m_nextHandle = 1;
    int m_nextTimeout = 1;
    int m_wakeFd;
    std::atomic<unsigned long long> m_iterations{0};
};

Loop *g_loop = nullptr;

void ignoreError(void *, virErrorPtr) {}

int addHandle(int fd, int events, virEventHandleCallback cb, void *opaque, virFreeCallback ff) {
    return g_loop->addHandle(fd, events, cb, opaque, ff);
}
void updateHandle(int id, int events) {
    g_loop->updateHandle(id, events);
}
int removeHandle(int id) {
    return g_loop->removeHandle(id);
}
int addTimeout(int ms, virEventTimeoutCallback cb, void *opaque, virFreeCallback ff) {
    return g_loop->addTimeout(ms, cb, opaque, ff);
}
void updateTimeout(int id, int ms) {
    g_loop->updateTimeout(id, ms);
}
int removeTimeout(int id) {
    return g_loop->removeTimeout(id);
}

} // namespace

void LibvirtEventLoop::ensureRunning() {
    static std::once_flag once;
    std::call_once(once, [] {
        // A daemon that goes away mid-write must give an error, not kill the process.
        std::signal(SIGPIPE, SIG_IGN);
        virInitialize();
        virSetErrorFunc(nullptr, ignoreError);
        g_loop = new Loop; // lives as long as the process
        virEventRegisterImpl(addHandle, updateHandle, removeHandle, addTimeout, updateTimeout,
                             removeTimeout);
        std::thread([] { g_loop->run(); }).detach();
    });
}

unsigned long long LibvirtEventLoop::iterations() {
    return g_loop ? g_loop->iterations() : 0;
}
