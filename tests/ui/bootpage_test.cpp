// SPDX-License-Identifier: GPL-2.0-or-later
// The guest window's Boot page, offscreen against libvirt's test driver: it shows the order
// in whichever form the definition uses; bad kernel settings are refused next to their field
// and change nothing; a new order, the switch to per-device order and the boot menu are
// saved; a running guest's change is saved, marked "applies after restart" and reported as
// pending until the guest starts again.
#include "bootpage.h"
#include "connection.h"
#include "domainconfig.h"
#include "fieldmessage.h"
#include "libvirthandles.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <gtest/gtest.h>

using TestSupport::waitFor;
using Field = GuestBoot::Field;

namespace {

const char *const NicMac = "52:54:00:4b:00:01";

QString guestXml(const QString &name, bool perDevice) {
    const QString osBoot =
        perDevice ? QString() : QStringLiteral("<boot dev='hd'/><boot dev='cdrom'/>");
    const QString cdBoot = perDevice ? QStringLiteral("<boot order='1'/>") : QString();
    const QString nicBoot = perDevice ? QStringLiteral("<boot order='2'/>") : QString();
    return QStringLiteral("<domain type='test'><name>%1</name><memory unit='MiB'>256</memory>"
                          "<vcpu>1</vcpu><os><type arch='x86_64'>hvm</type>%2</os><devices>"
                          "<disk type='file' device='disk'><source file='/guest/images/boot.img'/>"
                          "<target dev='vda' bus='virtio'/></disk>"
                          "<disk type='file' device='cdrom'><source file='/guest/iso/install.iso'/>"
                          "<target dev='hdc' bus='ide'/><readonly/>%3</disk>"
                          "<interface type='network'><mac address='%4'/><source network='default'/>"
                          "%5</interface></devices></domain>")
        .arg(name, osBoot, cdBoot, QLatin1String(NicMac), nicBoot);
}

class BootPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        conn.reset(virConnectOpen("test:///default"));
        ASSERT_TRUE(conn);
        connection =
            std::make_unique<Connection>(ConnectionUri::parse(QStringLiteral("test:///default")));
        ASSERT_TRUE(TestSupport::connectAndLoad(connection.get()));
        QObject::connect(connection.get(), &Connection::domainUpdated, connection.get(),
                         [this](const DomainInfo &i) { heard.insert(i.uuid, i.state); });
    }
    // The host's events about the guest arrive a little later; a page open by then would
    // read the guest again in the middle of a test.
    void settle(GuestState state) {
        EXPECT_TRUE(waitFor([&] { return heard.value(info.uuid) == state; }, 5000))
            << "the connection did not hear of the guest's state";
    }
    void TearDown() override {
        page.reset();
        if (dom) {
            virDomainDestroy(dom.get());
            virDomainUndefine(dom.get());
        }
        virResetLastError();
    }
    void define(bool perDevice) {
        const QString name =
            QStringLiteral("boot-guest-%1").arg(QCoreApplication::applicationPid());
        dom.reset(virDomainDefineXML(conn.get(), guestXml(name, perDevice).toUtf8().constData()));
        ASSERT_TRUE(dom) << virGetLastErrorMessage();
        char uuid[VIR_UUID_STRING_BUFLEN];
        virDomainGetUUIDString(dom.get(), uuid);
        info.uuid = QString::fromLatin1(uuid);
        info.name = name;
        info.state = GuestState::ShutOff;
        settle(GuestState::ShutOff);
    }
    void start() {
        ASSERT_EQ(virDomainCreate(dom.get()), 0);
        info.state = GuestState::Running;
        settle(GuestState::Running);
    }
    void openPage() {
        page = std::make_unique<BootPage>(connection.get(), info);
        page->show();
        ASSERT_TRUE(waitFor([&] { return page->isLoaded(); }, 10000));
    }
    bool applyAndWait() {
        bool done = false, ok = false;
        QObject::connect(
            page.get(), &BootPage::applied, page.get(),
            [&](bool r) {
                done = true;
                ok = r;
            },
            Qt::SingleShotConnection);
        EXPECT_TRUE(waitFor([&] { return !page->isBusy(); }, 10000));
        page->apply();
        EXPECT_TRUE(waitFor([&] { return done; }, 10000));
        return ok;
    }
    QString xml(unsigned flags) {
        CString x(virDomainGetXMLDesc(dom.get(), flags));
        return x ? QString::fromUtf8(x.get()) : QString();
    }
    QString inactiveXml() { return xml(VIR_DOMAIN_XML_INACTIVE); }
    DomainConfig saved() { return *DomainConfig::parse(inactiveXml()); }
    DomainConfig live() { return *DomainConfig::parse(xml(0)); }
    static QStringList rows(QListWidget *list, bool checkedOnly = false) {
        QStringList out;
        for (int i = 0; i < list->count(); ++i) {
            if (!checkedOnly || list->item(i)->checkState() == Qt::Checked)
                out << list->item(i)->data(Qt::UserRole).toString();
        }
        return out;
    }
    static int rowOf(QListWidget *list, const QString &data) { return rows(list).indexOf(data); }
    bool marked(Field f) { return page->restartMark(f)->isVisibleTo(page.get()); }
    // The page refuses what is in its fields: an error next to `field` with `reasonPart`,
    // and the definition as it was. Revert restores the saved values.
    void expectRefused(Field field, const char *reasonPart) {
        const QString before = inactiveXml();
        EXPECT_FALSE(applyAndWait());
        FieldMessage *m = page->fieldMessage(field);
        EXPECT_TRUE(m->isError()) << "no error on the field";
        EXPECT_TRUE(m->text().contains(QLatin1String(reasonPart), Qt::CaseInsensitive))
            << m->text().toStdString();
        EXPECT_TRUE(page->message()->isError());
        EXPECT_EQ(inactiveXml(), before);
        page->revertButton()->click();
        EXPECT_FALSE(page->isModified());
    }

    ConnectHandle conn;
    DomainHandle dom;
    DomainInfo info;
    std::unique_ptr<Connection> connection;
    std::unique_ptr<BootPage> page;
    QHash<QString, GuestState> heard;
};

} // namespace

TEST_F(BootPageTest, ShowsTheOrderByDeviceTypeAndTheFirmware) {
    define(false);
    openPage();
    EXPECT_TRUE(page->byTypeButton()->isChecked());
    EXPECT_TRUE(page->typeList()->isVisibleTo(page.get()));
    EXPECT_EQ(rows(page->typeList()),
              (QStringList{QStringLiteral("hd"), QStringLiteral("cdrom"), QStringLiteral("network"),
                           QStringLiteral("fd")}));
    EXPECT_EQ(rows(page->typeList(), true),
              (QStringList{QStringLiteral("hd"), QStringLiteral("cdrom")}));
    EXPECT_EQ(page->firmwareLabel()->text(), QStringLiteral("BIOS"));
    EXPECT_FALSE(page->menuBox()->isChecked());
    EXPECT_FALSE(page->timeoutBox()->isEnabled()); // only with the menu on
    EXPECT_TRUE(page->kernelEdit()->text().isEmpty());
    EXPECT_FALSE(page->isModified());
    EXPECT_FALSE(page->applyButton()->isEnabled());
    EXPECT_FALSE(page->kernelEdit()->accessibleName().isEmpty());
    EXPECT_FALSE(page->deviceList()->accessibleName().isEmpty());
}

TEST_F(BootPageTest, ShowsThePerDeviceOrder) {
    define(true);
    openPage();
    EXPECT_TRUE(page->byDeviceButton()->isChecked());
    EXPECT_TRUE(page->deviceList()->isVisibleTo(page.get()));
    const QString nic = QStringLiteral("interface:") + QLatin1String(NicMac);
    EXPECT_EQ(rows(page->deviceList()),
              (QStringList{QStringLiteral("disk:hdc"), nic, QStringLiteral("disk:vda")}));
    EXPECT_EQ(rows(page->deviceList(), true), (QStringList{QStringLiteral("disk:hdc"), nic}));
    EXPECT_TRUE(page->deviceList()->item(0)->text().contains(QLatin1String("install.iso")));
    EXPECT_TRUE(page->deviceList()->item(1)->text().contains(QLatin1String(NicMac)));
    EXPECT_FALSE(page->isModified());
}

TEST_F(BootPageTest, BadKernelSettingsAreRefusedAndChangeNothing) {
    define(false);
    openPage();

    page->kernelEdit()->setText(QStringLiteral("boot/vmlinuz"));
    EXPECT_TRUE(page->fieldMessage(Field::Kernel)->isError()); // while typing
    expectRefused(Field::Kernel, "full path");

    page->initrdEdit()->setText(QStringLiteral("/boot/initrd.img"));
    expectRefused(Field::Initrd, "kernel");

    page->cmdlineEdit()->setText(QStringLiteral("console=ttyS0"));
    expectRefused(Field::Cmdline, "kernel");

    page->dtbEdit()->setText(QStringLiteral("/boot/board.dtb"));
    expectRefused(Field::Dtb, "kernel");

    // The host is this machine: a kernel that is not there is refused by the job, not the page.
    const QString dir = TestSupport::makeTempDir(QStringLiteral("bootpage"));
    page->kernelEdit()->setText(dir + QStringLiteral("/no-such-vmlinuz"));
    EXPECT_FALSE(page->fieldMessage(Field::Kernel)->isError());
    expectRefused(Field::Kernel, "no such file");

    // A folder is not a kernel either.
    page->kernelEdit()->setText(dir);
    expectRefused(Field::Kernel, "folder");

    EXPECT_TRUE(saved().kernel().isEmpty());
    EXPECT_TRUE(saved().initrd().isEmpty());
}

TEST_F(BootPageTest, KernelFilesThatExistAreSaved) {
    define(false);
    openPage();
    const QString dir = TestSupport::makeTempDir(QStringLiteral("bootpage"));
    const QString kernel = dir + QStringLiteral("/vmlinuz");
    const QString initrd = dir + QStringLiteral("/initrd.img");
    for (const QString &path : {kernel, initrd}) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not really a kernel");
    }
    page->kernelEdit()->setText(kernel);
    page->initrdEdit()->setText(initrd);
    page->cmdlineEdit()->setText(QStringLiteral("console=ttyS0 quiet"));
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    const DomainConfig c = saved();
    EXPECT_EQ(c.kernel(), kernel);
    EXPECT_EQ(c.initrd(), initrd);
    EXPECT_EQ(c.kernelCmdline(), QStringLiteral("console=ttyS0 quiet"));
    EXPECT_EQ(c.bootOrder(), (QStringList{QStringLiteral("hd"), QStringLiteral("cdrom")}));
    EXPECT_FALSE(page->isModified());

    // Clearing the kernel with its initrd still there is refused; clearing all three is not.
    page->kernelEdit()->clear();
    expectRefused(Field::Initrd, "kernel");
    page->kernelEdit()->clear();
    page->initrdEdit()->clear();
    page->cmdlineEdit()->clear();
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    EXPECT_TRUE(saved().kernel().isEmpty());
    EXPECT_TRUE(saved().initrd().isEmpty());
    EXPECT_TRUE(saved().kernelCmdline().isEmpty());
}

TEST_F(BootPageTest, NewOrderAndBootMenuAreSaved) {
    define(false);
    openPage();
    QListWidget *types = page->typeList();
    types->setCurrentRow(rowOf(types, QStringLiteral("cdrom")));
    ASSERT_TRUE(page->upButton()->isEnabled());
    page->upButton()->click();
    types->item(rowOf(types, QStringLiteral("network")))->setCheckState(Qt::Checked);
    page->menuBox()->setChecked(true);
    EXPECT_TRUE(page->timeoutBox()->isEnabled());
    page->timeoutBox()->setValue(3000);
    EXPECT_TRUE(page->isModified());
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();

    const DomainConfig c = saved();
    EXPECT_EQ(c.bootOrder(), (QStringList{QStringLiteral("cdrom"), QStringLiteral("hd"),
                                          QStringLiteral("network")}));
    EXPECT_EQ(c.bootMenu(), std::optional<bool>(true));
    EXPECT_EQ(c.bootMenuTimeout(), std::optional<unsigned>(3000));
    EXPECT_FALSE(c.hasDeviceBootOrder());
    EXPECT_EQ(c.disks().size(), 2); // nothing else went
    EXPECT_EQ(c.interfaces().size(), 1);
    // A shut-off guest takes it all at its next start: nothing is marked.
    EXPECT_FALSE(marked(Field::Order));
    EXPECT_FALSE(marked(Field::Menu));
    EXPECT_TRUE(page->pendingNote()->isHidden());
    EXPECT_FALSE(page->isModified());

    // Nothing ticked is refused.
    for (int i = 0; i < types->count(); ++i)
        types->item(i)->setCheckState(Qt::Unchecked);
    expectRefused(Field::Order, "at least one");
}

TEST_F(BootPageTest, OrderingIndividualDevicesReplacesTheDeviceTypes) {
    define(false);
    openPage();
    page->byDeviceButton()->click();
    // The device types, converted: the first disk, then the first CD drive.
    QListWidget *devices = page->deviceList();
    ASSERT_TRUE(devices->isVisibleTo(page.get()));
    EXPECT_EQ(rows(devices, true),
              (QStringList{QStringLiteral("disk:vda"), QStringLiteral("disk:hdc")}));
    const QString nic = QStringLiteral("interface:") + QLatin1String(NicMac);
    devices->item(rowOf(devices, nic))->setCheckState(Qt::Checked);
    devices->setCurrentRow(rowOf(devices, nic));
    page->moveSelected(-1);
    page->moveSelected(-1);
    EXPECT_EQ(rows(devices, true),
              (QStringList{nic, QStringLiteral("disk:vda"), QStringLiteral("disk:hdc")}));
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();

    DomainConfig c = saved();
    EXPECT_TRUE(c.bootOrder().isEmpty()); // libvirt refuses both forms together
    QStringList orders;
    for (const DomainConfig::BootDevice &d : c.bootDevices())
        orders << QStringLiteral("%1[%2]=%3").arg(d.tag).arg(d.index).arg(d.order);
    EXPECT_EQ(orders, (QStringList{QStringLiteral("disk[0]=2"), QStringLiteral("disk[1]=3"),
                                   QStringLiteral("interface[0]=1")}));
    EXPECT_TRUE(page->byDeviceButton()->isChecked());

    // And back: device types again, the per-device order gone.
    page->byTypeButton()->click();
    EXPECT_EQ(
        rows(page->typeList(), true),
        (QStringList{QStringLiteral("network"), QStringLiteral("hd"), QStringLiteral("cdrom")}));
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    c = saved();
    EXPECT_FALSE(c.hasDeviceBootOrder());
    EXPECT_EQ(c.bootOrder(), (QStringList{QStringLiteral("network"), QStringLiteral("hd"),
                                          QStringLiteral("cdrom")}));
}

TEST_F(BootPageTest, RunningGuestChangesAreSavedAndMarkedPending) {
    define(false);
    start();
    openPage();
    EXPECT_TRUE(page->liveLabel()->text().contains(QLatin1String("running")));
    QSignalSpy pending(page.get(), &BootPage::pendingChanged);

    QListWidget *types = page->typeList();
    types->setCurrentRow(rowOf(types, QStringLiteral("cdrom")));
    page->upButton()->click();
    page->menuBox()->setChecked(true);
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();

    EXPECT_EQ(saved().bootOrder(), (QStringList{QStringLiteral("cdrom"), QStringLiteral("hd")}));
    EXPECT_EQ(saved().bootMenu(), std::optional<bool>(true));
    // The running guest keeps what it started with.
    EXPECT_EQ(live().bootOrder(), (QStringList{QStringLiteral("hd"), QStringLiteral("cdrom")}));
    EXPECT_NE(live().bootMenu(), std::optional<bool>(true));
    EXPECT_TRUE(marked(Field::Order));
    EXPECT_TRUE(marked(Field::Menu));
    EXPECT_FALSE(marked(Field::Kernel));
    EXPECT_TRUE(page->pendingNote()->isVisibleTo(page.get()));
    ASSERT_FALSE(pending.isEmpty());
    EXPECT_EQ(pending.last().at(0).toStringList(),
              (QStringList{QStringLiteral("Boot order"), QStringLiteral("Boot menu")}));

    // Putting the order back as the guest runs it clears that mark.
    types->setCurrentRow(rowOf(types, QStringLiteral("hd")));
    page->upButton()->click();
    ASSERT_TRUE(applyAndWait()) << page->message()->text().toStdString();
    EXPECT_FALSE(marked(Field::Order));
    EXPECT_TRUE(marked(Field::Menu));
    EXPECT_EQ(pending.last().at(0).toStringList(), QStringList{QStringLiteral("Boot menu")});

    // After a restart the guest runs with the saved settings: nothing is pending.
    ASSERT_EQ(virDomainDestroy(dom.get()), 0);
    settle(GuestState::ShutOff);
    start();
    EXPECT_EQ(live().bootMenu(), std::optional<bool>(true));
    page->reload();
    ASSERT_TRUE(waitFor([&] { return !page->isBusy(); }, 5000));
    EXPECT_FALSE(marked(Field::Menu));
    EXPECT_TRUE(page->pendingNote()->isHidden());
    EXPECT_TRUE(pending.last().at(0).toStringList().isEmpty());
}
