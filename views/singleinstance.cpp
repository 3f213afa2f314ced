// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include "document/librarylocation.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

namespace Quorum {

namespace {

constexpr char OpenVerb[] = "open\t";
constexpr char RaiseVerb[] = "raise";
constexpr char Answer[] = "ok\n";
// A client that connects and says nothing is dropped after this.
constexpr int ClientPatienceMs = 5000;

} // namespace

SingleInstance::SingleInstance(const QString &serverPath, QObject *parent)
    : QObject(parent)
    , m_path(serverPath.isEmpty() ? defaultServerPath() : serverPath)
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerPath()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    return QDir(folder).filePath(QStringLiteral("org.quorumapp.Quorum.window"));
}

QByteArray SingleInstance::encode(const Request &request)
{
    switch (request.kind) {
    case Request::Kind::Open: return QByteArray(OpenVerb) + request.library.toUtf8() + '\n';
    case Request::Kind::Raise: return QByteArray(RaiseVerb) + '\n';
    case Request::Kind::Invalid: break;
    }
    return {};
}

SingleInstance::Request SingleInstance::decode(const QByteArray &line)
{
    Request request;
    if (line.size() > MaxRequest || !line.endsWith('\n'))
        return request;
    const QByteArray body = line.chopped(1);
    if (body == RaiseVerb) {
        request.kind = Request::Kind::Raise;
        return request;
    }
    if (!body.startsWith(OpenVerb))
        return request;
    const QByteArray raw = body.mid(qstrlen(OpenVerb));
    const QString library = QString::fromUtf8(raw);
    // Valid UTF-8 without control characters, and an absolute path or a server's address: what
    // handOver() sends. Anything else did not come from a Quorum launch.
    if (library.isEmpty() || library.toUtf8() != raw)
        return request;
    for (const QChar c : library) {
        if (c.category() == QChar::Other_Control)
            return request;
    }
    if (!LibraryLocation::isServer(library) && !QDir::isAbsolutePath(library))
        return request;
    request.kind = Request::Kind::Open;
    request.library = library;
    return request;
}

bool SingleInstance::handOver(const QString &library, const QString &serverPath, int timeoutMs)
{
    const QString path = serverPath.isEmpty() ? defaultServerPath() : serverPath;
    if (!QFileInfo::exists(path))
        return false;
    Request request;
    if (library.isEmpty()) {
        request.kind = Request::Kind::Raise;
    } else {
        request.kind = Request::Kind::Open;
        request.library = LibraryLocation::isServer(library) ? library : QFileInfo(library).absoluteFilePath();
    }
    const QByteArray line = encode(request);
    if (line.isEmpty() || line.size() > MaxRequest)
        return false;
    QLocalSocket socket;
    socket.connectToServer(path);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(line);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    while (!answer.contains('\n') && answer.size() < 16) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
        answer += socket.readAll();
    }
    return answer == Answer;
}

bool SingleInstance::listen()
{
    if (m_server)
        return true;
    // QLocalServer would take the name over from a window that listens there: ask first. A socket
    // no one answers on was left by a window that is gone (a crash) and is replaced.
    {
        QLocalSocket probe;
        probe.connectToServer(m_path);
        if (probe.waitForConnected(1000)) {
            m_error = tr("Another Quorum window is running.");
            return false;
        }
    }
    auto server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(m_path);
    if (!server->listen(m_path)) {
        m_error = server->errorString();
        delete server;
        return false;
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::serve);
    return true;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::serve()
{
    while (QLocalSocket *client = m_server->nextPendingConnection()) {
        QPointer<QLocalSocket> guarded(client);
        connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
        QTimer::singleShot(ClientPatienceMs, client, [guarded] {
            if (guarded)
                guarded->abort();
        });
        connect(client, &QLocalSocket::readyRead, this, [this, client] {
            if (client->bytesAvailable() > MaxRequest && !client->canReadLine()) {
                client->abort(); // longer than any request: not one of ours
                return;
            }
            if (!client->canReadLine())
                return;
            const Request request = decode(client->readLine(MaxRequest + 1));
            if (request.kind == Request::Kind::Invalid) {
                client->abort();
                return;
            }
            client->write(Answer);
            client->flush();
            client->disconnectFromServer();
            if (request.kind == Request::Kind::Open)
                Q_EMIT openRequested(request.library);
            else
                Q_EMIT raiseRequested();
        });
    }
}

} // namespace Quorum
