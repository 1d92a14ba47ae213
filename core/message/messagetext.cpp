#include "messagetext.h"

#include <utility>

namespace Smtp
{

namespace
{

const QByteArray crlf = QByteArrayLiteral("\r\n");

/// At most messageTextPieceSize octets of text from offset on (Qt 6.4's QByteArrayView has no mid()).
QByteArrayView pieceAt(QByteArrayView text, qsizetype offset)
{
    return offset >= text.size() ? QByteArrayView()
                                 : text.sliced(offset, qMin(messageTextPieceSize, text.size() - offset));
}

} // namespace

void MessageTextEncoder::encode(QByteArrayView piece, QByteArray &out)
{
    if (piece.isEmpty())
        return;
    m_empty = false;
    out.reserve(out.size() + piece.size() + piece.size() / 32 + 8);
    const char *at = piece.data();
    const char *const end = at + piece.size();
    while (at < end) {
        if (std::exchange(m_afterCr, false) && *at == '\n') {
            ++at; // the LF of a CRLF: its CRLF went out with the CR
            continue;
        }
        if (*at == '\r' || *at == '\n') {
            // CRLF, bare CR and bare LF all end a line: a bare one must never reach the server (SMTP smuggling,
            // CVE-2023-51764), and RFC 5321 §2.3.8 allows CR and LF only together.
            out += crlf;
            ++m_lines;
            m_atLineStart = true;
            m_afterCr = *at == '\r';
            ++at;
            continue;
        }
        // RFC 5321 §4.5.2: "Before sending a line of mail text, the SMTP client checks the first character of the
        // line. If it is a period, one additional period is inserted at the beginning of the line."
        if (m_dotStuff && m_atLineStart && *at == '.') {
            out += '.';
            ++m_dotsAdded;
        }
        m_atLineStart = false;
        // The rest of the line goes as it is, in one append.
        const char *lineEnd = at;
        while (lineEnd < end && *lineEnd != '\r' && *lineEnd != '\n')
            ++lineEnd;
        out.append(at, lineEnd - at);
        at = lineEnd;
    }
}

void MessageTextEncoder::finish(QByteArray &out)
{
    if (!m_atLineStart || m_empty) {
        out += crlf;
        ++m_lines;
        m_atLineStart = true;
    }
    m_afterCr = false;
    m_empty = false;
}

void MessageTextScanner::add(QByteArrayView piece)
{
    m_facts.size += piece.size();
    for (const char c : piece) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            m_facts.eightBit = true;
            break;
        }
    }
    m_scratch.clear();
    m_encoder.encode(piece, m_scratch);
    m_facts.dataSize += m_scratch.size();
}

MessageTextFacts MessageTextScanner::finish()
{
    m_scratch.clear();
    m_encoder.finish(m_scratch);
    m_facts.dataSize += m_scratch.size();
    m_facts.lines = m_encoder.lineCount();
    m_facts.chunkSize = m_facts.dataSize - m_encoder.dotsAdded();
    m_facts.dataSize += 3; // RFC 5321 §4.1.1.4: the final ".\r\n"
    return m_facts;
}

MessageTextFacts describeMessageText(QByteArrayView text)
{
    MessageTextScanner scanner;
    for (qsizetype at = 0; at < text.size(); at += messageTextPieceSize)
        scanner.add(pieceAt(text, at));
    return scanner.finish();
}

std::optional<MessageFile> describeMessageFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = MessageTextScanner::tr("cannot read the file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    MessageTextScanner scanner;
    QByteArray piece(messageTextPieceSize, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(piece.data(), piece.size());
        if (read < 0) {
            *error = MessageTextScanner::tr("cannot read the file %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        if (read == 0)
            break;
        scanner.add(QByteArrayView(piece.constData(), read));
    }
    return MessageFile{path, scanner.finish()};
}

MessageTextReader::MessageTextReader(const QByteArray &text, const QString &path, bool dotStuff)
    : m_text(text), m_file(path), m_fromFile(!path.isEmpty()), m_dotStuff(dotStuff), m_encoder(dotStuff)
{}

bool MessageTextReader::open(QString *error)
{
    if (!m_fromFile || m_file.open(QIODevice::ReadOnly))
        return true;
    *error = tr("The message file %1 cannot be read: %2").arg(m_file.fileName(), m_file.errorString());
    return false;
}

QByteArray MessageTextReader::next(QString *error)
{
    QByteArray out;
    // A piece can encode to nothing (the LF of a CRLF split from its CR): read on until there is something to give.
    while (out.isEmpty() && !m_finished) {
        QByteArrayView piece;
        if (m_fromFile) {
            m_buffer.resize(messageTextPieceSize);
            const qint64 read = m_file.read(m_buffer.data(), m_buffer.size());
            if (read < 0) {
                *error = tr("The message file %1 cannot be read: %2").arg(m_file.fileName(), m_file.errorString());
                m_finished = true;
                return {};
            }
            piece = QByteArrayView(m_buffer.constData(), read);
        } else {
            piece = pieceAt(m_text, m_textOffset);
            m_textOffset += piece.size();
        }
        if (!piece.isEmpty()) {
            m_encoder.encode(piece, out);
            continue;
        }
        m_encoder.finish(out);
        // RFC 5321 §4.1.1.4: the data ends with CRLF "." CRLF, whose first CRLF ends the last line of the message.
        if (m_dotStuff)
            out += ".\r\n";
        m_finished = true;
    }
    m_produced += out.size();
    return out;
}

} // namespace Smtp
