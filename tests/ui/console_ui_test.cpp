// SPDX-License-Identifier: GPL-2.0-or-later
#include "consoleview.h"
#include "sendkeymenu.h"
#include "sendkeys.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace {

// A console session that records what the view sends it: the session boundary.
class RecordingSession : public ConsoleSession {
public:
    struct Key {
        quint16 scancode;
        bool pressed;
        bool operator==(const Key &o) const {
            return scancode == o.scancode && pressed == o.pressed;
        }
    };
    QVector<Key> keys;
    QVector<QPoint> pointer;
    QSize requestedSize;

    QString protocol() const override { return QStringLiteral("test"); }
    void openFd(int) override {}
    void openHost(const QString &, int) override {}
    void close() override { finish(CloseReason::Requested, {}); }
    void sendPointer(const QPoint &p, Qt::MouseButtons) override { pointer.append(p); }
    void sendWheel(const QPoint &, int, Qt::MouseButtons) override {}
    void setClipboardText(const QString &) override {}
    bool canResizeGuest() const override { return true; }
    void requestGuestSize(const QSize &size) override { requestedSize = size; }

    void show(const QImage &image) {
        m_image = image;
        setState(State::Connected);
        setFramebuffer(m_image, nullptr);
        noteUpdate(QRegion(m_image.rect()));
    }
    void update(const QRect &rect) { noteUpdate(QRegion(rect)); }

protected:
    void transmitKey(quint16 scancode, int, const QString &, bool pressed) override {
        keys.append({scancode, pressed});
    }

private:
    QImage m_image;
};

QImage pattern(int w, int h) {
    QImage image(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            image.setPixel(x, y, qRgb(x % 256, y % 256, (x + y) % 256));
    return image;
}

QVector<RecordingSession::Key> pressRelease(const QVector<quint16> &codes) {
    QVector<RecordingSession::Key> out;
    for (quint16 c : codes)
        out.append({c, true});
    for (auto it = codes.crbegin(); it != codes.crend(); ++it)
        out.append({*it, false});
    return out;
}

} // namespace

TEST(ConsoleView, FitToWindowKeepsTheAspectRatio) {
    RecordingSession session;
    ConsoleView view;
    view.setSession(&session);
    session.show(pattern(640, 480));
    view.resize(320, 300);
    view.show();
    EXPECT_EQ(view.imageRect(), QRectF(0, 30, 320, 240));
    EXPECT_EQ(view.mapToGuest(QPoint(160, 150)), QPoint(320, 240));
    EXPECT_EQ(view.mapToGuest(QPoint(0, 0)), QPoint(0, 0)); // clamped into the screen
    EXPECT_FALSE(view.horizontalScrollBar()->isVisible());
}

TEST(ConsoleView, OneToOneShowsPixelsWithScrollBars) {
    RecordingSession session;
    ConsoleView view;
    view.setSession(&session);
    session.show(pattern(640, 480));
    view.resize(320, 240);
    view.show();
    view.setScaling(ConsoleView::Scaling::OneToOne);
    QCoreApplication::processEvents();
    EXPECT_GT(view.horizontalScrollBar()->maximum(), 0);
    EXPECT_GT(view.verticalScrollBar()->maximum(), 0);
    EXPECT_EQ(view.imageRect().size(), QSizeF(640, 480));
    view.horizontalScrollBar()->setValue(100);
    EXPECT_EQ(view.imageRect().x(), -100);
    EXPECT_EQ(view.mapToGuest(QPoint(10, 10)), QPoint(110, 10));
}

TEST(ConsoleView, ResizeGuestModeAsksTheGuestForTheWindowSize) {
    RecordingSession session;
    ConsoleView view;
    view.setSession(&session);
    session.show(pattern(640, 480));
    view.setScaling(ConsoleView::Scaling::ResizeGuest);
    view.resize(800, 600);
    view.show();
    EXPECT_TRUE(QTest::qWaitFor([&] { return session.requestedSize == QSize(800, 600); }, 2000));
}

TEST(ConsoleView, PaintsWhatTheSessionUpdates) {
    RecordingSession session;
    ConsoleView view;
    view.setSession(&session);
    view.resize(640, 480);
    view.show();
    session.show(pattern(640, 480));
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.framesPainted() > 0; }, 2000));
    const quint64 painted = view.framesPainted();
    session.update(QRect(10, 10, 20, 20));
    EXPECT_TRUE(QTest::qWaitFor([&] { return view.framesPainted() > painted; }, 2000));
    const QImage shot = view.viewport()->grab().toImage();
    EXPECT_EQ(shot.pixel(15, 15) & 0xffffff, qRgb(15, 15, 30) & 0xffffff);
}

TEST(ConsoleView, ClickGrabsAndTheReleaseKeysGiveTheKeyboardBack) {
    RecordingSession session;
    ConsoleView view;
    view.setSession(&session);
    session.show(pattern(640, 480));
    view.resize(640, 480);
    view.show();
    QSignalSpy grabs(&view, &ConsoleView::inputGrabChanged);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(100, 100));
    EXPECT_TRUE(view.isInputGrabbed());
    ASSERT_EQ(grabs.size(), 1);
    EXPECT_FALSE(session.pointer.isEmpty());

    // Ctrl and Alt together, then let go: released; the guest saw both keys released too.
    QTest::keyPress(&view, Qt::Key_Control, Qt::ControlModifier);
    QTest::keyPress(&view, Qt::Key_Alt, Qt::ControlModifier | Qt::AltModifier);
    EXPECT_TRUE(view.isInputGrabbed());
    QTest::keyRelease(&view, Qt::Key_Alt, Qt::ControlModifier);
    EXPECT_FALSE(view.isInputGrabbed());
    EXPECT_EQ(grabs.size(), 2);
    QHash<quint16, bool> lastPressed;
    for (const auto &k : session.keys)
        lastPressed[k.scancode] = k.pressed;
    EXPECT_TRUE(lastPressed.contains(0x1d) && lastPressed.contains(0x38));
    for (auto it = lastPressed.cbegin(); it != lastPressed.cend(); ++it)
        EXPECT_FALSE(it.value()) << "key " << it.key() << " left pressed in the guest";
}

TEST(ConsoleView, ReleaseKeysAreConfigurable) {
    RecordingSession session;
    ConsoleView view;
    view.setSession(&session);
    session.show(pattern(64, 48));
    view.show();
    view.setReleaseModifiers(Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    EXPECT_EQ(ConsoleView::modifiersText(view.releaseModifiers()),
              QStringLiteral("Ctrl+Alt+Shift"));
    view.grabInput();
    QTest::keyPress(&view, Qt::Key_Control, Qt::ControlModifier);
    QTest::keyPress(&view, Qt::Key_Alt, Qt::ControlModifier | Qt::AltModifier);
    QTest::keyRelease(&view, Qt::Key_Alt, Qt::ControlModifier);
    EXPECT_TRUE(view.isInputGrabbed()); // Ctrl+Alt alone no longer releases
    QTest::keyPress(&view, Qt::Key_Shift,
                    Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    QTest::keyRelease(&view, Qt::Key_Shift, Qt::ControlModifier | Qt::AltModifier);
    EXPECT_FALSE(view.isInputGrabbed());
}

TEST(ConsoleView, TypedKeysReachTheSessionAsScancodes) {
    RecordingSession session;
    ConsoleView view;
    view.setSession(&session);
    session.show(pattern(64, 48));
    view.show();
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_A);
    QTest::keyClick(&view, Qt::Key_Escape);
    QTest::keyClick(&view, Qt::Key_Return);
    const QVector<RecordingSession::Key> expected{{0x1e, true},  {0x1e, false}, {0x01, true},
                                                  {0x01, false}, {0x1c, true},  {0x1c, false}};
    EXPECT_EQ(session.keys, expected);
}

TEST(ConsoleView, ApplicationShortcutsDoNotFireWhileGrabbed) {
    QMainWindow window;
    auto *view = new ConsoleView;
    window.setCentralWidget(view);
    RecordingSession session;
    view->setSession(&session);
    session.show(pattern(64, 48));
    int fired = 0;
    auto *action = new QAction(&window);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    window.addAction(action);
    QObject::connect(action, &QAction::triggered, [&] { ++fired; });
    window.show();
    QApplication::setActiveWindow(&window);
    view->grabInput();
    QTest::keyClick(view, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(fired, 0);
    EXPECT_FALSE(session.keys.isEmpty()); // the guest got it instead
    view->releaseInput();
}

TEST(SendKeyMenu, EveryEntrySendsItsCombinationToTheSession) {
    RecordingSession session;
    SendKeyMenu menu([&session] { return &session; });
    const auto combos = SendKeys::all();
    const auto actions = menu.actions();
    ASSERT_EQ(actions.size(), combos.size());
    ASSERT_EQ(actions.size(),
              16); // Ctrl+Alt+Del, Ctrl+Alt+Backspace, Ctrl+Alt+F1..F12, PrintScreen, SysRq
    auto sent = [&](int index) {
        session.keys.clear();
        actions[index]->trigger();
        return session.keys;
    };
    EXPECT_EQ(actions[0]->text(), QStringLiteral("Ctrl+Alt+Del"));
    EXPECT_EQ(sent(0), pressRelease({0x1d, 0x38, 0x153}));
    EXPECT_EQ(sent(1), pressRelease({0x1d, 0x38, 0x0e}));
    EXPECT_EQ(sent(2), pressRelease({0x1d, 0x38, 0x3b}));  // F1
    EXPECT_EQ(sent(11), pressRelease({0x1d, 0x38, 0x44})); // F10
    EXPECT_EQ(sent(12), pressRelease({0x1d, 0x38, 0x57})); // F11
    EXPECT_EQ(sent(13), pressRelease({0x1d, 0x38, 0x58})); // F12
    EXPECT_EQ(sent(14), pressRelease({0x137}));            // PrintScreen
    EXPECT_EQ(sent(15), pressRelease({0x38, 0x54}));       // Alt+SysRq
}
