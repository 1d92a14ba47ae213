#include "ui/session/capabilitiesmodel.h"

#include "tests/support/hostileservertext.h"

#include "core/protocol/capabilities.h"

#include <QAbstractItemModelTester>
#include <QTest>

using SmtpUi::CapabilitiesModel;

class TestCapabilitiesModel final : public QObject
{
    Q_OBJECT

private slots:
    void hostileCapabilitiesAreShownEscaped();
};

// Issue #11: an EHLO line with U+2028, U+202E or ESC is one row whose cells show them escaped.
void TestCapabilitiesModel::hostileCapabilitiesAreShownEscaped()
{
    Smtp::Reply reply;
    reply.code = 250;
    reply.lines = {"mx.test",
                   "X-A\xE2\x80\xA8"
                   "B p\x1B[2J",
                   "SIZE 10\xE2\x80\xAE"
                   "00"};
    CapabilitiesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapabilities(Smtp::Capabilities::fromEhloReply(reply), false);
    QCOMPARE(model.rowCount(), 2);
    QStringList cells;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.index(row, column).data().toString();
    }
    const QString all = cells.join(u'\n');
    QVERIFY2(SmtpTest::forgedOutputProblem(all).isEmpty(), qPrintable(SmtpTest::forgedOutputProblem(all)));
    QVERIFY2(cells.contains(QStringLiteral("X-A\\u2028B")), qPrintable(all));
    QVERIFY2(cells.contains(QStringLiteral("p\\x1B[2J")), qPrintable(all));
    QVERIFY2(cells.contains(QStringLiteral("10\\u202E00")), qPrintable(all));
}

QTEST_MAIN(TestCapabilitiesModel)
#include "tst_capabilitiesmodel.moc"
