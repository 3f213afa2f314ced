// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QStringView>

class QIODevice;

namespace Quorum {

/**
 * Writes JSON text to a device as it is produced, through a buffer of its own: the bytes are
 * exactly those QJsonDocument::toJson(QJsonDocument::Indented) writes for the same document (four
 * spaces a level, "key": value, an empty list as "[", newline, indent, "]", a newline at the end),
 * so that the export needs no document in memory. The caller gives an object's keys in the order
 * QJsonObject keeps them (sorted); a binary value is written as base64 straight from its bytes.
 * Every write the device refuses throws StorageError with the device's reason.
 */
class JsonWriter
{
    Q_DECLARE_TR_FUNCTIONS(JsonWriter)

public:
    explicit JsonWriter(QIODevice *out);
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /** The key of the next value, in an object. */
    void key(QStringView name);

    void string(QStringView text);
    void integer(qint64 value);
    void boolean(bool value);
    /**
     * A base64 string, its bytes given in pieces (base64Piece) and encoded into the output buffer
     * as they come: a large attachment never needs a copy of itself or of its text.
     */
    void beginBase64();
    void base64Piece(QByteArrayView data);
    void endBase64();

    /** key and value at once. */
    void field(QStringView name, QStringView text)
    {
        key(name);
        string(text);
    }
    void field(QStringView name, const QString &text) { field(name, QStringView(text)); }
    void field(QStringView name, qint64 value)
    {
        key(name);
        integer(value);
    }
    void field(QStringView name, int value) { field(name, qint64(value)); }
    void field(QStringView name, bool value)
    {
        key(name);
        boolean(value);
    }

    /** Ends the document (the newline after its closing brace) and hands every byte to the device. */
    void finish();

private:
    /** A new value is about to be written: its separator and indent. */
    void beforeValue();
    /** text in quotes, escaped. */
    void putString(QStringView text);
    void open(char bracket);
    void close(char bracket);
    void indent(qsizetype depth);
    void put(char c)
    {
        if (m_used == m_buffer.size())
            flush();
        m_buffer[m_used++] = c;
    }
    void put(QByteArrayView bytes);
    /** At least n free bytes in the buffer (n at most its size). */
    void reserve(qsizetype n)
    {
        if (m_buffer.size() - m_used < n)
            flush();
    }
    void flush();
    /** groups whole groups of three bytes from in, as base64. */
    void encode(const uchar *in, qsizetype groups);

    QIODevice *m_out;
    QByteArray m_buffer;
    qsizetype m_used = 0;
    QList<qint64> m_counts; ///< the values written so far in each open object or list
    bool m_afterKey = false;
    uchar m_carry[2] = {}; ///< the bytes of a base64 piece after its last whole group of three
    qsizetype m_carried = 0;
};

} // namespace Quorum
