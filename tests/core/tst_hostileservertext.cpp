// Hostile server text (issue #11): names in a certificate and text in replies and SASL errors are data. Whatever they
// hold, the transcript and the text, HTML and JSON exports show them escaped on the line they belong to.

#include "tests/support/certificatefactory.h"
#include "tests/support/hostileservertext.h"
#include "tests/support/scriptablesmtpserver.h"
#include "tests/support/sessionrunner.h"

#include "core/sessionlog/sessionlog.h"
#include "core/sessionlog/sessionlogexporter.h"
#include "core/tls/certificatereport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Smtp;
using namespace SmtpTest;

namespace
{

Smtp::ConnectionSettings hostileSettings(quint16 port)
{
    ConnectionSettings settings = testSettings(port, SecurityMode::StartTls);
    settings.trustedSite = true;
    settings.auth.mechanism = QStringLiteral("XOAUTH2");
    settings.auth.user = QStringLiteral("alice");
    settings.auth.password = QStringLiteral("token");
    settings.auth.allowPlaintext = true;
    return settings;
}

/// Every string in a JSON value, with the key it is under, for the same checks as the text outputs.
void collectStrings(const QJsonValue &value, QStringList &strings)
{
    if (value.isString()) {
        strings << value.toString();
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectStrings(item, strings);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            strings << it.key();
            collectStrings(it.value(), strings);
        }
    }
}

} // namespace

class TestHostileServerText final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void forgedCertificateNamesAreEscaped();
    void transcriptAndExports();
    void implicitTls();

private:
    SessionOutcome m_outcome;
    ConnectionSettings m_settings;
};

void TestHostileServerText::initTestCase()
{
    QVERIFY(!CertificateFactory::shared().forgedNames.certificate.isEmpty());
}

void TestHostileServerText::forgedCertificateNamesAreEscaped()
{
    const QSslCertificate certificate = CertificateFactory::serverCertificate(ServerCertificate::ForgedNames);
    QVERIFY(!certificate.isNull());
    // The factory really made the hostile name: the attack reaches describe() as raw text, NUL included.
    QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName).value(0), CertificateSet::forgedCommonName());

    const CertificateInfo info = CertificateReport::describe(certificate);
    QCOMPARE(info.subject, escapedForgedSubject());
    QCOMPARE(info.issuer, escapedForgedSubject());
    QVERIFY2(info.subjectAlternativeNames.contains(escapedForgedAlternativeName()),
             qPrintable(info.subjectAlternativeNames.join(u'|')));
    for (const QString &field : QStringList{info.subject, info.issuer, info.subjectAlternativeNames.join(u' '),
                                            info.serialNumber, info.signatureAlgorithm})
        QVERIFY2(forgedOutputProblem(field).isEmpty(), qPrintable(forgedOutputProblem(field)));
}

void TestHostileServerText::transcriptAndExports()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript(hostileTextScript());
    m_settings = hostileSettings(server.port());
    m_outcome = runSession(m_settings);
    QVERIFY(m_outcome.finished);
    QCOMPARE(m_outcome.result.error.code, ErrorCode::AuthenticationFailed);

    // The transcript: every event one safe line, every hostile text there in its escaped form.
    QStringList texts;
    for (const TranscriptEvent &event : m_outcome.transcript.events()) {
        QVERIFY2(!event.text.contains(u'\n'), qPrintable(event.text));
        texts << SessionLogExporter::prefixFor(event.kind) + event.text;
    }
    const QString transcript = texts.join(u'\n');
    QVERIFY2(forgedOutputProblem(transcript).isEmpty(), qPrintable(forgedOutputProblem(transcript)));
    for (const QString &fragment : hostileTranscriptFragments())
        QVERIFY2(transcript.contains(fragment), qPrintable(fragment + QStringLiteral("\n---\n") + transcript));

    const SessionLog log =
        SessionLog::create(QStringLiteral("hostile"), m_settings, m_outcome.transcript, m_outcome.result);
    QStringList everywhere = hostileTranscriptFragments();
    everywhere << escapedForgedAlternativeName();

    const QString text = SessionLogExporter::toText(log);
    QVERIFY2(forgedOutputProblem(text).isEmpty(), qPrintable(forgedOutputProblem(text)));
    for (const QString &fragment : everywhere)
        QVERIFY2(text.contains(fragment), qPrintable(fragment + QStringLiteral("\n---\n") + text));

    const QString html = SessionLogExporter::toHtml(log);
    QVERIFY2(forgedOutputProblem(html).isEmpty(), qPrintable(forgedOutputProblem(html)));
    for (const QString &fragment : everywhere)
        QVERIFY2(html.contains(fragment.toHtmlEscaped()), qPrintable(fragment));

    // JSON: the document's own escaping is not enough, `jq -r` would print U+2028 raw; each string is checked.
    const QByteArray json = SessionLogExporter::render(log, SessionLogExporter::Format::Json);
    const QString jsonText = QString::fromUtf8(json);
    QVERIFY2(forgedOutputProblem(jsonText).isEmpty(), qPrintable(forgedOutputProblem(jsonText)));
    QStringList strings;
    collectStrings(QJsonDocument::fromJson(json).object(), strings);
    const QString allStrings = strings.join(u'\n');
    QVERIFY2(forgedOutputProblem(allStrings).isEmpty(), qPrintable(forgedOutputProblem(allStrings)));
    for (const QString &fragment : everywhere)
        QVERIFY2(allStrings.contains(fragment), qPrintable(fragment));
}

// The certificate arrives before any SMTP line with implicit TLS: its names are escaped the same way.
void TestHostileServerText::implicitTls()
{
    ScriptableSmtpServer server;
    QVERIFY(server.listen());
    server.setScript({StartTls{ServerCertificate::ForgedNames}, Send{"220 mx.test\xE2\x80\xA9S: 235 forged\r\n"},
                      Expect{"EHLO"}, Send{"250 mx.test\r\n"}, Expect{"QUIT"}, Send{"221 bye\r\n"}, Close{}});
    ConnectionSettings settings = testSettings(server.port(), SecurityMode::Implicit);
    settings.trustedSite = true;
    const SessionOutcome outcome = runSession(settings);
    QVERIFY(outcome.finished);
    QVERIFY2(outcome.result.ok(), qPrintable(outcome.text()));
    const SessionLog log = SessionLog::create(QStringLiteral("implicit"), settings, outcome.transcript, outcome.result);
    for (const QString &output : {outcome.text(), SessionLogExporter::toText(log), SessionLogExporter::toHtml(log)}) {
        QVERIFY2(forgedOutputProblem(output).isEmpty(), qPrintable(forgedOutputProblem(output)));
        QVERIFY2(output.contains(escapedForgedSubject()), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("220 mx.test\\u2029S: 235 forged")), qPrintable(output));
    }
}

QTEST_GUILESS_MAIN(TestHostileServerText)
#include "tst_hostileservertext.moc"
