// SPDX-License-Identifier: GPL-2.0-or-later
#include "download.h"

#include "job.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

namespace {

// Messages are looked up under "Download"; Q_DECLARE_TR_FUNCTIONS tells lupdate so.
struct UiText {
    Q_DECLARE_TR_FUNCTIONS(Download)
};

constexpr qint64 kLimit = 2LL << 30; // more than any installer: a wrong address, not a kernel

} // namespace

QByteArray Download::get(const QUrl &url, JobControl &control, QString *why) {
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(30000); // no data for 30 s: the server is gone
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    const double startFraction = control.fraction();
    QObject::connect(
        reply.get(), &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64 total) {
            if (received > kLimit)
                reply->abort();
            control.setProgress(
                startFraction,
                total > 0 ? UiText::tr("Downloading %1: %2 of %3")
                                .arg(url.fileName(), QLocale().formattedDataSize(received),
                                     QLocale().formattedDataSize(total))
                          : UiText::tr("Downloading %1: %2")
                                .arg(url.fileName(), QLocale().formattedDataSize(received)));
        });
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (control.isCancelled())
            reply->abort();
    });
    cancelPoll.start(100);
    loop.exec(QEventLoop::ExcludeUserInputEvents);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (control.isCancelled()) {
        *why = UiText::tr("Cancelled.");
        return {};
    }
    if (reply->error() != QNetworkReply::NoError || (status != 0 && status != 200)) {
        *why = status == 404
                   ? UiText::tr("%1 does not exist on the server (404).").arg(url.toDisplayString())
                   : UiText::tr("Cannot download %1: %2")
                         .arg(url.toDisplayString(), reply->errorString());
        return {};
    }
    QByteArray bytes = reply->readAll();
    if (bytes.isEmpty())
        *why = UiText::tr("%1 is empty.").arg(url.toDisplayString());
    return bytes;
}
