#include <dermaroller/dermaroller.hpp>
#include <dermaroller/extra/protocol_writer.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "catch.hpp"

using namespace dermaroller;
using namespace dermaroller::literals;

namespace {

std::string contents_of(const std::filesystem::path& file) {
  std::ifstream in{file, std::ios::binary};
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::filesystem::path> example_protocols() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator{DERMAROLLER_PROTOCOLS_DIR}) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  return files;
}

bool reads_back_equal(const course& original) {
  const parse_result again = parse_protocol(to_json(original));
  return again.ok() && again.value() == original;
}

}  // namespace

TEST_CASE("every example protocol that reads is read back equal from its to_json") {
  std::size_t read = 0;
  for (const auto& file : example_protocols()) {
    const std::string text = contents_of(file);
    const parse_result result = parse_protocol(text);
    if (!result.ok()) continue;  // the input-error examples
    ++read;
    INFO(file.string());
    CHECK(reads_back_equal(result.value()));
  }
  CHECK(read >= 10);
}

TEST_CASE("the product specification's example is written back exactly as it reads") {
  const std::string text =
      contents_of(std::filesystem::path{DERMAROLLER_PROTOCOLS_DIR} / "acne-scars-clinic.json");
  CHECK(to_json(parse_protocol(text).value()) == text);
}

TEST_CASE("a course that uses every field is read back equal") {
  course c{setting::clinical, indication::pigmentation, treatment_goal::collagen_induction};
  (void)c.name.assign("Quotes \" and \\ backslashes,\ta tab, a \x01 control and caf\xC3\xA9");
  c.area = body_area::hands;
  c.doctor_approval = true;
  c.sun_exposure = true;
  c.skin_type = skin_type::type_6;
  session first{1.25_mm, pass_count{17}};
  first.anesthetic = true;
  first.date = calendar_date{2028, 2, 29};
  first.flushing = flushing::uneven;
  session second{250_um, pass_count{1}};
  second.rest = 45_days;
  second.modality = modality::chemical;
  session third{1_um, pass_count{1000}};
  third.rest = 6_weeks;
  second.date = calendar_date{2028, 4, 14};  // 45 days after the first
  third.date = calendar_date{2028, 5, 26};   // 6 weeks after the second
  c.sessions = {first, second, third};
  c.aftercare = {aftercare_step{aftercare_kind::other_sunscreen, 48_hours},
                 aftercare_step{aftercare_kind::zinc_sunscreen}};
  c.practitioner = practitioner::beauty_practitioner;
  c.waivers = {waiver{rule::rest_too_short, std::size_t{2}, "patient abroad in week six",
                      "Dr. A. \"Example\"", calendar_date{2027, 1, 10}},
               waiver{rule::sunscreen_not_zinc, {}, "zinc allergy", "Nurse B", {}}};
  CHECK(reads_back_equal(c));
}

TEST_CASE("practitioner and waivers are written as the format writes them, sessions from 1") {
  course c = parse_protocol(R"({ "format": "dermaroller/1", "setting": "clinical",
    "indication": "scars", "goal": "scar_reduction",
    "sessions": [{ "needle": "1.5mm", "passes": 15 }] })")
                 .value();
  c.practitioner = practitioner::healthcare_professional;
  c.waivers = {waiver{rule::anesthetic_missing, std::size_t{0}, "numbing cream allergy",
                      "Dr. A. Example", calendar_date{2027, 1, 10}}};
  const std::string text = to_json(c);
  CHECK(text.find("\n  \"practitioner\": \"healthcare_professional\",\n") != std::string::npos);
  CHECK(text.find(R"("waivers": [
    { "rule": "anesthetic-missing", "session": 1, "reason": "numbing cream allergy", "by": "Dr. A. Example", "date": "2027-01-10" }
  ])") != std::string::npos);
  CHECK(reads_back_equal(c));
}

TEST_CASE("a rest of whole weeks is written in weeks, any other in days") {
  course c{setting::home, indication::skin_health, treatment_goal::maintenance};
  session visit{250_um, pass_count{15}};
  c.sessions = {visit, visit, visit};
  c.sessions[1].rest = 14_days;
  c.sessions[2].rest = 10_days;
  const std::string text = to_json(c);
  CHECK(text.find(R"("rest": "2w")") != std::string::npos);
  CHECK(text.find(R"("rest": "10d")") != std::string::npos);
  CHECK(text.find(R"("needle": "0.25mm")") != std::string::npos);
}

TEST_CASE("a name is escaped as dermaroller-check escapes its JSON (extra/json_text.hpp)") {
  course c{setting::home, indication::skin_health, treatment_goal::maintenance};
  c.sessions = {session{250_um, pass_count{15}}};
  (void)c.name.assign("a \"quote\", a line\r\nand a \x1b escape");
  CHECK(to_json(c).find(R"("name": "a \"quote\", a line\r\nand a \u001b escape")") !=
        std::string::npos);
  CHECK(reads_back_equal(c));
}

TEST_CASE("a name with bytes that are not UTF-8 is written as valid JSON, each byte as U+FFFD") {
  course c{setting::home, indication::skin_health, treatment_goal::maintenance};
  c.sessions = {session{250_um, pass_count{15}}};
  (void)c.name.assign("caf\xE9 in Latin-1");
  const std::string text = to_json(c);
  CHECK(text.find(R"("name": "caf\ufffd in Latin-1")") != std::string::npos);
  const parse_result again = parse_protocol(text);
  REQUIRE(again.ok());
  CHECK(again.value().name.view() == "caf\xEF\xBF\xBD in Latin-1");
}
