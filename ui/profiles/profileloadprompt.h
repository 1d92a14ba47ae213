#pragma once

class QWidget;

namespace Smtp
{
class ProfileStore;
} // namespace Smtp

namespace SmtpUi
{

/// Loads the profiles; when their file cannot be read, asks the user what happens next: restore the backup, start
/// empty, or go on read-only (the store stays read-only until then). Modal; @p window is the boxes' parent.
void loadProfilesOrAsk(Smtp::ProfileStore &store, QWidget *window);

} // namespace SmtpUi
