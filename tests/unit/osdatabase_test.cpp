// SPDX-License-Identifier: GPL-2.0-or-later
// OsDatabase against the real osinfo-db plus VirtDeck's data/osinfo additions: search,
// lookup, inherited facts, and media/tree identification with ISOs and trees made here.
#include "httpserver.h"
#include "osdatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <gtest/gtest.h>

namespace {

constexpr qint64 MiB = 1024LL * 1024;
constexpr qint64 GiB = 1024 * MiB;

std::string s(const QString &text) {
    return text.toStdString();
}

bool writeFile(const QString &path, const QByteArray &content) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

class OsDatabaseTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        QString error;
        db = OsDatabase::load(OsDatabase::defaultExtraPaths(), &error);
        loadError = error;
    }
    static void TearDownTestSuite() { db.reset(); }

    void SetUp() override { ASSERT_TRUE(db) << s(loadError); }

    // Builds an ISO 9660 image whose identifiers are those given, with one small file in it.
    QString makeIso(const QString &name, const QString &volumeId,
                    const QString &publisher = QString(), const QString &systemId = QString()) {
        const QString xorriso = QStandardPaths::findExecutable(QStringLiteral("xorriso"));
        if (xorriso.isEmpty())
            return {};
        const QString content = tmp.filePath(name + QStringLiteral(".d"));
        writeFile(content + QStringLiteral("/README.TXT"), "VirtDeck test disc\n");
        const QString iso = tmp.filePath(name + QStringLiteral(".iso"));
        QStringList args{QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-V"),
                         volumeId};
        if (!publisher.isEmpty())
            args << QStringLiteral("-publisher") << publisher;
        args << QStringLiteral("-o") << iso << content;
        QProcess process;
        process.start(xorriso, args);
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            ADD_FAILURE() << "xorriso failed: " << process.readAllStandardError().toStdString();
            return {};
        }
        // xorriso upper-cases the system id ("FREEBSD"); FreeBSD's discs say "FreeBSD". Write
        // it into the primary volume descriptor (sector 16, bytes 8-39) directly.
        if (!systemId.isEmpty()) {
            QFile file(iso);
            if (!file.open(QIODevice::ReadWrite) || !file.seek(16 * 2048 + 8) ||
                file.write(systemId.toLatin1().leftJustified(32, ' ', true)) != 32) {
                ADD_FAILURE() << "cannot set the system id of " << iso.toStdString();
                return {};
            }
        }
        return iso;
    }

    static inline std::shared_ptr<const OsDatabase> db;
    static inline QString loadError;
    QTemporaryDir tmp;
};

#define REQUIRE_XORRISO()                                                                          \
    if (QStandardPaths::findExecutable(QStringLiteral("xorriso")).isEmpty())                       \
    GTEST_SKIP() << "xorriso is not installed: cannot build test ISOs"

TEST_F(OsDatabaseTest, LoadsPackagedDatabaseAndVirtDeckAdditions) {
    EXPECT_GT(db->size(), 500);
    const QStringList extra = OsDatabase::defaultExtraPaths();
    ASSERT_FALSE(extra.isEmpty()) << "data/osinfo not found";
    EXPECT_TRUE(QFileInfo::exists(extra.first() + QStringLiteral("/os/debian.org/debian-12.xml")));
    // The three systems the packaged osinfo-db (20221130) lacks come from data/osinfo.
    for (const char *shortId : {"debian12", "ubuntu24.04", "freebsd14.0"})
        EXPECT_TRUE(db->find(QLatin1String(shortId))) << shortId;
}

TEST_F(OsDatabaseTest, LoadingTheSameAdditionsTwiceDefinesThemOnce) {
    const QStringList extra = OsDatabase::defaultExtraPaths();
    ASSERT_FALSE(extra.isEmpty());
    QString error;
    const auto twice = OsDatabase::load(extra + extra, &error);
    ASSERT_TRUE(twice) << s(error);
    EXPECT_EQ(twice->size(), db->size());
    EXPECT_EQ(twice->search(QStringLiteral("debian 12")).size(), 1);
}

TEST_F(OsDatabaseTest, PackagedDefinitionsWinOverExtraCopies) {
    // An extra folder redefining Debian 11 (already packaged) next to a new system: the new
    // one loads, Debian 11 keeps its upstream definition.
    const QString root = tmp.filePath(QStringLiteral("extra"));
    ASSERT_TRUE(writeFile(root + QStringLiteral("/os/debian.org/debian-11.xml"),
                          "<libosinfo version='0.0.1'><os id='http://debian.org/debian/11'>"
                          "<short-id>debian11</short-id><name>Impostor 11</name>"
                          "</os></libosinfo>"));
    ASSERT_TRUE(writeFile(root + QStringLiteral("/os/example.org/example-1.xml"),
                          "<libosinfo version='0.0.1'><os id='http://example.org/example/1'>"
                          "<short-id>example1</short-id><name>Example OS 1</name>"
                          "<version>1</version><family>linux</family>"
                          "<derives-from id='http://debian.org/debian/11'/>"
                          "</os></libosinfo>"));
    QString error;
    const auto extended = OsDatabase::load({root}, &error);
    ASSERT_TRUE(extended) << s(error);
    const auto debian11 = extended->find(QStringLiteral("debian11"));
    ASSERT_TRUE(debian11);
    EXPECT_EQ(s(debian11->name), "Debian 11");
    const auto example = extended->find(QStringLiteral("example1"));
    ASSERT_TRUE(example);
    EXPECT_EQ(s(example->name), "Example OS 1");
    EXPECT_EQ(example->minimumRamBytes, 1 * GiB); // inherited from Debian 11
    EXPECT_TRUE(example->supportsDevice(QStringLiteral("virtio1.0-net")));
}

TEST_F(OsDatabaseTest, SearchFindsEachSystemByShortIdFirst) {
    for (const char *shortId :
         {"winxp", "win7", "win11", "debian12", "ubuntu24.04", "freebsd14.0"}) {
        const QVector<OsInfo> found = db->search(QLatin1String(shortId));
        ASSERT_FALSE(found.isEmpty()) << shortId;
        EXPECT_EQ(s(found.first().shortId), shortId);
    }
}

TEST_F(OsDatabaseTest, SearchMatchesEveryWordCaseInsensitively) {
    struct Case {
        const char *text;
        const char *first;
    } cases[] = {{"win xp", "winxp"},
                 {"Windows XP", "winxp"},
                 {"WINDOWS xp", "winxp"},
                 {"debian 12", "debian12"},
                 {"Debian 12", "debian12"},
                 {"Ubuntu 24.04", "ubuntu24.04"},
                 {"ubuntu 24.04 lts", "ubuntu24.04"},
                 {"freebsd 14.0", "freebsd14.0"},
                 {"WIN11", "win11"},
                 {"bookworm", "debian12"}};
    for (const Case &c : cases) {
        const QVector<OsInfo> found = db->search(QLatin1String(c.text));
        ASSERT_FALSE(found.isEmpty()) << c.text;
        EXPECT_EQ(s(found.first().shortId), c.first) << c.text;
        if (qstrcmp(c.text, "bookworm") == 0)
            continue; // matched through the alias short id "debianbookworm"
        // Every hit contains every word somewhere.
        for (const OsInfo &os : found) {
            for (const QString &word : QString::fromLatin1(c.text).split(u' ')) {
                EXPECT_TRUE(os.name.contains(word, Qt::CaseInsensitive) ||
                            os.version.contains(word, Qt::CaseInsensitive) ||
                            os.shortId.contains(word, Qt::CaseInsensitive))
                    << c.text << " -> " << s(os.name);
            }
        }
    }
    EXPECT_TRUE(db->search(QStringLiteral("debian 999")).isEmpty());
    EXPECT_TRUE(db->search(QStringLiteral("win xp debian")).isEmpty());
}

TEST_F(OsDatabaseTest, SearchOrdersNewestReleaseFirst) {
    const QVector<OsInfo> found = db->search(QStringLiteral("freebsd"), 0);
    ASSERT_GT(found.size(), 20);
    EXPECT_EQ(s(found.first().shortId), "freebsd14.0");
    QDate previous = found.first().releaseDate;
    for (const OsInfo &os : found) {
        EXPECT_EQ(s(os.family), "freebsd") << s(os.name);
        if (!os.releaseDate.isValid())
            continue;
        EXPECT_LE(os.releaseDate, previous) << s(os.name);
        previous = os.releaseDate;
    }
    EXPECT_EQ(db->search(QStringLiteral("freebsd"), 5).size(), 5);
    EXPECT_EQ(db->search(QString(), 7).size(), 7);
}

TEST_F(OsDatabaseTest, FindsByShortIdAliasAndFullId) {
    const auto xp = db->find(QStringLiteral("winxp"));
    ASSERT_TRUE(xp);
    EXPECT_EQ(s(xp->id), "http://microsoft.com/win/xp");
    EXPECT_EQ(s(xp->name), "Microsoft Windows XP");

    const auto debian = db->find(QStringLiteral("http://debian.org/debian/12"));
    ASSERT_TRUE(debian);
    EXPECT_EQ(s(debian->shortId), "debian12");
    EXPECT_EQ(s(debian->vendor), "Debian Project");
    EXPECT_EQ(s(debian->family), "linux");
    EXPECT_EQ(s(debian->distro), "debian");
    EXPECT_EQ(s(debian->version), "12");

    const auto alias = db->find(QStringLiteral("debianbookworm"));
    ASSERT_TRUE(alias);
    EXPECT_EQ(alias->id, debian->id);
    EXPECT_TRUE(db->find(QStringLiteral("UBUNTU24.04")));
    EXPECT_FALSE(db->find(QStringLiteral("no-such-os")));
    EXPECT_FALSE(db->find(QString()));
}

TEST_F(OsDatabaseTest, WindowsXpIsEndOfLifeWithItsOwnResources) {
    const auto xp = db->find(QStringLiteral("winxp"));
    ASSERT_TRUE(xp);
    EXPECT_TRUE(xp->isWindows());
    EXPECT_TRUE(xp->endOfLife());
    EXPECT_EQ(xp->eolDate, QDate(2009, 4, 19));
    EXPECT_EQ(xp->releaseDate, QDate(2001, 10, 25));
    // osinfo-db gives XP 64 MiB on i686 and 256 MiB on x86_64 (XP Professional x64): the
    // x86_64 figure is the one VirtDeck uses.
    EXPECT_EQ(xp->minimumRamBytes, 256 * MiB);
    EXPECT_EQ(xp->recommendedRamBytes, 512 * MiB);
    EXPECT_EQ(xp->minimumCpus, 1);
    EXPECT_EQ(xp->minimumStorageBytes, 1536 * MiB);
    EXPECT_TRUE(xp->supportsDevice(QStringLiteral("e1000")));
    EXPECT_TRUE(xp->biosSupported);
    EXPECT_FALSE(xp->efiSupported);
    EXPECT_FALSE(xp->secureBootSupported);
    // win-xp.d lists a driver package with virtio devices.
    EXPECT_TRUE(xp->virtioDriversAvailable);
}

TEST_F(OsDatabaseTest, Windows11NeedsEfiAndSecureBoot) {
    const auto win11 = db->find(QStringLiteral("win11"));
    ASSERT_TRUE(win11);
    EXPECT_FALSE(win11->endOfLife());
    EXPECT_FALSE(win11->biosSupported);
    EXPECT_TRUE(win11->efiSupported);
    EXPECT_TRUE(win11->secureBootSupported);
    EXPECT_EQ(win11->minimumRamBytes, 4 * GiB);
    EXPECT_EQ(win11->minimumCpus, 2);
    EXPECT_EQ(win11->minimumStorageBytes, 64 * GiB);
    EXPECT_TRUE(win11->virtioDriversAvailable);
    // Devices are inherited from Windows 10 and earlier.
    EXPECT_TRUE(win11->supportsDevice(QStringLiteral("ich9-hda"))) << s(win11->devices.join(u','));
    // osinfo-db 20221130 knows no TPM device: VirtDeck adds the TPM Windows 11 needs itself.
    for (const QString &device : win11->devices)
        EXPECT_FALSE(device.contains(QLatin1String("tpm"))) << s(device);
}

TEST_F(OsDatabaseTest, WindowsSevenAndEightFirmwareAndDrivers) {
    const auto win7 = db->find(QStringLiteral("win7"));
    const auto win81 = db->find(QStringLiteral("win8.1"));
    ASSERT_TRUE(win7 && win81);
    EXPECT_TRUE(win7->virtioDriversAvailable);
    EXPECT_FALSE(win7->secureBootSupported);
    EXPECT_TRUE(win81->biosSupported);
    EXPECT_TRUE(win81->efiSupported);
    EXPECT_TRUE(win81->secureBootSupported);
}

TEST_F(OsDatabaseTest, Debian12InheritsDevicesAndFirmware) {
    const auto debian = db->find(QStringLiteral("debian12"));
    ASSERT_TRUE(debian);
    EXPECT_EQ(debian->releaseDate, QDate(2023, 6, 10));
    EXPECT_FALSE(debian->endOfLife());
    EXPECT_EQ(debian->minimumRamBytes, 1 * GiB);
    EXPECT_EQ(debian->recommendedCpus, 2);
    EXPECT_EQ(debian->recommendedStorageBytes, 20 * GiB);
    // None of these is in debian-12.xml: they come from Debian 11 and older.
    for (const char *device : {"virtio-block", "virtio-net", "virtio1.0-net", "virtio1.0-block",
                               "virtio1.0-gpu", "qemu-xhci"})
        EXPECT_TRUE(debian->supportsDevice(QLatin1String(device)))
            << device << " not in " << s(debian->devices.join(u','));
    EXPECT_TRUE(debian->biosSupported);
    EXPECT_TRUE(debian->efiSupported); // debian-8.xml lists EFI
    EXPECT_FALSE(debian->isWindows());
}

TEST_F(OsDatabaseTest, Ubuntu2404AndFreeBsd14Inherit) {
    const auto ubuntu = db->find(QStringLiteral("ubuntu24.04"));
    ASSERT_TRUE(ubuntu);
    EXPECT_EQ(ubuntu->releaseDate, QDate(2024, 4, 25));
    EXPECT_EQ(s(ubuntu->name), "Ubuntu 24.04 LTS");
    EXPECT_EQ(ubuntu->minimumRamBytes, 2 * GiB);
    EXPECT_TRUE(ubuntu->supportsDevice(QStringLiteral("virtio1.0-net")));
    // ubuntu-22.04.xml marks virtio1.0-gpu unsupported; the child inherits that.
    EXPECT_FALSE(ubuntu->supportsDevice(QStringLiteral("virtio1.0-gpu")));
    EXPECT_TRUE(ubuntu->efiSupported);

    const auto freebsd = db->find(QStringLiteral("freebsd14.0"));
    ASSERT_TRUE(freebsd);
    EXPECT_EQ(freebsd->releaseDate, QDate(2023, 11, 20));
    EXPECT_EQ(s(freebsd->family), "freebsd");
    EXPECT_TRUE(freebsd->supportsDevice(QStringLiteral("virtio-net")))
        << s(freebsd->devices.join(u','));
    // osinfo-db states no resources for any FreeBSD: 0 means "libosinfo does not say".
    EXPECT_EQ(freebsd->minimumRamBytes, 0);
    EXPECT_EQ(freebsd->recommendedStorageBytes, 0);
}

TEST_F(OsDatabaseTest, GenericEntry) {
    const OsInfo generic = OsDatabase::generic();
    EXPECT_EQ(s(generic.shortId), "generic");
    EXPECT_EQ(s(generic.name), "Generic OS");
    EXPECT_TRUE(generic.id.isEmpty());
    EXPECT_TRUE(generic.family.isEmpty());
    EXPECT_EQ(generic.minimumRamBytes, 1 * GiB);
    EXPECT_EQ(generic.minimumCpus, 1);
    EXPECT_EQ(generic.recommendedStorageBytes, 10 * GiB);
    EXPECT_FALSE(generic.endOfLife());
}

TEST_F(OsDatabaseTest, IdentifiesInstallDiscsByTheirLabels) {
    REQUIRE_XORRISO();
    struct Disc {
        const char *file;
        const char *volumeId;
        const char *publisher;
        const char *systemId;
        const char *expected;
    } discs[] = {
        {"debian-netinst", "Debian 12.5.0 amd64 n", nullptr, nullptr, "debian12"},
        {"debian-dvd", "Debian 12.5.0 amd64 1", nullptr, nullptr, "debian12"},
        {"debian11", "Debian 11.7.0 amd64 n", nullptr, nullptr, "debian11"},
        {"ubuntu-desktop", "Ubuntu 24.04 LTS amd64", nullptr, nullptr, "ubuntu24.04"},
        {"ubuntu-desktop-point", "Ubuntu 24.04.1 LTS amd64", nullptr, nullptr, "ubuntu24.04"},
        {"ubuntu-server", "Ubuntu-Server 24.04 LTS amd64", nullptr, nullptr, "ubuntu24.04"},
        {"freebsd-cd", "14_0_RELEASE_AMD64_CD", nullptr, "FreeBSD", "freebsd14.0"},
        {"freebsd-bo", "14_0_RELEASE_AMD64_BO", nullptr, "FreeBSD", "freebsd14.0"},
        {"winxp", "WXPFPP_EN", "MICROSOFT CORPORATION", nullptr, "winxp"},
    };
    for (const Disc &disc : discs) {
        const QString iso = makeIso(QLatin1String(disc.file), QLatin1String(disc.volumeId),
                                    QLatin1String(disc.publisher), QLatin1String(disc.systemId));
        ASSERT_FALSE(iso.isEmpty());
        QString error = QStringLiteral("stale");
        const auto os = db->identifyMedia(iso, &error);
        ASSERT_TRUE(os) << disc.volumeId << ": " << s(error);
        EXPECT_EQ(s(os->shortId), disc.expected) << disc.volumeId;
        EXPECT_TRUE(error.isEmpty());
    }
}

TEST_F(OsDatabaseTest, UnknownDiscsAndFilesGiveAReason) {
    REQUIRE_XORRISO();
    QString error;
    const QString unknown = makeIso(QStringLiteral("photos"), QStringLiteral("HOLIDAY_PHOTOS"));
    ASSERT_FALSE(unknown.isEmpty());
    EXPECT_FALSE(db->identifyMedia(unknown, &error));
    EXPECT_TRUE(error.startsWith(QLatin1String("Not an install disc VirtDeck recognises")))
        << s(error);
    EXPECT_TRUE(error.contains(QLatin1String("HOLIDAY_PHOTOS"))) << s(error);

    // A Windows label without Microsoft's publisher id is not Windows.
    const QString fake = makeIso(QStringLiteral("fakexp"), QStringLiteral("WXPFPP_EN"));
    EXPECT_FALSE(db->identifyMedia(fake, &error));

    const QString missing = tmp.filePath(QStringLiteral("missing.iso"));
    EXPECT_FALSE(db->identifyMedia(missing, &error));
    EXPECT_TRUE(error.startsWith(QLatin1String("Cannot read"))) << s(error);
    EXPECT_TRUE(error.contains(missing)) << s(error);

    const QString text = tmp.filePath(QStringLiteral("notes.iso"));
    ASSERT_TRUE(writeFile(text, QByteArray(64 * 1024, 'x')));
    EXPECT_FALSE(db->identifyMedia(text, &error));
    EXPECT_TRUE(error.contains(QLatin1String("not a CD or DVD image"))) << s(error);
    const QString tiny = tmp.filePath(QStringLiteral("tiny.iso"));
    ASSERT_TRUE(writeFile(tiny, "hello"));
    EXPECT_FALSE(db->identifyMedia(tiny, &error));
    EXPECT_TRUE(error.contains(QLatin1String("not a CD or DVD image"))) << s(error);

    EXPECT_FALSE(db->identifyMedia(tmp.path(), &error));
    EXPECT_TRUE(error.startsWith(QLatin1String("Cannot read"))) << s(error);
    EXPECT_FALSE(db->identifyMedia(QString(), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(OsDatabaseTest, IdentifiesDiscsFromSeveralThreadsAtOnce) {
    REQUIRE_XORRISO();
    const QString debian = makeIso(QStringLiteral("d"), QStringLiteral("Debian 12.4.0 amd64 n"));
    const QString ubuntu = makeIso(QStringLiteral("u"), QStringLiteral("Ubuntu 24.04 LTS amd64"));
    ASSERT_FALSE(debian.isEmpty() || ubuntu.isEmpty());
    QList<QFuture<QString>> runs;
    for (int i = 0; i < 8; ++i) {
        const QString iso = i % 2 ? ubuntu : debian;
        runs << QtConcurrent::run([iso] {
            QString error;
            const auto os = db->identifyMedia(iso, &error);
            return os ? os->shortId : error;
        });
    }
    for (int i = 0; i < runs.size(); ++i)
        EXPECT_EQ(s(runs[i].result()), i % 2 ? "ubuntu24.04" : "debian12");
}

// A Fedora 37 Server tree as its mirrors lay it out (only the .treeinfo matters).
QString makeFedoraTree(const QString &root) {
    writeFile(root + QStringLiteral("/.treeinfo"), "[general]\n"
                                                   "family = Fedora\n"
                                                   "version = 37\n"
                                                   "arch = x86_64\n"
                                                   "variant = Server\n"
                                                   "\n"
                                                   "[images-x86_64]\n"
                                                   "kernel = images/pxeboot/vmlinuz\n"
                                                   "initrd = images/pxeboot/initrd.img\n");
    return root;
}

void expectFedoraTree(const std::optional<OsDatabase::TreeMatch> &match, const QString &error) {
    ASSERT_TRUE(match) << s(error);
    EXPECT_EQ(s(match->os.shortId), "fedora37");
    EXPECT_EQ(s(match->kernelPath), "images/pxeboot/vmlinuz");
    EXPECT_EQ(s(match->initrdPath), "images/pxeboot/initrd.img");
    // fedora-19.xml states inst.repo; Fedora 37 inherits it.
    EXPECT_EQ(s(match->kernelUrlArgument), "inst.repo");
    EXPECT_TRUE(error.isEmpty());
}

TEST_F(OsDatabaseTest, IdentifiesALocalInstallTree) {
    const QString tree = makeFedoraTree(tmp.filePath(QStringLiteral("fedora")));
    QString error;
    expectFedoraTree(db->identifyTree(tree, &error), error);
    expectFedoraTree(db->identifyTree(QUrl::fromLocalFile(tree).toString(), &error), error);

    // A Debian mirror has no .treeinfo: libosinfo 1.10 cannot tell what it is.
    const QString debian = tmp.filePath(QStringLiteral("debian"));
    writeFile(debian + QStringLiteral("/current/images/netboot/debian-installer/amd64/linux"),
              "kernel");
    EXPECT_FALSE(db->identifyTree(debian, &error));
    EXPECT_TRUE(error.contains(QLatin1String(".treeinfo"))) << s(error);

    const QString unknown = tmp.filePath(QStringLiteral("unknown"));
    writeFile(unknown + QStringLiteral("/.treeinfo"),
              "[general]\nfamily = Nowhere Linux\nversion = 1\narch = x86_64\n");
    EXPECT_FALSE(db->identifyTree(unknown, &error));
    EXPECT_TRUE(error.contains(QLatin1String("Nowhere Linux"))) << s(error);

    EXPECT_FALSE(db->identifyTree(tmp.filePath(QStringLiteral("none")), &error));
    EXPECT_TRUE(error.startsWith(QLatin1String("Cannot read"))) << s(error);
    EXPECT_FALSE(db->identifyTree(QStringLiteral("ftp://example.org/tree"), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(OsDatabaseTest, IdentifiesAnInstallTreeOverHttp) {
    const QString root = tmp.filePath(QStringLiteral("www"));
    makeFedoraTree(root + QStringLiteral("/fedora/37/Server/x86_64/os"));
    QDir().mkpath(root + QStringLiteral("/debian/dists/bookworm/main/installer-amd64"));
    // Served on this thread: identifyTree's own event loop lets it answer.
    auto server = std::make_unique<HttpServer>(root);
    ASSERT_TRUE(server->start());
    const QString base = server->baseUrl().chopped(1);

    QString error;
    expectFedoraTree(
        db->identifyTree(base + QStringLiteral("/fedora/37/Server/x86_64/os/"), &error), error);
    EXPECT_FALSE(db->identifyTree(
        base + QStringLiteral("/debian/dists/bookworm/main/installer-amd64"), &error));
    EXPECT_TRUE(error.contains(QLatin1String(".treeinfo"))) << s(error);

    server.reset();
    EXPECT_FALSE(db->identifyTree(base + QStringLiteral("/fedora/37/Server/x86_64/os"), &error));
    EXPECT_TRUE(error.startsWith(QLatin1String("Cannot reach"))) << s(error);
}

} // namespace
