#pragma once

namespace dd {

class Database;

// The rules of the dispute workflow a team agrees on (issue 3), with their defaults.
struct DisputeRules
{
    // The response promised on a new case: this many business days after receipt.
    int responseBusinessDays = 5;
    // The proactive warning: complaints about one product from at least this many customers...
    int warningMinimumCustomers = 3;
    // ...within this many days.
    int warningWindowDays = 90;
};

// The dispute rules kept in the database (table `settings`), so that every user of a shared file
// promises the same response time and sees the same warnings; the GUI and the CLI both use them.
class DisputeSettings
{
public:
    explicit DisputeSettings(Database &database);

    // The values each rule may take; the settings dialog offers no others.
    struct Range
    {
        int minimum;
        int maximum;
    };
    static constexpr Range responseDaysRange{1, 60};
    static constexpr Range warningCustomersRange{2, 1000}; // one customer's complaint is a dispute, not a pattern
    static constexpr Range warningDaysRange{7, 3650};

    // The stored rules; a rule never set, or stored unreadable, has its default.
    DisputeRules rules() const;
    // Stores all rules in one transaction. Throws ValidationError, storing nothing, when a value
    // is out of range (response 1–60 business days, 2–1,000 customers, window 7–3,650 days).
    void setRules(const DisputeRules &rules);

private:
    Database &m_database;
};

} // namespace dd
