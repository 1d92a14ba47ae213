#pragma once

#include "core/connection/connectionsettings.h"
#include "core/profiles/profile.h"

#include <QCoreApplication>
#include <QString>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace SmtpUi
{

/// The widgets of the profile editor's Message tab, for the built-in test message and how it is sent: subject, body,
/// extra header fields, attachments, the DSN parameters (--dsn, --dsn-ret, --envid) and whether PIPELINING and
/// CHUNKING may be used.
struct MessageFieldWidgets
{
    QLineEdit *subject = nullptr;
    QPlainTextEdit *body = nullptr;
    QPlainTextEdit *headers = nullptr;     ///< one "Name: value" per line
    QPlainTextEdit *attachments = nullptr; ///< one path per line
    QLineEdit *dsnNotify = nullptr;
    QComboBox *dsnReturn = nullptr;
    QLineEdit *dsnEnvelopeId = nullptr;
    QCheckBox *pipelining = nullptr;
    QCheckBox *chunking = nullptr;
};

/// Fills the Message tab from a profile, reads it back into one, and checks it by the core's rules. An empty field
/// keeps what the folders or the defaults give, and says so in its placeholder.
class MessageFields
{
    Q_DECLARE_TR_FUNCTIONS(MessageFields)

public:
    explicit MessageFields(const MessageFieldWidgets &widgets);

    void load(const Smtp::ProfileSettings &own, const Smtp::ConnectionSettings &inherited);
    /// \a original: the profile as it was, so that a check box set as it would be inherited stays set if it was.
    void store(Smtp::ProfileSettings &settings, const Smtp::ProfileSettings &original) const;
    /// Why a field cannot be used, with the field to show it at (the subject when all can, with an empty reason).
    struct Problem
    {
        QString reason;
        QWidget *field = nullptr;
    };
    /// The first problem; every field of the tab is first cleared of an earlier one's mark.
    Problem validate();

private:
    MessageFieldWidgets m_widgets;
    Smtp::ConnectionSettings m_inherited;
};

} // namespace SmtpUi
