#pragma once

#include <QDialog>

#include <memory>

namespace Ui
{
class AboutDialog;
}

namespace SmtpUi
{

/// Name, version, and the versions of Qt and the TLS library in use (what a bug report needs).
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    /// The version lines the dialog shows, for copying into bug reports.
    static QString versionText();

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace SmtpUi
