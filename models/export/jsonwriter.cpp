// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include "storage/storageerror.h"

#include <QIODevice>

namespace Quorum {

namespace {

constexpr qsizetype BufferSize = 256 * 1024;
constexpr int IndentWidth = 4; // QJsonDocument::Indented
constexpr char Base64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

char hexDigit(uint u)
{
    return char(u < 10 ? '0' + u : 'a' + u - 10);
}

} // namespace

JsonWriter::JsonWriter(QIODevice *out)
    : m_out(out)
    , m_buffer(BufferSize, Qt::Uninitialized)
{ }

void JsonWriter::beginObject()
{
    open('{');
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::beginArray()
{
    open('[');
}

void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::key(QStringView name)
{
    beforeValue();
    putString(name);
    put(": ");
    m_afterKey = true;
}

void JsonWriter::string(QStringView text)
{
    beforeValue();
    putString(text);
}

void JsonWriter::putString(QStringView text)
{
    put('"');
    // As QJsonDocument escapes: the two JSON specials and control characters, UTF-8 for the rest,
    // and \uXXXX for a surrogate without its other half.
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        reserve(12);
        char *cursor = m_buffer.data() + m_used;
        const uint u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *cursor++ = char(u);
            } else {
                *cursor++ = '\\';
                switch (u) {
                case '"': *cursor++ = '"'; break;
                case '\\': *cursor++ = '\\'; break;
                case '\b': *cursor++ = 'b'; break;
                case '\f': *cursor++ = 'f'; break;
                case '\n': *cursor++ = 'n'; break;
                case '\r': *cursor++ = 'r'; break;
                case '\t': *cursor++ = 't'; break;
                default:
                    *cursor++ = 'u';
                    *cursor++ = '0';
                    *cursor++ = '0';
                    *cursor++ = hexDigit(u >> 4);
                    *cursor++ = hexDigit(u & 0xf);
                }
            }
        } else if (u < 0x800) {
            *cursor++ = char(0xc0 | (u >> 6));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xd800 || u > 0xdfff) {
            *cursor++ = char(0xe0 | (u >> 12));
            *cursor++ = char(0x80 | ((u >> 6) & 0x3f));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (u <= 0xdbff && src != end && *src >= 0xdc00 && *src <= 0xdfff) {
            const uint c = 0x10000 + ((u - 0xd800) << 10) + (*src++ - 0xdc00);
            *cursor++ = char(0xf0 | (c >> 18));
            *cursor++ = char(0x80 | ((c >> 12) & 0x3f));
            *cursor++ = char(0x80 | ((c >> 6) & 0x3f));
            *cursor++ = char(0x80 | (c & 0x3f));
        } else {
            *cursor++ = '\\';
            *cursor++ = 'u';
            *cursor++ = hexDigit(u >> 12 & 0xf);
            *cursor++ = hexDigit(u >> 8 & 0xf);
            *cursor++ = hexDigit(u >> 4 & 0xf);
            *cursor++ = hexDigit(u & 0xf);
        }
        m_used = cursor - m_buffer.data();
    }
    put('"');
}

void JsonWriter::integer(qint64 value)
{
    beforeValue();
    // QJsonDocument writes every number as a double: the same digits for any integer up to 2^53.
    put(QByteArray::number(value));
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    put(value ? QByteArrayView("true") : QByteArrayView("false"));
}

void JsonWriter::beginBase64()
{
    beforeValue();
    put('"');
    m_carried = 0;
}

void JsonWriter::base64Piece(QByteArrayView data)
{
    const auto *in = reinterpret_cast<const uchar *>(data.data());
    qsizetype left = data.size();
    // A group that a piece before began.
    while (m_carried > 0 && m_carried < 3 && left > 0) {
        if (m_carried == 2) {
            const uchar group[3] = {m_carry[0], m_carry[1], *in};
            m_carried = 0;
            encode(group, 1);
        } else {
            m_carry[m_carried++] = *in;
        }
        ++in;
        --left;
    }
    const qsizetype groups = left / 3;
    encode(in, groups);
    in += 3 * groups;
    left -= 3 * groups;
    for (qsizetype i = 0; i < left; ++i)
        m_carry[m_carried++] = in[i];
}

void JsonWriter::endBase64()
{
    if (m_carried > 0) {
        const uint v = uint(m_carry[0]) << 16 | (m_carried == 2 ? uint(m_carry[1]) << 8 : 0);
        const char last[4] = {Base64Alphabet[v >> 18], Base64Alphabet[(v >> 12) & 0x3f],
                              m_carried == 2 ? Base64Alphabet[(v >> 6) & 0x3f] : '=', '='};
        put(QByteArrayView(last, 4));
        m_carried = 0;
    }
    put('"');
}

void JsonWriter::encode(const uchar *in, qsizetype groups)
{
    while (groups > 0) {
        // As many groups as the buffer has room for.
        reserve(4 * 1024);
        const qsizetype n = qMin(groups, (m_buffer.size() - m_used) / 4);
        char *cursor = m_buffer.data() + m_used;
        for (qsizetype i = 0; i < n; ++i, in += 3) {
            const uint v = uint(in[0]) << 16 | uint(in[1]) << 8 | in[2];
            cursor[0] = Base64Alphabet[v >> 18];
            cursor[1] = Base64Alphabet[(v >> 12) & 0x3f];
            cursor[2] = Base64Alphabet[(v >> 6) & 0x3f];
            cursor[3] = Base64Alphabet[v & 0x3f];
            cursor += 4;
        }
        m_used = cursor - m_buffer.data();
        groups -= n;
    }
}

void JsonWriter::finish()
{
    put('\n');
    flush();
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_counts.isEmpty())
        return;
    if (m_counts.last()++ > 0)
        put(",\n");
    indent(m_counts.size());
}

void JsonWriter::open(char bracket)
{
    beforeValue();
    put(bracket);
    put('\n');
    m_counts.append(0);
}

void JsonWriter::close(char bracket)
{
    if (m_counts.takeLast() > 0)
        put('\n');
    indent(m_counts.size());
    put(bracket);
}

void JsonWriter::indent(qsizetype depth)
{
    for (qsizetype i = 0; i < depth * IndentWidth; ++i)
        put(' ');
}

void JsonWriter::put(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        if (m_used == m_buffer.size())
            flush();
        const qsizetype n = qMin(bytes.size(), m_buffer.size() - m_used);
        memcpy(m_buffer.data() + m_used, bytes.data(), size_t(n));
        m_used += n;
        bytes = bytes.sliced(n);
    }
}

void JsonWriter::flush()
{
    // A device may take part of a large write (a file that reaches its size limit): what is left
    // is written again, so that the failure, if it is one, comes with the system's reason.
    const char *data = m_buffer.constData();
    qint64 left = m_used;
    m_used = 0;
    while (left > 0) {
        const qint64 written = m_out->write(data, left);
        if (written <= 0)
            throw StorageError(tr("Cannot write the export: %1.").arg(m_out->errorString()));
        data += written;
        left -= written;
    }
}

} // namespace Quorum
