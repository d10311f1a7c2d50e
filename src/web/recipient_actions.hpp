#pragma once
// Recipient groups of a structure and their members, as the pages and the API use
// them (awareness, issue 5). Every write is validated, audited without personal data
// (counts and ids, never an address), and refused on another structure's objects by
// the route's policy scope.

#include <string>
#include <vector>

#include "awareness/recipient_fields.hpp"
#include "awareness/recipient_import.hpp"
#include "core/error.hpp"
#include "storage/awareness_repository.hpp"
#include "web/web_context.hpp"

namespace vigie::web {

storage::GroupRecord GroupOfPath(Context& ctx);
tenancy::Scope GroupScopeOfPath(Context& ctx);
storage::RecipientRecord RecipientOfPath(Context& ctx);
tenancy::Scope RecipientScopeOfPath(Context& ctx);

// kInvalid naming "name" when empty, too long or taken.
storage::GroupRecord CreateGroup(Context& ctx, const tenancy::Structure& structure, const std::string& name);
void RenameGroup(Context& ctx, const storage::GroupRecord& group, const std::string& name);
void ArchiveGroup(Context& ctx, const storage::GroupRecord& group, bool archived);

using RecipientFields = awareness::RecipientInput;

// Trims, lower-cases the address and checks every field against the structure's
// sites; returns the errors named by field ("email", "site"…).
std::vector<core::FieldError> NormalizeRecipient(Context& ctx, const std::string& structure_id, RecipientFields& fields);
// kInvalid with the fields' errors, or when the group already has the address.
storage::RecipientRecord AddRecipient(Context& ctx, const storage::GroupRecord& group, RecipientFields fields);
storage::RecipientRecord EditRecipient(Context& ctx, const storage::RecipientRecord& recipient, RecipientFields fields);
void ArchiveRecipient(Context& ctx, const storage::RecipientRecord& recipient, bool archived);

// A staff list (CSV or XLSX) checked against the group as it stands: nothing written.
awareness::RecipientImport CheckRecipientImport(Context& ctx, const storage::GroupRecord& group, std::string_view bytes,
                                                std::string_view file_name);
struct ImportApplied {
  std::size_t added = 0;
  std::size_t updated = 0;
};
// Checks again and applies all or nothing (kInvalid when the file has errors).
ImportApplied ApplyRecipientImport(Context& ctx, const storage::GroupRecord& group, std::string_view bytes,
                                   std::string_view file_name);

}  // namespace vigie::web
