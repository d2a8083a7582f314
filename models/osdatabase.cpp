// SPDX-License-Identifier: GPL-2.0-or-later
#include "osdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QUrl>
#include <QVersionNumber>
#include <QXmlStreamReader>
#include <QtDebug>

#include <algorithm>
#include <vector>

// GLib headers after Qt's: QT_NO_KEYWORDS keeps Qt's `signals` macro out of their structs.
// libosinfo's headers lack extern "C"; GLib's have it (and C++-only parts), so they come first.
#include <gio/gio.h>
#include <glib-object.h>
extern "C" {
#include <osinfo/osinfo.h>
}

namespace {

// Messages are looked up under "OsDatabase"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(OsDatabase)
};

QString fromUtf8(const gchar *text) {
    return text ? QString::fromUtf8(text) : QString();
}

template <typename T> struct GObjectUnref {
    void operator()(T *object) const {
        if (object)
            g_object_unref(object);
    }
};
template <typename T> using GObjectPtr = std::unique_ptr<T, GObjectUnref<T>>;

struct GErrorFree {
    void operator()(GError *error) const { g_error_free(error); }
};
using GErrorPtr = std::unique_ptr<GError, GErrorFree>;

// libosinfo's synchronous calls spin a GLib main loop on the thread-default context. Giving
// them a private one keeps them from dispatching the caller's sources (on the GUI thread that
// would be Qt's own event loop, re-entered).
class PrivateMainContext {
public:
    PrivateMainContext()
        : m_context(g_main_context_new()) {
        g_main_context_push_thread_default(m_context);
    }
    ~PrivateMainContext() {
        g_main_context_pop_thread_default(m_context);
        g_main_context_unref(m_context);
    }
    PrivateMainContext(const PrivateMainContext &) = delete;
    PrivateMainContext &operator=(const PrivateMainContext &) = delete;

private:
    GMainContext *m_context;
};

template <typename Fn> void forEachEntity(OsinfoList *list, Fn fn) {
    if (!list)
        return;
    const gint count = osinfo_list_get_length(list);
    for (gint i = 0; i < count; ++i)
        fn(osinfo_list_get_nth(list, i));
}

// The OS followed by everything it derives from, nearest first, each once. The objects
// belong to the database.
std::vector<OsinfoOs *> lineage(OsinfoOs *os) {
    std::vector<OsinfoOs *> chain{os};
    for (size_t i = 0; i < chain.size(); ++i) {
        GObjectPtr<OsinfoProductList> parents(osinfo_product_get_related(
            OSINFO_PRODUCT(chain[i]), OSINFO_PRODUCT_RELATIONSHIP_DERIVES_FROM));
        forEachEntity(OSINFO_LIST(parents.get()), [&](OsinfoEntity *entity) {
            auto *parent = OSINFO_OS(entity);
            if (std::find(chain.begin(), chain.end(), parent) == chain.end())
                chain.push_back(parent);
        });
    }
    return chain;
}

constexpr char archX86_64[] = "x86_64";

struct Resources {
    qint64 ram = 0;
    int cpus = 0;
    qint64 storage = 0;

    void takeUnset(const Resources &other) {
        if (ram <= 0)
            ram = other.ram;
        if (cpus <= 0)
            cpus = other.cpus;
        if (storage <= 0)
            storage = other.storage;
    }
};

void takeUnset(OsinfoResourcesList *list, const char *arch, Resources &out) {
    forEachEntity(OSINFO_LIST(list), [&](OsinfoEntity *entity) {
        auto *resources = OSINFO_RESOURCES(entity);
        if (qstrcmp(osinfo_resources_get_architecture(resources), arch) != 0)
            return;
        out.takeUnset({std::max<qint64>(osinfo_resources_get_ram(resources), 0),
                       std::max(osinfo_resources_get_n_cpus(resources), 0),
                       std::max<qint64>(osinfo_resources_get_storage(resources), 0)});
    });
}

// What one OS states itself, for x86_64 (or "all") and for i686.
struct OwnResources {
    Resources preferred;
    Resources fallback;
};

// libosinfo 1.10 returns only the OS's own resources, so inheritance is resolved here, field
// by field: the nearest OS that states a value wins, x86_64 before "all". i686 figures are a
// last resort, for systems that never had a 64-bit edition. Chains run up to ~40 releases
// deep, so each OS's own figures are read from libosinfo once.
class ResourceResolver {
public:
    using Getter = OsinfoResourcesList *(*)(OsinfoOs *);
    explicit ResourceResolver(Getter getter)
        : m_getter(getter) {}

    Resources resolve(const std::vector<OsinfoOs *> &chain) {
        Resources out;
        for (OsinfoOs *os : chain)
            out.takeUnset(own(os).preferred);
        for (OsinfoOs *os : chain)
            out.takeUnset(own(os).fallback);
        return out;
    }

private:
    const OwnResources &own(OsinfoOs *os) {
        auto it = m_cache.constFind(os);
        if (it != m_cache.constEnd())
            return it.value();
        OwnResources values;
        GObjectPtr<OsinfoResourcesList> list(m_getter(os));
        takeUnset(list.get(), archX86_64, values.preferred);
        takeUnset(list.get(), OSINFO_ARCHITECTURE_ALL, values.preferred);
        takeUnset(list.get(), "i686", values.fallback);
        return m_cache.insert(os, values).value();
    }

    Getter m_getter;
    QHash<OsinfoOs *, OwnResources> m_cache;
};

bool isX86_64OrAll(const gchar *arch) {
    return qstrcmp(arch, archX86_64) == 0 || qstrcmp(arch, OSINFO_ARCHITECTURE_ALL) == 0;
}

// Windows NT versions: 6.1 is 7 / 2008 R2, 6.2 is 8 / 2012.
bool windowsAtLeast(const OsInfo &os, int major, int minor) {
    if (os.family != QLatin1String("winnt"))
        return false;
    return QVersionNumber::fromString(os.version) >= QVersionNumber(major, minor);
}

bool hasVirtioDriverPackage(const std::vector<OsinfoOs *> &chain) {
    for (OsinfoOs *os : chain) {
        bool found = false;
        // Both lists are "transfer none": they belong to the OS.
        forEachEntity(OSINFO_LIST(osinfo_os_get_device_drivers(os)), [&](OsinfoEntity *entity) {
            auto *driver = OSINFO_DEVICE_DRIVER(entity);
            forEachEntity(OSINFO_LIST(osinfo_device_driver_get_devices(driver)),
                          [&](OsinfoEntity *device) {
                              if (fromUtf8(osinfo_device_get_name(OSINFO_DEVICE(device)))
                                      .startsWith(QLatin1String("virtio")))
                                  found = true;
                          });
        });
        if (found)
            return true;
    }
    return false;
}

QString kernelUrlArgumentFor(const std::vector<OsinfoOs *> &chain) {
    for (OsinfoOs *os : chain) {
        const QString argument = fromUtf8(osinfo_os_get_kernel_url_argument(os));
        if (!argument.isEmpty())
            return argument;
    }
    return {};
}

struct CopyContext {
    ResourceResolver minimum{osinfo_os_get_minimum_resources};
    ResourceResolver recommended{osinfo_os_get_recommended_resources};
};

OsInfo copyOs(OsinfoOs *os, CopyContext &context) {
    auto *product = OSINFO_PRODUCT(os);
    OsInfo info;
    info.id = fromUtf8(osinfo_entity_get_id(OSINFO_ENTITY(os)));
    info.shortId = fromUtf8(osinfo_product_get_short_id(product));
    info.name = fromUtf8(osinfo_product_get_name(product));
    info.vendor = fromUtf8(osinfo_product_get_vendor(product));
    info.family = fromUtf8(osinfo_os_get_family(os));
    info.distro = fromUtf8(osinfo_os_get_distro(os));
    info.version = fromUtf8(osinfo_product_get_version(product));
    info.releaseDate =
        QDate::fromString(fromUtf8(osinfo_product_get_release_date_string(product)), Qt::ISODate);
    info.eolDate =
        QDate::fromString(fromUtf8(osinfo_product_get_eol_date_string(product)), Qt::ISODate);

    const std::vector<OsinfoOs *> chain = lineage(os);
    const Resources minimum = context.minimum.resolve(chain);
    const Resources recommended = context.recommended.resolve(chain);
    info.minimumRamBytes = minimum.ram;
    info.minimumCpus = minimum.cpus;
    info.minimumStorageBytes = minimum.storage;
    info.recommendedRamBytes = recommended.ram;
    info.recommendedCpus = recommended.cpus;
    info.recommendedStorageBytes = recommended.storage;

    // get_all_devices walks derives-from and honours supported="false" overrides.
    GObjectPtr<OsinfoDeviceList> devices(osinfo_os_get_all_devices(os, nullptr));
    forEachEntity(OSINFO_LIST(devices.get()), [&](OsinfoEntity *entity) {
        const QString name = fromUtf8(osinfo_device_get_name(OSINFO_DEVICE(entity)));
        if (!name.isEmpty() && !info.devices.contains(name))
            info.devices.append(name);
    });

    // The complete list is inherited too, newest entry per (arch, type), unsupported included.
    bool efiStated = false;
    GObjectPtr<OsinfoFirmwareList> firmwares(osinfo_os_get_complete_firmware_list(os, nullptr));
    forEachEntity(OSINFO_LIST(firmwares.get()), [&](OsinfoEntity *entity) {
        auto *firmware = OSINFO_FIRMWARE(entity);
        if (!isX86_64OrAll(osinfo_firmware_get_architecture(firmware)))
            return;
        const QString type = fromUtf8(osinfo_firmware_get_firmware_type(firmware));
        const bool supported = osinfo_firmware_is_supported(firmware);
        if (type == QLatin1String("bios")) {
            info.biosSupported = supported;
        } else if (type == QLatin1String("efi")) {
            info.efiSupported = supported;
            efiStated = true;
        }
    });
    // osinfo-db rarely lists firmware for Windows; every x64 edition since 8 boots with UEFI.
    if (!efiStated && windowsAtLeast(info, 6, 2))
        info.efiSupported = true;
    // libosinfo 1.10 knows no firmware features (secure boot came later): Windows 8 and newer
    // ship signed boot loaders, and 11 requires secure boot.
    info.secureBootSupported = info.efiSupported && windowsAtLeast(info, 6, 2);

    info.virtioDriversAvailable = hasVirtioDriverPackage(chain) || windowsAtLeast(info, 6, 1);

    GObjectPtr<OsinfoTreeList> trees(osinfo_os_get_tree_list(os));
    forEachEntity(OSINFO_LIST(trees.get()), [&](OsinfoEntity *entity) {
        auto *tree = OSINFO_TREE(entity);
        if (!info.treeKernelPath.isEmpty() ||
            qstrcmp(osinfo_tree_get_architecture(tree), "x86_64") != 0)
            return;
        info.treeUrl = fromUtf8(osinfo_tree_get_url(tree));
        info.treeKernelPath = fromUtf8(osinfo_tree_get_kernel_path(tree));
        info.treeInitrdPath = fromUtf8(osinfo_tree_get_initrd_path(tree));
    });
    return info;
}

// The id of the <os> an osinfo XML file defines, or empty.
QString definedOsId(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("libosinfo"))
            continue; // descend
        if (xml.name() == QLatin1String("os"))
            return xml.attributes().value(QLatin1String("id")).toString();
        xml.skipCurrentElement();
    }
    return {};
}

// Whether the database already holds a real definition (not just a placeholder created by a
// derives-from reference).
bool isDefined(OsinfoDb *db, const QString &id) {
    OsinfoOs *os = osinfo_db_get_os(db, id.toUtf8().constData());
    return os && osinfo_product_get_name(OSINFO_PRODUCT(os));
}

// Reads an install tree's .treeinfo (or treeinfo) from a local folder or over http(s).
QByteArray fetchTreeinfo(const QUrl &base, QString *why) {
    static const char *const names[] = {".treeinfo", "treeinfo"};
    if (base.isLocalFile()) {
        const QDir dir(base.toLocalFile());
        if (!dir.exists()) {
            *why = UiText::tr("Cannot read %1: the folder does not exist.").arg(base.toLocalFile());
            return {};
        }
        for (const char *name : names) {
            QFile file(dir.filePath(QLatin1String(name)));
            if (file.open(QIODevice::ReadOnly))
                return file.read(1 << 20);
        }
        *why = UiText::tr("No install tree VirtDeck recognises at %1: it has no .treeinfo file.")
                   .arg(base.toLocalFile());
        return {};
    }

    // libosinfo fetches through GIO, which needs gvfs for http; Qt does it on its own.
    QNetworkAccessManager network;
    QString lastError;
    bool reachedServer = false;
    for (const char *name : names) {
        QUrl url = base;
        QString path = url.path();
        if (!path.endsWith(u'/'))
            path += u'/';
        url.setPath(path + QLatin1String(name));
        QNetworkRequest request(url);
        request.setTransferTimeout(15000);
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status == 200)
            return reply->read(1 << 20);
        if (status > 0) {
            reachedServer = true;
        } else {
            lastError = reply->errorString();
        }
    }
    if (reachedServer)
        *why = UiText::tr(
                   "No install tree VirtDeck recognises at %1: it has no .treeinfo file. Debian "
                   "and Ubuntu trees cannot be recognised automatically; choose the system "
                   "by hand.")
                   .arg(base.toDisplayString());
    else
        *why = UiText::tr("Cannot reach %1: %2").arg(base.toDisplayString(), lastError);
    return {};
}

} // namespace

struct OsDatabase::Private {
    // libosinfo objects are not thread-safe; every call into them holds this.
    mutable QMutex mutex;
    OsinfoLoader *loader = nullptr; // owns the OsinfoDb
    OsinfoDb *db = nullptr;

    // Copied out once and never changed: search() and find() need no lock.
    QVector<OsInfo> systems;
    QVector<QStringList> shortIds;   // all of each system's short ids, lower case
    QVector<QString> lowerNames;     // lower-case names
    QHash<QString, qsizetype> byKey; // lower-case id and every short id -> index

    ~Private() {
        if (loader)
            g_object_unref(loader);
    }
};

OsDatabase::OsDatabase()
    : d(std::make_unique<Private>()) {}

OsDatabase::~OsDatabase() = default;

std::shared_ptr<const OsDatabase> OsDatabase::load(const QStringList &extraPaths, QString *error) {
    std::shared_ptr<OsDatabase> database(new OsDatabase);
    Private &p = *database->d;
    QMutexLocker lock(&p.mutex);

    p.loader = osinfo_loader_new();
    QStringList problems;
    GError *rawError = nullptr;
    osinfo_loader_process_default_path(p.loader, &rawError);
    if (rawError) {
        problems << fromUtf8(rawError->message);
        g_clear_error(&rawError);
    }
    p.db = osinfo_loader_get_db(p.loader);

    // A system the packaged database learned in the meantime keeps its upstream definition:
    // loading a second one for the same id would merge the two. libosinfo loads folders (single
    // files are deprecated), so the files still needed are staged in a folder of their own.
    for (const QString &root : extraPaths) {
        if (!QFileInfo(root).isDir()) {
            problems << UiText::tr("%1 is not a folder.").arg(root);
            continue;
        }
        QStringList needed;
        bool skipped = false;
        QDirIterator it(root, {QStringLiteral("*.xml")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString id = definedOsId(file);
            if (!id.isEmpty() && isDefined(p.db, id))
                skipped = true;
            else
                needed << file;
        }
        if (needed.isEmpty())
            continue;
        QString folder = root;
        QTemporaryDir staging;
        if (skipped) {
            folder = staging.path();
            for (const QString &file : std::as_const(needed)) {
                const QString copy = staging.filePath(QDir(root).relativeFilePath(file));
                QDir().mkpath(QFileInfo(copy).absolutePath());
                QFile::copy(file, copy);
            }
        }
        osinfo_loader_process_path(p.loader, QFile::encodeName(folder).constData(), &rawError);
        if (rawError) {
            problems << QStringLiteral("%1: %2").arg(root, fromUtf8(rawError->message));
            g_clear_error(&rawError);
        }
    }

    CopyContext context;
    GObjectPtr<OsinfoOsList> list(osinfo_db_get_os_list(p.db));
    forEachEntity(OSINFO_LIST(list.get()), [&](OsinfoEntity *entity) {
        auto *os = OSINFO_OS(entity);
        // Placeholders (referenced, never defined) have no name.
        if (!osinfo_product_get_name(OSINFO_PRODUCT(os)))
            return;
        const qsizetype index = p.systems.size();
        OsInfo info = copyOs(os, context);

        QStringList ids;
        GList *shortIdList = osinfo_product_get_short_id_list(OSINFO_PRODUCT(os));
        for (GList *item = shortIdList; item; item = item->next)
            ids << QString::fromUtf8(static_cast<const char *>(item->data)).toLower();
        g_list_free(shortIdList); // container only: the strings belong to the OS
        ids.removeDuplicates();

        p.byKey.insert(info.id.toLower(), index);
        for (const QString &shortId : std::as_const(ids))
            p.byKey.insert(shortId, index);
        p.lowerNames.append(info.name.toLower());
        p.shortIds.append(ids);
        p.systems.append(std::move(info));
    });

    if (p.systems.isEmpty()) {
        if (error) {
            *error = UiText::tr("The operating system database (osinfo-db) could not be loaded.");
            if (!problems.isEmpty())
                *error += u' ' + problems.join(QStringLiteral("; "));
        }
        return nullptr;
    }
    for (const QString &problem : std::as_const(problems))
        qWarning("osinfo: %s", qUtf8Printable(problem));
    if (error)
        error->clear();
    return database;
}

QStringList OsDatabase::defaultExtraPaths() {
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("VIRTDECK_OSINFO_DIR");
    if (!fromEnvironment.isEmpty() && QFileInfo(fromEnvironment).isDir())
        paths << QFileInfo(fromEnvironment).canonicalFilePath();

    // The installed copy and the source tree's hold the same files: use one of them.
    QStringList bundled;
    if (QCoreApplication::instance())
        bundled << QCoreApplication::applicationDirPath() +
                       QLatin1String("/../share/virtdeck/osinfo");
#ifdef VIRTDECK_SOURCE_DIR
    bundled << QStringLiteral(VIRTDECK_SOURCE_DIR "/data/osinfo");
#endif
    for (const QString &candidate : std::as_const(bundled)) {
        const QFileInfo dir(candidate);
        if (!dir.isDir())
            continue;
        if (!paths.contains(dir.canonicalFilePath()))
            paths << dir.canonicalFilePath();
        break;
    }
    return paths;
}

int OsDatabase::size() const {
    return int(d->systems.size());
}

QVector<OsInfo> OsDatabase::search(const QString &text, int limit) const {
    const QString needle = text.simplified().toLower();
    const QStringList words = needle.split(u' ', Qt::SkipEmptyParts);
    QString compact = needle;
    compact.remove(u' '); // "win xp" -> "winxp", "debian 12" -> "debian12"

    struct Hit {
        qsizetype index;
        bool exact;
    };
    QVector<Hit> hits;
    for (qsizetype i = 0; i < d->systems.size(); ++i) {
        const OsInfo &os = d->systems.at(i);
        const QStringList &ids = d->shortIds.at(i);
        const QString &name = d->lowerNames.at(i);
        const bool all = std::all_of(words.begin(), words.end(), [&](const QString &word) {
            if (name.contains(word) || os.version.contains(word, Qt::CaseInsensitive))
                return true;
            return std::any_of(ids.begin(), ids.end(),
                               [&](const QString &id) { return id.contains(word); });
        });
        if (!all)
            continue;
        const bool exact =
            !needle.isEmpty() && (name == needle || ids.contains(needle) || ids.contains(compact));
        hits.append({i, exact});
    }

    std::stable_sort(hits.begin(), hits.end(), [&](const Hit &a, const Hit &b) {
        if (a.exact != b.exact)
            return a.exact;
        const QDate &da = d->systems.at(a.index).releaseDate;
        const QDate &db = d->systems.at(b.index).releaseDate;
        if (da.isValid() != db.isValid())
            return da.isValid(); // undated (testing, rolling, unknown) after dated
        if (da != db)
            return da > db;
        return d->systems.at(a.index).name.compare(d->systems.at(b.index).name,
                                                   Qt::CaseInsensitive) < 0;
    });

    QVector<OsInfo> result;
    const qsizetype count = limit > 0 ? std::min<qsizetype>(limit, hits.size()) : hits.size();
    result.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        result.append(d->systems.at(hits.at(i).index));
    return result;
}

std::optional<OsInfo> OsDatabase::find(const QString &idOrShortId) const {
    const auto it = d->byKey.constFind(idOrShortId.trimmed().toLower());
    if (it == d->byKey.constEnd())
        return std::nullopt;
    return d->systems.at(it.value());
}

std::optional<OsInfo> OsDatabase::identifyMedia(const QString &isoPath, QString *error) const {
    auto fail = [error](const QString &why) -> std::optional<OsInfo> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (isoPath.isEmpty())
        return fail(UiText::tr("No install disc was chosen."));
    const QFileInfo file(isoPath);
    if (!file.exists())
        return fail(UiText::tr("Cannot read %1: the file does not exist.").arg(isoPath));
    if (file.isDir())
        return fail(UiText::tr("Cannot read %1: it is a folder, not a disc image.").arg(isoPath));
    if (!file.isReadable())
        return fail(UiText::tr("Cannot read %1: permission denied.").arg(isoPath));

    GError *rawError = nullptr;
    GObjectPtr<OsinfoMedia> media;
    {
        PrivateMainContext context;
        // Not requiring a boot record: a data disc is still worth naming in the reason below.
        media.reset(osinfo_media_create_from_location_with_flags(
            QFile::encodeName(isoPath).constData(), nullptr, OsinfoMediaDetectFlags(0), &rawError));
    }
    if (!media) {
        const GErrorPtr problem(rawError);
        // libosinfo's own error domain means it read the file but found no ISO 9660 volume.
        if (problem && problem->domain == OSINFO_MEDIA_ERROR)
            return fail(UiText::tr("Not an install disc VirtDeck recognises: %1 is not a CD or DVD "
                                   "image (ISO 9660).")
                            .arg(file.fileName()));
        return fail(UiText::tr("Cannot read %1: %2")
                        .arg(isoPath, problem ? fromUtf8(problem->message) : QString()));
    }

    QString id;
    {
        QMutexLocker lock(&d->mutex);
        if (osinfo_db_identify_media(d->db, media.get())) {
            GObjectPtr<OsinfoOs> os(osinfo_media_get_os(media.get()));
            if (os)
                id = fromUtf8(osinfo_entity_get_id(OSINFO_ENTITY(os.get())));
        }
    }
    if (id.isEmpty()) {
        QString why = UiText::tr("Not an install disc VirtDeck recognises (volume label “%1”).")
                          .arg(fromUtf8(osinfo_media_get_volume_id(media.get())).trimmed());
        if (!osinfo_media_is_bootable(media.get()))
            why += u' ' + UiText::tr("The disc cannot boot a computer.");
        return fail(why);
    }
    std::optional<OsInfo> found = find(id);
    if (!found)
        return fail(UiText::tr("Not an install disc VirtDeck recognises."));
    if (error)
        error->clear();
    return found;
}

std::optional<OsDatabase::TreeMatch> OsDatabase::identifyTree(const QString &url,
                                                              QString *error) const {
    auto fail = [error](const QString &why) -> std::optional<TreeMatch> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return fail(UiText::tr("No install tree address was given."));
    const QUrl base = QUrl::fromUserInput(trimmed, QDir::currentPath(), QUrl::AssumeLocalFile);
    const QString scheme = base.scheme().toLower();
    if (!base.isValid() || (!base.isLocalFile() && scheme != QLatin1String("http") &&
                            scheme != QLatin1String("https")))
        return fail(UiText::tr("Cannot read %1: only http, https and local folders are supported.")
                        .arg(trimmed));

    QString why;
    const QByteArray treeinfo = fetchTreeinfo(base, &why);
    if (treeinfo.isEmpty())
        return fail(why);

    // libosinfo keeps the location only as the tree's id and url.
    const QByteArray location =
        (base.isLocalFile() ? base.toLocalFile() : base.toString(QUrl::StripTrailingSlash))
            .toUtf8();
    GError *rawError = nullptr;
    GObjectPtr<OsinfoTree> tree(
        osinfo_tree_create_from_treeinfo(treeinfo.constData(), location.constData(), &rawError));
    if (!tree) {
        const GErrorPtr problem(rawError);
        return fail(UiText::tr("The .treeinfo file at %1 cannot be understood: %2")
                        .arg(trimmed, problem ? fromUtf8(problem->message) : QString()));
    }

    TreeMatch match;
    QString id;
    {
        QMutexLocker lock(&d->mutex);
        if (osinfo_db_identify_tree(d->db, tree.get())) {
            GObjectPtr<OsinfoOs> os(osinfo_tree_get_os(tree.get()));
            if (os) {
                id = fromUtf8(osinfo_entity_get_id(OSINFO_ENTITY(os.get())));
                const std::vector<OsinfoOs *> chain = lineage(os.get());
                match.kernelUrlArgument = kernelUrlArgumentFor(chain);
                match.kernelPath = fromUtf8(osinfo_tree_get_kernel_path(tree.get()));
                match.initrdPath = fromUtf8(osinfo_tree_get_initrd_path(tree.get()));
                // A .treeinfo without an images section: use the paths osinfo-db knows.
                if (match.kernelPath.isEmpty() || match.initrdPath.isEmpty()) {
                    const gchar *arch = osinfo_tree_get_architecture(tree.get());
                    GObjectPtr<OsinfoTreeList> known(osinfo_os_get_tree_list(os.get()));
                    forEachEntity(OSINFO_LIST(known.get()), [&](OsinfoEntity *entity) {
                        auto *reference = OSINFO_TREE(entity);
                        if (qstrcmp(osinfo_tree_get_architecture(reference), arch) != 0 ||
                            !match.kernelPath.isEmpty())
                            return;
                        match.kernelPath = fromUtf8(osinfo_tree_get_kernel_path(reference));
                        match.initrdPath = fromUtf8(osinfo_tree_get_initrd_path(reference));
                    });
                }
            }
        }
    }
    if (id.isEmpty()) {
        const QString label = QStringList{fromUtf8(osinfo_tree_get_treeinfo_family(tree.get())),
                                          fromUtf8(osinfo_tree_get_treeinfo_version(tree.get())),
                                          fromUtf8(osinfo_tree_get_treeinfo_variant(tree.get())),
                                          fromUtf8(osinfo_tree_get_treeinfo_arch(tree.get()))}
                                  .join(u' ')
                                  .simplified();
        return fail(UiText::tr("Not an install tree VirtDeck recognises (%1).").arg(label));
    }
    std::optional<OsInfo> os = find(id);
    if (!os)
        return fail(UiText::tr("Not an install tree VirtDeck recognises."));
    match.os = *os;
    if (match.kernelUrlArgument.isEmpty()) {
        // Installers osinfo-db has no argument for: anaconda relatives and SUSE's linuxrc
        // take the tree as a URL; Debian's d-i takes none (see TreeMatch).
        if (match.os.distro == QLatin1String("opensuse") ||
            match.os.distro == QLatin1String("sles") || match.os.distro == QLatin1String("sled"))
            match.kernelUrlArgument = QStringLiteral("install");
        else if (match.os.family == QLatin1String("linux") &&
                 match.os.distro != QLatin1String("debian") &&
                 match.os.distro != QLatin1String("ubuntu"))
            match.kernelUrlArgument = QStringLiteral("inst.repo");
    }
    if (error)
        error->clear();
    return match;
}

OsInfo OsDatabase::generic() {
    constexpr qint64 GiB = 1024LL * 1024 * 1024;
    OsInfo os;
    os.shortId = QStringLiteral("generic");
    os.name = UiText::tr("Generic OS");
    os.minimumRamBytes = 1 * GiB;
    os.recommendedRamBytes = 1 * GiB;
    os.minimumCpus = 1;
    os.recommendedCpus = 1;
    os.minimumStorageBytes = 10 * GiB;
    os.recommendedStorageBytes = 10 * GiB;
    // Unknown system: offer both firmware kinds, promise nothing else.
    os.biosSupported = true;
    os.efiSupported = true;
    return os;
}
