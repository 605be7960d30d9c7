#include "SettingsDialog.h"

#include "AppSettings.h"
#include "session/ActingUser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dd {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_displayName(new QLineEdit(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Language names in their own language, so that a user who cannot read the current one
    // still finds theirs.
    m_language->addItem(tr("System language"), AppSettings::languageCode(UiLanguage::System));
    m_language->addItem(QStringLiteral("Nederlands"), AppSettings::languageCode(UiLanguage::Dutch));
    m_language->addItem(QStringLiteral("English"), AppSettings::languageCode(UiLanguage::English));
    m_language->setCurrentIndex(m_language->findData(AppSettings::languageCode(AppSettings::language())));

    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setText(AppSettings::displayName());
    // What stands in when no name is given: the login name of this computer.
    m_displayName->setPlaceholderText(ActingUser::resolve());
    m_displayName->setToolTip(tr("The name the audit trail, the contact log and the letters show for your work"));

    auto *form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_displayName);
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A new language takes effect when DisputeDesk is started again."), this);
    note->setWordWrap(true);
    QPalette muted = note->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    note->setPalette(muted);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void SettingsDialog::accept()
{
    const UiLanguage chosen = AppSettings::languageFromCode(m_language->currentData().toString());
    m_languageChanged = chosen != AppSettings::language();
    AppSettings::setLanguage(chosen);
    const QString name = m_displayName->text().trimmed();
    m_displayNameChanged = name != AppSettings::displayName();
    AppSettings::setDisplayName(name);
    QDialog::accept();
}

} // namespace dd
