#include "CopyDatabaseDialog.h"

#include "DatabaseController.h"
#include "common/FileDialogs.h"
#include "common/ScreenFit.h"
#include "storage/DatabaseCopy.h"
#include "storage/DatabaseLocation.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dd {

CopyDatabaseDialog::CopyDatabaseDialog(const QString &source, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_toFile(new QRadioButton(tr("A new &file:"), this))
    , m_toServer(new QRadioButton(tr("A &team database (PostgreSQL), empty:"), this))
    , m_file(new QLineEdit(this))
    , m_choose(new QPushButton(tr("&Choose…"), this))
    , m_url(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("copyDatabaseDialog"));
    setWindowTitle(tr("Copy Database To"));
    m_toFile->setObjectName(QStringLiteral("copyToFile"));
    m_toServer->setObjectName(QStringLiteral("copyToServer"));
    m_file->setObjectName(QStringLiteral("copyFilePath"));
    m_choose->setObjectName(QStringLiteral("copyChooseFile"));
    m_url->setObjectName(QStringLiteral("copyServerUrl"));
    m_url->setPlaceholderText(tr("postgresql://user@host:5432/dbname"));
    m_toFile->setChecked(true);

    auto *intro = new QLabel(tr("Copies every customer, invoice, payment, case, credit note and document of %1, "
                                "with its audit trail, to another place. The copy is checked table by table: "
                                "the same rows and the same amounts on both sides.")
                                 .arg(QDir::toNativeSeparators(DatabaseLocation::displayName(source))),
                             this);
    intro->setWordWrap(true);
    m_copy = m_buttons->addButton(tr("Copy"), QDialogButtonBox::AcceptRole);
    m_copy->setObjectName(QStringLiteral("copyStartButton"));

    auto *grid = new QGridLayout;
    grid->addWidget(m_toFile, 0, 0, 1, 2);
    grid->addWidget(m_file, 1, 0);
    grid->addWidget(m_choose, 1, 1);
    grid->addWidget(m_toServer, 2, 0, 1, 2);
    grid->addWidget(m_url, 3, 0, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_choose, &QPushButton::clicked, this, &CopyDatabaseDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton *choice : {m_toFile, m_toServer})
        connect(choice, &QRadioButton::toggled, this, &CopyDatabaseDialog::update);
    for (QLineEdit *field : {m_file, m_url})
        connect(field, &QLineEdit::textChanged, this, &CopyDatabaseDialog::update);
    // Typing in a field chooses it.
    connect(m_url, &QLineEdit::textEdited, m_toServer, [this] { m_toServer->setChecked(true); });
    connect(m_file, &QLineEdit::textEdited, m_toFile, [this] { m_toFile->setChecked(true); });
    update();
    ScreenFit::resize(this, QSize(560, 260));
}

QString CopyDatabaseDialog::target() const
{
    if (m_toFile->isChecked())
        return QDir::fromNativeSeparators(m_file->text().trimmed());
    return m_url->text().trimmed();
}

void CopyDatabaseDialog::chooseFile()
{
    const QString folder = m_source.contains(QLatin1String("://")) ? QString() : QFileInfo(m_source).absolutePath();
    QString path = FileDialogs::saveFileName(this, tr("Copy Database To"), folder, DatabaseController::fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    m_file->setText(QDir::toNativeSeparators(path));
    m_toFile->setChecked(true);
}

void CopyDatabaseDialog::update()
{
    const QString chosen = target();
    // A server is named by its URL; anything else there would be taken for a file name.
    const bool valid = m_toFile->isChecked() ? !chosen.isEmpty()
                                             : chosen.startsWith(QLatin1String("postgresql://")) || chosen.startsWith(QLatin1String("postgres://"));
    m_copy->setEnabled(valid);
}

} // namespace dd
