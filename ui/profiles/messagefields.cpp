#include "messagefields.h"

#include "profilefieldsettings.h"

#include "core/message/messagebuilder.h"
#include "core/message/messagecomposition.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace SmtpUi
{

namespace
{

/// The lines of a list field, blank ones left out.
QStringList lines(const QPlainTextEdit *edit)
{
    QStringList result;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    }
    return result;
}

void placeholder(QLineEdit *edit, const QString &inherited, const QString &otherwise)
{
    edit->setPlaceholderText(inherited.isEmpty() ? otherwise : MessageFields::tr("Inherited: %1").arg(inherited));
}

void placeholder(QPlainTextEdit *edit, const QString &inherited, const QString &otherwise)
{
    edit->setPlaceholderText(inherited.isEmpty() ? otherwise : MessageFields::tr("Inherited: %1").arg(inherited));
}

} // namespace

MessageFields::MessageFields(const MessageFieldWidgets &widgets) : m_widgets(widgets) {}

void MessageFields::load(const Smtp::ProfileSettings &own, const Smtp::ConnectionSettings &inherited)
{
    m_inherited = inherited;
    const Smtp::MessageSettings &base = inherited.message;
    m_widgets.subject->setText(own.subject.value_or(QString()));
    placeholder(m_widgets.subject, base.composition.subject, tr("The built-in subject"));
    m_widgets.body->setPlainText(own.body.value_or(QString()));
    placeholder(m_widgets.body, base.composition.body, tr("The built-in text"));
    m_widgets.headers->setPlainText(own.headers.value_or(QStringList()).join(u'\n'));
    placeholder(m_widgets.headers, base.composition.headers.join(QStringLiteral(", ")),
                tr("One \"Name: value\" per line, e.g. X-Campaign: 42"));
    m_widgets.attachments->setPlainText(own.attachments.value_or(QStringList()).join(u'\n'));
    placeholder(m_widgets.attachments, base.composition.attachments.join(QStringLiteral(", ")),
                tr("One file path per line"));
    m_widgets.dsnNotify->setText(own.dsnNotify.value_or(QString()));
    placeholder(m_widgets.dsnNotify, base.dsnNotify, tr("No DSN; e.g. SUCCESS,FAILURE"));
    m_widgets.dsnReturn->clear();
    m_widgets.dsnReturn->addItem(base.dsnReturn.isEmpty() ? tr("Not asked for")
                                                          : tr("Inherited (%1)").arg(base.dsnReturn));
    m_widgets.dsnReturn->addItem(tr("FULL (the whole message)"), QStringLiteral("FULL"));
    m_widgets.dsnReturn->addItem(tr("HDRS (headers only)"), QStringLiteral("HDRS"));
    const int returnIndex = own.dsnReturn ? m_widgets.dsnReturn->findData(own.dsnReturn->toUpper()) : 0;
    m_widgets.dsnReturn->setCurrentIndex(qMax(returnIndex, 0));
    m_widgets.dsnEnvelopeId->setText(own.dsnEnvelopeId.value_or(QString()));
    placeholder(m_widgets.dsnEnvelopeId, base.dsnEnvelopeId, tr("None"));
    m_widgets.pipelining->setChecked(own.pipelining.value_or(base.allowPipelining));
    m_widgets.chunking->setChecked(own.chunking.value_or(base.allowChunking));
}

void MessageFields::store(Smtp::ProfileSettings &settings, const Smtp::ProfileSettings &original) const
{
    settings.subject = textSetting(m_widgets.subject->text());
    // The body keeps its own spacing; only a body of nothing but blanks is no body.
    const QString body = m_widgets.body->toPlainText();
    settings.body = body.trimmed().isEmpty() ? std::nullopt : std::optional<QString>(body);
    const QStringList headers = lines(m_widgets.headers);
    settings.headers = headers.isEmpty() ? std::nullopt : std::optional<QStringList>(headers);
    const QStringList attachments = lines(m_widgets.attachments);
    settings.attachments = attachments.isEmpty() ? std::nullopt : std::optional<QStringList>(attachments);
    settings.dsnNotify = textSetting(m_widgets.dsnNotify->text());
    const QVariant dsnReturn = m_widgets.dsnReturn->currentData();
    settings.dsnReturn = dsnReturn.isValid() ? std::optional<QString>(dsnReturn.toString()) : std::nullopt;
    settings.dsnEnvelopeId = textSetting(m_widgets.dsnEnvelopeId->text());
    settings.pipelining =
        explicitSetting(m_widgets.pipelining->isChecked(), m_inherited.message.allowPipelining, original.pipelining);
    settings.chunking =
        explicitSetting(m_widgets.chunking->isChecked(), m_inherited.message.allowChunking, original.chunking);
}

MessageFields::Problem MessageFields::validate()
{
    for (QWidget *field : std::initializer_list<QWidget *>{m_widgets.subject, m_widgets.headers, m_widgets.attachments,
                                                           m_widgets.dsnNotify, m_widgets.dsnEnvelopeId}) {
        field->setAccessibleDescription(QString());
        field->setProperty("invalid", false);
    }
    for (const QString &field : lines(m_widgets.headers)) {
        if (const QString reason = Smtp::headerFieldProblem(field); !reason.isEmpty())
            return {reason, m_widgets.headers};
    }
    for (const QString &path : lines(m_widgets.attachments)) {
        if (const QString reason = Smtp::attachmentProblem(path); !reason.isEmpty())
            return {reason, m_widgets.attachments};
    }
    if (const QString notify = m_widgets.dsnNotify->text().trimmed(); !notify.isEmpty()) {
        if (const QString reason = Smtp::checkDsnNotify(notify); !reason.isEmpty())
            return {reason, m_widgets.dsnNotify};
    }
    if (const QString envelopeId = m_widgets.dsnEnvelopeId->text().trimmed(); !envelopeId.isEmpty()) {
        if (const QString reason = Smtp::checkDsnEnvelopeId(envelopeId); !reason.isEmpty())
            return {reason, m_widgets.dsnEnvelopeId};
    }
    return {QString(), m_widgets.subject};
}

} // namespace SmtpUi
