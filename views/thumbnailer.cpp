// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnailer.h"

#include <QColor>
#include <QFutureWatcher>
#include <QPainter>
#include <QPdfDocument>
#include <QTemporaryFile>
#include <QtConcurrent>

namespace Quorum {

Thumbnailer::Thumbnailer(QObject *parent)
    : QObject(parent)
{ }

Thumbnailer::~Thumbnailer()
{
    waitForAll();
}

bool Thumbnailer::canRender(const QString &mimeType)
{
    return mimeType == QLatin1String("application/pdf") || mimeType.startsWith(QLatin1String("image/"));
}

QImage Thumbnailer::render(const QString &mimeType, const QByteArray &content)
{
    QImage image;
    if (mimeType == QLatin1String("application/pdf")) {
        // QPdfDocument loads files synchronously; this thread has no event loop for a QIODevice load.
        QTemporaryFile file;
        if (!file.open() || file.write(content) != content.size() || !file.flush())
            return {};
        QPdfDocument pdf;
        if (pdf.load(file.fileName()) != QPdfDocument::Error::None || pdf.pageCount() < 1)
            return {};
        const QSizeF page = pdf.pagePointSize(0);
        if (page.isEmpty())
            return {};
        image = pdf.render(0, page.scaled(Size * 2, Size * 2, Qt::KeepAspectRatio).toSize());
    } else {
        image = QImage::fromData(content);
    }
    if (image.isNull())
        return {};
    // Made at twice the size with a device pixel ratio of 2: sharp on a high-resolution screen,
    // the same size on others.
    constexpr int scale = 2;
    QImage thumb = image.scaled((Size - 2) * scale, (Size - 2) * scale, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                       .convertToFormat(QImage::Format_ARGB32_Premultiplied);
    // A thin frame, so that a white page shows as a page on a white or a dark background.
    QImage framed(thumb.width() + 2 * scale, thumb.height() + 2 * scale, QImage::Format_ARGB32_Premultiplied);
    framed.fill(QColor(0x9a, 0x9a, 0x9a));
    QPainter painter(&framed);
    // PDF pages come back transparent where nothing is printed: paper is white.
    painter.fillRect(scale, scale, thumb.width(), thumb.height(), Qt::white);
    painter.drawImage(scale, scale, thumb);
    painter.end();
    framed.setDevicePixelRatio(scale);
    return framed;
}

void Thumbnailer::request(const QString &sha256, const QString &mimeType, const QByteArray &content)
{
    if (m_asked.contains(sha256) || !canRender(mimeType))
        return;
    m_asked.insert(sha256);
    auto *watcher = new QFutureWatcher<QImage>(this);
    m_watchers << watcher;
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, sha256] {
        m_watchers.removeAll(watcher);
        const QImage image = watcher->result();
        watcher->deleteLater();
        if (!image.isNull())
            Q_EMIT ready(sha256, image);
    });
    watcher->setFuture(QtConcurrent::run(&Thumbnailer::render, mimeType, content));
}

void Thumbnailer::waitForAll()
{
    for (QObject *o : std::as_const(m_watchers))
        static_cast<QFutureWatcher<QImage> *>(o)->waitForFinished();
}

} // namespace Quorum
