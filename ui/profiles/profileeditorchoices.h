#pragma once

namespace Ui
{
class ProfileEditorDialog;
}

namespace SmtpUi
{

/// Fills the profile editor's fixed choices: security modes, address families, protocols, PROXY header versions and
/// AUTH mechanisms, each item's data the core's value.
void fillChoices(Ui::ProfileEditorDialog &ui);

} // namespace SmtpUi
