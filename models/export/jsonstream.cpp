// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonstream.h"

#include "attachments/attachmentfile.h"
#include "jsonkeys.h"
#include "storage/storageerror.h"

#include <QIODevice>
#include <QJsonArray>
#include <QLocale>

#include <exception>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

namespace Quorum {

namespace {

/** The most base64 characters an attachment of AttachmentFile::MaxBytes takes. */
constexpr qint64 MaxContentChars = (AttachmentFile::MaxBytes + 2) / 3 * 4;

/**
 * A RapidJSON input stream over a QIODevice, read in chunks. It gives out at most a budget of
 * bytes between two events of the reader (the handler sets it anew at each): past that it ends
 * the input, so that the reader stops with an error and no token grows without bound.
 */
class DeviceStream
{
public:
    using Ch = char;

    explicit DeviceStream(QIODevice *in, QIODevice *copy = nullptr)
        : m_in(in)
        , m_copy(copy)
    {
        m_buffer.resize(64 * 1024);
    }

    Ch Peek()
    {
        if (m_pos == m_end && !fill())
            return '\0';
        return m_buffer.at(m_pos);
    }
    Ch Take()
    {
        const Ch c = Peek();
        if (c != '\0') {
            ++m_pos;
            ++m_offset;
            ++m_sinceEvent;
        }
        return c;
    }
    size_t Tell() const { return size_t(m_offset); }

    // Input only; the reader never writes into it without kParseInsituFlag.
    Ch *PutBegin() { return nullptr; }
    void Put(Ch) { }
    void Flush() { }
    size_t PutEnd(Ch *) { return 0; }

    void setBudget(qint64 bytes)
    {
        m_budget = bytes;
        m_sinceEvent = 0;
    }
    bool overran() const { return m_overran; }
    QString readError() const { return m_readError; }
    qint64 offset() const { return m_offset; }

private:
    bool fill()
    {
        if (m_overran || !m_readError.isEmpty())
            return false;
        if (m_sinceEvent >= m_budget) {
            m_overran = true;
            return false;
        }
        const qint64 want = qMin<qint64>(m_buffer.size(), m_budget - m_sinceEvent);
        const qint64 got = m_in->read(m_buffer.data(), want);
        if (got < 0) {
            m_readError = m_in->errorString();
            return false;
        }
        if (m_copy && got > 0 && m_copy->write(m_buffer.constData(), got) != got) {
            m_readError = JsonStream::tr("a temporary copy cannot be written: %1").arg(m_copy->errorString());
            return false;
        }
        m_pos = 0;
        m_end = got;
        return got > 0;
    }

    QIODevice *m_in;
    QIODevice *m_copy;
    QByteArray m_buffer;
    qint64 m_pos = 0;
    qint64 m_end = 0;
    qint64 m_offset = 0;
    qint64 m_sinceEvent = 0;
    qint64 m_budget = 0;
    bool m_overran = false;
    QString m_readError;
};

/** One open object or list, with its current key or its next index. */
struct Level
{
    bool object = false;
    QString key;
    int index = 0;
    QJsonObject o;
    QJsonArray a;
};

/** The SAX handler: tells where each value is, builds the parts asked for, and keeps every limit. */
class Handler
{
public:
    enum class Pass { Head, Meetings };

    Handler(Pass pass, DeviceStream *stream)
        : m_pass(pass)
        , m_stream(stream)
    {
        m_stream->setBudget(JsonStream::MaxTextBytes);
    }

    bool Null() { return value(QJsonValue(QJsonValue::Null), 4); }
    bool Bool(bool b) { return value(QJsonValue(b), 4); }
    bool Int(int i) { return value(QJsonValue(double(i)), 8); }
    bool Uint(unsigned u) { return value(QJsonValue(double(u)), 8); }
    bool Int64(int64_t i) { return value(QJsonValue(double(i)), 8); }
    bool Uint64(uint64_t u) { return value(QJsonValue(double(u)), 8); }
    bool Double(double d) { return value(QJsonValue(d), 8); }
    bool RawNumber(const char *, rapidjson::SizeType, bool) { return false; }

    bool String(const char *s, rapidjson::SizeType length, bool)
    {
        m_stream->setBudget(6 * JsonStream::MaxTextBytes + 64);
        if (atAttachmentContent()) {
            if (length > MaxContentChars)
                return refuse(JsonStream::tr("an attachment larger than the %1 an attachment may have")
                                  .arg(QLocale().formattedDataSize(AttachmentFile::MaxBytes)));
            if (m_pass == Pass::Head)
                return value(QJsonValue(), 0);
            return storeContent(s, length);
        }
        if (length > JsonStream::MaxTextBytes)
            return refuse(
                JsonStream::tr("a text longer than %1").arg(QLocale().formattedDataSize(JsonStream::MaxTextBytes)));
        if (m_pass == Pass::Head && m_levels.size() == 1 && m_levels.constFirst().key == JsonKeys::Format
            && QString::fromUtf8(s, length) != JsonFormat::Name)
            return notQuorum();
        return value(QJsonValue(QString::fromUtf8(s, qsizetype(length))), length);
    }

    bool Key(const char *s, rapidjson::SizeType length, bool)
    {
        if (length > JsonStream::MaxTextBytes)
            return refuse(
                JsonStream::tr("a key longer than %1").arg(QLocale().formattedDataSize(JsonStream::MaxTextBytes)));
        Level &top = m_levels.last();
        top.key = QString::fromUtf8(s, qsizetype(length));
        if (capturing() && top.o.contains(top.key))
            return refuse(JsonStream::tr("the key “%1” is given twice").arg(top.key));
        if (!count(length + 8))
            return false;
        // The one value that may be longer than a text: an attachment's content.
        m_stream->setBudget(atAttachmentContent() ? 2 * MaxContentChars + 64 : 6 * JsonStream::MaxTextBytes + 64);
        return true;
    }

    bool StartObject() { return start(true); }
    bool StartArray() { return start(false); }
    bool EndObject(rapidjson::SizeType) { return end(); }
    bool EndArray(rapidjson::SizeType) { return end(); }

    /** Why the reader stopped, when the handler stopped it. */
    QString refusal() const { return m_refusal; }
    std::exception_ptr failure() const { return m_failure; }
    bool sawAnything() const { return m_sawAnything; }
    /** What the stream was reading when it gave out: for the message. */
    QString limitOfNextToken() const
    {
        return atAttachmentContent() ? JsonStream::tr("%1: an attachment larger than the %2 an attachment may have")
                                           .arg(where(), QLocale().formattedDataSize(AttachmentFile::MaxBytes))
                                     : JsonStream::tr("%1: a text longer than %2")
                                           .arg(where(), QLocale().formattedDataSize(JsonStream::MaxTextBytes));
    }

    QJsonObject head() const { return m_head; }
    qint64 meetingCount() const { return m_meetings; }

    JsonStream::MeetingHandler onMeeting;
    JsonStream::ContentHandler onContent;

private:
    /** Whether values here are kept: all outside "meetings" on the first pass, each meeting on the second. */
    bool capturing() const
    {
        const bool inMeetings = m_levels.size() >= 2 && m_levels.at(0).key == JsonKeys::Meetings;
        const bool meetingsValue = m_levels.size() == 1 && m_levels.at(0).key == JsonKeys::Meetings;
        return m_pass == Pass::Head ? !inMeetings && !meetingsValue : inMeetings;
    }
    /** Whether the next value is meetings[i].attachments[j].contentBase64. */
    bool atAttachmentContent() const
    {
        return m_levels.size() == 5 && m_levels.at(0).key == JsonKeys::Meetings && !m_levels.at(1).object
               && m_levels.at(2).key == JsonKeys::Attachments && !m_levels.at(3).object && m_levels.at(4).object
               && m_levels.at(4).key == JsonKeys::ContentBase64;
    }
    /** The place of the next value, as the importer's messages name it: meetings[2].attachments[0]. */
    QString where() const
    {
        QString w = QStringLiteral("document");
        for (qsizetype i = 0; i < m_levels.size(); ++i) {
            const Level &l = m_levels.at(i);
            if (l.object && !l.key.isEmpty())
                w += QLatin1Char('.') + l.key;
            else if (!l.object)
                w += QStringLiteral("[%1]").arg(l.index);
        }
        return w;
    }

    bool refuse(const QString &problem)
    {
        m_refusal = JsonStream::tr("The JSON document is not a valid Quorum export: %1: %2; nothing was imported.")
                        .arg(where(), problem);
        return false;
    }
    bool notQuorum()
    {
        m_refusal = JsonStream::tr("The file is not a Quorum JSON file (not a Quorum export, which starts with "
                                   "{\"format\": \"%1\", …}); nothing was imported.")
                        .arg(JsonFormat::Name);
        return false;
    }

    /** Counts what a value takes against the part it belongs to. */
    bool count(qint64 bytes)
    {
        const bool inMeeting = m_levels.size() >= 2 && m_levels.at(0).key == JsonKeys::Meetings;
        qint64 &used = inMeeting ? m_meetingBytes : m_headBytes;
        used += bytes + 8;
        if (used > JsonStream::MaxPartBytes)
            return refuse(inMeeting ? JsonStream::tr("the meeting takes more than %1 without its attachments")
                                          .arg(QLocale().formattedDataSize(JsonStream::MaxPartBytes))
                                    : JsonStream::tr("the people, groups, series and link patterns take more than %1")
                                          .arg(QLocale().formattedDataSize(JsonStream::MaxPartBytes)));
        return true;
    }

    /** A value is about to start here: the checks that come before its content. */
    bool begin(bool container)
    {
        m_stream->setBudget(6 * JsonStream::MaxTextBytes + 64);
        if (!m_sawAnything) {
            m_sawAnything = true;
            if (!container || m_levels.size() != 0)
                return notQuorum();
        }
        if (m_levels.size() == 1 && m_levels.at(0).key == JsonKeys::Meetings && !container && m_pass == Pass::Head) {
            // "meetings": null means none, as before; anything else but a list is refused.
            return true;
        }
        if (m_levels.size() == 2 && m_levels.at(0).key == JsonKeys::Meetings && !m_levels.at(1).object) {
            m_meetingBytes = 0;
            m_contents.clear();
            if (++m_meetings > JsonStream::MaxMeetings)
                return refuse(JsonStream::tr("more than %1 meetings").arg(JsonStream::MaxMeetings));
        }
        return true;
    }

    bool value(const QJsonValue &v, qint64 bytes)
    {
        if (!begin(false) || !count(bytes))
            return false;
        if (m_pass == Pass::Head && m_levels.size() == 1 && m_levels.at(0).key == JsonKeys::Meetings && !v.isNull())
            return refuse(JsonStream::tr("“%1” must be a list").arg(JsonKeys::Meetings));
        if (capturing())
            put(v);
        return advance();
    }

    bool start(bool object)
    {
        if (!m_sawAnything && !object) {
            m_sawAnything = true;
            return notQuorum();
        }
        if (!begin(true))
            return false;
        if (m_levels.size() >= JsonStream::MaxDepth) {
            m_refusal = JsonStream::tr("The file is not valid JSON for Quorum (at %1 it nests deeper than %2 levels); "
                                       "nothing was imported.")
                            .arg(where())
                            .arg(JsonStream::MaxDepth);
            return false;
        }
        if (m_pass == Pass::Head && m_levels.size() == 1 && m_levels.at(0).key == JsonKeys::Meetings && object)
            return refuse(JsonStream::tr("“%1” must be a list").arg(JsonKeys::Meetings));
        if (!count(0))
            return false;
        Level l;
        l.object = object;
        m_levels.append(l);
        return true;
    }

    bool end()
    {
        m_stream->setBudget(6 * JsonStream::MaxTextBytes + 64);
        Level done = m_levels.takeLast();
        if (m_levels.isEmpty()) {
            m_head = done.o;
            return true;
        }
        if (capturing()) {
            put(done.object ? QJsonValue(std::move(done.o)) : QJsonValue(std::move(done.a)));
        }
        return advance();
    }

    /** Adds a finished value to the object or list that holds it, or hands on a finished meeting. */
    void put(const QJsonValue &v)
    {
        if (m_pass == Pass::Meetings && m_levels.size() == 2) {
            m_meetingValue = v;
            return;
        }
        Level &top = m_levels.last();
        if (top.object)
            top.o.insert(top.key, v);
        else
            top.a.append(v);
    }

    /** After a value: the next index of a list, and a finished meeting goes to the importer. */
    bool advance()
    {
        Level &top = m_levels.last();
        const bool meetingDone
            = m_pass == Pass::Meetings && m_levels.size() == 2 && m_levels.at(0).key == JsonKeys::Meetings;
        const int index = top.index;
        if (!top.object)
            ++top.index;
        if (!meetingDone)
            return true;
        try {
            onMeeting(m_meetingValue, index, m_contents);
        } catch (...) {
            m_failure = std::current_exception();
            return false;
        }
        m_meetingValue = QJsonValue();
        m_contents.clear();
        return true;
    }

    bool storeContent(const char *s, rapidjson::SizeType length)
    {
        StoredContent c;
        const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromRawData(s, qsizetype(length)),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            c.badBase64 = true;
        } else {
            c.size = decoded.decoded.size();
            try {
                c.sha256 = onContent(decoded.decoded);
            } catch (...) {
                m_failure = std::current_exception();
                return false;
            }
        }
        m_contents.insert(m_levels.at(3).index, c);
        return advance();
    }

    Pass m_pass;
    DeviceStream *m_stream;
    QList<Level> m_levels;
    QJsonObject m_head;
    QJsonValue m_meetingValue;
    QHash<int, StoredContent> m_contents;
    qint64 m_meetings = 0;
    qint64 m_headBytes = 0;
    qint64 m_meetingBytes = 0;
    bool m_sawAnything = false;
    QString m_refusal;
    std::exception_ptr m_failure;
};

void parse(Handler *handler, DeviceStream *stream)
{
    rapidjson::Reader reader;
    constexpr unsigned flags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;
    const rapidjson::ParseResult result = reader.Parse<flags>(*stream, *handler);
    if (handler->failure())
        std::rethrow_exception(handler->failure());
    if (!handler->refusal().isEmpty())
        throw StorageError(handler->refusal());
    if (!stream->readError().isEmpty())
        throw StorageError(
            JsonStream::tr("The file cannot be read (%1); nothing was imported.").arg(stream->readError()));
    if (!handler->sawAnything())
        throw StorageError(JsonStream::tr("The file is not a Quorum JSON file (not a Quorum export, which starts "
                                          "with {\"format\": \"%1\", …}); nothing was imported.")
                               .arg(JsonFormat::Name));
    if (stream->overran())
        throw StorageError(JsonStream::tr("The JSON document is not a valid Quorum export: %1; nothing was imported.")
                               .arg(handler->limitOfNextToken()));
    QString reason = QString::fromUtf8(rapidjson::GetParseError_En(result.Code()));
    if (reason.endsWith(QLatin1Char('.'))) // RapidJSON's sentences end with one; ours goes on
        reason.chop(1);
    if (result.IsError())
        throw StorageError(JsonStream::tr("The file is not valid JSON (%1 at byte %2); nothing was imported.")
                               .arg(reason)
                               .arg(result.Offset()));
}

} // namespace

QJsonObject JsonStream::readHead(QIODevice *in, qint64 *meetingCount, QIODevice *copy)
{
    DeviceStream stream(in, copy);
    Handler handler(Handler::Pass::Head, &stream);
    parse(&handler, &stream);
    *meetingCount = handler.meetingCount();
    return handler.head();
}

void JsonStream::readMeetings(QIODevice *in, const MeetingHandler &onMeeting, const ContentHandler &onContent)
{
    DeviceStream stream(in);
    Handler handler(Handler::Pass::Meetings, &stream);
    handler.onMeeting = onMeeting;
    handler.onContent = onContent;
    parse(&handler, &stream);
}

} // namespace Quorum
