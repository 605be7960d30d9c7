#pragma once

#include "common/Error.h"

namespace dd {

// A failure to read or write the database, with a message fit to show the user as is.
class StorageError : public Error
{
public:
    using Error::Error;
};

} // namespace dd
