#pragma once

#include <QString>

namespace dd {

// A "contains" pattern for SQL LIKE ... ESCAPE '\', with the user's % and _ taken literally.
class LikePattern
{
public:
    static QString contains(const QString &text);
};

} // namespace dd
