#pragma once
// Holds either a value or an Error, so failure is part of every signature that can fail.

#include "common/Error.h"

#include <optional>
#include <utility>

namespace sightline {

template <typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }

    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that produce nothing but can fail.
struct Done {};
using Status = Result<Done>;

} // namespace sightline
