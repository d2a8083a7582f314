// SPDX-License-Identifier: GPL-2.0-or-later
#include "addhardwaredialog.h"

#include "deviceeditors/otherdeviceeditors.h"
#include "devicespage.h"
#include "diskeditor.h"
#include "fieldmessage.h"
#include "interfaceeditor.h"

#include <QDialogButtonBox>
#include <QDomDocument>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

AddHardwareDialog::AddHardwareDialog(const DeviceEditorContext &context, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Add hardware"));
    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Kind of device"));
    m_list->setIconSize(QSize(22, 22));
    m_list->setMaximumWidth(220);
    m_stack = new QStackedWidget;
    m_message = new FieldMessage;
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_add = m_buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_add->setAccessibleName(tr("Add the device"));
    m_add->setDefault(true);

    addKind(QStringLiteral("disk"), tr("Disk"), QStringLiteral("drive-harddisk"),
            new DiskEditor(context, QStringLiteral("disk"), true));
    addKind(QStringLiteral("cdrom"), tr("CD-ROM"), QStringLiteral("media-optical"),
            new DiskEditor(context, QStringLiteral("cdrom"), true));
    addKind(QStringLiteral("interface"), tr("Network interface"), QStringLiteral("network-wired"),
            new InterfaceEditor(context));
    // Every other kind the device editors know about.
    const QList<std::pair<const char *, QString>> others = {
        {"graphics", tr("Graphics (display)")},
        {"video", tr("Video card")},
        {"sound", tr("Sound card")},
        {"input", tr("Input device")},
        {"serial", tr("Serial port")},
        {"console", tr("Console")},
        {"channel", tr("Channel")},
        {"tpm", tr("TPM")},
        {"filesystem", tr("Shared folder")},
        {"hostdev", tr("USB or PCI host device")},
        {"watchdog", tr("Watchdog")},
        {"rng", tr("Random number generator")},
    };
    for (const auto &[tag, label] : others) {
        const QString kind = QLatin1String(tag);
        if (DeviceEditor *e = createOtherDeviceEditor(kind, context, nullptr)) {
            QDomDocument scratch;
            addKind(kind, label, GuestDevices::iconName(e->createDevice(scratch)), e);
        }
    }

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_stack);
    auto *right = new QVBoxLayout;
    right->addWidget(scroll, 1);
    right->addWidget(m_message);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list);
    top->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        m_message->clear();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddHardwareDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_list->setCurrentRow(0);
    resize(760, 560);
}

void AddHardwareDialog::addKind(const QString &kind, const QString &label, const QString &iconName,
                                DeviceEditor *editor) {
    m_kinds << kind;
    m_editors.insert(kind, editor);
    auto *item = new QListWidgetItem(DevicesPage::deviceIcon(iconName), label, m_list);
    item->setData(Qt::UserRole + 1, kind);
    // Editors keep to the top of the page rather than spreading over its height.
    auto *holder = new QWidget;
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(editor);
    holderLayout->addStretch(1);
    m_stack->addWidget(holder);
    connect(editor, &DeviceEditor::changed, m_message, &FieldMessage::clear);
}

bool AddHardwareDialog::selectKind(const QString &kind) {
    const qsizetype row = m_kinds.indexOf(kind);
    if (row < 0)
        return false;
    m_list->setCurrentRow(int(row));
    return true;
}

QString AddHardwareDialog::currentKind() const {
    return m_kinds.value(m_list->currentRow());
}

std::optional<AddHardwareDialog::Request> AddHardwareDialog::request() const {
    DeviceEditor *e = currentEditor();
    if (!e || !e->validate().isEmpty())
        return std::nullopt;
    QDomDocument doc;
    QDomElement device = e->createDevice(doc);
    if (device.parentNode().isNull())
        doc.appendChild(device);
    e->store(device);
    Request r;
    r.kind = currentKind();
    r.xml = GuestDevices::toXml(device);
    if (auto *disk = qobject_cast<DiskEditor *>(e))
        r.volume = disk->newVolume();
    return r;
}

void AddHardwareDialog::submit() {
    if (m_busy)
        return;
    const std::optional<Request> r = request();
    if (!r) {
        m_message->setError(tr("Nothing was added: correct the marked fields."));
        return;
    }
    m_message->setNote(tr("Adding…"));
    setBusy(true);
    Q_EMIT submitted(*r);
}

void AddHardwareDialog::finish(bool ok, const QString &error,
                               const QList<GuestDevices::Problem> &problems) {
    setBusy(false);
    if (ok) {
        m_message->clear();
        accept();
        return;
    }
    // Refusals found by the add job (a MAC another guest took meanwhile, say) go to their
    // fields where the editor has them.
    if (auto *disk = qobject_cast<DiskEditor *>(currentEditor()))
        disk->showProblems(problems);
    else if (auto *nic = qobject_cast<InterfaceEditor *>(currentEditor()))
        nic->showProblems(problems);
    m_message->setError(error);
}

void AddHardwareDialog::setBusy(bool busy) {
    m_busy = busy;
    m_add->setEnabled(!busy);
    m_list->setEnabled(!busy);
    m_stack->setEnabled(!busy);
}
