// SPDX-License-Identifier: GPL-2.0-or-later
#include "diskeditor.h"

#include "fieldmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;
constexpr int DefaultNewSizeGiB = 10;

QString attr(const QDomElement &e, const char *name) {
    return e.attribute(QLatin1String(name));
}

QDomElement child(const QDomElement &e, const char *name) {
    return e.firstChildElement(QLatin1String(name));
}

// An empty value removes the attribute; an equal one is left alone.
void writeAttr(QDomElement e, const QString &name, const QString &value) {
    if (value.isEmpty())
        e.removeAttribute(name);
    else if (e.attribute(name) != value || !e.hasAttribute(name))
        e.setAttribute(name, value);
}

void selectData(QComboBox *box, const QString &value, const QString &unknownText = {}) {
    int i = box->findData(value);
    if (i < 0) {
        // A value VirtDeck does not offer is shown and kept, not replaced.
        box->addItem(unknownText.isEmpty() ? value : unknownText, value);
        i = box->count() - 1;
    }
    box->setCurrentIndex(i);
}

QString valueOf(const QComboBox *box) {
    return box->currentData().toString();
}

// The image format a file name suggests: qcow2 by its extension, raw otherwise.
QString formatFor(const QString &path) {
    return path.endsWith(QLatin1String(".qcow2"), Qt::CaseInsensitive) ? QStringLiteral("qcow2")
                                                                       : QStringLiteral("raw");
}

bool filePool(const QString &type) {
    return type == QLatin1String("dir") || type == QLatin1String("fs") ||
           type == QLatin1String("netfs");
}

} // namespace

DiskEditor::DiskEditor(const DeviceEditorContext &context, const QString &device, bool newDevice,
                       QWidget *parent)
    : DeviceEditor(context, parent)
    , m_device(device)
    , m_newDevice(newDevice) {
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_sourceKind = new QComboBox;
    m_sourceKind->setAccessibleName(tr("Image source"));
    m_sourcePages = new QStackedWidget;
    auto page = [this](std::initializer_list<QWidget *> widgets) {
        auto *w = new QWidget;
        auto *layout = new QHBoxLayout(w);
        layout->setContentsMargins(0, 0, 0, 0);
        for (QWidget *x : widgets)
            layout->addWidget(x);
        m_sourcePages->addWidget(w);
        return w;
    };
    m_pool = new QComboBox;
    m_pool->setAccessibleName(tr("Storage pool"));
    m_volume = new QComboBox;
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setEditable(true);
    m_volume->setMinimumContentsLength(20);
    page({m_pool, m_volume})->setObjectName(QLatin1String(ExistingVolume));
    m_path = new QLineEdit;
    m_path->setAccessibleName(tr("Image path"));
    m_path->setPlaceholderText(tr("/var/lib/libvirt/images/disk.qcow2"));
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Browse for an image"));
    m_browse->setEnabled(context.localHost);
    page({m_path, m_browse})->setObjectName(QLatin1String(Path));
    m_newPool = new QComboBox;
    m_newPool->setAccessibleName(tr("Pool of the new volume"));
    m_newName = new QLineEdit;
    m_newName->setAccessibleName(tr("Name of the new volume"));
    m_newSize = new QSpinBox;
    m_newSize->setRange(0, 1024 * 1024);
    m_newSize->setSuffix(tr(" GiB"));
    m_newSize->setValue(DefaultNewSizeGiB);
    m_newSize->setAccessibleName(tr("Size of the new volume in GiB"));
    m_freeSpace = new QLabel;
    {
        // Two lines: where (and how much room there is), then what.
        auto *w = new QWidget;
        auto *lines = new QVBoxLayout(w);
        lines->setContentsMargins(0, 0, 0, 0);
        auto *where = new QHBoxLayout;
        where->addWidget(m_newPool, 1);
        where->addWidget(m_freeSpace);
        auto *what = new QHBoxLayout;
        what->addWidget(m_newName, 1);
        what->addWidget(m_newSize);
        lines->addLayout(where);
        lines->addLayout(what);
        w->setObjectName(QLatin1String(NewVolume));
        m_sourcePages->addWidget(w);
    }
    auto *noMedia = new QLabel(tr("No media in the drive."));
    page({noMedia})->setObjectName(QLatin1String(Empty));
    m_unchanged = new QLabel;
    m_unchanged->setWordWrap(true);
    page({m_unchanged})->setObjectName(QLatin1String(Unchanged));

    // The pages differ in height; none should take the form's spare room.
    m_sourcePages->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    addRow(form, tr("&Source:"), m_sourceKind, QStringLiteral("source"));
    form->insertRow(form->rowCount() - 1, QString(), m_sourcePages);
    if (newDevice) {
        // The new volume's refusals sit with its fields, in the source row.
        m_messages.insert(QStringLiteral("pool"), m_messages.value(QStringLiteral("source")));
        m_messages.insert(QStringLiteral("volume"), m_messages.value(QStringLiteral("source")));
        auto *sizeMessage = new FieldMessage;
        form->addRow(QString(), sizeMessage);
        m_messages.insert(QStringLiteral("size"), sizeMessage);
    }

    m_bus = new QComboBox;
    m_bus->setAccessibleName(tr("Bus"));
    QStringList buses = context.diskBuses;
    if (buses.isEmpty())
        buses = {QStringLiteral("virtio"), QStringLiteral("sata"), QStringLiteral("scsi"),
                 QStringLiteral("ide"),    QStringLiteral("usb"),  QStringLiteral("fdc")};
    const QHash<QString, QString> busNames = {
        {QStringLiteral("virtio"), tr("VirtIO (fastest)")},
        {QStringLiteral("sata"), tr("SATA")},
        {QStringLiteral("scsi"), tr("SCSI")},
        {QStringLiteral("ide"), tr("IDE")},
        {QStringLiteral("usb"), tr("USB")},
        {QStringLiteral("fdc"), tr("Floppy controller")},
    };
    for (const QString &bus : buses) {
        // Floppies live on the floppy controller, and nothing else does.
        if ((bus == QLatin1String("fdc")) != (device == QLatin1String("floppy")))
            continue;
        if (device == QLatin1String("cdrom") && bus == QLatin1String("virtio"))
            continue;
        m_bus->addItem(busNames.value(bus, bus), bus);
    }
    addRow(form, tr("&Bus:"), m_bus, QStringLiteral("bus"));
    m_target = new QLineEdit;
    m_target->setAccessibleName(tr("Target name in the guest"));
    addRow(form, tr("&Target:"), m_target, QStringLiteral("target"));

    m_cache = new QComboBox;
    m_cache->setAccessibleName(tr("Cache mode"));
    m_cache->addItem(tr("Hypervisor default"), QString());
    for (const char *mode : {"none", "writethrough", "writeback", "directsync", "unsafe"})
        m_cache->addItem(QLatin1String(mode), QLatin1String(mode));
    addRow(form, tr("&Cache:"), m_cache, QStringLiteral("cache"));
    m_io = new QComboBox;
    m_io->setAccessibleName(tr("I/O mode"));
    m_io->addItem(tr("Hypervisor default"), QString());
    for (const char *mode : {"native", "threads", "io_uring"})
        m_io->addItem(QLatin1String(mode), QLatin1String(mode));
    addRow(form, tr("&I/O mode:"), m_io, QStringLiteral("io"));
    m_discard = new QComboBox;
    m_discard->setAccessibleName(tr("Discard"));
    m_discard->addItem(tr("Hypervisor default"), QString());
    m_discard->addItem(tr("Pass to the image (unmap)"), QStringLiteral("unmap"));
    m_discard->addItem(tr("Ignore"), QStringLiteral("ignore"));
    addRow(form, tr("&Discard:"), m_discard, QStringLiteral("discard"));
    m_readOnly = new QCheckBox(tr("Read-&only"));
    m_readOnly->setAccessibleName(tr("Read-only"));
    form->addRow(QString(), m_readOnly);

    m_sizeRow = new QWidget(this);
    auto *sizeLayout = new QHBoxLayout(m_sizeRow);
    sizeLayout->setContentsMargins(0, 0, 0, 0);
    m_size = new QDoubleSpinBox;
    m_size->setRange(0, 1024.0 * 1024.0);
    m_size->setDecimals(2);
    m_size->setSuffix(tr(" GiB"));
    m_size->setAccessibleName(tr("Disk size in GiB"));
    m_resize = new QPushButton(tr("Re&size"));
    m_resize->setAccessibleName(tr("Resize the disk"));
    m_resize->setEnabled(false);
    sizeLayout->addWidget(m_size);
    sizeLayout->addWidget(m_resize);
    sizeLayout->addStretch(1);
    if (!newDevice) {
        addRow(form, tr("Si&ze:"), m_sizeRow, QStringLiteral("size"));
        m_size->setToolTip(tr("Disks only grow: shrinking would cut off data. Resize acts at "
                              "once, also in a running guest."));
    } else {
        m_sizeRow->hide();
    }
    const bool resizable = !newDevice && device == QLatin1String("disk");
    m_sizeRow->setVisible(resizable);
    if (QWidget *label = form->labelForField(m_sizeRow))
        label->setVisible(resizable);

    // Sources offered for this kind of drive.
    if (newDevice && device == QLatin1String("disk"))
        m_sourceKind->addItem(tr("New volume"), QLatin1String(NewVolume));
    if (device != QLatin1String("disk"))
        m_sourceKind->addItem(tr("Empty drive"), QLatin1String(Empty));
    m_sourceKind->addItem(tr("Existing volume"), QLatin1String(ExistingVolume));
    m_sourceKind->addItem(tr("File or device path"), QLatin1String(Path));
    fillPools(m_pool);
    fillPools(m_newPool);
    for (QComboBox *box : {m_pool, m_newPool}) {
        const int preferred = box->findData(QStringLiteral("default"));
        if (preferred >= 0)
            box->setCurrentIndex(preferred);
    }
    fillVolumes();

    connect(m_sourceKind, &QComboBox::currentIndexChanged, this, [this] {
        selectSourceKind(sourceKind());
        edited();
    });
    connect(m_pool, &QComboBox::currentIndexChanged, this, [this] {
        fillVolumes();
        edited();
    });
    connect(m_volume, &QComboBox::currentTextChanged, this, &DiskEditor::edited);
    connect(m_path, &QLineEdit::textChanged, this, &DiskEditor::edited);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Choose a disk image"), m_path->text());
        if (!file.isEmpty())
            m_path->setText(file);
    });
    connect(m_newPool, &QComboBox::currentIndexChanged, this, [this] {
        updateFreeSpace();
        edited();
    });
    connect(m_newName, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_newName, &QLineEdit::textChanged, this, &DiskEditor::edited);
    connect(m_newSize, &QSpinBox::valueChanged, this, &DiskEditor::edited);
    connect(m_bus, &QComboBox::currentIndexChanged, this, [this] {
        busChanged();
        edited();
    });
    connect(m_target, &QLineEdit::textChanged, this, [this] {
        suggestNewName();
        edited();
    });
    for (QComboBox *box : {m_cache, m_io, m_discard})
        connect(box, &QComboBox::currentIndexChanged, this, &DiskEditor::edited);
    connect(m_readOnly, &QCheckBox::toggled, this, &DiskEditor::edited);
    connect(m_size, &QDoubleSpinBox::valueChanged, this, [this] {
        if (FieldMessage *m = m_messages.value(QStringLiteral("size")); m && !m_newDevice)
            m->clear();
    });
    connect(m_resize, &QPushButton::clicked, this, &DiskEditor::requestResize);

    // What a new drive starts with: the usual bus for its kind and the next free name.
    m_loading = true;
    QString bus = QStringLiteral("virtio");
    if (device == QLatin1String("cdrom"))
        bus = context.machine.contains(QLatin1String("q35")) ? QStringLiteral("sata")
                                                             : QStringLiteral("ide");
    else if (device == QLatin1String("floppy"))
        bus = QStringLiteral("fdc");
    if (m_bus->findData(bus) < 0 && m_bus->count() > 0)
        bus = m_bus->itemData(0).toString();
    selectData(m_bus, bus);
    m_target->setText(GuestDevices::nextTarget(bus, context.usedDiskTargets));
    m_readOnly->setChecked(device == QLatin1String("cdrom"));
    selectSourceKind(m_sourceKind->itemData(0).toString());
    suggestNewName();
    updateFreeSpace();
    m_loading = false;
}

FieldMessage *DiskEditor::addRow(QFormLayout *form, const QString &label, QWidget *field,
                                 const QString &key) {
    form->addRow(label, field);
    if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(field)))
        buddy->setBuddy(field);
    auto *message = new FieldMessage;
    form->addRow(QString(), message);
    m_messages.insert(key, message);
    return message;
}

void DiskEditor::fillPools(QComboBox *box) {
    for (const DeviceEditorContext::Pool &p : context().pools)
        box->addItem(p.name, p.name);
}

const DeviceEditorContext::Pool *DiskEditor::pool(const QString &name) const {
    for (const DeviceEditorContext::Pool &p : context().pools)
        if (p.name == name)
            return &p;
    return nullptr;
}

void DiskEditor::fillVolumes() {
    const QSignalBlocker blocker(m_volume);
    const QString kept = m_volume->currentText();
    m_volume->clear();
    if (const DeviceEditorContext::Pool *p = pool(valueOf(m_pool))) {
        QStringList names = p->volumes;
        // A CD-ROM mostly wants an ISO: those first.
        if (m_device != QLatin1String("disk"))
            std::stable_partition(names.begin(), names.end(), [](const QString &n) {
                return n.endsWith(QLatin1String(".iso"), Qt::CaseInsensitive);
            });
        m_volume->addItems(names);
    }
    if (!kept.isEmpty() && m_volume->findText(kept) >= 0)
        m_volume->setCurrentText(kept);
}

QString DiskEditor::sourceKind() const {
    return valueOf(m_sourceKind);
}

void DiskEditor::selectSourceKind(const QString &kind) {
    const QSignalBlocker blocker(m_sourceKind);
    selectData(m_sourceKind, kind);
    // Only the page shown counts for the height: the others are told to be ignored.
    for (int i = 0; i < m_sourcePages->count(); ++i) {
        QWidget *page = m_sourcePages->widget(i);
        const bool shown = page->objectName() == kind;
        page->setSizePolicy(shown ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                            shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        if (shown)
            m_sourcePages->setCurrentIndex(i);
    }
}

QString DiskEditor::ownTarget() const {
    return m_loaded.isNull() ? QString() : attr(child(m_loaded, "target"), "dev");
}

void DiskEditor::busChanged() {
    // A name from the old bus may clash with the new one's; offer the next free one instead.
    const QString bus = valueOf(m_bus);
    if (m_target->text().startsWith(GuestDevices::targetPrefix(bus)))
        return;
    QStringList used = context().usedDiskTargets;
    used.removeAll(ownTarget());
    m_target->setText(GuestDevices::nextTarget(bus, used));
}

void DiskEditor::suggestNewName() {
    if (!m_newDevice || m_nameEdited)
        return;
    const QString guest =
        context().guestName.isEmpty() ? QStringLiteral("disk") : context().guestName;
    const QSignalBlocker blocker(m_newName);
    m_newName->setText(guest + QLatin1Char('-') + m_target->text() + QStringLiteral(".qcow2"));
}

void DiskEditor::updateFreeSpace() {
    const DeviceEditorContext::Pool *p = pool(valueOf(m_newPool));
    m_freeSpace->setText(p ? tr("%1 GiB free").arg(double(p->freeBytes) / GiB, 0, 'f', 1)
                           : QString());
}

void DiskEditor::edited() {
    if (m_loading)
        return;
    validate();
    Q_EMIT changed();
}

void DiskEditor::load(const QDomElement &device) {
    m_loading = true;
    m_loadedDoc = QDomDocument();
    m_loaded = m_loadedDoc.importNode(device, true).toElement();
    m_loadedDoc.appendChild(m_loaded);
    m_device = attr(device, "device").isEmpty() ? QStringLiteral("disk") : attr(device, "device");
    m_newDevice = false;

    const QString type =
        attr(device, "type").isEmpty() ? QStringLiteral("file") : attr(device, "type");
    const QDomElement source = child(device, "source");
    const QString path =
        type == QLatin1String("block") ? attr(source, "dev") : attr(source, "file");
    if (type == QLatin1String("volume")) {
        selectData(m_pool, attr(source, "pool"));
        fillVolumes();
        m_volume->setCurrentText(attr(source, "volume"));
        selectSourceKind(QLatin1String(ExistingVolume));
    } else if (type == QLatin1String("file") || type == QLatin1String("block")) {
        m_path->setText(path);
        selectSourceKind(path.isEmpty() && m_device != QLatin1String("disk") ? QLatin1String(Empty)
                                                                             : QLatin1String(Path));
        // An image that is a volume of a known pool is shown as one.
        for (const DeviceEditorContext::Pool &p : context().pools) {
            const QString name = path.section(QLatin1Char('/'), -1);
            if (!p.path.isEmpty() && path == p.path + QLatin1Char('/') + name &&
                p.volumes.contains(name)) {
                selectData(m_pool, p.name);
                fillVolumes();
                m_volume->setCurrentText(name);
                selectSourceKind(QLatin1String(ExistingVolume));
                break;
            }
        }
    } else {
        // Network and directory disks are kept as they are; their XML says where they point.
        if (m_sourceKind->findData(QLatin1String(Unchanged)) < 0)
            m_sourceKind->addItem(tr("Unchanged (%1)").arg(type), QLatin1String(Unchanged));
        m_unchanged->setText(tr("This %1 disk's source is kept as it is; change it on the XML "
                                "page.")
                                 .arg(type));
        selectSourceKind(QLatin1String(Unchanged));
    }
    const QDomElement target = child(device, "target");
    selectData(m_bus, attr(target, "bus"));
    m_target->setText(attr(target, "dev"));
    const QDomElement driver = child(device, "driver");
    selectData(m_cache, attr(driver, "cache"));
    selectData(m_io, attr(driver, "io"));
    selectData(m_discard, attr(driver, "discard"));
    m_readOnly->setChecked(!child(device, "readonly").isNull());
    const bool resizable = m_device == QLatin1String("disk");
    m_sizeRow->setVisible(resizable);
    if (auto *form = qobject_cast<QFormLayout *>(layout()))
        if (QWidget *label = form->labelForField(m_sizeRow))
            label->setVisible(resizable);
    m_loading = false;
    validate();
}

void DiskEditor::setCapacity(std::optional<quint64> bytes) {
    m_capacity = bytes;
    const QSignalBlocker blocker(m_size);
    m_size->setValue(bytes ? double(*bytes) / GiB : 0.0);
    m_resize->setEnabled(bytes.has_value());
    if (!bytes)
        m_size->setToolTip(tr("The size is not known; Resize needs it."));
}

void DiskEditor::requestResize() {
    // Whole MiB: a size typed in GiB with two decimals means no more than that.
    quint64 bytes = quint64(std::llround(m_size->value() * 1024.0)) * 1024 * 1024;
    if (m_capacity && std::abs(m_size->value() - double(*m_capacity) / GiB) < 0.005)
        bytes = *m_capacity; // the size as shown, untouched
    FieldMessage *message = m_messages.value(QStringLiteral("size"));
    if (const QString why = GuestDevices::resizeProblem(m_capacity, bytes); !why.isEmpty()) {
        message->setError(why);
        return;
    }
    message->clear();
    Q_EMIT resizeRequested(bytes);
}

std::optional<GuestDevices::NewVolume> DiskEditor::newVolume() const {
    if (!m_newDevice || sourceKind() != QLatin1String(NewVolume))
        return std::nullopt;
    GuestDevices::NewVolume v;
    v.pool = valueOf(m_newPool);
    v.name = m_newName->text().trimmed();
    v.bytes = quint64(m_newSize->value()) * 1024ull * 1024 * 1024;
    const DeviceEditorContext::Pool *p = pool(v.pool);
    v.format = p && !filePool(p->type) ? QStringLiteral("raw") : QStringLiteral("qcow2");
    return v;
}

QDomElement DiskEditor::createDevice(QDomDocument &document) const {
    QDomElement disk = document.createElement(QStringLiteral("disk"));
    disk.setAttribute(QStringLiteral("type"), QStringLiteral("file"));
    disk.setAttribute(QStringLiteral("device"), m_device);
    QDomElement driver = document.createElement(QStringLiteral("driver"));
    const QString domainType = context().domainType;
    if (domainType == QLatin1String("qemu") || domainType == QLatin1String("kvm"))
        driver.setAttribute(QStringLiteral("name"), QStringLiteral("qemu"));
    driver.setAttribute(QStringLiteral("type"), m_device == QLatin1String("disk")
                                                    ? QStringLiteral("qcow2")
                                                    : QStringLiteral("raw"));
    disk.appendChild(driver);
    QDomElement target = document.createElement(QStringLiteral("target"));
    const QString bus = valueOf(m_bus);
    target.setAttribute(QStringLiteral("dev"),
                        GuestDevices::nextTarget(bus, context().usedDiskTargets));
    target.setAttribute(QStringLiteral("bus"), bus);
    disk.appendChild(target);
    if (m_device == QLatin1String("cdrom"))
        disk.appendChild(document.createElement(QStringLiteral("readonly")));
    return disk;
}

void DiskEditor::writeSource(QDomElement &disk) const {
    const QString kind = sourceKind();
    if (kind == QLatin1String(Unchanged))
        return;
    QString type = QStringLiteral("file"), attribute, value, pool, volume;
    if (kind == QLatin1String(ExistingVolume)) {
        pool = valueOf(m_pool);
        volume = m_volume->currentText().trimmed();
        // A volume with a path is written as that path, like every other image.
        if (const DeviceEditorContext::Pool *p = this->pool(pool); p && !p->path.isEmpty()) {
            type = filePool(p->type) ? QStringLiteral("file") : QStringLiteral("block");
            attribute =
                type == QLatin1String("file") ? QStringLiteral("file") : QStringLiteral("dev");
            value = p->path + QLatin1Char('/') + volume;
            pool.clear();
            volume.clear();
        } else {
            type = QStringLiteral("volume");
        }
    } else if (kind == QLatin1String(Path)) {
        value = m_path->text().trimmed();
        type = value.startsWith(QLatin1String("/dev/")) ? QStringLiteral("block")
                                                        : QStringLiteral("file");
        attribute = type == QLatin1String("file") ? QStringLiteral("file") : QStringLiteral("dev");
    }
    // Nothing to write when the drive already points there (keeps index=, startupPolicy=, ...).
    const QString currentType =
        attr(disk, "type").isEmpty() ? QStringLiteral("file") : attr(disk, "type");
    const QDomElement current = child(disk, "source");
    const bool same =
        currentType == type &&
        (type == QLatin1String("volume")
             ? attr(current, "pool") == pool && attr(current, "volume") == volume
             : (value.isEmpty() ? current.isNull()
                                : current.attribute(attribute) == value && !current.isNull()));
    if (same)
        return;
    writeAttr(disk, QStringLiteral("type"), type);
    if (!current.isNull())
        disk.removeChild(current);
    if (type == QLatin1String("volume") || !value.isEmpty()) {
        QDomElement fresh = GuestDevices::ensureChild(disk, QStringLiteral("source"));
        if (type == QLatin1String("volume")) {
            fresh.setAttribute(QStringLiteral("pool"), pool);
            fresh.setAttribute(QStringLiteral("volume"), volume);
        } else {
            fresh.setAttribute(attribute, value);
        }
    }
    // A new image may be of another format than the old one.
    const QString format = m_device == QLatin1String("disk")
                               ? formatFor(value.isEmpty() ? volume : value)
                               : QStringLiteral("raw");
    if (!value.isEmpty() || !volume.isEmpty()) {
        QDomElement driver = GuestDevices::ensureChild(disk, QStringLiteral("driver"));
        const QString domainType = context().domainType;
        if (!driver.hasAttribute(QStringLiteral("name")) &&
            (domainType == QLatin1String("qemu") || domainType == QLatin1String("kvm")))
            driver.setAttribute(QStringLiteral("name"), QStringLiteral("qemu"));
        writeAttr(driver, QStringLiteral("type"), format);
    }
}

void DiskEditor::store(QDomElement &disk) const {
    if (disk.isNull())
        return;
    writeAttr(disk, QStringLiteral("device"), m_device);
    writeSource(disk);

    QDomElement target = GuestDevices::ensureChild(disk, QStringLiteral("target"));
    const QString bus = valueOf(m_bus);
    const QString oldBus = attr(target, "bus");
    writeAttr(target, QStringLiteral("dev"), m_target->text().trimmed());
    if (oldBus != bus) {
        writeAttr(target, QStringLiteral("bus"), bus);
        // The old controller address does not fit the new bus; libvirt assigns a fresh one,
        // and multiqueue and IOThreads exist only on virtio.
        disk.removeChild(child(disk, "address"));
        if (oldBus == QLatin1String("virtio"))
            for (const char *a : {"queues", "queue_size", "iothread"})
                child(disk, "driver").removeAttribute(QLatin1String(a));
    }

    const QList<std::pair<const char *, QString>> driverValues = {
        {"cache", valueOf(m_cache)}, {"io", valueOf(m_io)}, {"discard", valueOf(m_discard)}};
    for (const auto &[name, value] : driverValues) {
        QDomElement driver = child(disk, "driver");
        if (driver.isNull() && value.isEmpty())
            continue;
        if (driver.isNull()) {
            driver = GuestDevices::ensureChild(disk, QStringLiteral("driver"));
            const QString domainType = context().domainType;
            if (domainType == QLatin1String("qemu") || domainType == QLatin1String("kvm"))
                driver.setAttribute(QStringLiteral("name"), QStringLiteral("qemu"));
        }
        writeAttr(driver, QLatin1String(name), value);
    }

    const QDomElement readOnly = child(disk, "readonly");
    if (m_readOnly->isChecked() && readOnly.isNull())
        GuestDevices::ensureChild(disk, QStringLiteral("readonly"));
    else if (!m_readOnly->isChecked() && !readOnly.isNull())
        disk.removeChild(readOnly);
}

QStringList DiskEditor::validate() const {
    QDomDocument scratch;
    QDomElement disk =
        m_loaded.isNull() ? createDevice(scratch) : scratch.importNode(m_loaded, true).toElement();
    scratch.appendChild(disk);
    store(disk);
    const std::optional<GuestDevices::NewVolume> volume = newVolume();
    QList<GuestDevices::Problem> problems =
        GuestDevices::validateDisk(disk, context(), m_loaded, volume.has_value());
    if (volume)
        problems += GuestDevices::validateNewVolume(*volume, context());
    showProblems(problems);
    QStringList reasons;
    for (const GuestDevices::Problem &p : problems)
        reasons << p.reason;
    return reasons;
}

void DiskEditor::showProblems(const QList<GuestDevices::Problem> &problems) const {
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        if (it.key() != QLatin1String("size") || m_newDevice)
            it.value()->clear();
    for (const GuestDevices::Problem &p : problems) {
        FieldMessage *m = m_messages.value(p.field, m_messages.value(QStringLiteral("source")));
        if (!m->isError())
            m->setError(p.reason);
    }
}
