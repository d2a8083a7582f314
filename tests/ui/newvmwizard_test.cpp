// SPDX-License-Identifier: GPL-2.0-or-later
// The New virtual machine wizard, offscreen against libvirt's test driver: every page's
// validation, the hardware it chooses per operating system, and a creation run.
#include "bootiso.h"
#include "connection.h"
#include "domainxmlbuilder.h"
#include "fieldmessage.h"
#include "newvmpages.h"
#include "newvmwizard.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDomDocument>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QSpinBox>

#include <gtest/gtest.h>

using TestSupport::waitFor;

namespace {

class NewVmWizardTest : public ::testing::Test {
protected:
    void SetUp() override {
        connection =
            std::make_unique<Connection>(ConnectionUri::parse(QStringLiteral("test:///default")));
        ASSERT_TRUE(TestSupport::connectAndLoad(connection.get()));
        wizard = new NewVmWizard(connection.get());
        wizard->show();
        ASSERT_TRUE(waitFor([&] { return wizard->resources() && wizard->database(); }, 30000));
        dir = TestSupport::makeTempDir(QStringLiteral("newvm-ui"));
    }
    void TearDown() override { delete wizard; }

    QString file(const QString &name, const QByteArray &content = "data") {
        QFile f(dir + QLatin1Char('/') + name);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return f.fileName();
    }

    // The page's foot line: visible exactly when Next is disabled.
    static QString pageProblemShown(QWizardPage *page) {
        auto *label = page->findChild<QLabel *>(QStringLiteral("pageProblem"));
        return label && label->isVisibleTo(page) ? label->text() : QString();
    }

    void expectBlocked(QWizardPage *page, const char *reasonPart) {
        EXPECT_FALSE(page->isComplete());
        const QString shown = pageProblemShown(page);
        EXPECT_TRUE(shown.contains(QLatin1String(reasonPart), Qt::CaseInsensitive))
            << "shown: " << shown.toStdString() << " wanted: " << reasonPart;
    }

    void expectOpen(QWizardPage *page) {
        EXPECT_TRUE(page->isComplete()) << pageProblemShown(page).toStdString();
        EXPECT_TRUE(pageProblemShown(page).isEmpty()) << pageProblemShown(page).toStdString();
    }

    void chooseOs(const char *query, const char *shortId) {
        wizard->osPage()->searchEdit()->setText(QLatin1String(query));
        QListWidget *list = wizard->osPage()->resultList();
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->toolTip() == QLatin1String(shortId)) {
                list->setCurrentRow(row);
                return;
            }
        }
        ADD_FAILURE() << query << " did not list " << shortId;
    }

    // From the first page to the options page with no install media, for `shortId`.
    void walkToOptions(const char *query, const char *shortId) {
        wizard->methodPage()->setMethod(NewGuestSpec::InstallMethod::None);
        wizard->next();
        chooseOs(query, shortId);
        ASSERT_TRUE(wizard->osPage()->isComplete());
        wizard->next();
        ASSERT_TRUE(wizard->resourcesPage()->isComplete())
            << wizard->resourcesPage()->problem().toStdString();
        wizard->next();
        ASSERT_EQ(wizard->currentId(), NewVmWizard::StoragePage);
        wizard->next();
        ASSERT_EQ(wizard->currentId(), NewVmWizard::FinishPage);
    }

    std::unique_ptr<Connection> connection;
    NewVmWizard *wizard = nullptr;
    QString dir;
};

QDomDocument parse(const QString &xml) {
    QDomDocument doc;
    EXPECT_TRUE(doc.setContent(xml));
    return doc;
}

QString firstAttr(const QDomDocument &doc, const QString &path, const char *attribute) {
    QDomElement e = doc.documentElement();
    for (const QString &part : path.split(QLatin1Char('/')))
        e = e.firstChildElement(part);
    return e.attribute(QLatin1String(attribute));
}

} // namespace

TEST_F(NewVmWizardTest, InstallMediaPageSaysWhatIsWrongWithThePath) {
    NewVmMethodPage *page = wizard->methodPage();
    expectBlocked(page, "Choose an ISO");
    EXPECT_FALSE(page->mediaMessage()->isVisible()); // nothing typed yet: no red text
    page->mediaEdit()->setText(dir + QStringLiteral("/missing.iso"));
    expectBlocked(page, "does not exist");
    EXPECT_TRUE(page->mediaMessage()->isVisible());
    EXPECT_TRUE(page->mediaMessage()->isError());
    page->mediaEdit()->setText(dir);
    expectBlocked(page, "folder");
    page->mediaEdit()->setText(QStringLiteral("relative.iso"));
    expectBlocked(page, "full path");
    page->mediaEdit()->setText(file(QStringLiteral("install.iso")));
    expectOpen(page);
    EXPECT_FALSE(page->mediaMessage()->isVisible());

    page->setMethod(NewGuestSpec::InstallMethod::NetworkTree);
    expectBlocked(page, "address of the install tree");
    page->urlEdit()->setText(QStringLiteral("not a url"));
    expectBlocked(page, "not a valid address");
    page->urlEdit()->setText(QStringLiteral("gopher://example.org/tree"));
    expectBlocked(page, "http, https, ftp or nfs");
    page->urlEdit()->setText(
        QStringLiteral("https://deb.debian.org/debian/dists/bookworm/main/installer-amd64/"));
    expectOpen(page);

    page->setMethod(NewGuestSpec::InstallMethod::ImportDisk);
    expectBlocked(page, "disk image to import");
    page->importEdit()->setText(dir + QStringLiteral("/none.qcow2"));
    expectBlocked(page, "does not exist");
    const QString qcow = file(QStringLiteral("disk.qcow2"), QByteArray("QFI\xfb\0\0\0\3", 8));
    page->importEdit()->setText(qcow);
    expectOpen(page);
    EXPECT_EQ(page->importFormat(), QStringLiteral("qcow2"));
    page->importEdit()->setText(file(QStringLiteral("disk.img")));
    EXPECT_EQ(page->importFormat(), QStringLiteral("raw"));

    page->setMethod(NewGuestSpec::InstallMethod::Pxe);
    expectOpen(page);
}

TEST_F(NewVmWizardTest, OperatingSystemIsDetectedFromTheDiscOrSearched) {
    QString error;
    const QString debian = BootIso::build(dir, QStringLiteral("debian.iso"),
                                          QStringLiteral("Debian 12.5.0 amd64 n"), &error);
    ASSERT_FALSE(debian.isEmpty()) << error.toStdString();
    wizard->methodPage()->mediaEdit()->setText(debian);
    wizard->next();
    ASSERT_TRUE(waitFor([&] { return !wizard->osPage()->detecting(); }, 20000));
    ASSERT_TRUE(wizard->osPage()->chosen());
    EXPECT_EQ(wizard->osPage()->chosen()->shortId, QStringLiteral("debian12"));
    EXPECT_TRUE(wizard->osPage()->detectionLabel()->text().contains(QLatin1String("Debian 12")));
    expectOpen(wizard->osPage());
    wizard->back();

    const QString unknown = BootIso::build(dir, QStringLiteral("unknown.iso"),
                                           QStringLiteral("MY_HOMEMADE_DISC"), &error);
    wizard->methodPage()->mediaEdit()->setText(unknown);
    NewVmWizard fresh(connection.get());
    fresh.show();
    ASSERT_TRUE(waitFor([&] { return fresh.resources() && fresh.database(); }, 30000));
    fresh.methodPage()->mediaEdit()->setText(unknown);
    fresh.next();
    ASSERT_TRUE(waitFor([&] { return !fresh.osPage()->detecting(); }, 20000));
    EXPECT_FALSE(fresh.osPage()->chosen());
    EXPECT_TRUE(fresh.osPage()->detectionLabel()->text().contains(QLatin1String("Not recognised")));
    EXPECT_FALSE(fresh.osPage()->isComplete());
    EXPECT_TRUE(
        pageProblemShown(fresh.osPage()).contains(QLatin1String("Choose the operating system")));

    // End-of-life systems are in the list, marked as such.
    fresh.osPage()->searchEdit()->setText(QStringLiteral("windows xp"));
    QListWidget *list = fresh.osPage()->resultList();
    ASSERT_GT(list->count(), 0);
    EXPECT_EQ(list->item(0)->toolTip(), QStringLiteral("winxp"));
    EXPECT_TRUE(list->item(0)->text().contains(QLatin1String("end of life")));
    list->setCurrentRow(0);
    EXPECT_EQ(fresh.osPage()->chosen()->shortId, QStringLiteral("winxp"));
    EXPECT_TRUE(fresh.osPage()->isComplete());
}

TEST_F(NewVmWizardTest, MemoryAndCpusComeFromLibosinfoAndAreChecked) {
    wizard->methodPage()->setMethod(NewGuestSpec::InstallMethod::None);
    wizard->next();
    chooseOs("windows 11", "win11");
    wizard->next();
    NewVmResourcesPage *page = wizard->resourcesPage();
    const OsInfo win11 = wizard->chosenOs();
    const qint64 hostMiB = wizard->resources()->capabilities.memoryBytes >> 20;
    // libosinfo recommends 4 GiB; the wizard gives that, or half the host when it has less.
    EXPECT_EQ(page->memoryMiB(),
              std::min<qint64>(win11.recommendedRamBytes >> 20,
                               std::max(hostMiB / 2, win11.minimumRamBytes >> 20)));
    page->memoryBox()->setValue(1024);
    EXPECT_TRUE(page->isComplete()); // below the minimum is a warning, not a wall
    EXPECT_TRUE(page->memoryMessage()->isVisible());
    EXPECT_FALSE(page->memoryMessage()->isError());
    EXPECT_TRUE(page->memoryMessage()->text().contains(QLatin1String("at least")));
    page->memoryBox()->setValue(0);
    expectBlocked(page, "at least 16 MiB");
    EXPECT_TRUE(page->memoryMessage()->isError());
    page->memoryBox()->setValue(int(hostMiB * 2));
    expectBlocked(page, "more memory than this host has");
    page->memoryBox()->setValue(4096 < hostMiB ? 4096 : int(hostMiB / 2));
    page->cpuBox()->setValue(0);
    expectBlocked(page, "at least one CPU");
    page->cpuBox()->setValue(wizard->resources()->capabilities.cpus + 4);
    EXPECT_TRUE(page->isComplete());
    EXPECT_TRUE(page->cpuMessage()->text().contains(QLatin1String("only")));
}

TEST_F(NewVmWizardTest, StoragePageChecksSizesPoolsAndFiles) {
    wizard->methodPage()->setMethod(NewGuestSpec::InstallMethod::None);
    wizard->next();
    chooseOs("debian 12", "debian12");
    wizard->next();
    wizard->next();
    NewVmStoragePage *page = wizard->storagePage();
    ASSERT_EQ(wizard->currentId(), NewVmWizard::StoragePage);
    EXPECT_EQ(page->pool(), QStringLiteral("default-pool"));
    EXPECT_TRUE(page->poolBox()->currentText().contains(QLatin1String("free")));
    expectOpen(page);
    page->sizeBox()->setValue(0);
    expectBlocked(page, "above zero");
    EXPECT_TRUE(page->sizeMessage()->isError());
    page->sizeBox()->setValue(100000);
    expectBlocked(page, "64 TiB");
    page->sizeBox()->setValue(20000); // more than the pool's free space: allowed, said
    EXPECT_TRUE(page->isComplete());
    EXPECT_TRUE(page->sizeMessage()->text().contains(QLatin1String("free")));
    page->setChoice(NewGuestSpec::DiskChoice::ExistingPath);
    expectBlocked(page, "Choose the disk");
    page->existingEdit()->setText(dir + QStringLiteral("/gone.qcow2"));
    expectBlocked(page, "does not exist");
    EXPECT_TRUE(page->existingMessage()->isVisible());
    page->existingEdit()->setText(file(QStringLiteral("old.qcow2")));
    expectOpen(page);
    page->setChoice(NewGuestSpec::DiskChoice::None);
    expectOpen(page);
}

TEST_F(NewVmWizardTest, NameMustBeValidAndFreeOnTheHost) {
    walkToOptions("debian 12", "debian12");
    NewVmFinishPage *page = wizard->finishPage();
    EXPECT_EQ(page->name(), QStringLiteral("debian12")); // from the OS, unique on the host
    expectOpen(page);
    page->nameEdit()->setText(QString());
    expectBlocked(page, "Enter a name");
    page->nameEdit()->setText(QStringLiteral("test")); // the test driver's own guest
    expectBlocked(page, "already exists");
    EXPECT_TRUE(page->nameMessage()->isError());
    page->nameEdit()->setText(QStringLiteral("my vm"));
    expectBlocked(page, "space");
    page->nameEdit()->setText(QStringLiteral("web/1"));
    expectBlocked(page, "cannot be used in a name");
    page->nameEdit()->setText(QStringLiteral("-web"));
    expectBlocked(page, "cannot start");
    page->nameEdit()->setText(QString(70, QLatin1Char('a')));
    expectBlocked(page, "64");
    page->nameEdit()->setText(QStringLiteral("web-01"));
    expectOpen(page);
    EXPECT_FALSE(page->nameMessage()->isVisible());
}

TEST_F(NewVmWizardTest, WindowsGetsTheDriverDiscFieldAndItIsChecked) {
    walkToOptions("windows 11", "win11");
    NewVmFinishPage *page = wizard->finishPage();
    EXPECT_FALSE(page->virtioWinEdit()->isHidden());
    page->virtioWinEdit()->setText(dir + QStringLiteral("/virtio-win.iso"));
    expectBlocked(page, "does not exist");
    page->virtioWinEdit()->setText(file(QStringLiteral("virtio-win-0.1.240.iso")));
    expectOpen(page);
    const NewGuestSpec spec = wizard->spec();
    EXPECT_EQ(spec.hardware.diskBus, QStringLiteral("virtio"));
    EXPECT_EQ(spec.virtioWinIsoPath, page->virtioWinEdit()->text());
}

// The configuration the wizard generates for each system named in the issue.
TEST_F(NewVmWizardTest, GeneratedConfigurationFitsEachOperatingSystem) {
    struct Case {
        const char *query, *shortId, *machine, *diskBus, *nic;
        bool efi, tpm, hyperv, localtime;
    };
    const Case cases[] = {
        {"windows xp", "winxp", "pc", "ide", "e1000", false, false, false, true},
        {"windows 7", "win7", "pc", "sata", "e1000", false, false, true, true},
        {"windows 11", "win11", "q35", "sata", "e1000e", true, true, true, true},
        {"debian 12", "debian12", "q35", "virtio", "virtio", false, false, false, false},
        {"freebsd 14", "freebsd14.0", "q35", "virtio", "virtio", false, false, false, false},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.shortId);
        delete wizard;
        wizard = new NewVmWizard(connection.get());
        wizard->show();
        ASSERT_TRUE(waitFor([&] { return wizard->resources() && wizard->database(); }, 30000));
        walkToOptions(c.query, c.shortId);
        // The test driver has no OVMF or swtpm to report; the host below is a KVM one.
        wizard->finishPage()->firmwareBox()->setCurrentIndex(c.efi ? 1 : 0);
        wizard->finishPage()->tpmBox()->setChecked(c.tpm);
        const NewGuestSpec spec = wizard->spec();
        const QDomDocument doc = parse(DomainXmlBuilder::build(spec));
        EXPECT_EQ(firstAttr(doc, QStringLiteral("os/type"), "machine"), QLatin1String(c.machine));
        EXPECT_EQ(firstAttr(doc, QStringLiteral("devices/disk/target"), "bus"),
                  QLatin1String(c.diskBus));
        EXPECT_EQ(firstAttr(doc, QStringLiteral("devices/interface/model"), "type"),
                  QLatin1String(c.nic));
        EXPECT_EQ(firstAttr(doc, QStringLiteral("os"), "firmware") == QLatin1String("efi"), c.efi);
        EXPECT_EQ(!doc.documentElement()
                       .firstChildElement(QStringLiteral("devices"))
                       .firstChildElement(QStringLiteral("tpm"))
                       .isNull(),
                  c.tpm);
        EXPECT_EQ(!doc.documentElement()
                       .firstChildElement(QStringLiteral("features"))
                       .firstChildElement(QStringLiteral("hyperv"))
                       .isNull(),
                  c.hyperv);
        EXPECT_EQ(firstAttr(doc, QStringLiteral("clock"), "offset") == QLatin1String("localtime"),
                  c.localtime);
        EXPECT_EQ(firstAttr(doc, QStringLiteral("devices/input"), "type"),
                  QStringLiteral("tablet"));
        if (QLatin1String(c.shortId).startsWith(QLatin1String("winxp")) ||
            QLatin1String(c.shortId).startsWith(QLatin1String("win7"))) {
            EXPECT_FALSE(doc.toString().contains(QLatin1String("virtio")));
        }
        // The summary tells the user what hardware the guest gets.
        EXPECT_TRUE(wizard->finishPage()->summaryLabel()->text().contains(QLatin1String(c.nic)));
    }
}

TEST_F(NewVmWizardTest, CreatesTheGuestWithProgressAndTheHostListsIt) {
    walkToOptions("debian 12", "debian12");
    wizard->finishPage()->nameEdit()->setText(QStringLiteral("wizard-made"));
    wizard->finishPage()->startBox()->setChecked(false);
    wizard->next();
    ASSERT_EQ(wizard->currentId(), NewVmWizard::ProgressPage);
    ASSERT_TRUE(waitFor([&] { return wizard->progressPage()->result().has_value(); }, 20000));
    const JobResult result = *wizard->progressPage()->result();
    ASSERT_TRUE(result.ok) << result.error.summary().toStdString();
    EXPECT_TRUE(wizard->progressPage()->isComplete());
    EXPECT_EQ(wizard->progressPage()->progressBar()->value(), 1000);
    EXPECT_TRUE(
        wizard->progressPage()->outcomeLabel()->text().contains(QLatin1String("wizard-made")));

    // A second wizard sees the name taken and the disk in the pool.
    NewVmWizard again(connection.get());
    ASSERT_TRUE(waitFor([&] { return again.resources().has_value(); }, 10000));
    EXPECT_TRUE(again.resources()->guestNames.contains(QStringLiteral("wizard-made")));
    EXPECT_TRUE(
        again.resources()->volumePaths.contains(QStringLiteral("default-pool/wizard-made.qcow2")));
}

TEST_F(NewVmWizardTest, CustomizeBeforeInstallEditsTheXmlOrGoesBackWithNothingMade) {
    walkToOptions("debian 12", "debian12");
    wizard->finishPage()->nameEdit()->setText(QStringLiteral("customized"));
    wizard->finishPage()->customizeBox()->setChecked(true);
    wizard->finishPage()->startBox()->setChecked(false);
    QString shown;
    wizard->progressPage()->customizer = [&](QString *xml) {
        shown = *xml;
        return false; // the user closes the editor
    };
    wizard->next();
    ASSERT_TRUE(waitFor([&] { return wizard->currentId() == NewVmWizard::FinishPage; }, 5000));
    EXPECT_TRUE(shown.contains(QLatin1String("<name>customized</name>")));
    EXPECT_FALSE(wizard->progressPage()->result().has_value());

    wizard->progressPage()->customizer = [&](QString *xml) {
        xml->replace(
            QStringLiteral("<name>customized</name>"),
            QStringLiteral("<name>customized</name><description>edited by hand</description>"));
        return true;
    };
    wizard->next();
    ASSERT_TRUE(waitFor([&] { return wizard->progressPage()->result().has_value(); }, 20000));
    EXPECT_TRUE(wizard->progressPage()->result()->ok)
        << wizard->progressPage()->result()->error.summary().toStdString();
}
