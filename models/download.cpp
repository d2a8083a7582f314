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

QString tr(const char *text) {
    return QCoreApplication::translate("Download", text);
}

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
                total > 0 ? tr("Downloading %1: %2 of %3")
                                .arg(url.fileName(), QLocale().formattedDataSize(received),
                                     QLocale().formattedDataSize(total))
                          : tr("Downloading %1: %2")
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
        *why = tr("Cancelled.");
        return {};
    }
    if (reply->error() != QNetworkReply::NoError || (status != 0 && status != 200)) {
        *why = status == 404
                   ? tr("%1 does not exist on the server (404).").arg(url.toDisplayString())
                   : tr("Cannot download %1: %2").arg(url.toDisplayString(), reply->errorString());
        return {};
    }
    QByteArray bytes = reply->readAll();
    if (bytes.isEmpty())
        *why = tr("%1 is empty.").arg(url.toDisplayString());
    return bytes;
}
