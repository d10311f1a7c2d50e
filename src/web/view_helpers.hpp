#pragma once
// Small builders shared by page handlers: structures as views, pagination bars,
// select options.

#include <string>
#include <vector>

#include "storage/list_query.hpp"
#include "tenancy/entities.hpp"
#include "web/templates.hpp"

namespace vigie::web {

View StructureView(const tenancy::Structure& s);
// {pages: [{number, href, current}], previous_href, next_href, summary}, set under
// "pager" and rendered with {{#pager}}{{> pagination}}{{/pager}}.
View PaginationView(long long number, long long page_count, long long total,
                    const std::string& base_query, const std::string& path);
View CategoryOptions(const std::string& selected);
View DepartmentOptions(const std::string& selected);
View Option(const std::string& value, const std::string& label, bool selected);

}  // namespace vigie::web
