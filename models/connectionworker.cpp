// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectionworker.h"

#include "connectionuri.h"
#include "credentialprovider.h"
#include "domainstatsparser.h"
#include "domainxmlsummary.h"
#include "libvirteventloop.h"
#include "statsreplay.h"
#include "textconsolechannel.h"

#include <libvirt/virterror.h>

#include <QElapsedTimer>
#include <QMutex>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <numeric>
#include <utility>
#include <vector>

// Shared between the worker and libvirt's callbacks, which run on the event-loop thread and
// may outlive the worker: they only post to the worker while it still exists.
struct WorkerCallbackBridge {
    QMutex mutex;
    ConnectionWorker *worker = nullptr;

    void postDomainEvent(virDomainPtr domain) {
        char uuid[VIR_UUID_STRING_BUFLEN];
        if (virDomainGetUUIDString(domain, uuid) < 0)
            return;
        const QString id = QString::fromLatin1(uuid);
        QMutexLocker lock(&mutex);
        if (ConnectionWorker *w = worker)
            QMetaObject::invokeMethod(
                w, [w, id] { w->onDomainEvent(id); }, Qt::QueuedConnection);
    }
    void postClosed(int reason) {
        QMutexLocker lock(&mutex);
        if (ConnectionWorker *w = worker)
            QMetaObject::invokeMethod(
                w, [w, reason] { w->onConnectionClosed(reason); }, Qt::QueuedConnection);
    }
};

namespace {

using BridgeRef = std::shared_ptr<WorkerCallbackBridge>;

// Keepalive: a ping every 2 s, the connection is declared dead after 3 unanswered ones, so a
// hung daemon is noticed within about 8 s.
constexpr int kKeepAliveInterval = 2;
constexpr unsigned kKeepAliveCount = 3;
constexpr int kFirstBatch = 64;
constexpr int kBatch = 1024;
constexpr int kDetailsChunk = 512;

qint64 steadyNowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void *newBridgeRef(const BridgeRef &bridge) {
    return new BridgeRef(bridge);
}
void freeBridgeRef(void *opaque) {
    delete static_cast<BridgeRef *>(opaque);
}
WorkerCallbackBridge *bridgeOf(void *opaque) {
    return static_cast<BridgeRef *>(opaque)->get();
}

int onLifecycle(virConnectPtr, virDomainPtr domain, int, int, void *opaque) {
    bridgeOf(opaque)->postDomainEvent(domain);
    return 0;
}

void onMetadataChange(virConnectPtr, virDomainPtr domain, int, const char *, void *opaque) {
    bridgeOf(opaque)->postDomainEvent(domain);
}

void onClose(virConnectPtr, int reason, void *opaque) {
    bridgeOf(opaque)->postClosed(reason);
}

struct AuthContext {
    CredentialProvider *provider = nullptr;
    QString uri;
    bool cancelled = false;
};

CredentialRequest::Type requestType(int credType) {
    switch (credType) {
    case VIR_CRED_USERNAME:
    case VIR_CRED_AUTHNAME:
        return CredentialRequest::Type::Username;
    case VIR_CRED_PASSPHRASE:
        return CredentialRequest::Type::Password;
    case VIR_CRED_ECHOPROMPT:
        return CredentialRequest::Type::EchoPrompt;
    case VIR_CRED_NOECHOPROMPT:
        return CredentialRequest::Type::NoEchoPrompt;
    case VIR_CRED_REALM:
        return CredentialRequest::Type::Realm;
    default:
        return CredentialRequest::Type::Other;
    }
}

// Runs on the worker thread inside virConnectOpenAuth; the provider may wait for the user.
int onAuth(virConnectCredentialPtr cred, unsigned int ncred, void *cbdata) {
    auto *ctx = static_cast<AuthContext *>(cbdata);
    QVector<CredentialRequest> requests;
    for (unsigned i = 0; i < ncred; ++i) {
        CredentialRequest r;
        r.type = requestType(cred[i].type);
        r.prompt = QString::fromUtf8(cred[i].prompt);
        r.challenge = QString::fromUtf8(cred[i].challenge);
        r.defaultValue = QString::fromUtf8(cred[i].defresult);
        requests.append(r);
    }
    if (!ctx->provider || !ctx->provider->provide(ctx->uri, requests)) {
        ctx->cancelled = true;
        return -1;
    }
    for (unsigned i = 0; i < ncred; ++i) {
        QByteArray value = requests[int(i)].answer.toUtf8();
        if (value.isEmpty() && !requests[int(i)].defaultValue.isEmpty())
            value = requests[int(i)].defaultValue.toUtf8();
        cred[i].result = strdup(value.constData());
        cred[i].resultlen = unsigned(value.size());
        value.fill('\0');
        requests[int(i)].answer.fill(QLatin1Char('\0'));
        if (!cred[i].result)
            return -1;
    }
    return 0;
}

QSet<QString> uuidsMatching(virConnectPtr conn, unsigned flags, bool *ok) {
    QSet<QString> uuids;
    DomainArray list;
    const int n = virConnectListAllDomains(conn, list.out(), flags);
    list.setCount(n);
    *ok = n >= 0;
    char uuid[VIR_UUID_STRING_BUFLEN];
    for (int i = 0; i < n; ++i)
        if (virDomainGetUUIDString(list[i], uuid) == 0)
            uuids.insert(QString::fromLatin1(uuid));
    return uuids;
}

QString domainXml(virDomainPtr domain) {
    CString xml(virDomainGetXMLDesc(domain, 0));
    return xml ? QString::fromUtf8(xml.get()) : QString();
}

} // namespace

ConnectionWorker::ConnectionWorker(const QString &uri, CredentialProvider *credentials)
    : m_uri(uri)
    , m_host(ConnectionUri::parse(uri).host())
    , m_credentials(credentials)
    , m_bridge(std::make_shared<WorkerCallbackBridge>()) {
    m_bridge->worker = this;
    const ConnectionUri parsed = ConnectionUri::parse(uri);
    m_parallelQueries =
        !(parsed.isTestDriver() && parsed.transport() == ConnectionUri::Transport::Local);
    m_queryPool.setMaxThreadCount(8);
}

ConnectionWorker::~ConnectionWorker() {
    {
        QMutexLocker lock(&m_bridge->mutex);
        m_bridge->worker = nullptr;
    }
    unregisterCallbacks();
}

void ConnectionWorker::open() {
    LibvirtEventLoop::ensureRunning();
    AuthContext ctx{m_credentials, m_uri, false};
    int credTypes[] = {VIR_CRED_AUTHNAME,   VIR_CRED_USERNAME,     VIR_CRED_PASSPHRASE,
                       VIR_CRED_ECHOPROMPT, VIR_CRED_NOECHOPROMPT, VIR_CRED_REALM};
    virConnectAuth auth{credTypes, sizeof(credTypes) / sizeof(credTypes[0]), onAuth, &ctx};

    QElapsedTimer timer;
    timer.start();
    virConnectPtr conn = virConnectOpenAuth(m_uri.toUtf8().constData(), &auth, 0);
    const qint64 openMs = timer.elapsed();
    const qint64 openedAtNs = steadyNowNs();
    if (!conn) {
        const QString context =
            tr("Connecting to %1").arg(ConnectionUri::parse(m_uri).displayName());
        if (ctx.cancelled)
            Q_EMIT openFailed(UserError::fromRaw(VIR_ERR_AUTH_CANCELLED, VIR_FROM_AUTH,
                                                 tr("Authentication cancelled"), context, m_host));
        else
            Q_EMIT openFailed(lastError(context));
        return;
    }
    m_conn.reset(conn);
    // Fails harmlessly (returns 1) on drivers without keepalive, e.g. in-process ones.
    virConnectSetKeepAlive(conn, kKeepAliveInterval, kKeepAliveCount);
    registerCallbacks();

    const HostFacts facts = readHostFacts(openMs, openedAtNs);
    m_isContainerDriver = facts.driverType.compare(QLatin1String("LXC"), Qt::CaseInsensitive) == 0;
    m_hostCpus = facts.cpus;
    if (facts.isTestDriver)
        m_replay = StatsReplay::fromEnvironment();
    Q_EMIT opened(facts);

    loadAllDomains();

    m_statsTimer = new QTimer(this);
    m_statsTimer->setTimerType(Qt::CoarseTimer);
    connect(m_statsTimer, &QTimer::timeout, this, &ConnectionWorker::sampleStats);
    m_statsTimer->start(m_statsIntervalMs);
}

void ConnectionWorker::close() {
    if (m_statsTimer)
        m_statsTimer->stop();
    unregisterCallbacks();
    m_detailsQueue.clear();
    m_conn.reset();
}

void ConnectionWorker::registerCallbacks() {
    virConnectPtr c = m_conn.get();
    if (virConnectRegisterCloseCallback(c, onClose, newBridgeRef(m_bridge), freeBridgeRef) == 0)
        m_closeCallbackRegistered = true;
    m_lifecycleCallback = virConnectDomainEventRegisterAny(
        c, nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE, VIR_DOMAIN_EVENT_CALLBACK(onLifecycle),
        newBridgeRef(m_bridge), freeBridgeRef);
    m_metadataCallback = virConnectDomainEventRegisterAny(
        c, nullptr, VIR_DOMAIN_EVENT_ID_METADATA_CHANGE,
        VIR_DOMAIN_EVENT_CALLBACK(onMetadataChange), newBridgeRef(m_bridge), freeBridgeRef);
}

void ConnectionWorker::unregisterCallbacks() {
    virConnectPtr c = m_conn.get();
    if (!c)
        return;
    if (m_lifecycleCallback >= 0)
        virConnectDomainEventDeregisterAny(c, m_lifecycleCallback);
    if (m_metadataCallback >= 0)
        virConnectDomainEventDeregisterAny(c, m_metadataCallback);
    if (m_closeCallbackRegistered)
        virConnectUnregisterCloseCallback(c, onClose);
    m_lifecycleCallback = m_metadataCallback = -1;
    m_closeCallbackRegistered = false;
}

HostFacts ConnectionWorker::readHostFacts(qint64 openMs, qint64 openedAtNs) {
    virConnectPtr c = m_conn.get();
    HostFacts f;
    f.openMs = openMs;
    f.openedAtNs = openedAtNs;
    if (CString uri{virConnectGetURI(c)})
        f.canonicalUri = QString::fromUtf8(uri.get());
    if (CString host{virConnectGetHostname(c)})
        f.hostname = QString::fromUtf8(host.get());
    if (const char *type = virConnectGetType(c))
        f.driverType = QString::fromUtf8(type);
    unsigned long version = 0;
    if (virConnectGetLibVersion(c, &version) == 0)
        f.libvirtVersion = QStringLiteral("%1.%2.%3")
                               .arg(version / 1000000)
                               .arg(version / 1000 % 1000)
                               .arg(version % 1000);
    virNodeInfo node;
    if (virNodeGetInfo(c, &node) == 0) {
        f.cpus = int(node.cpus);
        f.memoryKiB = node.memory;
    }
    f.isTestDriver = f.driverType.compare(QLatin1String("TEST"), Qt::CaseInsensitive) == 0;
    return f;
}

bool ConnectionWorker::readDomain(virDomainPtr domain, DomainInfo *info) {
    const GuestBasics basics = queryBasics(domain);
    if (!basics.known)
        return false;
    fillInfo(domain, basics, info);
    return true;
}

void ConnectionWorker::applyDetails(const DomainDetails &details, DomainInfo *info) {
    info->title = details.title;
    info->kind = m_isContainerDriver ? GuestKind::Container : details.kind;
    info->domainType = details.domainType;
    info->graphics = details.graphics;
    info->tags = details.tags;
    info->osId = details.osId;
    info->osName = details.osName;
    info->detailsLoaded = true;
}

void ConnectionWorker::loadAllDomains() {
    virConnectPtr c = m_conn.get();
    Q_EMIT loadStarted();
    DomainArray all;
    const int n = virConnectListAllDomains(c, all.out(), 0);
    all.setCount(n);
    if (n < 0) {
        checkAlive(lastError(tr("Listing guests")));
        Q_EMIT loadFinished();
        return;
    }
    // Four list calls give every guest's flags, instead of four calls per guest.
    bool ok[4] = {};
    const QSet<QString> autostart = uuidsMatching(c, VIR_CONNECT_LIST_DOMAINS_AUTOSTART, &ok[0]);
    const QSet<QString> transient = uuidsMatching(c, VIR_CONNECT_LIST_DOMAINS_TRANSIENT, &ok[1]);
    const QSet<QString> saved = uuidsMatching(c, VIR_CONNECT_LIST_DOMAINS_MANAGEDSAVE, &ok[2]);
    const QSet<QString> snapshots = uuidsMatching(c, VIR_CONNECT_LIST_DOMAINS_HAS_SNAPSHOT, &ok[3]);
    // One bulk call answers state, vCPUs and memory for every guest on drivers that report
    // the balloon and vcpu groups (QEMU); the others are asked guest by guest below.
    const QHash<QString, GuestBasics> bulk = bulkBasics();

    m_detailsQueue.clear();
    m_detailsQueue.reserve(size_t(n));
    int first = 0;
    while (first < n) {
        const int last = std::min(n, first + (first == 0 ? kFirstBatch : kBatch));
        std::vector<DomainInfo> infos(size_t(last - first));
        std::vector<GuestBasics> basics(infos.size());
        for (int i = first; i < last; ++i) {
            DomainInfo &info = infos[size_t(i - first)];
            virDomainPtr d = all[i];
            char uuid[VIR_UUID_STRING_BUFLEN];
            if (virDomainGetUUIDString(d, uuid) < 0)
                continue;
            info.uuid = QString::fromLatin1(uuid);
            int flag = 0;
            info.autostart = ok[0] ? autostart.contains(info.uuid)
                                   : virDomainGetAutostart(d, &flag) == 0 && flag;
            info.persistent =
                ok[1] ? !transient.contains(info.uuid) : virDomainIsPersistent(d) == 1;
            info.hasManagedSave =
                ok[2] ? saved.contains(info.uuid) : virDomainHasManagedSaveImage(d, 0) == 1;
            info.hasSnapshot =
                ok[3] ? snapshots.contains(info.uuid) : virDomainSnapshotNum(d, 0) > 0;
            basics[size_t(i - first)] = bulk.value(info.uuid);
        }
        forEachGuest(int(infos.size()), [&](int k) {
            if (!basics[size_t(k)].known && !infos[size_t(k)].uuid.isEmpty())
                basics[size_t(k)] = queryBasics(all[first + k]);
        });
        QVector<DomainInfo> batch;
        batch.reserve(qsizetype(infos.size()));
        for (size_t k = 0; k < infos.size(); ++k) {
            if (!basics[k].known)
                continue; // vanished between the list and the query; its event will follow
            virDomainPtr d = all[first + int(k)];
            fillInfo(d, basics[k], &infos[k]);
            if (infos[k].isActive())
                m_activeGuests.insert(infos[k].uuid);
            batch.append(infos[k]);
            virDomainRef(d);
            m_detailsQueue.emplace_back(d);
        }
        if (!batch.isEmpty())
            Q_EMIT domainsLoaded(batch);
        first = last;
    }
    Q_EMIT loadFinished();
    QTimer::singleShot(0, this, &ConnectionWorker::loadNextDetails);
}

QHash<QString, ConnectionWorker::GuestBasics> ConnectionWorker::bulkBasics() {
    QHash<QString, GuestBasics> result;
    if (m_bulkStatsUnsupported)
        return result;
    virDomainStatsRecordPtr *records = nullptr;
    const unsigned groups =
        VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_BALLOON | VIR_DOMAIN_STATS_VCPU;
    // ENFORCE makes drivers that lack these groups (test, LXC) fail at once instead of
    // returning records without them.
    const int n = virConnectGetAllDomainStats(m_conn.get(), groups, &records,
                                              VIR_CONNECT_GET_ALL_DOMAINS_STATS_NOWAIT |
                                                  VIR_CONNECT_GET_ALL_DOMAINS_STATS_ENFORCE_STATS);
    DomainStatsList owner(records);
    char uuid[VIR_UUID_STRING_BUFLEN];
    for (int i = 0; i < n; ++i) {
        GuestBasics b;
        bool haveState = false, haveMemory = false, haveVcpus = false;
        for (int p = 0; p < records[i]->nparams; ++p) {
            const virTypedParameter &tp = records[i]->params[p];
            if (std::strcmp(tp.field, "state.state") == 0) {
                b.state = tp.value.i;
                haveState = true;
            } else if (std::strcmp(tp.field, "balloon.current") == 0) {
                b.memoryKiB = tp.value.ul;
                haveMemory = true;
            } else if (std::strcmp(tp.field, "balloon.maximum") == 0) {
                b.maxMemoryKiB = tp.value.ul;
            } else if (std::strcmp(tp.field, "vcpu.current") == 0) {
                b.vcpus = tp.value.ui;
                haveVcpus = true;
            }
        }
        b.known = haveState && haveMemory && haveVcpus;
        if (b.known && virDomainGetUUIDString(records[i]->dom, uuid) == 0)
            result.insert(QString::fromLatin1(uuid), b);
    }
    return result;
}

ConnectionWorker::GuestBasics ConnectionWorker::queryBasics(virDomainPtr domain) {
    GuestBasics b;
    virDomainInfo raw;
    if (virDomainGetInfo(domain, &raw) < 0)
        return b;
    b.known = true;
    b.state = raw.state;
    b.vcpus = raw.nrVirtCpu;
    b.memoryKiB = raw.memory;
    b.maxMemoryKiB = raw.maxMem;
    return b;
}

void ConnectionWorker::fillInfo(virDomainPtr domain, const GuestBasics &basics, DomainInfo *info) {
    char uuid[VIR_UUID_STRING_BUFLEN];
    if (info->uuid.isEmpty() && virDomainGetUUIDString(domain, uuid) == 0)
        info->uuid = QString::fromLatin1(uuid);
    info->name = QString::fromUtf8(virDomainGetName(domain));
    const unsigned id = virDomainGetID(domain);
    info->id = id == unsigned(-1) ? -1 : int(id);
    info->vcpus = basics.vcpus;
    info->memoryKiB = basics.memoryKiB;
    info->maxMemoryKiB = basics.maxMemoryKiB;
    info->kind = m_isContainerDriver ? GuestKind::Container : GuestKind::VirtualMachine;
    info->state = GuestStates::fromLibvirt(basics.state, info->hasManagedSave);
}

// Over RPC each per-guest query is a round trip; running up to eight at once on the same
// connection (libvirt allows concurrent calls) cuts listing 10,000 guests from seconds to a
// fraction. In-process drivers gain nothing and stay sequential.
void ConnectionWorker::forEachGuest(int count, const std::function<void(int)> &query) {
    if (!m_parallelQueries || count <= kFirstBatch) {
        for (int k = 0; k < count; ++k)
            query(k);
        return;
    }
    std::vector<int> indices(static_cast<size_t>(count));
    std::iota(indices.begin(), indices.end(), 0);
    QtConcurrent::blockingMap(&m_queryPool, indices, [&query](int k) { query(k); });
}

// The XML-derived fields arrive in chunks so that user actions queued meanwhile run between
// chunks instead of waiting for thousands of guests.
void ConnectionWorker::loadNextDetails() {
    if (m_detailsQueue.empty() || !m_conn)
        return;
    const size_t count = std::min<size_t>(kDetailsChunk, m_detailsQueue.size());
    const size_t start = m_detailsQueue.size() - count;
    std::vector<DomainDetails> details(count);
    forEachGuest(int(count), [&](int k) {
        readDetails(m_detailsQueue[start + size_t(k)].get(), &details[size_t(k)]);
    });
    m_detailsQueue.resize(start);
    QVector<DomainDetails> batch;
    batch.reserve(qsizetype(count));
    for (const DomainDetails &d : details)
        if (!d.uuid.isEmpty())
            batch.append(d);
    if (!batch.isEmpty())
        Q_EMIT detailsLoaded(batch);
    if (!m_detailsQueue.empty())
        QTimer::singleShot(0, this, &ConnectionWorker::loadNextDetails);
}

void ConnectionWorker::readDetails(virDomainPtr domain, DomainDetails *details) {
    char uuid[VIR_UUID_STRING_BUFLEN];
    if (virDomainGetUUIDString(domain, uuid) < 0)
        return;
    const QString xml = domainXml(domain);
    if (xml.isEmpty())
        return;
    *details = DomainXmlSummary::details(QString::fromLatin1(uuid), xml);
    if (m_isContainerDriver)
        details->kind = GuestKind::Container;
}

void ConnectionWorker::onDomainEvent(const QString &uuid) {
    m_dirtyDomains.insert(uuid);
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &ConnectionWorker::flushDirtyDomains);
    }
}

void ConnectionWorker::flushDirtyDomains() {
    m_flushScheduled = false;
    const QSet<QString> dirty = std::exchange(m_dirtyDomains, {});
    if (!m_conn || m_lost)
        return;
    for (const QString &uuid : dirty) {
        DomainHandle d(virDomainLookupByUUIDString(m_conn.get(), uuid.toLatin1().constData()));
        if (!d) {
            const virError *err = virGetLastError();
            if (err && err->code == VIR_ERR_NO_DOMAIN) {
                m_activeGuests.remove(uuid);
                m_deviceNames.remove(uuid);
                Q_EMIT domainRemoved(uuid);
            } else if (!checkAlive(lastError(tr("Refreshing a guest"))))
                return;
            continue;
        }
        DomainInfo info;
        int flag = 0;
        info.autostart = virDomainGetAutostart(d.get(), &flag) == 0 && flag;
        info.persistent = virDomainIsPersistent(d.get()) == 1;
        info.hasManagedSave = virDomainHasManagedSaveImage(d.get(), 0) == 1;
        info.hasSnapshot = virDomainSnapshotNum(d.get(), 0) > 0;
        if (!readDomain(d.get(), &info)) {
            const virError *err = virGetLastError();
            if (err && err->code == VIR_ERR_NO_DOMAIN)
                Q_EMIT domainRemoved(uuid);
            continue;
        }
        DomainDetails details;
        readDetails(d.get(), &details);
        if (!details.uuid.isEmpty())
            applyDetails(details, &info);
        if (info.isActive())
            m_activeGuests.insert(uuid);
        else
            m_activeGuests.remove(uuid);
        m_deviceNames.remove(uuid); // devices may have changed
        Q_EMIT domainUpdated(info);
    }
}

void ConnectionWorker::onConnectionClosed(int reason) {
    if (reason == VIR_CONNECT_CLOSE_REASON_CLIENT)
        return;
    const bool local = m_host.isEmpty();
    if (reason == VIR_CONNECT_CLOSE_REASON_KEEPALIVE) {
        markLost(UserError::make(
            UserError::Kind::Timeout, tr("The host stopped answering"),
            local ? tr("The libvirt service did not answer for several seconds; it may be hung.")
                  : tr("The host %1 did not answer for several seconds; its libvirt service "
                       "may be hung or the network is down.")
                        .arg(m_host),
            tr("VirtDeck keeps trying to reconnect.")));
    } else {
        markLost(UserError::make(UserError::Kind::ConnectionLost, tr("Connection lost"),
                                 local ? tr("The connection to the libvirt service was closed.")
                                       : tr("The connection to %1 was closed.").arg(m_host),
                                 tr("VirtDeck keeps trying to reconnect.")));
    }
}

bool ConnectionWorker::checkAlive(const UserError &error) {
    if (m_conn && virConnectIsAlive(m_conn.get()) == 0) {
        markLost(error);
        return false;
    }
    return true;
}

void ConnectionWorker::markLost(const UserError &error) {
    if (m_lost)
        return;
    m_lost = true;
    if (m_statsTimer)
        m_statsTimer->stop();
    Q_EMIT lost(error);
}

UserError ConnectionWorker::lastError(const QString &context) const {
    return UserError::fromLastLibvirtError(context, m_host);
}

void ConnectionWorker::setStatsInterval(int milliseconds) {
    m_statsIntervalMs = std::clamp(milliseconds, 500, 60000);
    if (m_statsTimer)
        m_statsTimer->setInterval(m_statsIntervalMs);
}

void ConnectionWorker::sampleStats() {
    if (!m_conn || m_lost)
        return;
    QVector<RawGuestSample> samples;
    if (m_replay)
        samples = m_replay->sample(m_activeGuests);
    else if (!m_bulkStatsUnsupported && !readBulkStats(&samples))
        return; // connection lost
    if (m_bulkStatsUnsupported && !m_replay && !readStatsGuestByGuest(&samples))
        return;
    StatsBatch batch = m_sampler.update(steadyNowNs(), samples, readHostSample());
    batch.perGuestFallback = m_bulkStatsUnsupported && !m_replay;
    Q_EMIT statsSampled(batch);
}

// One virConnectGetAllDomainStats per tick (or virDomainListGetStats for the guests in
// scope). Returns false when the connection turned out to be gone.
bool ConnectionWorker::readBulkStats(QVector<RawGuestSample> *samples) {
    virConnectPtr c = m_conn.get();
    const unsigned groups = VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_CPU_TOTAL |
                            VIR_DOMAIN_STATS_BALLOON | VIR_DOMAIN_STATS_VCPU |
                            VIR_DOMAIN_STATS_BLOCK | VIR_DOMAIN_STATS_INTERFACE;
    virDomainStatsRecordPtr *records = nullptr;
    auto call = [&] {
        if (m_statsScope.isEmpty())
            return virConnectGetAllDomainStats(
                c, groups, &records, m_statsFlags | VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE);
        std::vector<virDomainPtr> domains;
        domains.reserve(size_t(m_statsScope.size()) + 1);
        for (const QString &uuid : std::as_const(m_statsScope)) {
            auto it = m_scopeDomains.find(uuid);
            if (it == m_scopeDomains.end()) {
                DomainHandle d(virDomainLookupByUUIDString(c, uuid.toLatin1().constData()));
                if (!d)
                    continue;
                it = m_scopeDomains.emplace(uuid, std::move(d)).first;
            }
            if (virDomainIsActive(it->second.get()) == 1)
                domains.push_back(it->second.get());
        }
        domains.push_back(nullptr);
        return virDomainListGetStats(domains.data(), groups, &records, m_statsFlags);
    };
    int n = call();
    if (n < 0 && m_statsFlags != 0) {
        const virError *err = virGetLastError();
        if (err &&
            (err->code == VIR_ERR_INVALID_ARG || err->code == VIR_ERR_ARGUMENT_UNSUPPORTED)) {
            m_statsFlags = 0; // an older driver without NOWAIT
            n = call();
        }
    }
    DomainStatsList owner(records);
    if (n < 0) {
        const virError *err = virGetLastError();
        if (err && err->code == VIR_ERR_NO_SUPPORT) {
            m_bulkStatsUnsupported = true;
            return true;
        }
        return checkAlive(lastError(tr("Reading statistics")));
    }
    *samples = DomainStatsParser::parse(records, n);
    return true;
}

// Drivers without the bulk call (LXC): info, then block and interface counters device by
// device, with device names read from each guest's XML once.
bool ConnectionWorker::readStatsGuestByGuest(QVector<RawGuestSample> *samples) {
    virConnectPtr c = m_conn.get();
    DomainArray active;
    const int n = virConnectListAllDomains(c, active.out(), VIR_CONNECT_LIST_DOMAINS_ACTIVE);
    active.setCount(n);
    if (n < 0)
        return checkAlive(lastError(tr("Reading statistics")));
    char uuid[VIR_UUID_STRING_BUFLEN];
    for (int i = 0; i < n; ++i) {
        virDomainPtr d = active[i];
        virDomainInfo raw;
        if (virDomainGetUUIDString(d, uuid) < 0 || virDomainGetInfo(d, &raw) < 0)
            continue;
        RawGuestSample s;
        s.uuid = QString::fromLatin1(uuid);
        if (!m_statsScope.isEmpty() && !m_statsScope.contains(s.uuid))
            continue;
        s.state = raw.state;
        s.cpuTimeNs = raw.cpuTime;
        s.hasCpuTime = true;
        s.vcpus = raw.nrVirtCpu;
        s.balloonCurrentKiB = raw.memory;
        s.balloonMaximumKiB = raw.maxMem;
        virDomainMemoryStatStruct memory[VIR_DOMAIN_MEMORY_STAT_NR];
        const int m = virDomainMemoryStats(d, memory, VIR_DOMAIN_MEMORY_STAT_NR, 0);
        for (int k = 0; k < m; ++k) {
            if (memory[k].tag == VIR_DOMAIN_MEMORY_STAT_RSS)
                s.balloonRssKiB = memory[k].val;
            else if (memory[k].tag == VIR_DOMAIN_MEMORY_STAT_AVAILABLE)
                s.balloonAvailableKiB = memory[k].val;
            else if (memory[k].tag == VIR_DOMAIN_MEMORY_STAT_UNUSED)
                s.balloonUnusedKiB = memory[k].val;
        }
        auto devices = m_deviceNames.constFind(s.uuid);
        if (devices == m_deviceNames.cend())
            devices = m_deviceNames.insert(s.uuid, DomainXmlSummary::devices(domainXml(d)));
        for (const QString &disk : devices->disks) {
            virDomainBlockStatsStruct b;
            if (virDomainBlockStats(d, disk.toUtf8().constData(), &b, sizeof(b)) == 0) {
                s.hasBlock = true;
                s.readBytes += quint64(std::max<long long>(0, b.rd_bytes));
                s.writeBytes += quint64(std::max<long long>(0, b.wr_bytes));
                s.readRequests += quint64(std::max<long long>(0, b.rd_req));
                s.writeRequests += quint64(std::max<long long>(0, b.wr_req));
            }
        }
        for (const QString &nic : devices->interfaces) {
            virDomainInterfaceStatsStruct iface;
            if (virDomainInterfaceStats(d, nic.toUtf8().constData(), &iface, sizeof(iface)) == 0) {
                s.hasNet = true;
                s.rxBytes += quint64(std::max<long long>(0, iface.rx_bytes));
                s.txBytes += quint64(std::max<long long>(0, iface.tx_bytes));
            }
        }
        samples->append(std::move(s));
    }
    return true;
}

RawHostSample ConnectionWorker::readHostSample() {
    RawHostSample host;
    host.cpus = m_hostCpus;
    if (m_hostStatsUnsupported)
        return host;
    virConnectPtr c = m_conn.get();
    int n = 0;
    if (virNodeGetCPUStats(c, VIR_NODE_CPU_STATS_ALL_CPUS, nullptr, &n, 0) == 0 && n > 0) {
        std::vector<virNodeCPUStats> cpu(static_cast<size_t>(n));
        if (virNodeGetCPUStats(c, VIR_NODE_CPU_STATS_ALL_CPUS, cpu.data(), &n, 0) == 0) {
            host.hasCpu = true;
            for (const virNodeCPUStats &f : cpu) {
                if (std::strcmp(f.field, VIR_NODE_CPU_STATS_KERNEL) == 0 ||
                    std::strcmp(f.field, VIR_NODE_CPU_STATS_USER) == 0)
                    host.busyNs += f.value;
                else if (std::strcmp(f.field, VIR_NODE_CPU_STATS_IDLE) == 0 ||
                         std::strcmp(f.field, VIR_NODE_CPU_STATS_IOWAIT) == 0)
                    host.idleNs += f.value;
            }
        }
    } else {
        m_hostStatsUnsupported = true; // e.g. the test driver; not asked again
        return host;
    }
    n = 0;
    if (virNodeGetMemoryStats(c, VIR_NODE_MEMORY_STATS_ALL_CELLS, nullptr, &n, 0) == 0 && n > 0) {
        std::vector<virNodeMemoryStats> memory(static_cast<size_t>(n));
        if (virNodeGetMemoryStats(c, VIR_NODE_MEMORY_STATS_ALL_CELLS, memory.data(), &n, 0) == 0) {
            for (const virNodeMemoryStats &f : memory) {
                if (std::strcmp(f.field, VIR_NODE_MEMORY_STATS_TOTAL) == 0)
                    host.memoryTotalKiB = f.value;
                else if (std::strcmp(f.field, VIR_NODE_MEMORY_STATS_FREE) == 0 ||
                         std::strcmp(f.field, VIR_NODE_MEMORY_STATS_BUFFERS) == 0 ||
                         std::strcmp(f.field, VIR_NODE_MEMORY_STATS_CACHED) == 0)
                    host.memoryFreeKiB += f.value;
            }
        }
    }
    return host;
}

void ConnectionWorker::setStatsScope(const QStringList &uuids) {
    m_statsScope = QSet<QString>(uuids.cbegin(), uuids.cend());
    // Keep handles only for guests still in scope.
    for (auto it = m_scopeDomains.begin(); it != m_scopeDomains.end();) {
        if (m_statsScope.contains(it->first))
            ++it;
        else
            it = m_scopeDomains.erase(it);
    }
}

void ConnectionWorker::runAction(const ActionRequest &request) {
    ActionResult result;
    result.requestId = request.requestId;
    result.action = request.action;
    for (const QString &uuid : request.uuids) {
        if (!m_conn || m_lost) {
            ActionOutcome o;
            o.uuid = uuid;
            o.error = UserError::make(UserError::Kind::ConnectionLost, tr("Not connected"),
                                      tr("The connection to the host is not open."),
                                      tr("Reconnect and try again."));
            result.outcomes.append(o);
            continue;
        }
        result.outcomes.append(perform(request.action, uuid, request.disksToDelete.value(uuid)));
        onDomainEvent(uuid); // flags such as autostart change without a lifecycle event
    }
    Q_EMIT actionFinished(result);
}

ActionOutcome ConnectionWorker::perform(GuestAction action, const QString &uuid,
                                        const QStringList &diskPaths) {
    ActionOutcome o;
    o.uuid = uuid;
    DomainHandle d(virDomainLookupByUUIDString(m_conn.get(), uuid.toLatin1().constData()));
    if (!d) {
        o.error = lastError(GuestActions::progressText(action, uuid));
        return o;
    }
    virDomainPtr dom = d.get();
    o.name = QString::fromUtf8(virDomainGetName(dom));
    const QString context = GuestActions::progressText(action, o.name);
    int rc = -1;
    switch (action) {
    case GuestAction::Start:
    case GuestAction::Restore:
        rc = virDomainCreate(dom);
        break;
    case GuestAction::Shutdown:
        rc = virDomainShutdown(dom);
        break;
    case GuestAction::Reboot:
        rc = virDomainReboot(dom, 0);
        break;
    case GuestAction::ForceOff:
        rc = virDomainDestroy(dom);
        break;
    case GuestAction::Pause:
        rc = virDomainSuspend(dom);
        break;
    case GuestAction::Resume:
        rc = virDomainResume(dom);
        break;
    case GuestAction::Save:
        rc = virDomainManagedSave(dom, 0);
        break;
    case GuestAction::DiscardSave:
        rc = virDomainManagedSaveRemove(dom, 0);
        break;
    case GuestAction::AutostartOn:
    case GuestAction::AutostartOff:
        rc = virDomainSetAutostart(dom, action == GuestAction::AutostartOn ? 1 : 0);
        break;
    case GuestAction::Delete: {
        // Only paths that really are this guest's disks may be deleted.
        QStringList confirmed;
        const auto disks = DomainXmlSummary::disks(domainXml(dom));
        for (const GuestDisk &disk : disks)
            if (diskPaths.contains(disk.path) && !confirmed.contains(disk.path))
                confirmed.append(disk.path);
        if (virDomainIsActive(dom) == 1 && virDomainDestroy(dom) < 0) {
            o.error = lastError(context);
            return o;
        }
        rc = 0;
        if (virDomainIsPersistent(dom) == 1) {
            const unsigned full =
                VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA |
                VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA | VIR_DOMAIN_UNDEFINE_NVRAM;
            rc = virDomainUndefineFlags(dom, full);
            if (rc < 0) // drivers that reject some flags (no NVRAM, no checkpoints)
                rc = virDomainUndefineFlags(dom, VIR_DOMAIN_UNDEFINE_MANAGED_SAVE |
                                                     VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA);
            if (rc < 0)
                rc = virDomainUndefine(dom);
        }
        if (rc == 0) {
            o.ok = true;
            deleteDisks(confirmed, &o);
            return o;
        }
        break;
    }
    }
    if (rc < 0)
        o.error = lastError(context);
    else
        o.ok = true;
    return o;
}

void ConnectionWorker::deleteDisks(const QStringList &paths, ActionOutcome *outcome) {
    for (const QString &path : paths) {
        StorageVolHandle vol(virStorageVolLookupByPath(m_conn.get(), path.toUtf8().constData()));
        if (!vol) {
            outcome->ok = false;
            outcome->error = UserError::make(
                UserError::Kind::Other, tr("Disk kept"),
                tr("The guest was deleted, but %1 is not part of a storage pool, so it was "
                   "left in place.")
                    .arg(path),
                tr("Delete the file yourself if you no longer need it."));
            continue;
        }
        if (virStorageVolDelete(vol.get(), 0) < 0) {
            outcome->ok = false;
            outcome->error = lastError(tr("Deleting disk %1").arg(path));
            continue;
        }
        outcome->notes.append(tr("Deleted %1").arg(path));
    }
}

void ConnectionWorker::fetchDeletePlan(int requestId, const QString &uuid) {
    DeletePlan plan;
    plan.uuid = uuid;
    if (!m_conn || m_lost) {
        plan.error = UserError::make(UserError::Kind::ConnectionLost, tr("Not connected"),
                                     tr("The connection to the host is not open."));
        Q_EMIT deletePlanReady(requestId, plan);
        return;
    }
    virConnectPtr c = m_conn.get();
    DomainHandle d(virDomainLookupByUUIDString(c, uuid.toLatin1().constData()));
    if (!d) {
        plan.error = lastError(tr("Preparing to delete a guest"));
        Q_EMIT deletePlanReady(requestId, plan);
        return;
    }
    plan.name = QString::fromUtf8(virDomainGetName(d.get()));
    plan.active = virDomainIsActive(d.get()) == 1;
    plan.disks = DomainXmlSummary::disks(domainXml(d.get()));

    for (GuestDisk &disk : plan.disks) {
        if (disk.path.isEmpty())
            continue;
        StorageVolHandle vol(virStorageVolLookupByPath(c, disk.path.toUtf8().constData()));
        disk.inStoragePool = vol != nullptr;
    }
    // Warn about disks other guests use too: deleting them would break those guests.
    DomainArray all;
    const int n = virConnectListAllDomains(c, all.out(), 0);
    all.setCount(n);
    for (int i = 0; i < n; ++i) {
        if (std::strcmp(virDomainGetName(all[i]), virDomainGetName(d.get())) == 0)
            continue;
        const QString xml = domainXml(all[i]);
        if (xml.isEmpty())
            continue;
        const auto otherDisks = DomainXmlSummary::disks(xml);
        for (GuestDisk &disk : plan.disks)
            for (const GuestDisk &other : otherDisks)
                if (!disk.path.isEmpty() && other.path == disk.path)
                    disk.sharedWith.append(QString::fromUtf8(virDomainGetName(all[i])));
    }
    Q_EMIT deletePlanReady(requestId, plan);
}

void ConnectionWorker::startJob(const std::function<void(virConnectPtr)> &task,
                                const std::shared_ptr<JobControl> &control,
                                const std::function<void()> &notConnected) {
    if (!m_conn || m_lost) {
        notConnected();
        return;
    }
    JobRunner::start(m_conn.get(), task, control);
}

void ConnectionWorker::fetchConsoleTargets(int requestId, const QString &uuid) {
    ConsoleTargets targets;
    targets.uuid = uuid;
    if (!m_conn || m_lost) {
        targets.error = UserError::make(UserError::Kind::ConnectionLost, tr("Not connected"),
                                        tr("The connection to the host is not open."));
        Q_EMIT consoleTargetsReady(requestId, targets);
        return;
    }
    DomainHandle d(virDomainLookupByUUIDString(m_conn.get(), uuid.toLatin1().constData()));
    if (!d) {
        targets.error = lastError(tr("Opening the console"));
        Q_EMIT consoleTargetsReady(requestId, targets);
        return;
    }
    targets.name = QString::fromUtf8(virDomainGetName(d.get()));
    targets.active = virDomainIsActive(d.get()) == 1;
    DomainXmlSummary::consoles(domainXml(d.get()), &targets);
    Q_EMIT consoleTargetsReady(requestId, targets);
}

void ConnectionWorker::openGraphicsFd(int requestId, const QString &uuid, int index) {
    if (!m_conn || m_lost) {
        Q_EMIT graphicsFdReady(requestId, -1,
                               UserError::make(UserError::Kind::ConnectionLost, tr("Not connected"),
                                               tr("The connection to the host is not open.")));
        return;
    }
    DomainHandle d(virDomainLookupByUUIDString(m_conn.get(), uuid.toLatin1().constData()));
    const int fd = d ? virDomainOpenGraphicsFD(d.get(), unsigned(index), 0) : -1;
    Q_EMIT graphicsFdReady(requestId, fd,
                           fd < 0 ? lastError(tr("Opening the graphical console")) : UserError());
}

namespace {

void postToChannel(const std::shared_ptr<TextConsoleLink> &link,
                   const std::function<void(TextConsoleChannel *)> &call) {
    // Called with link->mutex held.
    if (TextConsoleChannel *channel = link->channel.data())
        QMetaObject::invokeMethod(
            channel, [channel, call] { call(channel); }, Qt::QueuedConnection);
}

// Frees the stream once, from whichever thread gets there first. link->mutex held.
void releaseStream(TextConsoleLink &link, bool abort) {
    if (!link.stream)
        return;
    virStreamEventRemoveCallback(link.stream);
    if (abort)
        virStreamAbort(link.stream);
    else
        virStreamFinish(link.stream);
    virStreamFree(link.stream);
    link.stream = nullptr;
    link.closed = true;
}

// Runs on the event-loop thread: reads what the guest wrote and hands it to the GUI.
void onStreamEvent(virStreamPtr stream, int events, void *opaque) {
    const auto link = *static_cast<std::shared_ptr<TextConsoleLink> *>(opaque);
    QMutexLocker lock(&link->mutex);
    if (link->stream != stream)
        return;
    QByteArray data;
    bool ended = false;
    if (events & VIR_STREAM_EVENT_READABLE) {
        char buffer[8192];
        for (;;) {
            const int n = virStreamRecv(stream, buffer, sizeof(buffer));
            if (n > 0) {
                data.append(buffer, n);
                continue;
            }
            ended = n == 0 || n == -1; // end of stream or error; -2 means "no more for now"
            break;
        }
    }
    if (events & (VIR_STREAM_EVENT_ERROR | VIR_STREAM_EVENT_HANGUP))
        ended = true;
    if (!data.isEmpty())
        postToChannel(link, [data](TextConsoleChannel *c) { Q_EMIT c->received(data); });
    if (ended) {
        releaseStream(*link, true);
        postToChannel(link, [](TextConsoleChannel *c) {
            c->markClosed(UserError::make(
                UserError::Kind::ConnectionLost, TextConsoleChannel::tr("Console closed"),
                TextConsoleChannel::tr("The guest's console was closed; the guest may have "
                                       "stopped or another client took the console over.")));
        });
    }
}

void freeLinkRef(void *opaque) {
    delete static_cast<std::shared_ptr<TextConsoleLink> *>(opaque);
}

} // namespace

void ConnectionWorker::openTextConsole(const std::shared_ptr<TextConsoleLink> &link,
                                       const QString &uuid, const QString &device) {
    auto fail = [&link](const UserError &e) {
        QMutexLocker lock(&link->mutex);
        postToChannel(link, [e](TextConsoleChannel *c) { c->markClosed(e); });
    };
    if (!m_conn || m_lost) {
        fail(UserError::make(UserError::Kind::ConnectionLost, tr("Not connected"),
                             tr("The connection to the host is not open.")));
        return;
    }
    const QString context = tr("Opening the text console");
    DomainHandle d(virDomainLookupByUUIDString(m_conn.get(), uuid.toLatin1().constData()));
    if (!d) {
        fail(lastError(context));
        return;
    }
    virStreamPtr stream = virStreamNew(m_conn.get(), VIR_STREAM_NONBLOCK);
    if (!stream) {
        fail(lastError(context));
        return;
    }
    const QByteArray dev = device.toUtf8();
    // FORCE takes the console over from another client, as virsh console --force does.
    if (virDomainOpenConsole(d.get(), dev.isEmpty() ? nullptr : dev.constData(), stream,
                             VIR_DOMAIN_CONSOLE_FORCE) < 0) {
        const UserError e = lastError(context);
        virStreamFree(stream);
        fail(e);
        return;
    }
    QMutexLocker lock(&link->mutex);
    link->stream = stream;
    link->closed = false;
    if (virStreamEventAddCallback(
            stream, VIR_STREAM_EVENT_READABLE | VIR_STREAM_EVENT_ERROR | VIR_STREAM_EVENT_HANGUP,
            onStreamEvent, new std::shared_ptr<TextConsoleLink>(link), freeLinkRef) < 0) {
        const UserError e = lastError(context);
        virStreamAbort(stream);
        virStreamFree(stream);
        link->stream = nullptr;
        postToChannel(link, [e](TextConsoleChannel *c) { c->markClosed(e); });
        return;
    }
    postToChannel(link, [](TextConsoleChannel *c) { c->markOpened(); });
}

void ConnectionWorker::writeTextConsole(const std::shared_ptr<TextConsoleLink> &link,
                                        const QByteArray &bytes) {
    QMutexLocker lock(&link->mutex);
    qsizetype done = 0;
    int attempts = 0;
    while (link->stream && done < bytes.size() && attempts < 200) {
        const int n =
            virStreamSend(link->stream, bytes.constData() + done, size_t(bytes.size() - done));
        if (n > 0) {
            done += n;
        } else if (n == -2) { // would block: the guest is not reading yet
            lock.unlock();
            QThread::msleep(5);
            lock.relock();
            ++attempts;
        } else {
            break;
        }
    }
}

void ConnectionWorker::closeTextConsole(const std::shared_ptr<TextConsoleLink> &link) {
    QMutexLocker lock(&link->mutex);
    releaseStream(*link, false);
}
