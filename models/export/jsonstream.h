// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>

class QIODevice;

namespace Quorum {

/** An attachment's content as the stream stored it, by its place in the meeting's "attachments" list. */
struct StoredContent
{
    QString sha256;
    qint64 size = 0;
    bool badBase64 = false;
};

/**
 * Reads a JSON interchange document from a device with RapidJSON's SAX reader, never holding the
 * whole file: the parts outside "meetings" (people, groups, series, link patterns) as one object,
 * then each meeting as one object, in a second pass, with each attachment's content decoded and
 * handed on as soon as it is read. Input past the limits below is refused with a message that
 * says which limit and where (StorageError); so is input that is not JSON, at once.
 */
class JsonStream
{
    Q_DECLARE_TR_FUNCTIONS(JsonStream)

public:
    /** The longest text of any field but an attachment's content (1 MB, UTF-8). */
    static constexpr qint64 MaxTextBytes = 1024 * 1024;
    /** The JSON nesting allowed; the format itself nests 10 deep. */
    static constexpr int MaxDepth = 32;
    /** The most meetings a document holds. */
    static constexpr qint64 MaxMeetings = 100000;
    /** What one meeting (without its attachments' content), or all of the document outside the meetings, may take. */
    static constexpr qint64 MaxPartBytes = qint64(64) * 1024 * 1024;

    /** Called with each meeting and the contents of its attachments. */
    using MeetingHandler
        = std::function<void(const QJsonValue &meeting, int index, const QHash<int, StoredContent> &contents)>;
    /** Stores one attachment's decoded content and returns its sha256. */
    using ContentHandler = std::function<QString(const QByteArray &data)>;

    /**
     * The document's parts outside "meetings", which it reads to the end (and so checks the whole
     * document's syntax and limits); *meetingCount says how many meetings follow. What is read is
     * also written to copy, when given (for a device that cannot be read twice).
     */
    static QJsonObject readHead(QIODevice *in, qint64 *meetingCount, QIODevice *copy = nullptr);
    /** Reads the document again, calling onMeeting for each meeting as soon as it is read. */
    static void readMeetings(QIODevice *in, const MeetingHandler &onMeeting, const ContentHandler &onContent);
};

} // namespace Quorum
