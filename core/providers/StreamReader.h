#pragma once

#include <QByteArray>
#include <QList>

namespace athanor {

// One framed event of a streamed answer: an SSE event (its name and its data lines joined by
// "\n") or one line of NDJSON (name empty).
struct StreamEvent
{
    QByteArray name;
    QByteArray data;
};

// Turns the bytes of a streamed HTTP body, arriving in chunks cut anywhere (inside a line,
// between CR and LF, inside a UTF-8 sequence), into whole events.
class StreamReader
{
public:
    // A single event larger than this is an error, so a server cannot grow our memory forever.
    static constexpr qsizetype kDefaultMaxEventBytes = 8 * 1024 * 1024;

    virtual ~StreamReader() = default;
    // Complete events found so far in this chunk.
    virtual QList<StreamEvent> feed(const QByteArray& chunk) = 0;
    // At the end of the body: the last event if the server did not terminate it.
    virtual QList<StreamEvent> finish() = 0;
    bool overflowed() const { return m_overflowed; }

protected:
    qsizetype m_maxEventBytes = kDefaultMaxEventBytes;
    bool m_overflowed = false;
};

// text/event-stream as the HTML standard defines it: lines end in CRLF, LF or CR; "data:"
// lines accumulate; a blank line dispatches; ":" lines are comments; "event:" names.
class SseReader : public StreamReader
{
public:
    explicit SseReader(qsizetype maxEventBytes = kDefaultMaxEventBytes) { m_maxEventBytes = maxEventBytes; }
    QList<StreamEvent> feed(const QByteArray& chunk) override;
    QList<StreamEvent> finish() override;

private:
    void processLine(const QByteArray& line, QList<StreamEvent>& out);
    void dispatch(QList<StreamEvent>& out);

    QByteArray m_buffer;
    QByteArray m_event;
    QByteArray m_data;
    bool m_hasData = false;
    bool m_started = false;
};

// Newline-delimited JSON (Ollama): one event per non-empty line.
class JsonLinesReader : public StreamReader
{
public:
    explicit JsonLinesReader(qsizetype maxEventBytes = kDefaultMaxEventBytes) { m_maxEventBytes = maxEventBytes; }
    QList<StreamEvent> feed(const QByteArray& chunk) override;
    QList<StreamEvent> finish() override;

private:
    QByteArray m_buffer;
};

} // namespace athanor
