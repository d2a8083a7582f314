// SPDX-License-Identifier: GPL-2.0-or-later
#include "consoleview.h"

#include "consolesession.h"
#include "keymap.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

#include <cmath>

ConsoleView::ConsoleView(QWidget *parent)
    : QAbstractScrollArea(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setAutoFillBackground(false);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Guest console"));
    setAccessibleDescription(tr("Click to send keyboard and mouse to the guest"));
    m_resizeTimer = new QTimer(this);
    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(300);
    connect(m_resizeTimer, &QTimer::timeout, this, [this] {
        if (m_session && m_scaling == Scaling::ResizeGuest)
            m_session->requestGuestSize(viewport()->size() * devicePixelRatioF());
    });
    updateScrollBars();
}

ConsoleView::~ConsoleView() {
    releaseInput();
}

void ConsoleView::setSession(ConsoleSession *session) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &ConsoleSession::framebufferChanged, this,
                &ConsoleView::onFramebufferChanged);
        connect(session, &ConsoleSession::framebufferUpdated, this, &ConsoleView::onUpdated);
        connect(session, &ConsoleSession::cursorChanged, this, &ConsoleView::onCursor);
        connect(session, &ConsoleSession::guestResizeAvailabilityChanged, this,
                &ConsoleView::requestGuestSizeSoon);
    }
    onFramebufferChanged();
}

void ConsoleView::setScaling(Scaling scaling) {
    if (m_scaling == scaling)
        return;
    m_scaling = scaling;
    updateScrollBars();
    viewport()->update();
    requestGuestSizeSoon();
}

void ConsoleView::setReleaseModifiers(Qt::KeyboardModifiers modifiers) {
    if (modifiers != Qt::NoModifier)
        m_releaseModifiers = modifiers;
}

QString ConsoleView::modifiersText(Qt::KeyboardModifiers modifiers) {
    QStringList parts;
    if (modifiers & Qt::ControlModifier)
        parts << tr("Ctrl");
    if (modifiers & Qt::AltModifier)
        parts << tr("Alt");
    if (modifiers & Qt::ShiftModifier)
        parts << tr("Shift");
    if (modifiers & Qt::MetaModifier)
        parts << tr("Super");
    return parts.join(QLatin1Char('+'));
}

QRectF ConsoleView::imageRect() const {
    const QSize guest = m_session ? m_session->guestSize() : QSize();
    if (guest.isEmpty())
        return {};
    const QSizeF area = viewport()->size();
    if (m_scaling == Scaling::OneToOne) {
        const qreal dpr = devicePixelRatioF();
        const QSizeF shown = QSizeF(guest) / dpr;
        const qreal x = shown.width() < area.width() ? (area.width() - shown.width()) / 2
                                                     : -horizontalScrollBar()->value();
        const qreal y = shown.height() < area.height() ? (area.height() - shown.height()) / 2
                                                       : -verticalScrollBar()->value();
        return QRectF(QPointF(x, y), shown);
    }
    // Fit (and resize-guest while the guest catches up): largest size keeping the aspect.
    const qreal scale = std::min(area.width() / guest.width(), area.height() / guest.height());
    const QSizeF shown = QSizeF(guest) * scale;
    return QRectF(QPointF((area.width() - shown.width()) / 2, (area.height() - shown.height()) / 2),
                  shown);
}

QPoint ConsoleView::mapToGuest(const QPoint &pos) const {
    const QRectF rect = imageRect();
    const QSize guest = m_session ? m_session->guestSize() : QSize();
    if (rect.isEmpty() || guest.isEmpty())
        return {};
    const qreal x = (pos.x() - rect.x()) * guest.width() / rect.width();
    const qreal y = (pos.y() - rect.y()) * guest.height() / rect.height();
    return QPoint(std::clamp(int(x), 0, guest.width() - 1),
                  std::clamp(int(y), 0, guest.height() - 1));
}

void ConsoleView::updateScrollBars() {
    const QSize guest = m_session ? m_session->guestSize() : QSize();
    if (m_scaling != Scaling::OneToOne || guest.isEmpty()) {
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        return;
    }
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    const QSize shown = (QSizeF(guest) / devicePixelRatioF()).toSize();
    const QSize area = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, shown.width() - area.width()));
    horizontalScrollBar()->setPageStep(area.width());
    verticalScrollBar()->setRange(0, std::max(0, shown.height() - area.height()));
    verticalScrollBar()->setPageStep(area.height());
}

void ConsoleView::onFramebufferChanged() {
    updateScrollBars();
    viewport()->update();
}

void ConsoleView::onUpdated(const QRegion &region) {
    const QRectF rect = imageRect();
    const QSize guest = m_session ? m_session->guestSize() : QSize();
    if (rect.isEmpty() || guest.isEmpty())
        return;
    const qreal sx = rect.width() / guest.width();
    const qreal sy = rect.height() / guest.height();
    QRegion mapped;
    for (const QRect &r : region) {
        // Round outwards so scaled edges are repainted too.
        const int left = int(std::floor(rect.x() + r.x() * sx)) - 1;
        const int top = int(std::floor(rect.y() + r.y() * sy)) - 1;
        const int right = int(std::ceil(rect.x() + (r.x() + r.width()) * sx)) + 1;
        const int bottom = int(std::ceil(rect.y() + (r.y() + r.height()) * sy)) + 1;
        mapped += QRect(QPoint(left, top), QPoint(right, bottom));
    }
    viewport()->update(mapped);
}

void ConsoleView::onCursor(const QImage &image, const QPoint &hotspot) {
    if (image.isNull())
        viewport()->setCursor(Qt::BlankCursor);
    else
        viewport()->setCursor(QCursor(QPixmap::fromImage(image), hotspot.x(), hotspot.y()));
}

void ConsoleView::paintEvent(QPaintEvent *event) {
    QPainter painter(viewport());
    const QImage image = m_session ? m_session->framebuffer() : QImage();
    const QRectF target = imageRect();
    const QRegion exposed = event->region();
    if (image.isNull() || target.isEmpty()) {
        painter.fillRect(event->rect(), Qt::black);
        return;
    }
    // Black borders around the guest screen.
    const QRegion borders = exposed.subtracted(QRegion(target.toAlignedRect()));
    for (const QRect &r : borders)
        painter.fillRect(r, Qt::black);
    const qreal sx = image.width() / target.width();
    const qreal sy = image.height() / target.height();
    const bool scaled = std::abs(sx - 1.0) > 0.001 || std::abs(sy - 1.0) > 0.001;
    painter.setRenderHint(QPainter::SmoothPixmapTransform, scaled && sx > 1.0);
    for (const QRect &r : exposed) {
        const QRectF dest = QRectF(r).intersected(target);
        if (dest.isEmpty())
            continue;
        const QRectF source((dest.x() - target.x()) * sx, (dest.y() - target.y()) * sy,
                            dest.width() * sx, dest.height() * sy);
        painter.drawImage(dest, image, source);
    }
    ++m_framesPainted;
    Q_EMIT framePainted();
}

void ConsoleView::resizeEvent(QResizeEvent *event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    requestGuestSizeSoon();
}

void ConsoleView::scrollContentsBy(int, int) {
    viewport()->update();
}

void ConsoleView::requestGuestSizeSoon() {
    if (m_scaling == Scaling::ResizeGuest && m_session && m_session->canResizeGuest())
        m_resizeTimer->start();
}

bool ConsoleView::event(QEvent *event) {
    // While the guest has the keyboard, VirtDeck's own shortcuts must not fire.
    if (event->type() == QEvent::ShortcutOverride && m_grabbed) {
        event->accept();
        return true;
    }
    return QAbstractScrollArea::event(event);
}

bool ConsoleView::focusNextPrevChild(bool next) {
    if (m_grabbed)
        return false; // Tab belongs to the guest
    return QAbstractScrollArea::focusNextPrevChild(next);
}

void ConsoleView::grabInput() {
    if (m_grabbed || !m_session)
        return;
    m_grabbed = true;
    setFocus(Qt::OtherFocusReason);
    grabKeyboard();
    Q_EMIT inputGrabChanged(true);
}

void ConsoleView::releaseInput() {
    if (!m_grabbed)
        return;
    m_grabbed = false;
    m_releaseArmed = false;
    m_heldModifiers = Qt::NoModifier;
    releaseKeyboard();
    if (m_session)
        m_session->releaseAllKeys();
    Q_EMIT inputGrabChanged(false);
}

void ConsoleView::focusOutEvent(QFocusEvent *event) {
    if (m_session)
        m_session->releaseAllKeys();
    QAbstractScrollArea::focusOutEvent(event);
}

void ConsoleView::sendKeyEvent(QKeyEvent *event, bool pressed) {
    if (!m_session)
        return;
    quint16 code = Keymap::fromX11KeyCode(event->nativeScanCode());
    if (code == 0)
        code = Keymap::fromQtKey(event->key());
    if (code == 0 && event->key() == 0)
        return;
    m_session->sendKey(code, event->key(), event->text(), pressed);
}

namespace {

// The modifier a key is, if it is one.
Qt::KeyboardModifiers modifierOf(int key) {
    switch (key) {
    case Qt::Key_Control:
        return Qt::ControlModifier;
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
        return Qt::AltModifier;
    case Qt::Key_Shift:
        return Qt::ShiftModifier;
    case Qt::Key_Meta:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
        return Qt::MetaModifier;
    default:
        return Qt::NoModifier;
    }
}

} // namespace

void ConsoleView::keyPressEvent(QKeyEvent *event) {
    if (!m_session || m_session->state() == ConsoleSession::State::Closed) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    // Which modifier keys are down is tracked from the key events themselves: platforms
    // disagree on whether a modifier's own press already carries it in modifiers().
    const Qt::KeyboardModifiers modifier = modifierOf(event->key());
    if (modifier != Qt::NoModifier) {
        m_heldModifiers |= modifier;
        m_releaseArmed = (m_heldModifiers & m_releaseModifiers) == m_releaseModifiers;
    } else {
        m_releaseArmed = false; // Ctrl+Alt+Del and friends go to the guest, not to us
    }
    sendKeyEvent(event, true);
    event->accept();
}

void ConsoleView::keyReleaseEvent(QKeyEvent *event) {
    sendKeyEvent(event, false);
    event->accept();
    const Qt::KeyboardModifiers modifier = modifierOf(event->key());
    if (modifier == Qt::NoModifier || event->isAutoRepeat())
        return;
    m_heldModifiers &= ~modifier;
    if (m_grabbed && m_releaseArmed && (m_releaseModifiers & modifier)) {
        // The release keys were pressed together and one was let go: keyboard back.
        releaseInput();
    }
}

void ConsoleView::sendMouse(QMouseEvent *event) {
    if (!m_session)
        return;
    m_buttons = event->buttons();
    m_session->sendPointer(mapToGuest(event->position().toPoint()), m_buttons);
}

void ConsoleView::mousePressEvent(QMouseEvent *event) {
    if (!m_grabbed && event->button() == Qt::LeftButton && m_session &&
        m_session->state() == ConsoleSession::State::Connected)
        grabInput();
    setFocus(Qt::MouseFocusReason);
    sendMouse(event);
}

void ConsoleView::mouseReleaseEvent(QMouseEvent *event) {
    sendMouse(event);
}

void ConsoleView::mouseMoveEvent(QMouseEvent *event) {
    sendMouse(event);
}

void ConsoleView::wheelEvent(QWheelEvent *event) {
    if (m_scaling == Scaling::OneToOne && !m_grabbed) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    if (m_session) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            m_session->sendWheel(mapToGuest(event->position().toPoint()), steps, m_buttons);
    }
    event->accept();
}
