#include "tracker/tracker_writer.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>

#include "core/error.hpp"
#include "tracker/tracker_layout.hpp"
#include "tracker/tracker_upload.hpp"
#include "tracker/writer_detail.hpp"

namespace vigie::tracker {
namespace detail {

void Check(int error, const char* what) {
  if (error == LXW_NO_ERROR) return;
  throw core::AppError(core::ErrorKind::kInternal,
                       std::string("Le fichier de suivi n'a pas pu être créé (") + what + " : " +
                           lxw_strerror(static_cast<lxw_error>(error)) + ").");
}

std::string CellString(std::string_view text) {
  constexpr std::size_t kMaxChars = 32767;
  std::string out = Utf8Safe(text);
  std::size_t chars = 0;
  for (std::size_t at = 0; at < out.size(); ++at) {
    if ((static_cast<unsigned char>(out[at]) & 0xC0u) == 0x80u) continue;
    if (++chars > kMaxChars) {
      out.resize(at);
      break;
    }
  }
  return out;
}

std::string QuotedSheet(std::string_view name) {
  std::string out = "'";
  for (char c : name) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

}  // namespace detail

namespace {

using detail::Formats;

// A file made by mkstemp, removed when this goes out of scope.
class TempFile {
 public:
  TempFile() {
    const char* dir = std::getenv("TMPDIR");
    path_ = std::string(dir != nullptr && *dir != '\0' ? dir : "/tmp") + "/vigie-tracker-XXXXXX";
    const int fd = mkstemp(path_.data());
    if (fd < 0) {
      throw core::AppError(core::ErrorKind::kInternal, "Le fichier de suivi n'a pas pu être créé (fichier temporaire).");
    }
    close(fd);
  }
  ~TempFile() { unlink(path_.c_str()); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct WorkbookFree {
  void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};

lxw_format* NewFormat(lxw_workbook* workbook, bool cell_base = false) {
  lxw_format* format = workbook_add_format(workbook);
  if (format == nullptr) detail::Check(LXW_ERROR_MEMORY_MALLOC_FAILED, "format");
  if (cell_base) {
    // Cell styles share a base: border, vertical alignment and wrapping.
    format_set_border(format, LXW_BORDER_THIN);
    format_set_border_color(format, 0xBFBFBF);
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    format_set_text_wrap(format);
  }
  return format;
}

Formats MakeFormats(lxw_workbook* wb) {
  constexpr lxw_color_t kGrey = 0xF2F2F2;
  constexpr lxw_color_t kYellow = 0xFFF2CC;
  Formats f;
  f.title = NewFormat(wb);
  format_set_bold(f.title);
  format_set_font_size(f.title, 14);
  format_set_font_color(f.title, 0x1F4E79);
  f.subtitle = NewFormat(wb);
  format_set_italic(f.subtitle);
  format_set_font_color(f.subtitle, 0x595959);
  f.header = NewFormat(wb);
  format_set_bold(f.header);
  format_set_font_color(f.header, LXW_COLOR_WHITE);
  format_set_bg_color(f.header, 0x1F4E79);
  format_set_text_wrap(f.header);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border(f.header, LXW_BORDER_THIN);
  format_set_border_color(f.header, 0xBFBFBF);
  const auto cell = [&](lxw_color_t fill, bool unlocked) {
    lxw_format* format = NewFormat(wb, true);
    format_set_bg_color(format, fill);
    if (unlocked) format_set_unlocked(format);
    return format;
  };
  f.technical = cell(kGrey, false);
  format_set_font_color(f.technical, 0x7F7F7F);
  f.read_only = cell(kGrey, false);
  f.read_only_center = cell(kGrey, false);
  format_set_align(f.read_only_center, LXW_ALIGN_CENTER);
  f.editable = cell(kYellow, true);
  f.editable_center = cell(kYellow, true);
  format_set_align(f.editable_center, LXW_ALIGN_CENTER);
  f.editable_date = cell(kYellow, true);
  format_set_align(f.editable_date, LXW_ALIGN_CENTER);
  format_set_num_format(f.editable_date, "dd/mm/yyyy");
  f.editable_integer = cell(kYellow, true);
  format_set_align(f.editable_integer, LXW_ALIGN_CENTER);
  format_set_num_format(f.editable_integer, "0");
  f.label = NewFormat(wb, true);
  f.count = NewFormat(wb, true);
  format_set_align(f.count, LXW_ALIGN_CENTER);
  format_set_num_format(f.count, "0");
  f.percent = NewFormat(wb, true);
  format_set_align(f.percent, LXW_ALIGN_CENTER);
  format_set_num_format(f.percent, "0 %");
  format_set_bold(f.percent);
  f.paragraph = NewFormat(wb);
  format_set_text_wrap(f.paragraph);
  format_set_align(f.paragraph, LXW_ALIGN_VERTICAL_TOP);
  f.overdue = NewFormat(wb);
  format_set_bg_color(f.overdue, 0xFFC7CE);
  format_set_font_color(f.overdue, 0x9C0006);
  f.done = NewFormat(wb);
  format_set_bg_color(f.done, 0xC6EFCE);
  format_set_font_color(f.done, 0x006100);
  f.abandoned = NewFormat(wb);
  format_set_font_color(f.abandoned, 0x808080);
  format_set_italic(f.abandoned);
  return f;
}

lxw_worksheet* AddSheet(lxw_workbook* workbook, std::string_view name) {
  const std::string owned(name);
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, owned.c_str());
  if (sheet == nullptr) detail::Check(LXW_ERROR_SHEETNAME_ALREADY_USED, "feuille");
  return sheet;
}

void SetProperties(lxw_workbook* workbook, const TrackerInput& input) {
  std::string title = detail::CellString("Plan d'action — " + input.structure_name);
  std::string subject = "Suivi du plan d'action de cybersécurité";
  std::string author = "Vigie";
  lxw_doc_properties properties{};
  properties.title = detail::Chars(title);
  properties.subject = detail::Chars(subject);
  properties.author = detail::Chars(author);
  properties.company = detail::Chars(author);
  detail::Check(workbook_set_properties(workbook, &properties), "propriétés");
  const std::string key = detail::CellString(input.plan_key);
  const std::string name(kKeyName);
  detail::Check(workbook_set_custom_property_string(workbook, name.c_str(), key.c_str()), "propriété de la clé");
  // A defined name holding the key as a string constant ("" doubles a quote).
  std::string formula = "=\"";
  for (char c : key) formula += c == '"' ? std::string("\"\"") : std::string(1, c);
  formula += "\"";
  detail::Check(workbook_define_name(workbook, name.c_str(), formula.c_str()), "nom défini de la clé");
}

}  // namespace

std::string WriteTracker(const TrackerInput& input) {
  TempFile file;
  std::unique_ptr<lxw_workbook, WorkbookFree> workbook(workbook_new(file.path().c_str()));
  if (!workbook) detail::Check(LXW_ERROR_MEMORY_MALLOC_FAILED, "classeur");
  lxw_workbook* wb = workbook.get();
  const Formats formats = MakeFormats(wb);
  lxw_worksheet* plan = AddSheet(wb, kPlanSheet);
  lxw_worksheet* summary = AddSheet(wb, kSummarySheet);
  lxw_worksheet* guide = AddSheet(wb, kGuideSheet);
  lxw_worksheet* key = AddSheet(wb, kKeySheet);
  SetProperties(wb, input);
  detail::WritePlanSheet(plan, formats, input);
  detail::WriteSummarySheet(wb, summary, formats, input);
  detail::WriteGuideSheet(guide, formats, input);
  detail::WriteKeySheet(key, formats, input);
  worksheet_activate(plan);
  detail::Check(workbook_close(workbook.release()), "écriture");

  std::ifstream in(file.path(), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) detail::Check(LXW_ERROR_CREATING_TMPFILE, "relecture");
  if (bytes.empty()) detail::Check(LXW_ERROR_CREATING_XLSX_FILE, "relecture");
  return bytes;
}

}  // namespace vigie::tracker
