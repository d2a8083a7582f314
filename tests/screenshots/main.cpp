// SPDX-License-Identifier: GPL-2.0-or-later
// Renders VirtDeck's windows, connected to the project's test-driver fixtures, into PNG files
// for the README (docs/screenshots/). Usage: vd_screenshots OUTPUT_DIR
#include "addconnectiondialog.h"
#include "addhardwaredialog.h"
#include "bootpage.h"
#include "clonedialog.h"
#include "connection.h"
#include "connectionmanager.h"
#include "consolepage.h"
#include "cpupage.h"
#include "deleteguestdialog.h"
#include "devicespage.h"
#include "diskeditor.h"
#include "domainlistmodel.h"
#include "errordialog.h"
#include "frameprobe.h"
#include "guestwindow.h"
#include "hostwindow.h"
#include "libvirteventloop.h"
#include "mainwindow.h"
#include "memorypage.h"
#include "newcontainerwizard.h"
#include "newvmpages.h"
#include "newvmwizard.h"
#include "overviewpage.h"
#include "performancepage.h"
#include "resourcespage.h"
#include "templatedialog.h"
#include "terminalwidget.h"
#include "testdriverguests.h"
#include "testsupport.h"
#include "throwawayguest.h"
#include "translations.h"
#include "xmlpage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include <libvirt/virterror.h>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

QString g_out;

void save(QWidget *w, const QString &name) {
    QTest::qWait(150); // let pending paints and layouts settle
    const QString path = g_out + QLatin1Char('/') + name;
    if (w->grab().save(path))
        std::printf("wrote %s\n", qPrintable(path));
    else
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
}

void selectGuests(MainWindow &window, const QStringList &names) {
    QAbstractItemModel *proxy = window.view()->model();
    const QModelIndex host = proxy->index(proxy->rowCount() - 1, 0);
    for (int r = 0; r < proxy->rowCount(host); ++r) {
        const QModelIndex idx = proxy->index(r, 0, host);
        if (names.contains(idx.data().toString().section(QStringLiteral(" — "), 0, 0)))
            window.view()->selectionModel()->select(idx, QItemSelectionModel::Select |
                                                             QItemSelectionModel::Rows);
    }
    window.view()->setFocus();
}

void managerWindow(const QString &file, const QString &title) {
    ConnectionManager manager;
    manager.add(
        ConnectionUri::parse(TestSupport::fixtureUri(QStringLiteral("guests-all-states.xml"))),
        false, false);
    manager.add(ConnectionUri::parse(QStringLiteral("qemu+ssh://admin@kvm2.example.org/system")),
                false, false);
    MainWindow window(&manager);
    window.resize(1200, 560);
    window.setWindowTitle(title);
    window.show();
    TestSupport::connectAndLoad(manager.connections().first());
    selectGuests(window, {QStringLiteral("db-primary")});
    QTest::qWait(1500); // a few statistics ticks
    save(&window, file);
    if (file == QLatin1String("manager.png")) {
        QComboBox *groupBy = window.groupByBox();
        groupBy->setCurrentIndex(groupBy->findText(QStringLiteral("State")));
        window.view()->expandAll();
        save(&window, QStringLiteral("manager-grouped.png"));
        groupBy->setCurrentIndex(0); // the setting is remembered: later shots want hosts
    }
}

// The guest window with a real QEMU guest's console (SeaBIOS's boot menu prompt), when the
// system daemon answers; and a guest without graphics on its serial console.
void consoleWindows() {
    if (!TestSupport::systemDaemonAnswers()) {
        std::fprintf(stderr, "console screenshots skipped: no libvirt daemon on qemu:///system\n");
        return;
    }
    ThrowawayGuest::removeLeftovers();
    Connection connection(ConnectionUri::parse(QStringLiteral("qemu:///system")));
    if (!TestSupport::connectAndLoad(&connection))
        return;
    auto shoot = [&](const ThrowawayGuest::Options &options, const QString &file, bool text) {
        ThrowawayGuest guest;
        QString error;
        if (!guest.define(options, &error) || !guest.start(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return;
        }
        DomainInfo info;
        info.uuid = guest.uuid();
        info.name = QStringLiteral("win7-qa");
        info.state = GuestState::Running;
        GuestWindow window(&connection, info);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.resize(900, 560);
        window.showConsole();
        ConsolePage *page = window.consolePage();
        if (text) {
            TestSupport::waitFor(
                [&] {
                    return page->terminal()->screenText().contains(QStringLiteral("boot menu"));
                },
                30000);
        } else {
            TestSupport::waitFor(
                [&] {
                    return page->session() &&
                           page->session()->framebuffer().size() == QSize(720, 400) &&
                           FrameProbe::distinctColours(page->session()->framebuffer()) > 1;
                },
                30000);
            QTest::qWait(2500); // SeaBIOS finishes drawing its prompt
        }
        save(&window, file);
    };
    ThrowawayGuest::Options vga = ThrowawayGuest::Options::tagged(QStringLiteral("shot"));
    vga.bootMenuTimeoutMs = 65535;
    shoot(vga, QStringLiteral("console.png"), false);
    ThrowawayGuest::Options serial = ThrowawayGuest::Options::tagged(QStringLiteral("shot-serial"));
    serial.graphics = QStringLiteral("none");
    serial.serialConsole = true;
    serial.bootMenuTimeoutMs = 65535;
    shoot(serial, QStringLiteral("console-text.png"), true);
}

// The list's sparklines, a guest's Performance page and the host window, with real QEMU guests
// that boot from the network (iPXE's DHCP) and read their disks.
void statisticsWindows() {
    if (!TestSupport::systemDaemonAnswers()) {
        std::fprintf(stderr,
                     "statistics screenshots skipped: no libvirt daemon on qemu:///system\n");
        return;
    }
    ThrowawayGuest::removeLeftovers();
    TestSupport::run(QStringLiteral("virsh"),
                     {QStringLiteral("net-start"), QStringLiteral("default")});
    const QString dir = TestSupport::makeTempDir(QStringLiteral("shots"));
    QFile(dir).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                              QFileDevice::ExeOther);
    ConnectionManager manager;
    manager.setStatsInterval(1000);
    Connection *connection =
        manager.add(ConnectionUri::parse(QStringLiteral("qemu:///system")), false, false);
    MainWindow window(&manager);
    for (int c = 0; c < DomainListModel::ColumnCount; ++c)
        window.view()->setColumnHidden(c, false);
    window.resize(1280, 420);
    window.show();
    if (!TestSupport::connectAndLoad(connection))
        return;

    // The host window follows the host from before the guests start.
    std::unique_ptr<HostWindow> hostWindow(window.openHostWindow(connection));
    hostWindow->setAttribute(Qt::WA_DeleteOnClose, false);

    // Two boot from the network and then their empty disks, and idle; two keep redrawing
    // their screens from a tiny boot image, and keep their CPUs busy.
    std::vector<std::unique_ptr<ThrowawayGuest>> guests;
    QPointer<GuestWindow> guestWindow;
    const QStringList tags = {QStringLiteral("web"), QStringLiteral("build"), QStringLiteral("db"),
                              QStringLiteral("ci")};
    for (const QString &tag : tags) {
        ThrowawayGuest::Options o = ThrowawayGuest::Options::tagged(tag);
        o.memoryMiB = 96 + 32 * int(guests.size());
        if (guests.size() % 2 == 0) {
            const QString disk = dir + QLatin1Char('/') + tag + QStringLiteral(".qcow2");
            TestSupport::run(QStringLiteral("qemu-img"),
                             {QStringLiteral("create"), QStringLiteral("-f"),
                              QStringLiteral("qcow2"), disk, QStringLiteral("64M")});
            o.extraDevices =
                QStringLiteral("<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
                               "<source file='%1'/><target dev='vda' bus='virtio'/>"
                               "<boot order='2'/></disk><interface type='network'>"
                               "<source network='default'/><model type='virtio'/>"
                               "<boot order='1'/></interface>")
                    .arg(disk);
        } else {
            // A copy each: QEMU locks the image it writes to.
            o.bootDisk = dir + QLatin1Char('/') + tag + QStringLiteral(".img");
            QFile::copy(QStringLiteral(VD_ANIMATED_IMAGE), o.bootDisk);
        }
        auto guest = std::make_unique<ThrowawayGuest>();
        QString error;
        if (!guest->define(o, &error) || !guest->start(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return;
        }
        if (guests.empty()) {
            // Its Performance page follows it from power-on.
            TestSupport::waitFor(
                [&] { return window.model()->guestIndex(connection, guest->uuid()).isValid(); });
            guestWindow = window.openPerformance(connection, guest->uuid());
            window.activateWindow();
        }
        guests.push_back(std::move(guest));
        QTest::qWait(2000); // staggered, so their graphs differ
    }
    QTest::qWait(25000);
    save(&window, QStringLiteral("manager-statistics.png"));

    if (guestWindow) {
        guestWindow->resize(1060, 760);
        save(guestWindow, QStringLiteral("performance.png"));
        delete guestWindow;
    }
    save(hostWindow.get(), QStringLiteral("host.png"));
}

// A dark palette, with a real QEMU guest's recorded statistics replayed for the test driver's
// running guests: sparklines and graphs must stay legible.
void darkWindows() {
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x38));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb8));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);

    qputenv("VIRTDECK_STATS_REPLAY",
            TestSupport::fixture(QStringLiteral("qemu-domstats.json")).toLocal8Bit());
    {
        ConnectionManager manager;
        Connection *connection = manager.add(
            ConnectionUri::parse(TestSupport::fixtureUri(QStringLiteral("guests-all-states.xml"))),
            false, false);
        MainWindow window(&manager);
        for (int c = 0; c < DomainListModel::ColumnCount; ++c)
            window.view()->setColumnHidden(c, false);
        window.resize(1280, 420);
        window.show();
        if (TestSupport::connectAndLoad(connection)) {
            // The page follows its guest from the first sample: the replayed figures are not
            // the fixture guest's own, and the list's earlier history would not match them.
            std::unique_ptr<GuestWindow> guestWindow;
            const QModelIndex host = window.model()->hostIndex(connection);
            for (int r = 0; r < window.model()->rowCount(host); ++r) {
                const DomainInfo *info = window.model()->guestAt(window.model()->index(r, 0, host));
                if (info->name == QLatin1String("web-frontend"))
                    guestWindow.reset(window.openPerformance(connection, info->uuid));
            }
            window.activateWindow();
            QTest::qWait(12000);
            save(&window, QStringLiteral("manager-dark.png"));
            if (guestWindow) {
                guestWindow->setAttribute(Qt::WA_DeleteOnClose, false);
                guestWindow->resize(1060, 760);
                save(guestWindow.get(), QStringLiteral("performance-dark.png"));
            }
        }
    }
    qunsetenv("VIRTDECK_STATS_REPLAY");
    QApplication::setPalette(light);
}

} // namespace

// An ISO with a real Debian netinst volume identifier, so the wizard detects Debian 12.
QString debianLookalikeIso() {
    const QString dir = TestSupport::makeTempDir(QStringLiteral("shots-iso"));
    QDir(dir).mkpath(QStringLiteral("tree"));
    QFile readme(dir + QStringLiteral("/tree/README.txt"));
    if (readme.open(QIODevice::WriteOnly))
        readme.write("VirtDeck screenshot disc\n");
    readme.close();
    const QString iso = dir + QStringLiteral("/debian-12.5.0-amd64-netinst.iso");
    TestSupport::run(QStringLiteral("xorriso"),
                     {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-V"),
                      QStringLiteral("Debian 12.5.0 amd64 n"), QStringLiteral("-o"), iso,
                      dir + QStringLiteral("/tree")});
    return iso;
}

// The New virtual machine wizard, page by page, on the real local daemon when it answers.
void newVmWizard() {
    const bool real = TestSupport::systemDaemonAnswers();
    ConnectionManager manager;
    Connection *c = manager.add(ConnectionUri::parse(real ? QStringLiteral("qemu:///system")
                                                          : QStringLiteral("test:///default")),
                                false, false);
    TestSupport::connectAndLoad(c);
    auto *wizard = new NewVmWizard(c);
    wizard->show();
    TestSupport::waitFor([&] { return wizard->resources() && wizard->database(); }, 20000);
    wizard->methodPage()->mediaEdit()->setText(debianLookalikeIso());
    save(wizard, QStringLiteral("newvm-1-media.png"));
    wizard->next();
    TestSupport::waitFor([&] { return !wizard->osPage()->detecting(); }, 10000);
    save(wizard, QStringLiteral("newvm-2-os.png"));
    wizard->osPage()->searchEdit()->setText(QStringLiteral("windows xp"));
    wizard->osPage()->resultList()->setCurrentRow(0);
    save(wizard, QStringLiteral("newvm-2-os-search.png"));
    wizard->next();
    wizard->resourcesPage()->memoryBox()->setValue(48);
    save(wizard, QStringLiteral("newvm-3-memory.png"));
    wizard->resourcesPage()->memoryBox()->setValue(512);
    wizard->next();
    save(wizard, QStringLiteral("newvm-4-storage.png"));
    wizard->next();
    save(wizard, QStringLiteral("newvm-5-options.png"));
    delete wizard;
}

// Clone and Many-from-a-template on the test driver, with a shut-off source that has a disk
// volume: the forms, then a finished run of each (one template guest fails: name taken).
// The New container wizard on the local LXC driver (the test driver when it does not answer).
void containerWizard() {
    ConnectionManager manager;
    const bool real = TestSupport::systemDaemonAnswers();
    Connection *c = manager.add(
        ConnectionUri::parse(real ? QStringLiteral("lxc:///") : QStringLiteral("test:///default")),
        false, false);
    TestSupport::connectAndLoad(c);
    auto *wizard = new NewContainerWizard(c);
    wizard->show();
    TestSupport::waitFor([&] { return wizard->hostInfoLoaded(); }, 10000);
    wizard->osContainerButton()->setChecked(true);
    wizard->bootstrapButton()->setChecked(true);
    wizard->rootfsEdit()->setText(QStringLiteral("/var/tmp/bookworm-rootfs"));
    save(wizard, QStringLiteral("newcontainer-1-type.png"));
    wizard->next();
    save(wizard, QStringLiteral("newcontainer-2-resources.png"));
    delete wizard;
}

// The guest window's Overview and XML pages, on the fixture's guests (test driver).
void guestDetailsPages() {
    ConnectionManager manager;
    DomainListModel model(&manager);
    Connection *c = manager.add(
        ConnectionUri::parse(TestSupport::fixtureUri(QStringLiteral("guests-all-states.xml"))),
        false, false);
    TestSupport::connectAndLoad(c);
    const QModelIndex host = model.hostIndex(c);
    for (int r = 0; r < model.rowCount(host); ++r) {
        const DomainInfo *info = model.guestAt(model.index(r, 0, host));
        if (info->name != QLatin1String("web-frontend"))
            continue;
        GuestWindow window(c, *info, &model);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.resize(900, 620);
        window.show();
        window.showPage(window.overviewPage());
        TestSupport::waitFor([&] { return window.overviewPage()->isLoaded(); }, 10000);
        save(&window, QStringLiteral("guest-overview.png"));
        window.showPage(window.xmlPage());
        TestSupport::waitFor([&] { return window.xmlPage()->isLoaded(); }, 10000);
        QPlainTextEdit *editor = window.xmlPage()->editor();
        QString xml = editor->toPlainText();
        xml.replace(QRegularExpression(QStringLiteral("<vcpu([^>]*)>\\d+</vcpu>")),
                    QStringLiteral("<vcpu\\1>4</vcpu>"));
        editor->setPlainText(xml);
        QTest::qWait(400); // the comparison follows typing after a moment
        save(&window, QStringLiteral("guest-xml.png"));
    }
}

// The CPU, Memory and Resources pages of a real running QEMU guest with a disk (the test
// driver has no cgroup controls to show).
void guestSettingsPages() {
    if (!TestSupport::systemDaemonAnswers()) {
        std::fprintf(stderr, "guest settings screenshots skipped: no daemon on qemu:///system\n");
        return;
    }
    const QString dir = TestSupport::makeTempDir(QStringLiteral("settings-shots"));
    QFile(dir).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                              QFileDevice::ExeOther);
    const QString image = dir + QStringLiteral("/web-frontend.qcow2");
    TestSupport::run(QStringLiteral("qemu-img"),
                     {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                      QStringLiteral("qcow2"), image, QStringLiteral("20G")});
    ThrowawayGuest::Options options = ThrowawayGuest::Options::tagged(QStringLiteral("settings"));
    options.memoryMiB = 512;
    options.extraDevices =
        QStringLiteral("<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
                       "<source file='%1'/><target dev='vda' bus='virtio'/></disk>"
                       "<disk type='file' device='cdrom'><driver name='qemu' type='raw'/>"
                       "<target dev='sda' bus='sata'/><readonly/></disk>"
                       "<interface type='network'><source network='default'/>"
                       "<model type='virtio'/></interface><memballoon model='virtio'/>")
            .arg(image);
    TestSupport::run(QStringLiteral("virsh"),
                     {QStringLiteral("net-start"), QStringLiteral("default")});
    ThrowawayGuest guest;
    QString error;
    if (!guest.define(options, &error) || !guest.start(&error)) {
        std::fprintf(stderr, "guest settings screenshots: %s\n", qPrintable(error));
        return;
    }
    Connection connection(ConnectionUri::parse(QStringLiteral("qemu:///system")));
    if (!TestSupport::connectAndLoad(&connection))
        return;
    DomainInfo info;
    info.uuid = guest.uuid();
    info.name = QStringLiteral("web-frontend");
    info.state = GuestState::Running;
    GuestWindow window(&connection, info);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.resize(900, 640);
    window.show();
    window.showPage(window.cpuPage());
    TestSupport::waitFor([&] { return window.cpuPage()->isLoaded(); }, 10000);
    save(&window, QStringLiteral("guest-cpu.png"));
    window.showPage(window.memoryPage());
    TestSupport::waitFor([&] { return window.memoryPage()->isLoaded(); }, 10000);
    save(&window, QStringLiteral("guest-memory.png"));
    window.showPage(window.resourcesPage());
    TestSupport::waitFor([&] { return window.resourcesPage()->isLoaded(); }, 10000);
    save(&window, QStringLiteral("guest-resources.png"));
    window.showPage(window.bootPage());
    TestSupport::waitFor([&] { return window.bootPage()->isLoaded(); }, 10000);
    save(&window, QStringLiteral("guest-boot.png"));
    window.showPage(window.devicesPage());
    TestSupport::waitFor([&] { return window.devicesPage()->isLoaded(); }, 10000);
    window.devicesPage()->selectDevice(QStringLiteral("interface"), 0);
    save(&window, QStringLiteral("guest-devices.png"));
    // A change the running guest cannot take: saved, marked, and named in the banner.
    window.devicesPage()->selectDevice(QStringLiteral("disk"), 0);
    if (auto *disk = qobject_cast<DiskEditor *>(window.devicesPage()->currentEditor())) {
        disk->cacheBox()->setCurrentIndex(disk->cacheBox()->findData(QStringLiteral("none")));
        window.devicesPage()->apply();
        TestSupport::waitFor([&] { return !window.devicesPage()->isBusy(); }, 10000);
        QTest::qWait(300);
        save(&window, QStringLiteral("guest-devices-pending.png"));
    }
    AddHardwareDialog add(window.devicesPage()->devices()->context);
    add.show();
    save(&add, QStringLiteral("add-hardware.png"));
}

void cloneDialogs() {
    ConnectionManager manager;
    Connection *c =
        manager.add(ConnectionUri::parse(QStringLiteral("test:///default")), false, false);
    TestSupport::connectAndLoad(c);
    TestDriverGuests guests(QStringLiteral("web"));
    QString error;
    const QString uuid = guests.defineWithDisk(QStringLiteral("web-golden"), &error);
    if (uuid.isEmpty()) {
        std::fprintf(stderr, "no source guest for the clone dialogs: %s\n", qPrintable(error));
        return;
    }
    guests.defineBare(QStringLiteral("web-03"));

    QPointer<CloneDialog> clone = new CloneDialog(c, uuid, QStringLiteral("web-golden"));
    clone->show();
    TestSupport::waitFor([&] { return clone->isLoaded(); }, 10000);
    save(clone, QStringLiteral("clone.png"));
    clone->start();
    TestSupport::waitFor([&] { return clone->result().has_value(); }, 20000);
    save(clone, QStringLiteral("clone-done.png"));
    delete clone.data();

    QPointer<TemplateDialog> many = new TemplateDialog(c, uuid, QStringLiteral("web-golden"));
    many->show();
    TestSupport::waitFor([&] { return many->isLoaded(); }, 10000);
    many->patternEdit()->setText(QStringLiteral("web-{01..20}"));
    many->cloudInitBox()->setChecked(true);
    many->addressEdit()->setText(QStringLiteral("192.168.122.50/24"));
    many->gatewayEdit()->setText(QStringLiteral("192.168.122.1"));
    many->dnsEdit()->setText(QStringLiteral("192.168.122.1"));
    save(many, QStringLiteral("template.png"));
    // The test driver takes no cloud-init seed uploads: the run itself goes without.
    many->cloudInitBox()->setChecked(false);
    many->patternEdit()->setText(QStringLiteral("web-{01..06}"));
    many->start();
    TestSupport::waitFor([&] { return many->result().has_value(); }, 20000);
    save(many, QStringLiteral("template-done.png"));
    delete many.data();
}

int main(int argc, char **argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: vd_screenshots OUTPUT_DIR\n");
        return 2;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    LibvirtEventLoop::ensureRunning();
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    g_out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(g_out);
    // VD_SCREENSHOTS=wizards renders only the creation wizards (quicker while working on them).
    if (qgetenv("VD_SCREENSHOTS") == "wizards") {
        newVmWizard();
        containerWizard();
        cloneDialogs();
        guestDetailsPages();
        guestSettingsPages();
        return 0;
    }

    managerWindow(QStringLiteral("manager.png"), QStringLiteral("VirtDeck"));

    {
        ConnectionManager manager;
        AddConnectionDialog dialog(&manager);
        dialog.transportBox()->setCurrentIndex(1);
        dialog.userEdit()->setText(QStringLiteral("admin"));
        dialog.hostEdit()->setText(QStringLiteral("kvm2.example.org"));
        dialog.show();
        save(&dialog, QStringLiteral("add-connection.png"));
    }
    {
        ConnectionManager manager;
        DomainListModel model(&manager);
        Connection *c = manager.add(
            ConnectionUri::parse(TestSupport::fixtureUri(QStringLiteral("guests-all-states.xml"))),
            false, false);
        TestSupport::connectAndLoad(c);
        QString winxp;
        const QModelIndex host = model.hostIndex(c);
        for (int r = 0; r < model.rowCount(host); ++r)
            if (model.guestAt(model.index(r, 0, host))->name == QLatin1String("winxp-test"))
                winxp = model.guestAt(model.index(r, 0, host))->uuid;
        DeleteGuestDialog dialog({{c, winxp, QStringLiteral("winxp-test")}});
        dialog.show();
        TestSupport::waitFor([&] { return dialog.plansLoaded(); });
        save(&dialog, QStringLiteral("delete-guest.png"));
    }
    {
        const UserError e = UserError::fromRaw(
            VIR_ERR_SYSTEM_ERROR, VIR_FROM_RPC,
            QStringLiteral("Cannot recv data: ssh: connect to host kvm2.example.org port 22: "
                           "No route to host: Connection reset by peer"),
            QStringLiteral("Connecting to QEMU/KVM on admin@kvm2.example.org"),
            QStringLiteral("kvm2.example.org"));
        ErrorDialog dialog(e);
        dialog.setDetailsVisible(true);
        dialog.show();
        save(&dialog, QStringLiteral("error.png"));
    }
    {
        ConnectionManager manager;
        manager.setDemoFallbackEnabled(true);
        manager.add(
            ConnectionUri::parse(QStringLiteral("qemu:///system?socket=/nonexistent/libvirt-sock")),
            true, false);
        MainWindow window(&manager);
        window.resize(1200, 420);
        window.show();
        manager.connectAutoconnect();
        TestSupport::waitFor(
            [&] { return manager.demoConnection() && manager.demoConnection()->isOpen(); }, 10000);
        QTest::qWait(500);
        save(&window, QStringLiteral("demo.png"));
    }
    newVmWizard();
    containerWizard();
    cloneDialogs();
    guestDetailsPages();
    guestSettingsPages();
    consoleWindows();
    statisticsWindows();
    darkWindows();
    for (const char *locale : {"ru", "zh_CN"}) {
        QTranslator translator;
        if (!translator.load(QStringLiteral(":/i18n/virtdeck_") + QLatin1String(locale)))
            std::fprintf(stderr, "no %s translation\n", locale);
        QCoreApplication::installTranslator(&translator);
        managerWindow(QStringLiteral("manager-%1.png").arg(QLatin1String(locale)),
                      QStringLiteral("VirtDeck"));
        QCoreApplication::removeTranslator(&translator);
    }
    return 0;
}
