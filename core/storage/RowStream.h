#pragma once

#include <QVariant>

namespace dd {

// A backend's way of taking a whole table's rows in one stream (PostgreSQL's COPY), for the copy
// of a database: far fewer round trips than batches of INSERT. Values come column after column,
// row after row; nothing is written for sure before finish(). Dropped unfinished, the stream is
// abandoned and the table keeps none of its rows (the caller's transaction then rolls back).
class RowStream
{
public:
    virtual ~RowStream() = default;
    // Throws StorageError when the target refused what came before.
    virtual void add(const QVariant &value) = 0;
    // Throws StorageError when the target refuses the rows (a constraint, a lost connection).
    virtual void finish() = 0;
};

} // namespace dd
