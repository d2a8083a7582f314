// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "consoletargets.h"
#include "deleteplan.h"
#include "domaininfo.h"
#include "domainxmlsummary.h"
#include "guestaction.h"
#include "hostfacts.h"
#include "job.h"
#include "libvirthandles.h"
#include "statsbatch.h"
#include "statssampler.h"
#include "usererror.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <map>
#include <memory>
#include <vector>

class CredentialProvider;
class QTimer;
struct TextConsoleLink;
class StatsReplay;
struct WorkerCallbackBridge;

// Owns one libvirt connection and makes every blocking libvirt call for it. Lives on its own
// QThread; requests arrive as queued slot calls and results leave as queued signals.
// A worker serves one session: after close or loss it is thrown away and a new one is made.
class ConnectionWorker : public QObject {
    Q_OBJECT
public:
    ConnectionWorker(const QString &uri, CredentialProvider *credentials);
    ~ConnectionWorker() override;

public Q_SLOTS:
    void open();
    void close();
    void runAction(const ActionRequest &request);
    void fetchDeletePlan(int requestId, const QString &uuid);
    void setStatsInterval(int milliseconds);
    // Samples only these guests (empty: all), for very large connections.
    void setStatsScope(const QStringList &uuids);
    void fetchConsoleTargets(int requestId, const QString &uuid);
    // Runs task on a job thread with this worker's connection, or notConnected() here.
    void startJob(const std::function<void(virConnectPtr)> &task,
                  const std::shared_ptr<JobControl> &control,
                  const std::function<void()> &notConnected);
    void openGraphicsFd(int requestId, const QString &uuid, int index);
    void openTextConsole(const std::shared_ptr<TextConsoleLink> &link, const QString &uuid,
                         const QString &device);
    void writeTextConsole(const std::shared_ptr<TextConsoleLink> &link, const QByteArray &bytes);
    void closeTextConsole(const std::shared_ptr<TextConsoleLink> &link);

Q_SIGNALS:
    void opened(const HostFacts &facts);
    void openFailed(const UserError &error);
    void lost(const UserError &error);
    void loadStarted();
    void domainsLoaded(const QVector<DomainInfo> &batch);
    void loadFinished();
    void detailsLoaded(const QVector<DomainDetails> &batch);
    void domainUpdated(const DomainInfo &info);
    void domainRemoved(const QString &uuid);
    void statsSampled(const StatsBatch &batch);
    void actionFinished(const ActionResult &result);
    void deletePlanReady(int requestId, const DeletePlan &plan);
    void consoleTargetsReady(int requestId, const ConsoleTargets &targets);
    // fd is -1 on failure; otherwise the receiver owns it.
    void graphicsFdReady(int requestId, int fd, const UserError &error);

private:
    friend struct WorkerCallbackBridge;
    void onDomainEvent(const QString &uuid);
    void onConnectionClosed(int reason);

    void registerCallbacks();
    void unregisterCallbacks();
    HostFacts readHostFacts(qint64 openMs, qint64 openedAtNs);
    void loadAllDomains();
    void loadNextDetails();
    void flushDirtyDomains();
    void sampleStats();
    bool readBulkStats(QVector<RawGuestSample> *samples);
    bool readStatsGuestByGuest(QVector<RawGuestSample> *samples);
    RawHostSample readHostSample();
    // State, vCPUs and memory of one guest.
    struct GuestBasics {
        bool known = false;
        int state = 0;
        unsigned vcpus = 0;
        quint64 memoryKiB = 0;
        quint64 maxMemoryKiB = 0;
    };
    QHash<QString, GuestBasics> bulkBasics();
    static GuestBasics queryBasics(virDomainPtr domain);
    void fillInfo(virDomainPtr domain, const GuestBasics &basics, DomainInfo *info);
    void forEachGuest(int count, const std::function<void(int)> &query);
    bool readDomain(virDomainPtr domain, DomainInfo *info);
    void readDetails(virDomainPtr domain, DomainDetails *details);
    void applyDetails(const DomainDetails &details, DomainInfo *info);
    ActionOutcome perform(GuestAction action, const QString &uuid, const QStringList &diskPaths);
    void deleteDisks(const QStringList &paths, ActionOutcome *outcome);
    bool checkAlive(const UserError &error);
    UserError lastError(const QString &context) const;
    void markLost(const UserError &error);

    QString m_uri;
    QString m_host;
    CredentialProvider *m_credentials;
    ConnectHandle m_conn;
    bool m_isContainerDriver = false;
    bool m_lost = false;
    std::shared_ptr<WorkerCallbackBridge> m_bridge;
    int m_lifecycleCallback = -1;
    int m_metadataCallback = -1;
    bool m_closeCallbackRegistered = false;

    QSet<QString> m_dirtyDomains;
    bool m_flushScheduled = false;
    std::vector<DomainHandle> m_detailsQueue; // guests whose XML details are still to be read
    QTimer *m_statsTimer = nullptr;
    bool m_parallelQueries = false;
    QThreadPool m_queryPool;
    bool m_bulkStatsUnsupported = false;
    unsigned m_statsFlags = VIR_CONNECT_GET_ALL_DOMAINS_STATS_NOWAIT;
    StatsSampler m_sampler;
    int m_statsIntervalMs = 1000;
    int m_hostCpus = 0;
    bool m_hostStatsUnsupported = false;
    QSet<QString> m_activeGuests;
    QSet<QString> m_statsScope;
    std::map<QString, DomainHandle> m_scopeDomains;
    QHash<QString, DeviceNames> m_deviceNames;
    std::shared_ptr<StatsReplay> m_replay; // benchmarks only, see StatsReplay
};
