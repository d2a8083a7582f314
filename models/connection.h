// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "connectionuri.h"
#include "consoletargets.h"
#include "deleteplan.h"
#include "domaininfo.h"
#include "guestaction.h"
#include "hostfacts.h"
#include "job.h"
#include "statsbatch.h"
#include "usererror.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <optional>

class ConnectionWorker;
class CredentialProvider;
class QThread;
class TextConsoleChannel;

// One hypervisor host as the GUI sees it: a state machine over a worker thread that owns the
// libvirt connection. Everything here runs on the GUI thread and never blocks: requests are
// queued to the worker, results come back as signals.
class Connection : public QObject {
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Lost, Reconnecting };
    Q_ENUM(State)

    explicit Connection(const ConnectionUri &uri, QObject *parent = nullptr);
    ~Connection() override;

    ConnectionUri uri() const { return m_uri; }
    QString displayName() const { return m_uri.displayName(); }
    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Connected; }
    UserError lastError() const { return m_lastError; }
    HostFacts facts() const { return m_facts; }
    bool isLoading() const { return m_loading; }

    bool autoconnect() const { return m_autoconnect; }
    void setAutoconnect(bool on) { m_autoconnect = on; }
    // Demo connections (the test driver opened because no local daemon answered) are shown
    // with a banner and never saved.
    bool isDemo() const { return m_demo; }
    void setDemo(bool on) { m_demo = on; }
    // Seconds until the next automatic reconnect attempt, or -1.
    int secondsUntilReconnect() const;

    // Used by every connection's worker to ask for user names and passwords.
    static void setCredentialProvider(CredentialProvider *provider);
    // Waits (at exit only) for retired worker threads to finish; false if some are stuck.
    static bool waitForRetiredWorkers(int milliseconds);

    int requestAction(GuestAction action, const QStringList &uuids,
                      const QHash<QString, QStringList> &disksToDelete = {});
    int requestDeletePlan(const QString &uuid);

    // Console plumbing. Callbacks run on the GUI thread, and only while `receiver` exists;
    // a graphics socket nobody is left to take is closed.
    void requestConsoleTargets(const QString &uuid, QObject *receiver,
                               std::function<void(const ConsoleTargets &)> callback);
    void requestGraphicsFd(const QString &uuid, int index, QObject *receiver,
                           std::function<void(int fd, const UserError &error)> callback);
    // Opens a guest's text console (device alias, or empty for the first one).
    TextConsoleChannel *openTextConsole(const QString &uuid, const QString &device,
                                        QObject *parent);
    // Runs a long operation (creating, cloning guests) on a thread of its own with this
    // host's libvirt connection, while the list goes on updating. `done` runs on the GUI
    // thread, and only while `receiver` exists. Cancel through the returned control.
    std::shared_ptr<JobControl> runJob(JobWork work, QObject *receiver,
                                       std::function<void(const JobResult &)> done);
    // A read-only query of the same kind (capabilities, pools, networks): `done` gets what
    // `query` returned, or nothing when the host is not connected.
    template <typename T>
    void runQuery(std::function<T(virConnectPtr)> query, QObject *receiver,
                  std::function<void(const std::optional<T> &)> done) {
        QPointer<QObject> alive(receiver);
        auto deliver = [alive, done](std::optional<T> value) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [alive, done, value = std::move(value)] {
                    if (alive)
                        done(value);
                },
                Qt::QueuedConnection);
        };
        startTask([query, deliver](virConnectPtr c) { deliver(query(c)); }, nullptr,
                  [deliver] { deliver(std::nullopt); });
    }
    void setStatsInterval(int milliseconds);
    // Samples only these guests (empty: all of them), for very large connections.
    void setStatsScope(const QStringList &uuids);

public Q_SLOTS:
    void connectToHost();
    void disconnectFromHost();

Q_SIGNALS:
    void stateChanged(Connection::State state);
    // An open failed or an open connection was lost; userInitiated when the user asked.
    void errorOccurred(const UserError &error, bool userInitiated);
    void opened(const HostFacts &facts);
    void loadStarted();
    void domainsLoaded(const QVector<DomainInfo> &batch);
    void loadFinished();
    void detailsLoaded(const QVector<DomainDetails> &batch);
    void domainUpdated(const DomainInfo &info);
    void domainRemoved(const QString &uuid);
    void statsSampled(const StatsBatch &batch);
    void actionFinished(const ActionResult &result);
    void deletePlanReady(int requestId, const DeletePlan &plan);
    // The guest list of this host is no longer valid (user disconnected).
    void cleared();

private:
    template <typename Fn> void invokeOnWorker(Fn fn);
    void startTask(std::function<void(virConnectPtr)> task, std::shared_ptr<JobControl> control,
                   std::function<void()> notConnected);
    void deliver(std::function<void()> result);
    void deliverNext();
    void startWorker();
    void retireWorker();
    void setState(State state);
    void scheduleReconnect();
    void onOpened(const HostFacts &facts);
    void onOpenFailed(const UserError &error);
    void onLost(const UserError &error);

    ConnectionUri m_uri;
    State m_state = State::Disconnected;
    UserError m_lastError;
    HostFacts m_facts;
    bool m_autoconnect = false;
    bool m_demo = false;
    bool m_userInitiated = false;
    bool m_loading = false;
    int m_reconnectAttempt = 0;
    int m_statsIntervalMs = 1000;
    QStringList m_statsScope;
    int m_nextRequestId = 1;
    QHash<int, std::pair<QPointer<QObject>, std::function<void(const ConsoleTargets &)>>>
        m_consoleTargetRequests;
    QHash<int, std::pair<QPointer<QObject>, std::function<void(int, const UserError &)>>>
        m_graphicsFdRequests;
    QTimer m_reconnectTimer;
    QTimer m_deliveryTimer;
    std::deque<std::function<void()>> m_deliveries;
    ConnectionWorker *m_worker = nullptr;
    QThread *m_thread = nullptr;
};
