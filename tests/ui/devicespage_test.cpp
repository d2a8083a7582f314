// SPDX-License-Identifier: GPL-2.0-or-later
// The guest window's Devices page, offscreen against libvirt's test driver: the device tree,
// editors and the read-only XML view; a bad MAC, a MAC another guest has, a missing disk file
// and a size of 0 are each refused next to their field and change nothing; removal asks
// first and keeps the image; Add hardware adds a disk (with a new volume) and a NIC to a
// shut-off guest; on a running guest what the driver cannot change live is marked pending.
#include "addhardwaredialog.h"
#include "connection.h"
#include "devicespage.h"
#include "diskeditor.h"
#include "fieldmessage.h"
#include "interfaceeditor.h"
#include "libvirthandles.h"
#include "testdriverguests.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <gtest/gtest.h>

using TestSupport::waitFor;

namespace {

const QString Prefix = QStringLiteral("vdui-dev");

class DevicesPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        connection =
            std::make_unique<Connection>(ConnectionUri::parse(QStringLiteral("test:///default")));
        ASSERT_TRUE(TestSupport::connectAndLoad(connection.get()));
        guests = std::make_unique<TestDriverGuests>(Prefix);
        ASSERT_TRUE(guests->isOpen());
        QString error;
        info.uuid = guests->defineWithDisk(name, &error);
        ASSERT_FALSE(info.uuid.isEmpty()) << error.toStdString();
        info.name = name;
        info.state = GuestState::ShutOff;
    }
    void TearDown() override {
        page.reset();
        guests.reset();
    }
    void openPage() {
        page = std::make_unique<DevicesPage>(connection.get(), info);
        page->resize(1000, 700);
        page->show();
        ASSERT_TRUE(waitFor([&] { return page->isLoaded() && !page->isBusy(); }, 10000));
    }
    // Runs an action that ends in applied(); returns its verdict.
    bool waitApplied(const std::function<void()> &action) {
        bool done = false, ok = false;
        QObject::connect(
            page.get(), &DevicesPage::applied, page.get(),
            [&](bool r) {
                done = true;
                ok = r;
            },
            Qt::SingleShotConnection);
        action();
        EXPECT_TRUE(waitFor([&] { return done; }, 10000));
        EXPECT_TRUE(waitFor([&] { return !page->isBusy(); }, 5000));
        return ok;
    }
    QString xml() { return guests->xml(name); }
    QStringList treeLabels() {
        QStringList out;
        for (QTreeWidgetItemIterator it(page->deviceTree()); *it; ++it)
            if ((*it)->data(0, DevicesPage::TagRole).isValid())
                out << (*it)->text(0);
        return out;
    }
    QTreeWidgetItem *item(const QString &tag, int index) {
        for (QTreeWidgetItemIterator it(page->deviceTree()); *it; ++it)
            if ((*it)->data(0, DevicesPage::TagRole).toString() == tag &&
                (*it)->data(0, DevicesPage::IndexRole).toInt() == index)
                return *it;
        return nullptr;
    }
    int indexOfTarget(const QString &target) {
        for (const GuestDevice &d : page->devices()->devices)
            if (d.target == target)
                return d.index;
        return -1;
    }
    InterfaceEditor *selectNic() {
        EXPECT_TRUE(page->selectDevice(QStringLiteral("interface"), 0));
        return qobject_cast<InterfaceEditor *>(page->currentEditor());
    }
    DiskEditor *selectDisk(const QString &target) {
        EXPECT_TRUE(page->selectDevice(QStringLiteral("disk"), indexOfTarget(target)));
        return qobject_cast<DiskEditor *>(page->currentEditor());
    }
    // Apply with the fields as they are; expects a refusal that changed nothing.
    void expectApplyRefused() {
        const QString before = xml();
        EXPECT_TRUE(page->applyButton()->isEnabled());
        EXPECT_FALSE(waitApplied([&] { page->apply(); }));
        EXPECT_TRUE(page->message()->isError()) << page->message()->text().toStdString();
        EXPECT_EQ(xml(), before);
    }

    const QString name = Prefix + QStringLiteral("-g");
    std::unique_ptr<Connection> connection;
    std::unique_ptr<TestDriverGuests> guests;
    std::unique_ptr<DevicesPage> page;
    DomainInfo info;
};

} // namespace

TEST_F(DevicesPageTest, ListsDevicesByKindWithEditorsOrTheirXml) {
    openPage();
    const QStringList labels = treeLabels();
    EXPECT_TRUE(labels.contains(QStringLiteral("Disk vda (virtio, 1 GiB)")))
        << labels.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(labels.contains(QStringLiteral("CD-ROM hdc (tools.iso)")));
    EXPECT_TRUE(labels.contains(QStringLiteral("NIC 52:54:00:5a:00:01 (network default)")));
    // Group headings hold them.
    QTreeWidget *tree = page->deviceTree();
    ASSERT_GE(tree->topLevelItemCount(), 2);
    EXPECT_EQ(tree->topLevelItem(0)->text(0), QStringLiteral("Storage"));
    EXPECT_EQ(tree->topLevelItem(0)->childCount(), 2);
    EXPECT_FALSE(tree->topLevelItem(0)->child(0)->icon(0).isNull());

    DiskEditor *disk = selectDisk(QStringLiteral("vda"));
    ASSERT_TRUE(disk);
    EXPECT_EQ(disk->targetEdit()->text(), QStringLiteral("vda"));
    EXPECT_EQ(disk->busBox()->currentData().toString(), QStringLiteral("virtio"));
    EXPECT_TRUE(disk->resizeButton()->isEnabled()) << "the volume's size is known";
    EXPECT_FALSE(page->ejectButton()->isVisible());
    ASSERT_TRUE(selectNic());
    EXPECT_EQ(selectNic()->macEdit()->text(), QStringLiteral("52:54:00:5a:00:01"));
    EXPECT_TRUE(page->linkButton()->isVisible());
    EXPECT_EQ(page->titleLabel()->text(),
              QStringLiteral("NIC 52:54:00:5a:00:01 (network default)"));
    // The IDE controller the test driver adds has no editor: its XML is shown, read-only.
    ASSERT_TRUE(page->selectDevice(QStringLiteral("controller"), 0));
    EXPECT_EQ(page->currentEditor(), nullptr);
    EXPECT_TRUE(page->xmlView()->isVisible());
    EXPECT_TRUE(page->xmlView()->isReadOnly());
    EXPECT_TRUE(page->xmlView()->toPlainText().startsWith(QLatin1String("<controller")));
    EXPECT_FALSE(page->applyButton()->isEnabled());
}

TEST_F(DevicesPageTest, BadAndDuplicateMacsAreRefusedNextToTheField) {
    openPage();
    InterfaceEditor *nic = selectNic();
    ASSERT_TRUE(nic);
    FieldMessage *macMessage = nic->fieldMessage(QStringLiteral("mac"));

    nic->macEdit()->setText(QStringLiteral("52:54:00:zz:00:01"));
    EXPECT_TRUE(macMessage->isError()); // while typing
    EXPECT_TRUE(macMessage->text().contains(QLatin1String("Not a MAC address")));
    expectApplyRefused();

    nic->macEdit()->setText(QStringLiteral("01:00:5e:00:00:01"));
    EXPECT_TRUE(macMessage->text().contains(QLatin1String("multicast")));
    expectApplyRefused();

    // The built-in "test" guest's card has this one.
    nic->macEdit()->setText(QStringLiteral("AA:BB:CC:DD:EE:FF"));
    EXPECT_TRUE(macMessage->isError());
    EXPECT_TRUE(macMessage->text().contains(QLatin1String("already has this address")));
    expectApplyRefused();

    // Generate gives one nobody has, and Apply takes it.
    nic->generateButton()->click();
    EXPECT_FALSE(macMessage->isError());
    const QString mac = nic->macEdit()->text();
    ASSERT_TRUE(waitApplied([&] { page->apply(); })) << page->message()->text().toStdString();
    EXPECT_TRUE(xml().contains(mac)) << xml().toStdString();
    EXPECT_FALSE(xml().contains(QLatin1String("52:54:00:5a:00:01")));
}

TEST_F(DevicesPageTest, MissingDiskFilesAreRefusedNextToTheField) {
    openPage();
    DiskEditor *disk = selectDisk(QStringLiteral("vda"));
    ASSERT_TRUE(disk);
    FieldMessage *source = disk->fieldMessage(QStringLiteral("source"));
    disk->sourceKindBox()->setCurrentIndex(
        disk->sourceKindBox()->findData(QLatin1String(DiskEditor::Path)));
    disk->pathEdit()->setText(QStringLiteral("/nonexistent-vd/disk.qcow2"));
    EXPECT_TRUE(source->isError());
    EXPECT_TRUE(source->text().contains(QLatin1String("There is no file")))
        << source->text().toStdString();
    expectApplyRefused();

    // Inside a pool's folder only the pool's volumes exist.
    disk->pathEdit()->setText(QStringLiteral("/default-pool/not-there.qcow2"));
    EXPECT_TRUE(source->text().contains(QLatin1String("has no volume")))
        << source->text().toStdString();
    expectApplyRefused();

    // A CD-ROM's media are checked the same way when inserted.
    ASSERT_TRUE(page->selectDevice(QStringLiteral("disk"), indexOfTarget(QStringLiteral("hdc"))));
    page->requestInsertMedia();
    ASSERT_TRUE(page->mediaDialog());
    const QString before = xml();
    EXPECT_FALSE(waitApplied([&] {
        page->mediaDialog()->setTextValue(QStringLiteral("/nonexistent-vd/x.iso"));
        page->mediaDialog()->accept();
    }));
    EXPECT_TRUE(page->message()->text().contains(QLatin1String("There is no file")));
    EXPECT_EQ(xml(), before);
}

TEST_F(DevicesPageTest, ZeroAndSmallerSizesAreRefusedNextToTheField) {
    openPage();
    DiskEditor *disk = selectDisk(QStringLiteral("vda"));
    ASSERT_TRUE(disk);
    QSignalSpy resizes(disk, &DiskEditor::resizeRequested);
    FieldMessage *size = disk->fieldMessage(QStringLiteral("size"));
    const QString before = xml();
    const QStringList volumes = guests->volumeNames();

    disk->sizeBox()->setValue(0);
    disk->resizeButton()->click();
    EXPECT_TRUE(size->isError());
    EXPECT_TRUE(size->text().contains(QLatin1String("above 0"))) << size->text().toStdString();
    disk->sizeBox()->setValue(0.5);
    disk->resizeButton()->click();
    EXPECT_TRUE(size->text().contains(QLatin1String("Shrinking"))) << size->text().toStdString();
    EXPECT_EQ(resizes.count(), 0);
    EXPECT_EQ(xml(), before);
    EXPECT_EQ(guests->volumeNames(), volumes);
    EXPECT_EQ(page->devices()->find(QStringLiteral("disk"), 0)->capacityBytes,
              std::optional<quint64>(1024ull * 1024 * 1024));
}

TEST_F(DevicesPageTest, RemovalAsksFirstAndKeepsTheImage) {
    openPage();
    ASSERT_TRUE(selectDisk(QStringLiteral("vda")));
    page->removeButton()->click();
    QMessageBox *box = page->removeConfirmation();
    ASSERT_TRUE(box);
    EXPECT_TRUE(box->isVisible());
    EXPECT_TRUE(box->text().contains(QLatin1String("Disk vda (virtio, 1 GiB)")))
        << box->text().toStdString();
    EXPECT_TRUE(box->text().contains(name));
    EXPECT_TRUE(box->informativeText().contains(QLatin1String("is kept; nothing is deleted")))
        << box->informativeText().toStdString();
    const QString before = xml();
    box->button(QMessageBox::Cancel)->click();
    EXPECT_TRUE(waitFor([&] { return !page->removeConfirmation(); }));
    EXPECT_FALSE(page->isBusy());
    EXPECT_EQ(xml(), before);

    page->removeButton()->click();
    box = page->removeConfirmation();
    ASSERT_TRUE(box);
    QAbstractButton *remove = nullptr;
    for (QAbstractButton *b : box->buttons())
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            remove = b;
    ASSERT_TRUE(remove);
    ASSERT_TRUE(waitApplied([&] { remove->click(); })) << page->message()->text().toStdString();
    EXPECT_FALSE(xml().contains(QLatin1String("dev='vda'"))) << xml().toStdString();
    EXPECT_TRUE(xml().contains(QLatin1String("dev='hdc'"))) << "only that disk went";
    EXPECT_FALSE(treeLabels().join(QLatin1Char('|')).contains(QLatin1String("Disk vda")));
    EXPECT_TRUE(guests->volumeNames().contains(name + QStringLiteral(".qcow2")))
        << "nothing is deleted from storage";
}

TEST_F(DevicesPageTest, AddHardwareAddsADiskAndANicToAShutOffGuest) {
    openPage();
    page->addButton()->click();
    AddHardwareDialog *dialog = page->addHardwareDialog();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->kinds().mid(0, 3),
              (QStringList{QStringLiteral("disk"), QStringLiteral("cdrom"),
                           QStringLiteral("interface")}));
    for (const QString &kind : dialog->kinds())
        EXPECT_TRUE(dialog->editor(kind)) << kind.toStdString();

    ASSERT_TRUE(dialog->selectKind(QStringLiteral("disk")));
    auto *disk = qobject_cast<DiskEditor *>(dialog->currentEditor());
    ASSERT_TRUE(disk);
    EXPECT_EQ(disk->sourceKindBox()->currentData().toString(),
              QLatin1String(DiskEditor::NewVolume));
    EXPECT_EQ(disk->targetEdit()->text(), QStringLiteral("vdb"));
    EXPECT_EQ(disk->newNameEdit()->text(), name + QStringLiteral("-vdb.qcow2"));
    // A size of 0 is refused next to it and the dialog stays open.
    const QString before = xml();
    disk->newSizeBox()->setValue(0);
    dialog->addButton()->click();
    EXPECT_TRUE(disk->fieldMessage(QStringLiteral("size"))->isError());
    EXPECT_TRUE(dialog->message()->isError());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(page->isBusy());
    EXPECT_EQ(xml(), before);

    disk->newSizeBox()->setValue(2);
    ASSERT_TRUE(waitApplied([&] { dialog->addButton()->click(); }))
        << page->message()->text().toStdString() << dialog->message()->text().toStdString();
    EXPECT_TRUE(waitFor([&] { return !page->addHardwareDialog(); }));
    EXPECT_TRUE(
        xml().contains(QStringLiteral("/default-pool/") + name + QStringLiteral("-vdb.qcow2")))
        << xml().toStdString();
    EXPECT_TRUE(guests->volumeNames().contains(name + QStringLiteral("-vdb.qcow2")));
    // The page shows the new disk, selected.
    ASSERT_TRUE(page->currentDevice());
    EXPECT_EQ(page->currentDevice()->target, QStringLiteral("vdb"));
    EXPECT_EQ(page->currentDevice()->capacityBytes, std::optional<quint64>(2ull << 30));

    // A NIC: the MAC of this guest's other card is refused, a generated one taken.
    page->openAddHardware();
    dialog = page->addHardwareDialog();
    ASSERT_TRUE(dialog && dialog->selectKind(QStringLiteral("interface")));
    auto *nic = qobject_cast<InterfaceEditor *>(dialog->currentEditor());
    ASSERT_TRUE(nic);
    nic->macEdit()->setText(QStringLiteral("52:54:00:5a:00:01"));
    const QString withDisk = xml();
    dialog->addButton()->click();
    EXPECT_TRUE(nic->fieldMessage(QStringLiteral("mac"))->isError());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(xml(), withDisk);
    nic->generateButton()->click();
    const QString mac = nic->macEdit()->text();
    ASSERT_TRUE(waitApplied([&] { dialog->addButton()->click(); }));
    EXPECT_TRUE(xml().contains(mac));
    EXPECT_EQ(xml().count(QLatin1String("<interface")), 2);
    EXPECT_TRUE(treeLabels().contains(QStringLiteral("NIC %1 (network default)").arg(mac)));
}

TEST_F(DevicesPageTest, ShutOffGuestTakesEditsIntoItsDefinition) {
    openPage();
    DiskEditor *disk = selectDisk(QStringLiteral("vda"));
    ASSERT_TRUE(disk);
    EXPECT_FALSE(page->applyButton()->isEnabled());
    disk->cacheBox()->setCurrentIndex(disk->cacheBox()->findData(QStringLiteral("none")));
    EXPECT_TRUE(page->applyButton()->isEnabled());
    ASSERT_TRUE(waitApplied([&] { page->applyButton()->click(); }))
        << page->message()->text().toStdString();
    EXPECT_TRUE(xml().contains(QLatin1String("cache='none'"))) << xml().toStdString();
    EXPECT_TRUE(page->pendingChanges().isEmpty());

    // Revert puts the fields back.
    disk = selectDisk(QStringLiteral("vda"));
    disk->readOnlyBox()->setChecked(true);
    page->revertButton()->click();
    disk = qobject_cast<DiskEditor *>(page->currentEditor());
    ASSERT_TRUE(disk);
    EXPECT_FALSE(disk->readOnlyBox()->isChecked());
    EXPECT_FALSE(page->applyButton()->isEnabled());
}

TEST_F(DevicesPageTest, WhatTheRunningGuestCannotTakeLiveIsMarkedPending) {
    ASSERT_TRUE(guests->start(name));
    info.state = GuestState::Running;
    openPage();
    QSignalSpy pending(page.get(), &DevicesPage::pendingChanged);
    InterfaceEditor *nic = selectNic();
    ASSERT_TRUE(nic);
    EXPECT_EQ(page->linkButton()->text().remove(QLatin1Char('&')),
              QStringLiteral("Disconnect cable"));
    // The test driver changes no device of a running guest: saved, and pending.
    ASSERT_TRUE(waitApplied([&] { page->linkButton()->click(); }))
        << page->message()->text().toStdString();
    EXPECT_TRUE(xml().contains(QLatin1String("<link state='down'/>"))) << xml().toStdString();
    EXPECT_TRUE(
        page->message()->text().contains(QLatin1String("applies after the guest restarts")));
    QTreeWidgetItem *row = item(QStringLiteral("interface"), 0);
    ASSERT_TRUE(row);
    EXPECT_TRUE(row->data(0, DevicesPage::PendingRole).toBool());
    EXPECT_TRUE(row->text(0).contains(QLatin1String("applies after restart")));
    EXPECT_TRUE(page->pendingMark()->isVisible());
    ASSERT_GE(pending.count(), 1);
    const QStringList what = pending.last().first().toStringList();
    ASSERT_EQ(what.size(), 1);
    EXPECT_TRUE(what.first().contains(QLatin1String("link state"))) << what.first().toStdString();

    // After a restart nothing waits any more.
    DomainHandle dom(virDomainLookupByName(guests->connection(), name.toUtf8().constData()));
    ASSERT_EQ(virDomainDestroy(dom.get()), 0);
    ASSERT_EQ(virDomainCreate(dom.get()), 0);
    page->reload();
    ASSERT_TRUE(waitFor([&] { return !page->isBusy(); }, 5000));
    EXPECT_TRUE(page->pendingChanges().isEmpty());
    EXPECT_TRUE(pending.last().first().toStringList().isEmpty());
    EXPECT_FALSE(item(QStringLiteral("interface"), 0)->data(0, DevicesPage::PendingRole).toBool());
}
