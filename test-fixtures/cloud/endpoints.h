#pragma once
namespace orders {
// expect: cloud-hardcoded-endpoint
inline constexpr const char *kCacheHost = "redis-sessions";
} // namespace orders
