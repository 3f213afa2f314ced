// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QLocalServer;

namespace Quorum {

/**
 * One Quorum window per user session, as a desktop expects of a document application opened from
 * the file manager: a second `quorum FILE` hands FILE to the window already running (which opens it
 * and comes to the front) and exits; `quorum` alone brings that window to the front.
 *
 * The running window listens on a local socket in the user's runtime folder (private to the user).
 * A request is one line of at most MaxRequest bytes: "open\t" + an absolute path or a team library's
 * address, or "raise"; the window answers "ok". Anything else is refused and changes nothing.
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRequest = 8192;

    struct Request
    {
        enum class Kind { Invalid, Open, Raise };
        Kind kind = Kind::Invalid;
        QString library;
    };

    /** serverPath empty: the user's runtime folder's socket (defaultServerPath()). */
    explicit SingleInstance(const QString &serverPath = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString defaultServerPath();

    /**
     * Hands library (empty: only bring the window to the front) to the running window at
     * serverPath; true when that window took it. Blocking, without an event loop: it runs before
     * the application object exists. A relative path is made absolute here, where it was typed.
     */
    static bool handOver(const QString &library, const QString &serverPath = {}, int timeoutMs = 3000);

    /** Starts listening; false when another window already listens (or the socket cannot be made). */
    bool listen();
    bool isListening() const;
    QString errorString() const { return m_error; }

    static QByteArray encode(const Request &request);
    static Request decode(const QByteArray &line);

Q_SIGNALS:
    void openRequested(const QString &library);
    void raiseRequested();

private:
    void serve();

    QString m_path;
    QLocalServer *m_server = nullptr;
    QString m_error;
};

} // namespace Quorum
