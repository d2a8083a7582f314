// SPDX-License-Identifier: GPL-2.0-or-later
#include "filesystemeditor.h"

#include "devicexml.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpression>

using namespace DeviceXml;

namespace {

// virtio-fs and virtio-9p carry the tag in a 36-byte field.
constexpr int MountTagLimit = 36;

QString virtiofs() {
    return QStringLiteral("virtiofs");
}
QString ninep() {
    return QStringLiteral("path");
}

} // namespace

FilesystemEditor::FilesystemEditor(const DeviceEditorContext &context, QWidget *parent)
    : FormDeviceEditor(context, parent) {
    m_driver = addCombo(QStringLiteral("fsDriver"), tr("&Driver:"));
    const QStringList offered = context.filesystemDrivers;
    if (offered.isEmpty() || offered.contains(virtiofs()))
        addChoice(m_driver, virtiofs(), tr("virtiofs (fast; needs shared memory)"));
    if (offered.isEmpty() || offered.contains(ninep()))
        addChoice(m_driver, ninep(), tr("9p (slower; works everywhere)"));
    m_source = addLineEdit(QStringLiteral("fsSource"), tr("&Host folder:"));
    m_source->setPlaceholderText(QStringLiteral("/srv/share"));
    m_target = addLineEdit(QStringLiteral("fsTarget"),
                           isContainer() ? tr("&Mount point:") : tr("&Mount tag:"));
    m_readOnly = addCheckBox(QStringLiteral("fsReadOnly"), tr("&Read-only"));
    loadDefaults();
}

bool FilesystemEditor::isContainer() const {
    return context().domainType == QLatin1String("lxc");
}

QDomElement FilesystemEditor::createDevice(QDomDocument &document) const {
    QDomElement fs = document.createElement(QStringLiteral("filesystem"));
    fs.setAttribute(QStringLiteral("type"), QStringLiteral("mount"));
    if (!isContainer()) {
        fs.setAttribute(QStringLiteral("accessmode"), QStringLiteral("passthrough"));
        QDomElement driver = document.createElement(QStringLiteral("driver"));
        const QStringList offered = context().filesystemDrivers;
        driver.setAttribute(QStringLiteral("type"),
                            offered.isEmpty() || offered.contains(virtiofs()) ? virtiofs()
                                                                              : ninep());
        fs.appendChild(driver);
    }
    return fs;
}

QString FilesystemEditor::sourceAttribute(const QDomElement &device) {
    const QString type = device.attribute(QStringLiteral("type"), QStringLiteral("mount"));
    if (type == QLatin1String("file"))
        return QStringLiteral("file");
    if (type == QLatin1String("block"))
        return QStringLiteral("dev");
    if (type == QLatin1String("template") || type == QLatin1String("ram"))
        return QString();
    // An externally started virtiofsd is reached through its socket.
    if (child(device, QStringLiteral("source")).hasAttribute(QStringLiteral("socket")))
        return QStringLiteral("socket");
    return QStringLiteral("dir");
}

QString FilesystemEditor::readDriver(const QDomElement &device) const {
    const QString type = child(device, QStringLiteral("driver")).attribute(QStringLiteral("type"));
    // QEMU's default is 9p ("path").
    return type.isEmpty() && !isContainer() ? ninep() : type;
}

void FilesystemEditor::loadFields(const QDomElement &device) {
    selectValue(m_driver, readDriver(device));
    const QString attribute = sourceAttribute(device);
    m_sourceEditable = !attribute.isEmpty();
    m_source->setText(child(device, QStringLiteral("source")).attribute(attribute));
    m_source->setEnabled(m_sourceEditable);
    m_target->setText(child(device, QStringLiteral("target")).attribute(QStringLiteral("dir")));
    m_readOnly->setChecked(!child(device, QStringLiteral("readonly")).isNull());
}

void FilesystemEditor::updateRows() {
    setRowShown(m_driver, !isContainer());
}

QList<FormDeviceEditor::Problem> FilesystemEditor::problems() const {
    QList<Problem> out;
    const QString source = m_source->text().trimmed();
    if (m_sourceEditable) {
        if (source.isEmpty())
            out.push_back({m_source, tr("Choose the folder on the host to share.")});
        else if (!source.startsWith(QLatin1Char('/')))
            out.push_back({m_source, tr("Enter an absolute path, starting with “/”, such as "
                                        "/srv/share.")});
    }
    const QString target = m_target->text();
    if (isContainer()) {
        if (!target.trimmed().startsWith(QLatin1Char('/')))
            out.push_back({m_target, tr("Enter where the folder appears inside the container, "
                                        "as an absolute path such as /mnt/share.")});
    } else if (target.trimmed().isEmpty()) {
        out.push_back({m_target, tr("Enter a mount tag: the name the guest mounts the share "
                                    "by (mount -t virtiofs TAG /mnt).")});
    } else if (target.contains(QRegularExpression(QStringLiteral("\\s")))) {
        out.push_back({m_target, tr("The mount tag cannot contain spaces.")});
    } else if (target.toUtf8().size() > MountTagLimit) {
        out.push_back(
            {m_target, tr("The mount tag can be at most %1 characters long.").arg(MountTagLimit)});
    }
    if (!isContainer() && value(m_driver) == virtiofs()) {
        out.push_back({m_driver,
                       tr("virtiofs needs the guest's memory to be shared with the host: turn on "
                          "shared memory on the Memory page if it is not on yet, or the guest "
                          "will not start."),
                       Problem::Note});
        if (m_readOnly->isChecked())
            out.push_back({m_readOnly,
                           tr("Many libvirt versions refuse read-only virtiofs shares. If saving "
                              "fails, share read-write and mount it read-only in the guest."),
                           Problem::Warning});
    }
    return out;
}

void FilesystemEditor::storeFields(QDomElement &device) const {
    if (!isContainer())
        storeDriver(device);
    const QString attribute = sourceAttribute(device);
    if (!attribute.isEmpty()) {
        const QString source = m_source->text().trimmed();
        if (child(device, QStringLiteral("source")).attribute(attribute) != source)
            writeAttribute(ensureChild(device, QStringLiteral("source")), attribute, source);
    }
    const QString target = m_target->text().trimmed();
    if (child(device, QStringLiteral("target")).attribute(QStringLiteral("dir")) != target)
        writeAttribute(ensureChild(device, QStringLiteral("target")), QStringLiteral("dir"),
                       target);
    const bool readOnly = !child(device, QStringLiteral("readonly")).isNull();
    if (m_readOnly->isChecked() && !readOnly)
        ensureChild(device, QStringLiteral("readonly"));
    else if (!m_readOnly->isChecked() && readOnly)
        removeChildren(device, QStringLiteral("readonly"));
}

void FilesystemEditor::storeDriver(QDomElement &device) const {
    const QString driver = value(m_driver);
    if (readDriver(device) == driver)
        return;
    QDomElement d = ensureChild(device, QStringLiteral("driver"));
    d.setAttribute(QStringLiteral("type"), driver);
    if (driver == virtiofs()) {
        // virtiofs knows no 9p write policy or format and passes file access through.
        removeAttributes(d, {QStringLiteral("wrpolicy"), QStringLiteral("format")});
        const QString mode = device.attribute(QStringLiteral("accessmode"));
        if (!mode.isEmpty() && mode != QLatin1String("passthrough"))
            device.setAttribute(QStringLiteral("accessmode"), QStringLiteral("passthrough"));
    } else {
        // The queue size and the virtiofsd options mean nothing to 9p.
        removeAttributes(d, {QStringLiteral("queue")});
        removeChildren(device, QStringLiteral("binary"));
    }
}
