// SPDX-License-Identifier: GPL-2.0-or-later
#include "errordialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

ErrorDialog::ErrorDialog(const UserError &error, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(error.context().isEmpty() ? tr("Error") : error.context());
    setAccessibleName(tr("Error"));

    auto *icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(error.title());
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    title->setWordWrap(true);
    title->setObjectName(QStringLiteral("errorTitle"));
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *explanation = new QLabel(error.explanation());
    explanation->setWordWrap(true);
    explanation->setObjectName(QStringLiteral("errorExplanation"));
    explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *hint = new QLabel(error.hint());
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("errorHint"));
    hint->setVisible(!error.hint().isEmpty());
    hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont hintFont = hint->font();
    hintFont.setItalic(true);
    hint->setFont(hintFont);

    m_detailsButton = new QToolButton;
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setAccessibleName(tr("Show details"));
    m_detailsButton->setVisible(!error.details().isEmpty());

    m_details = new QPlainTextEdit(error.details());
    m_details->setReadOnly(true);
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setAccessibleName(tr("Error details"));
    m_details->setVisible(false);
    m_details->setMinimumHeight(90);
    connect(m_detailsButton, &QToolButton::toggled, this, &ErrorDialog::setDetailsVisible);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("Copy details"), QDialogButtonBox::ActionRole);
    copy->setVisible(!error.details().isEmpty());
    connect(copy, &QPushButton::clicked, this, [error] {
        QApplication::clipboard()->setText(error.title() + QLatin1Char('\n') + error.explanation() +
                                           QLatin1Char('\n') + error.details());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(explanation);
    text->addWidget(hint);
    text->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    text->addWidget(m_details);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

ErrorDialog *ErrorDialog::showError(const UserError &error, QWidget *parent) {
    auto *dialog = new ErrorDialog(error, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

bool ErrorDialog::detailsVisible() const {
    return m_details->isVisible();
}

void ErrorDialog::setDetailsVisible(bool visible) {
    m_details->setVisible(visible);
    m_detailsButton->setChecked(visible);
    m_detailsButton->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    adjustSize();
}
