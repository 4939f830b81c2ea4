// The translation unit that compiles PrecompiledTestHeaders.h for the tests that reuse it.
#include "PrecompiledTestHeaders.h"
