// SPDX-License-Identifier: GPL-2.0-or-later
// The Devices page's editors for graphics, video, sound, input, serial/console, channels,
// TPM, shared folders, host devices, watchdog and RNG, offscreen. For each kind: a device
// from the fixture domains stored unchanged stays identical; one changed field changes only
// that field, and what VirtDeck does not edit (comments, aliases, addresses, unknown
// attributes) survives; bad input is refused with a reason next to its field and changes
// nothing; a new device made by createDevice() + store() is accepted by libvirt (test driver,
// VIR_DOMAIN_DEFINE_VALIDATE).
#include "deviceeditors/formdeviceeditor.h"
#include "deviceeditors/otherdeviceeditors.h"
#include "fieldmessage.h"
#include "libvirthandles.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

// Readable QString and QStringList values in failure messages.
void PrintTo(const QString &s, std::ostream *os) {
    *os << '"' << s.toStdString() << '"';
}

namespace {

std::string str(const QString &s) {
    return s.toStdString();
}
std::string str(const QStringList &l) {
    return l.join(QStringLiteral(" | ")).toStdString();
}

// --- Canonical form ------------------------------------------------------------------------
// An element flattened to "path -> value": elements indexed per name among their siblings,
// attributes as path@name, trimmed text as path#text, comments in place (path#order) and by
// content. Equal maps mean equal elements.
using Canonical = QMap<QString, QString>;

void flatten(const QDomNode &node, const QString &path, Canonical &out) {
    out.insert(path, QStringLiteral("<element>"));
    const QDomNamedNodeMap attrs = node.attributes();
    for (int i = 0; i < attrs.count(); ++i) {
        const QDomAttr a = attrs.item(i).toAttr();
        out.insert(path + QLatin1Char('@') + a.name(), a.value());
    }
    QString text;
    QStringList order;
    QHash<QString, int> seen;
    int comments = 0;
    for (QDomNode c = node.firstChild(); !c.isNull(); c = c.nextSibling()) {
        if (c.isText() || c.isCDATASection()) {
            text += c.nodeValue();
        } else if (c.isComment()) {
            order << QStringLiteral("#comment");
            out.insert(path + QStringLiteral("#comment[%1]").arg(comments++),
                       c.nodeValue().trimmed());
        } else if (c.isElement()) {
            const QString name = c.toElement().tagName();
            order << name;
            flatten(c, path + QLatin1Char('/') + name + QStringLiteral("[%1]").arg(seen[name]++),
                    out);
        }
    }
    if (!text.trimmed().isEmpty())
        out.insert(path + QStringLiteral("#text"), text.trimmed());
    if (!order.isEmpty())
        out.insert(path + QStringLiteral("#order"), order.join(QLatin1Char(',')));
}

Canonical canonical(const QDomElement &e) {
    Canonical out;
    flatten(e, e.tagName(), out);
    return out;
}

QStringList differences(const Canonical &a, const Canonical &b) {
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    QStringList out;
    const QString absent = QStringLiteral("\x01absent");
    for (const QString &k : keys) {
        if (a.value(k, absent) != b.value(k, absent))
            out << k;
    }
    out.sort();
    return out;
}

QString toText(const QDomElement &e) {
    QString s;
    QTextStream stream(&s);
    e.save(stream, 2);
    return s;
}

// --- Fixtures ------------------------------------------------------------------------------
QDomDocument fixtureDomain(const QString &file) {
    QFile f(TestSupport::fixture(QStringLiteral("domains/") + file));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << str(f.fileName());
    QDomDocument doc;
    EXPECT_TRUE(doc.setContent(&f)) << str(file);
    return doc;
}

QList<QDomElement> devicesOf(const QDomDocument &doc, const QString &tag) {
    QList<QDomElement> out;
    const QDomElement devices = doc.documentElement().firstChildElement(QStringLiteral("devices"));
    for (QDomElement e = devices.firstChildElement(tag); !e.isNull(); e = e.nextSiblingElement(tag))
        out << e;
    return out;
}

QDomElement fixtureDevice(const QString &file, const QString &tag, int index) {
    const QList<QDomElement> all = devicesOf(fixtureDomain(file), tag);
    EXPECT_LT(index, all.size()) << str(file) << " " << str(tag);
    return index < all.size() ? all.at(index) : QDomElement();
}

DeviceEditorContext x86Context() {
    DeviceEditorContext c;
    c.domainType = QStringLiteral("kvm");
    c.arch = QStringLiteral("x86_64");
    c.machine = QStringLiteral("pc-q35-7.2");
    DeviceEditorContext::HostDevice d;
    d.kind = QStringLiteral("usb");
    d.nodeName = QStringLiteral("usb_1_4");
    d.description = QStringLiteral("Unifying Receiver (Logitech)");
    d.vendorId = QStringLiteral("0x046d");
    d.productId = QStringLiteral("0xc52b");
    c.hostDevices << d;
    d.nodeName = QStringLiteral("usb_1_5");
    d.description = QStringLiteral("Flash Drive (SanDisk)");
    d.vendorId = QStringLiteral("0x0781");
    d.productId = QStringLiteral("0x5567");
    c.hostDevices << d;
    DeviceEditorContext::HostDevice p;
    p.kind = QStringLiteral("pci");
    p.nodeName = QStringLiteral("pci_0000_01_00_0");
    p.description = QStringLiteral("GA106 [GeForce RTX 3060] (NVIDIA)");
    p.pciDomain = QStringLiteral("0x0000");
    p.pciBus = QStringLiteral("0x01");
    p.pciSlot = QStringLiteral("0x00");
    p.pciFunction = QStringLiteral("0x0");
    c.hostDevices << p;
    p.nodeName = QStringLiteral("pci_0000_02_00_0");
    p.description = QStringLiteral("I211 Gigabit Network Connection (Intel)");
    p.pciBus = QStringLiteral("0x02");
    c.hostDevices << p;
    return c;
}

std::unique_ptr<FormDeviceEditor> editorFor(const QString &tag,
                                            const DeviceEditorContext &context = x86Context()) {
    DeviceEditor *e = createOtherDeviceEditor(tag, context);
    auto *form = qobject_cast<FormDeviceEditor *>(e);
    EXPECT_TRUE(form) << str(tag);
    return std::unique_ptr<FormDeviceEditor>(form);
}

template <class T> T *field(QWidget *editor, const char *name) {
    T *w = editor->findChild<T *>(QLatin1String(name));
    EXPECT_TRUE(w) << name;
    return w;
}

void choose(QWidget *editor, const char *name, const QString &value) {
    QComboBox *box = field<QComboBox>(editor, name);
    if (!box)
        return;
    if (box->isEditable()) {
        box->setEditText(value);
        return;
    }
    const int index = box->findData(value);
    ASSERT_GE(index, 0) << name << " has no " << str(value);
    box->setCurrentIndex(index);
}

void type(QWidget *editor, const char *name, const QString &text) {
    if (QLineEdit *line = field<QLineEdit>(editor, name))
        line->setText(text);
}

void setNumber(QWidget *editor, const char *name, int value) {
    if (QSpinBox *spin = field<QSpinBox>(editor, name))
        spin->setValue(value);
}

void check(QWidget *editor, const char *name, bool on) {
    if (QCheckBox *box = field<QCheckBox>(editor, name))
        box->setChecked(on);
}

// What VirtDeck never edits, added to a device to prove it survives: a comment, an alias and
// an attribute of a future libvirt.
void addForeignParts(QDomElement device) {
    QDomDocument doc = device.ownerDocument();
    device.insertBefore(doc.createComment(QStringLiteral(" kept by hand ")), device.firstChild());
    QDomElement alias = doc.createElement(QStringLiteral("alias"));
    alias.setAttribute(QStringLiteral("name"), QStringLiteral("ua-kept"));
    device.appendChild(alias);
    device.setAttribute(QStringLiteral("futureAttribute"), QStringLiteral("kept"));
}

using Edit = std::function<void(FormDeviceEditor *)>;

// Loads the fixture device, applies edit, stores, and returns the canonical keys that changed.
QStringList changedKeys(const QString &file, const QString &tag, int index, const Edit &edit,
                        const DeviceEditorContext &context = x86Context(),
                        QDomElement *result = nullptr) {
    QDomElement device = fixtureDevice(file, tag, index);
    if (device.isNull())
        return {QStringLiteral("<no device>")};
    addForeignParts(device);
    const Canonical before = canonical(device);
    auto editor = editorFor(tag, context);
    editor->load(device);
    QSignalSpy changed(editor.get(), &DeviceEditor::changed);
    edit(editor.get());
    EXPECT_GT(changed.count(), 0) << "editing did not signal changed()";
    const QStringList reasons = editor->validate();
    EXPECT_TRUE(reasons.isEmpty()) << str(reasons);
    editor->store(device);
    if (result)
        *result = device;
    return differences(before, canonical(device));
}

QStringList keys(std::initializer_list<const char *> list) {
    QStringList out;
    for (const char *k : list)
        out << QString::fromLatin1(k);
    out.sort();
    return out;
}

// Applies edit to a loaded device and expects a refusal on `fieldName` whose reason contains
// reasonPart; store() then must leave the device as it was.
void expectRefused(const QDomElement &original, const QString &tag, const Edit &edit,
                   const char *fieldName, const char *reasonPart,
                   const DeviceEditorContext &context = x86Context()) {
    QDomElement device = original.cloneNode(true).toElement();
    const Canonical before = canonical(device);
    auto editor = editorFor(tag, context);
    editor->load(device);
    edit(editor.get());
    const QStringList reasons = editor->validate();
    ASSERT_FALSE(reasons.isEmpty()) << "accepted: " << fieldName;
    EXPECT_TRUE(reasons.join(QLatin1Char('\n')).contains(QLatin1String(reasonPart)))
        << str(reasons);
    QWidget *w = editor->findChild<QWidget *>(QLatin1String(fieldName));
    ASSERT_TRUE(w) << fieldName;
    FieldMessage *m = editor->messageFor(w);
    ASSERT_TRUE(m) << fieldName;
    EXPECT_TRUE(m->isError()) << fieldName;
    EXPECT_TRUE(m->text().contains(QLatin1String(reasonPart))) << str(m->text());
    editor->store(device);
    EXPECT_EQ(str(differences(before, canonical(device))), std::string());
}

// --- libvirt -------------------------------------------------------------------------------
// Defines a guest on the test driver holding `device` and says what libvirt thought of it.
QString defineWith(const QDomElement &device, const QString &name) {
    ConnectHandle conn(virConnectOpen("test:///default"));
    if (!conn)
        return QStringLiteral("cannot open test:///default");
    QDomDocument doc;
    doc.setContent(QStringLiteral("<domain type='test'><name>%1</name>"
                                  "<memory unit='MiB'>256</memory><vcpu>1</vcpu>"
                                  "<os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type></os>"
                                  "<devices/></domain>")
                       .arg(name));
    QDomElement copy = doc.importNode(device, true).toElement();
    // The stand-in for a future libvirt's attribute is unknown to this one.
    copy.removeAttribute(QStringLiteral("futureAttribute"));
    // libvirt gives graphics no alias.
    if (copy.tagName() == QLatin1String("graphics"))
        copy.removeChild(copy.firstChildElement(QStringLiteral("alias")));
    doc.documentElement().firstChildElement(QStringLiteral("devices")).appendChild(copy);
    const QByteArray xml = doc.toByteArray();
    DomainHandle dom(
        virDomainDefineXMLFlags(conn.get(), xml.constData(), VIR_DOMAIN_DEFINE_VALIDATE));
    if (!dom) {
        const QString error = QString::fromUtf8(virGetLastErrorMessage());
        virResetLastError();
        return error + QStringLiteral("\n") + QString::fromUtf8(xml);
    }
    virDomainUndefine(dom.get());
    return QString();
}

// createDevice() + store() with the fields as edit leaves them; empty when libvirt accepts it.
QString newDeviceAccepted(const QString &tag, const Edit &edit, const QString &name,
                          QDomElement *made = nullptr) {
    auto editor = editorFor(tag);
    edit(editor.get());
    const QStringList reasons = editor->validate();
    if (!reasons.isEmpty())
        return QStringLiteral("refused by the editor: ") + reasons.join(QStringLiteral("; "));
    QDomDocument doc;
    QDomElement device = editor->createDevice(doc);
    doc.appendChild(device);
    editor->store(device);
    if (made)
        *made = device;
    return defineWith(device, QStringLiteral("vdeditors-") + name);
}

void noEdit(FormDeviceEditor *) {}

} // namespace

// --- All kinds -----------------------------------------------------------------------------

TEST(DeviceEditors, FactoryKnowsEveryKindAndNamesIt) {
    const QStringList tags = otherDeviceTags();
    EXPECT_EQ(tags.size(), 12);
    for (const QString &tag : tags) {
        std::unique_ptr<DeviceEditor> e(createOtherDeviceEditor(tag, x86Context()));
        EXPECT_TRUE(e) << str(tag);
        EXPECT_FALSE(otherDeviceKindLabel(tag).isEmpty());
        EXPECT_NE(otherDeviceKindLabel(tag), tag);
    }
    EXPECT_EQ(createOtherDeviceEditor(QStringLiteral("disk"), x86Context()), nullptr);
    EXPECT_EQ(createOtherDeviceEditor(QStringLiteral("interface"), x86Context()), nullptr);
    EXPECT_EQ(otherDeviceKindLabel(QStringLiteral("rng")),
              QStringLiteral("Random number generator"));
}

TEST(DeviceEditors, EveryFieldHasANameAndAnAccessibleName) {
    for (const QString &tag : otherDeviceTags()) {
        auto editor = editorFor(tag);
        const QList<QWidget *> widgets = editor->findChildren<QWidget *>();
        int fields = 0;
        for (QWidget *w : widgets) {
            if (!qobject_cast<QComboBox *>(w) && !qobject_cast<QLineEdit *>(w) &&
                !qobject_cast<QSpinBox *>(w) && !qobject_cast<QCheckBox *>(w))
                continue;
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
                continue; // the line inside an editable combo box
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QSpinBox *>(w->parentWidget()))
                continue;
            ++fields;
            EXPECT_FALSE(w->objectName().isEmpty()) << str(tag);
            EXPECT_FALSE(w->accessibleName().isEmpty()) << str(tag) << " " << str(w->objectName());
            EXPECT_TRUE(editor->messageFor(w)) << str(w->objectName());
        }
        EXPECT_GT(fields, 0) << str(tag);
    }
}

// Every device of these kinds in the 34 fixture domains, stored with no change, is left
// exactly as it was: nothing is normalised, reordered or dropped.
TEST(DeviceEditors, StoringUnchangedLeavesEveryFixtureDeviceIdentical) {
    const QDir dir(TestSupport::fixture(QStringLiteral("domains")));
    const QStringList files = dir.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 30);
    int checked = 0;
    QSet<QString> kinds;
    for (const QString &file : files) {
        const QDomDocument doc = fixtureDomain(file);
        DeviceEditorContext context = x86Context();
        context.domainType = doc.documentElement().attribute(QStringLiteral("type"));
        for (const QString &tag : otherDeviceTags()) {
            for (QDomElement device : devicesOf(doc, tag)) {
                addForeignParts(device);
                const Canonical before = canonical(device);
                auto editor = editorFor(tag, context);
                QSignalSpy changed(editor.get(), &DeviceEditor::changed);
                editor->load(device);
                EXPECT_EQ(changed.count(), 0) << "load() signalled changed(): " << str(file);
                // Stored for real, not skipped as invalid.
                EXPECT_EQ(str(editor->validate()), std::string()) << str(file) << " " << str(tag);
                editor->store(device);
                EXPECT_EQ(str(differences(before, canonical(device))), std::string())
                    << str(file) << ": " << str(toText(device));
                ++checked;
                kinds.insert(tag);
            }
        }
    }
    EXPECT_GT(checked, 40);
    // Every kind has a fixture device.
    EXPECT_EQ(kinds.size(), otherDeviceTags().size())
        << str(QStringList(kinds.begin(), kinds.end()));
}

// Everything the editors make is accepted by libvirt's own validation.
TEST(DeviceEditors, NewDevicesWithDefaultsAreAcceptedByLibvirt) {
    for (const QString &tag : otherDeviceTags()) {
        Edit fill = noEdit;
        if (tag == QLatin1String("filesystem"))
            fill = [](FormDeviceEditor *e) {
                type(e, "fsSource", QStringLiteral("/srv/share"));
                type(e, "fsTarget", QStringLiteral("share"));
            };
        if (tag == QLatin1String("hostdev"))
            fill = [](FormDeviceEditor *e) {
                field<QComboBox>(e, "hostDevice")->setCurrentIndex(1);
            };
        EXPECT_EQ(str(newDeviceAccepted(tag, fill, tag)), std::string()) << str(tag);
    }
}

// --- Graphics ------------------------------------------------------------------------------

TEST(GraphicsEditor, ShowsTheFixtureDevice) {
    auto e = editorFor(QStringLiteral("graphics"));
    e->load(fixtureDevice(QStringLiteral("13-graphics.xml"), QStringLiteral("graphics"), 0));
    EXPECT_EQ(field<QComboBox>(e.get(), "graphicsType")->currentData().toString(),
              QStringLiteral("vnc"));
    EXPECT_EQ(field<QComboBox>(e.get(), "listenAddress")->currentText(),
              QStringLiteral("192.0.2.5"));
    EXPECT_TRUE(field<QCheckBox>(e.get(), "graphicsAutoPort")->isChecked());
    auto *password = field<QLineEdit>(e.get(), "graphicsPassword");
    EXPECT_EQ(password->text(), QStringLiteral("secret"));
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);
    field<QToolButton>(e.get(), "showPassword")->click();
    EXPECT_EQ(password->echoMode(), QLineEdit::Normal);
    field<QToolButton>(e.get(), "showPassword")->click();
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);
}

TEST(GraphicsEditor, OneChangedFieldChangesOnlyItself) {
    const QString f = QStringLiteral("13-graphics.xml");
    const QString g = QStringLiteral("graphics");
    EXPECT_EQ(changedKeys(f, g, 0,
                          [](FormDeviceEditor *e) {
                              type(e, "graphicsPassword", QStringLiteral("n3wpass"));
                          }),
              keys({"graphics@passwd"}));
    EXPECT_EQ(changedKeys(f, g, 0,
                          [](FormDeviceEditor *e) {
                              choose(e, "listenAddress", QStringLiteral("0.0.0.0"));
                          }),
              keys({"graphics/listen[0]@address"}));
    EXPECT_EQ(changedKeys(f, g, 0,
                          [](FormDeviceEditor *e) {
                              check(e, "graphicsAutoPort", false);
                              setNumber(e, "graphicsPort", 5910);
                          }),
              keys({"graphics@port", "graphics@autoport"}));
    EXPECT_EQ(
        changedKeys(f, g, 0, [](FormDeviceEditor *e) { type(e, "graphicsPassword", QString()); }),
        keys({"graphics@passwd"}));
    // SPICE on a virtual network: image compression only.
    EXPECT_EQ(changedKeys(f, g, 1,
                          [](FormDeviceEditor *e) {
                              choose(e, "spiceImageCompression", QStringLiteral("quic"));
                          }),
              keys({"graphics/image[0]@compression"}));
    EXPECT_EQ(
        changedKeys(f, g, 1,
                    [](FormDeviceEditor *e) { choose(e, "spiceImageCompression", QString()); }),
        keys({"graphics/image[0]", "graphics/image[0]@compression", "graphics#order"}));
    // No listen at all: the old-style listen= attribute is not invented.
    EXPECT_EQ(changedKeys(
                  QStringLiteral("14-video-sound-input.xml"), g, 0,
                  [](FormDeviceEditor *e) { type(e, "graphicsPassword", QStringLiteral("abc")); }),
              keys({"graphics@passwd"}));
}

TEST(GraphicsEditor, ListenTypeAndProtocolChangesKeepWhatStillFits) {
    QDomElement out;
    const QStringList none = changedKeys(
        QStringLiteral("13-graphics.xml"), QStringLiteral("graphics"), 0,
        [](FormDeviceEditor *e) { choose(e, "listenType", QStringLiteral("none")); }, x86Context(),
        &out);
    EXPECT_EQ(none, keys({"graphics/listen[0]@type", "graphics/listen[0]@address"}));

    // VNC to SPICE: the password, keymap and expiry stay, VNC's share policy goes.
    const QStringList toSpice = changedKeys(
        QStringLiteral("13-graphics.xml"), QStringLiteral("graphics"), 0,
        [](FormDeviceEditor *e) { choose(e, "graphicsType", QStringLiteral("spice")); },
        x86Context(), &out);
    EXPECT_EQ(toSpice, keys({"graphics@type", "graphics@sharePolicy"}));
    EXPECT_EQ(out.attribute(QStringLiteral("keymap")), QStringLiteral("de"));
    EXPECT_EQ(out.attribute(QStringLiteral("passwd")), QStringLiteral("secret"));
    EXPECT_EQ(str(defineWith(out, QStringLiteral("vdeditors-tospice"))), std::string());

    // SPICE to VNC: SPICE's channels, compression and options go, libvirt accepts the rest.
    changedKeys(
        QStringLiteral("13-graphics.xml"), QStringLiteral("graphics"), 1,
        [](FormDeviceEditor *e) { choose(e, "graphicsType", QStringLiteral("vnc")); }, x86Context(),
        &out);
    EXPECT_TRUE(out.firstChildElement(QStringLiteral("image")).isNull());
    EXPECT_TRUE(out.firstChildElement(QStringLiteral("channel")).isNull());
    EXPECT_FALSE(out.hasAttribute(QStringLiteral("defaultMode")));
    EXPECT_EQ(out.firstChildElement(QStringLiteral("listen")).attribute(QStringLiteral("network")),
              QStringLiteral("default"));
    EXPECT_FALSE(out.firstChildElement(QStringLiteral("alias")).isNull());
}

TEST(GraphicsEditor, BadInputIsRefusedAndChangesNothing) {
    const QDomElement vncDevice =
        fixtureDevice(QStringLiteral("13-graphics.xml"), QStringLiteral("graphics"), 0);
    const QString g = QStringLiteral("graphics");
    expectRefused(
        vncDevice, g,
        [](FormDeviceEditor *e) { type(e, "graphicsPassword", QStringLiteral("ninechars")); },
        "graphicsPassword", "at most 8 characters");
    expectRefused(
        vncDevice, g,
        [](FormDeviceEditor *e) { choose(e, "listenAddress", QStringLiteral("300.1.2.3")); },
        "listenAddress", "not an IP address");
    expectRefused(
        vncDevice, g,
        [](FormDeviceEditor *e) { choose(e, "listenAddress", QStringLiteral("vnc.example.org")); },
        "listenAddress", "not an IP address");
    expectRefused(
        vncDevice, g,
        [](FormDeviceEditor *e) {
            check(e, "graphicsAutoPort", false);
            setNumber(e, "graphicsPort", 80);
        },
        "graphicsPort", "5900 to 65535");
    // SPICE passwords have no such limit.
    auto spice = editorFor(g);
    spice->load(fixtureDevice(QStringLiteral("13-graphics.xml"), g, 1));
    type(spice.get(), "graphicsPassword", QStringLiteral("a-much-longer-password"));
    EXPECT_TRUE(spice->validate().isEmpty()) << str(spice->validate());
}

TEST(GraphicsEditor, WarnsWhenEveryoneCanConnectWithoutAPassword) {
    auto e = editorFor(QStringLiteral("graphics"));
    e->load(fixtureDevice(QStringLiteral("13-graphics.xml"), QStringLiteral("graphics"), 0));
    QLineEdit *password = field<QLineEdit>(e.get(), "graphicsPassword");
    type(e.get(), "graphicsPassword", QString());
    choose(e.get(), "listenAddress", QStringLiteral("0.0.0.0"));
    EXPECT_TRUE(e->validate().isEmpty()); // allowed, but said
    FieldMessage *m = e->messageFor(password);
    EXPECT_FALSE(m->isError());
    EXPECT_TRUE(m->text().contains(QLatin1String("Anyone"))) << str(m->text());
    choose(e.get(), "listenAddress", QStringLiteral("127.0.0.1"));
    EXPECT_TRUE(m->text().isEmpty());
}

TEST(GraphicsEditor, NewSpiceDisplayWithEverySettingIsAccepted) {
    QDomElement made;
    EXPECT_EQ(str(newDeviceAccepted(
                  QStringLiteral("graphics"),
                  [](FormDeviceEditor *e) {
                      choose(e, "graphicsType", QStringLiteral("spice"));
                      choose(e, "listenAddress", QStringLiteral("0.0.0.0"));
                      check(e, "graphicsAutoPort", false);
                      setNumber(e, "graphicsPort", 5930);
                      type(e, "graphicsPassword", QStringLiteral("long-spice-password"));
                      choose(e, "spiceImageCompression", QStringLiteral("auto_glz"));
                  },
                  QStringLiteral("spice"), &made)),
              std::string());
    EXPECT_EQ(made.attribute(QStringLiteral("port")), QStringLiteral("5930"));
    EXPECT_EQ(made.attribute(QStringLiteral("autoport")), QStringLiteral("no"));
    EXPECT_EQ(
        made.firstChildElement(QStringLiteral("image")).attribute(QStringLiteral("compression")),
        QStringLiteral("auto_glz"));
    EXPECT_EQ(str(newDeviceAccepted(
                  QStringLiteral("graphics"),
                  [](FormDeviceEditor *e) { choose(e, "listenType", QStringLiteral("socket")); },
                  QStringLiteral("vncsocket"))),
              std::string());
}

TEST(GraphicsEditor, OffersOnlyWhatTheHypervisorSupports) {
    DeviceEditorContext c = x86Context();
    c.graphicsTypes = {QStringLiteral("spice"), QStringLiteral("egl-headless")};
    auto e = editorFor(QStringLiteral("graphics"), c);
    QComboBox *types = field<QComboBox>(e.get(), "graphicsType");
    EXPECT_EQ(types->count(), 1);
    EXPECT_EQ(types->currentData().toString(), QStringLiteral("spice"));
    QDomDocument doc;
    EXPECT_EQ(e->createDevice(doc).attribute(QStringLiteral("type")), QStringLiteral("spice"));
}

// --- Video ---------------------------------------------------------------------------------

TEST(VideoEditor, OneChangedFieldChangesOnlyItself) {
    const QString f = QStringLiteral("14-video-sound-input.xml");
    const QString v = QStringLiteral("video");
    EXPECT_EQ(changedKeys(f, v, 0, [](FormDeviceEditor *e) { setNumber(e, "videoVram", 32); }),
              keys({"video/model[0]@vram"}));
    QDomElement out;
    EXPECT_EQ(changedKeys(
                  f, v, 1, [](FormDeviceEditor *e) { setNumber(e, "videoHeads", 3); }, x86Context(),
                  &out),
              keys({"video/model[0]@heads"}));
    EXPECT_EQ(out.firstChildElement(QStringLiteral("model")).attribute(QStringLiteral("heads")),
              QStringLiteral("3"));
    EXPECT_EQ(changedKeys(QStringLiteral("13-graphics.xml"), v, 0,
                          [](FormDeviceEditor *e) { check(e, "video3d", true); }),
              keys({"video/model[0]/acceleration[0]@accel3d"}));
    // VGA to virtio: VGA's memory size goes, primary and heads stay.
    EXPECT_EQ(
        changedKeys(f, v, 0,
                    [](FormDeviceEditor *e) { choose(e, "videoModel", QStringLiteral("virtio")); }),
        keys({"video/model[0]@type", "video/model[0]@vram"}));
}

TEST(VideoEditor, ShowsOnlyTheModelsFieldsAndRefusesOddMemory) {
    auto e = editorFor(QStringLiteral("video"));
    e->show();
    choose(e.get(), "videoModel", QStringLiteral("virtio"));
    EXPECT_FALSE(field<QSpinBox>(e.get(), "videoVram")->isVisible());
    EXPECT_TRUE(field<QCheckBox>(e.get(), "video3d")->isVisible());
    choose(e.get(), "videoModel", QStringLiteral("vga"));
    EXPECT_TRUE(field<QSpinBox>(e.get(), "videoVram")->isVisible());
    EXPECT_FALSE(field<QCheckBox>(e.get(), "video3d")->isVisible());
    e->hide();
    expectRefused(
        fixtureDevice(QStringLiteral("14-video-sound-input.xml"), QStringLiteral("video"), 0),
        QStringLiteral("video"), [](FormDeviceEditor *e) { setNumber(e, "videoVram", 24); },
        "videoVram", "power of two");
    EXPECT_EQ(str(newDeviceAccepted(
                  QStringLiteral("video"),
                  [](FormDeviceEditor *e) {
                      choose(e, "videoModel", QStringLiteral("qxl"));
                      setNumber(e, "videoVram", 64);
                      setNumber(e, "videoHeads", 2);
                  },
                  QStringLiteral("qxl"))),
              std::string());
}

// --- Sound and input -----------------------------------------------------------------------

TEST(SoundEditor, ModelChangeKeepsTheCodecOfAnHdaCard) {
    const QString f = QStringLiteral("14-video-sound-input.xml");
    EXPECT_EQ(
        changedKeys(f, QStringLiteral("sound"), 0,
                    [](FormDeviceEditor *e) { choose(e, "soundModel", QStringLiteral("ich9")); }),
        keys({"sound@model"}));
    QDomElement out;
    changedKeys(
        f, QStringLiteral("sound"), 0,
        [](FormDeviceEditor *e) { choose(e, "soundModel", QStringLiteral("usb")); }, x86Context(),
        &out);
    EXPECT_TRUE(out.firstChildElement(QStringLiteral("codec")).isNull());
    EXPECT_EQ(str(defineWith(out, QStringLiteral("vdeditors-usbsound"))), std::string());
}

TEST(InputEditor, ChangesAndRefusals) {
    const QString f = QStringLiteral("14-video-sound-input.xml");
    const QString i = QStringLiteral("input");
    EXPECT_EQ(
        changedKeys(f, i, 2,
                    [](FormDeviceEditor *e) { choose(e, "inputBus", QStringLiteral("virtio")); }),
        keys({"input@bus"}));
    EXPECT_EQ(changedKeys(
                  f, i, 0,
                  [](FormDeviceEditor *e) { choose(e, "inputType", QStringLiteral("keyboard")); }),
              keys({"input@type"}));
    expectRefused(
        fixtureDevice(f, i, 0), i,
        [](FormDeviceEditor *e) { choose(e, "inputType", QStringLiteral("tablet")); }, "inputBus",
        "PS/2");
    EXPECT_EQ(str(newDeviceAccepted(
                  i,
                  [](FormDeviceEditor *e) {
                      choose(e, "inputType", QStringLiteral("keyboard"));
                      choose(e, "inputBus", QStringLiteral("virtio"));
                  },
                  QStringLiteral("kbd"))),
              std::string());
}

// --- Serial, console, channel --------------------------------------------------------------

TEST(SerialEditor, OneChangedFieldChangesOnlyItself) {
    const QString f = QStringLiteral("15-serial-console-channels.xml");
    const QString s = QStringLiteral("serial");
    EXPECT_EQ(changedKeys(f, s, 1, [](FormDeviceEditor *e) { setNumber(e, "tcpPort", 4556); }),
              keys({"serial/source[0]@service"}));
    EXPECT_EQ(
        changedKeys(f, s, 1,
                    [](FormDeviceEditor *e) { choose(e, "tcpProtocol", QStringLiteral("raw")); }),
        keys({"serial/protocol[0]@type"}));
    EXPECT_EQ(changedKeys(f, s, 2,
                          [](FormDeviceEditor *e) {
                              type(e, "charPath", QStringLiteral("/var/log/other.log"));
                          }),
              keys({"serial/source[0]@path"}));
    EXPECT_EQ(
        changedKeys(f, s, 3,
                    [](FormDeviceEditor *e) { choose(e, "charMode", QStringLiteral("connect")); }),
        keys({"serial/source[0]@mode"}));
    // A new target type lets libvirt pick the port and model that fit it.
    EXPECT_EQ(changedKeys(f, s, 0,
                          [](FormDeviceEditor *e) {
                              choose(e, "targetType", QStringLiteral("pci-serial"));
                          }),
              keys({"serial/target[0]@type", "serial/target[0]@port"}));
    // pty to file: a source appears, nothing else changes.
    QDomElement out;
    EXPECT_EQ(changedKeys(
                  f, s, 0,
                  [](FormDeviceEditor *e) {
                      choose(e, "charType", QStringLiteral("file"));
                      type(e, "charPath", QStringLiteral("/var/log/guest.log"));
                  },
                  x86Context(), &out),
              keys({"serial@type", "serial/source[0]", "serial/source[0]@path", "serial#order"}));
    EXPECT_EQ(str(defineWith(out, QStringLiteral("vdeditors-serialfile"))), std::string());
    // TCP to pty: the host, port and protocol go.
    changedKeys(
        f, s, 1, [](FormDeviceEditor *e) { choose(e, "charType", QStringLiteral("pty")); },
        x86Context(), &out);
    EXPECT_TRUE(out.firstChildElement(QStringLiteral("source")).isNull());
    EXPECT_TRUE(out.firstChildElement(QStringLiteral("protocol")).isNull());
}

TEST(SerialEditor, BadInputIsRefusedAndChangesNothing) {
    const QString f = QStringLiteral("15-serial-console-channels.xml");
    const QString s = QStringLiteral("serial");
    const QDomElement tcp = fixtureDevice(f, s, 1);
    expectRefused(
        tcp, s, [](FormDeviceEditor *e) { setNumber(e, "tcpPort", 0); }, "tcpPort", "1 to 65535");
    expectRefused(
        tcp, s, [](FormDeviceEditor *e) { type(e, "tcpHost", QStringLiteral("bad host!")); },
        "tcpHost", "neither an IP address nor a host name");
    expectRefused(
        tcp, s, [](FormDeviceEditor *e) { type(e, "tcpHost", QString()); }, "tcpHost",
        "address to listen on");
    expectRefused(
        fixtureDevice(f, s, 2), s,
        [](FormDeviceEditor *e) { type(e, "charPath", QStringLiteral("logs/serial.log")); },
        "charPath", "absolute path");
    expectRefused(
        fixtureDevice(f, s, 0), s,
        [](FormDeviceEditor *e) { choose(e, "charType", QStringLiteral("unix")); }, "charPath",
        "Enter the path");
}

TEST(SerialEditor, NewPortsAndConsolesAreAccepted) {
    EXPECT_EQ(str(newDeviceAccepted(
                  QStringLiteral("serial"),
                  [](FormDeviceEditor *e) {
                      choose(e, "charType", QStringLiteral("tcp"));
                      choose(e, "charMode", QStringLiteral("bind"));
                      type(e, "tcpHost", QStringLiteral("0.0.0.0"));
                      setNumber(e, "tcpPort", 4555);
                      choose(e, "tcpProtocol", QStringLiteral("telnet"));
                  },
                  QStringLiteral("serialtcp"))),
              std::string());
    EXPECT_EQ(str(newDeviceAccepted(
                  QStringLiteral("serial"),
                  [](FormDeviceEditor *e) {
                      choose(e, "charType", QStringLiteral("unix"));
                      choose(e, "charMode", QStringLiteral("bind"));
                      type(e, "charPath", QStringLiteral("/run/guest-serial.sock"));
                      choose(e, "targetType", QStringLiteral("usb-serial"));
                  },
                  QStringLiteral("serialunix"))),
              std::string());
    EXPECT_EQ(
        changedKeys(QStringLiteral("15-serial-console-channels.xml"), QStringLiteral("console"), 1,
                    [](FormDeviceEditor *e) { choose(e, "charType", QStringLiteral("null")); }),
        keys({"console@type"}));
}

TEST(ChannelEditor, PurposesAndNames) {
    const QString f = QStringLiteral("15-serial-console-channels.xml");
    const QString c = QStringLiteral("channel");
    auto e = editorFor(c);
    e->load(fixtureDevice(f, c, 0));
    EXPECT_EQ(field<QComboBox>(e.get(), "channelPurpose")->currentData().toString(),
              QStringLiteral("agent"));
    e->load(fixtureDevice(f, c, 1));
    EXPECT_EQ(field<QComboBox>(e.get(), "channelPurpose")->currentData().toString(),
              QStringLiteral("spice"));

    EXPECT_EQ(changedKeys(f, c, 2,
                          [](FormDeviceEditor *e) {
                              type(e, "channelName", QStringLiteral("org.virtdeck.other.1"));
                          }),
              keys({"channel/target[0]@name"}));
    QDomElement out;
    EXPECT_EQ(changedKeys(
                  f, c, 0,
                  [](FormDeviceEditor *e) { choose(e, "channelPurpose", QStringLiteral("spice")); },
                  x86Context(), &out),
              keys({"channel@type", "channel/source[0]", "channel/source[0]@mode",
                    "channel/target[0]@name", "channel#order"}));
    EXPECT_EQ(str(defineWith(out, QStringLiteral("vdeditors-spicechannel"))), std::string());

    expectRefused(
        fixtureDevice(f, c, 2), c,
        [](FormDeviceEditor *e) { type(e, "channelName", QStringLiteral("has spaces")); },
        "channelName", "letters, digits");
    expectRefused(
        fixtureDevice(f, c, 2), c, [](FormDeviceEditor *e) { type(e, "channelName", QString()); },
        "channelName", "port's name");

    for (const char *purpose : {"agent", "spice", "other"}) {
        EXPECT_EQ(str(newDeviceAccepted(
                      c,
                      [purpose](FormDeviceEditor *e) {
                          choose(e, "channelPurpose", QString::fromLatin1(purpose));
                          type(e, "channelName", QStringLiteral("org.example.port.0"));
                      },
                      QStringLiteral("channel-") + QLatin1String(purpose))),
                  std::string())
            << purpose;
    }
}

// --- TPM, filesystem -----------------------------------------------------------------------

TEST(TpmEditor, ChangesRefusalsAndNewDevices) {
    const QString f = QStringLiteral("16-tpm-virtiofs.xml");
    const QString t = QStringLiteral("tpm");
    EXPECT_EQ(
        changedKeys(f, t, 0,
                    [](FormDeviceEditor *e) { choose(e, "tpmModel", QStringLiteral("tpm-crb")); }),
        keys({"tpm@model"}));
    QDomElement out;
    changedKeys(
        f, t, 0,
        [](FormDeviceEditor *e) {
            choose(e, "tpmBackend", QStringLiteral("passthrough"));
            type(e, "tpmDevicePath", QStringLiteral("/dev/tpmrm0"));
        },
        x86Context(), &out);
    const QDomElement backend = out.firstChildElement(QStringLiteral("backend"));
    EXPECT_EQ(backend.attribute(QStringLiteral("type")), QStringLiteral("passthrough"));
    EXPECT_FALSE(backend.hasAttribute(QStringLiteral("version")));
    EXPECT_FALSE(backend.hasAttribute(QStringLiteral("persistent_state")));
    EXPECT_EQ(backend.firstChildElement(QStringLiteral("device")).attribute(QStringLiteral("path")),
              QStringLiteral("/dev/tpmrm0"));
    EXPECT_EQ(str(defineWith(out, QStringLiteral("vdeditors-tpmpass"))), std::string());

    expectRefused(
        fixtureDevice(f, t, 0), t,
        [](FormDeviceEditor *e) {
            choose(e, "tpmModel", QStringLiteral("tpm-crb"));
            choose(e, "tpmVersion", QStringLiteral("1.2"));
        },
        "tpmVersion", "only with TPM 2.0");
    expectRefused(
        fixtureDevice(f, t, 0), t,
        [](FormDeviceEditor *e) {
            choose(e, "tpmBackend", QStringLiteral("passthrough"));
            type(e, "tpmDevicePath", QStringLiteral("tpm0"));
        },
        "tpmDevicePath", "absolute path");
}

TEST(FilesystemEditor, ChangesRefusalsAndTheSharedMemoryNote) {
    const QString f = QStringLiteral("16-tpm-virtiofs.xml");
    const QString fs = QStringLiteral("filesystem");
    EXPECT_EQ(changedKeys(f, fs, 0,
                          [](FormDeviceEditor *e) { type(e, "fsTarget", QStringLiteral("code")); }),
              keys({"filesystem/target[0]@dir"}));
    EXPECT_EQ(changedKeys(f, fs, 0,
                          [](FormDeviceEditor *e) {
                              type(e, "fsSource", QStringLiteral("/srv/share/other"));
                          }),
              keys({"filesystem/source[0]@dir"}));
    EXPECT_EQ(changedKeys(f, fs, 1, [](FormDeviceEditor *e) { check(e, "fsReadOnly", false); }),
              keys({"filesystem/readonly[0]", "filesystem#order"}));
    // 9p to virtiofs: 9p's write policy and mapped access mode go.
    EXPECT_EQ(
        changedKeys(f, fs, 1,
                    [](FormDeviceEditor *e) {
                        choose(e, "fsDriver", QStringLiteral("virtiofs"));
                        check(e, "fsReadOnly", false);
                    }),
        keys({"filesystem@accessmode", "filesystem/driver[0]@type", "filesystem/driver[0]@wrpolicy",
              "filesystem/readonly[0]", "filesystem#order"}));

    auto e = editorFor(fs);
    e->load(fixtureDevice(f, fs, 0));
    FieldMessage *note = e->messageFor(field<QComboBox>(e.get(), "fsDriver"));
    EXPECT_FALSE(note->isError());
    EXPECT_TRUE(note->text().contains(QLatin1String("shared"))) << str(note->text());

    const QDomElement share = fixtureDevice(f, fs, 0);
    expectRefused(
        share, fs, [](FormDeviceEditor *e) { type(e, "fsTarget", QString()); }, "fsTarget",
        "mount tag");
    expectRefused(
        share, fs, [](FormDeviceEditor *e) { type(e, "fsTarget", QStringLiteral("my share")); },
        "fsTarget", "spaces");
    expectRefused(
        share, fs, [](FormDeviceEditor *e) { type(e, "fsTarget", QString(37, QLatin1Char('t'))); },
        "fsTarget", "at most 36");
    expectRefused(
        share, fs, [](FormDeviceEditor *e) { type(e, "fsSource", QStringLiteral("srv/share")); },
        "fsSource", "absolute path");
    expectRefused(
        share, fs, [](FormDeviceEditor *e) { type(e, "fsSource", QString()); }, "fsSource",
        "folder on the host");
    // Add hardware starts empty: nothing is stored until both are filled in.
    auto fresh = editorFor(fs);
    EXPECT_EQ(fresh->validate().size(), 2);

    EXPECT_EQ(str(newDeviceAccepted(
                  fs,
                  [](FormDeviceEditor *e) {
                      choose(e, "fsDriver", QStringLiteral("path"));
                      type(e, "fsSource", QStringLiteral("/srv/9p"));
                      type(e, "fsTarget", QStringLiteral("ninep"));
                      check(e, "fsReadOnly", true);
                  },
                  QStringLiteral("fs9p"))),
              std::string());
}

TEST(FilesystemEditor, ContainersMountAtAnAbsolutePath) {
    DeviceEditorContext lxc = x86Context();
    lxc.domainType = QStringLiteral("lxc");
    auto e = editorFor(QStringLiteral("filesystem"), lxc);
    type(e.get(), "fsSource", QStringLiteral("/srv/data"));
    type(e.get(), "fsTarget", QStringLiteral("data"));
    EXPECT_TRUE(e->validate().join(QLatin1Char(' ')).contains(QLatin1String("absolute path")));
    type(e.get(), "fsTarget", QStringLiteral("/mnt/data"));
    EXPECT_TRUE(e->validate().isEmpty()) << str(e->validate());
    QDomDocument doc;
    QDomElement made = e->createDevice(doc);
    e->store(made);
    EXPECT_TRUE(made.firstChildElement(QStringLiteral("driver")).isNull());
    EXPECT_EQ(made.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("dir")),
              QStringLiteral("/mnt/data"));
}

// --- Host devices --------------------------------------------------------------------------

TEST(HostdevEditor, PicksFromTheHostsDevices) {
    const QString f = QStringLiteral("17-hostdev.xml");
    const QString h = QStringLiteral("hostdev");
    auto e = editorFor(h);
    e->load(fixtureDevice(f, h, 0));
    QComboBox *devices = field<QComboBox>(e.get(), "hostDevice");
    EXPECT_TRUE(devices->currentText().contains(QLatin1String("Unifying Receiver")))
        << str(devices->currentText());
    EXPECT_TRUE(devices->currentText().contains(QLatin1String("046d:c52b")));

    // Another USB device: only its ids change; the startup policy stays.
    EXPECT_EQ(changedKeys(f, h, 0,
                          [](FormDeviceEditor *e) {
                              QComboBox *d = field<QComboBox>(e, "hostDevice");
                              d->setCurrentIndex(
                                  d->findText(QStringLiteral("Flash"), Qt::MatchContains));
                          }),
              keys({"hostdev/source[0]/vendor[0]@id", "hostdev/source[0]/product[0]@id"}));
    EXPECT_EQ(changedKeys(f, h, 2, [](FormDeviceEditor *e) { check(e, "hostdevManaged", false); }),
              keys({"hostdev@managed"}));
    EXPECT_EQ(changedKeys(f, h, 2,
                          [](FormDeviceEditor *e) {
                              QComboBox *d = field<QComboBox>(e, "hostDevice");
                              d->setCurrentIndex(
                                  d->findText(QStringLiteral("I211"), Qt::MatchContains));
                          }),
              keys({"hostdev/source[0]/address[0]@bus"}));

    // A device the host does not list now is shown, kept, and warned about.
    e->load(fixtureDevice(f, h, 1));
    EXPECT_TRUE(devices->currentText().contains(QLatin1String("bus 1")))
        << str(devices->currentText());
    EXPECT_TRUE(e->validate().isEmpty());
    EXPECT_FALSE(e->messageFor(devices)->text().isEmpty());

    // USB to PCI: the old source, driver and ROM go.
    QDomElement out;
    changedKeys(
        f, h, 0,
        [](FormDeviceEditor *e) {
            choose(e, "hostdevKind", QStringLiteral("pci"));
            QComboBox *d = field<QComboBox>(e, "hostDevice");
            d->setCurrentIndex(d->findText(QStringLiteral("GeForce"), Qt::MatchContains));
        },
        x86Context(), &out);
    EXPECT_EQ(out.attribute(QStringLiteral("type")), QStringLiteral("pci"));
    EXPECT_TRUE(out.firstChildElement(QStringLiteral("source"))
                    .firstChildElement(QStringLiteral("vendor"))
                    .isNull());
    EXPECT_EQ(str(defineWith(out, QStringLiteral("vdeditors-topci"))), std::string());
}

TEST(HostdevEditor, RefusesWhenNoDeviceIsPicked) {
    const QDomElement usb =
        fixtureDevice(QStringLiteral("17-hostdev.xml"), QStringLiteral("hostdev"), 0);
    expectRefused(
        usb, QStringLiteral("hostdev"),
        [](FormDeviceEditor *e) { field<QComboBox>(e, "hostDevice")->setCurrentIndex(0); },
        "hostDevice", "Choose the host device");
    DeviceEditorContext empty = x86Context();
    empty.hostDevices.clear();
    auto e = editorFor(QStringLiteral("hostdev"), empty);
    const QStringList reasons = e->validate();
    ASSERT_EQ(reasons.size(), 1);
    EXPECT_TRUE(reasons.first().contains(QLatin1String("no USB devices"))) << str(reasons);
    EXPECT_EQ(str(newDeviceAccepted(
                  QStringLiteral("hostdev"),
                  [](FormDeviceEditor *e) {
                      choose(e, "hostdevKind", QStringLiteral("pci"));
                      field<QComboBox>(e, "hostDevice")->setCurrentIndex(1);
                  },
                  QStringLiteral("newpci"))),
              std::string());
}

// --- Watchdog, RNG -------------------------------------------------------------------------

TEST(WatchdogEditor, ChangesAndMachineChecks) {
    const QString f = QStringLiteral("18-watchdog-rng-balloon.xml");
    const QString w = QStringLiteral("watchdog");
    EXPECT_EQ(changedKeys(f, w, 0,
                          [](FormDeviceEditor *e) {
                              choose(e, "watchdogAction", QStringLiteral("poweroff"));
                          }),
              keys({"watchdog@action"}));
    EXPECT_EQ(changedKeys(
                  f, w, 0,
                  [](FormDeviceEditor *e) { choose(e, "watchdogModel", QStringLiteral("ib700")); }),
              keys({"watchdog@model"}));
    DeviceEditorContext pc = x86Context();
    pc.machine = QStringLiteral("pc-i440fx-7.2");
    QDomDocument doc;
    doc.setContent(QStringLiteral("<watchdog model='itco' action='reset'/>"));
    expectRefused(doc.documentElement(), w, noEdit, "watchdogModel", "only on Q35", pc);
    doc.setContent(QStringLiteral("<watchdog model='diag288'/>"));
    expectRefused(doc.documentElement(), w, noEdit, "watchdogModel", "s390x", pc);
    EXPECT_EQ(str(newDeviceAccepted(
                  w,
                  [](FormDeviceEditor *e) {
                      choose(e, "watchdogModel", QStringLiteral("ib700"));
                      choose(e, "watchdogAction", QStringLiteral("inject-nmi"));
                  },
                  QStringLiteral("ib700"))),
              std::string());
}

TEST(RngEditor, ChangesRefusalsAndNewDevices) {
    const QString f = QStringLiteral("18-watchdog-rng-balloon.xml");
    const QString r = QStringLiteral("rng");
    EXPECT_EQ(changedKeys(f, r, 0,
                          [](FormDeviceEditor *e) {
                              choose(e, "rngDevice", QStringLiteral("/dev/urandom"));
                          }),
              keys({"rng/backend[0]#text"}));
    EXPECT_EQ(changedKeys(f, r, 1, [](FormDeviceEditor *e) { setNumber(e, "rngPort", 4321); }),
              keys({"rng/backend[0]/source[0]@service"}));
    EXPECT_EQ(changedKeys(f, r, 2,
                          [](FormDeviceEditor *e) {
                              check(e, "rngLimitRate", true);
                              setNumber(e, "rngRateBytes", 2048);
                              setNumber(e, "rngRatePeriod", 500);
                          }),
              keys({"rng/rate[0]", "rng/rate[0]@bytes", "rng/rate[0]@period", "rng#order"}));
    expectRefused(
        fixtureDevice(f, r, 2), r,
        [](FormDeviceEditor *e) {
            check(e, "rngLimitRate", true);
            setNumber(e, "rngRateBytes", 0);
        },
        "rngRateBytes", "at least one byte");
    expectRefused(
        fixtureDevice(f, r, 1), r, [](FormDeviceEditor *e) { type(e, "rngHost", QString()); },
        "rngHost", "EGD daemon");
    QDomElement made;
    EXPECT_EQ(str(newDeviceAccepted(
                  r,
                  [](FormDeviceEditor *e) {
                      choose(e, "rngBackend", QStringLiteral("egd"));
                      type(e, "rngHost", QStringLiteral("192.0.2.30"));
                      setNumber(e, "rngPort", 708);
                      check(e, "rngLimitRate", true);
                      setNumber(e, "rngRateBytes", 1024);
                  },
                  QStringLiteral("egd"), &made)),
              std::string());
    // The random device's path is not left behind as text of the EGD backend.
    const QDomElement backend = made.firstChildElement(QStringLiteral("backend"));
    EXPECT_EQ(backend.attribute(QStringLiteral("model")), QStringLiteral("egd"));
    EXPECT_FALSE(backend.firstChild().isText()) << str(toText(made));
}
