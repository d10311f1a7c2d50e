#include "tenancy/finess.hpp"

#include <cctype>

namespace vigie::tenancy {
namespace {

int LuhnSum(std::string_view digits, bool double_first) {
  int sum = 0;
  bool double_it = double_first;
  for (char c : digits) {
    int d = c - '0';
    if (double_it) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double_it = !double_it;
  }
  return sum;
}

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace

std::optional<std::string> FinessProblem(std::string_view finess) {
  if (finess.size() != 9) {
    return "Le numéro FINESS doit comporter 9 caractères (" + std::to_string(finess.size()) +
           " saisis).";
  }
  const bool corsica = finess.substr(0, 2) == "2A" || finess.substr(0, 2) == "2B";
  if (!corsica && !AllDigits(finess)) {
    return "Le numéro FINESS ne doit contenir que des chiffres (ou 2A/2B en tête pour la Corse).";
  }
  if (corsica) {
    if (!AllDigits(finess.substr(2))) return "Après 2A ou 2B, le numéro FINESS ne contient que des chiffres.";
    return std::nullopt;
  }
  if (finess.substr(0, 2) == "00") return "Le numéro FINESS commence par un code de département.";
  // Luhn over nine digits: the rightmost (the key) is not doubled.
  if (LuhnSum(finess, false) % 10 != 0) {
    return "La clé du numéro FINESS (dernier chiffre) ne correspond pas : vérifiez la saisie.";
  }
  return std::nullopt;
}

std::string WithFinessCheckDigit(std::string_view eight_digits) {
  // With the key appended, the leftmost of nine digits is at an odd position from
  // the right, so it is not doubled.
  const int sum = LuhnSum(eight_digits, false);
  const int key = (10 - sum % 10) % 10;
  return std::string(eight_digits) + static_cast<char>('0' + key);
}

}  // namespace vigie::tenancy
