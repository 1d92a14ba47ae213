#pragma once

#include <QObject>

namespace Smtp
{
class ProfileStore;
struct SessionResult;
} // namespace Smtp

namespace SmtpUi
{

class SessionTab;

/// The window's side of what a finished run does to its profile (Smtp::ProfileRunRecording): when a session of a
/// saved profile ends, the run goes into the profile and the tab shows how its certificate compares with the one
/// remembered; when the user asks, the tab's certificate becomes the remembered one.
class ProfileRunRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileRunRecorder)

public:
    /// @p store is not owned and must outlive the recorder.
    explicit ProfileRunRecorder(Smtp::ProfileStore *store, QObject *parent = nullptr);
    ~ProfileRunRecorder() override;

    /// Records the end of @p tab's session in its profile; a tab without a profile (a test, an ad-hoc session) is
    /// left alone.
    void follow(SessionTab *tab);

signals:
    /// A profile changed in the store: save it (once the sessions finishing together are done).
    void profileChanged();
    /// Something the user asked for could not be done; a sentence for the status bar.
    void problem(const QString &message);

private:
    void recordEnd(SessionTab *tab, const Smtp::SessionResult &result);
    void rememberCertificate(SessionTab *tab);

    Smtp::ProfileStore *m_store;
};

} // namespace SmtpUi
