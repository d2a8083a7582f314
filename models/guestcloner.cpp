// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestcloner.h"

#include "libvirthandles.h"
#include "namepattern.h"
#include "rollback.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace {

// Messages are looked up under "GuestCloner"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(GuestCloner)
};

QString size(quint64 bytes) {
    return QLocale().formattedDataSize(qint64(bytes));
}

// Pools whose volumes are files: only these hold qcow2 overlays and formatted volumes.
bool isFilePool(const QString &type) {
    return type == QLatin1String("dir") || type == QLatin1String("fs") ||
           type == QLatin1String("netfs");
}

QDomElement firstElement(const QDomNode &parent, const char *name) {
    return parent.firstChildElement(QLatin1String(name));
}

QList<QDomElement> childElements(const QDomNode &parent, const char *name) {
    QList<QDomElement> list;
    for (QDomElement e = parent.firstChildElement(QLatin1String(name)); !e.isNull();
         e = e.nextSiblingElement(QLatin1String(name)))
        list << e;
    return list;
}

void removeChildren(QDomElement &parent, const char *name) {
    for (QDomElement &e : childElements(parent, name))
        parent.removeChild(e);
}

void setText(QDomDocument &doc, QDomElement &element, const QString &text) {
    while (element.hasChildNodes())
        element.removeChild(element.firstChild());
    element.appendChild(doc.createTextNode(text));
}

QString attr(const QDomElement &e, const char *name, const QString &fallback = {}) {
    return e.attribute(QLatin1String(name), fallback);
}

// The disk's new home: its type follows the path (block device or file), its old source
// addressing (pool/volume, network) goes, other source attributes (startupPolicy) stay.
void pointDiskAt(QDomDocument &doc, QDomElement &disk, const QString &path, const QString &format) {
    const bool block = path.startsWith(QLatin1String("/dev/"));
    disk.setAttribute(QStringLiteral("type"),
                      block ? QStringLiteral("block") : QStringLiteral("file"));
    QDomElement source = firstElement(disk, "source");
    if (source.isNull()) {
        source = doc.createElement(QStringLiteral("source"));
        disk.appendChild(source);
    }
    for (const char *old : {"file", "dev", "pool", "volume", "mode", "protocol", "name", "index"})
        source.removeAttribute(QLatin1String(old));
    source.setAttribute(block ? QStringLiteral("dev") : QStringLiteral("file"), path);
    // The old chain described the source's disk; libvirt probes the new one.
    removeChildren(disk, "backingStore");
    if (!format.isEmpty()) {
        QDomElement driver = firstElement(disk, "driver");
        if (driver.isNull()) {
            driver = doc.createElement(QStringLiteral("driver"));
            driver.setAttribute(QStringLiteral("name"), QStringLiteral("qemu"));
            disk.appendChild(driver);
        }
        driver.setAttribute(QStringLiteral("type"), format);
    }
}

struct DiskPlan {
    enum class Action { Keep, Copy, Link };
    Action action = Action::Keep;
    QString target;
    QString sourcePath;
    QString sourceFormat;
    quint64 capacity = 0;
    quint64 allocation = 0;
    StorageVolHandle sourceVolume;
    StoragePoolHandle pool; // where the new volume goes
    QString poolName;
    QString poolType;
};

struct Plan {
    DomainHandle source;
    QString sourceName;
    QString xml;
    std::vector<DiskPlan> disks;
    QStringList notes;
    UserError error;
};

QString poolType(virStoragePoolPtr pool) {
    CString xml(virStoragePoolGetXMLDesc(pool, 0));
    QDomDocument doc;
    if (!xml || !doc.setContent(QString::fromUtf8(xml.get())))
        return {};
    return doc.documentElement().attribute(QStringLiteral("type"));
}

QString poolTargetPath(virStoragePoolPtr pool) {
    CString xml(virStoragePoolGetXMLDesc(pool, 0));
    QDomDocument doc;
    if (!xml || !doc.setContent(QString::fromUtf8(xml.get())))
        return {};
    return firstElement(firstElement(doc.documentElement(), "target"), "path").text();
}

QString volumeFormat(virStorageVolPtr volume) {
    CString xml(virStorageVolGetXMLDesc(volume, 0));
    QDomDocument doc;
    if (!xml || !doc.setContent(QString::fromUtf8(xml.get())))
        return {};
    return attr(firstElement(firstElement(doc.documentElement(), "target"), "format"), "type");
}

// Finds the pool volume behind a path. A file copied into a pool's folder by hand is only
// known after a refresh, so the pools that hold its folder are refreshed once.
StorageVolHandle volumeByPath(virConnectPtr conn, const QString &path) {
    StorageVolHandle vol(virStorageVolLookupByPath(conn, path.toUtf8().constData()));
    if (vol)
        return vol;
    virResetLastError();
    virStoragePoolPtr *pools = nullptr;
    const int n =
        virConnectListAllStoragePools(conn, &pools, VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE);
    const QString folder = QFileInfo(path).path();
    bool refreshed = false;
    for (int i = 0; i < n; ++i) {
        StoragePoolHandle pool(pools[i]);
        if (poolTargetPath(pool.get()) == folder && virStoragePoolRefresh(pool.get(), 0) == 0)
            refreshed = true;
    }
    std::free(pools);
    if (refreshed)
        vol.reset(virStorageVolLookupByPath(conn, path.toUtf8().constData()));
    virResetLastError();
    return vol;
}

UserError cannotClone(UserError::Kind kind, const QString &name, const QString &why,
                      const QString &hint = {}) {
    return UserError::make(kind, UiText::tr("%1 cannot be cloned").arg(name), why, hint);
}

// Decides, disk by disk, what the clone gets, and checks everything that can be checked
// before anything is made.
Plan makePlan(virConnectPtr conn, const CloneRequest &request) {
    Plan plan;
    plan.source.reset(virDomainLookupByUUIDString(conn, request.sourceUuid.toUtf8().constData()));
    if (!plan.source) {
        plan.error = UserError::fromLastLibvirtError(UiText::tr("Looking up the guest to clone"));
        return plan;
    }
    plan.sourceName = QString::fromUtf8(virDomainGetName(plan.source.get()));
    const QString &src = plan.sourceName;

    QString reason;
    // An empty name checks only the source (a template before its names are known).
    if (!request.newName.isEmpty() && !NamePattern::isValidName(request.newName, &reason)) {
        plan.error = UserError::make(UserError::Kind::InvalidInput,
                                     UiText::tr("The name cannot be used"), reason);
        return plan;
    }
    DomainHandle existing(request.newName.isEmpty()
                              ? nullptr
                              : virDomainLookupByName(conn, request.newName.toUtf8().constData()));
    virResetLastError();
    if (existing) {
        plan.error = UserError::make(
            UserError::Kind::NameTaken, UiText::tr("The name is taken"),
            UiText::tr("A guest named %1 already exists on this host.").arg(request.newName),
            UiText::tr("Choose another name."));
        return plan;
    }

    if (virDomainIsActive(plan.source.get()) == 1) {
        int state = VIR_DOMAIN_NOSTATE;
        virDomainGetState(plan.source.get(), &state, nullptr, 0);
        const QString how = state == VIR_DOMAIN_PAUSED ? UiText::tr("%1 is paused.").arg(src)
                                                       : UiText::tr("%1 is running.").arg(src);
        const QString why =
            request.linked
                ? UiText::tr("A linked clone reads %1's disks as its unchanging base, so they must "
                             "not be in use while it is made, and must never change afterwards.")
                      .arg(src)
                : UiText::tr("A copy of disks that are in use would catch them half-written, so "
                             "VirtDeck copies only guests that are shut off.");
        plan.error = UserError::make(
            UserError::Kind::AlreadyRunning, UiText::tr("Shut down %1 first").arg(src),
            how + QLatin1Char(' ') + why, UiText::tr("Shut %1 down, then clone it.").arg(src));
        return plan;
    }
    if (virDomainHasManagedSaveImage(plan.source.get(), 0) == 1) {
        plan.error = cannotClone(
            UserError::Kind::InvalidConfiguration, src,
            UiText::tr("%1 has a saved state: its disks belong to a memory image that the clone "
                       "would not have, and the clone's file systems would be damaged.")
                .arg(src),
            UiText::tr("Start %1 and shut it down properly, or discard its saved state.").arg(src));
        return plan;
    }
    virResetLastError();

    // The secure flag keeps graphics passwords; read-only connections may not ask for it.
    CString xml(
        virDomainGetXMLDesc(plan.source.get(), VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE));
    if (!xml)
        xml.reset(virDomainGetXMLDesc(plan.source.get(), VIR_DOMAIN_XML_INACTIVE));
    if (!xml) {
        plan.error =
            UserError::fromLastLibvirtError(UiText::tr("Reading the configuration of %1").arg(src));
        return plan;
    }
    virResetLastError();
    plan.xml = QString::fromUtf8(xml.get());
    QDomDocument doc;
    if (!doc.setContent(plan.xml)) {
        plan.error = cannotClone(UserError::Kind::InvalidConfiguration, src,
                                 UiText::tr("Its configuration could not be read."));
        return plan;
    }

    StoragePoolHandle requestedPool;
    QString requestedPoolType;
    if (!request.targetPool.isEmpty()) {
        requestedPool.reset(
            virStoragePoolLookupByName(conn, request.targetPool.toUtf8().constData()));
        if (!requestedPool) {
            plan.error = UserError::fromLastLibvirtError(
                UiText::tr("Looking up the storage pool %1").arg(request.targetPool));
            return plan;
        }
        if (virStoragePoolIsActive(requestedPool.get()) != 1) {
            plan.error = UserError::make(
                UserError::Kind::NotRunning, UiText::tr("The storage pool is not active"),
                UiText::tr("The storage pool %1 is not active, so no volume can be made in it.")
                    .arg(request.targetPool),
                UiText::tr("Start the pool, or choose another one."));
            return plan;
        }
        requestedPoolType = poolType(requestedPool.get());
    }

    const QDomElement devices = firstElement(doc.documentElement(), "devices");
    for (const QDomElement &disk : childElements(devices, "disk")) {
        DiskPlan d;
        d.target = attr(firstElement(disk, "target"), "dev");
        const QString device = attr(disk, "device", QStringLiteral("disk"));
        const QString type = attr(disk, "type", QStringLiteral("file"));
        const QDomElement source = firstElement(disk, "source");
        const bool hasSource = !source.isNull() && source.attributes().count() > 0;
        if (device == QLatin1String("cdrom") || device == QLatin1String("floppy")) {
            if (hasSource)
                plan.notes
                    << UiText::tr("The clone uses the same media in %1 as %2.").arg(d.target, src);
            plan.disks.push_back(std::move(d));
            continue;
        }
        if (!hasSource) {
            plan.disks.push_back(std::move(d));
            continue;
        }
        const bool readonly = !firstElement(disk, "readonly").isNull();
        const bool shareable = !firstElement(disk, "shareable").isNull();
        if (readonly || shareable) {
            plan.notes << (readonly
                               ? UiText::tr("Disk %1 is read-only; the clone shares it with %2.")
                               : UiText::tr("Disk %1 is shareable; the clone shares it with %2."))
                              .arg(d.target, src);
            plan.disks.push_back(std::move(d));
            continue;
        }

        if (type == QLatin1String("file") || type == QLatin1String("block")) {
            d.sourcePath = attr(source, type == QLatin1String("file") ? "file" : "dev");
            d.sourceVolume = volumeByPath(conn, d.sourcePath);
        } else if (type == QLatin1String("volume")) {
            StoragePoolHandle pool(
                virStoragePoolLookupByName(conn, attr(source, "pool").toUtf8().constData()));
            if (pool)
                d.sourceVolume.reset(virStorageVolLookupByName(
                    pool.get(), attr(source, "volume").toUtf8().constData()));
            virResetLastError();
            d.sourcePath = attr(source, "pool") + QLatin1Char('/') + attr(source, "volume");
        } else {
            plan.error = cannotClone(
                UserError::Kind::NotSupported, src,
                UiText::tr(
                    "Disk %1 is a %2 disk; VirtDeck can copy only disks that are volumes in a "
                    "storage pool.")
                    .arg(d.target, type),
                UiText::tr("Remove the disk from %1, or mark it shareable, then clone.").arg(src));
            return plan;
        }
        if (!d.sourceVolume) {
            plan.error = cannotClone(
                UserError::Kind::NotSupported, src,
                UiText::tr("Disk %1 (%2) is not in a storage pool, so libvirt cannot copy it.")
                    .arg(d.target, d.sourcePath),
                UiText::tr(
                    "Add the disk's folder as a storage pool, or remove the disk from %1, then "
                    "clone.")
                    .arg(src));
            return plan;
        }
        CString path(virStorageVolGetPath(d.sourceVolume.get()));
        if (path)
            d.sourcePath = QString::fromUtf8(path.get());
        d.sourceFormat = volumeFormat(d.sourceVolume.get());
        virStorageVolInfo info{};
        if (virStorageVolGetInfo(d.sourceVolume.get(), &info) == 0) {
            d.capacity = info.capacity;
            d.allocation = std::min(info.allocation, info.capacity);
        }

        if (requestedPool) {
            virStoragePoolRef(requestedPool.get());
            d.pool.reset(requestedPool.get());
            d.poolName = request.targetPool;
            d.poolType = requestedPoolType;
        } else {
            d.pool.reset(virStoragePoolLookupByVolume(d.sourceVolume.get()));
            if (!d.pool) {
                plan.error = UserError::fromLastLibvirtError(
                    UiText::tr("Finding the storage pool of %1").arg(d.sourcePath));
                return plan;
            }
            d.poolName = QString::fromUtf8(virStoragePoolGetName(d.pool.get()));
            d.poolType = poolType(d.pool.get());
        }
        if (request.linked && !isFilePool(d.poolType)) {
            plan.error = cannotClone(
                UserError::Kind::NotSupported, src,
                UiText::tr("A linked clone's disks are qcow2 files, and the storage pool %1 (%2) "
                           "cannot hold files.")
                    .arg(d.poolName, d.poolType),
                UiText::tr("Choose a folder pool for the clone, or make a full clone."));
            return plan;
        }
        d.action = request.linked ? DiskPlan::Action::Link : DiskPlan::Action::Copy;
        plan.disks.push_back(std::move(d));
    }

    // Full copies need about as much room as the source's disks fill now.
    if (!request.linked) {
        std::map<QString, quint64> needed;
        std::map<QString, virStoragePoolPtr> pools;
        for (const DiskPlan &d : plan.disks)
            if (d.action == DiskPlan::Action::Copy) {
                needed[d.poolName] += d.allocation;
                pools[d.poolName] = d.pool.get();
            }
        for (const auto &[name, bytes] : needed) {
            virStoragePoolInfo info{};
            if (virStoragePoolGetInfo(pools[name], &info) == 0 && info.capacity > 0 &&
                info.available < bytes) {
                plan.error = UserError::make(
                    UserError::Kind::InvalidInput, UiText::tr("Not enough free space"),
                    UiText::tr(
                        "Copying the disks of %1 needs about %2, but the storage pool %3 has "
                        "%4 free.")
                        .arg(src, size(bytes), name, size(info.available)),
                    UiText::tr("Free some space, choose another pool, or make a linked clone."));
                return plan;
            }
        }
    }
    virResetLastError();
    if (request.linked)
        plan.notes << UiText::tr(
                          "Linked clones read %1's disks as their base: keep %1 shut off, or "
                          "its clones' disks break.")
                          .arg(src);
    if (!firstElement(firstElement(doc.documentElement(), "os"), "nvram").isNull())
        plan.notes << UiText::tr(
            "The clone starts with fresh UEFI variables made from the firmware's "
            "template; boot entries are recreated on its first boot.");
    return plan;
}

// Unique among the pool's volumes: an existing volume is never overwritten.
QString freeVolumeName(virStoragePoolPtr pool, const QString &base, const QString &extension) {
    for (int n = 1;; ++n) {
        const QString name =
            (n == 1 ? base : base + QLatin1Char('-') + QString::number(n)) + extension;
        StorageVolHandle existing(virStorageVolLookupByName(pool, name.toUtf8().constData()));
        virResetLastError();
        if (!existing)
            return name;
    }
}

QString extensionFor(const DiskPlan &d, bool linked) {
    if (linked)
        return QStringLiteral(".qcow2");
    if (!isFilePool(d.poolType))
        return {};
    const QString suffix = QFileInfo(d.sourcePath).suffix();
    if (!suffix.isEmpty() && suffix.size() <= 5)
        return QLatin1Char('.') + suffix;
    return d.sourceFormat == QLatin1String("raw") || d.sourceFormat.isEmpty()
               ? QStringLiteral(".img")
               : QLatin1Char('.') + d.sourceFormat;
}

class CloneJob {
public:
    CloneJob(virConnectPtr conn, const CloneRequest &request, JobControl &control,
             const GuestCloner::Slice &slice)
        : m_conn(conn)
        , m_request(request)
        , m_control(control)
        , m_slice(slice) {}

    JobResult run() {
        report(0, UiText::tr("Checking %1…").arg(m_request.newName));
        if (m_request.newName.isEmpty()) {
            m_result.error = UserError::make(UserError::Kind::InvalidInput,
                                             UiText::tr("The name cannot be used"),
                                             UiText::tr("The name is empty."));
            return fail();
        }
        m_plan = makePlan(m_conn, m_request);
        if (!m_plan.error.isNull()) {
            m_result.error = m_plan.error;
            return fail();
        }
        if (cancelled() || !makeDisks() || cancelled())
            return fail();
        QString xml = GuestCloner::cloneXml(m_plan.xml, m_request.newName, m_paths, m_formats);
        if (m_request.beforeDefine) {
            report(0.88, UiText::tr("Preparing %1…").arg(m_request.newName));
            const UserError error = m_request.beforeDefine(firstPool(), xml, m_rollback);
            if (!error.isNull()) {
                m_result.error = error;
                m_control.log(error.summary());
                return fail();
            }
        }
        if (cancelled() || !define(xml) || cancelled())
            return fail();
        if (m_request.start && !start())
            return fail();
        m_rollback.commit();
        report(1, UiText::tr("Created %1").arg(m_request.newName));
        JobItem item;
        item.name = m_request.newName;
        item.uuid = m_uuid;
        item.ok = true;
        m_result.ok = true;
        m_result.items.append(item);
        m_result.notes << m_plan.notes;
        return m_result;
    }

private:
    void report(double fraction, const QString &step) {
        m_control.setProgress(m_slice.from + (m_slice.to - m_slice.from) * fraction, step);
    }

    bool cancelled() {
        if (!m_slice.cancellable || !m_control.isCancelled())
            return false;
        m_result.cancelled = true;
        m_result.error =
            UserError::make(UserError::Kind::Other, UiText::tr("Cancelled"),
                            UiText::tr("Cloning %1 was cancelled.").arg(m_plan.sourceName));
        return true;
    }

    JobResult fail() {
        report(1, UiText::tr("Undoing what was made…"));
        const QStringList undone = m_rollback.undo();
        for (const QString &line : undone)
            m_control.log(line);
        m_result.notes << undone;
        m_result.ok = false;
        JobItem item;
        item.name = m_request.newName;
        item.error = m_result.error;
        m_result.items.append(item);
        return m_result;
    }

    bool libvirtFailed(const QString &context) {
        m_result.error = UserError::fromLastLibvirtError(context);
        m_control.log(m_result.error.summary());
        return false;
    }

    QString firstPool() const {
        for (const DiskPlan &d : m_plan.disks)
            if (d.action != DiskPlan::Action::Keep)
                return d.poolName;
        return m_request.targetPool;
    }

    bool makeDisks() {
        quint64 total = 0;
        for (const DiskPlan &d : m_plan.disks)
            if (d.action == DiskPlan::Action::Copy)
                total += std::max<quint64>(d.allocation, 1);
        quint64 done = 0;
        bool first = true;
        for (DiskPlan &d : m_plan.disks) {
            if (d.action == DiskPlan::Action::Keep)
                continue;
            // The first disk is named after the guest, the others also after their target.
            const QString base =
                first ? m_request.newName : m_request.newName + QLatin1Char('-') + d.target;
            first = false;
            const QString name =
                freeVolumeName(d.pool.get(), base, extensionFor(d, m_request.linked));
            const bool ok =
                d.action == DiskPlan::Action::Link ? link(d, name) : copy(d, name, done, total);
            if (!ok)
                return false;
            done += std::max<quint64>(d.allocation, 1);
            if (cancelled())
                return false;
        }
        return true;
    }

    bool addCreated(virStorageVolPtr volume, const DiskPlan &d, const QString &format) {
        m_rollback.addVolume(volume);
        CString path(virStorageVolGetPath(volume));
        if (!path)
            return libvirtFailed(UiText::tr("Reading the path of the new disk"));
        m_paths.insert(d.target, QString::fromUtf8(path.get()));
        if (!format.isEmpty())
            m_formats.insert(d.target, format);
        return true;
    }

    bool link(const DiskPlan &d, const QString &name) {
        report(0.1, UiText::tr("Creating linked disk %1…").arg(name));
        const QString backingFormat =
            d.sourceFormat.isEmpty() ? QStringLiteral("raw") : d.sourceFormat;
        const QString xml =
            QStringLiteral("<volume><name>%1</name><capacity unit='bytes'>%2</capacity>"
                           "<allocation unit='bytes'>0</allocation>"
                           "<target><format type='qcow2'/></target>"
                           "<backingStore><path>%3</path><format type='%4'/></backingStore>"
                           "</volume>")
                .arg(name.toHtmlEscaped())
                .arg(d.capacity)
                .arg(d.sourcePath.toHtmlEscaped(), backingFormat.toHtmlEscaped());
        StorageVolHandle volume(virStorageVolCreateXML(d.pool.get(), xml.toUtf8().constData(), 0));
        if (!volume)
            return libvirtFailed(UiText::tr("Creating the linked disk %1").arg(name));
        if (!addCreated(volume.get(), d, QStringLiteral("qcow2")))
            return false;
        m_control.log(
            UiText::tr("Created linked disk %1 on %2").arg(m_paths.value(d.target), d.sourcePath));
        return true;
    }

    // libvirt copies in one blocking call; it runs on a thread of its own while this one
    // reads the new volume's allocation for the progress bar.
    bool copy(const DiskPlan &d, const QString &name, quint64 doneBefore, quint64 total) {
        const QString context =
            UiText::tr("Copying disk %1 of %2").arg(d.target, m_plan.sourceName);
        const QString format = isFilePool(d.poolType) ? d.sourceFormat : QString();
        const QString xml =
            QStringLiteral("<volume><name>%1</name><capacity unit='bytes'>%2</capacity>"
                           "<allocation unit='bytes'>%3</allocation>%4</volume>")
                .arg(name.toHtmlEscaped())
                .arg(d.capacity)
                // Zero: a sparse copy. Asking for more makes libvirt preallocate the whole
                // file first, which also hides the copy's progress.
                .arg(0)
                .arg(format.isEmpty() ? QString()
                                      : QStringLiteral("<target><format type='%1'/></target>")
                                            .arg(format.toHtmlEscaped()));
        const QString step =
            UiText::tr("Copying disk %1 to %2 (%3)…").arg(d.target, name, size(d.allocation));
        report(0.05, step);
        m_control.log(step);

        std::mutex mutex;
        std::condition_variable wake;
        bool finished = false;
        virStorageVolPtr created = nullptr;
        UserError copyError;
        std::thread copier([&] {
            virStorageVolPtr v = virStorageVolCreateXMLFrom(d.pool.get(), xml.toUtf8().constData(),
                                                            d.sourceVolume.get(), 0);
            // libvirt's errors belong to the thread that made the call.
            UserError e = v ? UserError() : UserError::fromLastLibvirtError(context);
            std::lock_guard lock(mutex);
            created = v;
            copyError = e;
            finished = true;
            wake.notify_all();
        });

        bool cancelLogged = false;
        for (;;) {
            {
                std::unique_lock lock(mutex);
                if (wake.wait_for(lock, std::chrono::milliseconds(100), [&] { return finished; }))
                    break;
            }
            if (m_slice.cancellable && m_control.isCancelled() && !cancelLogged) {
                cancelLogged = true;
                // libvirt offers no way to stop a copy it has begun.
                m_control.log(
                    UiText::tr("Cancelling: libvirt cannot interrupt the copy of %1; it is "
                               "deleted as soon as it ends.")
                        .arg(name));
            }
            StorageVolHandle partial(
                virStorageVolLookupByName(d.pool.get(), name.toUtf8().constData()));
            virStorageVolInfo info{};
            if (partial && virStorageVolGetInfo(partial.get(), &info) == 0) {
                const double part = std::min<double>(
                    double(info.allocation) / double(std::max<quint64>(d.allocation, 1)), 1.0);
                const double overall =
                    (double(doneBefore) + part * double(std::max<quint64>(d.allocation, 1))) /
                    double(std::max<quint64>(total, 1));
                report(0.05 + 0.8 * overall,
                       UiText::tr("Copying disk %1 to %2: %3 of %4")
                           .arg(d.target, name, size(info.allocation), size(d.allocation)));
            }
            virResetLastError();
        }
        copier.join();
        StorageVolHandle volume(created);
        if (!volume) {
            m_result.error = copyError;
            m_control.log(copyError.summary());
            return false;
        }
        if (!addCreated(volume.get(), d, format))
            return false;
        m_control.log(UiText::tr("Copied disk %1 to %2").arg(d.target, m_paths.value(d.target)));
        return true;
    }

    bool define(const QString &xml) {
        report(0.9, UiText::tr("Defining %1…").arg(m_request.newName));
        if (xml.isEmpty()) {
            m_result.error =
                UserError::make(UserError::Kind::InvalidConfiguration,
                                UiText::tr("The configuration could not be copied"),
                                UiText::tr("The configuration of %1 could not be read as "
                                           "XML.")
                                    .arg(m_plan.sourceName));
            return false;
        }
        const QByteArray utf8 = xml.toUtf8();
        DomainHandle domain(
            virDomainDefineXMLFlags(m_conn, utf8.constData(), VIR_DOMAIN_DEFINE_VALIDATE));
        if (!domain && virGetLastErrorCode() == VIR_ERR_NO_SUPPORT)
            domain.reset(virDomainDefineXML(m_conn, utf8.constData()));
        if (!domain)
            return libvirtFailed(UiText::tr("Defining %1").arg(m_request.newName));
        m_rollback.addDomain(domain.get());
        char uuid[VIR_UUID_STRING_BUFLEN] = {};
        if (virDomainGetUUIDString(domain.get(), uuid) == 0)
            m_uuid = QString::fromLatin1(uuid);
        m_domain = std::move(domain);
        m_control.log(UiText::tr("Defined %1").arg(m_request.newName));
        return true;
    }

    bool start() {
        report(0.95, UiText::tr("Starting %1…").arg(m_request.newName));
        if (virDomainCreate(m_domain.get()) != 0)
            return libvirtFailed(UiText::tr("Starting %1").arg(m_request.newName));
        m_control.log(UiText::tr("Started %1").arg(m_request.newName));
        return true;
    }

    virConnectPtr m_conn;
    const CloneRequest &m_request;
    JobControl &m_control;
    GuestCloner::Slice m_slice;
    Plan m_plan;
    Rollback m_rollback;
    QHash<QString, QString> m_paths;
    QHash<QString, QString> m_formats;
    DomainHandle m_domain;
    QString m_uuid;
    JobResult m_result;
};

} // namespace

JobResult GuestCloner::clone(virConnectPtr connection, const CloneRequest &request,
                             JobControl &control) {
    return clone(connection, request, control, Slice{});
}

JobResult GuestCloner::clone(virConnectPtr connection, const CloneRequest &request,
                             JobControl &control, const Slice &slice) {
    return CloneJob(connection, request, control, slice).run();
}

UserError GuestCloner::check(virConnectPtr connection, const CloneRequest &request) {
    return makePlan(connection, request).error;
}

QString GuestCloner::whyNotCloneable(virConnectPtr connection, const CloneRequest &request) {
    const UserError error = check(connection, request);
    return error.isNull() ? QString() : error.explanation();
}

QString GuestCloner::randomMac() {
    const quint32 r = QRandomGenerator::global()->generate();
    return QStringLiteral("52:54:00:%1:%2:%3")
        .arg((r >> 16) & 0xff, 2, 16, QLatin1Char('0'))
        .arg((r >> 8) & 0xff, 2, 16, QLatin1Char('0'))
        .arg(r & 0xff, 2, 16, QLatin1Char('0'));
}

QString GuestCloner::cloneXml(const QString &sourceXml, const QString &newName,
                              const QHash<QString, QString> &newDiskPaths,
                              const QHash<QString, QString> &newDiskFormats) {
    QDomDocument doc;
    if (!doc.setContent(sourceXml))
        return {};
    QDomElement root = doc.documentElement();
    if (root.tagName() != QLatin1String("domain"))
        return {};
    root.removeAttribute(QStringLiteral("id")); // the running source's number

    QDomElement name = firstElement(root, "name");
    if (name.isNull()) {
        name = doc.createElement(QStringLiteral("name"));
        root.insertBefore(name, root.firstChild());
    }
    setText(doc, name, newName);
    removeChildren(root, "uuid");
    // An empty <genid/> asks libvirt for a new VM generation id.
    for (QDomElement &genid : childElements(root, "genid"))
        setText(doc, genid, QString());
    // libvirt takes a guest's UUID from SMBIOS when <uuid> is missing: that would be the
    // source's again.
    for (const QDomElement &sysinfo : childElements(root, "sysinfo"))
        for (QDomElement system : childElements(sysinfo, "system"))
            for (QDomElement &entry : childElements(system, "entry"))
                if (attr(entry, "name") == QLatin1String("uuid"))
                    system.removeChild(entry);

    // Without a path libvirt makes a new NVRAM file from the template at first start.
    QDomElement os = firstElement(root, "os");
    for (QDomElement &nvram : childElements(os, "nvram")) {
        while (nvram.hasChildNodes())
            nvram.removeChild(nvram.firstChild());
        nvram.removeAttribute(QStringLiteral("type"));
        if (nvram.attributes().isEmpty())
            os.removeChild(nvram);
    }

    QDomElement devices = firstElement(root, "devices");
    for (QDomElement &disk : childElements(devices, "disk")) {
        const QString target = attr(firstElement(disk, "target"), "dev");
        if (newDiskPaths.contains(target))
            pointDiskAt(doc, disk, newDiskPaths.value(target), newDiskFormats.value(target));
    }
    for (QDomElement &iface : childElements(devices, "interface")) {
        removeChildren(iface, "mac");
        removeChildren(iface, "target"); // host tap names must be unique
    }
    for (QDomElement &graphics : childElements(devices, "graphics")) {
        if (attr(graphics, "autoport") == QLatin1String("no") ||
            (graphics.hasAttribute(QStringLiteral("port")) &&
             attr(graphics, "port") != QLatin1String("-1") &&
             attr(graphics, "autoport") != QLatin1String("yes"))) {
            graphics.removeAttribute(QStringLiteral("port"));
            graphics.removeAttribute(QStringLiteral("tlsPort"));
            graphics.setAttribute(QStringLiteral("autoport"), QStringLiteral("yes"));
        }
        if (graphics.hasAttribute(QStringLiteral("websocket")) &&
            attr(graphics, "websocket").toInt() > 0)
            graphics.setAttribute(QStringLiteral("websocket"), QStringLiteral("-1"));
    }
    // A fixed socket path (guest agent, say) would be shared by both guests.
    for (const QDomElement &channel : childElements(devices, "channel")) {
        if (attr(channel, "type") != QLatin1String("unix"))
            continue;
        QDomElement source = firstElement(channel, "source");
        if (!source.isNull() &&
            attr(source, "mode", QStringLiteral("bind")) == QLatin1String("bind"))
            source.removeAttribute(QStringLiteral("path"));
    }
    return doc.toString(2);
}
