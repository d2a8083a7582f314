// SPDX-License-Identifier: GPL-2.0-or-later
#include "actionresultsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

ActionResultsDialog::ActionResultsDialog(GuestAction action, const QVector<ActionOutcome> &outcomes,
                                         QWidget *parent)
    : QDialog(parent) {
    int failed = 0;
    for (const ActionOutcome &o : outcomes)
        failed += o.ok ? 0 : 1;
    setWindowTitle(tr("%1: results").arg(GuestActions::label(action)));
    setAccessibleName(tr("Action results"));

    auto *summary =
        new QLabel(failed == 0 ? tr("%1: done for all %n guest(s).", nullptr, int(outcomes.size()))
                                     .arg(GuestActions::label(action))
                               : tr("%1: %2 succeeded, %3 failed.")
                                     .arg(GuestActions::label(action))
                                     .arg(outcomes.size() - failed)
                                     .arg(failed));
    summary->setObjectName(QStringLiteral("summary"));
    summary->setWordWrap(true);

    m_list = new QTreeWidget;
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Guest"), tr("Result")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Results per guest"));
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    const QIcon okIcon = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon failIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    for (const ActionOutcome &o : outcomes) {
        QString result;
        if (o.ok)
            result = o.notes.isEmpty() ? tr("Done")
                                       : tr("Done. %1").arg(o.notes.join(QStringLiteral("; ")));
        else
            result = o.error.summary();
        auto *item = new QTreeWidgetItem(m_list, {o.name.isEmpty() ? o.uuid : o.name, result});
        item->setIcon(0, o.ok ? okIcon : failIcon);
        QString details = o.ok ? o.notes.join(QLatin1Char('\n'))
                               : o.error.hint() + QStringLiteral("\n\n") + o.error.details();
        item->setData(0, Qt::UserRole, details.trimmed());
        item->setToolTip(1, result);
    }
    m_list->resizeColumnToContents(0);

    m_details = new QPlainTextEdit;
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(110);
    m_details->setPlaceholderText(tr("Select a guest to see the details."));
    m_details->setAccessibleName(tr("Result details"));
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_details->setPlainText(item ? item->data(0, Qt::UserRole).toString() : QString());
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addWidget(buttons);
    resize(620, 380);
}
