// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QObject>
#include <QSet>

namespace Quorum {

/**
 * Renders small pictures of attachments off the GUI thread: images scaled down, PDFs' first
 * pages. Each sha256 is rendered once per run; ready() hands the picture back on the GUI thread.
 */
class Thumbnailer : public QObject
{
    Q_OBJECT

public:
    static constexpr int Size = 96;

    explicit Thumbnailer(QObject *parent = nullptr);
    ~Thumbnailer() override;

    /** Starts rendering unless this content was asked for already or cannot have a picture. */
    void request(const QString &sha256, const QString &mimeType, const QByteArray &content);
    /** Waits for the renderings under way (tests, and the end of the program). */
    void waitForAll();

    static bool canRender(const QString &mimeType);
    /** The rendering itself (it runs on a worker thread). */
    static QImage render(const QString &mimeType, const QByteArray &content);

Q_SIGNALS:
    void ready(const QString &sha256, const QImage &image);

private:
    QSet<QString> m_asked;
    QList<QObject *> m_watchers;
};

} // namespace Quorum
