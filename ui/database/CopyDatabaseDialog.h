#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace dd {

// File ▸ Copy Database To… (issue 20): where the open database is copied to, a new file (chosen
// with a file dialog) or a team database (its postgresql:// URL typed in). Connecting to a team
// database with host, port and user fields is File ▸ Connect to Team Database…; this dialog only
// takes the location. The copy itself runs in DatabaseCopyRunner.
class CopyDatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    // `source`: the open database's location, shown so that the user sees what is copied.
    CopyDatabaseDialog(const QString &source, QWidget *parent);

    // The file path or URL chosen; empty while none is.
    QString target() const;

private:
    void chooseFile();
    void update();

    QString m_source;
    QRadioButton *m_toFile;
    QRadioButton *m_toServer;
    QLineEdit *m_file;
    QPushButton *m_choose;
    QLineEdit *m_url;
    QDialogButtonBox *m_buttons;
    QPushButton *m_copy = nullptr;
};

} // namespace dd
