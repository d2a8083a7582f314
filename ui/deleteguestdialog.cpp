// SPDX-License-Identifier: GPL-2.0-or-later
#include "deleteguestdialog.h"

#include "connection.h"
#include "icons.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int PathRole = Qt::UserRole + 1;
enum Column { PathColumn, TargetColumn, NoteColumn };
} // namespace

DeleteGuestDialog::DeleteGuestDialog(const QList<Target> &targets, QWidget *parent)
    : QDialog(parent)
    , m_targets(targets) {
    setWindowTitle(targets.size() == 1 ? tr("Delete “%1”").arg(targets.first().name)
                                       : tr("Delete %n guests", nullptr, int(targets.size())));
    setAccessibleName(tr("Delete guests"));

    auto *intro = new QLabel(
        targets.size() == 1
            ? tr("The configuration of “%1” will be removed from its host. Its disks are "
                 "kept unless you tick them below.")
                  .arg(targets.first().name)
            : tr("The configurations of %n guests will be removed from their hosts. Their "
                 "disks are kept unless you tick them below.",
                 nullptr, int(targets.size())));
    intro->setWordWrap(true);

    m_tree = new QTreeWidget;
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Disk"), tr("Device"), tr("Note")});
    m_tree->setAccessibleName(tr("Disks to delete"));
    m_tree->header()->setStretchLastSection(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setMinimumHeight(160);

    for (const Target &t : targets) {
        auto *item = new QTreeWidgetItem(m_tree, {t.name, QString(), tr("Reading disks…")});
        item->setIcon(PathColumn, Icons::get(QStringLiteral("guest-vm")));
        QFont bold = item->font(PathColumn);
        bold.setBold(true);
        item->setFont(PathColumn, bold);
        item->setFirstColumnSpanned(false);
        m_guestItems.insert(t.uuid, item);
        if (!t.connection) {
            item->setText(NoteColumn, tr("Host no longer connected"));
            continue;
        }
        connect(t.connection, &Connection::deletePlanReady, this, &DeleteGuestDialog::onPlan,
                Qt::UniqueConnection);
        m_requests.insert(t.connection->requestDeletePlan(t.uuid), t.uuid);
        ++m_pending;
    }

    m_summary = new QLabel;
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_deleteButton = buttons->addButton(tr("Delete"), QDialogButtonBox::AcceptRole);
    m_deleteButton->setIcon(Icons::get(QStringLiteral("action-delete")));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeleteGuestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::itemChanged, this, &DeleteGuestDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(820, 360);
    updateButton();
}

void DeleteGuestDialog::onPlan(int requestId, const DeletePlan &plan) {
    const auto it = m_requests.constFind(requestId);
    if (it == m_requests.cend())
        return;
    m_requests.erase(it);
    --m_pending;
    QTreeWidgetItem *guest = m_guestItems.value(plan.uuid);
    if (!guest)
        return;
    QSignalBlocker block(m_tree);
    if (!plan.error.isNull()) {
        guest->setText(NoteColumn, plan.error.summary());
    } else {
        guest->setText(NoteColumn,
                       plan.active ? tr("Running: it will be forced off first") : QString());
        if (plan.disks.isEmpty())
            new QTreeWidgetItem(guest, {tr("(no disks)")});
        for (const GuestDisk &disk : plan.disks) {
            auto *item = new QTreeWidgetItem(guest);
            item->setText(PathColumn, disk.path.isEmpty() ? tr("(empty drive)") : disk.path);
            item->setText(TargetColumn,
                          disk.target + QStringLiteral(" (") + disk.device + QLatin1Char(')'));
            item->setData(PathColumn, PathRole, disk.path);
            QStringList notes;
            const bool deletable = !disk.path.isEmpty() && disk.inStoragePool;
            if (disk.path.isEmpty())
                notes << tr("nothing to delete");
            else if (!disk.inStoragePool)
                notes << tr("not in a storage pool: always kept");
            if (!disk.sharedWith.isEmpty())
                notes << tr("also used by %1").arg(disk.sharedWith.join(QStringLiteral(", ")));
            if (disk.device == QLatin1String("cdrom"))
                notes << tr("installation or driver media");
            if (disk.readOnly)
                notes << tr("read-only");
            item->setText(NoteColumn, notes.join(QStringLiteral("; ")));
            if (!disk.sharedWith.isEmpty())
                item->setIcon(NoteColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
            if (deletable)
                flags |= Qt::ItemIsUserCheckable;
            item->setFlags(flags);
            if (deletable)
                item->setCheckState(PathColumn, Qt::Unchecked);
        }
    }
    guest->setExpanded(true);
    m_tree->resizeColumnToContents(PathColumn);
    m_tree->resizeColumnToContents(TargetColumn);
    if (m_pending == 0) {
        updateButton();
        Q_EMIT allPlansLoaded();
    }
}

QHash<QString, QStringList> DeleteGuestDialog::disksToDelete() const {
    QHash<QString, QStringList> result;
    for (auto it = m_guestItems.cbegin(); it != m_guestItems.cend(); ++it) {
        for (int i = 0; i < it.value()->childCount(); ++i) {
            const QTreeWidgetItem *disk = it.value()->child(i);
            if ((disk->flags() & Qt::ItemIsUserCheckable) &&
                disk->checkState(PathColumn) == Qt::Checked)
                result[it.key()].append(disk->data(PathColumn, PathRole).toString());
        }
    }
    return result;
}

void DeleteGuestDialog::updateButton() {
    int ticked = 0;
    for (const QStringList &paths : disksToDelete())
        ticked += int(paths.size());
    m_deleteButton->setEnabled(m_pending == 0);
    if (ticked == 0) {
        m_deleteButton->setText(tr("Delete, keep disks"));
        m_summary->setText(m_pending ? tr("Reading the guests' disks…")
                                     : tr("No disk will be erased."));
    } else {
        m_deleteButton->setText(tr("Delete and erase %n disk(s)", nullptr, ticked));
        m_summary->setText(tr("%n ticked disk(s) will be erased permanently.", nullptr, ticked));
    }
}

void DeleteGuestDialog::accept() {
    if (m_pending != 0)
        return;
    QStringList paths;
    for (const QStringList &p : disksToDelete())
        paths += p;
    if (!paths.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Erase disks?"),
                        tr("These disks will be erased permanently. This cannot be undone:\n\n%1")
                            .arg(paths.join(QLatin1Char('\n'))),
                        QMessageBox::Cancel, this);
        QPushButton *erase = box.addButton(tr("Erase disks"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != erase)
            return;
    }
    QDialog::accept();
}
