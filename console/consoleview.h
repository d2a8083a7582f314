// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "consolesession.h"

#include <QAbstractScrollArea>
#include <QPointer>

class QTimer;

// Shows a console session's framebuffer and sends it keyboard and mouse input. Paints
// straight from the session's memory, only the regions that changed. Scales to fit the
// window, shows pixels 1:1 with scroll bars, or asks the guest to take the window's size.
// Clicking grabs the keyboard (so Alt+Tab and the like reach the guest); the release keys
// (Ctrl+Alt by default) give it back.
class ConsoleView : public QAbstractScrollArea {
    Q_OBJECT
public:
    enum class Scaling { FitWindow, OneToOne, ResizeGuest };
    Q_ENUM(Scaling)

    explicit ConsoleView(QWidget *parent = nullptr);
    ~ConsoleView() override;

    void setSession(ConsoleSession *session);
    ConsoleSession *session() const { return m_session; }

    void setScaling(Scaling scaling);
    Scaling scaling() const { return m_scaling; }

    // Modifiers that, pressed together and released, give the keyboard back.
    void setReleaseModifiers(Qt::KeyboardModifiers modifiers);
    Qt::KeyboardModifiers releaseModifiers() const { return m_releaseModifiers; }
    static QString modifiersText(Qt::KeyboardModifiers modifiers);

    bool isInputGrabbed() const { return m_grabbed; }
    void grabInput();
    void releaseInput();

    // Where the guest's screen is drawn in viewport coordinates, and the mapping back.
    QRectF imageRect() const;
    QPoint mapToGuest(const QPoint &viewportPos) const;

    // Repaints received (paint events that drew guest pixels), for tests and benchmarks.
    quint64 framesPainted() const { return m_framesPainted; }

Q_SIGNALS:
    void inputGrabChanged(bool grabbed);
    void framePainted();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void onFramebufferChanged();
    void onUpdated(const QRegion &region);
    void onCursor(const QImage &image, const QPoint &hotspot);
    void updateScrollBars();
    void sendKeyEvent(QKeyEvent *event, bool pressed);
    void sendMouse(QMouseEvent *event);
    void requestGuestSizeSoon();

    QPointer<ConsoleSession> m_session;
    Scaling m_scaling = Scaling::FitWindow;
    Qt::KeyboardModifiers m_releaseModifiers = Qt::ControlModifier | Qt::AltModifier;
    bool m_grabbed = false;
    bool m_releaseArmed = false; // release modifiers all down, nothing else pressed since
    Qt::KeyboardModifiers m_heldModifiers;
    Qt::MouseButtons m_buttons;
    quint64 m_framesPainted = 0;
    QTimer *m_resizeTimer = nullptr;
};
