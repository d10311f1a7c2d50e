#include "cli/cli.hpp"

int main(int argc, char** argv) { return vigie::cli::Run(argc, argv); }
