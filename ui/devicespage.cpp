// SPDX-License-Identifier: GPL-2.0-or-later
#include "devicespage.h"

#include "addhardwaredialog.h"
#include "connection.h"
#include "deviceeditor.h"
#include "deviceeditors/otherdeviceeditors.h"
#include "diskeditor.h"
#include "fieldmessage.h"
#include "interfaceeditor.h"
#include "xmlhighlighter.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace {

enum BodyPage { NothingPage, EditorPage, XmlPage };

const QColor PendingColor(0xa8, 0x6a, 0x00);

QString groupTitle(const QString &group) {
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("storage"), QT_TRANSLATE_NOOP("DevicesPage", "Storage")},
        {QStringLiteral("network"), QT_TRANSLATE_NOOP("DevicesPage", "Network")},
        {QStringLiteral("display"), QT_TRANSLATE_NOOP("DevicesPage", "Display")},
        {QStringLiteral("sound"), QT_TRANSLATE_NOOP("DevicesPage", "Sound")},
        {QStringLiteral("input"), QT_TRANSLATE_NOOP("DevicesPage", "Input")},
        {QStringLiteral("serial"), QT_TRANSLATE_NOOP("DevicesPage", "Serial ports and consoles")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("DevicesPage", "Channels")},
        {QStringLiteral("tpm"), QT_TRANSLATE_NOOP("DevicesPage", "TPM")},
        {QStringLiteral("filesystem"), QT_TRANSLATE_NOOP("DevicesPage", "Shared folders")},
        {QStringLiteral("hostdev"), QT_TRANSLATE_NOOP("DevicesPage", "Host devices")},
        {QStringLiteral("watchdog"), QT_TRANSLATE_NOOP("DevicesPage", "Watchdog")},
        {QStringLiteral("rng"), QT_TRANSLATE_NOOP("DevicesPage", "Random numbers")},
        {QStringLiteral("controller"), QT_TRANSLATE_NOOP("DevicesPage", "Controllers")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("DevicesPage", "Other")},
    };
    return QCoreApplication::translate("DevicesPage", titles.value(group, "Other"));
}

const QStringList &groupOrder() {
    static const QStringList order = {
        QStringLiteral("storage"),    QStringLiteral("network"),  QStringLiteral("display"),
        QStringLiteral("sound"),      QStringLiteral("input"),    QStringLiteral("serial"),
        QStringLiteral("channel"),    QStringLiteral("tpm"),      QStringLiteral("filesystem"),
        QStringLiteral("hostdev"),    QStringLiteral("watchdog"), QStringLiteral("rng"),
        QStringLiteral("controller"), QStringLiteral("other")};
    return order;
}

bool removable(const GuestDevice *d) {
    return d && d->tag == QLatin1String("disk") &&
           (d->kind == QLatin1String("cdrom") || d->kind == QLatin1String("floppy"));
}

} // namespace

DevicesPage::DevicesPage(Connection *connection, const DomainInfo &guest, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_guest(guest) {
    m_tree = new QTreeWidget;
    m_tree->setAccessibleName(tr("Devices"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setIconSize(QSize(20, 20));
    m_tree->setMinimumWidth(300);
    m_add = new QPushButton(tr("Add &hardware…"));
    m_add->setAccessibleName(tr("Add hardware"));
    m_remove = new QPushButton(tr("Re&move…"));
    m_remove->setAccessibleName(tr("Remove the device"));
    auto *treeButtons = new QHBoxLayout;
    treeButtons->addWidget(m_add);
    treeButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_tree, 1);
    left->addLayout(treeButtons);

    m_title = new QLabel;
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setAccessibleName(tr("Selected device"));
    m_state = new QLabel;
    m_state->setAccessibleName(tr("Device state"));
    m_pendingMark = new QLabel;
    m_pendingMark->setAccessibleName(tr("Applies after restart"));
    m_pendingMark->setWordWrap(true);
    QPalette amber = m_pendingMark->palette();
    amber.setColor(QPalette::WindowText, PendingColor);
    m_pendingMark->setPalette(amber);
    m_pendingMark->setVisible(false);
    m_eject = new QPushButton(tr("&Eject"));
    m_eject->setAccessibleName(tr("Eject the media"));
    m_insert = new QPushButton(tr("&Insert…"));
    m_insert->setAccessibleName(tr("Insert media"));
    m_link = new QPushButton;
    m_link->setAccessibleName(tr("Connect or disconnect the network cable"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_eject);
    actions->addWidget(m_insert);
    actions->addWidget(m_link);
    actions->addStretch(1);

    m_body = new QStackedWidget;
    auto *nothing = new QLabel(tr("Choose a device on the left."));
    nothing->setAlignment(Qt::AlignCenter);
    m_body->insertWidget(NothingPage, nothing);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_editorHolder = new QWidget;
    auto *holderLayout = new QVBoxLayout(m_editorHolder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addStretch(1);
    scroll->setWidget(m_editorHolder);
    m_body->insertWidget(EditorPage, scroll);
    auto *xmlPage = new QWidget;
    auto *xmlLayout = new QVBoxLayout(xmlPage);
    xmlLayout->setContentsMargins(0, 0, 0, 0);
    m_xmlNote = new QLabel(tr("VirtDeck has no editor for this kind of device; its "
                              "configuration is shown as it is. Change it on the XML page."));
    m_xmlNote->setWordWrap(true);
    m_xml = new QPlainTextEdit;
    m_xml->setReadOnly(true);
    m_xml->setAccessibleName(tr("Device XML"));
    m_xml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new XmlHighlighter(m_xml->document());
    xmlLayout->addWidget(m_xmlNote);
    xmlLayout->addWidget(m_xml, 1);
    m_body->insertWidget(XmlPage, xmlPage);

    m_message = new FieldMessage;
    m_apply = new QPushButton(tr("&Apply"));
    m_apply->setAccessibleName(tr("Apply device settings"));
    m_revert = new QPushButton(tr("&Revert"));
    m_revert->setAccessibleName(tr("Revert device settings"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);

    auto *right = new QVBoxLayout;
    right->addWidget(m_title);
    right->addWidget(m_state);
    right->addWidget(m_pendingMark);
    right->addLayout(actions);
    right->addWidget(m_body, 1);
    right->addWidget(m_message);
    right->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addLayout(right, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        // A group heading stands for its first device.
        if (!item->data(0, TagRole).isValid() && item->childCount() > 0) {
            m_tree->setCurrentItem(item->child(0));
            return;
        }
        m_tag = item->data(0, TagRole).toString();
        m_index = item->data(0, IndexRole).toInt();
        m_message->clear();
        showDevice();
    });
    connect(m_apply, &QPushButton::clicked, this, &DevicesPage::apply);
    connect(m_revert, &QPushButton::clicked, this, &DevicesPage::revert);
    connect(m_add, &QPushButton::clicked, this, &DevicesPage::openAddHardware);
    connect(m_remove, &QPushButton::clicked, this, &DevicesPage::requestRemove);
    connect(m_eject, &QPushButton::clicked, this, &DevicesPage::ejectMedia);
    connect(m_insert, &QPushButton::clicked, this, &DevicesPage::requestInsertMedia);
    connect(m_link, &QPushButton::clicked, this, &DevicesPage::toggleLink);
    if (connection)
        connect(connection, &Connection::domainUpdated, this, [this](const DomainInfo &info) {
            if (info.uuid != m_guest.uuid)
                return;
            const bool startedOrStopped = info.isActive() != m_guest.isActive();
            m_guest = info;
            // What is live (and what is pending) changes when the guest starts or stops.
            if (startedOrStopped && isVisible() && !m_busy && !m_modified)
                reload();
        });
    showDevice();
}

QIcon DevicesPage::deviceIcon(const QString &iconName) {
    QStyle::StandardPixmap fallback = QStyle::SP_FileIcon;
    if (iconName == QLatin1String("drive-harddisk"))
        fallback = QStyle::SP_DriveHDIcon;
    else if (iconName == QLatin1String("media-optical"))
        fallback = QStyle::SP_DriveCDIcon;
    else if (iconName == QLatin1String("media-floppy"))
        fallback = QStyle::SP_DriveFDIcon;
    else if (iconName == QLatin1String("network-wired"))
        fallback = QStyle::SP_DriveNetIcon;
    else if (iconName == QLatin1String("video-display"))
        fallback = QStyle::SP_ComputerIcon;
    else if (iconName == QLatin1String("drive-removable-media"))
        fallback = QStyle::SP_DriveFDIcon;
    return QIcon::fromTheme(iconName, QApplication::style()->standardIcon(fallback));
}

void DevicesPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!m_devices && !m_busy)
        reload();
}

void DevicesPage::reload() {
    if (!m_connection || m_busy)
        return;
    m_busy = true;
    updateButtons();
    const QString uuid = m_guest.uuid;
    m_connection->runQuery<GuestDevices>(
        [uuid](virConnectPtr c) { return GuestDevices::read(c, uuid); }, this,
        [this](const std::optional<GuestDevices> &d) {
            m_busy = false;
            if (!d || !d->error.isNull()) {
                m_message->setError(d ? d->error.summary() : tr("Not connected."));
                updateButtons();
                return;
            }
            display(*d, m_tag, m_index);
            Q_EMIT loaded();
        });
}

void DevicesPage::display(const GuestDevices &devices, const QString &tag, int index) {
    m_devices = devices;
    QTreeWidgetItem *selected = nullptr;
    {
        const QSignalBlocker blocker(m_tree);
        m_tree->clear();
        for (const QString &group : groupOrder()) {
            QTreeWidgetItem *heading = nullptr;
            for (const GuestDevice &d : devices.devices) {
                if (d.group != group)
                    continue;
                if (!heading) {
                    heading = new QTreeWidgetItem(m_tree, {groupTitle(group)});
                    QFont f = heading->font(0);
                    f.setBold(true);
                    heading->setFont(0, f);
                    heading->setFlags(Qt::ItemIsEnabled);
                }
                auto *item = new QTreeWidgetItem(heading);
                item->setIcon(0, deviceIcon(d.iconName));
                item->setData(0, TagRole, d.tag);
                item->setData(0, IndexRole, d.index);
                item->setData(0, PendingRole, d.isPending());
                if (d.isPending()) {
                    item->setText(0, tr("%1 — applies after restart").arg(d.label));
                    item->setToolTip(0, tr("Waits for the next start: %1")
                                            .arg(d.pending.join(QStringLiteral(", "))));
                    item->setForeground(0, PendingColor);
                    QFont italic = item->font(0);
                    italic.setItalic(true);
                    item->setFont(0, italic);
                } else {
                    item->setText(0, d.label);
                    item->setToolTip(0, d.label);
                }
                if ((d.tag == tag && d.index == index) || !selected)
                    selected = item;
            }
            if (heading)
                heading->setExpanded(true);
        }
    }
    if (selected) {
        m_tag = selected->data(0, TagRole).toString();
        m_index = selected->data(0, IndexRole).toInt();
        const QSignalBlocker blocker(m_tree);
        m_tree->setCurrentItem(selected);
    } else {
        m_tag.clear();
        m_index = -1;
    }
    showDevice();
    emitPending();
}

const GuestDevice *DevicesPage::currentDevice() const {
    return m_devices ? m_devices->find(m_tag, m_index) : nullptr;
}

bool DevicesPage::selectDevice(const QString &tag, int index) {
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, TagRole).toString() == tag &&
            (*it)->data(0, IndexRole).toInt() == index) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void DevicesPage::clearEditor() {
    if (m_editor) {
        m_editor->hide();
        m_editor->deleteLater();
        m_editor = nullptr;
    }
    m_modified = false;
}

void DevicesPage::showDevice() {
    clearEditor();
    const GuestDevice *d = currentDevice();
    if (!d) {
        m_title->setText(m_devices ? tr("No device chosen") : tr("Loading devices…"));
        m_state->clear();
        m_pendingMark->setVisible(false);
        m_body->setCurrentIndex(NothingPage);
        updateButtons();
        return;
    }
    m_title->setText(d->label);
    m_state->setText(!m_devices->running ? tr("The guest is off: changes apply when it starts.")
                     : d->live           ? tr("In the running guest.")
                                         : tr("Not in the running guest yet."));
    m_pendingMark->setText(
        tr("Applies after restart: %1").arg(d->pending.join(QStringLiteral(", "))));
    m_pendingMark->setVisible(d->isPending());

    const DeviceEditorContext &context = m_devices->context;
    if (d->tag == QLatin1String("disk") && d->kind != QLatin1String("lun"))
        m_editor = new DiskEditor(context, d->kind, false);
    else if (d->tag == QLatin1String("interface"))
        m_editor = new InterfaceEditor(context);
    else
        m_editor = createOtherDeviceEditor(d->tag, context, nullptr);
    if (!m_editor) {
        m_xml->setPlainText(d->xml);
        m_body->setCurrentIndex(XmlPage);
        updateButtons();
        return;
    }
    m_editorDoc = QDomDocument();
    m_editorDoc.setContent(d->xml, false);
    m_editor->load(m_editorDoc.documentElement());
    auto *holder = static_cast<QVBoxLayout *>(m_editorHolder->layout());
    holder->insertWidget(0, m_editor);
    if (auto *disk = qobject_cast<DiskEditor *>(m_editor)) {
        disk->setCapacity(d->capacityBytes);
        const QString uuid = m_guest.uuid;
        const int index = d->index;
        connect(disk, &DiskEditor::resizeRequested, this, [this, uuid, index](quint64 bytes) {
            runChange(tr("Resizing the disk…"),
                      [uuid, index, bytes](virConnectPtr c) {
                          return GuestDevices::resizeDisk(c, uuid, index, bytes);
                      },
                      {});
        });
    }
    connect(m_editor, &DeviceEditor::changed, this, &DevicesPage::edited);
    m_body->setCurrentIndex(EditorPage);
    updateButtons();
}

void DevicesPage::edited() {
    m_modified = true;
    if (m_message->isError())
        m_message->clear();
    updateButtons();
}

void DevicesPage::revert() {
    m_message->clear();
    showDevice();
}

void DevicesPage::apply() {
    const GuestDevice *d = currentDevice();
    if (!d || !m_editor || m_busy)
        return;
    if (!m_editor->validate().isEmpty()) {
        m_message->setError(tr("Nothing was changed: correct the marked fields."));
        Q_EMIT applied(false);
        return;
    }
    QDomDocument doc;
    doc.setContent(d->xml, false);
    QDomElement device = doc.documentElement();
    m_editor->store(device);
    const QString uuid = m_guest.uuid, tag = d->tag, original = d->xml,
                  changed = GuestDevices::toXml(device);
    const int index = d->index;
    runChange(tr("Applying…"),
              [=](virConnectPtr c) {
                  return GuestDevices::update(c, uuid, tag, index, original, changed);
              },
              {});
}

void DevicesPage::runChange(
    const QString &doing, Job job,
    std::function<void(const GuestDevices &, const GuestDevices::Outcome &)> select,
    std::function<void(const GuestDevices::Outcome &)> answered) {
    if (!m_connection || m_busy) {
        GuestDevices::Outcome busy;
        busy.error = UserError::make(UserError::Kind::Other, tr("Busy"),
                                     tr("Another change is still being made; try again in a "
                                        "moment."));
        if (answered)
            answered(busy);
        return;
    }
    m_busy = true;
    m_message->setNote(doing);
    updateButtons();
    m_connection->runQuery<GuestDevices::Outcome>(
        [job](virConnectPtr c) { return job(c); }, this,
        [this, select, answered](const std::optional<GuestDevices::Outcome> &result) {
            m_busy = false;
            GuestDevices::Outcome o;
            if (result)
                o = *result;
            else
                o.error = UserError::make(UserError::Kind::ConnectionLost, tr("Not connected"),
                                          tr("The host is not connected; nothing was changed."));
            if (o.after && o.after->error.isNull()) {
                if (select)
                    select(*o.after, o);
                display(*o.after, m_tag, m_index);
            }
            showOutcome(o);
            updateButtons();
            if (answered)
                answered(o);
            Q_EMIT applied(o.ok());
        });
}

void DevicesPage::showOutcome(const GuestDevices::Outcome &o) {
    if (!o.problems.isEmpty()) {
        QStringList reasons;
        for (const GuestDevices::Problem &p : o.problems)
            reasons << p.reason;
        if (auto *disk = qobject_cast<DiskEditor *>(m_editor))
            disk->showProblems(o.problems);
        else if (auto *nic = qobject_cast<InterfaceEditor *>(m_editor))
            nic->showProblems(o.problems);
        m_message->setError(tr("Nothing was changed: %1").arg(reasons.join(QLatin1Char(' '))));
    } else if (!o.error.isNull()) {
        m_message->setError(o.saved ? tr("Saved, but: %1").arg(o.error.summary())
                                    : o.error.summary());
    } else if (o.pending) {
        m_message->setWarning(
            tr("Saved; applies after the guest restarts. %1").arg(o.pendingReason));
    } else if (o.live) {
        m_message->setNote(tr("Done, in the running guest too."));
    } else if (o.saved) {
        m_message->setNote(tr("Saved."));
    } else {
        m_message->setNote(tr("Nothing needed changing."));
    }
}

void DevicesPage::requestRemove() {
    const GuestDevice *d = currentDevice();
    if (!d || m_busy || m_confirm)
        return;
    QStringList details;
    if (d->tag == QLatin1String("disk"))
        details
            << (d->source.isEmpty()
                    ? tr("Nothing is deleted from storage.")
                    : tr("The image %1 is kept; nothing is deleted from storage.").arg(d->source));
    if (m_devices->running && d->live)
        details << tr("The running guest lets go of it now if it can; otherwise it goes at the "
                      "next start.");
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove device"),
                                tr("Remove %1 from %2?").arg(d->label, m_guest.name),
                                QMessageBox::NoButton, this);
    box->setInformativeText(details.join(QLatin1Char('\n')));
    QPushButton *yes = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirm = box;
    const QString uuid = m_guest.uuid, tag = d->tag, original = d->xml;
    const int index = d->index;
    connect(box, &QMessageBox::finished, this, [=, this] {
        if (box->clickedButton() != yes)
            return;
        runChange(
            tr("Removing…"),
            [=](virConnectPtr c) { return GuestDevices::remove(c, uuid, tag, index, original); },
            [this](const GuestDevices &, const GuestDevices::Outcome &) {
                m_tag.clear();
                m_index = -1;
            });
    });
    box->open();
}

void DevicesPage::requestInsertMedia() {
    const GuestDevice *d = currentDevice();
    if (!removable(d) || m_busy || m_mediaDialog)
        return;
    // Images in the host's pools, ISOs first; any other path can be typed.
    QStringList isos, others;
    for (const DeviceEditorContext::Pool &p : m_devices->context.pools) {
        if (p.path.isEmpty())
            continue;
        for (const QString &v : p.volumes)
            (v.endsWith(QLatin1String(".iso"), Qt::CaseInsensitive) ? isos : others)
                << p.path + QLatin1Char('/') + v;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("Insert media"));
    dialog->setLabelText(tr("Image to insert into %1 (a path on the host):").arg(d->label));
    dialog->setComboBoxItems(isos + others);
    dialog->setComboBoxEditable(true);
    dialog->setTextValue((isos + others).value(0));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_mediaDialog = dialog;
    const QString uuid = m_guest.uuid;
    const int index = d->index;
    connect(dialog, &QInputDialog::textValueSelected, this, [=, this](const QString &text) {
        const QString path = text.trimmed();
        const QString why = path.isEmpty() ? tr("Choose an image to insert.")
                                           : GuestDevices::sourceProblem(path, m_devices->context);
        if (!why.isEmpty()) {
            m_message->setError(tr("Nothing was changed: %1").arg(why));
            Q_EMIT applied(false);
            return;
        }
        runChange(tr("Inserting the media…"),
                  [=](virConnectPtr c) { return GuestDevices::changeMedia(c, uuid, index, path); },
                  {});
    });
    dialog->open();
}

void DevicesPage::ejectMedia() {
    const GuestDevice *d = currentDevice();
    if (!removable(d))
        return;
    const QString uuid = m_guest.uuid;
    const int index = d->index;
    runChange(tr("Ejecting the media…"),
              [=](virConnectPtr c) { return GuestDevices::changeMedia(c, uuid, index, {}); }, {});
}

void DevicesPage::toggleLink() {
    const GuestDevice *d = currentDevice();
    if (!d || d->tag != QLatin1String("interface"))
        return;
    const QString uuid = m_guest.uuid;
    const int index = d->index;
    const bool up = d->linkState == QLatin1String("down");
    runChange(up ? tr("Connecting the cable…") : tr("Disconnecting the cable…"),
              [=](virConnectPtr c) { return GuestDevices::setLinkState(c, uuid, index, up); }, {});
}

void DevicesPage::openAddHardware() {
    if (!m_devices || m_addDialog)
        return;
    auto *dialog = new AddHardwareDialog(m_devices->context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_addDialog = dialog;
    const QString uuid = m_guest.uuid;
    connect(
        dialog, &AddHardwareDialog::submitted, this,
        [this, uuid, dialog](const AddHardwareDialog::Request &r) {
            QPointer<AddHardwareDialog> alive(dialog);
            const QString tag = r.kind == QLatin1String("cdrom") ? QStringLiteral("disk") : r.kind;
            runChange(
                tr("Adding…"),
                [uuid, r](virConnectPtr c) { return GuestDevices::add(c, uuid, r.xml, r.volume); },
                [this, tag, r](const GuestDevices &after, const GuestDevices::Outcome &) {
                    // The new device: by its target or MAC (libvirt sorts disks by bus),
                    // else the last of its kind.
                    QDomDocument doc;
                    doc.setContent(r.xml, false);
                    const QDomElement added = doc.documentElement();
                    const QString target = added.firstChildElement(QStringLiteral("target"))
                                               .attribute(QStringLiteral("dev"));
                    const QString mac = added.firstChildElement(QStringLiteral("mac"))
                                            .attribute(QStringLiteral("address"))
                                            .toLower();
                    for (const GuestDevice &d : after.devices) {
                        if (d.tag != tag)
                            continue;
                        const bool same = tag == QLatin1String("disk")        ? d.target == target
                                          : tag == QLatin1String("interface") ? d.mac == mac
                                                                              : true;
                        if (same || m_tag != tag) {
                            m_tag = tag;
                            m_index = d.index;
                        }
                        if (same &&
                            (tag == QLatin1String("disk") || tag == QLatin1String("interface")))
                            break;
                    }
                },
                [this, alive](const GuestDevices::Outcome &o) {
                    if (!alive)
                        return;
                    QString error = o.error.summary();
                    if (!o.problems.isEmpty())
                        error = tr("Nothing was added: correct the marked fields.");
                    alive->finish(o.ok(), error, o.problems);
                });
        });
    dialog->open();
}

void DevicesPage::updateButtons() {
    const GuestDevice *d = currentDevice();
    const bool ready = m_devices.has_value() && !m_busy;
    m_apply->setEnabled(ready && m_editor && m_modified);
    m_revert->setEnabled(ready && m_editor && m_modified);
    m_add->setEnabled(ready);
    m_remove->setEnabled(ready && d);
    const bool media = removable(d);
    m_eject->setVisible(media);
    m_insert->setVisible(media);
    m_eject->setEnabled(ready && media && !d->source.isEmpty());
    m_insert->setEnabled(ready && media);
    const bool nic = d && d->tag == QLatin1String("interface");
    m_link->setVisible(nic);
    m_link->setEnabled(ready && nic);
    if (nic)
        m_link->setText(d->linkState == QLatin1String("down") ? tr("&Connect cable")
                                                              : tr("&Disconnect cable"));
}

void DevicesPage::emitPending() {
    const QStringList now = m_devices ? m_devices->pendingSummary() : QStringList();
    if (m_pendingSaid && now == m_pending)
        return;
    m_pending = now;
    m_pendingSaid = true;
    Q_EMIT pendingChanged(now);
}
