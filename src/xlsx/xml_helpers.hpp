#pragma once
// Internal to the XLSX reader (.cpp files only; no public header includes it):
// SpreadsheetML navigation by local name, whatever namespace prefix a producer used.

#include <pugixml.hpp>

#include <string>
#include <string_view>

#include "xlsx/workbook_parts.hpp"

namespace vigie::xlsx::detail {

inline std::string_view LocalName(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

inline pugi::xml_node Child(const pugi::xml_node& parent, std::string_view local) {
  for (pugi::xml_node child : parent.children()) {
    if (child.type() == pugi::node_element && LocalName(child) == local) return child;
  }
  return {};
}

// The element children of `parent` named `local`, for range-for.
class Children {
 public:
  Children(const pugi::xml_node& parent, std::string_view local) : parent_(parent), local_(local) {}
  class Iterator {
   public:
    Iterator(pugi::xml_node node, std::string_view local) : node_(Skip(node, local)), local_(local) {}
    pugi::xml_node operator*() const { return node_; }
    Iterator& operator++() {
      node_ = Skip(node_.next_sibling(), local_);
      return *this;
    }
    bool operator!=(const Iterator& other) const { return node_ != other.node_; }

   private:
    static pugi::xml_node Skip(pugi::xml_node node, std::string_view local) {
      while (node && !(node.type() == pugi::node_element && LocalName(node) == local)) node = node.next_sibling();
      return node;
    }
    pugi::xml_node node_;
    std::string_view local_;
  };
  Iterator begin() const { return {parent_.first_child(), local_}; }
  Iterator end() const { return {pugi::xml_node(), local_}; }

 private:
  pugi::xml_node parent_;
  std::string_view local_;
};

// The value of an attribute "<prefix>:<local>" (r:id and the like).
inline std::string PrefixedAttribute(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_attribute attribute : node.attributes()) {
    const std::string_view name = attribute.name();
    const auto colon = name.find(':');
    if (colon != std::string_view::npos && name.substr(colon + 1) == local) return attribute.value();
  }
  return "";
}

// The text of a shared string item or an inline string: its <t>, or the <t> of each
// rich-text run <r>; phonetic runs (<rPh>) are left out.
inline std::string InlineText(const pugi::xml_node& item) {
  std::string text;
  for (pugi::xml_node child : item.children()) {
    if (child.type() != pugi::node_element) continue;
    if (LocalName(child) == "t") {
      text += child.text().get();
    } else if (LocalName(child) == "r") {
      if (pugi::xml_node t = Child(child, "t")) text += t.text().get();
    }
  }
  return DecodeEscapes(text);
}

}  // namespace vigie::xlsx::detail
