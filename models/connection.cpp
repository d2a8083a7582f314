// SPDX-License-Identifier: GPL-2.0-or-later
#include "connection.h"

#include "connectionworker.h"
#include "credentialprovider.h"
#include "textconsolechannel.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMutex>
#include <QSet>
#include <QThread>

#include <array>

#include <unistd.h>

namespace {

CredentialProvider *g_credentials = nullptr;

// Worker threads that were let go but may still be inside a libvirt call.
QMutex g_retiredMutex;
QSet<QThread *> g_retired;

constexpr std::array<int, 7> kReconnectDelaysSec = {1, 2, 4, 8, 15, 30, 60};

void registerMetaTypes() {
    static const bool done = [] {
        qRegisterMetaType<Connection *>();
        qRegisterMetaType<DomainInfo>();
        qRegisterMetaType<QVector<DomainInfo>>();
        qRegisterMetaType<DomainDetails>();
        qRegisterMetaType<QVector<DomainDetails>>();
        qRegisterMetaType<UserError>();
        qRegisterMetaType<HostFacts>();
        qRegisterMetaType<StatsBatch>();
        qRegisterMetaType<GuestAction>();
        qRegisterMetaType<ActionOutcome>();
        qRegisterMetaType<QVector<ActionOutcome>>();
        qRegisterMetaType<ActionRequest>();
        qRegisterMetaType<ActionResult>();
        qRegisterMetaType<DeletePlan>();
        qRegisterMetaType<ConsoleTargets>();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace

template <typename Fn> void Connection::invokeOnWorker(Fn fn) {
    if (ConnectionWorker *w = m_worker)
        QMetaObject::invokeMethod(
            w, [w, fn] { fn(w); }, Qt::QueuedConnection);
}

Connection::Connection(const ConnectionUri &uri, QObject *parent)
    : QObject(parent)
    , m_uri(uri) {
    registerMetaTypes();
    m_deliveryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deliveryTimer, &QTimer::timeout, this, &Connection::deliverNext);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Reconnecting)
            startWorker();
    });
}

Connection::~Connection() {
    retireWorker();
}

void Connection::setCredentialProvider(CredentialProvider *provider) {
    g_credentials = provider;
}

bool Connection::waitForRetiredWorkers(int milliseconds) {
    QDeadlineTimer deadline(milliseconds);
    for (;;) {
        QThread *thread = nullptr;
        {
            QMutexLocker lock(&g_retiredMutex);
            if (g_retired.isEmpty())
                return true;
            thread = *g_retired.begin();
            g_retired.remove(thread);
        }
        if (!thread->wait(deadline))
            return false;
    }
}

int Connection::secondsUntilReconnect() const {
    if (m_state != State::Reconnecting || !m_reconnectTimer.isActive())
        return -1;
    return (m_reconnectTimer.remainingTime() + 999) / 1000;
}

void Connection::connectToHost() {
    m_userInitiated = true;
    m_reconnectTimer.stop();
    if (m_state == State::Connected || m_state == State::Connecting)
        return;
    m_reconnectAttempt = 0;
    startWorker();
}

void Connection::disconnectFromHost() {
    m_reconnectTimer.stop();
    retireWorker();
    m_loading = false;
    if (m_state != State::Disconnected) {
        setState(State::Disconnected);
        Q_EMIT cleared();
    }
}

void Connection::startWorker() {
    retireWorker();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("vd-conn"));
    m_worker = new ConnectionWorker(m_uri.toString(), g_credentials);
    m_worker->moveToThread(m_thread);
    ConnectionWorker *w = m_worker;

    // Results of a retired worker are dropped: each lambda checks the worker is current.
    // Results are handed on one per event-loop turn (see deliver()).
    auto current = [this, w] { return w == m_worker; };
    connect(w, &ConnectionWorker::opened, this, [this, current](const HostFacts &f) {
        if (current())
            deliver([this, f] { onOpened(f); });
    });
    connect(w, &ConnectionWorker::openFailed, this, [this, current](const UserError &e) {
        if (current())
            deliver([this, e] { onOpenFailed(e); });
    });
    connect(w, &ConnectionWorker::lost, this, [this, current](const UserError &e) {
        if (current())
            deliver([this, e] { onLost(e); });
    });
    connect(w, &ConnectionWorker::loadStarted, this, [this, current] {
        if (current())
            deliver([this] {
                m_loading = true;
                Q_EMIT loadStarted();
            });
    });
    connect(w, &ConnectionWorker::loadFinished, this, [this, current] {
        if (current())
            deliver([this] {
                m_loading = false;
                Q_EMIT loadFinished();
            });
    });
    connect(w, &ConnectionWorker::domainsLoaded, this,
            [this, current](const QVector<DomainInfo> &b) {
                if (current())
                    deliver([this, b] { Q_EMIT domainsLoaded(b); });
            });
    connect(w, &ConnectionWorker::detailsLoaded, this,
            [this, current](const QVector<DomainDetails> &b) {
                if (current())
                    deliver([this, b] { Q_EMIT detailsLoaded(b); });
            });
    connect(w, &ConnectionWorker::domainUpdated, this, [this, current](const DomainInfo &i) {
        if (current())
            deliver([this, i] { Q_EMIT domainUpdated(i); });
    });
    connect(w, &ConnectionWorker::domainRemoved, this, [this, current](const QString &u) {
        if (current())
            deliver([this, u] { Q_EMIT domainRemoved(u); });
    });
    connect(w, &ConnectionWorker::statsSampled, this, [this, current](const StatsBatch &b) {
        if (current())
            deliver([this, b] { Q_EMIT statsSampled(b); });
    });
    connect(w, &ConnectionWorker::actionFinished, this, [this, current](const ActionResult &r) {
        if (current())
            deliver([this, r] { Q_EMIT actionFinished(r); });
    });
    connect(w, &ConnectionWorker::consoleTargetsReady, this,
            [this, current](int id, const ConsoleTargets &t) {
                if (!current())
                    return;
                deliver([this, id, t] {
                    const auto request = m_consoleTargetRequests.take(id);
                    if (request.first && request.second)
                        request.second(t);
                });
            });
    connect(w, &ConnectionWorker::graphicsFdReady, this,
            [this, current](int id, int fd, const UserError &e) {
                const auto request = m_graphicsFdRequests.take(id);
                if (current() && request.first && request.second)
                    request.second(fd, e);
                else if (fd >= 0)
                    ::close(fd);
            });
    connect(w, &ConnectionWorker::deletePlanReady, this,
            [this, current](int id, const DeletePlan &p) {
                if (current())
                    deliver([this, id, p] { Q_EMIT deletePlanReady(id, p); });
            });

    m_thread->start();
    setState(m_state == State::Reconnecting ? State::Reconnecting : State::Connecting);
    invokeOnWorker([](ConnectionWorker *worker) { worker->open(); });
}

// Lets the current worker go without waiting for it: it closes its connection on its own
// thread (which may take until a keepalive timeout if the daemon hangs) and then ends.
void Connection::retireWorker() {
    if (!m_worker)
        return;
    m_deliveries.clear();
    m_deliveryTimer.stop();
    ConnectionWorker *w = m_worker;
    QThread *t = m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
    {
        QMutexLocker lock(&g_retiredMutex);
        g_retired.insert(t);
    }
    connect(t, &QThread::finished, t, [t] {
        {
            QMutexLocker lock(&g_retiredMutex);
            g_retired.remove(t);
        }
        t->deleteLater();
    });
    QMetaObject::invokeMethod(
        w,
        [w, t] {
            w->close();
            w->deleteLater(); // processed as the thread finishes
            t->quit();
        },
        Qt::QueuedConnection);
}

// A worker can produce results faster than the models absorb them (10,000 guests arrive in
// ten batches within milliseconds). Results are handed on in turns of at most a few
// milliseconds, so input and painting run between batches and no turn of the GUI thread
// grows long, while small results still go out together without waiting for a repaint.
void Connection::deliver(std::function<void()> result) {
    m_deliveries.push_back(std::move(result));
    if (!m_deliveryTimer.isActive())
        m_deliveryTimer.start(0);
}

void Connection::deliverNext() {
    constexpr qint64 kTurnBudgetNs = 8 * 1000 * 1000;
    QElapsedTimer turn;
    turn.start();
    while (!m_deliveries.empty() && turn.nsecsElapsed() < kTurnBudgetNs) {
        std::function<void()> next = std::move(m_deliveries.front());
        m_deliveries.pop_front();
        next();
    }
    if (m_deliveries.empty())
        m_deliveryTimer.stop();
}

void Connection::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Connection::onOpened(const HostFacts &facts) {
    m_facts = facts;
    m_lastError = {};
    m_reconnectAttempt = 0;
    invokeOnWorker([ms = m_statsIntervalMs, scope = m_statsScope](ConnectionWorker *w) {
        w->setStatsInterval(ms);
        w->setStatsScope(scope);
    });
    setState(State::Connected);
    Q_EMIT opened(facts);
}

void Connection::onOpenFailed(const UserError &error) {
    m_lastError = error;
    retireWorker();
    if (m_state == State::Reconnecting) {
        scheduleReconnect();
        Q_EMIT errorOccurred(error, false);
        return;
    }
    const bool userInitiated = std::exchange(m_userInitiated, false);
    setState(State::Disconnected);
    Q_EMIT errorOccurred(error, userInitiated);
}

void Connection::onLost(const UserError &error) {
    m_lastError = error;
    m_loading = false;
    retireWorker();
    setState(State::Lost);
    Q_EMIT errorOccurred(error, false);
    m_reconnectAttempt = 0;
    scheduleReconnect();
}

void Connection::scheduleReconnect() {
    const size_t index =
        std::min<size_t>(size_t(m_reconnectAttempt), kReconnectDelaysSec.size() - 1);
    ++m_reconnectAttempt;
    setState(State::Reconnecting);
    m_reconnectTimer.start(kReconnectDelaysSec[index] * 1000);
}

int Connection::requestAction(GuestAction action, const QStringList &uuids,
                              const QHash<QString, QStringList> &disksToDelete) {
    ActionRequest request;
    request.requestId = m_nextRequestId++;
    request.action = action;
    request.uuids = uuids;
    request.disksToDelete = disksToDelete;
    if (!m_worker || m_state != State::Connected) {
        // Answer asynchronously as the worker would, so callers have one code path.
        ActionResult result;
        result.requestId = request.requestId;
        result.action = action;
        for (const QString &uuid : uuids) {
            ActionOutcome o;
            o.uuid = uuid;
            o.error = UserError::make(UserError::Kind::ConnectionLost, tr("Not connected"),
                                      tr("%1 is not connected.").arg(displayName()),
                                      tr("Reconnect and try again."));
            result.outcomes.append(o);
        }
        QMetaObject::invokeMethod(
            this, [this, result] { Q_EMIT actionFinished(result); }, Qt::QueuedConnection);
        return request.requestId;
    }
    invokeOnWorker([request](ConnectionWorker *w) { w->runAction(request); });
    return request.requestId;
}

int Connection::requestDeletePlan(const QString &uuid) {
    const int id = m_nextRequestId++;
    if (!m_worker || m_state != State::Connected) {
        DeletePlan plan;
        plan.uuid = uuid;
        plan.error = UserError::make(UserError::Kind::ConnectionLost, tr("Not connected"),
                                     tr("%1 is not connected.").arg(displayName()));
        QMetaObject::invokeMethod(
            this, [this, id, plan] { Q_EMIT deletePlanReady(id, plan); }, Qt::QueuedConnection);
        return id;
    }
    invokeOnWorker([id, uuid](ConnectionWorker *w) { w->fetchDeletePlan(id, uuid); });
    return id;
}

void Connection::setStatsInterval(int milliseconds) {
    m_statsIntervalMs = milliseconds;
    invokeOnWorker([milliseconds](ConnectionWorker *w) { w->setStatsInterval(milliseconds); });
}

void Connection::requestConsoleTargets(const QString &uuid, QObject *receiver,
                                       std::function<void(const ConsoleTargets &)> callback) {
    const int id = m_nextRequestId++;
    if (!m_worker || m_state != State::Connected) {
        ConsoleTargets t;
        t.uuid = uuid;
        t.error = UserError::make(UserError::Kind::ConnectionLost, tr("Not connected"),
                                  tr("%1 is not connected.").arg(displayName()),
                                  tr("Reconnect and try again."));
        QPointer<QObject> alive(receiver);
        QMetaObject::invokeMethod(
            this,
            [alive, callback, t] {
                if (alive)
                    callback(t);
            },
            Qt::QueuedConnection);
        return;
    }
    m_consoleTargetRequests.insert(id, {receiver, std::move(callback)});
    invokeOnWorker([id, uuid](ConnectionWorker *w) { w->fetchConsoleTargets(id, uuid); });
}

std::shared_ptr<JobControl> Connection::runJob(JobWork work, QObject *receiver,
                                               std::function<void(const JobResult &)> done) {
    auto control = std::make_shared<JobControl>();
    QPointer<QObject> alive(receiver);
    // Delivered through the application object, which outlives every job; the receiver is
    // checked on the GUI thread.
    auto deliver = [alive, done = std::move(done)](const JobResult &result) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [alive, done, result] {
                if (alive)
                    done(result);
            },
            Qt::QueuedConnection);
    };
    const QString name = displayName();
    auto notConnected = [deliver, name] {
        deliver(JobResult::failure(
            UserError::make(UserError::Kind::ConnectionLost, tr("Not connected"),
                            tr("%1 is not connected.").arg(name), tr("Reconnect and try again."))));
    };
    startTask(
        [work = std::move(work), control, deliver](virConnectPtr c) {
            JobResult result = work(c, *control);
            if (control->isCancelled() && !result.ok)
                result.cancelled = true;
            deliver(result);
        },
        control, notConnected);
    return control;
}

void Connection::startTask(std::function<void(virConnectPtr)> task,
                           std::shared_ptr<JobControl> control,
                           std::function<void()> notConnected) {
    if (!m_worker || m_state != State::Connected) {
        notConnected();
        return;
    }
    invokeOnWorker([task = std::move(task), control = std::move(control),
                    notConnected = std::move(notConnected)](ConnectionWorker *w) {
        w->startJob(task, control, notConnected);
    });
}

void Connection::requestGraphicsFd(const QString &uuid, int index, QObject *receiver,
                                   std::function<void(int, const UserError &)> callback) {
    const int id = m_nextRequestId++;
    if (!m_worker || m_state != State::Connected) {
        const UserError e = UserError::make(UserError::Kind::ConnectionLost, tr("Not connected"),
                                            tr("%1 is not connected.").arg(displayName()),
                                            tr("Reconnect and try again."));
        QPointer<QObject> alive(receiver);
        QMetaObject::invokeMethod(
            this,
            [alive, callback, e] {
                if (alive)
                    callback(-1, e);
            },
            Qt::QueuedConnection);
        return;
    }
    m_graphicsFdRequests.insert(id, {receiver, std::move(callback)});
    invokeOnWorker([id, uuid, index](ConnectionWorker *w) { w->openGraphicsFd(id, uuid, index); });
}

TextConsoleChannel *Connection::openTextConsole(const QString &uuid, const QString &device,
                                                QObject *parent) {
    auto *channel = new TextConsoleChannel(parent);
    const std::shared_ptr<TextConsoleLink> link = channel->link();
    // Writes and closing go to whichever worker serves this connection when they happen.
    connect(channel, &TextConsoleChannel::sendRequested, this, [this, link](const QByteArray &b) {
        invokeOnWorker([link, b](ConnectionWorker *w) { w->writeTextConsole(link, b); });
    });
    connect(channel, &TextConsoleChannel::closeRequested, this, [this, link] {
        invokeOnWorker([link](ConnectionWorker *w) { w->closeTextConsole(link); });
    });
    if (!m_worker || m_state != State::Connected) {
        QPointer<TextConsoleChannel> alive(channel);
        const UserError e = UserError::make(UserError::Kind::ConnectionLost, tr("Not connected"),
                                            tr("%1 is not connected.").arg(displayName()));
        QMetaObject::invokeMethod(
            this,
            [alive, e] {
                if (alive)
                    alive->markClosed(e);
            },
            Qt::QueuedConnection);
        return channel;
    }
    invokeOnWorker(
        [link, uuid, device](ConnectionWorker *w) { w->openTextConsole(link, uuid, device); });
    return channel;
}

void Connection::setStatsScope(const QStringList &uuids) {
    if (uuids == m_statsScope)
        return;
    m_statsScope = uuids;
    invokeOnWorker([uuids](ConnectionWorker *w) { w->setStatsScope(uuids); });
}
