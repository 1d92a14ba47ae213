#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <optional>

namespace Smtp
{

/// Turns message text into its wire form piece by piece, so that a message of any size is sent from a bounded
/// buffer: every bare CR, bare LF and CRLF becomes CRLF, the text ends with CRLF (an empty text is one empty line),
/// and with dot-stuffing (DATA, RFC 5321 §4.5.2) a line starting with '.' gets another '.'. The output is the same
/// however the input is split, even between the CR and LF of a line end or just before a dot.
class MessageTextEncoder final
{
public:
    explicit MessageTextEncoder(bool dotStuff) : m_dotStuff(dotStuff) {}

    /// Appends the wire form of the next piece of text to out.
    void encode(QByteArrayView piece, QByteArray &out);
    /// Appends what ends the text: CRLF when its last line has no line end, or when the text is empty.
    void finish(QByteArray &out);

    /// Lines ended so far; after finish(), the lines of the text.
    qint64 lineCount() const { return m_lines; }
    /// Dots added by dot-stuffing so far.
    qint64 dotsAdded() const { return m_dotsAdded; }

private:
    bool m_dotStuff;
    bool m_atLineStart = true;
    bool m_afterCr = false; // the last byte was a CR, already sent as CRLF: an LF right after it belongs to it
    bool m_empty = true;
    qint64 m_lines = 0;
    qint64 m_dotsAdded = 0;
};

/// What the dialogue needs to know about a message text before sending it, learned in one pass.
struct MessageTextFacts
{
    qint64 size = 0;       ///< octets as given (the SIZE estimate, RFC 1870 §3)
    qint64 lines = 0;      ///< lines on the wire
    qint64 dataSize = 0;   ///< octets after DATA: normalised, dot-stuffed, with the final ".\r\n"
    qint64 chunkSize = 0;  ///< octets of one BDAT chunk: normalised, not stuffed, no final dot (RFC 3030)
    bool eightBit = false; ///< has 8-bit octets, so needs BODY=8BITMIME (RFC 6152)
};

/// Reads a message text in bounded pieces, in memory or from a file, and counts its facts.
class MessageTextScanner final
{
    Q_DECLARE_TR_FUNCTIONS(MessageTextScanner)

public:
    void add(QByteArrayView piece);
    MessageTextFacts finish();

private:
    MessageTextEncoder m_encoder{true};
    MessageTextFacts m_facts;
    QByteArray m_scratch;
};

/// The facts of a text held in memory.
MessageTextFacts describeMessageText(QByteArrayView text);

/// A message kept in a file: described when it is chosen, read piece by piece only while it is sent, so that a large
/// message is never held in memory.
struct MessageFile
{
    QString path;
    MessageTextFacts facts;
};

/// The file described, read once in bounded pieces, or nullopt with the reason in *error.
std::optional<MessageFile> describeMessageFile(const QString &path, QString *error);

/// The wire form of a message text, piece by piece: from memory or from a file, each piece the encoding of at most
/// messageTextPieceSize octets, then the ending (CRLF when needed, and ".\r\n" when dot-stuffed for DATA).
class MessageTextReader final
{
    Q_DECLARE_TR_FUNCTIONS(MessageTextReader)

public:
    /// Reads text, or the file at path when path is not empty.
    MessageTextReader(const QByteArray &text, const QString &path, bool dotStuff);
    Q_DISABLE_COPY_MOVE(MessageTextReader)

    /// Opens the file; false with the reason in *error when it cannot be read.
    bool open(QString *error);
    /// The next piece of the wire form; empty once everything was given, or on an error (then *error says why).
    QByteArray next(QString *error);
    bool atEnd() const { return m_finished; }
    /// Octets of wire form given so far.
    qint64 produced() const { return m_produced; }

private:
    QByteArray m_text;
    qsizetype m_textOffset = 0;
    QFile m_file;
    bool m_fromFile;
    bool m_dotStuff;
    MessageTextEncoder m_encoder;
    QByteArray m_buffer; // the file piece being encoded
    bool m_finished = false;
    qint64 m_produced = 0;
};

/// The octets read from a message file (or taken from memory) at a time while it is sent.
constexpr qsizetype messageTextPieceSize = 64 * 1024;

} // namespace Smtp
