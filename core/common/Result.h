#pragma once
// Holds either a value or an Error, so failure is part of every signature that can fail.

#include "common/Error.h"

#include <QtGlobal>

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

    // Only after ok(): asking a failed Result for its value is a bug, caught in debug builds
    // (the core-only and sanitizer presets) before it reads an empty value.
    const T& value() const& {
        Q_ASSERT_X(ok(), "Result::value", "the Result holds an error: check ok() first");
        return *m_value;
    }
    T& value() & {
        Q_ASSERT_X(ok(), "Result::value", "the Result holds an error: check ok() first");
        return *m_value;
    }
    T&& value() && {
        Q_ASSERT_X(ok(), "Result::value", "the Result holds an error: check ok() first");
        return std::move(*m_value);
    }
    const T* operator->() const { return &value(); }
    const T& operator*() const { return value(); }

    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that produce nothing but can fail.
struct Done {};
using Status = Result<Done>;

} // namespace sightline
