// SPDX-License-Identifier: GPL-2.0-or-later
#include "bootpage.h"

#include "connection.h"
#include "fieldmessage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

using OrderKind = GuestBoot::OrderKind;

QListWidgetItem *checkableItem(const QString &text, const QString &data, bool checked) {
    auto *item = new QListWidgetItem(text);
    item->setData(Qt::UserRole, data);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

// Refilling a list keeps the entry the user was moving selected.
class KeepSelection {
public:
    explicit KeepSelection(QListWidget *list)
        : m_list(list)
        , m_data(list->currentItem() ? list->currentItem()->data(Qt::UserRole) : QVariant()) {}
    ~KeepSelection() {
        for (int i = 0; m_data.isValid() && i < m_list->count(); ++i) {
            if (m_list->item(i)->data(Qt::UserRole) == m_data)
                m_list->setCurrentRow(i);
        }
    }
    KeepSelection(const KeepSelection &) = delete;
    KeepSelection &operator=(const KeepSelection &) = delete;

private:
    QListWidget *m_list;
    QVariant m_data;
};

QStringList checkedData(const QListWidget *list) {
    QStringList out;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

} // namespace

BootPage::BootPage(Connection *connection, const DomainInfo &guest, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_guest(guest) {
    m_live = new QLabel;
    m_live->setWordWrap(true);
    m_live->setAccessibleName(tr("Boot settings of the running guest"));

    m_orderGroup = new QGroupBox(tr("Boot order"));
    auto *order = new QVBoxLayout(m_orderGroup);
    m_byType = new QRadioButton(tr("By device &type"));
    m_byType->setAccessibleName(tr("Boot order by device type"));
    m_byDevice = new QRadioButton(tr("By individual &device"));
    m_byDevice->setAccessibleName(tr("Boot order by individual device"));
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_byType);
    kinds->addButton(m_byDevice);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_byType);
    kindRow->addWidget(m_byDevice);
    kindRow->addStretch(1);
    auto *kindWidget = new QWidget;
    kindWidget->setLayout(kindRow);
    kindRow->setContentsMargins(0, 0, 0, 0);
    order->addWidget(withMark(kindWidget, Field::Order, tr("Boot order")));

    m_types = new QListWidget;
    m_types->setAccessibleName(tr("Device types to boot from, in order"));
    m_devices = new QListWidget;
    m_devices->setAccessibleName(tr("Devices to boot from, in order"));
    m_lists = new QStackedWidget;
    // Room for a handful of devices without pushing the rest of the page off the screen.
    const int line = m_types->fontMetrics().height() + 4;
    m_lists->setMinimumHeight(line * 4);
    m_lists->setMaximumHeight(line * 9);
    m_lists->addWidget(m_types);
    m_lists->addWidget(m_devices);
    m_up = new QPushButton(tr("&Up"));
    m_up->setAccessibleName(tr("Move up in the boot order"));
    m_down = new QPushButton(tr("Do&wn"));
    m_down->setAccessibleName(tr("Move down in the boot order"));
    auto *moveButtons = new QVBoxLayout;
    moveButtons->addWidget(m_up);
    moveButtons->addWidget(m_down);
    moveButtons->addStretch(1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_lists, 1);
    listRow->addLayout(moveButtons);
    order->addLayout(listRow);
    auto *orderHint = new QLabel(tr("Ticked entries are tried from the top. libvirt takes one of "
                                    "the two forms: choosing individual devices replaces the "
                                    "device types, and the other way round."));
    orderHint->setWordWrap(true);
    order->addWidget(orderHint);
    auto *orderMessage = new FieldMessage;
    order->addWidget(orderMessage);
    m_fieldMessages.insert(Field::Order, orderMessage);

    m_menuGroup = new QGroupBox(tr("Boot menu"));
    auto *menu = new QFormLayout(m_menuGroup);
    m_menu = new QCheckBox(tr("Show the firmware's boot &menu"));
    m_menu->setAccessibleName(tr("Boot menu"));
    menu->addRow(withMark(m_menu, Field::Menu, m_menu->accessibleName()));
    addMessage(menu, Field::Menu);
    m_timeout = new QSpinBox;
    m_timeout->setRange(0, int(GuestBoot::MaxMenuTimeoutMs));
    m_timeout->setSingleStep(500);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setSpecialValueText(tr("Firmware default"));
    m_timeout->setAccessibleName(tr("Boot menu timeout in milliseconds"));
    menu->addRow(tr("&Wait for a choice:"),
                 withMark(m_timeout, Field::MenuTimeout, tr("Boot menu timeout")));
    if (auto *buddy = qobject_cast<QLabel *>(
            menu->itemAt(menu->rowCount() - 1, QFormLayout::LabelRole)->widget()))
        buddy->setBuddy(m_timeout);
    addMessage(menu, Field::MenuTimeout);

    m_kernelGroup = new QGroupBox(tr("Direct kernel boot"));
    auto *kernel = new QFormLayout(m_kernelGroup);
    m_kernel = addPathRow(kernel, tr("&Kernel:"), Field::Kernel, tr("Kernel path"));
    m_initrd =
        addPathRow(kernel, tr("&Initial ramdisk:"), Field::Initrd, tr("Initial ramdisk path"));
    m_cmdline = new QLineEdit;
    m_cmdline->setAccessibleName(tr("Kernel command line"));
    m_cmdline->setPlaceholderText(tr("e.g. console=ttyS0 root=/dev/vda1"));
    kernel->addRow(tr("&Command line:"),
                   withMark(m_cmdline, Field::Cmdline, m_cmdline->accessibleName()));
    if (auto *buddy = qobject_cast<QLabel *>(
            kernel->itemAt(kernel->rowCount() - 1, QFormLayout::LabelRole)->widget()))
        buddy->setBuddy(m_cmdline);
    addMessage(kernel, Field::Cmdline);
    m_dtb = addPathRow(kernel, tr("De&vice tree:"), Field::Dtb, tr("Device tree path"));
    auto *kernelHint = new QLabel(tr("Paths on the guest's host. Leave the kernel empty to "
                                     "boot from the devices above."));
    kernelHint->setWordWrap(true);
    kernel->addRow(QString(), kernelHint);

    auto *firmwareGroup = new QGroupBox(tr("Firmware"));
    auto *firmware = new QFormLayout(firmwareGroup);
    m_firmware = new QLabel;
    m_firmware->setAccessibleName(tr("Firmware"));
    m_firmware->setTextInteractionFlags(Qt::TextSelectableByMouse);
    firmware->addRow(tr("Firmware:"), m_firmware);
    auto *firmwareHint = new QLabel(tr("Chosen when the guest was created; the XML page can "
                                       "change it."));
    firmwareHint->setWordWrap(true);
    firmware->addRow(QString(), firmwareHint);

    m_pendingNote = new QLabel(tr("Some changes apply at the next start of the guest."));
    m_pendingNote->setAccessibleName(tr("Pending changes"));
    m_pendingNote->setVisible(false);
    m_message = new FieldMessage;
    m_apply = new QPushButton(tr("&Apply"));
    m_apply->setAccessibleName(tr("Apply boot settings"));
    m_revert = new QPushButton(tr("&Revert"));
    m_revert->setAccessibleName(tr("Revert boot settings"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_live);
    layout->addWidget(m_orderGroup);
    layout->addWidget(m_menuGroup);
    layout->addWidget(m_kernelGroup);
    layout->addWidget(firmwareGroup);
    layout->addStretch(1);
    layout->addWidget(m_pendingNote);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_byType, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            switchOrderKind(OrderKind::DeviceTypes);
    });
    connect(m_byDevice, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            switchOrderKind(OrderKind::Devices);
    });
    for (QListWidget *list : {m_types, m_devices}) {
        connect(list, &QListWidget::itemChanged, this, &BootPage::onEdited);
        connect(list, &QListWidget::currentRowChanged, this, &BootPage::updateButtons);
    }
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_menu, &QCheckBox::toggled, this, &BootPage::onEdited);
    connect(m_timeout, &QSpinBox::valueChanged, this, &BootPage::onEdited);
    for (QLineEdit *edit : {m_kernel, m_initrd, m_cmdline, m_dtb})
        connect(edit, &QLineEdit::textChanged, this, &BootPage::onEdited);
    connect(m_apply, &QPushButton::clicked, this, &BootPage::apply);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_boot)
            display(*m_boot);
    });
    if (connection)
        connect(connection, &Connection::domainUpdated, this, [this](const DomainInfo &info) {
            if (info.uuid != m_guest.uuid)
                return;
            const bool startedOrStopped = info.isActive() != m_guest.isActive();
            m_guest = info;
            // Saved settings take effect (and the marks go) when the guest starts or stops.
            if (startedOrStopped && isVisible() && !m_busy && !isModified())
                reload();
        });
    updateButtons();
}

QWidget *BootPage::withMark(QWidget *field, Field kind, const QString &accessibleName) {
    auto *row = new QWidget;
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    // Text fields take the width; boxes and buttons keep theirs, with the mark beside them.
    const bool wide = !qobject_cast<QSpinBox *>(field) && !qobject_cast<QCheckBox *>(field);
    rowLayout->addWidget(field, wide ? 1 : 0);
    auto *mark = new QLabel(tr("applies after restart"));
    mark->setAccessibleName(tr("%1 applies after restart").arg(accessibleName));
    QFont italic = mark->font();
    italic.setItalic(true);
    mark->setFont(italic);
    mark->setVisible(false);
    rowLayout->addWidget(mark);
    if (!wide)
        rowLayout->addStretch(1);
    m_restartMarks.insert(kind, mark);
    return row;
}

void BootPage::addMessage(QFormLayout *form, Field kind) {
    auto *message = new FieldMessage;
    form->addRow(QString(), message);
    m_fieldMessages.insert(kind, message);
}

QLineEdit *BootPage::addPathRow(QFormLayout *form, const QString &label, Field kind,
                                const QString &accessibleName) {
    auto *edit = new QLineEdit;
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(tr("/absolute/path on the host"));
    auto *field = new QWidget;
    auto *fieldLayout = new QHBoxLayout(field);
    fieldLayout->setContentsMargins(0, 0, 0, 0);
    fieldLayout->addWidget(edit, 1);
    // Files can be browsed only where the hypervisor runs on this machine.
    if (m_connection && !m_connection->uri().isRemote()) {
        auto *browse = new QPushButton(tr("Browse…"));
        browse->setAccessibleName(tr("Choose the %1").arg(accessibleName.toLower()));
        fieldLayout->addWidget(browse);
        connect(browse, &QPushButton::clicked, this, [this, edit, accessibleName] {
            const QString path =
                QFileDialog::getOpenFileName(this, accessibleName, edit->text().trimmed());
            if (!path.isEmpty())
                edit->setText(path);
        });
    }
    form->addRow(label, withMark(field, kind, accessibleName));
    if (auto *buddy = qobject_cast<QLabel *>(
            form->itemAt(form->rowCount() - 1, QFormLayout::LabelRole)->widget()))
        buddy->setBuddy(edit);
    addMessage(form, kind);
    return edit;
}

void BootPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!m_boot && !m_busy)
        reload();
}

GuestBoot::Settings BootPage::edited() const {
    GuestBoot::Settings s;
    s.orderKind = m_byDevice->isChecked() ? OrderKind::Devices : OrderKind::DeviceTypes;
    if (s.orderKind == OrderKind::Devices)
        s.devices = checkedData(m_devices);
    else
        s.deviceTypes = checkedData(m_types);
    s.menu = m_menu->isChecked();
    s.menuTimeoutMs = s.menu ? unsigned(m_timeout->value()) : 0;
    s.kernel = m_kernel->text().trimmed();
    s.initrd = m_initrd->text().trimmed();
    s.cmdline = m_cmdline->text();
    s.dtb = m_dtb->text().trimmed();
    return s;
}

bool BootPage::isModified() const {
    return m_boot && !(edited() == m_boot->saved);
}

void BootPage::reload() {
    if (!m_connection)
        return;
    m_busy = true;
    updateButtons();
    const QString uuid = m_guest.uuid;
    m_connection->runQuery<GuestBoot>(
        [uuid](virConnectPtr c) { return GuestBoot::read(c, uuid); }, this,
        [this](const std::optional<GuestBoot> &b) {
            m_busy = false;
            if (!b || !b->error.isNull()) {
                m_message->setError(b ? b->error.summary() : tr("Not connected."));
                updateButtons();
                return;
            }
            m_boot = *b;
            display(*b);
            Q_EMIT loaded();
            Q_EMIT pendingChanged(b->pendingNames());
        });
}

void BootPage::fillTypes(const QStringList &bootTypes) {
    const QSignalBlocker blocker(m_types);
    const KeepSelection keep(m_types);
    m_types->clear();
    for (const QString &t : bootTypes)
        m_types->addItem(checkableItem(GuestBoot::deviceTypeLabel(t), t, true));
    for (const QString &t : GuestBoot::allDeviceTypes()) {
        if (!bootTypes.contains(t))
            m_types->addItem(checkableItem(GuestBoot::deviceTypeLabel(t), t, false));
    }
}

void BootPage::fillDevices(const QStringList &bootKeys) {
    const QSignalBlocker blocker(m_devices);
    const KeepSelection keep(m_devices);
    m_devices->clear();
    if (!m_boot)
        return;
    const QList<GuestBoot::Device> &all = m_boot->devices;
    for (const QString &key : bootKeys) {
        for (const GuestBoot::Device &d : all) {
            if (d.key == key)
                m_devices->addItem(checkableItem(d.label, d.key, true));
        }
    }
    for (const GuestBoot::Device &d : all) {
        if (!bootKeys.contains(d.key))
            m_devices->addItem(checkableItem(d.label, d.key, false));
    }
}

void BootPage::switchOrderKind(OrderKind kind) {
    if (!m_boot)
        return;
    const GuestBoot::Settings &saved = m_boot->saved;
    // Back to the saved form: its saved list. To the other form: the current order, converted.
    if (kind == OrderKind::Devices) {
        fillDevices(saved.orderKind == kind
                        ? saved.devices
                        : GuestBoot::devicesForTypes(m_boot->devices, checkedData(m_types)));
        m_lists->setCurrentWidget(m_devices);
    } else {
        fillTypes(saved.orderKind == kind
                      ? saved.deviceTypes
                      : GuestBoot::typesForDevices(m_boot->devices, checkedData(m_devices)));
        m_lists->setCurrentWidget(m_types);
    }
    onEdited();
}

QListWidget *BootPage::visibleList() const {
    return m_byDevice->isChecked() ? m_devices : m_types;
}

void BootPage::moveSelected(int delta) {
    QListWidget *list = visibleList();
    const int row = list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= list->count())
        return;
    {
        const QSignalBlocker blocker(list);
        QListWidgetItem *item = list->takeItem(row);
        list->insertItem(to, item);
        list->setCurrentRow(to);
    }
    onEdited();
}

void BootPage::display(const GuestBoot &b) {
    {
        const QSignalBlocker b1(m_byType), b2(m_byDevice), b3(m_menu), b4(m_timeout), b5(m_kernel),
            b6(m_initrd), b7(m_cmdline), b8(m_dtb);
        const bool byDevice = b.saved.orderKind == OrderKind::Devices;
        m_byDevice->setChecked(byDevice);
        m_byType->setChecked(!byDevice);
        // The list of the other form starts as the saved order converted, should the user switch.
        fillTypes(byDevice ? GuestBoot::typesForDevices(b.devices, b.saved.devices)
                           : b.saved.deviceTypes);
        fillDevices(byDevice ? b.saved.devices
                             : GuestBoot::devicesForTypes(b.devices, b.saved.deviceTypes));
        m_lists->setCurrentWidget(byDevice ? m_devices : m_types);
        m_menu->setChecked(b.saved.menu);
        m_timeout->setValue(int(b.saved.menuTimeoutMs));
        m_kernel->setText(b.saved.kernel);
        m_initrd->setText(b.saved.initrd);
        m_cmdline->setText(b.saved.cmdline);
        m_dtb->setText(b.saved.dtb);
    }
    m_firmware->setText(b.firmware);
    m_byDevice->setEnabled(!b.devices.isEmpty() || b.saved.orderKind == OrderKind::Devices);
    if (!b.bootable)
        m_live->setText(tr("A container starts its init program; it has no boot settings."));
    else if (b.active)
        m_live->setText(tr("The guest is running: changes here are saved and apply the next "
                           "time it starts."));
    else
        m_live->setText(tr("The guest is not running: changes apply when it starts."));
    for (auto it = m_restartMarks.cbegin(); it != m_restartMarks.cend(); ++it)
        it.value()->setVisible(b.isPending(it.key()));
    m_pendingNote->setVisible(!b.pending.isEmpty());
    showProblems({});
    updateButtons();
}

void BootPage::onEdited() {
    if (!m_boot)
        return;
    showProblems(GuestBoot::validate(edited(), m_boot->saved));
    updateButtons();
}

void BootPage::showProblems(const QList<GuestBoot::Problem> &problems) {
    for (auto it = m_fieldMessages.cbegin(); it != m_fieldMessages.cend(); ++it)
        it.value()->clear();
    for (const GuestBoot::Problem &p : problems)
        m_fieldMessages.value(p.field)->setError(p.reason);
}

void BootPage::apply() {
    if (!m_boot || m_busy)
        return;
    const GuestBoot::Settings wanted = edited();
    const QList<GuestBoot::Problem> problems = GuestBoot::validate(wanted, m_boot->saved);
    if (!problems.isEmpty()) {
        showProblems(problems);
        m_message->setError(tr("Nothing was changed: correct the marked fields."));
        Q_EMIT applied(false);
        return;
    }
    m_busy = true;
    m_message->clear();
    updateButtons();
    const QString uuid = m_guest.uuid;
    // The hypervisor's files are checked where they are: on this machine only when it is local.
    const bool localHost = !m_connection->uri().isRemote();
    m_connection->runQuery<GuestBoot::Outcome>(
        [uuid, wanted, localHost](virConnectPtr c) {
            return GuestBoot::apply(c, uuid, wanted, localHost);
        },
        this, [this](const std::optional<GuestBoot::Outcome> &o) { finishApply(o); });
}

void BootPage::finishApply(const std::optional<GuestBoot::Outcome> &o) {
    m_busy = false;
    if (o && o->after && o->after->error.isNull()) {
        m_boot = *o->after;
        display(*o->after);
        Q_EMIT pendingChanged(o->after->pendingNames());
    }
    if (!o || !o->ok()) {
        if (o)
            showProblems(o->problems);
        m_message->setError(!o                       ? tr("Not connected.")
                            : !o->problems.isEmpty() ? tr("Nothing was changed: correct the "
                                                          "marked fields.")
                                                     : o->error.summary());
        updateButtons();
        Q_EMIT applied(false);
        return;
    }
    const bool pending = o->after && !o->after->pending.isEmpty();
    m_message->setNote(!o->saved ? tr("Nothing to change.")
                       : pending ? tr("Saved; the marked settings apply after a restart.")
                                 : tr("Saved."));
    updateButtons();
    Q_EMIT applied(true);
}

void BootPage::updateButtons() {
    const bool ready = m_boot.has_value() && !m_busy && m_boot->bootable;
    const bool modified = isModified();
    m_apply->setEnabled(modified && !m_busy);
    m_revert->setEnabled(modified && !m_busy);
    for (QWidget *w : {static_cast<QWidget *>(m_orderGroup), static_cast<QWidget *>(m_menuGroup),
                       static_cast<QWidget *>(m_kernelGroup)})
        w->setEnabled(ready);
    m_timeout->setEnabled(ready && m_menu->isChecked());
    const QListWidget *list = visibleList();
    const int row = list->currentRow();
    m_up->setEnabled(ready && row > 0);
    m_down->setEnabled(ready && row >= 0 && row + 1 < list->count());
}
