#include "StreamReader.h"

namespace athanor {

QList<StreamEvent> SseReader::feed(const QByteArray& chunk)
{
    QList<StreamEvent> out;
    if (m_overflowed)
        return out;
    m_buffer += chunk;
    if (!m_started) {
        static const QByteArray bom("\xEF\xBB\xBF");
        if (m_buffer.size() < bom.size() && bom.startsWith(m_buffer))
            return out; // maybe the start of a byte order mark
        if (m_buffer.startsWith(bom))
            m_buffer.remove(0, bom.size());
        m_started = true;
    }
    qsizetype start = 0;
    for (qsizetype i = 0; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c != '\n' && c != '\r')
            continue;
        // A CR at the very end may be the first half of a CRLF: wait for the next chunk.
        if (c == '\r' && i + 1 == m_buffer.size())
            break;
        processLine(m_buffer.mid(start, i - start), out);
        if (c == '\r' && m_buffer.at(i + 1) == '\n')
            ++i;
        start = i + 1;
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() + m_data.size() > m_maxEventBytes) {
        m_overflowed = true;
        m_buffer.clear();
        m_data.clear();
    }
    return out;
}

QList<StreamEvent> SseReader::finish()
{
    QList<StreamEvent> out;
    if (m_overflowed)
        return out;
    if (m_buffer.endsWith('\r'))
        m_buffer.chop(1);
    if (!m_buffer.isEmpty())
        processLine(m_buffer, out);
    m_buffer.clear();
    // Lenient: a last event without its blank line is still delivered.
    dispatch(out);
    return out;
}

void SseReader::processLine(const QByteArray& line, QList<StreamEvent>& out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.startsWith(':'))
        return; // a comment, e.g. OpenRouter's ": OPENROUTER PROCESSING" keep-alive
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "event") {
        m_event = value;
    } else if (field == "data") {
        if (m_hasData)
            m_data += '\n';
        m_data += value;
        m_hasData = true;
    }
    // "id" and "retry" do not matter for a single request.
}

void SseReader::dispatch(QList<StreamEvent>& out)
{
    if (m_hasData)
        out.append(StreamEvent{m_event, m_data});
    m_event.clear();
    m_data.clear();
    m_hasData = false;
}

QList<StreamEvent> JsonLinesReader::feed(const QByteArray& chunk)
{
    QList<StreamEvent> out;
    if (m_overflowed)
        return out;
    m_buffer += chunk;
    qsizetype start = 0;
    for (qsizetype newline = m_buffer.indexOf('\n'); newline >= 0; newline = m_buffer.indexOf('\n', start)) {
        const QByteArray line = m_buffer.mid(start, newline - start).trimmed();
        if (!line.isEmpty())
            out.append(StreamEvent{{}, line});
        start = newline + 1;
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > m_maxEventBytes) {
        m_overflowed = true;
        m_buffer.clear();
    }
    return out;
}

QList<StreamEvent> JsonLinesReader::finish()
{
    QList<StreamEvent> out;
    const QByteArray line = m_buffer.trimmed();
    if (!m_overflowed && !line.isEmpty())
        out.append(StreamEvent{{}, line});
    m_buffer.clear();
    return out;
}

} // namespace athanor
