// Project header: the queries of the catalogue service, kept together.
#pragma once

namespace catalog {

// expect: database-select-star
inline constexpr const char *kListCategoriesSql = "SELECT * FROM categories ORDER BY name";
// ok: database-select-star
inline constexpr const char *kCountCategoriesSql = "SELECT COUNT(*) FROM categories";
// ok: database-select-star
inline constexpr const char *kCategoryHelp = "select * to include every category";

} // namespace catalog
