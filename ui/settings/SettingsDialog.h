#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace dd {

// The program's settings. The language takes effect at the next start: every window would
// otherwise have to rebuild its texts, and a restart is what users expect for it.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // Writes the choices to AppSettings.
    void accept() override;
    // True after accept() changed the language.
    bool languageChanged() const { return m_languageChanged; }
    // True after accept() changed "Your name".
    bool displayNameChanged() const { return m_displayNameChanged; }

private:
    QComboBox *m_language;
    QLineEdit *m_displayName;
    bool m_languageChanged = false;
    bool m_displayNameChanged = false;
};

} // namespace dd
