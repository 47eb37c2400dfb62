// located() given a parse_result made in the same call: the line would point into a result
// already gone, so that overload is deleted.
#include <dermaroller/extra/ostream.hpp>
#include <iostream>

void print(const dermaroller::diagnostic& finding) {
  std::cout << dermaroller::located("f.json", finding, dermaroller::parse_protocol("{}"));
}
