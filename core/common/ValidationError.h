#pragma once

#include "common/Error.h"

namespace dd {

// Input that breaks a rule (an unknown customer, a payment larger than what is open), with a
// message fit to show the user as is. Nothing has been written when it is thrown.
class ValidationError : public Error
{
public:
    using Error::Error;
};

} // namespace dd
