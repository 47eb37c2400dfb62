// An empty maybe read in a constant expression: the compiler names the mistake.
#include <dermaroller/detail/maybe.hpp>

int use() {
  constexpr dermaroller::maybe<int> nothing;
  constexpr int read = nothing.value();
  return read;
}
