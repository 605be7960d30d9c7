#pragma once

#include "einvoicing/PeppolParticipant.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace dd {

// A Peppol participant id as two fields, the EAS scheme picked from the list Peppol accepts and
// the identifier typed, checked as the user types with the reason shown under them. An empty
// identifier means "none entered": the label then says what is used instead (setFallbackText).
class PeppolParticipantEdit : public QWidget
{
    Q_OBJECT
public:
    explicit PeppolParticipantEdit(QWidget *parent = nullptr);

    void setParticipant(const PeppolParticipant &participant);
    // The entered id, the identifier without spaces and in capitals as parse() writes it; empty
    // when no identifier is typed (also when it is not valid: see problem()).
    PeppolParticipant participant() const;
    // Why the entered id is not valid; empty when it is or when none is entered.
    QString problem() const;
    // What the label says while no identifier is typed ("Derived from the VAT number: 9944:…").
    void setFallbackText(const QString &text);

    QComboBox *schemeBox() const { return m_scheme; }
    QLineEdit *idEdit() const { return m_id; }

signals:
    void changed();

private:
    void takePastedScheme();
    void updateStatus();

    QComboBox *m_scheme;
    QLineEdit *m_id;
    QLabel *m_status;
    QString m_fallback;
};

} // namespace dd
