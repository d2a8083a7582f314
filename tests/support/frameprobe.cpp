// SPDX-License-Identifier: GPL-2.0-or-later
#include "frameprobe.h"

#include <QSet>

namespace FrameProbe {

int distinctColours(const QImage &image, int cap) {
    if (image.isNull())
        return 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QSet<QRgb> colours;
    for (int y = 0; y < rgb.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); x += 2) {
            colours.insert(line[x] & 0xffffff);
            if (colours.size() >= cap)
                return cap;
        }
    }
    return int(colours.size());
}

double difference(const QImage &a, const QImage &b) {
    if (a.isNull() || b.isNull() || a.size() != b.size())
        return 1.0;
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    qint64 changed = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *l1 = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *l2 = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            changed += (l1[col] & 0xffffff) != (l2[col] & 0xffffff);
    }
    return double(changed) / double(qint64(x.width()) * x.height());
}

} // namespace FrameProbe
