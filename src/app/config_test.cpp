#include "app/config.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

namespace vigie::app {
namespace {

// Loads `toml` from a temporary file into a default Config.
Config Load(const std::string& toml) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("vigie_config_test_" + std::to_string(getpid()) + ".toml");
  std::ofstream(path) << toml;
  Config config;
  try {
    LoadConfigFile(path.string(), config);
  } catch (...) {
    std::filesystem::remove(path);
    throw;
  }
  std::filesystem::remove(path);
  return config;
}

TEST(ConfigFile, ReadsKnownKeys) {
  const Config c = Load("listen = \"0.0.0.0:9000\"\nworker_threads = 16\nrun_jobs = false\n");
  EXPECT_EQ(c.listen, "0.0.0.0:9000");
  EXPECT_EQ(c.worker_threads, 16);
  EXPECT_FALSE(c.run_jobs);
  EXPECT_EQ(c.io_threads, 1);
}

// fuzz/corpus/config_file/int_above_int32: 4294967304 was cast to int and became 8.
TEST(ConfigFile, RefusesIntegersThatDoNotFitAnInt) {
  EXPECT_THROW(Load("worker_threads = 4294967304\n"), std::runtime_error);
  EXPECT_THROW(Load("io_threads = -9223372036854775808\n"), std::runtime_error);
  EXPECT_EQ(Load("io_threads = 2147483647\n").io_threads, 2147483647);
}

// fuzz/corpus/config_file/float_for_int: 8.0 was read as the integer 8.
TEST(ConfigFile, RefusesAFloatForAnInteger) {
  try {
    Load("\nworker_threads = 8.0\n");
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find(".toml:2: la valeur de « worker_threads » n'a pas le bon type"),
              std::string::npos)
        << message;
  }
}

TEST(ConfigFile, RefusesUnknownKeysAndWrongTypes) {
  EXPECT_THROW(Load("listen_port = 8080\n"), std::runtime_error);
  EXPECT_THROW(Load("run_jobs = 1\n"), std::runtime_error);
  EXPECT_THROW(Load("listen = 8080\n"), std::runtime_error);
}

}  // namespace
}  // namespace vigie::app
