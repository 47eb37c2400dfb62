// The yardstick for with_dermaroller.cpp: the same protocol text parsed with nlohmann::json,
// its fields read and a few of the guidelines checked by hand, the findings printed alike.
#include <cstddef>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "acne_scars_clinic.hpp"

namespace {

int findings = 0;

void print(const std::string& text, const char* code) {
  std::printf("%s [%s]\n", text.c_str(), code);
  ++findings;
}

std::string session_name(std::size_t index) { return "session " + std::to_string(index + 1); }

// The needle's length in millimetres, from "1.5mm" or "1500um".
double needle_mm(const std::string& needle) {
  const double number = std::stod(needle);
  return needle.size() > 2 && needle.substr(needle.size() - 2) == "um" ? number / 1000 : number;
}

void check(const nlohmann::json& protocol) {
  if (protocol.at("format").get<std::string>() != "dermaroller/1") {
    print("unknown format", "input-error");
  }
  const std::string name = protocol.at("name").get<std::string>();
  const std::string setting = protocol.at("setting").get<std::string>();
  const std::string indication = protocol.at("indication").get<std::string>();
  const std::string goal = protocol.at("goal").get<std::string>();
  const bool clinical = setting == "clinical";
  if (!clinical && setting != "home") print("unknown setting " + setting, "input-error");
  if (clinical && indication == "scars" && !protocol.value("doctor_approval", false)) {
    print("a clinical scar course needs a doctor's approval", "doctor-approval-missing");
  }
  if (goal == "scar_reduction" && indication != "scars") {
    print("goal " + goal + " does not fit indication " + indication, "goal-indication-mismatch");
  }

  const nlohmann::json& sessions = protocol.at("sessions");
  if (sessions.empty()) print(name + " has no sessions", "no-sessions");
  for (std::size_t i = 0; i < sessions.size(); ++i) {
    const nlohmann::json& session = sessions[i];
    const double mm = needle_mm(session.at("needle").get<std::string>());
    if (!clinical && mm > 0.5) {
      print(session_name(i) + ": a needle over 0.5 mm is for clinics", "home-needle-too-long");
    }
    if (clinical && mm >= 1.0 && !session.value("anesthetic", false)) {
      print(session_name(i) + ": a needle of 1 mm or more needs an anesthetic",
            "anesthetic-missing");
    }
    const int passes = session.at("passes").get<int>();
    if (passes < 10 || passes > 20) {
      print(session_name(i) + ": " + std::to_string(passes) + " passes, not 10 to 20",
            "passes-out-of-range");
    }
    if (i > 0 && !session.contains("rest") && !session.contains("date")) {
      print(session_name(i) + " says no rest", "rest-missing");
    }
  }

  bool zinc_sunscreen = false;
  for (const nlohmann::json& step : protocol.at("aftercare")) {
    zinc_sunscreen = zinc_sunscreen || step.at("step").get<std::string>() == "zinc_sunscreen";
  }
  if (protocol.value("sun_exposure", false) && !zinc_sunscreen) {
    print("sun exposure without a zinc sunscreen", "sunscreen-missing");
  }
}

}  // namespace

int main() {
  try {
    check(nlohmann::json::parse(acne_scars_clinic));
  } catch (const nlohmann::json::exception& problem) {
    print(problem.what(), "input-error");
  }
  return findings == 0 ? 0 : 1;
}
